"""The budget block of a self-evaluation table (项目支出绩效自评表), read as an indicator.

The national form (财预〔2020〕10号) and its provincial variants print the money
above the indicators::

    项目资金（万元） |              | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分
                     | 年度资金总额 |     90     |     90     |   89.97    |  10  | 99.97% |  10
                     | 其中：当年财政拨款 | …

    预算执行情况（万元）（20分） |   | 预算数（A） | 执行数（B） | 执行率（B/A） | 得分（20分*执行率）

    预算执行情况（10分） | 年度预算数（万元） | 年初预算 | 调整后预算数 | 预算执行数 | 预算执行率 | 权重 | 得分

A header row naming amounts (年初预算数 / 全年预算数 / 执行数 / 执行率) and no
indicator column starts a block; its lines run until the next header row, or the
first row that is neither a funding line (资金 / 拨款 / 总额 / 其中 …) nor has an
amount. The block's total line becomes the indicator row 预算执行率 (kind
"budget") of the indicator table that follows it.
"""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal
from typing import Any

from jixiao.grid import a1
from jixiao.reading.headers import BUDGET_FIELDS, header_weight, normalise_header
from jixiao.reading.model import BudgetBlock, BudgetLine, CellValue, IndicatorRow

_INDICATOR_FIELDS = frozenset({"level1", "level2", "level3", "target", "value"})
_FUNDING_RE = re.compile(r"资金|拨款|总额|合计|其中|结转|结余|中央|地方|省级|市级|县级|财政|补助|自筹|单位")
#: the budget rule written in a 得分计算方法 cell: "执行率*该指标分值，最高不得超过分值上限"
_STATED_RULE_RE = re.compile(r"执行率[*×xX乘](?:以)?(?:该指标)?分值")
#: a breakdown heading of the 部门整体 form: "按收入性质分：", "按支出性质分："
_BREAKDOWN_RE = re.compile(r"^按.{1,6}分$")
_LEVEL_WEIGHT_RE = re.compile(r"[(\[【〔]\s*(?P<w>\d+(?:\.\d+)?)\s*分\s*[)\]】〕]")

BUDGET_INDICATOR = "预算执行率"


def is_budget_header(columns: dict[str, int]) -> bool:
    """A header row of a budget block: amount columns, no indicator columns."""
    return bool(BUDGET_FIELDS & columns.keys()) and not (_INDICATOR_FIELDS & columns.keys()) \
        and ("executed" in columns or "exec_rate" in columns)


def _text(v: Any) -> str | None:
    if not isinstance(v, str) or not v.strip():
        return None
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", v)).rstrip(":：")


def read_budget_block(idx: Any, top: int, header_row: int, columns: dict[str, int],
                      stop: int) -> tuple[BudgetBlock, set[int]]:
    """Read the block whose header spans rows ``top``..``header_row``; rows before ``stop``.

    Returns the block and the rows it used (so no table reads them again).
    """
    first_amount = min(columns[f] for f in columns if f in BUDGET_FIELDS | {"weight", "score"})
    label, label_ref = _block_label(idx, top, header_row, first_amount)
    lines: list[BudgetLine] = []
    used: set[int] = set()
    side_by_side = False
    for r in idx.row_numbers:
        if r <= header_row:
            continue
        if r >= stop:
            break
        own = idx.rows[r]
        texts = [(c, v) for c, v in sorted(own.items()) if c < first_amount and _text(v)]
        row_label = _text(texts[-1][1]) if texts else None
        has_amount = any(
            idx.cell_value(r, columns[f]).number is not None
            for f in ("budget_initial", "budget", "executed") if f in columns
        ) or (not lines and any(  # the total line whose amounts are not printed: 76% | 10 | 7.6
            idx.cell_value(r, columns[f]).number is not None
            for f in ("exec_rate", "weight", "score") if f in columns
        ))
        if not has_amount and not (row_label and _FUNDING_RE.search(row_label)):
            break
        if row_label is None and not has_amount:
            break
        used.add(r)
        side_by_side = side_by_side or any(_BREAKDOWN_RE.match(_text(v) or "") for v in own.values())

        def cell(fld: str, r: int = r) -> CellValue | None:
            c = columns.get(fld)
            return None if c is None else idx.cell_value(r, c)

        lines.append(BudgetLine(
            row=r, label=row_label or "", label_ref=a1(r, texts[-1][0]) if texts else a1(r, 1),
            initial=cell("budget_initial"), budget=cell("budget"), executed=cell("executed"),
            rate=cell("exec_rate"), weight=cell("weight"), score=cell("score"),
        ))
    # the national form's 全年预算数 / 全年执行数 / 分值 header: its 填表说明 state 执行率 × 分值
    national = "budget" in columns and "weight" in columns and normalise_header(
        idx.effective(header_row, columns["budget"])[0]) == "全年预算数"
    source = "分值列" if "weight" in columns else ""
    score_col = columns.get("score")
    if score_col is not None and header_weight(idx.effective(header_row, score_col)[0]) is not None:
        national = True
        source = source or "表头"
    elif score_col is not None and header_weight(idx.effective(top, score_col)[0]) is not None:
        national = True
        source = source or "表头"
    # a 得分计算方法 column stating the rule on the block's lines: "执行率*该指标分值"
    std = columns.get("standard")
    if std is not None and any(
            _STATED_RULE_RE.search(_text(idx.effective(ln.row, std)[0]) or "") for ln in lines):
        national = True
        source = source or "得分计算方法"
    if not source and label and _LEVEL_WEIGHT_RE.search(label):
        source = "标签"
    block = BudgetBlock(header_row, label, label_ref, lines, dict(columns), source, national, side_by_side)
    return block, used


def _block_label(idx: Any, top: int, header_row: int, first_amount: int) -> tuple[str | None, str | None]:
    for r in range(top, header_row + 1):
        for c in range(1, first_amount):
            v, src = idx.effective(r, c)
            t = _text(v)
            if t and not t.startswith("年度预算数"):
                return t, a1(*src)
    return None, None


def block_weight(idx: Any, block: BudgetBlock) -> tuple[CellValue | None, str]:
    """The block's 分值 as a cell: the 分值/权重 column of the total line, else the
    "(20分*执行率)" of the 得分 header, else the "(10分)" of the block label."""
    total = block.total
    if total is not None and total.weight is not None and total.weight.number is not None:
        return total.weight, "分值列"
    sc = block.columns.get("score")
    if sc is not None:
        for r in range(block.header_row - 1, block.header_row + 1):
            v, src = idx.effective(r, sc)
            w = header_weight(v)
            if w is not None:
                return CellValue(v, a1(*src), w), "表头"
    if block.label:
        m = _LEVEL_WEIGHT_RE.search(block.label)
        if m:
            return CellValue(block.label, block.label_ref or "", Decimal(m.group("w"))), "标签"
    return (total.weight if total is not None else None), ""


def budget_row(idx: Any, block: BudgetBlock) -> IndicatorRow | None:
    """The block's total line as the indicator 预算执行率 (kind "budget")."""
    total = block.total
    if total is None:
        return None
    weight, _ = block_weight(idx, block)
    name = block.label
    level_weight = None
    if name:
        m = _LEVEL_WEIGHT_RE.search(name)
        if m:
            level_weight = Decimal(m.group("w"))
            name = name[: m.start()].strip() or name
    return IndicatorRow(
        row=total.row, seq=None,
        level1=name or "预算执行情况", level1_weight=level_weight, level1_ref=block.label_ref,
        level2=None, level2_weight=None, level2_ref=None,
        level3=BUDGET_INDICATOR, target=None, standard=None, standard_ref=None,
        rule=None, rule_ref=None, weight=weight, value=total.rate, score=total.score,
        rate=None, process=None, level3_ref=total.label_ref, kind="budget",
    )
