"""The whole 考核 tables p21 could not read (作业检查, 农业产业化, 殡葬改革's names, 安全生产月's two-column header,
counts written only in the 考核情况 text) and three more from the sources of fresh60–fresh64 (``p23_tables.py``),
through ``jixiao validate`` and ``jixiao templates new`` (p23).

Expected findings come from the hand arithmetic in the fixtures' comments: every planted slip at its cell, nothing
on a correct row. Hints (提示) are the reader's refusals and are asserted only where this file is about them.
"""

from __future__ import annotations

import dataclasses
import re
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
import yaml
from click.testing import CliRunner

from jixiao.cli import cli
from jixiao.io import load_workbook
from jixiao.reading import read_workbook_tables
from jixiao.reading.headers import match_header_row
from jixiao.validation import validate_workbook
from jixiao.validation.checks import count_in_text
from tests.hostile.p21_tables import ANQUAN, BINZANG, CAIWU, NONGYE, WEISHENG, ZUOYE
from tests.hostile.p23_tables import LONGMEN, TAONAN, YINGXIANG
from tests.selfeval.tables import Table

_CJK = re.compile(r"[\u4e00-\u9fff]")


def _validate(table: Table, path: Path, changes: dict[str, Any] | None = None) -> Any:
    return validate_workbook(table.save(path, changes=changes))


def _found(report: Any) -> set[tuple[str, str]]:
    return {(f.cell, f.check) for f in report.findings if f.severity.value != "提示"}


def _new(table: Table, tmp_path: Path, spec_id: str) -> tuple[Any, dict[str, Any]]:
    res = CliRunner().invoke(cli, ["templates", "new", str(table.save(tmp_path / f"{spec_id}.xlsx")), "--id", spec_id,
                                   "--out", str(tmp_path / "spec")])
    assert res.exception is None or isinstance(res.exception, SystemExit), res.exception
    spec = yaml.safe_load((tmp_path / "spec" / f"{spec_id}.yaml").read_text(encoding="utf-8"))
    return res, spec


def _names(spec: dict[str, Any]) -> list[str]:
    return [i["name"] for s in spec["sections"] for g in s["groups"] for i in g["indicators"]]


# ---------------------------------------------------------------------------
# three more tables (BY2, BW4, BX12): every slip found, nothing else
# ---------------------------------------------------------------------------

#: table → (errors and warnings, total, grade) from the hand arithmetic in p23_tables.py; the grades by
#: 财预〔2020〕10号 (90 优, 80 良): none of the three prints a scheme of its own and each is out of 100
NEW: dict[str, tuple[Table, set[tuple[str, str]], Decimal, str]] = {
    # 缺…共2项 → 10 − 2 = 8, typed 7; 鉴别诊断 6 of 5; rows 92, 总分 92
    "影像诊断报告": (YINGXIANG, {("E3", "score-mismatch"), ("E11", "score-over-weight")}, Decimal(92), "优"),
    # 私搭乱建 1 处 × 5 → 20, typed 15; rows 80, 汇总 85 (the printed total is the table's total)
    "新村管理": (LONGMEN, {("E4", "score-mismatch"), ("E9", "total-sum")}, Decimal(85), "良"),
    # 投诉处理 1 起 × 3 → 6, typed 7; rows 89 = 合计 89
    "农机购置补贴": (TAONAN, {("F8", "score-mismatch")}, Decimal(89), "良"),
}


def assert_found_exactly(table: Table, expected: set[tuple[str, str]], total: Decimal, grade: str, path: Path) -> None:
    """The table's errors and warnings are exactly ``expected``, its total and grade the hand ones, every message
    Chinese and led by its cell (shared with test_p25_tables)."""
    report = _validate(table, path)
    (summary,) = report.tables
    assert _found(report) == expected
    assert summary.total == total and summary.computed_grade == grade
    for f in report.findings:
        assert _CJK.search(f.message) and (not f.cell or f.message.startswith(f.cell)), f.message


@pytest.mark.parametrize("key", list(NEW))
def test_each_planted_slip_of_the_new_tables_is_found_and_nothing_else(key: str, tmp_path: Path) -> None:
    assert_found_exactly(*NEW[key], tmp_path / "t.xlsx")


def test_the_count_slips_name_the_count_and_the_score_it_gives(tmp_path: Path) -> None:
    report = _validate(YINGXIANG, tmp_path / "t.xlsx")
    (f,) = [f for f in report.findings if f.check == "score-mismatch"]
    assert "记 2 项" in f.message and "应得 8 分" in f.message and "表中为 7 分" in f.message
    report = _validate(LONGMEN, tmp_path / "l.xlsx")
    (f,) = [f for f in report.findings if f.check == "score-mismatch"]
    assert "记 1 处" in f.message and "应得 20 分" in f.message  # 25 − 1 × 5


def test_the_correct_returns_raise_nothing(tmp_path: Path) -> None:
    # the slips mended by hand: 8 (2 项), 5 (鉴别诊断) → rows 92 − 7 + 8 − 6 + 5 = 92; 20 and 汇总 80 + 5 = 85;
    # 投诉处理 6 → rows 88, 合计 88
    assert not _found(_validate(YINGXIANG, tmp_path / "y.xlsx", {"E3": 8, "E11": 5}))
    assert not _found(_validate(LONGMEN, tmp_path / "l.xlsx", {"E4": 20}))
    assert not _found(_validate(TAONAN, tmp_path / "t.xlsx", {"F8": 6, "F13": 88}))


def test_new_tables_row_names_and_group_weights(tmp_path: Path) -> None:
    # 龙门镇: 考核评比内容 names the rows (were all "（无名称）"); 汇总 closes the table (was an indicator of 100)
    names = [n for n, _, _ in _validate(LONGMEN, tmp_path / "l.xlsx").tables[0].indicators]
    assert names == ["环境整治", "私搭乱建治理", "菜园管理", "机构运行", "安全稳定", "群众引导"]
    # 影像诊断报告: 评分标准 over two columns — the item names the row, the rule is the right column; the group
    # “二、超声所见（40分）” states 40: a 4th item typed 10 instead of 5 makes 15 + 15 + 5 + 10 = 45 ≠ 40
    report = _validate(YINGXIANG, tmp_path / "y.xlsx", {"D9": 10, "D18": 105})
    assert ("A6", "weights-sum") in _found(report)
    # 洮南: the rows are named by their 二级指标 (a merged 一级 is no reason to name them by group + text)
    names = [n for n, _, _ in _validate(TAONAN, tmp_path / "t.xlsx").tables[0].indicators]
    assert names[1:3] == ["补贴对象、工作经费配套", "信息公开"]


def test_three_items_under_one_rule_weight_and_score_are_one_row_for_templates_new(tmp_path: Path) -> None:
    # 影像诊断报告 “一般信息”: one 分值 10, one 得分 and one rule over three items (was: two rows with no 分值, and
    # templates new wrote no spec: “weight：应为数字，实际为空值”)
    res, spec = _new(YINGXIANG, tmp_path, "p23-yx")
    names = _names(spec)
    assert len(names) == 13 and names[0].startswith("1、医院名称")
    assert spec["sections"][0]["weight"] == 10 and spec["sections"][1]["weight"] == 40
    assert "weight-missing" not in res.output


# ---------------------------------------------------------------------------
# left by p21
# ---------------------------------------------------------------------------


def test_zuoye_is_read_with_the_rule_column_and_the_group_weight_in_its_name(tmp_path: Path) -> None:
    # 项目 | 标准（分值） | 评分 | 得分: 评分 beside 得分 holds the 扣分 text; “品种齐全(20分)” states the row's 分值;
    # “三、质量(分值60分)” the group's (30 + 30 = 60). Was refused (“未找到评分表表头”).
    report = _validate(ZUOYE, tmp_path / "t.xlsx")
    (summary,) = report.tables
    assert [n for n, _, _ in summary.indicators][:2] == ["品种齐全", "数量足、学生按人数交足、按教学进度做足"]
    assert [w for _, w, _ in summary.indicators] == [20, 20, 30, 30]
    assert summary.total == Decimal(89) and summary.computed_grade == "良"
    # p21's slip 品种 16: “(分值20分) 缺一种扣5分” reads 20 − 5n since session 34; the row has no 业绩值 and no count in
    # words — 16 is none of 20, 15, 10, 5, 0 (found since p25: score-unreachable; missed by p23)
    assert _found(report) == {("D3", "score-unreachable")}
    assert "C3" not in {f.cell for f in report.findings if f.check == "rule-unreadable"}
    assert {f.cell for f in report.findings if f.check == "rule-unreadable"} >= {"C4"}
    # the group's printed weight is checked: 三、质量 “(分值50分)” over 30 + 30
    assert ("A5", "weights-sum") in _found(_validate(ZUOYE, tmp_path / "b.xlsx", {"A5": "三、质量(分值50分)"}))


def test_a_deduction_read_as_a_level_does_not_call_a_second_deduction_wrong(tmp_path: Path) -> None:
    # “缺一种扣5分” read ``"符合": W; "缺一种": 15`` until session 34 (now 20 − 5n); 缺两种 → 20 − 10 = 10 is right. p21's level check said
    # “得分 10 不是评分标准能给出的分数（可得 20、15 分）”; only pass/fail rules (W or 0) are checked so now
    report = _validate(ZUOYE, tmp_path / "t.xlsx", {"C3": "缺一种扣5分。", "D3": 10, "D7": 83})
    assert not [f for f in report.findings if f.check == "score-mismatch"]
    # the same on a header the session start read (教室卫生, a 20-point 地面): it said so at D3
    report = _validate(WEISHENG, tmp_path / "w.xlsx", {"B3": 20, "C3": "缺一种扣5分。", "D3": 10})
    assert not [f for f in report.findings if f.check == "score-mismatch"]
    # protecting: a pass/fail rule still is checked (安全生产月 G12: 1 of “未在规定时间内报送不得分”)
    assert ("G12", "score-mismatch") in _found(_validate(ANQUAN, tmp_path / "a.xlsx"))


def test_nongye_reads_the_group_weight_beside_the_group(tmp_path: Path) -> None:
    # 目标管理事项 | 分值 | 一级指标 | 分值: the first 分值 is the group's (2 = 0.5 + 1 + 0.5), the second the row's.
    # Was refused (“表头有2个分值/权重列”). A 4-point part: no total, no grade.
    report = _validate(NONGYE, tmp_path / "t.xlsx")
    (summary,) = report.tables
    assert [w for _, w, _ in summary.indicators] == [Decimal("0.5"), 1, Decimal("0.5"), Decimal("0.5"),
                                                      Decimal("0.5"), 1]
    assert _found(report) == {("D4", "total-weight")}  # 4 of 100 points
    assert summary.total is None and summary.computed_grade is None
    # the group says 3 over 0.5 + 1 + 0.5 = 2: said at the group
    bad = _validate(NONGYE, tmp_path / "b.xlsx", {"B4": 3})
    (f,) = [f for f in bad.findings if f.check == "weights-sum"]
    assert f.cell == "A4" and "3 分" in f.message and "2 分" in f.message


def test_binzang_rows_are_named_by_group_and_their_own_number(tmp_path: Path) -> None:
    names = [n for n, _, _ in _validate(BINZANG, tmp_path / "t.xlsx").tables[0].indicators]
    assert names[:4] == ["1.组织宣传(1)", "1.组织宣传(2)", "1.组织宣传(3)", "2.散埋乱葬整治(1)"]
    assert len(set(names)) == len(names)
    res, spec = _new(BINZANG, tmp_path, "p23-bz")
    assert "duplicate" not in res.output and "重复" not in res.output
    assert _names(spec) == names
    # the same table with the group written once above blank cells (no merges): the same names
    unmerged = dataclasses.replace(BINZANG, merged=["A1:D1"])
    assert [n for n, _, _ in _validate(unmerged, tmp_path / "u.xlsx").tables[0].indicators] == names


def test_anquan_two_column_header_keeps_the_groups(tmp_path: Path) -> None:
    # 考核项目 merged over A:B — A the part, B the group (一)…(七); was: B lost
    (t,) = read_workbook_tables(load_workbook(ANQUAN.save(tmp_path / "t.xlsx")).sheets)
    assert t.columns["level1"] == 1 and t.columns["level2"] == 2 and t.columns["level3"] == 3
    groups = [g.name for g in t.sections[0].groups]
    assert groups[:3] == ["(一)组织机构健全", "(二)领导重视", "(三)活动方案明确"] and len(groups) == 7
    _res, spec = _new(ANQUAN, tmp_path, "p23-aq")
    assert [g["name"] for g in spec["sections"][0]["groups"]][-1] == "(七)活动总结"


def test_a_count_written_only_in_the_text_is_checked_when_it_is_one_number_in_the_rules_unit(tmp_path: Path) -> None:
    # 财务审计部 51: 迟报1次 under “一次扣2分” → 18; typed 16 is wrong (was: no check)
    report = _validate(CAIWU, tmp_path / "t.xlsx", {"F4": 16, "F10": 90})
    (f,) = [f for f in report.findings if f.check == "score-mismatch"]
    assert f.cell == "F4" and "记 1 次" in f.message and "应得 18 分" in f.message
    # two numbers: which is the count? a hint, no check
    report = _validate(CAIWU, tmp_path / "u.xlsx", {"E4": "迟报1次，错报2次", "F4": 16, "F10": 90})
    assert not [f for f in report.findings if f.check == "score-mismatch"]
    (hint,) = [f for f in report.findings if f.cell == "E4"]
    assert hint.severity.value == "提示" and "2 个数字" in hint.message


@pytest.mark.parametrize(("process", "standard", "count"), [
    ("迟报1次", "不能按时按量完成上报工作一次扣2分。", Decimal(1)),
    ("有问题2次", "有问题一次扣3分。", Decimal(2)),
    ("发现2处", "每处扣1分", Decimal(2)),
    ("缺1项制度", "每缺一项制度扣5 分。", Decimal(1)),
    ("发现2处", "一次扣2分", None),  # not the rule's unit
    ("按时完成3次", "未完成一次扣2分", None),  # not said as a fault: may count what was done
    ("迟报1次，错报2次", "一次扣2分", None),  # two numbers
    ("迟报1次", "扣1～5分", None),  # the rule counts nothing
    ("迟报1次", "每次扣1分，每处扣2分", None),  # two units
])
def test_count_in_text(process: str, standard: str, count: Decimal | None) -> None:
    assert count_in_text(process, standard)[0] == count


@pytest.mark.parametrize(("header", "fields"), [
    (["项目", "标准（分值）", "评分", "得分"], {"level1": 1, "level3": 2, "standard": 3, "score": 4}),
    (["目旳管理事项", "分值", "一级指标", "分值", "评 分 标 准", "自评分"],
     {"level1": 1, "level1_weight": 2, "level3": 3, "weight": 4, "standard": 5, "score": 6}),
    (["考核项目", "考核项目", "考核标准", "分值", "评分方式", "落实情况", "考核得分"],
     {"level1": 1, "level2": 2, "level3": 3, "weight": 4, "standard": 5, "process": 6, "score": 7}),
    (["考核内容", "评分标准", "评分标准", "分值", "得分", "扣分原因"],
     {"level1": 1, "level3": 2, "standard": 3, "weight": 4, "score": 5, "process": 6}),
    (["考核评比\n内容", "分值", "评分标准", "督查结果", "评比得分"],
     {"level3": 1, "weight": 2, "standard": 3, "process": 4, "score": 5}),
])
def test_p23_header_rows(header: list[str], fields: dict[str, int]) -> None:
    assert match_header_row(list(enumerate(header, start=1))) == fields


@pytest.mark.parametrize("header", [["项目", "分值", "得分"], ["评分", "得分", "分值"]])
def test_weak_headers_stay_weak(header: list[str]) -> None:
    # protecting: “项目” alone makes no header; “评分” beside 得分 is no second score column
    cols = match_header_row(list(enumerate(header, start=1)))
    assert cols is None or list(cols).count("score") == 1 and cols.get("score") == header.index("得分") + 1
