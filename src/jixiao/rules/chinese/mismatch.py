"""Checks every reading passes (r41, red team 2): a reading whose items or levels cannot be what the text means.

Each check takes a finished reading and refuses it (a Chinese reason) when the text and the reading disagree in a way
no recogniser sees alone:

* items adding up to more or less than the row's 分值 ("①有制度,1分;②有台账,1分;③有总结,1分" on a 5-point row: a unit
  doing all three would score 3 of 5);
* levels that all score the same ("有制度（1分）；有台账（1分）；有总结（1分）" on a 2-point row read as three levels of
  1 point: levels are grades, and grades differ — these are items, and they add up past the 分值);
* "分别得N分" ("有制度、有台账、有总结，分别得2分": each of three gets 2) read as one pass/fail of N points;
* an item named "…各" ("有制度、有台账各得1分" read as ONE item of 1 point: 各 says each of them).

>>> from jixiao.rules.chinese import read_rule_text
>>> read_rule_text("①有制度,1分;②有台账,1分;③有总结,1分", 5).kind
'unreadable'
>>> read_rule_text("①有制度,1分;②有台账,1分;③有总结,1分", 3).kind
'checklist'
"""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.rules.chinese._base import NUM, Reading, unreadable
from jixiao.rules.model import Any_, Points, Text, fmt_decimal


def _refuse(reading: Reading, why: str, text: str) -> Reading:
    return unreadable([], [text.strip()], why, context_out=reading.context_out)


def refuse_items_off_weight(reading: Reading, text: str, weight: Decimal | None) -> Reading:
    """A checklist whose items add up to another number than the row's 分值 is refused: the table's items and its 分值
    disagree, and which one holds is never a guess.

    >>> from jixiao.rules.chinese import read_rule_text
    >>> read_rule_text("有制度、有台账、有总结，每项1分", 3).kind
    'checklist'
    >>> read_rule_text("有制度（1分）；有台账（1分）；有总结（1分）", 4).understood[-1]
    '未能读懂：分项合计3分，与本行分值4分不同，未作推测'
    """
    if reading.kind != "checklist" or weight is None or reading.max_points is None or reading.max_points == weight:
        return reading
    return _refuse(reading, f"分项合计{fmt_decimal(reading.max_points)}分，与本行分值{fmt_decimal(weight)}分不同，未作推测",
                   text)


def refuse_equal_levels(reading: Reading, text: str, weight: Decimal | None) -> Reading:
    """Levels (named, no 否则) that all score the same points are no grades — grades differ: the text lists items (that
    add up past the 分值) or a slip ("完成得5分，未完成得5分") — refused. Other names of one level ("符合" beside the
    printed wording) are not levels of their own and do not count.

    >>> from jixiao.rules.chinese import read_rule_text
    >>> read_rule_text("有制度计1分，有台账计1分，有总结计1分，有考核计1分", 3).kind
    'unreadable'
    >>> read_rule_text("完成得5分，未完成得5分", 5).kind
    'unreadable'
    >>> read_rule_text("完成得5分，未完成不得分", 5).canonical
    '"完成": 5; "未完成": 0'
    """
    rule = reading.rule
    if rule is None or not rule.is_qualitative or any(isinstance(c.condition, Any_) for c in rule.clauses):
        return reading
    levels = [c for c in rule.clauses if isinstance(c.condition, Text) and c.condition.text != "符合"]
    if len(levels) < 2 or not all(isinstance(c.outcome, Points) for c in levels):
        return reading
    try:
        pts = {rule.score(c.condition.text, weight) for c in levels}  # type: ignore[union-attr]
    except Exception:  # noqa: BLE001 — a level the rule cannot score is no evidence either way
        return reading
    if len(pts) != 1:
        return reading
    (p,) = pts
    return _refuse(reading, f"各档得分相同（都是{fmt_decimal(p)}分），不是高低不同的档：是相加的分项还是笔误，未作推测", text)


#: "分别得2分" — one amount after 分别: each of the things listed before gets it ("分别得1分、1分、2分" lists several)
_EACH_RE = re.compile(rf"分别(?:得|计|记|给|赋|加)\s*{NUM}\s*分(?!\s*[、,，]\s*{NUM}\s*分)")

#: an item whose name ends with 各 ("有制度、有台账各" of "有制度、有台账各得1分"): the points are each item's
_EACH_ITEM_RE = re.compile(r"各$")


def refuse_each_as_one(reading: Reading, text: str) -> Reading:
    """"分别得N分" / "…各得N分" give N to each thing listed; a reading that gives N once (a pass/fail, or one item named
    "…各") is refused.

    >>> from jixiao.rules.chinese import read_rule_text
    >>> read_rule_text("有制度、有台账、有总结，分别得2分", 6).kind
    'unreadable'
    >>> read_rule_text("有制度、有台账各得1分，有总结得2分", 3).kind
    'unreadable'
    """
    if reading.kind == "checklist":
        named = next((i.text for i in reading.items if _EACH_ITEM_RE.search(i.text)), None)
        if named is not None:
            return _refuse(reading, f"“{named}得…分”是每项各得，不是一个分项，未作推测", text)
        return reading
    if reading.rule is not None and _EACH_RE.search(text):
        return _refuse(reading, "“分别得N分”是所列各项各得N分，不是一次得N分，未作推测", text)
    return reading


#: a rate that is the better the LOWER it is, multiplied by the 分值 ("得分=不合格率×分值"): the score would rise with it
_BAD_RATE = (r"(?:不合格|不达标|不满意|差错|错误|投诉|偏差|失误|事故|超支|结余|闲置|违规|违纪|流失|损失|漏报|迟报|误报|返工|"
             r"缺陷|空置|拖欠|欠缴|未完成|发病|死亡)率")
_BAD_RATE_TIMES_RE = re.compile(rf"{_BAD_RATE}\s*[×*xX]|[×*]\s*{_BAD_RATE}|按(?:照)?{_BAD_RATE}(?:计分|得分|记分)")

#: a share printed upside down: the plan (budget, target) over the actual ("预算数/执行数", "(计划数/实际完成数)×10分")
_PLAN_OVER_ACTUAL_RE = re.compile(r"(?:预算|计划|指标|目标|任务|应[\u4e00-\u9fff]{0,6}?)(?:数|值|额|量|资金|金额)?\s*[/÷]\s*"
                                  r"(?:实际|执行|完成|支出|到位|实现)")


def refuse_inverse_proportion(reading: Reading, text: str) -> Reading:
    """A proportional reading (分值 × the value) of a text whose ratio runs the other way: a rate that is better LOW
    ("得分=不合格率×分值": 0 % 不合格 would score 0), or the plan over the actual ("得分=预算数/执行数×分值": what value
    is typed, 执行率 or its inverse?) — refused (r41: both read as "*: prop").

    >>> from jixiao.rules.chinese import read_rule_text
    >>> read_rule_text("得分=不合格率×分值", 10).kind, read_rule_text("得分=预算数/执行数×分值", 10).kind
    ('unreadable', 'unreadable')
    >>> read_rule_text("得分=执行数/预算数×分值", 10).canonical
    '*: prop'
    """
    rule = reading.rule
    if rule is None or "prop" not in str(rule).replace("invprop", ""):
        return reading
    if (m := _BAD_RATE_TIMES_RE.search(text)) is not None:
        return _refuse(reading, f"“{m.group(0)}”：该比率越低越好，按它乘分值计分会使得分随它升高（疑为 1−该比率），未作推测",
                       text)
    if (m := _PLAN_OVER_ACTUAL_RE.search(text)) is not None:
        return _refuse(reading, f"“{m.group(0)}…”是计划数除以实际数（完成率的倒数），业绩值填哪个比值未写明，未作推测"
                                "（反向指标请写成 <=T: W; >T: invprop）", text)
    return reading
