"""The only module that talks to a running Excel (through xlwings), for the two buttons.

* ``jixiao.validate_caller()`` — the button in a template (``JixiaoValidate`` runs
  ``import jixiao; jixiao.validate_caller()``): validates the workbook that called.
* ``jixiao.main()`` — the ribbon add-in ``jixiao.xlam`` (xlwings' ``RunMain`` runs
  ``import jixiao; jixiao.main()``): validates the active workbook.

Both read the sheets' values and formulas from Excel (so unsaved edits count),
run the same validation as ``jixiao validate``, and write a 校验结果 sheet into
the workbook. Error cells are read as their error text (``err_to_str=True``:
"#VALUE!", "#NAME?", "#DIV/0!" …), as the file loader reads them, so the
button reports ``score-not-number`` exactly where ``jixiao validate`` does
(xlwings' default turns error cells into blanks). Before anything else the
installed xlwings is checked against the pinned version
(:mod:`jixiao.vba.pin`): a mismatch stops with a Chinese message naming both
versions and the fix. Only that new sheet is written: protected sheets are not touched,
so nothing needs unprotecting. xlwings is imported inside the functions, so the
rest of jixiao never depends on it.
"""

from __future__ import annotations

from typing import Any

from jixiao.export import csv_safe
from jixiao.grid import Grid, LoadedWorkbook
from jixiao.validation import Report, validate_loaded
from jixiao.validation.annotate import FIRST_FINDING_ROW, HEADERS, RESULT_SHEET, result_rows


class XlwingsVersionError(RuntimeError):
    """The installed xlwings is not the version jixiao's VBA was made for."""


def xlwings_checked(version: str | None = None) -> Any:
    """Import xlwings and check its version; raise XlwingsVersionError (Chinese) if wrong."""
    import xlwings as xw

    from jixiao.vba.pin import version_problem

    problem = version_problem(xw.__version__ if version is None else version)
    if problem:
        raise XlwingsVersionError(problem)
    return xw


def validate_caller() -> Report:
    """Button entry point: validate ``xw.Book.caller()`` and show 校验结果."""
    return validate_book(xlwings_checked().Book.caller())


def main() -> Report:
    """Ribbon entry point: validate the active workbook and show 校验结果."""
    return validate_book(xlwings_checked().books.active)


def validate_book(book: Any) -> Report:
    """Validate an xlwings ``Book`` (or anything with the same small API)."""
    lw = loaded_from_book(book)
    report = validate_loaded(lw)
    write_result_sheet(book, report)
    return report


def _rows(v: Any) -> list[list[Any]]:
    if v is None:
        return []
    if not isinstance(v, list | tuple):
        return [[v]]
    if v and not isinstance(v[0], list | tuple):
        return [list(v)]
    return [list(r) for r in v]


def loaded_from_book(book: Any) -> LoadedWorkbook:
    """Read every sheet's used range (values and formulas) into Grids."""
    sheets = []
    for sheet in book.sheets:
        if sheet.name == RESULT_SHEET:
            continue
        rng = sheet.used_range
        r0, c0 = rng.row, rng.column
        grid = Grid(name=sheet.name)
        # err_to_str: "#VALUE!" etc. as text, as `jixiao validate` reads them (not blanks)
        values = _rows(rng.options(ndim=2, err_to_str=True).value)
        formulas = _rows(rng.formula)
        for i, row in enumerate(values):
            for j, v in enumerate(row):
                if v is not None and v != "":
                    grid.values[(r0 + i, c0 + j)] = v
        for i, row in enumerate(formulas):
            for j, f in enumerate(row):
                if isinstance(f, str) and f.startswith("="):
                    grid.formulas[(r0 + i, c0 + j)] = f
        grid.max_row = r0 + len(values) - 1
        grid.max_col = c0 + max((len(r) for r in values), default=1) - 1
        sheets.append(grid)
    return LoadedWorkbook(path=str(getattr(book, "fullname", book.name)), sheets=sheets,
                          properties=_custom_properties(book),
                          defined_names=_names(book))


def _custom_properties(book: Any) -> dict[str, str]:
    out: dict[str, str] = {}
    try:
        props = book.api.CustomDocumentProperties
        for i in range(1, props.Count + 1):
            item = props.Item(i)
            out[str(item.Name)] = str(item.Value)
    except Exception:  # noqa: BLE001 - properties are optional (not on every platform)
        return out
    return out


def _names(book: Any) -> dict[str, str]:
    out: dict[str, str] = {}
    try:
        for n in book.names:
            out[n.name] = str(n.refers_to).lstrip("=")
    except Exception:  # noqa: BLE001 - names are optional
        return out
    return out


def write_result_sheet(book: Any, report: Report) -> None:
    """Write (or rewrite) the 校验结果 sheet with links to each cell, then select it."""
    names = [s.name for s in book.sheets]
    if RESULT_SHEET in names:
        sheet = book.sheets[RESULT_SHEET]
        sheet.clear()
    else:
        sheet = book.sheets.add(RESULT_SHEET, after=book.sheets[len(names) - 1])
    width = len(HEADERS)
    # Excel parses text set through COM: "=…"/"+…" from a workbook must stay text
    sheet.range("A1").value = [[csv_safe(v) for v in r] + [""] * (width - len(r))
                               for r in result_rows(report)]
    for i, f in enumerate(report.findings, start=FIRST_FINDING_ROW):
        if f.sheet and f.cell:
            sheet.range(f"F{i}").add_hyperlink(f"#'{f.sheet}'!{f.cell}", f.cell,
                                               f"{f.sheet}!{f.cell}")
    sheet.activate()
