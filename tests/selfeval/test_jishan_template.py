"""稷山 2020 (tables.py §13) rebuilt as its own template (new → build), filled with the printed scores,
recalculated by LibreOffice: the 小计, 合计 and 等级 cells equal the hand arithmetic (p11, task 3).

The printed table's slips are its budget score (9 for 10 × 65.07 ÷ 65.66) and its 总分 (94 for a sum of
93); the template computes both, so the filled sheet carries the corrected values.

Hand arithmetic:
- 预算执行 小计 = 10 × 65.07 ÷ 65.66 = 9.910143…;
- 产出指标 小计 = 13 + 15 + 10 + 10 = 48; 效益指标 27; 满意度指标 9 (printed scores, filled as judged);
- 合计 = 9.910143… + 48 + 27 + 9 = 93.910143… (分值 10 + 50 + 30 + 10 = 100);
- 等级 by 财预〔2020〕10号 (90 分（含）以上为优): 优; by a scheme a sheet might state instead,
  “95分（含）以上为优，85（含）-95分为良，60（含）-85分为中，60分以下为差”: 良.
"""

import openpyxl
import pytest

from jixiao.templates.build import Filled, build_workbook
from jixiao.templates.spec import parse_spec
from jixiao.validation import Severity, validate_workbook
from tests import lo

SPEC = """
id: selfeval-jishan-2020
version: 1
title: 稷山县项目支出绩效自评表（建档立卡个人缴费县级配套资金）
source: 稷山县医疗保障局 2020（https://keke.chddh.cn/archives/bqg98jldqdz7y2xm7pe6.html）
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
          - {name: 全县参合人数, target: "8755", weight: 15, scoring: {kind: judgement}}
      - name: 质量指标
        indicators:
          - {name: 资金是否全部纳入医保统筹, target: 100%, weight: 15, scoring: {kind: judgement}}
      - name: 时效指标
        indicators:
          - {name: 资金是否全部及时纳入, target: 100%, weight: 10, scoring: {kind: judgement}}
      - name: 成本指标
        indicators:
          - {name: 配套资金每人每年, target: 75元, weight: 10, scoring: {kind: judgement}}
  - name: 效益指标
    weight: 30
    groups:
      - name: 社会效益指标
        indicators:
          - {name: 是否解决建档立卡人员看病难贵问题, target: 95%, weight: 30, scoring: {kind: judgement}}
  - name: 满意度指标
    weight: 10
    groups:
      - name: 服务对象满意度指标
        indicators:
          - {name: 是否满意, target: 95%, weight: 10, scoring: {kind: judgement}}
"""

PRINTED = {"预算执行率": {"numerator": 65.07, "denominator": 65.66}, "全县参合人数": 13,
           "资金是否全部纳入医保统筹": 15, "资金是否全部及时纳入": 10, "配套资金每人每年": 10,
           "是否解决建档立卡人员看病难贵问题": 27, "是否满意": 9}
BUDGET = 10 * 65.07 / 65.66
SUBTOTALS = [BUDGET, 48, 27, 9]
TOTAL = BUDGET + 48 + 27 + 9
STATED = "95:优;85:良;60:中;0:差"


def _build(tmp_path, scheme: str | None):
    spec = parse_spec(SPEC.replace("grade_scheme: null", f'grade_scheme: "{scheme}"') if scheme else SPEC)
    paths = {ind.name: ind.path for ind in spec.indicators()}
    return build_workbook(spec, "portable", tmp_path / "jishan.xlsx",
                          Filled({paths[k]: v for k, v in PRINTED.items()}, "稷山县医疗保障局", "2020"))


def _totals(path):
    """(小计 scores top to bottom, 合计, 等级) as the file's cells hold them."""
    wb = openpyxl.load_workbook(path, data_only=True)
    ws = wb["评分表"]
    header = next(r for r in ws.iter_rows() if any(c.value == "得分" for c in r))
    col = next(c.column for c in header if c.value == "得分")
    subs = [ws.cell(row[0].row, col).value for row in ws.iter_rows(min_row=header[0].row + 1)
            if any(c.value == "小计" for c in row)]

    def named(name):
        sheet, ref = next(iter(wb.defined_names[name].destinations))
        return wb[sheet][ref.replace("$", "")].value
    return subs, named("总分"), named("等级")


@pytest.mark.parametrize("scheme, grade", [(None, "优"), (STATED, "良")], ids=["national", "stated"])
def test_cached_subtotals_total_and_grade_are_the_hand_arithmetic(scheme, grade, tmp_path):
    res = _build(tmp_path, scheme)
    subs, total, shown = _totals(res.path)
    assert subs == pytest.approx(SUBTOTALS, abs=1e-9)
    assert total == pytest.approx(TOTAL, abs=1e-9) and shown == grade


def test_validate_agrees_with_the_built_national_template(tmp_path):
    report = validate_workbook(_build(tmp_path, None).path)
    assert [f for f in report.findings if f.severity is Severity.ERROR] == []
    assert report.tables[0].computed_grade == "优"


@pytest.mark.xfail(strict=True, reason="p11, left: a template built from a spec validate does not know "
                   "(not in workbook_templates/specs) keeps its grade scheme neither in its properties nor "
                   "in the sheet's text, so validate grades 93.91 by the national scheme (优) against the "
                   "template's 良 — a false grade-mismatch")
def test_validate_knows_the_scheme_of_a_template_built_from_an_unlisted_spec(tmp_path):
    report = validate_workbook(_build(tmp_path, STATED).path)
    assert [f.check for f in report.findings if f.severity is Severity.ERROR] == []


@pytest.mark.libreoffice
@pytest.mark.skipif(lo.SOFFICE is None, reason="LibreOffice not installed")
@pytest.mark.parametrize("scheme, grade", [(None, "优"), (STATED, "良")], ids=["national", "stated"])
def test_libreoffice_recalculated_subtotals_total_and_grade(scheme, grade, tmp_path):
    res = _build(tmp_path, scheme)
    out = lo.recalc(res.path, tmp_path / "lo")
    subs, total, shown = _totals(out)
    assert subs == pytest.approx(SUBTOTALS, abs=1e-9)
    assert total == pytest.approx(TOTAL, abs=1e-9) and shown == grade
    if scheme is None:
        report = validate_workbook(out)
        assert [f for f in report.findings if f.severity is Severity.ERROR] == []
