"""Ratios printed in evaluation reports: 预算执行率 and friends (Decimal arithmetic)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from jixiao.errors import ScoringError
from jixiao.numbers import require_number
from jixiao.rules.model import fmt_decimal


def _amount(value: Any, label: str) -> Decimal:
    return require_number(value, label, label)


def exec_rate(actual: Any, budget: Any, carryover: Any = 0) -> Decimal:
    """预算执行率 = 实际支出 ÷ (预算数 + 结转结余).

    Args:
        actual: 实际支出 (spent).
        budget: 预算数 (budget, often 调整后预算).
        carryover: 结转结余 (carried-over funds); 0 when not part of the denominator.

    Raises:
        ScoringError: an amount is blank, not a number or negative, or the denominator is 0.

    >>> round(exec_rate(1012.41, 1060), 6)
    Decimal('0.955104')
    """
    a = _amount(actual, "实际支出")
    b = _amount(budget, "预算数")
    c = _amount(carryover, "结转结余") if carryover not in (None, "") else Decimal(0)
    for amount, label in ((a, "实际支出"), (b, "预算数"), (c, "结转结余")):
        if amount < 0:  # -95 ÷ -100 would read 95%, full marks from two typos
            msg = f"{label}为负数（{fmt_decimal(amount)}），无法计算执行率"
            raise ScoringError(msg, f"{label} is negative")
    den = b + c
    if den == 0:
        msg = f"预算数（含结转）为{fmt_decimal(den)}，无法计算执行率"
        raise ScoringError(msg, "budget is 0, rate undefined")
    return a / den
