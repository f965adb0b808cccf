"""Recogniser (r74, issue 11): a standard score at a standard, then steps both ways around it — "根据市场最高价、最低价、
平均价、自行估价制定一标准价格,标准价格对应分数为20分。每高于标准价格1%,标准分扣2分,每低于标准价格1%,标准分加2分"
(fresh78 CL7-1, a supplier rating's 价格 row; the 配分 column prints 最高为40分 — the row's 分值 is the cap).

The value is the price (or the measure) as a share of the standard (报价 ÷ 标准价格; the standard is 100 %). At 100 % the
standard score S; each 1 % on the costly side takes a points, each 1 % on the other side adds b points, scores kept in
[0, 分值] as every rule is. Written with the two ends where the score reaches 0 or the 分值 (the rule language deducts
only, so the rising side counts down from where it reaches the 分值 — as a base with a bonus, steps.py):

    <=90%: W; >100%: 20 - 2 per 1%; >90%: W - 2 per 1%            (分值 40, a price: lower is better)

by hand: 101 % → 20 − 2 = 18; 105 % → 10; 110 % → 0; 99 % → 20 + 2 = 22 (= 40 − 2 × 9); 95 % → 30; 90 % → 40; 85 % → 40.

Read only when the standard score is below the 分值 (at the 分值 the added points could never count: BZ6-1's "100%得10分,
每增加1个百分点加1分" on 10 stays refused), the steps are of 1 % (or 1 个百分点), both sides name the same standard (or
none), the added points reach the 分值 in whole steps, and nothing else is printed but a description of how the
standard is set (no number) and a cap that is the 分值.

>>> from decimal import Decimal
>>> str(read_standard_steps("根据市场最高价、最低价、平均价、自行估价制定一标准价格,标准价格对应分数为20分。每高于标准价格1%,"
...                         "标准分扣2分,每低于标准价格1%,标准分加2分。", Decimal(40)))
'<=90%: W; >100%: 20 - 2 per 1%; >90%: W - 2 per 1%'
>>> str(read_standard_steps("达到基准值得6分,每高于基准值1个百分点加1分,每低于基准值1个百分点扣0.5分", Decimal(10)))
'>=104%: W; <100%: 6 - 0.5 per 1%; <104%: W - 1 per 1%'
>>> read_standard_steps("标准价格对应分数为20分。每高于标准价格1%扣2分,每低于标准价格1%加2分。", Decimal(20)) is None  # S = 分值
True
>>> read_standard_steps("标准价格对应分数为20分。每高于标准价格1%扣2分,每低于平均价格1%加2分。", Decimal(40)) is None
True
"""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.rules.chinese._base import CONTINUOUS_PP_NOTE, NUM, dec
from jixiao.rules.grammar import parse_rule
from jixiao.rules.model import Rule, fmt_decimal

_STD = r"(?:标准价格|标准价|基准价格|基准价|标准值|基准值|标准|基准)"
#: the standard score: "标准价格对应分数为20分" / "达到基准值得6分" / "以标准价格为基准得20分"
_BASE_RE = re.compile(rf"^(?:(?:达到|等于|符合)?(?P<std>{_STD})(?:的)?(?:对应(?:的)?)?(?:分数|得分|分值)?(?:为|得|计|记)"
                      rf"(?P<s>{NUM})分)$")
#: one side's steps: "每高于标准价格1%,标准分扣2分" / "每低于基准值1个百分点扣0.5分"
_STEP_RE = re.compile(rf"^每(?P<dir>高于|超过|超出|低于)(?P<std>{_STD})?(?P<u>1)(?:%|个百分点)(?:的)?,?(?:标准分|基准分)?"
                      rf"(?P<op>扣|减|加|增加)(?:除|计)?(?P<p>{NUM})分$")
#: a preamble that says how the standard is set: no number, no score
_PREAMBLE_RE = re.compile(r"^[^\d%分]{2,60}$")
_CAP_RE = re.compile(rf"^(?:最高|最多|上限|封顶)(?:得|为|可得)?(?P<cap>{NUM})分$")


def read_standard_steps(norm: str, weight: Decimal | None) -> Rule | None:
    """The rule for a standard score and steps both ways around the standard, or ``None`` (not this shape)."""
    if weight is None:
        return None
    parts = [p for p in re.split(r"[,;。]", norm.strip()) if p]
    # "每高于标准价格1%,标准分扣2分": the step and its points are one clause
    merged: list[str] = []
    for p in parts:
        if merged and merged[-1].startswith("每") and not re.search(r"分$", merged[-1]):
            merged[-1] += "," + p
        else:
            merged.append(p)
    base = None
    steps: dict[str, tuple[str | None, Decimal]] = {}  # "up"/"down" → (the standard named, points)
    cap = None
    for k, part in enumerate(merged):
        if base is None and (m := _BASE_RE.match(part)) is not None:
            base = m
        elif base is not None and (m := _STEP_RE.match(part)) is not None:
            side = "down" if m["dir"] == "低于" else "up"
            if side in steps:
                return None
            steps[side] = ((m["std"] or base["std"]), (-1 if m["op"] in ("扣", "减") else 1) * dec(m["p"]))
        elif base is not None and len(steps) == 2 and (m := _CAP_RE.match(part)) is not None and cap is None:
            cap = dec(m["cap"])
        elif base is None and k == 0 and _PREAMBLE_RE.match(part):
            continue
        else:
            return None
    if base is None or len(steps) != 2 or (cap is not None and cap != weight):
        return None
    (std_up, up), (std_down, down) = steps["up"], steps["down"]
    if {std_up, std_down} != {base["std"]} or (up > 0) == (down > 0) or up == 0 or down == 0:
        return None  # another standard on one side, or both sides the same way: not one standard's two sides
    s = dec(base["s"])
    if not Decimal(0) < s < weight:
        return None  # at (or above) the 分值 the added points could never count
    gain = down if down > 0 else up
    room = (weight - s) / gain
    if room != room.to_integral_value():
        return None  # the added points do not reach the 分值 in whole steps: where they stop would be a guess
    fs = fmt_decimal(s)
    if down > 0:  # lower is better (a price): full marks from 100 % − room down
        edge = fmt_decimal(Decimal(100) - room)
        return parse_rule(f"<={edge}%: W; >100%: {fs} - {fmt_decimal(-up)} per 1%; >{edge}%: W - {fmt_decimal(down)} per 1%")
    edge = fmt_decimal(Decimal(100) + room)
    return parse_rule(f">={edge}%: W; <100%: {fs} - {fmt_decimal(-down)} per 1%; <{edge}%: W - {fmt_decimal(up)} per 1%")


def standard_steps_notes(rule: Rule, weight: Decimal | None) -> list[str]:
    """What :func:`read_standard_steps` read: the value and the two sides."""
    return ["业绩值填与标准之比（如 报价÷标准价格，标准即100%）：等于标准得标准分；高于、低于标准按原文每1%扣分或加分，"
            "得分在0与分值之间（分值即最高分）", CONTINUOUS_PP_NOTE.replace("扣分", "扣分或加分")]
