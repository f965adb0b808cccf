"""Validation reports an ambiguous 评分标准 (`rule-ambiguous`, warning) and scores it the documented
way: a shared band end point takes the higher score."""

import openpyxl

from jixiao.validation import validate_workbook
from jixiao.validation.findings import CATALOGUE, Severity

HEAD = ["序号", "一级指标", "二级指标", "三级指标", "指标值", "评分标准", "分值", "业绩值", "得分"]
SHARED = "80%以下不得分，80%-90%得3分，90%以上得5分"


def _table(tmp_path, standard, value, score):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "评分表"
    ws.append(HEAD)
    ws.append([1, "产出指标 (5分)", "质量", "合格率", "≥90%", standard, 5, value, score])
    path = tmp_path / "t.xlsx"
    wb.save(path)
    return path


def test_rule_ambiguous_is_a_warning_in_the_catalogue():
    assert CATALOGUE["rule-ambiguous"][0] == Severity.WARNING


def test_shared_end_point_is_reported_at_the_standard_cell(tmp_path):
    # 80% is in both "80%以下" (0) and "80%-90%" (3): documented reading 3, so a printed 3 matches
    found = validate_workbook(_table(tmp_path, SHARED, "80%", 3)).rows(("cell", "check"))
    assert ("F2", "rule-ambiguous") in found
    assert not any(c == "score-mismatch" for _, c in found)


def test_the_other_reading_is_a_mismatch(tmp_path):
    # printed 0 at 80% (the 以下 reading) differs from the documented reading's 3
    found = validate_workbook(_table(tmp_path, SHARED, "80%", 0)).rows(("cell", "check"))
    assert ("I2", "score-mismatch") in found


def test_unambiguous_standard_has_no_warning(tmp_path):
    found = validate_workbook(_table(tmp_path, "≥90%得5分，80%(含)~90%得3分，80%以下不得分", "85%", 3)
                              ).rows(("cell", "check"))
    assert not any(c == "rule-ambiguous" for _, c in found)
