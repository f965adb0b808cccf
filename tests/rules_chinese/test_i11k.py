"""i11k: shapes of the refusals of fresh7 … fresh15 (fresh15 first), each with wording variants and
near-miss texts that must stay refused. Expected scores are computed by hand in the comments.

Sources (tests/rules_chinese/corpus.yaml ``sources:``):
* AB8 — GitHub file id 20142135407, 金华市金东区 税务网格考核打分规则 (Vue 页面“打分规则”弹窗);
* AB9 — https://465868.0sosb.group/html/text/chl/1227/122726_1.html, 中国残联 残疾人事业统计工作考核评价办法;
* AA6 — http://hueida.com/html/gzjg.200707t20070727_434176.html, 省国资委 企业财务快报工作评比表;
* AA7 — https://m.wenku365.com/p-17094554.html, 财务管理与统计工作考核评分标准;
* X3 / Y16 — see corpus.yaml (fresh11 / fresh12 sources).
"Variant of <id>" marks a wording variant written here from that corpus sentence.
"""

from decimal import Decimal as D

import pytest

from jixiao.rules.chinese import read_rule_text


def _scores(text, w, values):
    r = read_rule_text(text, w)
    assert r.ok, (text, r.unread, r.understood)
    return {v: r.rule.score(v, w) for v in values}


def _refused(text, w):
    r = read_rule_text(text, w)
    assert not r.ok and r.kind != "checklist", (text, r.canonical)
    return r


# ---- zero as a word (为零分 / 得零分), 或以上 / 或以下, and 满分N分 restated after what is checked (AB8) ----

AB8_1 = "针对网格内纳税人申报情况进行考核，满分20分，申报率100%得满分，申报率每下降一个百分点扣5分，申报率低于96%为0分。"


def test_ab8_1_restated_full_marks_after_the_description():
    # AB8-1 (W 20): 20 - 5 × (100 - rate): 99% → 15; 97% → 5; < 96% → 0 (96% → 20 - 20 = 0)
    assert _scores(AB8_1, 20, ["100%", "99%", "97%", "96%", "90%"]) == {
        "100%": 20, "99%": 15, "97%": 5, "96%": 0, "90%": 0}


@pytest.mark.parametrize("text", [
    # variant of AB8-1: full stop and 为 before the restatement, 。 between the clauses
    "对网格内纳税人申报情况进行考核。满分为20分。申报率100%得满分。申报率每下降一个百分点扣5分。申报率低于96%为零分。",
    # variant of AB8-1: ；, 本项满分, 得零分, full-width digits
    "针对纳税人申报情况考核；本项满分２０分；申报率１００％得满分；每下降一个百分点扣５分；申报率低于９６％得零分",
])
def test_ab8_1_variants(text):
    assert _scores(text, 20, ["100%", "99%", "97%", "96%", "90%"]) == {
        "100%": 20, "99%": 15, "97%": 5, "96%": 0, "90%": 0}


@pytest.mark.parametrize("text", [
    # near miss of AB8-1: the restated 满分 is not the row's 分值 (10): never dropped
    AB8_1.replace("满分20分", "满分10分"),
    # near miss: a number in the description — the 20分 might belong to it
    "针对2个网格内纳税人申报情况进行考核，满分20分，申报率100%得满分，申报率每下降一个百分点扣5分，申报率低于96%为0分。",
])
def test_ab8_1_near_misses_stay_refused(text):
    _refused(text, 20)


AB8_2 = "针对网格内社保登记率进行考核，满分10分。登记率100%及以上得满分，每下降一个百分点扣两分，登记率95%或以下为零分。"


def test_ab8_2_or_below_is_zero():
    # AB8-2 (W 10): 10 - 2 × (100 - rate): 99% → 8; 98% → 6; 96% → 2; ≤ 95% → 0
    assert _scores(AB8_2, 10, ["100%", "99%", "98%", "96%", "95%", "90%"]) == {
        "100%": 10, "99%": 8, "98%": 6, "96%": 2, "95%": 0, "90%": 0}


@pytest.mark.parametrize("text", [
    # variant of AB8-2: 或以下 → 及以下 and 计零分
    "登记率100%及以上得满分，每下降一个百分点扣两分，登记率95%及以下计零分。",
    # variant of AB8-2: 记零分 with ；
    "登记率100%及以上得满分；每下降1个百分点扣2分；登记率95%或以下的记零分。",
])
def test_ab8_2_variants(text):
    assert _scores(text, 10, ["100%", "99%", "96%", "95%", "90%"]) == {
        "100%": 10, "99%": 8, "96%": 2, "95%": 0, "90%": 0}


def test_ab8_2_or_below_a_higher_zero_band_overlapping_the_steps_is_refused():
    # near miss of AB8-2: 97%或以下为零分 while the steps still give 10 - 2×3 = 4 at 97%: the cut-off
    # scores 0 below what the steps give there — read only when the cut-off is written that way,
    # never a silent pick: 97% → 0 (cut-off, the number included) and 98% → 6 (steps)
    r = read_rule_text("登记率100%及以上得满分，每下降一个百分点扣两分，登记率97%或以下为零分。", 10)
    if r.ok:
        assert r.rule.score("98%", 10) == 6
        assert r.rule.score("96%", 10) == 0


def test_ab8_3_and_ab8_4_or_above_and_zero_as_a_word():
    # AB8-3 (W 20): ≥ 5% → 20; 20 - 4 × (5 - rate): 4% → 16; 1% → 4; ≤ 0% → 0
    t3 = ("针对网格内纳税人欠税情况进行考核，满分20分，以市局征管科决定的月份欠税金额为基底，计算欠税压缩率，"
          "欠税压缩率达5%以上满分，压缩率每下降一个百分点扣4分，压缩率0%及以下为零分。")
    assert _scores(t3, 20, ["8%", "5%", "4%", "1%", "0%", "-2%"]) == {
        "8%": 20, "5%": 20, "4%": 16, "1%": 4, "0%": 0, "-2%": 0}
    # AB8-4 (W 10): ≤ 10% → 10; 10 - 2 × (rate - 10): 11% → 8; 14% → 2; ≥ 15% → 0
    t4 = ("针对网格内社保零申报率进行考核，满分10分。零申报率低于或等于10%得满分，零申报率每提高一个百分点扣两分，"
          "15%或以上得零分。")
    assert _scores(t4, 10, ["5%", "10%", "11%", "14%", "15%", "20%"]) == {
        "5%": 10, "10%": 10, "11%": 8, "14%": 2, "15%": 0, "20%": 0}


def test_ab8_5_cut_off_reached_by_the_steps_reads_as_written():
    # AB8-5 (W 10): 10 - 2.5 × rate: 1% → 7.5; 3% → 2.5; 4% → 0 either way (steps 10 - 10, cut-off 0)
    t = "针对网格内纳税人违法处罚行为进行考核，满分10分，违法发生率0%得满分，每增加一个百分点扣2.5分，违法发生率4%以上得0分。"
    r = read_rule_text(t, 10)
    expect = {"0%": 10, "1%": 7.5, "3%": 2.5, "4%": 0, "6%": 0}
    assert {v: r.rule.score(v, 10) for v in expect} == expect
    # 以上 includes 4% (民法典 第一千二百五十九条), as "不低于4%" writes it: the same rule
    assert r.canonical == read_rule_text(t.replace("违法发生率4%以上", "违法发生率不低于4%"), 10).canonical


def test_ab8_6_steps_of_three_points_and_zero_above():
    # AB8-6 (W 10): < 50% → 10; one point per full 3 points above 50: 53% → 9; 62% → 6; 77% → 1; > 80% → 0
    t = "对网格内自行申报户增值税申报情况进行考核，满分10分。占比率低于50%得满分，每高3个百分点扣1分，高于80%得零分。"
    assert _scores(t, 10, ["40%", "53%", "56%", "62%", "77%", "81%"]) == {
        "40%": 10, "53%": 9, "56%": 8, "62%": 6, "77%": 1, "81%": 0}


def test_zero_word_near_misses():
    # "零分" only after a score verb: "零申报率" / "零星" are words, not points
    r = read_rule_text("零申报率低于10%得满分，高于10%不得分", 10)
    assert r.ok and r.rule.score("5%", 10) == 10 and r.rule.score("20%", 10) == 0
    # 为零分 beside an extra points clause the reading would drop: refused (all or nothing)
    _refused("登记率95%或以下为零分，另加2分", 10)


# ---- steps with a count / delay cut-off that names the counted thing again (AB9) ----

@pytest.mark.parametrize("text", [
    "每迟报一天扣1分;迟报四天及以上不得分。",  # AB9-2
    "每迟报1天扣1分，迟报4天及以上的，不得分",  # variant of AB9-2: digits, ，, 的
    "每晚报一天扣1分；晚报4天以上不得分",  # variant of AB9-2: 晚报, 以上 (includes 4)
])
def test_ab9_2_delay_steps_with_a_day_cut_off(text):
    # AB9-2 (W 5): value = days late: 5 - n for n ≤ 3; ≥ 4 → 0
    assert _scores(text, 5, ["0", "1", "3", "4", "6"]) == {"0": 5, "1": 4, "3": 2, "4": 0, "6": 0}


def test_ab9_5_two_days_cut_off():
    # AB9-5 (W 2): 0 → 2; 1 → 1; ≥ 2 → 0
    assert _scores("每迟报一天扣1分;迟报两天及以上,不得分。", 2, ["0", "1", "2", "5"]) == {
        "0": 2, "1": 1, "2": 0, "5": 0}


def test_ab9_2_cut_off_in_another_unit_is_refused():
    # near miss of AB9-2: the steps count days, the cut-off months — one value cannot carry both
    _refused("每迟报一天扣1分;迟报4个月及以上不得分。", 5)


@pytest.mark.parametrize("text", [
    "每一处逻辑审核错误扣1分;有五处及以上逻辑审核错误,不得分。",  # AB9-3
    "报告数据与最终确定的年报数据每有一处错误扣1分;五处及以上错误,不得分。",  # AB9-6
    "每1处逻辑审核错误扣1分，出现5处以上逻辑审核错误的不得分",  # variant of AB9-3: 出现, 以上, 的
])
def test_ab9_3_count_cut_off_naming_the_counted_thing(text):
    # AB9-3 / AB9-6 (W 5): value = errors: 5 - n; ≥ 5 → 0
    assert _scores(text, 5, ["0", "1", "4", "5", "8"]) == {"0": 5, "1": 4, "4": 1, "5": 0, "8": 0}


def test_ab9_3_count_cut_off_three_findings():
    # variant of AB9-3 (W 5): ≥ 3 → 0 before the steps reach 0: 2 → 3; 3 → 0
    t = "每发现一例违规扣1分，发现3例以上违规的，不得分"
    assert _scores(t, 5, ["0", "2", "3", "4"]) == {"0": 5, "2": 3, "3": 0, "4": 0}


@pytest.mark.parametrize("text", [
    # near miss of AB9-3: the cut-off counts another thing (严重错误) than the steps (错误)
    "每处错误扣1分;5处及以上严重错误的不得分。",
    # near miss: the cut-off counts in another measure word (项 vs 处)
    "每一处逻辑审核错误扣1分;有五项及以上逻辑审核错误,不得分。",
])
def test_ab9_3_near_misses_stay_refused(text):
    _refused(text, 5)


# ---- step deductions per sheet / per 斤 / per half day (AA7-2, Y16-2, AA6-1); 直至负分 refused (X3-5) ----

@pytest.mark.parametrize("text", [
    "报销单据粘贴不规范每张扣0.5分,未分类整理的每张扣0.5分,扣完为止。",  # AA7-2
    # variant of AA7-2: 一张, 扣除, ；
    "报销单据粘贴不规范的每一张扣除0.5分；未分类整理的每一张扣除0.5分；扣完为止",
])
def test_aa7_2_per_sheet_same_deduction_twice(text):
    # AA7-2 (W 3): the same 0.5 for both findings → counted together (README 同额扣分并入次数):
    # 3 - 0.5n: 1 → 2.5; 4 → 1; 6 → 0; 8 → 0
    assert _scores(text, 3, ["0", "1", "4", "6", "8"]) == {"0": 3, "1": 2.5, "4": 1, "6": 0, "8": 0}


def test_aa7_2_per_sheet_different_deductions_refused():
    # near miss of AA7-2: 0.5 per sheet for one finding, 1 per sheet for the other — one count cannot carry both
    _refused("报销单据粘贴不规范每张扣0.5分,未分类整理的每张扣1分,扣完为止。", 3)


@pytest.mark.parametrize("text", [
    "有登记且专膜专用,得 5 分,每发现挪用或倒卖 1斤扣 0.5 分,直至扣完该项得分为止",  # Y16-2
    "有登记且专膜专用的得5分；每发现挪用或倒卖1斤扣0.5分，扣完为止。",  # variant of Y16-2
])
def test_y16_2_per_jin(text):
    # Y16-2 (W 5): value = 斤 found: 5 - 0.5n: 1 → 4.5; 4 → 3; 10 → 0; 12 → 0
    assert _scores(text, 5, ["0", "1", "4", "10", "12"]) == {"0": 5, "1": 4.5, "4": 3, "10": 0, "12": 0}


@pytest.mark.parametrize("text", [
    "按规定时间报送企业财务快纸质材料及电子文档。每迟报半天扣0.5分,扣完为止,影响全省上报的取消评比资格。",  # AA6-1
    "每迟报半天扣0.5分，扣完为止。",  # variant of AA6-1
    "每逾期半天，扣0.5分；扣完为止",  # variant of AA6-1: 逾期, a comma before 扣
])
def test_aa6_1_per_half_day_late(text):
    # AA6-1 (W 2): value = days late, 0.5 per half day: 0.5 → 1.5; 1 → 1; 1.5 → 0.5; 2 → 0; 3 → 0
    assert _scores(text, 2, ["0", "0.5", "1", "1.5", "2", "3"]) == {
        "0": 2, "0.5": 1.5, "1": 1, "1.5": 0.5, "2": 0, "3": 0}


@pytest.mark.parametrize("text", [
    "未及时办理注册登记每一台设备扣1分,直至负分。",  # X3-5: 3 devices → -1, below any score the rule gives
    "每台设备扣1分，可扣至负分",  # variant of X3-5
])
def test_x3_5_down_to_negative_points_is_refused(text):
    r = _refused(text, 2)
    assert any("负分" in u for u in r.unread)


def test_tai_before_zhang_is_a_ledger_not_a_count():
    from jixiao.rules.chinese.normalise import _normalise_chars

    # "一台账" is 一 + 台账 (a ledger), never "1台"; "一台设备" / "一张" are counts
    assert _normalise_chars("建立一台账") == "建立一台账"
    assert _normalise_chars("每一台设备扣1分,每一张扣1分") == "每1台设备扣1分,每1张扣1分"


# ---- bands that cost N points: "5%以内扣1分，5%-10%之间扣3分，10%以上不得分" (AB9-1, AB9-4) ----

AB9_1 = "根据报表数据采集未到县数占行政区划总数的比例,5%以内扣1分,5%-10%之间扣3分,10%以上不得分。"


@pytest.mark.parametrize("text", [
    AB9_1,
    # variant of AB9-1: ，, 至, 扣除, 以上的
    "未到县数占比5%以内的扣除1分，5%至10%之间的扣除3分，10%以上的不得分",
    # variant of AB9-1: ；, 在…之间, 得0分
    "未到县数占比5%以内扣1分；在5%与10%之间扣3分；10%以上得0分。",
])
def test_ab9_1_deduction_bands(text):
    # AB9-1 (W 5): a band costing N scores 5 - N; shared edges go to the higher score (README):
    # ≤ 5% → 4; (5%, 10%] → 2 (10% claimed by both 5%-10% and 10%以上 → 2); > 10% → 0
    assert _scores(text, 5, ["3%", "5%", "7%", "10%", "12%", "30%"]) == {
        "3%": 4, "5%": 4, "7%": 2, "10%": 2, "12%": 0, "30%": 0}


def test_ab9_1_zero_deviation_is_a_stated_ambiguity():
    # "5%以内" also holds 0%: the text gives 5 - 1 = 4 there, a table may mean 满分 — said as a warning
    r = read_rule_text(AB9_1, 5)
    assert r.rule.score("0%", 5) == 4
    assert any("也含0" in w for w in r.warnings)


def test_ab9_4_four_deduction_bands():
    # AB9-4 (W 15): ≤ 5% → 15 - 3 = 12; (5%, 10%] → 9; (10%, 15%] → 6; (15%, 20%] → 3; > 20% → 0
    t = "根据数据审核错误指标占总指标数的比例,5%以内扣3分,5%-10%扣6分,10%-15%扣9分,15%-20%扣12分;20%以上不得分。"
    assert _scores(t, 15, ["3%", "5%", "7%", "10%", "12%", "15%", "17%", "20%", "25%"]) == {
        "3%": 12, "5%": 12, "7%": 9, "10%": 9, "12%": 6, "15%": 6, "17%": 3, "20%": 3, "25%": 0}


def test_deduction_band_beside_full_marks():
    # variant of AB9-1 written from the top (W 5): ≥ 95% → 5; [90%, 95%) → 5 - 1 = 4; < 90% → 0
    assert _scores("≥95%得满分，90%-95%扣1分，低于90%不得分", 5, ["100%", "95%", "92%", "90%", "89%"]) == {
        "100%": 5, "95%": 5, "92%": 4, "90%": 4, "89%": 0}


@pytest.mark.parametrize("text", [
    # near miss of AB9-1: the deviation is from a target the row does not hold
    "与目标值相差5%以内扣1分，相差5%以上不得分",
    # near miss: a band deduction beside a per-finding deduction — two values
    "完成率低于90%的扣1分，每发现1处问题扣0.5分",
    # near miss: an extra points clause the reading would drop
    "5%以内扣1分,5%-10%之间扣3分,10%以上不得分,另有加分2分",
    # near miss: per event (单起), not a band of one value (i11g)
    "单起受害面积30亩以上的扣10分",
    # near miss: "再" — a step beyond the band
    "低于90%扣2分，每再低1个百分点扣0.5分",
])
def test_deduction_band_near_misses_stay_refused(text):
    _refused(text, 5 if "30亩" not in text else 40)


def test_deduction_band_overlapping_is_refused():
    # near miss of AB9-4: two bands that overlap over a stretch with different scores: contradictory
    _refused("5%以内扣3分,3%-10%扣6分,10%以上不得分", 15)


# ---- several findings at the same rate, under the 分值: counted together (README 同额扣分并入次数) ----
# sources: AA11 — https://mdjjksjc.com/html/2025/0322/7130065011010052.shtm (档案工作目标管理评分标准);
# X5 — corpus.yaml fresh11 (水库管理考核)

@pytest.mark.parametrize("text", [
    "成立档案工作领导小组,明确分管领导和档案管理人员职责,得3分;未成立领导小组扣1分,职责不明确扣1分。",  # AA11-1
    "档案工作有明确的发展规划和年度工作计划,得3分;无规划扣1分,无年度计划扣1分。",  # AA11-3
    # variant of AA11-1: ，；, 的, 扣除
    "成立档案工作领导小组的，得3分；未成立领导小组的扣除1分；职责不明确的扣除1分",
])
def test_aa11_same_rate_findings_count_together(text):
    # AA11-1 / AA11-3 (W 3): value = findings: 3 - n: 1 → 2; 2 → 1
    assert _scores(text, 3, ["0", "1", "2"]) == {"0": 3, "1": 2, "2": 1}


def test_x5_4_three_findings_at_ten_on_forty():
    # X5-4 (W 40): 40 - 10n: 1 → 30; 3 → 10
    t = "绿化程度在本地区属差的,扣10分;环境不美观,庭院不整洁扣10分;管理用房等配套设施不完善扣10分。"
    assert _scores(t, 40, ["0", "1", "2", "3"]) == {"0": 40, "1": 30, "2": 20, "3": 10}


@pytest.mark.parametrize(("text", "w"), [
    # near miss of AA11-1: different rates — one count cannot carry both (AB13-2's shape)
    ("成立档案工作领导小组,得3分;未成立领导小组扣1分,职责不明确扣2分。", 4),
    # near miss: a deduction about lateness — per time, per day or per month is not said
    ("未成立领导小组扣1分,未按时报送扣1分", 3),
])
def test_same_rate_near_misses_stay_refused(text, w):
    _refused(text, w)


def test_same_rate_summing_to_the_weight_is_a_count():
    # X13-3 (W 4): 2 + 2 = the 分值 — counted (policy 同额扣分并入次数; relabelled in session 24, see test_r4):
    # 0 failings → 4, 1 → 2, 2 → 0
    r = read_rule_text("职代会和厂务公开建制率不达标扣2分,未召开职代会扣2分", 4)
    assert r.canonical == "*: W - 2 per 1"


# ---- a number to reach, then one off per missing one (the value is the number done) ----
# sources: AB2 — GitHub file id 46889695172 (浙江省 综治考核评分项); AA2 — https://www.jinchutou.com/shtml/
# 93377c78b2b5de5de36eb5b8c12da6ea.html (乡镇民政工作目标量化考核标准); U15 / Z21 — corpus.yaml (fresh8 / fresh13)

@pytest.mark.parametrize("text", [
    "召开综治委全体会议少于2次的，每少1次扣2.5分",  # AB2-1
    "召开综治委全体会议不足2次的每少1次扣2.5分",  # variant of AB2-1: 不足, no comma
    "全体会议少于两次的；每少一次扣2.5分",  # variant of AB2-1: ；, Chinese numerals
])
def test_ab2_1_below_a_count_each_missing_one(text):
    # AB2-1 (W 30): value = meetings held (README: 不少于N次…少一次扣 → the number done): ≥ 2 → 30; 1 → 27.5; 0 → 25
    assert _scores(text, 30, ["3", "2", "1", "0"]) == {"3": 30, "2": 30, "1": 27.5, "0": 25}


@pytest.mark.parametrize("text", [
    "召开2次以上专题会议研究民政工作,少一次扣2.5分",  # AA2-1
    "召开3次以上专题会议研究民政工作，每少1次扣2.5分",  # variant of AA2-1 (3 meetings)
])
def test_aa2_1_count_inside_what_is_done(text):
    # AA2-1 (W 5): ≥ N → 5; each one short 2.5: N = 2: 1 → 2.5; 0 → 0. N = 3: 2 → 2.5; 1 → 0; 0 → 0 (扣完为止 at 0)
    n = 2 if "2次" in text else 3
    got = _scores(text, 5, [str(n + 1), str(n), str(n - 1), "0"])
    assert got == {str(n + 1): 5, str(n): 5, str(n - 1): 2.5, "0": 0}


def test_z21_2_points_in_brackets_after_what_is_done():
    # Z21-2 (W 1): ≥ 2 → 1; 1 → 0
    t = "每年召開2次以上老幹部工作領導小組會議(1分),少1次扣1分;"
    assert _scores(t, 1, ["3", "2", "1"]) == {"3": 1, "2": 1, "1": 0}


def test_u15_1_days_to_reach_restated_below():
    # U15-1 (W 10): ≥ 15 → 10; 10 - (15 - days): 14 → 9; 10 → 5; ≤ 5 → 0
    t = "满分10分.集中学习培训不少于15天的得10分,少于15天的每少1天扣1分,扣完为止."
    assert _scores(t, 10, ["20", "15", "14", "10", "5", "3"]) == {
        "20": 10, "15": 10, "14": 9, "10": 5, "5": 0, "3": 0}


@pytest.mark.parametrize(("text", "w"), [
    # near miss of AB2-1: the steps count another thing (项) than the number to reach (次)
    ("召开综治委全体会议少于2次的，每少1项扣2.5分", 30),
    # near miss of AA2-1: an extra points clause the reading would drop
    ("召开2次以上专题会议研究民政工作,少一次扣2.5分,另加1分", 5),
    # near miss of U15-1: the restated bound differs from the band's (15 vs 12 days) — two thresholds
    ("集中学习培训不少于15天的得10分,少于12天的每少1天扣1分", 10),
    # near miss (i11d): a band that scores less than the 分值 beside steps per missing one — refused
    ("全年开展培训不少于4次得2分，每少1次扣0.5分", 3),
])
def test_count_to_reach_near_misses_stay_refused(text, w):
    _refused(text, w)


# ---- points run together with the %, and a requirement without points before steps on its other side ----
# sources: AB10 — http://m.ljc86y.cn/fanwen/yifengxin/126030.html (村（居）人口和计划生育工作考核指标, 繁体);
# AB11 — http://nbxinxi.com/a/chengzhoushi/20210603/237052.html (三界镇人口和计划生育目标管理责任制考核奖惩办法)

@pytest.mark.parametrize("text", [
    "計劃生育合法率達92%12分,下降1個百分點扣1分;",  # AB10-1
    "计划生育合法率达92%12分，每下降1个百分点扣1分。",  # variant of AB10-1: 简体, 每下降, 。
])
def test_ab10_1_points_right_after_the_percentage(text):
    # AB10-1 (W 12): ≥ 92% → 12; 12 - (92 - rate): 91% → 11; 88% → 8; ≤ 80% → 0
    assert _scores(text, 12, ["95%", "92%", "91%", "88%", "80%", "70%"]) == {
        "95%": 12, "92%": 12, "91%": 11, "88%": 8, "80%": 0, "70%": 0}


def test_ab10_1_near_misses():
    # near miss: the run-together points are not the 分值 while the steps start from them — the band's
    # own 12 points on a 10-point row are refused (more than the 分值), never read as 10
    r = read_rule_text("计划生育合法率达92%12分，每下降1个百分点扣1分。", 10)
    assert not r.ok or r.rule.score("92%", 10) != 10
    # near miss: a number without % before the points stays unread ("达92 12分" is no band)
    _refused("计划生育合法率达9212分，每下降1个百分点扣1分。", 12)


@pytest.mark.parametrize("text", [
    "往年出生漏补报率低于2%,每超过一个百分点扣0.5分。",  # AB11-3
    "漏补报率应低于2%；每超出1个百分点扣0.5分",  # variant of AB11-3: 应, 每超出, ；
])
def test_ab11_3_requirement_then_steps_over_it(text):
    # AB11-3 (W 10): below 2% → 10; 10 - 0.5 × (rate - 2): 3% → 9.5; 4% → 9; 12% → 5; ≥ 22% → 0
    assert _scores(text, 10, ["1%", "3%", "4%", "12%", "22%", "30%"]) == {
        "1%": 10, "3%": 9.5, "4%": 9, "12%": 5, "22%": 0, "30%": 0}


@pytest.mark.parametrize("text", [
    # near miss of AB11-3: another scoring clause the reading would drop
    "往年出生漏补报率低于2%,每超过一个百分点扣0.5分,5%以上另扣2分。",
    # near miss: the requirement is a range — which side do the steps start from?
    "漏补报率在1%-2%之间,每超过一个百分点扣0.5分。",
])
def test_ab11_3_near_misses_stay_refused(text):
    _refused(text, 10)


# ---- an award per time, up to the 分值 (AB2-6; the per-item reading of fresh6 R8-1) ----

@pytest.mark.parametrize("text", [
    "在《中央综治动态》上刊发的，每次加0.5分",  # AB2-6
    "在《中央综治动态》上刊发稿件的，每次得0.5分。",  # variant of AB2-6: 得, 。
    "在《中央综治动态》上刊发,每次计0.5分",  # variant of AB2-6: 计, no 的
])
def test_ab2_6_award_per_time_up_to_the_weight(text):
    # AB2-6 (W 10, 加分累计不超过10分): 0.5n capped at 10: 1 → 0.5; 4 → 2; 20 → 10; 30 → 10
    assert _scores(text, 10, ["0", "1", "4", "20", "30"]) == {"0": 0, "1": 0.5, "4": 2, "20": 10, "30": 10}


def test_ab2_6_award_not_dividing_the_weight_is_capped():
    # 3 per time on 10 points — 10 ÷ 3 is not whole, the cap falls inside a step: refused until r1, now min(10, 3n)
    # as the corpus labels AA6-5 ("每项任务加3分", W 10: 4 → 10): 3 → 9; 4 → 10 (12 capped) — test_r1.py
    assert _scores("在《中央综治动态》上刊发的，每次加3分", 10, ["0", "3", "4"]) == {"0": 0, "3": 9, "4": 10}


@pytest.mark.parametrize(("text", "w"), [
    # near miss: another scoring clause beside the award
    ("在《中央综治动态》上刊发的，每次加0.5分，未刊发扣1分", 10),
])
def test_ab2_6_near_misses_stay_refused(text, w):
    _refused(text, w)


# ---- numeric bands written only as deductions: the other side is not deducted (Z6-2; README steps with no
# written start). Source: Z6 — corpus.yaml fresh13 (教育安全工作考核) ----

@pytest.mark.parametrize("text", [
    "主要负责人或委托分管负责人主持召开的专题研究教育安全工作会议全年少于2次的,扣3分。",  # Z6-2
    "专题研究教育安全工作会议全年少于两次的，扣除3分",  # variant of Z6-2: 两次, 扣除
    "专题会议全年不足2次扣3分；",  # variant of Z6-2: 不足, ；
])
def test_z6_2_deduction_below_a_count_only(text):
    # Z6-2 (W 3): fewer than 2 meetings → 3 - 3 = 0; 2 or more → nothing deducted → 3
    assert _scores(text, 3, ["0", "1", "2", "3", "6"]) == {"0": 0, "1": 0, "2": 3, "3": 3, "6": 3}


def test_deduction_below_a_rate_only():
    # variant of Z6-2 on a rate (W 5): < 90% → 5 - 1 = 4; ≥ 90% → 5; 0% is the worst, no "也含0" warning
    r = read_rule_text("执行率低于90%的扣1分", 5)
    assert {v: r.rule.score(v, 5) for v in ("100%", "90%", "89%", "10%")} == {"100%": 5, "90%": 5, "89%": 4, "10%": 4}
    assert not any("也含0" in w for w in r.warnings)


def test_deduction_above_a_count_only():
    # variant of Z6-2 on the upper side (W 4): more than 2 complaints → 4 - 4 = 0; up to 2 → 4
    assert _scores("被投诉超过2次的扣4分", 4, ["0", "2", "3", "9"]) == {"0": 4, "2": 4, "3": 0, "9": 0}
    # a count band costing less than the 分值 stays refused (per event or per band? "单起…扣10分", i11g)
    _refused("被投诉超过2次的扣1分", 4)


def test_deductions_on_both_sides_leave_the_middle_as_a_gap():
    # near miss: deductions below 90% and above 110% — the middle is not filled in (both sides are
    # deductions; nothing says which side is the standard): scoring there is a rule gap, never a score
    from jixiao.errors import JixiaoError

    r = read_rule_text("控制率低于90%扣1分，高于110%扣1分", 5)
    if r.ok:
        with pytest.raises(JixiaoError):
            r.rule.score("100%", 5)


@pytest.mark.parametrize("text", [
    # near miss: two nested deductions on one side overlap with different scores
    "执行率低于90%扣1分，低于80%扣3分",
    # near miss: a deduction band beside a cut-off band that overlaps it
    "执行率低于90%扣1分，80%以下不得分",
])
def test_one_sided_deduction_near_misses_stay_refused(text):
    _refused(text, 5)


# ---- 完成 (100 % of the task) with percentage-point steps below it (Y5-1; source: corpus.yaml fresh12 Y5) ----

@pytest.mark.parametrize("text", [
    "重点新建和完善本村河道、路道和农田林网绿化,全面完成新造林面积得总分值,少一个百分点扣1分,直至扣完为止。",  # Y5-1
    "全面完成新造林面积的，得满分；每少1个百分点扣1分；扣完为止",  # variant of Y5-1
    "完成造林任务得满分，每低一个百分点扣1分。",  # variant of Y5-1: 每低
])
def test_y5_1_done_is_one_hundred_percent(text):
    # Y5-1 (W 30): 30 - (100 - rate): 99% → 29; 90% → 20; 80% → 10; ≤ 70% → 0
    assert _scores(text, 30, ["100%", "99%", "90%", "80%", "70%", "50%"]) == {
        "100%": 30, "99%": 29, "90%": 20, "80%": 10, "70%": 0, "50%": 0}


@pytest.mark.parametrize("text", [
    # near miss of Y5-1: steps of items, not percentage points — no 100% invented (a count of missing items)
    "完成造林任务得满分，每少1项扣1分，另加2分",
    # near miss: a second scoring clause the reading would drop
    "全面完成新造林面积得总分值,少一个百分点扣1分,超额完成加2分。",
])
def test_y5_1_near_misses_stay_refused(text):
    _refused(text, 30)


# ---- 完成任务 beside completion bands; "完不成的按比例扣分" after a count band (Y9-2, W10-4; corpus.yaml
# fresh12 Y9 and fresh10 W10 sources) ----

@pytest.mark.parametrize("text", [
    "完成任务得满分,完成80%以上得2分、60%以上得1分、60%以下不得分。",  # Y9-2
    "完成年度任务的得满分；完成80%以上得2分；完成60%以上得1分；60%以下不得分",  # variant of Y9-2
])
def test_y9_2_done_task_beside_completion_bands(text):
    # Y9-2 (W 3): 完成任务 = 100%: ≥ 100% → 3; [80%, 100%) → 2; [60%, 80%) → 1; < 60% → 0
    assert _scores(text, 3, ["110%", "100%", "99%", "80%", "79%", "60%", "59%"]) == {
        "110%": 3, "100%": 3, "99%": 2, "80%": 2, "79%": 1, "60%": 1, "59%": 0}


@pytest.mark.parametrize("text", [
    "每年向县全民科学素质工作领导小组办公室(科协)上报科普信息4篇以上记2分(完不成的按比例扣分)。",  # W10-4
    "上报科普信息4篇以上得2分，未完成的按比例扣分",  # variant of W10-4
])
def test_w10_4_short_of_the_band_in_proportion(text):
    # W10-4 (W 2): ≥ 4 → 2; below, 2 × n ÷ 4: 3 → 1.5; 2 → 1; 1 → 0.5; 0 → 0 (base = the band's 4, warned)
    r = read_rule_text(text, 2)
    expect = {"4": 2, "6": 2, "3": 1.5, "2": 1, "1": 0.5, "0": 0}
    assert {v: r.rule.score(v, 2) for v in expect} == expect
    assert any("按比例" in w for w in r.warnings)


@pytest.mark.parametrize("text", [
    # (X15-6's shape "做到应保尽保、应兜尽兜的计10分,未达到的按比例相应扣分" was a near miss here until session 25:
    # completionshare.py reads it as the share covered, the base of 按比例 warned — tested in test_s25)
    # near miss of Y9-2: 完成任务 beside bands that are not completion shares (no % of the task)
    "完成任务得满分,完成8项以上得2分,否则不得分",
])
def test_done_and_proportion_near_misses_stay_refused(text):
    r = read_rule_text(text, 10 if "应保" in text else 3)
    if "应保" in text:
        assert not r.ok
    else:  # 完成任务 stays a level name here: never 100%
        assert not r.ok or "100%" not in (r.canonical or "")


# ---- a value in 分 after a comparison sign (AB7-4; source: GitHub file id 47170671740, 住培基地评估指标 2022) ----

@pytest.mark.parametrize("text", [
    "≥90分得满分，≥80分得3分，≥70分得2分；≥60分得1分，＜60分不得分",  # AB7-4
    "查房质量评分≥90分的得满分；≥80分的得3分；≥70分的得2分；≥60分的得1分；<60分的不得分",  # variant of AB7-4
])
def test_ab7_4_score_bands_in_points(text):
    # AB7-4 (W 4; value = the 附表2 score): ≥ 90 → 4; ≥ 80 → 3; ≥ 70 → 2; ≥ 60 → 1; < 60 → 0
    assert _scores(text, 4, ["95", "90", "89.9", "80", "79.9", "70", "69.9", "60", "59.9", "30"]) == {
        "95": 4, "90": 4, "89.9": 3, "80": 3, "79.9": 2, "70": 2, "69.9": 1, "60": 1, "59.9": 0, "30": 0}


@pytest.mark.parametrize("text", [
    # near miss of AB7-4: another scoring clause the reading would drop
    "≥90分得满分，≥80分得3分，＜80分不得分，另有创新加1分",
    # near miss: the 分 value is followed by words, not by its outcome (a points total?): left alone
    "≥90分以上的科室得满分，其余不得分",
    # near miss: "结果为90分以上" — a value in 分 without a sign stays refused (the points guard)
    "评价结果为90分以上得满分，80分以上得3分，80分以下不得分",
])
def test_ab7_4_near_misses_stay_refused(text):
    _refused(text, 4)


# ---- points for one item without 每, made per item by a cap equal to the 分值 (V6-1, X18-3; corpus.yaml
# fresh9 V6 and fresh11 X18 sources) ----

@pytest.mark.parametrize(("text", "w", "expect"), [
    # V6-1 (W 6): 2 per item up to 6: 1 → 2; 3 → 6; 5 → 6
    ("政务微博、政务微信、公开栏、电子显示屏、便民手册等情况(以实地考评及图像证据为准,一项可得2分,最高不超过6分)", 6,
     {"0": 0, "1": 2, "2": 4, "3": 6, "5": 6}),
    # X18-3 (W 2): 1 per meeting record up to 2: 3 → 2
    ("查看政府研究部署节能工作的会议纪要、记录,有一次节能工作会议纪要或记录的得1分,最多得2分。", 2,
     {"0": 0, "1": 1, "2": 2, "3": 2}),
    # variant of X18-3: 计, 最多计, ；
    ("有1次会议纪要的计1分；最多计2分", 2, {"0": 0, "1": 1, "2": 2, "3": 2}),
])
def test_one_item_points_with_the_weight_as_cap(text, w, expect):
    assert _scores(text, w, list(expect)) == expect


@pytest.mark.parametrize(("text", "w"), [
    # near miss of X18-3: no cap — "有一次…的得1分" is one level, not per item
    ("有一次节能工作会议纪要或记录的得1分。", 2),
    # near miss of V6-1: the cap is not the 分值 (4 on a 6-point row)
    ("以实地考评为准,一项可得2分,最高不超过4分", 6),
    # near miss: 2 per item, cap 5 on a 5-point row — the cap falls inside a step (5 ÷ 2 not whole)
    ("一项可得2分,最高不超过5分", 5),
])
def test_one_item_points_near_misses_stay_refused(text, w):
    _refused(text, w)


# ---- a numeric condition before a clause naming another condition is never silently lost (found while
# reading fresh10 W11-1, 本村…登记率为100%,该项分值为0.5分每少一人扣0.1分) ----

def test_numeric_condition_before_a_named_clause_is_not_dropped():
    # variant of W11-1: the 90% was dropped and the row read as *: 0.5 - 0.1 per 1
    r = _refused("登记率为90%,该项分值为0.5分,每少一人扣0.1分", D("0.5"))
    # (r13: with the restated 分值 taken out first, the refusal names the step that the 90% condition clashes with)
    assert "登记率为90%" in r.unread or any("按次数扣分却带有数值条件" in u for u in r.understood)


def test_points_run_into_the_next_step_split_the_clause():
    # variant of W11-1 (W 0.5): "…0.5分每少一人…" is two clauses, as "…0.5分,每少一人…": 0.5 - 0.1n
    assert _scores("全部登记的得0.5分每少一人扣0.1分,扣完为止", D("0.5"), ["0", "1", "3", "5", "8"]) == {
        "0": D("0.5"), "1": D("0.4"), "3": D("0.2"), "5": 0, "8": 0}


# ---- levels (or ranks) listed, then their points in the same order (U9-7, U9-8, T9-4; corpus.yaml fresh8 U9
# https://www.ikanpan.com/… and fresh7 T9 sources) ----

def test_u9_8_listed_levels_falling():
    # U9-8 (W 5, 繁体): 滿意 → 5; 較滿意 → 4; 一般 → 3; 較差 → 2; 差 → 1 (names as printed)
    t = "群眾對禁毒工作的整體評價按滿意、較滿意、一般、較差、差5檔劃分,計分為5分、4分、3分、2分、1分。"
    assert _scores(t, 5, ["滿意", "較滿意", "一般", "較差", "差"]) == {"滿意": 5, "較滿意": 4, "一般": 3, "較差": 2, "差": 1}


@pytest.mark.parametrize("text", [
    "群眾對當地吸毒販毒現象的評價按嚴重、比較嚴重、一般、不大嚴重、不嚴重5檔劃分,計分標準為1分、2分、3分、4分、5分。",  # U9-7
    "群众评价按严重、比较严重、一般、不大严重、不严重划分，分别计1分、2分、3分、4分、5分",  # variant of U9-7
])
def test_u9_7_listed_levels_rising(text):
    # U9-7 (W 5): 严重 → 1 … 不严重 → 5
    r = read_rule_text(text, 5)
    assert r.ok, r.understood
    names = ["嚴重", "比較嚴重", "一般", "不大嚴重", "不嚴重"] if "嚴" in text else ["严重", "比较严重", "一般", "不大严重", "不严重"]
    assert [r.rule.score(n, 5) for n in names] == [1, 2, 3, 4, 5]
    assert "划分" not in r.canonical


@pytest.mark.parametrize("text", [
    "计算编制总量项得分，在全市排名1-5名的依次赋予20分、19分、18分、17分、16分",  # T9-4
    "在全市排名第1-第5名的分别得20分、19分、18分、17分、16分。",  # variant of T9-4
])
def test_t9_4_ranks_in_order(text):
    # T9-4 (W 20): rank 1 → 20; 2 → 19; 3 → 18; 4 → 17; 5 → 16; rank 6 is not written: a gap, never a score
    from jixiao.errors import JixiaoError

    assert _scores(text, 20, ["1", "2", "3", "4", "5"]) == {"1": 20, "2": 19, "3": 18, "4": 17, "5": 16}
    with pytest.raises(JixiaoError):
        read_rule_text(text, 20).rule.score("6", 20)


@pytest.mark.parametrize(("text", "w"), [
    # near miss of U9-8: five names, four points
    ("群众评价按满意、较满意、一般、较差、差5档划分,计分为5分、4分、3分、2分。", 5),
    # near miss: the stated number of 档 differs from the names
    ("群众评价按满意、一般、差4档划分,计分为5分、3分、1分。", 5),
    # near miss: the top points are not the 分值
    ("群众评价按满意、一般、差划分,计分为4分、3分、1分。", 5),
    # near miss: points that go up and down — not one scale
    ("群众评价按满意、一般、差划分,计分为5分、1分、3分。", 5),
    # near miss of T9-4: five ranks, four points
    ("在全市排名1-5名的依次赋予20分、19分、18分、17分", 20),
])
def test_listed_levels_near_misses_stay_refused(text, w):
    _refused(text, w)
