"""r81 (issue 11): two layouts of items from r72's group J (docs/notes/r81.md).

1. J1 — the last item's points printed after its full stop: "1、…。(4分)\n2、…。(3分)\n…\n5、…。(3分)" (fresh55 BP10-2/3,
   fresh57 BR2-2, fresh67 CB8-1/2). The middle items kept their "。(N分)" (they run to the next item's number); the last
   was cut at its "。" and refused "第5项未说明分值" (checklist._last_item_end).
2. J2 — a heading worth the 分值, then its parts after ":" or "其中" adding up to it: "设备和环境清洁整齐记5分:设备整洁3分,
   环境整洁2分" (fresh51 BL11-6), "政府采購信息公告16分。其中:政策法規6分,采購信息10分" (fresh63 BX7-3) — refused before as
   "其中一条就值满分…疑为标题或互斥的档" (headedparts.py).

Every expected item and point below is read by hand from the text (comment beside it), never copied from a run.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from jixiao.rules.chinese import read_rule_text
from tests.rules_chinese.corpus import judge
from tests.rules_chinese.test_r46 import _BY_ID  # the corpus by id


def _items(text: str, w: float, expected: list[tuple[str, str]]) -> None:
    r = read_rule_text(text, w)
    assert r.kind == "checklist", (r.kind, r.understood)
    assert [(i.text, str(i.points)) for i in r.items] == expected, r.understood
    assert r.max_points == sum(Decimal(p) for _, p in expected)


def _refused(text: str, w: float) -> None:
    r = read_rule_text(text, w)
    assert r.kind == "unreadable", (r.kind, r.canonical if r.rule else r.items)


# --- J1: the last item's points after its full stop -----------------------------------------------------------------

@pytest.mark.parametrize("sid", ["BP10-2", "BP10-3", "BR2-2", "CB8-1", "CB8-2"])
def test_j1_corpus_sentences_read(sid: str) -> None:
    assert judge(_BY_ID[sid]) == ("read", "")


@pytest.mark.parametrize(("sid", "points"), [
    ("BP10-2", ["4", "3", "3", "2", "3"]),  # (4分)(3分)(3分)(2分)(3分) = 15, the 分值
    ("BP10-3", ["4", "4", "3", "2", "2"]),  # = 15
    ("BR2-2", ["3", "3", "2", "4", "3"]),  # = 15
    ("CB8-1", ["3", "2"]),  # = 5
    ("CB8-2", ["1.5", "1.5", "3"]),  # = 6
])
def test_j1_corpus_points_of_every_item(sid: str, points: list[str]) -> None:
    r = read_rule_text(_BY_ID[sid]["text"], _BY_ID[sid]["w"])
    assert [str(i.points) for i in r.items] == points
    assert r.max_points == Decimal(str(_BY_ID[sid]["w"]))


def test_j1_last_item_keeps_its_words() -> None:
    # CB8-2's third item: its text up to the stop, "(3分)" its points — the 3% inside is the item's own words
    r = read_rule_text(_BY_ID["CB8-2"]["text"], 6)
    assert r.items[-1].text.endswith("财政扶贫资金总额的3%")


@pytest.mark.parametrize(("text", "w", "expected"), [
    # variants I wrote: two items, "(2分)" and "(3分)" after each stop → 2 + 3 = 5
    ("1、建立工作制度。(2分)\n2、按时上报信息。(3分)", 5, [("建立工作制度", "2"), ("按时上报信息", "3")]),
    # 繁体, on one line, items "1." — 1 + 1 + 2 = 4
    ("1.建立制度。(1分) 2.落實責任。(1分) 3.按時報送。(2分)", 4, [("建立制度", "1"), ("落實責任", "1"), ("按時報送", "2")]),
    # full-width brackets and "（1）" item numbers — 2 + 2 + 1 = 5
    ("（1）成立领导小组。（2分）（2）制定实施方案。（2分）（3）按时报送总结。（1分）", 5,
     [("成立领导小组", "2"), ("制定实施方案", "2"), ("按时报送总结", "1")]),
])
def test_j1_variants(text: str, w: float, expected: list[tuple[str, str]]) -> None:
    _items(text, w, expected)


def test_j1_near_miss_a_deduction_after_the_stop_is_no_points() -> None:
    # "2、落实责任。扣3分": what follows the stop is a deduction, not the item's bracketed points — the item has none
    _refused("1、建立制度。(2分)\n2、落实责任。扣3分", 5)


# --- J2: a heading worth the 分值, its parts after ":" / 其中 -------------------------------------------------------

@pytest.mark.parametrize(("sid", "expected"), [
    ("BL11-6", [("设备整洁", "3"), ("环境整洁", "2")]),  # 记5分: 3 + 2 = 5
    ("BX7-3", [("政策法规", "6"), ("采购信息", "10")]),  # 16分。其中: 6 + 10 = 16
])
def test_j2_corpus_sentences_read(sid: str, expected: list[tuple[str, str]]) -> None:
    assert judge(_BY_ID[sid]) == ("read", "")
    _items(_BY_ID[sid]["text"], _BY_ID[sid]["w"], expected)


@pytest.mark.parametrize(("text", "w", "expected"), [
    # three parts after a full-width colon: 4 + 3 + 3 = 10
    ("档案管理规范得10分：分类清楚4分，装订整齐3分，目录完整3分。", 10, [("分类清楚", "4"), ("装订整齐", "3"), ("目录完整", "3")]),
    # "共8分，其中：" — 5 + 3 = 8
    ("信息公开共8分，其中：政策文件5分，工作动态3分。", 8, [("政策文件", "5"), ("工作动态", "3")]),
])
def test_j2_variants(text: str, w: float, expected: list[tuple[str, str]]) -> None:
    _items(text, w, expected)


@pytest.mark.parametrize(("text", "w"), [
    ("獲獎得5分:省級3分,市級2分。", 5),  # grades of one award: 3 or 2, never 3 + 2
    ("考核得4分:优秀4分,良好2分", 4),  # level words
    ("清洁整齐记5分;设备整洁3分,环境整洁2分", 5),  # no colon, no 其中: a heading or alternatives? not said
    ("设备和环境清洁整齐记5分:设备整洁3分,环境整洁1分。", 5),  # 3 + 1 ≠ 5
    ("设备和环境清洁整齐记5分:设备整洁3分,环境整洁2分。", 6),  # the heading is not the 分值
    ("资料齐全得6分：有方案2分，有记录2分，无总结扣2分。", 6),  # a deduction among the parts
])
def test_j2_near_misses_not_read_as_parts(text: str, w: float) -> None:
    r = read_rule_text(text, w)
    assert r.kind != "checklist", [(i.text, str(i.points)) for i in r.items]
