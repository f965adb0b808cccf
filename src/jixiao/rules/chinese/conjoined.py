"""Recogniser: a requirement of several measures at once — "合同签定率达100%、代管率达100%、兑现率达100%,达不到标准不计分"
(fresh11 X7-1, r38). Each measure has its own subject and its own bound, joined by "、" / "和" / "且": no one value can be
typed for them, so the scorer checks whether all are met. The comparisons become "达到要求" (the text is then read as any
requirement with its failing: pass/fail), with a note naming them. Only when the text holds no other number than its
points ("N分"): "…达100%、…达100%,每低1%扣1分" scores a number and is left to the other recognisers (or refused).

>>> mask_conjoined("合同签定率达100%、代管率达100%、兑现率达100%,达不到标准不得分")[0]
'合同签定率达到要求、代管率达到要求、兑现率达到要求,达不到标准不得分'
>>> mask_conjoined("完成率达90%、95%得5分")[0]  # one measure, two numbers: not this shape
'完成率达90%、95%得5分'
>>> mask_conjoined("完成率达90%、满意率达95%,每低1%扣1分")[0]  # a number besides the points: the value is scored
'完成率达90%、满意率达95%,每低1%扣1分'
"""

from __future__ import annotations

import re

from jixiao.rules.chinese._base import NUM
from jixiao.rules.chinese.lexicon import AT_LEAST, AT_MOST

#: one measure and its bound: a subject of words (no digit, no punctuation) then "达100%" / "不低于95%" / "≤5%"
_ONE = rf"[\u4e00-\u9fff]{{2,12}}?(?:{AT_LEAST}|{AT_MOST})(?:{NUM})%(?:以上|及以上|以下|及以下)?"
#: two or more of them joined, making one clause
_ALL_RE = re.compile(rf"(?:(?<=^)|(?<=[,，;；。]))(?P<all>{_ONE}(?:(?:、|和|且|并且|,且){_ONE})+)(?=(?:的|者)?(?:[,，;；。]|$|得|不得分))")
_BOUND_RE = re.compile(rf"(?:{AT_LEAST}|{AT_MOST})(?:{NUM})%(?:以上|及以上|以下|及以下)?")


def mask_conjoined(norm: str) -> tuple[str, list[str]]:
    """``norm`` with its one clause of several measures' bounds said as "达到要求", and the note; unchanged otherwise."""
    found = list(_ALL_RE.finditer(norm))
    if len(found) != 1:
        return norm, []
    m = found[0]
    subjects = [re.sub(r"^(?:、|和|且|并且|,且)", "", s) for s in _BOUND_RE.split(m["all"]) if s]
    if len(set(subjects)) != len(subjects):
        return norm, []
    masked = norm[: m.start()] + _BOUND_RE.sub("达到要求", m["all"]) + norm[m.end():]
    if re.search(r"\d", re.sub(rf"{NUM}分", "", masked)):
        return norm, []
    return masked, [f"几项指标同时达到要求（“{m['all']}”）：由评分人判断是否都达到，不按某一个数值计分"]
