"""jixiao (绩效): scoring rules, templates and whole-sheet validation for 评分表.

The public API::

    parse_number("96.87%")                    -> Decimal("0.9687")
    parse_rule(">=95%: 5; <95%: 5 - 1 per 1% ceil") -> Rule
    score_range(value, rule, weight)          -> Decimal
    exec_rate(actual, budget, carryover=0)    -> Decimal
    grade(total, scheme=None, full=100)       -> "优" / "良" / "中" / "差"
"""

from jixiao import collect as collect  # callable: jixiao.collect(folder, roster=None) -> DataFrames
from jixiao._version import __version__ as __version__
from jixiao.errors import (
    InputError,
    JixiaoError,
    NumberFormatError,
    RuleGapError,
    RuleSyntaxError,
    ScoringError,
    SpecError,
    WorkbookError,
    WorkbookUnreadable,
)
from jixiao.grading import NATIONAL_2020, grade
from jixiao.numbers import parse_number
from jixiao.ratios import exec_rate
from jixiao.rules.chinese import read_rule_text
from jixiao.rules.grammar import parse_rule, rule_check
from jixiao.rules.model import Rule
from jixiao.scoring import score_range
from jixiao.validation import validate_workbook


def validate_caller() -> object:
    """按钮入口：校验调用它的工作簿并写入“校验结果”页（Excel 中由模板按钮调用）。"""
    from jixiao.excel_glue import validate_caller as run

    return run()


def main() -> object:
    """功能区入口：校验当前工作簿（jixiao.xlam 的“校验整表”按钮调用 jixiao.main()）。"""
    from jixiao.excel_glue import main as run

    return run()


__all__ = [
    "NATIONAL_2020",
    "InputError",
    "JixiaoError",
    "NumberFormatError",
    "Rule",
    "RuleGapError",
    "RuleSyntaxError",
    "ScoringError",
    "SpecError",
    "WorkbookError",
    "WorkbookUnreadable",
    "collect",
    "exec_rate",
    "grade",
    "parse_number",
    "main",
    "parse_rule",
    "read_rule_text",
    "rule_check",
    "score_range",
    "validate_caller",
    "validate_workbook",
]
