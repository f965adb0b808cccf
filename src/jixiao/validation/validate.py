"""Whole-workbook validation: read every 评分表, run every check, collect everything.

``validate_workbook(path)`` never changes the file (it is read once, read-only)
and raises only when the file cannot be read at all
(:class:`~jixiao.errors.WorkbookUnreadable`, :class:`~jixiao.errors.LayoutNotRecognised`).
Problems inside the workbook come back as findings in the :class:`Report`.
"""

from __future__ import annotations

import os
from dataclasses import replace

from jixiao.errors import InputError, LayoutNotRecognised
from jixiao.grading import NATIONAL_2020, parse_scheme
from jixiao.grid import Grid, LoadedWorkbook, parse_a1
from jixiao.reading import read_workbook_tables
from jixiao.reading.model import ScoringTable
from jixiao.reading.sheet import read_budget_blocks
from jixiao.templates.build import PROP_BUREAU, PROP_ID, PROP_SCHEME, PROP_VERSION, PROP_YEAR
from jixiao.templates.spec import TemplateSpec
from jixiao.validation import checks as C
from jixiao.validation import selfeval as S
from jixiao.validation.findings import Finding, finding
from jixiao.validation.report import Report, TableSummary
from jixiao.validation.template_checks import (
    check_template,
    fold_udf_not_run,
    helper_deleted,
    spec_for,
)


def validate_workbook(path: str | os.PathLike[str]) -> Report:
    """Validate one workbook file.

    Args:
        path: .xlsx / .xlsm / .xls (format sniffed, never modified), or a Word .docx
            whose tables are read as sheets "表1", "表2", … (findings located in Word terms).

    Returns:
        A :class:`Report` with every finding and a summary (total, grade, counts).

    Raises:
        WorkbookUnreadable: the file cannot be read safely (reason in Chinese).
        LayoutNotRecognised: no 评分表 header was found in any sheet (a budget block on such a
            sheet is still checked: see :func:`refusal_with_budget_checks`, ``.findings``).
    """
    from jixiao.io import load_workbook

    return validate_loaded(load_workbook(path))


def validate_loaded(lw: LoadedWorkbook) -> Report:
    """Validate an already loaded workbook (also used by the in-Excel button)."""
    return validate_read(lw)[0]


def validate_read(lw: LoadedWorkbook) -> tuple[Report, list[ScoringTable]]:
    """:func:`validate_loaded`, and the 评分表 it read (``collect`` passes them on to 核定 and,
    for a Word document, to :func:`say_word_locations`: the tables are read once)."""
    from jixiao.io import check_loaded

    register_template_macros()
    report = Report(path=lw.path)
    props = lw.properties or {}
    report.template_id = props.get(PROP_ID)
    report.template_version = props.get(PROP_VERSION)
    report.bureau = props.get(PROP_BUREAU) or _named_value(lw, "单位名称")
    report.year = props.get(PROP_YEAR) or _named_value(lw, "评价年度")
    report.saved = lw.saved
    for code, message in check_loaded(lw):
        report.findings.append(finding(code, "", "", message))
    try:
        tables = read_workbook_tables(lw.sheets)
    except LayoutNotRecognised as e:
        raise refusal_with_budget_checks(lw, e) from None
    spec = spec_for(props)
    grids = {g.name: g for g in lw.sheets}
    for table in tables:
        findings, summary = validate_table(table, grids.get(table.sheet), spec, props)
        report.findings.extend(findings)
        report.tables.append(summary)
    report.findings.extend(helper_deleted(lw, props))
    if lw.file_format == "docx":
        say_word_locations(lw, report, tables)
    return report, tables


def say_word_locations(lw: LoadedWorkbook, report: Report, tables: list[ScoringTable]) -> None:
    """A Word document's findings located as its user sees them: "表2 第5行 得分列".

    Every A1 reference (the finding's cell, the references in its message, a table's
    total cell) becomes the table row as Word counts it and the column's header; the
    sheet name is the Word table holding the finding's cell ("表2": for a 评分表 split over
    two Word tables, the second's rows are said there, and a cell of the other one in a
    message carries its table's name, "表1 第9行 一级指标列"). Rewritten findings carry no A1 reference, so
    calling this again (after 核定 added findings) changes only the new ones. ``tables``: the
    评分表 :func:`validate_read` read (their header rows name the columns).
    """
    from jixiao.reading.docx import word_address, word_place, word_text

    heads = word_header_rows(tables)
    grids = {g.name: g for g in lw.sheets}

    def table(sheet: str, ref: str) -> str:
        """The Word table holding ``ref`` (a split 评分表 is one grid over several Word tables)."""
        grid = grids.get(sheet)
        place = word_place(grid, ref, []) if grid is not None and ref else None
        return place[0] if place is not None else sheet

    def where(sheet: str, ref: str, said_on: str) -> str:
        grid = grids.get(sheet)
        said = word_address(grid, ref, heads.get(sheet, []), said_on) if grid is not None and ref else None
        return said or ref

    def text(sheet: str, message: str, said_on: str) -> str:
        grid = grids.get(sheet)
        return word_text(grid, message, heads.get(sheet, []), said_on) if grid is not None else message

    out = []
    for f in report.findings:
        on = table(f.sheet, f.cell)
        out.append(replace(f, sheet=on, cell=where(f.sheet, f.cell, on), message=text(f.sheet, f.message, on),
                           cells=tuple(where(f.sheet, c, on) for c in f.cells)))
    report.findings = out
    for summary in report.tables:
        summary.total_cell = where(summary.sheet, summary.total_cell, summary.sheet)


def word_header_rows(tables: list[ScoringTable]) -> dict[str, list[int]]:
    """Sheet → the header rows that name a Word table's columns (评分表 header, its repeats after a
    page break, the 项目资金 block's 年初预算数 | … | 得分)."""
    heads: dict[str, list[int]] = {}
    for t in tables:
        budget = [t.budget.header_row] if t.budget is not None else []
        heads.setdefault(t.sheet, []).extend([t.header_row, *t.repeated_header_rows, *budget])
    return heads


#: said after the refusal when a sheet without 分值/得分 still has a budget block
BUDGET_ONLY_NOTE = "；表中只有资金执行情况、没有各项指标的分值和得分，不评分，仅核对了执行率和资金合计"


def refusal_with_budget_checks(lw: LoadedWorkbook, e: LayoutNotRecognised) -> LayoutNotRecognised:
    """The refusal (no 评分表) with the checks its budget blocks still allow.

    A 自评表 printing amounts and targets but no 分值/得分 (衡山's 专项资金自评表, the
    national 区域 form) is not scored; its 执行率 per line and 年度资金总额 = Σ其中 are
    checked all the same, and travel with the refusal as ``findings``.
    """
    blocks = [(grid, block) for grid in lw.sheets for block in read_budget_blocks(grid)]
    if not blocks:
        return e
    found: list[Finding] = []
    for grid, block in blocks:
        found += S.check_budget_lines(grid.name, block, S.block_header_texts(block, grid))
    out = LayoutNotRecognised(e.message_zh + BUDGET_ONLY_NOTE, e.message_en)
    out.findings = tuple(_dedupe(found))
    return out


def validate_table(table: ScoringTable, grid: Grid | None, spec: TemplateSpec | None = None,
                   props: dict[str, str] | None = None) -> tuple[list[Finding], TableSummary]:
    """All checks on one table (``spec``: the template it was made from, if any)."""
    sheet = table.sheet
    items = C.group_items(table)
    full = spec.full if spec is not None else C.FULL_MARKS
    issued, scheme = template_scheme(spec, props or {})
    t = table.total
    if spec is None and issued and t is not None and t.weight is not None and t.weight.number is not None:
        full = t.weight.number  # one of our templates, its spec not here: its 合计 分值 is its full marks (p20)
    out: list[Finding] = []
    if issued:  # the template's own scheme: the sheet's words may only repeat it, never replace it
        out += C.check_scheme_note(sheet, table, scheme)
        table = replace(table, stated_scheme=None, stated_scheme_unread=None)
    out += C.check_scores(sheet, items)
    out += C.check_rules(sheet, items, issued_facts(spec, items) if issued else None)
    out += C.check_ratios(sheet, items)
    out += C.check_weights_and_totals(sheet, table, items, full)
    out += S.check_budget(sheet, table, S.header_texts(table, grid))
    out += S.check_targets(sheet, table, items)
    total, total_cell = C.table_total(table, items)
    out += C.check_stated_total(sheet, table, total, total_cell)
    out += C.check_grade(sheet, table, total, full, scheme)
    if spec is not None and grid is not None:
        out += check_template(sheet, grid, table, items, spec, props or {})
    if grid is not None:  # a 宏版 whose functions did not run: one finding, not one per cell
        out = fold_udf_not_run(sheet, grid, out)
    stated = table.shown_grade
    computed, _ = C.expected_grade(table, total, full, scheme)
    summary = TableSummary(
        sheet=sheet, title=table.title, total=total, total_cell=total_cell, grade=stated,
        computed_grade=computed,
        indicators=[(it.main.name or "", C._num(it.main.weight), C._num(it.main.score))
                    for it in items],
    )
    return _dedupe(out), summary


def issued_facts(spec: TemplateSpec | None, items: list[C.Item]) -> dict[int, C.RowFacts]:
    """Each row's (unit, name, 评分标准) as issued, by sheet row, for the core's refusal of a 业绩值
    (:func:`~jixiao.validation.checks.refused_input`): a rule row's ``scoring.unit`` (the sheet shows none). Empty
    when the spec is not here or its rows are not the sheet's (each row then asked by its name alone)."""
    rows = list(spec.indicators()) if spec is not None else []
    if len(rows) != len(items):
        return {}
    return {it.main.row: (ind.scoring.unit if ind.scoring.kind == "rule" else None, ind.name, ind.standard)
            for ind, it in zip(rows, items, strict=True)}


def template_scheme(spec: TemplateSpec | None, props: dict[str, str]) -> tuple[bool, str | None]:
    """(the workbook is one of our templates whose grade scheme is known, that scheme — ``None``
    for 财预〔2020〕10号): the spec's, else the one the template recorded (``PROP_SCHEME``).

    A recorded scheme that does not parse is no scheme (the sheet's own words are read then).
    """
    if spec is not None:
        return True, spec.grade_scheme
    recorded = props.get(PROP_SCHEME)
    if not recorded:
        return False, None
    try:
        canonical = str(parse_scheme(recorded))
    except InputError:
        return False, None
    return True, None if canonical == NATIONAL_2020 else canonical


def register_template_macros() -> None:
    """Our template's own VBA modules are known, not `macro-unknown`."""
    from jixiao.io import KNOWN_VBA_MODULE_HASHES, vba_module_hash
    from jixiao.vba import template_modules

    for source in template_modules().values():
        KNOWN_VBA_MODULE_HASHES.add(vba_module_hash(source))


def _dedupe(findings: list[Finding]) -> list[Finding]:
    seen = set()
    out = []
    for f in findings:
        key = (f.check, f.sheet, f.cell, f.message)
        if key not in seen:
            seen.add(key)
            out.append(f)
    return out


def _named_value(lw: LoadedWorkbook, name: str) -> str | None:
    target = (lw.defined_names or {}).get(name)
    if not target or "!" not in target:
        return None
    sheet, ref = target.rsplit("!", 1)
    sheet = sheet.strip("='")
    for g in lw.sheets:
        if g.name == sheet:
            try:
                v = g.values.get(parse_a1(ref))
            except ValueError:
                return None
            return str(v).strip() if v not in (None, "") else None
    return None
