"""``load_workbook``: untrusted .xlsx / .xlsm / .xls (or Word .docx) file -> :class:`LoadedWorkbook`.

Guarantees:

* the input is never modified: it is opened read-only once, read fully into
  memory (size-capped) and closed; all parsing happens on those bytes;
* nothing is executed and no link is followed: formulas are text, external
  links / DDE are only reported, VBA is decompressed by olevba for inspection;
* every failure is :class:`~jixiao.errors.WorkbookUnreadable` with a Chinese
  reason naming the file; unexpected parser exceptions become
  ``"无法解析：<type>"``.

Readers: python-calamine reads the cached values (fast); openpyxl reads
formulas and number formats (only when ``need_formulas``); merged ranges,
defined names, custom document properties and external links come from our
own scan of the package XML (:mod:`jixiao.io.safety`). Legacy .xls is read
with xlrd. Cells are stored sparsely: a sheet touching row 1,048,576 costs one
cell, never a million empty rows.
"""

from __future__ import annotations

import os
import re
import warnings
from html import unescape
from io import BytesIO, StringIO
from typing import Any

from jixiao.errors import WorkbookUnreadable
from jixiao.grid import Grid, LoadedWorkbook, col_index
from jixiao.io.formulas import formula_links
from jixiao.io.safety import (
    DEFAULT_LIMITS,
    FORMAT_REASONS,
    XML_PREFIX,
    Limits,
    SheetScan,
    ZipScan,
    fail,
    inspect_zip,
    read_file_once,
    sniff_format,
)
from jixiao.io.vba import extract_vba_modules
from jixiao.numbers import prints_words
from jixiao.reading.docx import is_docx, is_legacy_doc

ENCRYPTED_ZH = "文件已加密（设置了打开密码），请去除密码后重新提交"
ENCRYPTED_EN = "workbook is password-protected (encrypted)"

# calamine builds a dense rectangle per sheet; use it only when that rectangle
# is small or not much bigger than the number of real cells.
_DENSE_MIN = 250_000
_DENSE_FACTOR = 8


#: custom document property our templates carry (their id); "auto" loading reads formulas then
TEMPLATE_PROPERTY = "jixiao_template_id"


def load_workbook(
    path: str | os.PathLike[str],
    *,
    need_formulas: bool | str = True,
    max_cells: int = 2_000_000,
    limits: Limits | None = None,
) -> LoadedWorkbook:
    """Load a bureau's workbook safely into :class:`LoadedWorkbook` (sheets as ``Grid``).

    Args:
        path: the file; its extension is ignored, the format is sniffed.
        need_formulas: also read formula text and number formats (openpyxl);
            False reads cached values, merged ranges and file facts only (faster,
            and more tolerant of damaged styles); ``"auto"`` reads formulas only
            where checks need them: our templates (``formula-replaced``) and files
            whose formulas may link out (``external-link``), as the zip scan shows —
            and number formats wherever the styles declare a percentage (p35:
            :func:`percent_styles`, the formats that change a reading).
        max_cells: refuse a sheet with more stored cells (or merged area) than this.
        limits: size / zip limits, :data:`jixiao.io.safety.DEFAULT_LIMITS` by default.

    Returns:
        LoadedWorkbook with ``file_format`` ``"xlsx"``, ``"xlsm"`` or ``"xls"``; a file named
        .docx gives its tables as sheets "表1", "表2", … (``"docx"``, see
        :mod:`jixiao.reading.docx`); a file named .doc is refused with the Word message.

    Raises:
        WorkbookUnreadable: the file cannot be read safely (reason in Chinese).

    >>> load_workbook("/nonexistent/县财政局.xlsx")
    Traceback (most recent call last):
    ...
    jixiao.errors.WorkbookUnreadable: /nonexistent/县财政局.xlsx：文件不存在 | ...
    """
    lim = limits or DEFAULT_LIMITS
    p = os.fspath(path)
    data = read_file_once(p, lim.max_file_bytes)
    kind = sniff_format(data)
    if kind not in ("zip", "ole"):
        if kind.startswith("other:"):
            raise fail(p, kind[6:], "not an Excel file")
        zh, en = FORMAT_REASONS.get(kind, FORMAT_REASONS["unknown"])
        raise fail(p, zh, en)
    if is_docx(p) or is_legacy_doc(p):
        return _load_word(p, data, kind, lim)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            if kind == "zip":
                return _load_ooxml(p, data, need_formulas=need_formulas, max_cells=max_cells, lim=lim)
            return _load_ole(p, data, need_formulas=bool(need_formulas), max_cells=max_cells)
    except WorkbookUnreadable:
        raise
    except MemoryError:
        raise fail(p, "内存不足，无法解析此文件", "out of memory while parsing") from None
    except RecursionError:
        raise fail(p, "文件结构嵌套过深，无法解析", "structure too deep") from None
    except Exception as e:  # noqa: BLE001 - the boundary: a bad file never escapes as a crash
        raise fail(p, parse_failure_zh(e), f"cannot parse: {type(e).__name__}: {e}") from e
    except BaseException as e:  # pyo3 PanicException derives from BaseException
        if isinstance(e, KeyboardInterrupt | SystemExit | GeneratorExit):
            raise
        raise fail(p, parse_failure_zh(e), f"parser panicked: {type(e).__name__}") from None


#: said when a Word file is refused as .doc (old binary format) — the user's fix in Chinese
LEGACY_DOC_ZH = "这是旧版 Word 97-2003 文档（.doc），无法读取；请在 Word/WPS 中“另存为”.docx 后再校验"


def _load_word(p: str, data: bytes, kind: str, lim: Limits) -> LoadedWorkbook:
    """A Word document's tables as sheets "表1", "表2", … (the same grids the sheet reader takes)."""
    from jixiao.reading.docx import docx_grids_from_bytes

    if kind == "ole" and is_legacy_doc(p):
        raise fail(p, LEGACY_DOC_ZH, "legacy binary .doc")
    if kind != "zip" and kind != "ole":
        raise fail(p, "不是有效的 Word 文档（.docx）", "not a .docx")
    try:
        grids = docx_grids_from_bytes(data, p, limits=lim)
    except WorkbookUnreadable:
        raise
    except MemoryError:
        raise fail(p, "内存不足，无法解析此文件", "out of memory while parsing") from None
    except Exception as e:  # noqa: BLE001 - the boundary: a bad file never escapes as a crash
        raise fail(p, parse_failure_zh(e), f"cannot parse: {type(e).__name__}: {e}") from e
    if not grids:
        raise fail(p, "Word 文档中没有表格，找不到评分表", "no table in the document")
    return LoadedWorkbook(path=p, sheets=grids, file_format="docx")


def parse_failure_zh(e: BaseException) -> str:
    """A Chinese reason for an unexpected parser exception (its type only as a technical note).

    >>> import zipfile
    >>> parse_failure_zh(zipfile.BadZipFile("Bad CRC-32"))
    '文件已损坏（压缩包内部结构异常），无法解析（技术信息：BadZipFile）'
    """
    import zipfile
    import zlib

    name = type(e).__name__
    if isinstance(e, zipfile.BadZipFile | zlib.error | EOFError):
        what = "文件已损坏（压缩包内部结构异常）"
    elif "Panic" in name:
        what = "读取程序内部出错，文件可能被恶意构造或已损坏"
    elif isinstance(e, RuntimeError) and "encrypt" in str(e).lower():
        what = "文件的部分内容已加密"
    elif isinstance(e, KeyError):
        what = "文件缺少必需的部件或引用了不存在的内容"
    elif isinstance(e, UnicodeError):
        what = "文件含有无法识别的文字编码"
    else:
        what = "文件内部结构异常"
    return f"{what}，无法解析（技术信息：{name}）"


# --------------------------------------------------------------------------- OOXML


def _norm_value(v: Any) -> Any:
    if type(v) is float and v.is_integer() and abs(v) < 2**53:
        return int(v)
    return v


def _calamine_values(data: bytes, scans: list[SheetScan]) -> dict[str, dict[tuple[int, int], Any]]:
    import python_calamine

    out: dict[str, dict[tuple[int, int], Any]] = {}
    with python_calamine.CalamineWorkbook.from_filelike(BytesIO(data)) as cw:
        for sh in scans:
            sheet = cw.get_sheet_by_name(sh.name)
            values: dict[tuple[int, int], Any] = {}
            start = sheet.start
            if start is not None:
                r0, c0 = start
                for i, row in enumerate(sheet.to_python(skip_empty_area=True)):
                    for j, v in enumerate(row):
                        if v is None or v == "":
                            continue
                        values[(r0 + i + 1, c0 + j + 1)] = _norm_value(v)
            out[sh.name] = values
    return out


def _openpyxl_workbook(data: bytes, *, data_only: bool) -> Any:
    import openpyxl

    return openpyxl.load_workbook(
        BytesIO(data), read_only=False, data_only=data_only, keep_vba=False,
        keep_links=False, rich_text=False,
    )  # fmt: skip


def _openpyxl_values(ws: Any) -> dict[tuple[int, int], Any]:
    from openpyxl.cell.cell import MergedCell

    values: dict[tuple[int, int], Any] = {}
    for pos, cell in ws._cells.items():  # sparse: only cells present in the XML
        if cell.__class__ is MergedCell:
            continue
        v = cell.value
        if v is None or v == "":
            continue
        values[pos] = _norm_value(v)
    return values


def _load_ooxml(p: str, data: bytes, *, need_formulas: bool | str, max_cells: int,
                lim: Limits) -> LoadedWorkbook:
    scan = inspect_zip(data, p, max_cells=max_cells, limits=lim)
    formats: dict[str, dict[tuple[int, int], str]] | None = None
    if need_formulas == "auto":
        need_formulas = TEMPLATE_PROPERTY in scan.properties or any(sh.linky_formula for sh in scan.sheets)
        if not need_formulas and percent_styles(scan.parts):  # formats only: from the XML, without openpyxl (p36)
            formats = percent_cell_formats(scan)
            need_formulas = formats is None
    dense_ok = all(
        sh.bbox_area <= max(_DENSE_MIN, _DENSE_FACTOR * sh.n_cells) for sh in scan.sheets
    )
    values_by_sheet: dict[str, dict[tuple[int, int], Any]] | None = None
    if dense_ok:
        try:
            values_by_sheet = _calamine_values(data, scan.sheets)
        except Exception:  # noqa: BLE001 - fall back to openpyxl's cached values below
            values_by_sheet = None
        except BaseException as e:  # calamine's PanicException is a BaseException
            if isinstance(e, KeyboardInterrupt | SystemExit | GeneratorExit):
                raise
            values_by_sheet = None
    wb_f = None
    opx_data = _openpyxl_input(data, scan) if (need_formulas or values_by_sheet is None) else b""
    if need_formulas:
        wb_f = _openpyxl_workbook(opx_data, data_only=False)
    if values_by_sheet is None:
        wb_v = _openpyxl_workbook(opx_data, data_only=True)
        values_by_sheet = {
            sh.name: _openpyxl_values(wb_v[sh.name]) for sh in scan.sheets if sh.name in wb_v
        }
    grids: list[Grid] = []
    links: list[str] = list(scan.external_links)
    for sh in scan.sheets:
        values = values_by_sheet.get(sh.name, {})
        values.update(sh.errors)  # calamine reads cached error values as blanks
        grid = Grid(name=sh.name, values=values, merged=list(sh.merged))
        if wb_f is not None and sh.name in wb_f:
            _formulas_and_formats(wb_f[sh.name], grid, links)
        elif formats is not None:
            grid.number_formats.update(formats.get(sh.name, {}))
        _set_used_area(grid)
        grids.append(grid)
    for sh in scan.sheets:
        links += sh.links  # data validation, conditional formatting, cell formulas (raw XML)
    for text in scan.defined_names.values():
        links += formula_links(text)
    links += scan.hyperlinks
    vba_modules: dict[str, str] = {}
    if scan.vba_project is not None:
        vba_modules = extract_vba_modules(scan.vba_project) or {}
    for name in scan.macro_sheets:
        vba_modules[f"XLM:{name}"] = "<Excel 4.0 宏表 (XLM macro sheet)>"
    return LoadedWorkbook(
        path=p,
        sheets=grids,
        properties=dict(scan.properties),
        has_vba=scan.vba_project is not None or bool(scan.macro_sheets),
        vba_modules=vba_modules,
        external_links=_dedupe(links),
        defined_names=dict(scan.defined_names),
        file_format=scan.file_format,
        saved=saved_time(scan.parts.get("docProps/core.xml")),
    )


_MODIFIED_RE = re.compile(rb"<dcterms:modified\b[^>]*>\s*([0-9][0-9T:.+\-Z ]{3,40}?)\s*</dcterms:modified>")


def saved_time(core: bytes | None) -> str | None:
    """The time a workbook records it was last saved (``docProps/core.xml``'s ``dcterms:modified``, ISO 8601 in UTC
    as Excel, WPS and LibreOffice write it); ``None`` when the part or the element is missing.

    >>> saved_time(b'<cp:coreProperties><dcterms:modified xsi:type="dcterms:W3CDTF">2024-06-30T08:01:02Z'
    ...            b'</dcterms:modified></cp:coreProperties>')
    '2024-06-30T08:01:02Z'
    """
    m = _MODIFIED_RE.search(core) if core else None
    return m[1].decode("ascii") if m else None


#: a custom number format's code in a styles part (its quotation marks as &quot;)
_NUM_FMT_RE = re.compile(rb"<(?:\w+:)?numFmt\b[^>]*?\bformatCode=\"([^\"]*)\"")
#: a cell style on a built-in percentage format (9 "0%", 10 "0.00%")
_BUILTIN_PERCENT_RE = re.compile(rb"\bnumFmtId=\"(?:9|10)\"")


def percent_styles(parts: dict[str, bytes]) -> bool:
    """True when a package's styles declare a number format that prints a "%" — a percentage
    (:func:`~jixiao.numbers.shows_percent`; built-in 9 and 10) or a literal one (``0"%"``: 95 shows "95%"): its
    cells' formats decide how a number is read (0.95 in a "0%" cell is 95 %, p35; in a row without a unit a number
    is read as the "…%" it shows, :func:`~jixiao.numbers.percent_shown`, p36), so
    ``load_workbook(need_formulas="auto")`` — collect — reads them as validate does. A format declared and unused
    only costs the slower load.

    >>> percent_styles({"xl/styles.xml": b'<numFmts><numFmt numFmtId="164" formatCode="0.0%"/></numFmts>'})
    True
    >>> percent_styles({"xl/styles.xml": b'<numFmts><numFmt numFmtId="164" formatCode="0&quot;%&quot;"/></numFmts>'})
    True
    >>> percent_styles({"xl/styles.xml": b'<numFmts><numFmt numFmtId="164" formatCode="0.00"/></numFmts>'})
    False
    """
    for name, blob in parts.items():
        if not name.lower().endswith("styles.xml"):
            continue
        if _BUILTIN_PERCENT_RE.search(blob):
            return True
        if any(prints_words(unescape(code.decode("utf-8", "replace")))
               for code in _NUM_FMT_RE.findall(_numfmts_block(blob))):
            return True  # a "%", or a word after the number (``#,##0"元"``: 150 shows "150元", p39)
    return False


_NUM_FMTS_RE = re.compile(rb"<(?:\w+:)?numFmts\b[^>]*>(.*?)</(?:\w+:)?numFmts>", re.DOTALL)


def _numfmts_block(styles: bytes) -> bytes:
    """The styles part's ``<numFmts>`` block — the number formats cells use. A conditional format's own format
    (``<dxfs><dxf><numFmt>``) may reuse a cell format's id with another code (p39: 0.93 in a "0.000" cell was read
    as "0%" → 93 %), so it is never read as one.

    >>> _numfmts_block(b'<numFmts count="1"><numFmt numFmtId="164" formatCode="0.000"/></numFmts>'
    ...                b'<dxfs><dxf><numFmt numFmtId="164" formatCode="0%"/></dxf></dxfs>')
    b'<numFmt numFmtId="164" formatCode="0.000"/>'
    """
    m = _NUM_FMTS_RE.search(styles)
    return m.group(1) if m else b""


#: the built-in number formats that print a "%" (ECMA-376 18.8.30)
_BUILTIN_PERCENT = {9: "0%", 10: "0.00%"}
_CELL_XFS_RE = re.compile(rb"<(?:\w+:)?cellXfs\b[^>]*>(.*?)</(?:\w+:)?cellXfs>", re.DOTALL)
_XF_TAG_RE = re.compile(rb"<(?:\w+:)?xf\b([^>]*)>")
_NUM_FMT_TAG_RE = re.compile(rb"<(?:\w+:)?numFmt\b([^>]*)>")
_NUM_FMT_ID_RE = re.compile(rb"\bnumFmtId=\"(\d+)\"")
_FORMAT_CODE_RE = re.compile(rb"\bformatCode=\"([^\"]*)\"")
_CELL_TAG_RE = re.compile(rb"<(?:\w+:)?c\b([^>]*)>")
_CELL_REF_RE = re.compile(rb"\br=\"([A-Z]{1,3})(\d{1,7})\"")
_CELL_STYLE_RE = re.compile(rb"\bs=\"(\d+)\"")


def percent_cell_formats(scan: ZipScan) -> dict[str, dict[tuple[int, int], str]] | None:
    """The number formats that print a "%" of each sheet's cells (sheet name → (row, col) → format code), read from
    the package's XML without openpyxl (p36): the styles part's cell formats (``cellXfs``) whose number format prints
    a "%" (:func:`percent_styles`), and each cell whose style is one of them. collect needs no other format (p35,
    p36), and a hand table with a % style then loads as fast as one without. ``None`` when the XML is not in the
    plain shape this reads (a styled cell without its reference): the caller loads formats with openpyxl.

    >>> scan = ZipScan(names=[], workbook_part="", file_format="xlsx",
    ...                sheets=[SheetScan(name="表", part="xl/worksheets/sheet1.xml")], parts={
    ...     "xl/styles.xml": b'<numFmts><numFmt numFmtId="164" formatCode="0&quot;%&quot;"/></numFmts>'
    ...                      b'<cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="9"/><xf numFmtId="164"/></cellXfs>',
    ...     "xl/worksheets/sheet1.xml": b'<c r="A1" s="1"><v>0.95</v></c><c r="B2" s="2"/><c r="C3" s="0"/>'})
    >>> percent_cell_formats(scan)
    {'表': {(1, 1): '0%', (2, 2): '0"%"'}}
    """
    codes: dict[int, str] = dict(_BUILTIN_PERCENT)
    percent_xfs: dict[bytes, str] = {}
    for name, blob in scan.parts.items():
        if not name.lower().endswith("styles.xml"):
            continue
        for attrs in _NUM_FMT_TAG_RE.findall(_numfmts_block(blob)):  # not a conditional format's (dxf) numFmt (p39)
            fid, code = _NUM_FMT_ID_RE.search(attrs), _FORMAT_CODE_RE.search(attrs)
            if fid and code:
                codes[int(fid.group(1))] = unescape(code.group(1).decode("utf-8", "replace"))
        xfs = _CELL_XFS_RE.search(blob)
        for k, attrs in enumerate(_XF_TAG_RE.findall(xfs.group(1)) if xfs else []):
            fid = _NUM_FMT_ID_RE.search(attrs)
            code = codes.get(int(fid.group(1))) if fid else None
            if code is not None and prints_words(code):
                percent_xfs[str(k).encode()] = code
    out: dict[str, dict[tuple[int, int], str]] = {}
    for sh in scan.sheets:
        found = out.setdefault(sh.name, {})
        if not percent_xfs:
            continue
        for attrs in _CELL_TAG_RE.findall(scan.parts.get(sh.part, b"")):
            style = _CELL_STYLE_RE.search(attrs)
            if style is None or style.group(1) not in percent_xfs:
                continue
            ref = _CELL_REF_RE.search(attrs)
            if ref is None:
                return None
            found[int(ref.group(2)), col_index(ref.group(1).decode())] = percent_xfs[style.group(1)]
    return out


# linear: the block alternative stops at the next <mergeCells, never rescans to the end
_MERGECELLS_RE = re.compile(
    rb"<" + XML_PREFIX + rb"mergeCells\b[^>]*/>|"
    rb"<" + XML_PREFIX + rb"mergeCells\b(?:(?!<" + XML_PREFIX + rb"mergeCells\b).)*?</" + XML_PREFIX + rb"mergeCells>",
    re.DOTALL,
)


def _openpyxl_input(data: bytes, scan: ZipScan) -> bytes:
    """The package for openpyxl: the checked parts, stored, with <mergeCells> removed.

    Merged ranges come from our own scan. openpyxl would otherwise build a
    MergedCell object for every covered cell (slow, and unbounded for a crafted
    ``A1:XFD1048576``) and it rejects reversed references (``I2:H2``) that
    Excel and WPS tolerate.
    """
    import zipfile

    sheet_parts = {sh.part for sh in scan.sheets}
    out = BytesIO()
    with zipfile.ZipFile(BytesIO(data)) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as zout:
        for info in zin.infolist():
            if info.is_dir():
                continue
            blob = scan.parts.get(info.filename)
            if blob is None:
                blob = zin.read(info)  # binary part; bounded by the declared-size checks
            elif info.filename in sheet_parts:
                blob = _MERGECELLS_RE.sub(b"", blob)
            zout.writestr(info.filename, blob)
    return out.getvalue()


def _formulas_and_formats(ws: Any, grid: Grid, links: list[str]) -> None:
    from openpyxl.cell.cell import MergedCell

    for pos, cell in ws._cells.items():
        if cell.__class__ is MergedCell:
            continue
        v = cell.value
        if cell.data_type == "f":
            text = v if isinstance(v, str) else getattr(v, "text", None) or str(v)
            if not text.startswith("="):
                text = "=" + text
            grid.formulas[pos] = text
            links += formula_links(text)  # it pre-filters with might_link itself
        elif pos not in grid.values and v is not None and v != "":
            grid.values[pos] = _norm_value(v)  # e.g. calamine skipped it
        style = cell._style
        if style is not None and style.numFmtId:  # 0 is General: skip the lookup
            fmt = cell.number_format
            if fmt and fmt != "General":
                grid.number_formats[pos] = fmt


def _set_used_area(grid: Grid) -> None:
    max_row = max_col = 0
    for r, c in grid.values:
        max_row = max(max_row, r)
        max_col = max(max_col, c)
    for r, c in grid.formulas:
        max_row = max(max_row, r)
        max_col = max(max_col, c)
    for _r1, _c1, r2, c2 in grid.merged:
        max_row = max(max_row, r2)
        max_col = max(max_col, c2)
    grid.max_row, grid.max_col = max_row, max_col


def _dedupe(items: list[str]) -> list[str]:
    return list(dict.fromkeys(i for i in items if i))


# --------------------------------------------------------------------------- OLE2 (.xls / encrypted)


def ole_kind(data: bytes, p: str) -> str:
    """"encrypted", "xls", or raise WorkbookUnreadable for other OLE files."""
    import olefile

    try:
        ole = olefile.OleFileIO(data)
    except Exception:  # noqa: BLE001 - olefile raises several types on damaged input
        raise fail(p, "文件已损坏（OLE复合文档结构无法解析），可能是传输未完成", "damaged OLE file") from None
    try:
        entries = {"/".join(e) for e in ole.listdir(streams=True, storages=True)}
    finally:
        ole.close()
    low = {e.lower() for e in entries}
    if {"encryptioninfo", "encryptedpackage"} <= low or any("drmencrypted" in e for e in low):
        return "encrypted"
    if "workbook" in low or "book" in low:
        return "xls"
    if "worddocument" in low:
        raise fail(p, "这是Word文档（.doc），不是Excel工作簿", "Word .doc document")
    if "powerpoint document" in low:
        raise fail(p, "这是PowerPoint文档（.ppt），不是Excel工作簿", "PowerPoint document")
    raise fail(p, "不是Excel文件（OLE复合文档中没有工作簿）", "OLE file without a workbook stream")


def _load_ole(p: str, data: bytes, *, need_formulas: bool, max_cells: int) -> LoadedWorkbook:
    kind = ole_kind(data, p)
    if kind == "encrypted":
        raise fail(p, ENCRYPTED_ZH, ENCRYPTED_EN)
    import xlrd
    from xlrd.biffh import XLRDError, error_text_from_code

    try:
        book = xlrd.open_workbook(
            file_contents=data, formatting_info=True, ragged_rows=True, logfile=StringIO(),
            on_demand=True,
        )  # fmt: skip
    except XLRDError as e:
        if "encrypt" in str(e).lower():
            raise fail(p, ENCRYPTED_ZH, ENCRYPTED_EN) from None
        raise fail(p, "旧版Excel文件（.xls）已损坏或格式不受支持，请用Excel或WPS另存为 .xlsx 后重新提交",
                   f"cannot parse .xls: {e}") from None
    grids: list[Grid] = []
    try:
        for idx in range(book.nsheets):
            sh = book.sheet_by_index(idx)
            grid = Grid(name=sh.name)
            count = 0
            for r in range(sh.nrows):
                types = sh.row_types(r)
                vals = sh.row_values(r)
                for c, (t, v) in enumerate(zip(types, vals, strict=False)):
                    if t in (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK):
                        continue
                    if t == xlrd.XL_CELL_TEXT:
                        if v == "":
                            continue
                    elif t == xlrd.XL_CELL_NUMBER:
                        v = _norm_value(float(v))
                    elif t == xlrd.XL_CELL_DATE:
                        try:
                            v = xlrd.xldate.xldate_as_datetime(v, book.datemode)
                        except Exception:  # noqa: BLE001 - keep the serial number
                            v = _norm_value(float(v))
                    elif t == xlrd.XL_CELL_BOOLEAN:
                        v = bool(v)
                    elif t == xlrd.XL_CELL_ERROR:
                        v = error_text_from_code.get(v, "#N/A")
                    grid.values[(r + 1, c + 1)] = v
                    count += 1
                    if need_formulas:
                        _xls_number_format(book, sh, r, c, grid)
                if count > max_cells:
                    raise fail(
                        p,
                        f"工作表“{sh.name}”的单元格过多（超过上限 {max_cells}），已拒绝读取",
                        f"sheet {sh.name!r} exceeds {max_cells} cells",
                    )
            grid.merged = [(rlo + 1, clo + 1, rhi, chi) for rlo, rhi, clo, chi in sh.merged_cells]
            _set_used_area(grid)
            grids.append(grid)
            book.unload_sheet(idx)
        names: dict[str, str] = {}
        sheet_names = book.sheet_names()
        for nobj in book.name_obj_list:
            key = nobj.name
            if 0 <= nobj.scope < len(sheet_names):
                key = f"{sheet_names[nobj.scope]}!{nobj.name}"
            names[key] = str(getattr(nobj, "formula_text", "") or "")
    finally:
        book.release_resources()
    vba_modules: dict[str, str] = {}
    has_vba = b"_\x00V\x00B\x00A\x00_\x00P\x00R\x00O\x00J\x00E\x00C\x00T\x00" in data
    if has_vba:
        vba_modules = extract_vba_modules(data, "workbook.xls") or {}
        has_vba = has_vba or bool(vba_modules)
    return LoadedWorkbook(
        path=p,
        sheets=grids,
        properties={},
        has_vba=has_vba,
        vba_modules=vba_modules,
        external_links=[],
        defined_names=names,
        file_format="xls",
    )


def _xls_number_format(book: Any, sh: Any, r: int, c: int, grid: Grid) -> None:
    try:
        xf = book.xf_list[sh.cell_xf_index(r, c)]
        fmt = book.format_map[xf.format_key].format_str
    except (IndexError, KeyError, AttributeError):
        return
    if fmt and fmt != "General":
        grid.number_formats[(r + 1, c + 1)] = fmt


__all__ = ["ENCRYPTED_ZH", "formula_links", "load_workbook", "ole_kind", "parse_failure_zh"]
