"""p35: wrong or disagreeing scores left on the input side (p33's "Left"), each one decision of the core that the
sheet's formula, collect, validate and SCORE_RANGE share.

1. **A number typed with a unit in a row that has none** ("2024年", "95万元", "3人" under ``>=90: W; *: 0``) was
   read as its number (2024 ≥ 90 → full marks) by every client. Now refused, naming the value and its unit
   (:data:`~jixiao.rules.target.UNIT_NOT_IN_ROW`). Kept on purpose: a bare number; a count word, which is the count
   itself ("2次" under a step of 1 is 2); what a hand table's 评分标准 itself writes after a number ("完成200万元…":
   the reader puts the rule's bounds in 元, so "150万元" is 1 500 000 on its scale, as parse_number reads it).
2. validate alone on a template return (spec known): "0.95" typed as text in a ``*: prop`` % row was silent (collect,
   SCORE_RANGE and the sheet refuse: 95 % or 0.95 %?) — now the same reason as `value-refused`.
3. Hand table, 度量单位 %, 0.95 in a real "0%" cell (it shows 95 %): collect refused (its grid had no number formats),
   validate scored 4.75 — both 4.75 now; a quoted "%" in a format (``0.00"%"``: 0.95 shows "0.95%") is no percentage.
4. "1.5亿" in a 万元 row: 1.5 亿元 = 15 000 万元 (was refused: 亿 alone), as "150万" is 150 万元.

Every expected value is hand arithmetic from the rule text (分值 5), written before the run:

- ``>=90: W; *: 0``, no unit (the brief's ``>=90: 4``; a spec's rule must reach its 分值 5): "2024年", "95万元",
  "3人", "95分", "95万" → must refuse (the unit the row lacks; were 5, 5, 0, 5, 5); 95 and "95" → 5 (95 ≥ 90);
  "95次" → 5 (a count: 95 ≥ 90).
- ``*: W - 1 per 1``, no unit: "2次", "2处" → 5 − 2 = 3; "2人", "2天" → must refuse (were 3).
- ``"优秀": W; >=90: 0.8W; *: 0``, no unit: "2024年" → must refuse (was 4); "优秀" → 5; 95 → 0.8 × 5 = 4.
- kept: ``*: prop`` % "95%" → 0.95 × 5 = 4.75; ``>200: W; <=200: prop`` 万元 "150万元", "150万", "1,500,000元" →
  150 ÷ 200 × 5 = 3.75; ``>=90%: 5; <90%: 0`` no unit "95%" → 5; ``*: W - 1 per 1`` 次 "3处" → 5 − 3 = 2.
- ``*: prop`` %, "0.95" typed as text → must refuse (0.95 → 4.75, 0.95 % → 0.0475): p31's two-readings reason.
- hand tables (no 度量单位, 评分标准 "完成200万元及以上得满分，未完成按完成比例得分", read ``>=2000000: W; *: prop``
  in 元): "150万元" → 1 500 000 ÷ 2 000 000 × 5 = 3.75; "2024年" → must refuse; "150万人" → must refuse.
- hand table, 度量单位 %, "得分=完成率×分值", 0.95 in a "0%" cell → 0.95 × 5 = 4.75 (collect and validate);
  0.95 in a ``0.00"%"`` cell (shows "0.95%") → must refuse (95 % → 4.75 or 0.95 % → 0.0475).
- ``>200: W; <=200: prop`` 万元, "1.5亿" → 15 000 > 200 → 5 (rule row and hand table).
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

import jixiao_udfs as udfs
import pytest

from jixiao.collect import check_one
from jixiao.rules.target import PERCENT_LITERAL_CELL
from jixiao.validation import validate_workbook
from tests import lo
from tests.hostile.test_p33_redteam import HANDS, MONEY_TEXT, hand_table
from tests.templates.product_path import cached
from tests.templates.typed_units import (
    Case,
    build_books,
    name,
    wrong_collected,
    wrong_in_libreoffice,
    wrong_recalculated,
    wrong_refused_findings,
    wrong_scores,
)


def no_unit(shown: str, unit: str) -> str:
    return f"单位不符：该行未标明单位，填的是“{shown}”（单位“{unit}”），无法计分，请填写不带单位的数值"


def two_readings(shown: str) -> str:  # p31's text
    return (f"业绩值“{shown}”未写“%”：该行按百分比计分，“{shown}”可读作比例（乘以100%）或百分数（{shown}%），"
            "两种读法得分不同，无法计分，请填写带“%”的数值")


ATLEAST = ">=90: W; *: 0"  # the brief's ">=90: 4" at 分值 4 is this rule at 分值 5 (a spec's rule reaches its 分值)
STEP = "*: W - 1 per 1"
MIXED = '"优秀": W; >=90: 0.8W; *: 0'
SHARE = "*: prop"
MONEY = ">200: W; <=200: prop"
BANDS = ">=90%: 5; <90%: 0"

#: (rule, the row's unit, 业绩值, expected: a score, or the core's reason)
CASES: list[Case] = [
    (ATLEAST, "", "2024年", no_unit("2024年", "年")),  # 0  was 5
    (ATLEAST, "", "95万元", no_unit("95万元", "万元")),  # 1  was 5 (950 000)
    (ATLEAST, "", "3人", no_unit("3人", "人")),  # 2  was 0
    (ATLEAST, "", "95分", no_unit("95分", "分")),  # 3  was 5
    (ATLEAST, "", "95万", no_unit("95万", "万")),  # 4  was 5
    (ATLEAST, "", 95, 5),  # 5
    (ATLEAST, "", "95", 5),  # 6
    (ATLEAST, "", "95次", 5),  # 7  a count word: the count
    (STEP, "", "2次", 3),  # 8
    (STEP, "", "2处", 3),  # 9
    (STEP, "", "2人", no_unit("2人", "人")),  # 10 was 3
    (STEP, "", "2天", no_unit("2天", "天")),  # 11 was 3
    (MIXED, "", "2024年", no_unit("2024年", "年")),  # 12 was 4
    (MIXED, "", "优秀", 5),  # 13
    (MIXED, "", 95, 4),  # 14
    (SHARE, "%", "95%", 4.75),  # 15 kept
    (SHARE, "%", "0.95", two_readings("0.95")),  # 16 refused by all; validate alone was silent
    (MONEY, "万元", "150万元", 3.75),  # 17 kept
    (MONEY, "万元", "150万", 3.75),  # 18 kept
    (MONEY, "万元", "1,500,000元", 3.75),  # 19 kept (p31's conversion)
    (BANDS, "", "95%", 5),  # 20 kept
    (STEP, "次", "3处", 2),  # 21 kept
    (MONEY, "万元", "1.5亿", 5),  # 22 1.5 亿元 = 15 000 万元 > 200 (was refused: 亿 alone)
    (SHARE, "", "80%", 4),  # 23 kept: a percentage is a number (0.8 × 5), as the corpus's ``*: prop`` rows score it
    # session 39 (lead, p35's "Left"): a percentage only where the rule's numbers are fractions (rules.target.fraction_scale)
    (ATLEAST, "", "95%", no_unit("95%", "%")),  # 24 was 0 (0.95 < 90): 95 of what the row counts, or 0.95?
    (STEP, "", "2%", no_unit("2%", "%")),  # 25 was 4.98 (0.02 of a step of 1): no count
    (">=0.9: W; *: 0", "", "95%", 5),  # 26 kept: 0.95 >= 0.9 on the rule's own fraction scale → 5
    (">=0.9: W; *: 0", "", "85%", 0),  # 27 kept: 0.85 < 0.9 → 0
]
#: as built: a prefilled text the row accepts is written as its number, a refused one stays text (same expectations)
REFUSED = [k for k, c in enumerate(CASES) if isinstance(c[3], str)]


def _bare_numeric_text(v: Any, _want: Any = None) -> bool:
    # not the `formulas` engine's run: it compares bare numeric text with numbers as text (p22's note)
    return isinstance(v, str) and v.replace(".", "").isdigit()


@pytest.fixture(scope="module")
def books(tmp_path_factory: pytest.TempPathFactory) -> dict[Any, Any]:
    return build_books(tmp_path_factory.mktemp("p35"), "p35-units", "测试（p35：无单位行的单位）", CASES)


# ------------------------------------------------------------------------------------------- the core

def test_the_core_decides_each_case() -> None:
    from jixiao.errors import InputError
    from jixiao.rules.grammar import parse_rule
    from jixiao.rules.target import in_row_unit, typed_input_reason

    for rule, unit, v, want in CASES:
        r = parse_rule(rule)
        why = typed_input_reason(v, r, unit or None, weight=5)
        if isinstance(want, str):
            assert why == want, (rule, v, why)
            continue
        assert why is None, (rule, v, why)
        try:
            got = r.score(in_row_unit(v, r, unit or None), Decimal(5))
        except InputError as e:  # pragma: no cover - a failure message
            raise AssertionError((rule, v, e.message_zh)) from e
        assert abs(got - Decimal(str(want))) < Decimal("1e-9"), (rule, v, got)


# ------------------------------------------------------------------------------------------- the sheet

@pytest.mark.parametrize("flavour", ["portable", "udf"])
def test_as_built_the_score_cell_decides_as_the_core(books: dict[str, Any], flavour: str) -> None:
    assert wrong_scores(cached, books["built", flavour], CASES) == []


@pytest.mark.parametrize("flavour", ["portable", "udf"])
def test_formulas_engine_decides_as_the_core(books: dict[str, Any], flavour: str) -> None:
    assert wrong_recalculated(books["typed", flavour], CASES, _bare_numeric_text) == []


@pytest.mark.libreoffice
@pytest.mark.skipif(lo.SOFFICE is None, reason="LibreOffice not installed")
def test_libreoffice_recalculation_decides_as_the_core(books: dict[str, Any], tmp_path: Path) -> None:
    assert wrong_in_libreoffice([(books, "typed", CASES, name)], tmp_path) == []


# ------------------------------------------------------------------------------------------- collect, SCORE_RANGE

def test_collect_decides_with_the_same_text(books: dict[str, Any]) -> None:
    assert wrong_collected(books, CASES) == []


def test_score_range() -> None:
    for rule, unit, v, want in CASES:
        got = udfs.SCORE_RANGE(v, rule, 5, unit or None)
        ok = got == f"#JIXIAO! {want}" if isinstance(want, str) else isinstance(got, float) and abs(got - want) < 1e-9
        assert ok, (rule, v, got)


# ------------------------------------------------------------------------------------------- validate alone

def test_validate_alone_says_the_reason(books: dict[str, Any], tmp_path: Path) -> None:
    """A return saved by a program that does not recalculate (no cached 得分), the spec known: the core's reason at
    the 业绩值 (`value-refused`, 错误) — "0.95" in the % row too (was silent)."""
    assert wrong_refused_findings(books, CASES, name, tmp_path) == []


# ------------------------------------------------------------------------------------------- hand tables

#: (header of the 业绩值 column, 度量单位, 评分标准, 业绩值, its number format, typed 得分, expected)
HAND_CASES: list[tuple[str, str | None, str, Any, str | None, Any, Any]] = [
    ("业绩值", None, MONEY_TEXT, "150万元", None, 3.75, 3.75),  # the text writes 万元: read in 元, as the rule
    ("业绩值", None, MONEY_TEXT, "2024年", None, 0, no_unit("2024年", "年")),  # was 2024 ÷ 2 000 000 × 5 ≈ 0.005
    ("业绩值", None, MONEY_TEXT, "150万人", None, 3.75, no_unit("150万人", "万人")),
    HANDS[5],  # 度量单位 %, 0.95 in a "0%" cell: 4.75 (collect refused)
    HANDS[7],  # 度量单位 万元, "1.5亿": 5 (both refused)
]


@pytest.mark.parametrize("k", range(len(HAND_CASES)))
def test_hand_table_collect_and_validate(tmp_path: Path, k: int) -> None:
    collect_and_validate_agree(tmp_path / f"hand{k}.xlsx", HAND_CASES[k])


def collect_and_validate_agree(path: Path, case: tuple[str, str | None, str, Any, str | None, Any, Any]) -> None:
    """A one-row hand table (:func:`hand_table`): collect's 核定 and validate's findings are the ``case``'s expected
    score, or its reason as collect's row refusal and validate's `value-refused` (错误) at the 业绩值 E3 (p36 too)."""
    path = hand_table(path, case)
    c = check_one(path)
    assert c.verified is not None
    (row,) = c.verified.rows
    found = list(validate_workbook(path).findings)
    want = case[6]
    if isinstance(want, str):
        assert row.verified is None and row.why == want, row
        said = [(f.check, f.severity.value, f.message) for f in found if f.cell == "E3"]
        assert ("value-refused", "错误", f"E3：指标“完成率”：{want}") in said, said
    else:
        assert row.verified == Decimal(str(want)), row
        assert not [f.message for f in found if f.check in ("score-mismatch", "implausible-value", "value-refused",
                                                             "value-unreadable")]


def test_a_literal_percent_sign_is_no_percent_format(tmp_path: Path) -> None:
    """p33's hand case 4: 0.95 in a cell formatted ``0.00"%"`` shows "0.95%" (the quoted % is a literal; the value is
    not multiplied) under 度量单位 % — 95 % or 0.95 %: must refuse. collect refused (it read no format); with the
    format read, a "%" anywhere in it made it a percentage cell and both would have scored 4.75: now the two-readings
    reason in collect, and validate says it at the 业绩值. Since p39 the reason names the literal "%" itself (the cell
    shows "0.95%" but holds 0.95: shown and stored disagree) — still refused in both, with the same text."""
    path = hand_table(tmp_path / "literal.xlsx", HANDS[4])
    (row,) = check_one(path).verified.rows
    literal = PERCENT_LITERAL_CELL.format(value="0.95%", number="0.95")
    assert row.verified is None and row.why == literal, row
    said = [f.message for f in validate_workbook(path).findings if f.cell == "E3"]
    assert any(literal in m for m in said), said
