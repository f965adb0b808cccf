"""r59 (issue 11): two refusal groups of r56's table (docs/notes/r56.md, docs/notes/r59.md):

1. group 7 — places listed with "、" in running text, then their points in the same order: "…在市级、省级、国家级杂志上
   发表…。(1、3、5分)" (fresh61 BV12-2/3), "被镇、江山市、衢州市、省级以上推广使用的…,分别加2分、4分、8分、10分" (fresh51
   BL9-1) — one level picked (listedlevels.read_places_in_order); as many places as points, else refused naming both
   counts; the first and the last place bounded by a tier word (市级/省级/国家级 and bare 市/省/国家/镇). Tiers worth points
   per time ("国家级5分/次,省级3分/次…", fresh57 BR1-1) are refused saying why: several reports add up to at most the
   分值 (no cap printed: the 分值 would be it), which no one rule holds. "(好5分,较好4分,一般3分)" after words with a
   short bracket (fresh8 U17-2) is read as the bracketed levels;
2. group 6, "printed start + 每少 u 扣/减 p": "安排对接经费20万元的得满分,每少安排1万元的减0.5分" (fresh41 BB6-6), "…要达到
   15万元以上。各年度考核时每少1万元扣2分" (fresh12 Y1-5), "综合评分达60分得2分,综合评分每低1分扣0.5分" (fresh10 W9-3),
   "…不少于30场,每少1场扣0.167分" (fresh47 BH8-4) — read as ``>=S: W; <S: W - p per 1`` (printedstart.py); a start
   that is the row's unprinted 指标值 stays refused.

Expected scores come from the sentences by hand (in the comments); each case has the corpus sentences, wordings written
here, and near misses that must be refused."""

from __future__ import annotations

from decimal import Decimal

import pytest

from jixiao.errors import JixiaoError
from jixiao.rules.chinese import read_rule_text
from tests.rules_chinese.corpus import judge
from tests.rules_chinese.test_r46 import (  # the corpus by id, a reading's score (asserting it read)
    _BY_ID,
    _score,
)
from tests.rules_chinese.test_r51 import _refused  # a refusal, its why in Chinese


@pytest.mark.parametrize("sid", ["BV12-2", "BV12-3", "BL9-1", "U17-2", "BB6-6", "Y1-5", "W9-3", "BH8-4"])
def test_corpus_sentences_read(sid: str) -> None:
    assert judge(_BY_ID[sid]) == ("read", "")


# --- 1. places listed, their points in the same order ----------------------------------------------------------------

def test_places_in_order_corpus_scores() -> None:
    # BV12-2 (5): 市级、省级、国家级 take 1、3、5 in order
    t = _BY_ID["BV12-2"]["text"]
    assert [_score(t, 5, v) for v in ("市级", "省级", "国家级")] == [1, 3, 5]
    # BV12-3 (5): 市、省、国家 → 1、3、5
    t = _BY_ID["BV12-3"]["text"]
    assert [_score(t, 5, v) for v in ("市", "省", "国家")] == [1, 3, 5]
    # BL9-1 (10): 镇、江山市、衢州市、省级以上 → 2、4、8、10 (the two cities inside the list keep their proper names)
    t = _BY_ID["BL9-1"]["text"]
    assert [_score(t, 10, v) for v in ("镇", "江山市", "衢州市", "省级以上")] == [2, 4, 8, 10]
    # U17-2 (5): 好 5, 较好 4, 一般 3 in the bracket after "被抽查场(户)评价5分"
    t = _BY_ID["U17-2"]["text"]
    assert [_score(t, 5, v) for v in ("好", "较好", "一般")] == [5, 4, 3]


def test_a_place_not_listed_is_a_gap() -> None:
    r = read_rule_text(_BY_ID["BV12-2"]["text"], 5)
    with pytest.raises(JixiaoError):  # (a level not listed never scores)
        r.rule.score("县级", 5)  # type: ignore[union-attr]


@pytest.mark.parametrize(("text", "w", "value", "expected"), [
    # 县级、市级、省级 → 1、3、5 (5): 市级 → 3
    ("论文在县级、市级、省级刊物上发表。(1、3、5分)", 5, "市级", 3),
    # full-width bracket, each point with 分: 省 → 3
    ("家长学校获得市、省、国家表彰（1分、3分、5分）", 5, "省", 3),
    # "分别得" after the list (normalise writes the first "、" as ";"): 国家 → 5
    ("获得市、省、国家表彰的,分别得1分、3分、5分。", 5, "国家", 5),
    # "依次加", four tiers from 乡镇 (4): 乡镇 1, 县 2, 市 3, 省级 4 — 县 → 2 (r68: the 级 printed once after 省 is shared,
    # the levels are named 乡镇级/县级/市级/省级 — 县级 → 2)
    ("经验做法被乡镇、县、市、省级推广的,依次加1分、2分、3分、4分。", 4, "县级", 2),
    # an item number before it (5): 市 → 1
    ("1.获得市、省、国家表彰。(1、3、5分)", 5, "市", 1),
])
def test_places_in_order_variants(text: str, w: float, value: str, expected: Decimal) -> None:
    assert _score(text, w, value) == expected


def test_places_in_order_near_misses() -> None:
    # three places, two points: both counts named
    why = _refused("家长学校获得市、省、国家表彰。(1、3分)", 5)
    assert "3个级别" in why[-1] and "2个分数" in why[-1]
    # more points for the lower tier: no scale of places
    _refused("家长学校获得市、省、国家表彰。(5、3、1分)", 5)
    # the levels may add up
    _refused("家长学校获得市、省、国家表彰,可累加。(1、3、5分)", 5)
    # "市场监管部门" is no 市 (a bare tier never begins another word)
    _refused("论文在国家、省、市场监管部门刊物发表。(1、3、5分)", 5)
    # the points add up to the 分值 (2 + 3 = 5): items to add or levels? not this shape's
    _refused("获得市、省表彰。(2、3分)", 5)
    # the top is not the 分值
    _refused("家长学校获得市、省、国家表彰。(1、3、4分)", 5)
    # the first place's start is not clear ("先进市")
    _refused("家长学校获得先进市、省、国家表彰。(1、3、5分)", 5)


def test_per_time_tiers_refused_saying_why() -> None:
    why = _refused(_BY_ID["BR1-1"]["text"], 5)
    assert "按次计分" in why[-1] and "分值5分" in why[-1]
    # a written variant (3): 国家级 3 per time, 省级 2 per time — two 省级 reports would be 3 (capped), one level 2
    why = _refused("在媒体报道的,国家级3分/次,省级2分/次。", 3)
    assert "按次计分" in why[-1]
    # the same tiers without "/次" are one level picked (grades.py, r37): still read
    assert _score("国家级5分,省级3分,市级2分", 5, "省级") == 3


# --- 2. a printed start, then 每少 u 扣/减 p ---------------------------------------------------------------------------

def test_printed_start_corpus_scores() -> None:
    # BB6-6 (5): 20万元 → 5; 每少1万元 −0.5: 19 → 4.5; 14 → 2; 10 → 0; 19.5 → 4.75 (a step of 1, continuous)
    t = _BY_ID["BB6-6"]["text"]
    assert [_score(t, 5, v) for v in ("20", "19", "14", "10", "19.5")] == [5, Decimal("4.5"), 2, 0, Decimal("4.75")]
    # Y1-5 (30): 15万元以上 → 30; 每少1万元 −2: 14 → 28; 10 → 20; 0 → 0; 20 → 30
    t = _BY_ID["Y1-5"]["text"]
    assert [_score(t, 30, v) for v in ("15", "14", "10", "0", "20")] == [30, 28, 20, 0, 30]
    # W9-3 (2): 综合评分 60 → 2; 每低1分 −0.5: 59 → 1.5; 56 → 0; 75 → 2
    t = _BY_ID["W9-3"]["text"]
    assert [_score(t, 2, v) for v in ("60", "59", "56", "75")] == [2, Decimal("1.5"), 0, 2]
    # BH8-4 (5): 不少于30场 → 5; 每少1场 −0.167: 29 → 4.833; 20 → 3.33; 1 → 5 − 29 × 0.167 = 0.157
    t = _BY_ID["BH8-4"]["text"]
    assert [_score(t, 5, v) for v in ("30", "29", "20", "1")] == [5, Decimal("4.833"), Decimal("3.33"),
                                                                  Decimal("0.157")]


@pytest.mark.parametrize(("text", "w", "value", "expected"), [
    # 20万元 → 5, −0.5 per 万元 short: 18 → 4
    ("安排经费20万元得满分,每少1万元减0.5分", 5, "18", 4),
    # a requirement, then a sentence with its deduction (10): 12 → 10 − 3 = 7
    ("收入要达到15万元以上。考核时每少1万元扣1分", 10, "12", 7),
    # points = 分值, a comma before 得, "扣完为止" (3): 4 → 2; 1 → 3 − 4 < 0 → 0
    ("培训经费达到5万元以上的,得3分,每少1万元扣1分,扣完为止", 3, "4", 2),
    ("培训经费达到5万元以上的,得3分,每少1万元扣1分,扣完为止", 3, "1", 0),
    # a score to reach (4): 80 → 4; 78 → 4 − 1 = 3
    ("考核评分达到80分的得4分,每低1分扣0.5分", 4, "78", 3),
    # an item number before it, a count (5): 8 → 5 − 1 = 4
    ("1.全年开展宣传活动不少于10场,每少1场扣0.5分。", 5, "8", 4),
])
def test_printed_start_variants(text: str, w: float, value: str, expected: Decimal) -> None:
    assert _score(text, w, value) == expected


def test_printed_start_near_misses() -> None:
    # a step of several: how a part of it counts is not said
    _refused("全年安排培训经费20万元的,得5分;每少安排2万元的,扣1分,扣完为止。", 5)
    # the start scores less than the 分值: what scores between is not said
    _refused("安排经费20万元的得3分,每少1万元减0.5分", 5)
    # the start is the row's target, not printed
    _refused("完成目标值得满分,每少1万元减0.5分", 5)
    # a rate per class (平均每班): not a start to count down from
    _refused("平均每班配备教师不少于1.5人,每少1人扣1分。", 4)
    # the step in another unit than the start
    _refused("安排经费20万元的得满分,每少1万人扣0.5分", 5)
    # a score without a reach word and its points: no start
    _refused("评分60分,每低1分扣0.5分", 2)
    # a number in the subject (2个村): the value could be either
    _refused("2个村收入达到15万元以上。每少1万元扣1分", 10)


@pytest.mark.parametrize("sid", ["Z9-2", "BG7-1"])
def test_step_from_the_unprinted_target_stays_refused(sid: str) -> None:
    # steps from the row's 指标值 (not printed in the text) are not printedstart's (AX5-2, BF4-1, BY3-1 "每低/每降低 1 个
    # 百分点" alone are read from T since r63, labelled with their rows' targets: test_r63); Z9-2 and BG7-1 stay refused
    assert judge(_BY_ID[sid])[0] == "refused"
