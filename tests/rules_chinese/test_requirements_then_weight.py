"""Requirements followed by a bracket that only names the 分值 (session 30, fresh56 BQ9-4's first run).

"熟悉辖区道路交通安全状况,有道路隐患排查台帐,有隐患上报记录整治建议(分值3分)。" was read as "符合": 3 — the three
requirements set aside as 考核内容 and the word 分值 taken as the level. Written "…,…,…得3分" or "…(3分)" the reader
already calls three requirements without a failure a scorer's judgement (corpus convention: one or two requirements
followed by their points are a pass/fail, three or more a judgement — AX4-4, BB10-2 / AV8-2, AZ5-2). The bracket
"(分值N分)" now reads the same way.
"""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from jixiao.rules.chinese import read_rule_text

#: fresh56 BQ9-4 (https://m.yzwku.com/doc/51795.html — 关于农村道路交通安全管理工作的考核办法, 日常管理 2, w 3)
BQ9_4 = "熟悉辖区道路交通安全状况,有道路隐患排查台帐,有隐患上报记录整治建议(分值3分)。"


@pytest.mark.parametrize("text, w", [
    (BQ9_4, 3),
    # variants: the same three requirements, other ways of naming the 分值
    ("熟悉辖区道路交通安全状况,有道路隐患排查台帐,有隐患上报记录整治建议（分值：3分）", 3),
    ("建立工作台账，明确专人负责，按月报送进度（本项满分5分）。", 5),
    ("成立领导小组,制定实施方案,开展督导检查(满分4分);", 4),
    ("熟悉辖区道路交通安全状况；有道路隐患排查台帐；有隐患上报记录整治建议(分值3分)。", 3),  # parted by ；
])
def test_three_requirements_and_the_weight_are_a_judgement(text, w):
    r = read_rule_text(text, D(w))
    assert r.kind == "judgement" and r.rule is None
    assert r.max_points == w  # the scorer gives at most the 分值
    assert any("几项要求（3项）" in u for u in r.understood)


@pytest.mark.parametrize("text, w", [
    # one or two requirements then the 分值 stay a pass/fail worth the 分值 (corpus AY6-3; a variant of two)
    ("三年内没有发生因生产经营而导致本单位刑事犯罪(分值3分);", 3),
    ("建立道路隐患排查台帐,确定专人负责(分值5分)。", 5),
])
def test_one_or_two_requirements_stay_a_pass_fail(text, w):
    r = read_rule_text(text, D(w))
    assert r.kind == "passfail" and r.rule is not None
    assert r.rule.score("符合", D(w)) == w


@pytest.mark.parametrize("text, w", [
    # near misses: a bracket that is not the 分值, or that carries a rule of its own
    ("熟悉辖区道路交通安全状况,有道路隐患排查台帐,有隐患上报记录整治建议(分值2分)。", 3),  # not the row's 分值
    ("建立工作台账，明确专人负责，按月报送进度（每缺一项扣1分）。", 3),  # a deduction, not the 分值
])
def test_near_misses_are_not_a_judgement_of_the_weight(text, w):
    r = read_rule_text(text, D(w))
    assert not (r.kind == "judgement" and r.max_points == w and any("几项要求（3项）" in u for u in r.understood))
