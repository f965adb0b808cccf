"""r40: red team — sentences a real table could print that look like a read shape but MEAN something else (issue 11).

Each wrong reading found (a score a careful human would not give) is a case here with its hand scores, or must be
refused; the near misses that were already right protect the fixes. Hand scores are written from the sentence text
(comment beside each case), never copied from a run.

Wrong readings found and fixed (reader before r40 → now):

* "每发现1处问题扣1分，最低得2分" (W 5) read "*: 2 - 1 per 1" — nothing found scored 2 of 5. "最低得N分" is a floor, not
  the score with nothing found: refused (assemble, the count deduction's 0-finding level).
* "存在1处问题扣1分，超过2处不得分" (W 3) read "=0: W; =1: 2; >=2: 0" — 2 findings scored 0, "超过2处" is 3 or more:
  the count levels no longer take a comparison for a printed count (countlevels.read_count_deductions).
* "偏差率在±10%以内(不含10%)得5分" read "[-10%,10%)" — −10% scored 5: ± names one distance both ways, both ends open.
* "偏差率在-10%~10%(不含两端)得5分" read "[-10%,10%]" — the bracket was dropped as a note on what the rate covers;
  a bracket naming the ends is no such note: refused.
* "有制度,有台账,有总结(分值2分)" (W 3) read "\"符合\": 2" with the condition "分值": a bracket naming a 分值 that is
  not the row's is refused (reader._read), as a restated 分值 that disagrees is everywhere else.
* "执行率不低于90%扣1分" (W 5) read "≥90%: 4; <90%: W" — 80% scored full marks: a one-sided deduction band on the
  side that meets the requirement is refused (also "偏差5%以内扣1分").

* "优秀得3分，良好得4分，合格得5分" and "编报及时得2分,编报不及时得5分,…" read as written (合格 above 优秀, 不及时 above
  及时): levels plainly ranked by their words (one grade scale, or degree words before one stem — 基本/部分/不 — a
  negation only before a good stem such as 及时/完成) whose points rise as the grade falls are refused
  (guard.refuse_inverted_scale, grades.grade_above).

A note fixed (scores unchanged): "每延迟1周扣1分" said "计数对象：每延" (normalising wrote "每延每迟1周"), so the value's
unit (weeks) was lost; it now says 延迟的周数.
"""

from decimal import Decimal as D

import pytest

from jixiao.rules.chinese import read_rule_text
from tests.rules_chinese.test_i11k import _refused, _scores


def _refused_because(text, w, why):
    """``text`` refused on a ``w``-point row, the reason saying ``why``."""
    r = _refused(text, w)
    assert any(why in u for u in r.understood), r.understood

# ---- "最低得N分" beside a per-finding deduction: a floor, never the 0-finding score ----


@pytest.mark.parametrize("text", [
    "每发现1处问题扣1分，最低得2分",  # was "*: 2 - 1 per 1" (hand: 0 → 5, 1 → 4, 5 → 2)
    "每发现一处问题扣1分,最低得2分。",
    "每出现1例不符合要求的扣1分，最少得2分",
])
def test_lowest_score_beside_a_count_deduction_is_refused(text):
    _refused_because(text, 5, "保底")


def test_lowest_score_near_misses():
    # already right: "最多扣2分" is a cap on the deduction (W 5: 0 → 5, 1 → 4, 2 → 3, 5 → 3)
    assert _scores("每发现1处问题扣1分，最多扣2分", 5, ["0", "1", "2", "5"]) == {"0": 5, "1": 4, "2": 3, "5": 3}
    # "最低0分" is 扣完为止 (W 5: 5 → 0, 7 → 0)
    assert _scores("每发现1处问题扣1分，最低0分", 5, ["0", "3", "7"]) == {"0": 5, "3": 2, "7": 0}
    # the 0-finding level named as such still starts the deduction (W 5: 0 → 5, 2 → 3)
    assert _scores("无问题得5分，每发现1处问题扣1分", 5, ["0", "2"]) == {"0": 5, "2": 3}
    # on a rate: refused as before
    _refused("≥95%得5分，每低1个百分点扣1分，最低得2分", 5)


# ---- "超过N处" after per-count levels: more than N, not N ----


def test_more_than_n_findings_is_not_n_findings():
    # was "=0: W; =1: 2; >=2: 0" (2 findings scored 0). Hand (W 3; "存在1处问题扣1分" is per finding, README
    # "不带“每”的次数扣分"): 0 → 3, 1 → 2, 2 → 1, 3 → 0 (超过2处)
    assert _scores("存在1处问题扣1分，超过2处不得分", 3, ["0", "1", "2", "3"]) == {"0": 3, "1": 2, "2": 1, "3": 0}
    # the same with "2处以上(不含)" (W 5): 2 → 3, 3 → 0
    assert _scores("存在1处问题扣1分，2处以上(不含)不得分", 5, ["1", "2", "3"]) == {"1": 4, "2": 3, "3": 0}


@pytest.mark.parametrize("text, w, values, hand", [
    # 2处及以上 / 2处以上 include 2 (W 3): 0 → 3, 1 → 2, 2 → 0
    ("存在1处问题扣1分，2处及以上不得分", 3, ["0", "1", "2"], {"0": 3, "1": 2, "2": 0}),
    ("存在1处问题扣1分，2处以上不得分", 3, ["0", "1", "2"], {"0": 3, "1": 2, "2": 0}),
    # printed counts (W 5): 0 → 5, 1 → 4, 2 → 3, 3 or more → 0
    ("有1项不达标扣1分，2项不达标扣2分，3项以上不达标不得分", 5, ["0", "1", "2", "3"], {"0": 5, "1": 4, "2": 3, "3": 0}),
    # per finding with a cut-off (W 5): "发现3处以上" includes 3; "超过3处" does not
    ("每发现1处问题扣1分，发现3处以上不得分", 5, ["2", "3"], {"2": 3, "3": 0}),
    ("每发现1处问题扣1分，超过3处不得分", 5, ["3", "4"], {"3": 2, "4": 0}),
    ("每逾期1天扣1分，逾期3天以上不得分", 5, ["2", "3"], {"2": 3, "3": 0}),
    ("每逾期1天扣1分，逾期超过3天不得分", 5, ["3", "4"], {"3": 2, "4": 0}),
])
def test_count_cut_off_near_misses(text, w, values, hand):
    assert _scores(text, w, values) == hand


# ---- ± bands and brackets naming the ends ----


@pytest.mark.parametrize("text", [
    "偏差率在±10%以内(不含10%)得5分,否则不得分",  # was [-10%,10%): −10% scored 5
    "偏差率在±10%以内（不含）得5分,否则不得分",
    "偏差率在±10%(不含±10%)以内得5分,否则不得分",
])
def test_plus_minus_band_excluding_its_ends(text):
    # (W 5): ±10% excluded both ways: 9% → 5, −9% → 5, 10% → 0, −10% → 0
    assert _scores(text, 5, ["9%", "-9%", "10%", "-10%"]) == {"9%": 5, "-9%": 5, "10%": 0, "-10%": 0}


def test_plus_minus_band_near_miss_inclusive():
    # already right: "±10%以内" includes both ends (W 5): 10% → 5, −10% → 5, 11% → 0
    assert _scores("控制率在±10%以内得5分,否则不得分", 5, ["10%", "-10%", "11%"]) == {"10%": 5, "-10%": 5, "11%": 0}


@pytest.mark.parametrize("text", [
    "偏差率在-10%~10%(不含两端)得5分,否则不得分",  # was [-10%,10%] (the bracket dropped as a note)
    "偏差率在-10%~10%(含端点)得5分,否则不得分",
])
def test_bracket_naming_the_ends_is_no_note(text):
    _refused(text, 5)


def test_bracket_of_what_the_rate_covers_stays_a_note():
    # README 逐点扣分下的截止档 (W 30): 100% → 30, 95% → 25, 90% → 20, 89% → 0
    assert _scores("自愈覆盖率100%(含新增线路)得30分，每降低1个百分点扣1分，低于90%不得分", 30,
                   ["100%", "95%", "90%", "89%"]) == {"100%": 30, "95%": 25, "90%": 20, "89%": 0}


# ---- a one-sided deduction on the side that meets the requirement ----


@pytest.mark.parametrize("text", [
    "执行率不低于90%扣1分",  # was "≥90%: 4; <90%: W" — 80% scored 5
    "偏差5%以内扣1分",  # was "≤5%: 4; >5%: W"
    "执行率达到90%扣1分",
    "完成率≥90%扣1分",
])
def test_deduction_on_the_met_side_is_refused(text):
    _refused_because(text, 5, "达到要求的一侧")


@pytest.mark.parametrize("text, w, values, hand", [
    # README 只写扣分一侧 (W 5): below 90% costs 1, 90% and up full marks
    ("执行率低于90%扣1分", 5, ["89%", "90%"], {"89%": 4, "90%": 5}),
    ("执行率未达到90%扣1分", 3, ["89%", "90%"], {"89%": 2, "90%": 3}),
    ("执行率不足90%扣1分", 3, ["89%", "90%"], {"89%": 2, "90%": 3}),
    ("专题会议全年少于2次的,扣3分。", 3, ["1", "2"], {"1": 0, "2": 3}),
    # a tier of deductions on what is over (README i11k): 0 over → 5, 3% → 4, 8% → 2, 11% → 0
    ("超支5%以内扣1分，超支5%-10%扣3分，超支10%以上不得分", 5, ["0%", "3%", "8%", "11%"],
     {"0%": 5, "3%": 4, "8%": 2, "11%": 0}),
])
def test_deduction_side_near_misses(text, w, values, hand):
    assert _scores(text, w, values) == hand


# ---- the delay's unit kept in the note ----


@pytest.mark.parametrize("text, unit", [
    ("每延迟1周扣1分", "周"),  # was "计数对象：每延"
    ("每推迟1周扣1分", "周"),
    ("每延迟1天扣1分", "天"),
    ("每延迟1个工作日扣1分", "工作日"),
])
def test_delay_note_names_its_unit(text, unit):
    # (W 5): 0 → 5, 2 → 3 (the value is the time late in the printed unit)
    assert _scores(text, 5, ["0", "2"]) == {"0": 5, "2": 3}
    r = read_rule_text(text, 5)
    assert any(f"延迟的{unit}数" in u or f"延迟的个{unit}数" in u for u in r.understood), r.understood


# ---- near misses of the other shapes tried (already right; they protect the readings above) ----


@pytest.mark.parametrize("text, w, values, hand", [
    # 以上(不含) / 高于 exclude the number (W 5)
    ("90%以上(不含90%)得5分,80%-90%得3分,80%以下不得分", 5, ["91%", "90%", "80%", "79%"],
     {"91%": 5, "90%": 3, "80%": 3, "79%": 0}),
    ("超过95%(不含)得5分，否则不得分", 5, ["95%", "96%"], {"95%": 0, "96%": 5}),
    ("95%(不含)以下得5分，否则不得分", 5, ["95%", "94%"], {"95%": 0, "94%": 5}),
    # a cap on the deduction (W 5): 90% → 2, 80% → 2
    ("≥95%得5分，每低1个百分点扣1分，最多扣3分", 5, ["95%", "94%", "90%", "80%"], {"95%": 5, "94%": 4, "90%": 2, "80%": 2}),
    # a bonus beside the deduction (W 5): 97% → 4 + 1 = 5, 99% capped at 5, 93% → 3
    ("≥95%得4分，每高1个百分点加0.5分，每低1个百分点扣0.5分", 5, ["95%", "97%", "99%", "93%"],
     {"95%": 4, "97%": 5, "99%": 5, "93%": 3}),
    # rate × 分值 with a floor band that includes its end (W 10): 60% → 0, 61% → 6.1
    ("得分=执行率×分值，执行率60%及以下的不得分", 10, ["60%", "61%"], {"60%": 0, "61%": D("6.1")}),
])
def test_other_near_misses(text, w, values, hand):
    assert _scores(text, w, values) == hand


@pytest.mark.parametrize("text, w", [
    ("≤5%得5分，每低1个百分点扣1分", 5),  # deduction on the side already full
    ("≥95%得5分，每高1个百分点扣1分", 5),
    ("得分=执行率×20", 10),  # ×N not the 分值
    ("每发现1处问题扣1分，首次发现不扣分", 5),
    ("每延迟1天扣0.5分，超过1个月不得分", 5),  # days and a month
    ("≥95%得5分，每低1‰扣1分", 5),
])
def test_refused_near_misses(text, w):
    _refused(text, w)


# ---- requirements then a bracket naming a 分值 that is not the row's ----


@pytest.mark.parametrize("text", [
    "有制度,有台账,有总结(分值2分)",  # was "符合": 2 with the condition "分值" on a 3-point row
    "有制度,有台账(分值2分)",
    "建立工作台账(本项满分2分)",
])
def test_bracket_weight_disagreeing_with_the_row_is_refused(text):
    _refused_because(text, 3, "与本行分值3分不同")


def test_bracket_weight_near_misses():
    # the row's own 分值: two requirements a pass/fail (W 2: 符合 → 2), three a judgement (session 30)
    assert _scores("有制度,有台账(分值2分)", 2, ["符合"]) == {"符合": 2}
    assert read_rule_text("有制度,有台账,有总结(分值3分)", 3).kind == "judgement"


# ---- grade words whose points rise as the grade falls ----


@pytest.mark.parametrize("text", [
    "优秀得3分，良好得4分，合格得5分",  # was read as written: 合格 5, 优秀 3
    "优得1分,良得3分,中得5分",
    "合格得5分，不合格得5分，优秀得3分",
    "编报及时得2分,编报不及时得5分,未按规定编报不得分",  # was read as written: 不及时 5, 及时 2
    "健全得1分，基本健全得2分，不健全不得分",
])
def test_inverted_grade_scale_is_refused(text):
    _refused_because(text, 5, "与等级高低相反")


def test_grade_scale_near_misses():
    # falling (W 5): 优秀 → 5, 良好 → 4, 合格 → 3, 不合格 → 0; two grades level at the top are no inversion
    assert _scores("优秀得5分，良好得4分，合格得3分，不合格不得分", 5, ["优秀", "良好", "合格", "不合格"]) == {
        "优秀": 5, "良好": 4, "合格": 3, "不合格": 0}
    assert _scores("优秀得5分，良好得5分，合格得3分", 5, ["优秀", "良好", "合格"]) == {"优秀": 5, "良好": 5, "合格": 3}
    # README 同一主语的等级词 (W 5): 编报及时 → 5, 编报不及时 → 2, 未按规定编报 → 0
    assert _scores("编报及时得5分,编报不及时得2分,未按规定编报不得分", 5, ["编报及时", "编报不及时", "未按规定编报"]) == {
        "编报及时": 5, "编报不及时": 2, "未按规定编报": 0}
    # a negation of a bad event is the higher grade (W 5): no accident → 5, one accident → 0
    assert _scores("未发生事故得5分，发生事故不得分", 5, ["0", "1"]) == {"0": 5, "1": 0}


def test_three_requirements_parted_by_semicolons_are_a_judgement():
    # BQ9-4 (fresh56, session 30) with ";" between the requirements (test_variants comma_to_semicolon): three
    # requirements and only the 分值 in brackets are a judgement, as with commas; two stay a pass/fail (W 3: 符合 → 3)
    assert read_rule_text("熟悉辖区道路交通安全状况;有道路隐患排查台帐;有隐患上报记录整治建议(分值3分)。", 3).kind == "judgement"
    assert _scores("建立台账;按月报送(分值3分)", 3, ["符合"]) == {"符合": 3}
