"""r18: per-count deductions with a cap or a pool ("每发生一次扣2分,扣满10分止", "每少1次,扣0.5分,扣完为止",
"每发现一处扣1分,最多扣3分") read whatever surrounds them — an item number, a requirement before, a basis after,
a comma (or 的,) between the step and its deduction, spaces, 繁体.

Expected scores are hand arithmetic on the sentence (in the comments), never copied from a run.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jixiao.rules.chinese import read_rule_text
from tests.rules_chinese.test_r13 import _refused, _scores

# ---- "扣满N分止": the cap without 为


@pytest.mark.parametrize("text, w, expected", [
    # fresh31 AR11-1: 8 − 3 n, at most 6 off (floor 2): 1 → 5; 2 → 2; 3 → 2; 5 → 2
    ("未按规定的会计科目进行会计核算 每发生一项扣3分,扣满6分止", 8, {"0": 8, "1": 5, "2": 2, "3": 2, "5": 2}),
    # fresh31 AR11-4: 12 − 2 n, at most 10 off (floor 2): 1 → 10; 3 → 6; 5 → 2; 6 → 2
    ("未按规定及时向省监督部门报送备案文件、管委会会议纪要、年度工作报告,包括年度制定的目标任务完成情况及重大事项等"
     " 每发生一次扣2分,扣满10分止", 12, {"0": 12, "1": 10, "3": 6, "5": 2, "6": 2}),
    # fresh31 AR11-5: 12 − 2 n, at most 6 off (floor 6): 1 → 10; 3 → 6; 4 → 6
    ("未按规定向财政部门报送住房公积金季度财务报表和年度财务报告 每发生一次扣2分,扣满6分止", 12,
     {"0": 12, "1": 10, "3": 6, "4": 6}),
    # fresh31 AR11-6: 12 − 3 n, at most 9 off (floor 3): 1 → 9; 3 → 3; 4 → 3
    ("统计报表未按规定时间报省,统计数据与财务报表或审计数据不一致 每发生一次扣3分,扣满9分止", 12,
     {"0": 12, "1": 9, "2": 6, "3": 3, "4": 3}),
    # variant: 10 − 1.5 n, at most 4.5 off (floor 5.5): 2 → 7; 3 → 5.5; 7 → 5.5
    ("每发现一处问题扣1.5分，扣满4.5分止。", 10, {"0": 10, "2": 7, "3": 5.5, "7": 5.5}),
    # variant (繁体): 12 − 2 n, at most 10 off: 2 → 8; 9 → 2
    ("每發生一次扣2分,扣滿10分止", 12, {"2": 8, "9": 2}),
    # variant: 扣完N分为止 is the same pool: 12 − 2 n, floor 2: 4 → 4; 6 → 2
    ("每发生一次扣2分,扣完10分为止", 12, {"4": 4, "6": 2}),
])
def test_cap_without_wei(text, w, expected):
    _scores(text, w, expected)


@pytest.mark.parametrize("text, w", [
    ("每发生一项扣3分,扣满6分", 8),  # no 止: a cap or a second deduction? refused
    ("每发生一项扣3分,满6分止", 8),  # no 扣: 满6分 could be the award's top
    ("每发生一项扣3分,扣满6分止,另扣2分", 8),  # another deduction with no case
])
def test_cap_near_misses_refused(text, w):
    _refused(text, w)


# ---- a comma between the per-count step and its deduction


@pytest.mark.parametrize("text, w, expected", [
    # fresh31 AR6-6: ≥ 4 → 2; 3 → 1.5; 2 → 1; 1 → 0.5; 0 → 0
    ("组织关工委成员学习、培训、会议总数每年不少于 4 次,每少 1 次,扣 0.5 分,扣完为止。", 2,
     {"6": 2, "4": 2, "3": 1.5, "2": 1, "1": 0.5, "0": 0}),
    # variant: ≥ 3 → 3; 2 → 2; 0 → 0
    ("每年召开专题会议不少于3次，每少1次，扣1分。", 3, {"3": 3, "2": 2, "0": 0}),
    # variant (的,): 5 − 2 n, floor 0: 1 → 3; 3 → 0
    ("每发现1处的,扣2分,扣完为止", 5, {"1": 3, "3": 0}),
])
def test_comma_before_deduction(text, w, expected):
    _scores(text, w, expected)


def test_comma_near_miss_per_period_refused():
    # per month within a yearly count: "每月少1次" against "每年不少于4次" — which count? refused
    _refused("每年不少于4次,每月少1次,扣0.5分", 2)


# ---- 层 is a count word


@pytest.mark.parametrize("text, w, expected", [
    # fresh30 AQ2-1: 6 − 3 n: 1 → 3; 2 → 0
    ("每少一层管理扣3分", 6, {"0": 6, "1": 3, "2": 0}),
    # variant: 4 − 1 n: 3 → 1
    ("每少1层扣1分", 4, {"0": 4, "3": 1}),
])
def test_layer_count(text, w, expected):
    _scores(text, w, expected)


def test_layer_near_miss_refused():
    # 层次 is "level / tier", not a count of layers
    _refused("每少一层次扣3分", 6)


# ---- the context generator: the same reading whatever surrounds the class

_CLASS = [
    # (printed step, deduction and cap with {c} where a comma may stand, 分值)
    ("每发生一次{c}扣2分,扣满10分止", 12),
    ("每少1次{c}扣0.5分,扣完为止", 2),
    ("每发现一处{c}扣1分,最多扣3分", 5),
    ("每少一项{c}扣1分,扣完为止", 3),
    ("每发生一项{c}扣3分,扣满6分止", 8),
    ("每发现一处{c}扣1分(最多扣3分)", 5),
]
_ITEM_NUMBERS = ["", "1.", "1、", "(1)", "（二）", "一、", "①", "2. "]
_BEFORE = ["", "应建立健全档案管理制度。", "应建立健全档案管理制度,", "未按规定报送报表 "]
_AFTER = ["", "。", "。以检查记录为准。", ",以检查记录为准", ";", "。(以年度考核为准)"]
_COMMAS = ["", ",", "，", "的,"]


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(_CLASS), st.sampled_from(_ITEM_NUMBERS), st.sampled_from(_BEFORE),
       st.sampled_from(_AFTER), st.sampled_from(_COMMAS), st.booleans())
def test_context_does_not_change_the_reading(case, number, before, after, comma, traditional):
    body, w = case
    bare = read_rule_text(body.format(c=""), w)
    assert bare.ok, bare.understood
    text = f"{number}{before}{body.format(c=comma)}{after}"
    if traditional:  # 繁体 copies of the same words
        text = text.translate(str.maketrans("发现项扣满为规档报应", "發現項扣滿為規檔報應"))
    r = read_rule_text(text, w)
    assert r.ok, (text, r.understood)
    assert r.canonical == bare.canonical, (text, r.canonical, bare.canonical)


# ---- time short, half a unit: "每少半小时,扣2分"


@pytest.mark.parametrize("text, w, expected", [
    # fresh29 AP6-4: value = hours short; 8 − 2 per 0.5 h: 0.5 → 6; 1 → 4; 2 → 0; 2.5 → 0
    ("满分8分。符合条件的,得8分;营业时间每少半小时,扣2分。", 8, {"0": 8, "0.5": 6, "1": 4, "2": 0, "2.5": 0}),
    # variant: 4 − 1 per 0.5 day: 0.5 → 3; 1 → 2; 2 → 0
    ("每缺半天,扣1分", 4, {"0": 4, "0.5": 3, "1": 2, "2": 0}),
    # variant: 6 − 1 per 1 hour: 2 → 4; 6 → 0
    ("服务时长每少1小时扣1分,扣完为止", 6, {"2": 4, "6": 0}),
])
def test_time_short(text, w, expected):
    _scores(text, w, expected)


@pytest.mark.parametrize("text, w", [
    ("每半小时扣2分", 8),  # per half hour of what? no verb
    ("营业时间每天少半小时扣2分", 8),  # per day, then per half hour: which count?
])
def test_time_short_near_misses_refused(text, w):
    _refused(text, w)
