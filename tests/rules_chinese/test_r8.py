"""r8 (issue 11): formulas, ratios and rankings — score = rate × points in other wordings, proportional
scoring below a threshold, rankings, targets printed in the row.

Sources (tests/rules_chinese/corpus.yaml): fresh19 AF2-4, AF3-4; fresh20 AG14-2, AG18-1, AG20-2;
fresh21 AH5-1, AH13-1, AH13-2. Expected scores are worked out by hand from the sentence (arithmetic in
the comments), never copied from a run.
"""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from jixiao.rules.chinese import read_rule_text


def _score_all(text: str, w: float, values: dict[str, float], target: str | None = None) -> None:
    r = read_rule_text(text, w)
    assert r.ok and r.rule is not None, (text, r.unread, r.understood)
    for value, score in values.items():
        assert r.rule.score(value, D(str(w)), target) == D(str(score)), (text, value, r.canonical)


def _refused(text: str, w: float) -> None:
    r = read_rule_text(text, w)
    assert not r.ok and r.rule is None and r.kind != "checklist", (text, r.canonical)


# ---- generalisation check: sentences written for this family BEFORE the reader was changed ---------
# (the session-start reader, main a89c8e7, read 0 of the 11 to read and refused all 11 — none wrong;
# it refused the 4 near-misses — see docs/notes/r8.md)

GENERALISATION = [
    # a heading with the row's 分值, then the formula: 6 × 满意度: 90% → 5.4; 50% → 3
    ("服务对象满意度(6分),得分=满意度×6分。", 6, None, {"100%": 6, "90%": 5.4, "50%": 3, "0%": 0}),
    # "A与N之乘积", the rate defined after: 8 × 到位率: 75% → 6; 50% → 4
    ("资金到位得分为资金到位率与8之乘积,资金到位率即实际到位资金与计划资金之比。", 8, None,
     {"100%": 8, "75%": 6, "50%": 4, "0%": 0}),
    # the formula, a line break, the rate's definition: 20 × 报送率: 90% → 18; 45% → 9
    ("报送得分=报送率×20\n报送率=按时报送单位数/应报送单位数", 20, None, {"100%": 20, "90%": 18, "45%": 9}),
    # rank: 20 - 1 × (名次 - 1): 3 → 18; 10 → 11
    ("按照各乡镇工作得分排名,第一名20分,按名次依次递减1分。", 20, None, {"1": 20, "3": 18, "10": 11}),
    # rank, other words: 30 - 3 × (名次 - 1): 2 → 27; 5 → 18; 11 → 0; 15 → 0 (never below 0)
    ("根据考核结果排名，第1名得30分，其余按名次依次递减3分", 30, None, {"1": 30, "2": 27, "5": 18, "11": 0, "15": 0}),
    # a count to reach, else its share: ≥ 20 → 10; below 10 × n / 20: 15 → 7.5; 10 → 5
    ("年内完成农技培训20场以上;否则按完成比例得分。", 10, None, {"25": 10, "20": 10, "15": 7.5, "10": 5, "0": 0}),
    # all done or the unfinished share deducted: 6 × 完成比例: 50% → 3; 80% → 4.8
    ("全部村庄完成改厕,得6分,未完成按改厕完成比例扣分", 6, None, {"100%": 6, "80%": 4.8, "50%": 3, "0%": 0}),
    # the row's target (≥80%): 10 - 1 per point below: 79% → 9; 75% → 5; 60% → 0
    ("垃圾分类知晓率不达标,每降低1%,扣1分。", 10, "≥80%", {"85%": 10, "80%": 10, "79%": 9, "75%": 5, "60%": 0}),
    # 繁体: 4 × 辦結率: 75% → 3; 50% → 2
    ("按時辦結率(4分),得分=按時辦結率×4分。", 4, None, {"100%": 4, "75%": 3, "50%": 2}),
    # 繁体, the product in words: 5 × 上報率: 80% → 4; 30% → 1.5
    ("數據上報得分為上報率與5之乘積。", 5, None, {"100%": 5, "80%": 4, "30%": 1.5}),
    # the printed × as a Latin c between spaces: 12 × 办结率: 75% → 9; 50% → 6
    ("群众来信办结率(12分),得分=办结率 c 12分。", 12, None, {"100%": 12, "75%": 9, "50%": 6}),
]

GENERALISATION_REFUSED = [
    # the product's number is not the row's 分值 (8 × 到位率 on a 10-point row: what is the other 2?)
    ("得分为资金到位率与8之乘积。", 10),
    # rank, but no step: how much does each place lose?
    ("按照各乡镇工作得分排名,第一名20分,按名次依次递减。", 20),
    # "c" glued to letters and digits: not the printed × (a unit? a grade?)
    ("得分=办结率c12分。", 12),
    # the steps count from last year's figure, which the row does not hold
    ("知晓率不达标,比上年每降低1%,扣1分。", 10),
]
# (a fourth near-miss first written here, "知晓率每降低1%,扣1分。", is no near-miss: the documented r1 policy reads
# a rate's steps without a base from 100% with a warning — replaced by the one above before any reader change)


@pytest.mark.parametrize("text, w, target, values", GENERALISATION)
def test_generalisation_sentences(text: str, w: float, target: str | None, values: dict[str, float]) -> None:
    _score_all(text, w, values, target)


@pytest.mark.parametrize("text, w", GENERALISATION_REFUSED)
def test_generalisation_near_misses_are_refused(text: str, w: float) -> None:
    _refused(text, w)
