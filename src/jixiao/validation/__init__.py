"""Whole-sheet validation: findings with cell addresses (see ``validate``)."""

from jixiao.validation.findings import CATALOGUE, Finding, Severity
from jixiao.validation.report import Report, TableSummary
from jixiao.validation.validate import validate_loaded, validate_table, validate_workbook

__all__ = ["CATALOGUE", "Finding", "Report", "Severity", "TableSummary", "validate_loaded",
           "validate_table", "validate_workbook"]
