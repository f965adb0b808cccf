"""Recognisers for how bands fit together: tiers (达到100%得20分，达到90%得10分), the complement of a
band for 否则, shared end points (民法典 第一千二百五十九条: 以上/以下/以内 include the number — the
higher score wins, with a warning), overlaps (refused), gaps (reported), and W × x below a threshold.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

from jixiao.rules.chinese._base import (
    _AbsProp,
    _Bound,
    _fmt_point,
    _NumCond,
    _outcome_points,
    _Unreadable,
)
from jixiao.rules.chinese.lexicon import AT_LEAST
from jixiao.rules.model import (
    ONE,
    ZERO,
    Amount,
    Any_,
    Clause,
    Compare,
    Linear,
    Num,
    Points,
    Prop,
    fmt_decimal,
)


def _bare_tiers(final: list[Any], understood: list[str]) -> None:
    """"建家率达70%得3分,60%得2分,50%得1分" (fresh11 X13-1): after a band written "达到N" (≥ N), a bare
    number below it with its points is the next tier down ("60%" = 达60%), not "= 60%"; in place.

    >>> a = _NumCond(_Bound(Decimal("0.7"), True, True), None, False, "pct", True, "建家率达70%得3分")
    >>> b = _NumCond(_Bound(Decimal("0.6"), True, True), _Bound(Decimal("0.6"), True, True), True, "pct", True, "60%得2分")
    >>> _bare_tiers([(a, None, a.src), (b, None, b.src)], []); b.eq, b.hi
    (False, None)
    """
    first = next((fc for fc, _, _ in final if fc is not None), None)
    if first is None or first.eq or first.lo is None or first.hi is not None \
            or not re.search(r"(?:达到|达)\d", first.src):
        return
    edge = first.lo.value
    for fc, _out, src in final:
        if fc is None or fc is first:
            continue
        if not (fc.eq and fc.lo is not None and fc.unit == first.unit and fc.lo.value < edge
                and re.match(r"^\d{1,15}(?:\.\d{1,10})?%?(?:的)?[,，]?(?:得|计|记)", src)):
            return
        edge = fc.lo.value
    for fc, _out, _src in final[1:]:
        if fc is not None and fc.eq:
            fc.eq, fc.hi = False, None
    understood.append("“达到N…”之后只写数字的档，按“达到该数”读（逐级门槛）")


#: a clause naming its own measure before its bound: "初信初访化解率达到90%…" (the subject, then 达到/不低于/≥ N)
_SUBJECT_BOUND_RE = re.compile(rf"^(?P<subj>[\u4e00-\u9fff]{{2,20}}?)(?:{AT_LEAST})\s*\d")


def _other_measures(srcs: list[str]) -> bool:
    """True when every clause names its own measure before its bound and no two name the same one ("初信初访化解率达到90%
    (7分)、重信重访化解率达到80%(7分)": two rates, r39) — no subject is the end of another ("完成率" / "全年完成率")."""
    ms = [_SUBJECT_BOUND_RE.match(s) for s in srcs]
    if len(ms) < 2 or any(m is None for m in ms):
        return False
    subjects = [m["subj"] for m in ms]  # type: ignore[index]
    return not any(a != b and (a.endswith(b) or b.endswith(a)) or (a == b and i != j)
                   for i, a in enumerate(subjects) for j, b in enumerate(subjects))


def _tiers(final: list[Any], weight: Decimal | None, understood: list[str]) -> None:
    """Nested one-sided bands are tiers: "达到100%得20分，达到90%得10分" → ≥100%: 20; [90%,100%): 10.

    Only when the higher tier never scores less (else the bands contradict and stay overlapping), and only of one
    measure: bounds of different measures ("A率达到90%得3分;B率达到80%得2分", r39) are items, refused here (their
    checklist, when it adds up to the 分值, is read by measureitems.py).
    """
    for side in ("lo", "hi"):
        group = [(fc, out) for fc, out, _ in final if fc is not None and not fc.eq
                 and (fc.lo is not None) == (side == "lo") and (fc.hi is not None) == (side == "hi")]
        if len(group) < 2:
            continue
        if _other_measures([fc.src for fc, _ in group]):
            raise _Unreadable(group[1][0].src, "几项不同指标各有门槛和分数（分项），不是同一指标的分档；"
                                               "分项合计与分值不符，未作推测")
        key = (lambda t: t[0].lo.value) if side == "lo" else (lambda t: -t[0].hi.value)
        group.sort(key=key, reverse=True)  # best tier first
        pts = [_outcome_points(out, weight) if isinstance(out, Points) else None for _, out in group]
        if any(p is None for p in pts):
            continue
        srcs = [s for fc, _, s in final if any(fc is g for g, _ in group)]  # each band's clause, with its 扣/得
        if any(a < b for a, b in zip(pts, pts[1:], strict=False)) \
                and not _rising_ceilings(side, group, pts, srcs) \
                and not (side == "lo" and _zeroing_tiers(pts, srcs)):  # type: ignore[operator]
            continue
        for (better, _), (worse, _) in zip(group, group[1:], strict=False):
            if side == "lo":
                worse.hi = _Bound(better.lo.value, not better.lo.closed, True)
            else:
                worse.lo = _Bound(better.hi.value, not better.hi.closed, True)
        understood.append("各档为逐级门槛：业绩值落入满足条件的最高一档")
    # "完成率达到100%的得满分,完成率≥50%的按比例得分,低于50%的不得分" (fresh12 Y10-1, r2): below a full-marks
    # tier at 100% of a share, one open-ended lower band 按比例 stops below 100% — there 分值 × 业绩值 meets
    # the 分值 at 100% (prop on [50%,100%) divides by 100%); a top tier elsewhere (90%以上) stays refused
    tops = [fc for fc, out, _ in final if fc is not None and not fc.eq and fc.pct and fc.hi is None
            and fc.lo is not None and fc.lo.value == ONE and isinstance(out, Points)
            and weight is not None and _outcome_points(out, weight) == weight]
    props = [fc for fc, out, _ in final if fc is not None and not fc.eq and fc.pct and fc.hi is None
             and fc.lo is not None and fc.lo.value < ONE and isinstance(out, Prop) and not isinstance(out, _AbsProp)]
    if len(tops) == 1 and len(props) == 1:
        props[0].hi = _Bound(ONE, not tops[0].lo.closed, True)  # type: ignore[union-attr]
        understood.append("“按比例”一档止于100%以下：得分 = 分值 × 业绩值（到100%时正好是满分）")
    # "培训率为100%，得满分；培训率≥90%，得1分" (fresh4 P10-6, i11e): 100% of a share is the top tier
    # above an open-ended lower band that scores less → that band stops below 100% (above 100% is
    # then a gap, reported when scored — never guessed)
    tops = [(fc, out) for fc, out, _ in final if fc is not None and fc.eq and fc.pct
            and fc.lo is not None and fc.lo.value == 1]
    for top, top_out in tops:
        under = [(fc, out) for fc, out, _ in final if fc is not None and not fc.eq and fc.hi is None
                 and fc.lo is not None and fc.lo.value < 1 and fc.pct]
        tp = _outcome_points(top_out, weight) if isinstance(top_out, Points) else None
        if len(under) != 1 or tp is None or not isinstance(under[0][1], Points):
            continue
        up = _outcome_points(under[0][1], weight)
        if up is None or up >= tp:
            continue
        under[0][0].hi = _Bound(top.lo.value, False, True)
        understood.append("“为100%”是最高一档：下面一档止于100%以下（100%以上不在规则内）")


#: a deduction in a band: "80%以下扣5分,50%以下扣10分" — at 40 % both or the narrower? (cumulative deductions are common)
_DEDUCTED_RE = re.compile(r"扣|减")


def _rising_ceilings(side: str, group: list[Any], pts: list[Any], srcs: list[str]) -> bool:
    """Nested "以下" bands whose points RISE with the ceiling — "满意率50%以下(3分);满意率80%以下(5分);满意率80%以上(10分)"
    (fresh84 CR3-3): a rate to reach printed as a ladder of ceilings; the narrowest band holds its values (40 % → 3), the
    next one the values above it up to its own ceiling (60 % → 5), as the tiers above. Only awards (no 扣/减 in a band:
    "80%以下扣5分,50%以下扣10分" may add up — looked for in each band's whole clause, not only its condition: "执行率低于
    90%扣1分，低于80%扣3分" stays refused, test_i11k) and strictly rising points."""
    return side == "hi" and all(a < b for a, b in zip(pts, pts[1:], strict=False)) \
        and not any(_DEDUCTED_RE.search(s) for s in [*srcs, *(fc.src for fc, _ in group)])


def _zeroing_tiers(pts: list[Any], srcs: list[str]) -> bool:
    """Nested deduction tiers whose every tier but the widest leaves nothing — "损失500元以下扣5分,500元以上扣10分,3000元
    以上扣20分" on a 20-point row (fresh88 CV3-1, r90): whether the tiers a loss reaches add up (10 + 20) or only the
    narrowest counts (20), 3000 and more scores 0 — the two readings agree everywhere, so the narrowest band holds its
    values, the widest the rest (1000 → 10). ``pts`` the tiers' scores, the narrowest first; only with a deduction
    (扣/减) among them ("500以上扣10分,3000以上扣5分" falls back: refused as before). Floors only (以上, amounts rising):
    ceilings of a rate ("执行率低于90%扣1分，80%以下不得分") stay refused (test_i11k's near miss)."""
    return any(_DEDUCTED_RE.search(s) for s in srcs) and all(a < b for a, b in zip(pts, pts[1:], strict=False)) \
        and all(p <= 0 for p in pts[:-1])


def _complement(c: _NumCond, src: str) -> _NumCond:
    """The values "否则" covers after ``c``, for an outcome that needs a direction (按比例, ×分值, steps).

    After "=100%" of a share (到位率100%得满分，否则按到位率×分值计算得分) it is below 100%: above
    100% stays outside the rule (a gap when scored, never guessed). After another "=" it is refused.
    """
    if c.eq and c.pct and c.lo is not None and c.lo.value == ONE:
        return _NumCond(None, _Bound(ONE, False, True), False, c.unit, c.pct, src)
    if c.eq:
        raise _Unreadable(src, "“否则”接在“等于”条件后，方向不明")
    if c.lo is not None and c.hi is None:
        return _NumCond(None, _Bound(c.lo.value, not c.lo.closed, True), False, c.unit, c.pct, src)
    if c.hi is not None and c.lo is None:
        return _NumCond(_Bound(c.hi.value, not c.hi.closed, True), None, False, c.unit, c.pct, src)
    raise _Unreadable(src, "“否则”接在区间条件后，按比例/扣分的方向不明")


def _resolve_edges(conds: list[_NumCond], pct: bool = False,
                   score_at: Any = None) -> list[str]:
    """Give each shared band end point to one band; return an ambiguity warning per real guess.

    以上 / 以下 / 以内 and unmarked range ends include the number itself (民法典 第一千二百五十九条),
    so "80%以下不得分，80%-90%得3分" puts 80% in both bands. An explicit claim (≥, (含), 不低于)
    wins silently. Between two default claims the point goes to the band that scores it
    **higher** (in the unit's favour) — whatever order the bands are listed in — and a warning
    names both readings. When both give the same score there is nothing to warn about; when the
    scores cannot be compared (no 分值 given) the first-listed band keeps it, with a warning.
    ``score_at(cond, point)`` gives a band's score at its end point (None when unknown).

    >>> a = _NumCond(None, _Bound(Decimal("0.8"), True, False), False, "pct", True, "80%以下")
    >>> b = _NumCond(_Bound(Decimal("0.8"), True, False), _Bound(Decimal("0.9"), True, False), False,
    ...              "pct", True, "80%-90%")
    >>> pts = {id(a): Decimal(0), id(b): Decimal(3)}
    >>> len(_resolve_edges([a, b], True, lambda c, p: pts[id(c)])), a.hi.closed, b.lo.closed
    (1, False, True)
    """
    warnings: list[str] = []

    def score(c: _NumCond, p: Decimal) -> Decimal | None:
        return score_at(c, p) if score_at is not None else None

    for i, c in enumerate(conds):
        for b in (c.lo, c.hi):
            if b is None or b.explicit or not b.closed:
                continue
            p = b.value
            rivals = [o for o in conds if o is not c and o.contains(p)]
            if not rivals:
                continue
            if any(ob is not None and ob.explicit and ob.closed and ob.value == p
                   for o in rivals for ob in (o.lo, o.hi)):
                b.closed = False
                continue
            ends = all(any(ob is not None and ob.value == p for ob in (o.lo, o.hi)) for o in rivals)
            if not ends:  # p inside another band: an overlap, reported by the overlap check
                b.closed = False
                continue
            mine = score(c, p)
            theirs = [score(o, p) for o in rivals]
            if mine is not None and all(t is not None and t == mine for t in theirs):
                keep = conds.index(rivals[0]) > i  # same score: nothing to choose
                if not keep:
                    b.closed = False
                continue
            if mine is not None and all(t is not None for t in theirs):
                keep = all(mine > t for t in theirs)  # type: ignore[operator]
                how = "按约定取得分较高的一档"
            else:
                keep = conds.index(rivals[0]) > i
                how = "未给出分值，无法比较两档得分，暂取先列出的一档"
            winner, loser = (c, rivals[0]) if keep else (rivals[0], c)
            if keep:
                for o in rivals:
                    for ob in (o.lo, o.hi):
                        if ob is not None and ob.value == p and not ob.explicit:
                            ob.closed = False
                            ob.explicit = True
            else:
                b.closed = False
            pt = _fmt_point(p, pct)
            msg = (f"歧义：{pt}既在“{loser.src}”内又在“{winner.src}”内（“以上”“以下”“以内”及区间"
                   f"端点都含本数）。{how}“{winner.src}”；另一读法是取“{loser.src}”，如是请改写计分规则")
            if msg not in warnings:
                warnings.append(msg)
    for c in conds:
        for b in (c.lo, c.hi):
            if b is not None:
                b.explicit = True
    return warnings


def _overlap(a: _NumCond, b: _NumCond) -> bool:
    lo_v, lo_c = (a.lo.value, a.lo.closed) if a.lo else (None, False)
    if b.lo is not None and (lo_v is None or b.lo.value > lo_v
                             or (b.lo.value == lo_v and not b.lo.closed)):
        lo_v, lo_c = b.lo.value, b.lo.closed
    hi_v, hi_c = (a.hi.value, a.hi.closed) if a.hi else (None, False)
    if b.hi is not None and (hi_v is None or b.hi.value < hi_v
                             or (b.hi.value == hi_v and not b.hi.closed)):
        hi_v, hi_c = b.hi.value, b.hi.closed
    if lo_v is None or hi_v is None:
        return True
    if lo_v < hi_v:
        return True
    return lo_v == hi_v and lo_c and hi_c


def _gaps(conds: list[_NumCond], has_any: bool, pct: bool) -> list[str]:
    """Values no band covers, in words: band edges, stretches between edges, and beyond."""
    if has_any or not conds:
        return []
    points = sorted({b.value for c in conds for b in (c.lo, c.hi) if b is not None})
    out: list[str] = []
    if not any(c.contains(points[0] - ONE) for c in conds):
        out.append(f"低于{_fmt_point(points[0], pct)}")
    for a, b in zip(points, points[1:], strict=False):
        if not any(c.contains(a) for c in conds):
            out.append(_fmt_point(a, pct))
        if not any(c.contains((a + b) / 2) for c in conds):
            out.append(f"{_fmt_point(a, pct)}～{_fmt_point(b, pct)}之间")
    if not any(c.contains(points[-1]) for c in conds):
        out.append(_fmt_point(points[-1], pct))
    if not any(c.contains(points[-1] + ONE) for c in conds):
        out.append(f"高于{_fmt_point(points[-1], pct)}")
    return out


def _abs_prop_below(fc: _NumCond, src: str) -> Linear | Prop:
    """W × x on "below T" written as a deduction from T·W: ``<90%: 90%W - W per 100%``; on a band
    that ends at 100% ("80%≤完成率<100%，按完成率×分值计算") it is ``prop`` (W × x ÷ 100%).

    >>> str(_abs_prop_below(_NumCond(None, _Bound(Decimal("0.9"), False, True), False, "pct", True, ""), ""))
    '90%W - W per 100%'
    >>> lo, hi = _Bound(Decimal("0.8"), True, True), _Bound(ONE, False, True)
    >>> str(_abs_prop_below(_NumCond(lo, hi, False, "pct", True, ""), ""))
    'prop'
    """
    if fc.lo is not None and fc.hi is not None and fc.pct and fc.hi.value == ONE and not fc.eq:
        return Prop()
    if fc.lo is not None or fc.hi is None or not fc.pct:
        raise _Unreadable(src, "“按比率×分值”只在“低于某百分数”时能写成规则")
    return Linear(Amount(Num(fc.hi.value, True), of_weight=True), Amount(Num(ONE), of_weight=True),
                  Num(ONE, True))


def _apply_cap(parts: list[Clause], flags: set[str], weight: Decimal | None,
               understood: list[str]) -> list[Clause]:
    """"最多扣3分": a capped deduction is the deduction plus a band beyond the cap, listed first.

    Capped where the deduction first exceeds the cap C (step s, k = C / s units): continuous d > k;
    ``ceil`` d > floor(k); ``floor`` d >= floor(k) + 1. Beyond that the score is start − C.

    >>> from jixiao.rules.grammar import parse_rule
    >>> from jixiao.rules.model import Rule
    >>> r = parse_rule(">=95%: 5; <95%: 5 - 1 per 1% ceil")
    >>> str(Rule(tuple(_apply_cap(list(r.clauses), {"cap:3"}, Decimal(5), []))))
    '>=95%: 5; <92%: 2; <95%: 5 - 1 per 1% ceil'
    """
    caps = [f for f in flags if f.startswith("cap:")]
    if not caps:
        return parts
    cap = Decimal(caps[0][4:])
    out: list[Clause] = []
    floors: list[Decimal] = []  # the lowest score each capped deduction reaches
    used = False
    for c in parts:
        lin = c.outcome
        if not isinstance(lin, Linear):
            out.append(c)
            continue
        if weight is None and (lin.start.of_weight or lin.step.of_weight):
            raise _Unreadable(f"最多扣{fmt_decimal(cap)}分", "扣分上限需要分值才能算出")
        w = weight if weight is not None else ONE
        start, step = lin.start.points(w), lin.step.points(w)
        used = True
        if cap >= start or step <= 0:
            out.append(c)
            understood.append(f"最多扣{fmt_decimal(cap)}分：不少于起扣分，等同扣完为止")
            continue
        k = cap / step
        if lin.rounding == "ceil":
            units, strict = Decimal(int(k)), True
        elif lin.rounding == "floor":
            units, strict = Decimal(int(k)) + ONE, False
        else:
            units, strict = k, True
        reach = units * lin.unit.value
        cond = c.condition
        if isinstance(cond, Compare) and cond.op in ("<", "<="):
            edge = Compare("<" if strict else "<=", Num(cond.bound.value - reach, cond.bound.pct))
        elif isinstance(cond, Compare) and cond.op in (">", ">="):
            edge = Compare(">" if strict else ">=", Num(cond.bound.value + reach, cond.bound.pct))
        elif isinstance(cond, Any_):
            edge = Compare(">" if strict else ">=", Num(reach, lin.unit.pct))
        else:
            raise _Unreadable(f"最多扣{fmt_decimal(cap)}分", "扣分上限用在这种条件上方向不明")
        floor_pts = Points(Amount(Num(start - cap)))
        out.append(Clause(edge, floor_pts))
        floors.append(start - cap)
        out.append(c)
        understood.append(f"最多扣{fmt_decimal(cap)}分：{edge} 时得{fmt_decimal(start - cap)}分（先于扣分条款）")
    if not used:
        raise _Unreadable(f"最多扣{fmt_decimal(cap)}分", "有扣分上限却没有扣分条款")
    for c in parts:
        # "每低1%扣1分，低于90%不得分，最多扣10分" on 20 points (r42): the cut-off takes 20, the cap at most 10 — the
        # cut-off (listed first) won; the text contradicts itself
        if isinstance(c.outcome, Points) and isinstance(c.condition, Compare) and floors and weight is not None \
                and c.outcome.amount.points(weight) < min(floors):
            raise _Unreadable(f"最多扣{fmt_decimal(cap)}分", f"写了“最多扣{fmt_decimal(cap)}分”，又写了“{c.condition}”得"
                              f"{fmt_decimal(c.outcome.amount.points(weight))}分（扣得比上限多），两者矛盾")
    return out


def _cutoffs_beyond_steps(final: list[tuple[_NumCond | None, Any, str]], weight: Decimal | None,
                          understood: list[str]) -> set[tuple[int, int]]:
    """A cut-off band beyond a step deduction: "≥90%得满分，每降低1个百分点扣0.5分，低于60%不得分" —
    the steps run below 90% and stop at 60%, below which the row scores 0. The cut-off band (<60%)
    lies inside the steps' one-sided band (<90%); it is moved before the steps (first match wins,
    as for 最多扣N分) and the pair is not an overlap. Only when the cut-off scores no more than the
    steps reach at its edge (the score never rises as the value falls further). Returns the pairs
    (id of the steps' condition, id of the cut-off's condition); ``final`` is reordered in place.

    >>> lin = Linear(Amount(Num(Decimal(10))), Amount(Num(Decimal("0.5"))), Num(Decimal("0.01"), True), "")
    >>> a = _NumCond(None, _Bound(Decimal("0.9"), False, True), False, "pct", True, "每降低1个百分点扣0.5分")
    >>> b = _NumCond(None, _Bound(Decimal("0.6"), False, True), False, "pct", True, "低于60%")
    >>> final = [(a, lin, a.src), (b, Points(Amount(Num(ZERO))), b.src)]
    >>> len(_cutoffs_beyond_steps(final, Decimal(10), [])), [f[2] for f in final]
    (1, ['低于60%', '每降低1个百分点扣0.5分'])
    """
    pairs: set[tuple[int, int]] = set()
    for fa, out_a, _ in list(final):
        if fa is None or not isinstance(out_a, Linear) or (fa.lo is None) == (fa.hi is None):
            continue
        below = fa.hi is not None
        for fb, out_b, src_b in list(final):
            if fb is None or fb is fa or not isinstance(out_b, Points) or (fb.lo is None) == (fb.hi is None):
                continue
            edge_a, edge_b = (fa.hi, fb.hi) if below else (fa.lo, fb.lo)
            if (fb.hi is not None) != below or edge_b is None or edge_a is None or fb.unit != fa.unit:
                continue
            if not (edge_b.value < edge_a.value if below else edge_b.value > edge_a.value):
                continue
            if weight is None and (out_a.start.of_weight or out_a.step.of_weight or out_b.amount.of_weight):
                continue
            w = weight if weight is not None else ONE
            reach = out_a.start.points(w) - out_a.step.points(w) * abs(edge_a.value - edge_b.value) / out_a.unit.value
            if out_b.amount.points(w) > max(reach, ZERO):
                continue
            if edge_b.closed and not edge_b.explicit and out_b.amount.points(w) == max(reach, ZERO):
                # "每增加1个百分点扣2.5分，4%以上得0分" (fresh15 AB8-5): the steps reach the cut-off's score at
                # its edge — one score either way; the edge stays in the cut-off as written (以上 includes it),
                # as "不低于4%得0分" reads
                edge_b.explicit = True
            if edge_b.closed and not edge_b.explicit and out_b.amount.points(w) < max(reach, ZERO):
                # "90%以下不得分" beside steps that still give points at 90%: 以下 includes 90% (民法典
                # 第一千二百五十九条), so 90% is claimed by both — the higher (the steps) takes it
                bound = _Bound(edge_b.value, False, False)
                if below:
                    fb.hi = bound
                else:
                    fb.lo = bound
                understood.append(f"歧义：“{src_b}”的端点 {_fmt_point(edge_b.value, fb.pct)} 也在逐点扣分的范围内，"
                                  "按得分较高的一档（逐点扣分）计；若该点应不得分，请写明“(含)”")
            pairs.add((id(fa), id(fb)))
            ib = next(k for k, f in enumerate(final) if f[0] is fb)
            ia = next(k for k, f in enumerate(final) if f[0] is fa)
            if ib > ia:
                final.insert(ia, final.pop(ib))
            understood.append(f"“{src_b}”是扣分的下限档：先于逐点扣分判断")
    return pairs
