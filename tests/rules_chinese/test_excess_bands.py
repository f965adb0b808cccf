"""Deduction bands whose own words say the value is an excess (session 29, fresh55 BP8-3's first run).

"上交时间超过要求时间1天及以下扣1分" holds late by more than 0 and at most 1 day: handed in on time (0) is in no
deduction and scores the 分值. Bands without such a word ("偏差5%以内扣1分") still "also hold 0" and say so.
"""

from __future__ import annotations

from decimal import Decimal as D

from jixiao.rules.chinese import read_rule_text
from tests.rules_chinese.test_i11k import _scores

#: fresh55 BP8-3 (https://gsxy.hbue.edu.cn/_t607/8b/58/c7190a166744/page.htm, 班级量化考核, w 25)
BP8_3 = "上交时间超过要求时间1天及以下扣1分,上交时间超过要求时间1天以上扣3分;"
#: fresh48 BI1-5 (工程造价, w 15)
BI1_5 = "超过预算控制价10%内扣5分;超过10%-15%内扣10分,超出15%外扣15分。"


def test_bp8_3_on_time_scores_the_weight():
    # value = days late: 0 → 25 (not late: no clause); 0.5, 1 → 25 − 1 = 24; 2, 6 → 25 − 3 = 22
    assert _scores(BP8_3, 25, ["0", "0.5", "1", "2", "6"]) == {"0": 25, "0.5": 24, "1": 24, "2": 22, "6": 22}
    r = read_rule_text(BP8_3, D(25))
    assert r.max_points == 25 and not any("也含0" in w for w in r.warnings)


def test_bi1_5_at_the_control_price_scores_the_weight():
    # value = excess over the control price: 0 → 15 (not over); 10% → 15 − 5 = 10 (shared edge: the higher); 12% → 5
    assert _scores(BI1_5, 15, ["0%", "10%", "12%", "20%"]) == {"0%": 15, "10%": 10, "12%": 5, "20%": 0}


def test_variants_late_and_overspent():
    # (W 5) 逾期 days: 0 → 5; 3, 5 → 5 − 1 = 4 (5 shared: the higher); 6 → 5 − 3 = 2
    assert _scores("逾期5天以内扣1分,逾期5天以上扣3分", 5, ["0", "3", "5", "6"]) == {"0": 5, "3": 4, "5": 4, "6": 2}
    # (W 5) 延迟 months: 0 → 5; 1 → 5 − 2 = 3; 2 → 5 − 4 = 1
    assert _scores("延迟1个月以内扣2分，延迟1个月以上扣4分", 5, ["0", "1", "2"]) == {"0": 5, "1": 3, "2": 1}
    # (W 6) 超支: 0% → 6; 5% → 6 − 2 = 4; 7% → 2; 11% → 0
    assert _scores("超支5%以内扣2分,超支5%-10%扣4分,超支10%以外扣6分", 6, ["0%", "5%", "7%", "11%"]) == {
        "0%": 6, "5%": 4, "7%": 2, "11%": 0}


def test_near_miss_a_deviation_still_holds_zero_and_says_so():
    # "偏差5%以内" has no word of excess: 0 is in the band as printed (W 5 − 1 = 4), with the ambiguity named
    text = "偏差5%以内扣1分,偏差5%以上扣3分"
    assert _scores(text, 5, ["0%", "5%", "6%"]) == {"0%": 4, "5%": 4, "6%": 2}
    assert any("也含0" in w for w in read_rule_text(text, D(5)).warnings)


def test_near_miss_not_exceeded_is_not_an_excess():
    # "未超过5天以内" is odd wording (not exceeded, yet a deduction): never read as an excess band — refused
    r = read_rule_text("未超过5天以内扣1分,超过5天扣3分", D(5))
    assert not r.ok and r.canonical is None
