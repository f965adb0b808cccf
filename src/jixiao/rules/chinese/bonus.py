"""Recognisers: bonus points ("加N分") on a stated base — cumulative bonus items, and a bonus per unit done with a cap
(r24, issue 11).

A bonus adds to something. The rule language scores within [0, 分值], so a bonus is read only where the base is written
and base + bonuses stay within the 分值 by the text's own numbers; an unstated base, or a bonus above the 分值 (a base
worth the whole row, then "多1个加10分"), stays refused by the reader's bonus refusal.

1. Cumulative bonus items: a base item with its points, then items each worth "加N分" / "再加N分", adding up to the 分值
   (the 加 says the item adds to the base — "得N分" items alone may be alternatives, :mod:`levels`):

>>> from decimal import Decimal
>>> r = read_bonus_items("有年度工作计划的1.5分,有3年左右中期合作计划加0.5分。", Decimal(2), [])  # fresh31 AR9-5
>>> r.kind, [(i.text, str(i.points)) for i in r.items]
('checklist', [('有年度工作计划', '1.5'), ('有3年左右中期合作计划', '0.5')])
>>> [str(i.points) for i in read_bonus_items("当年发展新党员4分;新党员中有高级职称的,再加2分", Decimal(6), []).items]
['4', '2']
>>> [i.text for i in read_bonus_items("1、有年度计划的1.5分;2、有中期计划加0.5分", Decimal(2), []).items]
['有年度计划', '有中期计划']
>>> read_bonus_items("有年度工作计划的1.5分,有中期合作计划加0.5分。", Decimal(3), []) is None  # 2 ≠ 3
True
>>> read_bonus_items("有中期合作计划加0.5分,有年度计划加1.5分", Decimal(2), []) is None  # no base
True
>>> read_bonus_items("有计划得1.5分,每多1次加0.5分", Decimal(2), []) is None  # per unit, not an item
True
>>> read_bonus_items("成立领导小组2分;有关部门参加2分", Decimal(4), []) is None  # 参加 is no bonus
True
>>> read_bonus_items("成立领导小组2分;工作突出的加2分", Decimal(4), []) is None  # excellence: the scorer's bonus
True

2. A bonus per unit over a task, capped at the 分值: "超额完成…的,每超额完成1人加0.1分,30分封顶" — the value is the amount
   over the task (only whole steps of N count); the cap must be the 分值:

>>> str(read_capped_excess("超额完成培训任务的,每超额完成1人加0.1分,30分封顶。", Decimal(30)))  # fresh30 AQ6-3
'>=300: W; <300: W - 0.1 per 1'
>>> str(read_capped_excess("超额完成镇交栽植任务数,每超10%加2分,10分封顶。", Decimal(10)))  # fresh38 AY2-5
'>=50%: W; <50%: W - 2 per 10% ceil'
>>> read_capped_excess("超额完成任务的,每超额完成1人加0.1分,20分封顶。", Decimal(30)) is None  # cap ≠ 分值
True
>>> read_capped_excess("超额完成任务的,每超额完成1人加0.1分。", Decimal(30)) is None  # no cap: above the 分值?
True

3. A bonus per time without 每 ("培训一次加1分,最高得分2分") is the per-time award (:mod:`perunit`) — only for
   events (次/场/期/篇) at the start of a clause:

>>> per_time_bonus("培训1次加1分,最高得分2分")
'每培训1次加1分,最高得2分'
>>> per_time_bonus("有1项加1分,最高2分") is None  # an item, not a time
True
"""

from __future__ import annotations

import re
from decimal import ROUND_CEILING, Decimal

from jixiao.rules.chinese._base import ITEM_NUMBER, NUM, ChecklistItem, Reading, dec
from jixiao.rules.chinese.lexicon import COUNT
from jixiao.rules.chinese.perunit import read_per_unit_award
from jixiao.rules.grammar import parse_rule
from jixiao.rules.model import Rule, fmt_decimal

ZERO = Decimal(0)

_NUMBERED = rf"{ITEM_NUMBER}?"
#: the base: "…的1.5分" / "…得6分" / "…4分" (the normaliser writes 为/计/记 N分 as 得N分 and "(4分)" as "4分")
_BASE_RE = re.compile(rf"^{_NUMBERED}(?P<name>[^,，;；。\d]{{2,60}}?)(?:的)?得?(?P<p>{NUM})分[,，;；。]")
#: a bonus item: "其中有…加2分" / "…比例较高再加2分" / "…职务的,再加2分" (not 另加: a bonus beyond the rule)
_BONUS_RE = re.compile(rf"\s*{_NUMBERED}(?:其中)?(?P<name>[^;；。]{{2,60}}?)(?:的)?[,，]?(?:再加|(?<![参增追附更外添施叠累递])加)(?P<p>{NUM})分(?:[,，;；。]|$)")
#: what a bonus item may not be: per unit (每 / 多 / 超), a deduction or a score of its own, or an award for excellence
#: ("工作突出的加2分" — a bonus at the scorer's discretion, not an item: test_r16 near-miss)
_NOT_ITEM_RE = re.compile(r"每|多\d|超|扣|分|最高|最多|封顶|不得|否则|突出|优秀|显著|先进|成效|特色|创新(?!创业)")


def read_bonus_items(norm: str, weight: Decimal | None, notes: list[str]) -> Reading | None:
    """A checklist of the base item and its bonus items when they add up to the 分值, else ``None``."""
    text = norm.strip()
    base = _BASE_RE.match(text)
    if weight is None or base is None or _NOT_ITEM_RE.search(base["name"]) or base["name"].endswith(("加", "奖")):
        return None
    rest, items = text[base.end():], [(base["name"].strip(" ,，"), dec(base["p"]))]
    while rest.strip(" 。"):
        b = _BONUS_RE.match(rest)
        if b is None or _NOT_ITEM_RE.search(b["name"]):
            return None
        items.append((b["name"].strip(" ,，"), dec(b["p"])))
        rest = rest[b.end():]
    total = sum((p for _n, p in items), ZERO)
    if len(items) < 2 or total != weight or any(p <= 0 for _n, p in items):
        return None
    understood = [*notes, "基础分加各加分项（累加项）：做到基础项得该项分，每一加分项另得所写分数，合计最高为分值"]
    checklist = [ChecklistItem(n, p) for n, p in items]
    understood += [i.note() for i in checklist]
    understood.append(f"合计最高 {fmt_decimal(total)} 分")
    return Reading(None, "checklist", understood, [], checklist, total)


#: "超额完成…的,每超额完成1人加0.1分,30分封顶" / "超额完成…,每超10%加2分,10分封顶"
_EXCESS_RE = re.compile(
    rf"^超额完成[^,，;；。\d]{{1,30}}?(?:的)?[,，]每超(?:额完成|出|过)?(?P<n>{NUM})(?P<u>%|人|{COUNT})"
    rf"[,，]?加(?P<p>{NUM})分[,，;；]?(?:(?P<cap>{NUM})分封顶|(?:最高|最多)(?:加|得)?(?P<cap2>{NUM})分)[。；;]?$")


def read_capped_excess(norm: str, weight: Decimal | None) -> Rule | None:
    """``>=k: W; <k: W - P per N`` (whole steps of N: ``ceil`` when N ≠ 1) for P points per N over the task with a cap
    equal to the 分值 (k = N × W ÷ P, a whole number of steps), or ``None``."""
    m = _EXCESS_RE.match(norm.strip())
    if m is None or weight is None or weight <= 0:
        return None
    n, each, cap = dec(m["n"]), dec(m["p"]), dec(m["cap"] or m["cap2"])
    steps = weight / each
    if each <= 0 or n <= 0 or cap != weight or steps != steps.to_integral_value(rounding=ROUND_CEILING):
        return None
    pct = "%" if m["u"] == "%" else ""
    per = f"per {fmt_decimal(n)}{pct}" + (" ceil" if n != 1 else "")
    reach = f"{fmt_decimal(n * steps)}{pct}"
    return parse_rule(f">={reach}: W; <{reach}: W - {fmt_decimal(each)} {per}")


def capped_excess_notes(rule: Rule, weight: Decimal | None) -> list[str]:
    """What :func:`read_capped_excess` read, in words."""
    lin = rule.clauses[1].outcome
    reach = str(rule.clauses[0].condition).lstrip(">=")
    return [f"业绩值为超额完成的数量（超出任务的部分）：每超一档加{fmt_decimal(lin.step.coef.value)}分（只算整档），"  # type: ignore[union-attr]
            f"加到分值封顶（超出{reach}及以上得满分），未超额得0分"]


#: "培训1次加1分" at the start of a clause: a time done without 每
_PER_TIME_RE = re.compile(r"(?:(?<=^)|(?<=[,，;；。]))(?P<verb>[\u4e00-\u9fff]{2,6}?)1(?P<mu>次|场|期|篇)加")
#: the cap's wordings the per-time award reads: "最高得分2分" → "最高得2分", "2分封顶" → "最高2分"
_CAP_WORDS = ((re.compile(rf"最高得分(?={NUM}分)"), "最高得"), (re.compile(rf"(?<![\d.])({NUM})分封顶"), r"最高\1分"))


def per_time_bonus(norm: str) -> str | None:
    """``norm`` with "X1次加N分" written "每X1次加N分" and its cap in the per-time award's words, or ``None``."""
    if "每" in norm or len(_PER_TIME_RE.findall(norm)) != 1 or re.match(r"有|存在|发现|出现", _PER_TIME_RE.search(norm)["verb"]):
        return None
    out = _PER_TIME_RE.sub(lambda m: f"每{m['verb']}1{m['mu']}加", norm)
    for pattern, words in _CAP_WORDS:
        out = pattern.sub(words, out)
    return out


def read_per_time_bonus(norm: str, weight: Decimal | None) -> tuple[Rule, list[str]] | None:
    """The per-time award (:func:`perunit.read_per_unit_award`) of "X1次加N分" without 每, with what its text says beside
    the award (how to count, a scope — the same notes the award with 每 gives, r36), or ``None``.

    >>> rule, notes = read_per_time_bonus("培训1次加1分,最高得分2分", Decimal(2))  # fresh33 AT8-6
    >>> str(rule), notes
    ('>=2: W; <2: W - 1 per 1', [])
    >>> read_per_time_bonus("培训1次加1分,最高得分2分(重复培训按1次计分)", Decimal(2))[1]
    ['计数说明（不参与计分）：重复培训按1次计分']
    """
    return None if (rewritten := per_time_bonus(norm)) is None else read_per_unit_award(rewritten, weight)
