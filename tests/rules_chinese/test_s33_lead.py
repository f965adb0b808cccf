"""Session 33 (lead): a pass/fail against the row's target is refused for the reason that holds.

"达到目标值得满分，未达到不得分" is issue 11's first wrong-reading example. It stays refused: whether "达到" means
not below the target (正向, 就业率 ≥90%) or not above it (反向, 城镇登记失业率 "3%以内", fresh64 BY7-2, 宝鸡市创建充分
就业示范社区评估考核表) depends on the row's 指标值, which the text does not carry. The refusal used to ask which
ratio (实际值÷指标值 or 指标值÷实际值) the text meant — a sentence without any ratio; it now names the direction and
the two rules the user can write instead.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from jixiao.rules.chinese import read_rule_text
from jixiao.rules.grammar import parse_rule

PASS_FAIL = ["达到目标值得满分，未达到不得分",  # issue 11
             "达到指标值的得满分，未达到的不得分",
             "完成目标值得满分，否则不得分",
             "达到年度指标值得满分,未达到得0分"]


@pytest.mark.parametrize("text", PASS_FAIL)
def test_pass_fail_against_target_names_the_direction(text: str) -> None:
    r = read_rule_text(text, 10)
    assert not r.ok and r.rule is None
    why = "；".join(r.understood)
    assert "正向" in why and "反向" in why and "÷" not in why


def test_the_two_rules_the_reason_offers_score_as_written() -> None:
    # 就业率 ≥90 %: 95 % meets it (10), 89 % does not (0); 失业率 ≤3 %: 2 % meets it, 3.5 % does not
    forward, reverse = parse_rule(">=T: W; *: 0"), parse_rule("<=T: W; *: 0")
    assert forward.score(Decimal("0.95"), Decimal(10), Decimal("0.9")) == 10
    assert forward.score(Decimal("0.89"), Decimal(10), Decimal("0.9")) == 0
    assert reverse.score(Decimal("0.02"), Decimal(10), Decimal("0.03")) == 10
    assert reverse.score(Decimal("0.035"), Decimal(10), Decimal("0.03")) == 0


@pytest.mark.parametrize("text", ["达到目标值得满分，未达到按比例得分", "达到目标值得满分,未达到按B/A或A/B×分值"])
def test_a_ratio_without_its_direction_keeps_its_own_reason(text: str) -> None:
    r = read_rule_text(text, 10)
    assert not r.ok and r.rule is None
    why = "；".join(r.understood)
    assert "÷" in why or "B/A" in why


# r45 found it: fresh54 BO9-1 "房屋整治方案 1-5" (分值 1-5, labelled manual: the points a judge gives) with its 分值 in a
# bracket read as the band [1,5]: 5 — any value 1…5 scored full marks. A bare range with no unit is refused.
# r68: a described range ending at the 分值 (1-5 on 5) is the judge's points range, as BO9-1's label says — a judgement
# (pointranges.py, no rule, nothing scored); a range below the 分值 or nothing described stays refused.
@pytest.mark.parametrize("text", ["整改方案 1-3（5分）", "1～5（5分）"])
def test_a_bare_range_is_no_band(text: str) -> None:
    r = read_rule_text(text, 5)
    assert r.rule is None and not r.ok
    assert "没有单位" in "；".join(r.understood)


@pytest.mark.parametrize("text", ["房屋整治方案 1-5（5分）", "房屋整治方案1-5(5分)"])
def test_a_bare_range_up_to_the_weight_is_a_judgement(text: str) -> None:
    r = read_rule_text(text, 5)
    assert r.rule is None and not r.ok and r.kind == "judgement" and r.max_points == 5


@pytest.mark.parametrize(("text", "value", "score"), [
    # a range of a named unit or a percentage is a band: 3 个 in 1–5 个 → 5; 95 % in 90–100 % → 5
    ("完成1-5个（5分）", "3", 5), ("1-5次（5分）", "1", 5), ("90%-100%（5分）", "95%", 5)])
def test_a_range_with_its_unit_is_still_a_band(text: str, value: str, score: int) -> None:
    r = read_rule_text(text, 5)
    assert r.ok and r.rule is not None
    assert r.rule.score(value, Decimal(5)) == score


# r45 found it: fresh40 BA12-2 "达到标准的计2分,未达到标准不能被表彰" (分值 16) with the 分值 restated in a closing
# bracket read "未达到标准不能被表彰": 16 — not meeting the standard scored 16, meeting it 2. Refused now.
@pytest.mark.parametrize(("text", "w"), [("达到标准的计2分,未达到标准不能被表彰（16分）", 16),
                                         ("建立制度得2分,未建立制度（5分）", 5), ("按时上报得1分，未按时上报(3分)", 3)])
def test_a_failing_level_never_takes_the_closing_weight(text: str, w: int) -> None:
    r = read_rule_text(text, w)
    assert r.rule is None and not r.ok
    assert "未做到" in "；".join(r.understood)


@pytest.mark.parametrize(("text", "w", "level", "score"), [
    # the failing level at 0 under the restated 分值: 建立制度 → 2, 未建立制度 → 0
    ("建立制度得2分,未建立制度不得分（2分）", 2, "未建立制度", 0), ("建立制度得2分,未建立制度不得分（2分）", 2, "建立制度", 2)])
def test_a_failing_level_at_zero_under_the_closing_weight_still_reads(text: str, w: int, level: str, score: int) -> None:
    r = read_rule_text(text, w)
    assert r.ok and r.rule is not None
    assert r.rule.score(level, Decimal(w)) == score
