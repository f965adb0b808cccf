"""Checks that apply only to workbooks made from our templates (document properties present)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from jixiao.grid import Grid, parse_a1
from jixiao.reading.model import ScoringTable
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
    if len(rows) != len(items):
        yield finding("template-modified", sheet, f"A{table.header_row}",
                      f"评分表有 {len(items)} 个指标行，模板 {spec.id} 有 {len(rows)} 个（行被增删）",
                      expected=str(len(rows)), actual=str(len(items)))
        return
    for ind, it in zip(rows, items, strict=True):
        yield from _row_matches(sheet, ind, it)
        yield from _formulas_kept(sheet, grid, ind, it)
    for t in table.totals:
        if t.score is not None:
            yield from _must_be_formula(sheet, grid, t.score.ref, f"{t.label}得分")
    if table.grade is not None:
        yield from _must_be_formula(sheet, grid, table.grade.ref, "等级")


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


__all__ = ["check_template", "known_specs", "spec_for"]
