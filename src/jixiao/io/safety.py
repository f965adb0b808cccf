"""Reading untrusted workbook bytes safely: read once, sniff, inspect the zip.

Nothing here executes or follows anything. The steps, in order:

1. :func:`read_file_once` reads the file **once** into memory (size-capped),
   comparing ``fstat`` before and after, so a file that is being rewritten while
   we read it is either read consistently or refused. Every parser afterwards
   works on these bytes, never on the path again, so a concurrent change
   cannot produce a half-old, half-new mix.
2. :func:`sniff_format` decides the real format by magic bytes, not by the
   file extension (``.xls`` that is really HTML, ``.xlsx`` that is a CSV ...).
3. :func:`check_package` checks any OOXML package (.xlsx, .xlsm, .docx) before
   any XML parser sees it: number of entries, declared uncompressed sizes and
   ratios (zip bombs), every part decompressed through :mod:`zipfile` (bounded
   by its declared size, CRC and encryption flag checked) and every XML part
   scanned for ``<!DOCTYPE`` / ``<!ENTITY`` (billion laughs, external entities)
   and odd encodings.
4. :func:`inspect_zip` (workbooks) runs :func:`check_package`, then for each
   worksheet counts the cells, the true used area and the merged area from the
   XML, so absurd sheets are refused before openpyxl or calamine build anything.
"""

from __future__ import annotations

import os
import posixpath
import re
import stat
import zipfile
import zlib
from collections import Counter
from collections.abc import Collection
from dataclasses import dataclass, field
from io import BytesIO
from xml.etree import ElementTree as ET

from jixiao.errors import WorkbookUnreadable
from jixiao.grid import col_index

MB = 1024 * 1024


@dataclass(frozen=True)
class Limits:
    """Resource limits for one input file (all checked before parsing)."""

    max_file_bytes: int = 100 * MB
    max_zip_entries: int = 10_000
    max_total_uncompressed: int = 256 * MB
    max_part_uncompressed: int = 200 * MB
    #: parts bigger than ``ratio_min_size`` with a compression ratio above this are bombs
    max_ratio: float = 100.0
    ratio_min_size: int = 4 * MB
    max_sheets: int = 1_000
    max_merged_ranges: int = 100_000
    #: text all shared-string cells expand to (one string × every cell that uses it)
    max_shared_text_bytes: int = 64 * MB
    #: stored cells over all sheets together
    max_total_cells: int = 2_000_000


DEFAULT_LIMITS = Limits()


def fail(path: object, reason_zh: str, reason_en: str = "") -> WorkbookUnreadable:
    """Build the WorkbookUnreadable for ``path`` (the caller raises it)."""
    msg = f"{path}：{reason_zh}"
    msg_en = f"{path}: {reason_en}" if reason_en else ""
    return WorkbookUnreadable(msg, msg_en)


def _mb(n: int) -> str:
    return f"{n / MB:.1f} MB"


# --------------------------------------------------------------------------- reading


def read_file_once(path: str | os.PathLike[str], max_bytes: int) -> bytes:
    """Read the whole file into memory once, read-only, refusing non-regular files.

    The file is opened ``O_RDONLY`` (``O_NOATIME`` where allowed, ``O_NONBLOCK``
    so a FIFO cannot block us). If size or mtime change while reading, the read
    is retried twice and then refused.

    Raises:
        WorkbookUnreadable: missing, not a regular file, too large, no permission,
            or modified during the read.
    """
    p = os.fspath(path)
    try:
        st = os.stat(p)
    except FileNotFoundError:
        raise fail(p, "文件不存在", "file not found") from None
    except PermissionError:
        raise fail(p, "没有读取权限", "permission denied") from None
    except OSError as e:
        raise fail(p, f"无法访问文件（{os_error_zh(e)}）", f"cannot access: {e.strerror}") from None
    if stat.S_ISDIR(st.st_mode):
        raise fail(p, "这是文件夹，不是Excel文件", "is a directory")
    if not stat.S_ISREG(st.st_mode):
        raise fail(p, "不是普通文件（设备或管道），已拒绝读取", "not a regular file")
    if st.st_size > max_bytes:
        raise fail(
            p,
            f"文件过大（{_mb(st.st_size)}），超过上限 {_mb(max_bytes)}",
            f"file too large ({st.st_size} bytes > {max_bytes})",
        )
    flags = os.O_RDONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_NONBLOCK", 0)
    flags |= getattr(os, "O_NOCTTY", 0)
    noatime = getattr(os, "O_NOATIME", 0)
    for _attempt in range(3):
        try:
            try:
                fd = os.open(p, flags | noatime)
            except PermissionError:
                if not noatime:
                    raise
                noatime = 0  # O_NOATIME needs ownership; fall back silently
                fd = os.open(p, flags)
        except FileNotFoundError:
            raise fail(p, "文件不存在", "file not found") from None
        except PermissionError:
            raise fail(p, "没有读取权限", "permission denied") from None
        except OSError as e:
            raise fail(p, f"无法打开文件（{os_error_zh(e)}）", f"cannot open: {e.strerror}") from None
        try:
            st1 = os.fstat(fd)
            if not stat.S_ISREG(st1.st_mode):
                raise fail(p, "不是普通文件（设备或管道），已拒绝读取", "not a regular file")
            chunks: list[bytes] = []
            total = 0
            while True:
                try:
                    chunk = os.read(fd, 1 << 20)
                except BlockingIOError:  # pragma: no cover - regular files never block
                    chunk = b""
                if not chunk:
                    break
                total += len(chunk)
                if total > max_bytes:
                    raise fail(
                        p,
                        f"文件过大，超过上限 {_mb(max_bytes)}",
                        f"file larger than {max_bytes} bytes",
                    )
                chunks.append(chunk)
            st2 = os.fstat(fd)
        except OSError as e:
            raise fail(p, f"读取文件出错（{os_error_zh(e)}）", f"read error: {e.strerror}") from None
        finally:
            os.close(fd)
        data = b"".join(chunks)
        if (st1.st_size, st1.st_mtime_ns) == (st2.st_size, st2.st_mtime_ns) and len(
            data
        ) == st2.st_size:
            return data
    raise fail(
        p,
        "文件在读取过程中被修改（可能仍在复制或保存中），请待其完成后重试",
        "file changed while being read",
    )


_ERRNO_ZH = {
    "ELOOP": "符号链接循环（链接指向自身或互相指向）",
    "EIO": "磁盘、U盘或网络盘发生输入/输出错误，请复制到本地硬盘后重试",
    "ENAMETOOLONG": "文件名或路径过长",
    "EACCES": "没有访问权限",
    "EPERM": "没有访问权限",
    "ENOENT": "文件不存在",
    "ENOTDIR": "路径中的某一级不是文件夹",
    "EISDIR": "这是文件夹，不是文件",
    "ETIMEDOUT": "网络盘访问超时",
    "ESTALE": "网络盘上的文件已失效，请重新打开文件夹",
    "ENXIO": "设备不存在或未连接",
    "ENODEV": "设备不存在或未连接",
    "EMFILE": "同时打开的文件过多",
    "ENFILE": "同时打开的文件过多",
    "ENOMEM": "内存不足",
    "EILSEQ": "文件名含有无法识别的字符",
}


def os_error_zh(e: OSError) -> str:
    """A Chinese description of an operating-system error (the errno name as a technical note).

    >>> import errno
    >>> os_error_zh(OSError(errno.ELOOP, "Too many levels of symbolic links"))
    '符号链接循环（链接指向自身或互相指向）'
    >>> os_error_zh(OSError(errno.EXDEV, "Invalid cross-device link"))
    '系统错误 EXDEV'
    """
    import errno

    name = errno.errorcode.get(e.errno or 0, "")
    return _ERRNO_ZH.get(name) or (f"系统错误 {name}" if name else "系统错误")


# --------------------------------------------------------------------------- sniffing

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_OTHER_MAGIC: list[tuple[bytes, str, str]] = [
    (b"%PDF", "这是PDF文件，不是Excel文件", "PDF file"),
    (b"Rar!", "这是RAR压缩包，请解压后提交其中的Excel文件", "RAR archive"),
    (b"7z\xbc\xaf\x27\x1c", "这是7z压缩包，请解压后提交其中的Excel文件", "7z archive"),
    (b"\x89PNG", "这是图片（PNG），不是Excel文件", "PNG image"),
    (b"\xff\xd8\xff", "这是图片（JPEG），不是Excel文件", "JPEG image"),
    (b"\x1f\x8b", "这是gzip压缩文件，不是Excel文件", "gzip file"),
    (b"{\\rtf", "这是RTF文档，不是Excel文件", "RTF document"),
]


def sniff_format(data: bytes) -> str:
    """The real format of ``data`` by its first bytes.

    Returns one of ``"empty"``, ``"zip"``, ``"ole"``, ``"html"``, ``"xml2003"``,
    ``"xml"``, ``"csv"``, ``"text"``, ``"other:<reason>"``, ``"unknown"``.

    >>> sniff_format(b"PK\\x03\\x04rest")
    'zip'
    >>> sniff_format("序号,得分\\n1,5\\n".encode("gbk"))
    'csv'
    """
    if not data:
        return "empty"
    if data[:4] in (b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08"):
        return "zip"
    if data[:8] == OLE_MAGIC:
        return "ole"
    for magic, zh, _en in _OTHER_MAGIC:
        if data.startswith(magic):
            return f"other:{zh}"
    head = data[:4096]
    text = _decode_head(head)
    if text is None:
        return "unknown"
    low = text.lstrip("\ufeff \t\r\n").lower()
    if low.startswith(("<!doctype html", "<html", "<table", "<meta", "<head", "<body")) or (
        "<html" in low[:2048] or "<table" in low[:2048]
    ):
        return "html"
    if low.startswith("<?xml") or low.startswith("<"):
        if "urn:schemas-microsoft-com:office:spreadsheet" in low:
            return "xml2003"
        return "xml"
    lines = [ln for ln in low.splitlines() if ln.strip()][:5]
    if lines and all(("," in ln or "\t" in ln or "，" in ln) for ln in lines):
        return "csv"
    return "text"


def _decode_head(head: bytes) -> str | None:
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return head.decode("utf-16", errors="ignore")
        except UnicodeDecodeError:  # pragma: no cover
            return None
    # tolerate a multi-byte character cut at the end of the 4 KB head
    for enc in ("utf-8-sig", "gb18030"):
        for cut in range(4):
            try:
                t = head[: len(head) - cut].decode(enc)
            except UnicodeDecodeError:
                continue
            if all(ch.isprintable() or ch in "\r\n\t\ufeff" for ch in t):
                return t
            return None
    return None


FORMAT_REASONS: dict[str, tuple[str, str]] = {
    "empty": ("文件为空（0字节），可能是传输未完成", "empty file (0 bytes)"),
    "html": (
        "这是网页（HTML）文件，只是扩展名像Excel；请用Excel或WPS打开后另存为 .xlsx",
        "HTML file with an Excel extension",
    ),
    "xml2003": (
        "这是Excel 2003 XML表格，请用Excel或WPS打开后另存为 .xlsx",
        "Excel 2003 XML spreadsheet",
    ),
    "xml": ("这是XML文本文件，不是Excel工作簿", "XML text, not a workbook"),
    "csv": (
        "这是CSV/文本文件，只是扩展名像Excel；请用Excel或WPS打开后另存为 .xlsx",
        "CSV/text file with an Excel extension",
    ),
    "text": ("这是纯文本文件，不是Excel文件", "plain text, not a workbook"),
    "unknown": ("不是Excel文件（无法识别的文件格式）", "not an Excel file (unknown format)"),
}


# --------------------------------------------------------------------------- zip inspection

_BINARY_EXT = (
    ".bin", ".png", ".jpg", ".jpeg", ".gif", ".bmp", ".emf", ".wmf", ".tif", ".tiff",
    ".wdp", ".jfif", ".ico", ".svg~", ".mp3", ".wav", ".ttf", ".odttf", ".fntdata",
)  # fmt: skip
_DTD_RE = re.compile(rb"<!\s*(DOCTYPE|ENTITY)", re.IGNORECASE)
_ENC_RE = re.compile(rb"""^\s*<\?xml[^>]*?encoding\s*=\s*["']([^"']+)["']""", re.IGNORECASE)
_OK_ENCODINGS = {"utf-8", "utf8", "utf-16", "utf16", "us-ascii", "ascii", "utf-16le", "utf-16be"}

#: an optional XML namespace prefix (``x:`` in ``<x:c>``), for the raw-XML scans here and in load.py
XML_PREFIX = rb"(?:[A-Za-z_][\w.-]*:)?"
_CELL_RE = re.compile(rb"<" + XML_PREFIX + rb"c[\s/>]")
_ROW_REF_RE = re.compile(rb"""\br\s*=\s*["'](\d{1,8})["']""")
# r="B12" on <c> elements (no other SpreadsheetML attribute is called r with a cell reference)
_REF_ATTR_RE = re.compile(rb"""\br\s*=\s*["']\$?([A-Za-z]{1,4})\$?(\d{1,8})["']""")
_MERGE_RE = re.compile(
    rb"<" + XML_PREFIX + rb"""mergeCell\s[^>]*?\bref\s*=\s*["']([^"']*)["']"""
)
def _cell_with_type(t: bytes, group: bool = True) -> bytes:
    """``<c ... t="<t>" ...>`` (not self-closing), each character of the tag looked at once.

    The attribute list is consumed possessively up to the first word-initial
    ``t="<t>"``: no lazy ``[^>]*?`` that would retry every position of a tag
    crafted with thousands of attributes.
    """
    eq = rb"""\s*+=\s*+["']""" + t + rb"""["']"""
    return (rb"<" + XML_PREFIX + rb"c\s(" + (b"" if group else b"?:")
            + rb"(?:[^>t]|\Bt|t(?!" + eq + rb"))*+t" + eq + rb"[^>]*+)(?<!/)>")


# the body never runs past the next <c or </c> (linear even with no </c> anywhere)
_ERROR_CELL_RE = re.compile(
    _cell_with_type(b"e") +
    rb"([^<]*+(?:<(?!" + XML_PREFIX + rb"c[\s/>]|/" + XML_PREFIX + rb"c>)[^<]*+)*+)"
    rb"</" + XML_PREFIX + rb"c>",
)
_V_RE = re.compile(rb"<" + XML_PREFIX + rb"v>([^<]*)</")
_R_ATTR_RE = re.compile(rb"""\br\s*=\s*["']\$?([A-Za-z]{1,4})\$?(\d{1,8})""")

MAX_ROW = 1_048_576
MAX_COL = 16_384

NS_REL_OFFICE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


@dataclass
class SheetScan:
    """What the raw XML says about one worksheet (before any parser runs)."""

    name: str
    part: str
    n_cells: int = 0
    max_row: int = 0
    max_col: int = 0
    merged: list[tuple[int, int, int, int]] = field(default_factory=list)
    errors: dict[tuple[int, int], str] = field(default_factory=dict)  # cached error values
    #: a formula that may name another file, DDE or a hyperlink target (`|`, `[book]`, HYPERLINK)
    linky_formula: bool = False
    #: outward targets named by formulas in cells, data validation, conditional formatting
    links: list[str] = field(default_factory=list)

    @property
    def bbox_area(self) -> int:
        return self.max_row * self.max_col


@dataclass
class ZipScan:
    """Facts gathered from an OOXML package by :func:`inspect_zip`."""

    names: list[str]
    workbook_part: str
    file_format: str  # xlsx | xlsm
    sheets: list[SheetScan]
    vba_project: bytes | None = None
    macro_sheets: list[str] = field(default_factory=list)
    external_links: list[str] = field(default_factory=list)
    hyperlinks: list[str] = field(default_factory=list)
    defined_names: dict[str, str] = field(default_factory=dict)
    properties: dict[str, str] = field(default_factory=dict)
    #: every non-binary part, decompressed and checked (reused to feed openpyxl)
    parts: dict[str, bytes] = field(default_factory=dict)


def _parse_range(ref: str) -> tuple[int, int, int, int] | None:
    ref = ref.replace("$", "").strip().upper()
    if not ref:
        return None
    a, _, b = ref.partition(":")
    b = b or a
    m1 = re.fullmatch(r"([A-Z]{1,3})(\d{1,7})", a)
    m2 = re.fullmatch(r"([A-Z]{1,3})(\d{1,7})", b)
    if not m1 or not m2:
        return None
    r1, c1 = int(m1.group(2)), col_index(m1.group(1))
    r2, c2 = int(m2.group(2)), col_index(m2.group(1))
    if r1 > r2:
        r1, r2 = r2, r1
    if c1 > c2:
        c1, c2 = c2, c1
    return (r1, c1, r2, c2)


def _read_part(zf: zipfile.ZipFile, info: zipfile.ZipInfo, path: object) -> bytes:
    """Decompress one entry; zipfile stops at the declared size and checks the CRC."""
    try:
        with zf.open(info) as fh:
            data = fh.read(info.file_size + 1)
    except (zipfile.BadZipFile, zlib.error, EOFError) as e:
        raise fail(
            path,
            f"文件已损坏（部件 {info.filename} 无法解压：{type(e).__name__}），可能是传输未完成或被篡改",
            f"damaged part {info.filename}: {e}",
        ) from None
    except RuntimeError:  # zipfile: "File ... is encrypted, password required"
        raise fail(
            path, f"文件已加密（压缩包部件 {info.filename} 设置了密码），请去除密码后重新提交",
            f"encrypted zip entry {info.filename}",
        ) from None
    except NotImplementedError:
        raise fail(
            path,
            f"文件使用了不支持的压缩方式（部件 {info.filename}）",
            f"unsupported compression in {info.filename}",
        ) from None
    if len(data) != info.file_size:
        raise fail(
            path,
            f"文件已损坏（部件 {info.filename} 实际大小与声明不符），可能被恶意构造",
            f"part {info.filename} size differs from declared size",
        )
    return data


_XML_START_RE = re.compile(rb"(?:\xef\xbb\xbf|\xff\xfe|\xfe\xff)?[\s\x00]*+<")


def _looks_like_xml(data: bytes) -> bool:
    """True when an XML parser would read ``data``: ``<`` after an optional BOM and any amount
    of blanks (NULs too: UTF-16 without a BOM)."""
    return _XML_START_RE.match(data) is not None


def _check_xml(data: bytes, name: str, path: object) -> None:
    head = data[:4]
    scan = data
    if b"\x00" in head or head.startswith((b"\xff\xfe", b"\xfe\xff")):
        scan = data.replace(b"\x00", b"")  # UTF-16/32: ASCII markup survives null removal
    m = _ENC_RE.match(scan[:400].lstrip(b"\xef\xbb\xbf\xff\xfe"))
    if m and m.group(1).decode("ascii", "replace").lower() not in _OK_ENCODINGS:
        raise fail(
            path,
            f"文件含有异常的XML编码声明（{m.group(1).decode('ascii', 'replace')}，部件 {name}），"
            "可能是恶意构造，已拒绝读取",
            f"unexpected XML encoding in {name}",
        )
    if _DTD_RE.search(scan):
        raise fail(
            path,
            f"文件含有XML实体声明，可能是恶意构造，已拒绝读取（部件 {name}）",
            f"XML DTD/ENTITY declaration in {name} (entity expansion / XXE)",
        )


def _rels_of(part: str) -> str:
    d, base = posixpath.split(part)
    return posixpath.join(d, "_rels", base + ".rels")


def _source_of_rels(rels_name: str) -> str:
    """``xl/_rels/workbook.xml.rels`` → ``xl/workbook.xml`` (the part the rels belong to)."""
    d, base = posixpath.split(rels_name)
    parent = posixpath.dirname(d) if posixpath.basename(d) == "_rels" else d
    return posixpath.join(parent, base[: -len(".rels")])


def _resolve(source_part: str, target: str) -> str:
    if target.startswith("/"):
        return target.lstrip("/")
    return posixpath.normpath(posixpath.join(posixpath.dirname(source_part), target))


def _xml(data: bytes) -> ET.Element:
    # Only called on parts already checked by _check_xml (no DTD, plain encoding).
    return ET.fromstring(data)


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _relationships(data: bytes) -> list[dict[str, str]]:
    out = []
    for el in _xml(data):
        if _local(el.tag) == "Relationship":
            out.append(dict(el.attrib))
    return out


_FILELIKE_RE = re.compile(r"^(file:|\\\\|//|[A-Za-z]:[\\/])", re.IGNORECASE)


@dataclass
class Package:
    """An OOXML package after :func:`check_package`: every part decompressed and checked."""

    names: list[str]
    #: every part that is not binary by its name, or is XML by its bytes (checked by ``_check_xml``)
    parts: dict[str, bytes]
    #: the parts named in ``keep``, whatever their kind
    kept: dict[str, bytes] = field(default_factory=dict)


def check_package(
    data: bytes, path: object, *, limits: Limits = DEFAULT_LIMITS, keep: Collection[str] = ()
) -> Package:
    """Check an OOXML (zip) package -- .xlsx, .xlsm, .docx -- before any XML parser sees it.

    Entry count, declared sizes and compression ratios (zip bombs); every part
    decompressed once through :mod:`zipfile` (CRC, encryption flag, compression
    method and declared size checked); every part not binary by its name, and
    every part that is XML by its bytes whatever its name, scanned for
    ``<!DOCTYPE`` / ``<!ENTITY`` and odd encodings.

    Raises:
        WorkbookUnreadable: damaged or truncated zip, ZIP64, zip bomb, too many
            entries, encrypted or damaged part, XML entity declaration, odd encoding.
    """
    try:
        zf = zipfile.ZipFile(BytesIO(data))
    except zipfile.LargeZipFile:
        raise fail(path, "压缩包过大（ZIP64），已拒绝读取", "ZIP64 archive refused") from None
    except (zipfile.BadZipFile, ValueError, EOFError, OSError):
        raise fail(
            path,
            "文件不完整或已损坏（压缩包结构损坏，可能是下载或传输未完成）",
            "truncated or damaged zip",
        ) from None
    with zf:
        infos = zf.infolist()
        if len(infos) > limits.max_zip_entries:
            raise fail(
                path,
                f"压缩包内部件过多（{len(infos)} 个，上限 {limits.max_zip_entries}），可能是恶意构造",
                f"too many zip entries ({len(infos)} > {limits.max_zip_entries})",
            )
        total = 0
        for info in infos:
            total += info.file_size
            ratio = info.file_size / max(info.compress_size, 1)
            if info.file_size > limits.max_part_uncompressed or (
                info.file_size > limits.ratio_min_size and ratio > limits.max_ratio
            ):
                raise fail(
                    path,
                    f"疑似压缩炸弹：部件 {info.filename} 解压后 {_mb(info.file_size)}，"
                    f"压缩比 {ratio:.0f}:1（上限：单个部件 {_mb(limits.max_part_uncompressed)}，"
                    f"大于 {_mb(limits.ratio_min_size)} 的部件压缩比不超过 {limits.max_ratio:.0f}:1），已拒绝读取",
                    f"zip bomb suspected: {info.filename} {info.file_size} bytes, ratio {ratio:.0f}",
                )
        if total > limits.max_total_uncompressed:
            raise fail(
                path,
                f"疑似压缩炸弹：解压后总大小 {_mb(total)}，超过上限 {_mb(limits.max_total_uncompressed)}，已拒绝读取",
                f"zip bomb suspected: total uncompressed {total} bytes",
            )
        names = list(dict.fromkeys(i.filename for i in infos))
        parts: dict[str, bytes] = {}
        kept: dict[str, bytes] = {}
        for info in infos:
            if info.is_dir():
                continue
            # every part is decompressed once (CRC and encryption flag checked by zipfile);
            # any part that is XML by its bytes is scanned, whatever its name or content type
            blob = _read_part(zf, info, path)
            if info.filename in keep:
                kept[info.filename] = blob
            if not info.filename.lower().endswith(_BINARY_EXT) or _looks_like_xml(blob):
                _check_xml(blob, info.filename, path)
                parts[info.filename] = blob
    return Package(names=names, parts=parts, kept=kept)


def inspect_zip(
    data: bytes, path: object, *, max_cells: int, limits: Limits = DEFAULT_LIMITS
) -> ZipScan:
    """Check an OOXML package and collect what the loader needs, or refuse it.

    Raises:
        WorkbookUnreadable: truncated/damaged zip, zip bomb, too many entries, XML
            entity declarations, not a spreadsheet package, absurd sheets.
    """
    pkg = check_package(data, path, limits=limits, keep=("xl/vbaProject.bin",))
    names = pkg.names
    parts = pkg.parts
    vba = pkg.kept.get("xl/vbaProject.bin")

    # ---- what kind of package is this?
    if "mimetype" in parts and parts["mimetype"].startswith(b"application/vnd.oasis"):
        raise fail(
            path,
            "这是OpenDocument表格（.ods），请用WPS/LibreOffice另存为 .xlsx 后重新提交",
            "OpenDocument spreadsheet; save as .xlsx",
        )
    workbook_part = ""
    custom_part = "docProps/custom.xml"
    if "_rels/.rels" in parts:
        try:
            for rel in _relationships(parts["_rels/.rels"]):
                rtype = rel.get("Type", "")
                if rtype.endswith("/officeDocument") and not workbook_part:
                    workbook_part = _resolve("", rel.get("Target", ""))
                elif rtype.endswith("/custom-properties"):
                    custom_part = _resolve("", rel.get("Target", ""))
        except ET.ParseError:
            raise fail(path, "文件已损坏（_rels/.rels 无法解析）", "damaged _rels/.rels") from None
    if not workbook_part and "xl/workbook.xml" in names:
        workbook_part = "xl/workbook.xml"
    if workbook_part.endswith(".bin") or "xl/workbook.bin" in names:
        raise fail(
            path,
            "这是Excel二进制工作簿（.xlsb），暂不支持；请另存为 .xlsx 后重新提交",
            "xlsb is not supported; save as .xlsx",
        )
    is_workbook = False
    if workbook_part in parts:
        try:
            is_workbook = _local(_xml(parts[workbook_part]).tag) == "workbook"
        except ET.ParseError:
            raise fail(
                path, f"文件已损坏（工作簿结构 {workbook_part} 无法解析）", "damaged workbook part"
            ) from None
    if not is_workbook:
        if any(n.startswith("word/") for n in names):
            zh, en = "这是Word文档（.docx），不是Excel工作簿", "Word document"
        elif any(n.startswith("ppt/") for n in names):
            zh, en = "这是PowerPoint文档（.pptx），不是Excel工作簿", "PowerPoint document"
        else:
            zh, en = "压缩包中没有Excel工作簿（缺少 xl/workbook.xml），不是有效的Excel文件", "no workbook part"
        raise fail(path, zh, en)

    # ---- sheets: names -> parts
    try:
        wb_root = _xml(parts[workbook_part])
        wb_rels_data = parts.get(_rels_of(workbook_part), b"")
        wb_rels = {r.get("Id", ""): r for r in _relationships(wb_rels_data)} if wb_rels_data else {}
    except ET.ParseError:
        raise fail(path, "文件已损坏（工作簿结构 workbook.xml 无法解析）", "damaged workbook.xml") from None
    sheets: list[SheetScan] = []
    macro_sheets: list[str] = []
    all_sheet_names: list[str] = []
    for el in wb_root.iter():
        if _local(el.tag) != "sheet":
            continue
        all_sheet_names.append(el.get("name", ""))
        rid = el.get(f"{{{NS_REL_OFFICE}}}id") or next(
            (v for k, v in el.attrib.items() if _local(k) == "id"), ""
        )
        rel = wb_rels.get(rid)
        if rel is None:
            continue
        target = _resolve(workbook_part, rel.get("Target", ""))
        rtype = rel.get("Type", "")
        if rtype.endswith("/worksheet"):
            sheets.append(SheetScan(name=el.get("name", ""), part=target))
        elif "macrosheet" in rtype.lower() or "dialogsheet" in rtype.lower():
            macro_sheets.append(el.get("name", "") or target)
    macro_sheets += [
        n for n in names if n.startswith("xl/macrosheets/") and n.endswith(".xml")
        and not any(n == s or s.endswith(n) for s in macro_sheets)
    ]  # fmt: skip
    local_names = all_sheet_names
    defined: dict[str, str] = {}
    for el in wb_root.iter():
        if _local(el.tag) != "definedName":
            continue
        name = el.get("name", "")
        local = el.get("localSheetId")
        if local is not None and local.isdigit() and int(local) < len(local_names):
            name = f"{local_names[int(local)]}!{name}"
        defined[name] = (el.text or "").strip()
    properties: dict[str, str] = {}
    if custom_part in parts:
        try:
            for el in _xml(parts[custom_part]):
                if _local(el.tag) == "property" and el.get("name"):
                    child = next(iter(el), None)
                    properties[el.get("name", "")] = (
                        "" if child is None else "".join(child.itertext()).strip()
                    )
        except ET.ParseError:
            properties = {}
    if len(sheets) > limits.max_sheets:
        raise fail(path, f"工作表过多（{len(sheets)} 个）", f"too many sheets ({len(sheets)})")

    for sh in sheets:
        xml = parts.get(sh.part)
        if xml is None:
            raise fail(
                path,
                f"文件已损坏（工作表“{sh.name}”的部件 {sh.part} 缺失）",
                f"sheet part {sh.part} missing",
            )
        _scan_sheet(sh, xml, path, max_cells=max_cells, limits=limits)

    _check_shared_text(parts, workbook_part, wb_rels, sheets, path, limits)

    # ---- external links, DDE links, file hyperlinks: by relationship type, wherever stored
    external: list[str] = []
    hyperlinks: list[str] = []
    link_parts = {n for n in parts if n.startswith("xl/externalLinks/") and n.endswith(".xml")}
    for rels_name, blob in parts.items():
        if not rels_name.endswith(".rels"):
            continue
        source = _source_of_rels(rels_name)
        try:
            rels = _relationships(blob)
        except ET.ParseError:
            if "externalLink" in rels_name:
                external.append(f"[损坏的外部链接部件] {rels_name}")
            continue
        for rel in rels:
            rtype = rel.get("Type", "")
            target = rel.get("Target", "")
            external_mode = rel.get("TargetMode", "").lower() == "external"
            if rtype.endswith("/hyperlink"):
                if _FILELIKE_RE.match(target):
                    hyperlinks.append(target)
            elif rtype.endswith("/externalLink") and not external_mode:
                link_parts.add(_resolve(source, target))
            elif external_mode or rtype.endswith("/externalLinkPath"):
                external.append(target or f"[外部链接] {rels_name}")
    for n in sorted(link_parts):
        blob = parts.get(n)
        if blob is None:
            continue
        try:
            root = _xml(blob)
        except ET.ParseError:
            external.append(f"[损坏的外部链接部件] {n}")
            continue
        for el in root.iter():
            tag = _local(el.tag)
            if tag == "ddeLink":
                external.append(f"{el.get('ddeService', '')}|'{el.get('ddeTopic', '')}'")
            elif tag == "oleLink":
                external.append(f"[OLE] {el.get('progId', '')}")
            elif tag == "externalBook" and not parts.get(_rels_of(n)):
                external.append(f"[外部工作簿] {n}")
    file_format = "xlsm" if (vba is not None or macro_sheets) else "xlsx"
    return ZipScan(
        names=names,
        workbook_part=workbook_part,
        file_format=file_format,
        sheets=sheets,
        vba_project=vba,
        macro_sheets=macro_sheets,
        external_links=external,
        hyperlinks=hyperlinks,
        defined_names=defined,
        properties=properties,
        parts=parts,
    )


_SI_RE = re.compile(rb"<" + XML_PREFIX + rb"si[\s>/]")
_S_CELL_RE = re.compile(_cell_with_type(b"s", group=False))
_S_CELL_V_RE = re.compile(_cell_with_type(b"s", group=False) + rb"\s*+<" + XML_PREFIX + rb"v>\s*+(\d{1,10})\s*+<")


def _check_shared_text(parts: dict[str, bytes], workbook_part: str,
                       wb_rels: dict[str, dict[str, str]], sheets: list[SheetScan], path: object,
                       limits: Limits) -> None:  # fmt: skip
    """Refuse before any parser runs when shared strings would expand beyond the bound.

    A cell of type ``s`` holds an index into the shared-string table; a reader
    builds one string per cell. One 3 MB string used by 3,000 cells is a 24 KB
    file that becomes 9 GB. The cost is counted per cell (the byte length of
    the ``<si>`` it uses; cells whose index cannot be read are charged the
    longest string) over every part that could serve as the table (workbook
    relationship, content type, usual name). Also caps the cells of all sheets.
    """
    total_cells = sum(sh.n_cells for sh in sheets)
    if total_cells > limits.max_total_cells:
        raise fail(
            path,
            f"工作簿的单元格总数过多（{total_cells} 个，上限 {limits.max_total_cells}），已拒绝读取",
            f"{total_cells} cells in all sheets (limit {limits.max_total_cells})",
        )
    candidates = {"xl/sharedStrings.xml"}
    candidates |= {_resolve(workbook_part, r.get("Target", "")) for r in wb_rels.values()
                   if r.get("Type", "").endswith("/sharedStrings")}  # fmt: skip
    ct = parts.get("[Content_Types].xml", b"")
    for m in re.finditer(rb"""PartName\s*=\s*["']/?([^"']+)["'][^>]*sharedStrings""", ct):
        candidates.add(m.group(1).decode("utf-8", "replace"))
    lengths: list[int] = []
    for name in candidates:
        sst = parts.get(name)
        if not sst:
            continue
        starts = [m.start() for m in _SI_RE.finditer(sst)]
        starts.append(len(sst))
        own = [b - a for a, b in zip(starts, starts[1:], strict=False)]
        if len(own) > len(lengths):
            lengths += [0] * (len(own) - len(lengths))
        for i, n in enumerate(own):
            lengths[i] = max(lengths[i], n)
    if not lengths:
        return
    longest = max(lengths)
    n_si = len(lengths)
    total = 0
    for sh in sheets:
        xml = parts.get(sh.part, b"")
        if b't="s"' not in xml and b"t='s'" not in xml and b"t =" not in xml:
            continue
        n_cells = len(_S_CELL_RE.findall(xml))
        indexes = _S_CELL_V_RE.findall(xml)
        for idx, count in Counter(indexes).items():
            i = int(idx)
            total += lengths[i] * count if i < n_si else 0
        total += (n_cells - len(indexes)) * longest
        if total > limits.max_shared_text_bytes:
            raise fail(
                path,
                f"共享字符串展开后过大（工作表“{sh.name}”等处的单元格引用的文字合计超过 "
                f"{_mb(limits.max_shared_text_bytes)} 上限），可能是恶意构造，已拒绝读取",
                f"shared strings expand to more than {limits.max_shared_text_bytes} bytes",
            )


_LINKY_FORMULA_RE = re.compile(rb"<(?:\w+:)?f\b[^>]*>[^<]*(?:\||\[|HYPERLINK)", re.IGNORECASE)


# text of <f>, <formula>, <formula1>, <formula2> (cells, data validation, conditional
# formatting, x14 extensions as <xm:f>); [^<]* cannot run past the element
_FORMULA_TEXT_RE = re.compile(rb"<" + XML_PREFIX + rb"(?:f|formula|formula1|formula2)\b[^>]*+(?<!/)>([^<]++)<")


def _formula_links_in_xml(xml: bytes) -> list[str]:
    from html import unescape

    from jixiao.io.formulas import formula_links, might_link

    out: list[str] = []
    for raw in _FORMULA_TEXT_RE.findall(xml):
        text = raw.decode("utf-8", "replace")
        if might_link(text):
            out += formula_links(unescape(text))
    return out


def _scan_sheet(sh: SheetScan, xml: bytes, path: object, *, max_cells: int, limits: Limits) -> None:
    n_cells = len(_CELL_RE.findall(xml))
    if n_cells > max_cells:
        raise fail(
            path,
            f"工作表“{sh.name}”的单元格过多（{n_cells} 个，上限 {max_cells}），已拒绝读取",
            f"sheet {sh.name!r} has {n_cells} cells (limit {max_cells})",
        )
    sh.n_cells = n_cells
    sh.linky_formula = _LINKY_FORMULA_RE.search(xml) is not None
    sh.links = _formula_links_in_xml(xml)
    row_refs = set(_ROW_REF_RE.findall(xml))
    refs = _REF_ATTR_RE.findall(xml)
    col_refs = {c for c, _r in refs}
    row_refs.update(r for _c, r in refs)
    max_row = max((int(r) for r in row_refs), default=0)
    max_col = max((col_index(c.decode("ascii")) for c in col_refs), default=0)
    if n_cells and not max_col:  # cells without r="..." are placed one after another
        max_col = n_cells
    if max_row > MAX_ROW or max_col > MAX_COL:
        raise fail(
            path,
            f"工作表“{sh.name}”的单元格位置超出Excel范围（行 {max_row}，列 {max_col}），可能是恶意构造",
            f"cell reference outside the Excel grid in {sh.name!r}",
        )
    sh.max_row, sh.max_col = max_row, max_col
    merges = _MERGE_RE.findall(xml)
    if len(merges) > limits.max_merged_ranges:
        raise fail(
            path,
            f"工作表“{sh.name}”的合并单元格过多（{len(merges)} 处），已拒绝读取",
            f"too many merged ranges in {sh.name!r}",
        )
    area = 0
    for ref in merges:
        rng = _parse_range(ref.decode("ascii", "replace"))
        if rng is None:
            continue
        r1, c1, r2, c2 = rng
        if r2 > MAX_ROW or c2 > MAX_COL:
            raise fail(
                path,
                f"工作表“{sh.name}”的合并区域 {ref.decode('ascii', 'replace')} 超出Excel范围",
                f"merged range outside the grid in {sh.name!r}",
            )
        area += (r2 - r1 + 1) * (c2 - c1 + 1)
        sh.merged.append(rng)
    if area > max_cells:
        raise fail(
            path,
            f"工作表“{sh.name}”的合并单元格总面积过大（{area} 格，上限 {max_cells}），已拒绝读取",
            f"merged area {area} cells in {sh.name!r} exceeds {max_cells}",
        )
    if b't="e"' in xml or b"t='e'" in xml:
        for m in _ERROR_CELL_RE.finditer(xml):
            rm = _R_ATTR_RE.search(m.group(1))
            vm = _V_RE.search(m.group(2))
            if rm and vm:
                pos = (int(rm.group(2)), col_index(rm.group(1).decode("ascii")))
                sh.errors[pos] = vm.group(1).decode("utf-8", "replace").strip()
