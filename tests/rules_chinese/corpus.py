"""The corpus of real 评分标准 sentences (corpus.yaml) and how a reading of one is judged.

``judge(entry)`` → ("read" | "refused" | "wrong" | "refused-ok", detail):

* read: the reading gives every hand-computed score (or the checklist total / manual kind); equal items adding up to
  the 分值 and their count are one reading either way round (policy 同额扣分并入次数: ``_equal_items_count`` for a
  count label read as items, ``count_of_equal_items`` for an items label read as a count);
* refused: the reader said it could not read it (never wrong, but not read either) — or read a rule
  that leaves a labelled value uncovered (scoring it says "规则有缺口": no score, never a wrong one);
* wrong: a reading that gives another score, a rule where a person must judge, or a rule for a
  sentence that must be refused — the corpus test fails on any;
* refused-ok: a sentence that must be refused (compares against a target) and was — or, labelled `needs_target` (the
  row prints no single target for a step from it), was read relative to the row's target and refuses to score without
  one (session 38).
"""

from __future__ import annotations

import functools
import re
from decimal import Decimal
from pathlib import Path
from typing import Any

import yaml

from jixiao.errors import JixiaoError, RuleGapError
from jixiao.rules.chinese import read_rule_text

CORPUS = Path(__file__).with_name("corpus.yaml")

#: marks a labelled value the reading leaves uncovered (a rule gap)
GAP = "规则有缺口："


def load() -> tuple[dict[str, str], list[dict[str, Any]]]:
    data = yaml.safe_load(CORPUS.read_text(encoding="utf-8"))
    return data["sources"], data["sentences"]


@functools.lru_cache(maxsize=1)
def read_ids() -> frozenset[str]:
    """Ids of the sentences the reader reads right (``judge`` → "read"), judged once per test process: the modules
    that put those sentences through the product path share it (each judging the whole corpus cost ~9 s of CI)."""
    return frozenset(e["id"] for e in load()[1] if judge(e)[0] == "read")


def _scores_match(rule: Any, expected: dict[Any, Any], w: Any, target: Any = None) -> str | None:
    for value, score in expected.items():
        try:
            got = rule.score(str(value), w, None if target is None else str(target))
        except RuleGapError as e:
            # the reading says it does not cover this value ("规则有缺口" when scored): a refusal at
            # scoring time, never a score — counted as refused (GAP), not read and not wrong (i11i;
            # until fresh8's first run such a gap counted as wrong: see docs/notes/issue-11.md)
            return f"{GAP}{value} → {e.message_zh}（应为 {score}）"
        except JixiaoError as e:
            return f"{value} → {e.message_zh}（应为 {score}）"
        if got != Decimal(str(score)):
            return f"{value} → {got}（应为 {score}）"
    return None


def _equal_items_count(r: Any, scores: dict[Any, Any], w: Any) -> bool:
    """A checklist of n items worth p each, adding up to the 分值, against scores labelled by the number of failings
    k (policy 同额扣分并入次数): the same score at every labelled k (W − p·k, k ≤ n). Session 24: the corpus labels
    equal deductions both ways (count: AQ2-7, AR6-2, BD1-1; items: AI6-1, AN2-1, AX3-2) and the reader reads them as
    items when it can name them — the two give the same scores, so either reading of such a row is right."""
    points = {i.points for i in r.items}
    weight = Decimal(str(w))
    if len(points) != 1 or r.max_points != weight:
        return False
    p, n = next(iter(points)), len(r.items)
    try:
        counts = {int(str(k)): Decimal(str(v)) for k, v in scores.items()}
    except ValueError:
        return False
    return all(0 <= k <= n and weight - p * k == v for k, v in counts.items())


def items_as_count(a: Any, b: Any, w: Any) -> bool:
    """One reading an equal-item checklist adding up to the 分值, the other a rule giving W − p·k for k = 0 … n
    failings (the count of the same deductions, policy 同额扣分并入次数): the same scores either way (session 24) —
    or p·k for k items MET (the count to reach, `>=n: W; <n: W - p per 1`, session 35: fresh67 CB3-1 with its commas
    made "；")."""
    for items, rule in ((a, b), (b, a)):
        if items.kind == "checklist" and items.items and rule.rule is not None and rule.ok:
            n = len(items.items)
            try:
                scores = {k: rule.rule.score(str(k), w) for k in range(n + 1)}
            except JixiaoError:
                continue
            if _equal_items_count(items, scores, w) or _equal_items_count(items, {n - k: v for k, v in scores.items()}, w):
                return True
    return False


_POINTS = re.compile(r"(\d+(?:\.\d+)?)\s*分")


def count_of_equal_items(text: str, rule: Any, w: Any, total: Any) -> bool:
    """A `checklist` label read as a count (session 37 — the other half of `_equal_items_count`): the items add up to the
    分值 and every point the text prints (other than the 分值 itself) is one value p, so the n = W ÷ p items are equal and
    the count reading gives the same scores as the items (policy 同额扣分并入次数) — W − p·k for k failings, or p·k for k
    items met (CB3-3, CD2-x relabelled before this; fresh9 V11-1's variants). Unequal points in the text: no."""
    weight, p = Decimal(str(w)), equal_item_points(text, w, total)
    if p is None:
        return False
    n = int(weight / p)
    try:
        got = [rule.score(str(k), w) for k in range(n + 1)]
    except JixiaoError:
        return False
    return got in ([weight - p * k for k in range(n + 1)], [p * k for k in range(n + 1)])


def equal_item_points(text: str, w: Any, total: Any) -> Decimal | None:
    """p when every point the text prints (other than the 分值) is p and the items, totalling the 分值, number ≥ 2."""
    weight, whole = Decimal(str(w)), Decimal(str(total))
    points = {Decimal(m) for m in _POINTS.findall(text)} - {weight}
    if whole != weight or len(points) != 1:
        return None
    p = next(iter(points))
    n = weight / p if p > 0 else Decimal(0)
    return p if n == n.to_integral_value() and n >= 2 else None


def _refuses_without_target(rule: Any, w: Any) -> bool:
    """A `needs_target` label (session 38): the sentence is a step or band from the row's own target ("每降低1%，扣0.5分")
    and this row prints none (or two): a reading relative to the target is the right one, and it is refused where it
    counts — scoring without the target. Any value scored without a target makes the reading wrong."""
    if not rule.uses_target:
        return False
    for value in ("0", "50", "90%", "100%", "1"):
        try:
            rule.score(value, w)
        except JixiaoError:
            continue
        return False
    return True


def judge(entry: dict[str, Any]) -> tuple[str, str]:
    r = read_rule_text(entry["text"], entry["w"])
    if "refuse" in entry:
        if entry.get("needs_target") and r.ok and r.rule is not None and _refuses_without_target(r.rule, entry["w"]):
            return "refused-ok", ""
        if r.ok or r.kind == "checklist":
            return "wrong", f"应拒绝（{entry['refuse']}），却读成 {r.canonical or r.kind}"
        return "refused-ok", ""
    if "manual" in entry:
        if r.kind == "judgement":
            return "read", ""
        if r.kind == "unreadable":
            return "refused", "；".join(r.unread)
        return "wrong", f"应人工评分，却读成 {r.canonical or r.kind}"
    if "checklist" in entry:
        if r.kind == "checklist":
            total = Decimal(str(entry["checklist"]))
            if r.max_points == total:
                return "read", ""
            return "wrong", f"分项合计 {r.max_points}（应为 {total}）"
        if r.rule is not None and r.ok and count_of_equal_items(entry["text"], r.rule, entry["w"], entry["checklist"]):
            return "read", ""
        if r.rule is not None and r.ok:
            return "wrong", f"应为分项清单，却读成 {r.canonical}"
        return "refused", "；".join(r.unread)
    expected = entry.get("scores") or entry.get("levels")
    if r.kind == "checklist" and "scores" in entry and _equal_items_count(r, entry["scores"], entry["w"]):
        return "read", ""
    if r.kind == "checklist":  # items added up where the table lists alternatives
        return "wrong", f"读成分项清单（合计 {r.max_points}），实为互斥的分档"
    if r.rule is None or not r.ok:
        if r.kind in ("checklist", "judgement") and "scores" in entry:
            return "refused", f"读成 {r.kind}"
        return "refused", "；".join(r.unread) or r.kind
    if "levels" in entry:
        names = [str(v) for v in entry["levels"]]
        if not all(r.rule.names_text(n) for n in names):
            return "refused", f"读成的等级名不同：{r.canonical}"
    miss = _scores_match(r.rule, expected, entry["w"], entry.get("target"))
    if miss is not None and miss.startswith(GAP):
        return "refused", f"{r.canonical}：{miss[len(GAP):]}"
    if miss is not None:
        return "wrong", f"{r.canonical}：{miss}"
    return "read", ""


def measure() -> dict[str, Any]:
    """Counts per split: {split: {"read", "refused", "wrong", "refused-ok", "n", "details"}}."""
    _sources, entries = load()
    out: dict[str, Any] = {}
    for e in entries:
        status, detail = judge(e)
        s = out.setdefault(e["split"], {"read": 0, "refused": 0, "wrong": 0, "refused-ok": 0,
                                        "n": 0, "details": []})
        s[status] += 1
        s["n"] += 1
        if status in ("wrong", "refused"):
            s["details"].append(f"{e['id']} {status}: {detail}")
    return out


def read_rate(split: dict[str, Any]) -> float:
    """Read share of the sentences that should be read (refuse-entries excluded)."""
    n = split["n"] - split["refused-ok"] - sum(1 for d in split["details"] if "应拒绝" in d)
    return split["read"] / n if n else 0.0
