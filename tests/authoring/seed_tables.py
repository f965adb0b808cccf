"""Each seed's 评分表 typed as a Word table (python-docx) and as an .xlsx, in its published layout.

The texts come from the hand-written specs in ``workbook_templates/specs/`` (which transcribe
the seed reports verbatim); the column layout is the one each seed prints:

- 000 附件 评分表: 序号 | 一级指标 | 二级指标 | 三级指标 | 指标值 | 评分标准 | 分值 | 得分
- 002 附件1:       一级指标 | 二级指标 | 三级指标 | 分值 | 指标解释 | 评分标准 | 得分
- 003 附件:        一级指标 | 二级指标 | 三级指标 | 全年指标值 | 权重 | 评分标准 | 自评得分
- 004 附件2/3/4:   一级指标 | 二级指标 | 三级指标 | 标准值 | 评分标准 | 分值 | 得分

一级/二级 cells are merged over their rows (vertical merges in Word) and carry their stated
weight as "决策指标 (10分)"; the table ends with a 合计 row. No 计分规则 column: the rules
must come from the Chinese 评分标准.
"""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path
from typing import Any

import docx
import openpyxl

from jixiao.rules.model import fmt_decimal
from jixiao.templates.spec import IndicatorSpec, TemplateSpec

LAYOUTS: dict[str, list[str]] = {
    "seed000": ["序号", "一级指标", "二级指标", "三级指标", "指标值", "评分标准", "分值", "得分"],
    "seed002": ["一级指标", "二级指标", "三级指标", "分值", "指标解释", "评分标准", "得分"],
    "seed003": ["一级指标", "二级指标", "三级指标", "全年指标值", "权重", "评分标准", "自评得分"],
    "seed004": ["一级指标", "二级指标", "三级指标", "标准值", "评分标准", "分值", "得分"],
}
_FIELD = {"序号": "seq", "三级指标": "name", "指标值": "target", "全年指标值": "target",
          "标准值": "target", "评分标准": "standard", "指标解释": "explanation", "分值": "weight",
          "权重": "weight", "得分": "score", "自评得分": "score"}


def layout(spec: TemplateSpec) -> list[str]:
    return LAYOUTS[spec.id.split("-")[0]]


def _label(name: str, weight: Decimal | None) -> str:
    return name if weight is None else f"{name} ({fmt_decimal(weight)}分)"


def _value(ind: IndicatorSpec, header: str) -> Any:
    f = _FIELD[header]
    if f == "weight":
        return float(ind.weight)
    if f == "score":
        return float(ind.example.score) if ind.example and ind.example.score is not None else None
    return getattr(ind, f)


def table_rows(spec: TemplateSpec) -> tuple[list[list[Any]], list[tuple[int, int, int, int]]]:
    """Rows (header first, 合计 last) and merged ranges (0-based, inclusive) of the table."""
    cols = layout(spec)
    c1, c2 = cols.index("一级指标"), cols.index("二级指标")
    rows: list[list[Any]] = [list(cols)]
    merges = []
    for section in spec.sections:
        s_first = len(rows)
        for group in section.groups:
            g_first = len(rows)
            for ind in group.indicators:
                rows.append([_value(ind, h) if h in _FIELD else None for h in cols])
            rows[g_first][c2] = _label(group.name, group.weight)
            if len(rows) - 1 > g_first:
                merges.append((g_first, c2, len(rows) - 1, c2))
        rows[s_first][c1] = _label(section.name, section.weight)
        if len(rows) - 1 > s_first:
            merges.append((s_first, c1, len(rows) - 1, c1))
    total = [None] * len(cols)
    total[0] = "合计"
    total[cols.index("分值") if "分值" in cols else cols.index("权重")] = float(
        sum((i.weight for i in spec.indicators()), Decimal(0)))
    rows.append(total)
    return rows, merges


def write_xlsx(spec: TemplateSpec, path: Path) -> Path:
    rows, merges = table_rows(spec)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "评分表"
    ws.cell(1, 1, spec.title)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(rows[0]))
    for r, row in enumerate(rows, start=2):
        for c, v in enumerate(row, start=1):
            if v is not None:
                ws.cell(r, c, v)
    for r1, c1, r2, c2 in merges:
        ws.merge_cells(start_row=r1 + 2, start_column=c1 + 1, end_row=r2 + 2, end_column=c2 + 1)
    wb.save(path)
    return path


def write_docx(spec: TemplateSpec, path: Path) -> Path:
    rows, merges = table_rows(spec)
    d = docx.Document()
    d.add_paragraph("一、项目基本情况（正文略）")
    d.add_paragraph(f"附件：{spec.title}")
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    for r1, c1, r2, c2 in merges:
        t.cell(r1, c1).merge(t.cell(r2, c2))
    for r, row in enumerate(rows):
        for c, v in enumerate(row):
            if v is None:
                continue
            text = fmt_decimal(Decimal(str(v))) if isinstance(v, float) else str(v)
            cell = t.cell(r, c)
            # long texts go in as several paragraphs, as people type them in Word
            parts = re.findall(r"[^。]*。|[^。]+$", text) if len(text) > 60 else [text]
            cell.text = parts[0]
            for extra in parts[1:]:
                cell.add_paragraph(extra)
    d.add_paragraph("注：评分标准中的“下同”适用于本表下方各行。")
    d.save(path)
    return path
