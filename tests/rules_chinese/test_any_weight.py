"""Every corpus sentence is read at any 分值 without an internal error.

fresh10 W12-3 "没有开展系统“法律八进”活动的,扣5分" on a 10-point row (and W12-5, fresh13 Z7-1 at 2) ended in
"内部错误，未能读取：RuleSyntaxError": the level's name kept its quotation marks, which end a name in the rule
language. A name never holds quotation marks (``model.quoted``); the reading at another 分值 is now a reading
or a refusal with its reason.
"""

from __future__ import annotations

import pytest

from jixiao.rules.chinese import read_rule_text
from tests.rules_chinese.corpus import load

_SOURCES, ENTRIES = load()
WEIGHTS = (1, 2, 3, 5, 10, 20, 100)


@pytest.mark.parametrize("entry", ENTRIES, ids=[e["id"] for e in ENTRIES])
def test_no_internal_error_at_any_weight(entry):
    for w in WEIGHTS:
        r = read_rule_text(entry["text"], w)
        assert not any("内部错误" in u for u in r.understood), (w, r.understood)


def test_a_quoted_phrase_inside_a_failing_level_is_part_of_its_name():
    # W12-3 on a 10-point row: 扣5分 of 10 is a level worth 5; its name is the text without the quotation marks
    r = read_rule_text("没有开展系统“法律八进”活动的,扣5分。", 10)
    assert r.rule is not None, r.understood
    assert r.rule.score("没有开展系统“法律八进”活动", 10) == 5  # typed with its quotation marks: the same level
    assert r.rule.score("符合", 10) == 10
