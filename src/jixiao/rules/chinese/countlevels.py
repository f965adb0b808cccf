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

from jixiao.rules.chinese._base import NUM, dec
from jixiao.rules.chinese.lexicon import COUNT
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
            pts = weight if m["full"] else (weight * dec(m["pct"]) / 100 if m["pct"] else dec(m["p"]))
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


#: "有1项不达标扣1分" / "2处及以上不得分" / "发现3个问题的，扣2分": a count of findings and what it costs
_FIND_RE = re.compile(
    # what happened may come first: "无故迟报1天扣3分" (fresh9 V19-1: days late, counted like findings)
    rf"(?:[^,，;；。\d每扣得分]{{0,8}}?)(?P<n>\d{{1,2}})(?P<u>{COUNT}|天)(?P<more>及以上|以上)?"
    r"(?P<what>[^,，;；。\d分]{0,16}?)(?:的)?[,，]?(?:扣(?P<m>" + NUM + r")分|(?P<zero>不得分))")
#: the level with no finding: "全部达标得满分" / "无问题的，得满分" / "均符合要求得3分"
_NONE_FOUND_RE = re.compile(r"(?P<what>[^,，;；。\d]{1,16}?)(?:的)?[,，]?(?:得满分|得(?P<p>" + NUM + r")分)")


def read_count_deductions(norm: str, weight: Decimal | None) -> Rule | None:
    """Deductions by how many findings, each count printed: "有1项不达标扣1分，2项不达标扣2分，3项及以上
    不达标不得分" → ``=0: W; =1: W−1; =2: W−2; >=3: 0`` (the value is the number of findings). The
    counts rise from 1, the deductions rise with them, one unit word throughout, the last may be "N及以上";
    an optional first level with no finding must be worth the 分值. A count the text does not print is a
    rule gap, never a guess.

    >>> str(read_count_deductions("有1项不达标扣1分,2项不达标扣2分,3项及以上不达标不得分", Decimal(5)))
    '=0: W; =1: 4; =2: 3; >=3: 0'
    >>> str(read_count_deductions("全部达标得满分;发现1处问题扣0.5分;发现2处问题扣1.5分;3处及以上不得分", Decimal(3)))
    '=0: W; =1: 2.5; =2: 1.5; >=3: 0'
    >>> read_count_deductions("1处扣2分,2处扣1分", Decimal(3)) is None  # deductions fall
    True
    >>> read_count_deductions("1项扣1分,2处扣2分", Decimal(3)) is None  # two unit words
    True
    """
    if weight is None or weight <= 0:
        return None
    segs = [s for s in re.split(r"[,，;；。]", norm) if s]
    if len(segs) < 2:
        return None
    levels: list[tuple[int, bool, Decimal]] = []
    units = set()
    for k, s in enumerate(segs):
        m = _FIND_RE.fullmatch(s)
        if m is None:
            if not levels and not re.search(r"\d|分|扣|得|每", s):
                continue  # the requirement before the counts: "要求在规定的时间内,按要求上报报表."
            none = _NONE_FOUND_RE.fullmatch(s) if not levels else None
            if none is None or (none["p"] is not None and dec(none["p"]) != weight):
                return None
            continue
        if m["more"] and k != len(segs) - 1:
            return None
        if re.search(r"(?:超过|超出|多于|大于|高于|少于|低于|不足|不到|不超过|未超过|达到|满)$", s[:m.start("n")]) \
                or re.match(r"[(（]?(?:以下|以内|之内|以上|不含|不包括)", m["what"]):
            # "超过2处不得分" is 3 or more, "3处以内扣1分" every count up to 3 (r40: "存在1处问题扣1分，超过2处不得分" was
            # read as "=2: 0"): a comparison is not a printed count — refused here, read by the count bands elsewhere
            return None
        units.add(m["u"])
        lost = weight if m["zero"] else dec(m["m"])
        levels.append((int(m["n"]), bool(m["more"]), max(weight - lost, Decimal(0))))
    counts = [n for n, _, _ in levels]
    scores = [p for _, _, p in levels]
    if (len(units) != 1 or len(levels) < 2 or counts[0] != 1 or counts != sorted(set(counts))
            or any(a <= b for a, b in zip(scores, scores[1:], strict=False)) or scores[0] >= weight):
        return None
    if _per_time_to_a_floor(levels, norm):
        return None
    parts = ["=0: W"]
    for k, (n, more, p) in enumerate(levels):
        # the last count scoring 0 covers every count above it ("有三户不满意不得分", fresh8 U16-8): more
        # findings can never score more than nothing
        more = more or (k == len(levels) - 1 and p == 0)
        parts.append(f"{'>=' if more else '='}{n}: {'W' if p == weight else fmt_decimal(p)}")
    return parse_rule("; ".join(parts))


def _per_time_to_a_floor(levels: list[tuple[int, bool, Decimal]], norm: str) -> bool:
    """True for one time's deduction and a band "累计N次及以上不得分" with counts left out between them: "无故缺勤一次扣2分,
    累计3次及以上该项不得分" (fresh79 CM6-2 without its first sentence, r78) is per time down to the band (2 → 5 − 4 = 1) —
    累计 says the times add up; read as exactly once it left 2 a rule gap. Not this: consecutive counts ("1处扣1分,2处扣2分,
    3处及以上不得分": each printed), no 累计 ("有1项不达标扣1分,3项及以上不得分": a gap, as printed). The per-time reading
    (assemble._done_count_reading) reads it only where the times before the band still score ≥ 0.

    >>> _per_time_to_a_floor([(1, False, Decimal(3)), (3, True, Decimal(0))], "无故缺勤1次扣2分,累计3次及以上该项不得分")
    True
    >>> _per_time_to_a_floor([(1, False, Decimal(3)), (3, True, Decimal(0))], "迟到1次扣2分,全年累计迟到3次及以上不得分")
    True
    >>> _per_time_to_a_floor([(1, False, Decimal(3)), (3, True, Decimal(0))], "有1项不达标扣2分,3项及以上不达标不得分")
    False
    """
    return len(levels) == 2 and levels[0][0] == 1 and levels[1][0] >= 3 and levels[1][2] == 0 \
        and re.search(r"累计[\u4e00-\u9fff]{0,6}?(?:达到?|满)?\d{1,2}", norm) is not None


def count_deduction_notes(rule: Rule, weight: Decimal | None) -> list[str]:
    """What :func:`read_count_deductions` read, one line per count (the 扣N分 of each, for the points guard)."""
    notes = ["业绩值为发现问题（不达标）的项数/处数：0 得满分，按所写项数扣分；未写的项数报“规则有缺口”"]
    w = weight if weight is not None else Decimal(0)
    for c in rule.clauses[1:]:
        got = c.outcome.amount.points(w)  # type: ignore[union-attr]
        notes.append(f"扣分情形：{c.condition} 项 → 扣{fmt_decimal(w - got)}分（得{fmt_decimal(got)}分）")
    return notes
