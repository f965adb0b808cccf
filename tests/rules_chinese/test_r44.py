"""The 4 wrong readings of session 32's blind first run (fresh60–62), each fixed with its kind (r44).

1. A number to do kept aside in a colon's definition note (fresh61 BV1-3): refused like the same text without the colon
   (assemble._finish, the count-to-reach check reads 定义 notes too).
2. A score taken from another evaluation ("按…评分为准", fresh61 BV1-6): refused (guard.refuse_scoring_notes).
3. A case that takes all the points ("发生安全责任事故,全部扣完", fresh62 BW4-4) kept as a note beside a count: a veto,
   refused (guard.refuse_scoring_notes), never a floor like 扣完为止.
4. A heading that names a measure ("…出席活动情况") followed only by "未提供数据不得分" (fresh62 BW1-4): no requirement
   whose meeting earns the 分值 — refused (failures._failing_levels).
"""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from jixiao.rules.chinese import read_rule_text

#: fresh61 BV1-3 (班主任工作考核, 德育工作, w 7)
BV1_3 = "开展德育工作和思想品德教育,有两次围绕主题开展:内容针对详细、过程全齐, (7分) 少一次扣1分."
#: fresh61 BV1-6 (班主任工作考核, 班容班貌, w 10)
BV1_6 = "班容班貌.(10分)按班级文化建设观摩评分为准。"
#: fresh62 BW4-4 (安全稳定, w 10)
BW4_4 = "未开展矛盾化解工作,每次扣0.5分;未开展安全工作每次扣0.5分;发生安全责任事故,全部扣完。"
#: fresh62 BW1-4 (组织领导·3, w 2)
BW1_4 = "地方政府领导出席活动情况\n未提供数据不得分。"


def _refused(text: str, w: int) -> str:
    r = read_rule_text(text, D(w))
    assert r.kind == "unreadable" and r.rule is None, (text, r.kind, r.canonical)
    return "；".join(str(u) for u in r.understood)


# 1. a number to do inside a colon's definition -------------------------------------------------------------------------

@pytest.mark.parametrize("text, w, values", [
    # refused here (done or missing?) until the lead's decision (r48): the value is the count done, as fresh61 BV1-3 is
    # labelled — 2 held → 7; 1 → 6; 0 → 5
    (BV1_3, 7, {"2": 7, "1": 6, "0": 5}),
    # 4 to hold, 1 each short: 4 → 7; 2 → 5; 0 → 3
    ("开展主题活动,全年开展4次:每次有记录、有照片, (7分) 少一次扣1分.", 7, {"4": 7, "2": 5, "0": 3}),
    # the same requirement without the colon: 2 → 7; 0 → 5
    ("开展德育工作和思想品德教育,有两次围绕主题开展, (7分) 少一次扣1分.", 7, {"2": 7, "0": 5}),
])
def test_a_number_to_do_in_a_definition_note_is_the_count_done(text, w, values):
    r = read_rule_text(text, D(w))
    assert r.ok, r.understood
    assert {v: r.rule.score(D(v), D(w)) for v in values} == {v: D(s) for v, s in values.items()}, r.canonical


def test_a_number_per_term_in_a_definition_note_is_refused():
    # per term, with points inside the colon's words: how many over the year, and which points? (never guessed)
    assert "应完成的数量" in _refused("组织家长会,每学期召开2次：有签到、有记录（5分），每少一次扣2分。", 5)


def test_near_miss_a_schedule_in_a_definition_keeps_its_count():
    # once a month is a schedule, not a number to reach: value = meetings missed; 5 − 1 × 2 = 3, 0 missed → 5
    r = read_rule_text("会议每月一次:有记录,少一次扣1分", D(5))
    assert r.canonical == "*: W - 1 per 1"
    assert r.rule.score(D(2), D(5)) == 3 and r.rule.score(D(0), D(5)) == 5


# 2. a score taken from another evaluation ------------------------------------------------------------------------------

@pytest.mark.parametrize("text, w", [
    (BV1_6, 10),
    # variants: the score comes from elsewhere — this row holds no number to score
    ("环境卫生.(10分)以年度评比成绩为准。", 10),
    ("完成得满分，未完成不得分。以考核评分为准。", 5),
    ("班级常规管理.（8分）按学校日常检查打分结果折算。", 8),
])
def test_a_score_taken_from_another_evaluation_is_refused(text, w):
    why = _refused(text, w)
    # (r85: "按学校日常检查打分结果折算" — its 折算 met r79's check of a kind counted at a share first, guard._describe;
    # the other-evaluation reason wins there too)
    assert "另一次评比或考核" in why


def test_near_miss_evidence_named_for_a_pass_fail_keeps_its_reading():
    # 以验收报告为准 names the evidence of completion, not a score: 完成 → 5, 未完成 → 0
    r = read_rule_text("完成得满分，未完成不得分。以验收报告为准。", D(5))
    assert r.rule is not None
    assert r.rule.score("完成", D(5)) == 5 and r.rule.score("未完成", D(5)) == 0


# 3. a veto beside a count ----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, w", [
    (BW4_4, 10),
    # variants: a case of its own that takes all the points, beside a deduction per time
    ("未开展工作,每次扣0.5分;发生重大事故的,本项全部扣除。", 10),
    ("未按时报送信息每次扣1分;瞒报漏报的,扣光。", 5),
])
def test_a_case_taking_all_the_points_beside_a_count_is_refused(text, w):
    assert "否决" in _refused(text, w)


def test_bw4_4_names_the_veto():
    r = read_rule_text(BW4_4, D(10))
    assert r.unread == ["全部扣完"]
    assert any("否决" in str(u) for u in r.understood)


def test_near_miss_a_floor_keeps_the_count():
    # 扣完为止 is a floor: value = times missed; 10 − 0.5 × 3 = 8.5, 20 times → 0 (never below)
    r = read_rule_text("未开展矛盾化解工作,每次扣0.5分;扣完为止。", D(10))
    assert r.canonical == "*: W - 0.5 per 1"
    assert r.rule.score(D(3), D(10)) == D("8.5") and r.rule.score(D(20), D(10)) == 0


# 4. a measure heading with only a no-data failure ----------------------------------------------------------------------

@pytest.mark.parametrize("text, w", [
    (BW1_4, 2),
    # variants: the heading is a figure to report (情况, 人数, 率); only missing data is scored
    ("群众参与活动情况。未提供数据的不得分", 2),
    ("培训人数:无相关资料不得分", 3),
    ("信息上报率\n未提供材料不得分。", 2),
])
def test_a_measure_with_only_a_no_data_failure_is_refused(text, w):
    assert "提供后得几分没写" in _refused(text, w)


@pytest.mark.parametrize("text, w, failing", [
    # near misses (corpus fresh62 BW1-3, BW1-1 and a variant): the heading is a requirement — providing its materials
    # (or doing it) earns the 分值 (2 / 1 / 2), the failure 0
    ("根据自身实际创造性地编制活动方案\n未提供资料不得分。", 2, "未提供资料"),
    ("成立专门活动组织机构\n未落实的不得分。", 1, "未落实"),
    ("地方政府领导出席活动情况\n未及时报送不得分。", 2, "未及时报送"),  # a reporting requirement, not missing data
])
def test_near_miss_a_requirement_heading_keeps_its_pass_fail(text, w, failing):
    r = read_rule_text(text, D(w))
    assert r.rule is not None
    assert r.rule.score("符合", D(w)) == w and r.rule.score(failing, D(w)) == 0


def test_near_miss_until_gone_is_a_floor_not_a_veto():
    # fresh5 Q4-5: "直至本项目分扣完" is 扣完为止 — value = sessions missed: 4 − 2 × 1 = 2; 3 missed → 0 (floor)
    r = read_rule_text("1、法制宣传教育4分,一年至少进行2次法制教育宣传,未进行法制宣传教育一次扣2分,直至本项目分扣完;", D(4))
    assert r.canonical == "*: 4 - 2 per 1"
    assert r.rule.score(D(1), D(4)) == 2 and r.rule.score(D(3), D(4)) == 0


def test_near_miss_an_item_number_before_a_colon_is_no_number_to_do():
    # fresh9 V22-2: "2.2项:" is the item's number; 有工作经费 3 + 列入年度预算 2 = 5 stays a checklist
    r = read_rule_text("2.2项:无工作经费扣3分,未列入年度预算,扣2分。", D(5))
    assert r.kind == "checklist" and r.max_points == 5
