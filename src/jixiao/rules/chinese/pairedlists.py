"""Recogniser: two lists of the same length, paired in order — floors on the value's axis, then the points at each —
"目标完成 100/90/80/70/60%，得分 5/4/3/2/1，60% 以下 0 分" (fresh82 CP2-2, a company's 运营总监月度绩效). A careful human
reads bands from each printed floor: ≥100 % → 5, ≥90 % → 4 … ≥60 % → 1, below 60 % → 0 — the floors reached, not the
values equal to them (95 % → 4).

The lists are parted by "/" or "、"; the floors may be printed ascending or descending, the unit ("%", or a count word
次/个/项 …) on each or on the last only, "分" on each point, on the last or on none; the points after "得分", "分别得",
"依次得", "对应得分" (or "分别扣"/"依次扣": deductions from the 分值). An optional last band below the lowest floor
("60%以下0分", "低于60%不得分", for a count from 1 "未开展不得分") must name the lowest floor and score less than it;
without it a value below the lowest floor is left uncovered — README: "业绩值落在规则没有覆盖的区间时报错并指出该值",
a rule gap, never a guess.

Refused (with the reason) when the shape is there but the pairing is not clear: the lists differ in length, the points
do not rise with the floors (more points for less — is each number a floor or a ceiling?), a list mixes units, the top
points are not the 分值, the band below names another number than the lowest floor. ``None`` when the text is not of
this shape (words before the floors that turn them round — 低于/不足/超过/每 … — are not this reader's).

>>> from decimal import Decimal
>>> str(read_paired_lists("目标完成100/90/80/70/60%,得分5/4/3/2/1,60%以下不得分", Decimal(5))[0])
'>=100%: W; >=90%: 4; >=80%: 3; >=70%: 2; >=60%: 1; <60%: 0'
>>> str(read_paired_lists("完成率达到60%、80%、100%的,依次得1分;3分、5分", Decimal(5))[0])  # ascending, no band below
'>=100%: W; >=80%: 3; >=60%: 1'
>>> str(read_paired_lists("开展活动3/2/1次,对应得分6/4/2分,未开展不得分", Decimal(6))[0])
'>=3: W; >=2: 4; >=1: 2; <1: 0'
>>> str(read_paired_lists("培训率达到30%、20%、10%,分别扣0、3、6分,低于10%不得分", Decimal(10))[0])
'>=30%: W; >=20%: 7; >=10%: 4; <10%: 0'
>>> read_paired_lists("目标完成100/90/80/70%,得分5/4/3/2/1", Decimal(5))
Traceback (most recent call last):
...
jixiao.rules.chinese._base._Unreadable: 列出4个界限（100、90、80、70%），却写了5个分数（5、4、3、2、1分）：对应关系不明，未作推测
>>> read_paired_lists("低于100/90/80%,分别扣1/2/3分", Decimal(5)) is None  # below each: not floors reached
True
"""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.rules.chinese._base import NUM, _Unreadable, dec
from jixiao.rules.grammar import parse_rule
from jixiao.rules.model import Rule, fmt_decimal

#: the units a floor may carry: a share, or a count word (the value then a count of things done)
_UNIT = r"(?:%|次|个|项|件|篇|场|家|户|人|条|期|批)"
#: one floor: a number, its unit (or none — then the last one's)
_FLOOR = rf"(?:≥|>=)?{NUM}\s*{_UNIT}?"
#: the points' verb: what joins the floors to their points
_VERB = (r"(?:(?:分别|依次|对应|相应)?(?:得分|得|计分|计|记|赋予|给予|赋分)(?:分别|依次)?(?:为|是)?"
         r"|(?:分别|依次)?(?:对应|相应)(?:得分|分值|分数)?(?:分别|依次)?(?:为|是)?|分值(?:分别|依次)?为"
         r"|(?P<off>(?:分别|依次|对应)扣(?:除)?))")
#: the words before the floors: the value reached — no digit, no word that turns the floors round (below each, per step)
_HEAD = r"(?P<head>[^\d,，;；。:：]{0,20}?)[:：]?"
_TURNED_RE = re.compile(r"[<>＜＞≤≦]|大于|小于|低于|不足|不到|少于|未达|未完成|以下|以内|超过|超出|高于|多于|下降|降低|减少|每|扣|差|偏离|误差|"
                        r"不超|不高|至少|最多|"
                        # (a count of failings: more is worse — "发生事故3/2/1次" is no floor to reach)
                        r"无|未|没|不|缺|问题|事故|事件|案件|投诉|差错|失误|错|漏|违|迟|逾期|延误|处分|处罚|通报")

_PAIRED_RE = re.compile(
    rf"^{_HEAD}(?:达到|达|为|完成|在)?(?P<floors>{_FLOOR}(?:\s*[/、]\s*{_FLOOR}){{1,9}})(?P<up>及以上|以上)?(?:的)?"
    rf"\s*[,，;；:：]?\s*{_VERB}\s*[:：]?\s*"
    rf"(?P<pts>{NUM}\s*分?(?:\s*[/、;]\s*{NUM}\s*分?){{1,9}})"
    rf"(?:\s*[,，;；。]\s*(?P<below>[^,，;；。]{{2,24}}?))?\s*[。；;]?$")

#: the band below the lowest floor: "60%以下不得分" / "低于60%的得0.5分" / "不足60%不得分"
_BELOW_RE = re.compile(rf"^(?:(?:低于|不足|不到|少于|未达到|未达)(?P<a>{NUM})\s*(?P<ua>{_UNIT})?(?:以下)?"
                       rf"|(?P<b>{NUM})\s*(?P<ub>{_UNIT})?以下)(?:的)?\s*[,，]?\s*"
                       rf"(?:(?:得|计|记)?(?P<p>{NUM})分|不得分|不计分)$")
#: for a count from 1: "未开展不得分" / "没有开展的不得分" (none done)
_NONE_DONE_RE = re.compile(r"^(?:未|没有|无)[\u4e00-\u9fff]{0,6}?(?:的)?\s*[,，]?\s*(?:不得分|不计分|得0分|计0分)$")

#: what the reading says beside its bands
NOTE = "所列界限与所列分数依次对应：业绩值达到某一界限即得该档分数（取达到的最高一档）"


def read_paired_lists(norm: str, weight: Decimal | None) -> tuple[Rule, list[str]] | None:
    """``>=f1: W; >=f2: p2; …[; <fn: p]`` and the notes saying so, ``None`` (not this shape), or :class:`_Unreadable`."""
    m = _PAIRED_RE.match(norm.strip())
    if m is None or weight is None or _TURNED_RE.search(m["head"]):
        return None
    floors, units = _split(m["floors"], _UNIT)
    pts_raw, pt_units = _split(m["pts"], "分")
    unit = _one_unit(units)
    if unit is None or _one_unit(pt_units) is None:
        raise _Unreadable(m["floors"], f"所列界限（{m['floors']}）或分数（{m['pts']}）的单位不一致：对应关系不明，未作推测")
    if unit == "":
        return None  # bare numbers on both sides: a share, a count, or points? not this reader's
    if len(floors) != len(pts_raw):
        shown_f = "、".join(m["floors"].replace(" ", "").replace("/", "、").split("、"))
        raise _Unreadable(m["floors"], f"列出{len(floors)}个界限（{shown_f}），却写了{len(pts_raw)}个分数"
                                       f"（{'、'.join(fmt_decimal(p) for p in pts_raw)}分）：对应关系不明，未作推测")
    pts = [weight - p for p in pts_raw] if m["off"] else pts_raw
    pairs = sorted(zip(floors, pts, strict=True), key=lambda x: x[0], reverse=True)
    fs = [f for f, _ in pairs]
    ps = [p for _, p in pairs]
    if len(set(fs)) != len(fs):
        raise _Unreadable(m["floors"], f"所列界限（{m['floors']}）有重复：对应关系不明，未作推测")
    if any(a < b for a, b in zip(ps, ps[1:], strict=False)) or any(p < 0 for p in ps):
        raise _Unreadable(m["pts"], f"所列分数（{m['pts']}）不随界限（{m['floors']}）升高而升高：各数是达到的下限还是"
                                    "不超过的上限，原文未写明，未作推测")
    if len(set(ps)) == 1:
        return None  # every floor worth the same: no scale
    if ps[0] != weight:
        raise _Unreadable(m["pts"], f"最高一档得{fmt_decimal(ps[0])}分，与分值{fmt_decimal(weight)}分不一致，未作推测")
    pct = unit == "%"
    show = (lambda f: f"{fmt_decimal(f)}%") if pct else fmt_decimal
    clauses = [f">={show(f)}: {'W' if p == weight else fmt_decimal(p)}" for f, p in pairs]
    notes = [NOTE, *(f"业绩值≥{show(f)}{'' if pct else unit} → 得{fmt_decimal(p)}分" for f, p in pairs)]
    if m["off"]:
        notes.insert(1, f"扣分情形：“{m['off']}”{'、'.join(fmt_decimal(p) for p in pts_raw)}分，从分值{fmt_decimal(weight)}分中扣除")
    low = _below(m["below"], fs[-1], ps[-1], unit) if m["below"] else None
    if m["below"] and low is None:
        return None  # words after the points this reader does not know: the other readers (or a refusal)
    if low is not None:
        clauses.append(f"<{show(fs[-1])}: {fmt_decimal(low)}")
        notes.append(f"业绩值<{show(fs[-1])}{'' if pct else unit} → 得{fmt_decimal(low)}分")
    else:
        notes.append(f"原文未写低于{show(fs[-1])}{'' if pct else unit}的得分：业绩值低于最低一档时报“规则有缺口”，不作推测")
    if pct:
        notes.append("业绩值填百分比（如“95%”）")
    else:
        notes.append(f"业绩值填{unit}数（整数）")
    return parse_rule("; ".join(clauses)), notes


def _split(listed: str, unit: str) -> tuple[list[Decimal], list[str]]:
    """The numbers of a "/" or "、" (or ";") list and the unit printed after each ("" where none).

    >>> _split("100/90/80%", "%")
    ([Decimal('100'), Decimal('90'), Decimal('80')], ['', '', '%'])
    """
    parts = [p.strip().removeprefix("≥").removeprefix(">=") for p in re.split(r"[/、;]", listed)]
    found = [re.fullmatch(rf"({NUM})\s*({unit})?", p) for p in parts]
    return [dec(f[1]) for f in found if f], [(f[2] or "") for f in found if f]


def _one_unit(units: list[str]) -> str | None:
    """The list's one unit — printed after each, after the last only, or nowhere ("") — or ``None`` when it mixes."""
    if len(set(units)) == 1:
        return units[0]
    if all(u == "" for u in units[:-1]) and units[-1]:
        return units[-1]
    return None


def _below(words: str, lowest: Decimal, lowest_points: Decimal, unit: str) -> Decimal | None:
    """The points of the band below the lowest floor, ``None`` when ``words`` are no such band; refused when they name
    another number than the lowest floor, another unit, or as many points as the lowest band or more."""
    b = _BELOW_RE.match(words.strip())
    if b is None:
        if _NONE_DONE_RE.match(words.strip()) and unit != "%" and lowest == 1:
            return Decimal(0)  # "3/2/1次 … 未开展不得分": none done is the band below 1
        return None
    n, u = (b["a"], b["ua"]) if b["a"] is not None else (b["b"], b["ub"])
    if dec(n) != lowest or (u or unit) != unit:
        raise _Unreadable(words, f"“{words}”的界限与所列最低一档（{fmt_decimal(lowest)}{unit}）不一致：其间如何计分，"
                                 "原文未写明，未作推测")
    p = dec(b["p"]) if b["p"] is not None else Decimal(0)
    if p >= lowest_points:
        raise _Unreadable(words, f"“{words}”得分不低于最低一档（{fmt_decimal(lowest_points)}分），未作推测")
    return p
