"""Session 37 (lead): the corpus judge accepts a count reading of an equal-item `checklist` label.

Until now a `checklist` label read as a count rule was "wrong" while a `scores` label (by the count) read as a checklist
was "read" (`_equal_items_count`, session 24): collectors had to relabel by convention (fresh67 CB3-3, fresh69 CD2-1…7)
and a test_r45 sample of fresh9 V11-1 failed on a rewrite that read the two equal deductions as a count. The judge now
accepts the count reading when the text's points are all one value p and the items add up to the 分值 (n = W ÷ p): the
scores are the same either way (policy 同额扣分并入次数). Expected scores below by hand.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from jixiao.rules.grammar import parse_rule
from tests.rules_chinese.corpus import count_of_equal_items, judge

# fresh9 V11-1 (w 4): two conditions worth 2 each, labelled checklist 4
V11_1 = ("成立以党委政府领导为组长、相关职能部门参加的秸秆禁烧工作领导小组,夏收、秋收前对秸秆禁烧工作及时作出部署。"
         "未成立禁烧工作领导小组的,扣2分;政府未作出禁烧工作部署的,扣2分。")


@pytest.mark.parametrize("canonical", [
    "*: W - 2 per 1",            # k failings: 0 → 4, 1 → 2, 2 → 0
    ">=2: W; <2: W - 2 per 1",   # k items met: 2 → 4, 1 → 2, 0 → 0
])
def test_count_reading_of_equal_items_is_accepted(canonical: str) -> None:
    assert count_of_equal_items(V11_1, parse_rule(canonical), 4, 4)


@pytest.mark.parametrize("canonical", [
    "*: W - 1 per 1",            # 1 failing → 3, but one item is worth 2
    ">=3: W; <3: W - 2 per 1",   # 2 met → 2, not 4
    "*: W - 4 per 1",            # one failing → 0
])
def test_count_reading_with_other_scores_is_not(canonical: str) -> None:
    assert not count_of_equal_items(V11_1, parse_rule(canonical), 4, 4)


def test_unequal_points_are_never_a_count() -> None:
    text = "未成立领导小组的,扣1分;未作出部署的,扣3分。"  # 1 + 3 = 4: items differ, no count reading is right
    rule = parse_rule("*: W - 2 per 1")
    assert not count_of_equal_items(text, rule, 4, 4)
    assert judge({"id": "x", "text": text, "w": 4, "checklist": 4})[0] in ("read", "refused")  # the reader's own reading


def test_total_other_than_the_weight_is_not_a_count() -> None:
    # items 2 + 2 = 4 on a 5-point row: a count reading W − 2k scores 5 with no failing, not 4
    assert not count_of_equal_items(V11_1, parse_rule("*: W - 2 per 1"), 5, 4)


def test_scores_of_the_count_reading_are_the_items_sums() -> None:
    # independent arithmetic: items (2, 2) ticked k of 2 → 2k; failings k → 4 − 2k
    rule = parse_rule("*: W - 2 per 1")
    assert [rule.score(str(k), 4) for k in range(3)] == [Decimal(4), Decimal(2), Decimal(0)]
