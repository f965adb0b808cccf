"""Published 评分标准 sentences → canonical rules, never a guess (``read_rule_text``).

``read_rule_text("≥95%得5分, 每低1个百分点扣1分, 扣完为止。(不满1个百分点按1个百分点算, 下同)", 5)``
gives ``>=95%: 5; <95%: 5 - 1 per 1% ceil`` plus Chinese notes of what was read.

How it reads (table-driven, no regex soup):

1. **Normalise**: NFKC, LaTeX/HTML remnants out, ≧/>= → ≥, 一/两/三… → digits only before
   a measure word (每低一个百分点, 发现一例), known phrases become tokens (按完成比率得分 →
   ``〔PROP〕``), notes are taken out and remembered (扣完为止, 不满1个百分点按1个百分点算,
   下同, 最高不得超过分值上限).
2. **Checklist?** Items marked ①②③ or "1. 2. 3." that carry their own points or shares (and
   no per-finding deduction) make a checklist: items and points, no rule.
3. **Fragments**: split on 。；;，, and read each with the pattern tables below: a numeric
   condition (≥95%, 低于80%, 90%(含)~100%, 80%<…<90%, 15篇以上, 不低于360万人), an outcome
   (得5分, 得满分, 得80%权重分, 不得分, 〔PROP〕), a deduction (每低1个百分点扣1分, 每发现1处扣25%权重分,
   各扣1分), a start (从4分起算), a formula/definition (notes), or qualitative text.
4. **Assemble** clauses in text order, resolve band edges, check overlaps, build the canonical
   text and ``parse_rule`` it, so the result is always a valid :class:`Rule`.

Band edges (documented choice):

* a bound marked ``(含)`` / ``≥`` / ``≤`` / 不低于 / 不高于 / 达到 / 为 is *explicit*;
* an unmarked range end (``100%-105%``) and 以上/以下 are inclusive *by default*, but a
  default-inclusive point goes to the **first-listed** band that covers it, and never
  against a band that claims it explicitly. So "100%-105%得4分, 95%-100%得3.6分" gives
  ``[100%,105%]: 4; [95%,100%): 3.6`` and "90%(含)~100%得2分, 80%(含)~90%得1分, 80%以下不得分"
  gives ``[90%,100%]: 2; [80%,90%): 1; <80%: 0``.
* explicit strict bounds are kept: "80%<…<90%" and "70%<…<80%" leave 80% and 70% uncovered
  (reported in ``understood``, and :class:`RuleGapError` when scored) — never filled in.
* two bands that overlap over a stretch (or both claim the same point explicitly) with
  different scores are contradictory: unreadable.

Deductions: "每低1个百分点扣1分" is continuous unless the text (or an earlier row's 下同)
says 不满1个百分点按1个百分点算 (``ceil``); a step of N>1 units ("每减少5%扣1分", "每超过5%扣10%权重分")
counts whole steps only (``floor``). "每发现1处…扣25%权重分" counts findings: ``*: W - 25%W per 1``.
The deduction starts from the points of the band it leaves (≥95%得5分 → 5) unless 从N分起算 says.

If any meaningful fragment is not understood the reading is ``unreadable`` (rule None) and the
fragment is listed verbatim in ``unread``.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field, replace
from decimal import Decimal, InvalidOperation
from typing import Any

from jixiao.rules.grammar import parse_rule
from jixiao.rules.model import (
    Amount,
    Any_,
    Clause,
    Compare,
    Interval,
    Linear,
    Num,
    Points,
    Prop,
    Rule,
    Text,
    fmt_decimal,
)

__all__ = ["ChecklistItem", "Reading", "ReadingContext", "read_rule_text"]

ZERO = Decimal(0)
ONE = Decimal(1)
HUNDRED = Decimal(100)


# ---- public data ------------------------------------------------------------------


@dataclass(frozen=True)
class ChecklistItem:
    """One item of a checklist (①…得2分): its text and the points it is worth."""

    text: str
    points: Decimal


@dataclass(frozen=True)
class ReadingContext:
    """State carried to later rows by "下同": the rounding of per-point deductions."""

    rounding: str = ""  # "" or "ceil"
    note: str = ""  # the note that set it, verbatim


@dataclass
class Reading:
    """What ``read_rule_text`` understood of one 评分标准 text."""

    rule: Rule | None
    kind: str  # "rule" | "checklist" | "passfail" | "judgement" | "unreadable"
    understood: list[str] = field(default_factory=list)
    unread: list[str] = field(default_factory=list)
    items: list[ChecklistItem] = field(default_factory=list)
    max_points: Decimal | None = None
    context_out: ReadingContext = field(default_factory=ReadingContext)

    @property
    def ok(self) -> bool:
        return self.rule is not None and not self.unread

    @property
    def canonical(self) -> str | None:
        return str(self.rule) if self.rule is not None else None


# ---- normalisation tables -----------------------------------------------------------

NUM = r"\d+(?:\.\d+)?"
_UNIT_WORDS = (
    "个百分点|个百分比|万人次|万人|万元|亿元|人次|分钟|小时|个月|元|人|次|篇|项|处|例|家|个|场|期|份|件|户|天|%"
)
UNIT = rf"(?:{_UNIT_WORDS})"
INC = r"(?:\((?:不)?含\))"

#: unit → (category, scale); the scale brings a written bound to what parse_number reads
_UNITS: dict[str, tuple[str, Decimal]] = {
    "%": ("pct", Decimal("0.01")),
    "个百分点": ("pct", Decimal("0.01")),
    "个百分比": ("pct", Decimal("0.01")),
    "万人次": ("count", Decimal(10000)),
    "万人": ("count", Decimal(10000)),
    "万元": ("money", Decimal(10000)),
    "亿元": ("money", Decimal(100000000)),
    "元": ("money", ONE),
    "分钟": ("time", ONE),
    "小时": ("time", ONE),
    "个月": ("time", ONE),
    "天": ("time", ONE),
}
for _u in ("人次", "人", "次", "篇", "项", "处", "例", "家", "个", "场", "期", "份", "件", "户"):
    _UNITS[_u] = ("count", ONE)

_CN_DIGIT = {"零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
             "八": 8, "九": 9, "十": 10}
#: Chinese numerals become digits only right before one of these measure words
_CN_NUMERAL_RE = re.compile(r"(?<![第统唯])([一二两三四五六七八九十]{1,3})(?=个百分点|个百分比|个|次|例|处|项|人|篇|家|分)")

#: literal replacements applied after NFKC
_CHAR_MAP = [
    ("\\geq", "≥"), ("\\leq", "≤"), ("\\ge", "≥"), ("\\le", "≤"), ("\\%", "%"),
    ("\\times", "×"), ("\\cdot", "×"), ("$", ""),
    (">=", "≥"), ("<=", "≤"), ("≧", "≥"), ("≦", "≤"), ("⩾", "≥"), ("⩽", "≤"),
    ("—", "-"), ("–", "-"), ("−", "-"), ("～", "~"), ("〜", "~"),
    ("…", ""), ("⋯", ""),
    ("按不得分", "不得分"), ("个百分比", "个百分点"),
]

#: phrases meaning "score = W × ratio" (按比例); become the token 〔按比例〕
_PROP_PHRASES = [
    r"按照?实际业绩值与标准值的比值[，,]?乘以权重分?(?:计分|得分|记分)",
    r"按照?完成率与目标值的比重乘以权重分?(?:得分|计分|记分)",
    r"(?:结果)?得分=[^，,。；;]{0,20}?[率例][*×](?:指标)?权重分?",
    r"按B/A或A/B[*×]该指标分值(?:记分|计分|得分)",
    r"[^，,。；;]{0,12}?[率例][*×](?:该指标分值|指标权重分|权重分|权重|分值)(?:=得分)?",
    r"按照?(?:完成)?比[率例](?:得分|计分|记分|计算得分|计算)",
    r"按比例(?:得分|计分|记分)?",
]
PROP_TOKEN = "〔PROP〕"

#: notes taken out of the text before reading: (pattern, note, flag)
_NOTE_PATTERNS = [
    (r"[(]?不(?:满|足)[1一]个百分点(?:的)?按[1一]个百分点(?:计)?算?[,，]?(下同)?[)]?",
     "不满1个百分点按1个百分点算（按整百分点向上取整）", "ceil"),
    (r"[(]?下同[)]?", "“下同”：本条的取整说明沿用到下面各行", "same"),
    (r"[,，]?扣完为止", "扣完为止（最低0分）", ""),
    (r"[,，]?最高不(?:得)?超过(?:该指标)?分值(?:上限)?", "最高不超过分值（得分自动封顶）", ""),
]

_JUDGEMENT_RE = re.compile(
    r"酌情|视情况|视具体情况|综合评定|综合评判|专家评议|"
    r"根据[^，,。；;]{0,20}情况[^，,。；;]{0,6}(?:评分|打分|扣分|给分|赋分|评定)"
)

_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩"

# ---- fragment patterns ----------------------------------------------------------

_COND_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("range", re.compile(
        rf"(?P<a>-?{NUM})(?P<ua>{UNIT})?(?P<ia>{INC})?(?:~|-|至|到)(?P<b>-?{NUM})(?P<ub>{UNIT})?"
        rf"(?P<ib>{INC})?(?:之间|区间)?")),
    ("double", re.compile(
        rf"(?P<a>-?{NUM})(?P<ua>{UNIT})?(?P<opa><|≤)(?P<mid>[^<≤\d]*)(?P<opb><|≤)"
        rf"(?P<b>-?{NUM})(?P<ub>{UNIT})?")),
    ("kw", re.compile(
        r"(?P<kw>不低于|不少于|不小于|不高于|不超过|不大于|没有达到|未达到|未达|达到|高于|超过|超出|"
        r"大于|低于|少于|小于|不足|超|达|为|在)(?:人均)?"
        rf"(?P<a>-?{NUM})(?P<ua>{UNIT})?(?P<ia>{INC})?(?P<sfx>及以上|以上|及以下|以下)?")),
    ("after", re.compile(
        rf"(?P<a>-?{NUM})(?P<ua>{UNIT})?(?P<ia>{INC})?(?P<sfx>及以上|以上|及以下|以下)")),
    ("sym", re.compile(rf"(?P<op>≥|≤|>|<|=)(?P<a>-?{NUM})(?P<ua>{UNIT})?(?P<ia>{INC})?")),
    ("bare", re.compile(rf"(?<![\d.])(?P<a>{NUM})(?P<ua>{UNIT})?(?P<ia>{INC})?$")),
]

#: keyword → (side, closed, explicit); side "lo" = value above the bound, "hi" = below, "eq"
_KW = {
    "不低于": ("lo", True), "不少于": ("lo", True), "不小于": ("lo", True), "达到": ("lo", True),
    "达": ("lo", True),
    "高于": ("lo", False), "超过": ("lo", False), "超出": ("lo", False), "大于": ("lo", False),
    "超": ("lo", False),
    "低于": ("hi", False), "少于": ("hi", False), "小于": ("hi", False), "不足": ("hi", False),
    "未达到": ("hi", False), "没有达到": ("hi", False), "未达": ("hi", False),
    "不高于": ("hi", True), "不超过": ("hi", True), "不大于": ("hi", True),
    "为": ("eq", True), "在": ("eq", True),
}
_SYM = {"≥": ("lo", True), ">": ("lo", False), "≤": ("hi", True), "<": ("hi", False),
        "=": ("eq", True)}

_OUT_RE = re.compile(
    rf"(?P<out>得满分|记满分|计满分|给满分|满分|得(?P<w>{NUM})%(?:的|得)?权重分|"
    rf"[得计记](?P<p>{NUM})分|不得分|不计分|不给分|{re.escape(PROP_TOKEN)}|得分)$"
)
_DEDUCT_AMT = rf"(?P<amt>{NUM}%(?:的|得)?权重分|{NUM}分|相应(?:的)?权重分|相应分值)"
_PP_RE = re.compile(
    r"每(?P<dir>低于|低|少|下降|降低|减少|不足|超过|超出|超|高出|高于|高|增加|上升|提高)"
    rf"(?P<u>{NUM})(?P<uu>个百分点|%)(?P<mid>[^扣减]{{0,8}}?)(?:扣除|扣|减)" + _DEDUCT_AMT
)
_COUNT_RE = re.compile(
    r"(?P<n>1)(?P<mu>处|例|次|项|人|个|起|件|家|篇)(?!百分点)(?P<mid>[^扣，,。；;]{0,30}?)"
    r"(?:扣除|扣)" + _DEDUCT_AMT
)
_EACH_RE = re.compile(r"各(?:扣除|扣)" + _DEDUCT_AMT)
_START_RE = re.compile(rf"从(?:(?P<s>{NUM})分|(?P<full>满分))起算")
_BELOW_DIRS = {"低于", "低", "少", "下降", "降低", "减少", "不足"}

_FILLER_TAIL = re.compile(r"(?:本项|该项|此项|本指标|该指标|此指标|分项|指标|则|的|均)+$")
_FILLER_HEAD = re.compile(r"^(?:且|并|和|或|则|如|若|即|同时)")
_COMPARISON_WORDS = re.compile(r"以上|以下|低于|高于|超过|不低于|不高于|达到|未达到|[≥≤<>~]|得\d|扣\d")
_SHARE_EACH_RE = re.compile(
    rf"(?:以上)?(?:[{_CIRCLED}]+)?(?:提及的[^，,。；;]*?)?每项(?:分别)?占"
    rf"(?P<list>{NUM}%(?:[、,，]{NUM}%)*)(?:的)?权重分?"
)
_QUAL_PASS_WORDS = ("完成", "符合", "达到", "满足", "达标", "实现")


# ---- internal structures ----------------------------------------------------------


@dataclass
class _Bound:
    value: Decimal
    closed: bool
    explicit: bool


@dataclass
class _NumCond:
    lo: _Bound | None
    hi: _Bound | None
    eq: bool
    unit: str | None  # category: pct / count / money / time; None = unitless
    pct: bool
    src: str
    unit_word: str = ""

    def contains(self, x: Decimal) -> bool:
        lo, hi = self.lo, self.hi
        if lo is not None and (x < lo.value or (x == lo.value and not lo.closed)):
            return False
        return not (hi is not None and (x > hi.value or (x == hi.value and not hi.closed)))

    def to_condition(self) -> Compare | Interval:
        def num(b: _Bound) -> Num:
            return Num(b.value, self.pct)

        if self.eq:
            assert self.lo is not None
            return Compare("=", num(self.lo))
        if self.lo is not None and self.hi is not None:
            return Interval(num(self.lo), num(self.hi), self.lo.closed, self.hi.closed)
        if self.lo is not None:
            return Compare(">=" if self.lo.closed else ">", num(self.lo))
        assert self.hi is not None
        return Compare("<=" if self.hi.closed else "<", num(self.hi))

    def text(self) -> str:
        return str(self.to_condition())


@dataclass
class _Deduct:
    kind: str  # "pp" or "count"
    step_text: str  # "1分", "5%权重分", "相应权重分"
    below: bool = True
    unit: Decimal = ONE  # pp: fraction (0.01); count: 1
    src: str = ""


@dataclass
class _Frag:
    src: str
    else_: bool = False
    cond: _NumCond | None = None
    qual: str = ""
    out: str | None = None  # outcome token (matched text)
    out_amount: Amount | None = None
    prop: bool = False
    start: Amount | None = None
    deduct: _Deduct | None = None
    note: str | None = None
    bad: str | None = None  # reason this fragment could not be read


@dataclass
class _Clause:
    cond: _NumCond | str  # _NumCond, "qual:<text>", "else"
    outcome: Points | Prop | Linear
    src: str


class _Unreadable(Exception):
    def __init__(self, fragment: str, why: str) -> None:
        super().__init__(why)
        self.fragment = fragment
        self.why = why


# ---- helpers -------------------------------------------------------------------------


def _dec(s: str) -> Decimal:
    return Decimal(s)


def _cn_to_int(s: str) -> int:
    if s == "十":
        return 10
    if "十" in s:
        a, _, b = s.partition("十")
        return (_CN_DIGIT.get(a, 1) if a else 1) * 10 + (_CN_DIGIT.get(b, 0) if b else 0)
    value = 0
    for ch in s:
        value = value * 10 + _CN_DIGIT[ch]
    return value


def _amount_from(text: str, weight: Decimal | None, share: Decimal | None = None) -> Amount:
    """"5分" → 5; "5%权重分" → 5%W; "满分"/"100%权重分" → W; "相应权重分" → share·W."""
    if text.startswith("相应"):
        if share is None:
            raise _Unreadable(text, "“相应权重分”没有对应的每项占比")
        return Amount(Num(share, True), of_weight=True)
    if "满分" in text:
        return Amount(Num(ONE), of_weight=True)
    if "%" in text:
        pct = _dec(text.split("%")[0])
        if pct == HUNDRED:
            return Amount(Num(ONE), of_weight=True)
        return Amount(Num(pct / HUNDRED, True), of_weight=True)
    return Amount(Num(_dec(text.rstrip("分"))))


def _amount_zh(a: Amount) -> str:
    if not a.of_weight:
        return f"{fmt_decimal(a.coef.value)}分"
    if a.coef.value == ONE and not a.coef.pct:
        return "满分"
    return f"{fmt_decimal(a.coef.value * HUNDRED)}%权重分"


def _cond_zh(c: _NumCond) -> str:
    cond = c.to_condition()
    s = str(cond)
    return (s.replace(">=", "≥").replace("<=", "≤"))


def _outcome_points(out: Points | Prop | Linear, w: Decimal | None) -> Decimal | None:
    if isinstance(out, Points):
        a = out.amount
        if a.of_weight:
            return a.coef.value * w if w is not None else None
        return a.coef.value
    return None


# ---- normalise ------------------------------------------------------------------------


def _normalise(text: str) -> tuple[str, list[str], set[str]]:
    # per character, keeping ①②③ (NFKC would turn them into plain digits)
    t = "".join(ch if ch in _CIRCLED else unicodedata.normalize("NFKC", ch) for ch in text)
    t = re.sub(r"<[^<>]{0,20}>", "", t)  # <p>, </p>, <br>
    t = re.sub(r"\\text\{([^{}]*)\}", r"\1", t)
    t = re.sub(r"\\frac\{([^{}]*)\}\{([^{}]*)\}", r"(\1)/(\2)", t)
    for a, b in _CHAR_MAP:
        t = t.replace(a, b)
    t = re.sub(r"\s+", "", t)
    t = _CN_NUMERAL_RE.sub(lambda m: str(_cn_to_int(m.group(1))), t)
    notes: list[str] = []
    flags: set[str] = set()
    for pat, note, flag in _NOTE_PATTERNS:
        def take(m: re.Match[str], note: str = note, flag: str = flag) -> str:
            if note not in notes:
                notes.append(note)
            if flag:
                flags.add(flag)
            if flag == "ceil" and m.group(1):
                flags.add("same")
                same = "“下同”：本条的取整说明沿用到下面各行"
                if same not in notes:
                    notes.append(same)
            return ""
        t = re.sub(pat, take, t)
    for pat in _PROP_PHRASES:
        t = re.sub(pat, PROP_TOKEN, t)
    # "每减少5%, 扣1分" → one fragment
    t = re.sub(r"(每[^，,。；;]{0,12}?\d(?:%|个百分点))[，,]((?:扣|减))", r"\1\2", t)
    t = re.sub(r"\(\)", "", t)
    return t, notes, flags


def _split(text: str) -> list[str]:
    parts = re.split(r"[。；;，,\n]+", text)
    return [p for p in (x.strip() for x in parts) if p]


# ---- fragment reading --------------------------------------------------------------


def _make_cond(kind: str, m: re.Match[str], src: str) -> _NumCond:
    g = m.groupdict()
    ua = g.get("ua") or ""
    ub = g.get("ub") or ""
    if ua and ub and _UNITS[ua][0] != _UNITS[ub][0]:
        raise _Unreadable(src, f"区间两端单位不同（{ua}、{ub}）")
    unit_word = ua or ub
    cat, scale = _UNITS[unit_word] if unit_word else (None, ONE)
    a = _dec(g["a"]) * scale
    b = _dec(g["b"]) * scale if g.get("b") else None

    def marked(inc: str | None) -> tuple[bool, bool]:
        if not inc:
            return True, False
        return ("不含" not in inc), True

    if kind == "range":
        assert b is not None
        if a > b:
            raise _Unreadable(src, "区间下限大于上限")
        lc, le = marked(g.get("ia"))
        hc, he = marked(g.get("ib"))
        return _NumCond(_Bound(a, lc, le), _Bound(b, hc, he), False, cat, cat == "pct", src,
                        unit_word)
    if kind == "double":
        assert b is not None
        if a > b:
            raise _Unreadable(src, "区间下限大于上限")
        return _NumCond(_Bound(a, g["opa"] == "≤", True), _Bound(b, g["opb"] == "≤", True), False,
                        cat, cat == "pct", src, unit_word)
    inc = g.get("ia")
    if kind in ("kw", "after"):
        sfx = g.get("sfx")
        kw = g.get("kw")
        if sfx:
            if kw and kw not in ("达", "达到", "在", "为"):
                raise _Unreadable(src, f"“{kw}”与“{sfx}”同时出现，方向不明")
            side = "lo" if sfx.endswith("以上") else "hi"
            closed, explicit = (True, sfx.startswith("及")) if not inc else marked(inc)
        else:
            side, closed = _KW[kw]
            explicit = True
    elif kind == "sym":
        side, closed = _SYM[g["op"]]
        explicit = True
    else:  # bare number: "100%得满分"
        side, closed, explicit = "eq", True, True
    bound = _Bound(a, closed, explicit)
    if side == "eq":
        return _NumCond(bound, _Bound(a, True, True), True, cat, cat == "pct", src, unit_word)
    if side == "lo":
        return _NumCond(bound, None, False, cat, cat == "pct", src, unit_word)
    return _NumCond(None, bound, False, cat, cat == "pct", src, unit_word)


def _find_cond(text: str, allow_bare: bool = True) -> tuple[_NumCond, str, str] | None:
    """The first numeric condition in ``text``: (cond, subject before, rest after).

    A bare number ("100%得满分") is a condition only right before an outcome (``allow_bare``).
    """
    for kind, pat in _COND_PATTERNS:
        if kind == "bare" and not allow_bare:
            continue
        m = pat.search(text)
        if m is None:
            continue
        subject, rest = text[: m.start()], text[m.end():]
        if kind == "bare" and subject and subject[-1] in "第年月日号":
            continue
        return _make_cond(kind, m, text), subject, rest
    return None


def _clean_qual(text: str) -> str:
    text = _FILLER_HEAD.sub("", text)
    text = _FILLER_TAIL.sub("", text)
    return text.strip("“”\"'：:、 ")


def _read_fragment(src: str, weight: Decimal | None, share: Decimal | None) -> _Frag:
    f = _Frag(src)
    t = re.sub(rf"^(?:[{_CIRCLED}]|\d{{1,2}}[.、](?!\d)|\(\d{{1,2}}\))", "", src)
    if t.startswith("否则"):
        f.else_ = True
        t = t[2:]
    if not t:
        return f
    # formulas and definitions are notes
    if "=" in t and re.search(r"[/×*]", t) and PROP_TOKEN not in t:
        f.note = f"计算公式（不参与计分）：{t}"
        return f
    if "是指" in t or t in ("采取扣分制", "现场抽查", "现场核查"):
        f.note = f"说明：{t}"
        return f
    colon = re.search(r"[:：]", t)
    if colon:
        after = t[colon.end():]
        inner = _read_fragment(after, weight, share) if after else _Frag(src)
        if inner.cond or inner.out or inner.deduct or inner.bad or inner.start:
            inner.src = src
            inner.else_ = inner.else_ or f.else_
            return inner
        f.note = f"定义（不参与计分）：{t}"
        return f
    # deductions
    for kind, pat in (("pp", _PP_RE), ("count", _COUNT_RE), ("each", _EACH_RE)):
        m = pat.search(t)
        if m is None:
            continue
        if t[m.end():].strip():
            f.bad = "扣分语句后有未能识别的内容"
            return f
        if kind == "pp":
            unit = _dec(m["u"]) / HUNDRED
            f.deduct = _Deduct("pp", m["amt"], below=m["dir"] in _BELOW_DIRS, unit=unit, src=src)
        else:
            f.deduct = _Deduct("count", m["amt"], unit=ONE, src=src)
        prefix = t[: m.start()]
        if kind == "count":
            prefix = re.sub(r"(?:每|各)?(?:发现|出现|存在|缺少|少|有)?$", "", prefix)
        _read_condition_part(f, prefix)
        return f
    # outcome at the end
    m = _OUT_RE.search(t)
    if m is not None:
        token = m["out"]
        f.out = token
        if token == PROP_TOKEN:
            f.prop = True
        elif token in ("不得分", "不计分", "不给分"):
            f.out_amount = Amount(Num(ZERO))
        elif m["w"] is not None:
            f.out_amount = _amount_from(m["w"] + "%权重分", weight)
        elif m["p"] is not None:
            f.out_amount = Amount(Num(_dec(m["p"])))
        else:  # 满分 / 得分
            f.out_amount = Amount(Num(ONE), of_weight=True)
        _read_condition_part(f, t[: m.start()], allow_bare=True)
        return f
    _read_condition_part(f, t)
    return f


def _read_condition_part(f: _Frag, text: str, allow_bare: bool = False) -> None:
    """Read the part of a fragment before its outcome/deduction: a condition, a start, or words."""
    sm = _START_RE.search(text)
    if sm is not None:
        f.start = Amount(Num(ONE), of_weight=True) if sm["full"] else Amount(Num(_dec(sm["s"])))
        text = text[: sm.start()] + text[sm.end():]
    text = text.strip()
    if not text:
        return
    try:
        found = _find_cond(text, allow_bare)
    except _Unreadable as e:
        f.bad = e.why
        return
    if found is not None:
        cond, subject, rest = found
        rest = rest.strip("的")
        if re.search(r"\d", subject):
            f.bad = "条件前的文字含有数字，无法确定比较对象"
            return
        if rest:
            f.bad = f"条件后有未能识别的内容“{rest}”（单位或写法不明）"
            return
        f.cond = cond
        f.qual = ""
        return
    q = _clean_qual(text)
    if re.search(r"\d", q) and _COMPARISON_WORDS.search(q):
        f.bad = "含数字和比较词，但未能读成条件"
        return
    f.qual = q


# ---- checklist ------------------------------------------------------------------------


def _item_markers(text: str) -> list[tuple[int, int]]:
    """Positions (start, end) of item markers ①② … or 1. 2. … in sequence."""
    found: list[tuple[int, int]] = []
    pos = 0
    for ch in _CIRCLED:
        i = text.find(ch, pos)
        if i < 0:
            break
        found.append((i, i + 1))
        pos = i + 1
    if len(found) >= 2:
        return found
    found = []
    pos = 0
    for n in range(1, 11):
        m = re.compile(rf"(?:(?<=^)|(?<=[：:；;。，,]))({n})[.、．](?!\d)").search(text, pos)
        if m is None:
            break
        found.append((m.start(), m.end()))
        pos = m.end()
    return found if len(found) >= 2 else []


def _read_checklist(text: str, weight: Decimal | None, notes: list[str]) -> Reading | None:
    marks = _item_markers(text)
    if not marks:
        return None
    finding = _COUNT_RE.search(text)
    if finding is not None and not re.search(rf"[得计记]{NUM}分", text[: finding.start()]):
        # ①…⑤ are what is checked; the score comes from a per-finding deduction
        return None
    chunks = []
    for k, (_s, e) in enumerate(marks):
        end = marks[k + 1][0] if k + 1 < len(marks) else len(text)
        chunks.append(text[e:end])
    prefix = text[: marks[0][0]]
    last = chunks[-1]
    cut = re.search(r"[。；;]", last)
    tail = ""
    if cut:
        tail = last[cut.end():]
        chunks[-1] = last[: cut.start()]
    # items that state a numeric band are a band list (000 满意度 ①≥90% ②80%<…), not a checklist
    for c in chunks:
        head = re.split(rf"[得计记]{NUM}分", c)[0]
        try:
            if _find_cond(head.replace("，", "").replace(",", "")) is not None and re.search(
                    r"[≥≤<>]|以上|以下|不低于|低于|~", head):
                return None
        except _Unreadable:
            return None
    understood = list(notes)
    unread: list[str] = []
    n_items = len(chunks)
    points: list[Decimal | None] = [None] * n_items
    texts: list[str] = []
    for k, c in enumerate(chunks):
        m = re.search(rf"(?:[,，]?(?:得|计|记|占))(?:(?P<p>{NUM})分|(?P<w>{NUM})%(?:的)?权重分)", c)
        if m is None:
            texts.append(c.strip("；;，,。 "))
            continue
        texts.append(c[: m.start()].strip("；;，,。 "))
        if m["p"] is not None:
            points[k] = _dec(m["p"])
        else:
            if weight is None:
                unread.append(c)
                continue
            points[k] = _dec(m["w"]) / HUNDRED * weight
        rest = c[m.end():]
        for frag in _split(rest):
            fr = _read_fragment(frag, weight, None)
            zero_out = fr.out_amount is not None and fr.out_amount.coef.value == 0
            scores = fr.out_amount is not None and not zero_out
            if fr.bad or fr.cond is not None or scores or fr.prop:
                unread.append(frag)
            elif fr.deduct is not None:
                understood.append(f"分项内扣分：{frag}")
            elif zero_out:
                understood.append(f"分项不满足时：{frag}")
    merged: list[tuple[str, str]] = []  # (circled group, share %)
    for frag in _split(tail):
        f = re.sub(r"^否则", "", frag)
        sm = _SHARE_EACH_RE.fullmatch(f) or _SHARE_EACH_RE.fullmatch(frag)
        if sm is not None:
            shares = [_dec(x.rstrip("%")) for x in re.split(r"[、,，]", sm["list"])]
            if len(shares) == 1:
                shares = shares * n_items
            if len(shares) != n_items:
                unread.append(frag)
                continue
            if weight is None:
                unread.append(frag)
                continue
            for k, s in enumerate(shares):
                if points[k] is None:
                    points[k] = s / HUNDRED * weight
            understood.append(f"每项占比：{sm['list']}")
            continue
        m1 = re.fullmatch(rf"满足([{_CIRCLED}])得({NUM})%(?:的)?权重分", frag)
        if m1 is not None and weight is not None:
            k = _CIRCLED.index(m1[1])
            if k < n_items:
                points[k] = _dec(m1[2]) / HUNDRED * weight
                understood.append(f"满足{m1[1]}得{m1[2]}%权重分")
                continue
        m2 = re.fullmatch(rf"([{_CIRCLED}]{{2,}})分别占({NUM})%(?:的)?权重分", frag)
        if m2 is not None and weight is not None:
            for ch in m2[1]:
                k = _CIRCLED.index(ch)
                if k < n_items:
                    points[k] = _dec(m2[2]) / HUNDRED * weight
            understood.append(f"{m2[1]}分别占{m2[2]}%权重分")
            continue
        m3 = re.fullmatch(rf"([{_CIRCLED}]{{2,}})均(?:符合|满足)得({NUM})%(?:的)?权重分", frag)
        if m3 is not None and weight is not None:
            merged.append((m3[1], m3[2]))
            understood.append(f"{m3[1]}均符合得{m3[2]}%权重分")
            continue
        if re.fullmatch(r"(?:否则)?此指标不得分", frag):
            understood.append("前置条件：不满足第一项时本指标不得分（需人工判断）")
            continue
        if re.fullmatch(r"(?:以上)?(?:均|全部)(?:满足|符合)得(?:100%(?:的)?权重分|满分)", frag):
            understood.append("以上均满足得满分")
            continue
        if re.fullmatch(r"(?:否则|无相应制度则|未满足的|不满足的)?(?:分项不得分|扣除相应(?:的)?权重分|"
                        r"扣除相应分值|相应分项不得分)", frag):
            understood.append(f"按分项计分：{frag}")
            continue
        fr = _read_fragment(frag, weight, None)
        zero_out = fr.out_amount is not None and fr.out_amount.coef.value == 0
        if not (fr.bad or fr.cond is not None or fr.prop or fr.note
                or (fr.out_amount is not None and not zero_out)):
            if fr.deduct is not None:
                understood.append(f"分项内扣分：{frag}")
            elif zero_out:
                understood.append(f"分项不满足时：{frag}")
            elif not re.search(r"\d", frag):
                understood.append(f"分项说明：{frag}")
            else:
                unread.append(frag)
            continue
        unread.append(frag)
    for group, share in merged:
        ks = [_CIRCLED.index(ch) for ch in group if _CIRCLED.index(ch) < n_items]
        if all(points[k] is not None for k in ks):
            total = sum((points[k] for k in ks), ZERO)  # type: ignore[misc]
            if weight is not None and total != _dec(share) / HUNDRED * weight:
                unread.append(f"{group}均符合得{share}%权重分（与分项占比之和不符）")
            continue
        if weight is None:
            continue
        # merge the items of the group into one item worth the stated share
        first = ks[0]
        texts[first] = "；".join(texts[k] for k in ks)
        points[first] = _dec(share) / HUNDRED * weight
        for k in ks[1:]:
            points[k] = ZERO
            texts[k] = ""
    p = prefix.strip("：:，,；; ")
    if p:
        if re.search(r"\d", re.sub(r"共\d+项|分别为", "", p)):
            unread.append(p)
        else:
            understood.insert(0, f"考核内容：{p}")
    items = [ChecklistItem(texts[k], points[k]) for k in range(n_items)  # type: ignore[arg-type]
             if points[k] is not None and texts[k]]
    missing = [k for k in range(n_items) if points[k] is None]
    if missing:
        understood += [f"未能读懂：第{k + 1}项未说明分值" for k in missing]
        return Reading(None, "unreadable", understood, unread + [texts[k] for k in missing])
    if unread:
        return Reading(None, "unreadable", understood, unread, items)
    total = sum((i.points for i in items), ZERO)
    for i in items:
        understood.append(f"分项：{i.text} — {fmt_decimal(i.points)}分")
    understood.append(f"合计最高 {fmt_decimal(total)} 分")
    return Reading(None, "checklist", understood, [], items, total)


# ---- assembly -------------------------------------------------------------------------


def _complement(c: _NumCond, src: str) -> _NumCond:
    if c.eq:
        raise _Unreadable(src, "“否则”接在“等于”条件后，方向不明")
    if c.lo is not None and c.hi is None:
        return _NumCond(None, _Bound(c.lo.value, not c.lo.closed, True), False, c.unit, c.pct, src)
    if c.hi is not None and c.lo is None:
        return _NumCond(_Bound(c.hi.value, not c.hi.closed, True), None, False, c.unit, c.pct, src)
    raise _Unreadable(src, "“否则”接在区间条件后，按比例/扣分的方向不明")


def _resolve_edges(conds: list[_NumCond]) -> None:
    """Default-inclusive bounds yield to earlier bands and to explicit claims (module doc)."""
    for i, c in enumerate(conds):
        for b in (c.lo, c.hi):
            if b is None or b.explicit or not b.closed:
                continue
            p = b.value
            earlier = any(o.contains(p) for o in conds[:i])
            claimed = any(
                o is not c and any(ob is not None and ob.explicit and ob.closed and ob.value == p
                                   for ob in (o.lo, o.hi))
                for o in conds
            )
            if earlier or claimed:
                b.closed = False
            b.explicit = True


def _overlap(a: _NumCond, b: _NumCond) -> bool:
    lo_v, lo_c = (a.lo.value, a.lo.closed) if a.lo else (None, False)
    if b.lo is not None and (lo_v is None or b.lo.value > lo_v
                             or (b.lo.value == lo_v and not b.lo.closed)):
        lo_v, lo_c = b.lo.value, b.lo.closed
    hi_v, hi_c = (a.hi.value, a.hi.closed) if a.hi else (None, False)
    if b.hi is not None and (hi_v is None or b.hi.value < hi_v
                             or (b.hi.value == hi_v and not b.hi.closed)):
        hi_v, hi_c = b.hi.value, b.hi.closed
    if lo_v is None or hi_v is None:
        return True
    if lo_v < hi_v:
        return True
    return lo_v == hi_v and lo_c and hi_c


def _gaps(conds: list[_NumCond], has_any: bool, pct: bool) -> list[str]:
    """Values no band covers, in words: band edges, stretches between edges, and beyond."""
    if has_any or not conds:
        return []
    points = sorted({b.value for c in conds for b in (c.lo, c.hi) if b is not None})
    out: list[str] = []
    if not any(c.contains(points[0] - ONE) for c in conds):
        out.append(f"低于{_fmt_point(points[0], pct)}")
    for a, b in zip(points, points[1:], strict=False):
        if not any(c.contains(a) for c in conds):
            out.append(_fmt_point(a, pct))
        if not any(c.contains((a + b) / 2) for c in conds):
            out.append(f"{_fmt_point(a, pct)}～{_fmt_point(b, pct)}之间")
    if not any(c.contains(points[-1]) for c in conds):
        out.append(_fmt_point(points[-1], pct))
    if not any(c.contains(points[-1] + ONE) for c in conds):
        out.append(f"高于{_fmt_point(points[-1], pct)}")
    return out


def _fmt_point(v: Decimal, pct: bool) -> str:
    return f"{fmt_decimal(v * HUNDRED)}%" if pct else fmt_decimal(v)


def _assemble(frags: list[_Frag], weight: Decimal | None, ctx: ReadingContext,
              flags: set[str], notes: list[str], share: Decimal | None) -> Reading:
    understood = list(notes)
    unread: list[str] = []
    for f in frags:
        if f.bad:
            unread.append(f.src)
            understood.append(f"未能读懂“{f.src}”：{f.bad}")
    if unread:
        return Reading(None, "unreadable", understood, unread)

    rounding_pp = "ceil" if "ceil" in flags or ctx.rounding == "ceil" else ""

    clauses: list[_Clause] = []
    counts: list[_Frag] = []
    pending: _Frag | None = None
    pending_qual: list[str] = []
    pending_else = False

    def drop_descriptions() -> None:
        for q in pending_qual:
            understood.append(f"说明（不参与计分）：{q}")

    def start_for(origin: Decimal, src: str) -> Amount:
        for c in reversed(clauses):
            if isinstance(c.cond, _NumCond) and isinstance(c.outcome, Points) and any(
                    b is not None and b.value == origin for b in (c.cond.lo, c.cond.hi)):
                return c.outcome.amount
        raise _Unreadable(src, "扣分没有起算分（未找到对应档位的得分，也没有“从N分起算”）")

    try:
        for f in frags:
            if f.note:
                understood.append(f.note)
                continue
            if f.deduct is not None:
                d = f.deduct
                cond = f.cond or (pending.cond if pending else None)
                start = f.start or (pending.start if pending else None)
                if d.kind == "count":
                    if cond is not None:
                        raise _Unreadable(f.src, "按次数扣分却带有数值条件，无法确定计数对象")
                    what = f.qual or "；".join(pending_qual)
                    counts.append(replace(f, qual=what))
                    pending, pending_qual, pending_else = None, [], False
                    continue
                if cond is None:
                    # distance from the band it leaves: the last numeric clause
                    prev = next((c for c in reversed(clauses)
                                 if isinstance(c.cond, _NumCond)), None)
                    if prev is None:
                        raise _Unreadable(f.src, "“每低/每超…扣分”找不到起算的阈值")
                    pc = prev.cond
                    assert isinstance(pc, _NumCond)
                    if pc.eq or (pc.lo is not None and pc.hi is None and d.below) or (
                            pc.hi is not None and pc.lo is None and not d.below):
                        edge = pc.lo if d.below else pc.hi
                        assert edge is not None
                        if pc.eq:
                            closed = False
                        else:
                            closed = not edge.closed
                        b = _Bound(edge.value, closed, True)
                        cond = _NumCond(None, b, False, pc.unit, pc.pct, f.src) if d.below else \
                            _NumCond(b, None, False, pc.unit, pc.pct, f.src)
                    elif pc.lo is not None and pc.hi is not None and d.below:
                        cond = _NumCond(None, _Bound(pc.lo.value, not pc.lo.closed, True), False,
                                        pc.unit, pc.pct, f.src)
                    elif pc.lo is not None and pc.hi is not None:
                        cond = _NumCond(_Bound(pc.hi.value, not pc.hi.closed, True), None, False,
                                        pc.unit, pc.pct, f.src)
                    else:
                        raise _Unreadable(f.src, "扣分方向与上一档条件不一致")
                if cond.eq or (cond.lo is not None and cond.hi is not None):
                    raise _Unreadable(f.src, "扣分条件应为单侧（低于/超过某值）")
                if d.below != (cond.hi is not None):
                    raise _Unreadable(f.src, "扣分方向（每低/每超）与条件（低于/超过）不一致")
                if cond.unit not in (None, "pct"):
                    raise _Unreadable(f.src, "按百分点扣分，但条件不是百分数")
                origin = (cond.hi if d.below else cond.lo).value  # type: ignore[union-attr]
                if start is None:
                    start = start_for(origin, f.src)
                step = _amount_from(d.step_text, weight, share)
                if d.unit == Decimal("0.01"):
                    rounding = rounding_pp
                    if rounding and "ceil" not in flags:
                        note = "沿用上文“下同”：不满1个百分点按1个百分点算"
                        if note not in understood:
                            understood.append(note)
                    how = ("不满1个百分点按1个百分点算" if rounding else "按实际差距连续计算，原文未说明取整")
                else:
                    rounding = "floor"
                    how = f"每满{fmt_decimal(d.unit * HUNDRED)}个百分点扣一次（不满不扣）"
                cond.pct = True
                cond.unit = "pct"
                lin = Linear(start, step, Num(d.unit, True), rounding)
                word = "低" if d.below else "超"
                understood.append(
                    f"{_cond_zh(cond)} 时从{_amount_zh(start)}起，每{word}"
                    f"{fmt_decimal(d.unit * HUNDRED)}个百分点扣{_amount_zh(step)}（{how}）")
                clauses.append(_Clause(cond, lin, f.src))
                drop_descriptions()
                pending, pending_qual, pending_else = None, [], False
                continue
            if f.out is not None:
                else_ = f.else_ or pending_else
                cond_obj: _NumCond | str
                has_pending = pending is not None and pending.cond is not None
                if f.cond is not None or (else_ and has_pending):
                    if pending is not None and pending.cond is not None:
                        raise _Unreadable(pending.src, "条件后没有得分")
                    assert f.cond is not None
                    cond_obj = f.cond
                elif pending is not None and pending.cond is not None and (
                        not f.qual or f.qual.startswith(_QUAL_PASS_WORDS)):
                    cond_obj = pending.cond
                    f = replace(f, src=f"{pending.src}，{f.src}")
                    if f.qual:
                        understood.append(f"“{f.qual}”即满足“{pending.src}”")
                elif else_:
                    cond_obj = "else"
                elif f.prop and not f.qual:
                    cond_obj = "else"  # "按完成比率得分" alone: * : prop
                elif f.qual or pending_qual:
                    cond_obj = "qual:" + (f.qual or "；".join(pending_qual))
                    if f.qual:
                        drop_descriptions()
                    pending_qual = []
                else:
                    raise _Unreadable(f.src, "得分没有对应的条件")
                if f.prop:
                    out: Points | Prop | Linear = Prop()
                else:
                    assert f.out_amount is not None
                    out = Points(f.out_amount)
                    if f.out == "得分":
                        understood.append("“得分”按得满分理解")
                clauses.append(_Clause(cond_obj, out, f.src))
                drop_descriptions()
                pending, pending_qual, pending_else = None, [], False
                continue
            if f.cond is not None:
                if pending is not None and pending.cond is not None:
                    raise _Unreadable(pending.src, "条件后没有得分")
                pending = f
                continue
            if f.else_ and not f.qual:
                pending_else = True
                continue
            if f.qual:
                pending_qual.append(f.qual)
                continue
        if pending is not None and pending.cond is not None:
            raise _Unreadable(pending.src, "条件后没有得分")
        return _finish(clauses, counts, pending_qual, weight, share, understood, flags, ctx)
    except _Unreadable as e:
        understood.append(f"未能读懂“{e.fragment}”：{e.why}")
        return Reading(None, "unreadable", understood, [e.fragment])


def _finish(clauses: list[_Clause], counts: list[_Frag], leftover: list[str],
            weight: Decimal | None, share: Decimal | None, understood: list[str],
            flags: set[str], ctx: ReadingContext) -> Reading:
    for q in leftover:
        understood.append(f"说明（不参与计分）：{q}")
    numeric = [c for c in clauses if isinstance(c.cond, _NumCond)]
    quals = [c for c in clauses if isinstance(c.cond, str) and c.cond.startswith("qual:")]
    elses = [c for c in clauses if c.cond == "else"]

    if counts:
        steps = {f.deduct.step_text for f in counts if f.deduct}  # type: ignore[union-attr]
        if len(steps) > 1:
            raise _Unreadable("；".join(f.src for f in counts),
                              f"几类问题扣分不同（{'、'.join(sorted(steps))}），需要分别计数，一条规则无法表达")
        step = _amount_from(next(iter(steps)), weight, share)
        start = Amount(Num(ONE), of_weight=True)
        for c in clauses:
            is_qual = isinstance(c.cond, str) and c.cond.startswith("qual:")
            if isinstance(c.outcome, Points) and is_qual:
                start = c.outcome.amount
                understood.append(f"“{c.cond[5:]}”即未发现问题（0处）：得{_amount_zh(start)}")
            elif isinstance(c.outcome, Points) and isinstance(c.cond, _NumCond) and c.cond.eq \
                    and c.cond.pct and c.cond.lo is not None and c.cond.lo.value == ONE:
                start = c.outcome.amount
                understood.append(f"“{c.src}”即未发现不符合（0处）：得{_amount_zh(start)}")
            elif (isinstance(c.outcome, Points) and c.cond == "else"
                  and c.outcome.amount.coef.value == 0):
                raise _Unreadable(c.src, "既按次数扣分又写“否则不得分”，两者矛盾")
            else:
                raise _Unreadable(c.src, "按次数扣分的条文里还有其他计分条件，无法合成一条规则")
        what = "；".join(f.qual for f in counts if f.qual)
        understood.append(
            f"业绩值为发现的问题数：每1处扣{_amount_zh(step)}，从{_amount_zh(start)}起扣"
            + (f"（计数对象：{what}）" if what else ""))
        rule = parse_rule(str(Rule((Clause(Any_(), Linear(start, step, Num(ONE))),))))
        return _reading(rule, "rule", understood, weight, flags, ctx)

    if not numeric:
        props = [c for c in clauses if isinstance(c.outcome, Prop)]
        if props and len(clauses) == 1:
            if isinstance(props[0].cond, str) and props[0].cond.startswith("qual:"):
                understood.append(f"说明（不参与计分）：{props[0].cond[5:]}")
            understood.append("按比例计分：得分 = 分值 × 业绩值（比率）")
            return _reading(parse_rule("*: prop"), "rule", understood, weight, flags, ctx)
        if props:
            raise _Unreadable(props[0].src, "按比例计分与定性条件混在一起")
        if any(isinstance(c.outcome, Linear) for c in clauses):
            raise _Unreadable(clauses[0].src, "扣分缺少条件")
        if not clauses:
            raise _Unreadable("；".join(leftover) or "（全文）", "没有找到计分方法（得几分、扣几分或按比例）")
        pos = [c for c in quals if _outcome_points(c.outcome, weight) != 0]
        zero = [c for c in clauses if c not in pos]
        if len(pos) == 1:
            pts = pos[0].outcome.amount  # type: ignore[union-attr]
            qual_text = pos[0].cond[5:]  # type: ignore[index]
            understood.append(f"达标条件（定性）：{qual_text or '（未写明）'} → 得{_amount_zh(pts)}")
            parts = [Clause(Text("符合"), Points(pts))]
            if zero:
                understood.append("否则 → 0分")
                parts.append(Clause(Any_(), Points(Amount(Num(ZERO)))))
            else:
                understood.append("未说明不符合时的得分（规则有缺口）")
            rule = parse_rule(str(Rule(tuple(parts))))
            return _reading(rule, "passfail", understood, weight, flags, ctx)
        if len(pos) > 1:
            negated = [c for c in pos[1:]
                       if re.match(r"^(不|未|没有|无)", str(c.cond)[5:])]
            if negated:
                raise _Unreadable(negated[0].src, "不符合时也给分，与达标条件矛盾（疑为笔误）")
            levels = [f"{c.cond[5:]} → {_amount_zh(c.outcome.amount)}" for c in clauses
                      if isinstance(c.outcome, Points) and isinstance(c.cond, str)]
            understood.extend(f"定性分档：{lv}" for lv in levels)
            pts_all = [p for p in (_outcome_points(c.outcome, weight) for c in pos)
                       if p is not None]
            return Reading(None, "judgement", understood, [], [],
                           max(pts_all) if pts_all else None, _ctx_out(flags, ctx))
        raise _Unreadable(clauses[0].src, "只有“不得分”，没有得分条件")

    if quals:
        raise _Unreadable(quals[0].src, "定性条件与数值条件混在一起，无法合成一条规则")

    units = {c.cond.unit for c in numeric if isinstance(c.cond, _NumCond) and c.cond.unit}
    if len(units) > 1:
        # two indicators in one text (003: 参保人数不低于…得2分；参保率不低于…得2分)
        if all(isinstance(c.outcome, Points) for c in clauses) and not elses:
            items = [ChecklistItem(c.src, _outcome_points(c.outcome, weight) or ZERO)
                     for c in numeric]
            understood.append("一条标准含多个不同单位的指标，按分项列出（逐项人工判断是否达到）")
            for i in items:
                understood.append(f"分项：{i.text} — {fmt_decimal(i.points)}分")
            return Reading(None, "checklist", understood, [], items,
                           sum((i.points for i in items), ZERO), _ctx_out(flags, ctx))
        raise _Unreadable(numeric[0].src, f"条件单位不一致（{'、'.join(sorted(units))}）")
    if units == {"pct"}:
        for c in numeric:
            assert isinstance(c.cond, _NumCond)
            if c.cond.unit is None:
                for b in (c.cond.lo, c.cond.hi):
                    if b is not None:
                        b.value = b.value / HUNDRED
                c.cond.pct = True
                c.cond.unit = "pct"
                understood.append(f"“{c.src}”未写单位，按百分数理解")
    unit_words = {c.cond.unit_word for c in numeric if isinstance(c.cond, _NumCond)}
    unit_words -= {"", "%", "个百分点"}
    for uw in sorted(unit_words):
        scale = _UNITS[uw][1]
        if scale != ONE:
            understood.append(f"数值以“{uw}”写出，已换算为个数/元（×{fmt_decimal(scale)}）比较")
        else:
            understood.append(f"业绩值单位：{uw}")

    # else → * (points) or the complement of the previous numeric condition (prop / linear)
    final: list[tuple[_NumCond | None, Points | Prop | Linear, str]] = []
    prev: _NumCond | None = None
    for c in clauses:
        if isinstance(c.cond, _NumCond):
            final.append((c.cond, c.outcome, c.src))
            prev = c.cond
        elif isinstance(c.outcome, Points):
            final.append((None, c.outcome, c.src))
        else:
            if prev is None:
                raise _Unreadable(c.src, "“否则按比例”找不到对应的阈值")
            final.append((_complement(prev, c.src), c.outcome, c.src))
    conds = [fc for fc, _, _ in final if fc is not None]
    _resolve_edges(conds)
    for i, a in enumerate(conds):
        for b in conds[i + 1:]:
            if _overlap(a, b):
                raise _Unreadable(b.src, f"档位重叠：{_cond_zh(a)} 与 {_cond_zh(b)} 有共同部分，得分矛盾")
    parts = []
    for fc, out, _src in final:
        if fc is None:
            parts.append(Clause(Any_(), out))
            continue
        parts.append(Clause(fc.to_condition(), out))
        if isinstance(out, Points):
            understood.append(f"{_cond_zh(fc)} → 得{_amount_zh(out.amount)}")
        elif isinstance(out, Prop):
            understood.append(f"{_cond_zh(fc)} → 按比例：分值 × 业绩值 ÷ 阈值")
    for fc, out, _src in final:
        if fc is None:
            understood.append(f"其他情况 → 得{_amount_zh(out.amount)}")  # type: ignore[union-attr]
    pct = any(c.pct for c in conds)
    gaps = _gaps(conds, any(fc is None for fc, _, _ in final), pct)
    if gaps:
        understood.append(f"注意：原文档位未覆盖 {'、'.join(gaps)}（评分时会报“规则有缺口”），未作推测")
    rule = parse_rule(str(Rule(tuple(parts))))
    return _reading(rule, "rule", understood, weight, flags, ctx)


def _ctx_out(flags: set[str], ctx: ReadingContext) -> ReadingContext:
    if "same" in flags and "ceil" in flags:
        return ReadingContext("ceil", "不满1个百分点按1个百分点算，下同")
    return ctx


def _reading(rule: Rule, kind: str, understood: list[str], weight: Decimal | None,
             flags: set[str], ctx: ReadingContext) -> Reading:
    mp = rule.max_points(weight) if weight is not None else None
    if mp is not None and weight is not None and mp != weight:
        understood.append(f"注意：规则最高 {fmt_decimal(mp)} 分，与分值 {fmt_decimal(weight)} 不一致")
    return Reading(rule, kind, understood, [], [], mp, _ctx_out(flags, ctx))


# ---- entry point --------------------------------------------------------------------


def _weight(weight: Any) -> Decimal | None:
    if weight is None or weight == "":
        return None
    try:
        from jixiao.numbers import parse_number

        w = parse_number(weight)
    except (ValueError, InvalidOperation, TypeError, ArithmeticError):
        return None
    if w is None or w < 0:
        return None
    return w


#: longer 评分标准 texts are refused unread (published ones are under ~200 characters)
MAX_RULE_TEXT_CHARS = 500


def read_rule_text(text: str, weight: Any = None, context: ReadingContext | None = None) -> Reading:
    """Read a published 评分标准 sentence into a canonical :class:`Rule` — or say why not.

    Args:
        text: the 评分标准 cell text as printed.
        weight: the row's 分值 (满分 = weight); needed for 权重分 shares in checklists and for
            ``max_points``.
        context: "下同" state from earlier rows (``previous.context_out``).

    Returns:
        A :class:`Reading`; ``reading.ok`` when a rule was read with nothing left unread.
        Never raises for any text.
    """
    ctx = context or ReadingContext()
    text = text if isinstance(text, str) else str(text)
    if len(text) > MAX_RULE_TEXT_CHARS:  # bounded time: the fragment patterns are not all linear
        why = f"未能读懂：评分标准过长（{len(text)} 字，上限 {MAX_RULE_TEXT_CHARS} 字），未自动读取，请人工核对"
        return Reading(None, "unreadable", [why], [text[:40] + "…"], context_out=ctx)
    try:
        reading = _read(text, _weight(weight), ctx)
        reading.unread = [_verbatim(u, text) for u in reading.unread]
        return reading
    except _Unreadable as e:
        return Reading(None, "unreadable", [f"未能读懂：{e.why}"], [e.fragment], context_out=ctx)
    except Exception as e:  # noqa: BLE001 — a reader of free text must never raise
        return Reading(None, "unreadable", [f"内部错误，未能读取：{type(e).__name__}"], [text],
                       context_out=ctx)


def _verbatim(fragment: str, original: str) -> str:
    """The stretch of ``original`` that a normalised ``fragment`` came from (as printed)."""
    pieces = [(m.start(), m.end(), _normalise(m.group(0))[0])
              for m in re.finditer(r"[^。；;，,\n]+", original)]
    best: tuple[int, int, int] | None = None  # (length, start, end)
    run: list[tuple[int, int, str]] = []
    for piece in [*pieces, (0, 0, "")]:
        norm = piece[2].strip("。；;，,")
        if norm and norm in fragment:
            run.append(piece)
            continue
        if run:
            size = sum(len(p[2]) for p in run)
            if best is None or size > best[0]:
                best = (size, run[0][0], run[-1][1])
            run = []
    if best is None:
        return fragment
    return original[best[1]: best[2]].strip()


def _read(text: str, weight: Decimal | None, ctx: ReadingContext) -> Reading:
    if not text.strip():
        return Reading(None, "unreadable", ["评分标准为空"], [], context_out=ctx)
    norm, notes, flags = _normalise(text)
    jm = _JUDGEMENT_RE.search(norm)
    if jm is not None:
        pts = [_dec(p) for p in re.findall(rf"[得计记]({NUM})分", norm)]
        return Reading(None, "judgement",
                       notes + [f"需人工评分（“{jm.group(0)}”），不能写成公式"], [], [],
                       max(pts) if pts else weight, _ctx_out(flags, ctx))
    if "按缺省处理" in norm:
        return Reading(None, "unreadable",
                       notes + ["“按缺省处理”是评分过程而非评分标准：业绩值填“缺省”即得满分"],
                       [text.strip()], context_out=ctx)
    share = None
    sm = _SHARE_EACH_RE.search(norm)
    if sm is not None and "、" not in sm["list"]:
        share = _dec(sm["list"].rstrip("%")) / HUNDRED
    cl = _read_checklist(norm, weight, notes)
    if cl is not None:
        cl.context_out = _ctx_out(flags, ctx)
        return cl
    frags = []
    for piece in _split(norm):
        if sm is not None and _SHARE_EACH_RE.fullmatch(piece):
            notes = notes + [f"每项占比：{sm['list']}"]
            continue
        frags.append(_read_fragment(piece, weight, share))
    reading = _assemble(frags, weight, ctx, flags, notes, share)
    if reading.unread == ["（全文）"]:
        reading.unread = [text.strip()]
    if reading.rule is None and reading.kind == "unreadable":
        reading.context_out = _ctx_out(flags, ctx)
    return reading


# ---- samples for a person to confirm a reading ---------------------------------------------


def sample_values(rule: Rule, limit: int = 14) -> list[str]:
    """Values worth trying on ``rule``: band edges ±0.5 percentage point (±1 for counts), a
    point inside each band, and one well below / above — as text a person would type."""
    if rule.is_qualitative:
        return ["符合", "不符合", "缺省"]
    pct = rule.uses_percent
    bounds: set[Decimal] = set()
    for c in rule.clauses:
        cond = c.condition
        if isinstance(cond, Compare):
            bounds.add(cond.bound.value)
        elif isinstance(cond, Interval):
            bounds.update(b.value for b in (cond.lo, cond.hi) if b is not None)
    if not bounds:
        if any(isinstance(c.outcome, Prop) for c in rule.clauses):
            pct = True
        base = [Decimal("0.5"), Decimal("0.8"), ONE] if pct else [ZERO, ONE, Decimal(2), Decimal(4)]
        return [_fmt_point(v, pct) for v in base]
    edges = sorted(bounds)
    values: set[Decimal] = set()
    for b in edges:
        step = Decimal("0.005") if pct else (max(ONE, abs(b) / 100) if b else ONE)
        values.update((b - step, b, b + step))
    for a, b in zip(edges, edges[1:], strict=False):
        values.add((a + b) / 2)
    far = Decimal("0.1") if pct else max(Decimal(5), abs(edges[0]) / 5)
    values.add(edges[0] - far)
    values.add(edges[-1] + far)
    chosen = sorted(v for v in values if v >= 0 or edges[0] < 0)
    if len(chosen) > limit:
        keep = set(edges) | {chosen[0], chosen[-1]}
        rest = [v for v in chosen if v not in keep]
        chosen = sorted(keep | set(rest[: max(0, limit - len(keep))]))
    return [_fmt_point(v, pct) for v in chosen]
