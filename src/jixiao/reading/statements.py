"""What a sheet states about its table in the text around it: a total, a grade, a grade scheme.

Published 自评表 and 评分表 often print the total and the grade outside the table — in the header
block ("自评总分（分） | 97.6", "自评总分: 69"), or in a sentence above or below it ("综合得分为88.5分，
评价等级为良") — and some print the grade scheme they use ("90分（含）以上为优，80（含）-90分为良，
60（含）-80分为中，60分以下为差"). These are read here from the cells outside the table, so that
validate can compare them with the table; anything not read with certainty is left out (``None``):

- a total needs a total word (自评总分, 综合得分, 自评得分 …; not a bare "总分", which may be the full
  marks) right before the number, and a number that is not a band bound ("自评得分90分以上为优" is a
  scheme, not a total); a sentence about another year ("上年自评得分为85分") and two different
  totals on the sheet are no total;
- a grade needs a grade word and a grade label (优/良/中/差, 优秀/良好/合格/不合格, 好/较好/一般 …);
- a scheme needs at least two bands ("N分以上为优", "N-M分为良", "优：N分（含）以上", "低于N分为差")
  that no total can fall into twice; a text that states a scheme this cannot read (bands that
  overlap) — or two schemes — is noted as such (``scheme_unread``): no grade is checked then, by
  any scheme. Unmarked ranges ("80-90分为良") include their lower bound; their upper bound belongs
  to the band that starts there, or, where none does, to the range itself ("80-89分", "90-100分");
  "(含)" marks an included bound; "以上" includes its number and "以下" excludes it (the way
  财预〔2020〕10号 writes "60（含）-80分为中、60分以下为差").

>>> s = read_scheme("90分（含）以上为优，80（含）-90分为良，60（含）-80分为中，60分以下为差。", "A20")
>>> [s.grade(x) for x in (Decimal("95"), Decimal("90"), Decimal("89.99"), Decimal("60"), Decimal("59"))]
['优', '优', '良', '中', '差']
>>> read_total_text("经评价，综合得分为88.5分，评价等级为良。"), read_grade_text("综合得分为88.5分，评价等级为良。")
(Decimal('88.5'), '良')
>>> read_total_text("结合自评情况，说明项目自评总分"), read_total_text("自评得分90分以上为优") is None
(None, True)
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from jixiao.grading import Band, StatedScheme

__all__ = ["SheetStatements", "looks_like_scheme", "read_grade_text", "read_scheme", "read_statements",
           "read_total_text"]

_N = r"\d+(?:\.\d+)?"
#: grade labels, longest first (so 优秀 is not read as 优)
GRADE_WORDS = ("不合格", "不及格", "优秀", "良好", "中等", "合格", "及格", "较好", "较差", "一般",
               "优", "良", "中", "差", "好")
_L = "|".join(GRADE_WORDS)
_TOTAL_WORDS = ("自评综合得分", "绩效评价得分", "绩效自评得分", "自评总分", "自评得分", "综合得分", "评价得分",
                "评价总分", "综合评分", "最终得分", "总得分")
_TW = "|".join(_TOTAL_WORDS)
# a number after a total word that is a band bound, not a total ("自评得分90分以上为优")
_BOUND_AFTER = r"(?:\((?:不)?含\))?(?:以上|以下|及以上|及以下|或以上|至|到|-|~|—|–|之间)"
_TOTAL_SENTENCE_RE = re.compile(
    rf"(?:{_TW})(?:为|是|:|达到|共计|合计)?(?P<n>{_N})分(?!{_BOUND_AFTER})"
)
_TOTAL_CELL_RE = re.compile(rf"^(?:{_TW}|得分)(?:\(分\))?:(?P<n>{_N})分?$")
# a bare "总分" outside the table may be the full marks ("总分 | 100"): only the words above count
_TOTAL_LABELS = frozenset(_TOTAL_WORDS)
# a sentence about another year's or another body's score ("上年自评得分为85分") states no total of this table
_OTHER_TOTAL_RE = re.compile(r"上年|去年|上一年|上年度|同比|较上|比上|往年|\d{4}年(?:度)?(?:自评|综合|评价)?得分")
_GRADE_SENTENCE_RE = re.compile(
    rf"(?:评价等级|自评等级|绩效等级|评定等级|评价等次|绩效等次|等级|等次|评价结果|自评结果)"
    rf"(?:为|是|:|评定为|评为|确定为|定为)[“\"'「]?(?P<g>{_L})[”\"'」]?(?!\w*分)"
)
_GRADE_LABELS = frozenset({"等级", "评价等级", "自评等级", "绩效等级", "评定等级", "等次", "评价等次",
                           "绩效等次", "自评等次"})

# --- grade schemes ------------------------------------------------------------------------
_CLAUSE_SPLIT_RE = re.compile(r"[,;。、\n]")
_INC = r"(?P<{0}>\((?:不)?(?:含|包含|包括)(?:本数|{1})?分?\))"
_LABEL_END_RE = re.compile(rf"(?:为|评为|定为|属于|属|:)[“\"'「]?(?P<label>{_L})[”\"'」]?(?:等级|等次|级)?$")
_LABEL_START_RE = re.compile(rf"^[“\"'「]?(?P<label>{_L})[”\"'」]?(?:等级|等次|级)?[(:](?P<rest>.*?)\)?$")
_PREFIX_RE = re.compile(r"^.*?(?=[≥>≤<]|大于|高于|不低于|低于|小于|不足|不到|不满|\d)")
_RANGE_RE = re.compile(
    rf"^(?P<lo>{_N})分?(?:{_INC.format('lon', _N)})?(?:-|—|–|~|至|到)(?P<hi>{_N})分?"
    rf"(?:{_INC.format('hin', _N)})?(?:之间)?(?:的)?$"
)
_ABOVE_RE = re.compile(
    rf"^(?P<op>≥|>=|>|大于等于|大于|高于|不低于)?(?P<lo>{_N})分?(?:{_INC.format('n', _N)})?"
    rf"(?P<word>及以上|以上|或以上)?(?:{_INC.format('n2', _N)})?(?:的)?$"
)
_BELOW_RE = re.compile(
    rf"^(?P<op>≤|<=|<|低于|小于|不足|不到|不满)?(?P<hi>{_N})分?(?:{_INC.format('n', _N)})?"
    rf"(?P<word>及以下|以下)?(?:{_INC.format('n2', _N)})?(?:的)?$"
)


def _norm(text: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def read_total_text(text: Any) -> Decimal | None:
    """The total a text states ("综合得分为88.5分", "自评总分:69"), or ``None``.

    >>> read_total_text("自评总分(分):97.6"), read_total_text("总分100分，90分以上为优") is None
    (Decimal('97.6'), True)
    """
    if not isinstance(text, str):
        return None
    t = _norm(text)
    if _OTHER_TOTAL_RE.search(t):
        return None
    found = {Decimal(m.group("n")) for m in _TOTAL_SENTENCE_RE.finditer(t)}
    m = _TOTAL_CELL_RE.match(t)
    if m is not None:
        found.add(Decimal(m.group("n")))
    return found.pop() if len(found) == 1 else None


def read_grade_text(text: Any) -> str | None:
    """The grade a sentence states ("评价等级为良", "自评等级：优"), or ``None``.

    >>> read_grade_text("评价等级为“优”"), read_grade_text("评价等级分为优、良、中、差") is None
    ('优', True)
    """
    if not isinstance(text, str):
        return None
    found = {m.group("g") for m in _GRADE_SENTENCE_RE.finditer(_norm(text))}
    return found.pop() if len(found) == 1 else None


def _band(label: str, bound: str) -> Band | None:
    bound = _PREFIX_RE.sub("", bound, count=1)
    m = _RANGE_RE.match(bound)
    if m is not None:
        lon, hin = m.group("lon"), m.group("hin")
        if lon is not None:
            lo_incl = "不" not in lon
        else:  # unmarked: included, unless only the upper bound is marked ("80-90分(含)")
            lo_incl = hin is None or "不" in hin
        hi_incl = hin is not None and "不" not in hin  # unmarked upper bound: excluded
        return Band(label, Decimal(m.group("lo")), lo_incl, Decimal(m.group("hi")), hi_incl,
                    hin is not None)
    m = _ABOVE_RE.match(bound)
    if m is not None and (m.group("op") or m.group("word")):
        marks = (m.group("n") or "") + (m.group("n2") or "")
        excluded = m.group("op") in (">", "大于", "高于") or "不" in marks
        return Band(label, Decimal(m.group("lo")), not excluded, None, False, True)
    m = _BELOW_RE.match(bound)
    if m is not None and (m.group("op") or m.group("word")):
        op = m.group("op")
        marks = (m.group("n") or "") + (m.group("n2") or "")
        included = op in ("≤", "<=") or (m.group("word") is not None and "含" in marks and "不" not in marks)
        return Band(label, None, False, Decimal(m.group("hi")), included, True)
    return None


def looks_like_scheme(text: Any) -> bool:
    """Two or more clauses that give a grade a score ("…分为优", "良：80…"): the text states a scheme,
    whether or not :func:`read_scheme` can read it."""
    if not isinstance(text, str):
        return False
    clauses = [c for c in _CLAUSE_SPLIT_RE.split(_norm(text)) if re.search(r"\d", c)]
    return sum(bool(_LABEL_END_RE.search(c) or _LABEL_START_RE.match(c)) for c in clauses) >= 2


def read_scheme(text: Any, ref: str) -> StatedScheme | None:
    """A grade scheme stated in one text cell, or ``None`` (fewer than two bands, or bands
    that overlap, or one label twice)."""
    if not isinstance(text, str) or not any(w in text for w in ("优", "良", "中", "差", "合格", "好", "一般")):
        return None
    bands: list[Band] = []
    for clause in _CLAUSE_SPLIT_RE.split(_norm(text)):
        m = _LABEL_END_RE.search(clause)
        if m is not None:
            band = _band(m.group("label"), clause[:m.start()])
        else:
            m2 = _LABEL_START_RE.match(clause)
            band = _band(m2.group("label"), m2.group("rest")) if m2 is not None else None
        if band is not None:
            bands.append(band)
    if len(bands) < 2 or len({b.label for b in bands}) != len(bands):
        return None
    # an unmarked upper bound goes to the band that starts there ("80-90分为良", "90-100分为优");
    # where no band starts there it is the band's own printed top ("80-89分", "90-100分")
    starts = {b.lo for b in bands}
    bands = [b if b.hi is None or b.hi_marked else Band(b.label, b.lo, b.lo_incl, b.hi, b.hi not in starts)
             for b in bands]
    scheme = StatedScheme(tuple(bands), text.strip(), ref)
    return None if scheme.overlaps() else scheme


@dataclass(frozen=True)
class SheetStatements:
    """What the text outside a sheet's tables states; each value with its cell."""

    total: tuple[Decimal, str] | None = None
    grade: tuple[str, str] | None = None
    scheme: StatedScheme | None = None
    #: the cell of a scheme the sheet states but that is not read (bands overlap, two schemes …):
    #: the sheet has its own scheme, so no other may be assumed
    scheme_unread: str | None = None
    #: the cell of a note that a row's deductions beyond its 分值 come off the total ("以上项目分值扣完后,
    #: 不足部分在目标考核总分中扣除", 护林防火 BQ1): the 合计 may then be below the sum of the rows
    carried: str | None = None


#: "扣完后，不足部分在（目标考核）总分中扣除" / "超出部分从总得分中扣减"
_CARRIED_RE = re.compile(r"扣完.{0,6}(?:不足|超出|剩余|余下|多出)(?:的)?(?:部分|分数|分值)?.{0,10}"
                         r"(?:总分|总得分|考核分|综合得分)(?:中|里|内)?(?:扣除|扣减|扣)")


def carries_deductions(text: Any) -> bool:
    """A note that deductions beyond a row's 分值 come off the total.

    >>> carries_deductions("注:以上项目分值扣完后,不足部分在目标考核总分中扣除。")
    True
    >>> carries_deductions("扣完为止，不出现负分"), carries_deductions("每项扣完为止")
    (False, False)
    """
    return isinstance(text, str) and _CARRIED_RE.search(_norm(text)) is not None


def read_statements(cells: list[tuple[int, int, Any]], a1: Any) -> SheetStatements:
    """Read the cells outside the tables of one sheet: ``(row, column, value)``, in sheet order.

    A label cell ("自评总分（分）", "自评等级") takes the first non-empty cell to its right in the same
    row; any other text cell is read as a sentence.
    """
    totals: dict[Decimal, str] = {}
    grades: dict[str, str] = {}
    schemes: list[StatedScheme] = []
    unread: list[str] = []
    carried: str | None = None
    by_row: dict[int, list[tuple[int, Any]]] = {}
    for r, c, v in cells:
        by_row.setdefault(r, []).append((c, v))
    for r, row in by_row.items():
        row.sort(key=lambda cv: cv[0])
        for i, (c, v) in enumerate(row):
            if not isinstance(v, str):
                continue
            ref = a1(r, c)
            label = re.sub(r"\(分\)$", "", _norm(v).rstrip(":"))
            right = row[i + 1] if i + 1 < len(row) else None
            if label in _TOTAL_LABELS and right is not None:
                n = _number(right[1])
                if n is not None:
                    totals.setdefault(n, a1(r, right[0]))
                continue
            if label in _GRADE_LABELS and right is not None:
                word = _norm(str(right[1])).strip("“”\"'")
                if word in GRADE_WORDS:
                    grades.setdefault(word, a1(r, right[0]))
                continue
            if carried is None and carries_deductions(v):
                carried = ref
            scheme = read_scheme(v, ref)
            if scheme is not None:
                schemes.append(scheme)
                continue
            if looks_like_scheme(v):
                unread.append(ref)
                continue
            n = read_total_text(v)
            if n is not None:
                totals.setdefault(n, ref)
            grade = read_grade_text(v)
            if grade is not None:
                grades.setdefault(grade, ref)
    return SheetStatements(
        total=next(iter(totals.items())) if len(totals) == 1 else None,
        grade=next(iter(grades.items())) if len(grades) == 1 else None,
        scheme=schemes[0] if len(schemes) == 1 and not unread else None,
        scheme_unread=(unread or [s.ref for s in schemes])[0] if unread or len(schemes) > 1 else None,
        carried=carried,
    )


def _number(v: Any) -> Decimal | None:
    """A total as a cell states it: a plain number, optionally followed by 分; else ``None``.

    Narrower than :func:`jixiao.numbers.parse_number` on purpose: "85%", "1万", "-3" or "—"
    beside 总分 are not a stated total, so they must not be read as one (no error either).
    """
    if isinstance(v, bool):
        return None
    if isinstance(v, int | float):
        return Decimal(str(v))
    if isinstance(v, str):
        m = re.fullmatch(rf"({_N})分?", _norm(v))
        return Decimal(m.group(1)) if m else None
    return None
