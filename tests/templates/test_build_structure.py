"""Template structure, read back with openpyxl (an independent reader)."""

import zipfile

import openpyxl
import pytest

from jixiao.excel_lint import disallowed_functions
from jixiao.templates.build import (
    BASE_COLUMNS,
    PROP_HASH,
    PROP_ID,
    PROP_VERSION,
    build_workbook,
    columns_for,
    file_name,
)
from jixiao.templates.spec import spec_hash
from tests.templates.conftest import COMMITTED


@pytest.fixture(scope="module")
def blank000(tmp_path_factory, seed000):
    path = tmp_path_factory.mktemp("b") / "t.xlsx"
    build_workbook(seed000, "portable", path)
    return path


def test_published_column_order_and_headers(blank000, seed000):
    ws = openpyxl.load_workbook(blank000)["评分表"]
    headers = [c.value for c in ws[3]]
    assert tuple(headers[: len(BASE_COLUMNS)]) == BASE_COLUMNS
    assert headers == columns_for(seed000)
    assert "得分率" in headers  # seed 000's 表4~表7 carry 得分率


def test_merged_level1_labels_carry_weights(blank000):
    ws = openpyxl.load_workbook(blank000)["评分表"]
    labels = {ws.cell(r.min_row, r.min_col).value for r in ws.merged_cells.ranges
              if r.min_col == 2 and r.max_row > r.min_row}
    # 000: 决策指标 (10分) / 过程 22 / 产出 43 / 效益 25
    assert {"决策指标 (10分)", "过程指标 (22分)", "产出指标 (43分)", "效益指标 (25分)"} <= labels


def test_totals_names_protection_and_print(blank000):
    wb = openpyxl.load_workbook(blank000)
    ws = wb["评分表"]
    assert "总分" in wb.defined_names and "等级" in wb.defined_names
    assert ws.protection.sheet is True and not ws.protection.password
    labels = [ws.cell(r, 3).value for r in range(1, ws.max_row + 1)] + \
             [ws.cell(r, 1).value for r in range(1, ws.max_row + 1)]
    assert labels.count("小计") == 4 and "合计" in labels and "等级" in labels
    assert ws.page_setup.orientation == "landscape"
    assert str(ws.page_setup.paperSize) == "9"  # A4
    assert ws.print_title_rows == "$3:$3"
    # fit to one page wide (fitToWidth defaults to 1 when omitted), any number of pages tall
    assert ws.sheet_properties.pageSetUpPr.fitToPage
    assert ws.page_setup.fitToWidth in (None, 1) and ws.page_setup.fitToHeight == 0
    assert "填表说明" in wb.sheetnames


def test_inputs_unlocked_formulas_locked_and_validated(blank000):
    ws = openpyxl.load_workbook(blank000)["评分表"]
    header = {c.value: c.column for c in ws[3]}
    formula_cells = unlocked_inputs = 0
    for row in ws.iter_rows(min_row=4):
        for c in row:
            if isinstance(c.value, str) and c.value.startswith("="):
                formula_cells += 1
                assert c.protection.locked, c.coordinate
            if c.column == header["业绩值"] and not c.protection.locked:
                unlocked_inputs += 1
                assert c.fill.fgColor.rgb.endswith("FFF2CC"), c.coordinate
    assert formula_cells > 40 and unlocked_inputs >= 17
    kinds = {dv.type for dv in ws.data_validations.dataValidation}
    assert {"list", "custom", "decimal"} <= kinds
    score_col = header["得分"]
    fmts = {ws.cell(r, score_col).number_format for r in range(4, ws.max_row)}
    assert "0.00" in fmts
    assert "0.00%" in {ws.cell(r, header["得分率"]).number_format for r in range(4, ws.max_row)}


def test_document_properties_identify_template(blank000, seed000):
    props = {p.name: p.value for p in openpyxl.load_workbook(blank000).custom_doc_props.props}
    assert props[PROP_ID] == seed000.id
    assert props[PROP_VERSION] == str(seed000.version)
    assert props[PROP_HASH] == spec_hash(seed000)


def test_full_calc_on_load(blank000):
    with zipfile.ZipFile(blank000) as z:
        assert b'fullCalcOnLoad="1"' in z.read("xl/workbook.xml")


@pytest.mark.parametrize("name", ["IFS(A1>1,2)", "_xlfn.XLOOKUP(1,A:A,B:B)", "MAXIFS(A:A,B:B,1)",
                                  "LET(x,1,x)", "SWITCH(A1,1,2)", "TEXTJOIN(\",\",1,A1)"])
def test_lint_catches_near_misses(name):
    assert disallowed_functions("=" + name)


def test_lint_ignores_function_names_inside_strings():
    assert not disallowed_functions('=IF(A1="IFS(x)",1,0)')


def test_every_committed_portable_formula_is_excel_2010(specs):
    for spec in specs.values():
        wb = openpyxl.load_workbook(COMMITTED / file_name(spec, "portable"))
        n = 0
        for ws in wb.worksheets:  # 评分表 and the hidden helper sheet (计算辅助)
            for row in ws.iter_rows():
                for c in row:
                    if isinstance(c.value, str) and c.value.startswith("="):
                        n += 1
                        assert not disallowed_functions(c.value), (spec.id, c.coordinate,
                                                                   c.value)
                        assert "_xlfn" not in c.value
                        # Excel 2010: 8,192 characters and 64 nested levels per formula
                        assert len(c.value) < 8192
                        assert _nesting(c.value) <= 64, (spec.id, c.coordinate)
        assert n > 0


def _nesting(formula: str) -> int:
    depth = deepest = 0
    in_string = False
    for ch in formula:
        if ch == '"':
            in_string = not in_string
        elif not in_string and ch == "(":
            depth += 1
            deepest = max(deepest, depth)
        elif not in_string and ch == ")":
            depth -= 1
    return deepest


def test_udf_flavour_calls_udfs_and_has_button(tmp_path, seed000):
    path = tmp_path / "t.xlsm"
    build_workbook(seed000, "udf", path)
    ws = openpyxl.load_workbook(path, keep_vba=True)["评分表"]
    formulas = [c.value for row in ws.iter_rows() for c in row
                if isinstance(c.value, str) and c.value.startswith("=")]
    assert any("SCORE_RANGE(" in f for f in formulas)
    assert any("EXEC_RATE(" in f for f in formulas)
    assert any("GRADE(" in f for f in formulas)
    with zipfile.ZipFile(path) as z:
        names = z.namelist()
        assert "xl/vbaProject.bin" in names
        vml = b"".join(z.read(n) for n in names if n.endswith(".vml"))
        assert b"JixiaoValidate" in vml
        assert "校验整表".encode() in vml
