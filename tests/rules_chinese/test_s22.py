"""Session 22 (lead): the six wrong readings of the first run on the four splits collected blind this session
(fresh28–31) — each now correct or refused, with variants and near-misses. Expected values by hand from the text."""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from jixiao.rules.chinese import read_rule_text


def _items(text: str, w: float) -> list[tuple[str, D]]:
    r = read_rule_text(text, w)
    assert r.kind == "checklist", r.understood
    assert r.max_points == D(str(w))
    return [(i.text, i.points) for i in r.items]


# ---- things listed, then "(N分,每项M分)": the things are the items (fresh31 AR4, 科协 学会 考核) ------------------------

@pytest.mark.parametrize("text, w, items", [
    # AR4-1: 2 things × 1 = 2
    ("1、有健全的理事會、常務理事會(2分,每項1分)", 2, [("有健全的理事會", 1), ("常務理事會", 1)]),
    # AR4-3: parted at ";" (the "或" stays inside the first item): 2 × 2 = 4
    ("3、建立會員登記檔案或會員數據庫;發展新會員(4分,每項2分)", 4,
     [("建立會員登記檔案或會員數據庫", 2), ("發展新會員", 2)]),
    # AR4-4: parted at ";" — the comma stays inside the first item: 2 × 2 = 4
    ("2、規章制度健全,檔案齊全;財務管理規范(4分,每項2分)", 4, [("規章制度健全,檔案齊全", 2), ("財務管理規范", 2)]),
    # variants: 3 × 1 = 3; without the total, 2 × 1.5 = 3
    ("建立台账、按月报送、年终总结(3分,每项1分)", 3, [("建立台账", 1), ("按月报送", 1), ("年终总结", 1)]),
    ("有工作计划;有工作总结(每项1.5分)", 3, [("有工作计划", D("1.5")), ("有工作总结", D("1.5"))]),
])
def test_listed_things_each_worth_the_same(text, w, items):
    assert _items(text, w) == [(n, D(str(p))) for n, p in items]


def test_listed_things_near_miss_keeps_the_count_reading():
    # 2 things listed but the 分值 holds 3 items of 1: the things are not the items — read as a number of items done
    # (value 3 → 3, 2 → 2), never as a checklist of the two
    r = read_rule_text("有健全的理事会、常务理事会(3分,每项1分)", 3)
    assert r.kind != "checklist"
    if r.ok:
        assert [r.rule.score(v, D(3)) for v in ("3", "2", "0")] == [3, 2, 0]


# ---- two per-count deductions are counts, not once-only items (fresh29 AP7-7, 企业计量 考核) --------------------------

@pytest.mark.parametrize("text, w, scores", [
    # AP7-7: each missing one costs 1, from 2, floor 0: 0 → 2, 1 → 1, 2 → 0, 3 → 0
    ("计量器具配备不能满足需要缺一项扣1分.计量器具检定证书缺1个扣1分.", 2, {"0": 2, "1": 1, "2": 0, "3": 0}),
])
def test_per_missing_deductions_are_counted(text, w, scores):
    r = read_rule_text(text, w)
    assert r.kind != "checklist"
    assert r.ok, r.unread
    assert {v: r.rule.score(v, D(w)) for v in scores} == {v: D(str(s)) for v, s in scores.items()}


def test_once_only_failings_stay_a_checklist():
    # near-miss: each failing costs its points once (no "缺1个") — still the checklist of failings (5 + 5 = 10)
    r = read_rule_text("学生归档材料不全、不规范的扣5分;不及时上报的扣5分。", 10)
    assert r.kind == "checklist" and r.max_points == 10


# ---- a highest and a lowest score: the scorer picks (fresh29 AP6-6, 早餐示范店 评分) -------------------------------------

@pytest.mark.parametrize("text, w", [
    ("满分8分。按照店堂整洁程度不同,最高的8分,最低的0分。", 8),  # AP6-6 (first run: pass/fail 8 or 0)
    ("按卫生状况评分,最高得5分,最低得1分", 5),
    ("视整改情况,最高为6分,最低为0分", 6),
])
def test_highest_and_lowest_is_judgement(text, w):
    assert read_rule_text(text, w).kind == "judgement"


def test_highest_alone_is_no_judgement():
    # near-miss: a cap is no range — "每宣传一次得0.5分,最高得1分" is points per time up to 1
    r = read_rule_text("每宣传一次得0.5分,最高得1分", 1)
    assert r.kind != "judgement"


# ---- points written with a leading 0 are damaged text (fresh28 AO8-4, OCR layer) -------------------------------------

@pytest.mark.parametrize("text, w", [
    ("公务人员控制率二(公务人员数/编制数)X100%o目标值WlOO%;达到目标值得2分,每超出1人扣02分,扣完为止。", 2),  # AO8-4
    ("每超出1人扣02分,扣完为止。", 2),
])
def test_leading_zero_points_refused(text, w):
    r = read_rule_text(text, w)
    assert not r.ok and r.kind != "checklist"
    assert any("以0开头" in u for u in r.understood)


def test_leading_zero_points_never_read():
    # refused whichever check refuses it first
    r = read_rule_text("未按时报送的扣05分", 1)
    assert not r.ok and r.kind != "checklist"


def test_decimal_points_read():
    # near-miss: 0.2 written properly is read — 0 → 2, 1 → 1.8, 10 → 0
    r = read_rule_text("每超出1人扣0.2分,扣完为止。", 2)
    assert r.ok
    assert [r.rule.score(v, D(2)) for v in ("0", "1", "10")] == [D(2), D("1.8"), D(0)]


# ---- fresh32/33 (collected blind in the second half): the two wrong readings of their first run ----------------------

@pytest.mark.parametrize("text, w", [
    # AT3-1 (镇 保洁 评分): two deductions lost their points in the text layer ("扣 分", "扣 ;"); the third kept 2 —
    # first run read "2 per finding" for all three
    ("村庄小巷、道路清扫不到位,每发觉一处垃圾、砖瓦石块、污泥、路边树木有树挂垃圾扣 分,每发觉一处湖岸坡垃圾拾捡不到位扣 ;"
     "每发觉一处卫生死角(积存垃圾堆、大面积散落垃圾)扣 2 分。", 30),
    ("每发现一处垃圾扣 分,每发现一处卫生死角扣 2 分。", 30),
    ("未按时上报的扣 ,每发现一处卫生死角扣2分。", 10),
])
def test_lost_amounts_refused(text, w):
    r = read_rule_text(text, w)
    assert not r.ok and r.kind not in ("checklist", "judgement")


def test_spaced_amount_still_read():
    # near-miss: "扣 2 分" is only spaced, its number is there — 0 → 30, 3 → 24
    r = read_rule_text("每发现一处卫生死角扣 2 分。", 30)
    assert r.ok
    assert [r.rule.score(v, D(30)) for v in ("0", "3")] == [D(30), D(24)]


@pytest.mark.parametrize("text, w", [
    # AT5-3 (招商引资 考核): what is expected, then only a cap — first run: pass/fail "符合": 10
    ("各被考核单位主要负责人重视招商引资工作,有年度招商引资工作计划,积极参加招商引资相关活动,最高得10分。", 10),
    ("积极开展宣传活动,最多得5分", 5),
])
def test_only_a_cap_is_judgement(text, w):
    assert read_rule_text(text, w).kind == "judgement"


def test_cap_after_points_is_no_judgement():
    # near-miss: points per time up to the cap — 0 → 0, 1 → 0.5, 3 → 1
    r = read_rule_text("每宣传一次得0.5分,最高得1分", 1)
    assert r.ok
    assert [r.rule.score(v, D(1)) for v in ("0", "1", "3")] == [D(0), D("0.5"), D(1)]
