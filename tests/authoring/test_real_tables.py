"""Real 指标体系 tables from outside the seeds go through ``templates new``: every row read as
its text says or listed as unread, nothing guessed, no false finding.

Sources and transcriptions: ``tests/authoring/real_tables.py``. Expected scores are worked
out by hand from the quoted 评分标准 (arithmetic in the comments), not from our reader.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from jixiao.rules.grammar import parse_rule
from jixiao.templates.authoring import (
    STATUS_AMBIGUOUS,
    STATUS_OK,
    STATUS_UNREAD,
    new_template,
)
from tests.authoring.helpers import write_table_docx, write_table_xlsx
from tests.authoring.real_tables import TABLES

WRITERS = {"xlsx": write_table_xlsx, "docx": write_table_docx}


def _run(key, fmt, tmp_path):
    title, header, rows, merges = TABLES[key]
    src = WRITERS[fmt](tmp_path / f"{key}.{fmt}", title, header, rows, merges)
    res = new_template(src, tmp_path / "out", spec_id=key)
    assert res.spec is not None, res.spec_error
    return res, {r.name: r for r in res.draft.rows}


def _score(row, value):
    return parse_rule(row.rule).score(value, row.weight)


@pytest.mark.parametrize("fmt", ["xlsx", "docx"])
def test_yueyang_rules_read_as_written(fmt, tmp_path):
    res, rows = _run("yueyang", fmt, tmp_path)
    # weights add up (5+5+5 = 15, 3+3+3+6 = 15); the rows shown make 36, no 合计 row: not graded on the
    # 100-point bands (p20), nothing else
    assert [(p.check, p.where.split("!")[-1]) for p in res.draft.problems] == [("grade-withheld", "E11")]
    assert "分值合计 36 分，表中未写总分" in res.draft.problems[0].message
    assert [(s.name, s.weight) for s in res.spec.sections] == [("投 入", 15), ("过 程", None)]
    assert res.spec.full == 36  # 15 + 15 + 3 + 3 rows shown
    assert res.spec.grade_withheld == "满分36分，不是100分"
    # "在职人员控制率≦100%,计5分;每超过一个百分点扣0.5分,扣完为止" (rounding not said: read
    # continuously and marked 有歧义): 100% → 5; 100.5% → 5 − 0.5×0.5 = 4.75; 106% → 5 − 3 = 2;
    # 112% → 5 − 6 < 0 → 0
    r = rows["财政供养人员控制率"]
    assert r.status == STATUS_AMBIGUOUS
    assert [_score(r, v) for v in ("100%", "100.5%", "106%", "112%")] == \
        [5, Decimal("4.75"), 2, 0]
    # "“三公经费”变动率≦0,计5分; >0,每超过一个百分点扣0.5分": −3% → 5; 4% → 5 − 2 = 3
    r = rows["“三公经费”变动率"]
    assert [_score(r, v) for v in ("-3%", "0", "4%")] == [5, 5, 3]
    # "≥90%,计5分;80%(含)-90%,计4分;70%(含)-80%,计3分;60%(含)-70%,计2分;低于60%不得分"
    r = rows["重点支出安排率"]
    assert r.status == STATUS_OK
    assert [_score(r, v) for v in ("95%", "90%", "80%", "79.9%", "70%", "60%", "59.9%")] == \
        [5, 5, 4, 3, 3, 2, 0]
    # "预算调整率=0,计3分;0-10%(含),计2分;10-20%(含),计1分;20-30%(含),计0.5分;大于30%不得分"
    r = rows["预算调整率"]
    assert [_score(r, v) for v in ("0", "10%", "10.1%", "20%", "30%", "31%")] == \
        [3, 2, 1, 1, Decimal("0.5"), 0]
    # … and nothing is said below 0: marked 有歧义, not filled in
    assert r.status == STATUS_AMBIGUOUS
    # "每出现一个专项未按进度完成资金下达扣0.5分,扣完为止" (3分): 0 → 3; 2 → 2; 7 → 0
    r = rows["支付进度"]
    assert [_score(r, v) for v in (0, 2, 7)] == [3, 2, 0]
    # "无结余,3分;有结余,但不超过上年结转,2分;结余超过上年结转,不得分": three named grades
    r = rows["资金结余"]
    assert [_score(r, v) for v in ("无结余", "有结余,但不超过上年结转", "结余超过上年结转")] == \
        [3, 2, 0]
    # "三公经费控制率≦100%,计6分; 每超过一个百分点扣1分": 102.5% → 6 − 2.5 = 3.5
    assert _score(rows["“三公经费”控制率"], "102.5%") == Decimal("3.5")
    # "①…管理制度,1分; ②…完整,1分; ③…有效执行,1分。" → three items of 1 point
    r = rows["管理制度健全性"]
    assert r.kind == "checklist" and [p for _, p, _g in r.items] == [1, 1, 1]
    # "以上情况每出现一例不符合要求的扣1分,扣完为止" (3分): 1 → 2; 5 → 0
    r = rows["资金使用合规性"]
    assert [_score(r, v) for v in (1, 5)] == [2, 0]
    # every row read; the rows the reader is unsure of say why
    assert {n for n, r in rows.items() if r.status == STATUS_UNREAD} == set()
    assert {i.name for i in res.spec.indicators() if i.scoring.kind == "judgement"} == set()
    assert {n for n, r in rows.items() if r.status == STATUS_AMBIGUOUS} == {
        "财政供养人员控制率", "“三公经费”变动率", "预算调整率", "“三公经费”控制率"}


@pytest.mark.parametrize("fmt", ["xlsx", "docx"])
def test_guichi_self_evaluation_table_without_standards(fmt, tmp_path):
    """The national 自评表 has targets but no 评分标准: every row is listed as unread."""
    res, rows = _run("guichi", fmt, tmp_path)
    assert len(rows) == 9  # the empty 经济效益指标 row is not an indicator
    # 8×5 + 10 = 50, 10×3 = 30 as the labels state; 80 shown, no 合计 row: not graded on 90/80/60 (p20)
    assert [p.check for p in res.draft.problems] == ["grade-withheld"]
    assert "分值合计 80 分，表中未写总分" in res.draft.problems[0].message
    assert all(r.status == STATUS_UNREAD and r.kind == "judgement" for r in rows.values())
    assert all("评分标准为空" in r.notes for r in rows.values())
    assert [(s.name, s.weight) for s in res.spec.sections] == [("产出指标", 50), ("效益指标", 30)]
    assert rows["项目总成本"].target == "≤90万元"
    assert res.spec.title == "{年度}年{单位名称}项目支出绩效自评表"


@pytest.mark.parametrize("fmt", ["xlsx", "docx"])
def test_ningjin_indicator_table_with_total(fmt, tmp_path):
    res, rows = _run("ningjin", fmt, tmp_path)
    # 20 + 10 + 10 + 10 + 10 + 20 + 20 = 100 = 总分
    assert res.spec.full == 100 and res.draft.problems == []
    assert list(rows) == ["规章制度", "享受资助人数", "资金支出率", "建档立卡学生全面覆盖",
                          "资助对象满意度", "及时发放率", "资助标准达标率"]
    assert all(r.status == STATUS_UNREAD for r in rows.values())
    assert res.spec.title == "{年度}年{单位名称}高中助学金项目绩效评价指标表"
