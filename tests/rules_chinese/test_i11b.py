"""Follow-up of issue 11 (i11b): the wrong readings found by the first run of the new held2 tables,
the named pass/fail levels, and the recognisers added for refused shapes. Sources: corpus.yaml
(N1 … N12); expected scores are hand-computed in the comments."""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from jixiao.rules.chinese import read_rule_text

# ---- wrong readings of the first held2 run: a zeroing level next to a count deduction ------------
# Each was read as "*: 0 - step per 1" (the 不得分 clause taken as the count's start, so every row
# scored 0 whatever was found); the text holds two things to judge, so it is refused.


@pytest.mark.parametrize("text, w", [
    # N1-12 (read "*: 0 - 4 per 1")
    ("查现场和资料。高瓦斯、突出矿井中，以及低瓦斯矿井主要进风巷以外区域出现 1 处失爆“煤矿电气”大项不得分，"
     "其他区域发现1 处失爆扣 4 分", 4),
    # N1-13 (read "*: 0 - 0.5 per 1")
    ("查 现 场 和 资 料 。 第(1)-(3)项 1 处不符合要求不得分；第(4)项不符合要求1处扣0.5分", 2),
    # N1-19
    ("查资料。无机构不得分，其他 1 处不符合要求扣 0.5 分", 1.5),
    # N1-21
    ("查资料。无电子档案或无具体人员管理档案不得分，其他 1 处不符合要求扣 0.5 分", 3),
    # N1-22
    ("查资料。缺 1 种图不得分，图纸与实际不相符1 处扣 0.5 分", 2),
    # N1-23
    ("查资料。未开展工作不得分，工作开展效果不好 1 次扣 1 分", 3),
    # N1-26
    ("查现场。发现 “三违”不得分；不执行岗位责任制、未进行安全确认1 人次扣 1 分", 3),
])
def test_zeroing_level_next_to_a_count_is_refused(text, w):
    r = read_rule_text(text, w)
    assert r.rule is None and r.kind == "unreadable", r.canonical


def test_checklist_items_with_a_deduction_tail_are_not_a_count_from_one_point():
    # N5-3 was read "*: 1 - 1 per 1" (the third item's 1分 taken as the count's start)
    r = read_rule_text("①招待费用明确招待标准和招待人数,1分;②车辆维护、燃油使用政府定点,1分。③制定“三公经费”"
                       "管理办法,1分,每少一项扣1分,扣完为止。", 3)
    assert r.kind != "rule"
    assert r.kind == "unreadable" or (r.kind == "checklist" and r.max_points == 3)


def test_a_count_still_starts_from_a_positive_level():
    # "无问题得5分，每发现1处扣1分" — the level names the 0-finding score: 2 findings → 5 - 2 = 3
    r = read_rule_text("无问题得5分，每发现1处问题扣1分，扣完为止", 5)
    assert r.ok and r.rule.score("2", 5) == D(3)


# ---- the level the table names (issue: a met target / 完成 is never scored 0) ------------------------

@pytest.mark.parametrize("text, w, level", [
    ("根据上级部门要求及实际情况开展医疗保障救助工作，完成得满分，否则不得分。", 2, "完成"),  # seed 002
    ("达标得满分，否则不得分", 3, "达标"),
    ("合格得3分，否则不得分", 3, "合格"),
])
def test_pass_fail_reads_the_named_level_and_the_dropdown(text, w, level):
    r = read_rule_text(text, w)
    assert r.kind == "passfail" and r.ok
    assert r.rule.score(level, w) == D(str(w))      # the named level: full marks
    assert r.rule.score("符合", w) == D(str(w))      # the templates' drop-down value too
    assert r.rule.score("不符合", w) == 0
    assert r.rule.score(f"未{level}", w) == 0


def test_pass_fail_names_the_failing_level_the_table_names():
    # N3-1: "有…计 2 分,没有不得分" → "没有" is a level worth 0 (besides 否则)
    r = read_rule_text("有项目年度工作计划或有上级文件或审批报告计 2 分,没有不得分。", 2)
    assert r.ok and r.rule.names_text("没有") and r.rule.score("没有", 2) == 0
    assert r.rule.score("符合", 2) == 2
