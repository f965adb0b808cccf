"""Red team p26: returns as bureaus send them back — a 考核表 whose 得分 its own 考核情况 text contradicts, a level row
of an issued template answered "√", a count typed negative — and the UDF with those values.

Every expected value is hand arithmetic from the table's text, written before the run:

- 财务审计部 (tests/hostile/p21_tables.CAIWU, 考核表 without 业绩值): 51 “不能按时按量完成上报工作一次扣2分”, 分值 20,
  “迟报1次” → 18; 52 20; 53 “有问题一次扣3分”, “有问题2次” → 30 − 6 = 24; 54 two rows 10 + 10; 55 10 → 92, 优.
  Before p26, collect 核定 the typed 得分 of such rows whatever validate said: 51 typed 20 → 核定 94 beside
  validate's own “应得 18 分”; 55 typed 12 of 10 → 核定 94 优; 51 typed −2 → 核定 72 中.
- seed003 (南京 部门整体, issued): “中长期规划制定明确性” ``"明确": 2; "明确性不足": 1; *: 0`` (分值 2) and
  “预算管理执行有效性” ``*: W - 0.2 per 1`` (每发现一例扣除0.2分, 分值 2). Before p26 “√”, “是”, “×”, “（明确）”,
  “#N/A” and the number 3 were 0 by the 否则, and −1 例 was 2 + 0.2 → full marks 2, all without a word.
"""

from __future__ import annotations

import json
import random
from decimal import Decimal
from pathlib import Path
from typing import Any

import jixiao_udfs as udfs
import openpyxl
import pytest
from click.testing import CliRunner

from jixiao.cli import cli
from jixiao.collect import check_one
from jixiao.templates.build import Filled, build_workbook
from jixiao.templates.spec import load_all_specs
from tests.collect.helpers import draw_filled, expected_score
from tests.hostile.p21_tables import CAIWU
from tests.selfeval.tables import Table

# ------------------------------------------------------------------------------------------- 考核表 (hand tables)
# CAIWU's cells: row 4 = 51.各类报表 (E4 考核情况, F4 得分), F9 = 55.医保管理's 得分, F10 = 合计's 得分
MENDED = {"F9": 10, "F10": 92}  # the two slips p21 planted, mended: 18 + 20 + 24 + 10 + 10 + 10 = 92


def _kaohe(tmp_path: Path, **changes: Any) -> Any:
    return check_one(CAIWU.save(tmp_path / "r.xlsx", changes={**MENDED, **changes}))


def _errors(c: Any) -> set[tuple[str, str]]:
    return {(f.check, f.cell) for f in c.report.findings if f.severity.value == "错误"}


def test_a_clean_kaohe_return_is_verified_by_its_rules(tmp_path: Path) -> None:  # protecting
    c = _kaohe(tmp_path)
    assert c.verified.total == 92 and c.verified.grade == "优" and _errors(c) == set()


def test_a_score_its_own_count_text_contradicts_is_verified_by_the_rule(tmp_path: Path) -> None:
    # “迟报1次” under 一次扣2分 → 18, typed 20 (合计 94): validate says 应得 18; the 核定 follows it: 92, not 94
    c = _kaohe(tmp_path, F4=20, F10=94)
    assert _errors(c) == {("score-mismatch", "F4")}
    assert c.verified.total == 92 and c.verified.grade == "优"
    assert next(r for r in c.verified.rows if r.name.startswith("51")).verified == 18


@pytest.mark.parametrize(("cell", "score", "total", "said"), [
    ("F9", 12, 94, "得分 12 超出 0～10"),  # 55.医保管理 12 of 10
    ("F4", -2, 72, "得分 -2 超出 0～20"),  # 51.各类报表 −2
])
def test_a_typed_score_outside_its_weight_gives_no_verified_total(tmp_path: Path, cell: str, score: int,
                                                                   total: int, said: str) -> None:
    c = _kaohe(tmp_path, **{cell: score, "F10": total})
    assert ("score-over-weight", cell) in _errors(c)
    assert c.verified.total is None and c.verified.grade is None
    assert f"{cell}（" in c.verified.why and said in c.verified.why


def test_a_negative_count_in_the_text_is_not_read_as_a_count(tmp_path: Path) -> None:
    # “迟报-1次” is no count: before, read as 1 次 → a false score-mismatch “应得 18 分” beside a typed 20
    c = _kaohe(tmp_path, E4="迟报-1次", F4=20, F10=94)
    assert _errors(c) == set()
    hint = next(f for f in c.report.findings if f.cell == "E4")
    assert hint.check == "rule-unreadable" and "负数" in hint.message and "18" not in hint.message
    assert c.verified.total == 94  # the typed 20 is within 0～20: range check only, as the hint says


def test_two_counts_in_one_text_leave_the_typed_score(tmp_path: Path) -> None:  # protecting (p23's hint)
    c = _kaohe(tmp_path, E4="迟报1次，错报2次", F4=14, F10=88)
    assert _errors(c) == set() and c.verified.total == 88


PASSFAIL = Table(
    source="hand-made, after 安全生产月 (p21): a pass/fail row and a row without a rule",
    layout="考核项目｜分值｜考核办法｜得分",
    sheet="考核表",
    rows=[["考核项目", "分值", "考核办法", "得分"],
          ["按时报送活动方案", 20, "未在规定时间内报送不得分", 20],
          ["活动开展情况", 80, None, 70],
          ["合计", 100, None, 90]],
)


@pytest.mark.parametrize(("score", "total"), [(20, 90), (0, 70), (10, None)])
def test_a_pass_fail_row_scored_between_its_two_scores_gives_no_verified_total(tmp_path: Path, score: int,
                                                                               total: int | None) -> None:
    # “未在规定时间内报送不得分”, 分值 20: 20 or 0; a typed 10 is neither (which was meant is unknown)
    c = check_one(PASSFAIL.save(tmp_path / "p.xlsx", changes={"D2": score, "D4": score + 70}))
    assert c.verified.total == total
    if total is None:
        assert ("score-mismatch", "D2") in _errors(c) and "可得 20、0 分" in c.verified.why


def test_the_cli_names_the_cell_and_the_reason_and_leaves_the_input_alone(tmp_path: Path) -> None:
    back = tmp_path / "收回"
    back.mkdir()
    path = CAIWU.save(back / "财务审计部.xlsx", changes={**MENDED, "F9": 12, "F10": 94})
    before = path.read_bytes()
    res = CliRunner().invoke(cli, ["collect", str(back), "--out", str(tmp_path / "汇总.xlsx"),
                                   "--json", str(tmp_path / "汇总.json"), "-j", "1"])
    assert res.exception is None or isinstance(res.exception, SystemExit), res.exception
    assert res.exit_code == 1, res.output  # a file with errors
    (f,) = json.loads((tmp_path / "汇总.json").read_text(encoding="utf-8"))["files"]
    assert f["verified"]["total"] is None and "F9（55.医保管理）：得分 12 超出 0～10" in f["verified"]["why"]
    assert path.read_bytes() == before


# ------------------------------------------------------------------------------------------- issued template rows
SPEC = next(s for s in load_all_specs() if s.id == "seed003-nanjing-bumen")
LEVEL, COUNT = "中长期规划制定明确性", "预算管理执行有效性"
_IND = {i.name: i for i in SPEC.indicators()}


def _filled(spec: Any, folder: Path) -> tuple[Path, dict[str, Any], Decimal]:
    """A return of ``spec`` filled with drawn values (tests/collect/helpers): (path, values, hand total)."""
    values, total = draw_filled(spec, random.Random(3))
    build_workbook(spec, "portable", folder / "base.xlsx", Filled(values, "甲", "2024"))
    return folder / "base.xlsx", values, total


@pytest.fixture(scope="module")
def issued(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Any], Decimal]:
    return _filled(SPEC, tmp_path_factory.mktemp("p26"))


def _typed(issued: tuple[Path, dict[str, Any], Decimal], tmp_path: Path, name: str, value: Any) -> Any:
    """The bureau types ``value`` into the 业绩值 (实际完成值) cell of the row ``name``: (checked, that cell)."""
    base, _values, _total = issued
    wb = openpyxl.load_workbook(base)
    ws = wb["评分表"]
    head = next(r for r in range(1, 12) if any(c.value in ("业绩值", "实际完成值") for c in ws[r]))
    col = {c.value: c.column for c in ws[head] if c.value}
    value_col = col.get("业绩值") or col["实际完成值"]
    row = next(r for r in range(head + 1, ws.max_row + 1) if ws.cell(r, col["三级指标"]).value == name)
    ws.cell(row, value_col).value = value
    wb.save(tmp_path / "r.xlsx")
    return check_one(tmp_path / "r.xlsx"), f"{openpyxl.utils.get_column_letter(value_col)}{row}"


@pytest.mark.parametrize("value", ["√", "是", "×", "（明确）", "#N/A", 3])
def test_a_level_row_answered_with_no_level_gives_no_verified_total(issued, tmp_path: Path, value: Any) -> None:
    c, cell = _typed(issued, tmp_path, LEVEL, value)
    assert c.verified.total is None and c.verified.grade is None
    shown = str(value)
    assert f"业绩值“{shown}”不是评分标准中的等级（明确、明确性不足）" in c.verified.why
    (f,) = [f for f in c.report.findings if f.cell == cell]
    assert f.check == "row-unverified" and f.severity.value == "错误" and "得分只做范围检查" not in f.message


@pytest.mark.parametrize(("value", "points"), [("明确 ", 2), ("　明确性不足", 1), ("不明确", 0), ("缺省", 2)])
def test_level_names_as_typed_are_scored(issued, tmp_path: Path, value: str, points: int) -> None:  # protecting
    _base, values, total = issued
    c, _cell = _typed(issued, tmp_path, LEVEL, value)
    ind = _IND[LEVEL]
    assert c.verified.total == total - expected_score(ind, values[ind.path]) + points


@pytest.mark.parametrize("value", [-1, "-1例", -0.5])
def test_a_negative_count_gives_no_verified_total(issued, tmp_path: Path, value: Any) -> None:
    c, cell = _typed(issued, tmp_path, COUNT, value)
    assert c.verified.total is None
    assert f"{cell}（{COUNT}）：业绩值 {str(value).rstrip('例')} 为负数" in c.verified.why


@pytest.mark.parametrize(("value", "points"), [(0, "2"), ("3例", "1.4")])
def test_counts_are_scored(issued, tmp_path: Path, value: Any, points: str) -> None:  # protecting: 2 − 0.2 × n
    _base, values, total = issued
    c, _cell = _typed(issued, tmp_path, COUNT, value)
    ind = _IND[COUNT]
    assert c.verified.total == total - expected_score(ind, values[ind.path]) + Decimal(points)


# ------------------------------------------------------------------------------------------- SCORE_RANGE (宏版)
LEVEL_RULE = '"明确": 2; "明确性不足": 1; *: 0'
COUNT_RULE = "*: W - 0.2 per 1"


@pytest.mark.parametrize("value", ["√", "是", "（明确）", "#N/A", 3])
def test_score_range_refuses_what_is_no_level(value: Any) -> None:
    out = udfs.SCORE_RANGE(value, LEVEL_RULE, 2)
    assert out == f"#JIXIAO! 业绩值“{value}”不是评分标准中的等级（明确、明确性不足），无法计分，请填写等级名称"


def test_score_range_levels_counts_and_columns() -> None:
    assert [udfs.SCORE_RANGE(v, LEVEL_RULE, 2) for v in ("明确 ", "明确性不足", "不明确", "缺省")] == [2, 1, 0, 2]
    assert [udfs.SCORE_RANGE(v, COUNT_RULE, 2) for v in (0, "3例")] == [2, 1.4]
    assert udfs.SCORE_RANGE(-1, COUNT_RULE, 2).startswith("#JIXIAO! 业绩值 -1 为负数")
    col = udfs.SCORE_RANGE([["明确"], ["√"], [None], [-1]], LEVEL_RULE, 2)
    assert col[0] == [2] and col[1][0].startswith("#JIXIAO! 业绩值“√”") and col[2][0].startswith("#JIXIAO! 业绩值未填写")
    assert col[3][0].startswith("#JIXIAO! 业绩值“-1”不是评分标准中的等级")
    counts = udfs.SCORE_RANGE([[-1], [0], [None]], COUNT_RULE, 2)
    assert counts[0][0].startswith("#JIXIAO! 业绩值 -1 为负数") and counts[1] == [2]


@pytest.mark.parametrize("value", ["√", "是", "基本符合", "（符合）"])
def test_a_pass_fail_row_answered_otherwise_gives_no_verified_total(issued, tmp_path: Path, value: str) -> None:
    # “年度目标明确性”, passfail (符合 → 2, 不符合 → 0, 缺省 → 2): before, “√” was 0 by the 否则, without a word
    c, cell = _typed(issued, tmp_path, "年度目标明确性", value)
    assert c.verified.total is None and f"{cell}（年度目标明确性）：业绩值“{value}”不是评分标准中的等级（符合）" in c.verified.why


# ------------------------------------------------------------------------------------------- 自评 定性 (达成/部分达成/未达成)
NATIONAL = next(s for s in load_all_specs() if s.id == "selfeval-national")


@pytest.fixture(scope="module")
def national(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Any], Decimal]:
    return _filled(NATIONAL, tmp_path_factory.mktemp("p26n"))


@pytest.mark.parametrize("answer", ["√", "是", "基本达成", "（达成）"])
def test_a_qualitative_answer_that_is_none_of_the_three_is_said(national, tmp_path: Path, answer: str) -> None:
    # 对社会的影响 (定性, 10 分): 达成 8～10, 部分达成 5～8, 未达成 0～5; the answer “√” is none — before, the row was
    # silently left out (no 核定 total, no reason, no finding at the cell)
    c, cell = _typed(national, tmp_path, "对社会的影响", answer)
    assert c.verified.total is None
    assert f"{cell}（对社会的影响）：完成情况“{answer}”不是“达成”“部分达成”“未达成”之一" in c.verified.why
    assert any(f.check == "row-unverified" and f.cell == cell and f.severity.value == "错误" for f in c.report.findings)


# ------------------------------------------------------------------------------------------- a template not out of 100
# 莆田 2024 (tests/collect/p18_tables.PUTIAN): ten 酌情 rows, 分值 10 + 6 + 6 + 6 + 6 + 8 + 8 + 10 + 10 + 10 = 80;
# every row at its 分值 → 核定 80, no grade (p20: “未评级：满分80分，不是100分”).


@pytest.fixture(scope="module")
def putian(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    from jixiao.templates.spec import load_spec
    from tests.collect.p18_tables import PUTIAN

    tmp = tmp_path_factory.mktemp("p26p")
    CliRunner().invoke(cli, ["templates", "new", str(PUTIAN.save(tmp / "莆田2024.xlsx")), "--id", "putian",
                             "--out", str(tmp / "spec")])
    spec = load_spec(tmp / "spec" / "putian.yaml")
    values = {ind.path: float(ind.weight) for ind in spec.indicators()}
    book = tmp / "full.xlsx"
    build_workbook(spec, "portable", book, Filled(values, "莆田市市场监督管理局", "2024"))
    openpyxl.load_workbook(book).save(book)  # as a program that does not calculate saves it: no cached values
    return book, tmp / "spec"


def test_an_uncalculated_return_of_an_80_point_template_has_no_false_error(putian, monkeypatch) -> None:
    # before: the note under the 等级 row (“等级：本表满分80分，不是100分，…故不评等级。”) was read as the grade →
    # “A19：等级原为公式，现被改写为常数…” (错误) on an untouched return
    book, specs = putian
    monkeypatch.setenv("JIXIAO_SPECS_DIR", str(specs))
    c = check_one(book)
    assert c.verified.issued and c.verified.total == 80 and c.verified.grade is None
    assert _errors(c) == set(), c.report.findings


def test_a_judged_score_above_its_weight_says_why_there_is_no_total(putian, tmp_path: Path, monkeypatch) -> None:
    # the first row (I4, 分值 10) judged 12: score-over-weight, and the 汇总's 未核定原因 names it (before: empty)
    book, specs = putian
    monkeypatch.setenv("JIXIAO_SPECS_DIR", str(specs))
    wb = openpyxl.load_workbook(book)
    wb["评分表"]["I4"] = 12
    wb.save(tmp_path / "r.xlsx")
    c = check_one(tmp_path / "r.xlsx")
    assert c.verified.total is None and _errors(c) == {("score-over-weight", "I4")}
    assert c.verified.why.startswith("I4（") and "得分 12 超出 0～10，无法核定" in c.verified.why
