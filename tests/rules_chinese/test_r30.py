"""r30: points gained per item counted — one recogniser (perunit.read_per_unit_award, widened), many wordings.

The score is min(分值, N × count) (or base + N × count), with the cap written any way tables write it: after a full
stop ("。此项最高计1分"), in brackets ("(最多加5分)", "(累计不超过20分)"), as a number of times to reach ("不低于4次,计30分")
or the 分值 itself; a start ("从第2件起"); a base for none done ("年度未接受…的得5分;每办1件加1分"); amounts of money counted
in whole steps ("每满3万元得1分", the value in the step's own unit); brackets that only say how to count
("(重复播发按一次计分,负面报道不计分)") and sentences that only say what counts ("…项目必须进入…项目库") as notes.

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


@pytest.mark.parametrize("sid", ["BG10-2", "BG10-3", "BH3-1", "BH3-4", "AI8-5", "AI8-6", "BB6-4", "BC3-7", "BC5-5", "AJ16-1",
                                 "BF11-1",
                                 "AN5-2"])
def test_corpus_sentences_read(sid):
    assert judge(_BY_ID[sid]) == ("read", "")


def test_corpus_sentence_with_two_counts_stays_refused():
    # fresh47 BH3-5: adopted items (3 each from the 2nd) and items not adopted (1 each) are two counts, one value
    assert judge(_BY_ID["BH3-5"])[0] == "refused-ok"


# --- the cap after a full stop, in brackets, or as times to reach ---------------------------------------------------

def test_cap_after_full_stop_or_in_brackets():
    # fresh46 BG10-3 on 0.4: 0.02 each, 20 reach the cap — 10 → 0.2, 30 → 0.4
    assert _scores(_BY_ID["BG10-3"]["text"], 0.4, ["0", "10", "30"]) == [0, Decimal("0.2"), Decimal("0.4")]
    # variant: "本项最高得3分" after a full stop, 0.5 per 篇 on 3: 4 → 2, 6 → 3, 9 → 3
    assert _scores("在省级刊物发表文章,每篇得0.5分。本项最高得3分。", 3, ["4", "6", "9"]) == [2, 3, 3]
    # variant: the cap in brackets "(最多加4分)", 1 per 次 on 4: 3 → 3, 5 → 4
    assert _scores("组织志愿服务活动,每次加1分(最多加4分)。", 4, ["3", "5"]) == [3, 4]
    # fresh42 BC5-5: "加0.2分/个。累计不超过3分" — 10 → 2, 16 → 3
    assert _scores(_BY_ID["BC5-5"]["text"], 3, ["10", "16"]) == [2, 3]


def test_times_to_reach_as_cap():
    # fresh47 BH3-1: 7.5 each, not fewer than 4 times = 30 (4 × 7.5 = 30): 3 → 22.5, 6 → 30
    assert _scores(_BY_ID["BH3-1"]["text"], 30, ["3", "6"]) == [Decimal("22.5"), 30]
    # variant: "每场计2分,不少于5场,计10分" (5 × 2 = 10): 2 → 4, 5 → 10
    assert _scores("参加专题培训,每场计2分,不少于5场,计10分。", 10, ["2", "5"]) == [4, 10]


def test_schedule_as_count_to_reach():
    # fresh23 AJ16-1 on 4: every quarter at least once = 4 a year, 1 each (4 × 1 = 4): 2 → 2, 6 → 4; said as ambiguous
    r = read_rule_text(_BY_ID["AJ16-1"]["text"], 4)
    assert r.ok and [r.rule.score(v, 4) for v in ("0", "2", "6")] == [0, 2, 4]
    assert any("全年4次" in w for w in r.warnings)
    # variant: every month at least once = 12, 0.5 each on 6 (12 × 0.5 = 6): 5 → 2.5, 12 → 6
    assert _scores("每月至少召开1次安全例会,每次得0.5分。", 6, ["5", "12"]) == [Decimal("2.5"), 6]
    # near miss: 4 a year at 1 each is not the 分值 5 — what scores the fifth point?
    assert _refused("坚持每季召开工会班子会议1次以上,每次1分。", 5)


def test_items_counted_before_the_award():
    # fresh45 BF11-1 on 50: 25 requirements at 2 each (25 × 2 = 50): 24 → 48, 20 → 40
    assert _scores(_BY_ID["BF11-1"]["text"], 50, ["24", "20", "0"]) == [48, 40, 0]
    # variant: "共10条,每条得1分" on 10 (10 × 1 = 10): 7 → 7
    assert _scores("考核标准共10条,每条得1分。", 10, ["7", "10"]) == [7, 10]
    # variant: "共8项(详见附件1),每项0.5分,合计4分" on 4: 5 → 2.5
    assert _scores("检查要点共8项(详见附件1),每项0.5分,合计4分。", 4, ["5"]) == [Decimal("2.5")]
    # near misses: 20 × 2 = 40 is not the 分值 50 (and "共50分" disagrees); the 分值 40 against "共50分"
    assert _refused("实验室安全管理的要求共20项,每项2分,共50分。", 50)
    assert _refused("实验室安全管理的要求共25项,每项2分,共50分。", 40)


def test_cap_near_misses_refused():
    # a cap above the 分值 (2 on a 1-point row): where it stops would be a guess
    assert _refused("公安报刊发消息,每次(条)计0.05分。此项最高计2分。", 1)
    # no cap, and the 分值 not reached in whole items (0.3 per 条 on 1, 条 no event)
    assert _refused("消息,每条计0.3分。", 1)
    # times that do not make up their points (4 × 7.5 = 30 ≠ 20)
    assert _refused("履职活动,每次7.5分,不低于4次,计20分。", 30)


# --- brackets and sentences that only say what counts ----------------------------------------------------------------

def test_counting_notes():
    # fresh46 BG10-2 on 1: 0.05 each, 20 reach 1 — 10 → 0.5, 25 → 1; the bracket says how to count
    r = read_rule_text(_BY_ID["BG10-2"]["text"], 1)
    assert r.ok and [r.rule.score(v, 1) for v in ("10", "25")] == [Decimal("0.5"), 1]
    assert "计数说明（不参与计分）：重复播发按1次计分" in r.understood
    assert "不计入的（只界定计数对象，不另扣分）：负面报道" in r.understood
    # variant: "(同一事项只计1次)" — 0.5 per 次 on 2: 3 → 1.5, 4 → 2
    assert _scores("上报信息被采用的,每次得0.5分,最高得2分。(同一事项只计1次)", 2, ["3", "4"]) == [Decimal("1.5"), 2]
    # variant: "(转载不计分)" restricts what is counted — 1 per 篇 on 3: 2 → 2
    assert _scores("每发表1篇得1分,最高3分。(转载不计分)", 3, ["2"]) == [2]


def test_scope_sentence():
    # fresh41 BB6-4 on 10: 2 per 项目, none scores 0: 3 → 6, 5 → 10; the 必须 sentence says which projects count
    r = read_rule_text(_BY_ID["BB6-4"]["text"], 10)
    assert r.ok and [r.rule.score(v, 10) for v in ("0", "3", "5")] == [0, 6, 10]
    assert any(u.startswith("计数范围（不参与计分）：新开工建设") for u in r.understood)


def test_counting_notes_near_misses_refused():
    # a veto in brackets: any negative report makes the whole row 0 — never a note
    assert _refused("消息,每条(次)计0.05分。此项最高计1分。(有负面报道的不得分)", 1)
    # a deduction in brackets
    assert _refused("消息,每条(次)计0.05分。此项最高计1分。(负面报道扣1分)", 1)
    # a requirement sentence with a number: not only what counts
    assert _refused("每个项目计2分,没有不计分。项目投资必须达到1亿元以上。", 10)


# --- a start ----------------------------------------------------------------------------------------------------------

def test_start():
    # fresh47 BH3-4 on 20: from the 2nd, 5 each, cap 20 — 1 → 0, 2 → 5, 3 → 10, 5 → 20, 6 → 20
    assert _scores(_BY_ID["BH3-4"]["text"], 20, ["1", "2", "3", "5", "6"]) == [0, 5, 10, 20, 20]
    # variant: from the 3rd time, 2 each, cap 10 on 10 — 2 → 0, 3 → 2, 6 → 8, 7 → 10
    assert _scores("开展宣传活动的,从第3次起,每次加2分,最高10分。", 10, ["2", "3", "6", "7"]) == [0, 2, 8, 10]
    # variant: "从第2篇开始" with "每篇得1分" on 3 — 1 → 0, 2 → 1, 4 → 3
    assert _scores("从第2篇开始,每篇得1分,最高3分。", 3, ["1", "2", "4"]) == [0, 1, 3]


def test_start_near_misses_refused():
    # "从第1件起" says nothing a plain count does not — written so, it is a misprint or another count: refused
    assert _refused("提案被立案的,从第1件起,每增加1件奖励5分(累计不超过20分)。", 20)
    # the start in another count word than the award (第3次 / 每件): never a guess
    assert _refused("从第3次起,每件奖励5分(累计不超过20分)。", 20)


# --- a base for none done -------------------------------------------------------------------------------------------

def test_base_for_none_done():
    # fresh42 BC3-7 on 10: 5 for none, +1 each, at most +5 — 0 → 5, 3 → 8, 5 → 10, 7 → 10
    assert _scores(_BY_ID["BC3-7"]["text"], 10, ["0", "3", "5", "7"]) == [5, 8, 10, 10]
    # variant: 4 for none, +2 each, total at most 10 — ⌈6 ÷ 2⌉ = 3: 1 → 6, 2 → 8, 3 → 10
    assert _scores("没有开展活动的得4分,每开展1次加2分,最高得10分。", 10, ["0", "1", "2", "3"]) == [4, 6, 8, 10]
    # variant: +1.5 each with the bonus cap 3 on 5 (2 + 3 = 5): 1 → 3.5, 2 → 5
    assert _scores("当年无获奖的得2分;每获奖1次加1.5分(最多加3分)。", 5, ["0", "1", "2"]) == [2, Decimal("3.5"), 5]


def test_base_near_misses_refused():
    # a base at an unprinted target ("达到目标值的得5分"): a per-item gain beside a target the row does not hold
    assert _refused("达到目标值的得5分;每办1件加1分(最多加5分)。", 10)
    # a per-item gain beyond an unprinted target (was read as min(5, x) before r30)
    assert _refused("完成年度目标任务的,每多完成1件加1分,最高5分。", 5)
    # a base on another thing than what is counted (violations / commendations): a unit with both is no count of one
    assert _refused("无违规记录的得2分;每获表彰1次加1.5分(最多加3分)。", 5)
    # a base and a bonus without a cap: above the 分值?
    assert _refused("年度未接受法援案件指派任务的得5分;每办1件加1分。", 10)
    # base + bonus cap above the 分值 (5 + 8 = 13 > 10)
    assert _refused("年度未接受法援案件指派任务的得5分;每办1件加1分(最多加8分)。", 10)


# --- money counted in whole steps -----------------------------------------------------------------------------------

def test_money_steps():
    # fresh22 AI8-5 on 8: 1 per whole 30 万元 — 150 → 5, 240 → 8
    r = read_rule_text(_BY_ID["AI8-5"]["text"], 8)
    assert r.ok and [r.rule.score(v, 8) for v in ("0", "150", "240")] == [0, 5, 8]
    assert "业绩值以“万元”计（填30即30万元）" in r.understood
    # fresh22 AI8-6 on 8: whole steps of 3 万元 — 2.9 → 0, 4.5 → 1, 6 → 2
    assert _scores(_BY_ID["AI8-6"]["text"], 8, ["2.9", "4.5", "6"]) == [0, 1, 2]
    # variant: "每取得50万元专项资金加0.5分,最高3分" on 3 — 120 → 1 (2 whole steps), 300 → 3
    assert _scores("每取得50万元专项资金加0.5分,最高3分。", 3, ["120", "300"]) == [1, 3]
    # variant (a near-miss of test_r1 until r30): "每完成1000万元,加0.1分,以3分为限" on 3 — 2500 → 0.2 (2 whole steps),
    # 30000 → 3
    assert _scores("每完成1000万元,加0.1分,以3分为限。", 3, ["2500", "30000"]) == [Decimal("0.2"), 3]
    # variant: a cap after the step, 1 per whole 3 万元 on 8: 23.9 → 7
    assert _scores("纳税额每满3万元得1分,最高8分。", 8, ["23.9"]) == [7]


def test_money_near_misses_refused():
    # another amount in another unit (万元 / 亿元): the value's unit would be a guess
    assert _refused("每获得30万元融资得1分,融资总额不足1亿元不得分。", 8)
    # 1.5 per step on 8: the 分值 is not reached in whole steps and no cap is written
    assert _refused("每获得30万元融资得1.5分。", 8)
    # a cap above the 分值
    assert _refused("纳税额每满3万元得1分,最高10分。", 8)


# --- context: an item number before, 繁体, a comma for the full stop ------------------------------------------------

@pytest.mark.parametrize("text", ["1.公安报刊发消息,每次(条)计0.05分。此项最高计1分。",
                                  "(2)公安报刊发消息,每次(条)计0.05分,此项最高计1分。",
                                  "公安報刊發消息,每次(條)計0.05分。此項最高計1分。"])
def test_context_variants_read_the_same(text):
    # as fresh46 BG10-2 on 1: 0.05 each up to 1 — 10 → 0.5, 20 → 1
    assert _scores(text, 1, ["10", "20"]) == [Decimal("0.5"), 1]


def test_context_base_with_item_number():
    # as fresh42 BC3-7 with "(1)" before and the cap after a comma: 0 → 5, 2 → 7, 6 → 10
    assert _scores("(1)年度未接受法援案件指派任务的,得5分;每办理1件加1分,最多加5分。", 10, ["0", "2", "6"]) == [5, 7, 10]
