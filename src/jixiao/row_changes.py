"""Rows a bureau inserted into (or deleted from) an issued 评分表, found by comparing its rows with the issued ones.

A return whose rows are not where the template put them is read by the table reader (:mod:`jixiao.verify`);
its indicators are still scored by the issued rules when they are all there. What moved them is said here:
the rows of the return are aligned with the rows of the issued table by their fixed texts (序号, 指标名称, 评分标准,
分值, 计分规则 — every column but the ones the bureau fills in), so that

* a row inserted inside the table is named by its address and its text (“第10行（年度重点工作完成情况）”);
* a deleted row is named by the issued row's text;
* every other row of the return is mapped to its issued row, and the return's formulas are read back as issued
  (the references Excel moved when it inserted the row are moved back), so that a formula is reported as changed
  only when it was changed, not because it moved down one row.

    align_rows(issued_rows, grid, first, last, cols) -> RowChanges
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from jixiao.grid import Grid

__all__ = ["RowChanges", "align_rows", "row_labels", "unshift_formula"]

#: the text a formula cell shows in a row's label (its result depends on the inputs)
_FORMULA = "="
#: longest text of a row quoted in a message
_SHOWN = 40


def row_labels(grid: Grid, first: int, last: int, cols: Sequence[int]) -> list[tuple[str, ...]]:
    """The fixed texts of rows ``first``..``last`` of ``grid`` in columns ``cols`` (spaces removed; a formula as
    "=": its value follows the inputs)."""
    out = []
    for r in range(first, last + 1):
        cells = []
        for c in cols:
            if (r, c) in grid.formulas:
                cells.append(_FORMULA)
            else:
                v = grid.values.get((r, c))
                cells.append("" if v is None else "".join(str(v).split()))
        out.append(tuple(cells))
    return out


def shown(label: tuple[str, ...]) -> str:
    """A row's text as a message quotes it: its non-empty fixed cells, joined; "空行" when there are none."""
    text = "｜".join(t for t in label if t and t != _FORMULA)
    return (text[:_SHOWN] + "…" if len(text) > _SHOWN else text) or "空行"


@dataclass
class RowChanges:
    """How the return's rows differ from the issued ones (rows are sheet rows, 1-based)."""

    #: rows of the return inside the table that the issued table does not have, with their texts
    inserted: list[tuple[int, str]] = field(default_factory=list)
    #: rows of the issued table the return does not have, with their issued texts
    deleted: list[tuple[int, str]] = field(default_factory=list)
    #: row of the return -> row of the issued sheet, for every row that is an issued row
    rows: dict[int, int] = field(default_factory=dict)

    def __bool__(self) -> bool:
        return bool(self.inserted or self.deleted)

    def issued_row(self, row: int) -> int | None:
        """The issued row of the return's ``row`` (None: a row the bureau inserted)."""
        return self.rows.get(row)

    def said(self) -> str:
        """The inserted and deleted rows in words: "插入第10行（…）；删去下发表第9行（…）"."""
        parts = []
        if self.inserted:
            parts.append("插入" + "、".join(f"第{r}行（{t}）" for r, t in self.inserted))
        if self.deleted:
            parts.append("删去下发表" + "、".join(f"第{r}行（{t}）" for r, t in self.deleted))
        return "；".join(parts)


def said_after(moved: RowChanges | None) -> str:
    """``moved`` in words after a colon, for a message's "（行被增删…）" — "" when no row moved."""
    return f"：{moved.said()}" if moved else ""


def align_rows(issued: Sequence[tuple[str, ...]], issued_first: int, grid: Grid, first: int, last: int,
               cols: Sequence[int]) -> RowChanges:
    """Align the issued table's row labels ``issued`` (from sheet row ``issued_first``) with the return's rows
    ``first``..``last`` of ``grid`` (the same columns ``cols``).

    Rows outside the two tables keep their distance from the table's ends (a title above, notes below)."""
    got = row_labels(grid, first, last, cols)
    out = RowChanges()
    matcher = difflib.SequenceMatcher(None, list(issued), got, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal" or (op == "replace" and i2 - i1 == j2 - j1):  # the same rows (a text edited in place)
            out.rows.update({first + j1 + k: issued_first + i1 + k for k in range(j2 - j1)})
            continue
        if op in ("insert", "replace"):
            out.inserted += [(first + j, shown(got[j])) for j in range(j1, j2)]
        if op in ("delete", "replace"):
            out.deleted += [(issued_first + i, shown(issued[i])) for i in range(i1, i2)]
    issued_last = issued_first + len(issued) - 1
    for r in range(max(1, first - issued_first + 1), first):  # above the table: at the same distance from its first row
        out.rows.setdefault(r, r - first + issued_first)
    for r in range(last + 1, max(grid.max_row, last) + 1):  # below it: at the same distance from its last row
        out.rows.setdefault(r, r - last + issued_last)
    return out


# A1 references in a formula: an optional sheet ('计算辅助'! or 评分表!), then a cell or a cell range
_CELL = r"\$?[A-Za-z]{1,3}(\$?\d+)"
_REF = re.compile(r"(?<![\w.$])(?P<sheet>(?:'(?:[^']|'')+'|[^\s'!\"(),:;=+\-*/&<>^%]+)!)?"
                  rf"{_CELL}(?::{_CELL})?(?![\w(])")
_ROW = re.compile(r"(\$?)(\d+)$")
_STRING = re.compile(r'"(?:[^"]|"")*"')


def unshift_formula(text: str, sheet: str, row_of: Callable[[int], int | None], bare: bool = True) -> str:
    """``text`` (a formula of sheet ``sheet``) with every reference to a row of ``sheet`` replaced by
    ``row_of(row)`` — the reference as it was before rows were inserted; a row ``row_of`` does not know (an
    inserted row) is left as it is. References to other sheets and text inside quotes are not touched.
    ``bare=False``: ``text`` is a formula of ANOTHER sheet (the hidden helper), so only references that name
    ``sheet`` move — its bare references are to its own sheet.

    >>> unshift_formula("=IF(评分表!H11>0,A11,'评分表'!$B$12)", "评分表", lambda r: r - 1, bare=False)
    "=IF(评分表!H10>0,A11,'评分表'!$B$11)"
    """
    own = {sheet, f"'{sheet}'"}

    def move(m: re.Match[str]) -> str:
        where = m["sheet"]
        if (where is not None and where[:-1] not in own) or (where is None and not bare):
            return m[0]
        body = m[0][len(where or ""):]
        return (where or "") + ":".join(_ROW.sub(one, part) for part in body.split(":"))

    def one(m: re.Match[str]) -> str:
        to = row_of(int(m[2]))
        return m[0] if to is None else f"{m[1]}{to}"

    out, at = [], 0
    for s in _STRING.finditer(text):
        out.append(_REF.sub(move, text[at:s.start()]))
        out.append(s[0])
        at = s.end()
    out.append(_REF.sub(move, text[at:]))
    return "".join(out)
