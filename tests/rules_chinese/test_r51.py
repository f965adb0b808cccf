"""r51 (issue 11): the blind refusals of fresh65/fresh66 that the text settles (docs/notes/r51.md):

1. an award per count up to a cap worded otherwise ("本项得分最高以5分计", "最高得分8分", "总分4分", "4分封顶", "本项最高限分6分"),
   a verb + "1次N分" without 每, "得分N分", a deadline requirement before it and a trailing "(W%)" (fresh66 CA8-3, CA8-5);
2. a rate counted from 0 with no threshold or direction ("超审限案件每一个百分点扣0.4分", fresh65 BZ1-1/BZ1-3/BZ2-1/BZ3-1);
3. 毎 (the Japanese form) read as 每 ("毎缺一级扣1分", fresh65 BZ5-1);
4. a linear formula in one value alone, the 分值 printed in it ("得分=10×[1+(实际值-5%)/8%]", fresh65 BZ6-3;
   "该项指标得分计算按照“100-年度赔付额/100”", fresh66 CA4-4);
5. levels named only by circled numbers ("①计满分，②计4分，③不得分", fresh66 CA5-5): refused with a reason (the rule
   language writes "①" as "1"), never the old reading "1": W; "得": 4; "3": 0 (r54: read as "①": W; "②": 4; "③": 0
   when the points fall from the 分值, see test_r54).

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


def _refused(text: str, w: float) -> list[str]:
    r = read_rule_text(text, w)
    assert r.kind == "unreadable", (r.kind, r.canonical)
    assert r.understood and all(any("\u4e00" <= ch <= "\u9fff" for ch in u) for u in r.understood)  # why, in Chinese
    return r.understood


@pytest.mark.parametrize("sid", ["CA8-3", "CA8-5", "BZ1-1", "BZ1-3", "BZ2-1", "BZ3-1", "BZ5-1", "BZ6-3", "CA4-4"])
def test_corpus_sentences_read(sid: str) -> None:
    assert judge(_BY_ID[sid]) == ("read", "")


# --- 1. an award per count up to a cap ------------------------------------------------------------------------------

def test_ca8_awards_up_to_a_cap() -> None:
    # fresh66 CA8-3 (5): 0.5 per correct upload, at most 5: 4 → 2; 10 → 5; 12 → 5
    t = _BY_ID["CA8-3"]["text"]
    assert [_score(t, 5, v) for v in ("0", "4", "10", "12")] == [0, 2, 5, 5]
    # fresh66 CA8-5 (2): "查核1次0.5分,最高得2分": 3 → 1.5; 4 → 2; 6 → 2
    t = _BY_ID["CA8-5"]["text"]
    assert [_score(t, 2, v) for v in ("1", "3", "4", "6")] == [Decimal("0.5"), Decimal("1.5"), 2, 2]


@pytest.mark.parametrize(("text", "w", "value", "expected"), [
    # 0.4 per report, at most 2: 3 → 1.2; 7 → 2 (5 reach it)
    ("每正确报送1次得分0.4分,本项得分最高以2分计。", 2, "3", Decimal("1.2")),
    ("每正确报送1次得分0.4分,本项得分最高以2分计。", 2, "7", 2),
    # no 每: "巡查1次0.5分" is 0.5 per patrol, at most 3: 2 → 1; 8 → 3
    ("组织巡查,巡查1次0.5分,最高得3分。", 3, "2", 1),
    ("组织巡查,巡查1次0.5分,最高得3分。", 3, "8", 3),
    # 总分 / 封顶 / 最高限分 as the cap: 1 per time; 3 → 3; 5 → 4 (总分4分); 7 → 6 (限分6分)
    ("每开展1次宣传得1分,总分4分", 4, "3", 3),
    ("每开展1次宣传得1分,4分封顶", 4, "5", 4),
    ("每开展1次宣传得1分,本项最高限分6分", 6, "7", 6),
    # a deadline before it and the 分值 as a share after it: 0.5 each; 4 → 2; 12 → 6; (4%) on a 4-point row: 2 → 1
    ("于每月10日前报送上月报表;每按时报送1次得0.5分,本项最高以6分计。", 6, "4", 2),
    ("于每月10日前报送上月报表;每按时报送1次得0.5分,本项最高以6分计。", 6, "12", 6),
    ("每上报1次得0.5分,最高以4分计。(4%)", 4, "2", 1),
])
def test_cap_variants(text: str, w: float, value: str, expected: Decimal) -> None:
    assert _score(text, w, value) == expected


@pytest.mark.parametrize(("text", "w"), [
    ("每正确上传1次得0.5分,本项得分最高以8分计。", 5),  # a cap above the 分值: as today, refused
    ("每月至少上传2次;每上传1次得0.5分,最高以5分计。", 5),  # a count to reach before it, not a deadline
    ("每上报1次得0.5分,最高以4分计。(5%)", 4),  # the share is not this row's 分值
    ("检查,第1次0.5分,最高得2分", 2),  # an ordinal, not one unit
])
def test_cap_near_misses_refused(text: str, w: float) -> None:
    _refused(text, w)


# --- 2. a rate counted from 0 ---------------------------------------------------------------------------------------

def test_bz_rates_from_zero() -> None:
    # fresh65 BZ1-1 (4): 0.4 per point of the rate: 0% → 4; 5% → 2; 12% → 0
    t = _BY_ID["BZ1-1"]["text"]
    assert [_score(t, 4, v) for v in ("0%", "5%", "12%")] == [4, 2, 0]
    # fresh65 BZ2-1 (5): the bracket says how the rate is counted: 1% → 3; 2% → 1; 3% → 0
    t = _BY_ID["BZ2-1"]["text"]
    assert [_score(t, 5, v) for v in ("1%", "2%", "3%")] == [3, 1, 0]


@pytest.mark.parametrize(("text", "w", "value", "expected"), [
    ("差错率每一个百分点扣1分", 5, "2%", 3),  # 5 − 2
    ("差错率每一个百分点扣1分", 5, "7%", 0),  # 5 − 7 < 0 → 0
    ("投诉率每有一个百分点扣0.5分,扣完为止。", 3, "4%", 1),  # 3 − 2
    ("每有一个百分点扣1分(以错案为标准,1个瑕疵案件折合0.5个错案)", 4, "2%", 2),  # 4 − 2
])
def test_rate_from_zero_variants(text: str, w: float, value: str, expected: int) -> None:
    assert _score(text, w, value) == expected


@pytest.mark.parametrize(("text", "w"), [
    ("超审限案件每低一个百分点扣0.4分", 4),  # a direction word: lower than what?
    ("合格率每一个百分点扣1分", 5),  # a rate whose full value is 100 %
    ("每有一个百分点扣2分(超过5%的不得分)", 5),  # the bracket scores: a threshold
    ("群众满意率每一个百分点扣1分", 5),  # a good rate
])
def test_rate_from_zero_near_misses_refused(text: str, w: float) -> None:
    _refused(text, w)


# --- 3. 毎 as 每 ----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "w", "value", "expected"), [
    (_BY_ID["BZ5-1"]["text"], 3, "1", 2),  # fresh65 BZ5-1: one level missing of three: 3 − 1
    (_BY_ID["BZ5-1"]["text"], 3, "3", 0),
    ("毎缺一项扣1分", 3, "1", 2),
    ("毎发现1处扣0.5分", 2, "2", 1),  # 2 − 1
    ("每缺一级扣0.5分", 2, "3", Decimal("0.5")),  # 2 − 1.5
])
def test_japanese_mei_variants(text: str, w: float, value: str, expected: Decimal) -> None:
    assert _score(text, w, value) == expected


@pytest.mark.parametrize("text", ["毎少一级扣1分", "毎降一级扣1分"])  # a grade lower, not a thing missing
def test_japanese_mei_near_misses_refused(text: str) -> None:
    _refused(text, 3)


# --- 4. a linear formula alone --------------------------------------------------------------------------------------

def test_formulas_alone() -> None:
    # fresh65 BZ6-3 (10): 10 × [1 + (x − 5%)/8%]: 3% → 7.5; 0% → 3.75; −3% → 0; 9% → 15 → 10
    t = _BY_ID["BZ6-3"]["text"]
    assert [_score(t, 10, v) for v in ("3%", "0%", "-3%", "9%")] == [Decimal("7.5"), Decimal("3.75"), 0, 10]
    # fresh66 CA4-4 (100): 100 − x/100: 2000 → 80; 5000 → 50
    t = _BY_ID["CA4-4"]["text"]
    assert [_score(t, 100, v) for v in ("2000", "5000")] == [80, 50]


@pytest.mark.parametrize(("text", "w", "value", "expected"), [
    ("得分=20×[1+(实际值-10%)/20%]", 20, "5%", 15),  # 20 × (1 − 0.25)
    ("得分=20×[1+(实际值-10%)/20%]", 20, "15%", 20),  # 25 → at most 20
    ("该项指标得分计算按照“50-投诉件数×5”", 50, "4", 30),  # 50 − 20
    ("该项指标得分计算按照“50-投诉件数×5”", 50, "12", 0),  # 50 − 60 < 0 → 0
])
def test_formula_variants(text: str, w: float, value: str, expected: int) -> None:
    assert _score(text, w, value) == expected


@pytest.mark.parametrize(("text", "w"), [
    ("得分=10×[1+(实际值-5%)/8%]", 8),  # the formula's 10 is not this row's 分值
    ("得分=10×[1+(实际值-目标值)/8%]", 10),  # a target the row does not print
    ("得分=100-年度赔付额/100", 80),  # starts from 100 on an 80-point row
])
def test_formula_near_misses_refused(text: str, w: float) -> None:
    _refused(text, w)


# --- 5. levels named only by circled numbers ------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "w"), [
    # r54 reads CA5-5 and other falling options as levels "①" "②" … (test_r54); refused still when the points do not
    # fall from the 分值 or the numbers are out of order
    ("①计4分，②计满分，③不得分", 5),
    ("①计满分，③计3分，②不得分", 5),
])
def test_circled_options_refused_with_reason(text: str, w: float) -> None:
    assert any("圈号" in u for u in _refused(text, w))


def test_circled_options_near_misses() -> None:
    _refused(_BY_ID["CA5-4"]["text"], 5)  # fresh66 CA5-4: 一票否决 stays refused
    # numbered options with their words still read as levels (fresh14 AA3's shape)
    r = read_rule_text("1、开立独立银行账户5分;2、违规开立私人、其他账户不得分", 5)
    assert r.canonical == '"开立独立银行账户": W; "违规开立私人、其他账户": 0'


@pytest.mark.parametrize("name", ["ratefromzero", "perunit", "formulas", "levels"])
def test_module_examples(name: str) -> None:
    # the changed modules' doctests (here, not in test_recognisers.MODULES, so parallel helpers do not collide)
    import doctest
    import importlib

    result = doctest.testmod(importlib.import_module(f"jixiao.rules.chinese.{name}"), optionflags=doctest.ELLIPSIS)
    assert result.attempted > 0 and result.failed == 0
