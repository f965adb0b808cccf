"""Checklist and pass/fail sentences of the corpus as rows of a hand-made table that validation checks.

test_corpus_validation.py types a 业绩值 and a 得分 on every rule row. A checklist row (①…1分;②…1分) has no one
业绩值: a bureau's own table types its 得分 only (the items are not answered one by one). Each item is met (its
points) or not (0), the sum capped at the 分值 — so validate can know whether a 得分 is a total the items can add
up to, never which items were met:

* every total the items can add up to (0 … the labelled total; for equal deductions labelled by count k, the
  labelled W − p·k) raises no error on the row;
* a score above the 分值, and one between two totals the items can reach (no combination of items gives it), raise
  an error;
* a checklist whose items carry rules of their own (partial points) is only range-checked, and says so (a note),
  never an error for a score within 0 … 分值.

The reachable totals are the test's own arithmetic (subset sums of the items' points); the items' points are the
reading's, anchored by their sum, which must equal the hand-labelled total of the corpus.

Pass/fail rows answered in the scorer's own words rather than the rule's: "已完成" (the requirement met: the 分值),
"未按时完成" (not met: 0) and "基本完成" (not fully met: not the 分值). Whatever validate does with them, it must
never pass a wrong score silently: the row gets an error or a note that it could not be checked.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

import pytest

from jixiao.rules.chinese import read_rule_text
from jixiao.validation import validate_workbook
from tests.authoring.helpers import write_table_xlsx
from tests.rules_chinese.corpus import judge, load

HEADER = ["三级指标", "指标值", "评分标准", "分值", "业绩值", "得分"]
CHUNK = 150
FIRST_ROW = 3  # write_table_xlsx: title, header, then the rows
#: the scorer's own words for a pass/fail row, and the score each one allows (None: neither 0 nor the 分值 is sure)
OWN_WORDS = {"已完成": "w", "未按时完成": "0", "基本完成": "0"}


def _reachable(points: list[Decimal], w: Decimal) -> list[Decimal]:
    sums = {Decimal(0)}
    for p in points:
        sums |= {x + p for x in sums}
    return sorted({min(x, w) for x in sums})


def _rows() -> list[tuple[str, str, Any, Decimal, str, Any]]:
    """(kind of case, id, text, 分值, 业绩值, 得分 typed, expectation) for every case; expectation: "ok" (no error),
    "error", "note" (a rule-unreadable note, no error) or "not-silent" (an error or a note)."""
    _sources, sentences = load()
    out: list[Any] = []
    for e in sentences:
        if judge(e)[0] != "read":
            continue
        w = Decimal(str(e["w"]))
        r = read_rule_text(e["text"], e["w"])
        row = (e["id"], e.get("target"), e["text"], e["w"])
        if r.kind == "checklist" and any(i.rule is not None for i in r.items):
            for score in (Decimal(0), w / 2, w):
                out.append(("ruled", *row, None, score, "note"))
            out.append(("ruled", *row, None, w + 1, "error"))
        elif r.kind == "checklist":
            points = [i.points for i in r.items]
            if "checklist" in e:
                assert sum(points) == Decimal(str(e["checklist"])), e["id"]
            reachable = _reachable(points, w)
            labelled = [Decimal(str(v)) for v in (e.get("scores") or {}).values()]
            assert set(labelled) <= set(reachable), e["id"]  # the count labels are totals the items reach
            for score in reachable:
                out.append(("checklist", *row, None, score, "ok"))
            gaps = [(a + b) / 2 for a, b in zip(reachable, reachable[1:], strict=False)]
            for score in {gaps[0], gaps[-1], w + 1}:
                out.append(("checklist", *row, None, score, "error"))
        elif r.kind == "passfail":
            for word, right in OWN_WORDS.items():
                for score in (Decimal(0), w):
                    is_right = score == (w if right == "w" else 0)
                    out.append(("passfail", *row, word, score, "any" if is_right else "not-silent"))
    return out


@pytest.fixture(scope="module")
def checked(tmp_path_factory) -> dict[str, Any]:
    tmp = tmp_path_factory.mktemp("corpus-checklists")
    rows = _rows()
    bad: list[str] = []
    counts: dict[str, int] = {}
    for start in range(0, len(rows), CHUNK):
        chunk = rows[start:start + CHUNK]
        table = [[rid, target, text, w, value, float(score)] for _k, rid, target, text, w, value, score, _x in chunk]
        path = write_table_xlsx(tmp / f"t{start}.xlsx", "评分表", HEADER, table)
        found: dict[int, list[Any]] = {}
        for f in validate_workbook(path).findings:
            m = re.fullmatch(r"[A-Z]+(\d+)", f.cell or "")
            if m and f.check != "total-weight":
                found.setdefault(int(m[1]), []).append(f)
        for i, (kind, rid, _t, _text, _w, value, score, expect) in enumerate(chunk):
            counts[f"{kind}:{expect}"] = counts.get(f"{kind}:{expect}", 0) + 1
            fs = found.get(FIRST_ROW + i, [])
            errors = [f.check for f in fs if f.severity == "错误"]
            notes = [f.check for f in fs if f.check == "rule-unreadable"]
            case = f"{rid}: {kind} 业绩值 {value!r} 得分 {score}"
            if expect == "ok" and errors:
                bad.append(f"{case} 正确却报 {errors}")
            elif expect == "error" and not errors:
                bad.append(f"{case} 错误却未报错（{[f.check for f in fs]}）")
            elif expect == "note" and (errors or not notes):
                bad.append(f"{case} 应只做范围检查并说明，却为 {[f.check for f in fs]}")
            elif expect == "not-silent" and not fs:
                bad.append(f"{case} 错误却无任何提示")
    return {"bad": bad, "counts": counts}


def test_enough_cases_were_checked(checked):
    c = checked["counts"]
    assert c.get("checklist:ok", 0) >= 800
    assert c.get("checklist:error", 0) >= 500
    assert c.get("ruled:note", 0) >= 30
    assert c.get("passfail:not-silent", 0) >= 300


def test_checklist_totals_and_own_words(checked):
    assert checked["bad"] == [], "\n".join(checked["bad"][:40])
