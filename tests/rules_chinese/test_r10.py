"""r10 (issue 11): steps that are not 1, bonuses above a base, ranks with a top group.

Sources (tests/rules_chinese/corpus.yaml): fresh22 AI1-1…AI1-4, AI8-1, AI8-3, AI8-4, AI8-8; fresh23 AJ7-2, AJ7-3.
Expected scores are worked out by hand from the sentence (arithmetic in the comments), never copied from a run.
"""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from jixiao.rules.chinese import read_rule_text


def _score_all(text: str, w: float, values: dict[str, float]) -> None:
    r = read_rule_text(text, w)
    assert r.ok and r.rule is not None, (text, r.unread, r.understood)
    for value, score in values.items():
        assert r.rule.score(value, D(str(w))) == D(str(score)), (text, value, r.canonical)


def _refused(text: str, w: float) -> None:
    r = read_rule_text(text, w)
    assert not r.ok and r.rule is None and r.kind != "checklist", (text, r.canonical)


# ---- generalisation check: sentences written for this family BEFORE the reader was changed ---------
# (session-start reader, branch r10 at eab3812: see docs/notes/r10.md for how many it read)

GENERALISATION = [
    # a step of 0.02 of a rate, from 0: 40 - 4 per 0.02: 0.02 → 36; 0.1 → 40 - 4 × 5 = 20; 0.2 → 0; 0.3 → 0
    ("每增0.02次/车,扣4分。", 40, {"0": 40, "0.02": 36, "0.1": 20, "0.2": 0, "0.3": 0}),
    # other verb, full-width comma: 30 - 3 per 0.01: 0.01 → 27; 0.05 → 15; 0.1 → 0
    ("每增加0.01人/车，扣3分。", 30, {"0": 30, "0.01": 27, "0.05": 15, "0.1": 0}),
    # 繁体, a step of 0.005: 20 - 2 per 0.005: 0.005 → 18; 0.02 → 20 - 2 × 4 = 12; 0.05 → 0
    ("每增0.005次/車,扣2分。", 20, {"0": 20, "0.005": 18, "0.02": 12, "0.05": 0}),
    # base 4 at 10, +0.2 a unit above, the 分值 8 caps it: 9 → 0; 10 → 4; 15 → 5; 30 → 8; 40 → 8
    ("<10个不得分;达到10个得4分,此基础上每增加1个加0.2分。", 8, {"9": 0, "10": 4, "15": 5, "30": 8, "40": 8}),
    # 不足 / 在此基础上, a step of 2 家 (whole steps): 19 → 0; 20 → 3; 21 → 3; 22 → 3.5; 24 → 4; 32 → 6
    ("不足20家不得分；达到20家得3分，在此基础上每增加2家加0.5分。", 6,
     {"19": 0, "20": 3, "21": 3, "22": 3.5, "24": 4, "32": 6}),
    # percentage points: 80% → 5; 84% → 5 + 4 × 0.25 = 6; 100% → 10; 79% → 0
    ("<80%不得分;达到80%得5分,此基础上每增加1个百分点加0.25分。", 10, {"79%": 0, "80%": 5, "84%": 6, "100%": 10}),
    # 繁体: 29 → 0; 30 → 2; 40 → 3; 60 → 5; 70 → 5 (分值)
    ("<30個不得分;達到30個得2分,此基礎上每增加1個加0.1分。", 5, {"29": 0, "30": 2, "40": 3, "60": 5, "70": 5}),
    # a printed cap equal to the 分值: 4 → 0; 5 → 2; 9 → 6; 13 → 10; 20 → 10
    ("<5家不得分;达到5家得2分,此基础上每增加1家加1分,最高10分。", 10, {"4": 0, "5": 2, "9": 6, "13": 10, "20": 10}),
    # ranks: the first 5 full, then 0.5 less a place: 5 → 5; 6 → 4.5; 8 → 5 - 0.5 × 3 = 3.5; 15 → 0
    ("考核排名前5名得满分,其他依次递减0.5分。", 5, {"1": 5, "5": 5, "6": 4.5, "8": 3.5, "15": 0}),
    # other words: 2 → 6; 3 → 5; 7 → 1; 9 → 0
    ("按综合排名,前2名的得满分；其余名次依次递减1分", 6, {"1": 6, "2": 6, "3": 5, "7": 1, "9": 0}),
    # points per person written after: 3 - 0.5 n: 1 → 2.5; 4 → 1; 6 → 0; 8 → 0
    ("未按时提交材料的,扣0.5分/人。", 3, {"0": 3, "1": 2.5, "4": 1, "6": 0, "8": 0}),
    # per 人次, 满分 restated: 3 - 0.3 n: 1 → 2.7; 10 → 0
    ("满分3分;无故缺勤扣0.3分/人次。", 3, {"0": 3, "1": 2.7, "5": 1.5, "10": 0}),
]

GENERALISATION_REFUSED = [
    # a cap below the 分值: the engine caps at W only — refuse
    ("<50个不得分;达到50个得5分,此基础上每增加1个加0.1分,最高得8分。", 10),
    # the base is above the 分值
    ("<50个不得分;达到50个得12分,此基础上每增加1个加0.1分。", 10),
    # no cap at all (不设上限): never capped by the 分值 silently
    ("<50个不得分;达到50个得5分,此基础上每增加1个加0.1分,不设上限。", 10),
    # a rank rule without its step
    ("考核排名前3名得满分;其他依次递减。", 4),
    # the step counted from last year, not from 0
    ("比上年每增0.01次/车,扣5分。", 50),
    # the full-marks group is not printed as full marks but as a number below the 分值
    ("考核排名前3名得3分;其他依次递减0.2分。", 4),
]


@pytest.mark.parametrize("text, w, values", GENERALISATION)
def test_generalisation_sentences(text: str, w: float, values: dict[str, float]) -> None:
    _score_all(text, w, values)


@pytest.mark.parametrize("text, w", GENERALISATION_REFUSED)
def test_generalisation_near_misses_are_refused(text: str, w: float) -> None:
    _refused(text, w)
