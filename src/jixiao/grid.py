"""A sheet as plain data: the one shape every reader and check works on.

Loaders (``jixiao.io``) turn .xlsx/.xlsm/.xls files into ``Grid`` objects; the
table reader (``jixiao.reading``) and the checks only ever see ``Grid``.
Rows and columns are 1-based like Excel.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


def col_letter(col: int) -> str:
    """1 -> "A", 27 -> "AA"."""
    letters = ""
    while col > 0:
        col, rem = divmod(col - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


def col_index(letters: str) -> int:
    """"A" -> 1, "AA" -> 27."""
    n = 0
    for ch in letters.upper():
        n = n * 26 + (ord(ch) - 64)
    return n


def a1(row: int, col: int) -> str:
    """(12, 8) -> "H12"."""
    return f"{col_letter(col)}{row}"


def parse_a1(ref: str) -> tuple[int, int]:
    """"H12" -> (12, 8)."""
    ref = ref.replace("$", "").upper()
    i = 0
    while i < len(ref) and ref[i].isalpha():
        i += 1
    return int(ref[i:]), col_index(ref[:i])


@dataclass
class Grid:
    """Values of one worksheet.

    Attributes:
        name: sheet name.
        values: dict (row, col) -> cell value (str, int, float, bool, datetime,
            or an error text such as "#DIV/0!"); empty cells are absent.
        merged: list of (min_row, min_col, max_row, max_col) merged ranges.
        formulas: dict (row, col) -> formula text ("=SUM(G2:G5)"), when the
            loader could read formulas (openpyxl), else empty.
        number_formats: dict (row, col) -> number format ("0.00%"), when known.
        max_row / max_col: the used area.
        row_offset: rows above a Word table's first row (its caption), else 0.
        continued: the Word tables that continue this one (a split 评分表), else empty.
    """

    name: str
    values: dict[tuple[int, int], Any] = field(default_factory=dict)
    merged: list[tuple[int, int, int, int]] = field(default_factory=list)
    formulas: dict[tuple[int, int], str] = field(default_factory=dict)
    number_formats: dict[tuple[int, int], str] = field(default_factory=dict)
    max_row: int = 0
    max_col: int = 0
    #: a Word table's grid starts with its caption row: table row = grid row - row_offset
    row_offset: int = 0
    #: a 评分表 split over several Word tables (a page break) is one grid: for each Word table after
    #: the first, (the grid row of its row 1, its name "表2"); see :mod:`jixiao.reading.docx`
    continued: tuple[tuple[int, str], ...] = ()

    def get(self, row: int, col: int) -> Any:
        """The value at (row, col); inside a merged range, the top-left value."""
        v = self.values.get((row, col))
        if v is None and self.merged:
            anchor = self.merge_anchor(row, col)
            if anchor is not None:
                return self.values.get(anchor)
        return v

    def merge_anchor(self, row: int, col: int) -> tuple[int, int] | None:
        for r1, c1, r2, c2 in self.merged:
            if r1 <= row <= r2 and c1 <= col <= c2:
                return (r1, c1)
        return None

    @classmethod
    def from_rows(cls, name: str, rows: list[list[Any]], **kw: Any) -> Grid:
        """Build from a list of rows (row 1 first); None / "" are empty."""
        values = {}
        max_col = 0
        for r, row in enumerate(rows, start=1):
            for c, v in enumerate(row, start=1):
                if v is not None and v != "":
                    values[(r, c)] = v
                    max_col = max(max_col, c)
        return cls(name=name, values=values, max_row=len(rows), max_col=max_col, **kw)


@dataclass
class LoadedWorkbook:
    """What a loader returns: the sheets plus file-level facts for checks."""

    path: str
    sheets: list[Grid]
    properties: dict[str, str] = field(default_factory=dict)  # custom doc props
    has_vba: bool = False
    vba_modules: dict[str, str] = field(default_factory=dict)  # module name -> source
    external_links: list[str] = field(default_factory=list)
    defined_names: dict[str, str] = field(default_factory=dict)
    file_format: str = "xlsx"  # xlsx | xlsm | xls | ...
    saved: str | None = None  # docProps/core.xml's dcterms:modified (ISO 8601), when the file records it
