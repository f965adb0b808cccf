"""Check one file in a forked worker under memory and time limits, so a crash stays there.

    run_isolated(func, arg, on_failure, *, memory_bytes=..., time_limit_s=...) -> result
    check_one_isolated(path) -> collect.Checked       # collect/validate use this

A hostile workbook can make a native parser abort the whole process (Rust
``alloc`` failure → ``SIGABRT``), raise ``PanicException`` (a ``BaseException``
that escapes every ``except Exception``), eat all memory, or run for minutes.
Each file is therefore checked in a child made with ``os.fork`` (about 2 ms; the
child inherits the imported, warmed-up modules) that runs under:

* ``RLIMIT_AS``: the child's address space may grow by at most
  :data:`MEMORY_BUDGET_BYTES` (768 MiB) beyond what the parent already maps
  (for the ``jixiao`` command about 160–250 MiB, so a worker stays near 1 GiB
  of address space and far below 1.5 GiB resident), so one file never takes
  the machine down (Python raises ``MemoryError``; native code aborts);
* a wall-clock limit of :data:`TIME_LIMIT_S` seconds (the parent kills the
  child with ``SIGKILL``), backed by ``RLIMIT_CPU`` in the child.

The child sends its result back pickled through a pipe. When it dies instead,
the caller's ``on_failure(arg, reason_zh)`` builds the result for that file,
with a Chinese reason ("检查超时…", "内存不足…", "读取程序异常退出…"). Where
``os.fork`` does not exist (Windows) the function runs in-process, still
catching ``BaseException``.
"""

from __future__ import annotations

import contextlib
import gc
import os
import pickle
import select
import signal
import sys
import time
from collections.abc import Callable
from typing import Any, TypeVar

__all__ = [
    "MEMORY_BUDGET_BYTES",
    "TIME_LIMIT_S",
    "check_one_isolated",
    "run_isolated",
]

T = TypeVar("T")
A = TypeVar("A")

MIB = 1024 * 1024
#: the child may map this much more than the parent does when it forks
MEMORY_BUDGET_BYTES = 768 * MIB
#: wall-clock seconds one file may take
TIME_LIMIT_S = 30.0

_SIGNAL_ZH = {
    "SIGABRT": "读取程序因内存不足或文件结构异常而中止",
    "SIGKILL": "读取程序被系统终止（可能内存不足）",
    "SIGSEGV": "读取程序异常崩溃（文件可能被恶意构造）",
    "SIGBUS": "读取程序异常崩溃（文件可能被恶意构造）",
    "SIGXCPU": "检查耗时过长（超过CPU时间上限）",
}


def _vm_size() -> int:
    """Bytes of address space this process maps now (Linux), else 0."""
    try:
        with open("/proc/self/statm", encoding="ascii") as fh:
            return int(fh.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return 0


def memory_limit() -> int:
    """The ``RLIMIT_AS`` a child gets: what the parent maps now plus the budget.

    Growth is what is bounded: a parent that maps much (a test runner with many
    threads) must not leave its workers without room.
    """
    return _vm_size() + MEMORY_BUDGET_BYTES


def _limit_child(memory_bytes: int, time_limit_s: float) -> None:
    import resource

    for what, soft in ((resource.RLIMIT_AS, memory_bytes),
                       (resource.RLIMIT_CPU, int(time_limit_s) + 2)):  # fmt: skip
        with contextlib.suppress(ValueError, OSError):
            _cur, hard = resource.getrlimit(what)
            if hard != resource.RLIM_INFINITY:
                soft = min(soft, hard)
            resource.setrlimit(what, (soft, hard))


def _child(func: Callable[[A], T], arg: A, wfd: int, memory_bytes: int,
           time_limit_s: float) -> None:  # fmt: skip
    """Runs in the forked child; never returns."""
    code = 0
    try:
        gc.freeze()  # the child's collector leaves inherited objects alone: fewer copied pages
        signal.signal(signal.SIGINT, signal.SIG_DFL)  # Ctrl-C: the parent decides
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, 2)  # a native parser's abort message / backtrace is not for the user
        # fresh Python streams: a lock held by another thread (a progress bar) at fork time
        # must not block the child
        sys.stdout = sys.stderr = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115
        _limit_child(memory_bytes, time_limit_s)
        try:
            payload = pickle.dumps(("ok", func(arg)), protocol=pickle.HIGHEST_PROTOCOL)
        except MemoryError:
            payload = pickle.dumps(("fail", "内存不足（超过单个文件的内存上限），已停止检查此文件"))
        except BaseException as e:  # noqa: BLE001 - e.g. pyo3 PanicException
            payload = pickle.dumps(("fail", _exception_zh(e)))
        view = memoryview(payload)
        while view:
            n = os.write(wfd, view)
            view = view[n:]
    except BaseException:  # noqa: BLE001 - nothing may escape a forked child
        code = 70
    finally:
        os._exit(code)


def _exception_zh(e: BaseException) -> str:
    name = type(e).__name__
    if "Panic" in name:
        return f"读取程序内部出错（{name}），文件可能被恶意构造或已损坏"
    return f"检查时出现内部错误（{name}），请将此文件报告给维护人员"


def _death_reason(status: int) -> str:
    if os.WIFSIGNALED(status):
        sig = os.WTERMSIG(status)
        try:
            name = signal.Signals(sig).name
        except ValueError:
            name = f"信号{sig}"
        return _SIGNAL_ZH.get(name, f"读取程序异常退出（{name}）")
    return f"读取程序异常退出（退出码 {os.WEXITSTATUS(status)}）"


def run_isolated(func: Callable[[A], T], arg: A, on_failure: Callable[[A, str], T], *,
                 memory_bytes: int | None = None, time_limit_s: float | None = None) -> T:  # fmt: skip
    """``func(arg)`` in a forked child under limits; ``on_failure(arg, reason_zh)`` if it dies.

    The result of ``func`` must be picklable. Without ``os.fork`` ``func`` runs here.

    >>> run_isolated(len, "评分表", lambda a, why: -1)
    3
    >>> run_isolated(lambda a: os.abort(), "x", lambda a, why: why)
    '读取程序因内存不足或文件结构异常而中止'
    """
    limit_s = TIME_LIMIT_S if time_limit_s is None else time_limit_s
    if not hasattr(os, "fork"):  # pragma: no cover - Windows
        try:
            return func(arg)
        except MemoryError:
            return on_failure(arg, "内存不足（超过单个文件的内存上限），已停止检查此文件")
        except Exception as e:  # noqa: BLE001
            return on_failure(arg, _exception_zh(e))
    mem = memory_limit() if memory_bytes is None else memory_bytes
    rfd, wfd = os.pipe()
    sys.stdout.flush()
    sys.stderr.flush()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - runs in the child (coverage does not follow)
        os.close(rfd)
        _child(func, arg, wfd, mem, limit_s)
    os.close(wfd)
    chunks: list[bytes] = []
    timed_out = False
    deadline = time.monotonic() + limit_s
    try:
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                timed_out = True
                break
            ready, _, _ = select.select([rfd], [], [], left)
            if not ready:
                continue
            chunk = os.read(rfd, 1 << 16)
            if not chunk:
                break
            chunks.append(chunk)
    finally:
        os.close(rfd)
        if timed_out:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
        _, status = os.waitpid(pid, 0)
    if timed_out:
        return on_failure(arg, f"检查超时（单个文件超过 {limit_s:g} 秒），文件可能被恶意构造，已停止检查")
    data = b"".join(chunks)
    if data:
        try:
            kind, value = pickle.loads(data)
        except Exception:  # noqa: BLE001 - a truncated result: the child died while writing
            kind, value = "fail", _death_reason(status)
        return value if kind == "ok" else on_failure(arg, value)
    return on_failure(arg, _death_reason(status))


# --------------------------------------------------------------------------- collect's hook


def _unreadable(path: str, reason_zh: str) -> Any:
    from jixiao.collect import Checked
    from jixiao.validation.report import Report

    return Checked(path, Report(path=path, error=reason_zh))


_WARM_PID = 0


def warm_up() -> None:
    """Import and exercise, once per process, what a check uses, so forked workers start warm.

    Without it every worker would import openpyxl (and numpy), calamine, xlrd and
    oletools and fill its caches afresh: ~0.4 s per file instead of ~0.01 s.
    The check runs in this process on a small workbook made here (trusted input).
    """
    global _WARM_PID
    if _WARM_PID == os.getpid():
        return
    _WARM_PID = os.getpid()
    import tempfile

    try:
        import olefile  # noqa: F401
        import openpyxl
        import python_calamine  # noqa: F401
        import xlrd  # noqa: F401
        from oletools.olevba import VBA_Parser  # noqa: F401

        from jixiao.collect import check_one

        wb = openpyxl.Workbook()
        ws = wb.active
        ws.title = "评分表"
        ws.append(["序号", "一级指标", "二级指标", "三级指标", "指标值", "评分标准", "分值",
                   "业绩值", "得分"])  # fmt: skip
        ws.append([1, "产出指标", "数量指标", "培训人次", "≥1000人次", "每低1个百分点扣1分", 10,
                   1060, 10])  # fmt: skip
        ws["K2"] = '=HYPERLINK("https://example.org","x")'  # the formula reader path too
        with tempfile.TemporaryDirectory(prefix="jixiao-warm-") as d:
            sample = os.path.join(d, "warm.xlsx")
            wb.save(sample)
            check_one(sample)
    except Exception:  # noqa: BLE001 - warming is only an optimisation
        pass


def check_one_isolated(path: str | os.PathLike[str]) -> Any:
    """:func:`jixiao.collect.check_one` in an isolated worker; a dead worker → 无法读取."""
    from jixiao.collect import check_one

    warm_up()
    return run_isolated(check_one, os.fspath(path), _unreadable)
