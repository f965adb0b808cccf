"""Negative amounts in a template's 预算执行率 row (p19, case 2): the rate cell shows a Chinese error text, the score
cell no score — on the sheet as built, after LibreOffice recalculates it, and under the `formulas` engine.

Before: the portable formula divided whatever it was given: -95 ÷ -100 showed 95 % and, by "执行率×分值", 9.5 of 10;
95 ÷ (100 + -10) showed 105.56 % and full marks under "≥90%得满分" (collect already refused both rows, p17, but the
bureau's own sheet said otherwise). The 宏版's EXEC_RATE refuses negatives in the core (``ratios.exec_rate``).

Expected values are from the amounts by hand: 95 ÷ 100 = 95 % → 9.5 of 10 (执行率×分值); 90 ÷ (90 + 10) = 90 % → 10
(≥90% 得满分); 0 ÷ 100 = 0 % → 0.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
import yaml

from jixiao.templates import cell_text
from jixiao.templates.build import Filled, build_workbook
from jixiao.templates.spec import load_spec
from tests import lo
from tests.formulas_eval import evaluate
from tests.templates.product_path import cached, score_cells

PROP, BAND = "执行率乘分值", "结转执行率"
#: case -> ((实际支出, 预算数) of PROP, (实际支出, 预算数, 结转结余) of BAND, expected (rate, score) of PROP and of BAND);
#: None: the rate cell shows the negative-amount text and the score cell no number
CASES: dict[str, tuple[tuple[Any, ...], tuple[Any, ...], Any, Any]] = {
    "both_negative": ((-95, -100), (-90, -90, -10), None, None),
    "budget_negative": ((95, -100), (90, -90, 10), None, None),
    "spent_negative": ((-95, 100), (-90, 90, 10), None, None),
    "carryover_negative": ((95, 100), (95, 100, -10), (0.95, 9.5), None),  # 95 ÷ 90 would be 105.56 % → 10
    "protecting": ((95, 100), (90, 90, 10), (0.95, 9.5), (0.9, 10)),
    "zero_spent": ((0, 100), (0, 90, 10), (0, 0), (0, 0)),
}


def _spec(folder: Path) -> Any:
    doc = {"id": "p19-negative", "version": 1, "title": "{单位名称}评分表", "source": "测试（负数金额）", "full": 20,
           "sections": [{"name": "资金管理", "weight": 20, "groups": [{"name": "预算执行", "weight": 20, "indicators": [
               {"name": PROP, "standard": "执行率×分值", "weight": 10,
                "scoring": {"kind": "ratio", "numerator": "实际支出", "denominator": "预算数", "rule": "*: prop"}},
               {"name": BAND, "standard": "执行率≥90%得满分，否则不得分", "weight": 10,
                "scoring": {"kind": "ratio", "numerator": "实际支出", "denominator": "预算数", "carryover": "结转结余",
                            "rule": ">=90%: W; <90%: 0"}},
           ]}]}]}
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "p19-negative.yaml"
    path.write_text(yaml.safe_dump(doc, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return load_spec(path)


def build_books(tmp: Path, cases: dict[str, tuple[Any, ...]]) -> dict[tuple[str, str], Path]:
    """Both flavours of the two-row spec, one workbook per case: ``{(flavour, case): path}``; a case starts with
    the (实际支出, 预算数) of PROP and the (实际支出, 预算数, 结转结余) of BAND."""
    spec = _spec(tmp / "spec")
    prop, band = (ind.path for ind in spec.indicators())
    out = {}
    for flavour in ("portable", "udf"):
        for name, (a, b, *_want) in cases.items():
            values = {prop: dict(zip(("numerator", "denominator"), a, strict=True)),
                      band: dict(zip(("numerator", "denominator", "carryover"), b, strict=True))}
            path = tmp / flavour / f"{flavour}_{name}.{'xlsx' if flavour == 'portable' else 'xlsm'}"
            path.parent.mkdir(exist_ok=True)
            build_workbook(spec, flavour, path, Filled(values, name, "2024"))
            out[flavour, name] = path
    return out


def formulas_reader(books: dict[tuple[str, str], Path], flavour: str, cases: Any) -> Any:
    """``value_of(book, cell)`` over the `formulas` engine's evaluation of every case's workbook."""
    values = {case: evaluate(books[flavour, case]) for case in cases}

    def value_of(book: Path, cell: str) -> Any:
        case = next(c for c in cases if books[flavour, c] == book)
        return values[case][f"评分表!{cell}"]

    return value_of


@pytest.fixture(scope="module")
def books(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, str], Path]:
    return build_books(tmp_path_factory.mktemp("negative"), CASES)


def _is_number(x: Any) -> bool:
    return isinstance(x, int | float) and not isinstance(x, bool)


def _check(value_of: Any, book: Path, case: str, flavour: str) -> list[str]:
    """What differs from the hand values, said per row (empty: all as expected)."""
    cells = score_cells(book)
    bad = []
    for row, want in ((PROP, CASES[case][2]), (BAND, CASES[case][3])):
        rate_cell, score_cell = cells[row]
        rate, score = value_of(book, rate_cell), value_of(book, score_cell)
        if want is None:
            said = (rate == cell_text.RATE_NEGATIVE if flavour == "portable"
                    else isinstance(rate, str) and rate.startswith("#JIXIAO!") and "为负数" in rate)
            if not said or _is_number(score):
                bad.append(f"{case} {row}: 执行率 {rate!r}，得分 {score!r}（应为负数金额的提示，无得分）")
        elif not (_is_number(rate) and _is_number(score) and abs(rate - want[0]) < 1e-9
                  and abs(score - want[1]) < 1e-9):
            bad.append(f"{case} {row}: 执行率 {rate!r}，得分 {score!r}（应为 {want}）")
    return bad


def test_the_core_reading_of_the_rate_refuses_negative_amounts() -> None:
    assert cell_text.rate_value(-95, -100) == cell_text.RATE_NEGATIVE
    assert cell_text.rate_value("95", "-100") == cell_text.RATE_NEGATIVE
    assert cell_text.rate_value(95, 100, -10) == cell_text.RATE_NEGATIVE
    assert cell_text.rate_value(0, 100) == 0
    assert cell_text.rate_value(90, 90, 10) == Decimal("0.9")
    assert "金额为负" in cell_text.RATE_NEGATIVE  # Chinese, as the other texts of the rate cell


@pytest.mark.parametrize("flavour", ["portable", "udf"])
def test_the_sheet_as_built_shows_no_score_for_negative_amounts(books: dict[tuple[str, str], Path],
                                                                flavour: str) -> None:
    bad = [x for case in CASES for x in _check(cached, books[flavour, case], case, flavour)]
    assert bad == []


@pytest.mark.libreoffice
@pytest.mark.skipif(lo.SOFFICE is None, reason="LibreOffice not installed")
def test_libreoffice_shows_no_score_for_negative_amounts(books: dict[tuple[str, str], Path],
                                                         tmp_path: Path) -> None:
    portable = [books["portable", case] for case in CASES]
    done = lo.recalc_many(portable, tmp_path / "lo")
    bad = [x for case in CASES for x in _check(cached, done[books["portable", case]], case, "portable")]
    assert bad == []


@pytest.mark.parametrize("flavour", ["portable", "udf"])
def test_formulas_engine_shows_no_score_for_negative_amounts(books: dict[tuple[str, str], Path],
                                                             flavour: str) -> None:
    value_of = formulas_reader(books, flavour, CASES)
    bad = [x for case in CASES for x in _check(value_of, books[flavour, case], case, flavour)]
    assert bad == []
