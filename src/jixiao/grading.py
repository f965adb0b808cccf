"""Grades (等级) from totals: 财预〔2020〕10号 by default, other schemes configurable."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache
from typing import Any

from jixiao.errors import InputError, ScoringError
from jixiao.numbers import parse_number, require_number
from jixiao.rules.model import fmt_decimal

#: 财预〔2020〕10号《项目支出绩效评价管理办法》: 优 ≥ 90, 良 80–90, 中 60–80, 差 < 60
NATIONAL_2020 = "90:优;80:良;60:中;0:差"


#: a total is graded at this many decimals: a spreadsheet's SUM of scores carries binary noise (4.3 + … = 89.99999999999999
#: where the scores add up to 90.00, shown as 90), which would grade 良 — the rules' formulas take the same noise off with
#: ROUND(…, 9)
TOTAL_PLACES = Decimal("1e-9")


def settle_total(total: Decimal) -> Decimal:
    """``total`` rounded to 9 decimals (half up) for grading; a number too large to round is left as it is."""
    return total.quantize(TOTAL_PLACES, rounding=ROUND_HALF_UP) if abs(total) < 10**12 else total


@dataclass(frozen=True)
class GradeScheme:
    """Bands ``(minimum, label)`` from the highest minimum down."""

    bands: tuple[tuple[Decimal, str], ...]

    def __str__(self) -> str:
        return ";".join(f"{fmt_decimal(m)}:{label}" for m, label in self.bands)

    def grade(self, total: Decimal) -> str:
        """The band ``total`` falls in, compared at 9 decimals (:func:`settle_total`)."""
        total = settle_total(total)
        for minimum, label in self.bands:
            if total >= minimum:
                return label
        return self.bands[-1][1]


#: what a built template prints under its 等级 row before the scheme's own words
SCHEME_NOTE_LEAD = "等级标准："


def scheme_text(scheme: str | None) -> str:
    """A scheme in the words a sheet prints and :mod:`jixiao.reading.statements` reads back.

    Each band runs from its minimum (included) up to the next band's minimum (excluded); the
    lowest band also takes every total below the next minimum (what :meth:`GradeScheme.grade`
    and the template's nested IFs do). The national scheme names its source in a sentence of
    its own (a clause with a label would be read as a band).

    >>> scheme_text(None)
    '等级标准：90分（含）以上为优，80（含）-90分为良，60（含）-80分为中，60分以下为差。依据财预〔2020〕10号。'
    >>> scheme_text("95:优;85:良;60:中;0:差")
    '等级标准：95分（含）以上为优，85（含）-95分为良，60（含）-85分为中，60分以下为差。'
    """
    bands = parse_scheme(scheme).bands
    if len(bands) == 1:
        return f"{SCHEME_NOTE_LEAD}不分档，均为{bands[0][1]}。"
    parts = [f"{fmt_decimal(bands[0][0])}分（含）以上为{bands[0][1]}"]
    for (top, _), (minimum, label) in zip(bands[:-2], bands[1:-1], strict=True):
        parts.append(f"{fmt_decimal(minimum)}（含）-{fmt_decimal(top)}分为{label}")
    parts.append(f"{fmt_decimal(bands[-2][0])}分以下为{bands[-1][1]}")
    source = "依据财预〔2020〕10号。" if str(parse_scheme(scheme)) == NATIONAL_2020 else ""
    return SCHEME_NOTE_LEAD + "，".join(parts) + "。" + source


#: what a grade cell (and 核定) shows instead of a grade when :func:`grade_withheld` says why
NOT_GRADED = "未评级"


def grade_withheld(full: Any, scheme: str | None) -> str | None:
    """Why a total out of ``full`` points gets no grade on ``scheme`` (Chinese), or ``None``.

    The national bands (财预〔2020〕10号: 90/80/60) are points out of 100: a table whose full marks
    are other than 100 graded on them grades on the wrong base (莆田 2024 标准化 prints 80 points:
    a unit meeting every target would be 中). Such a table is graded only by a scheme written for
    it (a spec's ``grade_scheme``, its bands on the table's own points); without one, no grade.

    >>> grade_withheld(100, None) is None, grade_withheld(80, "72:优;64:良;48:中;0:差") is None
    (True, True)
    >>> grade_withheld(80, None)
    '满分80分，不是100分'
    """
    if scheme and str(scheme).strip():
        return None
    f = require_number(full, "满分", "full")
    if f == 100:
        return None
    return f"满分{fmt_decimal(f)}分，不是100分"


@lru_cache(maxsize=256)
def parse_scheme(text: str | None) -> GradeScheme:
    """Read ``"90:好;80:较好;60:一般;0:差"``; ``None``/"" is the national scheme."""
    text = (text or NATIONAL_2020).replace("：", ":").replace("；", ";")
    bands = []
    for part in text.split(";"):
        if not part.strip():
            continue
        if ":" not in part:
            msg = f"等级方案“{part.strip()}”应写作 分数:等级，如 90:优"
            raise InputError(msg, "grade band must be 'min:label'")
        lo, label = part.split(":", 1)
        try:
            minimum = parse_number(lo)
        except ValueError:
            minimum = None
        if minimum is None or not label.strip():
            msg = f"等级方案“{part.strip()}”无法识别（应写作 分数:等级）"
            raise InputError(msg, "bad grade band")
        bands.append((minimum, label.strip()))
    if not bands:
        raise InputError("等级方案为空", "empty grade scheme")
    bands.sort(key=lambda b: b[0], reverse=True)
    return GradeScheme(tuple(bands))


def grade(total: Any, scheme: str | None = None, full: Any = 100) -> str:
    """The grade (等级) of a total score.

    Args:
        total: 总分, a number or text.
        scheme: e.g. ``"90:好;80:较好;60:一般;0:差"``; default 财预〔2020〕10号.
        full: 满分 (100).

    Raises:
        ScoringError: the total is blank, not a number or outside [0, full].

    >>> grade(93.99)
    '优'
    """
    t = settle_total(require_number(total, "总分", "total"))
    f = require_number(full, "满分", "full")
    if f <= 0:
        raise ScoringError("满分应为正数", "full score must be positive")
    if t < 0 or t > f:
        msg = f"总分 {fmt_decimal(t)} 超出 0～{fmt_decimal(f)} 的范围"
        raise ScoringError(msg, f"total {t} outside [0, {f}]")
    return parse_scheme(scheme).grade(t)


@dataclass(frozen=True)
class Band:
    """One band of a scheme a sheet states in its own words: ``lo``–``hi`` (``None``: open)."""

    label: str
    lo: Decimal | None
    lo_incl: bool
    hi: Decimal | None
    hi_incl: bool
    #: the upper bound's inclusion was printed ("(含)", "以下", "≤"), not assumed
    hi_marked: bool = True

    def contains(self, total: Decimal) -> bool:
        if self.lo is not None and (total < self.lo or (total == self.lo and not self.lo_incl)):
            return False
        return self.hi is None or total < self.hi or (total == self.hi and self.hi_incl)

    def __str__(self) -> str:
        lo = "" if self.lo is None else f"{fmt_decimal(self.lo)}分{'（含）' if self.lo_incl else ''}"
        hi = "" if self.hi is None else f"{fmt_decimal(self.hi)}分{'（含）' if self.hi_incl else ''}"
        if self.hi is None:
            return f"{lo}以上为{self.label}"
        if self.lo is None:
            return f"{hi}以下为{self.label}"
        return f"{lo}–{hi}为{self.label}"


@dataclass(frozen=True)
class StatedScheme:
    """A grade scheme stated in the sheet's own text ("90分（含）以上为优，……"), with its cell.

    Unlike :class:`GradeScheme` its bands may leave gaps ("80-89分为良", "90-100分为优": 89.5 is in
    none); a total in a gap, or in two bands, has no grade (``None``) — never a guess.
    """

    bands: tuple[Band, ...]
    text: str
    ref: str

    def grade(self, total: Decimal) -> str | None:
        """The one band ``total`` (at 9 decimals, :func:`settle_total`) falls in, else ``None``."""
        total = settle_total(total)
        hits = [b.label for b in self.bands if b.contains(total)]
        return hits[0] if len(hits) == 1 else None

    def overlaps(self) -> bool:
        """Two bands share a total (checked at every bound, and just inside it)."""
        eps = Decimal("0.0001")
        points = {p for b in self.bands for x in (b.lo, b.hi) if x is not None for p in (x - eps, x, x + eps)}
        return any(sum(b.contains(p) for b in self.bands) > 1 for p in points)

    def __str__(self) -> str:
        return "；".join(str(b) for b in self.bands)
