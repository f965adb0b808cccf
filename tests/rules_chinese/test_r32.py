"""r32: bands over a range of a measured value, each with its points or its deduction (issue 11).

One mechanism, the band reader (conditions.py, fragments.py, assemble.py / bands.py), widened: bands in years and
characters ("3-5年", "2500字至4000字"), 满N年 (= 达到), "N内" / "N外" after a number, "超过10%-15%内", a deduction
after any range or after a one-sided band of an amount, a time or a quantity, no deduction beyond the cheapest band of
deduction bands whose dear end is open, and "不累计加分,只计最高分" as a note. Expected scores are hand arithmetic
in the comments; "variant of <id>" marks a wording written here from that corpus sentence.

Sources (tests/rules_chinese/corpus.yaml ``sources:``): BI1 (fresh48, 社会福利院PPP项目绩效考核管理办法), BI6 (fresh48),
BJ1 / BJ7 / BJ9 / BJ13 (fresh49: 担保机构综合评价、统计调研考核、国税目标管理考核、积分落户), AT2 (fresh33, 物业服务企业信用
评价), BG2 (fresh46, “平安社区”创建考核).
"""

from decimal import Decimal as D

import pytest

from jixiao.errors import JixiaoError
from jixiao.rules.chinese import read_rule_text
from tests.rules_chinese.test_i11k import _refused, _scores


def _gap(text, w, value):
    r = read_rule_text(text, w)
    assert r.ok, (text, r.unread)
    with pytest.raises(JixiaoError):
        r.rule.score(value, w)


# ---- deduction bands of a share: "N%内", "超过A%-B%内", "N%外" (BI1-5) ----

BI1_5 = "超过预算控制价10%内扣5分;超过10%-15%内扣10分,超出15%外扣15分。"


def test_bi1_5_deduction_bands_within_and_beyond():
    # BI1-5 (W 15), value = excess over the budget: ≤ 10% → 15 - 5 = 10; (10%, 15%] → 15 - 10 = 5; > 15% → 0;
    # 10% is in both "10%内" and "10%-15%": the higher score (10) wins; 15% is in "10%-15%内" only (外 excludes it)
    assert _scores(BI1_5, 15, ["5%", "10%", "12%", "15%", "20%"]) == {"5%": 10, "10%": 10, "12%": 5, "15%": 5, "20%": 0}


@pytest.mark.parametrize("text", [
    "超支5%以内扣2分,超支5%-10%扣4分,超支10%以外扣6分",  # variant of BI1-5: 以内 / 以外, the noun repeated
    "超支5%内,扣2分;5%~10%内,扣4分;10%外,扣6分。",  # variant of BI1-5: comma before 扣, no noun
])
def test_deduction_bands_variants(text):
    # (W 6): ≤ 5% → 6 - 2 = 4; (5%, 10%] → 6 - 4 = 2; > 10% → 6 - 6 = 0; 5% shared → the higher (4)
    assert _scores(text, 6, ["3%", "5%", "7%", "10%", "11%"]) == {"3%": 4, "5%": 4, "7%": 2, "10%": 2, "11%": 0}


# ---- deduction bands whose dear end is open: nothing deducted beyond the cheapest band (BJ9-2, BJ9-3, BG2-1) ----

BJ9_2 = ("根据重点税源(省级)综合指标预警分析结果,综合预警企业(2个以上指标同时预警)户数占重点税源总户数比重在10%~20%的,"
         "扣0.05分;超过20%的,扣0.1分。")
BJ9_3 = "税收资料调查指标差错率为3%~5%的,扣0.1分;超过5%的,扣0.2分。"
BG2_1 = "居民群众缺乏安全感在60%到80%(含80%)扣4分,60%(含60%)以下扣8分。"


def test_bj9_2_bands_rising_with_a_bracketed_count_in_the_subject():
    # BJ9-2 (W 12): < 10% → 12; [10%, 20%] → 12 - 0.05 = 11.95; > 20% → 12 - 0.1 = 11.9
    assert _scores(BJ9_2, 12, ["5%", "10%", "15%", "20%", "25%"]) == {
        "5%": 12, "10%": D("11.95"), "15%": D("11.95"), "20%": D("11.95"), "25%": D("11.9")}


def test_bj9_3_bands_rising():
    # BJ9-3 (W 12): < 3% → 12; [3%, 5%] → 11.9; > 5% → 11.8
    assert _scores(BJ9_3, 12, ["2%", "3%", "5%", "6%"]) == {"2%": 12, "3%": D("11.9"), "5%": D("11.9"), "6%": D("11.8")}


def test_bg2_1_bands_rising_as_the_value_falls():
    # BG2-1 (W 10): > 80% → 10; (60%, 80%] → 10 - 4 = 6; ≤ 60% → 10 - 8 = 2
    assert _scores(BG2_1, 10, ["90%", "81%", "80%", "61%", "60%", "40%"]) == {
        "90%": 10, "81%": 10, "80%": 6, "61%": 6, "60%": 2, "40%": 2}


@pytest.mark.parametrize("text", [
    "故障3~5次扣1分,5~8次扣2分",  # variant of BJ9-3 on a count: ranges of counts are bands
    "故障次数为3-5次的,扣1分;5-8次的,扣2分。",  # the same with the noun, 为 and commas before 扣
])
def test_count_ranges_rising(text):
    # (W 4): < 3 → 4; [3, 5] → 4 - 1 = 3 (5 shared: the higher); (5, 8] → 4 - 2 = 2; above 8 not printed (a gap)
    assert _scores(text, 4, ["0", "2", "3", "5", "6", "8"]) == {"0": 4, "2": 4, "3": 3, "5": 3, "6": 2, "8": 2}
    _gap(text, 4, "9")


@pytest.mark.parametrize("text", [
    "故障次数3-5次的,扣1分;超过5次的,扣2分",  # a one-sided count band closing a series of count ranges
    "故障3~5次扣1分，5次以上扣2分。",  # the same with 以上 (5 shared: the higher score, 3)
])
def test_count_band_closing_ranges(text):
    # (W 4): < 3 → 4; [3, 5] → 4 - 1 = 3; > 5 → 4 - 2 = 2
    assert _scores(text, 4, ["0", "2", "3", "5", "6", "9"]) == {"0": 4, "2": 4, "3": 3, "5": 3, "6": 2, "9": 2}


@pytest.mark.parametrize("text", [
    "被投诉超过2次的扣1分",  # alone: once, or per complaint beyond 2? (test_i11k)
    "故障3~5次扣1分，超过6次扣2分",  # not where the range ends (6 ≠ 5): not the next band
    "故障3~5次扣1分，超过5项扣2分",  # another count word
])
def test_one_sided_count_band_near_misses(text):
    _refused(text, 4)


def test_bands_with_both_ends_open_are_not_filled():
    # near miss of BJ9-3: "3%以下扣0.1分" and "超过5%扣0.2分" — deductions on both sides, the middle (3%–5%] is not
    # printed: a gap when scored, never a guessed full score
    _gap("差错率3%以下的扣0.1分;超过5%的扣0.2分", 12, "4%")


def test_falling_costs_are_not_filled():
    # near miss: the costs do not keep rising (0.2 then 0.1) — below 3% is not filled in: a gap when scored
    _gap("差错率为3%~5%的,扣0.2分;超过5%的,扣0.1分。", 12, "2%")


# ---- bands of an amount with deductions, the top band 满分 (BI6-2 in 万元) ----

def test_money_bands_with_deductions():
    # variant of BI6-2 (W 20) written in 万元 (the reader compares 万元 as 元, ×10000):
    # ≥ 800万 → 20; [600万, 800万) → 18; [200万, 600万) is not printed here; ≤ 200万 → 20 - 15 = 5
    text = "年度产值800万元以上,满分;产值600~800万元,扣2分;产值200万元以下,扣15分"
    assert _scores(text, 20, ["900万元", "800万元", "700万元", "600万元", "200万元", "150万元"]) == {
        "900万元": 20, "800万元": 20, "700万元": 18, "600万元": 18, "200万元": 5, "150万元": 5}
    r = read_rule_text(text, 20)
    assert not any("也含0" in w for w in r.warnings)  # 0 is the worst 产值 here, not "no deviation"


def test_bi6_2_in_bare_wan_stays_refused():
    # BI6-2 as printed ("800万" without 元) stays refused: the corpus labels its values in 万 (the text's unit),
    # the reader compares amounts in 元 (万元 × 10000) — 900 would score 5, not 20
    _refused("年度产值800万以上,满分;产值600~800万,扣2分;产值200万以下,扣15分", 20)


# ---- bands in years and characters; 满N年 (BJ7-1, BJ13-1, AT2-2, BJ1-1) ----

BJ7_1 = "统计分析、课题调研文章经确认发表的,按文章字数计分:2500字至4000字得6分;4000字至6000字得10分;6000字以上得20分。"


def test_bj7_1_character_bands():
    # BJ7-1 (W 20): [2500, 4000) → 6; [4000, 6000) → 10 (4000 shared: the higher); ≥ 6000 → 20
    assert _scores(BJ7_1, 20, ["2500", "3000", "4000", "5000", "6000", "8000"]) == {
        "2500": 6, "3000": 6, "4000": 10, "5000": 10, "6000": 20, "8000": 20}
    # under 2500 is not printed: a gap until r75; since r75 a ladder of rungs earned scores 0 below the weakest
    # (assemble._unearned_side) — 2000 字 reach no rung → 0
    assert _scores(BJ7_1, 20, ["2000"]) == {"2000": 0}


BJ13_1 = "满1年 1分\n满2年 2分\n满3年及以上 3分\n备注:上述指标不累计加分,只计最高分。"


def test_bj13_1_full_years_as_tiers():
    # BJ13-1 (W 3): 满1年 → [1, 2): 1; 满2年 → [2, 3): 2; 满3年及以上 → ≥ 3: 3
    assert _scores(BJ13_1, 3, ["1", "1.5", "2", "3", "5"]) == {"1": 1, "1.5": 1, "2": 2, "3": 3, "5": 3}
    # under 满1年: a gap until r75; since r75 no rung reached → 0 (assemble._unearned_side)
    assert _scores(BJ13_1, 3, ["0.5"]) == {"0.5": 0}


@pytest.mark.parametrize("text", [
    "按照企业注册和管理工程年限,5年及以上得5分, 3-5年得4分,3年以下得2分。",  # AT2-2
    "经营年限5年以上的得5分;3到5年的得4分;不满3年的得2分",  # variant of AT2-2: 到, 不满
])
def test_at2_2_year_bands(text):
    # AT2-2 (W 5): ≥ 5 → 5; [3, 5) → 4 (3 shared with "3年以下": the higher); < 3 → 2
    assert _scores(text, 5, ["8", "5", "4", "3", "2", "0.5"]) == {"8": 5, "5": 5, "4": 4, "3": 4, "2": 2, "0.5": 2}


def test_bj1_1_overlapping_bands_refused():
    # BJ1-1: "满3年的得1分;3-5年得2分;5年以上得3分" — 满3年 holds every value of 3-5年 with another score: refused
    r = _refused("成立并正常经营满3年的得1分;3-5年得2分;5年以上得3分。", 3)
    assert any("重叠" in u for u in r.understood)


def test_cumulative_items_beside_highest_only_refused():
    # near miss of BJ13-1: items that add up, beside "不累计加分,只计最高分" — the text contradicts the sum
    _refused("成立领导小组1分,制定方案1分,开展培训1分,上述指标不累计加分,只计最高分。", 3)


# ---- near misses that must stay refused ----

@pytest.mark.parametrize("text, w", [
    ("组建3-5人的团队得2分", 5),  # a range inside a description, the points for the team
    ("目标值为10%~20%,每超出1个百分点扣1分", 5),  # a target interval, not a band of the value
    ("延期6个月以内扣1分,超过1年扣3分", 5),  # months beside years
    ("3个月-1年扣1分", 5),  # a range whose ends are in different units
    ("5000元-1万元得3分", 5),  # the same, in money (the scale of one end was used for both)
    ("被投诉超过2次的扣1分", 4),  # one-sided count band costing less than the 分值 (test_i11k)
    ("纳税额每满3万元得1分。", None),  # 每满: per 3万元 (a per-unit award), never "满3万元" as a band
    ("本村当年年满18周岁男性公民登记率为100%,每少一人扣0.1分", 1),  # 年满18周岁: an age, not a band
    ("迟报超过3天的扣1分,扣完为止", 5),  # 扣完为止: per late report, or once for the band?
    ("报送延期3-5天的扣1分,最多扣3分", 5),  # the same with a cap
    ("小于50平方米扣1分,小于100平方米扣2分", 5),  # nested one-sided deductions: one, the other, or both? (test_r24)
    ("场地小于100平方米扣1分,小于50平方米的扣2分", 5),  # the same, thresholds falling (fresh28 AO1-5, test_r24)
    ("延期超过1个月扣2分,超过3个月扣4分", 5),  # the same on a time
])
def test_near_misses_refused(text, w):
    _refused(text, w)


def test_unit_mismatch_says_so():
    assert any("单位不同" in u for u in _refused("3个月-1年扣1分", 5).understood)


def test_electric_cable_length_one_sided_quantity_band():
    # AW5-4 (fresh36, W 8): ≤ 30 → 8; > 30 → 8 - 4 = 4 (a quantity band, one-sided)
    assert _scores("电缆线长度超过30米,扣4分", 8, ["20", "30", "31", "50"]) == {"20": 8, "30": 8, "31": 4, "50": 4}


def test_a_date_is_not_a_year_band():
    # "2020年" is a date, never 2020 years: the band is the rate's
    assert _scores("2020年完成率90%以上得5分,90%以下不得分", 5, ["95%", "80%"]) == {"95%": 5, "80%": 0}
