"""r78 (issue 11): the reader leftovers of session 41 (docs/notes/r78.md).

1. money beside the points ("扣出勤奖金10元", "并处罚款50元"): a note that names it (normalise.money_sanctions); a clause
   after the last deduction of a levels reading is named or refused, never dropped (assemble._after_the_levels);
2. "一次扣a分,累计N次及以上不得分" without its lead sentence: per time down to the band, not "exactly once" with a gap
   (countlevels._per_time_to_a_floor);
3. "出现差错" / "出现安全事故": a mishap that happened is a failing (lexicon.FAILED_EVENT), read as "发生…事故" is;
4. "高于80%按照比例计算得分" inside a band already at full marks: refused, saying the base is not printed; bands on "规定数的N%"
   say the value is the share (normalise.SHARE_OF_REQUIRED_NOTE);
5. days of absence per day down to a band of the same days ("缺勤每天扣2分,缺勤超过5天不得分", r76's losses —
   assemble._absence_days_band).

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

MONEY = "另扣的奖金、工资或罚款是钱，不是得分（不参与计分）"


@pytest.mark.parametrize("sid", ["CM3-1", "CM3-2", "CM6-2", "CL3-5", "Q9-2", "AB7-6"])
def test_corpus_sentences_read(sid: str) -> None:
    assert judge(_BY_ID[sid]) == ("read", "")


@pytest.mark.parametrize("sid", ["CL3-4", "CL2-1", "CM8-1", "X18-1", "AU5-2", "AU5-3", "AX2-1"])
def test_corpus_refusals_stay(sid: str) -> None:
    assert judge(_BY_ID[sid])[0] in ("refused", "refused-ok")
    assert read_rule_text(_BY_ID[sid]["text"], _BY_ID[sid]["w"]).rule is None


# --- 1. money beside the points -------------------------------------------------------------------------------------

@pytest.mark.parametrize(("sid", "money"), [("CM3-1", "扣出勤奖金10元"), ("CM3-2", "扣出勤奖金20元")])
def test_corpus_money_is_named(sid: str, money: str) -> None:
    r = read_rule_text(_BY_ID[sid]["text"], 100)
    assert f"{MONEY}：{money}" in r.understood


@pytest.mark.parametrize(("text", "w", "expected", "money"), [
    # fresh79 CM3-1 (100): a late arrival costs 1 point → 99 (the 10 元 is money)
    (_BY_ID["CM3-1"]["text"], 100, {"符合": 100, "迟到": 99}, "扣出勤奖金10元"),
    # variant: the levels path, a bonus withheld: 迟到 → 10 − 1 = 9
    ("迟到的,扣1分,扣奖金10元", 10, {"符合": 10, "迟到": 9}, "扣奖金10元"),
    # variant: per time, a fine: 3 late → 10 − 3 = 7
    ("每迟到一次扣1分,并处罚款50元", 10, {"0": 10, "3": 7}, "处罚款50元"),
    # variant: per time, pay withheld (this was refused before: "扣分语句后有未能识别的内容"): 2 → 8
    ("每迟到一次扣1分,扣发当月绩效工资100元", 10, {"0": 10, "2": 8}, "扣发当月绩效工资100元"),
    # variant: the amount before 罚款: 旷工 → 20 − 5 = 15
    ("旷工的扣5分,处200元罚款", 20, {"符合": 20, "旷工": 15}, "处200元罚款"),
])
def test_money_beside_points(text: str, w: float, expected: dict[str, float], money: str) -> None:
    _scores(text, w, expected)
    assert f"{MONEY}：{money}" in read_rule_text(text, w).understood


@pytest.mark.parametrize("text", [
    "迟到的扣1分,扣10元",  # 10 元 from what? (no bonus, pay or fine named)
    "迟到一次扣10元",  # money only: no points at all
    "迟到的扣1分,情节严重的",  # a condition with no outcome after the levels: never dropped
])
def test_money_near_misses(text: str) -> None:
    _not_read(text, 10)


def test_a_clause_after_the_levels_is_named() -> None:
    # "迟到的扣1分,通报本单位" (10): 迟到 → 9; the 通报 is named as a note (it was dropped without a word)
    _scores("迟到的扣1分,通报本单位", 10, {"符合": 10, "迟到": 9})
    assert "说明（不参与计分）：通报本单位" in read_rule_text("迟到的扣1分,通报本单位", 10).understood


def test_the_failing_that_withholds_money_stays_a_failing() -> None:
    # "扣发、缓发、挪用救助金,发现一例扣2分" (10): withholding relief money is the lapse counted — 2 cases → 6
    _scores("扣发、缓发、挪用救助金,发现一例扣2分。", 10, {"0": 10, "2": 6})


# --- 2. one time's deduction to a band ------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "w", "expected"), [
    # fresh79 CM6-2 without its lead sentence (5): n ≤ 2 → 5 − 2n; n ≥ 3 → 0: 0 → 5, 1 → 3, 2 → 1, 3 → 0, 4 → 0
    ("无故缺勤一次扣2分,累计3次及以上该项不得分", 5, {"0": 5, "1": 3, "2": 1, "3": 0, "4": 0}),
    # variant (10): 2 late → 6; 3 → 0 (the band)
    ("迟到一次扣2分,累计3次及以上不得分", 10, {"0": 10, "2": 6, "3": 0}),
    # variant (12): 1 → 9, 3 → 3, 4 → 0 (累计达4次)
    ("缺席会议1次扣3分,累计达4次以上不得分", 12, {"0": 12, "1": 9, "3": 3, "4": 0}),
])
def test_per_time_to_the_band(text: str, w: float, expected: dict[str, float]) -> None:
    _scores(text, w, expected)


def test_per_time_near_misses() -> None:
    # no 累计: the printed counts stand (2 is a rule gap, as printed)
    r = read_rule_text("有1项不达标扣2分,3项及以上不达标不得分", 5)
    assert r.canonical == "=0: W; =1: 3; >=3: 0"
    # the deductions run past 0 before the band (6 − 4 × 2 < 0): refused, as r77 left it
    _not_read("缺席一次扣4分,累计3次及以上不得分", 6)


# --- 3. a mishap that happened --------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "w", "expected"), [
    # r77's find (10): an error in the reports costs 1 → 9
    ("信息报送出现差错的扣1分", 10, {"符合": 10, "信息报送出现差错": 9}),
    # variant (10): 出现 + 事故, as 发生安全事故 already read → 7
    ("出现安全事故的扣3分", 10, {"符合": 10, "出现安全事故": 7}),
    # variant (5): a full level, the mishap 4, not reporting 0
    ("按时报送信息得5分,报送信息出现差错的扣1分,未报送不得分", 5,
     {"按时报送信息": 5, "报送信息出现差错": 4, "未报送": 0}),
])
def test_mishaps(text: str, w: float, expected: dict[str, float]) -> None:
    _scores(text, w, expected)


@pytest.mark.parametrize("text", [
    "出现问题的扣1分",  # which problems? a bare 问题 is no mishap
    "出现3次差错的扣1分",  # a count between: 3 or more, or exactly 3?
    "出现多次差错的扣1分",  # how many is 多次?
    "发现差错的扣1分",  # 发现 counts findings (fresh3 F1-1): per finding or once?
])
def test_mishap_near_misses(text: str) -> None:
    _not_read(text, 10)


# --- 4. 按比例 with no base; the share of a 规定数 -------------------------------------------------------------------

def test_proportion_without_a_base_says_so() -> None:
    r = read_rule_text(_BY_ID["CL3-4"]["text"], 20)
    assert r.rule is None and any("没有写明基数" in u for u in r.understood)


def test_proportion_below_full_marks_reads_as_before() -> None:
    # (a near miss of the refusal above: "≥50%按比例" below a full 100 % band is read — 80 % → 8 of 10, 40 % → 0)
    _scores("完成率达到100%的得满分,完成率≥50%的按比例得分,低于50%的不得分。", 10, {"100%": 10, "80%": 8, "40%": 0})


@pytest.mark.parametrize("sid", ["Q9-2", "AB7-6"])
def test_share_of_the_required_count_says_what_to_type(sid: str) -> None:
    r = read_rule_text(_BY_ID[sid]["text"], _BY_ID[sid]["w"])
    assert any(u.startswith("业绩值填达到规定数的比例") for u in r.understood)


# --- 5. days of absence to a band -----------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "w", "expected"), [
    # r76's losses: 20 − 2d, more than 5 days → 0: 0 → 20, 3 → 14, 5 → 10, 6 → 0
    ("缺勤每天扣2分,缺勤超过5天不得分", 20, {"0": 20, "3": 14, "5": 10, "6": 0}),
    # 100 − 10d, 3 days → 0: 1 → 90, 2 → 80, 3 → 0
    ("旷工每天扣10分,满3天不得分", 100, {"1": 90, "2": 80, "3": 0}),
    # 100 − 2d, more than 10 days → 0: 5 → 90, 10 → 80, 11 → 0
    ("请假每天扣2分,请假超过10天不得分", 100, {"5": 90, "10": 80, "11": 0}),
])
def test_absence_days_to_a_band(text: str, w: float, expected: dict[str, float]) -> None:
    _scores(text, w, expected)


@pytest.mark.parametrize(("text", "w"), [
    ("请假每天扣2分,病假超过10天不得分", 100),  # all leave counted, sick days banded: two counts
    ("旷工每天扣4分,旷工满5天不得分", 10),  # 4 days already run past 0 (10 − 16): the band is no floor (as r77)
])
def test_absence_days_near_misses(text: str, w: float) -> None:
    _not_read(text, w)


# --- 6. more of r76's losses: 每天 before the absence, "(…除外)", a 0 floor below implied steps, "按0分计" ----------------

@pytest.mark.parametrize(("text", "w", "expected"), [
    # "每天旷工扣10分" (100): 0 → 100, 2 → 80
    ("每天旷工扣10分", 100, {"0": 100, "2": 80}),
    # variant: a subject first (100): 3 days → 70
    ("村干部每天旷工扣10分", 100, {"0": 100, "3": 70}),
    # "(因公外出除外)" says which days are not counted (20): 3 → 14
    ("缺勤每天扣2分(因公外出除外)", 20, {"0": 20, "3": 14}),
    # variant: per late report, holidays not counted (10): 4 → 8
    ("每迟报一次扣0.5分(节假日除外)", 10, {"0": 10, "4": 8}),
    # the steps start from the 分值 at 95 %, 0 below 90 % (10): 95 % → 10, 92 % → 10 − 2 × 3 = 4, 90 % → 0, 89 % → 0
    ("合格率低于95%的,每1%扣2分,低于90%不得分", 10, {"95%": 10, "92%": 4, "90%": 0, "89%": 0}),
    # "按0分计" is 不得分; from 100 % (20): 96 % → 20 − 8 = 12, 91 % → 2, 89 % → 0
    # (r76's TSV wrote 4 for 92 % on 10 — 10 − 2 × 8 < 0: 0; on 20 the band is the floor it prints)
    ("低于100%每1%扣2分,低于90%的按0分计", 20, {"100%": 20, "96%": 12, "91%": 2, "89%": 0}),
])
def test_more_r76_losses(text: str, w: float, expected: dict[str, float]) -> None:
    _scores(text, w, expected)


@pytest.mark.parametrize(("text", "w"), [
    ("每天值班扣2分", 100),  # 每天 before no absence word: daily — what is counted?
    ("请假每天扣2分(病假除外,事假照扣)", 100),  # two kinds of leave in the bracket: not one exception
    ("未建立台账扣2分(特殊情况除外)", 10),  # no count: which special cases? (a flat deduction, no per-time)
    ("合格率低于95%的,每1%扣2分,低于96%不得分", 10),  # the 0 band reaches above the threshold: no floor
    ("合格率低于95%的,每1%扣2分,低于90%得1分", 10),  # a band with points below: not a floor
])
def test_more_r76_near_misses(text: str, w: float) -> None:
    _not_read(text, w)
