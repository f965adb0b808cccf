"""p32: what p30 and p31 left — negatives beside 自评 count targets, two count words in one 评分标准 — each one decision
in the core (``rules.target``) that the sheet's formula, collect, validate and SCORE_RANGE share.

1. 自评表 定量 rows whose 指标值 counts or measures things: a negative 业绩值 was scored by the national default — 0
   beside "≥" (5 × −5 ÷ 50, clamped), **full marks** beside "≤0次" (−1 ≤ 0). Counts ("≥50个", "≤0次") were settled
   by p33 in main while this branch was open (its text, ``count_target``); p32 adds what a count's rule does not
   cover — a measure or a count in 千/万/亿 ("≥100亩", "≥5公里", "≥5万人": ``measure_target``, negatives only, a
   fraction scored) — in the same decision (``negative_target_text``), unless the name says a change (增减 …).
   Beside money ("≤90万元") the default scores as before (a balance or a profit may be negative).
2. A 评分标准 naming two count words ("迟报一次或发现问题一处扣1分"): read as naming none, so 1.5 scored 5 − 1.5 =
   3.5. Two words are two counts, each whole: now refused, naming both ("处、次"). A 评分标准 of a rate per head
   ("每万人口…", "每千人口…") counts no whole things: its 业绩值 is an average — scored (before: one word 人 refused
   1.5; two words scored by the rule above).

Every expected value is hand arithmetic from the rule text (分值 5; the shipped rows 分值 10), written before the run:

- "≥50个" (default ``>=T: W; <T: prop``): 40 → 5 × 40 ÷ 50 = 4; 50 → 5; −5, "-5个" → the reason (were 0);
  named 企业数量增减 (a change): −5 → 5 × −5 ÷ 50 = −0.5 → 0 (scored, the default's floor).
- "≤0次" 安全事故发生次数 (``<=T: W; >T: invprop``): −1 → the reason (was 5: −1 ≤ 0); 0 → 5.
- "≥5万人" 受益人口: −1 → the reason, "以“万人”计"; "≥100亩" 种植面积: −3 → the reason, 50.5 → 5 × 50.5 ÷ 100
  = 2.525 (a measure: fractions scored); "≥5公里" 道路建设里程: −2 → the reason.
- "≤90万元" 项目总成本: −10 → 5 (money: scored by the default as before; see docs/notes/p32.md) — p34: refused, a
  cost is never negative (the name decides money and days: tests/hostile/test_p34.py).
- ``*: W - 1 per 1`` without a unit, "迟报一次或发现问题一处扣1分": 1.5, "1.5处" → refused, 按“处、次”计数 (were 3.5);
  2 → 5 − 2 = 3.
- ``*: W - 1 per 1``, "每千人口传染病发病数，每发生一例扣1分" (人 and 例, a rate per head): 1.5 → 3.5 (scored);
  "每万人口发案数，每增加1扣1分" (人 alone, per head): 1.5 → 3.5 (was refused: 按“人”计数).
- shipped selfeval-national (分值 10): 完成数量 ≥50个: "-5个" → the reason, "40个" → 10 × 40 ÷ 50 = 8;
  安全事故发生次数 ≤0次: "-1次" → the reason, "0次" → 10.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

import jixiao_udfs as udfs
import pytest

from jixiao.collect import check_one
from jixiao.rules.grammar import parse_rule
from jixiao.rules.target import count_words, negative_on_target_reason, parse_target
from jixiao.validation import validate_workbook
from tests import lo
from tests.authoring.helpers import write_table_xlsx
from tests.hostile.test_p30_refusals import step_whole
from tests.templates.product_path import cached
from tests.templates.typed_units import (
    Case,
    build_books,
    rule_rows,
    wrong_collected,
    wrong_in_libreoffice,
    wrong_recalculated,
    wrong_refused_findings,
    wrong_scores,
    wrong_shipped,
)


def negative_count(shown: str, unit: str) -> str:  # p33's text (counts)
    return f"业绩值“{shown}”为负数：指标值按“{unit}”计数，个数不能为负，无法计分"


def negative_measure(shown: str, unit: str) -> str:
    return f"业绩值“{shown}”为负数：指标值以“{unit}”计，数量不能为负，无法计分"


# ------------------------------------------------------------------------------------------- 1. 自评 count targets

#: (指标值, 业绩值, expected, name)
TARGETS: list[tuple[str, Any, Any, str]] = [
    ("≥50个", 40, 4, "完成数量"),
    ("≥50个", 50, 5, "完成数量"),
    ("≥50个", -5, negative_count("-5", "个"), "完成数量"),  # was 0
    ("≥50个", "-5个", negative_count("-5个", "个"), "完成数量"),  # was 0
    ("≥50个", -5, 0, "企业数量增减"),  # a change: scored (−0.5 → 0)
    ("≤0次", -1, negative_count("-1", "次"), "安全事故发生次数"),  # was 5
    ("≤0次", 0, 5, "安全事故发生次数"),
    ("≥5万人", -1, negative_measure("-1", "万人"), "受益人口"),  # was 0
    ("≥100亩", -3, negative_measure("-3", "亩"), "种植面积"),  # was 0
    ("≥100亩", 50.5, 2.525, "种植面积"),  # a measure may have a fraction: 5 × 50.5 ÷ 100
    ("≥5公里", -2, negative_measure("-2", "公里"), "道路建设里程"),  # was 0
    # money: p34 decides by the name — a cost is never negative (was 5, full marks; tests/hostile/test_p34.py)
    ("≤90万元", -10, "业绩值“-10”为负数：指标为成本、支出类金额（以“万元”计），不能为负，无法计分", "项目总成本"),
]
TARGET_CASES: list[Case] = [(t, "", v, want) for t, v, want, _n in TARGETS]
#: as built, the prefilled "-5个" is written as the number −5 (on the 指标值's scale): the reason quotes the cell
BUILT_TARGETS: list[Case] = [(t, u, v, negative_count("-5", "个") if v == "-5个" else w)
                             for t, u, v, w in TARGET_CASES]


def target_label(k: int) -> str:
    return f"指标{k:02d}{TARGETS[k][3]}"


def target_row(_k: int, case: Case) -> dict[str, Any]:
    return {"target": case[0], "scoring": {"kind": "target"}}


# ------------------------------------------------------------------------------------------- 2. count words

COUNT = "*: W - 1 per 1"
TWO = "迟报一次或发现问题一处扣1分"
PER_HEAD_TWO = "每千人口传染病发病数，每发生一例扣1分"
PER_HEAD_ONE = "每万人口发案数，每增加1扣1分"

#: (rule, unit, 业绩值, expected, the row's name, its 评分标准)
ROWS: list[tuple[str, str, Any, Any, str, str]] = [
    (COUNT, "", 1.5, step_whole("1.5", "处、次"), "迟报", TWO),  # was 3.5
    (COUNT, "", "1.5处", step_whole("1.5处", "处、次"), "迟报", TWO),  # was 3.5
    (COUNT, "", 2, 3, "迟报", TWO),
    (COUNT, "", 1.5, 3.5, "发病", PER_HEAD_TWO),  # a rate per head: scored
    (COUNT, "", 1.5, 3.5, "发案", PER_HEAD_ONE),  # was refused (人)
]
CASES: list[Case] = [(rule, unit, v, want) for rule, unit, v, want, _n, _s in ROWS]
#: as built, "1.5处" (a row without a unit) is written as 1.5
BUILT_CASES: list[Case] = [(r, u, v, step_whole("1.5", "处、次") if v == "1.5处" else w) for r, u, v, w in CASES]


def label(k: int) -> str:
    return f"指标{k:02d}{ROWS[k][4]}"


#: each case's rule row with its own 评分标准
rule_row = rule_rows([standard for *_case, standard in ROWS])


def _numeric_text(v: Any, _want: Any = None) -> bool:
    # not the `formulas` engine's run: it compares numeric text with numbers as text (p22's note)
    return isinstance(v, str) and any(ch.isdigit() for ch in v)


@pytest.fixture(scope="module")
def books(tmp_path_factory: pytest.TempPathFactory) -> dict[Any, Any]:
    return build_books(tmp_path_factory.mktemp("p32"), "p32-counts", "测试（p32：两个计数词、人均）", CASES, label,
                       rule_row)


@pytest.fixture(scope="module")
def targets(tmp_path_factory: pytest.TempPathFactory) -> dict[Any, Any]:
    return build_books(tmp_path_factory.mktemp("p32t"), "p32-targets", "测试（p32：自评表计数指标值旁的负值）",
                       TARGET_CASES, target_label, target_row)


# ------------------------------------------------------------------------------------------- the core

def test_the_core_decides_each_case() -> None:
    from jixiao.rules.target import input_refusal

    for t, v, want, name in TARGETS:
        number = Decimal(str(v)) if not isinstance(v, str) else Decimal(-5)
        got = negative_on_target_reason(v, number, parse_target(t), name)
        assert got == (want if isinstance(want, str) else None), (t, v, got)
    for rule, unit, v, want, name, standard in ROWS:
        got = input_refusal(v, parse_rule(rule), unit or None, name, standard)
        assert got == (want if isinstance(want, str) else None), (standard, v, got)
    assert count_words(parse_rule(COUNT), None, TWO) == ("处", "次")
    assert count_words(parse_rule(COUNT), "次", TWO) == ("次",)  # the row's unit decides


# ------------------------------------------------------------------------------------------- the sheet

@pytest.mark.parametrize("flavour", ["portable", "udf"])
def test_as_built_the_score_cell_decides_as_the_core(books: dict[str, Any], targets: dict[str, Any],
                                                     flavour: str) -> None:
    assert wrong_scores(cached, books["built", flavour], BUILT_CASES, label=label) == []
    assert wrong_scores(cached, targets["built", flavour], BUILT_TARGETS, label=target_label) == []


@pytest.mark.parametrize("flavour", ["portable", "udf"])
def test_formulas_engine_decides_as_the_core(books: dict[str, Any], targets: dict[str, Any], flavour: str) -> None:
    assert wrong_recalculated(books["typed", flavour], CASES, _numeric_text, label) == []
    assert wrong_recalculated(targets["typed", flavour], TARGET_CASES, _numeric_text, target_label) == []


@pytest.mark.libreoffice
@pytest.mark.skipif(lo.SOFFICE is None, reason="LibreOffice not installed")
def test_libreoffice_recalculation_decides_as_the_core(books: dict[str, Any], targets: dict[str, Any],
                                                       tmp_path: Path) -> None:
    runs = [(books, "typed", CASES, label), (targets, "typed", TARGET_CASES, target_label),
            (targets, "built", BUILT_TARGETS, target_label)]
    assert wrong_in_libreoffice(runs, tmp_path) == []


# ------------------------------------------------------------------------------------------- collect, SCORE_RANGE

def test_collect_decides_with_the_same_text(books: dict[str, Any], targets: dict[str, Any]) -> None:
    assert wrong_collected(books, CASES, label) == []
    assert wrong_collected(targets, TARGET_CASES, target_label) == []


def test_score_range_given_the_standard() -> None:
    for rule, unit, v, want, name, standard in ROWS:
        got = udfs.SCORE_RANGE(v, rule, 5, unit or None, name, standard)
        assert got == f"#JIXIAO! {want}" if isinstance(want, str) else abs(got - want) < 1e-9, (standard, v, got)


# ------------------------------------------------------------------------------------------- validate

def test_validate_says_the_reason_where_the_score_cell_shows_no_number(books: dict[str, Any],
                                                                       targets: dict[str, Any],
                                                                       tmp_path: Path) -> None:
    """A return saved by a program that does not recalculate: the core's reason at the 业绩值 (value-refused)."""
    assert wrong_refused_findings(books, CASES, label, tmp_path) == []
    assert wrong_refused_findings(targets, TARGET_CASES, target_label, tmp_path) == []


HAND = ["三级指标", "评分标准", "度量单位", "分值", "业绩值", "得分"]


@pytest.mark.parametrize(("standard", "value", "score", "why"), [
    (TWO, 1.5, 3.5, step_whole("1.5", "处、次")),  # the engine's own 3.5 typed: validate and collect said nothing
    (TWO, 2, 3, None),
    (PER_HEAD_TWO, 1.5, 3.5, None),
])
def test_validate_and_collect_on_a_hand_table(tmp_path: Path, standard: str, value: Any, score: Any,
                                             why: str | None) -> None:
    path = write_table_xlsx(tmp_path / "t.xlsx", "评分表", HAND, [["问题整改", standard, None, 5, value, score]])
    found = [f for f in validate_workbook(path).findings if f.check == "value-refused"]
    (row,) = check_one(path).verified.rows
    if why is None:
        assert found == [] and row.verified == Decimal(str(score))
        return
    assert [(f.severity.value, f.cell, f.message) for f in found] == [("错误", "E3", f"E3：指标“问题整改”：{why}")]
    assert row.verified is None and row.why == why and row.why_cell == "E3"


def test_a_hand_selfeval_row_beside_a_count_target(tmp_path: Path) -> None:
    """青神 2023 (tests/selfeval/tables.QINGSHEN, a published 自评表, its split 指标性质｜指标值｜度量单位 cells),
    the first indicator row given a count target "≥ 50 个" (权重 60): 完成值 −5 with 得分 0 is what the national
    default gives (60 × −5 ÷ 50 → 0): validate said nothing. Now the core's reason, as a reminder (警告
    selfeval-default: collect takes the typed 得分 of such rows, p30)."""
    from tests.selfeval.tables import QINGSHEN

    path = QINGSHEN.save(tmp_path / "q.xlsx", changes={"E14": "≥", "F14": 50, "G14": "个", "H14": -5, "J14": 0})
    found = [(f.check, f.severity.value) for f in validate_workbook(path).findings
             if f.cell == "H14" and negative_count("-5", "个") in f.message]
    assert found == [("selfeval-default", "警告")]


# ------------------------------------------------------------------------------------------- shipped templates

@pytest.mark.parametrize("flavour", ["portable", "udf"])
def test_the_shipped_selfeval_template_refuses_a_negative_count(tmp_path: Path, flavour: str) -> None:
    """Typed with the row's unit: the `formulas` engine compares bare numeric text ("-5") with numbers as text."""
    cases = [("selfeval-national", "完成数量", "-5个", negative_count("-5个", "个")),
             ("selfeval-national", "完成数量", "40个", 8),
             ("selfeval-national", "安全事故发生次数", "-1次", negative_count("-1次", "次")),
             ("selfeval-national", "安全事故发生次数", "0次", 10)]
    assert wrong_shipped(tmp_path, flavour, cases) == []
