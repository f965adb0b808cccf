"""Real published self-evaluation tables (sources in tables.py): read, corrected → 0 errors,
slips → an error at the cell that carries them."""

import dataclasses
from decimal import Decimal

import pytest

from jixiao.errors import LayoutNotRecognised
from jixiao.io import load_workbook
from jixiao.reading import read_workbook_tables
from jixiao.validation import Severity, validate_workbook
from tests.selfeval.tables import (
    CHANGJIANG,
    DAYING,
    HENGSHAN,
    HUANGGANG,
    HUOSHAN,
    JISHAN,
    KEJI_QUYU,
    LANGFANG,
    LIJIANG,
    LINGLING,
    QINGSHEN,
    SCORED,
    SHANGWU,
    TANGXI,
    TIANCHANG,
    ZHONGJIANG,
    Table,
)


def _errors(report):
    return sorted((f.cell, f.check) for f in report.findings if f.severity is Severity.ERROR)


def _table(t: Table, tmp_path, **kw):
    path = t.save(tmp_path / "t.xlsx", **kw)
    return read_workbook_tables(load_workbook(path).sheets)


@pytest.mark.parametrize("t", SCORED, ids=lambda t: t.layout[:12])
def test_corrected_tables_validate_with_no_error(t, tmp_path):
    report = validate_workbook(t.save(tmp_path / "t.xlsx", corrected=True))
    assert _errors(report) == []


def test_tangxi_as_printed_each_slip_is_an_error_at_its_cell(tmp_path):
    report = validate_workbook(TANGXI.save(tmp_path / "t.xlsx"))
    assert _errors(report) == sorted(TANGXI.slips)
    by_cell = {f.cell: f for f in report.findings if f.check == "fund-sum"}
    # 年度资金总额 0 over 其中：本年财政拨款 90 / 89.974 / 89.974
    assert (by_cell["C6"].expected, by_cell["C6"].actual) == ("90", "0")
    assert by_cell["E6"].expected == "89.974"
    # 0 ÷ 0 printed as 0: said, as a warning, on the rate cell
    zero = [f for f in report.findings if f.check == "rate-zero-budget"]
    assert [f.cell for f in zero] == ["G6"] and "执行率无法计算" in zero[0].message


@pytest.mark.parametrize("t", [t for t in SCORED if t.slips], ids=lambda t: t.layout[:12])
def test_as_printed_each_real_slip_is_an_error_at_its_cell(t, tmp_path):
    report = validate_workbook(t.save(tmp_path / "t.xlsx"))
    assert _errors(report) == sorted(t.slips)


def test_langfang_budget_score_rounded_up_and_no_total_row(tmp_path):
    # 37.24 ÷ 43.2 = 86.20…% → 10 × 0.8620 = 8.62; printed 9
    report = validate_workbook(LANGFANG.save(tmp_path / "t.xlsx"))
    f = next(f for f in report.findings if f.check == "budget-score")
    assert (f.cell, f.expected, f.actual) == ("H6", "8.62", "9")
    # no 总分 row: the total is the sum of every printed score, budget row included:
    # 9 + (9+10+10+10+10) + (10+10+10) + 10 = 98 as printed; corrected 8.62 → 97.62 → 优
    assert report.tables[0].total == 98
    fixed = validate_workbook(LANGFANG.save(tmp_path / "c.xlsx", corrected=True))
    assert fixed.tables[0].total == Decimal("97.62") and fixed.tables[0].computed_grade == "优"
    # the 86% printed with 0 decimals is the correct rounding of 86.20…%: no rate-mismatch
    assert "rate-mismatch" not in {f.check for f in report.findings}


def test_tianchang_unused_form_lines_are_not_indicators(tmp_path):
    table = _table(TIANCHANG, tmp_path)[0]
    names = [r.name for r in table.rows]
    assert not any(n in ("指标2:", "……", "指标1:/") for n in names)
    assert len(names) == 10  # 预算执行率 + 5 产出 + 3 效益 + 1 满意度
    report = validate_workbook(TIANCHANG.save(tmp_path / "t.xlsx"))
    # 10 + 50 + 30 + 10 = 100 = 总分; the blank 执行率 is unknown, the score 10 = 880/880 × 10
    assert report.tables[0].total == 100 and report.findings == []


def test_tangxi_budget_block_is_the_indicator_预算执行率(tmp_path):
    table = _table(TANGXI, tmp_path, corrected=True)[0]
    first = table.rows[0]
    assert (first.kind, first.name, first.weight.number, first.score.number) == \
        ("budget", "预算执行率", Decimal(10), Decimal(10))
    assert (first.weight.ref, first.score.ref, first.value.ref) == ("F6", "H6", "G6")
    block = table.budget
    assert [ln.label for ln in block.lines] == ["年度资金总额", "其中:本年财政拨款", "上年结转资金", "其他资金"]  # NFKC
    assert block.national_default  # 全年预算数 / 全年执行数 / 分值: the national form
    # the indicator block: 一级 “产出指标(50分)” → 50 stated; 6 rows 8+8+8+8+8+10 = 50
    sec = next(s for s in table.sections if s.name == "产出指标")
    assert sec.stated_weight == 50 and sum(r.weight.number for r in sec.rows) == 50
    # the 满意度 row the excerpt cuts off: weight and score not stated (None), not 0
    last = table.rows[-1]
    assert last.name == "公众满意度" and last.weight.number is None and last.score.number is None


def test_tangxi_unknown_row_gives_no_total_and_no_grade(tmp_path):
    # no 总分 row, one row's 分值 and 得分 not stated: no total, no grade, and no
    # "分值合计 90 ≠ 100" (the missing 10 is unknown, not 0)
    report = validate_workbook(TANGXI.save(tmp_path / "t.xlsx", corrected=True))
    assert report.tables[0].total is None and report.tables[0].computed_grade is None
    assert {f.check for f in report.findings} == {"score-missing"}
    assert [f.cell for f in report.findings] == ["H23"]


def test_qingshen_blank_scores_are_not_zero(tmp_path):
    report = validate_workbook(QINGSHEN.save(tmp_path / "t.xlsx"))
    missing = sorted(f.cell for f in report.findings if f.check == "score-missing")
    assert missing == ["H8", "J14", "J15"]  # 预算执行率 and both indicators: 未填写
    assert report.tables[0].total is None and report.tables[0].computed_grade is None
    # 合计 100 = 10 (预算执行) + 60 + 30: the weights add up, no total-sum over blanks
    assert not {f.check for f in report.findings} & {"total-sum", "weights-sum", "total-weight"}
    # 0.00 ÷ 0.00 printed as 0.00% on the two empty fund lines
    assert sorted(f.cell for f in report.findings if f.check == "rate-zero-budget") == ["F10", "F11"]


def test_qingshen_weights_read_from_the_权重_layout(tmp_path):
    table = _table(QINGSHEN, tmp_path)[0]
    assert [(r.kind, r.weight.number) for r in table.rows] == [
        ("budget", 10), ("indicator", 60), ("indicator", 30)]
    row = table.rows[1]
    assert (row.nature.raw, row.target.raw, row.unit.raw) == ("=", 100, "%")
    assert table.total.weight.number == 100


def test_daying_rate_denominator_is_the_adjusted_budget(tmp_path):
    # 年初预算 0.00, 调整后预算数 3.36, 预算执行数 3.36: 3.36 ÷ 3.36 = 100.00% (the table's
    # note: 预算执行率 = 预算执行数 / 调整后预算数); with 年初预算 as denominator it would be 0 ÷ 0
    report = validate_workbook(DAYING.save(tmp_path / "t.xlsx"))
    assert _errors(report) == []
    cells = {f.cell for f in report.findings if f.check in ("rate-zero-budget", "rate-mismatch")}
    assert cells == {"F10", "F11"}  # only the 0 ÷ 0 lines


def test_daying_label_weight_checks_the_budget_row(tmp_path):
    # “预算执行情况(10分)” states 10; its 权重 cell says 11 → weights-sum at the label
    report = validate_workbook(DAYING.save(tmp_path / "t.xlsx", changes={"G8": 11}))
    assert ("A7", "weights-sum") in _errors(report)


def test_ab_style_without_row_weights(tmp_path):
    report = validate_workbook(CHANGJIANG.save(tmp_path / "t.xlsx"))
    assert _errors(report) == []
    s = report.tables[0]
    # 20 (budget, header "得分（20分*执行率）") + 20 + 10 + 10 + 40 = 100
    assert s.total == 100 and [w for _, w, _ in s.indicators] == [20, None, None, None, None]
    table = _table(CHANGJIANG, tmp_path)[0]
    assert table.rows[0].weight.number == 20 and table.budget.national_default


def test_two_target_blocks_under_repeated_headers(tmp_path):
    table = _table(HUANGGANG, tmp_path)[0]
    assert [r.name for r in table.rows] == [
        "预算执行率", "监测数据必须合格", "取得2018-2022监测资料", "整编资料审核", "监测数据资料整编",
        "完成年度资料上报"]
    assert table.repeated_header_rows == [10]
    report = validate_workbook(HUANGGANG.save(tmp_path / "t.xlsx"))
    assert report.tables[0].total == Decimal("99.6") and _errors(report) == []


@pytest.mark.parametrize("t", [HENGSHAN, KEJI_QUYU, HUOSHAN], ids=["衡山", "区域表", "霍山"])
def test_amounts_without_scores_are_refused(t, tmp_path):
    with pytest.raises(LayoutNotRecognised) as exc:
        validate_workbook(t.save(tmp_path / "t.xlsx"))
    # refused as a scoring table, and the reason says the budget lines were still checked
    assert "未找到评分表表头" in str(exc.value) and "不评分" in exc.value.message_zh


def test_refused_sheet_budget_lines_are_still_checked(tmp_path):
    # 衡山 as printed: 194.9 ÷ 194.9 = 100% on both lines, 年度资金总额 194.9 = 其中 194.9 → nothing
    with pytest.raises(LayoutNotRecognised) as exc:
        validate_workbook(HENGSHAN.save(tmp_path / "t.xlsx"))
    assert exc.value.findings == ()
    # injected: the 其中 line's 全年预算数 typed 190 → 194.9 ≠ 190 at C4 (fund-sum) and
    # 194.9 ÷ 190 = 102.58%, printed 100% → rate-mismatch at E5
    with pytest.raises(LayoutNotRecognised) as exc:
        validate_workbook(HENGSHAN.save(tmp_path / "c.xlsx", changes={"C5": 190}))
    assert sorted((f.cell, f.check) for f in exc.value.findings) == [
        ("C4", "fund-sum"), ("E5", "rate-mismatch")]
    # 霍山 (real): 3359.62万 = 829.3万 + 0 + 2530.32万, rates 100% = amounts, but the
    # 彩票公益金 line 0 ÷ 0 is printed "100%" → said (warning) at E8
    with pytest.raises(LayoutNotRecognised) as exc:
        validate_workbook(HUOSHAN.save(tmp_path / "h.xlsx"))
    assert [(f.cell, f.check, f.severity) for f in exc.value.findings] == [
        ("E8", "rate-zero-budget", Severity.WARNING)]
    assert "执行率无法计算" in exc.value.findings[0].message


def test_shangwu_as_printed_both_real_slips_are_errors_at_their_cells(tmp_path):
    report = validate_workbook(SHANGWU.save(tmp_path / "t.xlsx"))
    # p19: scores 120 under a 总分 of 100 — the weights add up to 120 at least: no grade (was 优), said at the 总分 row
    assert _errors(report) == sorted([*SHANGWU.slips, ("A16", "grade-withheld")])
    assert report.tables[0].computed_grade is None
    by = {f.check: f for f in report.findings}
    # “年度绩效目标（80分）”: rows without 分值, their scores 10×6 + 20 + 20 = 100 > 80
    assert (by["weights-sum"].actual, by["weights-sum"].cell) == ("100", "A7")
    assert "按得分核对" in by["weights-sum"].message
    # 总分 100; 20 (budget: 285.84 ÷ 285.84 = 100% → 20 × 1) + 100 = 120
    assert (by["total-sum"].expected, by["total-sum"].actual) == ("120", "100")


def test_shangwu_reads_the_labels_and_the_budget_row(tmp_path):
    table = _table(SHANGWU, tmp_path)[0]
    assert [(b.name, b.stated_weight) for b in table.blocks] == [("年度绩效目标", 80)]
    budget = table.rows[0]
    assert (budget.kind, budget.name, budget.weight.number, budget.score.number) == (
        "budget", "预算执行率", 20, 20)
    # the 一级 labels' “(60分)” / “(40分)” match their rows' scores: no finding there
    report = validate_workbook(SHANGWU.save(tmp_path / "t.xlsx"))
    assert not [f for f in report.findings if f.cell in ("B8", "B14")]


# -- the six kinds of slip the issue names, each made in a real table (injected: the
#    published excerpt of that table shows none; the corrected table is the baseline) --

SLIPS = [
    # rate 1.49 ÷ 1.56 = 95.51…% printed rounded to "96%" (correct at 0 decimals) but the
    # score taken from the rounded figure: 20 × 0.96 = 19.2, from the amounts 20 × 0.9551 = 19.10
    (CHANGJIANG, {"D5": 1.49, "E5": "96%", "F5": 19.2, "G11": 99.2}, [("F5", "budget-score")]),
    # proportional score rounded up to a whole point: 9.55 ÷ 10 = 95.5% → 20 × 0.955 = 19.1, printed 20
    (HUANGGANG, {"D5": 9.55, "E5": "95.50%"}, [("F5", "budget-score")]),
    # row scores that do not add up to the printed 总分: 20+20+10+10+40 = 100, printed 99
    (CHANGJIANG, {"G11": 99}, [("G11", "total-sum")]),
    # a 一级 label's “(50分)” its rows do not add up to: 8×5 + 12 = 52
    (TANGXI, {"G18": 12, "H18": 10}, [("B13", "weights-sum")]),
    # a rate truncated instead of rounded: 248.79 ÷ 251.89 = 98.7693…% → 98.77%, printed 98.76%
    (QINGSHEN, {"E8": 248.79, "E9": 248.79, "F8": "98.76%", "F9": "98.77%"}, [("F8", "rate-mismatch")]),
]


@pytest.mark.parametrize(("t", "changes", "expected"), SLIPS, ids=[
    "rounded-rate-score", "score-rounded-up", "total-sum", "level1-weight", "truncated-rate"])
def test_each_kind_of_slip_is_an_error_at_its_cell(t, changes, expected, tmp_path):
    report = validate_workbook(t.save(tmp_path / "t.xlsx", corrected=True, changes=changes))
    assert _errors(report) == sorted(expected)


def test_budget_score_messages_name_the_rule(tmp_path):
    t, changes, _ = SLIPS[0]
    report = validate_workbook(t.save(tmp_path / "t.xlsx", changes=changes))
    f = next(f for f in report.findings if f.check == "budget-score")
    assert (f.expected, f.actual) == ("19.1", "19.2") and "执行率×分值" in f.message


def test_header_block_labels_are_checked(tmp_path):
    # 黄冈: “年度绩效目标1（40分）” over rows without 分值: their scores 10 + 10 + 19.6 = 39.6 ≤ 40;
    # typed 29.6 instead of 19.6 (总分 adjusted to 109.6) → 49.6 > 40, said at the label
    table = _table(HUANGGANG, tmp_path)[0]
    assert [(b.name, b.stated_weight, b.ref) for b in table.blocks] == [
        ("年度绩效目标1", 40, "A6"), ("年度绩效目标2", 40, "A10")]
    report = validate_workbook(HUANGGANG.save(tmp_path / "t.xlsx", changes={"G9": 29.6, "G15": 109.6}))
    f = next(f for f in report.findings if f.check == "weights-sum")
    assert (f.cell, f.actual) == ("A6", "49.6") and "按得分核对" in f.message
    # 青神: “绩效指标（90分）” = 60 + 30; 70 instead of 60 → 100 ≠ 90 at A13
    report = validate_workbook(QINGSHEN.save(tmp_path / "q.xlsx", changes={"I14": 70}))
    assert ("A13", "weights-sum") in _errors(report)


# -- 丽江 (Yunnan): a real two-row header, 年度指标值 over 指标性质 | 指标值 | 度量单位 --

@pytest.mark.parametrize("merged", [True, False], ids=["as-printed-merges", "typed-without-merges"])
def test_lijiang_two_row_header_is_read_column_by_column(merged, tmp_path):
    t = LIJIANG if merged else dataclasses.replace(LIJIANG, merged=[])
    table = _table(t, tmp_path)[0]
    # row 1 gives 实际完成值/分值/得分/偏差原因 (G–J), row 2 the 级 columns and the target's parts (A–F)
    assert table.columns == {"level1": 1, "level2": 2, "level3": 3, "nature": 4, "target": 5,
                             "unit": 6, "value": 7, "weight": 8, "score": 9, "process": 10}
    assert [(r.name, r.weight.number) for r in table.rows] == [
        ("预算执行率", 10), ("卫片执法补助经费", 10), ("项目验收合格率", 20), ("项目完成及时率", 20),
        ("违法行为责停率", 30), ("满意度", 10)]
    # “﹦”/“≥” and “元”/“%” are the target's own cells, not numbers to score
    assert [(r.nature.raw, r.target.ref, r.unit.raw) for r in table.rows[1:3]] == [
        ("﹦", "E13", "元"), ("﹦", "E14", "%")]


def test_lijiang_as_printed_has_no_error_and_says_what_it_cannot_know(tmp_path):
    report = validate_workbook(LIJIANG.save(tmp_path / "t.xlsx"))
    assert _errors(report) == []
    warnings = sorted((f.cell, f.check) for f in report.findings if f.severity is Severity.WARNING)
    # rows at target scored below 分值 (9/10, 19/20, 19/20, 27/30): no rule printed → warning;
    # the 满意度 row's 得分 is not in the published text → 未填写, and no total, no grade
    assert warnings == [("I13", "selfeval-default"), ("I14", "selfeval-default"),
                        ("I15", "selfeval-default"), ("I16", "selfeval-default"),
                        ("I17", "score-missing")]
    f = next(f for f in report.findings if f.cell == "I13")
    assert (f.expected, f.actual) == ("10", "9")
    assert report.tables[0].total is None and report.tables[0].computed_grade is None


@pytest.mark.parametrize(("changes", "expected"), [
    # injected: 全年执行数 6.561 of 7.29 = 90% exactly, printed rate left at 100%, score left 10
    # (10 × 0.9 = 9) → both printed rates and the budget score are errors at their cells
    ({"E5": 6.561, "E6": 6.561}, [("G5", "rate-mismatch"), ("G6", "rate-mismatch"), ("H5", "budget-score")]),
    # injected: 21 points on a row whose 分值 (row 1 header, H) is 20
    ({"I14": 21}, [("I14", "score-over-weight")]),
], ids=["rate", "score-over-weight"])
def test_lijiang_injected_slips_are_errors_at_their_cells(changes, expected, tmp_path):
    report = validate_workbook(LIJIANG.save(tmp_path / "t.xlsx", changes=changes))
    assert _errors(report) == sorted(expected)


# -- 中江 (Sichuan 衔接资金): 分值 before 年度指标值; its 总分 leaves out 10 points --

def test_zhongjiang_as_printed_both_real_slips_are_errors_at_their_cells(tmp_path):
    table = _table(ZHONGJIANG, tmp_path)[0]
    assert (table.columns["weight"], table.columns["target"], table.columns["value"],
            table.columns["score"]) == (5, 6, 7, 8)
    report = validate_workbook(ZHONGJIANG.save(tmp_path / "t.xlsx"))
    # p19: the 分值 110 contradict the 总分's 100 — no grade (was 优), said at E24
    assert _errors(report) == sorted([*ZHONGJIANG.slips, ("E24", "grade-withheld")])
    assert report.tables[0].computed_grade is None
    by = {f.check: f for f in report.findings if f.severity is Severity.ERROR}
    # 分值 10 + (10+10+20+10+10+10) + (10+10) + 10 = 110, printed 100; every row at full marks → 得分 110 too
    assert (by["weights-sum"].expected, by["weights-sum"].actual) == ("110", "100")
    assert (by["total-sum"].expected, by["total-sum"].actual) == ("110", "100")
    # the labels “产出指标（70分）”/“效益指标（20分）” equal their rows: nothing said there
    assert not [f for f in report.findings if f.cell in ("B13", "B19")]


def test_jishan_budget_score_rounded_down_and_total_off_by_the_lost_fraction(tmp_path):
    report = validate_workbook(JISHAN.save(tmp_path / "t.xlsx"))
    by = {f.check: f for f in report.findings if f.severity is Severity.ERROR}
    # 10 × 65.07 ÷ 65.66 = 9.91, printed 9; printed scores 9+13+15+10+10+27+9 = 93, 总分 94
    assert (by["budget-score"].cell, by["budget-score"].expected, by["budget-score"].actual) == ("H6", "9.91", "9")
    assert (by["total-sum"].cell, by["total-sum"].expected, by["total-sum"].actual) == ("H19", "93", "94")
    # the printed 99% is 99.10…% at 0 decimals: no rate finding
    assert not [f for f in report.findings if f.check == "rate-mismatch"]
    fixed = validate_workbook(JISHAN.save(tmp_path / "c.xlsx", corrected=True))
    assert fixed.tables[0].total == Decimal("93.91") and fixed.tables[0].computed_grade == "优"


def test_lingling_rate_printed_100_over_80_percent_and_what_the_cut_leaves(tmp_path):
    report = validate_workbook(LINGLING.save(tmp_path / "t.xlsx"))
    cut = [("B23", "weights-sum"), ("F5", "total-weight")]  # rows the stored text does not show
    assert _errors(report) == sorted(LINGLING.slips + cut)
    by = {f.check: f for f in report.findings}
    # 3824.26 ÷ 4753.66 = 80.45%; at the printed 0 decimals 80%; 10 × 0.8045 = 8.04
    assert (by["rate-mismatch"].expected, by["rate-mismatch"].actual) == ("80.00%", "100.00%")
    assert (by["budget-score"].expected, by["budget-score"].actual) == ("8.04", "10")
    # amounts written with their unit are named as the cell shows them, not in 元
    assert "3824.26万元" in by["rate-mismatch"].message and "38242600" not in by["rate-mismatch"].message
    fixed = validate_workbook(LINGLING.save(tmp_path / "c.xlsx", corrected=True))
    assert _errors(fixed) == sorted(cut)


def test_cli_shows_the_refusal_and_the_budget_finding(tmp_path):
    from click.testing import CliRunner

    from jixiao.cli import cli

    path = HUOSHAN.save(tmp_path / "霍山.xlsx")
    res = CliRunner().invoke(cli, ["validate", str(path)])
    lines = res.output.splitlines()
    assert res.exit_code == 3  # not scored: the file counts as 无法读取 (a 评分表), as before
    assert any("未找到评分表表头" in ln and "不评分" in ln for ln in lines)
    assert any("自评表!E8" in ln and "[rate-zero-budget]" in ln for ln in lines)
