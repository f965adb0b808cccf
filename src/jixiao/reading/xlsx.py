"""A minimal openpyxl worksheet → :class:`jixiao.grid.Grid` bridge.

The full loaders (formulas, .xls, properties) live in ``jixiao.io``; this one is
enough for the reader's own tests and for quick scripts. Load the workbook with
``data_only=True`` to get cached values; formula text met here (a workbook loaded
without ``data_only``) goes to ``Grid.formulas`` instead of ``Grid.values``.
"""

from __future__ import annotations

from typing import Any

from jixiao.grid import Grid


def grid_from_openpyxl(ws: Any) -> Grid:
    """Values, merged ranges and number formats of an openpyxl worksheet.

    Args:
        ws: an ``openpyxl`` ``Worksheet`` (or ``ReadOnlyWorksheet``, which has no
            merged ranges).

    Returns:
        A :class:`Grid` named after the sheet.
    """
    values: dict[tuple[int, int], Any] = {}
    formulas: dict[tuple[int, int], str] = {}
    formats: dict[tuple[int, int], str] = {}
    max_row = max_col = 0
    for row in ws.iter_rows():
        for cell in row:
            v = cell.value
            if v is None or v == "":
                continue
            r, c = cell.row, cell.column
            if isinstance(v, str) and v.startswith("="):
                formulas[(r, c)] = v
            else:
                values[(r, c)] = v
            fmt = getattr(cell, "number_format", None)
            if fmt and fmt != "General":
                formats[(r, c)] = fmt
            max_row, max_col = max(max_row, r), max(max_col, c)
    merged: list[tuple[int, int, int, int]] = []
    for rng in getattr(ws, "merged_cells", None) or ():
        merged.append((rng.min_row, rng.min_col, rng.max_row, rng.max_col))
        max_row, max_col = max(max_row, rng.max_row), max(max_col, rng.max_col)
    return Grid(
        name=ws.title,
        values=values,
        merged=merged,
        formulas=formulas,
        number_formats=formats,
        max_row=max_row,
        max_col=max_col,
    )
