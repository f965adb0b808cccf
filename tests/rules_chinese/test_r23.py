"""r23: housekeeping of the reader (session 23's review items) — one item-number pattern, refusal kinds, one 分值 parser.

Each change left the readings of every corpus and seed text at 8 weights as they were (bench/dump_readings.py); the
tests here pin the edges the changes decided.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from jixiao.rules.chinese import read_rule_text
from jixiao.rules.chinese.lexicon import lone_item_number
from jixiao.rules.chinese.rewrites import drop_item_numbers
from tests.rules_chinese.corpus import load

_TEXTS = {e["id"]: e["text"] for e in load()[1]}


# --- 1. one item-number pattern (lexicon.ITEM_NO) for failures' row number and rewrites' dropped number -------------

@pytest.mark.parametrize(("text", "number"), [
    ("1、建立台账", "1、"), ("1.建立台账", "1."), ("1．建立台账", "1．"), ("(1)建立台账", "(1)"), ("（1）建立台账", "（1）"),
    ("一、建立台账", "一、"), ("①建立台账", "①"),
    # the two edges the old patterns disagreed on: "(一)" (rewrites only) and "1)" (failures only)
    ("（一）建立台账", "（一）"), ("(十二)建立台账", "(十二)"), ("1)建立台账", "1)"), ("12）建立台账", "12）"),
    # spaces left by extraction inside the number (fresh26 AJ6-2 "(2 )村(居)…", "1 .单相电能表…")
    ("(2 )建立台账", "(2 )"), ("1 .建立台账", "1 ."),
])
def test_item_number_forms(text: str, number: str) -> None:
    m = lone_item_number(text)
    assert m is not None and m[0].strip() == number
    assert drop_item_numbers(text, None) == "建立台账"


def test_item_number_edges_open_corpus_rows() -> None:
    # "(一)…" opens the rows of Q12 (fresh5) and AO2 (fresh28); "1)…" opens AX9-1 (fresh37), whose "(1分)" is points,
    # not a second number
    assert lone_item_number(_TEXTS["Q12-1"])[0] == "(一)"  # type: ignore[index]
    assert lone_item_number(_TEXTS["AO2-1"])[0] == "(一)"  # type: ignore[index]
    assert lone_item_number(_TEXTS["AX9-1"])[0] == "1)"  # type: ignore[index]
    assert drop_item_numbers(_TEXTS["AX9-1"], Decimal(3)).startswith("乡镇党政领导班子")  # type: ignore[union-attr]


@pytest.mark.parametrize("text", [
    "1.5分以上得满分",  # a decimal
    "1.2.1改厕到位率每下降10%扣2分",  # a section number (fresh corpus "1.2.1\"一池三改\"…")
    "2.2项:无工作经费扣3分",  # an item 2.2
    "1、2项不全扣1分",  # a list of numbers, not an item number
    "1、建立台账;2、按月报送",  # several numbered items: the reader's item recognisers read them
    "(1)建立台账(2)按月报送",
    "1)建立台账;2)按月报送",
    "（一）建立台账，（二）按月报送",
    "1、建立台账\n2、按月报送",
    "第1项未建立台账",  # a reference to an item, not the row's number
    "建立台账",
])
def test_not_a_lone_item_number(text: str) -> None:
    assert lone_item_number(text) is None
    assert drop_item_numbers(text, None) is None


@pytest.mark.parametrize("number", ["（一）", "(三)", "1)", "3）", "(2 )", "2.", "一、", "⑤"])
def test_failure_row_number_is_a_note(number: str) -> None:
    # a failure-only row: "符合" earns the 分值 2, the failing wording 0 — with or without the row's number before it
    plain = read_rule_text("未建立台账的不得分", 2)
    r = read_rule_text(f"{number}未建立台账的不得分", 2)
    assert r.ok and r.canonical == plain.canonical
    assert any(u.startswith("本行序号（不参与计分）") for u in r.understood)
    assert r.rule.score("符合", Decimal(2)) == 2 and r.rule.score("未建立台账", Decimal(2)) == 0  # type: ignore[union-attr]


def test_numbered_failures_are_items_not_a_row_number() -> None:
    # two numbered failings with their own deductions in a 2-point row: 未建立台账 2 − 2 = 0, 台账不全 2 − 1 = 1
    for a, b in (("（一）", "（二）"), ("1)", "2)")):
        r = read_rule_text(f"{a}未建立台账的不得分;{b}台账不全的扣1分", 2)
        assert not any(u.startswith("本行序号") for u in r.understood)
        assert r.rule.score("未建立台账", Decimal(2)) == 0 and r.rule.score("台账不全", Decimal(2)) == 1  # type: ignore[union-attr]


def test_decimal_before_a_failure_is_refused() -> None:
    # "1.5未建立…": 1.5 is no item number (a digit follows the point) — the text is refused, never read as a row number
    r = read_rule_text("1.5未建立台账的不得分", 2)
    assert r.kind == "unreadable"
