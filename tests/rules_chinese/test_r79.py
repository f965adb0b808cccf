"""r79 (issue 11): red team of the session-41 reader paths (docs/notes/r79.md, docs/notes/r79-hostile.tsv).

Hostile sentences a real table could print that LOOK like the shapes session 41 added (r74: stepbands, standardsteps,
edgebands, obligations, the "及时上报或报备" and "表彰数量" refusals; r75: ``_unearned_side``, ``_full_beyond_the_base``;
r76's fixes: two payers, "(不足1%不扣分)", 减半/加倍, count formulas; r77: "(如…等)", sanction notes, 加倍扣分, clock times,
"扣分1分", failings before "…的扣W分", "一次扣a分,累计N次及以上不得分") but mean something else, each with what a careful
human scores (hand arithmetic in the comments, written before the reader ran) or "must refuse".

Wrong readings found (all refused now), most dangerous first:
1. a share of the deduction borne by a person taken for the score with nothing found — "每次扣1分,其中主要负责人承担0.5分"
   on 10 read ``*: 0.5 - 1 per 1`` (a clean record scored 0.5 of 10); also "由分管负责人承担0.5分", "责任人承担0.5分"
   (assemble: r76's payer test widened to 其中…/…承担);
2. a count band counted within a month or a run read as the row's total — "缺勤一次扣2分,每月累计3次及以上不得分" on 10:
   3 absences in three months scored 0 (the text: 10 − 6 = 4); "当季累计", "单月", "一个月内", "连续3次", "当月累计超过3次"
   (periodcount.reset_count_refusal);
3. a kind of day counted at a share dropped as a note — "请假每天扣0.5分,病假按一半计算" (also 按半天/按二分之一/折算/按0.5天):
   2 sick days deducted 1, the text 0.5 (guard._COUNTED_AS_SHARE_RE);
4. a band ladder whose weak end scores above its neighbour — "达到5%得1分;达到10%得2分;达到15%以上得3分;低于5%扣1分" on 3
   read ``<5%: 2`` (4 % scored more than 5 %; from what 扣1分 deducts is not printed) (assemble._dip_at_the_weak_end);
5. "不足1%的按1%计" / "不足1个百分点不扣分" beside a whole-text reading (stepbands, standardsteps) that scores in proportion
   — 99.5 % scored 19.75 of 20, the text 19.5 (ceil) or 20 (floor) (assemble._pp_rounding_left_out);
6. a count in a score formula put on the % scale — "得分=30×(1-投诉数×5%)": "4%" typed scored 29.94, the text 24 (r76's
   count names were a list: 投诉数, 投诉量, 差错数, 投诉件次 were outside it) (formulas._COUNT_NAME_RE);
7. day bands whose first band deducts — "迟到1次以内扣2分;迟到1次以上3次以内扣5分(包括3次);…" on 10: none at all scored 8
   (whether 0 is "1次以内" is not printed) (edgebands).
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from jixiao.rules.chinese import read_rule_text
from tests.rules_chinese.corpus import judge
from tests.rules_chinese.test_r46 import _BY_ID  # the corpus by id
from tests.rules_chinese.test_r51 import _refused  # a refusal, its why in Chinese
from tests.rules_chinese.test_r65 import _scores  # scores at values; never a refusal

#: the corpus sentences the session-41 paths read: still read as labelled
PATH_IDS = ["CL1-1", "CL7-1", "CL6-2", "CK3-2", "U8-4", "V12-2", "X13-1", "AN1-4", "CN3-1", "CM10-1", "CN2-2", "CM6-2",
            "CM7-1", "CM3-1", "CM3-2", "CM1-1"]


@pytest.mark.parametrize("sid", PATH_IDS)
def test_corpus_sentences_still_read(sid: str) -> None:
    assert judge(_BY_ID[sid]) == ("read", "")


# --- 1. a share of the deduction borne by a person --------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "每次扣1分,其中主要负责人承担0.5分",  # was *: 0.5 - 1 per 1: 0 findings → 0.5 of 10
    "每次扣1分,由分管负责人承担0.5分",
    "每次扣1分,责任人承担0.5分",
    "每发现一处扣1分,其中主要负责人承担0.5分",
    "每次扣1分,主要负责人、分管负责人各承担0.5分",
    "每次扣1分,其中分管领导0.5分",
])
def test_a_payers_share_refused(text: str) -> None:
    _refused(text, 10)


@pytest.mark.parametrize(("text", "values", "expected"), [
    ("每次扣1分,分管领导负连带责任", ["0", "2"], [10, 8]),  # no points after the person: 10 − 1 × 2
    ("每次扣1分,责任单位负主要责任", ["2"], [8]),
    ("全年无问题得10分,每发现一次扣1分", ["0", "3"], [10, 7]),  # a printed start with nothing found: 10 − 3
])
def test_no_share_still_read(text: str, values: list[str], expected: list[int]) -> None:
    assert _scores(text, 10, values) == [Decimal(e) for e in expected]


# --- 2. a count band within a period or a run -------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "缺勤一次扣2分,每月累计3次及以上不得分",  # was >=3: 0 — 3 in three months: 10 − 6 = 4, not 0
    "缺勤一次扣2分,当季累计3次及以上不得分",
    "缺勤一次扣2分,一个月内累计3次及以上不得分",
    "缺勤一次扣2分,连续3次及以上不得分",  # 3 not in a row: 4
    "迟到一次扣1分,每月迟到3次以上不得分",
    "迟到一次扣1分,单月累计3次以上不得分",
    "迟到一次扣1分,当月累计迟到超过3次不得分",
    "迟到每次扣1分,每月累计3次以上不得分",
    "迟到一次扣1分,同一月份内迟到3次以上不得分",
    "迟到一次扣1分,半年内累计迟到3次以上不得分",  # two halves of the year: 3 → 7 if spread
    "缺勤一天扣2分,连续缺勤3天以上不得分",  # 3 days not in a row: 4
])
def test_period_count_band_refused(text: str) -> None:
    assert "计数" in " ".join(_refused(text, 10))


@pytest.mark.parametrize(("text", "values", "expected"), [
    ("迟到每次扣1分,累计3次以上不得分", ["0", "2", "3"], [10, 8, 0]),  # 10 − 2; the band at 3
    ("缺勤一次扣2分,全年累计3次及以上不得分", ["0", "1", "3"], [10, 8, 0]),  # the row's own year
])
def test_count_band_over_the_row_still_read(text: str, values: list[str], expected: list[int]) -> None:
    assert _scores(text, 10, values) == [Decimal(e) for e in expected]


# --- 3. a kind of day counted at a share ------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "请假每天扣0.5分,病假按一半计算",  # was *: W - 0.5 per 1: 2 sick days → 9, the text 9.5
    "请假每天扣0.5分,病假按半天计算",
    "请假每天扣0.5分,病假按二分之一计",
    "请假每天扣0.5分,病假每天按半天计",
    "请假每天扣0.5分,病假2天折算1天",
    "请假每天扣0.5分,病假按0.5天计算",
    "请假每天扣0.5分,病假的按一半计",
    "请假每天扣0.5分,病假计半天",
    "请假每天扣0.5分,病假按0.5计",
    "请假每天扣0.5分,病假天数按一半计入",
])
def test_kind_counted_at_a_share_refused(text: str) -> None:
    _refused(text, 10)


@pytest.mark.parametrize(("text", "w", "values", "expected"), [
    ("出勤情况(20分):每月按30天计,无故缺勤一天扣5分。", 20, ["2"], [10]),  # what a month is: 20 − 5 × 2
    ("缺勤每天扣1分,不足半天按半天计算", 10, ["2"], [8]),  # a rounding of parts: 10 − 2
    ("缺勤每天扣1分,不足半天计半天", 10, ["2"], [8]),
])
def test_whole_days_and_roundings_still_read(text: str, w: int, values: list[str], expected: list[int]) -> None:
    assert _scores(text, w, values) == [Decimal(e) for e in expected]


# --- 4. the weak end of a ladder above its neighbour ------------------------------------------------------------------

@pytest.mark.parametrize(("text", "w"), [
    ("达到5%得1分;达到10%得2分;达到15%以上得3分;低于5%扣1分", 3),  # was <5%: 2 (4 % above 5 %'s 1)
    ("投诉率1%以下得4分,3%以下得2分,超过5%扣1分", 4),  # >5 % would score 3, above 1–3 %'s 2
])
def test_dip_at_the_weak_end_refused(text: str, w: int) -> None:
    _refused(text, w)


def test_ladder_without_a_dip_still_read() -> None:
    # r75's V12-2 shape: 4 % → 0 (nothing earned), 12 % → 2, 15 % → 3
    assert _scores("达到5%得1分;达到10%得2分;达到15%以上得3分", 3, ["4%", "12%", "15%"]) == [0, 2, 3]


# --- 5. a 1 % rounding beside a whole-text reading --------------------------------------------------------------------

@pytest.mark.parametrize(("text", "w"), [
    # was read in proportion: 99.5 % → 19.75; the text 19.5 (ceil) / 20 (floor)
    ("完成目标得基本分,95%以上每低1%扣0.5分,85%-95%每低1%扣1分,低于85%不得分。不足1%的按1%计", 20),
    ("完成目标得基本分,95%以上每低1%扣0.5分,85%-95%每低1%扣1分,低于85%不得分(不足1%的按1%计算)", 20),
    ("完成目标得基本分,95%以上每低1%扣0.5分,85%-95%每低1%扣1分,低于85%不得分,不足1个百分点不扣分", 20),
    # standardsteps: 100.5 % read 19, the text 18
    ("标准价格对应分数为20分。每高于标准价格1%,标准分扣2分,每低于标准价格1%,标准分加2分,不足1%的按1%计", 40),
])
def test_rounding_left_out_refused(text: str, w: int) -> None:
    assert "1个百分点" in " ".join(_refused(text, w))


@pytest.mark.parametrize(("text", "w", "values", "expected"), [
    ("低于100%每1%扣2分(不足1%不扣分)", 10, ["99.5%", "98.5%"], ["10", "8"]),  # floor: 0 / 1 whole point
    ("低于100%每1%扣2分(不足1%的按1%计)", 10, ["99.5%", "98.5%"], ["8", "6"]),  # ceil: 1 / 2 points
    # in proportion, as the text says: 20 − 0.5 × 0.5 = 19.75
    ("完成目标得基本分,95%以上每低1%扣0.5分,85%-95%每低1%扣1分,低于85%不得分(不足1%按比例扣分)", 20, ["99.5%"],
     ["19.75"]),
])
def test_rounding_taken_up_still_read(text: str, w: int, values: list[str], expected: list[str]) -> None:
    assert _scores(text, w, values) == [Decimal(e) for e in expected]


# --- 6. count names in a score formula --------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "value", "expected"), [
    ("得分=30×(1-投诉数×5%)", "4", "24"),  # 30 × (1 − 0.2); was *: W - 0.015 per 1%: "4%" → 29.94
    ("得分=30×(1-投诉量×5%)", "4", "24"),
    ("得分=30×(1-差错数×5%)", "4", "24"),
    ("得分=(1-投诉件次×10%)×30", "2", "24"),  # 30 × (1 − 0.2)
])
def test_formula_count_is_a_count(text: str, value: str, expected: str) -> None:
    r = read_rule_text(text, 30)
    assert r.ok and "%" not in r.canonical, r.canonical
    assert r.rule.score(value, 30) == Decimal(expected)  # type: ignore[union-attr]


def test_formula_rate_stays_a_rate() -> None:
    # near miss: a rate × a plain number — 4 % × 5 = 0.2: 30 × 0.8 = 24
    r = read_rule_text("得分=30×(1-差错率×5)", 30)
    assert r.ok and "%" in r.canonical
    assert r.rule.score("4%", 30) == Decimal(24)  # type: ignore[union-attr]


# --- 7. day bands whose first band deducts ----------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "w"), [
    ("迟到1次以内扣2分;迟到1次以上3次以内扣5分(包括3次);迟到3次以上不得分", 10),  # was <=1: 8 — none late → 8
    ("请假1天以内扣5分;请假1天以上3天以内扣10分;请假3天以上不得分", 20),
])
def test_first_band_deducting_refused(text: str, w: int) -> None:
    _refused(text, w)


@pytest.mark.parametrize(("text", "values", "expected"), [
    # the first band keeps the 分值: 0 → 20, 1 → 20 (shared edge, higher band), 2 → 10, 3 → 10 (包括3天), 4 → 0
    ("请假1天以内不扣分;请假1天以上3天以内扣10分(包括3天);请假3天以上不得分", ["0", "1", "2", "3", "4"],
     [20, 20, 10, 10, 0]),
    ("请假1天以内扣0分;请假1天以上3天以内扣10分(包括3天);请假3天以上不得分", ["0", "2"], [20, 10]),
])
def test_edge_bands_from_the_full_score_still_read(text: str, values: list[str], expected: list[int]) -> None:
    assert _scores(text, 20, values) == [Decimal(e) for e in expected]
