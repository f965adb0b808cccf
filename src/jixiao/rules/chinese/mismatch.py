"""Checks every reading passes (r41, red team 2): a reading whose items or levels cannot be what the text means.

Each check takes a finished reading and refuses it (a Chinese reason) when the text and the reading disagree in a way
no recogniser sees alone:

* items adding up to more than the row's 分值 ("从业3年以上得2分;持证率50%以上得2分" on a 3-point row: was items
  2 + 2, a unit meeting one scoring as much as 2 of 3);
* levels that all score the same ("有制度（1分）；有台账（1分）；有总结（1分）" on a 2-point row read as three levels of
  1 point: levels are grades, and grades differ — these are items, and they add up past the 分值);
* "分别得N分" ("有制度、有台账、有总结，分别得2分": each of three gets 2) read as one pass/fail of N points;
* an item named "…各" ("有制度、有台账各得1分" read as ONE item of 1 point: 各 says each of them).

>>> from jixiao.rules.chinese import read_rule_text
>>> read_rule_text("①有制度,1分;②有台账,1分;③有总结,1分", 2).kind
'unreadable'
>>> read_rule_text("①有制度,1分;②有台账,1分;③有总结,1分", 3).kind
'checklist'
"""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from jixiao.errors import RuleGapError
from jixiao.rules.chinese._base import NUM, Reading, unreadable
from jixiao.rules.chinese.lexicon import ADDED_UP, COUNT, PER_PERIOD
from jixiao.rules.model import (
    ZERO,
    Any_,
    Compare,
    Interval,
    Linear,
    Num,
    Points,
    TargetRef,
    Text,
    fmt_decimal,
)


def _refuse(reading: Reading, why: str, text: str) -> Reading:
    return unreadable([], [text.strip()], why, context_out=reading.context_out)


def refuse_items_off_weight(reading: Reading, text: str, weight: Decimal | None) -> Reading:
    """A checklist whose items add up to MORE than the row's 分值 is refused: the table's items and its 分值 disagree,
    and which one holds is never a guess (capped at the 分值, a unit doing all but one item may score the same as one
    doing all). Items adding up to less are read as printed, their total shown (seed 003 预决算信息公开度: 0.5 + 0.5 on a
    2-point row — a published table's own arithmetic).

    >>> from jixiao.rules.chinese import read_rule_text
    >>> read_rule_text("有制度、有台账、有总结，每项1分", 3).kind
    'checklist'
    >>> read_rule_text("从业3年以上得2分;持证率50%以上得2分", 3).understood[-1]
    '未能读懂：分项合计4分，与本行分值3分不同，未作推测'
    """
    if reading.kind != "checklist" or weight is None or reading.max_points is None or reading.max_points <= weight:
        return reading
    return _refuse(reading, f"分项合计{fmt_decimal(reading.max_points)}分，与本行分值{fmt_decimal(weight)}分不同，未作推测",
                   text)


def refuse_equal_levels(reading: Reading, text: str, weight: Decimal | None) -> Reading:
    """Levels (named, no 否则) that all score the same points are no grades — grades differ: the text lists items (that
    add up past the 分值) or a slip ("完成得5分，未完成得5分") — refused. Other names of one level ("符合" beside the
    printed wording) are not levels of their own: a reading naming "符合" is left alone, and so are levels all at 0.

    >>> from jixiao.rules.chinese import read_rule_text
    >>> read_rule_text("有制度计1分，有台账计1分，有总结计1分，有考核计1分", 3).kind
    'unreadable'
    >>> read_rule_text("完成得5分，未完成得5分", 5).kind
    'unreadable'
    >>> read_rule_text("完成得5分，未完成不得分", 5).canonical
    '"完成": 5; "未完成": 0'
    """
    rule = reading.rule
    if rule is None or not rule.is_qualitative or any(isinstance(c.condition, Any_) for c in rule.clauses) \
            or rule.names_text("符合"):
        return reading
    levels = [c for c in rule.clauses if isinstance(c.condition, Text)]
    if len(levels) < 2 or not all(isinstance(c.outcome, Points) for c in levels):
        return reading
    try:
        pts = {rule.score(c.condition.text, weight) for c in levels}  # type: ignore[union-attr]
    except Exception:  # noqa: BLE001 — a level the rule cannot score is no evidence either way
        return reading
    if len(pts) != 1 or min(pts) <= 0:
        return reading
    (p,) = pts
    return _refuse(reading, f"各档得分相同（都是{fmt_decimal(p)}分），不是高低不同的档：是相加的分项还是笔误，未作推测", text)


def refuse_levels_above_weight(reading: Reading, text: str, weight: Decimal | None) -> Reading:
    """Several levels (two or more fixed scores above 0) whose best is printed above the row's 分值 ("优10分;良6分;
    差0分" on an 8-point row, r65's leftover): capping 优 at 8 is a guess — is 优 the full 8 and 良 still 6, or are
    all levels scaled by 8/10 (良 4.8)? The text does not say: refused, naming the printed top and the 分值 (r68). No
    corpus sentence is read so at its labelled 分值, and no label expects the capped reading. One fixed score above
    the 分值 (a pass/fail, the seed's "不低于70%，得4分" on 3 points) is still capped with a note — there is no other
    level to scale; a rule written by hand is flagged by validate (``rule-max-weight``), not here.

    >>> from jixiao.rules.chinese import read_rule_text
    >>> read_rule_text("优10分;良6分;差0分", 8).kind
    'unreadable'
    >>> read_rule_text("优10分;良6分;差0分", 10).canonical
    '"优": 10; "良": 6; "差": 0'
    >>> read_rule_text("完成得10分，未完成不得分", 8).canonical
    '"完成": 10; "未完成": 0'
    """
    rule = reading.rule
    if weight is None or rule is None or not reading.ok or reading.kind == "checklist":
        return reading
    fixed = {c.outcome.amount.points(weight) for c in rule.clauses if isinstance(c.outcome, Points)}
    above = {p for p in fixed if p > 0}
    if len(above) < 2 or max(above) <= weight:
        return reading
    top = fmt_decimal(max(above))
    return _refuse(reading, f"各档中最高一档印的是{top}分，超过本行分值{fmt_decimal(weight)}分：是最高一档得满分、其他档照印的分数，"
                            f"还是各档都按{fmt_decimal(weight)}/{top}折算，原文未写明，未作推测", f"{top}分")


_ADDED_UP_RE = re.compile(ADDED_UP)
#: grades given per period ("按季度考核", "全年汇总", r69) — only beside levels named as grades (:data:`_GRADE_NAME_RE`):
#: "按月监测…完成得分，没完成不得分" (seed 003 持续目标监测) is a requirement done monthly, not grades added up
_PER_PERIOD_RE = re.compile(PER_PERIOD)
#: the names of grades (优/良/中/差, 合格, A–D, 一等, 满意 …) — r69's list
_GRADE_NAME_RE = re.compile(r"优秀?|良好?|中等?|一般|较好|好|较差|差|(?:基本)?合格|不合格|达标|不达标|[A-DＡ-Ｄ]|"
                            r"[一二三四五1-5][等级档类]|(?:很|非常|比较)?(?:满意|不满意)")


#: grades given several times ("全年检查两次", "每次检查", "检查3次"): beside grade names, one grade is not the row's (r71)
_SEVERAL_TIMES_RE = re.compile(r"每次|每一次|半年|各[^,，;；。]{0,3}一次|(?:[两二三四五六七八九十多几]|(?<![\d.])(?:[2-9]|\d{2,}))次")


def refuse_added_grades(reading: Reading, text: str) -> Reading:
    """Grades (two or more named levels with points) beside a note that adds them up or averages them ("按季度考核,
    优10分;良6分;差0分,全年累计", "(每季度评定一次,取平均)"): the row's score is a sum or a mean of several grades, not one
    grade picked — refused, as r65 refuses the "、" form (normalise keeps "优10分、良6分…" unparted there). r65 left the
    ";" form reading one grade, "全年累计" a note (r68). Only a note the reading dropped (a description) counts: "累计扣分
    不超过…" is a cap the reading uses.

    >>> from jixiao.rules.chinese import read_rule_text
    >>> read_rule_text("按季度考核,优10分;良6分;差0分,全年累计", 10).kind
    'unreadable'
    >>> read_rule_text("优10分;良6分;差0分,以最低一次为准", 10).canonical
    '"优": 10; "良": 6; "差": 0'
    >>> read_rule_text("全年检查两次,优10分;良6分;差0分", 10).kind  # two grades: added or averaged? (r71)
    'unreadable'
    >>> read_rule_text("按月监测目标完成情况。完成得分，没完成不得分。", 2).kind  # a requirement done monthly (seed 003)
    'passfail'
    """
    rule = reading.rule
    if rule is None or not reading.ok:
        return reading
    levels = [c.condition.text for c in rule.clauses if isinstance(c.condition, Text) and isinstance(c.outcome, Points)]
    if len(levels) < 2:
        return reading
    graded = any(_GRADE_NAME_RE.fullmatch(name) for name in levels)
    # (r71) what a level name holds before its grade counts as said too: "全年检查两次,优10分;…" read a level
    # "全年检查两次,优" beside "优" — and several gradings ("两次", "每次检查") are added up or averaged as well
    leads = [name.rsplit(",", 1)[0] for name in levels if "," in name and _GRADE_NAME_RE.fullmatch(name.rsplit(",", 1)[1])]
    said = next((d for d in [*reading.descriptions, *leads]
                 if _ADDED_UP_RE.search(d) or (graded and (_PER_PERIOD_RE.search(d) or _SEVERAL_TIMES_RE.search(d)))),
                None)
    if said is None:
        return reading
    return _refuse(reading, f"“{said}”：各档要累计或平均（多次评定），得分不是选定的一档，一条分档规则无法表达，未作推测", said)


#: an occurrence by its order ("第一次", "第2起", "首次"), and one such deducting points in its clause ("第一次扣1分")
#: (r71: a period or a place by its order too — "第一季度扣1分,以此类推", "第一年…", "第一个月…", "第一名得5分,以此类推":
#: read as a level "第一季度": 4 beside "符合": W, or a pass/fail)
_ORDINAL = r"(?:第[一二三四五六七八九十两\d]+|首)(?:次|起|例|件|回|个?月|季度?|年度?|周|轮|批|名|位|阶段)"
_ORDINAL_RE = re.compile(_ORDINAL)
_ORDINAL_DEDUCTION_RE = re.compile(rf"{_ORDINAL}[^,，;；。]{{0,10}}?(?:(?:扣|减)(?:除)?{NUM}分"
                                   rf"|[得计记加]{NUM}分(?=[^。；;]*?[以依]此类推))")
#: what the later occurrences cost, printed: "以后每次", "此后每次", "再次", "每次"
_LATER_TIMES_RE = re.compile(r"每|以后|此后|之后|再次|其后|其余")


def refuse_first_time_only(reading: Reading, text: str) -> Reading:
    """Only the first occurrence priced ("第一次扣1分,以此类推", r65's leftover: read as a level named "第一次", or
    "第1次…" as a count): is every later occurrence worth the same, more each time (第二次扣2分?), or nothing? "以此类推"
    after one term settles no sequence — refused (r68). Where the text settles it — a second ordinal at the same points
    ("第一次扣1分,第二次扣1分,以此类推") or what the later ones cost ("以后每次扣1分") — the reading stands (one step
    of that amount; other amounts are refused by the readers: the step grows). "有一次扣1分,以此类推" (one occurrence,
    not the first) is r62's step and is not looked at.

    >>> from jixiao.rules.chinese import read_rule_text
    >>> read_rule_text("第一次扣1分,以此类推", 5).kind
    'unreadable'
    >>> read_rule_text("第一次扣1分,第二次扣1分,以此类推", 5).canonical
    '*: W - 1 per 1'
    >>> [read_rule_text(t, 5).kind for t in ("第一季度扣1分,以此类推", "第一名得5分,以此类推")]  # r71
    ['unreadable', 'unreadable']
    """
    if not reading.ok or _ORDINAL_DEDUCTION_RE.search(text) is None:
        return reading
    if len(_ORDINAL_RE.findall(text)) > 1 or _LATER_TIMES_RE.search(text):
        return reading
    m = _ORDINAL_DEDUCTION_RE.search(text)
    return _refuse(reading, f"“{m[0]}”只写了第一次扣几分：以后每次扣同样的分、逐次加扣还是不再扣，原文未写明"
                            "（“以此类推”只跟一项，推不出规律），未作推测", m[0])


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
_BAD_RATE = (r"(?:不合格|不达标|未达标|超标|不满意|差错|错误|投诉|偏差|失误|事故|超支|结余|闲置|违规|违纪|流失|损失|漏报|迟报|误报|返工|"
             r"缺陷|空置|拖欠|欠缴|未完成|发病|死亡)(?:率|比例|比率)")
#: (r42: also with a bracket between the rate and ×, "未完成率(超过100%以100%计算)×20", and "按未完成比例计算得分")
_BAD_RATE_TIMES_RE = re.compile(rf"{_BAD_RATE}\s*(?:[（(][^（()）]*[)）])?\s*[×*xX]|[×*]\s*{_BAD_RATE}"
                                rf"|按(?:照)?{_BAD_RATE}(?:计算)?(?:计分|得分|记分)")

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


#: a cap on the deductions of one kind, item or finding ("同类问题最多扣1分", "每类问题最多扣2分", "单项扣分不超过2分"):
#: the reading counts all findings as one number, so a cap per kind cannot be written
_GROUP_CAP_RE = re.compile(
    r"(?:同类|同一类|每类|每一类|同项|同一项|每项|单项|每种|同一种|同一问题|同一事项|"
    # a cap per person / household / unit ("每项扣2分,每人最高扣6分", r57: read as the row's cap)
    r"每人|每名|每位|人均|每户|每家|每个?单位|各单位|每个?部门|各部门)[^，,。；;]{0,10}?"
    rf"(?:(?:最多|最高|累计)(?:扣|减)(?:分)?(?:不超过)?{NUM}分|扣分(?:最多|最高)?不超过{NUM}分)")
# ("同一事项只计1次", "同类问题只扣一次" say what the value counts — distinct matters — a counting note (r30), not a cap)

#: "扣至N分(为止)" / "最多扣至N分" / "本项最低得N分" with N above 0 beside a deduction: the lowest score, not 扣完为止
_DEDUCTS_RE = re.compile(r"扣|减")
_FLOOR_RE = re.compile(rf"(?:最多)?扣至(?P<n>{NUM})分|(?:本项|该项|此项)?(?:最低|最少|至少|保底)(?:得|为|计)?(?P<m>{NUM})分")


def deduction_limit_refusal(text: str) -> str | None:
    """Why a deduction's cap or floor cannot be read (a cap per kind, a floor above 0), or ``None``.

    >>> deduction_limit_refusal("每处扣0.5分，同类问题最多扣1分")[:11]
    '“同类问题最多扣1分”'
    >>> deduction_limit_refusal("每项扣2分，每人最高扣6分")[:9]  # a cap per person (r57)
    '“每人最高扣6分”'
    >>> deduction_limit_refusal("每处扣1分，最多扣至1分")[:8]
    '“最多扣至1分”'
    >>> deduction_limit_refusal("每次扣1分，本项最低得1分")[:9]
    '“本项最低得1分”'
    >>> deduction_limit_refusal("每处扣1分，扣至0分为止"), deduction_limit_refusal("每处扣1分，最多扣2分")
    (None, None)
    """
    if (m := _GROUP_CAP_RE.search(text)) is not None:
        return f"“{m.group(0)}”是每一类（每一项、每人）的扣分上限，规则只能按发现的总数计，未作推测"
    if (m := _FLOOR_RE.search(text)) is not None and Decimal(n := m["n"] or m["m"]) > 0 and _DEDUCTS_RE.search(text):
        return f"“{m.group(0)}”是保底分（最低得{n}分），不是扣完为止，未作推测"
    return None


def refuse_dead_deduction(reading: Reading, text: str) -> Reading:
    """A per-count (or per-point) deduction that never applies, because a "不得分" level printed beside it already covers
    every value it would deduct on ("每发现1起扣1分，1起以上不得分": one finding scores 0 by the second clause, 4 by the
    first) — the two clauses contradict each other: refused (r41: read as ">=1: 0; *: W - 1 per 1").

    >>> from jixiao.rules.chinese import read_rule_text
    >>> read_rule_text("每发现1起扣1分，1起以上不得分", 5).kind
    'unreadable'
    >>> read_rule_text("每发现1起扣1分，2起以上不得分", 5).canonical
    '>=2: 0; *: W - 1 per 1'
    """
    rule = reading.rule
    if rule is None or not reading.ok:
        return reading
    for k, c in enumerate(rule.clauses):
        out = c.outcome
        if not isinstance(out, Linear) or isinstance(out.unit, TargetRef):
            continue
        for e in rule.clauses[:k]:
            cond = e.condition
            if not isinstance(cond, Compare) or not isinstance(cond.bound, Num) or not isinstance(e.outcome, Points):
                continue
            b = cond.bound.value
            if isinstance(c.condition, Any_) and not out.unit.pct and not cond.bound.pct and b >= 1 \
                    and b == b.to_integral_value() and (
                    (cond.op == ">=" and cond.bound.value <= out.unit.value)
                    or (cond.op == ">" and cond.bound.value < out.unit.value)):
                covered = True
            else:
                covered = c.condition == cond
            if covered:
                return _refuse(reading, f"“{cond}”一档已包含扣分的每一种情形，逐次（逐点）扣分从不适用：两句互相矛盾，未作推测",
                               text)
    return reading


#: a rate named in the text that is the better the lower it is (the same words as :data:`_BAD_RATE`)
_BAD_RATE_RE = re.compile(_BAD_RATE.replace("漏报|", "漏报|漏补报|"))


def refuse_deduction_below_low_rate(reading: Reading, text: str) -> Reading:
    """A deduction per point BELOW a threshold of a rate that is the better the lower it is ("漏补报率低于2%,每低于一个
    百分点扣0.5分", r40's open case: read as "≥2%: W; <2%: W - 0.5 per 1%", 5 % 漏补报 scoring full marks): the text
    names the requirement (低于2%) and deducts on its passing side — a slip (每超过?) — refused.

    >>> from jixiao.rules.chinese import read_rule_text
    >>> read_rule_text("差错率低于2%,每低1个百分点扣0.5分", 2).kind
    'unreadable'
    >>> read_rule_text("差错率低于2%,每超过1个百分点扣0.5分", 2).canonical
    '<2%: W; >=2%: W - 0.5 per 1%'
    """
    rule = reading.rule
    if rule is None or not reading.ok or (m := _BAD_RATE_RE.search(text)) is None:
        return reading
    if any(isinstance(c.outcome, Linear) and isinstance(c.condition, Compare) and c.condition.op in ("<", "<=")
           for c in rule.clauses):
        return _refuse(reading, f"“{m.group(0)}”越低越好，却按低于阈值的幅度扣分（疑为“每超过”），未作推测", text)
    return reading


def refuse_points_below_gap(reading: Reading, text: str, weight: Decimal | None) -> Reading:
    """Points above 0 for every value BELOW a threshold while the values between it and the next level up score nothing
    ("达到可种面积的100%得20分，未达到90%得10分", r40's open case: 80 % scores 10, 95 % is in no level) — the lower level
    was meant to start at 90 % (达到90%?): refused.

    >>> from jixiao.rules.chinese import read_rule_text
    >>> read_rule_text("达到100%得20分，低于90%得10分", 20).kind
    'unreadable'
    >>> read_rule_text("达到100%得20分，低于90%不得分", 20).canonical
    '>=100%: 20; <90%: 0'
    """
    rule = reading.rule
    if rule is None or not reading.ok or rule.is_qualitative or any(isinstance(c.condition, Any_) for c in rule.clauses):
        return reading
    if _DEDUCTS_RE.search(text):  # bands that deduct ("200万元以下,扣15分"): a gap is the scorer's to report (r32)
        return reading
    for c in rule.clauses:
        cond = c.condition
        if not (isinstance(cond, Compare) and cond.op in ("<", "<=") and isinstance(cond.bound, Num)
                and isinstance(c.outcome, Points) and c.outcome.amount.points(weight if weight is not None else Decimal(100)) > 0):
            continue
        above = [b.condition.bound.value for b in rule.clauses if isinstance(b.condition, Compare)
                 and b.condition.op in (">", ">=") and isinstance(b.condition.bound, Num)
                 and b.condition.bound.pct == cond.bound.pct and b.condition.bound.value > cond.bound.value]
        step = Decimal("0.01") if cond.bound.pct else Decimal(1)
        if not above or min(above) - cond.bound.value <= step:
            continue
        mid = (min(above) + cond.bound.value) / 2
        try:
            rule.score(f"{mid * 100}%" if cond.bound.pct else str(mid), weight if weight is not None else 100)
        except RuleGapError:  # the values between score nothing: the gap
            return _refuse(reading, f"低于{_shown(cond.bound)}的一档得分，而{_shown(cond.bound)}到{_shown(Num(min(above), cond.bound.pct))}"
                                    "之间没有写分（疑为“达到…”），未作推测", text)
    return reading


def _shown(n: Num) -> str:
    return f"{fmt_decimal(n.value * 100)}%" if n.pct else fmt_decimal(n.value)


#: a count named as the measure ("不合格数为0", "投诉件数为0") — never a rate
_COUNT_MEASURE_RE = re.compile(r"(?<![指系分基倍比])(?:件数|个数|次数|起数|人数|户数|数量|(?<![率])数)(?:为|是|等于)?0(?![.\d%‰])")


def refuse_count_as_rate(reading: Reading, text: str) -> Reading:
    """A measure named as a count ("不合格数为0得5分,每增加1%扣1分", r40's open case) read with percentage steps: a count
    has no percentage — of what? — refused.

    >>> from jixiao.rules.chinese import read_rule_text
    >>> read_rule_text("不合格数为0得5分,每增加1%扣1分", 5).kind
    'unreadable'
    >>> read_rule_text("不合格率为0得5分,每增加1%扣1分", 5).canonical
    '=0%: 5; >0%: 5 - 1 per 1%'
    """
    rule = reading.rule
    if rule is None or not reading.ok or not rule.uses_percent or (m := _COUNT_MEASURE_RE.search(text)) is None:
        return reading
    return _refuse(reading, f"“{m.group(0)}”是个数，却按百分比计分（百分之几的基数未写明），未作推测", text)


#: rates that are the better the HIGHER they are
_GOOD_RATE_RE = re.compile(r"(?:满意|完成|执行|达标|合格|到位|覆盖|知晓|及格|优良|支付|拨付|兑现|参保|入学|就业|回收|"
                           r"利用|处理|治愈|接种|建档|签约|办结|受理|结案|破案)(?:率|度)")


def refuse_deduction_on_good_side(reading: Reading, text: str, weight: Decimal | None) -> Reading:
    """A one-sided deduction band on the side of a rate that is plainly the better side ("满意率高于90%扣2分": the
    satisfied lose points, the dissatisfied keep the 分值; "投诉率低于1%扣2分") — a slip (低于/高于 swapped, or 未 lost),
    refused (r41: read as written). Above 100 % a high-is-good rate may be over-spent ("执行率超过100%扣2分"): left.

    >>> from jixiao.rules.chinese import read_rule_text
    >>> read_rule_text("满意率高于90%扣2分", 5).kind, read_rule_text("投诉率低于1%扣2分", 5).kind
    ('unreadable', 'unreadable')
    >>> read_rule_text("满意率低于90%扣2分", 5).canonical
    '<90%: 3; >=90%: W'
    """
    rule = reading.rule
    if rule is None or not reading.ok or weight is None:
        return reading
    good, bad = _GOOD_RATE_RE.search(text), _BAD_RATE_RE.search(text)
    if (good is None) == (bad is None):  # no rate of known polarity, or both kinds named
        return reading
    sided = [(c.condition.op in (">", ">="), c.outcome.amount.points(weight), c) for c in rule.clauses
             if isinstance(c.condition, Compare) and isinstance(c.condition.bound, Num) and c.condition.bound.pct
             and c.condition.op != "=" and isinstance(c.outcome, Points)]
    for high, pts, c in sided:
        cond = c.condition
        assert isinstance(cond, Compare) and isinstance(cond.bound, Num)
        if not any(h != high and p > pts for h, p, _ in sided):  # no printed level on the other side scores more
            continue
        if (good is not None and high and cond.bound.value < 1) or (bad is not None and not high):
            rate = (good or bad).group(0)  # type: ignore[union-attr]
            return _refuse(reading, f"“{rate}”{'高' if high else '低'}于{_shown(cond.bound)}是较好的一侧，却在这一侧扣分"
                                    "（疑为笔误），未作推测", text)
    return reading


def refuse_deduction_down_to_none(reading: Reading, text: str, weight: Decimal | None) -> Reading:
    """Deduction bands of an amount or a count ("造成损失1万元以上扣5分,1万元以下扣2分", "处罚款1000元以上的,扣5分;
    处罚款1000元以下的,扣2分") where no band keeps the 分值 and the lowest band runs down to nothing: read
    ``>10000: 5; <=10000: 8`` — no loss at all (0) scored 8 of 10 (r86). Whether nothing counts as "1万元以下" is not
    printed (a careful human: nothing lost, nothing deducted) — refused. Rates are left (r41's good-side check).

    >>> from jixiao.rules.chinese import read_rule_text
    >>> read_rule_text("造成损失1万元以上扣5分,1万元以下扣2分", 10).kind
    'unreadable'
    >>> read_rule_text("造成损失1万元以上减5分,1万元以下减2分", 10).kind  # 减 as 扣 (r92)
    'unreadable'
    >>> read_rule_text("迟到3次以上不得分,1-3次扣2分", 10).canonical  # no band down to 0: 0 is a reported gap
    '>3: 0; [1,3]: 8'
    """
    rule = reading.rule
    if rule is None or not reading.ok or weight is None or not _DEDUCTING_RE.search(text):
        return reading
    bands = [c for c in rule.clauses if isinstance(c.condition, Compare | Interval)]
    if len(bands) != len(rule.clauses) or len(bands) < 2 or any(not isinstance(c.outcome, Points) for c in bands):
        return reading
    if any(c.outcome.amount.points(weight) >= weight for c in bands):  # type: ignore[union-attr]
        return reading
    for k, c in enumerate(bands):
        cond = c.condition
        if isinstance(cond, Compare) and cond.op in ("<", "<=") and isinstance(cond.bound, Num) \
                and not cond.bound.pct and cond.bound.value > 0:
            if not _TIERED_LOSS_RE.search(text):
                return _refuse(reading, f"最低一档（{cond}）也扣分，没有一档得满分：没有发生（0）时是否扣分原文未写明，"
                                        "未作推测", text)
            # a loss of an event printed before its tiers ("因…造成交通事故,损失500元以下扣5分,500元以上扣10分…",
            # fresh88 CV3-1, r90): the value is that event's loss — above 0 the lowest tier; 0 (no event, or no loss?)
            # stays outside every band, a gap reported when scored
            above = Interval(Num(ZERO, False), cond.bound, False, cond.op == "<=")
            clauses = (*rule.clauses[:k], replace(c, condition=above), *rule.clauses[k + 1:])
            return replace(reading, rule=replace(rule, clauses=clauses), understood=[
                *reading.understood, f"最低一档（{cond}）也扣分，没有一档得满分：损失为0（没有发生）时是否扣分原文未写明，"
                                     "只读0以上（0评分时报“规则有缺口”），未作推测"])
    return reading


#: a deduction's verb: 扣 (扣除, 扣减), or 减 before its points ("1万元以上减5分", r91 failure 3: r86's #7 back with 减 —
#: 0 lost scored 8 of 10); not 减少/减轻 (a reduction to reach)
_DEDUCTING_RE = re.compile(r"扣|减(?:\s*[\d一二两三四五六七八九十半]|分|去)")
#: an event, then the tiers of its loss: "…造成交通事故,损失500元以下扣5分" — the value is a loss that happened (r90)
_TIERED_LOSS_RE = re.compile(r"(?:造成|发生)[\u4e00-\u9fff]{1,12}(?:事故|事件|损失)[,，]?(?:直接|经济)?损失(?:在|金额)?\d")


#: a per-unit deduction ("每发现1处扣1分") and a cut-off counted in another unit ("3人次以上不得分")
_UNIT = rf"(?P<u>人次|个工作日|工作日|天|日|周|个月|小时|{COUNT})"
_PER_UNIT_RE = re.compile(rf"每[\u4e00-\u9fff]{{0,6}}?(?:{NUM}|一){_UNIT}")
_CUT_OFF_RE = re.compile(rf"{NUM}{_UNIT}(?:及|或)?(?:以上|以下)")


def refuse_cut_off_in_another_unit(reading: Reading, text: str) -> Reading:
    """A count deduction whose cut-off counts something else ("每发现1处扣1分，3人次以上不得分", "每迟报1天扣1分，迟报3次
    以上不得分": 处 vs 人次, 天 vs 次) is no one count: refused (r41: read ">=3: 0; *: W - 1 per 1", one value for both).

    >>> from jixiao.rules.chinese import read_rule_text
    >>> read_rule_text("每迟报1天扣1分，迟报3次以上不得分", 5).kind
    'unreadable'
    >>> read_rule_text("每迟报1天扣1分，迟报3天以上不得分", 5).canonical
    '>=3: 0; *: W - 1 per 1'
    """
    if reading.rule is None or not reading.ok or "per 1" not in str(reading.rule):
        return reading
    per, cut = _PER_UNIT_RE.search(text), _CUT_OFF_RE.search(text)
    if per is None or cut is None or per["u"] == cut["u"] or {per["u"], cut["u"]} <= {"处", "个"}:
        return reading
    return _refuse(reading, f"按“{per['u']}”扣分，截止档却按“{cut['u']}”计，不是同一个计数，未作推测", text)


#: "再扣 / 另扣 / 加扣 / 增扣 / 追加扣": a deduction on top of another for the same finding
_MORE_DEDUCTED_RE = re.compile(r"(?:再|另)(?:扣|减)|(?:加|增|追加)扣")


def refuse_deduction_on_top(reading: Reading, text: str) -> Reading:
    """"每件扣1分，其中有效投诉每件再扣1分" (r41: read "*: W - 1 per 1", one count for both): 再扣 deducts again for a
    finding already counted — one count cannot carry it: refused.

    >>> from jixiao.rules.chinese import read_rule_text
    >>> read_rule_text("每件扣1分，其中有效投诉每件再扣1分", 5).kind
    'unreadable'
    """
    if reading.rule is None or (m := _MORE_DEDUCTED_RE.search(text)) is None:
        return reading
    return _refuse(reading, f"“{m.group(0)}”是对已扣分的同一情形另外扣分，一个计数不能同时计两种扣分，未作推测", text)
