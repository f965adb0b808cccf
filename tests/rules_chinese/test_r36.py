"""r36: clean-ups left by sessions 26–27 in the Chinese rule reader (issue 11) — behaviour identical on the corpus
(bench/dump_readings.py: 0 changed after each item).

1. ``bonus.read_per_time_bonus`` returns its rule with the notes its text says beside it, like the other whole-text
   recognisers after r34 (``perunit.read_per_unit_award``).
2. numericfailings keeps ``lexicon.said_as_done(failing)`` (had=False): the contracts differ where the failing's one
   negation is 没有/无 before something had — there had=True says 有, while the checklist the name lands in
   (``checklist.read_missing_items``) names its other items with the negation dropped. A comment at the call says so.
3. guard reads the notes' records, not their text: a "X（不参与计分）：…" note is a ``Described`` (label, fragment), the
   passing condition "达标条件（定性）：… → 得…" and the requirement "达标要求：…" are ``Noted`` records — the text the user
   sees is the same.
4. ``jixiao.rules.target.NOT_MET_RE`` (validation's; ``jixiao.validation.checks._NOT_MET_RE`` before p26) and
   ``lexicon.said_as_done`` stay two helpers: no switch makes one serve both without changing what one accepts (the
   differences are tested here and written at both).
"""

from __future__ import annotations

import pickle
from decimal import Decimal

import pytest

from jixiao.rules.chinese import read_rule_text
from jixiao.rules.chinese._base import Noted, Reading, described, noted, required, retold
from jixiao.rules.chinese.bonus import read_per_time_bonus
from jixiao.rules.chinese.guard import refuse_failed_duty_as_pass, refuse_scoring_notes
from jixiao.rules.chinese.lexicon import said_as_done
from jixiao.rules.chinese.printednames import PASS_NOTE
from jixiao.rules.target import NOT_MET_RE

# ---- 1. the per-time award without 每 says its text's notes --------------------------------------------------------------


def test_per_time_bonus_of_the_corpus_reads_as_before() -> None:
    """fresh33 AT8-6: 1 point per training, at most 2 — 2 trainings reach the 分值 (2 ÷ 1 = 2); no note beside it."""
    rule, notes = read_per_time_bonus("培训1次加1分,最高得分2分", Decimal(2))  # type: ignore[misc]
    assert str(rule) == ">=2: W; <2: W - 1 per 1" and notes == []
    r = read_rule_text("培训1次加1分,最高得分2分", 2)
    assert r.canonical == ">=2: W; <2: W - 1 per 1"
    assert [r.rule.score(k, 2) for k in (0, 1, 2, 3)] == [0, 1, 2, 2]  # type: ignore[union-attr]  # min(2, 1 × k)


def test_per_time_bonus_says_how_to_count() -> None:
    """The bracket only says how to count: said after the meaning, as the award with 每 says it. 0.5 per 次, at most 2:
    4 次 reach the 分值 (2 ÷ 0.5); 3 次 → 1.5."""
    r = read_rule_text("举办讲座1次加0.5分,2分封顶(同一主题的讲座按1次计分)", 2)
    assert r.canonical == ">=4: W; <4: W - 0.5 per 1"
    assert r.understood[0].startswith("业绩值为完成的次数")
    assert r.understood[-1] == "计数说明（不参与计分）：同一主题的讲座按1次计分"
    assert r.rule.score(3, 2) == Decimal("1.5")  # type: ignore[union-attr]
    with_each = read_rule_text("每举办讲座1次加0.5分,最高2分(同一主题的讲座按1次计分)", 2)
    assert with_each.canonical == r.canonical and with_each.understood == r.understood


def test_per_time_bonus_near_miss_an_item_is_no_time() -> None:
    """"有1项加1分" counts items present, not times done: not the per-time award."""
    assert read_per_time_bonus("有1项加1分,最高2分", Decimal(2)) is None


# ---- 2. numericfailings says a failing as done with had=False, as the checklist around it does ----------------------------


def test_numeric_failing_is_named_like_its_neighbours() -> None:
    """W 5: 投诉处理 1 + 专职人员 2 + 台账 2 = 5. The missing-items checklist names "无工作台账" by dropping 无; the numeric
    failing "无2名以上专职人员" is named the same way (had=False), not "有2名以上专职人员" (shortnames' had=True)."""
    r = read_rule_text("投诉处理不及时扣1分;无2名以上专职人员的,扣2分;无工作台账扣2分。", 5)
    assert [(i.text, str(i.points)) for i in r.items] == [
        ("投诉处理及时", "1"), ("2名以上专职人员", "2"), ("工作台账", "2")]
    assert r.max_points == 5


def test_numeric_failing_with_an_action_verb_is_named_alike_either_way() -> None:
    """W 5: 1 + 2 + 2 = 5. After 没有 an action verb (开展) gets no 有 under either contract: the negation is dropped."""
    r = read_rule_text("投诉处理不及时扣1分;没有开展3次以上培训的,扣2分;未建立工作台账扣2分。", 5)
    assert [i.text for i in r.items] == ["投诉处理及时", "开展3次以上培训", "建立工作台账"]


def test_numeric_failing_near_miss_a_negation_inside_a_word_is_kept_as_printed() -> None:
    """"存在无证经营商家" holds 无 inside 无证: the failing is never said as done (neither "存在证经营商家" nor
    "存在有证经营商家"); W 5: 1 + 2 + 2 = 5, every item named as printed and asked as a failing (出现则扣)."""
    r = read_rule_text("投诉处理不及时扣1分;校园周边200米范围内存在无证经营商家的,扣2分;未建立工作台账扣2分。", 5)
    assert [i.text for i in r.items] == ["投诉处理不及时", "校园周边200米范围内存在无证经营商家", "未建立工作台账"]
    assert all(i.failing for i in r.items) and r.max_points == 5


# ---- 3. guard reads the notes' records, never their text ------------------------------------------------------------------


def test_scoring_note_refused_by_its_record() -> None:
    """A clause kept as a description that changes the score (另行加分: a bonus no rule holds) is refused; the check
    reads the note's record — the same words in a plain note (no record) are not a description."""
    plain = Reading(None, "rule", ["说明（不参与计分）：另行加分"])
    kept = Reading(None, "rule", [described("另行加分")])
    assert refuse_scoring_notes(plain, "").kind == "rule"
    refused = refuse_scoring_notes(kept, "")
    assert refused.kind == "unreadable" and refused.unread == ["另行加分"]
    assert read_rule_text("完成得满分，未完成不得分，另行加分。", 5).unread == ["另行加分"]


def test_threshold_description_refused_by_its_record() -> None:
    """fresh24 AK6-6's shape: "至少2种宣传方式" kept as a 说明 while the rest reads as pass/fail (2 ways would score 0)."""
    r = refuse_scoring_notes(Reading(None, "rule", [described("至少2种宣传方式")]), "")
    assert r.kind == "unreadable" and r.unread == ["至少2种宣传方式"]
    # a row note (考核内容) may name a threshold: it only restates the row
    assert refuse_scoring_notes(Reading(None, "rule", [described("至少2种宣传方式", "考核内容")]), "").kind == "rule"


def test_pass_note_keeps_its_text_and_record() -> None:
    """The note the user sees is as before; the check reads its condition from the record."""
    r = read_rule_text("未发生安全事故的得5分", 5)
    note = r.understood[0]
    assert note == "达标条件（定性）：未发生安全事故 → 得5分"
    assert isinstance(note, Noted) and (note.label, note.fragment) == ("达标条件", "未发生安全事故")
    assert r.canonical == '"符合": 5'


def test_failed_duty_as_pass_refused_by_its_record() -> None:
    """"未建立领导小组,得2分": points for a duty not done — refused (a slip); the plain text of such a note is not read."""
    assert read_rule_text("未建立领导小组,得2分。", 2).kind == "unreadable"
    assert read_rule_text("未建立領導小組,得2分。", 2).kind == "unreadable"  # 繁体: checked before the names go back
    failing = noted("达标条件", "未建立领导小组", PASS_NOTE, " → 得2分")
    assert refuse_failed_duty_as_pass(Reading(None, "passfail", [failing]), "").kind == "unreadable"
    plain = Reading(None, "passfail", [str(failing)])
    assert refuse_failed_duty_as_pass(plain, "").kind == "passfail"


def test_failed_duty_near_miss_an_event_that_did_not_happen() -> None:
    """"未发生安全事故" is no duty left undone: read, 5 points for 符合."""
    r = read_rule_text("未发生安全事故的得5分", 5)
    assert r.rule.score("符合", 5) == 5  # type: ignore[union-attr]


def test_requirement_read_from_its_record() -> None:
    """Reading.requirements lists the "达标要求：" notes' fragments, not a requirement kept as a description."""
    r = Reading(None, "rule", [required("建立台账"), described("按月报送", "达标要求"), "达标要求：手写的"])
    assert r.requirements == ["建立台账"]
    assert required("建立台账") == "达标要求：建立台账"


def test_requirement_named_as_a_lesser_level_is_refused() -> None:
    """lead s25's shape: the requirement named as a 0-level (meeting it would score 0) — refused."""
    assert read_rule_text("已建的绿色通道弱树枯苗及时更新、缺株补栽,不完善的不得分", 5).kind == "unreadable"


def test_record_survives_a_traditional_rewrite() -> None:
    """retold keeps the record when the note's own words around the fragment are kept (繁体 restored in the fragment)."""
    note = retold(noted("达标要求", "按时报送", "达标要求："), "达标要求：按時報送")
    assert isinstance(note, Noted) and note.fragment == "按時報送" and note.label == "达标要求"
    assert not isinstance(retold(noted("达标要求", "按时报送", "达标要求："), "要求：按時報送"), Noted)


# ---- 4. validation's "not met" answer and the reader's "said as done" stay two helpers --------------------------------------


@pytest.mark.parametrize("answer, not_met, done, done_had", [
    ("不符合", "符合", "符合", "符合"),  # alike
    ("没有计划", "有计划", "计划", "有计划"),  # 没 alone dropped there; 没有 whole here
    ("无计划", "计划", "计划", "有计划"),  # had=True says 有 — so no one switch agrees with both lines above
    ("工作未完成", None, "工作完成", "工作完成"),  # only a leading negation there
    ("没达到", "达到", None, None),  # 没 alone is no negation here
    ("低于90%", None, "不低于90%", "不低于90%"),  # a comparison said as done here only
])
def test_not_met_answer_and_said_as_done_differ(answer: str, not_met: str | None, done: str | None,
                                                done_had: str | None) -> None:
    """The differences written in the comments at both helpers (jixiao.rules.target.NOT_MET_RE,
    lexicon.said_as_done): each value by reading the two contracts by hand."""
    m = NOT_MET_RE.match(answer)
    assert (NOT_MET_RE.sub("", answer, count=1) if m else None) == not_met
    assert said_as_done(answer) == done and said_as_done(answer, had=True) == done_had


def test_noted_record_survives_pickling() -> None:
    """Readings cross a process boundary pickled (jixiao.isolation): the record comes back with the text."""
    note = pickle.loads(pickle.dumps(noted("达标条件", "按时报送", PASS_NOTE, " → 得2分")))
    assert isinstance(note, Noted) and note == "达标条件（定性）：按时报送 → 得2分"
    assert (note.label, note.fragment, note.tail) == ("达标条件", "按时报送", " → 得2分")
