"""r34: clean-ups of session 26's second read (issue 11) — behaviour identical (bench/dump_readings.py: 0 changed), except
item 4 (basesteps reads the lexicon's deduction verbs).

1. A description note keeps its record (``_base.Described``): guard reads ``Reading.descriptions``, never the note's text.
2. A whole-text recogniser returns its rule, or its rule and the notes its text says beside it (one pass): the reader
   special-cases no recogniser by name.
3. "The failing said as done" is one helper (``lexicon.said_as_done``), used by numericfailings and shortnames.
4. basesteps reads the lexicon's deduction verbs (``lexicon.DEDUCT``) instead of its own 扣除|扣减|扣|减. Before a number the
   normaliser already writes every one of them 扣, so the change shows only where no number follows the verb: the
   bracketed second verb of a both-ways step, "加(扣罚)" / "加(减去)" (refused before: "这一条计分，但未能读成规则的一部分").
   The dump: 0 readings changed (the corpus has no such wording).
"""

from __future__ import annotations

import pickle
from decimal import Decimal

import pytest

from jixiao.rules.chinese import read_rule_text
from jixiao.rules.chinese._base import Described, described
from jixiao.rules.chinese.lexicon import said_as_done
from jixiao.rules.chinese.reader import _WHOLE_TEXT_RULES

# ---- 1. the record of a description note ------------------------------------------------------------------------------


def test_description_note_text_is_unchanged_and_keeps_its_record() -> None:
    note = described("执行率=执行数/预算数")
    assert note == "说明（不参与计分）：执行率=执行数/预算数"  # the text the user sees
    assert (note.label, note.fragment) == ("说明", "执行率=执行数/预算数")
    other = described("全部达到", "达标内容")
    assert other == "达标内容（不参与计分）：全部达到" and other.label == "达标内容"


def test_record_survives_pickling() -> None:
    """Readings cross a process boundary pickled (jixiao.isolation): the record must come back with the text."""
    note = pickle.loads(pickle.dumps(described("一年一次")))
    assert isinstance(note, Described) and note == "说明（不参与计分）：一年一次" and note.fragment == "一年一次"


def test_descriptions_of_a_traditional_text_are_as_printed() -> None:
    """fresh47 BH2-1's shape (lead s25): the 繁体 description is named back as printed, record and note alike — and the
    guard's question (a description qualified by the exception after it) is asked of the printed name."""
    r = read_rule_text("應建未建黨組織,無特殊情況超過半年的扣3分;設置不合理的扣1分。", 3)
    assert r.kind == "unreadable"
    assert r.descriptions == ["應建未建黨組織"]
    assert "说明（不参与计分）：應建未建黨組織" in r.understood


def test_only_the_plain_description_label_counts() -> None:
    r = read_rule_text("应建未建党组织,无特殊情况超过半年的扣3分;设置不合理的扣1分。", 3)
    assert r.descriptions == ["应建未建党组织"]
    assert read_rule_text("执行率=执行数/预算数,执行率≥95%得5分,否则不得分", 5).descriptions == []  # 计算公式, not 说明


# ---- 2. the notes of a whole-text recogniser's text, said after what the reading means -----------------------------------


def test_per_unit_award_says_how_to_count_after_its_meaning() -> None:
    """0.5 per 条 up to 2: 4 条 reach the 分值 (2 ÷ 0.5 = 4); the bracket only says how to count."""
    r = read_rule_text("每播发1条得0.5分,最高得2分(重复播发按1次计分,负面报道不计分)。", 2)
    assert r.canonical == ">=4: W; <4: W - 0.5 per 1"
    assert r.understood[1:] == ["计数说明（不参与计分）：重复播发按1次计分", "不计入的（只界定计数对象，不另扣分）：负面报道"]
    assert r.understood[0].startswith("业绩值为完成的次数")
    assert r.rule.score(3, 2) == Decimal("1.5")  # type: ignore[union-attr]  # 3 × 0.5


def test_top_ranks_say_the_weighting_of_the_rank_after_their_meaning() -> None:
    """Places 1–3 score 4; place 5 is 2 places after the 3rd: 4 − 2 × 0.2 = 3.6."""
    r = read_rule_text("考核排名前3名得满分;其他依次递扣0.2分(按考核系数折算后排名)。", 4)
    assert r.canonical == "<=3: W; >3: W - 0.2 per 1"
    assert r.understood[-1] == "排名依据的折算（只影响名次，不参与计分）：按考核系数折算后排名"
    assert r.rule.score(5, 4) == Decimal("3.6")  # type: ignore[union-attr]


def test_whole_text_recognisers_are_one_form() -> None:
    """Every entry is (recogniser, meaning): no third element, no recogniser the reader names."""
    assert all(len(entry) == 2 and callable(entry[0]) for entry in _WHOLE_TEXT_RULES)


# ---- 3. the failing said as done --------------------------------------------------------------------------------------


@pytest.mark.parametrize(("failing", "had", "done"), [
    ("街道督办责任人每月未带队检查", False, "街道督办责任人每月带队检查"),  # the one negation, after the subject
    ("满意率达不到90%", False, "满意率达到90%"),
    ("每月少于两次督促", False, "每月不少于两次督促"),  # no negation: "fewer than" said "not fewer than"
    ("资金拨付率低于90%", False, "资金拨付率不低于90%"),
    ("无计划", False, "计划"),  # (numericfailings: dropped only)
    ("无计划", True, "有计划"),  # (a level's name: what is had)
    ("没有专项资金", True, "有专项资金"),
    ("没有开展活动", True, "开展活动"),  # an action verb after 没有: no 有
    ("未开展", True, "开展"),
])
def test_said_as_done(failing: str, had: bool, done: str) -> None:
    assert said_as_done(failing, had=had) == done


@pytest.mark.parametrize("failing", ["未按时未报送", "不按时、无记录", "少于2次或低于90%", "按时报送"])
def test_said_as_done_refuses_what_is_not_one_failing(failing: str) -> None:
    """Two negations, two comparisons, neither: no single done form."""
    assert said_as_done(failing) is None


# ---- 4. basesteps: the lexicon's deduction verbs -------------------------------------------------------------------------


def test_both_ways_step_with_kou_fa_in_brackets() -> None:
    """Base 60 % → 3; ±0.1 per 2 个百分点; cap 5 = 分值: the top is 60 % + (5 − 3) ÷ 0.1 × 2 % = 100 %.
    70 %: 5 steps up, 3 + 0.5 = 3.5; 71 %: still 5 whole steps, 3.5; 50 %: 5 steps down, 3 − 0.5 = 2.5;
    55 %: 2 whole steps down, 3 − 0.2 = 2.8; 100 %: 5."""
    r = read_rule_text("占比达到60%得3分,每增长(减少)2个百分点加(扣罚)0.1分,5分封顶。", 5)
    assert r.ok
    for value, score in (("70%", "3.5"), ("71%", "3.5"), ("50%", "2.5"), ("55%", "2.8"), ("100%", "5"), ("60%", "3")):
        assert r.rule.score(value, 5) == Decimal(score), value  # type: ignore[union-attr]


def test_both_ways_step_with_jian_qu_in_brackets() -> None:
    """Base 2亿元 → 6; ±1 per 0.5亿元 on an 8-point row: the top is 2 + (8 − 6) ÷ 1 × 0.5 = 3亿元.
    1亿元: 2 steps down, 6 − 2 = 4; 1.2亿元: 1 whole step down (0.8 ÷ 0.5), 5; 2.5亿元: 1 step up, 7; 3亿元: 8."""
    r = read_rule_text("投入达2亿元得6分,每增加(减少)0.5亿元加(减去)1分。", 8)
    assert r.ok
    for value, score in (("1", "4"), ("1.2", "5"), ("2.5", "7"), ("3", "8"), ("2", "6")):
        assert r.rule.score(value, 8) == Decimal(score), value  # type: ignore[union-attr]


@pytest.mark.parametrize("text", [
    "占比达到60%得3分,每增长(减少)2个百分点加(减少)0.1分,5分封顶。",  # 减少 is a fall of the value, not a deduction
    "占比达到60%得3分,每增长(减少)2个百分点加(减半)0.1分,5分封顶。",  # 减半: a half
    "占比达到60%得3分,每增长(减少)2个百分点加(减免)0.1分,5分封顶。",  # 减免: a remission
    "占比达到60%得3分,每增长2个百分点加0.1分,每减少2个百分点减少0.1分,5分封顶。",
])
def test_jian_shao_and_jian_ban_are_no_deduction(text: str) -> None:
    assert read_rule_text(text, 5).kind == "unreadable"
