"""Rule rows that refer to their own 指标值 (``T``): "完成得基本分，未完成的不得分" beside a target.

Session 27: the reader reads such a row (P5-4, AG18-1 of the rule corpus) as a rule on the row's
target, ``templates new`` wrote it into the spec, and every later step crashed with a Python
traceback ("rule refers to the target T"): ``templates build``, ``distribute`` (portable and
udf). Now the score formula carries the row's target number (native in both flavours: the
SCORE_RANGE UDF takes no target), collect scores the row on the issued 指标值, and a spec whose
rule refers to T on a row without a numeric 指标值 is refused with a Chinese message.

Expected scores are hand arithmetic from the printed rules (the corpus comments), checked in
LibreOffice's recalculation of the filled templates.
"""

from __future__ import annotations

import json

import openpyxl
import pytest

from jixiao.errors import SpecError
from jixiao.rules.grammar import parse_rule
from jixiao.templates.authoring import new_template
from jixiao.templates.build import Filled, build_workbook
from jixiao.templates.spec import parse_spec
from tests import lo
from tests.authoring.helpers import write_table_xlsx

HEADER = ["三级指标", "指标值", "评分标准", "分值"]
ROWS = [
    # https://wddqxz.cn/c8b3cfd90266f5335a8102d276a20029bc646330.html — 临安区机关、事业单位垃圾分类日常检查细则
    # (corpus AG18-1): target 投放准确率达到 90%
    ["投放准确率", "≥90%", "投放准确率不达标, 每降低1%,扣2分。", 30],
    # http://www.holdmm.net/html/text/lar/173362/17336259_2.html — 衢州市村镇建设考核指标与评分标准
    # (corpus P5-4): 建设镇级污水处理设施 6 座
    ["镇级污水处理设施", "6", "完成得基本分,未完成的不得分。", 10],
]
# (row, 业绩值, score by hand)
CASES = [
    ("投放准确率", 0.95, 30),  # above the target: full marks
    ("投放准确率", 0.90, 30),  # at the target
    ("投放准确率", 0.89, 28),  # 1 point below: 30 − 2
    ("投放准确率", 0.85, 20),  # 5 points below: 30 − 10
    ("投放准确率", 0.75, 0),   # 15 points below: 30 − 30
    ("投放准确率", 0.70, 0),   # 20 points below: not below 0
    ("镇级污水处理设施", 7, 10),
    ("镇级污水处理设施", 6, 10),
    ("镇级污水处理设施", 5, 0),
]


@pytest.fixture(scope="module")
def authored(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("rule-target")
    src = write_table_xlsx(tmp / "t.xlsx", "垃圾分类与村镇建设评分表", HEADER, ROWS)
    res = new_template(src, tmp / "spec", spec_id="rule-target")
    assert res.spec is not None and res.spec_path is not None, res.spec_error
    return res


@pytest.fixture(scope="module")
def spec(authored):
    return authored.spec


@pytest.fixture(scope="module")
def spec_path(authored):
    return authored.spec_path


def test_the_rows_read_as_rules_on_their_own_target(spec):
    for ind in spec.indicators():
        assert ind.scoring.kind == "rule"
        assert parse_rule(ind.scoring.rule).uses_target, ind.scoring.rule


@pytest.mark.parametrize("flavour", ["portable", "udf"])
def test_both_flavours_build_with_the_target_in_the_formula(spec, tmp_path, flavour):
    res = build_workbook(spec, flavour, tmp_path / f"t.{'xlsm' if flavour == 'udf' else 'xlsx'}")
    ws = openpyxl.load_workbook(res.path)["评分表"]
    for _row, _path, cell in res.rows:
        f = ws[cell].value
        assert f.startswith("=") and "SCORE_RANGE" not in f  # native: the UDF has no target argument
    formulas = [ws[c].value for _r, _p, c in res.rows]
    assert ">=0.9," in formulas[0] and ">=6," in formulas[1]


@pytest.mark.libreoffice
@pytest.mark.skipif(lo.SOFFICE is None, reason="LibreOffice not installed")
def test_libreoffice_scores_equal_hand_arithmetic(spec, tmp_path):
    paths = {i.name: i.path for i in spec.indicators()}
    built = []
    for k, (name, value, _expected) in enumerate(CASES):
        out = tmp_path / f"case{k}.xlsx"
        res = build_workbook(spec, "portable", out, Filled(values={paths[name]: value}))
        built.append((res, name))
    for k, ((res, name), (_n, value, expected)) in enumerate(zip(built, CASES, strict=True)):
        cell = next(c for _r, p, c in res.rows if p == paths[name])
        cached = openpyxl.load_workbook(res.path, data_only=True)["评分表"][cell].value
        again = lo.recalc(res.path, tmp_path / f"lo{k}")
        got = openpyxl.load_workbook(again, data_only=True)["评分表"][cell].value
        assert got == pytest.approx(expected, abs=1e-9), (name, value)
        assert cached == pytest.approx(expected, abs=1e-9), (name, value)


def test_a_rule_on_T_needs_a_numeric_target():
    text = """
id: t
version: 1
title: 测试
source: 手写
full: 10
sections:
- name: 产出
  groups:
  - name: 数量
    indicators:
    - name: 完成率
      target: 按计划完成
      weight: 10
      scoring: {kind: rule, rule: ">=T: W; *: 0"}
"""
    with pytest.raises(SpecError) as e:
        parse_spec(text, "t.yaml")
    assert "指标值 T" in e.value.message_zh and "按计划完成" in e.value.message_zh


def test_collect_scores_the_row_on_the_issued_target(spec_path, tmp_path, monkeypatch):
    """A returned copy (values typed, formulas never recalculated) is scored on the issued 指标值;
    ``collect --specs`` finds the issue record of a template built from one's own folder."""
    from jixiao.templates.spec import default_specs_dir

    # --specs sets the folder for the whole process (and its workers): undone after the test
    monkeypatch.setenv("JIXIAO_SPECS_DIR", str(default_specs_dir()))
    from click.testing import CliRunner

    from jixiao.cli import cli

    specs = tmp_path / "specs"
    specs.mkdir()
    (specs / "rule-target.yaml").write_text(spec_path.read_text(encoding="utf-8"), encoding="utf-8")
    runner = CliRunner()
    r = runner.invoke(cli, ["templates", "build", "--specs", str(specs), "--out", str(tmp_path / "tpl")])
    assert r.exit_code == 0, r.output
    roster = tmp_path / "r.csv"
    roster.write_text("单位名称,年度\n甲县,2024\n", encoding="utf-8")
    out = tmp_path / "out"
    r = runner.invoke(cli, ["distribute", "--template", str(specs / "rule-target.yaml"),
                            "--roster", str(roster), "--out", str(out)])
    assert r.exit_code == 0, r.output
    (path,) = out.glob("*.xlsx")
    wb = openpyxl.load_workbook(path)
    ws = wb["评分表"]
    ids = {ws.cell(row, 4).value: row for row in range(1, ws.max_row + 1)}
    ws.cell(ids["投放准确率"], 8, 0.85)  # 30 − 2 × 5 = 20
    ws.cell(ids["镇级污水处理设施"], 8, 5)  # below 6 座: 0
    back = tmp_path / "back"
    back.mkdir()
    wb.save(back / "甲县.xlsx")
    r = runner.invoke(cli, ["collect", str(back), "--specs", str(specs), "--out",
                            str(tmp_path / "sum.xlsx"), "--json", str(tmp_path / "sum.json")])
    data = json.loads((tmp_path / "sum.json").read_text(encoding="utf-8"))
    (f,) = data["files"]
    assert "issued-unknown" not in r.output, r.output
    assert f["verified"]["total"] == pytest.approx(20), r.output
    rows = {x["name"]: x["verified"] for x in f["verified"]["rows"]}
    assert rows == {"投放准确率": pytest.approx(20), "镇级污水处理设施": pytest.approx(0)}



def test_without_a_numeric_target_the_row_is_left_to_the_author(tmp_path):
    """The same sentences on rows with no 指标值 (or one in words): not read — the spec is still
    written, the rows are scored by hand until the author writes the number into the rule."""
    rows = [["投放准确率", None, ROWS[0][2], 30], ["镇级污水处理设施", "按计划完成", ROWS[1][2], 10]]
    src = write_table_xlsx(tmp_path / "n.xlsx", "评分表", HEADER, rows)
    res = new_template(src, tmp_path / "spec", spec_id="no-target")
    assert res.spec is not None, res.spec_error
    assert [i.scoring.kind for i in res.spec.indicators()] == ["judgement", "judgement"]
    for r in res.draft.rows:
        assert r.status == "读不懂——请填写计分规则"
        assert any("指标值" in n and "不能用于计分" in n for n in r.notes), r.notes


def test_a_target_against_the_rules_direction_is_refused(tmp_path):
    """"≤10%" beside "不达标, 每降低1%,扣2分" (read: full marks at >=T): the sign disagrees with the rule — the
    row is left to the author, and a spec that says so anyway is refused; never scored with 10% as a floor."""
    rows = [["投放准确率", "≤10%", ROWS[0][2], 30]]
    src = write_table_xlsx(tmp_path / "d.xlsx", "评分表", HEADER, rows)
    res = new_template(src, tmp_path / "spec", spec_id="direction")
    (row,) = res.draft.rows
    assert row.status == "读不懂——请填写计分规则"
    assert any("方向" in n for n in row.notes), row.notes
    text = """
id: t
version: 1
title: 测试
source: 手写
full: 30
sections:
- name: 产出
  groups:
  - name: 质量
    indicators:
    - name: 投放准确率
      target: ≤10%
      weight: 30
      scoring: {kind: rule, rule: ">=T: W; <T: W - 2 per 1%"}
"""
    with pytest.raises(SpecError) as e:
        parse_spec(text, "t.yaml")
    assert "方向" in e.value.message_zh


@pytest.mark.parametrize("target, lines", [
    # AG18-1 at its printed target: 30 − 2 per point below 90% (hand arithmetic)
    ("≥90%", ["80%\t10", "90%\t30", "100%\t30"]),
    ("90%", ["80%\t10", "90%\t30"]),
])
def test_rule_explain_takes_the_target_as_printed(target, lines):
    from click.testing import CliRunner

    from jixiao.cli import cli

    r = CliRunner().invoke(cli, ["rule", "explain", ROWS[0][2], "-w", "30", "-t", target])
    assert r.exit_code == 0, r.output
    for line in lines:
        assert f"  {line}\n" in r.output


def test_rule_explain_refuses_a_target_in_words():
    from click.testing import CliRunner

    from jixiao.cli import cli

    r = CliRunner().invoke(cli, ["rule", "explain", ROWS[1][2], "-w", "10", "-t", "按计划完成"])
    assert r.exit_code == 2 and "目标值有误" in r.output and "Traceback" not in r.output


def test_rule_explain_says_once_that_a_target_runs_against_the_rule():
    from click.testing import CliRunner

    from jixiao.cli import cli

    r = CliRunner().invoke(cli, ["rule", "explain", ROWS[0][2], "-w", "30", "-t", "≤90%"])
    assert r.exit_code == 2
    assert r.output.count("方向") == 1 and "试算" not in r.output
