"""r33: per-unit points written as notation — the per-unit / step readers the reader already has, reached from the
notations real tables print (normalise.py rewrites them into the wording those readers know; no parser of their own).

- "不按规定开关灯 1分/处/次", "路灯成片不亮的 5分/次": points per unit with no verb after a failing = "每处扣1分";
- "(少1个班扣0.5)": a deduction with its 分 left out;
- "每少一项扣1分计算", "每少1人扣1分类推计算": a step closed by 计算 / 类推计算;
- "上浮15%以内不扣分,此后每增加1%,扣1分": a band keeping the 分值, the steps counted from its end;
- "每次扣5分,10分扣完為止": the points before 扣完为止 are the cap; "月度内类似事件累计记分": a counting note;
- "…的计20分,其中A、B、C和D各占5分": items sharing the 分值 stated first, the last two joined by 和;
- "项目公司原因造成扣分,…每延期一次,扣2分": a case named as deducted before the step that gives the amount.

Per shape: the corpus sentences (by id), variants written here (expected scores by hand arithmetic in the comments)
and near-misses that must be refused.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from jixiao.rules.chinese import read_rule_text
from tests.rules_chinese.corpus import judge, load
from tests.rules_chinese.test_r25 import _refused, _scores  # the same two helpers

_BY_ID = {e["id"]: e for e in load()[1]}


@pytest.mark.parametrize("sid", ["BI8-3", "BI8-4", "BJ3-2", "BJ3-5", "BJ3-6", "BI1-6", "BI2-2", "BI2-1", "BI10-2",
                                 "BI10-3", "BI1-3", "AW7-5"])
def test_corpus_sentences_read(sid):
    assert judge(_BY_ID[sid]) == ("read", "")


@pytest.mark.parametrize("sid", ["BJ3-3", "BJ3-4", "BI8-2"])
def test_corpus_sentences_still_refused(sid):
    # BJ3-3: "(不参加国培扣分)" says no amount (labelled manual); BJ3-4: a count to reach (不少于1.5人) beside a
    # per-missing step — done or missing? (the documented refusal); BI8-2: "3火(含3火)以上路灯" scopes the count.
    # (BJ12-2 "操作間共10項,每項1分" left this list in r84: relabelled by the lead (session 27) as the count of items met,
    # k × 1 — the shape BF11-1 is read as — and now read so; its scores are checked in test_r84.)
    assert judge(_BY_ID[sid])[0] == "refused"


# --- points per unit with no verb, after a failing ---------------------------------------------------------------

def test_bare_points_per_unit_after_a_failing():
    # fresh48 BI8-3 on 100: 1 per 处·次 — 0 → 100, 1 → 99, 5 → 95
    assert _scores(_BY_ID["BI8-3"]["text"], 100, ["0", "1", "5"]) == [100, 99, 95]
    # fresh48 BI8-4 on 100: 5 per 次 — 4 → 80, 20 → 0
    assert _scores(_BY_ID["BI8-4"]["text"], 100, ["4", "20"]) == [80, 0]
    # variant: a failed state, 0.5 per 处 on 3: 2 → 2, 6 → 0, 9 → 0 (not below 0)
    assert _scores("设施损坏未及时修复的 0.5分/处", 3, ["2", "6", "9"]) == [2, 0, 0]
    # variant: per person and per time on 5 (persons × times counted): 4 → 3
    assert _scores("值班人员未按时到岗,0.5分/人/次", 5, ["4"]) == [3]
    r = read_rule_text("值班人员未按时到岗,0.5分/人/次", 5)
    assert any("人次数" in u for u in r.understood)


def test_bare_points_per_unit_near_misses():
    assert _refused("有会议记录2分/次", 10)  # no failing before: an award? never guessed
    assert _refused("发现问题 2分/次:一般问题1分,严重问题3分", 10)  # a level list follows
    assert _refused("未参加培训的,培训费按1分/人计算", 10)  # a rate in a description


# --- a deduction with its 分 left out -----------------------------------------------------------------------------

def test_deduction_without_fen():
    # fresh49 BJ3-2 on 2: 0.5 per class without a piano — 1 → 1.5, 2 → 1, 4 → 0
    assert _scores(_BY_ID["BJ3-2"]["text"], 2, ["1", "2", "4"]) == [Decimal("1.5"), 1, 0]
    # variant: in brackets, 1 per missing person on 3: 2 → 1
    assert _scores("配备专职安全员(每缺1人扣1)", 3, ["2"]) == [1]
    # variant: at the end of the sentence, 0.5 per time on 2: 3 → 0.5
    assert _scores("按月报送统计报表,每少报1次扣0.5", 2, ["3"]) == [Decimal("0.5")]


def test_deduction_without_fen_near_misses():
    assert _refused("每个班配有钢琴或电子琴(少1个班扣0.5倍)", 2)  # a multiple, not points
    assert read_rule_text("每个班配有钢琴或电子琴(少1个班扣)", 2).rule is None  # no amount at all


# --- a step closed by 计算 / 类推计算 ---------------------------------------------------------------------------------

def test_step_closed_by_jisuan():
    # fresh49 BJ3-5 on 3: 1 per missing item — 1 → 2, 3 → 0
    assert _scores(_BY_ID["BJ3-5"]["text"], 3, ["1", "3"]) == [2, 0]
    # fresh49 BJ3-6 on 4: 0.5 per person — 1 → 3.5, 4 → 2, 8 → 0
    assert _scores(_BY_ID["BJ3-6"]["text"], 4, ["1", "4", "8"]) == [Decimal("3.5"), 2, 0]
    # variant: "类推计算", 2 per missing item on 6: 2 → 2
    assert _scores("档案资料齐全,每缺1项扣2分类推计算。", 6, ["2"]) == [2]
    # variant: "依此类推计算", 1 per 处 on 5: 3 → 2
    assert _scores("卫生死角每发现1处扣1分依此类推计算", 5, ["3"]) == [2]


def test_step_closed_by_jisuan_near_misses():
    # 类推 with no step given: the levels continue — how far? never guessed
    assert _refused("完成目标的90%得9分,完成80%得8分,依次类推计算。", 10)
    # fresh49 BJ3-3: the step reads, but "(不参加国培扣分)" gives no amount (labelled manual)
    assert read_rule_text(_BY_ID["BJ3-3"]["text"], 5).rule is None


# --- a band keeping the 分值, then steps counted from its end ------------------------------------------------------

def test_band_without_deduction_then_steps():
    # fresh48 BI1-6 on 6: ≤15% → 6, then 1 per 1% above — 16% → 5, 18% → 3, 25% → 0
    assert _scores(_BY_ID["BI1-6"]["text"], 6, ["10%", "16%", "18%", "25%"]) == [6, 5, 3, 0]
    # variant: 0.5 per 1% above 10% on 5: 12% → 4, 30% → 0
    assert _scores("超支10%以内不扣分,此后每增加1%扣0.5分,扣完为止。", 5, ["8%", "12%", "30%"]) == [5, 4, 0]
    # variant: "之后" and 个百分点, 2 per point above 5 on 10: 7% → 6
    assert _scores("偏差率5%以内不扣分,之后每超过1个百分点扣2分。", 10, ["7%"]) == [6]


def test_band_without_deduction_near_misses():
    assert read_rule_text("上浮15%以内不扣分,此后酌情扣分。", 6).rule is None  # no amount: judged
    assert _refused("上浮15%以内不扣分,此后每增加1次扣1分。", 6)  # the step in another unit than the band


# --- the points before 扣完为止 as the cap; 累计记分 as a counting note -------------------------------------------------

def test_points_before_koowan_as_cap():
    # fresh48 BI2-2 (繁体) on 10: 5 per time — 1 → 5, 2 → 0, 3 → 0
    assert _scores(_BY_ID["BI2-2"]["text"], 10, ["0", "1", "2", "3"]) == [10, 5, 0, 0]
    # variant: a cap below the 分值, 1 per time capped at 5 on 10: 3 → 7, 7 → 5
    assert _scores("发生安全事故的,每次扣1分,5分扣完为止。", 10, ["3", "7"]) == [7, 5]
    # fresh48 BI2-1 on 10 (read before r33 too): "月度內類似事件累計記分" says how to count — 3 → 4, 7 → 0
    assert _scores(_BY_ID["BI2-1"]["text"], 10, ["3", "7"]) == [4, 0]
    # variant: "同类问题累计扣分", 2 per time on 6: 2 → 2
    assert _scores("检查发现问题的,每次扣2分,同类问题累计扣分,扣完为止。", 6, ["2"]) == [2]


def test_points_before_koowan_near_misses():
    assert _refused("10分扣完为止。", 10)  # a cap and no step
    assert _refused("每次扣2分,累计扣分不超过6分,另有加分。", 10)  # 累计扣分 with a number is no counting note


# --- items sharing the 分值 stated first -------------------------------------------------------------------------------

def _items(text, w):
    r = read_rule_text(text, w)
    assert r.kind == "checklist", r.understood
    return [(i.text, str(i.points)) for i in r.items], r.max_points


def test_items_sharing_the_stated_total():
    # fresh48 BI10-2 on 20: four items × 5 = 20
    items, total = _items(_BY_ID["BI10-2"]["text"], 20)
    assert items == [("上交时间", "5"), ("照片数量", "5"), ("照片质量", "5"), ("照片说明", "5")] and total == 20
    # fresh48 BI10-3 on 60 (a full stop before 其中): four × 15 = 60
    items, total = _items(_BY_ID["BI10-3"]["text"], 60)
    assert [n for n, _ in items] == ["行文格式", "资料翔实", "事实准确", "行文规范"] and total == 60
    # variant: 及 before the last, "及时" inside a name: three × 2 = 6
    items, total = _items("资料齐全、记录完整及时及归档规范各占2分", 6)  # (各占: shares of the 分值)
    assert [n for n, _ in items] == ["资料齐全", "记录完整及时", "归档规范"] and total == 6
    # variant: 和 inside a name where the "、" list makes up the 分值: two × 1 = 2
    items, total = _items("计划和总结、工作台账各占1分", 2)
    assert [n for n, _ in items] == ["计划和总结", "工作台账"]


def test_items_sharing_the_stated_total_near_misses():
    # two levels scoring the same, joined by 和 (test_r16's near miss): never two items
    assert read_rule_text("优秀和良好的各得2分", 4).kind != "checklist"
    assert read_rule_text("优秀、良好和合格的各得2分", 6).kind != "checklist"
    # 2 × 5 = 10 ≠ 20: the items do not make up the 分值 stated first
    assert read_rule_text("按规定完成照片组稿的计20分,其中上交时间和照片数量各占5分。", 20).kind == "unreadable"
    # the total stated is not the 分值
    assert read_rule_text("按规定完成照片组稿的计20分,其中上交时间、照片数量、照片质量和照片说明各占5分。", 30).kind \
        == "unreadable"


# --- a case named as deducted before its step -----------------------------------------------------------------------

def test_case_named_before_its_step():
    # fresh48 BI1-3 on 10: 2 per delay — 1 → 8, 4 → 2, 5 → 0
    assert _scores(_BY_ID["BI1-3"]["text"], 10, ["0", "1", "4", "5"]) == [10, 8, 2, 0]
    # variant: 1 per day on 10: 3 → 7
    assert _scores("因施工单位原因造成的扣分,每延期1天扣1分,扣完为止。", 10, ["3"]) == [7]
    # variant: a colon after the case, 2 per time on 6: 2 → 2
    assert _scores("未按要求完成的扣分:每次扣2分。", 6, ["2"]) == [2]


def test_case_named_before_its_step_near_misses():
    assert _refused("按比例扣分,每少1%扣1分", 10)  # a way of deducting (a formula), not a case
    assert _refused("不扣分,每少1%扣1分", 10)
    assert read_rule_text("酌情扣分,每次扣1分", 10).rule is None  # a discretion


def test_step_off_a_target_is_never_one_band():
    # found while widening (fresh46 BG7-1 at weight 1): "每低于目标值2%扣1分" on a 1-point row was read "<2%: 0; >=2%: W"
    # (扣1分 = the whole 分值 taken as one band) — a step off a target, refused
    assert _refused("每低于目标值2%扣1分", 1)
    assert _refused(_BY_ID["BG7-1"]["text"], 1)
    # the step off a printed threshold still reads: ≥95% → 1, 94.5% → 0.5
    assert _scores("≥95%得1分,每低1个百分点扣1分", 1, ["95%", "94.5%"]) == [1, Decimal("0.5")]


# --- a duration in brackets saying which times count ----------------------------------------------------------------

def test_duration_says_which_times_count():
    # fresh36 AW7-5 on 10: "迟报(2天以上)—0.5分/次" — 0.5 per late report: 1 → 9.5, 4 → 8, 20 → 0
    assert _scores(_BY_ID["AW7-5"]["text"], 10, ["1", "4", "20"]) == [Decimal("9.5"), 8, 0]
    # variant: 工作日, 1 per time on 5: 2 → 3
    assert _scores("迟报(3个工作日以上)扣1分/次", 5, ["2"]) == [3]
    # variant: 每次 written first, 0.5 per time on 2: 3 → 0.5
    assert _scores("整改延误(2天以上)每次扣0.5分", 2, ["3"]) == [Decimal("0.5")]


def test_duration_near_misses():
    # a number of times in the brackets: from the 3rd time, or every time? never guessed
    assert _refused("迟报(2次以上)每次扣0.5分", 10)
