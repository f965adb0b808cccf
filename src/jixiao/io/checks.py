"""File-level warnings that do not stop reading: unknown macros, external links.

``check_file`` returns ``[(code, message_zh), ...]``; codes are stable:

* ``macro-unknown``  VBA (or an Excel 4.0 macro sheet) whose modules are not in
  :data:`jixiao.io.vba.KNOWN_VBA_MODULE_HASHES` (stub modules with only
  ``Attribute`` lines are ignored);
* ``external-link``  links to other workbooks, DDE formulas such as
  ``=cmd|' /C calc'!A0``, HYPERLINK / hyperlinks to ``file://`` or UNC paths.
"""

from __future__ import annotations

import os

from jixiao.grid import LoadedWorkbook
from jixiao.io.vba import KNOWN_VBA_MODULE_HASHES, is_empty_module, vba_module_hash


def check_loaded(wb: LoadedWorkbook) -> list[tuple[str, str]]:
    """The warnings for an already loaded workbook (see :func:`check_file`)."""
    out: list[tuple[str, str]] = []
    if wb.has_vba:
        if not wb.vba_modules:
            out.append(("macro-unknown", "文件含有宏（VBA），但无法读取宏代码，请勿启用宏"))
        unknown = []
        for name, source in wb.vba_modules.items():
            if name.startswith("XLM:"):
                out.append(
                    ("macro-unknown", f"文件含有Excel 4.0宏表“{name[4:]}”，不是本模板的宏，请勿启用宏")
                )
                continue
            if is_empty_module(source):
                continue
            if vba_module_hash(source) not in KNOWN_VBA_MODULE_HASHES:
                unknown.append(name)
        if unknown:
            out.append(
                ("macro-unknown", f"文件含有非本模板的宏（VBA模块：{'、'.join(unknown)}），请勿启用宏")
            )
    for target in wb.external_links:
        out.append(("external-link", _describe_link(target)))
    return out


def _describe_link(target: str) -> str:
    t = target.strip()
    low = t.lower()
    if t.startswith("函数 "):  # from jixiao.io.formulas: "函数 WEBSERVICE：<formula>"
        name, _, formula = t[3:].partition("：")
        return f"文件含有访问网络或外部程序的函数 {name}（{formula[:80]}），未计算，请勿启用外部内容"
    if "|" in t and not low.startswith(("file:", "\\\\", "http")):
        return f"文件含有DDE动态数据交换公式（{t[:80]}），打开时可能执行外部程序，请勿启用"
    if low.startswith("file:") or t.startswith(("\\\\", "//")):
        return f"文件含有指向本地或网络共享路径的链接：{t[:120]}"
    return f"文件含有外部工作簿链接：{t[:120]}"


def check_file(path_or_wb: str | os.PathLike[str] | LoadedWorkbook) -> list[tuple[str, str]]:
    """File-level, non-fatal warnings as ``[(code, message_zh)]``.

    Args:
        path_or_wb: a path (loaded with :func:`jixiao.io.load_workbook`, values only)
            or an already loaded workbook.

    Raises:
        WorkbookUnreadable: when given a path that cannot be read.

    >>> check_file(LoadedWorkbook(path="x.xlsx", sheets=[], external_links=["cmd|' /C calc'!A0"]))
    [('external-link', "文件含有DDE动态数据交换公式（cmd|' /C calc'!A0），打开时可能执行外部程序，请勿启用")]
    """
    if isinstance(path_or_wb, LoadedWorkbook):
        return check_loaded(path_or_wb)
    from jixiao.io.load import load_workbook

    return check_loaded(load_workbook(path_or_wb, need_formulas=True))
