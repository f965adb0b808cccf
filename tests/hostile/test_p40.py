"""p40: session 41's product leftovers and the last-read mends (issue 11).

1. A number up to 1.5 with no unit in a hand table's % row whose rule keeps a rate low (投诉率不高于5%: full marks at
   0 %) is read both ways and refused where the two scores differ ("1.2": 1.2 % → 5, 120 % → 0); in a row on a rate
   to reach (合格率达到95%) it stays the fraction as printed (0.93 is 93 %).
2. A rule stepping in % with no bound (``*: W - 0.3 per 1%``, "得分=30分×(1—批退率)") reads a percentage: ``Rule.score``
   refuses "10" (10 % → 27, 1000 % → 0) as collect, validate and SCORE_RANGE do, and "50" is 50 %.
3. validate's implausible-value names the number every client reads (93 → 93 %), not "9300%" of a General cell.
4. The template's 业绩值 prompt of a row in days (months, minutes) says a date needs jixiao 校验.
5. "1.5百万元" is refused everywhere with the amount in 万 ("150万元"), never scored as 1.5 万元.
6. The mends: ``value_on_target``, ``hand_number_settled(issued=)``, ``CellValue.number_format`` read directly.

Every expected score is hand arithmetic from the row's text, written before the run.
"""

from __future__ import annotations

import inspect
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from jixiao.collect import check_one
from jixiao.errors import InputError
from jixiao.reading.model import CellValue
from jixiao.rules.grammar import parse_rule
from jixiao.rules.target import (
    hand_number_settled,
    keeps_rate_low,
    on_target_scale,
    parse_target,
    scoring_input,
    value_on_target,
)
from jixiao.validation import validate_workbook

HAND = ["三级指标", "评分标准", "指标值", "度量单位", "分值", "业绩值", "得分"]


def hand_row(path: Path, name: str, standard: Any, target: Any, unit: Any, value: Any, fmt: Any, typed: Any,
             weight: float = 5) -> Path:
    """One indicator row (业绩值 in F3, 得分 in G3) under :data:`HAND`, and a 合计 row."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "评分表"
    ws.append(["评分表"])
    ws.append(HAND)
    ws.append([name, standard, target, unit, weight, value, typed])
    ws.append(["合计", None, None, None, weight, None, typed])
    if fmt:
        ws["F3"].number_format = fmt
    wb.save(path)
    return path


def collect_and_validate(path: Path) -> tuple[Any, list[Any], list[Any]]:
    """collect's row, collect's findings at F3, validate's findings at F3 (validate alone)."""
    checked = check_one(path)
    (row,) = checked.verified.rows
    return row, [f for f in checked.report.findings if f.cell == "F3"], \
        [f for f in validate_workbook(path).findings if f.cell == "F3"]


# ---------------------------------------------------------------------------------------------------------------------
# 1. a number up to 1.5 in a hand % row
# ---------------------------------------------------------------------------------------------------------------------

COMPLAINTS = "投诉率不高于5%，每高出1个百分点扣1分"  # 分值 5: 1.2 % → 5; 120 % → 5 − 115 → 0
ERRORS = "差错率不高于2%得满分，否则不得分"  # 1 % → 5; 100 % → 0
PASS_RATE = "合格率达到95%得满分，每低1个百分点扣1分"  # 93 % → 5 − 2 = 3; 0.93 % → 0

#: (name, 评分标准, 业绩值, its format, typed 得分, the 核定 — None: refused, two readings)
SMALL: list[tuple[str, str, Any, Any, float, float | None]] = [
    ("投诉率", COMPLAINTS, 1.2, None, 5, None),  # was 120 % → 0: a wrong 核定 if 1.2 % was meant
    ("投诉率", COMPLAINTS, 0.5, None, 5, None),  # 0.5 % → 5; 50 % → 0
    ("投诉率", COMPLAINTS, 1.5, None, 5, None),  # 1.5 % → 5; 150 % → 0
    ("投诉率", COMPLAINTS, 0.03, None, 5, 5),  # 3 % → 5, 0.03 % → 5: the readings agree
    ("投诉率", COMPLAINTS, "1.2%", None, 5, 5),  # typed with %: 1.2 %
    ("投诉率", COMPLAINTS, 0.012, "0.0%", 5, 5),  # a % cell showing 1.2 %
    ("投诉率", COMPLAINTS, 1.2, "0%", 0, 0),  # a % cell showing 120 %: what it shows, 5 − 115 → 0
    ("差错率", ERRORS, 0.01, None, 5, 5),  # 1 % → 5; 0.01 % → 5
    ("差错率", ERRORS, 1.2, None, 5, None),  # 120 % → 0; 1.2 % → 5
    ("合格率", PASS_RATE, 0.93, None, 3, 3),  # a rate to reach: the fraction as printed (p32), 93 % → 3
    ("合格率", PASS_RATE, 1.2, None, 5, 5),  # 120 % → 5 (as before)
    ("合格率", PASS_RATE, 3, None, 0, None),  # p38: 3 % → 0; 300 % → 5
]


@pytest.mark.parametrize("k", range(len(SMALL)))
def test_small_number_in_percent_row(tmp_path: Path, k: int) -> None:
    name, standard, value, fmt, typed, want = SMALL[k]
    path = hand_row(tmp_path / f"small{k}.xlsx", name, standard, None, None, value, fmt, typed)
    row, _collected, found = collect_and_validate(path)
    if want is None:
        assert row.verified is None and "未写“%”" in row.why and f"“{value}”" in row.why, (row.verified, row.why)
        assert [f for f in found if f.check == "value-unreadable" and "两种读法得分不同" in f.message], found
    else:
        assert row.verified == Decimal(str(want)) and not row.why, (row.verified, row.why)
        assert not [f for f in found if f.check in ("value-unreadable", "value-refused")], found
        assert not [f for f in validate_workbook(path).findings if f.check == "score-mismatch"]


def test_keeps_rate_low() -> None:
    low = ["<=5%: W; >5%: W - 1 per 1%", "<=2%: W; *: 0", "*: W - 0.3 per 1%"]
    reach = [">=95%: W; <95%: W - 1 per 1%", ">=90%: W; *: 0", "*: prop", "[90%,110%]: W; *: 0", ">=0%: W"]
    assert [keeps_rate_low(parse_rule(r)) for r in low] == [True] * len(low)
    assert [keeps_rate_low(parse_rule(r)) for r in reach] == [False] * len(reach)
    assert not keeps_rate_low(None) and not keeps_rate_low(parse_rule(">=T: W; <T: prop"))  # on T: no 0 % reading


# ---------------------------------------------------------------------------------------------------------------------
# 2. a rule stepping in % with no bound: the core answers as the clients do
# ---------------------------------------------------------------------------------------------------------------------

RETURNS = parse_rule("*: W - 0.3 per 1%")  # 分值 30: 10 % → 30 − 3 = 27; 1000 % → 0; 50 % → 15

#: (业绩值 typed as text, the score on 分值 30 — None: refused, two readings)
RETURN_TEXTS: list[tuple[str, float | None]] = [
    ("10", None),  # 10 % → 27; 1000 % → 0 (was 0 in Rule.score)
    ("10%", 27),
    ("50", 15),  # above 10: percent points, 50 % → 30 − 15
    ("0.1", None),  # 10 % → 27; 0.1 % → 29.97
    ("0", 30),
    ("10分", None),  # a unit that is no percentage (Rule.score took the number until p42; the clients refuse)
]


@pytest.mark.parametrize(("text", "want"), RETURN_TEXTS)
def test_rule_score_of_percent_steps_as_the_clients(text: str, want: float | None) -> None:
    def core() -> Decimal:
        return RETURNS.score(text, 30)

    def clients() -> Decimal:  # SCORE_RANGE and collect's order (scoring_input), the row without a unit
        return RETURNS.score(scoring_input(text, RETURNS, None, weight=30), 30)

    for how in (core, clients):
        if want is None:
            with pytest.raises(InputError):
                how()
        else:
            assert how() == Decimal(want), (how.__name__, text)


BATCH = "得分=30分×(1—批退率)"

#: (业绩值 in a hand row named 批退率, 分值 30, the 核定 — None: refused)
RETURN_HAND: list[tuple[Any, float | None]] = [
    (10, None),  # was 1000 % → 0 in collect
    ("10", None),
    ("10%", 27),
    (50, 15),
    (0.1, None),  # a rate kept low: 10 % → 27 or 0.1 % → 29.97
]


@pytest.mark.parametrize(("value", "want"), RETURN_HAND)
def test_batch_rejection_rate_hand_row(tmp_path: Path, value: Any, want: float | None) -> None:
    path = hand_row(tmp_path / "batch.xlsx", "批退率", BATCH, None, None, value, None, 27, weight=30)
    row, _collected, found = collect_and_validate(path)
    if want is None:
        assert row.verified is None and "两种读法得分不同" in row.why, (row.verified, row.why)
        assert [f for f in found if f.check == "value-unreadable" and "两种读法得分不同" in f.message], found
    else:
        assert row.verified == Decimal(str(want)) and not row.why, (row.verified, row.why)


#: template rows of the same rule (分值 5): the 业绩值 cell is %-formatted (the rule reads a percentage)
TEMPLATE_RETURNS = [
    ("*: W - 0.3 per 1%", "", 0.05, 3.5),  # 5 % → 5 − 1.5
    ("*: W - 0.3 per 1%", "", 12, 1.4),  # above 10: 12 % → 5 − 3.6
    ("*: W - 0.3 per 1%", "", "5", None),  # text: 5 % → 3.5; 500 % → 0
    ("*: W - 0.3 per 1%", "", "5%", 3.5),
]


def test_percent_steps_in_the_template(tmp_path: Path) -> None:
    """collect (both flavours) and the portable sheet (the `formulas` engine, numbers only) alike."""
    from tests.templates.typed_units import (
        build_books,
        numeric_text,
        wrong_collected,
        wrong_recalculated,
    )

    books = build_books(tmp_path, "p40-steps", "测试（p40：按百分点逐档扣分）", TEMPLATE_RETURNS)
    assert wrong_collected(books, TEMPLATE_RETURNS) == []
    assert wrong_recalculated(books["typed", "portable"], TEMPLATE_RETURNS, skip=numeric_text) == []


# ---------------------------------------------------------------------------------------------------------------------
# 3. implausible-value: one wording, the number every client reads
# ---------------------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("fmt", "shown"), [(None, "为 93（未写“%”）"), ("0%", "单元格显示为 9300.00%")])
def test_implausible_value_names_the_number_read(tmp_path: Path, fmt: Any, shown: str) -> None:
    path = hand_row(tmp_path / "p.xlsx", "合格率", PASS_RATE, None, None, 93, fmt, 3)
    row, collected, found = collect_and_validate(path)
    assert row.verified == Decimal(3)  # 93 % → 5 − 2, by hand
    (v,) = [f for f in found if f.check == "implausible-value"]
    (c,) = [f for f in collected if f.check == "implausible-value"]
    assert shown in v.message and "读作 93.00%" in v.message, v.message
    assert fmt or "9300" not in v.message, v.message  # a General cell holding 93 never said as 9300 %
    assert c.message.startswith(v.message) and c.message.endswith("已按 93.00% 核定"), c.message


# ---------------------------------------------------------------------------------------------------------------------
# 4. the sheet and a date in a days row: the prompt
# ---------------------------------------------------------------------------------------------------------------------

PROMPTS = [
    ("<=30: W; *: 0", "天", 25, "天"),
    ("<=3: W; *: 0", "月", 2, "月"),
    (">=10: W; *: 0", "个", 12, None),
    (">=90: W; *: 0", "", 95, None),  # p38's prompt
]


def test_time_row_prompt_says_validate(tmp_path: Path) -> None:
    from jixiao.templates.build import NO_PERCENT_PROMPT, TIME_PROMPT
    from tests.templates.typed_units import build_books, value_prompts

    books = build_books(tmp_path, "p40-prompt", "测试（p40：时间单位行的提示）", PROMPTS)
    for (flavour, k), got in value_prompts(books, PROMPTS).items():
        unit = PROMPTS[k][3]
        assert got and (got == TIME_PROMPT.format(unit=unit)) == (unit is not None), (flavour, k, got)
        assert k != 3 or got == NO_PERCENT_PROMPT
    assert "日期" in TIME_PROMPT and "校验" in TIME_PROMPT and len(TIME_PROMPT) <= 255


# ---------------------------------------------------------------------------------------------------------------------
# 5. 十万/百万/千万: refused with the amount in 万
# ---------------------------------------------------------------------------------------------------------------------

MILLION = [
    # p44: in a row in 元/万元/亿元 they are converted (tests/hostile/test_p44.py); refused in a row without a unit
    (">200: W; <=200: prop", "", "1.5百万元", "150万元"),
    (">200: W; <=200: prop", "", "1.5千万元", "1500万元"),
    (">=10: W; <10: prop", "万人", "3十万人", "30万人"),
]


@pytest.mark.parametrize(("rule", "unit", "text", "said"), MILLION)
def test_compound_wan_refused_and_said(rule: str, unit: str, text: str, said: str) -> None:
    r = parse_rule(rule)
    for how in (lambda: r.score(text, 5), lambda: r.score(scoring_input(text, r, unit, weight=5), 5)):
        with pytest.raises(InputError) as e:
            how()
        assert f"如“{said}”" in e.value.message_zh and "不换算" in e.value.message_zh, e.value.message_zh


def test_compound_wan_in_a_hand_row(tmp_path: Path) -> None:
    path = hand_row(tmp_path / "m.xlsx", "项目总成本", "每超过目标值1万元扣1分", "≤90万元", None, "1.5百万元", None, 0)
    row, _collected, found = collect_and_validate(path)
    assert row.verified is None and "150万元" in row.why, (row.verified, row.why)
    assert [f for f in found if "150万元" in f.message], found


def test_compound_wan_in_the_template(tmp_path: Path) -> None:
    from tests.templates.typed_units import build_books, wrong_collected

    cases = [(rule, unit, text, None) for rule, unit, text, _said in MILLION]
    books = build_books(tmp_path, "p40-million", "测试（p40：百万元）", cases)
    assert wrong_collected(books, cases) == []


# ---------------------------------------------------------------------------------------------------------------------
# 6. the mends (behaviour unchanged)
# ---------------------------------------------------------------------------------------------------------------------

CELLS = [
    (CellValue(93, "F3", Decimal(93), None, '#,##0"元"'), "≤90万元"),
    (CellValue(339, "F3", Decimal(339), None, '0"户"'), "340天"),
    (CellValue(0.93, "F3", Decimal("0.93"), None, "0%"), "≥95%"),
    (CellValue(0.93, "F3", Decimal("0.93")), "≥95%"),
    (CellValue("95万元", "F3", Decimal(950000)), "≤90万元"),
]


@pytest.mark.parametrize(("v", "target"), CELLS)
def test_value_on_target_is_the_long_call(v: CellValue, target: str) -> None:
    t = parse_target(target)
    for label in ("业绩值", "实际完成值"):
        assert value_on_target(v, t, label) == on_target_scale(
            v.raw, v.number, t, percent_cell=v.is_percent_format, label=label, number_format=v.number_format)


def test_issued_rows_settled_as_before() -> None:
    """The issued branch validate kept inline (``v.is_percent_format or unit != "%"``), now in the core."""
    for raw in (0.95, 3, 95, "0.95"):
        for fmt in (True, False):
            for unit in ("", "%", "万元"):
                assert hand_number_settled(raw, fmt, unit, issued=True) == (fmt or unit != "%"), (raw, fmt, unit)


def test_number_format_read_directly() -> None:
    """Every cell value carries ``number_format`` (CellValue's field): no client asks for it with getattr."""
    import jixiao.validation.checks as checks
    import jixiao.validation.selfeval as selfeval
    import jixiao.verify as verify

    for module in (verify, checks, selfeval):
        assert 'getattr(m.value, "number_format"' not in inspect.getsource(module)
        assert '"number_format", None)' not in inspect.getsource(module), module.__name__
    assert "number_format" in {f for f in CellValue.__dataclass_fields__}
