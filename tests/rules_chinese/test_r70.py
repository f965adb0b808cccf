"""r70 (issue 11): session 39's reader leftovers — two policies and the named losses (docs/notes/r70.md).

1. A passing level printed as alternatives "A或B": each alternative is a name worth the pass (shortnames._alternatives) —
   before, only A was named and a typed B fell under 否则 (0): "资料齐全或完整的得5分,否则不得分" scored "完整" 0.
   Alternatives joined by 、/及/和 are one requirement (both asked): only the whole is a name, as before.
2. One policy for "X以下" and "X及以下" beside a printed level X (levels._relative_levels): 以下 includes X (README), so
   read only where both readings (X in it / X not) score every name alike — X printed with its own points and "X以下"
   scoring no more than X; otherwise refused, the reason naming both scores.
3. r69's rewrite losses: "N分值" read as "N分" (normalise); the 分值 restated in brackets right after a bracket of points
   (reader._TRAILING_WEIGHT_RE); the row's own number before "①…" (normalise._OUTER_NUMBER_RE).
4. r65/r68/r69 leftovers: a per-one deduction counting the very thing its level rewards refused (assemble); a bonus
   cap worded "本表加分…" / "各项加分合计…" read where it is the 分值 (peritem); "可适当提高分值" is the judge's (refusals).

Expected scores are worked out by hand from the text (comments), never copied from a run.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from jixiao.rules.chinese import read_rule_text
from tests.rules_chinese.corpus import judge
from tests.rules_chinese.test_r46 import _BY_ID  # the corpus by id
from tests.rules_chinese.test_r51 import _refused  # a refusal, its why in Chinese
from tests.rules_chinese.test_r65 import _not_a_rule, _scores


def _names(text: str, w: float) -> dict[str, Decimal]:
    """The level names of a reading and their points."""
    r = read_rule_text(text, w)
    assert r.ok and r.rule is not None, (r.kind, r.understood)
    return {c.condition.text: c.outcome.amount.points(Decimal(str(w)))  # type: ignore[union-attr]
            for c in r.rule.clauses if hasattr(c.condition, "text")}


# --- 1. each alternative of a passing "A或B" is a name ------------------------------------------------------------------

@pytest.mark.parametrize(("sid", "typed", "expected"), [
    # fresh N3-1 "有项目年度工作计划或有上级文件或审批报告计 2 分,没有不得分" (2): any of the three earns 2
    ("N3-1", ["有项目年度工作计划", "有上级文件", "审批报告", "没有"], [2, 2, 2, 0]),
    # N3-3 "有明确的绩效管理机构或专人负责 2 分。没有不得分" (2): 专人负责 alone earns 2 (before: 0 under 没有/否则)
    ("N3-3", ["有明确的绩效管理机构", "专人负责", "没有"], [2, 2, 0]),
    # AY3-3 "區級或鎮級財政創設配套扶持政策或資金的,得6分。未創設的不得分。" (6): 鎮級… earns 6 too (before: 0)
    ("AY3-3", ["區級", "鎮級財政創設配套扶持政策", "未創設"], [6, 6, 0]),
    # BH7-1 "党委或政府主要领导带头上主题廉政党课得0.5分,不完成不得分" (0.5)
    ("BH7-1", ["党委", "政府主要领导带头上主题廉政党课", "不完成"], [Decimal("0.5"), Decimal("0.5"), 0]),
    # BW10-3 "③公開欄或村委辦公室周圍設意見箱記5分,無意見箱不得分。" (5)
    ("BW10-3", ["公開欄", "村委辦公室周圍設意見箱", "無意見箱"], [5, 5, 0]),
])
def test_corpus_alternatives_each_pass(sid: str, typed: list[str], expected: list[Decimal]) -> None:
    e = _BY_ID[sid]
    assert judge(e) == ("read", "")
    assert _scores(e["text"], e["w"], typed) == [Decimal(x) for x in expected]


@pytest.mark.parametrize(("text", "typed", "expected"), [
    # the brief's sentence (5): 资料齐全 5, 完整 5 (either one passes), 符合 5, anything else 0
    ("资料齐全或完整的得5分,否则不得分", ["资料齐全", "完整", "符合", "不完整"], [5, 5, 5, 0]),
    ("资料齐全或者完整的得5分,否则不得分", ["资料齐全", "完整"], [5, 5]),
    ("按时或提前完成的得5分，否则不得分", ["按时", "提前完成", "未完成"], [5, 5, 0]),
    # a failing level beside it (5): 资料齐全 5, 完整 5, 资料不全 0
    ("资料齐全或完整得5分，资料不全不得分", ["资料齐全", "完整", "资料不全"], [5, 5, 0]),
    # three alternatives (3): each 3
    ("建立台账或工作记录或会议纪要的得3分,否则不得分", ["建立台账", "工作记录", "会议纪要"], [3, 3, 3]),
])
def test_alternatives_each_pass(text: str, typed: list[str], expected: list[int]) -> None:
    assert _scores(text, 5 if "5分" in text else 3, typed) == [Decimal(x) for x in expected]


@pytest.mark.parametrize("text", [
    # 、/及/和 ask for both: the whole is the pass, a part alone is no name worth the pass (it falls under 否则, as the
    # text asks for both) — never a part named at the pass
    "资料齐全、完整的得5分,否则不得分",
    "资料齐全及完整的得5分,否则不得分",
    "资料齐全和完整的得5分,否则不得分",
])
def test_joined_requirements_named_whole(text: str) -> None:
    names = _names(text, 5)
    assert names[text.split("的得")[0]] == 5
    assert "完整" not in names and "资料齐全" not in names


@pytest.mark.parametrize(("text", "name"), [
    # a negated alternative: no alternative is named at the pass (either may be the failing)
    ("按时或未按时完成的得5分,否则不得分", "未按时完成"),
    # the first asks a manner (及时) the second, printed alone, drops: "注销手续" is not named (typed, a gap)
    ("及时来办理变更或注销手续的,计5分;未及时来办理变更或注销手续的,计0分", "注销手续"),
    # an alternative of a middle level is no pass name
    ("(1)悬挂于显著位置或公共位置5分(2)悬挂于隐蔽位置或某一间办公室3分(3)未悬挂0分", "某一间办公室"),
])
def test_alternative_near_misses_not_named(text: str, name: str) -> None:
    r = read_rule_text(text, 5)
    if r.ok and r.rule is not None:
        assert name not in {getattr(c.condition, "text", None) for c in r.rule.clauses}


# --- 2. "X以下" / "X及以下" beside a printed X: one policy -------------------------------------------------------------

@pytest.mark.parametrize("sid", ["CI4-1", "CI4-3"])  # fresh74: "好…;一般…;一般一下/一般以下…", lower points: settled
def test_corpus_below_level_still_read(sid: str) -> None:
    assert judge(_BY_ID[sid]) == ("read", "")


@pytest.mark.parametrize(("text", "expected"), [
    # 一般 has its own points and 一般以下 scores less: 一般 → 2 either way (its own level; the higher of a shared point)
    ("好的得3分;一般的得2分;一般以下的得1分", {"好": 3, "一般": 2, "一般以下": 1}),
    ("好的得3分,一般的得2分,一般一下的得1分", {"好": 3, "一般": 2, "一般一下": 1}),
    # equal points: 一般 → 2 in both readings
    ("好的得3分;一般的得2分;一般以下的得2分", {"好": 3, "一般": 2, "一般以下": 2}),
    # 合格 on its own, 合格以下 less (3): 合格 → 1
    ("优秀的得3分;合格的得1分;合格以下的不得分", {"优秀": 3, "合格": 1, "合格以下": 0}),
])
def test_below_level_settled_read(text: str, expected: dict[str, int]) -> None:
    assert _scores(text, 3, list(expected)) == [Decimal(p) for p in expected.values()]


@pytest.mark.parametrize(("text", "scores"), [
    # 以下 includes 一般, and 一般以下 scores more than 一般: 一般 → 2 (own) or 3 (higher of a shared point)
    ("好的得3分;一般的得2分;一般以下的得3分", ("2分", "3分")),
    ("好的得3分;一般的得1分;一般以下的得2分", ("1分", "2分")),
    # written inclusive: 一般 → 2 (own) or 1 (the 及以下 level says so) — r65's refusal, the reason now names both
    ("好的得3分;一般的得2分;一般及以下的得1分", ("2分", "1分")),
    ("好的得3分;一般的得2分;一般(含)以下的得1分", ("2分", "1分")),
    ("好的得3分;一般的得2分;一般或以下的得1分", ("2分", "1分")),
    ("优秀的得3分;合格的得2分;合格及以下的得1分", ("2分", "1分")),
])
def test_below_level_unsettled_refused(text: str, scores: tuple[str, str]) -> None:
    why = " ".join(_refused(text, 3))
    assert all(s in why for s in scores) and "未作推测" in why


def test_below_level_without_its_base_named_as_printed() -> None:
    # "一般" has no level of its own: only "一般以下" is a name (typing 一般 is a gap, never a guessed score)
    r = read_rule_text("好的得3分;一般以下的得1分", 3)
    assert r.ok and r.rule.score("一般以下", 3) == 1  # type: ignore[union-attr]
    assert "一般" not in {getattr(c.condition, "text", None) for c in r.rule.clauses}  # type: ignore[union-attr]


# --- 3. r69's rewrite losses ----------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "w", "typed", "expected"), [
    # "N分值" = "N分": 符合 5, 未及时上报 5 − 2 = 3
    ("未及时上报的扣2分值", 5, ["符合", "未及时上报"], [5, 3]),
    ("按时完成得5分值,否则不得分", 5, ["按时完成", "未完成"], [5, 0]),
    # fresh61 BV12-3 with 分值 in its bracket (5): 国家 5, 省 3, 市 1
    ("家长学校获得市、省、国家表彰。(1、3、5分值)", 5, ["国家", "省", "市"], [5, 3, 1]),
])
def test_fen_zhi_after_a_number(text: str, w: int, typed: list[str], expected: list[int]) -> None:
    assert _scores(text, w, typed) == [Decimal(x) for x in expected]


def test_fen_zhi_as_a_base_stays_refused() -> None:
    _not_a_rule("得分=10分值的80%", 10)  # 80 % of a 10-point base: no "N分"


@pytest.mark.parametrize(("sid", "typed", "expected"), [
    # the 分值 restated after the bracket of points: as the sentence without it
    ("BV12-2", ["国家级", "省级", "市级"], [5, 3, 1]),
    ("BV12-3", ["国家", "省", "市"], [5, 3, 1]),
    ("U17-2", ["好", "较好", "一般"], [5, 4, 3]),  # "…(好5分,较好4分,一般3分)（5分）"
])
def test_restated_weight_after_points(sid: str, typed: list[str], expected: list[int]) -> None:
    e = _BY_ID[sid]
    assert _scores(e["text"] + f"（{e['w']}分）", e["w"], typed) == [Decimal(x) for x in expected]


@pytest.mark.parametrize(("text", "w"), [
    ("家长学校获得市、省、国家表彰。(1、3、5分)（10分）", 10),  # the 分值 10, the levels reach 5: refused
    ("家长学校获得市、省、国家表彰。(1、3、5分)（3分）", 5),  # 3 is not the 分值: not a restatement
    ("评价(好10分,较好8分,一般6分)(5分)", 10),
])
def test_restated_weight_near_misses_refused(text: str, w: int) -> None:
    _not_a_rule(text, w)


@pytest.mark.parametrize("prefix", ["", "2、", "（一）", "二、", "(2)"])
def test_outer_number_before_circled_items(prefix: str) -> None:
    # fresh73 CH6-2 (8): four steps of 2 → a checklist of 8 (2 + 2 + 2 + 2), whatever number the row has before ①
    e = _BY_ID["CH6-2"]
    r = read_rule_text(prefix + e["text"], e["w"])
    assert r.kind == "checklist" and r.max_points == 8 and sorted(i.points for i in r.items) == [2, 2, 2, 2]


def test_ch6_2_with_restated_weight() -> None:
    e = _BY_ID["CH6-2"]
    r = read_rule_text(e["text"] + "（8分）", 8)
    assert r.kind == "checklist" and r.max_points == 8 and len(r.items) == 4


# --- 4. leftovers -------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    # each 种粮大户 (the thing rewarded) deducted: more growers, fewer points — which households is not written
    "培植种粮大户计2分,种粮大户每户扣1分",
    "开展培训计2分,培训每次扣1分",
])
def test_deduction_counting_the_reward_refused(text: str) -> None:
    assert any("多一个反而扣分" in u for u in _refused(text, 2))


@pytest.mark.parametrize(("text", "typed", "expected"), [
    # findings from the start: 0 → 2, 1 → 1, 3 → 0 (floored)
    ("建立台账计2分,每发现一处问题扣1分", ["0", "1", "3"], [2, 1, 0]),
    ("开展培训计2分,未参加培训的每人扣1分", ["0", "1"], [2, 1]),
    # "零失误" rewards none of them (fresh78 CL3-2, lead after the merge): 0 → 2, 1 → 0 (2 − 2), floored
    ("工作零失误得2分，失误一次扣2分，扣完为止", ["0", "1", "3"], [2, 0, 0]),
    ("零事故计2分,每发生一起事故扣1分", ["0", "1"], [2, 1]),
])
def test_deduction_of_failings_still_read(text: str, typed: list[str], expected: list[int]) -> None:
    assert _scores(text, 2, typed) == [Decimal(x) for x in expected]


def test_deduction_of_what_the_level_forbids_still_read() -> None:
    # fresh (二)…"不擅自缓减免征的,计4分。擅自缓减免征的,每发现一次扣1分" (4): each one found is a failing — 0 → 4, 1 → 3
    text = "按规定及时足额收取非税收入款项,不擅自缓减免征的,计4分。擅自缓减免征的,每发现一次扣1分,扣完为止。"
    assert _scores(text, 4, ["0", "1", "5"]) == [Decimal(4), Decimal(3), Decimal(0)]


def test_ci3_1_still_read() -> None:
    # fresh74 CI3-1 (2): 0 households → 0, 1 → 1, 2 → 2, 3 → 2 (the heading's 2 is the 分值)
    assert judge(_BY_ID["CI3-1"]) == ("read", "")


@pytest.mark.parametrize("text", [
    "获市级表彰的,每项加5分。加分最多不超过20分",
    "获市级表彰的,每项加5分。本表加分最多不超过20分",
    "获市级表彰的,每项加5分。各项加分合计不超过20分",
    "获市级表彰的,每项加5分。加分累计不超过20分",
])
def test_bonus_cap_equal_to_weight_read(text: str) -> None:
    # 5 per award up to 20 (the 分值): 0 → 0, 1 → 5, 3 → 15, 4 → 20, 6 → 20
    assert _scores(text, 20, ["0", "1", "3", "4", "6"]) == [Decimal(x) for x in (0, 5, 15, 20, 20)]


@pytest.mark.parametrize("text", [
    "获市级表彰的,每项加5分。本表加分最多不超过30分",  # above the 分值: never
    "获市级表彰的,每项加5分。各项加分合计不超过10分",  # below: left refused (another cap than the row's)
    "获市级表彰的,每项加5分。扣分合计不超过20分",  # a deduction cap beside awards
])
def test_bonus_cap_near_misses_refused(text: str) -> None:
    _not_a_rule(text, 20)


def test_bo5_8_judged() -> None:
    # fresh54 BO5-8 "*景區內有水文化遺產可適當提高分值,…可直接賦15分": raised by how much is the judge's
    e = _BY_ID["BO5-8"]
    assert judge(e) == ("read", "") and read_rule_text(e["text"], e["w"]).kind == "judgement"


@pytest.mark.parametrize("text", ["按要求完成的得5分,有特色的可适当提高分值", "未按时完成的适当降低分值"])
def test_raised_as_fits_judged(text: str) -> None:
    assert read_rule_text(text, 5).kind == "judgement"


def test_fitting_place_is_no_judgement() -> None:
    # "适当的位置" is a requirement, not a judge's points: 符合 5, 未悬挂 0
    assert _scores("在适当位置悬挂标牌得5分,否则不得分", 5, ["符合", "未悬挂"]) == [Decimal(5), Decimal(0)]
