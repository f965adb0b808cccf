"""Atomic output: write a temp file in the target's directory, then ``os.replace``.

A reader (or a crash) never sees a half-written output, and on any exception
the target is left exactly as it was and the temp file is removed.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO


def _default_mode() -> int:
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("Umask:"):
                    return 0o666 & ~int(line.split()[1], 8)
    except OSError:
        pass
    return 0o644


def _temp_in_dir(target: Path) -> Path:
    fd, tmp = tempfile.mkstemp(
        prefix=f".~{target.stem[:40]}.", suffix=f".tmp{target.suffix}", dir=target.parent
    )
    os.close(fd)
    return Path(tmp)


def _finish(tmp: Path, target: Path) -> None:
    try:
        mode = os.stat(target).st_mode & 0o7777
    except OSError:
        mode = _default_mode()
    with contextlib.suppress(OSError):
        os.chmod(tmp, mode)
    with open(tmp, "rb+") as fh:
        os.fsync(fh.fileno())
    os.replace(tmp, target)
    if hasattr(os, "O_DIRECTORY"):
        with contextlib.suppress(OSError):
            dfd = os.open(target.parent, os.O_RDONLY | os.O_DIRECTORY)
            try:
                os.fsync(dfd)
            finally:
                os.close(dfd)


@contextlib.contextmanager
def atomic_output(path: str | os.PathLike[str], *, allow_empty: bool = False) -> Iterator[Path]:
    """Yield a temp path next to ``path``; on success it replaces ``path`` atomically.

    The temp name keeps the target's suffix (``.~name.XXXX.tmp.xlsx``) so writers
    that look at the extension work. On exception the temp file is removed and
    ``path`` is untouched. An empty temp file (nothing written) is refused unless
    ``allow_empty``.

    >>> import tempfile, pathlib
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> with atomic_output(d / "汇总.csv") as tmp:
    ...     _ = tmp.write_bytes(b"a,b\\n")
    >>> (d / "汇总.csv").read_bytes()
    b'a,b\\n'
    """
    target = Path(path)
    tmp = _temp_in_dir(target)
    try:
        yield tmp
        if not tmp.exists():
            msg = f"{target}：临时文件 {tmp.name} 不见了，未写入 | temp file vanished"
            raise FileNotFoundError(msg)
        if not allow_empty and tmp.stat().st_size == 0:
            msg = f"{target}：没有写入任何内容，目标文件保持不变 | nothing was written"
            raise ValueError(msg)
        _finish(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise


def write_atomically(
    path: str | os.PathLike[str], data: bytes | Callable[[BinaryIO], object]
) -> None:
    """Write ``data`` (bytes, or a callable given the open binary file) to ``path`` atomically.

    >>> import tempfile, pathlib
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "out.bin"
    >>> write_atomically(p, lambda fh: fh.write(b"xyz"))
    >>> p.read_bytes()
    b'xyz'
    """
    with atomic_output(path, allow_empty=True) as tmp, open(tmp, "wb") as fh:
        if isinstance(data, bytes | bytearray | memoryview):
            fh.write(data)
        else:
            data(fh)
        fh.flush()


def file_fingerprint(path: str | os.PathLike[str]) -> tuple[str, int, int]:
    """(sha256 hex, mtime_ns, size) of a file, read in read-only mode.

    >>> import tempfile, pathlib
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "a"
    >>> _ = p.write_bytes(b"")
    >>> file_fingerprint(p)[0][:8], file_fingerprint(p)[2]
    ('e3b0c442', 0)
    """
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
        st = os.fstat(fh.fileno())
    return h.hexdigest(), st.st_mtime_ns, st.st_size
