"""A failing that holds a number, inside a list of failings each costing a fixed deduction (r27, issue 11).

"未开设监督电话扣0.5分;处理群众反映问题不及时扣0.5分;满意率达不到90%扣1分。" (fresh23 AJ5-3, 2-point row): a careful
scorer ticks each failing yes or no; "满意率达不到90%" is one failing like the others — its number is part of what the
failing says (the rate the table asks for), never a band of the row's value. The clause readers refuse such a failing
("“扣N分”前没有可判断的情形", "条件前的文字含有数字"): a number before 扣 starts a numeric band there.

How it is read: each failing with a number is put aside as a number-free stand-in ("甲情形未落实", or "存在甲情形" when
the printed failing names no absence), the text so masked is read by the whole reader — so the rest of the list is
read exactly as the other readers read number-free failings (equal deductions → counted, 同额扣分并入次数; unequal ones
adding up to the 分值 → a checklist; anything they refuse stays refused) — and the stand-in is named back as printed.
Only a checklist or a count of failings is taken (never levels, bands or a pass/fail), clean, its maximum the 分值.

Not this shape (``None``, the refusal stands): fewer than two fixed deductions (a lone "低于90%扣2分" is a band of the
row's value); a failing whose number is a step ("每少1次扣0.5分", "每1公里扣0.5分"); a failing that starts with its
number or comparison (no subject of its own: "…扣1分,10个工作日扣1分", "…扣1分,小于50㎡的扣2分"); two failings on one
quantity (a band pair: "满意率低于90%扣1分,满意率在80%以下扣2分"); a failing compared with a target (目标值, 计划 …,
上年); a failing with points or a score verb in it; one failing a lesser level of another (deductionlist.lesser_level);
a number in a requirement clause before the failing's own clause ("每季度检查不少于1次,未按要求检查扣1分": session 25
refuses a numeric requirement before a flat deduction).

>>> from jixiao.rules.chinese.reader import read_rule_text
>>> r = read_rule_text("未开设监督电话扣0.5分;处理群众反映问题不及时扣0.5分;满意率达不到90%扣1分。", 2)
>>> [(i.text, str(i.points)) for i in r.items]
[('未开设监督电话', '0.5'), ('处理群众反映问题不及时', '0.5'), ('满意率达不到90%', '1')]
>>> read_rule_text("满意率低于90%扣1分,低于80%扣2分", 3).kind  # a band pair on one rate
'unreadable'
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from decimal import Decimal

from jixiao.rules.chinese._base import NUM, Reading, retold
from jixiao.rules.chinese.deductionlist import lesser_level
from jixiao.rules.chinese.lexicon import COUNT, ITEM_NO, said_as_done
from jixiao.rules.chinese.refusals import TARGET_WORDS
from jixiao.rules.chinese.rewrites import _clean, _understood_refusal
from jixiao.rules.model import Compare, Interval, Text

#: the note put first in ``understood`` (with the failings quoted)
NOTE = "情形中含有数字"

#: one fixed deduction: "扣0.5分", ",扣 1 分", "扣除2分" — not a cap ("最多扣2分", "累计扣满3分")
_DEDUCTION_RE = re.compile(rf"(?<!最多)(?<!最高)(?<!至多)(?<!累计)(?<!合计)(?<!共)扣(?:除)?\s*(?P<p>{NUM})\s*分")
#: a count of one unit found or missing: "发现一项", "缺1处", "超生1个小孩" — each one costs (a step), not one failing
_PER_ONE_RE = re.compile(rf"(?:^|[，,、;；]|发现|出现|发生|造成|存在|有|缺|少|差|超|多|每)\s*(?:1|一)\s*{COUNT}|(?:1|一)\s*{COUNT}$")
#: a change by one point: "完成率下降一个百分点" (fresh29 AP8-2) costs per point, like "每下降1个百分点"
_ONE_POINT_CHANGE_RE = re.compile(r"(?:下降|降低|减少|提高|增加|上升|增长|低|少|高|多|超|差)\s*(?:1|一)\s*(?:个百分点|%|％)")
#: a number inside a failing: digits, a share, a Chinese numeral with its measure word, or a period "每月"
_CN_NUM = "一二两三四五六七八九十百千半"
_NUMBER_RE = re.compile(rf"[\d０-９%％‰]|[{_CN_NUM}]+\s*(?:个|名|次|项|处|人|天|日|周|月|年|季度|倍|条|件|家|台|户|"
                        r"公里|米|平方米|分之)|每")
#: the periods a "每" may name inside a failing (a frequency the table asks for): "每月未带队检查", "每年少于两次"
_PERIOD = r"(?:个)?(?:月|年|季度|季|周|星期|半年|学期|旬|天|日)"
#: a step after the period: "每月少1次" (each missing one costs), never "每月少于两次" (fewer than, once)
_STEP_AFTER_PERIOD_RE = re.compile(rf"^(?:[少缺差低降减超多增迟延晚](?!于)|[\d{_CN_NUM}])")
#: where a failing's own words begin: after a sentence mark, or after the points of an earlier clause ("…得30分,")
_START_RE = re.compile(r"[。；;]|分[)）]?\s*[，,、]|^")
#: an item number opening a failing: "1、", "(2)", "（二）", "③" (lexicon.ITEM_NO)
_ITEM_NO_RE = re.compile(rf"^\s*{ITEM_NO}\s*")
#: a failing with no subject of its own: it opens with its number or a comparison
_SUBJECTLESS_RE = re.compile(r"^(?:[\d０-９]|[一二两三四五六七八九十]|(?:未|不|没有)?(?:达到|达|满|足|低于|高于|小于|大于|少于|"
                             r"多于|超过|超出|不足|不到|在|为|≥|≤|>|<)\s*[\d０-９一二两三四五六七八九十])")
#: a comparison word: what stands before it is the compared quantity ("满意率达不到90%" → 满意率)
_COMPARE_RE = re.compile(r"(?:达不到|未达到|没有达到|不到|达到|低于|高于|小于|大于|少于|多于|超过|超出|不足|不低于|不少于|"
                         r"不高于|不超过|在|为|≥|≤|>|<)\s*[\d０-９" + _CN_NUM + "]")
#: words that make a failing something other than one yes/no failing: points, a score verb, a cap, a target, last year
_NOT_FAILING_RE = re.compile(rf"分|得|加|扣|最多|最高|为止|直至|按比例|{TARGET_WORDS}|目标|计划|任务|上年|去年|同期|上一年|"
                             r"平均|基数|增长|增幅|降幅|同比|环比|或")
#: a failing that names an absence (the stand-in keeps it: deductionlist and the missing-items reader need one)
_NEG_RE = re.compile(r"无|未|没有|没|缺|不|少于|低于|不足")

_STAND_INS = "甲乙丙丁戊己庚辛壬癸"


def _failings(text: str) -> list[tuple[int, int, str]]:
    """The failings before each fixed deduction: (start, end, printed failing) — the failing's own words, after an
    earlier sentence or score and an item number, without a closing "的/者" and comma."""
    out = []
    prev = 0
    for m in _DEDUCTION_RE.finditer(text):
        piece = text[prev:m.start()]
        start = prev + max(s.end() for s in _START_RE.finditer(piece))
        seg = text[start:m.start()]
        lead = _ITEM_NO_RE.match(seg)
        if lead is not None:
            start += lead.end()
        body = text[start:m.start()]
        trimmed = re.sub(r"(?:的|者)?[\s,，]*$", "", body)
        head = len(body) - len(body.lstrip(" ，,、\u3000"))
        out.append((start + head, start + len(trimmed), trimmed[head:]))
        prev = m.end()
    return out


def is_step(failing: str) -> bool:
    """Whether ``failing`` costs per unit (a step: each one, each point) rather than once — a count of one unit
    ("发现一项"), a change by one point ("完成率下降一个百分点", read per point), or a 每 that is not a period the table
    asks for. Such a failing is never one yes/no item.

    >>> is_step("街道督办责任人每月未带队检查"), is_step("每月少1次"), is_step("每处"), is_step("未清理垃圾的,发现一项")
    (False, True, True, True)
    >>> is_step("单相电能表完成率下降1个百分点"), is_step("满意率达不到90%")
    (True, False)
    """
    if _PER_ONE_RE.search(failing) or _ONE_POINT_CHANGE_RE.search(failing):
        return True
    for m in re.finditer("每", failing):
        period = re.match(_PERIOD, failing[m.end():])
        if period is None or _STEP_AFTER_PERIOD_RE.match(failing[m.end() + period.end():]):
            return True
    return False


def _quantity(failing: str) -> str | None:
    """The quantity a failing compares (the words before its comparison), or None when its number only qualifies it
    ("校园周边200米范围内存在食品摊贩": no comparison before 200).

    >>> _quantity("满意率达不到90%"), _quantity("校园周边200米范围内存在食品摊贩")
    ('满意率', None)
    """
    m = _COMPARE_RE.search(failing)
    return failing[:m.start()].strip(" ，,") if m is not None else None


def _shape(failing: str) -> str:
    """A failing with its numbers as N and band words dropped: two failings of one shape are bands of one quantity.

    >>> _shape("发生2起以上事故") == _shape("发生1起事故"), _shape("校园周边200米范围内存在食品摊贩")
    (True, '校园周边N米范围内存在食品摊贩')
    """
    t = re.sub(rf"(?:[\d０-９.]+|[{_CN_NUM}]+)(?=\s*\D)", "N", failing)
    return re.sub(r"[(（]含[^)）]{0,6}[)）]|及以上|及以下|或以上|或以下|以上|以下|以内", "", t).strip()


def _numeric(failing: str) -> bool:
    return _NUMBER_RE.search(failing) is not None


def _fits(failings: list[str]) -> bool:
    """Whether the failings with a number are each one yes/no failing (see the module docstring)."""
    numeric = [f for f in failings if _numeric(f)]
    if not numeric or len(failings) < 2:
        return False
    for f in numeric:
        if not f or len(f) > 60 or _NOT_FAILING_RE.search(f) or is_step(f) or _SUBJECTLESS_RE.match(f):
            return False
        if any(_numeric(c) for c in re.split(r"[,，]", f)[:-1]):
            # the number in a clause before the failing's own: a requirement, then its failing ("每季度检查不少于1次,
            # 未按要求检查扣1分" — is each quarter missed one failing? session 25 refuses it, test_s25)
            return False
    shapes = [_shape(f) for f in numeric]
    if len(set(shapes)) < len(shapes):  # "发生1起事故扣1分;发生2起以上事故扣2分": one count's bands
        return False
    quantities = [q for q in (_quantity(f) for f in numeric) if q is not None]
    for k, q in enumerate(quantities):
        # a band pair: two failings on one quantity, or the quantity named in another failing ("满意率未达标";
        # "完成率低于80%" beside "未完成年度任务": the stem 完成)
        stem = re.sub(r"(?:率|度|量|数|比例|比重|占比)$", "", q)
        if len(stem) < 2 or q in quantities[k + 1:] or sum(1 for f in failings if stem in f) > 1:
            return False
    return not lesser_level(failings)


def _rename(reading: Reading, names: dict[str, str]) -> Reading | None:
    """The reading with each stand-in named back as printed (items and notes); None when a stand-in is left over."""
    def back(s: str) -> str:
        for stand_in in sorted(names, key=len, reverse=True):
            s = s.replace(stand_in, names[stand_in])
        return s

    def named(item: str) -> str | None:
        """An item that is a stand-in, after its item number if any ("(三)丙情形": the failing was masked after its
        number), named as printed; None when not one."""
        lead = _ITEM_NO_RE.match(item)
        number, core = (item[:lead.end()], item[lead.end():]) if lead else ("", item)
        return number + names[core] if core in names else None

    marks = {f"{k[0]}情形" if k[0] in _STAND_INS else k[2:] for k in names}  # "甲情形", or "甲情形" of "存在甲情形"
    if any(m in i.text for i in reading.items for m in marks if named(i.text) is None):
        return None  # a stand-in cut or rewritten by the reader: its printed name is not known
    items = [replace(i, text=named(i.text) or i.text) for i in reading.items]
    understood = [retold(u, back(u)) for u in reading.understood]
    if any(m in u for u in understood for m in marks):
        return None
    return replace(reading, items=items, understood=understood)


def read_numeric_failings(text: str, w: Decimal | None, read: Callable[[str], Reading]) -> Reading | None:
    """The reading of a list of fixed deductions with failings that hold numbers (see the module docstring), or
    ``None`` (the refusal stands); ``read(masked)`` reads the masked text. Tried whatever the kind of the refusal: a
    refusal "for meaning" here comes from the number read as a band ("扣分的情形与数值条件混在一起", "几处扣分可能同时
    发生"), and the masked text goes through every check of meaning again.

    >>> from jixiao.rules.chinese.reader import read_rule_text
    >>> r = read_rule_text("校园周边200米范围内存在食品摊贩的,扣0.5分。校园周边200米范围内存在无证经营商家的,扣0.5分。", 3)
    >>> r.canonical
    '*: W - 0.5 per 1'
    >>> read_rule_text("未建立台账扣1分;每少1次检查扣0.5分", 2).kind  # the number is a step
    'unreadable'
    """
    if w is None or not isinstance(text, str):
        return None
    found = _failings(text)
    if len(found) < 2 or not _fits([f for _, _, f in found]):
        return None
    masked, names, last, k = [], {}, 0, 0
    for start, end, failing in found:
        if not _numeric(failing):
            continue
        if k >= len(_STAND_INS):
            return None
        stand_in = f"{_STAND_INS[k]}情形未落实" if _NEG_RE.search(failing) else f"存在{_STAND_INS[k]}情形"
        names[stand_in] = failing
        # had=False, not shortnames' had=True (r36 checked): the two differ only where the failing's one negation is
        # 没有/无 before something had ("无2名以上专职人员": "2名以上专职人员" here, "有2名以上专职人员" with had=True).
        # This name lands in the checklist checklist.read_missing_items reads from the masked text, which names its
        # other items with the negation dropped ("无工作台账" → "工作台账"): had=True would name one item of a list
        # differently from its neighbours. On the corpus the switch changes no reading: only two failings differ
        # ("…存在无证经营商家", "…“三无”食品…", one text read as a count of failings, which names no item).
        positive = said_as_done(failing)
        if stand_in.endswith("未落实") and positive is not None:
            names[f"{_STAND_INS[k]}情形落实"] = positive
        masked += [text[last:start], stand_in]
        last, k = end, k + 1
    masked.append(text[last:])
    reading = read("".join(masked))
    if _understood_refusal(reading) or not _clean(reading, w) or not _counted_or_items(reading):
        return None
    renamed = _rename(reading, names)
    if renamed is None:
        return None
    quoted = "、".join(f"“{f}”" for f in names.values() if f in (x for _, _, x in found))
    renamed.understood.insert(0, f"{NOTE}：{quoted}中的数字是该情形的一部分，按是否出现判断（不是本行业绩值的分档）")
    return renamed


def _counted_or_items(reading: Reading) -> bool:
    """A checklist, or a count rule with no level names and no bands (``*: W - p per 1``, a cap on the count)."""
    if reading.kind == "checklist":
        return bool(reading.items)
    if not reading.ok or reading.rule is None:
        return False
    for c in reading.rule.clauses:
        cond = c.condition
        if isinstance(cond, Text) or (isinstance(cond, Compare | Interval) and "%" in str(cond)):
            return False
    return True
