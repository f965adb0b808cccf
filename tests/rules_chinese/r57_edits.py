"""r57: meaning-changing edits of the sentences read through the paths of session 35 (r52–r54; issue 11, red team 7).

Each edit says BEFORE the reader runs what must happen (r42's method, :class:`tests.rules_chinese.r42_edits.Edit`):
``"refused"`` (the edited text does not settle the scores) or ``"scores"`` (the scores the edit's own arithmetic gives,
worked out here from the printed numbers — a refusal is always allowed). The edits:

* ``part_ceil`` / ``part_floor`` / ``part_prop`` / ``part_other``: a statement on a part of a step of several
  ("每少2场扣1分" / "每低3个百分点扣0.5分") appended: 不足k按k计 (a part counts whole), 不足k的不扣分 (whole steps only),
  不足k按比例扣分 (a part counts its share), and 不足(k+1) — a statement on another step: refused (partsteps, r52);
* ``cap_below_one`` / ``cap_one_and_half``: the deduction cap closing a count reading ("每处扣3分,最高扣12分") made
  smaller than one failing (p ÷ 2) or one and a half failings: the score is W − min(cap, p·n), floored at 0;
* ``cap_per_head``: "每人" put before the closing cap when the cap is below the 分值 — a cap per person is not the row's
  cap: refused (cappedlist, perunit's capped subject, r52);
* ``first_swap`` / ``first_gap`` / ``first_together``: in "前2場次各得分3分，…第3場得分2分，本項最高得分8分" the two
  rates exchanged (read only if k·b + a is still the cap, then n → b·min(n, k) + a past k), the (k+2)-th named, or
  各 dropped: refused (firstfew, r52);
* ``times_other`` / ``divide`` / ``one_minus`` / ``rounded``: "比例值乘以N" with N → N + 2 (a score above the 分值), "除以N",
  "(1-比例值)乘以N", "…后取整得分": refused (r53's rate × N in words);
* ``base_over`` / ``base_steps_doubled`` / ``base_only_up``: a base score moved both ways ("得基准分80分,每增(减)0.25%,
  加(减)1.0分"): the base above the 分值 → refused; the points per step doubled → min(W, max(0, B ± 2·a·steps)) at the
  labelled values (whole steps); only "每增…加…" left → below the base point unsaid: refused (basesteps, r53);
* ``task_half`` / ``task_bonus`` / ``task_minus``: in "完成…任务得基本分, 完不成…不得分" a level 基本完成 (half the points) put
  before the failing, a bonus for 超额完成, or 不得分 → 扣2分: scores 完成 W / 基本完成 W/2 / 完不成 0 (or W − 2), or
  refused; the bonus: refused (taskdone, r54);
* ``circled_deduct`` / ``circled_swap``: "②计4分" → "②扣4分" (② scores W − 4), the first and last options' points
  exchanged (a rising scale): refused (r54's circled option names);
* ``waive_must``: "可以不扣分" → "不可以不扣分" (the deduction always applies): W − p per complaint or refused;
  ``waive_said``: "可以不扣分" → "不扣分" (which complaints count is now the value's business): refused.

>>> [(e.kind, e.expect) for e in edits_for({"text": "①计满分，②计4分，③不得分", "w": 5})]
[('circled_deduct', 'scores'), ('circled_swap', 'refused')]
>>> edits_for({"text": "①计满分，②计4分，③不得分", "w": 5})[0].scores
{'①': Decimal('5'), '②': Decimal('1'), '③': Decimal('0')}
>>> [e.text for e in edits_for({"text": "每处扣3分,最高扣12分", "w": 12})][:2]
['每处扣3分,最高扣1.5分', '每处扣3分,最高扣4.5分']
"""

from __future__ import annotations

import re
from decimal import ROUND_CEILING, ROUND_FLOOR, Decimal
from typing import Any

from jixiao.rules.chinese import read_rule_text
from tests.rules_chinese.r42_edits import Edit, _fmt, _score

__all__ = ["Edit", "check", "edits_for"]

#: scores are compared to 6 places (the rule evaluator writes a third of a step to 10)
_PLACES = Decimal("0.000001")

_N = r"\d+(?:\.\d+)?"


def _d(s: Any) -> Decimal:
    return Decimal(str(s))


def _clamp(s: Decimal, w: Decimal) -> Decimal:
    return min(w, max(Decimal(0), s))


# ---- steps of several (partsteps) ----------------------------------------------------------------------------------

#: "达87%以上计7分,每低3个百分点扣0.5分" / "不少于10场得满分,每少2场扣1分": the full mark at T, p per k short
_PART_RE = re.compile(rf"(?:达|不少于|不低于)?(?P<t>{_N})(?P<u>%|场|名|次|个)(?:以上)?(?:的)?(?:计|得)(?:(?P<top>{_N})分|满分)[,，]"
                      rf"(?:{_N}(?:%|场|名|次|个)以下的)?每(?:低|少|减少|減少)(?P<k>\d+)(?P<ku>个百分点|场|名|次|个)"
                      rf"扣(?P<p>{_N})分[。]?$")


def part_step_edits(text: str, w: Any) -> list[Edit]:
    m = _PART_RE.search(text)
    if m is None or int(m["k"]) < 2:
        return []
    t, k, p = _d(m["t"]), _d(m["k"]), _d(m["p"])
    top = _d(m["top"]) if m["top"] else _d(w)
    unit = m["ku"]
    body = text.rstrip("。")
    values = [t, t - 1, t - k, t - k - 1]
    fmt = (lambda v: f"{_fmt(v)}%") if m["u"] == "%" else _fmt

    def scores(rounding: str | None) -> dict[str, Decimal]:
        out = {}
        for v in values:
            if v < 0:
                continue
            steps = (t - v) / k
            if rounding:
                steps = steps.to_integral_value(rounding=rounding)
            out[fmt(v)] = _clamp(top - p * steps, _d(w))
        return out

    return [Edit("part_ceil", f"{body},不足{_fmt(k)}{unit}的按{_fmt(k)}{unit}计", "scores", scores(ROUND_CEILING)),
            Edit("part_floor", f"{body},不足{_fmt(k)}{unit}的不扣分", "scores", scores(ROUND_FLOOR)),
            Edit("part_prop", f"{body},不足{_fmt(k)}{unit}的按比例扣分", "scores", scores(None)),
            Edit("part_other", f"{body},不足{_fmt(k + 1)}{unit}的按{_fmt(k + 1)}{unit}计", "refused")]


# ---- caps on a count of failings (cappedlist, perunit) --------------------------------------------------------------

#: "每处扣3分,最高扣12分" / "每发现1处扣1分,累计最多扣6分": p per failing, a cap closing the text
_COUNT_CAP_RE = re.compile(rf"(?:每|各)[^,，;；。]{{0,12}}?扣(?P<p>{_N})分[,，;；。]\s*(?P<lead>本项|累计)?"
                           rf"(?P<cap>(?:最多|最高)扣)(?P<c>{_N})分[。]?$")


def cap_edits(text: str, w: Any) -> list[Edit]:
    m = _COUNT_CAP_RE.search(text)
    if m is None:
        return []
    p, c, wd = _d(m["p"]), _d(m["c"]), _d(w)
    out = []
    for kind, cap in (("cap_below_one", p / 2), ("cap_one_and_half", p * Decimal("1.5"))):
        if cap >= wd:
            continue
        edited = text[: m.start("c")] + _fmt(cap) + text[m.end("c"):]
        out.append(Edit(kind, edited, "scores",
                        {str(n): _clamp(wd - min(cap, p * n), wd) for n in range(0, 5)}))
    if c < wd:
        out.append(Edit("cap_per_head", text[: m.start("cap")] + "每人" + text[m.start("cap"):], "refused"))
    return out


#: "每1个项目加2分,学院最多不超过10分" (BL11-7): an award per unit, a cap with the row's subject
_SUBJECT_CAP_RE = re.compile(rf"[,，](?P<subj>[\u4e00-\u9fff]{{2,4}}?)(?=最多(?:不超过)?{_N}分[。]?$)")


def subject_cap_edits(text: str, w: Any) -> list[Edit]:
    m = _SUBJECT_CAP_RE.search(text)
    if m is None or not re.search(r"每\S{0,6}加", text):
        return []
    return [Edit("cap_per_head", text[: m.start("subj")] + "每人" + text[m.end("subj"):], "refused")]


# ---- the first k times at a, the next at b (firstfew) ------------------------------------------------------------

_FIRST_RE = re.compile(rf"前(?P<k>\d)(?P<u>場次|场次|場|场)各(?P<v1>得分|得)(?P<a>{_N})分[，,](?P<mid>[^，,。]{{0,4}}?)第(?P<k1>\d)"
                       rf"(?P<u2>場次|场次|場|场)(?P<v2>得分|得)(?P<b>{_N})分[，,](?P<tail>[^，,。]{{0,6}}?最高(?:得分|得)?)"
                       rf"(?P<c>{_N})分")


def first_few_edits(text: str, w: Any) -> list[Edit]:
    """"前2場次各得分3分，辦理第3場得分2分，本項最高得分8分" (CA8-8): ``first_swap`` — a and b exchanged: k·b + a must
    still be the cap for a reading (n → a + b·(n−1) for n ≤ k, … capped), else refused; ``first_gap`` — the (k+2)-th
    named instead of the (k+1)-th: refused; ``first_together`` — 各 dropped ("前2场得3分": together or each?):
    refused."""
    m = _FIRST_RE.search(text)
    if m is None or int(m["k1"]) != int(m["k"]) + 1:
        return []
    k, a, b, c, wd = int(m["k"]), _d(m["a"]), _d(m["b"]), _d(m["c"]), _d(w)

    def put(**parts: str) -> str:
        out, last = [], 0
        for name in sorted(parts, key=m.start):
            out += [text[last: m.start(name)], parts[name]]
            last = m.end(name)
        return "".join(out) + text[last:]

    swapped = put(a=m["b"], b=m["a"])
    if k * b + a == c == wd:
        swap = Edit("first_swap", swapped, "scores",
                    {str(n): min(wd, b * min(n, k) + (a if n > k else 0)) for n in range(0, k + 3)})
    else:
        swap = Edit("first_swap", swapped, "refused")
    together = text[: m.start("v1") - 1] + text[m.start("v1"):]
    return [swap, Edit("first_gap", put(k1=str(k + 2)), "refused"), Edit("first_together", together, "refused")]


# ---- rate × N in words (fragments._WX_N_RE) --------------------------------------------------------------------

_TIMES_RE = re.compile(rf"(?P<what>比例值|比值|率值)乘以(?P<n>{_N})(?P<how>直接)?得分")


def times_edits(text: str, w: Any) -> list[Edit]:
    m = _TIMES_RE.search(text)
    if m is None:
        return []
    n = _d(m["n"])
    head, tail = text[: m.start()], text[m.end():]
    what, how = m["what"], m["how"] or ""
    return [Edit("times_other", f"{head}{what}乘以{_fmt(n + 2)}{how}得分{tail}", "refused"),
            Edit("divide", f"{head}{what}除以{_fmt(n)}{how}得分{tail}", "refused"),
            Edit("one_minus", f"{head}(1-{what})乘以{_fmt(n)}{how}得分{tail}", "refused"),
            Edit("rounded", f"{head}{what}乘以{_fmt(n)}后取整得分{tail}", "refused")]


# ---- a base moved both ways (basesteps) ------------------------------------------------------------------------

_BASE_RE = re.compile(rf"(?P<t>{_N})%[,，]?得(?:基准|基準)分(?P<b>{_N})分[,，]每增[(（](?:减|減)[)）](?P<s>{_N})%[,，]"
                      rf"加[(（](?:减|減)[)）](?P<a>{_N})分")


def base_edits(text: str, w: Any, scores: dict[Any, Any] | None) -> list[Edit]:
    m = _BASE_RE.search(text)
    if m is None:
        return []
    t, b, s, a, wd = _d(m["t"]), _d(m["b"]), _d(m["s"]), _d(m["a"]), _d(w)
    out = [Edit("base_over", text[: m.start("b")] + _fmt(wd + 10) + text[m.end("b"):], "refused")]
    doubled = {}
    for v in scores or {}:
        x = _d(str(v).rstrip("%"))
        steps = ((x - t) / s).to_integral_value(rounding=ROUND_FLOOR if x >= t else ROUND_CEILING)
        doubled[str(v)] = _clamp(b + 2 * a * steps, wd)
    out.append(Edit("base_steps_doubled", text[: m.start("a")] + _fmt(2 * a) + text[m.end("a"):], "scores", doubled))
    only_up = re.sub(r"[(（](?:减|減)[)）]", "", text)
    out.append(Edit("base_only_up", only_up, "refused"))
    return out


# ---- a task done or not (taskdone) -----------------------------------------------------------------------------

_TASK_FAIL_RE = re.compile(r"[,，。]\s*(?P<fail>(?:完不成|没有完成|未完成)[^,，。]*?)(?P<pts>不得分)")


def task_edits(text: str, w: Any) -> list[Edit]:
    m = _TASK_FAIL_RE.search(text)
    if m is None or "任务" not in text or not re.search(r"得(?:基本分|满分)|任务。", text):
        return []
    wd = _d(w)
    fail = re.match(r"完不成|没有完成|未完成", m["fail"])[0]  # type: ignore[index]
    head, tail = text[: m.start("fail")], text[m.start("fail"):]
    out = [Edit("task_half", f"{head}基本完成任务的得一半分,{tail}", "scores",
                {"完成": wd, "基本完成": wd / 2, fail: Decimal(0)}),
           Edit("task_bonus", f"{head}超额完成任务的加1分,{tail}", "refused")]
    if wd > 2:
        out.append(Edit("task_minus", text[: m.start("pts")] + "扣2分" + text[m.end("pts"):], "scores",
                        {"完成": wd, fail: wd - 2}))
    return out


# ---- circled option names (levels.read_options_by_number) ---------------------------------------------------

_CIRCLED_RE = re.compile(rf"^①计满分[,，]②计(?P<n>{_N})分[,，]③不得分$")


def circled_edits(text: str, w: Any) -> list[Edit]:
    m = _CIRCLED_RE.match(text.replace("，", ","))
    if m is None:
        return []
    n, wd = _d(m["n"]), _d(w)
    sep = "，" if "，" in text else ","
    return [Edit("circled_deduct", text.replace(f"②计{m['n']}分", f"②扣{m['n']}分"), "scores",
                 {"①": wd, "②": wd - n, "③": Decimal(0)}),
            Edit("circled_swap", sep.join(["①不得分", f"②计{m['n']}分", "③计满分"]), "refused")]


# ---- a waivable deduction (refusals._JUDGEMENT_RE) -----------------------------------------------------------

_WAIVE_RE = re.compile(r"可以不扣分|可不扣分")
_PER_RE = re.compile(rf"每[^,，。]{{0,8}}?扣(?P<p>{_N})分")


def waive_edits(text: str, w: Any) -> list[Edit]:
    m, per = _WAIVE_RE.search(text), _PER_RE.search(text)
    if m is None or per is None:
        return []
    p, wd = _d(per["p"]), _d(w)
    return [Edit("waive_must", text[: m.start()] + "不可以不扣分" + text[m.end():], "scores",
                 {str(n): _clamp(wd - p * n, wd) for n in range(0, 4)}),
            Edit("waive_said", text[: m.start()] + "不扣分" + text[m.end():], "refused")]


def edits_for(entry: dict[str, Any]) -> list[Edit]:
    """Every edit of one corpus (or written) sentence; ``entry`` holds ``text``, ``w`` and, for the base edits,
    ``scores`` (the labelled values)."""
    text, w = entry["text"], entry["w"]
    return [*part_step_edits(text, w), *cap_edits(text, w), *first_few_edits(text, w), *subject_cap_edits(text, w), *times_edits(text, w),
            *base_edits(text, w, entry.get("scores")), *task_edits(text, w), *circled_edits(text, w),
            *waive_edits(text, w)]


def check(entry: dict[str, Any], edit: Edit) -> str | None:
    """None when the edited text's reading meets the edit's expectation (a refusal always does), else what went wrong."""
    w = entry["w"]
    r = read_rule_text(edit.text, w)
    if not r.ok or r.rule is None:
        return None
    if edit.expect == "refused":
        return f"应拒绝，却读成 {r.canonical}"
    for v, s in edit.scores.items():
        got = _score(r.rule, v, w)
        if got is not None and got.quantize(_PLACES) != s.quantize(_PLACES):
            return f"{v} → {got}（应为 {s}）；{r.canonical}"
    return None
