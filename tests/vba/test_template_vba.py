"""The template VBA project and its XlsxWriter wiring, read back with olevba."""

from __future__ import annotations

import importlib.util
import re
import zipfile
from pathlib import Path

import pytest
import xlsxwriter
from oletools.olevba import VBA_Parser

from jixiao.vba import (
    VALIDATE_MACRO,
    add_vba_to_workbook,
    build_template_vba,
    insert_validate_button,
)

DATA = Path(__file__).resolve().parents[2] / "src" / "jixiao" / "data" / "vba"


def _xlwings_dir() -> Path:
    spec = importlib.util.find_spec("xlwings")
    assert spec is not None and spec.submodule_search_locations
    return Path(next(iter(spec.submodule_search_locations)))


def _modules(data: bytes, name: str = "vbaProject.bin") -> dict[str, str]:
    parser = VBA_Parser(name, data=data)
    return {stream.split("/")[-1]: code for _, stream, _, code in parser.extract_macros()}


def _subs(code: str) -> set[str]:
    return set(re.findall(r"(?im)^\s*(?:Public\s+)?Sub\s+(\w+)\s*\(", code))


def test_shipped_xlwings_bas_is_xlwings_own_file_with_its_licence() -> None:
    ours = (DATA / "xlwings.bas").read_bytes()
    assert ours == (_xlwings_dir() / "xlwings.bas").read_bytes()
    assert b"'xlwings is distributed under a BSD 3-clause license." in ours
    assert b"'Copyright (C) 2014-present, Zoomer Analytics LLC." in ours


def test_button_module_is_ascii_for_code_page_1252() -> None:
    (DATA / "JixiaoButton.bas").read_bytes().decode("ascii")


def test_template_project_holds_our_module_and_xlwings_verbatim() -> None:
    found = _modules(build_template_vba(("Sheet1", "Sheet2")))
    assert set(found) == {"ThisWorkbook", "Sheet1", "Sheet2", "JixiaoButton", "xlwings",
                          "xlwings_udfs"}
    button = (DATA / "JixiaoButton.bas").read_bytes().decode("ascii")
    button = button.replace("\r\n", "\n").replace("\n", "\r\n")
    assert found["JixiaoButton"] == button
    # xlwings.bas already starts with Attribute VB_Name = "xlwings" and uses CRLF.
    assert found["xlwings"] == (DATA / "xlwings.bas").read_bytes().decode("ascii")


def test_validate_macro_runs_a_fixed_python_module() -> None:
    found = _modules(build_template_vba())
    code = found["JixiaoButton"]
    assert {"JixiaoValidate", "JixiaoSelfTest"} <= _subs(code)
    body = code.split("Sub JixiaoValidate()", 1)[1].split("End Sub", 1)[0]
    # The module name is a literal, not derived from ThisWorkbook.Name.
    assert 'RunPython "import jixiao; jixiao.validate_caller()"' in body
    assert "ThisWorkbook.Name" not in body
    assert re.search(r"(?m)^Public Function RunPython\(", found["xlwings"])


def _build_xlsm(path: Path, *, sheet2_vba_name: str | None = None) -> None:
    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("评分表")
    ws.write("A1", "一级指标")
    other = wb.add_worksheet("说明")
    if sheet2_vba_name:
        other.set_vba_name(sheet2_vba_name)
    add_vba_to_workbook(wb)
    insert_validate_button(ws, "H2")
    wb.close()


def test_xlsxwriter_example_matches_codenames_and_button(tmp_path: Path) -> None:
    path = tmp_path / "某局 评分表.xlsm"
    _build_xlsm(path, sheet2_vba_name="Notes")
    with zipfile.ZipFile(path) as z:
        workbook_xml = z.read("xl/workbook.xml").decode("utf-8")
        sheet_names = [
            re.search(r'codeName="(\w+)"', z.read(f"xl/worksheets/sheet{i}.xml").decode())
            for i in (1, 2)
        ]
        vml = z.read("xl/drawings/vmlDrawing1.vml").decode("utf-8")
        content_types = z.read("[Content_Types].xml").decode("utf-8")
        found = _modules(z.read("xl/vbaProject.bin"))
    assert 'codeName="ThisWorkbook"' in workbook_xml
    codenames = [m.group(1) for m in sheet_names if m]
    assert codenames == ["Sheet1", "Notes"]
    # one document module per sheet codeName, plus ThisWorkbook
    assert {"ThisWorkbook", *codenames} <= set(found)
    assert 'VB_Base = "0{00020820-0000-0000-C000-000000000046}"' in found["Notes"]
    assert "application/vnd.ms-excel.sheet.macroEnabled.main+xml" in content_types
    # The button calls a macro that exists in the project.
    macro = re.search(r"<x:FmlaMacro>\[0\]!(\w+)</x:FmlaMacro>", vml)
    assert macro and macro.group(1) == VALIDATE_MACRO
    assert VALIDATE_MACRO in _subs(found["JixiaoButton"])
    assert "校验整表" in vml


def test_xlsx_name_is_rejected(tmp_path: Path) -> None:
    wb = xlsxwriter.Workbook(str(tmp_path / "plain.xlsx"))
    wb.add_worksheet()
    with pytest.raises(ValueError, match=r"\.xlsm"):
        add_vba_to_workbook(wb)
    wb.close()


# ---------------------------------------------------------------------------
# the UDF declarations: xlwings' own generate_vba_wrapper text, in every .xlsm
# ---------------------------------------------------------------------------

TEMPLATES = Path(__file__).resolve().parents[2] / "workbook_templates"


def _crlf_lines(text: str) -> list[str]:
    return text.replace("\r\n", "\n").rstrip("\n").split("\n")


def test_shipped_udf_module_is_what_xlwings_generates() -> None:
    from tests.udfs.xlwings_vba import xlwings_udfs_bas

    generated = xlwings_udfs_bas()
    shipped = (DATA / "xlwings_udfs.bas").read_bytes().decode("ascii")
    assert _crlf_lines(shipped) == _crlf_lines(generated)


@pytest.mark.parametrize("xlsm", sorted(TEMPLATES.glob("*.xlsm")), ids=lambda p: p.stem)
def test_every_xlsm_declares_the_udfs_as_xlwings_would(xlsm: Path) -> None:
    from tests.udfs.xlwings_vba import xlwings_udfs_bas

    parser = VBA_Parser(str(xlsm))
    found = {stream.split("/")[-1]: code for _, stream, _, code in parser.extract_macros()}
    code = found["xlwings_udfs"]
    for fn in ("SCORE_RANGE", "EXEC_RATE", "GRADE"):
        assert re.search(rf"(?m)^Function {fn}\(", code), fn
        # the module name is fixed, never the workbook's name
        assert f'XLPy.CallUDF("jixiao_udfs", "{fn}"' in code
    # olevba's text equals xlwings' own output (line ends aside; VB_Name first)
    assert _crlf_lines(code) == _crlf_lines(xlwings_udfs_bas())
    # XLPy (called by every declaration) is defined in the embedded xlwings module
    assert re.search(r"(?m)^Function XLPy\(\)", found["xlwings"])
