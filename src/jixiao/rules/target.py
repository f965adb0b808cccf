"""Targets of self-evaluation rows (年度指标值) and the national default scoring rule.

A self-evaluation row compares its 实际完成值 with its 年度指标值. The target is
printed as one text ("≥95%", "≤90万元", "=100%", "100%", "≥50个", "≥100百分比")
or split over three cells (指标性质 "≥" | 指标值 95 | 度量单位 "%").
:func:`parse_target` reads either into operator + number + unit.

The national default (财预〔2020〕10号 填表说明, repeated by most provinces): a 定量
row that meets its target scores full marks; one that does not scores 实际 ÷ 指标 × 分值
for a "≥" (正向) target and 指标 ÷ 实际 × 分值 for a "≤" (反向) target, never above
分值. In the rule language (``T`` = the row's target):

- "≥" → ``>=T: W; <T: prop``
- "≤" → ``<=T: W; >T: invprop``
- "=" (or a bare number) → ``=T: W; <T: prop; >T: invprop``

定性 rows (达成 / 部分达成 / 未达成预期指标) score within 100–80 % / 80–50 % / 50–0 % of
分值 (:data:`QUALITATIVE_BANDS`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from jixiao.errors import InputError, RuleGapError
from jixiao.numbers import (
    MULT_EXPONENT,
    SUFFIX_EXPONENT,
    UNITS,
    is_not_applicable,
    million_yuan,
    normalise_text,
    parse_number,
    percent_shown,
    shows_percent,
    trimmed_text,
    typed_unit,
    unit_multiplier,
    unit_shown,
)
from jixiao.rules.grammar import parse_rule
from jixiao.rules.model import Any_, Compare, Interval, Linear, Num, Rule, Text, fmt_decimal
from jixiao.rules.targetscale import (  # the target's parsing and scale, which know no rule
    PERCENT_POINTS_ABOVE,  # noqa: F401 (re-exported)
    PERCENT_TEXT_AMBIGUOUS,
    PERCENT_UNITS,
    POINT_UNITS,  # noqa: F401 (re-exported)
    POINTS_ABOVE,
    STEP_PERCENT_UNITS,  # noqa: F401 (re-exported)
    UNIT_AGAINST_PERCENT,  # noqa: F401 (re-exported)
    Target,
    actual_in_target_unit,  # noqa: F401 (re-exported)
    compact_text,
    not_comparable,  # noqa: F401 (re-exported)
    on_target_scale,
    parse_target,  # noqa: F401 (re-exported)
    percent_points,
    percent_unit_reason,
    same_unit,
    step_unit_reason,  # noqa: F401 (re-exported)
    wrong_percent_unit,  # noqa: F401 (re-exported)
)

#: the default rule per target operator (canonical rule text; ``T`` = the target)
DEFAULT_RULES: dict[str, str] = {
    ">=": ">=T: W; <T: prop",
    ">": ">T: W; <=T: prop",
    "<=": "<=T: W; >T: invprop",
    "<": "<T: W; >=T: invprop",
    "=": "=T: W; <T: prop; >T: invprop",
}
#: 定性 answers and the share of 分值 each allows (low, high), both inclusive
QUALITATIVE_BANDS: dict[str, tuple[Decimal, Decimal]] = {
    "达成": (Decimal("0.8"), Decimal(1)),
    "部分达成": (Decimal("0.5"), Decimal("0.8")),
    "未达成": (Decimal(0), Decimal("0.5")),
}
DEFAULT_NAME = "全国自评默认规则（财预〔2020〕10号：达到指标值得满分；未达到的正向指标按 实际值÷指标值×分值，" \
    "反向指标按 指标值÷实际值×分值，不超过分值；定性指标 达成/部分达成/未达成 分别在分值的 " \
    "100%–80%/80%–50%/50%–0% 之间）"


def default_rule(target: Target) -> Rule:
    """The national default rule for ``target``'s operator (:data:`DEFAULT_RULES`): "≥95%" → ``>=T: W; <T: prop``."""
    return parse_rule(DEFAULT_RULES[target.op])


def qualitative_answer(value: Any) -> str | None:
    """"达成" / "部分达成" / "未达成" for a 定性 actual ("达成预期指标" → "达成"), else ``None``."""
    t = compact_text(value)
    if not t:
        return None
    for key in ("部分达成", "未达成", "达成"):
        if t.startswith(key) or t == key + "预期指标" or t == key + "目标":
            return key
    return None


def unit_against_percent(raw: Any, rule: Rule | None, percent_target: bool = False) -> str | None:
    """Why the 业绩值 ``raw`` is not scored in a row on % bands (``rule`` on % bounds, or on the row's 指标值 when
    ``percent_target``): typed with a unit that is no percentage (:func:`wrong_percent_unit`, p19/p22) —
    :data:`UNIT_AGAINST_PERCENT`; ``None`` when no unit or a percentage one, for numbers, and for text the rule
    names as an answer.

    >>> unit_against_percent("９５ 分", parse_rule(">=90%: 5; <90%: 0"))
    '单位不符：该行按百分比计分，填的是“95 分”（单位“分”），无法计分，请改填百分比'
    >>> unit_against_percent("95%", parse_rule(">=90%: 5; <90%: 0"))
    >>> unit_against_percent("3次", parse_rule("*: 5 - 1 per 1"))
    """
    if rule is None or not isinstance(raw, str) or not (rule.reads_percent or (percent_target and rule.uses_target)):
        return None
    if rule.is_qualitative and rule.names_text(raw):
        return None
    return percent_unit_reason(raw)


#: "不符合", "未完成": the answer that a named level is not met. Not lexicon.said_as_done (the reader's failing said as
#: done), though both drop a negation (r36 checked; one helper with a switch would change what validation accepts):
#: here only one leading 不/未/没/无 character is dropped and the rest must name a level — "没有计划" → "有计划" (the level
#: 有计划), "无计划" → "计划"; said_as_done drops one whole 没有/未/不/无 anywhere ("工作未完成" → "工作完成"), drops 没有
#: whole ("没有计划" → "计划"; with had=True "无计划" → "有计划", "没有开展活动" → "开展活动"), gives None for 没 alone or
#: for two negations, and says "低于90%" as "不低于90%".
#: the characters of :data:`NOT_MET_RE` (the portable template's formula tests them one by one, p27)
NOT_MET_CHARS = "不未没无"
NOT_MET_RE = re.compile(f"^[{NOT_MET_CHARS}]")


def answers_levels(rule: Rule, text: str, number: Any = None) -> bool:
    """True when ``text`` typed as 业绩值 (``number``: the number read from it, if any) is something a rule with
    text levels scores: a level's name, a number (a rule with bands beside its text levels: "0.5‰"), or a named
    level's negation under the rule's 否则 ("不符合"). The text is read as the portable sheet's helper reads it
    (:func:`~jixiao.numbers.normalise_text`: quotation marks dropped, so '"不明确"' is 不明确 and "“明确”" 明确 — p28).
    Any other text — a description, "√", "是", "（明确）", an
    error value — is none of its answers: its 否则 would score it, a wrong score."""
    text = normalise_text(text)  # quotation marks, full-width forms, spaces: as the sheet's helper reads it (p28)
    if rule.names_text(text) or (number is not None and rule.compares_numbers):
        return True
    return rule.has_otherwise and NOT_MET_RE.match(text) is not None \
        and rule.names_text(NOT_MET_RE.sub("", text, count=1))


def _number_or_none(value: Any) -> Decimal | None:
    try:
        return parse_number(value)
    except (ValueError, ArithmeticError):
        return None


#: why a rule of text levels with a 否则 does not score a typed 业绩值 (:func:`level_answer_reason`) — the one text of
#: collect, SCORE_RANGE and the portable template's formula (``templates.cell_text.input_refusal_first``, p27)
LEVEL_ANSWER = "业绩值“{value}”不是评分标准中的等级（{names}），无法计分，请填写等级名称"
#: why a count deduction rule does not score a negative 业绩值 (:func:`negative_count_reason`); the same three readers
NEGATIVE_COUNT = "业绩值 {value} 为负数：本行按发生的个数（次数）扣分，个数不能为负，无法计分"


def level_names(rule: Rule) -> str:
    """The rule's level names as :data:`LEVEL_ANSWER` lists them ("明确、明确性不足"): each once, as written."""

    return "、".join(dict.fromkeys(c.condition.text for c in rule.clauses if isinstance(c.condition, Text)))


def counts_down(rule: Rule) -> bool:
    """True for a count deduction rule (``*: W - 0.2 per 1``, no bound): a negative 业绩值 is refused
    (:func:`negative_count_reason`)."""

    return not rule.compares_numbers and any(isinstance(c.condition, Any_) and isinstance(c.outcome, Linear)
                                             for c in rule.clauses)


def level_answer_reason(value: Any, rule: Rule) -> str | None:
    """Why a rule of text levels with a 否则 (``"明确": 2; "明确性不足": 1; *: 0``) does not score the typed 业绩值
    ``value`` ("√", "是", "（明确）", "#N/A", the number 3 — its 否则 would give them 0 without a word, p26), in
    Chinese; ``None`` when it does, when the cell is blank, 缺省, or the rule has no text level or no 否则 (then
    the engine refuses unknown text itself)."""
    if not rule.is_qualitative or not rule.has_otherwise or value is None or isinstance(value, bool):
        return None
    if isinstance(value, str) and (not value.strip() or is_not_applicable(value)):
        return None
    if answers_levels(rule, str(value), _number_or_none(value)):
        return None
    shown = " ".join(str(value).split()) if isinstance(value, str) else fmt_decimal(Decimal(str(value)))
    return LEVEL_ANSWER.format(value=shown, names=level_names(rule))


def negative_count_reason(value: Any, rule: Rule) -> str | None:
    """Why a count deduction rule (``*: W - 0.2 per 1``: 每发现一例扣0.2分) does not score a negative 业绩值 — a
    count is never below 0, and -1 would give more than full marks, clamped to full marks without a word (p26);
    ``None`` otherwise."""
    if isinstance(value, bool) or not counts_down(rule):
        return None
    number = _number_or_none(value)
    if number is None or number >= 0:
        return None
    return NEGATIVE_COUNT.format(value=fmt_decimal(number))


def _shown(value: Any) -> str:
    """A typed 业绩值 as a reason quotes it and the sheet's helper column T shows it: text normalised, runs of spaces
    one (Excel's TRIM); a number as written."""
    if isinstance(value, str):
        return trimmed_text(value)
    return fmt_decimal(Decimal(str(value)))


#: why a count row does not score a fraction (:func:`fractional_count_reason`, p28); the same three readers
COUNT_NOT_WHOLE = "次数应为整数：填的是“{value}”，该行单位为“{unit}”，个数不能有小数，无法计分，请填写整数"
#: the same, in a row without a unit whose 评分标准 counts its step in ``{unit}`` ("每发现一例扣0.2分", p30)
COUNT_NOT_WHOLE_STEP = "次数应为整数：填的是“{value}”，评分标准按“{unit}”计数，个数不能有小数，无法计分，请填写整数"


def whole_count_row(rule: Rule, unit: Any, standard: Any = None) -> bool:
    """True when the row counts whole things (:func:`count_word`: its unit, where it decides, is one of
    :data:`WHOLE_COUNT_UNITS` — 例 次 处 个 人 件 家 项 户 起 篇 场 …; or, in a row without a unit, the 评分标准
    ``standard``'s step names one, p30): its 业绩值 is a whole number. Not 万人 (150.5 万人 is a number of people in
    万), not 次/人 (an average), not money, days or %; nor a rule that itself names a fraction of its unit (a bound
    1.5, a step "per 0.5"): it speaks of fractions.

    >>> whole_count_row(parse_rule(">=2: W; <2: W - 25%W per 0.5"), "次"), whole_count_row(parse_rule("*: W - 1 per 1"), "次")
    (False, True)
    >>> whole_count_row(parse_rule("*: W - 0.2 per 1"), None, "每发现一例扣0.2分"), whole_count_row(parse_rule("*: W - 0.2 per 1"), None)
    (True, False)
    """
    return bool(count_word(rule, unit, standard)) and not _names_a_fraction(rule)


def step_count_units(standard: Any, units: str | None = None) -> set[str]:
    """The count words a 评分标准's step names ("每发现一例扣0.2分" → {例}, "迟报一次扣2分" → {次}, "扣1分/处" → {处}):
    a count word after 每/一/1 or after "/"; "一个月", "一个百分点", "一次性" name no count. ``units``: the count words
    looked for (one character each; default :data:`WHOLE_COUNT_UNITS`' one-character words) — validation's
    ``count_in_text`` reads the count units of a 考核表's text with its own list (天 too)."""
    if not isinstance(standard, str) or not standard:
        return set()
    chars = units if units is not None else "".join(sorted(u for u in WHOLE_COUNT_UNITS if len(u) == 1))
    text = _POINT_RE.sub("", normalise_text(standard).replace(" ", ""))
    pattern = rf"(?:每[^，,。；;扣得减加]{{0,4}}?\d*|一|1)([{chars}])(?!{_NOT_A_COUNT})|/([{chars}])(?!{_NOT_A_COUNT})"
    return {a or b for a, b in re.findall(pattern, text)}


#: what follows a count word that makes it no count of things ("一个月", "每个工作日", "一次性", "一个百分点")
_NOT_A_COUNT = "月|季|工作日|小时|年|百分|性|星期|周"
#: percentage points ("1个百分点", "一个百分比") are no count of things
_POINT_RE = re.compile(r"(?:\d+(?:\.\d+)?|[一二两三四五六七八九十])\s*个百分[点比]")


def count_words(rule: Rule, unit: Any, standard: Any = None) -> tuple[str, ...]:
    """The words a row's 业绩值 counts in: its unit where it decides (:func:`scored_unit`) and is one of
    :data:`WHOLE_COUNT_UNITS`; in a row with no unit at all, the count words the 评分标准 ``standard`` names for
    the rule's step (:func:`step_count_units`: "每发现一例扣0.2分" → 例; "每次扣1分，每处扣2分" → 处, 次 — two words
    are two counts, each whole, p32) when the rule has a step (``per``); else none (a row whose unit and 评分标准 name
    no count: fractions are scored as written). A 评分标准 that names a rate per head ("每千人口床位数", "每万人")
    counts no whole things: its 业绩值 is an average, none.

    >>> count_words(parse_rule("*: W - 1 per 1"), None, "每次扣1分，每处扣2分")
    ('处', '次')
    >>> count_words(parse_rule("*: W - 1 per 1"), None, "每千人口床位数达到5张，每少1张扣1分")
    ()

    A step written with its count word (``per 1次``, the grammar's word of p34) names it as the 评分标准 would (p38):

    >>> count_words(parse_rule("*: W - 1 per 1次"), None, "测试"), count_words(parse_rule("*: W - 1 per 1天"), None)
    (('次',), ())
    """

    u = scored_unit(rule, unit)
    if u:
        return (u,) if u in WHOLE_COUNT_UNITS else ()
    if row_unit(unit) or rule.uses_target or rule.is_qualitative or rule.reads_percent:
        return ()
    if not any(isinstance(c.outcome, Linear) for c in rule.clauses):
        return ()
    if isinstance(standard, str) and _PER_HEAD_RE.search(normalise_text(standard).replace(" ", "")):
        return ()
    said = {c.outcome.word for c in rule.clauses if isinstance(c.outcome, Linear) and c.outcome.word in WHOLE_COUNT_UNITS}
    return tuple(sorted(step_count_units(standard) | said))


#: a rate per head or per household ("每千人口", "每万人", "每百户"): its 业绩值 is an average, no whole count (p32)
_PER_HEAD_RE = re.compile(r"每[十百千万]+(?:人|户|名)")


def count_word(rule: Rule, unit: Any, standard: Any = None) -> str:
    """The count words of :func:`count_words` as a reason names them ("例"; two: "处、次"); "" for none."""
    return "、".join(count_words(rule, unit, standard))


def _bounds(cond: Any) -> list[Decimal]:
    """The numbers a condition compares a value with (``>=1.5``; an interval's two ends), as written."""
    ends = [cond.bound] if isinstance(cond, Compare) else [cond.lo, cond.hi] if isinstance(cond, Interval) else []
    return [n.value for n in ends if isinstance(n, Num)]


def _rule_numbers(rule: Rule) -> list[Decimal]:
    """The numbers ``rule`` compares a value with or steps it by: its bounds and its step units (``>=1.5``, ``per 0.5``)."""
    return [*(n for c in rule.clauses for n in _bounds(c.condition)),
            *(c.outcome.unit.value for c in rule.clauses if isinstance(c.outcome, Linear))]


def _names_a_fraction(rule: Rule) -> bool:
    """True when a bound or a step unit of ``rule`` is no whole number (``>=1.5``, ``per 0.5``)."""
    return any(n != n.to_integral_value() for n in _rule_numbers(rule))


def fraction_scale(rule: Rule | None) -> bool:
    """True when ``rule``'s own numbers are on a fraction's scale, so a percentage typed in a row without a unit ("80%"
    is 0.8) is on it: every bound at most :data:`POINTS_ABOVE` (1.5) — ``>=0.9: W``, ``>0.1: 0; *: W - 100 per 1``
    (held S28-3: a ratio's steps) —, or no bound and no step of 1 or more (``*: prop``). ``>=90: W`` counts 90 of
    something: "95%" is not 95 of it, nor 0.95 (scored 0 until session 39); ``*: W - 1 per 1`` with no bound counts
    whole things: "2%" is no count (:func:`unitless_suffixes`). Nor is a rule whose bounds are all whole numbers with
    no step, proportion or % (``>=1: 0; *: W``, "有一条不满足得0分": 1 failing or 100 %? — p43, CP1-5: "50%" scored W
    as 0.5 of a failing; :attr:`~jixiao.rules.model.Rule.counts_whole_bounds`) or that counts whole steps
    (``>=1: 0; *: W - 2 per 1``: "50%" scored 10 − 2 × 0.5 = 9 in collect; :attr:`~jixiao.rules.model.Rule.counts_steps`).

    >>> [fraction_scale(parse_rule(r)) for r in ("*: prop", ">=0.9: W; *: 0", ">0.1: 0; *: W - 100 per 1")]
    [True, True, True]
    >>> fraction_scale(parse_rule(">=90: W; *: 0")), fraction_scale(parse_rule("*: W - 1 per 1"))
    (False, False)
    >>> fraction_scale(parse_rule(">=1: 0; *: W")), fraction_scale(parse_rule(">=1: 0; *: W - 2 per 1"))
    (False, False)
    """
    if rule is None:
        return True
    if rule.counts_steps or rule.counts_whole_bounds:  # ">=1: 0; *: W": 1 failing, or 100 %? (p43, CP1-5: refused)
        return False
    bounds = [n for c in rule.clauses for n in _bounds(c.condition)]
    if bounds:
        return all(abs(n) <= POINTS_ABOVE for n in bounds)
    return not any(isinstance(c.outcome, Linear) and c.outcome.unit.value >= 1 for c in rule.clauses)


#: a unit word written right after a number in a 评分标准 (千/万/亿 + :data:`~jixiao.numbers.UNITS`, 日/天 …)
_UNIT_WORDS = "|".join(sorted({m + u for m in ("", *MULT_EXPONENT) for u in UNITS}, key=len, reverse=True))


def printed_start_unit(text: Any, rule: Rule | None) -> str | None:
    """The unit of a start printed in the 评分标准 ``text`` that ``rule`` steps down from ("按340天每低于1天扣1分" →
    ``>=340: W; <340: W - 1 per 1``: "天"), or ``None``: the rule steps from no printed number (``T``, a bound
    without a unit, a step with its own word — p34's ``per 1天`` is checked by the model), or the text writes the
    start and its step without one shared unit (p36).

    >>> printed_start_unit("按340天每低于1天扣1分", parse_rule(">=340: W; <340: W - 1 per 1"))
    '天'
    >>> printed_start_unit("达到340得满分，每低于1扣1分", parse_rule(">=340: W; <340: W - 1 per 1")) is None
    True
    """
    if rule is None or rule.uses_target or rule.reads_percent or not isinstance(text, str):
        return None
    steps = [c for c in rule.clauses if isinstance(c.outcome, Linear) and not c.outcome.word]
    starts = [n for c in rule.clauses if isinstance(c.condition, Compare) and c.condition.op in (">=", ">")
              for n in _bounds(c.condition)]
    if not steps or len(starts) != 1:
        return None
    norm = normalise_text(text).replace(" ", "")
    start = re.search(rf"(?<![\d.]){re.escape(fmt_decimal(starts[0]))}({_UNIT_WORDS})", norm)
    if start is None:
        return None
    unit = start.group(1)
    step = re.search(rf"每[\u4e00-\u9fff]{{0,4}}?{re.escape(fmt_decimal(steps[0].outcome.unit.value))}{re.escape(unit)}",
                     norm)
    return unit if step is not None else None


def printed_start_reason(text: Any, rule: Rule | None, target: Target | None, unit: Any = None) -> str | None:
    """Why a hand table's row whose ``rule`` steps down from a start printed with a unit in its 评分标准 ``text``
    (:func:`printed_start_unit`) is not scored: its 指标值 ``target`` (else its 度量单位 ``unit``) is in another
    unit — "按340天每低于1天扣1分" beside "340户": is 339 户 or 天? (p34's "Left", p36) — the one unit decision
    :func:`step_unit_reason`; ``None`` when they agree, or either has no unit. collect and validate ask it.

    >>> printed_start_reason("按340天每低于1天扣1分", parse_rule(">=340: W; <340: W - 1 per 1"), parse_target("340户"))
    '计分规则按“天”逐档扣分，指标值“340户”的单位是“户”：单位不同，无法计分，请核对指标值或计分规则'
    >>> printed_start_reason("按340天每低于1天扣1分", parse_rule(">=340: W; <340: W - 1 per 1"), parse_target("≥340日"))
    """
    step = printed_start_unit(text, rule)
    if step is None:
        return None
    if target is not None and target.unit:
        return step_unit_reason(step, target.unit, str(target).lstrip("="), "指标值")
    own = row_unit(unit)
    return step_unit_reason(step, own, own, "度量单位") if own else None


def fractional_count_reason(value: Any, rule: Rule, unit: Any, standard: Any = None) -> str | None:
    """Why a count row (:func:`whole_count_row`) does not score the 业绩值 ``value``: a number with a fraction
    (1.5, "1.5例") — 1.5 例 would deduct a fraction of a step, a wrong score (p28); 2.0 is 2 and scored. A row
    without a unit counts whole things when its 评分标准 ``standard`` names the step's count word ("每发现一例扣0.2分",
    p30: :data:`COUNT_NOT_WHOLE_STEP`). ``None`` otherwise, and for text in another unit (:func:`unit_against_row`
    says why) or no number (the engine does).

    >>> fractional_count_reason("1.5例", parse_rule("*: W - 0.2 per 1"), "例")
    '次数应为整数：填的是“1.5例”，该行单位为“例”，个数不能有小数，无法计分，请填写整数'
    >>> fractional_count_reason(2.0, parse_rule("*: W - 0.2 per 1"), "例"), fractional_count_reason(1.5, parse_rule("*: W - 0.2 per 1"), "万元")
    (None, None)
    >>> fractional_count_reason(1.5, parse_rule("*: W - 0.2 per 1"), None, "每发现一例扣0.2分")
    '次数应为整数：填的是“1.5”，评分标准按“例”计数，个数不能有小数，无法计分，请填写整数'
    """
    if isinstance(value, bool) or not whole_count_row(rule, unit, standard):
        return None
    words = count_words(rule, unit, standard)
    if isinstance(value, str) and not any(typed_suffix(value) in row_unit_suffixes(word) for word in words):
        return None
    number = _number_or_none(value)
    if number is None or number == number.to_integral_value():
        return None
    said = COUNT_NOT_WHOLE if scored_unit(rule, unit) else COUNT_NOT_WHOLE_STEP
    return said.format(value=_shown(value), unit="、".join(words))


#: why a % row does not score a negative 业绩值 (:func:`negative_percent_reason`, p28); the same three readers
NEGATIVE_PERCENT = "业绩值“{value}”为负数：该行按百分比计分，评分标准未写负值如何计分，无法计分" \
    "（增长率、变动率、偏差率等可为负的指标请在指标名称中写明）"
#: words of an indicator's name that say its value is a change or a deviation, which may be negative (p28)
SIGNED_NAME_WORDS = ("增长", "增幅", "涨幅", "增减", "变化", "变动", "偏差", "偏离", "下降", "降低", "减少", "差异", "±")


def percent_row(rule: Rule, unit: Any = None) -> bool:
    """True for a row scored on percentages: a rule on % bounds (not on the row's own 指标值 —
    :func:`negative_on_target_reason` decides those; a rule of text levels with % bands beside them too, p30), or a
    row whose unit is "%" (:func:`scored_unit`)."""
    if rule.uses_target:
        return False
    return rule.reads_percent or scored_unit(rule, unit) == "%"


def signed_percent_row(rule: Rule, name: Any = None) -> bool:
    """True when a % row scores a negative 业绩值 as written: the rule names a bound at or below 0 ("<=0%: W; …" —
    公用经费控制率, whose 变动 is negative when it falls; "[-5%,5%]: W"), the indicator's ``name`` says it is a
    change or a deviation (:data:`SIGNED_NAME_WORDS`: 增长率, 变动率, 偏差 …), or the rule's score goes on changing
    below 0 % (:func:`_scores_below_zero`: a formula such as 10×[1+(实际值-5%)/8%]). The one decision of collect,
    SCORE_RANGE (given the name) and the portable template's formula (built in or not per row, p28).

    >>> signed_percent_row(parse_rule(">=95%: 5; <95%: 0")), signed_percent_row(parse_rule("<=0%: W; >0%: 0"))
    (False, True)
    >>> signed_percent_row(parse_rule(">=10%: 5; <10%: prop"), "收入增长率")
    True
    """

    return _nonpositive_bound(rule) or names_a_change(name) or _scores_below_zero(rule)


def _nonpositive_bound(rule: Rule) -> bool:
    """True when the rule names a bound at or below 0 ("<=0%: W; …", "[-5%,5%]: W"): it speaks of negatives."""
    for c in rule.clauses:
        cond = c.condition
        bounds = [cond.bound] if isinstance(cond, Compare) else [cond.lo, cond.hi] if isinstance(cond, Interval) else []
        if any(isinstance(b, Num) and b.value <= 0 for b in bounds):
            return True
    return False


def names_a_change(name: Any) -> bool:
    """True when an indicator's ``name`` says its value is a change or a deviation (:data:`SIGNED_NAME_WORDS`)."""
    text = normalise_text(name) if isinstance(name, str) else ""
    return any(word in text for word in SIGNED_NAME_WORDS)


def signed_target_row(target: Target, name: Any = None) -> bool:
    """True when a row scored on its own 指标值 ``target`` (自评表 定量 rows, ``T``) scores a negative 业绩值 as
    written: the 指标值 itself is at or below 0 ("≤0%", "≥-5%": the row speaks of negatives), or the indicator's
    ``name`` says it is a change (:func:`names_a_change`) — p28's decision for % rows (:func:`signed_percent_row`),
    on the row's 指标值 instead of the rule's bounds (p30)."""
    return target.value <= 0 or names_a_change(name)


#: why a row scored on its own count 指标值 ("≥50个", "≤0次") does not score a negative 业绩值 (p33)
NEGATIVE_ON_COUNT = "业绩值“{value}”为负数：指标值按“{unit}”计数，个数不能为负，无法计分"
#: the same beside a 指标值 that measures things or counts them in 千/万/亿 ("≥100亩", "≥5万人", p32)
NEGATIVE_ON_MEASURE = "业绩值“{value}”为负数：指标值以“{unit}”计，数量不能为负，无法计分"


def count_target(target: Target) -> bool:
    """True for a 指标值 that counts whole things ("≥50个", "≤0次": a whole number in one of
    :data:`WHOLE_COUNT_UNITS`) — the 业绩值 beside it is a whole number, never below 0 (p33)."""
    return target.unit in WHOLE_COUNT_UNITS and target.value == target.value.to_integral_value()


def _unit_text(target: Target) -> str:
    """The target's unit as the messages show it: normalised, without spaces ("万 人" → "万人")."""
    return normalise_text(target.unit).replace(" ", "")


def measure_target(target: Target) -> bool:
    """True for a 指标值 in :data:`NON_NEGATIVE_UNITS` that is no :func:`count_target`: a length, an area, a weight
    ("≥100亩", "≥5公里"), a count in 千/万/亿 ("≥5万人") — never below 0, though not a whole number (p32)."""
    unit = _unit_text(target)
    base = unit[1:] if unit[:1] in MULT_EXPONENT and unit[1:] in NON_NEGATIVE_UNITS else unit
    return base in NON_NEGATIVE_UNITS and not count_target(target)


#: beside a money 指标值 ("≤90万元", "≤500元") whose indicator's name says a cost, a spend or a budget (p34)
NEGATIVE_ON_COST = "业绩值“{value}”为负数：指标为成本、支出类金额（以“{unit}”计），不能为负，无法计分"
#: beside a money 指标值 whose name says neither a cost nor a balance: which it is, is a guess (p34)
NEGATIVE_ON_MONEY = "业绩值“{value}”为负数：指标值以“{unit}”计，指标名称未写明结余、利润、增减等可为负的金额，无法计分"
#: beside a 指标值 in days, months … ("≤30天") whose name says a duration or a time limit (p34)
NEGATIVE_ON_DURATION = "业绩值“{value}”为负数：指标为时长、期限（以“{unit}”计），不能为负，无法计分"
#: beside a 指标值 in days, months … whose name says neither a duration nor a change (p34)
NEGATIVE_ON_TIME = "业绩值“{value}”为负数：指标值以“{unit}”计，指标名称未写明偏差、增减等可为负的时间，无法计分"
#: words of an indicator's name that say its money is a cost, a spend or a budget: never below 0 (p34)
COST_NAME_WORDS = ("成本", "支出", "费用", "资金", "投入", "预算", "经费", "开支", "补助", "补贴", "投资", "造价", "价格",
                   "单价")
#: words of an indicator's name that say its money is a balance or a profit, which may be negative (p34); they win
#: over a cost word ("资金结余" is a balance)
BALANCE_NAME_WORDS = ("结余", "利润", "收益", "盈亏", "差额", "盈余", "损益")
#: words of an indicator's name that say its time is a duration or a time limit: never below 0 (p34)
DURATION_NAME_WORDS = ("时限", "时间", "天数", "工期", "周期", "时长", "用时", "期限", "耗时", "时效", "日数", "月数",
                       "年限")
#: units of a 指标值 in time (p34)
TIME_UNITS = frozenset({"天", "日", "工作日", "个工作日", "月", "个月", "年", "小时", "分钟", "周"})


def money_unit(unit: str) -> bool:
    """True for a unit of money: 元 with or without 千/万/亿 (:data:`DECIMAL_UNITS`), and every other spelling that
    ends in 元 — "百万元", "千万元", "美元", "万美元", "港元" (p36: the core converts none of them, but a negative
    beside them is money all the same).

    >>> [money_unit(u) for u in ("万元", "百万元", "万美元", "个", "")]
    [True, True, True, False, False]
    """
    return unit_multiplier(unit)[1] in DECIMAL_UNITS or unit.endswith("元")


def amount_target_text(target: Target, name: Any = None) -> str | None:
    """The reason a negative 业绩值 gets beside a 指标值 in money (元, 千元, 万元, 亿元, 百万元, 美元 …: :func:`money_unit`) or in time (天, 月 …) —
    ``{value}`` left to fill —, decided by the indicator's ``name`` (p34, :func:`amount_unit_text`). ``None`` for
    other units and for a 指标值 below 0 (it speaks of negatives). A change (增减, 偏差 …: :func:`names_a_change`) is
    decided by :func:`negative_target_text` before.

    >>> amount_target_text(parse_target("≤90万元"), "项目总成本")
    '业绩值“{value}”为负数：指标为成本、支出类金额（以“万元”计），不能为负，无法计分'
    >>> amount_target_text(parse_target("≤90万元"), "资金结余"), amount_target_text(parse_target("≥50个"), "完成数量")
    (None, None)
    >>> amount_target_text(parse_target("≤30天"), "整改完成")
    '业绩值“{value}”为负数：指标值以“天”计，指标名称未写明偏差、增减等可为负的时间，无法计分'
    """
    if target.value < 0:
        return None
    return amount_unit_text(_unit_text(target), name)


def amount_unit_text(unit: str, name: Any = None) -> str | None:
    """The reason a negative 业绩值 gets in ``unit`` when it is money (元, 千元, 万元, 亿元) or time (天, 月 …) — a
    指标值's unit (:func:`amount_target_text`) or a rule row's (:func:`amount_row_text`, p37) —, ``{value}`` left to
    fill, decided by the indicator's ``name`` (p34): a balance or a profit (:data:`BALANCE_NAME_WORDS`) is scored
    (``None``); a cost, a spend, a budget (:data:`COST_NAME_WORDS`) cannot be negative (:data:`NEGATIVE_ON_COST`), a
    duration (:data:`DURATION_NAME_WORDS`) neither (:data:`NEGATIVE_ON_DURATION`); a name that says neither is refused
    too (:data:`NEGATIVE_ON_MONEY`, :data:`NEGATIVE_ON_TIME`: a refusal is never wrong). ``None`` for other units."""
    text = normalise_text(name) if isinstance(name, str) else ""
    if money_unit(unit):
        if any(word in text for word in BALANCE_NAME_WORDS):
            return None
        said = NEGATIVE_ON_COST if any(word in text for word in COST_NAME_WORDS) else NEGATIVE_ON_MONEY
    elif unit in TIME_UNITS:
        said = NEGATIVE_ON_DURATION if any(word in text for word in DURATION_NAME_WORDS) else NEGATIVE_ON_TIME
    else:
        return None
    return said.replace("{unit}", unit)


def amount_row_text(rule: Rule, unit: Any = None, name: Any = None) -> str | None:
    """The reason a negative 业绩值 gets in a rule row (no 指标值) whose unit is money or time (p37: "-3天" under
    ``<=30: W; *: 0`` in 天 was full marks, "-150万元" under ``>200: W; <=200: prop`` in 万元 a silent 0) —
    :func:`amount_unit_text` on the row's unit where it decides (:func:`scored_unit`), ``{value}`` left to fill;
    ``None`` where negatives are scored: the rule names a bound at or below 0 (it speaks of negatives), the
    ``name`` says a change (:func:`names_a_change`) or a balance. The one decision of :func:`input_refusal` and the
    template's formula (``templates.cell_text.input_refusal_first``).

    >>> amount_row_text(parse_rule("<=30: W; *: 0"), "天", "办理时限")
    '业绩值“{value}”为负数：指标为时长、期限（以“天”计），不能为负，无法计分'
    >>> amount_row_text(parse_rule(">200: W; <=200: prop"), "万元", "到位金额")
    '业绩值“{value}”为负数：该行以“万元”计，指标名称未写明结余、利润、增减等可为负的金额，无法计分'
    >>> amount_row_text(parse_rule("<=30: W; *: 0"), "天", "工期偏差"), amount_row_text(parse_rule("<0: 0; *: W"), "万元")
    (None, None)
    """
    u = scored_unit(rule, unit)
    if not u or rule.reads_percent or _nonpositive_bound(rule) or names_a_change(name):
        return None
    said = amount_unit_text(u, name)
    return None if said is None else said.replace("指标值以", "该行以")  # a rule row has no 指标值


def negative_amount_reason(value: Any, rule: Rule, unit: Any = None, name: Any = None) -> str | None:
    """Why a rule row in money or time (:func:`amount_row_text`) does not score a negative 业绩值 (p37); ``None`` for
    0 and above, no number, and text in another unit (its unit's reason comes first)."""
    if isinstance(value, bool) or (said := amount_row_text(rule, unit, name)) is None:
        return None
    if isinstance(value, str) and unit_against_row(value, rule, unit) is not None:
        return None
    number = _number_or_none(value)
    if number is None or number >= 0:
        return None
    return said.format(value=_shown(value))


def negative_target_text(target: Target, name: Any = None) -> str | None:
    """The reason a row scored on its own 指标值 ``target`` gives a negative 业绩值 — ``{value}`` left to fill —, or
    ``None`` where negatives are scored: beside a percent 指标值 :data:`NEGATIVE_PERCENT` unless
    :func:`signed_target_row` (p30); beside a count 指标值 :data:`NEGATIVE_ON_COUNT` (p33) and beside a measure
    :data:`NEGATIVE_ON_MEASURE` (:func:`measure_target`, p32), unless the ``name`` says a change — whatever the
    指标值: "≤0次" (安全事故发生次数) still counts; beside money and time what the name says
    (:func:`amount_target_text`, p34: a cost or a duration refused, a balance or a profit scored, neither refused);
    beside other units ``None``. The one decision of :func:`negative_on_target_reason` and the 自评表's formula
    (``templates.selfeval_rows.on_scale_score``).

    >>> negative_target_text(parse_target("≥100亩"))
    '业绩值“{value}”为负数：指标值以“亩”计，数量不能为负，无法计分'
    >>> negative_target_text(parse_target("≤90万元"), "项目利润"), negative_target_text(parse_target("≥5万人"), "人数增减")
    (None, None)
    """
    if target.is_percent:
        return None if signed_target_row(target, name) else NEGATIVE_PERCENT
    if names_a_change(name):
        return None
    if count_target(target):
        return NEGATIVE_ON_COUNT.replace("{unit}", target.unit)
    if measure_target(target):
        return NEGATIVE_ON_MEASURE.replace("{unit}", _unit_text(target))
    return amount_target_text(target, name)


def negative_on_target_reason(raw: Any, value: Decimal | None, target: Target, name: Any = None) -> str | None:
    """Why a row scored on its own 指标值 ``target`` (a 自评表 定量 row) does not score the 业绩值 typed as ``raw``,
    read on the target's scale as ``value`` (:func:`on_target_scale`):

    * a negative where :func:`negative_target_text` says negatives are not scored: beside a percent 指标值 — the
      national default would give it 0 without a word, although a rate is never below 0 (p30, as
      :func:`negative_percent_reason` on % bands); beside a count (p33: "≤0次" gave −1 full marks, "≥50个" gave −5 a
      silent 0) or a measure ("≥100亩", "≥5万人", p32);
    * beside a count 指标值 (:func:`count_target`, p33): a fraction (:data:`COUNT_NOT_WHOLE` — 45.5 beside "≥50个"
      was scored 4.55).

    ``None`` otherwise. collect, validate, the build's cached score and the template's formula
    (``templates.selfeval_rows.on_scale_score``) ask this.

    >>> negative_on_target_reason("-5%", Decimal("-0.05"), parse_target("≥95%"))
    '业绩值“-5%”为负数：该行按百分比计分，评分标准未写负值如何计分，无法计分（增长率、变动率、偏差率等可为负的指标请在指标名称中写明）'
    >>> negative_on_target_reason("-5%", Decimal("-0.05"), parse_target("≥95%"), "收入增长率") is None
    True
    >>> negative_on_target_reason(-1, Decimal(-1), parse_target("≤0次"))
    '业绩值“-1”为负数：指标值按“次”计数，个数不能为负，无法计分'
    >>> negative_on_target_reason("45.5", Decimal("45.5"), parse_target("≥50个"))
    '次数应为整数：填的是“45.5”，该行单位为“个”，个数不能有小数，无法计分，请填写整数'
    >>> negative_on_target_reason(-3, Decimal(-3), parse_target("≥100亩"))
    '业绩值“-3”为负数：指标值以“亩”计，数量不能为负，无法计分'
    """
    if value is None:
        return None
    if (said := date_in_time_reason(raw, value, _unit_text(target))) is not None:  # "2024.6" beside "≤30天" (p37)
        return said
    if value < 0 and (said := negative_target_text(target, name)) is not None:
        return said.format(value=_shown(raw))
    if count_target(target) and value != value.to_integral_value():
        return COUNT_NOT_WHOLE.format(value=_shown(raw), unit=target.unit)
    return None


#: why a bare number that reads as a year and a month ("2024.6", Excel's 2024.6) is not scored as a time in 天, 月 …
#: (p37: beside "≤30天" it was 2024.6 days — 0.07 —, beside "340天" under a step rule full marks)
DATE_IN_TIME = "业绩值“{value}”像是年月（日期），不是以“{unit}”计的时长，无法计分，请按“{unit}”填写数值"


def date_like(number: Decimal) -> bool:
    """True for a number that reads as a year 1900–2099 and a month after a decimal point: 2024.6, 2024.06, 2024.12
    (2024.25 does not). The template's formula renders the same test (``templates.cell_text.date_first``).

    >>> [date_like(Decimal(x)) for x in ("2024.6", "2024.06", "2024.12", "2024.25", "2024", "340.5", "1899.6")]
    [True, True, True, False, False, False, False]
    """
    if not Decimal(1900) <= number < Decimal(2100):
        return False
    frac = number - int(number)
    m1, m2 = frac * 10, frac * 100
    return (m1 == m1.to_integral_value() and m1 >= 1) or (m2 == m2.to_integral_value() and 1 <= m2 <= 12)


def date_in_time_reason(raw: Any, number: Decimal | None, unit: str) -> str | None:
    """:data:`DATE_IN_TIME` for a 业绩值 ``raw`` — a number in its cell or text without a unit — whose number is
    :func:`date_like` in a row or beside a 指标值 in time (``unit`` in :data:`TIME_UNITS`), else ``None`` ("2024.6天"
    says days)."""
    if unit not in TIME_UNITS or number is None or isinstance(raw, bool):
        return None
    if isinstance(raw, str) and typed_suffix(raw) != "":
        return None
    return DATE_IN_TIME.format(value=_shown(raw), unit=unit) if date_like(number) else None


def date_in_row_reason(value: Any, rule: Rule, unit: Any = None) -> str | None:
    """:func:`date_in_time_reason` in a rule row whose unit (:func:`scored_unit`) is a time (p37)."""
    u = scored_unit(rule, unit)
    return date_in_time_reason(value, _number_or_none(value), u) if u in TIME_UNITS else None


#: negative values a rule is tried at (:func:`_scores_below_zero`): −1 %, −5 %, −10 %, −50 %, −100 %
_BELOW_ZERO = tuple(Decimal(x) for x in ("-0.01", "-0.05", "-0.1", "-0.5", "-1"))


def _scores_below_zero(rule: Rule) -> bool:
    """True when the rule's score goes on changing below 0 %: some negative value scores otherwise than 0 % does — a
    formula still above 0 at 0 % ("得分=10×[1+(实际值-5%)/8%]", 净资产收益率: 3.75 at 0 %, 0 at −3 %). Then the rule
    itself says what a negative value scores. "≥95%: 5; <95%: 0" or "<=100%: W; >100%: …" score every negative as
    0 % — they say nothing of negatives."""
    weight = Decimal(100)
    try:
        at_zero = rule.score(Decimal(0), weight, None)
    except InputError:
        return False
    for x in _BELOW_ZERO:
        try:
            if rule.score(x, weight, None) != at_zero:
                return True
        except InputError:
            continue
    return False


def negative_percent_reason(value: Any, rule: Rule, unit: Any = None, name: Any = None) -> str | None:
    """Why a % row (:func:`percent_row`) does not score a negative 业绩值 (−5%, −0.05, "-5%"): on "≥95%…" bands it
    would be 0 without a word, although a rate is never below 0 — a sign typed by mistake, or a change the rule does
    not speak of (p28). ``None`` where :func:`signed_percent_row` says negatives are scored, for 0 and above, and for
    text in another unit (its unit's reason comes first) or no number.

    >>> negative_percent_reason("-5%", parse_rule(">=95%: 5; <95%: 0"))
    '业绩值“-5%”为负数：该行按百分比计分，评分标准未写负值如何计分，无法计分（增长率、变动率、偏差率等可为负的指标请在指标名称中写明）'
    """
    if isinstance(value, bool) or not percent_row(rule, unit) or signed_percent_row(rule, name):
        return None
    if isinstance(value, str) and wrong_percent_unit(value):
        return None
    number = _number_or_none(value)
    if number is None or number >= 0:
        return None
    return NEGATIVE_PERCENT.format(value=_shown(value))


def input_refusal(value: Any, rule: Rule, unit: Any = None, name: Any = None, standard: Any = None) -> str | None:
    """The reason ``rule`` gives the typed 业绩值 ``value`` no score although the engine would compute one:
    :func:`level_answer_reason`, :func:`negative_count_reason`, and given the row's ``unit``, the indicator's
    ``name`` and its 评分标准 ``standard`` :func:`fractional_count_reason`, :func:`negative_percent_reason` (p28,
    p30), :func:`negative_amount_reason` and :func:`date_in_row_reason` (p37) — collect, validate and the UDF ``SCORE_RANGE`` share it; the portable template's formula renders the same
    (``templates.cell_text.input_refusal_first``, p27)."""
    return level_answer_reason(value, rule) or negative_count_reason(value, rule) \
        or fractional_count_reason(value, rule, unit, standard) or negative_percent_reason(value, rule, unit, name) \
        or negative_amount_reason(value, rule, unit, name) or date_in_row_reason(value, rule, unit)


def bare_percent_text(raw: Any, rule: Rule, unit: Any = None, number_settled: bool = True) -> Decimal | None:
    """The number of a 业绩值 typed as text with no unit and no "%" ("0.95", "5", "-0.5") whose size alone does not
    say how a % row (:func:`percent_row`) reads it — not 0, at most :data:`PERCENT_POINTS_ABOVE` (above it, it is
    percent points: 95 is 95 %) — else ``None``. A number in a cell is not asked while ``number_settled``: the
    template's % cells are formatted as percentages, so the cell holds what it shows (Excel stores "95%" as 0.95,
    "120%" as 1.2); a hand table's number in a cell with no % format under a stated % unit (度量单位 "%", a header
    "完成值（%）") is asked as text is (``number_settled=False``)."""
    if isinstance(raw, bool) or not percent_row(rule, unit):
        return None
    number = _bare_number(raw, not number_settled)
    return number if number is not None and number != 0 and not percent_points(number) else None


def hand_number_settled(raw: Any, percent_format: bool, unit: Any, rule: Rule | None = None, *,
                        issued: bool = False) -> bool:
    """Whether a 业绩值 ``raw`` in a % row is read as it is stored (``number_settled`` of :func:`bare_percent_text`)
    — the one decision of collect (``verify._own_score``) and validate (``checks._score_by_rule``): a cell with a %
    format holds what it shows; a template's row as issued (``issued``: its % cells are formatted, the sheet shows no
    unit) is asked only under a stated % unit; in a hand table, under a stated % unit (度量单位 "%", a header
    "完成值（%）") a number in a General cell is asked (p31); with no unit stated, a number above :data:`POINTS_ABOVE`
    and up to :data:`PERCENT_POINTS_ABOVE` is asked (p38: "3" in a 投诉率 row on "不高于5%" was 300 % → 0, where 3 %
    gives full marks), and one up to :data:`POINTS_ABOVE` too where the ``rule`` keeps a rate low
    (:func:`keeps_rate_low`, p40: "1.2" beside "投诉率不高于5%" was 120 % → 0, where 1.2 % gives full marks) —
    refused where the two readings score differently (:func:`percent_text_reason`). In a row whose rule gives less than
    full marks at 0 % (合格率, 完成率: a rate to reach) a number up to 1.5 is the fraction as printed (0.95 is 95 %,
    common in General cells; 0.95 % of a rate to reach is no reading anyone means).

    >>> [hand_number_settled(x, False, "") for x in (0.95, 1.5, 3, 10, 95)]
    [True, True, False, False, True]
    >>> hand_number_settled(3, True, ""), hand_number_settled(0.95, False, "%")
    (True, False)
    >>> low, reach = parse_rule("<=5%: W; >5%: W - 1 per 1%"), parse_rule(">=95%: W; <95%: W - 1 per 1%")
    >>> hand_number_settled(1.2, False, "", low), hand_number_settled(0.95, False, "", reach)
    (False, True)
    >>> hand_number_settled(0.95, False, "", issued=True), hand_number_settled(0.95, False, "%", issued=True)
    (True, False)
    """
    if percent_format:
        return True
    if issued or unit == "%":
        return unit != "%"
    number = _bare_number(raw, True)
    if number is None or percent_points(number):
        return True
    return abs(number) <= POINTS_ABOVE and not keeps_rate_low(rule)


def keeps_rate_low(rule: Rule | None) -> bool:
    """True when ``rule`` gives full marks at 0 % and less somewhere above (投诉率不高于5%, 差错率, 批退率: a rate kept
    low, whose values are small — "1.2" there is as likely 1.2 % as 120 %, p40); ``False`` for a rate to reach
    (合格率达到95%: less than full marks at 0 %), for a rule that scores 0 % with no clause or cannot, and for none.

    >>> [keeps_rate_low(parse_rule(r)) for r in ("<=5%: W; >5%: 0", "*: W - 0.3 per 1%", ">=95%: W; <95%: 0", "[60%,100%]: W")]
    [True, True, False, False]
    """
    if rule is None:
        return False
    weight = Decimal(100)
    try:
        score = rule.scorer(weight)  # built once, asked at five values (a rule on T without one: InputError)
    except InputError:
        return False

    def below_full(x: str) -> bool:
        try:
            return score(Decimal(x)) < weight
        except InputError:  # RuleGapError too: no clause there
            return False

    try:
        full_at_zero = score(Decimal(0)) == weight
    except InputError:
        return False
    return full_at_zero and any(below_full(x) for x in ("0.05", "0.1", "0.5", "1"))


def value_on_target(v: Any, target: Target, label: str = "业绩值") -> tuple[Decimal | None, str | None]:
    """:func:`on_target_scale` of a cell's value ``v`` (``reading.model.CellValue``: its raw value, number, % format and
    number format) — the one call of collect (``verify``), validate (``checks``, ``selfeval``) on a row's 指标值;
    ``label``: the value column's name in the reason."""
    return on_target_scale(v.raw, v.number, target, percent_cell=v.is_percent_format, label=label,
                           number_format=v.number_format)


def _bare_number(raw: Any, cells: bool) -> Decimal | None:
    """The number of a 业绩值 typed as text with no unit and no "%", or (while ``cells``) a number in its cell."""
    if isinstance(raw, str):
        return _number_or_none(raw) if typed_suffix(raw) == "" else None
    if cells and isinstance(raw, int | float | Decimal) and not isinstance(raw, bool):
        return Decimal(str(raw))
    return None


def percent_text_reason(raw: Any, rule: Rule, weight: Any, unit: Any = None,
                        number_settled: bool = True) -> str | None:
    """:data:`PERCENT_TEXT_AMBIGUOUS` for a bare number typed as text in a % row (:func:`bare_percent_text`) whose
    two readings — a fraction ("0.95" → 95 %) and percent points ("0.95" → 0.95 %) — score differently on a row
    worth ``weight``; ``None`` when they agree (it is scored: "0.5" on "≥90%: 5; <90%: 0" is 0 either way) or the
    value is no such text. collect, SCORE_RANGE and the template's cached score ask it; the portable formula renders
    the same (``templates.cell_text.percent_text_first``).

    >>> percent_text_reason("0.95", parse_rule("*: prop"), 5, "%")
    '业绩值“0.95”未写“%”：该行按百分比计分，“0.95”可读作比例（乘以100%）或百分数（0.95%），两种读法得分不同，无法计分，请填写带“%”的数值'
    >>> percent_text_reason("0.5", parse_rule(">=90%: 5; <90%: 0"), 5), percent_text_reason(0.95, parse_rule("*: prop"), 5, "%")
    (None, None)

    In a row without a unit whose rule is on a fraction's scale (:func:`bare_fraction_points`, p37), a bare number
    above 1.5 whose two readings differ — :data:`FRACTION_POINTS_AMBIGUOUS` (95 beside ``>=0.9: W`` is 5 either way).

    >>> percent_text_reason(85, parse_rule(">=0.9: W; *: 0"), 5)[:33], percent_text_reason(95, parse_rule(">=0.9: W; *: 0"), 5)
    ('业绩值“85”未写“%”：该行评分标准按比例（小数）计分，“85”', None)
    """
    number = bare_percent_text(raw, rule, unit, number_settled)
    if number is not None:
        return None if _readings_agree(rule, number, weight) else PERCENT_TEXT_AMBIGUOUS.format(value=_shown(raw))
    number = bare_fraction_points(raw, rule, unit)
    if number is not None and not _readings_agree(rule, number, weight):
        return FRACTION_POINTS_AMBIGUOUS.format(value=_shown(raw))
    return None


def _readings_agree(rule: Rule, number: Decimal, weight: Any) -> bool:
    """True when ``number`` and ``number`` % (÷ 100) score alike on ``rule`` (or fail alike)."""
    scores = []
    for reading in (number, number / 100):
        try:
            scores.append(rule.score(reading, weight))
        except (InputError, RuleGapError) as e:
            scores.append(type(e).__name__)
    return scores[0] == scores[1]


#: why a bare number above :data:`POINTS_ABOVE` in a row without a unit whose rule is on a fraction's scale is not
#: scored when its two readings differ (p37: "85" under ``>=0.9: W; *: 0`` was 5 — 85 ≥ 0.9 —, read as 85 % it is 0)
FRACTION_POINTS_AMBIGUOUS = "业绩值“{value}”未写“%”：该行评分标准按比例（小数）计分，“{value}”大于1.5，可读作{value}或" \
    "百分数（{value}%），两种读法得分不同，无法计分，请填写带“%”的数值或小数"


def fraction_points_row(rule: Rule, unit: Any = None) -> bool:
    """True for a row without a unit (:func:`unitless_row`) whose rule's numbers are fractions (:func:`fraction_scale`):
    a bare number above :data:`POINTS_ABOVE` there may be percent points (p37, :func:`bare_fraction_points`). Only
    where a bound is itself a fraction (0.9, 0.1): ``>=1: 0; *: W`` ("1台设备不符合要求不得分") and ``[0,1]`` day
    bands count whole things, "2" there is 2 (the corpus's N1-1, CG7-1, BP8-3); ``*: prop`` is left as it was.

    >>> [fraction_points_row(parse_rule(r)) for r in (">=0.9: W; *: 0", ">=1: 0; *: W", "*: prop")]
    [True, False, False]
    """
    if not unitless_row(rule, unit) or not fraction_scale(rule) or rule.is_qualitative:
        return False
    return any(n != n.to_integral_value() for c in rule.clauses for n in _bounds(c.condition))


def bare_fraction_points(raw: Any, rule: Rule, unit: Any = None) -> Decimal | None:
    """The number of a 业绩值 with no unit and no "%" — a number in its cell, or text — above :data:`POINTS_ABOVE`
    in a :func:`fraction_points_row` ("85" beside ``>=0.9: W``: 85, or 85 %?), else ``None``.

    >>> bare_fraction_points("85", parse_rule(">=0.9: W; *: 0")), bare_fraction_points("0.85", parse_rule(">=0.9: W; *: 0"))
    (Decimal('85'), None)
    >>> bare_fraction_points(85, parse_rule(">=90: W; *: 0")), bare_fraction_points("85%", parse_rule(">=0.9: W; *: 0"))
    (None, None)
    """
    if isinstance(raw, bool) or not fraction_points_row(rule, unit):
        return None
    number = _bare_number(raw, True)
    return number if number is not None and abs(number) > POINTS_ABOVE else None


def typed_input_reason(raw: Any, rule: Rule, unit: Any = None, percent_target: bool = False,
                       name: Any = None, standard: Any = None, weight: Any = None,
                       number_settled: bool = True, text: Any = None, number_format: Any = None) -> str | None:
    """Why the 业绩值 typed as ``raw`` gets no score, the first reason first: a unit that is no percentage on % bands
    (:func:`unit_against_percent`, p22), a unit other than the row's ``unit`` (:func:`unit_against_row`, p24), an
    answer the rule gives no score (:func:`input_refusal`, p26, p28, p30: given the 评分标准 ``standard``), then —
    given the row's ``weight`` — a bare number typed as text whose two % readings score differently
    (:func:`percent_text_reason`, p31: a sure refusal before an ambiguity, so "-0.5" in a % row says 为负数) — the
    one order collect (``verify._percent_input``) and the template build's cached scores ask; ``None`` when it is
    scored (:func:`in_row_unit` reads it). ``text``: the 评分标准 a hand table's rule was read from (p35);
    ``number_format``: the 业绩值 cell's, where the client reads it (:func:`unit_against_row`, p36)."""
    return unit_against_percent(raw, rule, percent_target) or unit_against_row(raw, rule, unit, text, number_format) \
        or input_refusal(raw, rule, unit, name, standard) \
        or (percent_text_reason(raw, rule, weight, unit, number_settled) if weight is not None else None)


def scoring_input(value: Any, rule: Rule, unit: Any = None, name: Any = None, standard: Any = None,
                  weight: Any = None) -> Any:
    """The 业绩值 as SCORE_RANGE scores it: :func:`unit_against_row`'s reason (given the row's ``unit``, p24) or
    :func:`input_refusal`'s raised as :class:`~jixiao.errors.InputError` — given the row's ``weight``, also
    :func:`percent_text_reason`'s ("0.95" typed in a % row, p31) — else :func:`in_row_unit` (then
    :func:`on_percent_bands`, whose own reason stands for :func:`unit_against_percent`'s). collect asks the same
    in the same order (:func:`typed_input_reason`)."""
    if (why := unit_against_row(value, rule, unit) or input_refusal(value, rule, unit, name, standard)) is not None:
        raise InputError(why)
    if weight is not None and (why := percent_text_reason(value, rule, weight, unit)) is not None:
        raise InputError(why)  # "0.95" typed as text in a % row: 95 % or 0.95 %? (p31)
    return in_row_unit(value, rule, unit)


def on_percent_bands(value: Any, rule: Rule, unit: Any = None) -> Any:
    """The 业绩值 ``value`` as a rule on % bands scores it: a number above :data:`PERCENT_POINTS_ABOVE` — stored in
    the cell or read from its text ("75", "7500%" as the helper sheet reads them) — is percent points, whatever the
    cell's format (75 → 0.75); anything else as given; text typed with a unit that is no percentage ("95分") raises
    :class:`~jixiao.errors.InputError` with :func:`unit_against_percent`'s reason. A rule on the row's own 指标值
    (``T``) reads the value on the target's scale instead (:func:`on_target_scale`). collect and the UDF
    ``SCORE_RANGE`` call this; the portable template renders the same (``templates.cell_text.percent_unit_formulas``).

    A row whose ``unit`` is "%" reads its number so whatever its rule (p31: 95 in a ``*: prop`` % row is 95 %, no
    longer 9500 %, full marks).

    >>> on_percent_bands(75, parse_rule(">=80%: 5; <80%: 0")), on_percent_bands(0.75, parse_rule(">=80%: 5; <80%: 0"))
    (Decimal('0.75'), 0.75)
    >>> on_percent_bands(95, parse_rule("*: prop"), "%"), on_percent_bands(95, parse_rule("*: prop"))
    (Decimal('0.95'), 95)
    """
    if rule.uses_target or not (rule.reads_percent or scored_unit(rule, unit) == "%") or value is None \
            or isinstance(value, bool):
        return value
    if isinstance(value, str) and (is_not_applicable(value) or (rule.is_qualitative and rule.names_text(value))):
        return value  # as the engine: 缺省 and a named answer before any number
    if (why := unit_against_percent(value, rule)) is not None:
        raise InputError(why)  # "95分": no score (collect refuses the row with the same text)
    if not isinstance(value, str | int | float | Decimal):
        return value
    try:
        number = parse_number(value)
    except ValueError:
        return value  # not a number, or beyond 10^15: the engine says why
    if number is None or not percent_points(number):
        return value
    return number / 100


#: why a 业绩值 typed as text with a unit other than its row's ("150元" or "150分" in a 万元 row, "3%" in a 次 row) is
#: not scored — the one text of collect, SCORE_RANGE (given the row's unit) and the portable template's formula
#: (``{value}`` as the cell's text reads after normalisation, ``{unit}`` the typed unit with its 千/万/亿, ``{row_unit}``
#: the row's unit); reading the number in the row's unit would be a guess (p24)
UNIT_AGAINST_ROW = "单位不符：该行单位为“{row_unit}”，填的是“{value}”（单位“{unit}”），无法计分，请按“{row_unit}”填写"
#: why a 业绩值 typed as text with a unit in a row that has none ("2024年", "95万元", "3人" under ``>=90: 4``) is not
#: scored (p35): read as its number it would be 2024 ≥ 90 → 4 — which unit the rule's bounds are in is unknown.
#: ``{unit}`` the typed 千/万/亿 + unit; the one text of collect, validate, SCORE_RANGE and the portable formula
UNIT_NOT_IN_ROW = "单位不符：该行未标明单位，填的是“{value}”（单位“{unit}”），无法计分，请填写不带单位的数值"
#: why a number in a cell whose format prints a literal "%" (``0"%"``: 95 shows "95%") is not scored in a row without a
#: unit whose rule reads a percentage (p36): the cell shows a percentage ("95%" is 0.95) but holds 95
PERCENT_LITERAL_CELL = "业绩值单元格显示为“{value}”，但存的数值是{number}（格式中的“%”只是文字）：显示的百分数与存的数值不同，" \
    "无法计分，请直接填写带“%”的数值"
#: count words: a count typed with any of them in a row counted in another ("3处" in a 次 row) is the same count
COUNT_UNITS = frozenset({"次", "处", "项", "个", "件", "条", "份", "篇", "例", "人次", "家", "所", "名", "张", "笔", "台",
                         "套", "场", "批", "本", "册", "床", "间"})
#: units whose 千/万/亿 forms are exact decimal conversions of one another (p31): "1,500,000元" in a 万元 row is
#: 150 万元 — scored after converting, and said (:data:`UNIT_CONVERTED`); every other unit's 千/万/亿 stays refused
#: ("150人" in a 万人 row: :data:`UNIT_AGAINST_ROW`)
DECIMAL_UNITS = frozenset({"元"})
#: what collect says of a 业绩值 it scored after that conversion (``{number}`` in ``{row_unit}``)
UNIT_CONVERTED = "业绩值“{value}”已按十进制换算为该行单位，按{number}{row_unit}计"
#: units of a row counted in whole things (:func:`whole_count_row`): the count words, and people, households, cases
WHOLE_COUNT_UNITS = COUNT_UNITS | frozenset({"人", "户", "起", "宗"})
#: units of a 指标值 that count or measure things (p32): a negative 业绩值 beside "≥50个" or "≤0次" is no count — the
#: national default scored it 0 (or full marks) without a word. Whole counts (:data:`WHOLE_COUNT_UNITS`, 人次) and
#: lengths, areas and weights, each also after 千/万/亿 (万人, 万亩); not money (a balance, a profit may be negative),
#: nor days, months (a delay may be written as early)
NON_NEGATIVE_UNITS = WHOLE_COUNT_UNITS | frozenset({"人次", "公里", "千米", "米", "平方米", "亩", "公顷", "吨"})


#: rows whose unit converts a plain number + 百万/千万 (+元) typed as text (p44: :func:`~jixiao.numbers.million_yuan`,
#: "1.5百万元" in a 万元 row is 150); every other row refuses it (p40's hint "如“150万元”")
MILLION_ROW_UNITS = frozenset({"元", "万元", "亿元"})


def typed_number(raw: Any) -> Decimal | None:
    """``parse_number``'s reading of ``raw``, or the 元 of a plain number + 百万/千万 (+元) (p44) — only for a value
    :func:`_row_reading` put in a row of :data:`MILLION_ROW_UNITS`."""
    million = million_yuan(raw)
    return parse_number(raw) if million is None else million


def million_in_row(raw: Any, rule: Rule | None, unit: Any) -> bool:
    """True when ``raw`` is a plain number + 百万/千万 (+元) that :func:`in_row_unit` converts in this row (p44): the
    clients that read a cell's number first (validate) do not refuse it as no number.

    >>> from jixiao.rules.grammar import parse_rule
    >>> rule = parse_rule(">200: W; <=200: prop")
    >>> million_in_row("1.5百万元", rule, "万元"), million_in_row("1.5百万元", rule, "万人")
    (True, False)
    >>> million_in_row("1.5百万元", None, "万元")  # no rule: the row's unit is not scored, nothing to convert into
    False
    """
    return million_yuan(raw) is not None and _row_reading(raw, rule, unit)[1] is not None


def row_unit(unit: Any) -> str:
    """A row's unit (the spec's ``scoring.unit``) as the sheet normalises text ("" for none); "百分比" is "%"."""
    u = normalise_text(unit).replace(" ", "") if isinstance(unit, str) else ""
    return "%" if u in PERCENT_UNITS else u


def row_unit_suffixes(unit: Any) -> dict[str, int]:
    """The suffixes (千/万/亿 + unit, as :data:`TEXT_SUFFIXES`) a number typed as text may carry in a row whose unit is
    ``unit`` (not a percentage), each with the power of ten that puts ``parse_number``'s reading in the row's unit:
    "" (a bare number, in the row's unit as today) and the row's own unit ("150万元" in a 万元 row → 150); 千/万/亿
    alone when the row's unit has it ("150万" in a 万元 row is 150 万元; in a row in 千元/万元/亿元 each of them, p35:
    "1.5亿" in a 万元 row is 15000 万元 — in a 元 row 万 alone stays refused, as p31 left it); in a row counted in a
    count word, any count word ("3处" in a 次 row is 3 — the same count); in a row in 元/千元/万元/亿元 every one of them (:data:`DECIMAL_UNITS`,
    p31: "1,500,000元" in a 万元 row is 150). Every other suffix is refused (:data:`UNIT_AGAINST_ROW`): 人 in a
    万元 row, 人 in a 万人 row, 分, %, 万 in a 次 row. 日/天 and 公里/千米 name the same unit. The portable template renders this
    table (``templates.cell_text.row_unit_formulas``).

    >>> row_unit_suffixes("万元")
    {'': 0, '万元': -4, '元': -4, '千元': -4, '亿元': -4, '万': -4, '千': -4, '亿': -4}
    >>> sorted(row_unit_suffixes("次"))[:4], row_unit_suffixes("次")["次"]
    (['', '个', '人次', '件'], 0)
    """
    exp, base = unit_multiplier(row_unit(unit))
    mult = next((m for m, e in MULT_EXPONENT.items() if e == exp), "") if exp else ""
    out = {"": 0}
    if base:
        same = [u for u in UNITS if same_unit(u, base)]
        if not mult and base in COUNT_UNITS:
            same = [u for u in UNITS if u in COUNT_UNITS]
        out.update({mult + u: -exp for u in same})
        if base in DECIMAL_UNITS:  # 元/千元/万元/亿元: an exact conversion (p31) — parse_number reads each in 元
            out.update({m + base: -exp for m in ("", *MULT_EXPONENT)})
    if mult:
        out[mult] = -exp
        if base in DECIMAL_UNITS:  # "1.5亿" in a 万元 row is 1.5亿元, as "150万" is 150万元 (p35)
            out.update({m: -exp for m in MULT_EXPONENT if m != mult})
    return out


def unitless_row(rule: Rule | None, unit: Any) -> bool:
    """True for a row whose unit does not decide (:func:`scored_unit` is "": none, or text levels beside bands,
    which read no unit — the sheet and SCORE_RANGE are given that "") and whose ``rule`` scores a number on no scale
    of its own — not on the row's 指标值 (T), not on % bounds (p22 decides there), not text levels alone — so a
    unit typed with the number is one the row does not have (:func:`unitless_suffixes`, p35)."""
    return rule is not None and not scored_unit(rule, unit) and not rule.uses_target and not rule.reads_percent \
        and (not rule.is_qualitative or rule.compares_numbers)


#: a number written with a unit in a 评分标准 ("完成200万元", "每少1人"): the unit, with its 千/万/亿
_TEXT_UNIT_RE = re.compile(r"\d\s*([千万亿]?)\s*(" + "|".join(sorted(map(re.escape, UNITS), key=len, reverse=True))
                           + ")?")


def unitless_suffixes(text: Any = None, rule: Rule | None = None) -> frozenset[str]:
    """The suffixes (千/万/亿 + unit, :func:`typed_suffix`) a number typed as text may carry in a :func:`unitless_row`,
    each read as :func:`~jixiao.numbers.parse_number` reads it (p35): "" (a bare number), a count word
    (:data:`COUNT_UNITS`: "2次" is the count 2, whatever the count is of) and a percentage (%, ‰, 个百分点: "80%" is
    0.8, scored so on purpose — ``*: prop`` rows of the corpus — where the ``rule`` is on a fraction's scale,
    :func:`fraction_scale`: not "95%" under ``>=90: W``) — every other unit is refused
    (:data:`UNIT_NOT_IN_ROW`: "2024年", "95万元", "3人", "95万" under ``>=90: W``).

    ``text``: the text the row's rule was read from, for a hand table's rule read from its 评分标准 (collect's and
    validate's ``_own_rules``/``_score_by_rule``; never a template's machine rule): the Chinese reader writes
    "完成200万元" as 2 000 000 — in 元, as parse_number reads "150万元" — so each unit the text writes after a number
    is accepted with every 千/万/亿 (and 千/万/亿 alone where the text writes one after a number).

    >>> sorted(unitless_suffixes())[:4], "年" in unitless_suffixes(), "万" in unitless_suffixes()
    (['', '%', '‰', '个'], False, False)
    >>> sorted(unitless_suffixes("完成200万元及以上得满分") - unitless_suffixes())
    ['万', '万元', '亿', '亿元', '元', '千', '千元']
    """
    out = {"", *COUNT_UNITS, *(SUFFIX_EXPONENT if fraction_scale(rule) else ())}
    said = _TEXT_UNIT_RE.findall(normalise_text(text)) if isinstance(text, str) else []
    for mult, unit in said:
        if unit:
            base = unit_multiplier(mult + unit)[1]
            out.update(m + u for m in ("", *MULT_EXPONENT) for u in UNITS if same_unit(u, base))
        if mult:
            out.update(MULT_EXPONENT)
    return frozenset(out)


def converted_note(raw: Any, rule: Rule | None, unit: Any) -> str | None:
    """:data:`UNIT_CONVERTED` when the 业绩值 ``raw`` is typed in another unit of the row's :data:`DECIMAL_UNITS`
    family and scored after the exact conversion (p31: "1,500,000元" in a 万元 row is scored as 150 万元); ``None``
    when it is typed in the row's own unit (or 万 alone in a 万元 row), not typed as text, or refused.

    >>> converted_note("1,500,000元", parse_rule(">200: 5; <=200: prop"), "万元")
    '业绩值“1,500,000元”已按十进制换算为该行单位，按150万元计'
    >>> converted_note("150万元", parse_rule(">200: 5; <=200: prop"), "万元") is None
    True
    """
    why, exponent = _row_reading(raw, rule, unit)
    if why is not None or exponent is None:
        return None
    u = scored_unit(rule, unit)
    suffix = typed_suffix(raw)
    exp, base = unit_multiplier(u)
    own = (u, next((m for m, e in MULT_EXPONENT.items() if e == exp), None))
    if base not in DECIMAL_UNITS or suffix is not None and suffix in own:  # None: "1.5百万元" (p44), converted
        return None
    number = typed_number(raw)
    assert number is not None
    return UNIT_CONVERTED.format(value=_shown(raw), number=fmt_decimal(number * Decimal(10) ** exponent), row_unit=u)


#: why a hand table's row is not scored when its 度量单位 cell and the unit its header prints disagree (p31)
UNIT_AGAINST_HEADER = "单位矛盾：该行度量单位为“{own}”，表头标明的单位为“{header}”，无法确定业绩值的单位，无法计分，请统一单位"


def table_row_unit(own: Any, header: Any) -> tuple[str, str | None]:
    """(the unit a hand table's row is read in, the reason it is not scored) from the row's own 度量单位 cell ``own``
    and the unit printed in the table's header over the 业绩值 (or 指标值) column ``header`` ("实际完成值（万元）",
    p31): the row's own unit where it has one, else the header's; a row whose own unit is another than the header's
    (万元 vs 元, % vs 个) — :data:`UNIT_AGAINST_HEADER`, naming both: which one the number is in is a guess. The
    same unit twice (百分比 and %, 日 and 天, two count words — p24's one count) is no contradiction.

    >>> table_row_unit(None, "万元"), table_row_unit("万元", "万元"), table_row_unit("项", "个")
    (('万元', None), ('万元', None), ('项', None))
    >>> table_row_unit("元", "万元")[1]
    '单位矛盾：该行度量单位为“元”，表头标明的单位为“万元”，无法确定业绩值的单位，无法计分，请统一单位'
    """
    mine, theirs = row_unit(own), row_unit(header)
    if not mine or not theirs or same_unit(mine, theirs) or {mine, theirs} <= COUNT_UNITS:
        return mine or theirs, None
    return mine, UNIT_AGAINST_HEADER.format(own=mine, header=theirs)


def table_unit_decision(own: Any, header: Any, rule: Rule | None) -> tuple[str, str | None]:
    """(the unit a hand table's row is read in, the reason it is not scored) — the one decision collect
    (``verify._own_rules``) and validate (``validation.checks``) ask: the row's own 度量单位 text ``own``, else the
    unit its header prints ``header`` (:func:`table_row_unit`); the two disagreeing refuse the row only where the
    unit decides how its ``rule`` reads the 业绩值 (:func:`scored_unit` of the header's unit: not for rules on T,
    text levels, or % bands under a unit that is no percentage) — the row is then not scored whatever the value.

    >>> table_unit_decision("元", "万元", parse_rule(">200: 5; <=200: prop"))[1]
    '单位矛盾：该行度量单位为“元”，表头标明的单位为“万元”，无法确定业绩值的单位，无法计分，请统一单位'
    >>> table_unit_decision("元", "万元", parse_rule(">=T: W; <T: 0")), table_unit_decision(None, "%", None)
    (('元', None), ('%', None))
    """
    unit, why = table_row_unit(own, header)
    return unit, (why if why is not None and scored_unit(rule, header) else None)


def rule_scale_exponent(text: Any, unit: Any) -> int:
    """The power of ten that puts a hand table's 业绩值, read in its row's ``unit`` (:func:`table_row_unit`), on the
    scale of a rule read from the 评分标准 ``text`` (p31): the Chinese reader writes "达到200万元得满分" as
    ``>=2000000`` — in 元 — so in a 万元 row (a 度量单位 or a header "完成值（万元）") 150 is 150 万元 = 1 500 000 on the
    rule's scale (4); a text that writes its bounds without the unit ("达到200得满分") is in the row's unit (0), as is
    every row whose unit has no 千/万/亿.

    >>> rule_scale_exponent("达到200万元得满分，低于200万元按比例得分", "万元"), rule_scale_exponent("达到200得满分", "万元")
    (4, 0)
    """
    exp, base = unit_multiplier(row_unit(unit))
    if not exp or not base or not isinstance(text, str):
        return 0
    said = re.search(r"\d\s*(?:[千万亿]|" + re.escape(base) + ")", normalise_text(text))
    return exp if said else 0


def on_rule_scale(value: Any, exponent: int) -> Any:
    """A 业绩值 read in its row's unit (a number) times 10^``exponent`` (:func:`rule_scale_exponent`); else as given."""
    if not exponent or isinstance(value, bool) or not isinstance(value, int | float | Decimal):
        return value
    return Decimal(str(value)) * Decimal(10) ** exponent


def scored_unit(rule: Rule | None, unit: Any) -> str:
    """The row's unit (:func:`row_unit`) where it decides how a 业绩值 typed as text is read (p24); "" where it does not:
    no unit, rules on the row's own 指标值 (T: :func:`on_target_scale` decides) or on text answers, and rules on %
    bounds in a row whose unit is no percentage (p22's :func:`unit_against_percent` decides alone)."""
    u = row_unit(unit)
    if rule is None or rule.uses_target or rule.is_qualitative or (rule.reads_percent and u != "%"):
        return ""
    return u


def unit_against_row(raw: Any, rule: Rule | None, unit: Any, text: Any = None,
                     number_format: Any = None) -> str | None:
    """Why the 业绩值 ``raw`` is not scored in a row whose unit is ``unit`` (the spec's ``scoring.unit``): typed as text
    with a unit that is not the row's (:func:`row_unit_suffixes`; in a % row :func:`percent_unit_reason`, p22's text,
    whatever the rule) — :data:`UNIT_AGAINST_ROW`; ``None`` for a number, a bare number typed as text, the row's own
    unit, text that is no number (the engine says why), and where the unit does not decide (:func:`scored_unit`).
    In a row without a unit (:func:`unitless_row`), a unit :func:`unitless_suffixes` does not accept (given the
    ``text`` a hand table's rule was read from) — :data:`UNIT_NOT_IN_ROW` (p35); there a number in a cell whose
    ``number_format`` prints a "%" (collect and validate read it; the sheet cannot) is read as the text it shows
    (:func:`~jixiao.numbers.percent_shown`, p36): 0.95 in a "0%" cell is the typed "95%", refused under ``>=90: W``
    and 0.95 under ``*: prop`` (:func:`fraction_scale`); a literal "%" (``0"%"``: 95 shows "95%") is refused
    (:data:`PERCENT_LITERAL_CELL` where the "%" would be read).

    >>> unit_against_row("150万人", parse_rule(">200: 5; <=200: prop"), "万元")
    '单位不符：该行单位为“万元”，填的是“150万人”（单位“万人”），无法计分，请按“万元”填写'
    >>> unit_against_row("150万元", parse_rule(">200: 5; <=200: prop"), "万元"), unit_against_row("150元", None, "万元")
    (None, None)
    >>> unit_against_row("95分", parse_rule("*: prop"), "%")
    '单位不符：该行按百分比计分，填的是“95分”（单位“分”），无法计分，请改填百分比'
    >>> unit_against_row(0.95, parse_rule(">=90: W; *: 0"), None, number_format="0%")
    '单位不符：该行未标明单位，填的是“95%”（单位“%”），无法计分，请填写不带单位的数值'
    >>> unit_against_row(0.95, parse_rule("*: prop"), None, number_format="0%") is None
    True
    """
    return _row_reading(raw, rule, unit, text, number_format)[0]


def _row_reading(raw: Any, rule: Rule | None, unit: Any, text: Any = None,
                 number_format: Any = None) -> tuple[str | None, int | None]:
    """(:func:`unit_against_row`'s reason, the power of ten that puts ``raw``'s number in the row's unit when it is
    typed with a unit the row accepts — ``None`` when ``raw`` is read as it is: no unit typed, a number, a row whose
    unit does not decide): the one pass over the typed unit :func:`unit_against_row` and :func:`in_row_unit` share."""
    u = scored_unit(rule, unit)
    if (words := unit_shown(raw, number_format)) is not None:  # p39: 150 in a #,##0"元" cell shows "150元": as typed
        return shown_unit_reason(raw, rule, unit, text, words), None
    if not u and unitless_row(rule, unit):
        if isinstance(raw, str):  # "2024年" under ">=90: 4" (p35)
            suffix = typed_suffix(raw)
            if suffix and suffix not in unitless_suffixes(text, rule):
                return UNIT_NOT_IN_ROW.format(value=_shown(raw), unit=suffix), None
        elif (shown := percent_shown(raw, number_format)) is not None:  # 0.95 shown "95%" (p36): as typed "95%"
            if "%" not in unitless_suffixes(text, rule):
                return UNIT_NOT_IN_ROW.format(value=shown, unit="%"), None
            if not shows_percent(number_format):  # 95 in a 0"%" cell shows "95%", which reads 0.95
                return PERCENT_LITERAL_CELL.format(value=shown, number=_shown(raw)), None
        return None, None
    if u and (shown := percent_shown(raw, number_format)) is not None:  # p39: a number shown "…%" in a row with a unit
        return shown_percent_reason(raw, rule, u, shown, number_format), None
    if not u or not isinstance(raw, str):
        return None, None
    if u == "%":
        return percent_unit_reason(raw), None
    suffix = typed_suffix(raw)
    if suffix is None and u in MILLION_ROW_UNITS and million_yuan(raw) is not None:  # "1.5百万元" in a 万元 row (p44)
        return None, -unit_multiplier(u)[0]
    if not suffix:  # no number (the engine says why), or a bare number: in the row's unit
        return None, None
    exponents = row_unit_suffixes(u)
    if suffix in exponents:
        return None, exponents[suffix]
    return UNIT_AGAINST_ROW.format(row_unit=u, value=_shown(raw), unit=suffix), None


def shown_unit_reason(raw: Any, rule: Rule | None, unit: Any, text: Any, shown: str) -> str | None:
    """Why a number the cell shows with a word after it (``shown``: :func:`~jixiao.numbers.unit_shown`, 150 in a
    ``#,##0"元"`` cell is "150元") is not scored (p39): the typed text ``shown``'s reason (another unit than the row's,
    a unit in a row without one), or — where the shown unit is the row's in another size ("150元" in a 万元 row: the
    cell shows 150 元, the row reads the number as 150 万元) — :data:`UNIT_AGAINST_ROW`; ``None`` when the shown text
    reads as the number held ("150万元" in a 万元 row, "25天" in a 天 row).

    >>> shown_unit_reason(150, parse_rule(">200: 5; <=200: prop"), "万元", None, "150元")
    '单位不符：该行单位为“万元”，填的是“150元”（单位“元”），无法计分，请按“万元”填写'
    >>> shown_unit_reason(150, parse_rule(">200: 5; <=200: prop"), "万元", None, "150万元") is None
    True
    """
    why, exponent = _row_reading(shown, rule, unit, text)
    u = scored_unit(rule, unit)
    if why is not None or exponent is None or not u:
        return why
    number = parse_number(shown)
    if number is not None and number.scaleb(exponent) != Decimal(str(raw)):
        return UNIT_AGAINST_ROW.format(row_unit=u, value=shown, unit=typed_suffix(shown))
    return None


def shown_percent_reason(raw: Any, rule: Rule | None, unit: str, shown: str, number_format: Any) -> str | None:
    """Why a number the cell shows as ``shown`` ("…%", :func:`~jixiao.numbers.percent_shown`) is not scored in a row
    whose unit is ``unit`` (p39; p36 decided the rows without a unit): in a row in another unit it is the typed text
    ``shown`` — 0.25 in a "0%" cell of a 天 row is "25%" (:data:`UNIT_AGAINST_ROW`, as typed; read as 0.25 天 it got
    full marks under ``<=30: W``); in a % row a real percentage format is what the row reads (0.95 → 95 %), but a
    literal "%" (``0\\%``, ``0.00"%"``) whose shown percentage is not the row's reading of the number held (0.95 shows
    "0.95%", the row reads 95 %) is refused with :data:`PERCENT_LITERAL_CELL` — 95 showing "95.00%" agrees and is
    scored. The sheet and SCORE_RANGE see no format (p38).

    >>> shown_percent_reason(0.25, parse_rule("<=30: 5; *: 0"), "天", "25%", "0%")
    '单位不符：该行单位为“天”，填的是“25%”（单位“%”），无法计分，请按“天”填写'
    >>> shown_percent_reason(0.95, parse_rule("*: prop"), "%", "0.95%", "0\\\\%") == PERCENT_LITERAL_CELL.format(
    ...     value="0.95%", number="0.95")
    True
    >>> shown_percent_reason(95, parse_rule("*: prop"), "%", "95%", '0.00"%"'), shown_percent_reason(0.95, None, "%", "95%", "0%")
    (None, None)
    """
    if unit != "%":
        return UNIT_AGAINST_ROW.format(row_unit=unit, value=shown, unit="%")
    if shows_percent(number_format) or rule is None:
        return None
    held = on_percent_bands(raw, rule, unit)
    if parse_number(shown) == Decimal(str(held)):
        return None
    return PERCENT_LITERAL_CELL.format(value=shown, number=_shown(raw))


def typed_suffix(raw: str) -> str | None:
    """千/万/亿 + unit of a number typed as text ("150万元" → "万元", "150" → ""); ``None`` for text that is no number
    (or beyond 10^15)."""
    try:
        if parse_number(raw) is None:
            return None
    except ValueError:
        return None
    mult, unit = typed_unit(raw) or ("", "")
    return mult + unit


def in_row_unit(value: Any, rule: Rule, unit: Any, raw: Any = None, text: Any = None) -> Any:
    """The 业绩值 ``value`` as a rule scores it in a row whose unit is ``unit`` (p24), then on % bands
    (:func:`on_percent_bands`): text typed with the row's own unit is its number in that unit ("150万元" in a 万元 row
    → 150, "3次" in a 次 row → 3); another unit raises :class:`~jixiao.errors.InputError` with
    :func:`unit_against_row`'s reason; numbers, bare numbers and rows without a unit as before. collect, the build's
    cached scores and ``SCORE_RANGE`` (given the unit) call this; the portable template renders the same
    (``templates.cell_text.row_unit_formulas``). ``raw``: the cell as typed when ``value`` is already its reading
    (collect reads "150万元" as 1500000 first); ``text``: the 评分标准 a hand table's rule was read from
    (:func:`unitless_suffixes`).

    >>> in_row_unit("150万元", parse_rule(">200: 5; <=200: prop"), "万元"), in_row_unit(150, parse_rule("*: prop"), "万元")
    (Decimal('150'), 150)
    """
    typed = value if raw is None else raw
    why, exponent = _row_reading(typed, rule, unit, text)
    if why is not None:
        raise InputError(why)
    if exponent is not None:  # the row's own unit ("150万元" in a 万元 row, "3次" in a 次 row): its number in that unit
        number = typed_number(typed)
        assert number is not None
        value = number / Decimal(10) ** -exponent
    return on_percent_bands(value, rule, unit)


#: every suffix a number typed as text may carry, as :func:`~jixiao.numbers.typed_unit` reads it: an optional
#: 千/万/亿, then an optional unit (%, ‰, 个百分点, 元, 人, …)
TEXT_SUFFIXES: tuple[str, ...] = tuple(m + u for m in ("", *MULT_EXPONENT) for u in ("", *SUFFIX_EXPONENT, *UNITS))
#: a plain number typed as text up to this size beside a percent target may be a fraction or percent points
AMBIGUOUS_UP_TO = POINTS_ABOVE


@dataclass(frozen=True)
class TextScale:
    """How :func:`on_target_scale` puts a number typed as text with ``suffix`` on a target's scale: the power of
    ten ``shift`` applied to :func:`~jixiao.numbers.parse_number`'s reading ("95万元" → 950000, beside "≤90万元":
    shift −4 → 95), ``None`` when the suffix is refused (a unit of another kind); ``small_refused``: a reading
    0 < |x| ≤ :data:`AMBIGUOUS_UP_TO` is refused too ("1" beside "≤3%": 1% or 100%?)."""

    shift: int | None
    small_refused: bool = False


def text_scales(target: Target) -> dict[str, TextScale]:
    """:func:`on_target_scale` for text, per suffix (:data:`TEXT_SUFFIXES`) — what the template's formula renders.

    Read off :func:`on_target_scale` itself (a number typed with each suffix, "7万元" and "1万元"), so the sheet and
    validate/collect cannot differ on which texts are scored and on which scale: the conversion is a power of ten
    for every suffix (千/万/亿, %, ‰, 个百分点), and only the size test of a plain number beside a percent target
    depends on the number.

    >>> s = text_scales(parse_target("≤90万元"))
    >>> s["万元"], s["元"], s[""], s["人"]
    (TextScale(shift=-4, small_refused=False), TextScale(shift=-4, small_refused=False), TextScale(shift=0, small_refused=False), TextScale(shift=None, small_refused=False))
    >>> text_scales(parse_target("≥95%"))[""]
    TextScale(shift=-2, small_refused=True)
    """
    out = {}
    for suffix in TEXT_SUFFIXES:
        shift = _shift(f"7{suffix}", target)
        small = shift is not None and _shift(f"1{suffix}", target) is None
        out[suffix] = TextScale(shift, small)
    return out


def _shift(text: str, target: Target) -> int | None:
    number = parse_number(text)
    assert number is not None
    x = on_target_scale(text, number, target)[0]
    if x is None:
        return None
    ratio = (x / number).normalize()
    sign, digits, exponent = ratio.as_tuple()
    assert not sign and digits == (1,) and isinstance(exponent, int), (text, target, ratio)  # a power of ten
    return exponent
