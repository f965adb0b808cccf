"""Recogniser: points by rank, falling by a step — "按照各派出所破案总量同比增长率排名,第一名50分,按名次依次递减2分"
(fresh21 AH5-1, r8). The value is the rank (第1名 = 1): the first place scores the 分值 and each place after it N
less, never below 0: ``=1: W; >1: W - N per 1``. The first place's points must be the 分值 and nothing else may
score (a floor, a bonus, a second list: refused by the reader as before). A rank below 1 is left out of the rule
(scoring it reports a gap, never a guess).

>>> str(read_rank_steps("按照各单位考核得分排名,第一名50分,按名次依次递扣2分。", Decimal(50)))
'=1: W; >1: W - 2 per 1'
>>> str(read_rank_steps("第1名得30分,名次每后移1位扣3分", Decimal(30)))
'=1: W; >1: W - 3 per 1'
>>> str(read_rank_steps("按排名第一名50分,依次递扣2分", Decimal(50))), str(read_rank_steps("排名第一的得5分,每后退一名扣1分", Decimal(5)))
('=1: W; >1: W - 2 per 1', '=1: W; >1: W - 1 per 1')
>>> read_rank_steps("第一名50分,按名次依次递扣2分", Decimal(40)) is None  # the first place is not the 分值
True
>>> read_rank_steps("第一名50分,按名次依次递减", Decimal(50)) is None  # no step
True
"""

from __future__ import annotations

import itertools
import re
from decimal import Decimal

from jixiao.rules.chinese._base import NUM, dec
from jixiao.rules.grammar import parse_rule
from jixiao.rules.model import Rule, fmt_decimal

#: (the text is normalised: 减N分 is written 扣N分)
_RANK_STEPS_RE = re.compile(
    rf"^(?:(?P<lead>[^\d，,。；;%]{{0,40}}?(?:排名|排序|名次)(?:情况)?)[,，:：]?)?"
    rf"(?:第(?:一|1)名|(?<=排名)第(?:一|1)(?:名)?)(?:的)?(?:得|计|记|为)?(?P<n>{NUM})分[,，;；]"
    r"(?:其余|其他|其后|以后|之后)?(?:各名|各单位)?(?:"
    r"(?:按|依)?(?:名次|排名|排序)?(?:依次|逐名|逐次)(?:递|各)?|"
    r"(?:名次|排名)?每(?:后移|下降|后退|后|低|退后)(?:1|一)(?:名|位|个名次))"
    rf"(?:扣|扣减|减少|递扣)(?P<m>{NUM})分[。.;；]?$")


_RANKS = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}

#: one place of a list: "第一名10分" / "第2名得8分"
_RANK_ITEM_RE = re.compile(rf"^第(?P<r>[一二三四五六七八九十]|[1-9]|10)名(?:的)?(?:得|计|记|为)?(?P<n>{NUM})分$")

#: the rest after the list: "其余4分" / "其他不得分" / "其余名次得2分"
_RANK_REST_RE = re.compile(rf"^(?:其余|其他|其后|以后|之后)(?:名次|各名|单位|的)?(?:(?:得|计|记|为)?(?P<n>{NUM})分|(?P<zero>不得分))$")


def read_rank_list(norm: str, weight: Decimal | None) -> Rule | None:
    """``=1: W; =2: 8; =3: 6; >3: 4`` for "第一名10分,第二名8分,第三名6分,其余4分" (r8), or ``None``.

    The places run 1, 2, 3 … in order with points not rising, the first worth the 分值; a place not written (and no
    "其余/其他" clause) is a gap when scored, never a guess.

    >>> str(read_rank_list("第一名10分,第二名8分,第三名6分,其余4分", Decimal(10)))
    '=1: W; =2: 8; =3: 6; >3: 4'
    >>> str(read_rank_list("按考核得分排名,第1名得5分;第2名得3分", Decimal(5)))
    '=1: W; =2: 3'
    >>> read_rank_list("第一名10分,第三名6分", Decimal(10)) is None  # a place left out
    True
    """
    if weight is None:
        return None
    parts = [p for p in re.split(r"[,，;；。、]", norm.strip()) if p]
    if parts and re.fullmatch(r"[^\d]{0,40}?(?:排名|排序|名次)(?:情况)?", parts[0]):
        parts = parts[1:]  # "按考核得分排名," (what the rank is of)
    clauses, rest = [], None
    for i, p in enumerate(parts):
        m = _RANK_ITEM_RE.match(p)
        if m is None:
            rm = _RANK_REST_RE.match(p)
            if rm is None or i != len(parts) - 1 or not clauses:
                return None
            rest = Decimal(0) if rm["zero"] else dec(rm["n"])
            break
        rank = _RANKS.get(m["r"]) or int(m["r"])
        if rank != i + 1:
            return None
        clauses.append(dec(m["n"]))
    pts = [*clauses, *([] if rest is None else [rest])]
    if len(clauses) < 2 or clauses[0] != weight or any(b > a for a, b in itertools.pairwise(pts)):
        return None
    text = "; ".join(f"={k}: {'W' if k == 1 else fmt_decimal(n)}" for k, n in enumerate(clauses, start=1))
    if rest is not None:
        text += f"; >{len(clauses)}: {fmt_decimal(rest)}"
    return parse_rule(text)


def rank_list_notes(rule: Rule, weight: Decimal | None) -> list[str]:
    """What the reading means, for the reader's notes."""
    return ["业绩值填名次（第1名填1）：按所列名次得分；未列出的名次报“规则有缺口”"]


#: a rank with points falling place by place, not read above: "第一名50分,按名次依次递减。" was read as "符合": 50 with
#: the rest dropped as a description (found in r8) — the reader refuses these
RANK_FALLING_RE = re.compile(r"(?:名次|排名|排序|第(?:一|1)名).{0,30}?(?:依次|递减|递扣|每(?:后移|后退|后)(?:1|一))")


def read_rank_steps(norm: str, weight: Decimal | None) -> Rule | None:
    """``=1: W; >1: W - N per 1`` for "第一名W分,按名次依次递减N分", or ``None``."""
    m = _RANK_STEPS_RE.match(norm.strip())
    if m is None or "倒数" in norm or weight is None or dec(m["n"]) != weight or dec(m["m"]) <= 0:
        return None
    return parse_rule(f"=1: W; >1: W - {fmt_decimal(dec(m['m']))} per 1")


def rank_steps_notes(rule: Rule, weight: Decimal | None) -> list[str]:
    """What the reading means, for the reader's notes."""
    return ["业绩值填名次（第1名填1）：第1名得分值，此后每后一名按所写递减，最低0分；名次小于1不在规则内"]


#: "考核排名前3名得满分;其他依次递扣0.2分" (fresh23 AJ7-2, r10; normalised: 递减 is 递扣), then at most a bracket
#: that only says how the ranking's own number is worked out (no points in it)
_TOP_RANKS_RE = re.compile(
    rf"^(?:(?P<lead>[^\d,;。%]{{0,40}}?(?:排名|排序|名次))[,:]?)?前(?P<k>[1-9]|10|[二三四五六七八九十])名(?:的|单位)?"
    rf"(?:得|计|记|为)?(?:(?P<full>满分)|(?P<n>{NUM})分)[,;]"
    r"(?:其他|其余|其后|以后|之后)(?:名次|各名|单位|的)?(?:按名次|按排名)?(?:依次|逐名)(?:递)?扣"
    rf"(?P<m>{NUM})分[。;]?(?:\((?P<note>[^()]{{2,120}})\)[。;]?)?$")

#: what a bracket after a rank rule may say: how the ranked number is weighted (系数), never a score
_RANK_BASIS_NOTE_RE = re.compile(r"系数|权重|折算|排名依据|按.{0,10}排名")


def read_top_ranks(norm: str, weight: Decimal | None) -> tuple[Rule, list[str]] | None:
    """``<=k: W; >k: W - N per 1`` for "排名前k名得满分;其他依次递减N分", with the bracket after it said as a note (how the ranked
    number is weighted: it scores nothing), or ``None``.

    The first k places score the 分值 (written 满分 or the 分值's number); each place after the k-th N less, never below 0.

    >>> rule, said = read_top_ranks("考核排名前3名得满分;其他依次递扣0.2分。", Decimal(4))
    >>> str(rule), said
    ('<=3: W; >3: W - 0.2 per 1', [])
    >>> str(read_top_ranks("按年度综合排名前5名得2分,其他依次递扣0.1分", Decimal(2))[0])
    '<=5: W; >5: W - 0.1 per 1'
    >>> read_top_ranks("排名前3名得满分;其他依次递扣0.2分(按考核系数折算后排名)", Decimal(4))[1]
    ['排名依据的折算（只影响名次，不参与计分）：按考核系数折算后排名']
    >>> read_top_ranks("考核排名前3名得3分;其他依次递扣0.2分。", Decimal(4)) is None  # the top group below the 分值
    True
    >>> read_top_ranks("排名前3名得满分;其他依次递扣0.2分(前3名另加1分)", Decimal(4)) is None  # a bonus in the bracket
    True
    """
    m = _TOP_RANKS_RE.match(norm.strip())
    if m is None or weight is None or "倒数" in norm or dec(m["m"]) <= 0:
        return None
    if m["n"] is not None and dec(m["n"]) != weight:
        return None
    note = m["note"]
    if note is not None and (re.search(r"\d\s*分|得|扣|加|减|不计", note) or not _RANK_BASIS_NOTE_RE.search(note)):
        return None
    k = _RANKS.get(m["k"]) or int(m["k"])
    said = [] if note is None else [f"排名依据的折算（只影响名次，不参与计分）：{note}"]
    return parse_rule(f"<={k}: W; >{k}: W - {fmt_decimal(dec(m['m']))} per 1"), said


def top_ranks_notes(rule: Rule, weight: Decimal | None) -> list[str]:
    """What the reading means, for the reader's notes."""
    return ["业绩值填名次（第1名填1）：前几名得分值，此后每后一名按所写递减，最低0分；名次小于1不在规则内"]
