"""r63 (issue 11): bare steps from the row's target with every verb, and never across units (docs/notes/r63.md).

1. "每降低/每下降/每减少/每低/每少 u 个百分点扣 m 分" (below the target) and "每增加/每上升/每提高/每多 …" (above it) as well
   as r61's comparatives, written with no standard: ``>=T: W; <T: W - m per u%`` (or the ≤ mirror) — the judge's
   `needs_target` label (session 38) makes a reading that refuses to score without a target right for rows that print
   none (BY1-1, V21-1); a step in a unit word with the target named ("每低于目标值1天"); a start printed right before
   the step ("完成率按100%每下降1个百分点", fresh75 CJ4-3) (targets.read_bare_target_steps).
2. Never across units: a % step needs a % target and a % value; a bare step (or one in 天/户) a target that is no
   percentage and a value in its unit — one decision, target.step_unit_reason, used by Rule.target_number (every
   client that passes the printed target), the model's value reading, validate's parsed targets and printedstart.

Expected scores come from the sentences by hand (in the comments); each case has the corpus sentences, wordings written
here, and near misses that must be refused."""

from __future__ import annotations

from decimal import Decimal

import pytest

from jixiao.errors import JixiaoError
from jixiao.rules.chinese import read_rule_text
from jixiao.rules.grammar import parse_rule
from jixiao.rules.target import parse_target, step_unit_reason
from tests.rules_chinese.corpus import judge
from tests.rules_chinese.test_r46 import _BY_ID  # the corpus by id
from tests.rules_chinese.test_r51 import _refused  # a refusal, its why in Chinese

D = Decimal


def _scores(text: str, w: float, values: list[str], target: str | None = None) -> list[Decimal]:
    r = read_rule_text(text, w)
    assert r.ok, (r.kind, r.understood)
    return [r.rule.score(v, w, target) for v in values]  # type: ignore[union-attr]


@pytest.mark.parametrize("sid", ["N1-2", "N1-6", "CG7-4", "V12-1", "AX5-2", "BY3-1", "BY3-2", "BF4-1", "N4-1",
                                 "AN4-5", "CJ4-3", "CG7-2"])
def test_corpus_sentences_read(sid: str) -> None:
    assert judge(_BY_ID[sid]) == ("read", "")


@pytest.mark.parametrize("sid", ["BY1-1", "V21-1", "W17-1", "N10-1", "N10-2", "Z9-4", "N6-2"])
def test_rows_without_a_single_target_refuse_to_score(sid: str) -> None:
    # needs_target (session 38): read from T or refused, never scored without a target
    assert judge(_BY_ID[sid]) == ("refused-ok", "")
    r = read_rule_text(_BY_ID[sid]["text"], _BY_ID[sid]["w"])
    if r.ok:
        assert r.rule is not None and r.rule.uses_target
        with pytest.raises(JixiaoError):
            r.rule.score("90%", _BY_ID[sid]["w"])


def test_ci8_1_bonus_above_the_weight_stays_refused() -> None:
    # CI8-1: 基本分 100 with a bonus to 130 — the rule language caps at the 分值
    assert judge(_BY_ID["CI8-1"])[0] == "refused"


# --- 1a. steps below the target: 降低 / 下降 / 减少 / 低 / 少 ------------------------------------------------------------

def test_corpus_steps_below() -> None:
    # N1-2 (3), ≥90%: 89% → 2.5; 85% → 3 − 2.5 = 0.5; 84% → 0
    assert _scores(_BY_ID["N1-2"]["text"], 3, ["95%", "89%", "85%", "84%"], "≥90%") == [3, D("2.5"), D("0.5"), 0]
    # BY3-2 (0.5), ≥95%: 94% → 0.45; 90% → 0.5 − 0.25 = 0.25; 85% → 0
    assert _scores(_BY_ID["BY3-2"]["text"], 0.5, ["94%", "90%", "85%"], "≥95%") == [D("0.45"), D("0.25"), 0]
    # V12-1 (5), a bare 75% (the verb gives the direction): 70% → 4; 71% → 5 (no whole 5-point step); 60% → 2
    assert _scores(_BY_ID["V12-1"]["text"], 5, ["80%", "71%", "70%", "60%"], "75%") == [5, 5, 4, 2]
    # AN4-5 (3), ≥90%: 85% → 2; 80% → 1; 75% → 0
    assert _scores(_BY_ID["AN4-5"]["text"], 3, ["90%", "85%", "80%", "75%"], "≥90%") == [3, 2, 1, 0]


@pytest.mark.parametrize(("text", "w", "target", "values", "expected"), [
    # whole steps of 2 below ≥90% (W 5): 87% → 1 step → 4; 86% → 2 steps → 3; 91% → 5
    ("每下降2个百分点扣1分", 5, "≥90%", ["91%", "87%", "86%"], [5, 4, 3]),
    # 减少, continuous, 扣完为止 (W 3), ≥95%: 93% → 3 − 1 = 2; 95.5% → 3; 80% → 3 − 7.5 → 0
    ("每减少1%扣0.5分,扣完为止", 3, "≥95%", ["93%", "95.5%", "80%"], [2, 3, 0]),
    # 少 from a bare 98% (W 4): 96% → 2; 99% → 4
    ("查资料。每少1个百分点扣1分", 4, "98%", ["96%", "99%"], [2, 4]),
    # a check before the step, 未达到 naming the target (W 3), ≥80%: 78% → 3 − 0.6 = 2.4
    ("查看台账,未达到目标值的,每降低1个百分点扣0.3分", 3, "≥80%", ["78%", "85%"], [D("2.4"), 3]),
])
def test_steps_below_variants(text: str, w: float, target: str, values: list[str], expected: list[Decimal]) -> None:
    r = read_rule_text(text, w)
    assert r.canonical is not None and r.canonical.startswith(">=T: W; <T: W - ")
    assert _scores(text, w, values, target) == expected


# --- 1b. steps above the target: 增加 / 上升 / 提高 / 多 -----------------------------------------------------------------

def test_corpus_steps_above() -> None:
    # CG7-4 (2), ≤5%: 6% → 1.5; 8% → 0.5; 9% → 0
    assert _scores(_BY_ID["CG7-4"]["text"], 2, ["3%", "6%", "8%", "9%"], "≤5%") == [2, D("1.5"), D("0.5"), 0]
    # N1-6 (1), ≤5%: 6% → 0.5; 7% → 0
    assert _scores(_BY_ID["N1-6"]["text"], 1, ["5%", "6%", "7%"], "≤5%") == [1, D("0.5"), 0]


@pytest.mark.parametrize(("text", "w", "target", "values", "expected"), [
    # 上升 above ≤2% (W 3): 3% → 2; 4.5% → 3 − 2.5 = 0.5; 2% → 3
    ("事故率每上升1个百分点扣1分", 3, "≤2%", ["2%", "3%", "4.5%"], [3, 2, D("0.5")]),
    # 提高 in whole steps of 0.5 (W 2), ≤5%: 5.4% → 0 steps → 2; 6% → 2 steps → 0; 5.5% → 1
    ("每提高0.5个百分点扣1分", 2, "≤5%", ["5.4%", "5.5%", "6%"], [2, 1, 0]),
    # 多 from a bare 10% (the verb: ≤) (W 5): 12% → 4; 9% → 5
    ("每多1%扣0.5分", 5, "10%", ["12%", "9%"], [4, 5]),
])
def test_steps_above_variants(text: str, w: float, target: str, values: list[str], expected: list[Decimal]) -> None:
    r = read_rule_text(text, w)
    assert r.canonical is not None and r.canonical.startswith("<=T: W; >T: W - ")
    assert _scores(text, w, values, target) == expected


@pytest.mark.parametrize(("text", "target"), [
    ("查资料。每增加1个百分点扣0.5分", "≥90%"),  # 增加 of a ≥ target is a bonus, not a deduction: the signs disagree
    ("每降低1%扣0.5分", "≤5%"),  # 降低 of a ≤ target is good news
    ("每降低1%扣0.5分", None),  # no target given (BY1-1's unprinted average): no score
])
def test_direction_and_missing_target_refused_when_scored(text: str, target: str | None) -> None:
    r = read_rule_text(text, 2)
    assert r.ok and r.rule is not None and r.rule.uses_target
    with pytest.raises(JixiaoError):
        r.rule.score("95%", 2, target)


@pytest.mark.parametrize("text", [
    "比上年每降低1%扣0.5分",  # from last year, not the target
    "较上年每下降1个百分点扣1分",
    "低于全省平均水平的,每低1个百分点扣1分",  # from an average
    "GDP增长率每下降1个百分点扣2分",  # a growth rate: from what?
    "每增加1%加1分",  # a bonus verb
    "每低于目标值2%扣1分",  # 2 points, or 2 % of the target? (r61)
    "每低于目标值2天扣1分",  # a step of several days: how a part counts is not said
    "每低于1个百分点扣0.5分,每高于1个百分点加0.5分",  # a bonus beside
])
def test_step_near_misses_refused(text: str) -> None:
    _refused(text, 2)


def test_full_rates_still_from_100_percent() -> None:
    # ratestart.py's drop of a rate whose full value is 100 % is not taken from the target: 95% → 2 − 0.5 = 1.5 (W 2)
    r = read_rule_text("量化分级率每下降10%扣0.5分，扣完为止。", 2)
    assert r.canonical == ">=100%: W; <100%: W - 0.5 per 10% floor"


def test_a_count_without_a_named_target_is_no_step_from_it() -> None:
    # "每少1人" counts people missing from 0, as before: 2 missing → 5 − 2 = 3 (W 5)
    r = read_rule_text("每少1人扣1分", 5)
    assert r.rule is not None and not r.rule.uses_target
    assert r.rule.score("2", 5) == 3


# --- 1c. a step in the target's own unit, the target named ---------------------------------------------------------------

def test_n4_1_days_below_the_target() -> None:
    # N4-1 (7), 340 天: 339 → 6.8; 330 → 7 − 2 = 5; 305 → 0; 350 → 7
    assert _scores(_BY_ID["N4-1"]["text"], 7, ["350", "339", "330", "305"], "340") == [7, D("6.8"), 5, 0]
    # the target printed with its unit, the value too: 339天 beside 340天 → 6.8
    assert _scores(_BY_ID["N4-1"]["text"], 7, ["339天"], "340天") == [D("6.8")]


@pytest.mark.parametrize(("text", "w", "target", "values", "expected"), [
    # 户 below ≥200户 (W 5): 198 → 5 − 1 = 4; 198户 → 4; 205 → 5
    ("每低于目标值1户扣0.5分", 5, "≥200户", ["198", "198户", "205"], [4, 4, 5]),
    # 少于 a plan of 10 个 (W 5): 8 → 3; 10 → 5
    ("每少于计划值1个扣1分", 5, "10个", ["8", "10"], [3, 5]),
])
def test_unit_steps_variants(text: str, w: float, target: str, values: list[str], expected: list[Decimal]) -> None:
    assert _scores(text, w, values, target) == expected


# --- 1d. a start printed right before the step (fresh75 CJ4-3) -----------------------------------------------------------

def test_cj4_3_printed_start() -> None:
    # CJ4-3 (4): 4 − 0.4·(100 − r): 99% → 3.6; 95% → 2; 91% → 0.4; 90% → 0
    r = read_rule_text(_BY_ID["CJ4-3"]["text"], 4)
    assert r.canonical == ">=100%: W; <100%: W - 0.4 per 1%"
    assert _scores(_BY_ID["CJ4-3"]["text"], 4, ["100%", "99%", "95%", "91%", "90%"]) == [4, D("3.6"), 2, D("0.4"), 0]


@pytest.mark.parametrize(("text", "w", "values", "expected"), [
    # from 95% (W 3): 93% → 2; 95% → 3; 99% → 3
    ("合格率按95%每下降1个百分点扣0.5分", 3, ["93%", "95%", "99%"], [2, 3, 3]),
    # whole steps of 2 from 100% (W 4): 97% → 1 step → 3; 96% → 2
    ("完成率按100%每降低2个百分点扣1分,直至扣完", 4, ["97%", "96%", "100%"], [3, 2, 4]),
])
def test_printed_start_variants(text: str, w: float, values: list[str], expected: list[Decimal]) -> None:
    assert _scores(text, w, values) == expected


@pytest.mark.parametrize("text", [
    "完成率按100%每下降1天扣1分",  # the start in %, the step in days
    "完成率按100%每下降1个百分点扣0.4分,每上升1个百分点加0.4分",  # a bonus beside
])
def test_printed_start_near_misses_refused(text: str) -> None:
    _refused(text, 4)


# --- 2. never across units ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("value", "target", "units"), [
    ("990", "≥1000户", ("户", "百分比")),  # the brief's case: "per 1 percentage point" from a target in 户
    ("339", "340天", ("天", "百分比")),
    ("95%", "340", ("340", "没有写%")),  # a bare target: 1 % of what?
    ("6", "≥5个百分点", ("个百分点", "百分比")),  # a target in points is no fraction: "per 1%" from 5?
])
def test_percent_step_from_a_target_in_another_unit_refused(value: str, target: str, units: tuple[str, str]) -> None:
    rule = read_rule_text("查资料。每低于1个百分点扣0.5分", 2).rule
    assert rule is not None
    with pytest.raises(JixiaoError) as e:
        rule.score(value, 2, target)
    assert all(u in e.value.message_zh for u in units)  # names both units, in Chinese


def test_percent_step_needs_a_percent_value() -> None:
    rule = read_rule_text("查资料。每低于1个百分点扣0.5分", 2).rule
    assert rule is not None
    with pytest.raises(JixiaoError, match="户"):  # 89户 beside ≥90%
        rule.score("89户", 2, "≥90%")
    with pytest.raises(JixiaoError):  # 0.89: 89 % or 0.89 %? (the workbooks' reading)
        rule.score("0.89", 2, "≥90%")
    # on the target's scale as the workbooks read it: 89% and 89 (points) are 89 % → 2 − 0.5 = 1.5
    assert rule.score("89%", 2, "≥90%") == D("1.5")
    assert rule.score("89", 2, "≥90%") == D("1.5")


def test_bare_step_from_a_percent_target_or_another_unit_refused() -> None:
    rule = read_rule_text(_BY_ID["N4-1"]["text"], 7).rule  # >=T: W; <T: W - 0.2 per 1
    assert rule is not None
    with pytest.raises(JixiaoError, match="百分比"):
        rule.score("85%", 7, "≥90%")
    with pytest.raises(JixiaoError, match="户"):  # 339户 beside 340天
        rule.score("339户", 7, "340天")


def test_parsed_targets_are_checked_too() -> None:
    # validate passes the parsed target (a hand table's split cells): the same decision
    rule = parse_rule(">=T: W; <T: W - 0.5 per 1%")
    with pytest.raises(JixiaoError, match="户"):
        rule.score(D(990), 2, parse_target("1000", ">=", "户"))
    # 89 % against ≥90%: 2 − 0.5 = 1.5
    assert rule.score(D("0.89"), 2, parse_target("90", "≥", "%")) == D("1.5")


def test_rules_without_steps_from_the_target_unchanged() -> None:
    # the national default (prop) and bare bands keep their arithmetic: 900 of ≥1000户 → 2 × 0.9 = 1.8
    assert parse_rule(">=T: W; <T: prop").score("900", 2, "≥1000户") == D("1.8")


@pytest.mark.parametrize(("step", "unit", "agree"), [
    ("%", "%", True), ("个百分点", "百分比", True), ("天", "", True), ("", "万元", True), ("日", "天", True),
    ("%", "户", False), ("%", "", False), ("", "%", False), ("天", "户", False), ("个百分点", "个百分点", False),
])
def test_one_unit_decision(step: str, unit: str, agree: bool) -> None:
    assert (step_unit_reason(step, unit, "T") is None) is agree
