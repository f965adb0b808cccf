"""A value typed with "%" or "‰" on a rule that only counts whole units is refused by the core as by every client.

Found by r79's red team (docs/notes/r79.md, "Product"): ``Rule.score("4%")`` on ``*: W - 1.5 per 1`` ("每发现1次扣1.5分",
30 分) gave 29.94 — 4 % read as 0.04 of a count — while SCORE_RANGE refused it by the row's unit.
"""

from __future__ import annotations

from decimal import Decimal

import jixiao_udfs as udfs
import pytest

from jixiao.errors import ScoringError
from jixiao.rules.grammar import parse_rule

COUNT_RULE = "*: W - 1.5 per 1"  # 每发现1次扣1.5分, 分值 30


@pytest.mark.parametrize("typed", ["4%", "４％", "4 %", "4‰"])
def test_a_percentage_on_count_steps_is_refused(typed: str) -> None:
    with pytest.raises(ScoringError) as err:
        parse_rule(COUNT_RULE).score(typed, 30)
    assert "按个数（次数）逐次扣分" in err.value.message_zh
    assert str(udfs.SCORE_RANGE(typed, COUNT_RULE, 30)).startswith("#JIXIAO!")  # the UDF refuses it too


@pytest.mark.parametrize(("typed", "expected"), [("4", Decimal(24)), ("4次", Decimal(24)), ("0", Decimal(30)),
                                                 ("20", Decimal(0))])
def test_counts_still_score(typed: str, expected: Decimal) -> None:
    # 30 − 1.5 × n, floor 0 (hand arithmetic: 4 → 24; 20 → 30 − 30 = 0)
    assert parse_rule(COUNT_RULE).score(typed, 30) == expected


def test_text_that_is_no_number_keeps_its_refusal() -> None:
    # "两次" is no number the engine reads (typed_unit gives None): the same ScoringError as before, never a TypeError
    # (the first version of this check crashed building tests/hostile/test_p33_redteam's workbooks)
    with pytest.raises(ScoringError):
        parse_rule(COUNT_RULE).score("两次", 30)


@pytest.mark.parametrize(("rule", "typed", "expected"), [
    ("*: W - 0.3 per 1%", "4%", Decimal("28.8")),  # steps in %: 30 − 0.3 × 4
    ("*: prop", "4%", Decimal("1.2")),  # a proportion: 4 % × 30
    (">=0.9: W; *: 0", "95%", Decimal(30)),  # fraction bounds: 95 % is 0.95
])
def test_percent_rules_keep_percentages(rule: str, typed: str, expected: Decimal) -> None:
    assert parse_rule(rule).score(typed, 30) == expected


# r86 (docs/notes/r86.md, product finding 1): the banded form of a count rule read "50%" as half a count —
# "每次扣2分,3次及以上不得分" on 10: "50%" scored 10 − 2 × 0.5 = 9; "迟到一次扣1分,累计超过3次不得分": "30%" scored 9.7.
@pytest.mark.parametrize("rule", [">=3: 0; *: W - 2 per 1", ">3: 0; *: W - 1 per 1", "=0: W; >=3: 0; *: W - 2 per 1"])
@pytest.mark.parametrize("typed", ["50%", "30%", "5‰"])
def test_a_percentage_on_banded_count_steps_is_refused(rule: str, typed: str) -> None:
    with pytest.raises(ScoringError) as err:
        parse_rule(rule).score(typed, 10)
    assert "按个数（次数）逐次扣分" in err.value.message_zh


@pytest.mark.parametrize(("rule", "typed", "expected"), [
    (">=3: 0; *: W - 2 per 1", "2", Decimal(6)),  # 10 − 2 × 2
    (">=3: 0; *: W - 2 per 1", "3次", Decimal(0)),  # the band: 3 次及以上不得分
    (">3: 0; *: W - 1 per 1", "3", Decimal(7)),  # 10 − 3; 超过3次 starts at 4
    (">3: 0; *: W - 1 per 1", "4", Decimal(0)),
])
def test_banded_counts_still_score(rule: str, typed: str, expected: Decimal) -> None:
    assert parse_rule(rule).score(typed, 10) == expected


@pytest.mark.parametrize(("rule", "typed", "expected"), [
    ("<0.9: W - 10 per 1; *: W", "85%", Decimal("9.5")),  # a fraction bound: a rate, 10 − 10 × (0.9 − 0.85)
    ("<=90: W; >90: W - 1 per 1万元", "95万元", Decimal(5)),  # steps in a word are step_word's (p42): 10 − 5
])
def test_rules_that_are_not_counts_keep_their_reading(rule: str, typed: str, expected: Decimal) -> None:
    assert parse_rule(rule).score(typed, 10) == expected
