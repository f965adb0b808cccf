"""A count to reach printed in the requirement beside a deduction per one short of it (r48, issue 11).

The lead's decision (reversing sessions 18/25 "done or missing?" for this shape): when the requirement prints the
number to reach ("办好12件实事", "每年度至少20篇", "(16次,…)") and each deduction is for one short of it ("少一件",
"缺一次", "每少1篇"), the 业绩值 is the count DONE — what a bureau writes in the 实际完成值 column and what every
collector labelled (fresh13 Z19-2 "办好12件实事,…得12分,少一件扣1分": 12 → 12, 11 → 11, 6 → 6, 0 → 0). It reads as
the existing "不少于20篇,每少一篇扣0.5分" reads: ``>=N: start; <N: start - step per 1`` (floor 0).

>>> from jixiao.rules.chinese import read_rule_text
>>> read_rule_text("全年办好12件实事,每少一件扣1分", 12).canonical
'>=12: W; <12: W - 1 per 1'
>>> read_rule_text("办好12件实事,上报并被考核办认可的得12分,少一件扣1分。", 12).canonical  # fresh13 Z19-2
'>=12: 12; <12: 12 - 1 per 1'

Refused, with the reason (Chinese): the number to reach counts another thing than the deduction ("扶贫档案柜不少于2个…
每缺少一项扣2分", fresh24 AK6-2: the missing requirements are counted); two numbers to reach; a number per month,
quarter or week (how many the year holds is not printed) or per head ("每人不少于2次"); a number that is not whole
("不少于1.5人"); a percentage (the ratio reader's business); a deduction per one over (an allowance, "每超出1件");
a count band scored beside it. "每少一次扣1分" with no number to reach stays the count of failings (not read here).
"""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.rules.chinese._base import _amount_zh, _Clause, _Frag, _Unreadable
from jixiao.rules.chinese.lexicon import COUNT
from jixiao.rules.model import ONE, Amount, Clause, Compare, Linear, Num, Points, fmt_decimal

#: a deduction for one short of the number: "每少1篇" / "少一件" / "缺1次" / "每缺少一项" / "每减少1人" — or for several short
#: ("每缺少3次", r52: read only where the text says how a part of a step counts, partsteps.step_rounding)
SHORT_RE = re.compile(rf"(?:少|缺少|缺|差|欠|减少)(?:1|一|[2-9]|[1-9]\d)(?P<w>{COUNT})")

#: a number with its count word: "12件" / "20篇" / "16次"
_COUNT_NUMBER_RE = re.compile(rf"(?P<n>\d+(?:\.\d+)?)(?P<w>{COUNT})")

#: a number per a period shorter than the year ("每月2次", "每季度不少于1次") or per head ("每人每年不少于2次")
_PER_PART_RE = re.compile(r"每(?:个)?(?:周|旬|月|季度|季|半年|学期|人|户|村|家|校|所|班|组|单位)")

#: why a number to reach beside a per-missing deduction is not read (the old refusal, sessions 18/25)
NUMBER_TO_DO = "要求里写了应完成的数量，按次数扣分时业绩值是完成数还是差额不明确，未作推测"

#: the label of a requirement clause holding the number to reach, kept aside until a deduction per one short reads it
#: ("有两次围绕主题开展:内容针对详细、过程全齐", fresh61 BV1-3)
TO_REACH = "应完成的要求"

#: the line every reading of a count done carries (the lead's wording)
DONE_NOTE = "业绩值填完成数（不是缺少数）"


def done_note(n: str, word: str, start: Amount, step: Amount, what: str = "", per: Decimal = ONE) -> str:
    """The reading's line for a count done: "业绩值填完成数（不是缺少数）：达到20篇得满分，每少1篇扣0.5分" (``what``: the
    requirement holding the number, named after it).

    >>> done_note("20", "篇", Amount(Num(ONE), of_weight=True), Amount(Num(Decimal("0.5"))), "每年度至少20篇")
    '业绩值填完成数（不是缺少数）：达到20篇得满分，每少1篇扣0.5分（应完成数见“每年度至少20篇”）'
    """
    return (f"{DONE_NOTE}：达到{n}{word}得{_amount_zh(start)}，每少{fmt_decimal(per)}{word}扣{_amount_zh(step)}"
            + (f"（应完成数见“{what}”）" if what else ""))


def number_to_reach(target: str, counts: list[_Frag]) -> tuple[int, str]:
    """The number to reach in ``target`` and its count word, when every deduction of ``counts`` is for one short of
    it in the same count word; :class:`_Unreadable` (Chinese reason) otherwise.

    >>> number_to_reach("全年办好12件实事", [_Frag("每少1件扣1分")])
    (12, '件')
    >>> number_to_reach("扶贫档案柜不少于2个", [_Frag("每缺少1项扣2分")])
    Traceback (most recent call last):
    ...
    jixiao.rules.chinese._base._Unreadable: 要求里写了应完成的数量，按次数扣分时业绩值是完成数还是差额不明确，未作推测
    """
    words = set()
    for f in counts:
        m = SHORT_RE.search(f.src)
        if m is None or re.search(r"超|多", f.src):
            # "投诉超出控制数3件的,每超出1件扣2分": an allowance, not a number to reach
            raise _Unreadable(target, NUMBER_TO_DO)
        words.add(m["w"])
    if "%" in target:
        raise _Unreadable(target, "应完成的是百分比（比率），不是个数：按次数扣分读不出，未作推测")
    if (part := _PER_PART_RE.search(target)) is not None:
        raise _Unreadable(target, f"应完成的数是“{part.group(0)}”的数，全年（整个考核期）应完成多少未写明，"
                                  "业绩值填什么不明确，未作推测")
    numbers = [m for m in _COUNT_NUMBER_RE.finditer(target)]
    same = [m for m in numbers if m["w"] in words]
    if len(words) != 1 or not same:
        raise _Unreadable(target, NUMBER_TO_DO)
    if len(numbers) > 1:
        raise _Unreadable(target, "要求里写了不止一个数量（" + "、".join(m.group(0) for m in numbers)
                          + "），不知道按哪个数计完成数，未作推测")
    if same[0]["w"] == "项" and not re.search(rf"(?:至少|不少于|不低于|达到|达)\D{{0,4}}{same[0].group(0)}", target):
        # "新旧制度衔接的三项工作,缺一项,扣1分" (fresh63 BX4-2): the items named before, one missing each — no number
        # to reach (a minimum) printed: the items missing are counted, refused as before
        raise _Unreadable(target, NUMBER_TO_DO)
    n = Decimal(same[0]["n"])
    if n != n.to_integral_value() or n < 1:
        raise _Unreadable(target, f"应完成的数“{same[0].group(0)}”不是正整数，按个数扣分读不出，未作推测")
    return int(n), same[0]["w"]


def to_reach_parts(target: str, counts: list[_Frag], caps: list[_Clause], start: Amount, step: Amount,
                   per: Decimal, weight: Decimal | None, understood: list[str],
                   rounding: str | None = None) -> list[Clause]:
    """``>=N: start; <N: start - step per 1`` for a count to reach in ``target`` (see the module); the line saying
    the value is the count done is added to ``understood``. A step of several ("每少2场") only with ``rounding``: how a
    part of a step counts, as the text said (partsteps.step_rounding, r52)."""
    if weight is not None and start.points(weight) < weight:
        # "至少配备3名专职人员得2分,每少1名扣1分" on a 3-point row: where the third point comes from is not written (as
        # "全年开展培训不少于4次得2分，每少1次扣0.5分" at 3, _done_count_reading)
        raise _Unreadable(target, f"达到应完成数只得{_amount_zh(start)}，低于分值{fmt_decimal(weight)}分：其余分数从何而来未写明，"
                                  "未作推测")
    if caps:
        # "…至少20篇,…10篇及以上得3分,每少1篇扣0.5分": a band beside the number to reach — which one scores?
        raise _Unreadable(caps[0].src, NUMBER_TO_DO)
    if per != ONE and rounding is None:
        raise _Unreadable(target, "按每几个扣分（不是每1个），不足一档的怎样算未写明，未作推测")
    n, word = number_to_reach(target, counts)
    understood.append(done_note(str(n), word, start, step, target, per))
    return [Clause(Compare(">=", Num(Decimal(n))), Points(start)),
            Clause(Compare("<", Num(Decimal(n))), Linear(start, step, Num(per), rounding or ""))]
