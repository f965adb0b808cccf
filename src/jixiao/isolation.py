"""Check one file in a forked worker under memory and time limits, so a crash stays there.

    run_isolated(func, arg, on_failure, *, memory_bytes=..., time_limit_s=...) -> result
    Worker(func).call(arg, on_failure)                # one child, many arguments
    check_one_isolated(path) -> collect.Checked       # collect/validate use this
    close_workers()                                   # at the end of a run

A hostile workbook can make a native parser abort the whole process (Rust
``alloc`` failure → ``SIGABRT``), raise ``PanicException`` (a ``BaseException``
that escapes every ``except Exception``), eat all memory, or run for minutes.
Each file is therefore checked in a child made with ``os.fork`` (the child
inherits the imported, warmed-up modules; it serves up to 200 files of one run
and is replaced after any failure or when it has grown by half its budget)
that runs under:

* ``RLIMIT_AS``: the child's address space may grow by at most
  :data:`MEMORY_BUDGET_BYTES` (768 MiB) beyond what the parent already maps
  (for the ``jixiao`` command about 160–250 MiB, so a worker stays near 1 GiB
  of address space and far below 1.5 GiB resident), so one file never takes
  the machine down (Python raises ``MemoryError``; native code aborts);
* a wall-clock limit of :data:`TIME_LIMIT_S` seconds per file (the parent kills
  the child with ``SIGKILL``; a one-file child also gets ``RLIMIT_CPU``).

The child sends its result back pickled through a pipe. When it dies instead,
the caller's ``on_failure(arg, reason_zh)`` builds the result for that file,
with a Chinese reason ("检查超时…", "内存不足…", "读取程序异常退出…"). Where
``os.fork`` does not exist (Windows) the function runs in-process, still
catching ``BaseException``.
"""

from __future__ import annotations

import contextlib
import faulthandler
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
    "Worker",
    "check_one_isolated",
    "close_workers",
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


def _limit_child(memory_bytes: int, cpu_s: float | None) -> None:
    import resource

    limits = [(resource.RLIMIT_AS, memory_bytes)]
    if cpu_s is not None:
        limits.append((resource.RLIMIT_CPU, int(cpu_s) + 2))
    for what, soft in limits:
        with contextlib.suppress(ValueError, OSError):
            _cur, hard = resource.getrlimit(what)
            if hard != resource.RLIM_INFINITY:
                soft = min(soft, hard)
            resource.setrlimit(what, (soft, hard))


MEMORY_ZH = "内存不足（超过单个文件的内存上限），已停止检查此文件"


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


# framing on the pipes: 8-byte big-endian length, then a pickle


def _send(fd: int, obj: object) -> None:
    data = pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL)
    view = memoryview(len(data).to_bytes(8, "big") + data)
    while view:
        view = view[os.write(fd, view):]


class _Timeout(Exception):
    pass


def _read_exact(fd: int, n: int, deadline: float | None) -> bytes | None:
    """``n`` bytes from ``fd``; ``None`` at end of file; :class:`_Timeout` past ``deadline``."""
    chunks: list[bytes] = []
    while n:
        if deadline is not None:
            left = deadline - time.monotonic()
            if left <= 0:
                raise _Timeout
            ready, _, _ = select.select([fd], [], [], left)
            if not ready:
                continue
        chunk = os.read(fd, min(n, 1 << 20))
        if not chunk:
            return None
        chunks.append(chunk)
        n -= len(chunk)
    return b"".join(chunks)


def _recv(fd: int, deadline: float | None = None) -> Any:
    head = _read_exact(fd, 8, deadline)
    if head is None:
        raise EOFError
    body = _read_exact(fd, int.from_bytes(head, "big"), deadline)
    if body is None:
        raise EOFError
    return pickle.loads(body)


def _serve(func: Callable[[Any], Any], req: int, resp: int, memory_bytes: int,
           cpu_s: float | None, max_calls: int) -> None:  # fmt: skip
    """The worker's loop (in the forked child); never returns.

    Leaves after ``max_calls`` files, after any failure, or when its address
    space has grown by half the budget, so one file's leftovers never shrink
    the room of the next.
    """
    code = 0
    try:
        gc.freeze()  # the child's collector leaves inherited objects alone: fewer copied pages
        signal.signal(signal.SIGINT, signal.SIG_DFL)  # Ctrl-C: the parent decides
        faulthandler.disable()  # it writes to a saved copy of stderr, past the redirect below
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, 2)  # a native parser's abort message / backtrace is not for the user
        # fresh Python streams: a lock held by another thread (a progress bar) at fork time
        # must not block the child
        sys.stdout = sys.stderr = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115
        base = _vm_size()
        _limit_child(memory_bytes, cpu_s)
        for _ in range(max_calls):
            try:
                arg = _recv(req)
            except EOFError:
                break
            try:
                result: tuple[str, Any] = ("ok", func(arg))
            except MemoryError:
                result = ("fail", MEMORY_ZH)
            except BaseException as e:  # noqa: BLE001 - e.g. pyo3 PanicException
                result = ("fail", _exception_zh(e))
            last = result[0] == "fail" or _vm_size() > base + MEMORY_BUDGET_BYTES // 2
            _send(resp, (result, last))
            if last:
                break
    except BaseException:  # noqa: BLE001 - nothing may escape a forked child
        code = 70
    finally:
        os._exit(code)


class Worker:
    """A forked child that runs ``func`` on one argument at a time, under the limits.

    ``call(arg, on_failure)`` returns ``func(arg)`` or, when the child aborts,
    runs out of memory or time, ``on_failure(arg, reason_zh)``; the next call
    then starts a fresh child. ``max_calls=1`` gives a fresh child per argument.
    The child inherits this process as it is at its start: use one worker per
    run (:func:`check_one_isolated` keeps one per process until
    :func:`close_workers`).
    """

    def __init__(self, func: Callable[[Any], Any], *, memory_bytes: int | None = None,
                 time_limit_s: float | None = None, max_calls: int = 200) -> None:  # fmt: skip
        self.func = func
        self.memory_bytes = memory_bytes
        self.time_limit_s = TIME_LIMIT_S if time_limit_s is None else time_limit_s
        self.max_calls = max_calls
        self.pid = 0
        self.owner = 0
        self._req = self._resp = -1
        self._left = 0

    def _start(self) -> None:
        mem = memory_limit() if self.memory_bytes is None else self.memory_bytes
        cpu = self.time_limit_s if self.max_calls == 1 else None  # CPU time is per process
        req_r, req_w = os.pipe()
        resp_r, resp_w = os.pipe()
        sys.stdout.flush()
        sys.stderr.flush()
        pid = os.fork()
        if pid == 0:  # pragma: no cover - runs in the child (coverage does not follow)
            os.close(req_w)
            os.close(resp_r)
            _serve(self.func, req_r, resp_w, mem, cpu, self.max_calls)
        os.close(req_r)
        os.close(resp_w)
        self.pid, self.owner, self._req, self._resp = pid, os.getpid(), req_w, resp_r
        self._left = self.max_calls

    def close(self, *, kill: bool = True) -> int:
        """End the child and return its wait status (0 if none).

        An idle child is killed rather than waited for: another process forked
        meanwhile may hold a copy of the request pipe, so end of file alone might
        never reach it. ``kill=False`` collects a child that has died or exited.
        """
        if not self.pid or self.owner != os.getpid():
            self.pid = 0
            return 0
        if kill:
            with contextlib.suppress(ProcessLookupError):
                os.kill(self.pid, signal.SIGKILL)
        for fd in (self._req, self._resp):
            with contextlib.suppress(OSError):
                os.close(fd)
        _, status = os.waitpid(self.pid, 0)
        self.pid = 0
        return status

    def call(self, arg: A, on_failure: Callable[[A, str], T]) -> T:
        if not self.pid or self.owner != os.getpid():
            self.pid = 0  # a worker inherited through fork belongs to the parent
            self._start()
        try:
            _send(self._req, arg)
        except BrokenPipeError:  # the idle child is gone (killed from outside): a fresh one
            self.close(kill=False)
            self._start()
            _send(self._req, arg)
        deadline = time.monotonic() + self.time_limit_s
        try:
            (kind, value), last = _recv(self._resp, deadline)
        except _Timeout:
            self.close()
            return on_failure(arg, f"检查超时（单个文件超过 {self.time_limit_s:g} 秒），"
                                   "文件可能被恶意构造，已停止检查")  # fmt: skip
        except (EOFError, pickle.UnpicklingError):
            return on_failure(arg, _death_reason(self.close(kill=False)))
        self._left -= 1
        if last or self._left <= 0:
            self.close()
        return value if kind == "ok" else on_failure(arg, value)


def run_isolated(func: Callable[[A], T], arg: A, on_failure: Callable[[A, str], T], *,
                 memory_bytes: int | None = None, time_limit_s: float | None = None) -> T:  # fmt: skip
    """``func(arg)`` in a fresh forked child under limits; ``on_failure(arg, reason_zh)`` if it dies.

    The result of ``func`` must be picklable. Without ``os.fork`` ``func`` runs here.

    >>> run_isolated(len, "评分表", lambda a, why: -1)
    3
    >>> run_isolated(lambda a: os.abort(), "x", lambda a, why: why)
    '读取程序因内存不足或文件结构异常而中止'
    """
    if not hasattr(os, "fork"):  # pragma: no cover - Windows
        try:
            return func(arg)
        except MemoryError:
            return on_failure(arg, MEMORY_ZH)
        except Exception as e:  # noqa: BLE001
            return on_failure(arg, _exception_zh(e))
    worker = Worker(func, memory_bytes=memory_bytes, time_limit_s=time_limit_s, max_calls=1)
    try:
        return worker.call(arg, on_failure)
    finally:
        worker.close()


# --------------------------------------------------------------------------- collect's hook


def _unreadable(path: str, reason_zh: str) -> Any:
    from jixiao.collect import Checked
    from jixiao.validation.report import Report

    return Checked(path, Report(path=path, error=reason_zh))


_WARM = False  # inherited through fork: a pool worker of a warm parent is warm


def warm_up() -> None:
    """Import and exercise once what a check uses, so forked workers (and pool workers) start warm.

    Without it every worker would import openpyxl (and numpy), calamine, xlrd and
    oletools and fill its caches afresh: ~0.4 s per file instead of ~0.01 s.
    The check runs in this process on a small workbook made here (trusted input).
    """
    global _WARM
    if _WARM:
        return
    _WARM = True
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


_CHECKER: Worker | None = None


def check_one_isolated(path: str | os.PathLike[str]) -> Any:
    """:func:`jixiao.collect.check_one` in an isolated worker; a dead worker → 无法读取.

    One worker per process serves file after file (its caches stay warm) and is
    replaced after any failure; :func:`close_workers` ends it (collect and
    validate call it when their run is over, so a later run forks afresh).
    """
    global _CHECKER
    from jixiao.collect import check_one

    if not hasattr(os, "fork"):  # pragma: no cover - Windows
        return run_isolated(check_one, os.fspath(path), _unreadable)
    warm_up()
    if _CHECKER is None or _CHECKER.owner not in (0, os.getpid()):
        _CHECKER = Worker(check_one)
    return _CHECKER.call(os.fspath(path), _unreadable)


def close_workers() -> None:
    """End this process's checking worker (if any)."""
    global _CHECKER
    if _CHECKER is not None:
        _CHECKER.close()
        _CHECKER = None
