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

from pathlib import Path
from typing import Any

import pytest

from tests import lo
from tests.templates.product_path import cached
from tests.templates.typed_units import (
    Case,
    build_books,
    score_ok,
    wrong_collected,
    wrong_scores,
    wrong_shipped,
)

MONEY = (">200: W; <=200: prop", "万元")
COUNT = ("*: W - 1 per 1", "次")
SHARE = ("*: prop", "%")
POINTS = (">=90: 5; <90: 0", "分")


def said(row_unit: str, value: str, unit: str) -> str:
    return f"单位不符：该行单位为“{row_unit}”，填的是“{value}”（单位“{unit}”），无法计分，请按“{row_unit}”填写"


def no_unit(value: str, unit: str) -> str:  # p35: a unit typed in a row that has none
    return f"单位不符：该行未标明单位，填的是“{value}”（单位“{unit}”），无法计分，请填写不带单位的数值"


def said_percent(value: str, unit: str) -> str:
    return f"单位不符：该行按百分比计分，填的是“{value}”（单位“{unit}”），无法计分，请改填百分比"


#: ((rule, unit), 业绩值, expected): a number is the score; a str the reason (after "#JIXIAO! "); None: no score
ROWS: list[tuple[tuple[str, str], Any, Any]] = [
    (MONEY, "150万元", 3.75),  # was 5 everywhere (1 500 000 > 200)
    (MONEY, "150万", 3.75),  # was 5: 万 alone in a 万元 row is 150 万元
    (MONEY, "１５０ 万元", 3.75),
    (MONEY, "250万元", 5),
    # p31: 元/亿元 in a 万元 row are converted exactly (were refused here, p24): 150元 = 0.015万元 → 0.015 ÷ 200 × 5
    (MONEY, "150元", 0.000375),  # was 3.75 before p24: it is 0.015 万元
    (MONEY, "1,500,000元", 3.75),  # 150 万元 (p24: refused; before: 5)
    (MONEY, "0.015亿元", 3.75),  # 150 万元
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


CASES: list[Case] = [(rule, unit, v, want) for (rule, unit), v, want in ROWS]


@pytest.fixture(scope="module")
def books(tmp_path_factory: pytest.TempPathFactory) -> dict[Any, Any]:
    return build_books(tmp_path_factory.mktemp("p24-units"), "p24-units", "测试（业绩值的单位）", CASES)


def _numeric_text(v: Any, _want: Any) -> bool:
    return isinstance(v, str) and v.strip().isdigit()


def _wrong(value_of: Any, book: Path, skip_numeric_text: bool = False) -> list[str]:
    return wrong_scores(value_of, book, CASES, _numeric_text if skip_numeric_text else lambda _v, _w: False)


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
    assert wrong_collected(books, CASES) == []


def test_score_range_reads_the_row_unit_given_as_fourth_argument() -> None:
    import jixiao_udfs as udfs

    bad = []
    for rule, unit, v, want in CASES:
        got = udfs.SCORE_RANGE(v, rule.replace("W", "5"), 5, unit)
        column = udfs.SCORE_RANGE([[v], [v]], rule.replace("W", "5"), 5, unit)
        if not (score_ok(got, want) and all(score_ok(c[0], want) for c in column)):
            bad.append(f"{unit} {v!r}: {got!r} / {column!r}（应为 {want!r}）")
    assert bad == []
    # without the unit: a count word is the count ("3次" is 3); since p35 (session 39) a unit the row does not have is
    # refused — "150万元" under ">200: 5" is 1 500 000 (full marks) or 150 万元 (3.75): the row does not say
    assert udfs.SCORE_RANGE("150万元", ">200: 5; <=200: prop", 5) == "#JIXIAO! " + no_unit("150万元", "万元")
    assert udfs.SCORE_RANGE("3次", "*: 5 - 1 per 1", 5) == 2


#: shipped templates: (spec id, the row's rule, typed, expected); seed002's 追回医保基金金额 (万元) has 分值 1: 150 ÷ 200 × 1
SHIPPED = [
    ("seed002-qingyunpu-bumen", MONEY[0], "150万元", 0.75),
    ("seed002-qingyunpu-bumen", MONEY[0], "1,500,000元", 0.75),  # p31: 150 万元 after the exact conversion
    ("seed000-huaning-zhigong", SHARE[0], "95分", said_percent("95分", "分")),
]


@pytest.mark.parametrize("flavour", ["portable", "udf"])
def test_the_shipped_templates_read_the_row_unit(tmp_path: Path, flavour: str) -> None:
    from jixiao.templates.spec import load_all_specs

    specs = {s.id: s for s in load_all_specs()}
    rows = [(spec_id, next(i for i in specs[spec_id].indicators() if i.scoring.rule == rule).name, text, want)
            for spec_id, rule, text, want in SHIPPED]
    assert wrong_shipped(tmp_path, flavour, rows) == []


@pytest.mark.parametrize(("raw", "number", "unit", "score", "why"), [
    ("150万元", 1500000, "万元", 3.75, ""),  # read by the sheet as 1 500 000 first; in the 度量单位 万元 it is 150
    ("150元", 150, "万元", 0.000375, ""),  # p31: 0.015 万元 → 0.015 ÷ 200 × 5
    ("150万元", 1500000, None, None, no_unit("150万元", "万元")),  # no 度量单位: refused since p35 (1 500 000 or 150 万元?)
    ("3%", 0.03, "次", None, said("次", "3%", "%")),
])
def test_collect_reads_a_hand_tables_unit_column(raw: str, number: float, unit: Any, score: Any, why: str) -> None:
    # a hand table's 度量单位 (the reading's ``unit`` cell) is the row's unit where collect scores its 业绩值
    from decimal import Decimal
    from types import SimpleNamespace

    from jixiao.rules.grammar import parse_rule
    from jixiao.verify import RowCheck, _percent_input

    rule = parse_rule(">200: 5; <=200: prop" if unit != "次" else "*: 5 - 1 per 1")
    row = RowCheck(name="测试", weight=Decimal(5), reported=None, verified=None)
    cv = SimpleNamespace(raw=raw, ref="F7", number_format=None)
    value = _percent_input(cv, Decimal(str(number)), rule, row, False, unit)
    got = None if value is None else rule.score(value, Decimal(5))
    assert (got, row.why) == ((None if score is None else Decimal(str(score))), why)
