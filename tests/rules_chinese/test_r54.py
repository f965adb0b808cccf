"""r54 (issue 11): options named only by circled numbers, a task done or not, and p25's CA9 sentences
(docs/notes/r54.md):

1. "①计满分，②计4分，③不得分" (fresh66 CA5-5): levels named "①" "②" "③" as printed — the rule grammar keeps circled
   numbers (it wrote "①" as "1" before, a name no typed cell matches) — when the numbers run ①②③… and the points fall
   from the 分值 to 0; else refused (圈号);
2. "此项指标完成目的任务得基本分,完不成目的不得分" (fresh67 CB12-1): "完成": W; "完不成": 0 (基本分 = the 分值);
3. p25's CA9 sentences ("有水质好转上升加2分", "此事件可以不扣分") stay refused: the text does not settle the score.

Expected scores come from the sentences by hand (in the comments); each case has the corpus sentence, wordings written
here, and near misses that must be refused."""

from __future__ import annotations

import pytest

from jixiao.rules.chinese import read_rule_text
from jixiao.rules.grammar import parse_rule
from tests.rules_chinese.corpus import judge
from tests.rules_chinese.test_r46 import (  # the corpus by id, a reading's score (asserting it read)
    _BY_ID,
    _score,
)
from tests.rules_chinese.test_r51 import _refused  # refused, and why in Chinese


@pytest.mark.parametrize("sid", ["CA5-5", "CB12-1", "CB1-6", "CA9-4"])
def test_corpus_sentences_read(sid: str) -> None:
    assert judge(_BY_ID[sid]) == ("read", "")


# --- 1. options named only by circled numbers ----------------------------------------------------------------------

def test_ca5_5_circled_options() -> None:
    # fresh66 CA5-5 (5): ① 自来水 → 5 (满分); ② 无自来水但用水有保障 → 4; ③ 饮水困难 → 0
    t = _BY_ID["CA5-5"]["text"]
    assert read_rule_text(t, 5).canonical == '"①": W; "②": 4; "③": 0'
    assert [_score(t, 5, v) for v in ("①", "②", "③")] == [5, 4, 0]


@pytest.mark.parametrize(("text", "w", "expected"), [
    # four options on a 5-point row: ① 满分 5, ② 3, ③ 1, ④ 0
    ("①计满分，②计3分，③计1分，④不得分", 5, {"①": 5, "②": 3, "③": 1, "④": 0}),
    # "得" and ";" instead of "计" and "，", a 3-point row: ① 3, ② 2, ③ 0
    ("①得满分;②得2分;③不得分", 3, {"①": 3, "②": 2, "③": 0}),
    # the top option's points printed as a number equal to the 分值 (6): ① 6, ② 0
    ("①得6分，②得0分", 6, {"①": 6, "②": 0}),
])
def test_circled_options_variants(text: str, w: float, expected: dict[str, int]) -> None:
    assert {v: _score(text, w, v) for v in expected} == expected


def test_circled_names_kept_by_the_grammar() -> None:
    # the rule language keeps "①" (a name), the cell's "①" matches it; "1" is not the same option
    r = parse_rule('"①": W; "②": 4; "③": 0')
    assert str(r) == '"①": W; "②": 4; "③": 0'
    assert r.names_text("①") and not r.names_text("1")
    # other characters are still written NFKC: full-width brackets in a name
    assert str(parse_rule('"有科室（含兼职）": W; *: 0')) == '"有科室(含兼职)": W; *: 0'


@pytest.mark.parametrize(("text", "w"), [
    ("①计4分，②计满分，③不得分", 5),  # points rise: which is the top option?
    ("①计满分，③计3分，②不得分", 5),  # numbers out of order
    ("①计满分，②计4分，③不得分", 4),  # ② is worth the 分值 too: no fall
])
def test_circled_options_near_misses_refused(text: str, w: float) -> None:
    assert any("圈号" in u for u in _refused(text, w))


def test_circled_option_with_a_veto_stays_refused() -> None:
    _refused(_BY_ID["CA5-4"]["text"], 5)  # fresh66 CA5-4 "②不得分、且该户脱贫一票否决": the veto is on the household
    _refused("①计满分，②不得分，且一票否决", 5)


# --- 2. a task done or not ------------------------------------------------------------------------------------------

def test_cb12_1_task_done() -> None:
    # fresh67 CB12-1 (基本分 8): 完成 → 8; 完不成 → 0
    t = _BY_ID["CB12-1"]["text"]
    assert read_rule_text(t, 8).canonical == '"完成": W; "完不成": 0'
    assert [_score(t, 8, v) for v in ("完成", "完不成")] == [8, 0]


def test_cb1_6_required_task() -> None:
    # fresh67 CB1-6 (3): 完成 → 3; 没有完成 → 0; no task that year → 缺项 (a note, not a level)
    t = _BY_ID["CB1-6"]["text"]
    r = read_rule_text(t, 3)
    assert [_score(t, 3, v) for v in ("完成", "没有完成")] == [3, 0]
    assert any("缺项" in u for u in r.understood)


@pytest.mark.parametrize(("text", "w", "neg"), [
    # a requirement, then the failing clause (no 缺项 clause), 2-point row: 完成 → 2; 未完成 → 0
    ("按时完成上级下达的扶贫搬迁任务。未完成年度任务的不得分", 2, "未完成"),
    # with the 缺项 clause said "按缺项处理", 4-point row: 完成 → 4; 没有完成 → 0
    ("完成当年度下达的改厕任务。没有任务的按缺项处理,没有完成任务的不得分", 4, "没有完成"),
    # 3-point row, 满分 said: 完成 → 3; 未完成 → 0
    ("完成年度任务的，得满分；未完成年度任务的，不得分。", 3, "未完成"),
    # 基本分 of a 10-point row, "没有完成": 完成 → 10; 没有完成 → 0
    ("该项完成目标任务得基本分，没有完成目标任务的不得分", 10, "没有完成"),
])
def test_task_done_variants(text: str, w: float, neg: str) -> None:
    assert [_score(text, w, v) for v in ("完成", neg)] == [w, 0]


@pytest.mark.parametrize(("text", "w"), [
    ("完成目的任务得基本分,完不成目的扣2分", 8),  # a deduction of 2 on an 8-point row: not 0
    ("完成任务得基本分,超额完成加2分,完不成不得分", 8),  # a bonus for more than the task
    ("完成任务得6分,完不成不得分", 8),  # 6 of 8: what gives the other 2?
    ("完成当年度下达的危房改造任务。没有年度任务的得满分,没有完成年度任务的不得分", 3),  # no task → full marks?
    ("完成当年度下达的危房改造任务。没有完成年度任务的扣1分", 3),  # 1 of 3
])
def test_task_done_near_misses_not_read_as_done_or_not(text: str, w: float) -> None:
    r = read_rule_text(text, w)
    assert r.rule is None or not r.rule.names_text("完成")


# --- 3. p25's CA9 sentences: a deduction the assessor may waive is a judgement; three counts stay refused -------------

def test_ca9_3_stays_refused() -> None:
    # fresh66 CA9-3: 扣2分 per failing, 加2分 for an improvement, 0 for a worse one — one value cannot carry them
    assert judge(_BY_ID["CA9-3"])[0] == "refused-ok"
    _refused(_BY_ID["CA9-3"]["text"], 15)


@pytest.mark.parametrize(("text", "w"), [
    (_BY_ID["CA9-4"]["text"], 10),  # fresh66 CA9-4: "此事件可以不扣分" — the assessor decides
    ("每发现一处问题扣1分，已当场整改的可不扣分", 5),
    ("迟报一次扣0.5分，有正当理由的，可以不予扣分", 2),
])
def test_waivable_deduction_is_a_judgement(text: str, w: float) -> None:
    r = read_rule_text(text, w)
    assert r.kind == "judgement" and r.rule is None
    assert any("需人工评分" in u for u in r.understood)


def test_ca9_4_judged() -> None:
    assert judge(_BY_ID["CA9-4"]) == ("read", "")


@pytest.mark.parametrize("text", [
    "每发现一处问题扣1分，不可以不扣分",  # "must not be waived": no judgement (and nothing else reads it)
    "每发现一处问题扣1分，当场整改的不扣分",  # a fixed exemption, no "可": not the assessor's call — still refused
])
def test_not_a_waiver_near_misses(text: str) -> None:
    r = read_rule_text(text, 5)
    assert r.kind != "judgement"
    _refused(text, 5)


@pytest.mark.parametrize("name", ["taskdone", "levels", "grammar"])
def test_module_examples(name: str) -> None:
    import doctest
    import importlib

    mod = importlib.import_module(f"jixiao.rules.{'chinese.' if name != 'grammar' else ''}{name}")
    assert doctest.testmod(mod).failed == 0
