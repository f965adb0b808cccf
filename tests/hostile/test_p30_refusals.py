"""Red team p30: what p28 left — a negative or fractional 业绩值 scored without a word in four places, now one decision
in the core (``rules.target``) that collect, validate, SCORE_RANGE and the portable sheet's formula share.

1. ``validate`` alone (no collect) on a return: it compared the sheet's 得分 with the engine and said nothing of 1.5 in
   a count row or −5% in a % row when the score cell holds no number to compare (a return typed and saved by a program
   that does not recalculate) or on a hand table (the typed 得分 equals what the engine computes). Now the core's
   refusal is a finding at the 业绩值 (``value-refused``, 错误 — collect's level, 无法核定). Where the template's score
   cell already shows the same reason, its ``udf-error`` says it (no second finding).
2. 自评表 定量 rows (kind ``target``, scored on their own 指标值, ``on_target_scale``): −5% beside "≥95%" scored 0 by
   the national default. Now refused, unless the indicator's name says a change (增长率 …) or the 指标值 is ≤ 0.
3. Rules of text levels with % bands beside them (``"优秀": W; >=90%: 0.8W; *: 0``): −5% scored 0 (the 否则). Now
   refused (p28's decision), unless the name says a change.
4. Count rows without a unit: 1.5 under "每发现一例扣0.2分" scored 5 − 0.3 = 4.7. Now refused where the 评分标准 names
   the step's count word (例 次 处 项 人 …); where nothing names a unit, scored as before.

Every expected value is hand arithmetic from the rule text (分值 5), written before the run:

- ``"优秀": W; >=90%: 0.8W; *: 0``: 优秀 → 5; 0.95 → 0.8 × 5 = 4; 0.5 → 0 (否则); 不优秀 → 0 (a named level's
  negation under 否则); √ → the level reason (p27, unchanged); −0.05 / "-5%" → the negative reason (were 0).
- ``"持平": W; >=10%: 0.6W; *: 0`` named 收入增长率: −0.05 → 0 (否则; a change: scored).
- ``*: W - 0.2 per 1`` without a unit: 评分标准 "每发现一例扣0.2分": 1.5 / "1.5例" → refused (were 4.7); 2 → 4.6;
  0 → 5; "每次扣0.2分": 0.5 → refused (was 4.9); "按实际情况扣分" (no count word): 1.5 → 4.7 (scored, as before);
  "每延迟一天扣0.2分" (天: no whole count): 1.5 → 4.7; with unit 万元 and "每发现一例扣0.2分": 1.5 → 4.7 (the unit
  decides: money).
- ``>=24: W; <24: prop`` without a unit, "全年开展24次以上得满分" (no step): 12.5 → 5 × 12.5 ÷ 24 = 2.6041666…
- 自评表 定量 (default rule ``>=T: W; <T: prop`` / ``<=T: W; >T: invprop``): 验收合格率 ≥95%: 0.96 → 5;
  0.9 → 5 × 0.9 ÷ 0.95 = 4.7368421…; −0.05, "-5%" → refused (were 0); 服务对象满意度 ≥90%: −5 (percent points)
  → refused; 收入增长率 ≥10%: −0.05 → 5 × −0.05 ÷ 0.1 = −2.5 → 0 (scored), 0.05 → 2.5; 成本控制率 ≤0%: −0.05 → 5.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

import jixiao_udfs as udfs
import pytest

from jixiao.collect import check_one
from jixiao.validation import validate_workbook
from tests import lo
from tests.authoring.helpers import write_table_xlsx
from tests.hostile.test_p28_refusals import negative_pct, not_whole
from tests.templates.product_path import cached, score_cells
from tests.templates.typed_units import (
    Case,
    build_books,
    wrong_collected,
    wrong_in_libreoffice,
    wrong_recalculated,
    wrong_refused_findings,
    wrong_scores,
)

LEVELS_PCT = '"优秀": W; >=90%: 0.8W; *: 0'
LEVELS_GROWTH = '"持平": W; >=10%: 0.6W; *: 0'
COUNT = "*: W - 0.2 per 1"
PER_LI, PER_CI = "每发现一例扣0.2分", "每次扣0.2分"


def step_whole(shown: str, word: str) -> str:
    return f"次数应为整数：填的是“{shown}”，评分标准按“{word}”计数，个数不能有小数，无法计分，请填写整数"


def not_level(shown: str, names: str) -> str:
    return f"业绩值“{shown}”不是评分标准中的等级（{names}），无法计分，请填写等级名称"


#: (rule, unit, 业绩值, expected, the row's name, its 评分标准): a number is the score; a str the reason
ROWS: list[tuple[str, str, Any, Any, str, str]] = [
    # 3. text levels with % bands beside them
    (LEVELS_PCT, "", "优秀", 5, "等级", "测试"),
    (LEVELS_PCT, "", 0.95, 4, "等级", "测试"),
    (LEVELS_PCT, "", 0.5, 0, "等级", "测试"),
    (LEVELS_PCT, "", "不优秀", 0, "等级", "测试"),
    (LEVELS_PCT, "", "√", not_level("√", "优秀"), "等级", "测试"),
    (LEVELS_PCT, "", -0.05, negative_pct("-0.05"), "等级", "测试"),  # was 0
    (LEVELS_PCT, "", "-5%", negative_pct("-5%"), "等级", "测试"),  # was 0
    (LEVELS_GROWTH, "", -0.05, 0, "收入增长率", "测试"),  # a change: scored
    # 4. count rows without a unit
    (COUNT, "", 1.5, step_whole("1.5", "例"), "问题", PER_LI),  # was 4.7
    (COUNT, "", "1.5例", step_whole("1.5例", "例"), "问题", PER_LI),  # was 4.7
    (COUNT, "", 2, 4.6, "问题", PER_LI),
    (COUNT, "", 0, 5, "问题", PER_LI),
    (COUNT, "", 0.5, step_whole("0.5", "次"), "迟报", PER_CI),  # was 4.9
    (COUNT, "", 1.5, 4.7, "情况", "按实际情况扣分"),  # nothing names a unit: scored as before
    (COUNT, "", 1.5, 4.7, "延迟", "每延迟一天扣0.2分"),  # 天: no whole count
    (">=24: W; <24: prop", "", 12.5, 5 * 12.5 / 24, "活动", "全年开展24次以上得满分"),  # no step
    (COUNT, "万元", 1.5, 4.7, "金额", PER_LI),  # the row's unit decides: money
]
CASES: list[Case] = [(rule, unit, v, want) for rule, unit, v, want, _n, _s in ROWS]
#: as built, a prefilled "-5%" is written as the number −0.05 and "1.5例" (a row without a unit) as 1.5: the reason
#: quotes the cell
BUILT_AS = {"-5%": negative_pct("-0.05"), "1.5例": step_whole("1.5", "例")}
BUILT_CASES: list[Case] = [(r, u, v, BUILT_AS.get(v, w) if isinstance(v, str) else w) for r, u, v, w in CASES]


def label(k: int) -> str:
    return f"指标{k:02d}{ROWS[k][4]}"


def rule_row(k: int, case: Case) -> dict[str, Any]:
    rule, unit, _v, _want = case
    return {"standard": ROWS[k][5], "scoring": {"kind": "rule", "rule": rule, **({"unit": unit} if unit else {})}}


#: 自评表 定量 rows: (指标值, 业绩值, expected, name)
TARGETS: list[tuple[str, Any, Any, str]] = [
    ("≥95%", 0.96, 5, "验收合格率"),
    ("≥95%", 0.9, 5 * 0.9 / 0.95, "验收合格率"),
    ("≥95%", -0.05, negative_pct("-0.05"), "验收合格率"),  # was 0
    ("≥95%", "-5%", negative_pct("-5%"), "验收合格率"),  # was 0
    ("≥90%", -5, negative_pct("-5"), "服务对象满意度"),  # −5 percent points: was 0
    ("≥10%", -0.05, 0, "收入增长率"),  # a change: scored (a fall, 0)
    ("≥10%", 0.05, 2.5, "收入增长率"),
    ("≤0%", -0.05, 5, "成本控制率"),  # the 指标值 speaks of ≤ 0: full marks
]
TARGET_CASES: list[Case] = [(t, "", v, want) for t, v, want, _n in TARGETS]
BUILT_TARGETS: list[Case] = [(t, u, v, negative_pct("-0.05") if v == "-5%" else w) for t, u, v, w in TARGET_CASES]


def target_label(k: int) -> str:
    return f"指标{k:02d}{TARGETS[k][3]}"


def target_row(_k: int, case: Case) -> dict[str, Any]:
    return {"target": case[0], "scoring": {"kind": "target"}}


def _numeric_text(v: Any, _want: Any = None) -> bool:
    # not the `formulas` engine's run: it compares numeric text with numbers as text (p22's note)
    return isinstance(v, str) and any(ch.isdigit() for ch in v)


@pytest.fixture(scope="module")
def books(tmp_path_factory: pytest.TempPathFactory) -> dict[Any, Any]:
    return build_books(tmp_path_factory.mktemp("p30"), "p30-refusals", "测试（p30：等级旁的百分比、无单位计数）", CASES,
                       label, rule_row)


@pytest.fixture(scope="module")
def targets(tmp_path_factory: pytest.TempPathFactory) -> dict[Any, Any]:
    return build_books(tmp_path_factory.mktemp("p30t"), "p30-targets", "测试（p30：自评表定量行的负值）", TARGET_CASES,
                       target_label, target_row)


# ------------------------------------------------------------------------------------------- the sheet, as built

@pytest.mark.parametrize("flavour", ["portable", "udf"])
def test_as_built_the_score_cell_decides_as_the_core(books: dict[str, Any], targets: dict[str, Any],
                                                     flavour: str) -> None:
    assert wrong_scores(cached, books["built", flavour], BUILT_CASES, label=label) == []
    assert wrong_scores(cached, targets["built", flavour], BUILT_TARGETS, label=target_label) == []


# ------------------------------------------------------------------------------------------- the sheet, recalculated

@pytest.mark.parametrize("flavour", ["portable", "udf"])
def test_formulas_engine_decides_as_the_core(books: dict[str, Any], targets: dict[str, Any], flavour: str) -> None:
    assert wrong_recalculated(books["typed", flavour], CASES, _numeric_text, label) == []
    # 自评 rows: a native formula in both flavours
    assert wrong_recalculated(targets["typed", flavour], TARGET_CASES, _numeric_text, target_label) == []


@pytest.mark.libreoffice
@pytest.mark.skipif(lo.SOFFICE is None, reason="LibreOffice not installed")
def test_libreoffice_recalculation_decides_as_the_core(books: dict[str, Any], targets: dict[str, Any],
                                                       tmp_path: Path) -> None:
    runs = [(books, "typed", CASES, label), (books, "built", BUILT_CASES, label),
            (targets, "typed", TARGET_CASES, target_label), (targets, "built", BUILT_TARGETS, target_label)]
    assert wrong_in_libreoffice(runs, tmp_path) == []


# ------------------------------------------------------------------------------------------- collect, SCORE_RANGE

def test_collect_decides_with_the_same_text(books: dict[str, Any], targets: dict[str, Any]) -> None:
    assert wrong_collected(books, CASES, label) == []
    assert wrong_collected(targets, TARGET_CASES, target_label) == []


def test_score_range_given_unit_name_and_standard() -> None:
    def one(k: int) -> Any:
        rule, unit, v, _want, name, standard = ROWS[k]
        return udfs.SCORE_RANGE(v, rule, 5, unit or None, name, standard)

    for k, (_r, _u, _v, want, _n, _s) in enumerate(ROWS):
        got = one(k)
        assert got == f"#JIXIAO! {want}" if isinstance(want, str) else abs(got - want) < 1e-9, (ROWS[k], got)
    # without the 评分标准 SCORE_RANGE cannot know a row without a unit counts: 1.5 scores as before (5 − 0.3)
    assert udfs.SCORE_RANGE(1.5, "*: 5 - 0.2 per 1", 5) == 4.7
    column = udfs.SCORE_RANGE([[1.5], [3]], "*: 5 - 0.2 per 1", 5, None, None, PER_LI)
    assert column == [[f"#JIXIAO! {step_whole('1.5', '例')}"], [4.4]]


# ------------------------------------------------------------------------------------------- validate alone

def _findings(path: Path) -> list[tuple[str, str, str, str]]:
    return [(f.check, f.severity.value, f.cell, f.message) for f in validate_workbook(path).findings]


def test_validate_says_the_reason_where_the_score_cell_shows_no_number(books: dict[str, Any],
                                                                       targets: dict[str, Any],
                                                                       tmp_path: Path) -> None:
    """A return typed and saved by a program that does not recalculate (openpyxl keeps no cached 得分): validate
    compared nothing before; now the core's reason at the 业绩值, 错误 (collect's level). "√": p27's level reason
    (rule-unreadable), no value-refused."""
    def level(want: str) -> bool:
        return want.startswith("业绩值“√”")

    assert wrong_refused_findings(books, CASES, label, tmp_path, level) == []
    assert wrong_refused_findings(targets, TARGET_CASES, target_label, tmp_path, level) == []


def test_validate_on_the_recalculated_sheet_says_it_once(books: dict[str, Any]) -> None:
    """Where the score cell shows the reason, its udf-error says it; no second finding at the 业绩值."""
    found = _findings(books["built", "portable"])
    cells = score_cells(books["built", "portable"])
    for k, (_r, _u, v, want) in enumerate(BUILT_CASES):
        value_cell, score_cell = cells[label(k)]
        assert not any(c == "value-refused" and cell == value_cell for c, _s, cell, _m in found), v
        if isinstance(want, str):
            assert any(c == "udf-error" and cell == score_cell and want in m for c, _s, cell, m in found), v


HAND = ["三级指标", "评分标准", "度量单位", "分值", "业绩值", "得分"]


@pytest.mark.parametrize(("standard", "unit", "value", "score", "why"), [
    # 1.5 例 typed with the engine's own 4.7: validate said nothing, collect refused (p28)
    ("每发现一例扣0.2分", "例", 1.5, 4.7, not_whole("1.5", "例")),
    ("每发现一例扣0.2分", "", 1.5, 4.7, step_whole("1.5", "例")),  # case 4 on a hand table
    ("每发现一例扣0.2分", "例", 2, 4.6, None),
    ("按实际情况扣分，每发现一例扣0.2分", "万元", 1.5, 4.7, None),  # the unit decides: not a count
])
def test_validate_and_collect_refuse_alike_on_a_hand_table(tmp_path: Path, standard: str, unit: str, value: Any,
                                                           score: Any, why: str | None) -> None:
    path = write_table_xlsx(tmp_path / "t.xlsx", "评分表", HAND, [["问题整改", standard, unit or None, 5, value, score]])
    found = [f for f in validate_workbook(path).findings if f.check == "value-refused"]
    c = check_one(path)
    (row,) = c.verified.rows
    if why is None:
        assert found == [] and row.verified == Decimal(str(score))
        return
    assert [(f.severity.value, f.cell, f.message) for f in found] == [("错误", "E3", f"E3：指标“问题整改”：{why}")]
    assert row.verified is None and row.why == why and row.why_cell == "E3"
    assert c.verified.total is None


def test_a_negative_percent_in_a_hand_table(tmp_path: Path) -> None:
    """−5% in a hand table's % row (rule printed, typed 0 = what the engine computes): validate said nothing."""
    path = write_table_xlsx(tmp_path / "p.xlsx", "评分表", ["三级指标", "计分规则", "分值", "业绩值", "得分"],
                            [["验收合格率", ">=95%: 5; <95%: 0", 5, "-5%", 0]])
    (f,) = [f for f in validate_workbook(path).findings if f.check == "value-refused"]
    assert f.cell == "D3" and negative_pct("-5%") in f.message
    (row,) = check_one(path).verified.rows
    assert row.verified is None and row.why == negative_pct("-5%")


# ------------------------------------------------------------------------------------------- shipped templates

def test_the_shipped_selfeval_template_refuses_a_negative_rate(tmp_path: Path) -> None:
    """selfeval-national's 验收合格率 (≥95%, 分值 10): "-5%" was 0; 90% → 10 × 0.9 ÷ 0.95 = 9.4736842…"""
    from tests.templates.typed_units import wrong_shipped

    cases = [("selfeval-national", "验收合格率", "-5%", negative_pct("-5%")),
             ("selfeval-national", "验收合格率", "90%", 10 * 0.9 / 0.95)]
    assert wrong_shipped(tmp_path, "portable", cases) == []
    assert wrong_shipped(tmp_path, "udf", cases) == []



def test_a_hand_selfeval_row_beside_a_percent_target(tmp_path: Path) -> None:
    """青神 2023 (tests/selfeval/tables.QINGSHEN, a published 自评表): 发放（缴纳）覆盖率 “= 100 %”, 权重 60, no printed
    rule. 完成值 “-5%” with 得分 0 is what the national default gives (60 × −0.05 ÷ 1 → 0): validate said nothing. Now
    the core's reason, as a reminder (警告 selfeval-default: collect takes the typed 得分 of such rows)."""
    from tests.selfeval.tables import QINGSHEN

    path = QINGSHEN.save(tmp_path / "q.xlsx", changes={"H14": "-5%", "J14": 0})
    found = [(f.check, f.severity.value) for f in validate_workbook(path).findings
             if f.cell == "H14" and negative_pct("-5%") in f.message]
    assert found == [("selfeval-default", "警告")]
