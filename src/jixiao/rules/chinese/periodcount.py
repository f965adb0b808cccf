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
_PERIOD_BAND_RE = re.compile(rf"(?P<p>(?:每|当|单|本|同一?)个?(?:月|周|季度?|天|日|学期)|(?:一|1)个?(?:月|季度|星期)(?:之)?内"
                             rf"|(?:月|季度|周)(?:度)?内|半年(?:度)?内?|月度|季度|连续)[^,，;；。]{{0,8}}?"
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
