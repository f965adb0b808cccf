"""The national default as a warning (selfeval-default), a printed 得分计算方法 as a rule,
and the two-row 偏差原因分析及改进措施 header.

Tables are the national layout of tables.TANGXI (池州市贵池区棠溪镇 2022, corrected) with
the changes named in each test; expected scores are hand arithmetic.
"""

from decimal import Decimal

from jixiao.io import load_workbook
from jixiao.reading import read_workbook_tables
from jixiao.validation import Severity, validate_workbook
from tests.selfeval.tables import TANGXI, Table


def _report(tmp_path, changes, table: Table = TANGXI):
    return validate_workbook(table.save(tmp_path / "t.xlsx", corrected=True, changes=changes))


def _found(report, check):
    return [(f.cell, f.expected, f.actual) for f in report.findings if f.check == check]


def test_row_below_its_target_scored_full_is_a_warning_naming_the_default(tmp_path):
    # 基建工程委托业务项目数量 ≥50个, actual 45, printed 8 of 8: default 8 × 45/50 = 7.2
    report = _report(tmp_path, {"F13": 45})
    assert _found(report, "selfeval-default") == [("H13", "7.2", "8")]
    f = next(f for f in report.findings if f.check == "selfeval-default")
    assert f.severity is Severity.WARNING and "财预〔2020〕10号" in f.message
    assert not [f for f in report.findings if f.severity is Severity.ERROR]


def test_reverse_target_above_it(tmp_path):
    # 项目总成本 ≤90万元, actual 100, printed 8: default 8 × 90/100 = 7.2; printed 7.2 → quiet
    assert _found(_report(tmp_path, {"F17": 100}), "selfeval-default") == [("H17", "7.2", "8")]
    assert _found(_report(tmp_path, {"F17": 100, "H17": 7.2}), "selfeval-default") == []


def test_qualitative_answer_outside_its_band(tmp_path):
    # 部分达成预期指标 on a 10-point row: 5～8; printed 10 → warning; 6 → quiet
    report = _report(tmp_path, {"F18": "部分达成预期指标"})
    assert _found(report, "selfeval-default") == [("H18", "5～8", "10")]
    assert _found(_report(tmp_path, {"F18": "部分达成预期指标", "H18": 6}), "selfeval-default") == []


def with_method_column() -> Table:
    """TANGXI with a 得分计算方法 column (J) stating the national formula per quantitative row."""
    rows = [list(r) + [None] * (10 - len(r)) for r in TANGXI.rows]
    rows[11][9] = "得分计算方法"
    rows[12][9] = "全年实际值/年度指标值×该指标分值"
    rows[16][9] = "年度指标值/全年实际值×该指标分值"
    return Table(TANGXI.source + "（加“得分计算方法”列）", "national + 得分计算方法", rows, TANGXI.merged,
                 TANGXI.corrections)


def test_printed_method_is_a_rule_so_a_mismatch_is_an_error(tmp_path):
    t = with_method_column()
    assert _found(_report(tmp_path, {}, t), "score-mismatch") == []
    # actual 45 of ≥50: the printed method says 8 × 45/50 = 7.2; the table says 8 → error
    report = _report(tmp_path, {"F13": 45}, t)
    assert _found(report, "score-mismatch") == [("H13", "7.2", "8")]
    # reverse: 100万元 of ≤90万元 → 8 × 90/100 = 7.2
    assert _found(_report(tmp_path, {"F17": 100}, t), "score-mismatch") == [("H17", "7.2", "8")]


def test_two_row_header_偏差原因分析及改进措施(tmp_path):
    rows = [list(r) + [None] * (10 - len(r)) for r in TANGXI.rows]
    rows.insert(12, [None] * 8 + ["原因分析", "改进措施"])
    rows[13 - 1 + 1][8] = "无"  # first indicator row (now row 14): 原因分析 "无"
    merged = [m for m in TANGXI.merged if not m.startswith(("A12", "B13", "C14", "C17", "B19"))]
    merged += ["A12:A24", "I12:J12", "B12:B13", "C12:C13", "D12:D13", "E12:E13", "F12:F13", "G12:G13",
               "H12:H13", "B14:B19", "C15:C16", "C18:C19", "B20:B23"]
    t = Table(TANGXI.source + "（两行表头）", "national, two-row header", rows, merged,
              {"C6": 90, "D6": 89.974, "E6": 89.974, "G6": "100%", "H6": 10})
    path = t.save(tmp_path / "t.xlsx", corrected=True)
    table = read_workbook_tables(load_workbook(path).sheets)[0]
    assert table.header_row == 13
    assert table.columns["process"] == 9 and table.columns["remedy"] == 10
    assert table.rows[1].name == "基建工程委托业务项目数量" and table.rows[1].process == "无"
    assert table.rows[0].kind == "budget" and table.rows[0].score.number == Decimal(10)
    report = validate_workbook(path)
    assert not [f for f in report.findings if f.severity is Severity.ERROR]
