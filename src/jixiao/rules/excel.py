"""Compile rules to native Excel-2010 formulas (the portable template flavour).

The formulas use only functions that exist in Excel 2010, WPS and LibreOffice
(IF, AND, ISNUMBER, MIN, MAX, ROUND, ROUNDUP, ROUNDDOWN); see
:mod:`jixiao.excel_lint`. The ceil rule is guarded against binary floating point:
``ROUNDUP(ROUND((0.95-x)/0.01,9),0)`` so that 94% loses 1 point, not 2.

Every formula is text without the leading ``=``; callers add it.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from jixiao.grading import parse_scheme
from jixiao.rules.model import (
    Amount,
    Any_,
    Compare,
    Condition,
    Interval,
    InvProp,
    Linear,
    Points,
    Prop,
    Rule,
    TargetRef,
    Text,
    distance_origin,
    fmt_decimal,
    prop_threshold,
    text_key,
)

#: text a portable formula shows when a value falls in a gap of the rule
GAP_TEXT = "#JIXIAO! 规则未覆盖此值"
NOT_NUMBER_TEXT = "#JIXIAO! 业绩值不是数字"
#: a 业绩值 typed as text with a unit that cannot be put on the 指标值's scale ("40人" beside "≥50个"):
#: ``.format(unit)`` (:func:`unit_text`; rules.target.on_target_scale decides)
UNIT_TEXT = "#JIXIAO! 业绩值请按指标值的单位（{}）填写数字"
#: a plain number up to 1.5 typed as text beside a percent 指标值 ("1" beside "≤3%": 1% or 100%?)
SMALL_PERCENT_TEXT = "#JIXIAO! 业绩值请写成百分比，如“95%”"
NOT_APPLICABLE = "缺省"
NO_TARGET_TEXT = "#JIXIAO! 指标值不是数字"


def unit_text(target: Any) -> str:
    """:data:`UNIT_TEXT` for a ``rules.target.Target`` (a percent target's unit shown as "%")."""
    return UNIT_TEXT.format("%" if target.is_percent else target.unit)


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


def _bound(b: Any, t: str | None) -> str:
    if isinstance(b, TargetRef):
        if t is None:
            msg = "rule refers to the target T: give target_ref"
            raise ValueError(msg)
        return t
    return _lit(b.value)


def _condition(cond: Condition, v: str, guard_number: bool, t: str | None = None) -> str:
    if isinstance(cond, Any_):
        return "TRUE"
    if isinstance(cond, Text):
        return f"{v}={_xl_str(text_key(cond.text))}"  # the value is read as text_key reads it
    if isinstance(cond, Compare):
        test = f"{v}{'=' if cond.op == '=' else cond.op}{_bound(cond.bound, t)}"
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


def _rounded(expr: str, places: int | None) -> str:
    """``ROUND(ROUND(x,9),N)`` for a rule's "round N" (r8): the inner ROUND takes off binary float noise, so that an
    exact tie (0.765) rounds up as the engine's Decimal does."""
    return expr if places is None else f"ROUND(ROUND({expr},9),{places})"


def _outcome(clause_cond: Condition, out: Points | Linear | Prop | InvProp, v: str, w: str,
             t: str | None = None, places: int | None = None) -> str:
    if isinstance(out, Points):
        a = out.amount
        if a.of_weight and 0 <= a.coef.value <= 1:
            return _rounded(_amount(a, w), places)  # a share of W in [0, W] needs no clamp
        if not a.of_weight and a.coef.value == 0:
            return "0"
        return _rounded(_clamp(_amount(a, w), w), places)
    target_bound = isinstance(clause_cond, Compare) and isinstance(clause_cond.bound, TargetRef)
    if isinstance(out, InvProp):
        num = _bound(clause_cond.bound, t) if target_bound else _lit(prop_threshold(clause_cond))
        return f'IF({v}=0,{_xl_str(ZERO_VALUE_TEXT)},{_rounded(_clamp(f"{w}*{num}/{v}", w), places)})'
    if isinstance(out, Prop):
        if target_bound:
            den = _bound(clause_cond.bound, t)
            return f'IF({den}=0,{_xl_str(ZERO_TARGET_TEXT)},{_rounded(_clamp(f"{w}*{v}/{den}", w), places)})'
        den_n = prop_threshold(clause_cond)
        expr = f"{w}*{v}" if den_n == 1 else f"{w}*{v}/{_lit(den_n)}"
        return _rounded(_clamp(expr, w), places)
    if target_bound:
        direction = -1 if clause_cond.op in ("<", "<=") else 1
        o = _bound(clause_cond.bound, t)
        dist = f"({v}-{o})" if direction > 0 else f"({o}-{v})"
        return _rounded(_linear(out, dist, w), places)
    origin, direction = distance_origin(clause_cond)
    if origin == 0:
        dist = v if direction > 0 else f"-{v}"
    else:
        dist = f"({v}-{_lit(origin)})" if direction > 0 else f"({_lit(origin)}-{v})"
    return _rounded(_linear(out, dist, w), places)


def _linear(out: Linear, dist: str, w: str) -> str:
    units = dist if out.unit.value == 1 else f"{dist}/{_lit(out.unit.value)}"
    if out.rounding == "ceil":
        units = f"ROUNDUP(ROUND({units},9),0)"
    elif out.rounding == "floor":
        units = f"ROUNDDOWN(ROUND({units},9),0)"
    step = _amount(out.step, w)
    expr = f"{_amount(out.start, w)}-{step}*{units}"
    return _clamp(expr, w)


ZERO_TARGET_TEXT = "#JIXIAO! 指标值为0，无法按比例计分"
ZERO_VALUE_TEXT = "#JIXIAO! 实际值为0，无法按比例计分"


def rule_formula(rule: Rule, value_ref: str, weight_ref: str, target_ref: str | None = None) -> str:
    """The native formula scoring the value in ``value_ref`` on a row worth ``weight_ref``.

    Blank value → "" (nothing shown yet); "缺省" → full marks; a value no clause
    covers → the text ``#JIXIAO! 规则未覆盖此值``. A rule that refers to the row's
    target ``T`` needs ``target_ref``: the cell holding the target number (a blank
    target → "", a text target → ``#JIXIAO! 指标值不是数字``), or the number itself.

    >>> from jixiao.rules.grammar import parse_rule
    >>> rule_formula(parse_rule(">=95%: 5; <95%: 5 - 1 per 1% ceil"), "H5", "G5")
    'IF(ISNUMBER(H5),IF(H5>=0.95,MAX(0,MIN(G5,5)),IF(H5<0.95,MAX(0,MIN(G5,5-1*ROUNDUP(ROUND((0.95-H5)/0.01,9),0))),"#JIXIAO! 规则未覆盖此值")),IF(H5="缺省",G5,IF(H5="","","#JIXIAO! 业绩值不是数字")))'
    """
    v, w, t = value_ref, weight_ref, target_ref
    qualitative = rule.is_qualitative
    chain = _xl_str(GAP_TEXT)
    for clause in reversed(rule.clauses):
        if isinstance(clause.condition, Any_):
            chain = _outcome(clause.condition, clause.outcome, v, w, t, rule.round_places)
            continue
        cond = _condition(clause.condition, v, guard_number=qualitative, t=t)
        chain = f"IF({cond},{_outcome(clause.condition, clause.outcome, v, w, t, rule.round_places)},{chain})"
    na = _xl_str(NOT_APPLICABLE)
    if qualitative:
        formula = f'IF({v}={na},{w},IF({v}="","",{chain}))'
    else:
        formula = (
            f"IF(ISNUMBER({v}),{chain},IF({v}={na},{w},"
            f'IF({v}="","",{_xl_str(NOT_NUMBER_TEXT)})))'
        )
    if rule.uses_target:
        if t is None:
            msg = "rule refers to the target T: give target_ref"
            raise ValueError(msg)
        if _is_number_literal(t):  # the target written into the formula: nothing to check
            return formula
        return f'IF(ISNUMBER({t}),{formula},IF({t}="","",{_xl_str(NO_TARGET_TEXT)}))'
    return formula


def _is_number_literal(ref: str) -> bool:
    try:
        Decimal(ref)
    except ArithmeticError:
        return False
    return True


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
