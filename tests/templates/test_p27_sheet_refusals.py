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
from tests.templates.product_path import cached
from tests.templates.typed_units import Case, build_books, wrong_collected, wrong_scores

LEVELS = ('"明确": W; "明确性不足": 0.5W; *: 0', "")
COUNT = ("*: W - 0.2 per 1", "例")
BOUND = (">=3: 5; <3: 0", "例")


def not_level(shown: str) -> str:
    return f"业绩值“{shown}”不是评分标准中的等级（明确、明确性不足），无法计分，请填写等级名称"


def negative(shown: str) -> str:
    return f"业绩值 {shown} 为负数：本行按发生的个数（次数）扣分，个数不能为负，无法计分"


#: ((rule, unit), 业绩值, expected): a number is the score; a str the reason (after "#JIXIAO! "); "" blank (None typed)
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


def _numeric_text(v: Any, _want: Any = None) -> bool:
    # not the `formulas` engine's run: it compares numeric text with numbers as text (p22's note), and its TRIM is
    # Python's strip (a run of spaces inside the text stays; Excel and LibreOffice make it one)
    return isinstance(v, str) and (any(ch.isdigit() for ch in v) or "  " in v.strip())


def _wrong(value_of: Any, book: Path, skip_numeric_text: bool = False) -> list[str]:
    return wrong_scores(value_of, book, CASES, _numeric_text if skip_numeric_text else lambda _v, _w: False)


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
    assert wrong_collected(books, CASES) == []


#: the shipped seed003 portable template (rule as the spec writes it, 业绩值 typed, expected): its 目标明确 row
#: ("明确": 2; "明确性不足": 1; *: 0) and a count row (每发现一例扣0.2分; "-1例" is −1)
SHIPPED_ID = "seed003-nanjing-bumen"
SHIPPED = [
    ('"明确": 2; "明确性不足": 1; *: 0', "√", not_level("√")),
    ('"明确": 2; "明确性不足": 1; *: 0', "不明确", 0),
    ('"明确": 2; "明确性不足": 1; *: 0', "明确性不足", 1),
    ("*: W - 0.2 per 1", "-1例", negative("-1")),
]


def test_the_shipped_portable_template_refuses(tmp_path: Path) -> None:
    import shutil

    from jixiao.rules.grammar import parse_rule
    from jixiao.templates.build import file_name
    from jixiao.templates.spec import load_all_specs
    from tests.formulas_eval import evaluate
    from tests.templates.product_path import score_cells
    from tests.templates.typed_units import score_ok
    from tests.xlsx_edit import set_texts

    spec = next(s for s in load_all_specs() if s.id == SHIPPED_ID)
    shipped = Path(__file__).parents[2] / "workbook_templates" / file_name(spec, "portable")
    cells = score_cells(shipped)
    rows = [next(i for i in spec.indicators() if i.scoring.rule and parse_rule(i.scoring.rule) == parse_rule(rule))
            for rule, _v, _w in SHIPPED]
    got = []  # one copy per case: the level row takes three values
    for k, ((_rule, text, want), ind) in enumerate(zip(SHIPPED, rows, strict=True)):
        one = tmp_path / f"seed003_{k}.xlsx"
        shutil.copy(shipped, one)
        set_texts(one, {cells[ind.name][0]: text})
        value = evaluate(one)[f"评分表!{cells[ind.name][1]}"]
        if not score_ok(value, want):
            got.append(f"{ind.name} {text!r}: {value!r}（应为 {want!r}）")
    assert got == []
