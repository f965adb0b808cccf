"""`jixiao validate` through click's CliRunner: exit codes, lines, JSON, copies, inputs untouched."""

import json
import shutil

import openpyxl
import pytest
from click.testing import CliRunner

from jixiao.cli import cli
from jixiao.examples import published_table
from jixiao.io import file_fingerprint
from jixiao.templates.build import build_workbook, example_inputs
from jixiao.templates.spec import load_all_specs

SPECS = {s.id: s for s in load_all_specs()}


@pytest.fixture
def files(tmp_path):
    bad = published_table(SPECS["seed000-huaning-zhigong"], tmp_path / "华宁 县 评分表.xlsx")
    good = tmp_path / "good.xlsx"
    build_workbook(SPECS["seed000-huaning-zhigong"], "portable", good,
                   example_inputs(SPECS["seed000-huaning-zhigong"]))
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"not a workbook at all")
    return {"bad": bad, "good": good, "broken": broken}


def run(*args):
    return CliRunner().invoke(cli, ["validate", *map(str, args)])


def test_clean_file_exits_0(files):
    res = run(files["good"])
    assert res.exit_code == 0, res.output
    assert "已检查 1 个文件：1 通过，0 有问题，0 无法读取" in res.stderr


def test_error_findings_exit_1_with_one_line_per_finding(files):
    res = run(files["bad"])
    assert res.exit_code == 1
    lines = [ln for ln in res.stdout.splitlines() if "[score-mismatch]" in ln]
    assert len(lines) == 1
    assert lines[0].startswith(f"{files['bad']}  评分表!I16  [score-mismatch]  ")


def test_unreadable_wins_exit_3_and_run_goes_on(files):
    res = run(files["broken"], files["bad"], files["good"])
    assert res.exit_code == 3
    assert f"{files['broken']}  （文件）  [unreadable]" in res.stdout
    assert "[score-mismatch]" in res.stdout  # the next file was still checked
    assert "已检查 3 个文件：1 通过，1 有问题，1 无法读取" in res.stderr


def test_usage_error_exit_2(tmp_path):
    res = CliRunner().invoke(cli, ["validate"])
    assert res.exit_code == 2
    res = run(tmp_path)  # an empty folder
    assert res.exit_code == 2


def test_json_shape(files):
    res = run("--json", files["bad"], files["broken"])
    doc = json.loads(res.stdout)
    assert [f["path"] for f in doc["files"]] == [str(files["bad"]), str(files["broken"])]
    bad, broken = doc["files"]
    assert broken["error"] and "不是Excel文件" in broken["error"] or broken["error"]
    assert bad["error"] is None and bad["summary"]["total"] == pytest.approx(93.99)
    f = next(f for f in bad["findings"] if f["check"] == "score-mismatch")
    assert set(f) == {"sheet", "cell", "check", "severity", "message", "expected", "actual"}
    assert (f["cell"], f["severity"], f["expected"], f["actual"]) == ("I16", "错误", "1.6", "1.92")


def test_annotated_copy_and_inputs_unchanged(files, tmp_path):
    before = {k: file_fingerprint(p) for k, p in files.items()}
    out = tmp_path / "out"
    res = run("--out", out, files["bad"], files["good"], files["broken"])
    assert res.exit_code == 3
    assert {k: file_fingerprint(p) for k, p in files.items()} == before
    copy = out / "华宁 县 评分表.校验.xlsx"
    wb = openpyxl.load_workbook(copy)
    assert wb.sheetnames[0] == "校验结果"
    ws = wb["校验结果"]
    rows = [[c.value for c in r] for r in ws.iter_rows(min_row=6)]
    hit = next(r for r in rows if r[2] == "score-mismatch")
    assert hit[4:6] == ["评分表", "I16"]
    link_cell = ws.cell(6 + rows.index(hit), 6)
    assert link_cell.hyperlink.location == "'评分表'!I16"
    assert wb["评分表"]["I16"].fill.fgColor.rgb.endswith("FFC7CE")
    assert not list(out.glob("*.tmp*"))


def test_read_only_input_in_chinese_folder(files, tmp_path):
    folder = tmp_path / "收回 文件"
    folder.mkdir()
    p = folder / "县 医保局.xlsx"
    shutil.copy(files["bad"], p)
    p.chmod(0o444)
    res = run(folder)
    assert res.exit_code == 1 and "[score-mismatch]" in res.stdout
