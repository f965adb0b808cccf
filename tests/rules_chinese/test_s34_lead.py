"""Session 34, lead: points given by a rate are never kept as a note beside a rule that holds no share.

Found while reading fresh66's blind refusals: CA8-6 (GitHub file id 44432048428, 臺灣 110 年度地方環保機關績效考評指標,
"…依完成率給分（4捨5入至小數第1位），最高4分") is refused, but its plain wording "按完成率给分，最高4分" was read as
pass/fail — "按完成率给分" kept as "说明（不参与计分）" and "最高" as the pass condition, "符合": 4 — a reading reported
as a success that scores no completion rate at all (issue 11, "all or nothing")."""
from __future__ import annotations

from decimal import Decimal as D

import pytest

from jixiao.rules.chinese import read_rule_text


@pytest.mark.parametrize("text", [
    "按完成率给分，最高4分。",
    "按完成率给分（4舍5入至小数第1位），最高4分。",
    "依完成率給分，最高4分。",
    "根据执行率计分，最高4分。",
])
def test_points_by_a_rate_are_not_a_note(text):
    r = read_rule_text(text, 4)
    assert not r.ok
    assert r.kind == "unreadable"
    assert any("率" in u for u in r.unread)


@pytest.mark.parametrize("text", ["按完成率得分。", "得分=完成率×分值"])
def test_points_by_a_rate_as_the_rule_still_read(text):
    # the share itself: 4 × 80 % = 3.2, 4 × 50 % = 2 (hand arithmetic)
    r = read_rule_text(text, 4)
    assert r.ok
    assert r.rule.score("80%", D(4)) == D("3.2")
    assert r.rule.score("50%", D(4)) == D(2)


def test_notes_that_say_what_is_counted_stay_notes():
    # "重复播发按一次计分" and "按文章字数计分" say what is counted or in which unit — no share; a corpus text of each
    # (grep corpus.yaml) still reads: 0.05 per message up to 1 → 10 messages 0.5; 4500 字 in [4000, 6000) → 10
    r = read_rule_text("公安报刊发消息,每次(条)计 0.05 分。此项最高计 1 分。\n(重复播发按一次计分,负面报道不计分)", 1)
    assert r.ok and r.rule.score("10", D(1)) == D("0.5")
    r = read_rule_text("统计分析、课题调研文章经确认发表的,按文章字数计分:2500字至4000字得6分;4000字至6000字得10分;"
                       "6000字以上得20分。", 20)
    assert r.ok and r.rule.score("4500", D(20)) == D(10)


@pytest.mark.parametrize("text, w", [
    ("资料齐全，最高得4分；资料不全不得分。", 4),   # session 34: read as "资料齐全,最高": 4
    ("按时报送，最多得3分；未报送不得分。", 3),
    ("制度健全的，最高计5分，制度不健全的不得分。", 5),
])
def test_a_ceiling_is_not_a_level_score(text, w):
    # "最高得4分" gives up to 4: how much of it a complete file earns is the scorer's call — never a fixed 4
    r = read_rule_text(text, w)
    assert not r.ok


def test_a_level_without_a_ceiling_still_reads():
    # the near miss: no 最高 — 齐全 4, 不全 0 (as printed)
    r = read_rule_text("资料齐全得4分；资料不全不得分。", 4)
    assert r.ok
    assert r.rule.score("资料齐全", D(4)) == D(4)
    assert r.rule.score("资料不全", D(4)) == D(0)


@pytest.mark.parametrize("text", ["(分值20分) 缺一种扣5分。", "缺一种扣5分", "品种齐全，缺一种扣5分。", "漏一类扣5分，扣完为止。"])
def test_one_kind_missing_is_a_count(text):
    # fresh61 BV4-1 (http://tudiao.com/a/2209/1863166.html, 作业检查 一、品种, 20): 5 per kind missing, from 20 —
    # 0 → 20, 1 → 15, 2 → 10, 4 → 0 (hand arithmetic); before session 34 the bare "缺一种" was a level named "缺一种"
    r = read_rule_text(text, 20)
    assert r.ok
    assert [r.rule.score(v, D(20)) for v in ("0", "1", "2", "4")] == [20, 15, 10, 0]


def test_at_least_one_kind_is_not_a_step():
    # the near miss: "至少一种" is a requirement, the 一 after 少 stays a word (the count of 少一种 is not said) — refused
    assert not read_rule_text("至少一种宣传方式，缺一种扣5分", 20).ok


@pytest.mark.parametrize("text, scores", [
    # r48's decision (the count DONE beside a printed number to reach) with the verb inside the "one short": before this
    # change these read as the count of misses (3 reports done → 5 − 6 → 0). Hand arithmetic, 分值 5, floor 0:
    ("至少提交3篇调研报告，少提交1篇扣2分", {"3": 5, "2": 3, "1": 1, "0": 0}),
    ("全年召开12次例会，缺席一次扣1分", {"12": 5, "11": 4, "8": 1, "7": 0}),
    ("全年至少开展4次培训，每少开展1次扣1分", {"4": 5, "3": 4, "0": 1}),
])
def test_one_short_with_its_verb_is_the_count_done(text, scores):
    r = read_rule_text(text, 5)
    assert r.ok
    assert {v: r.rule.score(v, D(5)) for v in scores} == {v: D(s) for v, s in scores.items()}


def test_one_short_without_a_number_to_reach_stays_the_misses():
    # the near miss: no number printed — the value is the absences, as before (fresh13 Z19-3 "缺席一次扣1分")
    r = read_rule_text("缺席一次扣1分", 4)
    assert r.ok and r.rule.score("0", D(4)) == D(4) and r.rule.score("1", D(4)) == D(3)
    # items named before, no minimum: the missing ones counted or the done ones? refused (r48, fresh63 BX4-2)
    assert not read_rule_text("完成3项重点工作，少完成一项扣2分", 5).ok


def test_half_width_stops_keep_a_numbered_list():
    # fresh4 P3-1 printed with half-width stops (test_variants' half_punct): the space after "扣1分." is repaired away,
    # and "1." was then taken for the row's lone number (r49) — the list of two 1-point items must stay: 1 + 1 = 2
    r = read_rule_text("1.按时间要求及时报送年度目标任务的得1分,超出时间报送的扣1分. 2.所报数字准确无误的得1分,"
                       "出现统计错误等情况的扣1分.", 2)
    assert r.kind == "checklist" and r.max_points == 2
