"""The reader's data: the public Reading/ReadingContext/ChecklistItem, units, and the internal band,
fragment and clause records with small helpers for amounts.

>>> str(_amount_from("5%权重分", Decimal(10))), str(_amount_from("满分", None)), str(_amount_from("2分", None))
('5%W', 'W', '2')
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any

from jixiao.numbers import parse_number
from jixiao.rules.chinese.lexicon import COUNT, COUNT_WORDS, ITEM_NO
from jixiao.rules.model import (
    HUNDRED,
    ONE,
    Amount,
    Compare,
    Interval,
    Linear,
    Num,
    Points,
    Prop,
    Rule,
    fmt_decimal,
)


@dataclass(frozen=True)
class ChecklistItem:
    """One item of a checklist (①…得2分): its text and the points it is worth; ``rule``: the item's own
    rule ("(3分,少一次扣1分)" → ``*: 3 - 1 per 1``), scored on the item's points as its 分值 with the item's own
    业绩值 — ``None`` for an item that is met (all its points) or not (0).

    ``failing``: the text names what costs the points ("未开设监督电话扣0.5分" → text 未开设监督电话), not what earns
    them. A template asks each item "是/否" and gives the points for 是, so such an item is asked as its absence
    (:attr:`label`): answering 是 to "未开设监督电话" would give the points to the row that failed.

    >>> ChecklistItem("未开设监督电话", Decimal("0.5"), failing=True).label
    '未出现：未开设监督电话'
    >>> ChecklistItem("成立领导小组", Decimal(1)).label
    '成立领导小组'
    """

    text: str
    points: Decimal
    rule: Rule | None = None
    failing: bool = False

    @property
    def label(self) -> str:
        """The item as a 是/否 question whose 是 earns the points."""
        return f"未出现：{self.text}" if self.failing else self.text

    def note(self) -> str:
        """The reading's note for the item: "分项：未开设监督电话 — 0.5分（出现则扣）"."""
        return f"分项：{self.text} — {fmt_decimal(self.points)}分" + ("（出现则扣）" if self.failing else "")


@dataclass(frozen=True)
class ReadingContext:
    """State carried to later rows by "下同": the rounding of per-point deductions."""

    rounding: str = ""  # "" or "ceil"
    note: str = ""  # the note that set it, verbatim


#: the kinds of a refusal (r23): the reader did not recognise the wording (a meaning-preserving rewrite may mend it,
#: rewrites.py), or it understood the text and found it cannot be one rule (deductions that add up, a veto, a target,
#: an item without points …) — what every refusal is unless it says otherwise
WORDING = "wording"
MEANING = "meaning"


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
    #: ambiguities the text leaves open, each naming the two readings and the one used
    #: (validation reports them as ``rule-ambiguous``)
    warnings: list[str] = field(default_factory=list)
    #: for a refusal (kind "unreadable"): :data:`WORDING` when every reason it gives is a wording not recognised,
    #: :data:`MEANING` otherwise
    refused_for: str = MEANING

    @property
    def ok(self) -> bool:
        return self.rule is not None and not self.unread

    @property
    def canonical(self) -> str | None:
        return str(self.rule) if self.rule is not None else None

    @property
    def descriptions(self) -> list[str]:
        """What the reading noted as a description ("说明（不参与计分）：…", :func:`described`), from the notes' record.

        >>> Reading(None, "rule", ["考核内容：制度建设", described("一年一次"), described("全部", "达标内容")]).descriptions
        ['一年一次']
        """
        return [u.fragment for u in self.understood if isinstance(u, Described) and u.label == "说明"]

    @property
    def requirements(self) -> list[str]:
        """What the reading noted as the passing requirement ("达标要求：…", failures.py), from the notes' record — not a
        requirement kept as a description ("达标要求（不参与计分）：…").

        >>> Reading(None, "rule", [noted("达标要求", "建立台账", "达标要求："), described("按月报送", "达标要求")]).requirements
        ['建立台账']
        """
        return [u.fragment for u in self.understood
                if isinstance(u, Noted) and not isinstance(u, Described) and u.label == "达标要求"]


def cannot_read(why: str, quoted: str | None = None) -> str:
    """The message of a refusal: "未能读懂“quoted”：why", or "未能读懂：why" without a quoted fragment.

    >>> cannot_read("扣几分没有写出", "每处扣 分"), cannot_read("分项列表前的文字")
    ('未能读懂“每处扣 分”：扣几分没有写出', '未能读懂：分项列表前的文字')
    """
    return f"未能读懂：{why}" if quoted is None else f"未能读懂“{quoted}”：{why}"


def unreadable(notes: Iterable[str], unread: Iterable[str], why: str | None = None, quoted: str | None = None, *,
               refused_for: str = MEANING, context_out: ReadingContext | None = None,
               items: Iterable[ChecklistItem] = ()) -> Reading:
    """A refusal — the one way every recogniser and check builds one: the ``notes`` understood so far, then ``why``
    said by :func:`cannot_read` (none when ``why`` is None: the notes already say it, as for several fragments each
    with its own why); ``unread`` the fragment(s) not read; ``refused_for`` :data:`WORDING` or :data:`MEANING`;
    ``context_out`` what the row passes on ("下同"); ``items`` the checklist items read before the refusal, if any.

    >>> r = unreadable(["考核内容：制度建设"], ["每处扣 分"], "扣几分没有写出", "每处扣 分")
    >>> r.kind, r.rule, r.understood, r.unread, r.refused_for
    ('unreadable', None, ['考核内容：制度建设', '未能读懂“每处扣 分”：扣几分没有写出'], ['每处扣 分'], 'meaning')
    >>> unreadable([], ["列表前"], "分项列表前的文字", refused_for=WORDING).understood
    ['未能读懂：分项列表前的文字']
    """
    said = [*notes] if why is None else [*notes, cannot_read(why, quoted)]
    return Reading(None, "unreadable", said, [*unread], [*items], refused_for=refused_for,
                   context_out=ReadingContext() if context_out is None else context_out)


class Noted(str):
    """A note — the text the user sees, "达标要求：建立台账" — that keeps its record: ``label`` (what the note says the
    fragment is: 达标要求, 达标条件 …) and ``fragment`` (the text's words it is about), with the note's own words around
    the fragment (``head``, ``tail``) so that a rewritten note keeps its record (:func:`retold`). A check reads the record
    (:attr:`Reading.descriptions`, :attr:`Reading.requirements`, guard's checks), never the note's text (r34, r36). Made
    by :func:`noted` or :func:`described` only."""

    label: str
    fragment: str
    head: str
    tail: str


def noted(label: str, fragment: str, head: str, tail: str = "") -> Noted:
    """The note ``head + fragment + tail`` with its record.

    >>> note = noted("达标要求", "建立台账", "达标要求：")
    >>> note, note.label, note.fragment
    ('达标要求：建立台账', '达标要求', '建立台账')
    """
    return _recorded(Noted(head + fragment + tail), label, fragment, head, tail)


def _recorded(note: Noted, label: str, fragment: str, head: str, tail: str) -> Noted:
    note.label, note.fragment, note.head, note.tail = label, fragment, head, tail
    return note


def required(what: str) -> Noted:
    """The note of the passing requirement a reading noted, "达标要求：…" (read back by :attr:`Reading.requirements`).

    >>> required("建立台账").fragment
    '建立台账'
    """
    return noted("达标要求", what, "达标要求：")


class Described(Noted):
    """A description note — "说明（不参与计分）：执行率=执行数/预算数", "计数说明（不参与计分）：…": the text's words the
    reading keeps as carrying no points — with its record (``label``: 说明, 达标内容, 计数说明 …; ``fragment``: what it
    describes). guard refuses a Described whose fragment changes the score (refuse_scoring_notes)."""


def described(q: str, what: str = "说明") -> Described:
    """The note for a fragment that carries no points — the one form every reader writes, with its record (guard reads
    the record back: :attr:`Reading.descriptions`, guard.refuse_scoring_notes).

    >>> note = described("执行率=执行数/预算数")
    >>> note, note.label, note.fragment
    ('说明（不参与计分）：执行率=执行数/预算数', '说明', '执行率=执行数/预算数')
    """
    head = f"{what}（不参与计分）："
    return _recorded(Described(head + q), what, q, head, "")  # type: ignore[return-value]


def retold(note: str, said: str) -> str:
    """``said``, the text of ``note`` rewritten (back in the printed 繁体, a stand-in named back …), with ``note``'s record
    when ``note`` has one and the rewriting kept the note's own words around the fragment (the fragment is what lies
    between them).

    >>> r = retold(described("执行率"), "说明（不参与计分）：執行率")
    >>> r, r.fragment, retold("分项：执行率 — 1分", "分项：執行率 — 1分")
    ('说明（不参与计分）：執行率', '執行率', '分项：執行率 — 1分')
    >>> r = retold(noted("达标条件", "按时报送", "达标条件（定性）：", " → 得满分"), "达标条件（定性）：按時報送 → 得满分")
    >>> type(r).__name__, r.fragment
    ('Noted', '按時報送')
    """
    if not isinstance(note, Noted):
        return said
    head, tail = note.head, note.tail
    if not (said.startswith(head) and said.endswith(tail) and len(said) >= len(head) + len(tail)):
        return said
    return _recorded(type(note)(said), note.label, said[len(head):len(said) - len(tail)], head, tail)


NUM = r"\d{1,15}(?:\.\d{1,10})?"  # bounded: every pattern stays linear-time

#: an item's number before its words: the lexicon's (r23: "2、" / "1." / "1)" / "(2)" / "②" …) or "〔CN二〕" (normalise's
#: token for "二、" in the normalised text) — r24's pattern for bonus / pointsrule / tiers, one with lexicon.ITEM_NO (s24)
ITEM_NUMBER = rf"(?:{ITEM_NO}|〔CN.〕)"


#: physical quantities (S18-2 公斤, S27 微克/立方米 …): each its own category, never mixed or scaled
#: and amounts per head (fresh7 T3 "生均财政拨款达到12000元/人")
QTY_WORDS = ("微克/立方米|毫克/立方米|毫克/升|元/人|立方米|平方米|平方公里|公顷|公斤|千克|公里|千米|吨|亩|米")


#: the verbs of a delay: 每延迟1天 / 每逾期1个月 / 迟报一天 … (fragments._DELAY_RE, normalise's delay rewrites)
#: (a bare 迟 before the number: "每迟一天,扣0.5分", fresh40 BA8-1 — 迟到 is a count of times, never before a number)
DELAY_VERBS = "延迟|延期|滞后|推迟|逾期|超期|迟交|迟报|迟送|延报|晚报|晚交|迟(?=\\d|[一二两三])"

#: units with a scale or a category of their own, then every count word (lexicon.COUNT, category "count")
#: (r38: working days "≤25个工作日得满分6分" (fresh52 BM1-2) and years of age "年龄不超过45周岁" (fresh49 BJ13-2), each a
#: unit of its own — never compared with 天 or 年)
_UNIT_WORDS = f"个百分点|个百分比|万人次|万人|万元|亿元|分钟|小时|个工作日|个月|周岁|{QTY_WORDS}|元|天|%|‰|{COUNT}"


UNIT = rf"(?:{_UNIT_WORDS})"


INC = r"(?:\((?:不)?含\))"


#: unit → (category, scale); the scale brings a written bound to what parse_number reads
_UNITS: dict[str, tuple[str, Decimal]] = {
    "%": ("pct", Decimal("0.01")),
    "‰": ("pct", Decimal("0.001")),  # "超过3‰按1.5分计算" (fresh12 Y7-1): per mille, a share like %
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
    "个工作日": ("time", ONE),
    "周岁": ("age", ONE),
}


#: units a band of a measured value may be written in besides :data:`UNIT` (r32): years ("3-5年得2分", "满3年",
#: never a date: "2020年" / 年度 / 年底 …) and characters ("2500字至4000字得6分") — only in numeric conditions
#: (conditions.py), not in the per-unit deductions that share UNIT
BAND_UNIT = rf"(?:{_UNIT_WORDS}|(?<!19\d\d)(?<!20\d\d)年(?![度底末初中])|字(?![号母段]))"
_UNITS["年"] = ("time", ONE)
_UNITS["字"] = ("count", ONE)

#: time units are all on scale 1 but never comparable with each other (3个月 ≠ 3年)
TIME_WORDS = frozenset(w for w, (cat, _s) in _UNITS.items() if cat == "time")


for _u in COUNT_WORDS:  # 条: fresh19 AF1-2; 名 / 位 / 篇 …: lexicon (r12)
    _UNITS[_u] = ("count", ONE)
for _u in QTY_WORDS.split("|"):
    _UNITS[_u] = (f"qty:{_u}", ONE)


_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩"


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
    counted: str = ""  # the things counted, named after the count word: "低于5个项目" → 项目 (fragments, r38)

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
    kind: str  # "pp", "count", "flat" (X扣N分) or "qty" (每少于100公斤扣5分)
    step_text: str  # "1分", "5%权重分", "相应权重分"
    below: bool = True
    unit: Decimal = ONE  # pp: fraction (0.01); count: 1
    src: str = ""
    cat: str = ""  # qty: the unit category ("qty:公斤") the condition must share


@dataclass
class _Frag:
    src: str
    else_: bool = False
    cond: _NumCond | None = None
    qual: str = ""
    out: str | None = None  # outcome token (matched text)
    out_amount: Amount | None = None
    prop: bool = False
    wx: bool = False  # W × x (never ÷ threshold)
    start: Amount | None = None
    deduct: _Deduct | None = None
    note: str | None = None
    bad: str | None = None  # reason this fragment could not be read
    bad_kind: str = MEANING  # WORDING when ``bad`` says the wording was not recognised


@dataclass
class _Clause:
    cond: _NumCond | str  # _NumCond, "qual:<text>", "else"
    outcome: Points | Prop | Linear
    src: str


@dataclass(frozen=True)
class _AbsProp(Prop):
    """W × x (执行率×分值): ``*: prop`` alone, ``T·W - W per 100%`` below a threshold T."""


def parse_weight(weight: Any) -> Decimal | None:
    """The row's 分值 as the reader uses it (read_rule_text parses it once and passes it on: the repairs, the rewrites):
    the number (:func:`jixiao.numbers.parse_number`), or ``None`` — no 分值, no number, or a negative one.

    >>> parse_weight("5"), parse_weight(2.5), parse_weight(""), parse_weight("五分"), parse_weight(-1)
    (Decimal('5'), Decimal('2.5'), None, None, None)
    """
    if weight is None or weight == "":
        return None
    try:
        w = parse_number(weight)
    except (ValueError, InvalidOperation, TypeError, ArithmeticError):
        return None
    if w is None or w < 0:
        return None
    return w


class _Unreadable(Exception):
    """A refusal: the ``fragment`` refused, ``why`` (the user's message), ``kind`` :data:`WORDING` or :data:`MEANING`."""

    def __init__(self, fragment: str, why: str, kind: str = MEANING) -> None:
        super().__init__(why)
        self.fragment = fragment
        self.why = why
        self.kind = kind


def dec(s: str) -> Decimal:
    return Decimal(s)


def _amount_from(text: str, weight: Decimal | None, share: Decimal | None = None) -> Amount:
    """"5分" → 5; "5%权重分" → 5%W; "满分"/"100%权重分" → W; "相应权重分" → share·W."""
    if text.startswith("相应"):
        if share is None:
            raise _Unreadable(text, "“相应权重分”没有对应的每项占比")
        return Amount(Num(share, True), of_weight=True)
    if "满分" in text:
        return Amount(Num(ONE), of_weight=True)
    if "%" in text:
        pct = dec(text.split("%")[0])
        if pct == HUNDRED:
            return Amount(Num(ONE), of_weight=True)
        return Amount(Num(pct / HUNDRED, True), of_weight=True)
    return Amount(Num(dec(text.rstrip("分"))))


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


def _fmt_point(v: Decimal, pct: bool) -> str:
    return f"{fmt_decimal(v * HUNDRED)}%" if pct else fmt_decimal(v)


#: steps of 1 个百分点 with no rounding written: read continuously, with this warning
#: "不足1%不扣分" beside "不满1%按1%计" (r76): whole points only, and a part as a whole one — the text contradicts itself
CONTRARY_ROUNDING = "既写不满一档的部分不扣分，又写不满一档按一档算，两种取整说明矛盾，未作推测"

CONTINUOUS_PP_NOTE = ("歧义：原文未说明不满1个百分点时怎样扣分。按实际差距连续计算（差0.5个百分点扣一半）；"
                      "另一读法是不满1个百分点按1个百分点算（向上取整），如是请在原文注明")
