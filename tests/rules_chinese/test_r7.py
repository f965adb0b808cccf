"""r7 (issue 11): checklists whose items carry their own points and, sometimes, their own small rule.

Shapes: items "要求（N分）" / "要求，得N分" / "要求 N分" after a long requirement (with 《》, 〔〕, <>, "88号" inside),
and items with their own deduction: "（3分，少一次扣1分）", "得5分，每少一次扣0.5分，扣完为止", "出现1例未处理扣2分（5分）",
"得4分，不足按比例计分". An item's own rule is scored on the item's own points (its W): the item scores between 0
and its points, and its deduction never reaches another item. The items must add up to the 分值.

Sources (tests/rules_chinese/corpus.yaml): fresh19 AF2-1, AF2-2, AF2-5; fresh20 AG15-1, AG15-2, AG14-7.
GENERALISATION holds sentences written for this family before the reader was changed (own wording, other verbs,
punctuation, order, 繁体); expected points and item scores are worked out by hand in the comments.
"""

from __future__ import annotations

from decimal import Decimal as D
from typing import Any

import pytest

from jixiao.rules.chinese import read_rule_text

#: (text, 分值, item points in order, {item index: {业绩值: item score}} for items with their own rule)
GENERALISATION: list[tuple[str, float, list[float], dict[int, dict[str, float]]]] = [
    # G1 plain bracketed items after a requirement naming a law and a 〔〕 document: 2 + 2 + 1 = 5
    ("严格执行《中华人民共和国统计法》和省统计局〔2019〕12号文件要求,建立统计工作责任制(2分);按时上报统计报表,"
     "数据真实准确(2分);统计台账完整规范(1分)。", 5, [2, 2, 1], {}),
    # G2 繁体, full-width brackets: 2 + 2 + 1 = 5
    ("建立健全檔案管理制度，明確專人負責（2分）；檔案資料分類歸檔、查閱方便（2分）；年度工作有計劃、有總結（1分）。",
     5, [2, 2, 1], {}),
    # G3 "…，得N分" items with commas inside: 2 + 3 = 5
    ("成立安全生产领导小组,明确分管领导,得2分;制定年度安全生产工作计划,并按计划组织实施,得3分。", 5, [2, 3], {}),
    # G4 an item with its own deduction in its brackets; "不少于4次" → 业绩值 = meetings held:
    # 5 held → 4 (capped); 3 held → 4 − 1 = 3; 0 held → 4 − 4 = 0.  Items 4 + 2 = 6
    ("按要求召开防汛工作会议,全年不少于4次(4分,每少一次扣1分);建立防汛物资台账(2分)。", 6, [4, 2],
     {0: {"5": 4, "3": 3, "0": 0}}),
    # G5 "得3分,每少报一次扣0.5分,扣完为止" → 业绩值 = reports missed: 0 → 3; 2 → 3 − 1 = 2; 7 → 3 − 3.5 < 0 → 0
    ("按月报送工作信息,得3分,每少报一次扣0.5分,扣完为止;参加年度培训,得2分。", 5, [3, 2],
     {0: {"0": 3, "2": 2, "7": 0}}),
    # G6 the deduction before the item's points: 业绩值 = complaints not settled: 0 → 3; 1 → 2; 4 → 0
    ("及时处理群众投诉,出现1件未按期办结扣1分(3分);建立投诉处理台账(2分)。", 5, [3, 2],
     {0: {"0": 3, "1": 2, "4": 0}}),
    # G7 "…8篇的,得4分,不足按比例计分" → 业绩值 = pieces: 8 → 4; 6 → 4 × 6 ÷ 8 = 3; item 2: 1 → 2 × 1 ÷ 2 = 1
    ("全年上报调研信息8篇的,得4分,不足按比例计分;被市级以上采用2篇的,得2分,不足按比例计分。", 6, [4, 2],
     {0: {"8": 4, "6": 3}, 1: {"2": 2, "1": 1}}),
    # G8 numbered items with bare points after 《》: 2 + 3 + 1 = 6
    ("1.按照《档案法》要求配备专职档案员2分;2.档案室配备防火、防盗、防潮设施3分;3.档案目录实现电子化1分。",
     6, [2, 3, 1], {}),
    # G9 繁体 with its own deduction; "不少於2次" → 业绩值 = meetings held: 2 → 2; 1 → 1; 0 → 0.  2 + 1 = 3
    ("全年召開專題會議不少於2次（2分，少一次扣1分）；會議紀要齊全（1分）。", 3, [2, 1],
     {0: {"2": 2, "1": 1, "0": 0}}),
    # G10 〔〕 number in the first item, a deduction inside the second: 业绩值 = reports missed: 0 → 2; 1 → 1.5;
    # 4 → 0.  2 + 2 + 1 = 5
    ("贯彻落实市政府〔2020〕15号文件精神,制定实施方案(2分);按季度报送进展情况,每少报一次扣0.5分(2分);"
     "年终形成工作总结(1分)。", 5, [2, 2, 1], {1: {"0": 2, "1": 1.5, "4": 0}}),
    # G11 "计N分" after a space, <> in the requirement, no final stop: 2 + 2 + 1 = 5
    ("落实<食品安全法>规定的主体责任，签订责任书 计2分；开展专项检查，形成检查报告 计2分；建立问题整改台账 计1分",
     5, [2, 2, 1], {}),
    # G12 corpus-like: the first item plain, the second with "每少1次扣0.5分" in its brackets (AF2-2 style):
    # 业绩值 = meetings missed: 0 → 2; 3 → 0.5; 5 → 0.  5 + 2 = 7
    ("按要求每月上报工作开展情况(5分);参加相关工作会议(2分,每少1次扣0.5分,扣完为止)。", 7, [5, 2],
     {1: {"0": 2, "3": 0.5, "5": 0}}),
]


def reads_right(text: str, w: float, points: list[float], own: dict[int, dict[str, float]]) -> tuple[bool, str]:
    """Whether the reader reads a GENERALISATION sentence as the hand-worked checklist (used by the test and
    to count what a reader reads right)."""
    r = read_rule_text(text, w)
    if r.kind != "checklist" or r.max_points != D(str(w)):
        return False, f"{r.kind} {r.max_points} {r.unread}"
    if [i.points for i in r.items] != [D(str(p)) for p in points]:
        return False, f"items {[(i.text, i.points) for i in r.items]}"
    for k, item in enumerate(r.items):
        rule: Any = getattr(item, "rule", None)
        if (rule is None) != (k not in own):
            return False, f"item {k} own rule {rule}"
        for value, score in own.get(k, {}).items():
            got = rule.score(value, item.points)
            if got != D(str(score)):
                return False, f"item {k}: {value} → {got} (want {score}) by {rule}"
    return True, ""


@pytest.mark.parametrize("text, w, points, own", GENERALISATION)
def test_generalisation(text: str, w: float, points: list[float], own: dict[int, dict[str, float]]) -> None:
    ok, why = reads_right(text, w, points, own)
    assert ok, (text, why)


#: near-misses: alike in shape, but not a checklist whose items carry their own rule — refused (or levels)
NEAR_MISSES = [
    # the items add up to 4 on a 5-point row: what the fifth point is for is not written
    ("建立工作台账(2分);按时报送报表(2分)。", 5),
    # with own deductions the items add up to 5 on a 4-point row
    ("建立台账(2分,每少一项扣1分);按时报送(3分,每少一次扣1分)。", 4),
    # a cap of 5 on a 2-point item: the deduction is the row's, not the item's — which one is not written
    ("召开工作会议(3分);报送工作信息(2分),每少一次扣1分,最多扣5分。", 5),
    # the deduction inside item 2 names item 1's 方案 — a worded failing, not a count of the item's own
    ("制定工作方案(2分);组织实施(3分),方案未经审批的扣2分。", 5),
]


@pytest.mark.parametrize("text, w", NEAR_MISSES)
def test_near_misses_are_refused(text: str, w: float) -> None:
    r = read_rule_text(text, w)
    assert r.kind != "checklist" and not r.ok, (text, r.kind, r.canonical, [(i.text, i.points) for i in r.items])


def test_levels_in_brackets_stay_levels() -> None:
    # near-miss: 资料齐全 2 / 基本齐全 1 / 不全 0 are levels of one thing, never items to add
    r = read_rule_text("资料齐全(2分);资料基本齐全(1分);资料不全(0分)。", 2)
    assert r.kind == "rule" and r.rule is not None
    assert r.rule.score("资料基本齐全", D(2)) == D(1)


# ---- corpus sentences (fresh19 / fresh20): items with their points, some with their own rule ----------------

@pytest.mark.parametrize("cid, text, w, points, own", [
    # AG15-1: the requirement names a 通知 with <> and 88号 inside; 1 + 3 + 2 + 3 + 1 = 10
    ("AG15-1", "认真执行市政府办公室《关于转发市机构编制委员会办公室等部门<关于进一步加强镇(区)统计工作的意见>的通知》"
     "(政办〔〕88号)精神,统计站单独建制,有牌子、有公章(1分);配强专职统计人员,配好兼职统计人员(3分);村(居)委会明确"
     "统计人员(2分);统计经费列入镇(区)财政预算(3分);统计站负责人调动征得市统计局同意,并及时办理交接手续(1分)。",
     10, [1, 3, 2, 3, 1], {}),
    # AG15-2: "规模(限额、资质)以上企业" is a term, not a band; 2 + 1 + 1 + 1 = 5
    ("AG15-2", "健全并落实统计报表管理制度、统计资料管理制度、统计岗位责任制度(2分);对村(居)委会及规模(限额、资质)以上企业"
     "统计工作进行管理与考评(1分);年度工作有计划、有总结(1分);统计档案资料收集齐全,归档及时(1分)。", 5, [2, 1, 1, 1], {}),
    # AF2-1: 1 + 3 + 3 = 7; item 3 "(3分，少一次扣1分)": 业绩值 = meetings missed: 0 → 3; 1 → 2; 3 → 0
    ("AF2-1", "1.成立河长制工作领导小组（1分）；落实分管领导及具体联络员，加入县河长制工作群（3分）2.单位领导班子部署河长制"
     "相关工作，年内至少3次，查看相关会议记录（3分，少一次扣1分）。", 7, [1, 3, 3], {2: {"0": 3, "1": 2, "3": 0}}),
    # AF2-5: 5 × 4 = 20; item 3 "出现1例未处理扣2分（5分）": 业绩值 = cases: 0 → 5; 2 → 1; 3 → 5 − 6 < 0 → 0
    ("AF2-5", "1.清查、建立非法挤占水域岸线用地台账（5分）；2.科学编制岸线利用规划，落实规划岸线分区管理（5分）；3.加强河道"
     "管理，加大执法力度，严厉打击非法侵占水域岸线行为，出现1例未处理扣2分（5分）；4.全面推进河湖管理范围划定工作。进一步"
     "落实河湖管护主体、责任和经费（5分）。", 20, [5, 5, 5, 5], {2: {"0": 5, "2": 1, "3": 0}}),
    # AF1-4: three items of 1; items 2 and 3 by their rate: 96% → 1, 94% → 0 (≥95.0%); 85% → 1, 84.9% → 0
    ("AF1-4", "自动气象站全年定时(每天24个时次)不发生人为因素缺测现象,得1分;否则不得分。有人自动气象站(亭湖除外)资料上传到报率"
     "≥95.0%,得1分;否则不得分。加密自动站资料上传到报率≥85.0%,得1分;否则不得分。", 3, [1, 1, 1],
     {1: {"96%": 1, "94%": 0}, 2: {"85%": 1, "84.9%": 0}}),
    # AG14-7: 5 + 4 = 9; "达4条…不足按比例": 4 → 5, 2 → 5 × 2 ÷ 4 = 2.5; "采用8条的…不足按比例": 8 → 4, 6 → 4 × 6 ÷ 8 = 3
    ("AG14-7", "商务部商务预报主站采用数量达4条的计5分,不足按比例计分;山东省商务预报主站采用8条的,计4分,不足按比例计分。",
     9, [5, 4], {0: {"4": 5, "2": 2.5}, 1: {"8": 4, "6": 3}}),
    # AG6-2 (繁体): 0.5 + 0.5 = 1; "未制定的不得分" is every item missing
    ("AG6-2", "制定質量發展十三五規劃得0.5分、根據質量發展綱要和市政府辦公室年度行動計劃制定本地區年度質量工作具體方案得0.5分;"
     "未制定的不得分。", 1, [0.5, 0.5], {}),
])
def test_corpus_items(cid: str, text: str, w: float, points: list[float], own: dict[int, dict[str, float]]) -> None:
    ok, why = reads_right(text, w, points, own)
    assert ok, (cid, why)


def test_items_keep_the_printed_characters() -> None:
    r = read_rule_text("全年召開專題會議不少於2次（2分，少一次扣1分）；會議紀要齊全（1分）。", 3)  # G9 (繁体)
    assert [i.text for i in r.items] == ["全年召開專題會議不少於2次", "會議紀要齊全"]


# ---- near-misses of the item reader (found while building it) ---------------------------------------------

@pytest.mark.parametrize("text, w", [
    # a deduction after a stop may be the whole row's (each missing item −1) — not guessed
    ("建立台账,得2分;召开会议,得3分。每少1次扣1分", 5),
    # "每少一项" after the last item: per item of the list, or of the last item's own parts?
    ("建立台账2分;报送报表,得3分,每少一项扣1分", 5),
    # bands on one measure add up to the 分值 but are levels: ≥90% 3 / ≥80% 2
    ("执行率≥90%,得3分;否则不得分。执行率≥80%,得2分;否则不得分。", 5),
    # two rates each with a per-point scale (labelled refuse in the corpus: fresh12 Y5-2)
    ("新植树木成活率在90%以上得15分,每下降一个百分点扣0.5分;新植树木保存率在90%以上得15分,每下降一个百分点扣0.5分。", 30),
    # a cap taken out by the normaliser: whose cap? (near-miss 3 above, with 扣满)
    ("召开工作会议(3分);报送工作信息(2分),每少一次扣1分,扣满2分为止。", 5),
])
def test_item_near_misses_are_refused(text: str, w: float) -> None:
    r = read_rule_text(text, w)
    assert r.kind != "checklist" and not r.ok, (text, r.kind, r.canonical, [(i.text, i.points) for i in r.items])


def test_two_otherwise_clauses_are_never_one_rule() -> None:
    # was read as `>=95%: 1; *: 0; [90%,95%): 1; *: 0` (two measures merged): now items, each by its rate
    ok, why = reads_right("资料上传率≥95%,得1分;否则不得分。报送及时率≥90%,得1分;否则不得分。", 2, [1, 1],
                          {0: {"95%": 1, "90%": 0}, 1: {"90%": 1, "89%": 0}})
    assert ok, why
    # on a 3-point row the items do not add up: refused, never the merged rule
    r = read_rule_text("资料上传率≥95%,得1分;否则不得分。报送及时率≥90%,得1分;否则不得分。", 3)
    assert not r.ok and r.kind != "checklist"


def test_an_item_with_its_own_rule_is_scored_by_hand_in_the_template() -> None:
    from jixiao.templates.authoring import STATUS_JUDGEMENT, DraftRow, _status_of_reading

    row = DraftRow("表!第1行", "产出", None, "数量", None, "会议", D(6))
    _status_of_reading(row, read_rule_text(GENERALISATION[3][0], 6))  # G4: an item "(4分,每少一次扣1分)"
    assert (row.kind, row.status, row.items) == ("judgement", STATUS_JUDGEMENT, [])
    assert any("分项自带计分规则" in n for n in row.notes) and any(">=4: W; <4: W - 1 per 1" in n for n in row.notes)
    plain = DraftRow("表!第2行", "产出", None, "数量", None, "统计", D(5))
    _status_of_reading(plain, read_rule_text(GENERALISATION[0][0], 5))  # G1: plain items stay a 是/否 checklist
    assert plain.kind == "checklist" and [p for _, p, _g in plain.items] == [D(2), D(2), D(1)]


# ---- "其中" parts that make up an item (fresh21 AH15-2) ------------------------------------------------------

@pytest.mark.parametrize("text, w, points", [
    # AH15-2: 3 + (2 = 1 + 1) → items 3, 1, 1 = 5
    ("乡镇建立群众工作站,明确有分管领导和信访专(兼)人员、有固定的接待场所的3分,村(社区)建立群众工作组记2分,其中,明确有信访"
     "专(兼)干的记1分,报酬落实的记1分。", 5, [3, 1, 1]),
    # variant: 其中 with a colon, the parts first: (4 = 1.5 + 2.5) + 1 → 1.5, 2.5, 1 = 5
    ("建立网格化管理体系得4分,其中:配备网格员得1.5分,网格员经过培训得2.5分;建立网格工作台账得1分。", 5, [1.5, 2.5, 1]),
])
def test_parts_of_an_item(text: str, w: float, points: list[float]) -> None:
    ok, why = reads_right(text, w, points, {})
    assert ok, why


def test_parts_that_do_not_make_up_their_item_are_refused() -> None:
    # near-miss: 1 + 0.5 ≠ 2 — items inside items (README: 分项里套分项), not guessed
    r = read_rule_text("建立工作组记2分,其中,明确专干的记1分,报酬落实的记0.5分;建立台账3分", 5)
    assert r.kind != "checklist" and not r.ok


def test_w13_3_two_counts_are_two_items() -> None:
    # fresh10 W13-3 (labelled checklist 8; once read wrongly as ">=2: 4; [2,2): 4", then refused): each item by its
    # own count — 2 sessions → 4, 1 → 0 (不少于2次, nothing for fewer)
    ok, why = reads_right("党委、党组每年专题学法或集中学法不少于2次(4分),举办领导干部法制讲座每年不少于2次(4分)。", 8, [4, 4],
                          {0: {"2": 4, "1": 0}, 1: {"3": 4, "0": 0}})
    assert ok, why


def test_an_alternative_inside_an_item_is_no_note() -> None:
    # near-miss (test_i11h): "(书面述职得0.25分)" is a lesser way inside the item, not a bracketed note
    r = read_rule_text("成员单位职责明确的得0.25分,有工作计划和总结的得0.25分,进行工作述职(书面述职得0.25分)的得0.5分。", 1)
    assert r.kind != "checklist"


def test_an_items_or_levels_refusal_stands() -> None:
    # near-miss: 完整 2 / 较完整 1 on a 3-point row — items or levels? the clause path's refusal stands (i11d)
    r = read_rule_text("内容完整得2分;内容较完整得1分", 3)
    assert r.kind == "unreadable" and any("互斥" in u for u in r.understood)


@pytest.mark.parametrize("text, w", [
    # a deduction after the last of several items in one clause: the last item's, or the row's? not guessed
    ("建立台账2分,按时报送3分,每发现一处问题扣1分", 5),
    # bands on one count, the second measure shorter ("开" in "开会"): levels, not items
    ("开会2次以上得2分,开1次得1分;建立台账2分", 5),
])
def test_more_item_near_misses(text: str, w: float) -> None:
    r = read_rule_text(text, w)
    assert r.kind != "checklist" and not r.ok, (text, r.kind, [(i.text, i.points, str(i.rule)) for i in r.items])


@pytest.mark.parametrize("text, w", [
    # found in r7 (pre-existing): two levels of one subject with bare points were read as items 3 + 2
    ("年度考核优秀(3分);年度考核合格(2分)", 5),
    # found in r7 (pre-existing): an "item" worth 0 is a level ("未经审批(0分)"), never an item
    ("制定方案(2分);方案经审批(1分);方案未经审批(0分)", 3),
])
def test_levels_with_bare_points_are_not_items(text: str, w: float) -> None:
    assert read_rule_text(text, w).kind != "checklist"


def test_items_of_one_subject_that_are_no_levels_stay_items() -> None:
    # fresh4 P2-1 (labelled items): 目标明确 / 目标细化 / 目标量化 — 1 + 1.5 + 1.5 = 4
    assert reads_right("目标明确(1分),目标细化(1.5分),目标量化(1.5分)", 4, [1, 1.5, 1.5], {})[0]
