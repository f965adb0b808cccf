"""r31 (issue 11): levels printed as a flattened table — a description then bare points, with or without 分, no verb
(tablelevels.py). Expected scores come from the sentences by hand; each shape has the corpus sentences, wordings
written here, and near misses that must be refused."""

from __future__ import annotations

from decimal import Decimal

import pytest

from jixiao.rules.chinese import read_rule_text
from tests.rules_chinese.corpus import judge, load

_BY_ID = {e["id"]: e for e in load()[1]}


def _score(text: str, w: float, value: str) -> Decimal:
    r = read_rule_text(text, w)
    assert r.ok, (r.kind, r.understood)
    return r.rule.score(value, w)  # type: ignore[union-attr]


# --- worded levels, one a line, bare points ---------------------------------------------------------------------------

@pytest.mark.parametrize("sid", ["BG8-1", "BG8-2", "BG8-5", "BD13-1", "BD13-2", "BD13-3", "BD13-4", "BD13-5",
                                 "BG8-3", "BG8-4", "AS2-1", "AA3-2", "AS5-2"])
def test_corpus_sentences_read(sid: str) -> None:
    assert judge(_BY_ID[sid]) == ("read", "")


def test_bg8_1_levels_named_as_printed() -> None:
    # fresh46 BG8-1 (12 points): 未发放 12, 发放且已备案 6, 发放未备案 0 — each level's words as printed
    t = _BY_ID["BG8-1"]["text"]
    assert _score(t, 12, "未发放股东贷款") == 12
    assert _score(t, 12, "发放股东贷款,且已向监管部门备案") == 6
    assert _score(t, 12, "发放股东贷款,未向监管部门备案") == 0


@pytest.mark.parametrize(("text", "w", "value", "expected"), [
    # bare points a line: 10 / 5 / 0 as printed after each level
    ("按时报送 10\n逾期报送,但已说明原因 5\n未报送 0", 10, "逾期报送,但已说明原因", 5),
    ("按时报送 10\n逾期报送,但已说明原因 5\n未报送 0", 10, "按时报送", 10),
    # "N分" after spaces, one a line
    ("按时报送  10分\n逾期报送  5分\n未报送  0分", 10, "逾期报送", 5),
    # parted by semicolons, a comma inside the first level's words
    ("台账完整,记录清楚 6;台账基本完整 4;无台账 0", 6, "台账基本完整", 4),
    ("台账完整,记录清楚 6;台账基本完整 4;无台账 0", 6, "无台账", 0),
    # a scale's own words down to a level above 0 (优秀 / 良好 / 一般): 10 / 8 / 6 as printed
    ("优秀 10\n良好 8\n一般 6", 10, "良好", 8),
    ("优秀 10\n良好 8\n一般 6", 10, "一般", 6),
    # a heading ended by a colon is a note; the levels one a line
    ("评分标准：资料齐全 5\n资料基本齐全 3\n资料不全 0", 5, "资料基本齐全", 3),
])
def test_worded_variants(text: str, w: float, value: str, expected: int) -> None:
    assert _score(text, w, value) == expected


# --- a heading sentence, then "X N 分, Y N 分" (fresh43 BD13) -----------------------------------------------------------

@pytest.mark.parametrize(("text", "w", "value", "expected"), [
    # BD13-1 itself: 依据充分 3 (the 分值), 基本充分 2
    ("该指标主要考核项目目标依据的充分性。依据充分 3 分,基本充分 2 分。", 3, "依据充分", 3),
    ("该指标主要考核项目目标依据的充分性。依据充分 3 分,基本充分 2 分。", 3, "基本充分", 2),
    # written here: three levels down to 0, full-width comma
    ("该指标考核资料的完整性。资料齐全 5 分，资料基本齐全 3 分，资料不全 0 分。", 5, "资料基本齐全", 3),
    # written here: no heading, a lesser level above 0 (比较)
    ("规范 4 分,比较规范 2 分。", 4, "比较规范", 2),
])
def test_heading_then_levels(text: str, w: float, value: str, expected: int) -> None:
    assert _score(text, w, value) == expected


def test_heading_is_a_note_not_a_level() -> None:
    r = read_rule_text("该指标主要考核项目监测网点的覆盖程度。全面覆盖 2 分,基本覆盖 1 分。", 2)
    assert "说明（不参与计分）：该指标主要考核项目监测网点的覆盖程度" in r.understood
    assert not r.rule.names_text("该指标主要考核项目监测网点的覆盖程度")  # type: ignore[union-attr]


# --- numeric descriptions: bands through the whole reader -------------------------------------------------------------

@pytest.mark.parametrize(("value", "expected"), [
    # fresh46 BG8-3 (8 points): ≥70% 8; [60%,70%) 6; [50%,60%) 4; [40%,50%) 2; <40% 0
    ("80%", 8), ("70%", 8), ("69%", 6), ("60%", 6), ("50%", 4), ("45%", 2), ("39%", 0),
])
def test_bg8_3_bands(value: str, expected: int) -> None:
    assert _score(_BY_ID["BG8-3"]["text"], 8, value) == expected


@pytest.mark.parametrize(("text", "w", "value", "expected"), [
    # written here: =100% 10; [90%,100%) 8; [80%,90%) 5; <80% 0
    ("完成率100% 10\n完成率90%(含)~100% 8\n完成率80%(含)~90% 5\n完成率80%以下 0", 10, "95%", 8),
    ("完成率100% 10\n完成率90%(含)~100% 8\n完成率80%(含)~90% 5\n完成率80%以下 0", 10, "80%", 5),
    ("完成率100% 10\n完成率90%(含)~100% 8\n完成率80%(含)~90% 5\n完成率80%以下 0", 10, "79%", 0),
    # written here: ≥90% 6; [80%,90%) 4; <80% 0
    ("满意度达到90%以上 6\n满意度80%~90% 4\n满意度低于80% 0", 6, "92%", 6),
    ("满意度达到90%以上 6\n满意度80%~90% 4\n满意度低于80% 0", 6, "85%", 4),
])
def test_band_variants(text: str, w: float, value: str, expected: int) -> None:
    assert _score(text, w, value) == expected


# --- a number glued to short names down to 0 (fresh32 AS2-1), numbered options (fresh14 AA3-2) -------------------------

def test_glued_and_numbered() -> None:
    assert _score("是4;否0", 4, "否") == 0  # AS2-1: 否 is a level of its own (was *: 0 beside "符合")
    assert _score("好3;一般1;差0", 3, "一般") == 1  # written here
    t = _BY_ID["AA3-2"]["text"]  # 15 / 9 / 6 / 0 after each numbered option, the last after a comma
    assert _score(t, 15, "近2年净资产一年减少") == 6
    assert _score(t, 15, "两年都减少") == 0


# --- a grade and its factor of the 分值 before each level (fresh32 AS5-2) ----------------------------------------------

@pytest.mark.parametrize(("text", "w", "value", "expected"), [
    # AS5-2 itself on its 10-point row: 优 1.0 × 10 = 10, 良 0.8 × 10 = 8, 中 0.6 × 10 = 6
    ("优( 1.0 )符合要求 良( 0.8 )一项弱 中( 0.6 )二项弱", 10, "一项弱", 8),
    ("优( 1.0 )符合要求 良( 0.8 )一项弱 中( 0.6 )二项弱", 10, "二项弱", 6),
    # written here: 0.8 × 10 = 8, 0.5 × 10 = 5
    ("优(1.0)台账齐全 良(0.8)缺一项 中(0.5)缺两项", 10, "缺两项", 5),
    # written here on a 5-point row: 0.6 × 5 = 3
    ("A（1）资料完整 B（0.6）资料不完整", 5, "资料不完整", 3),
])
def test_graded_levels(text: str, w: float, value: str, expected: int) -> None:
    assert _score(text, w, value) == expected


# --- near misses: refused ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "w"), [
    ("配备1名以上综治社工\n有办公场所 5\n无 0", 5),  # a count ending a description, no points after it
    ("补助标准每人 20 元\n完成 10\n未完成 0", 10),  # an amount, no points
    ("2023\n完成 10\n未完成 0", 10),  # a year on a line of its own
    ("1 未发放股东贷款 12\n2 发放股东贷款 6", 12),  # item numbers before the words
    ("有计划 2\n有总结 1\n有台账 2", 5),  # points that do not fall (items?)
    ("完成 8\n基本完成 5\n未完成 0", 10),  # top level is not the 分值
    ("有计划 3\n有总结 2", 3),  # no 0 level and no lesser word: two things that may both hold
    ("占比70%以上 8\n占比60%以上 6\n占比60%以下,且有整改 2", 8),  # numbers telling levels apart, not one band rule
    ("完成目标值 10\n未完成目标值 0", 10),  # a comparison with the target is never a level
    ("优( 1.0 )符合要求 良( 0.8 )达标 90% 中( 0.6 )达标 80%", 15),  # fresh32 AS5-3: 90% / 80% tell grades apart
    ("优(0.9)符合要求 良(0.8)一项弱", 10),  # the top grade's factor is not 1: it would not earn the 分值
])
def test_near_misses_refused(text: str, w: float) -> None:
    r = read_rule_text(text, w)
    assert not r.ok and r.kind != "checklist", r.canonical


def test_refusal_names_the_fragment() -> None:
    r = read_rule_text("配备1名以上综治社工\n有办公场所 5\n无 0", 5)
    assert r.unread == ["配备1名以上综治社工"]
    assert any("没有写分数" in u for u in r.understood)


def test_items_with_points_stay_items() -> None:
    # "进点屠宰率3分,肉品质量2分,…": bare points adding up to the 分值 are items, not levels (fresh44 BE14-6)
    r = read_rule_text("定点屠宰工作(8分):进点屠宰率3分,肉品质量2分,打击私屠滥宰2分,年审合格率1分;", 8)
    assert r.kind == "checklist" and r.max_points == 8


def test_traditional_characters_read_the_same_named_as_printed() -> None:
    # BD13-3 in 繁体: 比較 is the lesser level (系统 2, 比较系统 1), names quoted as printed
    r = read_rule_text("該指標主要考覈項目監測內容確定的系統性。系統 2 分,比較系統 1 分。", 2)
    assert r.canonical == '"系統": W; "比較系統": 1'
    r = read_rule_text("配備1名以上綜治社工\n有辦公場所 5\n無 0", 5)
    assert r.unread == ["配備1名以上綜治社工"]
