"""Distribute one 评分表 template to many bureaus (下发): one pre-filled workbook per roster row.

The roster (名单) is a workbook (.xlsx/.xlsm/.xls, or .csv) whose header row
holds:

* ``单位名称`` (required; also accepted: 填报单位, 被评价单位, 单位);
* ``年度`` (optional; also 评价年度, 年份);
* amount columns whose header is a ratio row's numerator / denominator /
  carry-over label in the template (``预算数``, ``实际支出``, ``上年滚存结余及利息收入``;
  a unit suffix such as ``预算数（元）`` is allowed): the amount is pre-filled in
  that ratio row's sub-row of every workbook.

Every workbook is written atomically as ``<单位名称>_<template id>.xlsx``
(``.xlsm`` for the macro flavour); names are made safe for Windows by
:func:`safe_filename` and de-duplicated case-insensitively.

    read_roster(path, spec) -> Roster
    distribute(spec, roster, out_dir, flavour="portable") -> [Distributed]
"""

from __future__ import annotations

import csv
import os
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from jixiao.errors import InputError, WorkbookUnreadable
from jixiao.reading.headers import normalise_header
from jixiao.templates.spec import TemplateSpec

__all__ = [
    "BUREAU_HEADERS",
    "YEAR_HEADERS",
    "Distributed",
    "Roster",
    "RosterError",
    "RosterRow",
    "bureau_file_name",
    "distribute",
    "filled_for",
    "find_spec",
    "iter_distribute",
    "plan_names",
    "ratio_labels",
    "read_roster",
    "safe_filename",
]

BUREAU_HEADERS = ("单位名称", "填报单位", "被评价单位", "单位")
YEAR_HEADERS = ("年度", "评价年度", "年份")
#: how many rows from the top are searched for the header row
HEADER_SEARCH_ROWS = 20

_ILLEGAL = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')
_RESERVED = frozenset(
    ["CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"]
    + [f"COM{i}" for i in range(1, 10)] + [f"LPT{i}" for i in range(1, 10)]
    + [f"COM{c}" for c in "¹²³"] + [f"LPT{c}" for c in "¹²³"]
)  # fmt: skip
#: limits for one path component: Windows allows 255 UTF-16 units, Linux 255 bytes
MAX_STEM_CHARS = 80
MAX_STEM_BYTES = 180
UNNAMED = "未命名单位"


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


@dataclass(frozen=True)
class Distributed:
    """One written workbook."""

    bureau: str
    path: Path
    prefilled: int  # amounts pre-filled


# --------------------------------------------------------------------------- file names


def safe_filename(name: str, *, max_chars: int = MAX_STEM_CHARS,
                  max_bytes: int = MAX_STEM_BYTES) -> str:  # fmt: skip
    """Make ``name`` a file name that Windows, macOS and Linux all accept.

    Removes ``<>:"/\\|?*`` and control characters, trims spaces and dots at both
    ends (Windows drops trailing ones; leading dots hide files), collapses runs
    of white space, appends ``_`` to reserved device names (CON, PRN, AUX, NUL,
    COM1…, LPT1…, with or without an extension) and shortens the stem to
    ``max_chars`` characters and ``max_bytes`` UTF-8 bytes. Chinese is kept;
    an empty result becomes ``未命名单位``.

    >>> safe_filename('某县/医保局: "2023"?')
    '某县医保局 2023'
    >>> safe_filename("con.xlsx"), safe_filename(" ..局.. ")
    ('con_.xlsx', '局')
    """
    text = _clean(name)
    if not text:
        return UNNAMED
    stem, dot, ext = text.partition(".")
    if stem.rstrip(" ").upper() in _RESERVED:
        text = f"{stem.rstrip(' ')}_{dot}{ext}"
    return _shorten(text, max_chars, max_bytes) or UNNAMED


def _clean(name: str) -> str:
    text = unicodedata.normalize("NFC", str(name))
    text = " ".join(text.split())  # tabs, newlines, NBSP, ideographic space -> one space
    text = " ".join(_ILLEGAL.sub("", text).split())
    return text.strip(" .")


def _shorten(text: str, max_chars: int, max_bytes: int) -> str:
    out = text[:max_chars]
    while len(out.encode("utf-8")) > max_bytes:
        out = out[:-1]
    return out.rstrip(" .")


def bureau_file_name(bureau: str, template_id: str, suffix: str = ".xlsx") -> str:
    """``<safe 单位名称>_<template id><suffix>``.

    >>> bureau_file_name("华宁县医保局", "seed000-huaning-zhigong")
    '华宁县医保局_seed000-huaning-zhigong.xlsx'
    >>> bureau_file_name("CON", "t1"), bureau_file_name("", "t1")
    ('CON_t1.xlsx', '未命名单位_t1.xlsx')
    """
    stem = _shorten(_clean(bureau), MAX_STEM_CHARS, MAX_STEM_BYTES) or UNNAMED
    return safe_filename(f"{stem}_{_clean(template_id)}", max_bytes=MAX_STEM_BYTES + 60,
                         max_chars=MAX_STEM_CHARS + 60) + suffix


def _dedupe_name(name: str, taken: set[str]) -> str:
    """``name``, or ``stem(2).ext``, ``stem(3).ext`` … unused so far (case-insensitive)."""
    stem, suffix = os.path.splitext(name)
    candidate, n = name, 1
    while candidate.casefold() in taken:
        n += 1
        candidate = f"{stem}({n}){suffix}"
    taken.add(candidate.casefold())
    return candidate


# --------------------------------------------------------------------------- roster


def _norm_header(v: Any) -> str:
    """"预算数（元）" -> "预算数": the table reader's header form, minus a required-field "*"."""
    return normalise_header(v).strip("：:*")


def ratio_labels(spec: TemplateSpec) -> dict[str, str]:
    """Normalised label -> label as written in the spec, for every ratio row's amounts."""
    labels: dict[str, str] = {}
    for ind in spec.indicators():
        sc = ind.scoring
        if sc.kind != "ratio":
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


def read_roster(path: str | os.PathLike[str], spec: TemplateSpec) -> Roster:
    """Read the roster for ``spec``.

    Args:
        path: .xlsx / .xlsm / .xls (format sniffed, opened read-only) or .csv (UTF-8/GBK).
        spec: the template; its ratio labels decide which amount columns are used.

    Returns:
        A :class:`Roster`; rows without a 单位名称 are skipped.

    Raises:
        WorkbookUnreadable: the file cannot be read (reason in Chinese).
        RosterError: no header row with 单位名称, or no bureau listed.
    """
    p = os.fspath(path)
    sheet, rows = _rows_of_file(p)
    labels = ratio_labels(spec)
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


# --------------------------------------------------------------------------- distribute


def filled_for(spec: TemplateSpec, row: RosterRow) -> Any:
    """The :class:`~jixiao.templates.build.Filled` inputs for one roster row."""
    from jixiao.templates.build import Filled

    values: dict[str, Any] = {}
    for ind in spec.indicators():
        sc = ind.scoring
        if sc.kind != "ratio":
            continue
        given = {}
        for key, label in (("numerator", sc.numerator or "实际支出"),
                           ("denominator", sc.denominator or "预算数"),
                           ("carryover", sc.carryover)):
            if label and label in row.amounts:
                given[key] = row.amounts[label]
        if given:
            values[ind.path] = given
    return Filled(values=values, bureau=row.bureau, year=row.year)


def plan_names(spec: TemplateSpec, rows: list[RosterRow], flavour: str) -> list[str]:
    """File names for ``rows``, in order, unique (case-insensitive)."""
    suffix = ".xlsm" if flavour == "udf" else ".xlsx"
    taken: set[str] = set()
    return [_dedupe_name(bureau_file_name(r.bureau, spec.id, suffix), taken) for r in rows]


def iter_distribute(spec: TemplateSpec, roster: Roster, out_dir: str | os.PathLike[str],
                    flavour: str = "portable") -> Iterator[Distributed]:  # fmt: skip
    """Write one workbook per roster row into ``out_dir`` (created), yielding each as written."""
    from jixiao.io import atomic_output
    from jixiao.templates.build import build_workbook

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    for row, name in zip(roster.rows, plan_names(spec, roster.rows, flavour), strict=True):
        target = out / name
        filled = filled_for(spec, row)
        with atomic_output(target) as tmp:
            build_workbook(spec, flavour, tmp, filled)
        n = sum(len(v) for v in filled.values.values())
        yield Distributed(bureau=row.bureau, path=target, prefilled=n)


def distribute(spec: TemplateSpec, roster: Roster, out_dir: str | os.PathLike[str],
               flavour: str = "portable") -> list[Distributed]:  # fmt: skip
    """Write every workbook (see :func:`iter_distribute`); return them in roster order."""
    return list(iter_distribute(spec, roster, out_dir, flavour))


def find_spec(template: str) -> TemplateSpec:
    """A shipped spec by id, or a spec file (.yaml/.yml) by path.

    Raises:
        InputError: unknown id (the message lists the known ones).
    """
    from jixiao.templates.spec import load_all_specs, load_spec

    if template.lower().endswith((".yaml", ".yml")) and os.path.isfile(template):
        return load_spec(template)
    specs = load_all_specs()
    for s in specs:
        if s.id == template:
            return s
    known = "、".join(s.id for s in specs)
    msg = f"没有模板“{template}”；可用的模板：{known}"
    raise InputError(msg, f"unknown template {template!r}")


