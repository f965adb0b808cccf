"""A rule row on % bands: seed000 C21 缴费基数做实率, 分值 5, 计分规则 ">=80%: 5; <80%: 5 - 1 per 1% ceil"
(评分标准 "≥80%得5分, 低于80%, 每低1个百分点扣1分, 扣完为止", 不满1个百分点按1个百分点算).

The core decided once (``rules.target.PERCENT_POINTS_ABOVE`` = 10): in a percent row a number above 10 is
percent points whatever its cell's format; at or below it the number as stored. Every path must agree with it:
the portable sheet as built and as distributed (LibreOffice recalculation), collect, and the 宏版's
``SCORE_RANGE`` (its VBA passes the cell to ``udfs/jixiao_udfs.py``, which calls the core).

Before p15 the sheet and ``SCORE_RANGE`` read 75 as 7500 % (5 points) and collect said verified-differs.

Hand scores, from the standard:
- 75 in the % cell (shows 7500 %): 75 %, 5 points short: 5 − 5 = 0;
- 0.75 in the % cell (typed 75 %): 0;
- 95, General: 95 % ≥ 80 %: 5;
- 1, General (not above the bound: as stored, 100 %): 5;
- 79.5, General: 79.5 %, 0.5 point short, counted as 1: 5 − 1 = 4;
- 10 in the % cell (1000 %, at the bound, not above): 5;
- 10.5, General: 10.5 %, 69.5 points short: 5 − 70 < 0, so 0.
"""

from __future__ import annotations

import shutil
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from click.testing import CliRunner

from jixiao.cli import cli
from jixiao.templates.build import SHEET, build_workbook
from jixiao.templates.spec import load_spec
from tests import lo
from tests.collect.helpers import specs_copy

SPEC_ID = "seed000-huaning-zhigong"
NAME = "缴费基数做实率"
RULE = ">=80%: 5; <80%: 5 - 1 per 1% ceil"
#: file stem -> (number stored in the 业绩值 cell, the cell keeps its % format?, hand score)
CASES = {
    "七十五": (75, True, 0),
    "零点七五": (0.75, True, 0),
    "九十五": (95, False, 5),
    "一": (1, False, 5),
    "七十九点五": (79.5, False, 4),
    "十": (10, True, 5),
    "十点五": (10.5, False, 0),
}


def _cells(path: Path) -> tuple[str, str]:
    """(业绩值 cell, 得分 cell) of the row."""
    ws = openpyxl.load_workbook(path)[SHEET]
    header = next(r for r in ws.iter_rows() if any(c.value == "业绩值" for c in r))
    col = {c.value: c.column_letter for c in header if c.value}
    row = next(c.row for r in ws.iter_rows() for c in r if c.value == NAME)
    return f"{col['业绩值']}{row}", f"{col['得分']}{row}"


def _copies(source: Path, out: Path, tag: str) -> list[Path]:
    """One copy of ``source`` per case, the number stored as the bureau's program saved it."""
    value_cell, _score = _cells(source)
    made = []
    for stem, (number, keeps_pct, _hand) in CASES.items():
        wb = openpyxl.load_workbook(source)
        cell = wb[SHEET][value_cell]
        assert "%" in cell.number_format  # as built: a % cell
        cell.value = number
        if not keeps_pct:
            cell.number_format = "General"  # pasted with its format: the % is gone
        p = out / f"{tag}{stem}.xlsx"
        wb.save(p)
        made.append(p)
    return made


@pytest.mark.libreoffice
@pytest.mark.skipif(lo.SOFFICE is None, reason="LibreOffice not installed")
def test_a_rule_row_on_percent_bands_reads_numbers_above_the_bound_as_points_on_every_path(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from jixiao.collect import check_one

    specs = specs_copy(tmp_path, monkeypatch, SPEC_ID)
    spec_file = specs / f"{SPEC_ID}.yaml"
    spec = load_spec(spec_file)
    assert str(next(i for i in spec.indicators() if i.name == NAME).scoring.rule) == RULE
    built = tmp_path / "模板.xlsx"
    build_workbook(spec, "portable", built)
    roster = tmp_path / "名单.csv"
    roster.write_text("单位名称,年度\n甲区医疗保障局,2024\n", encoding="utf-8")
    res = CliRunner().invoke(cli, ["distribute", "--template", str(spec_file), "--roster", str(roster),
                                   "--out", str(tmp_path / "下发")])
    assert res.exit_code == 0, res.output
    (issued,) = sorted((tmp_path / "下发").glob("*.xlsx"))
    work = tmp_path / "填报"
    work.mkdir()
    paths = _copies(built, work, "模板") + _copies(issued, work, "下发")
    back = lo.recalc_many(paths, tmp_path / "收回")
    for junk in (tmp_path / "收回").iterdir():
        if junk.is_dir():
            shutil.rmtree(junk)
    value_cell, score_cell = _cells(built)
    assert _cells(issued) == (value_cell, score_cell)
    for p in paths:
        hand = Decimal(CASES[p.stem[2:]][2])
        sheet = openpyxl.load_workbook(back[p], data_only=True)[SHEET][score_cell].value
        assert sheet == hand, (p.stem, sheet)  # LibreOffice = hand arithmetic
        checked = check_one(back[p])
        row = next(r for r in checked.verified.rows if r.name == NAME)
        assert (row.verified, row.reported) == (hand, hand), p.stem  # collect = the sheet = hand
        at = [(f.check, f.cell) for f in checked.report.errors if f.cell in (value_cell, score_cell)]
        assert not at, (p.stem, at)  # no verified-differs, no implausible-value error


def test_score_range_of_the_macro_flavour_reads_numbers_above_the_bound_as_points() -> None:
    """The 宏版's SCORE_RANGE: the UDF (called directly, as tests/udfs do) on the same cases, plus what Excel
    passes for text pasted into the cell ("75" and "7500%" are 75 in the helper's reading: 75 %)."""
    import jixiao_udfs as udfs

    for number, _pct, hand in CASES.values():
        assert udfs.SCORE_RANGE(float(number), RULE, 5) == hand, number
    assert udfs.SCORE_RANGE("75", RULE, 5) == 0
    assert udfs.SCORE_RANGE("7500%", RULE, 5) == 0
    assert udfs.SCORE_RANGE("75%", RULE, 5) == 0
    assert udfs.SCORE_RANGE("缺省", RULE, 5) == 5
    column = udfs.SCORE_RANGE([[float(n)] for n, _p, _h in CASES.values()], RULE, 5)
    assert [r[0] for r in column] == [h for _n, _p, h in CASES.values()]
    # a rule on the row's 指标值 (T) reads the value on the target's scale elsewhere: untouched here
    assert udfs.SCORE_RANGE(0.5, ">=80%: 5; *: 0", 5) == 0


def test_the_macro_flavour_vba_passes_the_cell_to_the_core_unchanged(tmp_path: Path) -> None:
    """The VBA SCORE_RANGE that the 宏版 carries (read back with olevba) holds no bound of its own: it hands
    value, rule and weight to jixiao_udfs.SCORE_RANGE, so the core's bound is the only one."""
    olevba = pytest.importorskip("oletools.olevba")
    spec = load_spec(Path(__file__).parents[2] / "workbook_templates" / "specs" / f"{SPEC_ID}.yaml")
    p = tmp_path / "宏版.xlsm"
    build_workbook(spec, "udf", p)
    ws = openpyxl.load_workbook(p, keep_vba=True)[SHEET]
    _value, score_cell = _cells(p)
    assert str(ws[score_cell].value).startswith("=SCORE_RANGE(")
    code = "\n".join(text for _f, _s, _n, text in olevba.VBA_Parser(str(p)).extract_macros())
    body = code[code.index("Function SCORE_RANGE("):]
    body = body[:body.index("End Function")]
    assert 'XLPy.CallUDF("jixiao_udfs", "SCORE_RANGE", Array(value, rule, weight, unit, name, standard)' in body  # p24, p28, p30
    assert "100" not in body and "10" not in body.replace("jixiao_udfs", "")


#: the 评分表 formula digest of seed000's portable template as built before p15 (archived in
#: workbook_templates/specs/issued/seed000-huaning-zhigong/formulas/ since p7; the rule rows read helper column J)
BEFORE_P15 = "2f0bac70aa1ba13d"


def _rate_formula_before_p19(rate_formula: Any) -> Any:
    """``cell_text.rate_formula`` as built before p19, which added the negative-amount test (its
    ``IF(OR(…<0,…),"#JIXIAO! 金额为负，请核对",`` and one closing parenthesis) — the rest is unchanged."""
    import re

    from jixiao.templates import cell_text

    negative = re.compile(r'IF\(OR\((?:[^()]|\([^()]*\))*\),"' + re.escape(cell_text.RATE_NEGATIVE) + '",')

    def before(*args: Any) -> str:
        f, n = negative.subn("", rate_formula(*args))
        assert n == 1 and f.endswith(")")
        return f[:-1]

    return before


@pytest.mark.libreoffice
@pytest.mark.skipif(lo.SOFFICE is None, reason="LibreOffice not installed")
def test_a_return_of_the_earlier_build_is_collected_without_a_false_formula_finding(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A bureau's return of the template as issued before p15 (rule rows read the helper's J, not L): its
    formulas are the archived set of its digest, so no issued-changed / -unknown / -unarchived; its sheet still
    scores 75 as 7500 % (5), which collect reports as verified-differs, 核定 0 by hand (5 − 5 × 1)."""
    from jixiao.collect import check_one
    from jixiao.io import load_workbook
    from jixiao.templates.build import PROP_FORMULAS, _SheetWriter

    spec = load_spec(Path(__file__).parents[2] / "workbook_templates" / "specs" / f"{SPEC_ID}.yaml")
    p = tmp_path / "旧版.xlsx"
    from jixiao.templates import cell_text

    with monkeypatch.context() as mp:  # the earlier build: the score formula reads the helper reading directly
        mp.setattr(_SheetWriter, "read_percent_points", lambda self, row, _points=True: self.read_input(row))
        mp.setattr(_SheetWriter, "read_row_unit", lambda self, row, _rule, _unit: self.read_input(row))  # nor p24's
        mp.setattr(cell_text, "rate_formula", _rate_formula_before_p19(cell_text.rate_formula))  # and no p19 test
        mp.setattr(cell_text, "rate_reason_first", lambda _rate, score: score)  # nor p20's reason in the score cell
        mp.setattr(cell_text, "unit_reason_first", lambda _value, score: score)  # nor p22's (the unit against %)
        mp.setattr(cell_text, "input_refusal_first", lambda _v, _raw, _rule, score, *_p28: score)  # nor p27-p28 refusals
        mp.setattr(cell_text, "percent_text_first", lambda v, _raw, _row, score_of: score_of(v))  # nor p31's two readings
        build_workbook(spec, "portable", p)
    assert load_workbook(p).properties[PROP_FORMULAS] == BEFORE_P15  # the earlier build, formula for formula
    value_cell, score_cell = _cells(p)
    wb = openpyxl.load_workbook(p)
    wb[SHEET][value_cell].value = 75
    wb.save(p)
    back = lo.recalc(p, tmp_path / "收回")
    checked = check_one(back)
    formula_checks = {"issued-changed", "issued-formulas-unknown", "issued-formulas-unarchived"}
    assert not [f for f in checked.report.findings if f.check in formula_checks]
    row = next(r for r in checked.verified.rows if r.name == NAME)
    assert (row.verified, row.reported) == (0, 5)
    assert [f.check for f in checked.report.errors if f.cell in (value_cell, score_cell)] == ["verified-differs"]


#: seed000 rows on % bands (评分表 row: rule, number typed, hand score); before p15 every one of them gave 5
#: (9350 %, 7500 %, 9500 %, 8500 % are all in the top band)
FORMULAS_CASES = {
    23: (">=95%: 5; <95%: 5 - 1 per 1% ceil", 93.5, 3),  # 1.5 points short, counted as 2: 5 − 2
    24: (RULE, 75, 0),  # 5 points short: 5 − 5
    25: (">=95%: 5; <95%: 5 - 1 per 1% ceil", 95, 5),  # at the bound
    37: (">=90%: 5; (80%,90%): 3; (70%,80%): 2; <70%: 0", 85, 3),  # 80 % < 85 % < 90 %
}


@pytest.mark.parametrize("flavour", ["portable", "udf"])
def test_the_formulas_engine_reads_numbers_above_the_bound_as_points_in_both_flavours(
        tmp_path: Path, flavour: str) -> None:
    """The `formulas` engine as a second client (tests/formulas_eval.py): the portable rule formulas over helper
    column L, and the 宏版's SCORE_RANGE with our UDFs registered, as Excel would call them."""
    from jixiao.templates.build import columns_for
    from tests.formulas_eval import evaluate

    spec = load_spec(Path(__file__).parents[2] / "workbook_templates" / "specs" / f"{SPEC_ID}.yaml")
    suffix = ".xlsx" if flavour == "portable" else ".xlsm"
    blank = tmp_path / f"blank{suffix}"
    result = build_workbook(spec, flavour, blank)
    by_top = {top: path for top, path, _ref in result.rows}
    inds = {i.path: i for i in spec.indicators()}
    col = {c: openpyxl.utils.get_column_letter(i + 1) for i, c in enumerate(columns_for(spec))}
    wb = openpyxl.load_workbook(blank, keep_vba=flavour == "udf")
    for r, (rule, number, _hand) in FORMULAS_CASES.items():
        assert str(inds[by_top[r]].scoring.rule) == rule  # the row as the hand scores assume
        wb[SHEET][f"{col['业绩值']}{r}"].value = number
    filled = tmp_path / f"filled{suffix}"
    wb.save(filled)
    got = evaluate(filled)
    for r, (_rule, number, hand) in FORMULAS_CASES.items():
        assert got[f"{SHEET}!{col['得分']}{r}"] == hand, (flavour, r, number)
