"""One bureau's several returns without a roster (p41, p42): which bureaus sent more than one, and which of its
returns counts — shared by :mod:`jixiao.collect` (its result, CLI line and JSON) and :mod:`jixiao.summary` (the 汇总
workbook), which imports collect: a module of its own keeps them free of an import cycle."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

#: how one bureau's several returns are counted without a roster — the 汇总's line and the CLI's say it
SAME_BUREAU_RULE = "按工作簿保存时间（无则按文件名）以最新一份排名、统计，其余列为重复报送"


def several_returns(pairs: Iterable[tuple[Any, str]]) -> dict[str, list[str]]:
    """(bureau, path) pairs → bureaus named on two or more of them (spaces ignored) → their paths, in order.

    >>> several_returns([("甲 局", "a.xlsx"), ("乙", "b.xlsx"), ("甲局", "c.xlsx"), (None, "d.xlsx")])
    {'甲 局': ['a.xlsx', 'c.xlsx']}
    """
    by: dict[str, list[str]] = {}
    shown: dict[str, str] = {}
    for bureau, path in pairs:
        name = str(bureau).strip() if bureau is not None else ""
        if name:
            key = "".join(name.split())
            shown.setdefault(key, name)
            by.setdefault(key, []).append(path)
    return {shown[k]: ps for k, ps in by.items() if len(ps) > 1}


def newest_return(paths: list[str], saved: Mapping[str, str | None]) -> str:
    """The return that counts among one bureau's ``paths``: the newest by the time each workbook records it was saved
    (``saved``: ISO 8601 from its document properties, as :attr:`jixiao.grid.LoadedWorkbook.saved`) when every one
    records it — else by file name, the last in order ("甲_v2" after "甲_v1", "2024-07-01" after "2024-06-30").
    A file's modification time is not used: copying a folder resets it.

    >>> newest_return(["甲_v2.xlsx", "甲_v1.xlsx"], {"甲_v2.xlsx": "2024-06-01T08:00:00Z", "甲_v1.xlsx": "2024-07-01T08:00:00Z"})
    '甲_v1.xlsx'
    >>> newest_return(["甲_v2.xlsx", "甲_v1.xlsx"], {"甲_v2.xlsx": "2024-06-01T08:00:00Z", "甲_v1.xlsx": None})
    '甲_v2.xlsx'
    """
    if all(saved.get(p) for p in paths):
        return max(paths, key=lambda p: (str(saved[p]), p))
    return max(paths)


def older_returns(pairs: Iterable[tuple[Any, str]], saved: Mapping[str, str | None]) -> dict[str, list[str]]:
    """Bureaus with several returns → the paths that do not count (all but :func:`newest_return`), in input order."""
    return {b: [p for p in ps if p != newest_return(ps, saved)] for b, ps in several_returns(pairs).items()}
