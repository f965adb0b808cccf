"""Values from real clients: LibreOffice recalculation (portable) and `formulas` (UDF flavour).

Expected values come from the seeds' printed scores (transcribed into the specs'
``example.score``) and hand arithmetic, never from our engine.
"""

from decimal import Decimal

import openpyxl
import pytest

from jixiao import grade
from tests import lo
from tests.formulas_eval import evaluate

pytestmark = pytest.mark.libreoffice
needs_lo = pytest.mark.skipif(lo.SOFFICE is None, reason="LibreOffice not installed")


def _sheet_values(path):
    ws = openpyxl.load_workbook(path, data_only=True)["评分表"]
    return {c.coordinate: c.value for row in ws.iter_rows() for c in row}


@pytest.fixture(scope="module")
def recalculated(filled_builds, tmp_path_factory):
    out = tmp_path_factory.mktemp("lo")
    if lo.SOFFICE is None:
        pytest.skip("LibreOffice not installed")
    return {key: _sheet_values(lo.recalc(res.path, out / key[0]))
            for key, res in filled_builds.items() if key[1] == "portable"}


def _score_cells(spec, build):
    by_path = {p: cell for _, p, cell in build.rows}
    return [(ind, by_path[ind.path]) for ind in spec.indicators()]


@needs_lo
def test_seed000_libreoffice_scores_equal_published_except_c32(seed000, filled_builds,
                                                                recalculated):
    build = filled_builds[(seed000.id, "portable")]
    values = recalculated[(seed000.id, "portable")]
    checked = 0
    for ind, cell in _score_cells(seed000, build):
        got = values[cell]
        if ind.code == "C32":
            # 000 C32: 89.73% → 95 − 89.73 = 5.27 pp → ceil 6 → 4 − 0.4×6 = 1.60 (report: 1.92)
            assert got == pytest.approx(1.6, abs=1e-9)
            continue
        if ind.example is None or ind.example.score is None:
            continue
        assert got == pytest.approx(float(ind.example.score), abs=1e-9), (ind.code, cell)
        checked += 1
    assert checked == 16
    total = values[build.rows[-1][2].rstrip("0123456789") + str(_total_row(values))]
    # 93.99 printed − 1.92 + 1.60 = 93.67
    assert total == pytest.approx(93.67, abs=1e-9)
    assert total == pytest.approx(sum(values[c] for _, c in _score_cells(seed000, build)))
    assert _grade(values) == grade(Decimal("93.67")) == "优"


def _total_row(values):
    return next(int(k[1:]) for k, v in values.items() if k.startswith("A") and v == "合计")


def _grade(values):
    row = next(int(k[1:]) for k, v in values.items() if k.startswith("A") and v == "等级")
    return values[f"G{row}"]


@needs_lo
def test_seed004_fujian2_exec_rate_scores_zero(seed004_jiuzhu, filled_builds, recalculated):
    build = filled_builds[(seed004_jiuzhu.id, "portable")]
    values = recalculated[(seed004_jiuzhu.id, "portable")]
    ratio = next(i for i in seed004_jiuzhu.indicators() if i.scoring.kind == "ratio")
    cell = dict((p, c) for _, p, c in build.rows)[ratio.path]
    rate_cell = "H" + cell[1:]
    # 004 附件2: 2949.56 / (2401 + 4380.91) = 43.49% < 90% → 0 of 4
    assert values[rate_cell] == pytest.approx(2949.56 / 6781.91, abs=1e-9)
    assert values[cell] == 0
    total = values[f"I{_total_row(values)}"]
    assert total == pytest.approx(96, abs=1e-9)  # 附件2 总分 96
    assert _grade(values) == "好"


@needs_lo
@pytest.mark.parametrize("sid", ["seed000-huaning-zhigong", "seed004-hongsibao-jiuzhu"])
def test_libreoffice_agrees_with_our_cached_values(sid, filled_builds, recalculated):
    """Zero mismatches between the cached values we wrote and LibreOffice's recalculation."""
    ours = _sheet_values(filled_builds[(sid, "portable")].path)
    theirs = recalculated[(sid, "portable")]
    mismatches = {}
    for ref, v in ours.items():
        w = theirs.get(ref)
        if isinstance(v, int | float) and isinstance(w, int | float):
            if abs(v - w) > 1e-9:
                mismatches[ref] = (v, w)
        elif (v or None) != (w or None):
            mismatches[ref] = (v, w)
    assert mismatches == {}


@needs_lo
@pytest.mark.parametrize("sid", ["seed000-huaning-zhigong", "seed004-hongsibao-jiuzhu"])
def test_formulas_engine_on_udf_flavour_matches_libreoffice_on_portable(sid, filled_builds,
                                                                        recalculated):
    udf = evaluate(filled_builds[(sid, "udf")].path)
    portable = recalculated[(sid, "portable")]
    for _, _, cell in filled_builds[(sid, "udf")].rows:
        assert udf[f"评分表!{cell}"] == pytest.approx(portable[cell], abs=1e-9), cell
    row = _total_row(portable)
    assert udf[f"评分表!I{row}"] == pytest.approx(portable[f"I{row}"], abs=1e-9)
    assert udf[f"评分表!G{row + 1}"] == portable[f"G{row + 1}"]


@needs_lo
@pytest.mark.parametrize("flavour", ["portable", "udf"])
def test_both_flavours_open_in_libreoffice(flavour, tmp_path, specs):
    from jixiao.templates.build import file_name
    from tests.templates.conftest import COMMITTED

    for spec in specs.values():
        out = lo.recalc(COMMITTED / file_name(spec, flavour), tmp_path / spec.id)
        wb = openpyxl.load_workbook(out, data_only=True)
        assert "评分表" in wb.sheetnames and "填表说明" in wb.sheetnames


@needs_lo
@pytest.mark.parametrize("name", ["seed000-huaning-zhigong.xlsx", "seed002-qingyunpu-bumen.xlsx"])
def test_blank_template_cached_values_match_libreoffice(name, tmp_path):
    """A blank template's previews (cached values) equal LibreOffice's recalculation."""
    from tests.templates.conftest import COMMITTED

    ours = _sheet_values(COMMITTED / name)
    theirs = _sheet_values(lo.recalc(COMMITTED / name, tmp_path))
    diff = {k: (v, theirs.get(k)) for k, v in ours.items()
            if (v if v != "" else None) != (theirs.get(k) if theirs.get(k) != "" else None)
            and not (isinstance(v, int | float) and isinstance(theirs.get(k), int | float)
                     and abs(v - theirs[k]) < 1e-9)}
    assert diff == {}
