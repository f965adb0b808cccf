"""Checks at ``templates new`` time, each reported with its row (hand-made tables; the
expected findings follow from the numbers in the table, worked out in the comments)."""

from __future__ import annotations

import pytest

from jixiao.templates.authoring import STATUS_AMBIGUOUS, STATUS_OK, new_template
from jixiao.templates.build import build_workbook
from jixiao.templates.spec import load_spec
from tests.authoring.helpers import write_table_xlsx

HEADER = ["序号", "一级指标", "二级指标", "三级指标", "评分标准", "分值"]


def _new(tmp_path, rows, merges=(), title="附件：2024年某县某项目绩效评价评分表"):
    src = write_table_xlsx(tmp_path / "评分表.xlsx", title, HEADER, rows, merges)
    return new_template(src, tmp_path / "out", spec_id="t")


#: every table here is partial on purpose (one check each): its 分值 do not add up to 100 and it has no 合计 row, so the
#: draft also says it is not graded on the 100-point bands (grade-withheld, p20: checked in
#: test_clean_table_has_no_findings); the other tests look at the check they are about
NOT_100 = "grade-withheld"


def _problems(res):
    return [p for p in res.draft.problems if p.check != NOT_100]


def _found(res):
    return sorted((p.where, p.check) for p in _problems(res))


def test_clean_table_has_no_findings(tmp_path):
    # (without "不满1个百分点按1个百分点算" the reader warns that the rounding is not said: 有歧义)
    rows = [[1, "决策 (10分)", "立项 (10分)", "立项依据充分性", "符合得满分，否则不得分", 4],
            [2, None, None, "执行率", "≥95%得6分，每低1个百分点扣1分（不满1个百分点按1个百分点算）", 6]]
    res = _new(tmp_path, rows, [(0, 1, 1), (0, 1, 2)])
    assert _problems(res) == []
    # 4 + 6 = 10 points, no 合计 row: not graded on 90/80/60 (p20), said at the last 分值 (F4)
    (p,) = [p for p in res.draft.problems if p.check == NOT_100]
    assert p.where == "评分表!F4" and "分值合计 10 分，表中未写总分" in p.message and "未评级：满分10分，不是100分" in p.message
    assert [r.status for r in res.draft.rows] == [STATUS_OK, STATUS_OK]
    spec = load_spec(res.spec_path)  # the written file loads as a spec
    assert spec.full == 10 and spec.version == 1
    assert spec.title == "{年度}年{单位名称}某项目绩效评价评分表"


def test_weights_that_do_not_add_up_are_reported_at_the_label(tmp_path):
    # 二级 "立项 (5分)" over rows 4 + 2 = 6; 一级 "决策 (10分)" over 4 + 2 + 3 = 9
    rows = [[1, "决策 (10分)", "立项 (5分)", "立项依据", "符合得满分，否则不得分", 4],
            [2, None, None, "程序规范", "符合得满分，否则不得分", 2],
            [3, None, "目标 (3分)", "目标明确", "符合得满分，否则不得分", 3]]
    res = _new(tmp_path, rows, [(0, 2, 1), (0, 1, 2)])
    # data starts on sheet row 3: 一级 label in B3, 二级 label in C3
    assert _found(res) == [("评分表!B3", "weight-sum"), ("评分表!C3", "weight-sum")]
    msgs = sorted((p.where, p.message) for p in _problems(res))
    assert "一级指标“决策”标明 10 分，其下各行分值合计 9 分" in msgs[0][1]
    assert "二级指标“立项”标明 5 分，其下各行分值合计 6 分" in msgs[1][1]
    # recorded as known issues at their level, so the spec loads and builds
    spec = load_spec(res.spec_path)
    assert [k.check for k in spec.sections[0].known_issues] == ["weight-sum"]
    assert [k.check for k in spec.sections[0].groups[0].known_issues] == ["weight-sum"]
    build_workbook(spec, "portable", tmp_path / "t.xlsx")


def test_total_row_differs_from_the_rows(tmp_path):
    rows = [[1, "决策", "立项", "立项依据", "符合得满分，否则不得分", 40],
            [2, None, None, "程序规范", "符合得满分，否则不得分", 50],
            ["合计", None, None, None, None, 100]]
    res = _new(tmp_path, rows, [(0, 1, 1), (0, 1, 2)])
    # 40 + 50 = 90 ≠ 100 printed in the 合计 row (F5)
    assert _found(res) == [("评分表!F5", "weight-sum")]
    assert load_spec(res.spec_path).full == 100
    assert all(p.check != NOT_100 for p in res.draft.problems)  # a 100-point table: graded as usual


def test_rule_maximum_differs_from_weight(tmp_path):
    # "≥90%得3分，否则不得分" can give at most 3 on a 5-point row
    rows = [[1, "产出", "数量", "完成率", "≥90%得3分，否则不得分", 5]]
    res = _new(tmp_path, rows)
    assert _found(res) == [("评分表!E3", "rule-max-weight")]
    assert res.draft.rows[0].status == STATUS_AMBIGUOUS
    assert "最高得 3 分，分值为 5 分" in res.draft.problems[0].message
    ind = next(load_spec(res.spec_path).indicators())
    assert ind.has_issue("rule-max-weight")


def test_duplicate_indicator_in_one_group(tmp_path):
    rows = [[1, "产出", "质量", "验收合格率", "≥95%得5分，否则不得分", 5],
            [2, None, None, "验收合格率", "≥90%得5分，否则不得分", 5]]
    res = _new(tmp_path, rows, [(0, 1, 1), (0, 1, 2)])
    assert _found(res) == [("评分表!D4", "duplicate-name")]
    assert "另见 评分表!D3" in res.draft.problems[0].message


def test_same_name_under_different_groups_is_not_a_duplicate(tmp_path):
    # seed 002 has 管理制度健全性 under both 预算管理 and 组织实施
    rows = [[1, "管理", "预算管理", "管理制度健全性", "符合得满分，否则不得分", 5],
            [2, None, "组织实施", "管理制度健全性", "符合得满分，否则不得分", 5]]
    res = _new(tmp_path, rows, [(0, 1, 1)])
    assert _problems(res) == []


def test_bands_with_gaps(tmp_path):
    # "80%<…<90%" and "70%<…<80%": exactly 80% and 70% fall in no band (seed 000 D31 shape)
    text = ("①满意度≥90%，得5分；②80%<满意度<90%，得3分；③70%<满意度<80%，得2分；"
            "④满意度<70%，不得分。")
    res = _new(tmp_path, [[1, "效益", "满意度", "服务对象满意度", text, 5]])
    assert _found(res) == [("评分表!E3", "rule-gap")]
    assert "70%、80%" in res.draft.problems[0].message
    assert res.draft.rows[0].status == STATUS_AMBIGUOUS


def test_missing_weight_blocks_the_spec_but_not_the_review(tmp_path):
    rows = [[1, "产出", "数量", "完成率", "≥90%得5分，否则不得分", None],
            [2, None, None, "及时率", "≥90%得5分，否则不得分", 5]]
    res = _new(tmp_path, rows, [(0, 1, 1), (0, 1, 2)])
    assert ("评分表!F3", "weight-missing") in _found(res)
    assert res.spec_path is None and res.spec is None and res.spec_error
    assert res.review_path is not None and res.review_path.exists()
    assert not (tmp_path / "out" / "t.yaml").exists()


@pytest.mark.parametrize("text", ["酌情评分", "由评价组根据实际情况酌情打分"])
def test_judgement_rows_are_not_findings(text, tmp_path):
    res = _new(tmp_path, [[1, "效益", "社会效益", "社会影响", text, 5]])
    assert _problems(res) == []
    assert res.draft.rows[0].kind == "judgement" and res.draft.rows[0].status == "酌情评分"
