"""实际完成值 as bureaus write them, against each 定量 row's 指标值 (issue 11, task p5).

Expected scores are the national default rule (rules/target.py DEFAULT_NAME: a target met → 分值; 正向 not met →
实际 ÷ 指标 × 分值; 反向 not met → 指标 ÷ 实际 × 分值), worked by hand; where the value cannot be put on the 指标值's
scale (a unit of another kind, a bare number that may be 1% or 100%) the row is refused with the reason, never scored
on a guess.

The table is 池州市贵池区棠溪镇人民政府 项目支出绩效自评表（2022年度）委托业务项目 (tests/selfeval/tables.py TANGXI): its
row 13 (数量指标, printed "≥50个" | 50 | 分值 8 | 得分 8) carries each 指标值 / 实际完成值 pair below. Sources of spellings:
- TANGXI itself: 50 beside "≥50个", 100 beside "≥100百分比" (a plain number in percent points), 90 beside "≤90万元";
- 长江禁捕项目自评表 (tables.CHANGJIANG): "90%" beside "≥90%";
- 零陵区林业局 部门整体支出绩效自评表（2021年度）(tables.LINGLING): "1093万元" beside "1100万元", "2.45亿元" beside "2.6亿元";
- 霍山县医疗保障局 自评表（2024年度）(tables.HUOSHAN): 110406 beside "≥50000人次";
- 中江县水利局 绩效目标自评表（2022年度）(tables.ZHONGJIANG): the 指标值 "≥266米" copied as the 实际完成值;
- https://dyrmt.com/article-132779-22.html (a published 自评表): "科目调整次数≤10次", "结余率…≤5%";
- the task's list (docs/notes/p5.md): "50人" beside "≥50个", "2月"/"1个月" beside "≤30天", "0次"/"无" beside "≤0次",
  "1" beside a small percent target, "96%" beside a target printed without "%", full-width digits, "1,200".
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from jixiao.rules.target import actual_in_target_unit, not_comparable, parse_target
from jixiao.validation import validate_workbook
from tests.selfeval.tables import TANGXI

TARGET, VALUE, SCORE = "E13", "F13", "H13"


def _findings(tmp_path, target, value, score):
    path = TANGXI.save(tmp_path / "t.xlsx", corrected=True, changes={TARGET: target, VALUE: value, SCORE: score})
    return [f for f in validate_workbook(path).findings if f.cell in (TARGET, VALUE, SCORE)]


#: (指标值, 实际完成值, 得分 8): the target is met → full marks
MEET = [
    ("≥95%", "95%", 8),
    ("≥90%", "90%", 8),              # CHANGJIANG
    ("≥95%", 95, 8),                 # percent points, as TANGXI's "≥100百分比" | 100
    ("≥95%", "９５％", 8),            # full-width
    ("≥95%", "950‰", 8),             # 950‰ = 95%
    ("≥95%", "2000‰", 8),            # 200% (was read as 2% → "应得 0.17")
    ("≥95", "96%", 8),               # 指标值 printed without "%": 96 ≥ 95 (was 0.96 < 95 → "应得 0.08")
    ("≥5个百分点", "6个百分点", 8),    # 6 ≥ 5 points (was 0.06 < 5)
    ("≤3%", "2%", 8),
    ("≤3天", "2.5天", 8),
    ("≤3天", "2日", 8),
    ("≤0次", "0次", 8),
    ("=0", 0, 8),
    ("≥1000个", "1,200", 8),
    ("≥1000个", "１，２００个", 8),
    ("≥50000人次", 110406, 8),        # HUOSHAN
    ("≥5万人", "50000人", 8),
    ("≥5千米", "6公里", 8),
]
#: (指标值, 实际完成值, the national default score of 分值 8 by hand)
BELOW = [
    ("≤10次", "12次", "6.67"),        # dyrmt.com 科目调整次数≤10次: 反向 10 ÷ 12 × 8 = 6.666…
    ("≥1100万元", "1093万元", "7.95"),  # LINGLING: 1093 ÷ 1100 × 8 = 7.949…
    ("≥2.6亿元", "2.45亿元", "7.54"),   # LINGLING: 2.45 ÷ 2.6 × 8 = 7.538…
    ("≥50个", "40个", "6.4"),          # 40 ÷ 50 × 8
    ("≥95%", 90, "7.58"),             # 90 (%) ÷ 95 × 8 = 7.578…
    ("≥95", "90%", "7.58"),           # the same with the "%" on the other side
    ("≤0次", "1次", "0"),              # 反向 0 ÷ 1 × 8
]
#: (指标值, 实际完成值, the reason said): not on the target's scale → refused, never scored on a guess
REFUSED = [
    ("≥50个", "40人", "单位“人”与指标值 ≥50个 的单位“个”不同"),
    ("≤30天", "2月", "单位“月”与指标值 ≤30天 的单位“天”不同"),     # was: 2 ≤ 30 → full marks called right
    ("≥5万人", "4万人次", "单位“万人次”"),                           # was: 40000 ≥ 5 → full marks called right
    ("≥95%", "1200人", "单位“人”与指标值 ≥95%"),                     # was: 1200 points = 1200% → full marks
    ("≥2次", "50%", "是百分比，指标值 ≥2次 的单位是“次”"),            # was: 0.5 < 2 → "应得 2"
    ("≥95分", "96%", "是百分比"),
    ("≤3%", 1, "可能是 100%，也可能是 1%"),                          # was: read as 100% → "应得 0.24"
    ("≥95%", "0.95", "可能是 95%，也可能是 0.95%"),
]
#: text that is not one number: never scored ("1个月" beside "≤30天", the others beside "≥95%")
NOT_A_NUMBER = ["≥95%", "100%（已完成）", "已完成100%", "完成", "约95%", "95%以上", "无", "2023年12月", "1个月"]


@pytest.mark.parametrize(("target", "value", "score"), MEET)
def test_values_that_meet_the_target_get_full_marks(tmp_path, target, value, score):
    found = _findings(tmp_path, target, value, score)
    assert found == [], [f.message for f in found]


@pytest.mark.parametrize(("target", "value", "expected"), BELOW)
def test_full_marks_below_the_target_are_said_with_the_hand_score(tmp_path, target, value, expected):
    (f,) = _findings(tmp_path, target, value, 8)
    assert (f.cell, f.check, f.expected) == (SCORE, "selfeval-default", expected), f.message


@pytest.mark.parametrize(("target", "value", "why"), REFUSED)
def test_values_that_cannot_be_compared_are_refused_with_the_reason(tmp_path, target, value, why):
    (f,) = _findings(tmp_path, target, value, 8)
    assert (f.cell, f.check) == (VALUE, "value-unreadable"), f.message
    assert why in f.message and "得分未核对" in f.message, f.message


@pytest.mark.parametrize("value", NOT_A_NUMBER)
def test_text_that_is_not_a_number_is_never_scored(tmp_path, value):
    # ZHONGJIANG copies the 指标值 "≥266米" into 实际完成值; the others are the task's list: no score is computed from
    # them, so no expected score is said (and "1个月" is not read as 1 beside "≤30天")
    target = "≤30天" if value == "1个月" else "≥95%"
    found = _findings(tmp_path, target, value, 0)
    assert [f for f in found if f.check == "selfeval-default"] == [], [f.message for f in found]


def test_a_date_target_is_not_a_quantity(tmp_path):
    assert parse_target("12月底前完成") is None
    assert _findings(tmp_path, "12月底前完成", "2023年12月", 8) == []


def test_the_one_place_it_is_decided():
    t = parse_target("≥95%")
    assert actual_in_target_unit("96%", Decimal("0.96"), t) == Decimal("0.96")
    assert actual_in_target_unit(96, Decimal(96), t) == Decimal("0.96")
    assert actual_in_target_unit(Decimal("0.96"), Decimal("0.96"), t, percent_cell=True) == Decimal("0.96")
    assert actual_in_target_unit(1, Decimal(1), t) is None
    assert actual_in_target_unit(0, Decimal(0), t) == 0  # 0 % either way
    t = parse_target("≥95")
    assert actual_in_target_unit("96%", Decimal("0.96"), t) == Decimal(96)
    t = parse_target("≥0.9")
    assert actual_in_target_unit("96%", Decimal("0.96"), t) == Decimal("0.96")
    t = parse_target("≤30天")
    assert not_comparable("2.5天", Decimal("2.5"), t) is None
    assert "无法比较" in not_comparable("2月", Decimal(2), t)
    assert actual_in_target_unit("2月", Decimal(2), t) is None


# --------------------------------------------------------------------------- our template, prefilled

def _national(tmp_path, name, value):
    import openpyxl

    from tests.selfeval.test_templates import AT, NATIONAL, _build

    res = _build(NATIONAL, {**AT, name: value}, "portable", tmp_path / "t.xlsx")
    path = next(i.path for i in NATIONAL.indicators() if i.name == name)
    cell = next(c for _r, p, c in res.rows if p == path)
    ws = openpyxl.load_workbook(res.path, data_only=True)["评分表"]
    col = next(c.column for r in ws.iter_rows(max_row=ws[cell].row) for c in r if c.value == "实际完成值")
    return ws.cell(ws[cell].row, col).value, ws[cell].value


def test_a_prefilled_percent_in_points_is_written_as_a_percentage(tmp_path):
    # selfeval-national 验收合格率 "≥95%", 分值 10: the text "90" (%) → 0.9 in the percent cell, 10 × 90 ÷ 95 = 9.4736…
    # (was: 90 written into the percent cell, shown 9000%, scored 10); a number is the cell's value (0.9 is 90%)
    value, score = _national(tmp_path, "验收合格率", "90")
    assert value == pytest.approx(0.9) and score == pytest.approx(10 * 90 / 95)
    value, score = _national(tmp_path, "验收合格率", 0.9)
    assert value == pytest.approx(0.9) and score == pytest.approx(10 * 90 / 95)


@pytest.mark.parametrize(("name", "value"), [("完成数量", "40人"), ("验收合格率", "1"), ("项目总成本", "95万人")])
def test_a_prefilled_value_that_cannot_be_compared_is_not_written(tmp_path, name, value):
    # 完成数量 "≥50个", 验收合格率 "≥95%", 项目总成本 "≤90万元" (workbook_templates/specs/selfeval-national.yaml)
    assert _national(tmp_path, name, value)[0] is None


# --------------------------------------------------------------------------- collect

def test_collect_refuses_a_value_of_another_kind_pasted_into_the_template(tmp_path):
    """"40人" pasted as text beside 完成数量 "≥50个" (the cell's check stops typing, not pasting): collect does not
    score it (40 人 are not 40 个) but says why at the value cell; the verified total is then incomplete."""
    import openpyxl

    from jixiao.collect import check_one
    from jixiao.templates.build import Filled, build_workbook
    from tests.selfeval.test_templates import AT, NATIONAL, _paths

    p = _paths(NATIONAL)
    res = build_workbook(NATIONAL, "portable", tmp_path / "a.xlsx",
                         Filled({p[k]: v for k, v in AT.items()}, "甲县", "2024"))
    cell = next(c for _r, path, c in res.rows if path == p["完成数量"])
    wb = openpyxl.load_workbook(res.path)
    ws = wb["评分表"]
    value = next(c for c in ws[ws[cell].row] if c.value == 50 and c.coordinate != cell and c.column > 6)
    value.value = "40人"
    wb.save(res.path)
    c = check_one(res.path)
    row = next(r for r in c.verified.rows if r.name == "完成数量")
    assert row.verified is None and c.verified.total is None
    (f,) = [f for f in c.report.findings if f.check == "value-unreadable"]
    assert f.cell == value.coordinate and "单位“人”与指标值 ≥50个 的单位“个”不同" in f.message, f.message


# --------------------------------------------------------------------------- a printed rule on the row's 指标值

@pytest.mark.parametrize(("value", "check", "said"), [
    ("40人", "value-unreadable", "业绩值“40人”的单位“人”与指标值 =50个 的单位“个”不同"),
    ("40个", "score-mismatch", "应得 0 分"),  # 40 < 50: not 完成 → 0 (hand), 10 typed
])
def test_a_rule_row_on_its_target_refuses_a_value_of_another_kind(tmp_path, value, check, said):
    # "完成得基本分,未完成的不得分" beside "50个" (corpus shape P5-4, see test_target_units): the rule is ">=T: W; *: 0"
    from tests.authoring.helpers import write_table_xlsx

    p = write_table_xlsx(tmp_path / "t.xlsx", "评分表", ["三级指标", "指标值", "评分标准", "分值", "业绩值", "得分"],
                         [["完成数量", "50个", "完成得基本分,未完成的不得分。", 10, value, 10]])
    (f,) = [f for f in validate_workbook(p).findings if f.cell in ("E3", "F3")]
    assert f.check == check and said in f.message, f.message
