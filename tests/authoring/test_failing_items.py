"""Rows whose items are failings ("未开设监督电话扣0.5分;…") become checklists asked the right way round.

A template asks each checklist item "是/否" and gives the item's points for 是. An item named by
the failing that costs it ("未开设监督电话") asked that way gives the points to the bureau that
failed (session 26: every failing list read as a checklist did so). Each such item is now asked
as its absence ("未出现：未开设监督电话"), so 是 earns the points.

Rows are real 评分标准 from the rule corpus (source named per row); expected scores are hand
arithmetic from the printed deductions, not from our reader.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from jixiao.templates.authoring import STATUS_OK, new_template
from jixiao.templates.build import checklist_cached
from tests.authoring.helpers import write_table_xlsx

HEADER = ["一级指标", "二级指标", "三级指标", "评分标准", "分值"]
ROWS = [
    # https://renrendoc.com/paper/200906797.html — 山西省城乡爱国卫生清洁运动检查评分表 (corpus AJ5-3)
    ["管理", "监督", "群众监督", "未开设监督电话扣0.5分;处理群众反映问题不及时扣0.5分;满意率达不到90%扣1分。", 2],
    # https://m.qiqiwenku.com/doc/500482.html — 学生资助管理工作量化考核表 (corpus Z22-2)
    [None, None, "毕业生档案", "学生归档材料不全、不规范的扣5分;不及时上报的扣5分。", 10],
    # https://m.163wenku.com/p-3218113.html — “门前三包”责任制“千分制”考核标准 (corpus X11-1)
    [None, None, "包绿化美化",
     "(1)责任区绿化带内垃圾杂物清理不及时、不到位的,扣30分。(2)破坏、损害绿化带内花草树木的,扣20分。", 50],
    # https://m.wydbw.com/show.asp?Id=196129 — 某县信访工作目标管理考核办法 (corpus W3-4)
    [None, None, "信息系统", "无法正常运行的扣2分,操作人员无法正常操作系统的扣2分。", 4],
]


@pytest.fixture(scope="module")
def rows(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("failing")
    src = write_table_xlsx(tmp / "failing.xlsx", "评分表", HEADER, ROWS)
    res = new_template(src, tmp / "out", spec_id="failing-items")
    assert res.spec is not None, res.spec_error
    spec_rows = {i.name: i for i in res.spec.indicators()}
    return {r.name: r for r in res.draft.rows}, spec_rows


@pytest.mark.parametrize("name, labels", [
    ("群众监督", ["未出现：未开设监督电话", "未出现：处理群众反映问题不及时", "未出现：满意率达不到90%"]),
    ("毕业生档案", ["未出现：学生归档材料不全、不规范", "未出现：不及时上报"]),
    ("包绿化美化", ["未出现：责任区绿化带内垃圾杂物清理不及时、不到位", "未出现：破坏、损害绿化带内花草树木"]),
    # "无法" is a word (cannot), not "lacks 法": the item is the failing itself, never "法正常运行"
    ("信息系统", ["未出现：无法正常运行", "未出现：操作人员无法正常操作系统"]),
])
def test_failings_are_asked_as_their_absence(rows, name, labels):
    draft, _spec = rows
    r = draft[name]
    assert r.kind == "checklist" and r.status == STATUS_OK
    assert [t for t, _p, _g in r.items] == labels


@pytest.mark.parametrize("name, answers, expected", [
    # phone line open, complaints handled in time, satisfaction below 90 %: 2 − 1 = 1
    ("群众监督", ["是", "是", "否"], Decimal(1)),
    # nothing open and nothing handled: 2 − 0.5 − 0.5 − 1 = 0
    ("群众监督", ["否", "否", "否"], Decimal(0)),
    # materials incomplete, reported on time: 10 − 5 = 5
    ("毕业生档案", ["否", "是"], Decimal(5)),
    # litter left (−30), plants unharmed: 50 − 30 = 20
    ("包绿化美化", ["否", "是"], Decimal(20)),
    # system runs, operators cannot use it: 4 − 2 = 2
    ("信息系统", ["是", "否"], Decimal(2)),
])
def test_template_score_follows_the_deductions(rows, name, answers, expected):
    _draft, spec = rows
    ind = spec[name]
    score, _met = checklist_cached(ind.scoring.items, ind.weight, answers)
    assert Decimal(str(score)) == expected
