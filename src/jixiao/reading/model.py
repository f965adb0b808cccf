"""What the table reader returns: a 评分表 as values that each know their source cell.

Every value read from a sheet keeps the A1 reference of the cell it came from, so
checks can report "H15：得分 1.92 ……" without re-reading the sheet. The classes are
frozen dataclasses; their list fields are filled once by the reader and not changed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, Literal

from jixiao.numbers import is_not_applicable


@dataclass(frozen=True, slots=True)
class CellValue:
    """One cell as typed plus its number, if it is one.

    Attributes:
        raw: the value in the cell exactly as stored ("96.87%", "符合", 0.9687, 3.6,
            "缺省", ``None`` for an empty cell of a known column).
        ref: A1 reference of the cell ("H12"), without the sheet name.
        number: the parsed number (``Decimal``), or ``None`` when the cell is empty
            or not a number. Percent text becomes a fraction ("96.87%" → 0.9687);
            a numeric cell formatted as percent stays as stored (0.9687).
        error: Chinese reason why ``raw`` is not a number, else ``None``.
        number_format: the cell's number format ("0.00%") when the loader knew it.
    """

    raw: Any
    ref: str
    number: Decimal | None = None
    error: str | None = None
    number_format: str | None = None

    @property
    def is_blank(self) -> bool:
        """True when the cell is empty (the column exists, nothing was typed)."""
        return self.raw is None or (isinstance(self.raw, str) and not self.raw.strip())

    @property
    def is_not_applicable(self) -> bool:
        """True when the cell says 缺省 (not applicable → full marks)."""
        return is_not_applicable(self.raw)

    @property
    def is_percent_format(self) -> bool:
        """True when the number format shows the value as a percentage."""
        return bool(self.number_format) and "%" in str(self.number_format)


@dataclass(frozen=True, slots=True)
class IndicatorRow:
    """One indicator (one sheet row) of a 评分表.

    ``level1``/``level2`` are names without their stated weight: "决策指标 (10分)"
    gives ``level1="决策指标"``, ``level1_weight=Decimal(10)``. Their refs point at
    the cell that holds the text (the top-left cell of a merged range, or the first
    row of an unmerged block). Numeric columns (weight, value, score, rate) are
    ``None`` when the table has no such column, and a blank ``CellValue`` when the
    column exists but the cell is empty. ``target`` is kept as a ``CellValue``
    because it may be a number ("100%") or text ("≥95%", "科学规范").
    """

    row: int
    seq: Any
    level1: str | None
    level1_weight: Decimal | None
    level1_ref: str | None
    level2: str | None
    level2_weight: Decimal | None
    level2_ref: str | None
    level3: str | None
    target: CellValue | None
    standard: str | None
    standard_ref: str | None
    rule: str | None
    rule_ref: str | None
    weight: CellValue | None
    value: CellValue | None
    score: CellValue | None
    rate: CellValue | None
    process: str | None
    level3_ref: str | None = None
    process_ref: str | None = None
    explain: str | None = None
    explain_ref: str | None = None

    @property
    def name(self) -> str | None:
        """The most specific indicator name (三级, else 二级, else 一级)."""
        return self.level3 or self.level2 or self.level1


@dataclass(frozen=True, slots=True)
class TotalRow:
    """A 小计 (``kind="subtotal"``) or 合计/总分/总计 (``kind="total"``) row.

    ``level1`` is the 一级 name a subtotal closes (the 一级 of the indicator row just
    above it), ``None`` for totals.
    """

    row: int
    label: str
    kind: Literal["subtotal", "total"]
    weight: CellValue | None
    score: CellValue | None
    level1: str | None
    label_ref: str | None = None


@dataclass(frozen=True, slots=True)
class Group:
    """A 二级 indicator and the rows under it."""

    name: str | None
    stated_weight: Decimal | None
    ref: str | None
    rows: list[IndicatorRow] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Section:
    """A 一级 indicator, its 二级 groups and rows.

    ``name``/``ref`` are ``None`` when the table has no 一级 column (all rows then
    sit in one section). ``groups`` is empty when the table has no 二级 column.
    """

    name: str | None
    stated_weight: Decimal | None
    ref: str | None
    rows: list[IndicatorRow] = field(default_factory=list)
    groups: list[Group] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class ScoringTable:
    """One 评分表 found on a sheet.

    Attributes:
        sheet: sheet name.
        title: the title row above the header ("2023年……项目评分表"), if any.
        header_row: row number of the header (the lower row of a two-row header).
        columns: field name → column number (1-based), e.g. ``{"weight": 7}``.
        rows: indicator rows, top to bottom.
        totals: 小计 / 合计 rows, top to bottom.
        grade: the 等级 value cell ("优"), if the table states one.
        sections: the indicator tree (一级 → 二级 → rows).
        repeated_header_rows: header rows repeated inside the table (page splits).
        last_row: the last row that belongs to the table (indicator or total).
    """

    sheet: str
    title: str | None
    header_row: int
    columns: dict[str, int]
    rows: list[IndicatorRow]
    totals: list[TotalRow]
    grade: CellValue | None
    sections: list[Section]
    title_ref: str | None = None
    repeated_header_rows: list[int] = field(default_factory=list)
    last_row: int = 0

    @property
    def total(self) -> TotalRow | None:
        """The last 合计/总分 row, if any."""
        for t in reversed(self.totals):
            if t.kind == "total":
                return t
        return None

    @property
    def subtotals(self) -> list[TotalRow]:
        return [t for t in self.totals if t.kind == "subtotal"]
