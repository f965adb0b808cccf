"""r22: more meaning-preserving rewrites for refused text (rewrites.py) and two spellings read by normalise.

r22's two rewrites for items with their points in brackets (bare "(2.5)", items parted at "(N分)") were folded into
the one recogniser of that notation, inlinepoints.py, in r26: their sentences and expected items are read by it below
(``INLINE``), their near-misses are refused by it (``NOT_INLINE``; more in test_r26.py).

Per rewrite: the corpus sentence(s) that show the notation (source id), two variants written here (expected scores by
hand arithmetic in the comments), near-misses the rewrite leaves alone and near-misses that stay refused. The property
"a rewrite never changes the reading of a corpus sentence the reader already reads" runs over every rewrite in
test_r20 (``REWRITES`` is iterated there).
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from jixiao.rules.chinese import read_rule_text
from jixiao.rules.chinese.inlinepoints import read_inline_levels, read_inline_points
from jixiao.rules.chinese.normalise import _normalise_chars
from jixiao.rules.chinese.rewrites import (
    MAX_READS,
    NOTE,
    REWRITES,
    all_or_none,
    glued_points,
    grade_factors,
    one_fails_all,
    variants,
)
from tests.rules_chinese.corpus import judge, load
from tests.rules_chinese.test_r13 import _refused, _scores


def _checklist(text: str, w: object) -> list[tuple[str, Decimal]]:
    r = read_rule_text(text, w)
    assert r.kind == "checklist" and r.max_points == Decimal(str(w)), (r.kind, r.understood)
    return [(i.text, i.points) for i in r.items]


def _note(text: str, w: object) -> str:
    return next(u for u in read_rule_text(text, w).understood if u.startswith(NOTE))


# ---- each new rewrite on its corpus sentence, on variants written here, and left alone on near-misses

REWRITTEN = [
    # grade_factors — fresh32 AS5-1 (10-point row: 1.0 → 10, 0.8 → 8, 0.6 → 6)
    (grade_factors, "优( 1.0 )符合要求 良( 0.8 )基本符合 中( 0.6 )一般要求", 10, "符合要求得10分；基本符合得8分；一般要求得6分"),
    # 5-point row: 1 → 5, 0.8 → 4, 0.6 → 3
    (grade_factors, "优(1.0)资料齐全 良(0.8)基本齐全 中(0.6)不齐全", 5, "资料齐全得5分；基本齐全得4分；不齐全得3分"),
    # no description: the grade names the level; 4 × 0.5 = 2
    (grade_factors, "A（1） B（0.5）", 4, "A得4分；B得2分"),
    # one_fails_all — fresh35 AV8-1 (5-point row), fresh37 AX5-1 (10-point row)
    (one_fails_all, "其中一项工程未按规定完成,扣全分。", 5, "其中每有一项工程未按规定完成扣5分。"),
    (one_fails_all, "机构、人员或经费任1项不落实,本项即不得分。", 10, "机构、人员或经费每有1项不落实扣10分。"),
    (one_fails_all, "有一项资料未归档的,扣全分", 3, "每有一项资料未归档扣3分"),
    (one_fails_all, "只要有一项工程未完成,扣全分。", 4, "只要每有一项工程未完成扣4分。"),
    # all_or_none — fresh29 AP13-1
    (all_or_none, "全扣全得", 1, "不符合扣1分"),
    (all_or_none, "全得全扣。", 2, "不符合扣2分"),
    (all_or_none, "按时报送，全得全扣", 2, "按时报送得2分，否则不得分"),
    # glued_points — fresh32 AS1-1 (still refused after it: "低于100按百分比得分" says no formula)
    (glued_points, "普查率达100%,得10低于100按百分比得分。", 10, "普查率达100%,得10分，低于100按百分比得分。"),
    (glued_points, "资料齐全得5否则不得分", 5, "资料齐全得5分，否则不得分"),
    (glued_points, "按时报送计3逾期不得分", 3, "按时报送计3分，逾期不得分"),
    # one_fails_all on fresh18 AE3-6 (任何一个)
    (one_fails_all, "市、任何一个县(市、区)没有文件不得分。", 1, "市、每有一个县(市、区)没有文件扣1分。"),
]


@pytest.mark.parametrize("rewrite, text, w, expected", REWRITTEN)
def test_rewrite(rewrite, text, w, expected):
    assert rewrite(text, Decimal(w)) == expected


LEFT_ALONE = [
    (grade_factors, "优(0.9)符合要求 良(0.8)基本符合", 10),  # the top factor is not 1: the top grade would not earn the 分值
    (grade_factors, "优(1.2)符合要求 良(1.0)基本符合", 10),  # a factor above 1
    (grade_factors, "符合要求优(1.0) 基本符合良(0.8)", 10),  # words before the first grade
    (grade_factors, "优(1.0)符合要求", 10),  # one grade: nothing says it is a scale
    (grade_factors, "优(1.0)符合要求得10分 良(0.8)基本符合", 10),  # points already printed
    (one_fails_all, "第一项工作未完成,扣全分", 5),  # 第一项 is the first item, not "any one"
    (one_fails_all, "一项都未完成的不得分", 5),  # "none done"
    (one_fails_all, "仅一项完成的不得分", 5),  # "only one done"
    (one_fails_all, "有一项未完成扣2分", 5),  # not all of the points
    (one_fails_all, "其中一项工程未按规定完成,扣全分", None),
    (one_fails_all, "符合要求，得满分\n有1项不符合要求，不得分", 3),  # fresh4 P10-8: another clause scores too
    (all_or_none, "资料不全扣2分，全扣全得", 2),  # a number in the requirement
    (all_or_none, "全扣全得", None),
    (all_or_none, "全得", 2),
    (glued_points, "资料齐全得3否则不得分", 5),  # 3 is not the 分值: it may be a count
    (glued_points, "资料齐全得5项", 5),  # a count word after the number
    (glued_points, "资料齐全得5分", 5),  # its 分 is there
    (glued_points, "资料齐全得5否则不得分", None),
]


@pytest.mark.parametrize("rewrite, text, w", LEFT_ALONE)
def test_rewrite_left_alone(rewrite, text, w):
    assert rewrite(text, None if w is None else Decimal(w)) is None


def test_every_new_rewrite_is_tested_and_named():
    mine = {grade_factors, one_fails_all, all_or_none, glued_points}
    assert mine <= {rw.apply for rw in REWRITES}
    assert mine <= {r for r, *_ in REWRITTEN} and mine <= {r for r, *_ in LEFT_ALONE}
    assert "补全“为止”" not in {rw.name for rw in REWRITES}  # moved to normalise (扣完止)
    # one mechanism reads inline bracketed points (r26): inlinepoints.py, no rewrite
    assert not {"括号内裸数补“分”", "括号分值处分项"} & {rw.name for rw in REWRITES}


# ---- r22's bracket forms, read by inlinepoints since r26 (the sentences and points of r22's two rewrites)

INLINE = [
    # bare points — fresh36 AW10-1's form: 2.5 + 2.5 = 5
    ("建立完善的安全生产责任制度,做到制度上墙。(2.5)企业主要负责人和分管副职有明确的安全生产职责。(2.5)", 5,
     [("建立完善的安全生产责任制度,做到制度上墙", "2.5"), ("企业主要负责人和分管副职有明确的安全生产职责", "2.5")]),
    # 1.5 + 1.5 + 2 = 5
    ("台账齐全(1.5)资料归档(1.5)专人负责(2)", 5, [("台账齐全", "1.5"), ("资料归档", "1.5"), ("专人负责", "2")]),
    # items parted at their points — fresh31 AR5-1 (nothing between, 繁体 kept): 5 + 5 = 10
    ("按章程規定的時限、條件和程序召開會員代表大會(5分)重大事項表決通過(5分)", 10,
     [("按章程規定的時限、條件和程序召開會員代表大會", "5"), ("重大事項表決通過", "5")]),
    # fresh39 AZ2-1's form (a space): 4 + 4 = 8
    ("民生问题明显改善(4分) 辖区内刑事件、治安事件逐年下降(4分)", 8, [("民生问题明显改善", "4"), ("辖区内刑事件、治安事件逐年下降", "4")]),
    # fresh37 AX9-1's form (",(1分)"): 1 + 1 = 2
    ("建立工作机制,(1分)每年至少召开3次工作会议,(1分)", 2, [("建立工作机制", "1"), ("每年至少召开3次工作会议", "1")]),
    # fresh37 AX4-3's form (",2分)" — its "(" lost; "(组长)" kept as printed): 2 + 2 = 4
    ("担任主任(组长)(2分)。列入重要议程,2分)。", 4, [("担任主任(组长)", "2"), ("列入重要议程", "2")]),
]


@pytest.mark.parametrize("text, w, expected", INLINE)
def test_bracket_forms_read_inline(text, w, expected):
    r = read_inline_points(text, Decimal(w), [])
    assert r is not None and [(i.text, str(i.points)) for i in r.items] == expected and r.max_points == w
    assert [(n, str(p)) for n, p in _checklist(text, w)] == expected  # the whole reader: the same items
    assert not any(u.startswith(NOTE) for u in read_rule_text(text, w).understood)  # no rewrite


NOT_INLINE = [
    ("(1)建立制度。(2)按时报送。", 3),  # item numbers 1, 2 (they open items; the text ends in words)
    ("建立制度(1)按时报送(2)", 3),  # 1, 2, … is a list's numbering even at the end
    ("建立制度(3)按时报送(3)", 5),  # 3 + 3 is not the 分值 5
    ("建立制度(2)次", 2),  # a count: "(2)次"
    ("建立制度(2分)", 2),  # one item: its points are the 分值
    ("建立制度(2.5)按时报送(2.5)", None),  # no 分值 to add up to
    ("完成率达到90%(5分)以上", 5),  # 以上 goes on with the clause
    ("资料齐全(2分)的,按时报送", 2),
    ("资料齐全(2分)", 2),  # nothing after the points
    ("资料齐全(其中台账,2分)", 2),  # "2分)" closes an open bracket: nothing lost
    # fresh30 AQ4-5: one bare number, the 分值 (r22's rewrite gave it its 分; the deduction after it kept the row
    # refused, and does so now: one bracketed number is no list of items)
    ("维护管理统计基本单位名录库(15)。名录库信息数据每 差异现扣1分。", 15),
]


@pytest.mark.parametrize("text, w", NOT_INLINE)
def test_bracket_near_misses_not_read_inline(text, w):
    weight = None if w is None else Decimal(w)
    assert read_inline_points(text, weight, []) is None and read_inline_levels(text, weight) is None


# ---- corpus sentences newly read (each through the whole reader and the corpus judge)

_, _SENTENCES = load()
_BY_ID = {e["id"]: e for e in _SENTENCES}


@pytest.mark.parametrize("sid", ["AS5-1", "AS5-4", "AV8-1", "AX5-1", "AP13-1", "AE3-6"])
def test_corpus_sentence_read_through_rewrites(sid):
    e = _BY_ID[sid]
    assert judge(e) == ("read", "")
    assert _note(e["text"], e["w"])


@pytest.mark.parametrize("sid", ["AW10-1", "AR5-1", "AX9-1", "AZ2-1", "AZ2-2", "AZ2-3", "AZ2-4"])
def test_corpus_sentence_read_directly_since_the_merge(sid):
    """Read through rewrites on r22 alone; since the lead merged r25 (inlinepoints.py reads items with their points in
    brackets) they are read directly — the same items, no rewrite needed."""
    e = _BY_ID[sid]
    assert judge(e) == ("read", "")


@pytest.mark.parametrize("sid", ["AW10-2", "AX4-3", "BB1-3"])
def test_corpus_sentence_read_inline_since_r26(sid):
    """Read through r22's bracket rewrites until r26; now by inlinepoints.py, without any rewrite (test_r26 shows how)."""
    e = _BY_ID[sid]
    assert judge(e) == ("read", "")
    assert not any(u.startswith(NOTE) for u in read_rule_text(e["text"], e["w"]).understood)


@pytest.mark.parametrize("sid", ["AV1-2"])
def test_corpus_sentence_read_directly(sid):
    """Read by normalise's spelling ("%1" for a circled item number), without any rewrite."""
    e = _BY_ID[sid]
    assert judge(e) == ("read", "")
    assert not any(u.startswith(NOTE) for u in read_rule_text(e["text"], e["w"]).understood)


# ---- readings of variants written here (hand arithmetic in the comments)


def test_bare_bracket_points_read_inline():
    # 3 + 2 = 5: two items
    assert [p for _, p in _checklist("明确专人负责。(3)按时报送统计报表。(2)", 5)] == [3, 2]
    # 1.5 + 1.5 + 2 = 5
    assert sum(p for _, p in _checklist("台账齐全。(1.5)资料归档。(1.5)专人负责。(2)", 5)) == 5


def test_grade_factors_read_as_levels():
    # 5-point row: 1.0 × 5 = 5; 0.8 × 5 = 4; 0.6 × 5 = 3 (the reader names the top level by its short form 齐全)
    _scores("优(1.0)资料齐全 良(0.8)基本齐全 中(0.6)不齐全", 5, {"齐全": 5, "基本齐全": 4, "不齐全": 3})
    # 20-point row: 1.0 → 20, 0.7 → 14, 0.4 → 8
    _scores("好( 1.0 )按时完成 较好( 0.7 )基本按时 差( 0.4 )严重滞后", 20, {"按时完成": 20, "基本按时": 14, "严重滞后": 8})


def test_one_fails_all_reads_any_failure_as_zero():
    # 3-point row: no file missing → 3; one or more → 0
    _scores("档案资料完整。有一项资料未归档的,扣全分", 3, {"0": 3, "1": 0, "4": 0})
    # 4-point row: none missing → 4; 1 → 0; 3 → 0
    _scores("台账、记录或报表任1项缺失,本项即不得分。", 4, {"0": 4, "1": 0, "3": 0})


def test_items_with_bracketed_points_read_inline():
    # 2 + 3 = 5
    assert _checklist("建立工作台账(2分) 按时报送统计报表(3分)", 5) == [
        ("建立工作台账", Decimal(2)), ("按时报送统计报表", Decimal(3))]
    # 1 + 1 + 1 = 3
    assert sum(p for _, p in _checklist("制度健全(1分)人员到位(1分)经费落实(1分)", 3)) == 3


def test_a_bonus_completing_the_weight_is_no_rewrite():
    # fresh31 AR5-2: a rewrite "加N分 → 得N分 when all points add up to the 分值" was tried in r22 and dropped (test_r16
    # keeps "成立领导小组2分;工作突出的加2分" from being a checklist); since the lead merged r24, bonus.py reads AR5-2 as a
    # base and its bonuses (6 + 2 + 2 = 10, as labelled) — directly, not through a rewrite
    r = read_rule_text("理事會由各路領軍人才構成為6分;其中有創新創業人才和青年人才加2分,創新創業人才和青年人才比例較高再加2分", 10)
    assert r.kind == "checklist" and r.max_points == 10 and not any(u.startswith(NOTE) for u in r.understood)


def test_all_or_none_reads_pass_or_nothing():
    # 2-point row: 符合 → 2, 不符合 → 0
    _scores("全得全扣", 2, {"符合": 2, "不符合": 0})
    # 3-point row: 按时报送 → 3; anything else → 0
    _scores("按时报送，全扣全得", 3, {"按时报送": 3, "逾期": 0})


@pytest.mark.parametrize("text, w", [
    ("良( 0.8 )基本符合 中( 0.6 )一般", 10),  # the top factor 0.8: no grade earns the 分值
    # (fresh32 AS5-2 "优( 1.0 )符合要求 良( 0.8 )一项弱 中( 0.6 )二项弱" was refused here: through this rewrite "一项弱" reads
    # as a count. Since r31 tablelevels.py reads the grades as one scale, each level named as printed — its label —
    # without the rewrite: tests/rules_chinese/test_r31.py::test_graded_levels)
    ("仅一项工程按规定完成,扣全分。", 5),  # "only one done": not "any one fails"
    ("建立制度(3)按时报送(3)", 5),  # bare numbers adding up to 6 on a 5-point row
    ("建立台账。(2)按时报送。(3)", 5),  # 2, 3: a numbering, though they add up to the 分值
    ("资料齐全(其中台账,2分)按时报送(3分)", 5),  # the 2 points are the open bracket's ("其中台账"), not an item's
])
def test_near_misses_stay_refused(text, w):
    r = read_rule_text(text, w)
    assert not r.ok and r.kind != "checklist", r.canonical


def test_variants_stay_bounded_on_every_refused_corpus_text():
    for e in _SENTENCES:
        w = e["w"]
        if read_rule_text(e["text"], w).kind == "unreadable":
            assert len(variants(e["text"], None if w is None else Decimal(str(w)))) <= MAX_READS, e["id"]


# ---- normalise: 扣完止 (moved from r20's rewrite), "%1" for a circled number


def test_kou_wan_zhi_is_read_as_kou_wan_wei_zhi():
    # 3-point row, 1 per time, floor 0: 0 → 3; 1 → 2; 3 → 0; 5 → 0
    for text in ("每少一次扣1分，扣完止", "每少一次扣1分，扣完为止"):
        _scores(text, 3, {"0": 3, "1": 2, "3": 0, "5": 0})
    assert read_rule_text("每少一次扣1分，扣完止", 3).canonical == read_rule_text("每少一次扣1分，扣完为止", 3).canonical
    # "扣满6分止" (fresh31 AR11-1, r18) on an 8-point row: 3 per item, at most 6 off: 0 → 8; 1 → 5; 2 → 2; 3 → 2
    _scores("每发生一项扣3分,扣满6分止", 8, {"0": 8, "1": 5, "2": 2, "3": 2})
    # no rewrite note: read directly
    assert not any(u.startswith(NOTE) for u in read_rule_text("每少一次扣1分，扣完止", 3).understood)


def test_ocr_letters_inside_a_number_stay_unguessed():
    # fresh36 AW1-3 "扣 l0 分": reading "l0" as 10 was tried in r22 and dropped — test_i11e keeps "达标得l0分" refused on
    # a 10-point row on purpose ("l0" is not guessed to be 10); the sentence stays refused
    _refused("经济承包中无安全生产指标的扣 l0 分", 10)


def test_percent_one_is_a_circled_item_number():
    # fresh35 AV1-2: 3 + 1 = 4, two items
    assert _checklist("%1未擅自调整项目计划或变更项目建设内容(3分);%1县有项目工程管护制度和管理人员职责(1分)。", 4) == [
        ("未擅自调整项目计划或变更项目建设内容", Decimal(3)), ("县有项目工程管护制度和管理人员职责", Decimal(1))]
    # variants: 2 + 1 = 3; a space before the mark
    assert sum(p for _, p in _checklist("%1资料齐全(2分);%2按时报送(1分)", 3)) == 3
    assert _normalise_chars("资料齐全 %1按时报送").endswith("①按时报送")
    # left alone: a per cent sign after its number
    assert _normalise_chars("完成率达到90%1次") == "完成率达到90%1次"
    assert _normalise_chars("增长率%以上") == "增长率%以上"
