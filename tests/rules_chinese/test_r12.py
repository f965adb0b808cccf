"""r12 (issue 11): the reader's closed word lists made complete classes (src/jixiao/rules/chinese/lexicon.py).

Classes, each written from the language and read by every recogniser that needs it:

* COUNT — the Chinese count classifiers (个 名 位 人 项 处 例 家 次 场 … 人次 户次 辆次 …): "每出现1名不合格者扣1分" and
  "有1位吸烟成员扣1分" read as their sibling "每出现1个…" always did; "≤155名" is a count band.
* DEDUCT — 扣 / 扣除 / 扣减 / 扣罚 / 减去 / 减 (not 减少 / 减半): "将扣除1-10分" is the scorer's judgement as "扣1-10分"
  is; "5分全扣" is "扣5分", a bare "全扣" is 不得分.
* AWARD / BONUS — 得 计 记 给 赋 计入 …, and 加 / 奖 for a per-unit bonus: "有一篇加0.1分,但累计不超过2分".
* OTHERWISE — 否则 / 反之 / 不然 / 其他情况 …, and a bare 超过 / 低于 / 未达到 right after the one clause with one bound
  ("…≤155名计3分,超过不计分").

Sources (tests/rules_chinese/corpus.yaml): fresh27 AN4-6, AN6-1, AN1-5, AN7-2; fresh26 AM9-3, AM9-7; fresh24 AK7-1,
AK7-4, AK7-5; fresh22 AI1-6. Variants are our own wordings; expected scores are worked out by hand in the comments.
"""

from __future__ import annotations

import re
from decimal import Decimal as D

import pytest

from jixiao.rules.chinese import read_rule_text
from jixiao.rules.chinese.lexicon import COUNT, COUNT_AFTER_CN_NUMERAL, DEDUCT
from jixiao.rules.chinese.normalise import _normalise_chars


def _scores_right(text: str, w: float, scores: dict[str, float]) -> tuple[bool, str]:
    r = read_rule_text(text, w)
    if not r.ok or r.rule is None:
        return False, f"{r.kind} {r.unread}"
    for value, score in scores.items():
        got = r.rule.score(value, D(str(w)))
        if got != D(str(score)):
            return False, f"{value} → {got} (want {score}) by {r.canonical}"
    return True, ""


# ---- COUNT: every count classifier after a number, in a per-count deduction or a count band ---------------------

CORPUS_COUNTS: list[tuple[str, str, float, dict[str, float]]] = [
    # fresh27 AN4-6: 5 - 1 per 名: 1 → 4; 3 → 2; 5 → 0; 8 → 0 (扣完为止)
    ("AN4-6", "随机抽取20名在岗职工现场考核、测试,每出现1名不合格者扣1分,扣完为止。", 5,
     {"0": 5, "1": 4, "3": 2, "5": 0, "8": 0}),
    # fresh27 AN6-1: 3 - 1 per 位: 1 → 2; 3 → 0; 4 → 0
    ("AN6-1", "4.本机构领导成员都不吸烟,3分;有1位吸烟成员扣1分,扣完为止;", 3, {"0": 3, "1": 2, "3": 0, "4": 0}),
    # fresh27 AN1-5 (繁体): ≤155 名 → 3, more → 0
    ("AN1-5", "編外人數小于或等于155名計3分,超過不計分", 3, {"153": 3, "155": 3, "156": 0, "170": 0}),
    # fresh22 AI1-6 (繁体): 70 - 10 per 辆次: 1 → 60; 4 → 30; 7 → 0
    ("AI1-6", "不按規定為營運車輛投保承運人責任險的,每輛次扣10分。", 70, {"0": 70, "1": 60, "4": 30, "7": 0}),
]

VARIANT_COUNTS: list[tuple[str, float, dict[str, float]]] = [
    # 位 with 发现: 6 - 2 n: 1 → 4; 3 → 0; 4 → 0
    ("每发现1位教师无证上岗扣2分,扣完为止", 6, {"0": 6, "1": 4, "3": 0, "4": 0}),
    # 一名 (a Chinese numeral before 名): 2 - 0.5 n: 1 → 1.5; 2 → 1; 4 → 0
    ("每有一名学生辍学扣0.5分,扣完为止", 2, {"0": 2, "1": 1.5, "2": 1, "4": 0}),
    # 艘: 10 - 2 n: 1 → 8; 5 → 0
    ("每查出1艘无证船舶扣2分,扣完为止", 10, {"0": 10, "1": 8, "5": 0}),
    # 篇 after 每少1: 3 - 0.5 n: 1 → 2.5; 6 → 0
    ("每少1篇信息扣0.5分,扣完为止", 3, {"0": 3, "1": 2.5, "6": 0}),
    # 繁体 名: 4 - 1 n: 1 → 3; 4 → 0
    ("每發現1名工作人員違規扣1分,扣完為止", 4, {"0": 4, "1": 3, "4": 0}),
    # 件 in a count band with 超过 after it: ≤5 → 2, 6 → 0
    ("投诉件数不超过5件计2分,超过不计分", 2, {"0": 2, "5": 2, "6": 0}),
    # a count of 名 to reach, one off per 名 missing: 2 or more → 3; 1 → 2; 0 → 1
    ("配备2名以上专职人员,少1名扣1分", 3, {"3": 3, "2": 3, "1": 2, "0": 1}),
]


@pytest.mark.parametrize(("sid", "text", "w", "scores"), CORPUS_COUNTS)
def test_corpus_count_words(sid: str, text: str, w: float, scores: dict[str, float]) -> None:
    ok, why = _scores_right(text, w, scores)
    assert ok, (sid, why)


@pytest.mark.parametrize(("text", "w", "scores"), VARIANT_COUNTS)
def test_variant_count_words(text: str, w: float, scores: dict[str, float]) -> None:
    ok, why = _scores_right(text, w, scores)
    assert ok, why


@pytest.mark.parametrize(("text", "counted"), [
    # near-misses: a word that starts with a classifier but is no count after the number
    ("2名次", ""), ("前3名", ""), ("第1位", ""), ("1次性", ""), ("4台账", ""), ("9个月", ""), ("6名单", ""),
    ("3位一体", ""), ("2位数", ""),
    # … and the classifier with its noun after it, which is what is counted
    ("1个项目", "1个"), ("3所学校", "3所"), ("5人次", "5人次"), ("2名", "2名"), ("4户次", "4户次"),
])
def test_count_word_near_misses(text: str, counted: str) -> None:
    m = re.match(rf"\d+{COUNT}", text)
    assert (m[0] if m else "") == counted, text


@pytest.mark.parametrize("text", ["每处理1件投诉", "每种植1亩", "每节约1万元", "每位于"])
def test_a_verb_after_mei_is_no_count(text: str) -> None:
    # 每 + a verb that starts with a classifier (处理 / 种植 / 节约 / 位于): never "each 处 / 种 / 节 / 位"
    assert re.match(rf"每{COUNT}", text) is None


@pytest.mark.parametrize(("text", "kept"), [
    ("落实“三位一体”保护", "三位一体"),  # fresh23 AJ11-1: an idiom, not 3 位
    ("规章制度做到人手一册", "人手一册"),  # fresh21 AH4-1
    ("一期工程建成", "一期工程"),  # a project phase
    ("满足一条", "满足一条"),  # a level's printed name (S20-1)
])
def test_chinese_numeral_idioms_stay_words(text: str, kept: str) -> None:
    assert kept in _normalise_chars(text)


def test_chinese_numeral_before_a_count_word() -> None:
    # 一名 / 两位 / 三艘 become digits (the count words the lexicon marks safe after a numeral); 一起 / 一条 do not
    assert re.match(COUNT_AFTER_CN_NUMERAL, "名") and re.match(COUNT_AFTER_CN_NUMERAL, "艘")
    assert not re.match(COUNT_AFTER_CN_NUMERAL, "起") and not re.match(COUNT_AFTER_CN_NUMERAL, "条")
    assert _normalise_chars("每有两位成员缺席扣1分") == "每有2位成员缺席扣1分"


def test_rank_is_not_a_count_band() -> None:
    # "排名前3名得5分": a rank (1st–3rd), never "=3 名" — as before the lexicon (a pass/fail on the printed words)
    r = read_rule_text("排名前3名得5分", 5)
    assert r.canonical is None or "=3" not in r.canonical


# ---- DEDUCT: every deduction verb, a range of points, 全扣 ---------------------------------------------------------

@pytest.mark.parametrize(("sid", "text", "w"), [
    ("AK7-1", "一、小型水库管理职责,由目前仅负责汛期巡查及报汛,调整为今后日常负责工程运行,观测巡查检查,日常管护,做好巡查"
              "记录,主管部门将不定时抽查,如发现巡查记录不到位,记录不详将扣除1-10分。", 10),
    ("AK7-4", "四、确保水库主汛期安全渡汛,坚持一日巡查,及时掌握水情险情,每出现一次险情将扣除4-10分,出现一次溺水死亡事件"
              "扣除4-10分。", 10),
    ("AK7-5", "五、确保24个小时电话通畅,如出现上级主管部门调度水情无人接听或上报情况与事实不符,将扣除1-10分。", 10),
    # variants: 扣罚 / 扣减 with a range; "应扣" (shall deduct)
    (None, "发现违规将扣罚2-4分", 5),
    (None, "资料不全的应扣减1-3分", 5),
])
def test_deduction_range_is_judgement(sid: str | None, text: str, w: float) -> None:
    r = read_rule_text(text, w)
    assert r.kind == "judgement" and not r.ok, (sid, text, r.kind, r.unread)


@pytest.mark.parametrize(("text", "w", "scores"), [
    # fresh27 AN7-2: "5分全扣" on a 5-point row → the failing scores 0
    ("无工作网络资料,5分全扣。", 5, {"符合": 5, "无工作网络资料": 0}),
    # "3分全扣" on 3: 0 for the failing
    ("未建立台账,3分全扣", 3, {"符合": 3, "未建立台账": 0}),
    # 扣罚 2 of 5 → 3
    ("资料不全的扣罚2分", 5, {"符合": 5, "资料不全": 3}),
    # 减去 0.5 per finding on 2: 1 → 1.5; 4 → 0
    ("每发现1处问题减去0.5分,扣完为止", 2, {"0": 2, "1": 1.5, "4": 0}),
])
def test_deduction_verbs(text: str, w: float, scores: dict[str, float]) -> None:
    ok, why = _scores_right(text, w, scores)
    assert ok, why


@pytest.mark.parametrize(("text", "verb"), [("扣除", True), ("扣罚", True), ("减去", True), ("减少", False),
                                            ("减半", False), ("减免", False)])
def test_deduct_class(text: str, verb: bool) -> None:
    assert bool(re.fullmatch(DEDUCT, text)) is verb


def test_half_off_is_not_a_deduction_verb() -> None:
    # near-miss: "减半计分" halves the score — no deduction of N points, refused
    r = read_rule_text("未按时完成的减半计分", 4)
    assert r.rule is None and r.kind == "unreadable"


# ---- AWARD / BONUS and OTHERWISE: per-unit awards, caps, 反之 / 不然 ------------------------------------------------

@pytest.mark.parametrize(("sid", "text", "w", "scores"), [
    # fresh26 AM9-3: 2 per item done, 反之 (none done) 0: 0 → 0; 1 → 2; 2 → 4
    ("AM9-3", "每完成一项得2分,反之,不得分。以年终考核为依据。", 4, {"0": 0, "1": 2, "2": 4}),
    # fresh26 AM9-7: 0.1 per article, up to 2: 1 → 0.1; 10 → 1; 20 → 2; 25 → 2
    ("AM9-7", "有一篇加0.1分,但累计不超过2分。以信息登载为依据。", 2, {"0": 0, "1": 0.1, "10": 1, "20": 2, "25": 2}),
    # 奖 with a cap 最高2分 on 2: 0.5 n: 1 → 0.5; 4 → 2; 6 → 2
    (None, "每有1篇稿件被采用奖0.5分,最高2分", 2, {"0": 0, "1": 0.5, "4": 2, "6": 2}),
    # 加 with 但累计不超过1分 on 1: 1 → 0.5; 2 → 1; 3 → 1
    (None, "有1项创新做法加0.5分,但累计不超过1分", 1, {"0": 0, "1": 0.5, "2": 1, "3": 1}),
    # 不然 = 否则: 1 per item on 3: 2 → 2; 3 → 3; 5 → 3
    (None, "每完成一项得1分,不然不得分", 3, {"0": 0, "2": 2, "3": 3, "5": 3}),
])
def test_awards_and_otherwise(sid: str | None, text: str, w: float, scores: dict[str, float]) -> None:
    ok, why = _scores_right(text, w, scores)
    assert ok, (sid, why)


def test_count_band_and_steps_in_one_count_word() -> None:
    # the band and the steps count the same thing (次): ≥4 → 2 (W); 3 → 2 - 0.5 = 1.5; 0 → 0
    ok, why = _scores_right("全年召开会议不少于4次得满分,每少一次扣0.5分", 2, {"4": 2, "5": 2, "3": 1.5, "0": 0})
    assert ok, why


@pytest.mark.parametrize(("text", "w", "scores"), [
    # a bare 低于 / 未达到 after the one lower bound = 否则: ≥50 → 3, 49 → 0
    ("培训人数达到50人得3分,低于的不得分", 3, {"50": 3, "60": 3, "49": 0}),
    ("达到90%得5分,未达到的不得分", 5, {"90%": 5, "95%": 5, "89%": 0}),
    ("设备完好率达到95%得5分,低于不得分", 5, {"95%": 5, "94%": 0}),
])
def test_bare_beyond_after_one_bound(text: str, w: float, scores: dict[str, float]) -> None:
    ok, why = _scores_right(text, w, scores)
    assert ok, why


@pytest.mark.parametrize(("text", "w"), [
    # 超过 after a LOWER bound is not the other side of it
    ("达到90%得5分,超过不得分", 5),
    # two numbers before 超过: which one it passes is not said
    ("80%-90%得5分,超过不得分", 5),
    # a condition before the per-item award: 否则 may undo it
    ("全部完成的每项得2分,否则不得分", 4),
    # 否则 scoring above 0 beside a per-item award
    ("每完成一项得2分,否则得1分", 4),
    # a cap other than the 分值
    ("有1篇加0.1分,但累计不超过3分", 2),
    # "有1个以上X" says X exists — never one unit of a per-unit award
    ("有1个以上示范点得2分", 4),
    # a band of times, steps per person (名 / 人): two different things counted
    ("参加培训1次以上的得3分,每少1名扣1分", 3),
    ("参加培训1次以上的得3分,每少1人扣1分", 3),
    ("配备2名以上专职人员,少1次扣1分", 3),
])
def test_near_misses_refused(text: str, w: float) -> None:
    r = read_rule_text(text, w)
    assert r.rule is None and r.kind == "unreadable", (text, r.canonical)


@pytest.mark.parametrize(("text", "normalised"), [
    # award verbs (lexicon.AWARD_VERBS) become 得 before their points …
    ("建设到位记为2分", "建设到位得2分"),  # 记为 after 设 (建设) is a score
    ("资料齐全给予1分", "资料齐全得1分"),
    ("完成任务计入3分", "完成任务得3分"),
    # … never a total or an estimate (合计 / 共计 / 设计)
    ("3项合计6分", "3项合计6分"),
    ("共计4分", "共计4分"),
])
def test_award_verbs_normalised(text: str, normalised: str) -> None:
    assert _normalise_chars(text) == normalised
