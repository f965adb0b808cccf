"""Rows scored by named levels in a template: a drop-down of the levels, and one text semantics.

Before: the 业绩值 cell of such a row only took a number or 缺省 (Excel's validation stopped
"有专门科室（含兼职人员）"), and a level typed with the printed table's full-width brackets matched in
the engine (NFKC) but not in the portable formula — 10 points in validation, 0 in the workbook.
The client is LibreOffice recalculating the built template; expected scores are hand-read from the
rule (W = 10 for the first level, 2 for the second, 0 otherwise), and the engine must agree.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from openpyxl.utils import get_column_letter

from jixiao.rules.grammar import parse_rule
from jixiao.templates.build import build_workbook, columns_for, level_choices
from jixiao.templates.spec import parse_spec
from tests import lo

# the levels of 专门机构 rows as health 考核 tables print them (fresh16 AC1-2: "有科室但无设备" …),
# in the printed table's full-width brackets
RULE = '"有专门科室（含兼职人员）": W; "无专门科室": 2; *: 0'

SPEC = f"""
id: levels-test
version: 1
title: 等级行测试表
source: 测试（fresh16 AC1 的等级写法）
full: 10
sections:
  - name: 项目管理
    weight: 10
    groups:
      - name: 组织
        weight: 10
        indicators:
          - name: 机构设置
            weight: 10
            scoring: {{kind: rule, rule: '{RULE.replace("'", "''")}'}}
"""


def _built(tmp_path: Path, flavour: str = "portable") -> tuple[Path, str, int]:
    spec = parse_spec(SPEC)
    out = tmp_path / ("t.xlsx" if flavour == "portable" else "t.xlsm")
    result = build_workbook(spec, flavour, out)
    col = {c: get_column_letter(i + 1) for i, c in enumerate(columns_for(spec))}
    top = result.rows[0][0]
    return out, col, top


def test_a_level_row_offers_its_levels_not_a_number(tmp_path):
    out, col, top = _built(tmp_path)
    ws = openpyxl.load_workbook(out)["评分表"]
    cell = f"{col['业绩值']}{top}"
    dvs = [dv for dv in ws.data_validations.dataValidation if cell in str(dv.sqref)]
    assert len(dvs) == 1
    assert dvs[0].type == "list"
    assert dvs[0].formula1 == '"有专门科室(含兼职人员),无专门科室,缺省"'


def test_levels_excel_cannot_hold_as_a_list_get_no_drop_down():
    # i11j keeps a comma inside a level's name ("一致, 无违反"): a list item cannot hold it
    assert level_choices(parse_rule('"一致, 无违反": W; *: 0')) is None
    long = "、".join(["资料齐全"] * 60)  # 299 characters: over Excel's 255 for a list
    assert level_choices(parse_rule(f'"{long}": W; *: 0')) is None
    assert level_choices(parse_rule('"好": W; "较好": 8; "一般": 6; *: 0')) == ["好", "较好", "一般", "缺省"]


def test_a_veto_beside_numeric_bands_gets_no_drop_down():
    # r9 (fresh19 AF1-1): the veto is typed as text, the value otherwise a number — a list would refuse the number
    assert level_choices(parse_rule('"发生伪造涂改": 0; <=0.04%: 2; (0.04%,0.08%]: 1; >0.08%: 0')) is None


# value typed or pasted → score read from RULE by hand (W = 10)
CASES = [
    ("有专门科室（含兼职人员）", 10),     # the printed table's full-width brackets
    ("有专门科室(含兼职人员)", 10),       # as the drop-down writes it
    ("“无专门科室”", 2),                  # pasted with its quotation marks
    (" 无专门科室\u3000", 2),              # stray spaces
    ("有专门科室（含兼職人員）", 0),      # 繁体 is another text in both clients
    ("无专门 科室", 0),                   # a space inside is another text too
]


@pytest.mark.parametrize(("value", "score"), CASES)
def test_engine_scores_levels_as_written_by_hand(value, score):
    assert parse_rule(RULE).score(value, Decimal(10)) == score


#: the texts that name no level: the engine's 否则 gives 0, collect and the sheet refuse them (p26, p27); the names
#: as the parser writes them (NFKC: ASCII brackets)
NOT_A_LEVEL = "#JIXIAO! 业绩值“{}”不是评分标准中的等级（有专门科室(含兼职人员)、无专门科室），无法计分，请填写等级名称"
SHEET_SAYS = {"有专门科室（含兼職人員）": NOT_A_LEVEL.format("有专门科室（含兼職人員）"),
              "无专门 科室": NOT_A_LEVEL.format("无专门 科室")}


@pytest.mark.libreoffice
def test_libreoffice_scores_each_typed_level_as_the_engine(tmp_path):
    out, col, top = _built(tmp_path)
    results = {}
    for k, (value, _score) in enumerate(CASES):
        wb = openpyxl.load_workbook(out)
        wb["评分表"][f"{col['业绩值']}{top}"].value = value
        filled = tmp_path / f"filled{k}.xlsx"
        wb.save(filled)
        recalced = lo.recalc(filled, tmp_path / f"lo{k}")
        results[value] = openpyxl.load_workbook(recalced, data_only=True)["评分表"][f"{col['得分']}{top}"].value
    for value, score in CASES:
        if value in SHEET_SAYS:
            assert results[value] == SHEET_SAYS[value], value
        else:
            assert results[value] == pytest.approx(score), value


# r9's veto beside bands (fresh19 AF1-1's shape), W = 2: the value is a rate, typed as text or as a number, or the
# veto's words. By hand: 0.03% ≤ 0.04% → 2; 0.06% in (0.04%, 0.08%] → 1; 0.1% > 0.08% → 0; the veto → 0
VETO_RULE = '"发生伪造涂改": 0; <=0.04%: 2; (0.04%,0.08%]: 1; >0.08%: 0'
VETO_CASES = [("0.03%", 2), (0.0003, 2), ("0.0003", 2), ("0.06%", 1), (0.001, 0), ("发生伪造涂改", 0)]


@pytest.mark.libreoffice
def test_libreoffice_scores_a_veto_beside_bands_as_the_engine(tmp_path):
    spec = parse_spec(SPEC.replace(RULE.replace("'", "''"), VETO_RULE).replace("weight: 10", "weight: 2")
                      .replace("full: 10", "full: 2"))
    out = tmp_path / "veto.xlsx"
    top = build_workbook(spec, "portable", out).rows[0][0]
    col = {c: get_column_letter(i + 1) for i, c in enumerate(columns_for(spec))}
    for k, (value, score) in enumerate(VETO_CASES):
        # (a number is asked as the number the cell holds: text "0.001" on a % rule is 0.1 % or 0.001 % since p36)
        asked = value if isinstance(value, str) else Decimal(str(value))
        assert parse_rule(VETO_RULE).score(asked, Decimal(2)) == score
        wb = openpyxl.load_workbook(out)
        wb["评分表"][f"{col['业绩值']}{top}"].value = value
        filled = tmp_path / f"veto{k}.xlsx"
        wb.save(filled)
        recalced = lo.recalc(filled, tmp_path / f"vlo{k}")
        got = openpyxl.load_workbook(recalced, data_only=True)["评分表"][f"{col['得分']}{top}"].value
        assert got == pytest.approx(score), value
