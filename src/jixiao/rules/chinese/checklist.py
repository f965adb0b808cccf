"""Recogniser: checklists — items ①②③ / 1、2、 that carry their own points (得2分, ,1分, (1分)) or
shares (每项分别占30%、40%、30%的权重分), with the notes real tables add.

>>> from jixiao.rules.chinese import read_rule_text
>>> r = read_rule_text("①已制定管理办法,1分;②管理制度合法、合规、完整,1分;③制度得到有效执行,1分。", 3)
>>> (r.kind, [str(i.points) for i in r.items])
('checklist', ['1', '1', '1'])
"""

from __future__ import annotations

import os
import re
from decimal import Decimal

from jixiao.rules.chinese._base import (
    _CIRCLED,
    NUM,
    ChecklistItem,
    Reading,
    _Unreadable,
    cannot_read,
    dec,
    described,
    unreadable,
)
from jixiao.rules.chinese.conditions import _find_cond
from jixiao.rules.chinese.deductionlist import FAILINGS_AS_ITEMS, lesser_level
from jixiao.rules.chinese.failures import FAILED_STATE
from jixiao.rules.chinese.fragments import _COUNT_RE, _read_fragment
from jixiao.rules.chinese.levels import _MET_COUNT_RE, LEVEL_RE
from jixiao.rules.chinese.lexicon import AWARD, COUNT, DEDUCT, RANK_RE
from jixiao.rules.chinese.normalise import _split
from jixiao.rules.chinese.numericfailings import is_step
from jixiao.rules.chinese.refusals import judgement_match
from jixiao.rules.model import (
    HUNDRED,
    ZERO,
    fmt_decimal,
)

_SHARE_EACH_RE = re.compile(
    rf"(?:以上)?(?:[{_CIRCLED}]+)?(?:提及的[^，,。；;]*?)?每项(?:分别)?占"
    rf"(?P<list>{NUM}%(?:[、,，]{NUM}%)*)(?:的)?权重分?"
)


#: an item that ends in its points with no verb or comma: "单位财务管理制度1分" (N3, 广水市自评表)
_BARE_ITEM_POINTS_RE = re.compile(rf"(?<=[\u4e00-\u9fff》”）)])(?P<p>{NUM})分(?P<w>)(?=[；;。，,\s]*$)")


#: "每少一项扣1分,扣完为止" after items worth 1分 each: the same as scoring item by item (N5-3)
_LESS_EACH_RE = re.compile(rf"(?:每)?(?:少|缺)(?:1|一)项(?!减){DEDUCT}(?P<p>{NUM})分")


#: "每项1分" / "以上每项各得1分" after items without points (i11d)
_EACH_ITEM_RE = re.compile(rf"(?:以上)?每项(?:各)?(?:得|计|为)?(?P<p>{NUM})分")


#: "甲、乙、丙各占1分" (fresh4 P10-3): items joined by 、, each worth N
_EACH_SHARE_RE = re.compile(rf"(?P<list>[^；;。，,:：]{{2,200}}?)各(?:占|得|计|记)?(?P<p>{NUM})分[。；;]?")


#: the 分值 stated first, then how it is shared: "按规定完成照片组稿的计20分,其中上交时间、…各占5分" (fresh48 BI10-2, r33)
_SHARED_TOTAL_RE = re.compile(rf"(?P<head>[^；;。，,]{{2,40}}?)[,，]?得(?P<w>{NUM})分[,，。；;]?(?=其中)")

#: the last two items joined by 和 / 及 / 与 / 以及 ("照片质量和照片说明"): the last such word (及时 / 及格 / 与会 are words)
LAST_JOIN_RE = re.compile(r"^(?P<a>.{2,}?)(?:以及|和|及(?![时格早])|与(?!会))(?P<b>(?:(?!以及|和|及(?![时格早])|与(?!会)).){2,})$")


def read_each_listed(text: str, weight: Decimal | None, notes: list[str]) -> Reading | None:
    """Items joined by "、" and "各占N分": a checklist of N each, when the items add up to the 分值. The last two may be
    joined by 和 / 及 in a "、" list sharing the 分值 ("A、B、C和D各占5分", r33) — split so only when that makes up the 分值
    and the "、" list alone does not (a name may hold a 和 of its own; "优秀和良好的各得2分" are levels); the 分值 may be
    stated first ("…的计20分,其中A、B…各占5分", r33).

    >>> r = read_each_listed("科室独立设置、有诊疗科目、承担培训任务各占1分", Decimal(3), [])
    >>> r.kind, [str(i.points) for i in r.items]
    ('checklist', ['1', '1', '1'])
    >>> read_each_listed("科室独立设置、有诊疗科目、承担培训任务各占1分", Decimal(5), []).kind
    'unreadable'
    >>> r = read_each_listed("按规定完成照片组稿的得20分,其中上交时间、照片数量、照片质量和照片说明各占5分。", Decimal(20), [])
    >>> [i.text for i in r.items]  # fresh48 BI10-2
    ['上交时间', '照片数量', '照片质量', '照片说明']
    >>> [i.text for i in read_each_listed("计划和总结、台账各占1分", Decimal(2), []).items]  # 2 × 1: 和 inside a name
    ['计划和总结', '台账']
    """
    head = _SHARED_TOTAL_RE.match(text)
    if head is not None and weight is not None and dec(head["w"]) == weight:
        notes = [*notes, described(head.group(0).strip('，,。；;'), "分值")]
        text = text[head.end():]
    m = _EACH_SHARE_RE.fullmatch(re.sub(r"^其中[,，]?", "", text))
    if m is None:
        return None
    names = [x for x in m["list"].split("、") if x]
    each = dec(m["p"])
    # (a serial list "A、B、C和D" sharing the 分值 — 各占 — only: "优秀和良好的各得2分" are two levels, never items)
    last = LAST_JOIN_RE.match(names[-1]) if len(names) >= 2 and "各占" in m.group(0) else None
    if last is not None and weight is not None and each * len(names) != weight and each * (len(names) + 1) == weight:
        names = [*names[:-1], last["a"], last["b"]]
    if len(names) < 2 or weight is None or each * len(names) != weight:
        return unreadable(notes, [text], f"{len(names)}项各占{fmt_decimal(each)}分，合计与分值"
                          f"{fmt_decimal(weight) if weight is not None else '（未给出）'}不符，不能确定各项分数")
    items = [ChecklistItem(n, each) for n in names]
    understood = [*notes, f"“、”连写的{len(names)}项各占{fmt_decimal(each)}分"]
    understood += [i.note() for i in items]
    understood.append(f"合计最高 {fmt_decimal(weight)} 分")
    return Reading(None, "checklist", understood, [], items, weight)


_PARTIAL_WHY = cannot_read("分项里按次数扣分而每次扣分小于该项分值（部分得分，或不能确定扣哪一项），分项只能记是/否")


#: one item per "；"-clause with its own points: "防洪排涝设施建设完善得0.3分" (fresh4 P8-2)
_SCORED_ITEM_RE = re.compile(rf"(?P<name>[^；;。]{{2,120}}?)[,，]?(?:的|者)?[,，]?(?:得|计|记|给|赋)(?P<p>{NUM})分")


#: the end of one scored item inside a "，"- or "、"-list: "职责明确的得0.25分,有工作计划的得0.25分" (fresh6 R8-3)
_ITEM_END_RE = re.compile(rf"{AWARD}{NUM}分[,，、]")


#: "有1座以上垃圾中转站" (fresh6 R3-3): "at least one" says the thing exists — no band on a number
_EXISTS_RE = re.compile(rf"有(?:1|一){COUNT}(?:及)?以上")


#: a comparison without a number ("高于上年", "与上年持平"): bands on one measure, never items to add
_COMPARED_RE = re.compile(r"高于|低于|超过|不足|持平|等于|少于|多于|优于|好于|差于|以上|以下")


#: how many conditions are met: "两条指标均符合" / "满足一条" / "其中2项达到" — levels, never items (not a count of
#: named things to do: "完成3个以上核心业务系统定级备案工作" (fresh50 BK4-1, r38) is one item's requirement)
_HOW_MANY_MET_RE = re.compile(r"(?:满足|符合|达到|做到|完成)(?:其中)?(?:任)?[一二两三四五六\d](?:条|项|个)"
                              r"(?!(?:及)?以上(?!的?(?:指标|条件|要求|内容|标准))[^，,；;。的]{4})|"
                              r"[一二两三四五六\d](?:条|项|个)[^，,；;。]{0,6}?(?:均|都|全部)(?:符合|满足|达到)|"
                              r"^(?:均|都|全部)(?:符合|满足|达到)")


#: a lesser level named by a negation ("资料不全", "制度不健全"): an alternative, never an item to add
_NEGATED_LEVEL_RE = re.compile(r"(?:不|未|没有?)(?:齐?全|够|足|完整|健全|规范|到位|达标|合格|及时|明确|有效|合理|符合)")


#: a last clause that agrees with adding the items up: all of them missing scores 0 — "否则不得分",
#: "以上均未做到的不得分", or "没有X不得分" where every item needs X ("没有中转站不得分", fresh6 R3-3)
_ITEMS_ZERO_RE = re.compile(
    r"^(?:否则|(?:以上)?(?:均|都|全部)(?:未|没有|不)[^，,；;。\d分]{0,20}?|"
    r"(?:没有|无|未设立?|未建立?|未有)(?P<what>[^，,；;。\d分]{1,12}?))(?:的|者)?[,，]?(?:不得分|得0分|计0分|不计分)$")


#: a fixed term with 以上 that compares nothing: "规模(限额、资质)以上企业", "市级以上媒体" (fresh20 AG15-2)
#: ("由乙级以上资质单位编制", fresh67 CB3-2, r53: a grade of qualification — 甲级 / 乙级 / 丙级 — likewise)
_TERM_ABOVE_RE = re.compile(r"(?:规模|限额|资质|[国省市县区镇乡村]级|[甲乙丙]级)(?:\([^()]*\))?以上")


def item_name_refusal(name: str, names: list[str]) -> str:
    """Why ``name`` (one of ``names``) is not an item to add: "level" for a level, a band or a count of what is
    met (not this shape); a message when the names add up but one negates or lessens another; "" for an item.

    >>> item_name_refusal("对规模(限额、资质)以上企业进行考评", []), item_name_refusal("制度基本健全", [])
    ('', 'level')
    >>> item_name_refusal("资料不全", ["资料齐全", "资料不全"])[:10]
    '各条相加正好等于分值'
    """
    # ("具有较好的专业特色" (fresh73 CH1-3, r62): what the item asks for, never a lesser level — 较 after 具有 is an attribute)
    if re.search(r"\d分|扣|不得分|否则|每(?![\d两三四五六]*个?(?:月|季度?|年|周|半年))|但|基本|部分|(?<!具有)较", name) or LEVEL_RE.match(re.sub(r"(?:的|者)$", "", name)) \
            or _negated_sibling(name, [n for n in names if n != name]) or _MET_COUNT_RE.match(name) \
            or _HOW_MANY_MET_RE.search(name) or RANK_RE.search(name) \
            or (not re.search(r"\d", name) and _COMPARED_RE.search(_TERM_ABOVE_RE.sub("", name))):
        return "level"
    if _NEGATED_LEVEL_RE.search(name) or _one_subject_two_qualities(names):
        return "各条相加正好等于分值，但其中一条是另一条的否定或较低等级（如“资料不全”），不能确定是累加项还是互斥的档"
    return ""


def _one_subject_two_qualities(names: list[str]) -> bool:
    """Two names that are one subject (≥ 2 characters in common at the start) with short different
    endings, one a level word: "项目目的明确 / 项目目的含糊" — alternatives as often as items.

    >>> _one_subject_two_qualities(["项目目的明确", "项目目的含糊"]), _one_subject_two_qualities(["建立台账", "建立制度"])
    (True, False)
    """
    for i, a in enumerate(names):
        for b in names[i + 1:]:
            k = 0
            while k < min(len(a), len(b)) and a[k] == b[k]:
                k += 1
            ends = (a[k:], b[k:])
            if k >= 2 and all(0 < len(e) <= 4 for e in ends) and any(LEVEL_RE.match(e) for e in ends):
                return True
    return False


def _two_levels_of_one_subject(names: list[str]) -> bool:
    """Two names that are one subject (≥ 2 characters in common at the start) ending in two level words:
    "年度考核优秀 / 年度考核合格" — levels; "目标明确 / 目标细化" (fresh4 P2-1) stay items.

    >>> _two_levels_of_one_subject(["年度考核优秀", "年度考核合格"]), _two_levels_of_one_subject(["目标明确", "目标细化"])
    (True, False)
    """
    for i, a in enumerate(names):
        for b in names[i + 1:]:
            k = len(os.path.commonprefix([a, b]))
            if k >= 2 and all(LEVEL_RE.fullmatch(e) for e in (a[k:], b[k:])):
                return True
    return False


def _scored_pieces(text: str) -> list[str]:
    """The clauses of ``text``: split at "；" / "。" and after each "得N分，" inside a "，"-list."""
    pieces = []
    for seg in re.split(r"[；;。]", text):
        start = 0
        for m in _ITEM_END_RE.finditer(seg):
            pieces.append(seg[start: m.end() - 1])
            start = m.end()
        pieces.append(seg[start:])
    return [x.strip("，, ") for x in pieces if x.strip("，, ")]


def _negated_sibling(name: str, segs: list[str]) -> bool:
    """True when ``name`` is negated ("资料不全", "无档案") and what it negates appears in another clause —
    a lesser level of that clause, not an item of its own. "不断更新…设施" (不断 = continually) and
    "无冒领养老金现象发生" beside "全面开展养老金资格认证工作" (fresh10 W14) are items.

    >>> _negated_sibling("未建立档案", ["建立档案得2分", "未建立档案得1分"]), _negated_sibling("不断更新设施", [])
    (True, False)
    """
    m = re.match(r"^(?:未|不(?!断|仅|定期)|没有|无)(?P<core>.{2})", name)
    return m is not None and any(m["core"] in other for other in segs if name not in other)


def read_scored_items(text: str, weight: Decimal | None, notes: list[str]) -> Reading | None:
    """Items without numbering, one per "；" clause (or "，" after each "得N分"), each "…得N分",
    adding up to the 分值 — a checklist even when one item states a number to meet
    ("应急避难场所人均面积达1.5平方米得0.5分": the scorer checks it like any other item). A last
    clause "否则不得分" / "没有X不得分" (X needed by every item) says all items missing score 0,
    which adding up gives anyway: a note. Not this shape (``None``): a clause with another
    outcome or a deduction, points that do not add up to the 分值, one item worth the whole row,
    more than one item with a number (bands on one measure: "≥90%得3分；<90%得2分"), a negated
    item. Items that add up but one is a negated level ("资料齐全得2分，资料不全得1分": alternatives
    or items?) are refused.

    >>> r = read_scored_items("设施建设完善得0.3分;人均面积达1.5平方米得0.5分;建立消防队伍得0.2分", Decimal(1), [])
    >>> r.kind, [str(i.points) for i in r.items]
    ('checklist', ['0.3', '0.5', '0.2'])
    >>> r = read_scored_items("职责明确的得0.25分,有工作计划的得0.25分,进行述职(或书面述职)的得0.5分", Decimal(1), [])
    >>> r.kind, [i.text for i in r.items]
    ('checklist', ['职责明确', '有工作计划', '进行述职(或书面述职)'])
    >>> r = read_scored_items("有1座以上中转站,得10分;有1座以上压缩式中转站,得10分,没有中转站不得分", Decimal(20), [])
    >>> r.kind, str(r.max_points)
    ('checklist', '20')
    >>> read_scored_items("有1座以上中转站得10分;有1座以上压缩式中转站得10分,没有压缩式中转站不得分", Decimal(20), []) is None
    True
    >>> [str(i.points) for i in read_scored_items("职责明确得0.25分、有计划得0.25分、述职得0.5分", Decimal(1), []).items]
    ['0.25', '0.25', '0.5']
    >>> read_scored_items("项目目的明确得0.6分，项目目的含糊得0.4分", Decimal(1), []).kind
    'unreadable'
    >>> read_scored_items("执行率≥90%得3分;执行率<90%得2分", Decimal(5), []) is None
    True
    >>> read_scored_items("制度健全得3分;制度基本健全得2分", Decimal(5), []) is None
    True
    >>> read_scored_items("资料齐全得2分，资料不全得1分", Decimal(3), []).kind
    'unreadable'
    >>> read_scored_items("两条指标均符合计2分;满足一条计1分;均不符合计0分", Decimal(3), []) is None
    True
    """
    segs = _scored_pieces(text)
    if weight is None or len(segs) < 2:
        return None
    zero_note = None
    zm = _ITEMS_ZERO_RE.fullmatch(segs[-1])
    if zm is not None and len(segs) >= 3:
        zero_note, segs = segs[-1], segs[:-1]
    items = []
    for seg in segs:
        m = _SCORED_ITEM_RE.fullmatch(seg)
        if m is None or re.search(r"\d分|扣|不得分|否则|每|但|基本|部分|较", m["name"]) \
                or LEVEL_RE.match(m["name"]) or RANK_RE.search(m["name"]) or _negated_sibling(m["name"], segs):
            return None  # a deduction, a failing or lesser level ("基本健全得2分") or a rank ("一等奖"): not an item
        if not re.search(r"\d", m["name"]) and _COMPARED_RE.search(m["name"]):
            return None  # "高于上年得2分，与上年持平得1分": bands on one comparison
        pts = dec(m["p"])
        if pts == 0 or _MET_COUNT_RE.match(m["name"]) or _HOW_MANY_MET_RE.search(m["name"]):
            return None  # "两条指标均符合得2分；满足一条得1分" (S20-1 on another 分值): levels counting what is met
        items.append(ChecklistItem(m["name"].strip("，, "), pts))
    total = sum((i.points for i in items), ZERO)
    bare = [_EXISTS_RE.sub("", i.text) for i in items]
    numbered = sum(1 for t in bare if re.search(r"\d", t))
    if total != weight or any(i.points >= weight for i in items) or numbered > 1 \
            or (numbered and bare != [i.text for i in items]):
        return None
    if zm is not None and zm["what"] and not all(zm["what"] in i.text for i in items):
        return None  # "没有X不得分" where some item does not need X: a veto, not the items' sum
    if any(_NEGATED_LEVEL_RE.search(i.text) for i in items) or _one_subject_two_qualities([i.text for i in items]):
        return unreadable(notes, [text], "各条相加正好等于分值，但其中一条是另一条的否定或较低等级"
                                         "（如“资料不全”），不能确定是累加项还是互斥的档")
    understood = [*notes, "各条分别计分、得分相加（累加项）"]
    understood += [i.note() for i in items]
    if zero_note is not None:
        understood.append(f"分项均不满足时：{zero_note}（与逐项相加一致：各项都不满足得0分）")
    understood.append(f"合计最高 {fmt_decimal(total)} 分")
    return Reading(None, "checklist", understood, [], items, total)


#: "…得10分,按实际情况评分" (fresh6 R3-1): how each item is judged, after the items — no points
_ON_FACTS_RE = re.compile(r"[，,；;。]?(?:按|按照|根据|视)(?:实际|实际完成|具体)情况(?:评分|打分|计分|记分|给分|赋分|评定)[。；;]?$")


def read_items_on_facts(text: str, weight: Decimal | None, notes: list[str], printed: str | None = None) -> Reading | None:
    """Scored items (:func:`read_scored_items`) followed by "按实际情况评分": the scorer checks each
    item against the facts; the clause carries no points. A warning says so, since the words could
    also mean partial credit inside an item (then the row needs a person). Anything else than scored
    items adding up to the 分值 before it (levels, one item, a deduction), or a judge's words before it
    (:func:`refusals.judgement_match`, on ``printed``, the text before normalising, too: "最高得10分,最低得0分" — r21,
    the normaliser takes "最低得0分" for a floor), and ``None``: the judgement reading stands.

    >>> r = read_items_on_facts("有保洁队伍,得10分;实行14小时以上保洁,得10分,按实际情况评分", Decimal(20), [])
    >>> r.kind, str(r.max_points), len([u for u in r.understood if u.startswith("歧义")])
    ('checklist', '20', 1)
    >>> read_items_on_facts("好得10分;较好得6分,按实际情况评分", Decimal(10), []) is None
    True
    >>> printed = "有保洁队伍,得10分;保洁质量最高得10分,最低得0分,按实际情况评分"  # quality: judged between 0 and 10
    >>> read_items_on_facts("有保洁队伍,得10分;保洁质量最高得10分,按实际情况评分", Decimal(20), [], printed) is None
    True
    """
    m = _ON_FACTS_RE.search(text)
    if m is None or judgement_match(text[: m.start()], text[: m.start()] if printed is None else printed):
        return None
    said = m.group(0).strip("，,；;。")
    r = read_scored_items(text[: m.start()], weight, notes)
    if r is None or r.kind != "checklist":
        return None
    r.understood.insert(len(notes), f"“{said}”：逐项按实际情况判断是否做到（不参与计分）")
    r.understood.append(f"歧义：“{said}”读作逐项判断（做到得该项分，未做到不得分）；"
                        "若指分项内可按程度给部分分，本行需人工评分")
    return r


#: one missing thing and what it costs: "无组织机构扣3分" / "未建立台账的扣2分" (fresh5 Q4-1)
_MISSING_ITEM_RE = re.compile(
    # a short subject may come first: "政府未作出禁烧工作部署的,扣2分" (fresh9 V11-1); 没 alone (V24-1)
    rf"(?P<subj>[^\d，,；;。扣得每分无未没缺不]{{0,6}}?)(?P<neg>无|未|没有|没|缺少|缺|不)"
    rf"(?P<name>[^\d，,；;。扣得每]{{2,30}}?)(?:的|者)?[,，]?扣(?P<p>{NUM})分")  # 分 alone: "分管人员"

#: an item worded as a failing ("未出台…方案的"): a negation first, "的" last
_BARE_FAILING_RE = re.compile(r"(?:未|无|没有|没)[^，,；;。]+的")

#: a negation that is part of a word, not "lacks": dropping it leaves no item ("无法正常运行" → "法正常运行", "打击不力" →
#: "打击力") — such a failing stays the item, asked as its absence
_BOUND_NEGATION_RE = re.compile(r"无法|无论|不仅|不但|不论|不断|不同|不少|不力|不良|不利|不当|不妥|不善|不佳|不够|不足|不得")

#: an item written by the failed state that costs it: "车门开关失控的扣3分" (fresh22 AI9-1, r11) — the item is its absence
_STATE_ITEM_RE = re.compile(rf"(?P<what>[^\d，,；;。扣得每无未没缺不]{{2,30}}?(?:{FAILED_STATE}))(?:的|者)?[,，]?扣(?P<p>{NUM})分")


#: questions "是否…" in a row, then what each one met earns: "…是否设定了绩效目标,是否符合…要求,是否做到了细化、
#: 量化、可衡量,符合一项得1分,不符合不得分" (fresh8 U1-3, r4)
_QUESTIONS_RE = re.compile(
    rf"^(?P<qs>[^,，;；。]*?是否[^,，;；。]+(?:[,，;；]是否[^,，;；。]+)+)[,，;；。]"
    rf"每?(?:符合|满足|做到|达到)(?:1|一)项[,，]?(?:得|计|记)?(?P<p>{NUM})分(?P<rest>.*)$")


def read_questions(text: str, weight: Decimal | None, notes: list[str]) -> Reading | None:
    """Questions "是否…" each worth the points "符合一项得N分" gives — read as the checklist "①…;②…。每项N分"
    (the number of questions × N must be the 分值, else refused by that reading).

    >>> r = read_questions("是否设定目标,是否细化量化,符合1项得1分,不符合不得分", Decimal(2), [])
    >>> [(i.text, str(i.points)) for i in r.items]
    [('是否设定目标', '1'), ('是否细化量化', '1')]
    >>> read_questions("是否设定目标,是否细化量化,符合1项得1分", Decimal(3), []).kind  # 2 × 1 ≠ 3
    'unreadable'
    """
    m = _QUESTIONS_RE.match(text.strip())
    if m is None:
        return None
    qs = re.split(r"[,，;；](?=是否)", m["qs"])
    items = ";".join(f"{_CIRCLED[k]}{q}" for k, q in enumerate(qs))
    return _read_checklist(f"{items}。每项{m['p']}分{m['rest']}", weight, notes)


def read_missing_items(text: str, weight: Decimal | None, notes: list[str]) -> Reading | None:
    """Items written only by what each missing one costs, adding up to the 分值: "领导机构5分,无组织
    机构扣3分,无专人负责扣2分" → a checklist 组织机构 (3) + 专人负责 (2) (both missing: 5 - 3 - 2 = 0).
    An optional heading "…N分" must give the 分值. Not this shape (``None``): one item, costs that do
    not add up to the 分值 (then "扣N分" may repeat or be a partial loss), a per-finding 每, a lesser
    level (基本/部分/较/不).

    >>> r = read_missing_items("1、领导机构5分,无组织机构扣3分,无专人负责扣2分;", Decimal(5), [])
    >>> r.kind, [(i.text, str(i.points)) for i in r.items]
    ('checklist', [('组织机构', '3'), ('专人负责', '2')])
    >>> read_missing_items("无组织机构扣3分,无专人负责扣1分", Decimal(5), []) is None  # 4 ≠ 5
    True
    >>> len(read_missing_items("无组织机构扣3分,无专人负责扣2分;", Decimal(5), []).items)
    2
    >>> read_missing_items("无组织机构扣3分", Decimal(3), []) is None  # one item: pass/fail
    True
    >>> read_missing_items("领导机构4分,无组织机构扣3分,无专人负责扣2分", Decimal(5), []) is None
    True
    >>> read_missing_items("无组织机构扣3分,组织机构不健全扣2分", Decimal(5), []) is None  # a lesser level
    True
    >>> [i.text for i in read_missing_items("车门开关失控的扣3分,未设置缓冲装置的扣3分", Decimal(6), []).items]
    ['无车门开关失控', '设置缓冲装置']
    """
    if weight is None:
        return None
    body = re.sub(r"^\d{1,2}[、.]", "", text.strip())
    # the requirement first, then what each missing part costs (fresh9 V11-1): "成立…领导小组,…作出部署。未成立…"
    req = re.match(r"^(?P<r>[^\d。；;]{4,120}?)。(?=[^。]*扣)", body)
    if req is not None and not re.search(r"扣|得|分", req["r"]):
        notes = [*notes, described(req['r'], "考核要求")]
        body = body[req.end():]
    head = re.match(rf"^[^，,；;。\d扣得减]{{1,20}}?(?P<h>{NUM})分[,，:：]", body)
    if head is not None:
        if dec(head["h"]) != weight:
            return None
        body = body[head.end():]
    segs: list[str] = []
    for x in (y.strip("，, ") for y in re.split(r"[，,；;。]", body)):
        if not x:
            continue
        if segs and re.fullmatch(rf"扣{NUM}分", x):
            segs[-1] = f"{segs[-1]},{x}"  # "无爱卫组织,扣2分" (fresh12 Y11-1): the item, then what it costs
            continue
        segs.append(x)
    items = []
    printed = []
    for seg in segs:
        state = _STATE_ITEM_RE.fullmatch(seg)
        if state is not None:  # "车门开关失控的扣3分": the item is 无车门开关失控
            items.append(ChecklistItem(f"无{state['what']}", dec(state["p"])))
            printed.append(state["what"])
            continue
        m = _MISSING_ITEM_RE.fullmatch(seg)
        if m is None or re.search(r"基本|部分|较|不", m["name"]):
            return None
        printed.append(f"{m['subj']}{m['neg']}{m['name']}")
        if _BOUND_NEGATION_RE.match(m["neg"] + m["name"]):  # "无法正常运行": the item is the failing, asked as its absence
            items.append(ChecklistItem(printed[-1], dec(m["p"]), failing=True))
            continue
        items.append(ChecklistItem(f"{m['subj']}{m['name']}", dec(m["p"])))
    if lesser_level(printed):  # "未制定应急预案扣2分,预案未演练扣1分": one thing's levels, not two items (r4)
        return None
    if len(items) < 2 or sum((i.points for i in items), ZERO) != weight \
            or any(i.points >= weight for i in items) \
            or any(a is not b and a.text in b.text for a in items for b in items):
        # "无组织机构扣3分,组织机构不健全扣2分": the second is a lesser level of the first thing (no
        # organisation gives 5 − 3 = 2, items would give 0) — not two items (r3)
        return None
    understood = [*notes, "各条写明缺少时扣多少分，扣分合计等于分值：按累加项读（有则得该条分，缺则不得）"]
    understood += [i.note() for i in items]
    understood.append(f"合计最高 {fmt_decimal(weight)} 分")
    return Reading(None, "checklist", understood, [], items, weight)


def _deduction_is_item(frag: str, items: list[Decimal | None], weight: Decimal | None) -> bool:
    """A per-finding deduction inside a checklist is the item itself only when one finding costs
    exactly the item's points ("每少1项扣1分" beside 1-point items); "每认定1项扣0.5分" inside a
    2-point item (fresh4 P3-4) is partial credit a 是/否 item cannot hold.

    >>> _deduction_is_item("每少1项扣1分", [Decimal(1), Decimal(1)], None)
    True
    >>> _deduction_is_item("每认定1项扣0.5分", [Decimal(1), Decimal(2)], None)
    False
    """
    m = re.search(rf"扣(?:(?P<p>{NUM})分|(?P<w>{NUM})%(?:的)?权重分)", frag)
    if m is None:
        return False
    step = dec(m["p"]) if m["p"] is not None else (
        dec(m["w"]) / HUNDRED * weight if weight is not None else None)
    return step is not None and bool(items) and all(p == step for p in items)


def _item_markers(text: str) -> list[tuple[int, int]]:
    """Positions (start, end) of item markers ①② … or 1. 2. … in sequence."""
    found: list[tuple[int, int]] = []
    pos = 0
    for ch in _CIRCLED:
        i = text.find(ch, pos)
        if i < 0:
            break
        found.append((i, i + 1))
        pos = i + 1
    if len(found) >= 2:
        return found
    found = []
    pos = 0
    for n in range(1, 11):
        m = re.compile(rf"(?:(?<=^)|(?<=[：:；;。，,]))({n})[.、．](?!\d)").search(text, pos)
        if m is None:
            break
        found.append((m.start(), m.end()))
        pos = m.end()
    return found if len(found) >= 2 else []


#: the last numbered option says every item above fails: "上述2项均不符合章程规定不得分"
_NONE_MET_RE = re.compile(r"(?:以上|上述|前述)(?P<n>\d{1,2})项(?:均|都|全部)(?:不|未|没有)[^;；。,，]{0,30}?[,，]?(?:不得分|得?0分)")


def _sub_items(chunk: str) -> list[str]:
    """One numbered item's text, or the items worth points each inside it, parted by ";".

    >>> _sub_items("成立领导小组1分;落实分管领导3分")
    ['成立领导小组1分', '落实分管领导3分']
    >>> _sub_items("明确管理机构,得1分;推进节能工作,得2分")
    ['明确管理机构,得1分', '推进节能工作,得2分']
    >>> _sub_items("成立领导小组得1分;未成立扣1分")  # a deduction: one item with its failing
    ['成立领导小组得1分;未成立扣1分']
    """
    parts = re.split(r"(?<=\d分)[；;](?=\S)", chunk)
    if len(parts) > 1 and all(re.fullmatch(rf"[^扣减每]*?(?<![\d.]){NUM}分[；;，,。 ]*", x) for x in parts):
        return parts
    return [chunk]


#: the last item's points printed after its full stop: "5、能够展示当代大学生的思想素质。(3分)" (fresh55 BP10-2)
_POINTS_AFTER_STOP_RE = re.compile(rf"[。；;]\s*(?P<p>\({NUM}分\))")


def _last_item_end(last: str) -> tuple[int, int] | None:
    """Where the last numbered item ends and what follows it (a rule for all items, a note) begins.

    The item ends at its first "。" / "；" — unless its points come right after that stop in brackets, the layout of
    lists whose every item is "text。(N分)" (fresh55 BP10, fresh57 BR2-2, fresh67 CB8): the points belong to the item
    (the middle items keep theirs, which run up to the next item's number), so the item ends after them.

    >>> t = "能够展示当代大学生的思想素质。(3分)"
    >>> e = _last_item_end(t); t[: e[0]], t[e[1]:]
    ('能够展示当代大学生的思想素质。(3分)', '')
    >>> t = "档案管理制度。制度健全的记5分"  # a rule after the list: the item ends at its stop
    >>> e = _last_item_end(t); t[: e[0]], t[e[1]:]
    ('档案管理制度', '制度健全的记5分')
    >>> t = "注重同学实践能力的培养。(3分)；每项不符合扣1分"
    >>> e = _last_item_end(t); t[: e[0]], t[e[1]:]
    ('注重同学实践能力的培养。(3分)', '每项不符合扣1分')
    >>> _last_item_end("有完善的培训计划(2分)") is None
    True
    """
    cut = re.search(r"[。；;]", last)
    if cut is None:
        return None
    after = _POINTS_AFTER_STOP_RE.match(last, cut.start())
    if after is None:
        return cut.start(), cut.end()
    nxt = re.match(r"\s*[。；;，,]?\s*", last[after.end():])
    return after.end(), after.end() + (nxt.end() if nxt else 0)


def _read_checklist(text: str, weight: Decimal | None, notes: list[str]) -> Reading | None:
    marks = _item_markers(text)
    if not marks:
        return None
    finding = _COUNT_RE.search(text)
    if finding is not None and not re.search(rf"(?:[得计记,，(]|[\u4e00-\u9fff》”])\s?{NUM}分",
                                             text[: finding.start()]):
        # ①…⑤ are what is checked; the score comes from a per-finding deduction
        return None
    chunks = []
    for k, (_s, e) in enumerate(marks):
        end = marks[k + 1][0] if k + 1 < len(marks) else len(text)
        chunks.append(text[e:end])
    # two items worth points each inside one numbered item, parted by ";": "1.成立…领导小组1分;落实分管领导…3分"
    # (fresh19 AF2-1, r5), "…职责,得1分;推进…工作,得2分" (fresh20 AG1-1) — each its own item (no deduction in them)
    chunks = [part for c in chunks for part in _sub_items(c)]
    prefix = text[: marks[0][0]]
    last = chunks[-1]
    cut = _last_item_end(last)
    tail = ""
    if cut:
        tail = last[cut[1]:]
        chunks[-1] = last[: cut[0]]
    elif (each_end := re.search(rf"{_EACH_ITEM_RE.pattern}\)?$", last)) is not None:
        # "(4)有一支…队伍每项各2.5分)" (fresh14 AA2-2, r4): the last item runs into what each item is worth
        tail = each_end.group(0).rstrip(")")
        chunks[-1] = last[: each_end.start()]
    none_met = _NONE_MET_RE.fullmatch(chunks[-1].strip("；;，,。 "))
    if none_met is not None and len(chunks) >= 3 and int(none_met["n"]) == len(chunks) - 1:
        # "(1)…5分(2)…5分(3)上述两项均不符合章程规定0分" (fresh14 AA3-1, r4): the last option is every item
        # missing — what adding the items gives anyway, not an item of its own
        notes = [*notes, f"各项均不符合时不得分（与分项相加一致）：{none_met.group(0)}"]
        chunks = chunks[:-1]
    # items that state numeric bands are a band list (000 满意度 ①≥90% ②80%<…), not a checklist
    banded = 0
    for c in chunks:
        head = re.split(rf"[得计记]{NUM}分", c)[0]
        try:
            if _find_cond(head.replace("，", "").replace(",", "")) is not None and re.search(
                    r"[≥≤<>]|以上|以下|不低于|低于|~", head):
                banded += 1
        except _Unreadable:
            return None
    if banded >= 2 or (banded and len(chunks) == banded):
        return None
    understood = list(notes)
    unread: list[str] = []
    n_items = len(chunks)
    failing = [False] * n_items  # the items written as deductions ("…的,扣30分")
    stepped: list[str] = []  # failings that cost per unit
    points: list[Decimal | None] = [None] * n_items
    texts: list[str] = []
    for k, c in enumerate(chunks):
        m = re.search(rf"(?:[,，]?(?:得|计|记|占)|[,，(](?=\d))(?:(?P<p>{NUM})分|(?P<w>{NUM})%(?:的)?权重分)\)?", c)
        if m is None:  # "1、单位财务管理制度1分;": the item's points right after its text
            m = _BARE_ITEM_POINTS_RE.search(c)
        if m is None:
            texts.append(c.strip("；;，,。 "))
            continue
        if c[: m.start()].endswith(("扣", "减")):
            # "(1)…的,扣30分。(2)…的,扣20分" (fresh11 X11-1): what each failing costs is the item's worth
            # only when they add up to the 分值 ("(1)未建立台账,扣2分;(2)…扣1分" on a 4-point row was read
            # as items worth 3 in all — r4); the item is the failing, asked as its absence (ChecklistItem.failing)
            if is_step(c[: m.start()]):  # "1.完成率下降一个百分点,扣1分;…" (fresh29 AP8-2): per point, not once
                stepped.append(c.strip("；;，,。 "))
            failing[k] = True
            texts.append(c[: m.start() - 1].rstrip("，, 的").strip("；;，,。 "))
        else:
            texts.append(c[: m.start()].strip("；;，,。 "))
        if m["p"] is not None:
            points[k] = dec(m["p"])
        else:
            if weight is None:
                unread.append(c)
                continue
            points[k] = dec(m["w"]) / HUNDRED * weight
        rest = c[m.end():]
        for frag in _split(rest):
            fr = _read_fragment(frag, weight, None)
            zero_out = fr.out_amount is not None and fr.out_amount.coef.value == 0
            scores = fr.out_amount is not None and not zero_out
            if fr.deduct is not None and fr.deduct.kind == "flat" and fr.qual and fr.cond is None \
                    and _deduction_is_item(frag, [points[k]], weight):
                # "…得1分，超出时间报送的扣1分" (fresh4 P3-1): losing the item's own points is its 否
                understood.append(f"分项不满足时：{frag}")
                continue
            if fr.bad or fr.cond is not None or scores or fr.prop \
                    or (fr.deduct is not None and fr.deduct.kind == "flat"):
                # "按时申报计2分,逾期扣1分" (N3-5): partial credit an item cannot hold (是/否) → refused
                unread.append(frag)
            elif fr.deduct is not None and _deduction_is_item(frag, [points[k]], weight):
                understood.append(f"分项内扣分：{frag}")
            elif fr.deduct is not None:
                understood.append(_PARTIAL_WHY)
                unread.append(frag)
            elif zero_out:
                understood.append(f"分项不满足时：{frag}")
    merged: list[tuple[str, str]] = []  # (circled group, share %)
    for frag in _split(tail):
        f = re.sub(r"^否则", "", frag)
        sm = _SHARE_EACH_RE.fullmatch(f) or _SHARE_EACH_RE.fullmatch(frag)
        if sm is not None:
            shares = [dec(x.rstrip("%")) for x in re.split(r"[、,，]", sm["list"])]
            if len(shares) == 1:
                shares = shares * n_items
            if len(shares) != n_items:
                unread.append(frag)
                continue
            if weight is None:
                unread.append(frag)
                continue
            for k, s in enumerate(shares):
                if points[k] is None:
                    points[k] = s / HUNDRED * weight
            understood.append(f"每项占比：{sm['list']}")
            continue
        em = _EACH_ITEM_RE.fullmatch(frag)
        if em is not None:
            # "①…；②…；③…。每项1分" (评价要点 lists): every item is worth N, the items add up to 分值
            each = dec(em["p"])
            if any(p is not None for p in points) or (weight is not None and each * n_items != weight):
                unread.append(frag)
                continue
            points = [each] * n_items
            understood.append(f"每项{fmt_decimal(each)}分，共{n_items}项")
            continue
        m1 = re.fullmatch(rf"满足([{_CIRCLED}])得({NUM})%(?:的)?权重分", frag)
        if m1 is not None and weight is not None:
            k = _CIRCLED.index(m1[1])
            if k < n_items:
                points[k] = dec(m1[2]) / HUNDRED * weight
                understood.append(f"满足{m1[1]}得{m1[2]}%权重分")
                continue
        m2 = re.fullmatch(rf"([{_CIRCLED}]{{2,}})分别占({NUM})%(?:的)?权重分", frag)
        if m2 is not None and weight is not None:
            for ch in m2[1]:
                k = _CIRCLED.index(ch)
                if k < n_items:
                    points[k] = dec(m2[2]) / HUNDRED * weight
            understood.append(f"{m2[1]}分别占{m2[2]}%权重分")
            continue
        m3 = re.fullmatch(rf"([{_CIRCLED}]{{2,}})均(?:符合|满足)得({NUM})%(?:的)?权重分", frag)
        if m3 is not None and weight is not None:
            merged.append((m3[1], m3[2]))
            understood.append(f"{m3[1]}均符合得{m3[2]}%权重分")
            continue
        lm = _LESS_EACH_RE.fullmatch(frag)
        if lm is not None:
            each = dec(lm["p"])
            if all(p == each for p in points):  # one item missing costs exactly its points
                understood.append(f"按分项计分：{frag}（每项{fmt_decimal(each)}分）")
            else:
                unread.append(frag)
            continue
        if re.fullmatch(r"(?:否则)?此指标不得分", frag):
            understood.append("前置条件：不满足第一项时本指标不得分（需人工判断）")
            continue
        if re.fullmatch(r"(?:以上)?(?:均|全部)(?:满足|符合)得(?:100%(?:的)?权重分|满分)", frag):
            understood.append("以上均满足得满分")
            continue
        if re.fullmatch(r"(?:否则|无相应制度则|未满足的|不满足的)?(?:分项不得分|扣除相应(?:的)?权重分|"
                        r"扣除相应分值|相应分项不得分)", frag):
            understood.append(f"按分项计分：{frag}")
            continue
        fr = _read_fragment(frag, weight, None)
        zero_out = fr.out_amount is not None and fr.out_amount.coef.value == 0
        if not (fr.bad or fr.cond is not None or fr.prop or fr.note
                or (fr.out_amount is not None and not zero_out)):
            if fr.deduct is not None and _deduction_is_item(frag, points, weight):
                understood.append(f"分项内扣分：{frag}")
            elif fr.deduct is not None:
                understood.append(_PARTIAL_WHY)
                unread.append(frag)
            elif zero_out:
                understood.append(f"分项不满足时：{frag}")
            elif not re.search(r"\d", frag):
                understood.append(f"分项说明：{frag}")
            else:
                unread.append(frag)
            continue
        unread.append(frag)
    for group, share in merged:
        ks = [_CIRCLED.index(ch) for ch in group if _CIRCLED.index(ch) < n_items]
        if all(points[k] is not None for k in ks):
            total = sum((points[k] for k in ks), ZERO)  # type: ignore[misc]
            if weight is not None and total != dec(share) / HUNDRED * weight:
                unread.append(f"{group}均符合得{share}%权重分（与分项占比之和不符）")
            continue
        if weight is None:
            continue
        # merge the items of the group into one item worth the stated share
        first = ks[0]
        texts[first] = "；".join(texts[k] for k in ks)
        points[first] = dec(share) / HUNDRED * weight
        for k in ks[1:]:
            points[k] = ZERO
            texts[k] = ""
    p = prefix.strip("：:，,；; ")
    if p:
        if re.search(r"\d", re.sub(r"共\d+项|分别为", "", p)):
            unread.append(p)
        else:
            understood.insert(0, f"考核内容：{p}")
    deducted = any(failing)
    if deducted:
        for k, t in enumerate(texts):
            if not failing[k] and _BARE_FAILING_RE.fullmatch(t):
                # "…扣1分。2.未出台…实施方案的,1分。" (fresh24 AJ17-1): among deductions, a failing whose 扣 is left out
                failing[k], texts[k] = True, t[:-1]
    items = [ChecklistItem(texts[k], points[k], failing=failing[k])  # type: ignore[arg-type]
             for k in range(n_items) if points[k] is not None and texts[k]]
    missing = [k for k in range(n_items) if points[k] is None]
    if missing:
        return unreadable([*understood, *(cannot_read(f"第{k + 1}项未说明分值") for k in missing)],
                          unread + [texts[k] for k in missing])
    if unread:
        # (r86) a fragment after the list with no why of its own ("1、….(2分) 2、….(3分)(本项最高5分)" was refused with
        # nothing said): name it
        why = None if any(u.startswith("未能读懂") or u == _PARTIAL_WHY for u in understood) else \
            "这段文字未能读成分项或规则的一部分，未作推测"
        return unreadable(understood, unread, why, "；".join(unread) if why else None, items=items)
    total = sum((i.points for i in items), ZERO)
    if deducted and total != weight:
        return unreadable(understood, texts, f"各项写的是扣分，扣分合计 {fmt_decimal(total)} 分不等于分值，不能当作分项")
    if stepped:
        return unreadable(understood, stepped, "这些扣分按个数或百分点逐个计，不是出现一次扣一次的分项")
    if deducted and all(i.failing for i in items):
        understood.append(FAILINGS_AS_ITEMS)
    understood += [i.note() for i in items]
    understood.append(f"合计最高 {fmt_decimal(total)} 分")
    return Reading(None, "checklist", understood, [], items, total)


#: a score verb right before bare points ("加2分" is a bonus) — but "参加" is a word: "有关部门参加(2分)" (fresh26 AM5-1)
NOT_BONUS = r"(?<!(?<!参)加)"

#: one item with its bare points: "成立工作领导小组2分" / "有立案(0.2分)" (the normaliser drops the brackets)
_BARE_ITEM_RE = re.compile(rf"(?P<name>[^\d；;。，,]{{2,60}}?[\u4e00-\u9fff)])(?<![得计记给赋为扣]){NOT_BONUS}(?P<p>{NUM})分")

#: a count an item requires ("有专职工作人员1人以上1分", fresh12 Y2-1): part of the item's words, never a
#: band (a percentage or an amount stays refused)
_COUNT_IN_ITEM_RE = re.compile(rf"(?<=[\u4e00-\u9fff])\d{{1,3}}{COUNT}(?:及)?以上(?=[\u4e00-\u9fff]|\d)")

#: words that make a clause more than an item with its points
#: (得/计/记 alone are words here — "党委书记", "计划": the name holds no digits, so no "得N分" hides in it)
_NOT_BARE_RE = re.compile(r"得分|计分|记分|扣|每|按|其中|程度|否则|满分|分值|权重|合计|总分|最高|最多|以上|以下|不足|低于|超过")


def read_bare_items(text: str, weight: Decimal | None, notes: list[str]) -> Reading | None:
    """Items each followed by its bare points, adding up to the 分值 — "成立工作领导小组2分;明确推广人员2分;
    召开相关工作会议(有会议纪要)1分" (fresh8 U17-4) or "有…批示件(0.1分),解决好了…问题(0.2分),有立案(0.2分)"
    (U6-5). Only when every clause is such an item (no score verb, deduction, band word or "其中"/"按…"
    that would say how an item is judged), there are two or more, none is worth the whole row, and
    they add up to the 分值; else ``None``.

    >>> r = read_bare_items("成立工作领导小组2分;明确推广人员2分;召开相关工作会议(有会议纪要)1分", Decimal(5), [])
    >>> [(i.text, str(i.points)) for i in r.items]
    [('成立工作领导小组', '2'), ('明确推广人员', '2'), ('召开相关工作会议(有会议纪要)', '1')]
    >>> read_bare_items("成立工作领导小组2分;明确推广人员2分", Decimal(5), []) is None  # 4 ≠ 5
    True
    >>> read_bare_items("其中:提高灌溉水利用系数2分、新增节水灌溉面积2分", Decimal(4), []) is None
    True
    >>> read_bare_items("制度健全2分、执行有效3分", Decimal(5), []) is None
    True
    """
    # (items joined by "、" stay refused: "制度健全2分、执行有效3分" says nothing of how each is judged;
    # among items parted by "，" a "、" right after the points parts items too: "公开扶贫对象1分,公开帮扶
    # 措施1分、公开扶贫成效1分" (fresh9 V5-3))
    sep = r"[,，;；。]|(?<=分)、" if re.search(rf"分[,，;；](?=[^,，;；。]*?{NUM}分)", text) else r"[,，;；。]"
    segs = [x.strip() for x in re.split(sep, text) if x.strip()]
    if weight is None or len(segs) < 2:
        return None
    items = []
    for seg in segs:
        m = _BARE_ITEM_RE.fullmatch(_COUNT_IN_ITEM_RE.sub("", seg))
        if m is None or _NOT_BARE_RE.search(m["name"]) or RANK_RE.search(m["name"]):
            return None  # ("一等奖6分,二等奖4分": ranks of one award, never items — r86's report to r84)
        items.append(ChecklistItem(seg[: seg.rindex(m["p"])], dec(m["p"])))
    total = sum((i.points for i in items), ZERO)
    words = [re.sub(r"\d", "", i.text) for i in items]
    if total != weight or any(i.points >= weight for i in items) or len(set(words)) != len(words):
        return None  # (the same words with two counts are bands of a count, not items)
    if any(i.points == 0 for i in items) or _two_levels_of_one_subject([i.text for i in items]):
        # "年度考核优秀(3分);年度考核合格(2分)" on a 5-point row was read as items 3 + 2, and "…;方案未经审批(0分)" as
        # an item worth 0 (found in r7): levels of one thing, not items
        return None
    understood = [*notes, "各条后为该条的分数：分别判断是否做到，得分相加（累加项）"]
    understood += [i.note() for i in items]
    understood.append(f"合计最高 {fmt_decimal(total)} 分")
    return Reading(None, "checklist", understood, [], items, total)
