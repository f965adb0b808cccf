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
