"""Recogniser (r74, issue 11): bands of days (or times) written with "以上 … 以内" edges, each costing a deduction — "请假;
日:①请假一天以内不扣分;②请假一天以上两天以内扣除20分(包括两天):③请假两天以上三天以内扣除30分(包括三天);④…扣除40分
(包括四天);⑤请假四天以上五天以内扣除50分;周:⑥请假五天以上(包括五天)当月绩效考勤分记为0分" (fresh78 CL6-2, a company's
考勤 on 出勤 100 分). The value is the number of days (times).

Edges by the README's 以上/以下 policy: "以上" and "以内" hold their number; a point two bands share goes to the band
that says so ("(包括两天)" after the band, "(包括五天)" after "以上"); said by neither, to the band that scores higher, with a
warning ("一天以内不扣分" and "一天以上…扣除20分" share 1 day: 不扣分). Said by both — refused (the two bands' own words
disagree). On 100:

    <=1: W; (1,2]: 80; (2,3]: 70; (3,4]: 60; (4,5): 50; >=5: 0

The bands must follow one another (each one's lower edge the upper edge of the one before, the first open below, the
last open above), count one thing in one unit, and the scores must fall band by band.

>>> from decimal import Decimal
>>> read_edge_bands("①请假1天以内不扣分;②请假1天以上2天以内扣除20分(包括2天);③请假2天以上(包括2天)不得分", Decimal(100))
Traceback (most recent call last):
...
jixiao.rules.chinese._base._Unreadable: 2天同时写明归“请假1天以上2天以内”和“请假2天以上(包括2天)”两档（得分80、0）：未作推测
>>> r, said = read_edge_bands("迟到1次以内不扣分;迟到1次以上3次以内扣10分(包括3次);迟到3次以上不得分", Decimal(20))
>>> str(r), said
('<=1: W; (1,3]: 10; >3: 0', ['扣分情形：“迟到1次以内”不扣分', '扣分情形：“迟到1次以上3次以内”扣10分，得10分', '扣分情形：“迟到3次以上”不得分', '歧义：1 同时在相邻两档（“以内”“以上”都含本数），原文未写明归哪一档：按得分较高的一档计'])
>>> read_edge_bands("迟到1次以内不扣分;早退1次以上3次以内扣10分;迟到3次以上不得分", Decimal(20)) is None  # two things
True
>>> read_edge_bands("迟到1次以内不扣分;迟到2次以上3次以内扣10分;迟到3次以上不得分", Decimal(20)) is None  # 1–2: a gap
True
>>> read_edge_bands("迟到1次以内扣2分;迟到1次以上3次以内扣5分;迟到3次以上不得分", Decimal(10)) is None  # 0 late: 10 or 8?
True
"""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.rules.chinese._base import _CIRCLED, NUM, _Unreadable, dec
from jixiao.rules.grammar import parse_rule
from jixiao.rules.model import Rule, fmt_decimal

_UNIT = r"(?:天|日|次|小时|个月|周)"
#: (r85: "N次以内不扣分" reaches here as "…以内得满分", normalise's synonym: the same band)
_OUT_RE = re.compile(rf"(?:扣(?:除)?(?P<d>{NUM})分|(?P<none>不扣分|得满分)|[\u4e00-\u9fff]{{0,12}}?(?P<zero>不得分|记为0分|得0分))"
                     rf"(?:\(包括(?P<inc>{NUM}){_UNIT}?\))?$")
_COND_RE = re.compile(rf"^(?P<what>[\u4e00-\u9fff]{{0,6}}?)(?:(?P<lo>{NUM})(?P<u1>{_UNIT})(?:以上|及以上)"
                      rf"(?:\(包括(?P<loinc>{NUM}){_UNIT}?\)|(?P<lohan>\(含\)))?)?"
                      rf"(?:(?P<hi>{NUM})(?P<u2>{_UNIT})(?:以内|之内|内|以下|及以下)(?P<hihan>\(含\))?)?(?:的)?$")
_HEAD_RE = re.compile(r"^[\u4e00-\u9fff]{1,4}$")


def read_edge_bands(norm: str, weight: Decimal | None) -> tuple[Rule, list[str]] | None:
    """The rule for bands with 以上/以内 edges and a deduction each, or ``None`` (not this shape); a refusal when two
    bands both claim a shared edge."""
    if weight is None:
        return None
    pieces = [p for p in re.split(r"[,;:。]", norm.strip()) if p]
    bands = []  # (text, lo, lo_says, hi, hi_says, score)
    whats, units = set(), set()
    for p in pieces:
        body = re.sub(rf"^(?:[{_CIRCLED}]|\d[.、])", "", p)
        if _HEAD_RE.match(p) and "分" not in p:
            continue  # a heading ("请假", "日", "周")
        found = _split(body)
        if found is None:
            return None
        c, o = found
        if o["d"] is not None:
            score = weight - dec(o["d"])
            if score <= 0:
                return None
        else:
            score = weight if o["none"] else Decimal(0)
        lo, hi = (dec(c["lo"]) if c["lo"] else None), (dec(c["hi"]) if c["hi"] else None)
        inc = dec(o["inc"]) if o["inc"] else None
        lo_says = c["lohan"] is not None or (c["loinc"] is not None and dec(c["loinc"]) == lo) or (inc is not None and inc == lo)
        hi_says = c["hihan"] is not None or (inc is not None and inc == hi)  # (r85: "1天以内(含)", r79's LOSS row)
        if (c["loinc"] is not None and dec(c["loinc"]) != lo) or (inc is not None and inc not in (lo, hi)):
            return None  # "(包括N天)" of another number than the band's edges
        whats.add(c["what"])
        units.update(u for u in (c["u1"], c["u2"]) if u)
        bands.append((body, lo, lo_says, hi, hi_says, score))
    if len(bands) < 3 or len(whats) != 1 or len(units) != 1:
        return None
    if bands[0][1] is not None or bands[-1][3] is not None \
            or any(b[1] is None or b[3] is None for b in bands[1:-1]):
        return None  # the first open below, the last open above, the others closed
    if bands[0][5] != weight:
        return None  # "迟到1次以内扣2分…" (r79: read ``<=1: 8`` — 0 late arrivals scored 8 of 10): whether none at all is
        # "1次以内" and loses the points is not printed
    for a, b in zip(bands, bands[1:], strict=False):
        if a[3] != b[1] or not a[5] > b[5]:
            return None  # a gap, an overlap, or scores that do not fall band by band
    below: list[bool] = []  # for each shared edge: does the band below hold it?
    ambiguous = []
    for a, b in zip(bands, bands[1:], strict=False):
        if a[4] and b[2]:
            raise _Unreadable(a[0], f"{fmt_decimal(a[3])}{next(iter(units))}同时写明归“{_cond(a[0])}”和“{_cond(b[0])}”两档"
                                    f"（得分{fmt_decimal(a[5])}、{fmt_decimal(b[5])}）：未作推测")
        holds = a[4] or not b[2]
        below.append(holds)
        if not a[4] and not b[2]:
            ambiguous.append(fmt_decimal(a[3]))
    out = []
    for k, (_t, lo, _ls, hi, _hs, score) in enumerate(bands):
        s = "W" if score == weight else fmt_decimal(score)
        if lo is None:
            out.append(f"{'<=' if below[0] else '<'}{fmt_decimal(hi)}: {s}")  # type: ignore[arg-type]
        elif hi is None:
            out.append(f"{'>' if below[-1] else '>='}{fmt_decimal(lo)}: {s}")
        else:
            out.append(f"{'(' if below[k - 1] else '['}{fmt_decimal(lo)},{fmt_decimal(hi)}{']' if below[k] else ')'}: {s}")
    said = [f"扣分情形：“{_cond(t)}”" + (f"扣{fmt_decimal(weight - score)}分，得{fmt_decimal(score)}分" if 0 < score < weight
                                else ("不扣分" if score == weight else "不得分")) for t, *_e, score in bands]
    return parse_rule("; ".join(out)), said + [f"歧义：{edge} 同时在相邻两档（“以内”“以上”都含本数），原文未写明归哪一档："
                                        "按得分较高的一档计" for edge in ambiguous]


def _split(body: str) -> tuple[re.Match[str], re.Match[str]] | None:
    """The band's condition and its outcome: the first place where the text before is an edge condition and the text
    after an outcome ("迟到3次以上" | "不得分", not "迟到3次" | "以上不得分")."""
    for i in range(1, len(body)):
        c = _COND_RE.match(body[:i])
        if c is not None and (c["lo"] is not None or c["hi"] is not None) \
                and (o := _OUT_RE.fullmatch(body, i)) is not None:
            return c, o
    return None


def _cond(body: str) -> str:
    found = _split(body)
    return body[: found[1].start()] if found is not None else body


def edge_bands_notes(rule: Rule, weight: Decimal | None) -> list[str]:
    """What :func:`read_edge_bands` read (its text's warnings come with the rule)."""
    return ["业绩值填天数（次数）：按所写各档扣分；“以上”“以内”都含本数，写明“(包括…)”的一档得到该点"]
