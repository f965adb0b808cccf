"""r72 (issue 11): points printed as additions with nothing to add them to are the points scored (docs/notes/r72.md).

"…的加30分" / "…+5分" with no base score, no cap, no bonus word and no other points printed (every "N分" of the text is
added, deducted or 不得分) start from 0: what is added is what the row scores, and "-N分" beside them is a deduction
(rewrites.added_points, one rewrite of the rewrite search: the reading must still be clean with its maximum the 分值).
Six tables of six splits print points so (fresh47 BH10, fresh48 BI10, fresh49 BJ8, fresh55 BP4, fresh57 BR1, fresh62
BW5); the reader read none of them before r72.

Every expected score below is worked out by hand from the text (comment beside it), never copied from a run.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from jixiao.rules.chinese import read_rule_text
from tests.rules_chinese.corpus import judge
from tests.rules_chinese.test_r46 import _BY_ID  # the corpus by id

NOTE = "原文改写后读："
REWRITE = "加分改为得分（无基本分）"


def _read(text: str, w: float):  # noqa: ANN202 - a Reading
    r = read_rule_text(text, w)
    assert r.ok and r.rule is not None, (r.kind, r.understood)
    assert any(u.startswith(NOTE) and REWRITE in u for u in r.understood), r.understood
    assert r.max_points == Decimal(str(w))
    return r


def _scores(text: str, w: float, cases: list[tuple[str, float]]) -> None:
    r = _read(text, w)
    for value, score in cases:
        assert r.rule.score(value, Decimal(str(w))) == Decimal(str(score)), (value, r.canonical)


# --- the corpus sentences -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("sid", ["BH10-1", "BH10-2", "BJ8-3", "BJ8-4", "BW5-3", "BW5-4", "BW5-7"])
def test_corpus_sentences_read(sid: str) -> None:
    assert judge(_BY_ID[sid]) == ("read", "")
    _read(_BY_ID[sid]["text"], _BY_ID[sid]["w"])


@pytest.mark.parametrize(("sid", "cases"), [
    # fresh47, 30 points: "…作用的加30分" met → 30; "宣传学习不全面扣15分" → 30 − 15 = 15; "不宣传学习不得分" → 0
    ("BH10-1", [("符合", 30), ("宣传学习不全面", 15), ("不宣传学习", 0)]),
    # fresh47, 30 points: "…加30分", "不走访选民扣10分" → 20, "年内没有向镇人大或人代会提出建议不得分" → 0
    ("BH10-2", [("符合", 30), ("不走访选民", 20), ("年内没有向镇人大或人代会提出建议", 0)]),
    # fresh49, 15 points: 全国 加15 / 全省 加10 / 杭州市 加5 — one award, the points it adds from nothing
    ("BJ8-3", [("荣获全国统计系统先进集体", 15), ("荣获全省统计系统先进集体", 10), ("荣获杭州市统计调查先进乡镇", 5)]),
    ("BJ8-4", [("获得部级先进单位", 15), ("获得省级先进单位", 10), ("获得市级先进单位", 5)]),
    # fresh62, 5 points: "+5分" when made, "未制定-5分" → 5 − 5 = 0
    ("BW5-3", [("符合", 5), ("未制定", 0)]),
    # fresh62, 5 points, value = targets without measures: "-1分" each, 扣完为止 — 0 → 5, 1 → 4, 3 → 2, 6 → 0 (not −1)
    ("BW5-4", [("0", 5), ("1", 4), ("3", 2), ("6", 0)]),
    # fresh62, 10 points, value = reports not sent: 0 → 10, 4 → 6, 12 → 0 (扣完为止)
    ("BW5-7", [("0", 10), ("4", 6), ("12", 0)]),
])
def test_corpus_scores(sid: str, cases: list[tuple[str, float]]) -> None:
    _scores(_BY_ID[sid]["text"], _BY_ID[sid]["w"], cases)


# --- variants written for r72 -------------------------------------------------------------------------------------

def test_plus_notation_levels() -> None:
    # 10 points: 国家级 +10, 省级 +6, 市级 +3 — from nothing: 10 / 6 / 3
    _scores("获国家级表彰的+10分;获省级表彰的+6分;获市级表彰的+3分", 10,
            [("获国家级表彰", 10), ("获省级表彰", 6), ("获市级表彰", 3)])


@pytest.mark.parametrize("sid", ["BQ4-5", "BR1-2"])
def test_a_lone_addition_stays_refused(sid: str) -> None:
    """Only an addition printed, nothing on what not meeting it scores: fresh56 BQ4-5 "(建立一個標準化生產示范基地,加5分)"
    is labelled refuse (a bonus; the row's own scoring is not written) — so fresh57 BR1-2 "办理营业执照的加10分" (labelled
    with its pass level only) stays refused as well: the reading has a gap, and the rewrite search takes clean readings
    only. (r72's first cut said "否则不得分" after a lone addition and read BQ4-5 wrongly.)"""
    assert judge(_BY_ID[sid])[0] in ("refused", "refused-ok"), judge(_BY_ID[sid])
    r = read_rule_text(_BY_ID[sid]["text"], _BY_ID[sid]["w"])
    assert r.kind == "unreadable", (r.kind, r.canonical)
    # a variant: "获省级以上表彰的加5分。" on 5 — refused the same way
    assert read_rule_text("获省级以上表彰的加5分。", 5).kind == "unreadable"


def test_plus_and_minus_steps() -> None:
    # 3 points, value = late reports: 0 → 3, 2 → 3 − 2 = 1, 5 → 0 (扣完为止)
    _scores("按时上报+3分,每迟报1次-1分,扣完为止", 3, [("0", 3), ("2", 1), ("5", 0)])


def test_traditional_chinese_pass_fail() -> None:
    # 5 points: 獲得 → 5, 未獲得 → 0
    _scores("獲得省級表彰的加5分,未獲得不得分", 5, [("符合", 5), ("未獲得", 0)])


def test_item_number_and_full_width_comma() -> None:
    # 6 points: 建立 → 6, "台账不全扣3分" → 6 − 3 = 3, 未建立 → 0
    _scores("1、建立工作台账的加6分，台账不全扣3分，未建立不得分。", 6, [("符合", 6), ("台账不全", 3), ("未建立", 0)])


# --- near misses: 加 is a bonus on top of something, or the text says more — stay refused ---------------------------

@pytest.mark.parametrize(("text", "w"), [
    ("基本分5分,获省级表彰的加2分", 7),              # a base: 加 is on top of it
    ("获奖的加2分", 10),                            # the addition is short of the 分值: not the row's score
    ("有一个淘宝村得20分,没有不得分,多1个加10分", 20),  # AE4-1's shape: points given otherwise, 多1个 a bonus step
    ("完成任务的加5分,最高加10分", 10),               # a cap on the bonus
    ("完成任务的加5分,另加2分", 5),                   # 另加: a bonus on top
    ("完成任务得5分,获表彰的加2分", 5),               # points given by 得: 加 is a bonus
    ("完成任务的加5分,未完成-5分,此项可倒扣分", 5),      # below zero allowed: not the 0 … W this reading gives
    ("完成任务的加5分,评为优秀的加分", 5),             # an unnamed bonus
])
def test_near_misses_refused(text: str, w: float) -> None:
    r = read_rule_text(text, w)
    assert r.kind == "unreadable", (r.kind, r.canonical)
    assert not any(REWRITE in u for u in r.understood)
    assert any("未能读懂" in u for u in r.understood)


def test_bonus_step_is_not_this_notation() -> None:
    """"每多报送一次加1分" steps a bonus: the rewrite never turns it into 得 (whatever else reads the text)."""
    r = read_rule_text("按时报送的加3分,每多报送一次加1分", 3)
    assert not any(REWRITE in u for u in r.understood), r.understood
    assert r.kind == "unreadable", (r.kind, r.canonical)


@pytest.mark.parametrize("sid", ["BH10-3", "BW5-1", "BP4-1", "BI10-4"])
def test_same_tables_left(sid: str) -> None:
    """The tables' other rows stay refused: deductions per person that add up (BH10-3, BW5-1), items (BP4-1), a count inside
    the condition (BI10-4) — each for its own reason, never a wrong score."""
    assert judge(_BY_ID[sid])[0] == "refused"


def test_additions_add_up() -> None:
    """Two additions are two items that both count: "建立制度的加2分,建立台账的加3分" on 5 points — a checklist 2 + 3 = 5.
    On a 3-point row it reads as the same text with 得 does (levels 2 and W): added up and capped at the 分值 the
    scores are the same — 制度 only 2, 台账 only 3, both 2 + 3 = 5 → 3 = the 台账 level, the best one reached."""
    r = read_rule_text("建立制度的加2分,建立台账的加3分", 5)
    assert r.kind == "checklist" and r.max_points == 5, (r.kind, r.understood)
    assert sorted(i.points for i in r.items) == [Decimal(2), Decimal(3)]
    assert any(REWRITE in u for u in r.understood)
    _scores("建立制度的加2分,建立台账的加3分", 3, [("建立制度", 2), ("建立台账", 3)])
