"""The review workbook (written, edited as in Excel, fed back) and the ``templates new`` CLI."""

from __future__ import annotations

import hashlib
import shutil
import zipfile
from decimal import Decimal

import openpyxl
import pytest
from click.testing import CliRunner

from jixiao.cli import cli
from jixiao.templates.authoring import (
    STATUS_JUDGEMENT,
    STATUS_OK,
    STATUS_UNREAD,
    new_template,
)
from jixiao.templates.spec import load_spec, spec_hash
from tests import lo
from tests.authoring.helpers import write_table_docx, write_table_xlsx

HEADER = ["序号", "一级指标", "二级指标", "三级指标", "评分标准", "分值"]
ROWS = [
    [1, "决策 (10分)", "立项", "立项依据充分性", "符合得满分，否则不得分", 4],
    [2, None, None, "预算执行率",
     "≥95%得6分，每低1个百分点扣1分，扣完为止（不满1个百分点按1个百分点算）", 6],
    # seed 000 D11's text: no way of scoring in it, so the reader does not read it
    [3, "产出 (10分)", "质量", "制度建设", "项目实施后, 是否有效保障参保人员基本医疗水平", 5],
    [4, None, None, "社会影响", "酌情评分", 5],
]
MERGES = [(0, 1, 1), (0, 1, 2), (2, 3, 1), (2, 3, 2)]
#: the demo table shows 4 + 6 + 5 + 5 = 20 points and no 合计 row: every draft of it also says it is not graded on
#: the 100-point bands (p20; the 规格 sheet's 满分 20 with no 等级方案 after the review, too)
NOT_100 = "grade-withheld"


def _problems(res):
    return [p for p in res.draft.problems if p.check != NOT_100]


def _sha(p):
    return hashlib.sha256(p.read_bytes()).hexdigest()


def _src(tmp_path, fmt="xlsx"):
    w = write_table_xlsx if fmt == "xlsx" else write_table_docx
    return w(tmp_path / f"某县评分表.{fmt}", "2024年某县某项目评分表", HEADER, ROWS, MERGES)


def _review_rows(path):
    ws = openpyxl.load_workbook(path)["审核表"]
    header = next(r for r in range(1, 10) if ws.cell(r, 5).value == "三级指标")
    cols = {ws.cell(header, c).value: c for c in range(1, ws.max_column + 1)}
    return ws, header, cols


def test_review_workbook_one_row_per_indicator(tmp_path):
    res = new_template(_src(tmp_path), tmp_path / "out", spec_id="demo")
    wb = openpyxl.load_workbook(res.review_path)
    assert wb.sheetnames == ["审核表", "检查结果", "规格", "填写说明"]
    ws, header, cols = _review_rows(res.review_path)
    assert list(cols) == ["原表位置", "一级指标", "二级指标", "序号", "三级指标", "指标值",
                          "评分标准（原文）", "分值", "计分方式", "计分规则", "业绩值单位",
                          "试算（业绩值 → 得分）", "状态", "说明"]
    got = {ws.cell(r, cols["三级指标"]).value: r for r in range(header + 1, ws.max_row + 1)}
    assert list(got) == ["立项依据充分性", "预算执行率", "制度建设", "社会影响"]

    def cell(name, col):
        return ws.cell(got[name], cols[col]).value

    assert cell("立项依据充分性", "状态") == STATUS_OK
    assert cell("立项依据充分性", "计分方式") == "符合性"
    assert cell("预算执行率", "计分规则") == ">=95%: 6; <95%: 6 - 1 per 1% ceil"
    # trial scores at the rule's edges: 95% → 6; 94.5% → 6 − ceil(0.5) = 5; 85% → 6 − 10 → 0
    trial = cell("预算执行率", "试算（业绩值 → 得分）").split("\n")
    assert "95% → 6" in trial and "94.5% → 5" in trial and "85% → 0" in trial
    assert cell("制度建设", "状态") == STATUS_UNREAD
    assert "未读懂的内容" in cell("制度建设", "说明")
    assert cell("社会影响", "状态") == STATUS_JUDGEMENT
    assert cell("立项依据充分性", "原表位置") == "评分表!第3行"
    # the editable cells carry a drop-down of the four ways of scoring
    dv = [d for d in ws.data_validations.dataValidation if d.type == "list"]
    assert dv and dv[0].formula1 == '"计分规则,分项清单,符合性,酌情评分"'
    meta = wb["规格"]
    assert meta["B2"].value == "demo" and meta["B4"].value == "{年度}年{单位名称}某项目评分表"


def test_fed_back_review_updates_the_spec(tmp_path):
    src = _src(tmp_path, "docx")
    before = _sha(src)
    first = new_template(src, tmp_path / "out", spec_id="demo")
    assert next(i for i in first.spec.indicators() if i.name == "制度建设").scoring.kind == \
        "judgement"
    # the author, in Excel: a checklist for 制度建设, a rule for 社会影响, 分值 of 立项 fixed
    edited = tmp_path / "审核表（已填）.xlsx"
    shutil.copy(first.review_path, edited)
    wb = openpyxl.load_workbook(edited)
    ws, header, cols = _review_rows(edited)
    ws = wb["审核表"]
    rows = {ws.cell(r, cols["三级指标"]).value: r for r in range(header + 1, ws.max_row + 1)}
    r = rows["制度建设"]
    ws.cell(r, cols["计分方式"]).value = "分项清单"
    ws.cell(r, cols["计分规则"]).value = "①建立管理办法：3分\n②严格执行：40%"
    r = rows["社会影响"]
    ws.cell(r, cols["计分规则"]).value = '"显著": W; "一般": 0.6W; *: 0'
    wb["规格"]["B3"].value = 2
    wb.save(edited)
    edited_sha = _sha(edited)
    second = new_template(edited, tmp_path / "out")
    assert _sha(edited) == edited_sha and _sha(src) == before  # inputs never modified
    spec = load_spec(second.spec_path)
    assert spec.id == "demo" and spec.version == 2
    by = {i.name: i for i in spec.indicators()}
    items = by["制度建设"].scoring.items
    # ① 3分; ② 40% of 5 = 2 → 3 + 2 = 5 = weight, no finding
    assert [(it.text, it.value(Decimal(5))) for it in items] == [("建立管理办法", 3),
                                                                 ("严格执行", 2)]
    assert by["社会影响"].scoring.rule == '"显著": W; "一般": 0.6W; *: 0'
    assert [p.check for p in second.draft.problems] == [NOT_100]
    assert second.draft.problems[0].where == "规格!B5" and "满分 20 分，不是 100 分" in second.draft.problems[0].message
    assert {r.name: r.status for r in second.draft.rows} == {
        "立项依据充分性": STATUS_OK, "预算执行率": STATUS_OK, "制度建设": STATUS_OK,
        "社会影响": STATUS_OK}


def test_a_rule_that_does_not_parse_is_reported_with_its_cell(tmp_path):
    first = new_template(_src(tmp_path), tmp_path / "out", spec_id="demo")
    edited = tmp_path / "edited.xlsx"
    shutil.copy(first.review_path, edited)
    wb = openpyxl.load_workbook(edited)
    ws, header, cols = _review_rows(edited)
    ws = wb["审核表"]
    r = next(r for r in range(header + 1, ws.max_row + 1)
             if ws.cell(r, cols["三级指标"]).value == "制度建设")
    ws.cell(r, cols["计分规则"]).value = ">=95%: 5; <95 5"
    wb.save(edited)
    res = new_template(edited, tmp_path / "out2")
    (p,) = _problems(res)
    col = openpyxl.utils.get_column_letter(cols["计分规则"])
    assert (p.check, p.where) == ("rule-syntax", f"审核表!{col}{r}")
    assert next(i for i in res.spec.indicators() if i.name == "制度建设").scoring.kind == \
        "judgement"  # refused, not guessed


def test_cli_new_then_build(tmp_path):
    src = _src(tmp_path)
    out = tmp_path / "我的模板"
    runner = CliRunner()
    res = runner.invoke(cli, ["templates", "new", str(src), "--id", "demo", "--out", str(out)])
    assert res.exit_code == 1, res.output  # one problem: 20 points, no 合计 row (grade-withheld, p20)
    assert "评分表!F6  [grade-withheld]  分值合计 20 分，表中未写总分" in res.stdout
    # the unread row is listed with its cell; judgement rows are not "unread"
    lines = [ln for ln in res.stdout.splitlines() if "[读不懂]" in ln]
    assert lines == [lines[0]] and lines[0].startswith("评分表!E5  [读不懂]  制度建设：")
    assert "共 4 行：已读懂 2，读不懂——请填写计分规则 1，酌情评分 1；检查发现 1 个问题" in res.stderr
    assert (out / "demo.yaml").exists() and (out / "demo.审核表.xlsx").exists()
    build = runner.invoke(cli, ["templates", "build", "--specs", str(out), "--out", str(out)])
    assert build.exit_code == 0, build.output
    assert (out / "demo.xlsx").exists() and (out / "demo.xlsm").exists()


def test_cli_reports_findings_with_exit_1(tmp_path):
    rows = [[1, "产出", "数量", "完成率", "≥90%得3分，否则不得分", 5]]
    src = write_table_xlsx(tmp_path / "t.xlsx", None, HEADER, rows)
    res = CliRunner().invoke(cli, ["templates", "new", str(src), "--id", "t",
                                   "--out", str(tmp_path)])
    assert res.exit_code == 1
    assert res.stdout.splitlines()[0].startswith("评分表!E3  [rule-max-weight]  “完成率”的评分标准最高得 3 分")


def test_cli_malformed_docx_exit_3(tmp_path):
    bad = tmp_path / "评分表.docx"
    with zipfile.ZipFile(bad, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
    res = CliRunner().invoke(cli, ["templates", "new", str(bad), "--out", str(tmp_path / "o")])
    assert res.exit_code == 3
    assert "无法读取" in res.stderr and "不是有效的 Word 文档" in res.stderr
    assert str(bad) in res.stderr
    assert not (tmp_path / "o").exists() or not any((tmp_path / "o").iterdir())


def test_cli_docx_with_encrypted_part_exit_3(tmp_path):
    # a readable Word table plus one zip entry flagged as password-encrypted: refused by the
    # shared package check (io.safety.check_package) with the same exit code as a malformed .docx
    from tests.hostile.make_round2 import _flag_media

    bad = _flag_media(_src(tmp_path, "docx"), tmp_path / "加密部件.docx", encrypt=True,
                      part="word/media/image1.png")
    res = CliRunner().invoke(cli, ["templates", "new", str(bad), "--out", str(tmp_path / "o")])
    assert res.exit_code == 3
    assert "无法读取" in res.stderr and "已加密" in res.stderr and str(bad) in res.stderr
    assert not (tmp_path / "o").exists() or not any((tmp_path / "o").iterdir())


def test_cli_no_table_and_bad_id(tmp_path):
    wb = openpyxl.Workbook()
    wb.active["A1"] = "这里没有评分表"
    wb.save(tmp_path / "空.xlsx")
    res = CliRunner().invoke(cli, ["templates", "new", str(tmp_path / "空.xlsx")])
    assert res.exit_code == 3 and "未找到评分表" in res.stderr
    res = CliRunner().invoke(cli, ["templates", "new", str(_src(tmp_path)), "--id", "我的"])
    assert res.exit_code == 2 and "只能由小写字母、数字和连字符组成" in res.output


def test_fixing_a_weight_in_the_review_is_checked_again(tmp_path):
    first = new_template(_src(tmp_path), tmp_path / "out", spec_id="demo")
    wb = openpyxl.load_workbook(first.review_path)
    ws, header, cols = _review_rows(first.review_path)
    ws = wb["审核表"]
    r = next(r for r in range(header + 1, ws.max_row + 1)
             if ws.cell(r, cols["三级指标"]).value == "预算执行率")
    ws.cell(r, cols["分值"]).value = 5
    edited = tmp_path / "edited.xlsx"
    wb.save(edited)
    res = new_template(edited, tmp_path / "out")
    # 决策 (10分) now holds 4 + 5 = 9; the 满分 20 on the 规格 sheet ≠ 4 + 5 + 5 + 5 = 19;
    # and "≥95%得6分" can reach 6 on a 5-point row
    col = openpyxl.utils.get_column_letter(cols["计分规则"])
    assert sorted((p.where, p.check) for p in _problems(res)) == [
        (f"审核表!{col}{r}", "rule-max-weight"), (f"审核表!第{header + 1}行", "weight-sum"),
        ("规格!B5", "weight-sum")]
    assert "满分 20 分，各行分值合计 19 分" in _problems(res)[-1].message
    assert next(i for i in res.spec.indicators() if i.name == "预算执行率").weight == 5


def test_cli_feeding_back_in_place_never_overwrites_the_review(tmp_path):
    out = tmp_path / "out"
    runner = CliRunner()
    assert runner.invoke(cli, ["templates", "new", str(_src(tmp_path)), "--id", "demo",
                               "--out", str(out)]).exit_code == 1  # grade-withheld (20 points), spec written
    review = out / "demo.审核表.xlsx"
    before = _sha(review)
    res = runner.invoke(cli, ["templates", "new", str(review), "--out", str(out)])
    assert res.exit_code == 1 and "[grade-withheld]" in res.stdout, res.output
    assert _sha(review) == before
    assert "审核表未改写（它就是本次的输入文件）" in res.stderr
    assert load_spec(out / "demo.yaml").id == "demo"


@pytest.mark.libreoffice
@pytest.mark.skipif(lo.SOFFICE is None, reason="LibreOffice not installed")
def test_review_saved_by_an_office_suite_feeds_back_the_same_spec(tmp_path):
    """Open the review workbook in LibreOffice, save it (as an author's office suite would),
    feed it back: the spec is the same as the one written from the table."""
    first = new_template(_src(tmp_path), tmp_path / "out", spec_id="demo")
    saved = lo.recalc(first.review_path, tmp_path / "lo")
    again = new_template(saved, tmp_path / "out2")
    assert again.spec is not None
    assert spec_hash(again.spec) == spec_hash(first.spec)


def test_cli_sheet_option(tmp_path):
    wb = openpyxl.Workbook()
    wb.active.title = "汇总"
    wb.active.append(["一级指标", "分值", "得分"])
    wb.active.append(["决策", 10, 9])
    ws = wb.create_sheet("附件1")
    ws.append(HEADER)
    ws.append([1, "产出", "数量", "完成率", "≥90%得5分，否则不得分", 5])
    ws.append([2, "产出", "数量", "及时率", "≥90%得5分，否则不得分", 5])
    wb.save(tmp_path / "两页.xlsx")
    runner = CliRunner()
    res = runner.invoke(cli, ["templates", "new", str(tmp_path / "两页.xlsx"), "--sheet", "附件1",
                              "--id", "s", "--out", str(tmp_path)])
    assert res.exit_code == 1 and "[grade-withheld]" in res.stdout, res.output  # 10 points (p20); spec written
    assert [i.name for i in load_spec(tmp_path / "s.yaml").indicators()] == ["完成率", "及时率"]
    res = runner.invoke(cli, ["templates", "new", str(tmp_path / "两页.xlsx"), "--sheet", "附件9"])
    assert res.exit_code == 2 and "没有名为“附件9”的工作表（有：汇总、附件1）" in res.output


def test_trial_scores_read_the_target_as_the_built_template_does(tmp_path):
    """"≤90万元" is 90 (in 万元, like the 实际完成值 cell), not 900000: the review workbook's trial
    scores and gap check use ``parse_target``, as the built template's T formula does."""
    header = ["序号", "一级指标", "二级指标", "三级指标", "指标值", "评分标准", "分值"]
    rows = [[1, "产出 (10分)", "成本", "项目总成本", "≤90万元",
             "评价指标得分=指标值/实际完成值×该项指标分值", 10]]
    src = write_table_xlsx(tmp_path / "成本表.xlsx", "2024年某县某项目评分表", header, rows, [])
    res = new_template(src, tmp_path / "out", spec_id="cost")
    ws, head, cols = _review_rows(res.review_path)
    r = next(r for r in range(head + 1, ws.max_row + 1) if ws.cell(r, cols["三级指标"]).value == "项目总成本")
    assert ws.cell(r, cols["计分规则"]).value == "<=T: W; >T: invprop"
    trial = dict(line.split(" → ") for line in ws.cell(r, cols["试算（业绩值 → 得分）"]).value.split("\n"))
    # ≤ target: full marks at and below 90; above it W × 90 ÷ x, shown rounded half-up to 2
    # decimals (hand arithmetic): 91 → 900/91 = 9.8901… → 9.89; 108 → 900/108 = 8.333… → 8.33.
    # Read as 900000 (the old reading of "万元"), 91 and 108 would score the full 10.
    assert trial == {"72": "10", "89": "10", "90": "10", "91": "9.89", "108": "8.33"}
