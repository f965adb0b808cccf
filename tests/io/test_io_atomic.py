"""Atomic writes: target replaced whole or left untouched; no temp files left behind."""

from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.io import atomic_output, file_fingerprint, write_atomically


def _leftovers(d: Path, keep: set[str]) -> list[str]:
    return sorted(p.name for p in d.iterdir() if p.name not in keep)


def test_write_bytes_and_callable(tmp_path: Path) -> None:
    target = tmp_path / "汇总 结果.xlsx"
    write_atomically(target, b"one")
    assert target.read_bytes() == b"one"
    write_atomically(target, lambda fh: fh.write(b"two"))
    assert target.read_bytes() == b"two"
    assert _leftovers(tmp_path, {target.name}) == []


def test_exception_mid_write_leaves_target_and_no_temp(tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    target.write_bytes(b"original")
    before = file_fingerprint(target)

    def half_then_fail(fh: object) -> None:
        fh.write(b"partial")  # type: ignore[attr-defined]
        raise RuntimeError("disk full")

    with pytest.raises(RuntimeError, match="disk full"):
        write_atomically(target, half_then_fail)
    assert file_fingerprint(target) == before
    assert _leftovers(tmp_path, {"out.csv"}) == []


def test_atomic_output_context(tmp_path: Path) -> None:
    target = tmp_path / "report.xlsx"
    with atomic_output(target) as tmp:
        assert tmp.parent == tmp_path and tmp.suffix == ".xlsx"
        assert not target.exists()
        tmp.write_bytes(b"PK..")
    assert target.read_bytes() == b"PK.."
    with pytest.raises(KeyError), atomic_output(target) as tmp:
        tmp.write_bytes(b"new")
        raise KeyError("boom")
    assert target.read_bytes() == b"PK.."
    assert _leftovers(tmp_path, {"report.xlsx"}) == []


def test_nothing_written_is_refused(tmp_path: Path) -> None:
    target = tmp_path / "r.txt"
    target.write_bytes(b"keep")
    with pytest.raises(ValueError, match="没有写入"), atomic_output(target):
        pass
    assert target.read_bytes() == b"keep"
    assert _leftovers(tmp_path, {"r.txt"}) == []


def test_mode_of_existing_target_is_kept(tmp_path: Path) -> None:
    target = tmp_path / "m.txt"
    target.write_bytes(b"x")
    target.chmod(0o640)
    write_atomically(target, b"y")
    assert target.stat().st_mode & 0o777 == 0o640


def test_fingerprint(tmp_path: Path) -> None:
    p = tmp_path / "a.bin"
    p.write_bytes(b"abc")
    sha, mtime_ns, size = file_fingerprint(p)
    # sha256("abc") from FIPS 180-2 appendix B.1
    assert sha == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
    assert size == 3 and mtime_ns == p.stat().st_mtime_ns
