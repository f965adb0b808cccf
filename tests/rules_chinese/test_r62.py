"""r62 (issue 11): the blind refusals of fresh73/fresh74 whose text settles the score (docs/notes/r62.md).

1. levels joined by "、" after a lead clause ("优30分、良20分、达标10分、不达标0分", normalise._part_joined_levels), and a
   level printed as another printed level + 以下 ("一般以下" / "一般一下" beside "一般", levels._below_level);
2. 每发现 / 每出现 / 每查出 / 每查实 + 一/1 + a bare noun, and 每一<noun> right before 扣 — one of a count
   (normalise._ONE_CASE_RE, fragments._COUNT_RE);
3. "有一次扣N分,以此类推" — N per time; a bound just before it names the times counted (normalise._ONE_TIME_ONWARD_RE);
4. "没有新增1处…的,记满分;每发现1处扣…" — one after a negation is none found, never a number to reach
   (fragments._NOT_ONE_RE);
5. an item heading worth the 分值, then N per unit of what it names (peritem.read_headed_per_unit);
6. items with rules: a deduction after a plain stop inside a numbered item is that item's; "具有较好的X" is a
   requirement (itemrules._pieces, checklist.item_name_refusal).

Expected scores come from the sentences by hand (in the comments)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from jixiao.rules.chinese import read_rule_text
from tests.rules_chinese.corpus import judge
from tests.rules_chinese.test_r46 import (  # the corpus by id, a reading's score (asserting it read)
    _BY_ID,
    _score,
)


def _scores(text: str, w: float, expected: dict[str, float]) -> None:
    assert {v: _score(text, w, v) for v in expected} == {v: Decimal(str(p)) for v, p in expected.items()}


def _not_read(text: str, w: float) -> None:
    """Refused or left to a person — never a rule — and said why in Chinese."""
    r = read_rule_text(text, w)
    assert not r.ok and r.kind in ("unreadable", "judgement"), (r.kind, r.canonical)
    assert r.understood and any(any("\u4e00" <= ch <= "\u9fff" for ch in u) for u in r.understood)


@pytest.mark.parametrize("sid", ["CI6-1", "CI4-1", "CI4-3", "CI5-4", "W3-5", "CI1-5", "CI2-1", "CI3-1", "CH1-3",
                                 # older sentences the same mechanisms read (group 6 of r56: 一起 after 每查实, 一路, 一专业)
                                 "BK9-1", "BF4-2", "BL3-1", "BL3-3",
                                 # fresh18 AE10-4: CH1-3's twin (住培 forms), item 1 counting 7 方面
                                 "AE10-4"])
def test_corpus_sentences_read(sid: str) -> None:
    assert judge(_BY_ID[sid]) == ("read", "")


# --- 1. levels ------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("sid", "w", "expected"), [
    # fresh74 CI6-1 (30): 优 30, 良 20, 达标 10, 不达标 0 ("以检查表为依据" says how the grade is found)
    ("CI6-1", 30, {"优": 30, "良": 20, "达标": 10, "不达标": 0}),
    # fresh74 CI4-1 (5): 好 5, 一般 4, 一般一下 (as printed) 3
    ("CI4-1", 5, {"好": 5, "一般": 4, "一般一下": 3}),
    # fresh74 CI4-3 (4): 好 4, 一般 3, 一般以下 2
    ("CI4-3", 4, {"好": 4, "一般": 3, "一般以下": 2}),
])
def test_levels_corpus_scores(sid: str, w: float, expected: dict[str, float]) -> None:
    _scores(_BY_ID[sid]["text"], w, expected)


def test_a_grade_is_not_named_by_the_clause_before_it() -> None:
    # "平时考核以检查表为依据,优" is no level: the clause says how the grade is found
    assert read_rule_text(_BY_ID["CI6-1"]["text"], 30).canonical == '"优": 30; "良": 20; "达标": 10; "不达标": 0'


@pytest.mark.parametrize(("text", "w", "expected"), [
    # the names listed first, then the levels joined by "、" after a colon: 优秀 10, 良好 8, 合格 6, 不合格 0
    ("考核结果分优秀、良好、合格、不合格四档:优秀10分、良好8分、合格6分、不合格0分。", 10,
     {"优秀": 10, "良好": 8, "合格": 6, "不合格": 0}),
    # a full-width comma before the levels: 优 10, 良 6, 差 0
    ("以平时检查记录为依据，优10分、良6分、差0分", 10, {"优": 10, "良": 6, "差": 0}),
    # 较好以下 beside 较好: 好 3, 较好 2, 较好以下 1
    ("评分：好的得3分；较好的得2分；较好以下的得1分", 3, {"好": 3, "较好": 2, "较好以下": 1}),
])
def test_levels_variants(text: str, w: float, expected: dict[str, float]) -> None:
    _scores(text, w, expected)


@pytest.mark.parametrize(("text", "w"), [
    ("台账2分、制度2分、总结2分", 6),  # items joined by "、", no level words: how each is scored is not said
    ("好的得5分;一般的得4分;较差以下的得3分", 5),  # "较差以下" below a level that is not printed
])
def test_levels_near_misses(text: str, w: float) -> None:
    _not_read(text, w)


# --- 2. a bare noun counted after 每发现一 / 每一 ---------------------------------------------------------------------

@pytest.mark.parametrize(("text", "w", "expected"), [
    # fresh74 CI5-4 (5): 5 − n, floor 0: 1 → 4; 4 → 1; 5 → 0; 6 → 0
    (_BY_ID["CI5-4"]["text"], 5, {"0": 5, "1": 4, "4": 1, "5": 0, "6": 0}),
    # fresh10 W3-5 (6): "每一小点扣1分,共6分,扣完为止": 6 − n: 1 → 5; 4 → 2; 9 → 0
    (_BY_ID["W3-5"]["text"], 6, {"0": 6, "1": 5, "4": 2, "9": 0}),
    # 每出现一差错 on 10: 10 − 2n: 3 → 4; 5 → 0
    ("每出现一差错扣2分", 10, {"0": 10, "3": 4, "5": 0}),
    # 每一小点 right before 扣 on 6: 6 − n: 2 → 4; 7 → 0
    ("要素不规范的每一小点扣1分,扣完为止", 6, {"2": 4, "7": 0}),
    # fresh51 BL3-1 (40): 每一专业不达标减5分: 40 − 5n: 1 → 35; 4 → 20; 8 → 0
    (_BY_ID["BL3-1"]["text"], 40, {"0": 40, "1": 35, "4": 20, "8": 0}),
    # a failing and a comma before 减 on 12: 每一班级不合格,减3分: 12 − 3n: 2 → 6; 4 → 0
    ("各班级卫生达标,记12分,每一班级不合格,减3分。", 12, {"0": 12, "2": 6, "4": 0}),
])
def test_bare_noun_counted(text: str, w: float, expected: dict[str, float]) -> None:
    _scores(text, w, expected)


@pytest.mark.parametrize(("text", "w"), [
    ("每发现一般问题扣1分", 5),  # 一般 is "ordinary", not one of a count
    ("每一年度考核不达标扣2分", 10),  # a period, not a thing counted (how many years?)
])
def test_bare_noun_near_misses(text: str, w: float) -> None:
    _not_read(text, w)


# --- 3. 有一次扣N分,以此类推 ------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "w", "expected"), [
    # fresh74 CI1-5 (15): value = 短缺达5%以上的次数: 15 − 5n: 1 → 10; 2 → 5; 3 → 0; 4 → 0
    (_BY_ID["CI1-5"]["text"], 15, {"0": 15, "1": 10, "2": 5, "3": 0, "4": 0}),
    # no bound before: 10 − 2n: 2 → 6; 5 → 0; 7 → 0
    ("送货不及时,发现一次扣2分,依此类推,扣完为止。", 10, {"0": 10, "2": 6, "5": 0, "7": 0}),
    # the bracket's bound names the times, 12 − 4n: 1 → 8; 3 → 0
    ("配送质量达标(质量不合格率达到3%以上,有一次扣4分,以此类推,12分扣完为止)", 12, {"0": 12, "1": 8, "3": 0}),
])
def test_one_time_and_so_on(text: str, w: float, expected: dict[str, float]) -> None:
    _scores(text, w, expected)


def test_one_time_and_so_on_near_miss() -> None:
    _not_read("不及时报送的,有一次扣2分,两次扣5分,以此类推", 10)  # 2 then 5: not the same per time


# --- 4. none found: 没有新增1处 -------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "w", "expected"), [
    # fresh74 CI2-1 (5, 繁体): 5 − 1.5n: 1 → 3.5; 3 → 0.5; 4 → 0
    (_BY_ID["CI2-1"]["text"], 5, {"0": 5, "1": 3.5, "2": 2, "3": 0.5, "4": 0}),
    # 未新增1处 on 5: 5 − 2n: 2 → 1; 3 → 0
    ("辖区未新增1处违法建筑的得满分;每发现1处扣2分", 5, {"0": 5, "2": 1, "3": 0}),
    # 没有发生1起 on 10: 10 − 5n: 1 → 5; 2 → 0
    ("全年没有发生1起安全事故的得10分,每发生1起扣5分", 10, {"0": 10, "1": 5, "2": 0}),
])
def test_none_found(text: str, w: float, expected: dict[str, float]) -> None:
    _scores(text, w, expected)


def test_none_found_near_miss() -> None:
    _not_read("年度内没有新增2处违法占地的记满分;每发现1处扣1.5分", 5)  # 2 after the negation: a number to reach?


# --- 5. a heading worth the 分值, then N per unit ------------------------------------------------------------------

@pytest.mark.parametrize(("text", "w", "expected"), [
    # fresh74 CI3-1 (2): 1 per 户, capped at 2: 1 → 1; 2 → 2; 3 → 2
    (_BY_ID["CI3-1"]["text"], 2, {"0": 0, "1": 1, "2": 2, "3": 2}),
    # no qualifier: 5 户 → 2 (the cap)
    ("培植种粮大户计2分,种粮大户每户计1分。", 2, {"0": 0, "1": 1, "5": 2}),
    # an item number, a money bound in the qualifier, 2 per farm up to 4: 1 → 2; 2 → 4; 3 → 4
    ("3、发展家庭农场计4分,年收入达10万元以上的家庭农场每个计2分。", 4, {"1": 2, "2": 4, "3": 4}),
])
def test_headed_per_unit(text: str, w: float, expected: dict[str, float]) -> None:
    _scores(text, w, expected)


@pytest.mark.parametrize(("text", "w"), [
    ("做好宣传工作计2分,种粮大户每户计1分。", 2),  # the heading names another thing than the units counted
    ("培植种粮大户计3分,种粮大户每户计1分。", 2),  # the heading's points are not the 分值
    ("培植种粮大户计2分,未达30亩的种粮大户每户扣1分。", 2),  # a deduction, not an award
])
def test_headed_per_unit_near_misses(text: str, w: float) -> None:
    _not_read(text, w)


# --- 6. a deduction inside a numbered item -------------------------------------------------------------------------

def _items(text: str, w: float) -> list[tuple[str, Decimal, str]]:
    r = read_rule_text(text, w)
    assert r.kind == "checklist" and r.max_points == Decimal(str(w)), (r.kind, r.understood)
    return [(i.text, i.points, str(i.rule)) for i in r.items]


def test_corpus_item_with_its_own_count() -> None:
    # fresh73 CH1-3 (22): item 1 = 方面 covered, 12 at 6, −2 per one short (6 → 12, 4 → 8); five items of 2
    items = _items(_BY_ID["CH1-3"]["text"], 22)
    assert [p for _, p, _ in items] == [12, 2, 2, 2, 2, 2]
    assert items[0][2] == ">=6: 12; <6: 12 - 2 per 1"
    assert [r for _, _, r in items[1:]] == ["None"] * 5


def test_item_with_its_own_count_variant() -> None:
    # the same shape in fewer words: item 1 scored 12 − 2 per 方面 short of 6 (5 → 10); "具有较好的" items are items
    text = ("1.培训内容系统全面。涵盖6个方面得12分；每少1个方面内容扣2分\n2.培训内容符合需求得2分\n"
            "3.培训内容具有较好的专业特色得2分\n4.培训内容具有较好的实用性得2分\n5.培训内容紧密联系临床实践得2分\n"
            "6.培训内容体现个性化和创新性得2分")
    items = _items(text, 22)
    assert items[0][2] == ">=6: 12; <6: 12 - 2 per 1" and len(items) == 6
    rule = read_rule_text(text, 22).items[0].rule
    assert rule is not None and rule.score("5", Decimal(12)) == Decimal(10)


def test_a_deduction_after_unnumbered_items_stays_refused() -> None:
    # no item numbers: the deduction after a stop may be the whole row's — not guessed
    _not_read("有计划得2分;有总结得3分;每发现一处问题扣1分", 5)
