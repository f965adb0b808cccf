"""Recogniser: a list of failings, each with a fixed deduction, the deductions adding up to the 分值 —
read as a checklist (r4): each failing that does not occur keeps its points.

"无人管理的扣10分;档案资料不齐全、检查记录不规范的扣10分;存放无序扣5分;未及时归档扣5分" (30-point row)
→ items 无人管理 (10) + 档案资料不齐全、检查记录不规范 (10) + 存放无序 (5) + 未及时归档 (5) = 30.
"组织不到位扣2分,工作无计划、无检查、无总结,每项扣1分" (5-point row) → 组织不到位 (2) + 工作无计划 (1)
+ 工作无检查 (1) + 工作无总结 (1) = 5.

Items are named by the printed failing (as printed, never rewritten into a positive name). Not this shape
(``None``): a failing without a negation word ("构筑物沉降扣1分" is a finding to count, not an item), a number
band or comparison in a failing ("低于90%扣2分", "低于上年水平"), a per-finding 每 (other than "、…,每项扣N分"),
a lesser level (基本/部分/较/个别/有缺陷), or a failing that is a lesser level of another's absence ("未制定方案扣3分,
方案不完善扣2分": no plan would lose 3 + 2 = 5 where the text gives 2) — those stay with the other recognisers
or are refused.

>>> from decimal import Decimal
>>> r = read_deduction_list("存放无序扣5分;未及时归档扣5分", Decimal(10), [])
>>> [(i.text, str(i.points)) for i in r.items]
[('存放无序', '5'), ('未及时归档', '5')]
>>> read_deduction_list("存放无序扣5分;未及时归档扣4分", Decimal(10), []) is None  # 9 ≠ 10
True
>>> read_deduction_list("未制定方案扣3分,方案不完善扣2分", Decimal(5), []) is None  # a lesser level
True
"""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.rules.chinese._base import NUM, ChecklistItem, Reading, _dec
from jixiao.rules.chinese.lexicon import ACTION_VERB, COUNT
from jixiao.rules.model import ZERO, fmt_decimal

#: the note of a reading whose items are failings, each costing its points (every reader that reads such items says so)
FAILINGS_AS_ITEMS = "各条写明出现某种情形扣多少分，扣分合计等于分值：按累加项读（未出现该情形得该条分，出现则不得）"

#: a failing and what it costs: "未实行管养分离扣5分", "无人管理的扣10分", "…活动的,扣1分"
_FAILING_RE = re.compile(rf"(?P<desc>[^;；。]+?)(?:的|者)?[,，;；]?扣(?P<p>{NUM})分")
#: one numbered failing, its clauses possibly parted by ";": "构筑物…裂缝的;金属构件…影响安全使用的扣2分"
_NUMBERED_FAILING_RE = re.compile(rf"(?P<desc>[^扣]+?)(?:的|者)?[,，;；]?扣(?P<p>{NUM})分[;；。]?")
#: "工作无计划、无检查、无总结,每项扣1分": several failings, the same deduction each
_EACH_RE = re.compile(rf"(?P<list>[^;；。]+?)[,，]每项扣(?P<p>{NUM})分")
#: a heading before the list: "2.2项:"
_HEADING_RE = re.compile(r"^\d+(?:\.\d+)*项?[:：]")
#: (or a finding "有…现象/问题/行为": "有乱搭乱建现象扣2分" (fresh37 AX3-2, lead s23) names a failing as plainly as 无/未)
_NEG_RE = re.compile(r"无|未|没有|没|缺|不|^有[^，,;；。]{1,16}?(?:现象|问题|行为)$")
#: a lesser level, a per-finding count, a number band or comparison, a score, a cap — not an item of this list
_NOT_ITEM_RE = re.compile(r"基本|部分|较|个别|有缺陷|每|%|‰|低于|高于|超过|以上|以下|以内|不足|少于|多于|"
                          r"达到\d|上年|\d分|得分|满分|扣|最多|最高|为止|直至|或|发现|出现|\d(?:次|处|起|例|件)|\d项未|"
                          # "计量器具检定证书缺1个扣1分" (fresh29 AP7-7, first run: read as a once-only item worth 1 — two
                          # missing certificates cost 2): a deduction per one missing, a count
                          rf"(?:缺|少|差)(?:1|一){COUNT}"
                          # "随机走访农户,1户不满意扣0.5分" (r27's note, lead s25: read as a once-only item worth 0.5 — two
                          # households unsatisfied cost 1): one unit opening a failing's clause is a deduction per unit
                          rf"|(?:^|[，,、;；])(?:1|一){COUNT}")
#: a severity of one failing, not a failing of its own
_SEVERITY_RE = re.compile(r"一般|严重|重大|轻微|较大|特别|一半|半数|多数|少数")
#: a verb before the thing that is absent: "未制定方案" → 方案 (for the lesser-level check)
#: (lexicon.ACTION_VERBS, the list shortnames reads, then the one-character 建 / 设 / 有)
_VERB_RE = re.compile(rf"^(?:{ACTION_VERB}|建|设|有)")


#: a quality the failing lacks ("定编不合理", "资料不规范"): what follows 不 names no absent thing (r25: "不合理" beside
#: "未建立合理、有效的分配激励机制" was taken for one thing's two levels, fresh35 AV11-1)
_QUALITY_RE = re.compile(r"^(?:合理|规范|准确|准|明确|完善|健全|齐全|全|完整|到位|及时|达标|合格|符合要求|清楚|清晰|严格)$")


def _absent_thing(desc: str) -> str | None:
    """What an absence names: "无组织机构" → 组织机构, "未制定方案" → 方案, "不上报" → 上报 (None when not
    an absence, or a quality: "定编不合理").

    >>> _absent_thing("未制定方案"), _absent_thing("定编不合理")
    ('方案', None)
    """
    m = re.match(r"^[^，,、]{0,6}?(?:无|未|没有|缺少|缺|不)(?P<t>[^，,、]{2,})$", desc)
    if m is None or _QUALITY_RE.match(m["t"]):
        return None
    thing = _VERB_RE.sub("", m["t"])
    return thing if len(thing) >= 2 else m["t"]  # "未开展" → 开展


def lesser_level(descs: list[str]) -> bool:
    """Whether one failing is a lesser level of another rather than an item of its own: "无组织机构" beside
    "组织机构不健全" (r3), "未制定应急预案" beside "预案未演练" (the head word is enough), "不上报" beside
    "不及时上报", or a severity or degree word ("一般不符合要求" / "严重不符合要求", "完成不到一半").

    >>> lesser_level(["未制定应急预案", "预案未演练"]), lesser_level(["存放无序", "未及时归档"])
    (True, False)
    """
    if any(_SEVERITY_RE.search(d) for d in descs):
        return True
    for d in descs:
        thing = _absent_thing(d)
        if thing is not None and any(o is not d and thing[-2:] in o for o in descs):
            return True
    return False


def _numbered_failings(body: str) -> list[tuple[str, Decimal]] | None:
    """Numbered failings "1、…扣1分;2、…的;…的扣2分" — a failing may hold several clauses parted by ";"
    (fresh17 AD13-6); None when the text is not numbered 1、2、… or an item is not one failing."""
    parts = re.split(r"(?:^|(?<=[;；。]))(\d{1,2})、", body.strip())
    if len(parts) < 5 or parts[0].strip() or [int(n) for n in parts[1::2]] != list(range(1, len(parts) // 2 + 1)):
        return None
    out = []
    for n, chunk in zip(parts[1::2], parts[2::2], strict=True):
        m = _NUMBERED_FAILING_RE.fullmatch(chunk.strip())
        if m is None:
            return None
        out.append((f"{n}、{m['desc'].strip('，, ')}", _dec(m["p"])))  # named with its number, as printed
    return out


def _split_failings(body: str) -> list[tuple[str, Decimal]] | None:
    """The failings in order with what each costs; None when a piece is neither."""
    numbered = _numbered_failings(body)
    if numbered is not None:
        return numbered
    out: list[tuple[str, Decimal]] = []
    pos = 0
    body = body.strip("。；;，, ")
    while pos < len(body):
        rest = body[pos:].lstrip("；;。，, ")
        pos = len(body) - len(rest)
        if not rest:
            break
        m = _FAILING_RE.match(rest)
        each = _EACH_RE.match(rest)
        if each is not None and (m is None or each.end() <= m.end()):
            pre, *parts = re.split(r"、", each["list"])
            # "工作无计划、无检查" → 工作无计划, 工作无检查: the words before the first negation belong to each
            lead = _NEG_RE.search(pre)
            if lead is None or not parts:
                return None
            head = pre[: lead.start()]
            out += [(pre, _dec(each["p"]))] + [(f"{head}{p}", _dec(each["p"])) for p in parts]
            pos += each.end()
            continue
        if m is None:
            return None
        out.append((m["desc"].strip("，, "), _dec(m["p"])))
        pos += m.end()
    return out


def read_deduction_list(text: str, weight: Decimal | None, notes: list[str]) -> Reading | None:
    """Failings with fixed deductions adding up to the 分值 as a checklist (see the module docstring).

    >>> r = read_deduction_list("学生归档材料不全、不规范的扣5分;不及时上报的扣5分。", Decimal(10), [])
    >>> [(i.text, str(i.points)) for i in r.items]
    [('学生归档材料不全、不规范', '5'), ('不及时上报', '5')]
    >>> read_deduction_list("构筑物沉降扣1分,构筑物漏水扣1分", Decimal(2), []) is None  # findings to count
    True
    >>> read_deduction_list("无组织机构扣3分,组织机构不健全扣2分", Decimal(5), []) is None
    True
    """
    if weight is None:
        return None
    if any("扣完" in n or "为止" in n for n in notes):
        return None  # "…扣1分,…扣1分。扣完为止": findings counted together (README), not items
    failings = _split_failings(_HEADING_RE.sub("", text))
    if failings is None or len(failings) < 2:
        return None
    if sum((p for _, p in failings), ZERO) != weight or any(p >= weight or p <= ZERO for _, p in failings):
        return None
    for desc, _ in failings:
        if not desc or _NEG_RE.search(desc) is None or _NOT_ITEM_RE.search(desc) or len(desc) > 60:
            return None
    descs = [d for d, _ in failings]
    if len(set(descs)) != len(descs) or lesser_level(descs):
        return None
    items = [ChecklistItem(d, p, failing=True) for d, p in failings]
    understood = [*notes, FAILINGS_AS_ITEMS]
    understood += [i.note() for i in items]
    understood.append(f"合计最高 {fmt_decimal(weight)} 分")
    return Reading(None, "checklist", understood, [], items, weight)
