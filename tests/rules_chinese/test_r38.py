"""r38: a condition followed by a noun, a bracket or a unit word the reader did not know (issue 11).

The largest refusal group at the start of r38 (47 to-read sentences) was "条件后有未能识别的内容…（单位或写法不明）". General
mechanisms, each with its corpus sentence(s), wordings of our own (hand arithmetic in the comments; "variant of <id>")
and near misses that must stay refused:

* bare band points closing the text ("10~30%1分" at the end, normalise);
* "(含)(N分)" after a band, and a last sentence "不重复得分" (one band only, as "不累计…只计最高");
* a count of named things to do inside a checklist item ("完成3个以上核心业务系统定级备案…", checklist);
* units 个工作日 and 周岁 (_base);
* the noun a count condition counts ("低于5个项目") and a condition naming the events a per-count deduction counts
  ("5分钟以上(含)15分钟以下延误事件的,每起减5分") (fragments.counted_noun);
* a stated time limit as a deadline ("案件处理时限为2个工作日", deadlines);
* 不到N = below N (was read as "=N"), "按相应比例折算", a bracket after the points holding the band below;
* a straight line between full marks at one threshold and 0 past the other (interpolate.read_line_between);
* several measures' bounds in one requirement, and a bracket spelling out a requirement's standard (conjoined.py).

Sources (tests/rules_chinese/corpus.yaml ``sources:``): BM4 (fresh52), BN13 (fresh53), BK4 / BK12 (fresh50), BJ13
(fresh49), T5 (fresh7), AK10 (fresh24), BM1 (fresh52), X7 (fresh11), BG4 (fresh46).
"""

from decimal import Decimal as D

import pytest

from jixiao.rules.chinese import read_rule_text
from tests.rules_chinese.test_i11k import _refused, _scores
from tests.rules_chinese.test_r32 import _gap

# ---- bare band points closing the text (BM4-2) ----

BM4_2 = "50%以上3分,30~50%2分,10~30%1分.附出口证明材料"


def test_bm4_2_bare_points_of_the_last_band():
    # BM4-2 (W 3): ≥ 50% → 3; [30%, 50%) → 2; [10%, 30%) → 1 (shared ends go to the higher band); < 10% not written:
    # a gap until r75; since r75 no rung of the ladder reached → 0 (assemble._unearned_side)
    assert _scores(BM4_2, 3, ["60%", "50%", "40%", "30%", "20%", "10%", "5%"]) == {
        "60%": 3, "50%": 3, "40%": 2, "30%": 2, "20%": 1, "10%": 1, "5%": 0}


@pytest.mark.parametrize("text", [
    "达标率80%以上4分;60~80%2分;60%以下0分",  # variant of BM4-2: ";" between the bands, a zero band last
    "达标率80%以上4分,60~80%2分,60%以下0分。",  # the same closed by a full stop
])
def test_bare_points_variants(text):
    # (W 4): ≥ 80% → 4; [60%, 80%) → 2; < 60% → 0
    assert _scores(text, 4, ["90%", "80%", "70%", "60%", "50%"]) == {"90%": 4, "80%": 4, "70%": 2, "60%": 2, "50%": 0}


def test_bare_points_near_miss_restated_weight():
    # near miss: "…1分" after a count of points, not after a %: a number run into the points stays refused
    _refused("50%以上3分,30~50%2分,10~301分", 3)


# ---- "(含)(N分)" after a band, "不重复得分" (BN13-1) ----

BN13_1 = "品牌创立时间在30-40年(含)(3分);品牌时间在40-50年(含)(4分);品牌创立时间50年以上(5分)。不重复得分。"


def test_bn13_1_closed_ends_and_one_band_only():
    # BN13-1 (W 5): [30, 40] → 3; (40, 50] → 4; > 50 → 5 (50 itself is in "40-50年(含)")
    assert _scores(BN13_1, 5, ["30", "35", "40", "45", "50", "51", "60"]) == {
        "30": 3, "35": 3, "40": 3, "45": 4, "50": 4, "51": 5, "60": 5}


@pytest.mark.parametrize("text", [
    "完成率在60%-80%(含)(2分);80%-100%(含)(4分)。不重复计分。",  # variant of BN13-1: shares, 不重复计分
    "完成率60%-80%(含)(2分);完成率80%-100%(含)(4分);不重复得分",  # the same, the note after ";"
])
def test_closed_end_then_points_variants(text):
    # (W 4): [60%, 80%] → 2; (80%, 100%] → 4
    assert _scores(text, 4, ["60%", "80%", "81%", "100%"]) == {"60%": 2, "80%": 2, "81%": 4, "100%": 4}


def test_one_band_only_near_miss_items():
    # near miss: items adding up beside "不重复得分" — the text says they do not add up: refused
    r = read_rule_text("制度健全(2分);台账完整(3分)。不重复得分。", 5)
    assert r.kind == "unreadable"


# ---- a count of named things in a checklist item (BK4-1) ----

BK4_1 = ("遵循集团统一制定的信息安全等级保护要求,完成 3 个以上核心业务系统定级备案工作及自查整改的,得 3 分;"
         "按照等级保护的实施办法细则有效开展工作,完成测评整改的,得 3 分;")


def test_bk4_1_count_of_systems_is_the_items_requirement():
    # BK4-1 (W 6): two items of 3 each, the scorer checks each (≥ 3 systems is the first item's requirement)
    r = read_rule_text(BK4_1, 6)
    assert r.kind == "checklist" and [str(i.points) for i in r.items] == ["3", "3"]


@pytest.mark.parametrize("text", [
    "完成2个以上重点项目建设的,得2分;建立项目台账的,得2分",  # variant of BK4-1
    "建立项目台账,得1分;完成3项以上技术改造任务,得3分",  # the counted item second
])
def test_count_of_things_in_an_item_variants(text):
    r = read_rule_text(text, 4)
    assert r.kind == "checklist" and r.max_points == 4


def test_count_of_things_near_miss_levels():
    # near miss: the same count of things at two levels ("3项以上…2分, 2项…1分") — levels on a count, never items
    r = read_rule_text("完成3项以上重点任务得2分;完成2项重点任务得1分", 3)
    assert r.kind != "checklist"


# ---- units 个工作日 and 周岁 (BJ13-2) ----

BJ13_2 = "年龄不超过45周岁 20分"


def test_bj13_2_age_in_years():
    # BJ13-2 (W 20): ≤ 45 → 20; above 45 not written (a gap, never a guess)
    assert _scores(BJ13_2, 20, ["30", "45"]) == {"30": 20, "45": 20}
    _gap(BJ13_2, 20, "46")


@pytest.mark.parametrize("text", [
    "办理时间≤5个工作日得3分,5-10个工作日得1分,超过10个工作日不得分",  # variant in working days
    "办理时间5个工作日以内得3分;10个工作日以内得1分;超过10个工作日不得分",
])
def test_working_days_variants(text):
    # (W 3): ≤ 5 → 3; (5, 10] → 1; > 10 → 0
    assert _scores(text, 3, ["3", "5", "8", "10", "11"]) == {"3": 3, "5": 3, "8": 1, "10": 1, "11": 0}


def test_working_days_near_miss_days_mixed():
    # near miss: 个工作日 beside 天 — two units of time, never compared
    _refused("5个工作日以内得3分,超过10天不得分", 3)


# ---- the noun a count condition counts; a condition naming the counted events (BK12-1) ----

BK12_1 = "发生5分钟以上(含)15分钟以下延误事件的,每起减5分;"


def test_bk12_1_delay_band_names_the_counted_events():
    # BK12-1 (W 1000): 1000 − 5 per event: 0 → 1000; 1 → 995; 10 → 950
    assert _scores(BK12_1, 1000, ["0", "1", "10"]) == {"0": 1000, "1": 995, "10": 950}


@pytest.mark.parametrize("text", [
    "全年新增5个以上项目得4分,低于5个项目不得分",  # variant of BE14-1 (fresh44), both bands written
    "配备3名以上专职人员得4分;配备不足3名专职人员不得分",
])
def test_counted_noun_variants(text):
    # (W 4): ≥ 5 (≥ 3) things → 4; fewer → 0
    n = 5 if "5个" in text else 3
    assert _scores(text, 4, [str(n + 1), str(n), str(n - 1), "0"]) == {str(n + 1): 4, str(n): 4, str(n - 1): 0, "0": 0}


def test_counted_events_variant_area():
    # variant of BK12-1: "发现面积10平方米以上积水点的,每处扣1分" (W 5): 5 − 1 per place: 0 → 5; 2 → 3; 6 → 0
    assert _scores("发现面积10平方米以上积水点的,每处扣1分", 5, ["0", "2", "6"]) == {"0": 5, "2": 3, "6": 0}


def test_counted_noun_near_misses():
    # a noun and a failing after the count: which count? refused
    _refused("有3个以上项目未完成不得分,否则得4分", 4)
    # a long requirement after the count, not a noun: refused (W9-4's wording)
    _refused("开展5次以上技术总结并向预报司提交总结报告得2分", 2)


# ---- a stated time limit (T5-2) ----

T5_2 = "街道（园区）案件处理时限为2个工作日，按时办结率=（按时办结案件数量/办结案件数量）×150分；"


def test_t5_2_time_limit_is_part_of_the_requirement():
    # T5-2 (W 150): 150 × the on-time rate: 90% → 135; 50% → 75
    assert _scores(T5_2, 150, ["100%", "90%", "50%", "0%"]) == {"100%": 150, "90%": 135, "50%": 75, "0%": 0}


@pytest.mark.parametrize("text", [
    "办理期限为5个工作日,按时办结率×10分",  # variant of T5-2
    "审批时限为10天，得分=按时审批率×10",
])
def test_time_limit_variants(text):
    # (W 10): 10 × rate: 80% → 8
    assert _scores(text, 10, ["100%", "80%"]) == {"100%": 10, "80%": 8}


def test_time_limit_near_miss_days_scored():
    # near miss: the days themselves are scored beside the limit — refused, never a rate
    _refused("办理时限为5天,超过5天的每件扣1分,超过10天不得分", 5)


# ---- 不到N, 按相应比例折算, the band below in a bracket after the points (AK10-3) ----

AK10_3 = "依托龙头企业发展,龙头企业当年新网点数占总新增数30%以上的(10分)(不到30%按相应比例折算)。"


def test_ak10_3_proportion_below_the_threshold():
    # AK10-3 (W 10): ≥ 30% → 10; below: 10 × x ÷ 30%: 15% → 5; 0% → 0
    assert _scores(AK10_3, 10, ["30%", "45%", "15%", "0%"]) == {"30%": 10, "45%": 10, "15%": 5, "0%": 0}


@pytest.mark.parametrize("text", [
    "覆盖率达到80%以上的得8分,不到80%按相应比例折算",  # variant of AK10-3
    "覆盖率80%以上的(8分)(不到80%按比例计分)",
])
def test_proportion_below_variants(text):
    # (W 8): ≥ 80% → 8; below: 8 × x ÷ 80%: 60% → 6; 40% → 4
    assert _scores(text, 8, ["90%", "80%", "60%", "40%"]) == {"90%": 8, "80%": 8, "60%": 6, "40%": 4}


def test_below_is_not_equal():
    # 不到90% is below 90% (was read as "=90%"): (W 5) ≥ 90% → 5, < 90% → 2
    assert _scores("90%以上得5分,不到90%得2分", 5, ["95%", "90%", "89%"]) == {"95%": 5, "90%": 5, "89%": 2}


def test_bracketed_band_near_miss_bonus():
    # near miss: a bracket after the points with a bonus, not a band below: refused
    _refused("覆盖率80%以上的(8分)(超过90%另加2分)", 8)


# ---- a straight line between two thresholds (BM1-2) ----

BM1_2 = "县(区)收到财政衔接资金之日起,下达到项目实施单位≤25个工作日得满分6分,>50个工作日为0分,25-50个工作日按比例减分。"


def test_bm1_2_line_down_from_full_to_zero():
    # BM1-2 (W 6): ≤ 25 → 6; 6 − 6 × (x − 25) ÷ 25 between: 30 → 4.8, 40 → 2.4; ≥ 50 → 0
    assert _scores(BM1_2, 6, ["10", "25", "30", "40", "50", "60"]) == {
        "10": 6, "25": 6, "30": D("4.8"), "40": D("2.4"), "50": 0, "60": 0}


@pytest.mark.parametrize("text", [
    "满意率90%以上得满分,低于70%不得分,70%-90%之间按比例扣分",  # variant of BM1-2, higher is better
    "满意率≥90%得满分;<70%不得分;70%-90%按比例减分",
])
def test_line_variants(text):
    # (W 5): ≥ 90% → 5; 5 − 5 × (90% − x) ÷ 20% between: 80% → 2.5, 86% → 4; < 70% → 0
    assert _scores(text, 5, ["95%", "90%", "86%", "80%", "70%", "60%"]) == {
        "95%": 5, "90%": 5, "86%": 4, "80%": D("2.5"), "70%": 0, "60%": 0}


@pytest.mark.parametrize("text", [
    "≤25天得满分,>50天不得分,25-50天按比例得分",  # 按比例得分 in the middle: W × x or a line? (W16-1)
    "≤25天得满分,>60天不得分,25-50天按比例减分",  # the line's ends are not the bands'
])
def test_line_near_misses(text):
    _refused(text, 6)


# ---- several measures in one requirement (X7-1); a bracket spelling out a standard (BG4-2) ----

X7_1 = "合同签定率达100%、代管率达100%、兑现率达100%,达不到标准不计分。"


def test_x7_1_three_rates_one_requirement():
    # X7-1 (W 10): all met → 10; "达不到标准" → 0
    r = read_rule_text(X7_1, 10)
    assert r.ok and r.rule.score("符合", 10) == 10 and r.rule.score("达不到标准", 10) == 0


@pytest.mark.parametrize("text", [
    "完成率达到90%、满意率达到95%得10分,否则不得分",  # variant of X7-1
    "完成率不低于90%和满意率不低于95%的得10分,否则不得分",
])
def test_conjoined_variants(text):
    r = read_rule_text(text, 10)
    assert r.ok and r.rule.score("符合", 10) == 10 and r.rule.score("不符合", 10) == 0


def test_conjoined_near_miss_value_scored():
    # near miss: a step on the value beside the bounds — the value is scored: not one requirement
    r = read_rule_text("完成率达90%、满意率达95%,每低1%扣1分", 10)
    assert not (r.ok and "符合" in r.canonical)


BG4_2 = ("村居主要道口、路面、辖区单位、商铺有视频监控系统,并与派出所联网,5分;新建居民小区有视频监控系统、楼寓对讲系统(含门禁系统)、"
         "出入口控制系统及治安值班室等设施,5分;城镇封闭式老旧小区有门卫值班室和技防、物防设施,散居楼栋有单元防盗门和防爬刺等防攀爬"
         "设施,5分;技防入户率达到省市标准(城市社区达80%,涉农社区达75%,行政村达70%),5分(由区六合、沿江分局评分)")


def test_bg4_2_bracketed_standard_in_an_item():
    # BG4-2 (W 20): four items of 5, the last one's standard in the bracket (checked by the scorer)
    r = read_rule_text(BG4_2, 20)
    assert r.kind == "checklist" and r.max_points == 20 and len(r.items) == 4


@pytest.mark.parametrize("text", [
    "组织开展治安巡逻,农村地区实行夜间巡逻(不少于3小时),3分;每周实行公示制度,2分",  # variant of BG4-3
    "设立办公场所(面积不少于30平方米),2分;配备专职人员,3分(由区综治办评分)",  # variant of BG4-4
])
def test_bracketed_standard_variants(text):
    r = read_rule_text(text, 5)
    assert r.kind == "checklist" and r.max_points == 5


@pytest.mark.parametrize("text", [
    "技防入户率(不低于90%),5分",  # the rate's own band in the bracket
    "实行夜间巡逻(不少于3小时)得5分,每少1小时扣1分",  # the hours are scored
])
def test_bracketed_standard_near_misses(text):
    r = read_rule_text(text, 5)
    assert "括号内的达标标准" not in "".join(r.understood)


def test_bg4_5_one_requirement_with_a_standard_per_kind_stays_refused():
    # BG4-5 (fresh46, labelled refuse): the same clause alone — which standard applies to one rate, and what scores a
    # miss? The bracket is unmasked outside a list of items, and the row refused
    r = read_rule_text("技防入户率达到省市标准(城市社区达80%,涉农社区达75%,行政村达70%),5分", 5)
    assert not r.ok and r.kind != "checklist"


BJ9_1 = ("月度收入预测偏差率超出规定区间(10000万元以上〔-3%,3%〕,5000~10000万元〔-5%,5%〕,1000~5000万元〔-8%,8%〕,"
         "1000万元以下〔-10%,10%〕)的,每次扣0.05分。")


def test_bj9_1_bracket_defines_each_counted_event():
    # BJ9-1 (W 12): 12 − 0.05 per time outside the band: 0 → 12; 1 → 11.95; 10 → 11.5; 240 → 0
    assert _scores(BJ9_1, 12, ["0", "1", "10", "240"]) == {"0": 12, "1": D("11.95"), "10": D("11.5"), "240": 0}


@pytest.mark.parametrize("text", [
    "工作人员迟到(超过15分钟)的,每次扣0.5分",  # variant of BJ9-1
    "值班人员离岗(连续30分钟以上)的,每次扣0.5分。",
])
def test_bracket_before_a_count_variants(text):
    # (W 5): 5 − 0.5 per time: 0 → 5; 2 → 4; 10 → 0
    assert _scores(text, 5, ["0", "2", "10"]) == {"0": 5, "2": 4, "10": 0}


def test_bracket_before_a_count_near_miss():
    # near miss: the bracket's number is stepped on after it — the value is scored: no standard masked
    r = read_rule_text("偏差率超出规定区间(超过3%)的,每超1%扣1分", 5)
    assert "括号内的达标标准" not in "".join(r.understood)


def test_ak8_1_not_reached_beside_a_level_stays_refused():
    # AK8-1 (fresh24): "有稳定收入,但达不到5万元的,扣20分" — 达不到 beside a level ("有稳定收入,但…") keeps its refusal
    # (不到 alone is below: test_below_is_not_equal)
    _refused("2014 年度村级集体建立稳定收入(指经营性收入,下同)且达到 5 万元以上的得 50 分。有稳定收入,但达不到 5 万元的,扣 20 分。",
             50)


@pytest.mark.parametrize("text, w", [
    ("缺勤满2次及以上的,每次扣0.2分。", 2),  # no noun after the bound: whose count? (test_r10)
    ("有1个以上示范点得2分", 4),  # at least one says the thing exists (test_r12)
    ("组建3-5人的团队得2分", 5),  # the number describes the team (test_r32)
    ("迟报(2次以上)每次扣0.5分", 10),  # a count in the bracket before a per-count deduction (test_r33)
])
def test_earlier_near_misses_stay_refused(text, w):
    _refused(text, w)


def test_counted_noun_near_miss_beside_a_count_of_another_thing():
    # a band counting "严重错误" beside a deduction per "错误": two counts, one value — refused (test_i11k's AB9-3 near miss)
    _refused("每处错误扣1分;5处及以上严重错误的不得分。", 5)
