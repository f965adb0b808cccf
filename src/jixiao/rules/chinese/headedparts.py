"""Recogniser: a heading worth the 分值, then its parts after ":" or "其中", adding up to it (r81, group J2).

"设备和环境清洁整齐记5分:设备整洁3分,环境整洁2分。" on a 5-point row (fresh51 BL11-6) and "政府采購信息公告16分。其中:政策法規6分,
采購信息10分;" on a 16-point row (fresh63 BX7-3): the first line names the whole row and its 分值, the colon (or 其中)
says what it is made of — items judged one by one and added (3 + 2 = 5). The clause reader sees three lines, one worth
the whole row beside two others, and refuses ("其中一条就值满分…疑为标题或互斥的档"); the layout settles which it is.

Only when the heading's points are the 分值, the parts are items with bare points that :func:`read_bare_items` reads
(no score verb, deduction or band word in them, two or more, adding up to the 分值, not two levels of one subject)
and no part is a grade (国家级/省级, 较好/一般, 一级/二级, 基本/部分, 有/无, 以上/以下, level words): "获奖得5分:省级3分,
市级2分" is levels of one award, never 3 + 2.

>>> from jixiao.rules.chinese import read_rule_text
>>> r = read_rule_text("设备和环境清洁整齐记5分:设备整洁3分,环境整洁2分。", 5)
>>> r.kind, [(i.text, str(i.points)) for i in r.items]
('checklist', [('设备整洁', '3'), ('环境整洁', '2')])
>>> read_rule_text("获奖得5分:省级3分,市级2分。", 5).kind  # grades of one award: not added
'unreadable'
>>> read_rule_text("设备和环境清洁整齐记5分:设备整洁3分,环境整洁1分。", 5).kind  # 3 + 1 ≠ 5
'unreadable'
"""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal

from jixiao.rules.chinese._base import NUM, ChecklistItem, Reading, dec, described, unreadable
from jixiao.rules.chinese.checklist import LAST_JOIN_RE, read_bare_items
from jixiao.rules.chinese.grades import PARTIAL_RE, degree_rank, ordinal_rank, tier_rank
from jixiao.rules.chinese.levels import ALTERNATIVE_RE, LEVEL_RE
from jixiao.rules.chinese.lexicon import RANK_RE
from jixiao.rules.model import fmt_decimal

#: "标题[得/计/共]W分" then ":" or "。其中:" and the parts (the normaliser has turned 记/計 into 得)
_HEADED_RE = re.compile(
    rf"(?P<head>[^\d:：；;。,，]{{2,40}}?)[,，]?(?:得|计|记|計|記|共|合计|占)?(?P<w>{NUM})分"
    rf"(?P<sep>[:：]|[。；;,，]\s*其中[:：,，]?)\s*(?P<parts>[^:：]+?)[。；;]?")


def _graded(name: str) -> bool:
    """A part that names a grade or a degree of something, not an item of its own.

    >>> _graded("省级"), _graded("较好"), _graded("基本整洁"), _graded("设备整洁"), _graded("无"), _graded("二等奖")
    (True, True, True, False, True, True)
    """
    return (tier_rank(name) is not None or degree_rank(name) is not None or ordinal_rank(name) is not None
            or bool(PARTIAL_RE.search(name) or ALTERNATIVE_RE.search(name) or LEVEL_RE.match(name)
                    or RANK_RE.search(name)))


def read_headed_parts(text: str, weight: Decimal | None, notes: list[str]) -> Reading | None:
    """The parts of a heading worth the 分值 as a checklist, or ``None``. ``text`` is the text as printed, in 简体 and
    without spaces (the normaliser turns a colon after points into "；", which would lose the heading): the reader
    tries this after every other reading refused.

    >>> r = read_headed_parts("政府采购信息公告16分。其中:政策法规6分,采购信息10分;", Decimal(16), [])
    >>> [(i.text, str(i.points)) for i in r.items], r.max_points
    ([('政策法规', '6'), ('采购信息', '10')], Decimal('16'))
    >>> read_headed_parts("政府采购信息公告16分。其中:政策法规6分,采购信息10分;", Decimal(20), []) is None  # not the 分值
    True
    >>> read_headed_parts("制度健全3分,执行有效2分", Decimal(5), []) is None  # no heading
    True
    >>> read_headed_parts("清洁整齐记5分;设备整洁3分,环境整洁2分", Decimal(5), []) is None  # no colon, no 其中
    True
    """
    m = _HEADED_RE.fullmatch(text.strip())
    if weight is None or m is None or dec(m["w"]) != weight:
        return None
    parts = read_bare_items(m["parts"], weight, [])
    if parts is None or parts.kind != "checklist" or any(_graded(i.text) for i in parts.items):
        return None
    head = m["head"].strip()
    understood = [*notes, f"标题：“{head}”{m['w']}分即本行分值，其后为它的各分项（分别判断是否做到，得分相加）"]
    understood += parts.understood
    return Reading(None, "checklist", understood, [], parts.items, parts.max_points)


#: a requirement, its points "(W分)" at its end, then only how they are given per unit: "…充分发挥其作用(6分)。每项2分。"
_HEADED_COUNT_RE = re.compile(
    rf"(?P<req>(?:[^()（）]|[(（][^()（）\d]*[)）]){{4,}}?)[(（](?P<w>{NUM})分[)）][。；;]?\s*(?P<each>每(?:项|次|个|条|件|篇)(?:得|计|记)?{NUM}分)[。.；;]?")


#: a count the requirement asks for: "至少召开两次会议", "不少于3项"
_AT_LEAST_RE = re.compile(r"(?:至少|不少于|不低于|最少)[^\d，,。；;一二两三四五六七八九十]{0,4}?(?P<k>\d{1,3}|[一二两三四五六七八九十])(?P<u>次|项|个|条|件|篇)")


def _count(k: str) -> Decimal:
    """ "两" → 2, "3" → 3."""
    return Decimal("一二三四五六七八九十".index(k) + 1) if k in "一二三四五六七八九十" else Decimal(2) if k == "两" else dec(k)


def read_headed_count(text: str, weight: Decimal | None, read: Callable[[str], Reading]) -> Reading | None:
    """A requirement printed with its points "(W分)" = the 分值, then "每项N分" / "每次N分" alone: the requirement says
    what is counted, W is the most the count can score (r84, J2's rest; fresh57 BR9-1, BR9-2). ``text`` as in
    :func:`read_headed_parts`; ``read`` reads the per-unit sentence on this row. ``None`` when not so.

    The clause reader sees "(6分)" as a line worth the whole row beside "每项2分" and refuses ("其中一条就值满分"); the
    brackets at the requirement's end are the row's own points (the same "(W分)" the repairs take off the front).

    >>> from jixiao.rules.chinese import read_rule_text
    >>> read = lambda t: read_rule_text(t, 8)
    >>> r = read_headed_count("每年至少召开两次会议,专题研究科技工作(8分)。每次4分。", Decimal(8), read)
    >>> str(r.rule)  # 4 per meeting, at most the 8 printed: 0 → 0, 1 → 4, 2 → 8, 3 → 8
    '>=2: W; <2: W - 4 per 1'
    >>> read_headed_count("每年至少召开两次会议(8分)。每次4分。", Decimal(10), read) is None  # (8分) is not the 分值
    True
    >>> read_headed_count("每年至少召开三次会议(8分)。每次4分。", Decimal(8), read) is None  # 3 × 4 ≠ 8
    True
    """
    m = _HEADED_COUNT_RE.fullmatch(text.strip())
    if weight is None or m is None or dec(m["w"]) != weight:
        return None
    for k in _AT_LEAST_RE.finditer(m["req"]):
        # "至少召开两次会议(8分)。每次4分": 2 × 4 = 8 — a count to reach that does not make up W is another rule
        if k["u"] in m["each"] and _count(k["k"]) * dec(re.findall(NUM, m["each"])[-1]) != weight:
            return None
    reading = read(m["each"])
    capped = ""
    if not reading.ok:
        # "每次4分" alone says no top: the "(W分)" printed with the requirement is it
        capped = f"{m['each']}，最高{m['w']}分"
        reading = read(capped)
    if not reading.ok or reading.rule is None:
        return None
    said = [described(m["req"].strip("，,。；;"), "计数的要求（每项/每次所指）"),
            f"“({m['w']}分)”即本行分值" + (f"，也是“{m['each']}”累计的最高分" if capped else "")]
    reading.understood[0:0] = said
    return reading


#: the total stated after the parts: "。合计为20分。" / "，共计20分"
_STATED_TOTAL_RE = re.compile(rf"[。；;,，](?:合计|共计|总计|总分)(?:为)?(?P<t>{NUM})分[。；;]?$")

#: one part with its points: "按规定时间上交初稿计10分" / "修改反馈稿和领导审定稿分别计5分" / "完整性和细化程度,分值各占1分"
_PART_RE = re.compile(rf"(?P<name>[^\d]{{2,40}}?)(?P<each>分别|[,，]?(?:分值)?各)?(?:计|得|记|占|为)?(?P<p>{NUM})分")


def read_named_parts(text: str, weight: Decimal | None) -> Reading | None:
    """Parts with their points, some named together with "分别计N分" / "各N分" / "分值各占N分" (N for each named part), and
    perhaps the total stated at the end ("合计为W分"): a checklist when the parts add up to the 分值 and no part alone is
    worth it (r84, J2's rest; fresh48 BI10-1). A stated total other than the parts' sum is refused, both numbers named.
    ``text`` as in :func:`read_headed_parts`; ``None`` when not so.

    >>> r = read_named_parts("按规定时间上交初稿计10分,按规定时间上交修改反馈稿和领导审定稿分别计5分。合计为20分。", Decimal(20))
    >>> [(i.text, str(i.points)) for i in r.items]  # 10 + 5 + 5 = 20
    [('按规定时间上交初稿', '10'), ('按规定时间上交修改反馈稿', '5'), ('领导审定稿', '5')]
    >>> read_named_parts("上交初稿计10分,上交修改稿和审定稿分别计5分。合计为25分。", Decimal(20)).unread  # 20 ≠ 25
    ['合计为25分']
    >>> read_named_parts("优秀计10分,良好和合格分别计5分。", Decimal(20)) is None  # grades of one thing
    True
    """
    if weight is None:
        return None
    tm = _STATED_TOTAL_RE.search(text)
    body = text[: tm.start()] if tm else text.rstrip("。；;")
    clauses = [c for c in re.split(r"[,，;；。](?!分值各)", body) if c]
    groups: list[tuple[list[str], Decimal]] = []
    for c in clauses:
        m = _PART_RE.fullmatch(c)
        if m is None or re.search(r"扣|不得分|未|否则|以上|以下|每", m["name"]):
            return None
        names = [m["name"]]
        if m["each"]:
            names = [x for x in m["name"].split("、") if x]
            last = LAST_JOIN_RE.match(names[-1])
            if last is None:
                return None
            names = [*names[:-1], last["a"], last["b"]]
        groups.append((names, dec(m["p"])))
    items = [ChecklistItem(n.strip(), p) for names, p in groups for n in names]
    total = sum((i.points for i in items), Decimal(0))
    if len(groups) == len(items) or len(items) < 2 or any(_graded(i.text) for i in items) \
            or any(i.points >= weight for i in items):
        return None  # (no part named together with another: the other readers' lists)
    said = [f"“{'、'.join(names)}”各{fmt_decimal(p)}分" for names, p in groups if len(names) > 1]
    if tm is not None and dec(tm["t"]) != total:
        return unreadable(said, [tm[0].strip("，,。；;")], f"原文写合计{tm['t']}分，各分项相加为{fmt_decimal(total)}分，"
                          "两者不符，不能确定各项分数")
    if total != weight:
        return None
    understood = [*said, *(i.note() for i in items)]
    if tm is not None:
        understood.append(f"原文合计{tm['t']}分，与各分项相加相符")
    understood.append(f"合计最高 {fmt_decimal(weight)} 分")
    return Reading(None, "checklist", understood, [], items, weight)


#: "共10项,每项1分": the items counted and what each is worth
_COUNTED_EACH_RE = re.compile(rf"共(?P<k>\d{{1,3}})(?P<u>项|个|条|次)[^，,。；;\d]{{0,12}}?[,，]?每(?P=u)(?:各)?(?:得|计|记)?(?P<p>{NUM})分")


def counted_items_mismatch(text: str, weight: Decimal | None) -> str | None:
    """Why a refused "共K项,每项N分" cannot be read when K × N is not the 分值 (both numbers named), else ``None``.

    >>> counted_items_mismatch("操作间共12项,每项1分,全部达到要求的得满分。", Decimal(10))
    '共12项、每项1分，合计12分，与本行分值10分不符：不能确定哪几项计分'
    >>> counted_items_mismatch("操作间共10项,每项1分", Decimal(10)) is None
    True
    """
    m = _COUNTED_EACH_RE.search(text)
    if weight is None or m is None or (total := dec(m["k"]) * dec(m["p"])) == weight:
        return None
    return (f"共{m['k']}{m['u']}、每{m['u']}{m['p']}分，合计{fmt_decimal(total)}分，与本行分值{fmt_decimal(weight)}分不符："
            f"不能确定哪几{m['u']}计分")


def heading_as_level(text: str, weight: Decimal | None, reading: Reading) -> str | None:
    """Why ``reading`` is refused when it makes a heading worth the 分值 one of its levels — "安全生产10分:无一般事故6分,
    无较大事故4分" read as levels 安全生产 10 / 无一般事故 6 / 无较大事故 4 (r86's report to r84): the heading names the
    whole row, its parts after ":" / "其中" add up to it; a heading is never a level. ``None`` when not so.

    >>> from jixiao.rules.chinese._base import Reading
    >>> r = Reading(None, "judgement", ["定性分档：获奖 → 10分", "定性分档：一等奖 → 6分", "定性分档：二等奖 → 4分"])
    >>> "标题不是一档" in heading_as_level("获奖10分:一等奖6分,二等奖4分", Decimal(10), r)
    True
    >>> heading_as_level("获奖10分:一等奖6分,二等奖4分", Decimal(12), r) is None  # the heading is not the 分值
    True
    """
    m = _HEADED_RE.fullmatch(text.strip())
    if weight is None or m is None or dec(m["w"]) != weight or reading.kind not in ("rule", "judgement"):
        return None
    parts = [dec(p) for p in re.findall(rf"({NUM})分", m["parts"])]
    head = m["head"].strip("，,。；; ")
    named = f"“{head}”" in " ".join(reading.understood) or any(f"：{head} →" in u for u in reading.understood)
    if len(parts) < 2 or sum(parts) != weight or not named:
        return None
    return (f"“{head}”{m['w']}分是标题（即本行分值），其后各分项相加也是{m['w']}分：标题不是一档；"
            "各分项是累加项还是互斥的档原文未说明，未作推测")
