"""Edit a cell inside an .xlsx's sheet XML the way Excel would save it (cached values kept).

openpyxl drops every formula's cached value when it saves, which is not what a
bureau's Excel does; these helpers change one cell and leave the rest as is.
"""

from __future__ import annotations

import re
import shutil
import zipfile
from pathlib import Path


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
    edit_part(path, f"xl/worksheets/sheet{sheet_index}.xml", edit)


def edit_part(path: Path, part: str, edit: object) -> None:
    """Rewrite one part of the package with ``edit(text) -> text`` (every other part kept as is)."""
    tmp = path.with_suffix(".tmp" + path.suffix)
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as dst:
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


def set_custom_property(path: Path, name: str, value: str | None) -> None:
    """Set the text of custom document property ``name`` (None: remove it)."""
    def edit(text: str) -> str:
        if value is None:
            text, n = re.subn(rf'<property [^>]*name="{name}"[^>]*>.*?</property>', "", text, flags=re.S)
        else:
            text, n = re.subn(rf'(name="{name}"[^>]*><vt:lpwstr>)[^<]*', lambda m: m.group(1) + value, text)
        assert n == 1, f"property {name} not found"
        return text

    edit_part(path, "docProps/custom.xml", edit)


def set_texts(path: Path, texts: dict[str, str], sheet_index: int = 1) -> None:
    """Type each text into its cell of the sheet as Excel saves a typed string (every other cell's cache kept)."""

    def edit(xml: str) -> str:
        for cell, text in texts.items():
            pat = re.compile(rf'<c r="{cell}"([^>]*?)(/>|>.*?</c>)', re.S)

            def typed(m: re.Match[str], text: str = text, cell: str = cell) -> str:
                attrs = re.sub(r' t="[a-zA-Z]+"', "", m.group(1)).rstrip("/")
                return f'<c r="{cell}"{attrs} t="inlineStr"><is><t>{text}</t></is></c>'

            xml, n = pat.subn(typed, xml, count=1)
            assert n == 1, f"cell {cell} not found"
        return xml

    edit_sheet_xml(path, edit, sheet_index)
