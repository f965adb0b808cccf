"""Units p24 left (p31, issue 11 product): a unit printed in a hand table's header, 元 typed in a 万元 row, and a bare
number in a % row — one decision each in the core (``rules.target``), asked by every client.

Expected values are written by hand from each rule (分值 5 unless said), before any run:

1. **Header units** (hand tables; the reader's ``header_unit``, ``rules.target.table_row_unit``): the unit printed
   over the 业绩值 column ("完成值（万元）", "实际完成值（%）") is the unit of rows with no 度量单位; a 度量单位 that
   contradicts it is refused, naming both. A rule read from "完成200万元及以上得满分" is in 元 (the reader writes
   ``>=2000000``), so 150 under "完成值（万元）" is 1 500 000 元 on its scale (``rule_scale_exponent``):
   150 ÷ 200 × 5 = 3.75 (before: 150 ÷ 2 000 000 × 5 = 0.000375 and a false score-mismatch against the typed 3.75).
2. **元 in a 万元 row** (``row_unit_suffixes``, ``DECIMAL_UNITS``): 元/千元/万元/亿元 are exact decimal conversions —
   "1,500,000元" = 150 万元 → 150 ÷ 200 × 5 = 3.75, "150元" = 0.015 万元 → 0.000375, "0.015亿元" = 150 万元 → 3.75,
   "150千元" = 15 万元 → 0.375; collect and validate say so ("按150万元计", finding unit-converted). Other units stay
   refused ("150万人", "150人" in a 万元 row; "1,500,000人" in a 万人 row; "50万" in a 元 row).
3. **A bare number in a % row** (``on_percent_bands`` with the row's unit, ``percent_text_reason``). Before, by rule
   kind (SCORE_RANGE with the unit, the sheet, collect alike):

   | rule in a % row | 95 | "95" | 0.95 | "0.95" | 5 | "5" |
   |---|---|---|---|---|---|---|
   | on % bands (">=90%: 5; <90%: 0") | 95 % → 5 | 95 % → 5 | 95 % → 5 | 95 % → 5 | 500 % → 5 | 500 % → 5 |
   | ``*: prop`` (unit %) | **9500 % → 5** | **9500 % → 5** | 4.75 | 4.75 | 500 % → 5 | 500 % → 5 |
   | ``*: W - 1 per 1`` (unit %) | **95 → 0** | **95 → 0** | 4.05 | 4.05 | 5 → 0 | 5 → 0 |
   | on the row's 指标值 (T, p15) | 95 % | 95 % | in a % cell 95 %, else refused (≤ 1.5) | refused | 5 % | 5 % |

   After (one decision): a number above 10 is that many percent in every % row, whatever the rule (95 → 95 %:
   ``*: prop`` 4.75); a number up to 10 *in a cell* is what the template's %-formatted cell shows (Excel stores 95 %
   as 0.95, 500 % as 5); a bare number up to 10 *typed as text* (no cell format applies) — or, in a hand table, a
   number under a stated % unit (度量单位, header) in a cell with no % format — has two readings (0.95 = 95 % or
   0.95 %): scored when both give the same score ("0.5" on ">=90%: 5; <90%: 0": 0 either way), else refused
   (``PERCENT_TEXT_AMBIGUOUS``). Rows on T keep p15's reading.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from jixiao.collect import check_one
from jixiao.validation.validate import validate_workbook
from tests import lo
from tests.selfeval.tables import Table
from tests.templates.product_path import cached, collect_rows
from tests.templates.test_p24_units import MONEY, SHARE, said
from tests.templates.typed_units import (
    Case,
    build_books,
    score_ok,
    wrong_collected,
    wrong_scores,
    wrong_shipped,
)

YUAN = (">=1000000: W; <1000000: prop", "元")
WANREN = (">200: W; <=200: prop", "万人")
BANDS = (">=90%: 5; <90%: 0", "%")
BANDS_NO_UNIT = (">=90%: 5; <90%: 0", "")


def two_readings(value: str) -> str:
    return (f"业绩值“{value}”未写“%”：该行按百分比计分，“{value}”可读作比例（乘以100%）或百分数（{value}%），"
            "两种读法得分不同，无法计分，请填写带“%”的数值")


ROWS: list[tuple[tuple[str, str], Any, Any]] = [
    # 2. 元 ↔ 万元 ↔ 亿元: exact
    (MONEY, "1,500,000元", 3.75),  # 150 万元 (p24: refused)
    (MONEY, "150元", 0.000375),  # 0.015 万元 ÷ 200 × 5
    (MONEY, "0.015亿元", 3.75),
    (MONEY, "2,500,000元", 5),  # 250 万元 > 200
    (MONEY, "150千元", 0.375),  # 15 万元
    (MONEY, "150万元", 3.75),  # the row's own unit, as p24
    (MONEY, "150万人", said("万元", "150万人", "万人")),
    (MONEY, "150人", said("万元", "150人", "人")),
    (YUAN, "150万元", 5),  # 1 500 000 元 ≥ 1 000 000
    (YUAN, "50万元", 2.5),  # 500 000 ÷ 1 000 000 × 5
    (YUAN, "0.005亿元", 2.5),
    (YUAN, 500000, 2.5),
    (YUAN, "50万", said("元", "50万", "万")),  # 万 alone is no unit of a 元 row
    (WANREN, "150万人", 3.75),
    (WANREN, "1,500,000人", said("万人", "1,500,000人", "人")),  # people: no conversion decided
    # 3. a bare number in a % row
    (SHARE, 95, 4.75),  # was 5 (9500 %)
    (SHARE, "95", 4.75),  # was 5
    (SHARE, 50, 2.5),  # was 5
    (SHARE, 0.95, 4.75),
    (SHARE, "95%", 4.75),
    (SHARE, "0.95", two_readings("0.95")),  # 4.75 or 0.0475; was 4.75
    (SHARE, "5", two_readings("5")),  # 500 % → 5 or 5 % → 0.25; was 5
    (SHARE, 5, 5),  # a % cell holding 5 shows 500 %
    (BANDS, "0.95", two_readings("0.95")),  # 5 or 0; was 5
    (BANDS, "1", two_readings("1")),  # 100 % → 5 or 1 % → 0
    (BANDS, "0.5", 0),  # 50 % or 0.5 %: 0 either way
    (BANDS, "97", 5),
    (BANDS, 0.97, 5),
    (BANDS_NO_UNIT, "0.95", two_readings("0.95")),  # a rule on % bounds is a % row without a unit too
    (BANDS_NO_UNIT, "95", 5),
]
CASES: list[Case] = [(rule, unit, v, want) for (rule, unit), v, want in ROWS]


@pytest.fixture(scope="module")
def books(tmp_path_factory: pytest.TempPathFactory) -> dict[Any, Any]:
    return build_books(tmp_path_factory.mktemp("p31-units"), "p31-units", "测试（p31 单位）", CASES)


def _numeric_text(v: Any, _want: Any) -> bool:
    # the `formulas` engine compares numeric text as text (p22's note: "150" gives 5 there): "0.5" (0 either way)
    # comes out refused under it; LibreOffice reads every case as the core (test_libreoffice_every_case)
    return isinstance(v, str) and v.replace(".", "", 1).isdigit()


@pytest.mark.parametrize("flavour", ["portable", "udf"])
def test_as_built_every_case(books: dict[Any, Any], flavour: str) -> None:
    assert wrong_scores(cached, books["built", flavour], CASES) == []


@pytest.mark.parametrize("flavour", ["portable", "udf"])
def test_formulas_engine_every_case(books: dict[Any, Any], flavour: str) -> None:
    from tests.formulas_eval import evaluate

    values = evaluate(books["typed", flavour])
    assert wrong_scores(lambda _b, cell: values[f"评分表!{cell}"], books["typed", flavour], CASES, _numeric_text) == []


@pytest.mark.libreoffice
@pytest.mark.skipif(lo.SOFFICE is None, reason="LibreOffice not installed")
def test_libreoffice_every_case(books: dict[Any, Any], tmp_path: Path) -> None:
    done = lo.recalc_many([books["typed", "portable"], books["built", "portable"]], tmp_path / "lo")
    assert wrong_scores(cached, done[books["typed", "portable"]], CASES) == []
    assert wrong_scores(cached, done[books["built", "portable"]], CASES) == []


def test_collect_every_case_and_says_the_conversion(books: dict[Any, Any]) -> None:
    assert wrong_collected(books, CASES) == []
    _rows, findings = collect_rows([books["spec"]], [books["typed", "portable"]], books["tmp"] / "collect-notes")
    notes = [f["message"] for f in findings if f.get("check") == "unit-converted"]
    # validation reads the sheet without the spec's unit (1 500 000 > 200: "应得 5 分"): not the row's finding
    assert not [f["message"] for f in findings if f.get("check") == "score-mismatch"]
    assert any("“1,500,000元”已按十进制换算为该行单位，按150万元计" in n for n in notes), notes
    assert any("“150元”已按十进制换算为该行单位，按0.015万元计" in n for n in notes), notes


def test_score_range_every_case() -> None:
    import jixiao_udfs as udfs

    bad = []
    for rule, unit, v, want in CASES:
        got = udfs.SCORE_RANGE(v, rule.replace("W", "5"), 5, unit or None)
        column = udfs.SCORE_RANGE([[v], [v]], rule.replace("W", "5"), 5, unit or None)
        if not (score_ok(got, want) and all(score_ok(c[0], want) for c in column)):
            bad.append(f"{rule} {unit} {v!r}: {got!r} / {column!r}（应为 {want!r}）")
    assert bad == []


#: shipped: seed002 追回医保基金金额 (万元, ">200: W; <=200: prop", 分值 1): "1,500,000元" = 150 万元 → 0.75;
#: seed000 保障参保人员基本医疗水平 ("*: prop", %, 分值 10): "84.70%" → 8.47, "0.847" typed as text → two readings
SHIPPED = [
    ("seed002-qingyunpu-bumen", "追回医保基金金额", "1,500,000元", 0.75),
    ("seed000-huaning-zhigong", "保障参保人员基本医疗水平", "84.70%", 8.47),
    ("seed000-huaning-zhigong", "保障参保人员基本医疗水平", "0.847", two_readings("0.847")),
]


@pytest.mark.parametrize("flavour", ["portable", "udf"])
def test_the_shipped_templates(tmp_path: Path, flavour: str) -> None:
    assert wrong_shipped(tmp_path, flavour, SHIPPED) == []


# ---------------------------------------------------------------------------
# 1. hand tables whose header prints the unit
# ---------------------------------------------------------------------------

# 经济指标核算表: the sheet a performance system exports (GitHub file id 53145275282, a FastAPI report route:
# 员工姓名 | 部门 | 组/中心 | 岗级 | 考核类型 | 项目名称 | 指标类型 | 原始值（万元） | 参与系数 | 完成值（万元） | 目标值（万元） |
# 指标系数 | 满分 | 得分). Typed from 项目名称 on (the person's columns and the coefficients left out); the unit adds
# 评分标准. Hand: 新签合同额 150 (万元) under "完成200万元及以上得满分，未完成按完成比例得分" (read in 元: ≥2 000 000)
# → 1 500 000 ÷ 2 000 000 × 5 = 3.75; 回款额 "1,500,000元" typed → 150 万元 → 3.75 (said converted);
# 利润 50 under "达到200得满分，低于200按比例得分" (no unit: in 万元) → 50 ÷ 200 × 5 = 1.25. Total 8.75.
_MONEY_TEXT = "完成200万元及以上得满分，未完成按完成比例得分"
ECONOMIC = Table(
    source="经济指标核算表（绩效考核系统导出的报表），GitHub file id 53145275282",
    layout="项目名称｜指标类型｜评分标准（单位补充）｜完成值（万元）｜目标值（万元）｜满分｜得分",
    sheet="经济指标核算表",
    rows=[
        ["经济指标核算表"],
        ["项目名称", "指标类型", "评分标准", "完成值（万元）", "目标值（万元）", "满分", "得分"],
        ["新签合同额", "经营指标", _MONEY_TEXT, 150, 200, 5, 3.75],
        ["回款额", "经营指标", _MONEY_TEXT, "1,500,000元", 200, 5, 3.75],
        ["利润", "经营指标", "达到200得满分，低于200按比例得分", 50, 200, 5, 1.25],
        ["合计", None, None, None, None, 15, 8.75],
    ],
)

# 运营指标: the fields of a logistics company's 运营指标 view (GitHub file id 25055738492, IndicatorVO: 序号 | 一级指标 |
# 考核部门 | 考核方式 | 目标值 | 实际完成值（%） | 环比完成值（%）); the unit adds 分值 | 评分标准 | 得分. Hand:
# 客户满意度 95 under "得分=满意度×分值" → 95 % × 5 = 4.75 (before: 95 × 5, capped 5, and a false score-mismatch);
# 准时交付率 97 under "达到95%得满分，低于95%不得分" → 5 (no implausible-value warning: the header says %);
# 订单完成率 "0.98" under "完成率达到100%得满分，每降低1个百分点扣0.5分" → 98 % (4) or 0.98 % (0): refused;
# 投诉处理率 0.5 (a number, no % format) under "达到95%…" → 50 % or 0.5 %: 0 either way → 0.
OPERATIONS = Table(
    source="运营指标（物流企业运营指标视图 IndicatorVO 的字段），GitHub file id 25055738492",
    layout="序号｜一级指标｜考核部门｜考核方式｜目标值｜实际完成值（%）｜环比完成值（%）｜分值｜评分标准｜得分（后三列单位补充）",
    sheet="运营指标",
    rows=[
        ["运营指标考核表"],
        ["序号", "一级指标", "考核部门", "考核方式", "目标值", "实际完成值（%）", "环比完成值（%）", "分值", "评分标准", "得分"],
        [1, "客户满意度", "客服部", "问卷", 90, 95, None, 5, "得分=满意度×分值", 4.75],
        [2, "准时交付率", "运营部", "系统统计", 95, 97, None, 5, "达到95%得满分，低于95%不得分", 5],
        [3, "订单完成率", "运营部", "系统统计", 100, "0.98", None, 5, "完成率达到100%得满分，每降低1个百分点扣0.5分", 4],
        [4, "投诉处理率", "客服部", "系统统计", 100, 0.5, None, 5, "达到95%得满分，低于95%不得分", 0],
        ["合计", None, None, None, None, None, None, 20, None, 13.75],
    ],
)


def _collected(table: Table, path: Path) -> tuple[list[tuple[Any, Any, str]], Any]:
    c = check_one(table.save(path))
    assert c.verified is not None and c.report is not None
    return [(r.reported, r.verified, r.why) for r in c.verified.rows], c.report


def test_collect_reads_the_unit_printed_in_the_header_of_the_economic_table(tmp_path: Path) -> None:
    rows, report = _collected(ECONOMIC, tmp_path / "economic.xlsx")
    assert rows == [(Decimal("3.75"), Decimal("3.75"), ""), (Decimal("3.75"), Decimal("3.75"), ""),
                    (Decimal("1.25"), Decimal("1.25"), "")]
    assert [f.check for f in report.findings if f.check in ("score-mismatch", "unit-converted")] == ["unit-converted"]
    (note,) = [f for f in report.findings if f.check == "unit-converted"]
    assert note.cell == "D4" and "按150万元计" in note.message


def test_collect_reads_the_percent_printed_in_the_header_of_the_operations_table(tmp_path: Path) -> None:
    rows, report = _collected(OPERATIONS, tmp_path / "operations.xlsx")
    assert rows == [(Decimal("4.75"), Decimal("4.75"), ""), (Decimal("5"), Decimal("5"), ""),
                    (Decimal("4"), None, two_readings("0.98")), (Decimal("0"), Decimal("0"), "")]
    found = {(f.cell, f.check) for f in report.findings if f.severity.value != "提示"}
    assert ("F5", "value-unreadable") in found
    assert not {c for c in found if c[1] in ("score-mismatch", "implausible-value")}


def test_validate_agrees_with_collect_on_both_tables(tmp_path: Path) -> None:
    for table, name in ((ECONOMIC, "e.xlsx"), (OPERATIONS, "o.xlsx")):
        report = validate_workbook(table.save(tmp_path / name))
        assert not [f.message for f in report.findings if f.check in ("score-mismatch", "implausible-value")]


def test_a_unit_column_that_contradicts_the_header_is_refused_naming_both(tmp_path: Path) -> None:
    # the economic table with a 度量单位 column (the unit adds it): 回款额 says 元 under "完成值（万元）" — 1 500 000 元
    # or 1 500 000 万元? refused in collect and validate; 新签合同额 says 万元 (the header's own) and is scored
    rows = [r[:3] + [u] + r[3:] for r, u in zip(ECONOMIC.rows, [None, "度量单位", "万元", "元", None, None],
                                                strict=True)]
    rows[3][4] = 1500000
    table = Table(source=ECONOMIC.source, layout=ECONOMIC.layout, sheet=ECONOMIC.sheet, rows=rows)
    got, report = _collected(table, tmp_path / "conflict.xlsx")
    why = "单位矛盾：该行度量单位为“元”，表头标明的单位为“万元”，无法确定业绩值的单位，无法计分，请统一单位"
    assert got[0] == (Decimal("3.75"), Decimal("3.75"), "") and got[1] == (Decimal("3.75"), None, why)
    conflicts = [f for f in report.findings if f.check == "unit-conflict"]
    assert [(f.cell, why in f.message) for f in conflicts] == [("E4", True)]


# ---------------------------------------------------------------------------------------------------------------------
# the merge with p30 (p31m): p30's refusals and p31's units meet in the same chains
# ---------------------------------------------------------------------------------------------------------------------

#: p30 made a rule of text levels with % bands beside them a % row (its negatives are refused); p31's two readings of
#: a bare number typed as text apply there too. Hand, 分值 5: "0.95" is 95 % (≥ 90 %: 0.8 × 5 = 4) or 0.95 % (0) —
#: refused; the number 0.95 in a cell is 95 % → 4; "0.5" is 50 % or 0.5 %: 0 either way; "-0.5" is refused by p30's
#: negative check first (a sure refusal before an ambiguity: the core's typed_input_reason asks input_refusal first).
LEVELS_BESIDE_BANDS = '"优秀": W; >=90%: 0.8W; *: 0'
NEGATIVE_TEXT = ("业绩值“-0.5”为负数：该行按百分比计分，评分标准未写负值如何计分，无法计分"
                 "（增长率、变动率、偏差率等可为负的指标请在指标名称中写明）")
MERGED: list[tuple[Any, Any]] = [("0.95", two_readings("0.95")), (0.95, 4), ("0.5", 0), ("-0.5", NEGATIVE_TEXT),
                                 ("优秀", 5)]


def test_text_levels_beside_percent_bands_read_bare_text_two_ways_after_the_negative_check() -> None:
    from types import SimpleNamespace

    import jixiao_udfs as udfs

    from jixiao.rules.grammar import parse_rule
    from jixiao.rules.target import typed_input_reason
    from jixiao.verify import RowCheck, _percent_input

    rule = parse_rule(LEVELS_BESIDE_BANDS)
    bad = []
    for v, want in MERGED:
        got = udfs.SCORE_RANGE(v, LEVELS_BESIDE_BANDS, 5)
        why = typed_input_reason(v, rule, None, weight=Decimal(5))
        row = RowCheck(name="工作质量", weight=Decimal(5), reported=None, verified=None)
        given = v if isinstance(v, str) else Decimal(str(v))  # as collect's _input gives it (text of levels as typed)
        collected = _percent_input(SimpleNamespace(raw=v, ref="F7", number_format=None), given, rule, row, weight=Decimal(5))
        scored = None if collected is None else rule.score(collected, Decimal(5))
        if isinstance(want, str):
            ok = got == f"#JIXIAO! {want}" and why == want and (scored, row.why) == (None, want)
        else:
            ok = score_ok(got, want) and why is None and scored == Decimal(str(want))
        if not ok:
            bad.append(f"{v!r}: SCORE_RANGE {got!r}, core {why!r}, collect {scored!r} {row.why!r}（应为 {want!r}）")
    assert bad == []


# a count row of a hand table whose unit only its header prints ("完成值（个）", no 度量单位): 1.5 个 under
# "完成10个及以上得满分，未完成按完成比例得分" has no score (p28's whole count, with p31's header unit). Before the
# merge's decision collect refused it and validate alone said nothing (p30 asked with the 度量单位 cell only).
COUNTED = Table(
    source="经济指标核算表的版式（同上），计数行，单位只印在表头",
    layout="指标名称｜指标类型｜评分标准｜完成值（个）｜满分｜得分",
    sheet="计数指标",
    rows=[
        ["计数指标核算表"],
        ["指标名称", "指标类型", "评分标准", "完成值（个）", "满分", "得分"],
        ["新建站点", "经营指标", "完成10个及以上得满分，未完成按完成比例得分", 1.5, 5, 0.75],
        ["改造站点", "经营指标", "完成10个及以上得满分，未完成按完成比例得分", 4, 5, 2],
        ["合计", None, None, None, 10, 2.75],
    ],
)
COUNT_WHY = "次数应为整数：填的是“1.5”，该行单位为“个”，个数不能有小数，无法计分，请填写整数"


def test_a_count_unit_printed_in_the_header_refuses_fractions_in_collect_and_validate(tmp_path: Path) -> None:
    rows, _report = _collected(COUNTED, tmp_path / "counted.xlsx")
    assert rows == [(Decimal("0.75"), None, COUNT_WHY), (Decimal("2"), Decimal("2"), "")]  # 4 ÷ 10 × 5 = 2
    report = validate_workbook(COUNTED.save(tmp_path / "counted-v.xlsx"))
    refused = [(f.cell, f.message) for f in report.findings if f.check == "value-refused"]
    assert refused == [("D3", f"D3：指标“新建站点”：{COUNT_WHY}")]
