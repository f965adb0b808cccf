"""Amounts with 角分 whose exact quotient is a band edge, through distribute → clients → collect (p1).

预算数 1000.20 / 实际支出 900.18 is exactly 90 % in decimal arithmetic — what a person computes from the amounts as
printed (README: 执行率按金额计算) — but the double quotient 900.18 / 1000.2 is 0.8999999999999999: below a "≥90%" band
in a client that compares doubles exactly. The pairs are searched systematically (cents denominators from 1000.01 up,
numerator = edge × denominator exactly, double quotient on the wrong side of the edge's double).

Found before the fix: the portable template's rate formula (``actual/budget``) gave the wrong score under the
`formulas` engine (exact comparisons) for every misleading pair — ≥E and <E bands lost the 分值 at exactly E, >E bands
gave it — while LibreOffice (whose comparisons tolerate a few units in the last place) and the UDF flavour (EXEC_RATE
and collect divide in Decimal, ``jixiao.ratios.exec_rate``) were right. Since: the rate formula rounds the quotient to
15 significant digits (``cell_text.significant_15``), which makes it the double nearest the exact rate. Expected scores
below are hand arithmetic from the rule at the exact edge.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from tests import lo
from tests.formulas_eval import evaluate
from tests.templates.product_path import (
    RatioRow,
    build,
    cached,
    collect_mismatches,
    distribute_rows,
    expected_jobs,
    libreoffice_mismatches,
    mismatches,
    write_spec,
)

EDGES = ("60%", "75%", "80%", "85%", "90%", "95%", "105%")
STRICT_EDGES = ("60%", "90%", "95%")  # the edges of the `formulas` check on the portable flavour
PAIRS = 2  # misleading pairs per edge and side (numbers as Excel stores them); a third case is typed as text


def edge_pairs(edge: Decimal, side: str, n: int = PAIRS) -> list[tuple[Decimal, Decimal]]:
    """The first ``n`` (实际支出, 预算数) in 元 with 角分, 预算数 from 1000.01 up, whose exact quotient is ``edge``
    and whose double quotient lies on ``side`` ("below"/"above") of the edge's double."""
    found = []
    for cents in range(100_001, 10_000_000):
        num = edge * cents
        if num != num.to_integral_value():
            continue
        a, b = num / 100, Decimal(cents) / 100
        q = float(a) / float(b)
        if q < float(edge) if side == "below" else q > float(edge):
            found.append((a, b))
            if len(found) == n:
                break
    return found


def _pct(text: str) -> Decimal:
    return Decimal(text[:-1]) / 100


def _thousands(d: Decimal) -> str:
    return f"{d:,.2f}元"


def _rows() -> list[RatioRow]:
    rows = []
    for e in EDGES:
        edge = _pct(e)
        below, above = edge_pairs(edge, "below"), edge_pairs(edge, "above")
        # (rule, weight, misleading side, score at exactly the edge — by hand)
        forms = [
            (f">={e}: W; <{e}: 0", Decimal(10), below, Decimal(10)),      # "≥E得满分": E is in
            (f"<{e}: 0; >={e}: W", Decimal(10), below, Decimal(10)),      # "<E不得分" tested first
            (f">{e}: W; <={e}: 0", Decimal(10), above, Decimal(0)),       # "超过E得满分": E is out
            (f"<={e}: 4; >{e}: 0", Decimal(4), above, Decimal(4)),        # "不超过E得4分"
            ("*: prop", Decimal(3), below, min(Decimal(3), 3 * edge)),    # 执行率×分值, at most the 分值
            (f">={e}: W; <{e}: W - 1 per 1% ceil", Decimal(5), below, Decimal(5)),  # 每低1%扣1分
        ]
        for k, (rule, w, pairs, score) in enumerate(forms):
            cases: list[Any] = [(a, b, score) for a, b in pairs]
            a, b = pairs[0]
            cases.append((_thousands(a), _thousands(b), score))  # typed as text: "1,000.20元"
            rows.append(RatioRow(f"执行率{e}第{k + 1}式", rule, w, tuple(cases)))
    return rows


def test_the_amounts_are_exact_edges_that_binary_arithmetic_misses():
    for e in EDGES:
        edge = _pct(e)
        for side in ("below", "above"):
            pairs = edge_pairs(edge, side)
            assert len(pairs) == PAIRS, (e, side)
            for a, b in pairs:
                assert a / b == edge and a == a.quantize(Decimal("0.01"))
                assert (float(a) / float(b) < float(edge)) == (side == "below")
    assert edge_pairs(Decimal("0.9"), "below", 1) == [(Decimal("900.18"), Decimal("1000.20"))]


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> dict[str, Any]:
    tmp = tmp_path_factory.mktemp("ratio-edges")
    rows = _rows()
    built = build(rows, tmp, "ratio-edges")
    # the `formulas` engine takes ~0.7 s a row of a portable workbook (its helper sheet): a smaller one for it
    few = [RatioRow(r.name, r.rule, r.weight, r.cases[:1]) for r in rows
           if any(r.name.startswith(f"执行率{e}第") for e in STRICT_EDGES)]
    strict = distribute_rows(few, write_spec(few, tmp / "strict", "ratio-edges-few"), tmp / "strict",
                             ("portable",))["portable"]
    return built | {"strict": (strict, expected_jobs(few, strict))}


@pytest.mark.parametrize("flavour", ["portable", "udf"])
def test_the_cached_scores_are_the_exact_ones(built, flavour):
    assert mismatches(built["jobs"][flavour], cached) == []


@pytest.mark.libreoffice
@pytest.mark.skipif(lo.SOFFICE is None, reason="LibreOffice not installed")
def test_libreoffice_scores_the_exact_rate(built):
    assert libreoffice_mismatches(built) == []


def _formulas(books: list[Path]) -> Any:
    values = {b: evaluate(b) for b in books}
    return lambda b, c: values[b][f"评分表!{c}"]


@pytest.mark.parametrize("flavour", ["portable", "udf"])
def test_formulas_engine_scores_the_exact_rate(built, flavour):
    """The `formulas` engine compares doubles exactly: the portable formula's rate must be the edge's own double
    (before the fix 900.18/1000.2 = 0.8999999999999999 lost the 分值 of "≥90%"); the UDF flavour divides in Decimal."""
    books, jobs = built["strict"] if flavour == "portable" else (built["books"]["udf"], built["jobs"]["udf"])
    value = _formulas(books)
    assert mismatches(jobs, value) == []
    for book, _name, rate_cell, _cell, _exp in jobs:
        rate = value(book, rate_cell)
        assert Decimal(repr(rate)) in {_pct(e) for e in EDGES}, (book.name, rate_cell, rate)


def test_collect_rescores_the_exact_rate(built):
    bad, findings = collect_mismatches(built["spec"], built)
    assert bad == []
    assert [x for x in findings if x["severity"] == "错误"] == []
