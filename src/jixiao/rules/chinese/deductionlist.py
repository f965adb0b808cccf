"""Recogniser: a list of failings, each with a fixed deduction, the deductions adding up to the 分值 —
read as a checklist (r4): each failing that does not occur keeps its points.

"无人管理的扣10分;档案资料不齐全、检查记录不规范的扣10分;存放无序扣5分;未及时归档扣5分" (30-point row)
→ items 无人管理 (10) + 档案资料不齐全、检查记录不规范 (10) + 存放无序 (5) + 未及时归档 (5) = 30.
"组织不到位扣2分,工作无计划、无检查、无总结,每项扣1分" (5-point row) → 组织不到位 (2) + 工作无计划 (1)
+ 工作无检查 (1) + 工作无总结 (1) = 5.
A deduction spread over a printed list (r47, :func:`spread_items`): "…未建立供证供票制度、索证索票制度的各扣1分",
"工作计划、工作目标、工作措施不明确的,每少1项扣2分", "示范县和示范乡镇(街道)…未完成省定目标的各扣2分", "两个80%达不到
各扣1分" — the list (or the count word) gives the number of items, each worth the deduction.

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
from collections.abc import Callable
from dataclasses import replace
from decimal import Decimal

from jixiao.rules.chinese._base import NUM, ChecklistItem, Reading, dec, described, unreadable
from jixiao.rules.chinese.cappedlist import read_capped_failings
from jixiao.rules.chinese.lexicon import ACTION_VERB, COUNT
from jixiao.rules.model import ZERO, Points, Text, fmt_decimal

#: the note of a reading whose items are failings, each costing its points (every reader that reads such items says so)
FAILINGS_AS_ITEMS = "各条写明出现某种情形扣多少分，扣分合计等于分值：按累加项读（未出现该情形得该条分，出现则不得）"

#: a failing and what it costs: "未实行管养分离扣5分", "无人管理的扣10分", "…活动的,扣1分"
_FAILING_RE = re.compile(rf"(?P<desc>[^;；。]+?)(?:的|者)?[,，;；]?扣(?P<p>{NUM})分")
#: one numbered failing, its clauses possibly parted by ";": "构筑物…裂缝的;金属构件…影响安全使用的扣2分"
_NUMBERED_FAILING_RE = re.compile(rf"(?P<desc>[^扣]+?)(?:的|者)?[,，;；]?扣(?P<p>{NUM})分[;；。]?")
#: "工作无计划、无检查、无总结,每项扣1分": several failings, the same deduction each
_EACH_RE = re.compile(rf"(?P<list>[^;；。]+?)[,，]每项扣(?P<p>{NUM})分")
#: a deduction spread over a list (r47; normalise writes 各扣 / 分别扣 as 每项扣): "A、B的每项扣1分", "A、B不明确的,每少1项
#: 扣2分", "A、B,每缺一项扣1分"
_SPREAD_RE = re.compile(rf"(?P<list>[^;；。，,]+?)(?:的|旳|者)?[,，]?(?:每项|每(?:少|缺少|缺失|缺)(?:1|一)项)扣(?P<p>{NUM})分")
#: a negation opening a failing, with the verb after it: "未建立" / "无" / "不明确"
_NEG_VERB_RE = re.compile(rf"(?:没有|无|未|没|缺少|缺|不)(?:按规定|按要求)?(?:{ACTION_VERB}|建|设|有)?")
#: a count word naming how many: "2个80%达不到" (normalise writes 兩個 / 两个 as 2个)
_COUNTED_RE = re.compile(r"^(?P<n>[2-9])(?:个|项|条|类|种|方面)(?P<what>[^、和及与]{2,30})$")
#: a threshold reached or not in a counted item: "80%达不到" — yes or no per item, not a band
_THRESHOLD_MET_RE = re.compile(r"^\d{1,3}(?:\.\d{1,2})?%(?:达不到|未达到|未达标|不达标)$")
#: … and its threshold, set aside when checking the item is no band (only in a counted item: "80%达不到（第1个）")
_COUNTED_ITEM_RE = re.compile(r"^\d{1,3}(?:\.\d{1,2})?%(?=(?:达不到|未达到|未达标|不达标)（第\d个）$)")
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
_QUALITY_RE = re.compile(r"^(?:合理|规范|准确|准|明确|完善|健全|齐全|全|完整|到位|及时|达标|合格|符合要求|清楚|清晰|严格|"
                         r"整齐|整洁|干净|清洁)$")  # (r90: "物品摆放不整齐" beside "桌椅摆放不整齐" — two things, one quality)

#: a closing full-mark statement naming what the row asks (r90, fresh86 CT2-1..3): "…;满分标准为窗台上无物品,且经过认真擦拭,
#: 十分干净,可得满分5分。" — the failings before it are its breaches, each deducted once (a bare finding without 每)
FULL_MARKS = "满分标准"
FULL_MARKS_NOTE = f"{FULL_MARKS}（不参与计分）"  # (its note's head: guard.refuse_grades_as_items)
_FULL_MARKS_RE = re.compile(rf"[;；。]\s*满分标准(?:为|是)[:：]?(?P<std>[^;；。]+?)[,，]?可?得满分(?P<w>{NUM})分[。;；]?\s*$")


def read_under_full_marks(text: str, weight: Decimal | None,
                          read: Callable[[str], Reading | None]) -> Reading | None:
    """A text closed by its full-mark standard ("玻璃上有污点,扣2分;故意在窗户上涂画,此项不得分。满分标准为玻璃清洁干净,无涂抹
    痕迹,可得满分5分。", fresh86 CT2-4, r90), read without it (``read``: the whole reader): its pass level "符合" (the 分值)
    is named by the standard's words. ``None`` when there is no such standard, its points are not the 分值, or the rest
    does not read as one rule with one pass level scoring the 分值.

    >>> from jixiao.rules.chinese import read_rule_text
    >>> r = read_under_full_marks("玻璃上有污点,扣2分;故意涂画,此项不得分。满分标准为玻璃干净,可得满分5分。", Decimal(5),
    ...                           lambda t: read_rule_text(t, 5))
    >>> r.canonical
    '"玻璃干净": W; "故意涂画": 0; "玻璃上有污点": 3'
    """
    full = _FULL_MARKS_RE.search(text) if weight is not None else None
    if full is None or dec(full["w"]) != weight:
        return None
    r = read(text[: full.start()])
    if r is None or not r.ok or r.rule is None:
        return None
    passed = [k for k, c in enumerate(r.rule.clauses) if isinstance(c.condition, Text) and c.condition.text == "符合"]
    said = full["std"].strip()
    if len(passed) != 1 or r.rule.names_text(said):
        return None
    c = r.rule.clauses[passed[0]]
    if not isinstance(c.outcome, Points) or c.outcome.amount.points(weight) != weight:
        return None
    clauses = list(r.rule.clauses)
    clauses[passed[0]] = replace(c, condition=Text(said))
    return replace(r, rule=replace(r.rule, clauses=tuple(clauses)),
                   understood=[described(said, FULL_MARKS), f"“{said}”（满分标准）得满分", *r.understood])


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
        out.append((f"{n}、{m['desc'].strip('，, ')}", dec(m["p"])))  # named with its number, as printed
    return out


class _OpenList(Exception):
    """A deduction spread over a list whose number of items the text does not fix (its reason, in Chinese); ``others``:
    the row's other failings."""

    others: list[tuple[str, Decimal, int | None]] = []


def spread_items(listed: str) -> list[str] | None:
    """The items a deduction is spread over, each named as a failing (r47): a "、" list (or two names joined by one
    和 / 及 / 与 — not 或: "未编页码号或页码号混乱" are two ways of one failing) with the failing's negation before the
    list ("食用农产品未建立A制度、B制度" → 食用农产品未建立A制度, 食用农产品未建立B制度) or after it ("工作计划、工作目标
    不明确" → 工作计划不明确, 工作目标不明确), or a count word before one failing ("2个80%达不到" → two items). None when
    this is no such list; :class:`_OpenList` (with the reason) when the number of items is not certain: an open list
    ("…等"), names that may be one thing ("未建立供证供票、索证索票制度": one 制度 or two), "A、B和C" (two items or three).

    >>> spread_items("食用农产品未建立供证供票制度、索证索票制度")
    ['食用农产品未建立供证供票制度', '食用农产品未建立索证索票制度']
    >>> spread_items("工作计划、工作目标、工作措施不明确")
    ['工作计划不明确', '工作目标不明确', '工作措施不明确']
    >>> spread_items("示范县和示范乡镇(街道)创建工作未完成省定目标")
    ['示范县未完成省定目标', '示范乡镇(街道)创建工作未完成省定目标']
    >>> spread_items("2个80%达不到")
    ['80%达不到（第1个）', '80%达不到（第2个）']
    >>> def why(listed):
    ...     try:
    ...         return spread_items(listed)
    ...     except _OpenList as e:
    ...         return str(e)
    >>> why("未建立供证供票、索证索票制度")
    '“供证供票、索证索票制度”可能是一项（共用末尾的词），也可能是2项，项数不确定'
    >>> why("未建立考勤、值班等制度")
    '“未建立考勤、值班等制度”列举未完（“等”），项数不确定'
    """
    listed = re.sub(r"^\d{1,2}、", "", listed)  # an item number: "(4)社区消防…" (normalise writes "4、")
    counted = _COUNTED_RE.match(listed)
    if counted is not None:
        if _NEG_RE.search(counted["what"]) is None and not _THRESHOLD_MET_RE.match(counted["what"]):
            return None
        return [f"{counted['what']}（第{i}个）" for i in range(1, int(counted["n"]) + 1)]
    if re.search(r"等|其他|其它|之类", listed):
        raise _OpenList(f"“{listed}”列举未完（“等”），项数不确定")
    if (both := re.search(r"均|都|同时|全部|全都|一并", listed)) is not None:
        # "示范县和示范乡镇…均未完成省定目标的各扣2分" (r50): each failing on its own, or only all of them together?
        raise _OpenList(f"“{listed}”写了“{both.group(0)}”：是每项未做到各扣，还是全部未做到才扣，不确定")
    parts = listed.split("、")
    if len(parts) > 1 and (n := re.search(rf"(?P<n>\d+)(?:{COUNT}|大项|大类)", parts[-1])) is not None:
        # "工作计划、工作目标三项不明确的各扣2分" (r50: read as 2 items — the text says 3): a count after the names
        if int(n["n"]) != len(parts):
            raise _OpenList(f"“{listed}”列出{len(parts)}项，却写“{n.group(0)}”，项数不确定")
        parts[-1] = parts[-1][: n.start()] + parts[-1][n.end():]
    if len(parts) == 1:
        parts = re.split(r"和|及|与", listed)
        if len(parts) != 2:
            return None
    elif re.search(r"和|及|与", parts[-1]):
        raise _OpenList(f"“{listed}”最后用“和/及/与”连接，是{len(parts)}项还是{len(parts) + 1}项不确定")
    if any(len(p) < 2 or "(" in p and ")" not in p for p in parts):
        return None  # "1、2" / a bracket holding a 、 of its own ("县(市、区)"): not a list of names
    negs = [_NEG_VERB_RE.search(p) for p in parts]
    if negs[0] is not None and all(n is not None for n in negs[1:]):  # each names its own failing: "工作无计划、无检查"
        head = parts[0][: negs[0].start()]
        return [parts[0], *(p if p.startswith(head) else f"{head}{p}" for p in parts[1:])]
    if negs[0] is not None and not any(negs[1:]):  # one verb, its objects listed: "未建立A制度、B制度"
        verb_end = negs[0].end()
        first = parts[0][verb_end:]
        if len(parts[-1]) >= len(first) + 2 and first[-1:] != parts[-1][-1:] and first[:1] != parts[-1][:1]:
            # the last name may end in a head word the others share ("供证供票、索证索票制度"): not so when the names
            # end alike ("供证供票制度、索证索票制度", "会议室、档案室"), begin alike ("垃圾池、垃圾填埋场": each a whole
            # name) or the last is no longer ("户外运动场所、健身器材")
            raise _OpenList(f"“{first}、{'、'.join(parts[1:])}”可能是一项（共用末尾的词），也可能是{len(parts)}项，项数不确定")
        return [parts[0], *(f"{parts[0][:verb_end]}{p}" for p in parts[1:])]
    if not any(negs[:-1]) and negs[-1] is not None:  # the names, then their failing: "计划、目标不明确"
        tail = parts[-1][negs[-1].start():]
        return [*(f"{p}{tail}" for p in parts[:-1]), parts[-1]]
    return None


def _split_failings(body: str) -> list[tuple[str, Decimal, int | None]] | None:
    """The failings in order with what each costs and, for the items of one list a deduction is spread over
    (:func:`spread_items`), that list's number (None for a failing of its own); None when a piece is neither."""
    numbered = _numbered_failings(body)
    if numbered is not None:
        return [(d, p, None) for d, p in numbered]
    out: list[tuple[str, Decimal, int | None]] = []
    uncertain: _OpenList | None = None
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
            if lead is not None and parts:
                head = pre[: lead.start()]
                out += [(pre, dec(each["p"]), None)] + [(f"{head}{p}", dec(each["p"]), None) for p in parts]
                pos += each.end()
                continue
            # (the failing after the names: "工作计划、工作目标不明确,每项扣2分" — a spread list, below)
        spread = _SPREAD_RE.match(rest)
        if spread is not None and (m is None or spread.end() <= m.end()):
            try:
                names = spread_items(spread["list"].strip())
            except _OpenList as e:  # said only when the rest is a list of failings too (else: not this shape)
                uncertain, names = uncertain or e, []
            if names is None:
                return None
            out += [(n, dec(spread["p"]), pos) for n in names]
            pos += spread.end()
            continue
        if m is None:
            return None
        out.append((m["desc"].strip("，, "), dec(m["p"]), None))
        pos += m.end()
    if uncertain is not None:
        uncertain.others = out
        raise uncertain
    return out


def _is_item(desc: str, group: int | None, bare: bool = False) -> bool:
    """Whether a failing can be an item of a checklist: a negation (or, ``bare``, under a full-mark standard, a finding
    without one: "窗台上有物品"), no band, count or level word (module docstring)."""
    return bool(desc) and (bare or _NEG_RE.search(desc) is not None) and len(desc) <= 60 \
        and not _NOT_ITEM_RE.search(_COUNTED_ITEM_RE.sub("", desc) if group is not None else desc)


def read_deduction_list(text: str, weight: Decimal | None, notes: list[str], printed: str = "") -> Reading | None:
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
    full = _FULL_MARKS_RE.search(text)
    if full is not None:  # the failings are the breaches of the full-mark standard: a bare finding is an item too
        if dec(full["w"]) != weight:
            return None
        said = _FULL_MARKS_RE.search(printed) or full  # (quoted as printed: "十分干净", not the normalised "10分")
        notes = [*notes, described(said["std"].strip(), FULL_MARKS)]
        text = text[: full.start()]
    try:
        failings = _split_failings(_HEADING_RE.sub("", text))
    except _OpenList as e:
        rates = {dec(p) for p in re.findall(rf"扣({NUM})分", text)}
        # said only when the row would be a checklist but for the list's count: the other failings are items worth less
        # than the 分值 ("未实施…扣10分" on a 10-point row is a veto), at more than one rate (one rate: a count of
        # failings reads it, as today — "A、B等每项扣1分")
        if len(rates) > 1 and all(_is_item(d, g) and p < weight for d, p, g in e.others):
            return unreadable(notes, [text], f"{e}：扣分分摊到各项，合计能否等于分值无法核对")
        return None
    if failings is None or len(failings) < 2:
        return None
    if sum((p for _, p, _ in failings), ZERO) != weight or any(p >= weight or p <= ZERO for _, p, _ in failings):
        return None
    if not all(_is_item(desc, group, bare=full is not None) for desc, _, group in failings):
        return None
    descs = [d for d, _, _ in failings]
    # the items of one spread list are distinct by the text ("…制度、…制度的各扣1分"): one of them stands for the list
    # when checking for a lesser level ("未制定应急预案扣2分,预案未演练扣1分")
    firsts = [d for i, (d, _, g) in enumerate(failings) if g is None or all(f[2] != g for f in failings[:i])]
    if len(set(descs)) != len(descs) or lesser_level(firsts):
        return None
    if printed and (capped := read_capped_failings([(d, p) for d, p, _ in failings], weight, notes, printed)) is not None:
        return capped  # "存放无序扣5分;未及时归档扣5分,最多扣5分" (``printed``: the text as printed): a count under a cap (r52)
    items = [ChecklistItem(d, p, failing=True) for d, p, _ in failings]
    understood = [*notes, FAILINGS_AS_ITEMS]
    for g in dict.fromkeys(g for _, _, g in failings if g is not None):
        spread = [(d, p) for d, p, h in failings if h == g]
        understood.append(f"一处扣分分摊到所列{len(spread)}项（{'；'.join(d for d, _ in spread)}），每项{fmt_decimal(spread[0][1])}分")
    understood += [i.note() for i in items]
    understood.append(f"合计最高 {fmt_decimal(weight)} 分")
    return Reading(None, "checklist", understood, [], items, weight)
