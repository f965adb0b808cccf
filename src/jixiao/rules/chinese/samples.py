"""Values worth trying on a rule (band edges ± half a point), for ``jixiao rule explain``.

>>> from jixiao.rules.grammar import parse_rule
>>> sample_values(parse_rule(">=95%: 5; <95%: 5 - 1 per 1%"))
['85%', '94.5%', '95%', '95.5%', '105%']
>>> sample_values(parse_rule('"全部完成": W; "部分完成": 50%W; "未完成": 0'))
['全部完成', '部分完成', '未完成', '缺省']
>>> sample_values(parse_rule('"符合": W; *: 0'))
['符合', '不符合', '缺省']
"""

from __future__ import annotations

from decimal import Decimal

from jixiao.rules.chinese._base import _fmt_point
from jixiao.rules.model import (
    ONE,
    ZERO,
    Compare,
    Interval,
    Prop,
    Rule,
    Text,
)


def sample_values(rule: Rule, limit: int = 14, target: Decimal | None = None,
                  target_pct: bool = False) -> list[str]:
    """Values worth trying on ``rule``: band edges ±0.5 percentage point (±1 for counts), a
    point inside each band, and one well below / above — as text a person would type.
    A ``T`` bound (the row's target) is tried at ``target``; without one it is left out."""
    if rule.is_qualitative:  # the levels as printed ("全部完成" / "部分完成" / …), then the pass/fail words
        names = [c.condition.text for c in rule.clauses if isinstance(c.condition, Text)]
        extra = [w for w in ("符合", "不符合") if w not in names and (not names or "符合" in names)]
        return [*names[:limit], *extra, "缺省"]
    pct = rule.uses_percent or (target is not None and target_pct)
    bounds: set[Decimal] = set()
    for c in rule.clauses:
        cond = c.condition
        if isinstance(cond, Compare):
            value = getattr(cond.bound, "value", target)
            if value is not None:
                bounds.add(value)
        elif isinstance(cond, Interval):
            bounds.update(b.value for b in (cond.lo, cond.hi) if b is not None)
    if not bounds:
        if any(isinstance(c.outcome, Prop) for c in rule.clauses):
            pct = True
        base = [Decimal("0.5"), Decimal("0.8"), ONE] if pct else [ZERO, ONE, Decimal(2), Decimal(4)]
        return [_fmt_point(v, pct) for v in base]
    edges = sorted(bounds)
    values: set[Decimal] = set()
    for b in edges:
        step = Decimal("0.005") if pct else (max(ONE, abs(b) / 100) if b else ONE)
        values.update((b - step, b, b + step))
    for a, b in zip(edges, edges[1:], strict=False):
        values.add((a + b) / 2)
    far = Decimal("0.1") if pct else max(Decimal(5), abs(edges[0]) / 5)
    values.add(edges[0] - far)
    values.add(edges[-1] + far)
    chosen = sorted(v for v in values if v >= 0 or edges[0] < 0)
    if len(chosen) > limit:
        keep = set(edges) | {chosen[0], chosen[-1]}
        rest = [v for v in chosen if v not in keep]
        chosen = sorted(keep | set(rest[: max(0, limit - len(keep))]))
    return [_fmt_point(v, pct) for v in chosen]
