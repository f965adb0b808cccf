"""r25: two families of refused sentences.

A. Checklists whose items carry their points inline, in brackets right after each item (inlinepoints.py — since r26
   the one mechanism for this notation: r22's bracket rewrites were folded into it, test_r26.py).
B. Deduction lists of named failures (namedfailures.py, deductionlist.exclusive_failings, assemble._same_rate_findings):
   levels named by the printed failures (分值 − each deduction) where they cannot both happen, equal deductions counted
   together (同额扣分并入次数, also when they add up to the 分值), one printed failing that costs the 分值, and level names
   printed with spaces kept as second names.

Per shape: the corpus sentences (by id), variants written here (expected scores by hand arithmetic in the comments) and
near-misses that must be refused.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from jixiao.rules.chinese import read_rule_text
from tests.rules_chinese.corpus import judge, load

_BY_ID = {e["id"]: e for e in load()[1]}


@pytest.mark.parametrize("sid", ["AR5-1", "AW10-1", "AS3-2", "AS3-4", "AX9-1", "AV1-2", "AZ2-1", "AZ2-2", "AZ2-3",
                                 "AZ2-4", "AW10-2", "AX4-3", "BB1-3", "AU12-1", "AU9-2", "AU9-3", "AV11-1", "AW3-2",
                                 "X13-3", "AQ2-7", "AR6-2", "AD1-1", "AV10-7", "AY5-1", "AE7-1"])
def test_corpus_sentences_read(sid):
    assert judge(_BY_ID[sid]) == ("read", "")


def _items(text, w):
    r = read_rule_text(text, w)
    assert r.kind == "checklist", r.understood
    return [(i.text, str(i.points)) for i in r.items], r.max_points


def _scores(text, w, values):
    r = read_rule_text(text, w)
    assert r.ok and r.rule is not None, r.understood
    return [r.rule.score(v, w) for v in values]


def _refused(text, w):
    r = read_rule_text(text, w)
    return r.rule is None and r.kind == "unreadable"


# --- A. inline points --------------------------------------------------------------------------------------------

def test_corpus_inline_items_as_printed():
    # fresh31 AR5-1 (W 10): 召开会员代表大会 5 + 重大事项表决通过 5 = 10, no stop between the items, 繁体 kept
    items, total = _items(_BY_ID["AR5-1"]["text"], 10)
    assert items == [("按章程規定的時限、條件和程序召開會員代表大會", "5"), ("重大事項表決通過", "5")] and total == 10
    # fresh36 AW10-1 (W 10): four items "。(2.5)" without 分: 4 × 2.5 = 10
    items, total = _items(_BY_ID["AW10-1"]["text"], 10)
    assert [p for _, p in items] == ["2.5"] * 4 and total == 10
    # fresh35 AV1-2 (W 4): "%1" is a lost ①: 3 + 1 = 4, the items named without it
    items, _ = _items(_BY_ID["AV1-2"]["text"], 4)
    assert items == [("未擅自调整项目计划或变更项目建设内容", "3"), ("县有项目工程管护制度和管理人员职责", "1")]


def test_inline_variants():
    # no stop between items: 3 + 2 = 5
    assert _items("成立工作领导小组(3分)制定年度工作计划(2分)", 5) == (
        [("成立工作领导小组", "3"), ("制定年度工作计划", "2")], Decimal(5))
    # points after the item's stop, without 分: 1.5 + 1.5 + 2.5 = 5.5
    assert _items("建立档案管理制度,专人负责。(1.5)档案分类规范。(1.5)按时归档。(2.5)", 5.5)[0] == [
        ("建立档案管理制度,专人负责", "1.5"), ("档案分类规范", "1.5"), ("按时归档", "2.5")]
    # lost item numbers: 2 + 1 = 3
    assert _items("%1按时报送报表(2分);%1资料保存完整(1分)。", 3)[0] == [("按时报送报表", "2"), ("资料保存完整", "1")]
    # 繁体, items parted by spaces: 2 + 2 + 1 = 5
    assert _items("成立領導小組(2分) 制定工作方案(2分) 年終有總結(1分)", 5)[1] == 5
    # the opening bracket lost (as fresh18 AE7-1): 1 + 1 = 2
    assert _items("成立领导小组(1分)。工作有计划、有总结1分)", 2)[0] == [("成立领导小组", "1"), ("工作有计划、有总结", "1")]
    # how often an item is done is part of its words ("每2年"): 1 + 1 = 2
    assert _items("每年召开专题会议1次以上(1分)每2年开展一次检查(1分)", 2)[1] == 2
    # bare room points and "少一室扣该室分值" (what adding the items gives): 2 + 2 + 1 = 5
    assert _items("有会议室(2)档案室(2)活动室(1) 少一室扣该室分值", 5)[1] == 5


def test_inline_items_in_their_context():
    # item numbers before the items, a heading, a stop, "否则不得分" after them: still 3 + 2 = 5
    for text in ("(1)成立工作领导小组(3分)(2)制定年度工作计划(2分)", "考核内容:成立工作领导小组(3分)制定年度工作计划(2分)",
                 "成立工作领导小组(3分)制定年度工作计划(2分)。", "成立工作领导小组(3分)制定年度工作计划(2分),否则不得分"):
        assert _items(text, 5) == ([("成立工作领导小组", "3"), ("制定年度工作计划", "2")], Decimal(5)), text
    # near-misses: a deduction or a veto after the items (whose points? every item's?)
    assert _refused("成立工作领导小组(3分)制定年度工作计划(2分)未制定的扣2分", 5)
    assert _refused("成立工作领导小组(3分)制定年度工作计划(2分),没有计划不得分", 5)


def test_inline_near_misses_refused():
    assert _refused("成立工作领导小组(3分)制定年度工作计划(2分)", 6)  # 3 + 2 ≠ 6
    assert _refused("工作成效显著(3分)工作成效一般(2分)", 5)  # levels of one thing, not items
    assert _refused("建立台账。(2)按时报送。(3)", 5)  # 2, 3: whole numbers going up by one are a numbering (r26)
    assert _refused("完成任务(5分)超额完成再加(2分)", 7)  # a bonus, not an item


def test_points_per_thing_up_to_the_total():
    # fresh34 AU12-1 (W 3): "(1个0.5分,共3分)" — 0.5 per 制度 kept, 6 reach 3: 6 → 3; 4 → 2; 1 → 0.5; 0 → 0
    assert _scores(_BY_ID["AU12-1"]["text"], 3, ["6", "4", "1", "0"]) == [3, 2, Decimal("0.5"), 0]
    # "(1项1分,共3分)" (W 3): 3 → 3; 2 → 2; 0 → 0
    assert _scores("村委会坚持例会制度、学习制度、财务制度。(1项1分,共3分)", 3, ["3", "2", "0"]) == [3, 2, 0]
    # "(每个0.5分,共2分)" (W 2): 4 → 2; 5 → 2 (capped); 3 → 1.5
    assert _scores("按要求报送各类报表。(每个0.5分,共2分)", 2, ["4", "5", "3"]) == [2, 2, Decimal("1.5")]
    assert _refused("村委会坚持例会制度、学习制度、财务制度。(1个0.5分,共3分)", 4)  # the total is not the 分值


# --- B. named failures -------------------------------------------------------------------------------------------

def test_two_levels_of_one_thing_stay_refused():
    # fresh36 AW4-3 is labelled levels (无防护栏杆 5, 防护不符合要求 8), but test_r9/test_r15 decided that an absence and a
    # defect of the same thing, both partial, may happen together (no railing: 5 or 3?) — kept refused (r25 note)
    assert _refused(_BY_ID["AW4-3"]["text"], 10)
    assert _refused("无台账扣2分,台账不规范扣1分", 5)


def test_failings_that_may_both_happen_refused():
    assert _refused("无台账扣1分,台账不规范扣2分", 5)  # missing costs less than falling short: not two levels
    assert _refused("未明确分管领导的扣2分;未明确具体办事机构的扣3分", 10)  # both may happen (as AI2-1)


def test_equal_deductions_counted():
    # fresh34 AU9-2 (W 30): three kinds of missing sign, 10 each: 0 → 30; 1 → 20; 3 → 0
    assert _scores(_BY_ID["AU9-2"]["text"], 30, ["0", "1", "3"]) == [30, 20, 0]
    # 繁体, one head word (标志): 0 → 10; 1 → 5; 2 → 0
    assert _scores("無施工標志扣5分,無安全標志扣5分", 10, ["0", "1", "2"]) == [10, 5, 0]
    # a requirement before: 0 → 2; 1 → 1; 2 → 0
    assert _scores("以文件下发。未及时上报扣1分,队伍不全扣1分。", 2, ["0", "1", "2"]) == [2, 1, 0]
    # near-miss: different deductions for two different things (both may happen)
    assert _refused("无施工标志扣5分,无安全标志扣4分", 9)


def test_one_failing_costing_the_whole_row():
    # fresh34 AU9-3 (W 5): the finding as printed (繁体, its comma kept) → 0; 符合 → 5
    r = read_rule_text(_BY_ID["AU9-3"]["text"], 5)
    assert r.rule.score("施工現場材料亂堆亂放,影響車輛通行", 5) == 0 and r.rule.score("符合", 5) == 5
    assert _scores("发现仓库物品乱堆乱放,堵塞消防通道扣4分。", 4, ["仓库物品乱堆乱放,堵塞消防通道", "符合"]) == [0, 4]
    assert _scores("發現工地垃圾亂堆扣3分", 3, ["工地垃圾亂堆", "符合"]) == [0, 3]
    assert _scores("在高压线下方堆放材料物品扣10分", 10, ["在高压线下方堆放材料物品", "符合"]) == [0, 10]
    assert _refused("发现材料乱堆乱放扣2分", 5)  # less than the 分值: per finding or once?
    # a count of findings, not one printed failing: never a level (r22's rewrite reads it as the count 5 − 5 per finding,
    # the same scores — lead s24)
    r = read_rule_text("发现有一处材料乱堆不得分", 5)
    assert r.rule is None or not r.rule.is_qualitative, r.canonical


def test_one_failing_with_no_points_or_a_measure():
    # fresh35 AV10-7 (W 5): "堵塞不得分" → 堵塞 0, 符合 5; a variant on 3 points
    assert _scores(_BY_ID["AV10-7"]["text"], 5, ["堵塞", "符合"]) == [0, 5]
    assert _scores("通道堵塞不得分", 3, ["通道堵塞", "符合"]) == [0, 3]
    # the counts and names the other readings give stand: "发生责任事故不得分" is a count of accidents (fresh18 AE11-1)
    assert str(read_rule_text("发生责任事故不得分", 10).rule) == ">=1: 0; *: W"
