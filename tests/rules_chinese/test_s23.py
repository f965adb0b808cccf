"""Session 23 (lead): general surface forms seen in the first run on fresh34/35 (collected blind this session) —
a printed start "N%起" before steps down, a middle dot for a decimal point in points, a Latin x for ×, and 以 for 按
before "…率×N计分". Expected values by hand from the text; each with variants and a near-miss."""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from jixiao.rules.chinese import read_rule_text


def _scores(text: str, w: float, values: dict[str, float]) -> None:
    r = read_rule_text(text, w)
    assert r.ok, (r.kind, r.unread, r.understood)
    for v, s in values.items():
        assert r.rule.score(v, w) == D(str(s)), (v, r.canonical)


# ---- "N%起,每降低M%扣K分": the 分值 at N % and above, K off per whole M points below ----------------------------------

@pytest.mark.parametrize("text, w, values", [
    # fresh34 AU11-2 (上海 公交线路经营权 评分, 技术负责人): 30 − 5 per 5 points below 100 %
    ("经全国统一考试合格人数占总人数比例 100%起,每降低 5%,扣 5 分。", 30, {"100%": 30, "95%": 25, "80%": 10, "70%": 0}),
    # variants: 从90%起算 — 90 % and above 10; 88 % → 10 − 2×2 = 6; 85 % → 10 − 2×5 = 0
    ("持证率从90%起算，每下降1个百分点扣2分，扣完为止", 10, {"95%": 10, "90%": 10, "88%": 6, "85%": 0, "60%": 0}),
    # 以80%为起点, 每减少10%扣1分 on a 4-point row: 80 % → 4; 70 % → 3; 40 % → 0
    ("培训覆盖率以80%为起点,每减少10%扣1分", 4, {"100%": 4, "80%": 4, "70%": 3, "40%": 0}),
])
def test_printed_start_of_steps_down(text, w, values):
    _scores(text, w, values)
    assert not read_rule_text(text, w).warnings or "起算" not in read_rule_text(text, w).warnings[0]


def test_printed_start_near_miss_points_start_is_not_a_rate():
    # "从4分起算" is a start in points (another shape); "100%起" with no step after it is no start: never rewritten
    r = read_rule_text("合格率100%起得满分", 5)
    assert "起算点" not in "".join(r.understood)


# ---- "0・5分": a middle dot for the decimal point of points --------------------------------------------------------

def test_middle_dot_decimal_in_points():
    # fresh35 AV1-1 (扶贫项目 检查验收, 项目论证充分): two things, 0.5 + 0.5 = 1
    r = read_rule_text("确定的项目有专家评估论证人员意见(0・5分);有村委会申请报告和村民或村民代表签字意见(0・5分)。", 1)
    assert r.kind == "checklist" and r.max_points == D(1)
    assert [i.points for i in r.items] == [D("0.5"), D("0.5")]
    # variant with a Latin middle dot: 每缺一项扣0·5分 on 2 → 2 − 0.5n: 3 missing → 0.5
    _scores("每缺一项扣0·5分", 2, {"0": 2, "3": "0.5", "4": 0})


def test_middle_dot_near_miss_a_day_name():
    # "3·15" names a day: not 3.15 (no 分 after it) — the 2 points stay the only points
    r = read_rule_text("开展3·15宣传活动得2分,未开展不得分", 2)
    assert "3.15" not in (r.canonical or "")


# ---- a Latin x for ×, and 以…率×N计分 as 按…率×N计分 ------------------------------------------------------------------

@pytest.mark.parametrize("text, w, values", [
    # fresh34 AU6-1 (农村公路养护 考核, 乡道好路率 120): 好路率 × 120: 80 % → 96; 75 % → 90
    ("以实际评定的好路率X120。", 120, {"100%": 120, "80%": 96, "75%": 90, "0%": 0}),
    # variants: 完成率 x 10 → 85 % → 8.5; 以…率×N计分 → 60 % → 6
    ("得分=完成率x10分", 10, {"85%": "8.5", "100%": 10}),
    ("以实际完成率×10计分", 10, {"60%": 6, "100%": 10}),
])
def test_rate_times_points(text, w, values):
    _scores(text, w, values)


def test_latin_x_near_miss_not_before_points():
    # "x10%" is a rate, not points: the x is not read as × (the text is not W × rate)
    r = read_rule_text("完成率x10%得5分", 5)
    assert r.canonical != "*: prop"


# ---- a lower or upper limit is a number set elsewhere: a comparison with it is refused, never a level ------------------

@pytest.mark.parametrize("text, w", [
    ("达不到下限标准不得分。", 10),  # fresh36 AW11-3 (煤矿 安全费用提取): the 下限 is set elsewhere — labelled refuse
    ("低于下限值的扣5分", 10),  # variant
    ("超过上限标准的,不得分", 5),  # variant
])
def test_comparison_with_a_limit_is_refused(text, w):
    r = read_rule_text(text, w)
    assert r.rule is None and r.kind == "unreadable"


def test_limit_near_miss_a_standard_met_is_a_level():
    # "未达到标准要求" has no limit in it: the requirement met or not (a level), as before
    r = read_rule_text("未达到标准要求的,不得分", 5)
    assert r.ok and r.rule.score("符合", 5) == D(5)


# ---- outcome words in other printed forms (seen in fresh36/37's first run) -------------------------------------------

@pytest.mark.parametrize("text, w, values", [
    # fresh37 AX5-3 (文明单位测评): "本项即不得分" is 不得分 — 符合 → 8, 不符合标准 → 0
    ("不符合标准的,本项即不得分。", 8, {"符合": 8, "不符合标准": 0}),
    # fresh36 AW7-1 (供电所考核): "—1分" after a word is 扣1分; 每缺一种 a count: 10 − n: 3 → 7
    ("1、当年度公司下达的配网工程项目,每缺一种—1分", 10, {"0": 10, "3": 7, "10": 0}),
    # fresh36 AW7-4: a 、 before the minus ends the list; "/处" per place: 10 − n: 4 → 6
    ("现场配电设备标志缺、漏、模糊不清、—1分/处", 10, {"0": 10, "4": 6}),
    # fresh36 AW8-1 (变电站 运行规程): a clause glued to the points before it — 70 − 6n below 10; 10 and more → 0
    # (3 → 52; 9 → 16; 10 → 0)
    ("每缺少一张扣6分缺少10张以上此项不得分", 70, {"0": 70, "3": 52, "9": 16, "10": 0, "12": 0}),
    # variant: 直至本项分值扣完 = 扣完为止: 4 − 1 per 个百分点 below 100 %, floor 0 (a printed start, see above)
    ("合格率100%起,每降低1个百分点扣1分,直至本项分值扣完。", 4, {"100%": 4, "98%": 2, "90%": 0}),
])
def test_outcome_forms(text, w, values):
    _scores(text, w, values)


def test_outcome_forms_near_misses():
    # a range of points "扣0.5分至1分" keeps its 至 (no clause break put in): a judgement, as before (fresh17 AD12-8)
    assert read_rule_text("运行管理机构未配置或不健全的，扣0.5分至1分。", 1).kind == "judgement"
    # "扣 l0 分" (fresh36 AW1-3): "l0" is not guessed to be 10 (test_i11e) — refused, as before
    assert read_rule_text("经济承包中无安全生产指标的扣 l0 分", 10).rule is None
    # a digit before the dash is a range, never a minus: "得0-1分" is no deduction
    assert "扣" not in "".join(read_rule_text("得0-1分", 1).understood)
    # "直至扣完该项得分为止" is one cap, whole (fresh12 Y16-2): 5 − 0.5 per 斤, floor 0: 12 → 0
    _scores("有登记且专膜专用,得 5 分,每发现挪用或倒卖 1斤扣 0.5 分,直至扣完该项得分为止", 5, {"0": 5, "4": 3, "12": 0})


# ---- a lone failure after any subject ------------------------------------------------------------------------------

@pytest.mark.parametrize("text, w, level", [
    ("半年和年终考评无计划或总结的不得分。", 2, "半年和年终考评无计划或总结"),  # fresh37 AX3-7
    ("有違規現象不得分。", 10, "有違規現象"),  # fresh35 AV10-6 (繁体, 水利工程 考核)
    ("发现施工路段未实行交通安全控制扣5分。", 5, "施工路段未实行交通安全控制"),  # after fresh34 AU9-4: 发现 is not in the name
    ("年度考核中存在弄虚作假行为的,本项不得分", 6, "年度考核中存在弄虚作假行为"),  # variant
])
def test_lone_failure(text, w, level):
    _scores(text, w, {"符合": w, level: 0})


@pytest.mark.parametrize("text", [
    "查资料。机电事故率达不到要求不得分",  # held2 N1-5: a rate short of a requirement printed elsewhere — refused
    "工作不断完善的不得分",  # 不断 is no negation: no failure named
    "符合要求的不得分",  # nothing failing named
])
def test_lone_failure_near_misses(text):
    assert read_rule_text(text, 5).rule is None


def test_finding_named_by_its_state_in_a_deduction_list():
    # fresh37 AX3-2 (文明城市 测评): three failings at 2 each, "有…现象" names one as plainly as 无/未: 2 + 2 + 2 = 6
    r = read_rule_text("有乱搭乱建现象扣2分;有不规范性墙体广告,扣2分;“三化”效果不明显扣2分。", 6)
    assert r.kind == "checklist" and r.max_points == D(6)


# ---- seen in fresh38/39's first run (wrong readings there, each now refused or read as the table means) ------------------

def test_lost_step_points_refused_before_reading():
    # fresh38 AY4-1 (绿色矿山 评价): "每缺1 ," lost its points in the text layer — was read as "符合": W
    r = read_rule_text("全部符合要求满分;每缺1 ,扣完为止。", 5)
    assert r.rule is None and "缺数字" in "".join(r.understood)
    # near-miss: the points in the next clause are not lost (fresh31 AR6-6): 4 or more → 2; 3 → 1.5; 0 → 0
    _scores("组织关工委成员学习、培训、会议总数每年不少于 4 次,每少 1 次,扣 0.5 分,扣完为止。", 2,
            {"4": 2, "3": "1.5", "0": 0})


def test_several_requirements_sharing_the_points_are_judged():
    # fresh39 AZ5-2 (村计生工作 考核): four requirements, 8 points, no failure written — was read as "符合": 8
    r = read_rule_text("配齐配全村计生专干,落实了村级干部包干责任,健全各种制度,召开会议有记录且内容齐全计8分;", 8)
    assert r.kind == "judgement"
    # variant: three requirements then 得6分 → judgement too
    assert read_rule_text("建立工作台账,按月报送报表,年终有总结,得6分", 6).kind == "judgement"
    # near-miss: "…,无违约行为的,得3分" is one condition (的), a pass/fail as before (fresh33 AT2-3)
    r = read_rule_text("企业具有较好的履约能力和诚信水平,履行物业服务合同约定良好,无违约行为的,得3分。", 3)
    assert r.ok and r.rule.score("符合", 3) == D(3)


@pytest.mark.parametrize("text, w", [
    ("达到市政府下达的年度责任指标得满分,未达到年度责任指标的不得分。", 5),  # fresh39 AZ4-3: a figure handed down elsewhere
    ("完成县里下达的任务得满分,未完成的不得分", 5),  # variant
    ("开展或参与省委会组织的思想宣传活动的,一次3分", 3),  # fresh39 AZ6-5: per time, no cap — was read as "=1: 3"
    ("每月上报的新增人口出生率不足一个千分点扣 1 分。", 5),  # fresh39 AZ9-2: a rate against 1‰, counted how? — refused
])
def test_refused_after_fresh39(text, w):
    assert read_rule_text(text, w).rule is None


def test_once_near_miss_count_levels():
    # "一次2分,两次4分": count levels, 一次 stays "once" (not 每次): 1 → 2, 2 → 4
    _scores("召开会议,一次2分,两次4分", 4, {"1": 2, "2": 4})


@pytest.mark.parametrize("text, w", [
    ("有计划2;有总结1", 2),  # (r19's note) two things that may both hold — items or alternatives? refused
    ("资料齐全5;有台账3;有记录2", 5),  # a heading worth the 分值 and its items, or three levels? refused
])
def test_bare_numbers_without_a_zero_level_are_refused(text, w):
    assert read_rule_text(text, w).rule is None


def test_points_without_fen_are_never_a_note():
    # (r20's note) "逾期上报的该项计2" was kept as a note beside "上报及时的计3分" — the late case then had no score (a rule
    # gap). Points whose 分 was lost are points: the text is refused, naming that clause
    r = read_rule_text("上报及时的计3分,逾期上报的该项计2", 3)
    assert r.rule is None and r.unread == ["逾期上报的该项计2"]
    # near-miss: a total before the rule ("共计2") is no score of a case — read as before
    r = read_rule_text("资料共计2,齐全得3分", 3)
    assert r.ok and r.rule.score("符合", 3) == D(3)
