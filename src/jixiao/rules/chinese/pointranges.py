"""Points printed as ranges only — the scorer gives points within the range (r68, r66's group A2, issue 11).

"房屋整治方案 1-5" (fresh54 BO9-1, a 5-point row: the points column of an acceptance form holds "1-5"), "路面施工质量 1-5"
(BO9-2), and three described levels each ending in its range "…水平較高18-20 / …建設一般10-17 / …建設缺乏0-9" (fresh68
CC2-1, a 20-point row): how many points within the range — and which level a county is in — is the judge's call. The corpus
labels them manual; the reader refused them ("条件后没有得分", and session 33's guard.refuse_bare_range for the form with a
bracketed 分值: a bare "1-5" read as the band ``[1,5]: 5`` scored any value from 1 to 5 as 5). A judgement hands the row to
the scorer, so no score can be wrong.

Only when the text settles that the numbers are points: every clause (line, 。, ；) ends with a range and nothing else (at
most "分" after it and a bracket restating the 分值), the top range ends at the row's 分值, the ranges do not overlap, and
what each clause describes holds no number and no measured quantity (率, 满意度, 数, 量, 次, 个, 人, 天, 元 …: "完成率 90-100" on
a 100-point row is a band of the rate, "满意度1-5" may be a rating scale) and no scoring word (扣, 得分, 加分 …). Anything else is left to the other readers.

>>> point_ranges("房屋整治方案 1-5", Decimal(5))
'原文只给了分数区间（房屋整治方案：1–5分）：在区间内给几分由评分人判断（满分5分）'
>>> point_ranges("工作扎实 8-10分；工作一般 4-7分；工作较差 0-3分", Decimal(10)) is not None
True

Not this shape (``None``): the top range is not the 分值, a measured quantity, a unit after the range, ranges overlapping:

>>> [point_ranges(t, Decimal(5)) for t in ("房屋整治方案 1-3", "完成率 1-5", "完成1-5个", "整治户数 1-5",
...                                        "方案好 3-5；方案一般 2-4", "扣1-5")]
[None, None, None, None, None, None]
"""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.rules.chinese._base import NUM, dec
from jixiao.rules.model import fmt_decimal

#: one clause ending in a range of points: the description, "lo-hi" (分 after either), a bracket restating the 分值
_RANGE_CLAUSE_RE = re.compile(rf"^(?P<desc>[^\d]*?)\s*(?P<lo>{NUM})\s*分?\s*[-－—~～至到]\s*(?P<hi>{NUM})\s*分?\s*"
                              rf"(?:[(（]\s*(?:分值|满分|共)?\s*(?P<w>{NUM})\s*分\s*[)）])?\s*$")
#: a measured quantity or a scoring word in what is described: the range is then a band of a value, or part of a rule
_MEASURED_RE = re.compile(r"率|(?:满意|知晓|完成|认可|覆盖|参与)度|比例|比重|占比|数|(?<!质)量|额|次|个|人|天|日|月|年|元|亩|户|%|％|‰|以上|以下|以内|不少于|不低于|"
                          r"达到|超过|低于|高于|扣|减|加分|得分|计分|分值|满分|每|否则")
_CLAUSES_RE = re.compile(r"\s*(?:\n|[。；;])\s*")


def point_ranges(text: str, weight: Decimal | None) -> str | None:
    """The judgement note when ``text`` (in 简体) only gives points as ranges (see the module), else ``None``."""
    if weight is None:
        return None
    ranges: list[tuple[str, Decimal, Decimal]] = []
    for clause in (c for c in _CLAUSES_RE.split(text.strip()) if c):
        m = _RANGE_CLAUSE_RE.match(clause)
        if m is None or (m["w"] is not None and dec(m["w"]) != weight):
            return lost_dash_ranges(text, weight)
        ranges.append((m["desc"], dec(m["lo"]), dec(m["hi"])))
    return _judged(ranges, weight, "原文只给了分数区间")


#: a described level whose points lost the dash of their range: "…用语基本文明,得47分" (4–7), "…得810分" (8–10)
_LOST_DASH_CLAUSE_RE = re.compile(r"^(?P<desc>[^\d]*?)[,，]?\s*得\s*(?P<n>\d{2,4})\s*分\s*$")


def lost_dash_ranges(text: str, weight: Decimal) -> str | None:
    """The judgement note when every clause ends "得NN分" and the numbers as printed cannot be points — above the 分值
    or opening with 0 — but each parts in one way only into a range lo–hi (one or two digits each, lo < hi) and the
    ranges run down from the 分值 to 0 without a gap or an overlap: "…得810分。…得47分。…得03分。" on a 10-point row
    (fresh42 BC8-1/BC9-1, labelled manual: 8–10, 4–7, 0–3, the dashes lost in extraction). Else ``None``.

    >>> lost_dash_ranges("工作扎实,得810分。工作一般,得47分。工作较差,得03分。", Decimal(10)) is not None
    True
    >>> lost_dash_ranges("工作扎实,得810分。工作一般,得46分。工作较差,得03分。", Decimal(10))  # 6 to 8: a gap
    >>> lost_dash_ranges("工作扎实,得10分。工作一般,得47分。工作较差,得03分。", Decimal(10))  # 10 is points as printed
    """
    ranges: list[tuple[str, Decimal, Decimal]] = []
    for clause in (c for c in _CLAUSES_RE.split(text.strip()) if c):
        m = _LOST_DASH_CLAUSE_RE.match(clause)
        if m is None or (m["n"][0] != "0" and Decimal(m["n"]) <= weight):
            return None
        n = m["n"]  # (a part after the first opening with 0 is no number: "8|05")
        fits = [(Decimal(n[:k]), Decimal(n[k:])) for k in range(1, len(n))
                if not (n[k] == "0" and len(n) - k > 1) and Decimal(n[:k]) < Decimal(n[k:]) <= weight]
        if len(fits) != 1:
            return None
        ranges.append((m["desc"], *fits[0]))
    ordered = sorted(ranges, key=lambda r: r[2], reverse=True)
    if len(ranges) < 2 or ordered[-1][1] != 0 \
            or any(low[2] + 1 != high[1] for high, low in zip(ordered, ordered[1:], strict=False)):
        return None
    printed = _LOST_DASH_CLAUSE_RE.match(next(c for c in _CLAUSES_RE.split(text.strip()) if c))["n"]  # type: ignore[index]
    _, lo, hi = ranges[0]
    return _judged(ranges, weight, f"分数疑为丢了连字符的区间（“{printed}分”即{fmt_decimal(lo)}–{fmt_decimal(hi)}分）")


def _judged(ranges: list[tuple[str, Decimal, Decimal]], weight: Decimal, lead: str) -> str | None:
    """The note for ranges (description, lo, hi) that describe something measured by nothing, top at the 分值, no
    overlap; ``None`` otherwise."""
    ranges = [(d.strip(" \t,，:：、"), lo, hi) for d, lo, hi in ranges]
    if not ranges or any(not d or _MEASURED_RE.search(d) or lo >= hi for d, lo, hi in ranges):
        return None
    ordered = sorted(ranges, key=lambda r: r[2], reverse=True)
    if ordered[0][2] != weight or any(low[2] >= high[1] for high, low in zip(ordered, ordered[1:], strict=False)):
        return None
    shown = "；".join(f"{re.split(r'[,，]', d)[-1]}：{fmt_decimal(lo)}–{fmt_decimal(hi)}分" for d, lo, hi in ranges)
    which = "属于哪一档、" if len(ranges) > 1 else ""
    return f"{lead}（{shown}）：{which}在区间内给几分由评分人判断（满分{fmt_decimal(weight)}分）"
