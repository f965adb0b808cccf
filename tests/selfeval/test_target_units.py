"""A 实际完成值 typed with its own unit beside a 指标值 in 万元 ("95万元" beside "≤90万元").

Session 28: the number reader reads "95万元" as 950000 (元) while the target "≤90万元" is read as 90 (its unit,
万元), so validation compared 950000 with 90: a cost of 95万元 against a cap of 90万元 was said to deserve 0 instead
of 90/95 × 分值, and 85万元 (under the cap: full marks) was said to deserve 0 too. Published tables write values so
(the 棠溪镇 table's own 年度总体目标 says "完成预算资金89.97万元"). The value is now put on the target's scale.

Source of the table: 池州市贵池区棠溪镇人民政府 项目支出绩效自评表（2022年度）委托业务项目 (tests/selfeval/tables.py
TANGXI), row 项目总成本 "≤90万元", 分值 8, printed 实际完成值 90 and 得分 8 (F17/H17). Expected scores are the
national default rule (反向: 指标值 ÷ 实际值 × 分值, not above 分值) by hand.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from jixiao.numbers import number_in_unit, unit_multiplier
from jixiao.rules.target import actual_in_target_unit, parse_target
from jixiao.validation import validate_workbook
from tests.selfeval.tables import TANGXI

COST = "H17"


@pytest.mark.parametrize(("typed", "score", "expected"), [
    ("89.974万元", 8, None),       # under the cap (the table's own 执行数): full marks, as printed
    ("85万元", 8, None),           # under the cap: full marks (was: "应得 0")
    ("850000元", 8, None),         # the same amount in 元
    ("95万元", 7.58, None),        # over the cap: 90 ÷ 95 × 8 = 7.5789… → 7.58
    ("95万元", 8, "7.58"),         # full marks over the cap: a slip (was: "应得 0")
    ("0.0095亿元", 8, "7.58"),     # 95万元 in 亿元
    (95, 8, "7.58"),               # a bare number is in the row's unit (万元), as before
])
def test_a_value_with_its_own_unit_is_compared_on_the_targets_scale(tmp_path, typed, score, expected):
    path = TANGXI.save(tmp_path / "t.xlsx", corrected=True, changes={"F17": typed, COST: score})
    found = [f for f in validate_workbook(path).findings if f.cell == COST]
    if expected is None:
        assert found == [], [f.message for f in found]
    else:
        (f,) = found
        assert f.expected == expected and "实际完成值 95，" in f.message, f.message


def test_number_in_unit_by_hand():
    assert unit_multiplier("万元") == (4, "元") and unit_multiplier("千克") == (0, "千克")
    assert number_in_unit("95万元", "万元") == Decimal(95)
    assert number_in_unit("95万", "万元") == Decimal(95)
    assert number_in_unit("1,200,000元", "万元") == Decimal(120)
    assert number_in_unit("2.5万人", "万人") == Decimal("2.5")
    assert number_in_unit("25000人", "万人") == Decimal("2.5")
    # nothing to convert: bare numbers, other kinds of unit, targets without a multiplier, percentages
    assert number_in_unit("95", "万元") is None
    assert number_in_unit("95万人", "万元") is None
    assert number_in_unit("95万元", "元") is None
    assert number_in_unit("95%", "万元") is None
    assert number_in_unit("约95万元", "万元") is None


def test_actual_in_target_unit_keeps_percent_and_plain_units():
    t = parse_target("≥95%")
    assert actual_in_target_unit("96%", Decimal("0.96"), t) == Decimal("0.96")
    assert actual_in_target_unit(96, Decimal(96), t) == Decimal("0.96")
    t = parse_target("≥50个")
    assert actual_in_target_unit("52个", Decimal(52), t) == Decimal(52)
    t = parse_target("≤90万元")
    assert actual_in_target_unit("95万元", Decimal(950000), t) == Decimal(95)
    assert actual_in_target_unit(95, Decimal(95), t) == Decimal(95)


# --------------------------------------------------------------------------- our templates
# selfeval-national's 项目总成本 row is "≤90万元", 分值 10 (workbook_templates/specs/selfeval-national.yaml):
# 95万元 → 10 × 90 ÷ 95 = 9.473684…

def _national_row(tmp_path, value):
    from tests.selfeval.test_templates import AT, NATIONAL, _build

    res = _build(NATIONAL, {**AT, "项目总成本": value}, "portable", tmp_path / "t.xlsx")
    path = next(i.path for i in NATIONAL.indicators() if i.name == "项目总成本")
    return res, next(c for _r, p, c in res.rows if p == path)


@pytest.mark.parametrize("given", ["95万元", 95, "950000元"])
def test_a_prefilled_value_with_its_unit_is_written_in_the_rows_unit(tmp_path, given):
    import openpyxl

    res, cell = _national_row(tmp_path, given)
    ws = openpyxl.load_workbook(res.path, data_only=True)["评分表"]
    assert ws[cell].value == pytest.approx(10 * 90 / 95, abs=1e-9)
    row = ws[cell].row
    assert 95 in [ws.cell(row, c).value for c in range(1, ws.max_column + 1)]  # the 实际完成值 cell holds 95


@pytest.mark.libreoffice
@pytest.mark.parametrize(("pasted", "expected"), [("95万元", 10 * 90 / 95), ("40人", None)])
def test_text_pasted_past_the_check_is_scored_by_the_sheet_as_by_collect(tmp_path, pasted, expected):
    """Text pasted into 实际完成值 (the cell's check stops typing, not pasting): "95万元" is 95 on the 指标值's scale
    (万元) for the sheet and collect alike (was: the sheet refused it, collect scored it); "40人" cannot be put on
    it: the sheet shows a prompt instead of a score and collect does not score it (task p6)."""
    import json
    import shutil

    import openpyxl
    from click.testing import CliRunner

    from jixiao.cli import cli
    from tests import lo

    if lo.SOFFICE is None:
        pytest.skip("LibreOffice not installed")
    res, cell = _national_row(tmp_path, 90)
    wb = openpyxl.load_workbook(res.path)
    ws = wb["评分表"]
    row = ws[cell].row
    col = next(c.column for r in ws.iter_rows(max_row=row) for c in r if c.value == "实际完成值")
    assert ws.cell(row, col).value == 90
    ws.cell(row, col).value = pasted
    wb.save(tmp_path / "typed.xlsx")
    again = lo.recalc(tmp_path / "typed.xlsx", tmp_path / "lo")
    shown = openpyxl.load_workbook(again, data_only=True)["评分表"][cell].value
    if expected is None:
        assert isinstance(shown, str) and "单位（万元）" in shown, shown
    else:
        assert shown == pytest.approx(expected, abs=1e-9), shown
    back = tmp_path / "back"
    back.mkdir()
    shutil.copy(again, back / "甲县.xlsx")
    out = CliRunner().invoke(cli, ["collect", str(back), "--out", str(tmp_path / "s.xlsx"),
                                   "--json", str(tmp_path / "s.json")])
    (f,) = json.loads((tmp_path / "s.json").read_text(encoding="utf-8"))["files"]
    rows = {x["name"]: x["verified"] for x in f["verified"]["rows"]}
    assert rows["项目总成本"] == (None if expected is None else pytest.approx(expected, abs=1e-9)), out.output
    assert f"评分表!{cell}  [verified-differs]" not in out.output, out.output


# --------------------------------------------------------------------------- a rule row on its own 指标值

def test_a_target_with_a_multiplier_reads_in_its_printed_unit_signed_or_not():
    from jixiao.rules.grammar import parse_rule

    rule = parse_rule(">=T: W; *: 0")
    # before: "≥90万元" → 90 but "90万元" → 900000 (so 95 typed beside "90万元" scored 0)
    assert rule.target_number("≥90万元") == rule.target_number("90万元") == Decimal(90)
    assert rule.score(95, 10, "90万元") == 10 and rule.score(85, 10, "≥90万元") == 0


@pytest.mark.libreoffice
@pytest.mark.parametrize("target", ["90万元", "≥90万元"])
def test_a_rule_row_on_a_target_in_wan_scores_values_in_wan(tmp_path, target, monkeypatch):
    """"完成得基本分,未完成的不得分" beside "90万元" (corpus shape P5-4; the 指标值 in 万元): a bureau types 95 (万元)
    → 10, 85 → 0 (hand: 95 ≥ 90, 85 < 90); a prefilled "95万元" is written as 95; "85万元" pasted as text is 85 (万元)
    for the sheet and collect alike: 0 (85 < 90; was: refused by the sheet, task p6)."""
    import json
    import shutil

    import openpyxl
    from click.testing import CliRunner

    from jixiao.cli import cli
    from jixiao.templates.authoring import new_template
    from jixiao.templates.build import Filled, build_workbook
    from tests import lo
    from tests.authoring.helpers import write_table_xlsx

    if lo.SOFFICE is None:
        pytest.skip("LibreOffice not installed")
    src = write_table_xlsx(tmp_path / "t.xlsx", "评分表", ["三级指标", "指标值", "评分标准", "分值"],
                           [["资金规模", target, "完成得基本分,未完成的不得分。", 10]])
    res = new_template(src, tmp_path / "spec", spec_id="wan")
    assert res.spec is not None, res.spec_error
    (ind,) = res.spec.indicators()
    assert ind.scoring.rule == ">=T: W; *: 0"
    cases = [(95, 10), ("95万元", 10), (85, 0), ("850000元", 0)]
    built = [build_workbook(res.spec, "portable", tmp_path / f"c{k}.xlsx", Filled(values={ind.path: v}))
             for k, (v, _e) in enumerate(cases)]
    again = lo.recalc_many([b.path for b in built], tmp_path / "lo")
    for b, (v, expected) in zip(built, cases, strict=True):
        lo_path = again[b.path]
        (_r, _p, cell), = b.rows
        for path in (b.path, lo_path):
            assert openpyxl.load_workbook(path, data_only=True)["评分表"][cell].value == expected, (v, path)
    # pasted as text past the cell's check
    wb = openpyxl.load_workbook(built[0].path)
    ws = wb["评分表"]
    (_r, _p, cell), = built[0].rows
    col = next(c.column for r in ws.iter_rows(max_row=ws[cell].row) for c in r if c.value == "业绩值")
    ws.cell(ws[cell].row, col).value = "85万元"
    wb.save(tmp_path / "typed.xlsx")
    typed = lo.recalc(tmp_path / "typed.xlsx", tmp_path / "lo2")
    shown = openpyxl.load_workbook(typed, data_only=True)["评分表"][cell].value
    assert shown == 0, shown
    from jixiao.templates.spec import default_specs_dir

    monkeypatch.setenv("JIXIAO_SPECS_DIR", str(default_specs_dir()))  # --specs sets it process-wide: undone after
    specs = tmp_path / "specs"
    specs.mkdir()
    shutil.copy(res.spec_path, specs / "wan.yaml")
    back = tmp_path / "back"
    back.mkdir()
    shutil.copy(typed, back / "甲县.xlsx")
    out = CliRunner().invoke(cli, ["collect", str(back), "--specs", str(specs), "--out", str(tmp_path / "s.xlsx"),
                                   "--json", str(tmp_path / "s.json")])
    (f,) = json.loads((tmp_path / "s.json").read_text(encoding="utf-8"))["files"]
    assert f["verified"]["basis"].startswith("按下发的"), f["verified"]  # scored by the issued rule, not the sheet's
    assert [x["verified"] for x in f["verified"]["rows"]] == [0], out.output
