"""r68 (issue 11, reader): levels printed above the 分值, r65's leftovers, r66's groups A2/A3.

Scores are worked out by hand from the sentence text (in the comments), never copied from a run of the reader.

1. Levels printed above the row's 分值 ("优10分;良6分;差0分" on an 8-point row): read with 优 capped at 8 before — but is
   优 the full 8 with 良 still 6, or is every level scaled by 8/10? Refused, naming the printed top and the 分值
   (mismatch.refuse_levels_above_weight). Corpus: no sentence reads so at its labelled 分值 and no label expects the
   capped reading (so nothing moved); one fixed score above the 分值 (a pass/fail) is still capped with a note; a rule
   written by hand is still flagged by validate (rule-max-weight).
2. r65's leftovers: "…优10分;良6分;差0分,全年累计" (grades added up, the ";" form) refused like the "、" form; "第一次扣1分,
   以此类推" (only the first time priced) refused unless the text settles the later times; "市、省、国家级…" — the 级
   printed once is shared (levels 市级/省级/国家级).
3. r66's A2 (points as ranges only: "房屋整治方案 1-5", fresh54 BO9-1/2; fresh68 CC2-1) and A3 ("按程度進行計分", fresh17
   AD4-3; "根据总结质量得分", fresh51 BL7-3): judgements, the scorer gives the points.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from jixiao.rules.chinese import read_rule_text
from tests.rules_chinese.corpus import judge, load
from tests.validation.test_checks import checks, row, table

_BY_ID = {e["id"]: e for e in load()[1]}


def _refused(text: str, w: float, *words: str) -> None:
    r = read_rule_text(text, w)
    assert r.kind == "unreadable" and r.rule is None, (text, r.canonical)
    why = "；".join(r.understood)
    assert all(word in why for word in words), why


# ---- 1. levels printed above the 分值 ----------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "w"), [
    ("以平时检查记录为依据，优10分、良6分、差0分。", 8),  # r65's sentence: 10 printed, 分值 8
    ("优10分;良6分;差0分", 8),  # the ";" form
    ("好3分;较好2分;一般1分;差0分", 2.5),  # 3 above 2.5, no two levels merged by the cap (that was refused before)
    ("≥90%得10分,≥80%得6分,否则不得分", 8),  # bands: 95 % → 10 or 8? 85 % → 6 or 4.8? not written
    ("符合要求，得4分；\n≥规定数的90%，得2分；\n＜规定数的90%，不得分。", 3),  # corpus text (labelled at 4) on a 3-point row
])
def test_levels_above_the_weight_are_refused(text: str, w: float) -> None:
    top = {8: "10分", 2.5: "3分", 3: "4分"}[w]
    _refused(text, w, f"最高一档印的是{top}", f"本行分值{w:g}分")


@pytest.mark.parametrize(("text", "w", "scores"), [
    # the same levels on a 10-point row: 优 10 = W, 良 6, 差 0 as printed
    ("以平时检查记录为依据，优10分、良6分、差0分。", 10, {"优": 10, "良": 6, "差": 0}),
    ("优10分;良6分;差0分", 10, {"优": 10, "良": 6, "差": 0}),
    # the best level below the 分值 is read as printed (rule-max-weight note, session 28 convention): 较好 2, 一般 1
    ("较好得2分,一般得1分,较差不得分", 3, {"较好": 2, "一般": 1, "较差": 0}),
])
def test_levels_at_or_below_the_weight_still_read(text: str, w: float, scores: dict[str, int]) -> None:
    r = read_rule_text(text, w)
    assert r.ok and r.rule is not None
    for level, score in scores.items():
        assert r.rule.score(level, Decimal(str(w))) == score


def test_one_level_above_the_weight_is_still_capped() -> None:
    # near miss: a pass/fail has no other level to scale — "完成得10分" on 8 is full marks (capped, noted): 完成 → 8, 未完成 → 0
    r = read_rule_text("完成得10分，未完成不得分", 8)
    assert r.ok and r.rule is not None
    assert r.rule.score("完成", Decimal(8)) == 8 and r.rule.score("未完成", Decimal(8)) == 0
    assert any("规则最高 10 分" in u for u in r.understood)
    # the seed's threshold (seed_rules: "…救助比例不低于70%，得4分" on 3): 88.5 % ≥ 70 % → 4, capped at 3
    s = read_rule_text("重点医疗救助对象政策范围内救助比例不低于70%，得4分", 3)
    assert s.ok and s.rule is not None and s.rule.score("88.5%", Decimal(3)) == 3


def test_no_corpus_sentence_reads_a_level_above_its_weight() -> None:
    # the count the brief asked for: 0 corpus sentences read (or labelled to be read) with two levels above 0 and the
    # best above the 分值 — the guard moved no corpus reading at its labelled 分值
    from jixiao.rules.model import Points
    for e in _BY_ID.values():
        r = read_rule_text(e["text"], e["w"])
        if r.rule is None or e["w"] is None:
            continue
        w = Decimal(str(e["w"]))
        fixed = {c.outcome.amount.points(w) for c in r.rule.clauses if isinstance(c.outcome, Points)}
        above = {p for p in fixed if p > 0}
        assert len(above) < 2 or max(above) <= w, e["id"]


def test_a_hand_written_rule_above_the_weight_is_still_flagged(tmp_path) -> None:
    # validate's rule-max-weight fires on a rule written by hand (the reader's refusal is no part of it): "优": 10 on 5
    rows = [row(1, "a", 5, "良", 4, rule='"优": 10; "良": 4; "差": 0')]
    assert ("K2", "rule-max-weight") in checks(table(tmp_path, rows))


# ---- 2a. grades added up over the year (the ";" form) -------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "按季度考核,优10分;良6分;差0分,全年累计",  # r65's leftover
    "以检查记录为依据;优10分;良6分;差0分;取平均值",  # averaged
    "每月检查一次,好5分;中3分;差0分,全年累加",  # 12 checks added up: up to 60, not one of 5/3/0
])
def test_grades_added_up_are_refused(text: str) -> None:
    # (r69, merged at the end of r68, refuses the first and third too — "等级是按期评定后累计（或汇总、平均）的" — before
    # r68's mismatch.refuse_added_grades is reached: either reason names the adding up)
    _refused(text, 10, "累计")


@pytest.mark.parametrize(("text", "w", "value", "score"), [
    # near misses: "以最低一次为准" picks one grade (r65's test): 良 → 6
    ("优10分;良6分;差0分,以最低一次为准", 10, "良", 6),
    # "累计扣分不超过3分" is a cap the reading uses (one step, no grades): 2 findings → 5 − 2 = 3; 5 findings → 5 − 3 = 2
    ("每发现一处扣1分,累计扣分不超过3分", 5, "2", 3),
    ("每发现一处扣1分,累计扣分不超过3分", 5, "5", 2),
])
def test_one_grade_or_a_cap_still_reads(text: str, w: int, value: str, score: int) -> None:
    r = read_rule_text(text, w)
    assert r.ok and r.rule is not None
    assert r.rule.score(value, Decimal(w)) == score


# ---- 2b. only the first time priced -------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "第一次扣1分,以此类推",  # r65's leftover: was the level "第一次"
    "首次扣1分,以此类推",
    "第1次扣1分,以此类推",  # was read as a count "1次"
    "迟报第一次扣2分",  # no 以此类推 at all: the second late report is not priced
])
def test_only_the_first_time_priced_is_refused(text: str) -> None:
    # (r86) "…,以此类推" after one deduction is now refused by assemble._after_the_levels first ("只写了一次扣分，怎样类推
    # 原文未写明") — the same refusal in other words; either reason says only one time is priced
    r = read_rule_text(text, 5)
    assert r.kind == "unreadable" and any("只写了第一次扣几分" in u or "只写了一次扣分" in u for u in r.understood), r.understood


@pytest.mark.parametrize(("text", "count", "score"), [
    # the text settles the later times: each time 1 → 0 times 5, 2 times 5 − 2 = 3, 6 times 0 (扣完)
    ("第一次扣1分,第二次扣1分,以此类推", "2", 3),
    ("第一次扣1分,以后每次扣1分", "2", 3),
    ("第一次扣1分,以后每次扣1分", "6", 0),
    # near miss: r62's "有一次扣1分,以此类推" (one occurrence, not the first) is a step: 3 → 5 − 3 = 2
    ("有一次扣1分,以此类推", "3", 2),
])
def test_later_times_settled_read_as_a_step(text: str, count: str, score: int) -> None:
    r = read_rule_text(text, 5)
    assert r.ok and r.rule is not None
    assert r.rule.score(count, Decimal(5)) == score


@pytest.mark.parametrize("text", ["第一次扣1分,第二次扣2分,以此类推", "第一次扣1分,以后每次扣2分"])
def test_growing_steps_stay_refused(text: str) -> None:
    # near misses: the step grows (1, then 2 …) — the rule language has no growing step
    assert read_rule_text(text, 5).kind == "unreadable"


# ---- 2c. 级 printed once, shared by the tiers listed --------------------------------------------------------------------

@pytest.mark.parametrize(("text", "w", "scores"), [
    # r65's leftover: 市级 1, 省级 3, 国家级 5 (= W)
    ("市、省、国家级领导批示肯定的,分别加1分、3分、5分", 5, {"市级": 1, "省级": 3, "国家级": 5}),
    ("被县、市、省级表彰的,分别加1分、2分、3分", 3, {"县级": 1, "市级": 2, "省级": 3}),
    ("经验做法获得区、市、省级表彰。(1、2、4分)", 4, {"区级": 1, "市级": 2, "省级": 4}),
])
def test_shared_tier_word(text: str, w: int, scores: dict[str, int]) -> None:
    r = read_rule_text(text, w)
    assert r.ok and r.rule is not None
    for level, score in scores.items():
        assert r.rule.score(level, Decimal(w)) == score
    assert any("各级共用" in u for u in r.understood)


def test_tiers_without_a_shared_word_keep_their_names() -> None:
    # near misses: no 级 after the last ("国家表彰") — names as printed; 以上 is not shared ("省级以上" beside 县, 市)
    r = read_rule_text("获得市、省、国家表彰。(1、3、5分)", 5)
    assert r.ok and r.rule is not None and r.rule.score("省", Decimal(5)) == 3
    r = read_rule_text("被县、市、省级以上表彰的,分别加1分、2分、3分", 3)
    assert r.ok and r.rule is not None and r.rule.score("市", Decimal(3)) == 2
    assert not any("各级共用" in u for u in r.understood)


def test_a_criticism_by_tier_stays_refused() -> None:
    # near miss (r65): points beside a criticism — award or deduction? never read
    assert read_rule_text("被市、省、国家级通报批评。(1、3、5分)", 5).kind == "unreadable"


# ---- 3. A2: points as ranges only ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("cid", ["BO9-1", "BO9-2", "CC2-1"])
def test_corpus_point_ranges_are_judgements(cid: str) -> None:
    e = _BY_ID[cid]  # labelled manual: the scorer gives points within the range
    assert judge(e) == ("read", "")
    r = read_rule_text(e["text"], e["w"])
    assert r.kind == "judgement" and r.max_points == Decimal(str(e["w"]))
    assert any("分数区间" in u for u in r.understood)


@pytest.mark.parametrize(("text", "w"), [
    ("房屋整治方案 1-5（5分）", 5),  # the bracket restates the 分值 (session 33's refusal): a range up to 5 = W
    ("工作扎实 8-10\n工作一般 4-7\n工作较差 0-3", 10),  # three levels, 8–10 / 4–7 / 0–3: top 10 = W, no overlap
    ("檔案整理規范 3～4；檔案整理一般 1～2", 4),  # 繁体, "～": 3–4 / 1–2 on a 4-point row
])
def test_point_range_variants_are_judgements(text: str, w: int) -> None:
    r = read_rule_text(text, w)
    assert r.kind == "judgement" and r.max_points == w and r.rule is None


@pytest.mark.parametrize(("text", "w"), [
    ("整改方案 1-3（5分）", 5),  # the range stops below the 分值: points or a count? (test_s33_lead)
    ("房屋整治方案 1-5", 10),  # 5 is not the 分值 10
    ("满意度1-5（5分）", 5),  # a rating scale of 1–5, or points? (test_r50)
    ("完成率 90-100", 100),  # a band of the rate on a 100-point row
    ("整治户数 1-5", 5),  # a count of households
    ("方案好 3-5；方案一般 2-4", 5),  # ranges overlap at 3–4
    ("1～5（5分）", 5),  # nothing described
])
def test_ranges_that_may_be_values_stay_refused(text: str, w: int) -> None:
    assert read_rule_text(text, w).kind == "unreadable"


def test_a_range_with_its_unit_is_still_a_band() -> None:
    # near miss (test_s33_lead): 完成1-5个 is a band of a count: 3 个 → 5
    r = read_rule_text("完成1-5个（5分）", 5)
    assert r.ok and r.rule is not None and r.rule.score("3", Decimal(5)) == 5


# ---- 3. A3: the judge's words ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("cid", ["AD4-3", "BL7-3"])
def test_corpus_judge_words_are_judgements(cid: str) -> None:
    e = _BY_ID[cid]  # labelled manual
    assert judge(e) == ("read", "")
    assert read_rule_text(e["text"], e["w"]).kind == "judgement"


@pytest.mark.parametrize(("text", "w"), [
    ("台账规范,记录完整。按程度计分", 5),
    ("宣传资料齐全,根据程度进行评分。", 3),
    ("提交年度工作总结,根据工作总结质量得分", 4),
])
def test_judge_word_variants(text: str, w: int) -> None:
    r = read_rule_text(text, w)
    assert r.kind == "judgement" and r.max_points == w


def test_a_degree_of_listed_items_stays_a_checklist() -> None:
    # S15-5 (tuned): "按实现程度计分。其中:…2分、…2分 (5 items)" is a checklist of 10 — not a judgement
    e = _BY_ID["S15-5"]
    assert judge(e) == ("read", "")
    r = read_rule_text(e["text"], e["w"])
    assert r.kind == "checklist" and r.max_points == 10


@pytest.mark.parametrize(("text", "value", "score"), [
    # near misses: a rate is in proportion, not judged — 80 % of 5 = 4
    ("按实际完成率得分", "80%", 4),
])
def test_a_rate_basis_is_no_judgement(text: str, value: str, score: int) -> None:
    r = read_rule_text(text, 5)
    assert r.ok and r.rule is not None and r.rule.score(value, Decimal(5)) == score


def test_completion_degree_is_not_judged_here() -> None:
    # near miss: "按完成程度计分" — the degree of completion may be a measured share; left refused as before
    assert read_rule_text("按完成程度计分", 5).kind == "unreadable"


# ---- 4. (one more of r66's A2) points whose range lost its dash ----------------------------------------------------------

@pytest.mark.parametrize("cid", ["BC8-1", "BC9-1"])
def test_corpus_lost_dash_ranges_are_judgements(cid: str) -> None:
    # fresh42, 10-point rows: "得810分 … 得47分 … 得03分" — 810 > 10 and 03 opens with 0: 8–10, 4–7, 0–3 (labelled manual)
    e = _BY_ID[cid]
    assert judge(e) == ("read", "")
    r = read_rule_text(e["text"], e["w"])
    assert r.kind == "judgement" and r.max_points == 10
    assert any("“810分”即8–10分" in u for u in r.understood)


@pytest.mark.parametrize(("text", "w"), [
    # 20-point row: 1620 → 16–20, 815 → 8–15, 07 → 0–7 (runs 20 … 0 without a gap)
    ("材料详实,得1620分。材料基本齐全,得815分。材料缺失,得07分。", 20),
    # 5-point row, two levels: 35 → 3–5, 02 → 0–2
    ("宣传到位,得35分；宣传一般,得02分", 5),
])
def test_lost_dash_variants_are_judgements(text: str, w: int) -> None:
    r = read_rule_text(text, w)
    assert r.kind == "judgement" and r.max_points == w


@pytest.mark.parametrize(("text", "w"), [
    ("工作扎实,得810分。工作一般,得46分。工作较差,得03分。", 10),  # 4–6 then 8–10: 7 is in no range
    ("工作扎实,得10分。工作一般,得47分。工作较差,得03分。", 10),  # 10 is points as printed: not this shape
    ("工作扎实,得810分。", 10),  # one range alone: nothing to check the parting against
    ("完成率高,得810分。完成率一般,得47分。完成率低,得03分。", 10),  # a rate described: bands of a value?
])
def test_lost_dash_near_misses_stay_refused(text: str, w: int) -> None:
    assert read_rule_text(text, w).kind == "unreadable"
