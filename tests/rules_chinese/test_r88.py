"""r88 (issue 11): losses r85 and r86 listed, won back without a wrong score (docs/notes/r88.md).

1. a sanction beside the points (r86-hostile LOSS rows): "…,累计3次及以上取消评优资格" after a per-time deduction, "…扣分超过
   5分的取消评优" (on the points deducted), "不得分并通报批评", "(扣款50元)" — notes; the points as printed
   (normalise.honour_sanctions, the 通报批评 note pattern). An honour withdrawn as the ONLY consequence of a band with no
   per-time deduction stays refused.
2. "迟到一次扣1分,两次扣2分,以此类推": the printed counts deduct exactly k × N — 每次扣N分 (normalise._COUNTED_SERIES_RE).
3. r85's leftovers: a time limit at the 分值 and a deduction per unit beyond (printedstart.read_printed_limit);
   "超额部分不加分" with a rule whose top is the 分值 (normalise.NO_BONUS_NOTE, checked in reader.read_rule_text);
   "做到以下3点,每点得2分" (以下 = "the following", normalise._following_count → perunit's 共K项,每项N分).
4. r84's doubt: items that are one thing at two tiers ("省级媒体报道6分,市级媒体报道4分") are refused as RANK_RE's ranks
   are (lexicon.tiers_of_one, guard.refuse_grades_as_items) unless "可累加" is printed.

Hand scores in the comments come from the text, written before the reader ran.
"""

from __future__ import annotations

import pytest

from jixiao.rules.chinese import read_rule_text
from tests.rules_chinese.test_r51 import _refused  # a refusal, its why in Chinese
from tests.rules_chinese.test_r65 import _scores  # scores at values; never a refusal

# --- 1. a sanction beside the points --------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "w", "values", "expected"), [
    # r86-hostile LOSS row (line 112): 2 per absence; the honour is withdrawn beside it: 0 → 10, 1 → 8, 3 → 4, 5 → 0
    ("无故缺勤一次扣2分,累计3次及以上取消评优资格", 10, ["0", "1", "3", "5"], [10, 8, 4, 0]),
    # variants (mine): 1 per late arrival: 0 → 10, 5 → 5, 12 → 0 (floor)
    ("迟到每次扣1分,全年累计5次以上取消年度评优评先资格", 10, ["0", "5", "12"], [10, 5, 0]),
    # 5 per day absent on 20: 1 → 15, 3 → 5, 4 → 0
    ("旷工1天扣5分,累计3天以上取消评优资格", 20, ["1", "3", "4"], [15, 5, 0]),
    # r86-hostile LOSS row (line 115): 2 → 6, 3 → 0 (the band's 不得分; 通报批评 beside it)
    ("无故缺勤一次扣2分,累计3次及以上该项不得分并通报批评", 10, ["2", "3"], [6, 0]),
    # variant (mine): 4 → 6, 5 → 0
    ("迟到一次扣1分,累计5次以上不得分并予以通报批评", 10, ["4", "5"], [6, 0]),
    # r86-hostile LOSS row (line 197): money in a bracket, 0 → 10, 2 → 8
    ("迟到一次扣1分(扣款50元)", 10, ["0", "2"], [10, 8]),
    # variant (mine): 1 → 15, 4 → 0
    ("旷工一天扣5分(罚款200元)", 20, ["1", "4"], [15, 0]),
    # r86-hostile LOSS row (line 207): on the points deducted — the one failing deducts 2: 10 / 8
    ("未按时上报扣2分。年度内累计扣分超过5分的取消评优", 10, ["符合", "未按时上报"], [10, 8]),
    # variant (mine): the same with a comma and 达到6分
    ("未按时上报扣2分,全年累计扣分达到6分的取消年度评优资格", 10, ["符合", "未按时上报"], [10, 8]),
])
def test_a_sanction_beside_the_points_is_a_note(text: str, w: float, values: list[str], expected: list[int]) -> None:
    assert _scores(text, w, values) == expected


def test_the_sanction_is_named() -> None:
    r = read_rule_text("无故缺勤一次扣2分,累计3次及以上取消评优资格", 10)
    assert any("取消评优资格" in u and "不参与计分" in u for u in r.understood)
    r = read_rule_text("迟到一次扣1分(扣款50元)", 10)
    assert any("扣款50元" in u for u in r.understood)


@pytest.mark.parametrize(("text", "w"), [
    ("出勤率100%得10分,累计缺勤3次以上取消评优资格", 10),  # no per-time deduction: the band has no score
    ("考核不合格的取消评优资格", 10),  # the honour is the only consequence
    ("迟到一次扣1分,早退累计3次以上不得分并通报批评", 10),  # two things counted (r86's other_count_refusal)
    ("迟到一次扣1分(扣50元)", 10),  # 扣50元 from what? not money named
    ("未按时上报扣2分,累计扣分超过5分的不得分", 10),  # a veto on the points deducted: no sanction, a score
])
def test_sanction_near_misses_stay_refused(text: str, w: float) -> None:
    _refused(text, w)


# --- 2. a printed series of counts, then 以此类推 ------------------------------------------------------------------


@pytest.mark.parametrize(("text", "w", "values", "expected"), [
    # r86-hostile LOSS row (line 268): 1 per late arrival: 0 → 10, 3 → 7, 12 → 0
    ("迟到一次扣1分,两次扣2分,以此类推", 10, ["0", "3", "12"], [10, 7, 0]),
    # variants (mine): 2 per absence, three counts printed: 4 → 2; 0.5 per late arrival on 5: 3 → 3.5
    ("缺勤一次扣2分,两次扣4分,三次扣6分,依此类推", 10, ["4"], [2]),
    ("上班迟到,一次扣0.5分,二次扣1分,依次类推", 5, ["3"], [3.5]),
])
def test_counts_priced_k_times_n_then_so_on(text: str, w: float, values: list[str], expected: list[float]) -> None:
    assert _scores(text, w, values) == expected


@pytest.mark.parametrize(("text", "w"), [
    ("迟到一次扣1分,两次扣3分,以此类推", 10),  # 1, 3, …: +2 each time or doubling? not one way
    ("迟到一次扣1分,早退两次扣2分,以此类推", 10),  # two things counted
    ("第一次扣1分,第二次扣2分,以此类推", 10),  # each time's own price (1 + 2 after two), not k × N
])
def test_series_near_misses_stay_refused(text: str, w: float) -> None:
    _refused(text, w)


# --- 3. r85's leftovers --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "w", "values", "expected"), [
    # r85's (r79's) sentence: full within 2 hours, 1 per hour beyond: 1 → 10, 2 → 10, 3 → 9, 4.5 → 7.5, 20 → 0
    ("故障响应时间2小时得满分,每延长1小时扣1分", 10, ["1", "2", "3", "4.5", "20"], [10, 10, 9, 7.5, 0]),
    # variants (mine): 10 → 5, 12 → 5 − 2 × 0.5 = 4; 3 → 10, 6 → 10 − 2 × 2 = 6, 9 → 0
    ("办结时限10个工作日以内得满分,每超过1个工作日扣0.5分", 5, ["10", "12"], [5, 4]),
    ("维修到场时间4小时内得满分,每超过1小时扣2分", 10, ["3", "6", "9"], [10, 6, 0]),
])
def test_a_time_limit_then_steps_beyond(text: str, w: float, values: list[str], expected: list[float]) -> None:
    assert _scores(text, w, values) == expected


@pytest.mark.parametrize(("text", "w"), [
    ("故障响应时间2小时得满分,每延长1天扣1分", 10),  # hours, then days
    ("响应时间2小时得3分,每延长1小时扣1分", 10),  # the limit scores 3 of 10: what between?
    ("计划工期10天得满分,每延长1天扣1分", 10),  # the limit is a plan (another number)
    ("故障响应时间2小时得满分,每延长2小时扣1分", 10),  # a step of 2: how a part counts is not said
])
def test_time_limit_near_misses_stay_refused(text: str, w: float) -> None:
    _refused(text, w)


@pytest.mark.parametrize(("text", "w", "values", "expected"), [
    # r85's sentence on 5: 95 % → 5 (不加分), 90 % → 5, 88 % → 5 − 2 × 0.5 = 4
    ("完成率90%得5分,每少1%扣0.5分,超额部分不加分", 5, ["95%", "90%", "88%"], [5, 5, 4]),
    # variant (mine): 100 % → 10, 93 % → 10 − 2 = 8
    ("完成率95%以上得满分,每降低1个百分点扣1分,超额完成不加分", 10, ["100%", "93%"], [10, 8]),
])
def test_no_bonus_beyond_with_the_top_at_the_weight(text: str, w: float, values: list[str], expected: list[int]) -> None:
    assert _scores(text, w, values) == expected


@pytest.mark.parametrize(("text", "w"), [
    ("完成率90%得5分,每少1%扣0.5分,超额部分不加分", 10),  # the top (5) is not the 分值 (10)
    ("完成率90%得3分,每超1%加0.5分,超额部分不加分", 5),  # a bonus step: 不加分 against it
])
def test_no_bonus_near_misses_stay_refused(text: str, w: float) -> None:
    _refused(text, w)


@pytest.mark.parametrize(("text", "w", "values", "expected"), [
    # r85's sentence: 3 × 2 = 6: 3 done → 6, 2 → 4, 0 → 0
    ("做到以下3点,每点得2分", 6, ["3", "2", "0"], [6, 4, 0]),
    # variants (mine): 4 × 1.5 = 6: 3 → 4.5; 5 × 2 = 10: 4 → 8
    ("落实以下4项要求,每项得1.5分", 6, ["3"], [4.5]),
    ("达到以下5条标准,每条得2分", 10, ["4"], [8]),
])
def test_the_following_k_points(text: str, w: float, values: list[str], expected: list[float]) -> None:
    assert _scores(text, w, values) == expected


@pytest.mark.parametrize(("text", "w"), [
    ("做到以下3点,每点得2分", 5),  # 3 × 2 = 6 ≠ 5
    ("完成3点以下,每点得2分", 6),  # "3 or fewer", not "the following 3"
    ("做到以下3点,每项得2分", 6),  # 每项 after 3点: another word counted
])
def test_the_following_near_misses_stay_refused(text: str, w: float) -> None:
    _refused(text, w)


# --- 4. one thing at two tiers is no pair of items ------------------------------------------------------------------


@pytest.mark.parametrize(("text", "w"), [
    ("省级媒体报道6分,市级媒体报道4分", 10),  # r84's doubt (session 43): 6 + 4 or the higher only?
    ("获国家级表彰5分,获省级表彰3分,获市级表彰2分", 10),  # variant (mine)
    ("在省级刊物发表4分;在市级刊物发表2分", 6),  # variant (mine)
])
def test_one_thing_at_tiers_is_refused(text: str, w: float) -> None:
    assert any("不同等级或名次" in why for why in _refused(text, w))


@pytest.mark.parametrize(("text", "w", "total"), [
    ("省级媒体报道6分,市级媒体报道4分,可累加", 10, 10),  # the text says they add up
    ("省级示范点建设6分,台账资料4分", 10, 10),  # one tier word, two things
    ("制度健全得6分,执行有效得4分", 10, 10),  # no tier at all
])
def test_items_not_tiers_of_one_thing_stay_read(text: str, w: float, total: int) -> None:
    r = read_rule_text(text, w)
    assert r.kind == "checklist", (r.kind, r.understood)
    assert sum(i.points for i in r.items) == total
