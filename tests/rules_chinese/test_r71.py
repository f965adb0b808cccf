"""r71 (issue 11): red team of the session-39 reader paths (docs/notes/r71.md, docs/notes/r71-hostile.tsv).

Hostile sentences a real table could print that LOOK like the shapes session 39 added (r67: requirements only, 视…情况…评分,
a rate item inside a yes/no checklist; r68: point ranges and lost dashes, levels above the 分值, grades added up, "第一次扣1分,
以此类推", the shared 级; the bonus above a full base) but mean something else, each with what a careful human scores (hand
arithmetic in the comments, written before the reader ran) or "must refuse"; the meaning-preserving rewrites of the corpus
sentences those paths read gave no other score (a reading lost only: the note lists them).

Wrong readings found (all fixed), most dangerous first:
1. a pass/fail whose passing description opens with how the row is checked — "视检查情况,建立得5分,未建立不得分",
   "根据检查情况,…", "视工作开展情况,开展得5分,…", "按季度检查,…" — named only the whole printed description: a typed
   "建立" (the condition the reader itself took) fell under ``*`` and scored **0** (pre-existing). Now the condition is
   named too (printednames._lead_in_dropped, only where the lead-in is a how-checked clause the reading dropped);
2. a rate floor that may be the whole row's — "…每低5%扣1分；低于80%的，该指标不得分", "…；低于80%本项不得分", a floor on a line
   of its own after the items — was taken for the rate item's (CH1-7's path): at 79 % the row scored 4 of 9 where the text may
   give 0. Refused (itemrules.floor_of_the_row);
3. grades given several times — "全年检查两次,优10分;良6分;差0分", "每次检查,…", "半年评一次,…", "上下半年各评一次,…",
   "检查两次,合格得5分,…" — read as one grade (the lead-in glued into a level "全年检查两次,优"). Refused
   (mismatch.refuse_added_grades also reads a level name's lead-in; several times, 半年, 各…一次);
4. one ordinal of a period or a place and "以此类推" — "第一季度扣1分,以此类推", "第一年…", "第一个月…" read a level "第一季度": 4
   beside "符合": W; "第一名得5分,以此类推" a pass/fail. Refused (r68's first-time refusal, its ordinal units widened).
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from jixiao.rules.chinese import read_rule_text
from tests.rules_chinese.corpus import judge
from tests.rules_chinese.test_r46 import _BY_ID  # the corpus by id
from tests.rules_chinese.test_r51 import _refused  # a refusal, its why in Chinese
from tests.rules_chinese.test_r65 import _scores  # scores at values; never a refusal

#: the corpus sentences the session-39 paths read: still read as labelled
PATH_IDS = ["CH1-7", "AE10-5", "BF13-4", "AD4-3", "BL7-3", "BO9-1", "BO9-2", "CC2-1", "BC8-1", "BC9-1", "AV8-2", "AZ1-2",
            "AZ1-3", "BS4-4", "BE9-1", "CH5-1", "CH5-2", "BF16-2"]


@pytest.mark.parametrize("sid", PATH_IDS)
def test_corpus_sentences_still_read(sid: str) -> None:
    assert judge(_BY_ID[sid]) == ("read", "")


# --- 1. the pass condition after a how-checked lead-in (printednames._lead_in_dropped) ----------------------------------

@pytest.mark.parametrize(("text", "values", "expected"), [
    # 建立 → 5 (it was 0: "建立" fell under *); 未建立 → 0
    ("视检查情况,建立得5分,未建立不得分", ["建立", "未建立", "视检查情况,建立"], [5, 0, 5]),
    ("根据检查情况,建立得5分,未建立不得分", ["建立", "未建立"], [5, 0]),
    ("经检查,建立得5分,未建立不得分", ["建立", "未建立"], [5, 0]),
    ("视工作开展情况,开展得5分,未开展不得分", ["开展", "未开展"], [5, 0]),
    ("視檢查情況,建立得5分,未建立不得分", ["建立", "未建立"], [5, 0]),  # 繁体: the same
])
def test_pass_condition_after_a_lead_in_is_named(text: str, values: list[str], expected: list[int]) -> None:
    assert _scores(text, 5, values) == [Decimal(e) for e in expected]


@pytest.mark.parametrize(("text", "not_a_name"), [
    # the first clause is a requirement too: "按月报送" alone is not the pass (建立台账 also needed)
    ("建立台账,按月报送得5分,否则不得分", "按月报送"),
    ("配备人员,且接受过专业培训得5分,否则不得分", "且接受过专业培训"),
])
def test_a_requirement_before_the_pass_is_no_lead_in(text: str, not_a_name: str) -> None:
    r = read_rule_text(text, 5)
    assert r.ok and not any(getattr(c.condition, "text", None) == not_a_name for c in r.rule.clauses), r.canonical  # type: ignore[union-attr]


# --- 2. a floor that may be the whole row's beside a rate item (itemrules.floor_of_the_row) -----------------------------

_ITEMS = "1.有计划得2分\n2.有总结得2分\n3.满意度≥90%得5分，每低5%（不足5%按5%计）扣1分"


@pytest.mark.parametrize("text", [
    _ITEMS + "；低于80%的，该指标不得分",  # 该指标: the whole row (9 → 0) or the item (4 → 0)? not said
    _ITEMS + "；低于80%本项不得分",
    _ITEMS + "\n低于80%不得分",  # a line of its own after the items
])
def test_floor_that_may_be_the_rows_refused(text: str) -> None:
    assert any("整个指标" in u for u in _refused(text, 9))


def test_floor_inside_the_rate_item_still_read() -> None:
    # fresh73 CH1-7's shape: the floor after "；" in item 3 is item 3's — 2 + 2 + 5 = 9; item 3 at 87 %: one step (ceil) → 4;
    # 79 %: below 80 % → 0
    r = read_rule_text(_ITEMS + "；低于80%不得分", 9)
    assert r.kind == "checklist" and r.max_points == 9
    rated = [i for i in r.items if i.rule is not None]
    assert len(rated) == 1 and [rated[0].rule.score(v, 5) for v in ("90%", "87%", "84%", "79%")] == [5, 4, 3, 0]


@pytest.mark.parametrize(("text", "w", "values", "expected"), [
    # 2 + 2 + 3 = 7; item 3: 90 → 3; 87 → 2 (one step, ceil); 85 → 2; 84 → 1; 80 → 1; 79 → 0
    ("1.有培训计划得2分\n2.有培训记录得2分\n3.培训覆盖率≥90%得3分，每低5%（不足5%按5%计）扣1分；低于80%不得分", 7,
     ["90%", "87%", "85%", "84%", "80%", "79%"], [3, 2, 2, 1, 1, 0]),
    # full-width item numbers, CH1-7's words: 87 → 5 − 1 = 4; 84 → 5 − 2 = 3
    ("１．有问卷调查等形式的培训反馈得２分\n２．反馈结果有及时分析和有效应用得２分\n３．住院医师满意度（授课评价≥20分的比例）≥90%得5分，"
     "每低5%（不足5%按5%计）扣1分；低于80%不得分", 9, ["90%", "87%", "84%"], [5, 4, 3]),
    # the rate item first: 87 → 4
    ("1.满意度≥90%得5分，每低5%（不足5%按5%计）扣1分；低于80%不得分\n2.有计划得2分\n3.有总结得2分", 9, ["87%"], [4]),
    # a step of 2 on 3 points: 87 → 3 − 2 = 1; 84 → 3 − 4 → 0
    ("1.有培训计划得2分\n2.培训覆盖率≥90%得3分，每低5%（不足5%按5%计）扣2分", 5, ["90%", "87%", "84%"], [3, 1, 0]),
])
def test_rate_item_variants_read_by_hand(text: str, w: int, values: list[str], expected: list[int]) -> None:
    r = read_rule_text(text, w)
    assert r.kind == "checklist" and r.max_points == w
    rated = [i for i in r.items if i.rule is not None]
    assert len(rated) == 1
    assert [rated[0].rule.score(v, float(rated[0].points)) for v in values] == [Decimal(e) for e in expected]


@pytest.mark.parametrize(("text", "w"), [
    # two rates, the rounding printed on the other one
    ("1.有计划得2分\n2.满意度≥90%得5分，每低5%扣1分；低于80%不得分\n3.投诉率≤5%得2分，每高1%（不足1%按1%计）扣1分", 9),
    ("1.培训覆盖率≥90%得3分，每低5%扣1分\n2.满意度≥90%得4分，每低5%（不足5%按5%计）扣1分", 7),
    ("1.有培训计划得2分\n2.有培训记录得2分\n3.培训覆盖率≥90%得3分，每低5%（不足5%按5%计）扣1分；低于80%不得分", 5),  # 7 on 5
    ("1.有计划得2分\n2.有总结得2分\n3.满意度≥90%得5分，每低5%（不足5%按5%计）扣1分；低于80%扣9分", 9),
])
def test_rate_item_near_misses_refused(text: str, w: int) -> None:
    _refused(text, w)


# --- 3. grades given several times (mismatch.refuse_added_grades) -------------------------------------------------------

@pytest.mark.parametrize(("text", "w"), [
    ("全年检查两次,优10分;良6分;差0分", 10),  # two grades: added (up to 20?) or averaged? — one grade was read
    ("每次检查,优10分;良6分;差0分", 10),
    ("半年评一次,优10分;良6分;差0分", 10),
    ("上下半年各评一次,优10分;良6分;差0分", 10),
    ("检查两次,合格得5分,不合格不得分", 5),
    ("全年抽查3次,合格得5分,不合格不得分", 5),
])
def test_grades_given_several_times_refused(text: str, w: int) -> None:
    _refused(text, w)


@pytest.mark.parametrize(("text", "values", "expected"), [
    ("检查一次,优10分;良6分;差0分", ["优", "良", "差"], [10, 6, 0]),  # once: one grade
    ("优10分;良6分;差0分,以最低一次为准", ["优", "良", "差"], [10, 6, 0]),  # one grade picked
    ("年度考核优秀10分;良好6分;差0分", ["优秀", "良好", "差"], [10, 6, 0]),
])
def test_one_grading_still_read(text: str, values: list[str], expected: list[int]) -> None:
    assert _scores(text, 10, values) == [Decimal(e) for e in expected]


# --- 4. one ordinal of a period or place and 以此类推 (mismatch.refuse_first_time_only) ----------------------------------

@pytest.mark.parametrize("text", [
    "第一季度扣1分,以此类推",  # the second quarter: 1 again, 2, or nothing?
    "第一年扣1分,以此类推",
    "第一个月扣1分,以此类推",
    "第一名得5分,以此类推",  # the second place: 4? 3? not said
    "第一起扣2分,以此类推",
])
def test_one_ordinal_and_so_on_refused(text: str) -> None:
    assert any("原文未写明" in u for u in _refused(text, 5))


@pytest.mark.parametrize(("text", "values", "expected"), [
    # the later times printed at the same points: 5 − 1 per time: 0 → 5, 1 → 4, 3 → 2
    ("第一次扣1分,第二次扣1分,以此类推", ["0", "1", "3"], [5, 4, 2]),
    ("第一次扣1分，第二次扣1分，依此类推", ["0", "1", "3"], [5, 4, 2]),
    ("首次扣1分,以后每次扣1分", ["0", "1", "3"], [5, 4, 2]),
    # 2 per time, 扣完为止: 0 → 5, 1 → 3, 2 → 1, 3 → 0
    ("第一次扣2分,第二次扣2分,以此类推,扣完为止", ["0", "1", "2", "3"], [5, 3, 1, 0]),
])
def test_later_times_printed_still_read(text: str, values: list[str], expected: list[int]) -> None:
    assert _scores(text, 5, values) == [Decimal(e) for e in expected]


@pytest.mark.parametrize("text", [
    "第一次扣1分,第二次扣2分,以此类推",  # growing steps
    "第一次扣1分,第二次扣1分,第三次扣2分",
    "第一次扣1分,以后每次扣2分",
    "第一次扣1分,每次加倍",
    "第一次扣1分,第二次扣1分,以此类推,第五次起每次扣2分",
    "首次发现扣1分,以此类推",  # (refused by another reader before r68's check)
])
def test_growing_steps_stay_refused(text: str) -> None:
    _refused(text, 5)


# --- 5. the shared 级, point ranges, levels above the 分值: near misses that stay as they were --------------------------

@pytest.mark.parametrize(("text", "w", "values", "expected"), [
    ("被县、市、省级表彰。(1、3、5分)", 5, ["县级", "市级", "省级"], [1, 3, 5]),
    ("被乡、县、市级表彰。(1、2、3分)", 3, ["乡级", "县级", "市级"], [1, 2, 3]),
    ("中央、省、市、县级媒体报道。(4、3、2、1分)", 4, ["中央级", "省级", "市级", "县级"], [4, 3, 2, 1]),
    ("获市、省、国家级表彰的,分别得1、3、5分", 5, ["市级", "省级", "国家级"], [1, 3, 5]),
])
def test_shared_tier_levels_read_by_hand(text: str, w: int, values: list[str], expected: list[int]) -> None:
    assert _scores(text, w, values) == [Decimal(e) for e in expected]


@pytest.mark.parametrize(("text", "w"), [
    ("被市、省、国家级通报批评。(1、3、5分)", 5),  # a criticism is no merit
    ("被市、省、国家级约谈的。(1、3、5分)", 5),
    ("被市、省、国家级新闻媒体曝光。(1、3、5分)", 5),
    ("市、县级配套资金到位。(3、2分)", 5),  # both funds: items 3 + 2, not levels
    ("省、市级媒体报道,每次分别得2、1分", 5),  # per time: adds up
    ("优10分,良6分,差0分", 8),  # levels above the 分值
    ("国家级10分,省级6分,市级3分", 8),
    ("工作扎实 8-10；工作一般 4-7；工作较差 0-3", 8),  # a top range above the 分值
    ("优秀,得90分。良好,得75分。较差,得50分。", 10),  # 100-point grades on a 10-point row: no lost dash
    ("完成目标任务,得全部基本分。每超出1个百分点加1分,最高加10分", 100),  # a bonus on top of the whole 分值
])
def test_path_near_misses_never_a_rule(text: str, w: int) -> None:
    r = read_rule_text(text, w)
    assert not r.ok and r.kind in ("unreadable", "judgement"), (r.kind, r.canonical)
