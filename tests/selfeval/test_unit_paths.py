"""One answer for a 实际完成值 in another unit on every path (issue 11, task p6).

The spellings of ``test_actual_spellings`` (its case lists, with their sources and hand arithmetic) are pasted as
they are (text past the cell's check, numbers as typed) into the 实际完成值 / 业绩值 cells of our own templates:

- a 自评表 whose rows are 定量 targets (``kind: target``, the national default rule on the row's 指标值), and
- a 评分表 whose rows score by a rule on their own 指标值 (``kind: rule``, the same default rule written with ``T``),

each in both flavours (portable .xlsx, .xlsm), one row per case (分值 8). Then every path must give the same answer:
the score formula recalculated by LibreOffice and by the ``formulas`` engine, validate on the recalculated file, and
``collect --specs``: the hand score (MEET: 8; BELOW: the hand arithmetic), or — where validate refuses the value
(REFUSED) — no score: the sheet shows a ``#JIXIAO!`` prompt, validate and collect say why at the value cell. Text that
is not one number (NOT_A_NUMBER) is never scored.

A number beside a percent target is typed into the template's percent-formatted cell, where Excel stores 90 typed as
0.9 (90 %): the case's number n is written as n ÷ 100. So the bare ``1`` beside "≤3%" (refused in a hand-made table's
General cell: 1 % or 100 %?) is 1 % in our template: 1 % ≤ 3 % → full marks 8; the text "0.95" beside "≥95%" stays
refused (a cell's format does not apply to text).
"""

from __future__ import annotations

import json
import shutil
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
import yaml

from jixiao.rules.target import DEFAULT_RULES, parse_target
from tests.selfeval.test_actual_spellings import BELOW, MEET, NOT_A_NUMBER, REFUSED

WEIGHT = 8
#: the one case whose answer differs in a percent-formatted cell (see the module docstring): 1 % ≤ 3 % → 8
IN_PERCENT_CELL = {("≤3%", 1): float(WEIGHT)}
#: beyond test_actual_spellings: the text "90" beside "≥95%" (docs/notes/p5.md, prefilled there): 90 % → 8 × 90 ÷ 95
#: (the sheet divides by 100: was read as 90 ≥ 95 % → 8)
EXTRA = [("≥95%", "90", 8 * 90 / 95)]
#: the `formulas` engine's ISNUMBER is TRUE for numeric text ("90"), so its helper sheet keeps such text unread
#: (Excel, LibreOffice and WPS say FALSE); not a client for these cases
FORMULAS_CANNOT_READ = {("≥95%", "90")}


def _cases() -> list[tuple[str, object, object]]:
    """(指标值, 实际完成值, expected): a number (the score) or a str (a part of the reason) or None (no score)."""
    out: list[tuple[str, object, object]] = []
    out += [(t, v, float(s)) for t, v, s in MEET]
    out += [(t, v, float(e)) for t, v, e in BELOW]
    out += [(t, v, why) for t, v, why in REFUSED]
    out += [("≤30天" if v == "1个月" else "≥95%", v, None) for v in NOT_A_NUMBER]
    out += EXTRA
    return [(t, v, IN_PERCENT_CELL.get((t, v), e)) for t, v, e in out]


CASES = _cases()


def _typed(target: str, value: object) -> object:
    """The cell value: text as pasted; a number beside a percent target as Excel stores it typed into a % cell."""
    if isinstance(value, str) or not parse_target(target).is_percent:
        return value
    return float(Decimal(value) / 100)


def _spec_text(kind: str) -> str:
    rows = []
    for k, (target, _v, _e) in enumerate(CASES):
        t = parse_target(target)
        scoring = {"kind": "target"} if kind == "target" else {"kind": "rule", "rule": DEFAULT_RULES[t.op]}
        rows.append({"name": f"指标{k:02d}", "target": target, "weight": WEIGHT, "scoring": scoring})
    doc = {"id": f"p6-{kind}", "version": 1, "title": "单位测试表", "source": "tests/selfeval/test_unit_paths.py",
           "full": WEIGHT * len(rows), "grade_scheme": None,
           "sections": [{"name": "产出指标", "groups": [{"name": "数量指标", "indicators": rows}]}]}
    return yaml.safe_dump(doc, allow_unicode=True, sort_keys=False)


@pytest.fixture(scope="module")
def paths(tmp_path_factory):
    """Both specs × both flavours built, each case pasted into its row, recalculated by LibreOffice."""
    from jixiao.templates.build import build_workbook
    from jixiao.templates.spec import load_spec
    from tests import lo

    if lo.SOFFICE is None:
        pytest.skip("LibreOffice not installed")
    tmp = tmp_path_factory.mktemp("p6")
    specs = tmp / "specs"
    specs.mkdir()
    pasted = []
    for kind in ("target", "rule"):
        (specs / f"p6-{kind}.yaml").write_text(_spec_text(kind), encoding="utf-8")
        spec = load_spec(specs / f"p6-{kind}.yaml")
        for flavour in ("portable", "udf"):
            res = build_workbook(spec, flavour, tmp / f"{kind}-{flavour}{'.xlsm' if flavour == 'udf' else '.xlsx'}")
            wb = openpyxl.load_workbook(res.path, keep_vba=flavour == "udf")
            ws = wb["评分表"]
            names = {ind.path: ind.name for ind in spec.indicators()}
            col = next(c.column for r in ws.iter_rows(max_row=6) for c in r if c.value in ("实际完成值", "业绩值"))
            cells = {}
            for _r, path, score in res.rows:
                k = int(names[path][2:])
                value = ws.cell(ws[score].row, col)
                value.value = _typed(CASES[k][0], CASES[k][1])
                cells[k] = (value.coordinate, score)
            wb.save(res.path)
            pasted.append((kind, flavour, res.path, cells))
    again = lo.recalc_many([p for _k, _f, p, _c in pasted], tmp / "lo")
    return specs, [(kind, fl, p, again[p], cells) for kind, fl, p, cells in pasted]


def _shows(expected: object, shown: object, where: str) -> None:
    if isinstance(expected, float):
        assert isinstance(shown, int | float) and shown == pytest.approx(expected, abs=0.005), (where, shown)
    else:  # no score: the prompt (REFUSED) or a not-a-number text
        assert isinstance(shown, str) and shown.startswith("#JIXIAO!"), (where, shown)
        if isinstance(expected, str):
            assert "单位" in shown or "百分比" in shown, (where, shown)


def test_the_sheet_scores_as_the_core_in_libreoffice_and_formulas(paths):
    from tests.formulas_eval import evaluate

    _specs, built = paths
    for kind, flavour, path, lo_path, cells in built:
        lo_values = openpyxl.load_workbook(lo_path, data_only=True)["评分表"]
        engine = evaluate(path)
        for k, (_value, score) in cells.items():
            target, value, expected = CASES[k]
            where = (kind, flavour, target, value)
            _shows(expected, lo_values[score].value, ("LibreOffice", *where))
            if (target, value) not in FORMULAS_CANNOT_READ:
                _shows(expected, engine[f"评分表!{score}"], ("formulas", *where))


def test_validate_on_the_recalculated_sheet_agrees(paths):
    from jixiao.validation import validate_workbook

    _specs, built = paths
    for kind, flavour, _path, lo_path, cells in built:
        found = validate_workbook(lo_path).findings
        for k, (value_cell, score) in cells.items():
            target, value, expected = CASES[k]
            mine = [f for f in found if f.cell in (value_cell, score)]
            where = (kind, flavour, target, value, [f.message for f in mine])
            if isinstance(expected, float):  # the sheet's score is the core's: nothing to say
                assert mine == [], where
            else:  # no score: the sheet's #JIXIAO! text is relayed at the score cell (udf-error) ...
                assert not [f for f in mine if f.check in ("score-mismatch", "selfeval-default")], where
                assert {(f.cell, f.check) for f in mine if f.cell == score} == {(score, "udf-error")}, where
            if isinstance(expected, str):  # ... and why at the value cell, the reason of test_actual_spellings
                (f,) = [f for f in mine if f.cell == value_cell]
                assert f.check == "value-unreadable" and expected in f.message, where


def test_collect_scores_and_refuses_as_validate(paths, tmp_path, monkeypatch):
    from click.testing import CliRunner

    from jixiao.cli import cli
    from jixiao.templates.spec import default_specs_dir

    monkeypatch.setenv("JIXIAO_SPECS_DIR", str(default_specs_dir()))  # --specs sets it process-wide: undone after
    specs, built = paths
    back = tmp_path / "back"
    back.mkdir()
    for kind, flavour, _path, lo_path, _cells in built:
        shutil.copy(lo_path, back / f"{kind}-{flavour}.xlsx")
    out = CliRunner().invoke(cli, ["collect", str(back), "--specs", str(specs), "--out", str(tmp_path / "s.xlsx"),
                                   "--json", str(tmp_path / "s.json")])
    files = {Path(f["path"]).stem: f for f in json.loads((tmp_path / "s.json").read_text(encoding="utf-8"))["files"]}
    assert len(files) == len(built), out.output
    for kind, flavour, _path, _lo, cells in built:
        f = files[f"{kind}-{flavour}"]
        assert f["verified"]["basis"].startswith("按下发的"), f["verified"]
        rows = {int(r["name"][2:]): r["verified"] for r in f["verified"]["rows"]}
        unreadable = {x["cell"]: x["message"] for x in f["findings"] if x["check"] == "value-unreadable"}
        for k, (value_cell, _score) in cells.items():
            target, value, expected = CASES[k]
            where = (kind, flavour, target, value, rows[k], unreadable.get(value_cell))
            if isinstance(expected, float):
                assert rows[k] == pytest.approx(expected, abs=0.005) and value_cell not in unreadable, where
            else:
                assert rows[k] is None, where
                if isinstance(expected, str):
                    assert expected in unreadable[value_cell], where
