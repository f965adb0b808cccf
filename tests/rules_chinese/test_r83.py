"""r83 (issue 11): r81's sub-group I1 — a count / size / distance that qualifies a NOUN inside a requirement
(docs/notes/r83.md; nounquantity.mask_noun_quantities).

"①30万元以上的项目有可行性报告或建议书(1分)" (fresh35 AV1-4), "牧场距离地市级(含)以上城市2小时以内车程,得1分" (fresh52
BM8-1): the number says which things the requirement is about; the points pass or fail on the whole requirement. The
quantity is masked out (kept in a note) and the rest read as any worded requirement. A quantity that says HOW MANY (a
count, or a measure without "的") only inside a list of scored items; a band of the same measure beside it keeps the
text as it was (never two items or one requirement).

A typed count on such a reading never scores: a 符合 row given "3" is refused — by the engine (no level "3", no 否则) or by
the product's level_answer_reason (a 否则 would give it 0 without a word, p26).

Every expected score, item and point below is read by hand from the text (comment beside it), never copied from a run.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from jixiao.errors import JixiaoError
from jixiao.rules.chinese import read_rule_text
from jixiao.rules.chinese.nounquantity import mask_noun_quantities
from jixiao.rules.target import level_answer_reason
from tests.rules_chinese.corpus import judge
from tests.rules_chinese.test_r46 import _BY_ID  # the corpus by id
from tests.rules_chinese.test_r81 import _items  # a checklist of these items and points


def _typed_count_refused(rule: object, w: float) -> None:
    """A count typed on a 符合 reading: refused by the engine, or by the product before the engine's 否则."""
    try:
        rule.score("3", w)  # type: ignore[attr-defined]
    except JixiaoError:
        return
    assert level_answer_reason("3", rule) is not None  # type: ignore[arg-type]
    assert level_answer_reason(3, rule) is not None  # type: ignore[arg-type]


# --- the corpus sentences ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("sid", ["AV1-4", "BM8-1"])
def test_corpus_sentences_read(sid: str) -> None:
    assert judge(_BY_ID[sid]) == ("read", "")


def test_av1_4_one_requirement_worth_its_points() -> None:
    # "%130万元以上的项目有可行性报告或建议书(1分)" on 1: met → 1; the 30万元 says which projects
    r = read_rule_text(_BY_ID["AV1-4"]["text"], 1)
    assert r.ok and r.rule is not None
    assert r.rule.score("符合", 1) == Decimal(1)
    assert any("30万元以上" in u for u in r.understood)
    _typed_count_refused(r.rule, 1)


def test_bm8_1_three_items_one_point_each() -> None:
    # 场址与交通 (3): 500米以上 1 + 交通便利 1 + 2小时以内车程 1 = 3; the first item keeps its own threshold
    r = read_rule_text(_BY_ID["BM8-1"]["text"], 3)
    assert r.kind == "checklist"
    assert [str(i.points) for i in r.items] == ["1", "1", "1"]
    assert r.max_points == Decimal(3)
    assert r.items[0].text.endswith("500米以上")
    assert any("2小时以内" in u for u in r.understood)


# --- variants I wrote ------------------------------------------------------------------------------------------------

def test_variant_a_measure_then_de_in_a_pass_fail() -> None:
    # "对50万元以上的项目开展绩效评价的,得2分,否则不得分" on 2: met → 2, not met → 0 (the 50万元 says which projects)
    r = read_rule_text("对50万元以上的项目开展绩效评价的,得2分,否则不得分", 2)
    assert r.ok and r.rule is not None
    assert r.rule.score("符合", 2) == Decimal(2)
    assert r.rule.score("不符合", 2) == Decimal(0)
    _typed_count_refused(r.rule, 2)


def test_variant_traditional_chinese() -> None:
    # 繁体: "對30萬元以上的項目開展績效評價的,得2分,否則不得分" on 2: met → 2, not met → 0
    r = read_rule_text("對30萬元以上的項目開展績效評價的,得2分,否則不得分", 2)
    assert r.ok and r.rule is not None
    assert r.rule.score("符合", 2) == Decimal(2)
    assert r.rule.score("不符合", 2) == Decimal(0)


def test_variant_a_time_inside_one_item_of_a_list() -> None:
    # "距离水源地1000米以上,得2分;场区距城市1小时以内车程,得1分" on 3: items 2 + 1 = 3 (the 1小时以内 is the second item's
    # words; the 1000米 a threshold of the first)
    _items("距离水源地1000米以上,得2分;场区距城市1小时以内车程,得1分", 3,
           [("距离水源地1000米以上", "2"), ("场区距城市车程", "1")])


# --- near misses: never masked, read as before --------------------------------------------------------------------------

def test_two_counts_of_one_noun_are_bands_never_items() -> None:
    # "配备2名以上社工得5分,配备1名社工得3分": two counts of 社工 — bands of one measure; never two items (8 > 5) or 符合
    assert mask_noun_quantities("配备2名以上社工得5分,配备1名社工得3分")[1] == []
    r = read_rule_text("配备2名以上社工得5分,配备1名社工得3分", 5)
    assert r.kind != "checklist" and not (r.rule is not None and r.rule.names_text("符合"))


def test_two_distances_of_one_noun_stay_refused() -> None:
    # "距离500米以上的养殖场得1分,距离300米以上的养殖场得0.5分": bands of the distance, not a requirement
    assert mask_noun_quantities("距离500米以上的养殖场得1分,距离300米以上的养殖场得0.5分")[1] == []
    assert read_rule_text("距离500米以上的养殖场得1分,距离300米以上的养殖场得0.5分", 1).kind == "unreadable"


def test_a_lone_count_threshold_stays_a_threshold() -> None:
    # "开展3次以上培训得3分": a single threshold on the count (r75: a rule gap below it) — never "符合": 3
    r = read_rule_text("开展3次以上培训得3分", 3)
    assert r.rule is not None and str(r.rule) == ">=3: 3"


def test_a_counted_shortfall_stays_counted() -> None:
    # "设立3个以上服务站点,每少1个扣1分" on 3: the count is scored (3 → 3, 2 → 2, 0 → 0), never a requirement
    r = read_rule_text("设立3个以上服务站点,每少1个扣1分", 3)
    assert r.rule is not None
    assert [r.rule.score(v, 3) for v in ("3", "2", "0")] == [Decimal(3), Decimal(2), Decimal(0)]


def test_a_share_is_never_masked() -> None:
    # "满意度90%以上的单位得2分": the rate is the row's banded value
    assert mask_noun_quantities("满意度90%以上的单位得2分") == ("满意度90%以上的单位得2分", [])


def test_a_lone_count_to_reach_is_not_masked() -> None:
    # AK6-6's "至少2种宣传方式,否则不得分": the count itself is scored (label: 2 → 5, 1 → 0) — not a noun's quantity
    assert mask_noun_quantities("至少2种宣传方式,否则不得分")[1] == []
    assert judge(_BY_ID["AK6-6"])[0] == "refused"


def test_two_bounded_amounts_of_other_nouns_are_bands_never_items() -> None:
    # "引进100万元以上的工业项目得5分,引进50万元以上的项目得3分" on 8: two amounts with their bounds — bands of the amount
    # (5 or 3, never 5 + 3 = 8); the first cut masked both and read a checklist of 8 (the guard compared nouns only)
    text = "引进100万元以上的工业项目得5分,引进50万元以上的项目得3分"
    assert mask_noun_quantities(text)[1] == []
    assert read_rule_text(text, 8).kind != "checklist"
