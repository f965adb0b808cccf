"""Session 38 (lead): the corpus judge's `needs_target` label.

A bare step from the row's own target ("每降低1%，扣0.5分", fresh64 BY1-1) reads the same as one whose row prints its
target (fresh64 BY3-1 "每降低1%扣0.05分,直至扣完." with "不低于50%" in the row). Labelled `refuse` where the row prints
no single target, it made every target-relative reading of the wording "wrong" although the product scores the reading
with the row's 指标值 and refuses when there is none. Such entries are now labelled `needs_target: true`: a reading that
uses the target and refuses to score without one is "refused-ok"; a reading that scores without a target stays wrong.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from jixiao.errors import JixiaoError
from jixiao.rules.grammar import parse_rule
from tests.rules_chinese import corpus
from tests.rules_chinese.corpus import judge

BY1_1 = {"id": "x", "needs_target": True, "w": 20, "text": "每降低1%，扣0.5分。", "refuse": "平均数未印"}


def _judge_with(monkeypatch: pytest.MonkeyPatch, entry: dict, canonical: str) -> str:
    rule = parse_rule(canonical)

    class Reading:
        ok, kind, unread = True, "rule", []

    reading = Reading()
    reading.rule, reading.canonical, reading.max_points = rule, canonical, Decimal(entry["w"])
    monkeypatch.setattr(corpus, "read_rule_text", lambda text, w: reading)
    return judge(entry)[0]


def test_target_relative_reading_is_refused_ok(monkeypatch: pytest.MonkeyPatch) -> None:
    canonical = ">=T: W; <T: W - 0.5 per 1%"
    with pytest.raises(JixiaoError):  # no target → no score: the refusal the label asks for
        parse_rule(canonical).score("95%", 20)
    # with a target the steps are the text's: 95% against 100% → 20 − 5 × 0.5 = 17.5
    assert parse_rule(canonical).score("95%", 20, "100%") == Decimal("17.5")
    assert _judge_with(monkeypatch, BY1_1, canonical) == "refused-ok"


@pytest.mark.parametrize("canonical", [
    "*: W - 0.5 per 1%",            # from 0 %: scores without any target
    ">=90%: W; <90%: W - 0.5 per 1%",  # a guessed target
])
def test_reading_that_scores_without_a_target_is_wrong(monkeypatch: pytest.MonkeyPatch, canonical: str) -> None:
    assert _judge_with(monkeypatch, BY1_1, canonical) == "wrong"


def test_without_the_label_any_reading_is_wrong(monkeypatch: pytest.MonkeyPatch) -> None:
    entry = {k: v for k, v in BY1_1.items() if k != "needs_target"}
    assert _judge_with(monkeypatch, entry, ">=T: W; <T: W - 0.5 per 1%") == "wrong"


def test_labelled_entries_are_refused_or_refused_ok_today() -> None:
    _sources, entries = corpus.load()
    labelled = [e for e in entries if e.get("needs_target")]
    assert {e["id"] for e in labelled} >= {"BY1-1", "V21-1", "Z9-4", "W17-1"}
    assert all("refuse" in e for e in labelled)
    assert all(judge(e)[0] == "refused-ok" for e in labelled)
