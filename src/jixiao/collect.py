"""Collect (汇总) the filled workbooks (and Word documents) sent back by the bureaus: validate each,
summarise all.

    find_workbooks(root, exclude=()) -> (workbooks, skipped)
    check_one(path) -> Checked                      # one file, never raises
    run_checks(paths, jobs=0, on_result=None) -> [Checked]   # input order
    collect(root, jobs=0, ...) -> CollectResult     # find + check
    CollectResult.exit_code / .counts() / .to_dict()

One bad file never stops the run: it becomes an entry with its Chinese reason
(:attr:`Report.error`). Inputs are opened read-only, read once by
:func:`jixiao.io.load_workbook`, and never modified.

Speed: a workbook made from one of our templates (custom property
``jixiao_template_id``) is loaded with formulas, because the ``formula-replaced``
check needs them; any other workbook is loaded from cached values only (calamine,
about 5x faster) unless a formula in it could name an external target (DDE,
``[book]`` reference, HYPERLINK), which only the formula reader reports. With many
files (``PARALLEL_MIN`` or more) the checks run in a process pool, in chunks,
results kept in input order.
"""

from __future__ import annotations

import os
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from jixiao.bureaus import older_returns, several_returns
from jixiao.roster import Roster, RosterMatch, match_returns
from jixiao.validation.findings import Severity
from jixiao.validation.report import Report
from jixiao.verify import FILL_BLANK, FILL_PARTIAL, Verification

__all__ = [
    "EXTENSIONS",
    "PARALLEL_MIN",
    "RETURN_EXTENSIONS",
    "SUMMARY_PROPERTY",
    "Checked",
    "CollectResult",
    "check_one",
    "collect",
    "find_workbooks",
    "run_checks",
]

EXTENSIONS = (".xlsx", ".xlsm", ".xls")
#: other spreadsheet files a bureau sends back: checked by their content, never skipped unseen — WPS' .et/.ett
#: and Excel's templates are read as the workbooks they are, .xlsb/.ods are 无法读取 with the reason and the fix
SPREADSHEET_EXTENSIONS = (".et", ".ett", ".xlt", ".xltx", ".xltm", ".xlsb", ".ods")
#: Word documents ``validate`` and ``collect`` also take from a folder (.doc only to say it must be
#: saved as .docx)
WORD_EXTENSIONS = (".docx", ".docm", ".doc")
#: what ``collect`` takes: the returns filled in Excel or in Word
RETURN_EXTENSIONS = EXTENSIONS + WORD_EXTENSIONS
#: the one line a Word return carries: it cannot be verified as the issued template
WORD_RETURN_NOTE = ("Word 文档不记录下发模板的编号、版本和公式，无法核对是否为下发的评分表（分值或规则是否被改动）；"
                    "已按表内的分值和计分规则核对、核定")
#: below this many files the checks run serially (a pool costs more than it saves)
PARALLEL_MIN = 40
#: custom document property that marks a summary workbook written by us
SUMMARY_PROPERTY = "jixiao_summary"
#: files quietly ignored (system clutter)
_CLUTTER = frozenset({"thumbs.db", "desktop.ini", ".ds_store"})

STATUS_OK = "通过"
STATUS_WARNING = "有警告"
STATUS_PROBLEM = "有错误"
STATUS_INCOMPLETE = "不完整"
STATUS_BLANK = "未填写"
STATUS_UNREADABLE = "无法读取"
#: every status of a return, worst first (the order of the summary's counts)
STATUSES = (STATUS_UNREADABLE, STATUS_BLANK, STATUS_INCOMPLETE, STATUS_PROBLEM, STATUS_WARNING,
            STATUS_OK)
#: statuses that make the exit code 1
FAILING = frozenset({STATUS_BLANK, STATUS_INCOMPLETE, STATUS_PROBLEM})


@dataclass
class Checked:
    """The outcome for one file: a report, or the reason it was skipped (our own summary)."""

    path: str
    report: Report | None = None
    skipped: str | None = None
    #: the 核定 of a readable return (:mod:`jixiao.verify`)
    verified: Verification | None = None


@dataclass
class CollectResult:
    """Everything ``jixiao collect`` found, in input order."""

    root: str
    reports: list[Report] = field(default_factory=list)
    #: (path, reason) of files that were not checked (not a workbook extension, lock files ...)
    skipped: list[tuple[str, str]] = field(default_factory=list)
    #: warnings count as problems too (``jixiao validate --strict``)
    strict: bool = False
    #: report path -> its 核定
    verified: dict[str, Verification] = field(default_factory=dict)
    #: who has reported (``--roster``), else None
    roster: RosterMatch | None = None
    _older: set[str] | None = field(default=None, repr=False, compare=False)

    def status(self, r: Report) -> str:
        """The status of one return (:func:`status`)."""
        return status(r, self.strict, self.verified.get(r.path))

    def _status_counts(self) -> Counter[str]:
        return Counter(self.status(r) for r in self.reports)

    def _failing(self) -> frozenset[str]:
        """The statuses that count as 有问题 (and make the exit code 1)."""
        return (FAILING | {STATUS_WARNING}) if self.strict else FAILING

    def counts(self) -> dict[str, int]:
        """checked / passed / warnings / with_errors / incomplete / blank / unreadable / skipped."""
        c = self._status_counts()
        out = {"checked": len(self.reports), "passed": c[STATUS_OK],
               "with_warnings": c[STATUS_WARNING], "with_errors": c[STATUS_PROBLEM],
               "incomplete": c[STATUS_INCOMPLETE], "blank": c[STATUS_BLANK],
               "unreadable": c[STATUS_UNREADABLE], "skipped": len(self.skipped)}  # fmt: skip
        if self.roster is not None:
            out["missing"] = len(self.roster.missing)
            out["duplicates"] = len(self.roster.duplicates)
            out["outside"] = len(self.roster.outside)
        return out

    @property
    def exit_code(self) -> int:
        """3 some file unreadable; 1 some return 有错误/不完整/未填写 (with ``strict`` also 有警告),
        or, with a roster, some bureau 未报送 or 重复报送; else 0."""
        c = self._status_counts()
        if c[STATUS_UNREADABLE]:
            return 3
        if any(c[s] for s in self._failing()):
            return 1
        if self.roster is not None and (self.roster.missing or self.roster.duplicates):
            return 1
        return 0

    def same_bureau(self) -> dict[str, list[str]]:
        """Without a roster: bureaus (填报单位) with two or more readable returns → their paths, in input order.
        The newest counts (:meth:`counts_for_bureau`), the others are listed as duplicates and said (p41: a bureau
        sending its table again was ranked twice and not a word said). With a roster the roster says 重复报送."""
        if self.roster is not None:
            return {}
        return several_returns((r.bureau, r.path) for r in self.reports if r.error is None)

    def summary_line(self) -> str:
        """"已检查 N 个文件：a 通过，b 有问题，c 无法读取", then the detail of each status.

        通过 counts 有警告 too (unless ``strict``); 有问题 is 有错误 + 不完整 + 未填写.
        """
        c = self._status_counts()
        problems = self._failing()
        bad = sum(c[s] for s in problems)
        line = (f"已检查 {len(self.reports)} 个文件：{len(self.reports) - bad - c[STATUS_UNREADABLE]}"
                f" 通过，{bad} 有问题，{c[STATUS_UNREADABLE]} 无法读取")
        detail = [f"{c[s]} {s}" for s in STATUSES[1:] if c[s] and (s in problems or s == STATUS_WARNING)]
        if detail:
            line += f"（{'，'.join(detail)}）"
        if self.roster is not None:
            m = self.roster
            line += (f"；名单 {len(m.roster.rows)} 个单位：{len(m.roster.rows) - len(m.missing)} 已报送，"
                     f"{len(m.missing)} 未报送，{len(m.duplicates)} 重复报送，{len(m.outside)} 个文件在名单外")
        return line

    def summary(self) -> dict[str, Any]:
        c = self.counts()
        sev: Counter[str] = Counter()
        grades: Counter[str] = Counter()
        for r in self.reports:
            sev.update(f.severity.value for f in r.findings)
            g = self.verified_grade(r)
            if g and self.counts_for_bureau(r):
                grades[g] += 1
        return {
            "root": self.root, **c,
            "errors": sev[Severity.ERROR.value], "warnings": sev[Severity.WARNING.value],
            "infos": sev[Severity.INFO.value], "grades": dict(grades),
            "exit_code": self.exit_code,
            **({"same_bureau": self.same_bureau()} if self.roster is None else {}),
        }  # fmt: skip

    def verified_grade(self, r: Report) -> str | None:
        v = self.verified.get(r.path)
        return v.grade if v is not None else None

    def counts_for_bureau(self, r: Report) -> bool:
        """With a roster: only the newest return of each roster bureau counts (not older
        duplicates, not returns outside the roster); without one, each bureau's newest return
        (:func:`~jixiao.bureaus.newest_return`: by the workbooks' saved time, else file name — p42: every return of
        one bureau was ranked)."""
        if self.roster is not None:
            return r.path in self.roster.counted()
        return r.path not in self.older()

    def older(self) -> set[str]:
        """Without a roster: the returns of a bureau that sent several, all but its newest (they are listed, not
        ranked or graded); with one, the roster decides (empty)."""
        if self.roster is not None:
            return set()
        if self._older is None:
            readable = [r for r in self.reports if r.error is None]
            gone = older_returns(((r.bureau, r.path) for r in readable), {r.path: r.saved for r in readable})
            self._older = {p for ps in gone.values() for p in ps}
        return self._older

    def file_dict(self, r: Report) -> dict[str, Any]:
        """``validate --json``'s per-file dict plus status and 核定."""
        d = r.to_dict()
        d["status"] = self.status(r)
        v = self.verified.get(r.path)
        if v is not None:
            d["verified"] = {
                "total": None if v.total is None else float(v.total), "grade": v.grade,
                "fill": v.fill, "basis": v.basis, "computed": v.computed, "bureau": v.bureau,
                "why": v.why or None,
                "rows": [{"name": x.name, "code": x.code, "cell": x.cell,
                          "weight": None if x.weight is None else float(x.weight),
                          "reported": None if x.reported is None else float(x.reported),
                          "verified": None if x.verified is None else float(x.verified),
                          "why": x.why or None, "note": x.note or None}
                         for x in v.rows],
            }  # fmt: skip
        if self.roster is not None:
            d["roster"] = {"bureau": self.roster.bureau_of().get(r.path),
                           "status": self.roster.path_status(r.path)}
        return d

    def to_dict(self) -> dict[str, Any]:
        """``{"files": [per-file dict], "skipped": [...], "summary": {...}, "roster": ...}``."""
        out = {
            "files": [self.file_dict(r) for r in self.reports],
            "skipped": [{"path": p, "reason": why} for p, why in self.skipped],
            "summary": self.summary(),
        }
        if self.roster is not None:
            m = self.roster
            out["roster"] = [{"bureau": row.bureau, "status": m.status(row.bureau),
                              "files": m.returns.get(row.bureau, [])} for row in m.roster.rows]
            out["outside"] = list(m.outside)
        return out


def status(r: Report, strict: bool = False, v: Verification | None = None) -> str:
    """无法读取 / 未填写 / 不完整 (inputs missing, per 核定 ``v``) / 有错误 / 有警告 / 通过.

    ``strict``: any finding but 提示 counts as 有错误 (``jixiao validate --strict``).
    """
    if r.error is not None:
        return STATUS_UNREADABLE
    if v is not None and v.fill == FILL_BLANK:
        return STATUS_BLANK
    if v is not None and v.fill == FILL_PARTIAL:
        return STATUS_INCOMPLETE
    if r.errors:
        return STATUS_PROBLEM
    if any(f.severity is Severity.WARNING for f in r.findings):
        return STATUS_PROBLEM if strict else STATUS_WARNING
    return STATUS_OK


# --------------------------------------------------------------------------- finding files


def _natural_key(rel: str) -> list[Any]:
    return [int(t) if t.isdecimal() else t.casefold() for t in re.split(r"(\d+)", rel)]


def find_workbooks(root: str | os.PathLike[str], exclude: Iterable[str | os.PathLike[str]] = (),
                   extensions: tuple[str, ...] = EXTENSIONS,
                   ) -> tuple[list[Path], list[tuple[str, str]]]:  # fmt: skip
    """Every .xlsx/.xlsm/.xls under ``root`` (recursive, natural order) and the files skipped.

    ``extensions``: the suffixes taken (``validate`` adds Word's, :data:`WORD_EXTENSIONS`).

    ``root`` may also be a single file. Symlinked folders are not followed (no
    loops); system clutter (Thumbs.db, .DS_Store, dot files) is ignored quietly;
    Excel/WPS lock files (``~$…``), our own temp files and files with other
    extensions are returned as skipped with a reason. Paths in ``exclude`` (the
    outputs of this run) are left out.
    """
    base = Path(root)
    excluded = {os.path.realpath(p) for p in exclude}
    if base.is_file():
        candidates = [base]
    else:
        candidates = []
        for dirpath, dirnames, filenames in os.walk(base, followlinks=False):
            dirnames.sort()
            for name in filenames:
                candidates.append(Path(dirpath) / name)
    found: list[Path] = []
    skipped: list[tuple[str, str]] = []
    for p in candidates:
        name = p.name
        if os.path.realpath(p) in excluded:
            continue
        if name.casefold() in _CLUTTER or (name.startswith(".") and not name.startswith(".~")):
            continue
        suffix = p.suffix.lower()
        if name.startswith("~$"):
            skipped.append((str(p), "Excel/Word/WPS 打开文件时生成的临时锁定文件，未检查"))
        elif name.startswith(".~") and ".tmp" in name:
            skipped.append((str(p), "未写完的临时文件，未检查"))
        elif name.endswith(".校验.xlsx"):
            skipped.append((str(p), "jixiao 生成的批注副本（validate --out），未检查"))
        elif suffix in extensions or suffix in SPREADSHEET_EXTENSIONS:
            found.append(p)
        elif suffix == ".csv":
            skipped.append((str(p), "CSV 文本文件（如从评分表导出的）不是工作簿，未检查；报送的评分表请用 Excel 或 WPS "
                                    "另存为 .xlsx"))
        else:
            shown = suffix or "（无扩展名）"
            what = "Excel 工作簿或 Word 文档" if ".docx" in extensions else "Excel 工作簿"
            skipped.append((str(p), f"不是 {what}（扩展名 {shown}），未检查"))
    key = (lambda p: _natural_key(os.path.relpath(p, base))) if not base.is_file() else str
    found.sort(key=key)
    skipped.sort(key=lambda s: _natural_key(s[0]))
    return found, skipped


# --------------------------------------------------------------------------- one file


def _reason(path: str, message_zh: str) -> str:
    """The loader's Chinese message without the leading ``<path>：``."""
    for prefix in (f"{path}：", f"{path}:"):
        if message_zh.startswith(prefix):
            return message_zh[len(prefix):].strip()
    return message_zh


def check_one(path: str | os.PathLike[str]) -> Checked:
    """Validate one file; never raises (unreadable → ``report.error`` with the reason)."""
    from jixiao.errors import WorkbookError
    from jixiao.io import load_workbook
    from jixiao.validation.validate import say_word_locations, validate_read

    p = os.fspath(path)
    try:
        # formulas only where a check needs them (our templates, links out): see load_workbook
        lw = load_workbook(p, need_formulas="auto")
        if SUMMARY_PROPERTY in lw.properties:
            return Checked(p, skipped="jixiao 生成的汇总表，未检查")
        report, tables = validate_read(lw)  # the 评分表 read once: 核定 and Word locations reuse them
        verified = _verify(lw, report, tables)
        if lw.file_format == "docx":  # what 核定 added, in Word terms too
            say_word_locations(lw, report, tables)
            _word_return(lw, report, verified, tables)
        if verified.bureau:  # the 填报单位 cell wins over the document property
            report.bureau = verified.bureau
    except WorkbookError as e:  # a refused 自评表 may still carry its budget findings
        return Checked(p, Report(path=p, error=_reason(p, e.message_zh),
                                 findings=list(getattr(e, "findings", ()))))
    except MemoryError:
        return Checked(p, Report(path=p, error="内存不足，无法检查此文件"))
    except Exception as e:  # noqa: BLE001 - one bad file never stops the run
        return Checked(p, Report(path=p, error=f"检查时出现内部错误（{type(e).__name__}: {e}），"
                                                "请将此文件报告给维护人员"))
    report.path = p
    return Checked(p, report, verified=verified)


def _word_return(lw: Any, report: Report, v: Verification, tables: list[Any]) -> None:
    """A return filled in Word: its 核定 rows said where the user finds them ("表2 第3行 得分列"),
    and one line that it cannot be verified as the issued template (a .docx keeps no template
    id, version or formulas: never a formula finding, 核定 by the table's own weights and rules)."""
    from jixiao.reading.docx import word_place
    from jixiao.validation.findings import finding
    from jixiao.validation.validate import word_header_rows

    grids = {g.name: g for g in lw.sheets}
    heads = word_header_rows(tables)
    sheet = tables[0].sheet if tables else ""  # the table 核定 scored (the first 评分表)
    grid = grids.get(sheet)
    for row in v.rows:
        for attr in ("cell", "why_cell"):  # the score cell, and the input a refused row is about
            ref = getattr(row, attr)
            place = word_place(grid, ref, heads.get(sheet, [])) if grid is not None and ref else None
            if place is not None:
                setattr(row, attr, f"{place[0]} {place[1]}")
    if v.basis:
        v.basis += "（Word 文档）"
    report.findings.append(finding("word-return", "", "", WORD_RETURN_NOTE))


def _verify(lw: Any, report: Report, tables: list[Any]) -> Verification:
    """核定 of a validated workbook; an unexpected failure is an error finding, never a lost file."""
    from jixiao.validation.findings import finding
    from jixiao.verify import verify_loaded

    try:
        return verify_loaded(lw, report, tables)
    except MemoryError:
        raise
    except Exception as e:  # noqa: BLE001 - the validation report stands; 核定 is refused
        report.findings.append(finding("verify-error", "", "",
                                       f"核定时出现内部错误（{type(e).__name__}: {e}），未给出核定得分；"
                                       "请将此文件报告给维护人员"))
        return Verification(basis="核定出错")


# --------------------------------------------------------------------------- many files


def effective_jobs(jobs: int, n: int) -> int:
    """Worker processes to use: ``jobs`` (0 = all CPUs), 1 when there are few files."""
    if n < PARALLEL_MIN:
        return 1
    cpus = os.cpu_count() or 1
    want = cpus if jobs <= 0 else jobs
    return max(1, min(want, n))


def _mp_context() -> Any:
    import multiprocessing as mp

    methods = mp.get_all_start_methods()
    if sys.platform.startswith("linux") and "fork" in methods:
        return mp.get_context("fork")  # children inherit the imported, warmed-up modules
    return mp.get_context("spawn")


def run_checks(paths: Sequence[str | os.PathLike[str]], jobs: int = 0,
               on_result: Callable[[int, Checked], None] | None = None,
               on_start: Callable[[int], None] | None = None) -> list[Checked]:  # fmt: skip
    """Check every path; results in input order.

    Args:
        paths: the files.
        jobs: worker processes (0 = one per CPU; 1 = serial). Fewer than
            :data:`PARALLEL_MIN` files always run serially.
        on_result: called with (index, result) as each result arrives, in order.
        on_start: called with the number of files once the workers are running
            (start a progress display here, after the pool has forked).
    """
    items = [os.fspath(p) for p in paths]
    n = len(items)
    workers = effective_jobs(jobs, n)
    out: list[Checked] = []

    def take(c: Checked) -> None:
        if on_result is not None:
            on_result(len(out), c)
        out.append(c)

    from jixiao.isolation import check_one_isolated, close_workers, warm_up  # limited workers
    from jixiao.validation.template_checks import known_specs

    # before the pool forks, so its workers (and theirs) start warm. warm_up checks a sample
    # workbook: imports, caches, our templates' VBA hashes (validate_loaded registers them);
    # the sample has no template id, so the shipped specs most returns need are loaded here
    known_specs()
    warm_up()
    if workers <= 1:
        if on_start is not None:
            on_start(n)
        try:
            for p in items:
                take(check_one_isolated(p))
        finally:
            close_workers()
        return out
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    chunksize = max(1, min(32, n // (workers * 8)))
    started = False
    try:
        with ProcessPoolExecutor(max_workers=workers, mp_context=_mp_context()) as ex:
            results = ex.map(check_one_isolated, items, chunksize=chunksize)  # submits all: workers fork now
            if on_start is not None:
                on_start(n)
                started = True
            for c in results:
                take(c)
    except BrokenProcessPool:  # a worker died (killed, out of memory): finish serially
        if on_start is not None and not started:
            on_start(n)
        for p in items[len(out):]:
            take(check_one_isolated(p))
        close_workers()
    return out


def collect(root: str | os.PathLike[str], jobs: int = 0,
            exclude: Iterable[str | os.PathLike[str]] = (),
            on_result: Callable[[int, Checked], None] | None = None,
            on_start: Callable[[int], None] | None = None,
            roster: Roster | None = None) -> CollectResult:  # fmt: skip
    """Find and check every workbook under ``root`` (:func:`find_workbooks`, :func:`run_checks`).

    With a ``roster`` (:func:`jixiao.roster.read_roster`) the returns are matched to
    its bureaus (:func:`jixiao.roster.match_returns`).

    >>> import tempfile
    >>> collect(tempfile.mkdtemp()).summary_line()
    '已检查 0 个文件：0 通过，0 有问题，0 无法读取'
    """
    files, skipped = find_workbooks(root, exclude, extensions=RETURN_EXTENSIONS)
    result = CollectResult(root=os.fspath(root), skipped=list(skipped))
    for c in run_checks(files, jobs, on_result, on_start):
        if c.report is not None:
            result.reports.append(c.report)
            if c.verified is not None:
                result.verified[c.path] = c.verified
        else:
            result.skipped.append((c.path, c.skipped or ""))
    if roster is not None:
        result.roster = match_returns(roster, [(r.path, r.bureau) for r in result.reports
                                               if r.error is None] +
                                      [(r.path, None) for r in result.reports if r.error])
    return result


def display_path(path: str, root: str) -> str:
    """``path`` relative to ``root`` (forward slashes), or as given when outside it."""
    try:
        if os.path.isfile(root):
            return os.path.basename(path)
        rel = os.path.relpath(path, root)
    except ValueError:  # another drive on Windows
        return path
    return path if rel.startswith("..") else rel.replace(os.sep, "/")


# --------------------------------------------------------------------------- jixiao.collect(...)


class _CallableModule(type(sys)):  # type: ignore[misc]
    """Lets ``jixiao.collect(folder, roster=None)`` be called although it is also this module."""

    def __call__(self, folder: str | os.PathLike[str], roster: str | os.PathLike[str] | None = None,
                 jobs: int = 0) -> Any:
        """The collection as pandas DataFrames (:func:`jixiao.frames.collect`)."""
        from jixiao.frames import collect as collect_frames

        return collect_frames(folder, roster=roster, jobs=jobs)


sys.modules[__name__].__class__ = _CallableModule
