"""The annotated copy: ``<name>.校验.xlsx`` with a 校验结果 sheet and highlighted cells.

The input is never changed: it is read once into memory and the copy is written
atomically next to nothing but the chosen output directory.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import openpyxl
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.worksheet.hyperlink import Hyperlink

from jixiao.export import as_text_cell
from jixiao.grid import a1
from jixiao.validation.findings import CATALOGUE, Severity
from jixiao.validation.report import Report

RESULT_SHEET = "校验结果"
FILLS = {
    Severity.ERROR: PatternFill("solid", fgColor="FFC7CE"),
    Severity.WARNING: PatternFill("solid", fgColor="FFEB9C"),
    Severity.INFO: PatternFill("solid", fgColor="DDEBF7"),
}
HEADERS = ["序号", "严重程度", "检查项", "检查项名称", "工作表", "单元格", "问题说明", "应为", "实际"]


def annotated_name(path: str | Path) -> str:
    from jixiao.io.outputs import annotated_names

    return annotated_names([path])[str(path) if not isinstance(path, str) else path]


def _open_copy(path: str) -> openpyxl.Workbook:
    from jixiao.io import load_workbook, read_file_once
    from jixiao.io.safety import DEFAULT_LIMITS

    data = read_file_once(path, DEFAULT_LIMITS.max_file_bytes)
    try:
        return openpyxl.load_workbook(io.BytesIO(data), keep_vba=False, rich_text=False)
    except Exception:  # noqa: BLE001 - .xls or odd files: rebuild from the values
        wb = openpyxl.Workbook()
        wb.remove(wb.active)
        for g in load_workbook(path, need_formulas=False).sheets:
            ws = wb.create_sheet(g.name[:31])
            for (r, c), v in g.values.items():
                ws.cell(r, c, v if isinstance(v, int | float | str) else str(v))
        if not wb.sheetnames:
            wb.create_sheet("Sheet1")
        return wb


#: the 校验结果 sheet: summary rows, a blank row, the header row, then one row per finding
HEADER_ROW = 5
FIRST_FINDING_ROW = HEADER_ROW + 1


def result_rows(report: Report) -> list[list[Any]]:
    """The 校验结果 sheet's content (shared by the annotated copy and the Excel button)."""
    s = report.summary()
    rows: list[list[Any]] = [
        ["文件", Path(report.path).name],
        ["总分", "" if report.total is None else float(report.total), "等级", report.grade or "",
         "按总分应为", s.get("computed_grade") or ""],
        ["错误", s["errors"], "警告", s["warnings"], "提示", s["infos"]],
        [],
        HEADERS,
    ]
    rows += [[i, f.severity.value, f.check, CATALOGUE[f.check][1], f.sheet, f.cell, f.message,
              f.expected, f.actual] for i, f in enumerate(report.findings, start=1)]
    if not report.findings:
        rows.append(["", "", "", "未发现问题"])
    return rows


def _cell_text(v: Any) -> Any:
    """Strings without the control characters a workbook cannot hold (shown escaped)."""
    if isinstance(v, str):
        from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

        from jixiao.io.outputs import safe_text

        if ILLEGAL_CHARACTERS_RE.search(v) or any(0xD800 <= ord(c) <= 0xDFFF for c in v):
            return safe_text(v)
    return v


def _own_cell(ws: Any, ref: str) -> Any:
    """The cell at ``ref``, or the top-left cell of the merged range it lies in (a covered cell of a merge
    holds no comment: "得分" merged over two rows, the finding about the second row goes on the merge)."""
    from openpyxl.cell.cell import MergedCell

    cell = ws[ref]
    if isinstance(cell, MergedCell):
        for rng in ws.merged_cells.ranges:
            if cell.coordinate in rng:
                return ws.cell(rng.min_row, rng.min_col)
    return cell


def write_result_sheet(wb: openpyxl.Workbook, report: Report) -> None:
    """Add (or replace) the 校验结果 sheet and highlight every finding's cell."""
    if RESULT_SHEET in wb.sheetnames:
        del wb[RESULT_SHEET]
    ws = wb.create_sheet(RESULT_SHEET, 0)
    for values in result_rows(report):
        ws.append([_cell_text(v) for v in values])
        for c in ws[ws.max_row]:
            as_text_cell(c)  # text from the workbook never becomes a formula here
    for c in ws[HEADER_ROW]:
        c.font = Font(bold=True)
    for row, f in enumerate(report.findings, start=FIRST_FINDING_ROW):
        ws.cell(row, 2).fill = FILLS[f.severity]
        if f.sheet in wb.sheetnames and f.cell:
            link = ws.cell(row, 6)
            link.hyperlink = Hyperlink(ref=link.coordinate, location=f"'{f.sheet}'!{f.cell}",
                                       display=f.cell)
            link.font = Font(color="0563C1", underline="single")
            target = _own_cell(wb[f.sheet], f.cell)
            target.fill = FILLS[f.severity]
            text = f"[{f.check}] {f.message}"
            if target.comment is not None:
                text = target.comment.text + "\n" + text
            target.comment = Comment(_cell_text(text[:2000]), "jixiao")
    for col, width in zip("ABCDEFGHI", (6, 8, 20, 16, 12, 8, 70, 14, 14), strict=True):
        ws.column_dimensions[col].width = width
    for row in ws.iter_rows(min_row=FIRST_FINDING_ROW):
        row[6].alignment = Alignment(wrap_text=True, vertical="top")
    ws.freeze_panes = f"A{FIRST_FINDING_ROW}"
    ws.auto_filter.ref = f"A{HEADER_ROW}:I{max(HEADER_ROW, ws.max_row)}"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = 9
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    wb.active = 0
    for other in wb.worksheets[1:]:
        other.sheet_view.tabSelected = False


def write_annotated_copy(report: Report, out_dir: str | Path, name: str | None = None) -> Path:
    """Write ``<name>.校验.xlsx`` (a copy of ``report.path``) into ``out_dir`` atomically.

    ``name`` (from :func:`jixiao.io.outputs.annotated_names`) keeps copies of
    same-named inputs apart; by default the name is made clean and short enough.
    """
    from jixiao.io import atomic_output
    from jixiao.io.outputs import annotated_names

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    target = out / (name or annotated_names([report.path])[report.path])
    wb = _open_copy(report.path)
    write_result_sheet(wb, report)
    with atomic_output(target) as tmp:
        wb.save(tmp)
    return target


__all__ = ["RESULT_SHEET", "a1", "annotated_name", "write_annotated_copy", "write_result_sheet"]
