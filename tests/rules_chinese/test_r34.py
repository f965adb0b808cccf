"""r34: clean-ups of session 26's second read (issue 11) — behaviour identical (bench/dump_readings.py: 0 changed), except
item 4 (basesteps reads the lexicon's deduction verbs).

1. A description note keeps its record (``_base.Described``): guard reads ``Reading.descriptions``, never the note's text.
"""

from __future__ import annotations

import pickle

from jixiao.rules.chinese import read_rule_text
from jixiao.rules.chinese._base import Described, described

# ---- 1. the record of a description note ------------------------------------------------------------------------------


def test_description_note_text_is_unchanged_and_keeps_its_record() -> None:
    note = described("执行率=执行数/预算数")
    assert note == "说明（不参与计分）：执行率=执行数/预算数"  # the text the user sees
    assert (note.label, note.fragment) == ("说明", "执行率=执行数/预算数")
    other = described("全部达到", "达标内容")
    assert other == "达标内容（不参与计分）：全部达到" and other.label == "达标内容"


def test_record_survives_pickling() -> None:
    """Readings cross a process boundary pickled (jixiao.isolation): the record must come back with the text."""
    note = pickle.loads(pickle.dumps(described("一年一次")))
    assert isinstance(note, Described) and note == "说明（不参与计分）：一年一次" and note.fragment == "一年一次"


def test_descriptions_of_a_traditional_text_are_as_printed() -> None:
    """fresh47 BH2-1's shape (lead s25): the 繁体 description is named back as printed, record and note alike — and the
    guard's question (a description qualified by the exception after it) is asked of the printed name."""
    r = read_rule_text("應建未建黨組織,無特殊情況超過半年的扣3分;設置不合理的扣1分。", 3)
    assert r.kind == "unreadable"
    assert r.descriptions == ["應建未建黨組織"]
    assert "说明（不参与计分）：應建未建黨組織" in r.understood


def test_only_the_plain_description_label_counts() -> None:
    r = read_rule_text("应建未建党组织,无特殊情况超过半年的扣3分;设置不合理的扣1分。", 3)
    assert r.descriptions == ["应建未建党组织"]
    assert read_rule_text("执行率=执行数/预算数,执行率≥95%得5分,否则不得分", 5).descriptions == []  # 计算公式, not 说明
