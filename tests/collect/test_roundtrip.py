"""The issue-12 round trip: distribute to 30 bureaus, fill as people do, collect with the roster.

Every 核定总分 / 核定等级 is compared with an independent computation from the values
each bureau typed (``tests.collect.helpers.expected_score``: the spec's rules with
``score_range`` / ``exec_rate`` and hand arithmetic for checklists and pass/fail),
never with the reported (cached) values.

How the returns are filled (the ways of issue 12):

* most bureaus: every input, saved by "Excel" (our builder writes the values Excel
  would cache, checked against LibreOffice in tests/templates);
* 2 untouched (only the amounts distribute pre-filled) -> 未填写;
* 2 with some inputs missing -> 不完整;
* 3 saved by a program (openpyxl drops every cached result) -> computed, 通过/有警告;
* 1 with a score typed over its formula (5 where the rule gives less);
* 1 with a score formula deleted (empty cell);
* 1 that relaxed a threshold in its own copy (text, rule and formula);
* 1 that sent two copies (the newer one counts);
* 2 that never reported; 1 file from a unit outside the roster.
"""

from __future__ import annotations

import dataclasses
import json
import os
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
from jixiao.collect import collect
from jixiao.distribute import safe_filename, title_stem
from jixiao.roster import read_roster
from jixiao.templates.build import Filled, build_workbook
from jixiao.templates.spec import TemplateSpec, load_all_specs
from tests.collect.helpers import (
    distribute_roster,
    draw_amounts,
    draw_filled,
    expected_grade,
    expected_score,
)
from tests.xlsx_edit import edit_sheet_xml, replace_formula_with_number

TEMPLATE = "seed000-huaning-zhigong"  # rules, ratios, checklists, pass/fail, judgement
N = 30
YEAR = "2024"
#: the row whose threshold one bureau relaxes in its copy: ">=80%: 5; <80%: 5 - 1 per 1% ceil"
RELAX_CODE = "C21"
#: values forced where a scenario needs them (else drawn at random)
FORCED = {"typed_over": ("C11", 0.93),  # 95% - 93% = 2 points short: 5 - 2 = 3, typed 5
          "relaxed": (RELAX_CODE, 0.77)}  # issued 80%: 5 - 3 = 2; the relaxed 75% copy gives 5


def _spec() -> TemplateSpec:
    return next(s for s in load_all_specs() if s.id == TEMPLATE)


def _name(i: int) -> str:
    return f"第{i:02d}区医疗保障局"


def _clear_cell(path: Path, cell: str) -> None:
    """Empty ``cell`` (formula and value) in the first sheet's XML, keeping its style."""
    def edit(text: str) -> str:
        text, n = re.subn(rf'<c r="{cell}"( s="\d+")?[^>]*>.*?</c>',
                          lambda m: f'<c r="{cell}"{m.group(1) or ""}/>', text, count=1, flags=re.S)
        assert n == 1
        return text

    edit_sheet_xml(path, edit)


def _resave_with_openpyxl(path: Path) -> None:
    """What a script (or a program without a calculation engine) does: cached results are lost."""
    wb = openpyxl.load_workbook(path)
    wb.save(path)


def _relaxed(spec: TemplateSpec) -> TemplateSpec:
    """The spec with RELAX_CODE's threshold 80% lowered to 75% (rule, text and formula follow)."""
    def row(ind: Any) -> Any:  # noqa: ANN401
        if ind.code != RELAX_CODE:
            return ind
        rule = ind.scoring.rule.replace("80%", "75%")
        assert rule != ind.scoring.rule
        return dataclasses.replace(ind, scoring=dataclasses.replace(ind.scoring, rule=rule),
                                   standard=(ind.standard or "").replace("80%", "75%"))

    sections = tuple(dataclasses.replace(s, groups=tuple(
        dataclasses.replace(g, indicators=tuple(row(i) for i in g.indicators))
        for g in s.groups)) for s in spec.sections)
    return dataclasses.replace(spec, sections=sections)


def _score_cell(path: Path, code: str) -> str:
    """The 得分 cell of the row with indicator code ``code`` (the template's columns)."""
    ws = openpyxl.load_workbook(path)["评分表"]
    header = {c.value: c.column_letter for c in ws[3]}
    names = {ind.code: ind.name for ind in _spec().indicators()}
    for r in ws.iter_rows(min_row=4):
        for c in r:
            if c.value == names[code]:
                return f"{header['得分']}{c.row}"
    raise AssertionError(code)


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    base = tmp_path_factory.mktemp("roundtrip")
    spec = _spec()
    rng = random.Random(12)
    ratio_rows = [i for i in spec.indicators() if i.scoring.kind == "ratio"]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["2024年度城镇职工基本医疗保险基金绩效评价 下发名单"])
    # amount columns named like the ratio rows' sub-rows: distribute pre-fills them
    labels = [(ind, key, getattr(ind.scoring, key)) for ind in ratio_rows
              for key in ("numerator", "denominator")]
    ws.append(["序号", "单位名称", "年度", *(f"{label}（元）" for _i, _k, label in labels),
               "联系电话"])
    amounts: dict[int, dict[str, dict[str, float]]] = {}
    for i in range(1, N + 1):
        amounts[i] = {ind.path: draw_amounts(ind, rng) for ind in ratio_rows}
        ws.append([i, _name(i), int(YEAR),
                   *(amounts[i][ind.path][key] for ind, key, _l in labels), "0877-0000000"])
    roster, inbox = distribute_roster(wb, base, TEMPLATE)
    runner = CliRunner()
    stem = title_stem(spec, YEAR)
    assert stem == "2024年城镇职工基本医疗保险项目评分表"
    path_of = {i: inbox / f"{safe_filename(_name(i))}_{stem}.xlsx" for i in range(1, N + 1)}
    assert all(p.exists() for p in path_of.values())

    blank, partial, uncalculated = {1, 2}, {3, 4}, {5, 6, 7}
    typed_over, deleted, relaxed, duplicate, missing = 8, 9, 10, 11, {12, 13}
    s_of = {"typed_over": typed_over, "relaxed": relaxed}
    expected: dict[int, tuple[Decimal | None, str | None, str]] = {}
    values_of: dict[int, dict[str, Any]] = {}
    for i in range(1, N + 1):
        path = path_of[i]
        if i in missing:
            path.unlink()
            continue
        if i in blank:
            expected[i] = (None, None, "未填写")
            continue
        values, total = draw_filled(spec, rng, amounts=amounts[i])
        for key, (code, value) in FORCED.items():
            if i == s_of[key]:
                values[next(x.path for x in spec.indicators() if x.code == code)] = value
        # the expected total, row by row from the values typed (independent of the builder)
        total = sum((expected_score(ind, values[ind.path]) for ind in spec.indicators()),
                    Decimal(0))
        values_of[i] = values
        if i in partial:  # two rule rows left empty
            empty = [ind.path for ind in spec.indicators() if ind.scoring.kind == "rule"][:2]
            values = {k: v for k, v in values.items() if k not in empty}
            build_workbook(spec, "portable", path, Filled(values, _name(i), YEAR))
            expected[i] = (None, None, "不完整")
            continue
        own = _relaxed(spec) if i == relaxed else spec
        build_workbook(own, "portable", path, Filled(values, _name(i), YEAR))
        expected[i] = (total, expected_grade(spec, total), "")
        if i in uncalculated:
            _resave_with_openpyxl(path)
        elif i == typed_over:
            replace_formula_with_number(path, _score_cell(path, "C11"), 5)
        elif i == deleted:
            _clear_cell(path, _score_cell(path, "C11"))
    # the duplicate: an older copy with other values (mtime one day earlier), then the newer
    dup_values, _t = draw_filled(spec, rng)
    older = inbox / "重报" / f"{safe_filename(_name(duplicate))}_{stem}.xlsx"
    older.parent.mkdir()
    build_workbook(spec, "portable", older, Filled(dup_values, _name(duplicate), YEAR))
    day_ago = path_of[duplicate].stat().st_mtime - 86400
    os.utime(older, (day_ago, day_ago))
    # a unit outside the roster
    stranger = inbox / "外单位医保局_评分表.xlsx"
    build_workbook(spec, "portable", stranger, Filled(draw_filled(spec, rng)[0], "外单位医保局",
                                                      YEAR))

    out = base / "汇总.xlsx"
    js = base / "汇总.json"
    res = runner.invoke(cli, ["collect", str(inbox), "--roster", str(roster), "--out", str(out),
                              "--json", str(js)])
    return {"spec": spec, "base": base, "inbox": inbox, "roster": roster, "res": res,
            "out": out, "json": json.loads(js.read_text(encoding="utf-8")),
            "expected": expected, "path_of": path_of, "values_of": values_of,
            "older": older, "stranger": stranger,
            "sets": {"blank": blank, "partial": partial, "uncalculated": uncalculated,
                     "typed_over": typed_over, "deleted": deleted, "relaxed": relaxed,
                     "duplicate": duplicate, "missing": missing}}


def _by_path(world: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {os.path.realpath(f["path"]): f for f in world["json"]["files"]}


def _file(world: dict[str, Any], i: int) -> dict[str, Any]:
    return _by_path(world)[os.path.realpath(world["path_of"][i])]


def test_exit_code_is_1_and_documented(world: dict[str, Any]) -> None:
    # 1: some return 有错误/不完整/未填写, or a bureau 未报送/重复报送 (cli collect --help says so)
    assert world["res"].exit_code == 1, world["res"].output
    res = CliRunner().invoke(cli, ["collect", "--help"])
    assert "未报送" in res.output and "退出码" in res.output


def test_every_verified_total_and_grade_equals_an_independent_computation(
        world: dict[str, Any]) -> None:
    for i, (total, grade, _status) in world["expected"].items():
        v = _file(world, i)["verified"]
        if total is None:
            assert v["total"] is None and v["grade"] is None, i
            continue
        assert abs(Decimal(str(v["total"])) - total) < Decimal("0.000001"), (i, v["total"], total)
        assert v["grade"] == grade, i


def test_untouched_returns_hold_only_the_prefilled_amounts(world: dict[str, Any]) -> None:
    for i in world["sets"]["blank"]:
        rows = {r["code"]: r for r in _file(world, i)["verified"]["rows"]}
        assert rows["C31"]["verified"] is not None  # amounts from the roster: the ratio scores
        assert rows["C11"]["verified"] is None      # nothing typed by the bureau


def test_statuses(world: dict[str, Any]) -> None:
    s = world["sets"]
    status = {i: _file(world, i)["status"] for i in world["expected"]}
    for i in s["blank"]:
        assert status[i] == "未填写", i
    for i in s["partial"]:
        assert status[i] == "不完整", i
    for i in (s["typed_over"], s["deleted"], s["relaxed"]):
        assert status[i] == "有错误", i
    plain = set(world["expected"]) - s["blank"] - s["partial"] - {s["typed_over"], s["deleted"],
                                                                  s["relaxed"]}
    for i in plain:  # never 有错误 for a correctly filled return, calculated or not
        assert status[i] in ("通过", "有警告"), (i, status[i], _file(world, i)["findings"])


def test_uncalculated_returns_are_computed_and_noted(world: dict[str, Any]) -> None:
    for i in world["sets"]["uncalculated"]:
        f = _file(world, i)
        assert f["verified"]["computed"] is True
        checks = [x["check"] for x in f["findings"]]
        assert "formulas-uncalculated" in checks
        note = next(x for x in f["findings"] if x["check"] == "formulas-uncalculated")
        assert "公式未计算，已由 jixiao 计算" in note["message"]
        assert "score-missing" not in checks  # the county is not blamed for empty results


def test_typed_over_score_is_an_error_and_the_rule_decides(world: dict[str, Any]) -> None:
    i = world["sets"]["typed_over"]
    f = _file(world, i)
    cell = _score_cell(world["path_of"][i], "C11")
    ind = next(x for x in world["spec"].indicators() if x.code == "C11")
    want = expected_score(ind, world["values_of"][i][ind.path])
    row = next(r for r in f["verified"]["rows"] if r["code"] == "C11")
    assert row["reported"] == 5 and Decimal(str(row["verified"])) == want
    errors = {(x["check"], x["cell"]) for x in f["findings"] if x["severity"] == "错误"}
    assert ("formula-replaced", cell) in errors
    if want != 5:
        assert ("verified-differs", cell) in errors


def test_deleted_formula_gets_the_expected_score(world: dict[str, Any]) -> None:
    i = world["sets"]["deleted"]
    f = _file(world, i)
    cell = _score_cell(world["path_of"][i], "C11")
    ind = next(x for x in world["spec"].indicators() if x.code == "C11")
    row = next(r for r in f["verified"]["rows"] if r["code"] == "C11")
    assert row["reported"] is None
    assert Decimal(str(row["verified"])) == expected_score(ind, world["values_of"][i][ind.path])
    by_cell = {x["cell"]: x for x in f["findings"] if x["check"] == "formula-replaced"}
    assert "公式被删除" in by_cell[cell]["message"]


def test_relaxed_copy_is_an_error_scored_by_the_issued_rule(world: dict[str, Any]) -> None:
    i = world["sets"]["relaxed"]
    f = _file(world, i)
    changed = [x for x in f["findings"] if x["check"] == "issued-changed"]
    cells = {x["cell"] for x in changed}
    score = _score_cell(world["path_of"][i], RELAX_CODE)
    ws = openpyxl.load_workbook(world["path_of"][i])["评分表"]
    header = {c.value: c.column_letter for c in ws[3]}
    rule_cell = f"{header['计分规则']}{score[len(header['得分']):]}"
    assert rule_cell in cells and score in cells, changed  # rule text and formula
    assert all(x["severity"] == "错误" for x in changed)
    row = next(r for r in f["verified"]["rows"] if r["code"] == RELAX_CODE)
    assert row["reported"] == 5 and row["verified"] == 2  # 77%: 5 - ceil(80 - 77) = 2
    assert not any(x["check"] == "template-modified" and x["cell"] in cells
                   for x in f["findings"])


def test_roster_missing_duplicate_outside(world: dict[str, Any]) -> None:
    js = world["json"]
    by_bureau = {r["bureau"]: r for r in js["roster"]}
    assert len(by_bureau) == N
    for i in world["sets"]["missing"]:
        assert by_bureau[_name(i)]["status"] == "未报送"
    dup = by_bureau[_name(world["sets"]["duplicate"])]
    assert dup["status"] == "重复报送"
    newer = os.path.realpath(world["path_of"][world["sets"]["duplicate"]])
    assert [os.path.realpath(p) for p in dup["files"]] == [newer, os.path.realpath(world["older"])]
    assert [os.path.realpath(p) for p in js["outside"]] == [os.path.realpath(world["stranger"])]
    reported = [r for r in js["roster"] if r["status"] != "未报送"]
    assert len(reported) == N - 2
    # grades are counted per bureau: the older duplicate and the stranger do not count
    graded = sum(1 for i, e in world["expected"].items() if e[1] is not None)
    assert sum(js["summary"]["grades"].values()) == graded


def test_unit_name_comes_from_the_cell(tmp_path: Path) -> None:
    spec = _spec()
    values, _t = draw_filled(spec, random.Random(3))
    p = tmp_path / "随便起的名字.xlsx"
    build_workbook(spec, "portable", p, Filled(values, "第05区医疗保障局", YEAR))
    roster = tmp_path / "名单.csv"
    roster.write_text("单位名称\n第05区医疗保障局\n第06区医疗保障局\n", encoding="utf-8")
    result = collect(tmp_path, roster=read_roster(roster))
    assert result.roster is not None
    assert result.roster.status("第05区医疗保障局") == "已报送"
    assert result.roster.missing == ["第06区医疗保障局"]


def test_summary_page_setup(world: dict[str, Any]) -> None:
    wb = openpyxl.load_workbook(world["out"])
    ws = wb["汇总"]
    assert ws["A1"].value == "2024年城镇职工基本医疗保险项目评分表汇总"
    assert [c.value for c in ws[3]][:5] == ["排名", "单位名称", "年度", "核定总分", "核定等级"]
    m = wb["指标得分"]
    assert m.page_setup.orientation == "landscape" and str(m.page_setup.paperSize) == "9"
    # title rows and 排名/单位名称 columns repeated on every page
    assert m.print_title_rows.replace("$", "") == "1:3"
    assert m.print_title_cols.replace("$", "") == "A:B"
    assert not m.sheet_properties.pageSetUpPr or not m.sheet_properties.pageSetUpPr.fitToPage
    assert m.page_setup.scale == 85  # printed at 85 %, split across pages, never shrunk to one


@pytest.mark.libreoffice
def test_summary_renders_title_rank_and_a_matrix_over_readable_pages(world: dict[str, Any],
                                                                      tmp_path: Path) -> None:
    from tests import lo

    if not lo.SOFFICE:
        pytest.skip("LibreOffice (soffice) is not installed")
    import pypdf

    src = tmp_path / "summary.xlsx"
    shutil.copyfile(world["out"], src)
    pdf = lo.convert(src, tmp_path / "pdf", "pdf", tmp_path)
    pages = [p.extract_text() or "" for p in pypdf.PdfReader(pdf).pages]
    flat = ["".join(t.split()) for t in pages]
    assert "2024年城镇职工基本医疗保险项目评分表汇总" in flat[0]
    assert "排名" in flat[0] and "核定总分" in flat[0]
    matrix = [t for t in flat if "各指标核定得分" in t]
    assert len(matrix) >= 2  # 17 indicators: split across pages, not shrunk onto one
    for t in matrix:  # every page repeats the title rows and the 单位名称 column
        assert "单位名称" in t
    # the pages across: the same bureau row is printed on each of them, with its name
    assert sum("第05区医疗保障局" in t for t in matrix) >= 2
    # every indicator's name is printed somewhere in the matrix pages
    for ind in world["spec"].indicators():
        assert "".join(ind.name.split())[:6] in "".join(matrix), ind.name


def test_distributed_copy_is_titled_for_its_bureau_and_year(world: dict[str, Any]) -> None:
    i = next(iter(world["sets"]["blank"]))  # untouched since distribute
    wb = openpyxl.load_workbook(world["path_of"][i])
    # the spec's "{年度}年{单位名称}城镇职工基本医疗保险项目评分表" filled from the roster row
    assert wb["评分表"]["A1"].value == f"2024年{_name(i)}城镇职工基本医疗保险项目评分表"
    assert wb.properties.title == wb["评分表"]["A1"].value
    assert "2023" not in wb["评分表"]["A1"].value and "华宁" not in wb["评分表"]["A1"].value


def test_summary_speaks_to_the_chief(world: dict[str, Any]) -> None:
    """No check ids, template ids, "None" or click English in what the chief reads."""
    from jixiao.validation.findings import CATALOGUE

    wb = openpyxl.load_workbook(world["out"])
    texts = [str(c.value) for ws in wb.worksheets for row in ws.iter_rows() for c in row
             if isinstance(c.value, str)]
    assert texts
    for t in texts:
        assert TEMPLATE not in t and "None" not in t and "nan" != t, t
        assert t not in CATALOGUE, t  # a bare check id
        assert not any(f"[{k}]" in t for k in CATALOGUE), t
