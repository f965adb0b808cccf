"""r5 (issue 11): simple clause forms inside longer cells (the clause-by-clause reader).

Sources (tests/rules_chinese/corpus.yaml): fresh19 AF7-1, AF7-2; fresh20 AG19-6, AG19-8.
Expected scores are worked out by hand from the sentence (arithmetic in the comments).
"""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from jixiao.rules.chinese import read_rule_text
from tests.rules_chinese.test_r4 import _items, _scores


def _refused(text: str, w: float) -> None:
    r = read_rule_text(text, w)
    assert not r.ok and r.rule is None, (text, r.canonical)


# ---- levels parted by spaces only (normalise._normalise_chars) ------------------------------------

@pytest.mark.parametrize("text, w, values", [
    # AF7-1: printed levels 好 3 / 较好 2 / 一般 1
    ("好 3分 较好 2分 一般 1分", 3, {"好": 3, "较好": 2, "一般": 1}),
    # AF7-2: four printed levels 4 / 3 / 2 / 1
    ("好 4分 较好 3分 一般 2分 较差 1分", 4, {"好": 4, "较好": 3, "一般": 2, "较差": 1}),
    # variant: two spaces and a full-width space; 优 5 / 良 3 / 差 0
    ("优  5分\u3000良  3分  差 0分", 5, {"优": 5, "良": 3, "差": 0}),
    # variant: 得 before the points; 合格 2 / 不合格 0
    ("合格 得2分 不合格 得0分", 2, {"合格": 2, "不合格": 0}),
])
def test_space_parted_levels(text: str, w: float, values: dict[str, float]) -> None:
    _scores(text, w, values)


def test_space_parted_parts_adding_up_to_the_weight_are_refused() -> None:
    # near-miss: 2 + 1 = 3 on a 3-point row — two items to add or two levels? refused
    _refused("好 2分 较好 1分", 3)


def test_space_parted_award_per_item_with_its_cap() -> None:
    # "每项 1分 最高 3分": the space ends the clause, so this is 1 per item up to 3: 2 → 2; 5 → 3
    _scores("每项 1分 最高 3分", 3, {"0": 0, "2": 2, "5": 3})


# ---- a failing deduction above the 分值 is the level worth 0 (fragments, assemble) ----------------

@pytest.mark.parametrize("text, w, values", [
    # AG19-6: 完成 4; 未完成 4 - 5 < 0 → 0
    ("完成得4 分,未完成扣 5 分", 4, {"完成": 4, "未完成": 0}),
    # variant: 达标 4; 未达标 4 - 6 → 0
    ("达标得4分，未达标扣6分", 4, {"达标": 4, "未达标": 0}),
    # variant: 按时完成 4; 未按时完成 4 - 10 → 0
    ("按时完成得4分;未按时完成的扣10分", 4, {"按时完成": 4, "未按时完成": 0}),
])
def test_failing_deduction_above_the_weight(text: str, w: float, values: dict[str, float]) -> None:
    _scores(text, w, values)
    r = read_rule_text(text, w)
    assert any("扣到0分为止" in u for u in r.understood), r.understood


@pytest.mark.parametrize("text", [
    "完成得4分,资料齐全扣5分",  # no failing word: what would 资料齐全 cost?
    "完成得4分,低于80%扣5分",  # a numeric band, not a worded failing
    "完成得4分,未完成扣5分,另扣总分2分",  # points taken beyond the row
])
def test_deduction_above_the_weight_near_misses_are_refused(text: str) -> None:
    _refused(text, 4)


# ---- counts measured in 支 (fragments._COUNT_RE) --------------------------------------------------

@pytest.mark.parametrize("text, w, values", [
    # AG19-8: 8 - 4 per missing team: 1 → 4; 2 → 0; the 星级 clause carries no points
    ("完成得8 分。少1支文化团队扣4分,扣完为止。未打造星级文化团队,取消街道年终评优资格。", 8, {"0": 8, "1": 4, "2": 0}),
    # variant: 6 - 2 per missing team: 1 → 4; 3 → 0
    ("每少1支志愿服务队扣2分,扣完为止。", 6, {"0": 6, "1": 4, "3": 0}),
    # variant: 10 - 2.5 per team: 2 → 5
    ("组建文艺队伍得10分,缺1支队伍扣2.5分,扣完为止。", 10, {"0": 10, "2": 5, "4": 0}),
])
def test_count_of_teams(text: str, w: float, values: dict[str, float]) -> None:
    _scores(text, w, values)


def test_teams_with_two_rates_are_refused() -> None:
    # near-miss: two counts at different rates cannot be one value
    _refused("少1支文化团队扣4分,少1名辅导员扣1分,扣完为止。", 8)


# ---- points per item, the items listed in another column (peritem._PER_ITEM_BARE_RE) -------------

@pytest.mark.parametrize("text, w, values", [
    # AG17-1: value = items done, 1 each, total 5: 4 → 4; 2 → 2; 5 → 5
    ("查正式文件、资料。每项1分,共5分。", 5, {"5": 5, "4": 4, "2": 2, "0": 0}),
    # AG17-2: 2.5 each, total 5: 1 → 2.5; 2 → 5
    ("查有关资料,每项2.5分,共5分。", 5, {"2": 5, "1": 2.5, "0": 0}),
    # AF8-1: 1 each, at most 6: 3 → 3; 7 → 6
    ("查看相关文件资料。每项宣传内容1分,总分不超过6分。", 6, {"0": 0, "3": 3, "6": 6, "7": 6}),
    # AF8-2: 1 each on a 4-point row: 2 → 2; 4 → 4
    ("查看相关文件资料。每项1分。", 4, {"0": 0, "2": 2, "4": 4}),
    # variant: 2 each, 最高 6: 2 → 4; 4 → 6
    ("每项措施得2分,最高6分。", 6, {"0": 0, "2": 4, "3": 6, "4": 6}),
])
def test_points_per_item_listed_elsewhere(text: str, w: float, values: dict[str, float]) -> None:
    _scores(text, w, values)


@pytest.mark.parametrize("text, w", [
    ("每项1分,共6分。", 5),  # a total other than the 分值
    ("每项1.5分,共5分。", 5),  # 5 ÷ 1.5 is not a whole number of items
    ("查资料。每缺一项1分,共5分。", 5),  # a shortfall word after 每: a deduction, not an award
])
def test_points_per_item_near_misses_are_refused(text: str, w: float) -> None:
    _refused(text, w)


# ---- several failings, each worth 0 (failures._several_failings) ----------------------------------

@pytest.mark.parametrize("text, w, failings", [
    # AF4-4: 未缴纳 → 0; 无缴费相关资料 → 0; 符合 → 3
    ("未缴纳的，不得分；无缴费相关资料的，不得分。", 3, ["未缴纳", "无缴费相关资料"]),
    # variant: 无工作方案 → 0; 无工作总结 → 0; 符合 → 2
    ("无工作方案的不得分;无工作总结的不得分", 2, ["无工作方案", "无工作总结"]),
    # variant: three failings, a subject before the negation in one: all 0; 符合 → 4
    ("查资料。未建立台账的不得分；台账记录不完整的不得分；未按时上报的，不得分。", 4,
     ["未建立台账", "台账记录不完整", "未按时上报"]),
])
def test_several_failings_each_worth_nothing(text: str, w: float, failings: list[str]) -> None:
    r = read_rule_text(text, w)
    assert r.ok and r.rule is not None, (text, r.unread, r.understood)
    assert r.rule.score("符合", D(str(w))) == D(str(w))
    for failing in failings:
        assert r.rule.score(failing, D(str(w))) == 0, (failing, r.canonical)


def test_several_failings_near_miss_is_refused() -> None:
    # near-miss: the second clause names no failing ("缴纳的" is the passing side) — what scores W?
    _refused("未缴纳的，不得分；缴纳的，不得分。", 3)


# ---- items inside a numbered item; the next number glued to bracketed points (checklist._sub_items) ---

@pytest.mark.parametrize("text, w, points", [
    # AG1-1: 1 + (1 + 2) + 1 = 5, the second numbered item holds two items parted by ";"
    ("1.明确节约型机关创建工作责任人,得1分。 2.明确负责节约能源资源工作的管理机构和工作职责,得1分;推进部门或系统节约能源资源"
     "工作,得2分。 3.设置能源资源管理岗位、能耗统计岗位,明确专人负责,得1分。", 5, [1, 1, 2, 1]),
    # AF2-6 without item 4's own deduction: "（15分）3." — the next number right after the bracketed points:
    # 10 + 15 + 15 + 20 = 60 (as printed, item 4's "出现一例未处理扣10分" was kept in a yes/no item's name and dropped —
    # refused since session 21, test_i11i.test_a_checklist_that_loses_points_is_refused)
    ("1.完善森林资源管理监督检查机制（10分）；2.开展生态公益林年度检查验收和生态公益林补偿效益监测工作（15分）3.河道沿岸绿化"
     "和湿地修复建设（15分）；4.对非法侵占林地、破坏湿地和野生动物资源等违法犯罪的进行调查处理（20分）。",
     60, [10, 15, 15, 20]),
    # variant (AF2-1 without its in-bracket deduction): (1 + 3) + 3 = 7, "（3分）2." glued
    ("1.成立领导小组（1分）；落实联络员（3分）2.部署相关工作，查看会议记录（3分）。", 7, [1, 3, 3]),
    # variant: 2 + (1 + 1) = 4
    ("1.制定方案2分。2.有工作计划1分;有工作总结1分。", 4, [2, 1, 1]),
])
def test_items_inside_numbered_items(text: str, w: float, points: list[float]) -> None:
    assert [p for _t, p in _items(text, w)] == [D(str(p)) for p in points]


def test_item_with_its_deduction_is_not_split() -> None:
    # near-miss: "得1分;未成立扣1分" is one item and its failing — adding 1 + 1 + 2 would be 4 ≠ 3: refused
    _refused("1.成立领导小组得1分;未成立扣1分。2.制定方案得2分。", 4)


# ---- "有X" after a subject, beside a printed "无X" (shortnames._had_tail) -----------------------------

@pytest.mark.parametrize("text, w, values", [
    # AG7-1: 有体现 1; 体现不充分 0.5; 无体现 0 — the subject "质量工作在政府工作报告中" is left off
    ("质量工作在政府工作报告中有体现的得1分,体现不充分的得0.5分,无体现的不得分。", 1,
     {"有体现": 1, "质量工作在政府工作报告中有体现": 1, "体现不充分": 0.5, "无体现": 0}),
    # variant: 有安排 2; 无安排 0
    ("单位在年度计划中有安排的得2分,无安排的不得分。", 2, {"有安排": 2, "无安排": 0}),
    # variant with 没有: 有记录 3; 没有记录 0
    ("检查过程中有记录的得3分;没有记录的不得分", 3, {"有记录": 3, "没有记录": 0}),
])
def test_had_form_beside_printed_lack(text: str, w: float, values: dict[str, float]) -> None:
    _scores(text, w, values)


def test_had_form_without_printed_lack_is_not_named() -> None:
    # near-miss: no "无体现" printed — "有体现" is no name of the reading (typing it is a rule gap, not 1)
    r = read_rule_text("质量工作在政府工作报告中有体现的得1分,体现不充分的得0.5分。", 1)
    assert r.rule is None or not r.rule.names_text("有体现"), r.canonical


# ---- full marks' requirement, then the rate it is scored by (assemble: 〔WX〕 after a 分值 level) -----

@pytest.mark.parametrize("text, w, values", [
    # AG17-5: 5 × 知晓率: 80% → 4; 50% → 2.5
    ("单位人员掌握垃圾分类投放方法,得5分;随机抽查,按知晓率打分。", 5, {"100%": 5, "80%": 4, "50%": 2.5, "0%": 0}),
    # variant: 10 × 满意率 (评分): 90% → 9; 75% → 7.5
    ("群众对服务满意,得10分;问卷调查,按满意率评分。", 10, {"100%": 10, "90%": 9, "75%": 7.5}),
    # variant: the rate alone (打分): 4 × 60% = 2.4
    ("随机抽查,按知晓率打分。", 4, {"60%": 2.4, "100%": 4}),
])
def test_requirement_then_rate(text: str, w: float, values: dict[str, float]) -> None:
    _scores(text, w, values)


@pytest.mark.parametrize("text, w", [
    # near-miss: the requirement is worth 3 of 5 — what does the rate score beside it?
    ("单位人员掌握垃圾分类投放方法,得3分;随机抽查,按知晓率打分。", 5),
    # near-miss: 按比例 (of what?) after a worded pass
    ("单位人员掌握垃圾分类投放方法,得5分;否则按比例得分。", 5),
])
def test_requirement_then_rate_near_misses_are_refused(text: str, w: float) -> None:
    _refused(text, w)


# ---- counts in 条, and the period a row covers in brackets (_base._UNITS, normalise._PERIOD_NOTE_RE) ---

@pytest.mark.parametrize("text, w, values", [
    # AF1-2: ≤ 3 条 → 1; otherwise 0 (the period in brackets scores nothing)
    ("各县地面测报报表(数据文件)审核错情累计条数每年≤3条,得1分;否则不得分(考核时段为上年10月至当年9月)。", 1,
     {"0": 1, "3": 1, "4": 0, "6": 0}),
    # variant: ≥ 10 条 → 2, otherwise 0; 统计时段 note
    ("全年报送信息≥10条,得2分;否则不得分(统计时段为1月至12月)。", 2, {"10": 2, "12": 2, "9": 0}),
    # variant: 条 with 以上: 5条以上 → 3; below → 0
    ("发布信息5条以上得3分,否则不得分。", 3, {"5": 3, "8": 3, "4": 0}),
])
def test_counts_in_tiao(text: str, w: float, values: dict[str, float]) -> None:
    _scores(text, w, values)


def test_bracket_after_bands_is_not_the_rule() -> None:
    # near-miss found in r5: a bracket holding points after bands was taken as the whole rule
    # ("全年得分不超过": 1, the bands dropped) — refused now
    _refused("审核错情条数≤3次,得1分;否则不得分(考核时段:全年得分不超过1分)。", 1)


# ---- "不足按比例" below the one threshold (fragments: 不足/未达到 before 〔PROP〕 = 否则) -------------------

@pytest.mark.parametrize("text, w, values", [
    # AG14-3: ≥ 8 → 10; below 10 × n / 8: 6 → 7.5; 4 → 5
    ("各地每月撰写市场动态分析达8篇的,计10分,不足按比例计分;", 10, {"8": 10, "10": 10, "6": 7.5, "4": 5, "0": 0}),
    # AG14-5: ≥ 50 → 6; 6 × n / 50: 40 → 4.8; 25 → 3
    ("各地开通商务预报并每月发布信息数量达50条的,计6分,不足按比例计分。", 6, {"50": 6, "60": 6, "40": 4.8, "25": 3}),
    # variant with 未达到的: ≥ 20 → 4; 4 × n / 20: 15 → 3
    ("全年培训达到20人次得满分,未达到的按比例计分。", 4, {"20": 4, "15": 3, "5": 1}),
])
def test_short_of_the_threshold_by_proportion(text: str, w: float, values: dict[str, float]) -> None:
    _scores(text, w, values)


@pytest.mark.parametrize("text", [
    # a lesser band above: 10 × 4 / 5 = 8 at 4 篇 would pass the 5 of the band above — refused
    "达到8篇得满分，5篇以上得5分，不足按比例计分",
    "≥90%得满分，80%以上得5分，否则按比例计分",
    # the threshold is a target the row does not print
    "信息泵安装数量达到商务部下达目标任务的,计10分,不足按比例计分。",
])
def test_short_of_the_threshold_near_misses_are_refused(text: str) -> None:
    _refused(text, 10)


# ---- "满分W分(N分/份×k)" (perunit.read_per_copy_total) ------------------------------------------------

@pytest.mark.parametrize("text, w, values", [
    # AG20-3: 5 per 份, 8 due: 5 → 25; 1 → 5
    ("包括1、2、4、5、7、8、10、11月八个月,满分40分(5分/份×8)。", 40, {"8": 40, "5": 25, "1": 5, "0": 0}),
    # AG20-4: 20 per 份, 3 due: 2 → 40; 1 → 20
    ("包括一季度、上半年、前三季度,满分60分(20分/份×3)。", 60, {"3": 60, "2": 40, "1": 20, "0": 0}),
    # variant: 2 per 篇 × 6 = 12: 4 → 8
    ("全年报送调研报告,满分12分(2分/篇×6)。", 12, {"6": 12, "4": 8, "0": 0}),
])
def test_points_per_copy_times_copies(text: str, w: float, values: dict[str, float]) -> None:
    _scores(text, w, values)


@pytest.mark.parametrize("text, w", [
    ("满分40分(4分/份×8)。", 40),  # 4 × 8 = 32 ≠ 40
    ("迟报扣2分,满分40分(5分/份×8)。", 40),  # another score beside it
    ("满分40分(5分/份×8)。", 30),  # not the row's 分值
])
def test_points_per_copy_near_misses_are_refused(text: str, w: float) -> None:
    _refused(text, w)


def test_otherwise_before_every_condition_is_refused() -> None:
    # found by test_variants on AF1-2 reversed: "否则不得分" first was read as *: 0 before the band (1 scored 0)
    _refused("否则不得分(考核时段为上年10月至当年9月)；各县地面测报报表(数据文件)审核错情累计条数每年≤3条,得1分。", 1)
    _refused("否则不得分；达标得2分。", 2)


# ---- "…加N分,直到满分W为止" (perunit._AWARD_RE cap) -------------------------------------------------------

@pytest.mark.parametrize("text, w, values", [
    # AG16-1: 20 per channel up to 100: 1 → 20; 3 → 60; 6 → 100
    ("具备热线电话、邮箱、微信、网站、 QQ、服务窗口等不同沟通渠道,每建立一种渠道加 20 分,直到满分 100 为止。", 100,
     {"0": 0, "1": 20, "3": 60, "5": 100, "6": 100}),
    # AG16-2: 5 per 对接 up to 100: 4 → 20; 25 → 100
    ("充分把握企业的基本情况、寻求的服务内容和希望达到的服务质量 等,有效掌握企业服务需求并作出回应,每作出一个服务对接的加 5 分,"
     "直到满分 100 为止。", 100, {"0": 0, "4": 20, "10": 50, "25": 100}),
    # variant: 2 per 宣传 up to 10 (满分10分为止): 3 → 6; 7 → 10
    ("每开展一次宣传活动加2分,直到满分10分为止。", 10, {"3": 6, "5": 10, "7": 10}),
])
def test_award_until_full_marks(text: str, w: float, values: dict[str, float]) -> None:
    _scores(text, w, values)


def test_award_until_another_total_is_refused() -> None:
    # near-miss: the cap (120) is not the row's 分值 (100)
    _refused("每建立一种渠道加20分,直到满分120为止。", 100)
