"""Recogniser: the task done in full scores the 分值, short of it "按比例" (lead s25, issue 11) — the value is the share of
the task done (完成比例, 100 % = done in full), the score W × that share, at most W: ``>=100%: W; *: prop``.

Seen in five splits: "完成镇交任务及通过验收的计满分,完不成任务的按比例计分" (fresh38 AY2-1), "全面完成退耕还林抚育任务得10分,
未完成按抚育率得分" (AY11-3), "…做到应保尽保、应兜尽兜的计10分,未达到的按比例相应扣分" (fresh11 X15-6), "按政策全额征收上交记
15分。降低比例的按比例记分。该征收不去征收的,不记分" (fresh10 W1-4, fresh15 AB10-5 in 繁体).

Read on the normalised text (normalise writes "按比例计分" as 〔PROP〕, "按…率得分" as 〔WX〕, "未达到的按比例扣分" as
"否则〔PROP〕"):

>>> from decimal import Decimal
>>> str(read_completion_share("完成镇交任务及通过验收的得满分,完不成任务的〔PROP〕。", Decimal(30)))
'>=100%: W; *: prop'
>>> str(read_completion_share("全面完成退耕还林抚育任务得10分,未完成〔WX〕;", Decimal(10)))
'>=100%: W; *: prop'
>>> str(read_completion_share("依法催收…,按政策全额征收上交得15分。降低比例的〔PROP〕。该征收不去征收的不得分。", Decimal(15)))
'>=100%: W; *: prop'

Not when the full-marks clause compares with a number or a target (达到目标值/90%: the base of 按比例 is then that
number — README: "未达到按比例" is refused), when the points are not the 分值, or when anything else scores:

>>> read_completion_share("达到目标值得满分,未达到的〔PROP〕。", Decimal(10)) is None
True
>>> read_completion_share("完成率达到90%得满分,未完成的〔PROP〕。", Decimal(10)) is None
True
>>> read_completion_share("完成任务得8分,未完成的〔PROP〕。", Decimal(10)) is None
True
>>> read_completion_share("完成任务得满分,未完成的〔PROP〕,每少1项扣1分。", Decimal(10)) is None
True
"""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.rules.chinese._base import NUM, dec
from jixiao.rules.chinese.normalise import PROP_TOKEN, WX_TOKEN, _normalise_chars
from jixiao.rules.grammar import parse_rule
from jixiao.rules.model import Rule

_SEP = r"[,，。；;]"
_SHARE = rf"(?:{re.escape(PROP_TOKEN)}|{re.escape(WX_TOKEN)})"
#: short of the task: 未完成 / 没有达到 / 完不成 / 达不到 (both share readers' "the rest")
_SHORT = r"(?:未|没有|没)(?:完成|达到)|完不成|达不到"

_COMPLETION_SHARE_RE = re.compile(
    # the task done in full: a doing word, no number (a number or a target is another base)
    rf"^(?P<req>[^\d%<>≥≤=]{{0,60}}?(?:完成|全额|做到|落实|全部)[^\d%<>≥≤=，,。；;]{{0,40}}?)(?:的|者)?{_SEP}?"
    rf"得(?:满分|(?P<n>{NUM})分){_SEP}+"
    # the rest: short of it (未完成 / 完不成 / 未达到 / 降低比例 …, or 否则), then the share
    # (no 分 between: "未完成的不得分,按比例计分" says two outcomes — r56)
    rf"(?:否则|(?P<short>{_SHORT}|降低比例)[^\d%，,。；;分]{{0,12}}?(?:的|者)?{_SEP}?){_SHARE}"
    # "否则按比例扣分" (fresh60 BU7-4, r56): the share of the 分值 kept — the same W × share
    rf"(?:扣分|扣除|减分)?"
    # what is not done at all scores 0 (what the share gives at 0 % as well)
    rf"(?:{_SEP}+(?P<zero>[^\d%，,。；;]{{2,24}}?)(?:的|者)?{_SEP}?不得分)?{_SEP}*$")

#: a number written in words in the requirement ("完成率达到百分之九十", "达到九成", "完成五十个以上"): a threshold of its own,
#: not the task's 100 % (r60: "完成率达到百分之九十的得10分,未达到的按实际完成值占目标值的比重计算得分" read 90 % → 9)
_WORD_NUMBER_RE = re.compile(r"百分之(?!百)|[零一二三四五六七八九十两]成|[零一二三四五六七八九十两百千万]{1,6}"
                             r"(?:个|项|人|名|户|家|次|件|所|篇|场|万元|元|亩|吨|套|台|倍)(?:以上|及以上|以内)?")

#: a doing word denied in the requirement that gets full marks
_NEGATED_DOING_RE = re.compile(r"(?:未|没有|没|不|无|非)(?:能)?(?:完成|达到|实施|做到|落实)|达不到|完不成|做不到|(?:完成|达到|做到|落实)不了")


#: words that name another base for the share: a target, a plan's number, a standard
_OTHER_BASE_RE = re.compile(r"目标值|指标值|计划数|标准值|任务数|目标数|基数")


def read_completion_share(norm: str, weight: Decimal | None) -> Rule | None:
    """``>=100%: W; *: prop`` for "完成…得满分(得W分),未完成的按比例计分", or ``None``."""
    m = _COMPLETION_SHARE_RE.match(norm.strip())
    if m is None or weight is None or _OTHER_BASE_RE.search(norm) or _NEGATED_DOING_RE.search(m["req"]) \
            or _WORD_NUMBER_RE.search(m["req"]):
        return None  # (full marks for a task NOT done — "没有完成任务的得10分,否则按比例计分" — is no share: session 36)
    if m["n"] is not None and dec(m["n"]) != weight:
        return None
    return parse_rule(">=100%: W; *: prop")


def completion_share_notes(rule: Rule, weight: Decimal | None) -> list[str]:
    """What :func:`read_completion_share` read."""
    return ["业绩值为任务完成比例（完成率）：全部完成即100%，得满分",
            "未全部完成：得分 = 分值 × 完成比例（“按比例”的基数按全部任务读）",
            "歧义：“按比例”的基数原文未写明，按完成比例（全部完成 = 100%）读；若另有基数，请改写计分规则"]


# ---- the share named in the text: done ÷ the task (r56) ------------------------------------------------------------

_TASK = r"(?:目标|任务|计划)"
_WORDS = r"[^，,。；;\d%<>≥≤=()/]"

#: the share said as "what was done ÷ the task" — the value is that share, so "达到目标/完成计划" is 100 % of it:
#: "按实际完成值占目标值的比重计算得分" (fresh46 BG7-2), "按实际培训人数占总任务数比重*25计分" (fresh30 AQ6-1),
#: "得分=(新引进项目个数/时序目标任务)×分值" (fresh9 V17-1), "按年度计划完成比例计分" (fresh40 BA1-1),
#: "按总任务量进行折算得分" (fresh42 BC6-2)
_NAMED_SHARE_RE = re.compile(
    rf"按照?(?P<a>{_WORDS}{{0,16}}?)占(?P<b>{_WORDS}{{0,12}}?{_TASK}{_WORDS}{{0,4}}?)(?:的)?(?:比重|之比|比例)"
    rf"(?:[*×](?P<n>{NUM})分?)?(?:计算)?(?:得分|计分|记分)"
    rf"|(?:评价)?得分=\(?(?P<fa>{_WORDS}{{1,16}})/(?P<fb>{_WORDS}{{0,12}}?{_TASK}{_WORDS}{{0,4}}?)\)?[×*](?:该项|本项|指标)?分值"
    rf"|按照?(?P<c>{_WORDS}{{0,8}}?{_TASK}{_WORDS}{{0,4}}?)完成(?:的)?比例(?:计算)?(?:得分|计分|记分)"
    rf"|按总{_TASK}量(?:进行)?折算(?:得分|计分|记分)"
    # "未完成按实际值/目标值比例计分" (fresh78 CL1-2, r73): the share written as a ratio "A/B"
    rf"|按照?(?P<ra>{_WORDS}{{1,16}}?)/(?P<rb>{_WORDS}{{0,12}}?{_TASK}{_WORDS}{{0,4}}?)(?:的)?比例(?:计算)?(?:得分|计分|记分)")

#: a share's base that is the task itself: words before it (年度, 总, 时序 …), the task word, then only what names its
#: number ("目标值", "总任务数", "目标任务量", "年度计划数") — not another thing named after it ("目标人群总数": the
#: people aimed at, not the task; r60), and nothing done in it ("实际完成目标任务数": the share turned round)
_TASK_BASE_RE = re.compile(rf"^(?!.*(?:实际|完成|已))[^占]{{0,10}}?{_TASK}(?:任务|计划)?(?:总?(?:值|数|量|额|数量|人数|户数|个数))?$")
#: a share of what is NOT done ("未完成数", "差额", "未培训人数", "年度计划未完成比例"): the score is no W × the done share
_NOT_DONE_RE = re.compile(r"未|没|不|差|缺|欠|剩余|尚")


def share_terms_why(text: str) -> str | None:
    """Why a share named "A占B的比重" / "得分=(A/B)×分值" / "按…计划…完成比例" is no share of the task done (the
    numerator holds the task or what is not done, or the base is no task), else ``None`` (r60: "按目标任务数占实际完成
    任务数的比重", "按未完成数占目标任务数的比重", "按年度计划未完成比例计分" were read as W × the share done).

    >>> share_terms_why("未完成的按实际完成数占目标任务数的比重计算得分") is None
    True
    >>> share_terms_why("未完成的按目标任务数占实际完成任务数的比重计算得分")
    '“按比例”写的是“目标任务数”占“实际完成任务数”：不是实际完成占目标（任务、计划）的比例，未作推测'
    >>> share_terms_why("按年度计划未完成比例计分")
    '“按比例”写的是未完成的比例（“年度计划未完成”），不是完成比例，未作推测'
    """
    if not isinstance(text, str):
        return None
    plain = _normalise_chars(text)
    for m in _ANY_SHARE_RE.finditer(plain):
        a = re.split(r"按照?|根据|依据|以", m["a"])[-1]
        turned = _NOT_DONE_RE.search(a) or re.search(_TASK, a)
        if turned or (re.search(_TASK, m["base"]) and not _TASK_BASE_RE.match(m["base"])):
            return f"“按比例”写的是“{a}”占“{m['base']}”：不是实际完成占目标（任务、计划）的比例，未作推测"
        if (why := _another_task(plain[: m.start("base")], m["base"])) is not None:
            return why
        # (a base that is no task at all — "占职工总数的比重": foreign_share_base says so)
    for m in re.finditer(rf"按照?(?P<c>{_WORDS}{{0,12}}?)完成(?:的)?比例", plain):
        if _NOT_DONE_RE.search(m["c"]):
            return f"“按比例”写的是未完成的比例（“{m['c']}完成”），不是完成比例，未作推测"
        if re.search(_TASK, m["c"]) and (why := _another_task(plain[: m.start("c")], m["c"])) is not None:
            return why
    for m in re.finditer(rf"得分=\(?(?P<a>{_WORDS}{{1,16}})/(?P<b>{_WORDS}{{1,16}}?)\)?[×*]"
                         rf"|按照?(?P<ra>{_WORDS}{{1,16}}?)/(?P<rb>{_WORDS}{{1,16}}?)(?:的)?比例", plain):
        if m["ra"] is not None:  # "按实际值/目标值比例计分" (r73): the same checks as the formula's A/B
            a, b = m["ra"], m["rb"]
            if _NOT_DONE_RE.search(a) or re.search(_TASK, a) or (re.search(_TASK, b) and not _TASK_BASE_RE.match(b)):
                return f"“按比例”写的是“{a}”÷“{b}”：不是实际完成÷目标（任务、计划），未作推测"
            if re.search(_TASK, b) and (why := _another_task(plain[: m.start()], b)) is not None:
                return why
            continue
        if _NOT_DONE_RE.search(m["a"]) or re.search(_TASK, m["a"]) or (
                re.search(_TASK, m["b"]) and not _TASK_BASE_RE.match(m["b"])):
            return f"公式写的是“{m['a']}”÷“{m['b']}”：不是实际完成÷目标（任务、计划），未作推测"
        if re.search(_TASK, m["b"]) and (why := _another_task(plain[: m.start()], m["b"])) is not None:
            return why
    return None


#: words that name any year's or the whole task (not WHICH task): 总任务数, 年度计划, 全年目标
_ANY_TASK_WORDS_RE = re.compile(r"总|年度|全年|当年|本年|今年|的|应")


def _another_task(before: str, base: str) -> str | None:
    """The refusal when the share's base names its task by words the text before it does not use ("完成省定任务得满分,
    未完成的按实际完成数占市定目标的比重": 100 % of 市定目标 is not the 省定任务 met; "按上年度计划完成比例": last
    year's plan), else ``None`` (r60)."""
    head = _ANY_TASK_WORDS_RE.sub("", re.split(_TASK, base, maxsplit=1)[0])
    if head and head not in before:
        return f"“按比例”的基数“{base}”与满分的要求不是同一个目标（任务、计划）：达到要求时的比例未必是100%，未作推测"
    return None

#: what the share replaces in the normalised text: the phrase (→ 〔PROP〕), a formula sentence restating it (dropped)
_FORMULA_SENTENCE_RE = re.compile(rf"[。；;]?(?:评价)?得分=\(?{_WORDS}{{1,16}}/{_WORDS}{{1,16}}\)?[×*](?:该项|本项|指标)?分值[。；;]?$")

#: what may open the text before the requirement: the 分值 restated, the year it starts ("分值为20分,", "2018年起,")
_OPENING_RE = re.compile(rf"^(?:(?:本项)?(?:分值|满分)为(?P<w>{NUM})分|(?:19|20)\d\d年(?:起|以来))[,，。]")

#: the requirement met (a doing word, no number: the task is the share's base), scoring the 分值, then short of it
_NAMED_REST_RE = re.compile(
    rf"^(?P<req>[^\d%<>≥≤=扣加减]{{0,80}}?(?:完成|达到|实施|做到|落实)[^\d%<>≥≤=，,。；;]{{0,40}}?)(?:的|者)?{_SEP}?"
    rf"得(?:满分|基本分|(?P<n>{NUM})分){_SEP}+"
    rf"(?:否则|{_SHORT})[^\d%，,。；;分]{{0,12}}?(?:的|者)?{_SEP}?"
    rf"{re.escape(PROP_TOKEN)}{_SEP}*$")


def read_named_share(text: str, norm: str, weight: Decimal | None) -> Rule | None:
    """``>=100%: W; *: prop`` when the text names the share as done ÷ the task, or ``None``.

    The full-marks clause may name the target or plan here (unlike :func:`read_completion_share`): the text says the
    value is the share of it, so meeting it is 100 % and the rest is W × the share.

    >>> from jixiao.rules.chinese.normalise import _normalise
    >>> def rd(t, w):
    ...     r = read_named_share(t, _normalise(t)[0], Decimal(w))
    ...     return None if r is None else str(r)
    >>> rd("完成或超额完成目标值得基本分;没有完成的,按实际完成值占目标值的比重计算得分,最低为零分。", 15)
    '>=100%: W; *: prop'
    >>> rd("实际培训人数达到年度培训目标的得25分;未达到的,按实际培训人数占总任务数比重*25计分。", 25)
    '>=100%: W; *: prop'
    >>> rd("达到目标任务要求得20分,未完成目标任务的按总任务量进行折算得分。", 20)
    '>=100%: W; *: prop'

    Not when the ×N is not the 分值, when the share has no task as its base, or when anything else scores:

    >>> rd("实际培训人数达到年度培训目标的得25分;未达到的,按实际培训人数占总任务数比重*20计分。", 25) is None
    True
    >>> rd("达到目标值得满分,未达到的按比例计分。", 10) is None
    True
    >>> rd("完成目标值得满分;没有完成的,按实际完成值占目标值的比重计算得分;超额完成的加1分。", 10) is None
    True
    >>> rd("完成目标任务的得满分,未完成的不得分,按实际完成数占目标任务数的比重计算得分", 10) is None  # two outcomes
    True
    >>> rd("超额完成目标任务的得满分,未完成的按实际完成数占目标任务数的比重计算得分", 10) is None  # 100 % not said
    True
    >>> rd("未达到目标任务要求得20分,未完成目标任务的按总任务量进行折算得分。", 20) is None  # full marks when NOT met
    True
    """
    if weight is None or not isinstance(text, str):
        return None
    m = _NAMED_SHARE_RE.search(_normalise_chars(text))
    if m is None or (m["n"] is not None and dec(m["n"]) != weight) or share_terms_why(text) is not None:
        return None  # (a share turned round, of what is not done, or of no task: refused by the reader — r60)
    rest = _NAMED_SHARE_RE.sub(PROP_TOKEN, _FORMULA_SENTENCE_RE.sub("", norm.strip()))
    if (om := _OPENING_RE.match(rest)) is not None:
        if om["w"] is not None and dec(om["w"]) != weight:
            return None
        rest = rest[om.end():]
    r = _NAMED_REST_RE.match(rest)
    if r is None or (r["n"] is not None and dec(r["n"]) != weight) or rest.count(PROP_TOKEN) != 1:
        return None
    if _WORD_NUMBER_RE.search(r["req"]):
        return None  # a threshold in words ("完成率达到百分之九十的得10分"): not the share's 100 % (r60)
    if _NEGATED_DOING_RE.search(r["req"]):
        return None  # full marks for NOT doing it ("未达到目标任务要求得20分"): not the share's 100 % (session 36, r42 BC6-2)
    if "超额" in r["req"] and not re.search(r"完成或超额|或超额完成", r["req"]):
        return None  # full marks only past the target ("超额完成…得满分"): 100 % itself is not said
    return parse_rule(">=100%: W; *: prop")


def named_share_notes(rule: Rule, weight: Decimal | None) -> list[str]:
    """What :func:`read_named_share` read."""
    return ["业绩值为完成比例（原文写明：实际完成 ÷ 目标（任务、计划））：达到目标即100%，得满分",
            "未达到：得分 = 分值 × 完成比例；“基本分”按分值读（原文没有加分）"]


#: a share said as "A占B的比重" whatever B is (:func:`foreign_share_base`)
_ANY_SHARE_RE = re.compile(rf"(?P<a>{_WORDS}{{0,16}})占(?P<base>{_WORDS}{{1,12}}?)(?:的)?(?:比重|之比|比例)")


def foreign_share_base(text: str) -> str | None:
    """The refusal when the text names its share's base and the base is no task, target or plan, else ``None``.

    "完成目标的得10分,未完成的按实际人数占职工总数的比重计算得分": meeting the target need not be 100 % of 职工总数, so
    ``>=100%: W; *: prop`` (:func:`read_completion_share`) would score a share the text does not compare with.

    >>> foreign_share_base("完成目标的得10分,未完成的按实际人数占职工总数的比重计算得分")
    '“按比例”的基数是“职工总数”，不是目标（任务、计划）：达到要求时的比例未必是100%，未作推测'
    >>> foreign_share_base("完成目标的得10分,未完成的按实际完成数占目标数的比重计算得分") is None
    True
    """
    if not isinstance(text, str):
        return None
    m = _ANY_SHARE_RE.search(_normalise_chars(text))
    if m is None or re.search(_TASK, m["base"]):
        return None
    return f"“按比例”的基数是“{m['base']}”，不是目标（任务、计划）：达到要求时的比例未必是100%，未作推测"


#: the share named as a clause that scores ("按实际完成值占目标值的比重计算得分", "得分=(A/B)×分值")
_SHARE_CLAUSE_RE = re.compile(
    rf"(?:根据|依据|按照?)[^，,。；;\d%<>≥≤]{{0,30}}?占[^，,。；;\d%<>≥≤]{{0,20}}?的?(?:比重|之比|比例)"
    rf"(?:[*×]{NUM}分?)?(?:计算)?(?:得分|计分|记分)|得分=\(?{_WORDS}{{1,16}}/{_WORDS}{{1,16}}\)?[×*]")
#: a printed rate other than 100 % — the point where full marks start
_RATE_RE = re.compile(rf"(?P<v>{NUM})\s*%")
#: a printed amount to reach (a count, money, area): "完成50个以上得满分"
_AMOUNT_RE = re.compile(rf"{NUM}\s*(?:个|项|人|名|户|家|次|件|所|篇|场|万元|亿元|元|亩|公顷|公里|千米|吨|套|台)")
#: a bare number to reach: "完成率达到0.9的得10分"
_BARE_TARGET_RE = re.compile(rf"(?:达到|不低于|不少于|超过|高于|达|≥)\s*(?P<v>{NUM})(?![\d.%％]|\s*分)")


def named_share_beside_threshold(text: str) -> str | None:
    """The refusal when a share named as done ÷ the task scores below a printed rate other than 100 %, else ``None``.

    "完成率达到90%的得10分,未达到的按实际完成值占目标值的比重计算得分" (r60, the lead's question from r56): the share named is
    the 完成率 itself (实际 ÷ 目标), so below 90 % the text says W × 完成率 (85 % → 8.5) — while "达到90%得满分, 未达到按
    比例" is read elsewhere as W × 完成率 ÷ 90 % (85 % → 9.44, AG2-1's "按目标完成比例"). Which the text means is not
    settled (W × 完成率 jumps from 8.99 to 10 at 90 %): refused.

    >>> named_share_beside_threshold("完成率达到90%的得10分,未达到的按实际完成值占目标值的比重计算得分")
    '达到90%得满分，未达到时按所写比重计分：得分是 分值×比重（实际÷目标）还是 分值×完成率÷90%，原文未写明，未作推测'
    >>> named_share_beside_threshold("完成率达到100%的得10分,未达到的按实际完成值占目标值的比重计算得分") is None
    True
    >>> named_share_beside_threshold("完成率达到90%的得10分,未达到的按比例计分") is None  # no share named: W × v ÷ 90 %
    True
    """
    if not isinstance(text, str):
        return None
    plain = _normalise_chars(text)
    if _SHARE_CLAUSE_RE.search(plain) is None:
        return None
    rates = [dec(m["v"]) for m in _RATE_RE.finditer(plain)]
    if rates and any(v != 100 for v in rates):
        rate = next(v for v in rates if v != 100)
        return (f"达到{rate}%得满分，未达到时按所写比重计分：得分是 分值×比重（实际÷目标）还是 分值×完成率÷{rate}%，"
                "原文未写明，未作推测")
    if (am := _AMOUNT_RE.search(plain) or _BARE_TARGET_RE.search(plain)) is not None:
        # "完成50个以上得满分,未完成的按实际完成数占目标数的比重": is the 目标数 the 50? ("达到0.9": a rate as a number)
        what = am.groupdict().get("v") or am.group(0)
        return (f"达到{what}得满分，未达到时按所写比重计分：得分是 分值×比重（实际÷目标）还是 分值×业绩值÷"
                f"{what}（目标是否就是{what}），原文未写明，未作推测")
    return None
