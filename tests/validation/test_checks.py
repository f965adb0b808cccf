"""Each check on small hand-made tables (expected values by hand arithmetic)."""

import openpyxl
import pytest

from jixiao.validation import validate_workbook

HEAD = ["序号", "一级指标", "二级指标", "三级指标", "指标值", "评分标准", "分值", "业绩值", "得分", "得分率",
        "计分规则"]
C11 = ">=95%: 5; <95%: 5 - 1 per 1% ceil"


def table(tmp_path, rows, total=None, grade=None, name="t.xlsx"):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "评分表"
    ws.append(HEAD)
    for r in rows:
        ws.append(r)
    if total is not None:
        ws.append(["合计", None, None, None, None, None, total[0], None, total[1]])
    if grade is not None:
        ws.append(["等级", None, None, None, None, None, grade])
    path = tmp_path / name
    wb.save(path)
    return path


def row(seq, name, weight, value, score, rule=C11, rate=None, l1="产出指标 (10分)"):
    return [seq, l1, "数量", name, "≥95%", "≥95%得5分", weight, value, score, rate, rule]


def checks(path):
    return validate_workbook(path).rows(("cell", "check"))


def test_clean_table(tmp_path):
    # 100.34% → 5; 94% → 5 − 1 = 4; total 9 of 10 … plus a 90-point filler row
    p = table(tmp_path, [row(1, "a", 5, "100.34%", 5), row(2, "b", 5, "94%", 4),
                         row(3, "c", 90, None, 90, rule=None, l1="其他 (90分)")],
              total=(100, 99), grade="优")
    found = checks(p)
    assert all(c not in {"score-mismatch", "total-sum", "grade-mismatch"} for _, c in found)


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        ([row(1, "a", 5, "94%", 6)], ("I2", "score-over-weight")),
        ([row(1, "a", 5, "94%", None)], ("I2", "score-missing")),
        ([row(1, "a", 5, "94%", "#DIV/0!")], ("I2", "score-not-number")),
        ([row(1, "a", 5, "94%", "#JIXIAO! 规则未覆盖此值")], ("I2", "udf-error")),
        ([row(1, "a", 5, "94%", 3)], ("I2", "score-mismatch")),  # 94% → 4, not 3
        ([row(1, "a", 5, 96.87, 5)], ("H2", "implausible-value")),  # 9687%
        ([row(1, "a", 5, "缺省", 5)], ("H2", "na-full-marks")),
        ([row(1, "a", 5, "很好", 5)], ("H2", "value-unreadable")),
        ([row(1, "a", 5, "80%", 3, rule=">=90%: 5; (80%,90%): 3; <70%: 0")], ("H2", "rule-gap")),
        ([row(1, "a", 5, "94%", 4, rule=">=95%: 4; *: 0")], ("K2", "rule-max-weight")),
        ([row(1, "a", 5, "94%", 4, rate="90.00%")], ("J2", "score-rate-mismatch")),  # 4/5 = 80%
        ([row(1, "a", 5, "94%", 4, rule=None)], ("F2", "rule-unreadable")),  # at 评分标准
    ],
)
def test_each_check_fires_at_its_cell(tmp_path, rows, expected):
    rows[0][5] = "酌情评分" if rows[0][10] is None else rows[0][5]
    assert expected in checks(table(tmp_path, rows))


def test_totals_weights_and_grade(tmp_path):
    rows = [row(1, "a", 5, "100%", 5, l1="产出指标 (12分)"), row(2, "b", 5, "94%", 4,
                                                              l1="产出指标 (12分)")]
    p = table(tmp_path, rows, total=(10, 8), grade="优")
    found = checks(p)
    assert ("B2", "weights-sum") in found  # stated 12, rows 5 + 5 = 10
    assert ("G4", "total-weight") in found  # 10 ≠ 100
    assert ("I4", "total-sum") in found  # 8 ≠ 5 + 4
    # a 10-point table is not graded on the 100-point bands (p21: was "total 8 → 差" — 8 of 10 is no 差): the
    # grade is withheld at the 合计 分值 and the printed 优 not compared
    assert ("G4", "grade-withheld") in found and ("G5", "grade-mismatch") not in found


def test_a_grade_on_a_table_of_other_points_than_the_bands_is_compared_when_it_is_100(tmp_path):
    # protecting the change above: the same table at 100 points (50 + 50, total 90 → 优) keeps its grade check
    rows = [row(1, "a", 50, "100%", 50), row(2, "b", 50, "94%", 40)]
    found = checks(table(tmp_path, rows, total=(100, 90), grade="良"))
    assert ("G5", "grade-mismatch") in found and not any(c == "grade-withheld" for _, c in found)


def test_grade_scheme_with_other_labels(tmp_path):
    p = table(tmp_path, [row(1, "a", 100, "100%", 96, rule=None, l1="产出指标 (100分)")],
              total=(100, 96), grade="好")
    assert ("G4", "grade-mismatch") not in checks(p)  # 96 → 好 under 90:好;80:较好;…


def test_repeated_header_and_two_pages(tmp_path):
    rows = [row(1, "a", 5, "94%", 4), HEAD, row(2, "b", 5, "94%", 3)]
    found = checks(table(tmp_path, rows))
    assert ("I4", "score-mismatch") in found
    assert ("I3", "score-mismatch") not in found
