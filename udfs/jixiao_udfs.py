"""jixiao 的 Excel 自定义函数 (xlwings UDFs): SCORE_RANGE, EXEC_RATE, GRADE, RULE_CHECK.

Thin wrappers over the core (``jixiao``): each is ``@xw.func`` over
``@excel_safe``, so bad input gives a ``#JIXIAO! …`` text, never an exception.
Set ``UDF_MODULES`` to ``jixiao_udfs`` in the xlwings settings (a fixed ASCII
module name: never derived from the workbook name). On Linux/macOS xlwings'
decorators are no-ops, so this module imports and can be tested anywhere.
"""

from __future__ import annotations

from typing import Any

import xlwings as xw

import jixiao
from jixiao.udf_support import INTERNAL, column, error_text, excel_safe, scalar, to_excel


def _score_one(value: Any, rule: str, weight: Any) -> Any:
    return jixiao.score_range(value, rule, weight)


@xw.func
@xw.arg("value", ndim=2)
@excel_safe
def SCORE_RANGE(value: Any, rule: Any, weight: Any) -> Any:  # noqa: N802 - Excel name
    """按计分规则计算得分：SCORE_RANGE(业绩值, 计分规则, 分值)；业绩值可为一列区域，返回一列得分。"""
    rule_text = scalar(rule, "rule")
    weight_value = scalar(weight, "weight")
    if not isinstance(rule_text, str) or not rule_text.strip():
        return error_text("计分规则未填写或不是文字", "rule is blank or not text")
    values = column(value)
    if values is None:
        return _score_one(scalar(value, "value"), rule_text, weight_value)
    parsed = jixiao.parse_rule(rule_text)
    results = []
    for v in values:
        try:
            results.append([to_excel(parsed.score(v, weight_value))])
        except jixiao.InputError as e:
            results.append([error_text(e.message_zh, e.message_en)])
        except Exception:
            results.append([INTERNAL])
    return results


@xw.func
@excel_safe
def EXEC_RATE(actual: Any, budget: Any, carryover: Any = 0) -> Any:  # noqa: N802
    """预算执行率：EXEC_RATE(实际支出, 预算数, [结转结余]) = 实际支出 ÷ (预算数 + 结转结余)。"""
    return jixiao.exec_rate(
        scalar(actual, "actual"), scalar(budget, "budget"), scalar(carryover, "carryover")
    )


@xw.func
@excel_safe
def GRADE(total: Any, scheme: Any = None) -> Any:  # noqa: N802
    """评价等级：GRADE(总分, [等级方案如 "90:优;80:良;60:中;0:差"])，默认财预〔2020〕10号。"""
    s = scalar(scheme, "scheme")
    if s is not None and not isinstance(s, str):
        return error_text("等级方案应为文字，如 90:优;80:良;60:中;0:差", "scheme must be text")
    return jixiao.grade(scalar(total, "total"), s or None)


@xw.func
@excel_safe
def RULE_CHECK(rule: Any) -> Any:  # noqa: N802
    """检查计分规则写法：正确返回 OK，否则返回错误位置与原因。"""
    text = scalar(rule, "rule")
    if not isinstance(text, str) or not text.strip():
        return error_text("计分规则未填写或不是文字", "rule is blank or not text")
    result = jixiao.rule_check(text)
    return "OK" if result == "OK" else error_text(result)
