"""p44 (issue 11, product): a plain number + 百万/千万 (+元) typed in a row whose unit is 元/万元/亿元 is converted —
"1.5百万元" in a 万元 row is 150 万元, "0.1千万元" is 100 万元 — by the core (``numbers.million_yuan``,
``rules.target.in_row_unit``: collect, validate, SCORE_RANGE, the build's cached scores) AND by the portable sheet's
helper column L (``templates.cell_text.row_unit_formulas``), checked under the `formulas` engine and LibreOffice.
Everything else stays refused in every client: a sign, a comma, a space, 余/数, two multipliers, another currency, a row
in another unit (万人, 千元) or without a unit, and beyond 10^15 元.

Expected scores by hand (分值 5): ``>200: W; <=200: prop`` on 万元 scores x ÷ 200 × 5 up to 200 万元.
"""

from __future__ import annotations

import shutil
from decimal import Decimal
from pathlib import Path
from typing import Any

import jixiao_udfs as udfs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from jixiao.errors import InputError
from jixiao.numbers import fmt_decimal, million_yuan, parse_number
from jixiao.rules.grammar import parse_rule
from jixiao.rules.target import converted_note, in_row_unit, scoring_input
from jixiao.templates.cell_text import row_unit_formulas
from jixiao.validation import validate_workbook
from tests import lo
from tests.hostile.test_p37 import numeric_text
from tests.hostile.test_p39 import findings_at_values
from tests.templates import typed_units as tu
from tests.templates.product_path import cached

REFUSE = None
WAN = ">200: W; <=200: prop"  # 万元: x ÷ 200 × 5, full marks above 200
YUAN = ">=3000000: W; <3000000: prop"  # 元: x ÷ 3 000 000 × 5
YI = ">=0.03: W; <0.03: prop"  # 亿元: x ÷ 0.03 × 5
PEOPLE = ">=10: W; <10: prop"

CASES: list[tu.Case] = [
    (WAN, "万元", "1.5百万元", 3.75),  # 0  150 万元: 150 ÷ 200 × 5
    (WAN, "万元", "0.1千万元", 2.5),  # 1  100 万元
    (WAN, "万元", "1.5百万", 3.75),  # 2  150 万 (no 元)
    (WAN, "万元", "1.5千万元", 5),  # 3  1 500 万元 > 200
    (WAN, "万元", "１．２百万元", 3),  # 4  full-width: 120 万元 → 3
    (WAN, "万元", "0.2千万元", 5),  # 5  200 万元: 200 ÷ 200 × 5
    (YUAN, "元", "1.5百万元", 2.5),  # 6  1 500 000 元 ÷ 3 000 000 × 5
    (YUAN, "元", "0.3千万元", 5),  # 7  3 000 000 元: full marks
    (YI, "亿元", "1.5百万元", 2.5),  # 8  0.015 亿元 ÷ 0.03 × 5
    (WAN, "万元", "-1.5百万元", REFUSE),  # 9  a sign: refused
    (WAN, "万元", "百万余元", REFUSE),  # 10 an approximation
    (WAN, "万元", "数百万元", REFUSE),  # 11
    (WAN, "万元", "1.5百万万元", REFUSE),  # 12 two multipliers
    (WAN, "万元", "1,500百万元", REFUSE),  # 13 a thousands separator
    (WAN, "万元", "1.5 百万元", REFUSE),  # 14 a space
    (WAN, "万元", ".5百万元", REFUSE),  # 15 no digit before the point (parse_number's shape)
    (WAN, "万元", "1.5.百万元", REFUSE),  # 16
    (WAN, "万元", "1.5百万美元", REFUSE),  # 17 another currency
    (WAN, "万元", "2000000000百万元", REFUSE),  # 18 2 × 10^15 元: too large
    (PEOPLE, "万人", "1.5百万元", REFUSE),  # 19 not a money row
    (PEOPLE, "万人", "1.5百万", REFUSE),  # 20 150 万人? refused: money rows only
    (">=100: W; <100: prop", "千元", "1.5百万元", REFUSE),  # 21 千元: not converted (the task's 元/万元/亿元)
    (WAN, "", "1.5百万元", REFUSE),  # 22 a row without a unit
    (WAN, "万元", "150万元", 3.75),  # 23 the plain spelling, for comparison
]


def label(k: int) -> str:
    return f"指标{k:02d}到位资金"  # a money name that may not be negative; none of the cases is negative


@pytest.fixture(scope="module")
def typed(tmp_path_factory: pytest.TempPathFactory) -> dict[Any, Any]:
    return tu.build_books(tmp_path_factory.mktemp("p44"), "p44-million", "测试（p44：百万元、千万元）", CASES, label)


def test_core_scores_by_hand() -> None:
    """``Rule.score`` of the core's reading (SCORE_RANGE's path: ``scoring_input``)."""
    bad = []
    for rule, unit, v, want in CASES:
        r = parse_rule(rule)
        try:
            got: Any = float(r.score(scoring_input(v, r, unit or None), 5))
        except InputError as e:
            got = f"#JIXIAO! {e.message_zh}"
        if not tu.score_ok(got, want):
            bad.append((rule, unit, v, got, want))
    assert bad == [], "\n".join(map(repr, bad))


def test_score_range_by_hand() -> None:
    bad = []
    for rule, unit, v, want in CASES:
        got = udfs.SCORE_RANGE(v, rule, 5, unit or None, "到位资金")
        if not tu.score_ok(got, want):
            bad.append((rule, unit, v, got, want))
    assert bad == [], "\n".join(map(repr, bad))


def test_refusals_keep_the_hint() -> None:
    """Where it is refused, the reason still says it in 万 (p40)."""
    r = parse_rule(PEOPLE)
    with pytest.raises(InputError) as e:
        r.score(scoring_input("1.5百万元", r, "万人"), 5)
    assert "如“150万元”" in e.value.message_zh and "不换算" in e.value.message_zh


def test_conversion_is_said() -> None:
    """validate's ``unit-converted`` note (p31) for the new spellings."""
    r = parse_rule(WAN)
    assert converted_note("1.5百万元", r, "万元") == "业绩值“1.5百万元”已按十进制换算为该行单位，按150万元计"
    assert converted_note("1.5百万元", parse_rule(YUAN), "元") == "业绩值“1.5百万元”已按十进制换算为该行单位，按1500000元计"
    assert converted_note("1.5百万元", parse_rule(PEOPLE), "万人") is None


@given(st.decimals(min_value=0, max_value=10**8, places=4, allow_nan=False, allow_infinity=False),
       st.sampled_from(["百万", "千万"]), st.sampled_from(["元", ""]), st.sampled_from(["元", "万元", "亿元"]))
def test_converted_times_unit_is_the_plain_value(d: Decimal, mult: str, yuan: str, unit: str) -> None:
    """The value read in the row's unit × the unit's factor = the plain number of 元 it stands for."""
    text = f"{fmt_decimal(d)}{mult}{yuan}"
    plain = parse_number(f"{fmt_decimal(d * (10**6 if mult == '百万' else 10**7))}元")
    assert million_yuan(text) == plain
    got = in_row_unit(text, parse_rule(WAN), unit)
    assert got * {"元": 1, "万元": 10**4, "亿元": 10**8}[unit] == plain


def test_formula_limits() -> None:
    """Excel 2010: at most 8192 characters, nesting at most 64 (counted on the parentheses)."""
    for unit in ("元", "万元", "亿元"):
        for f in row_unit_formulas(7, unit, parse_rule(WAN)):
            depth = most = 0
            for ch in f:
                depth += (ch == "(") - (ch == ")")
                most = max(most, depth)
            assert len(f) + 1 <= 8192 and most <= 64, (unit, len(f), most)


@pytest.mark.parametrize("flavour", ["portable", "udf"])
def test_formulas_engine(typed: dict[Any, Any], flavour: str) -> None:
    assert tu.wrong_recalculated(typed["typed", flavour], CASES, numeric_text, label) == []


@pytest.mark.parametrize("flavour", ["portable", "udf"])
def test_cached_scores_of_the_build(typed: dict[Any, Any], flavour: str) -> None:
    """The values prefilled by the build: its cached 得分 (the core's) are the hand scores."""
    assert tu.wrong_scores(cached, typed["built", flavour], CASES, label=label) == []


@pytest.mark.libreoffice
@pytest.mark.skipif(lo.SOFFICE is None, reason="LibreOffice not installed")
def test_libreoffice(typed: dict[Any, Any], tmp_path: Path) -> None:
    assert tu.wrong_in_libreoffice([(typed, "typed", CASES, label)], tmp_path) == []


def test_collect(typed: dict[Any, Any]) -> None:
    assert tu.wrong_collected(typed, CASES, label) == []


def test_validate_alone(typed: dict[Any, Any], tmp_path: Path) -> None:
    """validate on the issued return alone (no cached 得分): a refusal said at the 业绩值; a converted spelling said as
    ``unit-converted`` — text in an issued row is read in its spec's unit, as collect reads it (the sheet shows none)."""
    bad = []
    for k, ((_r, _unit, v, want), at) in enumerate(zip(CASES, findings_at_values(typed, CASES, label, tmp_path),
                                                       strict=True)):
        refused = [x for x in at if x[0] in ("value-refused", "value-unreadable")]
        converted = [x for x in at if x[0] == "unit-converted"]
        million = want is not None and ("百万" in v or "千万" in v)
        if (want is None) != bool(refused) or million != bool(converted):
            bad.append((k, v, want, at))
    assert bad == [], "\n".join(map(repr, bad))


@pytest.mark.libreoffice
@pytest.mark.skipif(lo.SOFFICE is None, reason="LibreOffice not installed")
def test_validate_recalculated_return(typed: dict[Any, Any], tmp_path: Path) -> None:
    """The return recalculated by LibreOffice, then validated: no score differs from the sheet's. Before p44 validate
    read "150万元" in an issued 万元 row as 1 500 000 and said "按计分规则应得 5 分，表中为 3.75 分" (a wrong finding)."""
    copy = tmp_path / "returned.xlsx"
    shutil.copy(typed["typed", "portable"], copy)
    done = lo.recalc_many([copy], tmp_path / "lo")[copy]
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("JIXIAO_SPECS_DIR", str(typed["spec"].parent))
        found = list(validate_workbook(done).findings)
    assert [f.message for f in found if f.check == "score-mismatch"] == []


#: a hand table's row (评分标准, 指标值, 度量单位, 业绩值, 得分 typed, collect's 核定: a number or ``REFUSE``)
HAND_ROWS = [
    ("到位资金200万元及以上得满分，低于200万元按比例得分", None, "万元", "1.5百万元", 3.75, 3.75),  # 150 ÷ 200 × 5
    ("到位资金200万元及以上得满分，低于200万元按比例得分", None, "万元", "0.1千万元", 2.5, 2.5),  # 100 ÷ 200 × 5
    ("到位资金200万元及以上得满分，低于200万元按比例得分", None, "万人", "1.5百万元", 5, REFUSE),  # not money
    # on the row's 指标值 (T): not converted by the core nor by the sheet (on_scale_formulas): refused with the hint
    ("每超过目标值1万元扣1分", "≤90万元", None, "0.92百万元", 3, REFUSE),
    ("每超过目标值1万元扣1分", "≤90万元", "万元", "0.92百万元", 3, REFUSE),
]


@pytest.mark.parametrize("case", HAND_ROWS)
def test_hand_table(tmp_path: Path, case: tuple[Any, ...]) -> None:
    from tests.hostile.test_p40 import collect_and_validate, hand_row

    standard, target, unit, value, typed_score, want = case
    row, _collected, found = collect_and_validate(
        hand_row(tmp_path / "m.xlsx", "到位资金", standard, target, unit, value, None, typed_score))
    if want is REFUSE:
        assert row.verified is None and "不换算" in row.why, row
        assert [f for f in found if f.check in ("value-refused", "value-unreadable")], found
    else:
        assert row.verified == Decimal(str(want)), row
        assert [f.check for f in found] == ["unit-converted"], found


#: the shipped templates whose helper column L changed (p44: 3 cells): (spec, row, typed, the score by hand)
SHIPPED = [
    ("seed002-qingyunpu-bumen", "追回医保基金金额", "1.5百万元", 0.75),  # >200: W; <=200: prop, 分值 1: 150 ÷ 200
    ("seed002-qingyunpu-bumen", "追回医保基金金额", "0.3千万元", 1),  # 300 万元 > 200
    ("seed002-qingyunpu-bumen", "医保基金“应收尽收”", "172.17百万元", 2),  # >17216: W, 分值 2: 17217 万元
    ("seed002-qingyunpu-bumen", "医保基金“应收尽收”", "1.7216千万元", 0),  # 17216 万元: not above
    ("seed003-nanjing-bumen", "居民医保财政补助标准", "0.001百万元", 3),  # >=935: 3 (元): 1000 元
    ("seed002-qingyunpu-bumen", "追回医保基金金额", "百万余元", REFUSE),
]


def test_shipped_templates(tmp_path: Path) -> None:
    assert tu.wrong_shipped(tmp_path, "portable", SHIPPED) == []
