"""r11 (issue 11): a heading worth the 分值 followed by items, and one flat failing worth the whole 分值.

Shapes:

* HEADING — "②低保动态管理计2分。入户率100%计0.5分,…计0.5分。": the first sentence names the row's topic and its
  分值 ("…计N分。" / "…得N分:" with N the 分值); the items after it, each "…计N分", add up to N → a checklist of those
  items (the heading is a note). Items that do not add up to the heading, or a heading that is not the 分值, are refused.
* FLAT FAILING — "责任未分解落实扣2分。" on a 2-point row: the only scoring clause names what fails and deducts the whole
  分值 (or "扣完此项分数") → pass/fail "符合": W; "<the failing words>": 0. Failing words may come after a subject
  ("责任未分解落实"), be a failure verb without a negation ("车窗玻璃发现损坏"), or list several things ("…缺失或信息
  不完整"). Two different deductions that can happen together stay refused (no one level is right for both).

Sources (tests/rules_chinese/corpus.yaml): fresh23 AJ1-1, AJ1-3; fresh22 AI5-3, AI6-3, AI9-2, AI9-5.
GENERALISATION holds sentences written for this family BEFORE the reader was changed (own wording, other verbs,
punctuation, order, 繁体); expected points and scores are worked out by hand in the comments.
"""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from jixiao.rules.chinese import read_rule_text

#: (text, 分值, item points in order) — a heading worth the 分值, then items adding up to it
GENERALISATION_ITEMS: list[tuple[str, float, list[float]]] = [
    # H1 circled number, 计N分 heading, three 1-point items: 1 + 1 + 1 = 3 = heading 3 = 分值
    ("③档案管理计3分。有专人管理计1分,档案分类归档计1分,查阅登记齐全计1分。", 3, [1, 1, 1]),
    # H2 "2、" numbering, 得N分 heading and 得N分 items: 1 + 1 = 2
    ("2、宣传工作得2分。制定宣传方案得1分,开展宣传活动得1分。", 2, [1, 1]),
    # H3 繁体, full-width commas: 2 + 1 + 1 = 4
    ("④安全生產管理計4分。有安全制度計2分，有應急預案計1分，有演練記錄計1分。", 4, [2, 1, 1]),
    # H4 "(一)" numbering, items parted by "；": 0.5 + 0.5 + 1 = 2
    ("(一)组织保障计2分。成立领导小组计0.5分；明确专人负责计0.5分；制定工作方案计1分。", 2, [0.5, 0.5, 1]),
    # H5 no numbering, four 0.25-point items: 4 × 0.25 = 1
    ("信息公开计1分。公开办事流程计0.25分,公开收费标准计0.25分,公开监督电话计0.25分,公开办理结果计0.25分。",
     1, [0.25, 0.25, 0.25, 0.25]),
]

#: (text, 分值, {业绩值: score}) — one flat failing worth the whole 分值: "符合" → W, the failing words → 0
GENERALISATION_FAILING: list[tuple[str, float, dict[str, float]]] = [
    # F1 subject, then 未 in the middle, 扣W分 with W = 3: 符合 3, failing 0
    ("制度未执行到位扣3分。", 3, {"符合": 3, "制度未执行到位": 0}),
    # F2 a failure verb with no negation word, "的扣2分" without a stop; W = 2
    ("车辆灯光损坏的扣2分", 2, {"符合": 2, "车辆灯光损坏": 0}),
    # F3 "A缺失或过期的,扣4分。" (a comma before 扣); W = 4
    ("消防器材缺失或过期的,扣4分。", 4, {"符合": 4, "消防器材缺失或过期": 0}),
    # F4 "分解" inside the failing words (a 分 that is no score); W = 2
    ("任务未分解到人扣2分", 2, {"符合": 2, "任务未分解到人": 0}),
    # F5 繁体, "扣完此項分數" = all points deducted; W = 3
    ("資料不合要求扣完此項分數。", 3, {"符合": 3}),
    # F6 繁体, a failure verb, 扣W分; W = 2
    ("檢查記錄缺失的扣2分。", 2, {"符合": 2}),
    # F7 a check note first, then the failing clause with "扣完该项分数"; W = 5
    ("查看现场及台账,台账不全扣完该项分数。", 5, {"符合": 5, "台账不全": 0}),
]

#: wordings alike that must be refused (kind "unreadable", no rule)
NEAR_MISSES: list[tuple[str, float]] = [
    # heading 2 but items add up to 1: what gives the other point?
    ("②低保动态管理计2分。入户率100%计0.5分,按规定时间申报计0.5分。", 2),
    # heading 2 is not the 分值 3
    ("②低保动态管理计2分。入户率100%计1分,按时申报计1分。", 3),
    # items add up past the heading: 1 + 1 + 1 = 3 ≠ 2
    ("档案管理计2分。有专人计1分,分类归档计1分,查阅登记计1分。", 2),
    # two different deductions that can happen together (2 + 1 on a 5-point row, so no checklist): no one level is
    # right when both happen
    ("车窗玻璃损坏的扣2分,车门损坏的扣1分", 5),
    # a failing that compares with the row's target: the row must hold the target
    ("未完成年度目标值的扣2分。", 2),
]


def _checklist_right(text: str, w: float, points: list[float]) -> tuple[bool, str]:
    r = read_rule_text(text, w)
    if r.kind != "checklist" or r.max_points != D(str(w)):
        return False, f"{r.kind} {r.max_points} {r.unread}"
    got = [i.points for i in r.items]
    if got != [D(str(p)) for p in points]:
        return False, f"items {[(i.text, i.points) for i in r.items]}"
    return True, ""


def _failing_right(text: str, w: float, scores: dict[str, float]) -> tuple[bool, str]:
    r = read_rule_text(text, w)
    if not r.ok or r.rule is None:
        return False, f"{r.kind} {r.unread}"
    for value, score in scores.items():
        try:
            got = r.rule.score(value, D(str(w)))
        except Exception as e:  # noqa: BLE001 — a gap or a syntax error is a miss, reported
            return False, f"{value}: {e}"
        if got != D(str(score)):
            return False, f"{value} → {got} (want {score}) by {r.canonical}"
    return True, ""


def generalisation_counts() -> tuple[int, int]:
    """(read right, total) over both generalisation lists — reported in the hand-over note."""
    right = sum(_checklist_right(*g)[0] for g in GENERALISATION_ITEMS)
    right += sum(_failing_right(*g)[0] for g in GENERALISATION_FAILING)
    return right, len(GENERALISATION_ITEMS) + len(GENERALISATION_FAILING)


@pytest.mark.parametrize("text, w, points", GENERALISATION_ITEMS)
def test_heading_then_items(text: str, w: float, points: list[float]) -> None:
    ok, why = _checklist_right(text, w, points)
    assert ok, (text, why)


@pytest.mark.parametrize("text, w, scores", GENERALISATION_FAILING)
def test_one_flat_failing(text: str, w: float, scores: dict[str, float]) -> None:
    ok, why = _failing_right(text, w, scores)
    assert ok, (text, why)


@pytest.mark.parametrize("text, w", NEAR_MISSES)
def test_near_misses_refused(text: str, w: float) -> None:
    r = read_rule_text(text, w)
    assert not r.ok and r.rule is None and r.kind != "checklist", (text, r.kind, r.canonical)


# ---- the corpus sentences (tests/rules_chinese/corpus.yaml) -------------------------------------------------------

@pytest.mark.parametrize("text, w, points", [
    # fresh23 AJ1-1: heading 低保动态管理 2 = 分值; 4 × 0.5 = 2
    ("②低保动态管理计2分。入户率100%计0.5分,按规定时间申报计0.5分,低保对象有进有出计0.5分,来信来访登记齐全并及时处理"
     "计0.5分。", 2, [0.5, 0.5, 0.5, 0.5]),
    # fresh23 AJ1-3: heading 2 = 分值; 4 × 0.5 = 2
    ("④社会救助办公场所建设计2分。有组织领导计0.5分,有宣传窗计0.5分,有公开栏计0.5分,有电脑设备并联网计0.5分。", 2,
     [0.5, 0.5, 0.5, 0.5]),
    # fresh23 AJ11-1: a long heading with commas and "永久基本农田" (基本 names no lesser level here); 1 + 1 = 2
    ("1.严格保护永久基本农田和坝区优质耕地,加强耕地数量、质量、生态“三位一体”保护,加强耕地管控、建设、激励多措并举保护计2分。"
     "落实各级土地利用总体规划下达的永久基本农田保护目标任务计1分,未落实的计0分;落实坝区永久基本农田划定比例,符合省级要求"
     "计1分,未落实的计0分。", 2, [1, 1]),
])
def test_corpus_heading_then_items(text: str, w: float, points: list[float]) -> None:
    ok, why = _checklist_right(text, w, points)
    assert ok, (text, why)


@pytest.mark.parametrize("text, w, scores", [
    # fresh22 AI5-3: 扣2分 on a 2-point row = 不得分; 符合 2, the failing 0
    ("责任未分解落实扣2分。", 2, {"符合": 2, "责任未分解落实": 0}),
    # fresh22 AI6-3 (繁体): a check note, then "扣完此項分數" = 不得分; 符合 3, 不合要求 0
    ("查看會議記錄及相關資料,不合要求扣完此項分數。", 3, {"符合": 3, "不合要求": 0}),
    # fresh22 AI9-2: a failed state without negation; 符合 2, the failing 0
    ("车窗玻璃发现损坏的扣2分", 2, {"符合": 2, "车窗玻璃发现损坏": 0}),
    # fresh22 AI9-5: a list of things, 缺失或…不完整; 符合 3, the failing 0
    ("线路走向图、乘坐规则、服务监督电话缺失或信息不完整的扣3分", 3,
     {"符合": 3, "线路走向图、乘坐规则、服务监督电话缺失或信息不完整": 0}),
])
def test_corpus_one_flat_failing(text: str, w: float, scores: dict[str, float]) -> None:
    ok, why = _failing_right(text, w, scores)
    assert ok, (text, why)


@pytest.mark.parametrize("text, w", [
    # fresh23 AJ1-5: deductions under the heading (同额扣分并入次数, labelled as a count) are never items here
    ("⑥救助档案管理计2分。申报对象档案资料不齐扣1分,档案管理不规范的扣1分。", 2),
    # a heading naming a lesser level: "基本完成…计2分" is a level beside the items, not the topic
    ("基本完成年度任务计2分。有工作方案计1分,有工作总结计1分。", 2),
])
def test_heading_not_taken(text: str, w: float) -> None:
    assert read_rule_text(text, w).kind != "checklist", text


# ---- several failed states, each costing its part, adding up to the 分值: a checklist (written after the change) ----

@pytest.mark.parametrize("text, w, points", [
    # fresh22 AI9-1: 失控 3 + 未设置 3 = 6 = 分值; both happen → 6 − 3 − 3 = 0, one → 3
    ("车门开关失控的扣3分,未设置缓冲装置的扣3分", 6, [3, 3]),
    # variant: two failed states, 2 + 1 = 3
    ("灭火器过期的扣2分,应急灯损坏的扣1分", 3, [2, 1]),
])
def test_failed_states_as_items(text: str, w: float, points: list[float]) -> None:
    ok, why = _checklist_right(text, w, points)
    assert ok, (text, why)


@pytest.mark.parametrize("text, w, scores", [
    # fresh23 AJ15-1 (繁体): "未開展的或未通過部、省驗收的" — each failing alternative named without its 的; 10 / 0 / 0
    ("定期開展土地節約集約利用評價,且通過部、省國土資源部門驗收的,得10分。未開展的或未通過部、省驗收的,不得分。", 10,
     {"符合": 10, "未開展": 0, "未通過部、省驗收": 0}),
    # variant (written after the change): 建立台账 5; 未建立的 / 未按月更新的 both 0
    ("建立工作台账并按月更新的,得5分。未建立的或未按月更新的,不得分。", 5, {"符合": 5, "未建立": 0, "未按月更新": 0}),
])
def test_failing_alternatives_without_de(text: str, w: float, scores: dict[str, float]) -> None:
    ok, why = _failing_right(text, w, scores)
    assert ok, (text, why)


# ---- levels from the 分值 down that stop above 0, points after each sentence's stop (written after the change) ----

@pytest.mark.parametrize("text, w, scores", [
    # fresh22 AI3-1: 建立健全 1 / 尚未建立 0.5
    ("成立应急管理专家组,建立健全专家决策咨询制度。(1分)成立应急管理专家组,尚未建立专家决策咨询制度。(0.5分)", 1,
     {"成立应急管理专家组,建立健全专家决策咨询制度": 1, "成立应急管理专家组,尚未建立专家决策咨询制度": 0.5}),
    # fresh22 AI3-3: 按规定及时修订 1 / 未能及时 0.5
    ("制订应急预案管理办法,按规定及时修订总体预案、专项预案。(1分)制订应急预案管理办法,未能及时按规定修订总体预案、专项预案。"
     "(0.5分)", 1, {"制订应急预案管理办法,按规定及时修订总体预案、专项预案": 1,
                   "制订应急预案管理办法,未能及时按规定修订总体预案、专项预案": 0.5}),
    # fresh22 AI3-2: quotes in the names are not part of them; 2 / 1
    ("建立“横向到边、纵向到底”的应急预案体系。(2分)应急预案体系“横向到边、纵向不到底”或“纵向到底、横向不到边”。(1分)", 2,
     {"建立横向到边、纵向到底的应急预案体系": 2, "应急预案体系横向到边、纵向不到底或纵向到底、横向不到边": 1}),
    # variant: three levels 4 / 2 / 1 with 基本 and 部分, 繁体 (2 + 1 = 3 ≠ 4: no heading over items)
    ("建立完善的值班制度。(4分)值班制度基本完善。(2分)部分時段無人值班。(1分)", 4,
     {"建立完善的值班制度": 4, "值班制度基本完善": 2, "部分時段無人值班": 1}),
])
def test_levels_stopping_above_zero(text: str, w: float, scores: dict[str, float]) -> None:
    ok, why = _failing_right(text, w, scores)
    assert ok, (text, why)


@pytest.mark.parametrize("text, w", [
    # levels 3 / 2 / 1 whose lower ones add up to the 分值 (2 + 1 = 3): a heading over two items? refused
    ("建立完善的值班制度。(3分)值班制度基本完善。(2分)部分时段无人值班。(1分)", 3),
    # the later ones add up to the 分值: a heading over items (0.5 + 0.5 = 1)? never levels
    ("组织领导。(1分)未设专门机构。(0.5分)分工不明确。(0.5分)", 1),
])
def test_levels_above_zero_not_taken(text: str, w: float) -> None:
    r = read_rule_text(text, w)
    assert not r.ok, (text, r.canonical)
