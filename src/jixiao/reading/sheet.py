"""Find and read every 评分表 on a sheet, keeping the source cell of every value.

A table starts at a header row (see :mod:`jixiao.reading.headers`) and runs until
the next header row that starts another table, or the end of the sheet. Inside a
table:

- header rows repeated mid-table (page splits) are skipped, as are blank rows;
- 小计 / 合计 / 总分 / 总计 rows become :class:`TotalRow` (the label must be the
  whole text of a cell, so "合计参保人数" is an indicator, not a total);
- merged 一级/二级 cells apply to every row they span; in the unmerged style the
  label in the first row of a block carries down to the blank cells below;
- "决策指标 (10分)" is split into the name and its stated weight;
- a 等级 label with a value to its right or below gives ``ScoringTable.grade``.

A header row with the same columns as the current table continues it, unless the
table already had its 合计 row or a title (other than "续表") sits above the
header, in which case a new table starts.

Reading is O(cells): values are grouped by row once and merged ranges are
expanded into a lookup map once per sheet.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field, replace
from decimal import Decimal
from typing import Any, Literal

from jixiao.errors import LayoutNotRecognised, NumberFormatError
from jixiao.grid import Grid, a1
from jixiao.numbers import EMPTY_MARKS, parse_number
from jixiao.reading.budget import budget_row, is_budget_header, read_budget_block
from jixiao.reading.headers import (
    header_unit,
    match_header_cells,
    match_header_row,
    normalise_header,
    unplaced_weight_columns,
)
from jixiao.reading.model import (
    BudgetBlock,
    CellValue,
    Group,
    IndicatorRow,
    ScoringTable,
    Section,
    TotalRow,
)
from jixiao.reading.statements import (
    SheetStatements,
    looks_like_scheme,
    read_scheme,
    read_statements,
)

__all__ = [
    "NO_TABLE_MESSAGE",
    "continues_table",
    "is_continued_title",
    "parse_level_name",
    "read_scoring_table",
    "read_tables",
    "read_workbook_tables",
]

NO_TABLE_MESSAGE = "未找到评分表表头（需要包含“分值/权重”和“得分”等列）"
_NO_TABLE_EN = "no scoring-table header row found (needs columns such as 分值/权重 and 得分)"

_TOTAL_LABELS: dict[str, Literal["subtotal", "total"]] = {
    "小计": "subtotal",
    "分项小计": "subtotal",
    # a 考核表's closing rows print the label once per pair of cells: "小计分值 | 30 | 小计得分 | 25" (安全生产月, p21)
    "小计分值": "subtotal",
    "小计得分": "subtotal",
    "合计分值": "total",
    "合计": "total",
    "总计": "total",
    "总分": "total",
    "总得分": "total",
    "合计得分": "total",
    "得分合计": "total",
    "总合计": "total",
    "综合得分": "total",
    "汇总": "total",  # 龙门镇新村管理考核评分细则: "汇总 | 100" (p23)
    # 随州市贫困户脱贫销号第三方评估抽样核查表: "该  户  评  估  总  分" over five columns (p25; read as an indicator)
    "评估总分": "total",
    "该户评估总分": "total",
}
_GRADE_LABELS = frozenset({
    "等级", "评价等级", "绩效等级", "绩效评级", "评级", "评定等级", "绩效评价等级",
    "等次", "评价等次", "绩效等次", "评价结果等级", "评价级别", "绩效级别",
})
_LABEL_MAX = 12  # longest total/grade label worth normalising
_INLINE_GRADE_RE = re.compile(
    r"^(?:" + "|".join(sorted(_GRADE_LABELS, key=len, reverse=True)) + r")[:：]\s*(?P<v>\S.*)$"
)
_LEVEL_RE = re.compile(
    r"^(?P<name>.*?)\s*[(\[【〔]\s*(?:权重|分值|计|共)?\s*(?P<w>\d+(?:\.\d+)?)\s*分?\s*[)\]】〕]$"
)
# the weight printed on the line above the name ("(20分)\n项目决策", 四川 项目支出绩效评价得分表);
# "分" is required here, so that numbering such as "(1)资金管理" is never read as a weight
_LEADING_LEVEL_RE = re.compile(
    r"^[(\[【〔]\s*(?:权重|分值)?\s*(?P<w>\d+(?:\.\d+)?)\s*分\s*[)\]】〕]\s*(?P<name>[^\d\s].*)$"
)
# a 三级 label stating its own weight ("相关性(5分)") in a table without a 分值 column; "分" required
_LEVEL3_WEIGHT_RE = re.compile(r"^(?P<name>.*?\S)\s*[(（]\s*(?P<w>\d+(?:\.\d+)?)\s*分\s*[)）]$")
_BREAK_RE = re.compile(r"\s*[\r\n]+\s*")
_SPACE_RE = re.compile(r"\s+")
_CJK_RE = re.compile(r"[\u4e00-\u9fff]")
_CONTINUED_RE = re.compile(r"^(?:续表|\(续|续$)")
_PREAMBLE_PREFIXES = ("单位", "金额单位", "填报单位", "编制单位", "评价单位", "填报日期", "项目名称")

_NUMERIC_FIELDS = ("weight", "value", "score", "rate")
#: 内容 headers that print a row's requirement beside a 考核项目 column naming it (p25)
_CONTENT_HEADERS = frozenset({"考核内容", "考评内容", "检查内容"})
# a row's own numbering at the start of its text ("(1)", "2.", "③"), and the first words when it has none
_OWN_NUMBER_RE = re.compile(r"^(?:\(\d{1,2}\)|\d{1,2}[.、]|[①-⑳])")
_SHORT_CUT_RE = re.compile(r"[,，;；。:：(（]")
_SHORT_NAME = 12
# unused lines of a printed self-evaluation form: "指标2：", "指标1：/", "……"
_PLACEHOLDER_RE = re.compile(r"^(?:指标\d+[:：]?/?|[…．.]{2,}|/)$")


_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"


def _nfkc_keep_circled(text: str) -> str:
    """NFKC, but checklist marks ①②③ stay as printed (NFKC would make them 1 2 3)."""
    if not any(ch in _CIRCLED for ch in text):
        return unicodedata.normalize("NFKC", text)
    return "".join(ch if ch in _CIRCLED else unicodedata.normalize("NFKC", ch) for ch in text)


def parse_level_name(text: Any) -> tuple[str | None, Decimal | None]:
    """Split an 一级/二级 label into its name and stated weight.

    >>> parse_level_name("决策指标（10分）")
    ('决策指标', Decimal('10'))
    >>> parse_level_name("决策(10)")
    ('决策', Decimal('10'))
    >>> parse_level_name("产出质量")
    ('产出质量', None)
    >>> parse_level_name("(20分)\\n项目决策"), parse_level_name("投 入\\n(15分)")
    (('项目决策', Decimal('20')), ('投 入', Decimal('15')))
    >>> parse_level_name("1.组织宣传(计5分)")
    ('1.组织宣传', Decimal('5'))
    >>> parse_level_name("(1)资金管理")
    ('(1)资金管理', None)
    """
    if text is None:
        return None, None
    t = unicodedata.normalize("NFKC", str(text))
    t = _BREAK_RE.sub("", t).strip()
    if not t:
        return None, None
    m = _LEVEL_RE.match(t) or _LEADING_LEVEL_RE.match(t)
    if m is None or not m.group("name").strip():
        return t, None
    return m.group("name").strip(), Decimal(m.group("w"))


_LABEL_POINTS_RE = re.compile(r"\((?:\d+(?:\.\d+)?)?分\)$")


def _label(value: Any) -> str | None:
    """Normalised short label text, or None when the value cannot be a label."""
    if not isinstance(value, str) or len(value) > _LABEL_MAX * 3:
        return None
    t = _SPACE_RE.sub("", unicodedata.normalize("NFKC", value)).rstrip(":：")
    t = _LABEL_POINTS_RE.sub("", t)  # "总分（分）", "总分（100分）" (the full marks, 保山 2022): the label is 总分
    return t if len(t) <= _LABEL_MAX else None


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _text(value: Any) -> str | None:
    if _blank(value):
        return None
    return str(value).strip()


class _Index:
    """Values grouped by row plus a merged-cell map, built once per sheet."""

    def __init__(self, grid: Grid) -> None:
        self.grid = grid
        self.rows: dict[int, dict[int, Any]] = {}
        for (r, c), v in grid.values.items():
            if _blank(v):
                continue
            self.rows.setdefault(r, {})[c] = v
        self.row_numbers = sorted(self.rows)
        # non-anchor cell -> anchor; anchor -> (last row, last col)
        self.anchor: dict[tuple[int, int], tuple[int, int]] = {}
        self.span: dict[tuple[int, int], tuple[int, int]] = {}
        self.covered: dict[int, list[int]] = {}  # row -> columns covered by a merge (non-anchor)
        for r1, c1, r2, c2 in grid.merged:
            self.span[(r1, c1)] = (r2, c2)
            for r in range(r1, r2 + 1):
                for c in range(c1, c2 + 1):
                    if (r, c) != (r1, c1):
                        self.anchor[(r, c)] = (r1, c1)
                        self.covered.setdefault(r, []).append(c)

    def own(self, r: int, c: int) -> Any:
        row = self.rows.get(r)
        return None if row is None else row.get(c)

    def effective(self, r: int, c: int) -> tuple[Any, tuple[int, int]]:
        """(value, source cell): inside a merged range, the top-left cell."""
        v = self.own(r, c)
        if v is not None:
            return v, (r, c)
        anchor = self.anchor.get((r, c))
        if anchor is not None:
            return self.own(*anchor), anchor
        return None, (r, c)

    def row_cells(self, r: int) -> list[tuple[int, Any]]:
        """Own cells of a row plus the values of merged ranges covering it."""
        cells = list(self.rows.get(r, {}).items())
        for c in self.covered.get(r, ()):
            cells.append((c, self.effective(r, c)[0]))
        return cells

    def width(self, r: int, c: int) -> int:
        span = self.span.get((r, c))
        return 1 if span is None else span[1] - c + 1

    def cell_value(self, r: int, c: int, *, merged: bool = False) -> CellValue:
        if merged:
            v, (sr, sc) = self.effective(r, c)
        else:
            v, sr, sc = self.own(r, c), r, c
        fmt = self.grid.number_formats.get((sr, sc))
        ref = a1(sr, sc)
        if _blank(v):
            return CellValue(v, ref, None, None, fmt)
        try:
            number = parse_number(v)
        except NumberFormatError as exc:
            return CellValue(v, ref, None, exc.message_zh, fmt)
        return CellValue(v, ref, number, None, fmt)


@dataclass
class _Header:
    top: int  # first row of the header (title is looked for above it)
    row: int  # last row of the header (data starts below it)
    columns: dict[str, int]


@dataclass
class _Title:
    row: int
    text: str
    ref: str
    continued: bool


def _find_headers(idx: _Index) -> list[_Header]:
    headers: list[_Header] = []
    for r in idx.row_numbers:
        own = idx.rows[r]
        if not any(isinstance(v, str) and len(v) <= 24 for v in own.values()):
            continue
        cells = idx.row_cells(r)
        cols = match_header_row(cells)
        if cols is None:
            continue
        extra = unplaced_weight_columns(cells, cols)
        if extra:
            raise LayoutNotRecognised(_two_weights_message(idx.grid.name, r, cols["weight"], extra),
                                      f"row {r}: more than one weight column")
        last = headers[-1] if headers else None
        if last is not None and last.row == r - 1:
            last.columns = _combine(last.columns, cols)
            last.row = r
            continue
        headers.append(_Header(r, r, cols))
    # sub-header rows directly below a header ("分值 | 得分" under merged cells)
    for h in headers:
        below = idx.rows.get(h.row + 1)
        if not below:
            continue
        if not all(isinstance(v, str) for v in below.values()):
            continue
        sub = match_header_cells(below.items())
        if sub and len(sub) == len(below):
            h.columns = _combine(h.columns, sub)
            h.row += 1
    return headers


def _two_weights_message(sheet: str, r: int, first: int, extra: list[int]) -> str:
    letters = "、".join(a1(r, c)[:-len(str(r))] for c in [first, *extra])
    return (f"工作表“{sheet}”第{r}行：表头有{len(extra) + 1}个分值/权重列（{letters}列），"
            "无法确定哪一列是指标的分值，未读取此表；请只保留一列分值，"
            "或按“一级指标｜分值｜二级指标｜分值｜三级指标｜分值”的格式把各级分值紧排在指标名称右侧")


def _combine(upper: dict[str, int], lower: dict[str, int]) -> dict[str, int]:
    """Two header rows as one; the lower row wins for the columns it names."""
    result = {f: c for f, c in upper.items() if c not in lower.values() and f not in lower}
    result.update(lower)
    return dict(sorted(result.items(), key=lambda fc: fc[1]))


def _title_above(idx: _Index, header: _Header, floor: int) -> _Title | None:
    first_col = min(header.columns.values())
    r = header.top - 1
    looked = 0
    while r > floor and looked < 4:
        row = idx.rows.get(r)
        if not row:
            r -= 1
            continue
        looked += 1
        values = [(c, v) for c, v in sorted(row.items())]
        text = values[0][1]
        if not isinstance(text, str):
            return None
        norm = _SPACE_RE.sub("", unicodedata.normalize("NFKC", text))
        if norm.startswith(_PREAMBLE_PREFIXES):
            r -= 1
            continue
        if len(values) != 1 or not _CJK_RE.search(norm):
            return None
        c = values[0][0]
        lab = _label(text)
        if lab is not None and (
            lab in _TOTAL_LABELS or lab in _GRADE_LABELS or _INLINE_GRADE_RE.match(lab)
        ):
            return None
        if not (c <= first_col + 1 or idx.width(r, c) >= 2 or "表" in norm):
            return None
        clean = _BREAK_RE.sub("", text).strip()
        return _Title(r, clean, a1(r, c), bool(_CONTINUED_RE.match(norm)))
    return None


@dataclass
class _Carry:
    name: str | None = None
    weight: Decimal | None = None
    ref: str | None = None
    anchor: tuple[int, int] | None = None


@dataclass
class _Builder:
    idx: _Index
    header: _Header
    title: _Title | None
    rows: list[IndicatorRow] = field(default_factory=list)
    totals: list[TotalRow] = field(default_factory=list)
    grade: CellValue | None = None
    repeated: list[int] = field(default_factory=list)
    closed: bool = False
    last_row: int = 0
    skip: set[int] = field(default_factory=set)
    l1: _Carry = field(default_factory=_Carry)
    l2: _Carry = field(default_factory=_Carry)
    budget: BudgetBlock | None = None
    blocks: list[Section] = field(default_factory=list)

    def open_block(self, h: _Header) -> None:
        """A label with a stated weight left of the header ("绩效指标（90分）",
        "年度绩效目标1（40分）") starts a block of the rows below it."""
        first = min(h.columns.values())
        for r in range(h.top, h.row + 1):
            for c in range(1, first):
                v, src = self.idx.effective(r, c)
                name, weight = parse_level_name(v) if isinstance(v, str) else (None, None)
                if weight is not None:
                    self.blocks.append(Section(name, weight, a1(*src)))
                    return
        if self.blocks:  # a header without a label closes the previous block
            self.blocks.append(Section(None, None, None))

    def attach_budget(self, block: BudgetBlock) -> None:
        """Make a budget block's total line this table's first indicator (预算执行率)."""
        row = budget_row(self.idx, block)
        self.budget = block
        if row is not None:
            self.rows.insert(0, row)

    @property
    def columns(self) -> dict[str, int]:
        return self.header.columns

    def take(self, r: int) -> None:
        if r in self.skip:
            return
        own = self.idx.rows[r]
        grade_row = self._take_grade(r, own)
        numeric_cols = {self.columns[f] for f in _NUMERIC_FIELDS if f in self.columns}
        for c, v in sorted(own.items()):
            if c in numeric_cols:
                continue
            lab = _label(v)
            if lab is not None and lab in _TOTAL_LABELS:
                self._take_total(r, c, v, _TOTAL_LABELS[lab])
                return
        if self.closed or grade_row:
            return
        if self._is_label_row(r, own) or not self._is_indicator(own) or self._is_placeholder(r, own):
            return
        if self._inside_row_above(r):
            self._fold_into_row_above(r)
            return
        self.rows.append(self._indicator(r))
        if self.blocks:
            self.blocks[-1].rows.append(self.rows[-1])
        self.last_row = r

    # -- rows -------------------------------------------------------------

    def _is_placeholder(self, r: int, own: dict[int, Any]) -> bool:
        """An unused line of a printed form ("指标2：", "……", "指标1：/ | / | /"): no name, no numbers."""
        c3 = self.columns.get("level3")
        if c3 is None or not _PLACEHOLDER_RE.match(_SPACE_RE.sub("", str(own.get(c3, "")))):
            return False
        for f in ("weight", "score", "value", "target"):
            c = self.columns.get(f)
            if c is not None and self.idx.cell_value(r, c).number is not None:
                return False
        return True

    def _inside_row_above(self, r: int) -> bool:
        """A line of the row above: its 分值 and 得分 cells are both inside the merges that start at one row above it
        (影像诊断报告: “一般信息” prints three items under one 扣分 rule, one 分值 10 and one 得分 — one indicator;
        read as three, two of them had no 分值 and ``templates new`` wrote no spec, p23)."""
        cw, cs = self.columns.get("weight"), self.columns.get("score")
        if cw is None or cs is None:
            return False
        tops = {self.idx.anchor.get((r, c), (r, c))[0] for c in (cw, cs)}
        return len(tops) == 1 and min(tops) < r

    def _fold_into_row_above(self, r: int) -> None:
        """A line of the row above (:meth:`_inside_row_above`) adds its own 三级 text to that row's name: “一般信息”'s
        three items name the one row “1、医院名称…；2、临床诊断…；3、操作…” (the first item's text alone named it, p23)."""
        c3 = self.columns.get("level3")
        line = _text(self.idx.rows[r].get(c3)) if c3 is not None else None
        if line is None or not self.rows or self.rows[-1].level3 is None:
            return
        above = self.rows[-1]
        folded = replace(above, level3=f"{above.level3}；{_BREAK_RE.sub('', _nfkc_keep_circled(line)).strip()}")
        self.rows[-1] = folded
        if self.blocks and self.blocks[-1].rows and self.blocks[-1].rows[-1] is above:
            self.blocks[-1].rows[-1] = folded

    def _merged_name(self, r: int, c3: int) -> tuple[str | None, str | None]:
        """The name of a row whose 三级 cell is one vertical merge over it and other rows that each have a 得分 of their
        own (财务审计部: “54.收费管理” over two content rows of 10 分 each): the merged text and the row's place in it,
        “54.收费管理(1)”, “54.收费管理(2)” — the second row had no name (“第8行”), the two one name (p25). A line with
        no score ("—") takes no place; the one scored line under the merge is named by the merged text alone."""
        top = self.idx.anchor.get((r, c3), (r, c3))
        span = self.idx.span.get(top)
        cs = self.columns.get("score")
        name = _text(self.idx.own(*top))
        if span is None or span[1] != c3 or top[1] != c3 or cs is None or name is None:
            return None, None
        scored = [row for row in range(top[0], span[0] + 1)
                  if not _blank(self.idx.own(row, cs)) and (row, cs) not in self.idx.anchor
                  and str(self.idx.own(row, cs)).strip() not in EMPTY_MARKS]  # "—": a line with no score
        if r not in scored or (len(scored) < 2 and r == top[0]):
            return None, None
        name = _BREAK_RE.sub("", _nfkc_keep_circled(name)).strip()
        # the one scored line under a merged name is named by it (人均可支配收入增幅 over “增幅约为9.2%” | — and the
        # scored “是否高于…” below it: was named by its part)
        return (f"{name}({scored.index(r) + 1})" if len(scored) > 1 else name), a1(*top)

    def _is_indicator(self, own: dict[int, Any]) -> bool:
        for f in ("level3", "weight", "score"):
            c = self.columns.get(f)
            if c is not None and c in own:
                return True
        return False

    def _is_label_row(self, r: int, own: dict[int, Any]) -> bool:
        """A row that only states a 一级/二级 block ("一、决策 | | | 20 | ").

        It has a new label in its own 一级 or 二级 cell, no 三级 name and no score,
        while the table does have a 三级 column. Its label carries down to the
        rows below; its 分值 becomes the block's stated weight when the label
        itself gives none.
        """
        cols = self.columns
        c3, cs = cols.get("level3"), cols.get("score")
        if c3 is None or c3 in own or (cs is not None and cs in own):
            return False
        fld = next((f for f in ("level2", "level1") if cols.get(f) in own), None)
        if fld is None:
            return False
        label = own[cols[fld]]
        if not isinstance(label, str) or len(label) > 40 or label.lstrip().startswith("注"):
            return False
        if fld == "level1":
            self._level(r, "level1", self.l1, None)
            self.l2 = _Carry()
            carry = self.l1
        else:
            self._level(r, "level2", self.l2, self.l1)
            carry = self.l2
        cw = cols.get("weight")
        if carry.weight is None and cw is not None:
            carry.weight = self.idx.cell_value(r, cw).number
        return True

    def _level(self, r: int, fld: str, carry: _Carry, parent: _Carry | None) -> bool:
        """Update ``carry`` from row r; return True when the label text changes here."""
        c = self.columns.get(fld)
        if c is None:
            return False
        v, src = self.idx.effective(r, c)
        if _blank(v) or (parent is not None and parent.anchor == src):
            return False
        if src == carry.anchor:
            return False
        name, weight = parse_level_name(v)
        wc = self.columns.get(f"{fld}_weight")  # 一级指标 | 分值 | 二级指标 | 分值 | …
        if weight is None and wc is not None:
            weight = self.idx.cell_value(src[0], wc, merged=True).number
        changed = name != carry.name
        carry.name, carry.weight, carry.ref, carry.anchor = name, weight, a1(*src), src
        return changed

    def _shared_weight(self, r: int) -> CellValue | None:
        """The 分值 of row r when its cell is one vertical merge with rows that each have a 得分 of their own
        ("60" over 合格率 and 满意度): no number — the rows' weights are not printed (taking 60 for the first row
        and none for the second made a 核定 total of 130). A 分值 merged over a row and its sub-rows (其中：…,
        no 得分 of their own) is the row's weight, as before."""
        cw, cs = self.columns.get("weight"), self.columns.get("score")
        if cw is None or cs is None:
            return None
        top = self.idx.anchor.get((r, cw), (r, cw))
        span = self.idx.span.get(top)
        if span is None or span[0] == top[0]:
            return None
        scored = [row for row in range(top[0], span[0] + 1)
                  if not _blank(self.idx.own(row, cs)) and (row, cs) not in self.idx.anchor]
        if len(scored) < 2:
            return None
        where = f"{a1(*top)}:{a1(span[0], top[1])}"
        why = f"分值单元格 {where} 跨 {span[0] - top[0] + 1} 行合并，其中 {len(scored)} 行各有得分，无法确定每行的分值"
        value = self.idx.own(*top)
        return CellValue(value, a1(*top), None, why, self.idx.grid.number_formats.get(top))

    def _indicator(self, r: int) -> IndicatorRow:
        idx, cols = self.idx, self.columns
        if self._level(r, "level1", self.l1, None):
            self.l2 = _Carry()  # a new 一级 block starts without a 二级 label
        self._level(r, "level2", self.l2, self.l1)

        def text(fld: str) -> tuple[str | None, str | None]:
            c = cols.get(fld)
            if c is None:
                return None, None
            v, src = idx.effective(r, c)
            t = _text(v)
            return t, (a1(*src) if t is not None else None)

        def num(fld: str) -> CellValue | None:
            c = cols.get(fld)
            return None if c is None else idx.cell_value(r, c)

        level3, level3_ref = None, None
        c3 = cols.get("level3")
        if c3 is not None and c3 in idx.rows[r]:
            level3 = _BREAK_RE.sub("", _nfkc_keep_circled(str(idx.rows[r][c3])))
            level3 = level3.strip() or None
            level3_ref = a1(r, c3)
        if c3 is not None and (c3 in idx.rows[r] or (r, c3) in idx.anchor):
            merged, merged_ref = self._merged_name(r, c3)
            if merged is not None:
                level3, level3_ref = merged, merged_ref
        weight = num("weight")
        if weight is not None and weight.number is not None and weight.number < 0:  # no weight, said why
            weight = CellValue(weight.raw, weight.ref, None, "分值为负数", weight.number_format)
        shared = self._shared_weight(r)
        if shared is not None:  # one 分值 merged over rows that each have a 得分: whose weight is it?
            weight = shared
        if weight is None and level3 is not None:  # no 分值 column: "相关性(5分)" states it
            m = _LEVEL3_WEIGHT_RE.match(level3)
            if m is not None:
                level3 = m.group("name")
                weight = CellValue(idx.rows[r][c3], level3_ref or "", Decimal(m.group("w")))
        standard, standard_ref = text("standard")
        rule, rule_ref = text("rule")
        process, process_ref = text("process")
        explain, explain_ref = text("explain")
        c_seq = cols.get("seq")
        return IndicatorRow(
            row=r,
            seq=None if c_seq is None else idx.own(r, c_seq),
            level1=self.l1.name,
            level1_weight=self.l1.weight,
            level1_ref=self.l1.ref,
            level2=self.l2.name,
            level2_weight=self.l2.weight,
            level2_ref=self.l2.ref,
            level3=level3,
            target=self._target(r),
            standard=standard,
            standard_ref=standard_ref,
            rule=rule,
            rule_ref=rule_ref,
            weight=weight,
            value=num("value"),
            score=num("score"),
            rate=num("rate"),
            process=process,
            level3_ref=level3_ref,
            process_ref=process_ref,
            explain=explain,
            explain_ref=explain_ref,
            nature=num("nature"),
            unit=num("unit"),
            header_unit=self._header_unit(),
        )

    def _header_unit(self) -> str | None:
        """The unit printed in the header over the 业绩值 column, else over the 指标值 column (any of the header's
        rows: "实际完成值（万元）", "目标值(%)"), p31."""
        for fld in ("value", "target"):
            c = self.columns.get(fld)
            for r in range(self.header.top, self.header.row + 1) if c is not None else ():
                if (u := header_unit(self.idx.own(r, c))) is not None:
                    return u
        return None

    def _target(self, r: int) -> CellValue | None:
        """The row's target: its 调整指标值 when the table has one and the row fills it, else
        its 指标值 (年初指标值)."""
        idx, cols = self.idx, self.columns
        adjusted = cols.get("target_adjusted")
        if adjusted is not None:
            cv = idx.cell_value(r, adjusted, merged=True)
            if not cv.is_blank:
                return cv
        return None if "target" not in cols else idx.cell_value(r, cols["target"], merged=True)

    def _take_total(self, r: int, c: int, label: Any, kind: Literal["subtotal", "total"]) -> None:
        idx, cols = self.idx, self.columns
        weight = idx.cell_value(r, cols["weight"]) if "weight" in cols else None
        score = idx.cell_value(r, cols["score"]) if "score" in cols else None
        if (weight is None or weight.is_blank) and (score is None or score.is_blank):
            # "总分 | 93.99" written beside the label instead of in the score column
            for c2, v in sorted(idx.rows[r].items()):
                if c2 > c and not isinstance(v, bool) and isinstance(v, int | float | str):
                    cv = idx.cell_value(r, c2)
                    if cv.number is not None:
                        score = cv
                        break
        level1 = self.rows[-1].level1 if kind == "subtotal" and self.rows else None
        self.totals.append(
            TotalRow(r, _BREAK_RE.sub("", str(label)).strip(), kind, weight, score, level1, a1(r, c))
        )
        self.last_row = r
        if kind == "total":
            self.closed = True

    def _take_grade(self, r: int, own: dict[int, Any]) -> bool:
        if self.grade is not None:
            return False
        for c, v in sorted(own.items()):
            lab = _label(v)
            if lab is None:
                continue
            m = _INLINE_GRADE_RE.match(lab)
            if m is not None:
                self.grade = CellValue(m.group("v"), a1(r, c))
                return True
            if lab not in _GRADE_LABELS:
                continue
            right = [(c2, v2) for c2, v2 in sorted(own.items()) if c2 > c]
            if right:
                c2, v2 = right[0]
                self.grade = CellValue(v2, a1(r, c2), number_format=self._fmt(r, c2))
                return True
            below, src = self.idx.effective(r + 1, c)
            if not _blank(below) and not _states_scheme(below):
                self.grade = CellValue(below, a1(*src), number_format=self._fmt(*src))
                self.skip.add(src[0])
                return True
        return False

    def _items_named_by_level1(self) -> bool:
        """A 考核表 whose 一级 column (考核项目/考评项目) holds one row each, in its own cell, beside a 内容 column
        (考核内容/考评内容/检查内容 — the requirement, not the item: 财务审计部's 项目内容 names its items) and no 二级."""
        c1, c3 = self.columns.get("level1"), self.columns.get("level3")
        if c1 is None or c3 is None or "level2" in self.columns or "explain" in self.columns or len(self.rows) < 2:
            return False
        if normalise_header(str(self.idx.own(self.header.row, c3) or "")) not in _CONTENT_HEADERS:
            return False
        refs = [r.level1_ref for r in self.rows]
        return all(ref == a1(r.row, c1) and r.level1_weight is None for ref, r in zip(refs, self.rows, strict=True)) \
            and len(set(refs)) == len(refs)  # a 项目 stating its own 分值 (“日常巡查(20分)”) is left as it was

    def _fmt(self, r: int, c: int) -> str | None:
        return self.idx.grid.number_formats.get((r, c))

    # -- result -------------------------------------------------------------

    def finish(self) -> ScoringTable:
        named: dict[int, IndicatorRow] | None = None
        if not {"level2", "level3"} & set(self.columns):
            named = dict(zip(map(id, self.rows), _named_in_groups(self.rows), strict=True))
        elif self._items_named_by_level1():
            # 考评项目 | 考评内容 | 考评标准 (河长考评标准, p25): one 项目 per row — the 项目 names the row, the 内容 is its
            # requirement (rows were named by the requirement's whole text, each in a group of its own)
            named = {id(r): replace(r, level3=r.level1, level3_ref=r.level1_ref, level1=None, level1_ref=None,
                                    level1_weight=None, explain=r.level3, explain_ref=r.level3_ref) for r in self.rows}
            c1, c3 = self.columns.pop("level1"), self.columns["level3"]
            self.columns.update(level3=c1, explain=c3)
        if named is not None:
            self.rows = list(named.values())
            for b in self.blocks:
                b.rows = [named.get(id(r), r) for r in b.rows]
        return ScoringTable(
            sheet=self.idx.grid.name,
            title=self.title.text if self.title else None,
            header_row=self.header.row,
            columns=dict(self.columns),
            rows=self.rows,
            totals=self.totals,
            grade=self.grade,
            sections=_sections(self.rows, "level2" in self.columns),
            title_ref=self.title.ref if self.title else None,
            repeated_header_rows=self.repeated,
            last_row=self.last_row or self.header.row,
            budget=self.budget,
            blocks=[b for b in self.blocks if b.stated_weight is not None and b.rows],
        )


def _named_in_groups(rows: list[IndicatorRow]) -> list[IndicatorRow]:
    """Rows of a table whose only name column is the group (殡葬改革: 考核项目 “1.组织宣传(计5分)” over three rows,
    each with its own 评分标准), named by the group and the row's own numbering (“1.组织宣传(1)”), else the first
    words of its text — the group alone names every row of the group alike (p23). A group of one row keeps its name;
    the group is the 一级 label's cell, merged over the rows or written once above blank cells."""
    sizes: dict[str | None, int] = {}
    for row in rows:
        sizes[row.level1_ref] = sizes.get(row.level1_ref, 0) + 1
    out = []
    for row in rows:
        own = next(((t, ref) for t, ref in ((row.standard, row.standard_ref), (row.rule, row.rule_ref),
                                            (row.process, row.process_ref)) if t), None)
        if row.level3 is not None or row.level1 is None or sizes[row.level1_ref] < 2 or own is None:
            out.append(row)
            continue
        text = _BREAK_RE.sub("", unicodedata.normalize("NFKC", own[0]))
        m = _OWN_NUMBER_RE.match(text)
        short = m.group(0) if m else _SHORT_CUT_RE.split(text, maxsplit=1)[0][:_SHORT_NAME]
        out.append(replace(row, level3=f"{row.level1}{short}", level3_ref=own[1]))
    return out


def _sections(rows: list[IndicatorRow], has_level2: bool) -> list[Section]:
    sections: list[Section] = []
    for row in rows:
        if not sections or sections[-1].name != row.level1:
            sections.append(Section(row.level1, row.level1_weight, row.level1_ref))
        sec = sections[-1]
        sec.rows.append(row)
        if not has_level2:
            continue
        if not sec.groups or sec.groups[-1].name != row.level2:
            sec.groups.append(Group(row.level2, row.level2_weight, row.level2_ref))
        sec.groups[-1].rows.append(row)
    return sections


def read_tables(grid: Grid) -> list[ScoringTable]:
    """Every 评分表 on one sheet, top to bottom (empty list when there is none).

    Args:
        grid: the sheet.

    Returns:
        One :class:`ScoringTable` per header row that starts a table.
    """
    idx = _Index(grid)
    headers = _find_headers(idx)
    if not headers:
        return []
    by_top: dict[int, _Header] = {h.top: h for h in headers}
    titles: dict[int, _Title | None] = {}
    skip: set[int] = set()
    floor = 0
    for h in headers:
        t = _title_above(idx, h, floor)
        titles[h.top] = t
        if t is not None:
            skip.add(t.row)
        skip.update(range(h.top, h.row + 1))
        floor = h.row

    tables: list[ScoringTable] = []
    cur: _Builder | None = None
    pending: BudgetBlock | None = None  # a budget block waiting for its indicator table
    tops = sorted(by_top)
    for r in idx.row_numbers:
        h = by_top.get(r)
        if h is not None and is_budget_header(h.columns):
            if cur is not None:
                tables.append(cur.finish())
                cur = None
            stop = next((t for t in tops if t > h.row), idx.row_numbers[-1] + 1)
            pending, used = read_budget_block(idx, h.top, h.row, h.columns, stop)
            skip.update(used)
            continue
        if h is not None:
            t = titles[r]
            if (
                cur is not None
                and h.columns == cur.columns
                and not cur.closed
                and (t is None or t.continued)
            ):
                cur.repeated.extend(range(h.top, h.row + 1))
                cur.open_block(h)
                continue
            if cur is not None:
                tables.append(cur.finish())
            cur = _Builder(idx, h, None if t is None or t.continued else t)
            cur.open_block(h)
            if pending is not None:
                cur.attach_budget(pending)
                pending = None
            continue
        if r in skip or cur is None:
            continue
        cur.take(r)
    if cur is not None:
        if pending is not None:  # a budget block printed below its indicators
            cur.attach_budget(pending)
        tables.append(cur.finish())
    return _with_statements(idx, tables, headers, skip - {t.row for t in titles.values() if t})


def _states_scheme(v: Any) -> bool:
    """A text under a 等级 label that states the grade scheme (our templates print “等级标准：…” there
    while the 等级 cell is still empty) is no grade; nor the line saying why a table not out of 100 is not
    graded (“等级：本表满分80分，不是100分，…故不评等级。”, p20's note: read as the grade of a return whose
    formulas were not calculated, it gave a false formula-replaced error, p26)."""
    return isinstance(v, str) and (_SPACE_RE.sub("", v).startswith("等级标准") or looks_like_scheme(v)
                                   or read_scheme(v, "") is not None or "不评等级" in v)


def _with_statements(idx: _Index, tables: list[ScoringTable], headers: list[_Header],
                     inside: set[int]) -> list[ScoringTable]:
    """Attach what the text outside the tables states (:mod:`jixiao.reading.statements`).

    A stated total or grade is attached only when the sheet holds one table (with several, which
    table a line belongs to is a guess); a stated scheme applies to every table of the sheet.
    """
    if not tables:
        return tables
    tops = {h.row: h.top for h in headers}
    for t in tables:
        inside.update(range(tops.get(t.header_row, t.header_row), t.last_row + 1))
    cells = [(r, c, v) for r in idx.row_numbers if r not in inside for c, v in sorted(idx.rows[r].items())]
    said = read_statements(cells, a1)
    if said == SheetStatements():
        return tables
    out = []
    for t in tables:
        total = grade = None
        if len(tables) == 1 and said.total is not None:
            total = CellValue(said.total[0], said.total[1], said.total[0])
        if len(tables) == 1 and said.grade is not None:
            grade = CellValue(said.grade[0], said.grade[1])
        out.append(replace(t, stated_total=total, stated_grade=grade, stated_scheme=said.scheme,
                           stated_scheme_unread=said.scheme_unread, stated_carried=said.carried))
    return out


def is_continued_title(text: str) -> bool:
    """"续表", "续表1", "（续）": a line saying the table above goes on (no title of its own)."""
    return bool(_CONTINUED_RE.match(_SPACE_RE.sub("", unicodedata.normalize("NFKC", text))))


def continues_table(first: Grid, second: Grid) -> bool:
    """True when ``second`` (printed right below ``first``: a page break, at most a "续表" line
    between them) is the rest of ``first``'s last 评分表 -- one table split over two.

    It is when: both have the same columns; ``first`` ends inside an open 评分表 (no 合计/总分 row
    closed it); and ``second`` either starts with that table's header again (the same columns),
    or starts with no header and no title at all, and holds a number in its 分值 or 得分 column.
    A header of other columns, or a title above ``second``'s header, makes it a table of its own.
    """
    if first.max_col != second.max_col:
        return False
    try:
        tables = read_tables(first)
        if not tables or any(t.kind == "total" for t in tables[-1].totals):
            return False
        columns = tables[-1].columns
        idx = _Index(second)
        headers = _find_headers(idx)
    except LayoutNotRecognised:
        return False
    head = headers[0] if headers else None
    above = [r for r in idx.row_numbers if head is None or r < head.top]
    if head is not None:
        title = _title_above(idx, head, 0)
        if title is not None and not title.continued:
            return False  # a title of its own: a table of its own
        if all(any(isinstance(v, str) and is_continued_title(v) for v in idx.rows[r].values())
               for r in above):
            return head.columns == columns  # the header printed again, or another table's header
    # the rows go on where the first table stopped (a header lower down is read as on one sheet)
    numeric = [columns[f] for f in ("weight", "score") if f in columns]
    return any(idx.cell_value(r, c).number is not None for r in above for c in numeric)


def read_budget_blocks(grid: Grid) -> list[BudgetBlock]:
    """The budget blocks of a sheet that has no 评分表 (衡山's 专项资金自评表, the 区域 form).

    Such a block has amount columns (全年预算数 / 全年执行数 / 执行率) but no 分值/得分, so
    :func:`read_tables` finds no header there; its lines can still be checked (the rates,
    年度资金总额 = Σ其中) without scoring anything.
    """
    idx = _Index(grid)
    blocks: list[BudgetBlock] = []
    used: set[int] = set()
    for r in idx.row_numbers:
        if r in used or not any(isinstance(v, str) and len(v) <= 24 for v in idx.rows[r].values()):
            continue
        cols = match_header_cells(idx.row_cells(r))
        if is_budget_header(cols) and len(cols) >= 2:
            block, rows = read_budget_block(idx, r, r, cols, idx.row_numbers[-1] + 1)
            used.update(rows)
            if block.lines:
                blocks.append(block)
    return blocks


def read_scoring_table(grid: Grid) -> ScoringTable:
    """The first 评分表 on a sheet.

    Raises:
        LayoutNotRecognised: no header row on the sheet.
    """
    tables = read_tables(grid)
    if not tables:
        raise LayoutNotRecognised(f"工作表“{grid.name}”：{NO_TABLE_MESSAGE}", _NO_TABLE_EN)
    return tables[0]


def read_workbook_tables(sheets: list[Grid]) -> list[ScoringTable]:
    """Every 评分表 on every sheet, in sheet order.

    Raises:
        LayoutNotRecognised: no table on any sheet.
    """
    tables: list[ScoringTable] = []
    for grid in sheets:
        tables.extend(read_tables(grid))
    if not tables:
        raise LayoutNotRecognised(NO_TABLE_MESSAGE, _NO_TABLE_EN)
    return tables
