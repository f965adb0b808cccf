"""r60: meaning-changing edits of the sentences read through the paths of session 36 (r56, r58; issue 11, red team 8).

Each edit says BEFORE the reader runs what must happen (r42's method, :class:`tests.rules_chinese.r42_edits.Edit`):
``"refused"`` (the edited text does not settle the scores) or ``"scores"`` (the scores the edit's own arithmetic gives,
worked out here from the printed numbers — a refusal is always allowed). The edits:

* the share of the task done (``>=100%: W; *: prop`` — completionshare.read_named_share / read_completion_share):
  ``share_turned`` ("A占B" → "B占A": the task over what is done) / ``share_not_done`` (A → "未完成数") /
  ``share_foreign`` (B → "职工总数") / ``share_times`` ("*N" → "*(N+5)", ×N ≠ 分值) / ``share_bonus`` (",超额完成的加1分"
  appended) / ``share_full_other`` (the full marks "得W分" → "得(W−1)分"): refused; ``share_floor`` (",最低得W/5分"
  appended: max(W/5, W × share)) / ``share_cap`` (",最高得W/2分": min(W/2, W × share)): those scores;
* things listed, "每项计N分" (listeditems, n × N = 分值): ``list_add`` ("、扫描仪" one more thing) / ``list_drop`` (the
  last "、…" dropped, when two "、" or more: one thing left names a category, peritem's) / ``list_etc`` ("等" after the list: the count open) / ``list_lack`` ("缺少" before the list) /
  ``list_count`` ("抽查12项" → "抽查10项"): refused; ``list_points`` (N → N+1: min(W, (N+1)·n)) / ``list_cap``
  (",最高得W分" appended: min(W, N·n) as before) / ``list_cap_below`` (",最高得(W−N)分": min(W−N, N·n)): those scores;
* doings joined by "、" with a bare award (joinedaward, "每配合、落实一个得0.5,最高得4分"): ``joined_nocap`` (the cap
  dropped) / ``joined_cap_above`` (cap W+2) / ``joined_cap_subject`` ("每个部门最高") / ``joined_late`` ("未按时配合的
  不得分" appended) / ``joined_note_deduct`` (the 注 → "注:逾期报送的扣1分"): refused; ``joined_points`` (0.5 → 1:
  min(W, n)) / ``joined_cap_below`` (cap W−1: min(W−1, 0.5·n)): those scores.

>>> [e.kind for e in edits_for({"text": "配有计算机、复印机、照相机,每项计2分", "w": 6})][:3]
['list_add', 'list_etc', 'list_lack']
>>> edits_for({"text": "配有计算机、复印机、照相机,每项计2分", "w": 6})[4].scores
{'0': Decimal('0'), '1': Decimal('3'), '2': Decimal('6'), '3': Decimal('6')}
>>> [e.text for e in edits_for({"text": "全部参与得10分,否则按比例扣分。", "w": 10}) if e.kind == "share_floor"]
['全部参与得10分,否则按比例扣分,最低得2分。']
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

from jixiao.rules.chinese import read_rule_text
from tests.rules_chinese.r42_edits import Edit, _fmt
from tests.rules_chinese.r57_edits import (
    check,  # (a refusal always meets an edit; scores compared to 6 places)
)

__all__ = ["Edit", "check", "edits_for"]

_SHARES = ("100%", "80%", "50%", "10%", "0%")


def _d(s: Any) -> Decimal:
    return Decimal(str(s))


def _reading(text: str, w: Any) -> str | None:
    r = read_rule_text(text, w)
    return r.canonical if r.ok and r.rule is not None else None


# ---- the share of the task done ------------------------------------------------------------------------------------

#: "按实际完成值占目标值的比重" — the numerator and the base of a named share
_A_OF_B_RE = re.compile(r"(?P<pre>按照?)(?P<a>[^，,。；;占\d*×]{1,16}?)占(?P<b>[^，,。；;\d*×]{1,12}?)(?P<post>的?(?:比重|之比|比例))")
_TIMES_RE = re.compile(r"(?<=比重)([*×])(\d+)")
_FULL_RE = re.compile(r"([得计記记])(\d+(?:\.\d+)?)分")


def _share_scores(w: Decimal, f: Any) -> dict[str, Decimal]:
    return {v: f(w * Decimal(v.rstrip("%")) / 100) for v in _SHARES}


def share_edits(text: str, w: Any) -> list[Edit]:
    if _reading(text, w) != ">=100%: W; *: prop":
        return []
    wd = _d(w)
    body = text.rstrip("。;；")
    end = text[len(body):]
    out: list[Edit] = []
    if (m := _A_OF_B_RE.search(text)) is not None:
        a, b = m["a"], m["b"]
        out += [
            Edit("share_turned", text[:m.start()] + f"{m['pre']}{b}占{a}{m['post']}" + text[m.end():], "refused"),
            Edit("share_not_done", text[:m.start("a")] + "未完成数" + text[m.end("a"):], "refused"),
            Edit("share_foreign", text[:m.start("b")] + "职工总数" + text[m.end("b"):], "refused"),
        ]
    if (t := _TIMES_RE.search(text)) is not None:
        out.append(Edit("share_times", text[:t.start(2)] + str(int(t[2]) + 5) + text[t.end(2):], "refused"))
    out.append(Edit("share_bonus", f"{body},超额完成的加1分{end}", "refused"))
    f = _FULL_RE.search(text)
    if f is not None and _d(f[2]) == wd:
        out.append(Edit("share_full_other", text[:f.start(2)] + _fmt(wd - 1) + text[f.end(2):], "refused"))
    floor, cap = wd / 5, wd / 2
    out.append(Edit("share_floor", f"{body},最低得{_fmt(floor)}分{end}", "scores",
                    _share_scores(wd, lambda s: max(floor, s))))
    out.append(Edit("share_cap", f"{body},最高得{_fmt(cap)}分{end}", "scores", _share_scores(wd, lambda s: min(cap, s))))
    return out


# ---- things listed, 每项计N分 ----------------------------------------------------------------------------------------

_LIST_RE = re.compile(r"^(?P<num>\d{1,2}、)?(?P<list>[^。；;:：每]{4,160}?)(?P<each>[,，]\s*每(?:项|条)(?:计|得|记|给))"
                      r"(?P<p>\d+(?:\.\d+)?)分(?P<end>[。；;]?)$")
_GIVEN_RE = re.compile(r"抽查(\d+)项")


def _per_thing(cap: Decimal, each: Decimal, n_max: int) -> dict[str, Decimal]:
    return {str(n): min(cap, each * n) for n in range(n_max + 1)}


def list_edits(text: str, w: Any) -> list[Edit]:
    m = _LIST_RE.match(text.strip())
    if m is None or _reading(text, w) is None or not (_reading(text, w) or "").startswith(">="):
        return []
    wd, each = _d(w), _d(m["p"])
    n = int(_reading(text, w).split(":")[0][2:])  # the count read: ">=n: W; …"
    lst, head, tail = m["list"], (m["num"] or ""), f"{m['each']}{m['p']}分{m['end']}"
    out: list[Edit] = []
    given = _GIVEN_RE.search(lst)
    if given is not None:
        out.append(Edit("list_count", head + lst.replace(given[0], f"抽查{int(given[1]) - 2}项") + tail, "refused"))
    elif "、" in lst:
        out += [Edit("list_add", f"{head}{lst}、扫描仪{tail}", "refused"),
                Edit("list_etc", f"{head}{lst}等{tail}", "refused"),
                Edit("list_lack", f"{head}缺少{lst}{tail}", "refused")]
        if lst.count("、") >= 2:  # (with one "、" left out the rest names a category — peritem's, U17-3: no edit)
            out.append(Edit("list_drop", f"{head}{lst[:lst.rindex('、')]}{tail}", "refused"))
    out.append(Edit("list_points", f"{head}{lst}{m['each']}{_fmt(each + 1)}分{m['end']}", "scores",
                    _per_thing(wd, each + 1, n)))
    out.append(Edit("list_cap", f"{head}{lst}{m['each']}{m['p']}分,最高得{_fmt(wd)}分{m['end']}", "scores",
                    _per_thing(wd, each, n)))
    out.append(Edit("list_cap_below", f"{head}{lst}{m['each']}{m['p']}分,最高得{_fmt(wd - each)}分{m['end']}", "scores",
                    _per_thing(wd - each, each, n)))
    return out


# ---- doings joined by "、", a bare award, the cap --------------------------------------------------------------------

_JOINED_RE = re.compile(r"(?P<head>每[\u4e00-\u9fff]{2,4}(?:、[\u4e00-\u9fff]{2,4})+(?:1|一)[个個项項件份篇][得计計记記])"
                        r"(?P<p>\d+(?:\.\d+)?)(?P<sep>[,，])(?P<capw>最高得|最多得)(?P<cap>\d+(?:\.\d+)?)分")
_NOTE_RE = re.compile(r"注[:：][^。]*。?\s*$")


def joined_edits(text: str, w: Any) -> list[Edit]:
    m = _JOINED_RE.search(text)
    if m is None or _reading(text, w) is None:
        return []
    wd, p = _d(w), _d(m["p"])
    if _d(m["cap"]) != wd:
        return []
    pre, post = text[:m.start()], text[m.end():]

    def put(p_: str, cap: str, capw: str = m["capw"], after: str = post) -> str:
        return f"{pre}{m['head']}{p_}{m['sep']}{capw}{cap}分{after}"

    out = [Edit("joined_nocap", f"{pre}{m['head']}{m['p']}分{post}", "refused"),
           Edit("joined_cap_above", put(m["p"], _fmt(wd + 2)), "refused"),
           Edit("joined_cap_subject", put(m["p"], m["cap"], "每个部门" + m["capw"]), "refused"),
           Edit("joined_late", put(m["p"], m["cap"], after="。未按时配合的不得分" + post), "refused"),
           Edit("joined_points", put("1", m["cap"]), "scores", _per_thing(wd, Decimal(1), int(wd) + 2)),
           Edit("joined_cap_below", put(m["p"], _fmt(wd - 1)), "scores",
                _per_thing(wd - 1, p, int(wd / p) + 2))]
    if (nm := _NOTE_RE.search(post)) is not None:
        out.append(Edit("joined_note_deduct", put(m["p"], m["cap"], after=post[:nm.start()] + "注:逾期报送的扣1分。"),
                        "refused"))
    return out


def edits_for(entry: dict[str, Any]) -> list[Edit]:
    """The edits of one sentence (its text and 分值), each with what must happen."""
    text, w = entry["text"], entry["w"]
    if not isinstance(text, str) or w is None:
        return []
    out: list[Edit] = []
    if re.search(r"比例|比重|之比|折算|得分=", text):
        out += share_edits(text, w)
    if re.search(r"每(?:项|条)(?:计|得|记|给)", text):
        out += list_edits(text, w)
    if re.search(r"、", text) and re.search(r"最高得|最多得", text):
        out += joined_edits(text, w)
    return out
