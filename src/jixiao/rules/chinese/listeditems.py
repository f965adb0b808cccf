"""Recogniser: things listed, then "每项计N分" — the score is N for each listed thing the unit has (does), so the
value is the number of listed things met and the rule ``>=n: W; <n: W - N per 1`` (n things, n × N = the 分值).

The list may part its things by "、", commas and 和/及/以及 ("空调、去湿机,和…温湿度自控仪系统"), may hold a
requirement's number ("报送1条以上档案利用实例和立卷说明": 1条以上 names what is sent, it is no point), and may hold a
bracket ("移动硬盘(U盘)", never parted); "或" joins one thing ("铁质柜或密集架"). An explicit count ("抽查12项") is the
count instead of the things listed. The safety check: the count × N must be the 分值 — a list of "、" whose count
does not make the 分值 is refused naming both counts (never a guess which holds); without "、" (a category named, "主导品种
和主推技术", fresh8 U17-3, whose 5 items are in another column) the other readers read it as before (peritem.py).
fresh69 CD2 (档案工作评估表, r58).

>>> from decimal import Decimal
>>> str(read_listed_items("库房安装使用了空调、去湿机,和统一规范的温湿度自控仪系统,每项得2分;", Decimal(6))[0])  # CD2-2
'>=3: W; <3: W - 2 per 1'
>>> str(read_listed_items("归档文件材料收集齐全,抽查12项,每项得2分;", Decimal(24))[0])  # CD2-4: the count given
'>=12: W; <12: W - 2 per 1'
>>> read_listed_items("包括年度财政收入、农民人均纯收入,每项2分.", Decimal(4)) is None  # BR9-3: no verb, items
True
>>> read_listed_items("将全市主导品种和主推技术列入年度推广计划,每项得1分", Decimal(5)) is None  # U17-3: no "、" list
True
>>> read_listed_items("配有计算机、复印机、照相机,每项得1分", Decimal(5))
Traceback (most recent call last):
...
jixiao.rules.chinese._base._Unreadable: 所列3项，每项1分，合计3分，与分值5分不符（分值÷每项分数=5项），未作推测
"""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.rules.chinese._base import ITEM_NUMBER, NUM, _Unreadable, dec
from jixiao.rules.grammar import parse_rule
from jixiao.rules.model import Rule, fmt_decimal

#: the list, then "每项计N分" (normalise writes 计/记 as 得), an optional cap that must be the 分值 — with its verb: "包括A、B,每项2分"
#: (fresh57 BR9-3) is read as items by the checklist readers (the same scores; the corpus labels it so)
_LISTED_THEN_EACH_RE = re.compile(
    rf"^(?:{ITEM_NUMBER}\s*)?(?P<list>[^。；;:：每扣%≥≤<>]{{4,160}}?)[,，]\s*每(?:项|条)各?(?:得|计|记|给)(?P<p>{NUM})分"
    rf"(?:[,，;；](?:最高|最多|共|合计|满分)(?:得|计)?(?P<cap>{NUM})分)?[。；;]?$")

#: what no list of things met holds: a score, a deduction, a failing's consequence, another rate
#: (nor what is lacking: "库房缺少空调、去湿机,每项计1分" / "不具备…" — a point per thing lacking or per thing met? r60)
_NOT_A_THING_RE = re.compile(r"\d\s*分|满分|得分|计分|分值|得|扣|否则|不计|加\d|减\d|\d%|未|没有|无|缺|不")

#: an explicit count of the things checked: "抽查12项" / "共5项"
_COUNT_GIVEN_RE = re.compile(r"(?:随机抽查|抽查|抽取|抽检|共计|共)(?P<n>\d{1,3})(?:项|个|条|份|卷|件)")

#: the partings of a list: "、", commas, 和 / 以及 / 及 (not 及时); a bracket is taken out first
_PARTS_RE = re.compile(r"[、,，]|以及|和(?!谐)|及(?!时|格)")


def listed_things(text: str) -> list[str]:
    """The things of a list, in order: brackets taken out, parted by "、", commas and 和/及/以及.

    >>> listed_things("档案室配有计算机、移动硬盘(U盘、光盘)")
    ['档案室配有计算机', '移动硬盘']
    >>> listed_things("库房配有铁门铁窗、铁质柜或密集架,放有防虫药品")
    ['库房配有铁门铁窗', '铁质柜或密集架', '放有防虫药品']
    """
    bare = re.sub(r"[(（][^()（）]*[)）]", "", text)
    return [p.strip() for p in _PARTS_RE.split(bare) if p.strip()]


def read_listed_items(norm: str, weight: Decimal | None) -> tuple[Rule, list[str]] | None:
    """``>=n: W; <n: W - N per 1`` and its notes for n listed things (or "抽查n项") "每项计N分" when n × N is the
    分值; a refusal when a "、" list's count does not make the 分值; else ``None``."""
    m = _LISTED_THEN_EACH_RE.match(norm)
    if m is None or weight is None or _NOT_A_THING_RE.search(m["list"]):
        return None
    each = dec(m["p"])
    if each <= 0 or (m["cap"] is not None and dec(m["cap"]) != weight):
        return None
    given = _COUNT_GIVEN_RE.findall(m["list"])
    things = listed_things(m["list"])
    if len(given) > 1 or (not given and (len(things) < 2 or any(len(t) < 2 for t in things))):
        return None
    if not given and re.search(r"等(?:[^、,，]{0,4})?$", m["list"]):
        raise _Unreadable(m.group(0), "所列事项以“等”结尾：还有哪些算作一项原文未列全，项数不定，未作推测")
    n = int(given[0]) if given else len(things)
    if n * each != weight:
        if given or "、" in m["list"]:
            counted = f"抽查{n}项" if given else f"所列{n}项"
            due = weight / each
            due_words = f"{fmt_decimal(due)}项" if due == due.to_integral_value() else "不是整数项"
            raise _Unreadable(m.group(0), f"{counted}，每项{fmt_decimal(each)}分，合计{fmt_decimal(n * each)}分，"
                                          f"与分值{fmt_decimal(weight)}分不符（分值÷每项分数={due_words}），未作推测")
        return None
    req = _COUNT_GIVEN_RE.sub("", m["list"]).strip(",， ")
    notes = ([f"计数对象：抽查的{n}项中{req}的项数"] if given else
             [f"所列{n}项（计数对象：{'；'.join(things)}）"])
    notes.append(f"业绩值为具备（做到）的项数：每项得{fmt_decimal(each)}分，{n}项×{fmt_decimal(each)}分=分值"
                 f"{fmt_decimal(weight)}分")
    return parse_rule(f">={n}: W; <{n}: W - {fmt_decimal(each)} per 1"), notes
