"""A built template states its grade scheme on the sheet (issue 11, p13).

The words under the 等级 row are the ones validate reads back (jixiao.reading.statements); the
scheme is also recorded in the document property ``jixiao_grade_scheme``. The template's 等级
formula (recalculated by LibreOffice), the core ``grade``, validate and collect agree at and around
every band edge; a bureau that edits the printed scheme is told so, and graded by the issued one.

Hand list (from the scheme's own text, not from a run):
- “95:优;85:良;60:中;0:差” prints “95分（含）以上为优，85（含）-95分为良，60（含）-85分为中，60分以下为差”:
  100 优, 95 优, 94.99 良, 85 良, 84.99 中, 60 中, 59.99 差, 0 差;
- 财预〔2020〕10号 prints “90分（含）以上为优，80（含）-90分为良，60（含）-80分为中，60分以下为差”:
  90 优, 89.99 良, 80 良, 79.99 中, 60 中, 59.99 差.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner

from jixiao.grading import grade
from jixiao.templates.build import FLAVOURS, Filled, build_workbook
from jixiao.templates.spec import parse_spec
from jixiao.validation import Severity, validate_workbook
from tests import lo
from tests.xlsx_edit import edit_part, set_custom_property

CUSTOM = "95:优;85:良;60:中;0:差"
CUSTOM_WORDS = "等级标准：95分（含）以上为优，85（含）-95分为良，60（含）-85分为中，60分以下为差。"
NATIONAL_WORDS = ("等级标准：90分（含）以上为优，80（含）-90分为良，60（含）-80分为中，60分以下为差。"
                  "依据财预〔2020〕10号。")
CUSTOM_EDGES = [(100, "优"), (95.01, "优"), (95, "优"), (94.99, "良"), (85.01, "良"), (85, "良"), (84.99, "中"),
                (60.01, "中"), (60, "中"), (59.99, "差"), (0, "差")]
NATIONAL_EDGES = [(90.01, "优"), (90, "优"), (89.99, "良"), (80.01, "良"), (80, "良"), (79.99, "中"),
                  (60.01, "中"), (60, "中"), (59.99, "差")]
#: six judged scores whose sum is 95 exactly (by hand: 18.7+19.8=38.5, +19.6=58.1, +19.0=77.1, +9.1=86.2,
#: +8.8=95.0; 17.2+19.8+19.8+19.9+9.0+9.3: 37.0, 56.8, 76.7, 85.7, 95.0; 18.6+18.8+20+19.2+9.9+8.5:
#: 37.4, 57.4, 76.6, 86.5, 95.0) but whose left-to-right binary float sum is 94.99999999999999 (first two)
#: or 95.00000000000001 — the edge 95 is 优 whatever the order of the additions
FLOAT_SUMS = [[18.7, 19.8, 19.6, 19.0, 9.1, 8.8], [17.2, 19.8, 19.8, 19.9, 9.0, 9.3],
              [18.6, 18.8, 20.0, 19.2, 9.9, 8.5]]
SIX_ROWS = "\n".join(f"          - {{name: 指标{i}, target: 100%, weight: {w}, scoring: {{kind: judgement}}}}"
                     for i, w in enumerate((20, 20, 20, 20, 10, 10), start=1))

#: one judged row worth 100 points: its score is the total
SPEC = """
id: {id}
version: 1
title: 等级标准测试表
source: 测试
full: 100
grade_scheme: {scheme}
sections:
  - name: 综合评价
    weight: 100
    groups:
      - name: 综合
        indicators:
          - {{name: 综合评分, target: 100%, weight: 100, scoring: {{kind: judgement}}}}
"""


def _spec_text(scheme: str | None, sid: str = "p13-scheme-note") -> str:
    return SPEC.format(id=sid, scheme=f'"{scheme}"' if scheme else "null")


def _build(out: Path, scheme: str | None, score: float | list[float] | None, flavour: str = "portable") -> Path:
    """One judged row scored ``score``, or six (20, 20, 20, 20, 10, 10) scored by the list."""
    text = _spec_text(scheme)
    if isinstance(score, list):
        text = text.split("          - {name: 综合评分")[0] + SIX_ROWS + "\n"
    spec = parse_spec(text)
    scores = score if isinstance(score, list) else [] if score is None else [score]
    values = {ind.path: x for ind, x in zip(spec.indicators(), scores, strict=False)}
    return build_workbook(spec, flavour, out, Filled(values, "甲县财政局", "2025")).path


def _sheet(path: Path):
    wb = openpyxl.load_workbook(path)
    return wb, wb["评分表"]


def _grade_cell(wb) -> str:
    _name, ref = next(iter(wb.defined_names["等级"].destinations))
    return ref.replace("$", "")


def _errors(report) -> list[str]:
    return [f.check for f in report.findings if f.severity is Severity.ERROR]


@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize("scheme, words, prop", [(CUSTOM, CUSTOM_WORDS, CUSTOM),
                                                 (None, NATIONAL_WORDS, "90:优;80:良;60:中;0:差")],
                         ids=["custom", "national"])
def test_the_scheme_is_printed_under_the_grade_row_and_recorded(flavour, scheme, words, prop, tmp_path):
    path = _build(tmp_path / f"t.{'xlsm' if flavour == 'udf' else 'xlsx'}", scheme, None, flavour)
    wb, ws = _sheet(path)
    grade_row = openpyxl.utils.cell.coordinate_from_string(_grade_cell(wb))[1]
    assert ws.cell(grade_row + 1, 1).value == words
    # printed: the note row is inside the print area, its merge spans the printed columns
    area = ws.print_area[0] if isinstance(ws.print_area, list) else ws.print_area
    last_col, last_row = openpyxl.utils.cell.coordinate_from_string(area.split(":")[1].replace("$", ""))
    assert last_row == grade_row + 1
    merged = next(m for m in ws.merged_cells.ranges if m.min_row == grade_row + 1)
    assert merged.min_col == 1 and openpyxl.utils.get_column_letter(merged.max_col) == last_col
    assert wb.custom_doc_props["jixiao_grade_scheme"].value == prop


@pytest.mark.parametrize("flavour", FLAVOURS)
def test_validate_grades_an_unlisted_template_by_its_own_scheme(flavour, tmp_path):
    # 93: 优 nationally, 良 by 95/85/60 — the template's own 良 is right
    path = _build(tmp_path / f"t.{'xlsm' if flavour == 'udf' else 'xlsx'}", CUSTOM, 93, flavour)
    report = validate_workbook(path)
    assert _errors(report) == []
    assert report.tables[0].grade == "良" and report.tables[0].computed_grade == "良"


def test_the_printed_words_alone_carry_the_scheme(tmp_path):
    """Without the property (a copy pasted into a new workbook keeps the text only), the words
    under 等级 are read and graded by — the same path as a sheet that prints its own scheme."""
    path = _build(tmp_path / "t.xlsx", CUSTOM, 93)
    set_custom_property(path, "jixiao_grade_scheme", None)
    report = validate_workbook(path)
    assert _errors(report) == [] and report.tables[0].computed_grade == "良"


def _edit_words(path: Path, old: str, new: str) -> None:
    def edit(text: str) -> str:
        assert old in text
        return text.replace(old, new)
    edit_part(path, "xl/sharedStrings.xml", edit)


@pytest.mark.parametrize("edited", [
    "90分（含）以上为优，80（含）-90分为良，60（含）-80分为中",  # the national bands: 93 would be 优
    "90-100分为优，80-90分（含）为良，60（含）-85分为中",  # overlapping bands: not read at all
], ids=["national-words", "unreadable"])
def test_an_edited_scheme_is_said_and_never_graded_by(edited, tmp_path):
    path = _build(tmp_path / "t.xlsx", CUSTOM, 93)
    _edit_words(path, "95分（含）以上为优，85（含）-95分为良，60（含）-85分为中", edited)
    report = validate_workbook(path)
    [f] = [f for f in report.findings if f.check == "grade-scheme-edited"]
    wb, _ws = _sheet(path)
    assert f.cell == f"A{openpyxl.utils.cell.coordinate_from_string(_grade_cell(wb))[1] + 1}"
    assert "等级按模板的等级标准核对" in f.message and "95分（含）以上为优" in f.message
    assert [c for c in _errors(report) if c != "grade-scheme-edited"] == []  # 良 stands: 93 < 95
    assert report.tables[0].computed_grade == "良"


def test_an_unedited_note_and_an_old_template_without_one_say_nothing(tmp_path):
    path = _build(tmp_path / "t.xlsx", CUSTOM, 93)
    assert [f for f in validate_workbook(path).findings if f.check == "grade-scheme-edited"] == []
    _edit_words(path, CUSTOM_WORDS, "")  # a template built before the note: no scheme stated
    report = validate_workbook(path)
    assert [f.check for f in report.findings if f.check == "grade-scheme-edited"] == []
    assert report.tables[0].computed_grade == "良"  # the recorded scheme


# --------------------------------------------------------------------------- band edges


def _edges():
    return ([(CUSTOM, t, g) for t, g in CUSTOM_EDGES] + [(None, t, g) for t, g in NATIONAL_EDGES]
            + [(CUSTOM, xs, "优") for xs in FLOAT_SUMS])


def _id(scheme: str | None, total: float | list[float]) -> str:
    shown = "+".join(map(str, total)) if isinstance(total, list) else str(total)
    return f"{'custom' if scheme else 'national'}-{shown.replace('.', '_')}"


@pytest.mark.parametrize("scheme, total, hand", _edges(), ids=[_id(s, t) for s, t, _ in _edges()])
def test_core_validate_and_cached_grade_agree_with_the_hand_list_at_band_edges(scheme, total, hand, tmp_path):
    exact = sum(Decimal(str(x)) for x in total) if isinstance(total, list) else Decimal(str(total))
    assert grade(exact, scheme) == hand
    path = _build(tmp_path / "t.xlsx", scheme, total)
    wb = openpyxl.load_workbook(path, data_only=True)
    assert wb["评分表"][_grade_cell(wb)].value == hand
    report = validate_workbook(path)
    assert _errors(report) == [] and report.tables[0].computed_grade == hand


@pytest.mark.libreoffice
@pytest.mark.skipif(lo.SOFFICE is None, reason="LibreOffice not installed")
def test_libreoffice_grade_formula_agrees_at_band_edges(tmp_path):
    """The 等级 formula as LibreOffice recalculates it = the hand list = validate on the
    recalculated file, at every edge of both schemes (one LibreOffice run for all)."""
    built = {}
    for scheme, total, hand in _edges():
        built[_build(tmp_path / f"{_id(scheme, total)}.xlsx", scheme, total)] = hand
    done = lo.recalc_many(list(built), tmp_path / "lo")
    seen = {}
    for src, out in done.items():
        wb = openpyxl.load_workbook(out, data_only=True)
        report = validate_workbook(out)
        seen[src.stem] = (wb["评分表"][_grade_cell(wb)].value, report.tables[0].computed_grade,
                          [c for c in _errors(report) if c in ("grade-mismatch", "grade-scheme-edited")])
    assert seen == {src.stem: (hand, hand, []) for src, hand in built.items()}


# --------------------------------------------------------------------------- collect


@pytest.fixture
def issued_specs(tmp_path, monkeypatch):
    """A specs folder with the test spec (custom scheme), issued with `templates build`."""
    import jixiao.validation.template_checks as tc
    from jixiao.cli import cli

    d = tmp_path / "specs"
    d.mkdir()
    (d / "p13-scheme-note.yaml").write_text(_spec_text(CUSTOM), encoding="utf-8")
    monkeypatch.setenv("JIXIAO_SPECS_DIR", str(d))
    monkeypatch.setattr(tc, "_SPECS", {})
    res = CliRunner().invoke(cli, ["templates", "build", "--specs", str(d), "--out", str(tmp_path / "out")])
    assert res.exit_code == 0, res.output
    return d


def test_collect_grades_by_the_issued_scheme_at_edges_and_reports_an_edited_note(issued_specs, tmp_path):
    from jixiao.collect import collect

    inbox = tmp_path / "in"
    inbox.mkdir()
    for total, _ in CUSTOM_EDGES:
        _build(inbox / f"{_id(CUSTOM, total)}.xlsx", CUSTOM, total)
    edited = _build(inbox / "edited.xlsx", CUSTOM, 93)
    _edit_words(edited, "95分（含）以上为优，85（含）-95分为良，60（含）-85分为中",
                "90分（含）以上为优，80（含）-90分为良，60（含）-80分为中")
    result = collect(inbox)
    for total, hand in CUSTOM_EDGES:
        key = str(inbox / f"{_id(CUSTOM, total)}.xlsx")
        assert result.verified[key].grade == hand, key
        report = next(r for r in result.reports if r.path == key)
        assert _errors(report) == [] and report.tables[0].computed_grade == hand
    v = result.verified[str(edited)]
    assert v.grade == "良" and v.basis == "按下发的第1版规则"  # 93 by the issued 95/85/60, not the edit
    report = next(r for r in result.reports if r.path == str(edited))
    assert _errors(report) == ["grade-scheme-edited"]


@pytest.mark.parametrize("flavour", FLAVOURS)
def test_the_note_under_an_empty_grade_cell_is_not_read_as_the_grade(flavour, tmp_path):
    """A blank template's 等级 cell is empty; the reader, which takes a grade from below a 等级 label
    when nothing is to its right, must not take the scheme note for the grade."""
    path = _build(tmp_path / f"t.{'xlsm' if flavour == 'udf' else 'xlsx'}", CUSTOM, None, flavour)
    report = validate_workbook(path)
    assert report.tables[0].grade is None and _errors(report) == []
