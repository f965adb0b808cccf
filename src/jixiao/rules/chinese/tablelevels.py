"""Recogniser: levels printed as a table flattened into text (r31, issue 11) — each level a description followed by its
bare points, with or without 分 and without a verb (得/计/扣), the levels parted by line breaks, stops, semicolons,
commas or spaces, as a page or a spreadsheet prints a two-column table of 评分标准 | 分值 as one cell:

* "未发放股东贷款 12(换行)发放股东贷款,且已向监管部门备案 6(换行)发放股东贷款,未向监管部门备案 0" (fresh46 BG8-1):
  worded levels, named as printed;
* "涉科贷款占比超过70%(含70%) 8(换行)涉科贷款占比60%(含60%)~70% 6(换行)…涉科贷款占比40%以下 0" (fresh46 BG8-3):
  numeric descriptions — each level is read as "涉科贷款占比超过70%(含70%)得8分" would be, through the whole reader's
  band reading (``read``), and accepted only as bands on one value;
* "该指标主要考核项目目标依据的充分性。依据充分 3 分,基本充分 2 分。" (fresh43 BD13-1): a heading sentence (no number, no
  scoring word) before the levels is a note;
* (r46) bare points after a level's stop ("…更新及时. 2(换行)介绍不完整的. 1(换行)无此项内容. 0", fresh50 BK1); bands
  under a heading line naming the measure ("上年度销售收入(万元)(换行)≥3000 2(换行)≥5000 3(换行)≥10000 5", fresh51 BL2 —
  a "(%)" heading makes the numbers percents), in any order, and worded levels printed from the lowest up ("一般 3(换行)
  较好 5"); bare points that add up to the 分值 and are no scale's levels are items (:func:`_items`, fresh52 BM7).

The worded levels follow :func:`levels.falling_levels` — the policy for levels whose points are printed apart from a verb
(in brackets, or bare here): from the 分值 down to 0, or to lesser levels above 0; no number telling levels apart.

What is refused, with the fragment (:class:`TableRefusal`), once the text is this shape (at least two points, nothing
after the last): a level whose points are missing (a description running over a level break, "配备1名以上综治社工(换行)有
办公场所 5"), an item number where a description should be, points above the 分值 (a year, an amount), levels whose
points do not fall, the top level not the 分值 (the rule-max-weight policy), numbers that tell levels apart but do
not read as bands. A number right before a unit or a count word ("2 元", "20 人", "2023 年"), or after a comparison or
a verb ("达到 90"), is no points; a text with "得/扣/计 N分" anywhere is not this shape (the other readers read it).

>>> from decimal import Decimal
>>> str(read_table_levels("未发放股东贷款 12\\n发放股东贷款,且已向监管部门备案 6\\n发放股东贷款,未向监管部门备案 0",
...                       Decimal(12), lambda t: None).rule)
'"未发放股东贷款": W; "发放股东贷款,且已向监管部门备案": 6; "发放股东贷款,未向监管部门备案": 0'
>>> read_table_levels("依据充分得3分,基本充分得2分", Decimal(3), lambda t: None) is None  # verbs: not this shape
True
>>> read_table_levels("配备专职人员2名\\n有办公场所 5\\n无 0", Decimal(5), lambda t: None).fragment  # points missing
'配备专职人员2名'
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from decimal import Decimal

from jixiao.rules.chinese._base import Reading, described
from jixiao.rules.chinese.levels import _LESSER_WORD_RE, LEVEL_RE, falling_levels
from jixiao.rules.chinese.lexicon import (
    AT_LEAST,
    AT_MOST,
    AWARD_EACH,
    BEYOND,
    COUNT,
    DEDUCT,
    ITEM_NO,
)
from jixiao.rules.chinese.normalise import to_simplified
from jixiao.rules.chinese.rewrites import graded_levels
from jixiao.rules.model import Rule, Text, fmt_decimal

_CJK = r"\u4e00-\u9fff"
_SPACE = " \t\u3000\u00a0"

#: a number that may be a level's points
_NUMBER_RE = re.compile(r"(?<![\d.])\d{1,4}(?:\.\d{1,2})?(?![\d.])")

#: how levels are parted, weakest first: spaces, a comma, a semicolon, the next option's number right after the points
#: ("…增值15分(2)近2年…"), a stop, a line break
_BREAKS = (f"[{_SPACE}]", "[,，]", "[;；]", r"[(（]\d{1,2}[)）]", r"[。]|(?<!\d)\.(?!\d)", "[\n\r]")

#: after a number: a unit or a count word makes it part of the description ("2 元", "20 人", "2023 年")
_UNIT_RE = re.compile(rf"(?:{COUNT}|[元万亿年月日天周岁米亩吨斤倍%％‰分秒]|公[里斤顷]|平方|立方|小时|个百分点|百分点)")

#: before a number: a verb or a comparison makes it the verb's (得/扣 N分: another shape) or the comparison's ("达到 90")
_BEFORE_RE = re.compile(rf"(?:{DEDUCT}|{AWARD_EACH}|[罚为共满各每占至到约近前第后及和或与、~\-—～－<>=＜＞＝:：]|"
                        rf"分值|总值|基本分|基础分|标准分|总分|满分|等于|{AT_LEAST}|{AT_MOST}|{BEYOND})$")

#: before a bare number printed apart by a space, what ends a level's words in a printed table (r46): a stop
#: ("…更新及时. 2", "…水质符合标准。 2") or a comparison with its number ("≥3000 2", "≥5% 3" — the table's two
#: columns 档位 | 分值)
_SPACED_AFTER_RE = re.compile(rf"(?:[{_CJK})）%％][。.]|[≥≤<>＜＞]\s*\d{{1,6}}(?:\.\d{{1,3}})?[%％]?)$")

#: the points of a level: "N分" with a verb before it anywhere in the text means another shape
_VERB_POINTS_RE = re.compile(rf"(?:{DEDUCT}|{AWARD_EACH}|[罚为]|满分)[{_SPACE}]*\d{{1,4}}(?:\.\d{{1,2}})?[{_SPACE}]*分|不得分|不计分")

#: a heading sentence before the levels may hold no number and no scoring word
_NOT_A_HEADING_RE = re.compile(r"\d|[得扣计记加减罚满]分|扣|每|否则|不得|以上|以下|超过|低于")

#: a list marker opening a description, left out of the level's name as for every printed name: "A." "(1)" "2、" "①"
_MARKER_RE = re.compile(rf"^(?:{ITEM_NO}|[A-Ea-e][.、．)）]|[(（][A-Ea-e][)）])[{_SPACE}]*")

#: a bare number opening a description, after the marker is gone: an item number or a level's lost points ("1 未发放…")
_OPENING_NUMBER_RE = re.compile(rf"^\d{{1,4}}(?:\.\d{{1,2}})?(?=[{_SPACE}]|$)")

#: a level that is only a comparison with its number, under a heading naming the measure: "≥3000", "≥5%" (r46)
_COMPARISON_ONLY_RE = re.compile(r"[≥≤<>＜＞]\s*\d{1,6}(?:\.\d{1,3})?[%％]?")

#: a heading's unit in brackets saying the numbers are percents: "上年度销售利润率(%)"
_PERCENT_HEADING_RE = re.compile(r"[(（]\s*[%％]\s*[)）]$")


#: a half-open band of a copied table, its upper edge first: "250>/≥230" (230 up to under 250), "100%/≥90%" (its ">"
#: lost in the copy, r90)
_HALF_OPEN_RE = re.compile(r"(\d{1,6}(?:\.\d{1,3})?)\s*([%％]?)\s*[>＞]?\s*/\s*≥\s*(\d{1,6}(?:\.\d{1,3})?)\s*([%％]?)")


def _half_open(band: str, above: str | None) -> str:
    """``band`` "A>/≥B" (B up to under A) as "≥B" when the level above it is "≥A" in the same unit — the levels are read
    from the top, so "≥B" under "≥A" is the half-open band [B, A) (r90, fresh88 CV4-1/CV4-2); ``band`` as printed
    otherwise (an upper edge that is not the level above's lower one: the copy lost something, refused by the caller).

    >>> _half_open("250>/≥230", "≥250"), _half_open("100%/≥90%", "≥100%"), _half_open("90%>/≥80%", "≥85%")
    ('≥230', '≥90%', '90%>/≥80%')
    """
    m = _HALF_OPEN_RE.fullmatch(band)
    top = re.fullmatch(r"≥\s*(\d{1,6}(?:\.\d{1,3})?)\s*([%％]?)", above or "")
    if m is None or top is None or Decimal(m[1]) != Decimal(top[1]) or bool(m[2]) != bool(top[2]) \
            or bool(m[2]) != bool(m[4]) or Decimal(m[3]) >= Decimal(m[1]):
        return band
    return f"≥{m[3]}{m[4]}"


def _in_heading_unit(band: str, heading: str) -> str:
    """``band`` ("≥15") with the unit its heading gives it: "≥15%" under "上年度销售利润率(%)"; as printed otherwise (the
    value is typed in the heading's unit: "≥3000" under "上年度销售收入(万元)").

    >>> _in_heading_unit("≥15", "说明（不参与计分）：上年度销售利润率(%)"), _in_heading_unit("≥3000", "…收入(万元)")
    ('≥15%', '≥3000')
    """
    if _PERCENT_HEADING_RE.search(heading) and not re.search(r"[%％]$", band):
        return band + "%"
    return band


NOTE = "原文为表格的各档：每档文字后的数为该档得分"
ITEMS_NOTE = "原文为表格的分项：每项文字后的数为该项得分，各项相加"
GRADED_NOTE = "原文为表格的各档：每档前的等级系数×分值为该档得分"


@dataclass(frozen=True)
class TableRefusal:
    """The text is a flattened table of levels, but one of them cannot be read as such: ``why`` (Chinese), ``fragment``
    the part of the text it is about."""

    why: str
    fragment: str


@dataclass
class TableLevels:
    """Levels read from a flattened table: ``rule`` (worded levels, or the bands ``reading`` gave), the notes."""

    rule: Rule | None  # (None for items adding up: ``reading`` is their checklist, r46)
    notes: list[str] = field(default_factory=list)
    reading: Reading | None = None  # the whole reader's reading of the bands, when the levels are numeric
    printed: bool = False  # printed as a table: every number bare, or one level a line (or graded)


@dataclass(frozen=True)
class _Points:
    start: int
    end: int
    value: Decimal
    after: str  # the break after the points ("" at the end of the text)
    bare: bool  # printed without 分
    glued: bool  # a bare number right after the words ("是4;否0")


def _points(text: str) -> list[_Points] | None:
    """The points ending each level, in order; ``None`` when a verb gives points anywhere (another shape)."""
    if _VERB_POINTS_RE.search(text):
        return None
    found = []
    for m in _NUMBER_RE.finditer(text):
        before = text[: m.start()]
        spaced = before.rstrip(_SPACE) != before
        tail = text[m.end():]
        fen = re.match(rf"[{_SPACE}]*分(?!钟|之|别|子|类|项|为|成|析|配|布|管|解|期|批|段|档|数|值)", tail)
        rest = tail[fen.end():] if fen else tail
        brk = re.match(rf"[{_SPACE}]*(?:$|[\n\r;；,，。]|\.(?!\d))|[{_SPACE}]+(?=[{_CJK}(（])", rest) \
            or (re.match(r"[(（]\d{1,2}[)）]", rest) if fen else None)
        glued = not fen and not spaced
        if brk is None or (glued and not rest[: brk.end()].strip(_SPACE) and rest[brk.end():]):
            continue  # glued to what follows; a bare number glued to its words only before a break
        if not fen and _UNIT_RE.match(rest.lstrip(_SPACE)):
            continue  # "2 元", "20 人": part of the description
        if not (spaced and not fen and _SPACED_AFTER_RE.search(before.rstrip(_SPACE))) and (
                _BEFORE_RE.search(before.rstrip(_SPACE)) or not re.search(rf"[{_CJK})）%％]$", before.rstrip(_SPACE))):
            continue  # "达到 90", "12 2": a comparison's number, or no description before it
        sep = rest[: brk.end()].strip(_SPACE)
        if not sep and spaced and re.search(r"[。.]$", before.rstrip(_SPACE)):
            sep = "。"  # "…标准。 2 交通便利…": the stop before the points ends the level (r46)
        found.append(_Points(m.start(), m.end() + (fen.end() if fen else 0), Decimal(m.group(0)), sep or (
            " " if rest[brk.end():] else ""), not fen, glued))
    return found


def _strength(sep: str) -> int:
    return next(i for i, b in enumerate(_BREAKS) if re.fullmatch(b, sep))


def read_table_levels(text: str, weight: Decimal | None,
                      read: Callable[[str], Reading | None]) -> TableLevels | TableRefusal | None:
    """The levels of a flattened table in ``text`` (see the module docstring): a :class:`TableLevels`, a
    :class:`TableRefusal` (the shape, but not readable), or ``None`` (not this shape). ``read`` reads a text through the
    whole reader — the levels' descriptions with "得N分" put after each, when they hold numbers (bands)."""
    if not isinstance(text, str) or weight is None:
        return None
    # read in 简体 (繁体 "計10分" is a verb's points, "比較" a lesser level); the reader quotes the names as printed
    text = to_simplified(text.strip())
    graded = graded_levels(text, weight)
    if graded is not None:  # "优( 1.0 )符合要求 良( 0.8 )一项弱 …": a grade and its factor of the 分值 before each level
        found = _levels(graded, weight, [GRADED_NOTE], read, graded=True)
        if isinstance(found, TableLevels):
            found.printed = True
        return found
    marks = _points(text)
    if marks is None or len(marks) < 2 or text[marks[-1].end:].strip(f"{_SPACE}。.；;，,"):
        return None  # (words after the last points: not a table of levels)
    weakest = min(_strength(p.after) for p in marks[:-1])
    table = all(p.bare for p in marks) or weakest == len(_BREAKS) - 1  # bare numbers, or a level a line
    levels = _descriptions(text, marks, weakest)
    if isinstance(levels, TableRefusal):
        return levels if table else None
    if any(p.glued for p in marks) and (marks[-1].value != 0 or not all(
            re.fullmatch(rf"[{_CJK}]{{1,20}}", d) for d, _ in levels[1])):
        # "是4;否0", "记录全3;记录不全1;无0": a number glued to the words is points only in a cell of nothing but short
        # level names each with one, down to a 0 level (rewrites.bare_numbers_as_points, lead s23: "有计划2;有总结1"
        # may be two things that both hold; "配备专职人员2" may be a count)
        return None
    # (items only when printed on one line: one a line is the print of levels — "完成全年任务. 2(换行)完成半年任务. 1" on a
    # 3-point row lost its top level, or are they items? refused, r46)
    found = _levels(levels[1], weight, levels[0], read, items=all(p.bare for p in marks) and weakest < len(_BREAKS) - 1)
    if isinstance(found, TableLevels):
        found.printed = table
    # (points with 分 on one line, "进点屠宰率3分,肉品质量2分": the other readers' refusal says more — items?)
    return found if table or isinstance(found, TableLevels) else None


def _descriptions(text: str, marks: list[_Points], weakest: int) -> tuple[list[str], list[tuple[str, Decimal]]] | TableRefusal:
    """The notes (a heading) and each level's description with its points, or why a level is not one."""
    parting = re.compile("|".join(_BREAKS[weakest:]))
    notes = [NOTE]
    levels: list[tuple[str, Decimal]] = []
    start = 0
    line_heading = ""  # a heading ended by a line break only (when each level is a line)
    raw = [_MARKER_RE.sub("", text[a.end if a else 0: p.start].strip(f"{_SPACE}\n\r,，;；。、"))
           for a, p in zip([None, *marks], marks, strict=False)]  # every level's words, before any heading is taken
    for i, p in enumerate(marks):
        desc = text[start: p.start].strip(f"{_SPACE}\n\r,，;；。、").rstrip(".")
        start = p.end
        if i == 0:  # a heading before the levels: ended by a colon or a break stronger than the levels' own — or, when
            # each level is a line, a first line of its own ("上年度销售收入(万元)(换行)≥3000 2(换行)…", r46)
            heads = [m for m in re.finditer("|".join([r"[:：]", *_BREAKS[min(weakest + 1, len(_BREAKS) - 1):]]), desc)]
            if heads and desc[: heads[-1].start()].strip() and not _NOT_A_HEADING_RE.search(desc[: heads[-1].start()]):
                notes.append(described(desc[: heads[-1].start()].strip()))
                if weakest == len(_BREAKS) - 1 and heads[-1][0] in "\n\r":  # (before r46: a colon only)
                    line_heading = desc[: heads[-1].start()].strip()
                desc = desc[heads[-1].end():].strip(f"{_SPACE}\n\r")
        desc = _MARKER_RE.sub("", desc)
        desc = _half_open(desc, levels[-1][0] if levels else None)
        brk = parting.search(desc)
        if _COMPARISON_ONLY_RE.fullmatch(desc) and len(notes) > 1:  # "≥3000" under its heading: a band (r46)
            desc = _in_heading_unit(desc, notes[-1])
        elif _COMPARISON_ONLY_RE.fullmatch(desc) and any(_HALF_OPEN_RE.fullmatch(d) for d in raw) and all(
                _COMPARISON_ONLY_RE.fullmatch(d) or _HALF_OPEN_RE.fullmatch(d) for d in raw):
            # no heading, but every level a comparison, chained by half-open bands ("≥250 100(换行)250>/≥230 80(换行)…
            # <210 0", r90): the table of one measure's bands, copied whole (bare "≥3000 2(换行)≥5000 3" with no heading
            # stays refused, r46: what is compared?)
            pass
        elif not re.search(f"[{_CJK}]", desc) or _OPENING_NUMBER_RE.match(desc):
            return TableRefusal("表格各档的文字前有编号或没有文字（疑为编号或丢了文字），未作推测",
                                desc or text[max(0, p.start - 10): p.end].strip())
        if brk is not None:  # one level's words run over a level break: the level before it lost its points
            return TableRefusal("表格中这一档没有写分数（或分数与文字连在一起），未作推测", desc[: brk.start()].strip())
        levels.append((desc, p.value))
    if line_heading and not all(_COMPARISON_ONLY_RE.fullmatch(d) or LEVEL_RE.match(d) for d, _ in levels):
        # a first line over prose levels may be a level that lost its points ("配备专职综治社工(换行)有办公场所 5(换行)无 0"):
        # a heading line only over bands or a scale's words (r46)
        return TableRefusal("表格中这一档没有写分数（或分数与文字连在一起），未作推测", line_heading)
    return notes, levels


def _items(levels: list[tuple[str, Decimal]], weight: Decimal, notes: list[str],
           read: Callable[[str], Reading | None]) -> TableLevels | None:
    """Bare points that are no levels but add up to the 分值, printed as a table of items (r46): "净道、污道严格分开。 2
    主要路面硬化。 1" on a 3-point row (fresh52 BM7-3) — each item read as "净道、污道严格分开(2分)" would be, through the
    whole reader's checklist reading (``read``); ``None`` when they are not such items: a 0 among them (a level, never
    an item), points not adding up to the 分值, the words of one scale (好/一般, or every later one a lesser degree of the
    first: "依据充分 2 基本充分 1" — levels that lost their top), or the checklist reader reads something else."""
    pts = [p for _, p in levels]
    names = [d for d, _ in levels]
    counted = [{m[2] for m in re.finditer(rf"(\d+(?:\.\d+)?)\s*({COUNT})", n)} for n in names]
    if any(a & b for i, a in enumerate(counted) for b in counted[i + 1:]):
        # "健全3项以上制度 2 健全2项制度 1" (r50: read as items 2 + 1 — 3 systems scored 3, not 2): a count of the same
        # thing in two names tells levels apart, never items
        return None
    if min(pts) <= 0 or sum(pts) != weight or all(LEVEL_RE.match(n) for n in names) \
            or (not _LESSER_WORD_RE.search(names[0]) and all(_LESSER_WORD_RE.search(n) for n in names[1:])):
        return None
    listed = read("；".join(f"{d}({fmt_decimal(p)}分)" for d, p in levels))
    if listed is None or listed.kind != "checklist" or listed.max_points != weight \
            or len(listed.items) != len(levels) \
            or not all(i.text in d and i.points == p and i.rule is None and not i.failing
                       for i, (d, p) in zip(listed.items, levels, strict=True)):
        return None
    # each item named as printed (the checklist reader may have kept a first clause as a note: "鸡舍建筑牢固,能够保温")
    listed.items = [replace(i, text=d) for i, (d, _) in zip(listed.items, levels, strict=True)]
    listed.understood = [*notes[1:], *(f"分项：{d} — {fmt_decimal(p)}分" for d, p in levels),
                         f"合计最高 {fmt_decimal(weight)} 分"]
    return TableLevels(None, [ITEMS_NOTE], listed)


def _levels(levels: list[tuple[str, Decimal]], weight: Decimal, notes: list[str],
            read: Callable[[str], Reading | None], graded: bool = False,
            items: bool = False) -> TableLevels | TableRefusal:
    """The levels as worded levels or as bands (see :func:`read_table_levels`) — or, when every number is bare
    (``items``), as items adding up to the 分值 (:func:`_items`)."""
    pts = [p for _, p in levels]
    shown = "；".join(f"{d} {fmt_decimal(p)}" for d, p in levels)
    if max(pts) > weight:
        top = next(d for d, p in levels if p > weight)
        return TableRefusal(f"表格中的数{fmt_decimal(max(pts))}大于分值{fmt_decimal(weight)}（疑为年份、数量或金额，"
                            "不是得分），未作推测", top)
    if any(re.search(r"\d", d) for d, _ in levels):  # (bands in any order: "≥3000 2(换行)≥5000 3(换行)≥10000 5", r46)
        banded = read("；".join(f"{d}得{fmt_decimal(p)}分" for d, p in levels))
        if banded is not None and banded.ok and banded.rule is not None \
                and not any(isinstance(c.condition, Text) for c in banded.rule.clauses) and banded.max_points == weight:
            return TableLevels(banded.rule, notes, banded)
    if pts[-1] == weight and all(a < b for a, b in zip(pts, pts[1:], strict=False)):
        levels, pts = levels[::-1], pts[::-1]  # printed from the lowest level up: "一般 3(换行)较好 5" (r46)
    if (pts[0] != weight or any(a <= b for a, b in zip(pts, pts[1:], strict=False))) and items:
        found = _items(levels, weight, notes, read)
        if found is not None:
            return found
    if pts[0] != weight:
        return TableRefusal(f"表格最高一档{fmt_decimal(pts[0])}分，不是分值{fmt_decimal(weight)}分，未作推测", shown)
    if any(a <= b for a, b in zip(pts, pts[1:], strict=False)):
        return TableRefusal("表格各档的分数不是自上而下递减（疑为分项或次数），未作推测", shown)
    worded = falling_levels(levels, weight, graded)
    if worded is None:
        return TableRefusal("表格各档文字中有区分各档的数值但未能读成分档，或各档不是同一尺度的等级（最低一档不是0分时，"
                            "其余各档须都是较低的程度），未作推测", shown)
    return TableLevels(worded, notes)
