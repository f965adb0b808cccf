"""r26: one mechanism for inline bracketed points — the forms only r22's two rewrites read, now in inlinepoints.py.

A. Bare points after each item's stop, which the normaliser writes as the next item's number ("。(2)建立…" → "。2、建立…"):
   put back in brackets when the text ends with one (fresh36 AW10-2).
B. The opening bracket lost ("…议程,2分)") and a note after the last item's points ("…(2分),使创建活动经常化…")
   (fresh37 AX4-3).
C. Levels printed the same way, from the 分值 down to 0, nothing between them (fresh41 BB1-3).
D. Without a 分值: "(N分)" items read when their points do not fall all the way and no name holds a lesser word (the
   four rows r22's rewrites read without a 分值, and the other corpus rows of this notation, as labelled at their 分值).

Per form: the corpus sentence (by id), variants written here (expected points by hand arithmetic in the comments) and
near-misses that must be refused. r22's own sentences and near-misses for the removed rewrites are in test_r22.py
(``INLINE``, ``NOT_INLINE``).
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from jixiao.rules.chinese import read_rule_text
from jixiao.rules.chinese.inlinepoints import read_inline_levels, read_inline_points
from jixiao.rules.chinese.rewrites import NOTE
from tests.rules_chinese.corpus import judge, load
from tests.rules_chinese.test_r13 import _refused, _scores

_BY_ID = {e["id"]: e for e in load()[1]}


def _items(text: str, w: object) -> list[tuple[str, str]]:
    r = read_rule_text(text, w)
    assert r.kind == "checklist" and r.max_points == Decimal(str(w)), (r.kind, r.understood)
    assert not any(u.startswith(NOTE) for u in r.understood)  # read directly, no rewrite
    return [(i.text, str(i.points)) for i in r.items]


@pytest.mark.parametrize("sid", ["AW10-2", "AX4-3", "BB1-3"])
def test_corpus_sentences_read_without_rewrites(sid):
    e = _BY_ID[sid]
    assert judge(e) == ("read", "")
    assert not any(u.startswith(NOTE) for u in read_rule_text(e["text"], e["w"]).understood)


# --- A. bare points after the stops ------------------------------------------------------------------------------

def test_corpus_bare_points_after_stops():
    # fresh36 AW10-2 (W 16): 2 + 4 + 4 + 6 = 16, each item named by its sentence
    assert _items(_BY_ID["AW10-2"]["text"], 16) == [
        ("把安全文化纳入企业文化建设重要内容,同步研究、同步部署", "2"), ("建立创建活动领导机构,有明确职能部门负责组织实施", "4"),
        ("制定年度安全文化建设计划,目标任务明确,责任落实", "4"), ("每年安排一定经费用于开展安全文化建设活动并落实到位", "6")]


def test_bare_points_after_stops_variants():
    # 3 + 3 + 4 = 10
    assert _items("成立安全生产领导小组,明确职责。(3)制定年度安全工作计划。(3)开展安全检查并有记录。(4)", 10) == [
        ("成立安全生产领导小组,明确职责", "3"), ("制定年度安全工作计划", "3"), ("开展安全检查并有记录", "4")]
    # two items, 1 + 3 = 4 (1, 3 is no numbering)
    assert _items("建立台账。(1)按时报送报表。(3)", 4) == [("建立台账", "1"), ("按时报送报表", "3")]
    # after semicolons, full-width brackets: 2 + 4 = 6
    assert _items("建立制度；（2）落实责任；（4）", 6) == [("建立制度", "2"), ("落实责任", "4")]


@pytest.mark.parametrize("text, w", [
    ("建立台账。(2)按时报送。(3)归档。(4)", 9),  # 2, 3, 4: a numbering, though 2 + 3 + 4 = 9 is the 分值
    ("建立台账。(2)按时报送。(4)", 5),  # 2 + 4 = 6, not the 分值 5
    ("建立台账。(2)按时报送。(4)", None),  # no 分值 to add up to
])
def test_bare_points_near_misses_refused(text, w):
    _refused(text, w)


def test_numbers_opening_the_items_are_no_points():
    # the text ends in words: the numbers open the items after them, never points of the items before them. Since
    # session 39 (r67's requirements-only module, item numbers taken off) the three requirements without a word on
    # scoring are a judgement of the row (max 6, no formula) — still no reading of (2)/(4) as points
    r = read_rule_text("建立台账。(2)按时报送。(4)归档", 6)
    assert r.rule is None and not r.items and r.kind in ("unreadable", "judgement"), r


# --- B. a lost opening bracket, a note after the last points ------------------------------------------------------

def test_corpus_lost_bracket_and_note():
    # fresh37 AX4-3 (W 8): 2 + 2 + 2 + 2 = 8; "(组长)" kept as printed; the aim after the items is a note
    r = read_rule_text(_BY_ID["AX4-3"]["text"], 8)
    assert [(i.text, str(i.points)) for i in r.items] == [
        ("党委或行政主要领导担任主任(组长)", "2"), ("把精神文明创建工作列入重要议程", "2"), ("创建工作组织网络健全", "2"),
        ("创建工作经费落实", "2")] and r.max_points == 8
    assert "说明（不参与计分）：使创建活动经常化、制度化、规范化" in r.understood


def test_lost_bracket_and_note_variants():
    # 2 + 3 = 5, the aim after them a note
    assert _items("成立领导小组(2分),制定工作方案(3分),确保工作落到实处。", 5) == [("成立领导小组", "2"), ("制定工作方案", "3")]
    # the second "(" lost: 1 + 1 = 2
    assert _items("建立台账(1分)。按时报送,1分)。", 2) == [("建立台账", "1"), ("按时报送", "1")]
    # 繁体, a note after a stop: 3 + 2 = 5
    assert _items("成立領導小組(3分)制定實施方案(2分)。資料須存檔備查", 5) == [("成立領導小組", "3"), ("制定實施方案", "2")]
    # "以上…" may speak of the items: no note of inlinepoints (the clause reader reads such a row with its own checks)
    assert read_inline_points("成立领导小组(2分)制定工作方案(3分),以上资料存档", Decimal(5), []) is None


@pytest.mark.parametrize("text, w", [
    ("成立领导小组(2分),制定工作方案(3分),未制定方案的不得分", 5),  # a deduction after the items: whose points?
    ("成立领导小组(2分),制定工作方案(3分),缺一项不给分", 5),  # a lack after the items: a rule, no note
    ("成立领导小组(2分),制定工作方案(3分),视情况扣分", 5),  # a judge's word
    ("成立领导小组(2分),制定工作方案(3分),每年至少2次", 5),  # a number after the items: a requirement left out
    ("成立领导小组(2分)制定工作方案(3分)以上", 5),  # 以上 goes on with the clause before
    ("资料齐全(其中台账,2分)按时报送(3分)", 5),  # "2分)" closes the open bracket: the points of 其中台账
    ("成立领导小组(2分)的单位制定工作方案(3分)", 5),  # "的" goes on with the clause: no second item there
    ("成立领导小组(2分)或制定工作方案(3分)", 5),  # 或: alternatives, not items to add
])
def test_lost_bracket_and_note_near_misses_refused(text, w):
    assert read_inline_points(text, Decimal(w), []) is None
    r = read_rule_text(text, w)  # refused, or left to a person (a judgement): never items
    assert r.rule is None and r.kind in ("unreadable", "judgement"), (r.kind, r.understood)


def test_words_that_only_begin_like_a_continuation_start_an_item():
    # "及时…", "下发…", "以…为…" begin items (GOES_ON holds words, not characters): 2 + 3 = 5; 1 + 1 + 2 = 4
    assert _items("成立领导小组(2分)及时制定工作方案(3分)", 5) == [("成立领导小组", "2"), ("及时制定工作方案", "3")]
    assert _items("制定实施方案(1分)下发文件(1分)以简报形式通报进展(2分)", 4) == [
        ("制定实施方案", "1"), ("下发文件", "1"), ("以简报形式通报进展", "2")]


# --- C. levels printed inline --------------------------------------------------------------------------------------

def test_corpus_inline_levels():
    # fresh41 BB1-3 (W 10): four printed levels, from the 分值 down to 0
    _scores(_BY_ID["BB1-3"]["text"], 10, {"完成相关许可认证": 10, "经努力可在近期完成": 6, "近期完成有困难": 3,
                                         "近期完成的可能性不大": 0})


def test_inline_levels_variants():
    # 6 (the 分值) / 3 / 0
    _scores("工作成效显著(6分)工作成效一般(3分)工作无成效(0分)", 6, {"工作成效显著": 6, "工作成效一般": 3, "工作无成效": 0})
    # 繁体, the levels named as printed: 5 / 3 / 0
    _scores("資料齊全規範(5分)資料基本齊全(3分)資料不全(0分)", 5, {"資料齊全規範": 5, "資料基本齊全": 3, "資料不全": 0})


@pytest.mark.parametrize("text, w", [
    ("资料齐全(4分)资料基本齐全(3分)资料不全(0分)", 5),  # the top level is not the 分值
    ("完成相关许可认证(10分)经努力可在近期完成(6分)近期完成有困难(3分)", 10),  # stops above 0, no lesser word: a gap
])
def test_inline_levels_near_misses_refused(text, w):
    _refused(text, w)


def test_inline_bands_are_bands_not_levels():
    # numbers that tell the options apart: bands, never worded levels. Refused here until r87; r87's glued options
    # (gluedoptions.py: the top is the 分值, the points differ, every option prints a number) part them and read the
    # bands: ≥95 → 10; [90, 95) → 6; below 90 → 0 (90 itself is printed in two bands: the higher, with a warning)
    assert read_inline_levels("完成率95%以上(10分)完成率90%以上(6分)完成率90%以下(0分)", Decimal(10)) is None
    r = read_rule_text("完成率95%以上(10分)完成率90%以上(6分)完成率90%以下(0分)", 10)
    assert r.ok and r.rule is not None and not r.rule.is_qualitative
    assert [r.rule.score(v, 10) for v in ("97%", "92%", "85%")] == [10, 6, 0]


# --- D. without a 分值 (weight None) ------------------------------------------------------------------------------
# r22's rewrites read four of these rows without a 分值; inlinepoints reads such rows when nothing says they could be
# levels (points falling all the way, a name with a lesser word)

@pytest.mark.parametrize("sid", ["AR5-1", "AX4-3", "AZ2-1", "AZ2-2", "AX9-1", "AE7-1", "Y4-3", "AG15-2", "U6-5", "U6-6",
                                 "AV1-1", "AX4-2", "AM5-1", "AM11-2", "BC2-3"])
def test_corpus_items_without_a_weight_are_the_labelled_items(sid):
    # the items and their sum without a 分值 are those read (and judged right) at the row's 分值, whose label is the sum
    e = _BY_ID[sid]
    at_w, at_none = read_rule_text(e["text"], e["w"]), read_rule_text(e["text"], None)
    assert at_none.kind == "checklist" and at_none.max_points == Decimal(str(e["checklist"]))
    assert [(i.text, i.points) for i in at_none.items] == [(i.text, i.points) for i in at_w.items]


def test_items_without_a_weight_variants():
    # 2 + 3 = 5 (the points rise: no levels)
    r = read_rule_text("成立工作领导小组(2分)制定年度工作计划(3分)", None)
    assert r.kind == "checklist" and r.max_points == 5 and [str(i.points) for i in r.items] == ["2", "3"]
    # 1 + 1 + 1 = 3 (equal points)
    r = read_rule_text("建立台账(1分)按时报送(1分)资料归档(1分)", None)
    assert r.kind == "checklist" and r.max_points == 3


@pytest.mark.parametrize("text", [
    # fresh22 AI3-2, labelled levels (2 / 1): falling points, a lesser word (不到底) — never a 3-point checklist
    "建立“横向到边、纵向到底”的应急预案体系。(2分)应急预案体系“横向到边、纵向不到底”或“纵向到底、横向不到边”。(1分)",
    "完成相关许可认证(10分)经努力可在近期完成(6分)近期完成有困难(3分)",  # falling all the way: levels (BB1-3 without 0)
    "建立台账(2.5)按时报送(2.5)",  # bare numbers: only a 分值 makes them points
])
def test_items_without_a_weight_near_misses(text):
    assert read_inline_points(text, None, []) is None
    assert read_rule_text(text, None).kind != "checklist"
