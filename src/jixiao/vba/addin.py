"""The jixiao ribbon add-in (``jixiao.xlam``), made from xlwings' ribbon add-in.

xlwings ships ``quickstart_addin_ribbon.xlam``. Three things in it break on a
bureau's PC, and are changed here; everything else is kept:

* Its ``RibbonMyAddin.RunMain`` imports the Python module named after the
  add-in *file* (``jixiao (1).xlam`` -> ``import jixiao (1)``, a syntax error).
  Ours runs ``RunPython "import jixiao; jixiao.main()"``: a fixed name.
* Its xlwings module reads settings from ``%USERPROFILE%\\.myaddin\\myaddin.conf``
  (``PROJECT_NAME = "myaddin"``), which nothing writes, so the interpreter
  defaults to ``python``/``pythonw`` on PATH (the python.org installer leaves
  it off). Ours has ``PROJECT_NAME = "xlwings"``: the same user settings file
  as the templates' VBA, ``%USERPROFILE%\\.xlwings\\xlwings.conf``, which
  ``jixiao excel install`` writes (``INTERPRETER_WIN``, ``PYTHONPATH``).
* Its ribbon XML is in the Office 2007 namespace
  (``2006/01/customui``) but reached through the Office 2010 relationship type
  (``2007/relationships/ui/extensibility``). Ours is consistent: the 2010
  namespace (``2009/07/customui``) in ``customUI/customUI14.xml``, reached
  through the 2010 relationship type (Excel 2010 and later, as the templates).

The VBA project is rebuilt from the add-in's own module sources (read with
olevba) by :mod:`jixiao.vba.ovba`; the module sources other than the two
changes above are kept line for line (tests compare them).
"""

from __future__ import annotations

import importlib.util
import io
import re
import zipfile
from pathlib import Path
from xml.etree import ElementTree as ET

__all__ = [
    "ADDIN_FILENAME",
    "CUSTOMUI14_PART",
    "CUSTOMUI_NS",
    "RIBBON_PYTHON",
    "SETTINGS_NAME",
    "addin_vba",
    "RIBBON_BUTTON_LABEL",
    "RIBBON_TAB_LABEL",
    "build_addin",
    "ribbon_xml",
    "write_addin",
    "xlwings_ribbon_addin_path",
]

ADDIN_FILENAME = "jixiao.xlam"
#: the Office 2010 ribbon namespace (MS-CUSTOMUI2), matching _UI_REL_TYPE
CUSTOMUI_NS = "http://schemas.microsoft.com/office/2009/07/customui"
#: the namespace xlwings' file uses (Office 2007, MS-CUSTOMUI)
XLWINGS_CUSTOMUI_NS = "http://schemas.microsoft.com/office/2006/01/customui"
RIBBON_TAB_LABEL = "绩效评分"
RIBBON_GROUP_LABEL = "整表校验"
RIBBON_BUTTON_LABEL = "校验整表"
RIBBON_SCREENTIP = "校验整张评分表"
RIBBON_SUPERTIP = (
    "用 Python 校验当前工作簿的评分表：分值、得分、合计与评分规则。"
    "需要本机已安装 Python、xlwings 与 jixiao。"
)
RIBBON_ACTION = "RibbonMyAddin.RunMain"
ADDIN_TITLE = "绩效评分 (jixiao)"

_XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
_CUSTOMUI_PART = "customUI/customUI.xml"  # in xlwings' file
CUSTOMUI14_PART = "customUI/customUI14.xml"  # in ours
_UI_REL_TYPE = "http://schemas.microsoft.com/office/2007/relationships/ui/extensibility"
RIBBON_MODULE = "RibbonMyAddin"
#: what the ribbon button runs: a fixed module name, never the add-in's file name
RIBBON_PYTHON = "import jixiao; jixiao.main()"
RIBBON_SOURCE = (
    "Sub RunMain(control As IRibbonControl)\r\n"
    "    ' jixiao: a fixed Python module name, so a renamed add-in file keeps working.\r\n"
    f'    RunPython "{RIBBON_PYTHON}"\r\n'
    "End Sub\r\n"
)
#: the xlwings settings name: user settings in %USERPROFILE%\.xlwings\xlwings.conf
SETTINGS_NAME = "xlwings"
ADDIN_PROJECT = "JixiaoAddin"
_PROJECT_NAME_LINE = re.compile(r'(?m)^Public Const PROJECT_NAME As String = "[^"]*"')
_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"


def xlwings_ribbon_addin_path() -> Path:
    """Locate xlwings' ``quickstart_addin_ribbon.xlam`` without importing xlwings."""
    spec = importlib.util.find_spec("xlwings")
    if spec is None or not spec.submodule_search_locations:
        msg = (
            "未安装 xlwings，无法生成加载项 | "
            "xlwings is not installed (pip install 'jixiao[udf]')"
        )
        raise FileNotFoundError(msg)
    path = Path(next(iter(spec.submodule_search_locations))) / "quickstart_addin_ribbon.xlam"
    if not path.is_file():
        msg = f"xlwings 中找不到功能区加载项 | {path} not found in this xlwings version"
        raise FileNotFoundError(msg)
    return path


def ribbon_xml(original: bytes) -> bytes:
    """Relabel xlwings' ribbon XML: tab 绩效评分, button 校验整表, same onAction.

    Raises ``ValueError`` when the XML is not the single-tab, single-button
    layout xlwings ships, so a changed upstream file is noticed.
    """
    ET.register_namespace("", CUSTOMUI_NS)
    root = ET.fromstring(original)
    q = f"{{{XLWINGS_CUSTOMUI_NS}}}"
    tabs = root.findall(f"{q}ribbon/{q}tabs/{q}tab")
    buttons = root.findall(f".//{q}button")
    if len(tabs) != 1 or len(buttons) != 1:
        msg = f"unexpected xlwings ribbon: {len(tabs)} tabs, {len(buttons)} buttons (expected 1, 1)"
        raise ValueError(msg)
    action = buttons[0].get("onAction")
    if action != RIBBON_ACTION:
        msg = f"unexpected onAction {action!r} in xlwings ribbon (expected {RIBBON_ACTION!r})"
        raise ValueError(msg)
    tab = tabs[0]
    tab.set("id", "jixiaoTab")
    tab.set("label", RIBBON_TAB_LABEL)
    for group in tab.findall(f"{q}group"):
        group.set("id", "jixiaoGroup")
        group.set("label", RIBBON_GROUP_LABEL)
    button = buttons[0]
    button.set("id", "jixiaoValidate")
    button.set("label", RIBBON_BUTTON_LABEL)
    button.set("screentip", RIBBON_SCREENTIP)
    button.set("supertip", RIBBON_SUPERTIP)
    for el in root.iter():  # move every element into the Office 2010 namespace
        if el.tag.startswith(q):
            el.tag = f"{{{CUSTOMUI_NS}}}" + el.tag[len(q):]
    body = ET.tostring(root, encoding="unicode")
    return (_XML_DECL + body).encode("utf-8")


def _retarget_ui_relationship(rels: bytes) -> bytes:
    """Point the 2010 ui/extensibility relationship at customUI14.xml (text edit)."""
    root = ET.fromstring(rels)
    for rel in root.iter(f"{{{_REL_NS}}}Relationship"):
        if rel.get("Type") == _UI_REL_TYPE and rel.get("Target", "").lstrip("/") == _CUSTOMUI_PART:
            old = f'Target="{rel.get("Target")}"'
            text = rels.decode("utf-8")
            if text.count(old) != 1:
                break
            return text.replace(old, f'Target="{CUSTOMUI14_PART}"').encode("utf-8")
    msg = "xlwings add-in has no customUI relationship in _rels/.rels"
    raise ValueError(msg)


def addin_vba(original: bytes) -> bytes:
    """Rebuild the add-in's ``vbaProject.bin``: fixed module name, xlwings settings name.

    ``original`` is xlwings' ``xl/vbaProject.bin``. Its standard modules other
    than ``RibbonMyAddin`` and its class modules are kept line for line; in the
    ``xlwings`` module only the ``PROJECT_NAME`` constant changes.
    """
    from oletools.olevba import VBA_Parser

    from jixiao.vba.ovba import build_vba_project

    parser = VBA_Parser("vbaProject.bin", data=original)
    standard: dict[str, str] = {}
    classes: dict[str, str] = {}
    documents: list[str] = []
    for _, stream, filename, code in parser.extract_macros():
        name = stream.split("/")[-1]
        if filename.endswith(".cls") and "VB_PredeclaredId = True" in code:
            documents.append(name)  # ThisWorkbook / sheets: attributes only
        elif filename.endswith(".cls"):
            classes[name] = code
        else:
            standard[name] = code
    if RIBBON_MODULE not in standard or "xlwings" not in standard:
        msg = f"unexpected xlwings add-in VBA: modules {sorted(standard)}"
        raise ValueError(msg)
    xlwings_code, n = _PROJECT_NAME_LINE.subn(
        f'Public Const PROJECT_NAME As String = "{SETTINGS_NAME}"', standard["xlwings"])
    if n != 1:
        msg = "xlwings add-in VBA has no PROJECT_NAME constant"
        raise ValueError(msg)
    standard["xlwings"] = xlwings_code
    standard[RIBBON_MODULE] = RIBBON_SOURCE
    documents.sort(key=lambda d: d != "ThisWorkbook")
    return build_vba_project(standard, project_name=ADDIN_PROJECT,
                             document_modules=documents, class_modules=classes)


def _core_with_title(core: bytes) -> bytes:
    text = core.decode("utf-8")
    for empty in ("<dc:title />", "<dc:title/>"):
        if empty in text:
            return text.replace(empty, f"<dc:title>{ADDIN_TITLE}</dc:title>", 1).encode("utf-8")
    return core


def build_addin(out_path: str | Path, source: str | Path | None = None) -> Path:
    """Write the jixiao ribbon add-in.

    Args:
        out_path: target file. Name it ``jixiao.xlam``: the VBA imports the
            Python module named after the add-in file.
        source: xlwings' ``quickstart_addin_ribbon.xlam`` (found automatically).

    Returns:
        ``out_path`` as a ``Path``. Changed: the ribbon XML (renamed
        ``customUI/customUI14.xml``) and its relationship, ``xl/vbaProject.bin``
        (see :func:`addin_vba`) and the title in ``docProps/core.xml``; every
        other zip member is copied unchanged.
    """
    from jixiao.vba.pin import XLWINGS_VERSION, installed_xlwings_version
    out = Path(out_path)
    src = Path(source) if source is not None else xlwings_ribbon_addin_path()
    if out.suffix.lower() != ".xlam":
        msg = f"加载项文件须以 .xlam 结尾 | add-in must end in .xlam (got {out.name!r})"
        raise ValueError(msg)
    if source is None and installed_xlwings_version() != XLWINGS_VERSION:
        msg = (f"xlwings {installed_xlwings_version()} is installed; the add-in must be built "
               f"from xlwings {XLWINGS_VERSION} (jixiao.vba.pin)")
        raise RuntimeError(msg)
    buf = io.BytesIO()
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(buf, "w") as zout:
        names = zin.namelist()
        if _CUSTOMUI_PART not in names:
            msg = f"{src}: no {_CUSTOMUI_PART}"
            raise ValueError(msg)
        for info in zin.infolist():
            data = zin.read(info)
            if info.filename == _CUSTOMUI_PART:
                data = ribbon_xml(data)
                info = _renamed(info, CUSTOMUI14_PART)
            elif info.filename == "_rels/.rels":
                data = _retarget_ui_relationship(data)
            elif info.filename == "xl/vbaProject.bin":
                data = addin_vba(data)
            elif info.filename == "docProps/core.xml":
                data = _core_with_title(data)
            zout.writestr(info, data, compress_type=info.compress_type)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(out.name + ".tmp")
    tmp.write_bytes(buf.getvalue())
    tmp.replace(out)
    return out


def _renamed(info: zipfile.ZipInfo, name: str) -> zipfile.ZipInfo:
    new = zipfile.ZipInfo(name, date_time=info.date_time)
    new.compress_type, new.external_attr = info.compress_type, info.external_attr
    return new


def write_addin(out_dir: str | Path) -> Path:
    """Write ``jixiao.xlam`` into ``out_dir`` (for ``jixiao templates build``); return its path."""
    return build_addin(Path(out_dir) / ADDIN_FILENAME)
