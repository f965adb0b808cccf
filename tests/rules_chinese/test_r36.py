"""r36: clean-ups left by sessions 26–27 in the Chinese rule reader (issue 11) — behaviour identical on the corpus
(bench/dump_readings.py: 0 changed after each item).

1. ``bonus.read_per_time_bonus`` returns its rule with the notes its text says beside it, like the other whole-text
   recognisers after r34 (``perunit.read_per_unit_award``).
"""

from __future__ import annotations

from decimal import Decimal

from jixiao.rules.chinese import read_rule_text
from jixiao.rules.chinese.bonus import read_per_time_bonus

# ---- 1. the per-time award without 每 says its text's notes --------------------------------------------------------------


def test_per_time_bonus_of_the_corpus_reads_as_before() -> None:
    """fresh33 AT8-6: 1 point per training, at most 2 — 2 trainings reach the 分值 (2 ÷ 1 = 2); no note beside it."""
    rule, notes = read_per_time_bonus("培训1次加1分,最高得分2分", Decimal(2))  # type: ignore[misc]
    assert str(rule) == ">=2: W; <2: W - 1 per 1" and notes == []
    r = read_rule_text("培训1次加1分,最高得分2分", 2)
    assert r.canonical == ">=2: W; <2: W - 1 per 1"
    assert [r.rule.score(k, 2) for k in (0, 1, 2, 3)] == [0, 1, 2, 2]  # type: ignore[union-attr]  # min(2, 1 × k)


def test_per_time_bonus_says_how_to_count() -> None:
    """The bracket only says how to count: said after the meaning, as the award with 每 says it. 0.5 per 次, at most 2:
    4 次 reach the 分值 (2 ÷ 0.5); 3 次 → 1.5."""
    r = read_rule_text("举办讲座1次加0.5分,2分封顶(同一主题的讲座按1次计分)", 2)
    assert r.canonical == ">=4: W; <4: W - 0.5 per 1"
    assert r.understood[0].startswith("业绩值为完成的次数")
    assert r.understood[-1] == "计数说明（不参与计分）：同一主题的讲座按1次计分"
    assert r.rule.score(3, 2) == Decimal("1.5")  # type: ignore[union-attr]
    with_each = read_rule_text("每举办讲座1次加0.5分,最高2分(同一主题的讲座按1次计分)", 2)
    assert with_each.canonical == r.canonical and with_each.understood == r.understood


def test_per_time_bonus_near_miss_an_item_is_no_time() -> None:
    """"有1项加1分" counts items present, not times done: not the per-time award."""
    assert read_per_time_bonus("有1项加1分,最高2分", Decimal(2)) is None
