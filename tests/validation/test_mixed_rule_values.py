"""A rule with a text level beside numeric bands checks numbers typed as text ("0.5‰", "95%").

Session 27 (every corpus sentence through a hand-made table, 业绩值 and 得分 typed, then validated): on the
rule "≤0.4‰得2分;0.4‰<错比≤0.8‰得1分;错比>0.8‰不得分。发生伪造涂改、记录的,不得分。" — read as
``"发生伪造涂改、记录": 0; <=0.04%: 2; (0.04%,0.08%]: 1; >0.08%: 0`` — a 业绩值 typed "0.5‰" was taken for a
text answer that names no level: "无法按规则核对，得分只做范围检查", so a wrong 得分 passed. The value is a number
(‰), and the rule compares numbers: it is checked now. Expected scores are hand arithmetic from the rule.
"""

from __future__ import annotations

import pytest

from jixiao.validation import validate_workbook
from tests.authoring.helpers import write_table_xlsx

HEADER = ["三级指标", "评分标准", "分值", "业绩值", "得分"]
# https://gwyoo.com/article/shuzhibaogao/jhgh/200602/31550.html — 2005年全市各县(市)气象局工作目标 (corpus AF1-1)
RULE = "各县地面测报总错比≤0.4‰得2分;0.4‰<错比≤0.8‰得1分;错比>0.8‰不得分。发生伪造涂改、记录的,不得分。"


def _errors(tmp_path, value, score):
    path = write_table_xlsx(tmp_path / "t.xlsx", "气象局工作目标评分表", HEADER,
                            [["地面测报总错比", RULE, 2, value, score]])
    rep = validate_workbook(path)
    return [(f.check, f.cell) for f in rep.findings if f.severity == "错误" and f.check != "total-weight"], \
        [f.check for f in rep.findings]


@pytest.mark.parametrize("value, right, wrong", [
    ("0.5‰", 1, 2),   # (0.4‰, 0.8‰] → 1
    ("0.3‰", 2, 1),   # ≤ 0.4‰ → 2
    ("0.9‰", 0, 1),   # > 0.8‰ → 0
    ("0.05%", 1, 0),  # 0.05% = 0.5‰ → 1
])
def test_a_number_typed_as_text_is_checked(tmp_path, value, right, wrong):
    errors, checks = _errors(tmp_path, value, right)
    assert errors == [] and "rule-unreadable" not in checks
    errors, _ = _errors(tmp_path, value, wrong)
    assert [c for c, _cell in errors] == ["score-mismatch"]


def test_the_text_level_still_scores_and_other_text_is_still_left_to_range(tmp_path):
    errors, _ = _errors(tmp_path, "发生伪造涂改、记录", 2)  # the veto: 0
    assert [c for c, _cell in errors] == ["score-mismatch"]
    errors, checks = _errors(tmp_path, "资料不全", 1)  # names no level, not a number
    assert errors == [] and "rule-unreadable" in checks


RULE_HEADER = ["三级指标", "计分规则", "分值", "业绩值", "得分"]


def _rule_row(tmp_path, rule, value, score):
    path = write_table_xlsx(tmp_path / "r.xlsx", "评分表", RULE_HEADER, [["制度建设", rule, 2, value, score]])
    rep = validate_workbook(path)
    return [f.check for f in rep.findings if f.check != "total-weight"]


@pytest.mark.parametrize("rule, value", [
    ('"符合": W; *: 0', "不符合"),  # the template's own pass/fail answer (its drop-down)
    ('"完成": W; *: 0', "未完成"),
    ('"有": W; *: 0', "没有"),
])
def test_the_negation_of_a_level_is_scored_by_otherwise(tmp_path, rule, value):
    """Session 27 (the corpus through collect): every 不符合 in a template's pass/fail row was reported as
    "文字描述…无法按规则核对" and its 得分 only range-checked."""
    assert _rule_row(tmp_path, rule, value, 0) == []
    assert _rule_row(tmp_path, rule, value, 2) == ["score-mismatch"]


@pytest.mark.parametrize("rule, value", [
    ('"符合": W; *: 0', "资料已报送"),  # a description: not scored 0 by 否则
    ('"符合": W; "不符合": 0', "不完全符合"),  # no 否则: a text the rule does not name
    ('"完成": W; *: 0', "未见资料"),  # 未 + something that is not a level
])
def test_other_text_is_still_left_to_the_range_check(tmp_path, rule, value):
    assert _rule_row(tmp_path, rule, value, 2) == ["rule-unreadable"]
