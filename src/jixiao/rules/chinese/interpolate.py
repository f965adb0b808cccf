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

from jixiao.rules.chinese._base import NUM, _NumCond, _Unreadable, described
from jixiao.rules.chinese.conditions import _find_cond
from jixiao.rules.chinese.normalise import PROP_TOKEN
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


#: the three clauses of a straight line written with a unit, either way round (r38): full marks at one threshold, 0 past
#: the other, and between them the score falls "按比例减分" / "按比例扣分" / "线性得分" — "≤25个工作日得满分6分,>50个工作日为0分,
#: 25-50个工作日按比例减分" (fresh52 BM1-2). (A middle band "按比例得分" stays refused: W × x or a line? fresh10 W16-1.)
_FULL_RE = re.compile(rf"^(?P<c>.+?)(?:的|者|时)?[,，]?得满分(?:(?P<w>{NUM})分)?$")
_ZERO_RE = re.compile(r"^(?P<c>.+?)(?:的|者|时)?[,，]?(?:不得分|得0分)$")
_FALL_RE = re.compile(rf"^(?P<c>.+?)(?:之间|区间)?(?:的)?(?:{re.escape(PROP_TOKEN)}(?:减分|扣分)|线性(?:得分|计分|减分|扣分))$")


def _cond_of(part: str) -> _NumCond | None:
    """The one numeric condition ``part`` is (words before it allowed, nothing after it), or ``None``."""
    try:
        found = _find_cond(part, allow_bare=False)
    except _Unreadable:
        return None
    if found is None or re.search(r"\d", found[1]) or found[2].strip("的者时"):
        return None
    return found[0]


def read_line_between(norm: str, weight: Decimal | None) -> tuple[Rule, list[str]] | None:
    """The rule and its notes for full marks up to one threshold, 0 beyond the other and a straight line between them
    (any unit, either direction; clauses without numbers before them are notes), or ``None`` (not this shape).

    >>> r, notes = read_line_between("≤25个工作日得满分6分,>50个工作日不得分,25-50个工作日〔PROP〕减分", Decimal(6))
    >>> str(r), [fmt_decimal(r.score(v, 6)) for v in ("25", "30", "40", "50")]
    ('<=25: W; >50: 0; >25: W - W per 25', ['6', '4.8', '2.4', '0'])
    >>> str(read_line_between("≥90%得满分,<70%不得分,70%-90%〔PROP〕扣分", Decimal(5))[0])
    '>=90%: W; <70%: 0; <90%: W - W per 20%'
    >>> read_line_between("≤25天得满分,>50天不得分,20-50天〔PROP〕减分", Decimal(6)) is None  # the line's ends are not the bands'
    True
    >>> read_line_between("≤25天得满分,>50天不得分,25-50天〔PROP〕得分", Decimal(6)) is None  # W × x or a line?
    True
    """
    parts = [p for p in re.split(r"[，,；;。]", norm) if p]
    notes = []
    while parts and not re.search(r"\d|分|得|扣", parts[0]):
        notes.append(parts.pop(0))
    if len(parts) != 3:
        return None
    full = zero = line = None
    for p in parts:
        if (m := _FULL_RE.match(p)) is not None and full is None:
            if m["w"] is not None and (weight is None or Decimal(m["w"]) != weight):
                return None
            full = _cond_of(m["c"])
        elif (m := _ZERO_RE.match(p)) is not None and zero is None:
            zero = _cond_of(m["c"])
        elif (m := _FALL_RE.match(p)) is not None and line is None:
            line = _cond_of(m["c"])
        else:
            return None
    if full is None or zero is None or line is None or line.lo is None or line.hi is None \
            or len({full.unit_word, zero.unit_word, line.unit_word}) != 1:
        return None
    a, b = line.lo.value, line.hi.value
    pct = "%" if line.pct else ""

    def n(x: Decimal) -> str:
        return fmt_decimal(x * 100 if pct else x) + pct

    span = n(b - a)
    if full.lo is None and full.hi is not None and full.hi.value == a and zero.hi is None and zero.lo is not None \
            and zero.lo.value == b:  # lower is better: full up to a, 0 beyond b
        fop, zop = ("<=" if full.hi.closed else "<"), (">" if not zero.lo.closed else ">=")
        rule = f"{fop}{n(a)}: W; {zop}{n(b)}: 0; >{n(a)}: W - W per {span}"
    elif full.hi is None and full.lo is not None and full.lo.value == b and zero.lo is None and zero.hi is not None \
            and zero.hi.value == a:  # higher is better: full from b, 0 below a
        fop, zop = (">=" if full.lo.closed else ">"), ("<" if not zero.hi.closed else "<=")
        rule = f"{fop}{n(b)}: W; {zop}{n(a)}: 0; <{n(b)}: W - W per {span}"
    else:
        return None
    said: list[str] = [described(q) for q in notes]
    if line.unit_word and not line.pct:
        said.append(f"业绩值单位：{line.unit_word}")
    said.append(f"{n(a)}至{n(b)}之间按直线计分：得满分的一端得满分，得0分的一端得0分（“按比例减分”读作在两端之间按比例扣分）")
    return parse_rule(rule), said
