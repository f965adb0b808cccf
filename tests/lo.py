"""LibreOffice headless as an independent client: recalculate workbooks, render PNGs.

``recalc(path, out_dir)`` opens the workbook with a fresh profile whose
``OOXMLRecalcMode`` is 0 ("always recalculate"), so every cached value in the
output comes from LibreOffice's own formula engine, not from ours.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
TIMEOUT_S = 240

_XCU = """<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry"
 xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Common/Security/Scripting"><prop oor:name="MacroSecurityLevel" oor:op="fuse"><value>3</value></prop></item>
</oor:items>
"""


def _profile(base: Path) -> Path:
    prof = base / "lo-profile"
    user = prof / "user"
    user.mkdir(parents=True, exist_ok=True)
    (user / "registrymodifications.xcu").write_text(_XCU, encoding="utf-8")
    return prof


def convert(path: Path, out_dir: Path, fmt: str, work: Path) -> Path:
    """Convert with LibreOffice (recalculating on load); return the output path."""
    assert SOFFICE, "LibreOffice (soffice) is not installed"
    out_dir.mkdir(parents=True, exist_ok=True)
    prof = _profile(work)
    cmd = [SOFFICE, "--headless", "--norestore", f"-env:UserInstallation=file://{prof}",
           "--convert-to", fmt, "--outdir", str(out_dir), str(path)]
    res = subprocess.run(cmd, capture_output=True, text=True, timeout=TIMEOUT_S, check=False)
    ext = fmt.split(":")[0]
    out = out_dir / (path.stem + "." + ext)
    if not out.exists():
        msg = f"LibreOffice failed: {res.returncode} {res.stdout} {res.stderr}"
        raise RuntimeError(msg)
    return out


def recalc(path: Path, out_dir: Path) -> Path:
    """Recalculate ``path`` in LibreOffice and save it as .xlsx in ``out_dir``."""
    return convert(path, out_dir, "xlsx:Calc MS Excel 2007 XML", out_dir)


def recalc_many(paths: list[Path], out_dir: Path, batch: int = 40) -> dict[Path, Path]:
    """Recalculate many workbooks, ``batch`` per LibreOffice run (one start-up each); return
    ``{input: recalculated .xlsx}``. The inputs' names must differ (outputs share ``out_dir``)."""
    assert SOFFICE, "LibreOffice (soffice) is not installed"
    assert len({p.stem for p in paths}) == len(paths), "input names must differ"
    out_dir.mkdir(parents=True, exist_ok=True)
    prof = _profile(out_dir)
    for i in range(0, len(paths), batch):
        part = [str(p) for p in paths[i:i + batch]]
        cmd = [SOFFICE, "--headless", "--norestore", f"-env:UserInstallation=file://{prof}",
               "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", str(out_dir), *part]
        subprocess.run(cmd, capture_output=True, text=True, timeout=TIMEOUT_S * 4, check=False)
    done = {p: out_dir / (p.stem + ".xlsx") for p in paths}
    missing = [str(p) for p, q in done.items() if not q.exists()]
    if missing:
        msg = f"LibreOffice did not convert: {missing[:5]}"
        raise RuntimeError(msg)
    return done
