"""p43: product leftovers of session 43 (docs/notes/p43.md).

1. CP1-5: ``>=1: 0; *: W`` ("有一条不满足得0分", a count of failings with no steps) scored a typed "50%" as the
   fraction 0.5 (0.5 < 1 failing → W). A rule whose bounds are all whole numbers, with no step, proportion or % — the
   bound 1 may be 1 failing or 100 % — now refuses a value typed with "%" or "‰" in every client: the core
   (``Rule.score``), SCORE_RANGE and collect/validate (``target.typed_input_reason``: the row without a unit no longer
   takes "%" — ``target.fraction_scale`` is false), and so the sheet's helper (``unitless_suffixes``). The same held
   for banded count steps with a bound of 1 (``>=1: 0; *: W - 2 per 1``): the core refused, collect scored "50%" as
   10 − 2 × 0.5 = 9.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

import jixiao_udfs as udfs
import pytest

from jixiao.errors import ScoringError
from jixiao.rules.grammar import parse_rule
from jixiao.rules.target import fraction_scale, typed_input_reason
from jixiao.templates.cell_text import row_unit_formulas
from tests.hostile.test_p42 import collect_and_validate

WHOLE_BOUND_RULES = [">=1: 0; *: W", "[0,1]: W; *: 0", "<1: W; *: 0"]
# bounds all 0 are no such rule (session 44): a percentage and its number lie on the same side of 0 — "=0: W; *: 0"
# and ">0: 0; *: W" score "50%" 0 and "0%" W read either way, as test_zero_bounds_keep_percentages says


@pytest.mark.parametrize("rule", WHOLE_BOUND_RULES)
@pytest.mark.parametrize("typed", ["50%", "５０％", "0%", "5‰"])
def test_percent_on_whole_bounds_refused_everywhere(rule: str, typed: str) -> None:
    with pytest.raises(ScoringError) as err:
        parse_rule(rule).score(typed, 10)
    assert "界限都是整数" in err.value.message_zh
    assert str(udfs.SCORE_RANGE(typed, rule, 10)).startswith("#JIXIAO! 单位不符")
    assert typed_input_reason(typed, parse_rule(rule)) is not None  # collect and validate: refused at the cell
    assert not fraction_scale(parse_rule(rule))  # the sheet's helper takes no "%" in such a row:
    _k, l_col = row_unit_formulas(5, "", parse_rule(rule))  # its L column matches the typed suffix against this list
    assert '"%"' not in l_col and '"‰"' not in l_col and '"次"' in l_col, l_col


@pytest.mark.parametrize(("rule", "typed", "expected"), [
    ("=0: W; *: 0", "50%", Decimal(0)),  # not 0 read either way (0.5 or 50): 0
    ("=0: W; *: 0", "0%", Decimal(10)),  # 0 either way: full marks
    ("=0: W; >0: 0", "1%", Decimal(0)),  # test_i11d's 变动率: 1 % > 0
    (">0: 0; *: W", "5‰", Decimal(0)),  # 0.005 or 5: above 0 either way
    (">0: 0; *: W", "0%", Decimal(10)),
])
def test_zero_bounds_keep_percentages(rule: str, typed: str, expected: Decimal) -> None:
    assert parse_rule(rule).score(typed, 10) == expected
    assert Decimal(str(udfs.SCORE_RANGE(typed, rule, 10))) == expected
    assert typed_input_reason(typed, parse_rule(rule)) is None  # collect and validate take it


@pytest.mark.parametrize(("rule", "typed"), [(">=1: 0; *: W - 2 per 1", "50%"), (">=1: 0; *: W - 2 per 1", "5‰")])
def test_percent_on_count_steps_with_bound_one_refused_by_the_clients(rule: str, typed: str) -> None:
    # collect/SCORE_RANGE read "50%" as 0.5 here (fraction_scale: bound 1 ≤ 1.5) and scored 10 − 2 × 0.5 = 9
    assert typed_input_reason(typed, parse_rule(rule)) is not None
    assert str(udfs.SCORE_RANGE(typed, rule, 10)).startswith("#JIXIAO!")


@pytest.mark.parametrize(("rule", "typed", "expected"), [
    (">=1: 0; *: W", "0", Decimal(10)),  # no failing: full marks
    (">=1: 0; *: W", "1", Decimal(0)),  # one failing: 0
    (">=1: 0; *: W", "2条", Decimal(0)),
    ("=0: W; *: 0", "0次", Decimal(10)),
    ("[0,1]: W; *: 0", "1", Decimal(10)),
    ("[0,1]: W; *: 0", "2", Decimal(0)),
])
def test_counts_still_scored(rule: str, typed: str, expected: Decimal) -> None:
    assert parse_rule(rule).score(typed, 10) == expected
    assert Decimal(str(udfs.SCORE_RANGE(typed, rule, 10))) == expected


@pytest.mark.parametrize(("rule", "typed", "expected"), [
    (">=0.9: W; *: 0", "95%", Decimal(10)),  # a fraction bound: 95 % ≥ 0.9
    (">=0.9: W; *: 0", "85%", Decimal(0)),
    (">=1: W; <1: prop", "50%", Decimal(5)),  # a proportion: 10 × 0.5 ÷ 1
    ("*: prop", "84.7%", Decimal("8.47")),  # 10 × 0.847
    (">=100%: W; *: 0", "50%", Decimal(0)),  # a bound in %
])
def test_fraction_rules_keep_percentages(rule: str, typed: str, expected: Decimal) -> None:
    assert parse_rule(rule).score(typed, 10) == expected
    assert typed_input_reason(typed, parse_rule(rule)) is None


# ---------------------------------------------------------------------------------------------------------------------
# 3. An issued 计算辅助 helper formula CHANGED (not cleared, p42 said only the gone ones): seed003 filled with drawn
#    values (tests/hostile/test_p41.draw_filled, its hand total); L65 — the 单位 check of row 65 (a 次 row) — typed
#    over with "=J65", which takes a value in any unit: collect and validate say it at 计算辅助!L65, the 核定 stays the
#    hand total. An untouched return recalculated and saved by LibreOffice says nothing on 计算辅助 (no false alarm
#    from another client's spelling of the same formulas).
# ---------------------------------------------------------------------------------------------------------------------


def _filled(tmp: Path) -> tuple[Path, Decimal, Path]:
    """seed003's portable template filled with drawn values (random.Random(3)): the workbook, its hand total, an
    empty folder for the returns."""
    import random

    from jixiao.templates.build import Filled, build_workbook
    from tests.hostile.test_p41 import SPEC, draw_filled

    values, total = draw_filled(SPEC, random.Random(3))
    base = tmp / "base.xlsx"
    build_workbook(SPEC, "portable", base, Filled(values, "甲", "2024"))
    inbox = tmp / "收回"
    inbox.mkdir()
    return base, total, inbox


@pytest.fixture(scope="module")
def helper_returns(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    import openpyxl

    tmp = tmp_path_factory.mktemp("p43")
    base, total, inbox = _filled(tmp)
    wb = openpyxl.load_workbook(base)
    wb["计算辅助"]["L65"] = "=J65"
    wb.save(inbox / "helper_changed.xlsx")
    wb = openpyxl.load_workbook(base)
    wb["计算辅助"]["L65"] = "=J65"
    wb["计算辅助"]["L66"] = None  # one gone beside it: said apart, as p42 says it
    wb.save(inbox / "helper_changed_and_gone.xlsx")
    return {"total": total, **collect_and_validate(inbox, tmp)}


@pytest.mark.parametrize("name", ["helper_changed.xlsx", "helper_changed_and_gone.xlsx"])
def test_changed_helper_formula_said_at_the_cell(helper_returns: dict[str, Any], name: str) -> None:
    verified = helper_returns["collect"][name]["verified"]["total"]
    assert abs(Decimal(str(verified)) - helper_returns["total"]) < Decimal("0.0001")
    for command in ("collect", "validate"):
        found = [f for f in helper_returns[command][name]["findings"] if f["sheet"] == "计算辅助"]
        changed = [f for f in found if f["cell"] == "L65" and f["severity"] == "错误"
                   and f["check"] == "issued-changed"]
        assert changed and "被改成了别的公式（L65）" in changed[0]["message"], (command, found)
        gone = [f for f in found if "缺失" in f["message"]]
        assert (gone[0]["cell"] if gone else None) == ("L66" if "gone" in name else None), (command, found)


def test_untouched_return_recalculated_by_libreoffice_says_no_helper_change(tmp_path: Path) -> None:
    import shutil

    if shutil.which("soffice") is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    from tests.lo import recalc

    base, _total, inbox = _filled(tmp_path)
    recalc(base, inbox)
    got = collect_and_validate(inbox, tmp_path)
    for command in ("collect", "validate"):
        (doc,) = got[command].values()
        assert not [f for f in doc["findings"] if f["sheet"] == "计算辅助"], (command, doc["findings"])
