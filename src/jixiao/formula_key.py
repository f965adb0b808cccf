"""One comparison key for a formula, equal for the same formula as re-saved by a spreadsheet program.

A return is checked against the formulas of the template as issued (:mod:`jixiao.verify`,
``issued-changed``). A bureau that opens the return in LibreOffice (or WPS) and saves it gets
the formulas back *rewritten* — same meaning, other text. :func:`formula_key` tokenises a
formula (openpyxl's Excel tokenizer) and drops only these rewrites:

=========================================  ==============================================  =====
rewrite                                    example (written → saved)                       seen
=========================================  ==============================================  =====
sheet-name quotes dropped                  ``'计算辅助'!$J$18`` → ``计算辅助!$J$18``        LO
number literal respelt                     ``1E+15`` → ``1000000000000000``                LO
``TRUE``/``FALSE`` written as a function   ``TRUE`` → ``TRUE()``                           LO
``_xlfn.`` / ``_xlws.`` function prefixes  ``IFS(…)`` ↔ ``_xlfn.IFS(…)``                   [1]
letter case of names, references, sheets   ``sum(a1)`` → ``SUM(A1)``                       [2]
spaces between tokens                      ``A1 + 1`` → ``A1+1``                           [2]
=========================================  ==============================================  =====

LO = LibreOffice 7.4.7.2 (``soffice --version``) converting our templates to .xlsx
(``tests/collect/test_resaved_returns.py``): every shipped spec, both flavours (16 files),
3 598 formulas. It changed 210 评分表 formulas (quotes only) and, in the hidden 计算辅助 sheet,
474 numbers and 237 ``TRUE``; nothing else. [1] not seen here; Excel stores functions newer than
Excel 2007 with the prefix (Microsoft support, "Issue: An _xlfn. prefix is displayed in front
of a formula", support.microsoft.com/excel/issue-an-xlfn-prefix-is-displayed-in-front-of-a-formula).
[2] not seen here; neither changes a formula's meaning (Excel names and references are not
case-sensitive), and the comparison before this module accepted both. WPS could not be tried
(not installed); no published description of what it rewrites on save was found, so nothing
WPS-specific is accepted — a WPS return flagged ``issued-changed`` needs a look at the two
formulas the finding shows.

Everything else counts: text inside ``"…"`` (case and spaces too), operators, parentheses,
``$`` (absolute/relative), the order of arguments, numbers by value (``0.5`` = ``.5`` =
``5E-1``, ``0.5`` ≠ ``0.50001``). A space between two references is Excel's intersection
operator and is kept.

:func:`formulas_digest` names a whole set of formulas (one sheet's) by their keys: the template
records it in the workbook it writes (``jixiao_formulas_hash``), and the formulas are archived under
it (``issued/<id>/formulas/<digest>.json``), so that a return is compared with the formulas it was
issued with, whichever jixiao wrote them.

``squash_strings=True`` also upper-cases text literals and removes their spaces: only for the
archive of issued formulas (``issued/<id>/v<n>.formulas.json``), which was written that way.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from openpyxl.formula.tokenizer import Token

__all__ = ["formula_key", "formulas_digest"]

#: prefixes Excel / LibreOffice put before newer function names in the file
_PREFIXES = ("_XLFN._XLWS.", "_XLFN.", "_XLWS.")
_OPERAND_END = {"OPERAND", "CLOSE"}


def formula_key(text: str, squash_strings: bool = False) -> str:
    """The comparison key of ``text`` (with or without the leading ``=``): see the module doc."""
    from openpyxl.formula.tokenizer import Tokenizer, TokenizerError

    f = str(text).strip()
    f = f if f.startswith("=") else "=" + f
    try:
        items = Tokenizer(f).items
    except TokenizerError:  # not a formula the tokenizer knows: compare the text, spaces aside
        return "?" + "".join(f.split()).upper()
    out: list[str] = []
    prev = ""  # kind of the last kept token: OPERAND, CLOSE, or other
    i = 0
    while i < len(items):
        t = items[i]
        if t.type == "WHITE-SPACE":
            nxt = items[i + 1] if i + 1 < len(items) else None
            if prev in _OPERAND_END and nxt is not None and (
                    nxt.type == "OPERAND" or nxt.subtype == "OPEN"):
                out.append(" ")  # the intersection operator
            i += 1
            continue
        if (t.type == "FUNC" and t.subtype == "OPEN" and t.value.upper() in ("TRUE(", "FALSE(")
                and i + 1 < len(items) and items[i + 1].subtype == "CLOSE"):
            out.append(t.value[:-1].upper())  # TRUE() → TRUE
            prev = "OPERAND"
            i += 2
            continue
        out.append(_token(t, squash_strings))
        prev = "OPERAND" if t.type == "OPERAND" else "CLOSE" if t.subtype == "CLOSE" else "OTHER"
        i += 1
    return "".join(out)


def _token(t: Token, squash_strings: bool) -> str:
    value, kind, sub = t.value, t.type, t.subtype
    if kind == "OPERAND" and sub == "TEXT":
        return "".join(value.split()).upper() if squash_strings else value
    if kind == "OPERAND" and sub == "NUMBER":
        try:
            return str(Decimal(value).normalize())
        except InvalidOperation:
            return value
    if kind == "OPERAND" and sub == "RANGE":
        return _reference(value)
    if kind == "FUNC" and sub == "OPEN":
        name = value.upper()
        for p in _PREFIXES:
            if name.startswith(p):
                return name[len(p):]
        return name
    return value.upper()


def _reference(value: str) -> str:
    """``'计算辅助'!$J$18`` and ``计算辅助!$j$18`` → ``计算辅助!$J$18`` (each sheet part unquoted)."""
    out, i = [], 0
    while i < len(value):
        ch = value[i]
        if ch == "'":  # a quoted sheet name; '' inside is one quote
            j = i + 1
            name = []
            while j < len(value):
                if value[j] == "'" and j + 1 < len(value) and value[j + 1] == "'":
                    name.append("'")
                    j += 2
                elif value[j] == "'":
                    break
                else:
                    name.append(value[j])
                    j += 1
            out.append("".join(name))
            i = j + 1
        else:
            out.append(ch)
            i += 1
    return "".join(out).upper()


def formulas_digest(formulas: dict[str, str]) -> str:
    """16 hex digits naming a sheet's formulas (cell A1 -> text, with or without ``=``).

    The SHA-256 of the sorted cells and their :func:`formula_key`: the formulas as written by
    the builder and as read back from the file (``_xlfn.`` prefixes, quotes) give the same digest;
    one formula changed, added or removed gives another.
    """
    import hashlib

    text = "\n".join(f"{ref.upper()}\t{formula_key(f)}" for ref, f in sorted(formulas.items()))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
