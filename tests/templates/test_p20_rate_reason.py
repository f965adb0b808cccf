"""A ratio row whose 执行率 cannot be computed says why in its 得分 cell too (p20, case 3).

Before: the 执行率 cell said the reason ("#JIXIAO! 金额为负，请核对", "预算数为0", "金额不是数字"; the 宏版's EXEC_RATE its
own text) and the 得分 cell beside it only the rule formula's generic "#JIXIAO! 业绩值不是数字" (portable) or
"#JIXIAO! 业绩值无法识别：“#JIXIAO! 实际支出为负数…”无法识别为数字…" (宏版). Now the 得分 cell shows the 执行率 cell's text —
as built, after LibreOffice recalculates (portable), under the `formulas` engine (both flavours).

Amounts by hand: -95 ÷ -100 and 95 ÷ (100 + -10): a negative amount; 95 ÷ 0: no rate; "九十五" ÷ 100: not a number;
protecting: 95 ÷ 100 = 95 % → 9.5 of 10 (执行率×分值) and 90 ÷ (90 + 10) = 90 % → 10 (≥90% 得满分).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from jixiao.templates import cell_text
from tests import lo
from tests.templates.product_path import cached, score_cells
from tests.templates.test_negative_amounts import BAND, PROP, build_books, formulas_reader

#: case -> ((实际支出, 预算数) of PROP, (实际支出, 预算数, 结转结余) of BAND, the portable rate text or the scores)
CASES: dict[str, tuple[tuple[Any, ...], tuple[Any, ...], Any]] = {
    "negative": ((-95, -100), (95, 100, -10), cell_text.RATE_NEGATIVE),
    "zero_budget": ((95, 0), (90, 0, 0), cell_text.RATE_ZERO),
    "not_a_number": (("九十五", 100), ("九十", 90, 10), cell_text.RATE_NOT_NUMBER),
    "protecting": ((95, 100), (90, 90, 10), (9.5, 10)),
}


@pytest.fixture(scope="module")
def books(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, str], Path]:
    return build_books(tmp_path_factory.mktemp("rate-reason"), CASES)


def _check(value_of: Any, book: Path, case: str, flavour: str) -> list[str]:
    cells = score_cells(book)
    want = CASES[case][2]
    bad = []
    for k, row in enumerate((PROP, BAND)):
        rate_cell, score_cell = cells[row]
        rate, score = value_of(book, rate_cell), value_of(book, score_cell)
        if isinstance(want, tuple):
            if not (isinstance(score, int | float) and abs(score - want[k]) < 1e-9):
                bad.append(f"{case} {row}: 得分 {score!r}（应为 {want[k]}）")
            continue
        said = rate == want if flavour == "portable" else isinstance(rate, str) and rate.startswith("#JIXIAO!")
        if not said or score != rate:
            bad.append(f"{case} {row}: 执行率 {rate!r}，得分 {score!r}（得分格应与执行率格同样说明原因）")
    return bad


@pytest.mark.parametrize("flavour", ["portable", "udf"])
def test_the_score_cell_as_built_says_why(books: dict[tuple[str, str], Path], flavour: str) -> None:
    assert [x for case in CASES for x in _check(cached, books[flavour, case], case, flavour)] == []


@pytest.mark.libreoffice
@pytest.mark.skipif(lo.SOFFICE is None, reason="LibreOffice not installed")
def test_libreoffice_shows_the_reason_in_the_score_cell(books: dict[tuple[str, str], Path], tmp_path: Path) -> None:
    done = lo.recalc_many([books["portable", case] for case in CASES], tmp_path / "lo")
    assert [x for case in CASES for x in _check(cached, done[books["portable", case]], case, "portable")] == []


@pytest.mark.parametrize("flavour", ["portable", "udf"])
def test_formulas_engine_shows_the_reason_in_the_score_cell(books: dict[tuple[str, str], Path],
                                                            flavour: str) -> None:
    value_of = formulas_reader(books, flavour, CASES)
    assert [x for case in CASES for x in _check(value_of, books[flavour, case], case, flavour)] == []
