"""Unseen published 自评表 through the city path (task p18): ``templates new`` → (review) →
``templates build`` → ``distribute`` → bureaus fill (openpyxl; one return re-saved by LibreOffice)
→ ``collect``. Tables and their sources: ``tests/collect/p18_tables.py``; every expected value
below is the hand result written there (from the printed numbers), never a run of the code.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from click.testing import CliRunner

from jixiao.cli import cli
from tests import lo
from tests.collect.p18_tables import BAOSHAN, JINZHAI, PUTIAN

BUREAUS = ("隆阳区退役军人事务局", "施甸县退役军人事务局", "腾冲市退役军人事务局")


def _run(args: list[str]) -> Any:
    res = CliRunner().invoke(cli, args)
    assert res.exception is None or isinstance(res.exception, SystemExit), res.exception
    return res


def _new(table_path: Path, out: Path, spec_id: str) -> Any:
    return _run(["templates", "new", str(table_path), "--id", spec_id, "--out", str(out)])


def _edit_review(review: Path, edits: dict[str, dict[str, Any]]) -> None:
    """What the author types into the review sheet: ``{三级指标 (prefix): {column: value}}``."""
    wb = openpyxl.load_workbook(review)
    ws = wb["审核表"]
    col = {c.value: c.column for c in ws[3] if c.value}
    for r in range(4, ws.max_row + 1):
        name = str(ws.cell(r, col["三级指标"]).value or "")
        for prefix, cells in edits.items():
            if name.startswith(prefix):
                for k, v in cells.items():
                    ws.cell(r, col[k]).value = v
    wb.save(review)


def _distribute(spec: Path, tmp: Path) -> list[Path]:
    roster = tmp / "名单.csv"
    roster.write_text("单位名称,年度\n" + "".join(f"{b},2022\n" for b in BUREAUS), encoding="utf-8")
    res = _run(["distribute", "--template", str(spec), "--roster", str(roster), "--out", str(tmp / "out")])
    assert res.exit_code == 0, res.output
    return sorted((tmp / "out").glob("*.xlsx"), key=lambda p: [b in p.name for b in BUREAUS].index(True))


def _fill(book: Path, values: dict[str, Any], dest: Path) -> Path:
    """A bureau fills its workbook: ``{三级指标 prefix: value}``; the budget row takes
    ``(全年执行数, 全年预算数)``, a 定性 row ``(达成/部分达成/未达成, 得分)``, a 酌情 row its 得分."""
    wb = openpyxl.load_workbook(book)
    ws = wb["评分表"]
    head = next(r for r in range(1, 12) if any(c.value == "得分" for c in ws[r]))
    col = {c.value: c.column for c in ws[head] if c.value}
    value_col, score_col, name_col = col["实际完成值"], col["得分"], col["三级指标"]
    rows = {str(ws.cell(r, name_col).value or ""): r for r in range(head + 1, ws.max_row + 1)}
    for prefix, v in values.items():
        r = next(r for n, r in rows.items() if n.startswith(prefix))
        if prefix == "预算执行率":
            ws.cell(r + 1, value_col).value, ws.cell(r + 2, value_col).value = v
        elif isinstance(v, tuple):
            ws.cell(r, value_col).value, ws.cell(r, score_col).value = v
        elif isinstance(ws.cell(r, score_col).value, str) and str(ws.cell(r, score_col).value).startswith("="):
            ws.cell(r, value_col).value = v
        else:
            ws.cell(r, score_col).value = v
    wb.save(dest)
    return dest


def _collect(specs: Path, books: list[Path], tmp: Path) -> dict[str, dict[str, Any]]:
    back = tmp / "back"
    back.mkdir(parents=True)
    for b in books:
        shutil.copy(b, back / b.name)
    with pytest.MonkeyPatch.context() as mp:  # --specs sets the folder for the process: undone after
        mp.setenv("JIXIAO_SPECS_DIR", str(specs))
        _run(["collect", str(back), "--specs", str(specs), "--out", str(tmp / "汇总.xlsx"),
              "--json", str(tmp / "汇总.json"), "-j", "1"])
    files = json.loads((tmp / "汇总.json").read_text(encoding="utf-8"))["files"]
    return {Path(f["path"]).name: f for f in files}


def _checks(f: dict[str, Any]) -> set[tuple[str, str]]:
    return {(x["check"], x["cell"].split("!")[-1]) for x in f["findings"]}
