"""r2 (issue 11): numeric bands and score formulas — ranges written high end first ("99%-90%"), a range
naming its inclusive end in a bracket after it ("60%-80%(含60%)"), and score formulas in the row's value
("得分=70×实际达标率-63", "10-卫星定位漂移车辆率*10", "本校实际值÷合格标准值×指标分数权重").
Expected scores are computed by hand in the comments. Corpus ids are those of tests/rules_chinese/corpus.yaml
(sources: AD10 网点建设/沼气 考核表, AD13 污水处理设施 考核, N4 环境保护目标考核, S28 大英县总工会, T2 / T3
(fresh7), Y7 (fresh12)). "Variant of <id>" marks a wording variant written here from that corpus sentence.
"""

from decimal import Decimal as D

import pytest

from jixiao.errors import RuleGapError
from jixiao.rules.chinese import read_rule_text
from tests.rules_chinese.test_i11k import _refused, _scores

# ---- ranges written high end first (fresh17 AD10) ----

AD10_1 = ("网点完工率达到100%的得30分,99%-90%的得27分,89%-80%的得24分,79%-70%的得21分,69%-60%的得18分,"
          "59%-50%的得15分,50%以下的不得分。")


def test_ad10_1_descending_ranges():
    # AD10-1 (W 30): 99%-90% is [90%, 99%]; 50% is in both 59%-50% (15) and 50%以下 (0) → the higher, 15
    assert _scores(AD10_1, 30, ["100%", "99%", "90%", "89%", "75%", "60%", "50%", "49%"]) == {
        "100%": 30, "99%": 27, "90%": 27, "89%": 24, "75%": 21, "60%": 18, "50%": 15, "49%": 0}


def test_ad10_1_printed_gap_is_reported_not_guessed():
    # 99.5% lies between 99%-90% and 100%: the text gives no score — scoring says so (规则有缺口)
    r = read_rule_text(AD10_1, 30)
    assert any("99%～100%之间" in u for u in r.understood)
    with pytest.raises(RuleGapError):
        r.rule.score("99.5%", 30)


def test_ad10_2_descending_range():
    # AD10-2 (W 10): 100% → 10; [80%, 99%] → 5 (80% also in 80%以下 → the higher, 5); < 80% → 0
    text = "中央补助投资支出率达到100%的得10分,99%-80%的得5分, 80%以下的不得分。"
    assert _scores(text, 10, ["100%", "99%", "85%", "80%", "79%"]) == {
        "100%": 10, "99%": 5, "85%": 5, "80%": 5, "79%": 0}


@pytest.mark.parametrize("text", [
    # variant of AD10-2: ~ between the ends, ；, 及以上
    "合格率100%及以上得10分；合格率99%~95%得8分；合格率94%~90%得6分；合格率90%以下不得分",
    # variant: 至 between the ends, 为 before the points
    "合格率达到100%的为10分,99%至95%的为8分,94%至90%的为6分,低于90%的不得分。",
])
def test_descending_range_variants(text):
    # W 10: 100% → 10; [95%, 99%] → 8; [90%, 94%] → 6; 90% → 6 (90%以下 also claims it: the higher);
    # 89% → 0; 97% → 8
    assert _scores(text, 10, ["100%", "97%", "95%", "94%", "90%", "89%"]) == {
        "100%": 10, "97%": 8, "95%": 8, "94%": 6, "90%": 6, "89%": 0}


@pytest.mark.parametrize("text", [
    # near miss: the two ends in different units — not one range
    "合格率达到100%的得10分,99%-90个的得8分,90%以下的不得分。",
    # near miss: descending ranges that overlap (95% in both) — contradictory bands
    "合格率达到100%的得10分,99%-90%的得8分,95%-85%的得6分,85%以下的不得分。",
])
def test_descending_range_near_misses_stay_refused(text):
    _refused(text, 10)


# ---- a range naming its inclusive end in a bracket after it (fresh17 AD7-1) ----

def test_range_with_named_lower_end():
    # W 5: [60%, 80%) → 3 (80% is 80%(含)以上 → 5); 60% is 含60% → 3 (60%以下 does not claim it); 59% → 0
    text = "执行率60%-80%(含60%)得3分，80%(含)以上得5分，60%以下不得分"
    assert _scores(text, 5, ["90%", "80%", "79%", "70%", "60%", "59%"]) == {
        "90%": 5, "80%": 5, "79%": 3, "70%": 3, "60%": 3, "59%": 0}


def test_range_with_named_upper_end():
    # W 5: (含80%) puts 80% in the range → 3; 80%以上 keeps above 80% → 5; 60% is claimed by the range (3)
    # and 60%以下 (0) → the higher, 3; 59% → 0
    text = "执行率60%-80%(含80%)得3分，80%以上得5分，60%以下不得分"
    assert _scores(text, 5, ["90%", "81%", "80%", "70%", "60%", "59%"]) == {
        "90%": 5, "81%": 5, "80%": 3, "70%": 3, "60%": 3, "59%": 0}


def test_range_bracket_naming_neither_end_stays_refused():
    # near miss: "(含60%)" after 70%-80% names neither end — not read as an inclusive end
    _refused("执行率70%-80%(含60%)得3分，80%(含)以上得5分，70%以下不得分", 5)


# ---- score formulas (AD13-1, N4-2, S28-3, T2-4, T3-1..3, Y7-1/2) ----

@pytest.mark.parametrize(("text", "w", "expected"), [
    # AD13-1 (W 10): ≥ 70% → 10; below: 10 × rate / 70%: 63% → 9; 35% → 5; 0% → 0
    ("设施半年累计负荷率70%以上不扣分；设施半年累计负荷率小于70%时：得分=10×（半年累计负荷/70%），其中设施半年累计负荷率"
     "=半年实际污水处理量/半年设计污水处理量", 10, {"80%": 10, "70%": 10, "63%": 9, "35%": 5, "0%": 0}),
    # N4-2 (W 7): 70 × rate − 63: 100% → 7; 95% → 3.5; 90% → 0; < 90% → 0
    ("得分=70×实际达标率-63；最高分为7分,低于90%为0分", 7, {"100%": 7, "95%": D("3.5"), "90%": 0, "80%": 0}),
    # S28-3 (W 10): 10 × (1 − 10 × ratio): 2% → 8; 10% → 0; > 0.1 → 0
    ("指标得分=(1-10×部门全年预算调剂金额/年初部门预算数)*指标分值。其中:若部门全年预算调剂金额/年初部门预算数>0.1,此项得0分。",
     10, {"0%": 10, "2%": 8, "10%": 0, "15%": 0}),
    # T2-4 (W 10): 10 − rate × 10: 2% → 9.8; 5% → 9.5; > 5% → 0
    ("10-卫星定位漂移车辆率*10；高于5%不得分。", 10, {"0%": 10, "2%": D("9.8"), "5%": D("9.5"), "6%": 0}),
    # T3-1 (W 2): ≥ 12000 → 2; below: value / 12000 × 2: 9000 → 1.5; 6000 → 1
    ("学校当年专科层次学生的生均财政拨款达到12000元/人为“合格”，得2分，低于12000元/人采用比率法计分。"
     "该指标得分=本校实际值÷合格标准值×指标分数权重。", 2, {"15000": 2, "12000": 2, "9000": D("1.5"), "6000": 1, "0": 0}),
    # T3-2 (W 2): > 60% → 2; < 30% → 0; between: value / 60% × 2: 45% → 1.5; 30% → 1; 60% → 2
    ("占比高于60%为“合格”，得2分，占比低于30%“不合格”，得0分，其他情况采用比率法计分。该指标得分=本校实际值÷合格标准值×指标分数权重。",
     2, {"70%": 2, "60%": 2, "45%": D("1.5"), "30%": 1, "29%": 0}),
    # T3-3 (W 3): ≥ 2 → 3; < 1 → 0; [1, 2): value / 2 × 3: 1.5 → 2.25; 1 → 1.5
    ("校外实习基地总数除以专业总数。平均每专业2个及以上校外实习基地为“合格”，得3分，平均每专业低于1个校外实习基地为0分，"
     "“不合格”与“合格”之间采用比率法计分 。该指标得分=本校实际值÷合格标准值×指标分数权重。",
     3, {"2.5": 3, "2": 3, "1.5": D("2.25"), "1": D("1.5"), "0.9": 0}),
    # Y7-1 (W 1.5): rate / 3‰ × 1.5, at most 1.5: 2‰ → 1; 1.5‰ → 0.75
    ("抽查的检出率/3‰*1.5 分; 抽查的重性精神疾病患者规范管理率超过 3‰按 1.5 分计算。",
     D("1.5"), {"4‰": D("1.5"), "3‰": D("1.5"), "2‰": 1, "1.5‰": D("0.75"), "0‰": 0}),
    # Y7-2 (W 3): rate / 80% × 3: 60% → 2.25; 20% → 0.75
    ("抽查的规范管理率/80%*3 分;抽查的重性精神疾病患者规范管理率超过 80%按 3 分计算。",
     3, {"90%": 3, "80%": 3, "60%": D("2.25"), "20%": D("0.75")}),
])
def test_corpus_formulas(text, w, expected):
    assert _scores(text, w, list(expected)) == expected


@pytest.mark.parametrize(("text", "w", "expected"), [
    # variant of AD13-1 (W 5): ≥ 80% → 5; below: 5 × rate / 80%: 60% → 3.75; 40% → 2.5
    ("合格率达到80%以上得满分；低于80%时，得分=5×合格率/80%", 5, {"90%": 5, "80%": 5, "60%": D("3.75"), "40%": D("2.5")}),
    # variant of N4-2 (W 10): 50 × rate − 40 reaches 10 at 100%: 90% → 5; 85% → 2.5; 80% → 0; < 80% → 0
    ("得分=50×覆盖率-40，最高分为10分，低于80%不得分", 10, {"100%": 10, "90%": 5, "85%": D("2.5"), "80%": 0, "70%": 0}),
    # variant of S28-3 (W 4): 4 × (1 − 5 × share): 10% → 2; 20% → 0; above 20% → 0
    ("得分=(1-5×超支金额/预算金额)×分值；超支比例高于20%的不得分", 4, {"0%": 4, "10%": 2, "20%": 0, "30%": 0}),
    # variant of T2-4 (W 8): 8 − rate × 20: 5% → 7; 10% → 6; above 10% → 0
    ("8-差错率*20；差错率高于10%不得分", 8, {"0%": 8, "5%": 7, "10%": 6, "11%": 0}),
    # variant of T3-1 (W 4): ≥ 500 人次 → 4; below: value / 500 × 4: 250 → 2; 100 → 0.8
    ("培训人次达到500人次的，得4分；低于500人次按比率法计分。得分=实际值÷合格标准值×分值。", 4,
     {"600": 4, "500": 4, "250": 2, "100": D("0.8")}),
])
def test_formula_variants(text, w, expected):
    assert _scores(text, w, list(expected)) == expected


def test_formula_cutoff_written_yixia_goes_to_the_higher_score():
    # W 2: 30%以下 includes 30% (民法典 第一千二百五十九条) where the formula gives 30/60 × 2 = 1: the higher
    # (the formula) takes it, with a warning; 29% → 0
    text = "占比高于60%，得2分，占比30%以下，不得分，其他情况采用比率法计分。该指标得分=本校实际值÷合格标准值×指标分数权重。"
    r = read_rule_text(text, 2)
    assert r.ok and r.rule.score("30%", 2) == 1 and r.rule.score("29%", 2) == 0
    assert any("歧义" in u for u in r.understood)


@pytest.mark.parametrize(("text", "w"), [
    # near miss of AD13-1: 10 × rate / 70% gives 10 at 70%, but the row is worth 8 — the numbers disagree
    ("负荷率70%以上不扣分；负荷率小于70%时：得分=10×（半年累计负荷/70%）", 8),
    # near miss of N4-2: the printed maximum is not the row's 分值
    ("得分=70×实际达标率-63；最高分为8分,低于90%为0分", 7),
    # not affine: the value times itself
    ("得分=达标率×达标率×10；低于50%不得分", 10),
    # two values in one formula (完成率 and 满意度)
    ("得分=完成率×10+满意度×5；低于50%不得分", 15),
    # near miss of T2-4: a falling formula that does not start from the 分值 (9 at 0% on a 10-point row)
    ("9-差错率*20；高于10%不得分", 10),
    # the formula counts people, the bands compare a rate: not the same value
    ("得分=培训人数/100×分值；完成率低于50%不得分", 5),
    # the ratio to the row's target (目标值): the target readers' business (T), not a formula's value
    ("得分=(实际完成值/目标值)×分值;低于60%不得分", 5),
    # the formula only below 90%, nothing written for 90% and above
    ("完成率低于90%时,得分=5×完成率/90%", 5),
    # near miss of T3-1: the band's condition has a qualifier the formula reading cannot place
    ("生均拨款达到12000元/人但未足额到位的，得2分，低于12000元/人采用比率法计分。该指标得分=本校实际值÷合格标准值×指标分数权重。", 2),
])
def test_formula_near_misses_stay_refused(text, w):
    _refused(text, w)


# ---- deductions by the shortfall from a target (fresh18 AE2) ----

@pytest.mark.parametrize(("text", "w", "expected"), [
    # variant of AE2-1 (W 5; the corpus sentence deducts 6 beyond > 10%, more than the 分值: refused below):
    # value = 完成数 ÷ 下达任务; short ≤ 5 (含5%) → 5 - 2 = 3; (5, 10] → 1; > 10 → 0
    ("比下达任务低5%以内(含5%)的扣2分,低5%-10%的扣4分,低超过10%的不得分", 5,
     {"105%": 5, "100%": 5, "97%": 3, "95%": 3, "93%": 1, "90%": 1, "89%": 0}),
    # AE2-2 (W 3): “是” as printed for 的: short ≤ 5 → 2; > 5 → 0
    ("比招生指标低5%以内是扣1分,低超过5%的扣3分", 3, {"100%": 3, "98%": 2, "95%": 2, "94%": 0}),
    # variant of AE2-1 (W 4): short ≤ 3 → 3 (3 is in 3%以内 and 3%-6%: the higher, 3); [3, 6] → 2; > 6 → 0
    ("比计划任务低3%以内的扣1分,低3%-6%的扣2分,低超过6%的不得分", 4,
     {"100%": 4, "98%": 3, "97%": 3, "95%": 2, "94%": 2, "93%": 0}),
    # variant of AE2-2 (W 3): 较 for 比; short ≤ 10 (含10%) → 2; > 10 → 0
    ("较年度计划数低10%以内(含10%)的扣1分,低超过10%的扣3分", 3, {"100%": 3, "95%": 2, "90%": 2, "89%": 0}),
])
def test_shortfall_from_target(text, w, expected):
    assert _scores(text, w, list(expected)) == expected


@pytest.mark.parametrize("text", [
    # AE2-1 as printed: "扣6分" on a 5-point row — a scale for another row, or 0? refused
    "比下达任务低5%以内(含5%)的扣2分,低5%-10%的扣4分,低超过10%的扣6分",
    # near miss: compared with last year — points of a rate or a relative fall? not written
    "比上年低5%以内的扣2分,低超过5%的扣4分",
    # near miss: below a target value in points — a rate against a rate, not a share of a count
    "比目标值低5个百分点以内的扣2分,低超过5个百分点的扣4分",
    "比年度目标低5%以内的扣2分,低超过5%的扣4分",
    # near miss: a clause that is not a shortfall ("高5%以上" above the target)
    "比下达任务低5%以内的扣2分,高5%以上的扣1分",
])
def test_shortfall_near_misses_stay_refused(text):
    _refused(text, 5)


# ---- bands on a share of the 规定数, with 达到要求 = reaching it (fresh15 AB7-6, fresh5 Q9-2) ----

@pytest.mark.parametrize(("text", "w", "expected"), [
    # AB7-6 (W 3): ≥ 100% → 3; [80%, 100%) → 2; [60%, 80%) → 1; < 60% (或未安排) → 0
    ("门急诊工作量达到要求，得满分；门急诊量≥规定数的80%，得2分；门急诊量≥规定数的60%，得1分；门急诊量＜规定数60%，或未安排，不得分",
     3, {"120%": 3, "100%": 3, "90%": 2, "80%": 2, "79.9%": 1, "60%": 1, "59.9%": 0}),
    # Q9-2 (W 4): "≥规定数的85%，＜90%" in two clauses is one range: [85%, 90%) → 1
    ("符合要求，得4分；\n≥规定数的90%，得2分；\n≥规定数的85%，＜90%，得1分；\n＜规定数的85%，不得分。",
     4, {"120%": 4, "100%": 4, "99%": 2, "90%": 2, "89.9%": 1, "85%": 1, "84.9%": 0}),
    # variant of AB7-6 (W 5): 符合要求 → 5; [90%, 100%) → 3; [70%, 90%) → 1; < 70% → 0
    ("工作量符合要求，得5分；工作量≥规定数的90%，得3分；工作量≥规定数的70%，得1分；工作量＜规定数的70%，不得分",
     5, {"100%": 5, "95%": 3, "90%": 3, "80%": 1, "70%": 1, "69%": 0}),
    # variant of Q9-2 (W 4): [80%, 100%) written as two clauses → 2; < 80% → 0
    ("达到要求，得4分；≥规定数的80%，＜100%，得2分；＜规定数的80%，不得分", 4, {"100%": 4, "90%": 2, "80%": 2, "79%": 0}),
])
def test_share_of_required_number(text, w, expected):
    assert _scores(text, w, list(expected)) == expected


@pytest.mark.parametrize("text", [
    # near miss: one band on the 规定数 only — 达到要求 is not tied to a share
    "达到要求，得满分；≥规定数的80%，得2分；其他不得分",
    # near miss: 未达到要求 is the failing side, never "达到100%"
    "未达到要求，不得分；≥规定数的80%，得2分；≥规定数的60%，得1分",
])
def test_share_of_required_number_near_misses_stay_refused(text):
    _refused(text, 3)


# ---- 完成…计划 beside bands on the completed share is 100% (fresh17 AD7-1) ----

@pytest.mark.parametrize(("text", "w", "expected"), [
    # AD7-1 (W 80): 100% → 80; [80%, 100%) → 70 (含80%); [60%, 80%) → 60 (含60%); < 60% → 40
    ("完成年度编制计划,得分为80分;未完成年度编制,完成数量80%以上(含80%),得分为70分;完成年度编制计划数量60%-80%(含60%),"
     "得分为60分;完成年度编制计划数量60%以下,得分为40分。",
     80, {"100%": 80, "95%": 70, "80%": 70, "79%": 60, "60%": 60, "59%": 40}),
    # variant (W 10): 100% → 10; [80%, 100%) → 8; < 80% → 5
    ("完成年度工作计划的,得10分;完成数量80%(含)以上,得8分;完成数量80%以下,得5分", 10,
     {"100%": 10, "90%": 8, "80%": 8, "79%": 5}),
    # variant (W 5): 100% → 5; [80%, 100%) → 4; [60%, 80%) → 3; < 60% → 0
    ("完成全部采购计划得满分；完成率60%-80%(含60%)得3分；完成率80%(含)以上得4分；完成率60%以下不得分", 5,
     {"100%": 5, "90%": 4, "80%": 4, "70%": 3, "60%": 3, "59%": 0}),
])
def test_plan_done_beside_shares(text, w, expected):
    assert _scores(text, w, list(expected)) == expected


@pytest.mark.parametrize(("text", "w"), [
    # near miss: 未完成…计划 is the failing side, never 100%
    ("未完成年度编制计划,得40分;完成数量80%以上,得70分", 80),
    # near miss: 计划外任务 is not the plan
    ("完成年度计划外任务,得10分;完成数量80%(含)以上,得8分;完成数量80%以下,得5分", 10),
])
def test_plan_done_near_misses_stay_refused(text, w):
    _refused(text, w)


# ---- 按比例 in the band below full marks at 100% (fresh12 Y10-1) ----

@pytest.mark.parametrize(("text", "w", "expected"), [
    # Y10-1 (W 1.8, 繁体, 旳 for 的, 到達 for 达到): [50%, 100%) → 1.8 × rate: 90% → 1.62; 50% → 0.9; < 50% → 0
    ("完畢率到達100%旳得滿分,完畢率≥50%旳按比例得分,低于50%旳不得分。", D("1.8"),
     {"100%": D("1.8"), "90%": D("1.62"), "75%": D("1.35"), "50%": D("0.9"), "49%": 0}),
    # variant (W 10): 60% is in 60%以上 (6) and 60%以下 (0) → the higher, 6; 80% → 8
    ("完成率达到100%的得满分,完成率60%以上的按比例计分,60%以下的不得分", 10, {"100%": 10, "80%": 8, "60%": 6, "59%": 0}),
    # variant (W 5): 及以上, ；, ＜: 90% → 4.5; 70% → 3.5; 69% → 0
    ("执行率100%及以上得满分；执行率≥70%按比例得分；执行率＜70%不得分", 5, {"100%": 5, "90%": D("4.5"), "70%": D("3.5"), "69%": 0}),
])
def test_proportional_band_below_full_marks_at_100(text, w, expected):
    r = read_rule_text(text, w)
    assert any("另一读法是在该档两端之间按直线计算" in x for x in r.warnings)  # the other reading is named
    assert _scores(text, w, list(expected)) == expected


def test_proportional_band_below_another_top_stays_refused():
    # near miss (as fresh10 W16-1): full marks from 90% — 分值 × 业绩值 gives 0.9 W at 90%, not W: refused
    _refused("完成率90%以上得满分,完成率≥50%的按比例得分,低于50%的不得分。", 10)


# ---- a long bracket after a number says what the rate is (fresh16 AC1-4, AC1-6) ----

@pytest.mark.parametrize(("text", "w", "expected"), [
    # AC1-4 (W 0.1): 100% → 0.1; each whole 10% below costs 0.02: 90% → 0.08; 80% → 0.06; 50% → 0
    ("报告疫情流调率达到100%(当年报告的艾滋病病毒感染者和首次报告即是艾滋病病人的个案流调率)。每降低10%扣0.02分",
     D("0.1"), {"100%": D("0.1"), "90%": D("0.08"), "80%": D("0.06"), "60%": D("0.02"), "50%": 0}),
    # AC1-6 (W 0.1): ≥ 90% → 0.1; each whole 5% below costs 0.01: 85% → 0.09; 50% → 0.02; 40% → 0
    ("艾滋病病毒感染者/艾滋病病人随访干预比例不低于90%(当年艾滋病病毒感染者/艾滋病病人实际落实随访干预措施的人次数占按规定需要"
     "落实随访干预措施总人次数的比例)。每降低5%扣0.01分。",
     D("0.1"), {"95%": D("0.1"), "90%": D("0.1"), "85%": D("0.09"), "50%": D("0.02"), "40%": 0}),
    # variant (W 5): ≥ 95% → 5; each whole 1% below costs 1: 93% → 3; 90% → 0
    ("免疫接种率不低于95%（辖区内适龄儿童实际接种人数占应接种人数的比例）,每降低1%扣1分", 5, {"96%": 5, "95%": 5, "93%": 3, "90%": 0}),
    # variant (W 4): 达到100% (…) 得满分, 每低1个百分点扣0.5分: 98% → 3
    ("资金拨付率达到100%（当年实际拨付到项目单位的资金占下达资金总额的比例）得满分，每低1个百分点扣0.5分", 4,
     {"100%": 4, "98%": 3, "92%": 0}),
])
def test_rate_explained_in_brackets(text, w, expected):
    assert _scores(text, w, list(expected)) == expected


def test_bracket_with_a_scoring_word_stays_refused():
    # near miss: the bracket says how to score (得分), never a mere explanation
    _refused("覆盖率达到90%(未达到的按实际覆盖比例折算得分)。每降低5%扣1分", 5)


# ---- "未下降" beside bands on the fall is a fall of 0% or less (fresh18 AE9-6) ----

@pytest.mark.parametrize(("text", "w", "expected"), [
    # AE9-6 (W 20): ≥ 5% → 20; 20 - 2 per 1% below 5%: 4% → 18; 1% → 12; 0% (未下降) → 0
    ("成本下降≥5%得满分，每少1%扣2分，未下降不得分", 20, {"8%": 20, "5%": 20, "4%": 18, "2%": 14, "1%": 12, "0%": 0}),
    # variant (W 10): 达到10%, 个百分点, 未下降的: 5% → 5; 1% → 1; 0% → 0; a rise (-2%) → 0
    ("能耗下降达到10%得满分，每少1个百分点扣1分，未下降的不得分", 10, {"10%": 10, "5%": 5, "1%": 1, "0%": 0, "-2%": 0}),
    # variant (W 10): 增长: 3% → 10 - 5 = 5; 0% → 0
    ("收入增长≥8%得满分，每少1%扣1分，未增长不得分", 10, {"8%": 10, "3%": 5, "1%": 3, "0%": 0}),
])
def test_no_fall_is_zero_or_less(text, w, expected):
    assert _scores(text, w, list(expected)) == expected


def test_no_fall_of_another_measure_stays_refused():
    # near miss: 未增长 beside bands on a fall — another measure, not the value
    _refused("成本下降≥5%得满分，每少1%扣2分，未增长不得分", 20)


# ---- deductions on ranges that follow each other (fresh17 AD14-3) ----

@pytest.mark.parametrize(("text", "w", "expected"), [
    # AD14-3 (W 2): below 3% → 2; [3%, 6%] → 1 (6% in both ranges: the higher, 1); (6%, 10%] → 0
    ("故障率3%~6%，扣1分；故障率6%~10%，扣2分。", 2, {"2%": 2, "3%": 1, "5%": 1, "6%": 1, "8%": 0, "10%": 0}),
    # variant (W 5): three ranges; below 1% → 5; [1%, 2%] → 4; (2%, 4%] → 3; (4%, 8%] → 1
    ("差错率1%-2%扣1分;差错率2%-4%扣2分;差错率4%-8%扣4分", 5, {"0%": 5, "1%": 4, "2%": 4, "3%": 3, "4%": 3, "6%": 1}),
    # variant (W 3): 至 between the ends, 的 before the comma: below 5% → 3; [5%, 10%] → 2; (10%, 20%] → 0
    ("投诉率5%至10%的，扣1分；投诉率10%至20%的，扣3分", 3, {"1%": 3, "5%": 2, "10%": 2, "15%": 0}),
])
def test_deduction_ranges_rising(text, w, expected):
    assert _scores(text, w, list(expected)) == expected


@pytest.mark.parametrize("text", [
    # above the last range the text is silent: reported, never guessed
    "故障率3%~6%，扣1分；故障率6%~10%，扣2分。",
])
def test_deduction_ranges_above_the_last_is_a_gap(text):
    with pytest.raises(RuleGapError):
        read_rule_text(text, 2).rule.score("12%", 2)


@pytest.mark.parametrize("text", [
    # near miss: costs that fall as the value rises — which side is the good one? below stays a gap
    "故障率3%~6%，扣2分；故障率6%~10%，扣1分。",
    # near miss: a hole between the ranges (6%～7%) — below the first is not filled either
    "故障率3%~6%，扣1分；故障率7%~10%，扣2分。",
])
def test_deduction_ranges_not_filled(text):
    r = read_rule_text(text, 2)
    with pytest.raises(RuleGapError):
        r.rule.score("2%", 2)
