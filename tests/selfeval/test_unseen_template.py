"""普陀 2022 (tables.py §16) rebuilt as its own selfeval template, filled with the printed
values and recalculated by LibreOffice: every score equals the hand arithmetic, and the
budget row shows the score from the amounts (the printed 86.19% was a slip, 86.18%).

Hand arithmetic: 215457.6 ÷ 250000 = 0.8618304 → 10 × 0.8618304 = 8.618304 (printed 8.62);
=100% → 100%: 10, 20, 30; ≥90% → 100%: 10; 费用结算及时性 (定性, 达成) 20 as filled;
总分 8.618304 + 10 + 20 + 20 + 30 + 10 = 98.618304 (printed 98.62) → 优.
"""

import openpyxl
import pytest

from jixiao.templates.build import Filled, build_workbook
from jixiao.templates.spec import parse_spec
from jixiao.validation import Severity, validate_workbook
from tests import lo

SPEC = """
id: selfeval-putuo-2022
version: 1
title: 财政项目支出绩效自评表（普陀体育中心与委托运营方结算费用）
source: 上海市普陀区体育事业管理中心 2022年度项目自评价（https://pdf.chddh.cn/archives/48n5zg2zkkjxn27q6rjv.html）
full: 100
grade_scheme: null
sections:
  - name: 预算执行
    weight: 10
    groups:
      - name: 预算执行率
        indicators:
          - name: 预算执行率
            target: 100%
            weight: 10
            scoring: {kind: ratio, rule: "*: prop", numerator: 全年执行数, denominator: 全年预算数}
  - name: 产出指标
    weight: 50
    groups:
      - name: 数量指标
        indicators:
          - {name: 与委托运营方结算完成率, target: =100%, weight: 10, scoring: {kind: target}}
      - name: 质量指标
        indicators:
          - {name: 合同结算条款完成率, target: =100%, weight: 20, scoring: {kind: target}}
      - name: 时效指标
        indicators:
          - {name: 费用结算及时性, target: 及时, weight: 20, scoring: {kind: qualitative}}
  - name: 效益指标
    weight: 30
    groups:
      - name: 社会效益指标
        indicators:
          - {name: 与委托运营方合同完成率, target: =100%, weight: 30, scoring: {kind: target}}
  - name: 满意度指标
    weight: 10
    groups:
      - name: 服务对象满意度指标
        indicators:
          - {name: 场馆开放满意度, target: ≥90%, weight: 10, scoring: {kind: target}}
"""

PRINTED = {"预算执行率": {"numerator": 215457.6, "denominator": 250000},
           "与委托运营方结算完成率": "100%", "合同结算条款完成率": "100%",
           "费用结算及时性": {"value": "达成", "score": 20}, "与委托运营方合同完成率": "100%",
           "场馆开放满意度": "100%"}
HAND = {"预算执行率": 10 * 215457.6 / 250000, "与委托运营方结算完成率": 10, "合同结算条款完成率": 20,
        "费用结算及时性": 20, "与委托运营方合同完成率": 30, "场馆开放满意度": 10}


def _build(tmp_path):
    spec = parse_spec(SPEC)
    paths = {ind.name: ind.path for ind in spec.indicators()}
    res = build_workbook(spec, "portable", tmp_path / "putuo.xlsx",
                         Filled({paths[k]: v for k, v in PRINTED.items()}, "上海市普陀区体育事业管理中心", "2022"))
    return spec, res


def _scores(spec, res, path):
    ws = openpyxl.load_workbook(path, data_only=True)["评分表"]
    names = {ind.path: ind.name for ind in spec.indicators()}
    return {names[p]: ws[cell].value for _, p, cell in res.rows}


def test_own_template_cached_scores_are_the_hand_arithmetic(tmp_path):
    spec, res = _build(tmp_path)
    assert _scores(spec, res, res.path) == pytest.approx(HAND, abs=1e-9)
    report = validate_workbook(res.path)
    assert [f for f in report.findings if f.severity is Severity.ERROR] == []
    assert float(report.tables[0].total) == pytest.approx(98.618304, abs=1e-9)
    assert report.tables[0].computed_grade == "优"


@pytest.mark.libreoffice
@pytest.mark.skipif(lo.SOFFICE is None, reason="LibreOffice not installed")
def test_own_template_recalculated_by_libreoffice_equals_the_hand_arithmetic(tmp_path):
    spec, res = _build(tmp_path)
    out = lo.recalc(res.path, tmp_path / "lo")
    assert _scores(spec, res, out) == pytest.approx(HAND, abs=1e-9)
    report = validate_workbook(out)
    assert [f for f in report.findings if f.severity is Severity.ERROR] == []
    assert float(report.tables[0].total) == pytest.approx(98.618304, abs=1e-9)
