"""Hostile files, round two (issue 15): every kind through ``jixiao validate`` (text, --out,
--csv, --json) and ``jixiao collect`` among good files.

Each run is under a hang guard of 10 s (a thread join; not a speed assertion — the
measured times are printed by ``bench/bench_hostile.py``): it must finish with the
documented exit code and a Chinese reason, leave every input's sha256/size/mtime
unchanged, and keep one finding per line (no control character reaches the output).
The process-killing kind is also run as a real ``jixiao`` process under
``RLIMIT_AS = 1.5 GiB``.
"""

from __future__ import annotations

import csv
import io
import json
import os
import resource
import shutil
import subprocess
import sys
import unicodedata
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from jixiao.io import file_fingerprint
from tests.hostile import test_cli_corpus as cli_corpus
from tests.hostile.make_corpus import _save, scoring_workbook
from tests.hostile.make_round2 import EXPECTED2, make_round2

GUARD_S = 10
GIB = 1024**3


@pytest.fixture(scope="module")
def corpus2(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return make_round2(tmp_path_factory.mktemp("round2") / "收回")


def run_guarded(args: list[str], guard: float = GUARD_S) -> Any:
    return cli_corpus.run_guarded(args, guard)


def fingerprints(paths: list[Path]) -> dict[Path, Any]:
    return {p: file_fingerprint(p) for p in paths if p.is_file()}


def no_control_chars(text: str) -> bool:
    return all(ch in "\n" or unicodedata.category(ch) not in ("Cc", "Cs") for ch in text)


@pytest.mark.parametrize("kind", sorted(EXPECTED2))
def test_validate_text_out_csv(corpus2: dict[str, Path], kind: str, tmp_path: Path) -> None:
    if kind not in corpus2:
        pytest.skip(f"{kind} cannot be made on this platform")
    path = corpus2[kind]
    before = fingerprints([path])
    res = run_guarded(["validate", str(path), "--out", str(tmp_path / "批注"),
                       "--csv", str(tmp_path / "问题.csv")])  # fmt: skip
    assert res.exception is None or isinstance(res.exception, SystemExit), res.exception
    what, words = EXPECTED2[kind]
    assert no_control_chars(res.stdout) and no_control_chars(res.stderr)
    lines = res.stdout.splitlines()
    if what == "unreadable":
        assert res.exit_code == 3, (kind, res.output)
        (line,) = [ln for ln in lines if "[unreadable]" in ln]
        for word in words:
            assert word in line, (kind, line)
        assert not any("Error" in ln or "Errno" in ln for ln in lines), lines
    else:
        assert res.exit_code in (0, 1), (kind, res.output)
        assert not any("[unreadable]" in ln for ln in lines), lines
        for check in words:
            assert f"[{check}]" in res.stdout, (kind, check)
        copies = list((tmp_path / "批注").iterdir())
        assert len(copies) == 1 and copies[0].name.endswith(".校验.xlsx")
        assert len(copies[0].name.encode("utf-8")) <= 255
        wb = openpyxl.load_workbook(copies[0])
        assert wb.sheetnames[0] == "校验结果"
    # one finding per line: every stdout line starts with the (escaped) file name
    shown = lines[0].split("  ")[0] if lines else ""
    assert all(ln.startswith(shown) for ln in lines)
    rows = list(csv.reader(io.StringIO((tmp_path / "问题.csv").read_bytes().decode("utf-8-sig"))))
    assert len(rows) == len(lines) + 1  # header + one row per printed line
    assert fingerprints([path]) == before


@pytest.mark.parametrize("kind", sorted(EXPECTED2))
def test_validate_json(corpus2: dict[str, Path], kind: str) -> None:
    if kind not in corpus2:
        pytest.skip(f"{kind} cannot be made on this platform")
    res = run_guarded(["validate", "--json", str(corpus2[kind])])
    raw = res.stdout_bytes.decode("utf-8")  # valid UTF-8 even for a GBK file name
    doc = json.loads(raw)
    (entry,) = doc["files"]
    what, words = EXPECTED2[kind]
    if what == "unreadable":
        assert res.exit_code == 3
        assert all(w in entry["error"] for w in words), entry["error"]
    else:
        assert res.exit_code in (0, 1) and entry["error"] is None
        assert {c for c in words} <= {f["check"] for f in entry["findings"]}


def test_collect_among_good_files(corpus2: dict[str, Path], tmp_path: Path) -> None:
    folder = tmp_path / "收回"
    folder.mkdir()
    for p in corpus2.values():
        if p.is_symlink():
            os.symlink(os.readlink(p), folder / p.name)
        else:
            shutil.copy2(p, folder / p.name)
    good = {name: _save(scoring_workbook(), folder / "好的" / f"{name}.xlsx")
            for name in ("甲县", "乙县")}
    before = fingerprints(list(folder.rglob("*")))
    out = tmp_path / "汇总.xlsx"
    res = run_guarded(["collect", str(folder), "--out", str(out), "--json",
                       str(tmp_path / "汇总.json")], guard=60)  # fmt: skip
    assert res.exit_code == 3, res.output
    assert no_control_chars(res.stdout) and no_control_chars(res.stderr)
    assert fingerprints(list(folder.rglob("*"))) == before
    doc = json.loads((tmp_path / "汇总.json").read_bytes().decode("utf-8"))
    by_name = {Path(f["path"]).name: f for f in doc["files"]}
    for name in good:
        assert by_name[f"{name}.xlsx"]["error"] is None
        assert by_name[f"{name}.xlsx"]["summary"]["tables"] >= 1  # its table was read
    for kind, (what, words) in EXPECTED2.items():
        if kind not in corpus2 or kind in ("gbk_file_name", "newline_file_name", "control_chars"):
            continue
        entry = by_name[corpus2[kind].name]
        if what == "unreadable":
            assert all(w in entry["error"] for w in words), (kind, entry["error"])
        else:
            assert entry["error"] is None, (kind, entry["error"])
    wb = openpyxl.load_workbook(out)
    shown = " ".join(str(c.value) for row in wb["汇总"].iter_rows() for c in row if c.value)
    assert "甲县" in shown and "乙县" in shown


@pytest.mark.skipif(not hasattr(os, "fork"), reason="POSIX worker isolation")
def test_process_killing_kind_in_a_real_process_under_1_5_gib(corpus2: dict[str, Path],
                                                              tmp_path: Path) -> None:
    """The shared-string bomb without the loader's cap: the worker hits its memory limit and
    the jixiao process itself (limited to 1.5 GiB) survives, summarising the good file."""
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy2(corpus2["sst_bomb"], folder / "炸弹.xlsx")
    _save(scoring_workbook(), folder / "甲县.xlsx")
    code = (
        "import resource, sys\n"
        f"resource.setrlimit(resource.RLIMIT_AS, ({int(1.5 * GIB)}, {int(1.5 * GIB)}))\n"
        "import jixiao.io.safety as s\n"
        "s.DEFAULT_LIMITS = s.Limits(max_shared_text_bytes=1 << 50)\n"  # no cap: only isolation
        "import jixiao.io.load as l\n"
        "l.DEFAULT_LIMITS = s.DEFAULT_LIMITS\n"
        "from jixiao.cli import main\n"
        "sys.argv = ['jixiao', 'collect', sys.argv[1], '--out', sys.argv[2], '--json', '-']\n"
        "main()\n"
    )
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    res = subprocess.run([sys.executable, "-c", code, str(folder), str(tmp_path / "汇总.xlsx")],
                         capture_output=True, timeout=60)  # fmt: skip
    peak_kib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    assert res.returncode == 3, res.stderr.decode("utf-8", "replace")
    doc = json.loads(res.stdout.decode("utf-8"))
    by_name = {Path(f["path"]).name: f for f in doc["files"]}
    assert by_name["甲县.xlsx"]["error"] is None
    assert "内存" in by_name["炸弹.xlsx"]["error"] or "中止" in by_name["炸弹.xlsx"]["error"]
    assert max(peak_kib, before) * 1024 < 1.5 * GIB


def test_dtd_refused_without_defusedxml(corpus2: dict[str, Path]) -> None:
    """A plain install without defusedxml: our own scan still refuses the DTD first."""
    code = (
        "import sys\nsys.modules['defusedxml'] = None\n"
        "from jixiao.errors import WorkbookUnreadable\nfrom jixiao.io import load_workbook\n"
        "try:\n    load_workbook(sys.argv[1])\nexcept WorkbookUnreadable as e:\n"
        "    print(e.message_zh)\n"
    )
    res = subprocess.run([sys.executable, "-c", code, str(corpus2["dtd_in_png_sst"])],
                         capture_output=True, timeout=60)  # fmt: skip
    assert "XML实体声明" in res.stdout.decode("utf-8"), res.stderr
