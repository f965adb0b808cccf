"""The portable template's sheet refuses what collect and SCORE_RANGE refuse since p26 (p27).

Before, in a row scored by named levels (rule ``"明确": W; "明确性不足": 0.5W; *: 0``, 分值 5) the portable formula
scored "√", "是", "（明确）" and a number 0 under 否则, and in a count deduction row (``*: W - 0.2 per 1``: 每发现一例
扣0.2分) −1 scored 5.2 clamped to full marks 5 — while collect and the 宏版's SCORE_RANGE refuse both
(``rules.target.input_refusal``). Now the sheet shows "#JIXIAO! " and the core's reason.

Expected values by hand from each rule (分值 5): "明确" → W = 5; "明确性不足" → 0.5 × 5 = 2.5; "不明确" (a named level's
negation) → 否则 0; 缺省 → full marks 5; a count of 3 → 5 − 0.2 × 3 = 4.4; 0 → 5; a rule with a bound (``>=3: 5; <3:
0``) scores −1 as 0, as before. The reasons are the texts of the task (p26's note), written out here, not built by the
code under test.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests import lo
from tests.templates.product_path import cached, collect_rows, score_cells
from tests.templates.typed_units import Case, build_books, name, score_ok

LEVELS = ('"明确": W; "明确性不足": 0.5W; *: 0', "")
COUNT = ("*: W - 0.2 per 1", "例")
BOUND = (">=3: 5; <3: 0", "例")


def not_level(shown: str) -> str:
    return f"业绩值“{shown}”不是评分标准中的等级（明确、明确性不足），无法计分，请填写等级名称"


def negative(shown: str) -> str:
    return f"业绩值 {shown} 为负数：本行按发生的个数（次数）扣分，个数不能为负，无法计分"


#: ((rule, unit), 业绩值, expected): a number is the score; a str the reason (after "#JIXIAO! "); "" blank
ROWS: list[tuple[tuple[str, str], Any, Any]] = [
    (LEVELS, "明确", 5),
    (LEVELS, "  明确 ", 5),  # spaces around a level's name: still the level
    (LEVELS, "明确性不足", 2.5),
    (LEVELS, "不明确", 0),  # a named level's negation under 否则: 0, as the core
    (LEVELS, "未 明确", 0),
    (LEVELS, "缺省", 5),
    (LEVELS, None, ""),  # blank stays blank
    (LEVELS, "√", not_level("√")),  # was 0 in the sheet
    (LEVELS, "是", not_level("是")),  # was 0
    (LEVELS, "（明确）", not_level("（明确）")),  # was 0; quoted as typed
    (LEVELS, "基本  明确", not_level("基本 明确")),  # was 0; runs of spaces as one
    (LEVELS, 3, not_level("3")),  # was 0
    (COUNT, 3, 4.4),
    (COUNT, 0, 5),
    (COUNT, "3例", 4.4),
    (COUNT, None, ""),
    (COUNT, "缺省", 5),
    (COUNT, -1, negative("-1")),  # was 5 (5 + 0.2 clamped to full marks)
    (COUNT, -0.5, negative("-0.5")),
    (COUNT, "-1例", negative("-1")),
    (COUNT, "－2例", negative("-2")),  # full-width minus
    (BOUND, -1, 0),  # a rule with a bound: unchanged
    (BOUND, 4, 5),
]

CASES: list[Case] = [(rule, unit, v, want) for (rule, unit), v, want in ROWS]


def _ok(got: Any, want: Any) -> bool:
    return got in ("", None) if want == "" else score_ok(got, want)


def _numeric_text(v: Any) -> bool:
    # not the `formulas` engine's run: it compares numeric text with numbers as text (p22's note), and its TRIM is
    # Python's strip (a run of spaces inside the text stays; Excel and LibreOffice make it one)
    return isinstance(v, str) and (any(ch.isdigit() for ch in v) or "  " in v.strip())


def _wrong(value_of: Any, book: Path, skip_numeric_text: bool = False) -> list[str]:
    cells = score_cells(book)
    bad = []
    for k, (_rule, _unit, v, want) in enumerate(CASES):
        if skip_numeric_text and _numeric_text(v):
            continue
        got = value_of(book, cells[name(k)][1])
        if not _ok(got, want):
            bad.append(f"{v!r}: 得分 {got!r}（应为 {want!r}）")
    return bad


@pytest.fixture(scope="module")
def books(tmp_path_factory: pytest.TempPathFactory) -> dict[Any, Any]:
    return build_books(tmp_path_factory.mktemp("p27-refusals"), "p27-refusals", "测试（无法计分的业绩值）", CASES)


@pytest.mark.parametrize("flavour", ["portable", "udf"])
def test_as_built_the_score_cell_refuses(books: dict[str, Any], flavour: str) -> None:
    assert _wrong(cached, books["built", flavour]) == []


def test_formulas_engine_refuses_in_the_portable_sheet(books: dict[str, Any]) -> None:
    from tests.formulas_eval import evaluate

    values = evaluate(books["typed", "portable"])
    assert _wrong(lambda _b, cell: values[f"评分表!{cell}"], books["typed", "portable"], skip_numeric_text=True) == []


@pytest.mark.libreoffice
@pytest.mark.skipif(lo.SOFFICE is None, reason="LibreOffice not installed")
def test_libreoffice_recalculation_refuses(books: dict[str, Any], tmp_path: Path) -> None:
    done = lo.recalc_many([books["typed", "portable"], books["built", "portable"]], tmp_path / "lo")
    assert _wrong(cached, done[books["typed", "portable"]]) == []
    assert _wrong(cached, done[books["built", "portable"]]) == []


def test_collect_refuses_with_the_same_text(books: dict[str, Any]) -> None:
    typed = [books["typed", "portable"], books["typed", "udf"]]
    rows, _findings = collect_rows([books["spec"]], typed, books["tmp"] / "collect")
    bad = []
    for book in typed:
        for k, (_rule, _unit, v, want) in enumerate(CASES):
            row = rows[book.name, name(k)]
            if want == "":
                ok = row["verified"] is None
            elif isinstance(want, str):
                ok = row["verified"] is None and row["why"] == want
            else:
                ok = row["verified"] is not None and abs(row["verified"] - want) < 1e-9
            if not ok:
                bad.append(f"{book.name} {v!r}: 核定 {row['verified']!r}，原因 {row.get('why')!r}（应为 {want!r}）")
    assert bad == []
