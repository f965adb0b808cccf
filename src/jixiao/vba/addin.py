"""The jixiao ribbon add-in (``jixiao.xlam``), made from xlwings' ribbon add-in.

xlwings ships ``quickstart_addin_ribbon.xlam``. Its VBA module
``RibbonMyAddin`` has::

    Sub RunMain(control As IRibbonControl)
        mymodule = Left(ThisWorkbook.Name, _
            (InStrRev(ThisWorkbook.Name, ".", -1, vbTextCompare) - 1))
        RunPython "import " & mymodule & ";" & mymodule & ".main()"
    End Sub

so an add-in file named ``jixiao.xlam`` runs ``import jixiao; jixiao.main()``.
We keep ``xl/vbaProject.bin`` byte for byte (no VBA editing, no re-signing)
and only rewrite the ribbon XML (``customUI/customUI.xml``) at zip level:
openpyxl would drop the ``_rels/.rels`` relationship that makes Excel load
the ribbon. The tab is ``绩效评分`` with one large button ``校验整表`` whose
``onAction`` stays ``RibbonMyAddin.RunMain``.

The add-in keeps xlwings' settings names: its config sheet is
``myaddin.conf`` (shipped disabled as ``_myaddin.conf``) and its user config
file ``%USERPROFILE%\\.myaddin\\myaddin.conf``.
"""

from __future__ import annotations

import importlib.util
import io
import zipfile
from pathlib import Path
from xml.etree import ElementTree as ET

__all__ = [
    "ADDIN_FILENAME",
    "CUSTOMUI_NS",
    "RIBBON_BUTTON_LABEL",
    "RIBBON_TAB_LABEL",
    "build_addin",
    "ribbon_xml",
    "write_addin",
    "xlwings_ribbon_addin_path",
]

ADDIN_FILENAME = "jixiao.xlam"
CUSTOMUI_NS = "http://schemas.microsoft.com/office/2006/01/customui"
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
_CUSTOMUI_PART = "customUI/customUI.xml"
_UI_REL_TYPE = "http://schemas.microsoft.com/office/2007/relationships/ui/extensibility"
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
    q = f"{{{CUSTOMUI_NS}}}"
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
    body = ET.tostring(root, encoding="unicode")
    return (_XML_DECL + body).encode("utf-8")


def _check_ui_relationship(rels: bytes) -> None:
    root = ET.fromstring(rels)
    for rel in root.iter(f"{{{_REL_NS}}}Relationship"):
        if rel.get("Type") == _UI_REL_TYPE and rel.get("Target", "").lstrip("/") == _CUSTOMUI_PART:
            return
    msg = "xlwings add-in has no customUI relationship in _rels/.rels"
    raise ValueError(msg)


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
        ``out_path`` as a ``Path``. Every zip member other than the ribbon XML
        and the title in ``docProps/core.xml`` is copied unchanged, including
        ``xl/vbaProject.bin``.
    """
    out = Path(out_path)
    src = Path(source) if source is not None else xlwings_ribbon_addin_path()
    if out.suffix.lower() != ".xlam":
        msg = f"加载项文件须以 .xlam 结尾 | add-in must end in .xlam (got {out.name!r})"
        raise ValueError(msg)
    buf = io.BytesIO()
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(buf, "w") as zout:
        names = zin.namelist()
        if _CUSTOMUI_PART not in names:
            msg = f"{src}: no {_CUSTOMUI_PART}"
            raise ValueError(msg)
        _check_ui_relationship(zin.read("_rels/.rels"))
        for info in zin.infolist():
            data = zin.read(info)
            if info.filename == _CUSTOMUI_PART:
                data = ribbon_xml(data)
            elif info.filename == "docProps/core.xml":
                data = _core_with_title(data)
            zout.writestr(info, data, compress_type=info.compress_type)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(out.name + ".tmp")
    tmp.write_bytes(buf.getvalue())
    tmp.replace(out)
    return out


def write_addin(out_dir: str | Path) -> Path:
    """Write ``jixiao.xlam`` into ``out_dir`` (for ``jixiao templates build``); return its path."""
    return build_addin(Path(out_dir) / ADDIN_FILENAME)
