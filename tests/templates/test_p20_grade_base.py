"""A template from a table whose 分值 do not make 100 is never graded on the 100-point bands (p20, case 1).

莆田市市场监督管理局 2024 标准化工作专项补助经费 (https://scjgj.putian.gov.cn/xxgk/czzj/zxzj/202505/t20250512_1994584.htm,
``tests/collect/p18_tables.PUTIAN``): a generic table, no 合计/总分 row, 分值 10 + 6 + 6 + 6 + 6 + 8 + 8 + 10 + 10 + 10 = 80.

Before: ``templates new`` wrote an 80-point spec without a word, the template graded its total on 财预〔2020〕10号's
90/80/60 and a unit meeting every target (80 of 80) was 中 — in the sheet and in collect's 核定.
After: the draft says "分值合计 80 分，表中未写总分" (grade-withheld); the grade cell shows "未评级：满分80分，不是100分"
(as built, LibreOffice, `formulas`), collect gives the 核定 total 80 and no grade, naming why. A spec that states its
own grade scheme on its 80 points is graded by it (the author's bands: 72/64/48 = 90/80/60 % of 80 → 80 is 优).

Expected values by hand: every row at its 分值 → 80; 72 ≤ 80 → 优 on the author's bands; 70 (one 10-point row at 0)
→ 70 < 72, ≥ 64 → 良.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import openpyxl
import pytest
import yaml
from click.testing import CliRunner

from jixiao.cli import cli
from jixiao.templates.build import Filled, build_workbook
from jixiao.templates.spec import load_spec
from tests import lo
from tests.collect.p18_tables import PUTIAN
from tests.formulas_eval import evaluate

NOT_GRADED = "未评级：满分80分，不是100分"
#: the author's bands on 80 points (90 %, 80 %, 60 % of 80)
OWN_SCHEME = "72:优;64:良;48:中;0:差"


def _run(args: list[str]) -> Any:
    res = CliRunner().invoke(cli, args)
    assert res.exception is None or isinstance(res.exception, SystemExit), res.exception
    return res


@pytest.fixture(scope="module")
def drafted(tmp_path_factory: pytest.TempPathFactory) -> tuple[Any, Path]:
    """``templates new`` on the 莆田 table: (the CLI result, the spec folder)."""
    tmp = tmp_path_factory.mktemp("putian")
    src = PUTIAN.save(tmp / "莆田2024.xlsx")
    return _run(["templates", "new", str(src), "--id", "putian", "--out", str(tmp / "spec")]), tmp / "spec"


def _spec_with(folder: Path, spec_dir: Path, scheme: str | None) -> Any:
    """The drafted spec, with ``grade_scheme`` set as an author would in the review's 规格 sheet."""
    doc = yaml.safe_load((spec_dir / "putian.yaml").read_text(encoding="utf-8"))
    doc["grade_scheme"] = scheme
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "putian.yaml"
    path.write_text(yaml.safe_dump(doc, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return load_spec(path)


def _full_marks(spec: Any, short: int = 0) -> Filled:
    """Every 酌情 row at its 分值; the last ``short`` rows at 0."""
    inds = list(spec.indicators())
    values = {ind.path: (0 if i >= len(inds) - short else float(ind.weight)) for i, ind in enumerate(inds)}
    return Filled(values, "莆田市市场监督管理局", "2024")


def _cells(book: Path) -> tuple[str, str]:
    """(the 合计 得分 cell, the 等级 cell) of a built 评分表."""
    ws = openpyxl.load_workbook(book)["评分表"]
    head = next(r for r in range(1, 8) if any(c.value == "得分" for c in ws[r]))
    score_col = next(c.column_letter for c in ws[head] if c.value == "得分")
    total = next(r for r in range(head, ws.max_row + 1) if ws.cell(r, 1).value == "合计")
    grade = next(r for r in range(head, ws.max_row + 1) if ws.cell(r, 1).value == "等级")
    grade_col = next(c.column_letter for c in ws[grade] if c.column > 1 and c.value is not None)
    return f"{score_col}{total}", f"{grade_col}{grade}"


def _cached(book: Path, cell: str) -> Any:
    return openpyxl.load_workbook(book, data_only=True)["评分表"][cell].value


@pytest.fixture(scope="module")
def books(drafted: tuple[Any, Path], tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Built and filled: the drafted spec (portable, 宏版) and the author's own scheme (portable, 80 and 70)."""
    tmp = tmp_path_factory.mktemp("putian-books")
    plain = _spec_with(tmp / "plain", drafted[1], None)
    own = _spec_with(tmp / "own", drafted[1], OWN_SCHEME)
    out = {}
    for key, spec, flavour, short in (("portable", plain, "portable", 0), ("udf", plain, "udf", 0),
                                      ("own80", own, "portable", 0), ("own70", own, "portable", 1)):
        path = tmp / f"{key}.{'xlsm' if flavour == 'udf' else 'xlsx'}"
        build_workbook(spec, flavour, path, _full_marks(spec, short))
        out[key] = path
    return out


def test_the_draft_says_the_points_add_up_to_80_and_no_total_is_printed(drafted: tuple[Any, Path]) -> None:
    res, spec_dir = drafted
    assert res.exit_code == 1  # a problem for the author
    assert "[grade-withheld]" in res.output and "分值合计 80 分，表中未写总分" in res.output, res.output
    assert NOT_GRADED in res.output
    doc = yaml.safe_load((spec_dir / "putian.yaml").read_text(encoding="utf-8"))
    assert doc["full"] == 80 and doc["grade_scheme"] is None
    problems = openpyxl.load_workbook(spec_dir / "putian.审核表.xlsx")["检查结果"]
    assert any(c.value == "grade-withheld" for row in problems.iter_rows() for c in row)


def test_a_spec_of_100_points_or_with_its_own_scheme_is_no_problem(tmp_path: Path) -> None:
    from jixiao.grading import grade_withheld

    assert grade_withheld(100, None) is None
    assert grade_withheld(80, OWN_SCHEME) is None
    assert grade_withheld(80, None) == "满分80分，不是100分"
    assert grade_withheld(110, None) == "满分110分，不是100分"


@pytest.mark.parametrize("key", ["portable", "udf"])
def test_the_grade_cell_as_built_shows_no_grade(books: dict[str, Path], key: str) -> None:
    total, grade = _cells(books[key])
    assert _cached(books[key], total) == 80
    assert _cached(books[key], grade) == NOT_GRADED
    note = openpyxl.load_workbook(books[key])["评分表"]
    assert any("不评等级" in str(c.value) for row in note.iter_rows() for c in row if c.value)
    assert not any("90分（含）以上为优" in str(c.value) for row in note.iter_rows() for c in row if c.value)


def test_a_scheme_on_the_tables_own_points_grades_as_built(books: dict[str, Path]) -> None:
    assert [_cached(books[k], _cells(books[k])[1]) for k in ("own80", "own70")] == ["优", "良"]


@pytest.mark.libreoffice
@pytest.mark.skipif(lo.SOFFICE is None, reason="LibreOffice not installed")
def test_libreoffice_shows_no_grade(books: dict[str, Path], tmp_path: Path) -> None:
    keys = ("portable", "own80", "own70")
    done = lo.recalc_many([books[k] for k in keys], tmp_path / "lo")
    got = {k: (_cached(done[books[k]], _cells(books[k])[0]), _cached(done[books[k]], _cells(books[k])[1]))
           for k in keys}
    assert got == {"portable": (80, NOT_GRADED), "own80": (80, "优"), "own70": (70, "良")}


@pytest.mark.parametrize("key", ["portable", "udf", "own80", "own70"])
def test_formulas_engine_shows_no_grade(books: dict[str, Path], key: str) -> None:
    values = evaluate(books[key])
    total, grade = _cells(books[key])
    want = {"portable": (80, NOT_GRADED), "udf": (80, NOT_GRADED), "own80": (80, "优"), "own70": (70, "良")}[key]
    assert (values[f"评分表!{total}"], values[f"评分表!{grade}"]) == want


def _collect(spec_dir: Path, books: list[Path], tmp: Path) -> dict[str, dict[str, Any]]:
    back = tmp / "back"
    back.mkdir(parents=True)
    for b in books:
        shutil.copy(b, back / b.name)
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("JIXIAO_SPECS_DIR", str(spec_dir))
        _run(["collect", str(back), "--specs", str(spec_dir), "--out", str(tmp / "汇总.xlsx"),
              "--json", str(tmp / "汇总.json"), "-j", "1"])
    files = json.loads((tmp / "汇总.json").read_text(encoding="utf-8"))["files"]
    return {Path(f["path"]).name: f for f in files}


def test_collect_gives_the_total_and_no_grade_naming_why(books: dict[str, Path], tmp_path: Path) -> None:
    spec_dir = books["portable"].parent / "plain"
    files = _collect(spec_dir, [books["portable"]], tmp_path)
    v = files["portable.xlsx"]["verified"]
    assert (v["total"], v["grade"]) == (80, None)
    assert v["why"] == NOT_GRADED
    assert not any(x["check"] == "grade-mismatch" for x in files["portable.xlsx"]["findings"])
    rows = list(openpyxl.load_workbook(tmp_path / "汇总.xlsx")["汇总"].iter_rows(min_row=3, values_only=True))
    (row,) = [dict(zip(rows[0], r, strict=False)) for r in rows[1:] if r[1]]
    assert (row["核定总分"], row["核定等级"], row["未核定原因"]) == (80, None, NOT_GRADED)


def test_collect_grades_by_the_authors_own_scheme(books: dict[str, Path], tmp_path: Path) -> None:
    spec_dir = books["own80"].parent / "own"
    files = _collect(spec_dir, [books["own80"], books["own70"]], tmp_path)
    got = {k: (f["verified"]["total"], f["verified"]["grade"], f["verified"]["why"]) for k, f in files.items()}
    assert got == {"own80.xlsx": (80, "优", None), "own70.xlsx": (70, "良", None)}


def test_validate_reads_the_return_without_a_grade_finding(books: dict[str, Path]) -> None:
    spec_dir = books["portable"].parent / "plain"
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("JIXIAO_SPECS_DIR", str(spec_dir))
        res = _run(["validate", str(books["portable"]), "--specs", str(spec_dir), "--json"])
    (f,) = json.loads(res.stdout)["files"]
    assert f["summary"]["computed_grade"] is None
    assert not {x["check"] for x in f["findings"]} & {"grade-mismatch", "grade-scheme-edited", "grade-withheld"}


def test_validate_without_the_spec_reads_the_full_marks_from_the_total_row(books: dict[str, Path]) -> None:
    """The spec not at hand (a file passed on to another office): the template's 合计 分值 80 is its full marks, so
    no grade on 90/80/60 either (before: computed grade 良)."""
    res = _run(["validate", str(books["portable"]), "--json"])
    (f,) = json.loads(res.stdout)["files"]
    assert f["summary"]["computed_grade"] is None and f["summary"]["grade"] == NOT_GRADED
    assert not {x["check"] for x in f["findings"]} & {"grade-mismatch", "grade-withheld", "total-weight"}
