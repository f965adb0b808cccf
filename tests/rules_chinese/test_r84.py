"""r84 (issue 11): the rest of r81's group J2 — parts and counts under a stated total (docs/notes/r84.md).

1. "共K项,每项N分" without a score verb, K × N the 分值 (fresh49 BJ12-2 "操作間共10項,每項1分,全部達到要求的得滿分"): a count
   of the items done, N each (perunit.read_per_unit_award; "全部…得满分" the count's top said again).
2. A requirement printed with its points "(W分)" = the 分值, then only "每项N分" / "每次N分" (fresh57 BR9-1, BR9-2):
   the count of what the requirement names, at most W (headedparts.read_headed_count).
3. Parts with their points, some named together "A和B分别计N分" / "各N分" / "分值各占N分", perhaps a stated total
   "合计为W分" (fresh48 BI10-1): a checklist when they add up to the 分值; a stated total other than the sum is refused,
   both numbers named (headedparts.read_named_parts).

Every expected score below is worked out by hand from the text (comment beside it), never copied from a run.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from jixiao.rules.chinese import read_rule_text
from tests.rules_chinese.corpus import judge
from tests.rules_chinese.test_r46 import _BY_ID


def _score(text: str, w: float, value: str) -> Decimal:
    r = read_rule_text(text, w)
    assert r.ok, (r.kind, r.understood)
    return r.rule.score(value, w)  # type: ignore[union-attr]


def _items(text: str, w: float, expected: list[tuple[str, str]]) -> None:
    r = read_rule_text(text, w)
    assert r.kind == "checklist", (r.kind, r.understood)
    assert [(i.text, str(i.points)) for i in r.items] == expected, r.understood
    assert r.max_points == Decimal(str(w)) == sum(Decimal(p) for _, p in expected)


def _refused(text: str, w: float) -> list[str]:
    r = read_rule_text(text, w)
    assert r.kind == "unreadable", (r.kind, r.canonical, [(i.text, i.points) for i in r.items])
    assert any("未能读懂" in u for u in r.understood)  # the refusal says why, in Chinese
    return r.understood


@pytest.mark.parametrize("sid", ["BJ12-2", "BR9-1", "BR9-2", "BI10-1"])
def test_corpus_sentences_read(sid: str) -> None:
    assert judge(_BY_ID[sid]) == ("read", "")


# --- 1. 共K项,每项N分 ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("value", "expected"), [("10", 10), ("9", 9), ("5", 5), ("0", 0)])
def test_bj12_2_items_done_one_point_each(value: str, expected: int) -> None:
    # "操作間共 10項,每項 1分": k items met → k × 1, ten of them the 10 of the row
    assert _score(_BY_ID["BJ12-2"]["text"], 10, value) == expected


@pytest.mark.parametrize(("text", "w", "value", "expected"), [
    # 5 items × 2 = 10; 3 met → 6; 5 met → 10; 0 → 0
    ("检查内容共5项,每项2分,均符合要求的得满分", 10, "3", 6),
    ("检查内容共5项,每项2分,均符合要求的得满分", 10, "5", 10),
    ("检查内容共5项,每项2分,均符合要求的得满分", 10, "0", 0),
    # 4 points × 2.5 = 10; 2 met → 5
    ("考核要点共4项,每项2.5分。", 10, "2", 5),
    # 繁体, 6 × 0.5 = 3; 4 met → 2
    ("檢查內容共6項,每項0.5分,全部達到要求的得滿分。", 3, "4", 2),
])
def test_count_of_items_variants(text: str, w: float, value: str, expected: float) -> None:
    assert _score(text, w, value) == Decimal(str(expected))


@pytest.mark.parametrize(("text", "w"), [
    ("操作间共12项,每项1分,全部达到要求的得满分。", 10),  # 12 × 1 = 12 ≠ 10: which items count is not said
    ("检查内容共5项,每项2分,全部达到要求的得满分", 12),  # 5 × 2 = 10 ≠ 12
])
def test_count_of_items_near_miss_not_the_weight(text: str, w: float) -> None:
    why = _refused(text, w)
    total = "12" if "12项" in text else "10"  # K × N: 12 × 1, 5 × 2
    assert any(f"合计{total}分" in u and f"分值{w}分" in u for u in why), why  # both numbers named


# --- 2. a requirement's (W分), then 每项/每次N分 ---------------------------------------------------------------------

@pytest.mark.parametrize(("value", "expected"), [("0", 0), ("1", 2), ("2", 4), ("3", 6)])
def test_br9_2_items_done_two_points_each(value: str, expected: int) -> None:
    # "…(6分)。每项2分。": 6 / 2 = 3 items — k done → 2k
    assert _score(_BY_ID["BR9-2"]["text"], 6, value) == expected


@pytest.mark.parametrize(("value", "expected"), [("0", 0), ("1", 4), ("2", 8), ("3", 8)])
def test_br9_1_meetings_four_points_each_at_most_eight(value: str, expected: int) -> None:
    # "每年至少召开两次会议…(8分)。每次4分。": 4 per meeting, the (8分) the most (2 × 4 = 8)
    assert _score(_BY_ID["BR9-1"]["text"], 8, value) == expected


@pytest.mark.parametrize(("text", "w", "value", "expected"), [
    # 1 per report, at most 3: 2 → 2, 5 → 3
    ("按时报送工作信息(3分)。每次1分。", 3, "2", 2),
    ("按时报送工作信息(3分)。每次1分。", 3, "5", 3),
    # full-width brackets, 4 / 2 = 2 items: 1 → 2
    ("建立工作台账,定期更新（4分）。每项2分", 4, "1", 2),
    # at least 3 trainings × 1 = 3 (the count asked makes up W): 3 → 3, 1 → 1
    ("每年至少开展三次业务培训(3分)。每次1分。", 3, "3", 3),
    ("每年至少开展三次业务培训(3分)。每次1分。", 3, "1", 1),
])
def test_headed_count_variants(text: str, w: float, value: str, expected: float) -> None:
    assert _score(text, w, value) == Decimal(str(expected))


@pytest.mark.parametrize(("text", "w"), [
    ("每年至少召开三次会议,研究工作(8分)。每次4分。", 8),  # 3 meetings asked × 4 = 12 ≠ 8: which is it
    ("每年召开会议,研究工作(8分)。每次4分。", 10),  # (8分) is not the row's 10
])
def test_headed_count_near_miss(text: str, w: float) -> None:
    _refused(text, w)


# --- 3. parts named together, a stated total -------------------------------------------------------------------------

def test_bi10_1_three_parts_and_the_total() -> None:
    # "…初稿计10分,…修改反馈稿和领导审定稿分别计5分。合计为20分。": 10 + 5 + 5 = 20, the total printed agrees
    _items(_BY_ID["BI10-1"]["text"], 20,
           [("按规定时间上交初稿", "10"), ("按规定时间上交修改反馈稿", "5"), ("领导审定稿", "5")])


@pytest.mark.parametrize(("text", "w", "expected"), [
    # no total printed: 10 + 5 + 5 = 20
    ("按时上交初稿计10分,按时上交修改稿和审定稿分别计5分", 20,
     [("按时上交初稿", "10"), ("按时上交修改稿", "5"), ("审定稿", "5")]),
    # a "、" list sharing 各: 2 + 2 + 2 + 4 = 10, total printed 10
    ("台账、档案和制度分别计2分,工作总结计4分,合计10分", 10,
     [("台账", "2"), ("档案", "2"), ("制度", "2"), ("工作总结", "4")]),
    # "分值各占1分": 1 + 1 = 2
    ("完整性和细化程度,分值各占1分。", 2, [("完整性", "1"), ("细化程度", "1")]),
])
def test_named_parts_variants(text: str, w: float, expected: list[tuple[str, str]]) -> None:
    _items(text, w, expected)


def test_named_parts_total_other_than_the_sum_is_refused_naming_both() -> None:
    # 10 + 5 + 5 = 20 but "合计为25分": which is wrong is not said
    why = _refused("按时上交初稿计10分,按时上交修改稿和审定稿分别计5分。合计为25分。", 20)
    assert any("25" in u and "20" in u for u in why), why


@pytest.mark.parametrize(("text", "w"), [
    ("国家级计10分,省级和市级分别计5分", 20),  # grades of one award: never 10 + 5 + 5
    ("按时上交初稿计10分,按时上交修改稿和审定稿分别计5分", 25),  # 20 ≠ the 分值 25
])
def test_named_parts_near_miss_never_a_checklist(text: str, w: float) -> None:
    assert read_rule_text(text, w).kind != "checklist"


def test_ao8_2_stays_refused_a_part_scored_in_halves() -> None:
    # "分值各占1分" names the two parts, but "收入预算和支出预算每有一项不完整扣0.5分" scores a 1-point part in halves
    # (partial credit inside a part): not a checklist of 是/否 items — refused as before
    _refused(_BY_ID["AO8-2"]["text"], 2)


# --- r86's report: ranks of one award, a heading made a level ----------------------------------------------------------

@pytest.mark.parametrize("text", [
    "获奖10分:一等奖6分,二等奖4分",  # headedparts read 6 + 4: a 一等奖 alone is 6 of 10, never both ranks
    "获奖10分,其中:一等奖6分,二等奖4分",
    "共10分,其中:一等奖6分,二等奖4分",  # the "共W分,其中" path (checklist readers)
    "一等奖6分,二等奖4分",  # bare points
    "第一名6分,第二名4分",
    "金奖6分,银奖4分",
    "省级6分,市级4分",  # tiers of one thing (r86): a name that is only a tier or a grade
    "共10分,其中:省级6分,市级4分",
    "甲级6分,乙级4分",
    "A类6分,B类4分",
])
def test_ranks_of_one_award_are_never_items_added(text: str) -> None:
    assert read_rule_text(text, 10).kind != "checklist"
    _refused(text, 10)  # top 6 ≠ the 分值 10: not levels either (r37 reads levels only when the top is the 分值)


@pytest.mark.parametrize("w", [2, 5, 10])
def test_tiers_at_other_weights_are_refused_not_handed_on(w: int) -> None:
    # "国家级3分,省级2分,市级1分" (fresh52 BM4-1's words): on 3 the levels (r37); on any other 分值 refused — never items
    # 3 + 2 + 1, never a judgement with a level above the 分值
    _refused("国家级3分,省级2分,市级1分", w)


@pytest.mark.parametrize("text", [
    "安全生产10分:无一般事故6分,无较大事故4分",  # was levels 安全生产 10 / 无一般事故 6 / 无较大事故 4
    "安全生产10分。其中:未发生一般事故6分,未发生较大事故4分",
])
def test_a_heading_worth_the_weight_is_never_a_level(text: str) -> None:
    why = _refused(text, 10)
    assert any("标题不是一档" in u for u in why), why


def test_a_heading_over_items_still_reads() -> None:
    # fresh51 BL11-6's layout stays a checklist 3 + 2 = 5 (r81): the guards above take ranks and levels only
    _items("设备和环境清洁整齐记5分:设备整洁3分,环境整洁2分。", 5, [("设备整洁", "3"), ("环境整洁", "2")])


def test_tiers_said_to_add_up_stay_items() -> None:
    # "…,可累加" says the tiers add up: 3 + 2 + 1 = 6 on a 6-point row, as before r84's rank guard
    _items("国家级3分,省级2分,市级1分,可累加", 6, [("国家级", "3"), ("省级", "2"), ("市级", "1")])
