"""Recognisers: qualitative levels (完成/部分完成/未完成; 好/较好/一般/差; 健全/基本健全/不健全;
充分:3分;一般:1.5分;没有:0分), conditional levels (无结余3分；有结余但不超过上年结转2分；…) and
cumulative items (制度健全得2分，执行有效得3分 → 2 + 3).

>>> from jixiao.rules.chinese import read_rule_text
>>> read_rule_text("全部完成得满分，部分完成得一半分，未完成不得分", 6).canonical
'"全部完成": W; "部分完成": 50%W; "未完成": 0'
>>> read_rule_text("充分:3分;一般:1.5分;没有:0分", 3).canonical
'"充分": 3; "一般": 1.5; "没有": 0'
>>> read_rule_text("两条指标均符合计2分;满足一条计1分;均不符合计0分", 2).canonical
'"两条指标均符合": 2; "满足一条": 1; "均不符合": 0'
>>> read_rule_text("严格按程序办理:4分;部分环节没有按程序办理:2分;不按程序办理:0分。", 4).canonical
'"严格按程序办理": 4; "部分环节没有按程序办理": 2; "不按程序办理": 0'
>>> read_rule_text("编报及时得5分,编报不及时得2分,未按规定编报不得分。", 5).canonical
'"编报及时": 5; "编报不及时": 2; "未按规定编报": 0'
>>> r = read_rule_text("制度健全得2分，执行有效得3分", 5)
>>> (r.kind, str(r.max_points))
('checklist', '5')
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

from jixiao.rules.chinese._base import (
    NUM,
    ChecklistItem,
    Reading,
    _amount_zh,
    _Clause,
    _outcome_points,
    _Unreadable,
    unreadable,
)
from jixiao.rules.chinese.lexicon import PERIODS, RANK_RE, SAID_CUMULATIVE_RE, TIERS_WHY, TOGETHER
from jixiao.rules.grammar import parse_rule
from jixiao.rules.model import (
    ZERO,
    Amount,
    Any_,
    Clause,
    Points,
    Rule,
    Text,
    fmt_decimal,
    quoted,
)

#: a level on a scale: 完成 / 部分完成 / 未完成, 达成 / 部分达成, 好 / 较好 / 一般 / 差, 健全 / 基本健全
_LEVEL_STEMS = (r"完成|达成|达到|实现|满足|达标|合格|及时|健全|齐全|规范|合理|到位|有效|明显|显著|符合|"
                r"充分|明确|相符|清晰|完整|准确|好|优|优秀|良|良好|中|中等|一般|差|较差|高|较高|低")


#: one level word (no anchors): the body of :data:`LEVEL_RE`, also used by normalise to part levels joined by "、"
LEVEL_WORD = (rf"(?:(?:全部|完全|全面|基本|部分|大部分|较|比较|很|非常|不|未|没有|无|已|按时|按期|如期)?(?:{_LEVEL_STEMS})"
              rf"|没有|无|(?:{_LEVEL_STEMS})程度(?:高|较高|一般|低))")


LEVEL_RE = re.compile(rf"^{LEVEL_WORD}$")


#: a level printed relative to another printed level: "一般以下" beside "一般" (fresh74 CI4-3; "一般一下", CI4-1, is
#: the same word as printed — "一下" only counts when the level it follows is printed too)
_BELOW_RE = re.compile(r"^(?P<base>.{1,6}?)(?:及以下|以下|一下)$")


def _below_level(name: str, names: list[str]) -> bool:
    """True when ``name`` is another printed level word of ``names`` with "以下" after it ("一般以下" beside "一般").

    >>> _below_level("一般以下", ["好", "一般", "一般以下"]), _below_level("一般以下", ["好", "一般以下"])
    (True, False)
    """
    m = _BELOW_RE.match(name)
    return m is not None and m["base"] in names and LEVEL_RE.match(m["base"]) is not None


#: a level printed relative to another printed level, with its inclusive forms: "一般以下", "一般一下", "一般及以下",
#: "一般(含)以下", "一般以下(含)", "一般或以下", "良好以上", "良好及以上" (r70)
_RELATIVE_RE = re.compile(r"^(?P<base>.{1,6}?)(?P<incl>及|或|\(含\))?(?P<side>以下|一下|以上)(?P<incl2>\(含\))?$")


def _compared(a: Amount) -> Decimal | None:
    """A level's points to compare with another level's: W (the 分值) is above every constant; other shares of W: None."""
    return a.coef.value if not a.of_weight else Decimal("Infinity") if a.coef.value == 1 and not a.coef.pct else None


def relative_levels(named: list[tuple[str, Any]]) -> None:
    """One policy for "X以下" and "X及以下" beside a printed level X (r70; r62 read the one, r65 refused the other).

    以上/以下 include X itself (README, 《民法典》第一千二百五十九条), so the value X may belong to two levels: its own
    and "X以下". The two readings — X in "X以下" too, a point two levels share going to the higher one (README's rule
    for numbers), or "X以下" only the levels below X — give the same score for every typed name exactly when the text
    settles it: X is printed as a level with its own points AND "X以下" scores no more than X ("X以上" no less): X then
    scores X's points either way ("好3分;一般2分;一般以下1分", fresh74 CI4-3). Otherwise they differ and the levels are
    refused, the reason naming both scores:

    * "X以下" scoring more than X ("一般2分;一般以下3分"): X is 2 (its own level) or 3 (the higher of the two);
    * "X及以下" / "X(含)以下" / "X以下(含)" / "X或以下" says in words that X is in it — as printed as X's own level, so
      X is two scores at once unless both levels score the same.

    >>> from jixiao.rules.chinese import read_rule_text
    >>> read_rule_text("好的得3分;一般的得2分;一般以下的得1分", 3).canonical
    '"好": 3; "一般": 2; "一般以下": 1'
    >>> read_rule_text("好的得3分;一般的得1分;一般以下的得2分", 3).rule is None
    True
    >>> print(read_rule_text("好的得3分;一般的得2分;一般及以下的得1分", 3).understood[0])
    未能读懂“一般及以下”：“一般及以下”写明包括“一般”，“一般”又另有一档，两档重叠：填“一般”按“一般”一档得2分，按“一般及以下”一档得1分，原文未写明取哪档，未作推测
    """
    pts = {n: c.outcome.amount for n, c in named}  # type: ignore[union-attr]
    for n, _ in named:
        m = _RELATIVE_RE.match(n)
        if m is None or m["base"] not in pts:
            continue
        base = m["base"]
        mine, theirs = _compared(pts[n]), _compared(pts[base])
        explicit = bool(m["incl"] or m["incl2"])
        if mine is not None and theirs is not None and (
                mine == theirs or not explicit and (mine < theirs if m["side"] != "以上" else mine > theirs)):
            continue
        both = (f"填“{base}”按“{base}”一档得{_amount_zh(pts[base])}，按“{n}”一档得{_amount_zh(pts[n])}，"
                "原文未写明取哪档，未作推测")
        if explicit:
            raise _Unreadable(n, f"“{n}”写明包括“{base}”，“{base}”又另有一档，两档重叠：{both}")
        raise _Unreadable(n, f"“{n}”按以上、以下含本数的约定也包括“{base}”，而它的得分不"
                             f"{'低于' if m['side'] != '以上' else '高于'}“{base}”一档：{both}")


#: grades given per period ("按月考核,优…", "每季度评定"): the year's score is no one level (r69)
_PERIOD_RE = re.compile(PERIODS)


def _overlapping_levels(named: list[tuple[str, _Clause]]) -> None:
    """Refuse levels that name another level inside them (r69, after r65's "一般及以下"): "一般及较差" / "一般或较差" beside
    "一般" (一般 in two levels), "较好以下" beside "一般" (below 较好 holds 一般), "一般以下" beside a lower "差".

    >>> from jixiao.rules.chinese import read_rule_text
    >>> read_rule_text("较好的得3分;一般的得2分;一般或较差的得1分", 3).rule is None
    True
    >>> read_rule_text("较好的得3分;一般的得2分;一般以下的得1分", 3).canonical
    '"较好": 3; "一般": 2; "一般以下": 1'
    """
    names = [n for n, _ in named]
    pts = {n: c.outcome.amount for n, c in named}  # type: ignore[union-attr]
    for n in names:
        parts = re.split(r"及|或|和|与|、|/", n)
        if len(parts) > 1 and (base := next((p for p in parts if p in names and p != n), None)) is not None:
            raise _Unreadable(n, f"“{n}”包括“{base}”，而“{base}”另有一档：两档重叠，得几分原文未写明，未作推测")
        m = re.fullmatch(r"(?P<base>.{1,6}?)(?P<side>以下|以上)", n)
        if m is None or m["base"] not in names:
            continue
        def value(a: Amount) -> Decimal | None:  # (W, the 分值, is above every constant level; other shares of W: skipped)
            return a.coef.value if not a.of_weight else Decimal("Infinity") if a.coef.value == 1 else None
        base_pts = value(pts[m["base"]])
        for other in names:
            o = value(pts[other])
            if other in (n, m["base"]) or base_pts is None or o is None:
                continue
            if (o < base_pts) if m["side"] == "以下" else (o > base_pts):
                raise _Unreadable(n, f"“{n}”包括“{other}”，而“{other}”另有一档：两档重叠，得几分原文未写明，未作推测")


#: descriptions that exclude each other (无结余 / 有结余但不超过上年结转 / 结余超过上年结转)
ALTERNATIVE_RE = re.compile(r"^(?:无|有|未|不|没有)|但|超过|低于|高于|不超过|不足|以上|以下")


#: levels that count the conditions met: "两条指标均符合 / 满足一条 / 均不符合" (S20-1)
_MET_COUNT_RE = re.compile(
    r"^(?:[两二三四五\d](?:条|项|个)(?:指标|条件|要求|内容)?)?(?:均|都|全部|全|各项均)不?(?:符合|满足|达到)$|"
    r"^(?:满足|符合|达到)(?:其中)?[一二两三四\d](?:条|项|个)$|^(?:[一二两三四\d](?:条|项|个))(?:符合|满足|达到)$")


#: degrees of one practice: "严格按程序办理 / 部分环节没有按程序办理 / 不按程序办理" (S14-8)
_DEGREE_RE = re.compile(r"^(?:严格|全部|完全|全面|基本|大部分|大部|部分|部分环节|个别|少数|多数)?(?:没有|未|不)?$")


def _subject_levels(named: list[tuple[str, _Clause]]) -> bool:
    """True when the scoring levels are one subject with level words after it — "编报及时 / 编报不及时"
    (G2 省级部门专项资金竞争性分配工作考核评分表) — and any level worth 0 is a short failing
    description ("未按规定编报"): levels to type, each as printed."""
    scoring = [n for n, c in named if c.outcome.amount.coef.value != 0]  # type: ignore[union-attr]
    zero = [n for n, c in named if c.outcome.amount.coef.value == 0]  # type: ignore[union-attr]
    if len(scoring) < 2:
        return False
    k = 0
    while all(len(n) > k + 1 and n[k] == scoring[0][k] for n in scoring):
        k += 1
    if not 2 <= k <= 8 or not all(LEVEL_RE.match(n[k:]) for n in scoring):
        return False
    return all(len(n) <= 16 and (re.match(r"^(?:未|不|没有|无)", n) or (n[:k] == scoring[0][:k]
                                                                         and LEVEL_RE.match(n[k:])))
               for n in zero)


def _degree_levels(names: list[str]) -> bool:
    """True when the names are one phrase (≥ 3 characters, shared ending) with different degree words
    before it ("严格" / "部分环节没有" / "不") — levels to type, each as printed."""
    core = names[0]
    for n in names[1:]:
        k = 0
        while k < min(len(core), len(n)) and core[-1 - k] == n[-1 - k]:
            k += 1
        core = core[len(core) - k:]
    if len(core) < 3 or not re.match(r"[\u4e00-\u9fff]", core):
        return False
    heads = [n[: len(n) - len(core)] for n in names]
    return len(set(heads)) == len(heads) and all(_DEGREE_RE.match(h) for h in heads)


def _verb_levels(named: list[tuple[str, _Clause]]) -> bool:
    """True when the levels are one verb with different objects, the first with its subject, the last the verb
    negated and worth 0, the points falling: "质量发展目标纳入地区国民经济和社会发展规划的得1分,纳入部门规划的得0.5分,
    未纳入规划的不得分" (fresh20 AG6-1, r9) — levels to type, each as printed.

    >>> from jixiao.rules.chinese import read_rule_text
    >>> read_rule_text("目标纳入地区发展规划的得1分,纳入部门规划的得0.5分,未纳入规划的不得分。", 1).canonical
    '"目标纳入地区发展规划": 1; "纳入地区发展规划": 1; "纳入部门规划": 0.5; "未纳入规划": 0'
    >>> read_rule_text("中长期目标与部门职能相匹配，得2分；匹配性不足，得1分；不匹配，得0分。", 2).canonical  # seed 003: no object
    '"中长期目标与部门职能相匹配": W; "匹配性不足": 1; "不匹配": 0'
    >>> read_rule_text("目标纳入地区发展规划的得1分,编入部门规划的得0.5分,未纳入规划的不得分。", 1).canonical  # two verbs
    '"目标纳入地区发展规划": W; "编入部门规划": 0.5; "未纳入规划": 0'
    """
    names = [n for n, _ in named]
    pts = [c.outcome.amount.coef.value if not c.outcome.amount.of_weight else None  # type: ignore[union-attr]
           for _, c in named]
    if len(names) < 3 or None in pts[1:] or any(re.search(r"\d", n) or len(n) > 40 for n in names):
        return False
    rest = [re.sub(r"^(?:未|不|没有)", "", n) for n in names[1:]]
    head = rest[0][:2]
    return (re.fullmatch(r"[\u4e00-\u9fff]{2}", head) is not None and all(r.startswith(head) for r in rest)
            and 0 < names[0].find(head) <= len(names[0]) - 4  # the verb and its object after the subject
            and re.match(r"未|不|没有", names[-1]) is not None and pts[-1] == 0
            and not any(re.match(r"未|不|没有", n) for n in names[:-1])
            and all(a > b for a, b in zip(pts[1:], pts[2:], strict=False)) and (pts[0] is None or pts[0] > pts[1]))


def _read_levels(clauses: list[_Clause], understood: list[str]) -> Rule | None:
    """Qualitative levels: every clause names a level, the value is that level's word.

    "全部完成得满分，部分完成得一半分，未完成不得分" → ``"全部完成": W; "部分完成": 50%W; "未完成": 0``;
    "无结余3分；有结余但不超过上年结转2分；结余超过上年结转不得分" → one text clause per level.
    No catch-all unless the text says 否则: any other value is a gap, never a silent 0.
    The lone 符合 / 不符合 pair stays a pass/fail reading (``"符合": W; *: 0``).
    """
    named = [(c.cond[5:], c) for c in clauses
             if isinstance(c.cond, str) and c.cond.startswith("qual:") and isinstance(c.outcome, Points)]
    others = [c for c in clauses if not (isinstance(c.cond, str) and c.cond.startswith("qual:"))]
    if len(named) < 2 and not (len(named) == 1 and others):
        return None
    if any(not isinstance(c.outcome, Points) or c.cond != "else" for c in others):
        return None
    names = [n for n, _ in named]
    if not all(n and "；" not in n for n in names) or len(set(names)) != len(names):
        return None
    if {n.lstrip("不") for n in names} == {"符合"}:
        return None
    relative_levels(named)  # "一般以下" / "一般及以下" beside "一般" (r62, r65 → one policy, r70)
    _overlapping_levels(named)
    words = all(LEVEL_RE.match(n) or _below_level(n, names) for n in names)
    if not words and len(names) >= 2 and all(LEVEL_RE.match(n) for n in names[1:]):
        # "财务会计制度健全的得10分，基本健全的得6分": the first level carries the description
        stem = next((names[0][-k:] for k in (4, 3, 2, 1) if len(names[0]) > k
                     and LEVEL_RE.match(names[0][-k:])), None)
        if stem is not None and stem not in names[1:]:
            understood.append(f"“{names[0]}”按等级“{stem}”填写")
            named[0] = (stem, named[0][1])
            names[0] = stem
            words = True
    positive = [c for _, c in named if c.outcome.amount.coef.value != 0]  # type: ignore[union-attr]
    # short alternatives only: a long description per level is a judgement scale (003 匹配性)
    alternatives = (len(positive) >= 2 and all(ALTERNATIVE_RE.search(n) for n in names[1:])
                    and all(len(n) <= 12 for n in names))
    if words and len(positive) == 1 and not [c for _, c in named if c not in positive]:
        return None  # "完成得满分，否则不得分": the pass/fail reading ("符合": W; *: 0)
    counted = len(names) >= 2 and all(_MET_COUNT_RE.match(n) for n in names)
    degrees = len(names) >= 2 and _degree_levels(names)
    if not (words or alternatives or counted or degrees or _subject_levels(named) or _verb_levels(named)):
        return None
    if (period := next((m for n, _ in named if (m := _PERIOD_RE.search(n))), None)) is not None:
        # "按月考核,优10分;良6分;差0分" (r69: read "按月考核,优": W): grades given per period — added up, or averaged?
        # (once the text is read as levels)
        raise _Unreadable(period.string, f"等级是“{period[0]}”评定的：全年得分是各期相加、平均还是取某一期，原文未写明，未作推测")
    parts = [Clause(Text(n), c.outcome) for n, c in named]
    for n, c in named:
        understood.append(f"业绩值为“{n}” → 得{_amount_zh(c.outcome.amount)}")  # type: ignore[union-attr]
    for c in others:
        parts.append(Clause(Any_(), c.outcome))
        understood.append(f"其他 → 得{_amount_zh(c.outcome.amount)}")  # type: ignore[union-attr]
    if not others:
        understood.append("业绩值须填上面的等级之一，填其他内容时报“规则有缺口”")
    return parse_rule(str(Rule(tuple(parts))))


#: a lesser degree of something named: "基本落实", "部分完成", "较规范" — a level, never an item of its own
_LESSER_DEGREE_RE = re.compile(r"^(?:基本|部分|大部分|大部|较为|较|比较)")


def _read_cumulative(pos: list[_Clause], zero: list[_Clause], weight: Decimal | None,
                     understood: list[str]) -> Reading | None:
    """Cumulative items: "制度健全得2分，执行有效得3分" is worth 2 + 3, each judged on its own."""
    if len(pos) < 2 or zero:
        return None
    names = [str(c.cond)[5:] for c in pos]
    if any(not n or LEVEL_RE.match(n) or ALTERNATIVE_RE.search(n) or _LESSER_DEGREE_RE.match(n) for n in names):
        return None  # ("落实的得1分,基本落实的得0.5分" on a 1.5-point row was read as items 1 + 0.5 — found in r16)
    said_cumulative = any(SAID_CUMULATIVE_RE.search(u) for u in understood)
    if not said_cumulative and any(RANK_RE.search(n) for n in names):
        # ranks or tiers of one award "一等奖6分,二等奖4分" / "省级6分,市级4分" were read as items (r86's report to r84)
        # — unless the text says they add up ("…,可累加"); refused, never handed on as levels of any 分值
        return unreadable(understood, [c.src for c in pos], TIERS_WHY)
    if len({re.sub(r"\d", "", n) for n in names}) != len(names):
        # the same words with two counts are bands of a count or ways to pick from, never items to add
        # ("每周巡查2次,得3分;每周巡查1次,得2分" on a 5-point row was read as items 3 + 2 — found in r16)
        return None
    items = []
    for n, c in zip(names, pos, strict=True):
        pts = _outcome_points(c.outcome, weight)
        if pts is None:
            return None
        items.append(ChecklistItem(n, pts))
    total = sum((i.points for i in items), ZERO)
    if weight is not None and any(i.points >= weight for i in items):
        # one "item" worth the whole row beside others: a heading with its 分值 or alternatives
        return unreadable(understood, [c.src for c in pos], "其中一条就值满分，不能与其他条相加（疑为标题或互斥的档）")
    if weight is not None and total > weight:
        # "…得5分;…得5分;…得5分;…得5分" on a 10-point row (found by the composed-variants test, i11e):
        # items worth more than the row together — a misprint or alternatives; not guessed
        return unreadable(understood, [c.src for c in pos],
                          f"各条相加 {fmt_decimal(total)} 分，超过分值 {fmt_decimal(weight)}")
    if weight is not None and total < weight:
        # "制度健全得2分，执行有效得3分" in a 6-point row: added up both score 5, as alternatives
        # (2 or 3) both score 3 — which is meant is not written; not guessed. (Above the 分值 the
        # two readings agree once the score is capped at the 分值.)
        return unreadable(understood, [c.src for c in pos], f"各条相加 {fmt_decimal(total)} 分，与分值 "
                          f"{fmt_decimal(weight)} 不符，不能确定是累加项还是互斥的档")
    understood.append("各条分别计分、得分相加（累加项）")
    for i in items:
        understood.append(i.note())
    understood.append(f"合计最高 {fmt_decimal(total)} 分")
    return Reading(None, "checklist", understood, [], items, total)




#: a word making a level lesser than the one worth the 分值: "尚未建立…" / "…纵向不到底" / "基本…" / "但…" (r11)
_LESSER_WORD_RE = re.compile(r"未|不|没|无|基本|部分|较|但|仅")


def _lesser_levels_above_zero(levels: list[tuple[str, Decimal]], weight: Decimal | None) -> bool:
    """Levels from the 分值 down that stop above 0 ("…建立健全专家决策咨询制度。(1分)…尚未建立专家决策咨询制度。(0.5分)",
    fresh22 AI3-1, r11): the first names no shortfall and every later one does, and the later ones do not add up to
    the 分值 (then the first is a heading over items, not a level). Anything else typed is a rule gap, never 0.

    >>> _lesser_levels_above_zero([("建立制度", Decimal(1)), ("尚未建立制度", Decimal("0.5"))], Decimal(1))
    True
    >>> _lesser_levels_above_zero([("档案管理", Decimal(2)), ("有专人管理", Decimal(1))], Decimal(2))  # no shortfall
    False
    >>> _lesser_levels_above_zero([("组织领导", Decimal(1)), ("未设机构", Decimal("0.5")), ("不健全", Decimal("0.5"))],
    ...                           Decimal(1))  # 0.5 + 0.5 = the 分值: a heading and its items?
    False
    """
    first, *rest = levels
    return (not _LESSER_WORD_RE.search(first[0]) and all(_LESSER_WORD_RE.search(n) for n, _ in rest)
            and sum((p for _, p in rest), Decimal(0)) != weight)


#: one worded level with its fixed points in brackets: "项目目的明确,确定了…工作边界(1分)" (fresh4 P4)
_BRACKET_LEVEL_RE = re.compile(r"(?P<name>[^;；。()（）]{2,80}?)\s*[(（]\s*(?P<p>\d{1,3}(?:\.\d{1,2})?)\s*分\s*[)）]")


def read_bracket_levels(text: str, weight: Decimal | None) -> Rule | None:
    """Worded levels, one per "；"-separated clause, each with one fixed number of points in
    brackets, from the 分值 down to 0: "项目目的明确(1分);项目目的含糊(0.5分);未明确项目目的(0分)" →
    levels named as printed (i11e). Points that do not fall from the 分值 to 0 (items to add up:
    "目标明确(1分),目标细化(1.5分)") are not this shape (``None``). Levels written "…，得2分；…，得1分；
    …，得0分" stay a judgement scale as before (the seed 003 匹配性 rows are labelled so).

    >>> str(read_bracket_levels("项目目的明确(1分);项目目的含糊(0.5分);未明确项目目的(0分)。", Decimal(1)))
    '"项目目的明确": W; "项目目的含糊": 0.5; "未明确项目目的": 0'
    >>> read_bracket_levels("目标明确(1分),目标细化(1.5分),目标量化(1.5分)", Decimal(4)) is None
    True

    A number in a name is no band when every level prints the same numbers ("…达到年均20%以上累计进度目标"
    in each of four levels, fresh20 AG11-1, r9); numbers that differ between levels are bands (``None``):

    >>> str(read_bracket_levels("达标率100%,且未发生事件(8分);达标率100%,但发生事件(5分);达标率未达到100%(0分)", Decimal(8)))
    '"达标率100%,且未发生事件": W; "达标率100%,但发生事件": 5; "达标率未达到100%": 0'
    >>> read_bracket_levels("完成率95%以上(10分);完成率90%以上(6分);完成率90%以下(0分)", Decimal(10)) is None
    True
    """
    segs = [s.strip(" ，,") for s in re.split(r"[;；。]", text) if s.strip(" ，,")]
    if weight is None or len(segs) < 2:
        return None
    levels: list[tuple[str, Decimal]] = []
    for s in segs:
        m = _BRACKET_LEVEL_RE.fullmatch(s)
        if m is None:
            return None
        levels.append((m["name"].strip(" ，,").replace('"', ""), Decimal(m["p"])))
    return falling_levels(levels, weight)


def falling_levels(levels: list[tuple[str, Decimal]], weight: Decimal | None, graded: bool = False) -> Rule | None:
    """Worded levels ``(name, points)`` as one rule, each named as printed — when the points fall from the 分值 to 0
    (or stop above 0 at lesser levels, :func:`_lesser_levels_above_zero`, or at any level when ``graded`` — the table
    printed a grade 优/良/中 before each — or the names are a scale's words 优秀/良好/一般: one scale, never items), the
    names differ, and no number tells the
    levels apart (a number that does is a band; the levels that print numbers print the same ones); else ``None``.
    The one policy for levels whose points are printed apart from a verb: in brackets (:func:`read_bracket_levels`,
    inlinepoints.read_inline_levels) or bare after each, as a flattened table prints them (tablelevels.py, r31).

    >>> str(falling_levels([("依据充分", Decimal(3)), ("基本充分", Decimal(2))], Decimal(3)))
    '"依据充分": W; "基本充分": 2'
    >>> falling_levels([("有计划", Decimal(2)), ("有总结", Decimal(1))], Decimal(2)) is None  # no lesser word, no 0
    True
    >>> falling_levels([("占比70%以上", Decimal(8)), ("占比60%以上", Decimal(6))], Decimal(8)) is None  # bands
    True
    >>> falling_levels([("占比70%以上", Decimal(8)), ("其他", Decimal(0))], Decimal(8)) is None  # one threshold: a band
    True
    >>> str(falling_levels([("未发放", Decimal(8)), ("发放,占比未超过50%", Decimal(4)), ("发放,占比超过50%", Decimal(0))],
    ...                    Decimal(8)))  # the same number in each level that prints one: words tell them apart
    '"未发放": W; "发放,占比未超过50%": 4; "发放,占比超过50%": 0'
    """
    if weight is None or len(levels) < 2 or any(_PERIOD_RE.search(n) for n, _ in levels):
        return None  # (r69: "按月考核,优10分;良6分;差0分" — grades per period: added up, or averaged?)
    printed = [set(ns) for n, _ in levels if (ns := re.findall(NUM, n))]
    if len(printed) == 1 or any(ns != printed[0] for ns in printed[1:]):  # a number that tells the levels apart is a band
        return None
    pts = [p for _, p in levels]
    scale = graded or all(LEVEL_RE.match(n) for n, _ in levels)  # (优秀/良好/一般: one scale's words, never items)
    if pts[0] != weight or (pts[-1] != 0 and not scale and not _lesser_levels_above_zero(levels, weight)) \
            or any(a <= b for a, b in zip(pts, pts[1:], strict=False)) or len({n for n, _ in levels}) != len(levels):
        return None
    return parse_rule("; ".join(f'{quoted(n)}: {"W" if p == weight else fmt_decimal(p)}' for n, p in levels))


#: one described level: "有评价方案,且记录详实,得2分" / "建立机制但无文件得1分" / "均无,不得分" /
#: "未制定轮转计划或未严格落实的 ,不得分,专业基地限期整改" (a trailing remark without points)
#: the number of an option: "1、" / "1." (not a decimal point: "1.5") / "①"
_OPTION_NO = r"(?:\d{1,2}(?:、|\.(?!\d))|[①②③④⑤⑥⑦⑧⑨⑩])"

_DESCRIBED_LEVEL_RE = re.compile(
    rf"(?:{_OPTION_NO})?(?P<name>[^;；。\n]{{1,40}}?)\s*[,，]?\s*的?\s*[,，]?\s*(?:[:：]\s*(?:得)?(?P<pc>{NUM})分|得(?P<p>{NUM})分"
    # bare points after the words of a numbered option: "1、有独立办公用房15分" (fresh14 AA3)
    rf"|(?<=[\u4e00-\u9fff)])(?P<pb>{NUM})分|(?P<zero>不得分|得0分|不计分)"
    # full marks, the 分值: "考核项目全面，且认真规范，得满分" (fresh37 AX2-4, r37)
    r"|得(?P<full>满分)"
    # a share of the 分值: "单项达标得50%" (fresh82 CP2-4, r80; normalise writes 得50%权重分)
    rf"|得(?P<pw>{NUM})%(?:的)?权重分)"
    r"(?:\s*[,，]\s*(?P<tail>[^\d分;；。\n]{1,20}))?")

#: a level that is only its option's circled number: "①计满分，②计4分，③不得分" (fresh66 CA5-5, r51 — the options are
#: defined in another column): the circled number names the level (never its digit, nor the 得 before the points)
_BARE_OPTION_RE = re.compile(rf"(?P<no>[①②③④⑤⑥⑦⑧⑨⑩])(?:得(?P<p>{NUM})分|得(?P<full>满分)|不得分|得0分|不计分)")

#: the catch-all level: "其他,不得分" / "否则不得分"
_OTHER_LEVEL_RE = re.compile(r"^(?:其他|其它|其余|否则|其他情况)$")

#: descriptions of a level are prose, never a measure: no digits, comparisons or per-step words
_NOT_A_DESCRIPTION_RE = re.compile(r"[\d%％≥≤<>＜＞=]|每|扣|加分|以上|以下|以内|不低于|不高于|超过|低于")


#: where one described level ends (see read_described_levels)
#: (r80: also after a share of the 分值, "单项达标得50%权重分,双项不达标不得分" — fresh82 CP2-4)
_LEVEL_END_RE = re.compile(r"[;；。\n]|(?:(?<=\d分)|(?<=得满分)|(?<=不得分)|(?<=不计分)|(?<=%权重分))[,，]"
                           r"(?=[^;；。\n]{1,40}?(?:得\d|[:：]\d|不得分|不计分))")


def _level_segments(norm: str) -> tuple[list[str], int]:
    """The described levels of ``norm`` (split where one ends, :data:`_LEVEL_END_RE`) and how many of them are only a
    circled number and its points (:data:`_BARE_OPTION_RE`) — one split for :func:`read_described_levels` and
    :func:`options_by_number` (r52).

    >>> _level_segments("①得满分,②得4分,③有台账不得分")
    (['①得满分', '②得4分', '③有台账不得分'], 2)
    """
    segs = [s.strip(" ,，") for s in _LEVEL_END_RE.split(norm) if s.strip(" ,，")]
    return segs, sum(1 for s in segs if _BARE_OPTION_RE.fullmatch(s))


def read_described_levels(norm: str, weight: Decimal | None) -> Rule | None:
    """Worded levels with a short description each and fixed points falling from top to bottom —
    the shape of 住院医师规范化培训 基地评估 tables (fresh5 Q9 / Q17):
    "有评价方案，且记录详实，得2分；仅有评价记录或评价方案，得1分；均无，不得分" → levels named as
    printed (the value cell holds the level's text, e.g. from the template's drop-down). A person
    still decides which level applies; the tool gives its points. Only called where the reader would
    otherwise leave the whole row to a person (a judgement reading). Descriptions longer than 24
    characters stay a judgement scale (seed 003 中长期规划制定明确性); points that do not fall, a
    number or a step word in a description, or a second description after the points: ``None``.

    >>> str(read_described_levels("有评价方案,且记录详实,得2分；仅有评价记录或评价方案,得1分；均无,不得分", Decimal(2)))
    '"有评价方案,且记录详实": W; "仅有评价记录或评价方案": 1; "均无": 0'
    >>> str(read_described_levels("有,且严格落实,得2分;有,但未严格落实,得1分;其他,不得分。", Decimal(3)))
    '"有,且严格落实": 2; "有,但未严格落实": 1; *: 0'
    >>> read_described_levels("材料齐全,得1分;材料较齐全,得2分;无,不得分", Decimal(2)) is None  # points rise
    True
    >>> str(read_described_levels("1、开立独立银行账户5分;2、违规开立私人、其他账户不得分", Decimal(5)))
    '"开立独立银行账户": W; "违规开立私人、其他账户": 0'
    >>> read_described_levels("开立独立银行账户5分;违规开立私人、其他账户不得分", Decimal(5)) is None  # not numbered
    True
    >>> read_described_levels("①得满分,②得4分,③不得分", Decimal(5)) is None  # fresh66 CA5-5: see options_by_number
    True
    """
    # levels end at their points: "；" / "。" / a line break, or a comma right after the points
    # ("…得2分，仅有…得1分，均无不得分" written on one line)
    segs, bare = _level_segments(norm)
    if weight is None or len(segs) < 2 or re.search(TOGETHER, norm):
        return None  # ("获国家级奖励得3分,获省级奖励得2分,获市级奖励得1分,可累计": items that co-exist, r37)
    levels: list[tuple[str, Decimal]] = []
    restated: list[tuple[str, Decimal]] = []  # a level denied right after it (worth 0)
    catch_all: Decimal | None = None
    if bare:
        return None  # "①计满分，②计4分": an option named by its number only (read "1": W; "得": 4 before r51)
    for s in segs:
        m = _DESCRIBED_LEVEL_RE.fullmatch(s)
        if m is None:
            return None
        name = re.sub(r"(?:[\s,，]|的[\s,，]*$)+$", "", m["name"]).strip(" ,，")  # "…落实的 ，" → "…落实"
        if m["pb"] and not re.match(_OPTION_NO, s):
            return None  # bare points only after a numbered option's words ("目的明确(1分);…" stays as i11e left it)
        pts = ZERO if m["zero"] else weight if m["full"] else weight * Decimal(m["pw"]) / 100 if m["pw"] \
            else Decimal(m["p"] or m["pc"] or m["pb"])  # "全部验收:4分"
        if _OTHER_LEVEL_RE.match(name):
            if catch_all is not None or s is not segs[-1]:
                return None
            catch_all = pts
            continue
        name = re.sub(r"^(?:若|如果)", "", name)  # "若文件证明仅有兼职人员得1分" (fresh68 CC4-1, r53): "if" is no part of it
        if not name or len(name) > 24 or '"' in name or _NOT_A_DESCRIPTION_RE.search(name):
            return None
        if pts == 0 and levels and levels[-1][1] > 0 and _negates(name, levels[-1][0]):
            # "有文件证明…配备专职人员得2分,无文件证明…配备专职人员不得分;…仅有兼职人员得1分" (CC4-1, r53): the level
            # before, denied, worth 0 — a level to type, but no step in the fall of the points
            restated.append((name, pts))
            continue
        levels.append((name, pts))
    pts_seq = [p for _, p in levels] + ([catch_all] if catch_all is not None else [])
    positive = [p for p in pts_seq if p > 0]
    rising = (catch_all is None and len(positive) == len(pts_seq) and pts_seq[-1] == weight
              and all(a < b for a, b in zip(pts_seq, pts_seq[1:], strict=False)))
    # rising levels ending at the 分值 ("开展…评价工作的，得1分；已取得…认证的，得2分", fresh7 T4-4): the
    # points add up to more than the 分值, so they are alternatives — and read as levels they score
    # what a capped sum would for any one level; a heading worth the 分值 comes first, never last
    # numbered options, the first worth the 分值 and the rest 0: "(1)开立独立银行账户5分(2)违规开立私人、其他账户
    # 0分" (fresh14 AA3-3, r4) — the options to pick from, though only one earns points
    all_or_nothing = (catch_all is None and len(pts_seq) >= 2 and pts_seq[0] == weight
                      and all(p == 0 for p in pts_seq[1:]) and all(re.match(_OPTION_NO, s) for s in segs))
    if ((len(positive) < 2 and not all_or_nothing) or max(pts_seq) > weight or len({n for n, _ in levels}) != len(levels)
            or (not rising and any(a <= b and not (a == b == 0) for a, b in zip(pts_seq, pts_seq[1:], strict=False)))):
        return None
    if len({n for n, _ in levels + restated}) != len(levels) + len(restated):
        return None
    parts = [f'{quoted(n)}: {"W" if p == weight else fmt_decimal(p)}' for n, p in levels + restated]
    if catch_all is not None:
        parts.append(f"*: {fmt_decimal(catch_all)}")
    return parse_rule("; ".join(parts))


def _negates(name: str, level: str) -> bool:
    """Whether ``name`` is ``level`` denied: "无文件证明配备专职人员" of "有文件证明配备专职人员", "未建立制度" of
    "建立制度" (r53).

    >>> _negates("无文件证明配备人员", "有文件证明配备人员"), _negates("未建立制度", "建立制度"), _negates("无文件证明", "有文件证明配备人员")
    (True, True, False)
    """
    core = level[1:] if level.startswith("有") else level
    return name in {f"无{core}", f"没有{core}", f"未{level}", f"不{level}", f"没有{level}", f"无{level}"}


#: why a text of options named only by their circled numbers is refused (r51; r54: read when the points fall)
OPTIONS_BY_NUMBER_WHY = ("各档只写了圈号（①计满分，②计4分…），档的内容不在这一句里；圈号须从①起依次排列、"
                         "最高一档为满分且逐档递减至0分才按圈号读，此处不是，未作推测")


def options_by_number(norm: str) -> bool:
    """True when every level of ``norm`` is only a circled number and its points: "①得满分,②得4分,③不得分" (fresh66 CA5-5,
    the options are defined in another column; read by :func:`read_options_by_number`).

    >>> options_by_number("①得满分,②得4分,③不得分"), options_by_number("①有台账得满分,②得4分,③不得分")
    (True, False)
    """
    segs, bare = _level_segments(norm)
    return len(segs) >= 2 and bare == len(segs)


def read_options_by_number(norm: str, weight: Decimal | None) -> Rule | None:
    """Options named only by their circled numbers, each with its points (r54): the levels are named "①" "②" … as
    printed (the rule grammar keeps circled numbers; the cell holds the number of the option that applies, its words are
    in another column of the table). Only when the numbers run ①②③… in order and the points fall from the 分值 to 0
    (:func:`falling_levels`); else ``None`` (refused: :data:`OPTIONS_BY_NUMBER_WHY`).

    >>> str(read_options_by_number("①得满分,②得4分,③不得分", Decimal(5)))  # fresh66 CA5-5
    '"①": W; "②": 4; "③": 0'
    >>> read_options_by_number("①得满分,③得4分,②不得分", Decimal(5)) is None  # numbers out of order
    True
    >>> read_options_by_number("①得2分,②得4分,③不得分", Decimal(5)) is None  # points rise
    True
    """
    segs, bare = _level_segments(norm)
    if len(segs) < 2 or bare != len(segs):
        return None
    levels: list[tuple[str, Decimal]] = []
    for k, s in enumerate(segs):
        m = _BARE_OPTION_RE.fullmatch(s)
        if m is None or m["no"] != _CIRCLED_NOS[k]:
            return None
        levels.append((m["no"], weight if m["full"] and weight is not None else Decimal(m["p"] or 0)))
    return falling_levels(levels, weight)


#: what the reading of :func:`read_options_by_number` tells the user
OPTIONS_BY_NUMBER_NOTE = ("各档只写了圈号（①计满分，②计4分…）：各档的内容见表中该项的选项说明，业绩值填所符合选项的圈号"
                          "（如“②”），按该档计分")

#: the circled numbers in order (an option list runs ①②③…)
_CIRCLED_NOS = "①②③④⑤⑥⑦⑧⑨⑩"


def described_levels_notes(rule: Rule) -> list[str]:
    """What a reader of :func:`read_described_levels` tells the user, one line per level."""
    notes = ["各档为文字描述、得分固定：由评分人判断属于哪一档，业绩值填该档的原文文字"]
    for c in rule.clauses:
        what = f"业绩值为“{c.condition.text}”" if isinstance(c.condition, Text) else "其他"
        notes.append(f"{what} → 得{_amount_zh(c.outcome.amount)}")  # type: ignore[union-attr]
    if not any(isinstance(c.condition, Any_) for c in rule.clauses):
        notes.append("业绩值须填上面的档之一，填其他内容时报“规则有缺口”")
    return notes
