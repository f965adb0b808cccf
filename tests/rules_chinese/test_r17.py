"""r17 (issue 11): a failure and its consequence, read whatever surrounds it (context robustness).

Class: levels ``"符合" = 分值`` / each printed failure = 分值 − its cost (failures.py ``read_failure_only`` /
``read_costed_failures``). On the blind splits fresh28–31 the class was refused because of its SURROUNDINGS: an item
number "2." (only "2、" was the row's number), a 分 inside a word ("质量分析会"), a trailing "." instead of "。", two
failures that both cost the 分值 (one "不得分", one "扣W分"), a failure worded as a breach or a missed deadline
(违规 / 逾期), a negated quality outside the short list (不醒目).

The context generator puts each read example into surroundings that cannot change its score — a leading item number
(1. / 1、 / (1) / （2） / 一、 / ①), a requirement sentence before it, a trailing basis "以…为准。", 的 or none and a
comma or none before the consequence, spaces inside "扣 N 分", the whole sentence in 繁体 — and requires the same scores.

Expected scores are worked out by hand in the comments (分值 − deduction).
"""

from __future__ import annotations

import re
from decimal import Decimal as D

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jixiao.rules.chinese import read_rule_text
from tests.rules_chinese.test_r11 import _failing_right as _scores_right

# ---- the corpus sentences (source ids), newly read ------------------------------------------------------------------

CORPUS: list[tuple[str, str, float, dict[str, float]]] = [
    # fresh29 AP12-1 (2分): 未成立 → 0; 扣2分 = 2 − 2 = 0
    ("AP12-1", "未成立不得分,工作职责任务不明确扣2分。", 2, {"符合": 2, "未成立": 0, "工作职责任务不明确": 0}),
    # fresh28 AO5-1 (1分): a requirement, then a breach → 0
    ("AO5-1", "财政专户的开设符合规定。违规私自开设财政专户的,不得分。", 1, {"符合": 1, "违规私自开设财政专户": 0}),
    # fresh29 AP5-1 (5分): 5 − 5 = 0
    ("AP5-1", "1.标识、标志不符合标准扣5分", 5, {"符合": 5, "标识、标志不符合标准": 0}),
    # fresh29 AP5-2 (2分): 2 − 2 = 0
    ("AP5-2", "2.指示牌不醒目扣2分", 2, {"符合": 2, "指示牌不醒目": 0}),
    # fresh29 AP7-4 (2分): each 2 − 2 = 0
    ("AP7-4", "未建立质量分析会制度扣2分,未制定措施扣2分.", 2, {"符合": 2, "未建立质量分析会制度": 0, "未制定措施": 0}),
    # fresh30 AQ1-2 (3分): 3 − 3 = 0
    ("AQ1-2", "逾期报送的，扣 3 分", 3, {"符合": 3, "逾期报送": 0}),
    # fresh30 AQ1-7 (5分): 5 − 5 = 0; 5 − 3 = 2 (a year names a table, it counts nothing). The reader names the levels
    # without the printed spaces ("缺1999年表"); the corpus label keeps them, so the judge still counts it refused
    ("AQ1-7", "缺 1999 年表的扣5 分；缺 1988 年表的扣 3 分", 5, {"符合": 5, "缺1999年表": 0, "缺1988年表": 2}),
]


@pytest.mark.parametrize("sid, text, w, scores", CORPUS, ids=[c[0] for c in CORPUS])
def test_corpus_sentence(sid: str, text: str, w: float, scores: dict[str, float]) -> None:
    ok, why = _scores_right(text, w, scores)
    assert ok, (sid, why)


# ---- wording variants written by hand -------------------------------------------------------------------------------

VARIANTS: list[tuple[str, float, dict[str, float]]] = [
    # 3分: both cost everything → 0 each
    ("未建立领导小组的不得分;领导小组分工不明确的扣3分。", 3, {"符合": 3, "未建立领导小组": 0, "领导小组分工不明确": 0}),
    # 4分: 违反 → 0
    ("(2)违反操作规程作业的,扣4分", 4, {"符合": 4, "违反操作规程作业": 0}),
    # 2分: 超期 → 2 − 2 = 0
    ("③超期上报统计报表扣2分。", 2, {"符合": 2, "超期上报统计报表": 0}),
    # 6分: 不得分 → 0; 扣2分 → 6 − 2 = 4 (a 分 inside 分析, a trailing ".")
    ("未开展质量分析的不得分;分析记录不完整扣2分.", 6, {"符合": 6, "未开展质量分析": 0, "分析记录不完整": 4}),
    # 3分: 3 − 3 = 0
    ("一、宣传栏内容不清晰扣3分", 3, {"符合": 3, "宣传栏内容不清晰": 0}),
    # 6分: a year in each name; 6 − 6 = 0; 6 − 2 = 4
    ("缺2020年台账的不得分;2021年台账不全的扣2分", 6, {"符合": 6, "缺2020年台账": 0, "2021年台账不全": 4}),
]


@pytest.mark.parametrize("text, w, scores", VARIANTS)
def test_variant(text: str, w: float, scores: dict[str, float]) -> None:
    ok, why = _scores_right(text, w, scores)
    assert ok, (text, why)


# ---- near-misses that must be refused -------------------------------------------------------------------------------

NEAR_MISSES: list[tuple[str, float]] = [
    # two numbered items: a list of items, not the row's own number before one failure
    ("1.未建立台账扣2分 2.台账不全扣1分", 4),
    # the two deductions may both be taken (2 + 1 ≠ the 分值 5): never levels
    ("逾期报送的扣2分,报送材料不完整的扣1分。", 5),
    # "2019年以前" is a span of years (a condition on a date), not a year naming a thing
    ("缺2019年以前台账的扣2分;台账不规范的不得分", 4),
    # a range: how much a late report costs is the scorer's judgement, not one level
    ("逾期报送的扣1-3分", 3),
    # 违规 with 视情况: a judgement
    ("违规开设账户的视情况扣分", 3),
    # 不少于 is a comparison, not a negated quality
    ("检查次数不少于4次,不醒目扣1分;未检查扣1分", 2),
]


@pytest.mark.parametrize("text, w", NEAR_MISSES)
def test_near_miss_refused(text: str, w: float) -> None:
    r = read_rule_text(text, w)
    assert not r.ok, (text, r.canonical)


# ---- the context generator ------------------------------------------------------------------------------------------

#: the class's examples read today (corpus sentences without their own item number), with their hand scores
BASE: list[tuple[str, str, float, dict[str, float]]] = [
    # the corpus sentences above, without their own item number (the generator adds one)
    *((sid, re.sub(r"^\d\.", "", text), w, scores) for sid, text, w, scores in CORPUS),
    # fresh27 AN7-1 (r15): 5 − 5 = 0; 5 − 2 = 3
    ("AN7-1", "无领导小组,5分全扣;领导小组成员已变动未有文字材料,扣2分。", 5,
     {"符合": 5, "无领导小组": 0, "领导小组成员已变动未有文字材料": 3}),
    # fresh27 AN7-3 (r15): 5 − 5 = 0; 5 − 2 = 3
    ("AN7-3", "无巡查、劝导记录,扣5分;巡查、劝导纪录不具体,扣2分。", 5,
     {"符合": 5, "无巡查、劝导记录": 0, "巡查、劝导纪录不具体": 3}),
    # fresh29 AP12-2: 未配备到位 → 0
    ("AP12-2", "人员未配备到位的不得分", 2, {"符合": 2, "人员未配备到位": 0}),
]

NUMBERS = ["", "1.", "1、", "2. ", "(1)", "（2）", "一、", "①", "3 、"]
REQUIREMENTS = ["", "应建立相关工作制度。", "按要求开展工作。"]
BASES = ["", "以会议记录为准。", "以文件为准。", "(以现场检查为准)"]
#: what joins a failure to its consequence: 的 or none, a comma or none
JOINS = ["", "的", ",", "，", "的,", "的，"]
#: a failure (no digit, no stop) and its consequence — "…的,扣2分" / "…不得分"
_JUNCTION_RE = re.compile(r"(?P<last>[\u4e00-\u9fff])(?:的|者)?[,，]?(?=扣\s*\d|不得分|\d分全扣)")


def _in_context(text: str, number: str, requirement: str, join: str, basis: str, spaced: bool) -> str:
    body = _JUNCTION_RE.sub(lambda m: m["last"] + join, text)
    if spaced:
        body = re.sub(r"扣\s*(\d+)\s*分", r"扣 \1 分", body)
    if basis and not body.endswith(("。", ".")):
        body += "。"
    return f"{number}{requirement}{body}{basis}"


#: 繁体 for the characters of the examples (the same text printed in a 繁体 table): the reading must name the same
#: levels in 繁体 and score them the same
_TRADITIONAL = str.maketrans("报质会职责务确标识准专财规开设户领导组员变动资录劝纪体备记为应关门违",
                             "報質會職責務確標識準專財規開設戶領導組員變動資錄勸紀體備記為應關門違")


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_context_never_changes_a_failure_reading(data):
    sid, text, w, scores = data.draw(st.sampled_from(BASE))
    variant = _in_context(text, data.draw(st.sampled_from(NUMBERS)), data.draw(st.sampled_from(REQUIREMENTS)),
                          data.draw(st.sampled_from(JOINS)), data.draw(st.sampled_from(BASES)), data.draw(st.booleans()))
    if data.draw(st.booleans()):  # the same sentence in 繁体
        variant, scores = variant.translate(_TRADITIONAL), {k.translate(_TRADITIONAL): v for k, v in scores.items()}
    ok, why = _scores_right(variant, w, scores)
    assert ok, (sid, variant, why)


def test_every_context_of_the_corpus_examples():
    """The generator's whole grid on each example (deterministic: every combination once)."""
    missed = []
    for sid, text, w, scores in BASE:
        for number in NUMBERS:
            for requirement in REQUIREMENTS:
                for join in JOINS:
                    for basis in BASES:
                        variant = _in_context(text, number, requirement, join, basis, spaced=bool(len(join) % 2))
                        ok, why = _scores_right(variant, w, scores)
                        if not ok:
                            missed.append((sid, variant, why))
    assert missed == [], (len(missed), missed[:10])


def test_a_count_of_breaches_is_a_count_not_a_level():
    # "每逾期报送1次扣1分" on a 3-point row: 3 − n (0 → 3; 1 → 2; 3 → 0), never the level "逾期报送"
    ok, why = _scores_right("每逾期报送1次扣1分", 3, {"0": 3, "1": 2, "3": 0})
    assert ok, why


def test_scores_are_hand_computed():
    # sanity of the table: every level ≤ 分值 and 符合 = 分值
    for _, _, w, scores in BASE + CORPUS:
        assert scores["符合"] == w and all(D(str(v)) <= D(str(w)) for v in scores.values())
