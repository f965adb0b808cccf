"""r69 (issue 11): red team of the session-38 reader paths (docs/notes/r69.md).

Hostile sentences a real table could print that LOOK like the shapes r63/r64 (and r65's refusals) read but mean something
else, each with what a careful human scores (hand arithmetic in the comments, written before the reader ran) or "must
refuse"; and meaning-preserving rewrites of the corpus sentences those paths read, which must read as the original or be
refused — never score differently.

Wrong readings found (all now refused, the reason said in Chinese), most dangerous first:
1. "未发生泄密的得5分;发生一般泄密的得2分;…" named "发生泄密" at the 分值, "没有出现问题的得5分;…" named "有出现问题" at the
   分值 (shortnames dropped the negation; pre-existing);
2. "开展宣传不少于4次得2分，每少1次扣0.5分" on a 5-point row read as findings: 0 done scored 5 (pre-existing);
3. steps from another base read from the row's target: "以2023年为基期,每下降…", "与2023年相比,…", "与基期相比,…",
   "对照2022年度水平,…", "同比发病率每上升…", "(按上年标准)", "(按全省平均水平标准)" (the bracket taken for a note);
4. a start in a bracket taken for a note: "完成率(按90%标准)每低1个百分点扣0.5分" read from T (T = 95 %: 90 % scored 2.5);
5. places named for a warning: "被市级、省级、国家级列为警示教育典型。(1、3、5分)" read 国家级 → 分值;
6. "未整改,P = 1 ;部分整改,P = 0.5 ;全部整改,P = 0" read 未整改 → 分值;
7. "全年发表信息20条以上得满分,每少1条省级信息扣0.5分" (the qualifier after the count) read as the band's shortfall;
8. "没能新增1处服务网点的,扣5分" read 5 per place; "每次扣1分,逐次加重" read 1 per time; "…多人的以人数计算" /
   "每起涉及多人的每人扣2分" read per case; "每发现一处问题扣5分,加分最多不超过20分" read 20 − 5 per finding (the bonus cap
   taken for the start; pre-existing);
9. grades per period added up: "…,全年汇总" / "年终求和" (、 form), "优10分;良6分;差0分,全年累计" (; form, left by r65),
   "按月考核,优10分;良6分;差0分";
10. overlapping levels: "一般及较差" / "一般或较差" / "较好以下" beside 一般;
11. a requirement for each of several, then one negated failing: "所有村建立台账,未建立的扣2分" read 符合 / 未建立 once;
12. "其中农村地区,每低于…" / "按季度统计,每低于…" read from the whole year's target.
"""

from __future__ import annotations

import re
from decimal import Decimal

import pytest

from jixiao.rules.chinese import read_rule_text
from tests.rules_chinese.corpus import judge
from tests.rules_chinese.r45_rewrites import REWRITES
from tests.rules_chinese.test_r46 import _BY_ID  # the corpus by id
from tests.rules_chinese.test_r51 import _refused  # a refusal, its why in Chinese
from tests.rules_chinese.test_r65 import (  # scores at values (target optional); never a rule
    _not_a_rule,
    _scores,
)

#: the corpus sentences the session-38 paths read (r63: steps from T; r64: the repair, the cap sentence, the requirement
#: then its failing, the standard's bracket, 然后) and r65's: still read as labelled
PATH_IDS = ["N4-1", "CJ4-3", "CJ5-1", "CJ2-1", "CJ6-2", "BW5-6", "CJ3-1", "CH6-2", "N1-2", "N1-6", "CG7-4", "V12-1",
            "AX5-2", "BY3-1", "BF4-1", "AN4-5", "CG7-2", "BV12-2", "BV12-3", "BL9-1", "U17-2", "Y1-5", "BB6-6", "BH8-4",
            "W9-3", "CG7-5", "BY8-2", "BY8-3", "CF3-1", "CF2-1", "CI6-1", "CI4-1", "CI4-3", "CI5-4", "W3-5", "CI1-5",
            "CI2-1", "CI3-1", "BK9-1", "BF4-2", "BL3-1", "BL3-3", "AV3-1"]


@pytest.mark.parametrize("sid", PATH_IDS)
def test_corpus_sentences_still_read(sid: str) -> None:
    assert judge(_BY_ID[sid]) == ("read", "")


# --- 1. printed names that drop the negation (shortnames, pre-existing) ------------------------------------------------

@pytest.mark.parametrize(("text", "not_a_name"), [
    ("未发生泄密的得5分;发生一般泄密的得2分;发生重大泄密的不得分", "发生泄密"),  # a leak named at the 分值
    ("未发生泄密,P = 1 ;发生一般泄密,P = 0.5 ;发生重大泄密,P = 0", "发生泄密"),
    ("未发生事故,P = 1 ;发生一般事故,P = 0.5 ;发生重大事故,P = 0", "发生事故"),
    ("没有出现问题的得5分;出现一般问题的得3分;出现严重问题的不得分", "有出现问题"),  # "有出现问题": problems found
])
def test_no_name_drops_its_negation(text: str, not_a_name: str) -> None:
    r = read_rule_text(text, 5)
    assert r.ok and not r.rule.names_text(not_a_name), r.canonical  # type: ignore[union-attr]


@pytest.mark.parametrize(("text", "values", "expected"), [
    # 未发生泄密 5; 发生一般泄密 2; 发生重大泄密 0 — as printed
    ("未发生泄密的得5分;发生一般泄密的得2分;发生重大泄密的不得分", ["未发生泄密", "发生一般泄密", "发生重大泄密"], [5, 2, 0]),
    # P × 5: 5, 2.5, 0
    ("未发生泄密,P = 1 ;发生一般泄密,P = 0.5 ;发生重大泄密,P = 0", ["未发生泄密", "发生一般泄密", "发生重大泄密"],
     ["5", "2.5", "0"]),
])
def test_negated_levels_read_as_printed(text: str, values: list[str], expected: list[str]) -> None:
    assert _scores(text, 5, values) == [Decimal(e) for e in expected]


# --- 2. a count band below the 分值 with a step per one missing (assemble._done_count_reading, pre-existing) -------------

def test_band_below_weight_with_shortfall_steps_refused() -> None:
    # W 5: "不少于4次得2分" is 4 done → 2; what 0 done scores is not said (read before: findings, 0 → 5)
    assert any("不是同一样东西" in u for u in _refused("开展宣传不少于4次得2分，每少1次扣0.5分", 5))


@pytest.mark.parametrize(("text", "w", "values", "expected"), [
    # the band is the 分值: 4 → 2; 3 → 1.5; 0 → 0
    ("开展宣传不少于4次得2分，每少1次扣0.5分", 2, ["4", "3", "0"], ["2", "1.5", "0"]),
    # findings with a band of findings: 0 → 5; 1 → 4; 2 or more → 0
    ("每发现1处扣1分,2处及以上不得分", 5, ["0", "1", "2"], ["5", "4", "0"]),
])
def test_count_bands_still_read(text: str, w: float, values: list[str], expected: list[str]) -> None:
    assert _scores(text, w, values) == [Decimal(e) for e in expected]


# --- 3. steps from the row's target: another base, a part, a period (targets.read_bare_target_steps, r63) -------------

@pytest.mark.parametrize("text", [
    "以2023年为基期,每下降1个百分点扣0.5分",  # from 2023's value, not the target
    "与2023年相比,每下降1个百分点扣0.5分",
    "与基期相比,每下降1个百分点扣0.5分",
    "对照2022年度水平,每降低1个百分点扣0.5分",
    "同比发病率每上升1个百分点扣1分",  # a change on last year
    "与历年平均水平相比,每下降1个百分点扣0.5分",
    "以去年同期为准,每下降1个百分点扣0.5分",
])
def test_target_steps_from_another_base_refused(text: str) -> None:
    assert any("不是本行目标值" in u for u in _refused(text, 5))


@pytest.mark.parametrize("text", [
    "其中农村地区,每低于1个百分点扣0.5分",  # a part of what the target counts
    "按季度统计,每低于1个百分点扣0.5分",  # each quarter's shortfall, or the year's?
])
def test_target_steps_of_a_part_or_period_refused(text: str) -> None:
    assert any("原文未写明" in u for u in _refused(text, 5))


@pytest.mark.parametrize("text", [
    "每下降1个百分点扣0.5分(按上年标准)",  # the bracket names last year: no note
    "每下降1个百分点扣0.5分（按全省平均水平标准）",
    "完成率(按90%标准)每低1个百分点扣0.5分",  # a start in the bracket: from 90 %, not from T
    "每低于1个百分点扣0.5分(以上年为基数)",
    "每下降1个百分点扣0.5分(以2023年为基期)",
])
def test_target_steps_with_a_base_in_brackets_refused(text: str) -> None:
    _refused(text, 5)


@pytest.mark.parametrize(("text", "target", "values", "expected"), [
    # ≥90 %: 90 % → 5; 89 % → 4.5; 87.5 % → 5 − 1.25 = 3.75
    ("达标得满分,每低于1个百分点扣0.5分", "≥90%", ["90%", "89%", "87.5%"], ["5", "4.5", "3.75"]),
    ("以省定目标为准,每下降1个百分点扣0.5分", "≥90%", ["90%", "89%"], ["5", "4.5"]),  # the target is the standard
    ("对照年度目标,每低于1个百分点扣0.5分", "≥90%", ["90%", "89%"], ["5", "4.5"]),
    ("未达到目标值的,每低于1个百分点扣0.5分", "≥90%", ["90%", "89%"], ["5", "4.5"]),
    # ≤5 %: 6 % → 5 − 0.5 = 4.5
    ("查资料。每增加1个百分点扣0.5分", "≤5%", ["5%", "6%"], ["5", "4.5"]),
    # days from a 340-day target: 338 → 5 − 0.4 = 4.6; 30-day limit: 31 → 4.8
    ("每低于目标值1天扣0.2分", "≥340日", ["340", "338"], ["5", "4.6"]),
    ("每超过目标值1天扣0.2分", "≤30天", ["30", "31"], ["5", "4.8"]),
])
def test_target_steps_variants(text: str, target: str, values: list[str], expected: list[str]) -> None:
    assert _scores(text, 5, values, target) == [Decimal(e) for e in expected]


@pytest.mark.parametrize(("text", "target"), [
    ("每超过1个百分点扣0.5分", "不低于90%"),  # more is better there
    ("每低于1个百分点扣0.5分", "不高于5%"),
    ("发病率每上升1个百分点扣0.5分", "≥5%"),
    ("每低于目标值1天扣0.2分", "≥95%"),  # days against a rate
    ("每低于目标值1人扣0.5分", "≥20%"),
])
def test_target_steps_against_a_contrary_target_not_scored(text: str, target: str) -> None:
    r = read_rule_text(text, 5)
    with pytest.raises(Exception):  # noqa: B017 — the model's ScoringError, in Chinese
        r.rule.score("95%" if "%" in target else "95", 5, target)  # type: ignore[union-attr]


# --- 4. the bracket naming the standard (normalise, r64) -------------------------------------------------------------

def test_bracket_with_a_count_per_unit_is_no_note() -> None:
    # "(按每村1人标准)": a count per village, hidden from the requirement's number check (read before 符合 / 未配备 3)
    _refused("配备保洁员(按每村1人标准),未配备的扣2分", 5)


@pytest.mark.parametrize(("text", "values", "expected"), [
    # the failing costs the 分值: 符合 5, the failing 0
    ("未按要求设立检查站(按七个一标准)的扣5分", ["符合", "未按要求设立检查站"], [5, 0]),
    ("（一）秸秆禁烧重点时期未按要求设立检查站（按七个一标准）的扣5分。", ["符合", "未按要求设立检查站"], [5, 0]),
    # 5 − 3 = 2
    ("检查站未达标(按照省定标准执行)的扣3分", ["符合", "检查站未达标"], [5, 2]),
])
def test_standard_brackets_still_notes(text: str, values: list[str], expected: list[int]) -> None:
    assert _scores(text, 5, values) == [Decimal(e) for e in expected]


# --- 5. places in order named for a warning (listedlevels, r59/r65) --------------------------------------------------

@pytest.mark.parametrize("text", [
    "被市级、省级、国家级列为警示教育典型。(1、3、5分)",  # a 典型 that is no merit
    "被市级、省级、国家级作为负面典型报道。(1、3、5分)",
    "被市级、省级、国家级评为反面教材。(1、3、5分)",
    "在市级、省级、国家级会议上作检讨发言。(1、3、5分)",
    "被市级、省级、国家级列入黑名单。(1、3、5分)",
    "被市级、省级、国家级媒体负面报道。(1、3、5分)",
])
def test_places_named_for_a_warning_refused(text: str) -> None:
    assert any("不是取得的成绩" in u for u in _refused(text, 5))


def test_places_named_for_praise_still_read() -> None:
    # 国家级 5, 省级 3, 市级 1
    assert _scores("被市级、省级、国家级通报表扬。(1、3、5分)", 5, ["国家级", "省级", "市级"]) == [5, 3, 1]


# --- 6. factor levels whose P = 1 is a failing (factorlevels, r61/r65) -----------------------------------------------

@pytest.mark.parametrize("text", [
    "未整改,P = 1 ;部分整改,P = 0.5 ;全部整改,P = 0",
    "无整改,P = 1 ;部分整改,P = 0.5 ;全部整改,P = 0",
    "没有落实,P = 1 ;部分落实,P = 0.5 ;全部落实,P = 0",
])
def test_factor_level_of_a_failing_at_one_refused(text: str) -> None:
    assert any("扣分系数" in u for u in _refused(text, 5))


def test_factor_levels_still_read() -> None:
    # P × 5: 全部落实 5, 部分落实 2.5, 未落实 0
    assert _scores("全部落实,P = 1 ;部分落实,P = 0.5 ;未落实,P = 0", 5, ["全部落实", "部分落实", "未落实"]) \
        == [Decimal(5), Decimal("2.5"), Decimal(0)]


# --- 7. a shortfall step naming another thing after its count (assemble, r65) -----------------------------------------

@pytest.mark.parametrize("text", [
    "全年发表信息20条以上得满分,每少1条省级信息扣0.5分",  # only the 省级 ones counted
    "全年发表信息20条以上得满分,每少1条市级以上信息扣0.5分",
    "开展培训不少于4次得满分,每少1次县级培训扣0.5分",
])
def test_shortfall_of_another_thing_refused(text: str) -> None:
    assert any("不是同一计数对象" in u for u in _refused(text, 5))


@pytest.mark.parametrize(("text", "values", "expected"), [
    # 20 → 5; 19 → 4.5
    ("全年发表信息20条以上得满分,每少1条信息扣0.5分", ["20", "19"], ["5", "4.5"]),
    ("全年发表信息20条以上得满分,每少报1条扣0.5分", ["20", "19"], ["5", "4.5"]),
    # 4 → 5; 3 → 4.5
    ("开展培训不少于4次得满分,每少1次培训扣0.5分", ["4", "3"], ["5", "4.5"]),
])
def test_shortfall_of_the_band_still_read(text: str, values: list[str], expected: list[str]) -> None:
    assert _scores(text, 5, values) == [Decimal(e) for e in expected]


# --- 8. r65's count refusals, other wordings ---------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "没能新增1处服务网点的,扣5分",  # not a single one: none new costs 5, not each one
    "每次扣1分,逐次加重",  # the step grows
    "每查实一起扣2分,多人的以人数计算",  # people counted
    "每查实一起扣2分,每起涉及多人的每人扣2分",
    "每查实一起扣2分,涉及多人的按人次计",
])
def test_count_wordings_refused(text: str) -> None:
    _refused(text, 5)


@pytest.mark.parametrize("text", [
    "获市级表彰的,每项扣5分。加分最多不超过20分。",  # a bonus cap beside a deduction per honour: bonus or deduction?
    "每发现一处问题扣5分,加分最多不超过20分",  # (read before: 20 − 5 per finding, the cap taken for the start)
])
def test_bonus_cap_beside_deductions_refused(text: str) -> None:
    assert any("加分上限" in u for u in _refused(text, 20))


def test_deductions_from_a_highest_score_still_read() -> None:
    # 最高20分, 5 per finding: 0 → 20; 1 → 15; 4 → 0
    assert _scores("每发现一处问题扣5分,最高20分", 20, ["0", "1", "4"]) == [20, 15, 0]


# --- 9. grades per period added up (normalise._part_joined_levels, guard, levels) ---------------------------------------

@pytest.mark.parametrize("text", [
    "按季度考核,优10分、良6分、差0分,全年汇总",
    "按季度考核,优10分、良6分、差0分,年终求和",
    "按季度考核,优10分;良6分;差0分,全年累计",  # the ";" form r65 left
    "优10分;良6分;差0分,全年累计",
    "按月考核,优10分;良6分;差0分",
    "每月考核一次,优10分、良6分、差0分",
])
def test_grades_added_up_refused(text: str) -> None:
    _not_a_rule(text, 10)


def test_grades_once_still_read() -> None:
    # 优 10, 良 6, 差 0
    assert _scores("优10分;良6分;差0分,以年终考核为准", 10, ["优", "良", "差"]) == [10, 6, 0]


# --- 10. overlapping levels (levels._overlapping_levels) ---------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "较好的得3分;一般的得2分;一般及较差的得1分",  # 一般 in two levels
    "较好的得3分;一般的得2分;一般或较差的得1分",
    "较好的得3分;一般的得2分;较好以下的得1分",  # below 较好 holds 一般
    "好的得3分;一般的得2分;一般以下的得1分;差的不得分",  # below 一般 holds 差
    "优秀的得3分;良好的得2分;良好或合格的得1分",
])
def test_overlapping_levels_refused(text: str) -> None:
    assert any("两档重叠" in u for u in _refused(text, 3))


@pytest.mark.parametrize(("text", "expected"), [
    ("好的得3分;一般的得2分;一般以下的得1分", {"好": 3, "一般": 2, "一般以下": 1}),
    ("优秀的得3分;良好和合格的得2分;不合格的得0分", {"优秀": 3, "良好和合格": 2, "不合格": 0}),  # one level of two words
])
def test_levels_without_overlap_still_read(text: str, expected: dict[str, int]) -> None:
    assert _scores(text, 3, list(expected)) == [Decimal(p) for p in expected.values()]


# --- 11. a requirement for each of several, then one negated failing (assemble._flat_levels, r64) -----------------------

@pytest.mark.parametrize("text", [
    "所有村建立台账,未建立的扣2分",  # each village that did not: 2 each, or 2 once?
    "各乡镇建立台账,未建立的扣2分",
    "全体村干部参加培训,未参加的扣2分",
])
def test_requirement_for_each_then_failing_refused(text: str) -> None:
    assert any("原文未写明" in u for u in _refused(text, 5))


@pytest.mark.parametrize(("text", "values", "expected"), [
    # 符合 5; the failing 5 − 2 = 3
    ("建立台账,未建立的扣2分", ["符合", "未建立"], [5, 3]),
    ("建立工作台账,未建立台账的扣2分", ["符合", "未建立台账"], [5, 3]),
    ("制定实施方案,未制定的扣两分", ["符合", "未制定"], [5, 3]),
])
def test_requirement_then_failing_still_read(text: str, values: list[str], expected: list[int]) -> None:
    assert _scores(text, 5, values) == [Decimal(e) for e in expected]


# --- 12. meaning-preserving rewrites of the corpus sentences these paths read: same scores, or refused ---------------

def _extra_rewrites(text: str) -> dict[str, str]:
    """分 → 分值, other item numbers, the last stop dropped, two sentences or two clauses swapped."""
    out = {"fen_zhi": re.sub(r"(?<![\d.])(\d+(?:\.\d+)?)\s*分(?![钟值])", r"\1分值", text, count=1),
           "num_dun_2": "2、" + text, "num_paren_cn": "（一）" + text, "drop_stop": text.rstrip("。.")}
    parts = [p for p in re.split(r"(?<=[。；;])", text.strip()) if p]
    if len(parts) >= 2:
        out["swap_sentences"] = "".join(parts[1:] + parts[:1])
    clauses = re.split(r"[,，]", text.rstrip("。"))
    if len(clauses) == 2:
        out["swap_clauses"] = clauses[1] + "，" + clauses[0] + "。"
    return out


def _label_scores(text: str, entry: dict) -> object:
    w, target = entry["w"], entry.get("target")
    r = read_rule_text(text, w)
    if r.kind == "checklist":
        return ("checklist", r.max_points, sorted(i.points for i in r.items))
    if not (r.ok and r.rule is not None):
        return None
    out = {}
    for v in (entry.get("scores") or entry.get("levels") or {}):
        try:
            out[v] = r.rule.score(v, w, target)
        except Exception:  # noqa: BLE001 — a gap: no score
            out[v] = "gap"
    return out


@pytest.mark.parametrize("sid", PATH_IDS)
def test_rewrites_score_alike_or_refuse(sid: str) -> None:
    entry = _BY_ID[sid]
    original = _label_scores(entry["text"], entry)
    assert original is not None
    rewrites = {n: f(entry["text"], entry["w"]) for n, f in REWRITES.items() if n != "traditional"}  # (繁体: names as printed)
    rewrites.update(_extra_rewrites(entry["text"]))
    for name, text in rewrites.items():
        if text == entry["text"] or (got := _label_scores(text, entry)) is None:
            continue
        if isinstance(got, dict) and isinstance(original, dict):
            # a level the rewrite names otherwise ("省级及以上" for "省级以上") is a gap, never another score
            assert all(got[k] == original[k] or got[k] == "gap" for k in got), (name, text, got, original)
        else:
            assert got == original, (name, text, got, original)
