"""Word (.docx) tables → :class:`~jixiao.grid.Grid`, so the sheet reader reads them too.

Most published 指标体系 and evaluation plans are Word documents. Each top-level table
of the document becomes one ``Grid`` named "表1", "表2", … whose cells are laid out on
Word's layout grid:

- a cell spanning columns (``w:gridSpan``) becomes a merged range over those columns;
- a vertical merge (``w:vMerge`` restart / continue) becomes a merged range over the rows,
  exactly like a merged 一级/二级 cell in Excel;
- a cell with several paragraphs or line breaks keeps them as ``"\\n"``-separated text;
- the paragraph just above a table (its caption, e.g. "附件1：……评分表") is put in
  row 1 so the sheet reader takes it as the table's title; the table starts in row 2;
- a 评分表 split over two Word tables (a page break between them, at most a "续表" line;
  the second repeats the header or starts with rows; see
  :func:`jixiao.reading.sheet.continues_table`) is one grid, named after the first table;
  ``Grid.continued`` keeps where each later Word table starts, so a cell is still said
  in the Word table and row where the user finds it ("表2 第3行 得分列").

The document is parsed by python-docx (lxml, entities not resolved). The file is read
once, size-capped, and checked by :func:`jixiao.io.safety.check_package` -- the same
package check as for workbooks (entry count, sizes, compression ratio, every part's CRC
and encryption flag, DTD/entity and encoding scan of every XML part) -- before
python-docx sees it; anything wrong becomes :class:`~jixiao.errors.WorkbookUnreadable`
with a Chinese reason.
"""

from __future__ import annotations

import os
import re
from io import BytesIO
from typing import Any

from jixiao.errors import WorkbookUnreadable
from jixiao.grid import Grid, col_index
from jixiao.io.safety import (
    DEFAULT_LIMITS,
    Limits,
    check_package,
    fail,
    read_file_once,
    sniff_format,
)

__all__ = ["docx_grids", "docx_grids_from_bytes", "is_docx", "is_legacy_doc", "word_address", "word_table",
           "word_text"]

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MAX_TABLE_CELLS = 200_000


def is_docx(path: str | os.PathLike[str]) -> bool:
    """True when the file name says Word (.docx / .docm)."""
    return str(path).lower().endswith((".docx", ".docm"))


def is_legacy_doc(path: str | os.PathLike[str]) -> bool:
    """True when the file name says old binary Word (.doc / .dot / .wps)."""
    return str(path).lower().endswith((".doc", ".dot", ".wps"))


def _check_package(data: bytes, path: object, limits: Limits) -> None:
    """Refuse what is not a sane Word package before any XML parser runs."""
    if sniff_format(data) == "ole":
        raise fail(path, "这是旧版 Word 97-2003（.doc）或加密的文档，请在 Word/WPS 中“另存为”.docx 后再试",
                   "legacy .doc or encrypted document")
    if "word/document.xml" not in check_package(data, path, limits=limits).names:
        raise fail(path, "不是有效的 Word 文档（.docx）：缺少正文部件 word/document.xml",
                   "not a .docx: word/document.xml missing")


def _attr(el: Any, tag: str, default: str | None = None) -> str | None:
    """``w:val`` of the child ``tag`` of ``el`` (None when absent)."""
    if el is None:
        return default
    child = el.find(_W + tag)
    if child is None:
        return default
    return child.get(_W + "val", default)


def _cell_text(tc: Any) -> str:
    from docx.text.paragraph import Paragraph

    lines = []
    for p in tc.iter(_W + "p"):
        lines.append(Paragraph(p, None).text)
    return "\n".join(lines).strip()


def _table_grid(tbl: Any, name: str, caption: str | None) -> Grid:
    grid = Grid(name=name)
    top = 1
    if caption:
        grid.values[(1, 1)] = caption
        top = 2
    grid.row_offset = top - 1  # grid row r is the table's row r - row_offset
    vopen: dict[int, list[int]] = {}  # grid column → [r1, c1, r2, c2] of an open vertical merge
    merged: list[list[int]] = []
    r = top - 1
    cells = 0
    for tr in tbl.findall(_W + "tr"):
        r += 1
        trpr = tr.find(_W + "trPr")
        c = 1 + int(_attr(trpr, "gridBefore", "0") or 0)
        seen_cols: set[int] = set()
        for tc in tr.findall(_W + "tc"):
            tcpr = tc.find(_W + "tcPr")
            span = max(1, int(_attr(tcpr, "gridSpan", "1") or 1))
            vm = tcpr.find(_W + "vMerge") if tcpr is not None else None
            vval = None if vm is None else (vm.get(_W + "val") or "continue")
            cells += 1
            if cells > _MAX_TABLE_CELLS:
                raise WorkbookUnreadable(f"{name}：表格单元格过多（超过 {_MAX_TABLE_CELLS} 个）",
                                         "too many table cells")
            if vval == "continue" and c in vopen:
                vopen[c][2] = r
            else:
                text = _cell_text(tc)
                if text:
                    grid.values[(r, c)] = text
                rng = [r, c, r, c + span - 1]
                merged.append(rng)
                if vval == "restart":
                    vopen[c] = rng
                else:
                    vopen.pop(c, None)
            seen_cols.update(range(c, c + span))
            c += span
        for col in [k for k in vopen if k not in seen_cols]:
            vopen.pop(col)
        grid.max_col = max(grid.max_col, c - 1)
    grid.max_row = r
    grid.merged = [tuple(m) for m in merged if m[0] != m[2] or m[1] != m[3]]  # type: ignore[misc]
    if caption and grid.max_col > 1:
        grid.merged.insert(0, (1, 1, 1, grid.max_col))
    return grid


def _append(grid: Grid, rest: Grid) -> None:
    """The Word table ``rest`` (continuing ``grid``'s 评分表) as more rows of ``grid``."""
    shift = grid.max_row
    grid.values.update({(r + shift, c): v for (r, c), v in rest.values.items()})
    grid.merged.extend((r1 + shift, c1, r2 + shift, c2) for r1, c1, r2, c2 in rest.merged)
    grid.continued = (*grid.continued, (shift + 1, rest.name))
    grid.max_row += rest.max_row
    grid.max_col = max(grid.max_col, rest.max_col)


def docx_grids(path: str | os.PathLike[str], *, limits: Limits | None = None) -> list[Grid]:
    """Every top-level table of a Word document as a ``Grid`` ("表1", "表2", …).

    Raises:
        WorkbookUnreadable: not a readable .docx (reason in Chinese, naming the file).
    """
    limits = limits or DEFAULT_LIMITS
    return docx_grids_from_bytes(read_file_once(path, limits.max_file_bytes), path, limits=limits)


def docx_grids_from_bytes(data: bytes, path: str | os.PathLike[str], *,
                          limits: Limits | None = None) -> list[Grid]:
    """:func:`docx_grids` on bytes already read once (``path`` only names the file)."""
    limits = limits or DEFAULT_LIMITS
    _check_package(data, path, limits)
    try:
        import docx

        document = docx.Document(BytesIO(data))
        body = document.element.body
        grids: list[Grid] = []
        caption: str | None = None
        from docx.text.paragraph import Paragraph

        from jixiao.reading.sheet import continues_table, is_continued_title

        tables = 0
        gap = False  # since the last table only empty lines (a page break) or "续表"
        for child in body.iterchildren():
            if child.tag == _W + "p":
                text = Paragraph(child, None).text.strip()
                if text:
                    caption = text if len(text) <= 80 else None
                    gap = gap and is_continued_title(text)
            elif child.tag == _W + "tbl":
                tables += 1
                name = f"表{tables}"
                rest = _table_grid(child, name, None) if gap else None
                if rest is not None and continues_table(grids[-1], rest):
                    _append(grids[-1], rest)
                else:
                    grids.append(_table_grid(child, name, caption))
                caption, gap = None, True
    except WorkbookUnreadable:
        raise
    except Exception as e:  # noqa: BLE001 — python-docx/lxml raise many kinds on damaged files
        raise fail(path, f"不是有效的 Word 文档（.docx），无法解析：{type(e).__name__}",
                   f"cannot parse .docx: {type(e).__name__}") from None
    return grids


_A1 = re.compile(r"(?<![A-Za-z0-9])([A-Z]{1,3})([1-9][0-9]{0,6})(?![A-Za-z0-9])")


def word_table(grid: Grid, row: int) -> tuple[str, int]:
    """(the Word table, its row as Word counts it) of grid row ``row``: a split 评分表's rows
    after a page break are in the next Word table ("表2", counted from its own row 1)."""
    for start, name in reversed(grid.continued):
        if row >= start:
            return name, row - start + 1
    return grid.name, row - grid.row_offset


def word_place(grid: Grid, ref: str, header_rows: list[int]) -> tuple[str, str] | None:
    """(Word table, "第5行 得分列") of cell ``ref`` of a document table's grid.

    The row is counted in the Word table as Word shows it (the caption row put above it by
    :func:`docx_grids` is not counted; a split table's later part counts from its own row 1);
    the column is named by its header text in the nearest header row above (``header_rows``:
    the 评分表 header rows found on this grid), else counted ("第4列"). ``None`` when ``ref``
    is not a cell of the table.
    """
    m = _A1.fullmatch(ref.replace("$", "").strip())
    if m is None:
        return None
    row, col = int(m.group(2)), col_index(m.group(1))
    if col > max(grid.max_col, 1) or not grid.row_offset < row <= max(grid.max_row, 1):
        return None
    table, n = word_table(grid, row)
    where = f"第{n}行"
    above = [h for h in header_rows if h <= row]
    head = grid.get(max(above), col) if above else None
    name = re.sub(r"\s+", "", str(head)) if head not in (None, "") else ""  # "全年\n执行数" → 全年执行数
    if name and max(above) != row and len(name) <= 12:
        return table, f"{where} {name}列"
    return table, f"{where} 第{col}列"


def word_address(grid: Grid, ref: str, header_rows: list[int], sheet: str | None = None) -> str | None:
    """Where a Word user finds cell ``ref``: "第5行 得分列" (:func:`word_place`), with the Word
    table's name in front ("表2 第3行 得分列") when it is not ``sheet`` (default: the grid's)."""
    place = word_place(grid, ref, header_rows)
    if place is None:
        return None
    table, where = place
    return where if table == (sheet or grid.name) else f"{table} {where}"


def word_text(grid: Grid, text: str, header_rows: list[int], sheet: str | None = None) -> str:
    """``text`` with every A1 reference to a cell of ``grid`` said as :func:`word_address`.

    Text quoted from the table (“…”, e.g. a 评分标准 such as “B2级得3分”) is left as printed.
    """
    parts = re.split(r"(“[^”]*”)", text)
    return "".join(part if i % 2 else
                   _A1.sub(lambda m: word_address(grid, m.group(0), header_rows, sheet) or m.group(0), part)
                   for i, part in enumerate(parts))
