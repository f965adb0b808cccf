"""A return is compared with the formulas it was ISSUED with, whichever jixiao wrote them.

Session 28 changed generated formulas without a spec version change (the 执行率 formula now rounds
to 15 significant digits). "jixiao A" below is that older build: ``cell_text.significant_15``
patched to the bare quotient, as it was before; "jixiao B" is this build. Every workbook records
the digest of its 评分表 formulas (``jixiao_formulas_hash``); ``distribute`` and
``templates build`` archive the formulas under it (``issued/<id>/formulas/<digest>.json``), and
collect compares a return with that archive. Returns without a digest (built before it was
recorded) keep the per-version archive (``v<n>.formulas.json``, formats 1 and 2) as fallback.

Expected cells come from the construction: the cells whose formula A and B write differently
(the ratio rows' 业绩值, one per ``kind: ratio`` row of the spec), or the cell a test edits.
"""

from __future__ import annotations

import contextlib
import json
import random
import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from jixiao.cli import cli
from jixiao.formula_key import formulas_digest
from jixiao.io import load_workbook
from jixiao.templates import cell_text
from jixiao.templates.build import PROP_FORMULAS, SHEET, BuildResult, Filled, build_workbook
from jixiao.templates.spec import default_specs_dir, load_all_specs, load_spec
from tests.collect.helpers import draw_filled, specs_copy
from tests.collect.test_issued import NEW_RULE, OLD_RULE, SPEC  # SPEC: two ratio rows (预算执行率)
from tests.xlsx_edit import set_custom_property, set_formula

FORMULA_CHECKS = {"issued-changed", "issued-formulas-unarchived", "issued-formulas-unknown"}


@pytest.fixture
def specs_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    import jixiao.verify as verify

    d = specs_copy(tmp_path, monkeypatch, SPEC)
    # one jixiao per process in real use; here two builds take turns
    monkeypatch.setattr(verify, "_ISSUED", {})
    monkeypatch.setattr(verify, "_ARCHIVED", {})
    monkeypatch.setattr(verify, "_RECORDED", {})
    return d


@contextlib.contextmanager
def jixiao_a() -> Iterator[None]:
    """The build before session 28: the 执行率 is the bare quotient (no 15-digit rounding)."""
    import jixiao.verify as verify

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(cell_text, "significant_15", lambda quotient: quotient)
        verify._ISSUED.clear()
        yield
    verify._ISSUED.clear()


def _distribute(spec_file: Path, out: Path, *bureaus: str) -> list[Path]:
    roster = out.parent / f"{out.name}-名单.csv"
    roster.write_text("单位名称,年度\n" + "".join(f"{b},2024\n" for b in bureaus), encoding="utf-8")
    res = CliRunner().invoke(cli, ["distribute", "--template", str(spec_file), "--roster", str(roster),
                                   "--out", str(out)])
    assert res.exit_code == 0, res.output
    return sorted(out.glob("*.xlsx"))


def _filled(spec_file: Path, path: Path, seed: int) -> BuildResult:
    """A return as the bureau sends it back: inputs typed, formulas as issued."""
    spec = load_spec(spec_file)
    values, _total = draw_filled(spec, random.Random(seed))
    return build_workbook(spec, "portable", path, Filled(values, f"单位{seed}", "2024"))


def _digest_of(path: Path) -> str:
    return str(load_workbook(path).properties[PROP_FORMULAS])


def _formula_findings(path: Path) -> list[tuple[str, str]]:
    from jixiao.collect import check_one

    return sorted((f.check, f.cell) for f in check_one(path).report.findings
                  if f.check in FORMULA_CHECKS)


def _archive(specs: Path, digest: str) -> Path:
    return specs / "issued" / SPEC / "formulas" / f"{digest}.json"


def _rate_cells(a: BuildResult, b: BuildResult) -> list[str]:
    """The cells A and B write differently: one 执行率 per ratio row of the spec."""
    cells = sorted(ref for ref in a.formulas if a.formulas[ref] != b.formulas.get(ref))
    n_ratio = len(re.findall(r"kind: ratio\b", (default_specs_dir() / f"{SPEC}.yaml").read_text("utf-8")))
    assert len(cells) == n_ratio == 2
    assert all("ROUND(" in b.formulas[c] and "ROUND(" not in a.formulas[c] for c in cells)
    return cells


@pytest.fixture
def two_builds(specs_dir: Path, tmp_path: Path) -> dict[str, object]:
    """Distributed with jixiao A, then again after the upgrade to B (same spec version)."""
    spec_file = specs_dir / f"{SPEC}.yaml"
    with jixiao_a():
        issued_a = _distribute(spec_file, tmp_path / "下发A", "甲区医疗保障局")
        ret_a = _filled(spec_file, tmp_path / "a.xlsx", 1)
    issued_b = _distribute(spec_file, tmp_path / "下发B", "乙区医疗保障局")
    ret_b = _filled(spec_file, tmp_path / "b.xlsx", 2)
    # the return carries what distribute issued: same formulas, same digest
    assert _digest_of(issued_a[0]) == _digest_of(ret_a.path) == ret_a.formulas_digest
    assert _digest_of(issued_b[0]) == _digest_of(ret_b.path) == ret_b.formulas_digest
    assert ret_a.formulas_digest != ret_b.formulas_digest
    return {"specs": specs_dir, "a": ret_a, "b": ret_b, "cells": _rate_cells(ret_a, ret_b)}


def test_untouched_returns_of_either_build_give_no_formula_finding(two_builds: dict) -> None:
    from jixiao.collect import check_one

    specs = two_builds["specs"]
    for ret in (two_builds["a"], two_builds["b"]):
        assert _archive(specs, ret.formulas_digest).is_file()  # written by distribute
        assert _formula_findings(ret.path) == []
        assert not check_one(ret.path).report.errors


def test_a_formula_edited_to_the_other_builds_is_reported(two_builds: dict) -> None:
    a, b = two_builds["a"], two_builds["b"]
    cell = two_builds["cells"][0]
    set_formula(a.path, cell, b.formulas[cell])  # A's return given B's 执行率 formula
    set_formula(b.path, cell, a.formulas[cell])  # and the other way
    assert _formula_findings(a.path) == [("issued-changed", cell)]
    assert _formula_findings(b.path) == [("issued-changed", cell)]


def test_a_bureau_edit_is_reported_with_the_cell_in_chinese(two_builds: dict) -> None:
    from jixiao.collect import check_one

    a = two_builds["a"]
    score = a.rows[0][2]  # the first indicator's 得分
    set_formula(a.path, score, f"({a.formulas[score]})+1")
    found = [f for f in check_one(a.path).report.findings if f.check in FORMULA_CHECKS]
    assert [(f.check, f.cell) for f in found] == [("issued-changed", score)]
    assert found[0].message.startswith(f"{score}：公式与下发的模板不同")
    assert found[0].expected == "=" + a.formulas[score]


def test_a_digest_without_archive_is_a_warning_and_the_old_comparison(two_builds: dict) -> None:
    """No archive for the recorded digest (distributed from another folder, or not archived):
    said once in Chinese, and the formulas compared as before the digest — with this build (B)
    and the version's archive (none here), so A's 执行率 cells are listed for a look."""
    from jixiao.collect import check_one
    from jixiao.validation.findings import Severity

    specs, a, b = two_builds["specs"], two_builds["a"], two_builds["b"]
    _archive(specs, a.formulas_digest).unlink()
    report = check_one(a.path).report
    warn = [f for f in report.findings if f.check == "issued-formulas-unarchived"]
    assert len(warn) == 1 and warn[0].severity is Severity.WARNING
    assert a.formulas_digest in warn[0].message and "没有存档" in warn[0].message
    assert _formula_findings(a.path) == sorted(
        [("issued-changed", c) for c in two_builds["cells"]] + [("issued-formulas-unarchived", "")])
    # B's digest is what this jixiao builds: no archive needed, nothing said
    _archive(specs, b.formulas_digest).unlink()
    assert _formula_findings(b.path) == []


def test_an_edited_archive_is_not_trusted(two_builds: dict) -> None:
    specs, a = two_builds["specs"], two_builds["a"]
    cell = two_builds["cells"][0]
    path = _archive(specs, a.formulas_digest)
    doc = json.loads(path.read_text(encoding="utf-8"))
    doc["formulas"][cell] = "1"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    checks = [c for c, _ in _formula_findings(a.path)]
    assert "issued-formulas-unarchived" in checks  # its formulas no longer give its digest


def test_a_digest_that_is_no_digest_is_a_warning_not_a_path(two_builds: dict, tmp_path: Path) -> None:
    """The property comes from the return: never used as a path."""
    a = two_builds["a"]
    set_custom_property(a.path, PROP_FORMULAS, "../../../x")
    assert ("issued-formulas-unarchived", "") in _formula_findings(a.path)


def test_two_spec_versions_side_by_side(specs_dir: Path, tmp_path: Path) -> None:
    """v1 issued with A, v2 (a rule changed) with B: each return is compared with its own."""
    from jixiao.collect import collect

    spec_file = specs_dir / f"{SPEC}.yaml"
    inbox = tmp_path / "收回"
    inbox.mkdir()
    with jixiao_a():
        _build(specs_dir, tmp_path / "out1")
        _distribute(spec_file, tmp_path / "下发1", "甲区医疗保障局")
        v1 = _filled(spec_file, inbox / "v1.xlsx", 3)
    text = spec_file.read_text(encoding="utf-8")
    spec_file.write_text(text.replace(f'rule: "{OLD_RULE}"', f'rule: "{NEW_RULE}"'), encoding="utf-8")
    _build(specs_dir, tmp_path / "out2")
    assert load_spec(spec_file).version == 2
    _distribute(spec_file, tmp_path / "下发2", "乙区医疗保障局")
    v2 = _filled(spec_file, inbox / "v2.xlsx", 4)
    assert v1.formulas_digest != v2.formulas_digest
    result = collect(inbox)
    for r in result.reports:
        assert not [f for f in r.findings if f.check in FORMULA_CHECKS], r.path
    bases = sorted(result.verified[str(p)].basis for p in (v1.path, v2.path))
    assert bases == ["按下发的第1版规则", "按下发的第2版规则"]


# --------------------------------------------------------------------------- returns without a digest


def _unknown_cells(path: Path) -> list[str]:
    """The cells named by the one `issued-formulas-unknown` warning of ``path``."""
    from jixiao.collect import check_one
    from jixiao.validation.findings import Severity

    warn = [f for f in check_one(path).report.findings if f.check == "issued-formulas-unknown"]
    assert len(warn) == 1 and warn[0].severity is Severity.WARNING
    assert "templates archive" in warn[0].message
    return list(warn[0].cells)


def _archive_copies(specs: Path, *paths: Path) -> str:
    import jixiao.verify as verify

    res = CliRunner().invoke(cli, ["templates", "archive", "--specs", str(specs), *map(str, paths)])
    assert res.exit_code == 0, res.output
    verify._RECORDED.clear()
    return res.output


def _build(specs: Path, out: Path) -> None:
    res = CliRunner().invoke(cli, ["templates", "build", "--specs", str(specs), "--out", str(out)])
    assert res.exit_code == 0, res.output


@pytest.mark.parametrize("archive_format", [1, 2])
def test_a_return_without_digest_uses_the_version_archive(specs_dir: Path, tmp_path: Path,
                                                          archive_format: int) -> None:
    """Built by a jixiao before the digest (A): the per-version archive of A's formulas, in either
    format, still accepts it after the upgrade to B. An edit is named in one warning (which build
    issued a return without digest is not known); once the city archives the untouched copy it
    kept from that distribution (`templates archive`), the edit is an error at its cell."""
    spec_file = specs_dir / f"{SPEC}.yaml"
    with jixiao_a():
        _build(specs_dir, tmp_path / "out")
        kept = _distribute(spec_file, tmp_path / "下发", "甲区医疗保障局")[0]
        a = _filled(spec_file, tmp_path / "a.xlsx", 5)
    shutil.rmtree(specs_dir / "issued" / SPEC / "formulas")  # what a jixiao before the digest left
    for p in (a.path, kept):
        set_custom_property(p, PROP_FORMULAS, None)
    assert PROP_FORMULAS not in load_workbook(a.path).properties
    version_archive = specs_dir / "issued" / SPEC / "v1.formulas.json"
    if archive_format == 1:  # upper-cased, without spaces, no "format"
        doc = json.loads(version_archive.read_text(encoding="utf-8"))
        old = {fl: {ref: "".join(t.split()).upper() for ref, t in cells.items()}
               for fl, cells in doc.items() if fl != "format"}
        version_archive.write_text(json.dumps(old, ensure_ascii=False), encoding="utf-8")
    assert _formula_findings(a.path) == []
    score = a.rows[0][2]
    set_formula(a.path, score, f"({a.formulas[score]})+1")
    assert _formula_findings(a.path) == [("issued-formulas-unknown", "")]
    assert _unknown_cells(a.path) == [score]
    _archive_copies(specs_dir, kept)
    assert _formula_findings(a.path) == [("issued-changed", score)]


@pytest.fixture
def pre_digest(specs_dir: Path, tmp_path: Path) -> dict[str, object]:
    """Distributed by A when returns recorded no digest and nobody archived A's formulas (the
    version archive was written by a build before A — here: by B); collected after the upgrade."""
    spec_file = specs_dir / f"{SPEC}.yaml"
    _build(specs_dir, tmp_path / "out")  # the v1 archive holds B's formulas
    with jixiao_a():
        kept = _distribute(spec_file, tmp_path / "下发", "甲区医疗保障局", "乙区医疗保障局")
        a = _filled(spec_file, tmp_path / "a.xlsx", 6)
    b = _filled(spec_file, tmp_path / "b.xlsx", 7)
    for d in (a.formulas_digest, b.formulas_digest):
        _archive(specs_dir, d).unlink(missing_ok=True)  # that jixiao wrote no digest archive
    for p in (a.path, *kept):
        set_custom_property(p, PROP_FORMULAS, None)
    return {"specs": specs_dir, "a": a, "kept": kept, "cells": _rate_cells(a, b)}


def test_an_untouched_return_of_an_unarchived_build_gets_one_warning_not_errors(
        pre_digest: dict) -> None:
    """The case measured with the real jixiao before b8faea2 (docs/notes/p12.md): its 执行率 cells
    differ from every formula set known for the version. Not known to be edited: one warning that
    names them, no `issued-changed`, no error."""
    from jixiao.collect import check_one

    a = pre_digest["a"]
    assert _formula_findings(a.path) == [("issued-formulas-unknown", "")]
    assert _unknown_cells(a.path) == pre_digest["cells"]
    assert not check_one(a.path).report.errors


def test_after_archiving_the_kept_copies_untouched_is_clean_and_an_edit_is_an_error(
        pre_digest: dict) -> None:
    a, kept, specs = pre_digest["a"], pre_digest["kept"], pre_digest["specs"]
    out = _archive_copies(specs, *kept)
    assert out.count("新存档") == 1 and out.count("已有") == 1  # both copies: one formula set
    assert _formula_findings(a.path) == []
    score = a.rows[1][2]
    set_formula(a.path, score, f"({a.formulas[score]})+1")
    assert _formula_findings(a.path) == [("issued-changed", score)]
    # an edit to the formula another build writes there is still an edit of what was issued
    cell = pre_digest["cells"][0]
    set_formula(a.path, score, a.formulas[score])
    set_formula(a.path, cell, f"{a.formulas[cell]}*1")
    assert _formula_findings(a.path) == [("issued-changed", cell)]


def test_archive_refuses_what_is_no_untouched_issued_copy(two_builds: dict, tmp_path: Path) -> None:
    """A copy whose formulas no longer give its recorded digest, and a workbook not made by jixiao:
    refused in Chinese, naming the file, exit code 1, nothing archived."""
    import openpyxl

    specs, b = two_builds["specs"], two_builds["b"]
    score = b.rows[0][2]
    set_formula(b.path, score, f"({b.formulas[score]})+1")
    plain = tmp_path / "手工表.xlsx"
    openpyxl.Workbook().save(plain)
    before = sorted((specs / "issued").rglob("*.json"))
    res = CliRunner().invoke(cli, ["templates", "archive", "--specs", str(specs),
                                   str(b.path), str(plain)])
    assert res.exit_code == 1
    assert f"{b.path}：文件记录的公式编号" in res.output and "不是下发原件，未存档" in res.output
    assert f"{plain}：不是 jixiao 下发的评分表" in res.output
    assert sorted((specs / "issued").rglob("*.json")) == before


# --------------------------------------------------------------------------- the digest itself


@pytest.mark.parametrize("spec", load_all_specs(), ids=lambda s: s.id)
def test_recorded_digest_is_the_digest_of_the_formulas_in_the_file(spec, tmp_path: Path) -> None:
    from jixiao.grid import a1

    for flavour, ext in (("portable", "xlsx"), ("udf", "xlsm")):
        res = build_workbook(spec, flavour, tmp_path / f"t.{ext}")
        lw = load_workbook(res.path, need_formulas=True)
        grid = next(g for g in lw.sheets if g.name == SHEET)
        in_file = {a1(r, c): str(f) for (r, c), f in grid.formulas.items()}
        assert sorted(in_file) == sorted(res.formulas)
        assert lw.properties[PROP_FORMULAS] == res.formulas_digest == formulas_digest(in_file)


def test_digest_changes_with_one_formula_and_not_with_its_spelling() -> None:
    base = {"A1": "=SUM(B1:B3)", "C4": "=IF('计算辅助'!$J$4=\"\",\"\",1)"}
    same = {"A1": "sum(b1:b3)", "C4": "IF(计算辅助!$J$4=\"\",\"\",1)"}  # as LibreOffice re-saves
    assert formulas_digest(base) == formulas_digest(same)
    assert formulas_digest(base) != formulas_digest({**base, "A1": "=SUM(B1:B4)"})
    assert formulas_digest(base) != formulas_digest({**base, "D5": "=A1"})
    assert formulas_digest(base) != formulas_digest({"A1": base["A1"]})


def test_distribute_says_so_when_the_formulas_cannot_be_archived(
        specs_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import errno

    import jixiao.verify as verify

    def refuse(*_a: object, **_k: object) -> None:
        raise PermissionError(errno.EACCES, "Permission denied", str(specs_dir / "issued"))

    monkeypatch.setattr(verify, "archive_issued_formulas", refuse)
    roster = tmp_path / "名单.csv"
    roster.write_text("单位名称,年度\n甲区,2024\n乙区,2024\n", encoding="utf-8")
    res = CliRunner().invoke(cli, ["distribute", "--template", str(specs_dir / f"{SPEC}.yaml"),
                                   "--roster", str(roster), "--out", str(tmp_path / "out")])
    assert res.exit_code == 0, res.output
    assert len(list((tmp_path / "out").glob("*.xlsx"))) == 2  # the workbooks are still written
    warnings = [line for line in res.output.splitlines() if "下发的公式未能存档" in line]
    assert len(warnings) == 1  # once: both workbooks have the same formulas
