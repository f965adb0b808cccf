"""The roster (名单): which bureaus a template goes to, and who has reported.

A roster is a workbook (.xlsx/.xlsm/.xls, or .csv) whose header row (within the
first 20 rows) holds ``单位名称`` (required; also 填报单位, 被评价单位, 单位),
optionally ``年度`` (评价年度, 年份) and amount columns named like a ratio row's
amounts in the template (预算数, 实际支出 …; a unit suffix such as ``预算数（元）``
is allowed). Other columns are listed as unused, with a "did you mean" when one
is close to a usable header.

    read_roster(path, spec=None) -> Roster
    match_returns(roster, returns) -> RosterMatch     # 已报送 / 未报送 / 重复报送 / 名单外
"""

from __future__ import annotations

import csv
import difflib
import os
import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from types import MappingProxyType
from typing import Any

from jixiao.errors import InputError, WorkbookUnreadable
from jixiao.reading.headers import normalise_header

__all__ = [
    "BUREAU_HEADERS",
    "REPORTED",
    "DUPLICATE",
    "MISSING",
    "OUTSIDE",
    "YEAR_HEADERS",
    "Roster",
    "RosterError",
    "RosterMatch",
    "RosterRow",
    "match_returns",
    "ratio_labels",
    "read_roster",
]

BUREAU_HEADERS = ("单位名称", "填报单位", "被评价单位", "单位")
YEAR_HEADERS = ("年度", "评价年度", "年份")
#: how many rows from the top are searched for the header row
HEADER_SEARCH_ROWS = 20
REPORTED, MISSING, DUPLICATE, OUTSIDE = "已报送", "未报送", "重复报送", "名单外"


class RosterError(InputError):
    """The roster can be read but cannot be used (e.g. no 单位名称 column)."""

    code = "roster-error"


@dataclass(frozen=True)
class RosterRow:
    """One bureau of the roster."""

    bureau: str
    year: str | None = None
    #: ratio label (as in the spec) -> amount typed in the roster
    amounts: dict[str, Any] = field(default_factory=dict)
    #: 1-based row in the roster sheet (for messages)
    row: int = 0


@dataclass
class Roster:
    """The usable content of a roster file."""

    path: str
    sheet: str
    rows: list[RosterRow]
    #: roster header -> spec label it fills
    amount_columns: dict[str, str] = field(default_factory=dict)
    #: headers that were neither 单位名称 / 年度 nor a ratio label of the template
    ignored_columns: list[str] = field(default_factory=list)
    #: unused header -> the usable header it resembles ("did you mean")
    suggestions: dict[str, str] = field(default_factory=dict)


# --------------------------------------------------------------------------- reading


def _norm_header(v: Any) -> str:
    """"预算数（元）" -> "预算数": the table reader's header form, minus a required-field "*"."""
    return normalise_header(v).strip("：:*")


def ratio_labels(spec: Any) -> dict[str, str]:
    """Normalised label -> label as written in the spec, for every ratio row's amounts.

    Rows whose amounts come per fund source (``sources``) are left out: their totals are
    formulas, and a roster column cannot say which source an amount belongs to.
    """
    labels: dict[str, str] = {}
    for ind in spec.indicators():
        sc = ind.scoring
        if sc.kind != "ratio" or getattr(sc, "sources", ()):
            continue
        for label in (sc.numerator or "实际支出", sc.denominator or "预算数", sc.carryover):
            if label:
                labels.setdefault(_norm_header(label), label)
    return labels


def _rows_of_file(path: str) -> tuple[str, list[list[Any]]]:
    """(sheet name, rows) of the roster's first non-empty sheet (or of a .csv)."""
    if path.lower().endswith(".csv"):
        return Path(path).stem, _csv_rows(path)
    from jixiao.io import load_workbook

    lw = load_workbook(path, need_formulas=False)
    for grid in lw.sheets:
        if not grid.values:
            continue
        rows: list[list[Any]] = []
        for (r, c), v in grid.values.items():
            while len(rows) < r:
                rows.append([])
            row = rows[r - 1]
            while len(row) < c:
                row.append(None)
            row[c - 1] = v
        return grid.name, rows
    return (lw.sheets[0].name if lw.sheets else ""), []


def _csv_rows(path: str) -> list[list[Any]]:
    try:
        data = Path(path).read_bytes()
    except FileNotFoundError:
        msg = f"{path}：文件不存在"
        raise WorkbookUnreadable(msg, "no such file") from None
    except OSError as e:
        msg = f"{path}：无法读取（{e.strerror}）"
        raise WorkbookUnreadable(msg, str(e)) from None
    for enc in ("utf-8-sig", "gb18030"):
        try:
            text = data.decode(enc)
            break
        except UnicodeDecodeError:
            continue
    else:  # pragma: no cover - gb18030 decodes almost anything
        msg = f"{path}：CSV 文件编码无法识别（应为 UTF-8 或 GBK）"
        raise WorkbookUnreadable(msg, "unknown CSV encoding")
    return [list(r) for r in csv.reader(text.splitlines())]


def _cell_text(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, float) and v.is_integer():
        v = int(v)
    return " ".join(str(v).split())


def _year_text(v: Any) -> str | None:
    t = _cell_text(v)
    if not t:
        return None
    m = re.fullmatch(r"(\d{4})(?:\.0+)?\s*年?(?:度)?", t)
    return m.group(1) if m else t


def _amount(v: Any) -> Any:
    if v is None or (isinstance(v, str) and not v.strip()):
        return None
    if isinstance(v, bool):
        return None
    if isinstance(v, int | float | Decimal):
        return v
    return str(v).strip()  # "1,060万元": the builder parses number text


def read_roster(path: str | os.PathLike[str], spec: Any = None) -> Roster:
    """Read the roster for ``spec``.

    Args:
        path: .xlsx / .xlsm / .xls (format sniffed, opened read-only) or .csv (UTF-8/GBK).
        spec: the template; its ratio labels decide which amount columns are used
            (None: bureaus and years only, as for ``jixiao collect --roster``).

    Returns:
        A :class:`Roster`; rows without a 单位名称 are skipped.

    Raises:
        WorkbookUnreadable: the file cannot be read (reason in Chinese).
        RosterError: no header row with 单位名称, or no bureau listed.
    """
    p = os.fspath(path)
    sheet, rows = _rows_of_file(p)
    labels = ratio_labels(spec) if spec is not None else {}
    header_idx = None
    for i, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
        if any(_norm_header(v) in BUREAU_HEADERS for v in row if v is not None):
            header_idx = i
            break
    if header_idx is None:
        seen = [_cell_text(v) for v in (rows[0] if rows else []) if _cell_text(v)]
        msg = (f"{p}：名单中找不到“单位名称”列（在前{HEADER_SEARCH_ROWS}行中查找表头）"
               + (f"；第1行为：{'、'.join(seen[:12])}" if seen else "；名单为空"))
        raise RosterError(msg, "roster has no 单位名称 column")
    header = rows[header_idx]
    bureau_col = year_col = None
    amount_cols: dict[int, str] = {}
    roster = Roster(path=p, sheet=sheet, rows=[])
    for c, v in enumerate(header):
        h = _norm_header(v) if v is not None else ""
        if not h:
            continue
        if h in BUREAU_HEADERS and (bureau_col is None or h == "单位名称"):
            bureau_col = c
        elif h in YEAR_HEADERS and year_col is None:
            year_col = c
        elif h in labels:
            amount_cols[c] = labels[h]
            roster.amount_columns[_cell_text(v)] = labels[h]
        else:
            roster.ignored_columns.append(_cell_text(v))
            near = difflib.get_close_matches(h, [*BUREAU_HEADERS, *YEAR_HEADERS, *labels], 1, 0.5)
            if near:
                roster.suggestions[_cell_text(v)] = labels.get(near[0], near[0])
    assert bureau_col is not None
    for i, row in enumerate(rows[header_idx + 1:], start=header_idx + 2):
        def cell(c: int | None, row: list[Any] = row) -> Any:
            return row[c] if c is not None and c < len(row) else None

        bureau = _cell_text(cell(bureau_col))
        if not bureau:
            continue
        amounts = {label: a for c, label in amount_cols.items()
                   if (a := _amount(cell(c))) is not None}
        roster.rows.append(RosterRow(bureau=bureau, year=_year_text(cell(year_col)),
                                     amounts=amounts, row=i))
    if not roster.rows:
        msg = f"{p}：名单的“单位名称”列下没有任何单位"
        raise RosterError(msg, "roster lists no bureau")
    return roster




# --------------------------------------------------------------------------- matching returns


@dataclass
class RosterMatch:
    """Who has reported: every roster bureau with its returns, and the returns outside the roster."""

    roster: Roster
    #: roster bureau -> paths of its returns, newest first (the first one counts)
    returns: dict[str, list[str]] = field(default_factory=dict)
    #: paths matching no roster bureau
    outside: list[str] = field(default_factory=list)

    def status(self, bureau: str) -> str:
        n = len(self.returns.get(bureau, []))
        return MISSING if n == 0 else REPORTED if n == 1 else DUPLICATE

    @property
    def missing(self) -> list[str]:
        return [r.bureau for r in self.roster.rows if not self.returns.get(r.bureau)]

    @property
    def duplicates(self) -> dict[str, list[str]]:
        return {b: ps for b, ps in self.returns.items() if len(ps) > 1}

    def __setattr__(self, name: str, value: Any) -> None:
        # the path index below follows ``returns``: assigning a new dict (cli.py gives the
        # paths printable names that way) drops it. The lists are not changed in place
        # once match_returns has returned.
        if name == "returns":
            self.__dict__.pop("_index", None)
        super().__setattr__(name, value)

    def _path_index(self) -> tuple[dict[str, str], frozenset[str]]:
        """(path -> bureau, counted paths), built once per ``returns`` (callers ask per return)."""
        index = self.__dict__.get("_index")
        if index is None:
            bureau_of = {p: b for b, ps in self.returns.items() for p in ps}
            counted = frozenset(ps[0] for ps in self.returns.values() if ps)
            index = self.__dict__["_index"] = (bureau_of, counted)
        return index

    def counted(self) -> frozenset[str]:
        """Paths that count for their bureau (the newest return of each)."""
        return self._path_index()[1]

    def bureau_of(self) -> Mapping[str, str]:
        """path -> roster bureau, for every matched return (read-only)."""
        return MappingProxyType(self._path_index()[0])

    def path_status(self, path: str) -> str:
        """已报送 (counted) / 重复报送 (an older copy, not counted) / 名单外."""
        b = self.bureau_of().get(path)
        if b is None:
            return OUTSIDE
        return REPORTED if self.returns[b][0] == path else DUPLICATE


def norm_name(name: str | None) -> str:
    """Unit names compared loosely: NFKC, no white space, case-folded.

    >>> norm_name(" 红塔区 医疗保障局 ") == norm_name("红塔区医疗保障局")
    True
    """
    return "".join(unicodedata.normalize("NFKC", name or "").split()).casefold()


def _best(text: str, names: dict[str, str]) -> str | None:
    """The roster bureau whose normalised name is ``text`` or the longest one contained in it."""
    if not text:
        return None
    if text in names:
        return names[text]
    inside = [n for n in names if len(n) >= 2 and n in text]
    if inside:
        return names[max(inside, key=len)]
    around = [n for n in names if len(text) >= 2 and text in n]
    return names[around[0]] if len(around) == 1 else None


def match_returns(roster: Roster, returns: Sequence[tuple[str, str | None]]) -> RosterMatch:
    """Match returns ``(path, unit name from its 填报单位 cell or None)`` to the roster's bureaus.

    A return matches by its unit name (equal, or a roster name contained in it),
    else by its file name (the longest roster name contained in it). Several
    returns of one bureau: the newest file (modification time) counts; all are listed.
    """
    names = {norm_name(r.bureau): r.bureau for r in roster.rows}
    matched: dict[str, list[str]] = {r.bureau: [] for r in roster.rows}
    outside: list[str] = []
    for path, unit in returns:
        bureau = _best(norm_name(unit), names) or _best(norm_name(Path(path).stem), names)
        if bureau is None:
            outside.append(path)
        else:
            matched[bureau].append(path)

    def newest_first(p: str) -> tuple[float, str]:
        try:
            return (-os.stat(p).st_mtime, p)
        except OSError:
            return (0.0, p)

    for ps in matched.values():
        ps.sort(key=newest_first)
    return RosterMatch(roster=roster, returns=matched, outside=outside)
