"""A 宏版 (.xlsm) opened where our functions did not run: ONE finding says why, the scores are
核定 from the inputs, and a real slip in the inputs is still reported at its cell.

Three ways the same return arrives, all built from one spec and one set of drawn inputs:

* ``lo``: re-saved by LibreOffice (``tests.lo.recalc``, macros never run): every cell calling
  SCORE_RANGE/EXEC_RATE and every formula fed by one shows ``#VALUE!``;
* ``excel``: the .xlsm as Excel stores it with macros disabled — the same cells hold the cached
  error ``#NAME?`` (``<c t="e"><v>#NAME?</v></c>``), written into the built file's XML; which
  cells show the error is taken from LibreOffice's re-save (errors spread the same way);
* ``slip``: as ``lo``, but one 业绩值 typed as words: that input is still reported.

A 通用版 (portable) return re-saved the same way must not get the finding.
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
from jixiao.grid import Grid, parse_a1
from jixiao.templates.build import Filled, build_workbook
from jixiao.templates.spec import load_all_specs
from jixiao.validation.findings import finding
from jixiao.validation.template_checks import echoes_not_run, fold_udf_not_run, udf_not_run_cells
from tests import lo
from tests.collect.helpers import draw_filled
from tests.xlsx_edit import edit_sheet_xml

SPEC = next(s for s in load_all_specs() if s.id == "seed000-huaning-zhigong")
#: seed000's rows scored by SCORE_RANGE, in sheet order (the spec's rule rows; ratio rows' 业绩值
#: H26/H29 call EXEC_RATE)
RULE_SCORES = ["I4", "I19", "I20", "I23", "I24"]
#: the 业绩值 typed as words in the ``slip`` return (row 24: 缴费基数做实率, a numeric rule)
SLIP_CELL = "H24"
#: what the finding must tell the bureau (the task's wording)
ADVICE = "请在安装了 jixiao 加载项的 Excel 中打开并重新计算，或改用通用版"
#: per-cell checks that only repeat the error value
ECHOES = {"score-not-number", "verified-differs", "value-unreadable", "total-incomplete", "total-sum"}

needs_lo = pytest.mark.skipif(lo.SOFFICE is None, reason="LibreOffice not installed")


def _as_excel_with_macros_disabled(built: Path, resaved: Path, out: Path) -> None:
    """``built`` (.xlsm, its macros kept) with ``#NAME?`` cached wherever ``resaved`` shows an error."""
    ws = openpyxl.load_workbook(resaved, data_only=True)["评分表"]
    errors = [c.coordinate for row in ws.iter_rows() for c in row
              if isinstance(c.value, str) and c.value.startswith("#")]
    assert errors, "LibreOffice left no error: nothing to imitate"
    shutil.copy(built, out)

    def edit(text: str) -> str:
        for ref in errors:
            text, n = re.subn(rf'<c r="{ref}"((?: s="\d+")?)(?: t="\w+")?>(<f>.*?</f>)(?:<v>.*?</v>|<v/>)?</c>',
                              lambda m, ref=ref: f'<c r="{ref}"{m.group(1)} t="e">'
                                        f"{m.group(2)}<v>#NAME?</v></c>", text, count=1)
            assert n == 1, ref
        return text

    edit_sheet_xml(out, edit)


@pytest.fixture(scope="module")
def returns(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    if lo.SOFFICE is None:
        pytest.skip("LibreOffice not installed")
    base = tmp_path_factory.mktemp("notrun")
    src, inbox, conv = base / "src", base / "收回", base / "lo"
    src.mkdir()
    inbox.mkdir()
    values, total = draw_filled(SPEC, random.Random(SPEC.id))
    udf = src / "lo.xlsm"
    build_workbook(SPEC, "udf", udf, Filled(values, "甲单位", "2024"))
    portable = src / "portable.xlsx"
    build_workbook(SPEC, "portable", portable, Filled(values, "乙单位", "2024"))
    slip = src / "slip.xlsm"
    shutil.copy(udf, slip)
    wb = openpyxl.load_workbook(slip, keep_vba=True)
    wb["评分表"][SLIP_CELL] = "见附件"
    wb.save(slip)
    done = lo.recalc_many([udf, portable, slip], conv)
    for p in done.values():
        shutil.copy(p, inbox / p.name)
    _as_excel_with_macros_disabled(udf, done[udf], inbox / "excel.xlsm")
    out = CliRunner().invoke(cli, ["collect", str(inbox), "--out", str(base / "s.xlsx"),
                                   "--json", str(base / "s.json"), "--jobs", "1"])
    assert out.exit_code in (0, 1), out.output
    doc = json.loads((base / "s.json").read_text(encoding="utf-8"))
    return {"files": {Path(f["path"]).stem: f for f in doc["files"]}, "total": total,
            "inbox": inbox}


def _not_run(f: dict[str, Any]) -> list[dict[str, Any]]:
    return [x for x in f["findings"] if x["check"] == "udf-not-run"]


@needs_lo
@pytest.mark.parametrize(("stem", "error"), [("lo", "#VALUE!"), ("excel", "#NAME?")])
def test_one_finding_says_why_and_what_to_do(returns: dict[str, Any], stem: str, error: str) -> None:
    f = returns["files"][stem]
    [one] = _not_run(f)
    assert one["severity"] == "错误"
    assert f["findings"][0] == one  # before anything else
    msg = one["message"]
    assert msg.startswith("宏版的计分函数未运行（")
    assert f"显示 {error}" in msg
    assert f"如 {'、'.join(RULE_SCORES)} 等" in msg
    assert ADVICE in msg
    assert msg.endswith("；以下得分按下发的第1版规则核定")
    assert [(x["cell"], x["check"]) for x in f["findings"] if x["check"] in ECHOES] == []


@needs_lo
@pytest.mark.parametrize("stem", ["lo", "excel"])
def test_scores_are_still_verified_from_the_inputs(returns: dict[str, Any], stem: str) -> None:
    f = returns["files"][stem]
    assert Decimal(str(f["verified"]["total"])) == returns["total"]
    rows = {r["cell"]: r for r in f["verified"]["rows"]}
    assert all(rows[c]["reported"] is None and rows[c]["verified"] is not None for c in RULE_SCORES)
    assert f["status"] == "有错误"  # the table as sent shows no scores: it is not accepted as is


@needs_lo
def test_a_slip_in_the_inputs_is_still_reported(returns: dict[str, Any]) -> None:
    f = returns["files"]["slip"]
    assert len(_not_run(f)) == 1
    at_input = [x for x in f["findings"] if x["cell"] == SLIP_CELL]
    assert [x["check"] for x in at_input] == ["value-unreadable"]
    assert at_input[0]["severity"] == "错误"
    assert "见附件" in at_input[0]["message"]
    row = next(r for r in f["verified"]["rows"] if r["cell"] == "I24")
    assert row["verified"] is None  # never a guessed score
    assert f["verified"]["total"] is None


@needs_lo
def test_a_portable_return_never_gets_it(returns: dict[str, Any]) -> None:
    assert _not_run(returns["files"]["portable"]) == []


@needs_lo
def test_validate_says_it_once(returns: dict[str, Any]) -> None:
    out = CliRunner().invoke(cli, ["validate", str(returns["inbox"] / "excel.xlsm")])
    assert out.output.count("[udf-not-run]") == 1, out.output
    assert "[score-not-number]" not in out.output
    assert ADVICE in out.output


# --------------------------------------------------------------------------- without LibreOffice


def _grid(values: dict[str, Any], formulas: dict[str, str]) -> Grid:
    return Grid(name="评分表", values={parse_a1(k): v for k, v in values.items()},
                formulas={parse_a1(k): v for k, v in formulas.items()})


def test_only_when_a_function_cell_shows_the_error() -> None:
    formulas = {"I4": "=SCORE_RANGE(H4,K4,G4)", "I9": '=IF(COUNT(I4:I8)=0,"",SUM(I4:I8))',
                "J9": "=I9/G9"}
    ran = _grid({"I4": "#JIXIAO! 业绩值不是数字", "I9": 0, "J9": "#DIV/0!"}, formulas)
    assert udf_not_run_cells(ran) == []  # our function ran and said why; #DIV/0! is not ours
    portable = _grid({"I4": "#VALUE!", "I9": "#VALUE!"},
                     {"I4": "=IF(H4>=90,5,0)", "I9": formulas["I9"]})
    assert udf_not_run_cells(portable) == []
    prefixed = _grid({"I4": "#NAME?", "I9": "#NAME?", "J9": "#NAME?"},
                     {**formulas, "I4": "=_xludf.SCORE_RANGE(H4,K4,G4)"})
    assert udf_not_run_cells(prefixed) == ["I4", "I9", "J9"]


def test_echoes_go_other_findings_stay() -> None:
    grid = _grid({"I4": "#NAME?", "I9": "#NAME?", "H4": "九十"},
                 {"I4": "=SCORE_RANGE(H4,K4,G4)", "I9": "=SUM(I4:I8)"})
    cells = set(udf_not_run_cells(grid))
    found = [
        finding("score-not-number", "评分表", "I4", "I4：得分“#NAME?”不是数字"),
        finding("value-unreadable", "评分表", "H4", "H4：业绩值“九十”无法识别为数字"),
        finding("issued-changed", "评分表", "I9", "I9：公式与下发的模板不同"),
        finding("total-incomplete", "评分表", "I39", "I39：合计得分 3 无法核对：有指标得分不是数字（I4、I9）",
                cells=["I4", "I9"]),
        finding("total-incomplete", "评分表", "I40",
                "I40：合计得分 3 无法核对：有指标得分未填写（I5），未填写的得分不按0分计；有指标得分不是数字（I4）",
                cells=["I5", "I4"]),
    ]
    kept = fold_udf_not_run("评分表", grid, found)
    assert [(f.check, f.cell) for f in kept] == [
        ("udf-not-run", ""), ("value-unreadable", "H4"), ("issued-changed", "I9"),
        ("total-incomplete", "I40")]
    assert "1 个调用计分函数的单元格显示 #NAME?，如 I4；" in kept[0].message
    assert not echoes_not_run(found[1], cells)


def test_a_total_is_an_echo_only_when_every_cell_it_misses_shows_the_error() -> None:
    """Six function cells show #NAME? and a seventh score holds a word typed by the bureau; the
    message of the unchecked total names only five cells, the finding carries all seven: the total
    is kept (the typed word is a real slip). Without the typed word it is an echo and goes."""
    from jixiao.reading import read_tables
    from jixiao.validation.validate import validate_table

    header = ["序号", "一级指标", "二级指标", "三级指标", "分值", "业绩值", "得分"]
    rows = [header] + [[i, "产出", "数量", f"指标{i}", 10, 90, None] for i in range(1, 8)]
    rows.append(["合计", None, None, None, 70, None, 60])

    def grid(word: bool) -> Grid:
        g = Grid.from_rows("评分表", rows)
        calls = range(2, 8) if word else range(2, 9)
        for r in calls:
            g.values[(r, 7)] = "#NAME?"
            g.formulas[(r, 7)] = f"=SCORE_RANGE(F{r},K{r},E{r})"
        if word:
            g.values[(8, 7)] = "见附件"
        return g

    for word in (True, False):
        g = grid(word)
        [table] = read_tables(g)
        found, _ = validate_table(table, g)
        checks = {(f.check, f.cell) for f in found}
        assert ("udf-not-run", "") in checks
        assert (("total-incomplete", "G9") in checks) is word, found
    [table] = read_tables(grid(True))
    found, _ = validate_table(table, None)  # unfolded: the finding carries every cell
    [total] = [f for f in found if f.check == "total-incomplete"]
    assert set(total.cells) == {f"G{r}" for r in range(2, 9)}
    assert "G8" not in total.message  # the message names five
