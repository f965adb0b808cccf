"""Recognisers (r10, issue 11): a base score then a bonus per step above it, and a deduction per step of a rate.

**A base, then a bonus** — "<50个不得分;达到50个得5分,此基础上每增加1个加0.1分" (fresh22 AI8-1): below the threshold
nothing, at it the base, above it the bonus for every step, up to the 分值 — written down from where the 分值 is
reached (50 + (10 − 5) ÷ 0.1 = 100): ``<50: 0; =50: 5; >=100: W; <100: W - 0.1 per 1``. Read only when the base is
below the 分值, the text says what scores below the threshold (不得分), the bonus reaches the 分值 in whole steps and a printed cap (最高N分) is the 分值. A step of 1 (个, 家,
1个百分点) is continuous as the other steps; a step of more (每增加2家) counts whole steps only (``ceil`` from the
top), as "每减少5%扣1分" does.

>>> from decimal import Decimal
>>> str(read_base_bonus("<50个不得分;达到50个得5分,此基础上每增加1个加0.1分。", Decimal(10)))
'<50: 0; =50: 5; >=100: W; <100: W - 0.1 per 1'
>>> str(read_base_bonus("不足20家不得分;达到20家得3分,在此基础上每增加2家加0.5分。", Decimal(6)))
'<20: 0; =20: 3; >=32: W; <32: W - 0.5 per 2 ceil'
>>> str(read_base_bonus("<60%不得分;达到60%得6分,此基础上每增加1个百分点加0.1分。", Decimal(10)))
'<60%: 0; =60%: 6; >=100%: W; <100%: W - 0.1 per 1%'
>>> read_base_bonus("<5个不得分;达到5个得5分,此基础上每增加1个加0.3分。", Decimal(10)) is None  # 5 ÷ 0.3 steps: not whole
True
>>> read_base_bonus("<50个不得分;达到50个得12分,此基础上每增加1个加0.1分。", Decimal(10)) is None  # base above 分值
True
>>> read_base_bonus("<50个不得分;达到50个得5分,此基础上每增加1个加0.1分,最高得8分。", Decimal(10)) is None  # cap ≠ 分值
True

**A deduction per step of a rate, from 0** — "每增0.01次/車,扣5分" (fresh22 AI1-1): the value is the rate itself (次/车,
counted from 0) and every whole step of 0.01 costs 5: ``*: W - 5 per 0.01 floor``. The unit must be a rate (A/B) and
the sentence nothing else; "比上年每增…" (a step from last year) is no match.

>>> str(read_rate_steps("每增0.01次/车扣5分。", Decimal(50)))
'*: W - 5 per 0.01 floor'
>>> str(read_rate_steps("事故率每增加0.005人/车扣10分", Decimal(150)))
'*: W - 10 per 0.005 floor'
>>> read_rate_steps("比上年每增0.01次/车扣5分。", Decimal(50)) is None
True
>>> read_rate_steps("每增0.01次扣5分。", Decimal(50)) is None  # no rate (a count per what?)
True
"""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.rules.chinese._base import CONTINUOUS_PP_NOTE, NUM, dec
from jixiao.rules.chinese.lexicon import COUNT
from jixiao.rules.grammar import parse_rule
from jixiao.rules.model import Rule, fmt_decimal

#: the threshold's and the step's unit of a base bonus: every count word (r12), or money ("达到2000万元得5分,此基础上每增加
#: 100万元加0.2分", fresh22 AI8-7, r24 — the two must be the same unit; the value is written bare)
_BASE_UNITS = rf"(?:万元|亿元|元|{COUNT})"

#: "<50个不得分;达到50个得5分,此基础上每增加1个加0.1分" (the text is normalised: full-width punctuation is ASCII)
_BASE_BONUS_RE = re.compile(
    rf"^(?:<|不足|低于|少于)(?P<lo>{NUM})(?P<lu>%|{_BASE_UNITS})?(?:的)?[,]?不得分[;,]"
    rf"(?:达到|达)(?P<n>{NUM})(?P<nu>%|{_BASE_UNITS})(?:的)?[,]?(?:得|计|记)(?P<b>{NUM})分[;,]"
    rf"(?:(?:在)?此基础上|超过部分|超出部分|以上部分)?[,]?每(?:增加|增|多|提高)(?P<s>{NUM})(?P<su>个百分点|%|{_BASE_UNITS})"
    rf"[,]?(?:加|增加|加计)(?P<p>{NUM})分"
    rf"(?:[,;](?:最高|最多|上限|封顶)(?:得|为|加到|可得)?(?P<cap>{NUM})分)?[。;]?$")


def read_base_bonus(norm: str, weight: Decimal | None) -> Rule | None:
    """``<n: 0; =n: B; >=top: W; [n,top): W - P per S`` for a base at a threshold and a bonus per step above it, or ``None``."""
    m = _BASE_BONUS_RE.match(norm.strip())
    if m is None or weight is None:
        return None
    pct = m["nu"] == "%"
    if m["lo"] != m["n"] or (m["lu"] or m["nu"]) != m["nu"]:
        return None  # "<50个不得分;达到60个得5分": a gap or an overlap between the two, never guessed
    if (m["su"] in ("个百分点", "%")) != pct or (not pct and m["su"] != m["nu"]):
        return None  # the step in another unit than the threshold
    base, bonus, step = dec(m["b"]), dec(m["p"]), dec(m["s"])
    if not 0 < base <= weight or bonus <= 0 or step <= 0:
        return None
    if m["cap"] is not None and dec(m["cap"]) != weight:
        return None  # a cap below (or above) the 分值: the rule language caps at the 分值 only
    steps = (weight - base) / bonus
    if steps != steps.to_integral_value() or steps < 1:
        return None  # the bonus does not land on the 分值 in whole steps: where it stops would be a guess
    u = "%" if pct else ""
    n = dec(m["n"])
    top = fmt_decimal(n + steps * step)
    whole = "" if step == 1 else " ceil"  # counted down from the top: a part of a step is a whole one
    return parse_rule(f"<{fmt_decimal(n)}{u}: 0; ={fmt_decimal(n)}{u}: {fmt_decimal(base)}; >={top}{u}: W; "
                      f"<{top}{u}: W - {fmt_decimal(bonus)} per {fmt_decimal(step)}{u}{whole}")


def base_bonus_notes(rule: Rule, weight: Decimal | None) -> list[str]:
    """What the reading means, for the reader's notes."""
    top = rule.clauses[-2].condition
    said = ["业绩值填达到的数量（或比率）：达到门槛得基础分，此基础上每多一档加所写的分，加到分值为止"
            f"（{str(top).lstrip('>=')} 及以上得分值，不超过分值）"]
    last = rule.clauses[-1].outcome
    if getattr(last, "rounding", None) == "ceil":
        said.append("只算整档：不满一档的部分不加分")
    elif rule.uses_percent:
        said.append(CONTINUOUS_PP_NOTE.replace("扣分", "加分").replace("扣一半", "加一半"))
    return said


#: "每增0.01次/车扣5分" / "交通事故率每增加0.005人/车扣10分" (normalised: "每增…,扣" is one fragment)
_RATE_STEPS_RE = re.compile(
    rf"^(?P<lead>[^\d,;。%比较上同]{{0,20}}?率)?每(?:增|增加|上升|提高|升高)(?P<s>{NUM})"
    rf"(?P<u>[次人起件例辆台]/[车辆台人户]|[次人起件例]/(?:万|百万|千)?(?:公里|车公里|人次))扣(?P<m>{NUM})分[。;]?$")


def read_rate_steps(norm: str, weight: Decimal | None) -> Rule | None:
    """``*: W - M per S floor`` for a deduction per step of a rate counted from 0, or ``None``."""
    m = _RATE_STEPS_RE.match(norm.strip())
    if m is None or weight is None or dec(m["s"]) <= 0 or dec(m["m"]) <= 0:
        return None
    return parse_rule(f"*: W - {fmt_decimal(dec(m['m']))} per {fmt_decimal(dec(m['s']))} floor")


def rate_steps_notes(rule: Rule, weight: Decimal | None) -> list[str]:
    """What the reading means, for the reader's notes (the value, its unit and the steps)."""
    out = rule.clauses[0].outcome
    step = fmt_decimal(out.unit.value)  # type: ignore[union-attr]
    return [f"业绩值填该比率本身（如 次/车 的数值，0.02 即每车0.02次），从0起算：每满{step}扣所写分数，"
            f"只算整档（不满{step}的部分不扣），扣完为止"]
