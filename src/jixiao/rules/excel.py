"""Compile rules to native Excel-2010 formulas (the portable template flavour).

The formulas use only functions that exist in Excel 2010, WPS and LibreOffice
(IF, AND, ISNUMBER, MIN, MAX, ROUND, ROUNDUP, ROUNDDOWN); see
:mod:`jixiao.excel_lint`. The ceil rule is guarded against binary floating point:
``ROUNDUP(ROUND((0.95-x)/0.01,9),0)`` so that 94% loses 1 point, not 2.

Every formula is text without the leading ``=``; callers add it.
"""

from __future__ import annotations

from decimal import Decimal

from jixiao.grading import parse_scheme
from jixiao.rules.model import (
    Amount,
    Any_,
    Compare,
    Condition,
    Interval,
    Linear,
    Points,
    Prop,
    Rule,
    Text,
    distance_origin,
    fmt_decimal,
    prop_threshold,
)

#: text a portable formula shows when a value falls in a gap of the rule
GAP_TEXT = "#JIXIAO! 规则未覆盖此值"
NOT_NUMBER_TEXT = "#JIXIAO! 业绩值不是数字"
NOT_APPLICABLE = "缺省"


def _lit(d: Decimal) -> str:
    return fmt_decimal(d)


def _xl_str(s: str) -> str:
    return '"' + s.replace('"', '""') + '"'


def _amount(a: Amount, w: str) -> str:
    if not a.of_weight:
        return _lit(a.coef.value)
    if a.coef.value == 1:
        return w
    return f"{_lit(a.coef.value)}*{w}"


def _condition(cond: Condition, v: str, guard_number: bool) -> str:
    if isinstance(cond, Any_):
        return "TRUE"
    if isinstance(cond, Text):
        return f"{v}={_xl_str(cond.text)}"
    if isinstance(cond, Compare):
        test = f"{v}{'=' if cond.op == '=' else cond.op}{_lit(cond.bound.value)}"
    else:
        assert isinstance(cond, Interval)
        parts = []
        if cond.lo is not None:
            parts.append(f"{v}{'>=' if cond.lo_closed else '>'}{_lit(cond.lo.value)}")
        if cond.hi is not None:
            parts.append(f"{v}{'<=' if cond.hi_closed else '<'}{_lit(cond.hi.value)}")
        test = parts[0] if len(parts) == 1 else f"AND({','.join(parts)})"
    if guard_number:
        return f"AND(ISNUMBER({v}),{test})"
    return test


def _clamp(expr: str, w: str) -> str:
    return f"MAX(0,MIN({w},{expr}))"


def _outcome(clause_cond: Condition, out: Points | Linear | Prop, v: str, w: str) -> str:
    if isinstance(out, Points):
        a = out.amount
        if a.of_weight and 0 <= a.coef.value <= 1:
            return _amount(a, w)  # a share of W in [0, W] needs no clamp
        if not a.of_weight and a.coef.value == 0:
            return "0"
        return _clamp(_amount(a, w), w)
    if isinstance(out, Prop):
        den = prop_threshold(clause_cond)
        expr = f"{w}*{v}" if den == 1 else f"{w}*{v}/{_lit(den)}"
        return _clamp(expr, w)
    origin, direction = distance_origin(clause_cond)
    if origin == 0:
        dist = v if direction > 0 else f"-{v}"
    else:
        dist = f"({v}-{_lit(origin)})" if direction > 0 else f"({_lit(origin)}-{v})"
    units = dist if out.unit.value == 1 else f"{dist}/{_lit(out.unit.value)}"
    if out.rounding == "ceil":
        units = f"ROUNDUP(ROUND({units},9),0)"
    elif out.rounding == "floor":
        units = f"ROUNDDOWN(ROUND({units},9),0)"
    step = _amount(out.step, w)
    expr = f"{_amount(out.start, w)}-{step}*{units}"
    return _clamp(expr, w)


def rule_formula(rule: Rule, value_ref: str, weight_ref: str) -> str:
    """The native formula scoring the value in ``value_ref`` on a row worth ``weight_ref``.

    Blank value → "" (nothing shown yet); "缺省" → full marks; a value no clause
    covers → the text ``#JIXIAO! 规则未覆盖此值``.

    >>> from jixiao.rules.grammar import parse_rule
    >>> rule_formula(parse_rule(">=95%: 5; <95%: 5 - 1 per 1% ceil"), "H5", "G5")
    'IF(ISNUMBER(H5),IF(H5>=0.95,MAX(0,MIN(G5,5)),IF(H5<0.95,MAX(0,MIN(G5,5-1*ROUNDUP(ROUND((0.95-H5)/0.01,9),0))),"#JIXIAO! 规则未覆盖此值")),IF(H5="缺省",G5,IF(H5="","","#JIXIAO! 业绩值不是数字")))'
    """
    v, w = value_ref, weight_ref
    qualitative = rule.is_qualitative
    chain = _xl_str(GAP_TEXT)
    for clause in reversed(rule.clauses):
        if isinstance(clause.condition, Any_):
            chain = _outcome(clause.condition, clause.outcome, v, w)
            continue
        cond = _condition(clause.condition, v, guard_number=qualitative)
        chain = f"IF({cond},{_outcome(clause.condition, clause.outcome, v, w)},{chain})"
    na = _xl_str(NOT_APPLICABLE)
    if qualitative:
        return f'IF({v}={na},{w},IF({v}="","",{chain}))'
    return (
        f"IF(ISNUMBER({v}),{chain},IF({v}={na},{w},"
        f'IF({v}="","",{_xl_str(NOT_NUMBER_TEXT)})))'
    )


def exec_rate_formula(actual_ref: str, budget_ref: str, carryover_ref: str | None = None) -> str:
    """预算执行率 as a native formula; blank inputs → "", zero denominator → error text."""
    den = budget_ref if carryover_ref is None else f"({budget_ref}+{carryover_ref})"
    blank = f'OR({actual_ref}="",{budget_ref}="")'
    return (
        f'IF({blank},"",IF({den}=0,"#JIXIAO! 预算数为0，无法计算执行率",{actual_ref}/{den}))'
    )


def grade_formula(total_ref: str, scheme: str | None = None) -> str:
    """等级 from the total as nested IFs (no IFS: Excel 2010)."""
    bands = parse_scheme(scheme).bands
    chain = _xl_str(bands[-1][1])
    for minimum, label in reversed(bands[:-1]):
        chain = f"IF({total_ref}>={_lit(minimum)},{_xl_str(label)},{chain})"
    return f'IF(ISNUMBER({total_ref}),{chain},"")'
