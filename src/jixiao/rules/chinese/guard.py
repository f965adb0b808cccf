"""All or nothing: a fragment that awards or deducts points is never a note, and every "N分" of
the text must be a number the reading uses — otherwise the reading is refused, naming the clause.

>>> from jixiao.rules.chinese import read_rule_text
>>> read_rule_text("≥95%得5分，得3分", 5).kind  # "得3分" belongs to no band: refused
'unreadable'
"""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.rules.chinese._base import NUM, Reading, ReadingContext, _dec, _Unreadable
from jixiao.rules.chinese.normalise import PROP_TOKEN, WX_TOKEN, _normalise_chars
from jixiao.rules.model import (
    ZERO,
    Linear,
    Points,
    Rule,
)

#: words that award or deduct points: a fragment holding one is never a mere note
_SCORING_RE = re.compile(rf"{NUM}分(?!钟|之)|满分|不得分|[计记扣]分|得分|按比例|{re.escape(PROP_TOKEN)}|"
                         rf"{re.escape(WX_TOKEN)}|[×*]|分值|权重分|"
                         # a score computed from a share: "按完成百分比计算得数" (fresh5 Q19-1)
                         r"得数|计算得|按[^，。；]{0,12}(?:百分比|比例|比重|占比)")


def _describe(understood: list[str], q: str) -> None:
    """Record a fragment as a note that carries no points — or refuse it if it does.

    >>> try:
    ...     _describe([], "低于90%的〔WX〕")
    ... except _Unreadable as e:
    ...     print(e.why)
    这一条计分，但未能读成规则的一部分（不能当作说明略过）
    """
    if _SCORING_RE.search(q):
        raise _Unreadable(q, "这一条计分，但未能读成规则的一部分（不能当作说明略过）")
    understood.append(f"说明（不参与计分）：{q}")


#: longer texts are refused outright (a 评分标准 cell is a few hundred characters)
MAX_RULE_TEXT = 2000


#: a number of points as printed: "5分", "0.5 分", "(1分)"; not 分钟 / 分之 / 百分点
_POINTS_NUM_RE = re.compile(r"(?<![\d.])(\d+(?:\.\d+)?)分(?!钟|之|位|数|制(?!度))")


def _rule_point_values(rule: Rule, weight: Decimal | None, capped: bool = False) -> set[Decimal]:
    """Every number of points a rule can state: fixed points, starts, steps, and W."""
    vals: set[Decimal] = set()
    if weight is not None:
        vals.add(weight)
    for c in rule.clauses:
        out = c.outcome
        amounts = [out.amount] if isinstance(out, Points) else (
            [out.start, out.step] if isinstance(out, Linear) else [])
        for a in amounts:
            if not a.of_weight:
                vals.add(a.coef.value)
            elif weight is not None:
                vals.add(a.coef.value * weight)
    # a capped deduction ("最多扣3分") shows as start − floor points: the cap is their difference
    starts = [c.outcome.start.points(weight) for c in rule.clauses
              if isinstance(c.outcome, Linear) and weight is not None]
    fixed = [c.outcome.amount.points(weight) for c in rule.clauses
             if isinstance(c.outcome, Points) and weight is not None]
    if capped:
        vals.update(s - f for s in starts for f in fixed if s > f)
    return vals


def _guard_points(reading: Reading, text: str, weight: Decimal | None,
                  ctx: ReadingContext) -> Reading:
    """All or nothing: every "N分" of the text is a number the reading uses, else refused.

    A rule that drops a clause awarding or deducting points would score some values wrongly;
    the clause holding the unused number is named. Judgement and refused readings pass as they are.
    """
    if reading.kind in ("judgement", "unreadable"):
        return reading
    if reading.rule is not None:
        used = _rule_point_values(reading.rule, weight, bool(re.search(r"(?:最多|最高)(?:扣|扣除)|扣[满完]\d", text)))
        # a flat deduction read as a level (W − N): N is used; "每完成1个百分点得0.1分" read as W × x: 0.1 is
        for note in reading.understood:
            if note.startswith(("扣分情形", "计分单位")):
                used.update(_dec(x) for x in _POINTS_NUM_RE.findall(note))
    else:
        used = {i.points for i in reading.items}
        used.add(sum(used, ZERO))
        for note in reading.understood:  # deductions inside an item are judged with the item; an item made of parts
            if note.startswith(("分项内扣分", "分项构成")):
                used.update(_dec(x) for x in _POINTS_NUM_RE.findall(note))
        if weight is not None:
            used.add(weight)
    norm = _normalise_chars(text)
    for m in _POINTS_NUM_RE.finditer(norm):
        n = _dec(m.group(1))
        if n in used or n == 0:
            continue
        start = max(norm.rfind(ch, 0, m.start()) for ch in "，,。；;\n") + 1
        end = min([i for i in (norm.find(ch, m.end()) for ch in "，,。；;\n") if i >= 0] or [len(norm)])
        clause = norm[start:end] or m.group(0)
        return Reading(None, "unreadable",
                       [*reading.understood,
                        f"未能读懂“{clause}”：其中的“{m.group(0)}”没有用在读出的规则里"
                        "（读出的规则会漏掉这一条计分），未作推测"],
                       [clause], context_out=reading.context_out)
    return reading
