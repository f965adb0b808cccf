"""Recogniser: numeric conditions — ranges (80%(含)-90%), double inequalities (80%<…<90%),
keywords (不低于/低于/超过/达到/不足 …), 以上/以下/以内 after a number, symbols (≥95%), a bare number
before an outcome (100%得满分), and "达到…的90%" (a lower bound).

>>> str(_find_cond("80%(含)-90%")[0].to_condition())
'[80%,90%]'
>>> str(_find_cond("不低于95%")[0].to_condition())
'>=95%'
>>> str(_find_cond("种植面积达到可种面积的90%")[0].to_condition())
'>=90%'
>>> str(_find_cond("80%及以上100%以下")[0].to_condition())
'[80%,100%]'
>>> str(_find_cond("99%-90%的")[0].to_condition())  # written high end first (fresh17 AD10-1)
'[90%,99%]'
"""

from __future__ import annotations

import re
from dataclasses import replace

from jixiao.rules.chinese._base import (
    _UNITS,
    BAND_UNIT,
    INC,
    NUM,
    TIME_WORDS,
    _Bound,
    _NumCond,
    _Unreadable,
    dec,
)
from jixiao.rules.model import ONE

UNIT = BAND_UNIT  # (r32: a band may be in years or characters too)

#: after a number: 以内 / 内 (within, the number included, as 以内) and 以外 / 外 (beyond, the number excluded:
#: "超出15%外扣15分", fresh48 BI1-5) — r32
_SFX = r"及以上|以上|及以下|以下|以内|之内|内(?![容部涵])|以外|外(?![出地部省包国资来])"

_COND_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("range", re.compile(
        rf"(?P<a>-?{NUM})(?P<ua>{UNIT})?(?P<ia>{INC})?(?:~|-|至|到)(?P<b>-?{NUM})(?P<ub>{UNIT})?"
        rf"(?P<ib>{INC})?(?:之间|区间|以内|之内|内(?![容部涵]))?")),
    # "80%及以上100%以下" (S20): a lower bound with 及以上 and an upper bound with 以下, both included
    # (以上/以下 include the number; a shared end point is resolved and warned like any other)
    ("span", re.compile(
        rf"(?P<a>-?{NUM})(?P<ua>{UNIT})?(?P<ia>{INC})?(?:及以上|以上)(?:[,，、至到~-]|且)?"
        rf"(?P<b>-?{NUM})(?P<ub>{UNIT})?(?P<ib>{INC})?(?:及以下|以下)")),
    ("double", re.compile(
        rf"(?P<a>-?{NUM})(?P<ua>{UNIT})?(?P<opa><|≤)(?P<mid>[^<≤\d]*)(?P<opb><|≤)"
        rf"(?P<b>-?{NUM})(?P<ub>{UNIT})?")),
    ("kw", re.compile(
        r"(?P<kw>不低于|不少于|不小于|不高于|不超过|不大于|没有达到|未达到|未达|"
        # "未超过95%" is ≤ 95 %, "未低于90%" ≥ 90 % (r42: "未超过95%,2分" read as "超过95%" — the 未 left out)
        r"(?:未|没有|没)(?:超过|超出|高于|大于|低于|少于|小于)|达到|高于|超过|超出|"
        r"大于|低于|少于|小于|不足|(?<!达)不到|未满|不满|(?<![每年扣加得记计])满|超|达|为|在)(?:人均)?"
        rf"(?P<a>-?{NUM})(?P<ua>{UNIT})?(?P<ia>{INC})?(?P<sfx>{_SFX})?")),
    ("after", re.compile(
        rf"(?P<a>-?{NUM})(?P<ua>{UNIT})?(?P<ia>{INC})?(?P<sfx>{_SFX})(?P<ib>{INC})?")),
    ("sym", re.compile(rf"(?P<op>≥|≤|>|<|=)(?P<a>-?{NUM})(?P<ua>{UNIT})?(?P<ia>{INC})?")),
    ("bare", re.compile(rf"(?<![\d.])(?P<a>{NUM})(?P<ua>{UNIT})?(?P<ia>{INC})?$")),
]


#: keyword → (side, closed, explicit); side "lo" = value above the bound, "hi" = below, "eq"
_KW = {
    "不低于": ("lo", True), "不少于": ("lo", True), "不小于": ("lo", True), "达到": ("lo", True),
    # "满3年的得1分" (fresh49 BJ1-1, r32): 满 = 达到 (not 每满 — per unit —, 年满 — an age —, 扣满 — a cap)
    "达": ("lo", True), "满": ("lo", True),
    "未满": ("hi", False), "不满": ("hi", False),
    "高于": ("lo", False), "超过": ("lo", False), "超出": ("lo", False), "大于": ("lo", False),
    "超": ("lo", False),
    "低于": ("hi", False), "少于": ("hi", False), "小于": ("hi", False), "不足": ("hi", False),
    # "不到30%按相应比例折算" (fresh24 AK10-3, r38): the same as 不足 (was read as a bare "=30%"; not "达不到", whose
    # failing beside a level "有稳定收入,但达不到5万元的,扣20分" (fresh24 AK8-1) stays as before — refused)
    "不到": ("hi", False),
    "未达到": ("hi", False), "没有达到": ("hi", False), "未达": ("hi", False),
    "不高于": ("hi", True), "不超过": ("hi", True), "不大于": ("hi", True),
    **{neg + w: side for neg in ("未", "没有", "没") for w, side in (
        ("超过", ("hi", True)), ("超出", ("hi", True)), ("高于", ("hi", True)), ("大于", ("hi", True)),
        ("低于", ("lo", True)), ("少于", ("lo", True)), ("小于", ("lo", True)))},
    "为": ("eq", True), "在": ("eq", True),
}


_SYM = {"≥": ("lo", True), ">": ("lo", False), "≤": ("hi", True), "<": ("hi", False),
        "=": ("eq", True)}


def _make_cond(kind: str, m: re.Match[str], src: str) -> _NumCond:
    g = m.groupdict()
    ua = g.get("ua") or ""
    ub = g.get("ub") or ""
    if ua and ub and (_UNITS[ua] != _UNITS[ub] or (ua != ub and ua in TIME_WORDS)):
        # (r32: also 5000元-1万元 — the scale was taken from one end — and 3个月-1年, both "time" on scale 1)
        raise _Unreadable(src, f"区间两端单位不同（{ua}、{ub}）")
    unit_word = ua or ub
    cat, scale = _UNITS[unit_word] if unit_word else (None, ONE)
    a = dec(g["a"]) * scale
    b = dec(g["b"]) * scale if g.get("b") else None

    def marked(inc: str | None) -> tuple[bool, bool]:
        if not inc:
            return True, False
        return ("不含" not in inc), True

    if kind == "range":
        assert b is not None
        lc, le = marked(g.get("ia"))
        hc, he = marked(g.get("ib"))
        if a > b:
            # "99%-90%的得27分" (fresh17 AD10): tables list bands from the top down and write each
            # range high end first — the same range [90%, 99%], each end marked as written
            if ua != ub:
                raise _Unreadable(src, "区间下限大于上限")
            a, b, (lc, le), (hc, he) = b, a, (hc, he), (lc, le)
        return _NumCond(_Bound(a, lc, le), _Bound(b, hc, he), False, cat, cat == "pct", src,
                        unit_word)
    if kind == "span":  # "80%及以上100%以下": 以上/以下 include the number; 及 marks it explicitly
        assert b is not None
        if a > b:
            raise _Unreadable(src, "区间下限大于上限")
        m_lo = re.search(r"(及)?以上", m.group(0))
        m_hi = re.search(r"(及)?以下", m.group(0))
        lc, le = marked(g.get("ia")) if g.get("ia") else (True, bool(m_lo and m_lo.group(1)))
        hc, he = marked(g.get("ib")) if g.get("ib") else (True, bool(m_hi and m_hi.group(1)))
        return _NumCond(_Bound(a, lc, le), _Bound(b, hc, he), False, cat, cat == "pct", src,
                        unit_word)
    if kind == "double":
        assert b is not None
        if a > b:
            raise _Unreadable(src, "区间下限大于上限")
        return _NumCond(_Bound(a, g["opa"] == "≤", True), _Bound(b, g["opb"] == "≤", True), False,
                        cat, cat == "pct", src, unit_word)
    inc = g.get("ia")
    if kind in ("kw", "after"):
        sfx = g.get("sfx")
        kw = g.get("kw")
        if sfx:
            beyond = sfx.endswith("外")  # "15%外" / "15%以外": above 15 %, 15 % itself not (r32)
            if kw and kw not in ("达", "达到", "在", "为", "满") \
                    and not (beyond and kw in ("超过", "超出", "高于", "大于", "超")):
                raise _Unreadable(src, f"“{kw}”与“{sfx}”同时出现，方向不明")
            side = "lo" if sfx.endswith("以上") or beyond else "hi"
            inc = inc or g.get("ib")
            closed, explicit = (True, sfx.startswith("及")) if not inc else marked(inc)
            if beyond:
                if inc:
                    raise _Unreadable(src, f"“{sfx}”与“{inc}”同时出现，是否含本数不明")
                closed, explicit = False, True
        else:
            side, closed = _KW[kw]
            explicit = True
            if inc and side != "eq":
                # "超过95%(含)" (fresh8 U8-4): the bracket says whether the number itself is in
                closed = marked(inc)[0]
    elif kind == "sym":
        side, closed = _SYM[g["op"]]
        explicit = True
    else:  # bare number: "100%得满分"
        side, closed, explicit = "eq", True, True
    bound = _Bound(a, closed, explicit)
    if side == "eq":
        return _NumCond(bound, _Bound(a, True, True), True, cat, cat == "pct", src, unit_word)
    if side == "lo":
        return _NumCond(bound, None, False, cat, cat == "pct", src, unit_word)
    return _NumCond(None, bound, False, cat, cat == "pct", src, unit_word)


def _find_cond(text: str, allow_bare: bool = True) -> tuple[_NumCond, str, str] | None:
    """The first numeric condition in ``text``: (cond, subject before, rest after).

    A bare number ("100%得满分") is a condition only right before an outcome (``allow_bare``).
    """
    for kind, pat in _COND_PATTERNS:
        if kind == "bare" and not allow_bare:
            continue
        m = pat.search(text)
        if m is None:
            continue
        subject, rest = text[: m.start()], text[m.end():]
        if kind == "bare" and subject and subject[-1] in "第年月日号":
            continue
        if kind in ("after", "bare", "range", "span"):
            _refuse_negated_subject(subject, text, kind)
        cond = _make_cond(kind, m, text)
        if kind == "bare":
            cond = _distant_keyword(cond, subject)
        return cond, subject, rest
    return None


#: a negation before what the number measures, the number itself with no comparison word of its own:
#: "未完成100%的得20分", "面积未达到年度任务90%及以上的,得4分" (r42: read as "=100%" / ">=90%", the 未 left out);
#: not a measure named by the negation ("未完成率,100%:5分" is read as written)
_NEGATED_SUBJECT_RE = re.compile(r"(?P<neg>(?:未|没有|没)(?:完成|达到|达|超过|超出|实现|满足|低于|高于))(?![率数量额比])"
                                 r"[^，,。；;：:\d]{0,24}$")


def _refuse_negated_subject(subject: str, text: str, kind: str = "bare") -> None:
    """Refuse a number whose direction a negation far before it may turn — not "未达到目标值80%" (a bare number after
    未达到 …: :func:`_distant_keyword` reads it as < 80 %).

    >>> _refuse_negated_subject("计划建设内容未完成", "计划建设内容未完成100%的")
    Traceback (most recent call last):
    ...
    jixiao.rules.chinese._base._Unreadable: 数值前有否定“未完成”，数值条件是达到还是未达到不明
    >>> _refuse_negated_subject("项目投资计划未完成率,", "项目投资计划未完成率,100%")
    >>> _refuse_negated_subject("未达到目标值", "未达到目标值80%")
    """
    m = _NEGATED_SUBJECT_RE.search(subject)
    if m is not None and not (kind == "bare" and m.group("neg") in ("未达到", "没有达到")):
        raise _Unreadable(text, f"数值前有否定“{m.group('neg')}”，数值条件是达到还是未达到不明")


#: a comparison word separated from its number: "达到可种面积(新增水田面积)的90%"
_DISTANT_KW_RE = re.compile(r"(不低于|不少于|不高于|不超过|未达到|没有达到|达到|超过|高于|低于|不足|少于)"
                            r"[^，,。；;\d≥≤<>]{1,24}?的?$")


def _distant_keyword(cond: _NumCond, subject: str) -> _NumCond:
    """A bare number after "达到…的" is "≥ that number", not "= that number".

    >>> from decimal import Decimal
    >>> c = _NumCond(_Bound(Decimal("0.9"), True, True), _Bound(Decimal("0.9"), True, True), True, "pct", True, "")
    >>> str(_distant_keyword(c, "种植面积达到可种面积的").to_condition())
    '>=90%'
    """
    m = _DISTANT_KW_RE.search(subject)
    if m is None or cond.lo is None:
        return cond
    side, closed = _KW[m.group(1)]
    bound = _Bound(cond.lo.value, closed, True)
    if side == "lo":
        return replace(cond, lo=bound, hi=None, eq=False)
    return replace(cond, lo=None, hi=bound, eq=False)
