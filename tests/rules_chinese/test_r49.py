"""r49: the same rule laid out differently — its points first, an item number first (issue 11, reader).

r45's meaning-preserving rewrites (``r45_rewrites``) found layouts the reader refused although it reads the same rule in
its usual layout: a text OPENING with the row's 分值 — "（5分）…" / "5分：…" / "【5分】…" (0 of 108 read) — and a
leading item number "1." / "（1）" / "①" / "一、" / "1、" (46–93 texts refused that read without it). One repair step,
repairs._points_first, writes each layout as the plain text (a note says so), and only when the points leave no doubt:

* a leading "（W分）" equal to the row's 分值 is the 分值 restated (dropped);
* every clause opening with its own points "（3分）A；（2分）B" is the items' layout "A（3分）；B（2分）";
* the row's item number opening the text, no other item number after it, is dropped (a numbered list keeps its numbers);
* any other leading points — a part of the row that does not settle the score — are refused (guard.refuse_points_first;
  "（5分）每缺一项扣1分" on a 10-point row read "*: W - 1 per 1" before, the bracket taken for words).

Hand scores are from the sentence text (comment beside each case), never copied from a run.
"""

import pytest

from jixiao.rules.chinese import read_rule_text
from tests.rules_chinese import r45_rewrites
from tests.rules_chinese.corpus import judge, load
from tests.rules_chinese.test_i11k import _refused, _scores

_BY_ID = {e["id"]: e for e in load()[1]}

#: the layouts this task reads, as r45_rewrites prints them
LAYOUTS = ("weight_first", "weight_front", "weight_colon", "weight_lenticular", "number_dot", "number_paren", "number_circled",
           "number_dun", "number_cn", "parts_first")


def _same(sid, layout):
    """The corpus sentence ``sid`` printed in ``layout``: the rewrite applies, reads the same as the plain text, and is
    judged right against the corpus label."""
    entry = _BY_ID[sid]
    out = r45_rewrites.compare(entry, layout)
    assert out is not None, (sid, layout)
    kind, text, detail = out
    assert kind == "same", (sid, layout, text, detail)
    assert judge(dict(entry, text=text))[0] == "read", (sid, layout, text)


# ---- 1. the row's 分值 printed first ----

@pytest.mark.parametrize("layout", ["weight_first", "weight_colon", "weight_lenticular"])
@pytest.mark.parametrize("sid", ["BA6-2", "AN1-5", "AF1-2", "AP5-2", "AL1-7", "BK12-1"])
def test_weight_first_reads_as_the_plain_text(sid, layout):
    # BA6-2 "经营单位考核数量达20 家得1 分,否则不得分" (fresh40, W 1), AN1-5 "編外人數小于或等于155名計3分,超過不計分"
    # (fresh27, W 3), AF1-2 "…审核错情累计条数每年≤3条,得1分;否则不得分…" (fresh19, W 1), AP5-2 "2.指示牌不醒目扣2分"
    # (fresh29, W 2), AL1-7 "7、依法对违法排污企业进行处罚,得1分,发现1例未执法处理的不得分" (fresh25, W 1),
    # BK12-1 "发生5分钟以上(含)15分钟以下延误事件的,每起减5分;" (fresh50, W 1000: a 分值 of four digits)
    _same(sid, layout)


def test_weight_first_variants():
    # written here (W 5): "（5分）" then bands: 95 % → 5, 85 % → 3, 70 % → 0
    assert _scores("（5分）完成率达到90%以上得5分，80%（含）至90%得3分，低于80%不得分", 5, ["95%", "85%", "70%"]) \
        == {"95%": 5, "85%": 3, "70%": 0}
    # "5分：" then a deduction per finding (W 5): 0 → 5, 2 → 5 − 2 × 1 = 3, 7 → 0 (扣完为止)
    assert _scores("5分：每发现一处问题扣1分，扣完为止。", 5, ["0", "2", "7"]) == {"0": 5, "2": 3, "7": 0}
    # "【2分】" with an item number after it (W 2): 按时 → 2, otherwise 0
    r = read_rule_text("【2分】1、按时报送年度报告的得2分，否则不得分", 2)
    assert r.ok and r.rule.score("符合", 2) == 2 and r.rule.score("不符合", 2) == 0
    # the item number first, then the 分值 (W 3): ≤ 155 → 3, 156 → 0
    assert _scores("（2）（3分）编外人数小于或等于155名计3分,超过不计分", 3, ["155", "156"]) == {"155": 3, "156": 0}


@pytest.mark.parametrize(("text", "w"), [
    ("（5分）建立台账；按月报送得5分", 10),  # near miss: a part beside another part — does "（5分）" hold the first clause only?
    ("（5分）每缺一项扣1分，扣完为止", 10),  # a part of a 10-point row: what earns the other 5? (read "W − 1 per 1" before)
    ("（1分）2.指示牌不醒目扣2分", 2),  # AP5-2 with points below its 分值 first
    ("5分：按时报送得3分，否则不得分", 3),  # points first above the 分值
    ("（3分）建立台账，按月报送", 5),  # one part of a 5-point row
])
def test_points_first_that_are_not_the_weight_are_refused(text, w):
    _refused(text, w)


def test_points_first_without_a_weight_are_refused():
    # no 分值 to compare with: "（5分）" may be the row's or a part's
    _refused("（5分）每缺一项扣1分，扣完为止", None)


# ---- 2. every clause with its points first ----

def test_parts_first_read_as_items():
    # BK14-2 "健全工程、财务管理制度 1 健全廉政建设制度 1 健全档案、安全管理制度 1" (fresh50, W 3) printed with each item's
    # points first: items 1 + 1 + 1 = 3
    for text in ("（1分）健全工程、财务管理制度；（1分）健全廉政建设制度；（1分）健全档案、安全管理制度",
                 "1分：健全工程、财务管理制度；1分：健全廉政建设制度；1分：健全档案、安全管理制度"):
        r = read_rule_text(text, 3)
        assert r.kind == "checklist" and r.max_points == 3 and sorted(i.points for i in r.items) == [1, 1, 1]
    # written here (W 5): "【3分】建立台账。【2分】按月报送。" → items 3 + 2
    r = read_rule_text("【3分】建立台账。【2分】按月报送。", 5)
    assert r.kind == "checklist" and r.max_points == 5 and sorted(i.points for i in r.items) == [2, 3]


@pytest.mark.parametrize("sid", ["AM5-1", "AM5-2", "AA9-3"])
def test_parts_first_corpus(sid):
    # AM5-1 "成立领导小组(2分);有关部门参加(2分)" (fresh26, W 4: 2 + 2), AM5-2 "明确部门责任(2分);配齐人员(2分)" (W 4: 2 + 2),
    # AA9-3 "xx市文明村镇评选上报(0.5分);…(1分);…(0.5分);…(1分)。" (fresh14, W 3: 0.5 + 1 + 0.5 + 1) — each item's points first
    _same(sid, "parts_first")


@pytest.mark.parametrize(("text", "w"), [
    ("（2分）达到90%以上得2分；（2分）建立台账", 4),  # near miss: a clause with points of its own — which hold?
    ("（3分）建立台账；按月报送（2分）", 5),  # near miss: the layouts mixed — the first clause's points are not settled
])
def test_parts_first_not_settled_are_refused(text, w):
    _refused(text, w)


# ---- 3. the row's item number first ----

@pytest.mark.parametrize("layout", ["number_dot", "number_paren", "number_circled", "number_dun", "number_cn"])
@pytest.mark.parametrize("sid", ["BA6-2", "AN1-5", "AF1-2"])
def test_item_number_first_reads_as_the_plain_text(sid, layout):
    _same(sid, layout)


def test_item_number_variants():
    # written here (W 4): "（三）" then bands — 96 % → 4, 92 % → 2, 80 % → 0
    assert _scores("（三）资金到位率达到95%以上得4分，90%（含）至95%得2分，低于90%不得分", 4, ["96%", "92%", "80%"]) \
        == {"96%": 4, "92%": 2, "80%": 0}
    # "②" then a deduction with a cap (W 3): 0 → 3, 1 → 2.5, 10 → 0
    assert _scores("②每发现一起违规行为扣0.5分，扣完为止", 3, ["0", "1", "10"]) == {"0": 3, "1": 2.5, "10": 0}


def test_numbered_list_keeps_its_numbers():
    # near miss: several numbers mark items — none is dropped (items 1 + 2 = 3, as read before r49)
    r = read_rule_text("1、建立台账得1分；2、按月报送得2分", 3)
    assert r.kind == "checklist" and r.max_points == 3
    assert not any("本行序号" in u for u in r.understood)
    # near miss: "1.5分" is points, not an item number "1."
    r = read_rule_text("1.5分：按时报送得1.5分，否则不得分", 1.5)
    assert not any("本行序号" in u for u in r.understood)
