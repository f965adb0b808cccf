"""``cell_number``: a cell as a number or None, never an exception.

It is the one "cell as number" reader of the templates (the helper readings' 合计 and
``templates new``'s 分值 / 序号 / 指标值 / meta cells; authoring had its own ``_d``, shown
equal to it on 30,000 generated inputs before it was removed).
"""

from __future__ import annotations

from decimal import Decimal as D

import pytest
from hypothesis import given
from hypothesis import strategies as st

from jixiao.numbers import parse_number
from jixiao.templates.selfeval_rows import cell_number
from tests.strategies import values


@pytest.mark.parametrize(("cell", "expected"), [
    # blanks, marks of "nothing entered", logical values: not numbers
    (None, None), ("", None), ("   ", None), ("\u3000", None), ("—", None), ("/", None),
    (True, None), (False, None),
    # text a reviewer types: full-width digits, units, 万 (parse_number's documented forms)
    ("５", D(5)), ("4分", D(4)), ("1,060万元", D(10600000)), ("95%", D("0.95")), (" 3.6 ", D("3.6")),
    (5, D(5)), (0.94, D("0.94")), (D("1.5"), D("1.5")),
    # refused by parse_number: None, not an exception
    ("缺省", None), ("约4万", None), ("一", None), ("（一）", None), ("1.2.3", None),
    (float("nan"), None), (float("inf"), None), (D("NaN"), None), (D("sNaN"), None),
    (10 ** 30, None), ("9" * 40, None), ([1], None),
])
def test_examples(cell, expected):
    got = cell_number(cell)
    assert got == expected and (got is None) == (expected is None)


@given(st.one_of(values, st.decimals(allow_nan=True, allow_infinity=True),
                 st.text(alphabet=" \t\u3000\u2003\u2028１２３4.%万元,-−", max_size=8)))
def test_the_number_parse_number_reads_or_none(cell):
    try:
        expected = None if isinstance(cell, bool) else parse_number(cell)
    except ValueError:
        expected = None
    assert cell_number(cell) == expected
