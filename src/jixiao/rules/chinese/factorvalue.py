"""Recogniser: a value built from scoring factors, then a step deduction on it — "具备一个得分要素业绩值
加0.5。业绩值为2得满分,每降低0.5扣除权重分的1/4,扣完为止" (S25, 2019年生态环保专项资金项目绩效评价指标体系).
The value is 0.5 per factor met (typed by the user); 2 → W, each 0.5 below costs W/4:
``>=2: W; <2: W - 25%W per 0.5``. Read only when the numbers agree with each other: the step is the
value of one factor, and the steps from full value down to 0 take exactly all of W (4 × 1/4 = 1) —
otherwise ``None``.

>>> str(read_factor_value("具备1个得分要素业绩值加0.5。业绩值为2得满分,每降低0.5扣除25%权重分。"))
'>=2: W; <2: W - 25%W per 0.5'
>>> read_factor_value("具备1个得分要素业绩值加0.5。业绩值为2得满分,每降低0.5扣除20%权重分。") is None
True
"""

from __future__ import annotations

import re

from jixiao.rules.chinese._base import NUM, dec
from jixiao.rules.chinese.lexicon import DEDUCT
from jixiao.rules.grammar import parse_rule
from jixiao.rules.model import HUNDRED, Rule, fmt_decimal

_FACTOR_VALUE_RE = re.compile(
    rf"^具备(?:1|一)个得分要素业绩值加(?P<a>{NUM})[。;；,，]业绩值为(?P<b>{NUM})得满分[,，]"
    rf"每(?:降低|减少|下降|低)(?P<a2>{NUM})(?!减){DEDUCT}(?P<s>{NUM})%(?:的)?权重分[。;；]?$")


def read_factor_value(norm: str) -> Rule | None:
    """The rule for the factor-value text (after normalising), or ``None``."""
    m = _FACTOR_VALUE_RE.match(norm)
    if m is None:
        return None
    a, b, a2, s = dec(m["a"]), dec(m["b"]), dec(m["a2"]), dec(m["s"])
    if a <= 0 or a != a2 or b <= 0:
        return None
    k = b / a
    if k != k.to_integral_value() or k * s != HUNDRED:
        return None
    return parse_rule(f">={fmt_decimal(b)}: W; <{fmt_decimal(b)}: W - {fmt_decimal(s)}%W per {fmt_decimal(a)}")
