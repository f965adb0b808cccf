"""The budget block reader on small hand-made sheets (synthetic, laid out like the forms;
the real published tables are in tables.py). Expected values are hand arithmetic."""

from decimal import Decimal

from jixiao.grid import Grid
from jixiao.reading import read_tables
from jixiao.validation import Severity
from jixiao.validation.validate import validate_table

IND_HEADER = ["", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"]


def _grid(rows, merged=()):
    return Grid.from_rows("自评表", rows, merged=list(merged))


def _errors(table, grid):
    findings, summary = validate_table(table, grid)
    return sorted((f.cell, f.check) for f in findings if f.severity is Severity.ERROR), summary


def test_transfer_form_central_and_local_lines_are_parts_of_the_total():
    # 转移支付区域绩效自评表 layout: 中央资金 / 地方资金 under 年度资金总额
    rows = [
        ["资金情况（万元）", None, "全年预算数（A）", "全年执行数（B）", "分值", "执行率（B/A）", "得分"],
        [None, "年度资金总额", 500, 480, 10, "96%", 9.6],
        [None, "其中：中央资金", 300, 300, None, "100%"],
        [None, "地方资金", 200, 180, None, "90%"],
        IND_HEADER,
        [None, "产出指标", "数量指标", "补助人数", "≥1000人", 1000, 90, 90],
        ["总分", None, None, None, None, None, 100, 99.6],
    ]
    grid = _grid(rows)
    table = read_tables(grid)[0]
    block = table.budget
    assert block.total.label == "年度资金总额"
    assert [p.label for p in block.parts] == ["其中:中央资金", "地方资金"]
    # 480 ÷ 500 = 96% → 10 × 0.96 = 9.6; 300 + 200 = 500, 300 + 180 = 480; 9.6 + 90 = 99.6
    errors, summary = _errors(table, grid)
    assert errors == [] and summary.total == Decimal("99.6")
    # 地方资金 executed 190 → the total 480 ≠ 300 + 190 = 490
    rows[3][3] = 190
    rows[3][5] = "95%"
    errors, _ = _errors(read_tables(_grid(rows))[0], _grid(rows))
    assert errors == [("D2", "fund-sum")]


def test_without_a_full_year_budget_the_initial_budget_is_the_denominator():
    rows = [
        ["项目资金", None, "年初预算数", "执行数", "分值", "执行率", "得分"],
        [None, "年度资金总额", 80, 78, 10, "97.50%", 9.75],  # 78 ÷ 80 = 97.5% → 9.75
        IND_HEADER,
        [None, "产出指标", "数量指标", "完成数量", "≥10个", 10, 90, 90],
    ]
    grid = _grid(rows)
    errors, summary = _errors(read_tables(grid)[0], grid)
    assert errors == []
    rows[1][5] = "97.00%"  # printed rate wrong
    errors, _ = _errors(read_tables(_grid(rows))[0], _grid(rows))
    assert ("F2", "rate-mismatch") in errors


def test_header_suffixes_and_line_breaks_do_not_stop_a_match():
    rows = [
        ["项目资金\n（万元）", None, "年初\n预算数", "全年预算数\n（A）", "全年执行数（B）", "分 值", "执行率\n（B/A）",
         "得分"],
        [None, "年度资金总额", 10, 10, 10, 10, "100%", 10],
        ["绩效指标", "一级\n指标", "二级指标", "三级指标", "年度指标值\n（A）", "全年实际值（B）", "分值", "得分",
         "偏差原因分析及改进措施"],
        [None, "产出指标（90分）", "数量指标", "完成数量", "≥10个", 10, 90, 90],
        ["总分", None, None, None, None, None, 100, 100],
    ]
    table = read_tables(_grid(rows))[0]
    assert table.budget is not None and table.rows[0].kind == "budget"
    assert {"level1", "level3", "target", "value", "weight", "score", "process"} <= table.columns.keys()
    assert table.sections[1].stated_weight == 90


def test_a_score_header_weight_is_used_when_there_is_no_weight_column():
    rows = [
        ["预算执行情况（万元）（20分）", None, "预算数（A）", "执行数（B）", "执行率（B/A）", "得分（20分*执行率）"],
        [None, "年度财政资金总额", 50, 45, "90%", 18],  # 45 ÷ 50 = 90% → 20 × 0.9 = 18
        ["", "一级指标", "二级指标", "三级指标", "年初目标值（A）", "实际完成值（B）", "得分"],
        [None, "产出指标", "数量指标", "完成数量", 10, 10, 80],
        ["总分", None, None, None, None, None, 98],
    ]
    grid = _grid(rows)
    table = read_tables(grid)[0]
    assert table.rows[0].weight.number == 20 and table.budget.national_default
    errors, summary = _errors(table, grid)
    assert errors == [] and summary.total == 98
    rows[1][5] = 20  # rounded up to full marks (and the 总分 98 no longer adds up: 20 + 80 = 100)
    errors, _ = _errors(read_tables(_grid(rows))[0], _grid(rows))
    assert errors == [("F2", "budget-score"), ("G5", "total-sum")]


def test_ab_table_without_total_row_totals_every_printed_score():
    # A/B style, no per-row weights, no 总分 row: 18 (budget) + 80 = 98 → 优; a blank score → no total
    rows = [
        ["预算执行情况（万元）（20分）", None, "预算数（A）", "执行数（B）", "执行率（B/A）", "得分（20分*执行率）"],
        [None, "年度财政资金总额", 50, 45, "90%", 18],
        ["", "一级指标", "二级指标", "三级指标", "年初目标值（A）", "实际完成值（B）", "得分"],
        [None, "产出指标", "数量指标", "完成数量", 10, 10, 80],
    ]
    grid = _grid(rows)
    _, summary = _errors(read_tables(grid)[0], grid)
    assert summary.total == 98 and summary.computed_grade == "优"
    rows[3][6] = None
    _, summary = _errors(read_tables(_grid(rows))[0], _grid(rows))
    assert summary.total is None and summary.computed_grade is None


def test_the_self_evaluation_default_is_not_assumed_for_an_evaluation_report():
    # no budget block, no 指标性质: an evaluation 评分表 whose rules are not printed
    rows = [["序号", "三级指标", "指标值", "分值", "业绩值", "得分"],
            [1, "完成率", "≥95%", 10, "90%", 10]]
    grid = _grid(rows)
    findings, _ = validate_table(read_tables(grid)[0], grid)
    assert "selfeval-default" not in {f.check for f in findings}
