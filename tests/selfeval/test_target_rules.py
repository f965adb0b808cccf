"""Target-relative rules (``T`` = the row's 年度指标值) and target texts.

Expected values are hand arithmetic (shown) or properties; the Excel compilation is
checked against the `formulas` engine as an independent client.
"""

from decimal import Decimal

import numpy as np
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from jixiao.errors import InputError, RuleSyntaxError
from jixiao.rules.excel import rule_formula
from jixiao.rules.grammar import parse_rule
from jixiao.rules.model import Clause, Compare, InvProp, Points, Prop, Rule, TargetRef
from jixiao.rules.target import (
    DEFAULT_RULES,
    actual_in_target_unit,
    default_rule,
    parse_target,
    qualitative_answer,
)
from tests.strategies import amounts, clauses

D = Decimal


# -- target texts -------------------------------------------------------------------

@pytest.mark.parametrize(("text", "op", "value", "unit"), [
    ("≥95%", ">=", D("0.95"), "%"),
    ("≤90万元", "<=", D(90), "万元"),
    ("=100%", "=", D(1), "%"),
    ("100%", "=", D(1), "%"),  # a bare number reads as "="
    ("≥50个", ">=", D(50), "个"),
    ("≥100百分比", ">=", D(1), "百分比"),  # 棠溪镇 2022 prints the unit as 百分比
    ("≤10次", "<=", D(10), "次"),
    ("＞ 90 %", ">", D("0.9"), "%"),
    ("不低于98%", ">=", D("0.98"), "%"),
    ("0起", "=", D(0), "起"),
])
def test_target_text_is_operator_number_unit(text, op, value, unit):
    t = parse_target(text)
    assert (t.op, t.value, t.unit) == (op, value, unit)


@pytest.mark.parametrize("text", ["效果明显", "严格执行相关制度规定", "12月底之前完成", "30天内", "", None,
                                  "符合相关规定", True])
def test_qualitative_or_date_targets_are_not_numbers(text):
    assert parse_target(text) is None


def test_split_target_cells():
    # 青神 2023: 指标性质 "=" | 指标值 100 | 度量单位 "%"
    t = parse_target(100, "=", "%")
    assert (t.op, t.value, t.unit) == ("=", D(1), "%")
    t = parse_target("30", "≤", "万元")
    assert (t.op, t.value, t.unit) == ("<=", D(30), "万元")
    assert parse_target(30, "约", "万元") is None  # an operator we do not know: refuse


def test_percent_target_with_plain_actual_reads_percent_points():
    # 棠溪镇: "≥100百分比" with 实际完成值 100 → 100 % = 1.00
    t = parse_target("≥100百分比")
    assert actual_in_target_unit(100, D(100), t) == 1
    assert actual_in_target_unit("98%", D("0.98"), t) == D("0.98")
    assert actual_in_target_unit(50, D(50), parse_target("≥50个")) == 50


@pytest.mark.parametrize(("text", "answer"), [
    ("达成预期指标", "达成"), ("部分达成预期指标", "部分达成"), ("未达成预期指标", "未达成"), ("达成", "达成"),
    ("效果明显", None), (None, None)])
def test_qualitative_answers(text, answer):
    assert qualitative_answer(text) == answer


# -- the default rule at its edges (W = 10) -----------------------------------------

@pytest.mark.parametrize(("target", "actual", "expected"), [
    ("≥95%", "95%", D(10)),            # exactly at target → full marks
    ("≥95%", "96%", D(10)),            # above: full marks, never more
    ("≥95%", "94%", D(10) * D("0.94") / D("0.95")),   # just below: 10 × 94/95 = 9.8947…
    ("≤90万元", 90, D(10)),             # exactly at a ≤ target
    ("≤90万元", 100, D(9)),             # above a ≤ target: 10 × 90/100 = 9
    ("≤90万元", 80, D(10)),             # below a ≤ target: met
    ("=100%", "100%", D(10)),
    ("=100%", "80%", D(8)),             # 10 × 0.8/1 = 8
    ("=100%", "125%", D(8)),            # 10 × 1/1.25 = 8
    ("≤0起", 0, D(10)),                 # 0 target met
    ("≤0起", 2, D(0)),                  # 0 target missed: 10 × 0/2 = 0
    ("≥0个", 3, D(10)),
])
def test_default_rule_edges(target, actual, expected):
    t = parse_target(target)
    assert default_rule(t).score(actual, 10, t.value) == expected


def test_default_rules_text_and_round_trip():
    assert DEFAULT_RULES[">="] == ">=T: W; <T: prop"
    assert DEFAULT_RULES["<="] == "<=T: W; >T: invprop"
    for text in DEFAULT_RULES.values():
        assert str(parse_rule(text)) == text


def test_rule_with_t_needs_a_target():
    rule = parse_rule(">=T: W; <T: prop")
    with pytest.raises(InputError, match="年度指标值"):
        rule.score("90%", 10)


def test_prop_on_a_zero_target_is_refused_only_when_used():
    rule = parse_rule(">=T: W; <T: prop")
    assert rule.score(5, 10, 0) == 10  # 5 ≥ 0: met
    with pytest.raises(InputError, match="为0"):
        rule.score(-1, 10, 0)


@pytest.mark.parametrize("text", ['"是": invprop', ">=0: invprop"])
def test_invprop_syntax_errors(text):
    with pytest.raises(RuleSyntaxError):
        parse_rule(text)


# -- properties ---------------------------------------------------------------------

OPS = [">=", ">", "<=", "<", "="]


@st.composite
def target_clauses(draw):
    op = draw(st.sampled_from(OPS))
    out = draw(st.sampled_from(["points", "prop", "invprop"]))
    cond = Compare(op, TargetRef())
    if out == "prop":
        return Clause(cond, Prop())
    if out == "invprop":
        return Clause(cond, InvProp())
    return Clause(cond, Points(draw(amounts())))


target_rules = st.lists(st.one_of(target_clauses(), clauses()), min_size=1, max_size=4).map(
    lambda cs: Rule(tuple(cs)))
xs = st.decimals(min_value=D("0.01"), max_value=D(300), places=2)


@given(rule=target_rules)
def test_parse_of_render_is_identity_with_targets(rule):
    assert parse_rule(str(rule)) == rule


@given(rule=target_rules, x=xs, t=xs, w=st.integers(0, 20))
def test_target_rules_score_within_zero_and_weight(rule, x, t, w):
    try:
        s = rule.score(x, w, t)
    except InputError:
        return
    assert 0 <= s <= w


@given(op=st.sampled_from([">=", "<=", "="]), t=xs, w=st.integers(1, 20))
def test_default_rule_full_marks_exactly_at_target(op, t, w):
    assert parse_rule(DEFAULT_RULES[op]).score(t, w, t) == w


@given(a=xs, b=xs, t=xs, w=st.integers(1, 20))
def test_default_rule_monotone(a, b, t, w):
    lo, hi = sorted([a, b])
    up = parse_rule(DEFAULT_RULES[">="])
    down = parse_rule(DEFAULT_RULES["<="])
    assert up.score(lo, w, t) <= up.score(hi, w, t)  # 正向: more is never worse
    assert down.score(lo, w, t) >= down.score(hi, w, t)  # 反向: more is never better


def _excel(formula):
    import formulas

    return formulas.Parser().ast("=" + formula)[1].compile()


@settings(max_examples=60, deadline=None)
@given(rule=target_rules, x=xs, t=xs, w=st.integers(1, 20))
def test_differential_target_formula_equals_engine(rule, x, t, w):
    """The compiled formula (value A1, weight B1, target C1) agrees with the engine."""
    func = _excel(rule_formula(rule, "A1", "B1", "C1"))
    try:
        expected = rule.score(x, w, t)
    except InputError:
        expected = None
    cells = {"A1": float(x), "B1": float(w), "C1": float(t)}
    got = np.asarray(func(*[cells[k] for k in func.inputs])).ravel()[0]
    if expected is None:
        assert isinstance(got, str) and got.startswith("#JIXIAO!")
        return
    for c in rule.clauses:  # binary floats exactly at a band edge may differ; skip those
        b = getattr(c.condition, "bound", None)
        edge = t if isinstance(b, TargetRef) else getattr(b, "value", None)
        assume(edge is None or abs(x - edge) > D("1e-9"))
        for name in ("lo", "hi"):
            n = getattr(c.condition, name, None)
            assume(n is None or abs(x - n.value) > D("1e-9"))
    assert not isinstance(got, str), got
    assert abs(float(got) - float(expected)) < 1e-6


def test_formula_without_target_ref_is_refused():
    with pytest.raises(ValueError):
        rule_formula(parse_rule(">=T: W; <T: prop"), "A1", "B1")
