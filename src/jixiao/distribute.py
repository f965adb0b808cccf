"""Distribute one 评分表 template to many bureaus (下发): one pre-filled workbook per roster row.

The roster (名单) is a workbook (.xlsx/.xlsm/.xls, or .csv) whose header row
holds:

* ``单位名称`` (required; also accepted: 填报单位, 被评价单位, 单位);
* ``年度`` (optional; also 评价年度, 年份);
* amount columns whose header is a ratio row's numerator / denominator /
  carry-over label in the template (``预算数``, ``实际支出``, ``上年滚存结余及利息收入``;
  a unit suffix such as ``预算数（元）`` is allowed): the amount is pre-filled in
  that ratio row's sub-row of every workbook.

Every workbook's title is the spec's title pattern filled with the bureau and
year (``{年度}年{单位名称}…``), and it is written atomically as
``<单位名称>_<年度+标题>.xlsx`` (:func:`title_stem`; ``.xlsm`` for the macro
flavour); names are made safe for Windows by :func:`safe_filename` and
de-duplicated case-insensitively. The roster is read by :mod:`jixiao.roster`.
The formulas issued are archived beside the spec under the digest every workbook records
(``issued/<id>/formulas/<digest>.json``, :func:`jixiao.verify.archive_issued_formulas`): collect
compares each return with them.

    read_roster(path, spec) -> Roster                 # jixiao.roster
    distribute(spec, roster, out_dir, flavour="portable") -> [Distributed]
"""

from __future__ import annotations

import os
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from jixiao.errors import InputError
from jixiao.roster import (
    BUREAU_HEADERS,
    YEAR_HEADERS,
    Roster,
    RosterError,
    RosterRow,
    ratio_labels,
    read_roster,
)
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


@dataclass(frozen=True)
class Distributed:
    """One written workbook."""

    bureau: str
    path: Path
    prefilled: int  # amounts pre-filled
    #: a warning for the user (Chinese), e.g. the issued formulas could not be archived
    note: str = ""
    #: True when a file of that name was there already, filled in (a return?) or not a blank of ours, and was
    #: kept: nothing written for this bureau (the note says so)
    kept: bool = False


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


# --------------------------------------------------------------------------- distribute


def filled_for(spec: TemplateSpec, row: RosterRow) -> Any:
    """The :class:`~jixiao.templates.build.Filled` inputs for one roster row."""
    from jixiao.templates.build import Filled

    values: dict[str, Any] = {}
    for ind in spec.indicators():
        sc = ind.scoring
        if sc.kind != "ratio" or getattr(sc, "sources", ()):  # see ratio_labels
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


def title_stem(spec: TemplateSpec, year: str | None) -> str:
    """The spec's title for a file name: year filled, the unit name left out (it leads the name).

    A title without ``{年度}`` gets "<year>年" in front when the roster gives a year;
    without a year the ``{年度}年`` part is dropped.
    """
    from jixiao.templates.spec import render_title, year_text

    pattern = spec.title.replace("{单位名称}", "")
    y = year_text(year)
    if y is None:
        pattern = re.sub(r"\{年度\}\s*年?度?", "", pattern)
    elif "{年度}" not in pattern:
        pattern = f"{y}年{pattern}"
    return render_title(pattern, None, y).strip(" _＿") or spec.id


def plan_names(spec: TemplateSpec, rows: list[RosterRow], flavour: str) -> list[str]:
    """File names ``<单位名称>_<年度+标题>`` for ``rows``, in order, unique (case-insensitive)."""
    suffix = ".xlsm" if flavour == "udf" else ".xlsx"
    taken: set[str] = set()
    return [_dedupe_name(bureau_file_name(r.bureau, title_stem(spec, r.year), suffix), taken)
            for r in rows]


def iter_distribute(spec: TemplateSpec, roster: Roster, out_dir: str | os.PathLike[str],
                    flavour: str = "portable") -> Iterator[Distributed]:  # fmt: skip
    """Write one workbook per roster row into ``out_dir`` (created), yielding each as written."""
    from jixiao.io import atomic_output
    from jixiao.templates.build import build_workbook

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    archived: set[str] = set()
    for row, name in zip(roster.rows, plan_names(spec, roster.rows, flavour), strict=True):
        target = out / name
        why = _not_to_overwrite(target)
        if why:
            yield Distributed(bureau=row.bureau, path=target, prefilled=0, kept=True,
                              note=f"{target} 已存在且{why}，未覆盖（可能是已收回的报送文件）；请换一个空文件夹下发")
            continue
        filled = filled_for(spec, row)
        with atomic_output(target) as tmp:
            built = build_workbook(spec, flavour, tmp, filled)
        note = ""
        if built.formulas_digest not in archived:
            archived.add(built.formulas_digest)
            note = _archive_issued(spec, flavour, built)
        n = sum(len(v) for v in filled.values.values())
        yield Distributed(bureau=row.bureau, path=target, prefilled=n, note=note)


def _not_to_overwrite(target: Path) -> str:
    """Why the file already at ``target`` must be kept ("" when there is none, or it is a blank of ours: a
    re-run of distribute rewrites its own blanks). A bureau's filled return, the roster, any other file: kept."""
    if not target.exists() and not target.is_symlink():
        return ""
    from jixiao.collect import check_one
    from jixiao.verify import FILL_BLANK

    checked = check_one(target)
    if checked.verified is not None and checked.verified.fill == FILL_BLANK and checked.report is not None \
            and checked.report.template_id:
        return ""
    return "已填写" if checked.verified is not None and checked.report is not None \
        and checked.report.template_id else "不是未填写的下发模板"


def _archive_issued(spec: TemplateSpec, flavour: str, built: Any) -> str:
    """Archive the formulas just issued (collect compares returns with them); a Chinese warning
    when they cannot be archived, else ""."""
    from jixiao.io.safety import os_error_zh
    from jixiao.verify import archive_issued_formulas

    why = None
    try:
        if archive_issued_formulas(spec, flavour, built.formulas, built.formulas_digest) is None:
            why = "模板不是从指标规格文件读入的"
    except OSError as e:
        why = os_error_zh(e)
    if why is None:
        return ""
    return (f"下发的公式未能存档（{why}）：汇总时这些文件的公式只能与届时 jixiao 生成的模板比对，"
            "升级 jixiao 后可能被误报“公式与下发的模板不同”")


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
    import difflib

    known = "、".join(s.id for s in specs)
    near = difflib.get_close_matches(template, [s.id for s in specs], 1, 0.5)
    hint = f"您是否要用“{near[0]}”？" if near else ""
    msg = f"没有模板“{template}”；{hint}可用的模板：{known}"
    raise InputError(msg, f"unknown template {template!r}")


