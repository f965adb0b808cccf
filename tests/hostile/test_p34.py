"""p34: wrong scores sessions 37–38 left on the target/unit side — each hostile input with its hand score (or "must
refuse"), written before any run. 分值 5 unless said; shipped selfeval-national's 项目总成本 is worth 10.

1. **A step in a unit word scored against a target in another unit** (r63's Left). "每低于目标值1天扣1分" read as
   ``>=T: W; <T: W - 1 per 1`` (the rule language had no unit on ``per``), so beside "340户" 339 scored 5 − 1 = 4.
   Decision: the rule language carries the step's unit word (``per 1天``) — the reader writes it, the grammar reads
   it back, and the one unit decision (``targetscale.step_unit_reason``, asked by ``Rule.target_number``) sees it in
   every client that scores the rule with a target (collect, validate, the spec/build check, authoring, the judge).

   - reader: "每低于目标值1天扣1分" → ``>=T: W; <T: W - 1 per 1天`` (canonical text round trip).
   - beside "340户": 339 → must refuse (was 4), naming 天 and 户; beside "≥90%" → must refuse (as before).
   - beside "340天", "≥340日" (日 = 天), "340" (no unit): 339 → 4; 337 → 2; 350 → 5; "339天" → 4.
   - a template spec with that rule and 指标值 "340户" → refused at load (the spec check), with 指标值 "340天" built:
     339 → 4, 337 → 2, 350 → 5, "339天" → 4, "339户" → refused — as built, `formulas`, LibreOffice, collect.
   - hand table (三级指标 | 评分标准 | 指标值 | 分值 | 业绩值 | 得分), "每低于目标值1天扣1分", 指标值 "340户", 业绩值 339,
     得分 4 typed → collect refuses (was 核定 4), validate names the reason; 指标值 "340天" → 核定 4, no finding.
   - SCORE_RANGE takes no target: a rule on T is refused whatever the step's unit (as before).

2. **A negative beside a 自评 money 指标值** ("≤90万元" with −10 scored full marks by ``<=T: W; >T: invprop``).
   Decision by the indicator's name: a balance/profit/change (结余 利润 收益 盈亏 差额 盈余 损益, or a change word:
   增减 …) → scored as today; a cost/spend/budget (成本 支出 费用 资金 投入 预算 经费 开支 补助 补贴 投资 造价 价格 单价)
   → refused; neither → refused. A balance word wins over a cost word ("资金结余" is a balance).

   - 项目总成本 ≤90万元: −10 → refuse (cost; was 5); "-10万元" → refuse (was 5); 80 → 5; 100 → 5 × 90 ÷ 100 = 4.5.
   - 人均补助标准 ≤500元: −1 → refuse (cost: 补助; was 5).
   - 项目利润 ≥100万元: −10 → 5 × −10 ÷ 100 → 0 (a profit may be negative: scored, as today).
   - 资金结余 ≤90万元: −10 → 5 (a balance: scored as today, −10 ≤ 90).
   - 收支增减 ≥100万元: −10 → 0 (a change: scored as today).
   - 合同金额 ≥100万元: −10 → refuse (neither; was 0).

3. **Days/months typed negative** (same decision): a duration (时限 时间 天数 工期 周期 时长 用时 期限 耗时 时效 日数
   月数 年限) → refused; a change word (偏差, 增减 …) → scored; neither → refused.

   - 办理时限 ≤30天: −3 → refuse (was 5); 20 → 5; 40 → 5 × 30 ÷ 40 = 3.75.
   - 建设工期 ≤6个月: −1 → refuse (was 5).
   - 工期偏差 ≤30天: −3 → 5 (a change: scored as today).
   - 整改完成 ≤30天: −3 → refuse (neither; was 5).

   Shipped templates (rebuilt): selfeval-national 项目总成本 (分值 10) "-10万元" → refuse (was 10), "80万元" → 10,
   "100万元" → 10 × 90 ÷ 100 = 9; selfeval-transfer 人均补助标准 (分值 10) "-1元" → refuse (was 10), "400元" → 10.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

import jixiao_udfs as udfs
import pytest

from jixiao.collect import check_one
from jixiao.errors import JixiaoError, ScoringError
from jixiao.rules.chinese.reader import read_rule_text
from jixiao.rules.excel import rule_formula
from jixiao.rules.grammar import parse_rule
from jixiao.rules.target import negative_on_target_reason, parse_target
from jixiao.templates.spec import load_spec
from jixiao.validation import validate_workbook
from tests import lo
from tests.authoring.helpers import write_table_xlsx
from tests.templates.product_path import cached
from tests.templates.typed_units import (
    Case,
    build_books,
    numeric_text,
    write_spec,
    wrong_collected,
    wrong_in_libreoffice,
    wrong_recalculated,
    wrong_refused_findings,
    wrong_scores,
    wrong_shipped,
)

D = Decimal
DAYS = ">=T: W; <T: W - 1 per 1天"
DAY_TEXT = "每低于目标值1天扣1分"


def step_units(step: str, base: str, unit: str) -> str:
    return f"计分规则按“{step}”逐档扣分，指标值“{base}”的单位是“{unit}”：单位不同，无法计分，请核对指标值或计分规则"


# ------------------------------------------------------------------------------------------- 1. unit-word steps

def test_the_reader_writes_the_steps_unit_and_the_grammar_reads_it_back() -> None:
    r = read_rule_text(DAY_TEXT, 5)
    assert r.canonical == DAYS
    rule = parse_rule(DAYS)
    assert str(rule) == DAYS and parse_rule(str(rule)) == rule
    # the unit word says what the steps count; the sheet's arithmetic is that of a bare step
    assert rule_formula(rule, "H5", "G5", "F5") == rule_formula(parse_rule(">=T: W; <T: W - 1 per 1"), "H5", "G5", "F5")


@pytest.mark.parametrize(("target", "value", "want"), [
    ("340天", 339, 4), ("340天", 337, 2), ("340天", 350, 5), ("340天", "339天", 4),
    ("≥340日", 339, 4),  # 日 = 天
    ("340", 339, 4),  # no unit printed: the step's own
])
def test_days_beside_days(target: str, value: Any, want: int) -> None:
    assert parse_rule(DAYS).score(value, 5, target) == want


@pytest.mark.parametrize(("target", "reason"), [
    ("340户", step_units("天", "340户", "户")),  # was 4
    ("≥340户", step_units("天", "≥340户", "户")),  # was 4
    ("≥90%", "计分规则按“天”逐档扣分，指标值“≥90%”是百分比：单位不同，无法计分，请核对指标值或计分规则"),
])
def test_days_beside_another_unit_are_refused(target: str, reason: str) -> None:
    with pytest.raises(ScoringError) as e:
        parse_rule(DAYS).score(339, 5, target)
    assert e.value.message_zh == reason
    with pytest.raises(ScoringError):
        parse_rule(DAYS).score(339, 5, parse_target(target))  # a parsed target (validate, hand tables)


DAY_CASES: list[Case] = [(DAYS, "", 339, 4), (DAYS, "", 337, 2), (DAYS, "", 350, 5), (DAYS, "", "339天", 4),
                         (DAYS, "", "339户", None)]
#: as built, "339天" is prefilled on the 指标值's scale (339); "339户" is not written (no number on its scale)
BUILT_DAYS: list[Case] = DAY_CASES[:4]


def day_row(_k: int, case: Case) -> dict[str, Any]:
    return {"standard": DAY_TEXT, "target": "340天", "scoring": {"kind": "rule", "rule": case[0]}}


def day_label(k: int) -> str:
    return f"指标{k:02d}办理时限"


@pytest.fixture(scope="module")
def days(tmp_path_factory: pytest.TempPathFactory) -> dict[Any, Any]:
    return build_books(tmp_path_factory.mktemp("p34d"), "p34-days", "测试（p34：按天逐档扣分）", DAY_CASES, day_label,
                       day_row)


def test_a_spec_whose_target_is_in_another_unit_is_refused(tmp_path: Path) -> None:
    path = write_spec(tmp_path, "p34-households", "测试", [(DAYS, "", 339, None)], day_label,
                      lambda _k, c: {**day_row(_k, c), "target": "340户"})
    with pytest.raises(JixiaoError) as e:
        load_spec(path)
    assert step_units("天", "340户", "户") in e.value.message_zh


# ------------------------------------------------------------------------------------------- 2, 3. 自评 negatives

COST = "业绩值“{value}”为负数：指标为成本、支出类金额（以“{unit}”计），不能为负，无法计分"
MONEY = "业绩值“{value}”为负数：指标值以“{unit}”计，指标名称未写明结余、利润、增减等可为负的金额，无法计分"
DURATION = "业绩值“{value}”为负数：指标为时长、期限（以“{unit}”计），不能为负，无法计分"
TIME = "业绩值“{value}”为负数：指标值以“{unit}”计，指标名称未写明偏差、增减等可为负的时间，无法计分"

#: (指标值, 业绩值, expected, name)
TARGETS: list[tuple[str, Any, Any, str]] = [
    ("≤90万元", -10, COST.format(value="-10", unit="万元"), "项目总成本"),  # was 5
    ("≤90万元", "-10万元", COST.format(value="-10万元", unit="万元"), "项目总成本"),  # was 5
    ("≤90万元", 80, 5, "项目总成本"),
    ("≤90万元", 100, 4.5, "项目总成本"),  # 5 × 90 ÷ 100
    ("≤500元", -1, COST.format(value="-1", unit="元"), "人均补助标准"),  # was 5
    ("≥100万元", -10, 0, "项目利润"),  # a profit: scored as today (−0.5 → 0)
    ("≤90万元", -10, 5, "资金结余"),  # a balance: scored as today (−10 ≤ 90)
    ("≥100万元", -10, 0, "收支增减"),  # a change: scored as today
    ("≥100万元", -10, MONEY.format(value="-10", unit="万元"), "合同金额"),  # neither: was 0
    ("≤30天", -3, DURATION.format(value="-3", unit="天"), "办理时限"),  # was 5
    ("≤30天", 20, 5, "办理时限"),
    ("≤30天", 40, 3.75, "办理时限"),  # 5 × 30 ÷ 40
    ("≤6个月", -1, DURATION.format(value="-1", unit="个月"), "建设工期"),  # was 5
    ("≤30天", -3, 5, "工期偏差"),  # a change: scored as today
    ("≤30天", -3, TIME.format(value="-3", unit="天"), "整改完成"),  # neither: was 5
]
TARGET_CASES: list[Case] = [(t, "", v, want) for t, v, want, _n in TARGETS]
#: as built, the prefilled "-10万元" is written as the number −10 (on the 指标值's scale)
BUILT_TARGETS: list[Case] = [(t, u, v, COST.format(value="-10", unit="万元") if v == "-10万元" else w)
                             for t, u, v, w in TARGET_CASES]


def target_label(k: int) -> str:
    return f"指标{k:02d}{TARGETS[k][3]}"


def target_row(_k: int, case: Case) -> dict[str, Any]:
    return {"target": case[0], "scoring": {"kind": "target"}}


@pytest.fixture(scope="module")
def targets(tmp_path_factory: pytest.TempPathFactory) -> dict[Any, Any]:
    return build_books(tmp_path_factory.mktemp("p34t"), "p34-targets", "测试（p34：金额、天数指标值旁的负值）",
                       TARGET_CASES, target_label, target_row)


def test_the_core_decides_each_negative() -> None:
    for t, v, want, name in TARGETS:
        number = D("-10") if v == "-10万元" else D(str(v))
        got = negative_on_target_reason(v, number, parse_target(t), name)
        assert got == (want if isinstance(want, str) else None), (t, v, name, got)


# ------------------------------------------------------------------------------------------- every client

@pytest.mark.parametrize("flavour", ["portable", "udf"])
def test_as_built(days: dict[str, Any], targets: dict[str, Any], flavour: str) -> None:
    assert wrong_scores(cached, days["built", flavour], BUILT_DAYS, label=day_label) == []
    assert wrong_scores(cached, targets["built", flavour], BUILT_TARGETS, label=target_label) == []


@pytest.mark.parametrize("flavour", ["portable", "udf"])
def test_formulas_engine(days: dict[str, Any], targets: dict[str, Any], flavour: str) -> None:
    assert wrong_recalculated(days["typed", flavour], DAY_CASES, numeric_text, day_label) == []
    assert wrong_recalculated(targets["typed", flavour], TARGET_CASES, numeric_text, target_label) == []


@pytest.mark.libreoffice
@pytest.mark.skipif(lo.SOFFICE is None, reason="LibreOffice not installed")
def test_libreoffice(days: dict[str, Any], targets: dict[str, Any], tmp_path: Path) -> None:
    runs = [(days, "typed", DAY_CASES, day_label), (targets, "typed", TARGET_CASES, target_label),
            (targets, "built", BUILT_TARGETS, target_label)]
    assert wrong_in_libreoffice(runs, tmp_path) == []


def test_collect(days: dict[str, Any], targets: dict[str, Any]) -> None:
    assert wrong_collected(days, DAY_CASES, day_label) == []
    assert wrong_collected(targets, TARGET_CASES, target_label) == []


def test_validate_alone_on_an_uncalculated_return(targets: dict[str, Any], tmp_path: Path) -> None:
    assert wrong_refused_findings(targets, TARGET_CASES, target_label, tmp_path) == []


def test_score_range_refuses_a_rule_on_t() -> None:
    got = udfs.SCORE_RANGE(339, DAYS, 5)
    assert isinstance(got, str) and got.startswith("#JIXIAO!") and "T" in got
    assert udfs.RULE_CHECK(DAYS) == "OK"


HAND = ["三级指标", "评分标准", "指标值", "分值", "业绩值", "得分"]


@pytest.mark.parametrize(("target", "verified", "why"), [
    ("340户", None, step_units("天", "340户", "户")),  # was 核定 4
    ("340天", D(4), None),
])
def test_hand_table(tmp_path: Path, target: str, verified: Decimal | None, why: str | None) -> None:
    path = write_table_xlsx(tmp_path / "t.xlsx", "评分表", HAND, [["办理时限", DAY_TEXT, target, 5, 339, 4]])
    (row,) = check_one(path).verified.rows
    said = [f.message for f in validate_workbook(path).findings if why is not None and why in f.message]
    if why is None:
        assert row.verified == verified
        assert [f for f in validate_workbook(path).findings if "单位不同" in f.message] == []
        return
    assert row.verified is None and why in (row.why or ""), (row.verified, row.why)
    assert said, [f.message for f in validate_workbook(path).findings]


@pytest.mark.parametrize("flavour", ["portable", "udf"])
def test_the_shipped_selfeval_templates(tmp_path: Path, flavour: str) -> None:
    cases = [("selfeval-national", "项目总成本", "-10万元", COST.format(value="-10万元", unit="万元")),
             ("selfeval-national", "项目总成本", "80万元", 10),
             ("selfeval-national", "项目总成本", "100万元", 9),
             ("selfeval-transfer", "人均补助标准", "-1元", COST.format(value="-1元", unit="元")),
             ("selfeval-transfer", "人均补助标准", "400元", 10)]
    assert wrong_shipped(tmp_path, flavour, cases) == []


@pytest.mark.parametrize(("name", "said"), [
    ("项目总成本", COST.format(value="-10", unit="万元")),  # the default gave 60 (−10 ≤ 90): validate said nothing
    ("资金结余", None),  # a balance: scored as today, nothing said
])
def test_a_hand_selfeval_row_beside_a_money_target(tmp_path: Path, name: str, said: str | None) -> None:
    """青神 2023 (tests/selfeval/tables.QINGSHEN, a published 自评表), its first indicator row renamed and given
    "≤ 90 万元" (权重 60), 完成值 −10 with 得分 60 — what the national default gives: the core's reason as a reminder
    (警告 selfeval-default, as p32's count case) for a cost, nothing for a balance."""
    from tests.selfeval.tables import QINGSHEN

    path = QINGSHEN.save(tmp_path / "q.xlsx",
                         changes={"D14": name, "E14": "≤", "F14": 90, "G14": "万元", "H14": -10, "J14": 60})
    found = [(f.check, f.severity.value, f.message) for f in validate_workbook(path).findings if f.cell == "H14"]
    if said is None:
        assert [f for f in found if "为负数" in f[2]] == [], found
    else:
        assert [(c, s) for c, s, m in found if said in m] == [("selfeval-default", "警告")], found


HAND_SPLIT = ["三级指标", "评分标准", "指标值", "度量单位", "分值", "业绩值", "得分"]


@pytest.mark.parametrize(("target", "unit", "value", "verified"), [
    # "每超过目标值1万元扣1分" (<=T: W; >T: W - 1 per 1万元), 93 beside 90 万元: 5 − 3 = 2 (found on the way: collect
    # read 93 on the rule's scale in 元 — 930 000 — and 核定 0 while validate agreed with the typed 2)
    (90, "万元", 93, D(2)),
    (90, "万元", "93万元", D(2)),  # was 0 too
    ("≤90万元", None, "93万元", D(2)),  # was refused (collect found no target number in "≤90万元")
    ("≥95%", None, 0.93, None),  # "每低于目标值1个百分点": 93 % or 0.93 %? refused as validate does
])
def test_hand_rows_on_t_are_read_on_the_targets_scale(tmp_path: Path, target: Any, unit: str | None, value: Any,
                                                      verified: Decimal | None) -> None:
    text = "每超过目标值1万元扣1分" if verified is not None else "每低于目标值1个百分点扣1分"
    path = write_table_xlsx(tmp_path / "t.xlsx", "评分表", HAND_SPLIT, [["指标", text, target, unit, 5, value, 2]])
    (row,) = check_one(path).verified.rows
    assert row.verified == verified, (row.verified, row.why)
    if verified is None:
        assert "无法确定" in row.why
