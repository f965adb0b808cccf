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
