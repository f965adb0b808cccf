"""jixiao 的 Excel 自定义函数 (xlwings UDFs): SCORE_RANGE, EXEC_RATE, GRADE, RULE_CHECK.

Thin wrappers over the core (``jixiao``): each is ``@xw.func`` over
``@excel_safe``, so bad input gives a ``#JIXIAO! …`` text, never an exception.
The templates' VBA declares these functions with the fixed module name
``jixiao_udfs`` (xlwings' own ``generate_vba_wrapper`` text, see
``src/jixiao/data/vba/xlwings_udfs.bas``), so no "Import Functions" is needed;
``jixiao excel install`` puts this folder on the xlwings ``PYTHONPATH``.
If the installed xlwings is not the pinned version (``jixiao.vba.pin``) every
function answers a ``#JIXIAO!`` text naming both versions and the fix. On Linux/macOS xlwings'
decorators are no-ops, so this module imports and can be tested anywhere.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

import xlwings as xw

import jixiao
from jixiao.numbers import NOT_APPLICABLE, is_not_applicable
from jixiao.rules.target import scoring_input
from jixiao.udf_support import INTERNAL, column, error_text, excel_safe, scalar, to_excel
from jixiao.vba.pin import version_problem

#: None when the installed xlwings is the pinned one, else the Chinese message
VERSION_PROBLEM = version_problem(getattr(xw, "__version__", None))


def _pinned(f: Callable[..., Any]) -> Callable[..., Any]:
    """Answer the version message instead of running ``f`` under a wrong xlwings."""

    @functools.wraps(f)
    def checked(*args: Any) -> Any:
        if VERSION_PROBLEM:
            return error_text(VERSION_PROBLEM)
        return f(*args)

    return checked


def _score_one(value: Any, rule: str, weight: Any, unit: Any, name: Any, standard: Any) -> Any:
    r = jixiao.parse_rule(rule)
    return jixiao.score_range(scoring_input(value, r, unit, name, standard, weight), r, weight)


@xw.func
@xw.arg("value", ndim=2)
@excel_safe
@_pinned
def SCORE_RANGE(value: Any, rule: Any, weight: Any, unit: Any = None, name: Any = None,  # noqa: N802
                standard: Any = None) -> Any:
    """按计分规则计算得分：SCORE_RANGE(业绩值, 计分规则, 分值, [单位], [指标名称], [评分标准])；业绩值可为一列区域，返回一列得分。
    给出该行单位（如 "万元"）时，带其他单位的业绩值（"150元"）不计分并说明原因；计数行（"例"，或无单位而评分标准写明
    “每发现一例扣…”）的小数不计分；按百分比计分的行的负值不计分，除非评分标准写了负值或指标名称写明为增长率、变动、偏差等。"""
    # the row's unit ("150万元" in a 万元 row is 150; "150元" is refused), then on % bands a number above the core's
    # bound is percent points (75 → 75 %): rules.target.in_row_unit
    rule_text = scalar(rule, "rule")
    weight_value = scalar(weight, "weight")
    unit_text = scalar(unit, "unit")
    name_text = scalar(name, "name")  # the indicator's name: a change (增长率 …) may be negative (p28)
    standard_text = scalar(standard, "standard")  # the 评分标准: "每发现一例" makes a row without a unit count (p30)
    if not isinstance(rule_text, str) or not rule_text.strip():
        return error_text("计分规则未填写或不是文字", "rule is blank or not text")
    values = column(value)
    if values is None:
        return _score_one(scalar(value, "value"), rule_text, weight_value, unit_text, name_text, standard_text)
    # parse and compile the rule once per call, not once per value
    rule_parsed = jixiao.parse_rule(rule_text)
    score = rule_parsed.scorer(weight_value)
    results = []
    for v in values:
        try:
            results.append([to_excel(score(scoring_input(v, rule_parsed, unit_text, name_text, standard_text,
                                                       weight_value)))])
        except jixiao.InputError as e:
            results.append([error_text(e.message_zh, e.message_en)])
        except Exception:
            results.append([INTERNAL])
    return results


@xw.func
@excel_safe
@_pinned
def EXEC_RATE(actual: Any, budget: Any, carryover: Any = 0) -> Any:  # noqa: N802
    """预算执行率：EXEC_RATE(实际支出, 预算数, [结转结余]) = 实际支出 ÷ (预算数 + 结转结余)。"""
    amounts = [scalar(actual, "actual"), scalar(budget, "budget"), scalar(carryover, "carryover")]
    if any(is_not_applicable(a) for a in amounts):
        return NOT_APPLICABLE  # 缺省 in an amount: not applicable, SCORE_RANGE gives full marks
    return jixiao.exec_rate(*amounts)


@xw.func
@excel_safe
@_pinned
def GRADE(total: Any, scheme: Any = None) -> Any:  # noqa: N802
    """评价等级：GRADE(总分, [等级方案如 "90:优;80:良;60:中;0:差"])，默认财预〔2020〕10号。"""
    s = scalar(scheme, "scheme")
    if s is not None and not isinstance(s, str):
        return error_text("等级方案应为文字，如 90:优;80:良;60:中;0:差", "scheme must be text")
    return jixiao.grade(scalar(total, "total"), s or None)


@xw.func
@excel_safe
@_pinned
def RULE_CHECK(rule: Any) -> Any:  # noqa: N802
    """检查计分规则写法：正确返回 OK，否则返回错误位置与原因。"""
    text = scalar(rule, "rule")
    if not isinstance(text, str) or not text.strip():
        return error_text("计分规则未填写或不是文字", "rule is blank or not text")
    result = jixiao.rule_check(text)
    return "OK" if result == "OK" else error_text(result)
