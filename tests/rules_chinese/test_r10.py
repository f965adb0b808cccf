"""r10 (issue 11): steps that are not 1, bonuses above a base, ranks with a top group.

Sources (tests/rules_chinese/corpus.yaml): fresh22 AI1-1…AI1-4, AI8-1, AI8-3, AI8-4, AI8-8; fresh23 AJ7-2, AJ7-3.
Expected scores are worked out by hand from the sentence (arithmetic in the comments), never copied from a run.
"""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from jixiao.rules.chinese import read_rule_text


def _score_all(text: str, w: float, values: dict[str, float]) -> None:
    r = read_rule_text(text, w)
    assert r.ok and r.rule is not None, (text, r.unread, r.understood)
    for value, score in values.items():
        assert r.rule.score(value, D(str(w))) == D(str(score)), (text, value, r.canonical)


def _refused(text: str, w: float) -> None:
    r = read_rule_text(text, w)
    assert not r.ok and r.rule is None and r.kind != "checklist", (text, r.canonical)


# ---- generalisation check: sentences written for this family BEFORE the reader was changed ---------
# (session-start reader, branch r10 at eab3812: see docs/notes/r10.md for how many it read)

GENERALISATION = [
    # a step of 0.02 of a rate, from 0: 40 - 4 per 0.02: 0.02 → 36; 0.1 → 40 - 4 × 5 = 20; 0.2 → 0; 0.3 → 0
    ("每增0.02次/车,扣4分。", 40, {"0": 40, "0.02": 36, "0.1": 20, "0.2": 0, "0.3": 0}),
    # other verb, full-width comma: 30 - 3 per 0.01: 0.01 → 27; 0.05 → 15; 0.1 → 0
    ("每增加0.01人/车，扣3分。", 30, {"0": 30, "0.01": 27, "0.05": 15, "0.1": 0}),
    # 繁体, a step of 0.005: 20 - 2 per 0.005: 0.005 → 18; 0.02 → 20 - 2 × 4 = 12; 0.05 → 0
    ("每增0.005次/車,扣2分。", 20, {"0": 20, "0.005": 18, "0.02": 12, "0.05": 0}),
    # base 4 at 10, +0.2 a unit above, the 分值 8 caps it: 9 → 0; 10 → 4; 15 → 5; 30 → 8; 40 → 8
    ("<10个不得分;达到10个得4分,此基础上每增加1个加0.2分。", 8, {"9": 0, "10": 4, "15": 5, "30": 8, "40": 8}),
    # 不足 / 在此基础上, a step of 2 家 (whole steps): 19 → 0; 20 → 3; 21 → 3; 22 → 3.5; 24 → 4; 32 → 6
    ("不足20家不得分；达到20家得3分，在此基础上每增加2家加0.5分。", 6,
     {"19": 0, "20": 3, "21": 3, "22": 3.5, "24": 4, "32": 6}),
    # percentage points: 80% → 5; 84% → 5 + 4 × 0.25 = 6; 100% → 10; 79% → 0
    ("<80%不得分;达到80%得5分,此基础上每增加1个百分点加0.25分。", 10, {"79%": 0, "80%": 5, "84%": 6, "100%": 10}),
    # 繁体: 29 → 0; 30 → 2; 40 → 3; 60 → 5; 70 → 5 (分值)
    ("<30個不得分;達到30個得2分,此基礎上每增加1個加0.1分。", 5, {"29": 0, "30": 2, "40": 3, "60": 5, "70": 5}),
    # a printed cap equal to the 分值: 4 → 0; 5 → 2; 9 → 6; 13 → 10; 20 → 10
    ("<5家不得分;达到5家得2分,此基础上每增加1家加1分,最高10分。", 10, {"4": 0, "5": 2, "9": 6, "13": 10, "20": 10}),
    # ranks: the first 5 full, then 0.5 less a place: 5 → 5; 6 → 4.5; 8 → 5 - 0.5 × 3 = 3.5; 15 → 0
    ("考核排名前5名得满分,其他依次递减0.5分。", 5, {"1": 5, "5": 5, "6": 4.5, "8": 3.5, "15": 0}),
    # other words: 2 → 6; 3 → 5; 7 → 1; 9 → 0
    ("按综合排名,前2名的得满分；其余名次依次递减1分", 6, {"1": 6, "2": 6, "3": 5, "7": 1, "9": 0}),
    # points per person written after: 3 - 0.5 n: 1 → 2.5; 4 → 1; 6 → 0; 8 → 0
    ("未按时提交材料的,扣0.5分/人。", 3, {"0": 3, "1": 2.5, "4": 1, "6": 0, "8": 0}),
    # per 人次, 满分 restated: 3 - 0.3 n: 1 → 2.7; 10 → 0
    ("满分3分;无故缺勤扣0.3分/人次。", 3, {"0": 3, "1": 2.7, "5": 1.5, "10": 0}),
]

GENERALISATION_REFUSED = [
    # a cap below the 分值: the engine caps at W only — refuse
    ("<50个不得分;达到50个得5分,此基础上每增加1个加0.1分,最高得8分。", 10),
    # the base is above the 分值
    ("<50个不得分;达到50个得12分,此基础上每增加1个加0.1分。", 10),
    # no cap at all (不设上限): never capped by the 分值 silently
    ("<50个不得分;达到50个得5分,此基础上每增加1个加0.1分,不设上限。", 10),
    # a rank rule without its step
    ("考核排名前3名得满分;其他依次递减。", 4),
    # the step counted from last year, not from 0
    ("比上年每增0.01次/车,扣5分。", 50),
    # the full-marks group is not printed as full marks but as a number below the 分值
    ("考核排名前3名得3分;其他依次递减0.2分。", 4),
]


@pytest.mark.parametrize("text, w, values", GENERALISATION)
def test_generalisation_sentences(text: str, w: float, values: dict[str, float]) -> None:
    _score_all(text, w, values)


@pytest.mark.parametrize("text, w", GENERALISATION_REFUSED)
def test_generalisation_near_misses_are_refused(text: str, w: float) -> None:
    _refused(text, w)


# ---- a base score, then a bonus per step up to the 分值 (steps.read_base_bonus) ------------------------------------

@pytest.mark.parametrize("text, w, values", [
    # AI8-1: < 50 → 0; 50 → 5; 5 + 0.1 (n - 50): 51 → 5.1; 80 → 8; 100 → 10; 130 → 10 (分值)
    ("<50个不得分;达到50个得5分,此基础上每增加1个加0.1分。", 10,
     {"0": 0, "49": 0, "50": 5, "51": 5.1, "80": 8, "100": 10, "130": 10}),
    # AI8-3: 5 → 5; 6 → 5.5; 15 → 10; 25 → 15
    ("<5个不得分;达到5个得5分,此基础上每增加1个加0.5分。", 15, {"4": 0, "5": 5, "6": 5.5, "15": 10, "25": 15}),
    # AI8-4: 60% → 6; 61% → 6.1; 85% → 8.5; 100% → 10; 60.5% → 6.05 (continuous, said in the warnings)
    ("<60%不得分;达到60%得6分,此基础上每增加1个百分点加0.1分。", 10,
     {"50%": 0, "59%": 0, "60%": 6, "61%": 6.1, "85%": 8.5, "100%": 10, "60.5%": 6.05}),
    # AI8-8: 2 → 1; 3 → 2; 10 → 9; 16 → 15
    ("<2家不得分;达到2家得1分,此基础上每增加1家加1分。", 15, {"1": 0, "2": 1, "3": 2, "10": 9, "16": 15}),
    # variant, 少于 / 多: 10 → 2; 11 → 2.5; 26 → 10; 30 → 10
    ("少于10篇不得分;达到10篇得2分,此基础上每多1篇加0.5分。", 10, {"9": 0, "10": 2, "11": 2.5, "26": 10, "30": 10}),
    # variant, 计 / 超过部分: 50 → 5; 70 → 7; 100 → 10
    ("<50个不得分;达到50个计5分,超过部分每增加1个加0.1分。", 10, {"49": 0, "50": 5, "70": 7, "100": 10}),
    # variant, no 此基础上, 提高: 80% → 6; 85% → 6 + 5 × 0.2 = 7; 100% → 10
    ("低于80%不得分;达到80%得6分,每提高1个百分点加0.2分。", 10, {"79%": 0, "80%": 6, "85%": 7, "100%": 10}),
    # variant, steps of 5 人, whole steps only: 100 → 4; 104 → 4; 105 → 5; 112 → 6; 130 → 10
    ("低于100人不得分;达到100人得4分,此基础上每增加5人加1分。", 10,
     {"99": 0, "100": 4, "104": 4, "105": 5, "112": 6, "130": 10}),
])
def test_base_then_bonus(text: str, w: float, values: dict[str, float]) -> None:
    _score_all(text, w, values)


@pytest.mark.parametrize("text, w", [
    ("达到50个得5分,此基础上每增加1个加0.1分。", 10),  # below 50 not written
    ("<50个不得分;达到60个得5分,此基础上每增加1个加0.1分。", 10),  # 50–60 not written
    ("<5个不得分;达到5个得5分,此基础上每增加1个加0.3分。", 10),  # 5 ÷ 0.3: the 分值 not reached in whole steps
    ("<60%不得分;达到60%得6分,此基础上每增加1个加0.1分。", 10),  # a % threshold, a step of 个
    ("<50个不得分;达到50个得5分,此基础上每增加1个扣0.1分。", 10),  # a deduction, not a bonus
])
def test_base_then_bonus_near_misses(text: str, w: float) -> None:
    _refused(text, w)


def test_base_then_bonus_says_where_the_cap_is() -> None:
    r = read_rule_text("<50个不得分;达到50个得5分,此基础上每增加1个加0.1分。", 10)
    assert r.canonical == "<50: 0; =50: 5; >=100: W; <100: W - 0.1 per 1"  # 50 + (10 - 5) ÷ 0.1 = 100
    assert any("100 及以上得分值" in x for x in r.understood), r.understood


# ---- a deduction per step of a rate, from 0 (steps.read_rate_steps) ------------------------------------------------

@pytest.mark.parametrize("text, w, values", [
    # AI1-1: 50 - 5 per 0.01: 0.01 → 45; 0.04 → 30; 0.1 → 0; 0.015 → 45 (whole steps only)
    ("每增0.01次/車,扣5分。", 50, {"0": 50, "0.01": 45, "0.04": 30, "0.1": 0, "0.015": 45}),
    # AI1-2: 150 - 25 per 0.01: 0.01 → 125; 0.02 → 100; 0.06 → 0
    ("每增0.01人/車,扣25分。", 150, {"0": 150, "0.01": 125, "0.02": 100, "0.06": 0}),
    # AI1-3: 200 - 10 per 0.01: 0.1 → 100; 0.2 → 0
    ("每增0.01次/車,扣10分。", 200, {"0": 200, "0.01": 190, "0.1": 100, "0.2": 0}),
    # AI1-4: 150 - 10 per 0.005: 0.005 → 140; 0.05 → 50; 0.075 → 0
    ("每增0.005次/車,扣10分。", 150, {"0": 150, "0.005": 140, "0.01": 130, "0.05": 50, "0.075": 0}),
    # variant with the rate named and 上升: 20 - 2 per 0.1: 0.3 → 14; 1 → 0
    ("交通事故率每上升0.1次/万车公里,扣2分", 20, {"0": 20, "0.1": 18, "0.3": 14, "1": 0}),
    # variant 提高, 起/台: 10 - 1 per 0.02: 0.06 → 7; 0.2 → 0
    ("故障率每提高0.02起/台扣1分。", 10, {"0": 10, "0.06": 7, "0.2": 0}),
])
def test_rate_steps_from_zero(text: str, w: float, values: dict[str, float]) -> None:
    _score_all(text, w, values)


@pytest.mark.parametrize("text, w", [
    ("比上年每增0.01次/车,扣5分。", 50),  # from last year's rate, not from 0
    ("每增0.01次,扣5分。", 50),  # no rate: 0.01 of a count is no reading
    ("每增0.01次/车,加5分。", 50),  # a bonus without a base
])
def test_rate_steps_near_misses(text: str, w: float) -> None:
    _refused(text, w)


def test_rate_steps_say_what_the_value_is() -> None:
    r = read_rule_text("每增0.01次/車,扣5分。", 50)
    assert any("业绩值填该比率本身" in x and "从0起算" in x for x in r.understood), r.understood


# ---- ranks: a top group at full marks, then a step a place (rankings.read_top_ranks) -------------------------------

@pytest.mark.parametrize("text, w, values", [
    # AJ7-2 (the bracket only weights the ranked 违纪总分): 1–3 → 4; 4 → 3.8; 5 → 3.6; 10 → 4 - 0.2 × 7 = 2.6
    ("青马工程、团校培训考核排名前3名得满分;其他依次递减0.2分。 (团校培训学院参与人数70以上的学院违纪总分*0.9的系数,"
     "人数100以上的学院违纪总分*0.8的系数)", 4, {"1": 4, "3": 4, "4": 3.8, "5": 3.6, "10": 2.6}),
    # variant, the top group's points written as the 分值: 1–5 → 2; 6 → 1.9; 25 → 0
    ("按年度综合排名前5名得2分,其他依次递减0.1分", 2, {"1": 2, "5": 2, "6": 1.9, "25": 0, "30": 0}),
    # variant, 其余 / 递扣, Chinese numeral: 1–2 → 10; 3 → 8; 7 → 0
    ("工作考核排名,前二名得满分;其余依次递扣2分。", 10, {"2": 10, "3": 8, "6": 2, "7": 0}),
])
def test_top_ranks(text: str, w: float, values: dict[str, float]) -> None:
    _score_all(text, w, values)


@pytest.mark.parametrize("text, w", [
    ("排名前3名得满分;其他依次递减0.2分(前3名另加1分)", 4),  # a bonus in the bracket
    ("排名前3名得满分;其他依次递减0.2分(未参加的不得分)", 4),  # a score in the bracket
    ("排名倒数前3名得满分;其他依次递减0.2分。", 4),  # 倒数
])
def test_top_ranks_near_misses(text: str, w: float) -> None:
    _refused(text, w)


def test_rank_basis_bracket_is_said() -> None:
    r = read_rule_text("考核排名前3名得满分;其他依次递减0.2分。(参与人数100以上的违纪总分*0.8的系数)", 4)
    assert any("只影响名次" in x for x in r.understood), r.understood


# ---- the unit after the points: 扣0.2分/人; the times that define who is counted (normalise) ----------------------

@pytest.mark.parametrize("text, w, values", [
    # AJ7-3: 2 - 0.2 n: 1 → 1.8; 5 → 1; 10 → 0
    ("依据女校培训考核满分2分;按学院私自退学或缺勤满2次及以上扣0.2分/人。", 2, {"0": 2, "1": 1.8, "5": 1, "10": 0}),
    # variant: 5 - 0.5 n: 3 → 3.5; 10 → 0
    ("无故旷课超过3天以上的,每人扣0.5分。", 5, {"0": 5, "3": 3.5, "10": 0}),
    # variant, 扣N分/次: 4 - 1 n: 2 → 2
    ("未按时报送信息的,扣1分/次。", 4, {"0": 4, "2": 2, "4": 0}),
])
def test_unit_after_the_points(text: str, w: float, values: dict[str, float]) -> None:
    _score_all(text, w, values)


@pytest.mark.parametrize("text, w", [
    ("每次检查发现缺勤扣0.3分/人。", 3),  # per check and per person: two counts
    ("缺勤满2次及以上的,每次扣0.2分。", 2),  # per time beyond the times: not who is counted
])
def test_unit_after_the_points_near_misses(text: str, w: float) -> None:
    _refused(text, w)


# ---- 得分=A/B×标准分值, a heading with a bracket in its name ---------------------------------------------------------

@pytest.mark.parametrize("text, w, values", [
    # AJ4-1: 1 × 抽查合格比例: 80% → 0.8; 50% → 0.5
    ("5、足额落实村(居)、组干部报酬和村(居)级办公经费(1分)。考核得分=抽查合格村、组数量/抽查村、组总数量×标准分值。", 1,
     {"100%": 1, "80%": 0.8, "50%": 0.5, "0%": 0}),
    # variant: 6 × 按时报送比例: 50% → 3
    ("得分=按时报送单位数/应报送单位数×该项分值", 6, {"100%": 6, "50%": 3}),
    # variant, a heading: 4 × 比例: 75% → 3
    ("2、村(社区)档案规范(4分)。得分=规范村数/村总数×分值。", 4, {"100%": 4, "75%": 3}),
])
def test_share_times_the_weight_by_name(text: str, w: float, values: dict[str, float]) -> None:
    _score_all(text, w, values)


@pytest.mark.parametrize("text, w", [
    ("得分=实际完成数/目标任务数×标准分值", 6),  # a target in the share: compared with the row's target
    ("得分=合格数/总数×标准分值+1", 6),  # more than the share
])
def test_share_times_the_weight_near_misses(text: str, w: float) -> None:
    _refused(text, w)
