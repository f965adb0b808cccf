"""A number in a percent row whose cell lost its % format (pasted with its format, re-saved), or a % cell
given 95 by paste-values: 95 is 95 %, on the sheet (LibreOffice recalculation), in validate and in
collect — decided once in the core (``rules.target.PERCENT_POINTS_ABOVE``).

Before (p6 note): collect read a General 95 as 95 %, the sheet as 9500 %; a % cell holding 95 was
9500 % everywhere. Expected scores are the national default rule by hand: at or above the 指标值
full marks (10), below it 实际完成值 ÷ 指标值 × 10.
"""

from __future__ import annotations

import random
import shutil
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from jixiao.rules.target import PERCENT_POINTS_ABOVE
from jixiao.templates.build import SHEET, Filled, build_workbook
from jixiao.templates.spec import load_spec
from tests import lo
from tests.collect.helpers import draw_filled, expected_score

SPEC = Path(__file__).parents[2] / "workbook_templates" / "specs" / "selfeval-national.yaml"
TEN = Decimal(10)
#: row name -> (number stored in the 业绩值 cell, the cell keeps its % format?, hand score)
CASES = {
    "验收合格率": (90, False, TEN * 90 / 95),   # ≥95 %: General 90 (format lost) is 90 %
    "按时完成率": (95, True, TEN),              # ≥90 %: 95 pasted as a value into the % cell is 95 %
    "服务对象满意度": (0.85, True, TEN * 85 / 90),  # ≥90 %: typed 85 % (below the bound the format decides)
    "资金使用合规率": (100, False, TEN),         # =100 %: General 100 is 100 %
}


def test_the_bound_is_where_no_one_means_a_fraction() -> None:
    assert PERCENT_POINTS_ABOVE == 10  # 1000 %: validate's "数量级可疑" bound, now one constant


def _value_cells(path: Path, names: list[str]) -> dict[str, str]:
    ws = openpyxl.load_workbook(path)[SHEET]
    header = next(r for r in ws.iter_rows() if any(c.value == "实际完成值" or c.value == "业绩值" for c in r))
    col = next(c.column_letter for c in header if c.value in ("实际完成值", "业绩值"))
    out = {}
    for row in ws.iter_rows():
        for c in row:
            if c.value in names and c.value not in out:
                out[c.value] = f"{col}{c.row}"
    return out


@pytest.mark.libreoffice
@pytest.mark.skipif(lo.SOFFICE is None, reason="LibreOffice not installed")
def test_95_in_a_percent_row_is_95_percent_on_the_sheet_in_validate_and_in_collect(tmp_path: Path) -> None:
    from jixiao.collect import collect

    spec = load_spec(SPEC)
    values, total = draw_filled(spec, random.Random(11))
    by_name = {ind.name: ind for ind in spec.indicators()}
    for name in CASES:
        ind = by_name[name]
        total += -expected_score(ind, values[ind.path]) + CASES[name][2]
    src = tmp_path / "src" / "甲单位.xlsx"
    src.parent.mkdir()
    res = build_workbook(spec, "portable", src, Filled(values, "甲单位", "2024"))
    cells = _value_cells(src, list(CASES))
    wb = openpyxl.load_workbook(src)
    for name, (_number, keeps_pct, _score) in CASES.items():
        cell = wb[SHEET][cells[name]]
        assert "%" in cell.number_format  # as built: a % cell
        cell.value = CASES[name][0]  # the number stored, as the bureau's program saved it
        if not keeps_pct:
            cell.number_format = "General"  # pasted with its format: the % is gone
    wb.save(src)
    inbox = tmp_path / "收回"
    lo.recalc_many([src], inbox)
    for junk in inbox.iterdir():
        if junk.is_dir():
            shutil.rmtree(junk)
    back = inbox / "甲单位.xlsx"
    fmt = openpyxl.load_workbook(back)[SHEET]
    assert "%" not in fmt[cells["验收合格率"]].number_format  # LibreOffice kept the lost format lost
    result = collect(inbox)
    v = result.verified[str(back)]
    rows = {r.name: r for r in v.rows}
    for name, (_n, _p, score) in CASES.items():
        assert abs(rows[name].verified - score) < Decimal("1e-9"), name  # collect
        assert abs(rows[name].reported - score) < Decimal("1e-6"), name  # the sheet (LibreOffice)
    report = result.reports[0]
    about = set(cells.values()) | {rows[n].cell for n in CASES}
    assert not [f for f in report.findings if f.cell in about], report.findings  # validate agrees
    assert abs(v.total - total) < Decimal("1e-6")
    assert res.rows  # built with its indicator rows


@pytest.mark.libreoffice
@pytest.mark.skipif(lo.SOFFICE is None, reason="LibreOffice not installed")
def test_a_rule_row_on_percent_bands_is_verified_on_percent_points(tmp_path: Path) -> None:
    """seed000 缴费基数做实率 ("≥80%得5分, 低于80%, 每低1个百分点扣1分"), 75 stored in its % cell: 75 % by hand,
    5 − 5 × 1 = 0, on the sheet (since p15 its formula reads the helper value through the same bound) and in
    collect. The cell still shows 7500 %: a warning (not an error) says so and that it was verified as 75 %."""
    from jixiao.collect import check_one
    from jixiao.validation.findings import Severity

    spec = load_spec(SPEC.with_name("seed000-huaning-zhigong.yaml"))
    values, _total = draw_filled(spec, random.Random(3))
    ind = next(i for i in spec.indicators() if i.name == "缴费基数做实率")
    p = tmp_path / "甲单位.xlsx"
    res = build_workbook(spec, "portable", p, Filled(values, "甲单位", "2024"))
    cell = _value_cells(p, [ind.name])[ind.name]
    wb = openpyxl.load_workbook(p)
    wb[SHEET][cell].value = 75
    wb.save(p)
    back = lo.recalc(p, tmp_path / "收回")
    checked = check_one(back)
    row = next(r for r in checked.verified.rows if r.name == ind.name)
    assert row.verified == 0
    assert row.reported == 0  # the sheet (p12: 5, from 7500 % ≥ 80 %)
    at = [f for f in checked.report.findings if f.cell in (cell, row.cell)]
    assert [(f.check, f.severity) for f in at] == [("implausible-value", Severity.WARNING)], at
    assert at[0].message.endswith("按百分点读作 75.00%，已按 75.00% 核定"), at[0].message  # one number (p40)
    assert res.rows
