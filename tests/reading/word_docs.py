"""Build a Word document (.docx) from typed 评分表, the way Word writes one.

A ``WordTable`` is a table as printed: a caption paragraph, rows of cell texts (None = empty,
or the non-anchor part of a merge) and merged ranges in A1 terms *of the table* (row 1 = the
table's first row). python-docx writes merges as Word does: a horizontal merge is one ``w:tc``
with ``w:gridSpan``, a vertical one a ``w:vMerge`` restart cell over ``w:vMerge`` continue cells.
Text before and after each table is ordinary paragraphs; several tables make one document.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import docx
from docx.enum.text import WD_BREAK

from jixiao.grid import parse_a1
from tests.authoring.helpers import set_cell_text


@dataclass
class WordTable:
    source: str
    caption: str
    rows: list[list[Any]]
    merged: list[str] = field(default_factory=list)
    #: paragraphs printed before the caption / after the table
    before: list[str] = field(default_factory=list)
    after: list[str] = field(default_factory=list)
    #: a page break before the table (before its text before and its caption)
    page_break: bool = False


def save_docx(path: Path, tables: list[WordTable], *, title: str = "") -> Path:
    """One document: ``title``, then for each table its text before, caption, table, text after."""
    d = docx.Document()
    if title:
        d.add_heading(title, level=1)
    for wt in tables:
        if wt.page_break:
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        for para in wt.before:
            d.add_paragraph(para)
        if wt.caption:
            d.add_paragraph(wt.caption)
        ncols = max(len(r) for r in wt.rows)
        t = d.add_table(rows=len(wt.rows), cols=ncols)
        t.style = "Table Grid"
        for rng in wt.merged:
            a, b = rng.split(":")
            (r1, c1), (r2, c2) = parse_a1(a), parse_a1(b)
            t.cell(r1 - 1, c1 - 1).merge(t.cell(r2 - 1, c2 - 1))
        for r, row in enumerate(wt.rows):
            for c, v in enumerate(row):
                set_cell_text(t.cell(r, c), v)
        for para in wt.after:
            d.add_paragraph(para)
    d.save(path)
    return path
