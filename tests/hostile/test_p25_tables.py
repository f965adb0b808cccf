"""p23's leftovers and two more whole tables (p25, issue 11 product red team): the scores a count rule can reach on a
考核表 row with no 业绩值 and no count in its text (score-unreachable), counts in Chinese numerals in 考核情况 text,
the names of folded lines and of rows under one merged name, the cell of a total-weight finding, and 河长考评标准 (CA9)
and 随州 脱贫销号核查表 (CA5) through ``jixiao validate`` and ``jixiao templates new`` (fixtures: ``p25_tables.py``).

Expected values come from the sentence text and hand arithmetic (in the comments), never from a run of the code.
"""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from jixiao.rules.chinese import read_rule_text
from jixiao.rules.grammar import parse_rule
from jixiao.rules.model import fmt_decimal
from jixiao.validation.checks import count_in_text, reachable_scores
from tests.hostile.p21_tables import ANQUAN, CAIWU, ZUOYE
from tests.hostile.p23_tables import LONGMEN, YINGXIANG
from tests.hostile.p25_tables import HEZHANG, SUIZHOU
from tests.hostile.test_p23_tables import _found, _new, _validate, assert_found_exactly
from tests.selfeval.tables import Table

_CJK = re.compile(r"[\u4e00-\u9fff]")


def _indicators(spec: dict[str, Any]) -> list[dict[str, Any]]:
    return [i for s in spec["sections"] for g in s["groups"] for i in g["indicators"]]


def _reach(text: str, w: int) -> list[Decimal] | None:
    reading = read_rule_text(text, w)
    assert reading.rule is not None, text
    return reachable_scores(reading.rule, Decimal(w), text)


# ---------------------------------------------------------------------------
# 1. reachable scores of a count rule (no 业绩值, no count written)
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "w", "hand"), [
    # 20 − 5k, floor 0
    ("缺一种扣5分。", 20, ["20", "15", "10", "5", "0"]),
    # 20 − 2k, the deduction capped at 6: 20, 18, 16, 14
    ("每次扣2分，最多扣6分", 20, ["20", "18", "16", "14"]),
    # 2 − 0.5k: 2, 1.5, 1, 0.5, 0
    ("每处扣0.5分，扣完为止", 2, ["2", "1.5", "1", "0.5", "0"]),
    # two deductions of 2 per 次: sums of 2 (20, 18, …, 0: 11 scores)
    ("不规范一次扣2分,不能严格执行各项财务管理制度一次扣2分。", 20, [str(20 - 2 * k) for k in range(11)]),
])
def test_the_reachable_scores_of_a_count_rule(text: str, w: int, hand: list[str]) -> None:
    got = _reach(text, w)
    assert got is not None and [fmt_decimal(x) for x in got] == hand


@pytest.mark.parametrize(("text", "w"), [
    ("每迟报1天扣0.5分", 5),  # days: a half day can be scored
    ("每处扣1分，扣1～5分", 10),  # a judged range is printed beside the step
])
def test_no_reachable_check_when_unsure(text: str, w: int) -> None:
    reading = read_rule_text(text, w)
    assert reading.rule is None or reachable_scores(reading.rule, Decimal(w), text) is None


def test_two_steps_the_rule_cannot_add_up_get_no_check() -> None:
    # 2 and 3 per 次 in one row: 20 − (2a + 3b) is every score but 19 — the one-step rule 20 − 2k would call 17 wrong
    assert reachable_scores(parse_rule("*: W - 2 per 1"), Decimal(20), "迟报一次扣2分，错报一次扣3分") is None


def test_zuoye_16_on_20_minus_5_per_kind_is_found(tmp_path: Path) -> None:
    # p21's slip: 品种 typed 16 under “(分值20分) 缺一种扣5分。” — 20, 15, 10, 5, 0 can be given, 16 cannot
    report = _validate(ZUOYE, tmp_path / "z.xlsx")
    (f,) = [f for f in report.findings if f.check == "score-unreachable"]
    assert f.cell == "D3" and f.severity.value == "警告"
    assert f.message.startswith("D3：") and "得分 16" in f.message and "可得 20、15、10、5、0 分" in f.message
    # mended: 15 (one kind missing) and the 合计 89 − 1 = 88
    assert not _found(_validate(ZUOYE, tmp_path / "m.xlsx", {"D3": 15, "D7": 88}))


def test_unreachable_scores_on_the_p21_p23_tables_and_no_false_alarm(tmp_path: Path) -> None:
    # 财务审计部 52.制度 (no 考核情况): “…一次扣2分…一次扣2分”, 20 − 2k; 19 cannot be given, 18 can
    # (合计 moved with the row: 92 − 1 = 91 and 92 − 2 = 90, the slips F9/F10 of the fixture stay)
    bad = _found(_validate(CAIWU, tmp_path / "c.xlsx", {"F5": 19, "F10": 91}))
    assert ("F5", "score-unreachable") in bad
    assert ("F5", "score-unreachable") not in _found(_validate(CAIWU, tmp_path / "d.xlsx", {"F5": 18, "F10": 90}))
    # 新村管理 私搭乱建 “每处扣5分，扣完为止” on 25, its 考核情况 says “多次” (no count): 25 − 5k; 22 cannot be given
    report = _validate(LONGMEN, tmp_path / "l.xlsx", {"D4": "多次发现私搭乱建", "E4": 22, "E9": 87})
    assert ("E4", "score-unreachable") in _found(report)
    (hint,) = [f for f in report.findings if f.check == "rule-unreadable" and f.cell == "D4"]
    assert "多次" in hint.message and "只核对是否为按次数可得的分数" in hint.message
    # a cap: “每次扣2分，最多扣6分” on 20 → 20, 18, 16, 14: 15 is none, 14 is one
    capped = {"D5": "每次扣2分，最多扣6分"}
    assert ("F5", "score-unreachable") in _found(_validate(CAIWU, tmp_path / "e.xlsx", {**capped, "F5": 15}))
    assert ("F5", "score-unreachable") not in _found(_validate(CAIWU, tmp_path / "f.xlsx", {**capped, "F5": 14}))


def test_no_reachable_check_on_two_units_or_a_judged_row(tmp_path: Path) -> None:
    # 河长 日常巡查 counts 个 and 件 (1 and 2 per thing), 领导综合评价 is 酌情: any score in range is possible
    report = _validate(HEZHANG, tmp_path / "h.xlsx", {"E3": None, "F3": 16.5, "F9": 9.5, "F10": 83})
    assert not {f for f in _found(report) if f[1] == "score-unreachable"}


# ---------------------------------------------------------------------------
# 2. counts in Chinese numerals
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "rule", "hand"), [
    ("迟报一次", "不能按时按量完成上报工作一次扣2分。", (Decimal(1), "次")),
    ("发现两处私搭乱建", "每处扣5分", (Decimal(2), "处")),
    ("缺三项", "每缺一项扣1分", (Decimal(3), "项")),
    ("缺十二项", "每缺一项扣1分", (Decimal(12), "项")),
])
def test_a_count_in_chinese_numerals_reads_like_digits(text: str, rule: str, hand: tuple[Decimal, str]) -> None:
    assert count_in_text(text, rule) == hand


@pytest.mark.parametrize("text", ["多次迟报", "迟报几次", "第一次迟报", "未一次性报齐"])
def test_no_count_is_made_up(text: str) -> None:
    count, why = count_in_text(text, "一次扣2分")
    assert count is None and why is not None and _CJK.search(why)


def test_chinese_numeral_counts_through_validate(tmp_path: Path) -> None:
    # 财务审计部 51.各类报表 “迟报一次” typed 16: 20 − 2 × 1 = 18
    report = _validate(CAIWU, tmp_path / "c.xlsx", {"E4": "迟报一次", "F4": 16, "F10": 90})
    (f,) = [f for f in report.findings if f.check == "score-mismatch"]
    assert f.cell == "F4" and "记 1 次" in f.message and "应得 18 分" in f.message
    # 河长 宣传教育工作 “检查发现两个问题” typed 18: 20 − 2 × 2 = 16 (the table's planted slip)
    report = _validate(HEZHANG, tmp_path / "h.xlsx")
    (f,) = [f for f in report.findings if f.check == "score-mismatch"]
    assert f.cell == "F7" and "记 2 个" in f.message and "应得 16 分" in f.message and "表中为 18 分" in f.message


# ---------------------------------------------------------------------------
# 3. names and the total-weight cell
# ---------------------------------------------------------------------------


def test_folded_lines_are_in_the_row_name(tmp_path: Path) -> None:
    # 影像诊断报告 “一般信息”: the three items under one rule, 分值 and 得分 are one row named by all three
    names = [n for n, _, _ in _validate(YINGXIANG, tmp_path / "y.xlsx").tables[0].indicators]
    assert names[0].startswith("1、医院名称") and "2、临床诊断、检查部位、检查日期等" in names[0] \
        and names[0].endswith("3、操作、报告医师签名,审核医师签名")
    _, spec = _new(YINGXIANG, tmp_path, "p25-yx")
    first = _indicators(spec)[0]
    assert "2、临床诊断" in first["name"] and "3、操作" in first["name"] and first["weight"] == 10


def test_rows_under_one_merged_name_are_numbered(tmp_path: Path) -> None:
    # 财务审计部 “54.收费管理” merged over two rows of 10 分: (1), (2) — the second was “第8行”
    names = [n for n, _, _ in _validate(CAIWU, tmp_path / "c.xlsx").tables[0].indicators]
    assert names[3:5] == ["54.收费管理(1)", "54.收费管理(2)"]
    res, spec = _new(CAIWU, tmp_path, "p25-cw")
    assert [i["name"] for i in _indicators(spec)][3:5] == ["54.收费管理(1)", "54.收费管理(2)"]
    assert "第8行" not in res.output and "duplicate-name" not in res.output


def test_total_weight_without_a_total_row_names_its_cell(tmp_path: Path) -> None:
    # 安全生产月 part 一: 30 points of a 100-point scheme, no 合计 row
    (f,) = [f for f in _validate(ANQUAN, tmp_path / "a.xlsx").findings if f.check == "total-weight"]
    assert f.cell and f.message.startswith(f"{f.cell}：") and "30 分" in f.message and "100 分" in f.message


# ---------------------------------------------------------------------------
# 4. two more whole tables (CA9 河长考评标准, CA5 随州 脱贫销号核查表)
# ---------------------------------------------------------------------------

#: table → (errors and warnings, total, grade), from the hand arithmetic in p25_tables.py; grades by 财预〔2020〕10号
#: (neither prints a scheme; both are out of 100)
NEW: dict[str, tuple[Table, set[tuple[str, str]], Decimal, str]] = {
    # 宣传教育 两个问题 → 16, typed 18; rows 83.5 = 总分 83.5
    "河长考评": (HEZHANG, {("F7", "score-mismatch")}, Decimal("83.5"), "良"),
    # 达到70% 否 → 0, typed 1; rows 92.5, 总分 typed 90.5 (饮水 4.5 missed: the reader refuses ①②③ levels)
    "脱贫销号核查": (SUIZHOU, {("F8", "score-mismatch"), ("F23", "total-sum")}, Decimal("90.5"), "优"),
}


@pytest.mark.parametrize("key", list(NEW))
def test_each_planted_slip_of_the_new_tables_is_found_and_nothing_else(key: str, tmp_path: Path) -> None:
    table, expected, _, _ = NEW[key]
    assert set(table.slips) == expected
    assert_found_exactly(*NEW[key], tmp_path / "t.xlsx")


def test_the_correct_returns_raise_nothing(tmp_path: Path) -> None:
    # 河长: 16 → rows 83.5 − 2 = 81.5; 随州: 0 and 4 → rows 92.5 − 1 − 0.5 = 91
    assert not _found(_validate(HEZHANG, tmp_path / "h.xlsx", {"F7": 16, "F10": 81.5}))
    assert not _found(_validate(SUIZHOU, tmp_path / "s.xlsx", {"F8": 0, "F16": 4, "F23": 91}))


def test_suizhou_is_read_with_its_part_and_item_names(tmp_path: Path) -> None:
    # 指标名称 over two columns: the part (一、收入状况) and the item; the income lines and the 一票否决 lines print “—”
    # for 分值 (no points): 15 scored rows, 60 + 40 = 100 (were: every row named by its part, the 一票否决 lines
    # 得分未填写 and the 总分 unchecked, “该户评估总分” an indicator — at session start no header was found at all)
    (summary,) = _validate(SUIZHOU, tmp_path / "s.xlsx").tables
    names = [n for n, _, _ in summary.indicators]
    assert len(names) == 15 and sum(w for _, w, _ in summary.indicators) == 100
    assert names[:2] == ["当年增收致富主导产业", "家庭成员就业创业技能"]
    assert "人均可支配收入增幅(%)" in names and "医疗保障(2)" in names


@pytest.mark.parametrize(("table", "rows"), [(HEZHANG, 7), (SUIZHOU, 15)])
def test_templates_new_writes_a_100_point_spec(table: Table, rows: int, tmp_path: Path) -> None:
    res, spec = _new(table, tmp_path, "p25-new")
    indicators = _indicators(spec)
    assert len(indicators) == rows and sum(i["weight"] for i in indicators) == 100 and spec["full"] == 100
    assert "weight-missing" not in res.output and "duplicate-name" not in res.output


@pytest.mark.parametrize(("text", "w", "hand"), [
    # the value counts the articles written, from a bound: 20 and more → 5, 19 → 4.5, …, 10 and fewer → 0 (corpus BV8-1)
    ("向武进少先队、武进教育信息网发布有质量的活动信息,每年度至少20篇。(5分,少一篇扣0.5分,扣完为止)", 5,
     [fmt_decimal(Decimal(5) - Decimal("0.5") * k) for k in range(11)]),
])
def test_a_count_from_a_printed_bound(text: str, w: int, hand: list[str]) -> None:
    got = _reach(text, w)
    assert got is not None and [fmt_decimal(x) for x in got] == hand


def test_percentage_points_are_no_count() -> None:
    # “每上升1个百分点扣0.5分” (corpus W1-6): a distance in points of a ratio — 1个 is no count of things
    assert _reach("当年出生婴儿性别比控制在110以内记10分,每上升1个百分点扣0.5分。", 10) is None


def test_no_false_alarm_of_the_reachable_check_on_the_corpus_labels() -> None:
    """Every hand-labelled score of a whole value, on every corpus sentence the reader reads right and the check
    applies to, is one of the reachable scores (p25: 580 sentences, 2332 labels, 0 outside; first run: 7 outside,
    two sentences — a count from a printed bound and “个百分点” — both mended)."""
    from tests.rules_chinese.corpus import load, read_ids

    right = read_ids()
    outside, checked = [], 0
    for e in load()[1]:
        if e["id"] not in right or "scores" not in e:
            continue
        rule = read_rule_text(e["text"], e["w"]).rule
        reach = reachable_scores(rule, Decimal(str(e["w"])), e["text"]) if rule is not None else None
        for v, sc in (e["scores"].items() if reach else ()):
            if str(v).isdigit():
                checked += 1
                if not any(abs(Decimal(str(sc)) - x) <= Decimal("0.005") for x in reach):
                    outside.append((e["id"], v, sc))
    assert checked > 1000 and not outside


def test_hezhang_rows_are_named_by_their_item_and_the_content_is_the_explanation(tmp_path: Path) -> None:
    # 考评项目 | 考评内容 | 考评标准 — one 项目 per row: the 项目 names it (was the requirement's whole text, each row a
    # group of its own); 财务审计部's 项目内容 still names its items (test_rows_under_one_merged_name_are_numbered)
    (summary,) = _validate(HEZHANG, tmp_path / "h.xlsx").tables
    assert [n for n, _, _ in summary.indicators] == ["日常巡查", "事件处理率", "水质变化", "公众投诉", "宣传教育工作",
                                                     "奖励分", "领导综合评价"]
    _, spec = _new(HEZHANG, tmp_path, "p25-hz")
    first = _indicators(spec)[0]
    assert first["name"] == "日常巡查" and first["explanation"].startswith("组织开展河湖巡查")
