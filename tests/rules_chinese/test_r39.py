"""r39: numbers inside a condition the reader could not place — numbers that are not the measured value (issue 11).

The refusal groups "含数字和比较词，但未能读成条件" and "条件前的文字含有数字，无法确定比较对象" (50 sentences at session 30)
hold, among others, numbers that label or date something rather than measure it. Each kind is recognised by its words
(src/jixiao/rules/chinese/notvalues.py), never by its position:

* band options lettered A. B. C. … glued to the points before them (normalise: the letters go, the bands part);
* the year in a document's title 《…(2005年)》, a document number 〔2019〕395号, the year of a deadline (a rewrite);
* the size of the sample the evaluator checks, "随机抽查10%(不足4所,以4所计算)", before a per-finding deduction (a rewrite);
* and, in the reader, a named year as the base of the steps ("与2018年相比,每增加1起扣2分") is refused as "与上年相比" is.

Each with its corpus sentence(s), wordings of our own (hand arithmetic in the comments) and near misses that must stay
refused. Sources (tests/rules_chinese/corpus.yaml ``sources:``): BN7, BN14 (fresh53), AL1 (fresh25), U8 (fresh8),
AF5 (fresh19), AN4 (fresh27).
"""

import pytest

from jixiao.rules.chinese import read_rule_text
from jixiao.rules.chinese.notvalues import drop_dates, drop_sample_size, option_labels
from jixiao.rules.chinese.rewrites import NOTE
from tests.rules_chinese.test_i11k import _refused, _scores

# ---- band options lettered A. B. C. … (BN7-2, BN14-1) ----

BN7_2 = "A.5%以上(20分)B.3%-5%(15分)C.2%-3%(10分)D.1%-2%(5分)E.1%以下(0分)"
BN14_1 = ("按科技人員數占企業職工總數的比例分檔評價\nA.30%(含)以上(20分)\nB.25%(含)-30%(16分)\nC.20%(含)-25%(12分)\n"
          "D.15%(含)-20%(8分)\nE.10%(含)-15%(4分)\nF.10%以下(0分)")


def test_bn7_2_lettered_bands():
    # BN7-2 (W 20): ≥ 5% → 20 (以上 holds 5%, the higher band); 3%–5% → 15; 2%–3% → 10; 1%–2% → 5; < 1% → 0
    assert _scores(BN7_2, 20, ["6%", "4%", "2.5%", "1.5%", "0.5%"]) == {
        "6%": 20, "4%": 15, "2.5%": 10, "1.5%": 5, "0.5%": 0}


def test_bn14_1_lettered_bands_on_lines_after_a_heading():
    # BN14-1 (W 20): ≥ 30% → 20; [25%, 30%) → 16; [20%, 25%) → 12; [15%, 20%) → 8; [10%, 15%) → 4; < 10% → 0
    assert _scores(BN14_1, 20, ["35%", "30%", "29%", "25%", "24%", "20%", "19%", "15%", "14%", "10%", "9%"]) == {
        "35%": 20, "30%": 20, "29%": 16, "25%": 16, "24%": 12, "20%": 12, "19%": 8, "15%": 8, "14%": 4, "10%": 4,
        "9%": 0}


def test_lettered_bands_variant_glued():
    # our own (W 10): A ≥ 90% → 10; B 80%–90% → 6; C < 80% → 0 (90% is in both A and B: the higher band, 10)
    t = "A.90%以上(10分)B.80%-90%(6分)C.80%以下(0分)"
    assert _scores(t, 10, ["95%", "90%", "85%", "70%"]) == {"95%": 10, "90%": 10, "85%": 6, "70%": 0}


def test_lettered_bands_variant_heading_and_lines():
    # our own (W 5): A [95%, ∞) → 5; B [85%, 95%) → 3; C < 85% → 0
    t = "满意度分档：\nA.95%(含)以上(5分)\nB.85%(含)-95%(3分)\nC.85%以下(0分)"
    assert _scores(t, 5, ["98%", "95%", "90%", "85%", "80%"]) == {"98%": 5, "95%": 5, "90%": 3, "85%": 3, "80%": 0}


def test_option_labels_leaves_letters_of_levels():
    # near miss: C. is a level without a number (the options are kinds, not bands): nothing is taken away …
    t = "A.1项及以上一类专利(30分)B.2项二类专利(12分)C.没有专利(0分)"
    assert option_labels(t) == t
    # … and the text stays refused (一类/二类 are different kinds: no count bands)
    _refused(t, 30)


def test_option_labels_near_miss_letters_out_of_order():
    # near miss: a skipped letter (A, C, D) is no run of options — left as printed, refused
    t = "A.5%以上(20分)C.3%-5%(15分)D.3%以下(0分)"
    assert option_labels(t) == t
    _refused(t, 20)


# ---- the year in a document's title, a document number, the year of a deadline (AL1-4) ----

AL1_4 = ("(1)认真落实国家强制淘汰制度。根据《国务院关于发布实施<促进结构调整暂行规定>的决定》和《产业结构调整指导目录(2005年)》"
         "等一系列指示精神,按期淘汰不符合产业政策的污染严重企业和落后的生产能力、工艺、设备与产品。按要求全部落实到位,得5分;"
         "未全部完成时,每少关停一家扣1分,扣完为止。")


def test_al1_4_year_in_a_title():
    # AL1-4 (W 5): 5 - 1 per firm not closed: 0 → 5; 1 → 4; 3 → 2; 5 → 0; 7 → 0 (floor 0)
    r = read_rule_text(AL1_4, 5)
    # (r49: the row's number "(1)" is dropped by the repairs first, its note before the rewrite's)
    notes = [u for u in r.understood if not u.startswith("本行序号")]
    assert notes[0].startswith(NOTE) and "年份" in notes[0]
    assert _scores(AL1_4, 5, ["0", "1", "3", "5", "7"]) == {"0": 5, "1": 4, "3": 2, "5": 0, "7": 0}


def test_year_in_a_title_variant():
    # our own (W 6): 6 - 2 per village not done: 0 → 6; 1 → 4; 2 → 2; 4 → 0
    t = "依据《农村人居环境整治三年行动方案(2018年)》,全部整治到位得6分;每少整治1个村扣2分,扣完为止。"
    assert _scores(t, 6, ["0", "1", "2", "4"]) == {"0": 6, "1": 4, "2": 2, "4": 0}


def test_document_number_variant():
    # our own (W 4): 4 - 1 per missing item: 0 → 4; 2 → 2; 5 → 0
    t = "按照《关于加强档案管理的通知》(档发〔2019〕12号)要求整理归档,资料齐全得4分,每缺1项扣1分。"
    assert drop_dates(t, None) == "按照《关于加强档案管理的通知》要求整理归档,资料齐全得4分,每缺1项扣1分。"
    assert _scores(t, 4, ["0", "2", "5"]) == {"0": 4, "2": 2, "5": 0}


def test_year_of_a_deadline_variant():
    # our own (W 3): a deadline with its year — met (符合) → 3, "未按时完成" → 0
    t = "在2020年6月30日之前完成平台建设的,得3分,未按时完成的不得分。"
    assert _scores(t, 3, ["符合", "未按时完成"]) == {"符合": 3, "未按时完成": 0}


def test_year_of_the_measured_value_is_kept_near_miss():
    # near miss AF5-1 (fresh19, must refuse: compared with a planned quantity, a target): the year dates the measured
    # value — it is not dropped, and the sentence stays refused
    t = "2019年末耕地面积大于或等于规划下达的耕地保有量的,得3.5分,否则不得分。本项满分3.5分。"
    assert drop_dates(t, None) is None
    _refused(t, 3.5)


@pytest.mark.parametrize("text", [
    "与2018年相比,每增加1起扣2分",  # near miss: a named year is the base of the steps (as 与上年相比, fresh15 AB2-3)
    "事故起数较2019年每增加1起扣1分",
])
def test_steps_from_a_named_year_near_miss(text):
    # the steps count from that year's figure, which the row does not hold: refused (was read as a count before r39)
    r = _refused(text, 10)
    assert any("上年" in u for u in r.understood)


# ---- the size of the sample checked (U8-5) ----

U8_5 = "在各地随机抽查10%(不足4所,以4所计算)学校材料,每1所学校不合格,扣1分。"


def test_u8_5_sample_size_then_per_finding():
    # U8-5 (W 4): 4 - 1 per failing school: 0 → 4; 1 → 3; 3 → 1; 4 → 0
    assert _scores(U8_5, 4, ["0", "1", "3", "4"]) == {"0": 4, "1": 3, "3": 1, "4": 0}


@pytest.mark.parametrize("text", [
    "每个乡镇随机抽查5%(不足3户,以3户计算)农户档案,每发现1户档案不全,扣0.5分。",  # our own, a share and its floor
    "随机抽取10名以上服务对象电话回访,每1名不满意扣0.5分",  # our own, a number of people "以上"
])
def test_sample_size_variants(text):
    # (W 2): 2 - 0.5 per finding: 0 → 2; 1 → 1.5; 3 → 0.5; 5 → 0
    assert _scores(text, 2, ["0", "1", "3", "5"]) == {"0": 2, "1": 1.5, "3": 0.5, "5": 0}


def test_sample_size_near_misses():
    # times of checking may be the measured work: never dropped
    assert drop_sample_size("每年抽查3次以上,每少1次扣1分", None) is None
    # no deduction per finding after the sample: never dropped
    assert drop_sample_size("随机抽查10所学校,合格率达到90%以上得5分,否则不得分", None) is None
    # AN4-5 (fresh27): the sample goes; the rate's steps are read from the row's target T since r63 (its 90% labelled in
    # session 38), never as a count of people
    r = read_rule_text("随机抽取20名在岗职工现场测试,并统计相关知识知晓率,知晓率每下降5%扣1分,扣完为止。", 5)
    assert r.canonical == ">=T: W; <T: W - 1 per 5% floor"


# ---- several measures, each with its own bound and points: a checklist (W7-1) ----

W7_1 = "初信初访化解率达到90%(7分)、重信重访化解率达到80%(7分)、信访历史积案化解率达到70%(6分)。"


def _items(text, w):
    r = read_rule_text(text, w)
    assert r.kind == "checklist", (text, r.canonical, r.unread)
    return [(i.text, i.points) for i in r.items], r.max_points


def test_w7_1_measures_with_their_own_bounds():
    # W7-1 (W 20): three rates, each met or not: 7 + 7 + 6 = 20
    items, total = _items(W7_1, 20)
    assert total == 20 and [p for _, p in items] == [7, 7, 6]
    assert items[1][0] == "重信重访化解率达到80%"


@pytest.mark.parametrize("text", [
    "项目完成率达到95%得3分;资金到位率不低于90%得2分。",  # our own: 得N分 after each, ";" between, 不低于
    "按时上报率≥98%(2分),数据准确率≥95%(3分)",  # our own: ≥ and bracketed points, "," between
])
def test_measure_items_variants(text):
    # (W 5): two measures worth 3 + 2 (or 2 + 3) = 5
    items, total = _items(text, 5)
    assert total == 5 and sorted(p for _, p in items) == [2, 3]


def test_measure_items_near_misses():
    # near miss: two measures whose points do not add up to the 分值 (3 + 2 on 10): neither items nor bands — refused
    # (before r39 read as the bands "≥90%: 3; [80%,90%): 2" of one value)
    r = _refused("完成率达到90%得3分;满意度达到80%得2分", 10)
    assert any("不同指标" in u for u in r.understood)
    # near miss: one measure at two bounds is tiers, not items (≥ 95% → 5; [90%, 95%) → 3)
    assert _scores("出勤率达到95%得5分;出勤率达到90%得3分", 5, ["96%", "92%"]) == {"96%": 5, "92%": 3}
