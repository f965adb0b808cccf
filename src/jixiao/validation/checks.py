"""One function per family of checks; each yields :class:`Finding` values.

Checks work on a :class:`~jixiao.reading.ScoringTable` (any 评分表 in the
published layout, typed by hand or made from our templates). Indicator rows
without 分值 and 得分 directly under an indicator are its sub-rows (checklist
items ①②③, or the amounts 实际支出/预算数 of a ratio).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from typing import Any

from jixiao.errors import InputError, RuleGapError, RuleSyntaxError
from jixiao.grading import NOT_GRADED, SCHEME_NOTE_LEAD, grade_withheld, scheme_text
from jixiao.grading import grade as core_grade
from jixiao.numbers import parse_number
from jixiao.ratios import exec_rate
from jixiao.reading.model import CellValue, IndicatorRow, ScoringTable
from jixiao.reading.statements import read_scheme
from jixiao.rules.chinese import read_rule_text
from jixiao.rules.chinese.normalise import (
    cn_to_int,  # the reader's numeral parser: 两 → 2, 十二 → 12
)
from jixiao.rules.grammar import parse_rule
from jixiao.rules.model import (
    HUNDRED,
    ONE,
    ZERO,
    Any_,
    Compare,
    Interval,
    Linear,
    Points,
    Rule,
    TargetRef,
    Text,
    fmt_decimal,
)
from jixiao.rules.target import (
    answers_levels,
    converted_note,
    hand_number_settled,
    in_row_unit,
    input_refusal,
    million_in_row,
    negative_on_target_reason,
    on_rule_scale,
    parse_target,
    percent_points,
    percent_text_reason,
    printed_start_reason,
    row_unit,
    rule_scale_exponent,
    scored_unit,
    table_unit_decision,
    unit_against_row,
    value_on_target,
)
from jixiao.validation.findings import Finding, finding

SCORE_TOL = Decimal("0.005")
GATE_WORDS = "此指标不得分"
RATE_TOL = Decimal("0.0001")  # ratios are printed with 2 decimals of a percent
#: 满分 of a table made from no template (a template's spec states its own ``full``)
FULL_MARKS = HUNDRED
ALT_SCHEME = "90:好;80:较好;60:一般;0:差"

_NUMERATOR_WORDS = ("实际支出", "支出数", "执行数", "决算", "实际", "到位", "完成数", "实际完成")
_DENOMINATOR_WORDS = ("预算数", "预算", "计划", "应", "下达", "目标数")
_CARRY_WORDS = ("结转", "结余", "上年")
_RATIO_TEXT = re.compile(
    r"(?P<a>\d[\d,]*(?:\.\d+)?)\s*(?:万元|元|万)?\s*[/÷]\s*(?P<b>\d[\d,]*(?:\.\d+)?)\s*(?:万元|元|万)?"
    r"\s*[=＝≈]\s*(?P<c>\d+(?:\.\d+)?)\s*%"
)


@dataclass
class Item:
    """An indicator row plus its sub-rows."""

    main: IndicatorRow
    subs: list[IndicatorRow] = field(default_factory=list)
    #: a self-evaluation row (scored against its own target by jixiao.validation.selfeval)
    selfeval: bool = False


def _has(cv: CellValue | None) -> bool:
    return cv is not None and not cv.is_blank


def _marked_empty(cv: CellValue | None) -> bool:
    """The cell prints a "nothing here" mark ("——", "/", "-"): not blank, not a number, not an error."""
    return cv is not None and cv.is_marked_empty


def group_items(table: ScoringTable) -> list[Item]:
    """Indicator rows with their sub-rows (rows with neither 分值 nor 得分).

    A row whose 分值 and 得分 both print a "nothing here" mark ("生态效益 | —— | ——"), or whose 分值 prints one over
    a blank 得分, is left out: the table itself says the indicator does not apply (not 未填写, not 0, not in any sum).
    """
    items: list[Item] = []
    # a self-evaluation row states its own target and actual: never an amount sub-row
    selfeval = "target" in table.columns and "value" in table.columns and (
        table.budget is not None or "nature" in table.columns)
    for r in table.rows:
        if r.without_points:
            # 分值 and 得分 both printed "——" (or "/"): the table says the row does not apply; so does a 分值 "—" over
            # a blank 得分 (the 一票否决 lines of 脱贫销号核查表 were reported as 得分未填写 and left the 总分 unchecked, p25)
            continue
        is_sub = not _has(r.weight) and not _has(r.score) and items and (
            not selfeval or (r.name or "").lstrip().startswith("其中"))
        if is_sub:
            items[-1].subs.append(r)
        else:
            items.append(Item(r, selfeval=selfeval))
    return items


def d(x: Decimal) -> str:
    """Display a Decimal with at most 2 decimals (scores)."""
    try:
        return fmt_decimal(x.quantize(Decimal("0.01")) if x == x else x)
    except InvalidOperation:  # too many digits to round (a typo such as 1e26)
        return fmt_decimal(x)


def pct(x: Decimal) -> str:
    try:
        return f"{(x * HUNDRED).quantize(Decimal('0.01'))}%"
    except InvalidOperation:
        return f"{fmt_decimal(x * HUNDRED)}%"


def _label(r: IndicatorRow) -> str:
    name = r.name or "（无名称）"
    return f"“{name}”"


# ---------------------------------------------------------------------------
# scores
# ---------------------------------------------------------------------------


def weight_unreadable(m: IndicatorRow) -> bool:
    """True when the row's 分值 cell holds something that is no weight ("三十", "/", -5, #REF!) while the row is
    scored: its 得分 cannot be checked, nor counted in a 核定 total. A row whose 分值 and 得分 both print a
    "nothing here" mark never gets here (:func:`group_items` leaves it out)."""
    w, s = m.weight, m.score
    if w is None or w.is_blank or w.number is not None:
        return False
    return not (_marked_empty(w) and not _has(s))


def check_scores(sheet: str, items: list[Item]) -> Iterator[Finding]:
    for it in items:
        m = it.main
        s, w = m.score, m.weight
        if weight_unreadable(m):
            said = f"无法使用（{w.error}）" if w.error else "不是数字"  # type: ignore[union-attr]
            yield finding("weight-not-number", sheet, w.ref,  # type: ignore[union-attr]
                          f"{w.ref}：指标{_label(m)}的分值“{w.raw}”{said}，该行得分无法核对",  # type: ignore[union-attr]
                          actual=str(w.raw))  # type: ignore[union-attr]
        if s is None:
            continue
        weight = w.number if w is not None else None
        if s.is_blank:
            if weight is not None:
                yield finding("score-missing", sheet, s.ref,
                              f"{s.ref}：指标{_label(m)}有分值 {d(weight)} 但未填写得分",
                              expected=f"0～{d(weight)}", actual="（空）")
            elif m.level3 or m.kind == "budget":  # unknown, not 0: say so
                yield finding("score-missing", sheet, s.ref,
                              f"{s.ref}：指标{_label(m)}未填写得分（按未填写处理，不计为0分）",
                              actual="（空）")
            continue
        if s.number is None:
            raw = str(s.raw)
            if raw.startswith("#JIXIAO!"):
                yield finding("udf-error", sheet, s.ref,
                              f"{s.ref}：指标{_label(m)}的计分函数报错：{raw[9:]}", actual=raw)
            else:
                said = s.error if s.error and s.error.endswith(("不是数字", "日期格式")) else f"“{raw}”不是数字"
                yield finding("score-not-number", sheet, s.ref,
                              f"{s.ref}：指标{_label(m)}的得分{said}", actual=raw)
            continue
        if weight is not None and (s.number > weight or s.number < 0):
            yield finding("score-over-weight", sheet, s.ref,
                          f"{s.ref}：指标{_label(m)}得分 {d(s.number)} 超出 0～{d(weight)}",
                          expected=f"0～{d(weight)}", actual=d(s.number))
        rate = m.rate
        if rate is not None and rate.number is not None and weight:
            expected = s.number / weight
            stated = rate.number
            if abs(stated - expected) > RATE_TOL and abs(stated - expected * HUNDRED) > RATE_TOL * 100:
                yield finding("score-rate-mismatch", sheet, rate.ref,
                              f"{rate.ref}：指标{_label(m)}得分率 {pct(stated)} ≠ 得分÷分值 "
                              f"{d(s.number)}÷{d(weight)} = {pct(expected)}",
                              expected=pct(expected), actual=pct(stated))


# ---------------------------------------------------------------------------
# rules
# ---------------------------------------------------------------------------


@lru_cache(maxsize=4096)
def _reading(text: str, weight: Any, context: Any) -> Any:
    """:func:`~jixiao.rules.chinese.read_rule_text` of one 评分标准, kept per process (p36): validate and collect
    read each row's text (twice per return), and a batch of returns of one hand table repeats them — the reading
    was 90 % of collect's time on hand tables (bench_collect --hand). The reader is a function of its arguments
    (the text, the 分值, the "下同" context: a frozen value) and no caller changes a reading. Every argument is a
    value (p38 removed a TypeError fallback for unhashable ones): the text is the cell's ``str``, the 分值 a
    ``Decimal`` or ``None``, the context ``None`` or a reading's ``context_out`` — a frozen ``ReadingContext`` of two
    strings, built only in the reader."""
    return read_rule_text(text, weight, context)


def row_rule(m: IndicatorRow, context: Any) -> tuple[Rule | None, str, Any, Any]:
    """(rule, where it came from, reading, new context) for an indicator row."""
    weight = m.weight.number if m.weight is not None else None
    if m.rule and m.rule.strip():
        try:
            return parse_rule(m.rule), "计分规则", None, context
        except RuleSyntaxError as e:
            return None, f"计分规则有误：{e.message_zh}", None, context
    if m.standard:
        reading = _reading(m.standard, weight, context)
        if reading.rule is not None and reading.ok:
            return reading.rule, "评分标准", reading, reading.context_out
        return None, "评分标准", reading, reading.context_out
    return None, "", None, context


def _answers_rule(rule: Rule, v: CellValue) -> bool:
    """:func:`jixiao.rules.target.answers_levels` on the cell's text and number."""
    return answers_levels(rule, str(v.raw), v.number)


def rule_scores_value(rule: Rule, v: CellValue) -> bool:
    """True when ``rule`` can score the 业绩值 ``v`` — the one decision validate and collect share. A rule of text
    levels only ("达到得满分，否则不得分" → ``"达到": W; *: 0``) scores its levels' names and their negations, not a
    number (96.87% typed beside "≥95%") nor a description ("已完成"): its 否则 would give those 0, a wrong score."""
    if v.is_not_applicable or not rule.is_qualitative:
        return True
    return _answers_rule(rule, v)


def _value_for_rule(v: CellValue, rule: Rule) -> Any:
    if isinstance(v.raw, str) and (rule.is_qualitative or v.is_not_applicable):
        return v.raw
    return v.number if v.number is not None else v.raw


#: what the core's refusal of a 业绩值 is given (:func:`refused_input`): the row's unit, name and 评分标准
RowFacts = tuple[Any, Any, Any]


def check_rules(sheet: str, items: list[Item], issued: dict[int, RowFacts] | None = None) -> Iterator[Finding]:
    """``issued``: for a return of our template, each row's (unit, name, 评分标准) as issued, by sheet row (the sheet
    shows no unit of a rule row; a row not there — the spec not found — is asked by its name alone); ``None`` for a
    hand table (its own 度量单位, name and 评分标准)."""
    from jixiao.validation.selfeval import qualitative_default, stated_default_checked

    context = None
    for it in items:
        m = it.main
        if m.kind == "budget" or stated_default_checked(m) \
                or (it.selfeval and not m.rule and (not m.standard or qualitative_default(m.standard))):
            continue  # checked by jixiao.validation.selfeval (target-relative default)
        w = m.weight.number if m.weight is not None else None
        rule, source, reading, context = row_rule(m, context)
        where = m.rule_ref if source == "计分规则" else (m.standard_ref or (m.score.ref if m.score else ""))
        if rule is None:
            yield from _checklist_or_unreadable(sheet, it, reading, source, where or "")
            yield from _typed_score_not_comparable(sheet, m)
            continue
        yield from _ambiguities(sheet, m, reading, where or "")
        if w is not None:
            top = rule.max_points(w)
            if top != w:
                verb = "最多只能得" if top < w else "最高可得"
                yield finding("rule-max-weight", sheet, where or "",
                              f"{where}：指标{_label(m)}按{source}{verb} {d(top)} 分，但分值为 {d(w)} 分",
                              expected=d(w), actual=d(top))
        facts = _row_facts(m, rule) if issued is None else issued.get(m.row, (None, m.name, None))
        yield from _score_by_rule(sheet, m, rule, w, source, facts, issued is not None)


def _ambiguities(sheet: str, m: IndicatorRow, reading: Any, where: str) -> Iterator[Finding]:
    """`rule-ambiguous`: the 评分标准 has two readings; the score used the documented one."""
    for w in getattr(reading, "warnings", None) or []:
        yield finding("rule-ambiguous", sheet, where, f"{where}：指标{_label(m)}的评分标准有歧义：{w}")


def _checklist_or_unreadable(sheet: str, it: Item, reading: Any, source: str,
                             where: str) -> Iterator[Finding]:
    m = it.main
    w = m.weight.number if m.weight is not None else None
    sub_rules = [(s, parse_rule(s.rule)) for s in it.subs if s.rule and _parses(s.rule)]
    if sub_rules:  # our templates: checklist items ①②③ each with a rule
        yield from _checklist_by_items(sheet, m, w, sub_rules)
        return
    if reading is not None and reading.kind == "checklist" and reading.items and w is not None:
        total = sum((i.points for i in reading.items), ZERO)
        if total != w:
            verb = "最多只能得" if total < w else "合计"
            yield finding("rule-max-weight", sheet, where,
                          f"{where}：指标{_label(m)}的评分标准各项{verb} {d(total)} 分，但分值为 {d(w)} 分",
                          expected=d(w), actual=d(total))
        if total >= w:  # items that cannot reach the 分值: the warning says the reading is in doubt
            yield from _checklist_total(sheet, m, reading.items, w, where)
        return
    if m.score is None or m.weight is None:
        return
    if source.startswith("计分规则有误"):
        msg = f"{m.rule_ref}：指标{_label(m)}的{source}；得分只做范围检查"
    elif reading is not None and reading.kind == "judgement":
        msg = f"{where}：指标{_label(m)}为酌情评分，得分只做范围检查"
    elif reading is not None:
        unread = "；".join(reading.unread)[:60]
        msg = f"{where}：未能读懂指标{_label(m)}的评分标准" + (f"（“{unread}”）" if unread else "") + \
              "，得分只做范围检查"
    else:
        msg = f"{where}：指标{_label(m)}没有计分规则，得分只做范围检查"
    yield finding("rule-unreadable", sheet, where or m.score.ref, msg)


#: at most this many reachable totals are listed in a message (more: the items' points are named instead)
_LISTED_TOTALS = 12


def _checklist_total(sheet: str, m: IndicatorRow, items: list[Any], w: Decimal, where: str) -> Iterator[Finding]:
    """A checklist row of a hand-made table: the bureau types its 得分 only, not each item (our templates ask the
    items: :func:`_checklist_by_items`). Each item is met (its points) or not (0), the sum capped at the 分值, so
    the 得分 must be a total the items can add up to — which items were met cannot be known, so a reachable total
    raises nothing. Items with rules of their own (partial points) leave the 得分 to the range check, said so."""
    s = m.score
    if s is None or s.number is None or not ZERO <= s.number <= w:
        return  # blank, text or out of range: check_scores reports it
    if any(i.rule is not None for i in items):
        ref = where or s.ref
        yield finding("rule-unreadable", sheet, ref,
                      f"{ref}：指标{_label(m)}的分项自带计分规则（可得部分分），表中未逐项填写，得分只做范围检查")
        return
    sums = {ZERO}
    for item in items:
        sums |= {x + item.points for x in sums}
    reachable = sorted({min(x, w) for x in sums})
    if any(abs(s.number - x) <= SCORE_TOL for x in reachable):
        return
    points = "、".join(d(i.points) for i in items)
    shown = "、".join(d(x) for x in reachable) if len(reachable) <= _LISTED_TOTALS else "各分项分值之和"
    yield finding("score-mismatch", sheet, s.ref,
                  f"{s.ref}：指标{_label(m)}得分 {d(s.number)} 不是评分标准各分项（{points} 分，每项达到得该项分、"
                  f"未达到不得分）能合计出的分数；可得 {shown}",
                  expected=shown, actual=d(s.number))


def _parses(text: str) -> bool:
    try:
        parse_rule(text)
    except RuleSyntaxError:
        return False
    return True


def _checklist_by_items(sheet: str, m: IndicatorRow, w: Decimal | None,
                        sub_rules: list[tuple[IndicatorRow, Rule]]) -> Iterator[Finding]:
    # item rules are written with absolute points ("是": 2; *: 0)
    top = sum((r.max_points(ZERO) for _, r in sub_rules), ZERO)
    if w is not None and top != w:
        yield finding("rule-max-weight", sheet, m.score.ref if m.score else "",
                      f"指标{_label(m)}各分项合计 {d(top)} 分，但分值为 {d(w)} 分",
                      expected=d(w), actual=d(top))
    if m.score is None or m.score.number is None:
        return
    total = ZERO
    gate_failed = False
    for sub, rule in sub_rules:
        if sub.value is None or sub.value.is_blank:
            return  # not all items answered: nothing to compare
        got = rule.score(sub.value.raw, rule.max_points(ZERO))
        total += got
        # a gate item (满足①…否则此指标不得分): not met → the whole indicator scores 0
        if got == 0 and GATE_WORDS in (sub.standard or ""):
            gate_failed = True
    expected = ZERO if gate_failed else (min(total, w) if w is not None else total)
    if abs(expected - m.score.number) > SCORE_TOL:
        yield finding("score-mismatch", sheet, m.score.ref,
                      f"{m.score.ref}：指标{_label(m)}得分 {d(m.score.number)} 与各分项之和 "
                      f"{d(expected)} 不符", expected=d(expected), actual=d(m.score.number))


def level_scores(rule: Rule, w: Decimal) -> list[Decimal] | None:
    """The scores a rule of named levels can give on a row worth ``w`` — every clause a text level (or ``*``)
    with fixed points — when it names two scores at least (a pass and a fail: "未落实的不得分" reads
    ``"符合": W; "落实": W; "未落实": 0; "不符合": 0``); ``None`` for any other rule, and for a rule that only
    writes the case that scores (the others' scores are not written: a judge's partial score is not called
    wrong)."""
    if not rule.is_qualitative or rule.round_places is not None:
        return None
    out: set[Decimal] = set()
    for c in rule.clauses:
        if not isinstance(c.condition, Text | Any_) or not isinstance(c.outcome, Points):
            return None
        out.add(min(max(c.outcome.amount.points(w), ZERO), w))
    # only a pass/fail rule (the 分值 or 0): a level between them may be one step of a deduction the reader took
    # for a level ("缺一种扣5分" read ``"符合": W; "缺一种": 15`` until session 34 — a 缺两种 10 is right, p23)
    if not out <= {ZERO, w}:
        return None
    return sorted(out, reverse=True) if len(out) >= 2 else None


#: the unit of a count a deduction rule counts: "一次扣2分", "每处扣1分", "扣1分/张"
_COUNT_UNITS = "次处项起人件张座份家篇例天种个条"
_RULE_UNIT_RE = re.compile(rf"(?:每\d*|一|1)([{_COUNT_UNITS}])|/([{_COUNT_UNITS}])")  # "每3次扣1分" too
#: a number in the text, with the minus sign a count never has ("迟报-1次": not 1 次, p26)
_TEXT_NUMBER_RE = re.compile(rf"([-－−]?)\s*(\d+(?:\.\d+)?)\s*([{_COUNT_UNITS}])?")
#: “每上升1个百分点” — a distance in percentage points, not a count of 个
_PERCENT_POINT_RE = re.compile(r"(?:\d+(?:\.\d+)?|[一二两三四五六七八九十])\s*个百分[点比]")
#: a count written in Chinese numerals right before its unit ("迟报一次", "发现两处", "缺三项"; p25): read by the rule
#: reader's numeral parser; not an ordinal (第一次), not "一次性" (at once), not "一一" (one by one)
_TEXT_CN_COUNT_RE = re.compile(rf"(?<![第统唯一])([一二两三四五六七八九十]{{1,3}})(?=[{_COUNT_UNITS}])(?!次性)")
#: words saying the counted thing is a fault ("迟报1次", "有问题2次", "发现2处"); "完成3项" may count what was done
_FAULT_RE = re.compile(r"迟|未|缺|错|漏|问题|违|不|扣|少|发现|超|投诉|事故")


def count_in_text(process: str | None, standard: str | None) -> tuple[Decimal | None, str | None]:
    """(count, its unit) — the count a 考核表 writes in its 考核情况/扣分原因 text instead of a 业绩值 cell: read only
    when the text holds one number and it carries the one unit the 评分标准 counts in ("迟报1次" under "一次扣2分" →
    1 次; "迟报一次", "发现两处" in Chinese numerals alike). Otherwise ``None`` and the reason (Chinese), or
    ``(None, None)`` when there is no such text or no unit.

    >>> count_in_text("迟报1次", "不能按时按量完成上报工作一次扣2分。")
    (Decimal('1'), '次')
    >>> count_in_text("发现两处私搭乱建", "每处扣5分")
    (Decimal('2'), '处')
    >>> count_in_text("迟报1次，错报2处", "一次扣2分")[1]
    '写有 2 个数字，不能确定扣分次数'
    >>> count_in_text("发现2处", "一次扣2分")[1]
    '“2处”的单位不是评分标准计数的“次”'
    >>> count_in_text("完成3项", "未完成每项扣2分")[1]
    '未写明“3项”是扣分的次数'
    >>> count_in_text("多次迟报", "一次扣2分")[1]
    '没有写出确切的次数（“多次”“几次”不是数字）'
    """
    if not process or not standard:
        return None, None
    units = _rule_units(standard)
    if len(units) != 1:
        return None, None
    (unit,) = units
    process = _TEXT_CN_COUNT_RE.sub(lambda g: str(cn_to_int(g[1])), process)
    found = _TEXT_NUMBER_RE.findall(process)
    if not found:
        return None, "没有写出确切的次数（“多次”“几次”不是数字）"
    if len(found) > 1:
        return None, f"写有 {len(found)} 个数字，不能确定扣分次数"
    sign, number, its_unit = found[0]
    if sign:
        return None, f"“{sign}{number}{its_unit}”是负数，不是扣分的次数"
    if its_unit != unit:
        return None, f"“{number}{its_unit}”的单位不是评分标准计数的“{unit}”"
    if not _FAULT_RE.search(process):
        return None, f"未写明“{number}{unit}”是扣分的次数"
    return Decimal(number), unit


def count_score(m: IndicatorRow, rule: Rule, w: Decimal) -> tuple[Decimal | None, Decimal | None, str | None]:
    """(score, count, unit) of a row with no 业绩值 whose 考核情况/扣分原因 text writes the count its count rule
    deducts for (:func:`count_in_text`) — the one decision validate's score-mismatch and collect's 核定 of a hand
    table share; ``(None, None, why)`` otherwise (``why`` the reason the count was not read, or ``None``)."""
    if rule.is_qualitative or rule.reads_percent or rule.uses_target:
        return None, None, None
    count, unit = count_in_text(m.process, m.standard)
    if count is None:
        return None, None, unit
    try:
        return rule.score(count, w), count, unit
    except (RuleGapError, InputError):
        return None, None, None


#: units of whole things only: a rule per 天 may be scored on half days ("迟报半天"), so it gets no reachable-score check
_WHOLE_UNITS = _COUNT_UNITS.replace("天", "")
#: a deduction's points in a 评分标准 ("扣2分", "扣0.5分"); the cap words before it mark a limit, not a step
_DEDUCTION_RE = re.compile(r"(最多|至多|最高|累计|合计|共|总计|上限)?[^，,。；;]{0,4}?扣(?:除|减)?\s*(\d+(?:\.\d+)?)\s*分")
#: a 评分标准 the judge scores within: a range of points ("扣1～5分"), 酌情, 按比例, 视情况
_JUDGED_RE = re.compile(r"\d\s*[-—~～至到]\s*\d+(?:\.\d+)?\s*分|酌情|视情|按比例|适当")
#: words that allow 0 on a capped rule too ("发生事故不得分", "扣完为止")
_ZERO_WORDS_RE = re.compile(r"不得分|扣完|全扣|0分|不计分")
#: at most this many whole counts are tried (a deduction of 0.1 on 100 points needs 1000)
_MAX_COUNT = 2000


def reachable_scores(rule: Rule, w: Decimal, standard: str | None) -> list[Decimal] | None:
    """The scores a count rule can give — ``rule.score(k)`` for every whole count k ≥ 0, clamped to [0, W]
    — when the 评分标准 counts whole things (one unit of 次/处/项/个/件/篇/份/人…, never 天, %, 万元) and every
    deduction it prints is a whole number of the rule's step (two deductions of 1 and 2 per 次: sums of 1; of 2
    and 3: unsure → ``None``). ``None`` whenever unsure: a judged range (扣1～5分, 酌情), a percent, a target, a
    text level, a rule not per unit. Descending.

    >>> from jixiao.rules.grammar import parse_rule
    >>> [d(x) for x in reachable_scores(parse_rule("*: W - 5 per 1"), Decimal(20), "缺一种扣5分。")]
    ['20', '15', '10', '5', '0']
    >>> [d(x) for x in reachable_scores(parse_rule(">3: 14; *: W - 2 per 1"), Decimal(20), "每次扣2分，最多扣6分")]
    ['20', '18', '16', '14']
    >>> [d(x) for x in reachable_scores(parse_rule("*: W - 1 per 3 floor"), Decimal(3), "每3次扣1分")]
    ['3', '2', '1', '0']
    >>> reachable_scores(parse_rule("*: W - 0.5 per 1"), Decimal(5), "每迟报1天扣0.5分") is None
    True
    """
    if not standard or rule.is_qualitative or rule.reads_percent or rule.uses_target \
            or rule.round_places is not None or _JUDGED_RE.search(standard):
        return None
    units = _rule_units(standard)
    if len(units) != 1 or not units <= set(_WHOLE_UNITS):
        return None
    # (points one step moves the score, whole values one step takes): “每3次扣1分” (… per 3 floor) is (1, 3)
    steps = []
    for c in rule.clauses:
        if isinstance(c.outcome, Linear):
            per = c.outcome.unit.value if c.outcome.rounding else ONE
            steps.append((c.outcome.step.points(w) * per / c.outcome.unit.value, per))
        elif not isinstance(c.outcome, Points):
            return None  # prop / invprop: not a count rule
    if not steps or any(p <= 0 or n < 1 for p, n in steps) or len(set(steps)) != 1:
        return None
    step, per = steps[0]
    for cap, amount in _DEDUCTION_RE.findall(standard):
        if not cap and Decimal(amount) % step != 0:
            return None  # a deduction the rule's step cannot add up to
    # the value is a whole number, counted from 0 (faults) or from a printed bound (“每年度至少20篇…少一篇扣0.5分”:
    # the articles written; corpus BV8-1): every whole value up to the last bound and the steps to the floor beyond it
    bounds = [b.value for c in rule.clauses for b in _bounds(c.condition)]
    out: set[Decimal] = set()
    for k in range(min(int(max(bounds, default=ZERO)) + int(w / step * per) + 2, _MAX_COUNT)):
        try:
            out.add(min(max(rule.score(Decimal(k), w), ZERO), w))
        except (RuleGapError, InputError):
            return None
    if _ZERO_WORDS_RE.search(standard):
        out.add(ZERO)
    return sorted(out, reverse=True) if len(out) >= 2 else None


def _rule_units(standard: str) -> set[str]:
    """The count units a 评分标准 deducts per ("一次扣2分" → {次}); “1个百分点” is no count of things."""
    return {a or b for a, b in _RULE_UNIT_RE.findall(_PERCENT_POINT_RE.sub("", standard))}


def _bounds(cond: Any) -> list[Any]:
    if isinstance(cond, Compare) and not isinstance(cond.bound, TargetRef):
        return [cond.bound]
    if isinstance(cond, Interval):
        return [b for b in (cond.lo, cond.hi) if b is not None]
    return []


def _shown_scores(scores: list[Decimal]) -> str:
    if len(scores) <= _LISTED_TOTALS:
        return "、".join(d(x) for x in scores)
    return "、".join(d(x) for x in scores[:4]) + "、…、" + d(scores[-1])


def _score_without_value(sheet: str, m: IndicatorRow, rule: Rule, w: Decimal, s: CellValue,
                         source: str) -> Iterator[Finding]:
    """A row with no 业绩值 (a 考核表 has no such column): a level rule still says which scores can be given
    (安全生产月 “未在规定时间内报送不得分”, 2 分: 2 or 0 — a typed 1 is neither, p21); a count rule scores the
    count its 考核情况 text writes, when that is one number in the rule's unit (p23); when it writes none, the
    score must still be one the rule can give for a whole count (作业检查 “缺一种扣5分”, 20 分: 20, 15, 10 … — a
    typed 16 is none of them, p25)."""
    assert s.number is not None
    levels = level_scores(rule, w)
    if levels is not None:
        if not any(abs(s.number - x) <= SCORE_TOL for x in levels):
            shown = "、".join(d(x) for x in levels)
            yield finding("score-mismatch", sheet, s.ref,
                          f"{s.ref}：指标{_label(m)}得分 {d(s.number)} 不是{source}能给出的分数（可得 {shown} 分）",
                          expected=shown, actual=d(s.number))
        return
    expected, count, unit = count_score(m, rule, w)
    where = m.process_ref or s.ref
    said = f"“{(m.process or '')[:30]}”"
    if expected is None:
        reachable = reachable_scores(rule, w, m.standard)
        if unit is not None:  # the reason the count was not read
            yield finding("rule-unreadable", sheet, where,
                          f"{where}：指标{_label(m)}没有业绩值，说明{said}{unit}，"
                          + ("得分只核对是否为按次数可得的分数" if reachable else "得分只做范围检查"))
        if reachable and not any(abs(s.number - x) <= SCORE_TOL for x in reachable):
            shown = _shown_scores(reachable)
            yield finding("score-unreachable", sheet, s.ref,
                          f"{s.ref}：指标{_label(m)}得分 {d(s.number)} 不是{source}按整数次数扣分能得到的分数"
                          f"（可得 {shown} 分），请核对扣分次数", expected=shown, actual=d(s.number))
        return
    if abs(expected - s.number) > SCORE_TOL:
        yield finding("score-mismatch", sheet, s.ref,
                      f"{s.ref}：指标{_label(m)}的说明{said}记 {d(count)} {unit}，按{source}应得 {d(expected)} 分，"
                      f"表中为 {d(s.number)} 分", expected=d(expected), actual=d(s.number))


def _score_by_rule(sheet: str, m: IndicatorRow, rule: Rule, w: Decimal | None,
                   source: str, facts: RowFacts | None = None, issued: bool = False) -> Iterator[Finding]:
    """``facts``: the row's (unit, name, 评分标准) the core's refusal of its 业绩值 is asked with (:func:`check_rules`);
    ``issued``: they are a template's as issued (its sheet shows no unit, :func:`refused_input`)."""
    v, s = m.value, m.score
    # the row's unit: its 度量单位, else the unit its header prints (p24, p31), and why the two disagreeing leave the
    # row unscored — one decision of the core, as collect's _own_rules asks it
    unit, conflict = _table_unit(m, rule)
    if (v is None or v.is_blank) and w is not None and s is not None and s.number is not None \
            and ZERO <= s.number <= w:
        yield from _score_without_value(sheet, m, rule, w, s, source)
        return
    if v is None or v.is_blank or w is None:
        return
    if v.is_not_applicable:
        yield finding("na-full-marks", sheet, v.ref,
                      f"{v.ref}：指标{_label(m)}业绩值为“缺省”，按规定得满分 {d(w)}",
                      expected=d(w))
    elif v.number is None and (not rule.is_qualitative or not isinstance(v.raw, str)) \
            and not million_in_row(v.raw, rule, facts[0] if issued and facts else unit):  # TRUE, 10^60: said why;
        # "1.5百万元" in a 万元 row is read (p44)
        yield finding("value-unreadable", sheet, v.ref,
                      f"{v.ref}：指标{_label(m)}的业绩值“{v.raw}”无法识别为数字"
                      + (f"（{v.error}）" if v.error else ""), actual=str(v.raw))
        return
    elif v.number is not None and rule.reads_percent and not rule.uses_target and percent_points(v.number) \
            and unit != "%":  # "完成值（%）": 97 is 97 %
        yield implausible_percent(sheet, m, v)
        return
    if not rule_scores_value(rule, v):
        said = f"是文字描述“{str(v.raw)[:30]}”" if isinstance(v.raw, str) else \
            f"是数字 {fmt_decimal(v.number)}" if v.number is not None else f"“{str(v.raw)[:30]}”"
        yield finding("rule-unreadable", sheet, v.ref,
                      f"{v.ref}：指标{_label(m)}的业绩值{said}，不是评分标准中的选项（评分标准只按文字选项计分），"
                      "无法按规则核对，得分只做范围检查", actual=str(v.raw))
        return
    # the 度量单位 and the header's unit disagreeing is said first — the row is not scored whatever the value, as
    # collect's _own_rules — then the core's refusal of the value (p30)
    if conflict is not None:
        yield finding("unit-conflict", sheet, v.ref, f"{v.ref}：指标{_label(m)}{conflict}", actual=str(v.raw))
        return
    text = m.rule if source == "计分规则" else m.standard  # the text the rule was read from
    if source == "评分标准" and (why := printed_start_reason(text, rule, row_target(m), unit)) is not None:
        yield from refused_finding(sheet, m, why)  # "按340天每低于1天扣1分" beside "340户" (p36), as collect
        return
    if (why := refused_input(m, rule, facts or (None, m.name, None), text, w if issued else None)) is not None:
        yield from refused_finding(sheet, m, why)
        return
    target = None
    value = _value_for_rule(v, rule)
    if rule.uses_target:  # the rule refers to the row's own target T (self-evaluation)
        from jixiao.rules.target import parse_target

        t = parse_target(m.target.raw if m.target else None, m.nature.raw if m.nature else None,
                         m.unit.raw if m.unit else None,
                         percent_cell=bool(m.target and m.target.is_percent_format))
        if t is None:
            ref = m.target.ref if m.target else v.ref
            said = "未填写" if m.target is None or m.target.is_blank else f"“{m.target.raw}”无法识别为数字"
            yield finding("value-unreadable", sheet, ref,
                          f"{ref}：指标{_label(m)}的计分规则引用指标值 T，但指标值{said}，得分未核对", actual=str(v.raw))
            return
        target = t  # the parsed target: its number, and the unit the rule's steps from T must share (r63)
        if v.number is not None:
            value, why = value_on_target(v, t)
            if value is None:
                yield finding("value-unreadable", sheet, v.ref, f"{v.ref}：指标{_label(m)}{why}，得分未核对",
                              actual=str(v.raw))
                return
            if (why := negative_on_target_reason(v.raw, value, t, m.name)) is not None:
                yield from refused_finding(sheet, m, why)
                return
    else:  # read in the row's unit as collect reads it (p24, p31): its 度量单位, else the unit its header prints
        # an issued row's own unit (the sheet shows none): "11" in a ``*: prop`` % row is 11 %, no fraction (p37)
        # "3" (p38) or "1.2" (p40) beside "不高于5%": asked, as collect asks it
        settled = hand_number_settled(v.raw, v.is_percent_format, unit, rule, issued=issued)
        if (why := percent_text_reason(v.raw, rule, w, facts[0] if issued and facts else unit, settled)) is not None:
            yield finding("value-unreadable", sheet, v.ref, f"{v.ref}：指标{_label(m)}{why}", actual=str(v.raw))
            return
        if not unit and issued and facts and isinstance(v.raw, str) and row_unit(facts[0]) not in ("", "%"):
            unit = facts[0]  # p44: text in an issued row read in its spec's unit, as collect ("150万元" → 150 万元)
        if scored_unit(rule, unit):  # "150元" in a 万元 row: refused; 95 in a ``*: prop`` % row: 95 % (p31)
            if (note := converted_note(v.raw, rule, unit)) is not None:
                yield finding("unit-converted", sheet, v.ref, f"{v.ref}：指标{_label(m)}{note}", actual=str(v.raw))
            try:  # on the rule's scale: "达到200万元得满分" is in 元 (p31)
                value = on_rule_scale(in_row_unit(value, rule, unit, v.raw),
                                      rule_scale_exponent(m.rule if source == "计分规则" else m.standard, unit))
            except InputError as e:
                yield finding("value-unreadable", sheet, v.ref, f"{v.ref}：指标{_label(m)}{e.message_zh}，得分未核对",
                              actual=str(v.raw))
                return
    try:
        expected = rule.score(value, w, target)
    except RuleGapError:
        shown = pct(v.number) if v.number is not None and rule.reads_percent else str(v.raw)
        yield finding("rule-gap", sheet, v.ref,
                      f"{v.ref}：指标{_label(m)}的业绩值 {shown} 不在{source}的任何区间内，"
                      "无法核对得分，请核对评分标准", actual=shown)
        return
    except InputError as e:
        yield finding("value-unreadable", sheet, v.ref,
                      f"{v.ref}：指标{_label(m)}的业绩值无法计分：{e.message_zh}",
                      actual=str(v.raw))
        return
    if s is None or s.number is None:
        return
    if abs(expected - s.number) > SCORE_TOL:
        shown = pct(v.number) if v.number is not None and rule.reads_percent else str(v.raw)
        yield finding("score-mismatch", sheet, s.ref,
                      f"{s.ref}：指标{_label(m)}业绩值 {shown}，按{source}应得 {d(expected)} 分，"
                      f"表中为 {d(s.number)} 分", expected=d(expected), actual=d(s.number))


def implausible_percent(sheet: str, m: IndicatorRow, v: CellValue) -> Finding:
    """`implausible-value` for a number above 10 in a row on % bands with no % unit stated: every client reads it in
    percent points (93 is 93 %, ``rules.target.on_percent_bands``) — the message says that one number, and what the
    cell shows (p40: it said "9300%" of a General cell holding 93, where collect 核定s 93 %)."""
    assert v.number is not None
    points = pct(v.number / HUNDRED)
    if v.is_percent_format:  # a % cell given 93 shows 9300 %
        shown = pct(v.number)
        said = f"单元格显示为 {shown}（是否在百分比单元格中输入了 {fmt_decimal(v.number)}？）"
    else:
        shown = fmt_decimal(v.number)
        said = f"为 {shown}（未写“%”）"
    return finding("implausible-value", sheet, v.ref,
                   f"{v.ref}：指标{_label(m)}的业绩值{said}，数量级可疑，按百分点读作 {points}",
                   expected=points, actual=shown)


def _table_unit(m: IndicatorRow, rule: Rule) -> tuple[str, str | None]:
    """A hand table row's (unit, why the 度量单位 and the header's unit disagreeing leave it unscored): the core's
    :func:`~jixiao.rules.target.table_unit_decision`, the one collect's ``_own_rules`` asks."""
    return table_unit_decision(m.unit.raw if m.unit is not None else None, m.header_unit, rule)


def _row_facts(m: IndicatorRow, rule: Rule) -> RowFacts:
    """A hand table row's own (unit, name, 评分标准): the unit its 度量单位 gives, else its header's (p31, as
    collect's ``_own_rules`` asks the refusal with)."""
    return _table_unit(m, rule)[0], m.name, m.standard


def refused_input(m: IndicatorRow, rule: Rule, facts: RowFacts, text: Any = None, weight: Any = None) -> str | None:
    """The core's reason the row's 业绩值 gets no score, given the row's (unit, name, 评分标准) ``facts``, as collect
    asks it: a unit typed that is not the row's — in a row without one too (:func:`~jixiao.rules.target.unit_against_row`,
    p35; p37: "0.95万元" in a % row was silent here while collect refused; ``text`` the
    text the rule was read from, whose units a hand table's row accepts), a negative or fractional count, a negative %
    (:func:`~jixiao.rules.target.input_refusal`, p28, p30), and given the row's ``weight`` (a template return, whose
    % unit the sheet does not show) "0.95" typed as text in a % row, 95 % or 0.95 %
    (:func:`~jixiao.rules.target.percent_text_reason`, p31; a hand table's is said by :func:`_score_by_rule`)."""
    if m.value is None:
        return None
    raw, unit, shown = m.value.raw, facts[0], m.value.number_format  # 0.95 shown "95%" (p36)
    return unit_against_row(raw, rule, unit, text, shown) \
        or input_refusal(raw, rule, *facts) \
        or (percent_text_reason(raw, rule, weight, unit) if weight is not None else None)


def row_target(m: Any) -> Any:
    """A hand table row's 指标值 with its split 指标性质 / 度量单位 cells, parsed (``None`` if none) — the one reading
    of validate and collect (verify)."""
    t, nature, unit = (getattr(m, k, None) for k in ("target", "nature", "unit"))
    return parse_target(*(None if cv is None else cv.raw for cv in (t, nature, unit)),
                        percent_cell=bool(t is not None and t.is_percent_format))


def typed_score_unit_reason(m: Any, target: Any = None) -> str | None:
    """Why a hand table row kept at its typed 得分 (no rule read from its 评分标准, or none printed) has a 业绩值 that
    cannot be put beside its own 指标值, in Chinese (:func:`~jixiao.rules.targetscale.not_comparable`: "950人" beside
    "≥1000户", "0.93" beside "≥95%"); ``None`` when it can, or when there is no number or no 指标值. ``target``: the
    row's :func:`row_target` when the caller has it. The typed 得分 stays the bureau's (the lead's decision, p38):
    validate warns (`value-not-comparable`) and collect marks the row (``RowCheck.note``) — one reason for both."""
    v = getattr(m, "value", None)
    if v is None or v.is_blank or v.number is None:
        return None
    t = row_target(m) if target is None else target
    if t is None:
        return None
    return value_on_target(v, t)[1]  # 339 shown "339户" too (p39)


#: how a kept typed 得分 beside a 业绩值 of another unit is said (validate's finding, collect's row note)
KEPT_TYPED = "评分标准未能用于核对得分，保留表中自报得分，请核实"


def _typed_score_not_comparable(sheet: str, m: IndicatorRow) -> Iterator[Finding]:
    """`value-not-comparable` (警告) at the 业绩值 of a row without a read rule: :func:`typed_score_unit_reason`."""
    if m.score is None or m.score.number is None or (why := typed_score_unit_reason(m)) is None:
        return
    assert m.value is not None
    yield finding("value-not-comparable", sheet, m.value.ref,
                  f"{m.value.ref}：指标{_label(m)}{why}；{KEPT_TYPED}（{d(m.score.number)} 分）",
                  expected=str(m.target.raw) if m.target is not None else "", actual=str(m.value.raw))


def refused_finding(sheet: str, m: IndicatorRow, why: str) -> Iterator[Finding]:
    """`value-refused` at the 业绩值 (错误, as collect's 无法核定) — unless the 得分 cell already shows the same
    reason (a template's formula: its `udf-error` says it)."""
    v, s = m.value, m.score
    assert v is not None
    if s is not None and str(s.raw) == f"#JIXIAO! {why}":
        return
    yield finding("value-refused", sheet, v.ref, f"{v.ref}：指标{_label(m)}：{why}", actual=str(v.raw))


# ---------------------------------------------------------------------------
# ratios stated beside their amounts
# ---------------------------------------------------------------------------


def _amount(sub: IndicatorRow) -> Decimal | None:
    return sub.value.number if sub.value is not None else None


def _pick(subs: list[IndicatorRow], words: tuple[str, ...]) -> IndicatorRow | None:
    for s in subs:
        if any(wd in (s.level3 or "") for wd in words) and _amount(s) is not None:
            return s
    return None


def check_ratios(sheet: str, items: list[Item]) -> Iterator[Finding]:
    for it in items:
        m = it.main
        if it.subs and m.value is not None and m.value.number is not None:
            amounts = [s for s in it.subs if _amount(s) is not None]
            carry = _pick(amounts, _CARRY_WORDS)
            rest = [s for s in amounts if s is not carry]
            num = _pick(rest, _NUMERATOR_WORDS)
            den = _pick([s for s in rest if s is not num], _DENOMINATOR_WORDS)
            if (num is None or den is None) and len(rest) == 2:
                num, den = rest  # 其中：实际支出 / 预算数 — numerator first, as laid out
            if num is not None and den is not None:
                try:
                    computed = exec_rate(_amount(num), _amount(den),
                                         _amount(carry) if carry is not None else 0)
                except InputError:
                    continue
                yield from _compare_rate(sheet, m, m.value.ref, m.value.number, computed,
                                         f"{num.value.ref}÷" + (
                                             f"({den.value.ref}+{carry.value.ref})" if carry
                                             else den.value.ref))
        for text, ref in ((m.process, m.process_ref), (m.value.raw if m.value else None,
                                                        m.value.ref if m.value else None),
                          (m.target.raw if m.target else None, m.target.ref if m.target else None)):
            if not isinstance(text, str):
                continue
            for mt in _RATIO_TEXT.finditer(text):
                a, b = parse_number(mt.group("a")), parse_number(mt.group("b"))
                stated = Decimal(mt.group("c")) / HUNDRED
                if a is None or b is None or b == 0:
                    continue
                yield from _compare_rate(sheet, m, ref or "", stated, a / b,
                                         f"{mt.group('a')}/{mt.group('b')}")


def _compare_rate(sheet: str, m: IndicatorRow, ref: str, stated: Decimal, computed: Decimal,
                  how: str) -> Iterator[Finding]:
    if abs(stated - computed) > RATE_TOL:
        yield finding("rate-mismatch", sheet, ref,
                      f"{ref}：指标{_label(m)}表中比率 {pct(stated)}，按表内金额 {how} 计算为 "
                      f"{pct(computed)}", expected=pct(computed), actual=pct(stated))


# ---------------------------------------------------------------------------
# weights, totals, grade
# ---------------------------------------------------------------------------


def _num(cv: CellValue | None) -> Decimal | None:
    return cv.number if cv is not None else None


def _sum(values: list[Decimal | None]) -> Decimal:
    return sum((v for v in values if v is not None), ZERO)


def _all_known(values: list[Decimal | None]) -> bool:
    """Every value is printed (a weight or score the table does not state is unknown, not 0)."""
    return bool(values) and all(v is not None for v in values)


def _stated_weight(sheet: str, level: str, node: Any, main_rows: set[int]) -> Iterator[Finding]:
    """A 一级/二级 label's stated weight ("决策指标 (10分)") against its rows' weights.

    When the rows print no weights, their scores are compared instead (they may not
    add up to more than the label states); when only some rows print one, nothing
    can be said.
    """
    rows = [r for r in node.rows if r.row in main_rows]
    if node.stated_weight is None or not rows:
        return
    what = f"{level}指标“{node.name}”" if level else f"“{node.name}”"
    weights = [_num(r.weight) for r in rows]
    if not _all_known(weights):
        scores = [_num(r.score) for r in rows]
        if all(w is None for w in weights) and _all_known(scores) and \
                _sum(scores) > node.stated_weight + SCORE_TOL:
            yield finding("weights-sum", sheet, node.ref or "",
                          f"{node.ref}：{what}注明 {d(node.stated_weight)} 分，"
                          f"所含指标未列分值，按得分核对：得分合计 {d(_sum(scores))} 分，超过注明分值",
                          expected=f"≤{d(node.stated_weight)}", actual=d(_sum(scores)))
        return
    total = _sum(weights)
    if total != node.stated_weight:
        yield finding("weights-sum", sheet, node.ref or "",
                      f"{node.ref}：{what}注明 {d(node.stated_weight)} 分，"
                      f"所含指标分值合计 {d(total)} 分",
                      expected=d(node.stated_weight), actual=d(total))


def check_weights_and_totals(sheet: str, table: ScoringTable, items: list[Item],
                             full: Decimal) -> Iterator[Finding]:
    main_rows = {it.main.row for it in items}
    for blk in table.blocks:  # "年度绩效目标1（40分）" / "绩效指标（90分）" left of a header
        yield from _stated_weight(sheet, "", blk, main_rows)
    for sec in table.sections:
        yield from _stated_weight(sheet, "一级", sec, main_rows)
        for grp in sec.groups:
            yield from _stated_weight(sheet, "二级", grp, main_rows)
    # subtotals close the rows since the previous total row
    start = 0
    all_main = [it.main for it in items]
    for t in table.totals:
        block = [r for r in all_main if start < r.row < t.row] if t.kind == "subtotal" else \
            all_main
        if t.kind == "subtotal":
            start = t.row
        yield from _check_total_row(sheet, t, block, full, table.stated_carried)
    if table.total is None and all_main and _all_known([_num(r.weight) for r in all_main]):
        wt = _sum([_num(r.weight) for r in all_main])
        if wt != full and any(_num(r.weight) is not None for r in all_main):
            ref = all_main[0].weight.ref if all_main[0].weight else ""
            yield finding("total-weight", sheet, ref,
                          f"{_at(ref)}各指标分值合计 {d(wt)} 分（表中没有合计行），不等于满分 {d(full)} 分",
                          expected=d(full), actual=d(wt))


def _at(ref: str) -> str:
    """The cell prefix of a message (“D3：”), none when the finding has no cell."""
    return f"{ref}：" if ref else ""


def _check_total_row(sheet: str, t: Any, block: list[IndicatorRow], full: Decimal,
                     carried: str | None) -> Iterator[Finding]:
    label = "合计" if t.kind == "total" else "小计"
    weights = [_num(r.weight) for r in block]
    wsum = _sum(weights)
    for cv, what, check, parts in ((t.score, "得分", "total-sum", [_num(r.score) for r in block]),
                                   (t.weight, "分值", "total-weight" if t.kind == "total" else "weights-sum", weights)):
        if cv is not None and not cv.is_blank and cv.number is None and not _marked_empty(cv) \
                and block and _all_known(parts):
            # "#REF!" or words where the table prints its 合计 while every row it adds is a number: the printed
            # total says nothing (an error shown by a row too is that row's finding, e.g. udf-not-run's #NAME?)
            yield finding(check, sheet, cv.ref, f"{cv.ref}：{label}{what}“{cv.raw}”不是数字", actual=str(cv.raw))
    if not _all_known(weights):  # weights the table does not state are unknown, not 0
        if t.kind == "total" and t.weight is not None and t.weight.number is not None \
                and t.weight.number != full:
            yield finding("total-weight", sheet, t.weight.ref,
                          f"{t.weight.ref}：合计分值 {d(t.weight.number)}，不等于满分 {d(full)}",
                          expected=d(full), actual=d(t.weight.number))
    elif t.weight is not None and t.weight.number is not None:
        if t.weight.number != wsum:
            yield finding("weights-sum", sheet, t.weight.ref,
                          f"{t.weight.ref}：{label}分值 {d(t.weight.number)}，所含指标分值之和 {d(wsum)}",
                          expected=d(wsum), actual=d(t.weight.number))
        if t.kind == "total" and t.weight.number != full:
            yield finding("total-weight", sheet, t.weight.ref,
                          f"{t.weight.ref}：合计分值 {d(t.weight.number)}，不等于满分 {d(full)}",
                          expected=d(full), actual=d(t.weight.number))
    elif t.kind == "total" and block and wsum != full:
        yield finding("total-weight", sheet, t.label_ref or "",
                      f"{_at(t.label_ref or '')}各指标分值合计 {d(wsum)} 分，不等于满分 {d(full)} 分",
                      expected=d(full), actual=d(wsum))
    if t.score is not None and t.score.number is not None:
        scores = [_num(r.score) for r in block]
        ssum = _sum(scores)
        if not _all_known(scores):
            unknown = [r.score for r in block if r.score is not None and r.score.number is None]
            blank = [c.ref for c in unknown if c.is_blank]
            text = [c.ref for c in unknown if not c.is_blank]  # "#VALUE!", words
            parts = []
            if blank:
                parts.append(f"有指标得分未填写（{'、'.join(blank[:5])}），未填写的得分不按0分计")
            if text:
                parts.append(f"有指标得分不是数字（{'、'.join(text[:5])}）")
            why = "；".join(parts) or "有指标得分未填写"
            yield finding("total-incomplete", sheet, t.score.ref,
                          f"{t.score.ref}：{label}得分 {d(t.score.number)} 无法核对：{why}",
                          actual=d(t.score.number), cells=blank + text)
        elif carried is not None and t.kind == "total" and t.score.number < ssum - SCORE_TOL:
            # the sheet's note moves deductions beyond a row's 分值 to the total: less than the rows is allowed,
            # by how much is in no cell (护林防火: 2 起 × 20 on a 20-point row → row 0, total −20)
            yield finding("total-carried", sheet, t.score.ref,
                          f"{t.score.ref}：{label}得分 {d(t.score.number)}，比所含指标得分之和 {d(ssum)} 少 "
                          f"{d(ssum - t.score.number)} 分；{carried} 注明扣完后不足部分在总分中扣除，差额无法从表中核对，"
                          "请按扣分记录核对", expected=d(ssum), actual=d(t.score.number))
        elif abs(t.score.number - ssum) > SCORE_TOL:
            yield finding("total-sum", sheet, t.score.ref,
                          f"{t.score.ref}：{label}得分 {d(t.score.number)}，所含指标得分之和为 {d(ssum)}",
                          expected=d(ssum), actual=d(t.score.number))


def table_total(table: ScoringTable, items: list[Item]) -> tuple[Decimal | None, str]:
    """The stated total (合计 score) or, without a total row, the sum of scores."""
    t = table.total
    if t is not None and t.score is not None and t.score.number is not None:
        return t.score.number, t.score.ref
    if t is not None:
        return None, ""  # a 合计 row without a score: no total, no grade
    # no 合计 row: the sum of scores, only when every score is printed and the printed
    # weights (if any) make up the full marks — never a grade from a partial sum
    scores = [_num(it.main.score) for it in items]
    if not _all_known(scores):
        return None, ""
    if weights_say_partial(items):
        return None, ""
    return _sum(scores), ""


def weights_say_partial(items: list[Item]) -> bool:
    """The printed weights say the sum of the rows' scores is no total: they add up to other than the full
    marks (rows missing or mis-weighted; total-weight reports it), or, where rows print none, the 一级 shown
    leave points to 一级 the sheet does not show. Validation then gives no total, 核定 no total either."""
    weights = [_num(it.main.weight) for it in items]
    if _all_known(weights):
        return _sum(weights) != FULL_MARKS
    return _levels_short(items)


def _levels_short(items: list[Item]) -> bool:
    """Every row sits under a 一级 that states its weight (“预算执行情况（20分）”, “产出指标（40分）”)
    and those weights add up to less than the full marks: the 一级 holding the rest are not on
    the sheet (an A/B 自评表 whose rows print no 分值, cut after its 产出 block), so the sum of
    the scores shown is partial. A form whose 一级 state no weight is summed as before."""
    stated: dict[tuple[str, str | None], Decimal] = {}
    for it in items:
        r = it.main
        if r.level1 is None or r.level1_weight is None:
            return False
        stated[(r.level1, r.level1_ref)] = r.level1_weight
    return bool(stated) and sum(stated.values(), Decimal(0)) < FULL_MARKS


def weights_contradict_total(table: ScoringTable, full: Decimal = FULL_MARKS) -> tuple[str, str] | None:
    """(cell, why in Chinese) when the table's own weights contradict the 总分 it is graded on, else ``None``:
    every row prints a 分值 and they add up to other than the 合计 row's 分值 (or, not printed, the full marks) —
    新洲 2020: 10 + 5 × 20 = 110 under 总分 100; or every row prints a score and they add up to more than that
    — a row scores at most its 分值, so the 分值 add up to more too (区商务局 2020: 20 + 100 = 120 under 100).
    A total then is out of some other number of points: validation and 核定 give it no grade (p19)."""
    items = group_items(table)
    if not items:
        return None
    t = table.total
    stated = t.weight.number if t is not None and t.weight is not None and t.weight.number is not None else None
    of = stated if stated is not None else full
    where = t.weight.ref if stated is not None else (t.label_ref or "") if t is not None else ""
    what = f"合计分值 {d(stated)} 分" if stated is not None else f"满分 {d(full)} 分"
    weights = [_num(it.main.weight) for it in items]
    if _all_known(weights) and _sum(weights) != of:
        return where, f"各指标分值合计 {d(_sum(weights))} 分，与{what}不符"
    scores = [_num(it.main.score) for it in items]
    if _all_known(scores) and _sum(scores) > of + SCORE_TOL:
        return where, f"各指标得分合计 {d(_sum(scores))} 分，超过{what}（每项得分不超过其分值，分值合计也必超过）"
    return None


def full_marks_differ(table: ScoringTable, full: Decimal = FULL_MARKS) -> tuple[str, str] | None:
    """(cell, why in Chinese) when the 合计 row prints a 分值 other than the full marks and the rows agree with it
    (or print none): the table is out of other points — 教室卫生检查 10 × 2 = 20, 17.5 of 20 — and the grade bands
    (优 ≥ 90 …) are of the full marks, so the total is not graded on them (it was: 17.5 → 差, p21). A table that
    states its own grade scheme is graded on it, as before. ``None`` otherwise. For a table whose weights do not
    contradict its total (the callers ask :func:`weights_contradict_total` first)."""
    t = table.total
    if t is None or t.weight is None or t.weight.number is None or t.weight.number == full:
        return None
    return t.weight.ref, f"合计分值 {d(t.weight.number)} 分，不是满分 {d(full)} 分"


def scheme_for(stated: str | None, scheme: str | None) -> str | None:
    if scheme:
        return scheme
    if stated and stated.strip() in {"好", "较好", "一般"}:
        return ALT_SCHEME
    return None


def expected_grade(table: ScoringTable, total: Decimal | None, full: Decimal,
                   scheme: str | None) -> tuple[str | None, str]:
    """(grade the total deserves, how it was decided — "" for the configured or default scheme).

    A template's scheme (``scheme``) wins; otherwise a scheme the sheet states in its own text is
    the one, and a total it gives no single band has no grade (``None``) — never a guess.
    """
    if weights_contradict_total(table, full) is not None:
        return None, ""  # a total out of some other number of points (grade-withheld says why)
    return _grade_for(table, total, full, scheme)


def _grade_for(table: ScoringTable, total: Decimal | None, full: Decimal,
               scheme: str | None) -> tuple[str | None, str]:
    """:func:`expected_grade` for a table whose weights do not contradict its total."""
    if total is None or (not scheme and table.stated_scheme_unread is not None):
        return None, ""  # no total, or the sheet states a scheme of its own that is not read
    if grade_withheld(full, scheme) is not None:
        return None, ""  # a template not out of 100 without a scheme of its own: its grade cell says 未评级 (p20)
    stated_scheme = table.stated_scheme
    if not scheme and stated_scheme is not None:
        return stated_scheme.grade(total), f"按表中{stated_scheme.ref}注明的等级标准（{stated_scheme}）"
    if not scheme and full_marks_differ(table, full) is not None:
        return None, ""  # a total of other points than the grade bands' (grade-withheld says why)
    stated = table.shown_grade
    try:
        return core_grade(total, scheme_for(stated, scheme), full), ""
    except InputError:
        return None, ""


def check_grade(sheet: str, table: ScoringTable, total: Decimal | None, full: Decimal,
                scheme: str | None) -> Iterator[Finding]:
    """The 等级 cell against the table's total; a grade stated in the text outside the table
    against a total that is stated, not summed: the 合计 row's, else the text's own — a sum of
    the rows may lack rows the page does not show. A total whose weights contradict it gets no grade
    (``grade-withheld``, :func:`weights_contradict_total`)."""
    contradiction = weights_contradict_total(table, full)
    if contradiction is not None:  # no grade at all, so no grade to compare either
        if total is not None:
            where, why = contradiction
            yield finding("grade-withheld", sheet, where,
                          (f"{where}：" if where else "") + f"{why}，总分 {d(total)} 是多少分中的得分无法确定，不评等级"
                          "（请核对分值）", actual=d(total))
        return
    other = full_marks_differ(table, full) if total is not None and not scheme and table.stated_scheme is None \
        else None
    if other is not None:
        where, why = other
        yield finding("grade-withheld", sheet, where,
                      f"{where}：{why}，等级标准按满分 {d(full)} 分评定，表中未写本表的等级标准，总分 {d(total)} 不评等级",
                      actual=d(total))
    stated_total = table.stated_total.number if table.stated_total is not None else None
    row_total = table.total.score.number if table.total is not None and table.total.score is not None \
        else None
    for g, against in ((table.grade, total), (table.stated_grade, row_total if row_total is not None
                                               else stated_total)):
        if g is None or g.is_blank or against is None:
            continue
        stated = str(g.raw).strip()
        if stated.startswith(NOT_GRADED):
            continue  # "未评级：…" states no grade (a template not out of 100, p20): nothing to compare
        expected, how = _grade_for(table, against, full, scheme)
        if expected is not None and stated != expected:
            yield finding("grade-mismatch", sheet, g.ref,
                          f"{g.ref}：总分 {d(against)} 应为“{expected}”，表中为“{stated}”"
                          + (f"（{how}）" if how else ""),
                          expected=expected, actual=stated)


def check_scheme_note(sheet: str, table: ScoringTable, scheme: str | None) -> Iterator[Finding]:
    """A grade scheme the sheet states in its text against the template's own (``scheme``, ``None``:
    财预〔2020〕10号) — the words a built template prints under its 等级 row. A bureau that edits
    them does not change how its total is graded: the grade is checked by the template's scheme,
    and the edit is said. A sheet that states no scheme (a template built before the note) is fine.
    """
    issued = scheme_text(scheme)
    if table.stated_scheme_unread is not None:
        ref, said = table.stated_scheme_unread, "无法识别"
    elif table.stated_scheme is not None:
        own = read_scheme(issued, "")
        if own is not None and own.bands == table.stated_scheme.bands:
            return
        ref, said = table.stated_scheme.ref, str(table.stated_scheme)
    else:
        return
    own_words = issued.removeprefix(SCHEME_NOTE_LEAD)
    yield finding("grade-scheme-edited", sheet, ref,
                  f"{ref}：表中写明的等级标准（{said}）与模板的不同（模板：{own_words.rstrip('。')}）；"
                  "等级按模板的等级标准核对，不按改动后的文字",
                  expected=own_words, actual=said)


def check_stated_total(sheet: str, table: ScoringTable, total: Decimal | None,
                       total_cell: str) -> Iterator[Finding]:
    """A total the sheet states outside the table ("自评总分 97.6") against the table's own total:
    its 合计 row, or the sum of its scores when that sum is complete. Nothing is said when the
    table's total is not known (rows cut, scores missing)."""
    s = table.stated_total
    if s is None or s.number is None or total is None or abs(s.number - total) <= SCORE_TOL:
        return
    where = f"合计行 {total_cell}" if total_cell else "各指标得分之和"
    yield finding("stated-total", sheet, s.ref,
                  f"{s.ref}：表外写明的总分 {d(s.number)}，与评分表的{where} {d(total)} 不符",
                  expected=d(total), actual=d(s.number))
