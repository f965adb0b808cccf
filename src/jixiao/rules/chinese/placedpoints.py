"""Recogniser: checklists whose items carry their points in places the item reader (itemrules.py) does not take —
the points are moved to the end of their item ("…,得N分;") and the items are read by ``read_items_with_rules``, so
every check of that reader applies (names that are levels, own rules, the items adding up to the 分值). What is
moved (each a place a table prints an item's points, not a wording of one table):

* points alone after the item's stop, before the next item number or the end: "1.…每年至少召开2次会议;1分2.制定…
  计划.1分" (fresh26 AM1), "(1)…不少于40小时;(4分)(2)实行错时开放;(3分)…" (fresh26 AM11);
* a second item after the points inside one numbered item: "1.医院有控烟领导小组(2分),并职责明确(1分)",
  "有控烟考评奖惩办法(2分)并有记录(1分)", and — in a numbered list or under a "(共N分)" heading — "、" after the
  points: "医院有控烟计划(2分)、实施方案(2分)" (fresh27 AN3);
* a heading that states the 分值 before the items: "医院进行控烟宣传(共8分)展板…" (fresh27 AN3-6);
* two named things each worth the same: "建立和开发的各得2分" (fresh26 AM9-2);
* what the check rests on, after the items: "以实地察看和台账为依据" (a note), and "否则,不得分" said in two pieces.

The items must add up to the 分值, else refused, saying so.

>>> from decimal import Decimal
>>> r = read_placed_items("1.制定工作计划;1分2.按规定通报结果.1分", Decimal(2), [])
>>> [(i.text, str(i.points)) for i in r.items]
[('制定工作计划', '1'), ('按规定通报结果', '1')]
>>> read_placed_items("1.制定工作计划;1分2.按规定通报结果.1分", Decimal(3), []).understood[-1]
'未能读懂：各分项合计2分，与分值3分不符，未作推测'
"""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.rules.chinese._base import NUM, Reading, _dec
from jixiao.rules.chinese.checklist import NOT_BONUS
from jixiao.rules.chinese.itemrules import read_items_with_rules
from jixiao.rules.model import ZERO, fmt_decimal

#: an item number: "2." / "2、" / "(2)" / "2)"
_NUMBER = r"(?:\(\d{1,2}\)|\d{1,2}(?:[.、．)](?!\d)))"

#: points alone after the item's stop (";" "。" or a "." after a word), before the next item number or the end
_AFTER_STOP_RE = re.compile(rf"(?:[;；。]|(?<=[\u4e00-\u9fff)])\.)\s*\(?(?P<p>{NUM})分\)?\s*[。;；]?\s*(?={_NUMBER}|$)")

#: "(2)" after a stop: an item number the item reader takes as "2、"
_PAREN_NUMBER_RE = re.compile(r"(?<=[;；。])\((\d{1,2})\)")

#: bare points followed by "并…" inside one item: "有控烟考评奖惩办法2分并有记录1分"
_POINTS_THEN_AND_RE = re.compile(rf"(?<=[\u4e00-\u9fff)])(?<![得计记给赋为扣减每]){NOT_BONUS}(?P<p>{NUM})分[,，]?并")

#: bare points followed by "、" and the next item (only in a numbered list or under a "(共N分)" heading)
_POINTS_THEN_LIST_RE = re.compile(rf"(?<=[\u4e00-\u9fff)])(?<![得计记给赋为扣减每]){NOT_BONUS}(?P<p>{NUM})分、")

#: an item's points and own rule in brackets followed by "、" and the next item: "展板4处以上(4分,少1处扣1分)、标语1分"
_RULE_THEN_LIST_RE = re.compile(rf"(?P<b>\({NUM}分[,，][^()]*\))、")

#: a heading stating the 分值 before the items: "医院进行控烟宣传(共8分)"
_TOTAL_HEAD_RE = re.compile(rf"^(?P<what>[^()\d;；。,，]{{2,40}})\((?:共|计|合计)(?P<n>{NUM})分\)")

#: what the check rests on, after the items: "以实地察看和台账为依据。"
_EVIDENCE_RE = re.compile(r"[。;；]以(?P<what>[^。；;,，\d]{1,30}?)为(?:依据|准)[。.]?$")

#: two named things each worth the same: "建立和开发的各得2分"
_EACH_OF_TWO_RE = re.compile(rf"^(?P<a>[\u4e00-\u9fff]{{1,12}}?)(?:和|与|及)(?P<b>[\u4e00-\u9fff]{{1,12}}?)(?P<de>的?)"
                             rf"各(?:得|计)(?P<p>{NUM})分")

#: the item's points as the rewritten text states them (for the message when they do not add up)
_STATED_RE = re.compile(rf"(?:得|(?<=[\u4e00-\u9fff)])(?<![扣减每计记给赋为]){NOT_BONUS})(?<![\d.])(?P<p>{NUM})分(?=[;；。,，]|$)")


def place_points(norm: str, weight: Decimal | None) -> tuple[str, list[str]]:
    """The text with each item's points moved to the end of its item, and the notes of what was taken out.

    >>> place_points("1、每周开放时间不少于40小时;(4分)(2)实行错时开放;(3分)", Decimal(7))[0]
    '1、每周开放时间不少于40小时,得4分;2、实行错时开放,得3分;'
    >>> place_points("1.有领导小组2分,并职责明确1分;2.有计划2分、实施方案2分", Decimal(7))[0]
    '1.有领导小组2分,职责明确1分;2.有计划2分,实施方案2分'
    >>> place_points("制度健全2分、执行有效3分", Decimal(5))[0]  # not numbered, no total: "、" is not parted
    '制度健全2分、执行有效3分'
    """
    notes: list[str] = []
    text = norm.strip()
    em = _EVIDENCE_RE.search(text)
    if em is not None and em.start() > 0:
        notes.append(f"评分依据（不参与计分）：{em.group(0).strip('。.;；')}")
        text = text[: em.start() + 1]
    hm = _TOTAL_HEAD_RE.match(text)
    headed = hm is not None and weight is not None and _dec(hm["n"]) == weight
    if hm is not None and headed:
        notes.append(f"考核内容（不参与计分）：{hm['what']}（共{hm['n']}分）")
        text = text[hm.end():]
    text = _AFTER_STOP_RE.sub(lambda m: f",得{m['p']}分;", text)
    text = _PAREN_NUMBER_RE.sub(r"\1、", text)
    text = _POINTS_THEN_AND_RE.sub(lambda m: f"{m['p']}分,", text)
    numbered = len(re.findall(rf"(?:^|(?<=[;；。,，]))\d{{1,2}}[.、．](?!\d)", text)) >= 2
    if numbered or headed:
        text = _POINTS_THEN_LIST_RE.sub(lambda m: f"{m['p']}分,", text)
        text = _RULE_THEN_LIST_RE.sub(r"\g<b>,", text)
    text = re.sub(r"否则[,，]不得分", "否则不得分", text)
    text = _EACH_OF_TWO_RE.sub(lambda m: f"{m['a']}{m['de']}得{m['p']}分,{m['b']}{m['de']}得{m['p']}分", text)
    return text, notes


def read_placed_items(norm: str, weight: Decimal | None, notes: list[str]) -> Reading | None:
    """The items of ``norm`` with their points moved in place (``place_points``) read by the item reader: a
    checklist; an ``unreadable`` Reading when the points found do not add up to the 分值; ``None`` when nothing was
    moved or the text is no such items.

    >>> r = read_placed_items("建立和开发的各得2分,否则,不得分。以台账为依据。", Decimal(4), [])
    >>> [(i.text, str(i.points)) for i in r.items]
    [('建立的', '2'), ('开发的', '2')]
    >>> read_placed_items("优秀和良好的各得2分", Decimal(4), []) is None  # levels are no items
    True
    """
    if weight is None:
        return None
    placed, said = place_points(norm, weight)
    if placed == norm.strip():
        return None
    items = read_items_with_rules(placed, weight, [*notes, *said])
    if items is not None:
        if items.kind == "checklist":
            items.understood.insert(len(notes) + len(said), f"分项分数写在别处，按各项归位后读：{placed}")
        return items
    total = sum((_dec(m["p"]) for m in _STATED_RE.finditer(placed)), ZERO)
    if total and total != weight and (other := read_items_with_rules(placed, total, [])) is not None \
            and other.kind == "checklist":
        return Reading(None, "unreadable", [*notes, *said, f"未能读懂：各分项合计{fmt_decimal(total)}分，与分值"
                                            f"{fmt_decimal(weight)}分不符，未作推测"], [norm])
    return None
