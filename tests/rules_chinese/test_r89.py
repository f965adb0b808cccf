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


# --- Part 2: the national 评价标准 heading and numbers as pages flatten them (standardrules._read_loose) ---------------

@pytest.mark.parametrize(("sid", "points"), [
    ("CU1-3", ["8", "4", "4", "4"]),  # fresh87 (20): 8 + 4 + 4 + 4 = 20; "1、0" / "1,5" inside rules 2 and 3 are decimals
    ("CU2-2", ["2", "2"]),  # fresh87 (4): 2 + 2
    ("CU3-1", ["2", "2"]),  # fresh87 (4): 2 + 2; "0,2" inside rule 1
])
def test_corpus_flattened_standard_rules(sid: str, points: list[str]) -> None:
    assert judge(_BY_ID[sid]) == ("read", "")
    r = read_rule_text(_BY_ID[sid]["text"], _BY_ID[sid]["w"])
    assert [str(i.points) for i in r.items] == points


@pytest.mark.parametrize(("text", "w", "points"), [
    # a title, "。" after the heading, "1." "2、" "3，" as numbers: 3 + 3 + 4 = 10
    ("节约用水 评价总分值为10分。按下列规则分别评分并累计。1.设置用水计量装置。得3分。2、采用节水器具,得3分。"
     "3，雨水回用率不低于20,得4分", 10, ["3", "3", "4"]),
    # no title, spaces only: 2 + 3 = 5
    ("评价总分值为5分 按下列规则分别评分并累计 1 设置垃圾分类设施 得2分 2 定期清运 得3分", 5, ["2", "3"]),
])
def test_flattened_standard_rules_variants(text: str, w: float, points: list[str]) -> None:
    r = read_rule_text(text, w)
    assert r.kind == "checklist" and r.max_points == w and [str(i.points) for i in r.items] == points


@pytest.mark.parametrize(("text", "w"), [
    # levels inside rule 1 (30 % → 3, 50 % → 5): never items
    ("节水 评价总分值为10分。按下列规则分别评分并累计。1、比例达到30%,得3分;达到50%,得5分。2、有管理制度,得5分", 10),
    # no 累计: rules to pick one of
    ("节水 评价总分值为5分。按下列规则评分。1、达到30%,得3分。2、达到50%,得5分", 5),
    # the rules do not add up to the 总分值: 2 + 2 = 4 ≠ 5
    ("节水 评价总分值为5分。按下列规则分别评分并累计。1、设置计量装置,得2分。2、采用节水器具,得2分", 5),
])
def test_flattened_standard_rules_near_misses(text: str, w: float) -> None:
    assert read_rule_text(text, w).kind != "checklist"


# --- Part 2: a bare value then 时 ("100%时2分") --------------------------------------------------------------------

def test_corpus_cu7_4() -> None:
    # fresh87 CU7-4 (2): 100% → 2; each whole 10 % lower → −0.5, floor 0 (labels by the collector)
    assert judge(_BY_ID["CU7-4"]) == ("read", "")


def test_value_then_shi_variants() -> None:
    # 95 % → 3; 90 % → 3 − 1 = 2; 85 % → 1; 80 % → 0; 70 % → 0 (扣完为止)
    _scores("95%时得3分,每降低5%扣1分,扣完为止", 3, {"95%": 3, "90%": 2, "85%": 1, "80%": 0, "70%": 0})
    # 3 times → 5; 2 → 4; 0 → 2
    _scores("3次时得5分,每少1次扣1分", 5, {"3": 5, "2": 4, "0": 2})


def test_value_then_shi_near_miss() -> None:
    # a ratio's step without a unit ("比值每减0.1") is still not read (fresh87 CU7-3 stays refused)
    _not_read("比值为1时,2分,比值每减0.1扣减0.5分,扣完为止", 2)


# --- Part 2: a requirement, then its printed states (printedstates.py); the short head of a level ------------------

@pytest.mark.parametrize(("sid", "scores"), [
    ("CU5-1", {"系统建立": 4, "局部建立": 2}),  # fresh87 (4)
    ("CU5-2", {"主要区域安装": 3, "全部安装": 5}),  # fresh87 (5)
    ("CU5-3", {"安装总表": 1, "全部安装": 2}),  # fresh87 (2)
])
def test_corpus_printed_states(sid: str, scores: dict[str, float]) -> None:
    assert judge(_BY_ID[sid]) == ("read", "")
    _scores(_BY_ID[sid]["text"], _BY_ID[sid]["w"], scores)


def test_printed_states_variants() -> None:
    # a requirement, two states: 主要楼层安装 → 2; 全部安装 → 4 (anything else is a gap, no score)
    _scores("a.照明用电应按楼层分别计量,主要楼层安装得2分,全部安装得4分", 4, {"主要楼层安装": 2, "全部安装": 4})
    # 主要用途安装 → 3; 全部安装 → 6
    _scores("b.用水应按用途分别计量,主要用途安装得3分,全部安装得6分", 6, {"主要用途安装": 3, "全部安装": 6})
    r = read_rule_text("b.用水应按用途分别计量,主要用途安装得3分,全部安装得6分", 6)
    assert r.rule is not None and not r.rule.names_text("安装")
    # 全面建立 (its short head) → 4; 部分建立 → 2
    _scores("全面建立能耗台帐得4分,部分建立得2分", 4, {"全面建立能耗台帐": 4, "全面建立": 4, "部分建立": 2})


@pytest.mark.parametrize(("text", "w"), [
    ("a.应按区域分别计算,主要区域安装得3分,全部安装得3分", 3),  # the same points: items or states?
    ("a.应按区域分别计算,主要区域安装得3分,全部安装得5分", 8),  # the top is not the 分值: 5 ≠ 8
    ("a.每季度检查1次,主要区域安装得3分,全部安装得5分", 5),  # a number in the requirement
])
def test_printed_states_near_misses(text: str, w: float) -> None:
    from decimal import Decimal

    from jixiao.rules.chinese.printedstates import read_printed_states
    assert read_printed_states(text, Decimal(w)) is None


# --- Part 2: grades whose cells ran together ("优良,2分一般,1分较差,0分") -------------------------------------------

def test_corpus_cu7_5() -> None:
    # fresh87 CU7-5 (2): 优良 → 2; 一般 → 1; 较差 → 0
    assert judge(_BY_ID["CU7-5"]) == ("read", "")
    _scores(_BY_ID["CU7-5"]["text"], 2, {"优良": 2, "一般": 1, "较差": 0})


def test_glued_grades_variants_and_near_miss() -> None:
    _scores("好,3分中,2分差,0分", 3, {"好": 3, "中": 2, "差": 0})  # 好 → 3; 中 → 2; 差 → 0
    _scores("优秀,5分良好,3分合格,1分", 5, {"优秀": 5, "良好": 3, "合格": 1})  # 5 / 3 / 1
    _not_read("优良,2分一般,1分", 2)  # two only: a requirement and its points, or two grades? (left refused)


@pytest.mark.parametrize("module", ["printedstates", "standardrules", "shortnames"])
def test_module_doctests(module: str) -> None:
    import doctest
    import importlib
    result = doctest.testmod(importlib.import_module(f"jixiao.rules.chinese.{module}"), optionflags=doctest.ELLIPSIS)
    assert result.failed == 0 and result.attempted > 0
