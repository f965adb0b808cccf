"""r41: red team 2 — wrong readings in shapes r40 did not try (issue 11).

Sentences a real table could print that look like a read shape but MEAN something else; hand scores are written from
the sentence text (comment beside each case), never copied from a run. Wrong readings found and fixed (before → now):

* ratio × points: "得分=执行率×分值(超过100%的不得分)" read ">100%: 0" (the formula taken for 考核内容, 80 % a gap);
  "得分=执行率×20(分值20分)" read "符合": 20 (the formula taken for a requirement); "得分=预算数/执行数×分值" and
  "(计划数/实际完成数)×10分" read "*: prop" (the plan over the actual: which value?); "得分=不合格率×分值" read
  "*: prop" (score rising with 不合格率); "完成值达到指标值的，记满分；未达到的，按指标值/完成值×分值记分" read
  "<=T: W; >T: invprop" (达到 the target is 正向, the formula 反向).
* checklists: items adding up to more than the 分值 ("从业3年以上得2分;持证率50%以上得2分" on 3 points: items 2 + 2);
  equal levels ("有制度（1分）；有台账（1分）；有总结（1分）" on 2 points read as three levels
  of 1; "完成得5分，未完成得5分"); "分别得2分" read as one pass/fail of 2; "有制度、有台账各得1分，有总结得2分" read
  as an item "有制度、有台账各" of 1 (total 3 = W by chance; the text's total is 4).
* deductions: "同类问题最多扣1分" / "每类问题最多扣2分" read as a cap on all findings; "最多扣至1分" read "*: 1 - 1 per 1"
  and "本项最低得1分" the same (nothing found scoring 1 of 3); "每发现1起扣1分，1起以上不得分" read as written (the
  per-count deduction never applies: the two clauses contradict).
* levels: "明显得1分，较明显得2分，不明显得3分", "部分达成得3分，基本达成得2分，达成得1分", "A级得3分，B级得4分，C级得5分",
  "三等得5分，二等得4分，一等得3分", "两条指标均符合计1分;满足一条计2分" read as written (points rising as the grade falls).
* bands: "偏差在正负5%以内得5分" read "<=5%" (−6 % scoring 5).
* r40's open cases settled: "漏补报率低于2%,每低于一个百分点扣0.5分" (a low-is-good rate deducted below its
  threshold), "达到可种面积的100%得20分，未达到90%得10分" (points below a gap), "本项满分4分。…" on a 5-point row,
  "不合格数为0得5分,每增加1%扣1分" (a count with % steps) — all refused with a reason.
"""

from decimal import Decimal as D

import pytest

from jixiao.rules.chinese import read_rule_text
from tests.rules_chinese.test_i11k import _refused, _scores


def _refused_because(text, w, why):
    """``text`` refused on a ``w``-point row, the reason saying ``why``."""
    r = _refused(text, w)
    assert any(why in u for u in r.understood), r.understood


def _items(text, w):
    r = read_rule_text(text, w)
    assert r.kind == "checklist" and not r.unread, (text, r.understood)
    return [i.points for i in r.items]


# ---- ratio × points and target-relative formulas ----


@pytest.mark.parametrize("text, why", [
    # was "*: prop": 0 % 不合格 would score 0, 100 % 不合格 full marks
    ("得分=不合格率×分值", "越低越好"),
    ("得分=差错率×分值", "越低越好"),
    ("得分=结余率×分值", "越低越好"),
    # was "*: prop": the plan over the actual (the inverse of 执行率) — which value is typed?
    ("得分=预算数/执行数×分值", "计划数除以实际数"),
    ("(计划数/实际完成数)×10分", "计划数除以实际数"),
])
def test_inverse_proportion_is_refused(text, why):
    _refused_because(text, 10, why)


def test_proportion_near_misses():
    # W 10: 执行数/预算数 is 执行率: 80 % → 8
    assert _scores("得分=执行数/预算数×分值", 10, ["80%"]) == {"80%": 8}
    assert _scores("(实际完成数/计划数)×10分", 10, ["80%"]) == {"80%": 8}
    # a good rate × 分值 (W 10): 90 % → 9
    assert _scores("得分=满意度×分值", 10, ["90%"]) == {"90%": 9}
    # the plan over the actual WITH the row's target is the 反向 default: T 100, 125 → 10 × 100/125 = 8
    r = read_rule_text("得分=计划值/实际完成值×分值", 10)
    assert r.rule.score("125", 10, "100") == 8 and r.rule.score("90", 10, "100") == 10


def test_formula_before_a_restated_weight():
    # was "符合": 20 (the formula a requirement). W 20: 90 % → 18, 50 % → 10
    assert _scores("得分=执行率×20(分值20分)", 20, ["90%", "50%"]) == {"90%": 18, "50%": 10}
    # variant (W 5): 按完成比率得分 with the 分值 restated: 80 % → 4
    assert _scores("按完成比率得分（满分5分）", 5, ["80%"]) == {"80%": 4}
    # the bracket's 分值 not the row's: refused (r40)
    _refused_because("得分=执行率×20(分值20分)", 10, "分值")


def test_formula_with_a_bracketed_condition_is_not_content():
    # was ">100%: 0" (the formula dropped as 考核内容): hand W 10: 80 % → 8, 120 % → 0 — read so, or refused
    r = read_rule_text("得分=执行率×分值(超过100%的不得分)", 10)
    if r.ok:
        assert {v: r.rule.score(v, 10) for v in ("80%", "100%", "120%")} == {"80%": 8, "100%": 10, "120%": 0}
    else:
        assert r.kind == "unreadable"
    # near miss: "(超过100%的按100%计算)" caps (W 10): 80 % → 8, 120 % → 10
    assert _scores("得分=执行率×分值(超过100%的按100%计算)", 10, ["80%", "120%"]) == {"80%": 8, "120%": 10}


def test_reverse_formula_after_reaching_the_target_is_refused():
    # was "<=T: W; >T: invprop": 达到 the target scores full (正向), the formula is 反向 — contradictory
    _refused_because("完成值达到指标值的，记满分；未达到的，按指标值/完成值×分值记分", 10, "方向相反")
    # near miss: the 正向 formula (T 100): 80 → 8, 100 → 10
    r = read_rule_text("完成值达到指标值的，记满分；未达到的，按完成值/指标值×分值记分", 10)
    assert r.rule.score("80", 10, "100") == 8 and r.rule.score("100", 10, "100") == 10


# ---- checklists and cumulative items ----


@pytest.mark.parametrize("text, w", [
    # was items 2 + 2 = 4 on a 3-point row: meeting one scored 2, both 3 (capped) — which holds, items or 分值?
    ("从业3年以上得2分;持证率50%以上得2分", 3),
    ("法人、高管从事相关管理工作3年以上得2分;机构中高级技术人员占50%(含)以上的得2分。", 2),  # corpus wording, another 分值
])
def test_items_past_the_weight_are_refused(text, w):
    _refused_because(text, w, "分项合计")


def test_items_short_of_the_weight_stay_items():
    # as seed 003 预决算信息公开度 (0.5 + 0.5 on a 2-point row): the table's own total is shown, not refused
    r = read_rule_text("①有制度,1分;②有台账,1分;③有总结,1分", 5)
    assert r.kind == "checklist" and r.max_points == 3


@pytest.mark.parametrize("text, w, hand", [
    ("①有制度,1分;②有台账,1分;③有总结,1分", 3, [1, 1, 1]),
    ("有制度、有台账、有总结，每项1分", 3, [1, 1, 1]),
    ("有制度、有台账、有总结，每项0.5分", D("1.5"), [D("0.5")] * 3),
    ("建立制度2分，落实到位2分，资料齐全1分", 5, [2, 2, 1]),
    ("①建立制度（2分）；②落实到位（2分）", 4, [2, 2]),
])
def test_items_adding_to_the_weight_stay_items(text, w, hand):
    assert _items(text, w) == hand


@pytest.mark.parametrize("text, w", [
    ("有制度（1分）；有台账（1分）；有总结（1分）", 2),  # was three levels "有制度": 1 …
    ("有制度计1分，有台账计1分，有总结计1分，有考核计1分", 3),  # was four levels of 1
    ("完成得5分，未完成得5分", 5),  # was "完成": 5; "未完成": 5
])
def test_equal_levels_are_refused(text, w):
    _refused_because(text, w, "各档得分相同")


@pytest.mark.parametrize("text, w", [
    ("有制度、有台账、有总结，分别得2分", 6),  # was "符合": 2 — all three done scored 2 of 6
    ("建立制度、落实到位分别得2分", 2),
    ("有制度、有台账各得1分，有总结得2分", 3),  # was items "有制度、有台账各" 1 + "有总结" 2 (the text's total is 4)
])
def test_each_read_once_is_refused(text, w):
    _refused_because(text, w, "各")


# ---- count deductions: caps per kind, floors, a cut-off that swallows the deduction ----


@pytest.mark.parametrize("text, w", [
    ("每处扣0.5分，同类问题最多扣1分", 3),  # was ">2: 2; *: W - 0.5 per 1" — a cap on ALL findings
    ("每发现1处扣1分，每类问题最多扣2分", 5),
    ("每处扣1分，单项扣分不超过2分", 5),
])
def test_cap_per_kind_is_refused(text, w):
    _refused_because(text, w, "每一类")


@pytest.mark.parametrize("text, w", [
    ("每处扣1分，最多扣至1分", 3),  # was "*: 1 - 1 per 1": nothing found scored 1 of 3
    ("每次扣1分，本项最低得1分", 3),  # the same
    ("每次扣1分，扣至2分为止", 5),
    ("每次扣1分，保底1分", 3),
])
def test_floor_above_zero_is_refused(text, w):
    _refused_because(text, w, "保底")


def test_cap_and_floor_near_misses():
    # a cap on all findings (W 3): 0 → 3, 1 → 2, 5 → 1
    assert _scores("每发现1处问题扣1分，最多扣2分", 3, ["0", "1", "5"]) == {"0": 3, "1": 2, "5": 1}
    # 扣至0分 is 扣完为止 (W 3): 2 → 1, 4 → 0
    assert _scores("每发现1处问题扣1分，扣至0分为止", 3, ["0", "2", "4"]) == {"0": 3, "2": 1, "4": 0}
    # 扣满3分为止 on a 5-point row (W 5): 2 → 4, 10 → 2
    assert _scores("每件扣0.5分，扣满3分为止", 5, ["0", "2", "10"]) == {"0": 5, "2": 4, "10": 2}
    # per person-time (W 2): 2 → 1, 4 → 0
    assert _scores("每1人次扣0.5分", 2, ["0", "2", "4"]) == {"0": 2, "2": 1, "4": 0}


def test_cut_off_that_swallows_the_deduction_is_refused():
    # was ">=1: 0; *: W - 1 per 1": one finding is 4 by the first clause, 0 by the second
    _refused_because("每发现1起扣1分，1起以上不得分", 5, "互相矛盾")
    # near misses (W 5): 2起以上 includes 2 → 0; 1 → 4
    assert _scores("每发现1起扣1分，2起以上不得分", 5, ["0", "1", "2"]) == {"0": 5, "1": 4, "2": 0}
    # (W 10): 超过3起 is 4 or more: 3 → 7, 4 → 0
    assert _scores("每发生1起扣1分，超过3起不得分", 10, ["3", "4"]) == {"3": 7, "4": 0}


# ---- qualitative levels whose points rise as the grade falls ----


@pytest.mark.parametrize("text, w", [
    ("明显得1分，较明显得2分，不明显得3分", 3),
    ("部分达成得3分，基本达成得2分，达成得1分", 3),
    ("A级得3分，B级得4分，C级得5分", 5),
    ("三等得5分，二等得4分，一等得3分", 5),
    ("两条指标均符合计1分;满足一条计2分;均不符合计0分", 2),  # r40's open case
])
def test_inverted_grades_are_refused(text, w):
    _refused(text, w)


@pytest.mark.parametrize("text, w, hand", [
    ("显著得3分，较显著得2分，一般得1分，不显著不得分", 3, {"显著": 3, "较显著": 2, "一般": 1, "不显著": 0}),
    ("达成得3分，基本达成得2分，部分达成得1分，未达成不得分", 3, {"达成": 3, "基本达成": 2, "部分达成": 1, "未达成": 0}),
    ("A级得5分，B级得4分，C级得3分，D级不得分", 5, {"A级": 5, "B级": 4, "C级": 3, "D级": 0}),
    ("一等得5分，二等得4分，三等得3分", 5, {"一等": 5, "二等": 4, "三等": 3}),
    ("两条指标均符合计2分;满足一条计1分;均不符合计0分", 2, {"两条指标均符合": 2, "满足一条": 1, "均不符合": 0}),
])
def test_falling_grades_near_misses(text, w, hand):
    assert _scores(text, w, list(hand)) == hand


# ---- ± bands ----


@pytest.mark.parametrize("text", [
    "偏差在正负5%以内得5分，否则不得分",  # was "<=5%: 5; *: 0" — −6 % scored 5
    "偏差率在+/-5%以内得5分，否则不得分",
])
def test_plus_minus_in_words(text):
    # W 5: ±5 % inclusive → 5, beyond either way → 0
    assert _scores(text, 5, ["5%", "-5%", "0%", "6%", "-6%"]) == {"5%": 5, "-5%": 5, "0%": 5, "6%": 0, "-6%": 0}


def test_plus_minus_near_miss():
    assert _scores("偏差率≤±5%得5分，否则不得分", 5, ["5%", "-5%", "-6%"]) == {"5%": 5, "-5%": 5, "-6%": 0}


# ---- r40's open cases, settled ----


@pytest.mark.parametrize("text", [
    "漏补报率低于2%,每低于一个百分点扣0.5分",  # was "≥2%: W; <2%: W - 0.5 per 1%": 5 % 漏补报 scored full marks
    "差错率低于2%,每低1个百分点扣0.5分",
])
def test_low_is_good_rate_deducted_below_is_refused(text):
    _refused_because(text, 2, "越低越好")


def test_low_is_good_rate_near_misses():
    # the real text (fresh15 AB11-3) says 每超过 (W 2): 1 % → 2, 3 % → 1.5, 6 % → 0
    assert _scores("漏补报率低于2%,每超过一个百分点扣0.5分", 2, ["1%", "3%", "6%"]) == {"1%": 2, "3%": D("1.5"), "6%": 0}
    # a high-is-good rate deducted below (W 2): 94 % → 1.5
    assert _scores("完成率不低于95%,每低1个百分点扣0.5分", 2, ["95%", "94%"]) == {"95%": 2, "94%": D("1.5")}


@pytest.mark.parametrize("text", [
    "种植面积达到可种面积的100%得20分，未达到90%得10分",  # was ">=100%: 20; <90%: 10": 80 % → 10, 95 % no level
    "达到100%得20分，低于90%得10分",
])
def test_points_below_a_gap_are_refused(text):
    _refused_because(text, 20, "没有写分")


def test_points_below_a_gap_near_misses():
    # 达到90% (W 20): 95 % → 10, 100 % → 20
    assert _scores("种植面积达到可种面积的100%得20分，达到90%得10分", 20, ["100%", "95%"]) == {"100%": 20, "95%": 10}
    # nothing below the gap: 80 % → 0 (95 % is a gap the scorer reports)
    assert _scores("达到100%得20分，低于90%不得分", 20, ["100%", "80%"]) == {"100%": 20, "80%": 0}


def test_full_marks_unlike_the_weight_is_refused():
    # was "*: 4 - 1 per 1" on a 5-point row
    _refused_because("本项满分4分。每发现一处问题扣1分", 5, "满分4分")
    _refused_because("满分4分，每发现一处问题扣1分", 5, "满分4分")
    # the row's own 分值 restated (W 5): 0 → 5, 2 → 3
    assert _scores("本项满分5分。每发现一处问题扣1分", 5, ["0", "2"]) == {"0": 5, "2": 3}


def test_count_with_percent_steps_is_refused():
    _refused_because("不合格数为0得5分,每增加1%扣1分", 5, "个数")
    _refused_because("投诉件数为0得5分，每增加1个百分点扣1分", 5, "个数")
    # a rate (W 5): 0 % → 5, 2 % → 3
    assert _scores("不合格率为0得5分,每增加1%扣1分", 5, ["0%", "2%"]) == {"0%": 5, "2%": 3}


# ---- a deduction band on the better side of a rate whose polarity the words give ----


@pytest.mark.parametrize("text", [
    "满意率高于90%扣2分",  # was ">90%: 3; <=90%: W": the satisfied lost points
    "投诉率低于1%扣2分",  # was "<1%: 3; >=1%: W"
])
def test_deduction_on_the_better_side_is_refused(text):
    _refused_because(text, 5, "较好的一侧")


def test_deduction_on_the_worse_side_near_misses():
    # W 5: 满意率 below 90 % loses 2: 85 % → 3, 95 % → 5
    assert _scores("满意率低于90%扣2分", 5, ["85%", "95%"]) == {"85%": 3, "95%": 5}
    # 投诉率 above 1 % loses 2: 0.5 % → 5, 2 % → 3
    assert _scores("投诉率超过1%扣2分", 5, ["0.5%", "2%"]) == {"0.5%": 5, "2%": 3}


# ---- a count cut-off in another unit than the per-count deduction ----


@pytest.mark.parametrize("text", [
    "每发现1处扣1分，3人次以上不得分",  # was ">=3: 0; *: W - 1 per 1" — 处 and 人次 as one count
    "每迟报1天扣1分，迟报3次以上不得分",  # 天 and 次
])
def test_cut_off_in_another_unit_is_refused(text):
    _refused_because(text, 5, "不是同一个计数")


def test_cut_off_in_the_same_unit_near_miss():
    # W 5: 3天以上 includes 3 → 0; 2 → 3
    assert _scores("每迟报1天扣1分，迟报3天以上不得分", 5, ["0", "2", "3"]) == {"0": 5, "2": 3, "3": 0}


# ---- a share deducted in words is never a note ----


def test_half_deducted_is_not_a_note():
    # was "完成": W; "未完成": 0 with "部分完成扣一半分" as 说明 (部分完成 in no level)
    r = _refused("完成得满分，部分完成扣一半分，未完成不得分", 6)
    assert any("部分完成扣一半分" in u for u in r.understood), r.understood
    # near miss (W 6): 得一半分 is read: 部分完成 → 3
    assert _scores("完成得满分，部分完成得一半分，未完成不得分", 6, ["完成", "部分完成", "未完成"]) == {
        "完成": 6, "部分完成": 3, "未完成": 0}


def test_deduction_on_top_is_refused():
    # was "*: W - 1 per 1": an effective complaint costs 1 + 1, one count cannot carry both
    _refused_because("每件扣1分，其中有效投诉每件再扣1分", 5, "另外扣分")
    # near misses: 增减 / 加减 are no deduction on top — "再按…加减分" stays as read before (corpus V14-2)
    assert not read_rule_text("每件扣1分，其中有效投诉每件再扣1分", 5).ok
