"""Eight published 自评表 the checker had never seen (p16): validate against the hand findings
written before any run (sources and arithmetic in tests/selfeval/p16_tables.py)."""

from dataclasses import replace
from decimal import Decimal

import pytest

from jixiao.errors import LayoutNotRecognised
from jixiao.validation import Severity, validate_workbook
from tests.selfeval.p16_tables import (
    CHANGNING,
    HEXI,
    LINGLING_CDC,
    LINXIANG,
    NANCHONG,
    P16_TABLES,
    XINZHOU,
    YINCHUAN,
    YONGDE,
)
from tests.selfeval.tables import Table


def _report(t: Table, tmp_path, **kw):
    return validate_workbook(t.save(tmp_path / "t.xlsx", **kw))


def _errors(report):
    return sorted((f.cell, f.check) for f in report.findings if f.severity is Severity.ERROR)


def _by(report, check):
    return {f.cell: f for f in report.findings if f.check == check}


def _total(report):
    return report.tables[0].total, report.tables[0].computed_grade


def test_yongde_complete_table_total_96_grade_you_and_two_default_rule_warnings(tmp_path):
    # 临沧市永德县明朗中学 2022 https://www.yongde.gov.cn/info/3003/116104.htm
    # 10 + 10+10+7+10+10+9+10+10+10 = 96 = 总分; 96 ≥ 90 → 优 = printed
    report = _report(YONGDE, tmp_path)
    assert _errors(report) == []
    assert _total(report) == (Decimal(96), "优")
    warn = _by(report, "selfeval-default")
    # ≧100% met at 100% → 10 (printed 7); “═”100% at 98% → 0.98 × 10 = 9.8 (printed 9)
    assert {c: (f.expected, f.actual) for c, f in warn.items()} == {"I16": ("10", "7"), "I19": ("9.8", "9")}
    assert "grade-mismatch" not in {f.check for f in report.findings}


def test_linxiang_rate_cut_not_rounded_and_score_not_rate_times_weight(tmp_path):
    # 临翔区林草局 2023 https://www.ynlx.gov.cn/info/2431/148733.htm
    # 31.69 ÷ 32.4 = 0.978086… → 97.81% (printed 97.80%); 10 × 0.978086 = 9.78 (printed 9);
    # the 其中 line prints the same figures
    report = _report(LINXIANG, tmp_path)
    assert _errors(report) == [("G6", "rate-mismatch"), ("G7", "rate-mismatch"),
                               ("H6", "budget-score"), ("H7", "budget-score")]
    rate, score = _by(report, "rate-mismatch")["G6"], _by(report, "budget-score")["H6"]
    assert (rate.expected, rate.actual) == ("97.81%", "97.80%")
    assert (score.expected, score.actual) == ("9.78", "9")
    # the 满意度 row's cells are cut: 未填写, no total, no grade
    assert list(_by(report, "score-missing")) == ["H18"] and _total(report) == (None, None)


def test_xinzhou_weights_110_under_a_total_of_100_and_the_empty_budget_score(tmp_path):
    # 新洲区楚剧团 2020 https://m.taowenge.com/p-96795578.html
    # 分值 20 × 5 + 10 = 110 ≠ 100; 得分 20+20+20+18+20 = 98 = 总分; budget 得分 empty
    report = _report(XINZHOU, tmp_path)
    # p19: the weights 110 contradict the 总分's 100 — no grade for its 98 (was 优), said at G27
    assert _errors(report) == [("G27", "grade-withheld"), ("G27", "weights-sum")]
    assert _total(report) == (98, None)
    f = _by(report, "weights-sum")["G27"]
    assert (f.expected, f.actual) == ("110", "100")
    assert list(_by(report, "score-missing")) == ["H6"]
    assert "H6" in _by(report, "total-incomplete")["H27"].message
    # 演出设备成本 met (2万元 = 2万元) and scored 18 of 20
    assert (_by(report, "selfeval-default")["H19"].expected, _by(report, "selfeval-default")["H19"].actual) \
        == ("20", "18")


def test_changning_bare_rate_20_is_20_percent_and_the_cut_table_has_no_total(tmp_path):
    # 昌宁县供销社 2022 https://yncn.gov.cn/info/5102/8340150.htm
    # 10 ÷ 50 = 20% (printed “20”) → 20 × 0.2 = 4 = printed: no finding on the budget line
    report = _report(CHANGNING, tmp_path)
    assert _errors(report) == []
    assert [(f.cell, f.check) for f in report.findings] == [("G29", "score-missing")]
    assert _total(report) == (None, None)


def test_changning_cut_at_a_row_boundary_is_not_graded_on_the_partial_sum(tmp_path):
    # the same table without the 种母猪 row (its score was the cut): every score shown is printed,
    # but the 一级 shown state 20 (budget) + 40 (产出) = 60 < 100 — 4 + 29 = 33 is partial (差 would
    # be a wrong grade)
    cut = replace(CHANGNING, rows=CHANGNING.rows[:28], merged=["A2:G2", "A8:A9", "A10:A28", "B11:B28", "C11:C28"])
    report = _report(cut, tmp_path)
    assert _errors(report) == [] and _total(report) == (None, None)


@pytest.mark.parametrize("printed", [25, "25"])
def test_a_bare_rate_that_matches_neither_reading_is_still_a_slip(printed, tmp_path):
    # 10 ÷ 50 = 20%: a “25” is wrong read as 25% and as 2500%; the message quotes the cell as typed
    f = _by(_report(CHANGNING, tmp_path, changes={"E9": printed}), "rate-mismatch")["E9"]
    assert (f.expected, f.actual) == ("20.00%", "25（未写“%”）")
    assert "2500" not in f.message


def test_hexi_part_rows_without_weight_are_not_indicators(tmp_path):
    # 张庄寨镇 河西村 2023 https://www.ahxx.gov.cn/grassroots/279/158998981.html
    # 9.48 ÷ 9.48 = 100% → 10 (both lines); 产出 20+10+10+5+5 = 50, 效益 20+10 = 30; no slip —
    # the only error is the cut 满意度 block (10 + 50 + 30 = 90)
    report = _report(HEXI, tmp_path)
    assert _errors(report) == [("E6", "total-weight")]
    f = _by(report, "total-weight")["E6"]
    assert (f.expected, f.actual) == ("100", "90")
    assert not _by(report, "score-missing") and _total(report) == (None, None)


def test_yinchuan_stated_98_not_compared_with_the_rows_of_a_cut_table(tmp_path):
    # 银川市第六中学 2021 https://m.yzwku.com/doc/476505.html — “参考分值” is the 分值 column;
    # 得分 shown 84, 自评得分 98 — the 满意度 row is cut: no total, no grade (良 from 84 would be
    # wrong), and the 98 is not called wrong
    report = _report(YINCHUAN, tmp_path)
    assert _total(report) == (None, None)
    assert "stated-total" not in {f.check for f in report.findings}
    # the cut, as the typed sheet shows it: 项目效益 35 over 15 + 10; 分值 90
    assert _errors(report) == [("A26", "weights-sum"), ("D9", "total-weight")]
    assert (_by(report, "weights-sum")["A26"].expected, _by(report, "weights-sum")["A26"].actual) == ("35", "25")


def test_nanchong_empty_budget_score_over_merged_gap_columns(tmp_path):
    # 南充市林业局 2023 https://m.bidcenter.com.cn/newsrili-1-317588907.html
    # 5.00 ÷ 5.00 = 100% (printed 100.00%), 权重 10, 得分 empty
    report = _report(NANCHONG, tmp_path)
    assert _errors(report) == []
    assert set(_by(report, "score-missing")) == {"J8", "J14"}
    assert "rate-mismatch" not in {f.check for f in report.findings}
    # 0.00 ÷ 0.00 printed 0.00%: not computable (a warning, not a slip of the amounts)
    assert set(_by(report, "rate-zero-budget")) == {"H10", "H11"}
    assert _total(report) == (None, None)


def test_lingling_cdc_budget_only_refused_and_side_by_side_breakdowns_not_summed(tmp_path):
    # 零陵区疾控 2021 https://m.yzwku.com/doc/292440.html — no indicator row shown: refused (no grade);
    # 按收入性质分 2456.18 | 按支出性质分 2456.18 and their 其中 lines are two breakdowns: 基本支出
    # 2299.98 + 项目支出 156.2 = 2456.18 and 一般公共预算 2456.18 each add up — summing a column
    # (2456.18 + 2456.18 = 4912.36) is no finding of the table
    with pytest.raises(LayoutNotRecognised) as e:
        validate_workbook(LINGLING_CDC.save(tmp_path / "t.xlsx"))
    assert "fund-sum" not in {f.check for f in e.value.findings}
    assert "rate-mismatch" not in {f.check for f in e.value.findings}


def test_a_real_fund_sum_slip_is_still_found_without_the_breakdown_headings(tmp_path):
    # without the 按…分 headings the lines are 其中 lines again: 2456.18 ≠ 2299.98 + 156.2 + …
    changes = {"B6": "其中：基本支出", "C6": 2299.98, "D6": None, "E6": 2200, "B7": "项目支出", "C7": 156.2,
               "D7": None, "E7": 156.2, "B8": None, "D8": None, "E8": None}
    with pytest.raises(LayoutNotRecognised) as e:
        validate_workbook(LINGLING_CDC.save(tmp_path / "t.xlsx", changes=changes))
    found = {f.cell: f for f in e.value.findings if f.check == "fund-sum"}
    assert set(found) == {"E5"} and found["E5"].expected == "2356.2"


@pytest.mark.parametrize("key", list(P16_TABLES))
def test_every_message_is_chinese_and_nothing_crashes(key, tmp_path):
    try:
        report = _report(P16_TABLES[key], tmp_path)
    except LayoutNotRecognised as e:
        assert any("\u4e00" <= ch <= "\u9fff" for ch in e.message_zh)
        return
    for f in report.findings:
        assert any("\u4e00" <= ch <= "\u9fff" for ch in f.message), f.message
