"""r21: judgement asked one way everywhere (refusals.judgement_match); damaged text refused before it is read
(repairs.damage_refusal, moved from the guard); the "(N分,每项M分)" items left where they were (the move was not
behaviour-identical — the cases that differ are pinned here).

Expected values come from the sentence text and hand arithmetic (in the comments), never from a run.
"""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from jixiao.rules.chinese import guard, read_rule_text, reader
from jixiao.rules.chinese._base import ReadingContext
from jixiao.rules.chinese.checklist import read_items_on_facts
from jixiao.rules.chinese.normalise import _normalise
from jixiao.rules.chinese.refusals import judgement_match
from jixiao.rules.chinese.repairs import damage_refusal

# ---- 1. one judgement test: refusals.judgement_match(norm, text) -----------------------------------------------


@pytest.mark.parametrize("norm, text, said", [
    ("专业能力较强,得10-15分", "专业能力较强,得10-15分", "得10-15分"),  # a point range: the judge picks
    # the normaliser writes "最低的0分" as "最低的不得分": the highest and lowest are found in the text before it
    ("按照店堂整洁程度不同,最高的8分,最低的不得分", "按照店堂整洁程度不同,最高的8分,最低的0分", "最高的8分,最低的0分"),
    ("有年度计划,积极参加相关活动,最高得10分。", "有年度计划,积极参加相关活动,最高得10分。", "最高得10分"),  # the only points
])
def test_judgement_match_finds_each_kind(norm, text, said):
    assert judgement_match(norm, text).group(0) == said


@pytest.mark.parametrize("text", [
    "完成得2分,否则不得分",
    "每次得0.5分,最高得1分",  # a cap beside a per-count award: not the only points
    "达标得8分,最高不超过8分",  # a cap beside an award, no lowest: not a range to pick in
])
def test_judgement_match_near_misses(text):
    assert judgement_match(text, text) is None


def _items_or_refusal(text: str, w: int):
    norm, _notes, flags = _normalise(text)
    refused = reader._refused("（前一步未能读懂）", text, [], set(), ReadingContext())
    return reader._or_items_with_rules(refused, norm, text, D(w), [], flags)


def test_items_with_rules_read_without_a_judge():
    # the same items without a highest/lowest: 2 + 3 + 3 = 8 on an 8-point row, read item by item
    r = _items_or_refusal("1.建立工作台账(2分);2.按月报送报表(3分,少一次扣1分);3.档案整洁程度达标得3分", 8)
    assert r.kind == "checklist"
    assert r.max_points == D(8)


@pytest.mark.parametrize("text, w", [
    # "最高得3分,最低得0分": the scorer picks between 0 and 3 — the normaliser keeps only "最高得3分" (the lowest becomes a
    # floor), so the items reader asked _JUDGEMENT_RE on the normalised text alone read an item "…最高" worth 3
    ("1.建立工作台账(2分);2.按月报送报表(3分,少一次扣1分);3.档案整洁程度最高得3分,最低得0分", 8),
    # 2 + 3 = 5: it was read as items "建立工作台账" 2 and "档案整洁程度最高" 3
    ("1.建立工作台账得2分;2.档案整洁程度最高得3分,最低得0分", 5),
])
def test_items_with_rules_leave_a_high_low_range_to_a_person(text, w):
    assert _items_or_refusal(text, w).kind == "unreadable"  # the reading it was given stands: no items
    assert read_rule_text(text, w).kind == "judgement"  # and the whole text is a person's


def test_items_on_facts_leave_a_high_low_range_to_a_person():
    # "保洁质量最高得10分,最低得0分": judged between 0 and 10 — it was read as an item "保洁质量最高" worth 10
    printed = "有保洁队伍,得10分;保洁质量最高得10分,最低得0分,按实际情况评分"
    assert read_items_on_facts(_normalise(printed)[0], D(20), [], printed) is None
    r = read_rule_text(printed, 20)
    assert r.kind == "judgement"
    assert r.items == []


def test_items_on_facts_still_read():
    # fresh6 R3-1's shape: two items of 10 each = 20, checked against the facts
    r = read_rule_text("有保洁队伍,得10分;实行14小时以上保洁,得10分,按实际情况评分", 20)
    assert r.kind == "checklist"
    assert [i.points for i in r.items] == [D(10), D(10)]


# ---- 2. damaged text refused before reading (repairs.damage_refusal) ---------------------------------------------

LEADING_ZERO = "未能读懂：分数“02分”以0开头（疑为识别错误，如0.2分或2分），未作推测"


def _no_reading(monkeypatch):
    """Every reading path of reader._read fails the test when entered."""
    def entered(*_a, **_k):
        raise AssertionError("a reading was made of a damaged text")
    monkeypatch.setattr(reader, "_heading_then_items", entered)


def test_leading_zero_refused_before_reading(monkeypatch):
    # fresh28 AO8-4: "扣02分" — 0.2 or 2? Before r21 it was read (notes of a per-person deduction) and then refused
    _no_reading(monkeypatch)
    r = read_rule_text("达到目标值得2分,每超出1人扣02分,扣完为止。", 2)
    assert r.kind == "unreadable"
    assert r.understood == [LEADING_ZERO]
    assert r.unread == ["每超出1人扣02分"]


def test_lost_amount_refused_before_reading(monkeypatch):
    # fresh33 AT3-1's damage: "扣 分" lost its number; the other clause's "扣 2 分" is joined by the space repair first
    _no_reading(monkeypatch)
    r = read_rule_text("每发现一处垃圾扣 分,每发现一处卫生死角扣 2 分。", 30)
    assert r.kind == "unreadable"
    assert r.understood[-1] == "未能读懂：“每发现一处垃圾扣 分”扣几分没有写出（原文此处缺数字），未作推测"
    assert r.unread == ["每发现一处垃圾扣 分"]


def test_lost_amount_before_a_stop():
    assert damage_refusal("每发觉一处湖岸坡垃圾拾捡不到位扣 ;每处卫生死角扣2分")[1] == "每发觉一处湖岸坡垃圾拾捡不到位扣 "


@pytest.mark.parametrize("text, w, scores", [
    # 2 − 0.2 n, floor 0: 3 → 1.4; 10 → 0
    ("每超出1人扣0.2分,扣完为止。", 2, {"0": 2, "3": D("1.4"), "10": 0}),
    # 30 − 2 n: 4 → 22
    ("每发现一处卫生死角扣 2 分。", 30, {"0": 30, "4": 22}),
    # "0分" is no leading 0: 5 or 0
    ("按时报送的得5分，否则得0分。", 5, None),
])
def test_undamaged_near_misses_read(text, w, scores):
    assert damage_refusal(text) is None
    r = read_rule_text(text, w)
    assert r.ok
    for value, score in (scores or {}).items():
        assert r.rule.score(value, D(w)) == D(str(score))


def test_all_deducted_is_no_lost_amount():
    assert damage_refusal("未完成的全扣。") is None  # 全扣: all of it, no number lost


def test_guard_no_longer_holds_the_damage_checks():
    assert not hasattr(guard, "refuse_leading_zero_points")
    assert not hasattr(guard, "refuse_lost_amounts")


# ---- 3. "(N分,每项M分)": where the move was not behaviour-identical (kept at the head of reader._read) ---------------


@pytest.mark.parametrize("text", [
    # the normaliser takes a note off after the bracket: moved to where the bracket is parted from what comes before
    # it (which sees the text before that note is taken off), these were no longer read — 1 + 1 = 2 on a 2-point row
    "1、有健全的理事会、常务理事会(2分,每项1分)。(不满1个百分点按1个百分点算)",
    "有制度、有台账(2分,每项1分),最多扣2分",
])
def test_each_listed_with_a_note_after_the_bracket(text):
    r = read_rule_text(text, 2)
    assert r.kind == "checklist"
    assert [i.points for i in r.items] == [D(1), D(1)]
