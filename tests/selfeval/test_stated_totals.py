"""Totals, grades and grade schemes a sheet states in the text outside its table (p11).

Real tables (tables.py, real_layout_fixtures.py) as printed, and the same tables with one
line of text added above or below them — the shapes published reports use ("自评总分（分） | 97.6"
in the header block, "综合得分为88.5分，评价等级为良" below, "90分（含）以上为优，……" as a note).
Expected values are the hand arithmetic written in docs/notes/p11.md and the comments here.
"""

from decimal import Decimal

import pytest

from jixiao.io import load_workbook
from jixiao.reading import read_workbook_tables
from jixiao.reading.statements import read_grade_text, read_scheme, read_total_text
from jixiao.validation import validate_workbook
from tests.selfeval.tables import CHONGQING, JISHAN, PUTUO_A, PUTUO_B, QINGSHEN, Table

D = Decimal

# 普陀 2022 (tables.py §16), corrected: 8.62 + 10 + 20 + 20 + 30 + 10 = 98.62 = 总分 (H18); under
# 财预〔2020〕10号 98.62 is 优. Row 3 has free cells (G3, H3) above the budget block; row 19 is the
# first row below the 总分 row.
PUTUO_OK = {"G6": "86.18%"}


def _report(t: Table, tmp_path, changes: dict):
    return validate_workbook(t.save(tmp_path / "t.xlsx", changes=changes))


def _by_check(report, check):
    return [f for f in report.findings if f.check == check]


def test_chongqing_header_total_is_read_but_the_cut_rows_allow_no_comparison(tmp_path):
    # hand: rows typed 权重 40 / 得分 37.6 of the printed 97.6; the rest is cut — nothing to say
    t = read_workbook_tables(load_workbook(CHONGQING.save(tmp_path / "t.xlsx")).sheets)[0]
    assert (t.stated_total.number, t.stated_total.ref) == (D("97.6"), "G2")
    report = validate_workbook(tmp_path / "t.xlsx")
    assert _by_check(report, "stated-total") == [] and _by_check(report, "grade-mismatch") == []


def test_an_instruction_naming_the_total_states_none(tmp_path):
    # 青神: “结合自评情况，说明项目自评总分……” is what to write, not a total
    t = read_workbook_tables(load_workbook(QINGSHEN.save(tmp_path / "t.xlsx")).sheets)[0]
    assert t.stated_total is None and t.grade is None and t.stated_scheme is None


@pytest.mark.parametrize("cells", [
    {"G3": "自评总分（分）", "H3": 98.62},
    {"A19": "经评价，该项目综合得分为98.62分，评价等级为优。"},
    {"G3": "自评总分:98.62"},
])
def test_a_stated_total_equal_to_the_table_says_nothing(cells, tmp_path):
    report = _report(PUTUO_A, tmp_path, {**PUTUO_OK, **cells})
    assert [f.check for f in report.findings if f.severity.value == "错误"] == []


@pytest.mark.parametrize("cells, cell", [
    ({"G3": "自评总分（分）", "H3": 97.62}, "H3"),
    ({"A19": "经评价，该项目综合得分为97.62分。"}, "A19"),
])
def test_a_stated_total_other_than_the_table_is_an_error_at_its_cell(cells, cell, tmp_path):
    report = _report(PUTUO_A, tmp_path, {**PUTUO_OK, **cells})
    [f] = _by_check(report, "stated-total")
    assert (f.cell, f.expected, f.actual) == (cell, "98.62", "97.62")
    assert "H18" in f.message and "97.62" in f.message


def test_jishan_stated_total_checked_against_the_total_row_not_the_sum(tmp_path):
    # 稷山 as printed: 总分 94 (H19), scores add up to 93 (total-sum). A header “自评总分 94” agrees
    # with the printed 总分: no second finding; a sentence “综合得分93分” disagrees with it: reported.
    same = _report(JISHAN, tmp_path, {"E3": "自评总分（分）", "F3": 94})
    assert _by_check(same, "stated-total") == [] and len(_by_check(same, "total-sum")) == 1
    other = _report(JISHAN, tmp_path, {"A20": "自评综合得分93分。"})
    [f] = _by_check(other, "stated-total")
    assert (f.cell, f.expected, f.actual) == ("A20", "94", "93")


def test_a_grade_stated_below_the_table_is_checked_against_the_total(tmp_path):
    # 98.62 → 优 (财预〔2020〕10号); the text says 良
    report = _report(PUTUO_A, tmp_path, {**PUTUO_OK, "A19": "综合得分为98.62分，评价等级为良。"})
    [f] = _by_check(report, "grade-mismatch")
    assert (f.cell, f.expected, f.actual) == ("A19", "优", "良")


def test_without_a_table_total_the_stated_total_and_grade_are_checked_together(tmp_path):
    # 普陀 2: the indicators' scores are cut, so the table has no total; the text's own pair
    # 88.5 / 优 disagrees (88.5 → 良), 88.5 / 良 agrees
    bad = _report(PUTUO_B, tmp_path, {"A19": "综合得分为88.5分，评价等级为优。"})
    [f] = _by_check(bad, "grade-mismatch")
    assert (f.cell, f.expected, f.actual) == ("A19", "良", "优")
    assert _by_check(bad, "stated-total") == []  # no table total to compare with
    good = _report(PUTUO_B, tmp_path, {"A19": "综合得分为88.5分，评价等级为良。"})
    assert _by_check(good, "grade-mismatch") == []


def test_the_sheets_own_scheme_decides_the_grade_and_is_named(tmp_path):
    # the sheet says 99分以上 for 优: 98.62 is 良 by it (优 by the national scheme)
    scheme = "注：99分（含）以上为优，90（含）-99分为良，60（含）-90分为中，60分以下为差。"
    report = _report(PUTUO_A, tmp_path, {**PUTUO_OK, "A19": "自评等级为优。", "A20": scheme})
    [f] = _by_check(report, "grade-mismatch")
    assert (f.cell, f.expected, f.actual) == ("A19", "良", "优")
    assert "A20" in f.message and "注明的等级标准" in f.message
    assert report.tables[0].computed_grade == "良"
    # the same line with the national bands: 优, no finding
    national = "90分（含）以上为优，80（含）-90分为良，60（含）-80分为中，60分以下为差。"
    ok = _report(PUTUO_A, tmp_path, {**PUTUO_OK, "A19": "自评等级为优。", "A20": national})
    assert _by_check(ok, "grade-mismatch") == []


def test_a_total_in_a_gap_of_the_stated_scheme_is_not_graded(tmp_path):
    # “良：80-89分 … 优：90分及以上”: 89.5 falls in no band — no grade, no finding
    scheme = "优：90分及以上；良：80-89分；中：60-79分；差：60分以下"
    report = _report(PUTUO_B, tmp_path, {"A19": "综合得分为89.5分，评价等级为优。", "A20": scheme})
    assert _by_check(report, "grade-mismatch") == []
    assert report.tables[0].computed_grade is None


@pytest.mark.parametrize("text, grades", [
    # 财预〔2020〕10号's own words
    ("评价结果分为“优”、“良”、“中”、“差”四个等级，其中90（含）-100分为优、80（含）-90分为良、"
     "60（含）-80分为中、60分以下为差", {"100": "优", "90": "优", "89.99": "良", "80": "良", "60": "中", "59.9": "差"}),
    # integer bands: 89 is 良, 89.5 none
    ("优：90分及以上；良：80-89分；中：60-79分；差：60分以下",
     {"90": "优", "89": "良", "89.5": None, "79": "中", "59": "差"}),
    # unmarked ranges: the shared bound goes up
    ("90-100分为优秀，80-90分为良好，60-80分为合格，低于60分为不合格",
     {"100": "优秀", "90": "优秀", "80": "良好", "60": "合格", "59": "不合格"}),
    # bounds marked on the upper side: 80 < x ≤ 90 is 良; 60 itself is in no band (60 < x ≤ 80 is 中,
    # “60分以下” leaves 60 out) — no grade rather than a guess
    ("90分以上（不含90分）为优，80-90分（含）为良，60-80分（含）为中，60分以下为差",
     {"90.01": "优", "90": "良", "80": "中", "60.5": "中", "60": None, "59": "差"}),
])
def test_stated_schemes_read_as_written(text, grades):
    s = read_scheme(text, "A1")
    assert {k: s.grade(D(k)) for k in grades} == grades


@pytest.mark.parametrize("text", [
    "90-100分为优，80-90分（含）为良，60-80分（含）为中，60分以下为差",  # 90 in two bands
    "90%以上为优，得5分",  # a rule, not a grade scheme
    "总分100分，90分以上为优",  # one band
    "评价等级分为优、良、中、差四个等级",
])
def test_unsure_schemes_are_not_read(text):
    assert read_scheme(text, "A1") is None


@pytest.mark.parametrize("text, total, grade", [
    ("经评价，该项目综合得分87分，绩效评价等级为“良”", D("87"), "良"),
    ("自评总分（分）：97.6", D("97.6"), None),
    ("自评得分90分以上为优", None, None),  # a band bound
    ("结合自评情况，说明项目自评总分", None, None),
    ("自评得分95分，后经复核综合得分为93分", None, None),  # two totals: none
    ("评价等级分为优、良、中、差", None, None),
    ("较上年自评得分85分提高3分", None, None),  # another year's score
    ("2021年自评得分85分", None, None),
    ("总分:100", None, None),  # a bare 总分 may be the full marks
])
def test_stated_total_and_grade_in_sentences(text, total, grade):
    assert (read_total_text(text), read_grade_text(text)) == (total, grade)


def test_ab_table_without_total_row_and_weights_on_some_rows_is_not_totalled(tmp_path):
    # 区商务局 2020 (tables.py §9) cut after 资金拨付及时性 (its 效益 block, 40 of the rows' points, and its
    # 总分 row gone), with “自评等级：优” below: only the budget row has a 分值 (20, from “得分（20分*执行率）”),
    # the rows print none, so the printed 20 + 6 × 10 = 80 may be a partial sum. Settled in p16: every row
    # sits under a 一级 that states its weight (预算执行情况 20, 产出指标 60) and 20 + 60 = 80 < 100 — the
    # 一级 holding the other 20 points are not on the sheet: no total, no grade (was: 80 → 良).
    report = validate_workbook(_shangwu_cut().save(tmp_path / "t.xlsx"))
    assert report.tables[0].total is None and report.tables[0].computed_grade is None


def _shangwu_cut() -> Table:
    from dataclasses import replace

    from tests.selfeval.tables import SHANGWU
    return replace(SHANGWU, rows=[*SHANGWU.rows[:13], ["自评等级：优"]],
                   merged=["A5:A6", "A7:A13", "B8:B13", "C8:C10", "C12:C13"])


def test_a_text_grade_is_not_checked_against_a_summed_total(tmp_path):
    # the same cut table: “自评等级：优” below it is compared with a total the sheet states (a 总分 row, a
    # stated total), never with the sum 80 of rows that may not all be shown — no grade-mismatch
    report = validate_workbook(_shangwu_cut().save(tmp_path / "t.xlsx"))
    assert report.tables[0].grade == "优" and _by_check(report, "grade-mismatch") == []


@pytest.mark.parametrize("scheme", [
    "90-100分为优，80-90分（含）为良，60-80分（含）为中，60分以下为差",  # 90 and 80 in two bands each
])
def test_a_stated_scheme_not_read_means_no_grade_by_any_scheme(scheme, tmp_path):
    # 普陀1 with “自评等级为良” and a scheme whose bands overlap: the national scheme would say 优 for
    # 98.62, but the sheet has a scheme of its own — no grade is checked, no finding
    report = _report(PUTUO_A, tmp_path, {**PUTUO_OK, "A19": "自评等级为良。", "A20": scheme})
    assert _by_check(report, "grade-mismatch") == [] and report.tables[0].computed_grade is None
    t = read_workbook_tables(load_workbook(tmp_path / "t.xlsx").sheets)[0]
    assert t.stated_scheme is None and t.stated_scheme_unread == "A20"
