"""r3 (issue 11): levels, pass/fail and checklists.

Sources (tests/rules_chinese/corpus.yaml): fresh7 T3-4; fresh10 W6-1, W6-2; fresh11 X3-6, X5-1;
fresh12 Y2-1, Y2-2, Y6-4; fresh13 Z10-4, Z20-2; fresh14 AA3-4, AA9-1; fresh15 AB1-3; fresh16 AC1-2,
AC3-1, AC3-4, AC5-2, AC6-1; fresh17 AD3-3, AD3-5; fresh18 AE11-1; fresh9 V5-3.
Expected scores are worked out by hand from the sentence (arithmetic in the comments).
"""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from jixiao.errors import JixiaoError
from jixiao.rules.chinese import read_rule_text
from jixiao.rules.chinese.printednames import NAMED_NOTE


def _scores(text: str, w: float, values: dict[str, float]) -> None:
    r = read_rule_text(text, w)
    assert r.ok and r.rule is not None, (text, r.unread, r.understood)
    for value, score in values.items():
        assert r.rule.score(value, D(str(w))) == D(str(score)), (text, value, r.canonical)


def _names(text: str, w: float) -> list[str]:
    r = read_rule_text(text, w)
    return [u[len(NAMED_NOTE):].rsplit("”", 1)[0] for u in r.understood if u.startswith(NAMED_NOTE)]


# ---- shorter printed names of a text level (shortnames.py) ----------------------------------------

@pytest.mark.parametrize("text, w, values", [
    # AC3-1: the only finding costs the row (10 − 10 = 0); 实体化 is the pass
    ("市本级防艾办未实体化扣10分", 10, {"实体化": 10, "未实体化": 0, "市本级防艾办未实体化": 0, "符合": 10}),
    # AC3-4 / AC5-2: "未开展的扣20分" on a 20-point row → 开展 20, 未开展 0
    ("未开展的扣20分", 20, {"开展": 20, "未开展": 0}),
    ("未公示的扣0.5分。", 0.5, {"公示": 0.5, "未公示": 0}),
    # AC6-1 (繁体): 已成立… 4, 未成立 0 — "已成立" is printed, the pass is 已成立 + its object only
    ("已成立衛生應急辦公室得4分,未成立不得分。", 4, {"已成立": 4, "成立": 4, "未成立": 0}),
    # AC1-2: 未设立科室 0; 有科室但无设备 0.2 − 0.1 = 0.1
    ("符合标准但未设立科室不得分;有科室但无设备扣0.1分。", 0.2, {"未设立科室": 0, "有科室但无设备": 0.1}),
    # Z10-4: 未实施 (the verb, its object left out) 3 − 3 = 0
    ("检查相关佐证材料(如设计图纸、现场实拍图片等),新改扩建道路未实施“多杆合一”建设的,扣3分", 3,
     {"未实施": 0, "未实施多杆合一建设": 0, "实施多杆合一建设": 3}),
    # Z20-2: 5 − 2 = 3 for 未举办 (no subject before 未: the verb alone names the level)
    ("未举办老干部读书班或离退休干部党支部书记理论培训班的扣2分", 5, {"未举办": 3, "符合": 5}),
    # T3-4: the trailing bracket left out — 入选省级 1
    ("获批国家级虚拟仿真实训基地得2分，入选省级（含推荐到国家评审项目）得1分，同一基地以最高级别计算，不重复计算。", 2,
     {"入选省级": 1, "获批国家级虚拟仿真实训基地": 2}),
    # AA3-4: the first alternative of "A或B" earns the level's 5
    ("(1)悬挂于办公场显著位置或公共为止5分(2)悬挂于办公场隐蔽位置或某一间办公室3分(3)未悬挂名称牌匾或牌匾与名称不符0分", 5,
     {"悬挂于办公场显著位置": 5, "悬挂于办公场隐蔽位置或某一间办公室": 3, "未悬挂名称牌匾": 0}),
    # X3-6 / X5-1: each comma clause that fails on its own: 5 − 1 = 4; 40 − 20 = 20
    ("无记录扣全分,记录不完整,不齐全扣1分。", 5, {"记录不完整": 4, "不齐全": 4, "无记录": 0}),
    ("管理体制不顺畅,管理权限不明确的扣20分; 无水库管理机构或无专门水库管护人员的,此项不得分;", 40,
     {"管理体制不顺畅": 20, "管理权限不明确": 20, "无水库管理机构": 0}),
    # variants written here: 建立 4 − 4 = 0; 开展 6; 编制 3 − 3 = 0
    ("县级单位未建立工作台账的,扣4分", 4, {"未建立工作台账": 0, "未建立": 0, "建立工作台账": 4}),
    ("未按要求开展宣传活动的，不得分。", 6, {"按要求开展宣传活动": 6, "未按要求开展宣传活动": 0}),
    ("获得国家级奖励得3分，获得省级奖励（含提名）得2分", 3, {"获得省级奖励": 2, "获得国家级奖励": 3}),
    ("机构未成立，不得分", 3, {"未成立": 0, "成立": 3, "机构未成立": 0}),
])
def test_short_names_score_as_their_level(text, w, values):
    _scores(text, w, values)


@pytest.mark.parametrize("text, w, not_named", [
    # the subject is what makes the level worth 2 ("部分环节"): "没有按程序办理" would say 0 (不按程序办理)
    ("部分环节没有按程序办理:2分;不按程序办理:0分;严格按程序办理:4分", 4, "没有按程序办理"),
    # the pass needs training too: "配备人员" alone is no pass (it falls under 否则 → 0)
    ("A. 配备人员,且接受过专业培训 0.5分B. 未配备人员 0分", 0.5, "配备人员"),
    # "有计划" is not printed: never named
    ("查资料。无计划不得分", 2, "有计划"),
    # 或 inside one clause of several: no alternative split ("书面材料,且严格执行" is no level)
    ("建立制度,有相关文件或书面材料,且严格参照执行的,得2分;否则不得分。", 2, "书面材料,且严格参照执行"),
    # a second negation in the failing part: no "未制订" (only one of the two is missing)
    ("A. 制订了工作制度和工作流程 0.5分B. 既未制订工作制度又无工作流程 0 分", 0.5, "未制订"),
    # the pass printed with a modifier ("由…牵头的"): "成立" alone is not the pass
    ("成立了由县政府牵头的协调机构的得3分,未成立的不得分;", 3, "成立"),
])
def test_near_misses_are_not_named(text, w, not_named):
    r = read_rule_text(text, w)
    assert not_named not in _names(text, w)
    assert r.rule is None or not r.rule.names_text(not_named)


def test_every_short_name_is_printed_and_scores_a_printed_score():
    # the names added never leave the printed words, and score one of the reading's own scores
    text = "市本级防艾办未实体化扣10分"
    r = read_rule_text(text, 10)
    for n in _names(text, 10):
        assert n in text
        assert r.rule.score(n, D(10)) in (D(0), D(10))


# ---- a rate to reach, its failing side named by the rate's verb (ratefail.py) ------------------

@pytest.mark.parametrize("text, w, values", [
    # W6-1: 100% → 5; 99% → 0 (未化解); the printed failing words → 0
    ("凡交办信访事项按时化解率达100%的,得5分。未化解不得分。", 5, {"100%": 5, "99%": 0, "80%": 0, "未化解": 0}),
    # W6-2
    ("各单位及时办理全国信访信息系统上级转交办信访事项办结率达100%的,得5分。未按时办结不得分。", 5,
     {"100%": 5, "99%": 0, "90%": 0}),
    # Y6-4 (labelled as levels): 符合 → 1, 未建有 → 0
    ("区县公共体育“一场两馆”建有率达100%以上,得1分,未建有,不得分。", 1, {"符合": 1, "未建有": 0, "100%": 1}),
    # variants: 95% → 4, 94.9% → 0; "计5分;未化解的,不得分"
    ("结案率达到95%的,得4分。未结案不得分。", 4, {"95%": 4, "100%": 4, "94.9%": 0, "未结案": 0}),
    ("化解率达100%,计5分;未化解的,不得分", 5, {"100%": 5, "99%": 0}),
])
def test_rate_then_its_failing_verb(text, w, values):
    _scores(text, w, values)


@pytest.mark.parametrize("text, w", [
    ("凡交办信访事项按时化解率达100%的,得5分。未建立台账不得分。", 5),  # another failure: a veto beside the band
    ("化解率低于100%的,得5分。未化解不得分。", 5),                      # not a rate to reach
])
def test_rate_near_misses_are_refused(text, w):
    assert read_rule_text(text, w).kind == "unreadable"


def test_rate_points_below_the_weight_is_not_this_shape():
    r = read_rule_text("办结率达100%的得3分。未按时办结不得分。", 5)
    assert r.rule is None or r.rule.score("99%", D(5)) != D(0) or not r.ok


# ---- failing clauses (failures.py) --------------------------------------------------------------

@pytest.mark.parametrize("text, w, values", [
    # AE11-1: the value is how many happened: 0 → 10; 1 → 0; 2 → 0
    ("发生责任事故不得分", 10, {"0": 10, "1": 0, "2": 0}),
    ("发生重大安全事故的，不得分", 10, {"0": 10, "1": 0, "3": 0}),
    ("出现安全责任事件的不得分。", 4, {"0": 4, "1": 0}),
])
def test_an_event_happening_counts(text, w, values):
    _scores(text, w, values)


@pytest.mark.parametrize("text, w, values", [
    # AB1-3: a comma before 不得分; 设置 → 2, 未设置… → 0
    ("调度室未设置系统专用显示终端，不得分", 2, {"设置系统专用显示终端": 2, "未设置系统专用显示终端": 0}),
    # a negated quality after a subject: 会前酝酿不充分 → 0
    ("会前酝酿不充分不得分。", 1, {"符合": 1, "会前酝酿不充分": 0}),
    ("会议记录不完整不得分", 2, {"符合": 2, "会议记录不完整": 0}),
])
def test_failing_level_after_a_subject(text, w, values):
    _scores(text, w, values)


def test_failing_near_misses():
    assert read_rule_text("发生变化不得分", 4).kind == "unreadable"  # no event to count
    r = read_rule_text("发生一起事故扣2分", 10)  # a per-event deduction stays one: 10 − 2 × 2 = 6
    assert r.rule.score("2", D(10)) == D(6)


# ---- checklists (checklist.py) ------------------------------------------------------------------

@pytest.mark.parametrize("text, w, items", [
    # Y2-1: 2 + 1 + 1 + 1 + 1 = 6 (the counts are part of the items)
    ("镇(街)残联机构健全2分,有办公场地1分,有办公设备1分,有专职工作人员1人以上1分,残疾人专职委员1人以上1分。", 6, 5),
    # Y2-2: 1 × 4 = 4
    ("村(居)委残协机构健全1分,有办公场地1分,有办公设备1分,有工作人员1人以上1分。", 4, 4),
    # V5-3: six items of 1 (a 、 among comma-parted items) = 6
    ("公开扶贫政策1分,公开扶贫对象1分,公开帮扶措施1分、公开扶贫成效1分,公开贫困退出信息1分、公开扶贫资金项目安排等信息1分.", 6, 6),
    # AD3-3: 共3分 = the 分值; 1.5 + 1.5
    ("共3分,已采取公开摇号方式配租得1.5分;租赁补贴已全部发放到位得1.5分。", 3, 2),
    # variants: 1 + 2 + 1 = 4; 合计 4 = 2 + 2
    ("建立台账1分,有专人管理2分,配备工作人员2人以上1分", 4, 3),
    ("合计4分,按时上报得2分;资料齐全得2分。", 4, 2),
])
def test_checklists(text, w, items):
    r = read_rule_text(text, w)
    assert r.kind == "checklist" and r.max_points == D(str(w)) and len(r.items) == items, (r.unread, r.understood)


@pytest.mark.parametrize("text, w", [
    ("制度健全2分、执行有效3分", 5),                      # joined by 、 only: stays refused
    ("共4分,按时上报得2分;资料齐全得2分。", 5),             # 共4分 is not the 分值 5
    ("共5分,未达到基准点不得分,达到基准点得5分。", 5),      # AD3-5: a comparison with each 县's 基准点
])
def test_checklist_near_misses_are_refused(text, w):
    r = read_rule_text(text, w)
    assert r.kind == "unreadable" or not r.ok


def test_counts_in_two_items_are_bands_not_items():
    # the same words with two counts: 1次以上 2, 3次以上 4 — thresholds of one count, never 2 + 4
    r = read_rule_text("开展培训1次以上2分,开展培训3次以上4分", 6)
    assert r.kind != "checklist"
    with pytest.raises(JixiaoError):
        r.rule.score("0", D(6))  # below the lowest threshold nothing is written (a gap, not a guess)


# ---- wordings made the same before reading (normalise._SYNONYMS) ------------------------------

@pytest.mark.parametrize("text, w, values", [
    # AE9-6: ≥5% → 20; 20 − 2 × (5 − drop): 4% → 18, 2% → 14, 1% → 12; 未下降 (0% or less) → 0
    ("成本下降≥5%得满分，每少1%扣2分，未下降不得分", 20,
     {"8%": 20, "5%": 20, "4%": 18, "2%": 14, "1%": 12, "0%": 0, "-1%": 0}),
    # variant: 10% → 10; 7% → 10 − 3 = 7; 1% → 10 − 9 = 1; 0% → 0
    ("收入增长达到10%得满分,每少1个百分点扣1分,未增长的不得分", 10, {"10%": 10, "7%": 7, "1%": 1, "0%": 0}),
    # AE1-3 (繁体): any institution late costs 1, 扣完为止: 2 − n: 1 → 1; 2 → 0; 4 → 0
    ("任何機構未按時下達任務的扣1分,扣完為止", 2, {"0": 2, "1": 1, "2": 0, "4": 0}),
    # variants: 2 − 0.5n: 3 → 0.5; one county without a file is enough: 1 → 0
    ("任何单位未按时上报的扣0.5分,扣完为止", 2, {"0": 2, "3": 0.5, "5": 0}),
    ("任何一个县没有文件不得分。", 1, {"0": 1, "1": 0, "3": 0}),
])
def test_unified_wordings(text, w, values):
    _scores(text, w, values)


def test_unified_wording_near_misses():
    # 未公示 is not the decline the band measures: not a cut-off
    assert read_rule_text("成本下降≥5%得满分，每少1%扣2分，未公示不得分", 20).kind == "unreadable"
    # without 扣完为止 "任何单位…扣0.5分" may be once for all: not counted per unit
    r = read_rule_text("任何单位未按时上报的扣0.5分", 2)
    assert r.rule is None or not any(str(c.condition) == "*" and "per" in str(c.outcome) for c in r.rule.clauses)


def test_a_lesser_level_of_the_same_thing_is_no_second_item():
    # no organisation: 5 − 3 = 2 by the text; as items (组织机构 3 + 组织机构健全 2) it would score 0 — refused
    r = read_rule_text("无组织机构扣3分,组织机构不健全扣2分", 5)
    assert r.kind != "checklist"
    assert r.rule is None or r.rule.score("无组织机构", D(5)) == D(2)
    # two different things still add up: 组织机构 3 + 专人负责 2 = 5
    assert read_rule_text("无组织机构扣3分,无专人负责扣2分;", 5).kind == "checklist"


@pytest.mark.parametrize("text, w, values", [
    # AD3-2: "共2分," restates the 分值 — not a second award: 已建立 2, 未建立 0
    ("共2分,未建立不得分,已建立得2分。", 2, {"已建立": 2, "未建立": 0, "符合": 2}),
    # variant: 合计3分 then the pass and the fail: 已公示 3, 未公示 0
    ("合计3分,已公示得3分,未公示不得分。", 3, {"已公示": 3, "未公示": 0}),
])
def test_a_heading_with_the_points_is_no_award(text, w, values):
    _scores(text, w, values)


def test_a_heading_with_other_points_names_nothing():
    # 共3分 on a 2-point row is no restated 分值: the printed names are not added
    r = read_rule_text("共3分,未建立不得分,已建立得2分。", 2)
    assert r.rule is None or not r.rule.names_text("已建立")


@pytest.mark.parametrize("text, w, values", [
    # a count of 1 to reach, then not doing it: 1 or more → W; 0 → 0 (the value is the count)
    ("每年提供科技稿件1篇以上记2分,不投稿不得分;", 2, {"1": 2, "3": 2, "0": 0, "不投稿": 0}),
    ("全年开展培训1次以上得2分,未开展不得分", 2, {"1": 2, "0": 0}),
])
def test_a_count_of_one_then_its_failing_side(text, w, values):
    _scores(text, w, values)


@pytest.mark.parametrize("text, w", [
    ("全年开展培训2次以上得2分,未开展不得分", 2),  # and one done? not written
    ("全年开展培训1次以上得1分,未开展不得分", 2),  # 1 point of 2: what gives the other?
])
def test_count_near_misses_are_refused(text, w):
    assert read_rule_text(text, w).kind == "unreadable"
