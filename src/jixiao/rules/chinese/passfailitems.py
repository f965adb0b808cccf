"""Recogniser: several pass/fail items, one per sentence, each "…得N分，否则/未完成不得分" — "全部完成
发放补贴面积得5分,未完成不得分;全部完成补贴资金下发得5分,未完成不得分" (耕地地力保护补贴 评分细则) or with
a label first: "城市污水处理厂建设3分,当年应建成投运的…已建成投运的得3分,否则得0分。垃圾处理场建设3分,…"
(环境保护目标责任书 计分方法). Each item is judged on its own and the points add up (a checklist);
read only when there are two or more and they add up to the row's 分值 (both found in fresh3 and
added after its one run: tuned-on).

>>> from decimal import Decimal
>>> r = read_pass_fail_items("甲完成得5分,未完成不得分;乙完成得5分,未完成不得分。", Decimal(10))
>>> (r.kind, [(i.text, str(i.points)) for i in r.items])
('checklist', [('甲完成', '5'), ('乙完成', '5')])
>>> read_pass_fail_items("甲完成得5分,未完成不得分;乙完成得5分,未完成不得分。", Decimal(5)) is None
True
>>> read_pass_fail_items("项目按计划开工得1分,未按计划开工不得分;按计划完工得1分,未按计划完工不得分", Decimal(2)).kind
'checklist'
>>> read_pass_fail_items("甲完成得5分,未完成不得分。", Decimal(5)) is None  # one item: a pass/fail rule
True
"""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.rules.chinese._base import NUM, ChecklistItem, Reading, dec
from jixiao.rules.model import ZERO, fmt_decimal

_ITEM_RE = re.compile(
    rf"^(?:(?P<label>[^,，;；。\d]{{2,20}}?)(?P<lp>{NUM})分[,，])?(?P<what>[^;；。]{{2,80}}?)(?:的)?"
    # the failing clause: 否则 or a short negated phrase ("未完成", "未按计划开工", i11d)
    rf"[得计记](?P<p>{NUM})分[,，](?:否则|(?:未|没有|不|无)[^,，;；。\d分]{{0,20}}?)(?:的)?[,，]?(?:得0分|计0分|不得分|不计分)$")


#: a failing clause written as its own sentence after its item: "…的，得2分；未开展的，不得分；…" (fresh7 T4-5)
_FAILING_ONLY_RE = re.compile(r"^(?:否则|(?:未|没有|不|无)[^,，;；。\d分]{0,20}?)(?:的)?[,，]?(?:得0分|计0分|不得分|不计分)$")

#: an item with no failing clause beside items that have one: "开展节能技改采用合同能源方式的，得2分"
_BARE_ITEM_RE = re.compile(rf"^(?P<what>[^;；。\d]{{2,80}}?)(?:的)?[,，]?[得计记](?P<p>{NUM})分$")


def read_pass_fail_items(norm: str, weight: Decimal | None, notes: list[str] | None = None) -> Reading | None:
    """A checklist of pass/fail items (one per sentence), or ``None``.

    A failing clause may stand as its own sentence after its item, and an item may have none when
    another item has one (the same "…得N分" judged 是/否):

    >>> r = read_pass_fail_items("开展审计工作的,得2分;未开展的,不得分;措施已实施的,得6分;未开展的,不得分;"
    ...                          "采用合同能源方式的,得2分。", Decimal(10))
    >>> [str(i.points) for i in r.items]
    ['2', '6', '2']
    """
    if weight is None:
        return None
    sentences: list[str] = []
    for s in (x.strip() for x in re.split(r"[。；;]", norm)):
        if not s:
            continue
        if sentences and _FAILING_ONLY_RE.match(s) and not _FAILING_ONLY_RE.match(sentences[-1]):
            sentences[-1] = f"{sentences[-1]},{s}"
            continue
        sentences.append(s)
    if len(sentences) < 2:
        return None
    items = []
    failing = 0
    for s in sentences:
        if "每" in s:  # "召开…的,每次得0.5分" (fresh8 U8-1): points per time or item, never one 是/否 item
            return None
        m = _ITEM_RE.match(s)
        if m is None:
            b = _BARE_ITEM_RE.match(s)
            if b is None or _FAILING_ONLY_RE.match(s):
                return None
            items.append(ChecklistItem(b["what"].strip(), dec(b["p"])))
            continue
        failing += 1
        if re.search(r"\d", m["what"]):
            return None
        if m["lp"] is not None and dec(m["lp"]) != dec(m["p"]):
            return None
        items.append(ChecklistItem((m["label"] or m["what"]).strip(), dec(m["p"])))
    total = sum((i.points for i in items), ZERO)
    if total != weight or not failing:
        return None
    understood = [*(notes or []), "各句分别判断是否达到，达到的得该句分数、相加（分项清单）"]
    understood += [i.note() for i in items]
    understood.append(f"合计最高 {fmt_decimal(total)} 分")
    return Reading(None, "checklist", understood, [], items, total)
