"""Exceptions of jixiao.

A *finding* (a problem in a user's workbook) is never an exception: it is a
``jixiao.validation.Finding`` value. Exceptions mean an operation cannot go on::

    JixiaoError                      (code "jixiao-error")
    ├── InputError                   bad argument text / value from a person
    │   ├── NumberFormatError        "约4.4万件" is not a number
    │   ├── RuleSyntaxError          a rule text does not parse
    │   ├── RuleGapError             no clause of a rule covers the value
    │   ├── ScoringError             a value cannot be scored (e.g. zero denominator)
    │   └── SpecError                an indicator spec (YAML) is invalid
    └── WorkbookError
        ├── WorkbookUnreadable       a file cannot be opened / parsed safely
        └── LayoutNotRecognised      no 评分表 header row found

Messages are Chinese first; ``message_zh`` / ``message_en`` hold the two parts
when both are given.
"""

from __future__ import annotations


class JixiaoError(Exception):
    """Base of all jixiao errors."""

    code = "jixiao-error"

    def __init__(self, message_zh: str, message_en: str = "") -> None:
        self.message_zh = message_zh
        self.message_en = message_en
        text = f"{message_zh} | {message_en}" if message_en else message_zh
        super().__init__(text)


class InputError(JixiaoError, ValueError):
    """A value or text given by a person cannot be used."""

    code = "input-error"


class NumberFormatError(InputError):
    code = "number-format"


class RuleSyntaxError(InputError):
    """A rule text does not parse; ``clause`` and ``position`` point at the problem."""

    code = "rule-syntax"

    def __init__(
        self, message_zh: str, message_en: str = "", clause: int | None = None,
        position: int | None = None,
    ) -> None:
        self.clause = clause
        self.position = position
        super().__init__(message_zh, message_en)


class RuleGapError(InputError):
    """No clause of the rule covers the value (a gap in the published bands)."""

    code = "rule-gap"

    def __init__(self, message_zh: str, message_en: str = "", value: object = None) -> None:
        self.value = value
        super().__init__(message_zh, message_en)


class ScoringError(InputError):
    code = "scoring-error"


class SpecError(InputError):
    code = "spec-error"


class WorkbookError(JixiaoError):
    code = "workbook-error"


class WorkbookUnreadable(WorkbookError):
    code = "workbook-unreadable"


class LayoutNotRecognised(WorkbookError):
    code = "layout-not-recognised"
    #: findings on what could be checked without a 评分表 (the budget lines of a 自评表
    #: that prints no 分值/得分); set by ``validate_workbook``, empty otherwise
    findings: tuple = ()
