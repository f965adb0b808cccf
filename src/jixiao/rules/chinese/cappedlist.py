"""A list of failings each worth the same deduction, under a smaller cap on what is deducted (r52, issue 11 item 3).

"存放无序扣5分;未及时归档扣5分,最多扣5分" (10) and "工作计划、工作目标、工作措施不明确的,每少1项扣2分,最多扣4分" (6) were read
as checklists and refused (guard.refuse_capped_checklist, r50): a checklist in the rule language adds its items up and
has no cap. When every failing costs the same p, the row is a count of the listed failings that occur, n, and the
cap is the language's own deduction cap: W − min(cap, p·n), written ``>k: W − cap; *: W - p per 1`` with k = ⌊cap ÷ p⌋
(as "每发现一处扣2分,最多扣4分" reads). Read only when the failings add up to the 分值 (the list is the whole row) and
the cap closes the text (a cap in the middle may cap one list only); failings worth different points stay refused.

>>> from jixiao.rules.chinese import read_rule_text
>>> read_rule_text("存放无序扣5分;未及时归档扣5分,最多扣5分", 10).canonical
'>1: 5; *: W - 5 per 1'
>>> read_rule_text("工作计划、工作目标、工作措施不明确的,每少1项扣2分,最多扣4分", 6).canonical
'>2: 2; *: W - 2 per 1'
>>> read_rule_text("存放无序扣5分;未及时归档扣3分,最多扣5分", 8).kind  # worth different points: refused as before
'unreadable'
"""

from __future__ import annotations

import re
from decimal import ROUND_FLOOR, Decimal

from jixiao.rules.chinese._base import NUM, Reading, dec
from jixiao.rules.chinese.normalise import _normalise_chars
from jixiao.rules.grammar import parse_rule
from jixiao.rules.model import fmt_decimal

#: the cap on what is deducted closing the text: "…,最多扣5分。" / "…,扣满4分为止"
_CAP_AT_END_RE = re.compile(rf"(?:(?:最多|最高)扣({NUM})分(?:为止)?|扣(?:满|完)({NUM})分为?止)[。；;.\s]*$")


def read_capped_failings(failings: list[tuple[str, Decimal]], weight: Decimal, notes: list[str],
                         text: str) -> Reading | None:
    """The count reading of ``failings`` (each a description and its deduction, adding up to ``weight``) under the cap
    closing ``text``; ``None`` when there is no cap there, it is not below the 分值, or the deductions differ."""
    cap_m = _CAP_AT_END_RE.search(_normalise_chars(text))
    if cap_m is None:
        return None
    cap = dec(cap_m[1] or cap_m[2])
    points = {p for _, p in failings}
    if len(points) != 1 or not Decimal(0) < cap < weight:
        return None
    p = points.pop()
    k = (cap / p).to_integral_value(rounding=ROUND_FLOOR)
    rule = parse_rule(f">{fmt_decimal(k)}: {fmt_decimal(weight - cap)}; *: W - {fmt_decimal(p)} per 1")
    listed = "；".join(d for d, _ in failings)
    understood = [*notes,
                  f"业绩值为所列{len(failings)}种情形中出现的个数（{listed}）：每出现一种扣{fmt_decimal(p)}分",
                  f"最多扣{fmt_decimal(cap)}分：出现{fmt_decimal(k + 1)}种及以上得{fmt_decimal(weight - cap)}分"]
    return Reading(rule, "rule", understood, [], [], weight)
