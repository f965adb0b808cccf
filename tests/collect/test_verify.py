"""核定 details: the root cause gets the error; implausible values are errors in collect;
hand-made tables use their own readable rules."""

from __future__ import annotations

import random
from decimal import Decimal
from pathlib import Path

from jixiao.collect import check_one
from jixiao.templates.build import Filled, build_workbook
from jixiao.templates.spec import TemplateSpec, load_all_specs
from tests.collect.helpers import draw_filled

SPEC = "seed000-huaning-zhigong"


def _spec() -> TemplateSpec:
    return next(s for s in load_all_specs() if s.id == SPEC)


def _row(spec: TemplateSpec, code: str):  # noqa: ANN202
    return next(i for i in spec.indicators() if i.code == code)


def test_unreadable_value_is_the_error_not_the_score_computed_from_it(tmp_path: Path) -> None:
    spec = _spec()
    values, _t = draw_filled(spec, random.Random(7))
    values[_row(spec, "C11").path] = "九成五"  # text in a number cell (WPS does not stop it)
    p = tmp_path / "a.xlsx"
    build_workbook(spec, "portable", p, Filled(values, "甲区", "2024"))
    c = check_one(p)
    assert c.report is not None and c.verified is not None
    row = next(r for r in c.verified.rows if r.code == "C11")
    assert row.verified is None and c.verified.total is None
    errors = {(f.check, f.cell) for f in c.report.errors}
    value_cell = "H" + row.cell[1:]
    assert ("value-unreadable", value_cell) in errors
    assert not [f for f in c.report.findings if f.cell == row.cell]  # nothing on the score cell


def test_implausible_percent_is_a_warning_in_collect_and_read_as_points(tmp_path: Path) -> None:
    """96.87 typed into the % cell of a rule row on % bands (the cell shows 9687 %): since p15 the sheet, the
    宏版's SCORE_RANGE and collect all read it as 96.87 % (the core's PERCENT_POINTS_ABOVE), so the score is not
    in doubt: a warning (p12: an error) says the cell shows it oddly and that it was verified as 96.87 %."""
    spec = _spec()
    values, _t = draw_filled(spec, random.Random(8))
    ind = _row(spec, "C22")  # >=95%: 5; <95%: 5 - 1 per 1% ceil
    values[ind.path] = 96.87  # typed into a percent cell: 9687 %
    p = tmp_path / "a.xlsx"
    build_workbook(spec, "portable", p, Filled(values, "甲区", "2024"))
    c = check_one(p)
    assert c.report is not None and c.verified is not None
    implausible = [f for f in c.report.findings if f.check == "implausible-value"]
    assert [f.severity.value for f in implausible] == ["警告"]
    assert implausible[0].message.endswith("已按 96.87% 核定"), implausible[0].message
    row = next(r for r in c.verified.rows if r.code == "C22")
    assert row.verified == row.reported == Decimal(5)  # 96.87 % >= 95 %: 5, by hand
    assert not [f for f in c.report.errors if f.cell in (row.cell, implausible[0].cell)]


def test_hand_made_table_uses_its_own_rules(tmp_path: Path) -> None:
    from jixiao.examples import published_table

    spec = _spec()
    p = published_table(spec, tmp_path / "typed.xlsx")  # seed 000 as printed: C32 1.92 vs 1.6
    c = check_one(p)
    assert c.report is not None and c.verified is not None
    assert c.verified.basis == "表内计分规则" and not c.verified.issued
    c32 = next(r for r in c.verified.rows if r.reported == Decimal("1.92"))
    assert c32.verified == Decimal("1.6")  # 89.73 % -> 4 - 0.4 * ceil(95 - 89.73) = 1.6
    checks = [f.check for f in c.report.errors]
    assert checks.count("score-mismatch") == 1  # validation's finding kept, no duplicate


# --------------------------------------------------------------------------- histogram bins

from hypothesis import given  # noqa: E402
from hypothesis import strategies as st  # noqa: E402


@given(st.lists(st.floats(min_value=0, max_value=100, allow_nan=False), min_size=1, max_size=60))
def test_score_bins_cover_every_total_once(totals: list[float]) -> None:
    from jixiao.summary import score_bins

    bins = score_bins(totals)
    assert sum(b[3] for b in bins) == len(totals)
    widths = {round(b[2] - b[1], 9) for b in bins}
    assert len(widths) == 1  # equal widths
    assert bins[0][1] <= min(totals) and bins[-1][2] >= max(totals)
    assert len(bins) <= 12  # chosen from the data: a handful of bars, not 14 of 15 in one


# --------------------------------------------------------------------------- roster matching

_NAMES = st.sampled_from(["红塔区医疗保障局", "江川区医疗保障局", "通海县医疗保障局", "华宁县医保局",
                          "易门县医疗保障局", "外县医疗保障局", "", "江川区"])


@given(st.lists(_NAMES.filter(bool), min_size=1, max_size=5, unique=True),
       st.lists(st.tuples(_NAMES, st.booleans()), max_size=8))
def test_every_return_lands_once_and_newest_counts(roster_names: list[str],
                                                   returns: list[tuple[str, bool]]) -> None:
    import os
    import tempfile

    from jixiao.roster import Roster, RosterRow, match_returns

    roster = Roster(path="名单.csv", sheet="名单", rows=[RosterRow(n) for n in roster_names])
    with tempfile.TemporaryDirectory() as d:
        items = []
        for k, (unit, by_cell) in enumerate(returns):
            p = os.path.join(d, f"{k:02d}_{'' if by_cell else unit}.xlsx")
            open(p, "wb").close()  # noqa: SIM115 - an empty stand-in, only its mtime matters
            os.utime(p, (1000 + k, 1000 + k))  # later files are newer
            items.append((p, unit if by_cell else None))
        m = match_returns(roster, items)
        placed = [p for ps in m.returns.values() for p in ps] + m.outside
        assert sorted(placed) == sorted(p for p, _u in items)  # each return exactly once
        for bureau, ps in m.returns.items():
            assert bureau in roster_names
            assert ps == sorted(ps, key=lambda p: -os.stat(p).st_mtime)  # newest first
            assert m.status(bureau) == ("未报送" if not ps else "已报送" if len(ps) == 1 else "重复报送")
        assert m.counted() == {ps[0] for ps in m.returns.values() if ps}
        for p, unit in items:  # an exact name always goes to that bureau
            if unit in roster_names:
                assert m.bureau_of()[p] == unit


def test_a_failing_verification_is_an_error_not_a_lost_file(tmp_path: Path, monkeypatch) -> None:  # noqa: ANN001
    import jixiao.verify

    spec = _spec()
    p = tmp_path / "a.xlsx"
    build_workbook(spec, "portable", p, Filled(draw_filled(spec, random.Random(4))[0], "甲", "2024"))

    def boom(*_a: object) -> None:
        raise RuntimeError("坏了")

    monkeypatch.setattr(jixiao.verify, "verify_loaded", boom)
    c = check_one(p)
    assert c.report is not None and c.report.error is None  # the file was read and validated
    assert [f.check for f in c.report.errors] == ["verify-error"]
    assert c.verified is not None and c.verified.total is None


def test_self_evaluation_returns_are_verified(tmp_path: Path) -> None:
    """自评表 templates (定量 target rows scored on their own 指标值, 定性 rows by band)."""
    from jixiao.collect import collect
    from tests.collect.helpers import expected_grade

    for sid in ("selfeval-national", "selfeval-transfer"):
        spec = next(s for s in load_all_specs() if s.id == sid)
        d = tmp_path / sid
        d.mkdir()
        want = {}
        for k in range(6):
            values, total = draw_filled(spec, random.Random(k))
            p = d / f"{k}.xlsx"
            build_workbook(spec, "portable", p, Filled(values, f"{k}区", "2024"))
            want[str(p)] = total
        result = collect(d)
        for r in result.reports:
            v = result.verified[r.path]
            assert v.issued and v.total is not None, (sid, [f.message for f in r.errors])
            assert abs(v.total - want[r.path]) < Decimal("1e-9"), sid
            assert v.grade == expected_grade(spec, want[r.path])
            assert result.status(r) in ("通过", "有警告"), [f.message for f in r.findings]


def test_a_changed_target_value_is_an_error_scored_by_the_issued_target(tmp_path: Path) -> None:
    import openpyxl

    spec = next(s for s in load_all_specs() if s.id == "selfeval-national")
    values, _t = draw_filled(spec, random.Random(9))
    ind = next(i for i in spec.indicators() if i.target == "≥95%")
    values[ind.path] = 0.9  # 90 % of a 95 % target: 10 × 0.90 / 0.95
    p = tmp_path / "a.xlsx"
    build_workbook(spec, "portable", p, Filled(values, "甲", "2024"))
    wb = openpyxl.load_workbook(p)
    ws = wb["评分表"]
    cell = next(c for row in ws.iter_rows() for c in row if c.value == 0.95)
    cell.value = 0.9  # the county lowered its own target to what it reached
    wb.save(p)  # (openpyxl drops cached results: computed by jixiao)
    c = check_one(p)
    changed = [f for f in c.report.errors if f.check == "issued-changed"]
    assert [f.cell for f in changed] == [cell.coordinate]
    row = next(r for r in c.verified.rows if r.name == ind.name)
    assert row.verified == Decimal(10) * Decimal("0.9") / Decimal("0.95")


def test_a_deleted_row_refuses_the_verified_total(tmp_path: Path) -> None:
    import openpyxl

    spec = _spec()
    p = tmp_path / "a.xlsx"
    build_workbook(spec, "portable", p, Filled(draw_filled(spec, random.Random(5))[0], "甲", "2024"))
    wb = openpyxl.load_workbook(p)
    ws = wb["评分表"]
    row = next(c.row for c in ws["D"] if c.value == _row(spec, "C51").name)
    ws.delete_rows(row)  # a county removes an indicator it does not like
    wb.save(p)
    c = check_one(p)
    assert c.verified is not None and c.verified.total is None and c.verified.grade is None
    msgs = [f.message for f in c.report.errors if f.check == "issued-changed"]
    assert any("行被增删" in m for m in msgs), [f.message for f in c.report.findings]
    assert all(spec.id not in m for m in msgs)


def test_real_published_self_evaluation_tables_collect_cleanly(tmp_path: Path) -> None:
    """The real tables of tests/selfeval (each names its published source) through collect:
    hand-made basis, a status for each, and never an internal 核定 error."""
    from jixiao.collect import STATUSES, collect
    from tests.selfeval.tables import SCORED

    for k, table in enumerate(SCORED):
        table.save(tmp_path / f"{k:02d}.xlsx", corrected=True)
    result = collect(tmp_path)
    assert len(result.reports) == len(SCORED)
    for r in result.reports:
        assert r.error is None
        v = result.verified[r.path]
        assert not v.issued and v.basis == "表内计分规则"
        assert result.status(r) in STATUSES
        assert "verify-error" not in [f.check for f in r.findings]
        assert v.rows  # every indicator row was seen
        if any(row.reported is None for row in v.rows):  # a score the excerpt does not show
            assert result.status(r) == "不完整" and v.total is None  # unknown, never 0
        else:  # 核定 by the table's own rules gives the total the table prints
            assert r.total is not None and v.total == r.total, (r.path, v.total, r.total)


def test_a_score_cell_showing_an_error_is_quoted_not_called_blank(tmp_path: Path) -> None:
    """A 宏版 saved by a program without our functions shows "#VALUE!" in its score cells: the
    findings quote it; neither says the score was not filled in."""
    import re

    from tests.xlsx_edit import edit_sheet_xml

    spec = _spec()
    values, _t = draw_filled(spec, random.Random(7))
    p = tmp_path / "a.xlsx"
    res = build_workbook(spec, "portable", p, Filled(values, "甲区", "2024"))
    by_path = {ind.path: ind for ind in spec.indicators()}
    cell = next(c for _, path, c in res.rows if by_path[path].scoring.kind == "rule")

    def to_error(text: str) -> str:
        text, n = re.subn(rf'<c r="{cell}"([^>]*?)(?: t="[a-z]+")?([^>]*)>(\s*<f>[^<]*</f>)\s*<v>[^<]*</v>',
                          lambda m: f'<c r="{cell}"{m.group(1)}{m.group(2)} t="e">{m.group(3)}'
                                    "<v>#VALUE!</v>", text, count=1)
        assert n == 1
        return text

    edit_sheet_xml(p, to_error)
    c = check_one(p)
    assert c.report is not None
    differs = [f for f in c.report.findings if f.check == "verified-differs" and f.cell == cell]
    assert len(differs) == 1 and "“#VALUE!”" in differs[0].message, differs
    assert "（空）" not in differs[0].message and differs[0].actual == "“#VALUE!”"
    incomplete = [f for f in c.report.findings if f.check == "total-incomplete"]
    assert incomplete and all(f"不是数字（{cell}）" in f.message and "未填写" not in f.message
                              for f in incomplete), incomplete
