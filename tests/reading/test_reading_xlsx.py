"""Round trip through real .xlsx files written by openpyxl."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from reading_fixtures import SEED000_ROWS, SEED000_TITLE, seed000_rows, seed004_rows

from jixiao.errors import LayoutNotRecognised
from jixiao.io import load_workbook
from jixiao.reading import read_workbook_tables

D = Decimal


def _write(path: Path, sheets: dict[str, tuple[list, list]]) -> None:
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for name, (rows, merged) in sheets.items():
        ws = wb.create_sheet(name)
        for r, row in enumerate(rows, start=1):
            for c, v in enumerate(row, start=1):
                if v is not None:
                    ws.cell(r, c, v)
        for r1, c1, r2, c2 in merged:
            ws.merge_cells(start_row=r1, start_column=c1, end_row=r2, end_column=c2)
    wb.save(path)


def _load(path: Path) -> list:
    return load_workbook(path).sheets  # the product's loader, as validation uses it


def test_seed000_round_trip_with_merged_cells(tmp_path: Path) -> None:
    path = tmp_path / "评分表.xlsx"
    rows, merged = seed000_rows()
    _write(path, {"说明": ([["填表说明"]], []), "评分表": (rows, merged)})
    grids = _load(path)
    assert grids[1].merged and (4, 2, 5, 2) in grids[1].merged
    (t,) = read_workbook_tables(grids)
    assert (t.sheet, t.title, t.header_row) == ("评分表", SEED000_TITLE, 3)
    assert [(r.weight.number, r.score.number) for r in t.rows] == [
        (D(r[6]), D(str(r[7]))) for r in SEED000_ROWS
    ]
    c32 = t.rows[11]
    assert (c32.level3, c32.score.ref, c32.score.number) == ("支出预算完成", "H15", D("1.92"))
    assert (c32.level1, c32.level1_ref, c32.level2_ref) == ("产出指标", "B11", "C14")
    assert t.total.score.number == D("93.99")


def test_page_split_and_percent_formats_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "t.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "表4-3"
    for row in seed004_rows():
        ws.append(row)
    ws["G3"] = 0.9687  # numeric rate with a percent format
    ws["G3"].number_format = "0.00%"
    wb.save(path)
    (t,) = read_workbook_tables(_load(path))
    assert len(t.rows) == 24
    assert t.repeated_header_rows == [14]
    r0 = t.rows[0]
    assert (r0.rate.raw, r0.rate.number, r0.rate.number_format) == (0.9687, D("0.9687"), "0.00%")
    assert r0.rate.is_percent_format


def test_formula_text_goes_to_formulas(tmp_path: Path) -> None:
    path = tmp_path / "f.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["三级指标", "分值", "得分"])
    ws.append(["参保率", 5, 4])
    ws.append(["合计", "=SUM(B2:B2)", "=SUM(C2:C2)"])
    wb.save(path)
    (g,) = _load(path)
    assert g.formulas == {(3, 2): "=SUM(B2:B2)", (3, 3): "=SUM(C2:C2)"}
    assert (3, 2) not in g.values


def test_workbook_without_table(tmp_path: Path) -> None:
    path = tmp_path / "none.xlsx"
    _write(path, {"Sheet": ([["项目", "分值", "得分"]], [])})
    with pytest.raises(LayoutNotRecognised):
        read_workbook_tables(_load(path))
