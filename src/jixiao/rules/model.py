"""The rule model: conditions, outcomes, clauses, and how a rule scores a value.

A :class:`Rule` is a list of clauses tried top to bottom; the first clause whose
condition matches the value gives the score, which is always clamped to
[0, W] (扣完为止; never above the weight). All arithmetic is ``Decimal``.
The canonical text (``str(rule)``) parses back to an equal rule
(see :mod:`jixiao.rules.grammar`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from decimal import ROUND_DOWN, ROUND_HALF_UP, ROUND_UP, Decimal
from typing import Any

from jixiao.errors import RuleGapError, ScoringError
from jixiao.numbers import (
    QUOTE_CHARS,
    fmt_decimal,
    is_not_applicable,
    normalise_text,
    parse_number,
    require_number,
    round_half_up,
    trimmed_text,
)
from jixiao.rules.targetscale import (
    PERCENT_ON_COUNT_STEPS,
    PERCENT_ON_WHOLE_BOUNDS,
    PERCENT_TEXT_AMBIGUOUS,
    Target,
    bare_number_text,
    in_step_unit,
    on_target_scale,
    parse_target,
    percent_points,
    percent_unit_reason,
    step_unit_reason,
    typed_unit,
)

ZERO = Decimal(0)
ONE = Decimal(1)
HUNDRED = Decimal(100)
#: step counts are rounded to 9 places before ceil/floor, as ROUND(…,9) in the formulas
STEP_GUARD = Decimal("1e-9")


@dataclass(frozen=True)
class Num:
    """A number as written in a rule; ``pct`` records that it was written with %."""

    value: Decimal
    pct: bool = False

    def __str__(self) -> str:
        if self.pct:
            return fmt_decimal(self.value * HUNDRED) + "%"
        return fmt_decimal(self.value)


@dataclass(frozen=True)
class Amount:
    """Points: a constant (``4``) or a share of the weight (``W``, ``0.8W``, ``5%W``)."""

    coef: Num
    of_weight: bool = False

    def points(self, weight: Decimal) -> Decimal:
        return self.coef.value * weight if self.of_weight else self.coef.value

    def __str__(self) -> str:
        if not self.of_weight:
            return str(self.coef)
        if self.coef.value == ONE and not self.coef.pct:
            return "W"
        return f"{self.coef}W"


@dataclass(frozen=True)
class TargetRef:
    """``T``: the row's own target (年度指标值), known only when a row is scored.

    ``>=T: W; <T: prop`` is the national self-evaluation default for a "≥" target.
    """

    def __str__(self) -> str:
        return "T"


Bound = Num | TargetRef

#: a target printed with its comparison sign: "≥90%", "≤5%", "不低于95%"
_SIGNED_TARGET_RE = re.compile(r"\s*(?:[≥≤<>=＝≧≦]|大于|小于|不低于|不高于|不少于|不超过|不大于|等于|达到)")


def bound_value(bound: Bound, target: Decimal | None) -> Decimal:
    """The number a bound stands for (``T`` → the row's target)."""
    if isinstance(bound, TargetRef):
        if target is None:
            msg = "规则引用了年度指标值 T，但该行没有可识别的指标值"
            raise ScoringError(msg, "the rule refers to the target T but the row has none")
        return target
    return bound.value


# ---- conditions -----------------------------------------------------------


@dataclass(frozen=True)
class Any_:
    """``*``: matches every value (otherwise)."""

    def __str__(self) -> str:
        return "*"


@dataclass(frozen=True)
class Compare:
    """``>=95%``, ``<80%``, ``=100%``."""

    op: str  # one of >=, >, <=, <, =
    bound: Num | TargetRef

    def __str__(self) -> str:
        return f"{self.op}{self.bound}"


@dataclass(frozen=True)
class Interval:
    """``[90%,100%)``; a missing bound is unbounded (``[0,)``)."""

    lo: Num | None
    hi: Num | None
    lo_closed: bool
    hi_closed: bool

    def __str__(self) -> str:
        lo = str(self.lo) if self.lo is not None else ""
        hi = str(self.hi) if self.hi is not None else ""
        return f"{'[' if self.lo_closed else '('}{lo},{hi}{']' if self.hi_closed else ')'}"


@dataclass(frozen=True)
class Text:
    """``"符合"``: matches a qualitative value exactly (as :func:`text_key` compares it)."""

    text: str

    def __str__(self) -> str:
        return f'"{self.text}"'


Condition = Any_ | Compare | Interval | Text


# ---- outcomes -------------------------------------------------------------


@dataclass(frozen=True)
class Points:
    """A fixed number of points or a share of the weight."""

    amount: Amount

    def __str__(self) -> str:
        return str(self.amount)


@dataclass(frozen=True)
class Linear:
    """``start - step per unit [ceil|floor]``: deduct ``step`` for every ``unit`` of distance.

    The distance is measured from the condition's threshold (``<95%``: 95% − x;
    ``>105%``: x − 105%; ``*``: x itself). ``ceil``: a partial unit counts as a whole
    one (不满1个百分点按1个百分点算); ``floor``: only whole units count (每减少5%扣1分).
    Both round away from / toward zero exactly as Excel's ROUNDUP / ROUNDDOWN do.
    ``word``: the unit the steps count in when it is a word, not % ("每低于目标值1天" → ``per 1天``, p34) — the
    arithmetic is that of a bare step; steps from ``T`` need a target in that unit or none
    (:meth:`Rule.target_unit_reason`).
    """

    start: Amount
    step: Amount
    unit: Num
    rounding: str = ""  # "", "ceil" or "floor"
    word: str = ""

    def __str__(self) -> str:
        text = f"{self.start} - {self.step} per {self.unit}{self.word}"
        return f"{text} {self.rounding}" if self.rounding else text


@dataclass(frozen=True)
class Prop:
    """``prop``: W × x ÷ the condition's threshold (``*: prop`` is W × x)."""

    def __str__(self) -> str:
        return "prop"


@dataclass(frozen=True)
class InvProp:
    """``invprop``: W × the condition's threshold ÷ x (反向指标: 指标值 ÷ 实际值 × 分值)."""

    def __str__(self) -> str:
        return "invprop"


Outcome = Points | Linear | Prop | InvProp


@dataclass(frozen=True)
class Clause:
    condition: Condition
    outcome: Outcome

    def __str__(self) -> str:
        return f"{self.condition}: {self.outcome}"


#: quotation marks: never part of a level's name (the rule language quotes names with them)
QUOTES_RE = re.compile("[" + re.escape(QUOTE_CHARS) + "]")


def quoted(name: str) -> str:
    """A level's name as the rule language writes it: in "…", without quotation marks of its own (they end a
    name in the grammar, and are never part of one: :func:`text_key` drops them too).

    >>> quoted("没有开展系统“法律八进”活动")
    '"没有开展系统法律八进活动"'
    """
    return f'"{QUOTES_RE.sub("", name)}"'


#: runs of spaces, read as one (Excel's TRIM in the template formulas does the same)
_SPACE_RUN_RE = re.compile(" {2,}")


def text_key(s: str) -> str:
    """A text level or value as compared — exactly as a portable template's formula compares it: the
    cell-text normalisation (:func:`jixiao.numbers.normalise_text`: full-width digits and punctuation,
    spaces, quotation marks), runs of spaces as one (TRIM), letters in either case (Excel's ``=``).

    A level's name is written NFKC by the rule parser; a typed value is not (the formula cannot), so
    "（含兼职）" matches "(含兼职)" in both clients and a full-width "Ａ" matches "A" in neither.
    """
    return _SPACE_RUN_RE.sub(" ", normalise_text(s)).lower()


def distance_origin(cond: Condition, target: Decimal | None = None) -> tuple[Decimal, int]:
    """(origin, direction) of the distance a Linear outcome measures: d = dir·(x − origin)."""
    if isinstance(cond, Any_):
        return ZERO, 1
    if isinstance(cond, Compare):
        b = bound_value(cond.bound, target if target is not None else ONE)
        if cond.op in ("<", "<="):
            return b, -1
        return b, 1
    if isinstance(cond, Interval):
        if cond.hi is None and cond.lo is not None:
            return cond.lo.value, 1
        if cond.lo is None and cond.hi is not None:
            return cond.hi.value, -1
    msg = f"条件 {cond} 上不能使用线性扣分（方向不明）"
    raise ValueError(msg)


def prop_threshold(cond: Condition, target: Decimal | None = None) -> Decimal:
    """The denominator of a ``prop`` outcome (numerator of ``invprop``) under this condition.

    A ``T`` bound needs ``target``; without one this returns 1 (syntax checks only).
    """
    if isinstance(cond, Compare):
        if isinstance(cond.bound, TargetRef):
            return target if target is not None else ONE
        return cond.bound.value
    if isinstance(cond, Interval):
        bound = cond.hi if cond.hi is not None else cond.lo
        return bound.value if bound is not None else ONE
    return ONE


@dataclass(frozen=True)
class Rule:
    """A scoring rule: clauses tried top to bottom, first match wins.

    >>> from jixiao.rules.grammar import parse_rule
    >>> parse_rule(">=95%: 5; <95%: 5 - 1 per 1% ceil").score("94%", 5)
    Decimal('4')
    """

    clauses: tuple[Clause, ...]
    #: "round 2" (计分取小数点后两位，四舍五入, r8): the score rounded half up to this many decimals (as Excel's ROUND)
    round_places: int | None = None

    def __str__(self) -> str:
        text = "; ".join(str(c) for c in self.clauses)
        return text if self.round_places is None else f"{text}; round {self.round_places}"

    # -- queries -------------------------------------------------------------
    @property
    def is_qualitative(self) -> bool:
        """True when some clause matches a text value (符合/不符合)."""
        return any(isinstance(c.condition, Text) for c in self.clauses)

    @property
    def compares_numbers(self) -> bool:
        """True when some clause compares a number (a bound or a band): a mixed rule such as
        ``"发生伪造": 0; <=5%: 2; >5%: 0`` scores numbers typed as text ("0.3‰", "95%") too."""
        return any(isinstance(c.condition, Compare | Interval) for c in self.clauses)

    @property
    def has_otherwise(self) -> bool:
        """True when a clause takes every value no other clause takes (``*``, 否则)."""
        return any(isinstance(c.condition, Any_) for c in self.clauses)

    def names_text(self, value: str) -> bool:
        """True when a text clause matches ``value`` exactly (as scoring compares it)."""
        t = text_key(value)
        return any(isinstance(c.condition, Text) and text_key(c.condition.text) == t
                   for c in self.clauses)

    @property
    def uses_target(self) -> bool:
        """True when a clause compares with the row's target ``T``."""
        return any(isinstance(c.condition, Compare) and isinstance(c.condition.bound, TargetRef)
                   for c in self.clauses)

    @property
    def target_steps(self) -> Linear | None:
        """The steps measured from the row's target (``<T: W - 0.5 per 1%``), or ``None``."""
        return next((c.outcome for c in self.clauses if isinstance(c.outcome, Linear)
                     and isinstance(c.condition, Compare) and isinstance(c.condition.bound, TargetRef)), None)

    @property
    def target_step(self) -> Num | None:
        """The unit of the steps measured from the row's target (``<T: W - 0.5 per 1%`` → 1%), or ``None``."""
        steps = self.target_steps
        return None if steps is None else steps.unit

    def target_unit_reason(self, target: Any, shown: str | None = None) -> str | None:
        """Why this rule's steps from ``T`` cannot run from the parsed target ``target`` (a % step needs a % target, a
        bare step one that is no percentage, a step in a unit word — ``per 1天``, p34 — one in that unit or none:
        target.step_unit_reason, r63), in Chinese; ``None`` when they agree. ``shown``: the target as printed (else
        as parsed, its "=" only where it was printed: "≥340户", "340户")."""
        step = self.target_steps
        if step is None:
            return None
        if shown is None:
            shown = str(target) if target.stated_op else str(target).removeprefix("=")
        return step_unit_reason("%" if step.unit.pct else step.word, target.unit, shown)

    @property
    def uses_percent(self) -> bool:
        for c in self.clauses:
            cond = c.condition
            if isinstance(cond, Compare) and isinstance(cond.bound, Num) and cond.bound.pct:
                return True
            if isinstance(cond, Interval) and any(
                b is not None and b.pct for b in (cond.lo, cond.hi)
            ):
                return True
        return False

    @property
    def reads_percent(self) -> bool:
        """True when a value this rule scores is a percentage: a bound in % (:attr:`uses_percent`), or — with no
        bound at all — steps counted in % (``*: W - 0.3 per 1%``, "得分=30分×(1—批退率)", p40: "10" typed there is
        10 % or 1000 %, "50" is 50 %, as on % bands). What the product's clients ask (collect, validate, SCORE_RANGE,
        the template's sheet, this model's :meth:`score`); the reader keeps :attr:`uses_percent`.

        >>> from jixiao.rules.grammar import parse_rule
        >>> [parse_rule(r).reads_percent for r in ("*: W - 0.3 per 1%", ">=90%: W; *: 0", ">=90: W; <90: W - 1 per 1%", "*: prop")]
        [True, True, False, False]
        """
        if self.uses_percent:
            return True
        if any(isinstance(c.condition, Compare | Interval) for c in self.clauses):
            return False
        return any(isinstance(c.outcome, Linear) and c.outcome.unit.pct for c in self.clauses)

    @property
    def counts_steps(self) -> bool:
        """True when this rule only counts: steps per whole unit (``*: W - 1.5 per 1``, "每发现1次扣1.5分") and no
        proportion, no bound in % or on the target, every bound a whole number (``>=3: 0; *: W - 2 per 1``,
        "每次扣2分,3次及以上不得分") — a value typed with "%" or "‰" there is no count (r79: "4%" scored 29.94 of 30 as
        0.04 of a count in ``Rule.score`` while SCORE_RANGE, collect and validate refuse it; r86: "50%" scored 9 of 10
        on the banded form). Steps counted in a word (``per 1天``) are :attr:`step_word`'s; a bound with a fraction
        (``>=0.9``) may be a rate written as a fraction, so such a rule is not counted.

        >>> from jixiao.rules.grammar import parse_rule
        >>> [parse_rule(r).counts_steps for r in ("*: W - 1.5 per 1", ">=3: 0; *: W - 2 per 1", "*: W - 0.3 per 1%",
        ...                                       ">=0.9: W; *: 0", "<0.9: W - 1 per 1", "*: prop")]
        [True, True, False, False, False, False]
        """
        if any(isinstance(c.outcome, Prop | InvProp) for c in self.clauses):
            return False
        steps = [c.outcome for c in self.clauses if isinstance(c.outcome, Linear)]
        if not steps or any(s.unit.pct or s.word or s.unit.value % 1 for s in steps):
            return False
        return self._whole_bounds() is not None

    @property
    def counts_whole_bounds(self) -> bool:
        """True when this rule compares whole numbers only and steps by none: a bound, every bound a whole number, none
        in % or on the target, no proportion, no text level (``>=1: 0; *: W``, "有一条不满足得0分"; ``=0: W; *: 0``).
        Such a bound may count things or be a fraction (1 = 100 %): the rule alone cannot tell, so a value typed with
        "%" or "‰" is refused (p43, CP1-5: "50%" scored W — 0.5 < 1 failing — on a count of failings). Bounds that
        are all 0 (``=0: W; *: 0``, "变动率为0得5分，大于0不得分") are not such a rule: a percentage and its number are
        on the same side of 0, so "1%" scores alike either way (session 44: test_i11d's 变动率 "1%" was refused).

        >>> from jixiao.rules.grammar import parse_rule
        >>> [parse_rule(r).counts_whole_bounds for r in (">=1: 0; *: W", "=0: W; *: 0", ">=0.9: W; *: 0",
        ...                                               ">=1: W; <1: prop", ">=100%: W; *: 0", "*: W - 1 per 1")]
        [True, False, False, False, False, False]
        """
        if self.is_qualitative or any(isinstance(c.outcome, Linear | Prop | InvProp) for c in self.clauses):
            return False
        bounds = self._whole_bounds()
        return bool(bounds) and any(b.value != 0 for b in bounds)

    def _whole_bounds(self) -> list[Num] | None:
        """The bounds of this rule's conditions when every one is a whole number, not in % nor on the target; else
        None (one list for :attr:`counts_steps` and :attr:`counts_whole_bounds`)."""
        bounds = [b for c in self.clauses
                  for b in ((c.condition.bound,) if isinstance(c.condition, Compare)
                            else (c.condition.lo, c.condition.hi) if isinstance(c.condition, Interval) else ())
                  if b is not None]
        return bounds if all(isinstance(b, Num) and not b.pct and b.value % 1 == 0 for b in bounds) else None

    @property
    def step_word(self) -> str:
        """The unit word every step of this rule counts in (``per 1天`` → "天", ``per 1万元`` → "万元"), "" when its
        steps are bare, in %, or in different words, or it has none. A value typed with a unit is read in this
        unit or refused (:func:`~jixiao.rules.targetscale.in_step_unit`, p42).

        >>> from jixiao.rules.grammar import parse_rule
        >>> [parse_rule(r).step_word for r in ("*: W - 1 per 1天", "<=90: W; >90: W - 1 per 1万元", "*: W - 1 per 1", "*: prop")]
        ['天', '万元', '', '']
        """
        words = {c.outcome.word for c in self.clauses if isinstance(c.outcome, Linear)}
        return next(iter(words)) if len(words) == 1 and not self.uses_target else ""

    def max_points(self, weight: Any) -> Decimal:
        """The most points any clause states, *before* clamping to the weight.

        A result below the weight means the rule can never give full marks; above
        it, the rule promises more than the row is worth (both are `rule-max-weight`).
        """
        w = _weight(weight)
        best = ZERO
        for c in self.clauses:
            out = c.outcome
            if isinstance(out, Points):
                pts = out.amount.points(w)
            elif isinstance(out, Linear):
                pts = out.start.points(w)
            else:
                pts = w
            best = max(best, pts)
        return best

    # -- scoring -------------------------------------------------------------
    def score(self, value: Any, weight: Any, target: Any = None) -> Decimal:
        """Score ``value`` (number or text such as "96.87%", "符合", "缺省") on a row worth ``weight``.

        ``target``: the row's target number, for rules that refer to it as ``T``.

        A bare number typed as text on % bands is read as the clients read it (collect, SCORE_RANGE, the sheet —
        ``rules.target.on_percent_bands``, p36): above 10 percent points ("95" is 95 %); up to 10 a fraction or percent
        points, refused where the two readings score differently (``PERCENT_TEXT_AMBIGUOUS``). A number is taken as
        given (the client has read it).

        >>> from jixiao.rules.grammar import parse_rule
        >>> r = parse_rule(">=100%: W; <100%: W - 0.4 per 1%")
        >>> [float(x) for x in (r.score("95", 5), r.score("95%", 5), r.score(Decimal("0.95"), 5))], r.score("0.5", 5)
        ([3.0, 3.0, 3.0], Decimal('0'))
        >>> try:
        ...     r.score("0.95", 5)
        ... except ScoringError as e:
        ...     print(e.message_zh)
        业绩值“0.95”未写“%”：该行按百分比计分，“0.95”可读作比例（乘以100%）或百分数（0.95%），两种读法得分不同，无法计分，请填写带“%”的数值

        A value typed with a unit that is no percentage is refused in a rule that reads one (p42: "10分" was scored as
        10 while SCORE_RANGE, collect and validate refuse it — :data:`~jixiao.rules.targetscale.UNIT_AGAINST_PERCENT`):

        >>> try:
        ...     r.score("10分", 5)
        ... except ScoringError as e:
        ...     print(e.message_zh)
        单位不符：该行按百分比计分，填的是“10分”（单位“分”），无法计分，请改填百分比

        Raises:
            RuleGapError: no clause covers the value (the message names the value).
            ScoringError: the value is blank or cannot be read for this rule, or the
                rule refers to ``T`` and no target is given.
        """
        return self.scorer(weight, target)(value)

    def target_number(self, target: Any) -> Decimal:
        """The row's target as a number, in the unit it is printed in: "95%" → 0.95, "6座" → 6, "≤90万元" and
        "90万元" → 90 (the 业绩值 beside it is typed in 万元 too; session 28: an unsigned "90万元" was 900000 and a
        signed one 90). A target printed with its sign ("≥90%", r8) must agree with the way the rule compares
        ``T`` first (a "≤" target on a rule that gives full marks at ``>=T`` is an error, never a guess)."""
        if isinstance(target, Target):  # parsed by the caller (a hand table's split cells): the steps' unit (r63)
            if (why := self.target_unit_reason(target)) is not None:
                raise ScoringError(why, f"the rule's steps and the target {target} are in different units")
            return target.value
        if isinstance(target, str):
            pt = parse_target(target)
            if pt is not None and pt.stated_op and _SIGNED_TARGET_RE.match(target):
                first = next((c.condition.op for c in self.clauses if isinstance(c.condition, Compare)
                              and isinstance(c.condition.bound, TargetRef)), "=")
                if not (pt.op == "=" or first == "=" or (pt.op in (">=", ">")) == (first in (">=", ">"))):
                    msg = f"指标值“{target.strip()}”的方向与规则（{first}T 得分在先）不一致，请核对"
                    raise ScoringError(msg, f"target {target!r} disagrees with the rule's direction ({first}T)")
            if pt is not None and (why := self.target_unit_reason(pt, target.strip())) is not None:
                raise ScoringError(why, f"the rule's steps and the target {target!r} are in different units")
            if pt is not None:
                return pt.value
        return require_number(target, "指标值", "target")

    def scorer(self, weight: Any, target: Any = None) -> Callable[[Any], Decimal]:
        """A fast function value -> score for a fixed weight (used for columns and benches)."""
        w = _weight(weight)
        t = None if target is None else self.target_number(target)
        if t is None and self.uses_target:
            bound_value(TargetRef(), None)  # raises the Chinese "no target" error
        matchers = [(_matcher(c.condition, t), _outcome_fn(c, w, t)) for c in self.clauses]
        text_rule = self.is_qualitative
        # a mixed rule ("优秀": W; >=90%: 0.8W; *: 0) reads a number typed as text ("95%", "９５％") on its bands,
        # not by its 否则: only its text levels are asked first (p33: "95%" scored 0, the number 0.95 4)
        mixed = [isinstance(c.condition, Text) for c in self.clauses] if text_rule and self.compares_numbers else None
        uses_pct = self.reads_percent
        counts = self.counts_steps
        whole_bounds = self.counts_whole_bounds
        step_word = self.step_word
        on_target = _on_target_scale(target) if isinstance(target, str) and self.target_step is not None else None
        places = self.round_places

        def _clamp(points: Decimal, w: Decimal) -> Decimal:
            return _clamped(points, w) if places is None else round_half_up(_clamped(points, w), places)

        def score_one(value: Any) -> Decimal:
            if value.__class__ is str:
                if is_not_applicable(value):
                    return w
                number = _text_number(value) if mixed else None
                if text_rule:
                    t = text_key(value)
                    for k, (match, out) in enumerate(matchers):
                        if (number is None or mixed[k]) and match(t):  # type: ignore[index]
                            return _clamp(out(None), w)
                if uses_pct and (why := percent_unit_reason(value)) is not None:  # "10分" on a % rule (p42)
                    raise ScoringError(why, f"{value!r}: a unit that is no percentage on a rule that reads one")
                if on_target is not None:  # steps from the printed target: the value on its scale (r63)
                    x = on_target(value)
                elif uses_pct and not self.uses_target and (bare := bare_number_text(value)) is not None:
                    return bare_percent(bare, value)
                elif (counts or whole_bounds) and (typed := typed_unit(value)) is not None and typed[1] in ("%", "‰"):
                    shown = trimmed_text(value)
                    raise ScoringError((PERCENT_ON_COUNT_STEPS if counts else PERCENT_ON_WHOLE_BOUNDS).format(
                        value=shown), f"{value!r}: a percentage on a rule that counts whole units")
                elif step_word and (in_word := in_step_unit(value, step_word)) is not None:
                    x = in_word  # "3日" on per 1天, "95万元" on per 1万元; "2月" refused (p42)
                else:
                    x = _read_value(value) if number is None else number
            elif value.__class__ is Decimal:
                x = value
            elif value.__class__ is float or value.__class__ is int:
                x = parse_number(value)
            else:
                x = _read_value(value)
            for match, out in matchers:
                if match(x):
                    return _clamp(out(x), w)
            shown = f"{fmt_decimal(x * HUNDRED)}%" if uses_pct else fmt_decimal(x)
            msg = f"业绩值 {shown} 不在评分标准的任何区间内（规则有缺口），请核对评分标准"
            raise RuleGapError(msg, f"value {shown} is not covered by any clause", value=x)

        def bare_percent(number: Decimal, value: str) -> Decimal:
            # a bare number typed as text on % bands, as the clients read it (p36, r69): above PERCENT_POINTS_ABOVE
            # percent points ("95" is 95 %); else a fraction or percent points — refused where the two score apart
            if percent_points(number):
                return score_one(number / 100)
            readings = []
            for x in (number, number / 100):
                try:
                    readings.append(score_one(x))
                except RuleGapError as e:
                    readings.append(type(e).__name__)
            if readings[0] != readings[1]:
                shown = trimmed_text(value)
                raise ScoringError(PERCENT_TEXT_AMBIGUOUS.format(value=shown),
                                   f"{value!r}: a fraction or percent points on % bands, scored differently")
            return score_one(number)

        return score_one


def _on_target_scale(target: str) -> Callable[[str], Decimal] | None:
    """A typed 业绩值 on the scale of the printed target ``target`` — the workbooks' reading (target.on_target_scale:
    "89%" beside "≥90%" is 0.89, "339户" beside "340天" is refused) — for a rule that steps from ``T`` (r63: the steps
    count in the target's unit, so the value must be in it too); ``None`` when ``target`` is no printed target."""
    pt = parse_target(target)
    if pt is None:
        return None

    def scaled(value: str) -> Decimal:
        x, why = on_target_scale(value, _read_value(value), pt, label="业绩值")
        if why is not None or x is None:
            raise ScoringError(f"{why}，无法计分", f"value {value!r} is not on the scale of the target {target!r}")
        return x

    return scaled


def _clamped(points: Decimal, w: Decimal) -> Decimal:
    if points < ZERO:
        return ZERO
    if points > w:
        return w
    return points


def _weight(weight: Any) -> Decimal:
    w = require_number(weight, "分值", "weight")
    if w < 0:
        msg = f"分值 {fmt_decimal(w)} 为负数"
        raise ScoringError(msg, "weight is negative")
    return w


def _text_number(value: str) -> Decimal | None:
    """The number a text reads as ("95%" → 0.95), or ``None`` for text that is no number (a level's name)."""
    try:
        return parse_number(value)
    except (ValueError, ArithmeticError):
        return None


def _read_value(value: Any) -> Decimal:
    return require_number(value, "业绩值", "value")


def _matcher(cond: Condition, target: Decimal | None = None) -> Callable[[Any], bool]:
    """A predicate over a Decimal (numeric conditions) or a normalised str (Text)."""
    if isinstance(cond, Any_):
        return lambda x: True
    if isinstance(cond, Text):
        t = text_key(cond.text)
        return lambda x: x.__class__ is str and x == t
    if isinstance(cond, Compare):
        b = bound_value(cond.bound, target)
        op = cond.op
        if op == ">=":
            return lambda x: x.__class__ is Decimal and x >= b
        if op == ">":
            return lambda x: x.__class__ is Decimal and x > b
        if op == "<=":
            return lambda x: x.__class__ is Decimal and x <= b
        if op == "<":
            return lambda x: x.__class__ is Decimal and x < b
        return lambda x: x.__class__ is Decimal and x == b
    lo = cond.lo.value if cond.lo is not None else None
    hi = cond.hi.value if cond.hi is not None else None
    lo_c, hi_c = cond.lo_closed, cond.hi_closed

    def in_interval(x: Any) -> bool:
        if x.__class__ is not Decimal:
            return False
        if lo is not None and (x < lo if lo_c else x <= lo):
            return False
        return not (hi is not None and (x > hi if hi_c else x >= hi))

    return in_interval


def _outcome_fn(clause: Clause, w: Decimal, target: Decimal | None = None
                ) -> Callable[[Decimal | None], Decimal]:
    out = clause.outcome
    if isinstance(out, Points):
        pts = out.amount.points(w)
        return lambda x: pts
    if isinstance(out, InvProp):
        num = prop_threshold(clause.condition, target)

        def invprop(x: Decimal | None) -> Decimal:
            if x is None:
                raise ScoringError("反向按比例计分需要数字业绩值", "invprop needs a number")
            if x == 0:
                raise ScoringError("实际值为0，无法按 指标值÷实际值 计分", "invprop with x = 0")
            return w * num / x

        return invprop
    if isinstance(out, Prop):
        den = prop_threshold(clause.condition, target)
        def prop(x: Decimal | None) -> Decimal:
            if den == 0:  # only T can be 0 here (the grammar refuses a literal 0)
                raise ScoringError("按比例计分的阈值（指标值）为0，无法计算", "prop threshold is 0")
            if x is None:
                raise ScoringError("按比例计分需要数字业绩值", "prop needs a number")
            return w * x / den

        return prop
    origin, direction = distance_origin(clause.condition, target)
    start = out.start.points(w)
    step = out.step.points(w)
    unit = out.unit.value
    rounding = out.rounding

    def linear(x: Decimal | None) -> Decimal:
        if x is None:
            raise ScoringError("线性扣分需要数字业绩值", "linear deduction needs a number")
        units = (x - origin) * direction / unit
        if rounding is not None:
            # the step guard of the formulas, ROUNDUP(ROUND(units, 9), 0): the count of
            # steps is first rounded to 9 places (half away from zero, like ROUND) so that
            # both engines count 94% as 1 step below 95% and agree at every step edge
            units = units.quantize(STEP_GUARD, rounding=ROUND_HALF_UP)
        if rounding == "ceil":
            units = units.to_integral_value(rounding=ROUND_UP)  # like Excel ROUNDUP
        elif rounding == "floor":
            units = units.to_integral_value(rounding=ROUND_DOWN)  # like ROUNDDOWN
        return start - step * units

    return linear
