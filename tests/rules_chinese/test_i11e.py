"""i11e: the wrong readings and refusal families of the held-out split fresh4 (now tuned-on).

Sentences are the corpus entries named (tests/rules_chinese/corpus.yaml, source P* there);
expected scores are hand-computed in the comments.
"""

from decimal import Decimal as D

from jixiao.rules.chinese import read_rule_text


# ---- 1. the three wrong readings -------------------------------------------------------------

def test_p2_5_a_computed_share_is_not_a_pass_condition():
    # P2-5 (W 3): "根据…占计划的比重计算得分(3分)" was read as "符合": 3 — a ratio as pass/fail
    r = read_rule_text("根据项目实际到位资金占计划的比重计算得分(3分)", 3)
    assert r.rule is None and r.kind == "unreadable"
    # the same path, other wordings: never a level
    for t in ("按照资金到位比例计算得分(3分)", "依据完成数占计划数的比重计分,3分",
              "按实际完成量占比折算得分(3分)"):
        assert read_rule_text(t, 3).kind != "passfail", t


def test_p3_4_partial_deduction_inside_a_checklist_item_is_refused():
    # P3-4 (W 3): item 2 (2分) loses 0.5 per finding, at most 2 — partial credit an item cannot hold
    r = read_rule_text("1.各地区相关部门按规定时间报送中央和省级专项资金申请材料的,得1分;延期报送不得分。 "
                       "2.报送的基础数据资料完整真实准确的,得2分;基础数据资料不完整或不准确的,"
                       "每认定1项扣0.5分,最多扣2分。", 3)
    assert r.kind == "unreadable" and "每认定1项扣0.5分" in "".join(r.unread)
    # a deduction equal to each item's points is the item itself (N5-3 shape): still a checklist
    ok = read_rule_text("1.制度健全,得1分;2.执行有效,得1分;3.资料齐全,得1分。每少1项扣1分,扣完为止。", 3)
    assert ok.kind == "checklist" and ok.max_points == 3


def test_p10_3_each_of_listed_items():
    # P10-3 (W 5): five items joined by 、 "各占1分": 5 × 1 = 5 → a checklist of five
    t = "全科医学科独立设置、有全科诊疗科目、承担全科培训任务、与相关科室和基层基地密切配合、指导基层基地各占1分"
    r = read_rule_text(t, 5)
    assert r.kind == "checklist" and [i.points for i in r.items] == [D(1)] * 5
    # 5 × 1 ≠ 4, 5 × 1 ≠ 6: refused, never "符合": 1
    assert read_rule_text(t, 4).kind == "unreadable"
    assert read_rule_text(t, 6).kind == "unreadable"
    # other verbs: 各得 / 各计 — 3 × 2 = 6
    r = read_rule_text("制度健全、执行有效、资料齐全各得2分", 6)
    assert r.kind == "checklist" and r.max_points == 6
