"""r56 (issue 11): the share of the task done, named in the text (docs/notes/r56.md).

The largest readable group of the corpus's refusals that is one mechanism: "done in full scores the 分值, short of it
the 分值 × the share done", where the text itself names the share as what was done ÷ the task
("按实际完成值占目标值的比重计算得分", "按实际培训人数占总任务数比重*25计分", "得分=(新引进项目个数/时序目标任务)×分值",
"按年度计划完成比例计分", "按总任务量进行折算得分"). Read ``>=100%: W; *: prop`` (the value is that share; meeting the
target is 100 %) by completionshare.read_named_share; completionshare.read_completion_share also takes "全部…得W分,
否则按比例扣分". A share of another base (占职工总数的比重) is refused (completionshare.foreign_share_base).

Expected scores come from the sentences by hand (in the comments): W × share, at most W."""

from __future__ import annotations

from decimal import Decimal

import pytest

from jixiao.rules.chinese import read_rule_text
from tests.rules_chinese.corpus import judge
from tests.rules_chinese.test_r46 import (  # the corpus by id, a reading's score (asserting it read)
    _BY_ID,
    _score,
)
from tests.rules_chinese.test_r51 import _refused  # refused, and why in Chinese


def _reads_share(text: str, w: float, expected: dict[str, float]) -> None:
    """``text`` reads W × the share done, at most W, and scores ``expected`` (hand arithmetic)."""
    assert read_rule_text(text, w).canonical == ">=100%: W; *: prop"
    assert {v: _score(text, w, v) for v in expected} == {v: Decimal(str(p)) for v, p in expected.items()}


@pytest.mark.parametrize("sid", ["BG7-2", "AQ6-1", "AQ6-2", "V17-1", "BA1-1", "BC6-2", "BU7-4"])
def test_corpus_sentences_read(sid: str) -> None:
    assert judge(_BY_ID[sid]) == ("read", "")


@pytest.mark.parametrize(("sid", "w", "expected"), [
    # fresh46 BG7-2 (15): 完成目标值 → 基本分 = 15 (no bonus in the text); 80 % of the target → 15 × 0.8 = 12;
    # 50 % → 7.5; 0 → 0 ("最低为零分"); 120 % → 15 (the share is capped by the full-marks clause)
    ("BG7-2", 15, {"100%": 15, "80%": 12, "50%": 7.5, "0%": 0, "120%": 15}),
    # fresh30 AQ6-1 (25): "占总任务数比重*25" — ×25 is the 分值; 80 % → 20; 50 % → 12.5
    ("AQ6-1", 25, {"100%": 25, "80%": 20, "50%": 12.5, "0%": 0}),
    # fresh30 AQ6-2 (10): 75 % → 7.5; 33 % → 3.3
    ("AQ6-2", 10, {"130%": 10, "75%": 7.5, "33%": 3.3}),
    # fresh9 V17-1 (30): "得分=(新引进项目个数/时序目标任务)×分值" says the share; 80 % → 24; 50 % → 15
    ("V17-1", 30, {"120%": 30, "80%": 24, "50%": 15, "0%": 0}),
    # fresh40 BA1-1 (5): "按年度计划完成比例计分"; 80 % → 4; 50 % → 2.5 ("2018年起" only says when)
    ("BA1-1", 5, {"100%": 5, "80%": 4, "50%": 2.5}),
    # fresh42 BC6-2 (20): "按总任务量进行折算得分"; 80 % → 16; 50 % → 10 ("分值为20分" restates the 分值)
    ("BC6-2", 20, {"120%": 20, "80%": 16, "50%": 10, "0%": 0}),
    # fresh60 BU7-4 (2): "全部参与得2分,否则按比例扣分" — all taking part = 100 %; 75 % → 1.5; 50 % → 1
    ("BU7-4", 2, {"100%": 2, "75%": 1.5, "50%": 1, "0%": 0}),
])
def test_corpus_scores(sid: str, w: float, expected: dict[str, float]) -> None:
    _reads_share(_BY_ID[sid]["text"], w, expected)


@pytest.mark.parametrize(("text", "w", "expected"), [
    # the share as 完成数 ÷ 计划数 on a 10-point row: 60 % → 6; 130 % → 10
    ("完成年度计划目标的得10分;未完成的,按实际完成数占计划数的比重计算得分。", 10, {"100%": 10, "60%": 6, "130%": 10}),
    # "否则" and the task's completion share on 8: 45 % → 3.6; 100 % → 8
    ("达到任务要求的得8分,否则按任务完成比例计分。", 8, {"100%": 8, "45%": 3.6, "0%": 0}),
    # a year opening the text, "计6分", the plan's share on 6: 75 % → 4.5
    ("2020年起,完成年度任务并通过验收的,计6分;未完成的,按年度计划完成比例计分。", 6, {"100%": 6, "75%": 4.5}),
    # "得基本分" with no bonus = the 分值 (12); "最低为零分"; 25 % → 3
    ("完成目标任务的得基本分;没有完成的,按实际完成数占目标任务数的比重计算得分,最低为零分。", 12, {"100%": 12, "25%": 3, "0%": 0}),
    # the formula sentence after the clauses, on 20: 90 % → 18
    ("完成年度目标任务的得满分,未完成的按比例得分。得分=(实际完成数/年度目标任务)×分值", 20, {"100%": 20, "90%": 18}),
    # "全部…,否则按比例扣分" on 4: 25 % → 1; 100 % → 4
    ("全部参与得4分,否则按比例扣分。", 4, {"100%": 4, "25%": 1, "0%": 0}),
    # context: an item number before, full-width stops, "×25" (BG7-2 / AQ6-1 shapes): 60 % → 9 on 15, 40 % → 10 on 25
    ("1.完成或超额完成目标值得基本分;没有完成的,按实际完成值占目标值的比重计算得分,最低为零分。", 15, {"100%": 15, "60%": 9}),
    ("（2）实际培训人数达到年度培训目标的，得25分；未达到的，按实际培训人数占总任务数比重×25计分", 25, {"40%": 10}),
    # the row's points in brackets after, and a full stop between the clauses: 30 % → 4.5 on 15, 70 % → 7 on 10
    ("完成年度目标任务的得满分,未完成的按实际完成数占目标任务数的比重计算得分(15分)", 15, {"100%": 15, "30%": 4.5}),
    ("完成年度目标任务得满分。未完成的，按实际完成数占目标任务数的比重计算得分。", 10, {"70%": 7}),
])
def test_variants(text: str, w: float, expected: dict[str, float]) -> None:
    _reads_share(text, w, expected)


@pytest.mark.parametrize(("text", "w"), [
    # ×20 is not the 分值 25: the share is of another scale
    ("实际培训人数达到年度统计从业资格考前培训目标的得25分;未达到的,按实际培训人数占总任务数比重*20计分。", 25),
    # a bonus besides the share: two scorings, not one share
    ("完成目标值得满分;没有完成的,按实际完成值占目标值的比重计算得分;超额完成的每超1%加0.1分", 10),
    # another deduction besides the share
    ("完成目标任务的得8分,未完成目标任务的按总任务量进行折算得分,出现安全事故扣2分。", 8),
    # "分值为20分" on a 15-point row: the text's 满分 is not the row's
    ("分值为20分,达到目标任务要求得20分,未完成目标任务的按总任务量进行折算得分。", 15),
    # the full-marks points are not the 分值
    ("完成年度计划目标的得8分;未完成的,按实际完成数占计划数的比重计算得分。", 10),
    # a deduction per one missing besides "按比例扣分": which one scores?
    ("全部参与得2分,否则按比例扣分,每缺一家扣0.5分。", 2),
    # two outcomes for falling short: 0 and the share
    ("完成目标任务的得满分,未完成的不得分,按实际完成数占目标任务数的比重计算得分", 10),
    # full marks only past the target: what exactly 100 % scores is not said
    ("超额完成目标任务的得满分,未完成的按实际完成数占目标任务数的比重计算得分", 10),
    # "部分完成" names no short fall of the whole task (refused as before)
    ("完成目标任务的得满分,部分完成的按实际完成数占目标任务数的比重计算得分", 10),
])
def test_near_misses_refused(text: str, w: float) -> None:
    _refused(text, w)


def test_a_share_of_another_base_is_refused() -> None:
    # the share's base is 职工总数, not the target: meeting the target need not be 100 % of it (read >=100%: W; *: prop
    # before r56 — the completion share did not look at the named base)
    why = _refused("完成目标的得10分,未完成的按实际人数占职工总数的比重计算得分", 10)
    assert any("基数是“职工总数”" in u for u in why)
    # the same with the target as the base reads
    assert read_rule_text("完成目标的得10分,未完成的按实际完成数占目标数的比重计算得分", 10).canonical == ">=100%: W; *: prop"
