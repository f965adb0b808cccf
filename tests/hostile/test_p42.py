"""p42: product leftovers of sessions 41–42 (issue 11).

1. ``Rule.score`` refuses a 业绩值 typed with a unit that is no percentage ("10分", "95万元") in a rule that reads a
   percentage, with the same Chinese reason SCORE_RANGE, collect and validate give (was: "10分" scored as the number).

Every expected score is hand arithmetic from the rule's text, written before the run.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from jixiao.errors import InputError, ScoringError
from jixiao.rules.grammar import parse_rule
from jixiao.rules.target import scoring_input

# ---------------------------------------------------------------------------------------------------------------------
# 1. a unit that is not the rule's: refused in the core as by every client
# ---------------------------------------------------------------------------------------------------------------------

PERCENT_RULES = ["*: W - 0.3 per 1%", ">=90%: W; *: 0", ">=100%: W; <100%: W - 0.4 per 1%", '"优秀": W; >=90%: 0.8W; *: 0']

#: (typed 业绩值, the unit the reason must name)
WRONG_UNITS = [("10分", "分"), ("10 分", "分"), ("95万元", "万元"), ("95人", "人"), ("95万", "万"), ("９５ 分", "分")]


@pytest.mark.parametrize("rule", PERCENT_RULES)
@pytest.mark.parametrize(("text", "unit"), WRONG_UNITS)
def test_unit_not_a_percentage_refused_in_the_core(rule: str, text: str, unit: str) -> None:
    r = parse_rule(rule)
    with pytest.raises(ScoringError) as core:
        r.score(text, 30)
    msg = core.value.message_zh
    assert f"（单位“{unit}”）" in msg and "该行按百分比计分" in msg and "请改填百分比" in msg, msg
    with pytest.raises(InputError) as client:  # SCORE_RANGE's and collect's order: the same sentence
        scoring_input(text, r, None, weight=30)
    assert str(client.value.message_zh) == msg


#: a percentage, a bare number, 缺省 and a named level are still scored (分值 30, hand arithmetic)
KEPT = [
    ("*: W - 0.3 per 1%", "10%", Decimal(27)),  # 30 − 0.3 × 10
    ("*: W - 0.3 per 1%", "9.5个百分点", Decimal("27.15")),  # 30 − 0.3 × 9.5
    (">=90%: W; *: 0", "95 %", Decimal(30)),
    (">=90%: W; *: 0", "95", Decimal(30)),  # above 10: percent points
    (">=90%: W; *: 0", "缺省", Decimal(30)),
    ('"优秀": W; >=90%: 0.8W; *: 0', "优秀", Decimal(30)),
    ('"优秀": W; >=90%: 0.8W; *: 0', "95%", Decimal(24)),  # 0.8 × 30
]


@pytest.mark.parametrize(("rule", "text", "want"), KEPT)
def test_percent_values_still_scored(rule: str, text: str, want: Decimal) -> None:
    assert parse_rule(rule).score(text, 30) == want


def test_count_rule_keeps_its_units() -> None:
    # a rule that counts (no %): "3次" is 3 counts, 30 − 1.5 × 3 = 25.5; the % check does not apply
    assert parse_rule("*: W - 1.5 per 1").score("3次", 30) == Decimal("25.5")
