"""Hand-typed 评分表 in the published layout, made from a spec and a report's numbers.

This is what bureaus and accounting firms produce today: constants everywhere,
scores typed from mental arithmetic. The demo and the validation tests use it to
rebuild a seed's published table (with its slips) and check it.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
from openpyxl.styles import Alignment, Font

from jixiao.grading import NOT_GRADED
from jixiao.numbers import parse_number
from jixiao.ratios import exec_rate
from jixiao.rules.model import fmt_decimal
from jixiao.templates.spec import IndicatorSpec, TemplateSpec

HEADERS = ["序号", "一级指标", "二级指标", "三级指标", "指标值", "评分标准", "分值", "业绩值", "得分",
           "计分规则"]


def _printed_value(ind: IndicatorSpec) -> tuple[Any, list[tuple[str, Any]]]:
    """(业绩值 as a person types it, sub-rows of amounts)."""
    ex = ind.example
    if ex is None:
        return None, []
    sc = ind.scoring
    if sc.kind == "ratio" and isinstance(ex.value, dict):
        v = ex.value
        subs = [(f"其中：{sc.numerator or '实际支出'}", v.get("numerator")),
                (sc.denominator or "预算数", v.get("denominator"))]
        if v.get("carryover") not in (None, ""):
            subs.append((sc.carryover or "结转结余", v.get("carryover")))
        try:
            rate = exec_rate(v.get("numerator"), v.get("denominator"), v.get("carryover") or 0)
        except ValueError:
            return None, subs
        return f"{(rate * 100).quantize(Decimal('0.01'))}%", subs
    if sc.kind in ("checklist", "judgement"):
        return (ex.value if isinstance(ex.value, str) else None), []
    if isinstance(ex.value, str):  # as printed ("19970万元") when it is a number
        try:
            if parse_number(ex.value) is not None:
                return ex.value, []
        except ValueError:
            pass
    value = ex.input if ex.input is not None else ex.value
    return value, []


def published_table(spec: TemplateSpec, path: str | Path, *, values: dict[str, Any] | None = None,
                    scores: dict[str, Any] | None = None, with_rules: bool = True,
                    amount_rows: bool = True, grade: str | None = None) -> Path:
    """Write ``spec`` as a hand-typed table: published scores, optional 计分规则 column.

    Args:
        values: 业绩值 overrides by indicator code or path (e.g. the 81.62% a report printed).
        scores: 得分 overrides by code or path (default: ``example.score`` as printed).
        with_rules: add the 计分规则 column (canonical rules of rule/ratio rows).
        amount_rows: put a ratio's amounts on sub-rows below it (其中：实际支出 / 预算数).
        grade: the 等级 to print (default: the spec's grade of the printed total).
    """
    values, scores = values or {}, scores or {}
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "评分表"
    headers = HEADERS if with_rules else HEADERS[:-1]
    ws.cell(1, 1, spec.title_for()).font = Font(bold=True, size=14)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(headers))
    for c, h in enumerate(headers, start=1):
        ws.cell(2, c, h).font = Font(bold=True)
    row = 3
    total = Decimal(0)
    for section in spec.sections:
        sec_first = row
        for group in section.groups:
            grp_first = row
            for ind in group.indicators:
                key = ind.code if ind.code in values or ind.code in scores else ind.path
                value, subs = _printed_value(ind)
                value = values.get(key, value)
                score = scores.get(key, ind.example.score if ind.example else None)
                ws.cell(row, 1, ind.seq)
                ws.cell(row, 4, ind.name)
                ws.cell(row, 5, ind.target)
                ws.cell(row, 6, ind.standard)
                ws.cell(row, 7, float(ind.weight))
                ws.cell(row, 8, value)
                if score is not None:
                    ws.cell(row, 9, float(score))
                    total += Decimal(str(score))
                if with_rules and ind.scoring.kind in ("rule", "ratio"):
                    ws.cell(row, 10, ind.scoring.rule)
                elif with_rules and ind.scoring.kind == "passfail":
                    ws.cell(row, 10, '"符合": W; *: 0')
                row += 1
                if amount_rows:
                    for label, amount in subs:
                        ws.cell(row, 4, label)
                        num = parse_number(amount) if amount is not None else None
                        ws.cell(row, 8, float(num) if num is not None else amount)
                        row += 1
            _merge(ws, grp_first, row - 1, 3, group.name)
        label = section.name if section.weight is None else \
            f"{section.name} ({fmt_decimal(section.weight)}分)"
        _merge(ws, sec_first, row - 1, 2, label)
    ws.cell(row, 1, "合计")
    ws.cell(row, 7, float(sum((i.weight for i in spec.indicators()), Decimal(0))))
    ws.cell(row, 9, float(total))
    ws.cell(row + 1, 1, "等级")
    if grade is None:  # a spec not out of 100 without its own scheme: no grade (p20)
        grade = f"{NOT_GRADED}：{spec.grade_withheld}" if spec.grade_withheld else spec.grade(total)
    ws.cell(row + 1, 7, grade)
    for r in ws.iter_rows(min_row=2):
        for c in r:
            c.alignment = Alignment(wrap_text=True, vertical="center")
    out = Path(path)
    wb.save(out)
    return out


def _merge(ws: Any, first: int, last: int, col: int, text: str) -> None:
    ws.cell(first, col, text)
    if last > first:
        ws.merge_cells(start_row=first, start_column=col, end_row=last, end_column=col)
