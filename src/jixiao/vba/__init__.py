"""VBA for jixiao workbooks: our own ``vbaProject.bin`` and the ribbon add-in.

Pieces:

* :mod:`jixiao.vba.cfb` writes compound files ([MS-CFB]); ``olefile`` only reads.
* :mod:`jixiao.vba.ovba` builds a version-independent VBA project ([MS-OVBA])
  from source text; Office compiles it on open.
* :func:`build_template_vba` is the project every template gets: our module
  ``JixiaoButton`` (``JixiaoValidate``, ``JixiaoSelfTest``), xlwings' own
  ``xlwings.bas`` (BSD-3, shipped unchanged as data) that provides ``RunPython``
  and ``XLPy``, and ``xlwings_udfs``: the UDF declarations (``SCORE_RANGE``,
  ``EXEC_RATE``, ``GRADE``, ``RULE_CHECK``) exactly as xlwings' "Import Functions"
  writes them for ``udfs/jixiao_udfs.py`` (``XLPy.CallUDF("jixiao_udfs", ...)``,
  a fixed module name), so formulas calculate as soon as macros are enabled:
  no Import Functions and no "Trust access to the VBA project object model".
  ``tests/udfs/xlwings_vba.py`` regenerates it with xlwings itself.
* :mod:`jixiao.vba.addin` writes the ribbon add-in ``jixiao.xlam``.

Wiring a template built with XlsxWriter (the file name must end in ``.xlsm``)::

    wb = xlsxwriter.Workbook("评分表.xlsm")
    ws = wb.add_worksheet("评分表")
    ...                                   # add every worksheet first
    add_vba_to_workbook(wb)               # codenames + vbaProject.bin
    insert_validate_button(ws, "J2")      # button "校验整表" -> JixiaoValidate
    wb.close()

``JixiaoValidate`` runs ``RunPython "import jixiao; jixiao.validate_caller()"``.
The Python module name is fixed, unlike xlwings' quickstart which imports a
module named after the workbook and breaks when bureaus rename files.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Mapping
from importlib import resources
from typing import Any

from jixiao.vba.ovba import build_vba_project

__all__ = [
    "BUTTON_MODULE",
    "PROJECT_NAME",
    "SELFTEST_MACRO",
    "SELFTEST_SHEET",
    "SELFTEST_VALUE",
    "UDF_MODULE",
    "VALIDATE_MACRO",
    "add_vba_to_workbook",
    "build_template_vba",
    "build_vba_project",
    "insert_validate_button",
    "template_modules",
]

BUTTON_MODULE = "JixiaoButton"
#: the module xlwings' Import Functions creates (and would replace, not duplicate)
UDF_MODULE = "xlwings_udfs"
VALIDATE_MACRO = "JixiaoValidate"
SELFTEST_MACRO = "JixiaoSelfTest"
SELFTEST_SHEET = "jixiao_selftest"
SELFTEST_VALUE = "JIXIAO-VBA-OK"
PROJECT_NAME = "JixiaoVBA"


def _data_text(name: str) -> str:
    ref = resources.files("jixiao") / "data" / "vba" / name
    # The .bas files are ASCII (code page 1252 in the project); read strictly.
    return ref.read_bytes().decode("ascii")


def template_modules() -> dict[str, str]:
    """Return the standard modules of the template project: name -> source text."""
    from jixiao.vba.pin import XLWINGS_VERSION, bas_version

    xlwings_bas = _data_text("xlwings.bas")
    if bas_version(xlwings_bas) != XLWINGS_VERSION:  # pragma: no cover - data/pin drift
        msg = f"xlwings.bas is {bas_version(xlwings_bas)}, the pin is {XLWINGS_VERSION}"
        raise RuntimeError(msg)
    return {
        BUTTON_MODULE: _data_text("JixiaoButton.bas"),
        "xlwings": xlwings_bas,
        UDF_MODULE: _data_text("xlwings_udfs.bas"),
    }


def build_template_vba(
    sheet_codenames: Iterable[str] = ("Sheet1",),
    *,
    extra_modules: Mapping[str, str] | None = None,
    project_id: str | None = None,
    seed: int | None = None,
) -> bytes:
    """Build the ``vbaProject.bin`` of a jixiao template.

    Args:
        sheet_codenames: the ``codeName`` of every worksheet, in order; each
            gets a document module (``ThisWorkbook`` is always added).
        extra_modules: more standard modules (name -> source), e.g. UDF wrappers.
        project_id, seed: override the values otherwise derived from the
            sources (see :func:`jixiao.vba.ovba.build_vba_project`); the
            default output is byte-identical for identical input.

    Returns:
        The compound-file bytes for ``workbook.add_vba_project(..., is_stream=True)``.
    """
    modules = template_modules()
    if extra_modules:
        modules.update(extra_modules)
    return build_vba_project(
        modules,
        project_name=PROJECT_NAME,
        document_modules=("ThisWorkbook", *sheet_codenames),
        project_id=project_id,
        seed=seed,
    )


def add_vba_to_workbook(
    workbook: Any,
    worksheets: Iterable[Any] | None = None,
    *,
    extra_modules: Mapping[str, str] | None = None,
) -> bytes:
    """Attach the template VBA project to an XlsxWriter workbook.

    Call it after every worksheet has been added: the project declares one
    document module per worksheet, matching the sheets' ``codeName``. Sheets
    without a VBA name get XlsxWriter's default ``Sheet<n>``; the workbook
    gets ``ThisWorkbook``.

    Args:
        workbook: an ``xlsxwriter.Workbook`` whose file name ends in ``.xlsm``.
        worksheets: the worksheets (default: ``workbook.worksheets()``).
        extra_modules: more standard modules for the project.

    Returns:
        The ``vbaProject.bin`` bytes that were attached.
    """
    filename = getattr(workbook, "filename", None)
    if isinstance(filename, str) and not filename.lower().endswith((".xlsm", ".xltm")):
        msg = (
            "带宏的工作簿须以 .xlsm 结尾 | "
            f"a workbook with VBA must be .xlsm (got {filename!r})"
        )
        raise ValueError(msg)
    sheets = list(workbook.worksheets() if worksheets is None else worksheets)
    codenames = []
    for sheet in sheets:
        if sheet.vba_codename is None:
            sheet.set_vba_name()
        codenames.append(sheet.vba_codename)
    workbook.set_vba_name("ThisWorkbook")
    data = build_template_vba(codenames, extra_modules=extra_modules)
    workbook.add_vba_project(io.BytesIO(data), is_stream=True)
    return data


def insert_validate_button(
    worksheet: Any,
    cell: str,
    *,
    caption: str = "校验整表",
    width: int = 96,
    height: int = 28,
    **options: Any,
) -> None:
    """Insert a form button that runs ``JixiaoValidate`` into an XlsxWriter worksheet."""
    worksheet.insert_button(
        cell,
        {"macro": VALIDATE_MACRO, "caption": caption, "width": width, "height": height, **options},
    )
