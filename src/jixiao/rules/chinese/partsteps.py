"""Steps of more than one counted short — "每少2场扣1分", "每減少3名扣2分" (r52, issue 11 item 2).

A deduction per k missing (k > 1) leaves a part of a step open: 13 of 15 trainees, "每减少3名扣2分" — one step (不足3名按3名计,
8 − 2 = 6) or none (只算整档, 8)? The text settles it only when it says so:

* "不足3名按3名计" / "不满2场的按2场计算": a part is a whole step (``ceil``; normalise._CEIL_STEP_RE puts the flag);
* "只算整档" / "不足3名的不扣分" / "不满2场部分不计": whole steps only (``floor``, flag ``wholestep``);
* "不足3名的按比例扣分": a part in proportion (no rounding, flag ``propstep:3``).

Where it says none of these the reading is refused, naming the two readings (never one picked silently). A step of one
("每少1场扣1分") has no part and is read as before.

>>> notes, flags = [], set()
>>> take_partial_steps("不少于10场,每少2场扣1分,不足2场的不扣分", flags, notes), sorted(flags)
('不少于10场,每少2场扣1分,', ['wholestep:2'])
>>> notes
['只算整档：不满2场的部分不扣分']
>>> step_rounding(Decimal(2), "场", {"wholestep:2"}, "每少2场扣1分")
'floor'
>>> step_rounding(Decimal(2), "场", set(), "每少2场扣1分")
Traceback (most recent call last):
...
jixiao.rules.chinese._base._Unreadable: “每少2场”按每2场一档扣分：不足一档的部分怎样算原文未写明——只算整档（少1场不扣）与不足一档按一档算（少1场即扣）得分不同，未作推测
"""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.rules.chinese._base import NUM, _Unreadable
from jixiao.rules.chinese.lexicon import COUNT
from jixiao.rules.model import HUNDRED, ONE, Linear, Rule, fmt_decimal

#: a shortfall of several counted: "每少2场" / "每減少3名" (simplified: 每减少3名)
PER_SHORT_MANY_RE = re.compile(rf"每(?:减少|缺少|少|缺)(?P<k>\d+)(?P<w>{COUNT})")

#: the measures a step of several is counted in: count words, percents
_UNIT = rf"(?:{COUNT}|%|个百分点)"

#: whole steps only: "只算整档" / "不足3名的不扣分" / "不满2场的部分不扣" (in brackets or as a clause of its own) — never
#: "不足20人不计分" / "不足60%不得分" (a level scoring 0 below a threshold, another rule)
_WHOLE_RE = re.compile(rf"[(（]?(?:只(?:算|计)整档|不(?:满|足|到)(?P<n>{NUM})(?P<u>{_UNIT})的?(?:部分)?不扣(?:分|除)?)"
                       r"[)）]?[。；;]?")

#: a part of a step in proportion: "不足3名的按比例扣分" (the reader's 按比例 token or the word) — never "不足60%的按比例计分"
#: (a score in proportion below a threshold, another rule)
_PROP_RE = re.compile(rf"[(（]?不(?:满|足|到)(?P<n>{NUM})(?P<u>{_UNIT})的?(?:部分)?(?:按比例|〔PROP〕)扣(?:分|除)?"
                      r"[)）]?[。；;]?")


def take_partial_steps(t: str, flags: set[str], notes: list[str]) -> str:
    """``t`` with the statements of how a part of a step counts taken out (a note and a flag for each; the flag
    ``wholestep`` / ``wholestep:N`` / ``propstep:N``, N with "%" for percents)."""
    for m in list(_WHOLE_RE.finditer(t)):
        if m["n"]:
            n, pct = m["n"], m["u"] in ("%", "个百分点")
            flags.add(f"wholestep:{n}{'%' if pct else ''}")
            notes.append(f"只算整档：不满{n}{'个百分点' if pct else m['u']}的部分不扣分")
        else:
            flags.add("wholestep")
            notes.append("只算整档：不满一档的部分不扣分")
    t = _WHOLE_RE.sub("", t)
    for m in list(_PROP_RE.finditer(t)):
        pct = m["u"] in ("%", "个百分点")
        flags.add(f"propstep:{m['n']}{'%' if pct else ''}")
        notes.append(f"不满{m['n']}{'个百分点' if pct else m['u']}的部分按比例扣分（不取整）")
    return _PROP_RE.sub("", t)


def step_rounding(per: Decimal, word: str, flags: set[str], fragment: str, pct: bool = False) -> str:
    """How a step of ``per`` (in ``word``) counts a part of it, as the text said (``flags`` of
    :func:`take_partial_steps` and normalise's ``ceilstep``): "ceil", "floor" or "" (in proportion; also a step of
    one); :class:`_Unreadable` naming both readings when the text does not say."""
    if per == ONE and not pct:
        return ""
    n = f"{fmt_decimal(per)}{'%' if pct else ''}"
    if f"ceilstep:{n}" in flags:
        return "ceil"
    if f"wholestep:{n}" in flags or "wholestep" in flags:
        return "floor"
    if f"propstep:{n}" in flags:
        return ""
    one = "1个百分点" if pct else f"1{word}"
    raise _Unreadable(fragment, f"“每少{fmt_decimal(per)}{word}”按每{fmt_decimal(per)}{word}一档扣分：不足一档的部分怎样算原文"
                                f"未写明——只算整档（少{one}不扣）与不足一档按一档算（少{one}即扣）得分不同，未作推测")


def step_settled(flags: set[str]) -> bool:
    """True when the text said how a part of a step counts (a flag of :func:`take_partial_steps`)."""
    return any(f == "wholestep" or f.startswith(("wholestep:", "propstep:")) for f in flags)


def steps_taken_up(rule: Rule, flags: set[str]) -> bool:
    """True when every step size the text's statements name ("不足2场的不扣分": 2) is a step of ``rule`` (a step of
    several; "只算整档" names none), so no statement is dropped unused.

    >>> from jixiao.rules.grammar import parse_rule
    >>> steps_taken_up(parse_rule(">=10: W; <10: W - 1 per 2 floor"), {"wholestep:2"})
    True
    >>> steps_taken_up(parse_rule(">=60%: W; <60%: W - 1 per 10% floor"), {"wholestep:2"})
    False
    """
    steps = {fmt_decimal(c.outcome.unit.value * HUNDRED) + "%" if c.outcome.unit.pct else fmt_decimal(c.outcome.unit.value)
             for c in rule.clauses if isinstance(c.outcome, Linear) and c.outcome.unit.value != ONE}
    named = {f.split(":", 1)[1] for f in flags if f.startswith(("wholestep:", "propstep:"))}
    return bool(steps) and named <= steps


def proportional_steps(rule: Rule, text: str) -> bool:
    """True when every "不足N…按比例" of ``text`` is a step of N that ``rule`` scores in proportion (no rounding): the
    按比例 the guard looks for (guard.refuse_scoring_notes) is then in the rule.

    >>> from jixiao.rules.grammar import parse_rule
    >>> proportional_steps(parse_rule(">=10: W; <10: W - 1 per 2"), "不少于10场,每少2场扣1分,不足2场的按比例扣分")
    True
    >>> proportional_steps(parse_rule(">=10: W; <10: W - 1 per 2 floor"), "…每少2场扣1分,不足2场的按比例扣分")
    False
    """
    steps = {(c.outcome.unit.value * (HUNDRED if c.outcome.unit.pct else ONE)) for c in rule.clauses
             if isinstance(c.outcome, Linear) and not c.outcome.rounding}
    found = [Decimal(m["n"]) for m in _PROP_RE.finditer(text)]
    return bool(found) and all(n in steps for n in found)
