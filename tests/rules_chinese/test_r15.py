"""r15 (issue 11): a requirement, then what happens when it is not met — failures and their consequences.

The failure is a clause ending in 的/者 or a 未/无/没有/不 phrase (or a thing in a failed state, or an accident that
happened); its consequence is one of 不得分 / 此项不得分 / 不计分 / 计0分 / 全扣 / N分全扣 / 扣N分. Shapes:

* COSTED — several failures, each with its own deduction: levels, "符合" = the 分值, each failure the 分值 less its
  deduction ("无领导小组,5分全扣;领导小组成员已变动未有文字材料,扣2分", fresh27 AN7-1). Read only when the failures
  exclude each other or one costs everything: at most one costs part of the row, or the partial ones are states of
  two duties ("只A,不B" / "只B,不A" / "既不A,也不B", fresh24 AK1-5). An absence and a defect of the same thing, both
  partial ("未建立台账扣3分;台账记录不全扣1分"), stay refused as test_r9 decided. Two partial deductions that can both happen ADD UP: never levels — a checklist when they add up to the
  分值 (deductionlist.py, as before), else refused. A count ("每发现一处", "1处") is never a level.
* 全扣 — "…的全扣" / "5分全扣" (the 分值) = 不得分 (fresh27 AN7-2, fresh25 AL4-2); "资料不全扣5分" keeps its 不全.
* EVIDENCE — "…未组建的不得分,以会议记录为准" (fresh24 AK5-1/2): "以…为准/为依据" after a failure's consequence is a note,
  for every shape ("…反之不得分。以落实和资金到帐为依据。", fresh26 AM9-1/4 checklists; "(以环保局审批项目为准)" AL1-6).
* NUMBERS — the row's own number "7、" (fresh25 AL1-7) and the item referred to "第23项…" (fresh26 AM2-4) are notes.
* REQUIREMENT, ONE FINDING — "加强…,100%完成…等工作。发现一处…未整改到位的全扣" (fresh25 AL4-2): the value is the count of
  findings; the requirement may hold "100%" (all of it), no other number.
* LISTED REQUIREMENTS, THEN THE FAILURE — "有A、签订B、…、年度发生…事故不计分" (fresh24 AK14-1).

Expected scores are worked out by hand in the comments.
"""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from jixiao.rules.chinese import read_rule_text
from tests.rules_chinese.test_r11 import _failing_right as _scores_right

# ---- the corpus sentences -------------------------------------------------------------------------------------------

CORPUS: list[tuple[str, str, float, dict[str, float]]] = [
    # fresh27 AN7-1: 5分全扣 = 5 − 5 = 0; 成员变动 5 − 2 = 3
    ("AN7-1", "无领导小组,5分全扣;领导小组成员已变动未有文字材料,扣2分。", 5,
     {"符合": 5, "无领导小组": 0, "领导小组成员已变动未有文字材料": 3}),
    # fresh27 AN7-2: one failure, 5分全扣 on a 5-point row → 0
    ("AN7-2", "无工作网络资料,5分全扣。", 5, {"符合": 5, "无工作网络资料": 0}),
    # fresh27 AN7-3: 扣5分 = the 分值 → 0; 不具体 5 − 2 = 3
    ("AN7-3", "无巡查、劝导记录,扣5分;巡查、劝导纪录不具体,扣2分。", 5,
     {"符合": 5, "无巡查、劝导记录": 0, "巡查、劝导纪录不具体": 3}),
    # fresh24 AK1-5: 40 − 6 = 34; 40 − 15 = 25; 40 − 30 = 10
    ("AK1-5", "A、只防疫,不填表的扣6分。B、只填表,不防疫的扣15分。C、既不防疫,也不填表的扣30分。", 40,
     {"符合": 40, "只防疫,不填表": 34, "只填表,不防疫": 25, "既不防疫,也不填表": 10}),
    # fresh24 AK5-1: 组建 2, 未组建 0
    ("AK5-1", "各村居成立领导小组和工作班子,由村居党组织书记负总责,组织专门力量、明确分工和职责。未组建的不得分,以会议记录为准。",
     2, {"符合": 2, "未组建": 0}),
    # fresh24 AK5-2
    ("AK5-2", "召开村居两委会和相关人员参加的专门辅导会议,落实工作任务。未开会培训的不得分,以会议记录为准。", 4,
     {"符合": 4, "未开会培训": 0}),
    # fresh26 AM2-4: 第23项 is the item referred to; 未按要求建立 0
    ("AM2-4", "第23项未按要求建立工程建设项目工资支付监控系统的,此项不得分。", 2, {"符合": 2, "未按要求建立": 0}),
    # fresh25 AL1-7: value = cases found; 0 → 1, any → 0
    ("AL1-7", "7、依法对违法排污企业进行处罚,得1分,发现1例未执法处理的不得分", 1, {"0": 1, "1": 0, "3": 0}),
    # fresh25 AL4-2: value = outlets found; 0 → 5, any → 0
    ("AL4-2", "加强沿河企业污染治理，100%完成排污口封堵及接管限排、点源治理等工作。发现一处工业污水乱排放口并在限期内未整改到位的全扣。",
     5, {"0": 5, "1": 0, "3": 0}),
    # fresh24 AK14-1: the accident → 0; 符合 10
    ("AK14-1", "有安全管理措施上墙、签订安全生产责任状、有安全生产教育学习记录及检查记录、作业场所消防设施齐全、"
     "年度发生一般以上农机安全生产事故不计分", 10, {"符合": 10, "年度发生一般以上农机安全生产事故": 0}),
    # fresh9 V10-3: the bracket says when the failure holds (视为), no points; 扣2分 = the 分值 → 0
    ("V10-3", "村组党员干部要带头执行禁烧规定。建立村、组两级禁烧工作网络,实行村干部包社、田块包干责任落实到人,未落实包干责任的扣2分。"
     "(相关资料必须报乡禁烧办留存,否则视为责任落实不到位)。", 2, {"符合": 2, "未落实包干责任": 0}),
    # fresh25 AL1-6: value = cases; 2 − 0.5 n: 1 → 1.5, 4 → 0
    ("AL1-6", "3、认真执行辖区内建设项目“三同时”,得2分,每发现1例未执行“三同时”的扣0.5分,扣完为止(以环保局审批项目为准)", 2,
     {"0": 2, "1": 1.5, "4": 0}),
]


@pytest.mark.parametrize("sid, text, w, scores", CORPUS, ids=[c[0] for c in CORPUS])
def test_corpus(sid: str, text: str, w: float, scores: dict[str, float]) -> None:
    ok, why = _scores_right(text, w, scores)
    assert ok, (sid, why)


@pytest.mark.parametrize("sid, text, w, total", [
    # fresh26 AM9-1: 落实 1 + 建立 2 = 3, then the evidence note
    ("AM9-1", "落实的,得1分,建立的,得2分,反之不得分。以落实和资金到帐为依据。", 3, 3),
    # fresh26 AM9-4: 1 + 1 = 2
    ("AM9-4", "建立或成立的得1分,开展服务的,得1分,反之,不得分。以察看和检查台账为依据。", 2, 2),
])
def test_corpus_checklists_with_evidence(sid: str, text: str, w: float, total: float) -> None:
    r = read_rule_text(text, w)
    assert r.kind == "checklist" and r.max_points == D(str(total)), (sid, r.kind, r.unread)


def test_short_forms_of_exclusive_states_not_added() -> None:
    """"既不防疫" alone is also the state "只填表,不防疫" (25): never named 10 on its own."""
    r = read_rule_text("A、只防疫,不填表的扣6分。B、只填表,不防疫的扣15分。C、既不防疫,也不填表的扣30分。", 40)
    assert not r.rule.names_text("既不防疫") and not r.rule.names_text("也不填表")


def test_listed_requirements_are_no_failing_levels() -> None:
    """The requirements before the failing event are never levels worth 0."""
    r = read_rule_text("有安全管理措施上墙、签订安全生产责任状、作业场所消防设施齐全、年度发生一般以上农机安全生产事故不计分", 10)
    assert r.ok and not r.rule.names_text("签订安全生产责任状")


# ---- variants written by hand ----------------------------------------------------------------------------------------

VARIANTS: list[tuple[str, float, dict[str, float]]] = [
    # COSTED C1: absence costs everything (不得分), a defect 1 of 4 → 4 − 1 = 3
    ("未建立工作台账的,不得分;台账记录不完整的,扣1分。", 4, {"符合": 4, "未建立工作台账": 0, "台账记录不完整": 3}),
    # COSTED C2: 此项不得分 and 扣2分 on a 6-point row → 0 / 6 − 2 = 4
    ("没有应急预案,此项不得分;应急预案未演练,扣2分。", 6, {"符合": 6, "没有应急预案": 0, "应急预案未演练": 4}),
    # COSTED C4: exclusive states of two duties (只…不… / 既不…也不…): 20 − 4 = 16, 20 − 8 = 12, 20 − 20 = 0
    ("只宣传,不登记的扣4分;只登记,不宣传的扣8分;既不宣传,也不登记的扣20分。", 20,
     {"只宣传,不登记": 16, "只登记,不宣传": 12, "既不宣传,也不登记": 0, "符合": 20}),
    # COSTED C5: a requirement first (a note), then 3分全扣 (the 分值) and a defect: 3 − 1 = 2
    ("建立巡查制度,定期开展巡查。无巡查记录,3分全扣;巡查记录不规范,扣1分。", 3,
     {"符合": 3, "无巡查记录": 0, "巡查记录不规范": 2}),
    # COSTED C7: the failures parted by commas only, each consequence its own clause: 5 − 5 = 0, 5 − 2 = 3
    ("无领导小组,5分全扣,领导小组成员已变动未有文字材料,扣2分。", 5,
     {"符合": 5, "无领导小组": 0, "领导小组成员已变动未有文字材料": 3}),
    # COSTED C8: a requirement sentence first, then comma-parted failures: the requirement is no part of a level name
    ("各村成立领导小组。无领导小组,5分全扣,成员变动未有文字材料扣2分。", 5,
     {"符合": 5, "无领导小组": 0, "成员变动未有文字材料": 3}),
    # COSTED C9: what is checked, then the failure, in one comma sentence; the absence 0, the defect 3 − 1 = 2
    ("查看会议纪要,未召开专题会议的不得分,专题会议未形成纪要的扣1分。", 3,
     {"符合": 3, "未召开专题会议": 0, "专题会议未形成纪要": 2}),
    # COSTED C10: a failure of two parts "A、B" — each part names the same level (0); the defect 4 − 1 = 3
    ("未建立制度、未执行制度的不得分;制度执行不到位的扣1分。", 4,
     {"未建立制度": 0, "未执行制度": 0, "制度执行不到位": 3}),
    # 全扣 Q1: "的全扣" alone = 不得分
    ("未按时报送统计报表的全扣。", 2, {"符合": 2, "未按时报送统计报表": 0}),
    # 全扣 Q2: "分数全部扣除"
    ("没有工作计划的,分数全部扣除。", 3, {"符合": 3, "没有工作计划": 0}),
    # 全扣 Q3: other words for the whole row: "一律不得分", "取消该项得分", "得分为0" (4 − 4 = 0; 4 − 2 = 2)
    ("各村成立工作专班。未成立的,一律不得分。", 4, {"符合": 4, "未成立": 0}),
    ("无工作专班,取消该项得分;工作专班职责不明确,扣2分。", 4, {"符合": 4, "无工作专班": 0, "工作专班职责不明确": 2}),
    ("无工作专班,得分为0;工作专班职责不明确,扣2分。", 4, {"符合": 4, "无工作专班": 0, "工作专班职责不明确": 2}),
    # EVIDENCE E1: "以…为依据" after the failure
    ("各乡镇设立信访接待室,明确专人负责。未设立的不得分,以现场查看为依据。", 2, {"符合": 2, "未设立": 0}),
    # EVIDENCE E2: in brackets, "以…为准"
    ("未签订目标责任书的不得分(以签订的责任书为准)。", 3, {"符合": 3, "未签订目标责任书": 0}),
    # DEEMED D1: "(…视为未开展)" after the failure is a note; 扣3分 = the 分值 → 0
    ("定期开展消防演练,未开展的扣3分。(无演练记录的,视为未开展)", 3, {"符合": 3, "未开展": 0}),
    # NUMBERS N1: the item referred to, "第5条"
    ("第5条未按规定公开办事流程的,此项不得分。", 1, {"符合": 1, "未按规定公开办事流程": 0}),
    # NUMBERS N2: the row's own number, then an award and one finding: 0 → 2, any → 0
    ("4、按时完成整改,得2分,发现1处未整改到位的不得分", 2, {"0": 2, "1": 0, "2": 0}),
    # FINDING F1: a requirement, then one finding (一起 → 1起) worth the row: 0 → 4, any → 0
    ("加强建筑工地扬尘管控,落实各项防尘措施。发现一处工地未覆盖裸土的全扣。", 4, {"0": 4, "1": 0, "5": 0}),
    # FINDING F2: "100%" in the requirement; 不得分
    ("100%完成问题整改销号工作。发现1个问题未整改销号的,不得分。", 3, {"0": 3, "1": 0}),
    # LISTED L1: requirements, then a negated failure: 符合 6, the failure 0
    ("有工作方案、有工作台账、有年度总结、未按时上报数据的不得分", 6, {"符合": 6, "未按时上报数据": 0}),
    # LISTED L2: requirements, then an accident in the year
    ("制度上墙、配备消防器材、全年发生火灾事故的不得分。", 5, {"符合": 5, "全年发生火灾事故": 0}),
]


@pytest.mark.parametrize("text, w, scores", VARIANTS)
def test_variants(text: str, w: float, scores: dict[str, float]) -> None:
    ok, why = _scores_right(text, w, scores)
    assert ok, (text, why)


# ---- near-misses that must be refused --------------------------------------------------------------------------------

NEAR_MISSES: list[tuple[str, float]] = [
    # two partial deductions that can both happen (2 + 1 ≠ 5, so no checklist either): 5 − 3 = 2 when both — no level
    ("未建立工作台账扣2分;未按时上报扣1分。", 5),
    # two failures each with 或, different deductions: they may both happen (1 + 2 ≠ 5)
    ("运行机构未配置或不健全的扣1分;岗位职责未制定或不健全的扣2分。", 5),
    # beside a failure costing everything, two defects of the same 台账 that may both happen (不全 and 不规范)
    ("未建立台账的不得分;台账不全扣1分;台账不规范扣2分。", 5),
    # an absence, its defect, and a third failure that may come on top of either
    ("未制定实施方案的扣6分;实施方案不完善的扣3分;未按时上报的扣2分。", 20),
    # another measure that only starts with the thing (fresh11 X13-3's wording): 2 + 2 both possible, a checklist
    # (labelled so) — never levels; 2 + 1 ≠ 5 here, so refused
    ("职代会和厂务公开建制率不达标扣2分,未召开职代会扣1分", 5),
    # an absence and a defect of the same thing, both partial: test_r9 decided they may happen together (3 + 1 = 4:
    # not a checklist either, a lesser level) — refused; so fresh19 AF10-3 ("资金未落实扣2分;资金配额不足扣1分") stays
    # refused, and so does an earlier variant of this file (未制定实施方案 / 实施方案不完善)
    ("未建立台账扣3分;台账记录不全扣1分。", 4),
    ("未制定实施方案的扣6分;实施方案不完善的扣3分。", 10),
    ("台账未更新扣1分;台账不全扣2分。", 5),
    # a count: "任何一个" 队伍 short of people is counted (fresh25 AL8-4's wording), never one level
    ("无应急队伍的不得分;任何一个队伍人数不足的扣1分;队伍未经培训的扣1分。", 4),
    # one exclusive-state wording beside an unrelated failure: both may happen
    ("只宣传,不登记的扣4分;未按时上报的扣8分。", 20),
    # a count mixed in: "每发现一处" is a count, never a level
    ("无巡查记录扣5分;每发现一处记录不全扣1分,另行通报。", 5),
    # the requirement holds a standard ("不少于20天"): not met, what then? the finding alone is not the whole rule
    ("每月在岗不少于20天。发现1次脱岗未请假的全扣。", 10),
    # an award without a failure, then the evidence: the award 0.3 contradicts the 分值 3 (fresh10 W10-1)
    ("年内召开专题会议1次以上记0.3分(以会议记录为准);", 3),
]


@pytest.mark.parametrize("text, w", NEAR_MISSES)
def test_near_misses_refused(text: str, w: float) -> None:
    r = read_rule_text(text, w)
    assert not r.ok and r.rule is None and r.kind != "checklist", (text, r.kind, r.canonical)


def test_not_in_full_deduction_stays_a_deduction() -> None:
    """"资料不全扣5分" is 不全 + 扣5分, never 全扣 (fresh19 AF6-3): 15 − 5 n for the findings."""
    r = read_rule_text("按时完成初验手续,资料齐全,上报及时得15分,未完成镇村级初验扣5分,资料不全扣5分,"
                       "规定时间未上报验收资料扣5分。", 15)
    assert "不得分" not in " ".join(r.understood)
