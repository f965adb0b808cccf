"""`jixiao validate` on 评分表 filled in Word (.docx): six real published tables (word_tables.py; sources and
the hand list in docs/notes/p10.md), each written as Word writes it, then validated by the same loader, reader
and checks as a workbook.

Expected findings are the hand list's (the printed numbers' arithmetic, rows counted in the Word table as a
user sees it), never copied from a run.
"""

from __future__ import annotations

import hashlib
import json
from decimal import Decimal
from pathlib import Path

import docx
import pytest
from click.testing import CliRunner
from word_docs import WordTable, save_docx
from word_tables import DOCUMENTS, W1, W2, W4, W5, W6

from jixiao.cli import cli
from jixiao.grid import Grid
from jixiao.reading.docx import word_text
from jixiao.validation import Severity, validate_workbook
from tests.selfeval.tables import LINGLING, TANGXI

#: document → the errors and warnings a careful checker finds: (表, where in Word, check)
HAND = {
    # W1 seed 000: arithmetic all right; the standard of 收入/支出预算完成 puts 100% in two bands (a real
    # ambiguity of the printed standard, not a score slip)
    "W1_华宁.docx": {("表1", "第12行 评分标准列", "rule-ambiguous"), ("表1", "第13行 评分标准列", "rule-ambiguous")},
    # W2 seed 002: 社会效益 12 ÷ 14 = 85.71%, printed 86.67%
    "W2_青云谱.docx": {("表1", "第15行 得分率列", "score-rate-mismatch")},
    # W3: both tables are excerpts (weights 50 and 25 of 100): said, nothing else
    "W3_四川得分表.docx": {("表1", "第2行 分值列", "total-weight"), ("表2", "第2行 三级指标列", "total-weight")},
    # W4: 年度资金总额 0 / 0 / 0 over 其中 90 / 89.974 / 89.974; its 执行率 printed 0 over a 0 budget;
    # the 满意度 row is cut off by the excerpt (未填写)
    "W4_棠溪镇.docx": {("表1", "第4行 年初预算数列", "fund-sum"), ("表1", "第4行 全年预算数列", "fund-sum"),
                    ("表1", "第4行 全年执行数列", "fund-sum"), ("表1", "第4行 执行率列", "rate-zero-budget"),
                    ("表1", "第21行 得分列", "score-missing")},
    # W5: no slip; three standards say "每超过一个百分点扣…" without saying how a part point counts; excerpt
    "W5_岳阳科技局.docx": {("表1", "第2行 评分标准列", "rule-ambiguous"), ("表1", "第3行 评分标准列", "rule-ambiguous"),
                       ("表1", "第8行 评分标准列", "rule-ambiguous"), ("表1", "第2行 分值列", "total-weight")},
    # W6: 3824.26 ÷ 4753.66 = 80.45% printed 100%, scored 10 instead of 8.04; 效益 18 of (30分): excerpt
    "W6_零陵林业局.docx": {("表1", "第3行 执行率列", "rate-mismatch"), ("表1", "第3行 得分列", "budget-score"),
                       ("表1", "第21行 一级指标列", "weights-sum"), ("表1", "第3行 分值列", "total-weight")},
}


def _save(tmp_path: Path, name: str, tables: list[WordTable] | None = None) -> Path:
    return save_docx(tmp_path / name, tables or DOCUMENTS[name], title="绩效评价报告（节选）")


def _found(path: Path) -> set[tuple[str, str, str]]:
    return {(f.sheet, f.cell, f.check) for f in validate_workbook(path).findings
            if f.severity in (Severity.ERROR, Severity.WARNING)}


@pytest.mark.parametrize("name", sorted(HAND))
def test_each_document_gives_the_hand_list(tmp_path, name):
    assert _found(_save(tmp_path, name)) == HAND[name]


def test_the_word_table_and_the_workbook_go_through_one_path(tmp_path):
    # the same printed table as .xlsx (sheet rows) and as .docx (table rows): the same checks fire,
    # with the same expected and actual values
    for table, word in [(TANGXI, W4), (LINGLING, W6)]:
        xlsx = validate_workbook(table.save(tmp_path / "t.xlsx")).findings
        word_found = validate_workbook(save_docx(tmp_path / "t.docx", [word])).findings
        assert sorted((f.check, f.expected, f.actual) for f in xlsx) == \
            sorted((f.check, f.expected, f.actual) for f in word_found)


def test_budget_score_message_names_word_cells(tmp_path):
    (f,) = [f for f in validate_workbook(_save(tmp_path, "W6_零陵林业局.docx")).findings
            if f.check == "budget-score"]
    assert (f.expected, f.actual) == ("8.04", "10")  # 10 × 3824.26 ÷ 4753.66 = 8.045 → 8.04
    assert f.message.startswith("第3行 得分列：")
    assert "第3行 全年执行数列 ÷ 全年预算数 第3行 全年预算数列" in f.message  # "全年\n执行数" joined
    assert not any(c.isascii() and c.isupper() for c in f.message)  # no A1 reference left


def test_numbers_printed_with_fen_and_spaces(tmp_path):
    # W1 prints 得分 "3.6 分" and 合计 " 93.99 ": read as 3.6 and 93.99, the 合计 checks (93.99 = Σ)
    path = _save(tmp_path, "W1_华宁.docx")
    (summary,) = validate_workbook(path).tables
    assert summary.total == Decimal("93.99")
    assert summary.total_cell == "第19行 得分列"  # header 1 + 17 indicator rows → 合计 is Word row 19
    # a 合计 typed one point too high is caught at its Word cell, against the hand sum 93.99
    rows = [list(r) for r in W1.rows]
    rows[18][7] = "94.99 分"
    changed = WordTable(W1.source, W1.caption, rows, W1.merged, W1.before, W1.after)
    found = [f for f in validate_workbook(save_docx(tmp_path / "改.docx", [changed])).findings
             if f.check == "total-sum"]
    assert [(f.sheet, f.cell, f.expected, f.actual) for f in found] == [("表1", "第19行 得分列", "93.99", "94.99")]


def test_two_tables_in_one_document_are_both_checked(tmp_path):
    report = validate_workbook(_save(tmp_path, "W3_四川得分表.docx"))
    assert [t.sheet for t in report.tables] == ["表1", "表2"]
    assert [t.title for t in report.tables] == ["项目支出绩效评价得分表", "2017 年部门整体支出绩效评价得分表"]
    # 表1: 20 + 9 + 19 = 48 (no 总分 row printed → no total, no grade: the weights say rows are missing)
    assert report.tables[0].total is None


def test_row_printing_dash_as_weight_and_score_does_not_apply(tmp_path):
    # seed 002 (得分一览表, lines 287-306): "生态效益 | —— | ——" — the indicator does not apply. Not a
    # 得分 "不是数字", and the 合计 88.8 = 12.2 + 18.6 + 30 + 28 is checked (and right)
    path = save_docx(tmp_path / "青云谱.docx", [W2])
    report = validate_workbook(path)
    assert not [f for f in report.findings if f.check in ("score-not-number", "total-incomplete", "total-sum")]
    assert report.tables[0].total == Decimal("88.8")
    assert "生态效益" not in [label for label, _, _ in report.tables[0].indicators]
    # a dash only in 得分, with a 分值 printed, is still said (a score is owed)
    rows = [list(r) for r in W2.rows]
    rows[15][2] = "3"  # 生态效益 分值 3 (and 可持续影响 … unchanged): 得分 "——" is now a missing score
    changed = WordTable(W2.source, W2.caption, rows, W2.merged)
    found = {(f.cell, f.check) for f in validate_workbook(save_docx(tmp_path / "改.docx", [changed])).findings}
    assert ("第16行 得分列", "score-not-number") in found


# ------------------------------------------------------------------------------------------ the CLI


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_folder_mixing_workbooks_and_word_documents(tmp_path):
    folder = tmp_path / "收表"
    folder.mkdir()
    xlsx = LINGLING.save(folder / "零陵.xlsx")
    word = _save(folder, "W6_零陵林业局.docx")
    before = {p: _digest(p) for p in (xlsx, word)}
    csv = tmp_path / "问题.csv"
    res = CliRunner().invoke(cli, ["validate", str(folder), "--json", "--csv", str(csv),
                                   "--out", str(tmp_path / "副本")])
    assert res.exit_code == 1, res.output
    files = {Path(f["path"]).name: f for f in json.loads(res.stdout)["files"]}
    assert set(files) == {"零陵.xlsx", "W6_零陵林业局.docx"}
    cells = {(x["sheet"], x["cell"], x["check"]) for x in files["W6_零陵林业局.docx"]["findings"]}
    assert ("表1", "第3行 执行率列", "rate-mismatch") in cells
    assert ("自评表", "G5", "rate-mismatch") in {(x["sheet"], x["cell"], x["check"])
                                               for x in files["零陵.xlsx"]["findings"]}
    assert "W6_零陵林业局.docx,表1,第3行 得分列,budget-score,错误," in csv.read_text("utf-8-sig")
    # the workbook gets its annotated copy, the Word document a sentence saying why not
    assert [p.name for p in (tmp_path / "副本").iterdir()] == ["零陵.校验.xlsx"]
    assert "W6_零陵林业局.docx：Word 文档不生成批注副本" in res.stderr
    assert {p: _digest(p) for p in (xlsx, word)} == before  # inputs untouched


def test_one_word_file_prints_where_a_user_finds_it(tmp_path):
    word = _save(tmp_path, "W4_棠溪镇.docx")
    res = CliRunner().invoke(cli, ["validate", str(word)])
    assert res.exit_code == 1
    assert f"{word}  表1 第4行 年初预算数列  [fund-sum]  第4行 年初预算数列：“年度资金总额”年初预算数 0，" \
           "其中各项之和为 90" in res.stdout


def test_unreadable_word_files_one_message_each_and_the_run_goes_on(tmp_path):
    ole = bytes.fromhex("D0CF11E0A1B11AE1") + bytes(504)  # an OLE2 container: old .doc, encrypted .docx
    (tmp_path / "旧版.doc").write_bytes(ole)
    (tmp_path / "加密.docx").write_bytes(ole)
    whole = _save(tmp_path, "W2_青云谱.docx").read_bytes()
    (tmp_path / "损坏.docx").write_bytes(whole[: len(whole) // 2])
    d = docx.Document()
    d.add_paragraph("只有正文，没有表格")
    d.save(tmp_path / "无表格.docx")
    d = docx.Document()
    t = d.add_table(rows=2, cols=2)
    t.cell(0, 0).text, t.cell(0, 1).text = "姓名", "电话"
    d.save(tmp_path / "通讯录.docx")
    res = CliRunner().invoke(cli, ["validate", str(tmp_path)])
    assert res.exit_code == 3
    said = {ln.split("  ")[0]: ln for ln in res.stdout.splitlines() if "[unreadable]" in ln}
    assert "旧版 Word 97-2003 文档（.doc）" in said[str(tmp_path / "旧版.doc")]
    assert "加密" in said[str(tmp_path / "加密.docx")]
    assert "损坏" in said[str(tmp_path / "损坏.docx")]
    assert "没有表格" in said[str(tmp_path / "无表格.docx")]
    assert "未找到评分表表头" in said[str(tmp_path / "通讯录.docx")]
    assert "[score-rate-mismatch]" in res.stdout  # the good document was still checked
    assert "已检查 6 个文件：1 通过，0 有问题，5 无法读取" in res.stderr


def test_w5_caption_and_text_around_the_table(tmp_path):
    # "附件2" and "四、自评结论" are text before the table; the caption is the title right above it
    report = validate_workbook(_save(tmp_path, "W5_岳阳科技局.docx"))
    assert report.tables[0].title == "科技局整体支出绩效评价评分表"
    assert W5.before == ["四、自评结论", "附件2"]


def test_text_quoted_from_the_table_keeps_its_letters_and_digits(tmp_path):
    # a 评分标准 naming a grade "B2级" inside a table of 5 columns: B2 is also a cell of the table, but the
    # standard is quoted as printed; only the finding's own reference is said in Word terms
    grid = Grid("表1", max_row=6, max_col=5, row_offset=1)
    grid.values[(2, 5)] = "得分"
    said = word_text(grid, "E4：未能读懂指标“质量”的评分标准（“达到B2级得3分”）", [2])
    assert said == "第3行 得分列：未能读懂指标“质量”的评分标准（“达到B2级得3分”）"


def test_word_lock_files_in_a_folder_are_skipped_and_named(tmp_path):
    # Word (like Excel/WPS) leaves "~$名称.docx" beside an open document: never a 评分表, skipped with the reason
    from jixiao.collect import EXTENSIONS, WORD_EXTENSIONS, find_workbooks

    (tmp_path / "~$第01县.docx").write_bytes(b"\x00" * 162)
    save_docx(tmp_path / "第01县.docx", [W1])
    found, skipped = find_workbooks(tmp_path, extensions=EXTENSIONS + WORD_EXTENSIONS)
    assert [p.name for p in found] == ["第01县.docx"]
    assert [(Path(p).name, "Word" in why) for p, why in skipped] == [("~$第01县.docx", True)]
