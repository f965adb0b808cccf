"""LibreOffice, an independent VBA importer, loads our project and runs a macro.

LibreOffice reads ``xl/vbaProject.bin`` with its own compound-file, ``dir``
stream and decompression code (oox/ole/vbaproject), imports the modules
into a Basic library named after the project, and runs them in VBA
compatibility mode. See conftest.py for the exact soffice commands.
"""

from __future__ import annotations

import io
from pathlib import Path

import openpyxl
import pytest
import xlsxwriter

from jixiao.vba import (
    BUTTON_MODULE,
    PROJECT_NAME,
    SELFTEST_MACRO,
    SELFTEST_SHEET,
    SELFTEST_VALUE,
    add_vba_to_workbook,
    insert_validate_button,
)
from jixiao.vba.ovba import build_vba_project

pytestmark = pytest.mark.libreoffice

DATA = Path(__file__).resolve().parents[2] / "src" / "jixiao" / "data" / "vba"


def _strip(lines: list[str]) -> list[str]:
    while lines and not lines[-1].strip():
        lines = lines[:-1]
    return lines


def _template(path: Path) -> Path:
    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("评分表")
    ws.write("A1", "一级指标")
    ws.write("B2", 12.5)
    wb.add_worksheet("说明").write("A1", "填表说明")
    add_vba_to_workbook(wb)
    insert_validate_button(ws, "H2")
    wb.close()
    return path


def test_selftest_macro_runs_and_writes_its_cell(tmp_path: Path, lo_run) -> None:
    # A renamed file with Chinese and spaces: nothing depends on the file name.
    xlsm = _template(tmp_path / "某局 评分表（改名）.xlsm")
    run = lo_run(xlsm, tmp_path / "lo", library=PROJECT_NAME, module=BUTTON_MODULE,
                 macro=SELFTEST_MACRO)
    assert run.ok, run.status
    assert PROJECT_NAME in (run.value("LIBS") or "").split(",")
    modules = set((run.value("MODULES") or "").split(","))
    assert {"JixiaoButton", "xlwings", "ThisWorkbook", "Sheet1", "Sheet2"} <= modules
    # LibreOffice's own reader recovered every source line; it prepends two
    # lines of its own and drops the Attribute VB_* lines.
    for name, source_file in (("JixiaoButton", "JixiaoButton.bas"), ("xlwings", "xlwings.bas")):
        lines = run.modules[name].splitlines()
        assert lines[:2] == ["Rem Attribute VBA_ModuleType=VBAModule", "Option VBASupport 1"]
        source = (DATA / source_file).read_bytes().decode("ascii").splitlines()
        assert _strip(lines[2:]) == _strip(source[1:]), name  # source[0] is VB_Name
    # Document modules were recognised as such (MODULETYPE 0x22 + Document= lines).
    for name in ("ThisWorkbook", "Sheet1", "Sheet2"):
        assert run.modules[name].startswith("Rem Attribute VBA_ModuleType=VBADocumentModule")

    wb = openpyxl.load_workbook(run.out_xlsx)
    assert wb.sheetnames == ["评分表", "说明", SELFTEST_SHEET]
    assert wb[SELFTEST_SHEET]["A1"].value == SELFTEST_VALUE
    # The user's sheets are untouched.
    assert wb["评分表"]["A1"].value == "一级指标"
    assert wb["评分表"]["B2"].value == 12.5
    assert wb["说明"]["A1"].value == "填表说明"


def test_missing_macro_is_reported_not_faked(tmp_path: Path, lo_run) -> None:
    # Negative control: same harness, a project without JixiaoSelfTest.
    xlsm = tmp_path / "no_selftest.xlsm"
    wb = xlsxwriter.Workbook(str(xlsm))
    wb.add_worksheet("评分表")
    wb.set_vba_name("ThisWorkbook")
    data = build_vba_project({BUTTON_MODULE: "Public Sub Other()\nEnd Sub\n"},
                             document_modules=("ThisWorkbook", "Sheet1"))
    wb.add_vba_project(io.BytesIO(data), is_stream=True)
    wb.close()
    run = lo_run(xlsm, tmp_path / "lo", library=PROJECT_NAME, module=BUTTON_MODULE,
                 macro=SELFTEST_MACRO)
    assert not run.ok
    assert any(line.startswith("ERROR") for line in run.status), run.status
    assert not run.out_xlsx.exists()


TEMPLATES = Path(__file__).resolve().parents[2] / "workbook_templates"


@pytest.mark.parametrize("name", sorted(p.name for p in TEMPLATES.glob("*.xlsm")))
def test_shipped_xlsm_lists_the_udf_module_and_runs_selftest_renamed(
        tmp_path: Path, lo_run, name: str) -> None:
    # A bureau renames the download: the macros must not depend on the file name.
    renamed = tmp_path / f"某局 {Path(name).stem}（1）.xlsm"
    renamed.write_bytes((TEMPLATES / name).read_bytes())
    run = lo_run(renamed, tmp_path / "lo", library=PROJECT_NAME, module=BUTTON_MODULE,
                 macro=SELFTEST_MACRO)
    # The macro ran and wrote its cell (read back through LibreOffice's API). Saving a
    # copy afterwards recalculates the score cells, which call the UDF declarations:
    # LibreOffice has no xlwings, so those calls fail there; Excel is the target.
    assert "RAN" in run.status, run.status
    assert run.value("SELFTEST") == SELFTEST_VALUE, run.status
    modules = set((run.value("MODULES") or "").split(","))
    assert {"JixiaoButton", "xlwings", "xlwings_udfs"} <= modules
    # LibreOffice's own VBA importer recovered the UDF declarations line for line
    lines = run.modules["xlwings_udfs"].splitlines()
    assert lines[:2] == ["Rem Attribute VBA_ModuleType=VBAModule", "Option VBASupport 1"]
    source = (DATA / "xlwings_udfs.bas").read_bytes().decode("ascii").splitlines()
    assert _strip(lines[2:]) == _strip(source[1:])
