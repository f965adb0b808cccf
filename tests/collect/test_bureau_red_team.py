"""Red team (p17): files as bureaus really send them, through `jixiao validate` and `jixiao collect`.

Each case states, before running, what a careful user expects: the exit code, the cell named, the check, and
the 核定 total (from the sentence text and hand arithmetic). The table: 培训人次 40 分 (1060 ≥ 1000 → 40),
合格率 30 分 (96% ≥ 95% → 30), 满意度 30 分 (row 5, the row each case spoils) — 100 in all, 优.
"""

from __future__ import annotations

import datetime
import json
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from click.testing import CliRunner

from jixiao.cli import cli
from jixiao.io import file_fingerprint
from tests.hostile.make_corpus import scoring_workbook

SATISFACTION = "满意度≥90%得满分，低于90%不得分"


def _rows(std3: str = SATISFACTION, value3: Any = "92%", score3: Any = 30, weight3: Any = 30) -> list[list[Any]]:
    return [
        [1, "产出指标", "数量指标", "培训人次", "≥1000人次", "达到1000人次得满分，否则不得分", 40, 1060, 40],
        [2, "产出指标", "质量指标", "合格率", "≥95%", "合格率≥95%得满分，90%（含）-95%得5分，低于90%不得分", 30,
         "96%", 30],
        [3, "效益指标", "社会效益", "满意度", "≥90%", std3, weight3, value3, score3],
    ]


def _table(path: Path, **row3: Any) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    scoring_workbook(_rows(**row3)).save(path)
    return path


def _run(args: list[str]) -> Any:
    res = CliRunner().invoke(cli, args)
    assert res.exception is None or isinstance(res.exception, SystemExit), res.exception
    return res


def _verified(folder: Path, tmp_path: Path) -> dict[str, dict[str, Any]]:
    """`jixiao collect FOLDER --json -`: file name -> its 核定 (total, grade, rows) and status."""
    res = _run(["collect", str(folder), "--out", str(tmp_path / "汇总.xlsx"), "--json", "-"])
    doc = json.loads(res.stdout)
    return {Path(f["path"]).name: {**(f.get("verified") or {}), "status": f["status"]} for f in doc["files"]}


def test_the_clean_table_passes_and_totals_100(tmp_path: Path) -> None:
    _table(tmp_path / "in" / "ok.xlsx")
    res = _run(["validate", str(tmp_path / "in" / "ok.xlsx")])
    assert res.exit_code == 0, res.output
    got = _verified(tmp_path / "in", tmp_path)["ok.xlsx"]
    assert (got["total"], got["grade"], got["status"]) == (100.0, "优", "通过")


# --- a number or a description beside a 评分标准 of text levels ("达到得满分，否则不得分") -----------------
# Before: the 否则 took 96.87% (or "已完成") as "not 达到" and 核定 the row 0 — collect's total 70, 中, while the
# file passed validation (a silent wrong score) or validate claimed "应得 0 分" (a wrong error).


@pytest.mark.parametrize(("std", "value"), [
    ("达到得满分，否则不得分", 0.9687),     # the number beside 指标值 ≥90%: is it 达到? the text does not say
    ("完成得满分，否则不得分", "已完成"),    # a description, not the level "完成"
    ("符合得满分，不符合不得分", 1),         # 1 = 符合? not said
])
def test_text_level_rule_never_scores_a_number_or_description_zero(tmp_path: Path, std: str,
                                                                   value: Any) -> None:
    path = _table(tmp_path / "in" / "t.xlsx", std3=std, value3=value)
    res = _run(["validate", str(path)])
    assert res.exit_code == 0, res.output  # range check only: 30 of 30 is in range
    line = next(ln for ln in res.stdout.splitlines() if "评分表!H5" in ln)
    assert "[rule-unreadable]" in line and "不是评分标准中的选项" in line and "得分只做范围检查" in line
    assert "score-mismatch" not in res.stdout
    got = _verified(tmp_path / "in", tmp_path)["t.xlsx"]
    assert got["total"] == 100.0 and got["grade"] == "优"  # the score as typed (40 + 30 + 30), never 70


def test_text_level_rule_still_scores_its_own_levels(tmp_path: Path) -> None:
    # protecting: "未达到" is the named level's negation → 否则 → 0; the table's 30 is wrong by 30
    path = _table(tmp_path / "in" / "t.xlsx", std3="达到得满分，否则不得分", value3="未达到")
    res = _run(["validate", str(path)])
    assert res.exit_code == 1
    assert "评分表!I5  [score-mismatch]" in res.stdout and "应为 0，实际 30" in res.stdout
    got = _verified(tmp_path / "in", tmp_path)["t.xlsx"]
    assert got["total"] == 70.0 and got["grade"] == "中"  # 40 + 30 + 0


# --- 分值 that is no weight ------------------------------------------------------------------------------
# Before: "三十" and "/" passed silently (exit 0, 核定 100); -30 crashed the check ("内部错误 ScoringError",
# the file "无法读取", exit 3).


@pytest.mark.parametrize(("weight", "why"), [("三十", "不含数字"), ("/", "不是数字"), (-30, "分值为负数")])
def test_weight_that_is_no_number_is_an_error_at_its_cell(tmp_path: Path, weight: Any, why: str) -> None:
    path = _table(tmp_path / "in" / "w.xlsx", weight3=weight)
    res = _run(["validate", str(path)])
    assert res.exit_code == 1, res.output
    line = next(ln for ln in res.stdout.splitlines() if "[weight-not-number]" in ln)
    assert line.startswith(f"{path}  评分表!G5  ") and why in line and "内部错误" not in res.output
    got = _verified(tmp_path / "in", tmp_path)["w.xlsx"]
    assert got["status"] == "有错误" and got["total"] is None and got["grade"] is None  # no 核定 total


def test_weight_with_unit_is_read(tmp_path: Path) -> None:
    # protecting: "30分" and full-width "３０" are 30
    for name, w in (("a.xlsx", "30分"), ("b.xlsx", "３０")):
        _table(tmp_path / "in" / name, weight3=w)
    res = _run(["validate", str(tmp_path / "in")])
    assert res.exit_code == 0, res.output


# --- what bureaus type into 得分 -------------------------------------------------------------------------


@pytest.mark.parametrize(("score", "said"), [
    (True, "“TRUE”是逻辑值，不是数字"),
    (datetime.datetime(2024, 1, 30), "是日期或时间，不是数字"),
    (datetime.time(12, 0), "是日期或时间，不是数字"),
    ("—", "“—”不是数字"), ("/", "“/”不是数字"), ("不适用", "“不适用”不是数字"), ("#N/A", "“#N/A”是公式的错误值"),
])
def test_score_not_a_number_names_the_cell_and_why(tmp_path: Path, score: Any, said: str) -> None:
    path = _table(tmp_path / "in" / "s.xlsx", score3=score)
    res = _run(["validate", str(path)])
    assert res.exit_code == 1
    line = next(ln for ln in res.stdout.splitlines() if "[score-not-number]" in ln)
    assert "评分表!I5" in line and said in line and "datetime" not in line
    got = _verified(tmp_path / "in", tmp_path)["s.xlsx"]
    assert got["total"] == 100.0  # 核定 from the 业绩值 92% ≥ 90% → 30, not from the cell


@pytest.mark.parametrize(("score", "ok"), [("5分", False), ("３０", True), ("30.0 ", True), (-5, False),
                                           (35, False)])
def test_score_text_forms(tmp_path: Path, score: Any, ok: bool) -> None:
    path = _table(tmp_path / "in" / "s.xlsx", score3=score)
    res = _run(["validate", str(path)])
    assert res.exit_code == (0 if ok else 1), res.output
    if not ok:  # "5分" is 5 (≠ 30); -5 and 35 are outside 0～30
        assert "评分表!I5" in res.stdout
    if score in (-5, 35):
        assert "[score-over-weight]" in res.stdout and "超出 0～30" in res.stdout


def test_date_in_value_cell_is_said_in_chinese(tmp_path: Path) -> None:
    path = _table(tmp_path / "in" / "v.xlsx", value3=datetime.datetime(2024, 1, 1))
    res = _run(["validate", str(path)])
    line = next(ln for ln in res.stdout.splitlines() if "评分表!H5" in ln)
    assert "[value-unreadable]" in line and "日期" in line and "datetime" not in line


def test_inputs_are_not_modified(tmp_path: Path) -> None:
    paths = [_table(tmp_path / "in" / f"{i}.xlsx", weight3=w) for i, w in enumerate(("三十", -30, 30))]
    before = [file_fingerprint(p) for p in paths]
    _verified(tmp_path / "in", tmp_path)
    _run(["validate", str(tmp_path / "in"), "--out", str(tmp_path / "copies")])
    assert [file_fingerprint(p) for p in paths] == before


# --- other spreadsheet files in the returns folder ------------------------------------------------------
# Before: a folder's .et (WPS), .xltx, .ods and .xlsb were skipped ("扩展名 .et，未检查"): validate printed nothing
# about them and exited 0, collect's summary lacked those bureaus. Given by name, the same .et was read fine.


def test_folder_checks_wps_et_and_reports_ods_with_the_fix(tmp_path: Path) -> None:
    inbox = tmp_path / "收回"
    _table(inbox / "甲县.xlsx")
    _table(tmp_path / "wps.xlsx", score3=25)  # WPS saves .et in the OOXML package too; 25 ≠ 30
    (tmp_path / "wps.xlsx").rename(inbox / "乙县（WPS）.et")
    (inbox / "丙县.ods").write_bytes(_ods_bytes())
    (inbox / "丁县导出.csv").write_text("序号,三级指标,分值,得分\n1,培训人次,40,40\n", encoding="utf-8")
    res = _run(["validate", str(inbox)])
    assert res.exit_code == 3, res.output  # the .ods cannot be read
    assert f"{inbox / '乙县（WPS）.et'}  评分表!I5  [score-mismatch]" in res.stdout
    ods = next(ln for ln in res.stdout.splitlines() if "丙县.ods" in ln)
    assert "[unreadable]" in ods and "另存为 .xlsx" in ods
    assert "已跳过" in res.stderr and "丁县导出.csv" in res.stderr and "CSV" in res.stderr
    got = _verified(inbox, tmp_path)
    assert got["乙县（WPS）.et"]["total"] == 100.0 and got["乙县（WPS）.et"]["status"] == "有错误"
    assert got["丙县.ods"]["status"] == "无法读取"


def _ods_bytes() -> bytes:
    import io
    import zipfile

    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        z.writestr("content.xml", "<office:document-content/>")
    return out.getvalue()


# --- merged cells -----------------------------------------------------------------------------------------


def _merged(tmp_path: Path, col: str) -> Path:
    """in/m.xlsx with the rows 4 and 5 of column ``col`` (G 分值, I 得分) one merged cell holding 60."""
    wb = scoring_workbook(_rows())
    ws = wb.active
    ws[f"{col}5"] = None
    ws.merge_cells(f"{col}4:{col}5")
    ws[f"{col}4"] = 60
    path = _dir(tmp_path) / "m.xlsx"
    wb.save(path)
    return path


def test_weight_merged_over_two_scored_rows_is_refused(tmp_path: Path) -> None:
    # Before: G4:G5 = 60 over 合格率 and 满意度 (each with its own 得分 30): 合格率 read as 60 分 ("应得 60 分",
    # a wrong error), 满意度 as no weight; collect's 核定 total 40 + 60 + 30 = 130 of 100.
    path = _merged(tmp_path, "G")
    res = _run(["validate", str(path)])
    assert res.exit_code == 1
    line = next(ln for ln in res.stdout.splitlines() if "[weight-not-number]" in ln)
    assert "评分表!G4" in line and "G4:G5 跨 2 行合并" in line
    assert "应得 60" not in res.stdout
    got = _verified(tmp_path / "in", tmp_path)["m.xlsx"]
    assert got["total"] is None and got["status"] == "有错误"
    assert all(r["verified"] is None for r in got["rows"][1:])


def test_score_merged_over_two_rows_is_an_error_not_a_wrong_total(tmp_path: Path) -> None:
    # protecting: I4:I5 = 60 — 合格率's 60 is over its 30; the 核定 comes from the 业绩值 (30 + 30), total 100
    path = _merged(tmp_path, "I")
    res = _run(["validate", str(path)])
    assert res.exit_code == 1 and "评分表!I4  [score-over-weight]" in res.stdout
    assert _verified(tmp_path / "in", tmp_path)["m.xlsx"]["total"] == 100.0


def test_chart_sheet_first_and_a_note_sheet_first(tmp_path: Path) -> None:
    # protecting: the 评分表 is found on the 2nd sheet behind a chart sheet or a 填表说明 sheet
    from openpyxl.chart import BarChart, Reference

    wb = scoring_workbook(_rows())
    chart = BarChart()
    chart.add_data(Reference(wb["评分表"], min_col=9, min_row=3, max_row=5))
    wb.create_chartsheet("图表", 0).add_chart(chart)
    wb.save(_dir(tmp_path) / "图表在前.xlsx")
    wb = scoring_workbook(_rows(score3=25))
    wb.create_sheet("填表说明", 0)["A1"] = "请于月底前报送"
    wb.save(tmp_path / "in" / "说明在前.xlsx")
    res = _run(["validate", str(tmp_path / "in")])
    assert res.exit_code == 1
    assert [ln.split("  ")[1] for ln in res.stdout.splitlines()] == ["评分表!I5"]  # 说明在前: 25 ≠ 30
    got = _verified(tmp_path / "in", tmp_path)
    assert got["图表在前.xlsx"]["total"] == 100.0 and got["说明在前.xlsx"]["total"] == 100.0


def _dir(tmp_path: Path) -> Path:
    (tmp_path / "in").mkdir(exist_ok=True)
    return tmp_path / "in"


# --- the same file given twice ----------------------------------------------------------------------------


def test_same_file_given_twice_is_checked_once(tmp_path: Path) -> None:
    # Before: "已检查 2 个文件", every finding printed twice, the copy 批注副本 written twice over.
    path = _table(tmp_path / "in" / "甲县 [终稿] (1).xlsx", score3=25)
    res = _run(["validate", str(path), str(tmp_path / "in"), str(tmp_path / "in" / ".." / "in" / path.name),
                "--out", str(tmp_path / "副本")])
    assert res.exit_code == 1
    assert res.stdout.count("[score-mismatch]") == 1
    assert "已检查 1 个文件" in res.stderr and res.stderr.count("只检查一次") == 2
    assert len(list((tmp_path / "副本").iterdir())) == 1


# --- a returned template with negative amounts ------------------------------------------------------------


@pytest.mark.parametrize("amounts", [{"numerator": -95, "denominator": -100},
                                     {"numerator": 95, "denominator": -100}])
def test_negative_amounts_in_a_returned_template_get_no_score(tmp_path: Path, amounts: dict[str, int]) -> None:
    # Before: -95 ÷ -100 read as 95% (the row's score from 95%: a total for a file with two typos in it)
    import random

    from jixiao.templates.build import Filled, build_workbook
    from jixiao.templates.spec import load_all_specs
    from tests.collect.helpers import draw_filled

    spec = next(s for s in load_all_specs() if s.id == "seed000-huaning-zhigong")
    ratio = next(i for i in spec.indicators() if i.scoring.kind == "ratio")
    values, _total = draw_filled(spec, random.Random(7))
    values[ratio.path] = amounts
    build_workbook(spec, "portable", _dir(tmp_path) / "甲县.xlsx", Filled(values, "甲县", "2024"))
    res = _run(["collect", str(tmp_path / "in"), "--out", str(tmp_path / "汇总.xlsx")])
    assert res.exit_code == 1
    line = next(ln for ln in res.stdout.splitlines() if "为负数" in ln)
    assert "[value-unreadable]" in line and f"“{ratio.name}”" in line and "无法计算执行率" in line
    got = _verified(tmp_path / "in", tmp_path)["甲县.xlsx"]
    assert got["total"] is None and got["status"] == "有错误"


# --- outputs: distribute never overwrites a return; a folder that cannot be made is said in Chinese ---------

TEMPLATE = "seed000-huaning-zhigong"


def test_distribute_again_keeps_a_filled_return(tmp_path: Path) -> None:
    # Before: the second run wrote a blank over 甲县's filled return (its 业绩值 lost), exit 0.

    roster = tmp_path / "名单.csv"
    roster.write_text("单位名称,年度\n甲县,2024\n乙县,2024\n", encoding="utf-8")
    out = tmp_path / "下发"
    args = ["distribute", "--template", TEMPLATE, "--roster", str(roster), "--out", str(out)]
    assert _run(args).exit_code == 0
    filled = next(out.glob("甲县_*.xlsx"))
    wb = openpyxl.load_workbook(filled)
    ws = wb["评分表"]
    row = next(c.row for r in ws.iter_rows() for c in r if c.value == "参保目标完成情况")
    ws.cell(row, 8).value = 0.96  # its 业绩值 (column H): 96%
    wb.save(filled)
    before = file_fingerprint(filled)
    blank = next(out.glob("乙县_*.xlsx"))
    res = _run(args)
    assert res.exit_code == 1, res.output
    assert "未覆盖" in res.stderr and filled.name in res.stderr and "已填写" in res.stderr
    assert file_fingerprint(filled) == before
    assert blank.name in res.stdout  # a blank of ours is written again


def test_distribute_keeps_a_roster_that_bears_a_planned_name(tmp_path: Path) -> None:
    out = tmp_path / "下发"
    out.mkdir()
    _run(["distribute", "--template", TEMPLATE, "--roster", str(_csv(tmp_path)), "--out", str(tmp_path / "x")])
    name = next((tmp_path / "x").glob("甲县_*.xlsx")).name
    roster = out / name  # the roster saved under the name distribute is about to write

    wb = openpyxl.Workbook()
    wb.active.append(["单位名称", "年度"])
    wb.active.append(["甲县", "2024"])
    wb.save(roster)
    before = file_fingerprint(roster)
    res = _run(["distribute", "--template", TEMPLATE, "--roster", str(roster), "--out", str(out)])
    assert res.exit_code == 1 and "不是未填写的下发模板" in res.stderr
    assert file_fingerprint(roster) == before


def _csv(tmp_path: Path) -> Path:
    p = tmp_path / "名单.csv"
    p.write_text("单位名称,年度\n甲县,2024\n", encoding="utf-8")
    return p


@pytest.mark.parametrize("command", ["new", "distribute", "build"])
def test_output_folder_under_a_file_is_a_chinese_usage_error(tmp_path: Path, command: str) -> None:
    # Before: NotADirectoryError traceback (exit 1)
    source = _table(tmp_path / "评分表.xlsx")
    bad = str(source / "输出")
    args = {"new": ["templates", "new", str(source), "--out", bad],
            "distribute": ["distribute", "--template", TEMPLATE, "--roster", str(_csv(tmp_path)), "--out", bad],
            "build": ["templates", "build", "--out", bad]}[command]
    res = _run(args)
    assert res.exit_code == 2, res.output
    assert "用法错误" in res.stderr and "是文件而不是文件夹" in res.stderr and "Traceback" not in res.output


def test_annotated_copy_of_a_merged_score_cell(tmp_path: Path) -> None:
    # Before: "批注副本写入失败（内部错误：AttributeError）" — the finding about I5 lies in the merge I4:I5

    path = _merged(tmp_path, "I")
    res = _run(["validate", str(path), "--out", str(tmp_path / "副本")])
    assert "批注副本写入失败" not in res.stderr and "内部错误" not in res.stderr
    note = openpyxl.load_workbook(tmp_path / "副本" / "m.校验.xlsx")["评分表"]["I4"].comment.text
    assert "I5：指标“满意度”有分值 30 但未填写得分" in note and "I4：指标“合格率”得分 60 超出 0～30" in note


# --- error values cached by Excel -------------------------------------------------------------------------


def _cached_error(tmp_path: Path, ref: str, formula: str, error: str) -> Path:
    """The table with ``ref`` holding ``=formula`` whose cached value is the error ``error``, as Excel saves it."""
    import re

    from tests.hostile.make_corpus import _part, _rewrite_zip

    base = _table(tmp_path / "base.xlsx")
    xml = _part(base, "xl/worksheets/sheet1.xml")
    new = f'<c r="{ref}" t="e"><f>{formula}</f><v>{error}</v></c>'.encode()
    xml, n = re.subn(rb'<c r="' + ref.encode() + rb'"[^>]*?(?:/>|>.*?</c>)', new, xml, count=1)
    assert n == 1
    return _rewrite_zip(base, _dir(tmp_path) / f"{ref}.xlsx", {"xl/worksheets/sheet1.xml": xml})


def test_total_row_showing_an_error_value_is_an_error(tmp_path: Path) -> None:
    # Before: 合计 得分 I6 cached #REF! — the file passed (exit 0), the printed total said nothing
    path = _cached_error(tmp_path, "I6", "SUM(I3:I5)", "#REF!")
    res = _run(["validate", str(path)])
    assert res.exit_code == 1
    assert "评分表!I6  [total-sum]  I6：合计得分“#REF!”不是数字" in res.stdout


@pytest.mark.parametrize(("ref", "check"), [("I4", "score-not-number"), ("G4", "weight-not-number"),
                                            ("H4", "value-unreadable")])
def test_error_values_in_row_cells(tmp_path: Path, ref: str, check: str) -> None:
    # protecting (score, value); G4 #REF! was silent before (the row's weight taken as not stated)
    path = _cached_error(tmp_path, ref, "G4/0" if ref != "G4" else "#REF!", "#DIV/0!" if ref != "G4" else "#REF!")
    res = _run(["validate", str(path)])
    line = next(ln for ln in res.stdout.splitlines() if f"评分表!{ref}" in ln)
    assert f"[{check}]" in line and "#" in line
    got = _verified(tmp_path / "in", tmp_path)[path.name]
    # score: 核定 30 from 96%; weight or value (#DIV/0! as 业绩值: p19, was 核定 as typed) — no 核定 total
    assert got["total"] == (100.0 if ref == "I4" else None)


def test_two_returns_of_one_bureau(tmp_path: Path) -> None:
    # protecting: both listed as 重复报送, the newest counts, the other bureau 未报送, exit 1
    import os

    old = _table(tmp_path / "in" / "甲县医疗保障局.xlsx")
    new = _table(tmp_path / "in" / "甲县医疗保障局（修改）.xlsx", score3=25)
    os.utime(old, (1_700_000_000, 1_700_000_000))
    roster = tmp_path / "名单.csv"
    roster.write_text("单位名称\n甲县医疗保障局\n乙县医疗保障局\n", encoding="utf-8")
    res = _run(["collect", str(tmp_path / "in"), "--roster", str(roster), "--out", str(tmp_path / "汇总.xlsx")])
    assert res.exit_code == 1
    assert "未报送（1）：乙县医疗保障局" in res.stderr
    dup = next(ln for ln in res.stderr.splitlines() if ln.startswith("重复报送"))
    assert "甲县医疗保障局（以最新的为准）" in dup and new.name in dup and old.name in dup
    assert "评分表!I5  [score-mismatch]" in res.stdout  # the newest: 25 ≠ 30


def test_distribute_names_a_bureau_listed_twice(tmp_path: Path) -> None:
    # Before: two files, "甲县 医保局_….xlsx" and "…(2).xlsx", and not a word
    roster = tmp_path / "名单.csv"
    roster.write_text("单位名称,年度\n甲县 医保局,2024\n乙县,2024\n甲县 医保局,2024\n", encoding="utf-8")
    res = _run(["distribute", "--template", TEMPLATE, "--roster", str(roster), "--out", str(tmp_path / "下发")])
    assert res.exit_code == 0
    assert "警告：名单中“甲县 医保局”出现 2 次（第2、4行），各生成一份" in res.stderr
    assert len(list((tmp_path / "下发").iterdir())) == 3
