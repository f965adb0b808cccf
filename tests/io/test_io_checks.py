"""check_file codes: macro-unknown and external-link."""

from __future__ import annotations

from jixiao.grid import LoadedWorkbook
from jixiao.io import KNOWN_VBA_MODULE_HASHES, check_file, formula_links, vba_module_hash

OURS = 'Attribute VB_Name = "JixiaoMain"\r\nSub Validate()\r\n  RunPython "import jixiao"\r\nEnd Sub\r\n'
STUB = 'Attribute VB_Name = "ThisWorkbook"\r\nAttribute VB_Base = "0{00020819}"\r\n'


def _wb(**kw: object) -> LoadedWorkbook:
    return LoadedWorkbook(path="县.xlsm", sheets=[], **kw)  # type: ignore[arg-type]


def test_unknown_macro_is_reported_known_is_not() -> None:
    wb = _wb(has_vba=True, vba_modules={"ThisWorkbook": STUB, "JixiaoMain": OURS})
    codes = check_file(wb)
    assert [c for c, _ in codes] == ["macro-unknown"]
    assert "JixiaoMain" in codes[0][1] and "ThisWorkbook" not in codes[0][1]
    h = vba_module_hash(OURS)
    KNOWN_VBA_MODULE_HASHES.add(h)
    try:
        assert check_file(wb) == []
        # line endings and Attribute lines do not change the hash
        assert vba_module_hash(OURS.replace("\r\n", "\n").split("\n", 1)[1]) == h
    finally:
        KNOWN_VBA_MODULE_HASHES.discard(h)


def test_unreadable_vba_and_xlm_are_reported() -> None:
    assert [c for c, _ in check_file(_wb(has_vba=True))] == ["macro-unknown"]
    codes = check_file(_wb(has_vba=True, vba_modules={"XLM:Macro1": "<xlm>"}))
    assert codes[0][0] == "macro-unknown" and "4.0" in codes[0][1]


def test_external_links() -> None:
    wb = _wb(external_links=["cmd|' /C calc'!A0", "file:///C:/a.xlsx", "\\\\srv\\s\\b.xlsx",
                             "[1]预算.xlsx"])  # fmt: skip
    codes = check_file(wb)
    assert [c for c, _ in codes] == ["external-link"] * 4
    assert "DDE" in codes[0][1]
    assert "网络共享" in codes[1][1] and "网络共享" in codes[2][1]
    assert "外部工作簿" in codes[3][1]


def test_formula_links_near_misses() -> None:
    assert formula_links("=cmd|' /C calc'!A0") == ["cmd|' /C calc'!A0"]
    assert formula_links("=MSEXCEL|'\\..\\..\\Windows\\cmd.exe'!''")
    assert formula_links('=IF(A1="a|b",1,0)') == []  # a pipe inside a string is not DDE
    assert formula_links('=HYPERLINK("https://example.org","x")') == []
    assert formula_links('=HYPERLINK("file:///C:/x.xlsx")') == ["file:///C:/x.xlsx"]
    assert formula_links("='C:\\预算\\[汇总.xlsx]Sheet1'!A1") == ["'C:\\预算\\[汇总.xlsx]Sheet1'"]
    assert formula_links("=SUM(G3:G6)") == []


def test_auto_reads_formulas_only_where_checks_need_them(tmp_path):
    """need_formulas="auto": our templates and files with outward formulas get formula text."""
    from pathlib import Path

    import openpyxl

    from jixiao.io import load_workbook

    template = Path(__file__).resolve().parents[2] / "workbook_templates" / \
        "seed000-huaning-zhigong.xlsx"
    assert load_workbook(template, need_formulas="auto").sheets[0].formulas

    plain = tmp_path / "plain.xlsx"
    wb = openpyxl.Workbook()
    wb.active["A1"], wb.active["A2"] = 1, "=A1*2"
    wb.save(plain)
    assert load_workbook(plain, need_formulas=True).sheets[0].formulas
    assert not load_workbook(plain, need_formulas="auto").sheets[0].formulas

    linky = tmp_path / "linky.xlsx"
    wb = openpyxl.Workbook()
    wb.active["A1"] = "=cmd|' /C calc'!A0"  # DDE
    wb.save(linky)
    lw = load_workbook(linky, need_formulas="auto")
    assert lw.sheets[0].formulas and lw.external_links
