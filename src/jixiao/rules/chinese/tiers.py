"""Recogniser: deduction tiers below falling thresholds on one measure (r24, issue 11) — the rule in brackets after a
requirement's points ("…任务。4分(未全面完成任务的扣2分,完成率低于90%的不得分)", :mod:`pointsrule`) and the same tiers
anywhere.

Each tier is "below A, deduct d" ("小于100平方米扣1分", "完成率低于90%的不得分"); the thresholds fall and the deductions
grow; the rule lists the lowest tier first: ``<50: 0; <100: W - 1; *: W``. A requirement worth the 分值 may come first
("…得5分,"); nothing else may.

>>> from decimal import Decimal
>>> str(read_deduction_tiers("活动场地小于100平方米扣1分,小于50平方米的不得分", Decimal(5)))
'<50: 0; <100: 4; *: W'
>>> str(read_deduction_tiers("完成率低于100%的扣1分,低于90%扣4分", Decimal(4)))
'<90%: 0; <100%: 3; *: W'

A value below two open tiers that both deduct part of the 分值 ("小于100㎡扣1分,小于50㎡的扣2分": 5 − 2, or 5 − 1 − 2?) is
not said — ``None`` (fresh28 AO1-5 stays refused; the same near-miss as test_i11k "执行率低于90%扣1分，低于80%扣3分"):

>>> read_deduction_tiers("活动场地小于100平方米扣1分,小于50平方米的扣2分", Decimal(5)) is None
True

The failing side of the full task ("未全面完成任务的扣2分") is "below 100%" beside tiers on the completed share (fresh28
AO1-8); "无活动场地的不得分" is the value 0 beside tiers on a quantity:

>>> str(read_deduction_tiers("1、按序时进度完成任务得4分,未全面完成任务的扣2分,完成率低于90%的不得分。", Decimal(4)))
'<90%: 0; <100%: 2; *: W'
>>> str(read_deduction_tiers("满足需要得5分,无户外活动场地的不得分;活动场地小于100m2扣1分,小于50m2的扣5分。", Decimal(5)))
'<=0: 0; <50: 0; <100: 4; *: W'

The context may change (a number before the tiers, a comma before 扣, "扣完为止", "得满分" for the points):

>>> str(read_deduction_tiers("(2)场地小于100平方米的,扣1分;小于50平方米的,不得分,扣完为止。", Decimal(5)))
'<50: 0; <100: 4; *: W'
>>> str(read_deduction_tiers("按时完成任务得满分,未全面完成任务的扣1分,完成率低于90%的不得分", Decimal(3)))
'<90%: 0; <100%: 2; *: W'

A range tier whose lower end is the next tier's threshold, and "达到标准的A%但未达标" (below 100%, down to A%) —
the value is the share of the standard (fresh28 AO1-2):

>>> str(read_deduction_tiers("面积达到标准的90%但未达标的扣2分;面积达到标准80%-90%的扣3分;小于标准80%的不得分", Decimal(3)))
'<80%: 0; <90%: 0; <100%: 1; *: W'

Not tiers (``None``): one tier alone (read elsewhere), thresholds that do not fall, deductions that do not grow, a range
that leaves a gap, two measures, a deduction beyond the 分值, other words:

>>> [read_deduction_tiers(t, Decimal(5)) for t in ("小于100平方米扣1分", "小于50平方米扣1分,小于100平方米扣2分",
...     "小于100平方米扣2分,小于50平方米扣1分", "达到标准70%-90%的扣1分;小于标准80%的不得分", "小于100平方米扣1分,小于50平方米扣2分",
...     "完成率低于90%扣1分,满意度低于80%扣2分", "小于100平方米扣1分,小于50平方米扣6分", "小于100平方米扣1分,每少1项扣2分")]
[None, None, None, None, None, None, None, None]
"""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.rules.chinese._base import ITEM_NUMBER, NUM, UNIT, dec
from jixiao.rules.grammar import parse_rule
from jixiao.rules.model import Rule, fmt_decimal

HUNDRED = Decimal(100)

_U = rf"(?:{UNIT}|m2|㎡)"
_OUT = rf"(?:扣(?P<d>{NUM})分|(?P<zero>不得分|得0分))"
#: "活动场地小于100m2扣1分" / "小于标准80%的不得分" / "完成率低于90%的不得分"
_BELOW_RE = re.compile(rf"(?P<subj>[^\d,，;；。]{{0,12}}?)(?:小于|低于|不足|少于|不到|未达到|未达)(?:标准的?)?"
                       rf"(?P<a>{NUM})(?P<u>{_U})?的?[,，]?{_OUT}")
#: "面积达到标准80%-90%的扣3分": the range [lo, a)
_RANGE_RE = re.compile(rf"(?P<subj>[^\d,，;；。]{{0,12}}?)(?:达到)?(?:标准的?)?(?P<lo>{NUM})(?P<lu>%)?[-~至](?P<a>{NUM})"
                       rf"(?P<u>%)(?:之间)?的?[,，]?{_OUT}")
#: "面积达到标准的90%但未达标的扣2分": [lo, 100%)
_SHORT_RE = re.compile(rf"(?P<subj>[^\d,，;；。]{{0,12}}?)达到标准的?(?P<lo>{NUM})%但未达标的?[,，]?{_OUT}")
#: "未全面完成任务的扣2分": below 100% of the task
_UNDONE_RE = re.compile(rf"未(?:全面|全部|足额)?完成(?:任务|目标任务)?的?[,，]?{_OUT}")
#: "无户外活动场地的不得分": none of the measured thing
_NONE_RE = re.compile(r"(?:无|没有)[^\d,，;；。]{1,12}?的?[,，]?(?:不得分|得0分)")
#: a requirement worth the 分值 before the tiers: "…需要得5分,"
_NUMBERING_RE = re.compile(rf"^{ITEM_NUMBER}")
_LEAD_RE = re.compile(rf"^(?P<what>[^;；。]*?)得(?:(?P<w>{NUM})分|满分)[,，;；]")
#: what may stand beside the tiers and changes nothing: the deductions stop at 0 anyway
_NOTE_RE = re.compile(r"扣完为止|扣完本项分为止|直至扣完|不出现负分")


def _tier(piece: str) -> tuple[str, Decimal | None, Decimal | None, str, Decimal | None] | None:
    """(subject, threshold or None for "未完成", lower end of a range or None, unit, deduction or None for 0)."""
    for pattern in (_BELOW_RE, _RANGE_RE, _SHORT_RE, _UNDONE_RE):
        m = pattern.fullmatch(piece)
        if m is None:
            continue
        groups = m.groupdict()
        d = None if m["zero"] else dec(m["d"])
        if pattern is _UNDONE_RE:
            return "", None, None, "%", d
        if pattern is _SHORT_RE:
            return m["subj"], HUNDRED, dec(m["lo"]), "%", d
        lo = dec(groups["lo"]) if groups.get("lo") else None
        return m["subj"], dec(m["a"]), lo, m["u"] or "", d
    return None


def read_deduction_tiers(norm: str, weight: Decimal | None) -> Rule | None:
    """The tiers' rule (lowest tier first, then ``*: W``), or ``None``."""
    if weight is None or weight <= 0:
        return None
    text = _NUMBERING_RE.sub("", norm.strip().rstrip("。.；; "))
    lead = _LEAD_RE.match(text)
    if lead is not None:
        if lead["w"] is not None and dec(lead["w"]) != weight or re.search(r"\d|扣|不得分", lead["what"]):
            return None
        text = text[lead.end():]
    pieces: list[str] = []
    for p in (x.strip() for x in re.split(r"[,，;；。](?![^()]*\))", text)):
        if re.fullmatch(rf"扣{NUM}分|不得分|得0分", p) and pieces:
            pieces[-1] += p  # "小于50平方米的,扣2分": the comma before 扣
        elif p and not _NOTE_RE.fullmatch(p):
            pieces.append(p)
    tiers, none_zero = [], False
    for piece in pieces:
        if _NONE_RE.fullmatch(piece):
            none_zero = True
            continue
        t = _tier(piece)
        if t is None:
            return None
        tiers.append(t)
    if len(tiers) < 2:
        return None
    units = {u for _s, a, _lo, u, _d in tiers if a is not None}
    if len(units) != 1:
        return None
    unit = units.pop()
    if any(a is None for _s, a, _lo, _u, _d in tiers):
        if unit != "%" or not any("率" in s for s, *_ in tiers):
            return None  # "未完成任务" is below 100% only beside tiers on a completed share
        tiers = [(s, HUNDRED if a is None else a, lo, u, d) for s, a, lo, u, d in tiers]
    if none_zero and unit == "%":
        return None  # "无…不得分" is the value 0 of a quantity, never of a share
    subjects = [s.rstrip("的") for s, *_ in tiers if s.rstrip("的")]
    if any(x not in y and y not in x for x in subjects for y in subjects):
        return None  # two measures ("面积" and "面积达到标准" are one)
    points = [weight if d is None else d for *_r, d in tiers]
    thresholds = [a for _s, a, _lo, _u, _d in tiers]
    if any(b >= a for a, b in zip(thresholds, thresholds[1:], strict=False)) \
            or any(q < p or q == p < weight for p, q in zip(points, points[1:], strict=False)) \
            or any(p > weight for p in points):
        # (two tiers may both take the whole 分值: "80%-90%的扣3分;小于80%的不得分" on a 3-point row)
        return None
    for (_s, _a, lo, _u, _d), nxt in zip(tiers, [*thresholds[1:], None], strict=True):
        if lo is not None and lo != nxt:
            return None  # a range must reach the next tier's threshold (no gap, no overlap)
    for j, p in enumerate(points):
        # a value below an open tier ("低于90%扣1分") and a lower one ("低于80%扣3分") takes 3 if the lower tier replaces
        # the upper, 1 + 3 if both are taken: the text does not say which (test_i11k near-miss) — read only where both
        # give the same score (the lower tier takes the whole 分值, or its deduction is reached either way)
        above = sum((q for (_s, _a, lo, _u, _d), q in zip(tiers[:j], points[:j], strict=True) if lo is None), Decimal(0))
        if above and min(weight, p + above) != p:
            return None
    u = "%" if unit == "%" else ""
    clauses = ["<=0: 0"] if none_zero else []
    for a, p in reversed(list(zip(thresholds, points, strict=True))):
        clauses.append(f"<{fmt_decimal(a)}{u}: {fmt_decimal(weight - p)}")
    clauses.append("*: W")
    return parse_rule("; ".join(clauses))


def deduction_tiers_notes(rule: Rule, weight: Decimal | None) -> list[str]:
    """What :func:`read_deduction_tiers` read, in words (each tier's deduction named: the points guard checks them).

    >>> deduction_tiers_notes(parse_rule("<50: 3; <100: 4; *: W"), Decimal(5))[1:]
    ['扣分情形：低于100扣1分 → 得4分', '扣分情形：低于50扣2分 → 得3分']
    """
    w = Decimal(0) if weight is None else Decimal(str(weight))
    said = ["扣分档：低于各阈值分别扣所写分数（低于几个阈值时按最低一档扣），达到最高阈值不扣分；"
            "业绩值填该数值（写“标准的N%”时填达到标准的百分比）"]
    for c in reversed(rule.clauses):
        bound = getattr(c.condition, "bound", None)
        if getattr(c.condition, "op", None) != "<" or bound is None:
            continue
        got = c.outcome.amount.points(w)  # type: ignore[union-attr]
        said.append(f"扣分情形：低于{bound}扣{fmt_decimal(w - got)}分 → 得{fmt_decimal(got)}分")
    return said
