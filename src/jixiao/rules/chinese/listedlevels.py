"""Recogniser: levels named in one list, then their points in a second list in the same order —
"群众对禁毒工作的整体评价按满意、较满意、一般、较差、差5档划分,计分为5分、4分、3分、2分、1分"
(fresh8 U9-8, 禁毒 考核) — and ranks with their points in order: "在全市排名1-5名的依次赋予20分、19分、
18分、17分、16分" (fresh7 T9-4). The names (or ranks) and the points must be as many (and as the stated
number of 档), the names all different, no point above the 分值 and the top one the 分值; otherwise
``None`` (the other recognisers, or a refusal). A rank beyond the listed ones is a rule gap, never 0.

>>> from decimal import Decimal
>>> str(read_listed_levels("群众评价按满意、较满意、一般、较差、差5档划分,计分为5分、4分、3分、2分、1分。", Decimal(5)))
'"满意": W; "较满意": 4; "一般": 3; "较差": 2; "差": 1'
>>> str(read_listed_levels("计算编制总量项得分,在全市排名1-5名的依次得20分、19分、18分、17分、16分", Decimal(20)))
'=1: W; =2: 19; =3: 18; =4: 17; =5: 16'
>>> read_listed_levels("按满意、一般、差3档划分,计分为5分、3分", Decimal(5)) is None  # 3 names, 2 points
True
>>> read_listed_levels("按满意、一般、差划分,计分为4分、3分、1分", Decimal(5)) is None  # top ≠ 分值
True
"""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.rules.chinese._base import NUM, _dec
from jixiao.rules.grammar import parse_rule
from jixiao.rules.model import Rule, fmt_decimal, quoted

#: (the first "、" may have become ";": normalise splits "得20分、19分" as bands joined by "、")
_POINTS_LIST = rf"(?P<pts>{NUM}分(?:[、;]{NUM}分){{1,9}})"

#: "…按满意、较满意、一般、较差、差5档划分,计分(标准)为5分、4分、…"
_NAMED_RE = re.compile(
    r"^[^。；;\d]{0,40}?按(?P<names>(?:(?!划分|分档|评定)[^，,。；;\d、]){1,8}(?:、(?:(?!划分|分档|评定)[^，,。；;\d、]){1,8}){1,9})"
    r"(?:(?P<n>\d{1,2})[档级类等])?(?:划分|分档|评定)?[,，]?"
    rf"(?:计分标准(?:为|得)|计分(?:为|得)|分别计|分别得|依次计|依次得|分别为|依次为|得分分别为|得分依次为){_POINTS_LIST}[。；;]?$")

#: "…在全市排名1-5名的依次赋予20分、19分、…"
_RANK_RE = re.compile(
    r"^[^。；;\d]{0,40}?排名(?:第)?(?P<a>\d{1,2})-(?:第)?(?P<b>\d{1,2})名的?"
    rf"(?:依次|分别)(?:赋予|得|计|记|为){_POINTS_LIST}[。；;]?$")


def read_listed_levels(norm: str, weight: Decimal | None) -> Rule | None:
    """``"name1": W; "name2": p2; …`` (or ``=1: W; =2: p2; …`` for ranks), or ``None``."""
    if weight is None:
        return None
    m = _NAMED_RE.match(norm)
    r = _RANK_RE.match(norm) if m is None else None
    if m is None and r is None:
        return None
    pts = [_dec(p) for p in re.findall(NUM, (m or r)["pts"])]  # type: ignore[index]
    if m is not None:
        names = m["names"].split("、")
        if len(set(names)) != len(names) or (m["n"] is not None and int(m["n"]) != len(names)):
            return None
        conds = [quoted(n) for n in names]
    else:
        a, b = int(r["a"]), int(r["b"])  # type: ignore[index]
        if b <= a:
            return None
        conds = [f"={k}" for k in range(a, b + 1)]
    if len(conds) != len(pts) or max(pts) != weight or any(p < 0 for p in pts):
        return None
    if any(x <= y for x, y in zip(pts, pts[1:], strict=False)) and any(x >= y for x, y in zip(pts, pts[1:], strict=False)):
        return None  # points neither falling nor rising along the list: not one scale
    return parse_rule("; ".join(f"{c}: {'W' if p == weight else fmt_decimal(p)}" for c, p in zip(conds, pts, strict=True)))


def listed_levels_notes(rule: Rule, weight: Decimal | None) -> list[str]:
    """What :func:`read_listed_levels` read: one note per level (its points named for the points guard)."""
    w = weight if weight is not None else Decimal(0)
    notes = ["所列等级（或名次）与所列分数依次对应；业绩值填原文的等级（或名次），未列出的报“规则有缺口”"]
    for c in rule.clauses:
        notes.append(f"等级：{c.condition} → 得{fmt_decimal(c.outcome.amount.points(w))}分")  # type: ignore[union-attr]
    return notes
