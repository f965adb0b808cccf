"""A table whose own weights contradict the 总分 it is graded on gets no grade (p19, case 4).

The three real tables p16 left graded (hand arithmetic from the printed numbers, sources in the fixtures):
- 新洲区楚剧团 2020 (p16_tables.XINZHOU, https://m.taowenge.com/p-96795578.html): 分值 10 + 20 × 5 = 110, 总分 row 分值
  100, 得分 98 — was graded 优;
- 中江县水利局 2022 (tables.ZHONGJIANG, https://chacewang.com/newsdetail/news242266.html): 分值 110, 总分 分值 100, 得分
  100 — was 优; its own footnote fixes 产出 50 / 效益 30, so no notation makes 110 right;
- 区商务局 2020 (tables.SHANGWU, https://www.kunmingchi.com/archives/973rxnk2je7n4oep6ym4.html): no 分值 column; scores
  20 + 100 = 120 under 总分 100 (each score is at most its weight, so the weights add up to 120 at least) — was 优.
None carries a 加分项 or any line that puts points outside the 100. A table whose weights agree keeps its grade.
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest

from jixiao.io import load_workbook
from jixiao.reading import read_workbook_tables
from jixiao.validation import validate_workbook
from jixiao.validation.checks import FULL_MARKS, expected_grade, weights_contradict_total
from tests.selfeval.p16_tables import XINZHOU, YONGDE
from tests.selfeval.tables import SHANGWU, TIANCHANG, ZHONGJIANG

#: table -> (cell of the finding, numbers the message names, the printed 总分)
CASES = {
    "新洲": (XINZHOU, "G27", ("各指标分值合计 110 分", "合计分值 100 分", "总分 98"), Decimal(98)),
    "中江": (ZHONGJIANG, "E24", ("各指标分值合计 110 分", "合计分值 100 分", "总分 100"), Decimal(100)),
    "区商务局": (SHANGWU, "A16", ("各指标得分合计 120 分", "超过满分 100 分", "总分 100"), Decimal(100)),
}


@pytest.mark.parametrize("key", list(CASES))
def test_weights_contradicting_the_total_give_no_grade(key: str, tmp_path) -> None:
    table, cell, said, printed = CASES[key]
    report = validate_workbook(table.save(tmp_path / "t.xlsx"))
    summary = report.tables[0]
    assert summary.total == printed and summary.computed_grade is None  # the total shown as printed, no grade
    found = [f for f in report.findings if f.check == "grade-withheld"]
    assert [(f.cell, f.severity.value) for f in found] == [(cell, "错误")]
    assert all(s in found[0].message for s in said) and "不评等级" in found[0].message


@pytest.mark.parametrize("key", list(CASES))
def test_collect_grades_no_total_of_such_a_table(key: str, tmp_path) -> None:
    # 核定 grades a hand table's total as validate does (verify._grade_for → expected_grade): none here
    table = CASES[key][0]
    t = read_workbook_tables(load_workbook(table.save(tmp_path / "t.xlsx")).sheets)[0]
    assert weights_contradict_total(t) is not None
    assert expected_grade(t, Decimal(98), FULL_MARKS, None) == (None, "")


def test_a_printed_grade_beside_such_a_total_is_not_called_wrong(tmp_path) -> None:
    # 中江 with “自评等级：良” below: 100 would be 优 by 财预〔2020〕10号, but of 110 points it is no 优 either —
    # no grade-mismatch (nothing to compare with), the grade-withheld error says why
    rows = [*ZHONGJIANG.rows, ["自评等级：良"]]
    report = validate_workbook(replace(ZHONGJIANG, rows=rows).save(tmp_path / "t.xlsx"))
    checks = {f.check for f in report.findings}
    assert "grade-mismatch" not in checks and "grade-withheld" in checks


@pytest.mark.parametrize(("table", "grade"), [(YONGDE, "优"), (TIANCHANG, "优")])
def test_tables_whose_weights_agree_keep_their_grade(table, grade: str, tmp_path) -> None:
    # protecting: 永德 2022 (10 + 90 = 100, 96 → 优), 天长 2022 (100 → 优)
    report = validate_workbook(table.save(tmp_path / "t.xlsx"))
    assert report.tables[0].computed_grade == grade
    assert not [f for f in report.findings if f.check == "grade-withheld"]
