"""A 评分表 that Word split into two tables (page break, header repeated, the 一级 cell of the
continuation left blank) is read as one table; another table with its own caption is not
joined, and is named so the author can pick it with --table."""

from __future__ import annotations

import docx
from click.testing import CliRunner

from jixiao.cli import cli
from jixiao.templates.authoring import new_template
from jixiao.templates.spec import load_all_specs
from tests.authoring.seed_tables import table_rows, write_docx

SEED000 = next(s for s in load_all_specs() if s.id == "seed000-huaning-zhigong")


def _add_table(d, rows, merges):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    for r1, c1, r2, c2 in merges:
        t.cell(r1, c1).merge(t.cell(r2, c2))
    for r, row in enumerate(rows):
        for c, v in enumerate(row):
            if v is not None:
                t.cell(r, c).text = str(int(v) if isinstance(v, float) and v == int(v) else v)


def _split_doc(path):
    rows, merges = table_rows(SEED000)
    header, body = rows[0], rows[1:]
    cut = 9  # rows 1-9 on page 1; rows 10-17 and 合计 on page 2 (inside 产出指标)
    d = docx.Document()
    d.add_paragraph(f"附件：{SEED000.title}")
    first = [header, *body[:cut]]
    _add_table(d, first, [(a, c, min(b, cut), c) for a, c, b, _ in merges if a <= cut])
    d.add_paragraph("")  # the page break
    second = [header, *body[cut:]]
    second[1][1] = None  # 产出指标 not repeated on the new page
    second[1][2] = None  # nor 缴费政策落实 (its merge spans the page break)
    _add_table(d, second, [(a - cut, c, b - cut, c) for a, c, b, _ in merges if a > cut])
    d.add_paragraph("附件2：满意度调查统计表")
    _add_table(d, [["序号", "三级指标", "分值", "得分"], [1, "问卷回收率", 5, 5]], [])
    d.save(path)
    return path


def test_split_word_table_reads_like_the_whole_one(tmp_path):
    whole = new_template(write_docx(SEED000, tmp_path / "whole.docx"), tmp_path / "a",
                         spec_id="x").spec
    res = new_template(_split_doc(tmp_path / "split.docx"), tmp_path / "b", spec_id="x")
    split = res.spec
    assert [(i.section, i.group, i.name, i.weight, i.scoring) for i in split.indicators()] == \
        [(i.section, i.group, i.name, i.weight, i.scoring) for i in whole.indicators()]
    assert split.full == 100 and len(list(split.indicators())) == 17
    assert res.draft.read_from.startswith("表1、表2（")
    assert res.draft.not_read == ["第2张 表3（附件2：满意度调查统计表）"]


def test_cli_names_the_tables_it_did_not_read(tmp_path):
    src = _split_doc(tmp_path / "split.docx")
    runner = CliRunner()
    res = runner.invoke(cli, ["templates", "new", str(src), "--id", "x", "--out", str(tmp_path)])
    assert "另有 1 张表未读（用 --table N 选择）：第2张 表3（附件2：满意度调查统计表）" in res.stderr
    res = runner.invoke(cli, ["templates", "new", str(src), "--id", "y", "--table", "2",
                              "--out", str(tmp_path)])
    # the 5-point 满意度 table chosen by --table: no 合计 row, not out of 100 → not graded (p20), spec written
    assert res.exit_code == 1 and "[grade-withheld]" in res.stdout, res.output
    assert "读取：表3（附件2：满意度调查统计表）" in res.stderr


def test_templates_new_joins_word_tables_exactly_as_validate_reads_them(tmp_path):
    """One rule for "the table goes on": a continuation the docx loader keeps apart (here one
    more, empty, column on the second page) is two tables for templates new too — before,
    templates new joined them by their column names and validate did not."""
    rows, merges = table_rows(SEED000)
    header, body = rows[0], rows[1:]
    cut = 9
    d = docx.Document()
    d.add_paragraph(f"附件：{SEED000.title}")
    _add_table(d, [header, *body[:cut]], [(a, c, min(b, cut), c) for a, c, b, _ in merges if a <= cut])
    d.add_paragraph("")
    second = [[*row, None] for row in (header, *body[cut:])]  # one more (empty) column
    _add_table(d, second, [(a - cut, c, b - cut, c) for a, c, b, _ in merges if a > cut])
    src = tmp_path / "cols.docx"
    d.save(src)
    from jixiao.reading.docx import docx_grids

    grids = docx_grids(src)
    assert [g.name for g in grids] == ["表1", "表2"]  # validate: two tables
    res = new_template(src, tmp_path / "out", spec_id="x")
    parts = [res.draft.read_from, *res.draft.not_read]
    assert len(parts) == 2 and not any("表1、表2" in p for p in parts)
