"""r53 (issue 11): the blind refusals of fresh67/fresh68 that the text settles (docs/notes/r53.md):

1. the rate × N said in words ("计算方法以比例值乘以8直接得分", fresh67 CB2-2/5/6/7): W × the value when N is the 分值,
   and a sentence that only says what the value is ("指…之比" / "指…的比重") is a note;
2. deductions down to 0: "(各项累计分扣完为止)" (CB4-1), a 、 between two failings that cost the same in a text that
   deducts down to 0 (CB11-1), "发现一级政府…" one level of government counted (CB11-6);
3. a bare negated failing name names its pass too ("以上指标,不达标不得分": 达标 / 不达标, CB1-1);
4. things listed before "(每项N分)" may hold 分 in a word ("充分") and a short bracket ("县(市)域"), "乙级以上资质" is a
   term, not a comparison (CB3-2);
5. worded levels with "若…得N分" and a level denied right after it ("有文件证明…得2分,无文件证明…不得分", fresh68 CC4-1).

Expected scores come from the sentences by hand (in the comments); each case has the corpus sentences, wordings written
here, and near misses that must be refused."""

from __future__ import annotations

from decimal import Decimal

import pytest

from jixiao.rules.chinese import read_rule_text
from tests.rules_chinese.corpus import judge
from tests.rules_chinese.test_r46 import (  # the corpus by id, a reading's score (asserting it read)
    _BY_ID,
    _score,
)
from tests.rules_chinese.test_r51 import _refused  # refused, and why in Chinese


@pytest.mark.parametrize("sid", ["CB2-2", "CB2-5", "CB2-6", "CB2-7", "CB4-1", "CB11-1", "CB11-6", "CB1-1", "CB3-2",
                                 "CC4-1"])
def test_corpus_sentences_read(sid: str) -> None:
    assert judge(_BY_ID[sid]) == ("read", "")


def test_cb2_4_stays_refused() -> None:
    # fresh67 CB2-4: ratio × 6 plus 2 for another fact — refused as labelled
    assert judge(_BY_ID["CB2-4"])[0] == "refused-ok"


# --- 1. ratio × N in words ------------------------------------------------------------------------------------------

def test_cb2_ratio_times_weight() -> None:
    # fresh67 CB2-2 (8): 8 × value: 90% → 7.2; 50% → 4
    t = _BY_ID["CB2-2"]["text"]
    assert [_score(t, 8, v) for v in ("100%", "90%", "50%", "0%")] == [8, Decimal("7.2"), 4, 0]
    # fresh67 CB2-7 (2): 2 × value: 95% → 1.9
    assert _score(_BY_ID["CB2-7"]["text"], 2, "95%") == Decimal("1.9")


@pytest.mark.parametrize(("text", "w", "value", "expected"), [
    # 10 × 60% = 6
    ("计算方法以比例值乘以10直接得分。", 10, "60%", 6),
    # 5 × 40% = 2
    ("计分方法:完成比例×5直接得分", 5, "40%", 2),
    # a definition first, then 4 × 75% = 3
    ("指参训人员中取得证书的人数与参训总人数之比。计算方法以比例值乘以4直接得分。", 4, "75%", 3),
    # without 直接: 8 × 80% = 6.4 (read as "=8: W" before r53)
    ("以比例值乘以8得分。", 8, "80%", Decimal("6.4")),
])
def test_ratio_times_weight_variants(text: str, w: float, value: str, expected: Decimal) -> None:
    assert _score(text, w, value) == expected


@pytest.mark.parametrize(("text", "w"), [
    ("计算方法以比例值乘以8直接得分。", 6),  # N is not the 分值: which holds?
    # a bonus for another fact beside the ratio: the most is not the 分值
    ("指参训人员中取得证书的人数与参训总人数之比。计算方法以比例值乘以4直接得分,全员取证的加1分。", 4),
])
def test_ratio_times_weight_near_misses_refused(text: str, w: float) -> None:
    _refused(text, w)


# --- 2. deductions down to 0 ----------------------------------------------------------------------------------------

def test_cb_deductions_down_to_zero() -> None:
    # fresh67 CB4-1 (10): two failings of 5: 1 → 5; 2 → 0
    t = _BY_ID["CB4-1"]["text"]
    assert [_score(t, 10, v) for v in ("0", "1", "2")] == [10, 5, 0]
    # fresh67 CB11-1 (3): 0.2 per failing: 5 → 2; 16 → 0 (floor)
    t = _BY_ID["CB11-1"]["text"]
    assert [_score(t, 3, v) for v in ("1", "5", "16")] == [Decimal("2.8"), 2, 0]
    # fresh67 CB11-6 (3): 0.2 per level of government: 3 → 2.4
    assert _score(_BY_ID["CB11-6"]["text"], 3, "3") == Decimal("2.4")


@pytest.mark.parametrize(("text", "w", "value", "expected"), [
    # 0.5 each: 3 failings → 2 - 1.5 = 0.5; 5 → 0 (floor)
    ("办公室少一个扣0.5分、制度不健全的扣0.5分,扣完为止。", 2, "3", Decimal("0.5")),
    ("办公室少一个扣0.5分、制度不健全的扣0.5分,扣完为止。", 2, "5", 0),
    # 0.5 per level of government: 2 → 1.5 - 1 = 0.5
    ("发现一级政府未按时上报扣0.5分,扣完为止。", 1.5, "2", Decimal("0.5")),
    # two failings of 3 on 6: 1 → 3; 2 → 0
    ("全部按要求提供得6分。未提供会议纪要的扣3分,未提供实施方案的扣3分。(各项累计分扣完为止)", 6, "1", 3),
    ("全部按要求提供得6分。未提供会议纪要的扣3分,未提供实施方案的扣3分。(各项累计分扣完为止)", 6, "2", 0),
])
def test_deductions_down_to_zero_variants(text: str, w: float, value: str, expected: Decimal) -> None:
    assert _score(text, w, value) == expected


@pytest.mark.parametrize(("text", "w"), [
    # two failings that cost differently: counted apart, one value cannot score them
    ("领导机构少一个扣0.2分、责任落实不明确的扣0.5分,扣完为止。", 3),
    ("全部按要求提供得10分。未提供资料的扣5分,未提出标准的扣3分。(各项累计分扣完为止)", 10),
])
def test_deductions_down_to_zero_near_misses_refused(text: str, w: float) -> None:
    _refused(text, w)


def test_listed_faults_keep_their_commas() -> None:
    # fresh N2-16 (labelled refuse) and fresh53 BN1-2: a 、 after a deduction without 扣完为止 is not rewritten
    assert judge(_BY_ID["N2-16"])[0] == "refused-ok"
    assert judge(_BY_ID["BN1-2"])[0] == "refused"


# --- 3. a negated failing names its pass ------------------------------------------------------------------------------

def test_cb1_1_pass_named() -> None:
    # fresh67 CB1-1 (50): 达标 → 50; 不达标 → 0
    t = _BY_ID["CB1-1"]["text"]
    assert [_score(t, 50, v) for v in ("达标", "不达标", "符合")] == [50, 0, 50]


@pytest.mark.parametrize(("text", "w", "value", "expected"), [
    ("2.落实年度工作计划。以上指标,不合格不得分。", 20, "合格", 20),
    ("2.落实年度工作计划。以上指标,不合格不得分。", 20, "不合格", 0),
    ("项目按期验收。未通过不得分。", 5, "通过", 5),
])
def test_pass_named_variants(text: str, w: float, value: str, expected: int) -> None:
    assert _score(text, w, value) == expected


def test_pass_named_near_miss_refused() -> None:
    # a failing with an object ("未完成年度任务") is compared with the row's target: refused as before
    _refused("未完成年度任务不得分", 5)


# --- 4. things listed before "(每项N分)" ------------------------------------------------------------------------------

def test_cb3_2_three_items() -> None:
    r = read_rule_text(_BY_ID["CB3-2"]["text"], 9)
    assert r.kind == "checklist" and r.max_points == 9 and [i.points for i in r.items] == [3, 3, 3]


def test_listed_items_variant() -> None:
    # three items of 2 = 6: 充分 in a word, a bracket, 甲级以上 a term
    r = read_rule_text("①制度健全,充分发挥作用;②有县(区)级台账;③由甲级以上资质单位编制。(每项2分)", 6)
    assert r.kind == "checklist" and r.max_points == 6 and len(r.items) == 3
    r = read_rule_text("①规划文本规范,图纸齐全;②有县域规划作为依据,充分结合地方条件;③专家评审。(每项3分)", 9)
    assert r.kind == "checklist" and r.max_points == 9


def test_listed_items_near_miss_refused() -> None:
    # two things of 3 are not the 9 of the row
    _refused("①规划文本规范;②有县(市)域规划。(每项3分)", 9)


# --- 5. worded levels with 若 and a level denied after it --------------------------------------------------------------

def test_cc4_1_levels() -> None:
    # fresh68 CC4-1 (2): 专职 with a document 2; only 兼职 1; no document / no 项目办 0
    t = _BY_ID["CC4-1"]["text"]
    assert [_score(t, 2, v) for v in ("有文件证明项目管理机构配备专职人员", "文件证明仅有兼职人员", "无文件证明",
                                      "未成立项目办", "无文件证明项目管理机构配备专职人员")] == [2, 1, 0, 0, 0]


@pytest.mark.parametrize(("text", "w", "value", "expected"), [
    ("有专人负责得3分,无专人负责不得分;若仅有兼职人员负责得1分;若未设岗位得0分。", 3, "仅有兼职人员负责", 1),
    ("有专人负责得3分,无专人负责不得分;若仅有兼职人员负责得1分;若未设岗位得0分。", 3, "无专人负责", 0),
    ("建立制度得3分,未建立制度不得分;若仅有草案得2分,无草案不得分。", 3, "仅有草案", 2),
    ("建立制度得3分,未建立制度不得分;若仅有草案得2分,无草案不得分。", 3, "建立制度", 3),
])
def test_denied_level_variants(text: str, w: float, value: str, expected: int) -> None:
    assert _score(text, w, value) == expected


def test_denied_level_near_miss_refused() -> None:
    # a lesser level worth more than the 分值: not levels falling from the 分值
    r = read_rule_text("有专人负责得3分,无专人负责不得分;若仅有兼职人员负责得4分。", 3)
    assert not r.ok


# --- 6. a base at a printed value moved both ways (basesteps, CC1-1) --------------------------------------------------

def test_cc1_1_base_both_ways() -> None:
    # fresh68 CC1-1 (100): 80 at 95%, ±1 per 0.25 point: 96% → 84; 94% → 76; 90% → 60; 75% → 0; 100% → 100
    t = _BY_ID["CC1-1"]["text"]
    assert judge(_BY_ID["CC1-1"]) == ("read", "")
    assert [_score(t, 100, v) for v in ("100%", "96%", "95%", "94%", "90%", "75%")] == [100, 84, 80, 76, 60, 0]


@pytest.mark.parametrize(("text", "w", "value", "expected"), [
    # 6 at 90%, ±0.5 per point, 10 reached at 90 + (10 − 6) ÷ 0.5 = 98%: 95% → 6 + 2.5 = 8.5; 88% → 6 − 1 = 5
    ("完成率90%,得基准分6分,每增(减)1个百分点,加(减)0.5分。", 10, "95%", Decimal("8.5")),
    ("完成率90%,得基准分6分,每增(减)1个百分点,加(减)0.5分。", 10, "88%", 5),
    ("完成率90%,得基准分6分,每增(减)1个百分点,加(减)0.5分。", 10, "100%", 10),
    # 繁体, 計畫達成率: 97% → 80 + 8 = 88; 94.5% → 80 − 2 = 78
    ("計畫達成率95%,得基準分80分,每增(減)0.25%,加(減)1.0分。", 100, "97%", 88),
    ("計畫達成率95%,得基準分80分,每增(減)0.25%,加(減)1.0分。", 100, "94.5%", 78),
])
def test_base_both_ways_variants(text: str, w: float, value: str, expected: Decimal) -> None:
    assert _score(text, w, value) == expected


@pytest.mark.parametrize("text", [
    "目标达成率95%,得基准分80分,每增加0.25%加1分。",  # below the base: not said
    "达到目标值得基准分80分,每增(减)0.25%,加(减)1分。",  # the base is the row's target, not printed
])
def test_base_both_ways_near_misses_refused(text: str) -> None:
    _refused(text, 100)
