"""Recogniser (r74, issue 11): a step schedule in two or more bands below the full score — "完成目标得基本分，未完成按
阶梯式计分：95%以上每低1%扣0.5分，85%-95%每低1%扣1分，低于85%不得分" (fresh78 CL1-1, a company's KPI on 完成率).

The value is the rate (完成率). At the top (完成目标 = 100 %, or the printed "100%得满分") the 分值; in each band the
deduction per step counts from the band's own top, starting from the score the band above reached there — the second
band starts where the first ends (the text prints one schedule, not two deductions from the top). Written lowest band
first (the first clause that holds scores):

    >=100%: W; <85%: 0; <95%: 17.5 - 1 per 1%; <100%: W - 0.5 per 1%      (分值 20)

by hand: 99 % → 20 − 0.5 = 19.5; 95 % → 20 − 5 × 0.5 = 17.5 (both bands: the same score); 94 % → 17.5 − 1 = 16.5;
90 % → 12.5; 85 % → 17.5 − 10 = 7.5 ("85%-95%" holds 85 %); 84 % → 0.

Read only when the text settles where each band starts: the bands meet end to end (each band's top is the bottom of the
band above, the first band's top the full-score point), every step is a whole number of times in its band, the score
stays above 0 down to the last band's bottom (else the later bands would score nothing), and what scores below the last
band is printed (不得分) — or the last band is open ("85%以下每低1%扣1分"). A band that deducts from the top again
("85%-95%每低1%扣1分" meaning 1 per 1% below 100 %) is not read so: the two readings differ only where the text never
says which, and the house reading (each band from its top) is the one that keeps the schedule in one piece. Steps of
more than 1 (每低5%扣1分) count whole steps only (floor, as elsewhere).

>>> from decimal import Decimal
>>> str(read_step_bands("完成目标得基本分,未完成按阶梯式计分:95%以上每低1%扣0.5分,85%-95%每低1%扣1分,低于85%不得分。",
...                     Decimal(20)))
'>=100%: W; <85%: 0; <95%: 17.5 - 1 per 1%; <100%: W - 0.5 per 1%'
>>> str(read_step_bands("100%得10分;90%(含)以上的,每降低1个百分点扣0.2分;80%-90%的,每降低1个百分点扣0.5分;"
...                     "80%以下每降低1个百分点扣1分", Decimal(10)))
'=100%: W; <80%: 3 - 1 per 1%; <90%: 8 - 0.5 per 1%; <100%: W - 0.2 per 1%'
>>> read_step_bands("完成目标得基本分,95%以上每低1%扣0.5分,80%-90%每低1%扣1分,低于80%不得分", Decimal(20)) is None  # 90–95 %?
True
>>> read_step_bands("完成目标得基本分,95%以上每低1%扣0.5分,85%-95%每低1%扣1分", Decimal(20)) is None  # below 85 %?
True
>>> read_step_bands("完成目标得基本分,95%以上每低1%扣5分,85%-95%每低1%扣1分,低于85%不得分", Decimal(20)) is None
True
"""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.rules.chinese._base import CONTINUOUS_PP_NOTE, NUM, dec
from jixiao.rules.grammar import parse_rule
from jixiao.rules.model import Rule, fmt_decimal

_PCT = r"(?:%|个百分点)"
_INCL = r"(?:\(含\)|\(含本数\))?"
#: the full score at the top: "完成目标得基本分" (the target = 100 %) or "100%得满分" / "完成率100%得10分"
_TOP_RE = re.compile(rf"^(?:(?:完成|达到)(?:年度)?(?:目标|目标值|任务|计划)(?:的)?[,]?(?:得|计|记)(?:基本分|满分|(?P<p1>{NUM})分)"
                     rf"|[^\d,;:]{{0,12}}?(?:达到|≥|>=)?100%(?:\(含\))?(?:及以上|以上)?(?:的)?[,]?"
                     rf"(?:得|计|记)(?:基本分|满分|(?P<p2>{NUM})分))$")
#: a lead-in before the bands: "未完成按阶梯式计分" / "未完成的" (no number)
_LEAD_RE = re.compile(r"^(?:未完成|未达到|未完成目标|未达到目标)(?:的)?(?:按阶梯式?(?:计分|扣分)|按以下标准(?:计分|扣分))?$")
#: one band: "95%以上每低1%扣0.5分" / "85%-95%每低1%扣1分" / "80%以下每降低1个百分点扣1分"
_BAND_RE = re.compile(
    rf"^(?:完成率|达成率)?(?:(?P<lo>{NUM})%{_INCL}(?:及以上|以上)|(?P<a>{NUM})%?{_INCL}[-~至到](?P<b>{NUM})%{_INCL}(?:之间)?"
    rf"|(?P<top>{NUM})%{_INCL}(?:及以下|以下))(?:的)?[,]?"
    rf"每(?:低|低于|降低|下降|减少|少)(?P<s>{NUM}){_PCT}(?:的)?[,]?(?:扣|减)(?:除)?(?P<p>{NUM})分$")
#: below the last band nothing: "低于85%不得分" / "85%以下不得分"
_FLOOR_RE = re.compile(rf"^(?:完成率|达成率)?(?:(?:低于|不足|<)(?P<b1>{NUM})%|(?P<b2>{NUM})%(?:以下|及以下))(?:的)?[,]?"
                       rf"(?:(?:该项|本项)?不得分|得0分)$")


def read_step_bands(norm: str, weight: Decimal | None) -> Rule | None:
    """``>=100%: W; [<floor: 0;] <lo_n: S_n - p_n per s_n; …; <100%: W - p_1 per s_1``, or ``None`` (not this shape)."""
    if weight is None:
        return None
    joined = re.sub(r"(?<=[%的上下间)]),(?=每)", "", norm.strip().rstrip("。;,"))  # "85%-95%的,每低1%…" is one band
    parts = re.split(r"[,;:。]", joined)
    parts = [p for p in parts if p]
    if not parts or (top := _TOP_RE.match(parts[0])) is None:
        return None
    pts = top["p1"] or top["p2"]
    if pts is not None and dec(pts) != weight:
        return None  # a top score below the 分值: a bonus above it would be a guess
    rest = parts[1:]
    if rest and _LEAD_RE.match(rest[0]):
        rest = rest[1:]
    bands: list[tuple[Decimal | None, Decimal | None, Decimal, Decimal]] = []  # (bottom, top, step, points per step)
    floor: Decimal | None = None
    for i, part in enumerate(rest):
        if (m := _BAND_RE.match(part)) is not None and floor is None:
            if m["lo"] is not None:
                lo, hi = dec(m["lo"]), None
            elif m["top"] is not None:
                lo, hi = None, dec(m["top"])
            else:
                lo, hi = sorted((dec(m["a"]), dec(m["b"])))
            bands.append((lo, hi, dec(m["s"]), dec(m["p"])))
        elif (f := _FLOOR_RE.match(part)) is not None and floor is None and i == len(rest) - 1:
            floor = dec(f["b1"] or f["b2"])
        else:
            return None
    if len(bands) < 2:
        return None
    score, upper, clauses = weight, Decimal(100), []
    for k, (lo, hi, step, per) in enumerate(bands):
        last = k == len(bands) - 1
        if (hi is None and (k > 0 or lo is None)) or (hi is not None and hi != upper) or step <= 0 or per <= 0:
            return None  # the band does not start where the one above ends: where it starts is not settled
        if lo is None:
            if not last or floor is not None:
                return None
            clauses.append((upper, score, per, step))
            break
        if not lo < upper:
            return None
        steps = (upper - lo) / step
        if steps != steps.to_integral_value():
            return None  # the band does not hold whole steps: its bottom score would be a guess
        clauses.append((upper, score, per, step))
        score -= steps * per
        if score < 0 or (score == 0 and not last):
            return None  # the score runs out inside the schedule: the later bands would score nothing
        upper = lo
    if bands[-1][0] is not None and floor != upper:
        return None  # below the last band: not printed, or printed at another bound (a gap or an overlap)
    out = [">=100%: W" if pts is None else "=100%: W"]  # "100%得10分" says nothing of above 100 %: a gap, not guessed
    if floor is not None:
        out.append(f"<{fmt_decimal(floor)}%: 0")
    for up, start, per, step in reversed(clauses):
        s = "W" if start == weight else fmt_decimal(start)
        whole = "" if step == 1 else " floor"
        out.append(f"<{fmt_decimal(up)}%: {s} - {fmt_decimal(per)} per {fmt_decimal(step)}%{whole}")
    return parse_rule("; ".join(out))


def step_bands_notes(rule: Rule, weight: Decimal | None) -> list[str]:
    """What :func:`read_step_bands` read: the value, where each band's deduction starts, and the 1 % ambiguity."""
    said = ["业绩值填完成率（实际÷目标）：完成目标（100%及以上）得分值；以下各段逐段扣分，每段从该段上端起扣，"
            "起点为上一段扣到该处的得分（阶梯连续，不再从100%重新起扣）"]
    if not any(getattr(c.outcome, "rounding", None) for c in rule.clauses):
        said.append(CONTINUOUS_PP_NOTE)
    return said
