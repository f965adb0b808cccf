"""Shared by the unit tests of p22 and p24: one rule row per case (rule, unit, 业绩值, expected), both flavours built with
the values prefilled and a copy with every text typed into its cell, and the checks of a score cell and of collect.

``expected``: a number is the score; a str the core's reason (the cell shows it after "#JIXIAO! "); ``None``: no score
(each client says why in its own words); "": the cell left blank, the score cell blank too.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml

from jixiao.templates.build import Filled, build_workbook
from jixiao.templates.spec import load_spec
from tests.templates.product_path import collect_rows, score_cells
from tests.xlsx_edit import set_texts

#: (rule, the row's unit, 业绩值, expected)
Case = tuple[str, str, Any, Any]


def name(k: int) -> str:
    return f"指标{k:02d}"


#: a spec's indicator (without name and weight) for a case: by default a rule row, 评分标准 “测试”
Indicator = Callable[[int, Case], dict[str, Any]]


def rule_row(_k: int, case: Case, standard: str = "测试") -> dict[str, Any]:
    rule, unit, _v, _want = case
    return {"standard": standard, "scoring": {"kind": "rule", "rule": rule, **({"unit": unit} if unit else {})}}


def rule_rows(standards: list[str]) -> Indicator:
    """Rule rows whose 评分标准 is ``standards[k]`` for case ``k``."""
    return lambda k, case: rule_row(k, case, standards[k])


def write_spec(folder: Path, spec_id: str, source: str, cases: list[Case],
               label: Callable[[int], str] = name, indicator: Indicator = rule_row) -> Path:
    """A spec of one row (分值 5) per case — ``indicator`` (a rule row, no unit where it is ""), row ``k`` named
    ``label(k)``."""
    inds = [{"name": label(k), "weight": 5, **indicator(k, case)} for k, case in enumerate(cases)]
    full = 5 * len(inds)
    doc = {"id": spec_id, "version": 1, "title": "{单位名称}评分表", "source": source, "full": full,
           "sections": [{"name": "产出", "weight": full, "groups": [{"name": "数量", "weight": full,
                                                                    "indicators": inds}]}]}
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{spec_id}.yaml"
    path.write_text(yaml.safe_dump(doc, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def build_books(tmp: Path, spec_id: str, source: str, cases: list[Case],
                label: Callable[[int], str] = name, indicator: Indicator = rule_row) -> dict[Any, Any]:
    """Both flavours built with the values prefilled ("built", flavour) and a copy with every text typed into its cell
    ("typed", flavour); "spec" the spec's path, "tmp" the folder."""
    spec_path = write_spec(tmp / "spec", spec_id, source, cases, label, indicator)
    spec = load_spec(spec_path)
    values = {ind.path: v for ind, (_r, _u, v, _w) in zip(spec.indicators(), cases, strict=True)}
    out: dict[Any, Any] = {"spec": spec_path, "tmp": tmp}
    for flavour in ("portable", "udf"):
        ext = "xlsx" if flavour == "portable" else "xlsm"
        built = tmp / "built" / f"built_{flavour}.{ext}"
        built.parent.mkdir(exist_ok=True)
        build_workbook(spec, flavour, built, Filled(values, "甲县", "2024"))
        typed = tmp / "typed" / f"typed_{flavour}.{ext}"
        typed.parent.mkdir(exist_ok=True)
        shutil.copy(built, typed)
        cells = score_cells(built)
        set_texts(typed, {cells[label(k)][0]: v for k, (_r, _u, v, _w) in enumerate(cases) if isinstance(v, str)})
        out["built", flavour], out["typed", flavour] = built, typed
    return out


def value_prompts(books: dict[Any, Any], cases: list[Case], label: Callable[[int], str] = name) -> dict[Any, Any]:
    """The 业绩值 input prompt of each case's row, per flavour: {(flavour, k): prompt} (p38, p40)."""
    import openpyxl

    out = {}
    for flavour in ("portable", "udf"):
        book = books["built", flavour]
        cells = score_cells(book)
        ws = openpyxl.load_workbook(book)["评分表"]
        prompts = {str(dv.sqref): dv.prompt for dv in ws.data_validations.dataValidation}
        for k in range(len(cases)):
            out[flavour, k] = prompts.get(cells[label(k)][0])
    return out


def numeric_text(v: Any, _want: Any = None) -> bool:
    """A case to skip under the `formulas` engine: it compares numeric text with numbers as text (p22's note)."""
    return isinstance(v, str) and any(ch.isdigit() for ch in v)


def score_ok(got: Any, want: Any) -> bool:
    """A score cell's value ``got`` is what ``want`` says ("": blank; a tuple: any of its answers, p39)."""
    if isinstance(want, tuple):
        return any(score_ok(got, w) for w in want)
    if want == "":
        return got in ("", None)
    if isinstance(want, str):
        return got == f"#JIXIAO! {want}"
    if want is None:
        return isinstance(got, str) and got.startswith("#JIXIAO!")
    return isinstance(got, int | float) and not isinstance(got, bool) and abs(got - want) < 1e-9


def wrong_scores(value_of: Callable[[Path, str], Any], book: Path, cases: list[Case],
                 skip: Callable[[Any, Any], bool] = lambda _v, _w: False,
                 label: Callable[[int], str] = name) -> list[str]:
    """Each case whose 得分 cell (``value_of(book, cell)``) is not the expected one, but those ``skip(value, want)``."""
    cells = score_cells(book)
    bad = []
    for k, (_rule, _unit, v, want) in enumerate(cases):
        if skip(v, want):
            continue
        got = value_of(book, cells[label(k)][1])
        if not score_ok(got, want):
            bad.append(f"{v!r}: 得分 {got!r}（应为 {want!r}）")
    return bad


def collected_ok(row: dict[str, Any], want: Any) -> bool:
    """collect's JSON row is what ``want`` says (as :func:`score_ok`: "" blank, a str the reason, ``None`` any
    refusal, a number the 核定, a tuple any of its answers)."""
    if isinstance(want, tuple):
        return any(collected_ok(row, w) for w in want)
    if want == "":  # blank: no 核定
        return row["verified"] is None
    if isinstance(want, str):
        return row["verified"] is None and row["why"] == want
    if want is None:
        return row["verified"] is None and bool(row["why"])
    return row["verified"] is not None and abs(row["verified"] - want) < 1e-9


def wrong_collected(books: dict[Any, Any], cases: list[Case], label: Callable[[int], str] = name) -> list[str]:
    """Each case that collect (both typed books) does not 核定 as expected, or refuses with another reason."""
    typed = [books["typed", "portable"], books["typed", "udf"]]
    rows, _findings = collect_rows([books["spec"]], typed, books["tmp"] / "collect")
    bad = []
    for book in typed:
        for k, (_rule, _unit, v, want) in enumerate(cases):
            row = rows[book.name, label(k)]
            if not collected_ok(row, want):
                bad.append(f"{book.name} {v!r}: 核定 {row['verified']!r}，原因 {row.get('why')!r}（应为 {want!r}）")
    return bad


def wrong_shipped(tmp: Path, flavour: str, cases: list[tuple[str, str, str, Any]]) -> list[str]:
    """Each (spec id, row name, text typed, expected) whose shipped template of ``flavour`` — a copy with the text
    typed into that row's 业绩值, recalculated by the `formulas` engine — does not show the expected 得分."""
    from jixiao.templates.build import file_name
    from jixiao.templates.spec import load_all_specs
    from tests.formulas_eval import evaluate

    specs = {s.id: s for s in load_all_specs()}
    bad = []
    for k, (spec_id, row, text, want) in enumerate(cases):
        shipped = Path(__file__).parents[2] / "workbook_templates" / file_name(specs[spec_id], flavour)
        value_cell, score_cell = score_cells(shipped)[row]
        book = tmp / f"shipped_{k}{shipped.suffix}"
        shutil.copy(shipped, book)
        set_texts(book, {value_cell: text})
        got = evaluate(book)[f"评分表!{score_cell}"]
        if not score_ok(got, want):
            bad.append(f"{spec_id} {row} {text!r}: {got!r}（应为 {want!r}）")
    return bad


def wrong_recalculated(book: Path, cases: list[Case], skip: Callable[[Any, Any], bool] = lambda _v, _w: False,
                       label: Callable[[int], str] = name) -> list[str]:
    """:func:`wrong_scores` of ``book`` recalculated by the `formulas` engine."""
    from tests.formulas_eval import evaluate

    values = evaluate(book)
    return wrong_scores(lambda _b, cell: values[f"评分表!{cell}"], book, cases, skip, label)


#: one set of rows to check: (the books of :func:`build_books`, "typed" or "built", the cases, their rows' label)
Run = tuple[dict[Any, Any], str, list[Case], Callable[[int], str]]


def wrong_in_libreoffice(runs: list[Run], tmp: Path) -> list[str]:
    """:func:`wrong_scores` of each run's portable book recalculated by LibreOffice (one batch)."""
    from tests import lo
    from tests.templates.product_path import cached

    copies = [tmp / f"book{k}.xlsx" for k in range(len(runs))]  # recalc_many: the names must differ
    for copy, (books, how, _c, _l) in zip(copies, runs, strict=True):
        shutil.copy(books[how, "portable"], copy)
    done = lo.recalc_many(copies, tmp / "lo")
    return [f"{copy.name}: {bad}" for copy, (_b, _h, cases, label) in zip(copies, runs, strict=True)
            for bad in wrong_scores(cached, done[copy], cases, label=label)]


def wrong_refused_findings(books: dict[Any, Any], cases: list[Case], label: Callable[[int], str], tmp: Path,
                           elsewhere: Callable[[Any], bool] = lambda _w: False) -> list[str]:
    """validate alone on the typed portable book saved by a program that does not recalculate (openpyxl keeps no
    cached 得分), the issued spec known (as `validate --specs`): each case whose 业绩值 does not get exactly the
    core's reason as ``value-refused`` (错误) — none for a score, nor where ``elsewhere(want)`` (another check says
    why)."""
    import openpyxl
    import pytest

    from jixiao.validation import validate_workbook

    saved = tmp / f"uncalculated_{label(0)}.xlsx"
    openpyxl.load_workbook(books["typed", "portable"]).save(saved)
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("JIXIAO_SPECS_DIR", str(books["spec"].parent))
        found = validate_workbook(saved).findings
    cells = score_cells(books["typed", "portable"])
    bad = []
    for k, (_r, _u, v, want) in enumerate(cases):
        value_cell = cells[label(k)][0]
        said = [(f.severity.value, f.message) for f in found if f.cell == value_cell and f.check == "value-refused"]
        refused = isinstance(want, str) and not elsewhere(want)
        if said != ([("错误", f"{value_cell}：指标“{label(k)}”：{want}")] if refused else []):
            bad.append(f"{v!r}: {said!r}（应为 {want!r}）")
    return bad
