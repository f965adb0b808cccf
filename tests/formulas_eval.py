"""The `formulas` engine as an independent client, with our UDFs registered by name.

``evaluate(path)`` computes every formula of a workbook with `formulas` and
returns ``{"评分表!I12": value}``; SCORE_RANGE / EXEC_RATE / GRADE are the
xlwings wrappers from ``udfs/jixiao_udfs.py`` (what Excel would call).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import jixiao_udfs
import numpy as np


def _plain(a: Any) -> Any:
    if hasattr(a, "value") and not isinstance(a, np.ndarray | str | float | int):
        a = a.value
    if isinstance(a, np.ndarray):
        if a.size == 1:
            a = a.item()
        else:
            return [[_plain(x) for x in row] for row in a.tolist()]
    if type(a).__name__ in ("XlEmpty", "_XlEmpty") or (isinstance(a, str) and a == ""):
        return None
    if isinstance(a, np.generic):
        return a.item()
    return a


def _wrap(f: Any) -> Any:
    def call(*args: Any) -> Any:
        return f(*[_plain(a) for a in args])

    return call


def register() -> None:
    import formulas

    funcs = formulas.get_functions()
    for name in ("SCORE_RANGE", "EXEC_RATE", "GRADE", "RULE_CHECK"):
        funcs[name] = _wrap(getattr(jixiao_udfs, name))


_KEY = re.compile(r"^'\[[^\]]+\](?P<sheet>[^']+)'!(?P<ref>[A-Z]+\d+)(?::(?P<ref2>[A-Z]+\d+))?$")


def evaluate(path: Path) -> dict[str, Any]:
    import formulas

    register()
    model = formulas.ExcelModel().loads(str(path)).finish()
    solution = model.calculate()
    out: dict[str, Any] = {}
    for key, val in solution.items():
        m = _KEY.match(str(key))
        if not m or m.group("ref2"):
            continue
        v = _plain(val)
        out[f"{m.group('sheet')}!{m.group('ref')}"] = v
    return out
