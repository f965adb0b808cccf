"""r37: mutually exclusive levels written like items (issue 11) — "国家级3分,省级2分,市级1分" on a 3-point row.

One line worth the whole 分值 cannot be added to the others: the lines are one level picked from several when the text
says they are grades of one thing (tiers, degree words, "仅有…" lines below a full one, lettered options) —
``grades.exclusive_grades``. Grade words of one scale ("较好 / 一般 / 较差") whose points add up to the 分值 are levels
too, read as printed (the best level below the 分值 noted: rule-max-weight). Everything else stays refused.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from jixiao.rules.chinese import read_rule_text
from jixiao.rules.chinese.grades import exclusive_grades, one_scale


def _scores(text: str, w: float, values: list[str]) -> list[Decimal]:
    r = read_rule_text(text, w)
    assert r.ok and r.rule is not None, (r.kind, r.understood)
    return [r.rule.score(v, w) for v in values]


# ---- tiers -----------------------------------------------------------------------------------------------------------


def test_tiers_of_the_corpus() -> None:
    """fresh52 BM4-1 (3) and BM4-3 (2): 国家级 3 / 省级 2 / 市级 1; 全省 2 / 全市 1 — one tier picked."""
    assert _scores("国家级3分,省级2分,市级1分.附证书复印件", 3, ["国家级", "省级", "市级"]) == [3, 2, 1]
    assert _scores("全省2分,全市1分.有农业部门证明", 2, ["全省", "全市"]) == [2, 1]
    r = read_rule_text("国家级3分,省级2分,市级1分.附证书复印件", 3)
    assert r.canonical == '"国家级": W; "省级": 2; "市级": 1'
    assert any("互斥的档" in u for u in r.understood)


def test_tiers_of_the_corpus_with_letters() -> None:
    """fresh38 AY8-1 (15): a. 世界罕见 15 / b. 世界少有或国内罕见 10 / c. 国内少有 5 — world, world, country: falling."""
    text = "a.属世界罕见或极特殊的遗迹(15分),b.属世界少有或国内罕见的遗迹(10分),c.属国内少有的遗迹(5分)"
    assert _scores(text, 15, ["属世界罕见或极特殊的遗迹", "属世界少有或国内罕见的遗迹", "属国内少有的遗迹"]) == [15, 10, 5]


def test_tiers_variants() -> None:
    """My wordings. 获奖 on a 5-point row: 国家级 5, 省级 3, 市级 2, 县级 1 (2 + 3 … never added: 国家级 alone is 5).
    全国 4 / 全省 3 / 全市 1 with 得 and "；" on a 4-point row."""
    text = "获国家级表彰的得5分；获省级表彰的得3分；获市级表彰的得2分；获县级表彰的得1分"
    assert _scores(text, 5, ["获国家级表彰", "获省级表彰", "获市级表彰", "获县级表彰"]) == [5, 3, 2, 1]
    text = "在全国推广4分，在全省推广3分，在全市推广1分"
    assert _scores(text, 4, ["在全国推广", "在全省推广", "在全市推广"]) == [4, 3, 1]
    with pytest.raises(Exception):  # noqa: B017, PT011  # a level not printed is a rule gap, never 0
        read_rule_text(text, 4).rule.score("在全县推广", 4)  # type: ignore[union-attr]


# ---- degree words --------------------------------------------------------------------------------------------------


def test_degrees_of_the_corpus() -> None:
    """fresh38 AY8-3 (10): 极高 10 / 很高 7 / 较高 3 (the tier words are in notes before each line). The corpus labels
    the levels by the notes ("当时世界最高科技水平"), so the judge still counts it refused; the scores of the printed
    lines are right."""
    text = ("a.体现人类矿业活动(探、采、冶、加工、治理等)当时世界最高科技水平,遗迹具有极高的科考、科普价值(10分);"
            "b.体现人类矿业活动(探、采、冶,加工,治理等)当时国内最高科技水平,遗迹具有很高的科考、科普价值(7分);"
            "c.体现人类矿业活动(探、采、冶、加工、治理等) 当时国内先进科技水平,遗迹具有较高的科考、科普价值(3分)")
    values = ["遗迹具有极高的科考、科普价值", "遗迹具有很高的科考、科普价值", "遗迹具有较高的科考、科普价值"]
    assert _scores(text, 10, values) == [10, 7, 3]


def test_degrees_variants() -> None:
    """My wordings: 极大 6 / 很大 4 / 较大 2 on a 6-point row; 非常明显 3 / 较明显 1 on a 3-point row."""
    text = "社会影响极大(6分);社会影响很大(4分);社会影响较大(2分)"
    assert _scores(text, 6, ["社会影响极大", "社会影响很大", "社会影响较大"]) == [6, 4, 2]
    text = "效果非常明显得3分,效果较明显得1分"
    assert _scores(text, 3, ["效果非常明显", "效果较明显"]) == [3, 1]


# ---- lesser lines ----------------------------------------------------------------------------------------------------


def test_lesser_lines_of_the_corpus() -> None:
    """fresh15 AB7-1 (3): 全面 3 / 仅有技能操作考核 2 / 仅有理论考试 1 / 仅有测评结果和考勤记录 1 (2 + 1 + 1 = 4 ≠ 3:
    no heading); the head of the first line ("考核项目全面") names it too."""
    text = "考核项目全面，且认真规范，得满分；仅有技能操作考核，得2分；仅有理论考试，得1分；仅有测评结果和考勤记录，得1分"
    assert _scores(text, 3, ["考核项目全面", "仅有技能操作考核", "仅有理论考试", "仅有测评结果和考勤记录"]) == [3, 2, 1, 1]


def test_lesser_lines_variants() -> None:
    """My wordings: 台账完整 4 / 仅有台账 2 / 仅有记录 1 on a 4-point row (2 + 1 = 3 ≠ 4); 全部落实 5 / 基本落实 3 /
    部分落实 1 without 得 on a 5-point row (3 + 1 = 4 ≠ 5)."""
    text = "台账资料完整规范，得满分；仅有台账，得2分；仅有记录，得1分"
    assert _scores(text, 4, ["台账资料完整规范", "仅有台账", "仅有记录"]) == [4, 2, 1]
    text = "措施全部落实5分;措施基本落实3分;措施部分落实1分"
    assert _scores(text, 5, ["措施全部落实", "措施基本落实", "措施部分落实"]) == [5, 3, 1]


def test_described_levels_take_full_marks() -> None:
    """fresh37 AX2-4 (7): the described levels (levels.read_described_levels) read "得满分" as the 分值: 全面 7 / 仅有技能
    操作考核 4 / 仅有理论考试 2 / 仅有测评结果和考勤记录 1 / 无学员 0 — was left to a person (judgement)."""
    text = ("考核项目全面，且认真规范，得满分\n仅有技能操作考核，得4分\n仅有理论考试，得2分\n仅有测评结果和考勤记录，得1分\n"
            "无学员，不得分")
    values = ["考核项目全面，且认真规范", "仅有技能操作考核", "仅有理论考试", "仅有测评结果和考勤记录", "无学员"]
    assert _scores(text, 7, values) == [7, 4, 2, 1, 0]
    # my wording, one line with commas: 方案和记录齐全 → the 分值 (2); 仅有记录 → 1; 均无 → 0
    assert _scores("有评价方案，原始记录详实，得满分，仅有评价记录，得1分，均无，不得分", 2,
                   ["有评价方案，原始记录详实", "仅有评价记录", "均无"]) == [2, 1, 0]


# ---- grade words whose points add up to the 分值 --------------------------------------------------------------------


def test_one_scale_of_the_corpus() -> None:
    """fresh53 BN3-4 (3): 较好 2 / 一般 1 / 较差 0 — the best level (worth 3) has no printed name: read as printed,
    2 + 1 = 3 = the 分值 notwithstanding; the rule tops out at 2, said in a note (rule-max-weight)."""
    r = read_rule_text("较好得2分,一般得1分,较差不得分", 3)
    assert r.canonical == '"较好": 2; "一般": 1; "较差": 0'
    assert r.max_points == 2 and any("规则最高 2 分" in u for u in r.understood)


def test_one_scale_variants() -> None:
    """My wordings: 优 3 / 良 2 / 中 1 / 差 0 on a 6-point row (3 + 2 + 1 = 6); 健全 2 / 基本健全 1 / 不健全 0 on 3 (2 + 1).
    Without the bottom level worth 0 ("优得3分,良得2分,中得1分", r5's "好 2分 较好 1分") it stays refused."""
    assert _scores("优得3分,良得2分,中得1分,差不得分", 6, ["优", "良", "中", "差"]) == [3, 2, 1, 0]
    assert not read_rule_text("优得3分,良得2分,中得1分", 6).ok
    assert _scores("健全得2分,基本健全得1分,不健全不得分", 3, ["健全", "基本健全", "不健全"]) == [2, 1, 0]
    assert one_scale(["较好", "一般", "较差"]) and one_scale(["健全", "基本健全", "不健全"])
    assert not one_scale(["较差", "一般"])  # rising: no scale read downwards
    assert not one_scale(["合格", "规范"])  # two things, not one scale


# ---- near misses: stay refused --------------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "w"), [
    ("资料齐全5分：台账2分，档案3分", 5),  # a heading over its items (2 + 3 = 5; names too short for read_bare_items)
    ("国家级3分,省级2分,市级1分,可累加", 3),  # co-existing items
    ("获国家级奖励得3分,获省级奖励得2分,获市级奖励得1分,可累计", 3),  # co-existing items (read as levels before r37)
    ("国家级3分,省级2分,市级1分,最高3分", 3),  # a cap: items
    ("国家级1分,省级2分,市级3分", 3),  # tiers rising with the points
    ("2项培训均满足，得满分\n1项满足，得1分", 3),  # fresh37 AX2-2: a count, not levels
    ("合格得1分，规范得1分", 2),  # two things, not one scale
    ("较好得1分,好得2分", 3),  # grade words rising
])
def test_near_misses_stay_refused(text: str, w: int) -> None:
    r = read_rule_text(text, w)
    assert not r.ok and r.kind != "checklist", r.canonical


@pytest.mark.parametrize(("text", "w", "items"), [
    ("设备和环境清洁整齐记5分:设备整洁3分,环境整洁2分。", 5, [("设备整洁", "3"), ("环境整洁", "2")]),  # fresh51 BL11-6
])
def test_a_heading_over_its_items_is_never_levels(text: str, w: int, items: list[tuple[str, str]]) -> None:
    """A heading worth the 分值 with its parts after ":" — never levels (r37). Refused here until r81, which reads the
    parts as the checklist they are (headedparts.py; BL11-6 is labelled ``checklist: 5``): 3 + 2 = 5, the heading
    dropped."""
    r = read_rule_text(text, w)
    assert r.kind == "checklist" and [(i.text, str(i.points)) for i in r.items] == items, r.understood


def test_cumulative_items_stay_items() -> None:
    """"制度健全得2分，执行有效得3分" on a 5-point row: 2 + 3 = 5, items as before."""
    r = read_rule_text("制度健全得2分，执行有效得3分", 5)
    assert r.kind == "checklist" and r.max_points == 5


def test_lettered_options_need_no_heading() -> None:
    """Letters alone say options when the later lines do not add up to the first: A 5 / B 3 / C 1 (3 + 1 = 4 ≠ 5); with
    C 2 (3 + 2 = 5) A may head B and C: refused."""
    d = Decimal
    levels = [("台账齐全", d(5)), ("档案规范", d(3)), ("有专人管理", d(1))]
    assert str(exclusive_grades(levels, d(5), ["A", "B", "C"])[0]) == '"台账齐全": W; "档案规范": 3; "有专人管理": 1'
    assert exclusive_grades(levels, d(5), []) is None  # no letters: nothing says options
    heading = [("台账齐全", d(5)), ("档案规范", d(3)), ("有专人管理", d(2))]
    assert exclusive_grades(heading, d(5), ["A", "B", "C"]) is None


# ---- session 29 (lead, after fresh54's blind first run): tiers listed from the lowest; ordinal grades -----------------


def test_tiers_listed_from_the_lowest() -> None:
    """fresh54 BO3-2 (5, 历史文化名镇名村 评价): 县市级 1 / 省级 3 / 国家级 5 — the full tier printed last."""
    assert _scores("县市级1分;省级3分;国家级5分。", 5, ["县市级", "省级", "国家级"]) == [1, 3, 5]
    # variant (W 4): 区级 1 / 市级 2 / 省级 4, by hand
    assert _scores("区级得1分，市级得2分，省级得4分", 4, ["区级", "市级", "省级"]) == [1, 2, 4]


def test_ordinal_grades() -> None:
    """fresh54 BO3-3 (6): 一级 6 / 二级 3 / 三级 1; BO3-4 (3) with a subject before a colon: 3 / 2 / 1."""
    assert _scores("一级6分;二级3分;三级1分。", 6, ["一级", "二级", "三级"]) == [6, 3, 1]
    assert _scores("历史事件(名人):一级3分;二级2分;三级1分。", 3, ["一级", "二级", "三级"]) == [3, 2, 1]
    # variants: 甲级 5 / 乙级 3 / 丙级 1 (W 5); listed from the lowest, 三等 1 / 二等 2 / 一等 4 (W 4)
    assert _scores("甲级5分，乙级3分，丙级1分", 5, ["甲级", "乙级", "丙级"]) == [5, 3, 1]
    assert _scores("三等1分，二等2分，一等4分", 4, ["三等", "二等", "一等"]) == [1, 2, 4]


@pytest.mark.parametrize("text, w", [
    ("县级1分，市级2分，省级3分，可累计", 3),  # they co-exist: a cap would be needed
    ("三级1分;一级3分;二级2分", 3),  # no order
    ("一级1分;二级3分;三级2分", 3),  # the points do not follow the order
    ("一级3分;二级3分;三级1分", 3),  # two lines worth the 分值
    ("民初3分;明、清年代4分;元代及以前5分。", 5),  # fresh54 BO3-1: eras are no words of an order here
])
def test_near_misses_listed_from_the_lowest(text: str, w: int) -> None:
    r = read_rule_text(text, w)
    assert not r.ok and r.canonical is None, r.canonical
