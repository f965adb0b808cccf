"""Ratio rows through the product path: spec → roster with amounts → ``distribute`` → clients → ``collect --specs``.

Shared by ``test_corpus_ratio_rows.py`` (corpus sentences on ratio rows) and ``test_ratio_cent_edges.py`` (amounts with
角分 whose exact quotient is a band edge). A ratio row ``i`` has its own amount labels (``实际支出{i}`` / ``预算数{i}``),
so one roster row (one bureau, one workbook) can give every row of the spec its own pair of amounts.
"""

from __future__ import annotations

import functools
import json
import shutil
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
import pytest
import yaml
from click.testing import CliRunner

from jixiao.cli import cli
from jixiao.distribute import distribute
from jixiao.roster import read_roster
from jixiao.rules.grammar import parse_rule
from jixiao.templates.spec import TemplateSpec, load_spec

TOL = Decimal("1e-9")


@dataclass(frozen=True)
class RatioRow:
    """One ratio row of the spec: its rule and weight, and per bureau the amounts and the expected 得分."""

    name: str
    rule: str
    weight: Decimal
    #: one (实际支出, 预算数, expected score) per roster row; None leaves the row's amounts blank in that workbook
    cases: tuple[tuple[Any, Any, Decimal] | None, ...]


def numerator(i: int) -> str:
    return f"实际支出{i}"


def denominator(i: int) -> str:
    return f"预算数{i}"


def write_spec(rows: list[RatioRow], folder: Path, spec_id: str) -> TemplateSpec:
    """A spec of ratio rows (one section, one group) written as ``folder/<spec_id>.yaml``."""
    total = sum((r.weight for r in rows), Decimal(0))
    indicators = [{"name": r.name, "standard": r.rule, "weight": float(r.weight),
                   "scoring": {"kind": "ratio", "numerator": numerator(i), "denominator": denominator(i),
                               "rule": r.rule}}
                  for i, r in enumerate(rows)]
    for ind, r in zip(indicators, rows, strict=True):
        if parse_rule(r.rule).max_points(r.weight) != r.weight:  # as `templates new` records it
            ind["known_issues"] = [{"check": "rule-max-weight", "note": "规则最高得分与分值不符（原文如此）"}]
    doc = {"id": spec_id, "version": 1, "title": "{单位名称}评分表", "source": "测试（比率行）",
           "full": float(total),
           "sections": [{"name": "资金管理", "weight": float(total),
                         "groups": [{"name": "预算执行", "weight": float(total), "indicators": indicators}]}]}
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{spec_id}.yaml"
    path.write_text(yaml.safe_dump(doc, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return load_spec(path)


def bureau(k: int) -> str:
    return f"单位{k:02d}"


def distribute_rows(rows: list[RatioRow], spec: TemplateSpec, tmp: Path,
                    flavours: tuple[str, ...] = ("portable", "udf")) -> dict[str, list[Path]]:
    """A roster (one bureau per case index, amounts as Excel stores typed numbers, or text as typed), then
    ``distribute`` in each flavour: ``{flavour: [workbook of bureau 0, 1, …]}``."""
    n = max(len(r.cases) for r in rows)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["单位名称"] + [h for i in range(len(rows)) for h in (numerator(i), denominator(i))])
    for k in range(n):
        line: list[Any] = [bureau(k)]
        for r in rows:
            case = r.cases[k] if k < len(r.cases) else None
            line += [None, None] if case is None else [_typed(case[0]), _typed(case[1])]
        ws.append(line)
    wb.save(tmp / f"{spec.id}.名单.xlsx")
    roster = read_roster(tmp / f"{spec.id}.名单.xlsx", spec)
    return {fl: [d.path for d in distribute(spec, roster, tmp / fl, fl)] for fl in flavours}


def _typed(amount: Any) -> Any:
    """A Decimal as Excel stores the typed number (a double); text stays text (typed as "1,000.20元")."""
    return float(amount) if isinstance(amount, Decimal) else amount


def score_cells(path: Path) -> dict[str, tuple[str, str]]:
    """Indicator name → (业绩值 cell, 得分 cell) of the 评分表 sheet."""
    ws = openpyxl.load_workbook(path)["评分表"]
    head = next(r for r in range(1, 12) if any(c.value == "得分" for c in ws[r]))
    col = {c.value: c.column_letter for c in ws[head] if c.value}
    out = {}
    for r in range(head + 1, ws.max_row + 1):
        name = ws[f"{col['三级指标']}{r}"].value
        if isinstance(name, str) and not name.startswith("　"):
            out[name] = (f"{col.get('业绩值') or col['实际完成值']}{r}", f"{col['得分']}{r}")  # 自评表: 实际完成值
    return out


def expected_jobs(rows: list[RatioRow], books: list[Path]) -> list[tuple[Path, str, str, str, Decimal]]:
    """(workbook, row name, 业绩值 cell, 得分 cell, expected score) for every filled case."""
    jobs = []
    for k, book in enumerate(books):
        cells = score_cells(book)
        for r in rows:
            case = r.cases[k] if k < len(r.cases) else None
            if case is not None:
                jobs.append((book, r.name, *cells[r.name], case[2]))
    return jobs


def mismatches(jobs: list[tuple[Path, str, str, str, Decimal]], value_of: Any) -> list[str]:
    """Rows whose 得分 (``value_of(book, cell)``) is not the expected score."""
    bad = []
    for book, name, rate_cell, cell, expected in jobs:
        got = value_of(book, cell)
        if not isinstance(got, int | float) or isinstance(got, bool) \
                or abs(Decimal(str(got)) - expected) > TOL:
            bad.append(f"{book.name} {name}: 执行率 {value_of(book, rate_cell)!r} → 得分 {got!r}（应为 {expected}）")
    return bad


@functools.cache
def _values(book: Path) -> Any:
    return openpyxl.load_workbook(book, data_only=True)["评分表"]


def cached(book: Path, cell: str) -> Any:
    """The value stored in ``cell`` of the 评分表 sheet (what we wrote, or what a client recalculated)."""
    return _values(book)[cell].value


def collect_verified(spec_paths: list[Path], books: list[Path], tmp: Path) -> tuple[dict[tuple[str, str], Any], list]:
    """``collect --specs`` on the returned workbooks: ``{(file name, row name): verified 得分}`` and the findings
    (re-scored from the inputs by the issued specs, never from the cached 得分)."""
    rows, findings = collect_rows(spec_paths, books, tmp)
    return {key: row["verified"] for key, row in rows.items()}, findings


def collect_rows(spec_paths: list[Path], books: list[Path], tmp: Path) -> tuple[dict[tuple[str, str], Any], list]:
    """:func:`collect_verified` with each row of the JSON whole (``verified``, ``why`` …)."""
    specs, back = tmp / "specs", tmp / "back"
    specs.mkdir(parents=True)
    back.mkdir()
    for y in spec_paths:
        shutil.copy(y, specs / y.name)
    for f in books:
        shutil.copy(f, back / f.name)
    runner = CliRunner()
    with pytest.MonkeyPatch.context() as mp:  # --specs sets the folder for the process: undone after
        mp.setenv("JIXIAO_SPECS_DIR", str(specs))
        r = runner.invoke(cli, ["templates", "build", "--specs", str(specs), "--out", str(tmp / "tpl")])
        assert r.exit_code == 0, r.output
        runner.invoke(cli, ["collect", str(back), "--specs", str(specs), "--out", str(tmp / "sum.xlsx"),
                            "--json", str(tmp / "sum.json"), "-j", "1"])
    files = json.loads((tmp / "sum.json").read_text(encoding="utf-8"))["files"]
    rows = {(f["path"].replace("\\", "/").rsplit("/", 1)[-1], row["name"]): row
            for f in files for row in (f.get("verified") or {}).get("rows", [])}
    return rows, [x for f in files for x in f.get("findings", [])]


def build(rows: list[RatioRow], tmp: Path, spec_id: str) -> dict[str, Any]:
    """The ratio modules' fixture: spec, roster and both flavours distributed; the expected jobs per flavour."""
    spec = write_spec(rows, tmp / "spec", spec_id)
    books = distribute_rows(rows, spec, tmp)
    return {"tmp": tmp, "rows": rows, "spec": tmp / "spec" / f"{spec_id}.yaml", "books": books,
            "jobs": {fl: expected_jobs(rows, b) for fl, b in books.items()}}


def libreoffice_mismatches(built: dict[str, Any]) -> list[str]:
    """The portable workbooks of ``built`` recalculated by LibreOffice: rows whose 得分 is not the expected score."""
    from tests import lo

    recalculated = lo.recalc_many(built["books"]["portable"], built["tmp"] / "lo")
    return mismatches(built["jobs"]["portable"], lambda b, c: cached(recalculated[b], c))


def collect_mismatches(spec_path: Path, built: dict[str, Any]) -> tuple[list[str], list]:
    """``collect --specs`` on both flavours of ``built`` (the ratio modules' fixture): rows whose verified 得分 is not the
    expected score, and the findings."""
    books = [b for fl in ("portable", "udf") for b in built["books"][fl]]
    verified, findings = collect_verified([spec_path], books, built["tmp"] / "collect")
    bad = []
    for fl in ("portable", "udf"):
        for book, name, _rate, _cell, expected in built["jobs"][fl]:
            got = verified.get((book.name, name))
            if got is None or abs(Decimal(str(got)) - expected) > TOL:
                bad.append(f"{book.name} {name}: 核定 {got!r}（应为 {expected}）")
    return bad, findings
