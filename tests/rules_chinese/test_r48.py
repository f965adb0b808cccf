"""r48 (issue 11): a count to reach printed in the requirement beside a deduction per one short of it — the 业绩值 is the
count DONE (the lead's decision, reversing sessions 18/25 "done or missing?" for this shape; docs/notes/r48.md).

Read as the existing "不少于20篇,每少一篇扣0.5分" reads — ``>=N: start; <N: start - step per 1`` (floor 0) — and the
reading says "业绩值填完成数（不是缺少数）". Shapes (each with its corpus sentences, wordings written here with hand
scores, and near misses that must stay refused or keep their reading):

* the number in the requirement, the deduction per one short: "办好12件实事,…得12分,少一件扣1分" (fresh13 Z19-2),
  "每年度至少20篇。(5分,少一篇扣0.5分,扣完为止)" (fresh61 BV8), "至少3种,6分;少1种扣2分" (fresh27 AN6-4);
* the number alone in the bracket: "(16次,缺一次,扣1分)" (fresh61 BV10-1);
* the number before a colon that says what each must hold: "有两次围绕主题开展:内容针对详细、过程全齐, (7分) 少一次
  扣1分" (fresh61 BV1-3);
* "少于N次每次扣": "少于 4 次每次扣 1 分" (fresh57 BR10-3);
* "N人(含)以上的不扣分,N人以下每少1人扣1分" (fresh58 BS1-5).

Expected scores are hand arithmetic from the sentence (comments)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from jixiao.rules.chinese import read_rule_text
from tests.rules_chinese.corpus import judge, load

_BY_ID = {e["id"]: e for e in load()[1]}


def _scores(text: str, w: float, values: dict[str, float]) -> None:
    r = read_rule_text(text, w)
    assert r.ok, (r.kind, r.understood)
    got = {v: r.rule.score(v, w) for v in values}  # type: ignore[union-attr]
    assert got == {v: Decimal(str(s)) for v, s in values.items()}, r.canonical
    assert any(u.startswith("业绩值填完成数（不是缺少数）") for u in r.understood), r.understood
    assert not any("问题数" in u for u in r.understood), r.understood  # the value is no count of findings


def _refused(text: str, w: float, why: str = "") -> None:
    r = read_rule_text(text, w)
    assert r.kind == "unreadable", (r.kind, r.canonical)
    assert r.unread and why in "".join(r.understood), r.understood  # the refusal says why, in Chinese


@pytest.mark.parametrize("sid", ["Z19-2", "AN6-4", "BV8-1", "BV8-2", "BV10-1", "BV1-3", "BR10-3", "BS1-5"])
def test_corpus_sentences_read(sid: str) -> None:
    assert judge(_BY_ID[sid]) == ("read", "")


@pytest.mark.parametrize("sid", ["Z19-4", "AA5-3", "BS1-3", "BS1-4", "AK6-2", "BJ3-4", "BQ9-1", "BR10-1", "BV1-2",
                                 "U3-1", "BP12-5", "X7-3", "X7-4", "BX4-2", "BP1-1"])
def test_corpus_neighbours_unchanged(sid: str) -> None:
    # refused ones stay refused (two counts, a start above the 分值, steps per 3, another count word, a number per
    # class, two numbers); the ones with no number to reach keep the count of failings
    assert judge(_BY_ID[sid])[0] != "wrong"


# --- the number in the requirement, one short each time ---------------------------------------------------------

def test_z19_2_twelve_things_done() -> None:
    # fresh13 Z19-2 (12): 12 done → 12; 11 → 11; 6 → 6; 0 → 0 (the lead's labels)
    r = read_rule_text(_BY_ID["Z19-2"]["text"], 12)
    assert r.canonical == ">=12: 12; <12: 12 - 1 per 1"
    _scores(_BY_ID["Z19-2"]["text"], 12, {"12": 12, "11": 11, "6": 6, "0": 0})


@pytest.mark.parametrize(("text", "w", "values"), [
    # refused before (r48 brief): 12 to do, 1 a missing one: 12 → 12; 10 → 10; 0 → 0
    ("全年办好12件实事,每少一件扣1分", 12, {"12": 12, "13": 12, "10": 10, "0": 0}),
    # read as 20 − 0.5 × misses counted as findings before (value 0 → 10): 20 done → 10; 18 → 9; 0 → 0
    ("每年度至少20篇，少一篇扣0.5分", 10, {"20": 10, "25": 10, "18": 9, "0": 0}),
    # the existing reading, its words mended: 20 → 10; 19 → 9.5
    ("不少于20篇,每少一篇扣0.5分", 10, {"20": 10, "19": 9.5, "0": 0}),
    # a bracket after the requirement: 3 → 3; 2 → 2; 0 → 0
    ("全年至少3篇,(3分,少一篇扣1分)", 3, {"3": 3, "2": 2, "0": 0}),
    # a cap: 5 − n, at least 5 − 3 = 2: 5 → 5; 3 → 3; 2 → 2; 0 → 2
    ("全年办好5件实事,每少一件扣1分,最多扣3分", 5, {"5": 5, "3": 3, "2": 2, "0": 2}),
    # a minimum first ("至少…" is no floor "最低得N分" here): 3 → 3; 1 → 1; 0 → 0
    ("至少配备3名专职人员得3分,每少1名扣1分", 3, {"3": 3, "1": 1, "0": 0}),
    # the requirement then the points, 缺 for 少: 16 → 6; 15 → 5; 10 → 0
    ("按时组织教研组会议16次,缺一次扣1分", 6, {"16": 6, "15": 5, "10": 0, "3": 0}),
])
def test_number_to_reach_variants(text: str, w: float, values: dict[str, float]) -> None:
    _scores(text, w, values)


def test_bv8_articles_a_year() -> None:
    # fresh61 BV8-1 (5): 20 or more → 5; 19 → 4.5; 12 → 1; 10 → 0; 0 → 0 (扣完为止)
    _scores(_BY_ID["BV8-1"]["text"], 5, {"20": 5, "25": 5, "19": 4.5, "12": 1, "10": 0, "0": 0})


def test_an6_4_kinds() -> None:
    # fresh27 AN6-4 (6): 3 kinds or more → 6; 2 → 4; 1 → 2; 0 → 0
    _scores(_BY_ID["AN6-4"]["text"], 6, {"5": 6, "3": 6, "2": 4, "1": 2, "0": 0})


@pytest.mark.parametrize(("text", "w", "why"), [
    # no number to reach stays refused in its own words: a count of another thing (项 against 个, fresh24 AK6-2)
    ("扶贫档案柜不少于2个。(4分) 每缺少一项扣2分", 4, "不是同一样东西"),
    # two numbers to reach in one requirement (cf. fresh13 Z19-4)
    ("全年开展2次检查、4次培训,每少一次扣1分", 5, "不止一个数量"),
    # a percentage to reach is the ratio reader's business
    ("全年上报信息不少于20%,每少一篇扣0.5分", 10, ""),
    # a start above the 分值 (AA5-3 policy): from 3 or from 2?
    ("全年办好4件实事,得3分,少一件扣0.5分。", 2, "超过分值"),
    # steps per 2 things short: a partial step is not settled
    ("全年办好12件实事,每少两件扣1分", 5, "不足一档"),
    # an award per one over beside it
    ("全年发表10篇,每少一篇扣0.5分,每多一篇加0.5分", 5, ""),
    # a number per head: how many over the year is not printed
    ("每人每年培训不少于2次,每少1次扣1分", 5, ""),
    # reaching the number earns 2 of 3: where the third point comes from is not written
    ("至少配备3名专职人员得2分,每少1名扣1分", 3, "低于分值"),
    # a floor is still a floor
    ("至少得2分,每发现1处问题扣1分", 5, "保底分"),
    # a veto beside the count
    ("全年召开4次会议,得5分,少一次扣2分,未召开不得分", 5, ""),
    # an allowance, one over each time (fresh45 BF2-2 variant)
    ("投诉超出控制数3件的,每超出1件扣2分", 6, "应完成的数量"),
])
def test_near_misses_refused(text: str, w: float, why: str) -> None:
    _refused(text, w, why)


def test_no_number_to_reach_keeps_the_count_of_failings() -> None:
    # "每少一次扣1分" alone: the value is the failings (0 → 5; 2 → 3) — unchanged (r48 brief)
    r = read_rule_text("每少一次扣1分", 5)
    assert r.canonical == "*: W - 1 per 1"
    assert r.rule.score("2", 5) == 3  # type: ignore[union-attr]
    # a yearly schedule with its dates (fresh11 X7-4): the occasions missed, 6 − 3 × missed: 0 → 6; 1 → 3
    r = read_rule_text(_BY_ID["X7-4"]["text"], 6)
    assert r.canonical == "*: W - 3 per 1"
    # at least 2 a year, but one short OR one incomplete costs 1 (fresh55 BP1-1): the failings are counted, 2 − n
    assert read_rule_text(_BY_ID["BP1-1"]["text"], 2).canonical == "*: W - 1 per 1"
    # the items listed before, one missing each (fresh63 BX4-2's shape): no minimum printed — refused
    _refused("建立制度、台账、档案三项工作,缺一项,扣1分", 3, "应完成的数量")
    # a schedule of once a month: the occasions missed (fresh21 AH4-3's shape)
    assert read_rule_text("所务会议每月一次,并有详细记录6分,缺一次扣1分", 6).canonical == "*: 6 - 1 per 1"


# --- the number alone in the bracket (fresh61 BV10-1) -------------------------------------------------------------

@pytest.mark.parametrize(("text", "w", "values"), [
    # fresh61 BV10-1 (6): 16 or more → 6; 15 → 5; 12 → 2; 10 → 0; 0 → 0
    ("按时组织教研组会议,活动手册记录完整。(16次,缺一次,扣1分)", 6, {"16": 6, "17": 6, "15": 5, "12": 2, "10": 0, "0": 0}),
    # 10 to hold, 1 each: 10 → 5; 8 → 3; 5 → 0
    ("按时组织教研组会议。(10次,缺一次,扣1分)", 5, {"10": 5, "8": 3, "5": 0}),
    # 少 for 缺, 0.5 each: 8 → 4; 6 → 3; 0 → 0
    ("按时开展集体备课,记录完整。(8次,少一次,扣0.5分)", 4, {"8": 4, "6": 3, "0": 0}),
])
def test_bracket_count_variants(text: str, w: float, values: dict[str, float]) -> None:
    _scores(text, w, values)


def test_bracket_count_near_miss() -> None:
    # an award beside it in the bracket: not one rule
    _refused("按时组织教研组会议。(10次,缺一次,扣1分,最高加2分)", 5)


# --- the number before a colon (fresh61 BV1-3) --------------------------------------------------------------------

@pytest.mark.parametrize(("text", "w", "values"), [
    # fresh61 BV1-3 (7): 2 or more → 7; 1 → 6; 0 → 5 (two themed activities, one off each)
    (None, 7, {"2": 7, "3": 7, "1": 6, "0": 5}),
    # 3 to hold, 2 each: 3 → 6; 2 → 4; 0 → 0
    ("开展安全教育,有3次专题活动:有方案、有记录,(6分)少一次扣2分", 6, {"3": 6, "2": 4, "0": 0}),
    # 4 to hold, 0.5 each: 4 → 2; 1 → 0.5
    ("组织家长会,全年召开4次:签到齐全、记录完整,(2分)每少一次扣0.5分", 2, {"4": 2, "1": 0.5}),
])
def test_colon_requirement_variants(text: str | None, w: float, values: dict[str, float]) -> None:
    _scores(text or _BY_ID["BV1-3"]["text"], w, values)


@pytest.mark.parametrize(("text", "w"), [
    # the number to do then a pass score, no deduction: read as what? (r44's refusal kept)
    ("开展德育工作,有2次围绕主题开展:内容针对详细、过程全齐,得7分", 7),
    # points inside the colon's words (r44)
    ("每学期召开2次：有签到、有记录（5分），每少一次扣2分", 5),
])
def test_colon_requirement_near_misses(text: str, w: float) -> None:
    _refused(text, w, "应完成的数量")


# --- "少于N次每次扣" (fresh57 BR10-3) -----------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "w", "values"), [
    # fresh57 BR10-3 (4): 6 → 4; 4 → 4; 3 → 3; 1 → 1; 0 → 0
    (None, 4, {"6": 4, "4": 4, "3": 3, "1": 1, "0": 0}),
    # 6 to send, 1 each short: 6 → 6; 5 → 5; 0 → 0
    ("全年报送信息少于6篇的,每篇扣1分", 6, {"6": 6, "5": 5, "0": 0}),
    # 2 meetings, 2.5 each short: 2 → 5; 1 → 2.5; 0 → 0
    ("召开专题会议少于2次的，每次扣2.5分", 5, {"2": 5, "1": 2.5, "0": 0}),
])
def test_fewer_than_each_time_variants(text: str | None, w: float, values: dict[str, float]) -> None:
    _scores(text or _BY_ID["BR10-3"]["text"], w, values)


def test_fewer_than_each_time_near_miss() -> None:
    # an award per time above it: not one rule
    _refused("全年反映科技工作动态少于4次每次扣1分,多于6次每次加1分", 4)


# --- "N人(含)以上的不扣分,N人以下每少1人扣1分" (fresh58 BS1-5) ---------------------------------------------------

@pytest.mark.parametrize(("text", "w", "values"), [
    # fresh58 BS1-5 (2): 5 or more → 2; 4 → 1; 3 → 0
    (None, 2, {"5": 2, "8": 2, "4": 1, "3": 0}),
    # 3 名, 1 each: 3 → 3; 2 → 2; 0 → 0
    ("学员数在3名(含)以上的不扣分,3名以下每少1名扣1分。", 3, {"3": 3, "2": 2, "0": 0}),
    # 以上…得满分 for 不扣分: 3 → 3; 1 → 1
    ("队员在3人以上的得满分,3人以下每少1人扣1分", 3, {"3": 3, "1": 1}),
])
def test_at_least_then_below_variants(text: str | None, w: float, values: dict[str, float]) -> None:
    _scores(text or _BY_ID["BS1-5"]["text"], w, values)


@pytest.mark.parametrize(("text", "w", "why"), [
    # fresh58 BS1-3: steps per 3 — 14 done costs 2 or nothing? not written
    (None, 8, "不足一档"),
    # exactly 5 (no 以上): stays refused
    ("学员数5人得满分,5人以下每少1人扣1分", 2, ""),
])
def test_at_least_then_below_near_misses(text: str | None, w: float, why: str) -> None:
    _refused(text or _BY_ID["BS1-3"]["text"], w, why)
