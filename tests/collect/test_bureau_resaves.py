"""Returns as bureaus send them back: re-saved by LibreOffice as .xlsx, and as .ods then .xlsx, after the
bureau hid rows, renamed the 评分表, added a sheet (notes; a copy of last year's table in front of it), or
protected sheet and structure with a password; and a file encrypted with an open password.

Each is collected right — the 核定 total equals the hand total of the inputs (``draw_filled``: the spec's
rules by hand arithmetic, independent of the template) and no error — or refused with a Chinese message
that names the file or the sheets and says what to do; never a total from the wrong table.
"""

from __future__ import annotations

import random
import shutil
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from jixiao.templates.build import SHEET, Filled, build_workbook
from jixiao.templates.spec import load_all_specs
from tests import lo
from tests.collect.helpers import draw_filled

pytestmark = [pytest.mark.libreoffice,
              pytest.mark.skipif(lo.SOFFICE is None, reason="LibreOffice not installed")]

SPEC = next(s for s in load_all_specs() if s.id == "seed000-huaning-zhigong")
NEW_NAME = "自评得分"


def _rename(wb: Any) -> None:
    """Rename the 评分表 as a spreadsheet program does: every reference to it follows."""
    wb[SHEET].title = NEW_NAME
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                if isinstance(c.value, str) and c.value.startswith("="):
                    c.value = c.value.replace(f"'{SHEET}'!", f"'{NEW_NAME}'!").replace(f"{SHEET}!", f"'{NEW_NAME}'!")
    for dn in wb.defined_names.values():
        dn.attr_text = dn.attr_text.replace(f"'{SHEET}'!", f"'{NEW_NAME}'!").replace(f"{SHEET}!", f"'{NEW_NAME}'!")


def _last_year_copy(wb: Any, source: str = SHEET, title: str = "上年评分") -> None:
    """A copy of the table pasted as values in front of it, with other inputs (all 0) and scores (all 1)."""
    ws = wb[source]
    cp = wb.copy_worksheet(ws)
    cp.title = title
    value_col = next(c.column for r in ws.iter_rows(max_row=5) for c in r if c.value == "业绩值")
    for row in cp.iter_rows(min_row=4):
        for c in row:
            if isinstance(c.value, str) and c.value.startswith("="):
                c.value = 1
            elif c.column == value_col and isinstance(c.value, (int, float)):
                c.value = 0
    wb.move_sheet(cp, offset=-(len(wb.sheetnames) - 1))


def _hide(wb: Any) -> None:
    for r in (5, 8, 9, 10, 26):
        wb[SHEET].row_dimensions[r].hidden = True


def _notes(wb: Any) -> None:
    ws = wb.create_sheet("填报说明", 0)
    ws["A1"], ws["A2"] = "本单位补充说明", "资金到位较晚，执行率偏低。"


def _protect(wb: Any) -> None:
    from openpyxl.workbook.protection import WorkbookProtection

    wb[SHEET].protection.sheet = True
    wb[SHEET].protection.password = "bureau2024"
    wb.security = WorkbookProtection(workbookPassword="bureau2024", lockStructure=True)


def _renamed_and_copy(wb: Any) -> None:
    _rename(wb)
    _last_year_copy(wb, NEW_NAME)


EDITS = {"hidden": _hide, "renamed": _rename, "notes": _notes, "lastyear": _last_year_copy,
         "protected": _protect, "ambiguous": _renamed_and_copy}


@pytest.fixture(scope="module")
def collected(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    from jixiao.collect import collect

    base = tmp_path_factory.mktemp("bureau")
    src, inbox, ods = base / "src", base / "收回", base / "ods"
    src.mkdir()
    values, total = draw_filled(SPEC, random.Random(5))
    paths = []
    for name, edit in EDITS.items():
        p = src / f"{name}.xlsx"
        build_workbook(SPEC, "portable", p, Filled(values, f"{name}单位", "2024"))
        wb = openpyxl.load_workbook(p)
        edit(wb)
        wb.save(p)
        paths.append(p)
    lo.recalc_many(paths, inbox)
    for p in paths:  # .ods, then back to .xlsx (two more LibreOffice saves)
        o = lo.convert(p, ods, "ods", base / "work")
        x = lo.convert(o, base / "odsx", "xlsx:Calc MS Excel 2007 XML", base / "work")
        x.rename(inbox / f"{p.stem}-ods.xlsx")
    for junk in inbox.iterdir():
        if junk.is_dir():
            shutil.rmtree(junk)
    result = collect(inbox)
    reports = {Path(r.path).stem: r for r in result.reports}
    verified = {Path(k).stem: v for k, v in result.verified.items()}
    return {"total": total, "reports": reports, "verified": verified, "inbox": inbox}


ROUTES = ("", "-ods")


@pytest.mark.parametrize("route", ROUTES)
@pytest.mark.parametrize("name", ["hidden", "renamed", "notes", "lastyear", "protected"])
def test_collected_right(collected: dict, name: str, route: str) -> None:
    report, v = collected["reports"][name + route], collected["verified"][name + route]
    assert not report.errors, [f.message for f in report.errors]
    assert v.total is not None and abs(v.total - collected["total"]) < Decimal("1e-9")
    assert report.total is not None and abs(report.total - collected["total"]) < Decimal("0.01")  # 自报


@pytest.mark.parametrize("route", ROUTES)
def test_last_years_copy_in_front_is_named_not_checked(collected: dict, route: str) -> None:
    report = collected["reports"]["lastyear" + route]
    assert {f.sheet for f in report.findings} <= {SHEET, ""}
    info = [f for f in report.findings if f.check == "extra-sheet-ignored"]
    assert len(info) == 1 and "“上年评分”" in info[0].message and "不是下发的评分表" in info[0].message


@pytest.mark.parametrize("route", ROUTES)
def test_two_copies_and_no_评分表_are_refused(collected: dict, route: str) -> None:
    report, v = collected["reports"]["ambiguous" + route], collected["verified"]["ambiguous" + route]
    assert v.total is None
    refused = [f for f in report.errors if f.check == "issued-sheet-ambiguous"]
    assert len(refused) == 1
    assert f"“上年评分”、“{NEW_NAME}”" in refused[0].message and "删去多余的工作表" in refused[0].message


def test_an_open_password_is_refused_naming_the_file(tmp_path: Path) -> None:
    pytest.importorskip("msoffcrypto")
    from click.testing import CliRunner
    from msoffcrypto.format.ooxml import OOXMLFile

    from jixiao.cli import cli

    values, _total = draw_filled(SPEC, random.Random(5))
    plain = tmp_path / "plain.xlsx"
    build_workbook(SPEC, "portable", plain, Filled(values, "甲单位", "2024"))
    inbox = tmp_path / "收回"
    inbox.mkdir()
    locked = inbox / "甲单位_加密.xlsx"
    with open(plain, "rb") as src, open(locked, "wb") as dst:
        OOXMLFile(src).encrypt("bureau2024", dst)
    res = CliRunner().invoke(cli, ["collect", str(inbox), "--out", str(tmp_path / "汇总.xlsx")])
    assert res.exit_code == 3, res.output
    line = next(line for line in res.output.splitlines() if "加密" in line)
    assert "甲单位_加密.xlsx" in line and "请去除密码后重新提交" in line
