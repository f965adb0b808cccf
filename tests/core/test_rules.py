"""The must-pass table of the scoring-core issue; expected values from seed text and hand arithmetic."""

from decimal import Decimal as D

import pytest

from jixiao import RuleGapError, RuleSyntaxError, ScoringError, parse_rule, score_range

R_000_C31 = "[100%,105%]: 4; [95%,100%): 3.6; >105%: 4 - 0.4 per 1% ceil; <95%: 3.6 - 0.6 per 1% ceil"
R_000_C32 = "[95%,100%]: 4; (100%,105%]: 3.6; >105%: 3.6 - 0.6 per 1% ceil; <95%: 4 - 0.4 per 1% ceil"
R_000_C32_NOCEIL = R_000_C32.replace(" ceil", "")
R_000_C11 = ">=95%: 5; <95%: 5 - 1 per 1% ceil"
R_000_D31 = ">=90%: 5; (80%,90%): 3; (70%,80%): 2; <70%: 0"


@pytest.mark.parametrize(
    ("rule", "value", "weight", "expected"),
    [
        # 000 C31: 91,799,801.60 / 94,767,246.66 = 96.87% → in 95%-100% → 3.6
        pytest.param(R_000_C31, D("91799801.60") / D("94767246.66"), 4, D("3.6"), id="000-C31"),
        # 000 C32: 89.73% → 95 - 89.73 = 5.27 pp → ceil 6 → 4 - 0.4*6 = 1.6
        pytest.param(R_000_C32, D("93409520.08") / D("104100094.66"), 4, D("1.6"), id="000-C32"),
        # 000 C11 style: 94% → 1 pp below → 5 - 1 = 4 (binary floats would give 2 pp)
        pytest.param(R_000_C11, "94%", 5, D(4), id="ceil-94pct-text"),
        pytest.param(R_000_C11, 0.94, 5, D(4), id="ceil-94pct-float"),
        # 89.5%: 5.5 pp → ceil 6 → 5 - 6 < 0 → 扣完为止 → 0
        pytest.param(R_000_C11, "89.5%", 5, D(0), id="ceil-floor-at-0"),
        pytest.param(R_000_C11, "100.34%", 5, D(5), id="000-C11"),
        # 000 D31 满意度 84.67% in (80%,90%) → 3
        pytest.param(R_000_D31, "84.67%", 5, D(3), id="000-D31"),
        # 000 D11: 84.70% × 10 = 8.47
        pytest.param("*: prop", "84.70%", 10, D("8.47"), id="000-D11"),
        # 002 预算执行率 3524647.79 / 4306084.38 = 81.85% → [80%,90%) → 1
        pytest.param("=100%: W; [90%,100%): 2; [80%,90%): 1; <80%: 0",
                     D("3524647.79") / D("4306084.38"), 4, D(1), id="002-exec-rate"),
        # 002 满意度: ≥95% 100%权重; 93.5% → 1.5 pp → 8 - 0.05*8*1.5 = 7.4
        pytest.param(">=95%: W; <95%: W - 5%W per 1%", "98%", 8, D(8), id="002-satisfaction-full"),
        pytest.param(">=95%: W; <95%: W - 5%W per 1%", "93.5%", 8, D("7.4"), id="002-satisfaction"),
        # 002 每发现1处扣25%权重分: 6 - 1.5x
        pytest.param("*: W - 25%W per 1", 0, 6, D(6), id="per-finding-0"),
        pytest.param("*: W - 25%W per 1", 2, 6, D(3), id="per-finding-2"),
        pytest.param("*: W - 25%W per 1", 5, 6, D(0), id="per-finding-5"),
        pytest.param(">=20: W; <20: prop", 15, 2, D("1.5"), id="prop-threshold"),
        # 004 附件2 执行率 43.49% < 90% → 0
        pytest.param(">=90%: 4; *: 0", "43.49%", 4, D(0), id="004-exec-rate"),
        pytest.param('"符合": W; "基本符合": 0.5W; *: 0', "符合", 3, D(3), id="text-full"),
        pytest.param('"符合": W; "基本符合": 0.5W; *: 0', "基本符合", 3, D("1.5"), id="text-half"),
        pytest.param('"符合": W; "基本符合": 0.5W; *: 0', "不符合", 3, D(0), id="text-other"),
        pytest.param(R_000_C32, "缺省", 3, D(3), id="na-full-marks"),
        pytest.param('"符合": W; *: 0', "缺省", 3, D(3), id="na-text-rule"),
        # never above the weight: 6 points stated on a 5-point row
        pytest.param(">=0: 6", 1, 5, D(5), id="clamp-to-weight"),
    ],
)
def test_score_range_table(rule, value, weight, expected):
    assert score_range(value, rule, weight) == expected


def test_c32_without_ceil_is_continuous():
    # 4 - 0.4 * (95 - 89.7306...) = 1.892194...
    got = score_range(D("93409520.08") / D("104100094.66"), R_000_C32_NOCEIL, 4)
    assert abs(got - D("1.892194")) < D("1e-6")


@pytest.mark.parametrize("value", ["80%", "70%"])
def test_gap_in_published_bands_is_an_error_naming_the_value(value):
    with pytest.raises(RuleGapError, match=value):
        score_range(value, R_000_D31, 5)


def test_text_value_on_numeric_rule_is_error():
    with pytest.raises(ScoringError, match="业绩值"):
        score_range("优秀", R_000_C11, 5)


def test_blank_value_is_error_not_zero():
    with pytest.raises(ScoringError, match="未填写"):
        score_range(None, R_000_C11, 5)


@pytest.mark.parametrize(
    ("text", "clause", "position"),
    [
        (">=95%: 5; <95% 3", 2, 16),
        (">=95%: 5; ; <95%: 0", 2, None),
        ("[1,0]: 3", 1, None),
        ("(80%,90%): 3 - 1 per 1%", 1, None),
        ('"符合: W', 1, None),
        (">=95%: 5%", 1, None),
        ("x>1: 3", 1, 1),
    ],
)
def test_syntax_errors_point_at_clause_and_character(text, clause, position):
    with pytest.raises(RuleSyntaxError) as info:
        parse_rule(text)
    assert info.value.clause == clause
    assert f"第{clause}条子句" in str(info.value)
    if position is not None:
        assert info.value.position == position


def test_canonical_text_and_fullwidth_input():
    r = parse_rule("≥95％：5；＜95％：5-1 per 1% ceil")
    assert str(r) == ">=95%: 5; <95%: 5 - 1 per 1% ceil"
    assert parse_rule(str(r)) == r


@pytest.mark.parametrize(
    ("rule", "weight", "expected"),
    [
        (R_000_C31, 4, D(4)),
        (">=90%: 1; *: 0", 2, D(1)),  # 003: "…得1分" on a 2-point row cannot reach 2
        (">=0: 6", 5, D(6)),  # exceeds the weight
        ("*: prop", 10, D(10)),
        ('"符合": W; *: 0', 3, D(3)),
    ],
)
def test_max_points(rule, weight, expected):
    assert parse_rule(rule).max_points(weight) == expected
