"""r75 (issue 11): rungs earned, nothing written below the weakest — below it nothing is earned (docs/notes/r75.md).

"防疫队伍三人以上得2分", "达到5%得1分;达到10%得2分;达到15%以上得3分", "超过95%(含)得3分;超过98%(含)得5分": points are earned
by reaching a rung; a value below the weakest rung earns none — 0 (assemble._unearned_side, the mirror of r61's
`_lone_failing_band`: a failing side written alone keeps the 分值 on the other side). Until r75 such a value was a gap
when scored ("规则有缺口"). Six tables of five splits (fresh8 U2, U8; fresh9 V12; fresh10 W4; fresh11 X13; fresh46 BG10),
every label 0 below the weakest rung.

Every expected score below is worked out by hand from the text (comment beside it), never copied from a run.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from jixiao.rules.chinese import read_rule_text
from tests.rules_chinese.corpus import judge
from tests.rules_chinese.test_r46 import _BY_ID  # the corpus by id

NOTE = "未写达不到最低一档时的得分"


def _scores(text: str, w: float, cases: list[tuple[str, float]]) -> None:
    r = read_rule_text(text, w)
    assert r.ok and r.rule is not None, (r.kind, r.understood)
    assert any(u.startswith(NOTE) for u in r.understood), r.understood
    for value, score in cases:
        assert r.rule.score(value, Decimal(str(w))) == Decimal(str(score)), (value, r.canonical)


def _gap_below(text: str, w: float, value: str) -> None:
    """Read (or refused) without the filled side: the value below is not scored as 0."""
    r = read_rule_text(text, w)
    assert not any(u.startswith(NOTE) for u in r.understood), r.understood
    if r.rule is not None:
        with pytest.raises(Exception):  # noqa: B017 - RuleGapError (a JixiaoError): no score, never a guessed 0
            r.rule.score(value, Decimal(str(w)))


# --- the corpus sentences -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("sid", ["U2-7", "U8-4", "V12-2", "W4-2", "X13-1", "BG10-1"])
def test_corpus_sentences_read(sid: str) -> None:
    assert judge(_BY_ID[sid]) == ("read", "")


@pytest.mark.parametrize(("sid", "cases"), [
    # fresh8, 2 points: "防疫队伍三人以上得2分" — 3 → 2, 5 → 2; 2 people reach no rung → 0
    ("U2-7", [("3", 2), ("5", 2), ("2", 0), ("0", 0)]),
    # fresh8, 5 points: "超过95%(含)得3分;超过98%(含)得5分" — 98 % → 5, 95 % → 3, 94.9 % → 0
    ("U8-4", [("98%", 5), ("97.9%", 3), ("95%", 3), ("94.9%", 0)]),
    # fresh9, 3 points: 达到5% 1 / 10% 2 / 15%以上 3 — 4 % reaches none → 0
    ("V12-2", [("15%", 3), ("14%", 2), ("5%", 1), ("4%", 0)]),
    # fresh10, 10 points: "研究信訪工作4次以上的記10分" — 4 → 10, 3 → 0
    ("W4-2", [("4", 10), ("3", 0)]),
    # fresh11, 3 points: 70 % 3 / 60 % 2 / 50 % 1 — 49.9 % → 0
    ("X13-1", [("70%", 3), ("60%", 2), ("50%", 1), ("49.9%", 0)]),
    # fresh46, 0.3 points: "15%以上,计 0.3 分" — 14 % → 0
    ("BG10-1", [("15%", 0.3), ("14%", 0)]),
])
def test_corpus_scores(sid: str, cases: list[tuple[str, float]]) -> None:
    _scores(_BY_ID[sid]["text"], _BY_ID[sid]["w"], cases)


# --- variants written for r75 -------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "w", "cases"), [
    # one rung, "不少于": 6 次 → 8, 5 次 → 0
    ("全年召开专题会议不少于6次的,得8分。", 8, [("6", 8), ("9", 8), ("5", 0)]),
    # three rungs with "以上", an item number and full-width commas: 90 % → 6, 80 % → 4, 60 % → 2, 59 % → 0
    ("2、群众满意率90%以上的，得6分；80%以上的，得4分；60%以上的，得2分。", 6,
     [("95%", 6), ("85%", 4), ("60%", 2), ("59%", 0)]),
    # lower is better, written open ("以下"): 1 % → 4, 3 % → 2, above 3 % reaches no rung → 0
    ("投诉率1%以下得4分,3%以下得2分。", 4, [("0.5%", 4), ("1%", 4), ("2%", 2), ("3%", 2), ("3.5%", 0)]),
    # 繁体, one rung: "滿意度達到85%以上的,計5分" — 85 % → 5, 84 % → 0
    ("滿意度達到85%以上的,計5分。", 5, [("85%", 5), ("84%", 0)]),
    # ranges that follow each other and an open top: 100–300 → 1, 300 以上 → 3, 99 → 0
    ("办公面积100-300平方米,得1分;300平方米以上,得3分。", 3, [("100", 1), ("250", 1), ("300", 3), ("99", 0)]),
])
def test_variants(text: str, w: float, cases: list[tuple[str, float]]) -> None:
    _scores(text, w, cases)


# --- near misses: stay as they were (a gap when scored, or refused) -----------------------------------------------

@pytest.mark.parametrize(("text", "w", "below"), [
    # a target, not a rung: "完成经营收入65万元(30分)" (fresh42 BC2-6, labelled refuse: prorated or 0, not written)
    ("完成经营收入65万元(30分)。", 30, "500000"),
    # the rung is not the 分值 (2 of 4): the rest of the row is scored elsewhere — not the whole row
    ("防疫队伍三人以上得2分。", 4, "2"),
    # a deduction band beside the rung: nothing is earned there, it is taken — the rungs are not a ladder earned
    ("覆盖率90%以上得5分,80%以上扣2分。", 5, "70%"),
    # points that do not rise to the open end (a rung worth more below): no ladder
    ("达到60%得3分;达到80%得2分。", 3, "50%"),
    # "达到X得W" with no open word, alone: a target that may be prorated
    ("投资达到2亿元得12分。", 12, "1"),
])
def test_near_misses_keep_the_gap(text: str, w: float, below: str) -> None:
    _gap_below(text, w, below)


def test_gaps_between_rungs_stay_gaps() -> None:
    # "网点完工率达到100%的得30分,99%-90%的得27分 …" (fresh17 AD10-x): between 99 % and 100 % the text gives nothing —
    # still a gap (README), and the rung below is filled only where nothing is written below the weakest
    r = read_rule_text("完工率达到100%的得10分,99%-90%的得6分。", 10)
    assert r.rule is not None
    assert r.rule.score("90%", Decimal(10)) == Decimal(6)
    assert r.rule.score("89%", Decimal(10)) == Decimal(0)  # below the weakest rung: 0
    with pytest.raises(Exception):  # noqa: B017 - 99.5 %: between the rungs, a gap when scored
        r.rule.score("99.5%", Decimal(10))


def test_a_written_other_side_is_kept() -> None:
    # "否则" / "不足…不得分" written: the text's own other side, nothing filled
    r = read_rule_text("防疫队伍三人以上得2分,不足三人得1分。", 2)
    assert r.rule is not None and not any(u.startswith(NOTE) for u in r.understood)
    assert r.rule.score("2", Decimal(2)) == Decimal(1)  # 不足三人 → 1, not 0
