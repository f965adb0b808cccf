"""Red team (p17): the UDFs with what a worksheet really passes them. Expected answers from the rule text and
hand arithmetic: C11 ">=95%: 5; <95%: 5 - 1 per 1% ceil" — 94% loses 1 point (4), 90% loses 5 (0)."""

from __future__ import annotations

import jixiao_udfs as udfs
import pytest

C11 = ">=95%: 5; <95%: 5 - 1 per 1% ceil"


@pytest.mark.parametrize(("call", "need", "given"), [
    (lambda: udfs.SCORE_RANGE(0.94), "3～6", 1),
    (lambda: udfs.SCORE_RANGE(0.94, C11, 5, "%", "率", "", 1), "3～6", 7),  # unit (p24), name (p28), 评分标准 (p30)
    (lambda: udfs.EXEC_RATE(1012.41), "2～3", 1),
    (lambda: udfs.EXEC_RATE(1, 2, 3, 4), "2～3", 4),
    (lambda: udfs.GRADE(), "1～2", 0),
    (lambda: udfs.RULE_CHECK(), "1", 0),
])
def test_wrong_argument_count_says_so_in_chinese(call, need, given) -> None:
    # Before: "#JIXIAO! 内部错误，详见日志" and a TypeError traceback in the log
    out = call()
    assert out.startswith("#JIXIAO! 参数个数不对") and f"需要 {need} 个参数" in out and f"实际给了 {given} 个" in out


@pytest.mark.parametrize(("args", "label"), [((-95, -100), "实际支出"), ((95, -100), "预算数"),
                                             ((95, 100, -1), "结转结余")])
def test_negative_amounts_are_refused(args, label) -> None:
    # Before: -95 ÷ -100 = 0.95 → SCORE_RANGE gave full marks; 95 ÷ -100 = -95%
    out = udfs.EXEC_RATE(*args)
    assert isinstance(out, str) and out.startswith("#JIXIAO!") and f"{label}为负数" in out
    assert udfs.SCORE_RANGE(out, C11, 5).startswith("#JIXIAO!")  # the error carries on, never a score


def test_what_cells_hold() -> None:
    # full-width digits and signs, units, text numbers: read as numbers (protecting)
    assert udfs.SCORE_RANGE("９４％", C11, "５") == 4.0
    assert udfs.SCORE_RANGE(" 94 % ", C11, "5分") == 4.0
    assert udfs.SCORE_RANGE(0.9, C11, 5) == 0.0
    assert abs(udfs.EXEC_RATE("１，０１２.４１", "1060") - 0.955104) < 1e-6
    assert udfs.GRADE("９３.５") == "优"
    # an error value, a logical value, a date, NaN: a Chinese reason per cell, the other cells scored
    out = udfs.SCORE_RANGE([["#N/A"], [True], [float("nan")], [0.96], [None]], C11, 5)
    assert [r[0] for r in out][3] == 5.0
    for cell, word in zip((r[0] for r in out), ("#N/A", "逻辑值", "有限数字", None, "未填写"), strict=True):
        if word is not None:
            assert cell.startswith("#JIXIAO!") and word in cell, cell
    assert udfs.SCORE_RANGE([], C11, 5) == []  # an empty range: nothing to score


@pytest.mark.parametrize("weight", [-5, float("nan"), float("inf"), "五", None, [[5], [5]]])
def test_bad_weight_for_a_column_is_one_message(weight) -> None:
    out = udfs.SCORE_RANGE([[0.94], [0.96]], C11, weight)
    assert isinstance(out, str) and out.startswith("#JIXIAO!") and "内部错误" not in out


@pytest.mark.parametrize(("scores", "grade"), [
    ([8.03, 9.98, 9.95, 8.92, 9.5, 9.51, 9.71, 9.89, 9.52, 4.99], "优"),  # add up to 90.00
    ([9.4, 4.05, 9.17, 9.73, 6.15, 5.18, 9.66, 9.64, 9.81, 7.21], "良"),  # 80.00
    ([8.12, 2.72, 8.28, 8.81, 8.04, 4.02, 4.82, 8.35, 5.55, 1.29], "中"),  # 60.00
])
def test_grade_of_a_spreadsheet_sum_on_a_bound(scores, grade) -> None:
    # Before: the sheet's SUM is 89.99999999999999 (shown as 90.00) and GRADE said 良 — one grade too low
    total = 0.0
    for s in scores:  # as a spreadsheet's SUM adds them
        total += s
    assert total < sum(int(round(s * 100)) for s in scores) / 100  # the binary noise is there
    assert udfs.GRADE(total) == grade


def test_grade_of_a_sum_a_hair_over_full_marks() -> None:
    assert udfs.GRADE(100.00000000000001) == "优"  # was "#JIXIAO! 总分 100.00000000000001 超出 0～100"
    assert udfs.GRADE(100.01).startswith("#JIXIAO!")  # a real excess is still refused
    assert udfs.GRADE(89.9999) == "良"  # a total a ten-thousandth short is short
