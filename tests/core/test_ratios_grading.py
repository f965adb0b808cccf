from decimal import Decimal as D

import pytest

from jixiao import InputError, ScoringError, exec_rate, grade


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        ((1012.41, 1060), D("0.955104")),  # 001: 1012.41 / 1060 = 95.51%
        ((3524647.79, 4306084.38), D("0.818527")),  # 002: 81.85%
        ((2949.56, 2401, 4380.91), D("0.434916")),  # 004 附件2: 2949.56 / 6781.91 = 43.49%
        (("320.88", "398"), D("0.806231")),  # 004 附件3: 80.62% (the table prints 81.62%)
        (("1012.41万元", "1060万元"), D("0.955104")),
    ],
)
def test_exec_rate(args, expected):
    assert abs(exec_rate(*args) - expected) < D("1e-6")


@pytest.mark.parametrize("args", [(1, 0), (0, 0), (5, 10, -10), (None, 5), ("abc", 5)])
def test_exec_rate_errors(args):
    with pytest.raises(ScoringError):
        exec_rate(*args)


@pytest.mark.parametrize(
    ("total", "expected"),
    [(93.99, "优"), (88.8, "良"), (90, "优"), (89.999, "良"), (60, "中"), (59.99, "差"),
     (0, "差"), (100, "优"), ("93.99", "优"), (80, "良")],
)
def test_national_grade(total, expected):
    assert grade(total) == expected


def test_custom_scheme():
    assert grade(96, "90:好;80:较好;60:一般;0:差") == "好"
    assert grade(75, "90：好；80：较好；60：一般；0：差") == "一般"
    assert grade(45, "90:A;0:B", full=50) == "B"


@pytest.mark.parametrize("total", [101, -1, None, "abc"])
def test_grade_errors(total):
    with pytest.raises(ScoringError):
        grade(total)


def test_bad_scheme():
    with pytest.raises(InputError, match="分数:等级"):
        grade(50, "优秀")


def test_every_scheme_grades_a_total_at_9_decimals():
    """A SUM of 2-decimal scores in binary floating point lands just below its band edge
    (8.03 + 9.98 + … + 4.99, 90.00 on paper → 89.99999999999999); Excel and LibreOffice compare at 15 significant digits
    and show 优 — every scheme object (not only ``grade()``) grades the total that way, so a
    caller cannot forget to settle it."""
    from jixiao.grading import parse_scheme
    from jixiao.reading.statements import read_scheme

    f = 0.0
    for s in (8.03, 9.98, 9.95, 8.92, 9.5, 9.51, 9.71, 9.89, 9.52, 4.99):  # as SUM adds them
        f += s
    total = D(repr(f))
    assert total < 90  # the float sum really is below the edge
    assert parse_scheme(None).grade(total) == "优"
    stated = read_scheme("90分（含）以上为优，80（含）-90分为良，60（含）-80分为中，60分以下为差。", "A20")
    assert stated.grade(total) == "优"
    assert stated.grade(D("89.99")) == "良" and parse_scheme(None).grade(D("89.99")) == "良"
