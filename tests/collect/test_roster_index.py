"""A roster of 2,000 returns: statuses per path and per bureau, and the index following ``returns``.

``RosterMatch`` answers per return (``counted``, ``bureau_of``, ``path_status``) from an index
built once; cli.py replaces ``returns`` by a dict of printable names afterwards. The expected
statuses are written down from how the files are made, not from a run of the code.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from jixiao.collect import CollectResult
from jixiao.roster import Roster, RosterRow, match_returns
from jixiao.validation.report import Report

N_BUREAUS = 1500
N_OUTSIDE = 500


def _bureau(k: int) -> str:
    return f"第{k:04d}号医疗保障局"


def _make(tmp_path: Path) -> tuple[Roster, list[tuple[str, str | None]], dict[str, tuple]]:
    """Bureau k has k % 3 returns: 0 → 未报送, 1 → 已报送, 2 → 重复报送 (the newer one counts).

    1500 bureaus → 500 × 0 + 500 × 1 + 500 × 2 = 1500 matched returns, plus 500 returns whose
    unit is on no roster: 2,000 returns. ``expected[path] = (bureau or None, path status)``.
    """
    roster = Roster(path="名单.csv", sheet="名单", rows=[RosterRow(_bureau(k)) for k in range(N_BUREAUS)])
    items: list[tuple[str, str | None]] = []
    expected: dict[str, tuple] = {}
    t = 10_000

    def new_file(name: str) -> str:
        nonlocal t
        p = tmp_path / name
        p.touch()
        t += 10
        os.utime(p, (t, t))  # each file newer than the one before
        return str(p)

    for k in range(N_BUREAUS):
        paths = [new_file(f"r{k:04d}_{j}.xlsx") for j in range(k % 3)]
        for j, p in enumerate(paths):
            items.append((p, _bureau(k)))
            # the last one written is the newest: it counts, an earlier one is an older duplicate
            expected[p] = (_bureau(k), "已报送" if j == len(paths) - 1 else "重复报送")
    for k in range(N_OUTSIDE):
        p = new_file(f"x{k:04d}.xlsx")
        items.append((p, f"外省单位{k:04d}号"))
        expected[p] = (None, "名单外")
    items.reverse()  # input order must not matter: oldest last
    return roster, items, expected


def test_two_thousand_returns_statuses(tmp_path: Path) -> None:
    roster, items, expected = _make(tmp_path)
    assert len(items) == 2000
    m = match_returns(roster, items)

    for p, (bureau, st) in expected.items():
        assert m.path_status(p) == st, p
        assert m.bureau_of().get(p) == bureau, p
    assert m.counted() == {p for p, (_b, st) in expected.items() if st == "已报送"}
    assert len(m.counted()) == 1000  # 500 single + 500 duplicated bureaus
    assert sorted(m.outside) == sorted(p for p, (b, _s) in expected.items() if b is None)
    for k in range(N_BUREAUS):
        assert m.status(_bureau(k)) == ("未报送", "已报送", "重复报送")[k % 3]
    assert len(m.missing) == 500 and len(m.duplicates) == 500

    # the collect result asks per report: only the newest return of a roster bureau counts
    result = CollectResult(root=str(tmp_path), reports=[Report(path=p) for p, _u in items], roster=m)
    for r in result.reports:
        assert result.counts_for_bureau(r) == (expected[r.path][1] == "已报送")
        d = result.file_dict(r)["roster"]
        assert d == {"bureau": expected[r.path][0], "status": expected[r.path][1]}


def test_the_index_follows_a_new_returns_dict(tmp_path: Path) -> None:
    # cli.py replaces the paths by printable names after matching: m.returns = {b: [...]}
    roster, items, expected = _make(tmp_path)
    m = match_returns(roster, items)
    assert m.path_status(next(iter(expected))) != "名单外"  # the index is built now
    m.returns = {b: [p + "·" for p in ps] for b, ps in m.returns.items()}
    for p, (bureau, st) in expected.items():
        assert m.path_status(p + "·") == st
        assert m.bureau_of().get(p + "·") == bureau
        assert m.path_status(p) == "名单外"  # the old names are gone
    assert m.counted() == {p + "·" for p, (_b, st) in expected.items() if st == "已报送"}


def test_the_index_cannot_be_changed_through_its_answers(tmp_path: Path) -> None:
    roster, items, expected = _make(tmp_path)
    m = match_returns(roster, items)
    with pytest.raises(TypeError):
        m.bureau_of()["其他.xlsx"] = _bureau(1)  # type: ignore[index]
    assert not hasattr(m.counted(), "add")
    assert len(m.bureau_of()) == 1500 and "其他.xlsx" not in m.bureau_of()
