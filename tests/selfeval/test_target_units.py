"""A 实际完成值 typed with its own unit beside a 指标值 in 万元 ("95万元" beside "≤90万元").

Session 28: the number reader reads "95万元" as 950000 (元) while the target "≤90万元" is read as 90 (its unit,
万元), so validation compared 950000 with 90: a cost of 95万元 against a cap of 90万元 was said to deserve 0 instead
of 90/95 × 分值, and 85万元 (under the cap: full marks) was said to deserve 0 too. Published tables write values so
(the 棠溪镇 table's own 年度总体目标 says "完成预算资金89.97万元"). The value is now put on the target's scale.

Source of the table: 池州市贵池区棠溪镇人民政府 项目支出绩效自评表（2022年度）委托业务项目 (tests/selfeval/tables.py
TANGXI), row 项目总成本 "≤90万元", 分值 8, printed 实际完成值 90 and 得分 8 (F17/H17). Expected scores are the
national default rule (反向: 指标值 ÷ 实际值 × 分值, not above 分值) by hand.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from jixiao.numbers import number_in_unit, unit_multiplier
from jixiao.rules.target import actual_in_target_unit, parse_target
from jixiao.validation import validate_workbook
from tests.selfeval.tables import TANGXI

COST = "H17"


@pytest.mark.parametrize(("typed", "score", "expected"), [
    ("89.974万元", 8, None),       # under the cap (the table's own 执行数): full marks, as printed
    ("85万元", 8, None),           # under the cap: full marks (was: "应得 0")
    ("850000元", 8, None),         # the same amount in 元
    ("95万元", 7.58, None),        # over the cap: 90 ÷ 95 × 8 = 7.5789… → 7.58
    ("95万元", 8, "7.58"),         # full marks over the cap: a slip (was: "应得 0")
    ("0.0095亿元", 8, "7.58"),     # 95万元 in 亿元
    (95, 8, "7.58"),               # a bare number is in the row's unit (万元), as before
])
def test_a_value_with_its_own_unit_is_compared_on_the_targets_scale(tmp_path, typed, score, expected):
    path = TANGXI.save(tmp_path / "t.xlsx", corrected=True, changes={"F17": typed, COST: score})
    found = [f for f in validate_workbook(path).findings if f.cell == COST]
    if expected is None:
        assert found == [], [f.message for f in found]
    else:
        (f,) = found
        assert f.expected == expected and "实际完成值 95，" in f.message, f.message


def test_number_in_unit_by_hand():
    assert unit_multiplier("万元") == (4, "元") and unit_multiplier("千克") == (0, "千克")
    assert number_in_unit("95万元", "万元") == Decimal(95)
    assert number_in_unit("95万", "万元") == Decimal(95)
    assert number_in_unit("1,200,000元", "万元") == Decimal(120)
    assert number_in_unit("2.5万人", "万人") == Decimal("2.5")
    assert number_in_unit("25000人", "万人") == Decimal("2.5")
    # nothing to convert: bare numbers, other kinds of unit, targets without a multiplier, percentages
    assert number_in_unit("95", "万元") is None
    assert number_in_unit("95万人", "万元") is None
    assert number_in_unit("95万元", "元") is None
    assert number_in_unit("95%", "万元") is None
    assert number_in_unit("约95万元", "万元") is None


def test_actual_in_target_unit_keeps_percent_and_plain_units():
    t = parse_target("≥95%")
    assert actual_in_target_unit("96%", Decimal("0.96"), t) == Decimal("0.96")
    assert actual_in_target_unit(96, Decimal(96), t) == Decimal("0.96")
    t = parse_target("≥50个")
    assert actual_in_target_unit("52个", Decimal(52), t) == Decimal(52)
    t = parse_target("≤90万元")
    assert actual_in_target_unit("95万元", Decimal(950000), t) == Decimal(95)
    assert actual_in_target_unit(95, Decimal(95), t) == Decimal(95)
