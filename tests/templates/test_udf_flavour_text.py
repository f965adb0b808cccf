"""The 宏版 (.xlsm, udf flavour) reads checklist, 定性 and 定量 target inputs as the engine does.

Both flavours read these inputs through the hidden helper sheet 计算辅助 (trimmed,
full-width → half-width, whitespace-only → blank), so a stray space gives the same
result in the 宏版 as in the portable template and in the engine. The client is the
`formulas` engine with our UDFs registered (tests/formulas_eval.py); expected values
are hand arithmetic of the engine's stated semantics, and the engine functions
(checklist_cached / target_cached / qualitative_check) must agree with them.
"""

from __future__ import annotations

from decimal import Decimal

import openpyxl
import pytest
from openpyxl.utils import get_column_letter

from jixiao.templates import cell_text
from jixiao.templates.build import build_workbook, checklist_cached, columns_for
from jixiao.templates.selfeval_rows import qualitative_check, target_cached
from jixiao.templates.spec import load_all_specs
from tests.formulas_eval import evaluate


def _spec(sid):
    return next(s for s in load_all_specs() if s.id == sid)


def _fill(spec, tmp_path, values):
    """Build the blank 宏版 of ``spec``, write ``values`` {(code or path, row offset, column
    key): value}, return (evaluated values, top row by indicator, column letters)."""
    blank = tmp_path / f"{spec.id}.xlsm"
    result = build_workbook(spec, "udf", blank)
    wb = openpyxl.load_workbook(blank)
    assert cell_text.HELPER_SHEET in wb.sheetnames  # the 宏版 carries the helper sheet too
    top = {p: r for r, p, _ in result.rows}
    col = {c: get_column_letter(i + 1) for i, c in enumerate(columns_for(spec))}
    inds = {i.code or i.path: i for i in spec.indicators()}
    for (key, dr, c), v in values.items():
        wb["评分表"][f"{col[c]}{top[inds[key].path] + dr}"].value = v
    filled = tmp_path / f"{spec.id}-filled.xlsx"
    wb.save(filled)
    got = evaluate(filled)

    def at(key, dr, c):
        v = got.get(f"评分表!{col[c]}{top[inds[key].path] + dr}")
        return "" if v is None else v

    return at, inds


def test_checklist_items_with_spaces_count_as_answers(tmp_path):
    spec = _spec("seed000-huaning-zhigong")
    answers = {
        # A21 (5 分: 2 + 2 + 1): "是 " and "　是" are 是 → 2 + 2 + 0 = 4, 2/3项
        "A21": ["是 ", "\u3000是", "否"],
        # B11 (3 分): an item holding only a space is unanswered → the row stays blank
        # (COUNTA on the raw cells would count it and show a score)
        "B11": ["是\t", " ", "是"],
        # B21 (4 分, 1 each): 是, "否　", "是 ", 是 → 1 + 0 + 1 + 1 = 3, 3/4项
        "B21": ["是", "否\u3000", "是 ", "是"],
    }
    values = {(code, 1 + k, "业绩值"): a for code, items in answers.items()
              for k, a in enumerate(items)}
    at, inds = _fill(spec, tmp_path, values)
    expected = {"A21": (4, "2/3项"), "B11": ("", ""), "B21": (3, "3/4项")}
    for code, (score, met) in expected.items():
        ind = inds[code]
        engine = checklist_cached(ind.scoring.items, ind.weight, answers[code])
        assert (engine[0] if engine[0] is not None else "", engine[1] or "") == (score, met), code
        assert at(code, 0, "得分") == (pytest.approx(score) if score != "" else ""), code
        assert at(code, 0, "业绩值") == met, code


def test_target_and_qualitative_rows_read_trimmed_full_width_text(tmp_path):
    spec = _spec("selfeval-national")
    inds = list(spec.indicators())
    targets = [i for i in inds if i.scoring.kind == "target"]
    quals = [i for i in inds if i.scoring.kind == "qualitative"]
    by_target = {i.target: i for i in targets}
    t50, t95 = by_target["≥50个"], by_target["≥95%"]
    values = {
        # ≥50个, 10 分: "５０ " reads 50 ≥ 50 → 10
        (t50.path, 0, "业绩值"): "５０ ",
        # ≥95%, 10 分: " 95% " reads 95% ≥ 95% → 10
        (t95.path, 0, "业绩值"): " 95% ",
        # 定性 10 分: " 达 成 " reads 达成; 10 is within the 达成 band → ✓
        (quals[0].path, 0, "业绩值"): " 达 成 ",
        (quals[0].path, 0, "得分"): 10,
        # "基本达成" is none of 达成/部分达成/未达成 → 请选择完成情况
        (quals[1].path, 0, "业绩值"): "基本达成",
        (quals[1].path, 0, "得分"): 5,
    }
    at, _ = _fill(spec, tmp_path, values)
    for ind, raw in ((t50, "５０ "), (t95, " 95% ")):
        assert Decimal(str(target_cached(ind, raw))) == 10, ind.target
        assert at(ind.path, 0, "得分") == pytest.approx(10), ind.target
    assert qualitative_check(quals[0].weight, " 达 成 ", 10) == "✓"
    assert at(quals[0].path, 0, "校验") == "✓"
    assert qualitative_check(quals[1].weight, "基本达成", 5) == "请选择完成情况"
    assert at(quals[1].path, 0, "校验") == "请选择完成情况"
