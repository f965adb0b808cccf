"""核定 of a hand-made 自评表's 预算执行率 row and of a table whose printed weights do not add up (session 31).

Before: collect's 核定 kept the printed 预算执行率 得分 that validation proved wrong (零陵区林业局: 10 kept, validation's
budget-score said 8.04) and gave a 核定 total (76, 中) for a table whose weights add up to 78 — a total validation
itself refuses to give. Expected values are hand arithmetic on the amounts the tables print.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import openpyxl

from jixiao.collect import check_one
from tests.selfeval.tables import LINGLING, SCORED


def test_lingling_budget_row_is_scored_by_the_national_rule_and_no_total_is_given(tmp_path: Path) -> None:
    # 零陵区林业局 自评表 (source in tests/selfeval/tables.py): 全年执行数 3824.26 ÷ 全年预算数 4753.66 = 80.45 %,
    # × 分值 10 = 8.0449 (the table prints 10); its rows' weights add up to 78, not 100 (效益指标 注明 30, rows 18)
    LINGLING.save(tmp_path / "零陵.xlsx")
    c = check_one(tmp_path / "零陵.xlsx")
    v = c.verified
    assert v is not None
    budget = v.rows[0]
    assert budget.name == "预算执行率" and budget.reported == 10
    assert budget.verified == Decimal("3824.26") / Decimal("4753.66") * 10
    assert {f.check for f in c.report.errors} >= {"budget-score", "total-weight"}
    assert v.total is None and v.grade is None  # as validation: the weights say the sum is no total


def test_a_wrong_budget_score_in_a_complete_table_is_replaced_in_the_total(tmp_path: Path) -> None:
    # 廊坊市食品工程学校 自评表 (SCORED[6], source in tests/selfeval/tables.py): 37.24 ÷ 43.2 × 10 = 8.6204, printed
    # 8.62 (kept: it rounds the rule's score); the other rows add up to 97.62 − 8.62 = 89.00
    path = tmp_path / "廊坊.xlsx"
    SCORED[6].save(path, corrected=True)
    assert check_one(path).verified.total == Decimal("97.62")  # the printed score stands
    wb = openpyxl.load_workbook(path)
    ws = wb.active
    assert ws["B6"].value == "年度资金总额" and ws["H6"].value == 8.62
    ws["H6"] = 10  # a bureau gives itself full marks for 86 % executed
    wb.save(path)
    c = check_one(path)
    assert "budget-score" in {f.check for f in c.report.errors}
    expected = Decimal("89.00") + Decimal("37.24") / Decimal("43.2") * 10
    assert c.verified.rows[0].verified == Decimal("37.24") / Decimal("43.2") * 10
    assert c.verified.total == expected and c.verified.grade == "优"  # 89.00 + 8.6204 = 97.6204 ≥ 90
