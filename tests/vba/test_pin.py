"""One xlwings version everywhere: pyproject extras, the embedded VBA, the DLL name, the add-in."""

from __future__ import annotations

import re
import tomllib
import zipfile
from pathlib import Path

from oletools.olevba import VBA_Parser

from jixiao.vba.pin import DLL_NAMES, XLWINGS_VERSION, bas_version, version_problem

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "src" / "jixiao" / "data" / "vba"


def test_pyproject_pins_xlwings_exactly_to_the_constant() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    for extra in ("udf", "test"):
        pins = [d for d in project["optional-dependencies"][extra] if d.startswith("xlwings")]
        assert pins == [f"xlwings=={XLWINGS_VERSION}"], extra


def test_embedded_vba_loads_the_dll_of_the_pinned_version() -> None:
    text = (DATA / "xlwings.bas").read_text(encoding="ascii")
    assert bas_version(text) == XLWINGS_VERSION
    dlls = set(re.findall(r"xlwings(?:32|64)-[\d.]+\.dll", text))
    assert dlls == set(DLL_NAMES)


def test_installed_xlwings_is_the_pinned_one() -> None:
    import xlwings

    assert xlwings.__version__ == XLWINGS_VERSION


def test_shipped_addin_vba_is_the_pinned_version() -> None:
    with zipfile.ZipFile(ROOT / "workbook_templates" / "jixiao.xlam") as z:
        vba = z.read("xl/vbaProject.bin")
    code = {s.split("/")[-1]: c for _, s, _, c in
            VBA_Parser("v.bin", data=vba).extract_macros()}["xlwings"]
    assert bas_version(code) == XLWINGS_VERSION
    assert set(re.findall(r"xlwings(?:32|64)-[\d.]+\.dll", code)) == set(DLL_NAMES)


def test_version_message_names_both_versions_and_the_fix() -> None:
    assert version_problem(XLWINGS_VERSION) is None
    msg = version_problem("0.38.1")
    assert msg is not None
    assert "0.38.1" in msg and XLWINGS_VERSION in msg
    assert f'pip install "xlwings=={XLWINGS_VERSION}"' in msg and "jixiao excel install" in msg
    assert "未安装" in (version_problem(None) or "")
