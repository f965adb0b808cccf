"""The ribbon add-in jixiao.xlam: ribbon XML, relationship, untouched VBA."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest
from oletools.olevba import VBA_Parser

from jixiao.vba.addin import (
    ADDIN_FILENAME,
    build_addin,
    ribbon_xml,
    write_addin,
    xlwings_ribbon_addin_path,
)

CUSTOMUI = "{http://schemas.microsoft.com/office/2006/01/customui}"
UI_REL = "http://schemas.microsoft.com/office/2007/relationships/ui/extensibility"
REL_NS = "{http://schemas.openxmlformats.org/package/2006/relationships}"
COMMITTED = Path(__file__).resolve().parents[2] / "workbook_templates" / ADDIN_FILENAME


@pytest.fixture
def addin(tmp_path: Path) -> Path:
    return write_addin(tmp_path)


def _vba(path: Path) -> dict[str, str]:
    parser = VBA_Parser(str(path))
    return {stream.split("/")[-1]: code for _, stream, _, code in parser.extract_macros()}


def test_written_with_the_name_the_vba_imports(addin: Path) -> None:
    # RibbonMyAddin.RunMain imports the module named after the add-in file:
    # jixiao.xlam -> "import jixiao;jixiao.main()".
    assert addin.name == "jixiao.xlam"
    run_main = _vba(addin)["RibbonMyAddin"]
    assert "Sub RunMain(control As IRibbonControl)" in run_main
    assert (
        "mymodule = Left(ThisWorkbook.Name, "
        '(InStrRev(ThisWorkbook.Name, ".", -1, vbTextCompare) - 1))'
    ) in run_main
    assert 'RunPython "import " & mymodule & ";" & mymodule & ".main()"' in run_main


def test_ribbon_relationship_and_labels(addin: Path) -> None:
    with zipfile.ZipFile(addin) as z:
        rels = ET.fromstring(z.read("_rels/.rels"))
        targets = [r.get("Target") for r in rels.iter(f"{REL_NS}Relationship")
                   if r.get("Type") == UI_REL]
        assert targets == ["customUI/customUI.xml"]
        raw = z.read("customUI/customUI.xml")
    assert raw.startswith(b'<?xml version="1.0" encoding="UTF-8"')
    ui = ET.fromstring(raw)
    assert ui.tag == f"{CUSTOMUI}customUI"  # the Office 2007+ namespace
    tabs = ui.findall(f"{CUSTOMUI}ribbon/{CUSTOMUI}tabs/{CUSTOMUI}tab")
    assert [t.get("label") for t in tabs] == ["绩效评分"]
    buttons = ui.findall(f".//{CUSTOMUI}button")
    assert [b.get("label") for b in buttons] == ["校验整表"]
    labels = {e.get("label") for e in ui.iter() if e.get("label")}
    # xlwings' "MyAddin" / "My Group" / "Run" are all replaced
    assert labels == {"绩效评分", "整表校验", "校验整表"}


def test_every_on_action_names_an_existing_macro(addin: Path) -> None:
    with zipfile.ZipFile(addin) as z:
        ui = ET.fromstring(z.read("customUI/customUI.xml"))
    actions = [e.get("onAction") for e in ui.iter() if e.get("onAction")]
    assert actions == ["RibbonMyAddin.RunMain"]
    vba = _vba(addin)
    for action in actions:
        module, _, proc = action.partition(".")
        assert module in vba, f"{action}: no module {module}"
        # a ribbon callback takes (control As IRibbonControl)
        assert re.search(rf"(?m)^\s*(Public\s+)?Sub\s+{proc}\s*\(control As IRibbonControl\)",
                         vba[module]), action


def test_only_ribbon_and_title_change(addin: Path) -> None:
    with zipfile.ZipFile(xlwings_ribbon_addin_path()) as orig, zipfile.ZipFile(addin) as new:
        assert orig.namelist() == new.namelist()
        changed = [n for n in orig.namelist() if orig.read(n) != new.read(n)]
        assert sorted(changed) == ["customUI/customUI.xml", "docProps/core.xml"]
        assert new.read("xl/vbaProject.bin") == orig.read("xl/vbaProject.bin")
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
