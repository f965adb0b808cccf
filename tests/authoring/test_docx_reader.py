"""Word tables → Grid: merged cells, multi-line cells, captions, damaged files."""

from __future__ import annotations

import zipfile
from pathlib import Path

import docx
import pytest

from jixiao.errors import WorkbookUnreadable
from jixiao.reading import read_tables
from jixiao.reading.docx import docx_grids
from tests.hostile.make_round2 import _flag_media


def _doc(tmp_path):
    d = docx.Document()
    d.add_paragraph("正文第一段，不是表题，因为后面还有一段。")
    d.add_paragraph("附件2：2024年某项目绩效评价指标体系")
    t = d.add_table(rows=5, cols=5)
    for c, h in enumerate(["一级指标", "二级指标", "三级指标", "评分标准", "分值"]):
        t.cell(0, c).text = h
    t.cell(1, 0).merge(t.cell(3, 0))  # vertical merge over three rows
    t.cell(1, 0).text = "决策（10分）"
    t.cell(1, 1).merge(t.cell(2, 1))
    t.cell(1, 1).text = "过程"
    t.cell(3, 1).text = "目标"
    rows = [("立项依据", "符合得4分，\n否则不得分", "4"), ("执行率", "≥90%得3分；否则不得分", "3"),
            ("目标明确", "符合得3分，否则不得分", "3")]
    for r, (name, text, w) in enumerate(rows, 1):
        t.cell(r, 2).text = name
        lines = text.split("\n")
        t.cell(r, 3).text = lines[0]
        for line in lines[1:]:
            t.cell(r, 3).add_paragraph(line)  # a second paragraph in the same cell
        t.cell(r, 4).text = w
    t.cell(4, 0).merge(t.cell(4, 3))  # horizontal merge: 合计 over four columns
    t.cell(4, 0).text = "合计"
    t.cell(4, 4).text = "10"
    d.add_paragraph("第二张表之前的说明")
    d.add_table(rows=1, cols=2).cell(0, 0).text = "不是评分表"
    path = tmp_path / "指标体系.docx"
    d.save(path)
    return path


def test_tables_become_grids_with_merges_and_caption(tmp_path):
    grids = docx_grids(_doc(tmp_path))
    assert [g.name for g in grids] == ["表1", "表2"]
    g = grids[0]
    # the paragraph right above the table is its caption, in row 1 over the table width
    assert g.values[(1, 1)] == "附件2：2024年某项目绩效评价指标体系"
    assert (1, 1, 1, 5) in g.merged
    assert (3, 1, 5, 1) in g.merged  # 决策 over table rows 2-4 = grid rows 3-5
    assert (3, 2, 4, 2) in g.merged  # 过程 over two rows
    assert (6, 1, 6, 4) in g.merged  # 合计 over four columns
    assert g.values[(3, 4)] == "符合得4分，\n否则不得分"  # two paragraphs → one line break
    assert (4, 1) not in g.values and (5, 2) in g.values


def test_the_sheet_reader_reads_the_word_table(tmp_path):
    t = read_tables(docx_grids(_doc(tmp_path))[0])[0]
    assert t.title == "附件2：2024年某项目绩效评价指标体系"
    assert [(r.level1, r.level1_weight, r.level2, r.level3, r.weight.number) for r in t.rows] == [
        ("决策", 10, "过程", "立项依据", 4), ("决策", 10, "过程", "执行率", 3),
        ("决策", 10, "目标", "目标明确", 3)]
    assert t.total is not None and t.total.weight.number == 10


# the zip-level refusals come from io.safety.check_package (the workbook loader's check), so
# their wording is the workbook one: "文件不完整或已损坏", "XML实体声明"
@pytest.mark.parametrize(("make", "reason"), [
    (lambda p: p.write_bytes(b""), "文件不完整或已损坏"),
    (lambda p: p.write_bytes(b"PK\x03\x04 truncated"), "文件不完整或已损坏"),
    (lambda p: p.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600), "另存为"),
    (lambda p: zipfile.ZipFile(p, "w").writestr("a.txt", "x"), "缺少正文部件"),
    (lambda p: zipfile.ZipFile(p, "w").writestr(
        "word/document.xml", '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "b">]><x/>'),
     "实体声明"),
    (lambda p: zipfile.ZipFile(p, "w").writestr("word/document.xml", "<not xml"),
     "无法解析"),
])
def test_damaged_documents_are_refused_in_chinese(make, reason, tmp_path):
    p = tmp_path / "坏文件.docx"
    make(p)
    with pytest.raises(WorkbookUnreadable) as ei:
        docx_grids(p)
    assert reason in ei.value.message_zh and "坏文件.docx" in ei.value.message_zh


def _with_part(src: Path, dst: Path, name: str, data: bytes) -> Path:
    """A copy of the .docx ``src`` with one more part."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zout.writestr(info.filename, zin.read(info))
        zout.writestr(name, data)
    return dst


_BILLION_LAUGHS = b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;">]><x>&b;</x>'


# A valid document plus one hostile part that python-docx never opens (no relationship points
# to it): the reader used to scan only parts named .xml/.rels and never decompressed the others,
# so these were read as if nothing were wrong. The package check of io.safety refuses them.
@pytest.mark.parametrize(("make", "reason"), [
    # DTD / entity declarations in parts not named .xml: any name, any content type
    (lambda src, dst: _with_part(src, dst, "word/extra.dat", _BILLION_LAUGHS), "实体声明"),
    (lambda src, dst: _with_part(src, dst, "customXml/item9", _BILLION_LAUGHS), "实体声明"),
    # a part named like an image whose bytes are XML is scanned as XML
    (lambda src, dst: _with_part(src, dst, "word/media/image9.png", _BILLION_LAUGHS), "实体声明"),
    # an XML part declaring an encoding no Office application writes
    (lambda src, dst: _with_part(src, dst, "word/extra.xml",
                                 b'<?xml version="1.0" encoding="UTF-7"?><x/>'), "编码声明"),
    # a zip entry flagged as password-encrypted (ZipCrypto), and one with a broken CRC
    (lambda src, dst: _flag_media(src, dst, encrypt=True, part="word/media/image1.png"), "已加密"),
    (lambda src, dst: _flag_media(src, dst, encrypt=False, part="word/media/image1.png"), "已损坏"),
])
def test_hostile_parts_of_a_valid_document_are_refused(make, reason, tmp_path):
    good = _doc(tmp_path)
    assert docx_grids(good)  # the untouched document reads
    bad = make(good, tmp_path / "坏部件.docx")
    with pytest.raises(WorkbookUnreadable) as ei:
        docx_grids(bad)
    assert reason in ei.value.message_zh and "坏部件.docx" in ei.value.message_zh
