"""jixiao (绩效): scoring rules, templates and whole-sheet validation for 评分表.

The public API::

    parse_number("96.87%")                    -> Decimal("0.9687")
    parse_rule(">=95%: 5; <95%: 5 - 1 per 1% ceil") -> Rule
    score_range(value, rule, weight)          -> Decimal
    exec_rate(actual, budget, carryover=0)    -> Decimal
    grade(total, scheme=None, full=100)       -> "优" / "良" / "中" / "差"
"""

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
from jixiao.rules.grammar import parse_rule, rule_check
from jixiao.rules.model import Rule
from jixiao.scoring import score_range

__version__ = "0.1.0"

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
    "exec_rate",
    "grade",
    "parse_number",
    "parse_rule",
    "rule_check",
    "score_range",
]
