from decimal import Decimal as D

import pytest
from hypothesis import given
from hypothesis import strategies as st

from jixiao import NumberFormatError, parse_number


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("96.87%", D("0.9687")),  # 000 C31 as printed
        ("4,306,084.38元", D("4306084.38")),  # 002 预算数
        ("1060万元", D("10600000")),  # 001 下达预算 1060 万元
        ("46万人", D("460000")),  # 001 参保人数
        ("４３．４９％", D("0.4349")),  # full-width 43.49%
        ("100.34%", D("1.0034")),
        ("−89.38%", D("-0.8938")),
        ("1012.41", D("1012.41")),
        (" 3.6 ", D("3.6")),
        ("461025人", D("461025")),
        (5, D(5)),
        (0.94, D("0.94")),  # shortest repr, not 0.939999...
        (D("1.5"), D("1.5")),
    ],
)
def test_parse_number_reads_typed_forms(text, expected):
    assert parse_number(text) == expected


@pytest.mark.parametrize("text", [None, "", "—", "——", "  ", "－"])
def test_empty_marks_are_none(text):
    assert parse_number(text) is None


@pytest.mark.parametrize(
    ("text", "why"),
    [
        ("约4.4万件", "约数"),
        ("abc", "不含数字"),
        ("95%-100%", "区间"),
        ("≥95%", "条件"),
        ("1.2.3", "小数点"),
        ("缺省", "缺省"),
    ],
)
def test_bad_numbers_raise_valueerror_quoting_text(text, why):
    with pytest.raises(ValueError, match=why) as info:
        parse_number(text)
    assert isinstance(info.value, NumberFormatError)
    assert f"“{text}”" in str(info.value)


@pytest.mark.parametrize("bad", [float("nan"), float("inf"), True])
def test_non_finite_and_bool_are_errors(bad):
    with pytest.raises(NumberFormatError):
        parse_number(bad)


FULLWIDTH = str.maketrans("0123456789.%,", "０１２３４５６７８９．％，")


@given(st.decimals(min_value=-10**9, max_value=10**9, places=2, allow_nan=False))
def test_roundtrip_plain_fullwidth_percent_and_commas(d):
    plain = f"{d:f}"
    assert parse_number(plain) == d
    assert parse_number(plain.translate(FULLWIDTH)) == d
    assert parse_number(plain + "%") == d / 100
    sign = "-" if d < 0 else ""
    assert parse_number(f"{sign}{abs(d):,f}") == d
    assert parse_number(f"{sign}{abs(d):,f}".translate(FULLWIDTH)) == d
