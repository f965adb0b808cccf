"""Session 25 (lead): a numeric requirement without points of its own is never dropped before a flat deduction
("X扣N分") — the reading is refused and names the requirement. Sentences are my own variants of the shape of
test_r17's "检查次数不少于4次,不醒目扣1分;未检查扣1分"; no corpus sentence reads differently (dump of 18720
readings before/after: 0 changed)."""

from __future__ import annotations

import pytest

from jixiao.rules.chinese import read_rule_text
from tests.rules_chinese.test_r4 import _scores


@pytest.mark.parametrize("text, w, requirement", [
    # 85 % would have scored 5 (only "未按时报送" deducts) — the 90 % floor had no clause
    ("完成率不低于90%,未按时报送扣1分", 5, "完成率不低于90%"),
    # "未达到" after a bare requirement was read as a text level ("符合": 5; "未达到": 3): 85 % not scorable
    ("完成率不低于90%,未达到扣2分", 5, "完成率不低于90%"),
    # once a quarter: no quarter's check missed is scored by the requirement, only the two named failings
    ("每季度检查不少于1次,未按要求检查扣1分,台账不全扣1分", 3, "每季度检查不少于1次"),
    # test_r17's sentence, equal deductions under the 分值 (the branch that counts them)
    ("检查次数不少于4次,不醒目扣1分;未检查扣1分", 3, "检查次数不少于4次"),
])
def test_a_requirement_without_points_before_a_flat_deduction_is_refused(text, w, requirement):
    r = read_rule_text(text, w)
    assert r.kind == "unreadable" and r.unread == [requirement], (r.canonical, r.understood)
    assert any("条件后没有得分" in u for u in r.understood)


def test_a_condition_that_is_the_deduction_s_own_still_reads():
    # near miss: the number is the failing itself ("低于90%…扣2分", the comma is layout), W 5: 85 % → 5 − 2 = 3;
    # 90 % and 95 % → 5 (no deduction written for them)
    _scores("完成率低于90%,扣2分", 5, {"85%": 3, "90%": 5, "95%": 5})


# ---- a number of things to do, then a deduction per one short: done or missing? ---------------------------------

@pytest.mark.parametrize("text, w, target", [
    # session 24's question (r23): read as W − 1 per "finding" — 12 实事 done would have scored 0; fresh13 Z19-2
    # ("办好12件实事,…的得12分,少一件扣1分", labelled with the value = things done) was already refused
    ("全年办好12件实事,每少一件扣1分", 12, "全年办好12件实事"),
    # my own variant, another count word: 5 done → 10 or 0?
    ("年内完成5个示范点建设,每少1个扣2分", 10, "年内完成5个示范点建设"),
])
def test_a_number_to_do_before_a_deduction_per_one_short_is_refused(text, w, target):
    r = read_rule_text(text, w)
    assert r.kind == "unreadable" and r.unread == [target], (r.canonical, r.understood)
    assert any("应完成的数量" in u for u in r.understood)


@pytest.mark.parametrize("text, w, values", [
    # near misses: the number names the failing ("未履行…的6项职责", the value = duties not done): 2 → 5 − 1 = 4;
    # 10 → 0 (no lower than 0)
    ("未履行规定的6项职责的,每少1项扣0.5分", 5, {"0": 5, "2": 4, "10": 0}),
    # a schedule (once a month; the value = meetings missed): 1 → 2; 3 → 0
    ("每月召开1次例会,每少1次扣1分", 3, {"0": 3, "1": 2, "3": 0}),
])
def test_a_failing_or_a_schedule_with_its_number_still_counts(text, w, values):
    _scores(text, w, values)
