"""``jixiao distribute`` → bureaus fill → ``jixiao collect``: round trip, broken inputs, outputs.

Expected totals and grades come from :mod:`tests.collect.helpers`, which scores
the drawn inputs straight from the spec with ``score_range`` / ``exec_rate`` /
``grade`` and hand arithmetic (never from the builder's cached values).
"""

from __future__ import annotations

import json
import random
import shutil
import zipfile
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from click.testing import CliRunner

from jixiao.cli import cli
from jixiao.io import file_fingerprint
from jixiao.templates.build import Filled, build_workbook
from jixiao.templates.spec import TemplateSpec, load_all_specs
from tests.collect.helpers import (
    distribute_roster,
    draw_amounts,
    draw_filled,
    expected_grade,
    ratio_label,
)
from tests.hostile.make_corpus import EXPECTED, make_corpus

#: 40 rows of every kind: rule, ratio, checklist (with gates), passfail, judgement
TEMPLATE = "seed002-qingyunpu-bumen"
N_BUREAUS = 50
BROKEN = ("not_a_zip", "truncated_zip", "empty_workbook", "encrypted", "csv_renamed")
#: what the 无法读取 reason must say, by kind (the corpus' key words, plus ours for empty_workbook)
REASON_WORDS = {**{k: EXPECTED[k] for k in BROKEN if EXPECTED[k]},
                "empty_workbook": ("未找到评分表",)}
SUMMARY_SHEETS = ["汇总", "指标得分", "等级分布", "得分分布", "报送情况", "问题清单", "无法读取"]
#: the table header row of each summary sheet (title rows above it on some)
HEADER_ROW = {"汇总": 3, "指标得分": 3, "等级分布": 2, "得分分布": 2}


def _spec() -> TemplateSpec:
    return next(s for s in load_all_specs() if s.id == TEMPLATE)


def _rows(ws: Any, header_row: int | None = None) -> list[dict[str, Any]]:
    header_row = header_row or HEADER_ROW.get(ws.title, 1)
    it = ws.iter_rows(min_row=header_row, values_only=True)
    header = next(it)
    return [dict(zip(header, r, strict=False)) for r in it if any(v is not None for v in r)]


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """Roster → distribute → each bureau fills its copy → broken files added → collect."""
    base = tmp_path_factory.mktemp("collect")
    spec = _spec()
    rng = random.Random(20240611)
    ratio_rows = [i for i in spec.indicators() if i.scoring.kind == "ratio"]
    headers = ["序号", "单位名称", "年度"]
    label_of: dict[str, str] = {}
    for ind in ratio_rows:
        for key in ("numerator", "denominator"):
            label = ratio_label(ind, key)
            assert label is not None
            header = f"{label}（元）" if key == "denominator" else label
            headers.append(header)
            label_of[header] = label
    headers.append("联系人")  # not a template label: ignored
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["2023年度部门整体支出绩效自评 下发名单"])  # a title row above the header
    ws.append(headers)
    bureaus, amounts = [], {}
    for i in range(N_BUREAUS):
        name = f"第{i + 1:02d}县医疗保障局" if i % 10 else f"第{i + 1:02d}县/区医保局"
        bureaus.append(name)
        per: dict[str, dict[str, float]] = {ind.path: draw_amounts(ind, rng) for ind in ratio_rows}
        amounts[name] = per
        row: list[Any] = [i + 1, name, 2023]
        for ind in ratio_rows:
            row += [per[ind.path]["numerator"], per[ind.path]["denominator"]]
        ws.append([*row, "张三"])
    roster, inbox = distribute_roster(wb, base, TEMPLATE)
    runner = CliRunner()
    files = sorted(inbox.glob("*.xlsx"))
    assert len(files) == N_BUREAUS

    # what distribute wrote, before the bureaus touch it
    from jixiao.distribute import safe_filename, title_stem
    from jixiao.io import load_workbook

    distributed = {}
    for name in bureaus:
        # <单位名称>_<年度+标题>: 部门整体支出绩效评价指标评分表 has no {年度}, so "2023年" leads
        path = inbox / f"{safe_filename(name)}_{title_stem(spec, '2023')}.xlsx"
        assert path.name.endswith("_2023年部门整体支出绩效评价指标评分表.xlsx"), path.name
        lw = load_workbook(path, need_formulas=False)
        distributed[name] = (path, lw.properties, set(lw.sheets[0].values.values()))

    # each bureau fills its copy (same file name, same prefilled amounts)
    expected: dict[str, tuple[str, Decimal, str, int]] = {}
    for name in bureaus:
        path = distributed[name][0]
        values, total = draw_filled(spec, rng, amounts={k: dict(v) for k, v in
                                                        amounts[name].items()})
        build_workbook(spec, "portable", path, Filled(values=values, bureau=name, year="2023"))
        expected[path.name] = (name, total, expected_grade(spec, total), 2023)

    # broken uploads, in a sub-folder
    corpus = make_corpus(base / "corpus", use_soffice=False)
    broken_dir = inbox / "退回重交"
    broken_dir.mkdir()
    broken = {}
    for kind in BROKEN:
        dst = broken_dir / corpus[kind].name
        shutil.copyfile(corpus[kind], dst)
        broken[f"退回重交/{dst.name}"] = kind
    (inbox / "说明.txt").write_text("请于月底前提交", encoding="utf-8")
    (inbox / "~$第01县医疗保障局.xlsx").write_bytes(b"\x00" * 165)  # an Excel lock file

    inputs = sorted(p for p in inbox.rglob("*") if p.is_file())
    before = {p: file_fingerprint(p) for p in inputs}
    out = base / "汇总.xlsx"
    js = base / "汇总.json"
    res = runner.invoke(cli, ["collect", str(inbox), "--out", str(out), "--json", str(js)])
    after = {p: file_fingerprint(p) for p in inputs}
    return {"base": base, "inbox": inbox, "out": out, "json": js, "result": res,
            "expected": expected, "broken": broken, "before": before, "after": after,
            "spec": spec, "distributed": distributed, "amounts": amounts, "roster": roster}


def test_exit_code_3_when_some_file_is_unreadable(world: dict[str, Any]) -> None:
    res = world["result"]
    assert res.exit_code == 3, res.output
    last = res.stderr.strip().splitlines()[-1]
    assert last == f"已检查 {N_BUREAUS + len(BROKEN)} 个文件：" + last.split("：", 1)[1]
    assert last.endswith(f"{len(BROKEN)} 无法读取")


def test_every_total_and_grade_equals_the_core_engine(world: dict[str, Any]) -> None:
    wb = openpyxl.load_workbook(world["out"])
    assert wb.sheetnames == SUMMARY_SHEETS
    rows = {r["文件"]: r for r in _rows(wb["汇总"])}
    expected = world["expected"]
    assert len(expected) == N_BUREAUS
    for fname, (bureau, total, grade, year) in expected.items():
        row = rows[fname]
        assert row["单位名称"] == bureau
        assert row["年度"] == str(year)
        for col in ("核定总分", "自报总分"):  # Excel's cached values agree with the 核定 here
            assert abs(Decimal(str(row[col])) - total) < Decimal("0.000001"), (fname, col)
        assert row["核定等级"] == grade == row["自报等级"], fname
        assert row["差异"] == 0
        assert row["状态"] in ("通过", "有警告", "有错误")
    ws = wb["汇总"]
    assert ws["D4"].number_format == "0.00"
    # 排名 by 核定总分, ties sharing a rank (independent: sort the expected totals)
    ranked = sorted((r for r in rows.values() if r["排名"] is not None), key=lambda r: r["排名"])
    totals = [t for _b, t, _g, _y in expected.values()]
    for r in ranked:
        assert r["排名"] == 1 + sum(1 for t in totals if t > Decimal(str(r["核定总分"])) + Decimal(
            "0.000001"))


def test_distribute_wrote_bureau_year_and_roster_amounts(world: dict[str, Any]) -> None:
    assert len(world["distributed"]) == N_BUREAUS
    for name, (path, props, values) in world["distributed"].items():
        assert path.name == f"{name.replace('/', '')}_2023年部门整体支出绩效评价指标评分表.xlsx"
        assert props["jixiao_bureau"] == name
        assert props["jixiao_year"] == "2023"
        assert props["jixiao_template_id"] == TEMPLATE
        assert name in values  # the 填报单位 cell
        for amounts in world["amounts"][name].values():
            for v in amounts.values():
                assert v in values, (name, v)
    assert not list(world["inbox"].glob(".~*"))  # no temp file left behind


def test_indicator_matrix_in_template_order(world: dict[str, Any]) -> None:
    wb = openpyxl.load_workbook(world["out"])
    ws = wb["指标得分"]
    assert "2023年部门整体支出绩效评价指标评分表汇总" in ws["A1"].value
    header = [c.value for c in ws[3]]
    names = [h.split("\n")[0] for h in header[2:-2]]
    assert names == [i.name for i in world["spec"].indicators()]
    assert header[-2:] == ["核定总分", "核定等级"]
    rows = _rows(ws)
    data = [r for r in rows if r["单位名称"] not in ("平均得分", "得分率", "最低")]
    assert len(data) == N_BUREAUS
    for r in data:  # the row's scores add up to its total (hand check of the matrix)
        scores = [v for h, v in r.items() if h not in ("排名", "单位名称", "核定总分", "核定等级")]
        assert abs(sum(Decimal(str(v)) for v in scores if v is not None)
                   - Decimal(str(r["核定总分"]))) < Decimal("0.000001")
    stats = {r["单位名称"]: r for r in rows if r["单位名称"] in ("平均得分", "得分率", "最低")}
    first = header[2]
    col = [Decimal(str(r[first])) for r in data]
    weight = Decimal(first.split("（")[-1].rstrip("分）"))
    assert abs(Decimal(str(stats["平均得分"][first])) - sum(col) / len(col)) < Decimal("1e-9")
    assert abs(Decimal(str(stats["得分率"][first])) - sum(col) / len(col) / weight) < Decimal("1e-9")
    assert Decimal(str(stats["最低"][first])) == min(col)
    assert ws.freeze_panes == "C4"
    assert ws.auto_filter.ref.startswith("A3:")


def test_broken_inputs_are_listed_with_their_reason(world: dict[str, Any]) -> None:
    wb = openpyxl.load_workbook(world["out"])
    rows = _rows(wb["无法读取"])
    unreadable = {r["文件"]: r["原因"] for r in rows if r["处理"] != "已跳过"}
    assert set(unreadable) == set(world["broken"])
    for shown, kind in world["broken"].items():
        for word in REASON_WORDS[kind]:
            assert word in unreadable[shown], (kind, unreadable[shown])
        assert str(world["inbox"]) not in unreadable[shown]  # the file is in its own column
    skipped = {r["文件"]: r["原因"] for r in rows if r["处理"] == "已跳过"}
    assert set(skipped) == {"说明.txt", "~$第01县医疗保障局.xlsx"}
    summary_rows = {r["文件"]: r for r in _rows(wb["汇总"])}
    for shown in world["broken"]:
        assert summary_rows[shown]["状态"] == "无法读取"
    out = world["result"].stdout
    for shown in world["broken"]:
        assert f"{shown}  （文件）  [unreadable]  无法读取：" in out


def test_inputs_are_never_modified(world: dict[str, Any]) -> None:
    assert world["before"] == world["after"]
    assert len(world["before"]) == N_BUREAUS + len(BROKEN) + 2


def test_summary_workbook_layout(world: dict[str, Any]) -> None:
    wb = openpyxl.load_workbook(world["out"])
    for name in SUMMARY_SHEETS:
        ws = wb[name]
        assert ws.auto_filter.ref, name
        assert ws.freeze_panes, name
        assert ws.page_setup.orientation == "landscape", name
        assert str(ws.page_setup.paperSize) == "9", name
    issues = _rows(wb["问题清单"])
    assert issues
    assert set(issues[0]) >= {"文件", "工作表", "单元格", "检查项", "严重程度", "说明",
                                          "应为", "实际"}
    assert {r["严重程度"] for r in issues} <= {"错误", "警告", "提示"}
    ranks = [{"错误": 0, "警告": 1, "提示": 2}[r["严重程度"]] for r in issues]
    assert ranks == sorted(ranks)  # severity first
    from jixiao.validation.findings import CATALOGUE

    names = {v[1] for v in CATALOGUE.values()}
    assert all(r["检查项"] in names for r in issues)  # Chinese check names, no ids
    # a note word for word the same in many files is listed once
    keys = [(r["检查项"], r["单元格"], r["说明"]) for r in issues if r["严重程度"] == "提示"]
    assert len(keys) == len(set(keys))
    grades = {r["核定等级"]: r["单位数"] for r in _rows(wb["等级分布"])}
    assert grades.pop("合计") == N_BUREAUS
    want: dict[str, int] = {}
    for _b, _t, g, _y in world["expected"].values():
        want[g] = want.get(g, 0) + 1
    assert {g: n for g, n in grades.items() if n} == want
    bins = _rows(wb["得分分布"])
    assert sum(r["单位数"] for r in bins if r["分数段"] and "–" in str(r["分数段"])) == N_BUREAUS
    with zipfile.ZipFile(world["out"]) as z:
        charts = [n for n in z.namelist() if n.startswith("xl/charts/chart")]
        custom = z.read("docProps/custom.xml")
    assert len(charts) >= 3  # pie + column of grades, histogram of totals
    assert b"jixiao_summary" in custom


def test_json_shape(world: dict[str, Any]) -> None:
    doc = json.loads(world["json"].read_text(encoding="utf-8"))
    assert set(doc) == {"files", "skipped", "summary"}
    assert len(doc["files"]) == N_BUREAUS + len(BROKEN)
    for f in doc["files"]:
        assert set(f) >= {"path", "error", "summary", "findings", "status"}
        if f["error"] is None:
            assert set(f["summary"]) >= {"total", "grade", "computed_grade", "errors", "warnings",
                                         "infos", "template_id", "bureau", "year"}
        else:
            assert f["summary"] is None
        for finding in f["findings"]:
            assert set(finding) == {"sheet", "cell", "check", "severity", "message", "expected",
                                    "actual"}
    s = doc["summary"]
    assert s["checked"] == N_BUREAUS + len(BROKEN)
    assert s["unreadable"] == len(BROKEN)
    assert s["passed"] + s["with_warnings"] + s["with_errors"] == N_BUREAUS
    assert s["exit_code"] == 3
    assert {d["reason"] for d in doc["skipped"]}


def test_parallel_and_serial_give_the_same_results_in_the_same_order(world: dict[str, Any]) -> None:
    from jixiao.collect import collect

    serial = collect(world["inbox"], jobs=1)
    parallel = collect(world["inbox"], jobs=2)
    assert [r.to_dict() for r in serial.reports] == [r.to_dict() for r in parallel.reports]


def test_json_to_stdout_and_rerun_skips_our_own_summary(world: dict[str, Any]) -> None:
    inbox = world["inbox"]
    out = inbox / "本次汇总.xlsx"  # outside the folder collected in this run
    res = CliRunner().invoke(cli, ["collect", str(inbox / "退回重交"), "--out", str(out),
                                   "--json", "-"])
    assert res.exit_code == 3
    doc = json.loads(res.stdout)
    assert len(doc["files"]) == len(BROKEN)
    try:
        old = inbox / "上次汇总.xlsx"
        shutil.copyfile(world["out"], old)
        # an output inside the folder being collected is refused before any work (issue 15)
        res = CliRunner().invoke(cli, ["collect", str(inbox), "--out", str(out), "--json", "-"])
        assert res.exit_code == 2 and "正在检查的文件夹" in res.stderr
        elsewhere = inbox.parent / "本次汇总.xlsx"
        res = CliRunner().invoke(cli, ["collect", str(inbox), "--out", str(elsewhere),
                                       "--json", "-"])
        elsewhere.unlink()
        doc = json.loads(res.stdout)
        skipped = {Path(d["path"]).name: d["reason"] for d in doc["skipped"]}
        assert "汇总表" in skipped["上次汇总.xlsx"]
        assert "本次汇总.xlsx" in skipped  # the first run's summary: ours, not checked
    finally:
        for p in (inbox / "上次汇总.xlsx", out):
            p.unlink(missing_ok=True)


def test_exit_codes_0_and_1(tmp_path: Path) -> None:
    spec = next(s for s in load_all_specs() if s.id == "seed004-hongsibao-jumin")  # judgement only
    ok = {i.path: i.weight for i in spec.indicators()}  # full marks everywhere
    d = tmp_path / "in"
    d.mkdir()
    build_workbook(spec, "portable", d / "a.xlsx", Filled(values=ok, bureau="甲县", year="2023"))
    out = tmp_path / "s.xlsx"
    res = CliRunner().invoke(cli, ["collect", str(d), "--out", str(out)])
    assert res.exit_code == 0, res.output
    assert res.stderr.strip().splitlines()[-1] == "已检查 1 个文件：1 通过，0 有问题，0 无法读取"
    first, second = list(spec.indicators())[:2]
    bad = {**ok, first.path: first.weight + 1, second.path: 0}  # over its weight; total <= 100
    build_workbook(spec, "portable", d / "b.xlsx", Filled(values=bad, bureau="乙县", year="2023"))
    res = CliRunner().invoke(cli, ["collect", str(d), "--out", str(out)])
    assert res.exit_code == 1, res.output
    assert "b.xlsx  评分表!" in res.stdout
    assert "[score-over-weight]" in res.stdout
    assert res.stderr.strip().splitlines()[-1] == \
        "已检查 2 个文件：1 通过，1 有问题，0 无法读取（1 有错误）"


def test_usage_errors_exit_2(tmp_path: Path) -> None:
    runner = CliRunner()
    res = runner.invoke(cli, ["collect", str(tmp_path / "nope"), "--out", str(tmp_path / "s.xlsx")])
    assert res.exit_code == 2
    empty = tmp_path / "空"
    empty.mkdir()
    res = runner.invoke(cli, ["collect", str(empty), "--out", str(tmp_path / "s.xlsx")])
    assert res.exit_code == 2
    assert "没有找到工作簿" in res.stderr
    res = runner.invoke(cli, ["collect", str(tmp_path), "--out", str(tmp_path / "s.csv")])
    assert res.exit_code == 2
    assert ".xlsx" in res.stderr
    assert not (tmp_path / "s.xlsx").exists()


@pytest.mark.libreoffice
def test_summary_opens_in_libreoffice(world: dict[str, Any], tmp_path: Path) -> None:
    from tests import lo

    if not lo.SOFFICE:
        pytest.skip("LibreOffice (soffice) is not installed")
    src = tmp_path / "summary.xlsx"
    shutil.copyfile(world["out"], src)
    converted = lo.convert(src, tmp_path / "lo", "xlsx:Calc MS Excel 2007 XML", tmp_path)
    wb = openpyxl.load_workbook(converted)
    assert wb.sheetnames == SUMMARY_SHEETS
    assert len(_rows(wb["汇总"], header_row=3)) == N_BUREAUS + len(BROKEN)
    with zipfile.ZipFile(converted) as z:
        assert [n for n in z.namelist() if n.startswith("xl/charts/chart")]
    pdf = lo.convert(src, tmp_path / "pdf", "pdf", tmp_path)
    assert pdf.stat().st_size > 1000


def test_run_checks_warms_up_before_forking() -> None:
    # in a fresh interpreter: before the workers fork, the parent holds every shipped spec
    # and the hashes of our templates' VBA modules (children inherit both)
    import subprocess
    import sys

    code = ("import jixiao.io as io, jixiao.validation.template_checks as T\n"
            "from jixiao.collect import run_checks\n"
            "from jixiao.vba import template_modules\n"
            "assert not T._SPECS and not io.KNOWN_VBA_MODULE_HASHES\n"
            "run_checks([], jobs=1)\n"
            "print(len(next(iter(T._SPECS.values()), {})), len(T._SPECS), len(io.KNOWN_VBA_MODULE_HASHES),"
            " len(template_modules()))\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    specs, folders, hashes, modules = map(int, out.stdout.split())
    assert specs == len(load_all_specs()) and specs > 0 and folders == 1
    assert hashes == modules > 0
