"""Layout variants: unmerged labels, several tables, spacers, synonyms, totals, grades."""

from __future__ import annotations

from decimal import Decimal

import pytest

from jixiao.errors import LayoutNotRecognised
from jixiao.grid import Grid
from jixiao.reading import (
    NO_TABLE_MESSAGE,
    match_header_row,
    normalise_header,
    parse_level_name,
    read_scoring_table,
    read_tables,
    read_workbook_tables,
)

D = Decimal
HEADER = ["序号", "一级指标", "二级指标", "三级指标", "分值", "得分"]


def test_unmerged_label_only_on_first_row_of_block() -> None:
    g = Grid.from_rows("s", [
        HEADER,
        [1, "决策（10分）", "决策过程", "程序规范", 5, 5],
        [2, None, None, "目标明确", 5, 4],
        [3, "产出(20分)", "数量", "参保率", 10, 9],
        [4, None, None, "征缴率", 10, 10],
        [5, None, "质量", "及时性", 10, 8],  # new 二级 in the same 一级
    ])
    t = read_tables(g)[0]
    got = [(r.level1, r.level1_ref, r.level2, r.level2_ref) for r in t.rows]
    assert got == [
        ("决策", "B2", "决策过程", "C2"),
        ("决策", "B2", "决策过程", "C2"),
        ("产出", "B4", "数量", "C4"),
        ("产出", "B4", "数量", "C4"),
        ("产出", "B4", "质量", "C6"),
    ]
    assert [(s.name, s.stated_weight, len(s.rows)) for s in t.sections] == [
        ("决策", D(10), 2), ("产出", D(20), 3),
    ]


def test_new_level1_without_level2_does_not_inherit_previous_level2() -> None:
    g = Grid.from_rows("s", [
        HEADER,
        [1, "决策", "决策过程", "程序规范", 5, 5],
        [2, "满意度", None, "满意度", 5, 4],
    ])
    t = read_tables(g)[0]
    assert t.rows[1].level2 is None


def test_level2_merged_horizontally_with_level1_is_not_a_level2() -> None:
    g = Grid.from_rows("s", [HEADER, [1, "满意度指标(10分)", None, "群众满意度", 10, 9]],
                       merged=[(2, 2, 2, 3)])
    r = read_tables(g)[0].rows[0]
    assert (r.level1, r.level1_weight, r.level2) == ("满意度指标", D(10), None)


def test_two_tables_on_one_sheet_with_titles() -> None:
    g = Grid.from_rows("s", [
        ["表一 项目A评分表"],
        HEADER,
        [1, "决策", "过程", "程序", 10, 9],
        ["合计", None, None, None, 10, 9],
        [],
        ["评价等级", "优"],
        [],
        ["表二 项目B评分表"],
        HEADER,
        [1, "产出", "数量", "人数", 20, 18],
        [2, None, None, "次数", 30, 30],
        ["合计", None, None, None, 50, 48],
    ])
    t1, t2 = read_tables(g)
    assert (t1.title, t1.header_row, len(t1.rows), t1.last_row) == ("表一 项目A评分表", 2, 1, 4)
    assert (t2.title, t2.title_ref, t2.header_row, len(t2.rows)) == ("表二 项目B评分表", "A8", 9, 2)
    assert t1.grade is not None and (t1.grade.raw, t1.grade.ref) == ("优", "B6")
    assert t2.grade is None
    assert t2.total.score.number == D(48)
    assert t2.rows[0].score.ref == "F10"


def test_same_header_after_total_starts_a_new_table_even_without_title() -> None:
    g = Grid.from_rows("s", [
        HEADER, [1, "决策", "过程", "程序", 10, 9], ["合计", None, None, None, 10, 9],
        [], HEADER, [1, "产出", "数量", "人数", 20, 18],
    ])
    assert [len(t.rows) for t in read_tables(g)] == [1, 1]


def test_different_header_starts_a_new_table() -> None:
    g = Grid.from_rows("s", [
        HEADER, [1, "决策", "过程", "程序", 10, 9],
        ["二级指标", "三级指标", "权重", "自评得分"], ["数量", "人数", 20, 18],
    ])
    t1, t2 = read_tables(g)
    assert t2.columns == {"level2": 1, "level3": 2, "weight": 3, "score": 4}
    assert t2.rows[0].score.ref == "D4"


def test_continued_title_keeps_one_table() -> None:
    g = Grid.from_rows("s", [
        ["项目评分表"], HEADER, [1, "决策", "过程", "程序", 10, 9],
        ["续表"], HEADER, [2, None, None, "目标", 10, 10],
    ])
    (t,) = read_tables(g)
    assert t.title == "项目评分表"
    assert [r.level1 for r in t.rows] == ["决策", "决策"]
    assert t.repeated_header_rows == [5]


def test_blank_spacer_rows_are_skipped() -> None:
    g = Grid.from_rows("s", [
        HEADER, [], [1, "决策", "过程", "程序", 10, 9], [], ["", "  ", None], [2, None, None, "目标", 5, 5],
        [], [], ["合计", None, None, None, 15, 14],
    ])
    t = read_tables(g)[0]
    assert [r.row for r in t.rows] == [3, 6]
    assert t.rows[1].level1 == "决策"
    assert t.total.row == 9


def test_synonyms() -> None:
    g = Grid.from_rows("s", [
        ["序号", "一级指标", "二级指标", "三级指标", "全年指标值", "评分规则", "权重", "实际完成值",
         "自评得分", "得分率", "扣分原因", "指标说明", "计分规则"],
        [1, "产出", "数量", "参保人数", "≥173218", "完成得满分", 5, "176268人", "5", "100%", "无",
         "参保人数", "PASS_FAIL"],
    ])
    t = read_tables(g)[0]
    r = t.rows[0]
    assert (r.target.raw, r.standard, r.weight.number) == ("≥173218", "完成得满分", D(5))
    assert (r.value.number, r.value.ref) == (D(176268), "H2")
    assert (r.score.raw, r.score.number) == ("5", D(5))  # score typed as text
    assert (r.rate.number, r.process, r.explain) == (D(1), "无", "参保人数")
    assert (r.rule, r.rule_ref) == ("PASS_FAIL", "M2")


@pytest.mark.parametrize(("header", "field"), [
    ("分 值（分）", "weight"), ("得分(分)", "score"), ("权重分值", "weight"), ("标准分值", "weight"),
    ("评价得分", "score"), ("实际得分", "score"), ("目标值", "target"), ("标准值", "target"),
    ("年度指标值", "target"), ("绩效目标", "target"), ("评分细则", "standard"), ("评价标准", "standard"),
    ("业绩值", "value"), ("完成情况", "value"), ("实际完成情况", "value"), ("完成值", "value"),
    ("实际值", "value"), ("评分过程", "process"), ("得分说明", "process"), ("指标解释", "explain"),
    ("一级\n指标", "level1"), ("得分率（%）", "rate"), ("分数", "weight"),
])
def test_header_synonym(header: str, field: str) -> None:
    cols = match_header_row([(1, "三级指标"), (2, "序号"), (3, header), (4, "分值"), (5, "得分")])
    assert cols is not None and cols[field] == 3


def test_indicator_name_column_is_level3_only_without_level3() -> None:
    assert match_header_row([(1, "指标名称"), (2, "分值"), (3, "得分")]) == {
        "level3": 1, "weight": 2, "score": 3,
    }
    cols = match_header_row([(1, "三级指标"), (2, "具体指标"), (3, "分值"), (4, "得分")])
    assert cols == {"level3": 1, "weight": 3, "score": 4}


def test_normalise_header() -> None:
    assert normalise_header(" 分 值\n（分） ") == "分值"
    assert normalise_header("ＡＢ") == "AB"


@pytest.mark.parametrize(("text", "name", "weight"), [
    ("决策指标 (10分)", "决策指标", D(10)),  # 000 line 444
    ("决策指标（10分）", "决策指标", D(10)),
    ("决策(10)", "决策", D(10)),
    ("部门决策 (15 分)", "部门决策", D(15)),  # 002 line 579
    ("B 过程指标（22 分）", "B 过程指标", D(22)),  # 000 line 295
    ("资金配置(5分)", "资金配置", D(5)),
    ("决策指标（10.5分）", "决策指标", D("10.5")),
    ("决策【权重10分】", "决策", D(10)),
    ("部门\n效益 (30\n分)", "部门效益", D(30)),
    ("产出质量", "产出质量", None),
    ("(10分)", "(10分)", None),  # nothing but a weight: keep as name
    ("满意度(%)", "满意度(%)", None),
    ("  ", None, None),
    (None, None, None),
])
def test_parse_level_name(text: str | None, name: str | None, weight: Decimal | None) -> None:
    assert parse_level_name(text) == (name, weight)


def test_no_table_raises_layout_not_recognised() -> None:
    g = Grid.from_rows("说明", [["本表说明"], ["分值", "得分", "备注"], [5, 4, "无"]])
    assert read_tables(g) == []
    with pytest.raises(LayoutNotRecognised) as exc:
        read_workbook_tables([g, Grid.from_rows("空", [])])
    assert exc.value.message_zh == NO_TABLE_MESSAGE
    assert exc.value.code == "layout-not-recognised"
    with pytest.raises(LayoutNotRecognised, match="说明"):
        read_scoring_table(g)


def test_workbook_reads_all_sheets_in_order() -> None:
    a = Grid.from_rows("A", [HEADER, [1, "决策", "过程", "程序", 10, 9]])
    b = Grid.from_rows("B", [["说明"]])
    c = Grid.from_rows("C", [HEADER, [1, "产出", "数量", "人数", 20, 18]])
    assert [t.sheet for t in read_workbook_tables([a, b, c])] == ["A", "C"]


def test_near_miss_header_with_two_known_names() -> None:
    assert match_header_row([(1, "项目"), (2, "分值"), (3, "得分")]) is None
    # three known names but neither weight nor score
    assert match_header_row([(1, "一级指标"), (2, "二级指标"), (3, "三级指标")]) is None


def test_near_miss_total_word_inside_indicator_name() -> None:
    g = Grid.from_rows("s", [
        HEADER,
        [1, "产出", "数量", "合计参保人数", 5, 5],
        [2, None, None, "合 计", None, None],  # whole label (spaces ignored): a total
    ])
    t = read_tables(g)[0]
    assert [r.level3 for r in t.rows] == ["合计参保人数"]
    assert [(x.row, x.label, x.kind) for x in t.totals] == [(3, "合 计", "total")]


def test_subtotals_in_level1_column_and_total() -> None:
    """Seed 000 lines 271-274: 小计 under each 一级 block (label in the 一级 column)."""
    g = Grid.from_rows("s", [
        ["一级指标", "二级指标", "三级指标", "权重", "目标值", "业绩值", "得分", "得分率"],
        ["A 决策指标", "A1 政策制定", "A11 政策制定依据及程序相关性", 5, "……", "设立符合国家政策", 5,
         "100.00%"],
        [None, "A2 决策过程", "A21 预决算程序合规性", 5, "……", "程序规范完整", 5, "100.00%"],
        ["小计", None, None, 10, None, None, 10, "100.00%"],
        ["D 效益指标 (25 分)", "D1 社会效益", "D11 保障参保人员基本医疗水平", 10, "……",
         "……其中 370 份（占比 84.70%）……", 8.47, "84.70%"],
        ["小计", None, None, 10, None, None, 8.47, "84.70%"],
        ["总分", None, None, 20, None, None, 18.47, None],
    ])
    t = read_tables(g)[0]
    assert [(x.label, x.kind, x.level1) for x in t.totals] == [
        ("小计", "subtotal", "A 决策指标"),
        ("小计", "subtotal", "D 效益指标"),
        ("总分", "total", None),
    ]
    assert [x.score.number for x in t.subtotals] == [D(10), D("8.47")]
    assert t.total.score.ref == "G7"
    assert t.rows[2].value.raw.startswith("……")
    assert t.rows[2].rate.number == D("0.847")


def test_total_score_beside_label_and_grade_below() -> None:
    g = Grid.from_rows("s", [
        HEADER,
        [1, "决策", "过程", "程序", 10, 9],
        ["总分", 9, None, "绩效等级"],
        [None, None, None, "良"],
    ])
    t = read_tables(g)[0]
    assert (t.total.score.number, t.total.score.ref) == (D(9), "B3")
    assert (t.grade.raw, t.grade.ref) == ("良", "D4")
    assert len(t.rows) == 1


def test_grade_on_total_row_and_inline_grade() -> None:
    g = Grid.from_rows("s", [
        HEADER, [1, "决策", "过程", "程序", 10, 9],
        ["合计", None, None, None, 10, 9, "评价等级", "优"],
    ])
    t = read_tables(g)[0]
    assert t.total.score.number == D(9)
    assert (t.grade.raw, t.grade.ref) == ("优", "H3")
    g2 = Grid.from_rows("s", [HEADER, [1, "决策", "过程", "程序", 10, 9], ["评价等级：优"]])
    assert read_tables(g2)[0].grade.raw == "优"


def test_value_cells_keep_raw_text() -> None:
    g = Grid.from_rows("s", [
        ["三级指标", "标准值", "实际完成值", "分值", "得分"],
        ["合规性", "符合", "符合", 2, 2],
        ["资金分配", "—", "缺省", 3, 3],
        ["支出完成率", "95%-100%", "96.87%", 4, "3.6"],
        ["参保率", 0.95, 0.9687, 4, None],
    ], number_formats={(5, 2): "0.00%", (5, 3): "0.00%"})
    rows = read_tables(g)[0].rows
    assert (rows[0].value.raw, rows[0].value.number) == ("符合", None)
    assert "符合" in rows[0].value.error
    assert rows[1].value.is_not_applicable and rows[1].value.error
    assert (rows[1].target.number, rows[1].target.error) == (None, None)  # "—" means empty
    assert (rows[2].value.number, rows[2].score.number) == (D("0.9687"), D("3.6"))
    assert rows[2].target.error  # a range is not a number
    # a percent-formatted numeric cell stays as stored
    assert rows[3].value.number == D("0.9687") and rows[3].value.is_percent_format
    assert rows[3].target.number_format == "0.00%"
    # blank score: the column exists, so the cell is there with its ref
    assert rows[3].score.is_blank and rows[3].score.ref == "E5"
    assert rows[3].score.number is None and rows[3].score.error is None


def test_two_row_header_with_sub_headers() -> None:
    g = Grid.from_rows("s", [
        ["指标", None, None, "分值", "评价结果", None],
        ["一级指标", "二级指标", "三级指标", None, "得分", "得分率"],
        ["决策", "过程", "程序", 10, 9, "90%"],
    ], merged=[(1, 1, 1, 3), (1, 4, 2, 4), (1, 5, 1, 6)])
    (t,) = read_tables(g)
    assert t.header_row == 2
    assert t.columns == {"level1": 1, "level2": 2, "level3": 3, "weight": 4, "score": 5, "rate": 6}
    assert t.rows[0].score.ref == "E3"


def test_sub_header_row_below_merged_header() -> None:
    g = Grid.from_rows("s", [
        ["序号", "三级指标", "指标值", "评价情况", None],
        [None, None, None, "分值", "得分"],
        [1, "程序", "规范", 10, 9],
    ], merged=[(1, 1, 2, 1), (1, 2, 2, 2), (1, 3, 2, 3), (1, 4, 1, 5)])
    (t,) = read_tables(g)
    assert t.header_row == 2
    assert t.columns == {"seq": 1, "level3": 2, "target": 3, "weight": 4, "score": 5}


def test_notes_after_table_are_not_indicators() -> None:
    g = Grid.from_rows("s", [
        HEADER, [1, "决策", "过程", "程序", 10, 9],
        ["注：得分保留两位小数。"],
        [None, "评价人：张三"],
    ], merged=[(3, 1, 3, 6)])
    assert len(read_tables(g)[0].rows) == 1


def test_rows_without_level3_but_with_weight_are_indicators() -> None:
    g = Grid.from_rows("s", [HEADER, [1, "满意度", "服务对象满意度", None, 10, 10]])
    (r,) = read_tables(g)[0].rows
    assert (r.level3, r.name, r.weight.number) == (None, "服务对象满意度", D(10))


def test_table_without_level_columns_has_one_unnamed_section() -> None:
    g = Grid.from_rows("s", [["序号", "指标名称", "分值", "得分"], [1, "参保率", 5, 4.5]])
    t = read_tables(g)[0]
    assert [(s.name, s.ref, len(s.rows), s.groups) for s in t.sections] == [(None, None, 1, [])]


def test_block_label_rows_carry_down_and_are_not_indicators() -> None:
    g = Grid.from_rows("s", [
        HEADER,
        ["一", "决策", None, None, 20, None],
        [None, None, "决策过程", None, None, None],
        [1, None, None, "程序规范", 10, 10],
        [2, None, None, "目标明确", 10, 8],
        ["二", "产出（30分）", None, None, None, None],
        [3, None, "数量", "参保率", 30, 27],
    ])
    t = read_tables(g)[0]
    assert [r.level3 for r in t.rows] == ["程序规范", "目标明确", "参保率"]
    assert [(s.name, s.stated_weight, s.ref) for s in t.sections] == [
        ("决策", D(20), "B2"), ("产出", D(30), "B6"),
    ]
    assert [(r.level2, r.level2_ref) for r in t.rows] == [
        ("决策过程", "C3"), ("决策过程", "C3"), ("数量", "C7"),
    ]


def test_inline_grade_right_above_next_header_is_not_its_title() -> None:
    g = Grid.from_rows("s", [
        HEADER, [1, "决策", "过程", "程序", 10, 9], ["合计", None, None, None, 10, 9],
        ["评价等级：优"],
        HEADER, [1, "产出", "数量", "人数", 20, 18],
    ])
    t1, t2 = read_tables(g)
    assert (t1.grade.raw, t1.grade.ref) == ("优", "A4")
    assert t2.title is None
