"""Recogniser: a linear score between two thresholds — "低于70%得0分，70%-90%线性得分，90%以上得满分"
(an indicator library's 阶梯制, GitHub N8): 0 below A, W from B up, a straight line between:
``<A: 0; <B: W - W per (B-A); >=B: W``. At A the line gives 0 and at B it gives W, so the shared end
points score the same either way (no ambiguity). Any other clause (e.g. "甚至奖励") → ``None``.

>>> str(read_interpolation("低于70%得0分，70%-90%线性得分，90%以上得满分。"))
'<70%: 0; <90%: W - W per 20%; >=90%: W'
>>> str(read_interpolation("低于70%得0分，70%-80%线性得分，80%即可得满分。"))
'<70%: 0; <80%: W - W per 10%; >=80%: W'
>>> read_interpolation("低于70%得0分，70%-100%线性得分，100%以上得满分甚至奖励。") is None
True
"""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.rules.chinese._base import NUM
from jixiao.rules.grammar import parse_rule
from jixiao.rules.model import Rule, fmt_decimal

_LOW = re.compile(rf"^(?:(?:低于|小于|不足|<)(?P<a>{NUM})%|(?P<a2>{NUM})%以下|(?P<a3>{NUM})%\(不含\)以下)(?:的|者)?"
                  r"(?:得0分|不得分|计0分)$")
_LINE = re.compile(rf"^(?P<a>{NUM})%(?:-|~|至|到)(?P<b>{NUM})%(?:之间|区间)?(?:的)?(?:按比例)?线性(?:得分|计分|插值)$")
#: the upper threshold in the wordings of the same meaning: 90%以上 / 90%(含)以上 / 90%及以上 / ≥90% /
#: 不低于90% / 达到90% / 90%即可 (以上 includes the number, the reader's documented policy)
_HIGH = re.compile(rf"^(?:(?:≥|不低于|达到|高于或等于)?(?P<b>{NUM})%(?:\(含\))?(?:及以上|以上)?)(?:的|者)?(?:即可)?得满分$")


def read_interpolation(norm: str) -> Rule | None:
    """The rule for a normalised low / linear / full text, or ``None`` (not this shape)."""
    parts = [p for p in re.split(r"[，,；;。]", norm) if p]
    if len(parts) != 3:
        return None
    low, line, high = _LOW.match(parts[0]), _LINE.match(parts[1]), _HIGH.match(parts[2])
    if low is None or line is None or high is None:
        return None
    a = Decimal(low["a"] or low["a2"] or low["a3"])
    b = Decimal(high["b"])
    if Decimal(line["a"]) != a or Decimal(line["b"]) != b or not a < b:
        return None
    return parse_rule(f"<{fmt_decimal(a)}%: 0; <{fmt_decimal(b)}%: W - W per {fmt_decimal(b - a)}%; "
                      f">={fmt_decimal(b)}%: W")
