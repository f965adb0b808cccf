"""核定 (verification): every return's scores recomputed from its inputs, by the rules AS ISSUED.

For a workbook made from one of our templates (id and version in its document
properties) the spec of that id *and version* is looked up
(:func:`jixiao.templates.spec.issued_spec`); every row's score is recomputed from
the 业绩值 / amounts / 是否 answers with the issued rule and weight — cached
values are never trusted. Judgement rows (酌情评分) keep the typed score.

* a weight, rule text or formula that differs from the issued template is an
  ``issued-changed`` error; the row is still scored by the issued rule;
* formulas are compared with the ones the return was issued with: the archive of the digest
  it records (``jixiao_formulas_hash``, see :func:`archive_issued_formulas`); a digest without an
  archive is a warning (``issued-formulas-unarchived``);
* a reported score that differs from the 核定 score is a ``verified-differs``
  error (a score typed over its formula, a deleted formula, a relaxed copy);
* formulas saved without results (a program, WPS without recalculation) are
  computed here and noted once (``formulas-uncalculated``);
* an input that cannot be scored (text in a number cell) is an error at the input
  cell — the root cause — and the score cell's follow-on findings are dropped.

For a hand-made table, 核定 uses the table's own rule where it is readable
(计分规则 column, or the 评分标准 text), else the reported score.

    verify_loaded(lw, report, tables=None) -> Verification   # picklable; findings merged into report
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from jixiao.errors import InputError, RuleGapError
from jixiao.formula_key import formula_key, formulas_digest
from jixiao.grid import Grid, LoadedWorkbook, parse_a1
from jixiao.row_changes import RowChanges, align_rows, row_labels, said_after, unshift_formula
from jixiao.rules.target import (
    Target,
    converted_note,
    hand_number_settled,
    in_row_unit,
    on_rule_scale,
    printed_start_reason,
    rule_scale_exponent,
    table_unit_decision,
    typed_input_reason,
    value_on_target,
)
from jixiao.validation.checks import SCORE_TOL, row_target  # one tolerance for 核定 and validation
from jixiao.validation.findings import Finding, Severity, finding
from jixiao.validation.report import Report

__all__ = [
    "FILL_BLANK",
    "FILL_DONE",
    "FILL_PARTIAL",
    "RowCheck",
    "Verification",
    "verify_loaded",
]

FILL_BLANK, FILL_PARTIAL, FILL_DONE = "未填写", "不完整", "已填写"
#: message prefix of a finding the issued spec records as a known issue of the published table
KNOWN_PREFIX = "（下发模板的已知问题）"
#: checks whose findings on a score cell follow from an unreadable input (root cause elsewhere)
_FOLLOW_ON = frozenset({"udf-error", "score-not-number", "score-mismatch", "score-missing"})
#: checks that only say "this cell shows no result" — moot when formulas were not calculated
_UNCALCULATED = frozenset({"score-missing", "total-sum", "grade-mismatch", "score-rate-mismatch",
                           "score-not-number", "udf-error"})
#: validation's findings replaced by this module's errors at the same cell
_REPLACED = frozenset({"template-modified", "score-mismatch"})
#: checks that are errors when collecting (warnings in a single validation)
_RAISED = frozenset({"implausible-value", "value-unreadable", "helper-deleted"})


@dataclass
class RowCheck:
    """One indicator row: issued weight, the reported and the verified score."""

    name: str
    weight: Decimal | None
    reported: Decimal | None
    verified: Decimal | None
    cell: str = ""
    code: str | None = None
    #: inputs the row needs / inputs present
    needed: int = 0
    given: int = 0
    #: a ratio row: its amounts may have been pre-filled from the roster by distribute
    prefillable: bool = False
    #: why the row's inputs are there but give no 核定 ("无法核定": "业绩值“—”无法识别为数字"); then the return has
    #: no 核定 total and no 核定 grade
    why: str = ""
    #: the input cell ``why`` is about (the 业绩值 or amount cell)
    why_cell: str = ""
    #: a row 核定 at its typed 得分 that still needs a look, in Chinese (its 业绩值 cannot be put beside its 指标值:
    #: "950人" beside "≥1000户" under a 评分标准 not read, p38); the score and the total stand
    note: str = ""

    def refuse(self, cell: str, why: str) -> None:
        """No 核定 for this row: its input at ``cell`` cannot be scored, for the reason ``why`` (Chinese)."""
        self.verified, self.why, self.why_cell = None, why, cell


@dataclass
class Verification:
    """The 核定 of one return (plain data: crosses process boundaries)."""

    rows: list[RowCheck] = field(default_factory=list)
    total: Decimal | None = None
    grade: str | None = None
    #: 未填写 / 不完整 / 已填写
    fill: str = FILL_DONE
    #: the issued spec was found (templates) or the table's own rules were used
    basis: str = ""
    #: formulas had no cached results and were computed here
    computed: bool = False
    #: unit name from the 填报单位 cell (else the document property)
    bureau: str | None = None
    #: template title as issued (pattern filled with bureau and year), if any
    title: str | None = None
    #: scored by the issued spec of a template (else the table's own rules)
    issued: bool = False
    #: cell -> checks the issued spec records as known issues of that row (template-level)
    known: dict[str, set[str]] = field(default_factory=dict)
    #: the template id the file declares (kept out of messages the chief reads)
    template: str | None = None
    #: why a 核定 total gets no 核定 grade ("未评级：满分80分，不是100分": the issued table is not out of 100
    #: and states no grade scheme of its own, p20)
    grade_why: str = ""

    @property
    def needed(self) -> int:
        return sum(r.needed for r in self.rows)

    @property
    def why(self) -> str:
        """Why there is no 核定 total, naming the cells, or no 核定 grade ("" when no row was refused and a
        total is graded)."""
        rows = [f"{r.why_cell}（{r.name}）：{r.why}" for r in self.rows if r.why]
        return "；".join(rows + ([self.grade_why] if self.grade_why and self.total is not None else []))

    @property
    def given(self) -> int:
        return sum(r.given for r in self.rows)

    @property
    def typed(self) -> int:
        """Inputs present in rows the bureau itself must fill (amounts pre-filled by
        ``jixiao distribute`` do not make a return 填写)."""
        own = [r for r in self.rows if not r.prefillable]
        return sum(r.given for r in own) if own else self.given


# --------------------------------------------------------------------------- entry point


def verify_loaded(lw: LoadedWorkbook, report: Report, tables: list[Any] | None = None) -> Verification:
    """Verify one loaded, validated workbook; adjust ``report.findings`` in place (see module doc).

    ``tables``: the 评分表 validation already read from ``lw`` (read again when not given).
    """
    from jixiao.reading import read_workbook_tables
    from jixiao.templates.build import PROP_FLAVOUR, PROP_FORMULAS, PROP_ID, PROP_VERSION
    from jixiao.templates.spec import issued_spec
    from jixiao.validation import checks as C

    props = lw.properties or {}
    from jixiao.validation.validate import _named_value  # the 填报单位 cell (defined name)

    v = Verification(bureau=_named_value(lw, "单位名称") or report.bureau)
    if not report.tables:
        v.fill = FILL_BLANK
        return v
    tid = props.get(PROP_ID)
    flavour = props.get(PROP_FLAVOUR) or "portable"
    spec = issued_spec(tid, props.get(PROP_VERSION, "")) if tid else None
    layout = _issued(spec, flavour) if spec is not None else None
    sheet, copies = _issued_sheet(report, lw, layout)
    if len(copies) > 1:  # the bureau's own copies of the table: which one it filled is not known
        return _refuse_copies(report, v, copies)
    report.tables.sort(key=lambda t: t.sheet != sheet)  # its 自报 total and grade: the verified sheet's
    grid = next((g for g in lw.sheets if g.name == sheet), None)
    shifted = _column_moved(layout, grid) if spec is not None else None
    if shifted is not None and layout is not None:
        return _refuse_columns(report, v, sheet, layout, *shifted)
    items = layout.items_of(grid) if layout is not None and grid is not None else None
    header_row = layout.header_row if layout is not None else 1
    table = None
    moved: RowChanges | None = None  # rows inserted or deleted in one of ours (the reader found its rows)
    if items is None:  # not one of ours, or rows moved: the table reader finds them
        if tables is None:
            tables = read_workbook_tables(lw.sheets)
        if not tables:
            v.fill = FILL_BLANK
            return v
        table = tables[0]
        sheet, header_row = table.sheet, table.header_row
        grid = next((g for g in lw.sheets if g.name == sheet), None)
        items = C.group_items(table)
        moved = _moved(layout, grid, table)
    added: list[Finding] = []
    if tid:
        version = props.get(PROP_VERSION, "")
        if spec is None:
            added.append(finding("issued-unknown", "", "",
                                 f"文件声明由模板 {tid} 第{version or '？'}版生成，但没有该版本的下发记录，"
                                 "无法按下发规则核定", actual=f"{tid} 第{version}版"))
            v.basis = "无下发记录"
            _own_rules(v, items, sheet, added)
            v.total = None
        elif len(list(spec.indicators())) != len(items):
            added.append(finding("issued-changed", sheet, f"A{header_row}",
                                 f"评分表有 {len(items)} 个指标行，下发的模板第{version}版有 "
                                 f"{len(list(spec.indicators()))} 个（行被增删{said_after(moved)}），无法按下发规则核定",
                                 expected=str(len(list(spec.indicators()))), actual=str(len(items))))
            v.basis = "行被增删"
            _own_rules(v, items, sheet, added)
            v.total = None
        else:
            v.basis = f"按下发的第{spec.version}版规则"
            v.issued, v.template = True, tid
            v.title = spec.title_for(v.bureau, report.year)
            _issued_rules(v, spec, items, sheet, grid, added, frozenset(layout.formulas) if layout else frozenset())
            if moved:
                added += _row_changes(sheet, moved, min(layout.label_cols, default=1))
            if grid is not None and grid.formulas:
                added += _formula_changes_moved(spec, flavour, grid, sheet,
                                                str(props.get(PROP_FORMULAS) or ""), moved)
            if layout is not None and layout.digest and props.get(PROP_FORMULAS) == layout.digest:
                added += _helper_changes(lw, layout, sheet, moved)  # the hidden 计算辅助 cleared or typed over (p42)
            if v.total is not None:
                try:
                    v.grade = spec.grade(v.total)
                except InputError as e:
                    v.grade = None
                    if spec.grade_withheld is not None:
                        v.grade_why = e.message_zh
    else:
        v.basis = "表内计分规则"
        _own_rules(v, items, sheet, added, table, grid)
    v.fill = (FILL_BLANK if v.typed == 0 else FILL_PARTIAL if v.given < v.needed else FILL_DONE)
    if v.fill != FILL_DONE:
        v.total, v.grade = None, None
    if v.total is not None and v.grade is None and not tid:
        v.grade = _grade_for(v.total, table)
    v.computed = grid is not None and _uncalculated(grid, items)
    _merge(report, added, v, items, grid, sheet)
    return v


def _issued_sheet(report: Report, lw: LoadedWorkbook, layout: _Issued | None) -> tuple[str, list[str]]:
    """The sheet to verify, and the sheets laid out as the issued 评分表 when there is no sheet of its name.

    A return of one of our templates is verified on its 评分表 even when the bureau added sheets before
    it (a copy of last year's table, notes); renamed, on the one sheet laid out as the issued table. Two
    or more such sheets and none named 评分表: which one was filled is not known (refused)."""
    names = list(dict.fromkeys(t.sheet for t in report.tables))
    if layout is None or layout.sheet in names:
        return (layout.sheet if layout is not None else names[0]), []
    grids = {g.name: g for g in lw.sheets}
    copies = [n for n in names if n in grids and layout.items_of(grids[n]) is not None]
    return (copies[0] if copies else names[0]), copies


def _refuse_copies(report: Report, v: Verification, copies: list[str]) -> Verification:
    shown = "、".join(f"“{n}”" for n in copies)
    v.basis, v.fill, v.total = "评分表不唯一", FILL_PARTIAL, None
    report.findings = _dedupe([*report.findings, finding(
        "issued-sheet-ambiguous", "", "",
        f"工作簿中有 {len(copies)} 张与下发的评分表格式相同的工作表（{shown}），没有一张名为“评分表”，"
        "无法确定本单位填报的是哪一张，未核定得分：请删去多余的工作表（或把填报的那张改名为“评分表”）后重新报送",
        actual="、".join(copies))])
    return v


def _refuse_columns(report: Report, v: Verification, sheet: str, layout: _Issued, col: int, what: str) -> Verification:
    """A column inserted or deleted in the issued table: one finding naming it, no 核定; validation's findings in the
    columns from it on (每格“计分规则与下发的模板不同”“未填写得分”: the shift, not the bureau's entries) go."""
    ref = _a1(layout.header_row, col)
    v.basis, v.total = "列被增删", None
    kept = [f for f in report.findings
            if not (f.sheet == sheet and f.severity is not Severity.INFO and _column_of(f.cell) >= col)]
    report.findings = _dedupe([*kept, finding(
        "issued-changed", sheet, ref,
        f"{ref}：第{_column_letter(col)}列{what}（列被增删）：其后的业绩值、得分、计分规则等列已错位，"
        "无法按下发的评分表核定，未核定得分；请恢复下发时的列后重新报送")])
    return v


def _column_of(cell: str | None) -> int:
    """The column of an A1 cell ("H12" → 8; a range's first cell); 0 for anything else."""
    m = re.fullmatch(r"\$?([A-Z]{1,3})\$?\d+(?::.*)?", cell or "")
    return parse_a1(m[1] + "1")[1] if m else 0


def _column_letter(col: int) -> str:
    return re.sub(r"\d+", "", _a1(1, col))


# --------------------------------------------------------------------------- scoring rows


def _blank(cv: Any) -> bool:
    return cv is None or cv.is_blank


def _input(cv: Any, rule: Any) -> Any:
    """What the engine is given for a 业绩值 cell: text as typed (缺省, 符合), else the number."""
    if isinstance(cv.raw, str) and (cv.is_not_applicable or rule.is_qualitative):
        return cv.raw
    return cv.number if cv.number is not None else cv.raw


def _issued_rules(v: Verification, spec: Any, items: list[Any], sheet: str, grid: Grid | None,
                  added: list[Finding], issued_formulas: frozenset[tuple[int, int]] = frozenset()) -> None:
    from jixiao.rules.grammar import parse_rule

    total = Decimal(0)
    complete = True
    issued_names = {_squash(i.name) for i in spec.indicators()}
    name_col = next((parse_a1(it.main.level3_ref)[1] for it in items if it.main.level3_ref), 0)
    for ind, it in zip(spec.indicators(), items, strict=True):
        m = it.main
        w = ind.weight
        row = RowCheck(name=ind.name, weight=w, reported=_score_of(m), verified=None,
                       cell=m.score.ref if m.score is not None else "", code=ind.code)
        lost = _misplaced(it, ind, issued_names, grid, issued_formulas)
        if lost is not None:  # a row moved, or inputs merged away: scoring it by position is a wrong score (p41)
            ref, why, check = lost
            row.refuse(ref, why)
            added.append(finding(check, sheet, ref, f"{ref}：{why}；本表不给出核定总分和核定等级（表中的总分仅为单位自报）",
                                 expected=ind.name, actual=str(m.level3 or "")))
            complete = False
            v.rows.append(row)
            continue
        if (said := _name_merged(m, grid, name_col, ind.name, sheet)) is not None:
            added.append(said)
        if m.weight is not None and m.weight.number is not None and m.weight.number != w:
            added.append(finding("issued-changed", sheet, m.weight.ref,
                                 f"{m.weight.ref}：指标“{ind.name}”分值被改为 {_d(m.weight.number)}，"
                                 f"下发的模板为 {_d(w)}，按下发分值核定",
                                 expected=_d(w), actual=_d(m.weight.number)))
        if ind.known_issues:
            checks = {k.check for k in ind.known_issues}
            for ref in (m.rule_ref, m.standard_ref, m.weight.ref if m.weight else None,
                        m.value.ref if m.value else None, row.cell):
                if ref:
                    v.known.setdefault(ref, set()).update(checks)
        kind = ind.scoring.kind
        rule = None
        if kind in ("rule", "ratio", "passfail", "target"):
            text = ind.scoring.rule if kind != "passfail" else '"符合": W; *: 0'
            rule = parse_rule(text)
            added += _rule_changed(sheet, m.rule, m.rule_ref, rule, ind.name)
            if rule.uses_target:  # 自评 定量, or a rule on the row's own 指标值 (T): the issued one
                added += _target_changed(sheet, m, ind)
        try:
            row.verified = _score_row(kind, ind, it, rule, row, sheet, added)
        except RuleGapError as e:
            ref = m.value.ref if m.value is not None else row.cell
            added.append(finding("udf-error", sheet, row.cell,
                                 f"{row.cell}：指标“{ind.name}”的业绩值 {ref} 不在下发规则的任何区间内："
                                 f"{e.message_zh}", actual=str(m.value.raw if m.value else "")))
        if row.verified is None:
            complete = False
        else:
            total += row.verified
        v.rows.append(row)
    v.total = total if complete else None


def _misplaced(it: Any, ind: Any, issued_names: set[str], grid: Grid | None,
               issued_formulas: frozenset[tuple[int, int]] = frozenset()) -> tuple[str, str, str] | None:
    """(cell, why, check) when the row read at the issued place of ``ind`` cannot be scored by ``ind``'s issued rule:

    - its indicator name is another issued row's (the bureau moved or swapped rows — Excel moves the 业绩值 with the
      row, so the issued rule of this place would score another indicator's value: p41 found 1.2 points too many);
    - one of its input cells lies inside a merged range anchored elsewhere (merging 业绩值 cells of two rows keeps the
      first one's text only: this row's input is gone from the file);
    - an input cell where the issued table has none holds a formula with no stored result (saved by a program, never
      calculated): its value is not in the file — before p41 the return was 不完整 and no cell was named."""
    m = it.main
    got = str(m.level3 or "").strip()
    if got and _squash(got) != _squash(ind.name) and _squash(got) in issued_names:
        return (m.level3_ref or "", f"本行指标名称为“{got}”，下发的评分表此行是“{ind.name}”，“{got}”是下发表中"
                                    "另一行的指标（行被移动或调换），本行的业绩值无法对应下发的计分规则，无法核定；"
                                    "请按下发的顺序恢复各行后重新报送", "issued-changed")
    computed = ind.scoring.kind in ("checklist", "ratio")  # their main 业绩值 is the template's formula, not an input
    for k, cell in enumerate([m.value, *(x.value for x in it.subs)]):
        ref = getattr(cell, "ref", None)
        if not ref or grid is None:
            continue
        rc = parse_a1(ref)
        if (merged := _merged_away(grid, rc)) is not None:
            span, anchor = merged
            return (ref, f"业绩值单元格 {ref} 被合并进 {span}（合并单元格只保留 {anchor} 的内容），"
                         "本行的业绩值已丢失，无法核定；请取消合并，逐行填写后重新报送", "issued-changed")
        if _blank(cell) and not (k == 0 and computed) and rc not in issued_formulas and rc in grid.formulas:
            return (ref, f"业绩值单元格 {ref} 填的是公式（{_short(str(grid.formulas[rc]))}），文件中没有它的计算结果"
                         "（由程序保存，未经 Excel/WPS 计算），读不到业绩值，无法核定；请在 Excel 或 WPS 中打开、"
                         "保存后重新报送，或直接填写数值", "row-unverified")
    return None


def _merged_away(grid: Grid, rc: tuple[int, int]) -> tuple[str, str] | None:
    """(the merged range, its anchor cell) when the cell ``rc`` lies inside a merged range anchored elsewhere (its
    own content is gone from the file); ``None`` otherwise."""
    anchor = grid.merge_anchor(*rc) if grid.merged else None
    if anchor is None or anchor == rc:
        return None
    span = next(f"{_a1(r1, c1)}:{_a1(r2, c2)}" for r1, c1, r2, c2 in grid.merged
                if r1 <= rc[0] <= r2 and c1 <= rc[1] <= c2)
    return span, _a1(*anchor)


def _name_merged(m: Any, grid: Grid | None, name_col: int, name: str, sheet: str) -> Finding | None:
    """``issued-changed`` at an indicator-name cell merged into a range anchored in another row (D65:D66: the merge
    keeps D65's text, this row's name is gone from the file). The row is still scored by its issued rule at its
    issued place (its 业绩值 is there); the bureau is told the table is not as issued (p41 left it unsaid).
    ``name_col``: the names' column (the reader gives a merged-away name no cell)."""
    if grid is None or not grid.merged or not (m.level3_ref or (name_col and m.row)):
        return None
    rc = parse_a1(m.level3_ref) if m.level3_ref else (m.row, name_col)  # merged away: the reader names no cell
    if (merged := _merged_away(grid, rc)) is None:
        return None
    ref, (span, anchor) = _a1(*rc), merged
    return finding("issued-changed", sheet, ref,
                   f"{ref}：指标名称单元格 {ref} 被合并进 {span}（合并单元格只保留 {anchor} 的内容），"
                   f"本行的指标名称“{name}”已从表中丢失；仍按下发模板此行的计分规则核定，请取消合并后重新报送",
                   expected=name, actual=span)


def _helper_changes(lw: LoadedWorkbook, layout: _Issued, sheet: str,
                    moved: RowChanges | None = None) -> list[Finding]:
    """``issued-changed`` when formulas of the hidden helper sheet (计算辅助) issued with the return are gone —
    the sheet cleared, or a cell typed over with a number (p41: in a return never calculated nothing was said; the
    核定 is computed from the 业绩值, but the sheet's own 得分 reads these cells). Only for a return whose recorded
    formulas are those this jixiao builds (``layout.digest``): the helper's cells are then known exactly. One
    finding at the first cell, every cell listed. Rows inserted or deleted in the 评分表 (``moved``): Excel moved the
    helper's references to ``sheet`` with them — read back as issued before comparing (session 44: test_p29)."""
    from jixiao.templates.cell_text import HELPER_SHEET

    grid = next((g for g in lw.sheets if g.name == HELPER_SHEET), None)
    if grid is None or not layout.helper:  # deleted: helper-deleted says it
        return []
    gone = sorted(rc for rc in layout.helper if rc not in grid.formulas)
    # p43: a formula still there but not the issued one (typed over with another formula) — compared as the main
    # sheet's formulas are (formula_key: spacing, case and the clients' spellings aside)
    # the sheets a formula names are left out: a renamed 评分表 (a bureau's resave) renames them in every formula
    def as_issued(got: str) -> str:
        return got if moved is None else unshift_formula(got, sheet, moved.issued_row, bare=False)

    changed = sorted(rc for rc, want in layout.helper.items() if (got := grid.formulas.get(rc)) is not None
                     and got != want
                     and formula_key(_no_sheet_names(as_issued(got))) != formula_key(_no_sheet_names(want)))
    out = []
    if gone:
        refs = [_a1(*rc) for rc in gone]
        typed = [r for rc, r in zip(gone, refs, strict=True) if grid.values.get(rc) not in (None, "")]
        how = (f"其中 {'、'.join(typed[:6])}{' 等' if len(typed) > 6 else ''} 被改为数值" if typed else "已被清除")
        out.append(_helper_finding(refs, f"下发的公式缺失（{_listed(refs)}；{how}）", len(layout.helper)))
    if changed:
        refs = [_a1(*rc) for rc in changed]
        out.append(_helper_finding(refs, f"下发的公式被改成了别的公式（{_listed(refs)}）", len(layout.helper)))
    return out


#: a sheet's name before "!" in a reference ('评分表'!$H$5, 评分表!H5), outside the formula's quoted strings
_SHEET_PREFIX_RE = re.compile(r"(?:'(?:[^']|'')*'|[^\s'!(),;:=+\-*/&<>^{}]+)!")


def _no_sheet_names(formula: str) -> str:
    r"""``formula`` with the sheet names of its references removed (string literals kept: "#JIXIAO! …").

    >>> _no_sheet_names("=IF(ISNUMBER('评分表'!$H$5),\"#JIXIAO! 不是数字\",Sheet1!A1)")
    '=IF(ISNUMBER($H$5),"#JIXIAO! 不是数字",A1)'
    """
    parts = formula.split('"')
    return '"'.join(_SHEET_PREFIX_RE.sub("", p) if i % 2 == 0 else p for i, p in enumerate(parts))


def _listed(refs: list[str]) -> str:
    return "、".join(refs[:6]) + (f" 等 {len(refs)} 处" if len(refs) > 6 else "")


def _helper_finding(refs: list[str], what: str, issued: int) -> Finding:
    """One ``issued-changed`` at the first of the helper sheet's cells ``refs``, every cell listed."""
    from jixiao.templates.cell_text import HELPER_SHEET

    return finding("issued-changed", HELPER_SHEET, refs[0],
                   f"{HELPER_SHEET}!{refs[0]}：隐藏的辅助计算表“{HELPER_SHEET}”中{what}，"
                   "表中各行的得分依赖这些公式，不可信；核定得分由 jixiao 按业绩值和下发规则计算，"
                   "请使用下发的原表重新填写报送", expected=str(issued), actual=str(len(refs)), cells=tuple(refs))


def _short(formula: str, n: int = 40) -> str:
    f = formula if formula.startswith("=") else "=" + formula
    return f if len(f) <= n else f[:n] + "…"


def _score_row(kind: str, ind: Any, it: Any, rule: Any, row: RowCheck, sheet: str,
               added: list[Finding]) -> Decimal | None:
    """The verified score of one template row (None when an input is missing or unusable)."""
    m, w = it.main, ind.weight
    if kind == "judgement":  # 酌情评分: the typed score is the input
        row.needed = 1
        if _blank(m.score):
            return None
        row.given = 1  # a score outside 0～分值 is no 核定, and the 汇总 says why (p26)
        return _typed_score(m, None, w, row)
    if kind == "checklist":
        return _checklist(ind, it, row, sheet, added)
    if kind == "ratio":
        return _ratio(ind, it, rule, row, sheet, added)
    if kind == "qualitative":
        return _qualitative(ind, it, row, sheet, added)
    row.needed = 1
    if _blank(m.value):
        return None
    row.given = 1
    value, target = _input(m.value, rule), None
    if kind == "target" or rule.uses_target:  # 定量, or a rule on the row's own 指标值 ("达到目标值得满分")
        from jixiao.rules.target import parse_target

        t = parse_target(ind.target) if ind.target is not None else None
        target = rule.target_number(ind.target) if kind != "target" else t.value if t is not None else None
        if t is not None and m.value.number is not None and not rule.is_qualitative:
            # on the 指标值's scale as validate reads it ("95万元" beside "≤90万元" is 95), or refused with the reason
            value, why = value_on_target(m.value, t, "实际完成值")
            if value is None:
                added.append(finding("value-unreadable", sheet, m.value.ref,
                                     f"{m.value.ref}：指标“{ind.name}”{why}，无法计分", actual=str(m.value.raw)))
                row.refuse(m.value.ref, f"{why}，无法计分")
                return None
            if _negative_on_target(m.value, value, t, ind.name, row):  # −5% beside "≥95%" (p30)
                return None
    elif rule is not None and (value := _percent_input(m.value, value, rule, row, unit=_row_unit(ind),
                                                              name=ind.name, standard=ind.standard,
                                                              weight=w)) is None:
        return None
    elif rule is not None and (note := converted_note(m.value.raw, rule, _row_unit(ind))) is not None:
        added.append(finding("unit-converted", sheet, m.value.ref, f"{m.value.ref}：指标“{ind.name}”{note}",
                             actual=str(m.value.raw)))  # "1,500,000元" in a 万元 row: scored as 150 万元 (p31)
    return _scored(rule, value, w, m.value.ref, ind.name, sheet, added, target, row)


def _row_unit(ind: Any) -> Any:
    """The unit a rule row's 业绩值 is typed in (the spec's ``scoring.unit``; not a ratio row's amounts)."""
    return ind.scoring.unit if ind.scoring.kind == "rule" else None


def _issued_target(ind: Any) -> Decimal | None:
    from jixiao.rules.target import parse_target

    t = parse_target(ind.target) if ind.target else None
    return t.value if t is not None else None


def _target_changed(sheet: str, m: Any, ind: Any) -> list[Finding]:
    """The 指标值 cell of a 定量 row must still hold the issued target."""
    want = _issued_target(ind)
    cv = getattr(m, "target", None)
    if want is None or cv is None or cv.number is None or cv.number == want:
        return []
    return [finding("issued-changed", sheet, cv.ref,
                    f"{cv.ref}：指标“{ind.name}”的指标值被改为 {cv.raw}，下发的模板为 {ind.target}，"
                    "按下发的指标值核定", expected=ind.target, actual=str(cv.raw))]


def _qualitative(ind: Any, it: Any, row: RowCheck, sheet: str, added: list[Finding]) -> Decimal | None:
    """自评 定性: 达成/部分达成/未达成 chosen and a typed score within that answer's band (the issued
    rule the sheet prints in 评分标准); a score outside it is an error and the row is not 核定."""
    from jixiao.rules.target import QUALITATIVE_BANDS

    m = it.main
    row.needed = 2
    answer = str(m.value.raw).strip() if not _blank(m.value) else None
    row.given = (answer is not None) + (not _blank(m.score))
    s = m.score.number if not _blank(m.score) else None
    if answer is not None and answer not in QUALITATIVE_BANDS:  # "√", "（达成）", "基本达成": said, not 不完整 (p26)
        row.refuse(m.value.ref, f"完成情况“{answer}”不是“{'”“'.join(QUALITATIVE_BANDS)}”之一，无法核定，请从下拉列表选择")
        return None
    if answer not in QUALITATIVE_BANDS or s is None:
        return None
    lo, hi = QUALITATIVE_BANDS[answer]
    if lo * ind.weight <= s <= hi * ind.weight:
        return s
    band = f"{_d(lo * ind.weight)}～{_d(hi * ind.weight)}"
    added.append(finding("qualitative-band", sheet, m.score.ref,
                         f"{m.score.ref}：指标“{ind.name}”完成情况为“{answer}”，按下发的规则得分应在 {band} 分之间，"
                         f"表中为 {_d(s)} 分：该行不核定", expected=band, actual=_d(s)))
    return None


def _scored(rule: Any, value: Any, w: Decimal, ref: str, name: str, sheet: str,
            added: list[Finding], target: Decimal | None, row: RowCheck) -> Decimal | None:
    try:
        return rule.score(value, w, target)
    except RuleGapError:
        raise
    except InputError as e:
        added.append(finding("value-unreadable", sheet, ref,
                             f"{ref}：指标“{name}”的业绩值“{value}”无法计分：{e.message_zh}",
                             actual=str(value)))
        row.refuse(ref, _unreadable(value, e))
        return None


def _negative_on_target(cv: Any, value: Any, target: Any, name: Any, row: RowCheck) -> bool:
    """True, with the row refused, when a row scored on its own percent 指标值 ``target`` is given a negative 业绩值
    its name does not make a change (:func:`~jixiao.rules.target.negative_on_target_reason`, p30)."""
    from jixiao.rules.target import negative_on_target_reason

    number = value if isinstance(value, Decimal) else cv.number
    if target is None or (why := negative_on_target_reason(cv.raw, number, target, name)) is None:
        return False
    row.refuse(cv.ref, why)
    return True


def _percent_input(cv: Any, value: Any, rule: Any, row: RowCheck, percent_target: bool = False,
                   unit: Any = None, name: Any = None, standard: Any = None, weight: Any = None,
                   number_settled: bool = True, text: Any = None) -> Any:
    """The value a row is scored by — in the row's ``unit`` ("150万元" in a 万元 row is 150), and on % bands 95 typed
    is 95 %, as the sheet, the template and SCORE_RANGE read it (:func:`~jixiao.rules.target.in_row_unit`) — or
    ``None`` with the row refused when the typed unit contradicts the column ("95分" on % bands,
    :func:`unit_against_percent`; "150元" in a 万元 row, :func:`unit_against_row`) or the rule gives the value no
    score (:func:`input_refusal`, p26; 1.5 in a count row, −5% in a % row whose ``name`` says no change, p28; 1.5 in
    a row without a unit whose 评分标准 ``standard`` counts its step, p30). Issued templates and hand tables alike;
    given the row's ``weight``, "0.95" typed as text in a % row whose two readings (95 %, 0.95 %) score differently
    is refused too, after those (:func:`percent_text_reason`, p31). ``text``: the 评分标准 a hand table's rule was
    read from — the units it writes after a number are accepted in a row without a unit (p35: "2024年" is not)."""
    if (why := typed_input_reason(cv.raw, rule, unit, percent_target, name, standard, weight, number_settled,
                                  text, cv.number_format)) is not None:
        row.refuse(cv.ref, why)  # "√" or "（明确）" under a rule of text levels, -1 under a count deduction (p26)
        return None
    return in_row_unit(value, rule, unit, cv.raw, text)


def _ratio(ind: Any, it: Any, rule: Any, row: RowCheck, sheet: str,
           added: list[Finding]) -> Decimal | None:
    from jixiao.ratios import exec_rate

    sc = ind.scoring
    row.needed, row.prefillable = 2, True
    sources = getattr(sc, "sources", ())
    if sources:  # 转移支付区域表: (合计) lines are formulas; each source has 执行数, 预算数, 执行率
        subs = [s.value for s in it.subs]
        inputs = [(key, subs[2 + 3 * k + j] if 2 + 3 * k + j < len(subs) else None)
                  for k in range(len(sources)) for j, key in enumerate(("numerator", "denominator"))]
    else:
        keys = [k for k, label in (("numerator", 1), ("denominator", 1), ("carryover", sc.carryover))
                if label]
        inputs = list(zip(keys, [s.value for s in it.subs], strict=False))
    amounts: dict[str, Any] = {}
    bad = False
    for key, cv in inputs:
        if _blank(cv):
            continue
        if key != "carryover" and key not in amounts:
            row.given += 1
        if cv.number is None:
            bad = True
            added.append(finding("value-unreadable", sheet, cv.ref,
                                 f"{cv.ref}：指标“{ind.name}”的金额“{cv.raw}”不是数字",
                                 actual=str(cv.raw)))
            row.refuse(cv.ref, f"金额“{cv.raw}”不是数字")
            continue
        amounts[key] = amounts.get(key, Decimal(0)) + cv.number  # sources add up
    if bad or amounts.get("numerator") is None or amounts.get("denominator") is None:
        return None
    try:
        rate = exec_rate(amounts["numerator"], amounts["denominator"],
                         amounts.get("carryover") or 0)
    except InputError as e:
        ref = next((cv.ref for key, cv in inputs if key == "denominator" and cv is not None),
                   row.cell)
        added.append(finding("value-unreadable", sheet, ref,
                             f"{ref}：指标“{ind.name}”无法计算比率：{e.message_zh}"))
        row.refuse(ref, f"无法计算比率：{e.message_zh}")
        return None
    return _scored(rule, rate, ind.weight, row.cell, ind.name, sheet, added, None, row)


def _checklist(ind: Any, it: Any, row: RowCheck, sheet: str, added: list[Finding]) -> Decimal | None:
    items = ind.scoring.items
    answers = [s.value for s in it.subs][: len(items)]
    row.needed = len(items)
    got, gate_failed, missing = Decimal(0), False, False
    for k, item in enumerate(items):
        cv = answers[k] if k < len(answers) else None
        if _blank(cv):
            missing = True
            continue
        text = str(cv.raw).strip()
        row.given += 1
        if text not in ("是", "否"):
            added.append(finding("value-unreadable", sheet, cv.ref,
                                 f"{cv.ref}：指标“{ind.name}”第{k + 1}项应填“是”或“否”，实际为“{text}”",
                                 expected="是/否", actual=text))
            missing = True
        elif text == "是":
            got += item.value(ind.weight)
        elif item.gate:  # 满足①…否则此指标不得分
            gate_failed = True
    if missing:
        return None
    return Decimal(0) if gate_failed else min(ind.weight, got)


def _rule_changed(sheet: str, text: str | None, ref: str | None, issued: Any,
                  name: str) -> list[Finding]:
    from jixiao.rules.grammar import parse_rule

    if not ref:
        return []
    got = (text or "").strip()
    try:
        same = bool(got) and parse_rule(got) == issued
    except Exception:  # noqa: BLE001 - any unparsable text differs
        same = False
    if same:
        return []
    return [finding("issued-changed", sheet, ref,
                    f"{ref}：指标“{name}”的计分规则与下发的模板不同，按下发规则核定",
                    expected=str(issued), actual=got)]


def _own_rules(v: Verification, items: list[Any], sheet: str, added: list[Finding],
               table: Any = None, grid: Any = None) -> None:
    """Hand-made table: the row's readable rule, else the reported score. A 自评表's 预算执行率 row is
    scored by the national rule (执行率 × 分值) where the table follows it, as validation checks it; no
    total when the printed weights say the rows' sum is none (:func:`~jixiao.validation.checks.weights_say_partial`)."""
    from jixiao.validation.checks import (
        KEPT_TYPED,
        row_rule,
        rule_scores_value,
        typed_score_unit_reason,
        weight_unreadable,
        weights_say_partial,
    )

    total = Decimal(0)
    complete = not weights_say_partial(items)
    context = None
    for it in items:
        m = it.main
        w = m.weight.number if m.weight is not None else None
        row = RowCheck(name=m.name or "", weight=w, reported=_score_of(m), verified=None,
                       cell=m.score.ref if m.score is not None else "", needed=1)
        rule, src, _reading, context = row_rule(m, context)
        if weight_unreadable(m):  # "三十", "/" or -5 as 分值: the score cannot be checked, no 核定 total
            row.given = 1
        elif m.kind == "budget" and not _blank(m.score) and (budget := _budget_score(table, grid, m.weight)) is not None:
            row.given = 1  # the printed score where it rounds the rule's (8.62 for 8.6203…), else the rule's
            within = row.reported is not None and abs(budget - row.reported) <= SCORE_TOL
            row.verified = row.reported if within else budget  # validation's budget-score says why
        elif rule is not None and w is not None and not _blank(m.value) and not rule_scores_value(rule, m.value):
            row.given = 1  # a number or a description beside a rule of text levels: validation says why
            row.verified = _typed_score(m, None, w, row)
        elif rule is not None and w is not None and not _blank(m.value):
            row.given = 1
            parsed = row_target(m)  # the 指标值 read once per row (printed start, negative on target, steps: p38)
            target = _rule_target(m, rule, parsed)
            try:  # "95分" in a row on % bands: validation warns, no 核定 (p19); a bare 85 is 85 % (was 8500 %)
                # the table's 度量单位 (p24), else the unit its header prints (p31); both, disagreeing: no 核定
                unit, why = table_unit_decision(m.unit.raw if m.unit is not None else None, m.header_unit, rule)
                if why is not None:
                    row.refuse(m.value.ref, why)
                else:
                    row.verified = _own_score(m, rule, src, unit, w, target, row, parsed)
            except RuleGapError:  # validation reports the gap; no 核定 for this row
                row.verified = None
            except InputError as e:  # the rule cannot read this value ("—", TRUE, a date): no 核定 (p19)
                row.refuse(m.value.ref, _unreadable(m.value.raw, e))
        elif not _blank(m.score):  # no rule to score the value by: the score itself is the input
            row.given = 1
            row.verified = _typed_score(m, rule if _blank(m.value) else None, w, row)
            if rule is None and row.verified is not None and (why := typed_score_unit_reason(m)) is not None:
                row.note = f"{why}；{KEPT_TYPED}"  # validation's value-not-comparable says it at the 业绩值 (p38)
        elif not _blank(m.value):  # a value, but no score and no rule to score it by: 不完整
            row.needed, row.given = 2, 1
        if row.verified is None:
            complete = False
        else:
            total += row.verified
        v.rows.append(row)
    v.total = total if complete and v.rows else None


def _own_score(m: Any, rule: Any, src: str, unit: str, w: Decimal, target: Any, row: RowCheck,
               parsed: Any) -> Decimal | None:
    """The 核定 of a hand table's row by its printed ``rule`` (from the column ``src``), its 业绩值 read in the row's
    ``unit`` (:func:`~jixiao.rules.target.table_unit_decision`); ``None`` with the row refused where the value gets
    no score. ``target``: :func:`_rule_target`; ``parsed``: the row's :func:`~jixiao.validation.checks.row_target`
    (asked once per row by the caller). The engine's errors pass to the caller (``_own_rules``: rule gap, unreadable
    input)."""
    # a number under a stated % unit in no % cell is 95 % or 0.95 %: the core asks which (p31); with no unit stated,
    # one above 1.5 and up to 10 too ("3" beside "不高于5%": 3 % or 300 %? p38), and up to 1.5 where the rule keeps a
    # rate low ("1.2" beside "投诉率不高于5%": 1.2 % or 120 %? p40)
    number_settled = hand_number_settled(m.value.raw, m.value.is_percent_format, unit, rule)
    text = m.rule if src == "计分规则" else m.standard  # the text the rule was read from
    if src == "评分标准" and (why := printed_start_reason(text, rule, parsed, unit)) is not None:
        row.refuse(m.value.ref, why)  # "按340天每低于1天扣1分" beside "340户": 339 户 or 天? (p36)
        return None
    value = _percent_input(m.value, _input(m.value, rule), rule, row, _percent_target(m), unit, m.name, m.standard,
                           w, number_settled, text)
    if value is None:  # refused by the core: its reason is on the row
        return None
    if rule.uses_target and _negative_on_target(m.value, None, parsed, m.name, row):  # −5% beside "≥95%" (p30)
        return None
    if rule.uses_target and isinstance(target, Target):  # on the 指标值's scale, as validation reads it (p34)
        return _on_target_score(m, rule, w, target, row)
    # "达到200万元得满分" is read in 元: 150 in a 万元 row is 1 500 000 on the rule's scale (p31)
    exponent = rule_scale_exponent(text, unit)
    return rule.score(on_rule_scale(value, exponent), w, target)


def _on_target_score(m: Any, rule: Any, w: Decimal, target: Target, row: RowCheck) -> Decimal | None:
    """The 核定 of a hand row whose rule steps from its own parsed 指标值 ``target``: the 业绩值 put on the 指标值's
    scale ("93万元" beside "≤90万元" is 93, not 930 000; "0.93" beside "≥95%" is refused: 93 % or 0.93 %?) exactly as
    validation's ``checks._score_by_rule`` reads it (``rules.target.on_target_scale``); ``None`` with the row refused
    where it cannot be put there. A number with no unit typed is in the 指标值's unit (p34: collect scored "93万元" 0)."""
    x, why = value_on_target(m.value, target)
    if why is not None:
        row.refuse(m.value.ref, f"{why}，无法计分")
        return None
    return rule.score(m.value.raw if x is None else x, w, target)


def _rule_target(m: Any, rule: Any, parsed: Any) -> Any:
    """The hand table row's 指标值 as its ``rule`` is scored with it: for a rule on ``T`` the parsed target
    (:func:`~jixiao.validation.checks.row_target`: its number, and the unit the rule's steps from T must share — "每低于目标值1天" beside
    "340户" is refused, r63/p34, as validation does), else (or when it does not parse) the cell's number."""
    if rule.uses_target and parsed is not None:
        return parsed
    return m.target.number if getattr(m, "target", None) is not None else None


def _typed_score(m: Any, rule: Any, w: Decimal | None, row: RowCheck) -> Decimal | None:
    """The 核定 of a hand table's row whose typed 得分 is the input (no 业绩值 to score, p26): never a score outside
    0～分值 (validation's score-over-weight), nor one a pass/fail ``rule`` cannot give (validation's
    score-mismatch: which of its scores is meant is unknown) — the row is refused; a count rule's row whose
    考核情况 text writes its count is 核定 by the rule (:func:`~jixiao.validation.checks.count_score`, as
    validation's score-mismatch says "应得 18 分"); else the typed score."""
    from jixiao.validation.checks import count_score, level_scores

    s = row.reported
    if s is None:
        return None
    if w is not None and not Decimal(0) <= s <= w:
        row.refuse(m.score.ref, f"得分 {_d(s)} 超出 0～{_d(w)}，无法核定")
        return None
    if rule is None or w is None:
        return s
    levels = level_scores(rule, w)
    if levels is not None:
        if any(abs(s - x) <= SCORE_TOL for x in levels):
            return s
        row.refuse(m.score.ref, f"得分 {_d(s)} 不是评分标准能给出的分数（可得 {'、'.join(_d(x) for x in levels)} 分），"
                   "无法核定")
        return None
    expected, _count, _unit = count_score(m, rule, w)
    return s if expected is None else expected


def _percent_target(m: Any) -> bool:
    """The row's 指标值 is a percentage ("≥90%")."""
    from jixiao.rules.target import parse_target

    cv = getattr(m, "target", None)
    t = parse_target(str(cv.raw)) if cv is not None and isinstance(cv.raw, str) else None
    return t is not None and t.is_percent


def _unreadable(raw: Any, e: InputError) -> str:
    """Why a hand table's 业绩值 ``raw`` gives its row no 核定, in Chinese: the number reader's reason ("“TRUE”是逻辑值，
    不是数字", a date said as a date), "—" and the like as marks of nothing entered, else the engine's ``e``."""
    from jixiao.numbers import parse_number

    try:
        number = parse_number(raw)
    except InputError as why:  # NumberFormatError
        return f"业绩值无法读取：{why.message_zh}"
    if number is None:
        return f"业绩值“{str(raw).strip()}”不是数字（表示未填写或没有数值），无法计分"
    return f"业绩值“{raw}”无法计分：{e.message_zh}"


def _budget_score(table: Any, grid: Any, weight: Any) -> Decimal | None:
    """The 预算执行率 row's score (its 分值 ``weight``) in a 自评表 that follows the national rule (执行率 × 分值),
    else ``None``."""
    from jixiao.validation.selfeval import block_header_texts, line_expected

    block = getattr(table, "budget", None)
    if block is None or not block.national_default or block.total is None:
        return None
    said = line_expected(block.total, weight, block_header_texts(block, grid))
    return said[0] if said is not None else None


def _score_of(m: Any) -> Decimal | None:
    return m.score.number if m.score is not None else None


def _grade_for(total: Decimal, table: Any) -> str | None:
    """The grade of a 核定 total of a sheet that is no template of ours: decided as validate decides
    it (:func:`jixiao.validation.checks.expected_grade`) — by the scheme the sheet states in its
    text, else 财预〔2020〕10号 (or 好/较好/一般 when the sheet grades so); ``None`` when unsure."""
    from jixiao.validation.checks import FULL_MARKS, expected_grade

    return expected_grade(table, total, FULL_MARKS, None)[0] if table is not None else None


def _d(x: Decimal) -> str:
    from jixiao.validation.checks import d

    return d(x)


# --------------------------------------------------------------------------- formulas


@dataclass
class _Row:
    """The cells of one indicator row the 核定 reads (stands in for the reader's IndicatorRow)."""

    name: str | None
    level3: str | None
    level3_ref: str | None
    weight: Any
    value: Any
    score: Any
    rule: str | None
    rule_ref: str | None
    standard_ref: str | None
    target: Any = None


@dataclass
class _Item:
    main: _Row
    subs: list[_Row]


@dataclass
class _Issued:
    """What the issued template looks like: its formulas and where each row's cells are."""

    sheet: str
    header_row: int
    #: (row, col) -> (normalised, original) formula
    formulas: dict[tuple[int, int], tuple[str, str]]
    #: per indicator: (level3 ref, level3 text, main refs, sub value refs)
    rows: list[tuple[str, str, dict[str, str | None], list[str]]]
    #: jixiao.formula_key.formulas_digest of the formulas (what this jixiao issues today)
    digest: str = ""
    #: field -> column of the issued table (the reader's), the columns whose texts are fixed (all but the
    #: bureau's inputs), and those texts for the table's rows from the one below the header on (row_changes)
    columns: dict[str, int] = field(default_factory=dict)
    label_cols: tuple[int, ...] = ()
    labels: tuple[tuple[str, ...], ...] = ()
    #: the header row's texts, column 1 on (squashed): a column inserted or deleted shifts them (p41)
    headers: tuple[str, ...] = ()
    #: (row, col) -> formula of the hidden helper sheet (计算辅助) as issued (p42: cleared or typed over)
    helper: dict[tuple[int, int], str] = field(default_factory=dict)

    def items_of(self, grid: Grid) -> list[_Item] | None:
        """The return's rows read at the issued cells; None when a row name is not where issued
        (rows inserted or deleted: the caller falls back to the table reader)."""
        items = []
        for ref3, name, refs, subs in self.rows:
            got = _text_at(grid, ref3)
            if got is None or _squash(got) != _squash(name):
                return None
            main = _Row(name=name, level3=got, level3_ref=ref3,
                        weight=_cv(grid, refs["weight"]), value=_cv(grid, refs["value"]),
                        score=_cv(grid, refs["score"]),
                        rule=_text_at(grid, refs["rule"]) if refs["rule"] else None,
                        rule_ref=refs["rule"], standard_ref=refs["standard"],
                        target=_cv(grid, refs["target"]))
            items.append(_Item(main, [_Row(None, None, None, None, _cv(grid, r), None, None, None,
                                           None) for r in subs]))
        return items


def _squash(s: str) -> str:
    import unicodedata

    return "".join(unicodedata.normalize("NFKC", s).split())


def _text_at(grid: Grid, ref: str | None) -> str | None:
    if not ref:
        return None
    v = grid.values.get(parse_a1(ref))
    t = "" if v is None else str(v).strip()
    return t or None


def _cv(grid: Grid, ref: str | None) -> Any:
    """The cell as the reader's CellValue (same number parsing)."""
    from jixiao.errors import NumberFormatError
    from jixiao.numbers import parse_number
    from jixiao.reading.model import CellValue

    if not ref:
        return None
    rc = parse_a1(ref)
    v = grid.values.get(rc)
    fmt = grid.number_formats.get(rc) if grid.number_formats else None
    if v is None or (isinstance(v, str) and not v.strip()):
        return CellValue(v, ref, None, None, fmt)
    try:
        return CellValue(v, ref, parse_number(v), None, fmt)
    except NumberFormatError as exc:
        return CellValue(v, ref, None, exc.message_zh, fmt)


_ISSUED: dict[tuple[str, int, str], _Issued | None] = {}
#: the reader's fields the bureau fills in (the other columns of an issued table are fixed texts)
_INPUT_FIELDS = frozenset({"value", "score"})


def _issued(spec: Any, flavour: str) -> _Issued | None:
    """The issued template of ``spec`` (built once per process and flavour, blank)."""
    if flavour not in ("portable", "udf"):
        flavour = "portable"
    key = (spec.id, spec.version, flavour)
    if key not in _ISSUED:
        import tempfile
        from pathlib import Path

        from jixiao.io import load_workbook
        from jixiao.reading import read_workbook_tables
        from jixiao.templates.build import build_workbook
        from jixiao.templates.cell_text import HELPER_SHEET
        from jixiao.validation.checks import group_items

        with tempfile.TemporaryDirectory(prefix="jixiao-issued-") as d:
            out = Path(d) / ("t.xlsm" if flavour == "udf" else "t.xlsx")
            build_workbook(spec, flavour, out)
            lw = load_workbook(out, need_formulas=True)
        tables = read_workbook_tables(lw.sheets)
        found = None
        if tables:
            t = tables[0]
            grid = next(g for g in lw.sheets if g.name == t.sheet)
            rows = []
            for it in group_items(t):
                m = it.main
                refs = {"weight": m.weight.ref if m.weight else None,
                        "value": m.value.ref if m.value else None,
                        "score": m.score.ref if m.score else None,
                        "rule": m.rule_ref or (_ref(t, m.row, "rule")),
                        "standard": m.standard_ref,
                        "target": m.target.ref if m.target is not None else None}
                rows.append((m.level3_ref or "", m.level3 or "", refs,
                             [s.value.ref for s in it.subs if s.value is not None]))
            cols = tuple(sorted(c for f, c in t.columns.items() if f not in _INPUT_FIELDS))
            found = _Issued(sheet=t.sheet, header_row=t.header_row,
                            formulas={rc: (formula_key(f), f) for rc, f in grid.formulas.items()},
                            rows=rows, digest=formulas_digest(_by_a1(grid.formulas)),
                            columns=dict(t.columns), label_cols=cols,
                            labels=tuple(row_labels(grid, t.header_row + 1, t.last_row, cols)),
                            headers=_header_texts(grid, t.header_row),
                            helper=next((dict(g.formulas) for g in lw.sheets if g.name == HELPER_SHEET), {}))
        _ISSUED[key] = found
    return _ISSUED[key]


def _header_texts(grid: Grid, row: int) -> tuple[str, ...]:
    last = max((c for r, c in grid.values if r == row), default=0)
    return tuple(_squash(str(grid.values.get((row, c)) or "")) for c in range(1, last + 1))


def _column_moved(layout: _Issued | None, grid: Grid | None) -> tuple[int, str] | None:
    """(column, what) when the bureau inserted or deleted a column inside the issued table (its header row shifted):
    the 业绩值, 得分 and 计分规则 are then no longer where issued — read there, a 计分规则 is taken for a 得分 and
    the values for another column's (p41: 40 “计分规则与下发的模板不同” and no word of the column). Texts changed
    in place (a header renamed) and columns added after the table are not a shift."""
    if layout is None or grid is None or not layout.headers:
        return None
    issued, got = layout.headers, _header_texts(grid, layout.header_row)
    n = len(issued)
    if got[:n] == issued:
        return None
    i = next(k for k in range(n) if k >= len(got) or got[k] != issued[k])
    if i + 1 > max(layout.columns.values(), default=0):  # after every column read (the 校验 column): no shift
        return None
    if got[i + 1:n + 1] == issued[i:]:
        shown = str(grid.values.get((layout.header_row, i + 1)) or "").strip()
        return i + 1, f"是插入的列{f'（“{shown}”）' if shown else ''}，下发的评分表没有这一列"
    if got[i:n - 1] == issued[i + 1:]:
        return i + 1, f"下发的评分表此列为“{issued[i]}”，该列已被删除"
    return None


def archive_formulas(spec: Any, built: dict[str, Any]) -> Any:
    """Keep the formulas of the issued template next to its archived spec.

    ``built``: flavour -> path of the template just built from ``spec``. Each flavour's formulas
    are archived under their digest (:func:`archive_issued_formulas`, the archive a return is
    compared with), and once per version as ``issued/<id>/v<version>.formulas.json`` (flavour ->
    {"A1": formula text without "="}, ``"format": 2``; the fallback for returns that record no
    digest, written by jixiao before the digest). Archives without ``format`` (before format 2)
    hold the text upper-cased without spaces, text literals included: they are compared that
    way (:func:`jixiao.formula_key.formula_key` with ``squash_strings``). Returns the path of the
    per-version archive, or None when the spec has no file (not from a specs folder).
    """
    import json
    from pathlib import Path

    from jixiao.io import write_atomically

    if spec.path is None:
        return None
    sheets = {flavour: _sheet_formulas(path) for flavour, path in sorted(built.items())}
    for flavour, formulas in sheets.items():
        archive_issued_formulas(spec, flavour, formulas)
    target = Path(spec.path).parent / "issued" / spec.id / f"v{spec.version}.formulas.json"
    if target.exists():
        return target
    doc: dict[str, Any] = {"format": ARCHIVE_FORMAT, **sheets}
    target.parent.mkdir(parents=True, exist_ok=True)
    write_atomically(target, json.dumps(doc, ensure_ascii=False, indent=0).encode("utf-8"))
    return target


def _sheet_formulas(path: Any) -> dict[str, str]:
    """The 评分表 formulas of a built template: A1 -> text without "="."""
    from jixiao.io import load_workbook
    from jixiao.templates.build import SHEET

    lw = load_workbook(path, need_formulas=True)
    grid = next(g for g in lw.sheets if g.name == SHEET)
    return {ref: str(f).lstrip("=") for ref, f in sorted(_by_a1(grid.formulas).items())}


def _by_a1(formulas: dict[tuple[int, int], Any]) -> dict[str, str]:
    return {_a1(r, c): str(f) for (r, c), f in formulas.items()}


#: format of the archives keyed by digest (issued/<id>/formulas/<digest>.json)
DIGEST_FORMAT = 3
_DIGEST_RE = re.compile(r"[0-9a-f]{16}")


def _digest_path(spec: Any, digest: str) -> Any:
    from pathlib import Path

    from jixiao.templates.spec import default_specs_dir

    root = Path(spec.path).parent if spec.path is not None else default_specs_dir()
    return root / "issued" / spec.id / "formulas" / f"{digest}.json"


def archive_issued_formulas(spec: Any, flavour: str, formulas: dict[str, str],
                            digest: str | None = None, source: str = "") -> Any:
    """Archive one issued formula set as ``issued/<id>/formulas/<digest>.json`` beside the spec.

    ``formulas``: A1 -> text (with or without "="), as written into the template (the
    :class:`~jixiao.templates.build.BuildResult`) or read back from it; ``digest`` is their
    :func:`~jixiao.formula_key.formulas_digest` (computed when not given), recorded in every
    workbook built with them (``jixiao_formulas_hash``). Written once, atomically; an archive
    already there is kept (same digest, same formulas), only marked with ``source`` when given
    (:data:`ARCHIVED_FROM_COPIES`). Returns the path, or None when the spec has no file (and no
    ``source``: the copies' archive goes to the specs folder in use). Raises OSError when the
    folder cannot be written.
    """
    import json

    from jixiao.io import write_atomically

    if spec.path is None and not source:
        return None
    digest = digest or formulas_digest(formulas)
    target = _digest_path(spec, digest)
    doc = {"format": DIGEST_FORMAT, "template": spec.id, "version": spec.version,
           "flavour": flavour, "digest": digest,
           "formulas": {ref: str(f).lstrip("=") for ref, f in sorted(formulas.items())}}
    if target.exists():
        if not source or _recorded_formulas(spec, digest) is None:
            return target
        doc = json.loads(target.read_text(encoding="utf-8"))
        if doc.get("source") == source:
            return target
    if source:
        doc["source"] = source
    target.parent.mkdir(parents=True, exist_ok=True)
    write_atomically(target, json.dumps(doc, ensure_ascii=False, indent=0).encode("utf-8"))
    return target


#: ``source`` of an archive made from the untouched copies a city kept from a distribution
ARCHIVED_FROM_COPIES = "下发原件"


def archive_distributed_copy(path: Any) -> tuple[str, str]:
    """Archive the 评分表 formulas of an untouched distributed copy (``jixiao templates archive``).

    For returns issued by a jixiao that recorded no formula digest: once the copies the city kept
    from that distribution are archived, collect knows the formulas that version was issued with
    and reports a return's formula unlike them as changed. Returns (digest, Chinese line); raises
    InputError (Chinese) for a file that is not one of our templates or whose version was never
    issued.
    """
    from jixiao.io import load_workbook
    from jixiao.templates.build import PROP_FLAVOUR, PROP_FORMULAS, PROP_ID, PROP_VERSION, SHEET
    from jixiao.templates.spec import issued_spec

    lw = load_workbook(path, need_formulas=True)
    props = lw.properties or {}
    tid, version = props.get(PROP_ID), props.get(PROP_VERSION, "")
    flavour = props.get(PROP_FLAVOUR) or "portable"
    spec = issued_spec(tid, version) if tid else None
    grid = next((g for g in lw.sheets if g.name == SHEET), None)
    if not tid or grid is None:
        raise InputError("不是 jixiao 下发的评分表（没有模板编号或“评分表”工作表），未存档")
    if spec is None:
        raise InputError(f"模板 {tid} 第{version or '？'}版没有下发记录（规格目录不对？请加 --specs），未存档")
    formulas = _by_a1(grid.formulas)
    digest = formulas_digest(formulas)
    recorded = str(props.get(PROP_FORMULAS) or "")
    if recorded and recorded != digest:
        raise InputError(f"文件记录的公式编号 {recorded} 与其公式（{digest}）不符：公式已被改动，"
                         "不是下发原件，未存档")
    existed = _recorded_formulas(spec, digest) is not None
    archive_issued_formulas(spec, flavour, formulas, digest, source=ARCHIVED_FROM_COPIES)
    _RECORDED.pop(_digest_path(spec, digest), None)
    kind = "宏版" if flavour == "udf" else "通用版"
    return digest, (f"模板 {tid} 第{spec.version}版（{kind}）公式存档 {digest}"
                    f"（{'已有，标为下发原件' if existed else '新存档'}）")


_RECORDED: dict[Any, dict[tuple[int, int], tuple[str, str]]] = {}


def _recorded_formulas(spec: Any, digest: str) -> dict[tuple[int, int], tuple[str, str]] | None:
    """The formulas archived under ``digest``: (row, col) -> (key, "=" + text); None when there is
    no such archive, or it cannot be read, or its formulas do not give its digest (edited)."""
    import json

    if not _DIGEST_RE.fullmatch(digest):
        return None
    path = _digest_path(spec, digest)
    if path not in _RECORDED:  # only found archives are kept: one may be written later
        try:
            formulas = json.loads(path.read_text(encoding="utf-8"))["formulas"]
            if formulas_digest(formulas) != digest:
                return None
            _RECORDED[path] = {parse_a1(ref): (formula_key(text), "=" + str(text).lstrip("="))
                               for ref, text in formulas.items()}
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            return None
    return _RECORDED[path]


#: format of the archives written now (raw formula text); older archives are squashed
ARCHIVE_FORMAT = 2
_ARCHIVED: dict[tuple[str, int, str], tuple[bool, dict[tuple[int, int], tuple[str, str]]]] = {}


def _archived_formulas(spec: Any, flavour: str
                       ) -> tuple[bool, dict[tuple[int, int], tuple[str, str]]]:
    """The formulas archived when ``spec`` was issued, rc -> (key, text) ({} when there is no
    archive), and whether they must be compared with text literals squashed (an archive before
    format 2)."""
    key = (spec.id, spec.version, flavour)
    if key not in _ARCHIVED:
        import json

        from jixiao.templates.spec import issued_versions

        found: dict[tuple[int, int], tuple[str, str]] = {}
        squash = True
        archived = issued_versions(spec.id, spec.path.parent if spec.path else None).get(
            spec.version)
        if archived is not None:
            f = archived.with_name(f"v{spec.version}.formulas.json")
            try:
                doc = json.loads(f.read_text(encoding="utf-8"))
                squash = doc.get("format") != ARCHIVE_FORMAT
                found = {parse_a1(ref): (formula_key(text, squash), str(text).lstrip("="))
                         for ref, text in doc.get(flavour, {}).items()}
            except (OSError, ValueError, AttributeError):
                found = {}
        _ARCHIVED[key] = (squash, found)
    return _ARCHIVED[key]


def _ref(table: Any, row: int, field_name: str) -> str | None:
    from jixiao.grid import a1

    c = table.columns.get(field_name)
    return a1(row, c) if c is not None else None


def _formula_changes(spec: Any, flavour: str, grid: Grid, sheet: str,
                     digest: str = "") -> list[Finding]:
    """``issued-changed`` for every formula of the return that differs from the issued one.

    A return that records the digest of the formulas it was issued with (``jixiao_formulas_hash``)
    is compared with exactly those: the archive of that digest, or the template this jixiao builds
    when it writes the same formulas. A return without a digest (built before it was recorded) is
    compared as before: a formula equal to the template this jixiao builds or to the archive of
    its spec version is not changed. A digest without an archive is said (a warning), and the
    return is compared the old way.
    """
    issued = _issued(spec, flavour)
    out: list[Finding] = []
    if digest:
        recorded = _recorded_formulas(spec, digest)
        if recorded is None and issued is not None and issued.digest == digest:
            recorded = issued.formulas
        if recorded is not None:
            return [_changed(sheet, rc, shown, got) for rc, (want, shown) in recorded.items()
                    if (got := grid.formulas.get(rc)) is not None  # a constant: formula-replaced
                    and got != shown and formula_key(got) != want]
        shown_digest = digest if _DIGEST_RE.fullmatch(digest) else f"“{digest[:40]}”（格式不对）"
        out.append(finding("issued-formulas-unarchived", sheet, "",
                           f"文件记录的下发公式（编号 {shown_digest}）在规格目录的下发记录（issued 文件夹）"
                           "中没有存档（下发时未能存档，或汇总用的不是下发时的规格目录）：公式只能与本版 jixiao "
                           f"生成的模板及第{spec.version}版的存档比对；下发后升级过 jixiao 时，"
                           "“公式与下发的模板不同”可能只是 jixiao 版本的差别，请核对所列单元格的两个公式",
                           actual=digest[:40]))
    sets = _known_sets(spec, flavour, issued)
    diffs = [(label, copy, _differing(grid, cells)) for label, copy, cells in sets]
    if not diffs or any(not d for _label, _copy, d in diffs):
        return out  # as one of the formula sets issued with this version: untouched
    label, _copy, closest = min(diffs, key=lambda x: len(x[2]))
    if digest or any(copy for _label, copy, _d in diffs):
        # the sets this version was issued with are known (recorded digest, or the untouched
        # copies the city archived): a formula unlike the closest one was changed
        return out + [_changed(sheet, rc, shown, got) for rc, (shown, got) in sorted(closest.items())]
    refs = [_a1(*rc) for rc in sorted(closest)]
    shown_refs = "、".join(refs[:8]) + (f" 等 {len(refs)} 处" if len(refs) > 8 else "")
    return out + [finding(
        "issued-formulas-unknown", sheet, "",
        f"文件未记录下发公式的编号（由早于公式编号的 jixiao 下发），其公式与第{spec.version}版已知的各套"
        f"下发公式都不完全相同，与最接近的一套（{label}）有 {len(refs)} 处不同：{shown_refs}。"
        "可能只是下发时的 jixiao 版本不同，也可能被改动；得分已按下发规则核定。请把下发时留存的原件"
        "（未填写的下发文件）用“jixiao templates archive 下发文件夹”存档后重新汇总，即可确定是否被改动",
        expected=label, actual="、".join(refs), cells=tuple(refs))]


def rows_moved(spec: Any, flavour: str, grid: Grid, table: Any) -> RowChanges | None:
    """The rows inserted into or deleted from the 评分表 ``table`` (read on ``grid``) of a return of ``spec``,
    against its issued template (:mod:`jixiao.row_changes`); ``None`` when its rows are where the template has them,
    or its columns are not the template's (nothing to align)."""
    layout = _issued(spec, flavour)
    return _moved(layout, grid, table) if layout is not None and layout.items_of(grid) is None else None


def _moved(layout: _Issued | None, grid: Grid | None, table: Any) -> RowChanges | None:
    if layout is None or grid is None or table.columns != layout.columns:
        return None
    return align_rows(layout.labels, layout.header_row + 1, grid, table.header_row + 1, table.last_row,
                      layout.label_cols)


def _row_changes(sheet: str, moved: RowChanges, col: int) -> list[Finding]:
    """``issued-changed`` for each row inserted into (or deleted from) the issued table whose indicators are all
    still there (each is scored by its issued rule)."""
    out = [finding("issued-changed", sheet, _a1(r, col),
                   f"{_a1(r, col)}：第{r}行（{text}）是插入的行，下发的评分表没有这一行（行被增删）；"
                   "各指标仍按下发规则核定，插入行的内容未计分", actual=text)
           for r, text in moved.inserted]
    for r, text in moved.deleted:
        at = min((got for got, was in moved.rows.items() if was > r), default=0)
        where = _a1(at, col) if at else ""
        out.append(finding("issued-changed", sheet, where,
                           f"{where + '：' if where else ''}下发的评分表第{r}行（{text}）被删除（行被增删）；"
                           "各指标仍按下发规则核定", expected=text))
    return out


def _formula_changes_moved(spec: Any, flavour: str, grid: Grid, sheet: str, digest: str,
                           moved: RowChanges | None) -> list[Finding]:
    """:func:`_formula_changes` of a return whose rows were inserted or deleted (``moved``): each formula is
    compared at its issued row, with the references Excel moved read back as issued; the findings name the
    return's cells and its formulas."""
    if moved is None:
        return _formula_changes(spec, flavour, grid, sheet, digest)
    formulas, back = {}, {}
    for (r, c), text in grid.formulas.items():
        was = moved.issued_row(r)
        if was is not None:  # a formula in an inserted row is no issued formula
            formulas[(was, c)] = unshift_formula(text, sheet, moved.issued_row)
            back[_a1(was, c)] = (_a1(r, c), text)
    found = _formula_changes(spec, flavour, dataclasses.replace(grid, formulas=formulas), sheet, digest)
    refs = re.compile(r"(?<![A-Za-z$])[A-Z]{1,3}\d+(?!\d)")
    here = {was: got for was, (got, _text) in back.items()}

    def moved_back(f: Finding) -> Finding:
        text = back[f.cell][1] if f.check == "issued-changed" and f.cell in back else f.actual
        return dataclasses.replace(f, cell=here.get(f.cell, f.cell), actual=text,
                                   message=refs.sub(lambda m: here.get(m[0], m[0]), f.message),
                                   cells=tuple(here.get(c, c) for c in f.cells))

    return [moved_back(f) for f in found]


def _differing(grid: Grid, cells: dict[tuple[int, int], tuple[tuple[str, ...], str]]
               ) -> dict[tuple[int, int], tuple[str, str]]:
    """The cells whose formula is none of the keys of ``cells`` (rc -> (keys, shown)):
    rc -> (shown, the return's formula). A formula replaced by a constant is not listed
    (validation's formula-replaced says so)."""
    out = {}
    for rc, (keys, shown) in cells.items():
        got = grid.formulas.get(rc)
        if got is None or got == shown:
            continue
        if not any(formula_key(got, squash) == key
                   for squash, key in zip((False, True), keys, strict=False) if key):
            out[rc] = (shown, str(got))
    return out


def _known_sets(spec: Any, flavour: str, issued: _Issued | None
                ) -> list[tuple[str, bool, dict[tuple[int, int], tuple[tuple[str, ...], str]]]]:
    """Every formula set known to be issued with ``spec``'s version in ``flavour``, for a return
    that records no digest: (label, archived from the city's untouched copies, rc -> ((key,
    squashed key or ""), shown)). The template this jixiao builds, the version's archive
    (``v<n>.formulas.json``, older formats squashed) and every digest archive of this version."""
    import json

    sets = []
    if issued is not None:
        sets.append(("本版 jixiao 生成的模板", False,
                     {rc: ((key, ""), shown) for rc, (key, shown) in issued.formulas.items()}))
    squash, archived = _archived_formulas(spec, flavour)
    if archived:
        sets.append((f"第{spec.version}版存档", False,
                     {rc: (("", key) if squash else (key, ""), "=" + text)
                      for rc, (key, text) in archived.items()}))
    folder = _digest_path(spec, "0" * 16).parent
    for path in sorted(folder.glob("*.json")) if folder.is_dir() else []:
        try:
            doc = json.loads(path.read_text(encoding="utf-8"))
            same = doc.get("version") == spec.version and doc.get("flavour") == flavour
        except (OSError, ValueError, AttributeError):
            continue
        recorded = _recorded_formulas(spec, path.stem) if same else None
        if recorded is not None:
            copy = doc.get("source") == ARCHIVED_FROM_COPIES
            sets.append((f"存档 {path.stem}", copy,
                         {rc: ((key, ""), shown) for rc, (key, shown) in recorded.items()}))
    return sets


def _changed(sheet: str, rc: tuple[int, int], shown: str, got: Any) -> Finding:
    ref = _a1(*rc)
    return finding("issued-changed", sheet, ref, f"{ref}：公式与下发的模板不同（已被改动），按下发规则核定",
                   expected=shown, actual=str(got))


def _uncalculated(grid: Grid, items: list[Any]) -> bool:
    """Some score formula has no stored result although its row has inputs."""
    for it in items:
        s = it.main.score
        if s is None or not s.is_blank:
            continue
        if parse_a1(s.ref) in grid.formulas and _has_inputs(it):
            return True
    return False


def _has_inputs(it: Any) -> bool:
    return not _blank(it.main.value) or any(not _blank(s.value) for s in it.subs)


# --------------------------------------------------------------------------- findings


def _merge(report: Report, added: list[Finding], v: Verification, items: list[Any],
           grid: Grid | None, sheet: str) -> None:
    """Fold 核定 into the report's findings (see module doc). ``sheet``: the sheet verified; on a return
    of our template, what validation found on the bureau's other tables (a copy of last year's table)
    is said once, not as findings of the return."""
    if v.issued:  # the issued rules decide every row (differences: 核定 findings), not the default's reminders
        report.findings = [f for f in report.findings if f.check != "selfeval-default"]
    others = sorted({t.sheet for t in report.tables} - {sheet}) if v.issued else []
    if others:
        report.findings = [f for f in report.findings if f.sheet not in others]
        added.append(finding("extra-sheet-ignored", "", "",
                             "工作簿中另有工作表" + "、".join(f"“{n}”" for n in others)
                             + f"，不是下发的评分表，未检查；得分按“{sheet}”核定", actual="、".join(others)))
    # what a score cell shows when it is not a number: "（空）", or its text ("#VALUE!" where a
    # program without our functions saved the 宏版)
    shown_as = {it.main.score.ref: ("（空）" if it.main.score.is_blank else f"“{it.main.score.raw}”")
                for it in items if it.main.score is not None}
    for row in v.rows if v.issued else []:  # hand-made tables: validation's score-mismatch
        if row.verified is None or not row.cell:
            continue
        if row.reported is None and v.computed:
            continue  # not calculated: nothing reported to compare
        if row.reported is None or abs(row.reported - row.verified) > SCORE_TOL:
            shown = shown_as.get(row.cell, "（空）") if row.reported is None else _d(row.reported)
            added.append(finding("verified-differs", sheet, row.cell,
                                 f"{row.cell}：指标“{row.name}”表中得分 {shown}，核定得分 "
                                 f"{_d(row.verified)}（{v.basis}）",
                                 expected=_d(row.verified), actual=shown))
    if v.issued:  # a row the issued rules 核定: validation read the sheet without the spec's unit ("1,500,000元" in a
        # 万元 row as 1 500 000, p24/p31) — its score-mismatch there is not the row's; verified-differs says a difference
        decided = {r.cell for r in v.rows if r.verified is not None and r.cell}
        report.findings = [f for f in report.findings if not (f.check == "score-mismatch" and f.cell in decided)]
    refused = {r.why_cell for r in v.rows if r.why}
    # a hint does not say why a row has no 核定 ("“√”…得分只做范围检查" beside a refused level row, p26): it goes
    report.findings = [f for f in report.findings if not (f.check == "rule-unreadable" and f.cell in refused)]
    said = {f.cell for f in [*report.findings, *added] if f.sheet == sheet and f.severity is not Severity.INFO}
    for row in v.rows:  # the row's input is there but gives no 核定: validation's finding at that input says why
        if row.why and row.why_cell not in said:  # (value-unreadable, implausible-value); else this one
            added.append(finding("row-unverified", sheet, row.why_cell,
                                 f"{row.why_cell}：指标“{row.name}”无法核定：{row.why}；本表不给出核定总分和核定等级"
                                 "（表中的总分仅为单位自报）"))
    if v.computed:
        added.append(finding("formulas-uncalculated", "", "",
                             "公式未计算，已由 jixiao 计算（文件由程序保存或打开后未重新计算）"))
    root: dict[str, bool] = {}  # score cells whose input was found unreadable
    for it in items if v.issued else []:  # template scores are computed from their inputs
        s = it.main.score
        if s is None:
            continue
        cells = {c.ref for c in [it.main.value, *(x.value for x in it.subs)] if c is not None}
        if any(f.check in ("value-unreadable", "row-unverified") and f.cell in cells
               for f in [*report.findings, *added]):
            root[s.ref] = True
    errors_at = {f.cell for f in added if f.severity is Severity.ERROR}
    # a 宏版 whose functions did not run: validation said so once; its cells' echoes go, and the
    # finding says the scores below are 核定 (kept: every input finding, every changed formula)
    from jixiao.validation.template_checks import echoes_not_run, error_cells, udf_not_run_cells

    not_run = set(udf_not_run_cells(grid)) if grid is not None else set()
    helper_gone = grid is not None and v.issued and any(f.check == "helper-deleted" for f in report.findings)
    if helper_gone:
        not_run |= error_cells(grid)  # what the formulas show without their helper sheet: one finding says so
    blank_formulas = set()
    if v.computed and grid is not None:
        blank_formulas = {ref for (r, c) in grid.formulas
                          for ref in [_a1(r, c)] if grid.values.get((r, c)) in (None, "")}
    kept: list[Finding] = []
    for f in [*report.findings, *added]:
        if f.check in _REPLACED and f.cell in errors_at:
            continue
        if f.check in _FOLLOW_ON and f.cell in root:
            continue
        if f.check in _UNCALCULATED and f.cell in blank_formulas:
            continue
        if not_run and echoes_not_run(f, not_run):
            continue
        if helper_gone and f.check == "issued-changed" and _helper_lost(f):
            continue  # Excel's #REF! where the formula read the deleted helper sheet: helper-deleted says it once
        if f.check == "helper-deleted" and v.issued:
            f = dataclasses.replace(f, message=f"{f.message}；核定分按填报值重算（{v.basis}）")
        if f.check == "udf-not-run" and v.issued:
            f = dataclasses.replace(f, message=f"{f.message}；以下得分{v.basis}核定")
        if f.check == "score-missing" and v.fill == FILL_BLANK:
            continue  # the status 未填写 says it once
        if f.check == "formula-replaced" and (f.actual in ("", "None")):
            f = dataclasses.replace(f, message=f"{f.cell}：公式被删除（单元格为空），已按下发规则核定")
        if v.template and f"模板 {v.template} " in f.message:  # the chief reads the title, not the id
            f = dataclasses.replace(f, message=f.message.replace(f"模板 {v.template} ", "下发的模板"))
        if f.check in v.known.get(f.cell, ()) and f.severity is not Severity.ERROR:
            # recorded in the issued spec: the published table's problem, not the bureau's
            f = dataclasses.replace(f, severity=Severity.INFO,
                                    message=f"{KNOWN_PREFIX}{f.message}")
        elif f.check == "implausible-value" and f.expected and f.cell not in refused:
            # our template's sheet reads such a number on % bands as percent points, as the 核定 does (p15; a
            # hand-made table's 核定 too): the score is not in doubt, the cell only shows it oddly (a score typed
            # for the other reading: verified-differs)
            f = dataclasses.replace(f, message=f"{f.message}，已按 {f.expected} 核定")
        elif f.check in _RAISED:
            f = dataclasses.replace(f, severity=Severity.ERROR)
        kept.append(f)
    report.findings = _dedupe(kept)


def _helper_lost(f: Finding) -> bool:
    """``f`` (issued-changed) is a formula that read the helper sheet and shows #REF! in its place — what Excel
    writes when the sheet is deleted — and is otherwise as issued."""
    from jixiao.templates.cell_text import HELPER_SHEET

    lost = re.sub(rf"'?{HELPER_SHEET}'?!\$?[A-Z]{{1,3}}\$?\d+(?::\$?[A-Z]{{1,3}}\$?\d+)?", "#REF!", f.expected)
    return HELPER_SHEET in f.expected and formula_key(lost) == formula_key(f.actual)


def _a1(r: int, c: int) -> str:
    from jixiao.grid import a1

    return a1(r, c)


def _dedupe(findings: list[Finding]) -> list[Finding]:
    seen, out = set(), []
    for f in findings:
        key = (f.check, f.sheet, f.cell, "" if f.cell else f.message)
        if key not in seen:
            seen.add(key)
            out.append(f)
    return out
