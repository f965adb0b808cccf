"""r42: meaning-changing edits of corpus sentences the reader reads right, each with what must happen (issue 11).

A metamorphic search for wrong readings: take a sentence the reader reads right (corpus label → every hand score
matches), change its text in one way whose effect on the correct scores is known BEFORE running the reader, and
check the new reading against that expectation. Each edit yields an :class:`Edit` carrying

* ``text``: the edited sentence;
* ``expect``: one of
  - ``"scores"``: the reading must give ``scores`` (value → score, computed from the labelled scores by the edit's own
    arithmetic) — or be refused;
  - ``"differs"``: some labelled value must score differently than before — or the reading is refused (a swapped
    direction, a negation, 得↔扣: a reading giving every old score again has ignored the edit);
  - ``"changes"``: the canonical rule (or its notes) must change — or be refused (a number or unit the labelled
    values do not reach);
  - ``"refused"``: the text contradicts itself (one condition printed twice with different points).

The edits (``EDITS``) are plain text replacements on one occurrence; an edit that does not apply to a sentence
yields nothing. :func:`violations` runs them and returns what broke its expectation.

>>> [e.kind for e in points_edit("90%以上得5分，否则不得分", 5, {"95%": 5, "80%": 0}, "<canonical>")]
['points']
>>> points_edit("90%以上得5分，否则不得分", 5, {"95%": 5, "80%": 0}, "<canonical>")[0].scores
{'95%': Decimal('4.5'), '80%': Decimal('0')}
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, Callable

from jixiao.errors import JixiaoError
from jixiao.rules.chinese import read_rule_text


@dataclass(frozen=True)
class Edit:
    kind: str
    text: str
    expect: str  # "scores" | "differs" | "changes" | "refused"
    scores: dict[str, Decimal] = field(default_factory=dict)


def _num(s: str) -> Decimal:
    return Decimal(s)


def _fmt(d: Decimal) -> str:
    s = format(d.normalize(), "f")
    return s


def _labelled(scores: dict[Any, Any]) -> dict[str, Decimal]:
    return {str(k): Decimal(str(v)) for k, v in scores.items()}


def _is_band(canonical: str) -> bool:
    """Points per band only (no per-step deduction, no proportion, no formula): moving one band end moves nothing
    outside the moved stretch."""
    return not re.search(r"per|prop|[×/]|\(|target|T", canonical)


_POINTS = re.compile(r"(?<![\d.])(得|计|记|给|扣|加)(\d+(?:\.\d+)?)分")


def points_edit(text: str, w: Any, scores: dict[Any, Any], canonical: str) -> list[Edit]:
    """``得N分`` (printed once, N a band's points, no 满分 word, no 扣 in the sentence) → ``得(N−0.5)分``: each
    labelled value scoring N now scores N − 0.5, the others as before. Elsewhere (扣N分, 计N分 beside deductions):
    the reading must change."""
    found = list(_POINTS.finditer(text))
    out: list[Edit] = []
    for m in found:
        n = _num(m.group(2))
        if n == 0 or sum(1 for x in found if _num(x.group(2)) == n) > 1:
            continue
        new = n - Decimal("0.5") if n > 1 else n / 2
        edited = text[:m.start(2)] + _fmt(new) + text[m.end(2):]
        lab = _labelled(scores)
        simple = (m.group(1) in "得计记给" and "扣" not in text and "满分" not in text and "满分值" not in text
                  and _is_band(canonical) and new not in lab.values())
        if simple and any(v == n for v in lab.values()):
            out.append(Edit("points", edited, "scores", {k: (new if v == n else v) for k, v in lab.items()}))
        else:
            out.append(Edit("points", edited, "changes"))
        if len(out) == 3:
            break
    return out


_PCT = re.compile(r"(?<![\d.分])(\d+(?:\.\d+)?)(%|％)")


def _value_num(v: str) -> Decimal | None:
    m = re.fullmatch(r"(-?\d+(?:\.\d+)?)%?", v.strip())
    return Decimal(m.group(1)) if m else None


_THRESHOLD = re.compile(r"(?<![\d.每分])(\d+(?:\.\d+)?)(%|％|个|人|次|天|家|户|件|项|处|起)(?!分)")


def threshold_edit(text: str, w: Any, scores: dict[Any, Any], canonical: str) -> list[Edit]:
    """Each band end T (a % or a count, not a step after 每) → T ± 1 (or ± 0.5) such that no labelled value lies between
    the two and no other end is crossed: on a band rule every labelled score stays; elsewhere the canonical must
    change (or the text is refused)."""
    lab = _labelled(scores)
    vals = [x for x in (_value_num(k) for k in lab) if x is not None]
    if not vals or len(vals) != len(lab):
        return []
    ends = [m for m in _THRESHOLD.finditer(text) if (m.group(2) in "%％") == all(k.endswith("%") for k in lab)]
    numbers = {_num(m.group(1)) for m in ends}
    out = []
    for m in ends:
        t = _num(m.group(1))
        if t == 0 or (t == 100 and m.group(2) in "%％"):
            continue
        for d in (Decimal(-1), Decimal(1), Decimal("-0.5"), Decimal("0.5")):
            new = t + d
            lo, hi = min(t, new), max(t, new)
            if new <= 0 or any(lo <= x <= hi for x in numbers - {t}) or any(lo <= v <= hi for v in vals):
                continue
            edited = text[:m.start(1)] + _fmt(new) + text[m.end(1):]
            if _is_band(canonical):
                out.append(Edit("threshold", edited, "scores", lab))
            else:
                out.append(Edit("threshold", edited, "changes"))
            break
    return out


#: (word, replacement, where): "after" — a suffix right after its number ("90%以上"); "before" — a comparison word
#: on the number after it, at most 10 characters on ("高于90%", "达到年度任务90%"); only where the word decides the band
_SWAPS = [("以上", "以下", "after"), ("以下", "以上", "after"), ("高于", "低于", "before"), ("低于", "高于", "before"),
          ("大于", "小于", "before"), ("小于", "大于", "before"), ("≥", "≤", "before"), ("≤", "≥", "before"),
          ("不低于", "低于", "before"), ("超过", "未超过", "before"), ("未达到", "达到", "before"),
          ("达到", "未达到", "before"), ("完成", "未完成", "before")]
_NEGATED = ("不", "未", "没")


def swap_edit(text: str, w: Any, scores: dict[Any, Any], canonical: str) -> list[Edit]:
    """One direction or negation word of a numeric condition swapped (以上↔以下, 高于↔低于, 不低于→低于, 超过→未超过,
    达到↔未达到, 完成→未完成), where the sentence prints it once: some labelled value must score differently (or the
    text be refused). Not a measure's name ("完成率" → "未完成率" is another measure, read as written)."""
    out = []
    for a, b, where in _SWAPS:
        if text.count(a) != 1:
            continue
        i = text.index(a)
        j = i + len(a)
        if text[max(0, i - 1):i] in _NEGATED and not a.startswith(_NEGATED):
            continue  # "不低于" is its own word
        if a == "低于" and text[max(0, i - 1):i] in _NEGATED:
            continue
        if where == "after" and not re.search(r"\d[%％]?(?:[（(]含[^）)]*[）)])?(?:及)?$", text[:i]):
            continue
        if where == "before" and not re.match(r"[^，,。；;：:\d率比数]{0,10}\d", text[j:]):
            continue
        if text[max(0, i - 1):i] in ("下", "送", "传", "转", "上") or re.fullmatch(r"\*: [^;]* per 1", canonical):
            continue  # "下达到项目…"; a count of findings (the word is in what is counted, not in a band)
        clause = re.split(r"[，,；;。\n]", text[j:], maxsplit=1)
        here = re.split(r"[，,；;。\n]", text[:i])[-1] + a + clause[0]
        then = re.split(r"[，,；;。\n]", clause[1])[0] if len(clause) > 1 else ""
        if not re.search(r"\d分", here) and not re.fullmatch(r"\s*(?:得|计|扣)?\d+(?:\.\d+)?分\s*", then):
            continue  # a requirement on its own ("漏补报率低于2%,每超过…扣") says the same either way round
        out.append(Edit(f"swap {a}→{b}", text[:i] + b + text[j:], "differs"))
    return out


def gain_loss_edit(text: str, w: Any, scores: dict[Any, Any], canonical: str) -> list[Edit]:
    """得N分 → 扣N分 (N > 0, the only 得N分): some labelled value must score differently, or refused."""
    ms = [m for m in _POINTS.finditer(text) if m.group(1) == "得" and _num(m.group(2)) > 0]
    if len(ms) != 1 or w is None or _num(ms[0].group(2)) * 2 == Decimal(str(w)):
        return []  # (得N分 and 扣N分 give the same N on a 2N-point row)
    m = ms[0]
    return [Edit("得→扣", text[:m.start(1)] + "扣" + text[m.end(1):], "differs")]


_UNTIL = re.compile(r"[，,；;]?(扣完为止|扣完本项分值为止|扣完为止。|直至扣完|扣至0分为止|扣完本项分为止)")


def cap_edit(text: str, w: Any, scores: dict[Any, Any], canonical: str) -> list[Edit]:
    """A per-finding/per-step deduction: "扣完为止" → "最多扣C分", or "，最多扣C分" added where no cap or floor is printed
    (C half the largest labelled deduction): each labelled score s becomes max(s, W − C)."""
    if "per" not in canonical or w is None or "prop" in canonical or not re.search(r"每[^，,；;。]{0,12}(?:扣|减)", text):
        return []  # (a cap on what is not deducted step by step — a formula, a bonus — says nothing clear)
    m = _UNTIL.search(text)
    if re.search(r"最多|最高|上限|封顶|最低|不超过", text) or m is None and re.search(r"为止|扣满|扣完|扣至|直至", text):
        return []
    weight = Decimal(str(w))
    lab = _labelled(scores)
    lost = max((weight - v for v in lab.values()), default=Decimal(0))
    if lost <= 0:
        return []
    cap = lost / 2
    if cap == 0:
        return []
    if m is not None:
        edited = text[:m.start()] + "，最多扣" + _fmt(cap) + "分" + text[m.end():]
    else:  # no cap printed: one added at the end
        edited = re.sub(r"[。.；;]?$", "", text) + "，最多扣" + _fmt(cap) + "分。"
    return [Edit("cap", edited, "scores", {k: max(v, weight - cap) for k, v in lab.items()})]


def overflow_edit(text: str, w: Any, scores: dict[Any, Any], canonical: str) -> list[Edit]:
    """A proportion (score = W × rate) + "(超过100%的按100%计算)": labelled values ≤ 100 % keep their scores; a value
    above 100 % scores what 100 % scores (W)."""
    if canonical.strip() != "*: prop" or w is None:
        return []
    lab = _labelled(scores)
    out: dict[str, Decimal] = {}
    for k, v in lab.items():
        x = _value_num(k)
        if x is None or not k.endswith("%"):
            return []
        out[k] = v if x <= 100 else Decimal(str(w))
    edited = re.sub(r"[。.]?$", "", text) + "（超过100%的按100%计算）"
    return [Edit("overflow", edited, "scores", out)]


_CLAUSE = re.compile(r"[^，,；;。]+")


def conflict_edit(text: str, w: Any, scores: dict[Any, Any], canonical: str) -> list[Edit]:
    """A band clause "…N%…得P分" printed again with other points ("…得Q分"): the same condition cannot score both → must be
    refused."""
    for m in _CLAUSE.finditer(text):
        c = m.group(0)
        pm = list(_POINTS.finditer(c))
        if len(pm) != 1 or pm[0].group(1) != "得" or not _PCT.search(c) or "每" in c or "\n" in c \
                or not _PCT.search(c[:pm[0].start()]):
            continue
        p = _num(pm[0].group(2))
        q = p - 1 if p >= 1 else p + 1
        twin = c[:pm[0].start(2)] + _fmt(q) + c[pm[0].end(2):]
        edited = text[:m.end()] + "；" + twin + text[m.end():]
        return [Edit("conflict", edited, "refused")]
    return []


def drop_edit(text: str, w: Any, scores: dict[Any, Any], canonical: str) -> list[Edit]:
    """Drop one band clause carrying positive points (得/计/扣 N分, N > 0, not the only scoring clause) of a band rule:
    the canonical must change or the reading be refused. (Not a per-finding list: dropping one of several kinds
    deducted alike leaves the same rule.)"""
    if not _is_band(canonical):
        return []
    clauses = list(_CLAUSE.finditer(text))
    scoring = [m for m in clauses if any(_num(p.group(2)) > 0 for p in _POINTS.finditer(m.group(0)))
               and re.search(r"\d", _POINTS.sub("", m.group(0)))]  # a band, not the base "示范户满意度得10分"
    if len(scoring) < 2:
        return []
    m = scoring[0]
    edited = (text[:m.start()] + text[m.end() + 1:]).strip("，,；;")
    return [Edit("drop", edited, "changes")]


def unit_edit(text: str, w: Any, scores: dict[Any, Any], canonical: str) -> list[Edit]:
    """Every % → ‰, or 万元 → 元, or 天 → 个月 (in the thresholds/steps): the reading must change (canonical or notes) or
    be refused — the same rule for another unit is a wrong score for whoever types the value."""
    out: list[Edit] = []
    if re.fullmatch(r"\*: [^;]* per 1", canonical):
        return out  # a count of findings: a unit there is in what is required, not in the rule
    if "%" in canonical and re.search(r"\d(%|％)", text):
        out.append(Edit("unit %→‰", re.sub(r"(\d)(%|％)", r"\1‰", text), "changes"))
    if re.search(r"\d万元", text):
        out.append(Edit("unit 万元→元", re.sub(r"(\d)万元", r"\1元", text), "changes"))
    if re.search(r"\d(个工作日|天|日)", text) and re.search(r"\d", canonical.replace("W", "")):
        out.append(Edit("unit 天→个月", re.sub(r"(\d)(个工作日|天|日)", r"\1个月", text), "changes"))
    return out


def exclusive_edit(text: str, w: Any, scores: dict[Any, Any], canonical: str) -> list[Edit]:
    """"N%以上" / "N%以下" (printed once, no bracket after) → "N%以上(不含)": on a band rule every labelled value other
    than N keeps its score, and the canonical changes (N itself moves to the next band) — or the text is refused."""
    ms = [m for m in re.finditer(r"(\d+(?:\.\d+)?)(%|％)(及)?(以上|以下)(?![（(])", text)]
    if len(ms) != 1 or not _is_band(canonical) or ms[0].group(3):
        return []
    m = ms[0]
    n = _num(m.group(1))
    if sum(1 for x in _PCT.finditer(text) if _num(x.group(1)) == n) > 1:
        return []  # N also ends another band ("60%(含)-70%"): where N goes is settled there already
    lab = {k: v for k, v in _labelled(scores).items() if _value_num(k) != n}
    edited = text[:m.end()] + "(不含)" + text[m.end():]
    return [Edit("exclusive", edited, "scores", lab), Edit("exclusive", edited, "changes")]


EDITS: list[Callable[[str, Any, dict[Any, Any], str], list[Edit]]] = [
    points_edit, threshold_edit, swap_edit, gain_loss_edit, cap_edit, overflow_edit, conflict_edit, drop_edit,
    unit_edit, exclusive_edit]


def _score(rule: Any, v: str, w: Any, target: Any = None) -> Decimal | None:
    try:
        return rule.score(v, w, None if target is None else str(target))
    except JixiaoError:
        return None


def check(entry: dict[str, Any], edit: Edit) -> str | None:
    """None when the edited text's reading meets the edit's expectation, else what went wrong."""
    w = entry["w"]
    # the entry's row target (`target:`), as the judge scores it: a reading from T scores nothing without it, so "每低于
    # 目标值1天" swapped to "每高于…" (fresh N4-1, read from T since r63) would look unchanged (r63)
    t = entry.get("target")
    before = read_rule_text(entry["text"], w)
    r = read_rule_text(edit.text, w)
    if not r.ok or r.rule is None:
        return None  # refused: never a wrong score
    if edit.expect == "refused":
        return f"应拒绝，却读成 {r.canonical}"
    if edit.expect == "scores":
        for v, s in edit.scores.items():
            got = _score(r.rule, v, w, t)
            if got is not None and got != s:
                return f"{v} → {got}（应为 {s}）；{r.canonical}"
        return None
    labelled = [str(k) for k in entry["scores"]]
    old = {v: _score(before.rule, v, w, t) for v in labelled}
    new = {v: _score(r.rule, v, w, t) for v in labelled}
    if edit.expect == "differs":
        return None if old != new else f"各值得分不变：{r.canonical}"
    same = r.canonical == before.canonical and r.understood == before.understood
    return f"规则未变：{r.canonical}" if same else None


def read_entries(entries: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The corpus entries with numeric scores whose reading today gives every labelled score."""
    from tests.rules_chinese.corpus import judge
    return [e for e in entries if "scores" in e and judge(e)[0] == "read"
            and read_rule_text(e["text"], e["w"]).rule is not None]


def violations(entries: list[dict[str, Any]]) -> list[tuple[str, str, str, str]]:
    """(id, edit kind, edited text, what went wrong) for every edit of every entry that broke its expectation."""
    out = []
    for e in entries:
        canonical = read_rule_text(e["text"], e["w"]).canonical or ""
        for make in EDITS:
            for edit in make(e["text"], e["w"], e["scores"], canonical):
                why = check(e, edit)
                if why is not None:
                    out.append((e["id"], edit.kind, edit.text, why))
    return out
