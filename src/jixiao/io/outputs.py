"""Outputs never touch inputs; names and text are safe to print and to save.

    check_output(path, option, kind="file"|"dir", inputs=(), input_dirs=())  # or OutputPathError
    safe_text(text) -> str                 # for terminal, text, CSV and JSON output
    annotated_names(paths) -> {path: name} # unique, short, clean ``<name>.校验.xlsx``
    is_own_output(name) -> bool            # ``*.校验.xlsx`` written by jixiao

Every problem with an output target is found before any work starts and is a
usage error with a Chinese message (the CLI exits 2): the target is an input
file (same path after resolving symlinks, or the same file by device/inode), it
lies inside a folder being checked, its folder is missing, it is a folder where
a file is expected (or the reverse), or it cannot be written.
"""

from __future__ import annotations

import os
import unicodedata
from collections.abc import Iterable
from pathlib import Path

from jixiao.errors import InputError

__all__ = [
    "ANNOTATED_SUFFIX",
    "OutputPathError",
    "annotated_names",
    "check_output",
    "is_own_output",
    "safe_text",
]

ANNOTATED_SUFFIX = ".校验.xlsx"
#: bytes a file name may have on every common file system
MAX_NAME_BYTES = 255


class OutputPathError(InputError):
    """An output target that would overwrite an input or cannot be written."""

    code = "output-path"


# --------------------------------------------------------------------------- text


def _escape_char(ch: str) -> str:
    o = ord(ch)
    if 0xDC80 <= o <= 0xDCFF:  # a byte that was not valid UTF-8 (surrogateescape)
        return f"\\x{o - 0xDC00:02x}"
    if o < 0x100:
        return {"\n": "\\n", "\r": "\\r", "\t": "\\t"}.get(ch, f"\\x{o:02x}")
    return f"\\u{o:04x}" if o < 0x10000 else f"\\U{o:08x}"


def _unsafe(ch: str) -> bool:
    cat = unicodedata.category(ch)
    # Cc control (ESC, NUL, newline ...), Cs surrogate (undecodable byte), Cf format
    # (bidi overrides that reorder a line), Zl/Zp line/paragraph separators
    return cat in ("Cc", "Cs", "Zl", "Zp") or (cat == "Cf" and ch not in "\u200b\u200c\u200d")


def safe_text(text: object) -> str:
    """``text`` with control characters, line breaks and undecodable bytes shown escaped.

    One finding stays one line and nothing reaches the terminal as a control
    sequence; the escapes are plain ASCII, so every output encoding accepts them.

    >>> safe_text("甲县\\n伪造.xlsx")
    '甲县\\\\n伪造.xlsx'
    >>> safe_text("培训\\x1b[2J人次")
    '培训\\\\x1b[2J人次'
    >>> safe_text(os.fsdecode(b"\\xcf\\xd8.xlsx"))
    '\\\\xcf\\\\xd8.xlsx'
    >>> safe_text("县 医保局 评分表.xlsx")
    '县 医保局 评分表.xlsx'
    """
    s = text if isinstance(text, str) else str(text)
    if s.isprintable() and not any(0xD800 <= ord(c) <= 0xDFFF for c in s):
        return s
    return "".join(_escape_char(c) if _unsafe(c) else c for c in s)


def _readable_name(name: str) -> str:
    """A file name for a new file: undecodable bytes read as GB18030 when they are, control
    characters replaced by ``_``."""
    if any(0xDC80 <= ord(c) <= 0xDCFF for c in name):
        raw = os.fsencode(name)
        try:
            name = raw.decode("gb18030")
        except UnicodeDecodeError:
            name = raw.decode("utf-8", "replace")
    out = "".join("_" if _unsafe(c) or c in '/\\:*?"<>|' else c for c in name)
    return out.strip(" .") or "工作簿"


def _fit(stem: str, suffix: str, limit: int = MAX_NAME_BYTES) -> str:
    room = limit - len(suffix.encode("utf-8"))
    b = stem.encode("utf-8")
    if len(b) <= room:
        return stem + suffix
    return b[:room].decode("utf-8", "ignore").rstrip() + suffix


def annotated_names(paths: Iterable[str | os.PathLike[str]]) -> dict[str, str]:
    """A distinct, clean ``<name>.校验.xlsx`` for each input (in order).

    Same stems get the parent folder's name, then a number: ``甲县/评分表.xlsx`` →
    ``评分表.校验.xlsx``, ``乙县/评分表.xlsx`` → ``评分表（乙县）.校验.xlsx``. Names stay
    within 255 bytes.

    >>> annotated_names(["甲县/评分表.xlsx", "乙县/评分表.xlsx", "丙/乙县/评分表.xls"])
    {'甲县/评分表.xlsx': '评分表.校验.xlsx', '乙县/评分表.xlsx': '评分表（乙县）.校验.xlsx', \
'丙/乙县/评分表.xls': '评分表（乙县）（2）.校验.xlsx'}
    """
    out: dict[str, str] = {}
    taken: set[str] = set()
    for p in paths:
        key = os.fspath(p)
        path = Path(key)
        stem = _readable_name(path.stem)
        name = _fit(stem, ANNOTATED_SUFFIX)
        if name.casefold() in taken:
            parent = _readable_name(path.parent.name) if path.parent.name else ""
            base = f"{stem}（{parent}）" if parent else stem
            name = _fit(base, ANNOTATED_SUFFIX)
            n = 2
            while name.casefold() in taken:
                name = _fit(base, f"（{n}）{ANNOTATED_SUFFIX}")
                n += 1
        taken.add(name.casefold())
        out[key] = name
    return out


def is_own_output(name: str) -> bool:
    """True for an annotated copy written by ``jixiao validate --out``."""
    return name.endswith(ANNOTATED_SUFFIX)


# --------------------------------------------------------------------------- targets


def _writable(path: str) -> bool:
    """Writable by us, and not marked read-only (no write bit) — also when running as root."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return False
    return os.access(path, os.W_OK) and bool(mode & 0o222)


def _same_file(a: str, b: str) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def _inside(path: str, folder: str) -> bool:
    try:
        return os.path.commonpath([path, folder]) == folder
    except ValueError:  # different drives
        return False


def check_output(path: str | os.PathLike[str], option: str, *, kind: str = "file",
                 inputs: Iterable[str | os.PathLike[str]] = (),
                 input_dirs: Iterable[str | os.PathLike[str]] = ()) -> None:  # fmt: skip
    """Refuse an output target that could touch an input or cannot be written.

    Args:
        path: the target (a file, or with ``kind="dir"`` a folder that may not exist yet).
        option: the option's name for the message (``--out``, ``--json``, ``--csv``).
        inputs: the input files; the target may be none of them.
        input_dirs: folders being checked; the target may not lie inside them.

    Raises:
        OutputPathError: with a Chinese message naming the option and the path.
    """
    p = os.fspath(path)
    shown = safe_text(p)
    real = os.path.realpath(p)
    for f in inputs:
        f = os.fspath(f)
        if real == os.path.realpath(f) or _same_file(p, f):
            raise OutputPathError(f"{option} 指向输入文件 {safe_text(f)}，会覆盖原件，已拒绝；"
                                  "请另选输出位置", f"{option} is an input file")  # fmt: skip
    for d in input_dirs:
        rd = os.path.realpath(os.fspath(d))
        if _inside(real, rd):
            raise OutputPathError(
                f"{option} 位于正在检查的文件夹 {safe_text(os.fspath(d))} 之内（{shown}），"
                "输出会混入下次检查的文件中，已拒绝；请输出到该文件夹之外",
                f"{option} lies inside an input folder",
            )
    if kind == "dir":
        if os.path.exists(p) and not os.path.isdir(p):
            raise OutputPathError(f"{option} 应为文件夹，但 {shown} 是文件", f"{option} is a file")
        probe = p
        while not os.path.exists(probe):  # the nearest existing folder must be writable
            parent = os.path.dirname(os.path.abspath(probe))
            if parent == os.path.abspath(probe):
                break
            probe = parent
        if os.path.exists(probe) and not os.path.isdir(probe):
            raise OutputPathError(f"{option} 无法创建：{safe_text(probe)} 是文件而不是文件夹",
                                  f"{option}: a parent is a file")  # fmt: skip
        if not _writable(probe):
            raise OutputPathError(f"{option} 文件夹 {safe_text(probe)} 没有写入权限（只读）",
                                  f"{option}: folder not writable")  # fmt: skip
        return
    if os.path.isdir(p):
        raise OutputPathError(f"{option} 应为文件，但 {shown} 是文件夹", f"{option} is a folder")
    folder = os.path.dirname(os.path.abspath(p))
    if not os.path.isdir(folder):
        what = "不存在" if not os.path.exists(folder) else "不是文件夹"
        raise OutputPathError(f"{option} 所在文件夹{what}：{safe_text(folder)}",
                              f"{option}: folder missing")  # fmt: skip
    if not _writable(folder):
        raise OutputPathError(f"{option} 所在文件夹 {safe_text(folder)} 没有写入权限（只读）",
                              f"{option}: folder not writable")  # fmt: skip
    if os.path.exists(p) and not _writable(p):
        raise OutputPathError(f"{option} 指向的文件 {shown} 是只读文件，已拒绝覆盖",
                              f"{option}: read-only file")  # fmt: skip
