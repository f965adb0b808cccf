"""r50: meaning-changing edits of the corpus sentences read through the newest paths (issue 11, red team 6).

The paths: flattened tables with bare points (tablelevels.py, r46), a deduction spread over a printed list
(deductionlist.spread_items, r47), and the checks every reading passes (guard.py). Each edit of a corpus sentence read
right today says BEFORE the reader runs what must happen (r42's method, :mod:`tests.rules_chinese.r42_edits`):

* ``"refused"``: the edited text does not settle the scores (a scale out of order, an open list, a cap the items cannot
  say) — the reading must be refused;
* ``"not_items"``: the number of items is no longer the printed one (a deduction once for the whole list, a count word
  changed) — the reading must not be a checklist with the same items and the same total (refused, or another reading);
* ``"scores"``: the labelled scores as the edit's own arithmetic gives them (``scores``) — or refused.

>>> [e.kind for e in table_edits("依据充分 3 分,基本充分 2 分。", 3, {"依据充分": 3, "基本充分": 2}, "levels")]
['swap_points', 'over_weight', 'swap_names']
>>> table_edits("依据充分 3 分,基本充分 2 分。", 3, {"依据充分": 3, "基本充分": 2}, "levels")[2].text
'基本充分 3 分,依据充分 2 分。'
>>> table_edits("依据充分 3 分,基本充分 2 分。", 3, {}, "levels")[0].text
'依据充分 2 分,基本充分 3 分。'
>>> [e.text for e in spread_edits("A未建立甲制度、乙制度的各扣1分;无计划扣2分", 4, None) if e.kind == "once"]
['A未建立甲制度、乙制度的扣1分;无计划扣2分']
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from jixiao.rules.chinese import read_rule_text
from jixiao.rules.chinese.tablelevels import TableLevels, read_table_levels
from tests.rules_chinese import r42_edits
from tests.rules_chinese.r42_edits import _score


@dataclass(frozen=True)
class Edit:
    kind: str
    text: str
    expect: str  # "refused" | "not_items" | "scores"
    scores: dict[str, Decimal] = field(default_factory=dict)


#: a level's bare points in a flattened table: a number after the words, before a break or the end ("依据充分 3 分,", "≥3000 2")
_BARE_POINTS_RE = re.compile(r"(?<=[\u4e00-\u9fff。.)）%\d])(?P<sp>\s+)(?P<n>\d+(?:\.\d+)?)(?P<fen>\s*分)?(?=\s*(?:[\n,，;；。]|$))")


def _points(text: str) -> list[re.Match[str]]:
    return list(_BARE_POINTS_RE.finditer(text))


def _put(text: str, m: re.Match[str], n: str) -> str:
    return text[: m.start("n")] + n + text[m.end("n"):]


def table_edits(text: str, w: Any, labels: dict[Any, Any], how: str) -> list[Edit]:
    """Edits of a flattened table (levels, bands or items each with bare points; ``labels`` the corpus scores or levels,
    ``how`` "levels" / "scores" / "checklist"):

    * ``swap_points``: the points of the first two levels exchanged (A ↔ B, each printed once): every labelled value that
      scored A scores B and the other way round — a reading that ignores the swap is wrong; refused is fine (a scale
      out of order: "好 2分 较好 3分"). Not made for items (the total is the same);
    * ``over_weight``: the first level's points → 分值 + 1: scoring is capped at the 分值 (rule-max-weight policy), so every
      labelled score stays — or refused (the table reader's own "数大于分值");
    * ``swap_names``: (worded levels) the words of the first two levels exchanged, points kept, when the second is a
      lesser degree of the first ("依据充分 3 分,基本充分 2 分" → "基本充分 3 分,依据充分 2 分"): the lesser level above
      the full one — refused;
    * ``items_over``: (items) one item's points + 1: the items no longer add up to the 分值: not the same items.
    """
    found = _points(text)
    if len(found) < 2:
        return []
    out = []
    a, b = found[0], found[1]
    lab = _labelled(labels)
    pa, pb = Decimal(a["n"]), Decimal(b["n"])
    once = sum(1 for m in found if Decimal(m["n"]) in (pa, pb)) == 2
    if pa != pb and how != "checklist" and once:
        swapped = text[: a.start("n")] + b["n"] + text[a.end("n"): b.start("n")] + a["n"] + text[b.end("n"):]
        out.append(Edit("swap_points", swapped, "scores",
                        {k: pb if s == pa else pa if s == pb else s for k, s in lab.items()}))
    if how != "checklist":
        out.append(Edit("over_weight", _put(text, a, str(Decimal(str(w)) + 1)), "scores", lab))
    if how == "levels":
        first = re.split(r"[\n。,，;；]", text[: a.start()])[-1].strip()
        second = text[a.end(): b.start()].strip("\n ,，;；。")
        whole = text[: a.start()].rstrip().endswith(first) and (
            text.startswith(first) or text[text.index(first) - 1] in "\n。")
        if whole and first and second and re.search(r"基本|较|比较", second) and not re.search(r"[,，、;；]", second) \
                and text.count(first) == 1:
            named = text.replace(second, "\0").replace(first, second).replace("\0", first)
            out.append(Edit("swap_names", named, "refused"))
    if how == "checklist":
        out.append(Edit("items_over", _put(text, a, str(pa + 1)), "not_items"))
    return out


#: a deduction spread over a list (as printed: 各扣 / 分别扣 / 每项扣 / 每少一项扣 / 每缺一项扣)
_SPREAD_RE = re.compile(r"(?P<word>各|分别|每项|每少(?:1|一)项|每缺(?:少)?(?:1|一)项)(?P<verb>扣)(?P<n>\d+(?:\.\d+)?)分")
#: a count word before a failing: "两个80%达不到" (as printed, 繁体 too)
_COUNT_WORD_RE = re.compile(r"(两|兩|2)(个|個|项|項)")


def spread_edits(text: str, w: Any, scores: dict[Any, Any] | None) -> list[Edit]:
    """Edits of a deduction spread over a printed list:

    * ``once``: "各扣N分" → "扣N分" — the deduction once for the whole list: the list is ONE failing, not one item per
      name: never the same items (``not_items``);
    * ``open``: "…等" closing the list (before the failing's 的 / 各): how many items is not printed: refused when
      read as items (a count of failings, ``*: W - N per 1``, reads the number the user types: its scores stand);
    * ``cap``: ",最多扣N分" after the spread deduction, N the deduction itself (less than the row's deductions):
      items cannot hold it: refused when read as items; a count reading scores max(s, W − N) at each labelled count;
    * ``count``: "两个" → "三个" (a count word giving the items): the total changes: ``not_items``;
    * ``both``: "均" before the list's failing ("…均未完成…各扣2分"): each on its own or all together?: refused when
      read as items.
    """
    m = _SPREAD_RE.search(text)
    if m is None:
        return []
    n = Decimal(m["n"])
    out = [Edit("once", text[: m.start()] + "扣" + text[m.start("n"):], "not_items")]
    head = text[: m.start()]
    cut = re.search(r"(?:的|旳|者)?[,，]?$", head)
    at = cut.start() if cut is not None else len(head)
    neg = re.search(r"(?:不|未|没有|无)[^、，,;；]*$", head[:at])
    # "等" after the last listed name: before the failing words ("工作计划、工作目标、工作措施等不明确") or at the end
    open_at = neg.start() if neg is not None and "、" in head[: neg.start()] else at
    listed = re.split(r"[;；。，,]", head[:open_at])[-1]
    # (not when the list is not the deduction's own clause: "③…办法,1分,每少一项扣1分" — items with points)
    own = not re.search(r"\d分", listed)
    if own and ("、" in listed or "和" in listed):
        out.append(Edit("open", text[:open_at] + "等" + text[open_at:], "refused" if scores is None else "scores",
                        _labelled(scores)))
    capped = text[: m.end()] + f",最多扣{m['n']}分" + text[m.end():]
    if scores is None:
        out.append(Edit("cap", capped, "refused"))
    else:
        lab = _labelled(scores)
        ww = Decimal(str(w))
        out.append(Edit("cap", capped, "scores", {k: max(s, ww - n) for k, s in lab.items()}))
    c = _COUNT_WORD_RE.search(head)
    if c is not None:
        out.append(Edit("count", text[: c.start()] + "三" + text[c.start(2):], "not_items"))
    if own and neg is not None and ("和" in head[: neg.start()] or "、" in head[: neg.start()]):
        out.append(Edit("both", text[: neg.start()] + "均" + text[neg.start():], "refused" if scores is None else "scores",
                        _labelled(scores)))
    return out


def _labelled(scores: dict[Any, Any] | None) -> dict[str, Decimal]:
    return r42_edits._labelled(scores or {})


def check(entry: dict[str, Any], edit: Edit) -> str | None:
    """None when the edited text's reading meets the edit's expectation, else what went wrong (Chinese)."""
    w = entry["w"]
    r = read_rule_text(edit.text, w)
    if r.kind == "unreadable" or (r.kind != "checklist" and not r.ok):
        return None  # refused: never a wrong score
    if edit.expect == "refused":
        return f"应拒绝，却读成 {r.canonical or [(i.text, str(i.points)) for i in r.items]}"
    if edit.expect == "not_items":
        before = read_rule_text(entry["text"], w)
        if r.kind == "checklist" and r.max_points == before.max_points \
                and len(r.items) == len(before.items):
            return f"分项未变：{[(i.text, str(i.points)) for i in r.items]}"
        return None
    if r.rule is None:
        return f"读成分项清单 {[(i.text, str(i.points)) for i in r.items]}"
    for v, s in edit.scores.items():
        got = _score(r.rule, v, w)
        if got is not None and got != s:
            return f"{v} → {got}（应为 {s}）；{r.canonical}"
    return None


def edits_for(entry: dict[str, Any]) -> list[Edit]:
    """The edits that apply to a corpus entry: spread edits for a deduction spread over a list, table edits for a
    flattened table the table reader reads (levels, bands or items)."""
    text, w = entry["text"], entry["w"]
    how = "checklist" if "checklist" in entry else "levels" if "levels" in entry else "scores"
    out = []
    if _SPREAD_RE.search(text):
        out += spread_edits(text, w, entry.get("scores"))
    elif len(_points(text)) >= 2 and isinstance(read_table_levels(text, Decimal(str(w)), lambda t: read_rule_text(t, w)),
                                                TableLevels):
        out += table_edits(text, w, entry.get("levels") or entry.get("scores") or {}, how)
    return out


def violations(entries: list[dict[str, Any]]) -> list[tuple[str, str, str, str]]:
    """(id, edit kind, edited text, what went wrong) for every edit that broke its expectation."""
    out = []
    for e in entries:
        for edit in edits_for(e):
            why = check(e, edit)
            if why is not None:
                out.append((e["id"], edit.kind, edit.text, why))
    return out
