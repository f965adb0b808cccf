"""r4 (issue 11): lists of failings with fixed deductions, alternatives, one-clause failures.

Sources (tests/rules_chinese/corpus.yaml): fresh9 V22-2; fresh10 W12-1; fresh11 X4-1, X5-3; fresh12 Y11-2,
Y11-4; fresh13 Z22-2; fresh18 AE11-3.
Expected totals and scores are worked out by hand from the sentence (arithmetic in the comments).
"""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from jixiao.rules.chinese import read_rule_text


def _checklist_of(text: str, w: float, n: int) -> None:
    r = read_rule_text(text, w)
    assert r.kind == "checklist" and r.max_points == D(str(w)) and len(r.items) == n, (text, r.understood)


def _scores(text: str, w: float, values: dict[str, float]) -> None:
    r = read_rule_text(text, w)
    assert r.ok and r.rule is not None, (text, r.unread, r.understood)
    for value, score in values.items():
        assert r.rule.score(value, D(str(w))) == D(str(score)), (text, value, r.canonical)


def _items(text: str, w: float) -> list[tuple[str, D]]:
    r = read_rule_text(text, w)
    assert r.kind == "checklist", (text, r.kind, r.unread, r.understood)
    assert r.max_points == D(str(w)), (text, r.max_points)
    return [(i.text, i.points) for i in r.items]


# ---- failings with fixed deductions adding up to the 分值 (deductionlist.py) ----------------------

@pytest.mark.parametrize("text, w, expected", [
    # X5-3: 10 + 10 + 5 + 5 = 30
    ("无人管理的扣10分;档案资料不齐全、检查记录不规范的扣10分;存放无序扣5分;未及时归档扣5分。", 30,
     [("无人管理", 10), ("档案资料不齐全、检查记录不规范", 10), ("存放无序", 5), ("未及时归档", 5)]),
    # Z22-2: 5 + 5 = 10
    ("学生归档材料不全、不规范的扣5分;不及时上报的扣5分。", 10,
     [("学生归档材料不全、不规范", 5), ("不及时上报", 5)]),
    # Y11-2: 组织 2 + three failings named by "、" at 1 each = 5
    ("组织不到位扣2分,工作无计划、无检查、无总结,每项扣1分。", 5,
     [("组织不到位", 2), ("工作无计划", 1), ("工作无检查", 1), ("工作无总结", 1)]),
    # Y11-4: two checks, 1 + 1 = 2 (the sample sizes 10户, 2所 are not points)
    ("随机访谈10户居民,未达标扣1分;查阅2所学校有关资料,未达标扣1分。", 2,
     [("随机访谈10户居民,未达标", 1), ("查阅2所学校有关资料,未达标", 1)]),
    # X4-1: 10 + 5 + 5 + 5 + 5 + 10 = 40; the clause before the first comma belongs to its failing
    ("没有理顺管理体制,管理权限不明确扣10分;未实行管养分离扣5分,内部事企不分扣5分;分流人员未得到合理安置扣5分;"
     "未实行竞聘上岗扣5分;未建立合理、有效的分配激励机制的扣10分。", 40,
     [("没有理顺管理体制,管理权限不明确", 10), ("未实行管养分离", 5), ("内部事企不分", 5),
      ("分流人员未得到合理安置", 5), ("未实行竞聘上岗", 5), ("未建立合理、有效的分配激励机制", 10)]),
    # X6-2: the deduction after ";" on each line: 5 + 5 = 10
    ("动用筑路机械人员无专业操作证的;扣5分\n机械安全防护装置不齐全、制动不灵敏;扣5分", 10,
     [("动用筑路机械人员无专业操作证", 5), ("机械安全防护装置不齐全、制动不灵敏", 5)]),
    # V22-2: heading "2.2项:" left out; 3 + 2 = 5
    ("2.2项:无工作经费扣3分,未列入年度预算,扣2分。", 5, [("无工作经费", 3), ("未列入年度预算", 2)]),
    # variants written here: 2 + 1 + 2 = 5; 1.5 + 0.5 = 2 (full-width punctuation)
    ("台账管理混乱无序扣2分;资料未及时归档扣1分;没有专人负责的扣2分", 5,
     [("台账管理混乱无序", 2), ("资料未及时归档", 1), ("没有专人负责", 2)]),
    ("账务处理不及时、不准确的，扣1.5分；未建立备查簿，扣0.5分。", 2,
     [("账务处理不及时、不准确", 1.5), ("未建立备查簿", 0.5)]),
])
def test_failings_adding_up_to_the_row_are_a_checklist(text: str, w: float, expected: list) -> None:
    assert _items(text, w) == [(name, D(str(p))) for name, p in expected]


def test_numbered_failings_with_clauses_parted_by_semicolons() -> None:
    # AD13-6: 1 + 2 + 1 + 1 = 5; item 2 and 4 hold two clauses parted by "；"
    items = _items("（1）现场未设置安全警示标志的，扣1分；（2）构筑物及附件有明显缺损、裂缝的；金属构件有明显锈蚀，影响安全"
                   "使用的，扣2分；（3）必须敞露的设施未设置符合安全要求的格网、栏杆等的，扣1分；（4）供配电设施有缺损；"
                   "机电设施配电不符合规范，影响安全用电的，扣1分。", 5)
    assert [p for _, p in items] == [D(1), D(2), D(1), D(1)]
    # variant written here: 2 + 1 = 3
    items = _items("(1)未建立台账;台账无专人管理的,扣2分;(2)资料未按时归档的,扣1分", 3)
    assert [p for _, p in items] == [D(2), D(1)]
    # near-miss: 2 + 1 ≠ 4
    assert read_rule_text("(1)未建立台账;台账无专人管理的,扣2分;(2)资料未按时归档的,扣1分", 4).kind != "checklist"


def test_failing_items_from_the_corpus_totals() -> None:
    # W12-1: 1 + 2 = 3; AE11-3: 2 + 1 + 1 = 4
    assert len(_items("在部门、系统内没有积极开展学习宣传活动的,扣1分;没有积极开展与本部门、本单位业务相关的法律法规"
                      "的学习宣传的,扣2分。", 3)) == 2
    assert len(_items("（1）项不符合任意一项要求扣2分；（2）项不符合要求扣1分；（3）项不符合要求扣1分", 4)) == 3


@pytest.mark.parametrize("text, w", [
    ("存放无序扣5分;未及时归档扣4分", 10),                       # 9 ≠ 10: not the whole row
    ("无组织机构扣3分,组织机构不健全扣2分", 5),                   # a lesser level of the same thing (r3)
    ("未制定应急预案扣2分,预案未演练扣1分", 3),                   # no plan would lose 3, the text says 2
    ("不及时上报扣1分,不上报扣2分", 3),                           # late / never: two levels of one failing
    ("一般不符合要求扣1分,严重不符合要求扣4分", 5),               # severity levels of one failing
    ("构筑物沉降扣1分,构筑物漏水扣1分", 2),                       # findings without a negation: a count (AD12-3)
    ("融资额度低于上年水平,扣2分。专项补助未专款专用,扣2分。", 4),  # a comparison with last year
    # ("执行率低于90%扣2分,未按时上报扣2分", 4) was here as "a band on a rate": since r27 a failing with a number in a list
    # of fixed deductions is one yes/no failing (brief r27, numericfailings.py) — read as 2 + 2, see test_r27.py
    ("发现一项收入入账不及时一次扣1分,一项未做到扣1分。扣完为止。", 2),  # counted findings (AA7-3)
    ("制度不健全扣2分,每缺一项制度扣1分", 3),                     # a per-item count beside a failing
    ("资料不全扣1分,资料基本齐全扣0.5分", 1.5),                   # a lesser level word
    ("未完成任务扣5分,完成不到一半扣3分", 8),                     # a partial completion of the same task
    ("未按规定公示扣2分,公示内容不完整扣1分", 3),                 # the head word 公示 in both
])
def test_failing_lists_that_are_not_items_are_not_a_checklist(text: str, w: float) -> None:
    r = read_rule_text(text, w)
    assert r.kind != "checklist", (text, r.understood)


# ---- "所有X…得N分, 有1个X未…不得分": one not done is the complement of all done (printednames.py) ---------

@pytest.mark.parametrize("text, w, values", [
    # AA2-6: all publicised → 1; one object not publicised → 0
    ("所有对象完全公示得1分,发现有1个对象未公示,不得分", 1,
     {"所有对象完全公示": 1, "发现有1个对象未公示": 0, "符合": 1}),
    # variants written here: 2 / 0; 3 / 0 (r12: 名 is a count word of the lexicon, so "发现1名X未…,不得分" reads as
    # "发现1个X未…,不得分" always did — the value is the number found: 0 → W, 1 or more → 0)
    ("所有学生信息全部录入得2分,发现1名学生未录入,不得分", 2, {"0": 2, "1": 0, "3": 0}),
    ("所有人员全部持证上岗得3分,发现1名人员未持证,不得分", 3, {"0": 3, "1": 0, "2": 0}),
])
def test_one_not_done_beside_all_done(text: str, w: float, values: dict[str, float]) -> None:
    _scores(text, w, values)


@pytest.mark.parametrize("text, w", [
    ("所有对象完全公示得1分,发现有2个对象未公示,不得分", 1),   # 1 not publicised is neither level
    ("对象完全公示得1分,发现有1个对象未公示,不得分", 1),       # no "all" on the passing side
    ("所有对象完全公示得1分,发现有1个单位未公示,不得分", 1),   # another noun: not the complement
])
def test_one_not_done_without_all_done_is_refused(text: str, w: float) -> None:
    r = read_rule_text(text, w)
    assert not r.ok, (text, r.canonical)


# ---- numbered options: the first worth the 分值, the rest 0 (levels.read_described_levels) ------------------

@pytest.mark.parametrize("text, w, values", [
    # AA3-3: 开立独立银行账户 → 5; 违规开立… → 0
    ("(1)开立独立银行账户5分(2)违规开立私人、其他账户0分", 5, {"开立独立银行账户": 5, "违规开立私人、其他账户": 0}),
    # variants written here: 3 / 0; 2 / 0 / 0
    ("(1)有专门档案室3分(2)档案混放0分", 3, {"有专门档案室": 3, "档案混放": 0}),
    ("1、按月公开2分;2、按季公开0分;3、不公开0分", 2, {"按月公开": 2, "按季公开": 0, "不公开": 0}),
])
def test_numbered_options_all_or_nothing_are_levels(text: str, w: float, values: dict[str, float]) -> None:
    _scores(text, w, values)


@pytest.mark.parametrize("text, w", [
    ("(1)开立独立银行账户5分(2)违规开立私人、其他账户0分", 6),   # the first option is not the 分值
    ("开立独立银行账户5分;违规开立私人、其他账户0分", 5),         # not numbered options
])
def test_all_or_nothing_options_need_the_row_and_numbers(text: str, w: float) -> None:
    r = read_rule_text(text, w)
    assert not (r.ok and r.rule is not None and r.rule.names_text("违规开立私人、其他账户")), (text, r.canonical)


# ---- questions "是否…" with "符合一项得N分" (checklist.read_questions) --------------------------------------

@pytest.mark.parametrize("text, w, n", [
    # U1-3: four questions × 1 = 4
    ("项目市、县年度农村义务教育学生营养改善计划实施方案中是否设定了绩效目标,是否符合安徽省《贫困地区农村义务教育学生"
     "营养改善计划实施办法》分解下达的目标要求,是否符合经济社会发展和客观实际的要求,是否做到了细化、量化、可衡量,"
     "符合一项得1分,不符合不得分。", 4, 4),
    # variants written here: 3 × 0.5 = 1.5; 2 × 2 = 4
    ("是否建立台账;是否按月更新;是否专人管理。满足一项得0.5分", 1.5, 3),
    ("资金使用是否合规,是否专款专用,每符合一项计2分,否则不得分", 4, 2),
])
def test_questions_each_worth_n_are_a_checklist(text: str, w: float, n: int) -> None:
    _checklist_of(text, w, n)


@pytest.mark.parametrize("text, w", [
    ("是否建立台账;是否按月更新;是否专人管理。满足一项得0.5分", 2),   # 3 × 0.5 ≠ 2
    ("是否建立台账,是否按月更新,符合一项得1分", 3),                   # 2 × 1 ≠ 3
])
def test_questions_not_adding_up_are_refused(text: str, w: float) -> None:
    r = read_rule_text(text, w)
    assert r.kind != "checklist" and not r.ok, (text, r.understood)


# ---- the last numbered item runs into "每项各N分" (checklist._read_checklist) --------------------------------

@pytest.mark.parametrize("text, w, n", [
    # AA2-2: four items × 2.5 = 10 (the closing bracket printed without its opening one)
    ("(1)有独立的办公场所;(2)办公设备齐全;(3)按人口比例确定工作人员;(4)有一支村居民政信息员队伍每项各2.5分)", 10, 4),
    # variants written here: 3 × 1 = 3; 2 × 1.5 = 3
    ("①有制度;②有台账;③有专人每项1分", 3, 3),
    ("(1)按时报送;(2)数据准确每项各1.5分", 3, 2),
])
def test_last_item_running_into_each_points(text: str, w: float, n: int) -> None:
    _checklist_of(text, w, n)
    assert read_rule_text(text, w).items[-1].text in ("有一支村居民政信息员队伍", "有专人", "数据准确")


def test_last_item_running_into_each_points_must_add_up() -> None:
    r = read_rule_text("①有制度;②有台账;③有专人每项1分", 4)  # 3 × 1 ≠ 4
    assert r.kind != "checklist" and not r.ok, r.understood


# ---- a last option "上述N项均不符合…0分" after N items (checklist._read_checklist) ---------------------------

@pytest.mark.parametrize("text, w, n", [
    # AA3-1: 5 + 5 = 10; both failing → 0 is what the items add up to anyway
    ("(1)任职资格、担任职务符合章程规定5分(2)产生程序符合章程规定5分(3)上述两项均不符合章程规定0分", 10, 2),
    # variants written here: 2 + 2 + 1 = 5; 1.5 + 1.5 = 3
    ("(1)有制度2分(2)有台账2分(3)有专人1分(4)上述三项均未做到不得分", 5, 3),
    ("1、按时报送1.5分;2、数据准确1.5分;3、以上2项都没有做到,得0分", 3, 2),
])
def test_none_met_option_after_items(text: str, w: float, n: int) -> None:
    _checklist_of(text, w, n)


def test_none_met_option_must_name_every_item() -> None:
    r = read_rule_text("(1)有制度2分(2)有台账2分(3)上述三项均未做到不得分", 4)  # 3 named, 2 listed
    assert r.kind != "checklist" and not r.ok, r.understood


# ---- a count in the requirement, the failing about something else (failures._requirement_then_fail) --------

@pytest.mark.parametrize("text, w, failing", [
    # AA9-1: 符合 → 1; 会前酝酿不充分 → 0 ("每月至少一次" is part of what 符合 means)
    ("坚持集体领导、民主集中、个别酝酿、会议决定的原则,村级工作充分酝酿后提交“两委”会议研究决定。每月至少一次。"
     "会前酝酿不充分不得分。", 1, "会前酝酿不充分"),
    # variants written here: 符合 → 2, the failing → 0
    ("每月至少召开1次例会,会议记录不完整的不得分", 2, "会议记录不完整"),
    ("年内至少召开2次会议,会议记录不完整的不得分", 2, "会议记录不完整"),
])
def test_count_in_requirement_with_another_failing(text: str, w: float, failing: str) -> None:
    r = read_rule_text(text, w)
    assert r.ok and r.rule is not None, (text, r.unread, r.understood)
    assert r.rule.score("符合", D(str(w))) == D(str(w))
    assert r.rule.score(failing, D(str(w))) == 0


@pytest.mark.parametrize("text, w", [
    ("召开专题会议2次以上,未召开的不得分", 2),       # 1 meeting is neither (README)
    ("每月至少开展1次巡查,未开展的不得分", 1),       # the count itself per month: value unclear
    ("每月开展巡查,否则不得分", 1),                   # a period without a count: not read here
    ("年内至少召开2次会议,会议未召开的不得分", 2),   # the failing is the count's: and 1 meeting?
])
def test_count_in_requirement_failing_on_the_count_is_refused(text: str, w: float) -> None:
    r = read_rule_text(text, w)
    assert not r.ok, (text, r.canonical)


# ---- a deduction within a range "扣0.5分至1分" is the scorer's judgement (refusals._JUDGEMENT_RE) ----------

@pytest.mark.parametrize("text, w", [
    ("运行管理机构未配置或不健全的，扣0.5分至1分。岗位职责未制定或不健全的，扣0.5分至1分。", 1),  # AD12-8
    ("台账不规范的扣1分至2分", 2),          # variant written here
    ("资料不全的,得1分到2分", 3),           # variant written here
])
def test_deduction_range_is_judgement(text: str, w: float) -> None:
    r = read_rule_text(text, w)
    assert r.kind == "judgement" and not r.ok, (text, r.kind, r.understood)


def test_deduction_until_nothing_left_is_no_range() -> None:
    r = read_rule_text("每发现一处不规范扣2分,至扣完为止", 10)  # 10 − 2n, no range
    assert r.ok and r.rule is not None and r.rule.score("2", D(10)) == D(6), r.canonical


# ---- same-rate findings that happen, summing to the 分值, are counted (assemble._same_rate_findings) -------

@pytest.mark.parametrize("text, w, values", [
    # AD12-3: 2 − n: 0 → 2; 1 → 1; 2 → 0
    ("构筑物沉降扣1分，构筑物漏水扣1分", 2, {"0": 2, "1": 1, "2": 0}),
    # variants written here: 3 − 1.5n: 1 → 1.5; 6 − 2n: 1 → 4, 3 → 0
    ("管道渗漏扣1.5分,设备锈蚀扣1.5分", 3, {"0": 3, "1": 1.5, "2": 0}),
    ("路面积水扣2分;井盖破损扣2分;护栏变形扣2分", 6, {"0": 6, "1": 4, "3": 0}),
])
def test_same_rate_events_adding_up_are_counted(text: str, w: float, values: dict[str, float]) -> None:
    _scores(text, w, values)


def test_same_rate_failings_with_a_negation_adding_up_are_counted() -> None:
    # X13-3's shape (fresh11): equal deductions are counted (policy 同额扣分并入次数, README) also when they add up to
    # the 分值 and carry a negation — session 24 settled the labelling conflict with AQ2-7 / AR6-2 (labelled as counts);
    # value = 情形数: 4 - 2n: 0 → 4; 1 → 2; 2 → 0 (the same scores a checklist of two 2-point items gives)
    _scores("职代会和厂务公开建制率不达标扣2分,未召开职代会扣2分", 4, {"0": 4, "1": 2, "2": 0})


def test_numbered_deductions_not_adding_up_are_no_items() -> None:
    # "(1)…,扣2分;(2)…,扣1分" on a 4-point row was read as items worth 2 + 1 = 3 (named "…扣"): refused now
    r = read_rule_text("(1)未建立台账,扣2分;(2)资料未按时归档的,扣1分", 4)
    assert r.kind != "checklist" and not r.ok, r.understood
    # X11-1: 30 + 20 = 50, the items named without the 扣
    assert _items("(1)责任区绿化带内垃圾杂物清理不及时、不到位的,扣30分。(2)破坏、损害绿化带内花草树木的,扣20分。", 50) == [
        ("责任区绿化带内垃圾杂物清理不及时、不到位", D(30)), ("破坏、损害绿化带内花草树木", D(20))]
