"""Excel-2010 function allow-list for template formulas (WPS / LibreOffice / Excel 2010)."""

from __future__ import annotations

import re

#: functions a template may use: all exist in Excel 2010, WPS and LibreOffice
ALLOWED_FUNCTIONS = frozenset(
    {
        "IF", "AND", "OR", "NOT", "MAX", "MIN", "ROUND", "ROUNDUP", "ROUNDDOWN", "INT",
        "ABS", "SUM", "SUMPRODUCT", "COUNT", "COUNTA", "COUNTIF", "COUNTBLANK", "SUMIF",
        "ISNUMBER", "ISBLANK", "ISERROR", "ISTEXT", "IFERROR", "INDEX", "MATCH", "TEXT",
        "LEFT", "LEN", "TRUE", "FALSE",
        # the 15-significant-digit rounding of a rate (cell_text.significant_15)
        "LOG10",
        # text reading of input cells (jixiao.templates.cell_text); all in Excel 2003+
        "RIGHT", "MID", "TRIM", "SUBSTITUTE", "CHAR", "FIND", "VALUE", "ISLOGICAL",
    }
)
_FUNC_RE = re.compile(r"([A-Za-z_][A-Za-z0-9_.]*)\s*\(")
_STRING_RE = re.compile(r'"(?:[^"]|"")*"')


def functions_used(formula: str) -> set[str]:
    """Names of the functions called in ``formula`` (string literals ignored)."""
    body = _STRING_RE.sub('""', formula)
    return {m.group(1).upper() for m in _FUNC_RE.finditer(body)}


def disallowed_functions(formula: str) -> set[str]:
    """Functions in ``formula`` outside the Excel-2010 allow-list (e.g. IFS, _xlfn.*)."""
    return {f for f in functions_used(formula) if f not in ALLOWED_FUNCTIONS}
