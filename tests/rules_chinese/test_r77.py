"""r77 (issue 11): the blind refusals of fresh79/fresh80 whose text settles the score (docs/notes/r77.md).

1. examples in brackets "(如…)": a comma inside lists one more example (normalise._EXAMPLE_BRACKET_RE), and an example
   bracket inside another bracket is taken out as a note (repairs._nested_examples);
2. several failings worth 0 ("A,不得分;B的,不得分"): a later clause may name its failing anywhere, as a lone clause does
   (failures._several_failings with _FAIL_ANY);
3. a sanction beside the points ("并视情节轻重给予相应纪律处分"): no score, a note (normalise._NOTE_PATTERNS);
4. a count band worth 0 where the per-time deductions run out ("一次扣2分,累计3次及以上该项不得分" on 5): the floor, not a
   count of things done (assemble._done_count_reading);
5. "Y的,加倍扣分" after one fixed deduction: the failing Y at twice its points (normalise._DOUBLED_RE);
6. clock times ("8点30分" → 8:30, its 分 minutes), "量化扣分1分" → 扣1分 (repairs._clock_times,
   repairs._points_after_score_word) and a failing named by 视为 ("视为迟到" is also the level "迟到", assemble._flat_levels);
7. a failing clause before the failing that loses the whole row ("村两委未开展…或工作责任不实, 不能有效记录…的扣10分" on 10):
   both are failings worth 0, never a requirement (failures._requirement_then_fail).

Expected scores come from the sentences by hand (in the comments)."""

from __future__ import annotations

import pytest

from tests.rules_chinese.corpus import judge
from tests.rules_chinese.test_r46 import _BY_ID  # the corpus by id
from tests.rules_chinese.test_r62 import (  # a reading's scores; refused (or manual), said why
    _not_read,
    _scores,
)


@pytest.mark.parametrize("sid", ["CM1-1", "CN3-1", "CM10-1", "CN2-2", "CM6-2", "CM6-1", "CM7-1", "CM3-1", "CM3-2"])
def test_corpus_sentences_read(sid: str) -> None:
    assert judge(_BY_ID[sid]) == ("read", "")


@pytest.mark.parametrize("sid", ["CM7-3", "CN2-1", "CN3-3", "CN3-4"])
def test_corpus_refusals_stay(sid: str) -> None:
    assert judge(_BY_ID[sid]) == ("refused-ok", "")


# --- 1. examples in brackets ----------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "w", "expected"), [
    # fresh80 CN3-1 (2): both lapses 0.5 each, one count: 0 → 2, 1 → 1.5, 4 → 0
    (_BY_ID["CN3-1"]["text"], 2, {"0": 2, "1": 1.5, "4": 0}),
    # variant: a comma inside "(例如…)" not inside another bracket, 1 per time on 5: 2 → 3, 5 → 0
    ("上课时做与教学无关的事(例如看手机,聊天等),每次扣1分", 5, {"0": 5, "2": 3, "5": 0}),
    # variant: the whole rule in brackets, the examples nested, both lapses 1 each on 4: 1 → 3, 3 → 1
    ("(迟到早退一次扣1分,做与工作无关的事(如看手机、聊天,吃零食等)一次扣1分)", 4, {"0": 4, "1": 3, "3": 1}),
])
def test_example_brackets(text: str, w: float, expected: dict[str, float]) -> None:
    _scores(text, w, expected)


@pytest.mark.parametrize("text", [
    "(上课时做与教学无关的事(例如看手机2次),每次扣1分)",  # a number inside the examples: no example bracket
    "(不在门口迎接一次扣0.5分,做其他事(如吃早餐、备课等)一次扣1分)",  # two prices: one count cannot score them
])
def test_example_bracket_near_misses(text: str) -> None:
    _not_read(text, 4)


# --- 2. several failings worth 0 ------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "w", "expected"), [
    # fresh79 CM10-1 (4): either lapse → 0, none → 4
    (_BY_ID["CM10-1"]["text"], 4, {"符合": 4, "未能按时按规定完成换届选举工作": 0, "换届选举中出现因组织不当造成失误": 0}),
    # variants: 存在…问题 after a subject (3); 不当 after a subject (2)
    ("未按期召开会议的,不得分;会议记录中存在弄虚作假问题的,不得分。", 3,
     {"符合": 3, "未按期召开会议": 0, "会议记录中存在弄虚作假问题": 0}),
    ("未建立制度,不得分;台账管理不当的,不得分", 2, {"符合": 2, "未建立制度": 0, "台账管理不当": 0}),
])
def test_several_failings(text: str, w: float, expected: dict[str, float]) -> None:
    _scores(text, w, expected)


def test_several_failings_near_miss() -> None:
    _not_read("未建立制度,不得分;全年工作开展良好的,不得分。", 4)  # the second clause names no failing


# --- 3. a sanction beside the points --------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "w", "expected"), [
    # fresh80 CN2-2 (10): 5 per day absent: 0 → 10, 1 → 5, 2 → 0
    (_BY_ID["CN2-2"]["text"], 10, {"0": 10, "1": 5, "2": 0}),
    # variants: 2 per time on 10 (3 → 4); 1 per time on 5 (2 → 3), the sanction for the serious cases
    ("擅自离岗一次扣2分,视情节轻重给予批评教育。", 10, {"0": 10, "1": 8, "3": 4}),
    ("迟到一次扣1分,情节严重的视情节轻重给予处分", 5, {"0": 5, "2": 3}),
])
def test_sanction_beside_points(text: str, w: float, expected: dict[str, float]) -> None:
    _scores(text, w, expected)


@pytest.mark.parametrize("text", [
    "擅自离岗一次扣2分,并视情节轻重给予扣分",  # 视情节轻重 weighs points: the judge's
    "擅自离岗一次扣2分,并视情节轻重扣1-3分",
])
def test_sanction_near_misses(text: str) -> None:
    _not_read(text, 10)


# --- 4. a count band at the floor -----------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "w", "expected"), [
    # fresh79 CM6-2 (5): 5 − 2n below 3, 0 from 3: 0 → 5, 1 → 3, 2 → 1, 3 → 0, 4 → 0
    (_BY_ID["CM6-2"]["text"], 5, {"0": 5, "1": 3, "2": 1, "3": 0, "4": 0}),
    # variants on 6, 2 per time: band at 3 (2 → 2, 3 → 0); band at 4 (3 → 6 − 6 = 0, 4 → 0)
    ("按时参加例会,无缺席,得6分。缺席一次扣2分,累计3次及以上该项不得分。", 6, {"0": 6, "1": 4, "2": 2, "3": 0, "5": 0}),
    ("按时参加例会,无缺席,得6分。缺席一次扣2分,累计4次及以上该项不得分。", 6, {"0": 6, "2": 2, "3": 0, "4": 0}),
])
def test_band_at_floor(text: str, w: float, expected: dict[str, float]) -> None:
    _scores(text, w, expected)


def test_band_at_floor_near_miss() -> None:
    # 4 per time on 6: at 2 the steps leave 6 − 8 < 0 before the band at 3 — the band is no floor
    _not_read("按时参加例会,无缺席,得6分。缺席一次扣4分,累计3次及以上该项不得分。", 6)


# --- 5. 加倍扣分 ----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "w", "expected"), [
    # fresh79 CM7-1 (1): 失泄密 → 0.5, 被上级通报 → 扣 1 → 0
    (_BY_ID["CM7-1"]["text"], 1, {"符合": 1, "发生失、泄密情况": 0.5, "被上级通报": 0}),
    # variants: 1 and doubled 2 on 2 (→ 1, 0); 1.5 and doubled 3 on 3 (→ 1.5, 0), 双倍 the same word
    ("信息报送不及时的,扣1分;被市委办通报的,双倍扣分。", 2, {"符合": 2, "信息报送不及时": 1, "被市委办通报": 0}),
    ("未按规定落实保密措施的,扣1.5分,被上级通报的,加倍扣分", 3, {"符合": 3, "未按规定落实保密措施": 1.5, "被上级通报": 0}),
])
def test_doubled_deduction(text: str, w: float, expected: dict[str, float]) -> None:
    _scores(text, w, expected)


@pytest.mark.parametrize("text", [
    "每发现一次扣0.5分,被上级检查发现的,加倍扣分",  # per time: the same count priced by who finds it (CM7-3)
    "发生失泄密情况的,扣0.75分,被上级通报的,加倍扣分",  # twice 0.75 is more than the row's 1
])
def test_doubled_near_misses(text: str) -> None:
    _not_read(text, 1)


# --- 6. clock times, 扣分N分, 视为 ---------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "w", "expected"), [
    # fresh79 CM3-1 / CM3-2 (100): 迟到 → 99, 旷工半天 → 98 (the 奖金 is money)
    (_BY_ID["CM3-1"]["text"], 100, {"符合": 100, "迟到": 99}),
    (_BY_ID["CM3-2"]["text"], 100, {"符合": 100, "旷工半天": 98}),
    # variants on 10: 下午2点30分 with 扣分1分 → 9; 早上8点前 with 量化扣分3分 → 7
    ("下午2点30分以后到岗的,视为迟到,扣分1分", 10, {"符合": 10, "迟到": 9}),
    ("早上8点前未到岗的,视为旷工,量化扣分3分", 10, {"符合": 10, "旷工": 7}),
    # "扣分1分" was read as a pass/fail worth 1 (扣分 its condition): 迟到 → 100 − 1
    ("迟到的,扣分1分", 100, {"符合": 100, "迟到": 99}),
])
def test_clock_times_and_deemed(text: str, w: float, expected: dict[str, float]) -> None:
    _scores(text, w, expected)


@pytest.mark.parametrize("text", [
    "上午9点以后到岗的,视为迟到,扣1-2分",  # a range: the judge's
    "上午8点30分以后到岗的,视为迟到,扣1分;9点以后到岗的,视为旷工,扣2分",  # two prices in one row
])
def test_clock_near_misses(text: str) -> None:
    _not_read(text, 100)


# --- 7. a failing before the failing that loses the row -------------------------------------------------------------

@pytest.mark.parametrize(("text", "w", "expected"), [
    # fresh79 CM1-1 (10): either failing loses the whole 10 (扣10分 = the 分值) → 0; none → 10
    (_BY_ID["CM1-1"]["text"], 10, {"符合": 10, "村两委未开展巡逻员治安巡逻工作或工作责任不实": 0,
                                   "不能有效记录或无法提供资料印证": 0}),
    # variants: 未建立 … 或 … 不实 then 扣5分 on 5 (→ 0); 落实不到位 then 不得分 on 3 (→ 0)
    ("社区未建立巡查台账或台账记录不实,无法提供资料的扣5分", 5, {"符合": 5, "台账记录不实": 0, "无法提供资料": 0}),
    ("巡查工作落实不到位,未按时上报的,不得分", 3, {"符合": 3, "巡查工作落实不到位": 0, "未按时上报": 0}),
])
def test_failing_before_failing(text: str, w: float, expected: dict[str, float]) -> None:
    _scores(text, w, expected)


@pytest.mark.parametrize("text", [
    "不得擅自离岗,脱岗的扣5分",  # a prohibition is a requirement, not a failing
    "每月未开展巡逻3次以上,无记录的扣5分",  # a number in the first clause: a count, not a failing's name
])
def test_failing_before_failing_near_misses(text: str) -> None:
    _not_read(text, 5)
