"""r50: red team 6 — the newest read paths (issue 11, reader).

The paths added since the last red teams: bare points of flattened tables (tablelevels.py, r46), a deduction spread
over a printed list (deductionlist.spread_items, r47), the session-33 guards (guard.refuse_bare_range /
refuse_negated_level_above) and targets.py. ``r50_edits`` changes the corpus sentences read through them in ways whose
effect is stated before the reader runs; the sentences below are written by hand, the scores worked out from the text
first (comment beside each). Wrong readings found and fixed (before → now):

* a deduction cap beside items: "存放无序扣5分;未及时归档扣5分,最多扣5分" (10) read as items 5 + 5 — both failings scored
  0 where the cap leaves 5; "…工作计划、工作目标、工作措施不明确的,每少1项扣2分,最多扣2分" (fresh64 BY8-1 + a cap) the
  same — now refused (guard.refuse_capped_checklist);
* "…示范县和示范乡镇…均未完成省定目标的各扣2分" read as two items (each on its own) — 均: only both together? Refused
  (deductionlist.spread_items);
* "工作计划、工作目标三项不明确的各扣2分;无规划扣4分" read as 2 + 2 + 4 — the text says three: refused; "两项" reads
  (the count checked against the names);
* "健全3项以上制度 2 健全2项制度 1" (3) read as items 2 + 1 — 3 systems scored 3, levels of one count: refused
  (tablelevels._items);
* "详细介绍…. 2(换行)介绍不完整的. 1(换行)介绍完整的. 0" read 介绍完整 → 0, 介绍不完整 → 1; "达到标准的计2分,未达到
  标准的计16分" — a failing level above the level done: refused (guard.refuse_failing_level_above);
* "超标率不达标,每下降5%扣1分" read ">=T: W; <T: …" (超标率 is the better the lower): refused (mismatch._BAD_RATE).
"""

from decimal import Decimal as D

import pytest

from jixiao.rules.chinese import read_rule_text
from tests.rules_chinese import r50_edits
from tests.rules_chinese.corpus import load, read_ids

# ---- the generator over corpus sentences read through the paths (a fixed seeded sample) ----

#: the corpus sentences whose edits found the wrong readings above (each stays in the sample)
PINNED = ("BY8-1", "BX1-1", "BX1-4", "BW7-4", "BK10-1", "N5-3", "Y11-2")


def _tuned(split):
    """The splits measured before r50 (fresh … fresh64, dev, tuned, held): later ones are measured blind by the lead."""
    return not split.startswith("fresh") or int(split[5:] or 1) <= 64


def _sample():
    entries = [e for e in load()[1] if _tuned(e["split"]) and e["id"] in read_ids() and r50_edits.edits_for(e)]
    chosen = {e["id"] for e in entries} | set(PINNED)  # all of them (75 in session 36; was a seeded sample of 60)
    return [e for e in entries if e["id"] in chosen]


@pytest.mark.parametrize("entry", _sample(), ids=lambda e: e["id"])
def test_edits_of_the_newest_paths_meet_their_expectation(entry):
    bad = [(edit.kind, edit.text, why) for edit in r50_edits.edits_for(entry)
           if (why := r50_edits.check(entry, edit)) is not None]
    assert not bad, bad


def test_the_pinned_sentences_are_read_today():
    assert set(PINNED) <= read_ids()


def test_generator_examples():
    # BY8-1 (10): "…不明确的,每少1项扣2分" → once: "…不明确的,扣2分" (one failing for the list, not 3 items)
    text = "组织机构不建全的,扣4分;工作计划、工作目标、工作措施不明确的,每少1项扣2分。"
    kinds = {e.kind: e for e in r50_edits.spread_edits(text, 10, None)}
    assert kinds["once"].text == "组织机构不建全的,扣4分;工作计划、工作目标、工作措施不明确的,扣2分。"
    assert kinds["cap"].text.endswith("每少1项扣2分,最多扣2分。") and kinds["cap"].expect == "refused"
    assert kinds["open"].text == "组织机构不建全的,扣4分;工作计划、工作目标、工作措施等不明确的,每少1项扣2分。"
    # a count reading: 3 failings at 1 each on 100 → 97; "最多扣1分" → max(97, 99) = 99
    [cap] = [e for e in r50_edits.spread_edits("A、B、C不落实的,每项扣1分", 100, {"3": 97, "0": 100}) if e.kind == "cap"]
    assert cap.scores == {"3": D(99), "0": D(100)}
    # bands: 2 ↔ 3 swapped — 3000 scored 2, now 3
    [swap, over] = r50_edits.table_edits("收入(万元)\n≥3000 2\n≥5000 3\n≥10000 5", 5, {"3000": 2, "6000": 3}, "scores")
    assert swap.text == "收入(万元)\n≥3000 3\n≥5000 2\n≥10000 5" and swap.scores == {"3000": D(3), "6000": D(2)}
    assert over.text == "收入(万元)\n≥3000 6\n≥5000 3\n≥10000 5"


# ---- hand-written sentences that must be refused (the text does not settle the scores) ----

MUST_REFUSE = [
    # a cap on the deductions beside items (items cannot say it): both failings → 10 − 5 = 5 by the cap, 0 as items
    # (r52: two failings worth 5 each under "最多扣5分" closing the text now read as a count under the cap — both → 5, as
    # this comment says — cappedlist.py, test_r52; failings worth different points stay refused)
    ("存放无序扣5分;未及时归档扣3分,最多扣5分", 8),
    ("存放无序扣5分;未及时归档扣3分;最高扣5分", 8),
    ("1、存放无序扣5分;2、未及时归档扣5分。最多扣5分", 10),
    ("存放无序(5分);未及时归档(5分),最多扣5分", 10),
    ("有存放制度5分;有归档制度5分,最多扣5分", 10),  # neither: 5 by the cap, 0 as items
    ("组织不到位扣2分,工作无计划、无检查、无总结,每项扣1分,最多扣2分", 5),  # all four: 3, items 0
    ("组织机构不建全的,扣4分;工作计划、工作目标、工作措施不明确的,每少1项扣2分,扣分不超过4分", 10),
    ("组织机构不建全的,扣4分;工作计划、工作目标、工作措施不明确的,每少1项扣2分,扣满4分为止", 10),
    ("组织机构不建全的,扣4分;工作计划、工作目标、工作措施不明确的,每少1项扣2分,最多扣2分。", 10),  # BY8-1 + cap
    ("未完成任务的扣2分;食用农产品未建立供证供票制度、索证索票制度的各扣1分,最多扣1分。", 4),  # both: 3, items 2
    ("無規劃扣3分,無創立氣氛扣3分,兩個80%達不到各扣1分,最多扣1分。", 8),  # BW7-4 + cap: both missed → 7, items 6
    ("①招待费用明确招待标准和招待人数,1分;②车辆维护、燃油使用政府定点,1分。③制定“三公经费”管理办法,1分,每少一项扣1分,"
     "最多扣1分,扣完为止。", 3),  # N5-3 + cap: none done → 2, items 0
    # 均 / 都: each on its own, or only all together?
    ("未以政府名义部署创建工作的扣1分,食品安全示范县和示范乡镇(街道)创建工作均未完成省定目标的各扣2分。", 5),
    ("未完成任务的扣2分;食用农产品均未建立供证供票制度、索证索票制度的各扣1分。", 4),
    ("组织机构不建全的,扣4分;工作计划、工作目标、工作措施都不明确的,每少1项扣2分。", 10),
    # a count that is not the list's: two names, "三项" (3 × 2 + 4 = 10 ≠ 8; 2 × 2 + 4 = 8)
    ("工作计划、工作目标三项不明确的各扣2分;无规划扣4分", 8),
    ("无规划扣3分,无创立气氛扣3分,三个80%达不到各扣1分", 8),  # 3 + 3 + 3 = 9 ≠ 8
    # r47's refusals, kept: an open list, a shared head word, "A、B和C"
    ("组织机构不健全扣4分;工作计划、工作目标等不明确的,每项扣2分", 8),
    ("未完成任务的扣2分;食用农产品未建立供证供票、索证索票制度的各扣1分。", 4),
    ("未建立考勤制度、值班制度和财务制度的各扣1分;无规划扣2分", 5),
    # a table: names told apart by a count of one thing are levels, not items (3 systems: 2 as levels, 3 as items)
    ("建立2项制度 1 建立3项制度 1 建立4项制度 1", 3),
    ("健全3项以上制度 2 健全2项制度 1", 3),
    # a table: a failing level above the level done (介绍完整 0, 介绍不完整 1)
    ("详细介绍本机构的设置情况. 2\n介绍不完整的. 1\n介绍完整的. 0", 2),
    # a table: one scale out of order
    ("好 2分 较好 3分 一般 1分", 3),
    ("基本符合 5\n符合 3\n不符合 0", 5),
    ("较好 5\n好 3\n一般 0", 5),
    ("优 2分 良 1分 中 1.5分 差 0分", 2),
    ("优( 1.0 )符合要求 良( 0.8 )基本符合 中( 0.9 )一般要求", 10),
    ("基本完成 5\n完成 3\n未完成 0", 5),
    ("达标 5\n不达标 0\n基本达标 3", 5),
    ("介绍不完整的. 1\n详细介绍本机构的设置情况. 2\n无此项内容. 0", 2),
    # a table: bands that overlap or run backwards (2500 万元: 3 by the second band, nothing by the first)
    ("上年度销售收入(万元)\n≥3000 2\n≥2000 3\n≥10000 5", 5),
    ("完成率(%)\n≥90 5\n≥80 3\n<85 0", 5),  # 82 %: 3 and 0
    ("涉科贷款占比超过70%(含70%) 8\n涉科贷款占比60%(含60%)~70% 6\n涉科贷款占比50%(含50%)~65% 4\n涉科贷款占比40%以下 0", 8),
    ("两项指标达到80% 5\n一项指标达到80% 3\n均未达到 0", 5),  # a count hidden in the names
    # a table: items not adding up to the 分值 (3 ≠ 4)
    ("项目设有公示宣传栏 1 工程项目及人员分工组织网络上墙公示 1 所有制度上墙公示 1", 4),
    # a failing level above the level done (no closing bracket)
    ("达到标准的计2分,未达到标准的计16分", 16),
    ("按时上报得2分,未按时上报得5分", 5),
    ("制度健全得2分,制度不健全得5分", 5),
    # the session-33 guards: the closing 分值 taken by the failing level; a bare range
    ("建立制度得2分,不建立制度（5分）", 5),
    ("建立制度得2分,没有建立制度（5分）", 5),
    ("房屋整治方案1至5（5分）", 5),
    ("3-5（5分）", 5),
    ("满意度1-5（5分）", 5),
    # targets: a low-is-good rate deducted below its standard; the direction reversed
    ("差错率不达标, 每降低1%,扣2分。", 30),
    ("投诉率不达标, 每下降1%,扣2分。", 30),
    ("超标率不达标,每下降5%扣1分", 30),
    ("未达标率不达标,每下降5%扣1分", 30),
    ("未达到目标值得满分，达到按完成值/指标值×分值记分", 10),
    ("达到目标值得满分，未达到按指标值/完成值×分值记分", 10),
    ("达到目标值得满分，未达到不得分", 10),  # 正向 or 反向 (s33)
]


@pytest.mark.parametrize(("text", "w"), MUST_REFUSE)
def test_hostile_sentences_are_refused(text, w):
    r = read_rule_text(text, w)
    assert r.kind == "unreadable" or (not r.ok and r.kind != "checklist"), (text, r.canonical, r.items)


@pytest.mark.parametrize(("text", "w", "why"), [
    ("存放无序扣5分;未及时归档扣3分,最多扣5分", 8, "扣分上限"),  # (r52: 5 + 5 under the cap reads, cappedlist.py)
    ("未完成任务的扣2分;食用农产品均未建立供证供票制度、索证索票制度的各扣1分。", 4, "全部未做到才扣"),
    ("工作计划、工作目标三项不明确的各扣2分;无规划扣4分", 8, "却写“3项”"),
    ("达到标准的计2分,未达到标准的计16分", 16, "得分高于“达到标准”"),
    ("超标率不达标,每下降5%扣1分", 30, "越低越好"),
])
def test_the_refusals_say_why(text, w, why):
    r = read_rule_text(text, w)
    assert any(why in u for u in r.understood), r.understood


# ---- hand-written sentences read as printed (near misses of the refusals above) ----

READ_SCORES = [
    # the done level above its negation, as it should be: 达到标准 16, 未达到标准 2
    ("达到标准的计16分,未达到标准的计2分", 16, {"达到标准": 16, "未达到标准": 2}),
    # the negation of something not good in itself may score more (fresh46 BG8-1 as printed)
    ("未发放股东贷款 12\n发放股东贷款,且已向监管部门备案 6\n发放股东贷款,未向监管部门备案 0", 12,
     {"未发放股东贷款": 12, "发放股东贷款,且已向监管部门备案": 6, "发放股东贷款,未向监管部门备案": 0}),
    ("按时完成 5\n未按时完成 3\n未完成 0", 5, {"按时完成": 5, "未按时完成": 3, "未完成": 0}),
    ("未完成 0\n基本完成 3\n完成 5", 5, {"完成": 5, "基本完成": 3, "未完成": 0}),  # lowest up
    ("好 5\n不好 3\n差 0", 5, {"好": 5, "不好": 3, "差": 0}),
    # bands under a heading: ≤1 % → 5, (1 %, 2 %] → 3, (2 %, 3 %] → 1
    ("不良贷款率(%)\n≤1 5\n≤2 3\n≤3 1", 5, {"0.5%": 5, "1%": 5, "1.5%": 3, "2%": 3, "3%": 1}),
    ("完成率(%)\n≥90 5\n≥80 3\n<80 0", 5, {"95%": 5, "90%": 5, "85%": 3, "79%": 0}),
    ("研究开发投入(万元)\n≥50 2\n≥100 3\n≥200 5", 5, {"60": 2, "150": 3, "200": 5}),
    # a deduction count (4 kinds at 2 each, the row 6): k failings → max(6 − 2k, 0)
    ("未建立A制度、B制度、C制度的各扣2分;无规划扣2分", 6, {"0": 6, "1": 4, "3": 0, "4": 0}),
    # bands with a unit are read (s33): 3 处 in 1–5 处 → 5
    ("整改1-5处（5分）", 5, {"3": 5}),
    ("完成1-5个,得5分", 5, {"1": 5, "5": 5}),
]


@pytest.mark.parametrize(("text", "w", "scores"), READ_SCORES)
def test_near_misses_read_as_printed(text, w, scores):
    r = read_rule_text(text, w)
    assert r.ok and r.rule is not None, (text, r.understood)
    assert {v: r.rule.score(v, w) for v in scores} == {v: D(s) for v, s in scores.items()}


@pytest.mark.parametrize(("text", "w", "target", "scores"), [
    # ≥T: W; below: 2 per 1 % from 30: 89 % → 28, 85 % → 20
    ("投放准确率不达标的, 每降低1个百分点,扣2分。", 30, "≥90%", {"95%": 30, "90%": 30, "89%": 28, "85%": 20}),
    # 1 per full 5 % below 90 %: 85 % → 29, 84 % → 29, 80 % → 28
    ("知晓率未达标的,每下降5%扣1分", 30, "90%", {"90%": 30, "85%": 29, "84%": 29, "80%": 28}),
    ("完成得基本分;未完成的不得分。", 10, "6", {"6": 10, "7": 10, "5": 0}),
    ("达到目标值得满分，未达到按完成值/指标值×分值记分", 10, "100", {"100": 10, "120": 10, "80": 8}),
])
def test_target_near_misses(text, w, target, scores):
    r = read_rule_text(text, w)
    assert r.ok and r.rule is not None, (text, r.understood)
    assert {v: r.rule.score(v, w, target) for v in scores} == {v: D(s) for v, s in scores.items()}


READ_ITEMS = [
    # "两项" matches the two names: 2 + 2 + 4 = 8
    ("工作计划、工作目标两项不明确的各扣2分;无规划扣4分", 8,
     [("工作计划不明确", 2), ("工作目标不明确", 2), ("无规划", 4)]),
    ("工作计划、工作目标、工作措施三项不明确的各扣2分;组织机构不健全扣4分", 10,
     [("工作计划不明确", 2), ("工作目标不明确", 2), ("工作措施不明确", 2), ("组织机构不健全", 4)]),
    ("未完成任务的扣2分;食用农产品未建立供证供票制度、索证索票制度的各扣1分。", 4,
     [("未完成任务", 2), ("食用农产品未建立供证供票制度", 1), ("食用农产品未建立索证索票制度", 1)]),
    # a cap as large as the items' total takes nothing away: both failings → 0 either way
    ("存放无序扣5分;未及时归档扣5分,最多扣10分", 10, [("存放无序", 5), ("未及时归档", 5)]),
    ("组织不到位扣2分,工作无计划、无检查、无总结,每项扣1分", 5,
     [("组织不到位", 2), ("工作无计划", 1), ("工作无检查", 1), ("工作无总结", 1)]),
    # items printed apart with their points: "等" inside one item's name does not change the count (1 + 1 + 1)
    ("健全工程、财务等管理制度 1 健全廉政建设制度 1 健全档案、安全管理制度 1", 3,
     [("健全工程、财务等管理制度", 1), ("健全廉政建设制度", 1), ("健全档案、安全管理制度", 1)]),
    # one count in one name is no level of another: 2 + 1
    ("配备2名专职人员 2 有办公场所 1", 3, [("配备2名专职人员", 2), ("有办公场所", 1)]),
]


@pytest.mark.parametrize(("text", "w", "items"), READ_ITEMS)
def test_items_read_as_printed(text, w, items):
    r = read_rule_text(text, w)
    assert r.kind == "checklist", (text, r.understood)
    assert [(i.text, i.points) for i in r.items] == [(n, D(p)) for n, p in items]
    assert r.max_points == sum(D(p) for _, p in items) == w


@pytest.mark.parametrize(("text", "w", "scores"), [
    # may be refused, never another score: 3A → 5, 2A → 3, none → 0
    ("3A级以上景区 5\n2A级景区 3\n无 0", 5, {"3A级以上景区": 5, "2A级景区": 3, "无": 0}),
    # the target cap "最多扣10分": 89 % → 28, 80 % → 20 by the cap (30 − 10)
    ("投放准确率不达标, 每降低1%,扣2分,最多扣10分。", 30, {"89%": 28, "80%": 20}),
])
def test_never_another_score(text, w, scores):
    r = read_rule_text(text, w)
    if r.ok and r.rule is not None:
        assert {v: r.rule.score(v, w, "90%") for v in scores} == {v: D(s) for v, s in scores.items()}
