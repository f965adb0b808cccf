"""Checks that apply only to workbooks made from our templates (document properties present)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from jixiao.grid import Grid, LoadedWorkbook, a1, parse_a1
from jixiao.numbers import EXCEL_ERROR_RE
from jixiao.reading.model import ScoringTable
from jixiao.row_changes import RowChanges, said_after
from jixiao.rules.grammar import parse_rule
from jixiao.templates.build import PROP_HASH, PROP_ID, PROP_VERSION
from jixiao.templates.spec import (
    IndicatorSpec,
    TemplateSpec,
    default_specs_dir,
    load_all_specs,
    spec_hash,
)
from jixiao.validation.checks import Item, d
from jixiao.validation.findings import Finding, finding

_SPECS: dict[Path, dict[str, TemplateSpec]] = {}


def known_specs() -> dict[str, TemplateSpec]:
    """The specs of the spec folder (shipped, or ``--specs``), by id (loaded once per folder)."""
    d = default_specs_dir()
    if d not in _SPECS:
        try:
            _SPECS[d] = {s.id: s for s in load_all_specs(d)}
        except Exception:  # noqa: BLE001 - a broken spec dir must not stop validation
            _SPECS[d] = {}
    return _SPECS[d]


def spec_for(properties: dict[str, str]) -> TemplateSpec | None:
    tid = properties.get(PROP_ID)
    return known_specs().get(tid) if tid else None


def check_template(sheet: str, grid: Grid, table: ScoringTable, items: list[Item],
                   spec: TemplateSpec, properties: dict[str, str]) -> Iterator[Finding]:
    version = properties.get(PROP_VERSION, "")
    if version == str(spec.version) and properties.get(PROP_HASH) not in (None, spec_hash(spec)):
        yield finding("template-modified", "", "",
                      f"文件声明为模板 {spec.id} 第{version}版，但其规格指纹与该版本不同"
                      "（模板可能被另行改动后下发）")
    elif version and version != str(spec.version):
        yield finding("template-modified", "", "",
                      f"文件由模板 {spec.id} 第{version}版生成，当前为第{spec.version}版",
                      expected=str(spec.version), actual=version)
    rows = list(spec.indicators())
    moved = _rows_moved(spec, properties, grid, table)
    if len(rows) != len(items):
        yield finding("template-modified", sheet, f"A{table.header_row}",
                      f"评分表有 {len(items)} 个指标行，模板 {spec.id} 有 {len(rows)} 个（行被增删{said_after(moved)}）",
                      expected=str(len(rows)), actual=str(len(items)))
        return
    col = min(table.columns.values(), default=1)
    for r, text in moved.inserted if moved else []:
        yield finding("template-modified", sheet, a1(r, col),
                      f"{a1(r, col)}：第{r}行（{text}）是插入的行，模板没有这一行（行被增删）", actual=text)
    for ind, it in zip(rows, items, strict=True):
        yield from _row_matches(sheet, ind, it)
        yield from _formulas_kept(sheet, grid, ind, it)
    for t in table.totals:
        if t.score is not None:
            yield from _must_be_formula(sheet, grid, t.score.ref, f"{t.label}得分")
    if table.grade is not None:
        yield from _must_be_formula(sheet, grid, table.grade.ref, "等级")


def _rows_moved(spec: TemplateSpec, properties: dict[str, str], grid: Grid,
                table: ScoringTable) -> RowChanges | None:
    """:func:`jixiao.verify.rows_moved` for a workbook of ``spec`` (its flavour as recorded); ``None`` when the
    template cannot be built (the check is then the count alone, as before) or the workbook is of another version
    of it (its rows are not this version's)."""
    from jixiao.templates.build import PROP_FLAVOUR
    from jixiao.verify import rows_moved

    if properties.get(PROP_VERSION) != str(spec.version):
        return None
    try:
        return rows_moved(spec, properties.get(PROP_FLAVOUR) or "portable", grid, table)
    except Exception:  # noqa: BLE001 - a template that cannot be built must not stop validation
        return None


def _row_matches(sheet: str, ind: IndicatorSpec, it: Item) -> Iterator[Finding]:
    m = it.main
    if m.weight is not None and m.weight.number is not None and m.weight.number != ind.weight:
        yield finding("template-modified", sheet, m.weight.ref,
                      f"{m.weight.ref}：指标“{ind.name}”分值被改为 {d(m.weight.number)}，模板为 "
                      f"{d(ind.weight)}", expected=d(ind.weight), actual=d(m.weight.number))
    expected_rule = ind.scoring.rule if ind.scoring.kind in ("rule", "ratio", "target") else None
    if ind.scoring.kind == "passfail":
        expected_rule = '"符合": W; *: 0'
    if expected_rule is not None and m.rule_ref:
        got = (m.rule or "").strip()
        try:
            same = bool(got) and parse_rule(got) == parse_rule(expected_rule)
        except Exception:  # noqa: BLE001 - any unparsable text differs
            same = False
        if not same:
            yield finding("template-modified", sheet, m.rule_ref,
                          f"{m.rule_ref}：指标“{ind.name}”的计分规则被改动",
                          expected=str(parse_rule(expected_rule)), actual=got)
    if m.level3 is not None and _norm(m.level3) != _norm(ind.name):
        ref = m.level3_ref or ""
        yield finding("template-modified", sheet, ref,
                      f"{ref}：指标名称“{m.level3}”与模板“{ind.name}”不同（行被改动或错位）",
                      expected=ind.name, actual=m.level3)


def _norm(s: str) -> str:
    import unicodedata

    return "".join(unicodedata.normalize("NFKC", s).split())


def _formulas_kept(sheet: str, grid: Grid, ind: IndicatorSpec, it: Item) -> Iterator[Finding]:
    m = it.main
    if ind.scoring.kind not in ("judgement", "qualitative") and m.score is not None:
        yield from _must_be_formula(sheet, grid, m.score.ref, f"指标“{ind.name}”的得分")
    if ind.scoring.kind in ("ratio", "checklist") and m.value is not None:
        yield from _must_be_formula(sheet, grid, m.value.ref, f"指标“{ind.name}”的业绩值")


def _must_be_formula(sheet: str, grid: Grid, ref: str, what: str) -> Iterator[Finding]:
    if not grid.formulas:  # the loader could not read formulas (e.g. .xls): cannot tell
        return
    if parse_a1(ref) not in grid.formulas:
        value = grid.values.get(parse_a1(ref))
        yield finding("formula-replaced", sheet, ref,
                      f"{ref}：{what}原为公式，现被改写为常数“{value}”", expected="公式",
                      actual="" if value is None else str(value))


# --------------------------------------------------------------------------- 宏版 not run

#: a call of a 宏版 function (udfs/jixiao_udfs.py); Excel may save it with the ``_xludf.`` prefix
_UDF_CALL = re.compile(r"(?<![\w.])(?:_xludf\.)?(?:SCORE_RANGE|EXEC_RATE|GRADE|RULE_CHECK)\s*\(", re.I)
#: what a cell calling a function the program does not have shows: #NAME? (Excel with macros
#: disabled or without the add-in, as Excel stores it: ``t="e"``), #VALUE! (LibreOffice 7.4 when it
#: re-saves a 宏版; tests/collect/test_udf_not_run.py). Our functions, when they run, never answer
#: these: bad input gives a ``#JIXIAO! …`` text.
NOT_RUN_ERRORS = ("#NAME?", "#VALUE!")
#: checks that only repeat, cell by cell, the error value a function that did not run left there
_NOT_RUN_ECHOES = frozenset({"score-not-number", "value-unreadable", "verified-differs", "total-sum",
                             "grade-mismatch", "score-rate-mismatch", "rate-mismatch", "budget-score",
                             "score-mismatch"})


def udf_not_run_cells(grid: Grid) -> list[str]:
    """The formula cells of ``grid`` showing #NAME?/#VALUE!, when one of them calls a 宏版 function
    (the functions did not run: their cells and every formula fed by them show the error); else []."""
    shown = sorted(rc for rc, v in grid.values.items()
                   if rc in grid.formulas and isinstance(v, str) and v.strip() in NOT_RUN_ERRORS)
    if not any(_UDF_CALL.search(grid.formulas[rc]) for rc in shown):
        return []
    return [a1(r, c) for r, c in shown]


def udf_not_run_finding(sheet: str, grid: Grid, cells: list[str]) -> Finding:
    """One finding for the file: why its scores show #NAME?/#VALUE!, and what to do."""
    calls = [c for c in cells if _UDF_CALL.search(grid.formulas[parse_a1(c)])]
    errors = sorted({str(grid.values[parse_a1(c)]).strip() for c in cells})
    more = " 等" if len(calls) > 5 else ""
    return finding("udf-not-run", "", "",
                   f"宏版的计分函数未运行（{sheet}中 {len(calls)} 个调用计分函数的单元格显示 "
                   f"{'/'.join(errors)}，如 {'、'.join(calls[:5])}{more}；文件可能由 WPS、LibreOffice "
                   "或禁用宏的 Excel 保存）：请在安装了 jixiao 加载项的 Excel 中打开并重新计算，或改用通用版",
                   actual="/".join(errors))


def echoes_not_run(f: Finding, cells: set[str]) -> bool:
    """``f`` only repeats an error value left by a function that did not run: it sits at one of
    ``cells``, or it is a total that cannot be checked only because of them. Findings at inputs
    (a real slip) and on changed formulas are never echoes."""
    if f.check in _NOT_RUN_ECHOES:
        return f.cell in cells
    if f.check == "total-incomplete":  # a total unchecked only because of cells that show the error
        return bool(f.cells) and set(f.cells) <= cells
    return False


def fold_udf_not_run(sheet: str, grid: Grid, findings: list[Finding]) -> list[Finding]:
    """``findings`` with the per-cell echoes of a 宏版 whose functions did not run replaced by one
    ``udf-not-run`` finding, put first; unchanged when every function cell shows a result."""
    cells = udf_not_run_cells(grid)
    if not cells:
        return findings
    at = set(cells)
    return [udf_not_run_finding(sheet, grid, cells), *(f for f in findings if not echoes_not_run(f, at))]


# --------------------------------------------------------------------------- 计算辅助 deleted


def helper_deleted(lw: LoadedWorkbook, properties: dict[str, str]) -> list[Finding]:
    """``helper-deleted`` when a workbook of our template has lost its hidden helper sheet (计算辅助) while its
    formulas still need it (they name it, or show ``#REF!`` where Excel removed it): the sheet's scores cannot be
    computed — in Excel they show errors; the 核定 recomputes them from the inputs. Else []."""
    from jixiao.templates.cell_text import HELPER_SHEET

    if not properties.get(PROP_ID) or any(g.name == HELPER_SHEET for g in lw.sheets):
        return []
    needing = [(g.name, a1(*rc)) for g in lw.sheets for rc, f in sorted(g.formulas.items())
               if HELPER_SHEET in f or "#REF!" in f.upper()]
    if not needing:  # a template written before the helper sheet, or formulas not read
        return []
    sheet, first = needing[0]
    book = f"工作簿“{Path(lw.path).name}”中" if lw.path else ""
    return [finding("helper-deleted", "", "",
                    f"{book}下发模板的辅助计算表“{HELPER_SHEET}”被删除，"
                    f"表内公式无法计算（“{sheet}”中 {len(needing)} 个公式引用该表，如 {first}；在 Excel 中显示 "
                    "#REF! 等错误值），表中得分不可用", expected=HELPER_SHEET, actual="已删除")]


def error_cells(grid: Grid) -> set[str]:
    """The formula cells of ``grid`` showing an error value (#REF!, #NAME?, …)."""
    return {a1(*rc) for rc in grid.formulas
            if isinstance(v := grid.values.get(rc), str) and EXCEL_ERROR_RE.match(v.strip())}


__all__ = ["check_template", "echoes_not_run", "error_cells", "fold_udf_not_run", "helper_deleted",
           "known_specs", "spec_for", "udf_not_run_cells"]
