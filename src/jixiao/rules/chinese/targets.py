"""Recogniser: target-relative texts, read with the row's target ``T`` (the 自评表 rule language).

"达到指标值得满分，未达到按完成值/指标值×分值记分" is the national default for a 正向 target:
``>=T: W; <T: prop`` (W × 实际 ÷ 指标). Written the other way round ("指标值/实际值×分值") it is the
反向 default ``<=T: W; >T: invprop``. Only the direction the formula itself states is used:

* "B/A或A/B", "按比例", a bare "未达到不得分" — 正向 or 反向 depends on the row's own target, which
  the text does not say: refused, naming why;
* any other clause that awards or deducts points: refused (all or nothing).

>>> str(read_target("完成值达到指标值的,记满分;未达到的,按完成值/指标值×分值记分").rule)
'>=T: W; <T: prop'
>>> str(read_target("评价指标得分=指标值/实际完成值×该项指标分值").rule)
'<=T: W; >T: invprop'
>>> read_target("达到目标值得满分,未达到按B/A或A/B×分值").rule is None
True
>>> str(read_basic_target("完成得基本分,未完成的不得分。"))
'>=T: W; *: 0'
>>> str(read_target_steps("投放准确率不达标,每降低1%扣2分。", set())[0])
'>=T: W; <T: W - 2 per 1%'
>>> str(read_target_steps("知晓率未达标的,每下降5%扣1分", set())[0])
'>=T: W; <T: W - 1 per 5% floor'
>>> read_target_steps("知晓率每降低1%扣2分", set()) is None  # no standard named: ratestart.py (from 100 %)
True
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from jixiao.rules.chinese._base import (
    CONTINUOUS_PP_NOTE,
    CONTRARY_ROUNDING,
    NUM,
    QTY_WORDS,
    _Unreadable,
    dec,
)
from jixiao.rules.chinese.lexicon import COUNT, PERIODS
from jixiao.rules.chinese.ratestart import ratestart_drop
from jixiao.rules.grammar import parse_rule
from jixiao.rules.model import Rule, fmt_decimal
from jixiao.rules.target import DEFAULT_RULES, step_unit_reason

_ACTUAL = r"(?:全年)?(?:实际完成值|实际完成量|实际完成数|实际值|完成值|完成量|完成数|实际数|B)(?:\(B\))?"
_GOAL = r"(?:年度|年初)?(?:指标值|目标值|目标任务|计划值|计划数|任务数|A)(?:\(A\))?(?:的比值)?"
_FORWARD = re.compile(rf"{_ACTUAL}[/÷]{_GOAL}")
_REVERSE = re.compile(rf"{_GOAL}[/÷]{_ACTUAL}")
#: what else may stand around the formula: reaching the target, the formula's own words, filler
_ALLOWED = re.compile(
    r"(?:完成值|实际值|实际完成值)?(?:达到|完成|实现)(?:年度)?(?:指标值|目标值)(?:的)?(?:[,，]?(?:得|记|计)满分)?|"
    r"未达到(?:的)?|(?:评价)?(?:指标)?得分(?:值)?=|即|按|[×*](?:该(?:项)?)?(?:指标)?分值|(?:记分|计分|得分)|"
    r"各项评价指标按照经批准的实施方案确定的实现程度赋分|“|”|[,，。；;:：()]"
)


#: the failing side of a pass/fail against the target: "未达到不得分", "否则得0分"
_PASS_FAIL_RE = re.compile(r"(?:未达到|未完成|否则)(?:的)?[,，]?(?:不得分|得0分|计0分|记0分)")


@dataclass(frozen=True)
class TargetReading:
    rule: Rule | None
    why: str  # the Chinese note: what was read, or why not


def read_target(norm: str) -> TargetReading:
    """Read a target-relative text (already normalised) into a ``T`` rule, or say why not."""
    forward, reverse = _FORWARD.search(norm), _REVERSE.search(norm)
    if not (forward or reverse) and _PASS_FAIL_RE.search(norm) and not re.search(r"比例|[/÷×*]", norm):
        # "达到目标值得满分，未达到不得分": no formula to ask about — the direction is what the text leaves open
        return TargetReading(None, "达到目标值得满分、未达到不得分：“达到”是不低于（正向指标）还是不高于（反向指标，如失业率"
                                   "≤3%）目标值，取决于本行指标值的写法，原文未说明，未作推测（请按本行指标值写成计分规则："
                                   "正向 >=T: W; *: 0，反向 <=T: W; *: 0）")
    if forward and reverse or not (forward or reverse):
        why = ("“B/A或A/B”：按正向还是反向指标计分取决于本行的目标值写法"
               if forward and reverse else "未写明按 实际值÷指标值 还是 指标值÷实际值 计分")
        return TargetReading(None, f"与每行的目标值（指标值）比较计分，{why}，未作推测"
                                   "（请写成计分规则，如 >=T: W; <T: prop）")
    m = forward or reverse
    assert m is not None
    rest = _ALLOWED.sub("", norm[: m.start()] + norm[m.end():])
    if re.search(r"[\u4e00-\u9fff\d]", rest):
        return TargetReading(None, f"与目标值比较计分的条文里还有未能读懂的内容“{rest[:20]}”，未作推测")
    if reverse and re.search(r"达到|未达到|完成(?:年度)?(?:指标值|目标值)", norm):
        # "完成值达到指标值的，记满分；未达到的，按指标值/完成值×分值记分" (r41: read as "<=T: W; >T: invprop", the
        # reverse of what it says first): reaching the target is a 正向 wording, the formula a 反向 one
        return TargetReading(None, "写的是达到目标值得满分（正向指标），公式却是 指标值÷实际值（反向指标），方向相反，未作推测")
    if forward:
        return TargetReading(parse_rule(DEFAULT_RULES[">="]),
                             "达到目标值（T）得满分；未达到按 实际值÷目标值×分值（正向指标）")
    return TargetReading(parse_rule(DEFAULT_RULES["<="]),
                         "不超过目标值（T）得满分；超过按 目标值÷实际值×分值（反向指标）")


#: "完成得基本分,未完成的不得分" (fresh4 P5-4): the row prints its target (建设镇级污水处理设施 6 座);
#: 基本分 is the row's 分值; only with nothing else in the text (bonus or per-unit clauses refused)
_BASIC_TARGET_RE = re.compile(r"(?:完成|完成目标|完成目标值|达到目标值)(?:的)?[,，]?得基本分[,，;；]"
                              r"(?:未完成|未达到)(?:目标|目标值)?(?:的)?[,，]?不得分[。；;]?")


def read_basic_target(norm: str) -> Rule | None:
    """"完成得基本分，未完成的不得分" against the row's printed target: ``>=T: W; *: 0`` (i11e)."""
    return parse_rule(">=T: W; *: 0") if _BASIC_TARGET_RE.fullmatch(norm.strip()) else None


#: "投放准确率不达标, 每降低1%,扣2分" (fresh20 AG18-1, r8): the standard is the row's own target (printed in the row),
#: the steps run below it from the 分值 (normalised text: the comma before 扣 is gone)
#: (the rate must be named: a bare "未达到每下降1%扣0.1分" (fresh13 Z9-4) sits in a row printing two targets — which one?)
_TARGET_STEPS_RE = re.compile(rf"^(?P<rate>[^\d%，,。；;<>≥≤=]{{1,20}}?率)(?P<not>不达标|未达标)(?:的|时)?[,，]?"
                              rf"每(?:降低|下降|减少|低)(?P<u>{NUM})(?P<pp>%|个百分点)扣(?P<m>{NUM})分[。；;]?$")


def read_target_steps(norm: str, flags: set[str]) -> tuple[Rule, list[str]] | None:
    """``>=T: W; <T: W - N per U%`` for "X率不达标,每降低U%扣N分" (the row's target is the standard), or ``None``."""
    m = _TARGET_STEPS_RE.match(norm.strip())
    if m is None:
        return None
    notes = [f"“{m['rate']}{m['not']}”即低于本行目标值（T）：达到目标值得满分，低于目标值从分值起每低{m['u']}个百分点扣{m['m']}分",
             "本行须填目标值（指标值），得分按本行目标计算"]
    return _steps_from_target(True, dec(m["u"]), dec(m["m"]), flags, notes)


def _steps_from_target(below: bool, u: Decimal, n: Decimal, flags: set[str], notes: list[str]) -> tuple[Rule, list[str]]:
    """``>=T: W; <T: W - n per u%`` (steps below the target) or ``<=T: W; >T: W - n per u%`` (above it): whole
    steps of u > 1 point (``floor``, ``ceil`` when "不足5%按5%计"), steps of 1 point continuous unless "不满1个百分点按1个
    百分点算" (``ceil``) — the rounding every other step reading takes."""
    return _steps_from("T", below, u, n, flags, notes)


def _steps_from(bound: str, below: bool, u: Decimal, n: Decimal, flags: set[str], notes: list[str],
                pct: bool = True, word: str = "") -> tuple[Rule, list[str]]:
    """:func:`_steps_from_target` from ``bound`` (``T`` or a printed start "100%"), in % steps or (``pct`` False) in
    steps of the base's own unit ("每低于目标值1天"), written as the step's ``word`` (``per 1天``: p34, the unit
    decision of every client that scores the rule with a target sees it)."""
    whole = "wholestep" in flags or f"wholestep:1{'%' if pct else ''}" in flags  # "(不足1%不扣分)" (r76)
    if u == 1 and whole and "ceil" in flags:
        raise _Unreadable("不满1", CONTRARY_ROUNDING)
    if u == 1:
        rounding = " ceil" if "ceil" in flags else " floor" if whole else ""
        if not rounding and pct:
            notes.append(CONTINUOUS_PP_NOTE)
    else:
        rounding = " ceil" if f"ceilstep:{fmt_decimal(u)}%" in flags else " floor"
    met, fail = (f">={bound}", f"<{bound}") if below else (f"<={bound}", f">{bound}")
    unit = "%" if pct else word
    return parse_rule(f"{met}: W; {fail}: W - {fmt_decimal(n)} per {fmt_decimal(u)}{unit}{rounding}"), notes


#: the verbs of a step from a standard the text does not print: below it (a comparative "低于", a change "降低/下降/减少",
#: a bare "低/少") and above it ("高于/超过/超出", "增加/上升/提高", "多") — r61 read the comparatives, r63 every verb
_BELOW_VERBS = ("低于", "少于", "降低", "下降", "减少", "低", "少")
_ABOVE_VERBS = ("高于", "超过", "超出", "多于", "增加", "上升", "提高", "多")
_CHANGE_VERBS = frozenset({"降低", "下降", "减少", "增加", "上升", "提高"})
#: a step in the unit of the target it is counted from, named ("每低于目标值1天"): money, quantities, counts, days
_WORD_UNIT = rf"(?:万元|亿元|元|天|日|{QTY_WORDS}|{COUNT})"
_BARE_STEPS_RE = re.compile(
    r"^(?:(?P<pre>.*)[,，。；;])?(?P<rate>[\u4e00-\u9fff]{1,12}?率)?(?:按(?P<s>" + NUM + r")(?P<su>%|" + _WORD_UNIT + r"))?"
    r"每(?P<verb>" + "|".join(_BELOW_VERBS + _ABOVE_VERBS) + r")(?P<named>目标值|目标|指标值|达标线|计划值|任务数)?"
    r"(?P<u>" + NUM + r")(?P<unit>%|个百分点|" + _WORD_UNIT + r")(?:的)?[,，]?扣(?P<m>" + NUM + r")分[。；;]?$")
#: what may stand before the step: how the row is checked ("查看最近连续两年资料", "随机抽取20名…并统计…知晓率"), the met
#: side ("达标得满分"), or the failing side of the target ("未完成省下达责任指标的") — nothing that scores, compares or names
#: another base (last year, an average: "比上年每下降1%" counts from last year, not from the target)
_MET_FIRST_RE = re.compile(r"(?:达标|达到目标值?|完成目标值?|达到指标值)(?:的)?[,，]?得满分")
_NOT_MET_RE = re.compile(r"[^\d%,，。；;]{0,6}?(?:未达到|未完成|未达标|不达标|达不到)[^\d%,，。；;]{0,12}?(?:的)?")
#: a part of what the target counts ("其中农村地区") or a period the steps may repeat in (r69)
_PART_OR_PERIOD = rf"其中|半年|{PERIODS}"
_PRE_BAD_RE = re.compile(r"分|扣|得|加|每|%|‰|[<>≥≤=]|以上|以下|以内|低于|高于|超过|超出|不足|少于|多于|不低于|不少于|不高于|"
                         r"不超过|上年|去年|上一年|前一年|同期|同比|环比|基数|平均|均值|核定|增长|下降|降低|增加|减少|比例|[未不没无]|"
                         # (r69) a part of what the target counts ("其中农村地区,每低于…"), a period the steps may repeat in
                         # ("按季度统计,每低于…": each quarter's shortfall, or the year's?)
                         + _PART_OR_PERIOD)
#: before a printed start: no other points or steps ("按标准足额筹集。完成率按100%…" is plain)
_PRINTED_PRE_BAD_RE = re.compile(r"分|扣|得|加|每|%")
_BASE_ELSEWHERE_RE = re.compile(r"上年|去年|上一年|前一年|同期|同比|环比|基数|基期|基准年|平均|均值|核定|全省|全市|全国|"
                                # (r69: a year or a period of its own — "与2023年相比", "以基期为准", "对照2022年度水平")
                                r"历史|(?<!\d)(?:19|20)\d\d年")
#: rates whose drop has another base or none: a growth or change rate (last year's?)
_CHANGE_RATE_RE = re.compile(r"增长|增幅|涨幅|增速|变化|变动|偏差|偏离|差异|下降|降低")


def read_bare_target_steps(norm: str, flags: set[str]) -> tuple[Rule, list[str]] | None:
    """Steps from the row's target for "每低于/每降低/每下降/每低/每增加/每超过 u 个百分点扣 m 分" with no standard printed
    (r61: the comparatives; r63: every verb), or from a start printed right before the step ("完成率按100%每下降1个百分点扣
    0.4分", fresh75 CJ4-3); ``None`` when the text is no such step.

    Below-verbs (低于 降低 下降 减少 低 少) give ``>=T: W; <T: W - m per u%``, above-verbs (高于 超过 超出 增加 上升 提高 多)
    ``<=T: W; >T: …``: a target printed with its sign must agree (a "≥90%" target on "每增加" — a bonus for a 正向
    target, not a deduction — is refused when scored, model.Rule.target_number); a bare one ("75%") takes the verb's.
    Scoring needs the row's target, in the step's unit (target.step_unit_reason: a % step from "≥1000户" is refused).
    A step in another unit than % only with the target named ("每低于目标值1天": a bare "每少1人" counts people missing).
    Not read: a named rate whose drop ratestart.py counts from 100 % ("合格率每下降5%"), a growth rate, another base
    (上年, 平均 …) before the step, a step of several days (how a part counts is not said, r59).

    >>> str(read_bare_target_steps("每低于1个百分点扣0.5分", set())[0])
    '>=T: W; <T: W - 0.5 per 1%'
    >>> str(read_bare_target_steps("每超过5%扣1分", set())[0])
    '<=T: W; >T: W - 1 per 5% floor'
    >>> str(read_bare_target_steps("设备待修率每增加1个百分点扣0.5分", set())[0])
    '<=T: W; >T: W - 0.5 per 1%'
    >>> str(read_bare_target_steps("每低于目标值1天扣0.2分", set())[0])
    '>=T: W; <T: W - 0.2 per 1天'
    >>> str(read_bare_target_steps("完成率按100%每下降1个百分点扣0.4分。", set())[0])
    '>=100%: W; <100%: W - 0.4 per 1%'
    >>> read_bare_target_steps("比上年每降低1%扣0.5分", set()) is None  # from last year, not the target
    True
    """
    m = _BARE_STEPS_RE.match(norm.strip())
    if m is None:
        return None
    verb, named, rate, pre = m["verb"], m["named"], m["rate"] or "", m["pre"] or ""
    below = verb in _BELOW_VERBS
    pct = m["unit"] in ("%", "个百分点")
    u, n = dec(m["u"]), dec(m["m"])
    if u <= 0 or n <= 0 or (not pct and u != 1) or _CHANGE_RATE_RE.search(rate) or _BASE_ELSEWHERE_RE.search(pre + rate):
        return None
    step = f"{m['u']}{m['unit']}"
    if m["s"] is not None:  # a start printed right before the step: steps from it, in its unit (target.step_unit_reason)
        start = f"{m['s']}{m['su']}"
        if named or _PRINTED_PRE_BAD_RE.search(pre) or step_unit_reason(m["unit"], m["su"], start, "起点") is not None:
            return None  # (what comes before scores or steps itself; the start and the step in two units)
        bound = f"{fmt_decimal(dec(m['s']))}{'%' if m['su'] == '%' else ''}"
        notes = [f"起点写在原文里：{rate}按{start}计，{'不低于' if below else '不超过'}{start}得满分，"
                 f"每{verb}{step}扣{m['m']}分，扣完为止"]
        return _steps_from(bound, below, u, n, flags, notes, pct)
    if any(not (_MET_FIRST_RE.fullmatch(part) or _NOT_MET_RE.fullmatch(part)) and _PRE_BAD_RE.search(part)
           for part in re.split(r"[,，。；;]", pre)):
        return None  # (each clause before the step: how it is checked, the met side, or the target missed)
    if not below and any(_NOT_MET_RE.fullmatch(part) for part in re.split(r"[,，。；;]", pre)):
        return None  # "投放准确率不达标,每提高1%扣2分": short of the target, yet each rise deducts — which way?
    if not pct and not named:
        return None  # "每少1人扣1分": people missing, counted from 0 — not a step from the target
    if named and m["unit"] == "%":
        return None  # "每低于目标值2%": 2 points, or 2 % of the target? (r61: refused, naming why)
    if rate and ratestart_drop(f"{rate}每{verb}{m['u']}"):
        return None  # "合格率每下降5%": ratestart.py counts it from 100 %
    side, unit_word = "低于" if below else "高于", m["unit"]
    missed = next((p for p in re.split(r"[,，。；;]", pre) if _NOT_MET_RE.fullmatch(p)), "")
    said = f"比的是{named}" if named else f"比的是“{missed}”所说的目标" if missed else f"没写比什么{'低' if below else '高'}"
    notes = [f"“每{verb}{named or ''}{step}扣{m['m']}分”{said}：按本行目标值（T）读，{'不低于' if below else '不超过'}"
             f"目标值得满分，{side}目标值从分值起每{step}扣{m['m']}分",
             f"本行须填目标值（指标值），得分按本行目标计算；目标值写明方向（≥/≤）时须与“{verb}”一致，未写方向（如“75%”）"
             f"时按“{verb}”读作{'正向（≥）' if below else '反向（≤）'}；目标值须{'是百分比' if pct else f'以“{unit_word}”计或不写单位'}"]
    if verb in _CHANGE_VERBS and not named and not missed:
        notes.append(f"歧义：“{verb}”没写从哪里算起，按本行目标值读；若比的是上年、平均数等其他基数，请手写计分规则")
    return _steps_from("T", below, u, n, flags, notes, pct, "" if pct else unit_word)


def bare_steps_other_base(norm: str) -> str | None:
    """Why "每低于/每下降 u 个百分点扣 m 分" is not read from the row's target when the words before it name another base
    (r69: "以2023年为基期,…", "与基期相比,…", "对照2022年度水平,…", "同比发病率每上升…" were read from T), or ``None``.

    >>> bare_steps_other_base("与2023年相比,每下降1个百分点扣0.5分")[:14]
    '每级扣分比的是“与2023年'
    >>> bare_steps_other_base("每下降1个百分点扣0.5分") is None
    True
    """
    m = _BARE_STEPS_RE.match(norm.strip())
    if m is None or m["s"] is not None or not (m["unit"] in ("%", "个百分点") or m["named"]):
        return None
    base = _BASE_ELSEWHERE_RE.search((m["pre"] or "") + (m["rate"] or ""))
    if base is None:
        part = re.search(_PART_OR_PERIOD, m["pre"] or "")
        return None if part is None else (
            f"每级扣分前写了“{part[0]}”：比的是本行目标值的一部分或某一期（每期各扣还是全年合计），原文未写明，未作推测"
            "（请手写计分规则）")
    said = next(p for p in re.split(r"[,，。；;]", (m["pre"] or "") + (m["rate"] or "")) if base[0] in p)
    return (f"每级扣分比的是“{said}”（写了“{base[0]}”：上年、某一年、基期、平均数等），不是本行目标值，"
            "从哪个数起算、业绩值填什么原文未写明，未作推测（请手写计分规则）")

