"""Recogniser: a 评分方法 that names only what fails (the 煤矿安全生产标准化 tables, 自评表 "没有不得分").

* one finding is enough to lose the row — "1 台不符合要求不得分", "缺1种图不得分": the value is the
  number of findings; ``>=1: 0; *: W`` (none found → full marks);
* only a failing level — "没有或不符合要求不得分", "无计划不得分": ``"符合": W`` and the failing words
  (each part of "A或B"/"A、B") worth 0, with no "otherwise": any other typed text is a rule gap
  (refused when scored), never a guess.

A leading "查资料。" / "查现场和资料。" (how to check) is a note. Anything else in the text (a second
clause, a deduction, a number) and these recognisers decline (``None``): the general reader decides.

Two patterns of a failing clause stay apart (r23, from session 23's review): ``_FAIL_LATER`` (a subject of at most 12
characters, then 不符合 / 未 / 没有 / 不+a listed quality) is tried first, beside ``_FAIL_ONLY`` and ``_FAIL_STATE``, and
also serves the shapes built of failing clauses (several failings, listed requirements, a requirement then its
failure); ``_FAIL_ANY`` (any subject, any negation or finding, a leading 发现, "本项不得分") is tried last, after the
shapes that name the requirement and the failure apart, and never for a rate (率). ``_FAIL_ANY`` in ``_FAIL_LATER``'s
places changed 20 of 17368 readings (bench/dump_readings.py): "查资料。机电事故率达不到要求不得分" (held2 N1-5) and
"每月上报的新增人口出生率不足一个千分点扣1分" were read as pass/fail — a rate short of a requirement, wrong; fresh14
AA9-1 "…每月至少一次。会前酝酿不充分不得分" was refused (the count requirement's shape needs the narrow subject); fresh21
AH3-1, fresh26 AM4-3, fresh34 AU9-4 and fresh10 W18-5 named their levels otherwise (发现 or the requirement kept in the
name). So they are not merged.

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

from jixiao.rules.chinese._base import NUM, _Unreadable, described, required
from jixiao.rules.chinese.lexicon import BREACH, COUNT, FAILED_STATE, FAILURE_WORD, lone_item_number
from jixiao.rules.grammar import parse_rule
from jixiao.rules.model import QUOTES_RE, Rule, fmt_decimal, quoted

#: how the row is checked: "查资料。", "查现场和资料。", "查查资料和现场。" (a typo in the source)
_CHECK_NOTE = re.compile(r"^(?:查{1,2}(?:现场|资料)(?:[和或及、](?:现场|资料))?"
                         # "提供相关影像资料。" / "提供相关证明资料," (fresh10 W12): what the scorer is shown
                         r"|提供相关(?:影像|证明|佐证|台账)?资料)[。.，,]?")

#: one finding zeroes the row: "1台不符合要求不得分", "出现1处失爆不得分", "缺1种图不得分"
#: (i11e) after the clean case "符合要求，得满分；有1项不符合要求，不得分" (fresh4 P10-8): the
#: full-marks clause names 0 findings
_ONE_FINDING = re.compile(
    # (r80) the requirements may be two clauses and the full marks a 基本分: "完全满足主要技术要求,符合国家相关标准得基本分
    # 40分,有一条不满足得0分" (fresh82 CP1-5, first run: read as levels named by text, "有一条不满足": 0; *: 0 — the count
    # 0 typed fell to *: 0, wrong)
    r"^(?:(?P<ok>(?:[^，,。；;\d扣得分]{1,30}[,，])?[^，,。；;\d扣得分]{1,20}?)[,，;；]?得(?:基本分)?"
    r"(?:满分|(?P<pts>\d{1,3}(?:\.\d{1,2})?)分)[;；,，])?"
    # (r80) 一 after a finding verb is the one finding too: "有一条不满足" — the normaliser leaves 一条 alone (lexicon:
    # "满足一条" names a level), the verb before it says a finding is counted
    rf"(?:(?:(?P<verb>出现|发现|有|存在|缺少?)?1|(?:出现|发现|有|存在|缺少?)一)(?P<mu>{COUNT})"
    rf"(?P<what>[^，,。；;\d扣得]{{1,30}}?)"
    rf"|(?P<short>缺少?)1(?P<mu2>{COUNT})"
    # "发生责任事故不得分" (fresh18 AE11-1): an event happening at all — the value is how many happened
    r"|(?P<happen>发生|出现)(?P<event>[^，,。；;\d扣得分]{0,12}?(?:事故|事件|案件)))"
    r"[,，;；]?(?:的|者)?[,，;；]?(?:即)?不得分[。；;]?$")

#: only a failing level: "没有或不符合要求不得分", "无计划不得分", "未按规定报告不得分"
#: a character of failing words: no stop, digit or score word — a 分 only inside a word ("任务未分解到人", r11)
#: a 分 that starts a word (分解/分配/分工…), never a score word
_FEN_WORDS = "解配管别类析批期散级包片工"
WORD_FEN = f"分(?=[{_FEN_WORDS}])"
_W = rf"(?:[^，,。；;\d扣得分]|{WORD_FEN})"

#: (r17) a breach or a missed deadline is a failure too: "违规私自开设…的,不得分" (fresh28 AO5-1), "逾期报送的,扣3分"
#: (fresh30 AQ1-2) — 违规 / 违反 / 逾期 / 超期, words that say by themselves that a rule or a time limit was not kept
#: (lexicon.BREACH; the failed states are lexicon.FAILED_STATE, r33)
_FAIL_ONLY = re.compile(rf"^(?P<what>(?:无|未|没有|不|缺|达不到|{BREACH}){_W}{{0,30}}?)(?:的|者)?[,，]?不得分[。]?$")

#: "组织者不符合要求或未按方案组织实施不得分": a subject first, the failing words after it
_FAIL_LATER = re.compile(rf"^(?P<what>{_W}{{1,12}}?(?:不符合|不满足|不合格|未|没有|"
                         # "会前酝酿不充分不得分" (fresh14 AA9-1): what falls short, by a negated quality
                         r"不(?:充分|到位|健全|完善|完整|齐全|规范|及时|明确|准确|落实"
                         # (r17) "指示牌不醒目扣2分" (fresh29 AP5-2): more negated qualities of a thing
                         r"|醒目|清晰|合理|全面|有效|真实|统一|正确|严格))"
                         # "调度室未设置系统专用显示终端，不得分" (fresh15 AB1-3): a comma before 不得分
                         rf"{_W}{{0,30}}?)(?:的|者)?[,，]?不得分[。]?$")


#: a thing in a failed state, no negation word: "车窗玻璃发现损坏的扣2分" (fresh22 AI9-2), "线路走向图、乘坐规则、
#: 服务监督电话缺失或信息不完整的扣3分" (AI9-5) — read only as the whole text's one clause (r11)
_FAIL_STATE = re.compile(rf"^(?P<what>{_W}{{1,24}}?(?:{FAILED_STATE}|不全|不完整|不合要求)"
                         rf"{_W}{{0,12}}?)(?:的|者)?[,，]?不得分[。]?$")


#: (lead s23) the one clause of a text that names a failure anywhere in it, after any subject, then 不得分: "考评无计划或总结的
#: 不得分" (fresh37 AX3-7), "有違規現象不得分" (fresh35 AV10-6), "發現施工路段未實行交通安全控制扣5分" on a 5-point row
#: (fresh34 AU9-4) — a lone clause ending in 不得分 names what loses the row, whatever its first words are; the failure
#: is a negation (无/未/没有/不/缺), a breach (违规/违反/逾期/超期) or a finding (有/存在…现象/问题/行为). A leading
#: finding verb (发现/如发现/经查) says how it is found: not part of the level's name
_FOUND_PREFIX = r"(?:如|若|凡)?(?:发现|经查|检查发现|查实)"
_FAIL_ANY = re.compile(rf"^(?:{_FOUND_PREFIX})?(?P<what>{_W}{{0,30}}?(?:无|未|没有|不(?!得分|断|仅|但|同|管|论|停|久)|缺|{BREACH}|"
                       rf"(?:有|存在){_W}{{1,16}}?(?:现象|问题|行为))"
                       rf"{_W}{{0,30}}?)(?:的|者)?[,，]?(?:本项|该项|此项)?不得分[。]?$")


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


#: a requirement worded as missed ("未达到建设要求", "达不到标准"): a failing, never what 符合 means
_MISSED_RE = re.compile(r"未(?:能)?(?:达到|达标|完成)|达不到|不达标|未按")


def read_failure_only(norm: str, weight: Decimal | None = None, notes: list[str] | None = None) -> FailureReading | None:
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
        understood.append(described(text[: m.end()].rstrip('。.，,'), "检查方式"))
        text = text[m.end():]
    text = _without_references(text, understood)
    one = _ONE_FINDING.match(text)
    req = re.match(r"^(?P<req>.+[。；;])(?P<rest>[^;；。]+[。；;]?)$", text)
    if one is None and req is not None and (found := _ONE_FINDING.match(req["rest"])) is not None \
            and found["ok"] is None and not _NOT_A_REQUIREMENT.search(req["req"]) \
            and not re.search(r"\d", req["req"].replace("100%", "")):
        # "加强沿河企业污染治理,100%完成排污口封堵…等工作。发现1处工业污水乱排放口并在限期内未整改到位的全扣" (fresh25
        # AL4-2, r15): the requirement says what is checked (100% = all of it), the finding what is counted
        understood.append(described(req['req'].rstrip('。；;'), "达标要求"))
        one = found
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
        if several:
            return _failing_levels(*several, understood=understood)
        # (not after "扣完为止": "未建立台账的扣1分，台账不规范的扣1分，扣完为止" counts the findings together — README)
        counted = any("扣完为止" in n for n in notes or [])
        costed = None if counted else read_costed_failures(text, weight)
        if costed is not None:
            costed.understood[:0] = understood
            return costed
        listed = _listed_requirements_then_failure(text)
        if listed is not None:
            understood.append(required(listed[0]))
            return _failing_levels(listed[1], understood=understood)
        then_fail = _requirement_then_fail(text, weight, understood)
        if then_fail is not None:
            return then_fail
        fail = _FAIL_ANY.match(text)  # (last: the shapes above name the requirement and the failure apart)
        if fail is None or "率" in fail["what"]:
            # "机电事故率达不到要求不得分" (held2 N1-5): a rate short of a requirement printed elsewhere
            return None
    what = fail["what"]
    return _failing_levels(what, understood=understood)


#: the row's own number before its text: "7、依法对…" (fresh25 AL1-7), and the item a failure refers to: "第23项未按要求
#: 建立…的,此项不得分" (fresh26 AM2-4) — where no other numbered item follows
#: (r17) any item-number form — "1、" / "1." / "1)" / "(1)" / "一、" / "①" — where no other numbered item follows: the
#: number is context, it never changes the score ("2.指示牌不醒目扣2分", fresh29 AP5-2) — lexicon.lone_item_number (r23)
_REFERENCE_RE = re.compile(r"^第\d{1,3}(?:项|条|款)(?=[\u4e00-\u9fff])")


def _without_references(text: str, understood: list[str]) -> str:
    """``text`` without a leading row or item number (a note).

    >>> notes = []
    >>> _without_references("第23项未按要求建立系统的不得分。", notes), notes
    ('未按要求建立系统的不得分。', ['所指条目（不参与计分）：第23项'])
    >>> _without_references("1、未建立台账的不得分;2、台账不全的扣1分", [])  # a numbered list: not the row's number
    '1、未建立台账的不得分;2、台账不全的扣1分'
    """
    no = lone_item_number(text)
    if no is not None:
        understood.append(described(no[0].strip(), "本行序号"))
        return text[no.end():]
    ref = _REFERENCE_RE.match(text)
    if ref is not None:
        understood.append(described(ref[0], "所指条目"))
        return text[ref.end():]
    return text


#: something that happened in the year, a failure by itself: "年度发生一般以上农机安全生产事故" (fresh24 AK14-1)
_EVENT_RE = re.compile(r"^(?:年度|年度内|当年|全年|年内|本年度|考核期内?)?(?:内)?(?:发生|出现)[^，,、;；。\d]{0,16}?(?:事故|事件|案件)$")


def _listed_requirements_then_failure(text: str) -> tuple[str, str] | None:
    """Requirements listed with "、" and, as the last member, the failure that loses the row: "有安全管理措施上墙、签订
    安全生产责任状、…、作业场所消防设施齐全、年度发生一般以上农机安全生产事故不计分" (fresh24 AK14-1, r15) →
    (the requirements, the failure). Every earlier member is positive (no negation: a list of failures is
    :func:`_failing_parts`' shape), without a number or score word; the last fails (a negation or an event).

    >>> _listed_requirements_then_failure("有制度上墙、签订责任状、年度发生安全事故不得分")
    ('有制度上墙、签订责任状', '年度发生安全事故')
    >>> _listed_requirements_then_failure("有制度上墙、签订责任状、台账不全的不得分")
    ('有制度上墙、签订责任状', '台账不全')
    >>> _listed_requirements_then_failure("制度未上墙、年度发生安全事故不得分") is None  # two failures: failing parts
    True
    """
    m = re.fullmatch(r"(?P<req>[^;；。，,]+)、(?P<fail>[^、;；。，,]{2,30}?)(?:的|者)?[,，]?不得分[。]?", text)
    if m is None:
        return None
    reqs = m["req"].split("、")
    if any(len(r) < 2 or _NEGATION.search(r) or re.search(r"\d|分|扣|每|或", r) for r in reqs):
        return None
    fail = m["fail"]
    if not (_EVENT_RE.match(fail) or any(r.match(fail + "不得分") for r in (_FAIL_ONLY, _FAIL_LATER, _FAIL_STATE))):
        return None
    return m["req"], fail


def _several_failings(text: str) -> list[str]:
    """The failings of "A不得分；B不得分" — every clause (parted by ；) a failing worth 0, or ``[]``
    ("未缴纳的，不得分；无缴费相关资料的，不得分", fresh19 AF4-4, r5): any of them scores 0, none scores W.

    >>> _several_failings("未缴纳的,不得分;无缴费相关资料的,不得分。")
    ['未缴纳', '无缴费相关资料']
    >>> _several_failings("未缴纳的,不得分;资料不全的扣1分。")  # a deduction beside it: not this shape
    []
    >>> _several_failings("未按时完成换届,不得分;换届中出现因组织不当造成失误的,不得分。")  # 不当 after a subject (r77)
    ['未按时完成换届', '换届中出现因组织不当造成失误']
    """
    parts = [p for p in re.split(r"[；;]", text.rstrip("。；;")) if p]
    # (r77) a later clause may name its failure anywhere, as a lone clause does (_FAIL_ANY): "未能按时按规定完成换届选举
    # 工作,不得分;换届选举中出现因组织不当造成失误的,不得分" (fresh79 CM10-1) — 不当 after a subject. The first clause
    # still opens with its failure (or a subject then a failing word): a text of requirements whose last clause fails
    # is _requirement_then_fail's
    found = [_FAIL_ONLY.match(p) or _FAIL_LATER.match(p) or (_FAIL_ANY.match(p) if i else None)
             for i, p in enumerate(parts)]
    if len(parts) < 2 or not all(found):
        return []
    return [f["what"] for f in found if f is not None]


#: a heading that names a measure or situation ("出席活动情况", "参训人数", "上报率") then only a failure to give its data
#: ("未提供数据", "无相关资料"): no requirement whose meeting earns the 分值 (the row measures, only no data is scored)
_MEASURE_NO_DATA_RE = re.compile(r"^(?P<head>[^，,。；;]{2,30}?(?:情况|状况|次数|人数|数量|率))[:：]?"
                                 r"(?P<fail>(?:未|没有|无|不)(?:能)?(?:提供|提交|报送|上报|填报)?(?:相关)?"
                                 r"(?:数据|资料|材料|证明|佐证))$")


def _failing_levels(*whats: str, understood: list[str]) -> FailureReading:
    """``"符合": W`` and the failing words (and each failing part of them, and 不符合) worth 0."""
    # quotes inside a name ("没有开展系统“法律八进”活动", fresh10 W12-3) are not part of it: the rule
    # language quotes names, and scoring compares text without quotes
    heads = [getattr(u, "fragment", "") for u in understood if getattr(u, "label", None) == "达标要求"]
    for what in [*whats, *(h + w for h in heads for w in whats)]:
        if (mm := _MEASURE_NO_DATA_RE.match(what)) is not None:
            # "地方政府领导出席活动情况\n未提供数据不得分" (fresh62 BW1-4, first run of session 32: read as "符合": 2): the
            # heading names a measure (出席情况), not a requirement — what data earns is not written
            raise _Unreadable(what, f"“{mm['head']}”是要填报的情况（一个数），不是要达到的要求；只写了"
                                    f"“{mm['fail']}”不得分，提供后得几分没写，未作推测")
    names = []
    for what in whats:
        what = re.sub(rf"^{_FOUND_PREFIX}", "", QUOTES_RE.sub("", what))  # "发现…": how it is found, not its name
        names += [what] + _failing_parts(what)
    names += [] if "不符合" in names else ["不符合"]
    what = "”“".join(QUOTES_RE.sub("", w) for w in whats)
    understood += [f"只写明不达标的情形：“{what}”得0分；业绩值填“符合”得满分",
                   "其他文字不在规则内（评分时提示补填），不按“否则”推测"]
    clauses = ['"符合": W'] + [f'{quoted(p)}: W' for p in _passing_words(names)] \
        + [f'{quoted(n)}: 0' for n in dict.fromkeys(names)]
    return FailureReading(parse_rule("; ".join(clauses)), understood)


#: a failing name that is only a short word negated: "不达标" / "未完成" / "没有完成" / "不合格" / "完不成"
_NEGATED_WORD_RE = re.compile(r"(?:不|未|没有|没)(?P<w>达标|合格|完成|通过|达到要求)|完不成")


def _passing_words(names: list[str]) -> list[str]:
    """The word a bare negated failing name denies, as a level worth the 分值 beside "符合" (r53).

    "以上指标,不达标不得分" (fresh67 CB1-1) names its pass "达标" as much as "符合"; only a whole name that is the
    negated word alone gives it ("不达标的项目" or "未完成年度任务" do not):

    >>> _passing_words(["不达标", "不符合"]), _passing_words(["完不成"]), _passing_words(["未完成年度任务"])
    (['达标'], ['完成'], [])
    """
    words = []
    for n in names:
        m = _NEGATED_WORD_RE.fullmatch(n)
        if m is not None and (w := m["w"] or "完成") not in words and w not in names:
            words.append(w)
    return words


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
    >>> read_failure_only("甲类未达到建设要求;乙类未达到建设要求的不得分", Decimal(5)) is None  # the first lost its points
    True
    
    """
    m = _REQUIREMENT_THEN_FAIL.match(text)
    if m is None or weight is None:
        return None
    req = m["req"].strip()
    if _MISSED_RE.search(req):
        # "示范型、標準型未達到建設要求;簡易型未達到建設要求的不得分" (fresh43 BD5-1, first run: read as "符合": W with
        # the first failing as the requirement): a failing without its points (lost in the copy) is no requirement
        return None
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
    both = _FAIL_LATER.match(req + "不得分") or _FAIL_ONLY.match(req + "不得分")
    if both is not None and not re.search(r"\d|^(?:不得|不准|不许|不能|严禁|禁止)", req) \
            and (named := _FAIL_ONLY.match(fail) or _FAIL_LATER.match(fail) or _FAIL_STATE.match(fail)) is not None:
        # "村两委未开展巡逻员治安巡逻工作或工作责任不实, 不能有效记录或无法提供资料印证的扣10分" on a 10-point row
        # (fresh79 CM1-1, r77): the clause before the failing is a failing too (a subject then 未 / 不实 …), never the
        # requirement — both lose the whole row (a prohibition — "不得擅自离岗" — is a requirement: not this branch)
        return _failing_levels(both["what"], named["what"], understood=understood)
    count = _COUNT_REQ.search(req)
    if re.search(r"\d", _COUNT_REQ.sub("", req, count=1) if count is not None else req):
        return None  # a number that is no count threshold (or two thresholds): a standard, not a level
    otherwise = re.fullmatch(r"否则[，,]?不得分[。；;.]?", fail) is not None
    if periodic and count is None:
        return None
    if otherwise and count is None:
        understood += [required(req), "业绩值填“符合”得满分，否则不得分"]
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
        understood += [required(req), f"业绩值为次数：达到{n}次（含）得满分，少于{n}次不得分"]
        return FailureReading(parse_rule(f">={n}: W; <{n}: 0"), understood)
    named = _FAIL_ONLY.match(fail) or _FAIL_LATER.match(fail) or _FAIL_STATE.match(fail)
    if named is None:
        return None
    understood.append(required(req))
    return _failing_levels(named["what"], understood=understood)


#: a list marker or a lead-in word before a description: "A." "B、" "(1)" "2." "①" "一、" "凡" "对" "如" (used by
#: printednames and read_costed_failures; moved here from printednames in r15)
LEAD_RE = re.compile(r"^(?:[A-Za-z]\s*[.．、)）]|[(（]\s*(?:\d{1,2}|[一二三四五六七八九十]{1,2})\s*[)）]|\d{1,2}\s*[.．、)）](?!\d)|[①-⑳]|"
                     r"[一二三四五六七八九十]\s*[、.．]|凡是|凡|对于|如果|"
                     # a lead-in 对/如/若, never the first character of a word: 对口/对照/如期/如实/若干
                     r"对(?![口接标照外象应比待策话称])|如(?![期实数今何此])|若(?!干))")

#: one failure and what it costs, the last clause of a sentence: "无领导小组,扣5分" / "只防疫,不填表的扣6分" /
#: "领导小组成员已变动未有文字材料,扣2分" (the normaliser has made "不计分 / 计0分 / 此项不得分 / 全扣" 不得分 and
#: "5分全扣" 扣5分)
_COSTED_FAILURE_RE = re.compile(rf"^(?P<what>[^;；。]{{2,40}}?)(?:的|者)?[,，]?(?:(?P<zero>不得分)|扣(?P<n>{NUM})分)$")

#: a failure: a negation, a thing in a failed state, or an accident that happened
_FAILURE_WORD_RE = re.compile(FAILURE_WORD)

#: never in the name of one failure: a count ("每发现一处", "1处"), points, another rule's words, a degree ("基本"),
#: a comparison — those are counts, bands or lesser levels read elsewhere (or refused)
_NOT_ONE_FAILURE_RE = re.compile(r"[\d%％≥≤<>＜＞]|每|扣|得|"
                                 # a 分 inside a word is no score word ("质量分析会", fresh29 AP7-4; as in _W)
                                 rf"分(?![{_FEN_WORDS}])|加|满|否则|以上|以下|以内|超过|低于|高于|少于|"
                                 r"酌情|视情|基本|部分|个别|较|发现|出现|累计|任何|任一|(?:不足|不到)[一二两三四五六七八九十半]|"
                                 rf"[一二两三四五六七八九十]{COUNT}")

#: a year inside a failure's name ("缺1988年表"): four digits from 19xx/20xx and 年, no count
_YEAR_RE = re.compile(r"(?<!\d)(?:19|20)\d\d年(?![以内度]?(?:以上|以下|以内|内|前|后))")

#: states that exclude each other by their wording: "只防疫,不填表" / "只填表,不防疫" / "既不防疫,也不填表" (fresh24 AK1-5)
_EXCLUSIVE_STATE_RE = re.compile(r"^(?:只|仅)[^，,]+[,，]?(?:不|未|没有)[^，,]+$|^既(?:不|未|没有)[^，,]+[,，]?也(?:不|未|没有)[^，,]+$")


def read_costed_failures(text: str, weight: Decimal | None) -> FailureReading | None:
    """Failures each with what it costs — the whole row or some points — read as levels (r15): the row is met
    (``"符合": W``) unless one of the printed failures holds, which scores the 分值 less its deduction.

    "无领导小组,5分全扣;领导小组成员已变动未有文字材料,扣2分。" (fresh27 AN7-1, 5 points) →
    ``"符合": W; "无领导小组": 0; "领导小组成员已变动未有文字材料": 3``. A requirement without points may come
    first ("各村成立领导小组。…"): what 符合 means, a note.

    Levels only where the failures exclude each other or one costs everything (when both hold, the scorer picks
    the 0): at most one failure costs part of the row, or every one that does is worded as one of exclusive states
    of two duties ("只A,不B" / "只B,不A" / "既不A,也不B", fresh24 AK1-5). Otherwise two deductions may both be taken
    (added up) — also an absence and a defect of the same thing ("未建立台账扣3分;台账记录不全扣1分" stays refused as
    test_r9 decided; r15 had read it as levels for a while):
    ``None`` (deductionlist reads those that add up to the 分值; the clause reader refuses the rest: "几处扣分可能同时
    发生"). Also ``None`` (left to the readers before r15, unchanged): one failure alone (the failing-only readings;
    one partial deduction alone the clause reader reads as 分值 − N), a count ("每发现一处", "1处"), a number, a degree
    word, a failure costing more than the 分值, a sentence that gives points.

    >>> str(read_costed_failures("无领导小组,扣5分;领导小组成员已变动未有文字材料,扣2分。", Decimal(5)).rule)
    '"符合": W; "无领导小组": 0; "领导小组成员已变动未有文字材料": 3'
    >>> str(read_costed_failures("只防疫,不填表的扣6分。只填表,不防疫的扣15分。既不防疫,也不填表的扣30分。",
    ...                          Decimal(40)).rule)
    '"符合": W; "只防疫,不填表": 34; "只填表,不防疫": 25; "既不防疫,也不填表": 10'
    >>> read_costed_failures("未建立台账扣2分;未按时上报扣1分。", Decimal(5)) is None  # both may happen: 5 - 3
    True
    >>> read_costed_failures("未建立台账扣3分;台账记录不全扣1分。", Decimal(4)) is None  # (test_r9's near-miss)
    True
    >>> read_costed_failures("台账不规范的扣2分。", Decimal(5)) is None  # one failure: not this reader's
    True
    >>> read_costed_failures("未建立台账扣10分;未开展检查扣10分;资料不全扣5分。", Decimal(10)) is None  # 25 on 10 (r89)
    True
    """
    if weight is None:
        return None
    # failures end at "；" / "。", or at a comma right after a consequence ("无领导小组,扣5分,成员变动…,扣2分")
    sentences = [s.strip(" ，,") for s in re.split(r"[；;。]|(?<=分)[.．](?!\d)|(?<=不得分)[,，]|(?<=\d分)[,，]", text) if s.strip(" ，,")]
    requirement: list[str] = []
    while sentences and not re.search(r"分|扣|否则", sentences[0]):
        requirement.append(sentences.pop(0))
    if len(sentences) < 1 or any(re.search(r"\d|每", r) or _NOT_A_REQUIREMENT.search(r) for r in requirement):
        return None
    failures: list[tuple[str, Decimal]] = []
    deducted_whole = 0  # failures printed "扣W分" (a deduction of the whole, not a "不得分" veto)
    for s in sentences:
        m = _COSTED_FAILURE_RE.match(LEAD_RE.sub("", s, count=1).strip(" ,，、"))  # "B、只填表,…" / "如…"
        if m is None:
            return None
        what = m["what"].strip(" ，,")
        what = re.sub(r"(?:的|者)$", "", what)
        if re.search(r"[,，]", what) and not _EXCLUSIVE_STATE_RE.match(what):
            # "查单位往来款项的变动情况,未进行清理的不得分" (fresh14 AA7-4): what is checked, then the failure
            *before, what = re.split(r"[,，]", what)
            if any(_FAILURE_WORD_RE.search(b) or re.search(r"\d|每", b) for b in before):
                return None
            requirement += [b for b in before if b]
        cost = weight if m["zero"] else Decimal(m["n"])
        # (r17) a year names a thing, it counts nothing: "缺1988年表的扣3分" (fresh30 AQ1-7)
        if not _FAILURE_WORD_RE.search(what) or _NOT_ONE_FAILURE_RE.search(_YEAR_RE.sub("", what)) \
                or cost > weight or cost <= 0:
            return None
        failures.append((QUOTES_RE.sub("", what), cost))
        deducted_whole += 1 if cost == weight and not m["zero"] else 0
    names = [n for n, _ in failures]
    partial = [n for n, c in failures if c < weight]
    if len(set(names)) != len(names) or (not partial and len(failures) < 2):
        return None  # (one failure costing everything: the failing-only readings above)
    # (r17) every failure costs everything, one worded "不得分" and one "扣W分" ("未成立不得分,工作职责任务不明确扣2分",
    # fresh29 AP12-1 on a 2-point row): each alone or both together score 0 — levels whatever else holds
    if len(partial) == len(failures) == 1:
        return None
    if len(partial) >= 2 and not all(_EXCLUSIVE_STATE_RE.match(n) for n in partial):
        return None
    if partial and deducted_whole >= 2:
        # (r89) "未建立台账扣10分,未开展检查扣10分,资料不全扣5分" on 10: three deductions adding up to 25 with no 扣完为止 —
        # left to the clause reader, which refuses them (as fresh88 CV5-2); one "扣W分" beside a part stays levels
        return None
    understood = [required("；".join(requirement))] if requirement else []
    understood += ["只写明不达标的情形及其扣分：业绩值填“符合”得满分，填所列情形之一得分值减去该情形的扣分",
                   *(f"扣分情形：“{n}”扣{fmt_decimal(c)}分 → 得{fmt_decimal(weight - c)}分" for n, c in failures),
                   "其他文字不在规则内（评分时提示补填），不按“否则”推测"]
    # each failing part of "A、B" / "A或B" names the same level ("未建立制度、未执行制度不得分", fresh N2-25)
    named = [(p, c) for n, c in failures for p in [n, *_failing_parts(n)]]
    if len({p for p, _ in named}) != len(named):
        return None  # (a part named twice: which deduction?)
    clauses = ['"符合": W'] + [f"{quoted(n)}: {fmt_decimal(weight - c)}" for n, c in named]
    if not partial and all(p != "不符合" for p, _ in named):
        clauses.append('"不符合": 0')  # (every failure costs everything: as the failing-only reading, 不符合 too)
    return FailureReading(parse_rule("; ".join(clauses)), understood)
