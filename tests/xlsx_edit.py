"""Edit a cell inside an .xlsx's sheet XML the way Excel would save it (cached values kept).

openpyxl drops every formula's cached value when it saves, which is not what a
bureau's Excel does; these helpers change one cell and leave the rest as is.
"""

from __future__ import annotations

import re
import shutil
import zipfile
from pathlib import Path


def _sheet_part(z: zipfile.ZipFile, sheet_index: int = 1) -> str:
    return f"xl/worksheets/sheet{sheet_index}.xml"


def replace_formula_with_number(path: Path, cell: str, value: float, sheet_index: int = 1) -> None:
    """Turn formula cell ``cell`` into the constant ``value`` (a typed-over formula)."""
    pattern = re.compile(rf'<c r="{cell}"([^>]*?)(?: t="[a-z]+")?([^>]*)>.*?</c>', re.S)

    def edit(text: str) -> str:
        text, n = pattern.subn(lambda m: f'<c r="{cell}"{m.group(1)}{m.group(2)}>'
                               f"<v>{value}</v></c>", text, count=1)
        assert n == 1, f"cell {cell} not found"
        return text

    edit_sheet_xml(path, edit, sheet_index)


def edit_sheet_xml(path: Path, edit: object, sheet_index: int = 1) -> None:
    """Rewrite the first sheet's XML with ``edit(text) -> text`` (every other part kept as is)."""
    tmp = path.with_suffix(".tmp" + path.suffix)
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as dst:
        part = _sheet_part(src, sheet_index)
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == part:
                data = edit(data.decode("utf-8")).encode("utf-8")  # type: ignore[operator]
            dst.writestr(info, data)
    shutil.move(tmp, path)


def set_formula(path: Path, cell: str, formula: str, sheet_index: int = 1) -> None:
    """Rewrite the formula text of formula cell ``cell`` (cached value kept); ``formula`` as the
    XML holds it, without the leading "=" (openpyxl adds it when reading)."""
    from xml.sax.saxutils import escape

    def edit(text: str) -> str:
        text, n = re.subn(rf'(<c r="{cell}"[^>]*>\s*<f>)[^<]*(</f>)',
                          lambda m: m.group(1) + escape(formula) + m.group(2), text, count=1)
        assert n == 1, f"formula cell {cell} not found"
        return text

    edit_sheet_xml(path, edit, sheet_index)
