"""Recogniser: a count, size, distance or time that qualifies a NOUN inside a requirement (r83, issue 11's I1) —
"配备1名以上综治社工,5分" (fresh46 BG4-1), "①30万元以上的项目有可行性报告或建议书(1分)" (fresh35 AV1-4), "栽好胸径3㎝以上的
常绿树" (fresh38 AY2-4), "城市2小时以内车程" (fresh52 BM8-1). The number says which things the requirement is about (or how
many of them it asks for); the points are earned or not on the whole requirement — the number is not the row's value and
no band of it is printed. Masked out of the text (kept in a note), the rest is read as any worded requirement.

What is masked: a number + unit + a bound (以上 / 及以上 / 以内 / 以下, or 至少 / 不少于 before it), right after words and
right before a noun (or "的" + a noun) — never before a score word (得 / 扣 / 计 / 记 / 加 / 为 / 不 …), a stop, or the end:
"…场所500米以上,得1分" and "三人以上得2分" are thresholds (a single one stays a rule gap, r75), not this shape. Not a share
("90%以上的单位": a rate is the row's classic banded value) and not points ("90分以上的").

Guard (real bands): the mask is dropped when the text holds another number in the same kind of unit ("配备2名以上社工得5分,
配备1名以上社工得3分", "500米以上的…得1分,300米以上的…得0.5分") — two numbers on one axis are bands of that measure, left
to the readers of bands (or refused), never two items or one requirement.

>>> mask_noun_quantities("城市2小时以内车程,5分;有完整台帐,10分")[0]  # a measure in a list of scored items
'城市车程,5分;有完整台帐,10分'
>>> mask_noun_quantities("配备1名以上综治社工,5分;有完整台帐,10分")[0]  # a count stays in its item's name (test_r36)
'配备1名以上综治社工,5分;有完整台帐,10分'
>>> mask_noun_quantities("栽好胸径3cm以上的常绿树,不记分")[0]
'栽好胸径的常绿树,不记分'
>>> mask_noun_quantities("三人以上得2分")[0]  # a threshold before a score word: not this shape
'三人以上得2分'
>>> mask_noun_quantities("距离居民区500米以上,得1分")[0]  # before a stop: a threshold
'距离居民区500米以上,得1分'
>>> mask_noun_quantities("满意度90%以上的单位得2分")[0]  # a share: the row's banded value
'满意度90%以上的单位得2分'
>>> mask_noun_quantities("配备2名以上社工得5分,配备1名以上社工得3分")[0]  # two on one axis: bands
'配备2名以上社工得5分,配备1名以上社工得3分'
>>> mask_noun_quantities("引进100万元以上的工业项目得5分,引进50万元以上的项目得3分")[0]  # other nouns: bands
'引进100万元以上的工业项目得5分,引进50万元以上的项目得3分'
"""

from __future__ import annotations

import re

from jixiao.rules.chinese._base import _UNITS, NUM, QTY_WORDS
from jixiao.rules.chinese.lexicon import COUNT

#: the units a qualified noun's quantity is written in: money, time, physical quantities, counts (not %, ‰, 分)
_UNIT = rf"(?:万元|亿元|元|分钟|小时|个工作日|个月|天|日|周岁|{QTY_WORDS}|km|cm|mm|m(?![a-z])|㎝|㎞|{COUNT}|分之[一二三四五六七八九十\d]{{1,2}})"

#: a bound after the quantity, or "至少"/"不少于" right before it
_AFTER = r"(?:及|或)?(?:以上|以内|以下)"
_BEFORE = r"至少|不少于"

#: the quantity, then the noun it qualifies ("的" may come between): the next word is no score word, stop or verb of a
#: failing — "以上的得2分", "以上的,得", "以内不扣分"
_Q_RE = re.compile(
    rf"(?<=[\u4e00-\u9fff①-⑳])(?P<q>(?:(?P<pre>{_BEFORE}))?(?P<n>{NUM})(?P<u>{_UNIT})(?P<post>{_AFTER})?)"
    r"(?P<de>的)?(?=[\u4e00-\u9fff])(?![得扣计记加给赋为减奖不未无否者或及且的])")

#: any number with a unit, and what follows it (for the guard: another number on the same axis)
_ANY_RE = re.compile(rf"(?P<n>{NUM})(?P<u>{_UNIT})(?P<post>{_AFTER})?(?:的)?(?P<next>.{{0,2}})")

#: what follows a quantity that makes it a threshold or a band of its own: a score word, a stop, the end
_NOT_NOUN_RE = re.compile(r"$|[得扣计记加给赋为减奖不未无否者或及且的,，;；。、:：()（）]")


def _axis(unit: str) -> str:
    """The kind of a unit: money / time (one axis each); a count word, a physical quantity or a spelled unit is its own
    kind (名 and 次 are two measures)."""
    if unit.startswith("分之"):  # "3分之1以上的所属行政村": a share of the things
        return "share"
    kind = _UNITS.get(unit, (unit, None))[0]
    return unit if kind == "count" else kind


def _bands(found: list[re.Match[str]], norm: str) -> bool:
    """Whether a masked quantity has another number on its axis that may be a band of the same measure: one with a
    bound of its own ("100万元以上的工业项目得5分,50万元以上的项目得3分": other words, still bands), one that is no
    noun's quantity (a threshold, "…1名的得3分"), or one that qualifies the same noun ("2名以上社工" / "1名社工"). Only a
    bare count of another noun is left ("明确1名负责人…,配备1名以上综治社工": two requirements)."""
    for m in found:
        noun = norm[m.end(): m.end() + 2]
        for a in _ANY_RE.finditer(norm):
            if a.start() == m.start("n") or _axis(a["u"]) != _axis(m["u"]):
                continue
            bounded = a["post"] or re.search(rf"(?:{_BEFORE})$", norm[: a.start()])
            if bounded or _NOT_NOUN_RE.match(a["next"]) or a["next"] == noun:
                return True
    return False


def _which_ones(m: re.Match[str]) -> bool:
    """Whether the quantity says WHICH things ("30万元以上的项目", "胸径3cm以上的常绿树": a measure + "的"), not HOW MANY
    ("3次以上培训", "1名以上综治社工": a count — a threshold on that count when it stands alone)."""
    return bool(m["de"]) and _UNITS.get(m["u"], ("",))[0] != "count"


def _in_an_obligation(m: re.Match[str], norm: str) -> bool:
    """Whether the quantity says WHEN an act is due ("出乡2天以上的须向乡长请假"): obligations.py's shape, which reads it
    only when the deduction counts that very act; masked, "出乡2天以上的须向乡长报告工作,一次未请假扣2分" (another act
    than the one counted — r74's near miss) would lose what makes it refused.

    >>> mask_noun_quantities("出乡2天以上的须向乡长报告工作,一次未请假扣2分")[0]
    '出乡2天以上的须向乡长报告工作,一次未请假扣2分'
    """
    start = max(norm.rfind(c, 0, m.start()) for c in ",;。") + 1
    ends = [e for c in ",;。" if (e := norm.find(c, m.end())) >= 0]
    return "须" in norm[start:min(ends, default=len(norm))]


def mask_noun_quantities(norm: str) -> tuple[str, list[str]]:
    """``norm`` without the quantities that qualify a noun inside a requirement, and the notes naming them; unchanged
    when there is none, or when one of them has a band of the same measure beside it (:func:`_bands`). A quantity that
    says how many (a count, or a measure without "的") is masked only in a list of two or more scored items — there it
    is one item's words (as checklist._COUNT_IN_ITEM_RE); alone, "开展3次以上培训得3分" is a single threshold on the count
    (a rule gap below it, r75's decision) and is left as it was.

    >>> mask_noun_quantities("开展3次以上培训得3分")[0]
    '开展3次以上培训得3分'
    >>> mask_noun_quantities("①30万元以上的项目有可行性报告或建议书1分")[0]
    '①的项目有可行性报告或建议书1分'
    """
    found = [m for m in _Q_RE.finditer(norm) if (m["pre"] or m["post"])]
    if not found or _bands(found, norm):
        return norm, []
    items = len(re.findall(rf"{NUM}分(?!之)", norm)) >= 2
    found = [m for m in found if (_which_ones(m) or items and _UNITS.get(m["u"], ("",))[0] != "count")
             and not _in_an_obligation(m, norm)]  # (a count in an item stays in its name: "2名以上专职人员", test_r36)
    if not found:
        return norm, []
    keep = {m.start() for m in found}
    masked = _Q_RE.sub(lambda m: m["de"] or "" if m.start() in keep else m.group(0), norm)
    return masked, [f"要求中的数量（“{m['q']}”）是要求的一部分（说明所指的对象），不是本行的业绩值：由评分人判断要求是否做到"
                    for m in found]
