"""Recogniser: worded levels whose points are a factor P of the 分值 — "已明确,本年度就网络安全工作作出批示或主持召开专题会议,
P = 1 ;已明确,本年度未就…,P = 0.5 ;尚未明确,P = 0。" (fresh71 CF2-1; the table's header says 得分 = 权重 V × P). Each
level scores P × 分值, named as printed; P must lie in [0, 1] and the levels fall from P = 1 (the 分值) as every other
worded scale (levels.falling_levels: names differ, no number tells them apart, …) — else ``None`` (r61).

>>> from decimal import Decimal
>>> str(read_factor_levels("制度健全,P = 1 ;制度基本健全,P = 0.5 ;无制度,P = 0。", Decimal(4)))
'"制度健全": W; "制度基本健全": 2; "无制度": 0'
>>> read_factor_levels("制度健全,P = 1.2 ;无制度,P = 0。", Decimal(4)) is None  # a factor above 1: above the 分值
True
>>> read_factor_levels("制度健全,P = 1 ;无制度,P = 0。", None) is None  # no 分值: no points
True
"""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.rules.chinese._base import NUM
from jixiao.rules.chinese.levels import falling_levels
from jixiao.rules.model import Rule

#: one level: its words, then "P = x" (spaces and a full-width ＝ allowed)
_FACTOR_LEVEL_RE = re.compile(rf"(?P<name>[^;；。]{{2,80}}?)\s*[,，]\s*P\s*[=＝]\s*(?P<p>{NUM})\s*")

#: what the reading says
FACTOR_LEVELS_NOTE = "各档的 P 是分值的系数（得分 = 分值 × P）：各档按原文措辞为等级名，得分 = P × 分值"


def read_factor_levels(text: str, weight: Decimal | None) -> Rule | None:
    """The levels rule for "描述,P = x;…" (one level a clause, x in [0, 1], falling from 1 to the last), or ``None``."""
    if weight is None or not re.search(r"P\s*[=＝]", text):
        return None
    segs = [s.strip(" ，,") for s in re.split(r"[;；。]", text) if s.strip(" ，,")]
    levels: list[tuple[str, Decimal]] = []
    for s in segs:
        m = _FACTOR_LEVEL_RE.fullmatch(s)
        if m is None:
            return None
        p = Decimal(m["p"])
        if not 0 <= p <= 1:
            return None
        levels.append((m["name"].strip(" ，,").replace('"', ""), p * weight))
    return falling_levels(levels, weight)
