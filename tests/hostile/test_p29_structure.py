"""Red team p29: returns whose structure the bureau changed — the hidden helper sheet 计算辅助 deleted, a row inserted
inside the issued 评分表 — built from the real template (seed003, 南京 部门整体, portable), edited with openpyxl as
the bureau's program would leave them, and collected.

Expected findings are written by hand from what was done to the file:

- 计算辅助 deleted: every score formula of the 评分表 reads it (“'计算辅助'!$J$8”), so in Excel the scores show #REF!;
  before p29 collect 核定 the right total from the inputs and said nothing (openpyxl delete), 55 “公式与下发的模板不同”
  (Excel's delete: #REF! in each formula that read it) or 82 errors (LibreOffice re-save: “#NAME?” in 40 score cells,
  41 “表中得分 #NAME?，核定得分 …”, one 业绩值). Now one finding naming the workbook and the sheet; a warning in
  validation, an error in collect; the 核定 total is the drawn values' hand total (tests/collect/helpers.draw_filled).
- A row inserted at row 10 (between 3.中长期目标与职能的匹配性, row 9, and 4.年度目标明确性, row 10): Excel moves every
  row below down and rewrites each reference to them (``_insert_row_as_excel``); before p29 collect said “公式与下发的
  模板不同” at 39 moved cells and nothing about the row. Now one ``issued-changed`` at A10 naming the row and its
  text; the indicators are all there, so the 核定 total stays the hand total. An inserted *indicator* (a name and a
  分值) gives 42 indicator rows for 41 issued: refused as a deleted row is (行被增删), now naming the inserted row.
"""

from __future__ import annotations

import random
import re
import shutil
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from openpyxl.formula.tokenizer import Token, Tokenizer

from jixiao.collect import check_one
from jixiao.templates.build import Filled, build_workbook
from jixiao.templates.spec import load_all_specs
from jixiao.validation.validate import validate_workbook
from tests import lo
from tests.collect.helpers import draw_filled

SPEC = next(s for s in load_all_specs() if s.id == "seed003-nanjing-bumen")
SHEET, HELPER = "评分表", "计算辅助"
#: seed003's rows as built: 3.中长期目标与职能的匹配性 at row 9, 4.年度目标明确性 at row 10 (its score in I10)
AT = 10


@pytest.fixture(scope="module")
def issued(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Decimal]:
    """A filled return of seed003 (drawn values) and its hand total."""
    values, total = draw_filled(SPEC, random.Random(3))
    path = tmp_path_factory.mktemp("p29") / "base.xlsx"
    build_workbook(SPEC, "portable", path, Filled(values, "甲", "2024"))
    return path, total


def _copy(issued: tuple[Path, Decimal], to: Path) -> Path:
    shutil.copy(issued[0], to)
    return to


def _not_hint(c: Any) -> list[tuple[str, str, str]]:
    """(check, cell, message) of the findings that are not the template's known hints."""
    return [(f.check, f.cell, f.message) for f in c.report.findings
            if f.check not in ("rule-max-weight", "rule-unreadable", "na-full-marks", "formulas-uncalculated")]


# ------------------------------------------------------------------------------------------- 计算辅助 deleted
def _without_helper(issued: tuple[Path, Decimal], to: Path) -> Path:
    wb = openpyxl.load_workbook(_copy(issued, to))
    del wb[HELPER]
    wb.save(to)
    return to


def test_a_return_without_its_helper_sheet_is_said_and_verified_from_its_inputs(issued, tmp_path: Path) -> None:
    c = check_one(_without_helper(issued, tmp_path / "甲单位.xlsx"))
    (f,) = [f for f in c.report.findings if f.check == "helper-deleted"]
    assert f.severity.value == "错误"
    assert "工作簿“甲单位.xlsx”" in f.message and "辅助计算表“计算辅助”被删除" in f.message
    assert "表内公式无法计算" in f.message and f.message.endswith("核定分按填报值重算（按下发的第1版规则）")
    assert [x for x in _not_hint(c) if x[0] != "helper-deleted"] == []
    assert c.verified.total == issued[1]


def _without_helper_as_excel(issued: tuple[Path, Decimal], to: Path, edit: dict[str, tuple[str, str]] | None = None
                             ) -> Path:
    """计算辅助 deleted in Excel (unhidden first): Excel writes #REF! for every reference to it; ``edit``: cell ->
    (old, new) text replaced in that cell's formula as well (the bureau's own change)."""
    wb = openpyxl.load_workbook(_copy(issued, to))
    for row in wb[SHEET].iter_rows():
        for c in row:
            if c.data_type == "f":
                tok = Tokenizer(c.value)
                for t in tok.items:
                    if t.type == Token.OPERAND and t.value.startswith(f"'{HELPER}'!"):
                        t.value = "#REF!"
                c.value = tok.render()
    for ref, (old, new) in (edit or {}).items():
        wb[SHEET][ref] = wb[SHEET][ref].value.replace(old, new)
    del wb[HELPER]
    wb.save(to)
    return to


def test_a_helper_sheet_deleted_in_excel_is_one_finding(issued, tmp_path: Path) -> None:
    # before: helper-deleted had no word, and each of the 55 formulas that read 计算辅助 was “公式与下发的模板不同”
    c = check_one(_without_helper_as_excel(issued, tmp_path / "r.xlsx"))
    assert [x[0] for x in _not_hint(c)] == ["helper-deleted"]
    assert "“评分表”中 55 个公式引用该表" in _not_hint(c)[0][2]
    assert c.verified.total == issued[1]


def test_a_formula_changed_beside_the_ref_errors_is_still_said(issued, tmp_path: Path) -> None:
    # I8 (中长期规划制定明确性): its 明确性不足 level raised from 1 to 2 points by the bureau, besides Excel's #REF!
    path = _without_helper_as_excel(issued, tmp_path / "r.xlsx", {"I8": ("MIN(G8,1)", "MIN(G8,2)")})
    c = check_one(path)
    assert [(x[0], x[1]) for x in _not_hint(c)] == [("helper-deleted", ""), ("issued-changed", "I8")]
    assert c.verified.total == issued[1]


def test_validation_alone_warns(issued, tmp_path: Path) -> None:
    report = validate_workbook(_without_helper(issued, tmp_path / "r.xlsx"))
    assert [f.severity.value for f in report.findings if f.check == "helper-deleted"] == ["警告"]


def test_a_return_with_its_helper_sheet_says_nothing_of_it(issued) -> None:  # protecting
    c = check_one(issued[0])
    assert _not_hint(c) == [] and c.verified.total == issued[1]


# ------------------------------------------------------------------------------------------- a row inserted
def _moved(ref: str, own: bool, at: int) -> str:
    """A reference as Excel rewrites it after inserting a row at ``at`` of 评分表: rows from ``at`` on, one down."""
    sheet, _, cells = ref.rpartition("!")
    if (sheet.strip("'") != SHEET) if sheet else not own:
        return ref
    parts = [re.sub(r"(\$?)(\d+)$", lambda m: m[1] + str(int(m[2]) + (int(m[2]) >= at)), p) for p in cells.split(":")]
    return (sheet + "!" if sheet else "") + ":".join(parts)


def _insert_row_as_excel(path: Path, at: int, cells: dict[str, Any] | None = None) -> Path:
    """Insert a row at ``at`` of 评分表 as Excel does: the rows below move down, every formula (this sheet's and the
    helper's) that points at them follows, merged blocks across the row grow; then type ``cells`` into it."""
    wb = openpyxl.load_workbook(path)
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                if c.data_type == "f":  # (a 计分规则 text "=100%: 1" is a string, not a formula)
                    tok = Tokenizer(c.value)
                    for t in tok.items:
                        if t.type == Token.OPERAND and t.subtype == Token.RANGE:
                            t.value = _moved(t.value, ws.title == SHEET, at)
                    c.value = tok.render()
    ws = wb[SHEET]
    merged = [(m.min_row, m.min_col, m.max_row, m.max_col) for m in ws.merged_cells.ranges]
    for m in list(ws.merged_cells.ranges):
        ws.unmerge_cells(str(m))
    ws.insert_rows(at)
    for r1, c1, r2, c2 in merged:
        ws.merge_cells(start_row=r1 + (r1 >= at), start_column=c1, end_row=r2 + (r2 >= at), end_column=c2)
    for ref, v in (cells or {}).items():
        ws[ref] = v
    wb.save(path)
    return path


def test_a_blank_row_inserted_is_named_and_the_total_verified(issued, tmp_path: Path) -> None:
    c = check_one(_insert_row_as_excel(_copy(issued, tmp_path / "r.xlsx"), AT))
    assert _not_hint(c) == [("issued-changed", "A10",
                             "A10：第10行（空行）是插入的行，下发的评分表没有这一行（行被增删）；各指标仍按下发规则核定，"
                             "插入行的内容未计分")]
    assert c.verified.total == issued[1] and c.verified.basis == "按下发的第1版规则"


def test_validation_alone_names_the_inserted_row(issued, tmp_path: Path) -> None:
    report = validate_workbook(_insert_row_as_excel(_copy(issued, tmp_path / "r.xlsx"), AT))
    assert [(f.check, f.severity.value, f.cell, f.message) for f in report.findings if f.check == "template-modified"] \
        == [("template-modified", "警告", "A10", "A10：第10行（空行）是插入的行，模板没有这一行（行被增删）")]


def test_a_note_row_inserted_is_quoted(issued, tmp_path: Path) -> None:
    note = "本单位中长期规划正在修订"
    c = check_one(_insert_row_as_excel(_copy(issued, tmp_path / "r.xlsx"), AT, {"F10": note}))
    assert _not_hint(c) == [("issued-changed", "A10",
                             f"A10：第10行（{note}）是插入的行，下发的评分表没有这一行（行被增删）；各指标仍按下发规则核定，"
                             "插入行的内容未计分")]
    assert c.verified.total == issued[1]


def test_a_formula_changed_below_an_inserted_row_is_still_said(issued, tmp_path: Path) -> None:
    # 4.年度目标明确性's score, I10 as issued, I11 after the insertion: typed over with a formula of the bureau's own
    path = _insert_row_as_excel(_copy(issued, tmp_path / "r.xlsx"), AT, {"I11": "=G11"})
    c = check_one(path)
    changed = [(f.cell, f.actual) for f in c.report.findings if f.check == "issued-changed"]
    assert changed == [("A10", "空行"), ("I11", "=G11")]
    assert c.verified.total == issued[1]  # 核定 by the issued rule, not the bureau's formula


def test_an_inserted_indicator_row_refuses_the_total_and_names_the_row(issued, tmp_path: Path) -> None:
    path = _insert_row_as_excel(_copy(issued, tmp_path / "r.xlsx"), AT,
                                {"D10": "年度重点工作完成情况", "G10": 2, "H10": "完成", "I10": 2})
    c = check_one(path)
    assert c.verified.total is None and c.verified.basis == "行被增删"
    (f,) = [f for f in c.report.findings if f.check == "issued-changed"]
    assert f.message == ("评分表有 42 个指标行，下发的模板第1版有 41 个（行被增删：插入第10行（年度重点工作完成情况｜2）），"
                         "无法按下发规则核定")


def test_a_deleted_row_still_refuses(issued, tmp_path: Path) -> None:  # protecting (tests/collect/test_verify)
    path = _copy(issued, tmp_path / "r.xlsx")
    wb = openpyxl.load_workbook(path)
    wb[SHEET].delete_rows(AT)  # 4.年度目标明确性 (the formulas are not moved: the count decides first)
    wb.save(path)
    c = check_one(path)
    assert c.verified.total is None and c.verified.basis == "行被增删"
    (f,) = [f for f in c.report.findings if f.check == "issued-changed"]
    assert "评分表有 40 个指标行，下发的模板第1版有 41 个（行被增删：删去下发表第10行（4｜年度目标明确性" in f.message


# ------------------------------------------------------------------------------------------- LibreOffice re-saves
@pytest.mark.skipif(lo.SOFFICE is None, reason="LibreOffice (soffice) is not installed")
def test_libreoffice_resaves(issued, tmp_path: Path) -> None:
    """LibreOffice recalculates both on load: without 计算辅助 every score shows an error value (one finding, not
    one per cell); with the inserted row it rewrites the moved formulas its own way (quotes dropped) — still not
    “changed”."""
    src = tmp_path / "src"
    src.mkdir()
    paths = [_without_helper(issued, src / "无辅助表.xlsx"),
             _insert_row_as_excel(_copy(issued, src / "插入行.xlsx"), AT)]
    out = lo.recalc_many(paths, tmp_path / "lo")
    no_helper, inserted = (check_one(out[p]) for p in paths)
    shown = {str(v) for (r, col), v in openpyxl_values(out[paths[0]]).items() if col == 9 and r == AT}
    assert shown & {"#NAME?", "#REF!"}, shown  # the sheet really shows an error where the score was
    assert [x[0] for x in _not_hint(no_helper)] == ["helper-deleted"]
    assert no_helper.verified.total == issued[1]
    assert [(x[0], x[1]) for x in _not_hint(inserted)] == [("issued-changed", "A10")]
    assert inserted.verified.total == issued[1]


def openpyxl_values(path: Path) -> dict[tuple[int, int], Any]:
    ws = openpyxl.load_workbook(path, data_only=True)[SHEET]
    return {(c.row, c.column): c.value for row in ws.iter_rows() for c in row if c.value is not None}


def test_formulas_read_back_as_issued() -> None:
    """row_changes.unshift_formula, by hand: a row was inserted at 10, so rows 11… of the return were 10… as issued;
    the helper sheet's references and quoted text stay, a reference to the inserted row 10 itself stays."""
    from jixiao.row_changes import unshift_formula

    def issued_row(r: int) -> int | None:
        return None if r == 10 else r - (r > 10)

    assert unshift_formula("=SUM(I4:I77)-评分表!$G$11+'评分表'!G12", SHEET, issued_row) == \
        "=SUM(I4:I76)-评分表!$G$10+'评分表'!G11"
    assert unshift_formula("=IF('计算辅助'!$J$12:$J$13=\"I12\",MIN(G12,1),LOG10(H12))+A10", SHEET, issued_row) == \
        "=IF('计算辅助'!$J$12:$J$13=\"I12\",MIN(G11,1),LOG10(H11))+A10"
