"""The text semantics shared by the engine and the portable formulas (see also test_differential)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from jixiao.numbers import parse_number
from jixiao.rules.grammar import parse_rule
from jixiao.templates import cell_text
from jixiao.templates.build import UDF_NOTE, build_workbook
from jixiao.templates.spec import load_all_specs

C11 = parse_rule(">=95%: 5; <95%: 5 - 1 per 1% ceil")


@pytest.mark.parametrize(("text", "expected"), [
    ("９５％", Decimal("0.95")),  # full-width digits and percent
    (" 95 % ", Decimal("0.95")),  # spaces around and before the unit
    ("\u300096.5%\t", Decimal("0.965")),  # ideographic space, tab
    ("1,234.5", Decimal("1234.5")),
    ("１，２３４", Decimal("1234")),
    ("12 万 元", Decimal("120000")),
    ("−5", Decimal("-5")),  # U+2212 minus
    ("5元／人", Decimal("5")),  # full-width slash inside a unit
])
def test_forms_both_engines_accept(text, expected):
    assert parse_number(text) == expected


@pytest.mark.parametrize("text", [
    "1,23", "1,2345", "12,345.", "5.", "9 5", "- 5", "5%%", "①", "Ａ", "٥",
    "1000000000000001",  # above 10^15
])
def test_forms_both_engines_flag(text):
    with pytest.raises(ValueError):
        parse_number(text)


def test_step_guard_rounds_the_step_count_to_9_places_like_the_formula():
    # (0.95 - 0.9399999999999) / 0.01 = 1.00000000001 -> ROUND(.,9) = 1 -> 1 step -> 4 points
    assert C11.score(Decimal("0.9399999999999"), 5) == 4
    # (0.95 - 0.939999999) / 0.01 = 1.0000001 -> 2 steps -> 3 points
    assert C11.score(Decimal("0.939999999"), 5) == 3
    # (0.95 - 0.939999999995) / 0.01 = 1.0000000005 -> ROUND half up -> 1.000000001 -> 2 steps
    assert C11.score(Decimal("0.939999999995"), 5) == 3


def test_rate_value_reads_amounts_like_the_rate_formula():
    assert cell_text.rate_value("1,012.41", "１０６０") == Decimal("1012.41") / Decimal(1060)
    assert cell_text.rate_value(" 缺省", 1060) == "缺省"  # not #VALUE!: the row gets full marks
    assert cell_text.rate_value(1, 100, "缺省") == "缺省"
    assert cell_text.rate_value("\u3000", 100) == ""
    assert cell_text.rate_value("abc", 100) == cell_text.RATE_NOT_NUMBER
    assert cell_text.rate_value(1, 100, "—") == cell_text.RATE_NOT_NUMBER
    assert cell_text.rate_value(1, 0, " ") == cell_text.RATE_ZERO
    assert cell_text.rate_value(50, 60, 40) == Decimal("0.5")  # 50 / (60 + 40)
    assert C11.score(cell_text.rate_value(" 缺省", 1060), 5) == 5


def test_portable_reads_inputs_through_a_hidden_helper_sheet(tmp_path: Path):
    spec = load_all_specs()[0]
    build_workbook(spec, "portable", tmp_path / "p.xlsx")
    wb = openpyxl.load_workbook(tmp_path / "p.xlsx")
    helper = wb[cell_text.HELPER_SHEET]
    assert helper.sheet_state == "hidden" and helper.protection.sheet
    scores = [c.value for row in wb["评分表"].iter_rows() for c in row
              if isinstance(c.value, str) and f"'{cell_text.HELPER_SHEET}'!$J$" in c.value]
    assert scores  # score and rate formulas read the helper values


def test_udf_flavour_says_what_an_english_error_means(tmp_path: Path):
    spec = load_all_specs()[0]
    build_workbook(spec, "udf", tmp_path / "u.xlsm")
    wb = openpyxl.load_workbook(tmp_path / "u.xlsm")
    ws = wb["评分表"]
    note = next(c.comment.text for row in ws.iter_rows(max_row=3) for c in row
                if c.value == "得分")
    assert note == UDF_NOTE and "jixiao excel install" in note
    guide = " ".join(str(c.value) for row in wb["填表说明"].iter_rows() for c in row if c.value)
    assert "启用内容" in guide and "无需“导入函数”" in guide and "xlwings 0.37.8" in guide
