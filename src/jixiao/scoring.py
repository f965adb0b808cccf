"""The public scoring functions: one engine for UDFs, templates and validation."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from jixiao.rules.grammar import parse_rule
from jixiao.rules.model import Rule


def score_range(value: Any, rule: str | Rule, weight: Any) -> Decimal:
    """Score ``value`` with ``rule`` (canonical text or a parsed Rule) on a row worth ``weight``.

    >>> score_range("84.70%", "*: prop", 10)
    Decimal('8.4700')
    """
    r = rule if isinstance(rule, Rule) else parse_rule(rule)
    return r.score(value, weight)
