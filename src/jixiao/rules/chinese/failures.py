"""Recogniser: a 评分方法 that names only what fails (the 煤矿安全生产标准化 tables, 自评表 "没有不得分").

* one finding is enough to lose the row — "1 台不符合要求不得分", "缺1种图不得分": the value is the
  number of findings; ``>=1: 0; *: W`` (none found → full marks);
* only a failing level — "没有或不符合要求不得分", "无计划不得分": ``"符合": W`` and the failing words
  (each part of "A或B"/"A、B") worth 0, with no "otherwise": any other typed text is a rule gap
  (refused when scored), never a guess.

A leading "查资料。" / "查现场和资料。" (how to check) is a note. Anything else in the text (a second
clause, a deduction, a number) and these recognisers decline (``None``): the general reader decides.

>>> str(read_failure_only("查现场和资料。1台不符合要求不得分").rule)
'>=1: 0; *: W'
>>> str(read_failure_only("符合要求,得满分;有1项不符合要求,不得分").rule)
'>=1: 0; *: W'
>>> str(read_failure_only("查资料。没有或不符合要求不得分").rule)
'"符合": W; "没有或不符合要求": 0; "没有": 0; "不符合要求": 0; "不符合": 0'
>>> str(read_failure_only("组织者不符合要求或未按方案组织实施不得分").rule)
'"符合": W; "组织者不符合要求或未按方案组织实施": 0; "组织者不符合要求": 0; "未按方案组织实施": 0; "不符合": 0'
>>> read_failure_only("符合要求的不得分") is None
True
>>> read_failure_only("查资料。无机构不得分，其他1处不符合要求扣0.5分") is None
True
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from jixiao.rules.chinese._base import NUM
from jixiao.rules.chinese.lexicon import COUNT
from jixiao.rules.grammar import parse_rule
from jixiao.rules.model import QUOTES_RE, Rule, quoted

#: how the row is checked: "查资料。", "查现场和资料。", "查查资料和现场。" (a typo in the source)
_CHECK_NOTE = re.compile(r"^(?:查{1,2}(?:现场|资料)(?:[和或及、](?:现场|资料))?"
                         # "提供相关影像资料。" / "提供相关证明资料," (fresh10 W12): what the scorer is shown
                         r"|提供相关(?:影像|证明|佐证|台账)?资料)[。.，,]?")

#: one finding zeroes the row: "1台不符合要求不得分", "出现1处失爆不得分", "缺1种图不得分"
#: (i11e) after the clean case "符合要求，得满分；有1项不符合要求，不得分" (fresh4 P10-8): the
#: full-marks clause names 0 findings
_ONE_FINDING = re.compile(
    r"^(?:(?P<ok>[^，,。；;\d扣得分]{1,20}?)[,，;；]?得(?:满分|(?P<pts>\d{1,3}(?:\.\d{1,2})?)分)[;；,，])?"
    rf"(?:(?P<verb>出现|发现|有|存在|缺少?)?1(?P<mu>{COUNT})(?P<what>[^，,。；;\d扣得]{{1,30}}?)"
    rf"|(?P<short>缺少?)1(?P<mu2>{COUNT})"
    # "发生责任事故不得分" (fresh18 AE11-1): an event happening at all — the value is how many happened
    r"|(?P<happen>发生|出现)(?P<event>[^，,。；;\d扣得分]{0,12}?(?:事故|事件|案件)))"
    r"[,，;；]?(?:的|者)?[,，;；]?(?:即)?不得分[。；;]?$")

#: only a failing level: "没有或不符合要求不得分", "无计划不得分", "未按规定报告不得分"
#: a character of failing words: no stop, digit or score word — a 分 only inside a word ("任务未分解到人", r11)
_W = r"(?:[^，,。；;\d扣得分]|分(?=[解配管别类析批期散级包片]))"

_FAIL_ONLY = re.compile(rf"^(?P<what>(?:无|未|没有|不|缺|达不到){_W}{{0,30}}?)(?:的|者)?[,，]?不得分[。]?$")

#: "组织者不符合要求或未按方案组织实施不得分": a subject first, the failing words after it
_FAIL_LATER = re.compile(rf"^(?P<what>{_W}{{1,12}}?(?:不符合|不满足|不合格|未|没有|"
                         # "会前酝酿不充分不得分" (fresh14 AA9-1): what falls short, by a negated quality
                         r"不(?:充分|到位|健全|完善|完整|齐全|规范|及时|明确|准确|落实))"
                         # "调度室未设置系统专用显示终端，不得分" (fresh15 AB1-3): a comma before 不得分
                         rf"{_W}{{0,30}}?)(?:的|者)?[,，]?不得分[。]?$")

#: words for a thing in a failed state (no negation word in them): "损坏", "缺失", "失控" (r11)
FAILED_STATE = "损坏|破损|缺失|丢失|失控|失效|过期"

#: a thing in a failed state, no negation word: "车窗玻璃发现损坏的扣2分" (fresh22 AI9-2), "线路走向图、乘坐规则、
#: 服务监督电话缺失或信息不完整的扣3分" (AI9-5) — read only as the whole text's one clause (r11)
_FAIL_STATE = re.compile(rf"^(?P<what>{_W}{{1,24}}?(?:{FAILED_STATE}|不全|不完整|不合要求)"
                         rf"{_W}{{0,12}}?)(?:的|者)?[,，]?不得分[。]?$")


def _failing_parts(what: str) -> list[str]:
    """The parts of "A或B" / "A、B" that name a failure on their own (a negation word in them):
    in "未按照规定上报、备案" the 未 covers 备案 too, so "备案" alone is no failing level.

    >>> _failing_parts("没有或不符合要求"), _failing_parts("未按照规定上报、备案")
    (['没有', '不符合要求'], [])
    >>> _failing_parts("没有措施、措施不落实")
    ['没有措施', '措施不落实']
    """
    parts = [p for p in re.split(r"[或、]", what) if p and p != what]
    if not all(_NEGATION.search(p) for p in parts):
        return []
    return parts


_NEGATION = re.compile(r"无|未|没|不|缺")


#: a requirement stated without points before the failing clause: "各村设立环卫保洁人员,落实岗位职责和
#: 报酬,未落实的不得分" (fresh6 R1-3); the failing clause is the last one ("否则不得分" or a negated phrase)
_REQUIREMENT_THEN_FAIL = re.compile(r"^(?P<req>.+?[^，,；;。\s])[，,；;。]\s*(?P<fail>[^，,；;。]+?[，,]?(?:不得分|扣\d"
                                    r"{1,3}(?:\.\d{1,2})?分)[。；;.]?)$")

#: words a requirement never holds: points, deductions, alternatives, a per-something count
_NOT_A_REQUIREMENT = re.compile(r"\d\s*分|满分|[得计记]分|分值|扣|得\s*(?:\d|满|全|一半)|否则|每(?!年)|或者|酌情|以下|低于|"
                                r"不足|超过|[≥≤<>]")

#: a count threshold in the requirement: "年内至少1次在…公布" (fresh6 R10-5), "不少于2次", "2次以上"
_COUNT_REQ = re.compile(r"(?:至少|不少于|最少|不低于)[\u4e00-\u9fff]{0,6}?(?P<n>\d{1,3})(?:次|期|篇|场|份|批)|"
                        r"(?P<m>\d{1,3})(?:次|期|篇|场|份|批)(?:及)?以上")


@dataclass(frozen=True)
class FailureReading:
    rule: Rule
    understood: list[str]


def read_failure_only(norm: str, weight: Decimal | None = None) -> FailureReading | None:
    """Read a normalised text that names only what fails, or ``None`` (not this shape).

    "满足要求，得1分；缺1项，不得分" (fresh5 Q17-2): the full-marks clause may give the row's 分值 in
    points, and "缺1项" alone (缺 says what is counted) is a finding:

    >>> str(read_failure_only("满足要求,得1分;缺1项,不得分", Decimal(1)).rule)
    '>=1: 0; *: W'
    >>> read_failure_only("满足要求,得1分;缺1项,不得分", Decimal(2)) is None  # 1分 is not full marks
    True
    >>> read_failure_only("1项不得分") is None  # no 缺: a count of what?
    True
    """
    text = norm.strip()
    understood: list[str] = []
    m = _CHECK_NOTE.match(text)
    if m is not None:
        understood.append(f"检查方式（不参与计分）：{text[: m.end()].rstrip('。.，,')}")
        text = text[m.end():]
    one = _ONE_FINDING.match(text)
    if one is not None and one["pts"] is not None and (weight is None or Decimal(one["pts"]) != weight):
        one = None  # "满足要求，得1分" names full marks only when 1 is the row's 分值
    if one is not None:
        what, mu = ((one["event"], "起") if one["happen"] is not None else
                    (one["what"], one["mu"]) if one["short"] is None else ("缺少的项", one["mu2"]))
        understood += [f"业绩值为发现的问题数（{what}，按{mu}计）：发现1{mu}即得0分",
                       f"未发现（0）得满分{'（即“' + one['ok'] + '”）' if one['ok'] else ''}"]
        return FailureReading(parse_rule(">=1: 0; *: W"), understood)
    # "未落实的,扣1分" on a 1-point row (fresh8 U5-1): deducting the whole 分值 is 不得分
    full = re.fullmatch(rf"(?P<head>.+?)[,，]?扣(?P<n>{NUM})分(?P<end>[。]?)", text)
    if full is not None and weight is not None and Decimal(full["n"]) == weight and not re.search(r"\d", full["head"]):
        text = f"{full['head']}不得分{full['end']}"
    fail = _FAIL_ONLY.match(text) or _FAIL_LATER.match(text) or _FAIL_STATE.match(text)
    if fail is None:
        several = _several_failings(text)
        return _failing_levels(*several, understood=understood) if several else \
            _requirement_then_fail(text, weight, understood)
    what = fail["what"]
    return _failing_levels(what, understood=understood)


def _several_failings(text: str) -> list[str]:
    """The failings of "A不得分；B不得分" — every clause (parted by ；) a failing worth 0, or ``[]``
    ("未缴纳的，不得分；无缴费相关资料的，不得分", fresh19 AF4-4, r5): any of them scores 0, none scores W.

    >>> _several_failings("未缴纳的,不得分;无缴费相关资料的,不得分。")
    ['未缴纳', '无缴费相关资料']
    >>> _several_failings("未缴纳的,不得分;资料不全的扣1分。")  # a deduction beside it: not this shape
    []
    """
    parts = [p for p in re.split(r"[；;]", text.rstrip("。；;")) if p]
    found = [_FAIL_ONLY.match(p) or _FAIL_LATER.match(p) for p in parts]
    if len(parts) < 2 or not all(found):
        return []
    return [f["what"] for f in found if f is not None]


def _failing_levels(*whats: str, understood: list[str]) -> FailureReading:
    """``"符合": W`` and the failing words (and each failing part of them, and 不符合) worth 0."""
    # quotes inside a name ("没有开展系统“法律八进”活动", fresh10 W12-3) are not part of it: the rule
    # language quotes names, and scoring compares text without quotes
    names = []
    for what in whats:
        what = QUOTES_RE.sub("", what)
        names += [what] + _failing_parts(what)
    names += [] if "不符合" in names else ["不符合"]
    what = "”“".join(QUOTES_RE.sub("", w) for w in whats)
    understood += [f"只写明不达标的情形：“{what}”得0分；业绩值填“符合”得满分",
                   "其他文字不在规则内（评分时提示补填），不按“否则”推测"]
    clauses = ['"符合": W'] + [f'{quoted(n)}: 0' for n in dict.fromkeys(names)]
    return FailureReading(parse_rule("; ".join(clauses)), understood)


def _requirement_then_fail(text: str, weight: Decimal | None, understood: list[str]) -> FailureReading | None:
    """A requirement without points, then only the failing clause — the pass/fail rule the table
    means by "…，符合得满分，否则不得分":

    * "…，否则不得分" → ``"符合": W; *: 0``;
    * "…，未落实的不得分" → the failing-only reading above ("符合": W; "未落实": 0; …, no 否则: other
      typed text is a rule gap); "未完成的扣N分" is the same when N is the 分值;
    * a count threshold in the requirement ("年内至少1次…", "不少于2次") → the value is the count:
      ``>=n: W; <n: 0``.

    Not this shape (``None``): a requirement holding another number (a standard the value is measured
    against: "执行率达到90%", a gap if read as text), points, a deduction or 每; a deduction less than
    the 分值 ("未落实的扣1分" in a 2-point row: what costs the other point?).

    >>> str(read_failure_only("各村设立保洁人员,落实岗位职责和报酬,未落实的不得分。", Decimal(2)).rule)
    '"符合": W; "未落实": 0; "不符合": 0'
    >>> str(read_failure_only("各村设立保洁人员,落实岗位职责和报酬,否则不得分", Decimal(2)).rule)
    '"符合": W; *: 0'
    >>> str(read_failure_only("年内至少1次在党报公布黑名单企业,未完成的扣1分.", Decimal(1)).rule)
    '>=1: W; <1: 0'
    >>> read_failure_only("各村设立保洁人员,落实岗位职责和报酬,未落实的扣1分", Decimal(2)) is None
    True
    >>> read_failure_only("执行率达到90%,未达到的不得分", Decimal(2)) is None
    True
    >>> read_failure_only("召开专题会议2次以上,未召开的不得分", Decimal(2)) is None  # and 1 meeting?
    True
    >>> str(read_failure_only("每月至少召开1次例会,会议记录不完整的不得分", Decimal(2)).rule)
    '"符合": W; "会议记录不完整": 0; "不符合": 0'
    
    """
    m = _REQUIREMENT_THEN_FAIL.match(text)
    if m is None or weight is None:
        return None
    req = m["req"].strip()
    # "如未落实，不得分" / "凡未落实的，不得分": the same failing clause
    fail = re.sub(r"[，,](?=不得分)", "", re.sub(r"^(?:如果|如|若|凡)", "", m["fail"].strip()))
    # "每月至少一次" is how often, not a per-finding 每: allowed only where the count is part of 符合 (below)
    periodic = _NOT_A_REQUIREMENT.search(req) is not None
    if periodic and _NOT_A_REQUIREMENT.search(re.sub(r"每(?:月|季度?|周|半年)", "", req)):
        return None
    cut = re.search(r"[，,]?扣(\d{1,3}(?:\.\d{1,2})?)分[。；;.]?$", fail)
    if cut is not None:
        if Decimal(cut[1]) != weight:
            return None
        understood.append(f"“{fail.rstrip('。；;.')}”扣的正是分值：即不得分")
        fail = fail[: cut.start()] + "不得分"
    count = _COUNT_REQ.search(req)
    if re.search(r"\d", _COUNT_REQ.sub("", req, count=1) if count is not None else req):
        return None  # a number that is no count threshold (or two thresholds): a standard, not a level
    otherwise = re.fullmatch(r"否则[，,]?不得分[。；;.]?", fail) is not None
    if periodic and count is None:
        return None
    if otherwise and count is None:
        understood += [f"达标要求：{req}", "业绩值填“符合”得满分，否则不得分"]
        return FailureReading(parse_rule('"符合": W; *: 0'), understood)
    if count is not None:
        n = count["n"] or count["m"]
        # at a threshold of 1 any negation ("未开展") means fewer than 1; above it only a word for
        # missing the threshold does — "2次以上，未召开的不得分" says nothing of 1 meeting
        failing = r"(?:未|没有|达不到|不)[^，,；;。\d]{0,10}?" if n == "1" else r"(?:未完成|未达到|达不到|未达标|不达标|未做到)"
        if periodic or (not otherwise and not re.fullmatch(failing + r"(?:的|者)?[，,]?不得分[。；;.]?", fail)):
            named = _FAIL_LATER.match(fail)
            # (a failing that may be the count's — "会议未召开", "次数不足" — stays refused: 1 of 2 meetings?)
            if not otherwise and named is not None and not re.match(r"未|没|无|不|达不到|缺", named["what"]) \
                    and not re.search(r"\d|次|未|没|无|缺|不足|不够|少于|达不到|不到", named["what"]):
                # "…研究决定。每月至少一次。会前酝酿不充分不得分" (fresh14 AA9-1, r4): the failing is about
                # something else than the count — the count is part of what 符合 means, not the value
                understood.append(f"达标要求（含次数要求，由评分人判断）：{req}")
                return _failing_levels(named["what"], understood=understood)
            return None
        understood += [f"达标要求：{req}", f"业绩值为次数：达到{n}次（含）得满分，少于{n}次不得分"]
        return FailureReading(parse_rule(f">={n}: W; <{n}: 0"), understood)
    named = _FAIL_ONLY.match(fail) or _FAIL_LATER.match(fail) or _FAIL_STATE.match(fail)
    if named is None:
        return None
    understood.append(f"达标要求：{req}")
    return _failing_levels(named["what"], understood=understood)
