"""Fixtures for the VBA tests: a LibreOffice macro runner.

How a VBA macro of an .xlsm is run in LibreOffice, headless:

1. ``soffice --headless --norestore --terminate_after_init
   -env:UserInstallation=file:///<tmp>/profile`` creates a fresh user profile.
2. The profile's ``user/basic/Standard/Module1.xba`` is replaced by a Basic
   driver (below) with the paths baked in. Macros in the user's own
   ``Standard`` library are always trusted.
3. ``soffice --headless --norestore -env:UserInstallation=... \
   "macro:///Standard.Module1.JixiaoDriver"`` runs the driver, which loads the
   workbook with ``MacroExecutionMode = 4`` (ALWAYS_EXECUTE_NO_WARN; this is
   what lets document macros run, no MacroSecurityLevel change is needed),
   calls ``vnd.sun.star.script:<project>.<module>.<macro>?language=Basic&
   location=document`` through the document's script provider, dumps the
   imported module sources, saves an .xlsx copy and terminates LibreOffice.
   Errors are caught in Basic and written to the status file, so no dialog
   can block the headless process; a subprocess timeout is the last guard.
"""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

import pytest

from jixiao.vba import SELFTEST_SHEET

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
LO_TIMEOUT_S = 180

_DRIVER = """Sub JixiaoLog(s As String)
  Dim n As Integer
  n = FreeFile
  Open "{status}" For Append As #n
  Print #n, s
  Close #n
End Sub

Sub JixiaoDriver
  On Error GoTo Fail
  Dim props(1) As New com.sun.star.beans.PropertyValue
  props(0).Name = "MacroExecutionMode"
  props(0).Value = 4
  props(1).Name = "Hidden"
  props(1).Value = True
  oDoc = StarDesktop.loadComponentFromURL(ConvertToURL("{xlsm}"), "_blank", 0, props())
  JixiaoLog("LIBS " &amp; Join(oDoc.BasicLibraries.getElementNames(), ","))
  If oDoc.BasicLibraries.hasByName("{library}") Then
    oDoc.BasicLibraries.loadLibrary("{library}")
    oLib = oDoc.BasicLibraries.getByName("{library}")
    Dim names
    names = oLib.getElementNames()
    JixiaoLog("MODULES " &amp; Join(names, ","))
    Dim i As Integer
    For i = LBound(names) To UBound(names)
      Dim n As Integer
      n = FreeFile
      Open "{dump}/" &amp; names(i) &amp; ".txt" For Output As #n
      Print #n, oLib.getByName(names(i))
      Close #n
    Next i
  End If
  oScript = oDoc.getScriptProvider().getScript("{script_url}")
  oScript.invoke(Array(), Array(), Array())
  JixiaoLog("RAN")
  If oDoc.Sheets.hasByName("{selftest_sheet}") Then
    JixiaoLog("SELFTEST " &amp; oDoc.Sheets.getByName("{selftest_sheet}").getCellRangeByName("A1").getString())
  End If
  Dim sp(0) As New com.sun.star.beans.PropertyValue
  sp(0).Name = "FilterName"
  sp(0).Value = "Calc MS Excel 2007 XML"
  oDoc.storeToURL(ConvertToURL("{out}"), sp())
  oDoc.close(True)
  JixiaoLog("OK")
  StarDesktop.terminate()
  Exit Sub
Fail:
  JixiaoLog("ERROR " &amp; Err &amp; " " &amp; Error$ &amp; " line " &amp; Erl)
  StarDesktop.terminate()
End Sub
"""


@dataclass
class MacroRun:
    """What the LibreOffice driver reported."""

    status: list[str]
    out_xlsx: Path
    modules: dict[str, str]

    @property
    def ok(self) -> bool:
        return "OK" in self.status and not any(s.startswith("ERROR") for s in self.status)

    def value(self, key: str) -> str | None:
        for line in self.status:
            if line.startswith(key + " "):
                return line[len(key) + 1 :]
        return None


def _basic_string(path: Path) -> str:
    text = str(path)
    if '"' in text:
        msg = f"path not usable in a Basic string literal: {text!r}"
        raise ValueError(msg)
    return escape(text)


def run_libreoffice_macro(
    xlsm: Path,
    work: Path,
    *,
    library: str,
    module: str,
    macro: str,
) -> MacroRun:
    """Open ``xlsm`` in headless LibreOffice, run a document macro, save a copy."""
    assert SOFFICE is not None
    work.mkdir(parents=True, exist_ok=True)
    profile = work / "profile"
    dump = work / "modules"
    dump.mkdir(exist_ok=True)
    status = work / "status.txt"
    out = work / "after_macro.xlsx"
    env_arg = f"-env:UserInstallation={profile.as_uri()}"
    subprocess.run(
        [SOFFICE, "--headless", "--norestore", "--terminate_after_init", env_arg],
        check=True,
        timeout=LO_TIMEOUT_S,
        capture_output=True,
    )
    module_file = profile / "user" / "basic" / "Standard" / "Module1.xba"
    assert module_file.is_file(), "LibreOffice did not create the Standard library"
    script_url = (
        f"vnd.sun.star.script:{library}.{module}.{macro}?language=Basic&location=document"
    )
    code = _DRIVER.format(
        status=_basic_string(status),
        xlsm=_basic_string(xlsm),
        library=library,
        dump=_basic_string(dump),
        script_url=escape(script_url),
        out=_basic_string(out),
        selftest_sheet=SELFTEST_SHEET,
    )
    module_file.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<!DOCTYPE script:module PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN"'
        ' "module.dtd">\n'
        '<script:module xmlns:script="http://openoffice.org/2000/script"'
        ' script:name="Module1" script:language="StarBasic">'
        + code.replace('"', "&quot;")
        + "</script:module>\n",
        encoding="utf-8",
    )
    subprocess.run(
        [SOFFICE, "--headless", "--norestore", env_arg, "macro:///Standard.Module1.JixiaoDriver"],
        check=False,
        timeout=LO_TIMEOUT_S,
        capture_output=True,
    )
    lines = status.read_text(encoding="utf-8").splitlines() if status.exists() else []
    modules = {
        p.stem: p.read_text(encoding="utf-8", errors="replace") for p in sorted(dump.glob("*.txt"))
    }
    return MacroRun(status=lines, out_xlsx=out, modules=modules)


@pytest.fixture
def lo_run():
    """The LibreOffice macro runner; skips when soffice is not installed."""
    if SOFFICE is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    return run_libreoffice_macro
