"""Recogniser: one fragment (between ，；。) — an outcome (得5分, 得满分, 不得分, 得一半分值, 得权重分的50%,
无结余3分, 〔PROP〕, 〔WX〕), a step deduction (每低/每降/每减少/每超过/每超支 N个百分点扣M分), a count
deduction (每出现一例扣1分), a delay deduction (每延迟1天/每滞后一年扣2分), W × N (得分=执行率×20),
a start (从4分起算), a formula or definition (a note), or qualitative words.

>>> _read_fragment("每处残留扣5分", Decimal(40), None).deduct.step_text
'5分'

>>> f = _read_fragment("≥95%得5分", Decimal(5), None)
>>> (str(f.cond.to_condition()), str(f.out_amount))
('>=95%', '5')
>>> f = _read_fragment("每滞后1年扣2分", Decimal(10), None)
>>> (f.deduct.kind, f.deduct.step_text)
('count', '2分')
>>> _read_fragment("每少上1天班扣1分", Decimal(16), None).deduct.kind  # days missed (fresh5 Q5-1)
'count'
>>> _read_fragment("提前1天完成扣1分", Decimal(16), None).deduct.kind  # 天 alone counts nothing
'flat'
>>> str(_read_fragment("5%-10%之间扣3分", Decimal(5), None).out_amount)  # a band worth 分值 - 3 (fresh15 AB9-1)
'2'
>>> _read_fragment("报销单据粘贴不规范每张扣0.5分", Decimal(3), None).deduct.kind  # fresh14 AA7-2
'count'
>>> _read_fragment("每迟报0.5天扣0.5分", Decimal(2), None).deduct.unit  # fresh14 AA6-1 (每迟报半天)
Decimal('0.5')
>>> _read_fragment("部分完成得一半分", Decimal(4), None).out_amount.coef.value
Decimal('0.5')
"""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.rules.chinese._base import (
    _CIRCLED,
    _UNITS,
    DELAY_VERBS,
    MEANING,
    NUM,
    QTY_WORDS,
    WORDING,
    _amount_from,
    _Deduct,
    _Frag,
    _NumCond,
    _Unreadable,
    dec,
    described,
)
from jixiao.rules.chinese.conditions import _find_cond
from jixiao.rules.chinese.lexicon import COUNT, DEDUCT, FAILED_EVENT
from jixiao.rules.chinese.normalise import PROP_TOKEN, WX_TOKEN
from jixiao.rules.chinese.partsteps import PER_SHORT_MANY_RE
from jixiao.rules.chinese.refusals import _DISTANCE_RE, BELOW_ZERO_RE, DISTANCE_WHY
from jixiao.rules.chinese.toreach import TO_REACH
from jixiao.rules.model import (
    HUNDRED,
    ONE,
    ZERO,
    Amount,
    Num,
    fmt_decimal,
)

#: "得分=执行率×20" / "(20分*执行率)" / "执行率得分=执行率×10分": W × x when N is the row's 分值
_WX_N_RE = re.compile(
    r"^(?:得分|得分值|评价得分|[^，,。；;\d]{0,10}?得分|[^，,。；;\d=()]{1,12}?[率例度](?==\())?[=(]?(?:"
    # "计算方法以比例值乘以8直接得分" (fresh67 CB2-2/5/6/7, r53): the method said in words, the ratio named "比例值" /
    # "比值", then how it scores ("直接得分")
    r"(?:(?:计算|计分)(?:方法|方式)(?:是|为)?[:：]?)?(?:以|按|用)?"
    # (the rate's name holds no operator: "达标率×达标率×10" is not W × x, r2)
    rf"[^，,。；;\d%<>≥≤()=×*÷+]{{0,24}}?(?:[率例度]|比值|[例率]值)(?:\([^()]{{0,16}}\))?[*×](?P<a>{NUM})分?"
    r"(?:(?:直接)?(?:得分|计分|记分))?"
    rf"|(?P<b>{NUM})分?[*×][^，,。；;\d%<>≥≤()=×*÷+]{{0,12}}?[率例度]"
    # "(自行处理案件数量/总案件数量)×150分" (fresh7 T5): the share written as its fraction; also with ÷ and without
    # the brackets ("得分=实际完成户数/计划户数×10分", r8) — names of a target are refused below (_TARGET_NAME_RE)
    # (or "…×标准分值", fresh23 AJ4-1, r10: the row's own 分值 by name)
    rf"|(?P<fr>\(?[^()，,。；;\d%<>≥≤=/÷×*]{{1,30}}[/÷][^()，,。；;\d%<>≥≤=/÷×*]{{1,30}}\)?)[*×]"
    rf"(?:(?P<c>{NUM})分?|(?P<wv>(?:标准|该项|本项|该指标|指标)?分值)))\)?$"
)


#: a target's name inside a share "A/B" of a formula
_TARGET_NAME_RE = re.compile(r"目标|指标|标准|任务|基准|上年|去年|同期|平均")


#: what a rate is, in words: "数据上传率即实际上传次数与应传次数之比" (a note; no number, no points)
_RATIO_DEFINITION_RE = re.compile(r"[^\d%分=，,。；;]{1,20}[率例度](?:即|是|指)[^\d%分=，,。；;]{2,40}之比")

#: a sentence that only says what the value is: "指当年贫困户子女的…在校人口与…适龄人口的比例" (fresh67 CB2, r53) —
#: it starts with 指, names a share, and holds no points, no deduction and no band of its own
_VALUE_IS_RE = re.compile(r"指[^分得扣加<>≥≤=，,；;。]{2,120}?(?:之比|的比重|的比例|的比率|比重)")


_OUT_RE = re.compile(
    rf"(?P<out>得满分|记满分|计满分|给满分|满分|得(?P<w>{NUM})%(?:的|得)?权重分|"
    rf"[得计记](?P<p>{NUM})分|不得分|不计分|不给分|{re.escape(PROP_TOKEN)}|{re.escape(WX_TOKEN)}|"
    rf"得权重分的(?P<w2>{NUM})%|得一半分值?|得分值的一半|得(?P<h>一半|50%)(?:的)?分值|"
    rf"(?<![扣减])扣(?P<ded>{NUM})分|"
    rf"(?:(?<=[\u4e00-\u9fff])|^)(?<![扣减得计记每加])(?P<bare>{NUM})分|得分)$"
)


_DEDUCT_AMT = rf"(?P<amt>{NUM}%(?:的|得)?权重分|{NUM}分|相应(?:的)?权重分|相应分值)"


_PP_RE = re.compile(
    r"每(?P<dir>低于|低|少|下降|降低|降|减少|不足|超过|超出|超支|超|高出|高于|高|增加|上升|提高)"
    rf"(?P<u>{NUM})(?P<uu>个百分点|%)(?P<mid>[^扣减]{{0,8}}?){DEDUCT}" + _DEDUCT_AMT
)


#: per quantity: "每少于100公斤扣5分" (S18-2): the value is the quantity, the step N units
_QTY_RE = re.compile(
    r"每(?P<dir>低于|低|少于|少|下降|降低|减少|不足|超过|超出|高于|高|增加)"
    rf"(?P<u>{NUM})(?P<uu>{QTY_WORDS})(?:[^扣减，,。；;]{{0,8}}?){DEDUCT}" + _DEDUCT_AMT
)


_COUNT_RE = re.compile(  # "每处残留扣5分" (N7): after 每 the 1 may be left out
    # 天 only as days missed ("每少上一天班" / "每少签到一天", fresh5 Q5): 每延迟1天 is a delay (_DELAY_RE)
    # (张 / 斤: "粘贴不规范每张扣0.5分" (fresh14 AA7-2), "每发现挪用或倒卖1斤扣0.5分" (fresh12 Y16-2))
    # (every count word of the lexicon: "每出现1名不合格者" (fresh27 AN4-6), "有1位吸烟成员" (AN6-1), r12)
    # (a shortfall of k > 1 — "每少2场" — a step of k: read only where the text says how a part of a step counts, r52)
    rf"(?:(?<![\d.])(?P<n>1)|(?:(?<=每减少)|(?<=每缺少)|(?<=每少)|(?<=每缺))(?P<k>[2-9]|[1-9]\d)(?={COUNT})|(?<=每)|(?<=每缺一)(?=级))(?P<mu>{COUNT}|斤|"
    # ("停产天数每增加1天扣1分", fresh17 AD12-1: the value is a number of days, each one more costs N)
    r"天(?:(?<=[少缺上到勤]1天)|(?<=天数每增加1天)"
    # (days absent or on leave: "旷工1天扣10分", "每事假1天扣2分", "脱岗1天…" — fresh78 CL5-2/CL5-3, r73)
    r"|(?<=旷工1天)|(?<=假1天)|(?<=[缺脱离]岗1天))"
    # "每少1病症扣2分" (fresh16 AC9-5): no measure word after 每少1 / 每缺1 — the noun is what is counted
    # (never an amount: 万元 / 个百分点 / 年 … keep their own readings or stay refused)
    r"|(?:(?<=每[少缺漏]1)|(?<=每发现1)|(?<=每出现1)|(?<=每查出1)|(?<=每查实1)|(?<=每1)(?=[\u4e00-\u9fff]{1,4}(?:不达标|不合格|未达标)?[扣减]))"
    # (nor a word 一 begins: "每发现一半以上学生未达标" is half of them, not one found, r65)
    r"(?=[\u4e00-\u9fff])(?![万亿千百元个年月天日周岁名位分秒公吨亩米倍批成级档半]|小时)"
    # (after 每发现 / 每出现 too: "教室门前每发现1纸片扣1分", fresh74 CI5-4, r62 — the noun found is what is counted)
    # "每缺一级扣1分" (fresh65 BZ5-1, r51): a level missing (地市级、区县级 …) is a thing counted; "每少1级" / "每低1级" stay a grade
    r"|(?<=每缺[1一])(?=级))(?!百分点)"
    # (no second 每 before the deduction: "每头能繁母猪占地 40m2 以上 每减少 2m2扣 1 分" (fresh24 AK11-2) is a rate per head,
    # the deduction is per 2m2 short, r12)
    r"(?P<mid>[^扣，,。；;每]{0,30}?)"
    rf"(?!减){DEDUCT}" + _DEDUCT_AMT
)


_EACH_RE = re.compile(rf"各(?!减){DEDUCT}" + _DEDUCT_AMT)


#: per unit of delay: 每延迟1天 / 每滞后一年 / 每逾期1个月 … 扣N分 (the value is the delay)
_DELAY_RE = re.compile(
    # (and time short: "营业时间每少半小时,扣2分" (fresh29 AP6-4, r18) — the value is the time missing)
    # (time short only in hours and days: "每少1年扣1分" stays refused — test_r1)
    rf"每(?:{DELAY_VERBS}|晚|(?P<short>少|缺))(?P<u>{NUM})"
    r"(?P<mu>(?(short)(?:小时|天|日)|(?:个工作日|工作日|天|日|周|个月|月|年|小时)))"
    # (a few words of what is late before the deduction: "每推遲1個月到位的扣10分" (fresh10 W4-1) — read as a count
    # of 个 until the lexicon's 个 stopped before 个月, r12)
    rf"(?:[^扣，,。；;\d每]{{0,8}}?的)?(?:[，,])?{DEDUCT}" + _DEDUCT_AMT)


_START_RE = re.compile(rf"从(?:(?P<s>{NUM})分|(?P<full>满分))起算")


_BELOW_DIRS = {"低于", "低", "少", "下降", "降低", "降", "减少", "不足"}


#: words stripped from the end of a description (a loop, not a "(…)+$" regex: that is quadratic)
_FILLER_TAIL = ("本项", "该项", "此项", "本指标", "该指标", "此指标", "分项", "指标", "则", "的", "均")


_FILLER_HEAD = re.compile(r"^(?:且|并|和|或|则|如|若|即|同时)")


_COMPARISON_WORDS = re.compile(r"以上|以下|低于|高于|超过|不低于|不高于|达到|未达到|[≥≤<>~]|得\d|扣\d")


#: the failing of a worded pass/fail before a deduction above the 分值: "完成得4分,未完成扣5分" on a 4-point row
#: (fresh20 AG19-6, r5) — deductions stop at 0, so the failing level is worth 0. Only a failing word with no
#: number, count or extra-deduction word ("每/发现/追加/另/再/总分/累计" keep their refusals)
_OVER_DEDUCTION_LEVEL_RE = re.compile(r"(?=[^\d%每发现出追另再总累次处项个]{1,24}$)"
                                      r"(?:[^\d%]{0,20}?)(?:未|没有|不|无)[^\d%]{0,20}")


_QUAL_PASS_WORDS = ("完成", "符合", "达到", "满足", "达标", "实现")


def _clean_qual(text: str) -> str:
    text = _FILLER_HEAD.sub("", text)
    stripped = True
    while stripped:
        stripped = False
        for word in _FILLER_TAIL:
            if text.endswith(word) and not (word == "则" and re.search(r"[规原准细法守总通]则$", text)):
                # (规则 / 原则 / 准则 … are words: "纳入部门工作规则" keeps its 则, r9)
                text = text[: -len(word)]
                stripped = True
    return text.strip("“”\"'：:、 ")


#: a mishap that happened (lexicon): one failing, not a finding counted
FAILED_EVENT_RE = re.compile(FAILED_EVENT)

#: why "X扣N分" is refused when X is no band and no case: the points it comes off are not said
#: a deduction per several short: "每減少3名" / "每少2件" (r48: a partial step is not settled by the text)
NO_START_WHY = "“扣N分”前没有可判断的情形（或是数值条件），无法确定从几分扣起"


def count_tail_bands(frags: list[_Frag], weight: Decimal | None) -> None:
    """A one-sided count band that closes a series of count ranges, each with its deduction: "故障次数3-5次的,扣1分;
    超过5次的,扣2分" — after the range, "超过5次" is the next band (分值 − 2), not a deduction per time beyond 5, the doubt
    that keeps "被投诉超过2次的扣1分" alone refused (test_i11k). Its refusal is lifted, in place, only when a range
    deduction band of the same count word ends where it starts (r32).
    """
    if weight is None:
        return
    ranges = [f.cond for f in frags if not f.bad and f.cond is not None and f.out is not None and f.out.startswith("扣")
              and f.cond.unit == "count" and f.cond.lo is not None and f.cond.hi is not None]
    for f in frags:
        c, d = f.cond, f.deduct
        if f.bad != NO_START_WHY or c is None or d is None or d.kind != "flat" or c.unit != "count" or c.eq \
                or (c.lo is None) == (c.hi is None):
            continue
        edge = c.lo if c.lo is not None else c.hi
        assert edge is not None
        if not any(r.unit_word == c.unit_word and (r.hi.value if c.lo is not None else r.lo.value) == edge.value  # type: ignore[union-attr]
                   for r in ranges):
            continue
        points = dec(d.step_text[:-1]) if re.fullmatch(rf"{NUM}分", d.step_text) else None
        if points is None or not ZERO < points < weight:
            continue
        f.bad, f.deduct, f.out = None, None, f"扣{d.step_text}"
        f.out_amount = Amount(Num(weight - points))


def _deduction_band(cond: _NumCond) -> bool:
    """Whether "<band>扣N分" is a band of the value scored 分值 − N: a share ("5%以内扣1分", fresh15 AB9-1), any range
    ("产值600~800万元,扣2分", "3-5年扣1分") or a one-sided band of an amount, a time or a quantity (r32) — never a
    one-sided count ("被投诉超过2次的扣1分": once, or per complaint beyond 2? test_i11k) nor a number without a unit.

    >>> from jixiao.rules.chinese.conditions import _find_cond
    >>> [_deduction_band(_find_cond(t)[0]) for t in ("5%以内", "600-800万元", "200万元以下", "3-5次", "超过2次", "超过2")]
    [True, True, True, True, False, False]
    """
    if cond.eq:
        return False
    if cond.unit == "pct" or (cond.lo is not None and cond.hi is not None):
        return True
    return cond.unit is not None and cond.unit != "count"


#: once in each period: "每月一次" / "每季度召开1次" / "每半年报送1次" — a schedule, not a number to reach
#: the periods of a schedule: "每月" / "每季度" / "每半年"
_PERIOD = r"每(?:周|旬|月|季度|季|半年|年)"
_ONCE_A_PERIOD_RE = re.compile(rf"{_PERIOD}[^，,。；;\d]{{0,10}}?1次(?!性)")


def _count_to_reach(s: str) -> bool:
    """True when ``s`` names a number of things to do ("办好12件实事", "全年4次") — then a deduction per one
    missing may count what was done or what is missing. A schedule of once a period is no such number: what
    is missing is the occasions missed ("所务会议每月一次,并有详细记录6分,缺一次扣1分", fresh21 AH4-3, r6).

    >>> _count_to_reach("办好12件实事"), _count_to_reach("所务会议或合伙人会议每月1次"), _count_to_reach("资金一次性到位")
    (True, False, False)
    """
    return bool(re.search(rf"\d+{COUNT}", _NOT_ONE_RE.sub("", _ONCE_A_PERIOD_RE.sub("", s))))


#: "年度内辖区没有新增1处违法占地…的,记满分;每发现1处扣1.5分" (fresh74 CI2-1, r62): one after a negation is "not a single
#: one" — none found, the count's 0 — never a number to reach
#: a negation before "1处": 没有 / 未 / 无, and "could not" (没能 / 未能 / 不能 / 没 — r69)
_NOT = r"(?:没有|没能|未能|不能|未|无|没)"
_NOT_ONE_RE = re.compile(rf"{_NOT}(?:新增|发生|出现|发现|存在)?(?:1|一)(?={COUNT})")
#: the same negation right before a count's 1 ("没有新增1处…的,扣5分", r65; "没能新增1处", r69)
_NOT_ONE_BEFORE_RE = re.compile(rf"{_NOT}(?:新增|发生|出现|发现|存在)?$")


def _read_fragment(src: str, weight: Decimal | None, share: Decimal | None) -> _Frag:
    f = _Frag(src)
    t = re.sub(rf"^(?:[{_CIRCLED}]|\d{{1,2}}[.、](?!\d)|\(\d{{1,2}}\))", "", src)
    if t.startswith("否则"):
        f.else_ = True
        t = t[2:]
    elif (short := re.match(rf"(?:不足|未达到|达不到)(?:的|者)?[,，]?(?={re.escape(PROP_TOKEN)}$)", t)) is not None:
        # "达8篇的,计10分,不足按比例计分" (fresh20 AG14-3, r5): falling short of the one threshold = 否则
        f.else_ = True
        t = t[short.end():]
    if not t:
        return f
    if BELOW_ZERO_RE.search(t):
        # "每一台设备扣1分,直至负分" (fresh11 X3-5): the deductions go below 0, a score the rule's
        # deductions never give (they stop at 0) — refused, never read as a note; "出现一例扣3分,不封顶" /
        # "发现一次扣3分,实行倒扣法" (fresh21 AH4-6/AH4-7, first run: read as stopping at 0) say the same
        f.bad = "原文写明扣分不封顶（可扣至负分），规则的扣分最低到0分，无法照原文计分"
        return f
    if re.search(r"不(?:满|足|到)\d.{0,12}?(?:按|以)\d", t):
        # a rounding rule the notes did not recognise ("不满1%按1%算" was read as a description and
        # dropped — the steps became continuous; found by the variants test in i11d): never a note
        f.bad = "取整说明（不满…按…计算）未能读懂，不作推测"
        return f
    # formulas and definitions are notes
    wm = _WX_N_RE.match(t)
    if wm is not None and wm["fr"] and (_TARGET_NAME_RE.search(wm["fr"]) or t.count("(") != t.count(")")):
        # "(实际值÷目标值)×10": the row's target in the share — a comparison with the target (refused elsewhere)
        wm = None
    if wm is not None:
        n = weight if wm["wv"] and weight is not None else dec(wm["a"] or wm["b"] or wm["c"] or "0")
        if weight is None or n != weight:
            f.bad = (f"得分 = 业绩值 × {fmt_decimal(n)}，但分值"
                     + ("未给出" if weight is None else f"为 {fmt_decimal(weight)}") + "，无法核对")
            return f
        f.out, f.prop, f.wx = WX_TOKEN, True, True
        return f
    if "=" in t and re.search(r"[/×*]", t) and PROP_TOKEN not in t and WX_TOKEN not in t:
        if re.search(r"得分|分值|计分", t.split("=")[0]) or re.search(r"分值|得分", t):
            # "指标得分=(1-10×调剂金额/预算数)*指标分值": a scoring formula, never a note
            f.bad = "得分由公式计算，未能读成规则（不能当作说明略过）"
            return f
        f.note = described(t, "计算公式")
        return f
    if "是指" in t or t in ("采取扣分制", "现场抽查", "现场核查") or _RATIO_DEFINITION_RE.fullmatch(t) \
            or _VALUE_IS_RE.fullmatch(t):
        # ("数据上传率即实际上传次数与应传次数之比", fresh20 AG14-2, r8: what the value is)
        f.note = f"说明：{t}"
        return f
    colon = re.search(r"[:：]", t)
    if colon:
        after = t[colon.end():]
        inner = _read_fragment(after, weight, share) if after else _Frag(src)
        before = re.sub(r"(?<=[\d%])符合$", "", t[: colon.start()])  # "100%符合:5分" (S13-5)
        if inner.out is not None and inner.cond is None and not inner.qual and before:
            # colon bands: "90-100%:3分", "一般:1.5分" — the part before the colon is the condition
            _read_condition_part(inner, before, allow_bare=True)
        elif before and (inner.cond is not None or inner.qual) \
                and _count_to_reach(re.sub(r"^[(（]?第?\d+(?:\.\d+)*[)）]?(?:项|条|款)?", "", before)):
            # "每学期召开2次：有签到、有记录（5分），每少一次扣2分" (r44, a variant of fresh61 BV1-3): the condition
            # after the colon is read, the number to do before it was dropped without a word — never dropped (an item
            # number before the colon is none: "2.2项:无工作经费扣3分,…", fresh9 V22-2)
            if inner.qual and inner.cond is None and not (inner.out or inner.deduct or inner.start or inner.bad):
                # "有两次围绕主题开展:内容针对详细、过程全齐" (fresh61 BV1-3, r48): what each one to do must hold — the
                # whole clause is the number to reach; read beside a deduction per one short (toreach.py), else refused
                f.note = described(t, TO_REACH)
                return f
            inner.bad = f"冒号前的“{before}”写了应完成的数量，读出的条件没有用它：要求里写了应完成的数量，未作推测"
        if inner.cond or inner.out or inner.deduct or inner.bad or inner.start:
            inner.src = src
            inner.else_ = inner.else_ or f.else_
            return inner
        f.note = described(t, "定义")
        return f
    # deductions
    for kind, pat in (("pp", _PP_RE), ("qty", _QTY_RE), ("count", _COUNT_RE), ("each", _EACH_RE),
                      ("delay", _DELAY_RE)):
        m = pat.search(t)
        if m is None:
            continue
        if t[m.end():].strip():
            f.bad, f.bad_kind = "扣分语句后有未能识别的内容", WORDING
            return f
        if kind == "pp":
            unit = dec(m["u"]) / HUNDRED
            f.deduct = _Deduct("pp", m["amt"], below=m["dir"] in _BELOW_DIRS, unit=unit, src=src)
        elif kind == "qty":
            f.deduct = _Deduct("qty", m["amt"], below=m["dir"] in _BELOW_DIRS | {"少于"},
                               unit=dec(m["u"]), src=src, cat=_UNITS[m["uu"]][0])
        elif kind == "delay":
            f.deduct = _Deduct("count", m["amt"], unit=dec(m["u"]), src=src)
            f.qual = late = f"{'少' if m['short'] else '延迟'}的{m['mu']}数"
            prefix = t[: m.start()]
            if prefix.strip():
                _read_condition_part(f, prefix)
                if f.qual and f.qual != late:  # "每個單項工程每推遲1天" (r40): what is late, and the unit counted
                    f.qual = f"{f.qual}，{late}"
                if f.cond is not None or f.bad:
                    f.bad = f.bad or "按延迟时间扣分却带有其他数值条件"
            return f
        else:
            f.deduct = _Deduct("count", m["amt"], unit=dec(m["k"]) if kind == "count" and m["k"] else ONE, src=src)
        prefix = t[: m.start()]
        if kind == "count" and _NOT_ONE_BEFORE_RE.search(prefix):
            # "没有新增1处服务网点的,扣5分" (r65) was read 5 per place (none new scored the 分值): one after a negation is
            # "not a single one" — the deduction is for none, not for each one
            f.deduct = None
            f.bad, f.bad_kind = "“没有（未、无）…1处”说的是一处也没有，不是每一处：扣分给的是一处也没做到的情形，不是按处扣分，未作推测", WORDING
            return f
        if kind == "count":
            prefix = re.sub(r"(?:每|各)?(?:发现|出现|存在|缺少|减少|少|有|多增加|增加|多)?$", "", prefix)
        # "发生5分钟以上(含)15分钟以下延误事件的每起扣5分" (fresh50 BK12-1, r38): the condition and the noun after it name
        # which events are counted (assemble reads "…的每起" so)
        _read_condition_part(f, prefix, qualifies_count=kind == "count" and prefix.endswith("的"))
        return f
    # outcome at the end
    m = _OUT_RE.search(t)
    if m is not None:
        token = m["out"]
        f.out = token
        if token == PROP_TOKEN:
            f.prop = True
        elif token == WX_TOKEN:
            f.prop = True
            f.wx = True
        elif "一半" in token or m["h"] is not None:
            f.out_amount = Amount(Num(Decimal("0.5"), True), of_weight=True)
        elif token in ("不得分", "不计分", "不给分"):
            f.out_amount = Amount(Num(ZERO))
        elif m["w"] is not None or m["w2"] is not None:
            f.out_amount = _amount_from((m["w"] or m["w2"]) + "%权重分", weight)
        elif m["ded"] is not None:  # "不健全的扣10分" on a 10-point row: a level worth 0
            if weight is not None and ZERO < dec(m["ded"]) < weight:
                # "组成人员不符合要求的扣5分" (S29-1): one flat deduction for one failing condition
                f.out = None
                f.deduct = _Deduct("flat", f"{m['ded']}分", unit=ONE, src=src)
                _read_condition_part(f, t[: m.start()])
                if (f.cond is not None and _deduction_band(f.cond) and not f.bad and not _DISTANCE_RE.search(t)
                        and not re.search(r"每|单|发现|出现|再|另|目标|指标值|计划|任务|相差|偏离|差距|上年|同期",
                                          t[: m.start()])):
                    # a band that costs N points: "5%以内扣1分,5%-10%之间扣3分" (fresh15 AB9-1) — the band
                    # scores 分值 - N (deductions start from the 分值)
                    f.deduct = None
                    f.out = token
                    f.out_amount = Amount(Num(weight - dec(m["ded"])))
                    return f
                if f.cond is not None or not f.qual or re.search(r"每|\d|发现|出现", FAILED_EVENT_RE.sub("", t[: m.start()])):
                    # "每差1个百分点扣0.25分" / "每相差3%扣1分" are per-unit, never one flat deduction;
                    # "发现…扣1分" is per finding (fresh3 F1-1 was read as one flat deduction) — not "出现差错的扣1分", one
                    # mishap that happened (lexicon.FAILED_EVENT, r78), read as "发生安全事故的扣3分" is
                    if _DISTANCE_RE.search(t):  # (a refusal of the condition part is replaced, with its kind)
                        f.bad, f.bad_kind = DISTANCE_WHY, MEANING
                    elif f.bad and f.bad.startswith("区间两端单位不同"):  # "3个月-1年扣1分" says so (r32)
                        f.bad_kind = MEANING
                    elif (per := PER_SHORT_MANY_RE.search(t[: m.start()])) is not None and int(per["k"]) > 1:
                        # "15名以下的每減少3名扣2分" (fresh58 BS1-3, r48): 14 done — one step or none? not written
                        f.bad, f.bad_kind = (f"“{per.group(0)}”按每{per['k']}{per['w']}一档扣分：不足一档的部分怎样算"
                                             "（只算整档，还是不足按一档算）原文未写明，未作推测"), MEANING
                    else:
                        f.bad, f.bad_kind = NO_START_WHY, WORDING
                return f
            if weight is None or (dec(m["ded"]) != weight and not _OVER_DEDUCTION_LEVEL_RE.fullmatch(t[: m.start()])) \
                    or re.search(rf"每[^,，;；。]{{0,12}}?{NUM}(?:%|个百分点)", t[: m.start()]):
                # (r33) "每低于目标值2%扣1分" on a 1-point row is a step, never one band "<2%: 0" (a wrong reading found
                # when "没有完成的扣分," before it was taken as a case: fresh46 BG7-1 at weight 1)
                f.bad = "“扣N分”只在扣去全部分值时能读成一档（得0分）；其他情况无法确定从几分扣起"
                return f
            f.out_amount = Amount(Num(ZERO))
        elif m["p"] is not None:
            f.out_amount = Amount(Num(dec(m["p"])))
        elif m["bare"] is not None:
            f.out_amount = Amount(Num(dec(m["bare"])))
        else:  # 满分 / 得分
            if token == "得分" and re.search(r"按|根据|依据|参照|视", t[: m.start()]):
                # "未完成的按支出比例得分" (i11d, found by reasoning): scored BY something, not full
                # marks — it was read as W
                f.bad = "“按…得分”没有写明怎样算分（不是满分），未作推测"
                return f
            f.out_amount = Amount(Num(ONE), of_weight=True)
        _read_condition_part(f, t[: m.start()], allow_bare=True)
        return f
    _read_condition_part(f, t)
    return f


#: numbers in a condition's subject that only name what is counted: a year ("2024年节能月报上报率",
#: fresh7 T4) or an age group ("新进人员中35周岁以下占比", fresh7 T9) — never the compared value
_SUBJECT_QUALIFIER_RE = re.compile(r"(?<!\d)(?:19|20)\d{2}年度?(?![\d底末])|(?<![\d.])\d{1,3}周?岁(?:\(含\))?(?:及以下|以下|及以上|以上)?"
                                   # a named variable: "P1数值达100%时得满分" (fresh8 U13)
                                   r"|(?<![A-Za-z\d])[A-Za-z]\d(?=[\u4e00-\u9fff])"
                                   # the items a total adds up: "农气观测、发报、报表三项总错比≤0.6‰" (fresh19 AF1-6, r9)
                                   r"|(?<![\d.])\d{1,2}项(?=总|合计)"
                                   # what is counted, in brackets: "综合预警企业(2个以上指标同时预警)户数占…比重在10%~20%的"
                                   # (fresh49 BJ9-2, r32) — no share inside (a "(含80%)" is part of a band)
                                   r"|\([^()%‰\d分]{0,12}\d{1,4}[^()%‰\d分]{1,16}\)(?=[\u4e00-\u9fff])")


#: the things a count condition counts, named right after its count word: "低于5个项目" / "配备1名以上综治社工" (r38) —
#: a short noun only (no verb, negation, joining word or comparison: "5次以上…总结并向预报司提交总结报告" is a requirement,
#: "3个以上项目未完成" a failing)
_COUNTED_NOUN_RE = re.compile(r"[^\W\d_有无未没不非及并和或且与得扣分每为是达超低高少多以上下内外被要应须需按在对从向将把]{1,8}")


def counted_noun(cond: _NumCond, rest: str, any_unit: bool = False) -> str:
    """The noun ``rest`` names as what ``cond`` counts, or "": only after a count word (个 / 名 / 项 …; any unit when
    the condition only names which things a count deduction counts, ``any_unit``: "5分钟以上延误事件的每起扣5分"), only
    for a comparison ("低于5个" / "1名以上", never "=1": "有1个项目不得分" counts one thing of a kind not named).

    >>> from jixiao.rules.chinese.conditions import _find_cond
    >>> cond, _s, rest = _find_cond("全年新增低于5个项目")
    >>> counted_noun(cond, rest)
    '项目'
    >>> cond, _s, rest = _find_cond("开展5次以上重要天气过程预报技术总结并向预报司提交总结报告")
    >>> counted_noun(cond, rest)
    ''
    >>> cond, _s, rest = _find_cond("有1个以上示范点")  # "at least one": the thing exists
    >>> counted_noun(cond, rest)
    ''
    >>> cond, _s, rest = _find_cond("收入30万元以上项目")  # money, not a count
    >>> counted_noun(cond, rest)
    ''
    """
    if cond.eq or not (any_unit or (cond.unit == "count" and re.fullmatch(COUNT, cond.unit_word))):
        return ""
    if not any_unit and cond.lo is not None and cond.lo.value == 1 and cond.lo.closed and cond.hi is None:
        return ""  # "有1个以上示范点": at least one says the thing exists (checklist._EXISTS_RE), no count (test_r12)
    return rest if _COUNTED_NOUN_RE.fullmatch(rest) else ""


def _read_condition_part(f: _Frag, text: str, allow_bare: bool = False, qualifies_count: bool = False) -> None:
    """Read the part of a fragment before its outcome/deduction: a condition, a start, or words (``qualifies_count``:
    the part names the things a count deduction counts, "…延误事件的" before "每起扣5分": a noun may follow its condition)."""
    sm = _START_RE.search(text)
    if sm is not None:
        f.start = Amount(Num(ONE), of_weight=True) if sm["full"] else Amount(Num(dec(sm["s"])))
        text = text[: sm.start()] + text[sm.end():]
    text = text.strip()
    if allow_bare:
        text = text.rstrip("的")
        # "100%时2分,每降低10%扣0.5分" (fresh87 CU7-4, r89): a bare value then 时 is the value reached, as "为100%时"
        text = re.sub(r"(?<=[\d%])时$", "", text)
    if not text:
        return
    try:
        found = _find_cond(text, allow_bare)
    except _Unreadable as e:
        f.bad, f.bad_kind = e.why, e.kind
        return
    if found is not None:
        cond, subject, rest = found
        named = not rest.startswith("的")  # "3-5人的团队": the number describes the team, never a count of it (test_r32)
        rest = rest.strip("的")
        if rest == "者":  # "达到90%以上者得1分" (fresh3 F1-6): 者 = 的
            rest = ""
        if rest == "时":  # "不足95%时每减少1个百分点扣1分"
            rest = ""
        if rest and named and (noun := counted_noun(cond, rest, qualifies_count)):
            cond.counted, rest = noun, ""
        if re.search(r"\d", _SUBJECT_QUALIFIER_RE.sub("", subject)):
            f.bad, f.bad_kind = "条件前的文字含有数字，无法确定比较对象", WORDING
            return
        if rest:
            f.bad, f.bad_kind = f"条件后有未能识别的内容“{rest}”（单位或写法不明）", WORDING
            return
        f.cond = cond
        f.qual = ""
        return
    q = _clean_qual(text)
    if re.search(r"\d", q) and _COMPARISON_WORDS.search(q):
        f.bad, f.bad_kind = "含数字和比较词，但未能读成条件", WORDING
        return
    f.qual = q
