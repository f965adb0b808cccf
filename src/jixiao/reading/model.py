"""What the table reader returns: a 评分表 as values that each know their source cell.

Every value read from a sheet keeps the A1 reference of the cell it came from, so
checks can report "H15：得分 1.92 ……" without re-reading the sheet. The classes are
frozen dataclasses; their list fields are filled once by the reader and not changed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, Literal

from jixiao.grading import StatedScheme
from jixiao.numbers import is_not_applicable, shows_percent


@dataclass(frozen=True, slots=True)
class CellValue:
    """One cell as typed plus its number, if it is one.

    Attributes:
        raw: the value in the cell exactly as stored ("96.87%", "符合", 0.9687, 3.6,
            "缺省", ``None`` for an empty cell of a known column).
        ref: A1 reference of the cell ("H12"), without the sheet name.
        number: the parsed number (``Decimal``), or ``None`` when the cell is empty
            or not a number. Percent text becomes a fraction ("96.87%" → 0.9687);
            a numeric cell formatted as percent stays as stored (0.9687).
        error: Chinese reason why ``raw`` is not a number, else ``None``.
        number_format: the cell's number format ("0.00%") when the loader knew it.
    """

    raw: Any
    ref: str
    number: Decimal | None = None
    error: str | None = None
    number_format: str | None = None

    @property
    def is_blank(self) -> bool:
        """True when the cell is empty (the column exists, nothing was typed)."""
        return self.raw is None or (isinstance(self.raw, str) and not self.raw.strip())

    @property
    def is_marked_empty(self) -> bool:
        """True when the cell prints a "nothing here" mark ("——", "/", "-"): not blank, not a number, not an error."""
        return not self.is_blank and self.number is None and self.error is None

    @property
    def is_not_applicable(self) -> bool:
        """True when the cell says 缺省 (not applicable → full marks)."""
        return is_not_applicable(self.raw)

    @property
    def is_percent_format(self) -> bool:
        """True when the number format shows the value as a percentage (:func:`~jixiao.numbers.shows_percent`: not
        a quoted or escaped literal "%")."""
        return shows_percent(self.number_format)


@dataclass(frozen=True, slots=True)
class IndicatorRow:
    """One indicator (one sheet row) of a 评分表.

    ``level1``/``level2`` are names without their stated weight: "决策指标 (10分)"
    gives ``level1="决策指标"``, ``level1_weight=Decimal(10)``. Their refs point at
    the cell that holds the text (the top-left cell of a merged range, or the first
    row of an unmerged block). Numeric columns (weight, value, score, rate) are
    ``None`` when the table has no such column, and a blank ``CellValue`` when the
    column exists but the cell is empty. ``target`` is kept as a ``CellValue``
    because it may be a number ("100%") or text ("≥95%", "科学规范").
    """

    row: int
    seq: Any
    level1: str | None
    level1_weight: Decimal | None
    level1_ref: str | None
    level2: str | None
    level2_weight: Decimal | None
    level2_ref: str | None
    level3: str | None
    target: CellValue | None
    standard: str | None
    standard_ref: str | None
    rule: str | None
    rule_ref: str | None
    weight: CellValue | None
    value: CellValue | None
    score: CellValue | None
    rate: CellValue | None
    process: str | None
    level3_ref: str | None = None
    process_ref: str | None = None
    explain: str | None = None
    explain_ref: str | None = None
    #: "indicator", or "budget" for the row made from a self-evaluation table's budget
    #: block (预算执行率: its 分值, printed 执行率 as ``value`` and 得分)
    kind: str = "indicator"
    #: split target cells of the 权重 style (指标性质 "≥", 度量单位 "%"), if the table has them
    nature: CellValue | None = None
    unit: CellValue | None = None
    #: the unit the table's header prints over the 业绩值 column ("实际完成值（万元）"), else over the 指标值 column
    #: ("目标值（万元）"): the unit of rows whose 度量单位 cell says none (p31; :func:`jixiao.verify.hand_row_unit`)
    header_unit: str | None = None

    @property
    def name(self) -> str | None:
        """The most specific indicator name (三级, else 二级, else 一级)."""
        return self.level3 or self.level2 or self.level1

    @property
    def without_points(self) -> bool:
        """The table says the row has no points: its 分值 prints a "nothing here" mark ("——", "/") and its 得分 one too
        ("生态效益 | —— | ——") or nothing (脱贫销号核查表's 一票否决 line “是否不愁吃 | — | 如选择否，该户脱贫一票否决 | ”, p25)
        — no indicator to check (``validate``) nor to issue (``templates new``)."""
        w, s = self.weight, self.score
        return w is not None and w.is_marked_empty and (s is None or s.is_blank or s.is_marked_empty)


@dataclass(frozen=True, slots=True)
class BudgetLine:
    """One row of a self-evaluation table's budget block (年度资金总额 / 其中：当年财政拨款 …).

    Amount columns are ``None`` when the block has no such column.
    """

    row: int
    label: str
    label_ref: str
    initial: CellValue | None  # 年初预算数
    budget: CellValue | None  # 全年预算数 / 调整后预算数 / 预算数(A)
    executed: CellValue | None  # 全年执行数 / 预算执行数 / 执行数(B)
    rate: CellValue | None  # 执行率 as printed
    weight: CellValue | None
    score: CellValue | None

    @property
    def is_total(self) -> bool:
        """The block's total line (年度资金总额 / 总额 / 合计), not an 其中 line."""
        t = self.label.replace(" ", "")
        return not t.startswith("其中") and any(w in t for w in ("总额", "合计", "总计", "小计"))


@dataclass(frozen=True, slots=True)
class BudgetBlock:
    """The budget block (项目资金 / 预算执行情况) above a self-evaluation table's indicators.

    Attributes:
        header_row: row of its header (年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分).
        label / label_ref: the block label ("项目资金（万元）", "预算执行情况（10分）").
        lines: the total line first when there is one, then the 其中 lines, in sheet order.
        weight_source: where the 分值 came from ("分值列", "表头“得分（20分*执行率）”", "标签").
        national_default: the layout states the national rule 得分 = 执行率 × 分值
            (national 全年预算数/全年执行数 layout, or a header "得分（N分*执行率）").
        side_by_side: the lines print two breakdowns of the total next to each other
            (湖南 部门整体: 按收入性质分 | … | 按支出性质分 | …): a column's lines are then not
            the parts of the total, so 年度资金总额 = Σ其中 is not checked.
    """

    header_row: int
    label: str | None
    label_ref: str | None
    lines: list[BudgetLine]
    columns: dict[str, int]
    weight_source: str = ""
    national_default: bool = False
    side_by_side: bool = False

    @property
    def total(self) -> BudgetLine | None:
        for line in self.lines:
            if line.is_total:
                return line
        return self.lines[0] if self.lines else None

    @property
    def parts(self) -> list[BudgetLine]:
        """The 其中 lines (every line but the total)."""
        t = self.total
        return [line for line in self.lines if line is not t]


@dataclass(frozen=True, slots=True)
class TotalRow:
    """A 小计 (``kind="subtotal"``) or 合计/总分/总计 (``kind="total"``) row.

    ``level1`` is the 一级 name a subtotal closes (the 一级 of the indicator row just
    above it), ``None`` for totals.
    """

    row: int
    label: str
    kind: Literal["subtotal", "total"]
    weight: CellValue | None
    score: CellValue | None
    level1: str | None
    label_ref: str | None = None


@dataclass(frozen=True, slots=True)
class Group:
    """A 二级 indicator and the rows under it."""

    name: str | None
    stated_weight: Decimal | None
    ref: str | None
    rows: list[IndicatorRow] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Section:
    """A 一级 indicator, its 二级 groups and rows.

    ``name``/``ref`` are ``None`` when the table has no 一级 column (all rows then
    sit in one section). ``groups`` is empty when the table has no 二级 column.
    """

    name: str | None
    stated_weight: Decimal | None
    ref: str | None
    rows: list[IndicatorRow] = field(default_factory=list)
    groups: list[Group] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class ScoringTable:
    """One 评分表 found on a sheet.

    Attributes:
        sheet: sheet name.
        title: the title row above the header ("2023年……项目评分表"), if any.
        header_row: row number of the header (the lower row of a two-row header).
        columns: field name → column number (1-based), e.g. ``{"weight": 7}``.
        rows: indicator rows, top to bottom.
        totals: 小计 / 合计 rows, top to bottom.
        grade: the 等级 value cell ("优"), if the table states one.
        sections: the indicator tree (一级 → 二级 → rows).
        repeated_header_rows: header rows repeated inside the table (page splits).
        last_row: the last row that belongs to the table (indicator or total).
    """

    sheet: str
    title: str | None
    header_row: int
    columns: dict[str, int]
    rows: list[IndicatorRow]
    totals: list[TotalRow]
    grade: CellValue | None
    sections: list[Section]
    title_ref: str | None = None
    repeated_header_rows: list[int] = field(default_factory=list)
    last_row: int = 0
    #: the budget block of a self-evaluation table (its total line is also the first
    #: row of ``rows``, kind "budget"), else ``None``
    budget: BudgetBlock | None = None
    #: blocks of rows under a header labelled with a weight ("年度绩效目标1（40分）",
    #: "绩效指标（90分）"), each as a Section whose ``rows`` are the rows below that header
    blocks: list[Section] = field(default_factory=list)
    #: a total the sheet states outside the table ("自评总分（分） | 97.6" in the header block,
    #: "综合得分为88.5分" below it), with the cell that states it
    stated_total: CellValue | None = None
    #: a grade the text outside the table states ("评价等级为良", "自评等级 | 优")
    stated_grade: CellValue | None = None
    #: a grade scheme the sheet states in its own text ("90分（含）以上为优，……"), if one is read
    stated_scheme: StatedScheme | None = None
    #: the cell of a grade scheme the sheet states but that could not be read (then no grade is checked)
    stated_scheme_unread: str | None = None
    #: the cell of a note that deductions beyond a row's 分值 come off the total (:mod:`.statements`)
    stated_carried: str | None = None

    @property
    def shown_grade(self) -> str | None:
        """The grade the sheet shows: the 等级 cell unless blank, else a grade stated outside the table."""
        g = self.grade if self.grade is not None and not self.grade.is_blank else self.stated_grade
        return str(g.raw).strip() if g is not None and not g.is_blank else None

    @property
    def total(self) -> TotalRow | None:
        """The last 合计/总分 row, if any."""
        for t in reversed(self.totals):
            if t.kind == "total":
                return t
        return None

    @property
    def subtotals(self) -> list[TotalRow]:
        return [t for t in self.totals if t.kind == "subtotal"]
