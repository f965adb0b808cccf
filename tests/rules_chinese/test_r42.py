"""r42: red team 3 — a mechanical (metamorphic) search for wrong readings (issue 11).

``r42_edits`` changes the text of corpus sentences the reader reads right in ways whose effect on the correct scores is
known before the reader runs (a band's points, a threshold, 以上↔以下 / 高于↔低于 / 超过→未超过 / 达到→未达到, 得→扣,
"扣完为止" → "最多扣N分", "(超过100%的按100%计算)", a band printed twice with other points, a dropped band, a unit).
Wrong readings it found and that are fixed (before → now):

* "未超过95%,2分" read as "超过95%" (">95%: 2") — 未超过/未低于/没有超过 … were the bare comparison word with the 未 left
  out: now ≤ / ≥ (conditions._KW); in "90.4%-92%,1分;92%-95%,1.5分;未超过95%,2分" the bands now overlap → refused.
* "计划建设内容未完成100%的得20分" read "=100%: 20"; "面积未达到年度任务90%及以上的,得4分" read ">=90%: 4": a negation far
  before a number with no comparison word of its own was dropped — now refused (conditions._refuse_negated_subject).
* "达到90%以上的得25分；达到90%以上的得24分,…" read ">=90%: 25; (90%,90%): 24" (the second an empty band): one condition
  printed twice with other points — now refused (assemble).
* "得分值=年度建设任务未完成率(超过100%以100%计算)×20" and "按未完成比例计算得分" read "*: prop" (the score rising with
  the share NOT done) — r41's low-is-good-rate check missed the bracket before × and 比例; now refused (mismatch).

Hand scores are from the sentence text (comment beside each case), never copied from a run.
"""

from decimal import Decimal as D

import pytest

from jixiao.rules.chinese import read_rule_text
from tests.rules_chinese import r42_edits
from tests.rules_chinese.corpus import load, read_ids
from tests.rules_chinese.sampling import chosen_by_id
from tests.rules_chinese.test_i11k import _refused, _scores


def _refused_because(text, w, why):
    r = _refused(text, w)
    assert any(why in u for u in r.understood), r.understood


# ---- the generator over corpus sentences read today ----

#: the corpus sentences whose edits found the wrong readings above (each must stay in the sample)
PINNED = ("S7-4", "S7-5", "S16-6", "T4-6", "BR4-1", "BR4-3", "AA14-1", "X2-1", "AD10-1", "AE10-2", "BE1-4", "BF13-3",
          "F1-5", "S18-1")

#: edits whose expectation does not hold for a reason the reader cannot settle (see docs/notes/r42.md):
#: AI8-7 "<2000万元不得分;达到2000万元得5分,此基础上每增加100万元加0.2分" (steps.read_base_bonus) reads the value bare in
#: the printed unit, so 万元 → 元 reads the same rule; the note does not name the unit
KNOWN = {("AI8-7", "unit 万元→元")}


def _tuned(split):
    """The splits measured before r42 (fresh … fresh59, dev, tuned, held): later ones are measured blind by the lead."""
    return not split.startswith("fresh") or int(split[5:] or 1) <= 59


def _sample():
    entries = [e for e in load()[1] if "scores" in e and _tuned(e["split"]) and e["id"] in read_ids()]
    chosen = {e["id"] for e in entries if chosen_by_id(e["id"], 6, "r42")} | set(PINNED)  # ~1 in 6, stable
    return [e for e in entries if e["id"] in chosen]


@pytest.mark.parametrize("entry", _sample(), ids=lambda e: e["id"])
def test_meaning_changing_edits_meet_their_expectation(entry):
    canonical = read_rule_text(entry["text"], entry["w"]).canonical or ""
    bad = []
    for make in r42_edits.EDITS:
        for edit in make(entry["text"], entry["w"], entry["scores"], canonical):
            why = r42_edits.check(entry, edit)
            if why is not None and (entry["id"], edit.kind) not in KNOWN:
                bad.append((edit.kind, edit.text, why))
    assert not bad, bad


def test_the_pinned_sentences_are_read_today():
    assert set(PINNED) <= read_ids()


def test_generator_examples():
    # 得5分 → 得4.5分 on "90%以上得5分，否则不得分" (W 5): 95 % scored 5, now 4.5; 80 % stays 0
    [e] = r42_edits.points_edit("90%以上得5分，否则不得分", 5, {"95%": 5, "80%": 0}, ">=90%: 5; *: 0")
    assert e.expect == "scores" and e.scores == {"95%": D("4.5"), "80%": D(0)}
    # 扣完为止 → 最多扣N分 (W 10, labelled 0 → 10, 4 → 6, 20 → 0): the largest deduction 10, cap 5 → 10, 6, 5
    [c] = r42_edits.cap_edit("每发现1处扣1分，扣完为止", 10, {"0": 10, "4": 6, "20": 0}, "*: W - 1 per 1")
    assert c.text == "每发现1处扣1分，最多扣5分" and c.scores == {"0": D(10), "4": D(6), "20": D(5)}
    # 以上 → 以下 only right after its number, never in what is counted
    assert [x.text for x in r42_edits.swap_edit("完成率90%以上得5分，否则不得分", 5, {}, ">=90%: 5; *: 0")] == [
        "完成率90%以下得5分，否则不得分"]
    assert r42_edits.swap_edit("市级以上部门通报的，每次扣5分", 10, {}, "*: W - 5 per 1") == []
    # a band printed again with other points must be refused
    [k] = r42_edits.conflict_edit("合格率90%以上得5分，否则不得分", 5, {}, ">=90%: 5; *: 0")
    assert k.expect == "refused" and k.text == "合格率90%以上得5分；合格率90%以上得4分，否则不得分"


def test_the_fixed_edits_are_caught_with_the_old_reading():
    # the checker itself: an edited text read as before (the negation ignored) is a violation
    entry = {"id": "x", "w": 20, "scores": {"100%": 20, "98%": 18},
             "text": "计划建设内容完成100%的得20分,每减少1个百分点扣1分,扣完20分为止。"}
    edit = r42_edits.Edit("swap", entry["text"], "differs")  # the same text: every score unchanged
    assert r42_edits.check(entry, edit) is not None
    # and the real edit is refused now (never a score)
    [swap] = [e for e in r42_edits.swap_edit(entry["text"], 20, entry["scores"], "=100%: 20; <100%: 20 - 1 per 1%")
              if "未完成" in e.text]
    assert r42_edits.check(entry, swap) is None and not read_rule_text(swap.text, 20).ok


# ---- 未超过 / 未低于 / 没有超过: ≤ / ≥ ----


def test_bands_with_wei_chaoguo_overlap_and_are_refused():
    # BR4-1 edited (W 2): "未超过95%" is ≤ 95 %, which holds 90.4–95 % already scored 1 and 1.5 → contradictory
    _refused_because("90.4%-92%,1分;92%-95%,1.5分;未超过95%,2分。", 2, "档位重叠")
    _refused_because("50%-60%,1分;60%-70%1.5分;未超过70%,2分。", 2, "档位重叠")


@pytest.mark.parametrize("text, w, expected", [
    # ≤ 95 %: 95 % → 5, 80 % → 5, 96 % → 0 (was ">95%: 5": 96 % → 5, 80 % → 0)
    ("完成率未超过95%得5分，否则不得分。", 5, {"95%": 5, "80%": 5, "96%": 0}),
    # ≤ 5 % → 5, above → 0 (was refused as the same condition twice)
    ("差错率未超过5%的得5分，超过5%的不得分。", 5, {"5%": 5, "4%": 5, "6%": 0}),
    # 未低于 90 % is ≥ 90 %: 90 % → 3, 89 % → 0
    ("满意率未低于90%得3分，否则不得分。", 3, {"90%": 3, "95%": 3, "89%": 0}),
    # 没有超过 2 % is ≤ 2 %: 2 % → 2, 3 % → 0
    ("投诉率没有超过2%得2分，否则不得分。", 2, {"2%": 2, "1%": 2, "3%": 0}),
    # 未超过 with (含): ≤ 100 % → 10, 101 % → 0
    ("执行率未超过100%(含)得10分，超过100%不得分。", 10, {"100%": 10, "90%": 10, "101%": 0}),
])
def test_wei_chaoguo_is_at_most(text, w, expected):
    assert _scores(text, w, list(expected)) == expected


def test_chaoguo_near_miss_unchanged():
    # 超过 95 % (no 未): 96 % → 5, 95 % → 0
    assert _scores("完成率超过95%得5分，否则不得分。", 5, ["96%", "95%"]) == {"96%": 5, "95%": 0}
    # 不超过 as before: 95 % → 5, 96 % → 0
    assert _scores("完成率不超过95%得5分，否则不得分。", 5, ["95%", "96%"]) == {"95%": 5, "96%": 0}


# ---- a negation far before a number ----


@pytest.mark.parametrize("text, w", [
    # S7-4 edited: 未完成 100 % scoring 20, then deductions below 100 % — contradictory (was "=100%: 20")
    ("计划建设内容未完成100%的得20分,每减少1个百分点扣1分,扣完20分为止。", 20),
    # S16-6 edited: 未达到 "90%及以上" scoring 4, 不足90% deducted — (was ">=90%: 4")
    ("立项且开工建设(含建成)的高标准农田面积未达到年度任务90%及以上的,得4分;比例不足90%时,每减少5%,扣1分,扣完为止。", 4),
    # T4-6 edited (was ">=80%: 6; …")
    ("落实节能降碳改造实施方案，累计未完成十四五节能量目标80%（含）以上得6分,70%（含）-80%得4分，60%（含）-70%得2分，"
     "60%以下不得分。", 6),
    # variants written here: 没有达到 far before "90%以上"; 未实现 before "100%"
    ("没有达到计划90%以上的得3分，否则不得分。", 3),
    ("年度目标未实现100%的得5分，否则不得分。", 5),
])
def test_negation_far_before_a_number_is_refused(text, w):
    _refused_because(text, w, "数值前有否定")


def test_negation_near_misses():
    # 未达到 right before its number is < (as before): 89 % → 5, 90 % → 0
    assert _scores("完成率未达到90%的得5分，否则不得分。", 5, ["89%", "90%"]) == {"89%": 5, "90%": 0}
    # S7-4 as printed (W 20): 100 % → 20, 98 % → 20 − 2 = 18
    assert _scores("计划建设内容完成100%的得20分,每减少1个百分点扣1分,扣完20分为止。", 20, ["100%", "98%"]) == {
        "100%": 20, "98%": 18}
    # a measure named 未完成率 is read as written (the value typed is that rate): 100 % → 5, 95 % → 3
    assert _scores("项目投资计划未完成率,100%:5分;90-100%:3分;70-90%:1分;70%以下:0分", 5, ["100%", "95%"]) == {
        "100%": 5, "95%": 3}


# ---- one condition printed twice with other points ----


@pytest.mark.parametrize("text, w", [
    ("达到90%以上的得25分；达到90%以上的得24分,每下降一个百分点扣1分。", 25),  # AA14-1 edited
    ("贫困发生率小于3%得20分；贫困发生率小于3%得19分,大于等于3%得0分。", 20),  # X2-1 edited
    ("(以提供名錄為準,70%以上得1分；70%以上得0分,90%以上得2分)", 2),  # BF13-3 edited
    ("合格率90%以上得5分；合格率90%以上得4分，否则不得分。", 5),  # written here
    ("网点完工率达到100%的得30分；网点完工率达到100%的得29分,99%-90%的得27分,90%以下的不得分。", 30),
])
def test_one_condition_twice_with_other_points_is_refused(text, w):
    _refused_because(text, w, "写了两次，得分不同")


def test_one_condition_twice_near_misses():
    # the same band with the same points twice says one thing: 90 % → 5, 80 % → 0
    assert _scores("合格率90%以上得5分；合格率90%以上得5分，否则不得分。", 5, ["90%", "80%"]) == {"90%": 5, "80%": 0}
    # two bands, two thresholds (AA14-1 as printed, W 25): 95 % → 25, 88 % → 25 − 2 = 23
    assert _scores("达到90%以上的得25分,每下降一个百分点扣1分。", 25, ["95%", "88%"]) == {"95%": 25, "88%": 23}


# ---- a share NOT done × 分值 ----


@pytest.mark.parametrize("text", [
    "得分值=年度建设任务未完成率(超过100%以100%计算)×20",  # S9-1 edited (was "*: prop")
    "按未完成比例计算得分",  # S6-1 edited (was "*: prop")
    "得分=不合格比例×分值",  # written here
])
def test_low_is_good_share_times_points_is_refused(text):
    _refused_because(text, 20, "越低越好")


def test_share_done_times_points_near_misses():
    # W 20: 80 % → 16; above 100 % counted as 100 % → 20
    assert _scores("得分值=年度建设任务完成率(超过100%以100%计算)×20", 20, ["80%", "120%"]) == {"80%": 16, "120%": 20}
    assert _scores("按完成比例计算得分", 20, ["80%"]) == {"80%": 16}


# ---- a cap beside a cut-off that takes more than the cap ----


@pytest.mark.parametrize("text, w", [
    # AE9-1 + "最多扣10分" (W 20): 89 % — the cut-off says 0, the cap at least 20 − 10 = 10 (was "<90%: 0" first)
    ("月度生产计划完成率100%得满分，每低1%扣1分，低于90%不得分，最多扣10分。", 20),
    # AB9-2 + "最多扣2.5分" (W 5): 4 days late — 0 or 2.5? (was ">=4: 0" first)
    ("每迟报一天扣1分;迟报四天及以上不得分，最多扣2.5分。", 5),
    # written here (W 10): 5 findings — 0 or 10 − 6 = 4?
    ("每发现1处问题扣2分，发现5处以上不得分，最多扣6分。", 10),
])
def test_cap_below_a_cut_off_is_refused(text, w):
    _refused_because(text, w, "两者矛盾")


def test_cap_near_misses():
    # a cap alone (W 5): 0 → 5, 2 → 3, 5 → 5 − 3 = 2
    assert _scores("每发现1处扣1分，最多扣3分。", 5, ["0", "2", "5"]) == {"0": 5, "2": 3, "5": 2}
    # the cut-off alone (AE9-1, W 20): 95 % → 15, 89 % → 0
    assert _scores("月度生产计划完成率100%得满分，每低1%扣1分，低于90%不得分。", 20, ["95%", "89%"]) == {"95%": 15, "89%": 0}
