"""Points followed by their rule in brackets (r24, issue 11): a requirement, the row's points, then how they are lost.

The reader knows one printing, "要求(2分,少一次扣0.5分)" (``reader._POINTS_THEN_RULE_RE``), read as "要求得2分,少一次扣0.5分".
Tables print the same thing two more ways; :func:`points_then_rule` writes them the way that one is read:

* the points and the rule in two brackets — "组建率应达100(2分)(每少一个扣1分)" (fresh31 AR8-1);
* the points after the requirement's full stop, the rule in brackets — "…达到省定最低标准。3分(…的扣2分;…不得分)"
  (fresh28 AO1-2, AO1-5, AO1-8).

>>> points_then_rule("建立女教职工委员会(2分)(每少一个扣1分)。", 2)
'建立女教职工委员会得2分,每少一个扣1分。'
>>> points_then_rule("2、按序时进度完成任务。4分(未全面完成任务的扣2分,完成率低于90%的不得分)", 4)
'2、按序时进度完成任务得4分,未全面完成任务的扣2分,完成率低于90%的不得分。'

Only when the points are the row's 分值 and the bracket is a rule (a deduction or 不得分, no award of its own) — else ``None``:

>>> points_then_rule("组建率应达100(2分)(每少一个扣1分)。", 2)
'组建率应达100,每少一个扣1分。'
>>> points_then_rule("建立女教职工委员会(2分)(每少一个扣1分)。", 3) is None  # not the 分值
True
>>> points_then_rule("建立台账。2分(含电子台账)", 2) is None  # a note, no rule
True
>>> points_then_rule("参加年检。2分(未通过年检不得分,超过年检时限扣2分)", 2) is None  # named failings: rewrites.py
True
>>> points_then_rule("建立台账。2分(有台账得1分,台账完整得1分)", 2) is None  # items, not how the 2 points are lost
True

"要求A、B、C(3分,每项1分)" (fresh31 AR4-2) is "A、B、C各占1分" (:func:`checklist.read_each_listed` checks that the items
make up the 分值):

>>> points_then_rule("2、有固定办公地点、学会办事机构、专(兼)职干部(3分,每项1分)", 3)
'有固定办公地点、学会办事机构、专(兼)职干部各占1分'
>>> points_then_rule("有固定办公地点(3分,每项1分)", 3) is None  # nothing listed
True
"""

from __future__ import annotations

import re
from typing import Any

from jixiao.rules.chinese._base import ITEM_NUMBER, NUM, dec

#: what is required (for listed items brackets inside it are allowed: "专(兼)职干部")
_WHAT = r"(?P<what>[^()。]{2,200}?)"
_LISTED = r"(?P<what>(?:[^()。]|\([^()]*\)){2,200}?)"
#: an item's number before the list: "2、" / "(2)" / "②"
_NUMBERING_RE = re.compile(rf"^\s*{ITEM_NUMBER}\s*")
#: "…(2分)(每少一个扣1分)" / "…。3分(…)"
_TWO_BRACKETS_RE = re.compile(rf"{_WHAT}\((?P<n>{NUM})分\)\((?P<rule>[^()]{{2,160}})\)[。.；;]?")
_AFTER_STOP_RE = re.compile(rf"{_WHAT}[。.](?P<n>{NUM})分\((?P<rule>[^()]{{2,160}})\)[。.；;]?")
#: "…(3分,每项1分)": the 分值, then the same points for every item listed with "、"
_EACH_RE = re.compile(rf"{_LISTED}\((?P<n>{NUM})分[,，](?:每项|每个|每条)各?(?:得|计)?(?P<p>{NUM})分\)[。.；;]?")


def _is_rule(rule: str) -> bool:
    """A bracket saying how the points are lost: a deduction (扣; a failure alone, "…。5分(不签订协议不得分)", is read
    as before: the requirement a note, the bracket its pass/fail — fresh28 AO1-7), with no award or level of its own."""
    # (only a rule on a measure or a count — 每, 小于/低于/不足, a percentage: "…。2分(未通过年检不得分,超过年检时限扣2分)" is
    # a pass/fail with named failings, read by rewrites.points_as_full_marks as before — fresh28 AO1-1)
    return "扣" in rule and not re.search(rf"得{NUM}分|得满分|[:：]", rule) \
        and bool(re.search(r"每|小于|低于|不足|少于|%", rule))


def points_then_rule(text: str, weight: Any) -> str | None:
    """``text`` written "要求得N分,规则。" (or "A、B各占N分"), or ``None``."""
    if weight is None:
        return None
    w = dec(str(weight))
    t = text.strip()
    e = _EACH_RE.fullmatch(t)
    if e is not None and dec(e["n"]) == w and "、" in e["what"]:
        return f"{_NUMBERING_RE.sub('', e['what'])}各占{e['p']}分"
    for pattern in (_TWO_BRACKETS_RE, _AFTER_STOP_RE):
        m = pattern.fullmatch(t)
        if m is not None and dec(m["n"]) == w and _is_rule(m["rule"]) and not re.search(r"分|是否", m["what"]):
            if re.search(r"\d", _NUMBERING_RE.sub("", m["what"])):
                # "组建率应达100(2分)(每少一个扣1分)": a number in the requirement is its own condition — the points
                # (the 分值) are the rule's start, not an award for a band at that number
                return f"{m['what']},{m['rule']}。"
            return f"{m['what']}得{m['n']}分,{m['rule']}。"
    return None
