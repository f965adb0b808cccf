"""Reading 评分表 laid out as in the seed reports (expected values from the seed text)."""

from __future__ import annotations

from decimal import Decimal

from reading_fixtures import (
    SEED000_ROWS,
    SEED000_TITLE,
    SEED002_SUMMARY,
    SEED002_TITLE,
    SEED003_HEADER,
    SEED003_ROW,
    seed000_grid,
    seed002_rows,
    seed004_rows,
)

from jixiao.grid import Grid
from jixiao.reading import read_tables

D = Decimal


# ---------------------------------------------------------------- seed 000 ---
def test_seed000_finds_one_table_with_title_and_header() -> None:
    tables = read_tables(seed000_grid())
    assert len(tables) == 1
    t = tables[0]
    assert t.sheet == "评分表"
    assert t.title == SEED000_TITLE
    assert t.title_ref == "A1"
    assert t.header_row == 3
    assert t.columns == {
        "seq": 1, "level1": 2, "level2": 3, "level3": 4,
        "target": 5, "standard": 6, "weight": 7, "score": 8,
    }


def test_seed000_all_17_weights_and_scores() -> None:
    t = read_tables(seed000_grid())[0]
    assert len(t.rows) == 17
    # seed 000 lines 444-460, columns 分值 / 得分
    expected = [(D(r[6]), D(str(r[7]))) for r in SEED000_ROWS]
    assert [(r.weight.number, r.score.number) for r in t.rows] == expected
    assert [r.seq for r in t.rows] == list(range(1, 18))
    # line 461: 合计 100 / 93.99; 10+22+43+25 = 100
    assert sum(r.weight.number for r in t.rows) == D(100)
    assert sum(r.score.number for r in t.rows) == D("93.99")


def test_seed000_merged_level1_applies_to_every_spanned_row() -> None:
    t = read_tables(seed000_grid())[0]
    level1 = [(r.level1, r.level1_weight, r.level1_ref) for r in t.rows]
    assert level1[:2] == [("决策指标", D(10), "B4")] * 2
    assert level1[2:7] == [("过程指标", D(22), "B6")] * 5
    assert level1[7:14] == [("产出指标", D(43), "B11")] * 7
    assert level1[14:] == [("效益指标", D(25), "B18")] * 3


def test_seed000_sections_and_groups() -> None:
    t = read_tables(seed000_grid())[0]
    assert [(s.name, s.stated_weight, s.ref, len(s.rows)) for s in t.sections] == [
        ("决策指标", D(10), "B4", 2),
        ("过程指标", D(22), "B6", 5),
        ("产出指标", D(43), "B11", 7),
        ("效益指标", D(25), "B18", 3),
    ]
    # stated 一级 weight = sum of its rows' 分值 (seed: 10/22/43/25)
    for s in t.sections:
        assert sum(r.weight.number for r in s.rows) == s.stated_weight
    output = t.sections[2]
    assert [(g.name, g.ref, len(g.rows)) for g in output.groups] == [
        ("参保政策落实", "C11", 1),
        ("缴费政策落实", "C12", 2),
        ("预算准确性", "C14", 2),
        ("产出质量", "C16", 1),
        ("产出时效", "C17", 1),
    ]


def test_seed000_c32_row_refs() -> None:
    """000 C32 (支出预算完成, seq 12) sits on sheet row 3 + 12 = 15."""
    t = read_tables(seed000_grid())[0]
    c32 = next(r for r in t.rows if r.level3 == "支出预算完成")
    assert c32.row == 15
    assert c32.score.ref == "H15"
    assert c32.score.number == D("1.92")
    assert c32.score.raw == 1.92
    assert c32.weight.ref == "G15"
    assert c32.level2 == "预算准确性"
    assert c32.level2_ref == "C14"  # merged C14:C15
    assert c32.level3_ref == "D15"
    assert c32.target.raw == "基金支出预算完成率"
    assert c32.target.ref == "E15"
    assert c32.target.number is None
    assert c32.target.error  # Chinese reason: not a number
    assert c32.standard.startswith("预算完成率95%-100%得4分")
    assert c32.standard_ref == "F15"
    assert c32.value is None and c32.rate is None and c32.process is None  # no such columns


def test_seed000_total_row() -> None:
    t = read_tables(seed000_grid())[0]
    assert len(t.totals) == 1
    total = t.totals[0]
    assert (total.row, total.label, total.kind) == (21, "合计", "total")
    assert (total.weight.number, total.weight.ref) == (D(100), "G21")
    assert (total.score.number, total.score.ref) == (D("93.99"), "H21")
    assert t.total is total
    assert t.last_row == 21


# ---------------------------------------------------------------- seed 004 ---
def test_seed004_page_split_header_repeated_mid_table() -> None:
    g = Grid.from_rows("表4-3", seed004_rows())
    tables = read_tables(g)
    assert len(tables) == 1
    t = tables[0]
    assert t.title == "表 4-3 项目产出指标得分情况"
    assert t.header_row == 2
    assert t.repeated_header_rows == [14]
    assert len(t.rows) == 24  # 10 + 14, the repeated header is not an indicator
    assert all(r.level1 == "项目产出" and r.level1_weight == D(55) for r in t.rows)
    assert all(r.level1_ref == "A3" for r in t.rows)
    # the 二级 label carries over the page split
    first_after_split = t.rows[10]
    assert (first_after_split.row, first_after_split.level3) == (15, "定点医药机构监督检查覆盖率")
    assert (first_after_split.level2, first_after_split.level2_ref) == ("数量指标", "B3")
    # seed 004: 数量指标 (30分), 质量指标 (25分), 项目产出 (55分)
    (section,) = t.sections
    assert section.stated_weight == D(55)
    assert sum(r.weight.number for r in section.rows) == D(55)
    assert [(g.name, g.stated_weight, g.ref, len(g.rows)) for g in section.groups] == [
        ("数量指标", D(30), "B3", 15),
        ("质量指标", D(25), "B20", 9),
    ]
    for grp in section.groups:
        assert sum(r.weight.number for r in grp.rows) == grp.stated_weight
    # 标准值 as target, 得分率 text as fraction
    r0 = t.rows[0]
    assert (r0.target.raw, r0.target.number) == ("≥2 次", None)
    assert (r0.rate.raw, r0.rate.number, r0.rate.ref) == ("100%", D(1), "G3")


# ---------------------------------------------------------------- seed 002 ---
def test_seed002_attachment_with_explain_and_process() -> None:
    rows, merged = seed002_rows()
    t = read_tables(Grid.from_rows("附件1", rows, merged=merged))[0]
    assert t.title == SEED002_TITLE
    assert set(t.columns) == {
        "level1", "level2", "level3", "weight", "explain", "standard", "score", "process",
    }
    assert len(t.rows) == 7
    assert [s.name for s in t.sections] == ["部门决策", "部门管理"]
    assert t.sections[0].stated_weight == D(15)
    assert [(g.name, g.stated_weight, len(g.rows)) for g in t.sections[0].groups] == [
        ("部门规划计划", D(5), 2), ("绩效目标", D(5), 2), ("资金配置", D(5), 2),
    ]
    # 002 summary line 289: 绩效目标 得分 2.2 = 1.6 + 0.6
    g = t.sections[0].groups[1]
    assert sum(r.score.number for r in g.rows) == D("2.2")
    first = t.rows[0]
    assert first.explain.startswith("部门规划是否明确")
    assert first.explain_ref == "E3"
    assert first.process.endswith("得 100%权重分 2 分。")
    assert first.process_ref == "H3"
    exec_rate = t.rows[-1]
    assert exec_rate.level3 == "支出预算执行率"
    assert (exec_rate.score.number, exec_rate.score.ref) == (D(1), "G9")
    assert "81.85%" in exec_rate.process
    (total,) = t.totals
    assert (total.weight.number, total.score.number, total.score.ref) == (D(100), D("88.8"), "G10")


def test_seed002_summary_without_level3_and_with_rate() -> None:
    t = read_tables(Grid.from_rows("汇总", SEED002_SUMMARY))[0]
    assert t.columns == {"level1": 1, "level2": 2, "weight": 3, "score": 4, "rate": 5}
    assert len(t.rows) == 17
    assert [(s.name, s.stated_weight) for s in t.sections] == [
        ("部门决策指标", D(15)), ("部门管理指标", D(25)),
        ("部门产出指标", D(30)), ("部门效益指标", D(30)),
    ]
    eco = next(r for r in t.rows if r.level2 == "生态效益")
    assert eco.level3 is None
    assert (eco.weight.raw, eco.weight.number, eco.weight.error) == ("——", None, None)
    social = next(r for r in t.rows if r.level2 == "社会效益")
    assert social.rate.number == D("0.8667")
    (total,) = t.totals
    assert (total.weight.number, total.score.number) == (D(100), D("88.8"))


# ---------------------------------------------------------------- seed 003 ---
def test_seed003_synonyms_and_line_breaks() -> None:
    t = read_tables(Grid.from_rows("指标体系", [SEED003_HEADER, SEED003_ROW]))[0]
    assert t.columns == {
        "level1": 1, "level2": 2, "level3": 3, "target": 4, "weight": 5,
        "standard": 6, "value": 7, "score": 8,
    }
    (row,) = t.rows
    assert (row.level1, row.level2, row.level3) == ("决策", "计划制定", "决策程序的科学规范性")
    assert row.weight.number == D(3)  # text "\n3"
    assert (row.score.raw, row.score.number, row.score.ref) == ("\n3", D(3), "H2")
    assert row.value.raw.startswith("1.部门建立了")
    assert row.value.error
