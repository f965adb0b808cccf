"""Rows of self-evaluation templates (项目支出绩效自评表): split targets, 定性 drop-downs.

A spec is a self-evaluation spec when one of its rows is ``kind: target`` or
``kind: qualitative``. Its sheet prints the target split over three cells
(指标性质 ≥/≤/= | 指标值 | 度量单位) and the 业绩值 column as 实际完成值:

- ``target`` (定量): score = the national default rule on the row's own target
  (``>=T: W; <T: prop`` …) compiled to a native Excel-2010 formula whose ``T`` is
  the 指标值 cell — in both flavours (the UDFs have no target argument);
- ``qualitative`` (定性): 实际完成值 is a 达成 / 部分达成 / 未达成 drop-down and the
  得分 is typed by hand, limited by data validation (and the 校验 column) to
  80–100 % / 50–80 % / 0–50 % of 分值.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from jixiao.errors import InputError, RuleGapError
from jixiao.numbers import normalise_text, parse_number
from jixiao.rules.excel import (
    GAP_TEXT,
    NOT_NUMBER_TEXT,
    ZERO_TARGET_TEXT,
    ZERO_VALUE_TEXT,
    rule_formula,
)
from jixiao.rules.grammar import parse_rule
from jixiao.rules.model import fmt_decimal
from jixiao.rules.target import (
    QUALITATIVE_BANDS,
    TIME_UNITS,
    actual_in_target_unit,
    count_target,
    names_a_change,
    negative_on_target_reason,
    negative_target_text,
    parse_target,
)
from jixiao.templates import cell_text
from jixiao.templates.spec import IndicatorSpec, TemplateSpec

SELFEVAL_KINDS = frozenset({"target", "qualitative"})
SELFEVAL_COLUMNS = ("序号", "一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位",
                    "评分标准", "分值", "业绩值", "得分")
#: header text printed for a column key (the sheet writer keys columns by these names)
HEADER_TEXT = {"业绩值": "实际完成值"}

WIDTHS = {"指标性质": 6, "度量单位": 7, "指标值": 12}
ANSWERS = ("达成", "部分达成", "未达成")
TARGET_STANDARD = {
    ">=": "达到指标值得满分；未达到的按 实际完成值÷指标值×分值 计分",
    ">": "高于指标值得满分；否则按 实际完成值÷指标值×分值 计分",
    "<=": "不超过指标值得满分；超过的按 指标值÷实际完成值×分值 计分",
    "<": "低于指标值得满分；否则按 指标值÷实际完成值×分值 计分",
    "=": "等于指标值得满分；低于按 实际完成值÷指标值×分值，高于按 指标值÷实际完成值×分值 计分",
}
QUALITATIVE_STANDARD = "达成预期指标得分值的80%～100%，部分达成得50%～80%，未达成得0～50%（手填得分）"
_SYMBOL = {">=": "≥", "<=": "≤", ">": ">", "<": "<", "=": "="}


def is_selfeval(spec: TemplateSpec) -> bool:
    return any(ind.scoring.kind in SELFEVAL_KINDS for ind in spec.indicators())


def selfeval_columns() -> list[str]:
    return [*SELFEVAL_COLUMNS, "计分规则", "校验"]


def _bands_xl(v: str, w: str) -> tuple[str, str]:
    lo = f'IF({v}="达成",0.8,IF({v}="部分达成",0.5,0))*{w}'
    hi = f'IF({v}="达成",1,IF({v}="部分达成",0.8,0.5))*{w}'
    return lo, hi


def cell_number(v: Any) -> Decimal | None:
    """A cell as a number (the 合计 SUM of the helper readings counts these), else None.

    None for blanks, booleans and anything :func:`~jixiao.numbers.parse_number` refuses;
    also how ``templates new`` reads 分值, 序号, 指标值 and the review sheet's meta cells.
    """
    if v is None or isinstance(v, bool):
        return None
    try:
        return parse_number(v)
    except ValueError:
        return None


def _blank(v: Any) -> bool:
    from jixiao.templates.cell_text import is_blank_input

    return is_blank_input(v)


def target_cached(ind: IndicatorSpec, value: Any) -> Any:
    """What the native target formula shows for the cell value ``value`` (computed by the
    engine, reading the cell as the helper sheet does: 缺省 → 分值, "95%", "１,０００" …)."""
    if _blank(value):
        return ""
    t = parse_target(ind.target)
    assert t is not None and ind.scoring.rule is not None
    return negative_on_scale_cached(value, t, ind.name, _target_score(ind, t, value))


def _target_score(ind: IndicatorSpec, t: Any, value: Any) -> Any:
    assert ind.scoring.rule is not None
    if isinstance(value, str) and (x := cell_number(value)) is not None:  # on the 指标值's scale, or a prompt
        value = cell_text.on_scale_cached(value, t, float(x))[1]
        if isinstance(value, str):
            return value
    elif isinstance(value, (int, float)) and not isinstance(value, bool) and cell_number(value) is not None:
        value = cell_text.on_scale_cached(value, t, value)[1]  # 95 beside ≥95%: 95 % (the helper flags > 10^15)
    try:
        return float(parse_rule(ind.scoring.rule).score(value, ind.weight, t.value))
    except RuleGapError:
        return GAP_TEXT
    except InputError:
        x = cell_number(value)
        if x is None:
            return NOT_NUMBER_TEXT
        return ZERO_VALUE_TEXT if x == 0 else ZERO_TARGET_TEXT


def read_value(w: Any, row: int) -> str:
    """The reference a formula reads 业绩值 of ``row`` from: the helper sheet's reading, in
    both flavours (trimmed, full-width, "95%", "1,000" as the engine reads them)."""
    return w.read_input(row)


def template_answer(value: Any) -> str | None:
    """The 定性 answer of a template cell as its formulas read it: the normalised text
    without spaces starting with 部分达成 / 未达成 / 达成 ("达成预期指标", " 达 成"), as
    :func:`jixiao.rules.target.qualitative_answer` reads a filled table; else ``None``."""
    if not isinstance(value, str):
        return None
    t = normalise_text(value).replace(" ", "")
    return next((key for key in _ANSWER_ORDER if t.startswith(key)), None)


_ANSWER_ORDER = ("部分达成", "未达成", "达成")


def _answer_xl(v: str) -> str:
    """:func:`template_answer` as a formula over the helper value ``v`` ("" when none)."""
    k = f'SUBSTITUTE({v}," ","")'
    chain = '""'
    for key in reversed(_ANSWER_ORDER):
        chain = f'IF(LEFT({k},{len(key)})="{key}","{key}",{chain})'
    return chain


def prefilled_on_scale(given: Any, t: Any) -> float | None:
    """A prefilled 业绩值 on the 指标值 ``t``'s scale as validation and collect read it ("95万元" beside "≤90万元" is
    95, the text "95" beside "≥95%" is 95%; a number is the cell's value: 0.95 in a percent cell); ``None`` for a
    value they cannot compare ("40人" beside "≥50个", the text "1" beside "≥95%"): not written (never a guess)."""
    x = cell_number(given)
    v = None if x is None else actual_in_target_unit(given, x, t, percent_cell=t.is_percent)
    return float(v) if v is not None else None


def on_scale_score(w: Any, top: int, rule: Any, t: Any, target_ref: str, name: Any = None) -> str:
    """The score formula of a row whose rule compares 业绩值 with its 指标值 ``t`` (``target_ref``: the 指标值 cell or
    its number): 业绩值 read on the 指标值's scale (``cell_text.on_scale_formulas``); text it cannot put there shows
    the prompt instead of a score; beside a count 指标值 a negative or fractional 业绩值 the core's reason (p33); a
    negative beside a percent or a measure 指标值 the core's reason, unless the core scores negatives there
    (``rules.target.negative_target_text``: a percent 指标值 at or below 0, a ``name`` that says a change; p30,
    p32)."""
    value = w.read_on_scale(top, t)
    formula = rule_formula(rule, value, w.ref(top, "分值"), target_ref)
    if count_target(t):  # "≥50个", "≤0次": a whole number, not below 0 (p33)
        formula = cell_text.count_first(value, formula, cell_text.helper_text_ref(top + 1), t.unit,
                                        negatives=not names_a_change(name))
    elif (reason := negative_target_text(t, name)) is not None:  # a percent (p30), a measure: "≥100亩" (p32)
        formula = cell_text.negative_first(value, formula, cell_text.helper_text_ref(top + 1), reason)
    if normalise_text(t.unit).replace(" ", "") in TIME_UNITS:  # "2024.6" beside "≤30天": a date (p37)
        formula = cell_text.date_first(value, w.ref(top, "业绩值"), top + 1, formula,
                                       normalise_text(t.unit).replace(" ", ""))
    return f'IF(LEFT({value},8)="#JIXIAO!",{value},{formula})'


def negative_on_scale_cached(value: Any, t: Any, name: Any, cached: Any) -> Any:
    """What :func:`on_scale_score` shows for the cell value ``value`` whose score would be ``cached``: the core's
    reason for a negative number beside a percent or count 指标值 (as the sheet's helper reads the cell), else
    ``cached``."""
    x = cell_number(value)
    if x is None:
        return cached
    read = cell_text.on_scale_cached(value, t, float(x))[1]  # a prompt (text in another unit) comes first
    number = Decimal(str(read)) if isinstance(read, float | int) and not isinstance(read, bool) else None
    why = negative_on_target_reason(value, number, t, name)
    return f"{cell_text.ERROR_MARK} {why}" if why else cached


def target_row(w: Any, ind: IndicatorSpec, top: int, given: Any) -> None:
    """定量 row: 指标性质 | 指标值 | 度量单位 from the spec, 实际完成值 input, score by formula."""
    st = w.st
    t = parse_target(ind.target)
    assert t is not None and ind.scoring.rule is not None
    w.put(top, "指标性质", _SYMBOL[t.op], st.center)
    w.put(top, "指标值", float(t.value), st.target_pct if t.is_percent else st.weight)
    w.put(top, "度量单位", "%" if t.is_percent else t.unit, st.center)
    w.put(top, "评分标准", TARGET_STANDARD[t.op], st.text)
    w.put(top, "计分规则", ind.scoring.rule, st.rule)
    value = prefilled_on_scale(given, t)
    w.put(top, "业绩值", value, st.input_pct if t.is_percent else st.input_general)
    w._numeric_validation(top, "业绩值", unit=t.unit)  # "≤30天": a date typed there is no number of days (p40)
    formula = on_scale_score(w, top, parse_rule(ind.scoring.rule), t, w.ref(top, "指标值"), ind.name)
    w.formula(top, "得分", formula, st.calc_score, target_cached(ind, value))


def qualitative_row(w: Any, ind: IndicatorSpec, top: int, given: Any) -> None:
    """定性 row: 达成/部分达成/未达成 drop-down, hand-typed score limited to its band."""
    st = w.st
    answer, score = (given.get("value"), given.get("score")) if isinstance(given, dict) else (None, None)
    w.put(top, "指标性质", None, st.center)
    w.put(top, "度量单位", None, st.center)
    w.put(top, "评分标准", QUALITATIVE_STANDARD, st.text)
    w.put(top, "计分规则", None, st.rule)
    w.put(top, "业绩值", answer if template_answer(answer) else None, st.input_text)
    w._list_validation(top, "业绩值", list(ANSWERS), "请选择完成情况")
    sc = cell_number(score)
    w.put(top, "得分", float(sc) if sc is not None else None, st.input_score)
    s, g = w.ref(top, "得分"), w.ref(top, "分值")
    lo, hi = _bands_xl(w.ref(top, "业绩值"), g)  # typing: the drop-down's own answers
    w.ws.data_validation(top, w.c["得分"], top, w.c["得分"], {
        "validate": "custom", "value": f"=AND(ISNUMBER({s}),{s}>={lo},{s}<={hi})",
        "error_type": "stop", "error_title": "得分超出范围",
        "error_message": "定性指标：达成得分值的80%～100%，部分达成50%～80%，未达成0～50%。",
        "input_title": "定性指标", "input_message": "先选择完成情况，再按区间填写得分。",
    })
    key = _answer_xl(read_value(w, top))  # 校验: pasted text read as the engine reads it
    lo, hi = _bands_xl(key, g)
    check = (f'IF({s}="","待填写",IF({key}="","请选择完成情况",IF(AND(ISNUMBER({s}),'
             f'NOT(ISLOGICAL({s}))),IF(AND({s}>={lo},{s}<={hi}),"✓","超出范围"),"得分有误")))')
    w.formula(top, "校验", check, st.check,
              qualitative_check(ind.weight, answer, float(sc) if sc is not None else None))


def qualitative_check(weight: Decimal, answer: Any, score: Any) -> str:
    """What the 校验 formula of a 定性 row shows for the cell values ``answer`` (实际完成值)
    and ``score`` (得分): a score typed as text or a logical value is "得分有误"."""
    if score is None or score == "":
        return "待填写"
    key = template_answer(answer)
    if key is None:
        return "请选择完成情况"
    if isinstance(score, bool) or not isinstance(score, int | float | Decimal):
        return "得分有误"
    lo, hi = QUALITATIVE_BANDS[key]
    x = Decimal(str(score)) if isinstance(score, float) else Decimal(score)
    return "✓" if lo * weight <= x <= hi * weight else "超出范围"


def sourced_ratio_row(w: Any, ind: IndicatorSpec, top: int, given: Any) -> None:
    """预算执行率 of a 转移支付区域表 with its fund-source lines::

        预算执行率                     执行率 = 全年执行数 ÷ 全年预算数 (formula) | 得分
          其中：全年执行数（合计）      = SUM of the sources' 全年执行数 (formula)
          其中：全年预算数（合计）      = SUM of the sources' 全年预算数 (formula)
          其中：中央资金全年执行数      input
          其中：中央资金全年预算数      input
          其中：中央资金执行率          = 中央资金全年执行数 ÷ 中央资金全年预算数 (formula)
          …地方资金 the same

    The totals are formulas, so 年度资金总额 always equals the sum of its 其中 lines.
    ``given``: ``{"sources": {"中央资金": {"numerator": …, "denominator": …}, …}}``.
    """
    from jixiao.templates.build import _cell_input

    sc = ind.scoring
    rule_text = w._rule_text(ind)
    w.put(top, "计分规则", rule_text, w.st.rule)
    per = given.get("sources") if isinstance(given, Mapping) else None
    per = per if isinstance(per, Mapping) else {}
    labels = {"numerator": sc.numerator or "全年执行数", "denominator": sc.denominator or "全年预算数"}
    total_rows = {key: w._sub_row(f"　其中：{label}（合计）") for key, label in labels.items()}
    parts: dict[str, list[tuple[str, Any]]] = {key: [] for key in labels}
    for name in sc.sources:
        mine = per.get(name) if isinstance(per.get(name), Mapping) else {}
        refs: dict[str, str] = {}
        amounts: dict[str, Any] = {}
        for key, label in labels.items():
            r = w._sub_row(f"　其中：{name}{label}")
            amounts[key] = _cell_input(mine.get(key))
            w.put(r, "业绩值", amounts[key], w.st.input_num)
            w._numeric_validation(r, "业绩值")
            refs[key] = w.ref(r, "业绩值")
            parts[key].append((read_value(w, r), amounts[key]))  # the sums read the helper
        w.rate_cell(w._sub_row(f"　其中：{name}执行率"), refs, amounts)
    refs, amounts = {}, {}
    for key, r in total_rows.items():
        cells = ",".join(ref for ref, _ in parts[key])
        numbers = [cell_number(a) for _, a in parts[key]]
        numbers = [x for x in numbers if x is not None]
        amounts[key] = sum(numbers, Decimal(0)) if numbers else ""
        w.formula(r, "业绩值", f'IF(COUNT({cells})=0,"",SUM({cells}))', w.st.calc_score,
                  float(amounts[key]) if numbers else "")
        refs[key] = w.ref(r, "业绩值")
    rate = w.rate_cell(top, refs, amounts)
    w._score(top, rule_text, rate, ind.weight, rate=True)


def blank_split_cells(w: Any, top: int, ind: IndicatorSpec) -> None:
    """指标性质 / 度量单位 cells of rows that are not 定量 targets (ratio budget rows…)."""
    if ind.scoring.kind in SELFEVAL_KINDS:
        return
    for col in ("指标性质", "度量单位"):
        if col in w.c:
            w.put(top, col, None, w.st.center)


__all__ = ["fmt_decimal", "is_selfeval", "qualitative_row", "selfeval_columns", "sourced_ratio_row",
           "target_row"]
