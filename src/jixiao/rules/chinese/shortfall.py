"""Recogniser: deductions by how far the result falls short of a target the row counts against —
"比下达任务低5%以内(含5%)的扣2分,低5%-10%的扣4分,低超过10%的扣6分" (fresh18 AE2-1). The value is the share
of the target reached (完成数 ÷ 下达任务); a shortfall of s is the value 100% − s, so the shortfall bands
become value bands below 100%, and 100% or more (nothing short) keeps the 分值 (the text deducts only for
falling short). A deduction beyond the 分值 is refused (which scale?). Shared end points follow the reader's policy
(bands._resolve_edges: 以内/以上/ranges include the number, (含) is explicit, else the higher score).

Only a base that names a count to reach (下达任务 / 计划任务 / 任务数 / 计划数 / 招生指标): "比上年低5%" or
"比目标值低5个百分点" may compare rates (points below a rate, not a share of a count) — not written, refused.

>>> str(read_shortfall("比下达任务低5%以内(含5%)的扣2分,低5%-10%的扣4分,低超过10%的不得分", Decimal(5)))
'>=100%: W; [95%,100%): 3; [90%,95%): 1; <90%: 0'
>>> read_shortfall("比下达任务低5%以内(含5%)的扣2分,低5%-10%的扣4分,低超过10%的扣6分", Decimal(5)) is None
True
>>> read_shortfall("比上年低5%以内的扣2分,低超过5%的扣4分", Decimal(5)) is None
True
"""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.rules.chinese._base import NUM, _Bound, _NumCond, _Unreadable, dec
from jixiao.rules.chinese.bands import _overlap, _resolve_edges
from jixiao.rules.chinese.conditions import _find_cond
from jixiao.rules.grammar import parse_rule
from jixiao.rules.model import ONE, ZERO, Rule, fmt_decimal

_HEAD_RE = re.compile(r"^(?:比|较)(?P<base>[^，,。；;\d比较低]{0,8}?(?:任务|任务数|计划数|招生指标|下达指标|指标数))"
                      r"低(?P<body>.+)$")

_BODY_RE = re.compile(rf"^(?P<cond>.+?)(?:的|是)?(?:扣(?P<n>{NUM})分|(?P<zero>不得分))$")


def _shortfall_band(body: str) -> tuple[_NumCond, str] | None:
    """"5%以内(含5%)的扣2分" → (the shortfall band, the outcome text)."""
    m = _BODY_RE.match(body)
    if m is None:
        return None
    cond_text = m["cond"]
    # "5%以内(含5%)": the bracket names the number just before it (an inclusive end)
    cond_text = re.sub(rf"(?P<n>{NUM}%)(?P<w>以内|以上)\((?P<neg>不)?含(?P=n)\)", r"\g<n>(\g<neg>含)\g<w>", cond_text)
    try:
        found = _find_cond(cond_text, allow_bare=False)
    except _Unreadable:
        return None
    if found is None or found[1] or found[2] or not found[0].pct or found[0].eq:
        return None
    return found[0], (f"扣{m['n']}分" if m["n"] else "不得分")


def read_shortfall(norm: str, weight: Decimal | None) -> Rule | None:
    """The rule for the shortfall bands of a normalised text, or ``None`` (not this shape)."""
    if weight is None:
        return None
    parts = [p for p in re.split(r"[，,；;。]", norm) if p.strip()]
    if len(parts) < 2 or "百分点" in norm:  # points below: a rate compared with a rate
        return None
    hm = _HEAD_RE.match(parts[0])
    if hm is None:
        return None
    bodies = [hm["body"]]
    for p in parts[1:]:
        if not p.startswith("低"):
            return None
        bodies.append(p[1:])
    conds: list[_NumCond] = []
    points: dict[int, Decimal] = {}
    for body in bodies:
        sb = _shortfall_band(body)
        if sb is None:
            return None
        s, out = sb
        # value = 100% − shortfall: a shortfall ≥ a is a value ≤ 100% − a, and the reverse
        lo = _Bound(ONE - s.hi.value, s.hi.closed, s.hi.explicit) if s.hi is not None else None
        hi = _Bound(ONE - s.lo.value, s.lo.closed, s.lo.explicit) if s.lo is not None \
            else _Bound(ONE, False, True)  # "5%以内": something short, so below 100%
        v = _NumCond(lo, hi, False, "pct", True, body)
        if out != "不得分" and dec(out[1:-1]) > weight:
            # "低超过10%的扣6分" on a 5-point row (fresh18 AE2-1): a deduction beyond the 分值 — a scale
            # written for another row, or 0? Not written; not guessed
            return None
        pts = ZERO if out == "不得分" else weight - dec(out[1:-1])
        conds.append(v)
        points[id(v)] = pts
    _resolve_edges(conds, True, lambda c, _p: points[id(c)])
    for i, a in enumerate(conds):
        if any(_overlap(a, b) for b in conds[i + 1:]):
            return None
    clauses = [">=100%: W"] + [f"{c.to_condition()}: {fmt_decimal(points[id(c)])}" for c in conds]
    return parse_rule("; ".join(clauses))


def shortfall_notes(norm: str) -> list[str]:
    """What the reading assumed, and the deductions as printed (the points guard finds each "扣N分")."""
    cuts = "、".join(re.findall(rf"扣{NUM}分", norm))
    return ["业绩值为完成数占目标（下达任务/指标）的比例：低于100%的部分按原文的档扣分，达到100%不扣分",
            f"扣分情形：比目标低的各档依次{cuts}（得 分值减去扣分）"]
