"""A bare number in a hand-made table's row on % bands is 核定 as percent points, as the issued template reads it.

The table (as test_bureau_red_team): 培训人次 40 分 (1060 ≥ 1000 → 40), 合格率 30 分 (96% ≥ 95% → 30), 满意度 30 分
"满意度≥90%得满分，低于90%不得分" with its 业绩值 typed as a bare number in a General cell (p19's left case).
Before: 85 was 核定 as 8500 % — full marks (30, total 100, 优) for a rate below the band, while validation itself said
"应为 85.00%". Now 85 is 85 % (< 90 % → 0: total 70, 中) and 95 is 95 % (≥ 90 % → 30: total 100, 优), as
`rules.target.on_percent_bands` reads it for the template and SCORE_RANGE; the finding says which reading was 核定.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.collect.test_bureau_red_team import _table, _verified


@pytest.mark.parametrize(("typed", "score3", "row", "total", "grade"), [
    (85, 0, 0, 70, "中"),       # 85 % < 90 %: 0 — the bureau typed 0 too
    (85, 30, 0, 70, "中"),      # the bureau typed 30 (the 8500 % reading): 核定 0, verified-differs
    (95, 30, 30, 100, "优"),    # 95 % ≥ 90 %: 30
    (90, 30, 30, 100, "优"),    # the edge: 90 % ≥ 90 %
])
def test_a_bare_number_on_percent_bands_is_percent_points(tmp_path: Path, typed, score3, row, total, grade) -> None:
    _table(tmp_path / "in" / "r.xlsx", value3=typed, score3=score3)
    got = _verified(tmp_path / "in", tmp_path)["r.xlsx"]
    rows = {r["name"]: r for r in got["rows"]}
    assert rows["满意度"]["verified"] == row
    assert (got["total"], got["grade"]) == (total, grade)
