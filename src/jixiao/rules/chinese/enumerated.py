"""Recogniser: items listed with "、" that each carry their points, and a sentence saying each item
is scored on its own — "其中:提高灌溉水利用系数2分、新增和改善节水灌溉面积2分、…,每完成1项取得该项分数,
未完成项不得分" (S15-5, 上海市小型农田水利重点县 考评表). A checklist: each item is 是/否, the points
add up. Without the per-item sentence a "、" list may be levels (优秀10分、良好8分) — not this shape.
A stated count ("5项预期效益指标") must match the items, and the items must add up to the 分值.

>>> from decimal import Decimal

>>> r = read_enumerated("考查2项指标的完成情况,按实现程度计分。其中:甲2分、乙3分,每完成1项取得该项分数,"
...                     "未完成项不得分。", None, [])
>>> (r.kind, [(i.text, str(i.points)) for i in r.items])
('checklist', [('甲', '2'), ('乙', '3')])
>>> read_enumerated("其中:甲2分、乙3分,每完成1项取得该项分数。", Decimal(5), []).max_points
Decimal('5')
>>> read_enumerated("考查5项指标。其中:甲2分、乙3分,每完成1项取得该项分数。", None, []).kind  # 5 ≠ 2 items
'unreadable'
>>> read_enumerated("优秀10分、良好8分、一般6分", 10, []) is None
True
>>> read_enumerated("其中:甲2分、乙3分,每完成1项取得该项分数。", Decimal(6), []).kind  # 2 + 3 ≠ 6
'unreadable'
"""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.rules.chinese._base import NUM, ChecklistItem, Reading, dec, unreadable
from jixiao.rules.model import ZERO, fmt_decimal

_ITEM_RE = re.compile(rf"^(?P<t>[^、，,。；;:：\d]{{1,40}}?)(?P<p>{NUM})分$")

#: the sentence that makes the list a checklist: each completed item earns its own points
_EACH_DONE_RE = re.compile(r"^(?:每完成(?:1|一)项(?:取得|得|计)该项(?:分数|分值)|完成(?:1|一)项得(?:1|一)项(?:分数|分值)|"
                           r"按项计分|分项计分)$")
_NOT_DONE_RE = re.compile(r"^未完成(?:的)?(?:项|的项)?(?:不得分|不计分|得0分)$")

#: what may stand before the list: what is checked, and "按实现程度计分" (told by the items)
_PREFIX_RE = re.compile(r"^(?P<what>[^。；;\d]{0,40}?(?:(?P<n>\d{1,2})项[^。；;\d]{0,30})?)"
                        r"(?:[,，](?:按实现程度计分|按完成情况计分))?$")


def read_enumerated(norm: str, weight: Decimal | None, notes: list[str]) -> Reading | None:
    """A checklist reading of a "、" item list with a per-item sentence, or ``None``."""
    m = re.search(r"(?:^|[。；;])其中[:：]", norm)
    head, body = (norm[: m.start()], norm[m.end():]) if m else ("", norm)
    parts = [p for p in re.split(r"[,，。；;]", body) if p]
    if not parts:
        return None
    items_text = parts[0].split("、")
    tail = parts[1:]
    if len(items_text) < 2 or not tail or not any(_EACH_DONE_RE.match(t) for t in tail):
        return None
    if not all(_EACH_DONE_RE.match(t) or _NOT_DONE_RE.match(t) for t in tail):
        return None
    items: list[ChecklistItem] = []
    for it in items_text:
        im = _ITEM_RE.match(it)
        if im is None:
            return None
        items.append(ChecklistItem(im["t"], dec(im["p"])))
    understood = list(notes)
    pm = _PREFIX_RE.match(head.strip("。；;，, "))
    if head.strip() and pm is None:
        return unreadable(understood, [head], "分项列表前的文字")
    if pm is not None and pm["n"] is not None and int(pm["n"]) != len(items):
        return unreadable(understood, [head], f"写明{pm['n']}项，列出的是{len(items)}项")
    total = sum((i.points for i in items), ZERO)
    if weight is not None and total != weight:
        return unreadable(understood, [parts[0]], f"分项合计{fmt_decimal(total)}分，与分值{fmt_decimal(weight)}不符")
    if head.strip():
        understood.append(f"考核内容：{head.strip('。；;，, ')}")
    understood.append("各项分别判断是否完成，完成的得该项分数、相加（分项清单）")
    for i in items:
        understood.append(i.note())
    understood.append(f"合计最高 {fmt_decimal(total)} 分")
    return Reading(None, "checklist", understood, [], items, total)
