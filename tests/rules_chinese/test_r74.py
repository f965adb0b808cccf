"""r74 (issue 11): session 40's reader leftovers (docs/notes/r74.md).

1. a step schedule in two or more bands below the full score, each band deducting from its own top (stepbands);
2. a standard score with steps both ways around the standard, capped at the 分值 (standardsteps);
3. bands of days (times) with 以上/以内 edges and a deduction each, edges by the README's policy (edgebands);
4. obligations whose numbers say when an act is due, then a deduction per time it was not done (obligations);
5. refusals: a catch-all beside an alternative that drops the first one's manner ("及时上报或报备…,否则不得分",
   shortnames.dropped_manner_refusal); places listed with 数量 ("获县、市、省级表彰数量(1、3、5分)", listedlevels);
6. r72's two label families stay refused where the two readings of the value differ (checked, not changed).

Expected scores come from the sentences by hand (in the comments)."""

from __future__ import annotations

import pytest

from jixiao.rules.chinese import read_rule_text
from tests.rules_chinese.corpus import judge
from tests.rules_chinese.test_r46 import _BY_ID  # the corpus by id
from tests.rules_chinese.test_r62 import (  # a reading's scores; refused (or manual), said why
    _not_read,
    _scores,
)


@pytest.mark.parametrize("sid", ["CL1-1", "CL7-1", "CL6-2", "CK3-2"])
def test_corpus_sentences_read(sid: str) -> None:
    assert judge(_BY_ID[sid]) == ("read", "")


# --- 1. two or more step bands ---------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "w", "expected"), [
    # fresh78 CL1-1 (20): ≥100% → 20; band 1 from 100%: 0.5 per 1% → 95% = 17.5; band 2 from 95% (17.5): 1 per 1%
    # → 94% = 16.5, 90% = 12.5, 85% = 7.5; below 85% → 0
    ("完成目标得基本分，未完成按阶梯式计分：95%以上每低1%扣0.5分，85%-95%每低1%扣1分，低于85%不得分。", 20,
     {"100%": 20, "110%": 20, "99%": 19.5, "96%": 18, "95%": 17.5, "94%": 16.5, "90%": 12.5, "85%": 7.5, "84%": 0}),
    # variant, three bands on 10 with an open last one: 100% → 10; 90% → 10 − 2 = 8; 80% → 8 − 5 = 3;
    # 79% → 3 − 1 = 2; 77% → 0
    ("100%得10分;90%(含)以上的,每降低1个百分点扣0.2分;80%-90%的,每降低1个百分点扣0.5分;80%以下每降低1个百分点扣1分", 10,
     {"100%": 10, "95%": 9, "90%": 8, "85%": 5.5, "80%": 3, "79%": 2, "77%": 0}),
    # variant with 完成率 and (含) on 10: 95% → 10 − 2.5 = 7.5; 92% → 7.5 − 3 = 4.5; 90% → 2.5; 89% → 0
    ("完成率100%得10分，95%(含)以上每低1个百分点扣0.5分，90%(含)-95%每低1个百分点扣1分，低于90%不得分。", 10,
     {"100%": 10, "98%": 9, "95%": 7.5, "92%": 4.5, "90%": 2.5, "89%": 0}),
    # steps of 5%: whole steps only (floor, as "每减少5%扣1分" elsewhere), on 10: 96% → 10 (no whole step);
    # 95% → 9; 90% → 8; 85% → 8 − 2 = 6; 80% → 4; 79% → 0
    ("完成目标得满分,90%以上每低5%扣1分,80%-90%每低5%扣2分,低于80%不得分", 10,
     {"100%": 10, "96%": 10, "95%": 9, "90%": 8, "85%": 6, "80%": 4, "79%": 0}),
])
def test_step_bands(text: str, w: float, expected: dict[str, float]) -> None:
    _scores(text, w, expected)


@pytest.mark.parametrize(("text", "w"), [
    ("完成目标得基本分,95%以上每低1%扣0.5分,80%-90%每低1%扣1分,低于80%不得分", 20),  # 90–95 % not printed: a gap
    ("完成目标得基本分,95%以上每低1%扣0.5分,85%-95%每低1%扣1分", 20),  # below 85 % not printed
    ("完成目标得基本分,95%以上每低1%扣5分,85%-95%每低1%扣1分,低于85%不得分", 20),  # 0 at 96 %: band 2 scores nothing
    ("完成目标得基本分,95%以上每低1%扣0.5分,85%-95%每低1%扣1分,低于80%不得分", 20),  # 80–85 %: a gap
])
def test_step_bands_near_misses(text: str, w: float) -> None:
    _not_read(text, w)


# --- 2. steps both ways around a standard ----------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "w", "expected"), [
    # fresh78 CL7-1 (配分 40, 标准分 20): value = 报价/标准价格; above: −2 per 1% (105% → 10, 110% → 0);
    # below: +2 per 1% (99% → 22, 95% → 30, 90% → 40, 85% → 50 capped at 40)
    ("根据市场最高价、最低价、平均价、自行估价制定一标准价格,标准价格对应分数为20分。每高于标准价格1%,标准分扣2分,"
     "每低于标准价格1%,标准分加2分。", 40,
     {"100%": 20, "101%": 18, "105%": 10, "110%": 0, "120%": 0, "99%": 22, "95%": 30, "90%": 40, "85%": 40}),
    # variant, higher is better on 10 (基准 6): +1 per 1% above (102% → 8, 104% → 10, 110% → 10);
    # −0.5 per 1% below (98% → 5, 90% → 1, 88% → 0)
    ("达到基准值得6分,每高于基准值1个百分点加1分,每低于基准值1个百分点扣0.5分", 10,
     {"100%": 6, "102%": 8, "104%": 10, "110%": 10, "98%": 5, "90%": 1, "88%": 0}),
    # variant, a price with a printed cap that is the 分值 (30, 标准分 10): 103% → 10 − 3 × 2 = 4; 98% → 10 + 2 × 4 = 18;
    # 95% → 30; 90% → 30
    ("标准价格得10分,每高于标准价格1%扣2分,每低于标准价格1%加4分,最高30分", 30,
     {"100%": 10, "103%": 4, "105%": 0, "98%": 18, "95%": 30, "90%": 30}),
])
def test_standard_steps(text: str, w: float, expected: dict[str, float]) -> None:
    _scores(text, w, expected)


@pytest.mark.parametrize(("text", "w"), [
    # the standard score is the 分值: the added points could never count (BZ6-1's label refuses this)
    ("标准价格对应分数为20分。每高于标准价格1%,标准分扣2分,每低于标准价格1%,标准分加2分。", 20),
    ("标准价格对应分数为20分。每高于标准价格1%,标准分扣2分,每低于平均价格1%,标准分加2分。", 40),  # two standards
    ("标准价格对应分数为20分。每高于标准价格1%,标准分扣2分,每低于标准价格1%,标准分扣2分。", 40),  # both sides deduct
    ("标准价格对应分数为20分。每高于标准价格1%,标准分扣2分,每低于标准价格1%,标准分加3分。", 40),  # 20 ÷ 3: not whole
    ("标准价格对应分数为20分。每高于标准价格1%,标准分扣2分,每低于标准价格1%,标准分加2分,最高30分。", 40),  # cap ≠ 分值
])
def test_standard_steps_near_misses(text: str, w: float) -> None:
    _not_read(text, w)


# --- 3. day bands with 以上/以内 edges --------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "w", "expected"), [
    # fresh78 CL6-2 (出勤 100): d ≤ 1 → 100 (1 shared by ① and ②, said by neither: the higher band); (1, 2] → 80
    # (包括两天); (2, 3] → 70; (3, 4] → 60; (4, 5) → 50; ≥ 5 → 0 (⑥ 包括五天)
    (_BY_ID["CL6-2"]["text"], 100,
     {"0": 100, "1": 100, "1.5": 80, "2": 80, "2.5": 70, "3": 70, "4": 60, "4.5": 50, "5": 0, "7": 0}),
    # variant on 20, times: ≤ 1 → 20; (1, 3] → 10 (包括3次); > 3 → 0 (3 said by the middle band)
    ("迟到1次以内不扣分;迟到1次以上3次以内扣10分(包括3次);迟到3次以上不得分", 20, {"0": 20, "1": 20, "2": 10, "3": 10,
                                                                       "4": 0}),
    # variant on 50, hours, the edge of the last band said by it: ≤ 2 → 50; (2, 4) → 40; ≥ 4 → 0 (包括4小时)
    ("1.迟到2小时以内不扣分;2.迟到2小时以上4小时以内扣10分;3.迟到4小时以上(包括4小时)不得分", 50,
     {"2": 50, "3": 40, "3.9": 40, "4": 0, "6": 0}),
])
def test_edge_bands(text: str, w: float, expected: dict[str, float]) -> None:
    _scores(text, w, expected)


@pytest.mark.parametrize(("text", "w"), [
    # 2 said by both neighbours (80 or 0): refused
    ("①请假1天以内不扣分;②请假1天以上2天以内扣除20分(包括2天);③请假2天以上(包括2天)不得分", 100),
    ("迟到1次以内不扣分;早退1次以上3次以内扣10分;迟到3次以上不得分", 20),  # two things counted
    ("迟到1次以内不扣分;迟到2次以上3次以内扣10分;迟到3次以上不得分", 20),  # 1–2: a gap
    ("迟到1次以内不扣分;迟到1次以上3次以内扣10分;迟到3次以上扣5分", 20),  # more times cost less: not one ladder
])
def test_edge_bands_near_misses(text: str, w: float) -> None:
    _not_read(text, w)


# --- 4. obligations with numbers, a deduction per time not done -----------------------------------------------------

@pytest.mark.parametrize(("text", "w", "expected"), [
    # fresh77 CK3-2 (党建工作 150): value = 未请假次数: 150 − 2n (1 → 148, 5 → 140)
    (_BY_ID["CK3-2"]["text"], 150, {"0": 150, "1": 148, "5": 140}),
    # variants: 未报告 per time on 5: 5 − n (2 → 3, 6 → 0); 未报备 on 10, 2 per time (3 → 4)
    ("外出3天以上的须书面报告,未报告的每次扣1分", 5, {"0": 5, "2": 3, "6": 0}),
    ("严格执行外出报备制度,离岗4小时以上须向站长报备,每次未报备扣2分。", 10, {"0": 10, "3": 4}),
])
def test_obligations(text: str, w: float, expected: dict[str, float]) -> None:
    _scores(text, w, expected)


@pytest.mark.parametrize(("text", "w"), [
    ("出乡2天以上的须向乡长请假,完成率达到90%,一次未请假扣2分", 150),  # a rate to reach beside it
    ("出乡2天以上的须向乡长请假,一次未请假扣2分,出乡5天以上未请假扣5分", 150),  # two prices by days: bands
    ("出乡2天以上的须向乡长报告工作,一次未请假扣2分", 150),  # the obligation is another act than the one counted
])
def test_obligations_near_misses(text: str, w: float) -> None:
    _not_read(text, w)


# --- 5. refusals: a dropped manner beside a catch-all; places counted ----------------------------------------------

@pytest.mark.parametrize(("text", "w"), [
    ("及时上报或报备的得5分,否则不得分", 5),  # "报备" typed: 5 ((及时上报)或(报备)) or 0 (及时(上报或报备), late)
    ("按时提交或补报的得3分,否则不得分", 3),
    ("获县、市、省级表彰数量(1、3、5分)", 5),  # how many commendations, or the highest tier?
    ("在市级、省级、国家级刊物发表论文篇数(1、3、5分)", 5),
])
def test_refused(text: str, w: float) -> None:
    _not_read(text, w)


def test_manner_kept_when_no_catch_all_or_named() -> None:
    # no 否则: "报备" is no level (a gap at scoring, no score); the manner on both alternatives: one requirement
    assert str(read_rule_text("及时上报或报备的得5分", 5).rule) == '"符合": 5'
    r = read_rule_text("按时上报或按时报备的得5分,否则不得分", 5)
    assert r.ok and r.rule is not None and r.rule.score("不符合", 5) == 0
    # the tiers without 数量: the level reached, as before (r59): 省级 5, 市级 3, 县级 1
    r = read_rule_text("获县、市、省级表彰(1、3、5分)", 5)
    assert r.ok and r.rule is not None and [r.rule.score(v, 5) for v in ("省级", "市级", "县级")] == [5, 3, 1]


# --- 6. r72's label families: the readings that differ stay refused ------------------------------------------------

@pytest.mark.parametrize("sid", [
    # "达到目标值的90%…": the share of the target, or the raw rate against the row's 指标值 (AU5-3's ≥80%)
    "X18-1", "AU5-2", "AU5-3", "AX2-1",
    # a count to reach + 每少1次: count done or shortfall (AV7-1 and AJ1-2 are checklists: their items stay refused)
    "BH7-3", "BJ3-4", "W11-1", "BX4-2", "BL3-2",
])
def test_label_families_stay_refused(sid: str) -> None:
    assert not read_rule_text(_BY_ID[sid]["text"], _BY_ID[sid]["w"]).ok
