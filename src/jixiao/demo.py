"""`make demo`: recompute seed 000's C31/C32 from the report's own amounts."""

from __future__ import annotations

from decimal import Decimal
from typing import TextIO

from jixiao.grading import grade
from jixiao.numbers import round_half_up
from jixiao.ratios import exec_rate
from jixiao.scoring import score_range

# Seed 000 (2023年华宁县城镇职工基本医疗保险绩效评价报告), 指标分析 C31/C32 and 附件 评分表.
SEED000_ROWS = [
    # code, name, actual (决算), budget (预算), rule, weight, published score
    ("C31", "基金收入预算完成率", "91,799,801.60", "94,767,246.66",
     "[100%,105%]: 4; [95%,100%): 3.6; >105%: 4 - 0.4 per 1% ceil; <95%: 3.6 - 0.6 per 1% ceil",
     4, "3.6"),
    ("C32", "基金支出预算完成率", "93,409,520.08", "104,100,094.66",
     "[95%,100%]: 4; (100%,105%]: 3.6; >105%: 3.6 - 0.6 per 1% ceil; <95%: 4 - 0.4 per 1% ceil",
     4, "1.92"),
]
SEED000_PUBLISHED_TOTAL = Decimal("93.99")
SEED000_PUBLISHED_GRADE = "优"


def recompute_seed000(out: TextIO) -> list[tuple[str, Decimal, Decimal]]:
    """Print the comparison; return (code, computed, published) per row."""
    rows = []
    out.write("种子000《2023年华宁县城镇职工基本医疗保险》评分表：按报告自己的数据重算\n")
    out.write(f"{'指标':<6}{'完成率':>10}{'计算得分':>10}{'报告得分':>10}  结论\n")
    delta = Decimal(0)
    for code, name, actual, budget, rule, weight, published in SEED000_ROWS:
        rate = exec_rate(actual, budget)
        score = round_half_up(score_range(rate, rule, weight), 2)
        pub = Decimal(published)
        delta += score - pub
        verdict = "一致" if score == pub else f"不一致：按规则应得 {score}，报告印为 {pub}"
        out.write(f"{code:<6}{rate * 100:>9.2f}%{score:>10}{pub:>10}  {name}：{verdict}\n")
        rows.append((code, score, pub))
    total = SEED000_PUBLISHED_TOTAL + delta
    out.write(
        f"总分：报告 {SEED000_PUBLISHED_TOTAL}（{SEED000_PUBLISHED_GRADE}），"
        f"更正后 {total}（{grade(total)}）\n"
    )
    return rows


def validate_seed000(out_dir: str, out: TextIO) -> int:
    """Type seed 000's published 评分表 (its own numbers and scores) into a workbook,
    validate it, print the findings and write the annotated copy. Returns #errors."""
    from pathlib import Path

    from jixiao.examples import published_table
    from jixiao.templates.spec import load_all_specs
    from jixiao.validation import validate_workbook
    from jixiao.validation.annotate import write_annotated_copy

    spec = next(s for s in load_all_specs() if s.id == "seed000-huaning-zhigong")
    codes = {i.name: i.code for i in spec.indicators() if i.code}
    target = Path(out_dir)
    target.mkdir(parents=True, exist_ok=True)
    path = published_table(spec, target / "种子000_评分表（按报告原样录入）.xlsx")
    report = validate_workbook(path)
    out.write(f"\n按报告原样录入的评分表：{path}\n整表校验结果（总分 {report.total}，等级 {report.grade}）：\n")
    import openpyxl

    ws = openpyxl.load_workbook(path)["评分表"]
    for f in report.findings:
        name = ws[f"D{f.cell[1:]}"].value if f.cell else None
        code = f"（{codes[name]}）" if name in codes else ""
        out.write(f"  [{f.severity.value}] {f.sheet}!{f.cell} {f.check}{code}：{f.message}\n")
    copy = write_annotated_copy(report, target)
    c = report.counts
    out.write(f"共 {c['错误']} 个错误、{c['警告']} 个警告、{c['提示']} 个提示。\n")
    out.write(f"批注副本（含“校验结果”页，问题单元格已标色）：{copy}\n")
    return c["错误"]
