"""r6 (issue 11): one rule inside requirement text — the points stated once, then the deduction or pass/fail.

Sources (tests/rules_chinese/corpus.yaml): fresh21 AH4-3, AH14-1, AH14-2, AH7-1, AH1-6; fresh19 AF5-3, AF1-3;
tuned S8-3. Expected scores are worked out by hand from the sentence (arithmetic in the comments).

GENERALISATION: 14 sentences and 5 near-misses written before the reader was changed, in the style of published
tables. The session-start reader (main a89c8e7) read 4 of the 14 right (0 wrong, 10 refused) and refused the 5
near-misses.
"""

from __future__ import annotations

import pytest

from jixiao.rules.chinese import read_rule_text
from tests.rules_chinese.test_r4 import _scores
from tests.rules_chinese.test_r5 import _refused

#: own sentences of the family, value → score by hand. (text, 分值, {value: score})
GENERALISATION = [
    # a schedule, the points after the requirement, then a deduction per miss: value = meetings missed;
    # 4 - 2n: 1 → 2; 2 → 0
    ("每半年召开一次安全生产专题会议,会议记录齐全4分,缺一次扣2分。", 4, {"0": 4, "1": 2, "2": 0}),
    # points and deduction in brackets after the requirement: value = checks missed; 4 - n: 1 → 3; 4 → 0
    ("每季度开展一次消防安全检查并留存记录(4分,少一次扣1分)。", 4, {"0": 4, "1": 3, "4": 0}),
    # the same in brackets with findings: 3 - 0.5n: 2 → 2; 6 → 0
    ("建立健全财务管理制度并严格执行(3分,发现一处不符合扣0.5分)。", 3, {"0": 3, "2": 2, "6": 0}),
    # pass/fail, then the 分值 restated as a trailing total: 符合 → 2; otherwise 0
    ("按时报送年度决算报表的,得2分,否则不得分。本项满分2分。", 2, {"符合": 2, "不符合": 0}),
    # a requirement with a threshold and no points, then the total: ≥ 90% → 3; below → 0
    ("项目资金拨付率不低于90%。总分3分。", 3, {"95%": 3, "90%": 3, "89%": 0}),
    # 繁体, a monthly schedule in brackets: value = meetings missed; 6 - 0.5n: 2 → 5; 12 → 0
    ("每月召開一次工作例會,並有會議紀錄(6分,缺一次扣0.5分)。", 6, {"0": 6, "2": 5, "12": 0}),
    # the points after a comma, then a semicolon and the deduction per finding: 3 - 0.5n: 1 → 2.5; 6 → 0
    ("档案整理规范,归档及时,3分;每发现一处不规范扣0.5分。", 3, {"0": 3, "1": 2.5, "6": 0}),
    # a quarterly schedule, the deduction, then the total in brackets: 4 - n: 1 → 3; 4 → 0
    ("每季度向主管部门报送一次项目进展情况,少报一次扣1分。(总分4分)", 4, {"0": 4, "1": 3, "4": 0}),
    # pass/fail, then a bracketed scope note (no points): 符合 → 2; otherwise 0
    ("单位内部控制制度健全并有效执行,得2分,否则不得分。(含制度的制定、修订和执行情况)", 2, {"符合": 2, "不符合": 0}),
    # a deduction per finding, then a bracketed note on whose score is cut: 5 - n: 2 → 3; 5 → 0
    ("设立项目公示牌,有一处未设立扣1分。(包括新建和改建项目,由乡镇具体实施的,扣乡镇的分)", 5, {"0": 5, "2": 3, "5": 0}),
    # 繁体 pass/fail with the total restated: 符合 → 3; otherwise 0
    ("完成年度植樹造林任務的,得3分,否則不得分。本項滿分3分。", 3, {"符合": 3, "不符合": 0}),
    # 一次性 is "all at once", not a count: months late; 3 - n: 1 → 2; 4 → 0
    ("项目资金一次性拨付到位的得满分;每延迟一个月扣1分,扣完为止。", 3, {"0": 3, "1": 2, "4": 0}),
    # points per report with the total as the cap: min(5, n): 3 → 3; 7 → 5
    ("每次报送信息1分,合计5分。", 5, {"0": 0, "3": 3, "7": 5}),
    # a minimum count in the requirement, points and deduction in brackets: value = trainings HELD (as W8-1):
    # ≥ 4 → 4; 3 → 3; 1 → 1; 0 → 0
    ("全年开展不少于4次业务培训(4分,少一次扣1分)。", 4, {"5": 4, "4": 4, "3": 3, "1": 1, "0": 0}),
]

#: near-misses that look alike but must be refused. (text, 分值)
NEAR_MISSES = [
    # a count and a one-off veto in the same brackets: two things to judge
    ("每季度召开一次专题会议(3分,少一次扣1分,未建立制度扣3分)。", 3),
    # the trailing total is not the row's 分值
    ("资金到位率不低于90%。总分5分。", 4),
    # a bracket after the rule with points of its own is no note
    ("设立项目公示牌,有一处未设立扣1分。(包括新建项目,每处另扣0.5分)", 5),
    # the points in the brackets are not the 分值 and nothing says where the rest comes from
    ("每季度开展一次检查(2分,少一次扣0.5分)。", 4),
]


@pytest.mark.parametrize("text, w, values", GENERALISATION)
def test_generalisation_sentences(text: str, w: float, values: dict[str, float]) -> None:
    _scores(text, w, values)


@pytest.mark.parametrize("text, w", NEAR_MISSES)
def test_generalisation_near_misses_are_refused(text: str, w: float) -> None:
    _refused(text, w)


# ---- the 分值 restated after the last sentence as a worded total (reader._TRAILING_WEIGHT_RE) -----------------

@pytest.mark.parametrize("text, w, values", [
    # AF5-3: 完成 → 1; otherwise 0 ("本项满分1分" is the row's 分值); "完成" is the pass's leading verb
    ("完成年度下达补充耕地任务的,得1分,否则不得分。本项满分1分。", 1, {"完成": 1, "符合": 1, "未完成": 0}),
    # variant: "合计" as the total; 达标 → 3; otherwise 0
    ("污水处理设施运行达标的得3分,否则不得分。合计3分。", 3, {"符合": 3, "不符合": 0}),
    # variant: the total in brackets; 5 - n: 2 → 3
    ("每发现一处台账缺失扣1分。(总分5分)", 5, {"0": 5, "2": 3, "5": 0}),
])
def test_trailing_total_restating_the_weight(text: str, w: float, values: dict[str, float]) -> None:
    _scores(text, w, values)
    r = read_rule_text(text, w)
    assert any(u.startswith("分值（不参与计分）") for u in r.understood), r.understood


@pytest.mark.parametrize("text, w", [
    ("完成得1分,否则不得分。本项满分2分。", 1),  # the total is not the 分值: 1 or 2?
    ("污水处理设施运行达标的得2分,否则不得分。合计3分。", 3),  # the pass is worth less than the total
])
def test_trailing_total_near_misses_are_refused(text: str, w: float) -> None:
    _refused(text, w)


def test_trailing_total_above_the_items_is_refused() -> None:
    # items adding up to 2, the total says 3 (a checklist has no rule: check the kind)
    assert read_rule_text("①有计划1分;②有总结1分。合计3分。", 3).kind == "unreadable"


# ---- a threshold alone, then the 分值: all or nothing (reader._THRESHOLD_RE) ----------------------------------

@pytest.mark.parametrize("text, w, values", [
    # AH1-6: the work, then its completion rate: ≥ 50% (included) → 2; below → 0
    ("开展室藏保管期限30年(长期)以上特种载体档案数字化工作,完成率不低于50%。总分2分。", 2,
     {"80%": 2, "50%": 2, "49%": 0, "20%": 0}),
    # variant: the work then 完成率达到95%以上, the 分值 in brackets: ≥ 95% → 3; below → 0
    ("开展农村改厕工作,完成率达到95%以上。(3分)", 3, {"95%": 3, "94%": 0}),
    # variant of AH1-6 without its scope clause: ≥ 50% → 2; below → 0
    ("档案数字化完成率不低于50%。总分2分。", 2, {"80%": 2, "50%": 2, "49%": 0}),
    # variant: 达到90%以上, the 分值 in brackets: ≥ 90% → 3; below → 0
    ("项目资金拨付率达到90%以上。(3分)", 3, {"90%": 3, "100%": 3, "89.9%": 0}),
])
def test_threshold_alone_before_the_weight(text: str, w: float, values: dict[str, float]) -> None:
    _scores(text, w, values)


@pytest.mark.parametrize("text, w", [
    ("按时完成项目验收。总分3分。", 3),  # a worded requirement alone: all or nothing, or in parts?
    ("成立领导小组,制定实施方案。(3分)", 3),  # two requirements: maybe 1.5 each
    ("完成率不低于50%,及时率不低于90%。总分2分。", 2),  # two thresholds: each worth a part?
    ("建立工作台账,资金拨付率达到90%以上。总分3分。", 3),  # a requirement beside the rate: worth a part?
])
def test_requirement_alone_near_misses_are_refused(text: str, w: float) -> None:
    _refused(text, w)


# ---- "(N分,deduction)" after the requirement; a once-a-period schedule counts the occasions missed ---------

@pytest.mark.parametrize("text, w, values", [
    # AH14-1: value = quarterly meetings missed; 2 - 0.5n: 1 → 1.5; 2 → 1; 4 → 0
    ("每季度召开一次政府常务会议或区县长办公会议专题听取信访工作汇报(2分,少一次扣0.5分)。", 2,
     {"0": 2, "1": 1.5, "2": 1, "4": 0}),
    # AH14-2: value = leaders missing; 2 - 0.5n: 1 → 1.5; 3 → 0.5; 4 → 0
    ("班子成员轮流参与信访接待(2分,缺一个领导扣0.5分)。", 2, {"0": 2, "1": 1.5, "3": 0.5, "4": 0}),
    # AH4-3: monthly meetings missed; 6 - n: 1 → 5; 3 → 3; 6 → 0
    ("所务会议或合伙人会议每月一次,并有详细记录6分,缺一次扣1分。", 6, {"0": 6, "1": 5, "3": 3, "6": 0}),
    # variant: a rate band then its steps in the brackets: ≥ 90% → 5; 88% → 5 - 0.5 × 2 = 4; 80% → 0
    ("资金到位率达到90%(5分,每低1个百分点扣0.5分)。", 5, {"95%": 5, "90%": 5, "88%": 4, "80%": 0}),
    # variant: the schedule after its subject, in brackets; 6 - n: 2 → 4; 6 → 0
    ("所务会议每月召开一次,并有会议记录(6分,缺一次扣1分)。", 6, {"0": 6, "2": 4, "6": 0}),
])
def test_points_then_deduction_after_the_requirement(text: str, w: float, values: dict[str, float]) -> None:
    _scores(text, w, values)


@pytest.mark.parametrize("text, w", [
    ("每季度开展一次检查(2分,少一次扣0.5分)。", 4),  # the points in brackets are not the 分值
])
def test_points_then_deduction_near_misses_are_refused(text: str, w: float) -> None:
    _refused(text, w)


# ---- a bracketed scope note after the rule (reader._TRAILING_NOTE_RE) ---------------------------------------

def test_scope_note_after_the_rule() -> None:
    # AH7-1: cases corrected; 3 - n: 1 → 2; 3 → 0 — the note says whose score is cut, no points
    text = "行政复议案件,有1件被纠错的扣1分。(包括区政府作为被复议人,但涉及行为是相关街道具体实施的,对相关街道予以扣分)。"
    _scores(text, 3, {"0": 3, "1": 2, "3": 0})
    # variant: "含" and a pass/fail
    _scores("按时报送统计报表的得2分,否则不得分。(含月报、季报和年报,对未报送的单位予以通报)", 2, {"符合": 2, "不符合": 0})


@pytest.mark.parametrize("text, w", [
    ("按时报送年度报表,有一次未按时报送扣1分。(含未报送的,不得分)", 4),  # the bracket scores: a veto beside a count
    ("有一处未设立扣1分。(包括新建项目,每处另扣0.5分)", 5),  # points inside the note
])
def test_scope_note_near_misses_are_refused(text: str, w: float) -> None:
    _refused(text, w)


# ---- 一次性 is "at once", not a count; a rating already given is a condition; the pass's leading verb ----------

def test_one_off_is_no_count() -> None:
    # S8-3: years late; 10 - 2n: 1 → 8; 5 → 0
    _scores("项目实施前,资金一次性到位的,或根据项目年度投资计划分期到位的,得满分;资金到位滞后年度投资计划,每滞后一年扣2分,扣完为止。",
            10, {"0": 10, "1": 8, "5": 0})
    # variant: weeks late; 3 - 0.5n: 2 → 2; 6 → 0
    _scores("资金一次性足额拨付的得满分,每延迟一周扣0.5分。", 3, {"0": 3, "2": 2, "6": 0})


def test_a_rating_reached_is_a_condition() -> None:
    # AF1-3: all conditions met → 1; otherwise 0
    _scores("各县地面测报综合评定达甲等,且质量考核报表没有漏统计错情,及时上报报表数据文件和质量考核表,全部达到的,得1分;否则不得分。",
            1, {"全部达到": 1, "符合": 1, "不符合": 0})
    # variant: 综合评定为优秀等次 → 2; otherwise 0
    _scores("年度考核综合评定为优秀等次的,得2分;否则不得分。", 2, {"符合": 2, "不符合": 0})
    # near-miss: the points are set by the judge
    assert read_rule_text("由考核组综合评定,得0-5分。", 5).kind == "judgement"


@pytest.mark.parametrize("text, w, verb", [
    ("成立领导小组的,得2分,否则不得分。", 2, "成立"),
    ("编制年度预算的得1分;否则不得分。", 1, "编制"),
])
def test_leading_verb_names_the_pass(text: str, w: float, verb: str) -> None:
    _scores(text, w, {verb: w, "符合": w, "不符合": 0})


@pytest.mark.parametrize("text", ["完成任务且资料齐全的,得1分,否则不得分。", "按时完成任务的得1分,否则不得分。",
                                  "完成率达标的得1分,否则不得分。"])
def test_leading_verb_not_named_when_more_is_required(text: str) -> None:
    r = read_rule_text(text, 1)
    assert r.ok and not r.rule.names_text("完成"), r.canonical


# ---- points per time without 得, capped by the total (perunit._AWARD_RE) ---------------------------------------

@pytest.mark.parametrize("text, w, values", [
    # AH6-1: 1 per report, 2 + 4 = 6 reports make up the 6 points: min(6, n): 4 → 4; 1 → 1
    ("5.按时准确报送“法律七进”工作台账(基础数据半年报送1次共2次,动态数据每季度报送1次共4次,每次报送1分,合计6分)。", 6,
     {"6": 6, "4": 4, "1": 1, "0": 0}),
    # variant: min(2, 0.5n): 3 → 1.5; 5 → 2
    ("每开展一次宣传活动0.5分,合计2分。", 2, {"0": 0, "3": 1.5, "5": 2}),
])
def test_points_per_time_with_the_total(text: str, w: float, values: dict[str, float]) -> None:
    _scores(text, w, values)


@pytest.mark.parametrize("text, w", [
    ("按排位打分,每位次按0.25分递减", 20),  # a rank (fresh F3-1, found by the corpus while widening this)
    ("每次报送信息1分,合计6分。", 5),  # the total is not the 分值
    ("每次报送信息1分。", 5),  # no total: 1 per time up to what?
    # a schedule that does not make up its own total (2 a quarter is 8, not 4): which count is meant?
    ("按时报送工作台账(基础数据半年报送1次共2次,动态数据每季度报送2次共4次,每次报送1分,合计6分)。", 6),
])
def test_points_per_time_near_misses_are_refused(text: str, w: float) -> None:
    _refused(text, w)


# ---- points per unit made up of parts, k units making up the 分值 (perunit.read_per_unit_in_parts) ----------

@pytest.mark.parametrize("text, w, values", [
    # AH6-2: 2 per activity (1 + 1), 11 × 2 = 22: 10 → 20; 5 → 10; 10.5 (one activity half done) → 21
    ("8.按照省市部署,集中开展“1+10”法治宣传教育主题活动,按照每个主题活动的要求准时报送相关活动材料(每个主题活动2分,"
     "其中组织、指导、督促、考核工作情况1分,活动简报、总结、典型事例、图片影像等资料报送1分,11项活动共计22分);", 22,
     {"11": 22, "10": 20, "5": 10, "0": 0, "10.5": 21}),
    # variant: 2 per project (1 + 1), 5 × 2 = 10: 3 → 6; 4.5 → 9
    ("每个项目2分,其中立项1分,验收1分,5个项目共计10分。", 10, {"5": 10, "3": 6, "4.5": 9, "0": 0}),
    # variant: 4 per 场 (1 + 1 + 2), 2 × 4 = 8: 1 → 4; 1.25 (one 场 with only its first part) → 5
    ("每场培训4分,其中方案1分,签到表1分,总结及照片2分,2场培训共计8分。", 8, {"2": 8, "1": 4, "1.25": 5, "0": 0}),
])
def test_points_per_unit_in_parts(text: str, w: float, values: dict[str, float]) -> None:
    _scores(text, w, values)


@pytest.mark.parametrize("text, w", [
    ("每个项目2分,其中立项1分,验收0.5分,5个项目共计10分。", 10),  # the parts make 1.5, not 2
    ("每场培训3分,其中方案1分,签到表1分,总结1分,2场培训共计6分。", 6),  # 1 of 3 points: 0.333… of a 场
    ("每个项目2分,其中立项1分,验收1分,5个项目共计10分,未验收的扣1分。", 10),  # a deduction beside it
])
def test_points_per_unit_in_parts_near_misses_are_refused(text: str, w: float) -> None:
    _refused(text, w)


# ---- a rate of what is done reaching 100% is the start of a per-miss deduction (assemble._finish) ----------------

@pytest.mark.parametrize("text, w, values", [
    # Z21-1 (繁体): visits missed; 4 - n: 1 → 3; 2 → 2; 4 → 0
    ("堅持春節、高溫期間、老幹部生病住院及家庭發生重大變故時,主要領導或分管領導走訪慰問率達100%(4分),少1次扣1分;", 4,
     {"0": 4, "1": 3, "2": 2, "4": 0}),
    # variant: 达到100%, a miss in words; 4 - n: 3 → 1
    ("慰问走访率达到100%(4分),少一次扣1分。", 4, {"0": 4, "3": 1, "4": 0}),
    # variant: households missed; 6 - 0.5n: 2 → 5; 12 → 0
    ("各村签约服务率达100%得6分,少一户扣0.5分。", 6, {"0": 6, "2": 5, "12": 0}),
])
def test_full_rate_then_a_deduction_per_miss(text: str, w: float, values: dict[str, float]) -> None:
    _scores(text, w, values)


def test_rate_below_100_beside_a_miss_count_is_refused() -> None:
    # 90% reached and one visit missed are two different values
    _refused("慰问走访率达到90%(4分),少一次扣1分。", 4)


# ---- "(分值, 1个X N分, 满分W分)": the 分值 first in the brackets, points per unit capped (reader, perunit) ---------

@pytest.mark.parametrize("text, w, values", [
    # AA12-1: 0.5 per department, capped at 2: 1 → 0.5; 3 → 1.5; 6 → 2
    ("出台民政部门与相关部门进行信息核对的政策。(2分, 1个部门0.5分,满分2分)", 2, {"0": 0, "1": 0.5, "3": 1.5, "4": 2, "6": 2}),
    # variant: 1 per department, capped at 3: 2 → 2; 5 → 3
    ("出台政策。(3分,1个部门1分,满分3分)", 3, {"0": 0, "2": 2, "5": 3}),
    # variant: no brackets: 1 per 制度 up to 3
    ("1项制度1分,满分3分。", 3, {"1": 1, "3": 3, "4": 3}),
])
def test_points_per_unit_with_the_full_marks(text: str, w: float, values: dict[str, float]) -> None:
    _scores(text, w, values)


@pytest.mark.parametrize("text, w", [
    ("每建立1项制度1分,满分4分。", 3),  # the cap is not the 分值
    ("出台政策。(3分,1个部门1分,满分4分)", 3),  # the cap is not the 分值
])
def test_points_per_unit_with_the_full_marks_near_misses_are_refused(text: str, w: float) -> None:
    _refused(text, w)


@pytest.mark.parametrize("text, w", [
    # what 全部达到 is made of may name a grade reached, never a veto (main's guard: a score-changing note refuses)
    ("各县综合评定达甲等,且一票否决事项未发生,全部达到的,得1分;否则不得分。", 1),
    # a scope note may say whose score is cut, never how much more
    ("有1件被纠错的扣1分。(包括区政府作为被复议人,对相关街道加倍扣分)", 3),
])
def test_level_content_and_scope_notes_that_change_the_score_are_refused(text: str, w: float) -> None:
    _refused(text, w)


@pytest.mark.parametrize("text, w, values", [
    # were near misses (done or missing?) until the lead's decision (r48): the value is the count done, floor 0
    ("办好10件实事(10分,少一件扣1分)。", 10, {"10": 10, "9": 9, "0": 0}),
    ("每年召开4次联席会议,并有会议纪要4分,缺一次扣1分。", 4, {"4": 4, "3": 3, "0": 0}),
    ("办好12件实事得12分,少一件扣1分。", 12, {"12": 12, "7": 7, "0": 0}),
])
def test_a_number_to_reach_reads_the_count_done(text: str, w: float, values: dict[str, int]) -> None:
    r = read_rule_text(text, w)
    assert r.ok, r.understood
    assert {v: r.rule.score(v, w) for v in values} == values, r.canonical  # type: ignore[union-attr]
