"""r46 (issue 11): a table of 评分标准 | 分值 flattened into text with its points printed bare (no 分, no verb) — the group
of refusals spread over the most blind splits and tables of fresh50–62 that the text settles (docs/notes/r46.md).
One mechanism, in the one place that reads such tables (tablelevels.py), three ways its bare points are printed:

* after a level's stop: "…更新及时. 2(换行)介绍不完整的. 1(换行)无此项内容. 0" (fresh50 BK1);
* after a band with its number under a heading naming the measure (and its unit): "上年度销售收入(万元)(换行)≥3000 2
  (换行)≥5000 3(换行)≥10000 5" (fresh51 BL2), also printed from the lowest level up ("一般 3(换行)较好 5");
* items adding up to the 分值: "净道、污道严格分开。 2 主要路面硬化。 1" on a 3-point row (fresh52 BM7, fresh50 BK14).

Expected scores come from the sentences by hand (in the comments); each case has the corpus sentences, wordings written
here, and near misses that must be refused."""

from __future__ import annotations

from decimal import Decimal

import pytest

from jixiao.rules.chinese import read_rule_text
from tests.rules_chinese.corpus import judge, load

_BY_ID = {e["id"]: e for e in load()[1]}


def _score(text: str, w: float, value: str) -> Decimal:
    r = read_rule_text(text, w)
    assert r.ok, (r.kind, r.understood)
    return r.rule.score(value, w)  # type: ignore[union-attr]


def _refused(text: str, w: float) -> None:
    r = read_rule_text(text, w)
    assert r.kind == "unreadable", (r.kind, r.canonical, [(i.text, i.points) for i in r.items])
    assert any("未能读懂" in u for u in r.understood)  # the refusal says why, in Chinese


@pytest.mark.parametrize("sid", ["BK1-2", "BK1-4", "BK1-5", "BL2-1", "BL2-3", "BL2-5", "BL2-6", "BL2-7",
                                 "BK14-2", "BK14-3", "BM7-2", "BM7-3", "BM7-4"])
def test_corpus_sentences_read(sid: str) -> None:
    assert judge(_BY_ID[sid]) == ("read", "")


# --- bare points after a level's stop (fresh50 BK1) ----------------------------------------------------------------

def test_bk1_5_levels_after_stops() -> None:
    # fresh50 BK1-5 (3 points): "…内容丰富. 3 / 内容不全或者时效性差. 1.5 / 无. 0" — 3, 1.5, 0 as printed
    t = _BY_ID["BK1-5"]["text"]
    assert _score(t, 3, "具有本部门公开的通知、公告等,信息时效性强的,内容丰富") == 3
    assert _score(t, 3, "内容不全或者时效性差") == Decimal("1.5")
    assert _score(t, 3, "无") == 0


@pytest.mark.parametrize(("text", "w", "value", "expected"), [
    # 4 / 2 / 0 printed after each level's full stop, one a line
    ("台账资料齐全,记录清楚。 4\n台账资料不全。 2\n没有台账。 0", 4, "台账资料不全", 2),
    ("台账资料齐全,记录清楚。 4\n台账资料不全。 2\n没有台账。 0", 4, "台账资料齐全,记录清楚", 4),
    # two levels, 3 / 0 (a 0 is a level, never an item)
    ("有年度工作计划。 3 没有计划。 0", 3, "没有计划", 0),
    # a point as the stop (as BK1 prints it): 5 / 3 / 0
    ("按时报送且内容完整. 5\n按时报送但内容不完整. 3\n未报送. 0", 5, "按时报送但内容不完整", 3),
])
def test_levels_after_stops_variants(text: str, w: float, value: str, expected: int) -> None:
    assert _score(text, w, value) == expected


# --- bands under a heading naming the measure (fresh51 BL2) --------------------------------------------------------

def test_bl2_bands_under_heading() -> None:
    # fresh51 BL2-1 (5 points): 销售收入(万元) ≥3000 → 2, ≥5000 → 3, ≥10000 → 5; 4000 is ≥3000 only → 2
    t = _BY_ID["BL2-1"]["text"]
    assert _score(t, 5, "4000") == 2
    assert _score(t, 5, "5000") == 3
    assert _score(t, 5, "20000") == 5
    # fresh51 BL2-3 (5 points): the heading's "(%)" makes "≥15" 15%: 20% → 2, 25% → 3, 40% → 5
    t = _BY_ID["BL2-3"]["text"]
    assert _score(t, 5, "20%") == 2
    assert _score(t, 5, "25%") == 3
    assert _score(t, 5, "40%") == 5


def test_bl2_below_the_lowest_band_is_zero() -> None:
    # nothing printed below ≥3000: until r75 a rule gap; since r75 (assemble._unearned_side) a ladder of rungs earned
    # (≥3000 2 / ≥5000 3 / ≥10000 5, the top the 分值) scores 0 below its weakest rung — nothing reached, nothing earned
    r = read_rule_text(_BY_ID["BL2-1"]["text"], 5)
    assert not any("规则有缺口" in u for u in r.understood)
    assert r.rule.score("2000", Decimal(5)) == 0


@pytest.mark.parametrize(("text", "w", "value", "expected"), [
    # 年度培训(人次): ≥100 → 1, ≥200 → 2, ≥300 → 3; 250 → 2, 300 → 3
    ("年度培训(人次)\n≥100 1\n≥200 2\n≥300 3", 3, "250", 2),
    ("年度培训(人次)\n≥100 1\n≥200 2\n≥300 3", 3, "300", 3),
    # 群众满意率(%): ≥80 → 2, ≥90 → 4, printed from the top down; 85% → 2, 95% → 4
    ("群众满意率(%)\n≥90 4\n≥80 2", 4, "85%", 2),
    ("群众满意率(%)\n≥90 4\n≥80 2", 4, "95%", 4),
])
def test_bands_under_heading_variants(text: str, w: float, value: str, expected: int) -> None:
    assert _score(text, w, value) == expected


def test_worded_levels_printed_from_the_lowest_up() -> None:
    # fresh51 BL2-7 (5 points): "一般 3 / 较好 5" — 较好 the 分值 5, 一般 3
    t = _BY_ID["BL2-7"]["text"]
    assert _score(t, 5, "较好") == 5
    assert _score(t, 5, "一般") == 3
    # written here: 一般 1 / 良好 2 / 优秀 3 on a 3-point row
    t = "工作成效\n一般 1\n良好 2\n优秀 3"
    assert (_score(t, 3, "优秀"), _score(t, 3, "良好"), _score(t, 3, "一般")) == (3, 2, 1)


# --- items adding up to the 分值 (fresh52 BM7, fresh50 BK14) ---------------------------------------------------------

def _items(text: str, w: float) -> list[tuple[str, Decimal]]:
    r = read_rule_text(text, w)
    assert r.kind == "checklist", (r.kind, r.understood)
    assert r.max_points == Decimal(str(w))
    return [(i.text, i.points) for i in r.items]


def test_bm7_items_after_stops() -> None:
    # fresh52 BM7-4 (5 points): 2 + 2 + 1 = 5, each item's words as printed
    assert _items(_BY_ID["BM7-4"]["text"], 5) == [("鸡舍建筑牢固,能够保温", 2), ("结构具备抗自然灾害(雨雪等)能力", 2),
                                                   ("鸡舍有防鼠、防鸟等设施设备", 1)]
    # fresh50 BK14-2 (3 points): 1 + 1 + 1 = 3, parted by spaces only
    assert _items(_BY_ID["BK14-2"]["text"], 3) == [("健全工程、财务管理制度", 1), ("健全廉政建设制度", 1),
                                                    ("健全档案、安全管理制度", 1)]


@pytest.mark.parametrize(("text", "w", "expected"), [
    # 2 + 1 = 3
    ("有年度工作计划。 2 有年度工作总结。 1", 3, [("有年度工作计划", 2), ("有年度工作总结", 1)]),
    # 1 + 1 + 2 = 4, parted by spaces
    ("台账齐全 1 制度上墙 1 档案规范 2", 4, [("台账齐全", 1), ("制度上墙", 1), ("档案规范", 2)]),
])
def test_items_variants(text: str, w: float, expected: list[tuple[str, int]]) -> None:
    assert _items(text, w) == expected


# --- near misses: alike, but the text does not settle the score --------------------------------------------------

@pytest.mark.parametrize(("text", "w"), [
    # a degree scale that lost its top: 2 + 1 = 3 but 基本充分 is a lesser 依据充分 — levels, not items
    ("依据充分. 2\n基本充分. 1", 3),
    # a scale's own words adding up to the 分值: levels (top ≠ 分值), not items
    ("一般 1\n良好 2", 3),
    # bare points one a line adding up to the 分值: levels that lost their top, or items? (one a line is how levels print)
    ("完成全年任务. 2\n完成半年任务. 1", 3),
    # items not adding up to the 分值 (2 + 2 on a 3-point row): which?
    ("有年度工作计划。 2 有年度工作总结。 2", 3),
    # a number after a stop that a count word follows starts the next words ("2 名以上"), it is no points
    ("有年度工作计划。 2 名以上专人负责。 1", 3),
    # fresh51 BL2-2: the heading holds a condition with a number (不足1亿元时) — the bands' measure is not settled
    (_BY_ID["BL2-2"]["text"], 10),
    # a first line over prose levels may be a level that lost its points — a heading line only over bands or a scale
    ("配备专职综治社工\n有办公场所 5\n无 0", 5),
    # bands with no heading: what is compared?
    ("≥3000 2\n≥5000 3\n≥10000 5", 5),
    # bare numbers under a heading without a comparison (1200 20 …): at least 1200? exactly? — refused
    (_BY_ID["BO10-1"]["text"], 20),
])
def test_near_misses_refused(text: str, w: float) -> None:
    _refused(text, w)
