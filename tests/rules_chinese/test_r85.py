"""r85 (issue 11): losses the red teams listed (r79, r78, r76) won back without a wrong score (docs/notes/r85.md).

1. r74's manner refusal named every later alternative without the first one's manner: "按期完成或提前完成的得5分,否则不得分"
   was refused though 提前 is a manner of its own — alternatives of one event's time (按时/按期/如期/准时/及时/提前) each
   carry their own (shortnames._WHEN_MANNER_RE); "及时上报或报备" (no manner on 报备) stays refused.
2. test_r44's reason: "按学校日常检查打分结果折算" was refused as a scoring clause no reading places (its 折算 looked like a
   share of a kind of day, guard._COUNTED_AS_SHARE_RE) — now with the other-evaluation reason (guard._describe).
3. r79's LOSS row "得分=完成率×30,最高不超过30分": the cap the 分值 is, written "最高不超过N分" (formulas._CAP_RE).

Hand scores in the comments come from the text, written before the reader ran.
"""

from __future__ import annotations

import pytest

from tests.rules_chinese.corpus import judge
from tests.rules_chinese.test_r46 import _BY_ID  # the corpus by id
from tests.rules_chinese.test_r51 import _refused  # a refusal, its why in Chinese
from tests.rules_chinese.test_r65 import _scores  # scores at values; never a refusal

# --- 1. alternatives of one event's time, each with its own manner ---------------------------------------------------


@pytest.mark.parametrize(("text", "w", "values", "expected"), [
    # r79-hostile LOSS row: done on time or early → 5; neither → 0 (否则)
    ("按期完成或提前完成的得5分,否则不得分", 5, ["提前完成", "按期完成", "未完成"], [5, 5, 0]),
    # the brief's: reported on time, or filed early → 5
    ("按时上报或提前报备的得5分,否则不得分", 5, ["提前报备", "按时上报", "未上报"], [5, 5, 0]),
    # variants (mine): 3 for either, 0 otherwise; 4 for either, 0 otherwise
    ("按时完成或提前完成得3分,否则不得分", 3, ["提前完成", "按时完成", "未完成"], [3, 3, 0]),
    ("如期竣工或提前竣工的得4分,否则不得分", 4, ["提前竣工", "如期竣工", "未竣工"], [4, 4, 0]),
    ("及时上报或提前报备的得2分,否则不得分", 2, ["提前报备", "及时上报", "未报"], [2, 2, 0]),
])
def test_each_alternative_with_its_own_time_manner(text: str, w: float, values: list[str], expected: list[int]) -> None:
    assert _scores(text, w, values) == expected


@pytest.mark.parametrize(("text", "w"), [
    # r74's: "报备" typed scores 5 ((及时上报)或(报备)) or 0 (及时(上报或报备), late) — stays refused
    ("及时上报或报备的得5分,否则不得分", 5),
    ("按时上报或报备的得5分,否则不得分", 5),  # the same with 按时
    ("按时提交或补报的得3分,否则不得分", 3),  # 补报 (a late report) carries no on-time manner: r74's near miss
    ("按期完成或延期完成的得5分,否则不得分", 5),  # 延期 is a failing, not a manner of the same event
    ("按规定上报或提前报备的得5分,否则不得分", 5),  # 按规定 is no time manner: does it reach 报备? not guessed
])
def test_a_later_alternative_without_its_own_time_manner_stays_refused(text: str, w: float) -> None:
    assert any("两种读法" in why for why in _refused(text, w))


# --- 2. a score taken from another evaluation names that reason ------------------------------------------------------


@pytest.mark.parametrize(("text", "w"), [
    ("班级常规管理.（8分）按学校日常检查打分结果折算。", 8),  # test_r44's sentence
    ("卫生管理（6分）按学期卫生评比打分结果折算。", 6),  # variants (mine): no number to score in the row
    ("纪律（5分）按年级考核评分结果折算", 5),
])
def test_score_from_another_evaluation_names_it(text: str, w: float) -> None:
    assert any("另一次评比或考核" in why for why in _refused(text, w))


def test_near_miss_a_kind_of_day_at_a_share_keeps_its_reason() -> None:
    # r79's: a sick day counted at half — a share the reading does not hold, refused as before (no other evaluation)
    why = _refused("请假每天扣0.5分,病假按一半计算", 10)
    assert not any("另一次评比或考核" in w for w in why)


# --- 3. a formula's cap written "最高不超过W分" -------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "w", "values", "expected"), [
    # r79-hostile LOSS row: 30 × 110% = 33 → capped at 30; 30 × 90% = 27; 30 × 50% = 15
    ("得分=完成率×30,最高不超过30分", 30, ["110%", "90%", "50%"], [30, 27, 15]),
    # variants (mine): 20 × 90% = 18; 30 × 80% = 24 with 不得超过 after a full stop
    ("得分=完成率×20,最多不超过20分", 20, ["120%", "90%"], [20, 18]),
    ("得分=完成率×30。最高不得超过30分", 30, ["101%", "80%"], [30, 24]),
])
def test_formula_capped_at_the_weight(text: str, w: float, values: list[str], expected: list[int]) -> None:
    assert _scores(text, w, values) == expected


@pytest.mark.parametrize(("text", "w"), [
    ("得分=完成率×30,最高不超过20分", 30),  # a cap below the 分值 (20 of 30): where is the rest? refused
    ("得分=完成率×30,最高不超过30分", 20),  # the formula's 30 is not the row's 20
    ("得分=完成率×30,最低不低于10分", 30),  # a floor, not a cap
])
def test_formula_cap_near_misses_refused(text: str, w: float) -> None:
    _refused(text, w)


# --- 4. "N次以内不扣分": no deduction within a band of times or days is the 分值 ---------------------------------------


@pytest.mark.parametrize(("text", "w", "values", "expected"), [
    # r79/r76's LOSS wording without its later bands: 0–2 late arrivals keep 10; 3 or more → 0
    ("迟到2次以内不扣分,3次以上不得分", 10, ["0", "2", "3"], [10, 10, 0]),
    # variants (mine): 以下 / 内 with Chinese numerals; a rate band; working days of a delay
    ("迟到2次以下不扣分,3次以上不得分", 10, ["1", "3"], [10, 0]),
    ("迟到两次内不扣分,三次及以上不得分", 10, ["2", "3"], [10, 0]),
    ("误差率5%以内不扣分,超过5%不得分", 10, ["3%", "5%", "6%"], [10, 10, 0]),
    ("逾期5个工作日以内不扣分,超过5个工作日不得分", 10, ["3", "6"], [10, 0]),
    # r79-hostile LOSS row (edgebands, "(含)" after 以内 now says the band holds day 1): 0–1 day → 20; 2 → 20 − 10 = 10;
    # 3 (以内 and 以上 both hold it, said by neither: the higher band, r74's policy) → 10; 4 → 0
    ("请假1天以内(含)不扣分;请假1天以上3天以内扣10分;请假3天以上不得分", 20, ["0", "1", "2", "3", "4"], [20, 20, 10, 10, 0]),
    # r74's edgebands sentence still read after the synonym (its 不扣分 arrives as 得满分): 1 → 20; 2, 3 → 10; 4 → 0
    ("迟到1次以内不扣分;迟到1次以上3次以内扣10分(包括3次);迟到3次以上不得分", 20, ["1", "2", "3", "4"], [20, 10, 10, 0]),
    # the step path (fresh48 BI1-6's shape) unchanged: 17 % is 2 points over 15 % → 10 − 2 = 8
    ("上浮15%以内不扣分,此后每增加1%,扣1分", 10, ["10%", "17%"], [10, 8]),
])
def test_no_deduction_within_a_band(text: str, w: float, values: list[str], expected: list[int]) -> None:
    assert _scores(text, w, values) == expected


@pytest.mark.parametrize("sid", ["CL6-1", "CL6-2"])  # countseries / edgebands: their 不扣分 now arrives as 得满分
def test_corpus_bands_of_no_deduction_still_read(sid: str) -> None:
    assert judge(_BY_ID[sid]) == ("read", "")


@pytest.mark.parametrize(("text", "w"), [
    # another score to start from: 不扣分 keeps 3, not the 分值 10 — not rewritten (and not read)
    ("基础分3分,迟到2次以内不扣分,3次以上不得分", 10),
    # both bands claim day 1 ("以内(含)" and "以上(含)"): 20 or 10 — r74's edge refusal
    ("请假1天以内(含)不扣分;请假1天以上(含)3天以内扣10分;请假3天以上不得分", 20),
])
def test_no_deduction_band_near_misses_stay_refused(text: str, w: float) -> None:
    _refused(text, w)


# --- 5. a lone failing that deducts the whole 分值 ("发生安全事故的扣5分" on 5) -------------------------------------------


@pytest.mark.parametrize(("text", "w", "values", "expected"), [
    # r79-hostile LOSS row: no accident ("符合") → 5; an accident → 5 − 5 = 0 (on 10 the same text reads 10 / 5)
    ("发生安全事故(如火灾、溺水等)的扣5分", 5, ["符合", "发生安全事故"], [5, 0]),
    # variants (mine): a mishap with 出现; a breach; a deduction above the 分值 (扣6 of 4 → 0)
    ("信息报送出现差错的扣2分", 2, ["符合", "信息报送出现差错"], [2, 0]),
    ("违规使用资金的扣10分", 10, ["符合", "违规使用资金"], [10, 0]),
    ("发生安全事故的扣6分", 6, ["符合", "发生安全事故"], [6, 0]),
])
def test_lone_failing_taking_the_weight(text: str, w: float, values: list[str], expected: list[int]) -> None:
    assert _scores(text, w, values) == expected


@pytest.mark.parametrize(("text", "w"), [
    ("按时完成的扣5分", 5),  # no failing word: a slip — refused as before
    ("发生3次安全事故的扣5分", 5),  # a count in the case: 1 or 2 accidents? not this reading
    ("发生安全事故的扣5分,最多扣3分", 5),  # a cap of 3 beside a deduction of 5: 2 or 0? refused
])
def test_lone_failing_near_misses_refused(text: str, w: float) -> None:
    _refused(text, w)


# --- 6. the weak end of two rungs scored as its neighbour after a deduction -----------------------------------------


@pytest.mark.parametrize(("text", "w"), [
    # hostile (mine): 扣1分 from the 分值 (3 → 2, as 10 % scores) or from the rung above (2 → 1)? read <10%: 2 before
    ("达到10%得2分;达到15%以上得3分;低于10%扣1分", 3),
    ("达到10%得2分;达到15%以上得4分;低于10%扣2分", 4),  # 4 − 2 = 2 (as 10 %) or 2 − 2 = 0
])
def test_weak_end_as_its_neighbour_after_a_deduction_refused(text: str, w: float) -> None:
    _refused(text, w)


@pytest.mark.parametrize(("text", "w", "values", "expected"), [
    # printed points alike, no deduction: below 10 % → 2, 10 % → 2, 15 % → 3
    ("低于10%得2分,达到10%得2分;达到15%以上得3分", 3, ["5%", "10%", "15%"], [2, 2, 3]),
    # r79's ladder with 不得分 below: 4 % → 0; 5 % → 1
    ("达到5%得1分;达到10%得2分;达到15%以上得3分;低于5%不得分", 3, ["4%", "5%"], [0, 1]),
])
def test_weak_end_printed_points_still_read(text: str, w: float, values: list[str], expected: list[int]) -> None:
    assert _scores(text, w, values) == expected
