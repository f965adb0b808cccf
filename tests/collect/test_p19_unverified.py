"""A row whose 业绩值 cannot be scored gets no 核定, and its return no 核定 total and no 核定 grade (p19, cases 1 and 3).

The table (as test_bureau_red_team): 培训人次 40 分 (1060 ≥ 1000 → 40), 合格率 30 分 (96% ≥ 95% → 30), 满意度 30 分
(row 5, "满意度≥90%得满分，低于90%不得分", the row each case spoils); 合计 100 typed in I6.

Before: a hand-made table's unreadable 业绩值 ("—", "不适用", TRUE, a date, #DIV/0!) was 核定 at the typed score (30:
total 100, 优); "95分" in that % row was read as 9500 % (30: 100, 优 — and "85分" too, though 85 % < 90 % scores 0);
in a returned template "95分" was read as 95 % ("已按 95.00% 核定"). Now the row is "无法核定" with the reason at its cell
(``row-unverified``), the return has no 核定 total or grade, the 汇总 says why (未核定原因) and keeps the bureau's 100 as
自报总分. validate's own findings are unchanged.
"""

from __future__ import annotations

import datetime
import json
import random
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from tests.collect.test_bureau_red_team import _run, _table
from tests.xlsx_edit import set_texts

#: 业绩值 typed into H5 -> words the reason must hold
UNREADABLE = {
    "—": "“—”不是数字",
    "不适用": "“不适用”不含数字",
    True: "“TRUE”是逻辑值",
    datetime.datetime(2024, 1, 30): "日期",
}
#: a unit that is no percentage in a row on % bands (case 3)
UNITS = {"95分": "单位“分”", "85分": "单位“分”", "95人": "单位“人”"}


def _return(tmp_path: Path, value: Any) -> Path:
    path = _table(tmp_path / "in" / "r.xlsx", value3=value)
    wb = openpyxl.load_workbook(path)
    wb["评分表"]["I6"] = 100  # the bureau's own 合计, as typed
    wb.save(path)
    return path


def _collected(tmp_path: Path) -> tuple[dict[str, Any], Any]:
    res = _run(["collect", str(tmp_path / "in"), "--out", str(tmp_path / "汇总.xlsx"), "--json", "-"])
    (doc,) = json.loads(res.stdout)["files"]
    return doc, openpyxl.load_workbook(tmp_path / "汇总.xlsx")


def _sheet_rows(ws: Any) -> list[dict[str, Any]]:
    rows = list(ws.iter_rows(min_row=3, values_only=True))
    return [dict(zip(rows[0], r, strict=False)) for r in rows[1:] if r[1]]


@pytest.mark.parametrize("value", [*UNREADABLE, *UNITS])
def test_the_row_is_not_verified_and_the_return_has_no_total(tmp_path: Path, value: Any) -> None:
    _return(tmp_path, value)
    doc, wb = _collected(tmp_path)
    v = doc["verified"]
    assert (v["total"], v["grade"], doc["status"]) == (None, None, "有错误")  # was 100.0, 优
    rows = {r["name"]: r for r in v["rows"]}
    assert rows["满意度"]["verified"] is None and rows["合格率"]["verified"] == 30.0
    said = UNREADABLE.get(value) or UNITS[value]
    assert said in rows["满意度"]["why"] and v["why"].startswith("H5（满意度）：")
    # validation's finding at H5 says it (an error when collecting); no second finding there
    (line,) = [f for f in doc["findings"] if f["cell"] == "H5"]
    assert line["check"] in ("value-unreadable", "implausible-value") and line["severity"] == "错误"
    # the 汇总: no 核定总分, the reason naming the cell, the bureau's own 100 kept as 自报总分
    (row,) = _sheet_rows(wb["汇总"])
    assert (row["核定总分"], row["核定等级"], row["自报总分"]) == (None, None, 100)
    assert row["未核定原因"].startswith("H5（满意度）") and said in row["未核定原因"]
    scores = _sheet_rows(wb["指标得分"])[0]  # the bureau; then 平均得分, 得分率, 最低
    assert [scores[k] for k in scores if k and str(k).startswith(("合格率", "满意度"))] == [30, "无法核定"]


@pytest.mark.parametrize("value", [*UNREADABLE, "95分"])
def test_validate_says_what_it_said_before(tmp_path: Path, value: Any) -> None:
    # the decision leaves validation's findings as they were: one finding at H5, no row-unverified
    path = _return(tmp_path, value)
    res = _run(["validate", str(path)])
    lines = [ln for ln in res.stdout.splitlines() if "评分表!H5" in ln]
    assert len(lines) == 1 and ("[value-unreadable]" in lines[0] or "[implausible-value]" in lines[0])
    assert "row-unverified" not in res.stdout


@pytest.mark.parametrize(("value", "score"), [("92%", 30), (0.92, 30), ("85%", 0), ("92", None)])
def test_percent_forms_are_still_verified(tmp_path: Path, value: Any, score: Any) -> None:
    # protecting: "92%" and 0.92 are 92 % → 30; "85%" < 90 % → 0 (total 70, 中). A bare "92" in a hand table is
    # left as it was (implausible-value; not this decision) — only its being no row-unverified is pinned
    _return(tmp_path, value)
    doc, _wb = _collected(tmp_path)
    assert not doc["verified"].get("why")
    if score is not None:
        assert doc["verified"]["total"] == 70.0 + score


def _set_text(path: Path, cell: str, text: str) -> None:
    """Type ``text`` into ``cell`` of the 评分表 as Excel saves a typed string (the other cells' cache kept)."""
    set_texts(path, {cell: text})


@pytest.mark.parametrize(("text", "verified"), [("95分", False), ("95%", True)])
def test_a_returned_template_with_a_score_unit_in_a_percent_row(tmp_path: Path, text: str, verified: bool) -> None:
    # seed000's 满意度 row (≥90% 得 5 分): "95分" was read as 95 % and 核定 5 ("已按 95.00% 核定"); "95%" is 95 %
    from jixiao.rules.grammar import parse_rule
    from jixiao.templates.build import Filled, build_workbook
    from jixiao.templates.spec import load_all_specs
    from tests.collect.helpers import draw_filled
    from tests.templates.product_path import score_cells

    spec = next(s for s in load_all_specs() if s.id == "seed000-huaning-zhigong")
    ind = next(i for i in spec.indicators() if i.scoring.kind == "rule" and parse_rule(i.scoring.rule).uses_percent
               and not parse_rule(i.scoring.rule).uses_target)
    values, _total = draw_filled(spec, random.Random(7))
    path = tmp_path / "in" / "甲县.xlsx"
    path.parent.mkdir()
    build_workbook(spec, "portable", path, Filled(values, "甲县", "2024"))
    cell = score_cells(path)[ind.name][0]
    _set_text(path, cell, text)
    doc, _wb = _collected(tmp_path)
    at = [f for f in doc["findings"] if f["cell"] == cell]
    if verified:
        assert not at and doc["verified"]["total"] is not None
        return
    # the implausible-value finding no longer says "已按 95.00% 核定"; the reason is the row's (JSON, 汇总)
    assert [(f["check"], f["severity"]) for f in at] == [("implausible-value", "错误")] and "已按" not in at[0]["message"]
    assert doc["verified"]["total"] is None and doc["verified"]["grade"] is None
    assert doc["verified"]["why"].startswith(f"{cell}（") and "单位“分”" in doc["verified"]["why"]


def test_a_word_return_names_the_word_cell(tmp_path: Path) -> None:
    # the same table filled in Word with "—" as 满意度's 业绩值: the reason names the Word place (表1, its 4th row —
    # header, 培训人次, 合格率, 满意度 — in the 业绩值 column), not the grid's H5
    import sys

    sys.path.insert(0, str(Path(__file__).parents[1] / "reading"))
    from word_docs import save_docx
    from word_tables import from_sheet

    from tests.collect.test_bureau_red_team import _rows
    from tests.hostile.make_corpus import HEADERS

    rows = [["评分表"], HEADERS, *_rows(value3="—"), ["合计", None, None, None, None, None, 100, None, 100]]
    (tmp_path / "in").mkdir()
    save_docx(tmp_path / "in" / "甲县.docx", [from_sheet("p19", rows, [], title_rows=1)])
    doc, wb = _collected(tmp_path)
    assert doc["verified"]["total"] is None and doc["verified"]["grade"] is None
    assert doc["verified"]["why"].startswith("表1 第4行 业绩值列（满意度）：") and "“—”" in doc["verified"]["why"]
    (row,) = _sheet_rows(wb["汇总"])
    assert row["未核定原因"].startswith("表1 第4行 业绩值列") and row["自报总分"] == 100
