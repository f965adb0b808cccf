"""Session 24 (lead): equal deductions adding up to the 分值 are counted (policy 同额扣分并入次数), and "每个X计N分"
is never a level. Expected values by hand from the text; sources named per case (corpus.yaml ids)."""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from jixiao.rules.chinese import read_rule_text
from tests.rules_chinese.corpus import _equal_items_count
from tests.rules_chinese.test_r4 import _scores

# ---- equal deductions summing to the 分值, with a negation: counted (W − N × 情形数) -------------------------------

@pytest.mark.parametrize("text, w, values", [
    # fresh30 AQ2-7 (统计执法检查): 3 + 3 = 6: 0 → 6; 1 → 3; 2 → 0
    ("有违反无处罚扣三分,有处罚无记录扣三分", 6, {"0": 6, "1": 3, "2": 0}),
    # fresh31 AR6-2 (关工委): 1 + 1 = 2 after a requirement without points: 0 → 2; 1 → 1; 2 → 0
    ("以党(工)委文件下发。未及时上报扣 1 分,队伍不全扣 1 分。", 2, {"0": 2, "1": 1, "2": 0}),
    # fresh34 AU9-2 (繁体; 公路养护 施工标志): 10 × 3 = 30: 1 → 20; 3 → 0
    ("公路大、中修養護工程施工作業路段無施工標志扣10分,無安全標志扣10分,夜間作業現場無反光警示標志扣10分。", 30,
     {"0": 30, "1": 20, "2": 10, "3": 0}),
    # variant of my own: the AU9-2 shape simplified, 4 × 1.5 = 6 (缺 as the negation): 2 → 3; 4 → 0
    ("路段缺施工标志扣1.5分,缺安全标志扣1.5分,缺警示灯扣1.5分,缺反光锥扣1.5分。", 6, {"0": 6, "2": 3, "4": 0}),
])
def test_equal_deductions_adding_up_to_the_weight_are_counted(text, w, values):
    _scores(text, w, values)


def test_nameable_equal_failings_stay_a_checklist_with_the_same_scores():
    # deductionlist.py reads "未X扣N分;未Y扣N分" summing to the 分值 as items first (有则得该条分): 2.5 + 2.5 = 5 — the
    # same scores as the count (0 failings → 5, 1 → 2.5, 2 → 0)
    r = read_rule_text("未制定应急预案扣2.5分;未开展应急演练扣2.5分", 5)
    assert r.kind == "checklist" and [i.points for i in r.items] == [D("2.5"), D("2.5")], r.understood


@pytest.mark.parametrize("text, w", [
    # near misses: unequal deductions (2 + 3 = 5) may both happen — no count, no level
    ("未制定应急预案扣2分;未开展应急演练扣3分", 5),
    # equal deductions above the 分值 (3 × 3 = 9 > 6): how far they go is not said
    ("未制定预案扣3分;未演练扣3分;未总结扣3分", 6),
])
def test_unequal_or_excess_deductions_stay_refused(text, w):
    r = read_rule_text(text, w)
    assert not r.ok, r.canonical


# ---- "每个X计N分" is points per item, never a level named "每个X" ---------------------------------------------------

@pytest.mark.parametrize("text, w", [
    # fresh41 BB6-4 (市工信委 首位产业考评): read as "符合": 2 (a met row scored 2 of 10, 1 project → 0) on its first
    # run; a description sentence after it keeps the per-item reading out, so refused (never that level)
    ("每个项目计 2 分,没有不计分。新开工建设亿元以上项目必须进入市工信委系统项目库,考核时以厂房车间出正负零零线为标准。", 10),
    # fresh18 AE6-4's text on rows whose 分值 is not a multiple of 2 (1, 3, 5): how many items is not said
    ("每项活动得2分。事后提交报道,查《就业简报》记录。", 5),
])
def test_points_per_item_are_never_a_level(text, w):
    r = read_rule_text(text, w)
    assert r.kind != "passfail" and not (r.ok and "每个项目" in (r.canonical or "")), r.canonical
    assert not r.ok or r.rule.score("1", w) == D(2), r.canonical


def test_per_item_without_description_is_read():
    # the same award alone: value = 项目数, 2 each up to 10: 0 → 0; 1 → 2; 3 → 6; 5 → 10; 7 → 10
    _scores("每个项目计2分,没有不计分。", 10, {"0": 0, "1": 2, "3": 6, "5": 10, "7": 10})


def test_a_condition_beginning_with_each_stays_a_level():
    # fresh33 AT2-4: "每个物业工程的…持证上岗的,得5分" — every project meets it: a condition, not points per project
    r = read_rule_text("每个物业工程的消防、电梯、电工等特种设备专职 管理人员按相关规定或合同约定持证上岗的,得 5分。", 5)
    assert r.ok and r.rule.score("符合", 5) == D(5), r.canonical


def test_a_threshold_no_clause_scores_keeps_equal_deductions_refused():
    # test_r17's near miss on 3 points too: "不少于4次" is scored by nothing (3 checks?) — never dropped
    for w in (2, 3):
        r = read_rule_text("检查次数不少于4次,不醒目扣1分;未检查扣1分", w)
        assert not r.ok and r.unread == ["检查次数不少于4次"], (w, r.canonical)


# ---- first-run wrong readings of fresh42/43 (collected blind this session), each now refused or judged -----------

@pytest.mark.parametrize("text, w", [
    # fresh42 BC2-6 (杨凌 广播电视 目标责任书): a target amount with its points read as "=650000: 30"
    ("完成经营收入65万元(30分)。", 30),
    # fresh42 BC2-1 / BC2-2: targets of different things, each with its points, read as exact bands of one value
    ("在省级以上媒体送播杨凌报道20条(15分);开办重点挂牌栏目4个(10分);制作播发系列专题报道30条(10分)。", 35),
    ("播发舆论监督报道15条(5分);播发正能量报道25条(10分)。", 15),
    # variant of my own: one target count, its points
    ("全年开展培训12期(6分)。", 6),
    # fresh42 BC5-4: a quarter's task is a target set elsewhere (read as "符合": 5)
    ("做好旅游业“微改造、精提升”项目工作,完成项目总投资各季度任务及投资完成率,5分。", 5),
    # variant: a month's task
    ("按时完成月度任务,得3分。", 3),
    # fresh43 BD5-1 (繁体, 村级服务站 建设): the first failing lost its points — read as "符合": W
    ("示范型、標準型未達到建設要求;簡易型未達到建設要求的不得分。", 5),
])
def test_first_run_wrong_readings_of_fresh42_43_are_refused(text, w):
    r = read_rule_text(text, w)
    assert not r.ok and r.kind != "checklist", r.canonical


@pytest.mark.parametrize("text, w", [
    # fresh43 BD12-1 / BD12-3 (地震 工作考核): "是否…,满分N分" — only a cap, how it is earned is not written
    ("园区、镇街住建局是否协助开展地震监测台站(综合站、强震台、烈度台、群测群防站等)建设工作及配合做好台站日常运维工作,满分2.5分。", 2.5),
    ("园区、镇街住建局是否协助参加开展建设工程抗震设防要求检查工作,满分4分。", 4),
    # variant: 满分为
    ("积极参与全市志愿服务活动,满分为3分。", 3),
    # fresh41 BB1-1 (科技项目验收): point ranges "(10分到13分)" after each tier
    ("资金全部到位(14分)到位率在75%以上(10分到13分)到位率50%以上(7分到9分)到位率不足50%(6分到0分)", 14),
    # fresh41 BB3-1 / BB3-2 (科技项目中期评估): tiers in bare brackets, the last a range
    ("完成50%及以上(5)完成30%及以上(4)完成10%及以上(3)完成10%以下(0-2)", 5),
    ("完成50%及以上(IO)完成30%以上(8-9)完成10%及以上(6-7)完成10%以下(0-5)", 10),
])
def test_point_ranges_and_a_lone_cap_are_judgement(text, w):
    assert read_rule_text(text, w).kind == "judgement"


def test_cap_with_a_rule_is_no_judgement():
    # near misses: 满分 beside the rule's own points ("每次扣1分,满分5分") or a bracketed range that is a condition
    assert read_rule_text("每发现一次扣1分,满分5分,扣完为止。", 5).kind != "judgement"
    assert read_rule_text("完成率(80-90)得3分", 3).kind != "judgement"


def test_exact_counts_and_ranks_still_read():
    # fresh5 Q18-3: 2 → W, 1 → 50 %, 0 → 0 (exact counts with a 0)
    _scores("开展一次的,得50%;\n开展二次的,得满分;\n未开展的,则不得分。", 4, {"2": 4, "1": 2, "0": 0})
    # seed 004: exactly 100 % → W
    _scores("100%得满分", 2, {"100%": 2})


@pytest.mark.parametrize("text, w, values", [
    # fresh40 BA8-1 (排污申报 考核): 每迟一天 is a delay per day: 10 − 0.5 × days
    ("1、排污申报核定和排污费征收报表的报出时间,以当地邮局邮戳日期为准,每迟一天,扣0.5分。", 10, {"0": 10, "1": 9.5, "6": 7}),
    # variant: 每迟1天
    ("统计报表报送时间每迟1天扣1分,扣完为止。", 5, {"0": 5, "2": 3, "7": 0}),
])
def test_a_bare_chi_before_a_number_is_a_delay(text, w, values):
    _scores(text, w, values)


def test_chi_dao_is_no_delay():
    # near miss: 迟到 (late for a meeting) is counted per time — never read as days of delay
    r = read_rule_text("每迟到一次扣1分", 3)
    assert "延迟" not in "".join(r.understood), r.understood


def test_judge_takes_equal_items_for_counted_deductions():
    # the corpus judge (corpus.py): a checklist of two 0.5-point items on a 1-point row gives the labelled count scores
    # of fresh43 BD1-1 (0 → 1; 1 → 0.5; 2 → 0) — 1 − 0.5k by hand; not when a labelled score differs, nor for 3 failings
    r = read_rule_text("未明确12345机构和职责,扣0.5分;未使用市12345平台统一标识的,扣0.5分。", 1)
    assert r.kind == "checklist"
    assert _equal_items_count(r, {"0": 1, "1": 0.5, "2": 0}, 1)
    assert not _equal_items_count(r, {"0": 1, "1": 0, "2": 0}, 1)
    assert not _equal_items_count(r, {"3": 0}, 1)


def test_a_rate_threshold_ending_a_condition_is_no_level():
    # fresh40 BA6-6 with a comma before its points (test_variants' verb_bare found it in CI): "达到…的30%，2分" was read
    # as "符合": 2 — the 30 % is a threshold (50 % → 2, 29 % → 0 by the text), never a level to type: refused
    r = read_rule_text("培训的数量达到上述人员 编制数量之和的 30%，2分,否则不得分.", 2)
    assert not (r.ok and r.rule.is_qualitative), r.canonical
    # fresh9 V16-3: a requirement of all of it (率100%) joined to another stays a pass/fail: 符合 → 10
    r = read_rule_text("各项社会保险待遇按时足额发放,且实现离退休人员养老金社会化发放率100%,得10分,达不到要求的不得分。", 10)
    assert r.ok and r.rule.score("符合", 10) == D(10), r.canonical
