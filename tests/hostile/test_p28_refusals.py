"""Red team p28: three answers that scored where a refusal was right (p26/p27's "Left"), now one decision in the core
(``rules.target``) that collect, SCORE_RANGE and the portable sheet's formula share.

1. A named level's negation typed in quotation marks ('"不明确"', “不明确”) under a rule with 否则: the sheet's helper
   drops quotation marks (0, the 否则), the core refused it. Now the core reads the text as the helper does: 0
   everywhere; “明确” is 明确 (W) everywhere.
2. A fraction in a row counted in whole things (unit 例/次/人 …): 1.5 例 under 每例扣0.2分 scored 5 − 0.3 = 4.7. Now
   refused ("次数应为整数：…"); 2.0 is 2; money (万元), days (天) and 万人 rows keep fractions.
3. A negative value in a % row (−5%, −0.05 on "≥95%…" bands scored 0 without a word). Now refused, unless the rule
   names a bound at or below 0 ("<=0%: W; …") or the indicator's name says it is a change (增长率 …).

Every expected value is hand arithmetic from the rule text (分值 5), written before the run:

- ``*: W - 0.2 per 1`` (例): 3 → 5 − 0.6 = 4.4; 2.0 → 5 − 0.4 = 4.6; 0 → 5; −0.5 → p27's negative-count reason
  (the first reason: the sign before the fraction).
- ``>=24: W; <24: prop`` (次): 12 → 5 × 12 ÷ 24 = 2.5; 12.5 was 5 × 12.5 ÷ 24 = 2.604…, now refused.
- ``*: W - 25%W per 1`` (人): 1 → 5 − 1.25 = 3.75; 1.5 refused.
- ``>200: W; <=200: prop`` (万元): 150.5 → 5 × 150.5 ÷ 200 = 3.7625. ``<=3: W; >3: 0`` (天): 2.5 → 5.
  ``>=10: W; <10: prop`` (万人): 7.5 → 5 × 7.5 ÷ 10 = 3.75.
- ``>=95%: 5; <95%: 0`` (% and no unit): 0.96 → 5, 0 → 0, −0.05 / "-5%" / −5 refused (were 0).
- ``*: prop`` (%): 0.5 → 2.5; −0.05 refused (was 0: −0.25 clamped).
- ``<=0%: W; >0%: W - 10%W per 5% floor`` (%, 公用经费控制率): −0.05 → 5 (≤ 0 %); 0.12 → 12 % over 0, 2 whole steps
  of 5 % → 5 − 2 × 0.5 = 4.
- ``>=10%: W; <10%: prop`` (%) named “收入增长率”: −0.05 → 5 × −0.05 ÷ 0.10 = −2.5, clamped to 0 (scored, a fall);
  0.05 → 2.5. The same rule named “指标NN” refuses −0.05.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import jixiao_udfs as udfs
import pytest

from tests import lo
from tests.templates.product_path import cached
from tests.templates.typed_units import (
    Case,
    build_books,
    wrong_collected,
    wrong_scores,
    wrong_shipped,
)
from tests.templates.typed_units import name as plain_name

LEVELS = ('"明确": W; "明确性不足": 0.5W; *: 0', "")
COUNT = ("*: W - 0.2 per 1", "例")
COUNT_BOUND = (">=24: W; <24: prop", "次")
PEOPLE = ("*: W - 25%W per 1", "人")
MONEY = (">200: W; <=200: prop", "万元")
DAYS = ("<=3: W; >3: 0", "天")
WANREN = (">=10: W; <10: prop", "万人")
BANDS = (">=95%: 5; <95%: 0", "%")
BANDS_NO_UNIT = (">=95%: 5; <95%: 0", "")
PROP = ("*: prop", "%")
AT_OR_BELOW_0 = ("<=0%: W; >0%: W - 10%W per 5% floor", "%")
GROWTH = (">=10%: W; <10%: prop", "%")


def not_level(shown: str) -> str:
    return f"业绩值“{shown}”不是评分标准中的等级（明确、明确性不足），无法计分，请填写等级名称"


def not_whole(shown: str, unit: str) -> str:
    return f"次数应为整数：填的是“{shown}”，该行单位为“{unit}”，个数不能有小数，无法计分，请填写整数"


def negative_pct(shown: str) -> str:
    return (f"业绩值“{shown}”为负数：该行按百分比计分，评分标准未写负值如何计分，无法计分"
            "（增长率、变动率、偏差率等可为负的指标请在指标名称中写明）")


#: ((rule, unit), 业绩值, expected, the row's name suffix): a number is the score; a str the reason
ROWS: list[tuple[tuple[str, str], Any, Any, str]] = [
    # 1. quotation marks around a level or its negation
    (LEVELS, '"不明确"', 0, ""),  # was refused by the core, 0 in the sheet
    (LEVELS, "“不明确”", 0, ""),
    (LEVELS, "“明确”", 5, ""),
    (LEVELS, "‘明确性不足’", 2.5, ""),
    (LEVELS, "不明确", 0, ""),  # protecting
    (LEVELS, "“是”", not_level("“是”"), ""),
    (LEVELS, '"（明确）"', not_level('"（明确）"'), ""),
    # 2. whole counts
    (COUNT, 1.5, not_whole("1.5", "例"), ""),  # was 4.7
    (COUNT, "1.5例", not_whole("1.5例", "例"), ""),  # was 4.7
    (COUNT, 0.5, not_whole("0.5", "例"), ""),  # was 4.9
    (COUNT, 2.0, 4.6, ""),
    (COUNT, 3, 4.4, ""),
    (COUNT, 0, 5, ""),
    (COUNT, -0.5, "业绩值 -0.5 为负数：本行按发生的个数（次数）扣分，个数不能为负，无法计分", ""),
    (COUNT_BOUND, 12, 2.5, ""),
    (COUNT_BOUND, 12.5, not_whole("12.5", "次"), ""),  # was 2.604…
    (PEOPLE, 1, 3.75, ""),
    (PEOPLE, 1.5, not_whole("1.5", "人"), ""),  # was 3.125
    (MONEY, 150.5, 3.7625, ""),
    (DAYS, 2.5, 5, ""),
    (WANREN, 7.5, 3.75, ""),
    # 3. negative percentages
    (BANDS, 0.96, 5, ""),
    (BANDS, 0, 0, ""),
    (BANDS, -0.05, negative_pct("-0.05"), ""),  # was 0
    (BANDS, "-5%", negative_pct("-5%"), ""),  # was 0
    (BANDS, -5, negative_pct("-5"), ""),  # was 0
    (BANDS_NO_UNIT, -0.05, negative_pct("-0.05"), ""),  # was 0
    (PROP, 0.5, 2.5, ""),
    (PROP, -0.05, negative_pct("-0.05"), ""),  # was 0
    (AT_OR_BELOW_0, -0.05, 5, ""),  # the rule speaks of ≤ 0 %: scored
    (AT_OR_BELOW_0, 0.12, 4, ""),
    (GROWTH, -0.05, 0, "收入增长率"),  # a change: scored (a fall, 0)
    (GROWTH, 0.05, 2.5, "收入增长率"),
    (GROWTH, -0.05, negative_pct("-0.05"), ""),
]

CASES: list[Case] = [(rule, unit, v, want) for (rule, unit), v, want, _n in ROWS]
#: as built, a prefilled "-5%" is written as the number −0.05 (a % cell): the reason quotes the cell, −0.05
BUILT_CASES: list[Case] = [(r, u, v, negative_pct("-0.05") if v == "-5%" else w) for r, u, v, w in CASES]
SUFFIX = {k: n for k, (_r, _v, _w, n) in enumerate(ROWS)}


def label(k: int) -> str:
    return plain_name(k) + SUFFIX[k]


def _numeric_text(v: Any, _want: Any = None) -> bool:
    # not the `formulas` engine's run: it compares numeric text with numbers as text (p22's note)
    return isinstance(v, str) and any(ch.isdigit() for ch in v)


@pytest.fixture(scope="module")
def books(tmp_path_factory: pytest.TempPathFactory) -> dict[Any, Any]:
    return build_books(tmp_path_factory.mktemp("p28"), "p28-refusals", "测试（p28：引号、小数次数、负百分比）", CASES,
                       label)


@pytest.mark.parametrize("flavour", ["portable", "udf"])
def test_as_built_the_score_cell_decides_as_the_core(books: dict[str, Any], flavour: str) -> None:
    assert wrong_scores(cached, books["built", flavour], BUILT_CASES, label=label) == []


def test_formulas_engine_decides_as_the_core_in_the_portable_sheet(books: dict[str, Any]) -> None:
    from tests.formulas_eval import evaluate

    values = evaluate(books["typed", "portable"])
    assert wrong_scores(lambda _b, cell: values[f"评分表!{cell}"], books["typed", "portable"], CASES, _numeric_text,
                        label) == []


def test_formulas_engine_runs_score_range_in_the_macro_book(books: dict[str, Any]) -> None:
    from tests.formulas_eval import evaluate

    values = evaluate(books["typed", "udf"])
    assert wrong_scores(lambda _b, cell: values[f"评分表!{cell}"], books["typed", "udf"], CASES, _numeric_text,
                        label) == []


@pytest.mark.libreoffice
@pytest.mark.skipif(lo.SOFFICE is None, reason="LibreOffice not installed")
def test_libreoffice_recalculation_decides_as_the_core(books: dict[str, Any], tmp_path: Path) -> None:
    done = lo.recalc_many([books["typed", "portable"], books["built", "portable"]], tmp_path / "lo")
    assert wrong_scores(cached, done[books["typed", "portable"]], CASES, label=label) == []
    assert wrong_scores(cached, done[books["built", "portable"]], BUILT_CASES, label=label) == []


def test_collect_decides_with_the_same_text(books: dict[str, Any]) -> None:
    assert wrong_collected(books, CASES, label) == []


def test_score_range_given_unit_and_name() -> None:
    def one(rule_unit: tuple[str, str], v: Any, name: str | None = None) -> Any:
        rule, unit = rule_unit
        return udfs.SCORE_RANGE(v, rule, 5, unit or None, name)

    assert one(LEVELS, '"不明确"') == 0 and one(LEVELS, "“明确”") == 5
    assert one(COUNT, 1.5) == f"#JIXIAO! {not_whole('1.5', '例')}"
    assert one(COUNT, "1.5例") == f"#JIXIAO! {not_whole('1.5例', '例')}"
    assert one(COUNT, 2.0) == 4.6 and one(MONEY, 150.5) == 3.7625
    assert one(BANDS, "-5%") == f"#JIXIAO! {negative_pct('-5%')}"
    assert one(BANDS_NO_UNIT, -0.05) == f"#JIXIAO! {negative_pct('-0.05')}"
    assert one(AT_OR_BELOW_0, -0.05) == 5
    assert one(GROWTH, -0.05, "收入增长率") == 0 and one(GROWTH, -0.05) == f"#JIXIAO! {negative_pct('-0.05')}"
    column = udfs.SCORE_RANGE([[1.5], [3], [None]], "*: 5 - 0.2 per 1", 5, "例")
    assert column[0] == [f"#JIXIAO! {not_whole('1.5', '例')}"] and column[1] == [4.4]
    # without the unit SCORE_RANGE cannot know the row counts: 1.5 例 scores as before (5 − 0.3)
    assert udfs.SCORE_RANGE(1.5, "*: 5 - 0.2 per 1", 5) == 4.7


#: the shipped templates: seed003's 预算管理执行有效性 (每发现一例扣0.2分, 分值 2, 例) and seed000's 基金征缴率
#: (>=95%: 5; <95%: 5 - 1 per 1% ceil, %), seed002's 公用经费控制率 (<=0%: W; …, 分值 2, %)
SHIPPED = [
    ("seed003-nanjing-bumen", "预算管理执行有效性", "1.5例", not_whole("1.5例", "例")),  # was 2 − 0.3 = 1.7
    ("seed003-nanjing-bumen", "预算管理执行有效性", "3例", 1.4),  # 2 − 0.6
    ("seed000-huaning-zhigong", "基金征缴率", "-5%", negative_pct("-5%")),  # was 0
    ("seed002-qingyunpu-bumen", "公用经费控制率", "-89.38%", 2),  # ≤ 0 %: full marks (the report's own case)
]


@pytest.mark.parametrize("flavour", ["portable", "udf"])
def test_the_shipped_templates_decide_as_the_core(tmp_path: Path, flavour: str) -> None:
    assert wrong_shipped(tmp_path, flavour, SHIPPED) == []


@pytest.mark.parametrize(("rule", "raw", "unit", "name", "score", "why"), [
    ("*: 5 - 1 per 1", 1.5, "次", "迟报", None, not_whole("1.5", "次")),  # 度量单位 次: was 5 − 1.5 = 3.5
    ("*: 5 - 1 per 1", 2, "次", "迟报", 3, ""),
    ("*: 5 - 1 per 1", 1.5, None, "迟报", 3.5, ""),  # no 度量单位: collect cannot know the row counts (as SCORE_RANGE)
    (">=10%: 5; <10%: prop", -0.05, "%", "营业收入增长率", 0, ""),  # a change: scored (5 × −0.05 ÷ 0.1 → 0)
    (">=10%: 5; <10%: prop", -0.05, "%", "完成率", None, negative_pct("-0.05")),
])
def test_collect_on_a_hand_table_row(rule: str, raw: Any, unit: Any, name: str, score: Any, why: str) -> None:
    # a hand table's reading: its 度量单位 cell is the unit, its 指标 name the name (verify._percent_input)
    from decimal import Decimal
    from types import SimpleNamespace

    from jixiao.rules.grammar import parse_rule
    from jixiao.verify import RowCheck, _percent_input

    r = parse_rule(rule)
    row = RowCheck(name=name, weight=Decimal(5), reported=None, verified=None)
    value = _percent_input(SimpleNamespace(raw=raw, ref="F7", number_format=None), Decimal(str(raw)), r, row, False, unit, name)
    got = None if value is None else r.score(value, Decimal(5))
    assert (got, row.why) == ((None if score is None else Decimal(str(score))), why)
