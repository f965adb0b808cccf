"""Exclusive grades of one thing written like items (r37): "国家级3分,省级2分,市级1分" on a 3-point row.

Several worded lines each with its points, no line worth 0, one of them worth the whole 分值: adding them up is
impossible (one line alone fills the row), so they are a heading over its items, items under a cap, or one level
picked from several. They are read as levels — each named as printed, the first worth the 分值, the points never
rising, any other value a rule gap — only when the text itself says the lines are grades of ONE thing:

* tiers: each line names a tier (世界/全球/国际 > 全国/国家级/国内 > 全省/省级 > 全市/市级/地区 > 全县/县级/区级 > 乡镇 > 村级),
  the tiers falling with the points ("属世界罕见的遗迹(15分),属国内少有的遗迹(5分)");
* degrees: each line has a degree word (极/极其 > 很/十分 > 较/比较 > 一般), falling with the points
  ("具有极高的价值(10分);具有很高的价值(7分);具有较高的价值(3分)");
* lesser lines: the first names no shortfall, each later one does (仅有/基本/部分/未/但 …), and the later ones do not
  add up to the 分值 (:func:`levels._lesser_levels_above_zero`): "考核项目全面得满分；仅有技能操作考核得2分；…";
* ordinal grades: each line is only 一级/二级/三级 (一等、甲级 …), falling with the points ("一级6分;二级3分;三级1分");
* lettered options a./b./c. (A、B、C、), one per line, and the later lines do not add up to the 分值 (then the first is
  a heading over them).

Tiers, degrees and ordinals may be listed from the lowest ("县市级1分;省级3分;国家级5分", the last worth the 分值): the
words say the order either way (session 29, fresh54 BO3-2 after its blind first run).

Never levels: a number that tells the lines apart ("2项均满足" / "1项满足": a count, not a level), words that let the
lines co-exist (累计, 累加, 叠加, 分别, 同时, 最高 …, a cap), points that rise, two lines worth the 分值.

>>> from decimal import Decimal as D
>>> str(exclusive_grades([("国家级", D(3)), ("省级", D(2)), ("市级", D(1))], D(3), [])[0])
'"国家级": W; "省级": 2; "市级": 1'
>>> exclusive_grades([("资料齐全", D(5)), ("台账", D(2)), ("档案", D(3))], D(5), []) is None  # a heading over items
True
>>> exclusive_grades([("国家级", D(3)), ("省级", D(2)), ("市级", D(1))], D(3), ["可累加"]) is None  # they co-exist
True
>>> str(exclusive_grades([("县市级", D(1)), ("省级", D(3)), ("国家级", D(5))], D(5), [])[0])  # listed from the lowest
'"国家级": W; "省级": 3; "县市级": 1'
>>> str(exclusive_grades([("一级", D(6)), ("二级", D(3)), ("三级", D(1))], D(6), [])[0])  # ordinal grades
'"一级": W; "二级": 3; "三级": 1'
>>> exclusive_grades([("三级", D(1)), ("一级", D(3)), ("二级", D(2))], D(3), []) is None  # no order
True
"""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal

from jixiao.rules.chinese.levels import _lesser_levels_above_zero
from jixiao.rules.chinese.lexicon import TOGETHER
from jixiao.rules.grammar import parse_rule
from jixiao.rules.model import Rule, fmt_decimal, quoted

#: tier words, highest first; a line's tier is the highest it names ("世界少有或国内罕见" is of the world tier)
_TIERS: tuple[str, ...] = (
    r"世界|全球|国际",
    r"全国|国家级|国内|省部级|部级",
    r"全省|省级|省内|厅级",
    r"全市|市级|地市级|市内|地区|地级",
    r"全县|县级|县内|全区|区级|县区级",
    r"乡镇级|乡镇|乡级|镇级|街道",
    r"村级|社区级",
)

#: degree words before what they grade, strongest first ("极高" > "很高" > "较高"); 一般 alone is the lowest
_DEGREES: tuple[str, ...] = (
    r"极其|极为|极(?=[\u4e00-\u9fff])|非常|特别",
    r"很|十分|相当",
    r"较为|比较|较(?=[\u4e00-\u9fff])",
    r"一般",
)

_TOGETHER_RE = re.compile(TOGETHER)

#: a line that is a part or a lesser degree of the first: "仅有技能操作考核", "基本落实", "部分完成"
PARTIAL_RE = re.compile(r"仅|只|基本|部分|大部|较|比较|个别|少数|多数")

#: the letter of an option, noted as a description before its line: "a" / "B"
_LETTER_RE = re.compile(r"[a-hA-H]")


def _rank(words: tuple[str, ...]) -> Callable[[str], int | None]:
    """The rank of the highest word of ``words`` a name holds (0 = highest), ``None`` when it holds none."""
    pats = [re.compile(w) for w in words]
    return lambda name: next((i for i, p in enumerate(pats) if p.search(name)), None)


tier_rank = _rank(_TIERS)
degree_rank = _rank(_DEGREES)

#: an ordinal grade that is the whole name: "一级" / "二级" / "三级", "一等" …, "甲级" / "乙级" (fresh54 BO3-3)
_ORDINAL_RE = re.compile(r"([一二三四五六七八九十甲乙丙丁戊])(?:级|等|类|档|星)")
_ORDINALS = "一二三四五六七八九十"


def ordinal_rank(name: str) -> int | None:
    """The rank of a name that is only an ordinal grade (0 = 一级 / 甲级), else ``None``.

    >>> ordinal_rank("一级"), ordinal_rank("乙等"), ordinal_rank("三级指标"), ordinal_rank("二级以上")
    (0, 1, None, None)
    """
    m = _ORDINAL_RE.fullmatch(name)
    if m is None:
        return None
    c = m.group(1)
    return _ORDINALS.index(c) if c in _ORDINALS else "甲乙丙丁戊".index(c)


def _falls(names: list[str], rank: Callable[[str], int | None]) -> bool:
    """Every name has a rank, the ranks never rise along the levels (as the points fall) and the last is lower than
    the first.

    >>> _falls(["属世界罕见或极特殊的遗迹", "属世界少有或国内罕见的遗迹", "属国内少有的遗迹"], tier_rank)
    True
    >>> _falls(["国家级", "市级", "省级"], tier_rank)  # 省级 below 市级: no order
    False
    >>> _falls(["具有极高的价值", "具有很高的价值", "具有较高的价值"], degree_rank)
    True
    """
    ranks = [rank(n) for n in names]
    return None not in ranks and all(a <= b for a, b in zip(ranks, ranks[1:], strict=False)) \
        and ranks[0] < ranks[-1]  # type: ignore[operator]


def _lettered(notes: list[str], n: int) -> bool:
    """The notes are the letters a, b, c … of n options, in order (as the reader notes "a." before a line).

    >>> _lettered(["a", "b", "c"], 3), _lettered(["A", "B"], 3), _lettered(["a", "c"], 2)
    (True, False, False)
    """
    letters = [s for s in notes if _LETTER_RE.fullmatch(s)]
    return len(letters) == n and all(ord(b) - ord(a) == 1 for a, b in zip(letters, letters[1:], strict=False))


def graded_by_text(levels: list[tuple[str, Decimal]], weight: Decimal, notes: list[str],
                   rising: bool = False) -> str | None:
    """What in the text says the lines are grades of one thing (a Chinese phrase for the note), or ``None``.
    ``rising``: the text lists them from the lowest ("县市级1分;省级3分;国家级5分"); ``levels`` are given highest
    first, and only words of an order (tiers, degrees, ordinals) can say so."""
    names = [n for n, _ in levels]
    if _falls(names, tier_rank):
        return "各条是同一事项的不同级别（国家级、省级…）"
    if _falls(names, degree_rank):
        return "各条是同一事项的不同程度（极、很、较…）"
    if _falls(names, ordinal_rank):
        return "各条是同一事项的不同等级（一级、二级…）"
    if rising:  # listed from the lowest: only the words of an order say which way they run
        return None
    heading = sum((p for _, p in levels[1:]), Decimal(0)) == weight  # then the first may head the others
    if all(PARTIAL_RE.match(n) for n in names[1:]) and _lesser_levels_above_zero(levels, weight):
        return "第一条是满分要求，其后各条是做得不够的情形（仅有、部分、基本…）"
    if _lettered(notes, len(levels)) and not heading:
        return "各条是编号 a、b、c… 的选项"
    return None


def exclusive_grades(levels: list[tuple[str, Decimal]], weight: Decimal | None,
                     notes: list[str]) -> tuple[Rule, list[str]] | None:
    """Lines ``(name, points)``, none worth 0, read as one level picked from several (see the module); ``notes``: the
    descriptions the reader set aside in the same text ("附证书复印件", the letters "a" "b" …). The levels' rule and
    what the reader tells the user about them (one line per level, as listed); ``None`` when the text does not say the
    lines exclude each other.

    >>> from decimal import Decimal as D
    >>> str(exclusive_grades([("考核项目全面，认真规范", D(3)), ("仅有技能操作考核", D(2)), ("仅有理论考试", D(1)),
    ...                       ("仅有考勤记录", D(1))], D(3), [])[0])  # fresh15 AB7-1: 2 + 1 + 1 = 4, no heading
    '"考核项目全面,认真规范": W; "考核项目全面": W; "仅有技能操作考核": 2; "仅有理论考试": 1; "仅有考勤记录": 1'
    >>> exclusive_grades([("考核项目全面", D(3)), ("仅有技能操作考核", D(2)), ("仅有理论考试", D(1))], D(3), []) is None
    True
    >>> exclusive_grades([("2项培训均满足", D(3)), ("1项满足", D(1))], D(3), []) is None  # a count, not levels
    True
    """
    if weight is None or len(levels) < 2:
        return None
    listed = levels
    rising = levels[-1][1] == weight and levels[0][1] != weight
    if rising:  # "县市级1分;省级3分;国家级5分" (fresh54 BO3-2): the same levels listed from the lowest
        levels = levels[::-1]
    names = [n for n, _ in levels]
    pts = [p for _, p in levels]
    if pts[0] != weight or any(not 0 < p < weight for p in pts[1:]) or any(a < b for a, b in zip(pts, pts[1:],
                                                                                               strict=False)):
        return None
    if len(set(names)) != len(names) or any(re.search(r"\d", n) or _TOGETHER_RE.search(n) for n in names) \
            or any(_TOGETHER_RE.search(s) for s in notes):
        return None
    why = graded_by_text(levels, weight, notes, rising)
    if why is None:
        return None
    parts: list[str] = []
    for n, p in levels:
        amount = "W" if p == weight else fmt_decimal(p)
        parts.append(f"{quoted(n)}: {amount}")
        head = re.split(r"[，,]", n)[0]
        # the head of a described level is its short name ("考核项目全面，且认真规范" → "考核项目全面")
        if head != n and len(head) >= 2 and all(head != m and not m.startswith(head) for m in names if m != n):
            parts.append(f"{quoted(head)}: {amount}")
    told = [f"互斥的档（只取一档，不相加）：{why}；有一条就值满分，不能累加",
            *(f"业绩值为“{n}” → 得{fmt_decimal(p)}分" for n, p in listed),
            "业绩值须填上面的等级之一，填其他内容时报“规则有缺口”"]
    return parse_rule("; ".join(parts)), told


def one_scale(names: list[str]) -> bool:
    """True when the names are the words of one grade scale, falling: "较好 / 一般 / 较差", "优 / 良 / 中",
    "健全 / 基本健全 / 不健全" — grades of one thing, never items to add, even when their points add up to the 分值.

    >>> one_scale(["较好", "一般", "较差"]), one_scale(["健全", "基本健全", "不健全"]), one_scale(["合格", "规范"])
    (True, True, False)
    """
    scale = [_SCALE_RANK.get(n) for n in names]
    if None not in scale:
        return all(a < b for a, b in zip(scale, scale[1:], strict=False))  # type: ignore[operator]
    stem = names[0]
    heads = [n[: len(n) - len(stem)] if n.endswith(stem) else None for n in names]
    ranks = [_DEGREE_HEAD.get(h) if h is not None else None for h in heads]
    return len(stem) >= 1 and None not in ranks and all(a < b for a, b in zip(ranks, ranks[1:], strict=False))  # type: ignore[operator]


def grade_above(a: str, b: str) -> bool:
    """True when level ``a`` is plainly a higher grade than ``b``: two words of the generic scale ("优秀" / "良好"), or
    one stem with degree words before it ("健全" / "基本健全" / "不健全", "编报及时" / "编报不及时") — only a stem that is
    itself good (及时, 符合, 完成 …): "未发生事故" is no lower grade of "发生事故", nor "比较严重" of "严重".

    >>> grade_above("优秀", "合格"), grade_above("编报及时", "编报不及时"), grade_above("基本健全", "健全")
    (True, True, False)
    >>> grade_above("发生事故", "未发生事故"), grade_above("有制度", "无制度"), grade_above("严重", "比较严重")
    (False, False, False)
    """
    if a in _SCALE_RANK and b in _SCALE_RANK:
        return _SCALE_RANK[a] < _SCALE_RANK[b]
    # "A级 / B级", "一等 / 二等", "甲级 / 乙级" (r41: "A级得3分，B级得4分，C级得5分" read as written): the earlier
    # letter or ordinal is the higher grade
    la, lb = _GRADE_LETTER_RE.fullmatch(a), _GRADE_LETTER_RE.fullmatch(b)
    if la and lb and la["kind"] == lb["kind"]:
        return _GRADE_LETTER_RANK[la["g"]] < _GRADE_LETTER_RANK[lb["g"]]
    if (oa := ordinal_rank(a)) is not None and (ob := ordinal_rank(b)) is not None and a[1:] == b[1:]:
        return oa < ob
    ca, cb = _how_many_met(a), _how_many_met(b)
    if ca is not None and cb is not None:  # "两条指标均符合" above "满足一条" above "均不符合" (r40's open case, r41)
        return ca < cb
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    a1, b1 = a[i:], b[i:]
    j = 0
    while j < min(len(a1), len(b1)) and a1[len(a1) - 1 - j] == b1[len(b1) - 1 - j]:
        j += 1
    stem = a1[len(a1) - j:] if j else ""
    ra, rb = _DEGREE_HEAD.get(a1[: len(a1) - j]), _DEGREE_HEAD.get(b1[: len(b1) - j])
    return bool(stem) and ra is not None and rb is not None and ra < rb and stem in _GOOD_STEMS


#: stems naming a good state: their negation ("不及时", "未完成") is the lowest grade of them
_GOOD_STEMS = frozenset(("及时", "符合", "符合要求", "完成", "健全", "规范", "完整", "明确", "合理", "到位", "达标", "齐全",
                         "落实", "准确", "充分", "清晰", "有效", "满意", "达成", "明显", "显著", "实现", "达到"))

#: grades named by a letter with its 级/等/档/类 ("A级", "B等"); ordinals "一等"/"甲级" are :func:`ordinal_rank`'s
_GRADE_LETTER_RE = re.compile(r"(?P<g>[A-DＡ-Ｄ])(?P<kind>级|等|档|类)?")
_GRADE_LETTER_RANK = {**{c: i for i, c in enumerate("ABCD")}, **{c: i for i, c in enumerate("ＡＢＣＤ")}}

#: how many requirements a level says are met: all ("均符合", "全部满足", "都达到"), one ("满足一条", "符合1项"), none
_ALL_MET_RE = re.compile(r"(?:均|都|全部|全都)(?:符合|满足|达到|达标|具备)")
_NONE_MET_RE = re.compile(r"(?:均|都|全部|全都)(?:不|未)(?:符合|满足|达到|达标|具备)")
_ONE_MET_RE = re.compile(r"(?:符合|满足|达到|具备)(?:其中)?(?:一|1)(?:条|项|个)|(?:一|1)(?:条|项|个)(?:符合|满足|达到|达标)")


def _how_many_met(name: str) -> int | None:
    """0 when the level meets every requirement, 1 when one, 2 when none, else ``None``.

    >>> _how_many_met("两条指标均符合"), _how_many_met("满足一条"), _how_many_met("均不符合"), _how_many_met("有制度")
    (0, 1, 2, None)
    """
    if _NONE_MET_RE.search(name):
        return 2
    if _ALL_MET_RE.search(name):
        return 0
    return 1 if _ONE_MET_RE.search(name) else None


#: the words of the generic grade scale, by rank (优 > 良 > 中 > 差)
_SCALE_RANK: dict[str, int] = {
    **dict.fromkeys(("优秀", "优", "好", "很好", "非常好"), 0),
    **dict.fromkeys(("良好", "良", "较好", "比较好"), 1),
    **dict.fromkeys(("中", "中等", "一般", "合格", "及格"), 2),
    **dict.fromkeys(("较差",), 3),
    **dict.fromkeys(("差", "不合格", "不及格"), 4),
}

#: degree words before one stem ("健全 / 基本健全 / 部分健全 / 不健全"), by rank
_DEGREE_HEAD: dict[str, int] = {
    **dict.fromkeys(("", "全部", "完全", "全面"), 0),
    **dict.fromkeys(("较", "比较", "基本", "大部分"), 1),
    **dict.fromkeys(("部分",), 2),
    **dict.fromkeys(("不", "未", "没有", "无"), 3),
}
