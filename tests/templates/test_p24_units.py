"""A unit typed in a money / count / percent-spec row: read in the row's unit, or no score — every client alike (p24).

Before (p22's "Left"), in a rule row whose spec unit is 万元 (rule ">200: W; <=200: prop", 分值 5) "150万元" and "150万"
scored 5 in every client (read as 1 500 000 > 200) and "150元" 3.75 (read as 150, it is 0.015 万元); in a count row
(unit 次, "*: W - 1 per 1") "3%" scored 4.97 (0.03 of one) and "3分" 2; in a "*: prop" row whose unit is "%" "95分" had
full marks. Now (the core's ``rules.target.in_row_unit`` / ``unit_against_row``, one decision for collect, the build's
cached scores, SCORE_RANGE's new fourth argument and the portable helper's columns K/L):

- text with the row's own unit is its number in that unit: "150万元" in a 万元 row is 150; "150万" too (万 alone is the
  row's multiplier: 150 万 = 150 万元); "3次" in a 次 row is 3, and any count word is the same count ("3处", "3人次");
  "92分" in a 分 row is 92;
- any other unit is refused with "单位不符：该行单位为“万元”，填的是“150元”（单位“元”），无法计分，请按“万元”填写"
  (a % row keeps p22's text "…该行按百分比计分…");
- numbers and bare numbers are read in the row's unit as before.

Expected values by hand from each rule: 150 ≤ 200 → 150 ÷ 200 × 5 = 3.75; 250 > 200 → 5; a count of 3 → 5 − 3 = 2;
"*: prop" with 95 % → 0.95 × 5 = 4.75; "≥90 → 5, else 0" with 92 → 5, with 85 → 0. Numeric text ("150") is left out of
the `formulas` runs (that engine compares the text "150" with numbers as text, p22's note).
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml

from jixiao.templates.build import Filled, build_workbook
from jixiao.templates.spec import load_spec
from tests import lo
from tests.templates.product_path import cached, collect_rows, score_cells
from tests.xlsx_edit import set_texts

MONEY = (">200: W; <=200: prop", "万元")
COUNT = ("*: W - 1 per 1", "次")
SHARE = ("*: prop", "%")
POINTS = (">=90: 5; <90: 0", "分")


def said(row_unit: str, value: str, unit: str) -> str:
    return f"单位不符：该行单位为“{row_unit}”，填的是“{value}”（单位“{unit}”），无法计分，请按“{row_unit}”填写"


def said_percent(value: str, unit: str) -> str:
    return f"单位不符：该行按百分比计分，填的是“{value}”（单位“{unit}”），无法计分，请改填百分比"


#: ((rule, unit), 业绩值, expected): a number is the score; a str the reason (after "#JIXIAO! "); None: no score
CASES: list[tuple[tuple[str, str], Any, Any]] = [
    (MONEY, "150万元", 3.75),  # was 5 everywhere (1 500 000 > 200)
    (MONEY, "150万", 3.75),  # was 5: 万 alone in a 万元 row is 150 万元
    (MONEY, "１５０ 万元", 3.75),
    (MONEY, "250万元", 5),
    (MONEY, "150元", said("万元", "150元", "元")),  # was 3.75: it is 0.015 万元
    (MONEY, "1,500,000元", said("万元", "1,500,000元", "元")),  # was 5
    (MONEY, "0.015亿元", said("万元", "0.015亿元", "亿元")),
    (MONEY, "150分", said("万元", "150分", "分")),  # was 3.75
    (MONEY, "150%", said("万元", "150%", "%")),  # was 0.0375
    (MONEY, "150万人", said("万元", "150万人", "万人")),
    (MONEY, "150", 3.75),  # a bare number: in the row's unit, as before
    (MONEY, 150, 3.75),
    (MONEY, "150万元以上", None),
    (COUNT, "3次", 2),
    (COUNT, "3处", 2),  # another count word: the same count
    (COUNT, "3人次", 2),
    (COUNT, 3, 2),
    (COUNT, "3", 2),
    (COUNT, "3%", said("次", "3%", "%")),  # was 4.97
    (COUNT, "3分", said("次", "3分", "分")),  # was 2
    (COUNT, "3万", said("次", "3万", "万")),  # was 0
    (COUNT, "3人", said("次", "3人", "人")),
    (COUNT, "三次", None),
    (SHARE, "95分", said_percent("95分", "分")),  # was 5
    (SHARE, "95万", said_percent("95万", "万")),
    (SHARE, "95%", 4.75),
    (SHARE, 0.95, 4.75),
    (POINTS, "92分", 5),  # a 分 row ("≥90分") reads 分
    (POINTS, "85分", 0),
    (POINTS, 92, 5),
    (POINTS, "92%", said("分", "92%", "%")),
]


def _name(k: int) -> str:
    return f"指标{k:02d}"


def _spec(folder: Path) -> Path:
    inds = [{"name": _name(k), "standard": "测试", "weight": 5, "scoring": {"kind": "rule", "rule": rule, "unit": unit}}
            for k, ((rule, unit), _v, _want) in enumerate(CASES)]
    full = 5 * len(inds)
    doc = {"id": "p24-units", "version": 1, "title": "{单位名称}评分表", "source": "测试（业绩值的单位）", "full": full,
           "sections": [{"name": "产出", "weight": full, "groups": [{"name": "数量", "weight": full,
                                                                    "indicators": inds}]}]}
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "p24-units.yaml"
    path.write_text(yaml.safe_dump(doc, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def books(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """Both flavours built with the values prefilled (as built) and a copy with every text typed into its cell."""
    tmp = tmp_path_factory.mktemp("p24-units")
    spec_path = _spec(tmp / "spec")
    spec = load_spec(spec_path)
    values = {ind.path: v for ind, (_r, v, _w) in zip(spec.indicators(), CASES, strict=True)}
    out: dict[str, Any] = {"spec": spec_path, "tmp": tmp}
    for flavour in ("portable", "udf"):
        ext = "xlsx" if flavour == "portable" else "xlsm"
        built = tmp / "built" / f"built_{flavour}.{ext}"
        built.parent.mkdir(exist_ok=True)
        build_workbook(spec, flavour, built, Filled(values, "甲县", "2024"))
        typed = tmp / "typed" / f"typed_{flavour}.{ext}"
        typed.parent.mkdir(exist_ok=True)
        shutil.copy(built, typed)
        cells = score_cells(built)
        set_texts(typed, {cells[_name(k)][0]: v for k, (_r, v, _w) in enumerate(CASES) if isinstance(v, str)})
        out["built", flavour], out["typed", flavour] = built, typed
    return out


def _ok(got: Any, want: Any) -> bool:
    if isinstance(want, str):
        return got == f"#JIXIAO! {want}"
    if want is None:
        return isinstance(got, str) and got.startswith("#JIXIAO!")
    return isinstance(got, int | float) and not isinstance(got, bool) and abs(got - want) < 1e-9


def _wrong(value_of: Any, book: Path, skip_numeric_text: bool = False) -> list[str]:
    cells = score_cells(book)
    bad = []
    for k, (_rule, v, want) in enumerate(CASES):
        if skip_numeric_text and isinstance(v, str) and v.strip().isdigit():
            continue
        got = value_of(book, cells[_name(k)][1])
        if not _ok(got, want):
            bad.append(f"{v!r}: 得分 {got!r}（应为 {want!r}）")
    return bad


@pytest.mark.parametrize("flavour", ["portable", "udf"])
def test_as_built_the_score_cell_reads_the_row_unit(books: dict[str, Any], flavour: str) -> None:
    assert _wrong(cached, books["built", flavour]) == []


@pytest.mark.libreoffice
@pytest.mark.skipif(lo.SOFFICE is None, reason="LibreOffice not installed")
def test_libreoffice_recalculation_reads_the_row_unit(books: dict[str, Any], tmp_path: Path) -> None:
    done = lo.recalc_many([books["typed", "portable"], books["built", "portable"]], tmp_path / "lo")
    assert _wrong(cached, done[books["typed", "portable"]]) == []
    assert _wrong(cached, done[books["built", "portable"]]) == []


@pytest.mark.parametrize("flavour", ["portable", "udf"])
def test_formulas_engine_reads_the_row_unit(books: dict[str, Any], flavour: str) -> None:
    from tests.formulas_eval import evaluate

    values = evaluate(books["typed", flavour])
    assert _wrong(lambda _b, cell: values[f"评分表!{cell}"], books["typed", flavour], skip_numeric_text=True) == []


def test_collect_reads_the_row_unit_with_the_same_text(books: dict[str, Any]) -> None:
    typed = [books["typed", "portable"], books["typed", "udf"]]
    rows, _findings = collect_rows([books["spec"]], typed, books["tmp"] / "collect")
    bad = []
    for book in typed:
        for k, (_rule, v, want) in enumerate(CASES):
            row = rows[book.name, _name(k)]
            if isinstance(want, str):
                ok = row["verified"] is None and row["why"] == want
            elif want is None:
                ok = row["verified"] is None and bool(row["why"])
            else:
                ok = row["verified"] is not None and abs(row["verified"] - want) < 1e-9
            if not ok:
                bad.append(f"{book.name} {v!r}: 核定 {row['verified']!r}，原因 {row.get('why')!r}（应为 {want!r}）")
    assert bad == []


def test_score_range_reads_the_row_unit_given_as_fourth_argument() -> None:
    import jixiao_udfs as udfs

    bad = []
    for (rule, unit), v, want in CASES:
        got = udfs.SCORE_RANGE(v, rule.replace("W", "5"), 5, unit)
        column = udfs.SCORE_RANGE([[v], [v]], rule.replace("W", "5"), 5, unit)
        if not (_ok(got, want) and all(_ok(c[0], want) for c in column)):
            bad.append(f"{unit} {v!r}: {got!r} / {column!r}（应为 {want!r}）")
    assert bad == []
    # without the unit: as before p24 ("150万元" is 1 500 000, full marks; "3次" is 3)
    assert udfs.SCORE_RANGE("150万元", ">200: 5; <=200: prop", 5) == 5
    assert udfs.SCORE_RANGE("3次", "*: 5 - 1 per 1", 5) == 2


#: shipped templates: (spec id, the row's rule, typed, expected); seed002's 追回医保基金金额 (万元) has 分值 1: 150 ÷ 200 × 1
SHIPPED = [
    ("seed002-qingyunpu-bumen", MONEY[0], "150万元", 0.75),
    ("seed002-qingyunpu-bumen", MONEY[0], "150元", said("万元", "150元", "元")),
    ("seed000-huaning-zhigong", SHARE[0], "95分", said_percent("95分", "分")),
]


@pytest.mark.parametrize("flavour", ["portable", "udf"])
def test_the_shipped_templates_read_the_row_unit(tmp_path: Path, flavour: str) -> None:
    from jixiao.templates.build import file_name
    from jixiao.templates.spec import load_all_specs
    from tests.formulas_eval import evaluate

    bad = []
    for k, (spec_id, rule, text, want) in enumerate(SHIPPED):
        spec = next(s for s in load_all_specs() if s.id == spec_id)
        shipped = Path(__file__).parents[2] / "workbook_templates" / file_name(spec, flavour)
        ind = next(i for i in spec.indicators() if i.scoring.rule == rule)
        value_cell, score_cell = score_cells(shipped)[ind.name]
        book = tmp_path / f"shipped_{k}{shipped.suffix}"
        shutil.copy(shipped, book)
        set_texts(book, {value_cell: text})
        got = evaluate(book)[f"评分表!{score_cell}"]
        if not _ok(got, want):
            bad.append(f"{spec_id} {text!r}: {got!r}（应为 {want!r}）")
    assert bad == []
