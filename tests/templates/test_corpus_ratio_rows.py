"""Every corpus sentence the reader reads whose labels are percentages, as the rule of a ratio row (p1, issue 11).

``test_corpus_templates.py`` types the labelled 业绩值 into a rule row. A 预算执行率 / 资金到位率 row is a ratio row: its
业绩值 is computed in the sheet from two amounts (``其中：实际支出 / 预算数`` sub-rows), which ``distribute`` pre-fills
from the roster. Here each such sentence's reading is the rule of a ratio row; for each labelled percentage p the
roster gives the row amounts in 元 with 角分 whose exact quotient is p (预算数 searched from a per-row start, 实际支出 =
p × 预算数 exactly; where one exists nearby, a pair whose binary quotient misses p, as 900.18 / 1000.20 for 90 %). One
roster row per label index, so one workbook per index; ``distribute`` writes both flavours. The 得分 must be the label:
cached (both flavours), recalculated by LibreOffice (portable: the .xlsm scores ratio rows by EXEC_RATE/SCORE_RANGE,
which LibreOffice cannot run — ``test_ratio_cent_edges.py`` runs them in the `formulas` engine), and re-scored from the
amounts by ``collect --specs`` (both flavours).
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from jixiao.rules.chinese import read_rule_text
from jixiao.rules.grammar import parse_rule
from tests import lo
from tests.rules_chinese.corpus import judge, load
from tests.templates.product_path import (
    RatioRow,
    build,
    cached,
    collect_mismatches,
    libreoffice_mismatches,
    mismatches,
)

SEARCH = 20_000  # 预算数 candidates (cents) tried per label


def _percent(label: Any) -> Decimal | None:
    text = str(label).strip()
    if not text.endswith("%"):
        return None
    try:
        p = Decimal(text[:-1]) / 100
    except ArithmeticError:
        return None
    return p if p >= 0 else None


def _ratio_entries() -> list[tuple[dict[str, Any], str]]:
    """(entry, rule) for every read sentence labelled by percentages whose reading is a rule on the value alone."""
    _sources, sentences = load()
    out = []
    for e in sentences:
        if "scores" not in e or judge(e)[0] != "read":
            continue
        if any(_percent(k) is None for k in e["scores"]):
            continue
        r = read_rule_text(e["text"], e["w"])
        if r.kind != "rule" or parse_rule(str(r.rule)).uses_target:  # a ratio row has no 指标值 target
            continue
        out.append((e, str(r.rule)))
    return out


def amounts_for(p: Decimal, start: int) -> tuple[Decimal, Decimal]:
    """(实际支出, 预算数) in 元 with 角分, 预算数 ≥ ``start`` cents, 实际支出 / 预算数 = ``p`` exactly; the first pair whose
    double quotient differs from ``p``'s double if one comes within :data:`SEARCH` candidates, else the first pair."""
    first = None
    for cents in range(start, start + SEARCH):
        num = p * cents
        if num != num.to_integral_value():
            continue
        pair = (num / 100, Decimal(cents) / 100)
        if float(pair[0]) / float(pair[1]) != float(p):
            return pair
        first = first or pair
    assert first is not None, (p, start)
    return first


def _rows() -> list[RatioRow]:
    rows = []
    for i, (e, rule) in enumerate(_ratio_entries()):
        cases = []
        for k, (label, score) in enumerate(e["scores"].items()):
            a, b = amounts_for(_percent(label), 100_001 + 7_919 * i + 104_729 * k)
            assert a / b == _percent(label)
            cases.append((a, b, Decimal(str(score))))
        rows.append(RatioRow(e["id"], rule, Decimal(str(e["w"])), tuple(cases)))
    return rows


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> dict[str, Any]:
    return build(_rows(), tmp_path_factory.mktemp("corpus-ratio"), "corpus-ratio")


def test_the_percentage_sentences_become_ratio_rows(built):
    """At least 150 sentences and 850 labelled percentages; most amounts are pairs whose binary quotient misses the
    label (the path is checked where float arithmetic could slip, not only on friendly numbers)."""
    rows = built["rows"]
    cases = [c for r in rows for c in r.cases]
    assert len(rows) >= 150 and len(cases) >= 850
    missed = [c for c in cases if float(c[0]) / float(c[1]) != float(c[0] / c[1])]
    assert len(missed) >= len(cases) // 2
    assert len(built["books"]["portable"]) == max(len(r.cases) for r in rows) <= 30
    assert len(built["jobs"]["portable"]) == len(built["jobs"]["udf"]) == len(cases)


@pytest.mark.parametrize("flavour", ["portable", "udf"])
def test_the_cached_scores_equal_the_labels(built, flavour):
    bad = mismatches(built["jobs"][flavour], cached)
    assert bad == [], "\n".join(bad[:30])


@pytest.mark.libreoffice
@pytest.mark.skipif(lo.SOFFICE is None, reason="LibreOffice not installed")
def test_libreoffice_scores_equal_the_labels(built):
    bad = libreoffice_mismatches(built)
    assert bad == [], "\n".join(bad[:30])


def test_collect_verifies_the_labels_from_the_amounts(built):
    bad, findings = collect_mismatches(built["spec"], built)
    assert bad == [], "\n".join(bad[:30])
    assert not any(x["check"] in ("rule-unreadable", "value-unreadable", "udf-error") for x in findings)
