"""Levels written points first: "100 分:实际支出与预算相符; 60 分:基本相符; 0 分:不相符" (r43, issue 11).

A 百分制 sub-scale prints each level as "<points>分:<what earns them>", the points before the condition — the reverse of
the "<condition>得N分" the reader knows. :func:`score_first` turns such a list into the known order; it is called on
the characters (``normalise._normalise_chars``, after 繁体 → 简体, as ``notvalues.option_labels``), before any
recogniser: the reader otherwise took the first level's description for a heading and read the points one level
off ("实际支出与预算相符 → 60分"). Seen: fresh59 BT1-1 … BT1-5 and BT5-1 (評分標準: 100 分:…; 60 分:…; 0 分:…).

>>> score_first("評分標準: 100 分:實際支出與預算相符; 60 分:實際支出與預算基本相符; 0 分:實際支出與預算不相符。")
'實際支出與預算相符得100分；實際支出與預算基本相符得60分；實際支出與預算不相符得0分'
>>> score_first("1.评分标准: 10 分: 95%以上 ; 6 分: 80%-95%; 0 分: 80%以下 。")
'95%以上得10分；80%-95%得6分；80%以下得0分'

Only a text that is nothing but such levels (≥ 2; before them at most an item number and "评分标准:"), each with its own
points, none of its descriptions holding points of its own; anything else is left as printed:

>>> [score_first(t) for t in ("5分:制度健全", "满分10分:制度健全;6分:基本健全",
...                     "10分:制度健全得10分;0分:无制度", "总分100分:其中制度50分;台账50分",
...                     "4分:资料齐全;4分:资料较全", "制度健全。10分:健全;0分:不健全")]
[None, None, None, None, None, None]
"""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.rules.chinese._base import NUM

#: what may stand before the levels: an item number, then "评分标准:" (简体 or 繁体)
_HEAD_RE = re.compile(r"^\s*(?:\d{1,2}\s*[.、．]\s*)?(?:(?:评分标准|評分標準)\s*[:：]\s*)?")
#: one level: "100 分:实际支出与预算相符" up to the next ";" / "；" / "。" (or the end)
_LEVEL_RE = re.compile(rf"\s*(?P<n>{NUM})\s*分\s*[:：]\s*(?P<desc>[^;；。:：]+?)\s*(?:[;；。]\s*|$)")


def score_first(text: str) -> str | None:
    """``text`` with each "N分:X" level written "X得N分" (levels parted by "；"), or ``None`` when ``text`` is not
    only such levels (see the module's docstring)."""
    pos = _HEAD_RE.match(text).end()  # type: ignore[union-attr]  # (the head may be empty: always matches)
    levels: list[tuple[str, str]] = []
    while pos < len(text):
        m = _LEVEL_RE.match(text, pos)
        if m is None or re.search(r"分", m["desc"]):
            return None
        levels.append((m["desc"], m["n"]))
        pos = m.end()
    points = [Decimal(n) for _, n in levels]
    if len(levels) < 2 or len(set(points)) != len(points):
        return None
    return "；".join(f"{desc}得{n}分" for desc, n in levels)
