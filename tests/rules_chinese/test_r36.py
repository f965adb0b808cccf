"""r36: clean-ups left by sessions 26–27 in the Chinese rule reader (issue 11) — behaviour identical on the corpus
(bench/dump_readings.py: 0 changed after each item).

1. ``bonus.read_per_time_bonus`` returns its rule with the notes its text says beside it, like the other whole-text
   recognisers after r34 (``perunit.read_per_unit_award``).
2. numericfailings keeps ``lexicon.said_as_done(failing)`` (had=False): the contracts differ where the failing's one
   negation is 没有/无 before something had — there had=True says 有, while the checklist the name lands in
   (``checklist.read_missing_items``) names its other items with the negation dropped. A comment at the call says so.
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


# ---- 2. numericfailings says a failing as done with had=False, as the checklist around it does ----------------------------


def test_numeric_failing_is_named_like_its_neighbours() -> None:
    """W 5: 投诉处理 1 + 专职人员 2 + 台账 2 = 5. The missing-items checklist names "无工作台账" by dropping 无; the numeric
    failing "无2名以上专职人员" is named the same way (had=False), not "有2名以上专职人员" (shortnames' had=True)."""
    r = read_rule_text("投诉处理不及时扣1分;无2名以上专职人员的,扣2分;无工作台账扣2分。", 5)
    assert [(i.text, str(i.points)) for i in r.items] == [
        ("投诉处理及时", "1"), ("2名以上专职人员", "2"), ("工作台账", "2")]
    assert r.max_points == 5


def test_numeric_failing_with_an_action_verb_is_named_alike_either_way() -> None:
    """W 5: 1 + 2 + 2 = 5. After 没有 an action verb (开展) gets no 有 under either contract: the negation is dropped."""
    r = read_rule_text("投诉处理不及时扣1分;没有开展3次以上培训的,扣2分;未建立工作台账扣2分。", 5)
    assert [i.text for i in r.items] == ["投诉处理及时", "开展3次以上培训", "建立工作台账"]


def test_numeric_failing_near_miss_a_negation_inside_a_word_is_kept_as_printed() -> None:
    """"存在无证经营商家" holds 无 inside 无证: the failing is never said as done (neither "存在证经营商家" nor
    "存在有证经营商家"); W 5: 1 + 2 + 2 = 5, every item named as printed and asked as a failing (出现则扣)."""
    r = read_rule_text("投诉处理不及时扣1分;校园周边200米范围内存在无证经营商家的,扣2分;未建立工作台账扣2分。", 5)
    assert [i.text for i in r.items] == ["投诉处理不及时", "校园周边200米范围内存在无证经营商家", "未建立工作台账"]
    assert all(i.failing for i in r.items) and r.max_points == 5
