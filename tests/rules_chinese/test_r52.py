"""r52 (issue 11): what r48–r51 left (docs/notes/r52.md):

1. tables printed as lines with the row's item number or "（W分）" before them (repairs.points_first now runs before
   tablelevels.read_table_levels);
2. steps of several counted short ("每少2场扣1分", "每減少3名扣2分") — read only where the text says how a part of a step
   counts (不足N按N计 / 只算整档, 不足N不扣 / 不足N按比例), else refused naming both readings (partsteps.py);
3. failings each worth the same under a smaller deduction cap closing the text: a count under the cap (cappedlist.py) —
   a checklist has no cap in the rule language, failings worth different points stay refused;
4. a cap with the row's subject ("学院最多不超过10分", fresh51 BL11-7), awards per N hours ("每100小时得1分", BL12-4), the
   first few times at N each and the next at less ("辦理前2場次各得分3分，辦理第3場得分2分，本項最高得分8分", fresh66 CA8-8);
5. refactors (behaviour-neutral): refuse_cap_as_level runs once per reading; one split for the described levels.

Scores by hand in the comments; per case the corpus sentences, wordings written here, and near misses to refuse."""

from __future__ import annotations

from decimal import Decimal

import pytest

from jixiao.rules.chinese import read_rule_text
from tests.rules_chinese.corpus import judge
from tests.rules_chinese.test_r46 import (  # the corpus by id, a reading's score (asserting it read)
    _BY_ID,
    _score,
)
from tests.rules_chinese.test_r51 import _refused  # refused, saying why in Chinese; its notes


@pytest.mark.parametrize("sid", ["BL2-1", "BL2-7", "BG8-1", "BK1-2", "BL11-7", "BL12-4", "CA8-8"])
def test_corpus_sentences_read(sid: str) -> None:
    assert judge(_BY_ID[sid]) == ("read", "")


# --- 1. a table printed as lines, the row's item number or 分值 before it --------------------------------------------

@pytest.mark.parametrize("lead", ["1、", "2.", "（1）", "（5分）", "1.（5分）", "【5分】"])
def test_table_of_bands_after_a_lead(lead: str) -> None:
    # fresh51 BL2-1 (5) with a lead: ≥3000 → 2, ≥5000 → 3, ≥10000 → 5 (万元): 4000 → 2; 5000 → 3; 12000 → 5
    t = lead + _BY_ID["BL2-1"]["text"]
    assert [_score(t, 5, v) for v in ("4000", "5000", "12000")] == [2, 3, 5]


@pytest.mark.parametrize(("text", "w", "level", "expected"), [
    # fresh46 BG8-1 (12) after "一、" and after its 分值 "（12分）": 未发放 → 12; 已备案 → 6; 未备案 → 0
    ("一、" + "未发放股东贷款 12\n发放股东贷款,且已向监管部门备案 6\n发放股东贷款,未向监管部门备案 0", 12, "未发放股东贷款", 12),
    ("（12分）未发放股东贷款 12\n发放股东贷款,且已向监管部门备案 6\n发放股东贷款,未向监管部门备案 0", 12,
     "发放股东贷款,且已向监管部门备案", 6),
    # fresh50 BK1-2 shortened (2), its 分值 first: 介绍不完整 → 1; 无此项内容 → 0
    ("（2分）详细介绍本机构的设置情况. 2\n介绍不完整的. 1\n无此项内容. 0", 2, "介绍不完整的", 1),
    ("（2分）详细介绍本机构的设置情况. 2\n介绍不完整的. 1\n无此项内容. 0", 2, "无此项内容", 0),
    # fresh51 BL2-7 (5) numbered: 一般 → 3; 较好 → 5
    ("1、研究开发项目立项报告及其实施情况\n一般 3\n较好 5", 5, "一般", 3),
    ("1、研究开发项目立项报告及其实施情况\n一般 3\n较好 5", 5, "较好", 5),
])
def test_table_of_levels_after_a_lead(text: str, w: float, level: str, expected: int) -> None:
    assert _score(text, w, level) == expected


def test_the_lead_is_said() -> None:
    r = read_rule_text("（5分）" + _BY_ID["BL2-1"]["text"], 5)
    assert any("本行分值" in u for u in r.understood)
    r = read_rule_text("1、" + _BY_ID["BL2-1"]["text"], 5)
    assert any("本行序号" in u for u in r.understood)


@pytest.mark.parametrize(("text", "w"), [
    # "（3分）" on a 5-point row: a part of the row, not its 分值 — which levels does it hold?
    ("（3分）上年度销售收入(万元)\n≥3000 2\n≥5000 3\n≥10000 5", 5),
    # "（5分）" on a 12-point row before levels up to 12
    ("（5分）未发放股东贷款 12\n发放股东贷款,且已向监管部门备案 6\n发放股东贷款,未向监管部门备案 0", 12),
    # two numbered tables in one cell: the numbers mark two parts, never one row's number
    ("1.上年度销售收入(万元)\n≥3000 2\n2.上年度销售利润率(%)\n≥15 3", 5),
])
def test_a_lead_that_is_no_row_number_or_weight_stays_refused(text: str, w: float) -> None:
    _refused(text, w)


# --- 2. steps of several counted short ----------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "w", "value", "expected"), [
    # 10 to reach, 1 off per 2 short, a part a whole step (ceil): 9 → 5 − 1 = 4; 8 → 4; 7 → 5 − 2 = 3; 0 → 0
    ("全年开展宣讲不少于10场,每少2场扣1分,不足2场的按2场计", 5, "9", 4),
    ("全年开展宣讲不少于10场,每少2场扣1分,不足2场的按2场计", 5, "7", 3),
    ("全年开展宣讲不少于10场,每少2场扣1分,不足2场的按2场计", 5, "0", 0),
    # whole steps only (floor): 9 → 5; 8 → 4; 7 → 4
    ("全年开展宣讲不少于10场,每少2场扣1分,不足2场的不扣分", 5, "9", 5),
    ("全年开展宣讲不少于10场,每少2场扣1分,不足2场的不扣分", 5, "7", 4),
    ("全年开展宣讲不少于10场,每少2场扣1分(只算整档)", 5, "7", 4),
    # a part in proportion: 9 → 5 − 0.5 = 4.5; 7 → 3.5
    ("全年开展宣讲不少于10场,每少2场扣1分,不足2场的按比例扣分", 5, "9", Decimal("4.5")),
    ("全年开展宣讲不少于10场,每少2场扣1分,不足2场的按比例扣分", 5, "7", Decimal("3.5")),
    # 6 to reach, 2 off per 3 short, ceil: 5 → 2; 3 → 2; 2 → 0
    ("全年至少召开6次会议,每缺少3次扣2分,不足3次按3次计算。", 4, "5", 2),
    ("全年至少召开6次会议,每缺少3次扣2分,不足3次按3次计算。", 4, "3", 2),
    ("全年至少召开6次会议,每缺少3次扣2分,不足3次按3次计算。", 4, "2", 0),
    # fresh58 BS1-3 (8) with "不足3名按3名计" added: 15 to reach, 2 off per 3 short, ceil: 14 → 6; 12 → 6; 11 → 4; 3 → 0
    ("【吸納見習學員數】全年吸納見 習學員總數大于等于15名的不 扣分,15名以下的每減少3名扣 2分,不足3名按3名計。", 8, "14", 6),
    ("【吸納見習學員數】全年吸納見 習學員總數大于等于15名的不 扣分,15名以下的每減少3名扣 2分,不足3名按3名計。", 8, "11", 4),
    ("【吸納見習學員數】全年吸納見 習學員總數大于等于15名的不 扣分,15名以下的每減少3名扣 2分,不足3名按3名計。", 8, "3", 0),
    # fresh58 BS1-4 (8) with "只算整档": 12 to reach, floor: 11 → 8; 9 → 6; 7 → 6; 0 → 0
    ("全年吸纳见习学员总数大于等于12名的不扣分,12名以下的每减少3名扣2分,只算整档。", 8, "11", 8),
    ("全年吸纳见习学员总数大于等于12名的不扣分,12名以下的每减少3名扣2分,只算整档。", 8, "7", 6),
    ("全年吸纳见习学员总数大于等于12名的不扣分,12名以下的每减少3名扣2分,只算整档。", 8, "0", 0),
    # the times missed counted (no number to reach), ceil: 1 missed → 4; 3 → 3
    ("每少2次扣1分,不足2次按2次计", 5, "1", 4),
    ("每少2次扣1分,不足2次按2次计", 5, "3", 3),
    # fresh58 BS1-6 written with its part in proportion (3): 55 % → 3 − 2 × 0.5 = 2; 50 % → 1; 60 % → 3
    ("岗位运作率达60%(含)以上的不扣分,60%以下的每减少10%扣2分,不足10%的按比例扣分。", 3, "55%", 2),
    ("岗位运作率达60%(含)以上的不扣分,60%以下的每减少10%扣2分,不足10%的按比例扣分。", 3, "50%", 1),
])
def test_steps_of_several_where_the_text_says_how_a_part_counts(text: str, w: float, value: str,
                                                                 expected: Decimal) -> None:
    assert _score(text, w, value) == expected


@pytest.mark.parametrize(("text", "w"), [
    ("全年开展宣讲不少于10场,每少2场扣1分", 5),  # 9 done: 5 (whole steps) or 4 (a part a step)? not said
    ("每少2次扣1分", 5),
    ("全年至少召开6次会议,每缺少3次扣2分。", 4),
    # the rounding said for another step (3 ≠ 2)
    ("全年开展宣讲不少于10场,每少2场扣1分,不足3场的按3场计", 5),
])
def test_steps_of_several_not_settled_are_refused_naming_both(text: str, w: float) -> None:
    why = _refused(text, w)[-1]
    assert "只算整档" in why and "不足一档按一档算" in why


@pytest.mark.parametrize("sid", ["BS1-3", "BS1-4"])
def test_bs1_as_printed_stays_refused_naming_both(sid: str) -> None:
    # fresh58 BS1-3/BS1-4 "15名以下的每減少3名扣2分": the text does not say how 13 trainees count
    assert judge(_BY_ID[sid])[0] != "read"
    why = _refused(_BY_ID[sid]["text"], 8)[-1]
    assert "只算整档" in why and "不足一档按一档算" in why


@pytest.mark.parametrize(("text", "w"), [
    ("完成得满分，否则不得分，不足2场的不扣分", 5),  # a part of a step, and no step of several read
    ("每发现一处扣1分,只算整档", 5),
])
def test_a_rounding_no_step_takes_up_is_refused(text: str, w: float) -> None:
    _refused(text, w)


def test_a_zero_level_below_a_threshold_is_no_rounding() -> None:
    # "不足60%不计分" is a level (0 below 60 %), not "a part of a step is not deducted": 50 % → 0; 85 % → 5 − 1 = 4
    # (whole steps of 10 %, the reader's policy for rates)
    t = "完成率100%得满分,每降低10%扣1分,不足60%不计分"
    assert [_score(t, 5, v) for v in ("50%", "85%")] == [0, 4]


def test_a_step_of_one_reads_as_before() -> None:
    # 10 to reach, 1 off per one short: 7 → 2
    assert _score("全年开展宣讲不少于10场,每少1场扣1分", 5, "7") == 2


# --- 3. failings worth the same under a smaller cap: a count under the cap -----------------------------------------

@pytest.mark.parametrize(("text", "w", "value", "expected"), [
    # r50's example (10): two failings at 5, at most 5 deducted: none → 10; one → 5; both → 10 − min(5, 10) = 5
    ("存放无序扣5分;未及时归档扣5分,最多扣5分", 10, "0", 10),
    ("存放无序扣5分;未及时归档扣5分,最多扣5分", 10, "1", 5),
    ("存放无序扣5分;未及时归档扣5分,最多扣5分", 10, "2", 5),
    ("存放无序扣5分;未及时归档扣5分;最高扣5分", 10, "2", 5),
    # three plans at 2 each (6), at most 4: one unclear → 4; two → 2; three → 6 − min(4, 6) = 2
    ("工作计划、工作目标、工作措施不明确的,每少1项扣2分,最多扣4分", 6, "1", 4),
    ("工作计划、工作目标、工作措施不明确的,每少1项扣2分,最多扣4分", 6, "3", 2),
    # three failings at 3 (9), at most 4: one → 6; two → 9 − min(4, 6) = 5; three → 5
    ("无人管理的扣3分;存放无序扣3分;未及时归档扣3分,最多扣4分。", 9, "1", 6),
    ("无人管理的扣3分;存放无序扣3分;未及时归档扣3分,最多扣4分。", 9, "2", 5),
    ("无人管理的扣3分;存放无序扣3分;未及时归档扣3分,最多扣4分。", 9, "3", 5),
    # two at 3 (6), "扣满4分为止": one → 3; both → 6 − 4 = 2
    ("无人管理的扣3分;存放无序扣3分,扣满4分为止", 6, "1", 3),
    ("无人管理的扣3分;存放无序扣3分,扣满4分为止", 6, "2", 2),
])
def test_equal_failings_under_a_cap(text: str, w: float, value: str, expected: int) -> None:
    assert _score(text, w, value) == expected


@pytest.mark.parametrize(("text", "w"), [
    ("存放无序扣5分;未及时归档扣3分,最多扣5分", 8),  # worth different points: no count says it
    ("存放无序扣5分,最多扣5分;未及时归档扣5分", 10),  # the cap in the middle: one failing's, or the row's?
    ("组织机构不建全的,扣4分;工作计划、工作目标、工作措施不明确的,每少1项扣2分,扣分不超过4分", 10),  # 4 + 2 + 2 + 2
])
def test_failings_under_a_cap_near_misses_are_refused(text: str, w: float) -> None:
    _refused(text, w)


# --- 4. caps with a subject, per N hours, the first few at N each ------------------------------------------------

def test_bl11_7_bl12_4_ca8_8() -> None:
    # fresh51 BL11-7 (10): 2 per project, at most 10 for the 学院: 3 → 6; 5 → 10; 8 → 10
    t = _BY_ID["BL11-7"]["text"]
    assert [_score(t, 10, v) for v in ("3", "5", "8")] == [6, 10, 10]
    # fresh51 BL12-4 (15): 1 per 100 hours, at most 15: 100 → 1; 800 → 8; 2000 → 15
    t = _BY_ID["BL12-4"]["text"]
    assert [_score(t, 15, v) for v in ("100", "800", "2000")] == [1, 8, 15]
    # fresh66 CA8-8 (8): the first 2 at 3, the third at 2: 1 → 3; 2 → 6; 3 → 8; 5 → 8
    t = _BY_ID["CA8-8"]["text"]
    assert [_score(t, 8, v) for v in ("0", "1", "2", "3", "5")] == [0, 3, 6, 8, 8]


@pytest.mark.parametrize(("text", "w", "value", "expected"), [
    # 2 per paper, the 学院 capped at 10: 3 → 6; 6 → 10
    ("每1篇论文加2分,学院最多不超过10分", 10, "3", 6),
    ("每1篇论文加2分,学院最多不超过10分", 10, "6", 10),
    # 1 per topic, the 中心 at most 5: 3 → 3; 7 → 5
    ("每指导1项课题得1分,中心最高得5分", 5, "3", 3),
    ("每指导1项课题得1分,中心最高得5分", 5, "7", 5),
    # 1 per full 50 hours of study, at most 4: 100 → 2; 120 → 2 (whole steps, as "每完成1000亩" reads); 250 → 4
    ("每50学时得1分,最高得4分", 4, "100", 2),
    ("每50学时得1分,最高得4分", 4, "120", 2),
    ("每50学时得1分,最高得4分", 4, "250", 4),
    # 0.5 per full 20 hours: 60 → 1.5; 200 → 2
    ("志愿服务每20小时得0.5分,最高2分", 2, "60", Decimal("1.5")),
    ("志愿服务每20小时得0.5分,最高2分", 2, "200", 2),
    # the first 3 times at 2 each, the 4th at 1, at most 7: 2 → 4; 3 → 6; 4 → 7; 9 → 7
    ("前3次各得2分,第4次得1分,最高7分", 7, "2", 4),
    ("前3次各得2分,第4次得1分,最高7分", 7, "4", 7),
    ("前3次各得2分,第4次得1分,最高7分", 7, "9", 7),
    # the first 2 at 2, the third at 1, at most 5: 1 → 2; 3 → 5
    ("开展督查,前2次各得2分,第3次得1分,最高得5分", 5, "1", 2),
    ("开展督查,前2次各得2分,第3次得1分,最高得5分", 5, "3", 5),
])
def test_caps_hours_first_few(text: str, w: float, value: str, expected: Decimal) -> None:
    assert _score(text, w, value) == expected


@pytest.mark.parametrize(("text", "w"), [
    ("每1个项目加2分,每人最多不超过10分", 10),  # a cap per head: another rule
    ("每1个项目加2分,学院最多不超过8分。", 10),  # the cap is not the 分值
    ("每100小时得1分,最高12分", 15),  # the cap is not the 分值: where do the other 3 points come from?
    ("前2场各得3分,第4场得2分,最高8分", 8),  # the third is not said
    ("前2场各得3分,第3场得2分,最高得分10分", 10),  # 2 × 3 + 2 = 8 ≠ 10
    ("前2场各得3分,第3场起每场得1分,最高8分", 8),  # going on after the third: not this shape
])
def test_caps_hours_first_few_near_misses_are_refused(text: str, w: float) -> None:
    _refused(text, w)


# --- 5. the cap-as-level check, once --------------------------------------------------------------------------------

def test_cap_as_level_still_refused() -> None:
    # lead s34: "资料齐全，最高得4分" — 4 is a ceiling, the scorer decides: refused; without 最高 it reads
    _refused("资料齐全，最高得4分；资料不全不得分。", 4)
    assert _score("资料齐全得4分；资料不全不得分。", 4, "资料不全") == 0
