"""r86 (issue 11): red team of the session-42 reader paths (docs/notes/r86.md, docs/notes/r86-hostile.tsv).

Hostile sentences a real table could print that LOOK like the shapes session 42 added (r80: ``guard.judged_in_note``,
``failures._ONE_FINDING``, ``guard.refuse_counted_level_names``, "扣15%"/"得50%" as a share of the 分值; r81:
``checklist._last_item_end``, ``headedparts.py``; r79: ``periodcount.py``, ``guard._COUNTED_AS_SHARE_RE``; r78:
``normalise.money_sanctions``, ``assemble._after_the_levels``, ``countlevels._per_time_to_a_floor``,
``lexicon.FAILED_EVENT``) but mean something else, each with what a careful human scores (hand arithmetic in the
comments, written before the reader ran) or "must refuse".

Wrong readings found (all refused now), most dangerous first:
1. a count band of ANOTHER thing than the per-time deduction — "迟到一次扣2分,早退累计3次及以上不得分" on 10 read
   ``>=3: 0; *: W - 2 per 1``: 3 late arrivals and no early leave scored 0, the text 10 − 3 × 2 = 4 (also "…,旷工3次以上不得分",
   "缺勤一次扣2分,迟到超过3次不得分"; a session-41 path) (periodcount.other_count_refusal);
2. count bands that reset per matter, per person, per working day, or a monthly average — "被通报一次扣2分,同一事项累计被通报
   3次以上不得分" read ``>=3: 0``: 3 notices on three matters scored 0, the text 4; "月均迟到3次以上", "任一月份累计3次",
   "每人累计", "每个工作日迟到超过1次" (r79's period words widened: periodcount._PERIOD_BAND_RE);
3. a level named by a count of requirements MET beside ``*`` — "满足以下要求中有一条得10分,一条都不满足得0分" read
   ``"满足以下要求中有一条": 10; …; *: 0``: a typed count 1 fell to ``*`` and scored 0, the text 10 (r80's guard took counts
   of failings only) (guard.refuse_counted_level_names);
4. a level named by ONE failing that scores points — "…得基本分40分,有一条不满足扣1分" read as levels "有一条不满足": 39 with
   no level for two failings (each deducts, 38, or one deduction for all, 39: not printed) (guard._last_count_priced_alone);
5. "以此类推" after a deduction dropped as a note — "未按时上报扣2分,以此类推" read a flat 8 (guard._SCORING_RE);
6. items that are kinds of points — "总分10分:基本分6分,奖励分4分" read as a checklist 6 + 4 (a bonus of 2 cannot be given;
   how a bonus is earned is not printed) (guard.refuse_points_kinds_as_items).
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from jixiao.rules.chinese import read_rule_text
from tests.rules_chinese.corpus import judge
from tests.rules_chinese.test_r46 import _BY_ID  # the corpus by id
from tests.rules_chinese.test_r51 import _refused  # a refusal, its why in Chinese
from tests.rules_chinese.test_r65 import _scores  # scores at values; never a refusal

#: the corpus sentences the session-42 paths read: still read as labelled
PATH_IDS = ["CP1-4", "CP1-5", "CP2-4", "CP2-6", "CP2-7", "CP2-8", "BL11-6", "BP10-2", "BP10-3", "BR2-2", "BX7-3", "CB8-1",
            "CB8-2", "CM3-1", "CM3-2", "CM6-2"]


@pytest.mark.parametrize("sid", PATH_IDS)
def test_corpus_sentences_still_read(sid: str) -> None:
    assert judge(_BY_ID[sid]) == ("read", "")


# --- 1. a count band of another thing -------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "迟到一次扣2分,早退累计3次及以上不得分",  # was >=3: 0; *: W - 2 per 1 — 3 late, 0 early: 10 − 6 = 4, not 0
    "迟到一次扣2分,早退3次及以上不得分",  # was =0: W; =1: 8; >=3: 0
    "迟到每次扣2分,早退累计3次及以上不得分",
    "迟到一次扣2分,累计早退3次及以上不得分",
    "无故缺勤一次扣2分,迟到累计3次及以上该项不得分",
    "缺勤一次扣2分,迟到超过3次不得分",
    "迟到每次扣1分,旷工3次以上不得分",
])
def test_a_band_of_another_thing_refused(text: str) -> None:
    assert any("两样" in u for u in _refused(text, 10))


@pytest.mark.parametrize(("text", "values", "expected"), [
    # the same thing, or the band naming nothing: per time to the band — 2 × 2 = 4 → 6; 3 → 0
    ("无故缺勤一次扣2分,累计3次及以上该项不得分", ["0", "2", "3"], [10, 6, 0]),
    ("无故缺勤一次扣2分,考核期内累计3次及以上不得分", ["2", "3"], [6, 0]),
    ("迟到一次扣2分,全年累计迟到3次及以上不得分", ["2", "3"], [6, 0]),
    # "出现1次差错扣1分,出现两次及以上差错不得分": 1 → 9, 2 → 0
    ("出现一次差错扣1分,出现两次及以上差错不得分", ["0", "1", "2"], [10, 9, 0]),
])
def test_the_same_thing_still_read(text: str, values: list[str], expected: list[int]) -> None:
    assert _scores(text, 10, values) == [Decimal(e) for e in expected]


# --- 2. bands that reset per matter, per person, per day, or an average ---------------------------------------------

@pytest.mark.parametrize("text", [
    "被通报一次扣2分,同一事项累计被通报3次以上不得分",  # was >=3: 0 — 3 notices on 3 matters: 10 − 6 = 4
    "迟到一次扣1分,月均迟到3次以上不得分",  # was >=3: 0 — 3 in a year is a monthly average of 0.25: 7
    "缺勤一次扣2分,任一月份累计缺勤3次及以上不得分",  # 3 in three months: 4
    "违规一次扣2分,每人累计违规3次以上不得分",  # 3 by three people: 4
    "迟到一次扣1分,每个工作日迟到超过1次的不得分",  # was >1: 0 — 2 on two days: 8
    "迟到一次扣1分,同一时段迟到3次以上不得分",
])
def test_a_band_per_matter_person_or_average_refused(text: str) -> None:
    _refused(text, 10)


# --- 3./4. levels named by counts -----------------------------------------------------------------------------------

def test_a_count_met_as_a_level_name_refused() -> None:
    # was "满足以下要求中有一条": 10; "一条都不满足": 0; *: 0 — a typed 1 scored 0, the text 10
    assert any("满足要求的条数" in u for u in _refused("满足以下要求中有一条得10分,一条都不满足得0分", 10))


@pytest.mark.parametrize("text", [
    "完全满足主要技术要求,符合国家相关标准得基本分40分,有一条不满足扣1分",  # 2 failings: 38 (each) or 39 (once)?
    "完全满足主要技术要求,符合国家相关标准得基本分40分,有一条不满足得20分",  # 2 failings: 20 or less?
])
def test_one_failing_priced_alone_refused(text: str) -> None:
    assert any("只写了这一条数的得分" in u for u in _refused(text, 40))


def test_one_failing_losing_all_still_read() -> None:
    # CP1-5's wording: one failing loses the row, more too — 0 → 40, 1 → 0, 2 → 0
    assert _scores("完全满足主要技术要求，符合国家相关标准得基本分40分，有一条不满足得0分", 40, ["0", "1", "2"]) == [40, 0, 0]


def test_every_count_printed_stays_levels() -> None:
    # each count of failings has its level, the last "及以上": typed as the printed names
    r = read_rule_text("全部满足得10分,有一条不满足得6分,有两条不满足得3分,三条及以上不满足不得分", 10)
    assert r.ok
    assert [r.rule.score(v, 10) for v in ("全部满足", "有一条不满足", "有两条不满足", "三条及以上不满足")] == [10, 6, 3, 0]


# --- 5. 以此类推 ---------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["未按时上报扣2分,以此类推", "未按时上报扣2分,依此类推", "未按时上报扣2分。以此类推。"])
def test_and_so_on_is_never_a_note(text: str) -> None:
    _refused(text, 10)


# --- 6. kinds of points as items ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["总分10分:基本分6分,奖励分4分", "其中基础分6分,加分4分", "满分10分:其中基础分6分,加分4分"])
def test_points_kinds_as_items_refused(text: str) -> None:
    _refused(text, 10)


@pytest.mark.parametrize("text", ["共10分,其中:上半年5分,下半年5分", "档案管理10分,其中:纸质档案5分,电子档案5分"])
def test_heading_over_real_items_still_a_checklist(text: str) -> None:
    r = read_rule_text(text, 10)
    assert r.kind == "checklist" and sorted(i.points for i in r.items) == [5, 5]


# --- 0. a deduction read as the passing condition (the most dangerous: a clean record scored 1 of 100) --------------

@pytest.mark.parametrize("text", [
    "上午8点30分以后、9点及以前到岗的,视为迟到,量化扣分一分,扣出勤奖金10元;",  # fresh79 CM3-1 with 一 for 1: was "符合": 1
    "迟到的,扣除分值1分",  # was "符合": 1 — on time: 1 of 100, the text 100
    "迟到的,扣该项分1分",
    "迟到的,扣考核分1分",
    "迟到的,罚1分",
    "迟到的,减分1分",
    "迟到的扣当月考核分2分",  # was "符合": 2 (whose score 考核分 is — this row's or the month's — not printed either)
    "迟到一次扣当月考核分2分",
])
def test_a_deduction_is_never_the_passing_condition(text: str) -> None:
    _refused(text, 100)


@pytest.mark.parametrize(("text", "expected"), [
    ("迟到的,扣分一分", [100, 99]),  # "扣分一分" = 扣1分: on time 100, late 100 − 1
    ("迟到的,量化扣分1分", [100, 99]),
    ("迟到的,扣分十分", [100, 90]),
])
def test_points_after_score_word_in_chinese_numerals(text: str, expected: list[int]) -> None:
    assert _scores(text, 100, ["符合", "迟到"]) == [Decimal(e) for e in expected]


def test_passing_conditions_still_read() -> None:
    assert read_rule_text("未发现问题不扣分得5分", 5).canonical == '"符合": 5'  # 不扣分 is no deduction


# --- 7. deduction bands down to nothing ----------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "造成损失1万元以上扣5分,1万元以下扣2分",  # was >10000: 5; <=10000: 8 — no loss (0) scored 8, the text 10
    "处罚款1000元以上的,扣5分;处罚款1000元以下的,扣2分",
])
def test_deduction_bands_down_to_nothing_refused(text: str) -> None:
    assert any("最低一档" in u for u in _refused(text, 10))


def test_amount_band_keeping_the_full_marks_still_read() -> None:
    # "罚款金额在1万元以上的扣5分": 20000 → 10 − 5 = 5; 5000 → 10
    assert _scores("罚款金额在1万元以上的扣5分", 10, ["20000", "5000"]) == [5, 10]


# --- checklist refusals say why --------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["1、建立工作制度。(2分) 2、落实工作责任。(3分)(本项最高5分)",
                                  "1、制度建设。(3分) 2、资料归档。(2分)(10分)"])
def test_a_checklist_refusal_names_its_fragment(text: str) -> None:
    _refused(text, 5)  # was refused with nothing said (understood == [])
