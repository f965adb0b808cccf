"""r73 (issue 11): the blind refusals of fresh77/fresh78 whose text settles the score (docs/notes/r73.md).

1. 每天 after a word of absence or leave (旷工/缺勤/请假/事假/病假/缺岗/脱岗/离岗) is per day absent (normalise, and
   fragments._COUNT_RE takes "旷工1天" / "事假1天" / "脱岗1天" as one day counted);
2. a score formula whose left side names the item ("质量得分=…"), with "30分×" and the form's blank "=分", after a
   heading "以…考核:" and a definition whose line break was joined (formulas);
3. a failing worded with 者 ("不服從指揮、消極怠工者,扣5分"): the name without 者 is the same level (assemble._flat_levels);
4. who loses the points between 扣 and the points ("每次扣村支书、主任和相关人员扣1分", "每次扣该单位1分":
   normalise._WHO_LOSES_RE);
5. tiers listed with "、" then "分别加N分、…" after a bonus word without points, 地 as a tier, the printed tier names
   kept beside the shared 级 (listedlevels.read_places_in_order);
6. "低于100%每1%扣2分": 每N% right after a bound steps in the bound's direction (normalise);
7. "未完成按实际值/目标值比例计分": the share written as a ratio A/B (completionshare);
8. a free allowance of times, the totals at the next two counts, then 以此类推 (countseries.read_count_series).

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


@pytest.mark.parametrize("sid", ["CL5-2", "CL5-3", "CL7-2", "CL8-1", "CL8-2", "CK2-4", "CK3-5", "CK1-3", "CL2-2",
                                 "CL1-2", "CL6-1"])
def test_corpus_sentences_read(sid: str) -> None:
    assert judge(_BY_ID[sid]) == ("read", "")


# --- 1. per day absent ----------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "w", "expected"), [
    # fresh78 CL5-2 (100, 倒扣): 2 per day of 病、事假: 0 → 100, 1 → 98, 3 → 94
    ("病,事假,每天扣 2 分;", 100, {"0": 100, "1": 98, "3": 94}),
    # fresh78 CL5-3: 10 per day absent: 0 → 100, 1 → 90, 3 → 70
    ("旷工,每天扣 10 分;", 100, {"0": 100, "1": 90, "3": 70}),
    # variants: 请假 per day on 10 → 10 − n (2 → 8); 旷工 per day with 扣完为止 on 20: 20 − 5n (3 → 5, 5 → 0)
    ("请假每日扣1分", 10, {"0": 10, "2": 8}),
    ("旷工的,每一天扣5分,扣完为止", 20, {"0": 20, "3": 5, "5": 0}),
    # "每旷工1天扣10分" (the same step written with 每 before the absence) on 30: 1 → 20, 2 → 10
    ("每旷工1天扣10分", 30, {"0": 30, "1": 20, "2": 10}),
])
def test_per_day_absent(text: str, w: float, expected: dict[str, float]) -> None:
    _scores(text, w, expected)


@pytest.mark.parametrize("text", [
    "值班每天扣2分",  # 每天 after no absence: daily, what is counted is not said
    "旷工每天扣10分，迟到每次扣2分",  # two kinds priced differently: one count cannot score them
])
def test_per_day_near_misses(text: str) -> None:
    _not_read(text, 100)


# --- 2. score formulas ----------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "w", "expected"), [
    # fresh78 CL7-2 (30): 30 × (1 − 批退率): 0% → 30, 10% → 27, 50% → 15, 100% → 0
    ("以交货批退率考核:\n批退率=退货批数÷交货总批数\n得分=30分×(1—批退率)", 30,
     {"0%": 30, "10%": 27, "50%": 15, "100%": 0}),
    # fresh78 CL8-1 (40): 40 × (1 − r): 5% → 38, 25% → 30
    ("质量得分=[ 1 - (进料不合格批 /总进料批数批)] × 40=分", 40, {"0%": 40, "5%": 38, "25%": 30, "100%": 0}),
    # variants: 20 × (1 − 逾期率) on 20: 15% → 17; 交期得分 … ×10 with the blank "=___分": 30% → 7
    ("按逾期率考核：\n得分=20分×(1-逾期率)", 20, {"0%": 20, "15%": 17, "100%": 0}),
    ("交期得分=(1-逾期批/总批数)×10=___分", 10, {"0%": 10, "30%": 7}),
])
def test_item_named_formulas(text: str, w: float, expected: dict[str, float]) -> None:
    _scores(text, w, expected)


@pytest.mark.parametrize(("text", "w"), [
    ("得分=30分×(1-批退率)", 20),  # the formula's 30 is not this row's 分值 (20)
    ("质量得分=批退率×(1-批退率)×30", 30),  # not affine in the value
    ("质量得分=30×(1-批退率)-交期得分", 30),  # two values
])
def test_formula_near_misses(text: str, w: float) -> None:
    _not_read(text, w)


# --- 3. a failing worded with 者 ---------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "w", "expected"), [
    # fresh77 CK2-4 (百分制 100): 95 for the lapse, typed with or without 者
    ("不服從指揮、消極怠工者,扣5分;", 100, {"符合": 100, "不服從指揮、消極怠工": 95, "不服從指揮、消極怠工者": 95}),
    # variants: on 10, "未按规定着装者扣3分" → 7; "擅离岗位者，扣2分" on 5 → 3
    ("未按规定着装者扣3分", 10, {"符合": 10, "未按规定着装": 7, "未按规定着装者": 7}),
    ("擅离岗位者，扣2分", 5, {"符合": 5, "擅离岗位": 3}),
])
def test_failing_with_zhe(text: str, w: float, expected: dict[str, float]) -> None:
    _scores(text, w, expected)


def test_zhe_of_a_noun_is_no_ending() -> None:
    # near miss: "患者" is a word — no level "未通知患" is made (the printed name only)
    r = read_rule_text("未通知患者扣2分", 10)
    assert r.ok and r.rule.names_text("未通知患者") and not r.rule.names_text("未通知患")  # type: ignore[union-attr]


# --- 4. who loses the points -----------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "w", "expected"), [
    # fresh77 CK3-5 (block 150): 1 per time: 0 → 150, 1 → 149, 3 → 147
    ("档案资料不完整,或按时完善相关资料的,每次扣村支书、主任和相关人员扣1分。", 150, {"0": 150, "1": 149, "3": 147}),
    # variants: "每次扣该单位1分" on 5: 2 → 3; "每发现一次扣责任人2分，扣完为止" on 6: 2 → 2, 4 → 0
    ("台账不全的,每次扣该单位1分。", 5, {"0": 5, "2": 3}),
    ("每发现一次扣责任人2分，扣完为止", 6, {"0": 6, "2": 2, "4": 0}),
])
def test_who_loses(text: str, w: float, expected: dict[str, float]) -> None:
    _scores(text, w, expected)


@pytest.mark.parametrize("text", [
    "每次扣单位1分、责任人2分",  # two who's with two amounts: which one is this row's?
    "每次扣单位1分，扣责任人2分",
])
def test_who_loses_near_misses(text: str) -> None:
    _not_read(text, 10)


# --- 5. tiers after a bonus word -------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "w", "expected"), [
    # fresh77 CK1-3 (cap 10): 国家 10, 省 8, 地 6, 市级 4 (typed as printed or with the shared 级)
    ("对工作成绩突出,受到上级表彰的委员给予加分,国家、省、地、市级分别加10分、8分、6分、4分。", 10,
     {"国家": 10, "国家级": 10, "省": 8, "省级": 8, "地": 6, "地级": 6, "市级": 4}),
    # variant: no comma before 分别, three tiers on 6: 国家 6, 省 4, 市 2
    ("受到国家、省、市级表彰的分别加6分、4分、2分", 6, {"国家级": 6, "省": 4, "市级": 2}),
])
def test_tiers_after_bonus_word(text: str, w: float, expected: dict[str, float]) -> None:
    _scores(text, w, expected)


@pytest.mark.parametrize("text", [
    "国家、省、市级分别加10分、6分、3分",  # no merit named: award or deduction?
    "受到国家、省、市级通报的分别加10分、6分、3分",  # a penalty, not a merit
    # per time or per item (lead, after the merge: r65's near miss read once 分别 needed no comma): reports add up
    "受到国家、省、市级表彰的,每次分别加10分、6分、3分",
    "被国家、省、市级媒体报道的每篇分别加10分、6分、3分",
])
def test_tiers_near_misses(text: str) -> None:
    _not_read(text, 10)


# --- 6. 每N% after a bound ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "w", "expected"), [
    # fresh78 CL2-2 (100): shortfall rounded up to whole 1%, 2 each: 99.5% → 98, 98.2% → 96, 90% → 80
    ("按时按量批次交付率低于100%每1%扣2分，不满1%按1%计算", 100,
     {"100%": 100, "99.5%": 98, "99%": 98, "98.2%": 96, "90%": 80, "60%": 20}),
    # variants: "合格率低于95%的,每1个百分点扣1分" on 10: 93% → 8; "超过5%的,每1%扣2分" on 10: 7% → 6
    ("合格率低于95%的,每1个百分点扣1分", 10, {"95%": 10, "93%": 8}),
    ("投诉率超过5%的,每1%扣2分", 10, {"5%": 10, "7%": 6}),
])
def test_step_after_bound(text: str, w: float, expected: dict[str, float]) -> None:
    _scores(text, w, expected)


def test_step_after_bound_near_miss() -> None:
    _not_read("低于95%,每1人扣2分", 10)  # a count after a rate's bound: what is counted?


# --- 7. the share as A/B ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "w", "expected"), [
    # fresh78 CL1-2 (5): ≥ 100% → 5; 90% → 4.5; 50% → 2.5
    ("完成目标得基本分；未完成按实际值/目标值比例计分。", 5, {"100%": 5, "120%": 5, "90%": 4.5, "50%": 2.5, "0%": 0}),
    # variant on 10: 80% → 8
    ("完成目标得满分,未完成按实际完成值/目标值比例计分", 10, {"100%": 10, "80%": 8}),
])
def test_share_as_ratio(text: str, w: float, expected: dict[str, float]) -> None:
    _scores(text, w, expected)


@pytest.mark.parametrize("text", [
    "完成目标得基本分；未完成按目标值/实际值比例计分。",  # the ratio turned round
    "完成目标得基本分；未完成按实际值/上年值比例计分。",  # the base is no target
    "完成目标得基本分；超额加1分；未完成按实际值/目标值比例计分。",  # a bonus above the 分值
])
def test_share_as_ratio_near_misses(text: str) -> None:
    _not_read(text, 5)


# --- 8. an allowance, two totals, 以此类推 ------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "w", "expected"), [
    # fresh78 CL6-1 (出勤 100): ≤ 2 → 100; 3 → 80; 4 → 70; 5 → 60; 11 → 0
    ("迟到:\n① 迟到两次内不扣分;\n② 迟到三次扣20分;\n③ 迟到四次扣30分,以此类推。", 100,
     {"0": 100, "2": 100, "3": 80, "4": 70, "5": 60, "11": 0}),
    # variants: on 20, ≤ 1 → 20; 2 → 18; 3 → 15; 4 → 12 (each further +3); on 10 without item marks: ≤ 3 → 10, 4 → 9,
    # 5 → 7, 6 → 5
    ("早退1次以内不扣分,2次扣2分,3次扣5分,依此类推", 20, {"1": 20, "2": 18, "3": 15, "4": 12}),
    ("请假三次以内的不扣分；请假四次扣1分；请假五次扣3分，依次类推", 10, {"3": 10, "4": 9, "5": 7, "6": 5}),
])
def test_count_series(text: str, w: float, expected: dict[str, float]) -> None:
    _scores(text, w, expected)


@pytest.mark.parametrize("text", [
    "迟到2次内不扣分;迟到4次扣20分;迟到5次扣30分,以此类推",  # 3 times not printed
    "迟到2次内不扣分;第3次扣20分;第4次扣30分,以此类推",  # the third time's own price: added to the others?
    "迟到2次内不扣分;迟到3次扣20分;早退4次扣30分,以此类推",  # two things counted
    "迟到2次内不扣分;迟到3次扣30分;迟到4次扣20分,以此类推",  # amounts falling
])
def test_count_series_near_misses(text: str) -> None:
    _not_read(text, 100)


@pytest.mark.parametrize(("text", "w", "typed", "expected"), [
    # a share by name or as one count over another, 0 at 100 %: written in % (lead, session 40) — "10%" typed in the
    # template's row scored: 30 × (1 − 10%) = 27; 40 × (1 − 5%) = 38 (fresh78 CL8-2, CL8-1 labels)
    ("交期得分=[ 1 - (进料逾期批 /总进料批数批)] ×30=分", 30, "10%", 27),
    ("质量得分=[ 1 - (进料不合格批 /总进料批数批)] × 40=分", 40, "5%", 38),
    ("得分=(1-批退率)×30", 30, "100%", 0),
])
def test_share_formula_on_the_percent_scale(text: str, w: int, typed: str, expected: int) -> None:
    r = read_rule_text(text, w)
    assert r.rule is not None and "%" in str(r.rule)
    assert r.rule.score(typed, w) == expected


@pytest.mark.parametrize("text", [
    "考核得分=(实际完成数÷目标数)×10",  # the row's target inside the share (test_r8's near miss)
    "考核得分=(1-未完成数÷目标任务数)×10",
])
def test_share_of_the_target_stays_refused(text: str) -> None:
    _not_read(text, 10)
