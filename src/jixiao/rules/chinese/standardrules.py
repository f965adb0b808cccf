"""Recogniser: the wording of the national 评价标准 (GB/T 50378 绿色建筑, GB/T 51356 绿色校园 …) — a heading that states
the 总分值 and that the numbered rules below are scored each and added up, then the rules, one a line (r87, issue 11):

    评价总分值为10分,按下列规则分别评分并累计:
    1 学校制定中长期绿色校园教育与推广规划,得5分;
    2 在绿色教育与推广的中长期规划框架内,校内各部门有明确目标、实施计划及相应的保障措施,得5分。   (fresh85 CS3-1)

"分别评分并累计" says the rules are items that add up (5 + 5 = 10): each rule is a requirement met or not, its points
printed once at its end ("，得N分"). The clause reader sees the heading as a definition with the first rule inside it.

Read only when the heading's 总分值 is the row's 分值, the rules are numbered 1, 2, 3 … (a number then a space, "1 ", or
"1." / "1、"), each ends with its one "得N分" and holds no other points, deduction or bonus (a rule with two "得N分" is
levels inside one rule: "达到30%,得3分;达到50%,得5分" — GB/T 50378 prints such), and the points add up to the
总分值. "按下列规则评分" without 累计 (GB/T 50378: often levels to pick one of) is not this shape. Else ``None``.

>>> from decimal import Decimal
>>> r = read_standard_rules("评价总分值为10分,按下列规则分别评分并累计:\\n1 学校制定规划,得5分;\\n2 各部门有明确目标,得5分。",
...                         Decimal(10))
>>> [(i.text, str(i.points)) for i in r.items]
[('学校制定规划', '5'), ('各部门有明确目标', '5')]
>>> read_standard_rules("评价总分值为10分,按下列规则评分:\\n1 学校制定规划,得5分;\\n2 各部门有明确目标,得10分。", Decimal(10))
"""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.rules.chinese._base import NUM, ChecklistItem, Reading, dec
from jixiao.rules.chinese.normalise import to_simplified
from jixiao.rules.model import ZERO, fmt_decimal

#: the heading: "(本条)评价总分值为10分,(并)按下列规则分别评分并累计:" — the rules below add up
_HEADING_RE = re.compile(rf"^\s*(?:本条)?(?:评价)?总?分值为\s*(?P<n>{NUM})\s*分\s*[,，;；]?\s*(?:并)?\s*"
                         r"按(?:下列|以下|如下)规则(?:分别)?评分\s*[,，]?\s*(?:并|且)?\s*(?:得分)?累计\s*[:：]\s*")
#: where a numbered rule starts: at the start of the body or after a stop or line break, "1 " / "1." / "1、" (not "1.5")
_RULE_NO_RE = re.compile(r"(?:^|(?<=[;；。\n]))\s*(?P<no>\d{1,2})(?:[ \t\u3000]+|[.．、](?!\d)\s*)")
#: one rule: its requirement, then its points once at its end
_RULE_RE = re.compile(rf"(?P<req>[^\n]{{2,200}}?)\s*[,，]?\s*得\s*(?P<p>{NUM})\s*分\s*[;；。.]?\s*")
#: no other points, deduction, bonus or cap inside a requirement ("分项计量" is no points)
_NOT_A_REQUIREMENT_RE = re.compile(r"\d\s*分|[一二两三四五六七八九十]分(?![项类级期批])|得分|满分|扣|加分|减分|最高|最多|不超过|封顶")

HEADING_NOTE = "标题“评价总分值为{n}分，按下列规则分别评分并累计”：各条分别计分、得分相加（累加项），总分值即分值"


def read_standard_rules(text: str, weight: Decimal | None) -> Reading | None:
    """The numbered rules under a "分别评分并累计" heading as a checklist (see the module); else ``None``."""
    simple = to_simplified(text)
    head = _HEADING_RE.match(simple) if weight is not None and len(simple) == len(text) else None
    if head is None or dec(head["n"]) != weight:
        return None
    body, simple_body = text[head.end():].rstrip(), simple[head.end():].rstrip()
    starts = list(_RULE_NO_RE.finditer(simple_body))
    if len(starts) < 2 or starts[0].start() != 0 or [int(m["no"]) for m in starts] != list(range(1, len(starts) + 1)):
        return None
    items: list[ChecklistItem] = []
    for m, nxt in zip(starts, [*starts[1:], None], strict=True):
        end = nxt.start() if nxt is not None else len(simple_body)
        rule = _RULE_RE.fullmatch(simple_body, m.end(), end)
        if rule is None or _NOT_A_REQUIREMENT_RE.search(rule["req"]) or dec(rule["p"]) <= 0:
            return None
        items.append(ChecklistItem(body[rule.start("req"): rule.end("req")].strip(" ,，"), dec(rule["p"])))
    total = sum((i.points for i in items), ZERO)
    if total != weight:
        return None
    understood = [HEADING_NOTE.format(n=fmt_decimal(weight)), *(i.note() for i in items), f"合计最高 {fmt_decimal(total)} 分"]
    return Reading(None, "checklist", understood, [], items, total)


__all__ = ["HEADING_NOTE", "read_standard_rules"]
