"""The ribbon add-in jixiao.xlam: ribbon XML, relationship, rebuilt VBA.

Namespace/relationship pairs from Microsoft's specifications:
[MS-CUSTOMUI] (Office 2007): namespace 2006/01/customui, relationship
2006/relationships/ui/extensibility; [MS-CUSTOMUI2] (Office 2010): namespace
2009/07/customui, relationship 2007/relationships/ui/extensibility
(learn.microsoft.com/en-us/openspecs/office_standards/ms-customui2/452a58ae-cb0a-4926-83f8-fb1cbaa6114c).
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest
from oletools.olevba import VBA_Parser

from jixiao.vba.addin import (
    ADDIN_FILENAME,
    CUSTOMUI14_PART,
    build_addin,
    ribbon_xml,
    write_addin,
    xlwings_ribbon_addin_path,
)

CUSTOMUI = "{http://schemas.microsoft.com/office/2009/07/customui}"  # MS-CUSTOMUI2
UI_REL = "http://schemas.microsoft.com/office/2007/relationships/ui/extensibility"
REL_NS = "{http://schemas.openxmlformats.org/package/2006/relationships}"
COMMITTED = Path(__file__).resolve().parents[2] / "workbook_templates" / ADDIN_FILENAME


@pytest.fixture
def addin(tmp_path: Path) -> Path:
    return write_addin(tmp_path)


def _vba(path: Path) -> dict[str, str]:
    parser = VBA_Parser(str(path))
    return {stream.split("/")[-1]: code for _, stream, _, code in parser.extract_macros()}


def test_ribbon_runs_a_fixed_python_module_whatever_the_file_name(addin: Path) -> None:
    # xlwings' RunMain imported the module named after the add-in file
    # ("jixiao (1).xlam" -> "import jixiao (1)", a syntax error); ours is fixed.
    run_main = _vba(addin)["RibbonMyAddin"]
    assert "Sub RunMain(control As IRibbonControl)" in run_main
    assert 'RunPython "import jixiao; jixiao.main()"' in run_main
    assert "ThisWorkbook.Name" not in run_main and "mymodule" not in run_main


def test_addin_reads_the_xlwings_user_settings_file(addin: Path) -> None:
    # PROJECT_NAME decides the settings file %USERPROFILE%\.<name>\<name>.conf:
    # "xlwings", the file jixiao excel install writes and the templates read.
    code = _vba(addin)["xlwings"]
    assert re.findall(r'(?m)^Public Const PROJECT_NAME As String = "(\w+)"', code) == ["xlwings"]
    assert 'Environ("USERPROFILE") & "\\." & PROJECT_NAME & "\\" & PROJECT_NAME & ".conf"' in code


def test_other_vba_is_xlwings_own_line_for_line(addin: Path) -> None:
    with zipfile.ZipFile(xlwings_ribbon_addin_path()) as z:
        orig = {s.split("/")[-1]: c for _, s, _, c in
                VBA_Parser("o.bin", data=z.read("xl/vbaProject.bin")).extract_macros()}
    new = _vba(addin)
    assert set(new) == set(orig)  # ThisWorkbook, Sheet2, Dictionary, RibbonMyAddin, xlwings

    def lines(text: str) -> list[str]:
        return text.replace("\r\n", "\n").rstrip("\n").split("\n")

    for name in ("ThisWorkbook", "Sheet2", "Dictionary"):
        assert lines(new[name]) == lines(orig[name]), name
    a, b = lines(orig["xlwings"]), lines(new["xlwings"])
    assert len(a) == len(b)
    assert [(x, y) for x, y in zip(a, b, strict=True) if x != y] == [
        ('Public Const PROJECT_NAME As String = "myaddin"',
         'Public Const PROJECT_NAME As String = "xlwings"')]


def test_ribbon_relationship_and_labels(addin: Path) -> None:
    with zipfile.ZipFile(addin) as z:
        rels = ET.fromstring(z.read("_rels/.rels"))
        targets = [r.get("Target") for r in rels.iter(f"{REL_NS}Relationship")
                   if r.get("Type") == UI_REL]
        assert targets == [CUSTOMUI14_PART]
        assert "customUI/customUI.xml" not in z.namelist()
        raw = z.read(CUSTOMUI14_PART)
    assert raw.startswith(b'<?xml version="1.0" encoding="UTF-8"')
    ui = ET.fromstring(raw)
    # the Office 2010 namespace, as the 2007/relationships/ui/extensibility type requires
    assert ui.tag == f"{CUSTOMUI}customUI"
    tabs = ui.findall(f"{CUSTOMUI}ribbon/{CUSTOMUI}tabs/{CUSTOMUI}tab")
    assert [t.get("label") for t in tabs] == ["绩效评分"]
    buttons = ui.findall(f".//{CUSTOMUI}button")
    assert [b.get("label") for b in buttons] == ["校验整表"]
    labels = {e.get("label") for e in ui.iter() if e.get("label")}
    # xlwings' "MyAddin" / "My Group" / "Run" are all replaced
    assert labels == {"绩效评分", "整表校验", "校验整表"}


def test_every_on_action_names_an_existing_macro(addin: Path) -> None:
    with zipfile.ZipFile(addin) as z:
        ui = ET.fromstring(z.read(CUSTOMUI14_PART))
    actions = [e.get("onAction") for e in ui.iter() if e.get("onAction")]
    assert actions == ["RibbonMyAddin.RunMain"]
    vba = _vba(addin)
    for action in actions:
        module, _, proc = action.partition(".")
        assert module in vba, f"{action}: no module {module}"
        # a ribbon callback takes (control As IRibbonControl)
        assert re.search(rf"(?m)^\s*(Public\s+)?Sub\s+{proc}\s*\(control As IRibbonControl\)",
                         vba[module]), action


def test_only_ribbon_vba_and_title_change(addin: Path) -> None:
    with zipfile.ZipFile(xlwings_ribbon_addin_path()) as orig, zipfile.ZipFile(addin) as new:
        renamed = [n.replace("customUI/customUI.xml", CUSTOMUI14_PART) for n in orig.namelist()]
        assert renamed == new.namelist()
        changed = [n for n in orig.namelist() if n in new.namelist() and orig.read(n) != new.read(n)]
        assert sorted(changed) == ["_rels/.rels", "docProps/core.xml", "xl/vbaProject.bin"]
        core = new.read("docProps/core.xml").decode("utf-8")
        assert "<dc:title>绩效评分 (jixiao)</dc:title>" in core


def test_build_is_reproducible(tmp_path: Path) -> None:
    a = build_addin(tmp_path / "a" / "jixiao.xlam").read_bytes()
    b = build_addin(tmp_path / "b" / "jixiao.xlam").read_bytes()
    assert a == b


def test_committed_addin_is_current(addin: Path) -> None:
    # workbook_templates/jixiao.xlam is generated: rerun write_addin("workbook_templates").
    with zipfile.ZipFile(COMMITTED) as old, zipfile.ZipFile(addin) as new:
        assert old.namelist() == new.namelist()
        for name in new.namelist():
            assert old.read(name) == new.read(name), f"{name} differs: regenerate the add-in"


def test_non_xlam_name_is_rejected(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match=r"\.xlam"):
        build_addin(tmp_path / "jixiao.xlsm")


@pytest.mark.parametrize(
    ("xml", "match"),
    [
        (b'<customUI xmlns="http://schemas.microsoft.com/office/2006/01/customui"><ribbon><tabs>'
         b'<tab id="t" label="x"><group id="g"><button id="b" onAction="Other.Macro"/></group>'
         b"</tab></tabs></ribbon></customUI>", "unexpected onAction"),
        (b'<customUI xmlns="http://schemas.microsoft.com/office/2006/01/customui"><ribbon><tabs>'
         b"</tabs></ribbon></customUI>", "0 tabs"),
    ],
    ids=["other-action", "no-tab"],
)
def test_unexpected_upstream_ribbon_is_refused(xml: bytes, match: str) -> None:
    with pytest.raises(ValueError, match=match):
        ribbon_xml(xml)
