"""Recognisers: qualitative levels (完成/部分完成/未完成; 好/较好/一般/差; 健全/基本健全/不健全;
充分:3分;一般:1.5分;没有:0分), conditional levels (无结余3分；有结余但不超过上年结转2分；…) and
cumulative items (制度健全得2分，执行有效得3分 → 2 + 3).

>>> from jixiao.rules.chinese import read_rule_text
>>> read_rule_text("全部完成得满分，部分完成得一半分，未完成不得分", 6).canonical
'"全部完成": W; "部分完成": 50%W; "未完成": 0'
>>> read_rule_text("充分:3分;一般:1.5分;没有:0分", 3).canonical
'"充分": 3; "一般": 1.5; "没有": 0'
>>> r = read_rule_text("制度健全得2分，执行有效得3分", 5)
>>> (r.kind, str(r.max_points))
('checklist', '5')
"""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.rules.chinese._base import (
    ZERO,
    ChecklistItem,
    Reading,
    _amount_zh,
    _Clause,
    _outcome_points,
)
from jixiao.rules.grammar import parse_rule
from jixiao.rules.model import (
    Any_,
    Clause,
    Points,
    Rule,
    Text,
    fmt_decimal,
)

#: a level on a scale: 完成 / 部分完成 / 未完成, 达成 / 部分达成, 好 / 较好 / 一般 / 差, 健全 / 基本健全
_LEVEL_STEMS = (r"完成|达成|达到|实现|满足|达标|合格|及时|健全|齐全|规范|合理|到位|有效|明显|显著|符合|"
                r"充分|明确|相符|清晰|完整|准确|好|优|优秀|良|良好|中|中等|一般|差|较差|高|较高|低")


_LEVEL_RE = re.compile(
    rf"^(?:(?:全部|完全|全面|基本|部分|大部分|较|比较|很|非常|不|未|没有|无|已|按时|按期|如期)?(?:{_LEVEL_STEMS})"
    rf"|没有|无|(?:{_LEVEL_STEMS})程度(?:高|较高|一般|低))$")


#: descriptions that exclude each other (无结余 / 有结余但不超过上年结转 / 结余超过上年结转)
_ALTERNATIVE_RE = re.compile(r"^(?:无|有|未|不|没有)|但|超过|低于|高于|不超过|不足|以上|以下")


def _read_levels(clauses: list[_Clause], understood: list[str]) -> Rule | None:
    """Qualitative levels: every clause names a level, the value is that level's word.

    "全部完成得满分，部分完成得一半分，未完成不得分" → ``"全部完成": W; "部分完成": 50%W; "未完成": 0``;
    "无结余3分；有结余但不超过上年结转2分；结余超过上年结转不得分" → one text clause per level.
    No catch-all unless the text says 否则: any other value is a gap, never a silent 0.
    The lone 符合 / 不符合 pair stays a pass/fail reading (``"符合": W; *: 0``).
    """
    named = [(c.cond[5:], c) for c in clauses
             if isinstance(c.cond, str) and c.cond.startswith("qual:") and isinstance(c.outcome, Points)]
    others = [c for c in clauses if not (isinstance(c.cond, str) and c.cond.startswith("qual:"))]
    if len(named) < 2 and not (len(named) == 1 and others):
        return None
    if any(not isinstance(c.outcome, Points) or c.cond != "else" for c in others):
        return None
    names = [n for n, _ in named]
    if not all(n and "；" not in n for n in names) or len(set(names)) != len(names):
        return None
    if {n.lstrip("不") for n in names} == {"符合"}:
        return None
    words = all(_LEVEL_RE.match(n) for n in names)
    if not words and len(names) >= 2 and all(_LEVEL_RE.match(n) for n in names[1:]):
        # "财务会计制度健全的得10分，基本健全的得6分": the first level carries the description
        stem = next((names[0][-k:] for k in (4, 3, 2, 1) if len(names[0]) > k
                     and _LEVEL_RE.match(names[0][-k:])), None)
        if stem is not None and stem not in names[1:]:
            understood.append(f"“{names[0]}”按等级“{stem}”填写")
            named[0] = (stem, named[0][1])
            names[0] = stem
            words = True
    positive = [c for _, c in named if c.outcome.amount.coef.value != 0]  # type: ignore[union-attr]
    # short alternatives only: a long description per level is a judgement scale (003 匹配性)
    alternatives = (len(positive) >= 2 and all(_ALTERNATIVE_RE.search(n) for n in names[1:])
                    and all(len(n) <= 12 for n in names))
    if words and len(positive) == 1 and not [c for _, c in named if c not in positive]:
        return None  # "完成得满分，否则不得分": the pass/fail reading ("符合": W; *: 0)
    if not (words or alternatives):
        return None
    parts = [Clause(Text(n), c.outcome) for n, c in named]
    for n, c in named:
        understood.append(f"业绩值为“{n}” → 得{_amount_zh(c.outcome.amount)}")  # type: ignore[union-attr]
    for c in others:
        parts.append(Clause(Any_(), c.outcome))
        understood.append(f"其他 → 得{_amount_zh(c.outcome.amount)}")  # type: ignore[union-attr]
    if not others:
        understood.append("业绩值须填上面的等级之一，填其他内容时报“规则有缺口”")
    return parse_rule(str(Rule(tuple(parts))))


def _read_cumulative(pos: list[_Clause], zero: list[_Clause], weight: Decimal | None,
                     understood: list[str]) -> Reading | None:
    """Cumulative items: "制度健全得2分，执行有效得3分" is worth 2 + 3, each judged on its own."""
    if len(pos) < 2 or zero:
        return None
    names = [str(c.cond)[5:] for c in pos]
    if any(not n or _LEVEL_RE.match(n) or _ALTERNATIVE_RE.search(n) for n in names):
        return None
    items = []
    for n, c in zip(names, pos, strict=True):
        pts = _outcome_points(c.outcome, weight)
        if pts is None:
            return None
        items.append(ChecklistItem(n, pts))
    understood.append("各条分别计分、得分相加（累加项）")
    for i in items:
        understood.append(f"分项：{i.text} — {fmt_decimal(i.points)}分")
    total = sum((i.points for i in items), ZERO)
    understood.append(f"合计最高 {fmt_decimal(total)} 分")
    return Reading(None, "checklist", understood, [], items, total)
