"""Write a transcribed table as the .xlsx or .docx a person would have (merged 一级/二级)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import docx
import openpyxl


def write_table_xlsx(path: Path, title: str | None, header: list[str], rows: list[list[Any]],
                     merges: list[tuple[int, int, int]] = (),
                     formats: dict[tuple[int, int], str] | None = None) -> Path:
    """Title in row 1, header in row 2, data from row 3; merges = (first, last, col) 0-based;
    formats = {(row, col) 0-based: number format}, e.g. "0%" for a value typed as "90%" (Excel stores 0.9 so)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "评分表"
    if title:
        ws.cell(1, 1, title)
    for c, h in enumerate(header, 1):
        ws.cell(2, c, h)
    for r, row in enumerate(rows, 3):
        for c, v in enumerate(row, 1):
            if v is not None:
                cell = ws.cell(r, c, v)
                if formats and (r - 3, c - 1) in formats:
                    cell.number_format = formats[(r - 3, c - 1)]
    for first, last, col in merges:
        ws.merge_cells(start_row=first + 3, start_column=col + 1, end_row=last + 3,
                       end_column=col + 1)
    wb.save(path)
    return path


def write_table_docx(path: Path, title: str | None, header: list[str], rows: list[list[Any]],
                     merges: list[tuple[int, int, int]] = ()) -> Path:
    """The caption paragraph above the table, then the table; line breaks become paragraphs."""
    d = docx.Document()
    if title:
        d.add_paragraph(title)
    t = d.add_table(rows=len(rows) + 1, cols=len(header))
    for first, last, col in merges:
        t.cell(first + 1, col).merge(t.cell(last + 1, col))
    for c, h in enumerate(header):
        t.cell(0, c).text = h
    for r, row in enumerate(rows, 1):
        for c, v in enumerate(row):
            set_cell_text(t.cell(r, c), v)
    d.save(path)
    return path


def set_cell_text(cell: Any, value: Any) -> None:
    """A Word table cell's text as Word stores it: one paragraph per line (None / "" leaves it empty)."""
    if value is None or value == "":
        return
    lines = str(value).split("\n")
    cell.text = lines[0]
    for line in lines[1:]:
        cell.add_paragraph(line)
