"""r76 (issue 11): red team of the session-40 reader paths (docs/notes/r76.md, docs/notes/r76-hostile.tsv).

Hostile sentences a real table could print that LOOK like the shapes session 40 added (r70: "A或B" at the pass, the
"X以下" policy, "N分值", a trailing "（W分）", the row's number before ①, the "counts the reward" refusal; r72: "加N分"
with no base; r73: 每天 after an absence word, score formulas, a lapse ending in 者, who loses the points, tier lists
with 地, "低于100%每1%扣", "按实际值/目标值比例计分", countseries) but mean something else, each with what a careful human
scores (hand arithmetic in the comments, written before the reader ran) or "must refuse"; the meaning-preserving
rewrites of the corpus sentences those paths read gave no other score (losses only: the note lists them).

Wrong readings found (all fixed), most dangerous first:
1. points after a second payer taken for the score with nothing found — "每次扣主要负责人1分,分管负责人0.5分" on 10 read
   ``*: 0.5 - 1 per 1`` (a clean record scored 0.5 of 10); also "每次扣1分,分管负责人0.5分", "每次扣单位1分,个人0.5分",
   "每次扣1分,并扣分管领导0.5分". Refused (normalise._WHO_LOSES_RE, assemble's 0-finding start);
2. "不足1%不扣分" beside a step of one percentage point read in proportion — "低于100%每1%扣2分(不足1%不扣分)" on 10: 99.5 %
   scored 9 (the text: 10), 98.5 % 7 (the text: 8). Read as whole points (``floor``); beside "不满1%按1%计" refused;
3. a pass "A或B" with one alternative negated named neither — "有制度或无制度但有措施的得3分,否则不得分": "有制度" typed fell
   under 否则, **0 of 3**; "及时报送或未及时报送但说明原因的得3分…", "制度健全或不健全但已整改的得5分,否则不得分" the same.
   Each alternative is named now (shortnames._alternatives);
4. a pass description ending in 均 — "资料齐全的均得5分,无资料不得分": "资料齐全" typed scored 0 (printednames._trim);
5. "X以下" deducted less than X — "一般以下的,扣2分;一般的,扣5分" read 一般 0 / 一般以下 3 (r70's policy was on the 得
   levels only): now on every reading (assemble._not_as_printed → levels.relative_levels);
6. a deduction halved for a kind dropped as a note — "请假每天扣0.5分,病假减半" read 0.5 per day of any leave: refused
   (减半/加倍 are scoring words, guard._SCORING_RE);
7. a % inside a formula whose value is a count — "得分=(1-投诉次数×10%)×30" was written ``*: W - 0.03 per 1%`` (the count on
   a % scale: "2" in a %-formatted cell is 2 %, 29.94 where the text gives 24): now ``*: W - 3 per 1``;
8. a share formula fitting neither scale — "得分=40×合格率-10" on 40 read ``>=1.25: W`` (a 合格率 typed "95" scored 40; as
   a fraction 100 % gives 30): refused (formulas._no_scale).
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from jixiao.rules.chinese import read_rule_text
from tests.rules_chinese.corpus import judge
from tests.rules_chinese.test_r46 import _BY_ID  # the corpus by id
from tests.rules_chinese.test_r51 import _refused  # a refusal, its why in Chinese
from tests.rules_chinese.test_r65 import _scores  # scores at values; never a refusal

#: the corpus sentences the session-40 paths read: still read as labelled
PATH_IDS = ["N3-1", "N3-3", "AY3-3", "BH7-1", "BW10-3", "Y8-2", "AA3-6", "AY8-1", "CI4-1", "CI4-3", "BV12-2",
            "BV12-3", "U17-2", "CH6-2", "BH10-1", "BH10-2", "BJ8-3", "BJ8-4", "BW5-3", "BW5-4", "BW5-7", "CL5-2", "CL5-3",
            "CL7-2", "CL8-1", "CL8-2", "CK2-4", "CK3-5", "CK1-3", "CL2-2", "CL1-2", "CL6-1", "Q12-2"]


@pytest.mark.parametrize("sid", PATH_IDS)
def test_corpus_sentences_still_read(sid: str) -> None:
    assert judge(_BY_ID[sid]) == ("read", "")


# --- 1. a second payer's points are no 0-finding start ------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "每次扣主要负责人1分,分管负责人0.5分",  # was *: 0.5 - 1 per 1: 0 findings → 0.5 of 10
    "每次扣1分,分管负责人0.5分",
    "每次扣单位1分,个人0.5分",
    "每次扣1分,并扣分管领导0.5分",
    "每次扣当事人1分,扣所在科室0.5分",
    "每次扣负责人1分,扣单位2分",
])
def test_second_payer_refused(text: str) -> None:
    _refused(text, 10)


@pytest.mark.parametrize(("text", "w", "values", "expected"), [
    ("每次扣村支书、主任和相关人员扣1分", 150, ["0", "3"], [150, 147]),  # fresh77 CK3-5's shape: 150 − 1 × 3
    ("每次扣分管领导1分", 10, ["0", "2"], [10, 8]),  # one payer: 10 − 1 × 2
    ("发现问题每处扣责任单位1分", 10, ["0", "3"], [10, 7]),  # 10 − 3
    ("每人次扣所在单位1分", 10, ["0", "3"], [10, 7]),
])
def test_one_payer_still_read(text: str, w: int, values: list[str], expected: list[int]) -> None:
    assert _scores(text, w, values) == [Decimal(e) for e in expected]


# --- 2. "不足1%不扣分": whole percentage points -----------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "values", "expected"), [
    # 99.5 %: short 0.5 → no whole point → 10; 98.5 %: one whole point → 10 − 2 = 8; 90 %: 10 points → 0
    ("低于100%每1%扣2分(不足1%不扣分)", ["99.5%", "98.5%", "100%", "90%"], [10, 8, 10, 0]),
    ("低于100%每1%扣2分,不足1%不扣分", ["99.5%", "98.5%"], [10, 8]),
    ("低于100%的,每低1%扣2分(不足1%不扣分)", ["99.5%", "98.5%"], [10, 8]),
    # from 95 %: 94.5 % → 10; 93.5 % → one whole point → 8
    ("完成率达到95%得10分,每低1个百分点扣2分,不足1个百分点不扣分", ["95%", "94.5%", "93.5%"], [10, 10, 8]),
    # the other rounding stays: 99.5 % → one point (ceil) → 8
    ("低于100%每1%扣2分,不足1%按1%计", ["99.5%", "98.5%"], [8, 6]),
    # none said: in proportion, 99.5 % → 10 − 1 = 9
    ("低于100%每1%扣2分", ["99.5%"], [9]),
])
def test_whole_points_only(text: str, values: list[str], expected: list[int]) -> None:
    assert _scores(text, 10, values) == [Decimal(e) for e in expected]


def test_whole_points_from_the_target() -> None:
    # target 90 %: 89.5 % → 10; 88.5 % → 10 − 2 = 8
    assert _scores("每低1%扣2分(不足1%不扣分)", 10, ["89.5%", "88.5%"], "90%") == [10, 8]


def test_two_roundings_refused() -> None:
    _refused("低于100%每1%扣2分(不足1%不扣分),不满1%按1%计", 10)


# --- 3./4. every alternative of a pass is a name; "…的均得" ------------------------------------------------------------

@pytest.mark.parametrize(("text", "w", "values", "expected"), [
    # either alternative earns 3; anything else (否则) 0
    ("有制度或无制度但有措施的得3分,否则不得分", 3, ["有制度", "无制度但有措施", "无制度"], [3, 3, 0]),
    ("及时报送或未及时报送但说明原因的得3分,未报送不得分", 3, ["及时报送", "未及时报送但说明原因", "未报送"], [3, 3, 0]),
    ("制度健全或不健全但已整改的得5分,否则不得分", 5, ["制度健全", "不健全但已整改", "不健全"], [5, 5, 0]),
    # ("不齐全", an unredeemed negation beside its own positive, is not named: r70's "按时或未按时完成" — a slip?)
    ("资料齐全或不齐全的均得5分,无资料不得分", 5, ["资料齐全", "无资料"], [5, 0]),
    ("资料齐全的均得5分,无资料不得分", 5, ["资料齐全", "无资料"], [5, 0]),
    ("有台账的均得5分,否则不得分", 5, ["有台账", "无台账"], [5, 0]),
    # unchanged: the pass named, the failing alternatives under *
    ("按时报送得5分,迟报或漏报不得分", 5, ["按时报送", "迟报", "漏报"], [5, 0, 0]),
])
def test_pass_alternatives_named(text: str, w: int, values: list[str], expected: list[int]) -> None:
    assert _scores(text, w, values) == [Decimal(e) for e in expected]


@pytest.mark.parametrize(("text", "name"), [
    # the first alternative negated: the negation may reach over all ("变更项目建设内容" alone is the failing) — the
    # corpus sentence the dump moved in a first version (a typed "变更项目建设内容" scored W)
    ("未擅自调整项目计划或变更项目建设内容的得3分,否则不得分", "变更项目建设内容"),
    ("按时或未按时完成的得5分,否则不得分", "未按时完成"),  # r70's near miss: an unredeemed negation
])
def test_negated_alternatives_not_named(text: str, name: str) -> None:
    r = read_rule_text(text, 5 if "5分" in text else 3)
    assert not r.ok or not any(getattr(c.condition, "text", None) == name for c in r.rule.clauses), r.canonical  # type: ignore[union-attr]


def test_average_is_no_all_word() -> None:
    from jixiao.rules.chinese.printednames import _trim
    assert _trim("高于全省平均") == "高于全省平均"


# --- 5. the X以下 policy on every reading -------------------------------------------------------------------------------

def test_below_level_deducted_less_refused() -> None:
    # 一般 → 5 − 5 = 0; 一般以下 → 5 − 2 = 3: "一般以下" includes 一般 — 0 or 3?
    assert any("两档" in u or "原文未写明取哪档" in u for u in _refused("一般以下的,扣2分;一般的,扣5分", 5))


@pytest.mark.parametrize(("text", "values", "expected"), [
    ("一般以下的,扣5分;一般的,扣2分", ["一般", "一般以下"], [3, 0]),  # 一般 5 − 2 = 3; 一般以下 5 − 5 = 0 ≤ 3: settled
    ("优秀得5分,良好得3分,良好以下不得分", ["优秀", "良好"], [5, 3]),
])
def test_below_level_settled_read(text: str, values: list[str], expected: list[int]) -> None:
    assert _scores(text, 5, values) == [Decimal(e) for e in expected]


# --- 6. 减半 / 加倍 are scoring words -----------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["请假每天扣0.5分,病假减半", "旷工每天扣5分,节假日加倍"])
def test_halved_or_doubled_refused(text: str) -> None:
    _refused(text, 10)


@pytest.mark.parametrize(("text", "w", "values", "expected"), [
    ("旷工每天扣10分", 100, ["0", "2"], [100, 80]),  # 100 − 10 × 2
    ("请假每天扣0.5分,扣完为止", 10, ["4", "30"], [8, 0]),  # 10 − 2; 10 − 15 → 0
    ("请假每天扣2分,但婚丧假、产假除外", 100, ["3"], [94]),  # 100 − 6
])
def test_absence_per_day_still_read(text: str, w: int, values: list[str], expected: list[int]) -> None:
    assert _scores(text, w, values) == [Decimal(e) for e in expected]


# --- 7./8. formulas: a count is no share; a share formula fitting no scale ------------------------------------------------

@pytest.mark.parametrize(("text", "values", "expected"), [
    # 30 × (1 − n × 10%) = 30 − 3n: 0 → 30; 2 → 24; 10 → 0
    ("得分=(1-投诉次数×10%)×30", ["0", "2", "10"], [30, 24, 0]),
    ("得分=30×(1-批退天数×10%)", ["0", "2"], [30, 24]),
])
def test_count_in_a_formula_is_no_share(text: str, values: list[str], expected: list[int]) -> None:
    r = read_rule_text(text, 30)
    assert r.ok and "%" not in r.canonical, r.canonical  # type: ignore[operator]
    assert _scores(text, 30, values) == [Decimal(e) for e in expected]


@pytest.mark.parametrize(("text", "w"), [
    ("得分=40×合格率-10", 40),  # 100 % → 30 of 40 as a fraction; as points full marks at 1.25
    ("得分=30-批退率×15", 30),  # 2 % → 29.7 as a fraction, 0 as points
    ("得分=30×(1-批退率×0.5)", 30),  # 0 only at 200 %
])
def test_share_formula_without_a_scale_refused(text: str, w: int) -> None:
    _refused(text, w)


@pytest.mark.parametrize(("text", "values", "expected"), [
    ("得分=30分×(1—批退率)", ["10%", "0%"], [27, 30]),  # fresh78 CL7-2's shape: 30 × 0.9
    ("得分=30×(1-投诉率×10)", ["5%", "0%"], [15, 30]),  # 30 × (1 − 0.5)
    ("得分=30-批退率×100", ["10%"], [20]),  # 30 − 10
    ("得分=30分×(1—批退率),批退率超过10%不得分", ["5%", "11%"], [Decimal("28.5"), 0]),
])
def test_share_formulas_still_read(text: str, values: list[str], expected: list[Decimal]) -> None:
    assert _scores(text, 30, values) == [Decimal(e) for e in expected]


# --- near misses of the other session-40 paths that the rounds found refused or read right (kept so) --------------------

@pytest.mark.parametrize(("text", "w"), [
    ("两次内不扣分;三次扣20分;五次扣30分,以此类推", 100),  # counts not consecutive
    ("迟到两次内不扣分;早退三次扣20分;早退四次扣30分,以此类推", 100),  # two things counted
    ("两次内不扣分;三次扣20分;四次扣30分;五次以上不得分", 100),  # no 以此类推: 5 → 0, not 60
    ("第三次扣20分;第四次扣30分,以此类推", 100),
    ("受到通报批评的给予扣分,国家、省、市级分别扣10分、8分、6分", 10),  # deductions, not levels 10/8/6
    ("受到表彰的,每次国家、省、市级分别加5分、3分、1分", 5),  # per time
    ("受到表彰的给予加分,国家、省、地、市级分别加10分、8分、6分、4分,累计不超过10分", 10),  # they add up
    ("完成目标得基本分；未完成按目标值/实际值比例计分", 5),  # inverted share
    ("完成目标得满分,未完成按实际值/目标值比例扣分", 5),
    ("完成率低于100%每1%扣2分,超过100%每1%加1分", 10),
    ("请假超过3天的,每天扣2分", 100),  # days beyond 3, not every day
    ("得分=30分×(1—批退率/目标批退率)", 30),
    ("基础分10分,获得省级表彰的加5分", 10),
    ("按时完成加5分,提前完成再加2分", 5),
    ("一般及以下的得1分;一般的得2分;好的得3分", 3),
])
def test_near_misses_refused(text: str, w: int) -> None:
    r = read_rule_text(text, w)
    assert not r.ok and r.kind in ("unreadable", "judgement"), (r.kind, r.canonical)
