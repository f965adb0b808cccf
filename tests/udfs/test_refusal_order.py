"""p29: SCORE_RANGE's chain (``rules.target.scoring_input``) and collect's (``rules.target.typed_input_reason``) refuse
a typed 业绩值 for the same reason, the first reason first — over typed texts × rule kinds × row units.

The two chains are written apart: scoring_input asks the row's unit, then the answer the rule gives no score, then
reads the value (``in_row_unit`` → ``on_percent_bands``, whose own reason is the unit on % bands); typed_input_reason
asks the unit on % bands first. They agree because the two unit checks never both speak: on % bands in a row whose
unit is no percentage the row's unit does not decide (``scored_unit`` is ""), and in a % row both say p22's text. This
test is the proof the lead asked for instead of a third copy of the order (p26's Left, p29 brief point 6).
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from jixiao.errors import InputError
from jixiao.rules.grammar import parse_rule
from jixiao.rules.target import scoring_input, typed_input_reason

#: one rule of each kind a row is scored by: a count deduction, % bands, proportional, amounts on bands, text levels
#: with a 否则 (and with number bands beside them), pass/fail, on the row's own 指标值
RULES = [parse_rule(r) for r in (
    "*: W - 0.2 per 1",
    ">=95%: 5; <95%: 5 - 1 per 1% ceil",
    "=100%: 1; <100%: 1 - 5%W per 1%",
    "*: prop",
    ">200: 5; <=200: prop",
    '"明确": 2; "明确性不足": 1; *: 0',
    '"符合": W; *: 0',
    '"达标": W; >=0.5%: 1; *: 0',
    ">=T: W; <T: prop",
)]
UNITS = [None, "", "万元", "元", "次", "例", "个", "%", "百分比", "万人", "人", "天", "日", "分"]
#: what a bureau types: numbers with or without a multiplier and a unit, level names and their negations, answers
#: that are none, error values, blanks
NUMBERS = st.sampled_from(["0", "3", "-1", "1.5", "95", "150", "0.95", "1,500", "96.87", "1e3"])
MULTS = st.sampled_from(["", "", "千", "万", "亿"])
SUFFIXES = st.sampled_from(["", "元", "次", "处", "例", "人", "人次", "%", "‰", "个百分点", "分", "天", "日", "项"])
WORDS = st.sampled_from(["明确", "明确性不足", "不明确", "未明确", "符合", "不符合", "达标", "√", "是", "×", "（明确）",
                         "缺省", "#N/A", "#REF!", "", " ", "三次", "150万元以上", "约95%", "95%左右", "  95 %  "])


@st.composite
def typed(draw: st.DrawFn) -> Any:
    kind = draw(st.integers(0, 2))
    if kind == 0:
        return draw(NUMBERS) + draw(MULTS) + draw(SUFFIXES)
    if kind == 1:
        return draw(WORDS)
    return draw(st.one_of(st.integers(-5, 300), st.floats(-2, 200, allow_nan=False, allow_infinity=False),
                          st.decimals(-2, 200, places=2), st.none(), st.booleans()))


def _score_range_reason(value: Any, rule: Any, unit: Any, weight: Any = None) -> str | None:
    try:
        scoring_input(value, rule, unit, weight=weight)
    except InputError as e:
        return e.message_zh
    return None


@settings(max_examples=1500, deadline=None)
@given(typed(), st.sampled_from(RULES), st.sampled_from(UNITS), st.sampled_from([None, 5]))
def test_score_range_and_collect_refuse_alike(value: Any, rule: Any, unit: Any, weight: Any) -> None:
    # given the row's weight, both also ask whether "0.95" typed in a % row reads two ways (p31)
    assert _score_range_reason(value, rule, unit, weight) == typed_input_reason(value, rule, unit, weight=weight)


def test_the_reasons_each_chain_gives_first() -> None:  # protecting: hand-picked, one per reason, read off the texts
    count, bands, money, levels = (RULES[0], RULES[1], RULES[4], RULES[5])
    cases = [
        ("95分", bands, None, "单位不符：该行按百分比计分，填的是“95分”（单位“分”），无法计分，请改填百分比"),
        ("150人", money, "万元", "单位不符：该行单位为“万元”，填的是“150人”（单位“人”），无法计分，请按“万元”填写"),
        ("150元", money, "万元", None),  # p31: 0.015 万元, an exact conversion
        ("√", levels, None, "业绩值“√”不是评分标准中的等级（明确、明确性不足），无法计分，请填写等级名称"),
        (-1, count, "例", "业绩值 -1 为负数：本行按发生的个数（次数）扣分，个数不能为负，无法计分"),
        ("150万元", money, "万元", None),
        (Decimal("0.9"), bands, "%", None),
    ]
    for value, rule, unit, why in cases:
        assert typed_input_reason(value, rule, unit) == why
        assert _score_range_reason(value, rule, unit) == why
