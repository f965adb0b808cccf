"""Assembling fragments into clauses and one canonical Rule (or a checklist / judgement reading).

>>> from jixiao.rules.chinese import read_rule_text
>>> read_rule_text("≥95%得5分，每低1个百分点扣1分（不满1个百分点按1个百分点算）", 5).canonical
'>=95%: 5; <95%: 5 - 1 per 1% ceil'
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from decimal import Decimal
from itertools import combinations

from jixiao.rules.chinese._base import (
    _UNITS,
    CONTINUOUS_PP_NOTE,
    CONTRARY_ROUNDING,
    MEANING,
    NUM,
    TIME_WORDS,
    UNIT,
    WORDING,
    ChecklistItem,
    Described,
    Reading,
    ReadingContext,
    _AbsProp,
    _amount_from,
    _amount_zh,
    _Bound,
    _Clause,
    _cond_zh,
    _Frag,
    _NumCond,
    _outcome_points,
    _Unreadable,
    cannot_read,
    noted,
    unreadable,
)
from jixiao.rules.chinese._base import (
    described as _description,
)
from jixiao.rules.chinese.bands import (
    _abs_prop_below,
    _apply_cap,
    _bare_tiers,
    _complement,
    _cutoffs_beyond_steps,
    _gaps,
    _overlap,
    _resolve_edges,
    _tiers,
)
from jixiao.rules.chinese.failures import _failing_parts
from jixiao.rules.chinese.fragments import (
    _PERIOD,
    _QUAL_PASS_WORDS,
    _count_to_reach,
    count_tail_bands,
)
from jixiao.rules.chinese.grades import exclusive_grades, one_scale
from jixiao.rules.chinese.guard import _SCORING_RE, _describe
from jixiao.rules.chinese.levels import LEVEL_RE, _read_cumulative, _read_levels, relative_levels
from jixiao.rules.chinese.lexicon import COUNT, FAILURE_WORD
from jixiao.rules.chinese.normalise import WHO_NOUN, WX_TOKEN
from jixiao.rules.chinese.partsteps import (
    PER_SHORT_MANY_RE,
    step_rounding,
    step_settled,
    steps_taken_up,
)
from jixiao.rules.chinese.printednames import PASS_NOTE, any_one_of_all
from jixiao.rules.chinese.ratestart import FULL_RATE_NOTES, full_rate_start
from jixiao.rules.chinese.toreach import SHORT_RE, TO_REACH, done_note, to_reach_parts
from jixiao.rules.grammar import parse_rule
from jixiao.rules.model import (
    HUNDRED,
    ONE,
    ZERO,
    Amount,
    Any_,
    Clause,
    Compare,
    Interval,
    Linear,
    Num,
    Points,
    Prop,
    Rule,
    Text,
    fmt_decimal,
    quoted,
)

#: the refusal of a text in which no clause scores (reader.py hands such a text to requirementsonly.py)
NO_METHOD = "没有找到计分方法（得几分、扣几分或按比例）"


def _assemble(frags: list[_Frag], weight: Decimal | None, ctx: ReadingContext,
              flags: set[str], notes: list[str], share: Decimal | None) -> Reading:
    """Fragments in text order into one Rule (or a refusal naming the fragment).

    >>> from jixiao.rules.chinese import read_rule_text
    >>> read_rule_text("往年出生漏补报率低于2%,每超过一个百分点扣0.5分。", 10).canonical  # fresh15 AB11-3
    '<2%: W; >=2%: W - 0.5 per 1%'
    >>> read_rule_text("5%以内扣1分,5%-10%之间扣3分,10%以上不得分。", 5).canonical  # fresh15 AB9-1
    '<=5%: 4; (5%,10%]: 2; >10%: 0'
    """
    count_tail_bands(frags, weight)  # "3-5次的,扣1分;超过5次的,扣2分" (r32)
    bad = [f for f in frags if f.bad]
    if bad:
        return unreadable([*notes, *(cannot_read(f.bad, f.src) for f in bad)], [f.src for f in bad],  # type: ignore[arg-type]
                          refused_for=WORDING if {f.bad_kind for f in bad} == {WORDING} else MEANING)
    understood = list(notes)

    rounding_pp = "ceil" if "ceil" in flags or ctx.rounding == "ceil" else ""

    clauses: list[_Clause] = []
    counts: list[_Frag] = []
    flats: list[_Frag] = []  # "X扣N分" without 每 / 1处: one failing condition, one deduction
    ded_conds: list[_NumCond] = []  # "少于2次的,扣3分" / "5%以内扣1分": numeric bands written as a deduction
    pending: _Frag | None = None
    pending_qual: list[str] = []
    pending_else = False
    implied_full = False  # set when the steps' start is the 分值 by default (start_for)
    implied_hundred = False  # set when a rate's drop counts from 100 % (ratestart.py)
    described: list[str] = []  # the clauses noted as descriptions ("说明（不参与计分）"), in order

    def drop_descriptions(what: str = "说明") -> None:
        for q in pending_qual:
            _describe(understood, q, what)
            if what == "说明":
                described.append(q)

    def start_for(origin: Decimal, src: str) -> Amount:
        nonlocal implied_full
        for c in reversed(clauses):
            if isinstance(c.cond, _NumCond) and isinstance(c.outcome, Points) and any(
                    b is not None and b.value == origin for b in (c.cond.lo, c.cond.hi)):
                return c.outcome.amount
        if not clauses and all(_zero_floor_below(f, origin) for f in frags if f.out is not None or f.start is not None):
            # "收缴率未达100%的,每低1个百分点扣1分,扣完为止" (fresh12 Y14-4): a threshold, steps below it and
            # nothing else — the steps come off the 分值, and at or above the threshold nothing is deducted
            understood.append("未写起算分：从分值起扣；达到该阈值（未低于）不扣分，得满分")
            implied_full = True
            return Amount(Num(ONE), of_weight=True)
        raise _Unreadable(src, "扣分没有起算分（未找到对应档位的得分，也没有“从N分起算”）")

    first = next((f for f in frags if not f.note and (f.out is not None or f.deduct is not None or f.cond is not None
                                                       or f.qual)), None)
    if first is not None and first.else_ and (first.out is not None or first.deduct is not None):
        # "否则不得分；…≤3条,得1分" (a reordered AF1-2, test_variants, r5) was read as *: 0 before every band
        raise _Unreadable(first.src, "“否则”写在所有条件之前，不知道指的是哪种情况")
    try:
        for f in frags:
            if f.note:
                understood.append(f.note)
                continue
            if f.out is not None and f.out.startswith("扣") and f.out_amount is not None and f.cond is not None:
                if f.cond.unit != "pct" and f.out_amount.coef.value > 0 and _repeats(understood, flags):
                    # "迟报超过3天的扣1分,扣完为止" (r32): 扣完为止 says the deduction repeats — once per late report,
                    # or once for the band? (a share's band, "低于90%扣1分", cannot repeat and reads as before)
                    raise _Unreadable(f.src, "写了“扣完为止”（或扣分上限），扣分可累计：这一档是每出现一次扣一次，"
                                             "还是只扣一次，未写明")
                ded_conds.append(f.cond)
                # "5%以内扣1分" (fresh15 AB9-1): a band scored 分值 - N (fragments); N is used by the reading
                understood.append(f"扣分情形：“{f.src}”{f.out} → 得{_amount_zh(f.out_amount)}")
            elif f.out is not None and f.out.startswith("扣") and weight is not None and f.cond is None \
                    and Decimal(f.out[1:].rstrip("分")) > weight:
                # "未完成扣5分" on a 4-point row (fresh20 AG19-6, r5): the deduction passes the 分值 — no lower than 0
                understood.append(f"扣分情形：“{f.src}”{f.out}，超过分值{fmt_decimal(weight)}分，扣到0分为止 → 得0分")
            if f.deduct is not None and f.deduct.kind == "flat":
                if pending is not None and pending.cond is not None:
                    # "检查次数不少于4次,不醒目扣1分;未检查扣1分" (test_r17), "完成率不低于90%,未按时报送扣1分": a
                    # threshold no clause scores is never dropped — 3 checks or 85 % would score as met
                    raise _Unreadable(pending.src, "条件后没有得分", WORDING)
                flats.append(f)
                drop_descriptions()
                pending, pending_qual, pending_else = None, [], False
                continue
            if f.deduct is not None and f.deduct.kind == "qty":
                _qty_deduction(f, pending, clauses, weight, share, understood)
                drop_descriptions()
                pending, pending_qual, pending_else = None, [], False
                continue
            if f.deduct is not None:
                d = f.deduct
                cond = f.cond or (pending.cond if pending else None)
                start = f.start or (pending.start if pending else None)
                if d.kind == "count":
                    if f.cond is None and pending is not None and cond is not None and _REQUIRED_RE.search(pending.src):
                        # "遗体火化率必须达到100%,…骨灰每寄存一例扣1分" (fresh10 W19-3, r1): a requirement without
                        # points of its own before a count — a note, the count scores
                        understood.append(_description(pending.src, "要求"))
                        understood.append(f"歧义：“{pending.src}”是要求，原文没有为它写分数：只按所写的次数扣分；"
                                          "若未达到该要求另有扣分，请改写计分规则")
                        cond = None
                    if f.cond is not None and (pending is None or pending.cond is None) and _QUALIFIED_COUNT_RE.search(f.src):
                        # "面积超过10平方米的每处扣1分" (r1): the number says which places count, never a band
                        understood.append(_description(f.src[: _QUALIFIED_COUNT_RE.search(f.src).start()], "计数对象的界定"))
                        cond = None
                    if cond is not None:
                        raise _Unreadable(f.src, "按次数扣分却带有数值条件，无法确定计数对象")
                    for q in pending_qual:  # the counted thing is a description, never a score
                        if _SCORING_RE.search(q):
                            raise _Unreadable(q, "这一条计分，但未能读成规则的一部分（不能当作计数对象略过）", WORDING)
                    if f.qual:
                        # "投诉超出控制数3件的,每超出1件扣2分" (a variant of fresh45 BF2-2, lead s25): the words before a
                        # count that names its own object were dropped without a word — said as notes now, and a number
                        # the count is measured against (allowed or to do) is never one of them
                        for q in pending_qual:
                            if _number_to_do(q, f.src):
                                if SHORT_RE.search(f.src) is None:
                                    raise _Unreadable(q, _NUMBER_TO_DO)
                                described.append(q)  # a number to reach, one short each time: toreach.py (r48)
                            _describe(understood, q)
                    what = f.qual or "；".join(pending_qual)
                    counts.append(replace(f, qual=what))
                    pending, pending_qual, pending_else = None, [], False
                    continue
                if cond is None:
                    # distance from the band it leaves: the last numeric clause
                    prev = next((c for c in reversed(clauses)
                                 if isinstance(c.cond, _NumCond)), None)
                    full_rate = full_rate_start(f, frags) if prev is None and start is None else None
                    if full_rate is not None:  # "量化分级率每下降10%扣0.5分" (r1): from 100 %
                        cond, start, implied_hundred = full_rate, Amount(Num(ONE), of_weight=True), True
                        understood.extend(FULL_RATE_NOTES)
                    elif prev is None:
                        raise _Unreadable(f.src, "“每低/每超…扣分”找不到起算的阈值", WORDING)
                if cond is None:
                    assert prev is not None
                    pc = prev.cond
                    assert isinstance(pc, _NumCond)
                    if pc.eq or (pc.lo is not None and pc.hi is None and d.below) or (
                            pc.hi is not None and pc.lo is None and not d.below):
                        edge = pc.lo if d.below else pc.hi
                        assert edge is not None
                        if pc.eq:
                            closed = False
                        else:
                            closed = not edge.closed
                        b = _Bound(edge.value, closed, True)
                        cond = _NumCond(None, b, False, pc.unit, pc.pct, f.src) if d.below else \
                            _NumCond(b, None, False, pc.unit, pc.pct, f.src)
                    elif pc.lo is not None and pc.hi is not None and d.below:
                        cond = _NumCond(None, _Bound(pc.lo.value, not pc.lo.closed, True), False,
                                        pc.unit, pc.pct, f.src)
                    elif pc.lo is not None and pc.hi is not None:
                        cond = _NumCond(_Bound(pc.hi.value, not pc.hi.closed, True), None, False,
                                        pc.unit, pc.pct, f.src)
                    else:
                        raise _Unreadable(f.src, "扣分方向与上一档条件不一致")
                if (f.cond is None and pending is not None and pending.cond is cond and start is None and not clauses
                        and not cond.eq and (cond.lo is None) != (cond.hi is None) and d.below == (cond.lo is not None)):
                    # "往年出生漏补报率低于2%,每超过一个百分点扣0.5分" (fresh15 AB11-3): a requirement without points,
                    # then steps on its other side — the requirement scores the 分值, the steps come off it
                    full = Amount(Num(ONE), of_weight=True)
                    clauses.append(_Clause(cond, Points(full), pending.src))
                    understood.append(f"未写达到要求时的得分：“{pending.src}”即达标，得满分；另一侧从分值起逐点扣分")
                    cond, start = _complement(cond, f.src), full
                if cond.eq or (cond.lo is not None and cond.hi is not None):
                    raise _Unreadable(f.src, "扣分条件应为单侧（低于/超过某值）")
                if d.below != (cond.hi is not None):
                    raise _Unreadable(f.src, "扣分方向（每低/每超）与条件（低于/超过）不一致")
                if cond.unit not in (None, "pct"):
                    raise _Unreadable(f.src, "按百分点扣分，但条件不是百分数")
                origin = (cond.hi if d.below else cond.lo).value  # type: ignore[union-attr]
                bare = cond.unit is None and not cond.pct and origin > ONE
                if bare and (origin < _BARE_PERCENT_MIN or "百分点" not in f.src):
                    # "性别比控制在110以内记10分,每上升1个百分点扣0.5分" (fresh10 W1-6) was read as
                    # "<=110%: 10; >11000%: …": a number without "%" is no percentage to step from
                    raise _Unreadable(f.src, "按百分点扣分，但条件的数值没有写“%”，不能确定单位")
                if bare:  # r1: 110 is a percentage written without "%" (性别比 110), 1 个百分点 is 1 of it
                    understood.append(f"歧义：条件数值 {fmt_decimal(origin)} 没写“%”，按百分数的数值读（{fmt_decimal(origin)} 即 "
                                      f"{fmt_decimal(origin)}%，业绩值照此填写，不带%），每1个百分点即数值相差1")
                if start is None:
                    start = start_for(origin, f.src)
                step = _amount_from(d.step_text, weight, share)
                if d.unit == Decimal("0.01") and ("wholestep:1%" in flags or "wholestep" in flags):
                    if "ceil" in flags or ctx.rounding == "ceil":
                        raise _Unreadable(f.src, CONTRARY_ROUNDING)
                    # "每低1%扣2分(不足1%不扣分)" (r76: read in proportion, 99.5% scored 9 of 10 beside the note "不满1个
                    # 百分点的部分不扣分"): whole percentage points only
                    rounding = "floor"
                    how = "不满1个百分点的部分不扣分"
                elif d.unit == Decimal("0.01"):
                    rounding = rounding_pp
                    if rounding and "ceil" not in flags:
                        note = "沿用上文“下同”：不满1个百分点按1个百分点算"
                        if note not in understood:
                            understood.append(note)
                    how = ("不满1个百分点按1个百分点算" if rounding else "按实际差距连续计算，原文未说明取整")
                    if not rounding:
                        understood.append(CONTINUOUS_PP_NOTE)
                elif f"ceilstep:{fmt_decimal(d.unit * HUNDRED)}%" in flags:  # "每低5%(不足5%按5%计)扣1分" (r1)
                    rounding = "ceil"
                    how = f"不满{fmt_decimal(d.unit * HUNDRED)}个百分点按{fmt_decimal(d.unit * HUNDRED)}个百分点算"
                elif f"propstep:{fmt_decimal(d.unit * HUNDRED)}%" in flags:  # "不足10%的按比例扣分" (partsteps.py, r52)
                    rounding = ""
                    how = f"不满{fmt_decimal(d.unit * HUNDRED)}个百分点的部分按比例扣"
                else:
                    rounding = "floor"
                    how = f"每满{fmt_decimal(d.unit * HUNDRED)}个百分点扣一次（不满不扣）"
                if not bare:
                    cond.pct = True
                    cond.unit = "pct"
                lin = Linear(start, step, Num(d.unit * HUNDRED) if bare else Num(d.unit, True), rounding)
                word = "低" if d.below else "超"
                understood.append(
                    f"{_cond_zh(cond)} 时从{_amount_zh(start)}起，每{word}"
                    f"{fmt_decimal(d.unit * HUNDRED)}个百分点扣{_amount_zh(step)}（{how}）")
                clauses.append(_Clause(cond, lin, f.src))
                drop_descriptions()
                pending, pending_qual, pending_else = None, [], False
                continue
            if f.out is not None:
                else_ = f.else_ or pending_else
                if (not else_ and f.cond is None and (pending is None or pending.cond is None) and not pending_qual
                        and _NOT_MET_RE.fullmatch(f.qual) and clauses
                        and all(isinstance(c.cond, _NumCond) for c in clauses)):
                    # "配置率达 90%以上,…,完成得 5 分,未完成不得分" (fresh31 AR6-8, lead s25): after the numeric bands, the
                    # pass word's negation is every other value — 否则 (as "…得5分,未达到不得分" in normalise)
                    understood.append(f"“{f.qual}”即不满足以上条件（其余情况）")
                    f = replace(f, qual="")
                    else_ = True
                cond_obj: _NumCond | str
                has_pending = pending is not None and pending.cond is not None
                if else_ and has_pending and f.cond is None and f.prop and not f.wx and not f.qual \
                        and pending.cond.lo is not None and pending.cond.hi is None and not pending.cond.eq:  # type: ignore[union-attr]
                    # "年内全县查处非法捕捞案件10例以上(含简易案件);否则按完成比例得分(15分)" (fresh19 AF2-4, r8): a
                    # requirement without points, then 否则按比例 — meeting it scores the 分值 (the base is its number)
                    clauses.append(_Clause(pending.cond, Points(Amount(Num(ONE), of_weight=True)), pending.src))  # type: ignore[union-attr]
                    understood.append(f"未写达到要求时的得分：“{pending.src}”即达标，得满分；否则按比例")  # type: ignore[union-attr]
                    drop_descriptions()
                    pending, pending_qual, has_pending = None, [], False
                if f.cond is not None or (else_ and has_pending):
                    if pending is not None and pending.cond is not None:
                        raise _Unreadable(pending.src, "条件后没有得分", WORDING)
                    assert f.cond is not None
                    cond_obj = f.cond
                elif pending is not None and pending.cond is not None and (
                        not f.qual or f.qual.startswith(_QUAL_PASS_WORDS)):
                    cond_obj = pending.cond
                    f = replace(f, src=f"{pending.src}，{f.src}")
                    if f.qual:
                        understood.append(f"“{f.qual}”即满足“{pending.src}”")
                elif else_:
                    cond_obj = "else"
                elif f.prop and not f.qual:
                    cond_obj = "else"  # "按完成比率得分" alone: * : prop
                elif f.qual or pending_qual:
                    if has_pending:
                        # "登记率为90%,该项分值为0.5分,每少一人扣0.1分" dropped the 90% (found in i11k): a numeric
                        # condition before a clause that names its own (other) condition is never silently lost
                        raise _Unreadable(pending.src, "条件后没有得分", WORDING)  # type: ignore[union-attr]
                    if not f.qual and len(pending_qual) > 1 and _ALL_MET_RE.fullmatch(pending_qual[-1]):
                        # "A,B,C,全部达到,得1分" (a variant of fresh19 AF1-3): the last words name the level the
                        # others define — read as "…,全部达到的得1分"
                        last = pending_qual.pop()
                        drop_descriptions("达标内容")
                        pending_qual = [last]
                    cond_obj = "qual:" + (f.qual or "，".join(pending_qual))
                    if f.qual:  # (what 全部达到 is made of: "…综合评定达甲等,…,全部达到的,得1分", AF1-3)
                        drop_descriptions("达标内容" if _ALL_MET_RE.fullmatch(f.qual) else "说明")
                    pending_qual = []
                else:
                    raise _Unreadable(f.src, "得分没有对应的条件")
                if f.wx:
                    out: Points | Prop | Linear = _AbsProp()
                elif f.prop:
                    out = Prop()
                else:
                    assert f.out_amount is not None
                    out = Points(f.out_amount)
                    if f.out == "得分":
                        if _FORMULA_WORDS_RE.search(f.src):
                            # "计算方法以比例值除以8直接得分" (r57) was read "符合": W — a computation, never a condition
                            raise _Unreadable(f.src, _FORMULA_WHY)
                        understood.append("“得分”按得满分理解")
                clauses.append(_Clause(cond_obj, out, f.src))
                drop_descriptions()
                pending, pending_qual, pending_else = None, [], False
                continue
            if f.cond is not None:
                if pending is not None and pending.cond is not None:
                    raise _Unreadable(pending.src, "条件后没有得分", WORDING)
                pending = f
                continue
            if f.else_ and not f.qual:
                pending_else = True
                continue
            if f.qual:
                pending_qual.append(f.qual)
                continue
        if pending is not None and pending.cond is not None:
            raise _Unreadable(pending.src, "条件后没有得分", WORDING)
        if flats and counts:
            # "评价计分错一处扣0.3分,分值计算散总不符扣0.3分" (S19-3): each flat deduction is one
            # more finding of the count (the steps must agree; _finish checks)
            counts += [replace(f, deduct=replace(f.deduct, kind="count")) for f in flats  # type: ignore[arg-type]
                       ]
            understood.append("“扣N分”的各种情形各算发现1处问题，与按处扣分合并计数")
        elif flats and _repeats(understood, flags):
            # "未落实一类要素的扣1分,扣完为止" (fresh5 Q8-1): 扣完为止 / 最多扣N分 say the deduction
            # repeats — each time the written case happens is one finding (the value counts them)
            late = next((f for f in flats if _TIME_WORDS_RE.search(f.src)), None)
            if late is not None:  # "逾期扣2分，扣完为止": per time late, per day or per month?
                raise _Unreadable(late.src, "写了“扣完为止”，说明扣分可累计，但期限类扣分没写按次、按天还是按月计，未作推测")
            counts += [replace(f, deduct=replace(f.deduct, kind="count")) for f in flats  # type: ignore[arg-type]
                       ]
            understood.append("写了“扣完为止”（或扣分上限）：扣分可累计，所写情形每出现1次算发现1处问题")
        elif _same_rate_findings(flats, weight):
            # "未成立领导小组扣1分,职责不明确扣1分" (W 3, fresh14 AA11-1): several findings at the same rate whose
            # sum stays under the 分值 — counted together (README 同额扣分并入次数, as S19-3 / Z20-3)
            counts += [replace(f, deduct=replace(f.deduct, kind="count")) for f in flats  # type: ignore[arg-type]
                       ]
            understood.append("几种情形扣分相同（合计不超过分值）：各算发现1处问题，合并计数（同额扣分并入次数）")
        elif flats:
            after = [f.src for f in frags[frags.index(flats[-1]) + 1:] if f.qual in pending_qual]
            return _flat_levels(clauses, flats, weight, understood, described, flags, ctx, after)
        _nested_partial_deductions(clauses, ded_conds)
        if ded_conds and not counts and len(ded_conds) == len(clauses) \
                and all(c.cond is d for c, d in zip(clauses, ded_conds, strict=True)):
            filled = _no_deduction_side(clauses, ded_conds, understood)
        else:
            filled = not ded_conds and not counts and _lone_failing_band(clauses, understood)
        if not filled:
            _excess_starts_above_zero(clauses, ded_conds, understood)
        for d in ded_conds if not filled else ():
            band = next(c for c in clauses if c.cond is d)
            if d.lo is None and not _dearer_than_a_band_above(band, clauses):
                # "5%以内扣1分" also holds 0 (nothing missing): the text gives it 分值 - N, a table may mean 满分 (not
                # where 0 is the worst value: "产值200万元以下,扣15分" below bands that cost less, r32)
                understood.append(f"歧义：“{d.src}”也含0（没有偏差或问题）：按原文得{_amount_zh(band.outcome.amount)}；"
                                  "若没有偏差应得满分，请在原文写明")
        steps = [c for c in clauses if isinstance(c.outcome, Linear) and isinstance(c.cond, _NumCond)]
        if implied_hundred:
            _full_rate_top(clauses, steps)
        floors = [c for c in clauses if isinstance(c.outcome, Points) and isinstance(c.cond, _NumCond)
                  and c.cond.lo is None and _outcome_points(c.outcome, weight) == 0]
        if implied_full and len(steps) == 1 and len(clauses) == 1 + len(floors) and not counts:
            # the threshold itself and beyond: no deduction (see start_for)
            clauses.insert(0, _Clause(_complement(steps[0].cond, steps[0].src),  # type: ignore[arg-type]
                                      Points(Amount(Num(ONE), of_weight=True)), steps[0].src))
        elif implied_full:
            raise _Unreadable(steps[0].src if steps else "（全文）", "扣分没有起算分（未找到对应档位的得分，也没有“从N分起算”）")
        return _finish(clauses, counts, pending_qual, weight, share, understood, described, flags, ctx)
    except _Unreadable as e:
        return unreadable(understood, [e.fragment], e.why, e.fragment, refused_for=e.kind)


#: a requirement written with "must" right before its comparison: "遗体火化率必须达到100%" (fresh10 W19-3)
#: ("党政一把手每周必须接访1次以上", fresh10 W3-2: the verb between 必须 and the number; "组建率应达100", fresh31 AR8-1, r24)
_REQUIRED_RE = re.compile(r"(?:必须|均须|须|应当|均应|应)(?:达到|达(?=\d)|保持|不低于|不高于|不超过|不少于|控制在)"
                          r"|(?:必须|均须|应当|均应)[\u4e00-\u9fff]{1,3}?\d")


#: a condition that names which things are counted, right before "的每处": "面积超过10平方米的每处扣1分"
#: "每缺失2项" / "每增0.5次" inside the objects of a count: a step that is not 1 (not "每个村5户", a sample)
_PER_MANY_RE = re.compile(r"每(?:增加|增|减少|减|缺失|缺少|缺|少|漏|超过|超|降低|下降|上升|提高|发现|出现|存在|逾期|延迟|滞后)"
                          rf"(?<![\d.])(?!1(?![\d.]))(?:{NUM})(?:{UNIT})")
_QUALIFIED_COUNT_RE = re.compile(rf"的每(?:1|一)?{COUNT}")


#: a number without "%" stepped by 个百分点 is itself a percentage only from here up ("性别比110以内", fresh10 W1-6):
#: below it (0.9, 1.5, 5) it may be a ratio or a coefficient, whose 百分点 is not 1 of it — refused
_BARE_PERCENT_MIN = Decimal(10)


#: a failing's deduction that takes the 分值 (or more) at the clause's end: "发生安全事故的扣5分" on 5
_TAKES_ALL_RE = re.compile(rf"扣(?:除)?(?P<n>{NUM})分$")


def _lone_failing_that_takes_all(zero: list[_Clause], pos: list[_Clause], weight: Decimal | None) -> str | None:
    """The failing a lone "…的扣W分" names, when nothing else is scored (r85, r79's LOSS row "发生安全事故(如火灾、溺水等)的扣5分"
    on 5): 扣 says the points come off the 分值 — on a smaller 分值 the same text reads ``"符合": W; "发生安全事故": 5`` — so
    the case is worth 0 and its absence the 分值. Only a failing word (未/不/违规/发生…事故 …: lexicon.FAILURE_WORD), no
    number in it, not even in words ("不足一个千分点", "一类要素": a rate or a count is another reading), never 不得分
    (which says nothing of the other side). The deduction must be the 分值 itself: more than it ("未落实的扣3分" on 2)
    is a slip or a per-case deduction capped elsewhere — refused (test_i11h's near miss of R1-3). Not for alternatives
    ("未做保护接零或未设置漏电保护器;扣6分": the levels the other readers name for each alternative differ — test_variants),
    nor when the deduction stands apart from its failing ("…不符合规范要求;扣12分": the clause is only "扣12分").

    >>> from jixiao.rules.chinese import read_rule_text
    >>> read_rule_text("发生安全事故的扣5分", 5).canonical
    '"符合": W; "发生安全事故": 0'
    >>> read_rule_text("按时完成的扣5分", 5).kind  # no failing: refused as before
    'unreadable'
    """
    if weight is None or pos or len(zero) != 1 or not isinstance(zero[0].cond, str) \
            or not zero[0].cond.startswith("qual:"):
        return None
    # (its examples in brackets, "(如火灾、溺水等)", are no part of the name typed)
    name = re.sub(r"\((?:如|例如|比如|诸如)[^()\d分扣得加减]{1,30}\)", "", zero[0].cond[5:])
    m = _TAKES_ALL_RE.search(zero[0].src)
    if m is None or Decimal(m["n"]) != weight or "或" in name or zero[0].cond[5:] not in zero[0].src or re.search(r"\d|[一二两三四五六七八九十百千万%‰,，、;；]", name) \
            or not re.search(FAILURE_WORD, name):
        return None
    return name


def _full_rate_top(clauses: list[_Clause], steps: list[_Clause]) -> None:
    """100 % and above scores the 分值 when a rate's drop counts from 100 % (ratestart.py); besides the steps
    only cut-offs below 100 % may stand ("…每下降10%扣2分,低于80%不得分", fresh9 V22-1)."""
    cuts = [c for c in clauses if c not in steps]
    if len(steps) != 1 or any(not isinstance(c.cond, _NumCond) or not isinstance(c.outcome, Points)
                              or c.cond.lo is not None or c.cond.hi is None or c.cond.hi.value >= ONE
                              or not c.cond.pct for c in cuts):
        raise _Unreadable(steps[0].src if steps else "（全文）", "比率下降的起算点按100%读时，只能另有低于某值的截止档")
    clauses.insert(0, _Clause(_complement(steps[0].cond, steps[0].src),  # type: ignore[arg-type]
                              Points(Amount(Num(ONE), of_weight=True)), steps[0].src))


#: the band's own words say its value is an excess — "上交时间超过要求时间1天及以下扣1分" (fresh55 BP8-3), "逾期5天以内扣1分":
#: not exceeded (0) is outside the band (not after 未/不/没: "未超过…" is the other side)
_EXCESS_RE = re.compile(r"(?<![未不没])(?:超过|超出|超支|逾期|延迟|延期|推迟|滞后|超时)\D*\d")


def _excess_starts_above_zero(clauses: list[_Clause], conds: list[_NumCond], understood: list[str]) -> None:
    """Deduction bands "N以下/以内" whose own words say the value is an excess start above 0: 0 (not exceeded) is in no
    deduction, so it scores the 分值 — not "also holds 0" (the ambiguity the bands without such words keep).

    >>> from jixiao.rules.chinese import read_rule_text
    >>> read_rule_text("上交时间超过要求时间1天及以下扣1分,上交时间超过要求时间1天以上扣3分;", 25).canonical
    '(0,1]: 24; >1: 22; <=0: W'
    """
    excess = [d for d in conds if d.lo is None and d.hi is not None and d.hi.value > 0 and not d.eq
              and _EXCESS_RE.search(d.src)]
    if not excess or any(c.cond.contains(ZERO) for c in clauses  # type: ignore[union-attr]
                         if isinstance(c.cond, _NumCond) and c.cond not in excess):
        return
    first = excess[0]
    zero = _start_above_zero(excess, first.unit, first.pct, first.src, first.unit_word)
    clauses.append(_Clause(zero, Points(Amount(Num(ONE), of_weight=True)), first.src))
    understood.append("业绩值为超出的量：“超过…以内/以下”不含0，未超过（0）不在扣分情形内，不扣分，得满分")


def _start_above_zero(bands: list[_NumCond], unit: str | None, pct: bool, src: str,
                      unit_word: str = "") -> _NumCond:
    """Bands "N以下/以内" of an excess or a delay start above 0 (their open low end becomes "> 0"); returns the
    condition "<= 0" (not exceeded, on time) for the caller to score (the 分值, or the printed 按时 level)."""
    for b in bands:
        if b.lo is None and b.hi is not None:
            b.lo = _Bound(ZERO, False, True)
    return _NumCond(None, _Bound(ZERO, True, True), False, unit, pct, src, unit_word)


_ON_TIME_RE = re.compile(r"^(?:按时|按期|如期|及时|在计划时间内|在规定时间内|在规定期限内)(?:完成|办结|完工|交付)?$")


def _on_time_as_zero_delay(clauses: list[_Clause], quals: list[_Clause], numeric: list[_Clause],
                           understood: list[str]) -> bool:
    """Delay bands: "按时完成得满分，延期1个月以内得一半分值，超过1个月不得分" — the value is the delay.

    按时完成 is a delay of 0 (``<=0``); a band "延期…以内" starts above 0. Only when every other band
    is in days / months / years.

    >>> from jixiao.rules.chinese import read_rule_text
    >>> read_rule_text("按时完成得满分，延期1个月以内得一半分值，超过1个月不得分", 4).canonical
    '<=0: W; (0,1]: 50%W; >1: 0'
    """
    if len(quals) != 1 or not _ON_TIME_RE.match(str(quals[0].cond)[5:]) or not numeric:
        return False
    if any(c.cond.unit != "time" for c in numeric):  # type: ignore[union-attr]
        return False
    q = quals[0]
    zero = _start_above_zero([c.cond for c in numeric], "time", False, q.src)  # type: ignore[misc]
    clauses[clauses.index(q)] = _Clause(zero, q.outcome, q.src)
    understood.append(f"业绩值为延迟的时间：“{str(q.cond)[5:]}”即延迟0")
    return True


#: none done, in words: "未开发" / "没有开展" / "无" (a level beside count bands from 1)
#: (not 未到达/未达到: "not reached" is every value below the bands — "未到达0分" reads `*: 0`, test_variants' zero_bare)
_NONE_DONE_RE = re.compile(r"^(?:未|没有|无)(?![到达])[\u4e00-\u9fff]{0,4}$")


def _none_done_as_zero(clauses: list[_Clause], quals: list[_Clause], numeric: list[_Clause],
                       understood: list[str], weight: Decimal | None) -> bool:
    """Count bands from 1 beside one level saying none was done, worth 0: "未开发(0分);1家(15分);1家以上(20分)" (fresh84
    CR3-2) — the value is the count; "未开发" is a count of 0 (``=0``). Only when every band counts (a count word) and
    starts at 1 or above (none covers 0 already), and the level scores 0.

    >>> from jixiao.rules.chinese import read_rule_text
    >>> read_rule_text("未开发(0分);1家(15分);1家以上(20分)", 20).canonical
    '=0: 0; =1: 15; >1: 20'
    >>> read_rule_text("召开1次得1分;召开2次得2分;未召开不得分", 3).rule is None  # the top band is not the 分值 (test_i11f)
    True
    """
    if len(quals) != 1 or not _NONE_DONE_RE.match(str(quals[0].cond)[5:]) or not numeric:
        return False
    tops = [c.outcome.amount for c in numeric if isinstance(c.outcome, Points)]
    if weight is None or len(tops) != len(numeric) or max(
            (weight if a.of_weight else ONE) * a.coef.value for a in tops) != weight:
        return False  # the top band must be worth the 分值, as elsewhere ("得2分" as the top of a 3-point row: refused)
    q = quals[0]
    if not isinstance(q.outcome, Points) or q.outcome.amount.of_weight or q.outcome.amount.coef.value != ZERO:
        return False
    conds = [c.cond for c in numeric]
    if any(c.unit != "count" or c.lo is None or c.lo.value < 1 for c in conds) \
            or min(c.lo.value for c in conds) != 1:  # type: ignore[union-attr]
        return False  # (bands from 2: "培训2次以上得2分,未开展不得分" leaves 1 unsaid — test_r3's near miss)
    clauses[clauses.index(q)] = _Clause(_NumCond(_Bound(ZERO, True, True), _Bound(ZERO, True, True), True, "count",
                                                 False, q.src), q.outcome, q.src)
    understood.append(f"业绩值为个数：“{str(q.cond)[5:]}”即0个")
    return True


def _qty_deduction(f: _Frag, pending: _Frag | None, clauses: list[_Clause], weight: Decimal | None,
                   share: Decimal | None, understood: list[str]) -> None:
    """A requirement in a physical unit and a deduction per N units short of it: "年亩增施商品有机肥
    1000公斤以上,提供正式发票,每少于100公斤扣5分" (W 25) → ``>=1000: W; <1000: W - 5 per 100``
    (whole steps: 每满100公斤扣一次, as 每低于5%扣2分). Meeting the requirement scores W.

    >>> from jixiao.rules.chinese import read_rule_text
    >>> read_rule_text("年亩增施商品有机肥1000公斤以上,提供正式发票,每少于100公斤扣5分。", 25).canonical
    '>=1000: W; <1000: W - 5 per 100 floor'
    """
    d = f.deduct
    assert d is not None
    req = f.cond or (pending.cond if pending is not None else None)
    if req is None or weight is None or f.start is not None:
        raise _Unreadable(f.src, "按数量扣分找不到要求的数量（或分值未给出）")
    if req.unit != d.cat:
        raise _Unreadable(f.src, "扣分的计量单位与要求的单位不同")
    if req.eq or (req.lo is not None and req.hi is not None) or d.below != (req.lo is not None):
        raise _Unreadable(f.src, "扣分方向（每少/每超）与要求（以上/以下）不一致")
    edge = req.lo if d.below else req.hi
    assert edge is not None
    full = Amount(Num(ONE), of_weight=True)
    clauses.append(_Clause(req, Points(full), (pending.src if pending is not None else f.src)))
    b = _Bound(edge.value, not edge.closed, True)
    below = _NumCond(None, b, False, req.unit, False, f.src, req.unit_word) if d.below else \
        _NumCond(b, None, False, req.unit, False, f.src, req.unit_word)
    step = _amount_from(d.step_text, weight, share)
    rounding = "floor" if d.unit != ONE else ""
    clauses.append(_Clause(below, Linear(full, step, Num(d.unit), rounding), f.src))
    word = "少" if d.below else "超"
    understood.append(f"达到要求（{_cond_zh(req)}）得满分；每{word}{fmt_decimal(d.unit)}{req.unit_word}扣"
                      f"{_amount_zh(step)}" + ("（每满一档扣一次，不满不扣）" if rounding else ""))
    if not rounding:
        understood.append("歧义：原文未说明不满1个单位时怎样扣分，按实际差距连续计算")


def _nested_partial_deductions(clauses: list[_Clause], conds: list[_NumCond]) -> None:
    """Two one-sided deduction bands on the same side of an amount, a time, a count or a quantity, both costing part of
    the 分值 ("小于50平方米扣1分,小于100平方米扣2分"): below 50 is below 100 too — one deduction, the other, or both? The
    text does not say (tiers.py, test_r24; r32 widened such bands beyond shares, whose nesting _tiers already refuses
    when the costs contradict) — refused.
    """
    part = {id(c.cond) for c in clauses if isinstance(c.outcome, Points) and not c.outcome.amount.of_weight
            and c.outcome.amount.coef.value > 0}
    nested = [d for d in conds if d.unit != "pct" and (d.lo is None) != (d.hi is None) and id(d) in part]
    for a, b in combinations(nested, 2):
        if (a.lo is None) == (b.lo is None):
            raise _Unreadable(b.src, f"“{a.src}”与“{b.src}”都只写了一侧、都扣部分分：同时落在两档时扣哪一档"
                                     "（或两档相加），未写明")


def _dearer_than_a_band_above(band: _Clause, clauses: list[_Clause]) -> bool:
    """Whether an open-below band scores less than some band above it — its 0 is then the worst value, not the best."""
    if not isinstance(band.outcome, Points) or band.outcome.amount.of_weight or band.cond.hi is None:  # type: ignore[union-attr]
        return False
    mine = band.outcome.amount.coef.value
    edge = band.cond.hi.value  # type: ignore[union-attr]
    return any(isinstance(c.cond, _NumCond) and c.cond.lo is not None and c.cond.lo.value >= edge
               and isinstance(c.outcome, Points) and (c.outcome.amount.of_weight or c.outcome.amount.coef.value > mine)
               for c in clauses)


#: the words of a requirement met: a one-sided deduction band never says them (r40)
_MET_WORD_RE = re.compile(r"不低于|不少于|不小于|不超过|不高于|不大于|未超过|未低于|未少于|(?<![未没不])达到|以内|之内|[≥≤]|大于等于|小于等于")


def _no_deduction_side(clauses: list[_Clause], conds: list[_NumCond], understood: list[str]) -> bool:
    """Numeric bands all written as deductions on one side ("全年少于2次的,扣3分", fresh13 Z6-2): on the other
    side nothing is deducted — the 分值 (deductions start from it, as steps with no written start do).

    >>> from jixiao.rules.chinese import read_rule_text
    >>> read_rule_text("专题会议全年少于2次的,扣3分。", 3).canonical
    '<2: 0; >=2: W'
    >>> read_rule_text("执行率低于90%扣1分", 5).canonical
    '<90%: 4; >=90%: W'
    """
    below = all(c.hi is not None and c.lo is None and not c.eq for c in conds)
    above = all(c.lo is not None and c.hi is None and not c.eq for c in conds)
    if not (below or above):
        return _no_deduction_below_ranges(clauses, conds, understood)
    edge = max(conds, key=lambda c: c.hi.value) if below else min(conds, key=lambda c: c.lo.value)  # type: ignore[union-attr]
    if (met := next((c for c in conds if _MET_WORD_RE.search(c.src)), None)) is not None:
        # "执行率不低于90%扣1分" / "偏差5%以内扣1分" (r40: read as "≥90%: 4; <90%: W" — 80% scoring full marks): a
        # deduction on the side that meets the requirement says the opposite of every other such row
        raise _Unreadable(met.src, "扣分写在达到要求的一侧（“不低于/不超过/达到/以内…扣分”），另一侧反而得满分，"
                                   "疑为笔误（漏了“未”或写反了方向），未作推测")
    side = _complement(edge, edge.src)
    clauses.append(_Clause(side, Points(Amount(Num(ONE), of_weight=True)), edge.src))
    understood.append(f"未写不扣分时的得分：{_cond_zh(side)} 不在扣分情形内，不扣分，得满分")
    return True


def _lone_failing_band(clauses: list[_Clause], understood: list[str]) -> bool:
    """One numeric band on one side scoring 0 and nothing else ("查资料。超过1%不得分", fresh72 CG7-5; "低于94%的,该项不得分",
    fresh64 BY8-2/BY8-3; r61): on the other side nothing is taken off — the 分值, the one policy the reader keeps for a
    failing side written alone: a one-sided deduction band ("执行率低于90%扣1分", `_no_deduction_side`; "低于90%扣5分" on a
    5-point row is this very band), one finding zeroing the row ("1台设备不符合要求不得分" → ``>=1: 0; *: W``) and a
    failure alone ("没有或不符合要求不得分" → ``"符合": W; …``). Until r61 the band kept a gap on its other side.
    A band on the side that meets a requirement ("不低于90%不得分") is refused as in `_no_deduction_side`.

    >>> from jixiao.rules.chinese import read_rule_text
    >>> read_rule_text("查资料。超过1%不得分", 2).canonical
    '>1%: 0; <=1%: W'
    >>> read_rule_text("低于94%的,该项不得分。", 10).canonical
    '<94%: 0; >=94%: W'
    >>> read_rule_text("执行率不低于90%不得分", 5).kind
    'unreadable'
    """
    if len(clauses) != 1:
        return False
    band = clauses[0]
    cond = band.cond
    if not isinstance(cond, _NumCond) or cond.eq or (cond.lo is None) == (cond.hi is None):
        return False
    if not isinstance(band.outcome, Points) or band.outcome.amount.of_weight or band.outcome.amount.coef.value != 0:
        return False
    if _MET_WORD_RE.search(cond.src):
        raise _Unreadable(cond.src, "不得分写在达到要求的一侧（“不低于/不超过/达到/以内…不得分”），另一侧反而得满分，"
                                    "疑为笔误（漏了“未”或写反了方向），未作推测")
    side = _complement(cond, cond.src)
    clauses.append(_Clause(side, Points(Amount(Num(ONE), of_weight=True)), cond.src))
    understood.append(f"只写了不得分的一侧：{_cond_zh(side)} 不在不得分的情形内，不扣分，得满分")
    return True


def _no_deduction_below_ranges(clauses: list[_Clause], conds: list[_NumCond], understood: list[str]) -> bool:
    """Deductions on ranges that follow each other and cost more as the value moves one way ("故障率3%~6%，扣1分；
    故障率6%~10%，扣2分", fresh17 AD14-3, r2): on the cheap side of the first range nothing is deducted — the 分值.
    The band at the dear end may be open ("差错率为3%~5%的,扣0.1分;超过5%的,扣0.2分", fresh49 BJ9-3; "在60%到80%(含80%)扣4分,
    60%(含60%)以下扣8分", fresh46 BG2-1 — costs rising as the value falls: above the top range nothing is deducted, r32);
    when it is a range, beyond it the text is silent (a gap when scored, never guessed). Costs that do not keep rising,
    gaps between the ranges, or open bands at both ends → not filled (the reading keeps its gap).

    >>> from jixiao.rules.chinese import read_rule_text
    >>> read_rule_text("故障率3%~6%扣1分;故障率6%~10%扣2分", 2).canonical
    '[3%,6%]: 1; (6%,10%]: 0; <3%: W'
    >>> read_rule_text("差错率为3%~5%的,扣0.1分;超过5%的,扣0.2分", 12).canonical
    '[3%,5%]: 11.9; >5%: 11.8; <3%: W'
    >>> read_rule_text("在60%到80%(含80%)扣4分,60%(含60%)以下扣8分", 10).canonical
    '(60%,80%]: 6; <=60%: 2; >80%: W'
    """
    if len(conds) < 2 or any(c.eq or (c.lo is None and c.hi is None) for c in conds):
        return False
    ordered = sorted(conds, key=lambda c: (c.lo is not None, c.lo.value if c.lo is not None else ZERO))
    if any(c.lo is None for c in ordered[1:]) or any(c.hi is None for c in ordered[:-1]) \
            or any(a.hi.value != b.lo.value for a, b in zip(ordered, ordered[1:], strict=False)):  # type: ignore[union-attr]
        return False
    pts = {id(c.cond): c.outcome.amount for c in clauses if isinstance(c.outcome, Points)}
    if len(pts) != len(conds) or any(pts[id(c)].of_weight for c in ordered):
        return False
    amounts = [pts[id(c)].coef.value for c in ordered]
    if all(a > b for a, b in zip(amounts, amounts[1:], strict=False)) and ordered[0].lo is not None:
        first = ordered[0]  # costs rise with the value: nothing deducted below the first range
        side = _NumCond(None, _Bound(first.lo.value, not first.lo.closed, True), False,  # type: ignore[union-attr]
                        first.unit, first.pct, first.src, first.unit_word)
        where, beyond = "在扣分最少的一档以下", "最后一档以上" if ordered[-1].hi is not None else ""
    elif all(a < b for a, b in zip(amounts, amounts[1:], strict=False)) and ordered[-1].hi is not None:
        top = ordered[-1]  # costs rise as the value falls: nothing deducted above the top range
        side = _NumCond(_Bound(top.hi.value, not top.hi.closed, True), None, False,  # type: ignore[union-attr]
                        top.unit, top.pct, top.src, top.unit_word)
        where, beyond = "在扣分最少的一档以上", "最后一档以下" if ordered[0].lo is not None else ""
    else:
        return False
    clauses.append(_Clause(side, Points(Amount(Num(ONE), of_weight=True)), side.src))
    understood.append(f"未写不扣分时的得分：{_cond_zh(side)} {where}，不扣分，得满分"
                      + (f"；{beyond}原文未写（评分时报“规则有缺口”）" if beyond else ""))
    return True


def _same_rate_findings(flats: list[_Frag], weight: Decimal | None) -> bool:
    """Two or more "X扣N分" (no 每) with the same N, summing to at most the 分值, none about lateness.

    Equal rates are counted (policy 同额扣分并入次数, README), also when they sum to the 分值 with a negation
    (fresh11 X13-3 "…不达标扣2分,未召开职代会扣2分" on 4 points; AQ2-7, AR6-2, AU9-2): W − N × the failings, the same
    scores a checklist of N-point items gives — deductionlist.py reads such rows as that checklist first when it can
    name the items. Until session 24 a negation summing to the 分值 was left to the checklist only (and refused when
    it could not name them: X13-3, and counted only after the requirement worth the 分值: fresh19 AF6-3). Different
    rates cannot share one count.

    >>> from jixiao.rules.chinese import read_rule_text
    >>> read_rule_text("成立档案工作领导小组,明确分管领导和档案管理人员职责,得3分;未成立领导小组扣1分,职责不明确扣1分", 3).canonical
    '*: 3 - 1 per 1'
    >>> read_rule_text("未成立领导小组扣1分,职责不明确扣2分", 4).kind  # 1 ≠ 2
    'unreadable'
    >>> read_rule_text("构筑物沉降扣1分,构筑物漏水扣1分", 2).canonical  # events, no negation: counted
    '*: W - 1 per 1'
    """
    if len(flats) < 2 or weight is None:
        return False
    steps = {_amount_from(f.deduct.step_text, weight, None).points(weight)  # type: ignore[union-attr]
             for f in flats}
    if len(steps) != 1 or any(_TIME_WORDS_RE.search(f.src) for f in flats):
        return False
    return next(iter(steps)) * len(flats) <= weight


#: a per-unit word standing where a condition should be: "每项" of "每项1.5分", "每个项目" of "每个项目计2分" (fresh41
#: BB6-4) — a short noun at most after the count word: "每个物业工程的…人员持证上岗的" is a condition (AT2-4)
_PER_UNIT_WORD_RE = re.compile(rf"每[一1]?{COUNT}[\u4e00-\u9fff]{{0,4}}")


#: a failing that opens with its negation: "未及时上报", "无相应制度…", "没有…"
#: the words a shortfall step names after its count: "每少1条省级信息扣0.5分" → 省级信息 (r69)
_AFTER_COUNT_RE = re.compile(r"每(?:减少|缺少|少|缺)\d+(?:\.\d+)?[^\d\u4e00-\u9fff]?[\u4e00-\u9fff](?P<after>[^扣减,，;；。]{2,})(?:的)?[,，]?(?:扣|减)")
_FAILING_NEGATION_RE = re.compile(r"^(?:未|没有|没|无|不)(?=[\u4e00-\u9fff]{2})")


def _failing_of_requirement(qual: str, described: list[str]) -> bool:
    """Whether the one failing after a requirement is read as a level of it (r64, the lead's labels of fresh75 CJ5-1
    "…5个工作日内上报人员名单并制定…方案,未及时上报的扣2分" and fresh62 BW5-6 "…将能力建设情况与…年终考核…挂钩。无相应制度或不按
    规定操作扣5分"): 符合 → W, the failing → W − its points, any other state a rule gap. Only when the failing opens with
    its negation (未 / 没有 / 无 / 不 — "台账不全" or "发现…" may be a lesser level or a count) and the requirement holds no
    number (a count or a rate to reach: "召开专题会议2次以上,未召开的扣1分" — 1 meeting is neither; a deadline the reader
    already noted reads as 按期, without its number).

    >>> _failing_of_requirement("未及时上报", ["接到跟踪审计任务后按期上报人员名单并制定项目跟踪审计实施方案"])
    True
    >>> _failing_of_requirement("未召开", ["召开专题会议2次以上"]), _failing_of_requirement("台账不全", ["建立台账"])
    (False, False)
    >>> _failing_of_requirement("不达标", ["以上指标"])
    False
    """
    req = "".join(described)
    # (not a reference to what is above, "以上指标,不达标扣2分" (test_r57): no requirement of its own — the rewrites read it,
    # naming 达标 too)
    return _FAILING_NEGATION_RE.match(qual) is not None and not re.search(r"\d", req) \
        and not re.match(r"以上|上述|前述|前款|上列", req)


def _zero_floor_below(f: _Frag, origin: Decimal) -> bool:
    """A band below the steps' threshold that scores 0 ("合格率低于95%的,每1%扣2分,低于90%不得分": 低于90% — r76's loss,
    r78): the floor of the steps, which still start from the 分值 at the threshold (_cutoffs_beyond_steps orders them).
    Never a band with points, nor one reaching up to the threshold."""
    c = f.cond
    return f.start is None and f.out_amount is not None and not f.out_amount.of_weight \
        and f.out_amount.coef.value == 0 and isinstance(c, _NumCond) and c.lo is None and c.hi is not None \
        and c.hi.value < origin


def _after_the_levels(leftover: Sequence[str], understood: list[str]) -> None:
    """The clauses (as printed) after the last "X扣N分" of a levels reading: each named — a note, as :func:`_finish` names them — or
    refused. r78: "迟到的,扣1分,扣10元" / "…扣1分,情节严重的" / "…扣1分,通报本单位" read ``"迟到": 9`` and the clause
    after it vanished without a word. A condition with no outcome ("情节严重的") is no note: refused.

    >>> from jixiao.rules.chinese import read_rule_text
    >>> "说明（不参与计分）：通报本单位" in read_rule_text("迟到的扣1分,通报本单位", 10).understood
    True
    >>> read_rule_text("迟到的扣1分,情节严重的", 10).rule is None
    True
    >>> read_rule_text("未按时上报扣2分,以此类推", 10).rule is None
    True
    """
    for src in leftover:
        q = src.strip("，,;；。 ")
        if re.search(r"(?:的|者)$", q):
            raise _Unreadable(src, "条件后没有得分", WORDING)
        if re.search(r"类推|递增|递减|累加", q):
            # "未按时上报扣2分,以此类推" (r86: read a flat 8 — 以此类推 after one deduction says it repeats, how is not printed)
            raise _Unreadable(src, "“以此类推”说扣分会重复或递增，但只写了一次扣分，怎样类推原文未写明", MEANING)
        _describe(understood, q)  # (not one of ``described``: those come before the failing — a requirement)


def _flat_levels(clauses: list[_Clause], flats: list[_Frag], weight: Decimal | None,
                 understood: list[str], described: list[str], flags: set[str], ctx: ReadingContext,
                 after: Sequence[str] = ()) -> Reading:
    """Failing conditions with their own deduction, read as levels (``after``: the clauses printed after the last
    deduction, :func:`_after_the_levels`): "未成立自评工作小组扣8分;组成人员
    不符合要求的扣5分" (W 8) → ``"符合": W; "未成立自评工作小组": 0; "组成人员不符合要求": 3``.

    Only one deduction below W besides levels worth 0: a zero level dominates, so every combination
    has one score. Two or more (they add up: 2 − 1 − 1) cannot be typed as one level → refused. No
    "otherwise": other typed text is a rule gap, never a guess.

    >>> from jixiao.rules.chinese import read_rule_text
    >>> read_rule_text("未成立自评工作小组扣8分;组成人员不符合要求的扣5分。", 8).canonical
    '"符合": W; "未成立自评工作小组": 0; "未成立": 0; "组成人员不符合要求": 3'
    >>> read_rule_text("未设置警示标识扣1分、没有安检员监督扣1分", 4).rule is None
    True

    With 扣完为止 or a cap the deduction repeats: a count of findings (:func:`_repeats`), not levels.
    """
    if len(flats) > 1:
        raise _Unreadable("；".join(f.src for f in flats), "几处扣分可能同时发生（应累加），一条分档规则无法表达")
    assert weight is not None
    step = _amount_from(flats[0].deduct.step_text, weight, None).points(weight)  # type: ignore[union-attr]
    if not clauses and step < weight and described and _failing_of_requirement(flats[0].qual, described) \
            and (each := re.match(r"(?:所有|全部|全体|各|每)", "".join(described))) is not None:
        # "所有村建立台账,未建立的扣2分" / "各乡镇建立台账,未建立的扣2分" (r69: read 符合 / 未建立 once): the requirement is
        # for each of several — "未建立的" may be each one that did not, deducted each time
        raise _Unreadable(flats[0].src, f"要求写的是“{each[0]}…”（每一个都要做到），“{flats[0].qual}”扣分是每个未做到的各扣"
                                        "还是只扣一次，原文未写明，未作推测")
    if not clauses and step < weight and described and not _failing_of_requirement(flats[0].qual, described):
        # "各村设立保洁人员,落实岗位职责和报酬,未落实的扣1分" (W 2, a variant of fresh6 R1-3): the
        # requirement has more to it than the one failing case, whose cost is less than the 分值 —
        # what the rest of the points need is not written; not read as levels (r64: unless the failing opens with its
        # negation and the requirement holds no number — then the other failings are a rule gap)
        raise _Unreadable(flats[0].src, "要求之后只写了一种不达标情形扣分（少于分值），其余分数的得失条件未写明")
    if not clauses and step < weight and described:
        understood.append("要求中其他部分未做到时扣几分原文未写：只读所写的不达标情形（其他情形评分时报“规则有缺口”）")
    parts = ['"符合": W']
    named: set[str] = set()

    def name(text: str, pts: Decimal) -> None:
        # "不服從指揮、消極怠工者,扣5分" (fresh77 CK2-4, r73): 者 ends the condition as 的 does — the name without it
        # is the same level (the printed name stays a name too; "患者" / "记者" / "或者" are words: no second name)
        bare = [text[:-1]] if len(text) > 3 and re.search(r"(?<![患记读作学或再两前后笔长老弱使])者$", text) else []
        # "9:00以后到岗的,视为旷工半天,扣2分" (fresh79 CM3-2, r77): the failing is named by what the text deems it —
        # "旷工半天" is the same level as "视为旷工半天" (the definition before it is a note)
        deemed = [m[1]] if (m := re.fullmatch(r"(?:视为|视同|认定为)(.{2,12})", text)) \
            and not re.search(r"\d|分", m[1]) else []
        for n in [text] + bare + deemed + _failing_parts(text):
            if n not in named and n != "符合":
                named.add(n)
                parts.append(f'{quoted(n)}: {fmt_decimal(pts)}')
    for c in clauses:
        pts = _outcome_points(c.outcome, weight)
        if not (isinstance(c.cond, str) and c.cond.startswith("qual:")) or pts is None:
            raise _Unreadable(c.src, "扣分的情形与数值条件混在一起，无法合成一条规则")
        if pts == weight:
            understood.append(f"达标：“{c.cond[5:]}”或业绩值填“符合”得满分")
            name(c.cond[5:], pts)
        elif pts == 0:
            understood.append(f"“{c.cond[5:]}”得0分")
            name(c.cond[5:], pts)
        else:
            raise _Unreadable(c.src, "分档得分与扣分混在一起，无法合成一条规则")
    whole = [c.src for c in clauses if _outcome_points(c.outcome, weight) == 0 and _DEDUCTED_RE.search(c.src)]
    if len(whole) > 1:
        # "开单数据不准确…扣5分,质量不合格、规格不符要求,已收扣10分,收货不抽查,扣10分" on 10 (fresh88 CV5-2, first run:
        # read as levels 5 / 0 / 0, one named "已收"): three failings priced apart add up to 25 on a 10-point row with no
        # 扣完为止 — one failing deducting the whole beside another ("未成立自评工作小组扣8分;组成人员不符合要求的扣5分",
        # held S29-1: no group, no members to fault) stays levels; two or more are failings that happen together (r89)
        total = step + sum((Decimal(m[1]) if (m := _DEDUCTED_RE.search(src)) else weight for src in whole), Decimal(0))
        raise _Unreadable("；".join([*whole, flats[0].src]),
                          f"{len(whole) + 1}处扣分相加{fmt_decimal(total)}分，超过分值{fmt_decimal(weight)}分，又没写“扣完为止”："
                          "几处同时出现时扣到几分，未作推测")
    f = flats[0]
    understood.append(f"扣分情形：“{f.qual}”扣{fmt_decimal(step)}分 → 得{fmt_decimal(weight - step)}分")
    name(f.qual, weight - step)
    _after_the_levels(after, understood)
    understood.append("其他文字不在规则内（评分时提示补填），不按“否则”推测")
    rule = parse_rule("; ".join(parts))
    return _reading(rule, "rule", understood, weight, flags, ctx)


#: a deduction printed with its amount ("扣10分", "扣 10 分"): a level worth 0 so made deducts, it is no veto (r89)
_DEDUCTED_RE = re.compile(r"扣(?:除|减)?\s*(\d+(?:\.\d+)?)")
#: a deduction for lateness: with 扣完为止 it repeats, but per time, per day or per month is not said
_TIME_WORDS_RE = re.compile(r"逾期|延期|延迟|延误|滞后|推迟|超期|超时|迟报|迟交|晚报|不及时|未按时|未按期")


def _repeats(understood: list[str], flags: set[str]) -> bool:
    """扣完为止 / 最多扣N分 beside "X扣N分" (no 每, no 1处): the deduction repeats, once per time X
    happens — a count of findings, ``*: W - N per 1`` (fresh5 Q8-1, fresh6 R6-1). Without them
    "未落实的扣1分" stays one failing level (:func:`_flat_levels`).

    >>> from jixiao.rules.chinese import read_rule_text
    >>> read_rule_text("未落实一类要素的扣1分,扣完为止;", 3).canonical
    '*: W - 1 per 1'
    >>> read_rule_text("按时报送得5分，逾期扣2分，扣完为止", 5).rule is None  # per time? per day?
    True
    >>> read_rule_text("未落实一类要素的扣1分", 3).canonical
    '"符合": W; "未落实一类要素": 2; "未落实": 2'
    >>> [int(read_rule_text("资料不全的扣1分，最多扣2分", 5).rule.score(n, 5, None)) for n in (0, 1, 2, 4)]
    [5, 4, 3, 3]
    """
    return any(u.startswith("扣完为止") for u in understood) or any(x.startswith("cap:") for x in flags)


def _exclusive_grades(pos: list[_Clause], zero: list[_Clause], weight: Decimal | None, described: list[str],
                      flags: set[str], understood: list[str]) -> Rule | None:
    """Worded lines, none worth 0, one worth the 分值, that the text says are grades of one thing
    (:func:`grades.exclusive_grades`): the levels' rule, its notes added to ``understood``; else ``None``."""
    if zero or weight is None or any(f.startswith("cap:") for f in flags) \
            or not all(isinstance(c.cond, str) and c.cond.startswith("qual:") for c in pos):
        return None
    levels = [(c.cond[5:], _outcome_points(c.outcome, weight)) for c in pos]  # type: ignore[index]
    if any(p is None for _, p in levels):
        return None
    graded = exclusive_grades(levels, weight, described)  # type: ignore[arg-type]
    if graded is None:
        return None
    understood.extend(graded[1])
    return graded[0]


def _named_level(text: str, src: str) -> bool:
    """A level the table names as a value to type: a level word (完成, 没有, 达标 …) or a short
    label before a colon ("有批准文件: 2 分;没有批准文件: 0 分", S14-1).

    >>> _named_level("有批准文件", "有批准文件:2分"), _named_level("完成", "完成得满分")
    (True, True)
    >>> _named_level("有项目年度工作计划或有上级文件或审批报告", "有项目年度工作计划或有上级文件或审批报告计2分")
    False
    """
    if LEVEL_RE.match(text):
        return True
    return bool(re.search(r"[:：]", src)) and len(text) <= 12 and not re.search(r"\d", text)


def _short_label(text: str) -> bool:
    """A short condition without numbers, as the table writes it: a level name users can type.

    >>> _short_label("资料齐全"), _short_label("合理确定棚改安置方式"), _short_label("有项目年度工作计划或有上级文件或审批报告")
    (True, True, False)
    """
    return 2 <= len(text) <= 12 and not re.search(r"[\d%<>≥≤=×*/()（）]", text)


def parts_name(parts: list[Clause], text: str) -> bool:
    """True when one of ``parts`` is the text level ``text``."""
    return any(isinstance(p.condition, Text) and p.condition.text == text for p in parts)


#: a level that rewards the absence of what follows: "不擅自缓减免征", "杜绝…", "无…"
_REWARD_DENIED_RE = re.compile(r"不|未|没|无|零|杜绝|禁止|严禁|防止|避免|减少|降低")  # ("工作零失误得5分", fresh78 CL3-2)

#: words that make a counted thing a failing: what is missing, late, wrong or found
_FAILING_COUNT_RE = re.compile(r"少|缺|未|不|没|无|问题|违|错|漏|迟|晚|超|投诉|事故|隐患|发现|查实|扣|差|低于|假")


def _counts_the_reward(what: str, rewarded: str) -> bool:
    """True when the thing a per-one deduction counts is the thing the 0-finding level rewards, with no failing word:
    "种粮大户" beside "培植种粮大户" (each grower deducted), not "问题" beside "建立台账", not "未达30亩的种粮大户".

    >>> _counts_the_reward("种粮大户", "培植种粮大户"), _counts_the_reward("培训", "开展培训")
    (True, True)
    >>> _counts_the_reward("问题", "建立台账"), _counts_the_reward("未达30亩的种粮大户", "培植种粮大户")
    (False, False)
    >>> _counts_the_reward("擅自缓减免征", "不擅自缓减免征")  # the level rewards its absence: each one is a failing
    False
    >>> _counts_the_reward("失误", "工作零失误")  # "零": none of them (fresh78 CL3-2, lead after r70's merge)
    False
    """
    thing = what.strip("的,， ")
    at = rewarded.find(thing)
    return len(thing) >= 2 and at >= 0 and _FAILING_COUNT_RE.search(thing) is None \
        and _REWARD_DENIED_RE.search(rewarded[:at]) is None


def _done_count_reading(caps: list[_Clause], counts: list[_Frag], start: Amount, step: Amount, per: Decimal,
                        weight: Decimal | None, understood: list[str], rounding: str | None = None) -> Rule | None:
    """A count band that scores at least the start is no band of findings: "全年开展培训不少于4次得2分，
    每少1次扣0.5分" counts the trainings done (3 → 2 − 0.5 = 1.5), where a findings reading gave
    ``>=4: 2; *: W - 0.5 per 1`` (3 → 0.5, a wrong reading found by reasoning in i11d).

    Read as ``>=4: 2; <4: 2 - 0.5 per 1`` only when the deduction is per missing one (每少/每缺) and the
    band scores the start; a band scoring more than the findings would leave is refused. A step of several missing
    ("每少2场") only with ``rounding`` — how a part of it counts, as the text said (partsteps.step_rounding, r52).

    >>> from jixiao.rules.chinese import read_rule_text
    >>> read_rule_text("全年开展培训不少于4次得2分，每少1次扣0.5分", 3).canonical is None
    True
    >>> read_rule_text("全年开展培训不少于4次得满分，每少1次扣0.5分", 2).canonical
    '>=4: W; <4: W - 0.5 per 1'
    """
    start_pts, step_pts = _outcome_points(Points(start), weight), _outcome_points(Points(step), weight)
    for c in caps:
        cap_pts = _outcome_points(c.outcome, weight)
        cond = c.cond
        assert isinstance(cond, _NumCond) and cond.lo is not None
        if cap_pts is None or start_pts is None or step_pts is None:
            raise _Unreadable(c.src, "次数分档与按次数扣分的分数无法核对")
        # (each one missing in the band's own count word: "参加培训1次以上的得3分,每少1名扣1分" counts people against a
        # band of times — refused, r12: the lexicon made 名 a count word)
        word = re.escape(cond.unit_word)
        below = all(re.search(rf"每(?:少|缺|减少|低)(?:1?{word}|(?!1?{COUNT}))" if word else r"每(?:少|缺|减少|低)",
                              f.src) for f in counts)
        if cap_pts <= start_pts - step_pts * cond.lo.value / per \
                and not (cap_pts > 0 and any(re.search(r"每(?:少|缺|减少)", f.src) for f in counts)):
            continue  # "2处及以上不得分": more findings, no more points than the deduction leaves
        if cap_pts == 0 and cond.lo.closed and per == ONE and start_pts - step_pts * (cond.lo.value - ONE) >= 0 \
                and not any(re.search(r"每(?:少|缺|减少)", f.src) for f in counts):
            # "无故缺勤一次扣2分,累计3次及以上该项不得分" on a 5-point row (fresh79 CM6-2, r77): the band empties the item
            # where the deductions would run past 0 (2 → 1, 3 → −1): no findings count scores above what the steps leave
            # floored at 0 — the band is the floor, not a count of things done (the count before it still scores ≥ 0)
            continue
        # (r69: not with a step per one missing and points for the band — "开展宣传不少于4次得2分，每少1次扣0.5分" on a
        # 5-point row was read as findings, 0 done scoring 5: a count done, whose band is not the 分值)
        if len(caps) == 1 and cap_pts == start_pts and cond.lo.closed and below \
                and (per == ONE or rounding is not None) and _same_measure_word(c.src, counts):
            n = fmt_decimal(cond.lo.value)
            # (the lines read so far took the value as findings — "问题数≥20 → 得满分": the caller replaces them)
            understood.append(done_note(n, cond.unit_word or "次", start, step, per=per))
            return parse_rule(f">={n}: {start}; <{n}: {start} - {step} per {fmt_decimal(per)} {rounding or ''}")
        raise _Unreadable(c.src, "次数分档与“每…扣分”所计的不是同一样东西（完成的次数还是发现的问题数），未作推测")
    return None


#: an absence counted in days: "缺勤每天扣2分" (normalised "缺勤1天扣2分")
_ABSENCE = r"缺勤|旷工|请假|缺席|缺岗|脱岗|离岗|事假|病假|旷课"
_ABSENCE_DAY_RE = re.compile(rf"(?P<what>{_ABSENCE})1(?P<u>天|日|个工作日)扣")


def _absence_days_band(cond: _NumCond, counts: list[_Frag]) -> bool:
    """A band of the very days of absence the deduction counts: "缺勤每天扣2分,缺勤超过5天不得分" (20), "旷工每天扣10分,满3天
    不得分" (100) — r76's hostile losses, r78: per day down to the band (20 − 2 × 3 = 14 at 3 days; 0 from 6), as the delay
    bands ("每迟报一天扣1分;迟报四天及以上不得分") already read. The band in the deduction's unit, naming no other absence
    ("请假每天扣2分,病假超过10天不得分": all leave counted, sick days banded — two counts, refused).

    >>> from jixiao.rules.chinese import read_rule_text
    >>> read_rule_text("缺勤每天扣2分,缺勤超过5天不得分", 20).canonical
    '>5: 0; *: W - 2 per 1'
    >>> read_rule_text("请假每天扣2分,病假超过10天不得分", 100).canonical is None
    True
    """
    if not counts:
        return False
    found = [_ABSENCE_DAY_RE.search(f.src) for f in counts]
    if any(m is None or m["u"] != cond.unit_word for m in found):
        return False
    named = set(re.findall(_ABSENCE, cond.src))
    return named <= {m["what"] for m in found if m is not None}


#: the measure word after a count: "不少于2个" → 个; "每缺少1项" → 项
_MEASURE_AFTER_RE = re.compile(r"\d(?P<m>[个次项处人户件篇场种类家份名位台条])")


def _same_measure_word(band: str, counts: list[_Frag]) -> bool:
    """False when the count band and the deduction per missing one count in different measure words: "扶贫档案柜不少于2个。
    (4分) 每缺少一项扣2分" (fresh24 AK6-2, r13) counts the missing requirements (项), not the cabinets (个) — read as
    cabinets it scored 2 missing requirements as full marks. (The band's own count word check above, r12, does not
    see "个" as a unit word.)

    >>> _same_measure_word("档案柜不少于2个", [_Frag("每缺少1项扣2分")])
    False
    """
    mb = _MEASURE_AFTER_RE.search(band)
    words = {m["m"] for f in counts for m in _MEASURE_AFTER_RE.finditer(f.src)}
    return mb is None or not words or words == {mb["m"]}




#: a "condition" that describes a computation: 根据…占…的比重计算 / 按…比例 / …计算 (never a level)
_COMPUTED_RE = re.compile(r"(?:比重|比例|比率|占比)(?:计算|计|核定|折算)|^(?:根据|依据|按照?)[^，,。；;]{0,40}?(?:比重|比例|比率|占比)")

#: a deduction for each one short or over: "每少一件" / "少1次" / "每缺一个" / "每超出一件" (not "每发现1处")
_ONE_OFF_RE = re.compile(rf"(?:少|缺|差|欠|超出|超过|多)(?:1|一|[2-9]|[1-9]\d)?(?P<w>{COUNT})")  # (several: "每缺少3次", r52)

#: why a count against a number to do (or allowed) is refused
#: a score worked out by a computation ("以比例值除以8直接得分", "(1-比例值)×8", "…后取整得分"): "得分" after it is
#: the result, never "得满分" (r57)
_FORMULA_WORDS_RE = re.compile(r"乘以|除以|[×÷*/]|取整|四舍五入|计算方法|计算公式|公式|比例值|比值|率值")
_FORMULA_WHY = "写的是按公式计算得分，这个公式未能读懂（不是“得满分”），未作推测"
_NUMBER_TO_DO = "要求里写了应完成的数量，按次数扣分时业绩值是完成数还是差额不明确，未作推测"


def _number_to_do(what: str, step: str) -> bool:
    """True when the counted thing ``what`` is a number of things to do (or allowed) and ``step`` deducts per one of
    them short (or over): "全年办好12件实事" / "每少一件扣1分" — the value may be the things done (12) or missing (0);
    "事故超出事故率(1.2件/年百组换算道岔)" / "每超出一件扣50分" (fresh45 BF2-2) — the allowance is not a number the
    scorer has. Not a failing named with its number ("未履行…的6项职责的,每少1项"), a schedule ("每季度1期,少1期"),
    or another count word ("张贴2张…少1个小组图片").

    >>> _number_to_do("全年办好12件实事", "每少一件扣1分"), _number_to_do("未履行规定的6项职责", "每少1项扣0.5分")
    (True, False)
    """
    m = _ONE_OFF_RE.search(step)
    what = re.sub(rf"第[\d、,，和及至-]+{COUNT}", "", what)  # item numbers ("第1、2项，每缺1项扣1分")
    # (a number of the step's own count word is a number to reach — what _count_to_reach asks, for that word; no
    # schedule is left to take out: a period refuses first)
    # (a year is the period assessed: "每年度至少20篇,少一篇扣0.5分" is 20 to reach — r48 — when the number is a minimum
    # and nothing else is counted with the one short; "每年…集中四次,分别于3月底、6月底…,每缺一次扣1分" (fresh11 X7-3) is
    # a schedule whose missed occasions are counted, "至少2次,…少一次或一次材料不全扣1分" (fresh55 BP1-1) counts failings)
    yearly = re.search(r"至少|不少于|不低于", what) is not None and "或" not in step
    return (m is not None and not re.search(rf"未|没有|不|{_PERIOD}{'(?<!每年)' if yearly else ''}", what)
            and re.search(rf"\d+{re.escape(m['w'])}", what) is not None)


#: the negation of a pass word alone: "未完成" / "没有达到的" / "达不到者" / "不达标"
_NOT_MET_RE = re.compile(r"(?:未|没有|没|不)(?:完成|达到|达标|符合|满足|实现)(?:的|者)?|(?:达不到|完不成)(?:的|者)?")

#: a "condition" that counts findings: "有1项不符合要求" / "缺1个科室"
_ONE_COUNT_RE = re.compile(rf"^(?:有|缺|少|缺少|出现|发现|存在)1{COUNT}")

#: a level that says "all the above are met": "全部达到" / "均符合" / "以上全部做到"
_ALL_MET_RE = re.compile(r"(?:以上|上述)?(?:全部|均|都|皆)(?:达到|符合|做到|满足|完成)(?:要求)?")

#: a "condition" naming each time done: "每次报送信息" (points per time, never one level)
_PER_TIME_RE = re.compile(r"每(?:1|一)?(?:次|场|期|篇)")

#: a "condition" ending in 各 / 各占 / 各得: points for each item of a list
_EACH_RE = re.compile(r"各(?:占|得|计|记)?$")


def _finish(clauses: list[_Clause], counts: list[_Frag], leftover: list[str],
            weight: Decimal | None, share: Decimal | None, understood: list[str], described: list[str],
            flags: set[str], ctx: ReadingContext) -> Reading:
    """The rule of the clauses read (``described``: the clauses noted as descriptions so far; ``leftover``, the
    clauses still pending, are noted too)."""
    for q in leftover:
        _describe(understood, q)
        described.append(q)
    kept = next((n for n in understood if isinstance(n, Described) and n.label == TO_REACH), None)
    if kept is not None and not counts:
        # "每学期召开2次:有签到、有记录,得5分" (r44): the number to do, kept aside for a deduction per one short, unused
        raise _Unreadable(kept.fragment, "冒号前写了应完成的数量，读出的条件没有用它：要求里写了应完成的数量，未作推测")
    numeric = [c for c in clauses if isinstance(c.cond, _NumCond)]
    quals = [c for c in clauses if isinstance(c.cond, str) and c.cond.startswith("qual:")]
    elses = [c for c in clauses if c.cond == "else"]
    counted = [c for c in numeric if isinstance(c.cond, _NumCond) and c.cond.counted]
    if counted and counts:
        # "每处错误扣1分;5处及以上严重错误的不得分" (test_i11k near miss): the band counts what it names, the deduction
        # counts something else (or says no name) — one value cannot be both (r38: counted nouns only beside no count)
        raise _Unreadable(counted[0].src, f"档位数的是“{counted[0].cond.counted}”，按次扣分数的是另一计数对象（或未写明），"
                                          "不能确定是同一个数")
    for c in quals:
        if re.search(rf"{NUM}分", str(c.cond)):
            # "甲2分、乙2分、丙2分" read as one condition worth 2 (a 6-point row scored 2 at most):
            # several items with their points in one clause — never a single level
            raise _Unreadable(c.src, "一个条件里写了几个分值（疑为用“、”连写的几个分项），需逐项列出", WORDING)
        if _COMPUTED_RE.search(str(c.cond)[5:]):
            # "根据到位资金占计划的比重计算得分(3分)" (fresh4 P2-5) was read as a pass/fail worth 3:
            # a text saying how the score is computed is never a condition to meet
            raise _Unreadable(c.src, "这一条说的是得分怎样计算（比重、比例、计算），不是达标条件，未作推测")
        if not counts and _ONE_COUNT_RE.match(str(c.cond)[5:]):
            # "符合要求；得满分；有1项不符合要求；不得分" (a variant of fresh4 P10-8) was read as
            # "符合": W; *: 0 — the value is a count of findings, never a level to type
            raise _Unreadable(c.src, "“有1项…”按发现的项数计分，不是可填写的等级；请按“发现1项即不得分”写规则")
        if re.search(r"(?:得|计|记|给|赋|为)\d{1,15}(?:\.\d{1,10})?%(?:[，,；;]|$)", str(c.cond)[5:]):
            # "开展1次，赋50%，开展2次" (a composed variant of fresh5 Q18-3, i11f) was read as one
            # pass condition worth W: a share given as an outcome inside a condition — never one level
            raise _Unreadable(c.src, "条件里写了“得/赋N%”（一档的得分），不是一个达标条件，未作推测")
        if _EACH_RE.search(str(c.cond)[5:]):
            # "甲、乙、丙各占1分" (fresh4 P10-3): points for each of several items, never one level
            raise _Unreadable(c.src, "“各占/各得N分”是几个分项各自的分数，不是一个达标条件")
        if _PER_TIME_RE.match(str(c.cond)[5:]) and not re.search(r"均|都|全部|皆", str(c.cond)):
            # "每次报送信息1分。" on a 5-point row was read as "符合": 1 (r6): points per time done, never one level
            raise _Unreadable(c.src, "“每次…N分”按次数累加得分，未写明最高分（应等于分值），未作推测")

    if counts:
        target = next((q for q in described if _count_to_reach(q)), None)
        # a number to do inside a colon's definition note ("有两次围绕主题开展:内容针对详细、过程全齐, (7分) 少一次扣1分",
        # fresh61 BV1-3, first run of session 32: read as 7 − n with n the misses, so 2 held scored 5): the same
        # requirement as without the colon, which is refused here — a note kept aside is still what the count is of
        target = target or next((n.fragment for n in understood if isinstance(n, Described) and n.label in ("定义", TO_REACH)
                                 and _count_to_reach(n.fragment)), None)
        # (and a total in the start level: "办好10件实事(10分,少一件扣1分)" — r6's bracket rewrite reads it "…得10分,…";
        # a minimum "至少3次" there is left to the items reader, r7, AF2-1)
        target = target or next((re.sub(r"^qual:", "", str(c.cond).split("：", 1)[-1]) for c in quals
                                 if _count_to_reach(re.sub(r"(?:至少|不少于|不低于)\d+(?=次)", "", str(c.cond)))), None)
        # the counted thing itself when each deduction is for one missing of its number: "全年办好12件实事,每少一件扣1分"
        # was read as W − n with n counted as findings — 12 done would score 0 (session 24's question, lead s25)
        target = target or next((f.qual for f in counts if _number_to_do(f.qual, f.src)), None)
        # "办好12件实事,…的得12分,少一件扣1分" (fresh13 Z19-2) was read as 12 − n with n the misses, so 12 done scored 0
        # (then refused, sessions 18/25); the lead's decision (r48): the value is the count done — toreach.py
        steps = {f.deduct.step_text for f in counts if f.deduct}  # type: ignore[union-attr]
        if len(steps) > 1:
            raise _Unreadable("；".join(f.src for f in counts),
                              f"几类问题扣分不同（{'、'.join(sorted(steps))}），需要分别计数，一条规则无法表达")
        step = _amount_from(next(iter(steps)), weight, share)
        start = Amount(Num(ONE), of_weight=True)
        started = False  # a level named the 0-finding score ("无问题得5分")
        rewarded = ""  # that level's words
        caps: list[_Clause] = []  # "2处及以上不得分": a count band before the deduction
        mark = len(understood)  # the lines below read the value as findings: replaced when it is a count done
        for c in clauses:
            is_qual = isinstance(c.cond, str) and c.cond.startswith("qual:")
            if (isinstance(c.outcome, Points) and isinstance(c.cond, _NumCond)
                    and (c.cond.unit == "count" or (c.cond.unit == "time" and c.cond.unit_word
                                                    and all(re.search(rf"(?:延迟|延期|推迟|逾期|滞后|超期|迟报|迟交|迟送|延报|晚报|晚交|每少|每缺)1{c.cond.unit_word}", f.src) for f in counts))
                         or _absence_days_band(c.cond, counts))
                    and c.cond.lo is not None and c.cond.hi is None and not c.cond.eq):
                # (a delay band in the delay's own unit: "每延迟一个月扣1分，延迟3个月以上不得分";
                # "每迟报一天扣1分;迟报四天及以上不得分", fresh15 AB9-2; days to reach: "不少于15天的得10分,…每少1天扣1分",
                # fresh8 U15-1)
                caps.append(c)
                understood.append(f"问题数{_cond_zh(c.cond)} → 得{_amount_zh(c.outcome.amount)}")
                continue
            if isinstance(c.outcome, Points) and is_qual:
                if re.match(r"直至|直到|扣至|扣到|扣完", c.cond[5:]):
                    # "…每一笔扣2分,直至本项得满分" (the i11n probe on fresh30 AQ5-3): "直至" ends the deductions — a
                    # score after it is no 0-finding level
                    raise _Unreadable(c.src, "“直至…”说的是扣到何时为止，后面却写了得分，未作推测")
                if re.match(r"(?:最低|最少|至少|保底|不低于)", c.cond[5:]) and not (target and c.cond[5:] in target):
                    # (not a minimum count to reach: "至少配备3名专职人员得3分,每少1名扣1分" — toreach.py, r48)
                    # "每发现1处问题扣1分，最低得2分" (r40: read as "*: 2 - 1 per 1", 0 findings scoring 2 of 5): the
                    # lowest score a row keeps — a floor, not the score with nothing found
                    raise _Unreadable(c.src, "“最低得N分”是扣分后的保底分（得分下限），不是未发现问题时的得分；"
                                             "请手写计分规则（如“最多扣X分”）")
                if re.match(r"(?:累计|合计|总)?加分", c.cond[5:]):
                    # "获市级表彰的,每项扣5分。加分最多不超过20分" (r69: read 20 − 5 per 表彰, the bonus cap taken for the
                    # score with nothing found): a cap on bonus points beside deductions only — which is it?
                    raise _Unreadable(c.src, "写的是加分上限，计分却是按次数扣分：是加分还是扣分、从几分扣起，原文未写明，未作推测")
                if c.outcome.amount.coef.value == 0 or started:
                    # "无机构不得分，其他1处不符合要求扣0.5分": a level that zeroes the row next to a
                    # count — two things to judge, not the count's start (read as "*: 0 - …" before)
                    raise _Unreadable(c.src, "定性条件（一票否决或另一档）与按次数扣分并存，需要分别判断，"
                                             "一条规则无法表达")
                if re.fullmatch(rf"(?:[并另再]?扣[^,，;；。]*|[\u4e00-\u9fff、]{{0,8}}?{WHO_NOUN}"
                                rf"|其中[\u4e00-\u9fff、]{{0,8}}?{WHO_NOUN}[^,，;；。]*|由?[\u4e00-\u9fff、]{{0,8}}?{WHO_NOUN}[\u4e00-\u9fff]{{0,4}}?[承分负]担)",
                                c.cond[5:]):
                    # "每次扣1分,分管负责人0.5分" / "…,并扣分管领导0.5分" on 10 (r76: read 0.5 − 1 per time, 0 findings
                    # scoring 0.5): points after a person, a unit or 扣 are what is lost, not the score with nothing found;
                    # also a share of the deduction "其中主要负责人承担0.5分" / "由分管负责人承担0.5分" (r79: the same 0.5)
                    who = re.sub(r"^(?:其中|由)|[承分负]担$", "", c.cond[5:]) or c.cond[5:]
                    raise _Unreadable(c.src, f"“{c.src}”写的是“{who}”承担的扣分，不是未发现问题时的得分；"
                                             "被考核的一方按哪一档扣分未写明，未作推测")
                start = c.outcome.amount
                started = True
                rewarded = c.cond[5:]
                understood.append(f"“{c.cond[5:]}”即未发现问题（0处）：得{_amount_zh(start)}")
                met = f"“{c.cond[5:]}”即达到要求：得{_amount_zh(start)}"
            elif isinstance(c.outcome, Points) and isinstance(c.cond, _NumCond) and c.cond.pct \
                    and c.cond.lo is not None and c.cond.lo.value == ONE \
                    and (c.cond.eq or (c.cond.lo.closed and c.cond.hi is None and re.search(r"率达(?:到)?100%", c.src))):
                # (also "走访慰问率达100%(4分),少1次扣1分" — fresh13 Z21-1, r6: a rate of what is done reaching 100% is
                # nothing missed)
                start = c.outcome.amount
                understood.append(f"“{c.src}”即未发现不符合（0处）：得{_amount_zh(start)}")
            elif (isinstance(c.outcome, Points) and c.cond == "else"
                  and c.outcome.amount.coef.value == 0):
                raise _Unreadable(c.src, "既按次数扣分又写“否则不得分”，两者矛盾")
            else:
                raise _Unreadable(c.src, "按次数扣分的条文里还有其他计分条件，无法合成一条规则")
        what = "；".join(f.qual for f in counts if f.qual)
        if _counts_the_reward(what, rewarded):
            # "培植种粮大户计2分,种粮大户每户扣1分" / "开展培训计2分,培训每次扣1分" (r70, r65's leftover: read 2 − 1 per
            # 种粮大户 — more growers, fewer points): the deduction counts the very thing the level rewards
            raise _Unreadable(what, f"按次扣分数的是“{what}”，正是“{rewarded}”得分的东西：多一个反而扣分，"
                                    "扣的是哪些（未达标的？）原文未写明，未作推测")
        if (many := re.search(r"涉及多|多人|多户|多家", what)) is not None:
            # "每查实一起扣2分,每起涉及多人的每人扣2分" (r69: read 2 per finding): a case counts its people — two counts
            raise _Unreadable(what, f"计数对象里写了“{many[0]}”：按起数还是按人数（户数）计，原文两样都写了，一条规则无法表达")
        if (per := _PER_MANY_RE.search(what)) is not None:
            # "评价报告每缺失2项内容或重复一个部分,扣1分": the deduction is per 2 items, not per 1 (found by changing
            # the 1 of read corpus sentences, lead i11n; cf. fresh22 AI1's "每增0.01次/車")
            raise _Unreadable(per.group(0), "计数对象里写了“每N个”（N不是1），按1个计会算错，未作推测")
        units = {f.deduct.unit for f in counts if f.deduct}  # type: ignore[union-attr]
        if len(units) > 1:
            raise _Unreadable("；".join(f.src for f in counts), "几处扣分的计量单位不同，无法合成一条规则")
        per = next(iter(units))
        # a step of several short ("每少2场扣1分"): how a part of it counts, as the text says — or refused (partsteps.py, r52)
        short = next((m for f in counts if (m := PER_SHORT_MANY_RE.search(f.src)) and int(m["k"]) == per > ONE), None)
        rounding = step_rounding(per, short["w"], flags, short.string) if short is not None else None
        if target is not None:
            del understood[mark:]
            if started:
                understood.append(met)
            parts = to_reach_parts(target, counts, caps, start, step, per, weight, understood, rounding)
            rule = parse_rule(str(Rule(tuple(_apply_cap(parts, flags, weight, understood)))))
            return _reading(rule, "rule", understood, weight, flags, ctx)
        understood.append(
            f"业绩值为发现的问题数：每{fmt_decimal(per) if rounding is not None else 1}处扣{_amount_zh(step)}，"
            f"从{_amount_zh(start)}起扣"
            + (f"（计数对象：{what}）" if what else ""))
        done = _done_count_reading(caps, counts, start, step, per, weight, understood, rounding)
        # (what the step names besides "每少": "工作人员每少1人" → 工作人员; "每少招收1名" → 招收, the band's own verb)
        named = re.sub(r"^每?(?:减少|缺少|少|缺)", "", what).strip("的,，")
        # (r69: or after the count, "每少1条省级信息扣0.5分" — the qualifier stops at the number)
        named = named or next((m["after"] for f in counts if (m := _AFTER_COUNT_RE.search(f.src)) is not None), "")
        if done is not None and named and not any(named in c.src for c in caps):
            # "服务对象达到100人以上得满分,工作人员每少1人扣0.5分" / "…20条以上得满分,其中省级信息每少1条扣0.5分" (r65): the
            # step counts another thing than the band (or a part of it) — read as the band's shortfall before
            raise _Unreadable(what or counts[0].src, f"扣分按“{named}”每少一个计，要达到的却是“{caps[0].src}”：两者不是同一计数对象"
                                    "（或只是其中一部分），未作推测")
        if done is not None:  # "不少于4次得2分，每少1次扣0.5分": the value counts what was done
            understood[mark:-1] = [met] if started else []
            return _reading(done, "rule", understood, weight, flags, ctx)
        ceil = f"ceilstep:{fmt_decimal(per)}" in flags  # "每缺1天（不足1天按1天计）扣1分" (r1)
        lin = Linear(start, step, Num(per), rounding if rounding is not None else "ceil" if ceil
                     else "floor" if per > ONE else "")
        if per > ONE and not ceil and rounding is None:
            understood.append(f"每满{fmt_decimal(per)}扣一次（不满不扣）")
        parts = [Clause(c.cond.to_condition(), c.outcome) for c in caps  # type: ignore[union-attr]
                 ] + [Clause(Any_(), lin)]
        parts = _apply_cap(parts, flags, weight, understood)
        rule = parse_rule(str(Rule(tuple(parts))))
        return _reading(rule, "rule", understood, weight, flags, ctx)

    if not numeric:
        props = [c for c in clauses if isinstance(c.outcome, Prop)]
        if props and len(clauses) == 1:
            if isinstance(props[0].cond, str) and props[0].cond.startswith("qual:"):
                _describe(understood, props[0].cond[5:])
            understood.append("按比例计分：得分 = 分值 × 业绩值（比率）")
            return _reading(parse_rule("*: prop"), "rule", understood, weight, flags, ctx)
        full = [c for c in clauses if c not in props and isinstance(c.outcome, Points) and weight is not None
                and isinstance(c.cond, str) and c.cond.startswith("qual:")
                and c.outcome.amount.points(weight) == weight]
        if len(props) == 1 and len(clauses) == 2 and full and props[0].cond == "else" and props[0] is clauses[1] \
                and WX_TOKEN in props[0].src:
            # "单位人员掌握垃圾分类投放方法,得5分;随机抽查,按知晓率打分" (fresh20 AG17-5, r5): what full marks
            # stand for, then the rate it is scored by — W × the rate (the words name 100%)
            _describe(understood, full[0].cond[5:])  # type: ignore[index]
            understood.append(f"“{full[0].src}”是满分的要求（即比率100%）；按比率计分：得分 = 分值 × 业绩值（比率）")
            return _reading(parse_rule("*: prop"), "rule", understood, weight, flags, ctx)
        if props:
            raise _Unreadable(props[0].src, "按比例计分与定性条件混在一起")
        if any(isinstance(c.outcome, Linear) for c in clauses):
            raise _Unreadable(clauses[0].src, "扣分缺少条件")
        if not clauses:
            raise _Unreadable("；".join(leftover) or "（全文）", NO_METHOD, WORDING)
        pos = [c for c in quals if _outcome_points(c.outcome, weight) != 0]
        zero = [c for c in clauses if c not in pos]
        for c in zero:
            if c.cond == "else" and _outcome_points(c.outcome, weight) != 0:
                # "…均印发规划得1分,否则得满分" was read as 否则 → 0 (found by turning 不得分 into 得满分 in the read corpus
                # sentences, lead i11n), and "完成得满分，否则得一半分值" as *: 0: 否则 scoring above 0 beside a worded
                # condition is refused
                raise _Unreadable(c.src, "“否则”也给分（不是常见的“否则不得分”），未作推测；请手写规则，如 \"符合\": W; *: 1")
        lv = _read_levels(clauses, understood)
        if lv is not None:
            pts = [_outcome_points(c.outcome, weight) for c in pos]
            if (weight is not None and len(pos) >= 2 and None not in pts and max(pts) < weight  # type: ignore[type-var]
                    and sum(pts) == weight  # type: ignore[arg-type]
                    and not (one_scale([c.cond[5:] for c in clauses if isinstance(c.cond, str)
                                        and c.cond.startswith("qual:")])
                             and any(isinstance(c.cond, str) and c.cond.startswith("qual:") for c in zero))):
                # ("较好得2分,一般得1分,较差不得分" on a 3-point row, fresh53 BN3-4, r37: the words of one grade scale
                # printed down to its level worth 0 are never items — read as printed, the best level below the 分值
                # noted as rule-max-weight; "好 2分 较好 1分" on 3, no bottom printed, stays refused: r5)
                # "…建立得1分，未建立不得分；…有效得1分，无效或未建立不得分" in a 2-point row: the levels
                # never reach the 分值 but add up to it — items to add, or alternatives? (i11d)
                raise _Unreadable(pos[0].src, "各档最高分低于分值、相加却正好等于分值：不能确定是累加的分项还是互斥的档")
            return _reading(lv, "rule", understood, weight, flags, ctx)
        ex = _exclusive_grades(pos, zero, weight, described, flags, understood)
        if ex is not None:  # "国家级3分,省级2分,市级1分" on a 3-point row: one level picked, never added (r37)
            return _reading(ex, "rule", understood, weight, flags, ctx)
        cum = _read_cumulative(pos, zero, weight, understood)
        if cum is not None:
            cum.context_out = _ctx_out(flags, ctx)
            return cum
        if len(pos) == 1:
            counted = next((z for z in zero if isinstance(z.cond, str) and re.search(r"\d", z.cond[5:])), None)
            if counted is not None and not (isinstance(pos[0].cond, str)
                                            and any_one_of_all(pos[0].cond[5:], counted.cond[5:])):  # type: ignore[index]
                # "不出现故障或差错的得1分,…被三次通报的不得分" (fresh10 W9-6): the failing side counts
                # something (3 times) the passing side does not — 1 or 2 times is neither; not guessed
                raise _Unreadable(counted.src, "不达标的情形写了次数（数量），达标的情形没有：中间的情形怎样计分未写明")
            pts = pos[0].outcome.amount  # type: ignore[union-attr]
            qual_text = pos[0].cond[5:]  # type: ignore[index]
            if _PER_UNIT_WORD_RE.fullmatch(qual_text):
                # "每项1.5分" on a 5-point row was read as "符合": 1.5 (the condition "每项" is not a level):
                # points per item whose count the text does not give (session 20, from r5's note)
                raise _Unreadable(pos[0].src, "按项（次）计分，但没有写明共有几项、分值也不是每项分数的整数倍：无法写成一条规则")
            # (the requirements before the points are notes, or joined into the condition: "A,B,C,得6分")
            listed = len(described) + len(
                [p for p in re.split(r"[，,]", qual_text) if p])
            if not zero and listed >= 3 and not qual_text.endswith(("的", "者")) \
                    and not re.search(r"[的者][,，]?(?:得|计|记|给)", pos[0].src):
                # "配齐配全村计生专干,落实了村级干部包干责任,健全各种制度,召开会议有记录且内容齐全计8分" (fresh39 AZ5-2, lead
                # s23: read as "符合": 8 with three requirements as notes): several requirements share the points and no
                # failure is written — what part of them earns is a scorer's judgement, never a pass/fail. "…,无违约行为的,
                # 得3分" (fresh33 AT2-3) is one condition (的: "if all this holds"), a pass/fail as before
                understood.append(f"几项要求（{listed}项）合计{_amount_zh(pts)}，未写缺一项怎样扣分：由评分人酌情评分")
                return Reading(None, "judgement", understood, [], [], _outcome_points(pos[0].outcome, weight),
                               _ctx_out(flags, ctx))
            if re.search(r"(?<![\d.])(?!100\s*%)\d+(?:\.\d+)?\s*[%‰]$", qual_text):
                # "…达到上述人员编制数量之和的 30%，2分,否则不得分" (fresh40 BA6-6 with a comma before the points — CI's
                # variant test, lead s24: read as "符合": 2): a rate threshold ending the condition is a number to
                # compare, never a level to type ("…且实现…发放率100%,得10分" — all of it done — stays one requirement
                # of a pass/fail: fresh9 V16-3)
                raise _Unreadable(pos[0].src, "条件以数值（百分比）结尾，却未能读成数值条件：未作推测")
            if not zero and weight is not None and pts.of_weight is False and _outcome_points(pos[0].outcome, weight) > weight:
                # "根据档案完备情况给予33分." on a 3-point row (fresh45 BF12-5, its "0-3" lost in the text layer; first
                # run, lead s25: read as "符合": 33): one level, no failing side, more points than the row has — a slip
                # or a reading error, never scored
                raise _Unreadable(pos[0].src, f"只写了一档，得分超过分值{fmt_decimal(weight)}分（疑为笔误或识别错误），未作推测")
            understood.append(noted("达标条件", qual_text or "（未写明）", PASS_NOTE, f" → 得{_amount_zh(pts)}"))
            parts = [Clause(Text("符合"), Points(pts))]
            # "资料齐全得0.5分，无资料映证扣0.5分" (fresh4 P9-1, i11e): both sides named, the failing
            # one by deducting the full points — the table's own words are the levels to type
            both_named = any(re.search(r"扣", z.src) and isinstance(z.cond, str) and _short_label(z.cond[5:])
                             for z in zero)
            label = qual_text if _named_level(qual_text, pos[0].src) else (
                re.split(r"[，,]", qual_text)[-1] if both_named else "")
            if label and label != "符合" and (label == qual_text or _short_label(label)):
                # the level the table names ("完成得满分，否则不得分": 完成) scores, and so does the
                # templates' 符合 drop-down; a typed 完成 never falls under 否则
                parts.insert(0, Clause(Text(label), Points(pts)))
                understood.append(f"业绩值填“{label}”或“符合”得{_amount_zh(pts)}")
            for z in zero:  # "没有不得分": the named failing level, besides 否则
                ztext = z.cond[5:] if isinstance(z.cond, str) and z.cond.startswith("qual:") else ""
                if ztext and ztext != "不符合" and (_named_level(ztext, z.src) or (both_named and _short_label(ztext))) \
                        and isinstance(z.outcome, Points) and not parts_name(parts, ztext):
                    parts.append(Clause(Text(ztext), Points(Amount(Num(ZERO)))))
                    understood.append(f"业绩值填“{ztext}”得0分")
            if zero:
                understood.append("否则 → 0分")
                parts.append(Clause(Any_(), Points(Amount(Num(ZERO)))))
            else:
                understood.append("未说明不符合时的得分（规则有缺口）")
            rule = parse_rule(str(Rule(tuple(parts))))
            return _reading(rule, "passfail", understood, weight, flags, ctx)
        if len(pos) > 1:
            negated = [c for c in pos[1:]
                       if re.match(r"^(不|未|没有|无)", str(c.cond)[5:])]
            if negated:
                raise _Unreadable(negated[0].src, "不符合时也给分，与达标条件矛盾（疑为笔误）")
            levels = [f"{c.cond[5:]} → {_amount_zh(c.outcome.amount)}" for c in clauses
                      if isinstance(c.outcome, Points) and isinstance(c.cond, str)]
            understood.extend(f"定性分档：{lv}" for lv in levels)
            pts_all = [p for p in (_outcome_points(c.outcome, weight) for c in pos)
                       if p is not None]
            return Reading(None, "judgement", understood, [], [],
                           max(pts_all) if pts_all else None, _ctx_out(flags, ctx))
        if not _repeats(understood, flags) and (lone := _lone_failing_that_takes_all(zero, pos, weight)) is not None:
            # (not with 扣完为止 / a cap: "未落实的扣4分,扣完为止" on 3 may deduct per case — test_i11g's near miss)
            understood.append(f"扣分情形：“{lone}”扣去全部分值 → 得0分；未出现该情形（填“符合”）不扣分，得满分")
            rule = parse_rule(str(Rule((Clause(Text("符合"), Points(Amount(Num(ONE), of_weight=True))),
                                        Clause(Text(lone), Points(Amount(Num(ZERO))))))))
            return _reading(rule, "rule", understood, weight, flags, ctx)  # (the kind a smaller deduction's reading has)
        raise _Unreadable(clauses[0].src, "只有“不得分”，没有得分条件", WORDING)

    if quals and (_on_time_as_zero_delay(clauses, quals, numeric, understood)
                  or _none_done_as_zero(clauses, quals, numeric, understood, weight)):
        quals = []
        numeric = [c for c in clauses if isinstance(c.cond, _NumCond)]
    vetoes = _vetoes(clauses, quals, weight)
    if vetoes:  # "…错比>0.8‰不得分。发生伪造涂改的,不得分" (fresh19 AF1-1, r9): the bands, and the veto as a level
        clauses = [c for c in clauses if c not in vetoes]
        quals = []
        for v in vetoes:
            understood.append(f"一票否决：“{str(v.cond)[5:]}”得0分（业绩值填该原文，不按数值计分）；未发生时按数值各档计分")
    if quals:
        raise _Unreadable(quals[0].src, "定性条件与数值条件混在一起，无法合成一条规则")

    units = {c.cond.unit for c in numeric if isinstance(c.cond, _NumCond) and c.cond.unit}
    if len(units) > 1:
        # two indicators in one text (003: 参保人数不低于…得2分；参保率不低于…得2分)
        if all(isinstance(c.outcome, Points) for c in clauses) and not elses:
            items = [ChecklistItem(c.src, _outcome_points(c.outcome, weight) or ZERO)
                     for c in numeric]
            understood.append("一条标准含多个不同单位的指标，按分项列出（逐项人工判断是否达到）")
            for i in items:
                understood.append(i.note())
            return Reading(None, "checklist", understood, [], items,
                           sum((i.points for i in items), ZERO), _ctx_out(flags, ctx))
        raise _Unreadable(numeric[0].src, f"条件单位不一致（{'、'.join(sorted(units))}）")
    if units == {"pct"}:
        for c in numeric:
            assert isinstance(c.cond, _NumCond)
            if c.cond.unit is None:
                for b in (c.cond.lo, c.cond.hi):
                    if b is not None:
                        b.value = b.value / HUNDRED
                c.cond.pct = True
                c.cond.unit = "pct"
                understood.append(f"“{c.src}”未写单位，按百分数理解")
    unit_words = {c.cond.unit_word for c in numeric if isinstance(c.cond, _NumCond)}
    unit_words -= {"", "%", "个百分点"}
    if len(times := sorted(unit_words & TIME_WORDS)) > 1:
        # "延期6个月以内扣1分,超过1年扣3分" (r32): months and years are both "time" on scale 1, never comparable
        raise _Unreadable(numeric[0].src, f"条件单位不一致（{'、'.join(times)}）")
    for uw in sorted(unit_words):
        scale = _UNITS[uw][1]
        if scale != ONE:
            understood.append(f"数值以“{uw}”写出，已换算为个数/元（×{fmt_decimal(scale)}）比较")
        else:
            understood.append(f"业绩值单位：{uw}")
    for noun, uw in sorted({(c.cond.counted, c.cond.unit_word) for c in numeric
                            if isinstance(c.cond, _NumCond) and c.cond.counted}):
        understood.append(f"计数对象：{noun}（业绩值填{noun}的{uw}数）")

    # else → * (points) or the complement of the previous numeric condition (prop / linear)
    final: list[tuple[_NumCond | None, Points | Prop | Linear, str]] = []
    prev: _NumCond | None = None
    last: list[tuple[_NumCond | None, Points | Prop | Linear, str]] = []
    for k, c in enumerate(clauses):
        if isinstance(c.cond, _NumCond):
            final.append((c.cond, c.outcome, c.src))
            prev = c.cond
        elif isinstance(c.outcome, Points) and vetoes:
            # beside a typed veto a catch-all would also catch a value typed as text ("0.5%"): 否则 is the other
            # side of the band before it
            if prev is None:
                raise _Unreadable(c.src, "“否则”前没有数值条件，与一票否决并存时无法确定范围")
            final.append((_complement(prev, c.src), c.outcome, c.src))
        elif isinstance(c.outcome, Points):
            final.append((None, c.outcome, c.src))
        else:
            if prev is None:
                later = [x for x in clauses[k + 1:] if isinstance(x.cond, _NumCond)]
                if later and isinstance(c.outcome, Prop) and all(isinstance(x.outcome, Points) for x in later):
                    # "入网率*5；低于90%不得分" (fresh7 T2): W × x, except where a later band says
                    # otherwise — that band first, W × x for every other value (first match wins)
                    last.append((None, Prop(), c.src))
                    understood.append(f"“{c.src}”适用于下面各档以外的业绩值（下面的档先判断）")
                    continue
                raise _Unreadable(c.src, "“否则按比例”找不到对应的阈值")
            comp = _complement(prev, c.src)
            if isinstance(c.outcome, Prop) and comp.lo is not None and comp.hi is None:
                # "小于或等于1计5分,否则按比例计分" (S4-3): above the threshold 分值 × 业绩值 ÷ 阈值 is more
                # than the 分值 — the text means another ratio (阈值 ÷ 业绩值?) it does not write
                raise _Unreadable(c.src, "“否则按比例”在阈值以上：按比例会超过分值，方向不明（反向指标应写明 阈值÷业绩值）")
            final.append((comp, c.outcome, c.src))
    final += last
    for a, b in combinations([fc for fc, _, _ in final if fc is not None], 2):
        if (a.lo, a.hi, a.eq) == (b.lo, b.hi, b.eq) and a.src != b.src:
            # "每年专题学法不少于2次(4分),举办法制讲座每年不少于2次(4分)" (fresh10 W13-3): the same band
            # twice is two things counted, not two bands (read as >=2: 4; [2,2): 4)
            raise _Unreadable(b.src, "两条写了同一个数值条件（疑为两个分项，各自计数），一条分档规则无法表达")
    for (a, out_a, _sa), (b, out_b, _sb) in combinations([f for f in final if f[0] is not None], 2):
        if a is not b and (a.lo, a.hi, a.eq) == (b.lo, b.hi, b.eq) and str(out_a) != str(out_b):
            # "达到90%以上的得25分；达到90%以上的得24分" (r42): one condition printed twice with other points was read
            # as an empty band between the two (the second never applied)
            raise _Unreadable(b.src, f"同一条件“{b.src}”写了两次，得分不同（{out_a}、{out_b}），得分矛盾")
    _bare_tiers(final, understood)
    _tiers(final, weight, understood)
    cutoffs = _cutoffs_beyond_steps(final, weight, understood)
    for fc, out, src in final:
        if fc is not None and isinstance(out, Prop) and not isinstance(out, _AbsProp) and fc.lo is not None \
                and fc.hi is not None and not fc.eq and not (fc.pct and fc.hi.value == ONE):
            # "90%以上30分;70%-89%按比例计分;69%以下不计分" (fresh10 W16-1): 按比例 in a middle band — 分值 × 业绩值
            # (80% → 24) or a straight line between the band's ends (80% → 15)? Not written; not guessed
            raise _Unreadable(src, "中间一档“按比例”：是 分值×业绩值 还是在该档两端之间按直线计算，未写明")
    conds = [fc for fc, _, _ in final if fc is not None]
    outcome_of = {id(fc): out for fc, out, _ in final if fc is not None}

    def score_at(c: _NumCond, p: Decimal) -> Decimal | None:
        out = outcome_of[id(c)]
        if isinstance(out, Points):
            return _outcome_points(out, weight)
        if isinstance(out, Linear):  # at its own threshold a deduction has not started
            return out.start.points(weight) if weight is not None or not out.start.of_weight else None
        return weight  # prop at its threshold: W

    understood.extend(_resolve_edges(conds, any(c.pct for c in conds), score_at))
    for i, a in enumerate(conds):
        for b in conds[i + 1:]:
            if _overlap(a, b) and (id(a), id(b)) not in cutoffs and (id(b), id(a)) not in cutoffs:
                prop = next((c for c in (b, a) if isinstance(outcome_of[id(c)], Prop)), None)
                other = a if prop is b else b
                if prop is not None and prop.lo is not None and other.lo is not None and other.hi is None \
                        and prop.lo.value > other.lo.value and score_at(other, other.lo.value) == weight:
                    # "目标达成率达到50%，该项得满分…目标达成率高于80%按照比例计算得分" (fresh78 CL3-4, r74/r78): in a
                    # band already scored, "按比例" has no base printed — what is 100 % of it, and above the 分值?
                    raise _Unreadable(prop.src, f"“按比例计分”的比例没有写明基数（按哪个数算100%、能否超过分值）：{_cond_zh(prop)} "
                                                f"与已计分的 {_cond_zh(other)} 重叠，未作推测")
                raise _Unreadable(b.src, f"档位重叠：{_cond_zh(a)} 与 {_cond_zh(b)} 有共同部分，得分矛盾")
    parts = []
    for fc, out, _src in final:
        if fc is None:
            parts.append(Clause(Any_(), out))
            continue
        if isinstance(out, Prop) and weight is not None and fc.hi is not None and fc.lo is None:
            at_edge = weight * fc.hi.value if isinstance(out, _AbsProp) else weight
            if any(isinstance(o, Points) and c is not None and c.lo is not None and c.lo.value == fc.hi.value
                   and (p := _outcome_points(o, weight)) is not None and at_edge > p for c, o, _s in final):
                # "全部村庄完成改厕,得3分,未完成按改厕完成比例扣分" on a 4-point row (r8): 4 × 99% = 3.96 is more than the
                # band above gives ("10例以上得10分;否则按完成比例得分" on 15 likewise: 13.5 at 9 例) — the text's 分值 and
                # the row's disagree; never a score above the band it is below
                raise _Unreadable(_src, "按比例得分在阈值处高于上一档（上一档低于分值），分值疑有出入，未作推测")
        if isinstance(out, _AbsProp):
            out = _abs_prop_below(fc, _src)
            parts.append(Clause(fc.to_condition(), out))
            understood.append(f"{_cond_zh(fc)} → 得分 = 分值 × 业绩值（不除以阈值）")
            continue
        parts.append(Clause(fc.to_condition(), out))
        if isinstance(out, Points):
            understood.append(f"{_cond_zh(fc)} → 得{_amount_zh(out.amount)}")
        elif isinstance(out, Prop):
            understood.append(f"{_cond_zh(fc)} → 按比例：分值 × 业绩值 ÷ 阈值")
            if "bare_prop" in flags and fc.lo is not None and fc.hi is not None and fc.pct and fc.hi.value == ONE:
                # [50%,100%) below full marks at 100% (fresh12 Y10-1, r2): the threshold is 100%
                understood.append(
                    f"歧义：“按比例”未写明基数。按 分值 × 业绩值 计算（{_cond_zh(fc)} 止于100%，与满分相接）；"
                    "另一读法是在该档两端之间按直线计算，如是请改写计分规则")
            elif "bare_prop" in flags:
                if weight is not None and any(isinstance(o, Points) and o.amount.points(weight) < weight
                                              for c, o, _s in final if c is not None):
                    # "达到8篇得满分，5篇以上得5分，不足按比例计分" (r5): W × 业绩值 ÷ 5 gives 8 at 4 篇, more than
                    # the band above — the base of 按比例 is not the threshold below a lesser band
                    raise _Unreadable(_src, "“按比例”未写明基数，且上面还有低于满分的档：按阈值计算会高于上一档，未作推测")
                base = _cond_zh(fc).lstrip("<>=≤≥")
                understood.append(
                    f"歧义：“按比例”未写明基数。按阈值计算（得分 = 分值 × 业绩值 ÷ {base}）；"
                    "另一读法是 得分 = 分值 × 业绩值，如是请改写计分规则")
    for fc, out, _src in final:
        if fc is None and isinstance(out, Prop):
            understood.append("其他情况 → 得分 = 分值 × 业绩值")
            if "bare_prop" in flags:
                understood.append("歧义：“按比例”未写明基数。按 100% 计算（得分 = 分值 × 业绩值）；另一读法是以某一档的"
                                  "阈值为基数，如是请改写计分规则")
        elif fc is None:
            understood.append(f"其他情况 → 得{_amount_zh(out.amount)}")  # type: ignore[union-attr]
    pct = any(c.pct for c in conds)
    if not vetoes and (unearned := _unearned_side(final, weight)) is not None:
        parts.append(Clause(unearned.to_condition(), Points(Amount(Num(ZERO)))))
        conds.append(unearned)
        understood.append(f"未写达不到最低一档时的得分：{_cond_zh(unearned)} 一档也没达到，得分是挣来的，没挣到不得分（0分）")
    elif not vetoes and (beyond := _full_beyond_the_base(final, weight)) is not None:
        parts.append(Clause(beyond.to_condition(), Points(Amount(Num(ONE), of_weight=True))))
        conds.append(beyond)
        understood.append(f"未写超过得满分那一点时的得分：{_cond_zh(beyond)} 比得满分的那一点更好，不在扣分的一侧，得满分")
    gaps = _gaps(conds, any(fc is None for fc, _, _ in final), pct)
    if gaps:
        understood.append(f"注意：原文档位未覆盖 {'、'.join(gaps)}（评分时会报“规则有缺口”），未作推测")
    parts = _apply_cap(parts, flags, weight, understood)
    # a typed veto is matched before the bands (a text value never meets a numeric condition)
    parts = [Clause(Text(str(v.cond)[5:]), v.outcome) for v in vetoes] + parts
    rule = parse_rule(str(Rule(tuple(parts))))
    return _reading(rule, "rule", understood, weight, flags, ctx)


#: a deduction or a zero in a band's own words: such a band is not a rung earned (r75)
_NOT_EARNED_RE = re.compile(r"扣|减|罚|不得分|不计分|不記分|不计|零分|^0分|[^.\d]0分")


def _unearned_side(final: list[tuple[_NumCond | None, Points | Prop | Linear, str]],
                   weight: Decimal | None) -> _NumCond | None:
    """A ladder of rungs earned ("达到5%得1分;达到10%得2分;达到15%以上得3分", fresh9 V12-2; "超过95%(含)得3分;超过98%(含)
    得5分", fresh8 U8-4; "建家率达70%得3分,60%得2分,50%得1分", fresh11 X13-1) and nothing written beyond the weakest rung:
    the points fall rung by rung towards the weak end and are earned by reaching a rung, so below the last one nothing
    is earned — 0 (r75; every label of the kind says so: V12-2 4% → 0, U8-4 94.9% → 0, X13-1 49.9% → 0). The mirror of
    `_lone_failing_band` and `_no_deduction_side` (a failing side written alone → the other side keeps the 分值). Until
    r75 that side was a gap when scored.

    Only when there are two rungs or more, every band is a numeric rung worth points (no 扣/不得分, no steps, no
    proportion, no "=" band, no 否则 catch-all), the points rise towards one open end and the best rung is the 分值; the
    other end — the weak one — must be the only one left open. A lone rung ("防疫队伍三人以上得2分") keeps its gap: the seed
    specs record that side as a rule gap ("原文如此"). Gaps between rungs stay gaps (README: "99%-90%…89%-80%").

    >>> from jixiao.rules.chinese import read_rule_text
    >>> read_rule_text("达到5%得1分;达到10%得2分;达到15%以上得3分。", 3).canonical
    '[5%,10%): 1; [10%,15%): 2; >=15%: 3; <5%: 0'
    >>> read_rule_text("投诉率1%以下得4分,3%以下得2分。", 4).canonical
    '<=1%: 4; (1%,3%]: 2; >3%: 0'
    >>> read_rule_text("达到5%得1分;达到10%得2分。", 3).canonical  # the best rung is not the 分值: not the whole row
    '[5%,10%): 1; >=10%: 2'
    >>> read_rule_text("看防疫档案,防疫队伍三人以上得2分。", 2).canonical  # a lone rung: the gap stays
    '>=3: 2'
    """
    if not final or any(fc is None or fc.eq for fc, _, _ in final):
        return None
    bands: list[tuple[_NumCond, Decimal]] = []
    for fc, out, src in final:
        pts = _outcome_points(out, weight)
        if fc is None or pts is None or pts <= 0 or _NOT_EARNED_RE.search(src):
            return None
        bands.append((fc, pts))
    if len(bands) < 2:
        # one rung alone ("生育保险参保人数不低于360万人，得4分"): the seed specs record its other side as a rule gap
        # (known_issues: rule-gap, "原文如此" — seed003/seed004), the house's decision for a lone pass threshold; the
        # corpus labels 0 there (U2-7, W4-2, BG10-1) — left to the lead (docs/notes/r75.md)
        return None
    if weight is None or max(p for _, p in bands) != weight:
        return None
    conds = [c for c, _ in bands]
    lows = [c.lo.value for c in conds if c.lo is not None] or [c.hi.value for c in conds]  # type: ignore[union-attr]
    highs = [c.hi.value for c in conds if c.hi is not None] or [c.lo.value for c in conds]  # type: ignore[union-attr]
    bottom, top = min(lows + highs), max(lows + highs)
    open_below = not any(c.contains(bottom - ONE) for c in conds)
    open_above = not any(c.contains(top + ONE) for c in conds)
    if open_below == open_above:
        return None
    order = sorted(bands, key=lambda b: (b[0].lo.value if b[0].lo is not None else b[0].hi.value - ONE))  # type: ignore[union-attr]
    pts = [p for _, p in order]
    if open_below and not all(a < b for a, b in zip(pts, pts[1:], strict=False)):
        return None
    if open_above and not all(a > b for a, b in zip(pts, pts[1:], strict=False)):
        return None
    weak = order[0][0] if open_below else order[-1][0]
    if open_below:
        edge = weak.lo if weak.lo is not None else None
        if edge is None:
            return None
        return _NumCond(None, _Bound(edge.value, not edge.closed, True), False, weak.unit, weak.pct, weak.src,
                        weak.unit_word)
    edge = weak.hi
    if edge is None:
        return None
    return _NumCond(_Bound(edge.value, not edge.closed, True), None, False, weak.unit, weak.pct, weak.src,
                    weak.unit_word)


def _full_beyond_the_base(final: list[tuple[_NumCond | None, Points | Prop | Linear, str]],
                          weight: Decimal | None) -> _NumCond | None:
    """A point worth the 分值 with steps taken off on one side only, nothing written on the other ("維修維護覆蓋率90%計3分,
    每少5%扣1分,扣完為止", fresh27 AN1-4; "计划建设内容完成100%的得20分,每减少1个百分点扣1分", S7-4): the steps are what is
    short of the point; beyond it nothing is short — the 分值 (r75; AN1-4's label 100 % → 3). The counterpart of
    `_unearned_side` for a base at the 分值, and of `_no_deduction_side` (deductions on one side, the 分值 on the other).
    Until r75 the other side was a gap when scored. Only one "=X" point worth the 分值, at least one step band ending at
    it, cut-offs on the same side as the steps, no 否则.

    >>> from jixiao.rules.chinese import read_rule_text
    >>> read_rule_text("維修維護覆蓋率90%計3分,每少5%扣1分,扣完為止", 3).canonical
    '=90%: 3; <90%: 3 - 1 per 5% floor; >90%: W'
    >>> read_rule_text("差错率2%得满分,每增加1个百分点扣1分", 5).canonical
    '=2%: W; >2%: W - 1 per 1%; <2%: W'
    >>> read_rule_text("覆盖率90%計3分,低于80%不得分", 3).canonical  # no steps: 80%–90% and above 90% not written
    '=90%: 3; <80%: 0'
    >>> read_rule_text("覆盖率90%計3分,每少5%扣1分,超过95%扣1分", 3).canonical  # the other side written
    '=90%: 3; <90%: 3 - 1 per 5% floor; >95%: 2'
    """
    if weight is None or not final or any(fc is None for fc, _, _ in final):
        return None
    points = [(fc, out) for fc, out, _ in final if fc is not None and fc.eq]
    if len(points) != 1 or _outcome_points(points[0][1], weight) != weight:
        return None
    x = points[0][0].lo.value  # type: ignore[union-attr]
    others = [(fc, out) for fc, out, _ in final if fc is not None and not fc.eq]
    steps = [fc for fc, out in others if isinstance(out, Linear)]
    if not steps or any(not isinstance(out, (Points, Linear)) for _, out in others):
        return None
    below = all(fc.lo is None and fc.hi is not None and fc.hi.value <= x for fc, _ in others)
    above = all(fc.hi is None and fc.lo is not None and fc.lo.value >= x for fc, _ in others)
    if below == above or not any((s.hi if below else s.lo).value == x for s in steps):  # type: ignore[union-attr]
        return None
    if above and x <= 0:  # "违法发生率0%得满分,每增加一个百分点扣2.5分": nothing lies below 0 — no side to fill
        return None
    base = points[0][0]
    side = (_Bound(x, False, True), None) if below else (None, _Bound(x, False, True))
    return _NumCond(side[0], side[1], False, base.unit, base.pct, base.src, base.unit_word)


#: an event that zeroes the row whatever the value: "发生伪造涂改、记录" / "出现弄虚作假" / "有虚报瞒报"
_VETO_RE = re.compile(r"^(?:(?:凡|如|若|一旦|一经|如有|凡有)?(?:发生|出现|存在|发现|查实|经查实?)|(?:如|凡|若)?有)"
                      r"(?![^，,]{0,6}?\d)")


def _vetoes(clauses: list[_Clause], quals: list[_Clause], weight: Decimal | None) -> list[_Clause]:
    """Zero-mark events written after every band: "各县地面测报总错比≤0.4‰得2分;…;错比>0.8‰不得分。发生伪造涂改、
    记录的,不得分" (fresh19 AF1-1, r9). The bands score the value; the event is kept as a level worth 0 that the
    scorer types instead of the value (a mixed rule: text is matched before any band). Only events worth 0 (one
    with a deduction can happen together with any band: refused), after every other clause, beside bands.

    >>> from jixiao.rules.chinese import read_rule_text
    >>> read_rule_text("错比≤0.6‰,得2分;否则不得分。发生伪造、涂改的,不得分。", 2).canonical
    '"发生伪造、涂改": 0; <=0.06%: 2; >0.06%: 0'
    >>> read_rule_text("发生伪造、涂改的,不得分。错比≤0.6‰,得2分;否则不得分。", 2).rule is None  # before the bands
    True
    """
    if not quals or weight is None or not any(isinstance(c.cond, _NumCond) for c in clauses):
        return []
    first = clauses.index(quals[0])
    if any(c not in quals for c in clauses[first:]) or any(
            not isinstance(c.outcome, Points) or c.outcome.amount.points(weight) != ZERO
            or not _VETO_RE.search(str(c.cond)[5:]) or re.search(r"但|且", str(c.cond)) for c in quals):
        return []
    return quals


def _ctx_out(flags: set[str], ctx: ReadingContext) -> ReadingContext:
    if "same" in flags and "ceil" in flags:
        return ReadingContext("ceil", "不满1个百分点按1个百分点算，下同")
    return ctx


def _cap_left_out(rule: Rule, flags: set[str], weight: Decimal) -> bool:
    """A cap "最多扣C分" (flag ``cap:C``) below a deduction's start S whose floor S − C no clause of the rule scores."""
    caps = [Decimal(f[4:]) for f in flags if f.startswith("cap:")]
    if not caps:
        return False
    floors = {c.outcome.amount.points(weight) for c in rule.clauses if isinstance(c.outcome, Points)}
    return any(isinstance(c.outcome, Linear) and c.outcome.start.points(weight) > caps[0]
               and c.outcome.start.points(weight) - caps[0] not in floors for c in rule.clauses)


def _award_line(rule: Rule) -> bool:
    """``>=n: W; <n: n·N - N per 1`` (or per M ceil, ``n·M``): N × x up to the 分值 (an award per time, perunit.py) — the
    start is computed, not printed, so a start above the 分值 is no question of where the deductions begin."""
    if len(rule.clauses) != 2:
        return False
    top, c = rule.clauses
    out, cond = c.outcome, c.condition
    return (isinstance(top.condition, Compare) and isinstance(cond, Compare) and top.condition.op == ">="
            and top.condition.bound == cond.bound and top.outcome == Points(Amount(Num(ONE), of_weight=True))
            and isinstance(out, Linear) and cond.op == "<" and isinstance(cond.bound, Num)
            and not cond.bound.pct and not out.unit.pct and not out.step.of_weight and not out.start.of_weight
            and (out.unit.value == ONE or out.rounding == "ceil")
            and out.start.coef.value * out.unit.value == cond.bound.value * out.step.coef.value)


def _not_as_printed(rule: Rule, understood: list[str], weight: Decimal | None,
                    flags: set[str]) -> tuple[str, str] | None:
    """(why, the fragment) when ``rule`` cannot score the text as printed, else ``None``."""
    if any(f.startswith("ceilstep:") for f in flags) and not any(
            isinstance(c.outcome, Linear) and c.outcome.rounding == "ceil" for c in rule.clauses):
        # "不足5%按5%计" that no step of the reading takes up: never dropped as a note
        return ("取整说明（不满…按…计）与读出的扣分档不对应，未作推测",
                next(u for u in understood if u.startswith("不满")))
    if weight is not None and (why := _dip_at_the_weak_end(
            rule, weight, any(str(u).startswith("扣分情形") for u in understood))) is not None:
        return why, ""
    if (why := _pp_rounding_left_out(rule, flags)) is not None:
        return why, next((u for u in understood if u.startswith(("不满", "只算整档"))), "")
    try:  # "一般以下的,扣2分;一般的,扣5分" (r76: read 一般 0, 一般以下 3 — the levels' policy, r70, on any reading)
        relative_levels([(c.condition.text, c) for c in rule.clauses
                         if isinstance(c.condition, Text) and isinstance(c.outcome, Points)])
    except _Unreadable as e:
        return e.why, e.fragment
    if step_settled(flags) and not steps_taken_up(rule, flags):
        # "不足2场的不扣分" / "只算整档" that no step of several in the reading takes up (partsteps.py, r52)
        return ("写了不满一档的部分怎样扣（只算整档或按比例），读出的规则里没有这样的扣分档，未作推测",
                next((u for u in understood if u.startswith(("只算整档", "不满"))), ""))
    if weight is None:
        return None
    if _cap_left_out(rule, flags, weight):
        # "…发现一项扣1分，最多扣1分" on a 2-point row read by a whole-text recogniser that does not see the cap
        # (r1): a written cap the rule does not apply is never dropped
        return ("写了扣分上限（最多扣N分），读出的规则没有用上，未作推测",
                next((u for u in understood if u.startswith("扣分上限")), ""))
    if any(isinstance(c.outcome, Linear) and not c.outcome.start.of_weight
           and c.outcome.start.points(weight) > weight for c in rule.clauses) and not _award_line(rule):
        # "…得3分…每…扣0.5分" on a 2-point row (fresh14 AA5-3): from 3 capped at 2, or from 2? 1–2 findings
        # score differently; not guessed
        start = next(c.outcome.start.points(weight) for c in rule.clauses if isinstance(c.outcome, Linear))
        return (f"扣分从 {fmt_decimal(start)} 分起算，超过分值 {fmt_decimal(weight)}："
                "是从该分起扣再封顶，还是从分值起扣，未写明", f"{fmt_decimal(start)}分")
    fixed = {c.outcome.amount.points(weight) for c in rule.clauses if isinstance(c.outcome, Points)}
    if len({min(p, weight) for p in fixed}) < len(fixed):
        # "好 3分 较好 5分" on a 3-point row (r5's note): scoring caps 较好 at 3, the same as 好 — the cap
        # erases a difference the table prints; not scored (one level above the 分值, as the seed's
        # "不低于70%，得4分" on 3 points, is capped with a warning: nothing is merged)
        pts = fmt_decimal(max(fixed))
        return f"有一档得 {pts} 分，超过分值 {fmt_decimal(weight)} 分（封顶后与其他档无法区分），未作推测", f"{pts}分"
    return None


def _dip_at_the_weak_end(rule: Rule, weight: Decimal, deducted: bool = False) -> str | None:
    """Why a ladder of bands is refused when the points rise band by band to the 分值 at one end but the band at the
    other end scores more than the band next to it (r79: "达到5%得1分;达到10%得2分;达到15%以上得3分;低于5%扣1分" on 3 read
    ``<5%: 2`` — 4 % scored 2, more than 5 % (1); from what "扣1分" deducts is not printed).

    >>> _dip_at_the_weak_end(parse_rule("[5%,10%): 1; [10%,15%): 2; >=15%: 3; <5%: 2"), Decimal(3)) is not None
    True
    >>> _dip_at_the_weak_end(parse_rule("[5%,10%): 1; [10%,15%): 2; >=15%: 3; <5%: 0"), Decimal(3)) is None
    True
    >>> _dip_at_the_weak_end(parse_rule("<80%: 0; [80%,90%): 3; [90%,110%]: 5; >110%: 3"), Decimal(5)) is None
    True

    With a deduction printed (``deducted``: "扣分情形" among the notes) the weak end scoring as much as its neighbour is no
    reading either (r85: "达到10%得2分;达到15%以上得3分;低于10%扣1分" on 3 read ``<10%: 2`` — 5 % scored as 10 %: from
    the 分值 (2) or from the rung above (1)? not printed); printed points alike ("<5%: 0; [5%,10%): 0") stay.

    >>> _dip_at_the_weak_end(parse_rule("<10%: 2; [10%,15%): 2; >=15%: 3"), Decimal(3), deducted=True) is not None
    True
    >>> _dip_at_the_weak_end(parse_rule("<10%: 2; [10%,15%): 2; >=15%: 3"), Decimal(3)) is None
    True
    """
    bands = []
    for c in rule.clauses:
        cond, out = c.condition, c.outcome
        if not isinstance(out, Points):
            return None
        if isinstance(cond, Compare) and isinstance(cond.bound, Num) and cond.op != "=":
            key = (cond.bound.value, -1 if cond.op in ("<", "<=") else 0)
        elif isinstance(cond, Interval) and (cond.lo or cond.hi) is not None:
            key = (cond.lo.value, 0) if cond.lo is not None else (cond.hi.value, -1)  # type: ignore[union-attr]
        else:
            return None
        bands.append((key, out.amount.points(weight)))
    if len(bands) < 3:
        return None
    pts = [p for _, p in sorted(bands)]
    for ladder in (pts, pts[::-1]):
        if ladder[-1] == weight and all(a <= b for a, b in zip(ladder[1:], ladder[2:], strict=False)) \
                and (ladder[0] > ladder[1] or (deducted and ladder[0] == ladder[1] > 0)):
            return (f"各档得分逐档升到分值，最末一档（{fmt_decimal(ladder[0])}分）却高于相邻一档（{fmt_decimal(ladder[1])}分）："
                    "“扣N分”从几分扣起原文未写明，未作推测")
    return None


def _pp_rounding_left_out(rule: Rule, flags: set[str]) -> str | None:
    """Why a reading is refused when the text says how a part of one percentage point counts ("不足1%的按1%计" →
    ``ceil``; "不足1个百分点不扣分" → ``floor``) and a step of 1 % of the reading scores otherwise (r79: a whole-text
    recogniser — stepbands, standardsteps — read "…85%-95%每低1%扣1分,低于85%不得分,不足1%的按1%计" in proportion:
    99.5 % scored 19.75 of 20, the text 19.5).

    >>> _pp_rounding_left_out(parse_rule(">=100%: W; <100%: W - 0.5 per 1%"), {"ceil"}) is not None
    True
    >>> _pp_rounding_left_out(parse_rule(">=100%: W; <100%: W - 0.5 per 1% ceil"), {"ceil"}) is None
    True
    >>> _pp_rounding_left_out(parse_rule(">=100%: W; <100%: W - 2 per 1%"), {"wholestep:1%"}) is not None
    True
    """
    steps = [c.outcome for c in rule.clauses if isinstance(c.outcome, Linear) and c.outcome.unit.pct
             and c.outcome.unit.value * HUNDRED == ONE]
    if not steps:
        return None
    if ("ceil" in flags or "ceilstep:1%" in flags) and any(o.rounding != "ceil" for o in steps):
        return "原文写明不满1个百分点按1个百分点算，读出的扣分档却按实际差距连续计算（或另作取整），未作推测"
    if ("wholestep:1%" in flags or "wholestep" in flags) and any(o.rounding != "floor" for o in steps):
        return "原文写明不满1个百分点的部分不扣分（只算整档），读出的扣分档却按实际差距连续计算（或另作取整），未作推测"
    return None


def _reading(rule: Rule, kind: str, understood: list[str], weight: Decimal | None,
             flags: set[str], ctx: ReadingContext) -> Reading:
    refusal = _not_as_printed(rule, understood, weight, flags)
    if refusal is not None:  # the rule would score otherwise than the text says: refused with why
        why, fragment = refusal
        return unreadable(understood, [fragment], why, context_out=_ctx_out(flags, ctx))
    mp = rule.max_points(weight) if weight is not None else None
    if mp is not None and weight is not None and mp > weight and _award_line(rule):
        mp = weight  # N × x written from the threshold: scores are capped at the 分值
    if mp is not None and weight is not None and mp != weight:
        understood.append(f"注意：规则最高 {fmt_decimal(mp)} 分，与分值 {fmt_decimal(weight)} 不一致")
    return Reading(rule, kind, understood, [], [], mp, _ctx_out(flags, ctx))
