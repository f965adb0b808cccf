"""p42: product leftovers of sessions 41–42 (issue 11).

1. ``Rule.score`` refuses a 业绩值 typed with a unit that is no percentage ("10分", "95万元") in a rule that reads a
   percentage, with the same Chinese reason SCORE_RANGE, collect and validate give (was: "10分" scored as the number).

Every expected score is hand arithmetic from the rule's text, written before the run.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest

from jixiao.errors import InputError, ScoringError
from jixiao.rules.grammar import parse_rule
from jixiao.rules.target import scoring_input

# ---------------------------------------------------------------------------------------------------------------------
# 1. a unit that is not the rule's: refused in the core as by every client
# ---------------------------------------------------------------------------------------------------------------------

PERCENT_RULES = ["*: W - 0.3 per 1%", ">=90%: W; *: 0", ">=100%: W; <100%: W - 0.4 per 1%", '"优秀": W; >=90%: 0.8W; *: 0']

#: (typed 业绩值, the unit the reason must name)
WRONG_UNITS = [("10分", "分"), ("10 分", "分"), ("95万元", "万元"), ("95人", "人"), ("95万", "万"), ("９５ 分", "分")]


@pytest.mark.parametrize("rule", PERCENT_RULES)
@pytest.mark.parametrize(("text", "unit"), WRONG_UNITS)
def test_unit_not_a_percentage_refused_in_the_core(rule: str, text: str, unit: str) -> None:
    r = parse_rule(rule)
    with pytest.raises(ScoringError) as core:
        r.score(text, 30)
    msg = core.value.message_zh
    assert f"（单位“{unit}”）" in msg and "该行按百分比计分" in msg and "请改填百分比" in msg, msg
    with pytest.raises(InputError) as client:  # SCORE_RANGE's and collect's order: the same sentence
        scoring_input(text, r, None, weight=30)
    assert str(client.value.message_zh) == msg


#: a percentage, a bare number, 缺省 and a named level are still scored (分值 30, hand arithmetic)
KEPT = [
    ("*: W - 0.3 per 1%", "10%", Decimal(27)),  # 30 − 0.3 × 10
    ("*: W - 0.3 per 1%", "9.5个百分点", Decimal("27.15")),  # 30 − 0.3 × 9.5
    (">=90%: W; *: 0", "95 %", Decimal(30)),
    (">=90%: W; *: 0", "95", Decimal(30)),  # above 10: percent points
    (">=90%: W; *: 0", "缺省", Decimal(30)),
    ('"优秀": W; >=90%: 0.8W; *: 0', "优秀", Decimal(30)),
    ('"优秀": W; >=90%: 0.8W; *: 0', "95%", Decimal(24)),  # 0.8 × 30
]


@pytest.mark.parametrize(("rule", "text", "want"), KEPT)
def test_percent_values_still_scored(rule: str, text: str, want: Decimal) -> None:
    assert parse_rule(rule).score(text, 30) == want


def test_count_rule_keeps_its_units() -> None:
    # a rule that counts (no %): "3次" is 3 counts, 30 − 1.5 × 3 = 25.5; the % check does not apply
    assert parse_rule("*: W - 1.5 per 1").score("3次", 30) == Decimal("25.5")


# ---------------------------------------------------------------------------------------------------------------------
# 2. a date or a %-formatted number in a time-unit row: the sheet cannot see the format (CELL("format") is no portable
#    answer — LibreOffice gives "G" for a yyyy/m/d date, the `formulas` engine has no CELL; docs/notes/p42.md), so
#    collect and validate say it at the 业绩值 cell and give no 核定 for the row
# ---------------------------------------------------------------------------------------------------------------------

TIME_ROWS = [("<=30: W; *: 0", "天", 25, 5), ("<=30: W; *: 0", "天", 25, 5), ("*: W - 1 per 1", "天", 2, 5),
             ("<=3: W; *: 0", "月", 2, 5)]
#: what each row's 业绩值 cell is given (value, number format) and the words its finding must hold
TIME_EDITS = [(dt.datetime(2024, 6, 30), "yyyy/m/d", "日期"), (0.2, "0%", "20%"), (0.02, "0%", "2%"),
              (dt.datetime(2024, 6, 30), 'yyyy"年"m"月"', "日期")]


@pytest.mark.parametrize("flavour", ["portable", "udf"])
def test_date_or_percent_format_in_a_time_row_said_at_the_cell(tmp_path: Path, flavour: str) -> None:
    import openpyxl

    from jixiao.collect import check_one
    from jixiao.validation import validate_workbook
    from tests.templates.typed_units import build_books, score_cells

    books = build_books(tmp_path, "p42-dates", "测试（p42：时间单位行的日期与百分比格式）", TIME_ROWS)
    book = books["built", flavour]
    cells = score_cells(book)
    wb = openpyxl.load_workbook(book, keep_vba=flavour == "udf")
    ws = wb["评分表"]
    refs = [ref for ref, _score in cells.values()]
    for ref, (value, fmt, _said) in zip(refs, TIME_EDITS, strict=True):
        ws[ref] = value
        ws[ref].number_format = fmt
    edited = tmp_path / f"edited{book.suffix}"
    wb.save(edited)
    validated = {f.cell: f for f in validate_workbook(edited).findings if f.check.startswith("value-")}
    checked = check_one(str(edited))
    collected = {f.cell: f for f in checked.report.findings if f.check.startswith("value-")}
    for ref, (_v, _fmt, said) in zip(refs, TIME_EDITS, strict=True):
        for found in (validated, collected):
            assert ref in found and said in found[ref].message, (ref, found.get(ref))
    assert checked.verified is not None
    assert [r.verified for r in checked.verified.rows] == [None] * 4
    assert [r.why_cell for r in checked.verified.rows] == refs
