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
from jixiao.rules.chinese.lexicon import AT_LEAST, AT_MOST, BEYOND, COUNT, DEDUCT

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


#: a bracket spelling out the standard a requirement must meet: "农村地区实行夜间巡逻(不少于3小时)", "技防入户率达到省市标准
#: (城市社区达80%,涉农社区达75%,行政村达70%)" (fresh46 BG4-2/BG4-3, r38) — a number with a bound inside, no points; right
#: after words that are no measured quantity (not "覆盖率(不低于90%)": that bracket is the row's band)
_STANDARD_RE = re.compile(rf"(?<=[\u4e00-\u9fff”])(?<![率比量数度额值例重积])\((?P<s>[^()]*?(?:{AT_LEAST}|{AT_MOST}|{BEYOND}|至少|以上|以下|以内)"
                          r"[^()]*?)\)")


#: a deduction per event counted ("…的,每次扣0.05分"): the value is a count, never a number in the bracket
_PER_COUNT_RE = re.compile(rf"每(?:1|一)?{COUNT}{DEDUCT}{NUM}分")


def mask_bracket_standards(norm: str) -> tuple[str, list[str]]:
    """``norm`` without the brackets that spell out a requirement's standard, and the notes naming them — in a list of
    scored items (≥ 2 "N分") or before a per-count deduction ("…超出规定区间(10000万元以上〔-3%,3%〕,…)的,每次扣0.05分",
    fresh49 BJ9-1: what each counted event is) only (one requirement alone, "技防入户率达到省市标准(城市社区达80%,…),5分" (fresh46 BG4-5), stays
    refused: which standard applies, and what scores a miss?); unchanged when a bracket holds points or a deduction, or
    when any number is left outside the points ("N分"): the value may then be what is scored.

    >>> mask_bracket_standards("组织开展治安巡逻,农村地区实行夜间巡逻(不少于3小时),10分;每周实行公示制度,5分")[0]
    '组织开展治安巡逻,农村地区实行夜间巡逻,10分;每周实行公示制度,5分'
    >>> mask_bracket_standards("技防入户率(不低于90%),5分")[0]  # the rate's own band
    '技防入户率(不低于90%),5分'
    >>> mask_bracket_standards("实行夜间巡逻(不少于3小时),每少1小时扣1分")[0]  # hours are counted
    '实行夜间巡逻(不少于3小时),每少1小时扣1分'
    >>> mask_bracket_standards("技防入户率达到省市标准(城市社区达80%,行政村达70%),5分")[0]  # one requirement alone
    '技防入户率达到省市标准(城市社区达80%,行政村达70%),5分'
    """
    found = [m for m in _STANDARD_RE.finditer(norm) if re.search(r"\d", m["s"])]
    if not found or any(re.search(r"\d分(?!钟)|扣|得|奖|加分", m["s"]) for m in found):
        return norm, []
    masked = _STANDARD_RE.sub(lambda m: "" if re.search(r"\d", m["s"]) else m.group(0), norm)
    items = len(re.findall(rf"{NUM}分", masked)) >= 2
    if re.search(r"\d", re.sub(rf"{NUM}分", "", masked)) or not (items or _PER_COUNT_RE.search(masked)) \
            or (not items and any(re.search(rf"\d{COUNT}", m["s"]) for m in found)):
        # (a count in the bracket before a per-count deduction: "迟报(2次以上)每次扣0.5分" — which count? test_r33)
        return norm, []
    return masked, [f"括号内的达标标准（“{m['s']}”）：由评分人判断是否达到，不按数值计分" for m in found]
