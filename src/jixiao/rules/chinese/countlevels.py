"""Recogniser: levels by how many times something was done — "开展一次的，得50%；开展二次的，得满分；
未开展的，则不得分" (fresh5 Q18-3, 政务服务 考核). The value is the number of times; each printed
number scores its points, "未开展" (none) scores 0: ``=2: W; =1: 50%W; =0: 0``. A count the text
does not print (3 times) is a rule gap, never a guess. One verb for every level; the counts must
rise with the points and the top level must be the 分值 (得满分 or N分 = W).

>>> from decimal import Decimal
>>> str(read_count_levels("开展1次的,得50%;开展2次的得满分;未开展的,则不得分。", Decimal("6.25")))
'=2: W; =1: 50%W; =0: 0'
>>> str(read_count_levels("开展1次的;赋50%;开展2次的;得满分;未开展的;不得分", Decimal("6.25")))
'=2: W; =1: 50%W; =0: 0'
>>> str(read_count_levels("召开1次得1分;召开2次得2分;未召开不得分", Decimal(2)))
'=2: W; =1: 1; =0: 0'
>>> read_count_levels("召开1次得1分;召开2次得2分;未召开不得分", Decimal(3)) is None  # top ≠ 分值
True
>>> read_count_levels("开展1次得2分;开展2次得1分;未开展不得分", Decimal(2)) is None  # falling
True
>>> read_count_levels("开展1次得1分;召开2次得2分", Decimal(2)) is None  # two verbs
True
"""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.rules.chinese._base import NUM, _dec
from jixiao.rules.grammar import parse_rule
from jixiao.rules.model import Rule, fmt_decimal

_VERBS = "开展|召开|组织|举办|进行|举行"
_LEVEL_RE = re.compile(
    rf"(?P<v>{_VERBS})(?P<n>\d{{1,2}})次(?:的)?[,，]?(?:则)?"
    rf"(?:(?P<full>得满分)|(?:得|计|记|给|赋|记为|为)(?P<pct>{NUM})%(?:权重分)?|得(?P<p>{NUM})分)")
_NONE_RE = re.compile(rf"(?:未|没有)(?P<v>{_VERBS})(?:的)?[,，]?(?:则)?不得分")


def read_count_levels(norm: str, weight: Decimal | None) -> Rule | None:
    """``=n: points`` per printed count and ``=0: 0`` for "未…", or ``None`` (not this shape)."""
    if weight is None:
        return None
    # "开展1次的；得50%" (the outcome after "；"): one level
    norm = re.sub(r"(?<=次的)[;；]|(?<=(?:开展|召开|组织|举办|进行|举行)的)[;；]", ",", norm)
    segs = [s.strip(" ，,") for s in re.split(r"[;；。\n]", norm) if s.strip(" ，,")]
    levels: list[tuple[int, str, Decimal]] = []
    verbs = set()
    for seg in segs:
        m = _LEVEL_RE.fullmatch(seg)
        if m is not None:
            pts = weight if m["full"] else (weight * _dec(m["pct"]) / 100 if m["pct"] else _dec(m["p"]))
            text = "W" if pts == weight else (f"{m['pct']}%W" if m["pct"] else fmt_decimal(pts))
            levels.append((int(m["n"]), text, pts))
        elif (z := _NONE_RE.fullmatch(seg)) is not None:
            levels.append((0, "0", Decimal(0)))
            m = z
        else:
            return None
        verbs.add(m["v"])
    counts = [n for n, _, _ in levels]
    ordered = sorted(levels, key=lambda x: x[0])
    if len(verbs) != 1 or len([n for n in counts if n]) < 2 or len(set(counts)) != len(counts) \
            or any(a[2] >= b[2] for a, b in zip(ordered, ordered[1:], strict=False)) \
            or ordered[-1][2] != weight:
        return None
    return parse_rule("; ".join(f"={n}: {t}" for n, t, _ in reversed(ordered)))
