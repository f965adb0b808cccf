"""Grades (等级) from totals: 财预〔2020〕10号 by default, other schemes configurable."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from typing import Any

from jixiao.errors import InputError, ScoringError
from jixiao.numbers import parse_number, require_number
from jixiao.rules.model import fmt_decimal

#: 财预〔2020〕10号《项目支出绩效评价管理办法》: 优 ≥ 90, 良 80–90, 中 60–80, 差 < 60
NATIONAL_2020 = "90:优;80:良;60:中;0:差"


@dataclass(frozen=True)
class GradeScheme:
    """Bands ``(minimum, label)`` from the highest minimum down."""

    bands: tuple[tuple[Decimal, str], ...]

    def __str__(self) -> str:
        return ";".join(f"{fmt_decimal(m)}:{label}" for m, label in self.bands)

    def grade(self, total: Decimal) -> str:
        for minimum, label in self.bands:
            if total >= minimum:
                return label
        return self.bands[-1][1]


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
    t = require_number(total, "总分", "total")
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
        hits = [b.label for b in self.bands if b.contains(total)]
        return hits[0] if len(hits) == 1 else None

    def overlaps(self) -> bool:
        """Two bands share a total (checked at every bound, and just inside it)."""
        eps = Decimal("0.0001")
        points = {p for b in self.bands for x in (b.lo, b.hi) if x is not None for p in (x - eps, x, x + eps)}
        return any(sum(b.contains(p) for b in self.bands) > 1 for p in points)

    def __str__(self) -> str:
        return "；".join(str(b) for b in self.bands)
