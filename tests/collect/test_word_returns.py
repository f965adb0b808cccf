"""`jixiao collect` takes returns filled in Word (.docx) beside workbooks: one summary.

The documents are the real published tables of tests/reading (sources and hand lists: docs/notes/p10.md,
docs/notes/p14.md): 林业局.docx is W6 (零陵区林业局 自评表, 2 slips), 华宁.docx is W1 (华宁 评分表, no slip,
two rule-ambiguous standards) split over two Word tables by a page break after its Word row 11. Expected
values are the hand lists' (printed numbers, rows counted in each Word table), never copied from a run.
"""

from __future__ import annotations

import hashlib
import json
import sys
from decimal import Decimal
from pathlib import Path

import docx
import openpyxl
import pytest
from click.testing import CliRunner

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "reading"))  # the Word builders live there

from test_word_split import FIRST, REST_HEADED  # noqa: E402
from word_docs import save_docx  # noqa: E402
from word_tables import W6  # noqa: E402

from jixiao.cli import cli  # noqa: E402
from jixiao.collect import WORD_RETURN_NOTE, check_one, collect  # noqa: E402
from tests.selfeval.tables import LINGLING  # noqa: E402

OLE = bytes.fromhex("D0CF11E0A1B11AE1") + bytes(504)  # an OLE2 container: old binary .doc


@pytest.fixture
def returns(tmp_path: Path) -> Path:
    folder = tmp_path / "收表"
    folder.mkdir()
    LINGLING.save(folder / "零陵.xlsx")
    save_docx(folder / "林业局.docx", [W6])
    save_docx(folder / "华宁.docx", [FIRST, REST_HEADED])
    (folder / "旧版.doc").write_bytes(OLE)
    whole = (folder / "华宁.docx").read_bytes()
    (folder / "损坏.docx").write_bytes(whole[: len(whole) // 2])
    d = docx.Document()
    d.add_paragraph("只有正文，没有表格")
    d.save(folder / "无表格.docx")
    (folder / "说明.txt").write_text("报送说明", "utf-8")
    return folder


def _digests(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.iterdir()}


def test_one_summary_for_workbooks_and_word_documents(returns):
    result = collect(returns, jobs=1)
    by = {Path(r.path).name: r for r in result.reports}
    assert set(by) == {"零陵.xlsx", "林业局.docx", "华宁.docx", "旧版.doc", "损坏.docx", "无表格.docx"}
    assert [(Path(p).name, "Word 文档" in why) for p, why in result.skipped] == [("说明.txt", True)]
    assert {n: result.status(r) for n, r in by.items()} == {
        "零陵.xlsx": "有错误", "林业局.docx": "有错误", "华宁.docx": "有警告",
        "旧版.doc": "无法读取", "损坏.docx": "无法读取", "无表格.docx": "无法读取"}
    # each unreadable Word file named with its Chinese reason; the run went on
    assert "另存为" in by["旧版.doc"].error and "损坏" in by["损坏.docx"].error
    assert "没有表格" in by["无表格.docx"].error
    assert result.exit_code == 3
    assert result.summary_line() == "已检查 6 个文件：1 通过，2 有问题，3 无法读取（2 有错误，1 有警告）"


def test_word_return_scores_say_their_word_table_and_row(returns):
    v = check_one(returns / "华宁.docx").verified
    # 93.99 = the printed 得分 of W1 (10 + 22 + 40.52 + 21.47), the split table read as one
    assert v.total == Decimal("93.99")
    cells = {r.name: r.cell for r in v.rows}
    assert cells["基金征缴率"] == "表1 第11行 得分列"  # seq 10: the last row before the page break
    assert cells["收入预算完成"] == "表2 第2行 得分列"  # seq 11: first row under the repeated header
    assert cells["对项目实施情况满意的问卷数量占所有问卷数量的比率, 用以反映和考核项目实施后参保人员的满意度"] \
        == "表2 第8行 得分列"  # seq 17


def test_a_word_return_says_once_it_cannot_be_verified_as_issued(returns):
    for name in ("华宁.docx", "林业局.docx"):
        c = check_one(returns / name)
        notes = [f for f in c.report.findings if f.check == "word-return"]
        assert [(f.sheet, f.cell, f.message) for f in notes] == [("", "", WORD_RETURN_NOTE)]
        assert notes[0].severity.value == "提示"  # not a problem of the return: its status stays
        assert not [f for f in c.report.findings if "formula" in f.check or f.check.startswith("issued")]
        assert c.verified.basis == "表内计分规则（Word 文档）"
    assert not [f for f in check_one(returns / "零陵.xlsx").report.findings if f.check == "word-return"]


def test_the_word_and_the_workbook_form_of_one_table_collect_alike(returns):
    # W6 is the same printed table as 零陵.xlsx: the same findings (values) and the same 核定
    word, book = check_one(returns / "林业局.docx"), check_one(returns / "零陵.xlsx")

    def said(c):
        return sorted((f.check, f.expected, f.actual) for f in c.report.findings if f.check != "word-return")

    assert said(word) == said(book)
    assert (word.verified.total, word.verified.grade) == (book.verified.total, book.verified.grade)
    assert [(r.name, r.reported, r.verified) for r in word.verified.rows] == \
        [(r.name, r.reported, r.verified) for r in book.verified.rows]


def test_cli_collect_writes_word_locations_everywhere(returns, tmp_path):
    before = _digests(returns)
    out, csv, js = tmp_path / "汇总.xlsx", tmp_path / "csv", tmp_path / "汇总.json"
    res = CliRunner().invoke(cli, ["collect", str(returns), "--out", str(out), "--json", str(js),
                                   "--csv", str(csv), "-j", "1"])
    assert res.exit_code == 3, res.output
    # W6's slips, one line each, where the Word user finds them (hand list: 3824.26 ÷ 4753.66 = 80.45%,
    # 10 × 0.8045 = 8.04)
    assert "林业局.docx  表1 第3行 执行率列  [rate-mismatch]" in res.stdout
    assert "林业局.docx  表1 第3行 得分列  [budget-score]" in res.stdout
    files = {Path(f["path"]).name: f for f in json.loads(js.read_text("utf-8"))["files"]}
    assert {(x["sheet"], x["cell"], x["check"]) for x in files["华宁.docx"]["findings"]
            if x["severity"] == "警告"} == {("表2", "第2行 评分标准列", "rule-ambiguous"),
                                           ("表2", "第3行 评分标准列", "rule-ambiguous")}
    wb = openpyxl.load_workbook(out, read_only=True)
    issues = list(wb["问题清单"].iter_rows(values_only=True))
    assert ("警告", "华宁", "表2", "第2行 评分标准列") in {r[:4] for r in issues}
    # the note shared by both Word returns is listed once
    assert [r[:2] for r in issues if r[5] == WORD_RETURN_NOTE] == [("提示", "（2 个文件）")]
    unreadable = {r[0]: r[1] for r in wb["无法读取"].iter_rows(min_row=2, values_only=True)}
    assert "另存为" in unreadable["旧版.doc"] and "没有表格" in unreadable["无表格.docx"]
    assert "说明.txt" in unreadable
    scores = (csv / "得分.csv").read_text("utf-8-sig")
    assert "华宁,华宁.docx,,11,,收入预算完成,4.0,3.6,3.6,表2 第2行 得分列,True" in scores
    assert _digests(returns) == before  # inputs untouched


def test_a_word_return_has_its_tables_read_once(monkeypatch, tmp_path):
    # the mend: validate, 核定 and the Word locations share the tables validate read (was 3 reads per table)
    import jixiao.reading.sheet as sheet

    calls: list[str] = []
    real = sheet.read_tables
    monkeypatch.setattr(sheet, "read_tables", lambda grid: calls.append(grid.name) or real(grid))
    check_one(save_docx(tmp_path / "林业局.docx", [W6]))
    assert calls == ["表1"]
