"""Every hostile-corpus kind either loads or is refused with a Chinese reason.

Each load runs under a hang guard (a thread joined with a 20 s timeout; this is
not a speed assertion) and the input's sha256, size and mtime must be
unchanged afterwards. The bomb / entity / huge-area kinds are also loaded in a
subprocess under ``RLIMIT_AS = 1.5 GiB``: the loader must refuse or load them
inside that address-space bound without crashing.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

import pytest

from jixiao.errors import WorkbookUnreadable
from jixiao.grid import LoadedWorkbook
from jixiao.io import check_file, file_fingerprint, load_workbook
from tests.hostile.make_corpus import EXPECTED, make_corpus, scoring_workbook

HANG_GUARD_S = 20
RLIMIT_AS_BYTES = 1536 * 1024 * 1024  # 1.5 GiB
NO_FINGERPRINT = {"fifo", "directory", "missing"}


@pytest.fixture(scope="session")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return make_corpus(tmp_path_factory.mktemp("hostile"), use_soffice=False)


def load_guarded(path: Path, **kw: Any) -> LoadedWorkbook | WorkbookUnreadable:
    """load_workbook in a thread; fail the test if it does not finish in time."""
    box: dict[str, Any] = {}

    def run() -> None:
        try:
            box["result"] = load_workbook(path, **kw)
        except BaseException as e:  # noqa: BLE001 - handed back to the test
            box["result"] = e

    t = threading.Thread(target=run, daemon=True)
    t.start()
    t.join(HANG_GUARD_S)
    assert not t.is_alive(), f"load_workbook hung on {path}"
    return box["result"]  # type: ignore[no-any-return]


@pytest.mark.parametrize("kind", sorted(EXPECTED))
def test_kind_loads_or_is_refused_in_chinese(corpus: dict[str, Path], kind: str) -> None:
    if kind not in corpus:
        pytest.skip(f"{kind} cannot be generated here")
    path = corpus[kind]
    before = None if kind in NO_FINGERPRINT else file_fingerprint(path)
    result = load_guarded(path)
    expected = EXPECTED[kind]
    if expected is None:
        assert isinstance(result, LoadedWorkbook), f"{kind}: {result!r}"
    else:
        assert isinstance(result, WorkbookUnreadable), f"{kind}: expected refusal, got {result!r}"
        assert result.message_zh.startswith(str(path)), "the message names the file"
        for word in expected:
            assert word in result.message_zh, f"{kind}: {word!r} not in {result.message_zh!r}"
    if before is not None:
        assert file_fingerprint(path) == before, f"{kind}: input changed"


def test_valid_but_odd_contents(corpus: dict[str, Path]) -> None:
    g = load_workbook(corpus["last_row_touched"]).sheets[0]
    assert g.values[(1_048_576, 1)] == "底部"
    assert g.max_row == 1_048_576 and g.max_col == 9
    assert len(g.values) < 100  # sparse: no million empty rows

    g = load_workbook(corpus["both_corners_touched"]).sheets[0]
    assert g.values[(1_048_576, 16_384)] == "角"
    assert g.values[(2, 9)] == "得分"
    assert g.formulas[(7, 7)] == "=SUM(G3:G6)"

    g = load_workbook(corpus["last_col_touched"]).sheets[0]
    assert g.values[(1, 16_384)] == "最右"

    g = load_workbook(corpus["dimension_absurd"]).sheets[0]
    assert (g.max_row, g.max_col) == (7, 9)  # the used area, not the <dimension> tag

    g = load_workbook(corpus["merged_chaos"]).sheets[0]
    assert (1, 1, 1, 9) in g.merged and (2, 8, 2, 9) in g.merged  # I2:H2 normalised
    assert len(g.merged) == 6

    g = load_workbook(corpus["error_values"]).sheets[0]
    assert g.values[(3, 9)] == "#DIV/0!"
    assert g.values[(4, 9)] == "#REF!"
    assert g.values[(5, 9)] == "#DIV/0!"  # cached error of a formula cell
    assert g.formulas[(5, 9)] == "=H5/0"

    g = load_workbook(corpus["numbers_as_text"]).sheets[0]
    assert g.values[(3, 8)] == "1,060"
    assert g.values[(3, 9)] == "１０"

    wb = load_workbook(corpus["chinese_path"])
    assert wb.sheets[0].get(4, 2) == "产出指标"  # inside merged B3:B5
    assert wb.sheets[0].number_formats[(4, 8)] == "0.00%"
    assert wb.properties == {"jixiao.template": "demo-1"}

    assert load_workbook(corpus["wps_like"]).properties["KSOProductBuildVer"] == "2052-11.1.0.11691"
    assert load_workbook(corpus["empty_workbook"]).sheets[0].values == {}


def test_legacy_xls(corpus: dict[str, Path]) -> None:
    if "legacy_xls" not in corpus:
        pytest.skip("no .xls available")
    wb = load_workbook(corpus["legacy_xls"])
    assert wb.file_format == "xls"
    g = wb.sheets[0]
    assert g.values[(2, 1)] == "序号"
    assert g.values[(3, 7)] == 10
    assert (1, 1, 1, 9) in g.merged and (3, 2, 5, 2) in g.merged
    assert g.number_formats[(4, 8)] == "0.00%"


def test_file_level_warnings(corpus: dict[str, Path]) -> None:
    codes = check_file(corpus["dde_formula"])
    assert [c for c, _ in codes] == ["external-link"] * 3
    assert "DDE" in codes[0][1]
    codes = check_file(corpus["external_link_part"])
    assert [c for c, _ in codes] == ["external-link"] * 2
    assert check_file(corpus["chinese_path"]) == []
    if "vba_foreign" in corpus:
        wb = load_workbook(corpus["vba_foreign"])
        assert wb.has_vba and wb.file_format == "xlsm"
        assert "Module1" in wb.vba_modules
        codes = check_file(wb)
        assert codes[0][0] == "macro-unknown" and "Module1" in codes[0][1]


def test_file_changing_while_read_is_never_half_read(corpus: dict[str, Path], tmp_path: Path) -> None:
    """A writer rewrites / truncates the file during loads: each load gives a
    consistent workbook or WorkbookUnreadable, never another exception."""
    path = corpus["changing_file"]
    versions = [path.read_bytes()]
    other = tmp_path / "other.xlsx"
    scoring_workbook(title="第二版").save(other)
    versions.append(other.read_bytes())
    stop = threading.Event()

    def writer() -> None:
        i = 0
        while not stop.is_set():
            blob = versions[i % 2]
            with open(path, "wb") as fh:  # truncate, then write in two steps
                fh.write(blob[: len(blob) // 2])
                fh.flush()
                fh.write(blob[len(blob) // 2 :])
            i += 1

    t = threading.Thread(target=writer, daemon=True)
    t.start()
    outcomes = {"ok": 0, "refused": 0}
    try:
        for _ in range(60):
            result = load_guarded(path)
            if isinstance(result, LoadedWorkbook):
                assert result.sheets[0].values[(1, 1)] in ("项目支出绩效自评表", "第二版")
                outcomes["ok"] += 1
            else:
                assert isinstance(result, WorkbookUnreadable), repr(result)
                outcomes["refused"] += 1
    finally:
        stop.set()
        t.join(5)
    assert sum(outcomes.values()) == 60


_RLIMIT_SCRIPT = r"""
import json, resource, sys
resource.setrlimit(resource.RLIMIT_AS, ({limit}, {limit}))
from jixiao.io import load_workbook
from jixiao.errors import WorkbookUnreadable
out = {{}}
for kind, path in json.loads(sys.argv[1]).items():
    try:
        load_workbook(path)
        out[kind] = "ok"
    except WorkbookUnreadable as e:
        out[kind] = e.message_zh
print(json.dumps(out, ensure_ascii=False))
"""

HEAVY = [
    "zip_bomb", "zip_bomb_lying_size", "zip_many_entries", "billion_laughs_sheet",
    "billion_laughs_sharedstrings", "xxe_external_entity", "entity_utf16", "merged_huge",
    "both_corners_touched", "last_col_touched", "last_row_touched", "dimension_absurd",
]  # fmt: skip


@pytest.mark.skipif(sys.platform == "win32", reason="resource.RLIMIT_AS is POSIX only")
def test_heavy_kinds_under_address_space_limit(corpus: dict[str, Path]) -> None:
    """Bound: 1.5 GiB of address space (RLIMIT_AS) for the whole process."""
    kinds = {k: str(corpus[k]) for k in HEAVY}
    proc = subprocess.run(
        [sys.executable, "-c", _RLIMIT_SCRIPT.format(limit=RLIMIT_AS_BYTES), json.dumps(kinds)],
        capture_output=True, text=True, timeout=120, env={**os.environ, "PYTHONUTF8": "1"},
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr[-2000:]
    result = json.loads(proc.stdout)
    for kind in HEAVY:
        if EXPECTED[kind] is None:
            assert result[kind] == "ok", (kind, result[kind])
        else:
            assert all(w in result[kind] for w in EXPECTED[kind]), (kind, result[kind])


@pytest.mark.libreoffice
def test_libreoffice_resaved(tmp_path: Path) -> None:
    corpus = make_corpus(tmp_path, use_soffice=True)
    if "libreoffice_resaved" not in corpus:
        pytest.skip("soffice not available")
    wb = load_workbook(corpus["libreoffice_resaved"])
    g = wb.sheets[0]
    assert g.values[(2, 9)] == "得分"
    assert (3, 2, 5, 2) in g.merged
    assert g.formulas[(7, 9)] == "=SUM(I3:I6)"
    assert g.values[(7, 9)] == 34  # LibreOffice writes the cached value: 10+10+4+10
