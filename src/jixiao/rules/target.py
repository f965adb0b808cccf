"""Targets of self-evaluation rows (年度指标值) and the national default scoring rule.

A self-evaluation row compares its 实际完成值 with its 年度指标值. The target is
printed as one text ("≥95%", "≤90万元", "=100%", "100%", "≥50个", "≥100百分比")
or split over three cells (指标性质 "≥" | 指标值 95 | 度量单位 "%").
:func:`parse_target` reads either into operator + number + unit.

The national default (财预〔2020〕10号 填表说明, repeated by most provinces): a 定量
row that meets its target scores full marks; one that does not scores 实际 ÷ 指标 × 分值
for a "≥" (正向) target and 指标 ÷ 实际 × 分值 for a "≤" (反向) target, never above
分值. In the rule language (``T`` = the row's target):

- "≥" → ``>=T: W; <T: prop``
- "≤" → ``<=T: W; >T: invprop``
- "=" (or a bare number) → ``=T: W; <T: prop; >T: invprop``

定性 rows (达成 / 部分达成 / 未达成预期指标) score within 100–80 % / 80–50 % / 50–0 % of
分值 (:data:`QUALITATIVE_BANDS`).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from jixiao.numbers import number_in_unit
from jixiao.rules.grammar import parse_rule
from jixiao.rules.model import Rule, fmt_decimal

_OPS = {
    "≥": ">=", ">=": ">=", "≧": ">=", "大于等于": ">=", "不低于": ">=", "不少于": ">=", "达到": ">=",
    "≤": "<=", "<=": "<=", "≦": "<=", "小于等于": "<=", "不高于": "<=", "不超过": "<=", "不大于": "<=",
    ">": ">", "大于": ">", "<": "<", "小于": "<", "=": "=", "＝": "=", "等于": "=",
}
_OP_ALT = "|".join(sorted((re.escape(k) for k in _OPS), key=len, reverse=True))
_TARGET_RE = re.compile(
    rf"^(?P<op>{_OP_ALT})?\s*(?P<num>[-+]?\d[\d,]*(?:\.\d+)?)\s*(?P<unit>%|百分比|百分点|[A-Za-z²³/]{{1,4}}|[\u4e00-\u9fff]{{0,4}})$"
)
_PERCENT_UNITS = frozenset({"%", "百分比"})

#: the default rule per target operator (canonical rule text; ``T`` = the target)
DEFAULT_RULES: dict[str, str] = {
    ">=": ">=T: W; <T: prop",
    ">": ">T: W; <=T: prop",
    "<=": "<=T: W; >T: invprop",
    "<": "<T: W; >=T: invprop",
    "=": "=T: W; <T: prop; >T: invprop",
}
#: 定性 answers and the share of 分值 each allows (low, high), both inclusive
QUALITATIVE_BANDS: dict[str, tuple[Decimal, Decimal]] = {
    "达成": (Decimal("0.8"), Decimal(1)),
    "部分达成": (Decimal("0.5"), Decimal("0.8")),
    "未达成": (Decimal(0), Decimal("0.5")),
}
DEFAULT_NAME = "全国自评默认规则（财预〔2020〕10号：达到指标值得满分；未达到的正向指标按 实际值÷指标值×分值，" \
    "反向指标按 指标值÷实际值×分值，不超过分值；定性指标 达成/部分达成/未达成 分别在分值的 " \
    "100%–80%/80%–50%/50%–0% 之间）"


@dataclass(frozen=True)
class Target:
    """A parsed target: ``op`` one of >=, >, <=, <, =; ``value`` as a number
    (percent → fraction: "95%" → 0.95); ``unit`` as printed ("%", "万元", "个", "")."""

    op: str
    value: Decimal
    unit: str
    #: False for a bare number ("100%", "43.2"): read as "=", but whether the row is 正向
    #: or 反向 is not printed, so the default rule is only applied where it cannot
    #: matter (actual = target → full marks)
    stated_op: bool = True

    @property
    def is_percent(self) -> bool:
        return self.unit in _PERCENT_UNITS

    @property
    def default_rule(self) -> Rule:
        return parse_rule(DEFAULT_RULES[self.op])

    def __str__(self) -> str:
        shown = fmt_decimal(self.value * 100) if self.is_percent else fmt_decimal(self.value)
        unit = "%" if self.is_percent else self.unit
        return f"{'≥' if self.op == '>=' else '≤' if self.op == '<=' else self.op}{shown}{unit}"


def _norm(text: Any) -> str:
    if text is None:
        return ""
    t = unicodedata.normalize("NFKC", str(text))
    return re.sub(r"\s+", "", t)


def parse_target(text: Any, nature: Any = None, unit: Any = None, *,
                 percent_cell: bool = False) -> Target | None:
    """Read a target into operator + number + unit, or ``None`` when it is not quantitative.

    ``nature`` / ``unit``: the split cells of the 权重 style (指标性质, 度量单位);
    ``text`` is then the number alone. ``percent_cell``: ``text`` is a number from a
    cell formatted as a percentage (0.95 shown as 95%), already a fraction.

    >>> str(parse_target("≥95%")), str(parse_target("≤90万元")), str(parse_target("100%"))
    ('≥95%', '≤90万元', '=100%')
    >>> parse_target("≥100百分比").value, parse_target("≥50个").unit
    (Decimal('1'), '个')
    >>> str(parse_target(30, "≤", "万元"))
    '≤30万元'
    >>> parse_target("效果明显") is None
    True
    """
    if isinstance(text, bool):
        return None
    body = _norm(text)
    op_text = _norm(nature)
    unit_text = _norm(unit)
    if op_text:
        if op_text not in _OPS:
            return None
        body = op_text + body
    if unit_text and not body.endswith(unit_text):
        body = body + unit_text
    m = _TARGET_RE.match(body)
    if m is None:
        return None
    try:
        value = Decimal(m.group("num").replace(",", ""))
    except InvalidOperation:
        return None
    u = m.group("unit") or ""
    if any(ch in u for ch in "之前后内完成底达"):  # "12月底之前完成" is a date, not a quantity
        return None
    if u in _PERCENT_UNITS and not (percent_cell and not isinstance(text, str)):
        value = value / 100
    op = _OPS[m.group("op")] if m.group("op") else "="
    return Target(op, value, u, stated_op=m.group("op") is not None)


def qualitative_answer(value: Any) -> str | None:
    """"达成" / "部分达成" / "未达成" for a 定性 actual ("达成预期指标" → "达成"), else ``None``."""
    t = _norm(value)
    if not t:
        return None
    for key in ("部分达成", "未达成", "达成"):
        if t.startswith(key) or t == key + "预期指标" or t == key + "目标":
            return key
    return None


def actual_in_target_unit(value: Any, number: Decimal | None, target: Target, *,
                          percent_cell: bool = False) -> Decimal | None:
    """The actual value on the target's scale.

    A percent target compared with a plain number above 1.5 ("≥100百分比" with 实际完成值
    100) reads the number as percent points (100 → 1.00), as these tables print it;
    percent text ("98%") and percent-formatted cells are fractions already. A value typed with its
    own unit is put on the target's scale when the target's unit carries 千/万/亿 ("95万元" or
    "950000元" beside "≤90万元" is 95, not 950000: ``numbers.number_in_unit``).
    """
    if number is None:
        return None
    if not target.is_percent and (x := number_in_unit(value, target.unit)) is not None:
        return x
    already = percent_cell or (isinstance(value, str) and "%" in _norm(value))
    if target.is_percent and not already and abs(number) > Decimal("1.5"):
        return number / 100
    return number
