import ast
from pathlib import Path

import jixiao

SRC = Path(jixiao.__file__).parent


def test_public_names_are_pinned():
    assert sorted(jixiao.__all__) == sorted(
        [
            "NATIONAL_2020", "InputError", "JixiaoError", "NumberFormatError", "Rule",
            "RuleGapError", "RuleSyntaxError", "ScoringError", "SpecError", "WorkbookError",
            "WorkbookUnreadable", "collect", "exec_rate", "grade", "parse_number", "parse_rule",
            "rule_check", "score_range", "read_rule_text", "validate_workbook", "main",
            "validate_caller",
        ]
    )
    for name in jixiao.__all__:
        assert hasattr(jixiao, name), name


def test_core_imports_no_excel_glue():
    """Only excel_glue.py talks to xlwings (lazily); click only in the CLI."""
    for path in SRC.rglob("*.py"):
        if path.name == "excel_glue.py":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            for n in names:
                assert not n.startswith("xlwings"), f"{path} imports {n}"
                if path.name != "__init__.py":
                    assert n != "jixiao.excel_glue", f"{path} imports the Excel glue"
                if path.name not in ("cli.py", "cli_zh.py", "__main__.py"):  # cli_zh: the CLI's Chinese
                    assert not n.startswith("click"), f"{path} imports {n}"
