"""Real published 评分表 layouts from outside the seeds (sources and hand findings in real_layout_fixtures.py):
written to .xlsx as printed, read with the product's loader, reader and validate, compared with the hand list.

Expected values come from the printed numbers and the hand arithmetic written in the fixtures before any run.
"""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path

import pytest
from real_layout_fixtures import (
    ALL,
    BUMEN_DEFEN,
    CUNJI,
    FENZHI_PER_LEVEL,
    GUANGSHUI,
    KEJI,
    XIANGMU_DEFEN,
    XINGZHENG,
    ZIYANG,
    Layout,
)

from jixiao.errors import LayoutNotRecognised
from jixiao.grid import Grid
from jixiao.io import load_workbook
from jixiao.reading import read_tables, read_workbook_tables
from jixiao.validation import Severity, validate_workbook

D = Decimal


def _tables(layout: Layout, tmp_path: Path, changes: dict | None = None):
    path = layout.save(tmp_path / "t.xlsx", changes=changes)
    return read_workbook_tables(load_workbook(path).sheets)


def _errors(layout: Layout, tmp_path: Path, changes: dict | None = None) -> list[tuple[str, str]]:
    report = validate_workbook(layout.save(tmp_path / "t.xlsx", changes=changes))
    return sorted((f.cell, f.check) for f in report.findings if f.severity is Severity.ERROR)


def _rows(t) -> list[tuple]:
    return [(r.level3, r.weight.number if r.weight else None, r.score.number if r.score else None)
            for r in t.rows]


@pytest.mark.parametrize("layout", ALL.values(), ids=list(ALL))
def test_every_layout_reads_and_validates_in_chinese(layout: Layout, tmp_path: Path) -> None:
    """No crash, and every finding speaks Chinese (cell refs and numbers aside)."""
    report = validate_workbook(layout.save(tmp_path / "t.xlsx"))
    assert report.tables
    for f in report.findings:
        assert re.search(r"[\u4e00-\u9fff]", f.message), f.message
        assert not re.search(r"[a-z]{3,}", f.message), f.message


# --- 1. 科技局整体支出绩效评价评分表 -----------------------------------------------------------


def test_keji_read_as_printed(tmp_path: Path) -> None:
    (t,) = _tables(KEJI, tmp_path)
    assert t.title == "科技局整体支出绩效评价评分表"  # the line under "附件2"
    assert _rows(t) == [
        ("财政供养人员控制率", 5, 5), ("“三公经费”变动率", 5, 5), ("重点支出安排率", 5, 5),
        ("预算调整率", 3, 3), ("支付进度", 3, 3), ("资金结余", 3, 2), ("“三公经费”控制率", 6, 6),
        ("管理制度健全性", 3, 3),
    ]
    # hand: 投入 15 = 预算配置 15 = 5+5+5; 预算执行 15 = 3+3+3+6; 过程 / 预算管理 cut (no weight typed)
    assert [(s.name, s.stated_weight, [(g.name, g.stated_weight) for g in s.groups]) for s in t.sections] == [
        ("投 入", D(15), [("预算配置", D(15))]),
        ("过 程", None, [("预算执行", D(15)), ("预算管理", None)]),
    ]


def test_keji_deduction_reason_column_is_read(tmp_path: Path) -> None:
    """"扣分原因和其他 说明" was not a known header: the reason printed beside 资金结余's 2 was dropped."""
    (t,) = _tables(KEJI, tmp_path)
    row = next(r for r in t.rows if r.level3 == "资金结余")
    assert (row.process, row.process_ref) == ("有结余,根据工作实际及指标下达时间不可能没有结余。", "G9")


def test_keji_validate_matches_hand(tmp_path: Path) -> None:
    """hand: no slip; the sheet ends where the excerpt ends, so its weights add up to 33, not 100."""
    assert _errors(KEJI, tmp_path) == [("E4", "total-weight")]


# --- 2. 部门整体支出绩效评价得分表: weights only inside the labels -------------------------------


def test_bumen_defen_level3_weight_from_its_label(tmp_path: Path) -> None:
    (t,) = _tables(BUMEN_DEFEN, tmp_path)
    assert "weight" not in t.columns
    assert _rows(t) == [("相关性", 5, 5), ("明确性", 5, 5), ("合理性", 5, 5), ("测算依据", 5, 2),
                        ("目标管理", 5, 4)]
    assert t.rows[3].weight.ref == "C6"  # the label that states it
    assert [(g.name, g.stated_weight) for g in t.sections[0].groups] == [("目标任务", D(15)), ("预算编制", D(10))]


def test_bumen_defen_validate_matches_hand(tmp_path: Path) -> None:
    """hand: 15 = 5+5+5, 10 = 5+5, 25 = 15+10, every score ≤ its label's weight; excerpt ends (25 ≠ 100)."""
    assert _errors(BUMEN_DEFEN, tmp_path) == [("C3", "total-weight")]


def test_bumen_defen_score_above_its_label_weight_is_found(tmp_path: Path) -> None:
    """测算依据 typed 6 with its label "(5分)": the group still adds up to 10 ≤ 预算编制's 10, so only the
    label's own weight shows the slip (missed before the label weight was read)."""
    assert ("D6", "score-over-weight") in _errors(BUMEN_DEFEN, tmp_path, {"D6": 6})


def test_level3_label_weight_needs_the_word_fen() -> None:
    g = Grid.from_rows("s", [["一级指标", "三级指标", "得分"], ["决策", "人数(10)", 5], ["决策", "相关性（5分）", 5]])
    rows = read_tables(g)[0].rows
    assert [(r.level3, r.weight.number if r.weight else None) for r in rows] == [("人数(10)", None), ("相关性", 5)]


def test_level3_label_weight_not_read_beside_a_weight_column() -> None:
    g = Grid.from_rows("s", [["三级指标", "分值", "得分"], ["相关性(5分)", 4, 4]])
    r = read_tables(g)[0].rows[0]
    assert (r.level3, r.weight.number) == ("相关性(5分)", 4)


# --- 3. 项目支出绩效评价得分表: the weight above the name ---------------------------------------


def test_xiangmu_defen_weight_printed_above_the_name(tmp_path: Path) -> None:
    (t,) = _tables(XIANGMU_DEFEN, tmp_path)
    got = [(s.name, s.stated_weight, [(g.name, g.stated_weight) for g in s.groups]) for s in t.sections]
    assert got == [
        ("项目决策", D(20), [("科学决策", D(10)), ("(10)绩效目标", None)]),  # "(10)" without 分: not a weight
        ("项目管理", D(10), [("资金管理", D(7)), ("项目执行", D(3))]),
        ("项目绩效", None, [("(20)项目完成", None)]),
    ]


def test_xiangmu_defen_validate_matches_hand(tmp_path: Path) -> None:
    """hand: 20 = 10+10, 10 = 7+3, 7 = 3+4, 项目完成 20 = 4×5; excerpt ends (50 ≠ 100)."""
    assert _errors(XIANGMU_DEFEN, tmp_path) == [("D2", "total-weight")]


def test_xiangmu_defen_group_weight_slip_is_found(tmp_path: Path) -> None:
    """资金使用 typed 5: 资金管理 "(7分)" no longer adds up (3+5 = 8) nor 项目管理 "(10分)" (11)."""
    errors = _errors(XIANGMU_DEFEN, tmp_path, {"D7": 5})
    assert ("A6", "weights-sum") in errors and ("B6", "weights-sum") in errors


def test_numbering_before_a_label_is_not_a_weight() -> None:
    g = Grid.from_rows("s", [["一级指标", "三级指标", "分值", "得分"], ["(1)资金管理", "资金分配", 3, 3]])
    s = read_tables(g)[0].sections[0]
    assert (s.name, s.stated_weight) == ("(1)资金管理", None)


# --- 4. 项目支出绩效自评表 村级补助及运转经费 -------------------------------------------------------


def test_cunji_validate_matches_hand(tmp_path: Path) -> None:
    """hand: 年度资金总额 0/0/0 over 其中 202.64/132.912/132.912 (the slip, three cells); 产出 50 = 8×5+10;
    the cut 效益 block leaves 10+50+20 = 80 typed."""
    assert _errors(CUNJI, tmp_path) == [("C6", "fund-sum"), ("D6", "fund-sum"), ("E6", "fund-sum"),
                                        ("F6", "total-weight")]
    (t,) = _tables(CUNJI, tmp_path)
    budget = t.rows[0]
    assert (budget.kind, budget.weight.number, budget.score.number) == ("budget", 10, 0)
    assert [(s.name, s.stated_weight) for s in t.sections[1:]] == [("产出指标", D(50)), ("效益指标", None)]


# --- 5. 项目绩效评价表: a 分值 column after every level -------------------------------------------


def test_fenzhi_per_level_reads_the_row_weight_after_level3(tmp_path: Path) -> None:
    """Before: the leftmost 分值 (the 一级's 20) was every row's 分值 and "三级指标(可调整)" was no header:
    one row "项目目标" with 分值 20 was read out of three."""
    (t,) = _tables(FENZHI_PER_LEVEL, tmp_path)
    assert (t.columns["weight"], t.columns["level1_weight"], t.columns["level2_weight"]) == (6, 2, 4)
    assert _rows(t) == [("目标内容", 4, None), ("决策依据", 3, None), ("决策程序", 5, None)]
    assert [(s.name, s.stated_weight, [(g.name, g.stated_weight) for g in s.groups]) for s in t.sections] == [
        ("项目决策", D(20), [("项目目标", D(4)), ("决策过程", D(8))]),
    ]


def test_fenzhi_per_level_validate_matches_hand(tmp_path: Path) -> None:
    """hand: 4 = 4, 8 = 3+5, each standard's points add up to its 分值 (no rule-max-weight); 得分 blank (the
    issued form); 项目决策's 20 covers rows cut off the excerpt (12 typed)."""
    report = validate_workbook(FENZHI_PER_LEVEL.save(tmp_path / "t.xlsx"))
    checks = sorted((f.cell, f.check) for f in report.findings if f.check != "rule-unreadable")
    assert checks == [("A4", "weights-sum"), ("F4", "total-weight"), ("I4", "score-missing"),
                      ("I5", "score-missing"), ("I6", "score-missing")]


def test_two_weight_columns_not_per_level_are_refused() -> None:
    """权重 and 分值 side by side: which one is the row's is unknown — refused, said in Chinese."""
    g = Grid.from_rows("表1", [["一级指标", "三级指标", "权重", "分值", "得分"], ["决策", "程序", 10, 5, 5]])
    with pytest.raises(LayoutNotRecognised) as e:
        read_tables(g)
    assert "第1行" in e.value.message_zh and "C、D" in e.value.message_zh and "分值" in e.value.message_zh


def test_level_weights_without_a_row_weight_column() -> None:
    """一级指标 | 分值 | 二级指标 | 分值 | 三级指标 | 得分: both 分值 are level weights, the rows have none."""
    g = Grid.from_rows("s", [["一级指标", "分值", "二级指标", "分值", "三级指标", "得分"],
                             ["决策", 20, "过程", 8, "依据", 3]])
    t = read_tables(g)[0]
    assert "weight" not in t.columns and t.rows[0].weight is None
    assert (t.rows[0].level1_weight, t.rows[0].level2_weight) == (20, 8)


# --- 6. 中央级行政经费项目支出考评计分办法: 评分依据 -------------------------------------------------


def test_xingzheng_scoring_basis_is_the_standard(tmp_path: Path) -> None:
    (t,) = _tables(XINGZHENG, tmp_path)
    assert t.columns["standard"] == 3 and "process" not in t.columns
    assert t.rows[0].standard.endswith("实际完成情况与计划每相差3%,扣1分,扣满15分为止。")
    assert [(r.level3, r.weight.number) for r in t.rows] == [
        ("一、项目完成工作量", 15), ("二、项目完成进度", 10), ("三、项目完成质量", 15)]


def test_scoring_basis_beside_a_standard_is_the_reason() -> None:
    g = Grid.from_rows("s", [["三级指标", "评分标准", "分值", "得分", "评分依据"],
                             ["参保率", "≥95%得5分", 5, 5, "参保率96%"]])
    t = read_tables(g)[0]
    assert (t.columns["standard"], t.columns["process"]) == (2, 5)
    assert t.rows[0].process == "参保率96%"


def test_xingzheng_validate_matches_hand(tmp_path: Path) -> None:
    """hand: weights 15, 10, 15 of a cut table (40); 实际得分 blank everywhere (the issued 办法)."""
    report = validate_workbook(XINGZHENG.save(tmp_path / "t.xlsx"))
    assert sorted((f.cell, f.check) for f in report.findings if f.check != "rule-unreadable") == [
        ("B3", "total-weight"), ("D3", "score-missing"), ("D4", "score-missing"), ("D5", "score-missing")]


# --- 7. 资阳 ADB loan 绩效评价结果 (p11) ------------------------------------------------------------


def test_ziyang_weighted_scores_are_refused_never_summed_as_weights(tmp_path: Path) -> None:
    """评价分值（百分制） is a score out of 100, 权重 a percentage: read as 分值 it would make Σ分值
    343.29 ≠ 100 — a false finding. The reader knows neither header and refuses (hand: no slip;
    20%×100 = 20.00, 50%×77.39 = 38.70, 20%×73.90 = 14.78, 10%×92 = 9.20, Σ 82.68 as printed)."""
    with pytest.raises(LayoutNotRecognised) as e:
        validate_workbook(ZIYANG.save(tmp_path / "t.xlsx"))
    assert "未找到评分表表头" in e.value.message_zh


# --- 8. 广水 自评表: 自评总分 in the header line, rows cut (p11) ----------------------------------------


def test_guangshui_read_and_its_header_total_left_alone(tmp_path: Path) -> None:
    (t,) = _tables(GUANGSHUI, tmp_path)
    # 自评分 is the score, 评价内容 the indicator, 评价标准及依据 the standard
    assert _rows(t) == [("决策依据", 2, 2), ("财务制度", 3, 3), ("组织机构", 2, 2), ("运行监管", 4, 3),
                        ("目标申报", 4, 4)]
    assert "审批报告" in (t.rows[0].standard or "")
    assert (t.stated_total.number, t.stated_total.ref) == (D(69), "D2")
    # hand: 14 of 15 points typed, 项目绩效 85 分 cut: the 69 is compared with nothing, no grade
    report = validate_workbook(tmp_path / "t.xlsx")
    assert [f.check for f in report.findings if f.check in ("stated-total", "grade-mismatch")] == []
    assert report.tables[0].total is None and report.tables[0].computed_grade is None
    # the one error is the cut's (weights 2 + 3 + 2 + 4 + 4 = 15 of 100), not the bureau's
    assert _errors(GUANGSHUI, tmp_path) == [("C7", "total-weight")]
