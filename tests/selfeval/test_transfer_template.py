"""selfeval-transfer (转移支付区域绩效自评表): the 中央资金 / 地方资金 lines under 预算执行率.

Layout (rows below 预算执行率, column 业绩值): 全年执行数（合计）, 全年预算数（合计） — each the
SUM of the sources' lines, by formula —, then per source 全年执行数, 全年预算数 (inputs) and
执行率 (formula). Expected values are hand arithmetic (W = 10):
- SPLIT: 中央 80 ÷ 100 = 80 %; 地方 18 ÷ 20 = 90 %; total 98 ÷ 120 = 81.666… % → 10 × 0.81666… = 8.1666…
- ZERO: 中央 80 ÷ 100 = 80 %; 地方 0 ÷ 0 → "预算数为0" text; total 80 ÷ 100 = 80 % → 8
- CENTRAL_ONLY: 中央 45 ÷ 50 = 90 %; 地方 blank → ""; total 45 ÷ 50 → 9
- OVER: 中央 110 ÷ 100 = 110 %; 地方 10 ÷ 20 = 50 %; total 120 ÷ 120 = 100 % → 10
"""

import openpyxl
import pytest

from jixiao.templates.build import Filled, build_workbook
from jixiao.templates.spec import load_all_specs
from jixiao.validation import Severity, validate_workbook
from tests import lo

TRANSFER = next(s for s in load_all_specs() if s.id == "selfeval-transfer")
BUDGET = next(i for i in TRANSFER.indicators() if i.name == "预算执行率")
ZERO_TEXT = "#JIXIAO! 预算数为0，无法计算执行率"


def _src(c, d):
    return {"numerator": c, "denominator": d}


FILLS = {
    "SPLIT": {"中央资金": _src(80, 100), "地方资金": _src(18, 20)},
    "ZERO": {"中央资金": _src(80, 100), "地方资金": _src(0, 0)},
    "CENTRAL_ONLY": {"中央资金": _src(45, 50)},
    "OVER": {"中央资金": _src(110, 100), "地方资金": _src(10, 20)},
}
# label of the sub-row → expected 业绩值; "score" → expected 得分 (hand arithmetic above)
EXPECTED = {
    "SPLIT": {"全年执行数（合计）": 98, "全年预算数（合计）": 120, "中央资金执行率": 0.8,
              "地方资金执行率": 0.9, "rate": 98 / 120, "score": 10 * 98 / 120},
    "ZERO": {"全年执行数（合计）": 80, "全年预算数（合计）": 100, "中央资金执行率": 0.8,
             "地方资金执行率": ZERO_TEXT, "rate": 0.8, "score": 8},
    "CENTRAL_ONLY": {"全年执行数（合计）": 45, "全年预算数（合计）": 50, "中央资金执行率": 0.9,
                     "地方资金执行率": None, "rate": 0.9, "score": 9},
    "OVER": {"全年执行数（合计）": 120, "全年预算数（合计）": 120, "中央资金执行率": 1.1,
             "地方资金执行率": 0.5, "rate": 1.0, "score": 10},
}


def _build(fill, flavour, path):
    return build_workbook(TRANSFER, flavour, path, Filled({BUDGET.path: {"sources": FILLS[fill]}}))


def _cells(path):
    ws = openpyxl.load_workbook(path, data_only=True)["评分表"]
    return {c.coordinate: c.value for row in ws.iter_rows() for c in row}


def _layout(res):
    """label → 业绩值 cell of the budget row's sub-rows; "rate"/"score" → the main row's cells."""
    top = next(r for r, p, _ in res.rows if p == BUDGET.path)
    ws = openpyxl.load_workbook(res.path)["评分表"]
    head = {ws.cell(3, c).value: c for c in range(1, ws.max_column + 1)}
    name, value = head["三级指标"], openpyxl.utils.get_column_letter(head["实际完成值"])
    out = {"rate": f"{value}{top}", "score": next(c for r, p, c in res.rows if p == BUDGET.path)}
    r = top + 1
    while (label := ws.cell(r, name).value) and label.lstrip().startswith("其中"):
        out[label.lstrip().removeprefix("其中：")] = f"{value}{r}"
        r += 1
    return out


def _same(got, want):
    if isinstance(want, str) or want is None:
        return got == want or (want is None and got == "")
    return got == pytest.approx(want, abs=1e-9)


def test_layout_has_the_source_lines_and_their_rates(tmp_path):
    cells = _layout(_build("SPLIT", "portable", tmp_path / "t.xlsx"))
    assert list(cells)[2:] == [
        "全年执行数（合计）", "全年预算数（合计）", "中央资金全年执行数", "中央资金全年预算数",
        "中央资金执行率", "地方资金全年执行数", "地方资金全年预算数", "地方资金执行率"]


@pytest.mark.parametrize("fill", list(FILLS))
def test_cached_values_are_the_hand_arithmetic(fill, tmp_path):
    res = _build(fill, "portable", tmp_path / "t.xlsx")
    where, shown = _layout(res), _cells(res.path)
    for key, want in EXPECTED[fill].items():
        assert _same(shown[where[key]], want), (fill, key, shown[where[key]])


@pytest.mark.parametrize("fill", list(FILLS))
def test_filled_transfer_template_validates_without_errors(fill, tmp_path):
    report = validate_workbook(_build(fill, "portable", tmp_path / "t.xlsx").path)
    assert [f for f in report.findings if f.severity is Severity.ERROR] == []


def test_a_wrong_typed_total_would_be_caught_by_the_rate_check(tmp_path):
    # the totals are formulas; a user who overwrites 全年预算数（合计）with 100 (sources say 120)
    # leaves the cached rate 81.67 % beside 98 ÷ 100 = 98 % → rate-mismatch at the rate cell
    res = _build("SPLIT", "portable", tmp_path / "t.xlsx")
    where = _layout(res)
    wb = openpyxl.load_workbook(res.path)
    wb["评分表"][where["全年预算数（合计）"]] = 100
    wb["评分表"][where["rate"]] = 98 / 120
    wb.save(tmp_path / "typed.xlsx")
    report = validate_workbook(tmp_path / "typed.xlsx")
    assert (where["rate"], "rate-mismatch") in {(f.cell, f.check) for f in report.findings}


@pytest.mark.libreoffice
@pytest.mark.skipif(lo.SOFFICE is None, reason="LibreOffice not installed")
def test_libreoffice_recalculation_equals_the_engine_on_every_line(tmp_path):
    for fill in FILLS:
        res = _build(fill, "portable", tmp_path / f"{fill}.xlsx")
        where, ours = _layout(res), _cells(res.path)
        recalculated = lo.recalc(res.path, tmp_path / f"lo-{fill}")
        theirs = _cells(recalculated)
        for key, want in EXPECTED[fill].items():
            assert _same(theirs[where[key]], want), (fill, key, theirs[where[key]])
            assert _same(theirs[where[key]], ours[where[key]] if ours[where[key]] != "" else None)
        report = validate_workbook(recalculated)
        assert [f for f in report.findings if f.severity is Severity.ERROR] == []


def test_udf_flavour_evaluated_by_formulas_equals_the_engine(tmp_path):
    from tests.formulas_eval import evaluate

    for fill in ("SPLIT", "OVER"):
        res = _build(fill, "udf", tmp_path / f"{fill}.xlsm")
        where = _layout(res)
        theirs = {k.split("!", 1)[1]: v for k, v in evaluate(res.path).items()
                  if k.startswith("评分表!")}
        for key, want in EXPECTED[fill].items():
            assert _same(theirs[where[key]], want), (fill, key, theirs[where[key]])
