"""Recogniser: a fixed number of points for each completed item — "每项措施各1.5分,完成计满分,没有完成计0分"
(N4, 2005-2007年 环境保护目标考核 计分办法). The value is the number of items completed; with the
row's 分值 W the number of items is W ÷ N (it must come out whole), and the score is N per item:
``>=n: W; <n: W - N per 1`` (each item short of n costs N; 0 items → 0). Without W the number of
items is unknown → ``None`` (refused by the caller's other recognisers).

>>> from decimal import Decimal
>>> str(read_per_item("每项措施各1.5分,完成计满分,没有完成计0分", Decimal(6)))
'>=4: W; <4: W - 1.5 per 1'
>>> read_per_item("每项措施各1.5分,完成计满分,没有完成计0分", Decimal(5)) is None  # 5 ÷ 1.5 not whole
True
>>> read_per_item("每项措施各1.5分,完成计满分,没有完成计0分", None) is None
True

The same, written as an award per item done — "每做到一项得0.5分" (fresh6 R8-1, 双拥 考评细则, W 2): the
score is min(W, N × items done) = ``>=n: W; <n: W - N per 1`` with n = W ÷ N, whatever the number of items
listed (doing more than n still scores W):

>>> str(read_per_item("每做到1项得0.5分。", Decimal(2)))
'>=4: W; <4: W - 0.5 per 1'
>>> str(read_per_item("每完成1项计1分,最高3分", Decimal(3)))
'>=3: W; <3: W - 1 per 1'
>>> read_per_item("每完成1项计1分,最高2分", Decimal(3)) is None  # a cap other than 分值
True
>>> str(read_per_item("在《中央综治动态》上刊发的，每次加0.5分", Decimal(10)))  # fresh15 AB2-6
'>=20: W; <20: W - 0.5 per 1'
>>> str(read_per_item("有1次节能工作会议纪要或记录的得1分,最多得2分。", Decimal(2)))  # fresh11 X18-3
'>=2: W; <2: W - 1 per 1'
>>> read_per_item("有1次节能工作会议纪要或记录的得1分。", Decimal(2)) is None  # no cap: one level, not per item
True
>>> str(read_per_item("查正式文件、资料。每项1分,共5分。", Decimal(5)))  # fresh20 AG17-1 (items in another column)
'>=5: W; <5: W - 1 per 1'
>>> read_per_item("每项1分,共6分。", Decimal(5)) is None  # a total other than the 分值
True
"""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.rules.chinese._base import NUM, dec
from jixiao.rules.chinese.lexicon import AWARD_EACH, COUNT, ITEM_NO
from jixiao.rules.grammar import parse_rule
from jixiao.rules.model import Rule, fmt_decimal

_PER_ITEM_RE = re.compile(
    rf"^每项(?P<what>措施|任务|工作|内容|指标)?各(?P<p>{NUM})分[,，;；]"
    r"(?:完成(?:的)?(?:计|得)满分|完成(?:的)?(?:计|得)该项分数?)[,，;；]"
    r"(?:没有|未)完成(?:的)?(?:计0分|得0分|不得分|不计分)[。；;]?$")


#: the cap after points per item: ",最高3分" / ",最多不超过4分" — also a sentence of its own naming the bonus ("。加分最多不超过20分",
#: fresh75 CJ2-1, r64: the points per item are the 加分 it caps)
#: (r70: "。本表加分最多不超过20分" / "。各项加分合计不超过20分" — whose, and 合计 without 最高: read only where the cap is
#: the 分值, as every cap here)
_CAP_WHOSE = r"(?:本表|本项|该项|此项|各项)?(?:加分|得分)?(?:累计|合计|总计)?"
_CAP_AFTER = (rf"(?:[,，;；]|[。](?={_CAP_WHOSE}(?:最高|最多|不超过|不得超过))){_CAP_WHOSE}"
              rf"(?:(?:最高|最多|最高得|最多得|最高计|最多计|最多加|满分)(?:不超过|不得超过)?|(?<=[分计])(?:不超过|不得超过))"
              rf"(?P<cap>{NUM})分(?:为止|为限)?")

#: "每做到一项得0.5分" / "每完成1项计1分,最高3分": points per item done, up to the 分值
_PER_DONE_RE = re.compile(
    rf"^(?:每(?:做到|完成|落实|具备|达到|有)(?:1|一){COUNT}(?:的)?(?:[,，]?{AWARD_EACH}|[,，])"
    # "将全市主导品种和主推技术列入年度推广计划,每项计1分" (fresh8 U17-3): what is done, then per item
    # ("在《中央综治动态》上刊发的，每次加0.5分", fresh15 AB2-6: per time)
    # (not after what is lacking — "库房缺少空调、去湿机,每项计1分": a point per thing lacking? r60)
    # (r64: what is done may run to 80 characters — "在景区(点)文明创建工作中有特色创新或…而得到省部级以上(含)经验推广、领导批示的,
    # 每项加5分", fresh75 CJ2-1)
    rf"|(?![^，,。；;]*?(?:缺|未|没有|不具备|不符合|不合格|不到位))[^，。；;,\d每扣]{{2,80}}[,，]每{COUNT}{AWARD_EACH}"
    # "开展…适宜技术,每开展一项加2分,最高不超过4分" / "承当…检查任务一次加1分,最多不超过3分" (fresh14 AA10)
    rf"|(?:[^，。；;,\d每扣]{{2,40}}[,，])?每(?:开展|承担|承当|完成|举办|组织)?(?:1|一){COUNT}{AWARD_EACH}"
    rf"|[^，。；;,\d每扣]{{2,40}}(?:1|一)次加)(?P<p>{NUM})分"
    rf"(?:{_CAP_AFTER})?"
    # "每完成一项得2分,反之,不得分" (fresh26 AM9-3, r12): none done scores 0 — what the points per item give already
    r"(?:[,，;；]否则不得分)?[。；;]?$")


#: "以实地考评为准,一项可得2分,最高不超过6分" (fresh9 V6-1) / "有一次节能工作会议纪要或记录的得1分,最多得2分"
#: (fresh11 X18-3): points for one item without 每 — per item only because a cap (the 分值) follows
_PER_ONE_CAPPED_RE = re.compile(
    rf"^(?:[^，。；;,\d每扣]{{2,40}}[,，])?有?(?:1|一){COUNT}(?:[^，。；;,\d每扣分]{{0,20}}?的)?可?{AWARD_EACH}"
    # (the cap also "但累计不超过2分": "有一篇加0.1分,但累计不超过2分" (fresh26 AM9-7, r12))
    rf"(?P<p>{NUM})分[,，;；](?:但)?(?:(?:累计|合计|总计)(?:最高|最多)?|最高|最多)可?{AWARD_EACH}?(?:不超过|不得超过)?"
    rf"(?P<cap>{NUM})分(?:为止|为限)?[。；;]?$")


#: "查正式文件、资料。每项1分,共5分。" (fresh20 AG17-1) / "每项宣传内容1分,总分不超过6分" (fresh19 AF8-1) /
#: "查看相关文件资料。每项1分。" (AF8-2): the items are listed in another column of the row — points per item
#: done, up to the 分值 (the words after 每项 only name the item: no failing, no shortfall, no 各)
_PER_ITEM_BARE_RE = re.compile(
    r"^(?:查[^，。；;,\d每扣分]{0,12}[。，,])?每项(?P<what>[^，。；;,\d扣缺少未不无没减各差错]{0,6}?)(?:得|计|记)?"
    rf"(?P<p>{NUM})分(?:[,，;；](?:共|合计|总分不超过|最高|最多|满分)(?:为|得|计)?(?P<cap>{NUM})分(?:为止)?)?[。；;]?$")


#: any award per item ("每做到一项得0.6分"): when :func:`read_per_item` does not read it, the reader
#: refuses it — the fragment reader would turn "一项" into a band at "=1" (fresh6 R8-1: ``=1: 0.5``)
PER_AWARD_RE = re.compile(rf"每[^，。；;,扣]{{0,10}}?(?:1|一){COUNT}[^，。；;,扣]{{0,6}}?"
                          rf"(?:{AWARD_EACH}|[，,])\d+(?:\.\d+)?分?"
                          # "每项计1分" / "每次得0.5分" (fresh8 U17-3, U8-1): per item without the numeral
                          rf"|每{COUNT}{AWARD_EACH}\d+(?:\.\d+)?分")


def read_per_item(norm: str, weight: Decimal | None) -> Rule | None:
    """``>=n: W; <n: W - N per 1`` for "每项…各N分,完成计满分,没有完成计0分" or "每做到一项得N分", or ``None``."""
    m = (_PER_ITEM_RE.match(norm) or _PER_DONE_RE.match(norm) or _PER_ONE_CAPPED_RE.match(norm)
         or _PER_ITEM_BARE_RE.match(norm))
    if m is None or weight is None:
        return None
    if m.groupdict().get("cap") is not None and dec(m["cap"]) != weight:
        return None
    each = dec(m["p"])
    if each <= 0:
        return None
    n = weight / each
    if n != n.to_integral_value() or n < 1:
        return None
    return parse_rule(f">={fmt_decimal(n)}: W; <{fmt_decimal(n)}: W - {fmt_decimal(each)} per 1")


#: an item heading worth the 分值, then points per unit of the thing it names: "b、培植种粮大户计2分,双季稻种植达30亩的种粮
#:大户的每户计1分。" (fresh74 CI3-1, r62) — the heading's points are the cap; the words before "的每户" (their number too) say
#: which units count
_HEADED_PER_UNIT_RE = re.compile(
    rf"^(?:[a-zA-Z]\s*[、.．)]|{ITEM_NO})?\s*(?P<head>[^，,。；;\d每扣]{{2,20}}?)得(?P<w>{NUM})分[,，;；]"
    rf"(?P<which>[^，,。；;每扣分]{{0,40}}?)的?每(?P<mu>{COUNT})得(?P<p>{NUM})分[。；;]?$")

#: words of a failing or a limit: the units counted are never named by them ("未达标的每户…" is no award)
_NOT_WHICH_RE = re.compile(r"未|不|没有|无|缺|少|超过|低于|最高|最多")


def read_headed_per_unit(norm: str, weight: Decimal | None) -> tuple[Rule, list[str]] | None:
    """``>=n: W; <n: W - N per 1`` (n = W ÷ N) for a heading worth the 分值 followed by N per unit of what it names
    (:data:`_HEADED_PER_UNIT_RE`), with its notes; ``None`` unless the heading's points are the 分值, N divides them,
    and the thing counted ends with words of the heading ("种粮大户" in "培植种粮大户").

    >>> r, notes = read_headed_per_unit("b、培植种粮大户得2分,双季稻种植达30亩的种粮大户的每户得1分。", Decimal(2))
    >>> str(r), notes[1]
    ('>=2: W; <2: W - 1 per 1', '计数对象的界定（不参与计分）：双季稻种植达30亩的种粮大户')
    >>> read_headed_per_unit("培植种粮大户得3分,种粮大户每户得1分。", Decimal(2)) is None  # heading ≠ 分值
    True
    >>> read_headed_per_unit("做好宣传工作得2分,种粮大户每户得1分。", Decimal(2)) is None  # another thing counted
    True
    """
    m = _HEADED_PER_UNIT_RE.match(norm)
    if m is None or weight is None or dec(m["w"]) != weight or _NOT_WHICH_RE.search(m["which"] + m["head"]):
        return None
    each = dec(m["p"])
    n = weight / each if each > 0 else Decimal(0)
    if n != n.to_integral_value() or n < 2:
        return None
    which = re.sub(r"的$", "", m["which"])
    noun = next((which[-k:] for k in range(min(len(which), 8), 1, -1) if which[-k:] in m["head"]), None)
    if noun is None:
        return None
    rule = parse_rule(f">={fmt_decimal(n)}: W; <{fmt_decimal(n)}: W - {fmt_decimal(each)} per 1")
    notes = [f"“{m['head']}得{m['w']}分”是本项分值（上限）：业绩值填{m['mu']}数，每{m['mu']}得{fmt_decimal(each)}分，"
             f"最多{m['w']}分"]
    if which != noun:
        notes.append(f"计数对象的界定（不参与计分）：{which}")
    return rule, notes


#: "每完成任务一个百分点得0.1分,共10分" (fresh9 V16, 社保扩面 考核): points per percentage point done
_PER_POINT_RE = re.compile(
    rf"每(?:完成|实现|达到)?(?:任务|目标|计划)?1个百分点{AWARD_EACH}(?P<p>{NUM})分"
    rf"(?:[,，;；]?(?:共|满分|最高|最多|最高得|最多得)(?P<cap>{NUM})分)?")


def read_per_point(norm: str, weight: Decimal | None) -> Rule | None:
    """``*: prop`` (分值 × the share done) for "每完成任务一个百分点得N分" when N × 100 is the 分值 (and a
    written cap "共W分" is the 分值 too); the rest of the text must say nothing that scores or compares.

    >>> str(read_per_point("计算当年新增扩面人数,每完成任务1个百分点得0.1分,共10分。", Decimal(10)))
    '*: prop'
    >>> read_per_point("每完成任务1个百分点得0.1分,共10分。", Decimal(40)) is None  # 0.1 × 100 ≠ 40
    True
    """
    m = _PER_POINT_RE.search(norm)
    if m is None or weight is None:
        return None
    rest = norm[: m.start()] + norm[m.end():]
    if re.search(r"分|%|≥|≤|>|<|以上|以下|低于|高于|超过|不足|扣", rest):
        return None
    if dec(m["p"]) * 100 != weight or (m["cap"] is not None and dec(m["cap"]) != weight):
        return None
    return parse_rule("*: prop")


def per_point_notes(rule: Rule, weight: Decimal | None) -> list[str]:
    """What :func:`read_per_point` read (its per-point points named for the points guard)."""
    w = weight if weight is not None else Decimal(0)
    return ["业绩值为完成比例：每完成1个百分点得分值的1%（得分 = 分值 × 完成比例，最高为分值）",
            f"计分单位：每完成1个百分点得{fmt_decimal(w / 100)}分（× 100 = 分值 {fmt_decimal(w)}）"]
