"""r89 (issue 11): fresh87/fresh88's two wrong first readings, then fresh87's refusals (docs/notes/r89.md).

Part 1 — the two wrong readings, refused now:
- a score set by a table printed elsewhere ("按表4、2、3的规则评分", "按附表1打分", "详见表2") kept as a note beside a
  pass/fail (fresh87 CU3-2: "符合": 6) — guard.refuse_scoring_notes;
- two or more failings each deducting the whole 分值 ("扣10分" on 10) beside a smaller deduction, no 扣完为止
  (fresh88 CV5-2: 5 + 10 + 10 = 25 on 10, read as exclusive levels with a level named "已收") — assemble._flat_levels and
  failures.read_costed_failures. One "扣W分" beside one part (held S29-1, "未成立自评工作小组扣8分;组成人员…扣5分") stays
  levels.

Expected scores come from the sentences by hand (in the comments)."""

from __future__ import annotations

import pytest

from jixiao.rules.chinese import read_rule_text
from tests.rules_chinese.corpus import judge
from tests.rules_chinese.test_r46 import _BY_ID  # the corpus by id
from tests.rules_chinese.test_r62 import _not_read, _scores

# --- Part 1: the table named elsewhere -----------------------------------------------------------------------------

def test_corpus_cu3_2_refused() -> None:
    # fresh87 CU3-2: "按表4、2、3的规则评分" — the table's levels are not in the sentence
    assert judge(_BY_ID["CU3-2"]) == ("refused-ok", "")
    r = read_rule_text(_BY_ID["CU3-2"]["text"], 6)
    assert r.rule is None and any("另一张表" in u for u in r.understood)


@pytest.mark.parametrize(("text", "w"), [
    ("建立台账得5分，否则不得分。按附表1打分", 5),  # the points by another table
    ("建立台账得5分，否则不得分（详见表2）", 5),
    ("开展检查，按附件3的标准评分。评价总分值为4分", 4),
    ("合理利用地下空间 评价总分值为8分。依据表5.2.1评分", 8),
])
def test_table_elsewhere_refused(text: str, w: float) -> None:
    _not_read(text, w)


def test_table_elsewhere_near_miss_still_read() -> None:
    # an appendix that only holds the record's form scores nothing: 建立台账 → 5, otherwise 0
    _scores("建立台账得5分，否则不得分。台账格式详见附件2", 5, {"符合": 5, "不符合": 0})


# --- Part 1: whole-row deductions adding up past the 分值 -------------------------------------------------------------

def test_corpus_cv5_2_refused() -> None:
    # fresh88 CV5-2 (10): 扣5 + 扣10 + 扣10 = 25 on 10, no 扣完为止
    assert judge(_BY_ID["CV5-2"]) == ("refused-ok", "")
    r = read_rule_text(_BY_ID["CV5-2"]["text"], 10)
    assert r.rule is None and any("超过分值10分" in u for u in r.understood)


@pytest.mark.parametrize(("text", "w"), [
    ("未建立台账扣10分，未开展检查扣10分，资料不全扣5分。", 10),  # 10 + 10 + 5 = 25 on 10
    ("未建立台账扣10分;未开展检查扣10分;资料不全扣5分。", 10),
    ("质量不合格,已入库扣6分,未验收,扣6分,单据不全扣2分", 6),  # 6 + 6 + 2 = 14 on 6
])
def test_whole_deductions_past_weight_refused(text: str, w: float) -> None:
    _not_read(text, w)


def test_one_whole_deduction_stays_levels() -> None:
    # held S29-1 (8): 未成立自评工作小组 → 8 − 8 = 0; 组成人员不符合要求 → 8 − 5 = 3 (no group, no members to fault)
    assert judge(_BY_ID["S29-1"]) == ("read", "")
    # a veto ("不得分") beside a part stays levels: 未建立台账 → 0, 未开展检查 → 0, 资料不全 → 10 − 5 = 5
    _scores("未建立台账不得分，未开展检查不得分，资料不全扣5分。", 10,
            {"符合": 10, "未建立台账": 0, "未开展检查": 0, "资料不全": 5})
