"""Exports that leave jixiao: CSV and spreadsheet cells never turn text into formulas.

Values read from a bureau's workbook (a 业绩值 typed as ``=cmd|' /C calc'!A0``, a
sheet name starting with ``+``) must not become live formulas when someone opens
our CSV or summary in Excel. CSV cells starting with ``= + - @`` (or tab/CR) get a
leading apostrophe; spreadsheet writers store such text as text.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from pathlib import Path
from typing import Any

DANGEROUS_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
FINDING_COLUMNS = ["文件", "工作表", "单元格", "检查项", "严重程度", "问题说明", "应为", "实际"]


def csv_safe(value: Any) -> Any:
    """Neutralise formula injection in one CSV cell ("=1+1" → "'=1+1"); numbers pass."""
    if isinstance(value, str) and value.startswith(DANGEROUS_PREFIXES):
        return "'" + value
    return value


def _field(value: Any) -> Any:
    """A CSV field: control characters, line breaks and undecodable bytes escaped, then
    :func:`csv_safe` (a row is one line; nothing becomes a formula)."""
    from jixiao.io.outputs import safe_text

    return csv_safe(safe_text(value) if isinstance(value, str) else value)


def findings_csv(reports: Iterable[Any]) -> bytes:
    """All findings of all reports as UTF-8 CSV with BOM (Excel opens it as Chinese text)."""
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(FINDING_COLUMNS)
    for r in reports:
        if r.error:
            w.writerow([_field(x) for x in (r.path, "", "", "unreadable", "错误", r.error, "", "")])
        for f in r.findings:
            w.writerow([_field(x) for x in (r.path, f.sheet, f.cell, f.check, f.severity.value,
                                            f.message, f.expected, f.actual)])
    return ("\ufeff" + buf.getvalue()).encode("utf-8")


def write_findings_csv(reports: Iterable[Any], path: str | Path) -> None:
    from jixiao.io import write_atomically

    write_atomically(path, findings_csv(reports))


def as_text_cell(cell: Any) -> None:
    """Make an openpyxl cell holding a str that starts with '=' stay text, not a formula."""
    if isinstance(cell.value, str) and cell.value.startswith("="):
        cell.data_type = "s"
