"""Recogniser: kinds of problem listed with the measures that define them, then a deduction per problem found —
"格栅池未设置格栅、格栅失效（…)、栅距过大(超过25mm)、未清理垃圾的，发现一项扣1分，最多扣2分" (fresh17 AD13-4),
"…井深大于2.0米但未安装防护网等，每发现1个检查井出现前述问题之一，扣1分；井盖…高差大于5毫米等，每出现一项扣1分" (AD13-5).
The value is the number of problems found: ``*: W - N per 1``. The numbers in the list (25mm, 2.0米, 5毫米) only say
what counts as a problem; they carry a physical unit (never %, a rate or points). Strict, else ``None``:

* every clause is a list of problems (joined by 、, or ending in 的/等) followed by its count clause
  (每发现1项 / 发现一项 / 每出现1处 … 扣N分), every count at the same N;
* a number in a list is a measure with its unit (mm, 米, 毫米, 厘米, 吨, 天, 小时); nothing else scores or compares.

>>> from decimal import Decimal
>>> str(read_listed_findings("格栅失效、栅距过大(超过25mm)、未清理垃圾的,发现1项扣1分", Decimal(2)))
'*: W - 1 per 1'
>>> read_listed_findings("合格率低于90%、未清理垃圾的,发现1项扣1分", Decimal(2)) is None  # a rate: a band?
True
>>> read_listed_findings("栅距过大(超过25mm)的,发现1项扣1分;井盖破损等,每出现1项扣2分", Decimal(5)) is None  # 1 and 2
True
"""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.rules.chinese._base import NUM, dec
from jixiao.rules.chinese.lexicon import COUNT
from jixiao.rules.grammar import parse_rule
from jixiao.rules.model import Rule, fmt_decimal

#: the count clause: "发现1项扣1分" / "每出现1项扣1分" / "每发现1个检查井出现前述问题之一扣1分"
_COUNT_RE = re.compile(rf"^(?:每)?(?:发现|出现|存在|查出)(?:1|一){COUNT}[^\d扣，,。；;]{{0,24}}?扣(?P<n>{NUM})分$")

#: a measure that defines a problem: "超过25mm" / "大于2.0米" / "高差大于5毫米"
_MEASURE_RE = re.compile(rf"{NUM}(?:mm|cm|毫米|厘米|米|吨|天|小时)")

#: what a list of problems may not hold: points, scores, rates, another 每
_NOT_A_LIST_RE = re.compile(r"分|得|扣|%|率|每|以上|以下|以内|不足|低于|[≥≤<>]")


def read_listed_findings(norm: str, weight: Decimal | None) -> Rule | None:
    """``*: W - N per 1`` for problems listed with their measures, then counted, or ``None``."""
    if weight is None:
        return None
    pieces = [p for p in re.split(r"[。；;，,]", norm) if p.strip()]
    steps: set[Decimal] = set()
    listed = False  # a list of problems stands before the next count clause
    for p in pieces:
        m = _COUNT_RE.match(p)
        if m is not None:
            if not listed:
                return None
            steps.add(dec(m["n"]))
            listed = False
            continue
        bare = _MEASURE_RE.sub("", p)
        if _NOT_A_LIST_RE.search(bare) or re.search(r"\d", bare) or not (
                "、" in p or p.endswith(("的", "等", "等问题", "等情况"))):
            return None
        listed = True
    if listed or len(steps) != 1 or not _MEASURE_RE.search(norm):
        return None  # (no measure in the lists: the general reader reads plain descriptions)
    n = steps.pop()
    if n <= 0 or n > weight:
        return None
    return parse_rule(f"*: W - {fmt_decimal(n)} per 1")
