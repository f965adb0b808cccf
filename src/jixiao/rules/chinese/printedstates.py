"""Recogniser: a requirement, then the states it may be found in, each with its points (r89, issue 11):

    a.供电系统的动力用电和照明用电应按区域分别计算,主要区域安装得3分,全部安装得5分      (fresh87 CU5-2, 5)
    c.蒸汽锅炉和用汽设备装有蒸汽流量表,安装总表得1分,全部安装得2分                      (fresh87 CU5-3, 2)

The requirement says what is checked; the states are levels to pick one of ("全部安装" → the 分值, "主要区域安装" → 3), any
other value is a gap ("规则有缺口"), never a guess. The clause reader takes the states for items and refuses (one of them is
worth the whole row); the described-levels reader does not take the requirement before them.

Read only when: an optional item mark ("a." "c、" "1、"), one or more requirement clauses holding no number and no scoring
word, then two or more states "NAME得N分" (a NAME of 2–12 characters, no number, negation, step or bound word), their points
all different and above 0, the highest the row's 分值. Else ``None``.

>>> from decimal import Decimal
>>> r = read_printed_states("a.供电系统应按区域分别计算,主要区域安装得3分,全部安装得5分", Decimal(5))
>>> str(r.rule), r.understood[0]
('"主要区域安装": 3; "全部安装": W', '考核内容（不参与计分）：供电系统应按区域分别计算')
>>> read_printed_states("建立台账,按月报送得2分,按季报送得1分", Decimal(3)) is None  # the top is not the 分值
True
>>> read_printed_states("建立台账,按月报送得2分,资料齐全得2分", Decimal(4)) is None  # the same points: items, not states
True
"""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.rules.chinese._base import NUM, Reading, dec, described
from jixiao.rules.chinese.lexicon import ITEM_NO
from jixiao.rules.chinese.normalise import to_simplified
from jixiao.rules.grammar import parse_rule
from jixiao.rules.model import fmt_decimal

#: the row's own mark before the text: a letter ("a." "c、") or an item number
_MARK_RE = re.compile(rf"^\s*(?:[A-Za-z]\s*[.．、)）](?![A-Za-z\d])|{ITEM_NO})\s*")
#: one state and its points
_STATE_RE = re.compile(rf"(?P<name>[\u4e00-\u9fff]{{2,12}}?)\s*得\s*(?P<p>{NUM})\s*分")  # blanks as printed: "得3 分"
#: never in a state's name: a number, a scoring or step word, a negation or a bound
_NOT_A_NAME_RE = re.compile(r"\d|分|扣|得|每|加|满|否则|最高|最多|以上|以下|以内|超过|低于|不足|[不未没无非]|累计|合计|各")
#: never in the requirement: a number, points, a deduction, a bonus, a condition or a cap
_NOT_A_REQUIREMENT_RE = re.compile(r"\d|扣|得|每|加分|满分|否则|最高|最多|累计|合计")


def read_printed_states(text: str, weight: Decimal | None) -> Reading | None:
    """The requirement and its printed states as levels (see the module); else ``None``."""
    if weight is None:
        return None
    simple = to_simplified(text).strip().rstrip("。.;；")
    mark = _MARK_RE.match(simple)
    body = simple[mark.end():] if mark is not None else simple
    clauses = [c.strip() for c in re.split(r"[,，;；。]", body)]
    if any(not c for c in clauses):
        return None
    at = next((i for i, c in enumerate(clauses) if _STATE_RE.fullmatch(c)), len(clauses))
    required, states = clauses[:at], [_STATE_RE.fullmatch(c) for c in clauses[at:]]
    if len(states) < 2 or not required or any(m is None for m in states) \
            or any(_NOT_A_REQUIREMENT_RE.search(c) for c in required):
        return None
    points = [dec(m["p"]) for m in states]
    if any(_NOT_A_NAME_RE.search(m["name"]) for m in states) or len(set(points)) != len(points) \
            or min(points) <= 0 or max(points) != weight or len({m["name"] for m in states}) != len(states):
        return None
    rule = parse_rule("; ".join(f'"{m["name"]}": {"W" if p == weight else fmt_decimal(p)}'
                                for m, p in zip(states, points, strict=True)))
    understood = [described("，".join(required), "考核内容"),
                  "要求之后写了几种做到的程度，各得其分：由评分人判断属于哪一种，业绩值填该种的原文文字",
                  *(f"业绩值为“{m['name']}” → 得{fmt_decimal(p)}分" for m, p in zip(states, points, strict=True)),
                  "业绩值须填上面的程度之一，填其他内容时报“规则有缺口”"]
    return Reading(rule, "rule", understood, [], [], weight)


#: grades run together with each one's comma before its points: "优良,2分一般,1分较差,0分" (fresh87 CU7-5: the cells
#: "优良,2分" "一般,1分" "较差,0分" joined) — every grade a word of 1–6 characters, then "," and its points
_GLUED_GRADES_RE = re.compile(rf"^(?:[\u4e00-\u9fff]{{1,6}}\s*[,，]\s*{NUM}\s*分\s*)+$")
_GLUED_GRADE_RE = re.compile(rf"(?P<name>[\u4e00-\u9fff]{{1,6}})\s*[,，]\s*(?P<p>{NUM})\s*分\s*")


def parted_grades(text: str, weight: Decimal | None) -> str | None:
    """Grades whose cells ran together ("优良,2分一般,1分较差,0分") parted again as "优良2分,一般1分,较差0分" — the whole text
    must be such grades, three or more (two could be a requirement and its points), the top one worth the 分值; else
    ``None``. The parted text is read by the other readers.

    >>> parted_grades("优良,2分一般,1分较差,0分", Decimal(2))
    '优良2分,一般1分,较差0分'
    >>> parted_grades("优良,2分一般,1分", Decimal(2)), parted_grades("优良,2分一般,1分较差,0分", Decimal(10))
    (None, None)
    """
    simple = to_simplified(text).strip().rstrip("。.;；")
    if len(simple) != len(text.strip().rstrip("。.;；")) or not _GLUED_GRADES_RE.match(simple):
        return None
    grades = list(_GLUED_GRADE_RE.finditer(simple))
    if len(grades) < 3 or any(_NOT_A_NAME_RE.search(g["name"]) for g in grades) \
            or weight is None or max(dec(g["p"]) for g in grades) != weight:
        return None
    return ",".join(f"{g['name']}{g['p']}分" for g in grades)


__all__ = ["parted_grades", "read_printed_states"]
