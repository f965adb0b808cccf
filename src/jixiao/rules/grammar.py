"""The rule language: text <-> :class:`~jixiao.rules.model.Rule`.

Canonical syntax (计分规则)::

    rule     := clause (";" clause)* [";"]
    clause   := cond ":" outcome
    cond     := "*" | cmp (num | "T") | interval | '"' text '"'
    cmp      := ">=" | ">" | "<=" | "<" | "=" | "≥" | "≤"
    interval := ("[" | "(") [num] "," [num] ("]" | ")")
    outcome  := "prop" | "invprop" | amount ["-" amount "per" num [word] ["ceil" | "floor"]]
    word     := 1–4 CJK characters right after a step's number without %: the unit the steps count in
                ("per 1天": "每低于目标值1天"; a step from T must be in the target's unit, p34)
    (a last clause "round N", N 0–6: the score is rounded half up to N decimals, as Excel's ROUND)
    amount   := "W" | num "W" | num          (a % number only as a share: "5%W")
    num      := ["-"] digits ["." digits] ["%"]

``T`` is the row's own target (年度指标值, e.g. "≥95%" → 0.95), known when the row
is scored: ``>=T: W; <T: prop`` scores full marks at or above the target and
W × x ÷ T below it (the national self-evaluation default for a 正向 target);
``<=T: W; >T: invprop`` gives W × T ÷ x above a 反向 target. ``prop`` divides
by the condition's threshold, ``invprop`` multiplies by it and divides by x.

Full-width punctuation (；：％，（）) is accepted. Errors name the clause and the
character: ``第2条子句第7个字符：…``.
"""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal
from functools import lru_cache

from jixiao.errors import RuleSyntaxError
from jixiao.rules.model import (
    Amount,
    Any_,
    Clause,
    Compare,
    Condition,
    Interval,
    InvProp,
    Linear,
    Num,
    Outcome,
    Points,
    Prop,
    Rule,
    TargetRef,
    Text,
    distance_origin,
    prop_threshold,
)

_CMP = {">=": ">=", "<=": "<=", "≥": ">=", "≤": "<=", "≧": ">=", "≦": "<=", ">": ">", "<": "<",
        "=": "="}


#: circled numbers "①" … "⑳" are kept as printed (r54): a level named by its option's number ("①": W; "②": 4 — fresh66
#: CA5-5 "①计满分，②计4分，③不得分") must match the "①" typed in the cell, which the cell normalisation keeps
#: (:data:`jixiao.numbers.WIDTH_MAP`); NFKC would write it "1" — a number, never a name
_KEPT_CHARS = frozenset(chr(c) for c in range(0x2460, 0x2474))


def _normalise_chars(text: str) -> str:
    """NFKC per character where it maps to one character (keeps positions stable); circled numbers stay.

    >>> _normalise_chars('"①": 5; "（含）": 1')
    '"①": 5; "(含)": 1'
    """
    out = []
    for ch in text:
        n = ch if ch in _KEPT_CHARS else unicodedata.normalize("NFKC", ch)
        out.append(n if len(n) == 1 else ch)
    return "".join(out)


#: numbers in a rule text are bounded (no scoring rule needs more)
_MAX_NUMBER = Decimal("1e15")
_MAX_NUMBER_CHARS = 30

class _Cursor:
    def __init__(self, text: str, clause_no: int, offset: int) -> None:
        self.s = text
        self.i = 0
        self.clause_no = clause_no
        self.offset = offset  # position of this clause in the whole rule text

    def fail(self, what_zh: str, what_en: str) -> RuleSyntaxError:
        pos = self.offset + self.i + 1
        found = self.s[self.i : self.i + 8] or "（结尾）"
        msg = f"第{self.clause_no}条子句第{self.i + 1}个字符（全文第{pos}个）：{what_zh}，实际为“{found}”"
        en = f"clause {self.clause_no}, char {self.i + 1}: {what_en}"
        return RuleSyntaxError(msg, en, clause=self.clause_no, position=pos)

    def ws(self) -> None:
        while self.i < len(self.s) and self.s[self.i].isspace():
            self.i += 1

    def peek(self, n: int = 1) -> str:
        return self.s[self.i : self.i + n]

    def eat(self, token: str) -> bool:
        self.ws()
        if self.s.startswith(token, self.i):
            self.i += len(token)
            return True
        return False

    def at_end(self) -> bool:
        self.ws()
        return self.i >= len(self.s)

    def number(self, *, required: bool = True) -> Num | None:
        self.ws()
        start = self.i
        if self.peek() in ("-", "+"):
            self.i += 1
        digits_start = self.i
        # ASCII digits only: str.isdigit() is also true for ⑴ ² ① that Decimal() cannot read
        while self.i < len(self.s) and self.s[self.i] in "0123456789.":
            self.i += 1
        body = self.s[digits_start : self.i]
        if not body or body == "." or body.count(".") > 1:
            self.i = start
            if required:
                raise self.fail("此处应为数字", "expected a number")
            return None
        if len(body) > _MAX_NUMBER_CHARS or abs(Decimal(body)) > _MAX_NUMBER:
            self.i = start
            raise self.fail("数字过大或位数过多（上限 10^15、30位）", "number too large or too long")
        value = Decimal(body)
        if self.s[start] == "-":
            value = -value
        pct = False
        if self.peek() == "%":
            self.i += 1
            pct = True
            value = value / 100
        return Num(value, pct)


def _condition(cur: _Cursor) -> Condition:
    cur.ws()
    ch = cur.peek()
    if ch == "*":
        cur.i += 1
        return Any_()
    if ch == '"' or ch in "“”":
        cur.i += 1
        end = cur.i
        while end < len(cur.s) and cur.s[end] not in '"“”':
            end += 1
        if end >= len(cur.s):
            raise cur.fail("引号未闭合", "unclosed quote")
        text = cur.s[cur.i : end].strip()
        if not text:
            raise cur.fail("引号内文字为空", "empty text condition")
        cur.i = end + 1
        return Text(text)
    for token in (">=", "<=", "≥", "≤", "≧", "≦", ">", "<", "="):
        if cur.s.startswith(token, cur.i):
            cur.i += len(token)
            cur.ws()
            if cur.peek() == "T" and not cur.peek(2)[1:].isalnum():
                cur.i += 1
                return Compare(_CMP[token], TargetRef())
            bound = cur.number()
            assert bound is not None
            return Compare(_CMP[token], bound)
    if ch in "[(":
        lo_closed = ch == "["
        cur.i += 1
        lo = cur.number(required=False)
        if not cur.eat(","):
            raise cur.fail("区间应写作 [下限,上限)，此处缺少逗号", "expected ',' in interval")
        hi = cur.number(required=False)
        cur.ws()
        close = cur.peek()
        if close not in ("]", ")"):
            raise cur.fail("区间应以 ] 或 ) 结束", "expected ']' or ')'")
        cur.i += 1
        if lo is None and hi is None:
            raise cur.fail("区间至少需要一个边界", "interval needs a bound")
        if lo is not None and hi is not None and lo.value > hi.value:
            raise cur.fail("区间下限大于上限", "interval lower bound above upper bound")
        return Interval(lo, hi, lo_closed and lo is not None, close == "]" and hi is not None)
    raise cur.fail("条件应为 *、比较（如 >=95%）、区间（如 [90%,100%)）或引号文字", "bad condition")


def _amount(cur: _Cursor) -> Amount:
    cur.ws()
    if cur.peek() == "W":
        cur.i += 1
        return Amount(Num(Decimal(1)), of_weight=True)
    num = cur.number()
    assert num is not None
    if cur.peek() == "W":
        cur.i += 1
        return Amount(num, of_weight=True)
    if num.pct:
        raise cur.fail("百分数分值只能作为权重份额写作如 5%W", "a % amount must be a share: 5%W")
    return Amount(num)


#: the unit word of a step ("per 1天", "per 1户", "per 1万元"): CJK characters right after the number (p34)
_STEP_WORD_RE = re.compile(r"[\u4e00-\u9fff]{1,4}")


def _word(cur: _Cursor, word: str) -> bool:
    cur.ws()
    if cur.s.startswith(word, cur.i):
        after = cur.i + len(word)
        if after >= len(cur.s) or not cur.s[after].isalnum():
            cur.i = after
            return True
    return False


def _outcome(cur: _Cursor, cond: Condition) -> Outcome:
    for word, kind in (("invprop", InvProp), ("prop", Prop)):  # invprop first: not a prefix
        if _word(cur, word):
            if isinstance(cond, Text):
                raise cur.fail("文字条件不能按比例计分", f"{word} needs a numeric condition")
            if prop_threshold(cond) == 0:
                raise cur.fail("按比例计分的阈值不能为0", f"{word} threshold must not be 0")
            return kind()
    start = _amount(cur)
    if not cur.eat("-"):
        return Points(start)
    step = _amount(cur)
    if not _word(cur, "per"):
        raise cur.fail("线性扣分应写作 起点 - 扣分 per 单位，此处缺少 per", "expected 'per'")
    unit = cur.number()
    assert unit is not None
    if unit.value <= 0:
        raise cur.fail("扣分单位必须大于0", "unit must be positive")
    word = ""
    if not unit.pct and (m := _STEP_WORD_RE.match(cur.s, cur.i)) is not None:  # "per 1天": the steps' unit (p34)
        word, cur.i = m.group(), m.end()
    rounding = ""
    if _word(cur, "ceil"):
        rounding = "ceil"
    elif _word(cur, "floor"):
        rounding = "floor"
    try:
        distance_origin(cond)
    except ValueError:
        raise cur.fail(
            "此条件上不能线性扣分（请用 <阈值 或 >阈值 表明从哪里起算）",
            "linear deduction needs a one-sided condition",
        ) from None
    return Linear(start, step, unit, rounding, word)


def _split_clauses(text: str) -> list[tuple[int, str]]:
    parts: list[tuple[int, str]] = []
    start = 0
    in_quote = False
    for i, ch in enumerate(text):
        if ch in '"“”':
            in_quote = not in_quote
        elif ch == ";" and not in_quote:
            parts.append((start, text[start:i]))
            start = i + 1
    parts.append((start, text[start:]))
    return parts


#: the last clause "round 2": decimals to round the score to (0–6)
_ROUND_RE = re.compile(r"\s*round\s+([0-6])\s*")


@lru_cache(maxsize=4096)
def parse_rule(text: str) -> Rule:
    """Parse canonical rule text (计分规则) into a :class:`Rule`.

    Raises:
        RuleSyntaxError: the message names the clause and the character.

    >>> str(parse_rule("≥95％：5；＜95％：5-1 per 1% ceil"))
    '>=95%: 5; <95%: 5 - 1 per 1% ceil'
    """
    if not isinstance(text, str):
        msg = f"规则应为文字，实际为 {type(text).__name__}"
        raise RuleSyntaxError(msg, "rule must be text", clause=None, position=None)
    norm = _normalise_chars(text)
    clauses = []
    pieces = _split_clauses(norm)
    places = None
    rm = _ROUND_RE.fullmatch(pieces[-1][1]) if len(pieces) > 1 else None
    if rm is not None:  # "…; round 2": the score rounded half up to 2 decimals (r8)
        places = int(rm.group(1))
        pieces = pieces[:-1]
    for no, (offset, piece) in enumerate(pieces, start=1):
        if not piece.strip():
            if no == len(pieces) and no > 1:
                continue  # trailing ';'
            cur = _Cursor(piece, no, offset)
            raise cur.fail("子句为空", "empty clause")
        cur = _Cursor(piece, no, offset)
        cond = _condition(cur)
        if not cur.eat(":"):
            raise cur.fail("条件后应有冒号 :", "expected ':' after the condition")
        outcome = _outcome(cur, cond)
        if not cur.at_end():
            raise cur.fail("子句结尾有多余内容", "unexpected text at end of clause")
        clauses.append(Clause(cond, outcome))
    return Rule(tuple(clauses), places)


def rule_check(text: str) -> str:
    """"OK" when ``text`` parses, else the Chinese parse error."""
    try:
        parse_rule(text)
    except RuleSyntaxError as e:
        return str(e)
    return "OK"
