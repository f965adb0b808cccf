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

from jixiao.rules.chinese._base import _CIRCLED, NUM, Reading, dec, described, unreadable
from jixiao.rules.chinese.checklist import NOT_BONUS, _read_checklist
from jixiao.rules.chinese.itemrules import read_items_with_rules
from jixiao.rules.model import ZERO, fmt_decimal

#: an item number: "2." / "2、" / "(2)" / "2)"
_NUMBER = r"(?:\(\d{1,2}\)|\d{1,2}(?:[.、．)](?!\d)))"

#: points alone after the item's stop (";" "。" or a "." after a word), before the next item number or the end
_AFTER_STOP_RE = re.compile(rf"(?:[;；。]|(?<=[\u4e00-\u9fff)])\.)\s*\(?(?P<p>{NUM})分\)?\s*[。;；]?\s*(?={_NUMBER}|$)")

#: bracketed points alone after a stop, before the next item's words (only when the last item's points come after it)
_AFTER_STOP_THEN_ITEM_RE = re.compile(rf"[;；。]\s*\((?P<p>{NUM})分\)\s*[;；。]?\s*(?=[\u4e00-\u9fff])")

#: "(2)" after a stop: an item number the item reader takes as "2、"
_PAREN_NUMBER_RE = re.compile(r"(?<=[;；。])\((\d{1,2})\)")

#: bare points ending one item inside a numbered item, before the next: "…领导小组2分,并职责明确1分", "…奖惩办法2分并有记录1分",
#: "…控烟计划2分、实施方案2分" ("、" only in a numbered list or under a "(共N分)" heading)
#: (r64: also the next step of a procedure, "然后": "③先注射皮下出现…皮丘改变(2分)然后自皮至胸膜层进行逐层麻醉(2分)", fresh73
#: CH6-2, a hospital skill-exam form — 然后 opens a step of its own, with its own points)
_POINTS_THEN_AND_RE = re.compile(rf"(?<=[\u4e00-\u9fff)])(?<![得计记给赋为扣减每]){NOT_BONUS}(?P<p>{NUM})分(?:[,，]?(?:并|且|同时|和|然后)|(?P<c>[,，]))")
_POINTS_THEN_LIST_RE = re.compile(rf"(?<=[\u4e00-\u9fff)])(?<![得计记给赋为扣减每]){NOT_BONUS}(?P<p>{NUM})分、")

#: one numbered item: its number, then its words up to the next number
_NUMBERED_ITEM_RE = re.compile(r"(?:^|(?<=[;；。]))(?P<n>\d{1,2}[.、．](?!\d))(?P<body>[^;；。]*)")

#: the first part of a numbered item that names what its other parts belong to: words with bare points
_SUBJECT_RE = re.compile(rf"^(?P<s>[^,，、\d()]{{2,30}}[\u4e00-\u9fff])(?<![得计记给赋为扣减每]){NOT_BONUS}{NUM}分$")


def _name_parts(body: str, numbered: bool, listed: bool) -> str:
    """One numbered item's parts, each with its points, named after its first part when that names a thing with
    bare points ("医院设有控烟巡查员2分,职责明确1分,并有培训记录2分" → "…巡查员2分,医院设有控烟巡查员：职责明确1分,
    医院设有控烟巡查员：有培训记录2分") — every part in a ``numbered`` item, else only a "并…" part; "、" after the
    points parts items only when ``listed``.

    >>> _name_parts("有奖惩办法2分并有记录1分", False, False)
    '有奖惩办法2分,有奖惩办法：有记录1分'
    >>> _name_parts("成立小组2分,部门参加1分,并有记录1分", False, False)  # not numbered: only "并…" belongs to the first
    '成立小组2分,部门参加1分,成立小组：有记录1分'
    >>> _name_parts("有计划2分、实施方案2分", False, False)
    '有计划2分、实施方案2分'
    """
    body = _POINTS_THEN_AND_RE.sub(lambda m: f"{m['p']}分," + ("" if m["c"] else "\0"), body)
    if listed:
        body = _POINTS_THEN_LIST_RE.sub(lambda m: f"{m['p']}分,", body)
    parts = body.split(",")
    sm = _SUBJECT_RE.match(parts[0])
    if sm is None or len(parts) < 2 or not all(re.search(rf"(?<![得计记给赋为扣减每\d.]){NUM}分$", x) for x in parts):
        return body.replace("\0", "")
    return ",".join([parts[0], *(f"{sm['s']}：{x.lstrip(chr(0))}" if numbered or x.startswith("\0") else x
                                 for x in parts[1:])])


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


_CN_DIGITS = "一二三四五六七八九十"

#: the ways items are numbered, the k-th marker of each (the item reader takes "k." after a stop)
_MARKS = (lambda k: f"{k}.", lambda k: f"{k}、", lambda k: f"{k})", lambda k: _CIRCLED[k - 1],
          lambda k: f"({_CN_DIGITS[k - 1]})", lambda k: f"{_CN_DIGITS[k - 1]}、")

#: what may stand before an item's number: the start, a stop, a comma, a space, the item before's points or bracket
_BEFORE_MARK = ";；。,， )分."


def _renumber(text: str) -> str:
    """Items numbered in one of the usual ways (1. 1、 1) ① (一) 一、), in sequence from the first, each put after a
    ";" as "k." — the way the item reader parts them; the text as it is when no such sequence is found.

    >>> _renumber("①建立台账;1分②按月报送.1分"), _renumber("(一)建立台账2分(二)按月报送1分")
    ('1.建立台账;1分;2.按月报送.1分', '1.建立台账2分;2.按月报送1分')
    >>> _renumber("1、建立台账;(2分)二、按月报送;(1分)")  # the normaliser's "1、" for a first "一、"
    '1.建立台账;(2分);2.按月报送;(1分)'
    >>> _renumber("统一、规范管理2分")  # "一、" inside a word is no number
    '统一、规范管理2分'
    """
    for mark in _MARKS:
        found: list[tuple[int, int]] = []
        pos = 0
        start = text[: len(text) - len(text.lstrip())]
        for k in range(1, 11):
            if k == 1 and text.lstrip().startswith(("1、", "1.")) and not text.lstrip().startswith(mark(1)):
                # the normaliser writes a first "一、" / "(1)" as "1、": "1、建立台账;(2分)二、按月报送;(1分)"
                found.append((len(start), len(start) + 2))
                pos = len(start) + 2
                continue
            i = text.find(mark(k), pos)
            while i >= 0 and not ((i == 0 or text[i - 1] in _BEFORE_MARK)
                                  and not (mark(k)[0].isdigit() and text[i + len(mark(k)):][:1].isdigit())):
                i = text.find(mark(k), i + 1)
            if i < 0:
                break
            found.append((i, i + len(mark(k))))
            pos = i + len(mark(k))
        if len(found) >= 2 and found[0][0] == len(text) - len(text.lstrip()):
            for k, (i, e) in reversed(list(enumerate(found, 1))):
                text = text[:i].rstrip(" ,，") + ("" if i == 0 or text[:i].rstrip()[-1:] in ";；。" else ";") \
                    + f"{k}." + text[e:]
            return text
    return text


def place_points(norm: str, weight: Decimal | None) -> tuple[str, list[str]]:
    """The text with each item's points moved to the end of its item, and the notes of what was taken out.

    >>> place_points("1、每周开放时间不少于40小时;(4分)(2)实行错时开放;(3分)", Decimal(7))[0]
    '1、每周开放时间不少于40小时,得4分;2、实行错时开放,得3分;'
    >>> place_points("1.有领导小组2分,并职责明确1分;2.有计划2分、实施方案2分", Decimal(7))[0]
    '1.有领导小组2分,有领导小组：职责明确1分;2.有计划2分,有计划：实施方案2分'
    >>> place_points("制度健全2分、执行有效3分", Decimal(5))[0]  # not numbered, no total: "、" is not parted
    '制度健全2分、执行有效3分'
    """
    notes: list[str] = []
    text = norm.strip()
    em = _EVIDENCE_RE.search(text)
    if em is not None and em.start() > 0:
        notes.append(described(em.group(0).strip('。.;；'), "评分依据"))
        text = text[: em.start() + 1]
    hm = _TOTAL_HEAD_RE.match(text)
    headed = hm is not None and weight is not None and dec(hm["n"]) == weight
    if hm is not None and headed:
        notes.append(described(f"{hm['what']}（共{hm['n']}分）", "考核内容"))
        text = text[hm.end():]
    text = _renumber(re.sub(rf"(?<=[\u4e00-\u9fff)])\s+(?={NUM}分)", "", text))
    if re.search(rf"[;；。]\s*\(?{NUM}分\)?[。;；]?$", text) and not re.match(rf"\(?{NUM}分", text):
        # "建立台账;(2分)按月报送;(1分)": the last item's points come after it, so every item's do
        text = _AFTER_STOP_THEN_ITEM_RE.sub(lambda m: f",得{m['p']}分;", text)
    text = _AFTER_STOP_RE.sub(lambda m: f",得{m['p']}分;", text)
    text = _PAREN_NUMBER_RE.sub(r"\1、", text)
    text = re.sub(r"(?<=\d分)[;；](?=并|且|同时)", ",", text)  # "…(2分);并有专人管理(1分)": the same item's second part
    numbered = len(_NUMBERED_ITEM_RE.findall(text)) >= 2
    if numbered:
        text = _NUMBERED_ITEM_RE.sub(lambda m: m["n"] + _name_parts(m["body"], True, True), text)
    elif "。" not in text and ";" not in text:
        text = _name_parts(text, False, headed)
    if headed:
        text = _RULE_THEN_LIST_RE.sub(r"\g<b>,", text)
    text = re.sub(r"否则[,，]不得分", "否则不得分", text)
    text = _EACH_OF_TWO_RE.sub(lambda m: f"{m['a']}{m['de']}得{m['p']}分,{m['b']}{m['de']}得{m['p']}分", text)
    return text, notes


#: failings listed, then their deductions in the same order: "如发现大坝未除杂草,库内有漂浮物…,启闭器不灵活不能运转
#: 将依次扣除4分、2分、2分、2分、2分" (fresh24 AK7-2) — the normaliser writes 扣除 as 扣, and 分别扣 as 每项扣 (one list of
#: points after it says they go in order)
_IN_ORDER_RE = re.compile(rf"^(?P<head>[^。]*?)(?:如|若)?(?:发现|出现|存在)(?P<list>[^;；。:：]+?)(?:的)?[,，]?(?:将|则)?"
                          rf"(?:依次|分别|每项)扣(?P<pts>{NUM}分(?:、{NUM}分)+)[。；;]?$")


def in_order_deductions(norm: str) -> tuple[str, list[str]] | None:
    """Failings listed, then their deductions in the same order, as numbered failings each with its deduction (the
    shape ``checklist._read_checklist`` reads, "(1)…的,扣30分。(2)…的,扣20分", fresh11 X11-1), and the requirement
    before them as a note; ``None`` when not this shape or the failings and the deductions differ in number.

    >>> in_order_deductions("保持大坝光洁,如发现大坝未除杂草,溢洪道堵塞将依次扣除4分、2分。")[0]
    '1.大坝未除杂草,扣4分;2.溢洪道堵塞,扣2分'
    >>> in_order_deductions("如发现大坝未除杂草,溢洪道堵塞将依次扣除4分、2分、2分。") is None  # 2 failings, 3 deductions
    True
    """
    m = _IN_ORDER_RE.match(norm.strip().replace("扣除", "扣"))
    if m is None:
        return None
    if "每" in m["list"]:
        return None  # "发现A、B的,每处分别扣2分、1分": per finding, not once each
    failings = [f for f in re.split(r"[,，、]", m["list"]) if f]
    points = re.findall(rf"({NUM})分", m["pts"])
    if len(failings) != len(points) or len(failings) < 2:
        return None
    said = [described(m['head'].strip('，,；; '), "考核内容")] if m["head"].strip("，,；; ") else []
    said.append(f"各情形依次对应扣分（{m['pts']}）：每种情形为一项，未出现得该项分数")
    return ";".join(f"{k + 1}.{f},扣{p}分" for k, (f, p) in enumerate(zip(failings, points, strict=True))), said


#: things listed, then the 分值 and the points of each: "1、有健全的理事會、常務理事會(2分,每項1分)" (fresh31 AR4-1)
#: (the things may hold 分 in a word — "充分结合" — and a short bracket without digits — "县(市)域" (fresh67 CB3-2, r53))
_EACH_LISTED_RE = re.compile(rf"^(?:\d{{1,2}}[.、．]\s*)?(?P<list>(?:[^()（）每分\d]|分(?![)）\d])|[(（][^()（）每分\d]{{1,4}}[)）])+?)"
                             rf"[。;；]?[(（]\s*(?:(?P<n>{NUM})分[,，]\s*)?"
                             rf"每项(?:各)?(?:得|计)?(?P<p>{NUM})分[)）][。;；]?$")


def each_listed(norm: str, weight: Decimal | None) -> tuple[str, str] | None:
    """The things listed before "(N分,每项M分)" as items worth M each — parted at ";" or, when that does not give
    N ÷ M items, also at "、" — and M as printed; or ``None`` when no parting gives as many items as the 分值 holds.

    >>> each_listed("1、有健全的理事会、常务理事会(2分,每项1分)", Decimal(2))
    ('1.有健全的理事会,得1分;2.常务理事会,得1分', '1')
    >>> each_listed("规章制度健全,档案齐全;财务管理规范(4分,每项2分)", Decimal(4))
    ('1.规章制度健全,档案齐全,得2分;2.财务管理规范,得2分', '2')
    >>> each_listed("有健全的理事会、常务理事会(3分,每项1分)", Decimal(3)) is None  # 2 things, 3 items
    True
    """
    m = _EACH_LISTED_RE.match(norm.strip())
    if m is None or weight is None or (m["n"] is not None and dec(m["n"]) != weight):
        return None
    each = dec(m["p"])
    for sep in (r"[;；]", r"[;；、]"):
        things = [t.strip(" ,，") for t in re.split(sep, m["list"]) if t.strip(" ,，")]
        if len(things) >= 2 and each * len(things) == weight:
            return ";".join(f"{k}.{t},得{m['p']}分" for k, t in enumerate(things, 1)), m["p"]
    return None


def read_placed_items(norm: str, weight: Decimal | None, notes: list[str],
                      each: tuple[str, str] | None = None) -> Reading | None:
    """The items of ``norm`` with their points moved in place (``place_points``) read by the item reader: a
    checklist; an ``unreadable`` Reading when the points found do not add up to the 分值; ``None`` when nothing was
    moved or the text is no such items. ``each``: :func:`each_listed` of ``norm`` when the caller has it (not
    computed again).

    >>> r = read_placed_items("建立和开发的各得2分,否则,不得分。以台账为依据。", Decimal(4), [])
    >>> [(i.text, str(i.points)) for i in r.items]
    [('建立的', '2'), ('开发的', '2')]
    >>> read_placed_items("优秀和良好的各得2分", Decimal(4), []) is None  # levels are no items
    True
    """
    if weight is None:
        return None
    listed = in_order_deductions(norm)
    if listed is not None:
        return _read_checklist(listed[0], weight, [*notes, *listed[1]])
    each = each or each_listed(norm, weight)
    if each is not None:
        return read_items_with_rules(each[0], weight, [*notes, f"所列各项每项{each[1]}分：按分项读"])
    placed, said = place_points(norm, weight)
    if placed == norm.strip():
        return None
    items = read_items_with_rules(placed, weight, [*notes, *said])
    if items is not None:
        if items.kind == "checklist":
            items.understood.insert(len(notes) + len(said), f"分项分数写在别处，按各项归位后读：{placed}")
        return items
    total = sum((dec(m["p"]) for m in _STATED_RE.finditer(placed)), ZERO)
    if total and total != weight and (other := read_items_with_rules(placed, total, [])) is not None \
            and other.kind == "checklist":
        return unreadable([*notes, *said], [norm], f"各分项合计{fmt_decimal(total)}分，与分值{fmt_decimal(weight)}分不符，未作推测")
    return None
