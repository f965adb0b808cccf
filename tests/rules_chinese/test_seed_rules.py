"""Every 评分标准 of the seeds read by ``read_rule_text``, checked against hand expectations."""

import re
from decimal import Decimal as D

import pytest

from jixiao.rules.chinese import ReadingContext, read_rule_text
from jixiao.rules.grammar import parse_rule
from tests.conftest import SEEDS
from tests.rules_chinese.seed_rules import ANY_CEIL, OTHER, QUANT, SEED_FILES

CEIL_CTX = ReadingContext("ceil", "不满1个百分点按1个百分点算，下同")


def _squash(s: str) -> str:
    return re.sub(r"\s+", "", s)


@pytest.mark.parametrize("row", QUANT + OTHER, ids=lambda r: r[0])
def test_text_is_verbatim_from_the_seed(row):
    seed = row[0].split()[0]
    body = _squash((SEEDS / SEED_FILES[seed]).read_text(encoding="utf-8"))
    assert _squash(row[2]) in body


def _ctx(marker):
    return CEIL_CTX if marker == ANY_CEIL else None


@pytest.mark.parametrize("row", QUANT, ids=lambda r: r[0])
def test_quantitative_reading(row):
    _id, weight, text, canonical, _value, _score, ctx = row
    reading = read_rule_text(text, weight, _ctx(ctx))
    if canonical is None:
        assert reading.rule is None
        assert reading.kind == "unreadable"
        assert reading.unread, "the unread fragment must be named"
        return
    assert reading.ok, (reading.understood, reading.unread)
    assert reading.kind == "rule"
    assert str(reading.rule) == canonical
    assert reading.rule == parse_rule(canonical)


@pytest.mark.parametrize("row", [r for r in QUANT if r[4] is not None], ids=lambda r: r[0])
def test_quantitative_score_by_hand(row):
    _id, weight, text, canonical, value, expected, ctx = row
    reading = read_rule_text(text, weight, _ctx(ctx))
    assert reading.rule is not None, reading.understood
    assert reading.rule.score(value, weight) == expected


@pytest.mark.parametrize("row", OTHER, ids=lambda r: r[0])
def test_other_readings(row):
    _id, weight, text, kind, canonical, max_points = row
    reading = read_rule_text(text, weight)
    assert reading.kind == kind, (reading.understood, reading.unread)
    if canonical is None:
        assert reading.rule is None
    else:
        assert str(reading.rule) == canonical
    assert reading.max_points == max_points
    if kind == "unreadable":
        assert reading.unread
        assert all(u in text for u in reading.unread)  # named verbatim
    if kind == "checklist":
        assert reading.items
        assert sum(i.points for i in reading.items) == max_points


def test_000_c11_sets_ceil_for_the_rows_below():
    """The 000 rows in table order: 下同 carries the rounding note to C21, C22, C31, C32."""
    rows = [r for r in QUANT if r[0].startswith("000 C")]
    ctx = None
    got = {}
    for rid, weight, text, *_ in rows:
        reading = read_rule_text(text, weight, ctx)
        ctx = reading.context_out
        got[rid] = str(reading.rule)
    assert got["000 C32 支出预算完成"].endswith("<95%: 4 - 0.4 per 1% ceil")
    assert got["000 C21 缴费基数做实率"] == ">=80%: 5; <80%: 5 - 1 per 1% ceil"
    # C51 has no per-point deduction: the context does not leak into count rules
    assert got["000 C51 待遇支出时效"] == "*: 10 - 0.5 per 1"


def test_000_c32_seed_slip():
    """000 C32: the seed prints 1.92; the text gives 1.60 (ceil) — 1.89 without rounding."""
    text = next(r[2] for r in QUANT if r[0].startswith("000 C32"))
    with_ceil = read_rule_text(text, 4, CEIL_CTX).rule
    without = read_rule_text(text, 4).rule
    value = D("93409520.08") / D("104100094.66")
    assert with_ceil.score(value, 4) == D("1.6")  # 4 - 0.4*ceil(5.27) = 4 - 2.4
    assert abs(without.score(value, 4) - D("1.892194")) < D("1e-6")  # 4 - 0.4*5.2694
    assert with_ceil.score(value, 4) != D("1.92")


def test_000_d31_keeps_the_gaps():
    text = next(r[2] for r in QUANT if r[0].startswith("000 D31"))
    reading = read_rule_text(text, 5)
    from jixiao import RuleGapError

    for v in ("80%", "70%"):
        with pytest.raises(RuleGapError):
            reading.rule.score(v, 5)
    assert any("70%、80%" in u for u in reading.understood)


def test_000_b51_names_the_two_counts():
    text = next(r[2] for r in QUANT if r[0].startswith("000 B51"))
    reading = read_rule_text(text, 4)
    assert reading.rule is None
    assert reading.unread == ["对专项检查已发现问题未整改或屡查屡犯的一例扣1分, 对排查新发现问题一例扣0.5分"]
    # the hand reading: two counts, 4 - 1*a - 0.5*b; with nothing found 4 - 0 - 0 = 4


def test_002_public_spending_sign_slip():
    """002 公用经费: the printed +89.38% gives 0; the true −89.38% gives 2 (the seed's score)."""
    text = next(r[2] for r in QUANT if r[0].startswith("002 公用经费"))
    rule = read_rule_text(text, 2).rule
    true_change = (D("58717.72") - D("553127.18")) / D("553127.18")  # −0.8938…
    assert rule.score(true_change, 2) == D(2)  # ≤ 0% → full marks
    assert rule.score("89.38%", 2) == D(0)  # floor(89.38/5) = 17 → 2 − 0.2·17 < 0 → 0
    assert rule.score("9.99%", 2) == D("1.8")  # floor(9.99/5) = 1 step → 2 − 0.2 = 1.8


def test_004_annex3_both_printed_rates_score_zero():
    text = next(r[2] for r in QUANT if r[0].startswith("004 附件3 预算执行率"))
    rule = read_rule_text(text, 4).rule
    assert rule.score(D("320.88") / D("398"), 4) == 0  # 80.62% in the text
    assert rule.score("81.62%", 4) == 0  # 81.62% in the target table


@pytest.mark.parametrize(
    "rid",
    ["003 资产管理执行有效性", "003 政府采购管理制度执行有效性", "003 合同管理制度执行有效性",
     "003 人员管理制度执行有效性", "003 部门预算执行率"],
)
def test_003_one_point_rules_on_two_point_rows(rid):
    row = next(r for r in QUANT if r[0] == rid)
    reading = read_rule_text(row[2], row[1])
    assert row[1] == 2
    assert reading.max_points == D(1)


@pytest.mark.parametrize(
    "rid", ["003 预算管理制度健全性", "003 收支管理制度健全性", "003 资产管理制度健全性",
            "003 政府采购管理制度健全性", "003 合同管理制度健全", "003 人员管理制度健全"])
def test_003_passfail_one_point_on_two_point_rows(rid):
    row = next(r for r in OTHER if r[0] == rid)
    reading = read_rule_text(row[2], row[1])
    assert row[1] == 2
    assert reading.kind == "passfail"
    assert reading.max_points == D(1)


def test_003_rules_above_the_weight_are_visible():
    row = next(r for r in QUANT if r[0] == "003 重点医疗救助比例")
    reading = read_rule_text(row[2], row[1])
    assert reading.max_points == D(4)  # "得4分" on a 3-point row
    assert reading.rule.score("88.5%", 3) == D(3)  # clamped


def test_002_fixed_asset_rule_cannot_reach_weight():
    row = next(r for r in QUANT if r[0] == "002 固定资产利用率")
    reading = read_rule_text(row[2], row[1])
    assert reading.max_points == D("1.5")  # seed printed 2 on this 2-point row


def test_002_checklist_items():
    row = next(r for r in OTHER if r[0] == "002 绩效指标明确性")
    reading = read_rule_text(row[2], row[1])
    assert [i.points for i in reading.items] == [D("0.9"), D("1.2"), D("0.9")]
    row = next(r for r in OTHER if r[0] == "002 年度工作计划明确性")
    reading = read_rule_text(row[2], row[1])
    assert [i.points for i in reading.items] == [D("0.6"), D("1.2"), D("1.2")]
    assert any("前置条件" in u for u in reading.understood)


def test_000_checklist_items():
    row = next(r for r in OTHER if r[0] == "000 A21 预决算程序合规性")
    reading = read_rule_text(row[2], row[1])
    assert [(i.text, i.points) for i in reading.items] == [
        ("按规定履行决策程序", D(2)), ("按规定履行报批程序", D(2)), ("按要求公开", D(1))]
