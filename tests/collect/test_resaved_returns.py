"""Returns re-saved by LibreOffice: formulas come back rewritten (sheet-name quotes dropped,
``1E+15`` spelt out, ``TRUE`` → ``TRUE()``) but mean the same; collect must not call them
changed, and must still see a formula really edited.

Every shipped spec (workbook_templates/specs/*.yaml) is built in both flavours, filled, and
converted by ONE LibreOffice run (``tests.lo.recalc_many``), then collected with the CLI. The
宏版 (.xlsm) comes back as .xlsx without its macros — its UDF cells show errors, so only its
formulas are checked; the portable flavour must come back with no error at all and the
independently computed total (``draw_filled``). One score formula per spec is edited to add a
constant before the re-save: that one must be reported as changed.
"""

from __future__ import annotations

import json
import random
import re
import shutil
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from click.testing import CliRunner

from jixiao.cli import cli
from jixiao.templates.build import Filled, build_workbook
from jixiao.templates.spec import load_all_specs
from tests import lo
from tests.collect.helpers import draw_filled
from tests.xlsx_edit import set_formula

pytestmark = [pytest.mark.libreoffice,
              pytest.mark.skipif(lo.SOFFICE is None, reason="LibreOffice not installed")]

SPECS = load_all_specs()
FLAVOURS = (("portable", "xlsx"), ("udf", "xlsm"))
#: findings that say a formula of the issued template was changed or removed
FORMULA_CHECKS = {"issued-changed", "formula-replaced"}


def _first_score_formula(path: Path, cells: list[str]) -> tuple[str, str]:
    """The first score cell of ``cells`` that holds a formula (else the first formula of the
    sheet: a table of 酌情评分 rows only has its 合计), and its text without "="."""
    ws = openpyxl.load_workbook(path)["评分表"]
    others = [c.coordinate for row in ws.iter_rows() for c in row]
    for cell in [*cells, *others]:
        v = ws[cell].value
        if isinstance(v, str) and v.startswith("="):
            return cell, v[1:]
    raise AssertionError(f"no formula in {path.name}")


@pytest.fixture(scope="module")
def collected(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    base = tmp_path_factory.mktemp("resaved")
    src, inbox = base / "src", base / "收回"
    src.mkdir()
    totals: dict[str, Decimal] = {}
    edited: dict[str, str] = {}
    paths = []
    for spec in SPECS:
        values, total = draw_filled(spec, random.Random(spec.id))
        for flavour, ext in FLAVOURS:
            p = src / f"{spec.id}-{flavour}.{ext}"
            res = build_workbook(spec, flavour, p, Filled(values, "甲单位", "2024"))
            paths.append(p)
            totals[p.stem] = total
        p = src / f"{spec.id}-edited.xlsx"
        res = build_workbook(spec, "portable", p, Filled(values, "乙单位", "2024"))
        cell, formula = _first_score_formula(p, [c for _, _, c in res.rows])
        set_formula(p, cell, f"({formula})+1")  # a constant added, as a bureau might
        edited[p.stem] = cell
        paths.append(p)
    lo.recalc_many(paths, inbox)  # one soffice start-up for every file
    for junk in inbox.iterdir():  # the LibreOffice profile lives there too
        if junk.is_dir():
            shutil.rmtree(junk)
    out = CliRunner().invoke(cli, ["collect", str(inbox), "--out", str(base / "s.xlsx"),
                                   "--json", str(base / "s.json"), "--jobs", "1"])
    assert out.exit_code in (0, 1), out.output
    doc = json.loads((base / "s.json").read_text(encoding="utf-8"))
    files = {Path(f["path"]).stem: f for f in doc["files"]}
    assert len(files) == len(paths)
    return {"files": files, "totals": totals, "edited": edited}


def test_formulas_of_an_unedited_return_are_not_reported(collected: dict[str, Any]) -> None:
    bad = {stem: [(f["cell"], f["check"]) for f in f_["findings"] if f["check"] in FORMULA_CHECKS]
           for stem, f_ in collected["files"].items() if stem not in collected["edited"]}
    assert {k: v for k, v in bad.items() if v} == {}
    assert len(bad) == len(SPECS) * len(FLAVOURS)


@pytest.mark.parametrize("spec_id", [s.id for s in SPECS])
def test_portable_return_is_clean_and_scored_as_filled(collected: dict[str, Any],
                                                       spec_id: str) -> None:
    stem = f"{spec_id}-portable"
    f = collected["files"][stem]
    assert f["error"] is None
    assert [(x["cell"], x["check"]) for x in f["findings"] if x["severity"] == "错误"] == []
    assert f["summary"]["errors"] == 0
    want = collected["totals"][stem]
    assert abs(Decimal(str(f["summary"]["total"])) - want) < Decimal("0.005"), (want, f["summary"])


@pytest.mark.parametrize("spec_id", [s.id for s in SPECS])
def test_a_really_edited_formula_is_still_reported(collected: dict[str, Any], spec_id: str) -> None:
    stem = f"{spec_id}-edited"
    cell = collected["edited"][stem]
    f = collected["files"][stem]
    changed = [x["cell"] for x in f["findings"] if x["check"] == "issued-changed"]
    assert changed == [cell]
    assert f["summary"]["errors"] >= 1


def test_messages_are_chinese(collected: dict[str, Any]) -> None:
    """Outside quoted cell contents (“…”, （…）) no English word in any message."""
    english = []
    for stem, f in collected["files"].items():
        for x in f["findings"]:
            bare = re.sub(r"“[^”]*”|（[^）]*）", "", x["message"])
            if re.search(r"[A-Za-z]{4,}", bare):
                english.append((stem, x["check"], x["message"]))
    assert english == []
