"""r27: a failing that holds a number, inside a list of failings each costing a fixed deduction (numericfailings.py).

"满意率达不到90%扣1分" beside "未开设监督电话扣0.5分" is one yes/no failing like the others: its number is part of what the
failing says, not a band of the row's value. The rest of the list is read as the other readers read number-free failings
(equal deductions counted together, 同额扣分并入次数; unequal ones adding up to the 分值 as a checklist).

Per shape: the corpus sentences (by id), variants written here (expected scores by hand arithmetic in the comments) and
near-misses that must be refused (a step, a band pair on one quantity, a failing without a subject, a target, a lone
band that keeps its reading).
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from jixiao.rules.chinese import read_rule_text
from tests.rules_chinese.corpus import judge

# the corpus by id and the reading helpers of r25's tests (a checklist's items, a rule's scores, a refusal)
from tests.rules_chinese.test_r25 import _BY_ID, _items, _refused, _scores


@pytest.mark.parametrize("sid", ["AJ5-3", "AM3-4", "BC1-4"])
def test_corpus_sentences_read(sid):
    assert judge(_BY_ID[sid]) == ("read", "")


def test_corpus_checklist_names_the_failing_as_printed():
    # fresh23 AJ5-3 (W 2): 监督电话 0.5 + 处理及时 0.5 + 满意率达到90% 1 = 2; the failing keeps its number
    r = read_rule_text(_BY_ID["AJ5-3"]["text"], 2)
    assert [(i.text, str(i.points)) for i in r.items] == [
        ("未开设监督电话", "0.5"), ("处理群众反映问题不及时", "0.5"), ("满意率达不到90%", "1")]
    assert r.max_points == 2
    assert any("“满意率达不到90%”中的数字是该情形的一部分" in u for u in r.understood)


def test_corpus_count_of_equal_failings():
    # fresh26 AM3-4 (W 3): three failings at 0.5 each, 1.5 < 3 → counted: 3 - 0.5n: 0 → 3, 1 → 2.5, 2 → 2, 3 → 1.5
    assert _scores(_BY_ID["AM3-4"]["text"], 3, ["0", "1", "2", "3"]) == [3, Decimal("2.5"), 2, Decimal("1.5")]
    # fresh42 BC1-4 (W 2): "每月未带队检查" (a period the table asks for) 1 + 街道自行组织验收 1 = 2, named positively
    # as the missing-items reader names the other item
    items, total = _items(_BY_ID["BC1-4"]["text"], 2)
    assert items == [("街道督办责任人每月带队检查火灾隐患重点社区整治进展情况", "1"), ("街道自行组织验收", "1")]
    assert total == 2


def test_variant_numeric_failing_first_with_commas():
    # 满意率 1 + 监督电话 0.5 + 处理及时 0.5 = 2 (the numeric failing first, commas between the clauses)
    items, total = _items("满意率达不到90%扣1分，未开设监督电话扣0.5分，处理群众反映问题不及时扣0.5分", 2)
    assert items == [("满意率达不到90%", "1"), ("未开设监督电话", "0.5"), ("处理群众反映问题不及时", "0.5")]
    assert total == 2


def test_variant_traditional_characters():
    # 繁体 (W 2): 0.5 + 1 + 0.5 = 2, the names as printed
    items, _ = _items("未開設監督電話扣0.5分;滿意率達不到90%扣1分;處理群眾反映問題不及時扣0.5分。", 2)
    assert items == [("未開設監督電話", "0.5"), ("滿意率達不到90%", "1"), ("處理群眾反映問題不及時", "0.5")]


def test_variant_unequal_adding_up_named_positively():
    # W 5: 投诉处理 1 + 满意率 2 + 台账 2 = 5; "的," before 扣: the missing-items reader names what was done, the rate
    # failing "低于85%" said as "不低于85%"
    items, total = _items("投诉处理不及时扣1分;群众满意率低于85%的,扣2分;未建立工作台账扣2分。", 5)
    assert items == [("投诉处理及时", "1"), ("群众满意率不低于85%", "2"), ("建立工作台账", "2")] and total == 5


def test_variant_numbered_period_counted():
    # W 5, three failings at 1 each (3 < 5) → counted: 5 - n: 0 → 5, 2 → 3, 3 → 2
    text = "1、每季度未召开一次专题会议的扣1分;2、未建立工作台账的扣1分;3、信息报送不及时的扣1分"
    assert _scores(text, 5, ["0", "2", "3"]) == [5, 3, 2]


def test_variant_number_qualifies_a_finding():
    # W 2: "3处以上卫生死角" is one finding (yes/no), 1 + 1 = 2 counted: 2 - n: 0 → 2, 1 → 1, 2 → 0
    assert _scores("办公区域存在3处以上卫生死角的扣1分;宣传栏未及时更新扣1分", 2, ["0", "1", "2"]) == [2, 1, 0]


@pytest.mark.parametrize("text, w", [
    # a band pair on one rate, the second without its subject
    ("满意率低于90%扣1分,低于80%扣2分", 3),
    # a band pair on one rate written twice
    ("满意率低于90%扣1分;满意率在80%以下扣2分;未开设监督电话扣1分", 4),
    # the rate failing beside a number-free failing on the same rate
    ("未开设监督电话扣0.5分;满意率未达标扣0.5分;满意率达不到90%扣1分。", 2),
    # a step: each missing check costs 0.5
    ("未建立台账扣1分;每少1次检查扣0.5分", 2),
    ("每月未召开例会扣1分;每月少1次检查扣1分。", 2),
    # a count of one missing ("缺1次"): each missing one costs, not one failing (1 + 0.5 would add up to 1.5)
    ("未建立台账扣1分;检查记录缺1次扣0.5分", 1.5),
    # steps of days, the second without a subject
    ("超过规定5个工作日扣0.5分,10个工作日扣1分", 2),
    # a target: completion below the year's task and a completion rate are one quantity
    ("未完成年度目标任务扣1分;完成率低于80%扣1分", 2),
    # unequal deductions not adding up to the 分值 (2.5 on 4): refused as today for number-free failings
    ("未开设监督电话扣1分;满意率达不到90%扣1.5分。", 4),
    # a numeric requirement in a clause before the failing (session 25's shape, test_s25): per patrol missed, or once?
    ("每月巡查不少于2次,未按要求巡查扣1分;台账不全扣1分", 3),
    # a score, not a deduction, on the numeric clause
    ("未开设监督电话扣1分;满意率达不到90%得1分。", 2),
])
def test_near_misses_refused(text, w):
    assert _refused(text, w)


def test_lone_band_keeps_its_reading():
    # one deduction is a band of the row's value, never a failing: <90% → 0, ≥90% → 2 (as before r27)
    r = read_rule_text("满意率低于90%扣2分", 2)
    assert r.canonical == "<90%: 0; >=90%: W"
    assert not any("情形中含有数字" in u for u in r.understood)


def test_count_bands_are_not_failings():
    # two failings of one shape are bands of one count: read as before r27 (0 → 3, 1 → 3 - 1 = 2, 2+ → 3 - 2 = 1),
    # never as two failings (1 + 2 lost for two accidents)
    r = read_rule_text("发生1起事故扣1分;发生2起以上事故扣2分", 3)
    assert r.canonical == "=0: W; =1: 2; >=2: 1"
    assert not any("情形中含有数字" in u for u in r.understood)


def test_rate_failing_beside_another_failing_was_a_refused_band():
    # test_r4 listed this as "a band on a rate" (not a checklist) until r27: a list of two fixed deductions, the rate
    # failing one yes/no failing — 执行率不低于90% 2 + 按时上报 2 = 4 (named as done, as the missing-items reader names
    # them); both failings: 4 - 2 - 2 = 0
    items, total = _items("执行率低于90%扣2分,未按时上报扣2分", 4)
    assert items == [("执行率不低于90%", "2"), ("按时上报", "2")] and total == 4
