"""`jixiao validate` over every hostile kind: finishes, says why in Chinese, exits with the
documented code, and leaves the input's bytes and mtime unchanged.

Exit codes: 3 when the file cannot be read (or holds no 评分表), 0/1 otherwise.
Memory: the loader's bound (1.5 GiB address space) is asserted in test_corpus.py.
"""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from click.testing import CliRunner

from jixiao.cli import cli
from jixiao.io import file_fingerprint
from tests.hostile.make_corpus import EXPECTED

HANG_GUARD_S = 60
NO_TABLE = {"empty_workbook", "header_missing"}  # readable, but no 评分表 header
SKIP = {"directory"}  # a folder is expanded by the CLI, not validated as a file


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    from tests.hostile.make_corpus import make_corpus

    return make_corpus(tmp_path_factory.mktemp("hostile-cli"), use_soffice=False)


def run_guarded(args: list[str], guard: float = HANG_GUARD_S):
    """``jixiao ARGS`` in-process; fail the test if it does not finish within ``guard`` s."""
    box = {}

    def run() -> None:
        box["r"] = CliRunner().invoke(cli, args)

    t = threading.Thread(target=run, daemon=True)
    t.start()
    t.join(guard)
    assert not t.is_alive(), f"jixiao {' '.join(args)} did not finish within {guard} s"
    return box["r"]


@pytest.mark.parametrize("kind", sorted(set(EXPECTED) - SKIP))
def test_validate_each_kind(corpus: dict[str, Path], kind: str) -> None:
    if kind not in corpus:
        pytest.skip(f"{kind} cannot be generated here")
    path = corpus[kind]
    before = file_fingerprint(path) if path.is_file() and kind != "fifo" else None
    res = run_guarded(["validate", str(path)])
    assert res.exception is None or isinstance(res.exception, SystemExit), res.exception
    expected = EXPECTED[kind]
    if expected is not None or kind in NO_TABLE:
        assert res.exit_code == 3, (kind, res.output)
        line = next(ln for ln in res.stdout.splitlines() if "[unreadable]" in ln)
        assert line.startswith(str(path))
        for word in expected or ("未找到评分表表头",):
            assert word in line, (kind, line)
    else:
        assert res.exit_code in (0, 1), (kind, res.output)
    if before is not None:
        assert file_fingerprint(path) == before


@pytest.mark.parametrize(("kind", "check"), [("vba_foreign", "macro-unknown"),
                                             ("dde_formula", "external-link"),
                                             ("external_link_part", "external-link")])
def test_foreign_macros_and_links_are_reported_not_run(corpus, kind, check):
    res = run_guarded(["validate", str(corpus[kind])])
    assert f"[{check}]" in res.stdout


def test_error_values_in_scores(corpus):
    res = run_guarded(["validate", str(corpus["error_values"])])
    assert "[score-not-number]" in res.stdout and "#DIV/0!" in res.stdout


def test_collect_over_the_whole_corpus(corpus: dict[str, Path], tmp_path: Path) -> None:
    """`jixiao collect` on a folder holding every kind: finishes, lists each unreadable file
    with its reason, summarises the rest, exits 3, changes no input."""
    import openpyxl

    folder = corpus["not_a_zip"].parent
    files = {k: p for k, p in corpus.items() if p.is_file() and not p.is_symlink()
             and k not in ("fifo",) and p.parent == folder}
    before = {k: file_fingerprint(p) for k, p in files.items()}
    out = tmp_path / "汇总.xlsx"
    res = run_guarded(["collect", str(folder), "--out", str(out)])
    assert res.exit_code == 3, res.output
    assert {k: file_fingerprint(p) for k, p in files.items()} == before
    wb = openpyxl.load_workbook(out)
    unreadable = {str(r[0].value): str(r[1].value) for r in wb["无法读取"].iter_rows(min_row=2)
                  if r[0].value}
    listed = " ".join(unreadable) + " ".join(unreadable.values())
    for kind, words in EXPECTED.items():
        if kind in files and words is not None and files[kind].suffix in (".xlsx", ".xlsm",
                                                                          ".xls"):
            assert files[kind].name in listed, kind
    assert wb["汇总"].max_row >= 2  # the readable ones are summarised
