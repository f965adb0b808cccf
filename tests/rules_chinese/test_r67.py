"""r67 (issue 11): one requirements-only module — r66's stricter exclusions in r64's (docs/notes/r67.md).

A text that lists only what must be done — no amount, no deduction, no rate, at most the row's 分值 printed once — is a
judgement (requirementsonly.py, called in reader.read_rule_text only where the reader found no scoring clause at all,
``assemble.NO_METHOD``). Taken over from r66's tests (branch r66, tests/rules_chinese/test_r66.py, all kept; the changes
are said where they are) and r64's (test_r64's section 6). Since r67 one number to reach (a count, a comparison), a
failing, a rule named elsewhere or fewer than three requirements beside a printed 分值 keep the text refused — the
corpus sentences that loses (BF7-1, CI6-2) are below, each with why; measures of two kinds or more ("2 次…1 秒…10 秒",
"不得少于1次…三分之一") are the requirements' own, no one value a row could hold (CH5-1, CH5-2, BF16-2 stay judged).

"Hand scores" of a judgement: no formula scores it — the score is typed by the person who checks, between 0 and the
分值 (``max_points`` = W)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from jixiao.rules.chinese import read_rule_text
from tests.rules_chinese.corpus import judge
from tests.rules_chinese.test_r46 import _BY_ID  # the corpus by id
from tests.rules_chinese.test_r51 import _refused  # refused, and why in Chinese

NOTE = "只写了要达到的要求，没有写怎样给分（做到几项、缺一项得几分都未写明）：由评分人判断（满分{w}分）"


def _judged(text: str, w: float) -> None:
    """``text`` is left to a person: no rule, at most W, and the note says why (in Chinese)."""
    r = read_rule_text(text, w)
    assert (r.kind, r.rule, r.unread) == ("judgement", None, []), (r.kind, r.canonical, r.understood)
    assert r.max_points == Decimal(str(w))
    assert r.understood[-1] == NOTE.format(w=w)
    assert not any("未能读懂" in u or "没有找到计分方法" in u for u in r.understood)


def _not_requirements_only(text: str, w: float) -> list[str]:
    why = _refused(text, w)
    assert not any("只写了要达到的要求" in u for u in why), why
    return why


# --- the corpus sentences ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("sid", ["AC7-7", "AZ1-2", "AZ1-3", "BE9-1", "BF16-1", "BS4-4", "AV8-2", "BS2-4", "BQ9-4",
                                 "CH5-1", "CH5-2", "BF16-2"])
def test_corpus_sentences_read(sid: str) -> None:
    assert judge(_BY_ID[sid]) == ("read", "")


@pytest.mark.parametrize("sid", [
    "AC7-7",   # fresh16: "指导初级医学生进行医疗学习活动能力" — an ability, no points at all
    "AZ1-2",   # fresh39: 纳入议事日程, 有健全的组织机构和工作机制, 由主要领导担任组长
    "AZ1-3",   # fresh39: one sentence listing eight "有…" joined by 、
    "BE9-1",   # fresh44: 县级部门 and 乡镇 each 有统计制度(存档)、台账、经费, 网络畅通 ("存档" is no grade's 档)
    "BF16-1",  # fresh45: 有…工作计划, 明确具体工作任务…
    "BS4-4",   # fresh58: the heading "…的监督(6分)" (the 分值) and four requirements
    # fresh35: four 、-parted requirements and "(5分)" — the lead's own example of "three or more requirements are a
    # judgement" (corpus comments of BB10-2, BD4-1, BQ8-1); r66 counted it one clause and left it refused
    "AV8-2",
    # fresh73: a skill exam's 操作要点 — "至少每分钟 100 次", "至少 5 厘米", "在 10 秒或更短时间内…2 次呼吸": counts, seconds and
    # centimetres, the technique's own measures (r64's read, kept by the measures rule)
    "CH5-1",
    "CH5-2",   # fresh73: "2 次人工呼吸，每次持续 1 秒…小于 10 秒…比例（30:2）"
    "BF16-2",  # fresh45: "培训不得少于1次,参加人员不得少于在编人员三分之一" — a count and a share of staff
])
def test_corpus_sentences_are_requirements_only(sid: str) -> None:
    e = _BY_ID[sid]
    _judged(e["text"], e["w"])


# --- variants (each hand score: no formula; typed 0…W) -----------------------------------------------------------

@pytest.mark.parametrize(("text", "w"), [
    # r66: an item number and a restated 分值 in brackets after the sentence: three requirements → a person scores 0…4
    ("1、建立健全工作台账,按月报送统计报表,档案管理规范。(分值4分)", 4),
    # r66: 繁体, no points printed: three requirements → 0…3
    ("領導重視,組織健全,職責明確。", 3),
    # r66: full-width punctuation, "（二）" and "本项满分2分" after: three requirements → 0…2
    ("（二）制定年度工作计划，明确责任分工；按时总结；本项满分2分。", 2),
    # r66: the indicator's name with the 分值 as a heading, then three requirements (4 clauses) → 0…6
    ("加强宣传教育(6分)。制定宣传方案,开展主题活动,建立工作台账。", 6),
    # r66: one requirement, no points printed (a pass/fail would need the points written beside it) → 0…5
    ("有完善的安全生产规章制度和操作规程", 5),
    # r64: a numbered list of steps, one a line, no points → 0…10
    ("1.洗手\n2.戴口罩\n3.核对病人信息", 10),
    # r67: three 、-parted requirements and the 分值 (AV8-2's form) → 0…3
    ("组织健全、职责明确、台账规范。(3分)", 3),
    # r67: a required absence later in the list is a requirement, not a failing (BS2-4's "無違規經營") → 0…6
    ("设施完好,有专人管理,无违规经营。(6分)", 6),
    # r67: measures of two kinds (times and minutes) in a procedure's steps → 0…10
    ("1.每次洗手不少于30秒\n2.戴口罩\n3.每日消毒2次", 10),
    # r67: a count and a share (BF16-2's form) → 0…4
    ("每年组织培训不少于2次,参训人员不少于职工总数的二分之一", 4),
])
def test_variants_are_judged(text: str, w: float) -> None:
    _judged(text, w)


# --- the convention: one or two requirements with their points ---------------------------------------------------

def test_one_or_two_requirements_with_their_points_stay_a_pass_fail() -> None:
    # the house convention (session 25): one or two requirements followed by their points are a pass/fail — 10 when
    # met, 0 when not; unchanged
    r = read_rule_text("作业批改及时,作业订正及时(10分)", 10)
    assert (r.kind, r.canonical) == ("passfail", '"符合": 10')


@pytest.mark.parametrize(("text", "w"), [
    # fresh74 CI6-2 (labelled manual; r64 judged it): two requirements and "(10分)" — by the convention a pass/fail, by
    # its label the scorer's: the text does not settle which; refused (decided in docs/notes/r67.md)
    (_BY_ID["CI6-2"]["text"], 10),
    ("台账齐全。记录规范。(5分)", 5),  # r64's variant of the same form: judged by r64, refused now
    ("按时完成项目验收。总分3分。", 3),  # r6's example (test_r6: "all or nothing, or in parts?"); r64 judged it
    ("组织健全、职责明确。(3分)", 3),  # two 、-parted requirements and the 分值
])
def test_fewer_than_three_requirements_and_the_weight_stay_refused(text: str, w: float) -> None:
    _not_requirements_only(text, w)


# --- near misses: refused, never this judgement -------------------------------------------------------------------

@pytest.mark.parametrize(("text", "w"), [
    ("制度健全,台账规范,资料完整。(10分)", 5),      # the printed 分值 is not the row's 5
    ("台账齐全。记录规范。(5分)", 10),              # r64: the bracket's points are not the 分值
    ("有专人负责,每年培训不少于两次。", 5),          # a number to reach (a requirement with a count)
    ("有一名副职以上领导分管护路工作", 5),           # a count in words and 以上
    ("每年组织培训2次,召开会议3次", 5),              # r67: two counts of one kind — either might be the row's value
    ("每季度召开一次例会,有会议记录", 5),             # r67: one count per period
    ("室外活动场地使用面积\n1200 20\n1000 15", 20),   # r64: numbers measuring nothing (a table's points)
    ("符合上述要求为A档", 5),                     # a grade and a rule printed elsewhere
    ("由考核组制定考核标准", 5),                   # the standard is set elsewhere
    ("未建立工作台账", 5),                        # a failing with no consequence
    ("建立工作台账,资料归档,未开展培训", 5),        # r67: a failing later in the list
    ("资料齐全的", 2),                            # a condition whose points are not there (test_r23's wording refusal)
    # fresh14 AA6-4 (labelled manual): "…,具有一定特色的。" — a "…的" clause with no points after it stays refused
    ("分析企业销售、成本、利润等主要指标与上年同期的变化情况及其影响因素,具有一定特色的。", 2),
    ("以实际评定的综合值为准", 60),                 # fresh34 AU6-3's shape: a value set elsewhere
    # seed 000 D11: a question of what the project achieved — its evaluators scored it by a rate (84.70 % × 10 = 8.47);
    # the seed specs keep it unreadable. fresh56 BQ4-6 ("…是否得到有效規范", labelled manual) stays refused with it
    ("项目实施后, 是否有效保障参保人员基本医疗水平", 10),
    ("查看農產品日常監督記錄和農資店,種養殖業和農業投入品使用是否得到有效規范。", 5),
    # seed 004 推进医保政府信息公开: the requirement is the rules it names (its spec took the rule from the report body);
    # fresh71 CF4-6 ("依据《条例》、省、市有关规定…编制完善", labelled manual) stays refused with it
    ("落实政府信息公开相关规定", 2),
    ("依据《条例》、省、市有关规定和具体要求编制完善,栏目名称、栏目数量等格式、内容规范,更新及时。", 1),
    ("主动公开所有文件,有效办理信息公开申请,答复及时", 3),  # "all" is a share to reach (seed 004's standard)
    ("批改率达到90%", 5),  # r64's: a share to reach
])
def test_near_misses_stay_refused(text: str, w: float) -> None:
    _not_requirements_only(text, w)


@pytest.mark.parametrize(("text", "w"), [
    # r64's: bare points in brackets after each item, a checklist written otherwise: 10 + 10 = 20 (fresh55 BP4-2's
    # form — an early r67 draft took its "(10)" after a stop for an item number and judged it)
    ("书写工整。(10)\n记录详细。(10)", 20),
    ("(1)态度认真,书写工整,书面整洁。(10) (2)内容完整,记录详细。(10)", 20),
])
def test_bare_points_are_no_requirements(text: str, w: float) -> None:
    r = read_rule_text(text, w)
    assert r.kind != "judgement", (r.kind, r.understood)


@pytest.mark.parametrize("sid", [
    # fresh45 BF7-1 (labelled manual; r64 judged it): ten requirements and one count, "有一名副职以上领导分管" — one number
    # to reach may be the row's value, a target whose shortfall is not scored (fresh42 BC2-6 "完成经营收入65万元(30分)" is
    # labelled refuse: "未完成时得几分（不得分还是按比例）没写"); r66's near miss is this clause — refused (r66's exclusion)
    "BF7-1",
    "CI6-2",   # fresh74: two requirements and the 分值 (above)
    "CF4-6",   # fresh71: rules named elsewhere (session 38's lead, kept)
])
def test_losses_are_refusals_not_wrong(sid: str) -> None:
    e = _BY_ID[sid]
    assert judge(e)[0] == "refused"
    _not_requirements_only(e["text"], e["w"])


def test_refuse_labelled_sentences_with_no_scoring_method_stay_refused() -> None:
    # r66: the corpus's refuse-labelled texts with no scoring clause (a standard elsewhere, grades without points, a
    # formula's base not printed) are not requirements only
    for sid in ("AU1-1", "AU6-3", "AX7-1", "AX8-1", "AQ1-5", "AK14-2", "BX11-2", "BI1-7", "Y3-3", "BE4-4", "BF6-1",
                "AW10-4", "BC2-6", "CC6-1", "CC6-2"):
        assert judge(_BY_ID[sid]) == ("refused-ok", ""), sid


def test_a_requirement_then_a_failing_with_an_unstated_amount_is_not_this_module() -> None:
    # r66: "未建立的扣分" names a deduction without its amount: unstated.py's judgement (its own note), not this one
    r = read_rule_text("建立台账,按月报送。未建立的扣分", 5)
    assert r.kind == "judgement" and not any("只写了要达到的要求" in u for u in r.understood)


def test_only_where_no_scoring_clause_was_found() -> None:
    # a refusal for another reason (a bracket's 分值 that is not the row's) keeps its own why, even with only
    # requirements written
    why = _not_requirements_only("有制度,有台账,有总结(分值2分)", 3)
    assert any("分值" in u for u in why)


# --- 视…情况…评分: 视 as a basis word of the judge's phrase (refusals._JUDGEMENT_RE), like 根据/按照/按 (r66) ----------

def test_bf13_4_is_judged() -> None:
    # fresh45 BF13-4 (3): item 1 (1分) is checked on the document, item 2 (2分) "視主要工作的完成情況進行評分" — a person
    # weighs how the work was done: the row is scored by hand (labelled manual)
    assert judge(_BY_ID["BF13-4"]) == ("read", "")


@pytest.mark.parametrize(("text", "w"), [
    # a person weighs the situation: no formula; 0…5 typed by hand
    ("建立工作台账(2分);检查落实情况(3分)(视落实情况进行评分)", 5),
    # 繁体, the phrase alone: 0…4 by hand
    ("視整改完成情況評分", 4),
])
def test_weighing_variants_are_judged(text: str, w: float) -> None:
    r = read_rule_text(text, w)
    assert (r.kind, r.rule) == ("judgement", None), (r.kind, r.canonical, r.understood)


def test_viewed_as_is_no_judge() -> None:
    # 视同 is "counts as", no judge: not reported in time counts as not reported — a pass/fail stays (按时报送 → 2,
    # 逾期 → 0)
    r = read_rule_text("按时报送得2分,逾期视同未报送,不得分", 2)
    assert r.kind == "passfail" and r.rule.score("符合", 2) == 2  # type: ignore[union-attr]


# --- 2. r64's leftover: one rate item inside a checklist (itemrules; a rate's definition in brackets, normalise) ------

def _items(text: str, w: float) -> list:
    r = read_rule_text(text, w)
    assert r.kind == "checklist" and r.max_points == Decimal(str(w)), (r.kind, r.understood)
    return r.items


def _item_scores(item, values: dict[str, float]) -> None:  # type: ignore[no-untyped-def]
    assert {v: item.rule.score(v, item.points) for v in values} == {v: Decimal(str(p)) for v, p in values.items()}


@pytest.mark.parametrize("sid", ["CH1-7", "AE10-5"])
def test_rate_item_corpus_sentences_read(sid: str) -> None:
    assert judge(_BY_ID[sid]) == ("read", "")


def test_ch1_7_rate_item_rounds_up() -> None:
    # fresh73 CH1-7 (9): 2 + 2 + 5; item 3 = 满意度 x: ≥ 90% → 5; below, 1 per 5 points short, a part of 5 counted as 5
    # (不足5%按5%计); < 80% → 0. 87%: 3 short → 1 step → 4; 85%: 5 → 1 → 4; 84%: 6 → 2 → 3; 80%: 10 → 2 → 3; 79% → 0.
    # "（授课评价≥20分的比例）" says what the rate counts — no band, no points of the row
    items = _items(_BY_ID["CH1-7"]["text"], 9)
    assert [(i.points, i.rule is None) for i in items] == [(2, True), (2, True), (5, False)]
    _item_scores(items[2], {"95%": 5, "90%": 5, "87%": 4, "85%": 4, "84%": 3, "80%": 3, "79%": 0})


def test_ae10_5_rate_item() -> None:
    # fresh18 AE10-5 (7): 2 + 2 + 3; item 3: ≥ 90% → 3; 88%: 2 short → 1 step → 2; 84%: 6 → 2 → 1; 79% → 0
    items = _items(_BY_ID["AE10-5"]["text"], 7)
    _item_scores(items[2], {"90%": 3, "88%": 2, "84%": 1, "79%": 0})


@pytest.mark.parametrize(("text", "w", "values"), [
    # 3 + 4; item 2: ≥ 95% → 4; 94%: 1 short → 1 step of 2 (不足2%按2%计) → 3; 92%: 3 → 2 steps → 2; < 85% → 0
    ("1.建立培训档案得3分\n2.患者满意度≥95%得4分，每低2%（不足2%按2%计）扣1分；低于85%不得分", 7,
     {"96%": 4, "94%": 3, "92%": 2, "84%": 0}),
    # 2 + 1 + 3, a definition in brackets; item 3: ≥ 80% → 3; 75%, 70%: 1 step → 2; 69%: 2 steps → 1; < 50% → 0
    ("1、有年度计划得2分；2、按时总结得1分；3、群众知晓率(回答正确的比例)≥80%得3分，每低10%（不足10%按10%计）扣1分；低于50%不得分", 6,
     {"80%": 3, "75%": 2, "70%": 2, "69%": 1, "49%": 0}),
    # no rounding written: whole steps only (the house's reading of "每低5%"): 87% → 5; 85% → 4; < 80% → 0
    ("1.有培训档案得2分\n2.满意度≥90%得5分，每低5%扣1分；低于80%不得分", 7, {"87%": 5, "85%": 4, "79%": 0}),
])
def test_rate_item_variants(text: str, w: float, values: dict[str, float]) -> None:
    rated = [i for i in _items(text, w) if i.rule is not None]
    assert len(rated) == 1
    _item_scores(rated[0], values)


@pytest.mark.parametrize(("text", "w"), [
    # two rates, each with its own scale: one 业绩值 per row (fresh12 Y5-2, fresh7 T9-6 are labelled refuse) — and whose is
    # the rounding?
    ("1.参训率≥90%得3分，每低5%（不足5%按5%计）扣1分；低于80%不得分\n2.合格率≥90%得3分，每低5%扣1分；低于80%不得分", 6),
    # no item numbers: "低于80%不得分" after a stop may be the whole row's floor — not guessed
    ("有培训档案得2分;满意度≥90%得5分,每低5%(不足5%按5%计)扣1分;低于80%不得分", 7),
    # a rounding of days inside a checklist: not put back (only a percentage step's) — refused as before
    ("1.有培训档案得2分\n2.按时上报得5分，每迟1天（不足1天按1天计）扣1分；超过5天不得分", 7),
])
def test_rate_item_near_misses(text: str, w: float) -> None:
    _refused(text, w)


def test_two_rates_stay_refused_in_the_corpus() -> None:
    for sid in ("Y5-2", "T9-6"):
        assert judge(_BY_ID[sid])[0] in ("refused", "refused-ok"), sid


# --- 3. r64's leftovers CI8-1 / CF1-1: a bonus on top of a base worth the whole 分值 — refused, and said so ------------

@pytest.mark.parametrize(("sid", "why"), [
    # fresh74 CI8-1 (100): 8 % growth → 100, 38 % → 130 by the text — above the 分值; the rule never scores above it
    ("CI8-1", "基本分之外另有加分（最高加30分）"),
    # fresh71 CF1-1 (50): 10 per project, 基本分50分, 多超多得 — 6 projects → 60 by the text
    ("CF1-1", "基本分之外另有加分（多超多得）"),
])
def test_bonus_above_the_weight_is_refused_with_its_reason(sid: str, why: str) -> None:
    e = _BY_ID[sid]
    assert judge(e)[0] == "refused"
    assert any(why in u for u in _refused(e["text"], e["w"]))


@pytest.mark.parametrize(("text", "w"), [
    # variants: the base is the 分值 (10), the bonus goes to 15 / past it
    ("完成年度目标得全部基本分,每超出目标1个百分点再加1分,最高加分不超过5分", 10),
    ("基本分10分,每超额完成1项另加2分,多超多得", 10),
])
def test_bonus_above_the_weight_variants(text: str, w: float) -> None:
    assert any("基本分之外另有加分" in u for u in _refused(text, w))


def test_bonus_within_the_weight_is_no_near_miss_of_it() -> None:
    # near miss: the base is 40 of the 50 points and the bonus fills the rest — scores stay within the 分值, never this
    # reason (read or refused by the bonus readers on their own terms)
    r = read_rule_text("基本分40分,每超出1个百分点加1分,最高加10分", 50)
    assert not any("基本分之外另有加分" in u for u in r.understood)
