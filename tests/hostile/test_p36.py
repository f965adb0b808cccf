"""p36: product leftovers of sessions 38–39 — a number in a %-formatted cell of a row without a unit, the rule model's
own reading of a bare number in a % rule, money spellings the core does not convert.

Every expected value is hand arithmetic from the rule text (分值 5), written before the first run:

1. **A real number in a %-formatted cell of a unitless row**: the cell holds 0.95 and shows "95%". The typed text
   "95%" is refused under ``>=90: W; *: 0`` (session 39, ``rules.target.fraction_scale``: 95 of what the row counts,
   or 0.95?) — the formatted number must get the same answer, not 0 (0.95 < 90):
   - hand table, no 度量单位, 评分标准 "达到90及以上得满分，低于90不得分" (read ``>=90: W; <90: 0``): 0.95 in a "0%"
     cell → must refuse, the text of the typed "95%" (单位不符 … 填的是“95%”（单位“%”）…); "95%" typed → the same;
     95 in a General cell → 5 (kept).
   - hand table, no 度量单位, "得分=完成率×分值" (``*: prop``, a fraction's scale): 0.95 in a "0%" cell → 0.95 × 5
     = 4.75; "95%" typed → 4.75 (kept).
   - hand table, no 度量单位, "完成率达到0.9及以上得满分，否则不得分" (``>=0.9: W; *: 0``): 0.95 in a "0.0%" cell
     → 5; 0.85 in a "0%" cell → 0.
   - hand table, ``>=90: W; <90: 0`` text, 95 in a ``0"%"`` cell (a literal %: it shows "95%", holds 95) → must refuse
     (the typed "95%" it shows is refused; scoring 95 ≥ 90 → 5 would answer otherwise than the text it shows).
   - template return (spec known), unitless ``>=90: W; *: 0``, 0.95 in a "0%" cell → collect must refuse (same text);
     validate alone must say it (``value-refused``). ``*: prop`` unitless, 0.95 in a "0%" cell → 4.75, no finding.
4. **The rule model's own reading** (r69): ``Rule.score("95", 5)`` on ``>=100%: W; <100%: W - 0.4 per 1%``: the clients
   read a bare 95 in a % rule as 95 % → 5 − 0.4 × 5 = 3; the model compared 95 ≥ 1 → 5. Hand: 3. "0.95" typed as
   text: 95 % → 3 or 0.95 % → 5 − 0.4 × 99.05 < 0 → 0: must refuse (p31's two-readings text). "0.5" under
   ``>=90%: 5; <90%: 0``: 0 either way → 0. "95%" → 3, the number 0.95 → 3 (kept).
3. **Money spellings**: a row whose unit is "百万元", rule ``>=3: W; <3: prop``: "2百万元" → 2 ÷ 3 × 5 = 3.3333… or
   refuse (the core does not read 百万) — hand: must refuse; "300万元" (= 3 百万元)
   → must refuse (the core does not convert 万元 to 百万元; 5 would be right, a refusal is safe); a bare 2 → 3.3333….
   A 自评 row "≥3百万元" (``>=T: W; <T: prop``): "200万元" → 2 百万元 → 3.3333… or refuse; never 5
   (2 000 000 ≥ 3) — hand: must refuse. "≥100万美元": "80万元" → must refuse (another currency); "80万美元" → must
   refuse (no 美元 in the core). −1 beside "≥3百万元" named "完成投资" → must refuse (a cost is never negative,
   p34's money rows). "≥500千元", "400千元"→ 400 ÷ 500 × 5 = 4; "40万元" → 400 千元 → 4.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from jixiao.collect import check_one
from jixiao.validation import validate_workbook
from tests.hostile.test_p33_redteam import RATE_TEXT
from tests.hostile.test_p35 import collect_and_validate_agree
from tests.templates.typed_units import Case, build_books, name


def no_unit(shown: str, unit: str) -> str:
    return f"单位不符：该行未标明单位，填的是“{shown}”（单位“{unit}”），无法计分，请填写不带单位的数值"


def two_readings(shown: str) -> str:  # p31's text
    return (f"业绩值“{shown}”未写“%”：该行按百分比计分，“{shown}”可读作比例（乘以100%）或百分数（{shown}%），"
            "两种读法得分不同，无法计分，请填写带“%”的数值")


AT90_TEXT = "达到90及以上得满分，低于90不得分"  # read >=90: W; <90: 0
AT09_TEXT = "完成率达到0.9及以上得满分，否则不得分"  # read >=0.9: W; *: 0

# ------------------------------------------------------------------------------------------- 1. hand tables

#: (header of the 业绩值 column, 度量单位, 评分标准, 业绩值, its number format, typed 得分, expected)
HAND_CASES: list[tuple[str, str | None, str, Any, str | None, Any, Any]] = [
    ("业绩值", None, AT90_TEXT, 0.95, "0%", 0, no_unit("95%", "%")),  # 0 was 0 (0.95 < 90) in collect and validate
    ("业绩值", None, AT90_TEXT, "95%", None, 0, no_unit("95%", "%")),  # 1 the typed text: refused since session 39
    ("业绩值", None, AT90_TEXT, 95, None, 5, 5),  # 2 kept
    ("业绩值", None, RATE_TEXT, 0.95, "0%", 4.75, 4.75),  # 3 kept: a fraction's scale
    ("业绩值", None, RATE_TEXT, "95%", None, 4.75, 4.75),  # 4 kept
    ("业绩值", None, AT09_TEXT, 0.95, "0.0%", 5, 5),  # 5 kept
    ("业绩值", None, AT09_TEXT, 0.85, "0%", 0, 0),  # 6 kept
    ("业绩值", None, AT90_TEXT, 95, '0"%"', 5, no_unit("95%", "%")),  # 7 shows "95%": the typed "95%" is refused
]


@pytest.mark.parametrize("k", range(len(HAND_CASES)))
def test_hand_table_collect_and_validate(tmp_path: Path, k: int) -> None:
    collect_and_validate_agree(tmp_path / f"hand{k}.xlsx", HAND_CASES[k])


# ------------------------------------------------------------------------------------------- 1. template returns

ATLEAST = ">=90: W; *: 0"
#: (rule, unit, 业绩值 as a number in a "0%" cell, expected)
FORMATTED: list[Case] = [
    (ATLEAST, "", 0.95, no_unit("95%", "%")),  # 0 was 0 in collect, silent in validate
    ("*: prop", "", 0.95, 4.75),  # 1 kept
    (">=0.9: W; *: 0", "", 0.95, 5),  # 2 kept
]


@pytest.fixture(scope="module")
def formatted(tmp_path_factory: pytest.TempPathFactory) -> dict[Any, Any]:
    """The portable book with each 业绩值 cell formatted "0%" (as Excel formats a General cell where "95%" is typed),
    saved by openpyxl (no cached 得分: validate alone reads the core's reason)."""
    from tests.templates.product_path import score_cells

    books = build_books(tmp_path_factory.mktemp("p36"), "p36-formats", "测试（p36：百分比格式）", FORMATTED)
    cells = score_cells(books["built", "portable"])
    wb = openpyxl.load_workbook(books["built", "portable"])
    ws = wb["评分表"]
    for k in range(len(FORMATTED)):
        ws[cells[name(k)][0]].number_format = "0%"
    books["formatted"] = books["tmp"] / "formatted.xlsx"
    wb.save(books["formatted"])
    books["cells"] = cells
    return books


def test_template_return_collect(formatted: dict[Any, Any]) -> None:
    from tests.templates.product_path import collect_rows

    rows, _ = collect_rows([formatted["spec"]], [formatted["formatted"]], formatted["tmp"] / "collect")
    for k, (_rule, _unit, _v, want) in enumerate(FORMATTED):
        row = rows["formatted.xlsx", name(k)]
        if isinstance(want, str):
            assert row["verified"] is None and row["why"] == want, (k, row)
        else:
            assert row["verified"] is not None and abs(row["verified"] - want) < 1e-9, (k, row)


def test_template_return_validate_alone(formatted: dict[Any, Any]) -> None:
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("JIXIAO_SPECS_DIR", str(formatted["spec"].parent))
        found = validate_workbook(formatted["formatted"]).findings
    for k, (_rule, _unit, _v, want) in enumerate(FORMATTED):
        cell = formatted["cells"][name(k)][0]
        said = [(f.severity.value, f.message) for f in found if f.cell == cell and f.check == "value-refused"]
        assert said == ([("错误", f"{cell}：指标“{name(k)}”：{want}")] if isinstance(want, str) else []), (k, said)


# ------------------------------------------------------------------------------------------- 4. the rule model

STEPS = ">=100%: W; <100%: W - 0.4 per 1%"
#: (rule, 业绩值 given to Rule.score, expected: a score or the refusal's text)
MODEL_CASES: list[tuple[str, Any, Any]] = [
    (STEPS, "95", 3),  # was 5 (95 >= 1)
    (STEPS, "0.95", two_readings("0.95")),  # 95 % → 3, 0.95 % → 0
    (">=90%: 5; <90%: 0", "0.5", 0),  # 0 either way
    (STEPS, "95%", 3),  # kept
    (STEPS, Decimal("0.95"), 3),  # kept: a number is what the client read
]


@pytest.mark.parametrize("k", range(len(MODEL_CASES)))
def test_rule_model_reads_bare_text_as_its_clients(k: int) -> None:
    import jixiao_udfs as udfs

    from jixiao.errors import ScoringError
    from jixiao.rules.grammar import parse_rule

    rule, v, want = MODEL_CASES[k]
    r = parse_rule(rule)
    if isinstance(want, str):
        with pytest.raises(ScoringError) as e:
            r.score(v, 5)
        assert e.value.message_zh == want
        assert udfs.SCORE_RANGE(v, rule, 5) == f"#JIXIAO! {want}"
    else:
        assert r.score(v, 5) == Decimal(str(want))
        if isinstance(v, str):
            assert udfs.SCORE_RANGE(v, rule, 5) == pytest.approx(want)


# ------------------------------------------------------------------------------------------- 3. money spellings

THIRD = 5 * Decimal(2) / 3
#: (rule, the row's unit, 业绩值, expected: a score, or None: refused)
MONEY_ROWS: list[tuple[str, str, Any, Any]] = [
    (">=3: W; <3: prop", "百万元", "2百万元", None),
    (">=3: W; <3: prop", "百万元", "300万元", None),
    (">=3: W; <3: prop", "百万元", 2, THIRD),
]


@pytest.mark.parametrize("k", range(len(MONEY_ROWS)))
def test_money_rows_in_the_core_and_score_range(k: int) -> None:
    import jixiao_udfs as udfs

    from jixiao.errors import InputError, ScoringError
    from jixiao.rules.grammar import parse_rule
    from jixiao.rules.target import scoring_input

    rule, unit, v, want = MONEY_ROWS[k]
    r = parse_rule(rule)
    got = udfs.SCORE_RANGE(v, rule, 5, unit)
    if want is None:
        with pytest.raises((InputError, ScoringError)):
            r.score(scoring_input(v, r, unit, weight=5), 5)
        assert isinstance(got, str) and got.startswith("#JIXIAO!"), got
    else:
        assert abs(r.score(scoring_input(v, r, unit, weight=5), 5) - want) < Decimal("1e-9")
        assert abs(got - float(want)) < 1e-9, got


#: (指标值, 业绩值, the indicator's name, expected: a score, or None: refused) under ``>=T: W; <T: prop``
MONEY_TARGETS: list[tuple[str, Any, str, Any]] = [
    ("≥3百万元", "200万元", "完成投资额", None),  # never 5 (2 000 000 >= 3)
    ("≥100万美元", "80万元", "完成投资额", None),  # another currency
    ("≥100万美元", "80万美元", "完成投资额", None),
    ("≥3百万元", -1, "完成投资", None),  # a cost is never negative (p34)
    ("≥500千元", "400千元", "完成投资额", 4),
    ("≥500千元", "40万元", "完成投资额", 4),
]


@pytest.mark.parametrize("k", range(len(MONEY_TARGETS)))
def test_money_targets_in_the_core(k: int) -> None:
    from jixiao.numbers import parse_number
    from jixiao.rules.grammar import parse_rule
    from jixiao.rules.target import negative_on_target_reason, on_target_scale, parse_target

    target, v, ind_name, want = MONEY_TARGETS[k]
    t = parse_target(target)
    assert t is not None
    try:
        number = parse_number(v)
    except ValueError:
        number = None
    x, why = (None, "unreadable") if number is None else on_target_scale(v, number, t, label="业绩值")
    if why is None and x is not None:
        why = negative_on_target_reason(v, x, t, ind_name)
    if want is None:
        assert why is not None, (target, v, x)
    else:
        assert why is None, why
        assert parse_rule(">=T: W; <T: prop").score(x, 5, t) == Decimal(str(want))


# ------------------------------------------------------------------------------------------- 3. printed starts

START_TEXT = "按340天每低于1天扣1分"  # read >=340: W; <340: W - 1 per 1 (the start printed, in 天)
#: (指标值, 业绩值, expected) — by hand: 339 天 → 5 − 1 = 4; beside a 指标值 in 户 the value is 户 or 天? must refuse
STARTS: list[tuple[str, Any, Any]] = [
    ("340户", 339, None),  # was 4
    ("≥340户", 339, None),
    ("340天", 339, 4),  # kept
    ("≥340日", 337, 2),  # kept (日 = 天)
    ("≥95%", 339, None),  # a percentage 指标值: the 业绩值 is no count of days
]


def start_table(path: Path, target: str, value: Any) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "评分表"
    ws.append(["评分表"])
    ws.append(["三级指标", "指标值", "评分标准", "分值", "业绩值", "得分"])
    ws.append(["按时办结", target, START_TEXT, 5, value, None])
    ws.append(["合计", None, None, 5, None, None])
    wb.save(path)
    return path


@pytest.mark.parametrize("k", range(len(STARTS)))
def test_printed_start_against_the_row_target(tmp_path: Path, k: int) -> None:
    target, value, want = STARTS[k]
    path = start_table(tmp_path / f"start{k}.xlsx", target, value)
    (row,) = check_one(path).verified.rows
    found = [f for f in validate_workbook(path).findings if f.cell == "E3"]
    if want is None:
        assert row.verified is None and row.why, row
        assert [f for f in found if f.check == "value-refused" and row.why in f.message], found
    else:
        assert row.verified == Decimal(str(want)), row
        assert not [f for f in found if f.check in ("value-refused", "score-mismatch")], found
