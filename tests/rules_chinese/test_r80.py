"""r80 (issue 11): the blind readings of fresh82 (docs/notes/r80.md).

1. a judge's word kept as a note — any note, the row's heading (考核内容) too — leaves the row to a person
   (guard.judged_in_note): "业绩最优得3分，其余酌情打分(但不得高于3分)" (fresh82 CP1-4) was read as "符合": 3, "其余酌情打分"
   dropped with the heading — WRONG on the first blind run;
2. a count of failings: "…得基本分40分，有一条不满足得0分" (fresh82 CP1-5) is one finding losing the row, the value the
   number of failings (failures._ONE_FINDING: two requirement clauses, 得基本分N分, 一 after a finding verb); a level
   named by a count of failings beside an "otherwise" (*) is refused (guard.refuse_counted_level_names) — CP1-5 was
   read as "有一条不满足": 0; *: 0 and the count 0 typed scored 0, WRONG on the first blind run;
3. a bare share after 扣 / 得 ending its clause is a share of the row's 分值 (normalise: 扣N% / 得N% → N%权重分; levels: a
   described level worth a share): "每低5% 扣15%" (CP2-6), "每低0.5% 扣10%" (CP2-8), "每出现1次失职扣30%" (CP2-7), "单项达标
   得50%" (CP2-4).

Expected scores come from the sentences by hand (in the comments)."""

from __future__ import annotations

import pytest

from jixiao.rules.chinese import read_rule_text
from tests.rules_chinese.corpus import judge
from tests.rules_chinese.test_r46 import _BY_ID  # the corpus by id
from tests.rules_chinese.test_r62 import (  # a reading's scores; refused (or manual), said why
    _not_read,
    _scores,
)


@pytest.mark.parametrize("sid", ["CP1-4", "CP1-5", "CP2-4", "CP2-6", "CP2-7", "CP2-8"])
def test_corpus_sentences_read(sid: str) -> None:
    assert judge(_BY_ID[sid]) == ("read", "")


# --- 1. a judge's word is never a note ------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "w"), [
    (_BY_ID["CP1-4"]["text"], 3),  # fresh82 CP1-4: the best 3, the rest "酌情打分" — the scorer's call
    ("方案最优得5分，其余酌情给分(最高不超过5分)", 5),  # variant: 酌情给分 for the rest, a cap in brackets
    ("服务质量最好的得10分，其他视情扣分(不低于0分)", 10),  # variant: 视情扣分 for the others
])
def test_judgement_in_heading_is_manual(text: str, w: float) -> None:
    r = read_rule_text(text, w)
    assert r.kind == "judgement", (r.kind, r.canonical)
    assert any("需人工评分" in u for u in r.understood)


@pytest.mark.parametrize(("text", "w", "expected"), [
    # near miss (must stay read): a heading with no judge's word, the rule in brackets — 资料齐全 3, 不全 0
    ("资料齐全得3分(不全的不得分)", 3, {"符合": 3, "不全": 0}),
])
def test_heading_without_judgement_stays_read(text: str, w: float, expected: dict[str, float]) -> None:
    _scores(text, w, expected)


# --- 2. a count of failings -----------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "w", "expected"), [
    # fresh82 CP1-5 (40): value = requirements not met n: 0 → 40; 1 → 0; 3 → 0
    (_BY_ID["CP1-5"]["text"], 40, {"0": 40, "1": 0, "3": 0}),
    # variant: one requirement clause, "有一项不满足不得分" on 20: 0 → 20; 1 → 0; 2 → 0
    ("满足全部技术要求得20分，有一项不满足不得分", 20, {"0": 20, "1": 0, "2": 0}),
    # variant: two clauses, 基本分 30, "出现一处偏离得0分": 0 → 30; 1 → 0; 5 → 0
    ("完全响应招标文件要求，符合行业标准得基本分30分，出现一处偏离得0分", 30, {"0": 30, "1": 0, "5": 0}),
])
def test_one_failing_loses_the_row(text: str, w: float, expected: dict[str, float]) -> None:
    _scores(text, w, expected)


@pytest.mark.parametrize(("text", "w"), [
    # two failings named, not one: 0 → 40, 1 → ? (not printed), 2 → 0 — the count is the value, no text level
    ("完全满足主要技术要求得40分，有两条不满足得0分", 40),
    # the 基本分 is not the row's 分值 (40 of 50): what scores the rest?
    ("完全满足主要技术要求，符合国家相关标准得基本分40分，有一条不满足得0分", 50),
])
def test_counted_failings_near_misses(text: str, w: float) -> None:
    _not_read(text, w)


def test_counted_level_name_never_beside_otherwise() -> None:
    """Whatever reads the text, no level named "有…条不满足" stands beside ``*`` (a typed count would fall to it)."""
    for text, w in (("完全满足主要技术要求得40分，有两条不满足得0分", 40), (_BY_ID["CP1-5"]["text"], 40)):
        r = read_rule_text(text, w)
        assert not (r.ok and "*" in (r.canonical or "") and "条不满足\"" in (r.canonical or "")), r.canonical


# --- 3. a share of the 分值 after 扣 / 得 -----------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "w", "expected"), [
    # fresh82 CP2-6 (5): each 5% below 85% costs 15% × 5 = 0.75; below 70% nothing
    (_BY_ID["CP2-6"]["text"], 5, {"90%": 5, "85%": 5, "80%": 4.25, "75%": 3.5, "70%": 2.75, "69%": 0}),
    # fresh82 CP2-8 (4): each 0.5% below 99% costs 10% × 4 = 0.4; below 95% nothing
    (_BY_ID["CP2-8"]["text"], 4, {"100%": 4, "99%": 4, "98.5%": 3.6, "97%": 2.4, "95%": 0.8, "94.5%": 0}),
    # fresh82 CP2-7 (4): each failing costs 30% × 4 = 1.2: 0 → 4; 1 → 2.8; 3 → 0.4
    (_BY_ID["CP2-7"]["text"], 4, {"0": 4, "1": 2.8, "3": 0.4}),
    # variant: each 2% below 90% costs 10% × 10 = 1; below 80% nothing: 90% → 10; 88% → 9; 84% → 7; 80% → 5; 79% → 0
    ("90%以上得满分，每低2%扣10%，低于80%不得分", 10, {"90%": 10, "88%": 9, "84%": 7, "80%": 5, "79%": 0}),
    # variant: each finding costs 20% × 5 = 1: 0 → 5; 2 → 3; 5 → 0
    ("每发现1处问题扣20%", 5, {"0": 5, "2": 3, "5": 0}),
    # fresh82 CP2-4 (5): both met 5; one met 50% × 5 = 2.5; none 0
    (_BY_ID["CP2-4"]["text"], 5, {"双指标达标": 5, "单项达标": 2.5, "双项不达标": 0}),
    # variant: 合格 60% × 10 = 6
    ("优秀得满分，合格得60%，不合格不得分", 10, {"优秀": 10, "合格": 6, "不合格": 0}),
])
def test_share_of_the_weight(text: str, w: float, expected: dict[str, float]) -> None:
    _scores(text, w, expected)


@pytest.mark.parametrize(("text", "w"), [
    ("每低1%扣绩效工资的10%", 5),  # a share of the pay, not of the 分值
    ("每低1%扣10%以上", 5),  # "10% or more": no amount
])
def test_share_near_misses(text: str, w: float) -> None:
    _not_read(text, w)
