"""r58 (issue 11): the blind refusals of fresh69 that the text settles (docs/notes/r58.md):

1. things listed, then "每项计N分" (fresh69 CD2, 档案工作评估表): the value is the number of listed things met, the rule
   ``>=n: W; <n: W - N per 1`` — only when the things counted (parted by "、", commas, 和/及; "或" joins one thing; a
   bracket is one thing's) or an explicit "抽查n项" times N make the 分值; a "、" list that does not is refused naming
   both counts (listeditems.py);
2. an award per unit for doings joined by "、", its points without 分 before a cap in 分, a closing "注:" note
   ("每配合、落實一個得0.5,最高得4分。 注:…", fresh69 CD5-1; joinedaward.py).

Expected scores come from the sentences by hand (in the comments); each case has the corpus sentences, wordings written
here, and near misses that must be refused."""

from __future__ import annotations

from decimal import Decimal

import pytest

from jixiao.rules.chinese import read_rule_text
from tests.rules_chinese.corpus import judge
from tests.rules_chinese.test_r46 import (  # the corpus by id, a reading's score (asserting it read)
    _BY_ID,
    _score,
)
from tests.rules_chinese.test_r51 import _refused  # a refusal, its why in Chinese


@pytest.mark.parametrize("sid", ["CD2-1", "CD2-2", "CD2-3", "CD2-4", "CD2-5", "CD2-6", "CD2-7", "CD5-1"])
def test_corpus_sentences_read(sid: str) -> None:
    assert judge(_BY_ID[sid]) == ("read", "")


# --- 1. things listed, then 每项计N分 ----------------------------------------------------------------------------------

def test_cd2_things_listed_counted() -> None:
    # CD2-1 (8): 计算机、复印机、照相机、刻录机、扫描仪、防磁柜、消毒柜、移动硬盘(U盘) = 8 things × 1: 3 met → 3; 8 → 8
    t = _BY_ID["CD2-1"]["text"]
    assert [_score(t, 8, v) for v in ("0", "3", "8")] == [0, 3, 8]
    # CD2-2 (6): 空调、去湿机、(和)温湿度自控仪系统 = 3 × 2: 1 met → 2; 3 → 6
    t = _BY_ID["CD2-2"]["text"]
    assert [_score(t, 6, v) for v in ("1", "3")] == [2, 6]
    # CD2-3 (4): 铁门铁窗、铁质柜或密集架 (one thing)、防光窗帘, 防虫药品 = 4 × 1: 2 met → 2
    assert _score(_BY_ID["CD2-3"]["text"], 4, "2") == 2
    # CD2-4 (24): 抽查12项 × 2: 11 complete → 22; 6 → 12
    t = _BY_ID["CD2-4"]["text"]
    assert [_score(t, 24, v) for v in ("11", "6", "12")] == [22, 12, 24]
    # CD2-6 (6): two requirements parted by a comma × 3: 1 met → 3
    assert _score(_BY_ID["CD2-6"]["text"], 6, "1") == 3
    # CD2-7 (2): 档案利用实例 和 立卷说明 × 1 ("1条以上" is what is sent, no point): 1 → 1
    assert _score(_BY_ID["CD2-7"]["text"], 2, "1") == 1


@pytest.mark.parametrize(("text", "w", "value", "expected"), [
    # 打印机、传真机、碎纸机 = 3 × 2 = 6: 2 met → 4; 3 → 6
    ("3、办公室配有打印机、传真机和碎纸机,每项计2分。", 6, "2", 4),
    ("3、办公室配有打印机、传真机和碎纸机,每项计2分。", 6, "3", 6),
    # 档案柜、除湿机, 监控设备 = 3 × 1.5 = 4.5: 1 met → 1.5
    ("资料室配备档案柜、除湿机,安装了监控设备,每项得1.5分;", 4.5, "1", Decimal("1.5")),
    # 抽查8项 × 0.5 = 4: 5 complete → 2.5; 8 → 4
    ("会议记录规范完整,抽查8项,每项计0.5分。", 4, "5", Decimal("2.5")),
    ("会议记录规范完整,抽查8项,每项计0.5分。", 4, "8", 4),
    # a bracket is one thing's words; the cap is the 分值 (3 × 1 = 3): 2 met → 2
    ("配有计算机、复印机(含扫描、传真功能)、照相机,每项计1分,最高3分。", 3, "2", 2),
])
def test_things_listed_variants(text: str, w: float, value: str, expected: Decimal) -> None:
    assert _score(text, w, value) == expected


def test_things_listed_near_misses() -> None:
    # three things × 1 on a 5-point row: which holds, the list or the 分值? both counts named
    why = _refused("配有计算机、复印机、照相机,每项计1分。", 5)
    assert "所列3项" in why[-1] and "5项" in why[-1]
    # 抽查12项 × 2 = 24 on a 20-point row
    why = _refused("归档文件材料收集齐全,抽查12项,每项计2分;", 20)
    assert "抽查12项" in why[-1] and "10项" in why[-1]
    # one thing has points of its own: no equal things
    _refused("配有计算机(2分)、复印机、照相机,每项计1分。", 3)
    # a cap other than the 分值
    _refused("配有计算机、复印机、照相机,每项计1分,最高2分。", 3)


def test_items_without_a_verb_stay_items() -> None:
    # fresh57 BR9-3 (4, labelled a checklist): "包括A、B,每项2分" — no 计/得: the checklist readers' items (2 + 2), as before
    assert judge(_BY_ID["BR9-3"]) == ("read", "")
    assert read_rule_text(_BY_ID["BR9-3"]["text"], 4).kind == "checklist"


def test_a_category_named_stays_as_before() -> None:
    # fresh8 U17-3 (5): "主导品种和主推技术" names the kinds, its 5 items are elsewhere — read from the 分值 as before
    assert _score(_BY_ID["U17-3"]["text"], 5, "3") == 3


# --- 2. an award per unit for doings joined by 、 -------------------------------------------------------------------

def test_cd5_1_joined_doings() -> None:
    # CD5-1 (4): 0.5 per 配合 or 落实, at most 4: 0 → 0; 7 → 3.5; 8 → 4; 10 → 4
    t = _BY_ID["CD5-1"]["text"]
    assert [_score(t, 4, v) for v in ("0", "7", "8", "10")] == [0, Decimal("3.5"), 4, 4]
    r = read_rule_text(t, 4)
    assert any(u.startswith("注（不参与计分）") and "2023" in u for u in r.understood)


@pytest.mark.parametrize(("text", "w", "value", "expected"), [
    # 0.5 per 转载 or 落实, at most 4 (8 reach it): 3 → 1.5; 12 → 4
    ("每转载、落实1个得0.5分,最高得4分。", 4, "3", Decimal("1.5")),
    ("每转载、落实1个得0.5分,最高得4分。", 4, "12", 4),
    # 繁体, the points without 分: 0.2 per 報送 or 採用, at most 1: 3 → 0.6; 7 → 1
    ("每報送、採用1篇得0.2,最高得1分。", 1, "3", Decimal("0.6")),
    ("每報送、採用1篇得0.2,最高得1分。", 1, "7", 1),
    # one doing, the points without 分: 0.5 each, at most 4: 5 → 2.5
    ("每落实1个得0.5,最高得4分。", 4, "5", Decimal("2.5")),
])
def test_joined_doings_variants(text: str, w: float, value: str, expected: Decimal) -> None:
    assert _score(text, w, value) == expected


def test_joined_doings_near_misses() -> None:
    _refused("每配合、落实1个得0.5,最高得3分。", 4)  # the cap is not the 分值
    _refused("每配合、落实1个得0.5,最高得4分。注:未盖章的扣1分。", 4)  # the note deducts: another count
    _refused("每配合、落实1个得0.5。", 4)  # no cap in 分: the bare 0.5 is not known to be points
