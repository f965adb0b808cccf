"""Recogniser (r59, issue 11): a start printed in the text, then a deduction per unit short of it —
"安排对接经费20万元的得满分,每少安排1万元的减0.5分" (fresh41 BB6-6), "…集体经营性收入要达到15万元以上。各年度考核时每少1万元
扣2分" (fresh12 Y1-5), "…综合评分达60分得2分,综合评分每低1分扣0.5分,直至不得分" (fresh10 W9-3), "…宣讲活动不少于30场,每少1场扣
0.167分" (fresh47 BH8-4).

Read as ``>=S: W; <S: W - p per u`` (the value in the text's own unit: "15万元" is 15), only when

- the start S is the number right before the unit, in the first sentence, and reaching it scores the 分值 ("得满分",
  "得N分" with N the 分值, or a requirement "达到/不少于…以上" with no points: meeting it is the 分值, as
  assemble._qty_deduction reads "…1000公斤以上,每少于100公斤扣5分");
- the step counts in the same unit, downward (每少/每低/每减少/每少于 …, a verb of two characters may stand between:
  "每少安排1万元"), deducting (扣/减) points, and nothing follows but "扣完为止" (which the engine does anyway);
- what comes before the start holds no number but a year ("2014年"), no score, no condition (未/不/超/如 …, as
  basesteps._subject_ok) and no "每" (a rate per unit: "平均每班…不少于1.5人"); words between the two clauses hold no
  number ("各年度考核时", "综合评分");
- the start is no target, plan or average (basesteps.ELSEWHERE_RE): a step from the row's unprinted 指标值 stays
  refused;
- a score as the unit ("综合评分达60分得2分") only with the reach word and its points printed.

A step of 1 only, continuous (a part of a step costs its part); a longer step ("每减少3名扣2分") stays refused: how a
part of it counts is not said (r48/r52). Tried only where the clause-by-clause reading refused (reader.py): no reading it gave changes.

>>> from decimal import Decimal
>>> str(read_printed_start("安排对接经费20万元的得满分,每少安排1万元的扣0.5分。", Decimal(5))[0])
'>=20: W; <20: W - 0.5 per 1'
>>> str(read_printed_start("2014年所有经济薄弱村的集体经营性收入要达到15万元以上。各年度考核时每少1万元扣2分", Decimal(30))[0])
'>=15: W; <15: W - 2 per 1'
>>> str(read_printed_start("综合评分达60分得2分,综合评分每低1分扣0.5分。", Decimal(2))[0])
'>=60: W; <60: W - 0.5 per 1'
>>> read_printed_start("安排经费20万元的得3分,每少1万元扣0.5分。", Decimal(5)) is None  # the start's points ≠ 分值
True
>>> read_printed_start("完成目标值得满分,每少1万元扣0.5分。", Decimal(5)) is None  # the start is the row's target
True
>>> read_printed_start("平均每班配备教师不少于1.5人,每少1人扣1分。", Decimal(4)) is None  # a rate per class
True
>>> read_printed_start("宣讲活动不少于30场,市级每少1场扣0.5分。", Decimal(5)) is None  # the step counts a part (r65)
True
"""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.rules.chinese._base import ITEM_NUMBER, NUM, QTY_WORDS, dec
from jixiao.rules.chinese.basesteps import DOWN, ELSEWHERE_RE
from jixiao.rules.chinese.lexicon import COUNT, DEDUCT
from jixiao.rules.grammar import parse_rule
from jixiao.rules.model import Rule, fmt_decimal
from jixiao.rules.target import step_unit_reason

#: the units of a start and its steps (the two must be the same word, never scaled): money, a score, a quantity, a count
_UNIT = rf"(?:万元|亿元|元|分|{QTY_WORDS}|{COUNT})"

_START_STEP_RE = re.compile(
    rf"^(?:{ITEM_NUMBER}\s*)?(?P<subj>[^。；;]*?)(?P<reach>达到|达|不少于|不低于|至少)?(?P<s>{NUM})(?P<u>{_UNIT})"
    rf"(?P<over>及以上|以上|\(含\))?(?:的)?(?:[,，]?(?:得|计|记)(?:(?P<full>满分|基本分|基础分)|(?P<p>{NUM})分))?"
    rf"\s*[。；;,，]\s*(?P<mid>[^\d。；;,，每]{{0,12}}?)"
    rf"每{DOWN}(?P<verb>[\u4e00-\u9fff]{{0,2}}?)(?P<st>{NUM})(?P<su>{_UNIT})(?:的)?[,，]?{DEDUCT}(?P<d>{NUM})分"
    r"(?:[,，;；。]?\s*(?:扣完为止|扣完即止|直至扣完(?:为止)?|直至不得分|扣完(?:此项|本项|该项)分值为止|最低(?:为|得)?(?:0|零)分))?"
    r"[。；;]?$")

#: what the subject before the start (after a year is taken away) never holds; the words between the clauses neither,
#: nor a step upward
_NOT_PLAIN = r"\d|每|%|未|不|没|无|超|如|若|凡|否则|以上|以下|以内|低于|高于|大于|小于|等于|[≥≤<>=]|扣|得"
_SUBJECT_BAD_RE = re.compile(_NOT_PLAIN)
_BETWEEN_BAD_RE = re.compile(rf"{_NOT_PLAIN}|多|增|加|高")

#: words between the clauses that only say when the step counts ("各年度考核时", Y1-5): any other words name what the step
#: counts, and it must be what the start counts — so they must be words of the subject ("综合评分", W9-3); "市级每少1场",
#: "其中省级信息每少1条" count a part of the start (a quota the text does not print): refused (r65)
_WHEN_RE = re.compile(r"(?:各|每)?(?:年度|年|季度|月度|月)?(?:考核|检查|评估|验收|统计|评分)?时")


def read_printed_start(norm: str, weight: Decimal | None) -> tuple[Rule, list[str]] | None:
    """``>=S: W; <S: W - p per u`` and its notes for a start printed in the text with a deduction per unit short of
    it (see the module), or ``None``."""
    m = _START_STEP_RE.match(norm.strip())
    if m is None or weight is None or ELSEWHERE_RE.search(norm):
        return None
    subj = re.sub(r"(?:19|20)\d\d年度?", "", m["subj"])
    if _SUBJECT_BAD_RE.search(subj) or _BETWEEN_BAD_RE.search(m["mid"] + m["verb"]) \
            or step_unit_reason(m["su"], m["u"], f"{m['s']}{m['u']}", "起点") is not None:
        return None  # (the step counted in another unit than the start: the one unit decision, target.step_unit_reason)
    if (mid := m["mid"].strip()) and mid not in subj and not _WHEN_RE.fullmatch(mid):
        return None  # the step counts something else than the start (a part of it: "其中省级信息每少1条")
    printed = m["full"] is not None or m["p"] is not None
    if m["p"] is not None and dec(m["p"]) != weight:
        return None  # the start scores less (or more) than the 分值: what scores between is not said
    if not printed and m["reach"] is None and m["over"] is None:
        return None  # a number, no requirement to reach it and no points: not a start
    if m["u"] == "分" and (m["reach"] is None or not printed):
        return None  # "60分" as a score to reach only with its reach word and its points printed
    s, st, d = dec(m["s"]), dec(m["st"]), dec(m["d"])
    if s <= 0 or st != 1 or d <= 0:
        return None  # (a step of several — "每减少3名" — : how a part of it counts is not said, r48/r52: refused as before)
    rule = parse_rule(f">={fmt_decimal(s)}: W; <{fmt_decimal(s)}: W - {fmt_decimal(d)} per 1")
    u = m["u"]
    said = [f"起点写在原文里：达到{fmt_decimal(s)}{u}得满分，每少1{u}扣{fmt_decimal(d)}分，扣完为止（不满1{u}按比例扣）",
            f"业绩值以“{u}”计（填{fmt_decimal(s)}即{fmt_decimal(s)}{u}）" if u != "分" else
            # ("计分单位": the guard then knows the score values "60分", "1分" are the value's, not points)
            f"计分单位：业绩值是原文所说的评分本身（填{fmt_decimal(s)}即{fmt_decimal(s)}分），不是本行得分；"
            f"达到{fmt_decimal(s)}分得满分，每低1分扣{fmt_decimal(d)}分"]
    return rule, said


#: the units of a time limit and its steps: "2小时" / "每延长1小时", "10个工作日" / "每逾期1个工作日"
_TIME_UNIT = r"(?:小时|个工作日|工作日|天|日|周|个月|分钟)"

#: a time limit printed with the 分值 at it, then a deduction per unit beyond it (r88, r85's leftover): "故障响应时间2小时得
#: 满分,每延长1小时扣1分", "办结时限10个工作日以内得满分,每超过1个工作日扣1分"
_LIMIT_STEP_RE = re.compile(
    rf"^(?:{ITEM_NUMBER}\s*)?(?P<subj>[^。；;]*?)(?P<reach>不超过|不多于|在)?(?P<s>{NUM})(?P<u>{_TIME_UNIT})"
    rf"(?P<within>以内|之内|内|\(含\)以内|以内\(含\)|及以内)?(?:的)?[,，]?(?:得|计|记)(?:(?P<full>满分)|(?P<p>{NUM})分)"
    rf"\s*[。；;,，]\s*(?P<mid>[^\d。；;,，每]{{0,12}}?)"
    rf"每(?P<up>超过|超出|超|延长|延迟|延期|推迟|逾期|增加|多)(?P<st>{NUM})(?P<su>{_TIME_UNIT})(?:的)?[,，]?{DEDUCT}(?P<d>{NUM})分"
    r"(?:[,，;；。]?\s*(?:扣完为止|扣完即止|直至扣完(?:为止)?|直至不得分|扣完(?:此项|本项|该项)分值为止|最低(?:为|得)?(?:0|零)分))?"
    r"[。；;]?$")


def read_printed_limit(norm: str, weight: Decimal | None) -> tuple[Rule, list[str]] | None:
    """``<=S: W; >S: W - p per 1`` and its notes for a time limit S printed with the 分值 at it and a deduction per unit
    beyond it (the steps start at the printed full-mark bound; a shorter time is on the better side: the 分值), or
    ``None``. The same checks as :func:`read_printed_start`: one unit for the limit and the step, a step of 1
    (continuous), the limit's points the 分值, a plain subject, no words between the clauses but the subject's own.

    >>> from decimal import Decimal
    >>> str(read_printed_limit("故障响应时间2小时得满分,每延长1小时扣1分", Decimal(5))[0])
    '<=2: W; >2: W - 1 per 1'
    >>> str(read_printed_limit("办结时限10个工作日以内得满分,每超过1个工作日扣0.5分", Decimal(5))[0])
    '<=10: W; >10: W - 0.5 per 1'
    >>> read_printed_limit("故障响应时间2小时得满分,每延长1天扣1分", Decimal(5)) is None  # hours then days
    True
    >>> read_printed_limit("响应时间2小时得3分,每延长1小时扣1分", Decimal(5)) is None  # the limit's points ≠ 分值
    True
    >>> read_printed_limit("计划工期10天得满分,每延长1天扣1分", Decimal(5)) is None  # the limit is a plan (ELSEWHERE_RE)
    True
    """
    m = _LIMIT_STEP_RE.match(norm.strip())
    if m is None or weight is None or ELSEWHERE_RE.search(norm):
        return None
    subj = re.sub(r"(?:19|20)\d\d年度?", "", m["subj"])
    if _SUBJECT_BAD_RE.search(subj) or _BETWEEN_BAD_RE.search(m["mid"]) or m["su"] != m["u"]:
        return None
    if (mid := m["mid"].strip()) and mid not in subj and not _WHEN_RE.fullmatch(mid):
        return None
    if m["p"] is not None and dec(m["p"]) != weight:
        return None
    s, st, d = dec(m["s"]), dec(m["st"]), dec(m["d"])
    if s <= 0 or st != 1 or d <= 0:
        return None
    rule = parse_rule(f"<={fmt_decimal(s)}: W; >{fmt_decimal(s)}: W - {fmt_decimal(d)} per 1")
    u = m["u"]
    said = [f"起点写在原文里：{fmt_decimal(s)}{u}以内得满分，超过后每多1{u}扣{fmt_decimal(d)}分，扣完为止（不满1{u}按比例扣）",
            f"业绩值填实际用时，以“{u}”计（填{fmt_decimal(s)}即{fmt_decimal(s)}{u}），不是超过的部分"]
    return rule, said
