"""Generate the hostile-file corpus: damaged, odd and malicious workbooks.

    python tests/hostile/make_corpus.py OUT_DIR

``make_corpus(out_dir) -> {kind: path}`` builds every kind it can (kinds that
need LibreOffice or xlwings' sample .xlsm are skipped when those are missing;
``legacy_xls`` falls back to the checked-in ``data/legacy.xls``).
``EXPECTED[kind]`` says what ``jixiao.io.load_workbook`` must do with it:
``None`` = load, otherwise a tuple of key words that the Chinese
``WorkbookUnreadable`` message must contain. Generation is fast (< ~3 s without
LibreOffice) and every file is small (the zip bomb is ~200 KB on disk).
"""

from __future__ import annotations

import io
import os
import re
import shutil
import struct
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

import openpyxl
from openpyxl.packaging.custom import StringProperty

HERE = Path(__file__).resolve().parent
HEADERS = ["序号", "一级指标", "二级指标", "三级指标", "指标值", "评分标准", "分值", "业绩值", "得分"]

#: kind -> None (must load) or key words of the WorkbookUnreadable message
EXPECTED: dict[str, tuple[str, ...] | None] = {
    "not_a_zip": ("不是Excel文件",),
    "truncated_zip": ("不完整", "损坏"),
    "zip_bomb": ("压缩炸弹", "上限"),
    "zip_bomb_lying_size": ("损坏",),
    "zip_many_entries": ("部件过多",),
    "billion_laughs_sheet": ("XML实体声明",),
    "billion_laughs_sharedstrings": ("XML实体声明",),
    "xxe_external_entity": ("XML实体声明",),
    "entity_utf16": ("XML实体声明",),
    "encrypted": ("已加密", "密码"),
    "legacy_xls": None,
    "csv_renamed": ("CSV",),
    "html_renamed": ("HTML",),
    "xml2003_renamed": ("2003",),
    "docx_renamed": ("Word",),
    "empty_workbook": None,
    "empty_file": ("为空",),
    "last_row_touched": None,
    "last_col_touched": None,
    "both_corners_touched": None,
    "dimension_absurd": None,
    "merged_chaos": None,
    "merged_huge": ("合并单元格", "上限"),
    "header_missing": None,
    "duplicate_headers": None,
    "numbers_as_text": None,
    "error_values": None,
    "vba_foreign": None,
    "dde_formula": None,
    "external_link_part": None,
    "wps_like": None,
    "libreoffice_resaved": None,
    "chinese_path": None,
    "readonly_file": None,
    "symlink": None,
    "changing_file": None,
    "fifo": ("不是普通文件",),
    "directory": ("文件夹",),
    "missing": ("不存在",),
}


# --------------------------------------------------------------------------- helpers


def scoring_workbook(rows: list[list[object]] | None = None, headers: list[str] | None = None,
                     title: str = "项目支出绩效自评表") -> openpyxl.Workbook:  # fmt: skip
    """A small 评分表: merged title, header row, merged 一级指标, SUM formula."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "评分表"
    ws["A1"] = title
    ws.merge_cells("A1:I1")
    hdr = headers if headers is not None else HEADERS
    for c, h in enumerate(hdr, start=1):
        ws.cell(row=2, column=c, value=h)
    data = rows if rows is not None else [
        [1, "产出指标", "数量指标", "培训人次", "≥1000人次", "完成得满分，每少10%扣1分", 10, 1060, 10],
        [2, None, "质量指标", "合格率", "≥95%", "达到得满分，否则不得分", 10, 0.9687, 10],
        [3, None, "时效指标", "按时完成率", "100%", "每低1个百分点扣0.5分", 5, 0.98, 4],
        [4, "效益指标", "社会效益", "群众满意度", "≥90%", "每低1个百分点扣1分", 10, 0.92, 10],
    ]  # fmt: skip
    for r, row in enumerate(data, start=3):
        for c, v in enumerate(row, start=1):
            if v is not None:
                ws.cell(row=r, column=c, value=v)
    last = 2 + len(data)
    if rows is None:
        ws.merge_cells("B3:B5")
        ws["H4"].number_format = "0.00%"
        ws["H5"].number_format = "0.00%"
    ws.cell(row=last + 1, column=1, value="合计")
    ws.cell(row=last + 1, column=7, value=f"=SUM(G3:G{last})")
    ws.cell(row=last + 1, column=9, value=f"=SUM(I3:I{last})")
    wb.custom_doc_props.append(StringProperty(name="jixiao.template", value="demo-1"))
    return wb


def _save(wb: openpyxl.Workbook, path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(path)
    return path


def _rewrite_zip(src: Path, dst: Path, patch: dict[str, bytes | None] | None = None,
                 add: dict[str, bytes] | None = None) -> Path:  # fmt: skip
    """Copy a zip, replacing (bytes) or dropping (None) parts, adding new ones."""
    patch = patch or {}
    out = io.BytesIO()
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            if info.filename in patch:
                if patch[info.filename] is not None:
                    zout.writestr(info.filename, patch[info.filename])  # type: ignore[arg-type]
            else:
                zout.writestr(info.filename, zin.read(info))
        for name, blob in (add or {}).items():
            zout.writestr(name, blob)
    dst.write_bytes(out.getvalue())
    return dst


def _part(path: Path, name: str) -> bytes:
    with zipfile.ZipFile(path) as z:
        return z.read(name)


def _laughs(root_tag: bytes) -> bytes:
    ents = [b'<!ENTITY lol "lol">']
    for i in range(1, 10):
        prev = b"&lol;" if i == 1 else f"&lol{i - 1};".encode()
        ents.append(f'<!ENTITY lol{i} "'.encode() + prev * 10 + b'">')
    return (
        b'<?xml version="1.0"?>\n<!DOCTYPE ' + root_tag + b" [\n" + b"\n".join(ents) + b"\n]>\n"
    )


def _soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def _convert(src: Path, fmt: str, outdir: Path) -> Path | None:
    exe = _soffice()
    if not exe:
        return None
    profile = Path(tempfile.mkdtemp(prefix="jixiao-lo-"))
    try:
        subprocess.run(
            [exe, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--convert-to", fmt,
             "--outdir", str(outdir), str(src)],
            check=True, capture_output=True, timeout=120,
        )  # fmt: skip
    except (subprocess.SubprocessError, OSError):
        return None
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    out = outdir / (src.stem + "." + fmt.split(":")[0])
    return out if out.exists() else None


def _xlwings_vba() -> bytes | None:
    try:
        import xlwings  # noqa: F401
    except ImportError:
        return None
    import importlib.util

    spec = importlib.util.find_spec("xlwings")
    if not spec or not spec.origin:
        return None
    xlsm = Path(spec.origin).parent / "quickstart.xlsm"
    if not xlsm.exists():
        return None
    return _part(xlsm, "xl/vbaProject.bin")


# --------------------------------------------------------------------------- the corpus


def make_corpus(out_dir: str | os.PathLike[str], *, use_soffice: bool = True) -> dict[str, Path]:
    """Build every corpus kind under ``out_dir``; returns ``{kind: path}``."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    k: dict[str, Path] = {}
    base = _save(scoring_workbook(), out / "base.xlsx")
    base_bytes = base.read_bytes()

    p = out / "not_a_zip.xlsx"
    p.write_bytes(bytes(range(256)) * 8)
    k["not_a_zip"] = p

    p = out / "truncated_zip.xlsx"
    p.write_bytes(base_bytes[: len(base_bytes) // 2])
    k["truncated_zip"] = p

    # zip bomb: 200 MB of zeros in the sheet part, declared honestly (~200 KB on disk)
    p = out / "zip_bomb.xlsx"
    buf = io.BytesIO()
    with zipfile.ZipFile(base) as zin, zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            if info.filename == "xl/worksheets/sheet1.xml":
                zi = zipfile.ZipInfo(info.filename)
                zi.compress_type = zipfile.ZIP_DEFLATED
                with zout.open(zi, "w", force_zip64=True) as fh:
                    chunk = b"\0" * (1 << 20)
                    for _ in range(200):
                        fh.write(chunk)
            else:
                zout.writestr(info, zin.read(info))
    p.write_bytes(buf.getvalue())
    k["zip_bomb"] = p

    # declared sizes lie: 64 MB of XML declared as 1,000 bytes
    p = out / "zip_bomb_lying_size.xlsx"
    buf = io.BytesIO()
    payload = b"<x>" + b"A" * (64 << 20) + b"</x>"
    with zipfile.ZipFile(base) as zin, zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zout.writestr(info.filename, zin.read(info))
        zout.writestr("xl/bomb.xml", payload)
    raw = bytearray(buf.getvalue())
    name = b"xl/bomb.xml"
    lh = raw.find(b"PK\x03\x04" + raw[4:4])  # start search
    pos = 0
    while True:  # patch the local header of xl/bomb.xml
        lh = raw.find(b"PK\x03\x04", pos)
        if lh < 0:
            break
        nlen = struct.unpack_from("<H", raw, lh + 26)[0]
        if bytes(raw[lh + 30 : lh + 30 + nlen]) == name:
            struct.pack_into("<I", raw, lh + 22, 1000)
            break
        pos = lh + 4
    cd = raw.find(b"PK\x01\x02" , 0)
    while cd >= 0:  # and its central-directory entry
        nlen = struct.unpack_from("<H", raw, cd + 28)[0]
        if bytes(raw[cd + 46 : cd + 46 + nlen]) == name:
            struct.pack_into("<I", raw, cd + 24, 1000)
            break
        cd = raw.find(b"PK\x01\x02", cd + 4)
    p.write_bytes(bytes(raw))
    k["zip_bomb_lying_size"] = p

    p = out / "zip_many_entries.xlsx"
    buf = io.BytesIO()
    with zipfile.ZipFile(base) as zin, zipfile.ZipFile(buf, "w", zipfile.ZIP_STORED) as zout:
        for info in zin.infolist():
            zout.writestr(info.filename, zin.read(info))
        for i in range(12_000):
            zout.writestr(f"xl/media/x{i}.png", b"")
    p.write_bytes(buf.getvalue())
    k["zip_many_entries"] = p

    sheet_xml = _part(base, "xl/worksheets/sheet1.xml")
    body = sheet_xml.split(b"?>", 1)[-1] if sheet_xml.startswith(b"<?xml") else sheet_xml
    bl = _laughs(b"worksheet") + body.replace(b"<v>10</v>", b"<v>&lol9;</v>", 1)
    k["billion_laughs_sheet"] = _rewrite_zip(
        base, out / "billion_laughs_sheet.xlsx", {"xl/worksheets/sheet1.xml": bl}
    )

    # sharedStrings: an Excel-style file with a shared string table
    sst = (
        _laughs(b"sst")
        + b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1"'
        b' uniqueCount="1"><si><t>&lol9;</t></si></sst>'
    )
    ct = _part(base, "[Content_Types].xml").replace(
        b"</Types>",
        b'<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-'
        b'officedocument.spreadsheetml.sharedStrings+xml"/></Types>',
    )
    rels = _part(base, "xl/_rels/workbook.xml.rels").replace(
        b"</Relationships>",
        b'<Relationship Id="rIdSST" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        b'relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>',
    )
    k["billion_laughs_sharedstrings"] = _rewrite_zip(
        base, out / "billion_laughs_sharedstrings.xlsx",
        {"[Content_Types].xml": ct, "xl/_rels/workbook.xml.rels": rels},
        {"xl/sharedStrings.xml": sst},
    )  # fmt: skip

    xxe = (
        b'<?xml version="1.0"?>\n<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n'
        + body.replace(b"<v>10</v>", b"<v>&xxe;</v>", 1)
    )
    k["xxe_external_entity"] = _rewrite_zip(
        base, out / "xxe_external_entity.xlsx", {"xl/worksheets/sheet1.xml": xxe}
    )

    u16 = (
        '<?xml version="1.0" encoding="UTF-16"?>\n<!DOCTYPE worksheet [<!ENTITY a "b">]>\n'
        + body.decode("utf-8")
    ).encode("utf-16")
    k["entity_utf16"] = _rewrite_zip(base, out / "entity_utf16.xlsx", {"xl/worksheets/sheet1.xml": u16})

    # password-protected (Agile encryption, as Excel does it)
    from msoffcrypto.format.ooxml import OOXMLFile

    p = out / "encrypted.xlsx"
    with open(base, "rb") as src, open(p, "wb") as dst:
        OOXMLFile(src).encrypt("jixiao2024", dst)
    k["encrypted"] = p

    # legacy .xls (BIFF8) via LibreOffice, else the checked-in copy made the same way
    xls = _convert(base, "xls", out) if use_soffice else None
    if xls is None and (HERE / "data" / "legacy.xls").exists():
        xls = out / "legacy.xls"
        shutil.copyfile(HERE / "data" / "legacy.xls", xls)
    if xls is not None:
        k["legacy_xls"] = xls.rename(out / "legacy_xls.xls")

    p = out / "csv_renamed.xlsx"
    p.write_bytes(("\ufeff" + ",".join(HEADERS) + "\n1,产出指标,数量指标,培训人次,≥1000,,10,1060,10\n").encode("utf-8"))
    k["csv_renamed"] = p

    p = out / "html_renamed.xls"
    p.write_bytes(
        "<html><head><meta charset='gbk'></head><body><table><tr><td>序号</td><td>得分</td></tr>"
        "<tr><td>1</td><td>10</td></tr></table></body></html>".encode("gbk")
    )
    k["html_renamed"] = p

    p = out / "xml2003_renamed.xls"
    p.write_text(
        '<?xml version="1.0"?>\n<?mso-application progid="Excel.Sheet"?>\n<Workbook '
        'xmlns="urn:schemas-microsoft-com:office:spreadsheet"><Worksheet ss:Name="评分表">'
        "</Worksheet></Workbook>\n",
        encoding="utf-8",
    )
    k["xml2003_renamed"] = p

    p = out / "docx_renamed.xlsx"
    with zipfile.ZipFile(p, "w") as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>')
        z.writestr("_rels/.rels", '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
        z.writestr("word/document.xml", "<w:document xmlns:w='http://schemas.openxmlformats.org/wordprocessingml/2006/main'/>")
    k["docx_renamed"] = p

    k["empty_workbook"] = _save(openpyxl.Workbook(), out / "empty_workbook.xlsx")

    p = out / "empty_file.xlsx"
    p.write_bytes(b"")
    k["empty_file"] = p

    wb = scoring_workbook()
    wb.active["A1048576"] = "底部"
    k["last_row_touched"] = _save(wb, out / "last_row_touched.xlsx")

    wb = scoring_workbook()
    wb.active["XFD1"] = "最右"
    k["last_col_touched"] = _save(wb, out / "last_col_touched.xlsx")

    wb = scoring_workbook()
    wb.active["XFD1048576"] = "角"
    wb.active["A1048576"] = "底"
    k["both_corners_touched"] = _save(wb, out / "both_corners_touched.xlsx")

    absurd = re.sub(rb'<dimension ref="[^"]*"\s*/>', b'<dimension ref="A1:XFD1048576"/>', sheet_xml)
    k["dimension_absurd"] = _rewrite_zip(
        base, out / "dimension_absurd.xlsx", {"xl/worksheets/sheet1.xml": absurd}
    )

    # merged-cell chaos over the header: overlapping, single-cell, crossing the header row
    chaos = re.sub(
        rb"<mergeCells.*?</mergeCells>",
        b'<mergeCells count="6"><mergeCell ref="A1:I1"/><mergeCell ref="B3:B5"/>'
        b'<mergeCell ref="C1:D2"/><mergeCell ref="E2:E2"/><mergeCell ref="F2:G3"/>'
        b'<mergeCell ref="I2:H2"/></mergeCells>',
        sheet_xml,
        flags=re.DOTALL,
    )
    assert chaos != sheet_xml, "mergeCells layout of openpyxl changed"
    k["merged_chaos"] = _rewrite_zip(base, out / "merged_chaos.xlsx", {"xl/worksheets/sheet1.xml": chaos})

    huge = re.sub(rb'<mergeCell ref="B3:B5"\s*/>', b'<mergeCell ref="A3:XFD1048576"/>', sheet_xml)
    assert huge != sheet_xml
    k["merged_huge"] = _rewrite_zip(base, out / "merged_huge.xlsx", {"xl/worksheets/sheet1.xml": huge})

    k["header_missing"] = _save(scoring_workbook(headers=[]), out / "header_missing.xlsx")
    dup = ["序号", "一级指标", "二级指标", "三级指标", "指标值", "评分标准", "分值", "得分", "得分"]
    k["duplicate_headers"] = _save(scoring_workbook(headers=dup), out / "duplicate_headers.xlsx")

    k["numbers_as_text"] = _save(
        scoring_workbook(rows=[
            ["1", "产出指标", "数量指标", "培训人次", "≥1000人次", "完成得满分", "10", "1,060", "１０"],
            ["2", "效益指标", "社会效益", "满意度", "≥90%", "每低1个百分点扣1分", "10", "96.87%", "9.5"],
        ]),
        out / "numbers_as_text.xlsx",
    )  # fmt: skip

    wb = scoring_workbook()
    wb.active["I3"] = "#DIV/0!"  # openpyxl stores known error texts as error cells (t="e")
    wb.active["I4"] = "#REF!"
    wb.active["I5"] = "=H5/0"
    tmp = _save(wb, out / "_err_tmp.xlsx")
    sx = _part(tmp, "xl/worksheets/sheet1.xml")
    sx = re.sub(rb'<c r="I5"([^>]*)><f>H5/0</f><v\s*/?>(</v>)?', b'<c r="I5"\\1 t="e"><f>H5/0</f><v>#DIV/0!</v>', sx)
    k["error_values"] = _rewrite_zip(tmp, out / "error_values.xlsx", {"xl/worksheets/sheet1.xml": sx})
    tmp.unlink()

    vba = _xlwings_vba()
    if vba is not None:
        ct = _part(base, "[Content_Types].xml").replace(
            b"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
            b"application/vnd.ms-excel.sheet.macroEnabled.main+xml",
        ).replace(b"</Types>", b'<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>')
        rels = _part(base, "xl/_rels/workbook.xml.rels").replace(
            b"</Relationships>",
            b'<Relationship Id="rIdVBA" Type="http://schemas.microsoft.com/office/2006/relationships/'
            b'vbaProject" Target="vbaProject.bin"/></Relationships>',
        )
        k["vba_foreign"] = _rewrite_zip(
            base, out / "vba_foreign.xlsm",
            {"[Content_Types].xml": ct, "xl/_rels/workbook.xml.rels": rels},
            {"xl/vbaProject.bin": vba},
        )  # fmt: skip

    wb = scoring_workbook()
    wb.active["K3"] = "=cmd|' /C calc'!A0"
    wb.active["K4"] = '=HYPERLINK("file:///C:/Windows/System32/calc.exe","点此查看")'
    wb.active["K5"] = '=HYPERLINK("\\\\10.0.0.1\\share\\附件.xlsx","附件")'
    k["dde_formula"] = _save(wb, out / "dde_formula.xlsx")

    ext_xml = (
        b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<externalLink xmlns="http://'
        b'schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats'
        b'.org/officeDocument/2006/relationships"><externalBook r:id="rId1"><sheetNames><sheetName '
        b'val="Sheet1"/></sheetNames></externalBook></externalLink>'
    )
    dde_xml = (
        b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<externalLink xmlns="http://'
        b'schemas.openxmlformats.org/spreadsheetml/2006/main"><ddeLink ddeService="cmd" '
        b'ddeTopic="/C calc"/></externalLink>'
    )
    ext_rels = (
        b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://'
        b'schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http'
        b'://schemas.openxmlformats.org/officeDocument/2006/relationships/externalLinkPath" '
        b'Target="file:///\\\\server\\share\\%E9%A2%84%E7%AE%97.xlsx" TargetMode="External"/>'
        b"</Relationships>"
    )
    k["external_link_part"] = _rewrite_zip(
        base, out / "external_link_part.xlsx", None,
        {"xl/externalLinks/externalLink1.xml": ext_xml,
         "xl/externalLinks/_rels/externalLink1.xml.rels": ext_rels,
         "xl/externalLinks/externalLink2.xml": dde_xml},
    )  # fmt: skip

    wb = scoring_workbook()
    wb.custom_doc_props.append(StringProperty(name="KSOProductBuildVer", value="2052-11.1.0.11691"))
    k["wps_like"] = _save(wb, out / "wps_like.xlsx")

    if use_soffice and _soffice():
        lo_dir = out / "lo"
        lo_dir.mkdir(exist_ok=True)
        src = lo_dir / "libreoffice_src.xlsx"
        shutil.copyfile(base, src)
        conv_dir = out / "lo_out"
        conv_dir.mkdir(exist_ok=True)
        res = _convert(src, "xlsx:Calc MS Excel 2007 XML", conv_dir)
        if res is not None:
            k["libreoffice_resaved"] = res.rename(out / "libreoffice_resaved.xlsx")

    cdir = out / "收回 文件"
    cdir.mkdir(exist_ok=True)
    k["chinese_path"] = _save(scoring_workbook(), cdir / "县 医保局 评分表.xlsx")

    p = _save(scoring_workbook(), out / "readonly_file.xlsx")
    os.chmod(p, 0o444)
    k["readonly_file"] = p

    p = out / "symlink.xlsx"
    if hasattr(os, "symlink"):
        try:
            os.symlink(base, p)
            k["symlink"] = p
        except OSError:
            pass

    k["changing_file"] = _save(scoring_workbook(), out / "changing_file.xlsx")

    if hasattr(os, "mkfifo"):
        p = out / "fifo.xlsx"
        os.mkfifo(p)
        k["fifo"] = p

    p = out / "directory.xlsx"
    p.mkdir(exist_ok=True)
    k["directory"] = p
    k["missing"] = out / "missing.xlsx"
    return k


if __name__ == "__main__":
    target = Path(sys.argv[1] if len(sys.argv) > 1 else "hostile_corpus")
    for kind, path in make_corpus(target).items():
        print(f"{kind:30s} {path}")
