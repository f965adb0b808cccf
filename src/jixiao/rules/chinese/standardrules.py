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

from jixiao.rules.chinese._base import NUM, ChecklistItem, Reading, dec, described
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

#: the heading as pages flatten it (r89: fresh87 CU1-3, CU2-2, CU3-1): the row's title before it, any stop, comma or space
#: between its parts ("评价总分值为20分 按下列规则分别评分并累计。"), no colon — 分别 and 累计 both printed
_LOOSE_HEADING_RE = re.compile(rf"^(?P<title>[^\n\d]{{0,60}}?)[\s,，.。、;；]*(?:本条)?评价总?分值为\s*(?P<n>{NUM})\s*分"
                               r"[\s,，.。、;；]*(?:并)?\s*按(?:下列|以下|如下)规则分别评分\s*[,，]?\s*(?:并|且)?\s*(?:得分)?累计"
                               r"[\s:：,，.。、;；]*")
#: a rule's number as pages garble it, at the place the rule before ended: "1、" "2," "3。" "4." "1 " (never "1.5", "1、0")
_LOOSE_NO = r"{k}(?:\s*[、,，。.．:：](?!\d)|\s+)\s*"
#: a rule's end: any stop before its points, "得N分", any stop after them
_POINTS_END_RE = re.compile(rf"[\s,，、.。;；]*得\s*(?P<p>{NUM})\s*分(?:[\s;；。.,，、]+|$)")

HEADING_NOTE = "标题“评价总分值为{n}分，按下列规则分别评分并累计”：各条分别计分、得分相加（累加项），总分值即分值"


def _loose_rules(body: str) -> list[tuple[int, int, Decimal]] | None:
    """The rules of a flattened body, each (start, end of its requirement, points), read one after another: rule k
    starts with k where rule k − 1 ended at its "得N分" — so "1、0" or "1,5" inside a requirement (a decimal the page
    garbled) is never taken for a number. ``None`` unless the whole body is so read.

    >>> _loose_rules("1、获得认定。得8分。2,损耗率降低至1、0 得4分、3、减少损耗。得4分")
    [(2, 6, Decimal('8')), (13, 22, Decimal('4')), (29, 33, Decimal('4'))]
    >>> _loose_rules("1、比例达到30%,得3分;达到50%,得5分。2、有制度,得5分") is None  # levels inside rule 1
    True
    """
    out: list[tuple[int, int, Decimal]] = []
    pos = 0
    while pos < len(body):
        no = re.compile(_LOOSE_NO.format(k=len(out) + 1)).match(body, pos)
        end = _POINTS_END_RE.search(body, no.end()) if no is not None else None
        if no is None or end is None or end.start() - no.end() < 2:
            return None
        out.append((no.end(), end.start(), dec(end["p"])))
        pos = end.end()
    return out


def read_standard_rules(text: str, weight: Decimal | None) -> Reading | None:
    """The numbered rules under a "分别评分并累计" heading as a checklist (see the module); else ``None``.

    The heading and the numbers as pages flatten them (r89, fresh87 CU1-3/CU2-2/CU3-1: the row's title before the heading,
    "。" "," "、" or a space between its parts and between the rules, "1," "2。" as numbers):

    >>> r = read_standard_rules("减少噪声 评价总分值为4分 并按下列规则分别评分并累计.1 布局合理、得2分。2。使用率不小于50。得2分",
    ...                         Decimal(4))
    >>> [(i.text, str(i.points)) for i in r.items], r.understood[0]
    ([('布局合理', '2'), ('使用率不小于50', '2')], '考核内容（不参与计分）：减少噪声')
    """
    simple = to_simplified(text)
    head = _HEADING_RE.match(simple) if weight is not None and len(simple) == len(text) else None
    if head is None and weight is not None and len(simple) == len(text):
        return _read_loose(text, simple, weight)
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


def _read_loose(text: str, simple: str, weight: Decimal) -> Reading | None:
    head = _LOOSE_HEADING_RE.match(simple)
    if head is None or dec(head["n"]) != weight:
        return None
    body, simple_body = text[head.end():].rstrip(), simple[head.end():].rstrip()
    rules = _loose_rules(simple_body)
    if rules is None or len(rules) < 2:
        return None
    items = [ChecklistItem(body[a:b].strip(" ,，、.。"), p) for a, b, p in rules]
    if any(_NOT_A_REQUIREMENT_RE.search(simple_body[a:b]) or p <= 0 for a, b, p in rules) \
            or sum((i.points for i in items), ZERO) != weight:
        return None
    title = text[: head.end("title")].strip(" ,，.。、;；")
    understood = [*([described(title, "考核内容")] if title else []), HEADING_NOTE.format(n=fmt_decimal(weight)),
                  *(i.note() for i in items), f"合计最高 {fmt_decimal(weight)} 分"]
    return Reading(None, "checklist", understood, [], items, weight)


__all__ = ["HEADING_NOTE", "read_standard_rules"]
