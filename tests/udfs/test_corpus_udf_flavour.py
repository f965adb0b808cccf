"""A sample of the read corpus sentences through the 宏版 (.xlsm, udf flavour), computed by the `formulas` engine.

tests/templates/test_corpus_templates.py puts every corpus sentence the reader reads through the portable template
(cached value, LibreOffice, collect). The 宏版 scores the same rows with our UDFs (SCORE_RANGE reads the rule back
from the 计分规则 cell); LibreOffice cannot run them, so the client here is the `formulas` engine with the UDFs
registered (tests/formulas_eval.py) — ~18 s per 200-row workbook, too slow for the whole corpus (session 27 ran all
1,342 first values by a script: 0 mismatches). This module checks a deterministic sample in the suite.

How the sample is drawn: the read sentences (``_read_entries``, corpus order) are grouped by the shape of their
reading — checklist, pass/fail, text levels, numeric bands, text levels beside bands, steps (exact / ceil / floor),
ratio (prop/invprop), each with "+T" when the rule names the row's target and "+round" when it rounds — and by unit:
‰ or % (from the labelled values), else 元/万元, 天/工作日 or 次 (from the sentence), else 文字 (levels) or 个数.
Of each group the first and the last sentence in corpus order are taken (one when the group has one); rows the
template scores by hand (checklist items with rules of their own, 酌情评分) are not sampled. Every labelled value
of a sampled row is typed as test_corpus_templates types it (``_cases``), and the 得分 the engine computes must
equal the hand label.
"""

from __future__ import annotations

from collections import defaultdict
from decimal import Decimal
from typing import Any

import pytest

from jixiao.rules.chinese import read_rule_text
from jixiao.templates.authoring import STATUS_UNREAD, new_template
from jixiao.templates.build import Filled, build_workbook
from tests.authoring.helpers import write_table_xlsx
from tests.formulas_eval import evaluate
from tests.templates.test_corpus_templates import HEADER, _cases, _read_entries

MAX_ROWS = 80  # grows by one or two with each new corpus split (61 after fresh58/59, 71 after fresh79/80 and r74–r77); a bound on the run time


def _shape(e: dict[str, Any]) -> tuple[str, str] | None:
    """(shape of the reading, unit) of a corpus entry; None for a row the template scores by hand."""
    r = read_rule_text(e["text"], e["w"])
    if r.kind == "checklist" and any(i.rule is not None for i in r.items) or r.kind == "judgement":
        return None
    if r.kind != "rule" or r.rule is None:
        shape = r.kind
    else:
        rule = r.rule
        outs = {type(c.outcome).__name__ for c in rule.clauses}
        if outs & {"Prop", "InvProp"}:
            shape = "ratio"
        elif "Linear" in outs:
            shape = "steps-" + "/".join(sorted({c.outcome.rounding or "exact" for c in rule.clauses
                                                 if type(c.outcome).__name__ == "Linear"}))
        elif rule.is_qualitative:
            shape = "levels+bands" if rule.compares_numbers else "levels"
        else:
            shape = "bands"
        shape += ("+T" if rule.uses_target else "") + ("+round" if rule.round_places is not None else "")
    keys = [str(k) for k in (e.get("scores") or e.get("levels") or {})]
    text = e["text"]
    unit = next((u for u in ("‰", "%") if any(k.endswith(u) for k in keys)), None) \
        or next((u for u, words in (("元", ("元",)), ("天", ("天", "工作日")), ("次", ("次",)))
                 if any(w in text for w in words)), None) \
        or ("文字" if "levels" in e else "个数")
    return shape, unit


def sample() -> list[dict[str, Any]]:
    """The first and the last read sentence (corpus order) of every (shape, unit) group."""
    entries = _read_entries()
    groups: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, e in enumerate(entries):
        key = _shape(e)
        if key is not None:
            groups[key].append(i)
    return [entries[i] for i in sorted({i for g in groups.values() for i in (g[0], g[-1])})]


@pytest.fixture(scope="module")
def engine_scores(tmp_path_factory) -> dict[str, Any]:
    tmp = tmp_path_factory.mktemp("corpus-udf")
    entries = sample()
    rows = [[e["id"], e.get("target"), e["text"], e["w"]] for e in entries]
    src = write_table_xlsx(tmp / "table.xlsx", "评分表", HEADER, rows)
    res = new_template(src, tmp / "spec", spec_id="corpus-udf")
    assert res.spec is not None, res.spec_error
    drafts = {r.name: r for r in res.draft.rows}
    inds = {i.name: i for i in res.spec.indicators()}
    cases: dict[str, list[tuple[Any, Decimal]]] = {}
    names: dict[str, str] = {}
    for e in entries:
        assert drafts[e["id"]].status != STATUS_UNREAD, e["id"]
        ind = inds[e["id"]]
        c = _cases(e, ind)
        assert c is not None, e["id"]  # rows scored by hand are not sampled
        cases[ind.path] = c
        names[ind.path] = e["id"]
    results: list[tuple[str, Any, Decimal, Any]] = []
    for j in range(max(len(c) for c in cases.values())):
        out = tmp / f"filled{j}.xlsm"
        filled = Filled(values={p: c[j][0] for p, c in cases.items() if j < len(c)})
        built = build_workbook(res.spec, "udf", out, filled)
        got = evaluate(out)
        for _row, path, cell in built.rows:
            if path in cases and j < len(cases[path]):
                typed, expected = cases[path][j]
                results.append((names[path], typed, expected, got.get(f"评分表!{cell}")))
    return {"entries": entries, "results": results, "n": sum(len(c) for c in cases.values())}


def test_the_sample_covers_every_shape_and_unit(engine_scores):
    """One row per shape at least: checklist, pass/fail, levels, bands, steps and ratio, in %, ‰, 元, 天 and 次."""
    entries = engine_scores["entries"]
    keys = {_shape(e) for e in entries}
    shapes, units = {k[0] for k in keys}, {k[1] for k in keys}
    assert {"checklist", "passfail", "levels", "bands", "steps-exact", "steps-floor", "ratio"} <= shapes
    assert {"%", "‰", "元", "天", "次"} <= units
    assert 30 <= len(entries) <= MAX_ROWS
    assert len({e["id"] for e in entries}) == len(entries)


def test_the_engine_scores_equal_the_labels(engine_scores):
    bad = []
    for rid, typed, expected, got in engine_scores["results"]:
        if not isinstance(got, int | float) or isinstance(got, bool) \
                or abs(Decimal(str(got)) - expected) > Decimal("1e-9"):
            bad.append(f"{rid}: 业绩值 {typed!r} → {got!r}（应为 {expected}）")
    assert bad == [], "\n".join(bad[:30])
    assert len(engine_scores["results"]) == engine_scores["n"]  # every labelled value of every sampled row
