"""Every rule sentence of the corpus the reader reads, through the whole product path, scored by LibreOffice.

The rule corpus (tests/rules_chinese/corpus.yaml) holds ~2,600 real 评分标准 sentences, each with its 分值 and the
scores a careful person gives at its band edges (hand arithmetic, in the yaml). The corpus test checks the
*reading* against those scores. This test checks what a bureau gets: each sentence the reader reads becomes a row
of a published-layout table (三级指标 | 指标值 | 评分标准 | 分值); ``templates new`` turns the tables into specs,
the portable template is built with the labelled 业绩值 typed into the input cell (as Excel stores it: "95%" →
0.95), and the 得分 cell must show the labelled score — first as the cached value we write, then as LibreOffice
computes it when it recalculates the file.

What is typed: the labelled value for a rule row; for a row the template asks as 符合/不符合, 符合 for a label worth
the 分值 and 不符合 otherwise; for a checklist, 是 for every item (the labelled total) and, for equal deductions
labelled by count (policy 同额扣分并入次数), 否 for as many items as the count. Rows whose items carry rules of
their own are scored by hand in the template (酌情评分, by design): they are counted, not scored.

Session 27: written after the session-26 wrong score in the template path (failings asked as items). Its first
run found one crash (a rule on the row's own 指标值 could not be built: test_rule_target.py) and no wrong score.
"""

from __future__ import annotations

from collections import Counter
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from jixiao.rules.chinese import read_rule_text
from jixiao.templates.authoring import STATUS_UNREAD, draft_to_dict, new_template
from jixiao.templates.build import Filled, build_workbook
from tests import lo
from tests.authoring.helpers import write_table_xlsx
from tests.rules_chinese.corpus import equal_item_points, load, read_ids
from tests.templates.product_path import collect_verified

HEADER = ["三级指标", "指标值", "评分标准", "分值"]
CHUNK = 200  # rows per table (a table's rows carry "下同" context: consecutive corpus rows share a source)
PASS, FAIL, YES, NO = "符合", "不符合", "是", "否"


def _read_entries() -> list[dict[str, Any]]:
    _sources, sentences = load()
    return [e for e in sentences if ("scores" in e or "levels" in e or "checklist" in e)
            and e["id"] in read_ids()]


def _cases(e: dict[str, Any], ind: Any) -> list[tuple[Any, Decimal]] | None:
    """(typed input, expected score) for the row of entry ``e``; None when the template scores it by hand."""
    kind, w = ind.scoring.kind, Decimal(str(e["w"]))
    if kind == "checklist":
        n = len(ind.scoring.items)
        if "checklist" in e:
            return [([YES] * n, Decimal(str(e["checklist"])))]
        # equal deductions labelled by the number of failings k: k items answered 否
        return [([NO] * int(k) + [YES] * (n - int(k)), Decimal(str(v))) for k, v in e["scores"].items()
                if int(k) <= n]
    if kind == "judgement":
        return None
    if "checklist" in e:  # equal items read as their count (corpus.count_of_equal_items, fresh75 CJ4-4): the points
        p = equal_item_points(e["text"], e["w"], e["checklist"])  # from the text; k failings → W − p·k, k met → p·k
        assert p is not None, e["id"]
        failings = read_rule_text(e["text"], e["w"]).rule.score("0", w) == w  # what the row counts, not its scores
        return [(str(k), w - p * k if failings else p * k) for k in range(int(w / p) + 1)]
    labels = e.get("scores") or e.get("levels")
    if kind == "passfail":
        return [(PASS if Decimal(str(v)) == w else FAIL, Decimal(str(v))) for v in labels.values()]
    return [(str(k), Decimal(str(v))) for k, v in labels.items()]


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> dict[str, Any]:
    """Tables → specs → filled portable templates: the jobs (file, id, typed, expected, score cell)."""
    tmp = tmp_path_factory.mktemp("corpus-templates")
    entries = _read_entries()
    jobs: list[tuple[Path, str, Any, Decimal, str]] = []
    by_hand: Counter[str] = Counter()
    unread: list[str] = []
    for start in range(0, len(entries), CHUNK):
        chunk = entries[start:start + CHUNK]
        rows = [[e["id"], e.get("target"), e["text"], e["w"]] for e in chunk]
        src = write_table_xlsx(tmp / f"table{start}.xlsx", "评分表", HEADER, rows)
        res = new_template(src, tmp / f"spec{start}", spec_id=f"corpus-{start}")
        assert res.spec is not None, res.spec_error
        drafts = {r.name: r for r in res.draft.rows}
        inds = {i.name: i for i in res.spec.indicators()}
        cases: dict[str, list[tuple[Any, Decimal]]] = {}
        for e in chunk:
            ind = inds[e["id"]]
            if drafts[e["id"]].status == STATUS_UNREAD:
                unread.append(e["id"])
                continue
            c = _cases(e, ind)
            if c is None:
                by_hand[e["id"]] += 1
                continue
            cases[ind.path] = c
        for j in range(max(len(c) for c in cases.values())):
            out = tmp / f"table{start}_{j}.xlsx"
            filled = Filled(values={p: c[j][0] for p, c in cases.items() if j < len(c)})
            res_b = build_workbook(res.spec, "portable", out, filled)
            names = {i.path: i.name for i in res.spec.indicators()}
            for _row, path, cell in res_b.rows:
                if path in cases and j < len(cases[path]):
                    typed, expected = cases[path][j]
                    jobs.append((out, names[path], typed, expected, cell))
    return {"jobs": jobs, "by_hand": by_hand, "unread": unread, "entries": entries, "tmp": tmp,
            "specs": sorted(tmp.glob("spec*/corpus-*.yaml"))}


def _mismatches(jobs: list[tuple[Path, str, Any, Decimal, str]], path_of: Any) -> list[str]:
    books: dict[Path, Any] = {}
    bad = []
    for out, name, typed, expected, cell in jobs:
        src = path_of(out)
        if src not in books:
            books[src] = openpyxl.load_workbook(src, data_only=True)["评分表"]
        got = books[src][cell].value
        if not isinstance(got, int | float) or isinstance(got, bool) \
                or abs(Decimal(str(got)) - expected) > Decimal("1e-9"):
            bad.append(f"{name}: 业绩值 {typed!r} → {got!r}（应为 {expected}）")
    return bad


def test_every_read_sentence_is_a_scored_row(built):
    """The rows the reader reads stay read in the template (nothing lost on the way), and only rows whose items
    carry their own rules are left to the scorer's hand; at least 1,400 sentences are scored."""
    assert built["unread"] == []
    entries = {e["id"]: e for e in built["entries"]}
    for rid in built["by_hand"]:
        r = read_rule_text(entries[rid]["text"], entries[rid]["w"])
        assert r.kind == "checklist" and any(it.rule is not None for it in r.items), rid
    assert len({j[1] for j in built["jobs"]}) >= 1400


def test_the_cached_scores_equal_the_labels(built):
    bad = _mismatches(built["jobs"], lambda p: p)
    assert bad == [], "\n".join(bad[:30])


@pytest.mark.libreoffice
@pytest.mark.skipif(lo.SOFFICE is None, reason="LibreOffice not installed")
def test_libreoffice_scores_equal_the_labels(built):
    files = sorted({j[0] for j in built["jobs"]})
    out = built["tmp"] / "lo"
    recalculated = lo.recalc_many(files, out)
    bad = _mismatches(built["jobs"], lambda p: recalculated[p])
    assert bad == [], "\n".join(bad[:30])


def test_collect_verifies_the_labels_from_the_inputs(built):
    """The filled copies returned to the city: ``collect --specs`` re-scores every row from its 业绩值 / 是否 answers by
    the issued spec (never from the cached 得分) — the labelled score, row by row."""
    files = sorted({j[0] for j in built["jobs"]})
    verified, findings = collect_verified(built["specs"], files, built["tmp"])
    bad = []
    for out, name, typed, expected, _cell in built["jobs"]:
        got = verified.get((out.name, name))
        if got is None or abs(Decimal(str(got)) - expected) > Decimal("1e-9"):
            bad.append(f"{name}: 业绩值 {typed!r} → 核定 {got!r}（应为 {expected}）")
    assert bad == [], "\n".join(bad[:30])
    assert not any(x["check"] == "rule-unreadable" for x in findings)


def _indicators(draft: Any) -> list[dict[str, Any]]:
    d = draft_to_dict(draft)
    return [i for s in d["sections"] for g in s["groups"] for i in g["indicators"]]


def test_the_review_workbook_gives_back_the_same_spec(built):
    """An author who opens the review workbook and changes nothing gets the same spec back (weights, targets, rules,
    checklist items) — nothing the reader read is lost on the way through the sheet the author edits."""
    tmp = built["tmp"]
    changed = []
    for review in sorted(tmp.glob("spec*/corpus-*.审核表.xlsx")):
        first = new_template(tmp / f"table{review.parent.name[4:]}.xlsx", tmp / "rt1", spec_id="rt")
        again = new_template(review, tmp / "rt2", spec_id="rt")
        for a, b in zip(_indicators(first.draft), _indicators(again.draft), strict=True):
            if any(a.get(k) != b.get(k) for k in ("name", "weight", "target", "scoring")):
                changed.append(f"{a['name']}: {a.get('scoring')} → {b.get('scoring')}")
    assert len(list(tmp.glob("spec*/corpus-*.审核表.xlsx"))) >= 7
    assert changed == [], "\n".join(changed[:30])
