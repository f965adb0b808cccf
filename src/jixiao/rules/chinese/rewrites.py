"""Reading a refused text through meaning-preserving rewrites (r20, issue 11).

Sessions 20–22 made the recognisers robust to the context they had been tuned on: a read example wrapped in item
numbers, a requirement sentence before it, an evidence basis after it, a comma before 扣 … read the same. Unseen text
still failed for such surface reasons. This module inverts that generator: a text the reader refuses is rewritten
towards the forms the reader knows, each rewrite small and meaning-preserving (its docstring says why), and a reading
is accepted only when every rewritten variant that reads gives the same rule:

* the variants are each single rewrite that changes the text, then all of them together, then pairs — at most
  :data:`MAX_READS` reads per text;
* each variant is read by the whole reader path (``reader._read_rule_text``: the recognisers and the guard);
* a variant that loses an ``N分`` of the original is not read;
* accepted only when neither the original nor any variant is refused for its meaning (deductions that add up, a veto,
  a target … — only refusals of wording may be mended), at least one variant reads (a rule with nothing unread, or a
  checklist), every variant that reads gives the same canonical rule (or the same checklist total and items), the
  reading is clean (no ambiguity, no "注意", its maximum the 分值) and every level name (checklist item) of the reading
  is printed in the original text;
* otherwise the original refusal stands.

The first cut without the meaning and cleanness checks read four must-refuse sentences of fresh28–31 wrongly, each
through a variant the reader itself reads wrongly (docs/notes/r20.md).

r22 added rewrites for a table family's own notation of a known shape (docs/notes/r22.md): grade factors "优(1.0)",
"一项…扣全分", "全得全扣", "得10" glued to the next clause. Always-safe spellings went to normalise instead ("扣完止",
"%1" for a circled item number), where they are read without this search. r22's two rewrites for items with their
points in brackets (bare "(2.5)", items parted at "(N分)") went to the one recogniser of that notation,
inlinepoints.py (r26).

>>> from jixiao.rules.chinese.reader import read_rule_text
>>> r = read_rule_text("评分标准:以实地检查结果为依据,经抽查熟记率达到90%以上的计5分,熟记率未达到90%的,该项计0", 5)
>>> r.canonical, r.understood[0]
('>=90%: 5; <90%: 0', '原文改写后读：本项计0改为不得分')
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from itertools import combinations
from typing import Any

from jixiao.rules.chinese._base import NUM, WORDING, Reading
from jixiao.rules.chinese.lexicon import COUNT, lone_item_number
from jixiao.rules.chinese.normalise import _normalise_chars
from jixiao.rules.chinese.notvalues import drop_dates, drop_sample_size
from jixiao.rules.model import Text

#: at most this many variants are read for one text (the reader takes ~5 ms a text)
MAX_READS = 30

#: the note put first in ``understood`` of a reading found through rewrites
NOTE = "原文改写后读："

_CJK = r"\u4e00-\u9fff"
_CN_NUMS = "一二三四五六七八九十"


@dataclass(frozen=True)
class Rewrite:
    """One named rewrite: ``apply(text, weight)`` gives the rewritten text, or ``None`` when it does not apply."""

    name: str
    apply: Callable[[str, Decimal | None], str | None]


def _changed(new: str, old: str) -> str | None:
    return new if new != old else None


def drop_item_numbers(text: str, weight: Decimal | None) -> str | None:
    """Drop the one item number that opens the text: "1、…" "（二）…" "(3)…" "1)…" "①…" "一、…" (lexicon.ITEM_NO).

    Why the meaning is kept: the number labels the row within its table; no rule reads it as a value or points.
    Only a text with no other item number is rewritten: several numbers mark items, which the reader's item
    recognisers read (and refuse, e.g. an item without points) — dropping them would join the items.
    Seen: fresh28 AO1-1 "1、机构依法登记…", AO1-2 "2、机构基本用房…", fresh33 AT4-4 "8、乔灌木和花坛…".
    """
    m = lone_item_number(text)
    return None if m is None else text[m.end():] or None


#: an evidence basis: "以文字资料和实地检查结果为依据," "以文件为准," "评分标准:"
_BASIS_RE = re.compile(rf"(?:^评分标准[:：]\s*)|(?:(?<=^)|(?<=[。；;，,:：]))"
                       rf"(?:以|根据|依据)[^，,。；;\d{_CN_NUMS}两分扣得]{{1,30}}?(?:为准|为依据)(?:[，,。；;]|$)")


def drop_basis(text: str, weight: Decimal | None) -> str | None:
    """Drop an evidence basis — "以…为准", "以…为依据", a leading "评分标准:".

    Why the meaning is kept: the basis says where the evaluator looks (documents, site checks), never which value
    earns which points; it holds no number and no scoring verb (both excluded from what is dropped).
    Seen: fresh29 AP10-2/AP10-4 "评分标准:以文字资料和实地检查结果为依据,…", fresh31 AR6-8 "…,以文件为准,完成得5分".
    """
    t = _BASIS_RE.sub("", text)
    return _changed(t, text) if t.strip() else None


#: the first sentence, ended by "。", with no digit, no 分 and no scoring word
_REQUIREMENT_RE = re.compile(rf"^[^。；;\d{_CN_NUMS}两分扣得加计记满]{{2,80}}。(?=.*(?:[扣得加计]\s*{NUM}\s*分|不得分))", re.S)


def drop_requirement(text: str, weight: Decimal | None) -> str | None:
    """Drop a requirement sentence without numbers before the scoring sentences: "以党(工)委文件下发。未及时上报扣1分".

    Why the meaning is kept: a sentence with no number, no 分 and no scoring verb (扣/得/加/计/满) gives no points;
    the scoring sentences after it (at least one "扣/得/加/计N分" or "不得分": not the 分值 alone, "按时完成项目验收。
    总分3分。" is the requirement and its points) carry every score, and a level name read from them is still printed.
    Seen: fresh31 AR6-2 "以党(工)委文件下发。未及时上报扣 1 分,队伍不全扣 1 分。".
    """
    return _changed(_REQUIREMENT_RE.sub("", text), text)


#: "requirement。N分(rule)" / "requirement,N分,rule": bare points, not after a scoring verb, followed by the rule
_BARE_POINTS_RE = re.compile(rf"(?<=[{_CJK}）)])\s*[。，,]?\s*(?P<n>{NUM})\s*分\s*(?:[（(](?P<rule>[^()（）]{{2,120}})[）)]|"
                             r"[，,；;](?P<rest>.))", re.S)


def points_as_full_marks(text: str, weight: Decimal | None) -> str | None:
    """Bare points equal to the 分值 after a requirement become "得N分": "…年检。2分(未通过年检不得分…)" →
    "…年检得2分；未通过年检不得分…"; "…使用普通话,6分,课堂上…扣0.5分" → "…使用普通话得6分,课堂上…".

    Why the meaning is kept: a requirement followed by the row's full points says "meeting it earns the full points";
    only points equal to the 分值 are rewritten, once, and only when no scoring verb stands right before them.
    Seen: fresh28 AO1-1/AO1-2/AO1-5/AO1-8 "…。N分(…)", fresh32 AS6-3/AS6-5 "…,6分,…". Not after a deduction verb: "…的,减1分"
    (r45: fresh61 BW11-1 with 扣 printed as 减 became "减得1分", a level named "减").
    """
    if weight is None:
        return None
    hits = [m for m in _BARE_POINTS_RE.finditer(text) if Decimal(m["n"]) == weight
            and not re.search(r"[扣减罚得加计记满分为共占值各每总]\s*$", text[:m.start()])]
    if len(hits) != 1:
        return None
    m = hits[0]
    tail = f"；{m['rule']}" if m["rule"] is not None else f"，{m['rest']}"
    return text[:m.start()] + f"得{m['n']}分" + tail + text[m.end():]


#: a clause "<condition>N分" whose points follow no verb: not after 得/扣/加/计/记/为/占/共/各/每/满/总/值/高/多/顶/础/额/计
_VERBLESS_RE = re.compile(rf"(?:(?<=^)|(?<=[，,；;。(（]))(?P<cond>[^，,；;。()（）\d]{{0,40}}[{_CJK}])(?<![得扣减罚加计记为占共各每满总值高多顶础额按以至分為計記佔滿總額頂礎減罰])"
                          rf"\s*(?P<n>{NUM})\s*分(?=$|[，,；;。)）])")


def verbless_points(text: str, weight: Decimal | None) -> str | None:
    """Points written right after their condition, without a verb, get "得": "好5分,较好4分,一般3分" →
    "好得5分,较好得4分,一般得3分"; "有年度工作计划的1.5分" → "有年度工作计划的得1.5分".

    Why the meaning is kept: a clause "condition N分" with nothing between them names the points the condition
    earns; words that make "N分" something else (满分/总分/共/占/各/每/为/扣/减/罚/加/计 …) are excluded before the number (and
    分: "满分5分"; 减: "…低于指标数各减10分", fresh46 BG5-3 in CI, lead s25).
    Seen: fresh8 U17-2 "(好5分,较好4分,一般3分)", fresh31 AR9-5 "有年度工作计划的1.5分".
    """
    t = _VERBLESS_RE.sub(lambda m: f"{m['cond']}得{m['n']}分", text)
    return _changed(t, text)


#: a text of clauses "<name><number>" and nothing else: "记录全3;记录不全1;无0"
_BARE_LEVEL_RE = re.compile(rf"(?P<name>[{_CJK}]{{1,20}})\s*(?P<n>{NUM})")


def bare_numbers_as_points(text: str, weight: Decimal | None) -> str | None:
    """A text that is only clauses "<name><number>" reads each number as the points of its name: "记录全3;记录不全1;无0"
    → "记录全得3分;记录不全得1分;无得0分".

    Why the meaning is kept: a cell of level names each followed by one bare number, the largest equal to the 分值
    and no other word or number, can say nothing but the points of each level (a number above the 分值, a %, a unit
    or any word after the number and the text is not rewritten).
    Seen: fresh32 AS2-2 "记录全3;记录不全1;无0", AS2-1 "是4;否0". Only a scale with a 0 level: "有计划2;有总结1" may be
    two things that both hold.
    """
    clauses = [c for c in re.split(r"[；;，,。]", text.strip()) if c.strip()]
    ms = [_BARE_LEVEL_RE.fullmatch(c.strip()) for c in clauses]
    if weight is None or len(ms) < 2 or any(m is None for m in ms) \
            or max(Decimal(m["n"]) for m in ms) != weight:  # type: ignore[union-attr]
        return None
    if min(Decimal(m["n"]) for m in ms) != 0:  # type: ignore[union-attr]
        # (lead s23, from r19's note) one scale ends in a 0 level ("…;无0", "否0", "差0"): "有计划2;有总结1" and
        # "资料齐全5;有台账3;有记录2" may be things that both hold (items), not alternatives — never rewritten
        return None
    return "；".join(f"{m['name']}得{m['n']}分" for m in ms)  # type: ignore[index]


def drop_comma_before_verb(text: str, weight: Decimal | None) -> str | None:
    """Drop the comma between a condition and its points: "无其中任何一个证照,不得分" → "…证照不得分".

    Why the meaning is kept: "X,扣N分" and "X扣N分" say the same; the comma parts nothing else (only a comma right
    before 扣N分 / 得N分 / 不得分 / 加N分 is dropped).
    Seen: fresh29 AP6-1 "无其中任何一个证照,不得分", AP1-2 "发生3次行政处罚的,不得分".
    """
    t = re.sub(rf"(?<=[{_CJK}%）)])\s*[，,]\s*(?=(?:扣|得|加|计)\s*{NUM}\s*分|不得分)", "", text)
    return _changed(t, text)


def drop_de(text: str, weight: Decimal | None) -> str | None:
    """Drop the 的 that closes a condition before its points: "未通过年检的不得分" → "未通过年检不得分".

    Why the meaning is kept: "X的扣N分" is "X扣N分"; 的 only nominalises the condition (not the 的 of a word:
    目的、有的、是的、真的、别的).
    Seen: fresh28 AO1-2 "面积达到标准80%-90%的扣3分", fresh29 AP1-2 "发生1次行政处罚的,扣2分".
    """
    t = re.sub(rf"(?<![目有是真别])的(?=\s*(?:(?:扣|得|加|计)\s*{NUM}\s*分|不得分))", "", text)
    return _changed(t, text)


def zero_as_no_points(text: str, weight: Decimal | None) -> str | None:
    """"该项计0(分)" / "本项计0分" / "计0分" / "不给分" → "不得分".

    Why the meaning is kept: each says the row scores 0 when the condition holds; "计0" with 分 dropped at the end of
    a clause is the same 0 (a number other than 0 is never rewritten).
    Seen: fresh29 AP10-2 "该项计0分", AP10-4 "熟记率未达到90%的,该项计0", fresh31 AR2-2 "未召开会议的不给分".
    """
    t = re.sub(r"[，,]?\s*(?:该项|本项|此项)?\s*[计记得]\s*0\s*(?:分)?(?=$|[。；;，,）)])|不给分", "不得分", text)
    return _changed(t, text)


def _plain(n: Decimal) -> str:
    """A number as printed in a text: "8", "2.5" (no exponent, no trailing zeros)."""
    return format(n.normalize(), "f")


#: a grade with its factor in brackets: "优( 1.0 )", "良(0.8)", "B（0.6）"
_GRADE_HEAD_RE = re.compile(rf"(?:(?<=^)|(?<=[\s，,；;。]))(?P<grade>[{_CJK}]{{1,2}}|[A-Ea-e])\s*[(（]\s*(?P<f>[01](?:\.\d{{1,3}})?)\s*[)）]")


def grade_factors(text: str, weight: Decimal | None) -> str | None:
    """Grades with a factor of the 分值 in brackets become points: "优( 1.0 )符合要求 良( 0.8 )基本符合 中( 0.6 )一般要求"
    on a 10-point row → "符合要求得10分；基本符合得8分；一般要求得6分".

    Why the meaning is kept: a factor after a grade is the share of the row's 分值 the grade earns (等级系数:
    factor × 分值); each grade's description is what the evaluator judges, so it names the level (the grade word when
    there is none). Only a text that is nothing but such grades (≥2, the first at its start), each factor in [0, 1],
    all different, the largest 1 (the top grade earns the 分值).
    Seen: fresh32 AS5-1 … AS5-4 "优( 1.0 )符合要求 良( 0.8 )一项弱 中( 0.6 )二项弱".
    """
    levels = graded_levels(text, weight)
    return None if levels is None else "；".join(f"{desc}得{_plain(points)}分" for desc, points in levels)


def graded_levels(text: str, weight: Decimal | None) -> list[tuple[str, Decimal]] | None:
    """The levels of a text that is nothing but grades with a factor of the 分值 (:func:`grade_factors`): each grade's
    description (the grade word when there is none) and its points, factor × 分值; ``None`` when the text is not so.

    >>> graded_levels("优( 1.0 )符合要求 良( 0.8 )一项弱 中( 0.6 )二项弱", Decimal(10))
    [('符合要求', Decimal('10.0')), ('一项弱', Decimal('8.0')), ('二项弱', Decimal('6.0'))]
    """
    heads = list(_GRADE_HEAD_RE.finditer(text))
    if weight is None or len(heads) < 2 or text[:heads[0].start()].strip():
        return None
    factors = [Decimal(m["f"]) for m in heads]
    if max(factors) != 1 or any(f > 1 for f in factors) or len(set(factors)) != len(factors):
        return None
    levels = []
    for m, nxt in zip(heads, [*heads[1:], None], strict=True):
        desc = text[m.end():nxt.start() if nxt is not None else len(text)].strip(" \t\u3000，,；;。")
        if re.search(r"[()（）]|分", desc):
            return None
        levels.append((desc or m["grade"], Decimal(m["f"]) * weight))
    return levels


#: "(其中)一项X,扣全分" / "任1项X,本项即不得分": one failing item takes all of the row's points
_ONE_TAKES_ALL_RE = re.compile(
    r"(?<![第仅只])(?P<keep>其中|凡)?(?:如有|若有|有)?(?:任何|任)?(?P<one>一|1)\s*(?P<u>[项項个個处處条條家])"
    r"(?P<x>(?![都也])[^，,。；;\d分]{1,30}?)的?\s*[，,]?\s*(?:(?:本|该|此|該)[项項])?即?"
    r"(?:扣(?:除)?(?:全分|全部分值|全部分數|全部分数|该项全部分值|本项全部分值|满分|滿分)|不得分|不给分|不給分)")


def one_fails_all(text: str, weight: Decimal | None) -> str | None:
    """"一项X，扣全分" → "每有一项X扣W分": "其中一项工程未按规定完成,扣全分" on a 5-point row → "其中每有一项工程未按规定
    完成扣5分"; "机构、人员或经费任1项不落实,本项即不得分" → "…每有1项不落实扣10分".

    Why the meaning is kept: "one item fails → no points" and "each failing item takes the 分值 off, down to 0" give
    the same score for every count (none: the 分值; one or more: 0). Not rewritten after 第 ("第一项" is the first
    item), 仅/只 ("only one"), nor before 都/也 ("一项都未完成" is "none done").
    Seen: fresh35 AV8-1 "其中一项工程未按规定完成,扣全分", fresh37 AX5-1 "机构、人员或经费任1项不落实,本项即不得分",
    fresh18 AE3-6 "市、任何一个县(市、区)没有文件不得分".
    """
    ms = list(_ONE_TAKES_ALL_RE.finditer(text)) if weight is not None else []
    if len(ms) != 1 or re.search(r"分|得满|[得扣加计记]\s*\d", text[:ms[0].start()] + text[ms[0].end():]):
        # only the one clause scores: beside "符合要求，得满分" the reader reads the count itself (fresh4 P10-8,
        # ">=1: 0"), and the two readings part on a fractional count
        return None
    m = ms[0]
    return text[:m.start()] + f"{m['keep'] or ''}每有{m['one']}{m['u']}{m['x'].strip()}扣{_plain(weight)}分" + text[m.end():]


#: "全扣全得" / "全得全扣" / "全得或全扣": all of the 分值 or none, alone or after a requirement
_ALL_OR_NONE_RE = re.compile(r"^(?P<req>[^。；;\d]{0,60}?)[，,。；;\s]*全(?:得|给)(?:或)?全扣[。；;]?$|"
                             r"^(?P<req2>[^。；;\d]{0,60}?)[，,。；;\s]*全扣(?:或)?全(?:得|给)[。；;]?$")


def all_or_none(text: str, weight: Decimal | None) -> str | None:
    """"全扣全得" / "全得全扣" (all or nothing) → "不符合扣W分" (the reader's "符合": W; "不符合": 0); after a
    requirement, "按时报送，全得全扣" → "按时报送得W分，否则不得分".

    Why the meaning is kept: the words say the row scores either its whole 分值 or nothing — the pass/fail rule; with
    a requirement before them, meeting it is the pass. Only a text that is the words alone, or one requirement (no
    number, no sentence mark) and the words.
    Seen: fresh29 AP13-1 "全扣全得".
    """
    m = _ALL_OR_NONE_RE.match(text.strip())
    if weight is None or m is None:
        return None
    req = (m["req"] if m["req"] is not None else m["req2"]).strip(" ，,")
    w = _plain(weight)
    return f"{req}得{w}分，否则不得分" if req else f"不符合扣{w}分"


#: "得10低于100…": the 分值 after a score verb, its 分 lost, glued to the next clause's words
_GLUED_POINTS_RE = re.compile(rf"(?<=[得计记])(?P<n>{NUM})(?=[{_CJK}])(?!分|{COUNT}|[倍元万亿年月日天])")


def glued_points(text: str, weight: Decimal | None) -> str | None:
    """The 分值 after 得/计, its 分 lost and the next clause glued on, gets both back: "普查率达100%,得10低于100按百分比
    得分" on a 10-point row → "普查率达100%,得10分，低于100按百分比得分"; "资料齐全得5否则不得分" → "…得5分，否则不得分".

    Why the meaning is kept: "得N" with N the row's 分值 says the full points; a word right after the number cannot
    be its unit when it is no count word, no 倍/元/年… (those are left alone), so a clause starts there. Only the 分值
    is rewritten (another number may be a count: "得3项").
    Seen: fresh32 AS1-1 "普查率达100%,得10低于100按百分比得分".
    """
    if weight is None:
        return None
    t = _GLUED_POINTS_RE.sub(lambda m: f"{m['n']}分，" if Decimal(m["n"]) == weight else m.group(0), text)
    return _changed(t, text)


def join_spaced_words(text: str, weight: Decimal | None) -> str | None:
    """Drop spaces inside Chinese words: "不 得分" → "不得分", "名录库信息数据每 差异现扣1分" → "…每差异现扣1分".

    Why the meaning is kept: a space between two Chinese characters is a line break of the printed cell (PDF and
    table extraction), never a word of its own. (The reader's own retry reads such spaces as commas.)
    Seen: fresh30 AQ4-1 "领导负责 制记录不得分", AQ4-2 "不 得分", fresh31 AR10-1 "程度 打分".
    """
    t = re.sub(rf"(?<=[{_CJK}])[ \t\u3000]+(?=[{_CJK}])", "", text)
    return _changed(t, text)


#: points given by adding: "…的加30分" / "…+5分" (not 增加/追加/附加…: a word, not the notation)
_ADDED_POINTS_RE = re.compile(rf"(?<![增追附叠累参倍])(?:加|[+＋])\s*(?P<n>{NUM})\s*分")
#: points taken by a minus after words: "未制定-5分" (a digit before the dash is a range: "1-5分")
_MINUS_POINTS_RE = re.compile(rf"(?<=[{_CJK}）)”\"])\s*[-－]\s*(?P<n>{NUM})\s*分")
#: every printed "N分" of such a text is added, taken (扣/减/罚, a minus) or 不得分 — nothing gives points otherwise
_POINTS_VERB_RE = re.compile(r"(?:加|[+＋]|扣|减|罚|扣除|扣减|[-－])\s*$")
#: a base to add to, a cap or a bonus word: then 加 is a bonus on top of other points (not this notation)
_BONUS_WORDS_RE = re.compile(r"基本分|基础分|基准|起评|满分|全分|分值|总分|最高|最多|上限|封顶|不超过|加满|加至|加到|另加|再加|"
                             r"额外|額外|奖励|獎勵|附加|加分|加倍|超额|超額|倒扣|负分|負分")


def added_points(text: str, weight: Decimal | None) -> str | None:
    """Points printed as additions with nothing to add them to are the points scored: "…的加30分" → "…的得30分",
    "…+5分" → "…得5分", and beside them "…-1分" → "…扣1分".

    Why the meaning is kept: with no base score, no cap and no other points printed (every "N分" of the text is added,
    deducted or 不得分), the row starts from 0 and what is added is what it scores — "加30分" is "得30分". The reading
    must still be clean with its maximum the 分值 (the search's check), so an addition short of the 分值 ("获奖的加2分"
    on a 10-point row) is never read as the row's score. Not rewritten: a clause with 每 or 多N (a step of a bonus:
    "每多一次加1分", "多1个加10分"), and any text with a base, a cap or a bonus word (基本分, 满分, 最高, 另加, 加分 …).
    Seen: fresh47 BH10-1 "…的性质、地位、作用的加30分,不宣传学习不得分,宣传学习不全面扣15分" (30 points), fresh49
    BJ8-3 "荣获…的加15分;荣获…的加10分;荣获…的加5分" (15), fresh62 BW5-4 "…有具体工作措施的+5分,有1个目标未落实具体措施-1分,
    扣完为止" (5). A lone addition with no failing printed is rewritten too but stays refused (the reading's gap — what
    not meeting it scores — makes it unclean): fresh56 BQ4-5 "(建立一個標準化生產示范基地,加5分)" is labelled a bonus
    whose row score is not written; r72's first cut said "否则不得分" after it and read BQ4-5 wrongly (the dump showed it).

    >>> added_points("办理营业执照的加10分,未办理不得分", Decimal(10))
    '办理营业执照的得10分,未办理不得分'
    >>> added_points("按要求报送+10分;每少报送1份进度表-1分,扣完为止", Decimal(10))
    '按要求报送得10分;每少报送1份进度表扣1分,扣完为止'
    >>> added_points("基本分5分,获省级表彰的加2分", Decimal(7)) is None  # a base: 加 is a bonus on top of it
    True
    """
    if weight is None or not _ADDED_POINTS_RE.search(text) or _BONUS_WORDS_RE.search(text):
        return None
    for m in re.finditer(rf"{NUM}\s*分", text):
        if not (_POINTS_VERB_RE.search(text[max(0, m.start() - 3):m.start()]) or text[max(0, m.start() - 2):m.start()] == "不得"):
            return None
    for m in _ADDED_POINTS_RE.finditer(text):
        clause = re.split(r"[，,；;。]", text[:m.start()])[-1]
        if "每" in clause or re.search(rf"多\s*(?:\d|[{_CN_NUMS}两])", clause):
            return None
    t = _ADDED_POINTS_RE.sub(lambda m: f"得{m['n']}分", text)
    return _MINUS_POINTS_RE.sub(lambda m: f"扣{m['n']}分", t)


#: the rewrites, in the order they are combined
REWRITES: tuple[Rewrite, ...] = (
    Rewrite("删除条目编号", drop_item_numbers),
    Rewrite("删除依据说明", drop_basis),
    Rewrite("删除无分值的要求句", drop_requirement),
    Rewrite("满分值前补“得”", points_as_full_marks),
    Rewrite("无动词的分值前补“得”", verbless_points),
    Rewrite("只有数字的分档补“得…分”", bare_numbers_as_points),
    Rewrite("删除扣分前逗号", drop_comma_before_verb),
    Rewrite("删除扣分前“的”", drop_de),
    Rewrite("本项计0改为不得分", zero_as_no_points),
    Rewrite("合并词内空格", join_spaced_words),
    Rewrite("等级系数改为得分", grade_factors),
    Rewrite("一项不合格扣全分改为每项扣分值", one_fails_all),
    Rewrite("全得全扣改为达标得分值", all_or_none),
    Rewrite("分值后补“分”分句", glued_points),
    Rewrite("删除文件名、文号和期限中的年份", drop_dates),
    Rewrite("删除抽查数量", drop_sample_size),
    Rewrite("加分改为得分（无基本分）", added_points),
)

_POINTS_RE = re.compile(rf"({NUM})\s*分")


def _points(text: str) -> list[Decimal]:
    return sorted(Decimal(m) for m in _POINTS_RE.findall(text))


def variants(text: str, weight: Decimal | None) -> list[tuple[tuple[str, ...], str]]:
    """The rewritten texts to read: single rewrites, all together, then pairs — at most :data:`MAX_READS`.

    >>> [names for names, _ in variants("1、完成得5分,以文件为准", Decimal(5))]
    [('删除条目编号',), ('删除依据说明',), ('删除条目编号', '删除依据说明')]
    """
    singles = [(rw, t) for rw in REWRITES if (t := rw.apply(text, weight)) is not None]
    out: list[tuple[tuple[str, ...], str]] = [((rw.name,), t) for rw, t in singles]
    seen = {text, *(t for _, t in out)}
    combos = [tuple(rw for rw, _ in singles)] if len(singles) > 2 else []
    combos += [tuple(p) for p in combinations([rw for rw, _ in singles], 2)]
    for combo in combos:
        t: str | None = text
        for rw in combo:
            t = rw.apply(t, weight) or t
        if t not in seen:
            seen.add(t)
            out.append((tuple(rw.name for rw in combo), t))
    kept = [(names, t) for names, t in out if not Counter(_points(text)) - Counter(_points(t))]  # no 分 lost
    return kept[:MAX_READS]


def _key(reading: Reading) -> tuple[Any, ...] | None:
    if reading.kind == "checklist":
        return ("checklist", reading.max_points, tuple((i.text, i.points) for i in reading.items))
    if reading.ok:
        return (reading.kind, reading.canonical)
    return None


def _printed(name: str, original: str) -> bool:
    """``name`` is printed in ``original`` — spaces, brackets and quotation marks aside (the reader drops "(组长)"'s
    brackets, r22, and the quotation marks of "荣获“全国…先进集体”的", r72)."""
    plain = re.sub(_UNPRINTED_MARKS, "", name)
    return any(plain in re.sub(_UNPRINTED_MARKS, "", t) for t in (original, _normalise_chars(original)))


#: marks a level name may lose on its way through the reader
_UNPRINTED_MARKS = r"[\s()（）“”\"‘’'「」]+"


#: level names the reader gives itself (a deduction list's "符合"), never printed
_OWN_NAMES = frozenset({"符合", "不符合"})


def _names_printed(reading: Reading, original: str) -> bool:
    names = [i.text for i in reading.items]
    if reading.rule is not None:
        names += [c.condition.text for c in reading.rule.clauses if isinstance(c.condition, Text)]
    return all(n in _OWN_NAMES or _printed(n, original) for n in names)


def _understood_refusal(reading: Reading) -> bool:
    """True when ``reading`` is refused for a reason of meaning (:data:`~jixiao.rules.chinese._base.MEANING`: deductions
    that add up, a veto, a target, an item without points …), not of an unrecognised wording — the reader marks each
    refusal with its kind (r23: no longer a match of the refusal messages); when the original or any variant is
    refused so, no rewritten reading is accepted."""
    return reading.kind == "unreadable" and reading.refused_for != WORDING


def _clean(reading: Reading, weight: Decimal | None) -> bool:
    """A reading with no ambiguity, no "注意", no rule gap and a maximum equal to the 分值 (when the row has one)."""
    return not reading.warnings and not any(u.startswith("注意") or "（规则有缺口）" in u for u in reading.understood) \
        and (weight is None or reading.max_points == weight)


def read_rewritten(text: str, w: Decimal | None, original: Reading, read: Callable[[str], Reading]) -> Reading | None:
    """The reading of ``text`` through its rewrites (``read(variant)`` reads one), or ``None`` (keep ``original``,
    the refusal); ``w`` is the row's 分值 as the reader parsed it.

    Accepted only when the original refusal and every variant's is one of wording (:func:`_understood_refusal`), at least
    one variant reads, every variant that reads gives the same rule, and that reading is clean (:func:`_clean`) with
    its level names printed in ``text``; it is returned with the note "原文改写后读：<rewrite names>".
    """
    if not isinstance(text, str) or _understood_refusal(original):
        return None
    found: list[tuple[tuple[str, ...], Reading]] = []
    for names, t in variants(text, w):
        r = read(t)
        if _understood_refusal(r):
            return None
        if _key(r) is not None:
            found.append((names, r))
    if not found or len({_key(r) for _, r in found}) != 1:
        return None
    names, reading = found[0]
    if not _clean(reading, w) or not _names_printed(reading, text):
        return None
    reading.understood.insert(0, NOTE + "、".join(names))
    return reading
