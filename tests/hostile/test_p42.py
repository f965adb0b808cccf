"""p42: product leftovers of sessions 41–42 (issue 11).

1. ``Rule.score`` refuses a 业绩值 typed with a unit that is no percentage ("10分", "95万元") in a rule that reads a
   percentage, with the same Chinese reason SCORE_RANGE, collect and validate give (was: "10分" scored as the number);
   in a rule whose steps count in a unit word (``per 1天``, ``per 1万元``) a value is read in that unit ("95万元" is 95,
   was 950000) or refused naming it ("2月" was 2 days).
2. A date or a %-formatted number in a time-unit row: said at the cell by collect and validate.
3. The returned workbook: a cleared or typed-over 计算辅助, merged indicator names, one bureau's several returns
   without a roster (the newest ranked, the others 重复报送).

Every expected score is hand arithmetic from the rule's text, written before the run.
"""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from jixiao.errors import InputError, ScoringError
from jixiao.rules.grammar import parse_rule
from jixiao.rules.target import scoring_input

# ---------------------------------------------------------------------------------------------------------------------
# 1. a unit that is not the rule's: refused in the core as by every client
# ---------------------------------------------------------------------------------------------------------------------

PERCENT_RULES = ["*: W - 0.3 per 1%", ">=90%: W; *: 0", ">=100%: W; <100%: W - 0.4 per 1%", '"优秀": W; >=90%: 0.8W; *: 0']

#: (typed 业绩值, the unit the reason must name)
WRONG_UNITS = [("10分", "分"), ("10 分", "分"), ("95万元", "万元"), ("95人", "人"), ("95万", "万"), ("９５ 分", "分")]


@pytest.mark.parametrize("rule", PERCENT_RULES)
@pytest.mark.parametrize(("text", "unit"), WRONG_UNITS)
def test_unit_not_a_percentage_refused_in_the_core(rule: str, text: str, unit: str) -> None:
    r = parse_rule(rule)
    with pytest.raises(ScoringError) as core:
        r.score(text, 30)
    msg = core.value.message_zh
    assert f"（单位“{unit}”）" in msg and "该行按百分比计分" in msg and "请改填百分比" in msg, msg
    with pytest.raises(InputError) as client:  # SCORE_RANGE's and collect's order: the same sentence
        scoring_input(text, r, None, weight=30)
    assert str(client.value.message_zh) == msg


#: a percentage, a bare number, 缺省 and a named level are still scored (分值 30, hand arithmetic)
KEPT = [
    ("*: W - 0.3 per 1%", "10%", Decimal(27)),  # 30 − 0.3 × 10
    ("*: W - 0.3 per 1%", "9.5个百分点", Decimal("27.15")),  # 30 − 0.3 × 9.5
    (">=90%: W; *: 0", "95 %", Decimal(30)),
    (">=90%: W; *: 0", "95", Decimal(30)),  # above 10: percent points
    (">=90%: W; *: 0", "缺省", Decimal(30)),
    ('"优秀": W; >=90%: 0.8W; *: 0', "优秀", Decimal(30)),
    ('"优秀": W; >=90%: 0.8W; *: 0', "95%", Decimal(24)),  # 0.8 × 30
]


@pytest.mark.parametrize(("rule", "text", "want"), KEPT)
def test_percent_values_still_scored(rule: str, text: str, want: Decimal) -> None:
    assert parse_rule(rule).score(text, 30) == want


#: a rule whose steps count in a unit word: a value in that unit is read in it, another unit is refused naming it
#: (分值 10; hand arithmetic)
STEP_WORDS = [
    ("*: W - 1 per 1天", "3日", Decimal(7)),  # 日 = 天: 10 − 3
    ("*: W - 1 per 1天", "3 天", Decimal(7)),
    ("<=90: W; >90: W - 1 per 1万元", "95万元", Decimal(5)),  # 95 − 90 = 5 steps: 10 − 5 (was 950000 → 0)
    ("<=90: W; >90: W - 1 per 1万元", "950000元", Decimal(5)),  # 950000 元 = 95 万元
    ("<=90: W; >90: W - 1 per 1万元", "93", Decimal(7)),  # no unit: as given
    ("*: W - 1 per 1天", "2月", "天"),  # a month is no count of days (was 8)
    ("*: W - 1 per 1天", "3次", "天"),
    ("<=90: W; >90: W - 1 per 1万元", "3天", "万元"),
]


@pytest.mark.parametrize(("rule", "text", "want"), STEP_WORDS)
def test_value_in_the_steps_unit(rule: str, text: str, want: Decimal | str) -> None:
    r = parse_rule(rule)
    if isinstance(want, Decimal):
        assert r.score(text, 10) == want
        return
    with pytest.raises(ScoringError) as e:
        r.score(text, 10)
    assert f"按“{want}”计分" in e.value.message_zh and f"请按“{want}”填写" in e.value.message_zh, e.value.message_zh


def test_count_rule_keeps_its_units() -> None:
    # a rule that counts (no %): "3次" is 3 counts, 30 − 1.5 × 3 = 25.5; the % check does not apply
    assert parse_rule("*: W - 1.5 per 1").score("3次", 30) == Decimal("25.5")


# ---------------------------------------------------------------------------------------------------------------------
# 2. a date or a %-formatted number in a time-unit row: the sheet cannot see the format (CELL("format") is no portable
#    answer — LibreOffice gives "G" for a yyyy/m/d date, the `formulas` engine has no CELL; docs/notes/p42.md), so
#    collect and validate say it at the 业绩值 cell and give no 核定 for the row
# ---------------------------------------------------------------------------------------------------------------------

TIME_ROWS = [("<=30: W; *: 0", "天", 25, 5), ("<=30: W; *: 0", "天", 25, 5), ("*: W - 1 per 1", "天", 2, 5),
             ("<=3: W; *: 0", "月", 2, 5)]
#: what each row's 业绩值 cell is given (value, number format) and the words its finding must hold
TIME_EDITS = [(dt.datetime(2024, 6, 30), "yyyy/m/d", "日期"), (0.2, "0%", "20%"), (0.02, "0%", "2%"),
              (dt.datetime(2024, 6, 30), 'yyyy"年"m"月"', "日期")]


@pytest.mark.parametrize("flavour", ["portable", "udf"])
def test_date_or_percent_format_in_a_time_row_said_at_the_cell(tmp_path: Path, flavour: str) -> None:
    import openpyxl

    from jixiao.collect import check_one
    from jixiao.validation import validate_workbook
    from tests.templates.typed_units import build_books, score_cells

    books = build_books(tmp_path, "p42-dates", "测试（p42：时间单位行的日期与百分比格式）", TIME_ROWS)
    book = books["built", flavour]
    cells = score_cells(book)
    wb = openpyxl.load_workbook(book, keep_vba=flavour == "udf")
    ws = wb["评分表"]
    refs = [ref for ref, _score in cells.values()]
    for ref, (value, fmt, _said) in zip(refs, TIME_EDITS, strict=True):
        ws[ref] = value
        ws[ref].number_format = fmt
    edited = tmp_path / f"edited{book.suffix}"
    wb.save(edited)
    validated = {f.cell: f for f in validate_workbook(edited).findings if f.check.startswith("value-")}
    checked = check_one(str(edited))
    collected = {f.cell: f for f in checked.report.findings if f.check.startswith("value-")}
    for ref, (_v, _fmt, said) in zip(refs, TIME_EDITS, strict=True):
        for found in (validated, collected):
            assert ref in found and said in found[ref].message, (ref, found.get(ref))
    assert checked.verified is not None
    assert [r.verified for r in checked.verified.rows] == [None] * 4
    assert [r.why_cell for r in checked.verified.rows] == refs


# ---------------------------------------------------------------------------------------------------------------------
# 3. p41's unsaid changes to a returned workbook (seed003 filled with drawn values, hand total from draw_filled): the
#    hidden 计算辅助 cleared or typed over in a return never calculated, and merged indicator names — the 核定 is the
#    hand total (the 业绩值 and the issued rules are untouched) and collect and validate name the cell
# ---------------------------------------------------------------------------------------------------------------------


def _clear_helper(wb: Any) -> None:
    for row in wb["计算辅助"].iter_rows():
        for c in row:
            c.value = None


def _type_over_helper(wb: Any) -> None:
    wb["计算辅助"]["L65"] = 2


def _merge_names(wb: Any) -> None:
    wb["评分表"].merge_cells("D65:D66")  # 36.医保事业培训 / 37.医保事业宣传: D66's name is gone


#: name → (edit, the sheet and cell a finding must name, words it must hold)
RETURNED = {
    "helper_cleared.xlsx": (_clear_helper, "计算辅助", "A5", "已被清除"),
    "helper_typed.xlsx": (_type_over_helper, "计算辅助", "L65", "L65 被改为数值"),
    "names_merged.xlsx": (_merge_names, "评分表", "D66", "“医保事业宣传”已从表中丢失"),
}


@pytest.fixture(scope="module")
def returned(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    import random

    import openpyxl

    from jixiao.templates.build import Filled, build_workbook
    from tests.hostile.test_p41 import SPEC, draw_filled

    tmp = tmp_path_factory.mktemp("p42")
    values, total = draw_filled(SPEC, random.Random(3))
    base = tmp / "base.xlsx"
    build_workbook(SPEC, "portable", base, Filled(values, "甲", "2024"))
    inbox = tmp / "收回"
    inbox.mkdir()
    for name, (edit, *_said) in RETURNED.items():
        wb = openpyxl.load_workbook(base)
        edit(wb)
        wb.save(inbox / name)
    return {"total": total, **collect_and_validate(inbox, tmp)}


def collect_and_validate(inbox: Path, tmp: Path) -> dict[str, dict[str, Any]]:
    """The JSON answer per file of ``jixiao collect`` (汇总 in ``tmp``) and ``jixiao validate`` on the folder ``inbox``."""
    from click.testing import CliRunner

    from jixiao.cli import cli

    got = {}
    for command in ("collect", "validate"):
        args = ["--out", str(tmp / "汇总.xlsx"), "--json", "-"] if command == "collect" else ["--json"]
        res = CliRunner().invoke(cli, [command, str(inbox), *args])
        doc = json.loads(res.stdout[res.stdout.index("{"):])
        got[command] = {Path(f["path"]).name: f for f in doc["files"]}
    return got


@pytest.mark.parametrize("name", list(RETURNED))
def test_returned_workbook_change_said(returned: dict[str, Any], name: str) -> None:
    _edit, sheet, cell, words = RETURNED[name]
    verified = returned["collect"][name]["verified"]["total"]
    assert abs(Decimal(str(verified)) - returned["total"]) < Decimal("0.0001"), (verified, returned["total"])
    for command in ("collect", "validate"):
        said = [f for f in returned[command][name]["findings"]
                if f["sheet"] == sheet and f["cell"] == cell and f["severity"] == "错误"]
        assert said and words in said[0]["message"], (command, returned[command][name]["findings"])


def test_untouched_return_says_no_helper_change(returned: dict[str, Any]) -> None:
    # the merged-names return keeps its helper: no finding on 计算辅助
    assert not [f for f in returned["collect"]["names_merged.xlsx"]["findings"] if f["sheet"] == "计算辅助"]


# ---------------------------------------------------------------------------------------------------------------------
# 3c. one bureau's several returns without a roster: its newest alone is ranked and graded, the others listed as
#     重复报送 (p41 ranked every one). Newest by the time each workbook records it was saved, else by file name.
# ---------------------------------------------------------------------------------------------------------------------


def _saved_at(path: Path, when: str | None) -> None:
    """Rewrite docProps/core.xml's dcterms:modified (``None``: drop it), as another save would have left it."""
    import re
    import zipfile

    with zipfile.ZipFile(path) as z:
        parts = {i.filename: z.read(i) for i in z.infolist()}
    core = parts["docProps/core.xml"].decode()
    core = re.sub(r"<dcterms:modified\b[^>]*>.*?</dcterms:modified>",
                  f'<dcterms:modified xsi:type="dcterms:W3CDTF">{when}</dcterms:modified>' if when else "", core)
    parts["docProps/core.xml"] = core.encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            z.writestr(name, data)


#: case → ((file, bureau, drawing seed, saved time)…, the file of 甲 that counts)
SAME_BUREAU = {
    # 甲_b.xlsx is last by name, but 甲_a.xlsx was saved later: the saved time decides
    "saved": ([("甲_a.xlsx", "甲", 11, "2024-07-01T09:00:00Z"), ("甲_b.xlsx", "甲", 12, "2024-06-01T09:00:00Z"),
               ("乙.xlsx", "乙", 13, "2024-06-15T09:00:00Z")], "甲_a.xlsx"),
    # one of 甲's returns records no saved time: the file name decides (甲_b after 甲_a)
    "by_name": ([("甲_a.xlsx", "甲", 11, "2024-07-01T09:00:00Z"), ("甲_b.xlsx", "甲", 12, None),
                 ("乙.xlsx", "乙", 13, "2024-06-15T09:00:00Z")], "甲_b.xlsx"),
}


@pytest.mark.parametrize("case", list(SAME_BUREAU))
def test_one_bureau_ranked_once(tmp_path: Path, case: str) -> None:
    import random

    import openpyxl
    from click.testing import CliRunner

    from jixiao.cli import cli
    from jixiao.templates.build import Filled, build_workbook
    from tests.hostile.test_p41 import SPEC, draw_filled

    files, counted = SAME_BUREAU[case]
    inbox = tmp_path / "收回"
    inbox.mkdir()
    totals = {}
    for name, bureau, seed, when in files:
        values, totals[name] = draw_filled(SPEC, random.Random(seed))
        build_workbook(SPEC, "portable", inbox / name, Filled(values, bureau, "2024"))
        _saved_at(inbox / name, when)
    assert len(set(totals.values())) == 3  # the three drawn totals differ: the ranked one is known by its total
    out = tmp_path / "汇总.xlsx"
    res = CliRunner().invoke(cli, ["collect", str(inbox), "--out", str(out), "--json", "-"])
    doc = json.loads(res.stdout[res.stdout.index("{"):])
    assert list(doc["summary"]["same_bureau"]) == ["甲"]
    assert any("同一单位多份：甲" in ln and f"计入的是 {counted}" in ln for ln in res.stderr.splitlines()), res.stderr
    ws = openpyxl.load_workbook(out)["汇总"]
    head = [c.value for c in ws[3]]
    rows = [dict(zip(head, (c.value for c in row), strict=False)) for row in ws.iter_rows(min_row=4)
            if row[head.index("单位名称")].value]
    ranked = [r for r in rows if r["排名"] is not None]
    assert sorted(r["文件"] for r in ranked) == sorted([counted, "乙.xlsx"]), rows
    for r in ranked:
        assert abs(Decimal(str(r["核定总分"])) - totals[r["文件"]]) < Decimal("0.0001")
    assert sorted(r["排名"] for r in ranked) == [1, 2]
    (older,) = [r for r in rows if r["排名"] is None]
    assert older["单位名称"] == "甲" and older["文件"] != counted and older["报送情况"] == "重复报送", older
    assert sum(doc["summary"]["grades"].values()) == 2  # 等级分布 counts 甲 once
