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


def _validate(path: Path) -> dict[str, Any]:
    """`jixiao validate --json`: the file's dict (summary, findings)."""
    res = _run(["validate", str(path), "--json"])
    (f,) = json.loads(res.stdout)["files"]
    return f


def _verified(f: dict[str, Any]) -> tuple[Any, Any, dict[str, Any]]:
    v = f.get("verified") or {}
    return v.get("total"), v.get("grade"), {x["name"][:6]: x["verified"] for x in v.get("rows", [])}


# 保山 2022 as printed: 34.64/34.64 → 20; 100%, 100% (≥100%) → 20, 20; 时效 达成 20; 0 events (<5次) → 10;
# 满意率 100% → 10: 100, 优 (= the printed 总分 100, 自评等级 优)
BAOSHAN_PRINTED = {"预算执行率": (34.64, 34.64), "慰问伤残军人": "100%", "补助经费": "100%",
                   "春节前": ("达成", 20), "全市重点": 0, "重点优抚对象": "100%"}
#: what the author types in the review sheet: the weights the table does not print per row (产出 60 = 3 × 20,
#: as the scores show; 效益, 满意度: the label's 10) and the ≥ the bare “100%” targets leave out
BAOSHAN_REVIEW = {
    "慰问伤残军人": {"分值": 20, "指标值": "≥100%", "计分方式": "自评定量（默认规则）"},
    "补助经费": {"分值": 20, "指标值": "≥100%", "计分方式": "自评定量（默认规则）"},
    "春节前": {"分值": 20}, "全市重点": {"分值": 10},
    "重点优抚对象": {"分值": 10, "指标值": "≥100%", "计分方式": "自评定量（默认规则）"},
}


@pytest.mark.skipif(lo.SOFFICE is None, reason="LibreOffice not installed")
def test_baoshan_2022_through_new_review_distribute_and_collect(tmp_path: Path) -> None:
    """保山市退役军人事务局 2022 春节走访慰问经费 (https://alkalih2o.com/info/7798/9446904.htm).

    Hand (p18_tables.BAOSHAN): validate: 100 = Σ, 优 — no finding (was: the “总分（100分）” row read as an
    indicator “自评等级” with a missing score). templates new: rows print no 分值 → five weight-missing, no
    spec; no row named 自评等级. After the review (weights 20/20/20/10/10, “≥100%”): return A (the printed
    numbers, openpyxl) and B (A re-saved by LibreOffice) → 核定 100, 优. Return C, three slips: 拨付率 90% with
    its 得分 formula overwritten by 20 → formula-replaced + verified-differs, 核定 20 × 0.9 = 18; 时效 达成 scored
    15 (band 16～20) → qualitative-band, that row not 核定 → no 核定 total, no grade; 满意率 typed 98 (no %) →
    read as 98 % (README: a percent row's bare number is percent points) → 10 × 0.98 = 9.8.
    """
    src = BAOSHAN.save(tmp_path / "保山2022.xlsx")
    f = _validate(src)
    assert (f["summary"]["total"], f["summary"]["grade"], f["findings"]) == (100.0, "优", [])

    draft = tmp_path / "draft"
    res = _new(src, draft, "baoshan")
    assert res.exit_code == 1
    assert res.output.count("[weight-missing]") == 5 and "自评等级" not in res.output, res.output
    assert not (draft / "baoshan.yaml").exists()
    review = draft / "baoshan.审核表.xlsx"
    _edit_review(review, BAOSHAN_REVIEW)
    specs = tmp_path / "specs"
    res = _new(review, specs, "baoshan")
    assert res.exit_code == 0, res.output
    spec = specs / "baoshan.yaml"
    kinds = [ln.strip() for ln in spec.read_text(encoding="utf-8").splitlines() if ln.strip().startswith("kind:")]
    assert kinds == ["kind: ratio", "kind: target", "kind: target", "kind: qualitative", "kind: target",
                     "kind: target"]
    assert _run(["templates", "build", "--specs", str(specs), "--out", str(tmp_path / "tpl")]).exit_code == 0

    books = _distribute(spec, tmp_path)
    a = _fill(books[0], BAOSHAN_PRINTED, tmp_path / books[0].name)
    b = tmp_path / books[1].name
    shutil.copy(lo.recalc(_fill(books[1], BAOSHAN_PRINTED, tmp_path / "b_typed.xlsx"), tmp_path / "lo"), b)
    c = _fill(books[2], {**BAOSHAN_PRINTED, "补助经费": "90%", "春节前": ("达成", 15), "重点优抚对象": 98},
              tmp_path / books[2].name)
    wb = openpyxl.load_workbook(c)
    ws = wb["评分表"]
    (k9,) = [r for r in range(1, ws.max_row + 1) if str(ws.cell(r, 4).value or "").startswith("补助经费")]
    ws.cell(k9, 11).value = 20  # the bureau types its own score over the formula
    wb.save(c)

    got = _collect(specs, [a, b, c], tmp_path / "collect")
    for ret in (a, b):
        total, grade, rows = _verified(got[ret.name])
        assert (total, grade) == (100.0, "优"), rows
        assert got[ret.name]["status"] == "通过", got[ret.name]["findings"]
    total, grade, rows = _verified(got[c.name])
    assert (total, grade) == (None, None)
    assert rows == {"预算执行率": 20.0, "慰问伤残军人": 20.0, "补助经费足额": 18.0, "春节前完成走": None,
                    "全市重点优抚": 10.0, "重点优抚对象": 9.8}
    assert {("formula-replaced", f"K{k9}"), ("verified-differs", f"K{k9}"),
            ("qualitative-band", f"K{k9 + 1}")} <= _checks(got[c.name])
    assert not any(x["check"] == "selfeval-default" for x in got[c.name]["findings"])


def test_jinzhai_2023_cut_table_is_not_made_a_70_point_template(tmp_path: Path) -> None:
    """金寨县茶谷和美丽乡村建设服务中心 2023 部门整体 (https://www.ahjinzhai.gov.cn/public/6624963/37545031.html).

    Hand (p18_tables.JINZHAI): 338.31 ÷ 329.77 = 102.59 % = printed, 得分 blank (should be min(10, 10.26) = 10):
    score-missing H5, no rate-mismatch; rows 60 + 10 = 70 (cut) → total-weight, no total, no grade. templates new:
    a cut 自评表 must not become a 70-point template graded on 90/80/60 (a bureau meeting every target would get
    70 → 中): weight-sum, no spec (was: spec written with full 70, no problem).
    """
    src = JINZHAI.save(tmp_path / "金寨2023.xlsx")
    f = _validate(src)
    assert {(x["check"], x["cell"]) for x in f["findings"]} == {("score-missing", "H5"), ("total-weight", "F5")}
    assert f["summary"]["grade"] is None
    res = _new(src, tmp_path / "spec", "jinzhai")
    assert res.exit_code == 1
    assert "[weight-sum]" in res.output and "合计 70 分，不是 100 分" in res.output, res.output
    assert not (tmp_path / "spec" / "jinzhai.yaml").exists()


def test_jinzhai_2023_rows_become_target_and_qualitative_rows(tmp_path: Path) -> None:
    """The same table's rows as the draft reads them (review sheet): ≤4 / ≥200 / ≥2000 / ≥10 / ≥95% → 定量 on
    the default rule, “9月前”/“11月前” → 定性, the budget line → 执行率 × 分值 — the national rules the
    printed scores follow (every row met, full marks)."""
    src = JINZHAI.save(tmp_path / "金寨2023.xlsx")
    _new(src, tmp_path / "spec", "jinzhai")
    ws = openpyxl.load_workbook(tmp_path / "spec" / "jinzhai.审核表.xlsx")["审核表"]
    col = {c.value: c.column for c in ws[3] if c.value}
    got = [(ws.cell(r, col["指标值"]).value, ws.cell(r, col["计分方式"]).value) for r in range(4, ws.max_row + 1)]
    assert got == [("100%", "执行率×分值"), ("≤4", "自评定量（默认规则）"), ("≥200", "自评定量（默认规则）"),
                   ("≥2000", "自评定量（默认规则）"), ("≥10", "自评定量（默认规则）"),
                   ("≥95%", "自评定量（默认规则）"), ("≥95%", "自评定量（默认规则）"),
                   ("9月前", "自评定性（手填得分）"), ("11月前", "自评定性（手填得分）")]


def test_putian_2024_list_with_bare_targets_is_not_guessed(tmp_path: Path) -> None:
    """莆田市市场监督管理局 2024 标准化工作专项补助经费 (https://scjgj.putian.gov.cn/xxgk/czzj/zxzj/202505/
    t20250512_1994584.htm), the report's list typed into the national columns.

    Hand (p18_tables.PUTIAN): 10 of 11 targets shown, 80 of 100 points → no total, no grade (the stated 100 is
    not the sum shown); 目标值 without ≥/≤: 正向 or 反向 is not printed → no rule guessed (validate: no rule,
    range check only; templates new: every row left to the author).
    """
    src = PUTIAN.save(tmp_path / "莆田2024.xlsx")
    f = _validate(src)
    assert f["summary"]["grade"] is None
    assert ("total-weight", "F3") in {(x["check"], x["cell"]) for x in f["findings"]}
    assert not any(x["check"] in ("score-mismatch", "selfeval-default") for x in f["findings"])
    res = _new(src, tmp_path / "spec", "putian")
    assert res.output.count("[读不懂]") == 10, res.output
