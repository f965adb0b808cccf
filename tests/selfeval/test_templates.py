"""The self-evaluation templates (selfeval-national, selfeval-transfer) filled at every edge of
the default rule, recalculated by LibreOffice, compared with the engine row by row.

Expected scores are hand arithmetic (W = 10 unless noted):
- at target: every 定量 row 10; budget 90 ÷ 90 = 100 % → 10;
- just below: 49 of ≥50 → 10×49/50 = 9.8; 94 % of ≥95 % → 10×0.94/0.95 = 9.894736…;
  89.99 % of ≥90 % → 10×0.8999/0.9 = 9.998888…; 99 % of =100 % → 9.9; budget 85 ÷ 90 → 9.444…;
- ≤ targets: 95万元 of ≤90万元 → 10×90/95 = 9.473684…; 80万元 → 10; 0 target (≤0次): 0 → 10, 2 → 0;
- above an "=" target: 105 % of =100 % → 10×1/1.05 = 9.523809….
"""

from decimal import Decimal

import openpyxl
import pytest

from jixiao.rules.grammar import parse_rule
from jixiao.rules.target import parse_target
from jixiao.templates.build import Filled, build_workbook
from jixiao.templates.spec import load_all_specs
from jixiao.validation import Severity, validate_workbook
from tests import lo

SPECS = {s.id: s for s in load_all_specs()}
NATIONAL = SPECS["selfeval-national"]
TRANSFER = SPECS["selfeval-transfer"]


def _paths(spec):
    return {ind.name: ind.path for ind in spec.indicators()}


AT = {"预算执行率": {"numerator": 90, "denominator": 90}, "完成数量": 50, "验收合格率": "95%",
      "资金使用合规率": "100%", "按时完成率": "90%", "项目总成本": 90, "安全事故发生次数": 0,
      "对社会的影响": {"value": "达成", "score": 9}, "长效管理机制": {"value": "部分达成", "score": 7},
      "服务对象满意度": "90%"}
BELOW = {"预算执行率": {"numerator": 85, "denominator": 90}, "完成数量": 49, "验收合格率": "94%",
         "资金使用合规率": "99%", "按时完成率": "89.99%", "项目总成本": 95, "安全事故发生次数": 2,
         "对社会的影响": {"value": "未达成", "score": 3}, "长效管理机制": {"value": "达成", "score": 8},
         "服务对象满意度": "95%"}
OTHER_SIDE = {**AT, "资金使用合规率": "105%", "项目总成本": 80, "完成数量": 60}

EXPECTED = {  # hand arithmetic, see the module docstring
    "AT": {"预算执行率": 10, "完成数量": 10, "验收合格率": 10, "资金使用合规率": 10, "按时完成率": 10,
           "项目总成本": 10, "安全事故发生次数": 10, "对社会的影响": 9, "长效管理机制": 7, "服务对象满意度": 10},
    "BELOW": {"预算执行率": 10 * 85 / 90, "完成数量": 9.8, "验收合格率": 10 * 0.94 / 0.95, "资金使用合规率": 9.9,
              "按时完成率": 10 * 0.8999 / 0.9, "项目总成本": 10 * 90 / 95, "安全事故发生次数": 0,
              "对社会的影响": 3, "长效管理机制": 8, "服务对象满意度": 10},
    "OTHER_SIDE": {"资金使用合规率": 10 / 1.05, "项目总成本": 10, "完成数量": 10},
}
FILLS = {"AT": AT, "BELOW": BELOW, "OTHER_SIDE": OTHER_SIDE}


def _build(spec, values, flavour, path):
    p = _paths(spec)
    return build_workbook(spec, flavour, path, Filled({p[k]: v for k, v in values.items()}))


def _sheet(path):
    ws = openpyxl.load_workbook(path, data_only=True)["评分表"]
    return {c.coordinate: c.value for row in ws.iter_rows() for c in row}


def _engine(ind, values):
    """The engine's score for a row (rule on the row's own target)."""
    v = values[ind.name]
    if ind.scoring.kind == "qualitative":
        return v["score"]
    if ind.scoring.kind == "ratio":
        rate = Decimal(v["numerator"]) / Decimal(v["denominator"])
        return float(parse_rule(ind.scoring.rule).score(rate, ind.weight))
    t = parse_target(ind.target)
    return float(parse_rule(ind.scoring.rule).score(v, ind.weight, t.value))


@pytest.mark.parametrize("fill", ["AT", "BELOW", "OTHER_SIDE"])
def test_cached_scores_are_the_hand_arithmetic(fill, tmp_path):
    res = _build(NATIONAL, FILLS[fill], "portable", tmp_path / "t.xlsx")
    values = _sheet(res.path)
    names = {ind.path: ind.name for ind in NATIONAL.indicators()}
    for _, path, cell in res.rows:
        name = names[path]
        if name in EXPECTED[fill]:
            assert values[cell] == pytest.approx(EXPECTED[fill][name], abs=1e-9), (name, cell)


@pytest.mark.parametrize("fill", ["AT", "BELOW", "OTHER_SIDE"])
def test_filled_template_validates_without_errors(fill, tmp_path):
    res = _build(NATIONAL, FILLS[fill], "portable", tmp_path / "t.xlsx")
    report = validate_workbook(res.path)
    assert [f for f in report.findings if f.severity is Severity.ERROR] == []
    # AT: 10×8 + 9 + 7 = 96 → 优
    if fill == "AT":
        assert report.tables[0].total == 96 and report.tables[0].computed_grade == "优"


def test_template_reads_as_a_selfeval_table(tmp_path):
    from jixiao.io import load_workbook
    from jixiao.reading import read_workbook_tables

    res = _build(NATIONAL, AT, "portable", tmp_path / "t.xlsx")
    table = read_workbook_tables(load_workbook(res.path).sheets)[0]
    assert {"nature", "target", "unit", "value"} <= table.columns.keys()
    row = next(r for r in table.rows if r.name == "项目总成本")
    assert (row.nature.raw, row.target.number, row.unit.raw) == ("≤", 90, "万元")
    assert row.rule == "<=T: W; >T: invprop"


def test_qualitative_score_outside_its_band_is_flagged_by_the_check_column(tmp_path):
    values = {**AT, "对社会的影响": {"value": "部分达成", "score": 9}}  # 部分达成: 5～8 of 10
    res = _build(NATIONAL, values, "portable", tmp_path / "t.xlsx")
    sheet = _sheet(res.path)
    row = next(r for r, p, _ in res.rows if p == _paths(NATIONAL)["对社会的影响"])
    assert sheet[f"M{row}"] == "超出范围"
    report = validate_workbook(res.path)
    assert ("K" + str(row), "selfeval-default") in {(f.cell, f.check) for f in report.findings}


def test_both_specs_build_in_both_flavours(tmp_path):
    for spec in (NATIONAL, TRANSFER):
        for flavour, ext in (("portable", "xlsx"), ("udf", "xlsm")):
            res = build_workbook(spec, flavour, tmp_path / f"{spec.id}.{ext}")
            assert res.path.exists() and res.total == "" and res.grade == ""


def _recalculated(res, flavour, work):
    """LibreOffice for the portable flavour; for the UDF flavour (whose 预算执行率 row calls
    EXEC_RATE/SCORE_RANGE, unknown to LibreOffice) the `formulas` engine with our UDFs."""
    if flavour == "portable":
        return _sheet(lo.recalc(res.path, work))
    from tests.formulas_eval import evaluate

    return {k.split("!", 1)[1]: v for k, v in evaluate(res.path).items() if k.startswith("评分表!")}


@pytest.mark.libreoffice
@pytest.mark.skipif(lo.SOFFICE is None, reason="LibreOffice not installed")
@pytest.mark.parametrize("flavour", ["portable", "udf"])
def test_libreoffice_recalculation_equals_the_engine_on_every_row(flavour, tmp_path):
    ext = "xlsx" if flavour == "portable" else "xlsm"
    for fill, values in FILLS.items():
        res = _build(NATIONAL, values, flavour, tmp_path / f"{fill}.{ext}")
        theirs = _recalculated(res, flavour, tmp_path / f"lo-{fill}")
        ours = _sheet(res.path)
        by_path = {ind.path: ind for ind in NATIONAL.indicators()}
        for _, path, cell in res.rows:
            ind = by_path[path]
            assert theirs[cell] == pytest.approx(_engine(ind, values), abs=1e-9), (fill, ind.name)
            assert theirs[cell] == pytest.approx(ours[cell], abs=1e-9), (fill, ind.name)
        if flavour == "portable":  # the recalculated file validates with no error
            report = validate_workbook(lo.recalc(res.path, tmp_path / f"lo2-{fill}"))
            assert [f for f in report.findings if f.severity is Severity.ERROR] == []
