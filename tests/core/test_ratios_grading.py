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
