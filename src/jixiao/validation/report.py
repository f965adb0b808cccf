"""The validation report: findings plus a summary per table and per file."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from jixiao.validation.findings import Finding, Severity


@dataclass
class TableSummary:
    sheet: str
    title: str | None
    total: Decimal | None
    total_cell: str
    grade: str | None  # as stated in the table
    computed_grade: str | None  # from the total
    #: (label, weight, score) of every indicator row, in order
    indicators: list[tuple[str, Decimal | None, Decimal | None]] = field(default_factory=list)


@dataclass
class Report:
    """What ``validate_workbook`` returns for one file."""

    path: str
    findings: list[Finding] = field(default_factory=list)
    tables: list[TableSummary] = field(default_factory=list)
    template_id: str | None = None
    template_version: str | None = None
    bureau: str | None = None
    year: str | None = None
    error: str | None = None  # the file could not be read (Chinese reason)
    saved: str | None = None  # when the workbook says it was last saved (ISO 8601; which of a bureau's returns counts)

    @property
    def counts(self) -> dict[str, int]:
        c = Counter(f.severity.value for f in self.findings)
        return {s.value: c.get(s.value, 0) for s in Severity}

    @property
    def errors(self) -> list[Finding]:
        return [f for f in self.findings if f.severity is Severity.ERROR]

    @property
    def ok(self) -> bool:
        return self.error is None and not self.errors

    @property
    def total(self) -> Decimal | None:
        return self.tables[0].total if self.tables else None

    @property
    def grade(self) -> str | None:
        if not self.tables:
            return None
        t = self.tables[0]
        return t.grade or t.computed_grade

    def rows(self, fields: tuple[str, ...] = ("cell", "check")) -> list[tuple[Any, ...]]:
        """A projection of the findings for tests: ``[("I29", "score-mismatch"), ...]``."""
        return [tuple(getattr(f, name) for name in fields) for f in self.findings]

    def summary(self) -> dict[str, Any]:
        counts = self.counts  # one pass over the findings, not one per severity (p42's profile of the roster bench)
        return {
            "total": _num(self.total),
            "grade": self.grade,
            "computed_grade": self.tables[0].computed_grade if self.tables else None,
            "errors": counts[Severity.ERROR.value],
            "warnings": counts[Severity.WARNING.value],
            "infos": counts[Severity.INFO.value],
            "tables": len(self.tables),
            "template_id": self.template_id,
            "template_version": self.template_version,
            "bureau": self.bureau,
            "year": self.year,
        }

    def to_dict(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "error": self.error,
            "summary": None if self.error else self.summary(),
            "findings": [f.as_dict() for f in self.findings],
        }


def _num(v: Decimal | None) -> float | None:
    return None if v is None else float(v)
