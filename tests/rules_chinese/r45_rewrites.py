"""r45: meaning-PRESERVING rewrites of 评分标准 sentences — one meaning must never give two readings (issue 11).

r42 (``r42_edits``) changed a sentence's meaning and checked the reading moved; here the text changes the way another
table could print the SAME rule, and the reading must not move: both read with the same scores at every trial value,
or one of the two is refused. Each rewrite is ``(text, w) → text`` (the text unchanged when it does not apply):

* punctuation: full ↔ half width (，,；;：:（( ％%), spaces after punctuation, a line break inside the text, a trailing 。
  (dropped, added, or in place of a trailing ；/，/.);
* score verbs: 得/计/记/给 N分, 扣/减 N分, 不得分 / 得0分 / 计0分, 得满分 / 得全分 / 得W分 (W = the row's 分值);
* bounds: N以上 → N及以上, N以下 → N及以下 (README: both inclusive), 达到 ↔ 实现;
* steps: 每次扣N分 ↔ 扣N分/次, 每处扣N分 → 扣N分/处;
* numbering: a leading "1." / "（1）" / "①";
* numbers: N分 → N.0分 (and back), 1–10 before a measure word ↔ 一/两/三…/十 (not 十 before 分 without a verb);
* 繁体 (OpenCC s2t, the declared dependency the reader uses the other way round);
* band order reversed (clauses split at ；, every clause scored, none referring to another: no 每/为止/否则/其他/其余);
* the 分值 in a bracket: "（W分）" moved from the end to the start (or back), or added at the end;
* r49: the 分值 printed first as "（W分）" / "W分：" / "【W分】" (added at the start), the other item numbers "1、" / "一、", and
  items' points moved from after each item to before it ("建立台账（3分）；按月报送（2分）" → "（3分）建立台账；（2分）按月报送").

>>> REWRITES["trailing_stop"]("90%以上得5分", 5)
'90%以上得5分。'
>>> REWRITES["trailing_stop"]("90%以上得5分;", 5)
'90%以上得5分。'
>>> REWRITES["ji_yishang"]("90%以上得5分，80%以下不得分", 5)
'90%及以上得5分，80%及以下不得分'
>>> REWRITES["per_slash"]("每次扣1分，扣完为止", 5)
'扣1分/次，扣完为止'
>>> REWRITES["cn_numerals"]("每缺1项扣2分，得10分", 10)
'每缺一项扣两分，得十分'
>>> REWRITES["arabic_numerals"]("每缺一项扣两分，十分重要", 10)
'每缺1项扣2分，十分重要'
>>> REWRITES["point_zero"]("得5分，扣0.5分", 5)
'得5.0分，扣0.5分'
>>> REWRITES["full_as_w"]("100%得满分，否则不得分", 5)
'100%得5分，否则不得分'
>>> REWRITES["w_as_full"]("100%得5分，90%得3分", 5)
'100%得满分，90%得3分'
>>> REWRITES["reverse_bands"]("90%以上得5分；80%-90%得3分；80%以下不得分", 5)
'80%以下不得分；80%-90%得3分；90%以上得5分'
>>> REWRITES["weight_front"]("按时完成得2分（2分）", 2)
'（2分）按时完成得2分'
>>> REWRITES["weight_bracket"]("按时完成得2分", 2)
'按时完成得2分（2分）'
>>> REWRITES["weight_colon"]("按时完成得2分", 2), REWRITES["weight_lenticular"]("按时完成得2分", 2)
('2分：按时完成得2分', '【2分】按时完成得2分')
>>> REWRITES["parts_first"]("建立台账（3分）；按月报送（2分）。", 5)
'（3分）建立台账；（2分）按月报送。'
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from jixiao.errors import JixiaoError
from jixiao.rules.chinese import read_rule_text
from jixiao.rules.chinese.printednames import without_printed_names
from jixiao.rules.model import Text
from tests.rules_chinese.corpus import items_as_count

_NUM = r"\d+(?:\.\d+)?"
_CN = {1: "一", 2: "两", 3: "三", 4: "四", 5: "五", 6: "六", 7: "七", 8: "八", 9: "九", 10: "十"}
_FROM_CN = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_MEASURE = "分处项次个人家天条起件户所份篇"
_START_NO = re.compile(r"^\s*(?:[（(]?\d+[)）.、．]|[①-⑳]|[一二三四五六七八九十]+、)")


def _w(w: Any) -> str | None:
    if w is None:
        return None
    d = Decimal(str(w))
    return format(d.normalize(), "f")


@functools.lru_cache(maxsize=1)
def _s2t() -> Callable[[str], str]:
    import opencc
    return opencc.OpenCC("s2t").convert


def _to_cn(m: re.Match[str]) -> str:
    n = int(m.group(2))
    if m.group(3) == "分" and n == 10 and not re.search(r"[得扣计记给减加]$", m.group(1)):
        return m.group(0)  # "十分" after no verb reads as "very"
    return m.group(1) + _CN[n] + m.group(3)


def _from_cn(m: re.Match[str]) -> str:
    return m.group(1) + str(_FROM_CN[m.group(2)]) + m.group(3)


def _reverse_bands(text: str, w: Any) -> str:
    parts = [p for p in re.split(r"(?<=[；;])", text.rstrip("。.")) if p.strip()]
    if len(parts) < 2 or any("分" not in p or re.search(r"每|为止|否则|其他|其余|以外|此外|反之|同时", p) for p in parts):
        return text
    parts = [p.rstrip("；;") for p in parts]
    sep = "；" if "；" in text else ";"
    return sep.join(reversed(parts)) + ("。" if text.rstrip().endswith("。") else "")


def _weight_front(text: str, w: Any) -> str:
    m = re.search(r"[（(](" + _NUM + r")分[)）]。?$", text)
    if m and m.start() > 0:
        return m.group(0).rstrip("。") + text[:m.start()]
    m = re.match(r"^[（(](" + _NUM + r")分[)）]", text)
    if m and len(text) > m.end():
        return text[m.end():] + m.group(0)
    return text


def _weight_bracket(text: str, w: Any) -> str:
    ws = _w(w)
    if ws is None or re.search(r"[（(]" + _NUM + r"分[)）]", text):
        return text
    return text + f"（{ws}分）"


def _weight_first(form: str) -> Callable[[str, Any], str]:
    """(r49) the 分值 printed before the text as ``form`` ("（{}分）" / "{}分：" / "【{}分】"; before its item number, if
    any), when the text prints no bracketed points and opens with no points."""
    def rewrite(text: str, w: Any) -> str:
        ws = _w(w)
        if ws is None or re.search(r"[（(【]" + _NUM + r"分[)）】]", text) or re.match(r"\s*" + _NUM + r"\s*分", text):
            return text
        return form.format(ws) + text
    return rewrite


def _parts_first(text: str, w: Any) -> str:
    """(r49) every clause ending with its points in a bracket ("建立台账（3分）；按月报送（2分）") printed with the points first
    ("（3分）建立台账；（2分）按月报送"); at least two clauses, no clause without its bracket, no other points."""
    parts = [p for p in re.split(r"(?<=[；;。])", text) if p.strip()]
    pat = re.compile(r"^(?P<body>[^()（）]*?[^()（）\d\s])\s*[（(](?P<n>" + _NUM + r")分[)）](?P<end>[；;。]?)\s*$")
    ms = [pat.match(p) for p in parts]
    if len(parts) < 2 or not all(ms) or re.search(r"\d\s*分", "".join(m["body"] for m in ms if m)):
        return text
    return "".join(f"（{m['n']}分）{m['body']}{m['end']}" for m in ms if m)


def _full_as_w(text: str, w: Any) -> str:
    ws = _w(w)
    return text if ws is None else re.sub(r"(得|计|记|给)满分", rf"\g<1>{ws}分", text)


def _w_as_full(text: str, w: Any) -> str:
    ws = _w(w)
    if ws is None:
        return text
    return re.sub(rf"(?<![\d.])(得|计|记|给){re.escape(ws)}分", r"\1满分", text)


def _prefix(p: str) -> Callable[[str, Any], str]:
    # (not before a digit: "1.100%以下…" is no table's numbering of "100%以下…")
    return lambda t, w: t if _START_NO.match(t) or re.match(r"\s*\d", t) else p + t


#: name → meaning-preserving rewrite ``(text, w) → text``
REWRITES: dict[str, Callable[[str, Any], str]] = {
    "half_width": lambda t, w: t.translate(str.maketrans("，；：（）％", ",;:()%")),
    "full_width": lambda t, w: re.sub(r",(?!\d{3})", "，", t).translate(str.maketrans(";:()%", "；：（）％")),
    "space_after_punct": lambda t, w: re.sub(r"([，,；;：:。])(?=\S)", r"\1 ", t),
    "line_break_comma": lambda t, w: re.sub(r"([，,])", r"\1\n", t, count=1),
    "trailing_stop": lambda t, w: t[:-1] if t.endswith("。") else re.sub(r"[；;，,.]?$", "。", t, count=1),
    "verb_ji": lambda t, w: re.sub(rf"得({_NUM}分)", r"计\1", t),
    "verb_de": lambda t, w: re.sub(rf"(?:计|记|给)({_NUM}分)", r"得\1", t),
    "verb_gei": lambda t, w: re.sub(rf"得({_NUM}分)", r"给\1", t),
    "deduct_jian": lambda t, w: re.sub(rf"扣({_NUM}分)", r"减\1", t),
    "deduct_kou": lambda t, w: re.sub(rf"(?<![增])减({_NUM}分)", r"扣\1", t),
    "zero_de0": lambda t, w: t.replace("不得分", "得0分"),
    "zero_ji0": lambda t, w: t.replace("不得分", "计0分"),
    "zero_bude": lambda t, w: re.sub(r"(?:得|计)0分", "不得分", t),
    "full_quan": lambda t, w: t.replace("得满分", "得全分"),
    "full_as_w": _full_as_w,
    "w_as_full": _w_as_full,
    "ji_yishang": lambda t, w: re.sub(r"(?<![及含)）])以(上|下)", r"及以\1", t),
    "yishang_bare": lambda t, w: re.sub(r"及以(上|下)", r"以\1", t),
    "shixian": lambda t, w: t.replace("达到", "实现"),
    "dadao": lambda t, w: t.replace("实现", "达到"),
    "per_slash": lambda t, w: re.sub(rf"每(次|处|项|个|人)扣({_NUM})分", r"扣\2分/\1", t),
    "slash_per": lambda t, w: re.sub(rf"扣({_NUM})分/(次|处|项|个|人)", r"每\2扣\1分", t),
    "number_dot": _prefix("1."),
    "number_paren": _prefix("（1）"),
    "number_circled": _prefix("①"),
    "point_zero": lambda t, w: re.sub(r"(?<![\d.])(\d+)分", r"\1.0分", t),
    "drop_point_zero": lambda t, w: re.sub(r"(?<![\d.])(\d+)\.0分", r"\1分", t),
    "cn_numerals": lambda t, w: re.sub(rf"(^|[^\d.])(10|[1-9])([{_MEASURE}])", _to_cn, t),
    "arabic_numerals": lambda t, w: re.sub(
        rf"(每|扣|缺|少|有|发现|出现|超过|低于|不足|[得计记给减加]|^)([一二两三四五六七八九])([{_MEASURE}])", _from_cn, t),
    "traditional": lambda t, w: _s2t()(t),
    "reverse_bands": _reverse_bands,
    "weight_front": _weight_front,
    "weight_bracket": _weight_bracket,
    # r49: more layouts of the same rule
    "weight_first": _weight_first("（{}分）"),
    "weight_colon": _weight_first("{}分："),
    "weight_lenticular": _weight_first("【{}分】"),
    "number_dun": _prefix("1、"),
    "number_cn": _prefix("一、"),
    "parts_first": _parts_first,
}


def trial_values(text: str, labelled: list[str]) -> list[str]:
    """The labelled values, and around every number the text prints (±0.5, ±1, the number itself), in the labels'
    unit (% when the labels are percentages, a bare count otherwise), plus 0 and (for %) 100 %.

    >>> trial_values("90%以上得5分", ["95%"])[:6]
    ['95%', '0%', '100%', '89%', '89.5%', '90%']
    """
    pct = bool(labelled) and all(str(k).endswith("%") for k in labelled)
    out = list(dict.fromkeys([str(k) for k in labelled] + (["0%", "100%"] if pct else ["0"])))
    if labelled and not pct and not all(re.fullmatch(r"-?\d+(?:\.\d+)?", str(k)) for k in labelled):
        return [str(k) for k in labelled]  # levels: the labelled names only
    for m in re.finditer(r"(?<![\d.])(\d+(?:\.\d+)?)", text):
        n = Decimal(m.group(1))
        for d in ("-1", "-0.5", "0", "0.5", "1"):
            v = n + Decimal(d)
            if v >= 0:
                s = format(v.normalize(), "f") + ("%" if pct else "")
                if s not in out:
                    out.append(s)
    return out


def scores(reading: Any, values: list[str], w: Any) -> dict[str, object]:
    """value → score (or "gap" where the reading reports no score)."""
    out: dict[str, object] = {}
    for v in values:
        try:
            out[v] = reading.rule.score(v, w)
        except JixiaoError:
            out[v] = "gap"
    return out


def readable(r: Any) -> bool:
    """A reading that scores: a rule, or a checklist (a judgement asks a person: no score, like a refusal)."""
    return bool(r.ok and r.rule is not None) or r.kind == "checklist"


def _names(r: Any) -> set[str]:
    return {c.condition.text for c in r.rule.clauses if isinstance(c.condition, Text)}


def compare(entry: dict[str, Any], name: str) -> tuple[str, str, str] | None:
    """(outcome, rewritten text, detail) for one rewrite of one corpus entry, None when the rewrite does not apply.

    outcome: "same" (both read alike), "both-refused", "differs" (both read, some trial value scores differently),
    "gap" (original read, rewrite refused), "gained" (original refused, rewrite read), "gap-values" (the two differ
    only where one of them reports a gap), "shared-point" (only at a point two bands share, README policy)."""
    text = REWRITES[name](entry["text"], entry["w"])
    if text == entry["text"]:
        return None
    w = entry["w"]
    a, b = read_rule_text(entry["text"], w), read_rule_text(text, w)
    ra, rb = readable(a), readable(b)
    if not ra and not rb:
        return "both-refused", text, ""
    if ra and not rb:
        return "gap", text, "；".join(b.unread) or b.kind
    if rb and not ra:
        return "gained", text, f"{b.kind} {b.canonical}"
    if items_as_count(a, b, w):  # equal items adding up to the 分值 ↔ W − p per failing (policy 同额扣分并入次数)
        return "same", text, ""
    if a.kind != b.kind or (a.rule is None) != (b.rule is None):
        return "differs", text, f"{a.kind} {a.canonical} ≠ {b.kind} {b.canonical}"
    if a.rule is None:  # checklist / judgement
        same = a.max_points == b.max_points and sorted(i.points for i in a.items) == sorted(i.points for i in b.items)
        return ("same" if same else "differs"), text, f"{a.max_points} ≠ {b.max_points}"
    if str(without_printed_names(a.rule, a.understood)) == str(without_printed_names(b.rule, b.understood)):
        return "same", text, ""
    labels = entry.get("scores") or entry.get("levels") or {}
    values = trial_values(entry["text"], [str(k) for k in labels])
    # a level's name is its printed words (printednames.py): only names both readings print, and 符合/不符合, are tried
    values = [v for v in values if not re.search(r"[\u4e00-\u9fff]", v) or v in _names(a) & _names(b)]
    values += ["符合", "不符合"] if _names(a) or _names(b) else []
    sa, sb = scores(a, values, w), scores(b, values, w)
    diff = {v: (sa[v], sb[v]) for v in values if sa[v] != sb[v]}
    if not diff:
        return "same", text, ""
    # a value one reading scores and the other reports as a gap: a refusal at scoring time, never a wrong score
    kind = "differs" if any("gap" not in pair for pair in diff.values()) else "gap-values"
    # a point two bands share by the printed words, given to the higher score with a warning (README, i11k), that the
    # rewrite's "及以上/及以下" claims for its own band: the policy of a shared point, not another reading
    if kind == "differs" and all(any(w.startswith(f"{v}既在") for w in a.warnings) for v in diff):
        kind = "shared-point"
    return kind, text, f"{a.canonical} ≠ {b.canonical}: " + "; ".join(f"{v}: {x}→{y}" for v, (x, y) in diff.items())
