"""r16 (issue 11): checklists whose items carry their points in places the item readers did not take.

Shapes (placedpoints.py, itemrules.py, checklist.py, normalise.py): points alone after the item's stop, before the
next number ("…;1分2.…", "…;(4分)(2)…"); several items inside one numbered item ("(2分),并职责明确(1分)",
"(2分)并有记录(1分)", "(2分)、实施方案(2分)"), named after the item's first part; a "(共N分)" heading before a "、" list
of items, one with its own rule ("(4分,少一处扣1分)"); "A的,得1分,B的,得2分" and "A和B的各得2分" with a closing
"以…为依据"; an item's failing said again ("未完成不得分"); failings listed, then their deductions in order ("将依次
扣除4分、2分…"); "参加(2分)" (参加 is no bonus verb).

The corpus judge checks only a checklist's total, so every test here asserts each item's name and points, read by
hand from the sentence. Sources: tests/rules_chinese/corpus.yaml, fresh24–27.
"""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from jixiao.rules.chinese import read_rule_text
from jixiao.rules.chinese.itemrules import read_items_with_rules


def _items(text: str, w: float) -> list[tuple[str, D]]:
    r = read_rule_text(text, w)
    assert r.kind == "checklist", (r.kind, r.understood, r.unread)
    assert r.max_points == D(str(w))
    return [(i.text, i.points) for i in r.items]


def _refused(text: str, w: float) -> None:
    r = read_rule_text(text, w)
    assert r.kind != "checklist" and r.rule is None, (r.kind, r.canonical, r.items)


# ---- points alone after the item's stop, before the next item number -------------------------------------------

@pytest.mark.parametrize("text, w, items", [
    # AM1-1 (fresh26): 1 + 1 = 2; "每年至少召开2次会议" is part of what item 1 requires (met or not)
    ("1.落实由政府负责人担任召集人的工作协调机制,定期研究会商,每年至少召开2次会议;1分2.制定本地区治欠保支年度工作计划.1分",
     2, [("落实由政府负责人担任召集人的工作协调机制,定期研究会商,每年至少召开2次会议", 1),
         ("制定本地区治欠保支年度工作计划", 1)]),
    # AM1-2 (fresh26): 1 + 1 = 2
    ("1.制定对下级政府的年度考核办法并组织实施;1分2.按规定通报考核结果,采取措施督促整改.1分", 2,
     [("制定对下级政府的年度考核办法并组织实施", 1), ("按规定通报考核结果,采取措施督促整改", 1)]),
    # AM11-2 (fresh26): 3 + 3 = 6
    ("(1)采用人脸识别设备;(3分)(2)采用自助借还设备。(3分)", 6, [("采用人脸识别设备", 3), ("采用自助借还设备", 3)]),
    # variant: 2 + 1 = 3
    ("1.建立工作台账;2分2.按月报送报表.1分", 3, [("建立工作台账", 2), ("按月报送报表", 1)]),
    # variant, bracketed numbers and points, three items: 2 + 3 + 1 = 6
    ("(1)制定年度工作计划;(2分)(2)开展专项检查;(3分)(3)形成年度总结。(1分)", 6,
     [("制定年度工作计划", 2), ("开展专项检查", 3), ("形成年度总结", 1)]),
])
def test_points_after_the_stop(text, w, items):
    assert _items(text, w) == [(n, D(str(p))) for n, p in items]


def test_am11_1_an_item_with_a_number_is_scored_by_it():
    # AM11-1 (fresh26): 4 + 3 + 3 = 10; item 1 "每周开放时间不少于40小时" (4分): 业绩值 = hours a week: 40 → 4, 39 → 0
    r = read_rule_text("(1)每周开放时间不少于40小时;(4分)(2)实行错时开放;(3分)(3)寒暑假延迟开放时间。(3分)", 10)
    assert r.kind == "checklist" and r.max_points == 10
    assert [(i.text, i.points) for i in r.items] == [("每周开放时间不少于40小时", 4), ("实行错时开放", 3),
                                                     ("寒暑假延迟开放时间", 3)]
    first = r.items[0].rule
    assert first.score("40", D(4)) == 4 and first.score("39", D(4)) == 0


@pytest.mark.parametrize("text, w", [
    ("1.建立工作台账;2分2.按月报送报表.1分", 4),                 # 2 + 1 = 3 ≠ 4
    ("1.工作完成好;3分2.工作完成较好;2分", 3),                   # levels of one thing (较好), never items to add
])
def test_points_after_the_stop_near_misses(text, w):
    _refused(text, w)


def test_points_that_do_not_add_up_say_so():
    r = read_rule_text("1.建立工作台账;2分2.按月报送报表.1分", 4)
    assert any("合计3分" in u and "分值4分" in u for u in r.understood), r.understood


# ---- several items inside one numbered item -----------------------------------------------------------------------

def test_an3_1_items_inside_items():
    # AN3-1 (fresh27): 2 + 1 + 2 + 1 + 3 + 2 + 2 + 2 = 15
    assert _items("1.医院有控烟领导小组(2分),并职责明确(1分)2.各科室有控烟领导小组(2分),并职责明确(1分)3.将控烟工作纳入医院的"
                  "工作计划(3分)4.医院有控烟计划(2分)、实施方案(2分)5.院领导成员不吸烟或带头戒烟(2分)", 15) == [
        ("医院有控烟领导小组", 2), ("医院有控烟领导小组：职责明确", 1), ("各科室有控烟领导小组", 2),
        ("各科室有控烟领导小组：职责明确", 1), ("将控烟工作纳入医院的工作计划", 3), ("医院有控烟计划", 2),
        ("医院有控烟计划：实施方案", 2), ("院领导成员不吸烟或带头戒烟", 2)]


def test_an3_2_and_an3_5():
    # AN3-2 (fresh27): 2 + 2 + 1 = 5
    assert _items("1.医院制定控烟制度(2分)2.有控烟考评奖惩办法(2分)并有记录(1分)", 5) == [
        ("医院制定控烟制度", 2), ("有控烟考评奖惩办法", 2), ("有控烟考评奖惩办法：有记录", 1)]
    # AN3-5 (fresh27): 2 + 2 + 1 + 2 + 1 + 2 = 10
    assert _items("1.各科室设有控烟监督员(2分),职责明确(2分),并有检查督导记录(1分)2.医院设有控烟巡查员(2分),职责明确(1分),"
                  "并有培训记录(2分)", 10) == [
        ("各科室设有控烟监督员", 2), ("各科室设有控烟监督员：职责明确", 2), ("各科室设有控烟监督员：有检查督导记录", 1),
        ("医院设有控烟巡查员", 2), ("医院设有控烟巡查员：职责明确", 1), ("医院设有控烟巡查员：有培训记录", 2)]


@pytest.mark.parametrize("text, w, items", [
    # variant: 2 + 1 + 2 = 5
    ("1.建立安全台账(2分),并专人管理(1分)2.有应急工作计划(2分)", 5,
     [("建立安全台账", 2), ("建立安全台账：专人管理", 1), ("有应急工作计划", 2)]),
    # variant, not numbered: "并…" belongs to the item before; 2 + 1 = 3
    ("有应急预案(2分)并定期组织演练(1分)", 3, [("有应急预案", 2), ("有应急预案：定期组织演练", 1)]),
    # variant: "、" inside a numbered item parts two items; 1 + 1 + 2 = 4
    ("1.有年度计划(1分)、工作总结(1分)2.资料归档及时(2分)", 4,
     [("有年度计划", 1), ("有年度计划：工作总结", 1), ("资料归档及时", 2)]),
])
def test_items_inside_items_variants(text, w, items):
    assert _items(text, w) == [(n, D(str(p))) for n, p in items]


@pytest.mark.parametrize("text, w", [
    ("1.建立安全台账(2分),并专人管理(1分)2.有应急工作计划(2分)", 6),   # 5 ≠ 6
    ("1.工作全部完成(2分),基本完成(1分)2.资料齐全(2分)", 5),           # 基本完成 is a lesser level of item 1
    ("制度健全2分、执行有效3分", 5),                                    # "、" alone, not numbered: how each is judged?
])
def test_items_inside_items_near_misses(text, w):
    _refused(text, w)


# ---- a "(共N分)" heading, then a "、" list; one item with its own rule -------------------------------------------

def test_an3_6_heading_then_listed_items():
    # AN3-6 (fresh27): 展板 4 (own rule: 4 − 1 per board short of 4) + 1 + 1 + 1 + 1 = 8
    r = read_rule_text("医院进行控烟宣传(共8分)展板4处以上(4分,少一处扣1分)、标语(1分)、闭路电视播放(1分)、院刊院报(1分)、"
                       "网站(1分)", 8)
    assert r.kind == "checklist" and r.max_points == 8
    assert [(i.text, i.points) for i in r.items] == [("展板4处以上", 4), ("标语", 1), ("闭路电视播放", 1),
                                                     ("院刊院报", 1), ("网站", 1)]
    board = r.items[0].rule  # 业绩值 = boards: 5 → 4; 4 → 4; 3 → 3; 1 → 1
    assert [board.score(v, D(4)) for v in ("5", "4", "3", "1")] == [4, 4, 3, 1]


def test_heading_then_listed_items_variant():
    # variant: 宣传栏 2 (own rule: 2 − 1 per one short of 2; 1 → 1, 0 → 0) + 标语 1 + 网站 2 = 5
    r = read_rule_text("开展政策宣传(共5分)宣传栏2处以上(2分,少一处扣1分)、标语(1分)、网站专栏(2分)", 5)
    assert r.kind == "checklist" and r.max_points == 5
    assert [(i.text, i.points) for i in r.items] == [("宣传栏2处以上", 2), ("标语", 1), ("网站专栏", 2)]
    assert [r.items[0].rule.score(v, D(2)) for v in ("2", "1", "0")] == [2, 1, 0]


def test_heading_then_listed_items_near_miss():
    # the heading says 6, the row's 分值 is 6, the items add up to 5: refused
    _refused("开展政策宣传(共6分)宣传栏2处以上(2分,少一处扣1分)、标语(1分)、网站专栏(2分)", 6)


# ---- "A的,得1分,B的,得2分" / "A和B的各得2分", with "以…为依据" -------------------------------------------------
# (after r15 merged, items of "A的,得N分" are named without the 的, as r15's short names are; "A和B的各得" keeps it)

@pytest.mark.parametrize("text, w, items", [
    # AM9-1 (fresh26): 1 + 2 = 3
    ("落实的,得1分,建立的,得2分,反之不得分。以落实和资金到帐为依据。", 3, [("落实", 1), ("建立", 2)]),
    # AM9-2 (fresh26): 2 + 2 = 4
    ("建立和开发的各得2分,反之,不得分。以实地察看和台账为依据。", 4, [("建立的", 2), ("开发的", 2)]),
    # AM9-4 (fresh26): 1 + 1 = 2
    ("建立或成立的得1分,开展服务的,得1分,反之,不得分。以察看和检查台账为依据。", 2, [("建立或成立", 1), ("开展服务", 1)]),
    # variants: 2 + 1 = 3; 1 + 1 = 2
    ("制定方案的,得2分,公开公示的,得1分,否则不得分。以文件为依据。", 3, [("制定方案", 2), ("公开公示", 1)]),
    ("审核与公示的各得1分,否则,不得分。以台账为准。", 2, [("审核的", 1), ("公示的", 1)]),
])
def test_short_items_with_a_closing_basis(text, w, items):
    assert _items(text, w) == [(n, D(str(p))) for n, p in items]


@pytest.mark.parametrize("text, w", [
    ("优秀和良好的各得2分", 4),                                     # levels, never items
    ("落实的,得1分,基本落实的,得0.5分。以台账为依据。", 1.5),        # a lesser level of the same thing
    ("建立和开发的各得2分,反之,不得分。以实地察看和台账为依据。", 5),  # 4 ≠ 5
])
def test_short_items_near_misses(text, w):
    _refused(text, w)


# ---- an item's failing said again ------------------------------------------------------------------------------

def test_al1_3_items_with_their_failing_and_own_rule():
    # AL1-3 (fresh25): 2 + 3 + 1 + 1 = 7; item (2): 3 − 0.5 per project not done (扣完为止): 2 → 2, 6 → 0, 7 → 0
    r = read_rule_text(
        "(1)按规定时间和要求制定“十一五”期间各年度计划,分解落实到各排污单位,得2分,未完成不得分。(2)按各年度计划要求全部项目落实"
        "到位,得3分,每有1个项目未完成,扣0.5分,扣完为止。(3)加强总量减排工作资料收集管理,建立“一厂一档”的备案制度,得1分,未完成"
        "不得分。(4)做好主要污染物排放总量定期上报工作,于每年7月5日和次年1月5日前,分别将本地区上半年和上一年度化学需氧量、二氧化硫"
        "两项污染物排放总量报市环保局,得1分,未上报不得分。", 7)
    assert r.kind == "checklist" and r.max_points == 7
    assert [i.points for i in r.items] == [2, 3, 1, 1]
    assert r.items[0].text.startswith("按规定时间和要求制定") and r.items[1].text == "按各年度计划要求全部项目落实到位"
    assert [r.items[1].rule.score(v, D(3)) for v in ("0", "2", "6", "7")] == [3, 2, 0, 0]


@pytest.mark.parametrize("text, w, items", [
    # variants: 2 + 1 = 3
    ("(1)制定年度计划,得2分,未完成不得分。(2)按时上报统计报表,得1分,未上报的不得分。", 3,
     [("制定年度计划", 2), ("按时上报统计报表", 1)]),
    ("1.开展安全检查,得2分,未开展不得分;2.建立隐患台账,得2分,未建立的不得分。", 4,
     [("开展安全检查", 2), ("建立隐患台账", 2)]),
])
def test_failing_said_again_variants(text, w, items):
    assert _items(text, w) == [(n, D(str(p))) for n, p in items]


def test_failing_said_again_near_miss():
    # "未整改不得分" names another requirement (整改), not item 1's failing: the item reader does not take it as the
    # item's failing (the whole reader's 各句 reader keeps it as a note, as before r16)
    assert read_items_with_rules("建立隐患台账,得2分,未整改不得分;按时上报统计报表,得1分", D(3), []) is None


# ---- failings listed, then their deductions in order -----------------------------------------------------------

def test_ak7_2_deductions_in_order():
    # AK7-2 (fresh24): 杂草 4 + 漂浮物 2 + 溢洪道 2 + 拦鱼栅 2 + 启闭器 2 = 12
    assert _items("二、做好大坝溢洪道,涵管启闭器养护管理工作;保持大坝内外面光洁,如发现大坝未除杂草,库内有漂浮物及垃圾未清理,"
                  "溢洪道堵塞,道口设有拦鱼栅,启闭器不灵活不能运转将依次扣除4分、2分、2分、2分、2分。", 12) == [
        ("大坝未除杂草", 4), ("库内有漂浮物及垃圾未清理", 2), ("溢洪道堵塞", 2), ("道口设有拦鱼栅", 2),
        ("启闭器不灵活不能运转", 2)]


@pytest.mark.parametrize("text, w, items", [
    # variants: 3 + 2 = 5; 2 + 1 + 1 = 4
    ("如发现台账缺失,报表迟报将分别扣除3分、2分。", 5, [("台账缺失", 3), ("报表迟报", 2)]),
    ("做好档案管理,若出现档案丢失、借阅无登记、归档不及时的,依次扣2分、1分、1分。", 4,
     [("档案丢失", 2), ("借阅无登记", 1), ("归档不及时", 1)]),
])
def test_deductions_in_order_variants(text, w, items):
    assert _items(text, w) == [(n, D(str(p))) for n, p in items]


@pytest.mark.parametrize("text, w", [
    ("如发现台账缺失,报表迟报将分别扣除3分、2分、1分。", 6),          # 2 failings, 3 deductions
    ("如发现台账缺失,报表迟报将分别扣除3分、2分。", 6),               # 5 ≠ 6
    ("发现台账缺失、报表迟报的,每处分别扣2分、1分。", 3),             # per finding, not once each
])
def test_deductions_in_order_near_misses(text, w):
    _refused(text, w)


# ---- 参加 is a word, 加 alone a bonus ----------------------------------------------------------------------------

def test_am5_1_and_variants():
    # AM5-1 (fresh26): 2 + 2 = 4; variant 1 + 2 = 3
    assert _items("成立领导小组(2分);有关部门参加(2分)", 4) == [("成立领导小组", 2), ("有关部门参加", 2)]
    assert _items("组织人员参加培训(1分);按时参加会议(2分)", 3) == [("组织人员参加培训", 1), ("按时参加会议", 2)]


def test_a_bonus_is_no_item():
    # "加2分" is a bonus, not the item's points: not a checklist of 4
    r = read_rule_text("成立领导小组2分;工作突出的加2分", 4)
    assert not (r.kind == "checklist" and r.max_points == 4)


# ---- ways to pick from inside a list: one thing done more or less often ------------------------------------------

def test_an5_5_alternatives_are_not_added():
    # AN5-5 (fresh27): 体检 (每年一次 4 / 每两年一次 3 — one of them, at most 4) + 健康管理计划 4 = 8 (not 4 + 3 + 4 = 11)
    r = read_rule_text("每年组织一次健康体检,得4分,每两年组织一次健康体检,得3分。根据体检结果,制定有针对性的健康管理计划或措施,"
                       "得4分。", 8)
    assert r.kind == "checklist" and r.max_points == 8
    assert [(i.text, i.points) for i in r.items] == [("每年组织1次健康体检／每2年组织1次健康体检", 4),
                                                     ("根据体检结果,制定有针对性的健康管理计划或措施", 4)]
    check = r.items[0].rule  # 业绩值 = the way done: 每年 → 4, 每两年 → 3, neither → 0
    assert [check.score(v, D(4)) for v in ("每年组织1次健康体检", "每2年组织1次健康体检", "未组织")] == [4, 3, 0]


@pytest.mark.parametrize("text, w, items, scores", [
    # variant: 巡查 (每周2次 3 / 每周1次 2) + 台账 2 = 5
    ("每周巡查2次,得3分,每周巡查1次,得2分;建立巡查台账,得2分。", 5,
     [("每周巡查2次／每周巡查1次", 3), ("建立巡查台账", 2)], {"每周巡查2次": 3, "每周巡查1次": 2}),
    # variant: 培训 (每年3次 2 / 每年1次 1) + 总结 1 = 3
    ("每年开展3次培训,得2分,每年开展1次培训,得1分。按时上报培训总结,得1分。", 3,
     [("每年开展3次培训／每年开展1次培训", 2), ("按时上报培训总结", 1)], {"每年开展3次培训": 2, "每年开展1次培训": 1}),
])
def test_alternatives_variants(text, w, items, scores):
    r = read_rule_text(text, w)
    assert r.kind == "checklist" and r.max_points == w
    assert [(i.text, i.points) for i in r.items] == [(n, D(str(p))) for n, p in items]
    assert {v: r.items[0].rule.score(v, items[0][1]) for v in scores} == scores


@pytest.mark.parametrize("text, w", [
    ("每周巡查2次,得3分,每周巡查1次,得2分;建立巡查台账,得2分。", 7),   # 3 + 2 + 2 = 7 only if the ways were added
    ("每周巡查2次,得3分;每周巡查1次,得2分。", 5),                      # bands on one count, in two sentences: levels
])
def test_alternatives_near_misses(text, w):
    _refused(text, w)


# ---- the same places with other item numbers (①, (一), 一、, after a comma) and without numbers --------------------

@pytest.mark.parametrize("text, w, items", [
    # 1 + 1 = 2
    ("①建立台账;1分②按月报送.1分", 2, [("建立台账", 1), ("按月报送", 1)]),
    # 2 + 1 = 3 (the normaliser writes the first "一、" as "1、")
    ("一、建立台账;(2分)二、按月报送;(1分)", 3, [("建立台账", 2), ("按月报送", 1)]),
    # 2 + 1 = 3, spaces before the points
    ("(一)建立台账 2分 (二)按月报送 1分", 3, [("建立台账", 2), ("按月报送", 1)]),
    # not numbered, the last item's points after its stop: every item's are; 2 + 1 = 3
    ("建立台账;(2分)按月报送;(1分)", 3, [("建立台账", 2), ("按月报送", 1)]),
    # a number after a comma: 2 + 1 + 1 = 4
    ("1.建立台账(2分),专人管理(1分),2.按月报送(1分)", 4, [("建立台账", 2), ("建立台账：专人管理", 1), ("按月报送", 1)]),
    # 一、 with "并…" inside the first item: 2 + 1 + 1 = 4
    ("一、建立台账(2分),并专人管理(1分)二、按月报送(1分)", 4,
     [("建立台账", 2), ("建立台账：专人管理", 1), ("按月报送", 1)]),
    # points before each item (r49, session 34): each clause's own points, never the item's before — 2 + 1 = 3
    # (a near miss refused until r49's repair placed them after their own clause)
    ("(2分)建立台账;(1分)按月报送", 3, [("建立台账", 2), ("按月报送", 1)]),
])
def test_other_item_numbers(text, w, items):
    assert _items(text, w) == [(n, D(str(p))) for n, p in items]


@pytest.mark.parametrize("text, w", [
    ("建立台账;(2分)按月报送;(1分)", 4),                          # 3 ≠ 4
    ("①工作完成好;3分②工作完成较好;2分", 3),                     # levels (较好)
    ("一、建立台账(2分)二、按月报送(1分)三、其他工作(1分)", 3),     # 4 ≠ 3
])
def test_other_item_numbers_near_misses(text, w):
    _refused(text, w)


# ---- an item whose own deduction stood in its name ---------------------------------------------------------------

def test_af2_6_the_item_keeps_its_own_deduction_as_its_rule():
    # AF2-6 (fresh19): 10 + 15 + 15 + 20 = 60; item 4 scored 20 − 10 per case not handled: 1 → 10, 2 → 0, 3 → 0
    r = read_rule_text("1.完善森林资源管理监督检查机制（10分）；2.开展生态公益林年度检查验收和生态公益林补偿效益监测工作（15分）"
                       "3.河道沿岸绿化和湿地修复建设（15分）；4.对非法侵占林地、破坏湿地和野生动物资源等违法犯罪的进行调查处理，"
                       "出现一例未处理扣10分（20分）。", 60)
    assert r.kind == "checklist" and r.max_points == 60
    assert [(i.text, i.points) for i in r.items] == [
        ("完善森林资源管理监督检查机制", 10), ("开展生态公益林年度检查验收和生态公益林补偿效益监测工作", 15),
        ("河道沿岸绿化和湿地修复建设", 15), ("对非法侵占林地、破坏湿地和野生动物资源等违法犯罪的进行调查处理", 20)]
    assert [r.items[3].rule.score(v, D(20)) for v in ("0", "1", "2", "3")] == [20, 10, 0, 0]


def test_an_item_keeping_its_own_deduction_variant_and_near_miss():
    # variant: 3 + (5 − 2 per case: 1 → 3, 3 → 0) = 8
    r = read_rule_text("1.建立投诉台账(3分);2.及时办结群众投诉,出现1件未办结扣2分(5分)。", 8)
    assert r.kind == "checklist" and [(i.text, i.points) for i in r.items] == [("建立投诉台账", 3), ("及时办结群众投诉", 5)]
    assert [r.items[1].rule.score(v, D(5)) for v in ("1", "3")] == [3, 0]
    # near-miss: 3 + 5 = 8 on a 9-point row: refused
    _refused("1.建立投诉台账(3分);2.及时办结群众投诉,出现1件未办结扣2分(5分)。", 9)
