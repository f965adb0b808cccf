"""A scoring verb whose amount is not stated: the points are left to a person (a judgement reading, r14).

A deduction or an award names how many points; when the text says points are taken but not how many,
gives a range to choose from, or prints an amount the row cannot hold, no formula can score it — a careful
scorer judges. ``unstated_amount(norm, weight)`` returns why (Chinese, naming the words), or None.

The verbs are the grammar's closed list of scoring verbs: 扣 扣除 扣减 减 减去 减除 (deduct), 得 计 记 给 给予 赋 评 打
(award); 加/奖 with one amount (a bonus above the 分值) are not judgement and stay with the bonus refusal — a RANGE
added ("每次加1-3分") is the scorer's (r43).

1. a point range after a scoring verb — the scorer picks within it:

>>> unstated_amount("记录不详将扣除1-10分", 10)
'扣分是一个区间（“扣除1-10分”）：扣几分由评分人判断'
>>> unstated_amount("每出现1次险情将扣除4-10分", 10) is not None, unstated_amount("不合格的减2~3分", 5) is not None
(True, True)
>>> unstated_amount("扣1分-3分", 5) is not None, unstated_amount("给予3至5分", 5) is not None
(True, True)
>>> unstated_amount("每次加1-3分", 20), unstated_amount("有道具的为0-3分", 4)
('加分是一个区间（“加1-3分”）：加几分由评分人判断', '得分是一个区间（“为0-3分”）：得几分由评分人判断')
>>> unstated_amount("不全面细致者扣量化分0.5-1分", 10)
'扣分是一个区间（“扣量化分0.5-1分”）：扣几分由评分人判断'

   (a range of the value compared, a rating of the total score, minutes, and one amount per item are no range of points)

>>> [unstated_amount(t, 10) for t in ("完成率80-90%得3分", "合计80-90分为良好", "每延迟1-3分钟扣1分", "每项扣1分",
...                                   "考核得分为80-90分,评为良好", "合格率每降低1-1分", "每处扣1-2分/处")]
[None, None, None, None, None, None, None]

   and a range of points with no verb that closes its clause (an item's or a grade's points):

>>> unstated_amount("公开主体0.1-0.5分,公开内容0.2-2分。", 3)
'分数是一个区间（“0.1-0.5分”）：给几分由评分人判断'
>>> unstated_amount("高5分,较高4-2分,一般1分", 5), unstated_amount("优秀9-8分较好7-5分一般4-3分", 9)
('分数是一个区间（“4-2分”）：给几分由评分人判断', '分数是一个区间（“9-8分”）：给几分由评分人判断')
>>> unstated_amount("完成50%及以下(2分到不得分)", 5)
'分数是一个区间（“(2分到不得分)”）：给几分由评分人判断'
>>> [unstated_amount(t, 100) for t in ("得分80-90分,评为良好", "90-100分为优秀", "90-100分:优秀", "依排序另加5-1分",
...                                    "基础分5-10分,", "权重10-15分。")]
[None, None, None, None, None, None]

2. a deduction verb with no amount at all — "相应扣分", "达不到扣分", "不及时扣分" at the end of a clause:

>>> unstated_amount("及时录入的得10分,不及时扣分", 10)
'只写了扣分，没有写扣几分（“不及时扣分”）：由评分人判断'
>>> unstated_amount("落实普法责任制,得2分;否则相应扣分。", 2) is not None
True

   never when the amount is written in the same text ("每少一项扣分,每项扣1分": 1 per item), when the clause says how
   much by another word (全部扣分 = all of it; 按比例扣分 = in proportion), when it is no deduction ("不扣分"), nor when
   the deduction's rule is elsewhere ("扣分标准见附表": the reader refuses it, nobody judges it):

>>> [unstated_amount(t, 5) for t in ("每少一项扣分,每项扣1分", "未完成的全部扣分", "未达到的按比例扣分",
...                                  "达到95%的不扣分", "扣分标准见附表", "A得2分,B得3分,未落实的相应扣分",
...                                  "未建台账扣2分,台账不全相应扣分", "有一宗扣3分。上述情况扣分,扣完为止")]
[None, None, None, None, None, None, None, None]

3. an amount the row cannot hold — a number with two decimal points, or a deduction larger than the 分值 whose digits
   read as a range with its dash lost ("扣25分" in a 20-point row is 扣2-5分; "扣20分" is no range):

>>> unstated_amount("不整洁,扣0.10.5分", 2)
'“扣0.10.5分”不是一个数（疑为区间，连字符丢失）：扣几分由评分人判断'
>>> unstated_amount("未配备管理人,扣25分", 20)
'“扣25分”大于本行分值20分，疑为“2-5分”（连字符丢失）：扣几分由评分人判断'
>>> unstated_amount("发生事故,扣20分", 10), unstated_amount("未配备管理人,扣25分", 30), unstated_amount("扣25分", None)
(None, None, None)

4. tiers with no points — the row's 分值, then bands and nothing else (the points are in the table's header):

>>> unstated_amount("开放时间(10分)300天以上250天以上200-250天200天以下", 10)
'各档没有写分数（“300天以上250天以上200-250天200天以下”）：每档给几分由评分人判断'
>>> unstated_amount("开放时间(10分)300天以上得10分", 10) is None
True
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from jixiao.rules.chinese._base import NUM

#: the scoring verbs (a closed list): deductions, then awards — "计/记" not after 合/累/总/共/统 ("合计80-90分" is
#: the total), "评" not as 评为/评定 (a rating)
_DEDUCT = r"扣除|扣减|扣|减去|减除|减"
_AWARD = r"给予|给|赋|打|得|(?<![合累总共统])[计记]|评"
_RANGE_SEP = r"\s*[-~至到]\s*"

#: "扣除1-10分", "减2~3分", "给予3至5分", "扣1分-3分" / "扣0.5分至1分": a range of points after the verb
#: (将/可/酌情 may stand before the verb; not minutes, 分钟). r43: also after 加 ("每次加1-3分", fresh43 BD9-3; "视情节
#: 加1-4分", fresh55 BP6-2 — how much is added is the scorer's, whatever the bonus rule), after 为 ("为0~3分", fresh55
#: BP6-5 — not a score compared: "得分为80-90分"), with the kind of points between ("扣量化分0.5—1分", fresh55 BP12-2),
#: and from the higher end ("扣3-1分")
_RANGE_RE = re.compile(rf"(?P<v>{_DEDUCT}|{_AWARD}|(?<!另)加|(?<!得分)(?<!分数)(?<!总分)(?<!成绩)为)(?:量化分|基础分)?\s*"
                       rf"(?P<a>{NUM})\s*分?{_RANGE_SEP}(?P<b>{NUM})\s*分(?!钟|\s*[/的以之])")

#: a range of points with no verb, closing its clause: "公开主体0.1-0.5分," (an item's points), "A档,95-100分," (a
#: grade's band) — not the total or the row's weight ("得分80-90分", "基础分5-10分", "权重10-15分"; "90-100分为优"
#: / "90-100分:优" names the grade), nor a bonus (另加5-1分)
#: r43: also a grade's range followed by the next grade ("优秀9—8分较好7—5分一般4—3分", fresh55 BP5-3) and one from the
#: higher end ("較高4~2分", fresh54 BO5-2)
_BARE_RANGE_RE = re.compile(rf"(?<![\d.])(?P<a>{NUM})\s*分?\s*[-~]\s*(?P<b>{NUM})\s*分"
                            rf"(?=\s*(?:[,，;；。)]|$)|[\u4e00-\u9fff]{{1,6}}{NUM}\s*分?\s*[-~])")
#: r43: a note after a range that gives the points within it — "为0-4分。(注:来一个的为2分,两个的为4分)" (fresh55 BP6-1,
#: labelled 2 per person): the range is explained, nobody picks in it
_EXPLAINED_RE = re.compile(rf"{NUM}\s*分?{_RANGE_SEP}{NUM}\s*分[^()]{{0,4}}\(\s*(?:注|其中|即)\s*[:：]?[^()]*{NUM}\s*分")
#: r43: a range in brackets down to no points — "(3分到0分)", which the normaliser writes "(3分到不得分)" (fresh41
#: BB1-2/BB1-4/BB1-5: the last of levels in brackets)
_TO_NONE_RE = re.compile(rf"\(\s*{NUM}\s*分?{_RANGE_SEP}不得分\s*\)")
_SCORE_NOUN_END = re.compile(r"(?:分|分数|合计|累计|综合|成绩|分值|权重|共|加|奖|为|在|达|是)\s*[(]?\s*$")

#: a deduction verb with no amount at the end of its clause: "达不到扣分", "相应扣分", "视情减分"
_BARE_RE = re.compile(r"(?P<c>[^，,。；;：:\n]{0,30}?)(?:扣分|减分|扣除分数|扣减分数|扣除分值|扣减分值)(?=\s*(?:[，,。；;\n]|$))")
#: words in the clause that say how much after all, or that it is no deduction
_BARE_SAYS_HOW = re.compile(r"\d\s*分|全|一半|半数|所有|比例|百分比|比率|按[^，,。；;]*率|每|倍|分值|满分|权重|项分|得分|"
                            r"(?:不|不予|免|免予|免于|无需|无须|不再|不作)\s*(?:扣分|减分|扣除|扣减)|"
                            # a token of the normaliser (〔PROP〕 = 按比例), or words pointing to amounts written
                            # elsewhere ("上述情况扣分": the amounts listed above)
                            r"〔|上述|以上|前述|上列|下列|如下|同上|"
                            # "实行加减分": a bonus-and-penalty scheme, no deduction left open
                            r"加\s*减分")
#: the amount written elsewhere in the text: per unit (每项1分, 各2分, 1分/项), two awards or more (items whose
#: points a deduction may take back), or another deduction's amount (扣N分: the bare one may be the same)
_PER_UNIT_RE = re.compile(rf"每[^，,。；;]{{0,12}}?{NUM}\s*分|各\s*{NUM}\s*分|{NUM}\s*分\s*/")
_AWARD_PTS_RE = re.compile(rf"[得计记]\s*{NUM}\s*分")

#: a deduction's amount: "扣25分", "扣0.10.5分"
_DEDUCTION_RE = re.compile(rf"(?:{_DEDUCT})\s*(?P<n>\d{{1,6}}(?:\.\d{{1,6}}){{0,3}})\s*分(?!钟)")

#: "开放时间(10分)300天以上250天以上200-250天200天以下": the 分值 in brackets, then bands without points
_TIERS_RE = re.compile(rf"[^\d()]{{1,16}}\(?(?P<w>{NUM})分\)?(?P<t>[^分]{{4,120}})")
_TIER_RE = re.compile(rf"{NUM}\s*[^\d\s]{{0,4}}(?:以上|以下)|{NUM}\s*-\s*{NUM}")


def _range_in(digits: str, weight: Decimal) -> str | None:
    """The first split of whole digits into a < b <= weight ("25" → "2-5" in a 20-point row), or None."""
    for i in range(1, len(digits)):
        a, b = digits[:i], digits[i:]
        if b.startswith("0") or a.startswith("0") and len(a) > 1:
            continue
        if Decimal(a) < Decimal(b) <= weight:
            return f"{a}-{b}"
    return None


def unstated_amount(norm: str, weight: Decimal | int | None) -> str | None:
    """Why no amount can be taken from ``norm`` (the normalised text) — a person judges — or None."""
    if _EXPLAINED_RE.search(norm):  # the text says the points inside the range itself (fresh55 BP6-1): not judged
        return None
    for m in _RANGE_RE.finditer(norm):
        if Decimal(m["a"]) != Decimal(m["b"]):  # (equal ends: "每降低1—1分" is a step whose minus sign was lost)
            kind = "扣分" if re.fullmatch(_DEDUCT, m["v"]) else "加分" if m["v"] == "加" else "得分"
            return f"{kind}是一个区间（“{m.group(0)}”）：{kind[0]}几分由评分人判断"
    for m in _BARE_RANGE_RE.finditer(norm):
        if Decimal(m["a"]) != Decimal(m["b"]) and not _SCORE_NOUN_END.search(norm[max(0, m.start() - 6): m.start()]) \
                and not re.search(r"每[^，,。；;]{0,6}$", norm[max(0, m.start() - 8): m.start()]):
            return f"分数是一个区间（“{m.group(0)}”）：给几分由评分人判断"
    if (m := _TO_NONE_RE.search(norm)) is not None:
        return f"分数是一个区间（“{m.group(0)}”）：给几分由评分人判断"
    for b in _BARE_RE.finditer(norm):
        clause = b.group(0)
        if _BARE_SAYS_HOW.search(clause) or re.search(r"见|详见|参照|按照?[^，,。；;]{0,8}(?:标准|细则|附表)", clause):
            continue
        if _PER_UNIT_RE.search(norm) or len(_AWARD_PTS_RE.findall(norm)) > 1 or _DEDUCTION_RE.search(norm):
            continue
        rest = re.split(r"[。；;]", norm[b.end():], maxsplit=1)[0]
        if re.search(r"\d\s*分", rest):  # "扣分,扣1分": the amount follows
            continue
        return f"只写了扣分，没有写扣几分（“{clause.strip()}”）：由评分人判断"
    for d in _DEDUCTION_RE.finditer(norm):
        n = d["n"]
        if n.count(".") > 1:
            return f"“扣{n}分”不是一个数（疑为区间，连字符丢失）：扣几分由评分人判断"
        if weight is None or "." in n:
            continue
        try:
            w = Decimal(str(weight))
        except InvalidOperation:
            continue
        if Decimal(n) > w and (rng := _range_in(n, w)) is not None:
            return f"“扣{n}分”大于本行分值{w}分，疑为“{rng}分”（连字符丢失）：扣几分由评分人判断"
    t = _TIERS_RE.fullmatch(norm.strip(" 。.;；"))
    if t is not None and weight is not None and Decimal(t["w"]) == Decimal(str(weight)) \
            and len(_TIER_RE.findall(t["t"])) >= 2 and not re.search(rf"{_DEDUCT}|{_AWARD}|满分", t["t"]):
        return f"各档没有写分数（“{t['t']}”）：每档给几分由评分人判断"
    return None
