"""Six published self-evaluation tables the checker had never seen (sources and the hand
findings, written before any run, in tables.py §16–21): each finding by validate against
the hand list, and the reading fixes they needed."""

from decimal import Decimal

import pytest

from jixiao.io import load_workbook
from jixiao.reading import read_workbook_tables
from jixiao.reading.headers import normalise_header
from jixiao.validation import Severity, validate_workbook
from tests.selfeval.tables import CHONGQING, EZHOU, PUTUO_A, PUTUO_B, SUIYANG, XIANGYANG, Table


def _errors(report):
    return sorted((f.cell, f.check) for f in report.findings if f.severity is Severity.ERROR)


def _table(t: Table, tmp_path, **kw):
    return read_workbook_tables(load_workbook(t.save(tmp_path / "t.xlsx", **kw)).sheets)[0]


@pytest.mark.parametrize("t", [PUTUO_A, PUTUO_B], ids=["普陀1", "普陀2"])
def test_putuo_as_printed_the_real_slips_are_errors_at_their_cells(t, tmp_path):
    report = validate_workbook(t.save(tmp_path / "t.xlsx"))
    assert _errors(report) == sorted(t.slips)
    assert _errors(validate_workbook(t.save(tmp_path / "c.xlsx", corrected=True))) == []


def test_putuo_rate_in_yuan_with_a_thousands_separator(tmp_path):
    # 215457.6 ÷ 250000 = 0.8618304 → 86.18%, printed 86.19%; the amount quoted as printed
    report = validate_workbook(PUTUO_A.save(tmp_path / "t.xlsx"))
    f = next(f for f in report.findings if f.check == "rate-mismatch")
    assert (f.cell, f.expected, f.actual) == ("G6", "86.18%", "86.19%")
    assert "215,457.6" in f.message
    # 8.62 + 10 + 20 + 20 + 30 + 10 = 98.62 = 总分; the score 10 × 0.8618 = 8.62 holds
    assert report.tables[0].total == Decimal("98.62") and report.tables[0].computed_grade == "优"
    assert "budget-score" not in {f.check for f in report.findings}


def test_putuo_b_other_lines_all_zero_under_a_total(tmp_path):
    # 其中 0 + 0 + 0 under 年度资金总额 20000 (年初 and 全年); no 执行数 on the lines: not compared
    report = validate_workbook(PUTUO_B.save(tmp_path / "t.xlsx"))
    by = {f.cell: f for f in report.findings if f.check == "fund-sum"}
    assert set(by) == {"C6", "D6"} and (by["C6"].expected, by["C6"].actual) == ("0", "20000")
    # the five indicators' scores are cut off in the source: 未填写, no total, no grade
    assert report.tables[0].total is None and report.tables[0].computed_grade is None
    assert sorted(f.cell for f in report.findings if f.check == "score-missing") == [
        "H13", "H14", "H15", "H16", "H17"]


def test_ezhou_budget_row_carrying_the_total(tmp_path):
    # budget line 分值 100, 执行率 125.25 ÷ 150 = 83.5%, 得分 98: 100 × 0.835 = 83.5;
    # 分值 100 + 20 + 10×5 = 170 > 100 whatever the cut rows hold
    report = validate_workbook(EZHOU.save(tmp_path / "t.xlsx"))
    assert _errors(report) == [("F6", "total-weight"), ("H6", "budget-score")]
    by = {f.check: f for f in report.findings}
    assert (by["budget-score"].expected, by["budget-score"].actual) == ("83.5", "98")
    assert (by["total-weight"].actual, by["total-weight"].expected) == ("170", "100")
    # the printed 83.5% matches (1 decimal); the bare “100%” target of the 预算执行率 row
    # prints no direction: its 18 of 20 is not judged
    assert not {"rate-mismatch", "selfeval-default"} & {f.check for f in report.findings}
    # the form's empty lines (a 时效指标 without an indicator) are not rows
    assert [r.name for r in _table(EZHOU, tmp_path).rows][1:] == [
        "预算执行率", "预算资金拨款率", "政务服务工作办结率", "大厅业务日常考核结果", "市民中心运行维护费",
        "大厅运行正常率"]


def test_xiangyang_ab_form_no_slip_and_the_cut_row_unknown(tmp_path):
    report = validate_workbook(XIANGYANG.save(tmp_path / "t.xlsx"))
    assert _errors(report) == []
    assert [(f.cell, f.check) for f in report.findings] == [("G16", "score-missing")]
    table = _table(XIANGYANG, tmp_path)
    assert (table.rows[0].weight.number, table.rows[0].score.number) == (20, 20)
    assert [(b.name, b.stated_weight) for b in table.blocks] == [("年度绩效目标", 80)]
    assert report.tables[0].total is None and report.tables[0].computed_grade is None


def test_weight_stated_in_the_header_is_read():
    assert normalise_header("分值（10分）") == "分值"
    assert normalise_header("得分（20分*执行率）") == "得分"


def test_suiyang_budget_block_without_a_rate_column(tmp_path):
    table = _table(SUIYANG, tmp_path)
    row = table.rows[0]
    # “分值（10分）” is the 分值 column (was not read: the budget row had no 分值 at all)
    assert (row.kind, row.weight.number, row.score.number) == ("budget", 10, 10)
    assert table.budget.national_default  # its 得分计算方法 prints 执行率*该指标分值
    report = validate_workbook(SUIYANG.save(tmp_path / "t.xlsx"))
    # 1268.72 ÷ 1172.55 = 108.2% → 10 (capped): no finding on F5; 基本支出 914.97 ÷ 985.19
    # = 92.87% → 9.29 by the printed method, printed 10; E5: only the budget row survives the cut
    assert _errors(report) == [("E5", "total-weight"), ("F6", "budget-score")]
    f = next(f for f in report.findings if f.check == "budget-score")
    assert (f.expected, f.actual) == ("9.29", "10") and "基本支出" in f.message
    # one 10-point row of a cut table is no 总分: no grade (it was graded 差 on its 10)
    assert report.tables[0].total is None and report.tables[0].computed_grade is None


def test_suiyang_printed_method_makes_a_budget_slip_an_error(tmp_path):
    # injected: 年度资金总额 scored 9 at 108.2% (capped → 10) → an error, the rule being printed
    report = validate_workbook(SUIYANG.save(tmp_path / "t.xlsx", changes={"F5": 9}))
    assert ("F5", "budget-score") in _errors(report)


def test_chongqing_weight_score_and_coefficient_columns(tmp_path):
    table = _table(CHONGQING, tmp_path)
    # 指标权重（分）/ 指标得分（分） are 分值 / 得分; 得分系数（%） is 得分率, never the 得分
    assert (table.columns["weight"], table.columns["score"], table.columns["rate"]) == (9, 10, 8)
    assert (table.columns["target"], table.columns["target_adjusted"]) == (5, 6)
    budget = table.rows[0]
    # the budget line prints no amount (illegible in the source): 76% | 10 | 7.6 still read
    assert (budget.kind, budget.weight.number, budget.score.number, budget.value.raw) == (
        "budget", 10, Decimal("7.6"), "76%")
    assert [r.name for r in table.rows[1:4]] == ["财政供养人员控制率", "“三公”经费变动率", "基础信息完善"]
    report = validate_workbook(CHONGQING.save(tmp_path / "t.xlsx"))
    # 76% × 10 = 7.6 and every 系数 100% × 权重 = 得分; only the cut shows: 10 + 30 = 40 of 100
    assert _errors(report) == [("G5", "total-weight")]


def test_chongqing_coefficient_checked_and_adjusted_target_used(tmp_path):
    # injected: 政府采购执行率 scored 1.45 of 2 with 得分系数 left at 100% → 72.5% ≠ 100%
    report = validate_workbook(CHONGQING.save(tmp_path / "t.xlsx", changes={"J17": 1.45}))
    f = next(f for f in report.findings if f.check == "score-rate-mismatch")  # a warning
    assert (f.cell, f.expected, f.actual) == ("H17", "72.50%", "100.00%")
    # a filled 调整指标值 is the row's target
    table = _table(CHONGQING, tmp_path, changes={"F12": "≥80%"})
    row = next(r for r in table.rows if r.name == "预算完成率")
    assert (row.target.ref, row.target.raw) == ("F12", "≥80%")
