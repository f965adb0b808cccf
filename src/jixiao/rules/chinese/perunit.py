"""Recogniser: points for every time (item) done, up to the 分值 — "每宣传一次得0.5分,最高得1分",
"每召开一次加0.3分,最高2分", "有会议记录得2分/次,无会议记录不得分", "…给予加分,每项任务加3分".

The value is the number of times done (x); the score is min(W, N × x). With n the smallest whole number of
times that reaches the 分值 (n = ⌈W ÷ N⌉) this is ``>=n: W; <n: n·N - N per 1`` (below n the line runs
through 0 at x = 0, so n·N is no printed start but N × x written from the threshold). The words around
the award may only describe what is done (no other number, score, deduction or comparison); a zero for
nothing done ("无会议记录不得分") agrees with it. A written cap must be the 分值.
:func:`peritem.read_per_item` reads the wordings it knows first; this one takes any verb after 每
(宣传、召开、开展 …) and non-whole W ÷ N.

>>> from decimal import Decimal
>>> str(read_per_unit_award("电视、报刊和网站每宣传1次得0.5分,最高得1分。", Decimal(1)))  # fresh18 AE3-4
'>=2: W; <2: W - 0.5 per 1'
>>> str(read_per_unit_award("并做好记录。(每召开1次加0.3分,最高2分", Decimal(2)))  # fresh18 AE7-2: ⌈2 ÷ 0.3⌉ = 7
'>=7: W; <7: 2.1 - 0.3 per 1'
>>> str(read_per_unit_award("有会议记录得2分/次,无会议记录不得分。", Decimal(12)))  # fresh16 AC6-4
'>=6: W; <6: W - 2 per 1'
>>> str(read_per_unit_award("每开展一类活动并有详细活动记录,得20分,最多得100分", Decimal(100)))  # fresh18 AE11-7
'>=5: W; <5: W - 20 per 1'
>>> str(read_per_unit_award("接受委托补充耕地的单位,每完成1000亩,加0.1分,以3分为限。", Decimal(3)))  # fresh8 U11-2
'>=30000: W; <30000: W - 0.1 per 1000 ceil'
>>> str(read_per_unit_award("板报内容定期更新,1年不少于4次,每出1期得0.5分。", Decimal(2)))  # fresh13 Z2-2
'>=4: W; <4: W - 0.5 per 1'
>>> read_per_unit_award("每宣传1次得0.5分,最高得3分。", Decimal(1)) is None  # a cap other than the 分值
True
>>> read_per_unit_award("每少1次扣0.5分", Decimal(2)) is None  # a deduction, not an award
True
>>> read_per_unit_award("有计划和总结每项得1.5分", Decimal(3)) is None  # two listed items worth 1.5 each
True
>>> read_per_unit_award("①有计划;②有总结;③有台账。每项得1分", Decimal(3)) is None  # a checklist
True
>>> read_per_unit_award("每做到1项得0.6分。", Decimal(2)) is None  # items of a list not making up the 分值
True
"""

from __future__ import annotations

import re
from decimal import ROUND_CEILING, Decimal

from jixiao.rules.chinese._base import NUM, Reading, _dec
from jixiao.rules.chinese.checklist import read_each_listed
from jixiao.rules.chinese.lexicon import AWARD, AWARD_EACH, BONUS_VERBS, COUNT
from jixiao.rules.grammar import parse_rule
from jixiao.rules.model import Rule, fmt_decimal

#: what is counted: every count word of the lexicon but those of people (not 人次: "每有1人次参加得1分" is refused,
#: test_i11e R8-1; nor 人 / 名 / 位)
_MU = rf"(?<!人)(?!人|名|位){COUNT}"

#: quantities counted in steps of N (not money: a 万元 value is written bare in the tables)
_QTY = rf"(?:亩|公顷|吨|公斤|千克|平方米|立方米|公里|千米|{COUNT})"

#: "每宣传一次得0.5分" / "每项任务加3分" / "得2分/次", then an optional cap "最高得1分" / "最多2分"
_AWARD_RE = re.compile(
    rf"(?:每(?P<verb>[\u4e00-\u9fff]{{0,4}}?)(?:1|一)?(?P<mu>{_MU})(?P<obj>[\u4e00-\u9fff]{{0,12}}?)(?:的)?[,，]?"
    # (the verb may be left out: "每次报送信息1分,合计5分" — r6)
    rf"可?(?P<v>{AWARD_EACH})?(?P<p>{NUM})分"
    rf"|(?<![\d.])(?P<v2>{AWARD_EACH})(?P<p2>{NUM})分/(?P<mu2>{_MU})"
    # "每完成1000亩,加0.1分" (fresh8 U11-2): per N of a quantity (whole steps; no money: 万元 values are written bare)
    rf"|每(?:完成|新增|增加|实现)?(?P<qn>{NUM})(?P<qu>{_QTY})[,，]?(?P<v3>{AWARD_EACH})(?P<p3>{NUM})分)"
    rf"(?:[,，;；]?(?:(?:最高|最多|上限)可?{AWARD_EACH}?(?:不超过)?(?P<cap>{NUM})分(?:为止|封顶|为限)?"
    rf"|以(?P<cap2>{NUM})分为限"
    # "每建立一种渠道加20分,直到满分100为止" (fresh20 AG16-1, r5)
    rf"|直到满分(?P<cap3>{NUM})分?为止"
    # "每次报送1分,合计6分" (fresh21 AH6-1, r6) / "1个部门0.5分,满分2分" (fresh14 AA12-1): the total is the cap
    rf"|(?:合计|共计|总计|共|满分)(?P<cap4>{NUM})分"
    # "有一篇加0.1分,但累计不超过2分" (fresh26 AM9-7, r12)
    rf"|(?:但)?(?:累计|合计|总计|共计)(?:最高|最多)?(?:不超过|不得超过)(?P<cap5>{NUM})分))?")

#: one unit named at the start of a clause with its points: "1个部门0.5分" = "每个部门0.5分" (fresh14 AA12-1, r6)
_ONE_UNIT_RE = re.compile(rf"(?:(?<=^)|(?<=[,，;；]))有?(?:1|一)(?P<mu>{_MU})(?P<obj>[^\d,，;；。未不没无缺少扣以及]{{1,8}}?)"
                          rf"(?={AWARD}?{NUM}分)")

#: a count of times making up the total: "基础数据半年报送1次共2次,动态数据每季度报送1次共4次" (fresh21 AH6-1)
_TIMES_IN_ALL_RE = re.compile(r"[^，,。；;()]*共(?P<k>\d{1,3})次[^，,。；;()]*")

#: periods in a year: "半年报送1次共2次" is 1 × 2 (a schedule must make up its own total)
_PER_YEAR = {"半年": 2, "季度": 4, "季": 4, "月": 12, "年": 1}


def _schedule_makes(t: re.Match[str]) -> bool:
    """True when the times per period in ``t`` ("动态数据每季度报送1次共4次") make up its total (1 × 4 = 4); a clause
    with no period or other numbers is no such schedule.

    >>> ok, bad = "动态数据每季度报送1次共4次", "动态数据每季度报送2次共4次"
    >>> _schedule_makes(_TIMES_IN_ALL_RE.search(ok)), _schedule_makes(_TIMES_IN_ALL_RE.search(bad))
    (True, False)
    """
    m = re.fullmatch(rf"[^\d]*?(?P<period>半年|季度|季|月|年)[^\d]*?(?P<n>{NUM})次共(?P<k>\d{{1,3}})次[^\d]*", t[0])
    return m is not None and _dec(m["n"]) * _PER_YEAR[m["period"]] == _dec(m["k"])


#: a count to reach that the award makes up exactly: "一年不少于4次,每出一期得0.5分" on a 2-point row (fresh13 Z2-2)
_TO_REACH_RE = re.compile(rf"(?:(?:1|一)年|全年|每年|年度)?(?:不少于|至少)(?P<k>\d{{1,3}}){COUNT}(?:以上)?")

#: repeated events (not items of a fixed list): min(W, N × x) even when N does not divide the 分值
_EVENTS = ("次", "场", "期", "篇")

#: the verb after 每 is a doing, never a shortfall (每少一次扣…), a failure or a period (每年 / 每季度)
_NOT_DOING_RE = re.compile(r"[少缺低降减差欠超扣漏未不无错违误]|^(?:年|月|季|周|天|日|半年|学期)")

#: items listed before the award: ①… / 1、… / (1)… / clauses split by ；
_LISTED_RE = re.compile(r"[①-⑩]|(?:^|[。；;，,])\s*(?:\d{1,2}[、.)](?!\d)|\(\d{1,2}\))|[；;]")

#: nothing done scores nothing: "无会议记录不得分" / "没有不得分" / "未开展的不得分"
_ZERO_RE = re.compile(r"[^，,。；;\d%]{0,20}?(?:无|没有|未)[^，,。；;\d%]{0,20}?(?:不得分|得0分|不计分|不给分)")

#: what may remain beside the award: words only (no number, score, deduction or comparison)
_SCORING_LEFT_RE = re.compile(r"\d|[得计记扣加减]分|分值|满分|权重|扣|%|以上|以下|以内|低于|高于|超过|不足|[≥≤<>]|"
                              r"比例|酌情|奖")


def read_per_unit_award(norm: str, weight: Decimal | None) -> Rule | None:
    """``>=n: W; <n: n·N - N per 1`` (min(W, N × times)) for an award per time done, or ``None``."""
    if weight is None or weight <= 0:
        return None
    norm = _ONE_UNIT_RE.sub(lambda u: f"每{u['mu']}{u['obj']}", norm)
    found = list(_AWARD_RE.finditer(norm))
    if len(found) != 1:
        return None
    m = found[0]
    if m["p"] is not None:
        if _NOT_DOING_RE.search(m["verb"]) or _NOT_DOING_RE.search(m["obj"]) or m["obj"].startswith("百分点") \
                or re.search(r"年|月|季|周|天|日", m["verb"] + m["mu"] + m["obj"][:1]):
            # "每完成1个百分点得0.5分" (a share, peritem.read_per_point) / "每个月报送1次" (a period)
            return None
    if _LISTED_RE.search(norm[: m.start()]) or m["p"] is not None and (
            not m["verb"] and not m["obj"] and m["mu"] not in _EVENTS):
        # "有计划和总结每项得1.5分" (fresh18 AE8-2) / "①有计划;②有总结;③有台账。每项得1分": the items are
        # listed — a checklist (read by the checklist readers), not a count; a bare "每项得N分" names nothing
        # done, so it is left to peritem.py and the checklist readers ("…的，每次加3分" names it before)
        return None
    each = _dec(m["p"] or m["p2"] or m["p3"])
    cap = m["cap"] or m["cap2"] or m["cap3"] or m["cap4"] or m["cap5"]
    if each <= 0 or (cap is not None and _dec(cap) != weight):
        return None
    if m["p"] is not None and m["v"] is None and (cap is None or re.search(r"按|递|依次", m["obj"] + norm[m.end():])):
        # without 得/计/加 only with its total: "每次报送信息1分,合计5分"; "每位次按0.25分递减" (fresh F3-1) is a rank
        return None
    rest = _ZERO_RE.sub("", norm[: m.start()] + "，" + norm[m.end():])
    if not re.search(r"[\u4e00-\u9fff]", norm[: m.start()]):
        # "每完成一项得2分,反之,不得分" (fresh26 AM9-3, r12): none done scores 0 — what the award gives already (only
        # when nothing comes before the award: "全部完成的每项得2分,否则不得分" is refused as before)
        rest = re.sub(r"^[,，;；。]*否则不得分", "", rest.lstrip("，"))
    rest = re.sub(r"(?:给予|予以)加分", "", rest)
    rest = _TO_REACH_RE.sub(lambda t: "" if _dec(t["k"]) * each == weight else t[0], rest)
    in_all = list(_TIMES_IN_ALL_RE.finditer(rest))
    if in_all and sum(_dec(t["k"]) for t in in_all) * each == weight and all(_schedule_makes(t) for t in in_all):
        rest = _TIMES_IN_ALL_RE.sub("", rest)  # the times to do, making up the 分值 at N each: what is counted
    if _SCORING_LEFT_RE.search(rest):
        return None
    n = (weight / each).to_integral_value(rounding=ROUND_CEILING)
    per = _dec(m["qn"]) if m["qn"] is not None else Decimal(1)
    if per <= 0:
        return None
    if n * each != weight and cap is None and (m["v"] or m["v2"] or m["v3"]) not in BONUS_VERBS \
            and (m["mu"] or m["mu2"]) not in _EVENTS:
        # "每做到一项得0.6分" on a 2-point row (test_i11e R8-1): items of a fixed list that do not make up the
        # 分值 — something else scores too; repeated events (次/场), a bonus (加) or a written cap say min(W, N × x)
        return None
    start = n * each
    top = "W" if start == weight else fmt_decimal(start)
    reach = fmt_decimal(n * per)
    steps = f"per {fmt_decimal(per)} ceil" if per != 1 else "per 1"  # whole steps of N done: the shortfall rounds up
    return parse_rule(f">={reach}: W; <{reach}: {top} - {fmt_decimal(each)} {steps}")


def per_unit_award_notes(rule: Rule, weight: Decimal | None) -> list[str]:
    """What :func:`read_per_unit_award` read, in words."""
    lin = rule.clauses[1].outcome
    step = fmt_decimal(lin.step.coef.value)  # type: ignore[union-attr]
    n = fmt_decimal(rule.clauses[0].condition.bound.value)  # type: ignore[union-attr]
    per = lin.unit.value  # type: ignore[union-attr]
    if per != 1:
        return [f"业绩值为完成的数量：每满{fmt_decimal(per)}得{step}分（只算整档），最高为分值（{n}及以上得满分）"]
    return [f"业绩值为完成的次数（项数）：每次得{step}分，得分 = {step} × 次数，最高为分值（{n}次及以上得满分）"]


#: "每个主题活动2分,其中A1分,B1分,11项活动共计22分" (fresh21 AH6-2, r6): N per unit, the N made up of parts, k units
#: making up the 分值
_PER_UNIT_IN_PARTS_RE = re.compile(
    rf"^每(?:1|一)?(?P<mu>{_MU})(?P<obj>[\u4e00-\u9fff]{{1,8}}?){AWARD}?(?P<p>{NUM})分[,，]其中"
    rf"(?P<parts>[^。；;\d]{{2,60}}?{NUM}分(?:[,，][^。；;\d]{{2,60}}?{NUM}分){{1,4}})[,，]"
    rf"(?:全年|共|合计)?(?P<k>\d{{1,3}}){_MU}[\u4e00-\u9fff]{{0,8}}?(?:共计|合计|总计|共)(?P<w>{NUM})分[。；;]?$")


def read_per_unit_in_parts(norm: str, weight: Decimal | None) -> Rule | None:
    """``>=k: W; <k: W - N per 1`` for N points per unit made up of parts (the parts add up to N) and k units making up the
    分值 (k × N = W), or ``None``. The value is the units done; a unit with only some parts done counts as the share of
    N those parts are worth (1 of 2 points: 0.5) — the line has no whole steps.

    >>> str(read_per_unit_in_parts("每个主题活动2分,其中组织、指导工作情况1分,资料报送1分,11项活动共计22分", Decimal(22)))
    '>=11: W; <11: W - 2 per 1'
    >>> read_per_unit_in_parts("每个主题活动2分,其中组织工作1分,资料报送0.5分,11项活动共计22分", Decimal(22)) is None  # 1.5 ≠ 2
    True
    >>> read_per_unit_in_parts("每个主题活动2分,其中组织工作1分,资料报送1分,10项活动共计22分", Decimal(22)) is None  # 20 ≠ 22
    True
    >>> read_per_unit_in_parts("每场培训3分,其中方案1分,签到1分,总结1分,2场培训共计6分", Decimal(6)) is None  # 1 ÷ 3 of a 场
    True
    """
    m = _PER_UNIT_IN_PARTS_RE.match(norm)
    if m is None or weight is None:
        return None
    each, k = _dec(m["p"]), int(m["k"])
    parts = [_dec(x) for x in re.findall(rf"({NUM})分", m["parts"])]
    if each <= 0 or sum(parts) != each or _dec(m["w"]) != weight or each * k != weight \
            or re.search(r"扣|每|不得分|得满分|以上|以下|低于|超过|%", m["parts"]):
        return None
    if any((x / each * 100) % 1 for x in parts):
        return None  # a part worth 1 of 3 points would be 0.333… of a unit: no value scores it exactly
    return parse_rule(f">={k}: W; <{k}: W - {fmt_decimal(each)} per 1")


def per_unit_in_parts_notes(norm: str, rule: Rule) -> list[str]:
    """What :func:`read_per_unit_in_parts` read in ``norm``, in words (the parts quoted: their points are used)."""
    m = _PER_UNIT_IN_PARTS_RE.match(norm)
    assert m is not None
    each = rule.clauses[1].outcome.step.coef.value  # type: ignore[union-attr]
    step = fmt_decimal(each)
    k = fmt_decimal(rule.clauses[0].condition.bound.value)  # type: ignore[union-attr]
    first = _dec(re.findall(rf"({NUM})分", m["parts"])[0])
    return [f"计分单位（每{m['mu']}{m['obj']}{step}分的组成，不另计分）：{m['parts']}",
            f"业绩值为完成的{m['obj']}数：每{m['mu']}{step}分，{k}{m['mu']}得满分；只完成其中一部分的，按该部分分数÷{step}"
            f"折算（如只得{fmt_decimal(first)}分的记{fmt_decimal(first / each)}{m['mu']}）"]


#: items joined by 和/及/、 then "每项得N分": "有计划和总结每项得1.5分" (fresh18 AE8-2, labelled a checklist)
_LISTED_EACH_RE = re.compile(rf"^(?P<list>[^，,。；;:：\d每()（）]{{2,80}}?)[,，]?每(?:项|条)各?[,，]?(?:得|计|记|给|赋)?(?P<p>{NUM})分[。；;]?$")


def read_listed_per_item(norm: str, weight: Decimal | None, notes: list[str]) -> Reading | None:
    """A checklist of N each for items joined by 和/及/、 before "每项得N分" — the same as "A、B各占N分"
    (:func:`checklist.read_each_listed`, which checks that the items make up the 分值); a leading 有 belongs to each
    item ("有计划和总结" → 有计划、有总结).

    >>> r = read_listed_per_item("有计划和总结每项得1.5分", Decimal(3), [])
    >>> r.kind, [(i.text, str(i.points)) for i in r.items]
    ('checklist', [('有计划', '1.5'), ('有总结', '1.5')])
    >>> read_listed_per_item("计划、总结每项1.5分", Decimal(5), []).kind  # 2 × 1.5 ≠ 5: refused
    'unreadable'
    >>> read_listed_per_item("有计划每项得1.5分", Decimal(3), []) is None  # nothing listed
    True
    """
    m = _LISTED_EACH_RE.match(norm)
    if m is None or not re.search(r"[和及、]", m["list"]):
        return None
    names = [x for x in re.split(r"[和及、]", m["list"]) if x]
    if len(names) < 2 or any(len(x) < 2 and not names[0].startswith("有") for x in names):
        return None
    if names[0].startswith("有"):
        names = [names[0]] + [x if x.startswith(("有", "无", "没")) else f"有{x}" for x in names[1:]]
    return read_each_listed(f"{'、'.join(names)}各占{m['p']}分", weight, notes)


#: "满分40分(5分/份×8)": the 分值 as so many points per copy times the copies due (fresh20 AG20-3, r5)
_PER_COPY_TOTAL_RE = re.compile(rf"满分(?P<w>{NUM})分\((?P<p>{NUM})分/(?P<mu>{_MU}|份)[×*](?P<k>\d{{1,3}})\)[。；;]?$")


def read_per_copy_total(norm: str, weight: Decimal | None) -> Rule | None:
    """``>=k: W; <k: W - N per 1`` for "满分W分(N分/份×k)" when N × k = W = the row's 分值; what comes before may only
    say what is counted (no score, deduction or comparison words), or ``None``.

    >>> str(read_per_copy_total("包括1、2、4、5、7、8、10、11月八个月,满分40分(5分/份×8)。", Decimal(40)))  # AG20-3
    '>=8: W; <8: W - 5 per 1'
    >>> read_per_copy_total("满分40分(5分/份×8)。", Decimal(30)) is None  # not the 分值
    True
    >>> read_per_copy_total("迟报扣2分,满分40分(5分/份×8)。", Decimal(40)) is None  # another score beside it
    True
    """
    m = _PER_COPY_TOTAL_RE.search(norm)
    if m is None or weight is None:
        return None
    each, k = _dec(m["p"]), int(m["k"])
    if each <= 0 or k < 1 or _dec(m["w"]) != weight or each * k != weight:
        return None
    if re.search(r"分|扣|得|%|[≥≤<>]|以上|以下|低于|超过|不足|每", norm[: m.start()]):
        return None
    return parse_rule(f">={k}: W; <{k}: W - {fmt_decimal(each)} per 1")


def per_copy_total_notes(rule: Rule, weight: Decimal | None) -> list[str]:
    """What :func:`read_per_copy_total` read, in words."""
    lin = rule.clauses[1].outcome
    n = fmt_decimal(rule.clauses[0].condition.bound.value)  # type: ignore[union-attr]
    return [f"业绩值为报送的份数（次数）：每份得{fmt_decimal(lin.step.coef.value)}分，{n}份得满分"]  # type: ignore[union-attr]
