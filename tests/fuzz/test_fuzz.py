"""Long fuzzing (`make fuzz`): arbitrary input never escapes as an exception, never hangs.

Run with HYPOTHESIS_PROFILE=fuzz (10,000 examples per test, 2 s deadline per example).
`make test` runs the same properties with the small CI profile.
"""

import jixiao_udfs as udfs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jixiao import InputError, parse_number, parse_rule, read_rule_text
from tests.strategies import excel_inputs

pytestmark = pytest.mark.slow
FUZZ = settings(max_examples=10_000, deadline=2000)
rule_alphabet = st.sampled_from(list('<>=[](),;:*"%W.-0123456789 perceilfloorprop符合≥≤％；：'))
rule_texts = st.one_of(st.text(), st.text(rule_alphabet, max_size=60))
zh_texts = st.one_of(st.text(), st.text(st.sampled_from(list(
    "≥≤<>%％得分扣每低高于以上以下不满个百分点按算下同满分完成率比例①②③权重酌情0123456789.，。；（）含~-")),
    max_size=80))


@FUZZ
@given(excel_inputs, excel_inputs, excel_inputs)
def test_udfs_never_raise(a, b, c):
    for result in (udfs.SCORE_RANGE(a, b, c), udfs.EXEC_RATE(a, b, c), udfs.GRADE(a, b),
                   udfs.RULE_CHECK(a)):
        assert result is not None


@FUZZ
@given(st.one_of(st.text(), st.floats(), st.integers(), st.none()))
def test_parse_number_returns_or_raises_valueerror(x):
    try:
        parse_number(x)
    except ValueError:
        pass


@FUZZ
@given(rule_texts)
def test_parse_rule_returns_or_raises_input_error(text):
    try:
        rule = parse_rule(text)
    except InputError:
        return
    assert parse_rule(str(rule)) == rule


@FUZZ
@given(zh_texts, st.one_of(st.none(), st.integers(0, 20)))
def test_read_rule_text_never_raises(text, weight):
    reading = read_rule_text(text, weight)
    if reading.rule is not None:
        assert parse_rule(str(reading.rule)) == reading.rule
