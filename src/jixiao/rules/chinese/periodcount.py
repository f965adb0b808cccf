"""Refusal (r79, issue 11): a count band that counts within a period or a run — "缺勤一次扣2分,每月累计3次及以上不得分" /
"迟到一次扣1分,连续迟到3次以上不得分" — beside a reading that counts the row's whole period.

The reader took the band for the row's count ("≥3: 0") — 3 absences in three different months scored 0 of 10, where the
text gives 10 − 3 × 2 = 4 (the band is reached only by 3 in one month); 3 late arrivals not in a row likewise 7, not 0.
What the row's value is (the year's count, each month's, the longest run) the reading cannot say, so it is refused, with
why. A period that is the row's own ("全年累计", "年度累计") is no such case.

>>> from jixiao.rules.grammar import parse_rule
>>> reset_count_refusal("缺勤一次扣2分,每月累计3次及以上不得分", parse_rule(">=3: 0; *: W - 2 per 1")) is not None
True
>>> reset_count_refusal("迟到一次扣1分,连续迟到3次以上不得分", parse_rule("=0: W; =1: 9; >=3: 0")) is not None
True
>>> reset_count_refusal("迟到一次扣1分,当月累计迟到超过3次不得分", parse_rule(">3: 0; *: W - 1 per 1")) is not None
True
>>> reset_count_refusal("缺勤一次扣2分,全年累计3次及以上不得分", parse_rule(">=3: 0; *: W - 2 per 1")) is None
True
>>> reset_count_refusal("每月召开一次会议,少一次扣1分", parse_rule("*: W - 1 per 1")) is None  # no count band
True
"""

from __future__ import annotations

import re

from jixiao.rules.chinese._base import NUM
from jixiao.rules.model import Compare, Interval, Num, Rule

#: a count band within a period or a run: "每月累计3次及以上" / "一个月内累计3次以上" / "当季累计3次" / "连续迟到3次以上"
#: (r86) also a monthly average ("月均迟到3次以上": 3 in a year is an average of 0.25), any one month ("任一月份累计3次"),
#: one matter or one person ("同一事项累计被通报3次以上": 3 on three matters is no such band)
_PERIOD_BAND_RE = re.compile(rf"(?P<p>(?:每|当|单|本|同一?)个?(?:月|周|季度?|天|(?:工作)?日|学期|时段)|(?:一|1)个?(?:月|季度|星期)(?:之)?内"
                             rf"|(?:月|季度|周)(?:度)?内|半年(?:度)?内?|月度|季度|连续"
                             rf"|(?:月|周|日|季)均|平均每个?(?:月|周|天|季度?)|任(?:一|何一?|意一?)个?(?:月份?|季度?|周|天|学期)"
                             rf"|同一(?:事项|问题|事件|项目|单位|部门|岗位|个?人|人员|类问题|类|环节)|每(?:个?人|名|位)(?!员))"
                             rf"[^,，;；。]{{0,8}}?"
                             rf"(?:(?:超过|多于|满|达到|达){NUM}(?:次|天|人次|回)"
                             rf"|{NUM}(?:次|天|人次|回)(?:\(含\))?(?:及以上|以上|或以上|\(含\)以上))")


def reset_count_refusal(norm: str, rule: Rule) -> str | None:
    """Why a reading with a count band is refused when the band's count runs within a period or a run, else ``None``."""
    m = _PERIOD_BAND_RE.search(norm)
    if m is None or not any(_count_band(c.condition) for c in rule.clauses):
        return None
    return (f"“{m.group(0)}”按{m['p']}计数，读出的规则却按本行考核期的总数计：总数达到该数而{m['p']}未达到时得分不同，"
            "业绩值填哪一个数原文未写明，未作推测")


def _count_band(cond: object) -> bool:
    """A band of a count from a number up ("≥3", "(2,5]"), not a rate."""
    if isinstance(cond, Compare):
        return cond.op in (">=", ">") and isinstance(cond.bound, Num) and not cond.bound.pct
    if isinstance(cond, Interval):
        return cond.lo is not None and not cond.lo.pct
    return False


#: one time's (one day's) deduction: "迟到1次扣2分" / "迟到每次扣1分" / "每发现1处问题扣1分" — the clause's words name what is counted
_PER_TIME_RE = re.compile(rf"(?:^|[,，;；。])(?P<c>[^,，;；。]*?(?:每|1)(?:次|天|处|项|起|人次|回)[^,，;；。]*?扣{NUM}分)")
#: the count band's clause: "早退累计3次及以上不得分" / "旷工超过3次不得分"
_BAND_CLAUSE_RE = re.compile(rf"(?:^|[,，;；。])(?P<c>[^,，;；。]*?(?:(?:超过|多于|满|达到|达){NUM}(?:次|天|处|项|起|人次|回)"
                             rf"|{NUM}(?:次|天|处|项|起|人次|回)(?:\(含\))?(?:及以上|以上|或以上|\(含\)以上))[^,，;；。]*)")
#: words that say nothing of WHAT is counted: counts, periods of the row, score words, finding verbs
_NOT_A_THING_RE = re.compile(rf"{NUM}|[次天处项起回]|人次|扣分|不得分|得0分|该项|本项|此项|累计|及以上|或以上|以上|\(含\)|超过|多于|"
                             r"达到|达|满|每|的|全年度?|本?年度|考核期内?|一年内|年内|发现|出现|存在|有|被|共计?|合计|总计|者|即|则|[分扣]")


def other_count_refusal(norm: str, rule: Rule) -> str | None:
    """Why a reading with a count band is refused when the band counts another thing than the per-time deduction, else
    ``None`` (r86): "迟到1次扣2分,早退累计3次及以上不得分" was read ``>=3: 0; *: W - 2 per 1`` — 3 late arrivals and no
    early leave scored 0 of 10, the text 4; the row's one value cannot be both counts.

    >>> from jixiao.rules.grammar import parse_rule
    >>> other_count_refusal("迟到1次扣2分,早退累计3次及以上不得分", parse_rule(">=3: 0; *: W - 2 per 1")) is not None
    True
    >>> other_count_refusal("迟到每次扣1分,旷工3次以上不得分", parse_rule(">=3: 0; *: W - 1 per 1")) is not None
    True
    >>> other_count_refusal("无故缺勤1次扣2分,累计3次及以上不得分", parse_rule(">=3: 0; *: W - 2 per 1")) is None
    True
    >>> other_count_refusal("迟到1次扣1分,本年度累计迟到5次以上不得分", parse_rule(">=5: 0; *: W - 1 per 1")) is None
    True
    >>> other_count_refusal("每发现1处问题扣1分,发现问题3处以上的不得分", parse_rule(">=3: 0; *: W - 1 per 1")) is None
    True
    >>> other_count_refusal("全年开展培训4次以上得满分,每少1次扣0.5分", parse_rule(">=4: W; <4: W - 0.5 per 1")) is None
    True
    """
    if not any(_count_band(c.condition) for c in rule.clauses):
        return None
    per, band = _PER_TIME_RE.search(norm), _BAND_CLAUSE_RE.search(norm)
    if per is None or band is None or per.start("c") == band.start("c"):
        return None
    if not re.search(r"不得分|得0分|扣", band["c"]) or re.search(r"每(?:少|缺|差|低)", per["c"]):
        return None  # a band that scores (a count to reach: "不少于4次得满分,每少1次扣0.5分"), or a shortfall
    one, other = _NOT_A_THING_RE.sub("", per["c"]), _NOT_A_THING_RE.sub("", band["c"])
    if not one or not other or one in other or other in one:
        return None
    return (f"“{per['c']}”与“{band['c']}”计的是两样（{one}、{other}）：本行只有一个业绩值，"
            "按哪一样的次数计分原文未写明，未作推测")
