"""Checks that self-evaluation tables (项目支出绩效自评表) need.

- the budget block: 执行率 = 执行数 ÷ 预算数 with the denominator the table defines
  (全年预算数 / 调整后预算数 when printed, else 年初预算数), compared at the precision
  the rate is printed with (a truncated rate is an error, a correctly rounded one is
  not); 0 ÷ 0 printed as a rate → "预算数为 0，执行率无法计算"; 年度资金总额 against
  the sum of its 其中 lines; the 预算执行率 score against 执行率 × 分值 (capped at
  分值), an error when the layout states that rule, else a ``selfeval-default`` warning;
- indicator rows scored against their own target (年度指标值): by the rule printed
  in a 得分计算方法 column when it is the national formula (an error when it does not
  match), else by the national default as a ``selfeval-default`` warning naming it.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Any

from jixiao.errors import InputError
from jixiao.reading.model import BudgetBlock, BudgetLine, CellValue, IndicatorRow, ScoringTable
from jixiao.rules.grammar import parse_rule
from jixiao.rules.model import ONE, ZERO, Rule, fmt_decimal
from jixiao.rules.target import (
    DEFAULT_NAME,
    QUALITATIVE_BANDS,
    default_rule,
    negative_on_target_reason,
    parse_target,
    qualitative_answer,
    value_on_target,
)
from jixiao.validation.checks import SCORE_TOL, Item, d, pct, refused_finding, row_target
from jixiao.validation.findings import Finding, finding

_BUDGET_RULE = "执行率×分值（不超过分值）"

# 得分计算方法 texts stating the national formula: "全年实际值（B）/年度指标值（A）*该指标分值"
_FORWARD_RE = re.compile(r"(?:实际|完成)值?(?:\(B\))?[^/÷]{0,6}[/÷](?:年度|年初)?(?:指标|目标)值")
_REVERSE_RE = re.compile(r"(?:指标|目标)值?(?:\(A\))?[^/÷]{0,6}[/÷](?:全年)?(?:实际|完成)值")


def stated_default_rule(text: str | None) -> Rule | None:
    """The rule a 得分计算方法 cell states when it is the national formula, else ``None``.

    >>> str(stated_default_rule("全年实际值（B）/年度指标值（A）*该指标分值"))
    '>=T: W; <T: prop'
    >>> str(stated_default_rule("年度指标值/全年实际值×分值"))
    '<=T: W; >T: invprop'
    """
    if not text:
        return None
    t = re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))
    if _REVERSE_RE.search(t) and not _FORWARD_RE.search(t):
        return parse_rule("<=T: W; >T: invprop")
    if _FORWARD_RE.search(t) and not _REVERSE_RE.search(t):
        return parse_rule(">=T: W; <T: prop")
    return None


def stated_default_checked(m: IndicatorRow) -> bool:
    """The row states the national formula (:func:`stated_default_rule`) and :func:`check_targets` checks it: the row
    has a 指标值 to score against and a 业绩值 cell. Without a 指标值 the rule checks read the text as collect scores it
    (fresh78 CL1-2 "未完成按实际值/目标值比例计分" beside a 完成率: 90% → 4.5 of 5) — before p38 neither checked such a
    row and validate said nothing at all."""
    return not m.rule and stated_default_rule(m.standard) is not None and m.value is not None \
        and row_target(m) is not None


def qualitative_default(text: str | None) -> bool:
    """True when a 评分标准 text is the national 定性 bands (达成 / 部分达成 / 未达成)."""
    return bool(text) and "部分达成" in text and "未达成" in text


def _label(m: IndicatorRow) -> str:
    return f"“{m.name or '（无名称）'}”"


# ---------------------------------------------------------------------------
# budget block
# ---------------------------------------------------------------------------


def _percent_places(cv: CellValue) -> int | None:
    """Decimals of the percent as printed ("99.97%" → 2; 0.9997 → 2; "100%" → 0)."""
    raw = cv.raw
    if isinstance(raw, str):
        m = re.search(r"\d(?:\.(\d+))?\s*[%％]", raw)
        if m:
            return len(m.group(1) or "")
        m = re.search(r"\.(\d+)", raw)
        return max(0, len(m.group(1)) - 2) if m else 0
    if cv.is_percent_format:
        m = re.search(r"0\.(0+)%", cv.number_format)
        return len(m.group(1)) if m else 0
    if isinstance(raw, bool) or not isinstance(raw, int | float | Decimal):
        return None
    text = format(Decimal(str(raw)).normalize(), "f")
    frac = text.split(".")[1] if "." in text else ""
    return max(0, len(frac) - 2)


def _quantize(x: Decimal, q: Decimal) -> Decimal:
    try:
        return x.quantize(q, rounding=ROUND_HALF_UP)
    except InvalidOperation:  # too many digits to round: compare as is
        return x


def _rounds_to(computed: Decimal, stated: Decimal, places: int) -> bool:
    q = Decimal(1).scaleb(-(places + 2))  # places of a percent = places + 2 of a fraction
    return _quantize(computed, q) == _quantize(stated, q)


def _denominator(line: BudgetLine, header: dict[str, str]) -> tuple[CellValue | None, str]:
    if line.budget is not None and line.budget.number is not None:
        return line.budget, header.get("budget", "全年预算数")
    if line.initial is not None and line.initial.number is not None:
        return line.initial, header.get("budget_initial", "年初预算数")
    return None, ""


def _rate_operands(line: BudgetLine, header: dict[str, str]
                   ) -> tuple[Decimal, Decimal, CellValue, CellValue, str] | None:
    """(执行数, 预算数, their cells, the 预算数 column's name) when both are numbers (预算数 may be 0)."""
    den, name = _denominator(line, header)
    ex = line.executed
    if den is None or den.number is None or ex is None or ex.number is None:
        return None
    return ex.number, den.number, ex, den, name


def line_rate(line: BudgetLine, header: dict[str, str]) -> tuple[Decimal | None, str]:
    """执行数 ÷ 预算数 of a budget line and how it was computed, or ``None``."""
    ops = _rate_operands(line, header)
    if ops is None or ops[1] == 0:
        return None, ""
    executed, budget, ex, den, name = ops
    return executed / budget, f"{header.get('executed', '执行数')} {ex.ref} ÷ {name} {den.ref}"


def check_budget(sheet: str, table: ScoringTable, headers: dict[str, str]) -> Iterator[Finding]:
    block = table.budget
    if block is None:
        return
    yield from check_budget_lines(sheet, block, headers)
    yield from _check_budget_score(sheet, table, headers)


def check_budget_lines(sheet: str, block: BudgetBlock, headers: dict[str, str]) -> Iterator[Finding]:
    """Each line's 执行率 and 年度资金总额 = Σ其中 — what a block says without any scoring."""
    for line in block.lines:
        yield from _check_line_rate(sheet, line, headers)
    if not block.side_by_side:
        yield from _check_fund_sum(sheet, block.total, block.parts, headers)


def _as_printed(cv: CellValue) -> str:
    """An amount as the cell shows it: "3824.26万元" stays so (its number is in 元)."""
    return cv.raw.strip() if isinstance(cv.raw, str) else fmt_decimal(cv.number)


def _check_line_rate(sheet: str, line: BudgetLine, headers: dict[str, str]) -> Iterator[Finding]:
    rate = line.rate
    if rate is None or rate.number is None:
        return
    ops = _rate_operands(line, headers)
    if ops is None:
        return
    executed, budget, ex, den, name = ops
    if budget == 0:
        yield finding("rate-zero-budget", sheet, rate.ref,
                      f"{rate.ref}：“{line.label}”{name}为 0，执行率无法计算，表中填为 {pct(rate.number)}"
                      "（应填“/”或留空）", expected="/", actual=pct(rate.number))
        return
    computed = executed / budget
    places = _percent_places(rate)
    if places is None:
        places = 2
    if not _rounds_to(computed, rate.number, places) and not _bare_percent(rate, computed, places):
        shown = _quantize(computed, Decimal(1).scaleb(-(places + 2)))
        printed = f"{fmt_decimal(rate.number)}（未写“%”）" if _bare(rate) else pct(rate.number)
        yield finding("rate-mismatch", sheet, rate.ref,
                      f"{rate.ref}：“{line.label}”执行率 {printed}，按 {headers.get('executed', '执行数')} "
                      f"{_as_printed(ex)} ÷ {name} {_as_printed(den)} 计算为 {pct(computed)}"
                      f"（保留{places}位小数应为 {pct(shown)}）",
                      expected=pct(shown), actual=printed)


def _bare(rate: CellValue) -> bool:
    """The 执行率 cell holds a number over 1 typed without “%” (“20”, not “20%” nor 0.2)."""
    if rate.number is None or rate.number <= 1:
        return False
    if isinstance(rate.raw, str):
        return not re.search(r"[%％]", rate.raw)
    return not rate.is_percent_format


def _bare_percent(rate: CellValue, computed: Decimal, places: int) -> bool:
    """A number typed without its “%” in the 执行率 column (昌宁 A/B 自评表: 10 ÷ 50 printed “20”):
    read as a percent only when it then matches the amounts — the ratio reading (20 = 2000%)
    is never a slip the table made."""
    if not _bare(rate):
        return False
    assert rate.number is not None
    exponent = rate.number.normalize().as_tuple().exponent
    shown = max(0, -exponent) if isinstance(exponent, int) else places
    return _rounds_to(computed, rate.number / 100, shown)


def _check_fund_sum(sheet: str, total: BudgetLine | None, parts: list[BudgetLine],
                    headers: dict[str, str]) -> Iterator[Finding]:
    if total is None or not parts or not total.is_total:
        return
    for fld in ("initial", "budget", "executed"):
        tv: CellValue | None = getattr(total, fld)
        values = [getattr(p, fld) for p in parts]
        nums = [v.number for v in values if v is not None and v.number is not None]
        if tv is None or tv.number is None or not nums:
            continue
        s = sum(nums, ZERO)
        tol = Decimal("0.005") * len(nums) + Decimal("0.0000001")
        if abs(s - tv.number) > tol:
            name = headers.get({"initial": "budget_initial"}.get(fld, fld), fld)
            yield finding("fund-sum", sheet, tv.ref,
                          f"{tv.ref}：“{total.label}”{name} {fmt_decimal(tv.number)}，"
                          f"其中各项之和为 {fmt_decimal(s)}", expected=fmt_decimal(s),
                          actual=fmt_decimal(tv.number))


def _check_budget_score(sheet: str, table: ScoringTable, headers: dict[str, str]) -> Iterator[Finding]:
    block = table.budget
    assert block is not None
    row = next((r for r in table.rows if r.kind == "budget"), None)
    total = block.total
    if row is None or total is None:
        return
    yield from _line_score(sheet, block, total, row.weight, row.score, headers)
    # a 资金来源 line printing its own 分值 and 得分 (绥阳: 基本支出 | 985.19 | 914.97 | 10 | 10)
    for part in block.parts:
        yield from _line_score(sheet, block, part, part.weight, part.score, headers)


def line_expected(total: BudgetLine, weight: CellValue | None,
                  headers: dict[str, str]) -> tuple[Decimal, Decimal, str] | None:
    """A budget line's score by the national rule 执行率 × 分值 (capped at 分值): (score, 执行率, where the rate
    comes from), or ``None`` when there is no weight or no rate (0 ÷ 0 is reported on the rate). Validation
    checks the printed 得分 against it; 核定 of a hand-made 自评表 scores the line by it."""
    w = weight.number if weight is not None else None
    if w is None:
        return None
    rate, how = line_rate(total, headers)
    if rate is None and total.rate is not None and total.rate.number is not None:
        den, _ = _denominator(total, headers)
        if den is not None and den.number == 0:
            return None  # 0 ÷ 0: reported on the rate
        rate, how = total.rate.number, f"表中执行率 {total.rate.ref}"
    if rate is None:
        return None
    return max(min(rate, ONE) * w, ZERO), rate, how


def _line_score(sheet: str, block: BudgetBlock, total: BudgetLine, weight: CellValue | None,
                s: CellValue | None, headers: dict[str, str]) -> Iterator[Finding]:
    """One line's 得分 against 执行率 × 分值 (capped at 分值)."""
    if s is None or s.number is None:
        return
    said = line_expected(total, weight, headers)
    if said is None:
        return
    expected, rate, how = said
    w = weight.number  # type: ignore[union-attr]  # line_expected needs a weight
    if abs(expected - s.number) <= SCORE_TOL:
        return
    what = "预算执行率得分" if total is block.total else f"“{total.label}”得分"
    msg = (f"{s.ref}：{what} {d(s.number)}，按 {_BUDGET_RULE} 应为 {d(expected)}"
           f"（执行率 {pct(rate)}，{how}；分值 {d(w)}）")
    if block.national_default:
        yield finding("budget-score", sheet, s.ref, msg, expected=d(expected), actual=d(s.number))
    else:
        yield finding("selfeval-default", sheet, s.ref,
                      msg + "。表中未写预算执行率的评分规则，按全国默认规则核对，如本地规则不同可忽略",
                      expected=d(expected), actual=d(s.number))


# ---------------------------------------------------------------------------
# indicator rows against their targets
# ---------------------------------------------------------------------------


def _raw(cv: CellValue | None) -> Any:
    return None if cv is None else cv.raw


def check_targets(sheet: str, table: ScoringTable, items: list[Item]) -> Iterator[Finding]:
    """Score each 定量 row from its target (and each 定性 row's range) where no rule is printed."""
    if "target" not in table.columns or "value" not in table.columns:
        return
    for it in items:
        m = it.main
        if m.kind != "indicator" or m.rule:
            continue
        stated = stated_default_rule(m.standard)
        if m.standard and stated is None and not qualitative_default(m.standard):
            continue  # a printed rule of another kind: the rule checks handle it
        if stated is None and not it.selfeval:
            continue  # the self-evaluation default is not assumed for evaluation reports
        yield from _check_row(sheet, m, stated)


def _check_row(sheet: str, m: IndicatorRow, stated: Rule | None) -> Iterator[Finding]:
    w = m.weight.number if m.weight is not None else None
    s, v = m.score, m.value
    if w is None or s is None or s.number is None or v is None or v.is_blank:
        return
    target = parse_target(_raw(m.target), _raw(m.nature), _raw(m.unit),
                          percent_cell=bool(m.target and m.target.is_percent_format))
    answer = qualitative_answer(v.raw)
    if target is not None and v.number is not None and answer is None:
        rule = stated or default_rule(target)
        x, why = value_on_target(v, target, "实际完成值")
        if x is None:
            yield finding("value-unreadable", sheet, v.ref, f"{v.ref}：指标{_label(m)}{why}，得分未核对",
                          actual=str(v.raw))
            return
        if (why := negative_on_target_reason(v.raw, x, target, m.name)) is not None:  # −5% beside "≥95%" (p30)
            if stated is not None:  # a printed rule: collect scores it and refuses the row alike
                yield from refused_finding(sheet, m, why)
            else:  # the national default is only a reminder here (collect takes the typed 得分): a warning
                yield finding("selfeval-default", sheet, v.ref, f"{v.ref}：指标{_label(m)}：{why}（表中未写评分规则，仅作提醒）",
                              actual=str(v.raw))
            return
        if stated is None and not target.stated_op and x != target.value:
            return  # a bare "90%" / "43.2": 正向 or 反向 is not printed — do not guess
        if stated is not None and (why := stated.target_unit_reason(target)) is not None:
            yield from refused_finding(sheet, m, why)  # "per 1%" from "≥1000户": no score (r63)
            return
        try:
            expected = rule.score(x, w, target.value)
        except InputError:
            return
        if abs(expected - s.number) <= SCORE_TOL:
            return
        shown_x = pct(x) if target.is_percent else fmt_decimal(x)
        how = f"指标值 {target}，实际完成值 {shown_x}"
        if stated is not None:
            yield finding("score-mismatch", sheet, s.ref,
                          f"{s.ref}：指标{_label(m)}{how}，按表中得分计算方法应得 {d(expected)} 分，"
                          f"表中为 {d(s.number)} 分", expected=d(expected), actual=d(s.number))
        else:
            yield finding("selfeval-default", sheet, s.ref,
                          f"{s.ref}：指标{_label(m)}{how}，按{DEFAULT_NAME}应得 {d(expected)} 分，"
                          f"表中为 {d(s.number)} 分（表中未写评分规则，仅作提醒）",
                          expected=d(expected), actual=d(s.number))
        return
    if answer is not None and stated is None:
        lo, hi = QUALITATIVE_BANDS[answer]
        if not (lo * w - SCORE_TOL <= s.number <= hi * w + SCORE_TOL):
            band = f"{d(lo * w)}～{d(hi * w)}"
            yield finding("selfeval-default", sheet, s.ref,
                          f"{s.ref}：指标{_label(m)}自评为“{v.raw}”，按{DEFAULT_NAME}得分应在 {band} 分之间，"
                          f"表中为 {d(s.number)} 分（表中未写评分规则，仅作提醒）",
                          expected=band, actual=d(s.number))


def header_texts(table: ScoringTable, grid: Any) -> dict[str, str]:
    """Field → header text as printed in the budget block ("budget" → "调整后预算数")."""

    return block_header_texts(table.budget, grid)


def block_header_texts(block: BudgetBlock | None, grid: Any) -> dict[str, str]:
    """Field → header text of one budget block (see :func:`header_texts`)."""
    from jixiao.reading.headers import normalise_header

    out: dict[str, str] = {}
    if block is None or grid is None:
        return out
    for fld, col in block.columns.items():
        v = grid.get(block.header_row, col)
        if isinstance(v, str) and v.strip():
            out[fld] = normalise_header(v)
    return out
