"""r65 (issue 11): red team of the session-37 reader paths (docs/notes/r65.md).

Hostile sentences a real table could print that LOOK like the shapes r59/r61/r62 added but mean something else, each with
what a careful human scores (hand arithmetic in the comments, written before the reader ran) or "must refuse"; and
meaning-preserving rewrites of the corpus sentences those paths read (full-width / half-width punctuation, a leading item
number, the clauses in another order), which must read as the original or be refused — never score differently.

Wrong readings found (all now refused, the reason said in Chinese):
1. places named for a penalty or a failing, points in order ("被市级、省级、国家级通报批评。(1、3、5分)" read 国家级 → 分值);
2. factor levels whose P = 1 names a problem ("存在重大问题,P = 1 ;…;无问题,P = 0" read the major problem → 分值);
3. a printed start whose step counts a part of it ("宣讲活动不少于30场,市级每少1场扣0.5分") — and, before r59 already, a
   shortfall band whose step counts another thing ("服务对象达到100人以上得满分,工作人员每少1人扣0.5分");
4. "每发现一半以上学生未达标扣2分" read as a count of things found (一半 is half);
5. "有一次扣1分,以此类推递增" / "每次扣1分,逐次递增" read 1 per time (the step grows);
6. "没有新增1处服务网点的,扣5分" read 5 per place (none new scored the 分值);
7. "一般的得2分;一般及以下的得1分" read 一般 → 2 (the two levels overlap);
8. "按季度考核,优10分、良6分、差0分,全年累计" read one grade picked (grades added up);
9. "每查实一起扣2分,每起涉及多人的按人数计" read per case (the text counts people).
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from jixiao.rules.chinese import read_rule_text
from tests.rules_chinese.corpus import judge
from tests.rules_chinese.test_r46 import _BY_ID  # the corpus by id
from tests.rules_chinese.test_r51 import _refused  # a refusal, its why in Chinese


def _scores(text: str, w: float, values: list[str], target: str | None = None) -> list[Decimal]:
    r = read_rule_text(text, w)
    assert r.ok, (r.kind, r.understood)
    return [r.rule.score(v, w, target) for v in values]  # type: ignore[union-attr]


def _not_a_rule(text: str, w: float) -> None:
    """Refused or left to a person — never a rule."""
    r = read_rule_text(text, w)
    assert not r.ok and r.kind in ("unreadable", "judgement"), (r.kind, r.canonical)


# the corpus sentences the session-37 paths read: still read as labelled
@pytest.mark.parametrize("sid", ["BV12-2", "BV12-3", "BL9-1", "U17-2", "Y1-5", "BB6-6", "BH8-4", "W9-3", "CG7-2", "CG7-5",
                                 "BY8-2", "BY8-3", "CF3-1", "CF2-1", "CI6-1", "CI4-1", "CI4-3", "CI5-4", "W3-5", "CI1-5",
                                 "CI2-1", "CI3-1", "BK9-1", "BF4-2", "BL3-1", "BL3-3",
                                 # fresh35 AV3-1: the step names the band's own verb ("每少招收1名", r65's guard)
                                 "AV3-1"])
def test_corpus_sentences_still_read(sid: str) -> None:
    assert judge(_BY_ID[sid]) == ("read", "")


# --- 1. places then points in order (listedlevels.read_places_in_order, r59) -------------------------------------------

@pytest.mark.parametrize("text", [
    "被市级、省级、国家级通报批评。(1、3、5分)",  # a penalty: 5 for a national criticism? a deduction? — refuse
    "在市级、省级、国家级检查中被通报。(1、3、5分)",
    "未在市级、省级、国家级刊物上发表。(1、3、5分)",  # not done
    "在市级、省级、国家级检查中发现问题的。(1、3、5分)",
    "在市级、省级、国家级检查中排名靠后的。(1、3、5分)",
])
def test_places_named_for_no_merit_refused(text: str) -> None:
    assert any("不是取得的成绩" in u for u in _refused(text, 5))


@pytest.mark.parametrize("text", [
    "在国家级、省级、市级刊物上发表。(1、3、5分)",  # the lowest tier the most points: no one scale
    "在省级、市级、县级刊物上发表。(1、3、5分)",
    "在市级、省级、国家级刊物上发表的,分别加1分、3分、5分,可累计",  # added up
    "每在市级、省级、国家级刊物上发表一篇。(1、3、5分)",  # per paper: several add up
    "在市级、省级、国家级刊物上每发表一篇,分别加1分、3分、5分",
    "被市、省、国家级媒体报道的,每次分别加1分、3分、5分",
    "在市级、省级、国家级刊物上发表两篇以上。(1、3、5分)",  # a count to reach as well
    "在市级、省级、国家级刊物上发表的,分别扣1分、3分、5分",  # deductions
    "在市级、省级、国家级刊物上发表的,依次加5分、3分、1分",  # the points fall as the tiers rise
])
def test_places_near_misses_not_read(text: str) -> None:
    _not_a_rule(text, 5)


@pytest.mark.parametrize(("text", "expected"), [
    # 市级 1, 省级 3, 国家级 5 (the 分值): the level reached, not added
    ("市级、省级、国家级表彰。(1、3、5分)", {"国家级": 5, "省级": 3, "市级": 1}),
    ("在市级、省级、国家级刊物上发表。(1分、3分、5分)", {"国家级": 5, "省级": 3, "市级": 1}),
    ("1.在市级、省级、国家级刊物上发表(1、3、5分)。", {"国家级": 5, "省级": 3, "市级": 1}),
    ("受到市级、省级、国家级表彰的,分别加1分、3分、5分", {"国家级": 5, "省级": 3, "市级": 1}),
    ("在市级、省级、国家级比赛中获一等奖。(1、3、5分)", {"国家级": 5, "省级": 3, "市级": 1}),
    # the tiers falling with the points: 市 5, 县 3, 乡级 1 — r68: the 级 printed once after 乡 is shared (市级刊物、县级
    # 刊物、乡级刊物), so the levels are named 市级 5, 县级 3, 乡级 1
    ("在市、县、乡级刊物上发表。(5、3、1分)", {"市级": 5, "县级": 3, "乡级": 1}),
])
def test_places_variants_read(text: str, expected: dict[str, int]) -> None:
    assert _scores(text, 5, list(expected)) == [Decimal(p) for p in expected.values()]


# --- 2. a printed start and a deduction per unit short of it (printedstart.py, r59; assemble's shortfall band) ----------

@pytest.mark.parametrize("text", [
    "宣讲活动不少于30场,市级每少1场扣0.5分",  # the step counts the 市级 ones only: a quota not printed
    "全年发表信息20条以上得满分,其中省级信息每少1条扣0.5分",
    "服务对象达到100人以上得满分,工作人员每少1人扣0.5分",  # another thing counted
    "安排对接经费20万元的得满分,其中省级资金每少安排1万元的减0.5分",
])
def test_start_and_step_of_another_thing_refused(text: str) -> None:
    _refused(text, 5)


@pytest.mark.parametrize("text", [
    "安排经费20万元以下的不得分,每少1万元扣0.5分",  # 20 is where 0 begins, not a start
    "安排经费达到20万元的得满分,10万元以下的,每少1万元扣0.5分",
    "每个村集体经营性收入达到15万元以上,每少1万元扣2分",  # per village
    "到位资金达到20亿元得满分,每少1千万元扣0.1分",  # another unit
    "到位资金达到20亿元得满分,每少1万元扣0.1分",
    "安排对接经费20万元的得满分,每少安排1万元的加0.5分",
    "安排对接经费20万元的得满分,每多安排1万元的减0.5分",
    "宣讲活动不少于30场,每少1场扣0.5分,每多1场加0.5分",
    "宣讲活动不少于30场,低于20场的每少1场扣0.5分",
])
def test_printed_start_near_misses_refused(text: str) -> None:
    _not_a_rule(text, 5)


@pytest.mark.parametrize(("text", "w", "values", "expected"), [
    # BB6-6 with a full-width item number: 20 → 5; 19 → 4.5; 14 → 5 − 3 = 2
    ("（1）安排对接经费20万元的得满分，每少安排1万元的减0.5分。", 5, ["20", "19", "14"], ["5", "4.5", "2"]),
    # 20 → 5; 19 → 4.5; 10 → 0
    ("工作经费不少于20万元,每少1万元扣0.5分", 5, ["20", "19", "10"], ["5", "4.5", "0"]),
    # 20 → 10; 19 → 9; 10 → 0
    ("招商引资到位资金达到20亿元,每少1亿元扣1分", 10, ["20", "19", "10"], ["10", "9", "0"]),
    # the step counts the start's own thing, named again: 20 → 5; 19 → 4.5
    ("全年发表信息20条以上得满分,信息每少1条扣0.5分", 5, ["20", "19"], ["5", "4.5"]),
])
def test_printed_start_variants(text: str, w: float, values: list[str], expected: list[str]) -> None:
    assert _scores(text, w, values) == [Decimal(e) for e in expected]


# --- 3. steps from the row's target, a lone failing band, "(含15条)" (targets.read_bare_target_steps, r61) -------------

@pytest.mark.parametrize("text", [
    "每低于1个百分点扣0.5分,每高于1个百分点加0.5分",
    "每低于1个百分点加0.5分",
    "每超过1个百分点加0.5分",
    "每低于平均值1个百分点扣0.5分",  # compares with an average
    "每低于上年1个百分点扣0.5分",
    "比上年每低于1个百分点扣0.5分",
    "每低于1个百分点扣0.5分(与全省平均水平比较)",
    "每低于1个千分点扣0.5分",
    "低于90%的,该项不得分;高于95%的加2分。",
    "达到90%的,该项不得分。",
    "各股室每年报送信息数量达到15条(含10条)以上的,计50分;少于15条的,计0分。",  # the bracket names another number
])
def test_target_steps_near_misses_refused(text: str) -> None:
    _refused(text, 2)


@pytest.mark.parametrize(("text", "target", "values", "expected"), [
    # CG7-2 rewritten: full-width comma and stop, an item number, "1%" for 1 个百分点 — 89% → 2 − 0.5 = 1.5
    ("每低于1个百分点，扣0.5分。", "≥90%", ["90%", "89%"], ["2", "1.5"]),
    ("（1）每低于1个百分点扣0.5分", "≥90%", ["90%", "89%"], ["2", "1.5"]),
    ("每低于1%扣0.5分", "≥90%", ["90%", "89%"], ["2", "1.5"]),
    # above a ≤5% target: 6% → 1.5; 8% → 0.5
    ("每超出1个百分点扣0.5分", "≤5%", ["5%", "6%", "8%"], ["2", "1.5", "0.5"]),
    # steps of 2 rounded up: 89% → 1.5; 88% → 1.5; 87% → 1
    ("每低于2个百分点扣0.5分(不足2个百分点按2个百分点计)", "≥90%", ["90%", "89%", "88%", "87%"], ["2", "1.5", "1.5", "1"]),
])
def test_target_steps_rewrites(text: str, target: str, values: list[str], expected: list[str]) -> None:
    assert _scores(text, 2, values, target) == [Decimal(e) for e in expected]


def test_target_steps_of_the_other_direction_refused_when_scored() -> None:
    # "每超过" on a "≥90%" target: more is better there — the scoring refuses, never a number
    r = read_rule_text("每超过1个百分点扣0.5分", 2)
    with pytest.raises(Exception, match="方向"):
        r.rule.score("95%", 2, "≥90%")  # type: ignore[union-attr]


@pytest.mark.parametrize(("text", "w", "values", "expected"), [
    # BY8-2 with a full-width comma / without 的: 96% → 10; 93% → 0
    ("低于94%的，该项不得分。", 10, ["96%", "93%"], ["10", "0"]),
    ("低于94%，不得分。", 10, ["96%", "93%"], ["10", "0"]),
    # CG7-5 with 不计分: 0% → 2; 1.5% → 0
    ("超过1%的不计分", 2, ["0%", "1.5%"], ["2", "0"]),
    # CF3-1 in full-width punctuation, and its clauses swapped: 15 → 50; 14 → 0
    ("各股室每年报送信息数量达到15条（含15条）以上的，计50分；少于15条的，计0分。", 50, ["15", "14", "30"], ["50", "0", "50"]),
    ("少于15条的,计0分;各股室每年报送信息数量达到15条(含15条)以上的,计50分。", 50, ["15", "14"], ["50", "0"]),
])
def test_lone_band_and_closed_count_rewrites(text: str, w: float, values: list[str], expected: list[str]) -> None:
    assert _scores(text, w, values) == [Decimal(e) for e in expected]


# --- 4. factor levels "…,P = x" (factorlevels.py, r61) ------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "存在重大问题,P = 1 ;存在一般问题,P = 0.5 ;无问题,P = 0",  # P weighs the problems
    "问题严重,扣分系数P = 1 ;问题较轻,扣分系数P = 0.5 ;无问题,P = 0",
    "未建立制度,P = 1 ;制度基本健全,P = 0.5 ;制度健全,P = 0",
    "制度健全,P = 1 ;制度基本健全,P = 0.5 ;无制度,P = 0;每发现一处问题扣1分",
    "制度健全,P = 1 ;制度基本健全,P = 0.5 ;无制度,P = -0.5",
    "制度健全,P = 1 ;制度基本健全,P = 0.5 ;无制度,P = 0(P为扣分系数)",
    "制度健全,P = 1 ;制度基本健全,P = 0.5 ;无制度,P = 0,得分=分值×(1-P)",
    "制度健全,P = 0.8 ;制度基本健全,P = 0.5 ;无制度,P = 0",  # no level worth the 分值
])
def test_factor_levels_near_misses_refused(text: str) -> None:
    _refused(text, 4)


def test_factor_level_naming_a_problem_says_why() -> None:
    assert any("扣分（问题）系数" in u for u in _refused("存在重大问题,P = 1 ;存在一般问题,P = 0.5 ;无问题,P = 0", 5))


@pytest.mark.parametrize("text", [
    "制度健全,P=1;制度基本健全,P=0.5;无制度,P=0",  # no spaces
    "制度健全，P＝1；制度基本健全，P＝0.5；无制度，P＝0。",  # full width
    "无制度,P = 0 ;制度基本健全,P = 0.5 ;制度健全,P = 1",  # listed from P = 0 up (refused before r65)
])
def test_factor_levels_rewrites(text: str) -> None:
    # W 4: 制度健全 4; 制度基本健全 0.5 × 4 = 2; 无制度 0
    assert _scores(text, 4, ["制度健全", "制度基本健全", "无制度"]) == [4, 2, 0]


# --- 5. levels joined by "、", "一般以下" (normalise._part_joined_levels, levels._below_level, r62) -------------------

@pytest.mark.parametrize(("text", "w"), [
    ("按季度考核,优10分、良6分、差0分,全年累计", 10),  # grades added up over the year
    ("以检查记录为依据,优10分、良6分、差0分(每季度评定一次,取平均)", 10),  # averaged
    ("以平时检查记录为依据,优10分、良6分、差0分,可累计", 10),
    ("抽查档案10份,每份优1分、良0.5分、差0分", 10),  # per file
    ("每项优2分、良1分、差0分", 10),
    ("考核结果:优秀10分、良好8分、合格6分;不合格的,每项扣2分", 10),
    ("以检查记录为依据,优10分、良6分、差0分;被上级通报的扣2分", 10),
    ("较好的得3分;一般的得2分;一般及以下的得1分", 3),  # 一般 in two levels
    ("好的得5分;一般的得4分;一般以上的得3分", 5),
    ("评分:好的得5分;一般的得4分;较差以下的得3分", 5),
])
def test_joined_levels_near_misses_not_read(text: str, w: float) -> None:
    _not_a_rule(text, w)


def test_overlapping_levels_say_why() -> None:
    assert any("两档重叠" in u for u in _refused("较好的得3分;一般的得2分;一般及以下的得1分", 3))


@pytest.mark.parametrize(("text", "expected"), [
    # 优 10, 良 6, 差 0 (full-width comma and stop; listed from the lowest)
    ("以平时检查记录为依据，优10分、良6分、差0分。", {"优": 10, "良": 6, "差": 0}),
    ("以平时检查记录为依据,差0分、良6分、优10分", {"优": 10, "良": 6, "差": 0}),
    ("以检查记录为依据,好10分、中6分、差0分", {"好": 10, "中": 6, "差": 0}),
    ("以检查记录为依据,优10分、良6分、差0分,以最低一次为准", {"优": 10, "良": 6, "差": 0}),
])
def test_joined_levels_rewrites(text: str, expected: dict[str, int]) -> None:
    assert _scores(text, 10, list(expected)) == [Decimal(p) for p in expected.values()]


@pytest.mark.parametrize("text", ["评分：好的得5分；一般的得4分；一般以下的得3分",  # full width
                                  "评分:一般以下的得3分;一般的得4分;好的得5分"])  # listed from the lowest
def test_below_level_rewrites(text: str) -> None:
    assert _scores(text, 5, ["好", "一般", "一般以下"]) == [5, 4, 3]


# --- 6. counts: 每发现一 + noun, "有一次扣N分,以此类推", "没有新增1处" (normalise / fragments, r62) ---------------------

@pytest.mark.parametrize("text", [
    "每发现一半以上学生未达标扣2分",  # 一半 is half
    "每发现1半以上学生未达标扣2分",
    "每发现一部分资料缺失扣1分",
    "每发现一系列问题扣1分",
    "有一次扣1分,以此类推递增",  # the step grows
    "每次扣1分,逐次递增",
    "发现一次扣1分,以此类推,逐次递增",
    "有一次扣1分,以此类推递加",
    "有一次扣1分,以此类推,加倍扣分",
    "有一次扣1分,二次扣3分,以此类推",
    "每查实一起扣2分,每起涉及多人的按人数计",  # the count is of people
    "每发现一起扣2分,同一问题重复出现的加倍扣分",
    "年度内辖区没有新增1处服务网点的,扣5分",  # none new costs 5: not 5 per place
    "年度内辖区没有新增1处违法占地的,记满分;每发现1处违法占地加1.5分",
])
def test_count_near_misses_refused(text: str) -> None:
    _refused(text, 5)


def test_first_time_onward_not_a_rule() -> None:
    # "第一次扣1分,以此类推": the second time 2? — never a count rule (it reads a level named 第一次, no number scores)
    r = read_rule_text("第一次扣1分,以此类推", 5)
    assert not (r.ok and r.rule is not None and "per" in str(r.rule))


def test_not_a_single_one_says_why() -> None:
    assert any("一处也没有" in u for u in _refused("年度内辖区没有新增1处服务网点的,扣5分", 5))


@pytest.mark.parametrize(("text", "w", "values", "expected"), [
    # CI5-4 in 简体 / with 扣完为止 in 繁体: 0 → 5; 1 → 4; 5 → 0
    ("教室门前每发现一纸片扣1分。", 5, ["0", "1", "5"], ["5", "4", "0"]),
    ("教室門前每發現一紙片扣1分,扣完為止。", 5, ["0", "1", "5"], ["5", "4", "0"]),
    # a cap: 3 → 2; 5 → 2
    ("每发现一纸片扣1分,最多扣3分", 5, ["0", "3", "5"], ["5", "2", "2"]),
    # 出现 / 依此: 3 → 2
    ("出现一次扣1分,依此类推", 5, ["0", "1", "3"], ["5", "4", "2"]),
    ("发现一次扣1分,以此类推,扣完为止", 5, ["0", "1", "3", "6"], ["5", "4", "2", "0"]),
    # a cap of 5 on a 10-point row: 6 → 5
    ("有一次扣1分,以此类推,扣满5分为止", 10, ["0", "1", "6"], ["10", "9", "5"]),
    # CI2-1 in 简体: 0 → 5; 1 → 3.5; 4 → 0
    ("年度内辖区没有新增1处违法占地的,记满分;每发现1处扣1.5分,直至扣完为止。", 5, ["0", "1", "4"], ["5", "3.5", "0"]),
    # BL3-1's step alone: 1 → 15; 4 → 0
    ("每一专业不达标减5分", 20, ["0", "1", "4"], ["20", "15", "0"]),
])
def test_count_rewrites(text: str, w: float, values: list[str], expected: list[str]) -> None:
    assert _scores(text, w, values) == [Decimal(e) for e in expected]


# --- 7. a heading worth the 分值, then N per unit (peritem.read_headed_per_unit, r62) ----------------------------------

@pytest.mark.parametrize(("text", "w"), [
    ("培植种粮大户计2分,种粮大户每户计1分,最高计3分", 2),  # a cap above the heading's
    ("培植种粮大户计2分,种粮大户每户计1分,最高计3分", 3),
    ("培植种粮大户计2分,种粮大户每户计0.5分,不足4户的不得分", 2),
    ("培植种粮大户计2分,双季稻种植达30亩的种粮大户的每户计1分,家庭农场每户计1分", 2),
    ("培植种粮大户计2分,种粮大户每户计1分,上不封顶", 2),
    ("培植种粮大户计2分,种粮大户每户计1分,多超多得", 2),
    ("培植种粮大户计2分,种粮大户每户计1分,未培植的扣2分", 2),
    ("培植种粮大户计2分,发展家庭农场计2分,种粮大户每户计1分", 4),  # the heading is one item of two
    ("培植种粮大户计2分,种粮大户每户计1分", 4),  # the heading is not the 分值
    ("培植种粮大户计2分,种粮大户每户计1分,每村最高计2分", 2),  # a cap per village
])
def test_headed_per_unit_near_misses_refused(text: str, w: float) -> None:
    _refused(text, w)


@pytest.mark.parametrize(("text", "values", "expected"), [
    # CI3-1 with full-width punctuation: 0 → 0; 1 → 1; 3 → 2 (the heading's 2 is the cap)
    ("培植种粮大户计2分，双季稻种植达30亩的种粮大户的每户计1分。", ["0", "1", "3"], ["0", "1", "2"]),
    # 0.5 a household, capped at 2: 2 → 1; 4 → 2; 5 → 2
    ("b、培植种粮大户计2分,种粮大户的每户计0.5分", ["0", "2", "4", "5"], ["0", "1", "2", "2"]),
])
def test_headed_per_unit_rewrites(text: str, values: list[str], expected: list[str]) -> None:
    assert _scores(text, 2, values) == [Decimal(e) for e in expected]
