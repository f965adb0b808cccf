"""r90 (issue 11): fresh88's table bands and glued band points, fresh86's breaches of a full-mark standard.

Three shapes, each with its corpus sentences, variants written here (hand scores in the comments) and near misses that
must stay refused:

1. a copied table's half-open bands "A>/≥B" (B up to under A), one a line, no heading (tablelevels._half_open);
2. a band's bare points run into the next band naming the measure again ("…90以上20分完成率在85以上…", normalise);
3. failings before a closing "满分标准为…,可得满分N分", each deducted once — bare findings too (deductionlist); a
   deduction beside "此项不得分" under such a standard: levels, the pass level named by the standard (read_under_full_marks);
4. deduction tiers of an event's loss ("因…造成交通事故,损失500元以下扣5分,500元以上扣10分,3000元以上扣20分"): the narrowest
   tier holds when every narrower tier leaves nothing (bands._zeroing_tiers), 0 loss a reported gap (mismatch).
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from jixiao.errors import RuleGapError
from jixiao.rules.chinese import read_rule_text
from tests.rules_chinese.corpus import judge
from tests.rules_chinese.test_r46 import _BY_ID  # the corpus by id
from tests.rules_chinese.test_r51 import _refused  # a refusal, its why in Chinese
from tests.rules_chinese.test_r65 import _scores  # scores at values; never a refusal


@pytest.mark.parametrize("sid", ["CV4-1", "CV4-2", "CV1-4", "CT2-1", "CT2-2", "CT2-3", "CT2-4", "CV3-1"])
def test_corpus_sentences_read(sid: str) -> None:
    assert judge(_BY_ID[sid]) == ("read", "")


# --- 1. half-open bands of a copied table ---------------------------------------------------------------------------

def test_half_open_bands_cv4_2() -> None:
    # fresh88 CV4-2 (客单价, 百分制): ≥250 → 100; [230, 250) → 80; [210, 230) → 60; < 210 → 0
    text = "≥250 100\n250>/≥230 80\n230>/≥210 60\n<210 0"
    assert _scores(text, 100, ["300", "250", "249.9", "230", "215", "210", "209"]) == [
        100, 100, 80, 80, 60, 60, 0]


def test_half_open_bands_with_a_lost_sign_cv4_1() -> None:
    # fresh88 CV4-1: "100%/≥90%" lost its ">" in the copy — its upper edge is the level above's lower one (100%)
    text = "≥100% 100\n100%/≥90% 85\n90%>/≥80% 70\n80%>/≥70% 55\n70%>/≥60% 40\n60%>/≥50% 25\n50%>/≥40% 10\n<40% 0"
    assert _scores(text, 100, ["110%", "100%", "95%", "90%", "85%", "65%", "40%", "39%"]) == [
        100, 100, 85, 85, 70, 40, 10, 0]


@pytest.mark.parametrize(("text", "w", "values", "expected"), [
    # a 10-point row: ≥95% → 10; [90%, 95%) → 8; [80%, 90%) → 5; < 80% → 0
    ("≥95% 10\n95%>/≥90% 8\n90%>/≥80% 5\n<80% 0", 10, ["96%", "95%", "92%", "90%", "85%", "79%"], [10, 10, 8, 8, 5, 0]),
    # fullwidth ＞ and spaces: ≥3000 → 5; [2000, 3000) → 3; < 2000 → 0
    ("≥3000 5\n3000 ＞/ ≥2000 3\n<2000 0", 5, ["3000", "2500", "1999"], [5, 3, 0]),
    # one half-open band among plain comparisons: ≥90 → 4; [80, 90) → 2; < 80 → 0
    ("≥90 4\n90>/≥80 2\n<80 0", 4, ["95", "90", "85", "80", "70"], [4, 4, 2, 2, 0]),
])
def test_half_open_band_variants(text: str, w: int, values: list[str], expected: list[int]) -> None:
    assert _scores(text, w, values) == expected


@pytest.mark.parametrize("text", [
    "≥250 100\n240>/≥230 80\n230>/≥210 60\n<210 0",  # upper edge 240 is not the level above's 250: a row lost — refused
    "≥250 100\n250%>/≥230 80\n<230 0",  # a percent edge under a bare one: not the same unit
    "1 ≥250 100\n2 ≥230 80\n3 <230 0",  # item numbers before the bands
    "≥250 100\n达标 80\n<230 0",  # one level is words: not a table of bands
    "≥250 100\n≥230 80\n<230 0",  # no heading and no half-open chain: what is compared? (r46's near miss, kept)
])
def test_half_open_near_misses_refused(text: str) -> None:
    assert read_rule_text(text, 100).kind == "unreadable"


# --- 2. a band's bare points glued to the next band ------------------------------------------------------------------

def test_glued_band_points_cv1_4() -> None:
    # fresh88 CV1-4 (value = 完成率, its % lost): ≥90 → 20; [85, 90) → 10; < 80 → 0; 80–85 is unprinted: a gap
    text = "完成率在90以上20分完成率在85以上10分完成率低于80为0分"
    assert _scores(text, 20, ["95", "90", "87", "85", "79"]) == [20, 20, 10, 10, 0]
    r = read_rule_text(text, 20)
    with pytest.raises(RuleGapError):
        r.rule.score("82", Decimal(20), None)  # type: ignore[union-attr]


@pytest.mark.parametrize(("text", "w", "values", "expected"), [
    # ≥95 → 10; [90, 95) → 6; < 90 → 0
    ("合格率95以上10分合格率90以上6分合格率低于90为0分", 10, ["98", "95", "92", "90", "89"], [10, 10, 6, 6, 0]),
    # 以内 bands, the narrowest reached: ≤10 → 5; (10, 20] → 3; > 20 → 0
    ("误差在10以内5分误差在20以内3分误差超过20为0分", 5, ["8", "10", "15", "20", "25"], [5, 5, 3, 3, 0]),
])
def test_glued_band_points_variants(text: str, w: int, values: list[str], expected: list[int]) -> None:
    assert _scores(text, w, values) == expected


@pytest.mark.parametrize("text", [
    "完成率在90以上20分钟内完成得20分",  # 20分钟: a time, not points
    "完成率在90以上20分另加考核85以上10分",  # the words after the points are not the measure again
])
def test_glued_band_points_near_misses_refused(text: str) -> None:
    assert not read_rule_text(text, 20).ok


# --- 3. breaches of a closing full-mark standard ---------------------------------------------------------------------

def _items(text: str, w: int) -> list[tuple[str, Decimal, bool]]:
    r = read_rule_text(text, w)
    assert r.kind == "checklist" and r.max_points == w, (r.kind, r.understood)
    return [(i.text, i.points, i.failing) for i in r.items]


def test_full_mark_standard_ct2_1() -> None:
    # fresh86 CT2-1 (窗台, 5): 2 + 3 = 5; 十分干净 is "very clean", never 10 points; the standard is quoted as printed
    text = "窗台上有物品,扣2分;窗台不干净,扣3分;满分标准为窗台上无物品,且经过认真擦拭,十分干净,可得满分5分。"
    assert _items(text, 5) == [("窗台上有物品", 2, True), ("窗台不干净", 3, True)]
    assert "满分标准（不参与计分）：窗台上无物品,且经过认真擦拭,十分干净" in read_rule_text(text, 5).understood


@pytest.mark.parametrize(("text", "w", "expected"), [
    # 2 + 1 + 2 = 5: each finding once
    ("桌面上有杂物,扣2分;桌面不整洁,扣1分;地面有纸屑,扣2分。满分标准为桌面、地面干净整洁,可得满分5分。", 5,
     [("桌面上有杂物", 2, True), ("桌面不整洁", 1, True), ("地面有纸屑", 2, True)]),
    # 1 + 1 = 2, without a closing stop
    ("黑板上有字迹,扣1分;黑板槽有粉笔灰,扣1分;满分标准为黑板擦拭干净,可得满分2分", 2,
     [("黑板上有字迹", 1, True), ("黑板槽有粉笔灰", 1, True)]),
])
def test_full_mark_standard_variants(text: str, w: int, expected: list[tuple[str, int, bool]]) -> None:
    assert _items(text, w) == expected


def test_full_mark_standard_names_the_pass_level_ct2_4() -> None:
    # fresh86 CT2-4 (玻璃, 5): clean → 5; 有污点 → 5 − 2 = 3; 故意涂画 → 0 (此项不得分)
    text = "玻璃上有污点,扣2分;故意在窗户上涂画,此项不得分。满分标准为玻璃清洁干净,无涂抹痕迹,可得满分5分。"
    r = read_rule_text(text, 5)
    assert r.ok and [r.rule.score(v, Decimal(5), None) for v in (  # type: ignore[union-attr]
        "玻璃清洁干净,无涂抹痕迹", "玻璃上有污点", "故意在窗户上涂画")] == [5, 3, 0]


@pytest.mark.parametrize(("text", "w", "levels", "expected"), [
    # 门窗 (4): 完好 → 4; 有污迹 → 4 − 1 = 3; 故意损坏 → 0
    ("门窗上有污迹,扣1分;门窗被故意损坏,此项不得分。满分标准为门窗完好干净,可得满分4分。", 4,
     ["门窗完好干净", "门窗上有污迹", "门窗被故意损坏"], [4, 3, 0]),
    # 黑板 (3), "满分标准是" and no closing stop: 干净 → 3; 未擦 → 3 − 2 = 1; 乱涂 → 0
    ("黑板未擦,扣2分;在黑板上乱涂乱画,此项不得分;满分标准是黑板干净,可得满分3分", 3,
     ["黑板干净", "黑板未擦", "在黑板上乱涂乱画"], [3, 1, 0]),
])
def test_full_mark_standard_level_variants(text: str, w: int, levels: list[str], expected: list[int]) -> None:
    r = read_rule_text(text, w)
    assert r.ok, r.understood
    assert [r.rule.score(v, Decimal(w), None) for v in levels] == expected  # type: ignore[union-attr]


@pytest.mark.parametrize(("text", "w"), [
    # the standard's 4 is not the 分值 5: which is the full mark?
    ("玻璃上有污点,扣2分;故意在窗户上涂画,此项不得分。满分标准为玻璃清洁干净,可得满分4分。", 5),
    ("窗台上有物品,扣2分;窗台不干净,扣3分", 5),  # no standard: a bare finding may be counted per occurrence
    ("窗台上有物品,扣2分;窗台不干净,扣3分;满分标准为窗台上无物品,可得满分4分。", 5),  # the standard's 4 is not the 分值
    ("窗台上每有一件物品扣1分;窗台不干净,扣3分;满分标准为窗台上无物品,可得满分5分。", 5),  # 每: per finding
    ("窗台上有物品,扣2分;窗台不够干净,扣1分;窗台较脏,扣2分;满分标准为窗台干净,可得满分5分。", 5),  # degrees of one thing
    ("漏项,内容不完整、表述不清楚、用语不规范等,每项扣 1分", 3),  # an open list (等), no standard: as before
])
def test_full_mark_standard_near_misses_refused(text: str, w: int) -> None:
    _refused(text, w)


# --- 4. deduction tiers of an event's loss ---------------------------------------------------------------------------

def test_loss_tiers_cv3_1() -> None:
    # fresh88 CV3-1 (20): 300 → 20 − 5 = 15; 1000 → 10; 2000 → 10; 5000 → 0 (10 + 20 added up or 20 alone: 0 either way)
    text = "2、因驾驶员不慎造成交通事故,损失500元以下扣5分,500元以上扣10分,3000元以上扣20分。"
    assert _scores(text, 20, ["300", "1000", "2000", "5000"]) == [15, 10, 10, 0]
    with pytest.raises(RuleGapError):  # no loss: no accident (20) or an accident that cost nothing (15)? not printed
        read_rule_text(text, 20).rule.score("0", Decimal(20), None)  # type: ignore[union-attr]


@pytest.mark.parametrize(("text", "w", "values", "expected"), [
    # (0, 1000] → 20 − 2 = 18; (1000, 10000) → 15; ≥ 10000 → 0
    ("因操作失误造成设备事故,损失1000元以下扣2分,1000元以上扣5分,1万元以上扣20分。", 20,
     ["300", "2000", "20000"], [18, 15, 0]),
    # the top tier as 不得分 (10): (0, 500] → 8; (500, 2000) → 5; ≥ 2000 → 0
    ("发生安全事故,损失500元以下扣2分,500元以上扣5分,2000元以上不得分", 10, ["100", "800", "2500"], [8, 5, 0]),
])
def test_loss_tier_variants(text: str, w: int, values: list[str], expected: list[int]) -> None:
    assert _scores(text, w, values) == expected


@pytest.mark.parametrize("text", [
    # the top tier leaves 5 of 20: 3000 and more is 20 − 15 = 5 alone or 20 − 10 − 15 < 0 added up — not printed
    "因驾驶员不慎造成交通事故,损失500元以下扣5分,500元以上扣10分,3000元以上扣15分。",
    # no event before the loss: no loss at all is as likely "nothing happened" (r86's refusal, kept)
    "损失500元以下扣5分,500元以上扣10分,3000元以上扣20分。",
    "造成损失1万元以上扣5分,1万元以下扣2分",
])
def test_loss_tier_near_misses_refused(text: str) -> None:
    _refused(text, 20)
