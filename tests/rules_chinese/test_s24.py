"""Session 24 (lead): equal deductions adding up to the 分值 are counted (policy 同额扣分并入次数), and "每个X计N分"
is never a level. Expected values by hand from the text; sources named per case (corpus.yaml ids)."""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from jixiao.rules.chinese import read_rule_text


def _scores(text: str, w: float, values: dict[str, float]) -> None:
    r = read_rule_text(text, w)
    assert r.ok, (r.kind, r.unread, r.understood)
    for v, s in values.items():
        assert r.rule.score(v, w) == D(str(s)), (v, r.canonical)


# ---- equal deductions summing to the 分值, with a negation: counted (W − N × 情形数) -------------------------------

@pytest.mark.parametrize("text, w, values", [
    # fresh30 AQ2-7 (统计执法检查): 3 + 3 = 6: 0 → 6; 1 → 3; 2 → 0
    ("有违反无处罚扣三分,有处罚无记录扣三分", 6, {"0": 6, "1": 3, "2": 0}),
    # fresh31 AR6-2 (关工委): 1 + 1 = 2 after a requirement without points: 0 → 2; 1 → 1; 2 → 0
    ("以党(工)委文件下发。未及时上报扣 1 分,队伍不全扣 1 分。", 2, {"0": 2, "1": 1, "2": 0}),
    # fresh34 AU9-2 (繁体; 公路养护 施工标志): 10 × 3 = 30: 1 → 20; 3 → 0
    ("公路大、中修養護工程施工作業路段無施工標志扣10分,無安全標志扣10分,夜間作業現場無反光警示標志扣10分。", 30,
     {"0": 30, "1": 20, "2": 10, "3": 0}),
    # variant of my own: the AU9-2 shape simplified, 4 × 1.5 = 6 (缺 as the negation): 2 → 3; 4 → 0
    ("路段缺施工标志扣1.5分,缺安全标志扣1.5分,缺警示灯扣1.5分,缺反光锥扣1.5分。", 6, {"0": 6, "2": 3, "4": 0}),
])
def test_equal_deductions_adding_up_to_the_weight_are_counted(text, w, values):
    _scores(text, w, values)


def test_nameable_equal_failings_stay_a_checklist_with_the_same_scores():
    # deductionlist.py reads "未X扣N分;未Y扣N分" summing to the 分值 as items first (有则得该条分): 2.5 + 2.5 = 5 — the
    # same scores as the count (0 failings → 5, 1 → 2.5, 2 → 0)
    r = read_rule_text("未制定应急预案扣2.5分;未开展应急演练扣2.5分", 5)
    assert r.kind == "checklist" and [i.points for i in r.items] == [D("2.5"), D("2.5")], r.understood


@pytest.mark.parametrize("text, w", [
    # near misses: unequal deductions (2 + 3 = 5) may both happen — no count, no level
    ("未制定应急预案扣2分;未开展应急演练扣3分", 5),
    # equal deductions above the 分值 (3 × 3 = 9 > 6): how far they go is not said
    ("未制定预案扣3分;未演练扣3分;未总结扣3分", 6),
])
def test_unequal_or_excess_deductions_stay_refused(text, w):
    r = read_rule_text(text, w)
    assert not r.ok, r.canonical


# ---- "每个X计N分" is points per item, never a level named "每个X" ---------------------------------------------------

@pytest.mark.parametrize("text, w", [
    # fresh41 BB6-4 (市工信委 首位产业考评): read as "符合": 2 (a met row scored 2 of 10, 1 project → 0) on its first
    # run; a description sentence after it keeps the per-item reading out, so refused (never that level)
    ("每个项目计 2 分,没有不计分。新开工建设亿元以上项目必须进入市工信委系统项目库,考核时以厂房车间出正负零零线为标准。", 10),
    # fresh18 AE6-4's text on rows whose 分值 is not a multiple of 2 (1, 3, 5): how many items is not said
    ("每项活动得2分。事后提交报道,查《就业简报》记录。", 5),
])
def test_points_per_item_are_never_a_level(text, w):
    r = read_rule_text(text, w)
    assert r.kind != "passfail" and not (r.ok and "每个项目" in (r.canonical or "")), r.canonical
    assert not r.ok or r.rule.score("1", w) == D(2), r.canonical


def test_per_item_without_description_is_read():
    # the same award alone: value = 项目数, 2 each up to 10: 0 → 0; 1 → 2; 3 → 6; 5 → 10; 7 → 10
    _scores("每个项目计2分,没有不计分。", 10, {"0": 0, "1": 2, "3": 6, "5": 10, "7": 10})


def test_a_condition_beginning_with_each_stays_a_level():
    # fresh33 AT2-4: "每个物业工程的…持证上岗的,得5分" — every project meets it: a condition, not points per project
    r = read_rule_text("每个物业工程的消防、电梯、电工等特种设备专职 管理人员按相关规定或合同约定持证上岗的,得 5分。", 5)
    assert r.ok and r.rule.score("符合", 5) == D(5), r.canonical
