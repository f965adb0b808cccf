"""Shared hypothesis strategies: rules as model objects, values as people type them."""

from decimal import Decimal

from hypothesis import strategies as st

from jixiao.rules.model import (
    Amount,
    Any_,
    Clause,
    Compare,
    Interval,
    Linear,
    Num,
    Points,
    Prop,
    Rule,
    Text,
    prop_threshold,
)


@st.composite
def nums(draw, lo=-200, hi=200, pct=None):
    is_pct = draw(st.booleans()) if pct is None else pct
    hundredths = draw(st.integers(min_value=lo * 100, max_value=hi * 100))
    value = Decimal(hundredths) / 100
    if is_pct:
        value = value / 100
    return Num(value, is_pct)


@st.composite
def amounts(draw):
    kind = draw(st.sampled_from(["points", "W", "coefW", "pctW"]))
    if kind == "points":
        return Amount(draw(nums(0, 20, pct=False)))
    if kind == "W":
        return Amount(Num(Decimal(1)), of_weight=True)
    if kind == "coefW":
        return Amount(draw(nums(0, 2, pct=False)), of_weight=True)
    return Amount(draw(nums(0, 100, pct=True)), of_weight=True)


@st.composite
def conditions(draw):
    kind = draw(st.sampled_from(["any", "cmp", "interval", "text"]))
    if kind == "any":
        return Any_()
    if kind == "cmp":
        return Compare(draw(st.sampled_from([">=", ">", "<=", "<", "="])), draw(nums()))
    if kind == "text":
        return Text(draw(st.sampled_from(["符合", "基本符合", "不符合", "是", "否", "完成"])))
    pct = draw(st.booleans())
    a, b = sorted([draw(nums(pct=pct)), draw(nums(pct=pct))], key=lambda n: n.value)
    lo = draw(st.one_of(st.just(a), st.none()))
    hi = b if lo is None else draw(st.one_of(st.just(b), st.none()))
    return Interval(lo, hi, draw(st.booleans()) and lo is not None,
                    draw(st.booleans()) and hi is not None)


def _one_sided(cond):
    if isinstance(cond, Any_ | Compare):
        return True
    return isinstance(cond, Interval) and (cond.lo is None) != (cond.hi is None)


@st.composite
def clauses(draw):
    cond = draw(conditions())
    kinds = ["points"]
    if not isinstance(cond, Text) and prop_threshold(cond) != 0:
        kinds.append("prop")
    if _one_sided(cond):
        kinds.append("linear")
    kind = draw(st.sampled_from(kinds))
    if kind == "points":
        return Clause(cond, Points(draw(amounts())))
    if kind == "prop":
        return Clause(cond, Prop())
    unit = draw(nums(1, 10, pct=None))
    rounding = draw(st.sampled_from(["", "ceil", "floor"]))
    return Clause(cond, Linear(draw(amounts()), draw(amounts()), unit, rounding))


def rules(min_size=1, max_size=6):
    return st.lists(clauses(), min_size=min_size, max_size=max_size).map(
        lambda cs: Rule(tuple(cs))
    )


@st.composite
def monotone_rules(draw):
    """Higher value never scores less: descending thresholds with non-increasing points."""
    n = draw(st.integers(1, 4))
    thresholds = sorted(
        {draw(st.integers(1, 150)) for _ in range(n)}, reverse=True
    )
    pts = sorted([draw(st.integers(0, 10)) for _ in thresholds], reverse=True)
    cs = [Clause(Compare(">=", Num(Decimal(t) / 100, True)), Points(Amount(Num(Decimal(p)))))
          for t, p in zip(thresholds, pts, strict=True)]
    last = Num(Decimal(thresholds[-1]) / 100, True)
    if draw(st.booleans()):
        tail = Linear(Amount(Num(Decimal(pts[-1]))), Amount(Num(Decimal(draw(st.integers(0, 3))))),
                      Num(Decimal("0.01"), True), draw(st.sampled_from(["", "ceil", "floor"])))
        cs.append(Clause(Compare("<", last), tail))
    else:
        cs.append(Clause(Any_(), Points(Amount(Num(Decimal(0))))))
    return Rule(tuple(cs))


values = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-10**20, max_value=10**20),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=20),
    st.sampled_from(["缺省", "符合", "96.87%", "４３．４９％", "—", "", "1060万元", "#DIV/0!"]),
)
excel_inputs = st.recursive(values, lambda inner: st.lists(inner, max_size=4), max_leaves=12)
