"""A row's target (年度指标值) as a number with its unit, and a typed value on the target's scale.

The part of :mod:`jixiao.rules.target` that knows no rule: :class:`Target` and :func:`parse_target` ("≥95%" →
``>=`` 0.95 %), the one unit decision of every reading that steps from a number (:func:`step_unit_reason`) and the
reading of a 业绩值 on a target's scale (:func:`on_target_scale`). The rule model (:mod:`jixiao.rules.model`) uses these,
and :mod:`jixiao.rules.target` — which needs the model — re-exports them, so neither imports the other inside a function.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from jixiao.errors import ScoringError
from jixiao.numbers import (
    SUFFIX_EXPONENT,
    fmt_decimal,
    number_in_unit,
    parse_number,
    trimmed_text,
    typed_unit,
    unit_shown,
)

_OPS = {
    "≥": ">=", ">=": ">=", "≧": ">=", "大于等于": ">=", "不低于": ">=", "不少于": ">=", "达到": ">=",
    "≤": "<=", "<=": "<=", "≦": "<=", "小于等于": "<=", "不高于": "<=", "不超过": "<=", "不大于": "<=",
    ">": ">", "大于": ">", "<": "<", "小于": "<", "=": "=", "＝": "=", "等于": "=",
    # 永德 明朗中学 2022 prints its 指标性质 “=” as the box-drawing sign “═” (U+2550)
    "═": "=",
}
_OP_ALT = "|".join(sorted((re.escape(k) for k in _OPS), key=len, reverse=True))
_TARGET_RE = re.compile(
    rf"^(?P<op>{_OP_ALT})?\s*(?P<num>[-+]?\d[\d,]*(?:\.\d+)?)\s*(?P<unit>%|百分比|百分点|[A-Za-z²³/]{{1,4}}|[\u4e00-\u9fff]{{0,4}})$"
)
PERCENT_UNITS = frozenset({"%", "百分比"})


@dataclass(frozen=True)
class Target:
    """A parsed target: ``op`` one of >=, >, <=, <, =; ``value`` as a number
    (percent → fraction: "95%" → 0.95); ``unit`` as printed ("%", "万元", "个", "")."""

    op: str
    value: Decimal
    unit: str
    #: False for a bare number ("100%", "43.2"): read as "=", but whether the row is 正向
    #: or 反向 is not printed, so the default rule is only applied where it cannot
    #: matter (actual = target → full marks)
    stated_op: bool = True

    @property
    def is_percent(self) -> bool:
        return self.unit in PERCENT_UNITS

    def __str__(self) -> str:
        shown = fmt_decimal(self.value * 100) if self.is_percent else fmt_decimal(self.value)
        unit = "%" if self.is_percent else self.unit
        return f"{'≥' if self.op == '>=' else '≤' if self.op == '<=' else self.op}{shown}{unit}"


def compact_text(text: Any) -> str:
    if text is None:
        return ""
    t = unicodedata.normalize("NFKC", str(text))
    return re.sub(r"\s+", "", t)


def parse_target(text: Any, nature: Any = None, unit: Any = None, *,
                 percent_cell: bool = False) -> Target | None:
    """Read a target into operator + number + unit, or ``None`` when it is not quantitative.

    ``nature`` / ``unit``: the split cells of the 权重 style (指标性质, 度量单位);
    ``text`` is then the number alone. ``percent_cell``: ``text`` is a number from a
    cell formatted as a percentage (0.95 shown as 95%), already a fraction.

    >>> str(parse_target("≥95%")), str(parse_target("≤90万元")), str(parse_target("100%"))
    ('≥95%', '≤90万元', '=100%')
    >>> parse_target("≥100百分比").value, parse_target("≥50个").unit
    (Decimal('1'), '个')
    >>> str(parse_target(30, "≤", "万元"))
    '≤30万元'
    >>> parse_target("效果明显") is None
    True
    """
    if isinstance(text, bool):
        return None
    body = compact_text(text)
    op_text = compact_text(nature)
    unit_text = compact_text(unit)
    if op_text:
        if op_text not in _OPS:
            return None
        body = op_text + body
    if unit_text and not body.endswith(unit_text):
        body = body + unit_text
    m = _TARGET_RE.match(body)
    if m is None:
        return None
    try:
        value = Decimal(m.group("num").replace(",", ""))
    except InvalidOperation:
        return None
    u = m.group("unit") or ""
    if any(ch in u for ch in "之前后内完成底达"):  # "12月底之前完成" is a date, not a quantity
        return None
    if u in PERCENT_UNITS and not (percent_cell and not isinstance(text, str)):
        value = value / 100
    op = _OPS[m.group("op")] if m.group("op") else "="
    return Target(op, value, u, stated_op=m.group("op") is not None)


#: units that name the same quantity ("2日" beside "≤3天"; "6公里" beside "≥5千米")
_SAME_UNIT = {"日": "天", "公里": "千米"}
#: a target in percentage points ("≥5个百分点") and the actual typed so ("6个百分点", read as 0.06)
POINT_UNITS = frozenset({"个百分点", "百分点"})
#: a plain number this large beside a percent target is percent points (100 → 100%)
POINTS_ABOVE = Decimal("1.5")


def same_unit(a: str, b: str) -> bool:
    return _SAME_UNIT.get(a, a) == _SAME_UNIT.get(b, b)


#: the units a step of percentage points is counted in ("每低1个百分点", "每降低1%", the rule's "per 1%")
STEP_PERCENT_UNITS = PERCENT_UNITS | POINT_UNITS


def step_unit_reason(step: str, unit: str, base: str, base_name: str = "指标值") -> str | None:
    """Why steps counted in ``step`` cannot run from a start or target ``base`` printed in ``unit`` (r63), in Chinese;
    ``None`` when they agree. The one decision of every reading that steps from a number — the rule's steps from the
    row's target T (``Rule.target_unit_reason``: ``step`` "%" for a rule's "per 1%", "" for a bare "per 1") and a
    start printed in the text (printedstart.py, targets.read_bare_target_steps: the text's own unit words):

    - a step in percentage points (%, 个百分点) needs a percentage ("≥90%"): "每低于1个百分点" from "≥1000户" or from a
      bare 340 counts 1 % of what?;
    - a step in a unit word (天, 户, 万元) or a bare step needs a base that is no percentage, in the same unit (日 = 天) or
      without one ("340": the step's own unit is the base's).

    >>> step_unit_reason("%", "户", "≥1000户")
    '计分规则按百分点逐档扣分，指标值“≥1000户”的单位是“户”，不是百分比：单位不同，无法计分，请核对指标值或计分规则'
    >>> step_unit_reason("个百分点", "%", "100%", "起点"), step_unit_reason("天", "", "340"), step_unit_reason("日", "天", "340天")
    (None, None, None)
    >>> step_unit_reason("", "%", "≥90%")
    '计分规则按数值（未写%）逐档扣分，指标值“≥90%”是百分比：单位不同，无法计分，请核对指标值或计分规则'
    """
    tail = f"：单位不同，无法计分，请核对{base_name}或计分规则"
    if step in STEP_PERCENT_UNITS:
        if unit in PERCENT_UNITS:
            return None
        has = f"的单位是“{unit}”" if unit else "没有写%"
        return f"计分规则按百分点逐档扣分，{base_name}“{base}”{has}，不是百分比{tail}"
    if unit in STEP_PERCENT_UNITS:
        return f"计分规则按{f'“{step}”' if step else '数值（未写%）'}逐档扣分，{base_name}“{base}”是百分比{tail}"
    if not step or not unit or same_unit(step, unit):
        return None
    return f"计分规则按“{step}”逐档扣分，{base_name}“{base}”的单位是“{unit}”{tail}"


#: why a 业绩值 typed with a unit that is no percentage ("95分", "95万元", "95人", "95万") is not scored in a row on %
#: bands — the one text of collect, SCORE_RANGE and the portable template's formula (``{value}`` as the cell's text
#: reads after normalisation, ``{unit}`` the unit or 千/万/亿); reading the number as 95 % (or 9500 %) would be a guess
UNIT_AGAINST_PERCENT = "单位不符：该行按百分比计分，填的是“{value}”（单位“{unit}”），无法计分，请改填百分比"


def wrong_percent_unit(text: Any) -> str:
    """The unit (with its 千/万/亿), or the multiplier alone, of a number typed as text that is no percentage ("95分" →
    "分", "95万元" → "万元", "95万" and "95万%" → "万"); "" for a bare number, a percentage (%, ‰, 个百分点) and
    text that is no number or beyond 10^15 ("99999999999亿": the engine and the helper say it is no number).
    ``templates.cell_text.percent_unit_formulas`` computes the same in the sheet."""
    try:
        if parse_number(text) is None:
            return ""
    except ValueError:
        return ""
    mult, unit = typed_unit(text) or ("", "")
    return mult + unit if unit and unit not in SUFFIX_EXPONENT else mult


def percent_unit_reason(text: str) -> str | None:
    """:data:`UNIT_AGAINST_PERCENT` for ``text`` typed with a unit that is no percentage (:func:`wrong_percent_unit`),
    the value quoted as the sheet shows it (normalised, runs of spaces one, as Excel's TRIM); ``None`` otherwise."""
    unit = wrong_percent_unit(text)
    if not unit:
        return None
    return UNIT_AGAINST_PERCENT.format(value=trimmed_text(text), unit=unit)


#: a number above this in a percent row is percent points whatever its cell's format: 95 is 95 %, never 9500 %
#: (a cell that lost its % format — pasted with its format, re-saved — or a % cell given 95 by paste-values).
#: The template's sheet renders the same bound (``templates.cell_text.on_scale_formulas``): it cannot see a
#: cell's format, so the format may only decide up to this size.
PERCENT_POINTS_ABOVE = Decimal(10)

#: why a bare number typed as text (no "%", no unit) up to :data:`PERCENT_POINTS_ABOVE` in a % row is not scored
#: when its two readings score differently (p31: "0.95" is 95 % as a fraction, or 0.95 %; no cell format applies to
#: text, so nothing settles it) — the one text of collect, SCORE_RANGE, the portable template's formula and the rule
#: model's own ``Rule.score`` (p36)
PERCENT_TEXT_AMBIGUOUS = "业绩值“{value}”未写“%”：该行按百分比计分，“{value}”可读作比例（乘以100%）或百分数（{value}%），" \
    "两种读法得分不同，无法计分，请填写带“%”的数值"


#: why a value typed with "%" or "‰" is not scored by a rule that only counts whole units (``*: W - 1.5 per 1``: r79 —
#: "4%" was 0.04 of a count in ``Rule.score``; SCORE_RANGE, collect and validate refuse it by the row's unit)
PERCENT_ON_COUNT_STEPS = "业绩值“{value}”带“%”或“‰”：该行评分标准按个数（次数）逐次扣分，不是百分比，无法计分，请填写个数"

#: why a value typed with "%" or "‰" is not scored by a rule whose bounds are all whole numbers and that has no step
#: nor proportion (``>=1: 0; *: W``, "有一条不满足得0分" — p43, CP1-5: "50%" was 0.5 of a failing and scored W): the
#: bound 1 may count things or be 100 %, the rule alone cannot tell
PERCENT_ON_WHOLE_BOUNDS = "业绩值“{value}”带“%”或“‰”：该行评分标准的界限都是整数，按个数计（如“1”即1条、1次），" \
    "不能断定是百分比，无法计分，请填写个数；按比例计分的请在计分规则中写百分比（如“>=100%”）"


#: why a value typed with a unit other than the one a rule's steps count in (``per 1天``: "2月", "3次") is not scored
#: by :meth:`Rule.score <jixiao.rules.model.Rule.score>` (p42: "2月" was 2 days, "95万元" 950000 on ``per 1万元``)
STEP_UNIT_AGAINST = "单位不符：该行评分标准按“{word}”计分，填的是“{value}”（单位“{unit}”），无法计分，请按“{word}”填写"


def in_step_unit(value: str, word: str) -> Decimal | None:
    """The number a text typed with a unit reads as in ``word``, the unit a rule's steps count in ("3日" → 3 in 天,
    "95万元" and "950000元" → 95 in 万元); ``None`` when ``value`` carries no unit (read as given) — raises
    :class:`~jixiao.errors.ScoringError` with :data:`STEP_UNIT_AGAINST` when its unit is another.

    >>> in_step_unit("3日", "天"), in_step_unit("950000元", "万元"), in_step_unit("3", "天")
    (Decimal('3'), Decimal('95'), None)
    >>> try:
    ...     in_step_unit("2月", "天")
    ... except ScoringError as e:
    ...     print(e.message_zh)
    单位不符：该行评分标准按“天”计分，填的是“2月”（单位“月”），无法计分，请按“天”填写
    """
    mult, unit = typed_unit(value) or ("", "")
    if not (mult or unit):
        return None
    if not mult and same_unit(unit, word):
        return parse_number(value)
    if (number := number_in_unit(value, word)) is not None:
        return number
    msg = STEP_UNIT_AGAINST.format(word=word, value=trimmed_text(value), unit=mult + unit)
    raise ScoringError(msg, f"{value!r}: a unit other than the steps' {word!r}")


def bare_number_text(value: str) -> Decimal | None:
    """The number a text typed without any unit, %, or 千/万/亿 reads as ("95", "0.95"); ``None`` for other text."""
    if typed_unit(value) != ("", ""):
        return None
    try:
        return parse_number(value)
    except (ValueError, ArithmeticError):
        return None


def percent_points(number: Decimal) -> bool:
    """A number in a percent row that is percent points whatever its cell's format (:data:`PERCENT_POINTS_ABOVE`)."""
    return abs(number) > PERCENT_POINTS_ABOVE


def _percent_typed(value: Any, percent_cell: bool) -> bool:
    """The value is a fraction already: typed with %/‰/个百分点, or a number up to :data:`PERCENT_POINTS_ABOVE` in a
    percent-formatted cell (a cell's format does not apply to text: "90" pasted as text into a percent cell shows 90,
    not 9000%; nor to 95, which is 95 % in any cell)."""
    unit = (typed_unit(value) or ("", ""))[1]
    if percent_cell and not isinstance(value, str) and value is not None:
        try:
            return not percent_points(Decimal(str(value)))
        except ArithmeticError:
            return True
    return unit in SUFFIX_EXPONENT


def not_comparable(value: Any, number: Decimal | None, target: Target, *,
                   percent_cell: bool = False, label: str = "实际完成值") -> str | None:
    """Why the 实际完成值 ``value`` (read as ``number``) cannot be put on ``target``'s scale, in Chinese; ``None`` when
    it can (:func:`actual_in_target_unit`). Never a guess: units of another kind ("50人" beside "≥50个", "2月" beside
    "≤30天", "5万人次" beside "≥5万人"), a percentage beside a target in 个/分/次, or a plain number up to 1.5 beside a
    percent target ("1" beside "≤3%": 1% or 100%?) are refused. ``label``: the value column's name in the
    message (业绩值 in an evaluation table).

    >>> not_comparable("2.5天", Decimal("2.5"), parse_target("≤3天")) is None
    True
    >>> not_comparable("2月", Decimal(2), parse_target("≤30天"))
    '实际完成值“2月”的单位“月”与指标值 ≤30天 的单位“天”不同，无法比较'
    """
    if number is None:
        return None
    mult, unit = typed_unit(value) or ("", "")
    percent = _percent_typed(value, percent_cell)
    tu = target.unit
    shown = value if isinstance(value, str) else fmt_decimal(number)
    if target.is_percent:
        if unit and not percent:
            return f"{label}“{shown}”的单位“{unit}”与指标值 {target} 不同（指标值是百分比），无法比较"
        if not percent and number != 0 and abs(number) <= POINTS_ABOVE:
            return (f"{label}“{shown}”未写“%”，指标值 {target} 是百分比：它可能是 {fmt_decimal(number * 100)}%，"
                    f"也可能是 {shown}%，无法确定，请写成如“95%”")
        return None
    if percent:
        if tu and not (tu in POINT_UNITS and unit == "个百分点"):
            return f"{label}“{shown}”是百分比，指标值 {target} 的单位是“{tu}”，无法比较"
        return None
    if unit and tu and not same_unit(unit, tu) and number_in_unit(value, tu) is None:
        return f"{label}“{shown}”的单位“{mult}{unit}”与指标值 {target} 的单位“{tu}”不同，无法比较"
    return None


def actual_in_target_unit(value: Any, number: Decimal | None, target: Target, *,
                          percent_cell: bool = False) -> Decimal | None:
    """The actual value on the target's scale; ``None`` when it cannot be compared (:func:`not_comparable` says why).

    A percent target compared with a plain number above 1.5 ("≥100百分比" with 实际完成值
    100) reads the number as percent points (100 → 1.00), as these tables print it;
    percent text ("98%", "950‰") and percent-formatted cells are fractions already; a plain number up to 1.5 is
    refused ("1" beside "≤3%" may be 1% or 100%). A percentage beside a target without a unit above 1.5 ("96%"
    beside "≥95") is read in points (96). A value typed with its own unit is put on the target's scale when the
    target's unit carries 千/万/亿 ("95万元" or "950000元" beside "≤90万元" is 95, not 950000:
    ``numbers.number_in_unit``).
    """
    return on_target_scale(value, number, target, percent_cell=percent_cell)[0]


def on_target_scale(value: Any, number: Decimal | None, target: Target, *, percent_cell: bool = False,
                    label: str = "实际完成值", number_format: Any = None) -> tuple[Decimal | None, str | None]:
    """(:func:`actual_in_target_unit`, :func:`not_comparable`) in one pass: the value on the target's scale and
    ``None``, or ``None`` and why it cannot be compared (``None``, ``None`` when ``number`` is ``None``).
    ``number_format``: the cell's, where the client reads it — a number whose format prints a word after it
    (:func:`~jixiao.numbers.unit_shown`: 339 in a ``0"户"`` cell shows "339户") is compared as that typed text, and
    refused where the shown text reads otherwise than the number held (93 in a ``#,##0"元"`` cell beside "≤90万元"
    shows 93 元 — 0.0093 万元 — and holds 93: p39).

    >>> on_target_scale(93, Decimal(93), parse_target("≤90万元"), number_format='#,##0"元"', label="业绩值")[1]
    '业绩值单元格显示为“93元”，存的数值是93：按指标值 ≤90万元 的单位读作0.0093，与存的数值不同，无法比较'
    >>> on_target_scale(339, Decimal(339), parse_target("340天"), number_format='0"天"')
    (Decimal('339'), None)
    """
    if number is None:
        return None, None
    if (words := unit_shown(value, number_format)) is not None:  # p39
        x, why = on_target_scale(words, parse_number(words), target, label=label)
        if why is not None or x == on_target_scale(value, number, target, percent_cell=percent_cell)[0]:
            return x, why
        return None, (f"{label}单元格显示为“{words}”，存的数值是{fmt_decimal(number)}：按指标值 {target} 的单位读作"
                      f"{fmt_decimal(x) if x is not None else '?'}，与存的数值不同，无法比较")
    why = not_comparable(value, number, target, percent_cell=percent_cell, label=label)
    if why is not None:
        return None, why
    return _scaled(value, number, target, percent_cell), None


def _scaled(value: Any, number: Decimal, target: Target, percent_cell: bool) -> Decimal:
    if not target.is_percent and (x := number_in_unit(value, target.unit)) is not None:
        return x
    percent = _percent_typed(value, percent_cell)
    if target.is_percent:
        return number if percent else number / 100
    if percent and (target.unit in POINT_UNITS or abs(target.value) > POINTS_ABOVE):
        return number * 100  # "96%" beside "≥95" or "6个百分点" beside "≥5个百分点": 96, 6
    return number
