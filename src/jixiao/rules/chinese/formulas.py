"""Recogniser: a score formula in the value the row measures, with the bands around it —
"70%以上不扣分；小于70%时：得分=10×(半年累计负荷/70%)" (fresh17 AD13-1), "得分=70×实际达标率-63；最高分为7分,
低于90%为0分" (fresh N4-2), "指标得分=(1-10×调剂金额/预算数)*指标分值。若调剂金额/预算数>0.1,此项得0分" (held
S28-3), "10-卫星定位漂移车辆率*10；高于5%不得分" (fresh7 T2-4), "达到12000元/人,得2分,低于12000元/人采用比率法计分。
该指标得分=本校实际值÷合格标准值×指标分数权重" (fresh7 T3), "检出率/3‰*1.5分;超过3‰按1.5分计算" (fresh12 Y7).

The formula must be affine in the one value it names (a·x + b; a ratio "A/B" of two names is that value,
as the bands compare it); 分值 words are the row's 分值, "合格标准值" the edge of the full-marks band. It
compiles to the rule language (``prop`` or a ``Linear`` deduction) so templates and UDFs score with the
same engine, and is read only when the numbers agree: the formula reaches the 分值 exactly where the
full-marks band begins (or, with no such band, where it climbs to the 分值, or starts from the 分值 at 0
when it falls). Any clause it cannot place → ``None`` (the reader then refuses as before).

>>> str(read_formula("半年累计负荷率70%以上不扣分;小于70%时:得分=10×(半年累计负荷/70%)", Decimal(10)).rule)
'>=70%: W; <70%: prop'
>>> str(read_formula("得分=70×实际达标率-63;最高分为7分,低于90%不得分", Decimal(7)).rule)
'>=100%: W; <90%: 0; <100%: W - 0.7 per 1%'
>>> str(read_formula("10-卫星定位漂移车辆率*10;高于5%不得分。", Decimal(10)).rule)
'>5%: 0; *: W - 0.1 per 1%'
>>> read_formula("得分=10×(半年累计负荷/70%)", Decimal(8)) is None  # 10 at 70%, but the 分值 is 8
True
>>> read_formula("得分=实际值×实际值/100", Decimal(8)) is None  # not affine in the value
True
>>> str(read_formula("得分=10×[1+(实际值-5%)/8%]", Decimal(10)).rule)  # fresh65 BZ6-3 (r51): a formula alone
'>=5%: W; <5%: W - 1.25 per 1%'
>>> read_formula("得分=10×[1+(实际值-5%)/8%]", Decimal(8)) is None  # alone, its 10 is not the 分值
True
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from fractions import Fraction

from jixiao.rules.chinese._base import NUM, _Bound, _fmt_point, _NumCond, _Unreadable, described
from jixiao.rules.chinese.conditions import _find_cond
from jixiao.rules.chinese.refusals import _TARGET_RE
from jixiao.rules.grammar import parse_rule
from jixiao.rules.model import Rule, fmt_decimal

#: words for the row's 分值 inside a formula (longest first)
_W_WORDS = ("该项指标分值", "该指标分值", "指标分数权重", "本项分值", "该项分值", "指标分值", "分值")
#: words for the threshold the full-marks band names ("达到12000元/人为合格")
_T_WORDS = ("合格标准值", "标准值")

_TOKEN_RE = re.compile(rf"(?P<num>{NUM})(?P<u>%|‰)?|(?P<op>[-+×*÷/()])|"
                       r"(?P<name>[^\d\-+×*÷/()=,，;；。:：<>≥≤%‰\s]+)")

#: "得分=…" / "指标得分=…" / "该指标得分=…" (the left-hand side names the score)
_LHS_RE = re.compile(r"^(?:该指标|本指标|该项|本项|指标|评价|该项指标|本项指标)?得分=(?P<expr>.+)$"
                     # "质量得分=[1-(进料不合格批/总进料批数)]×40" (fresh78 CL8-1, r73): the score named by its item
                     r"|^[\u4e00-\u9fff]{1,6}?得分=(?P<named>.+)$"
                     # "该项指标得分计算按照“100-年度赔付额/100”" (fresh66 CA4-4, r51): the formula quoted
                     r"|^(?:该项指标|本项指标|该指标|本指标|该项|本项)?得分(?:计算)?按照?“(?P<quoted>[^“”]+)”$")

#: what a band gives: full marks, nothing, N points, or the formula
_OUT_RE = re.compile(rf"^(?:的|者|时)?[,，]?(?:(?P<full>不扣分|得满分)|(?P<zero>不得分)|得(?P<n>{NUM})分|"
                     rf"按(?P<m>{NUM})分计算|(?P<f>(?:采用|按)(?:比率法|公式)(?:计分|计算|得分)))$")

#: the rest of the values use the formula: "其他情况采用比率法计分" / "“不合格”与“合格”之间采用比率法计分"
_REST_RE = re.compile(r"^(?:其他情况|其余情况|其他|否则|“?不合格”?与“?合格”?之间)(?:采用|按)(?:比率法|公式)(?:计分|计算|得分)$")

#: the cap: "最高分为7分"; "最高不超过30分" (r79's LOSS row "得分=完成率×30,最高不超过30分", r85) — the 分值 only
_CAP_RE = re.compile(rf"^(?:最高(?:分)?(?:为|得)?|(?:最高|最多)(?:不得|不)(?:超过|高于))(?P<n>{NUM})分$")

#: what the value is: "其中设施负荷率=实际处理量/设计处理量", "校外实习基地总数除以专业总数" (no numbers)
_DEFINITION_RE = re.compile(r"^(?:其中[:：]?)?[^\d=得分]{2,30}(?:=[^\d=]{2,40}|除以[^\d=]{2,30})$"
                            # "取两种方式获取的赔付值的较大者作为企业的年度赔付额" (fresh66 CA4-4, r51): what the value is
                            r"|^[^\d=得分扣加%]{2,40}作为[^\d=得分扣加%]{2,20}$")

#: a heading naming what the row is scored by: "以交货批退率考核:" (fresh78 CL7-2, r73)
_HEADING_RE = re.compile(r"^(?:以|按|按照)[^\d=得分扣加%]{2,20}(?:考核|计分|评分|考评)[:：]?$")

#: words a noun between a band's number and its outcome must not hold (they change the band's meaning)
_NOT_A_NOUN = re.compile(r"[未不没无但且或否每扣得%‰]")


@dataclass
class FormulaReading:
    rule: Rule
    understood: list[str] = field(default_factory=list)


class _NoFormula(Exception):
    pass


def _tokens(expr: str) -> list[tuple[str, object]]:
    expr = re.sub(r"(?<=[\d%‰])分(?=\)?$)", "", expr)  # "…/3‰*1.5分": the points written after the number
    out: list[tuple[str, object]] = []
    pos = 0
    for m in _TOKEN_RE.finditer(expr):
        if m.start() != pos:
            raise _NoFormula
        pos = m.end()
        if m["num"]:
            scale = {"%": Fraction(1, 100), "‰": Fraction(1, 1000)}.get(m["u"] or "", Fraction(1))
            out.append(("num", Fraction(m["num"]) * scale))
        elif m["op"]:
            out.append(("op", m["op"]))
        else:
            name = m["name"].strip("“”\"")
            kind = "W" if name in _W_WORDS else "T" if name in _T_WORDS else "x"
            out.append((kind, name))
    if pos != len(expr):
        raise _NoFormula
    # a ratio of two names is the value itself ("调剂金额/年初部门预算数"): one token
    merged: list[tuple[str, object]] = []
    for tok in out:
        if tok[0] == "x" and len(merged) >= 2 and merged[-1] in (("op", "/"), ("op", "÷")) \
                and merged[-2][0] == "x":
            merged.pop()
            prev = merged.pop()
            tok = ("x", f"{prev[1]}/{tok[1]}")
        merged.append(tok)
    return merged


class _Affine:
    """a·x + b over fractions, with a count of how often the value appears."""

    def __init__(self, a: Fraction, b: Fraction) -> None:
        self.a, self.b = a, b


def _parse(tokens: list[tuple[str, object]], w: Fraction, t: Fraction | None) -> _Affine:
    """Recursive descent over + - × * ÷ / ( ); products and quotients need one constant side."""
    pos = 0
    values = 0

    def peek() -> tuple[str, object] | None:
        return tokens[pos] if pos < len(tokens) else None

    def factor() -> _Affine:
        nonlocal pos, values
        tok = peek()
        if tok is None:
            raise _NoFormula
        pos += 1
        if tok == ("op", "("):
            inner = expr()
            if peek() != ("op", ")"):
                raise _NoFormula
            pos += 1
            return inner
        if tok == ("op", "-"):
            f = factor()
            return _Affine(-f.a, -f.b)
        if tok[0] == "num":
            return _Affine(Fraction(0), tok[1])  # type: ignore[arg-type]
        if tok[0] == "W":
            return _Affine(Fraction(0), w)
        if tok[0] == "T":
            if t is None:
                raise _NoFormula
            return _Affine(Fraction(0), t)
        if tok[0] == "x":
            values += 1
            return _Affine(Fraction(1), Fraction(0))
        raise _NoFormula

    def chain(operand: Callable[[], _Affine], ops: str) -> _Affine:
        """operand (op operand)*, left to right, for the operators in ``ops``."""
        nonlocal pos
        left = operand()
        while (tok := peek()) is not None and tok[0] == "op" and str(tok[1]) in ops:
            pos += 1
            left = _combine(left, str(tok[1]), operand())
        return left

    def term() -> _Affine:
        return chain(factor, "×*÷/")

    def expr() -> _Affine:
        return chain(term, "+-")

    result = expr()
    if pos != len(tokens) or values != 1:
        raise _NoFormula
    return result


def _combine(left: _Affine, op: str, right: _Affine) -> _Affine:
    """left op right, staying affine (a product needs one constant side, a quotient a constant divisor)."""
    if op in "+-":
        sign = 1 if op == "+" else -1
        return _Affine(left.a + sign * right.a, left.b + sign * right.b)
    if op in "×*":
        if left.a and right.a:
            raise _NoFormula  # x × x: not affine
        return _Affine(left.a * right.b + right.a * left.b, left.b * right.b)
    if right.a or right.b == 0:
        raise _NoFormula  # divided by the value, or by 0
    return _Affine(left.a / right.b, left.b / right.b)


def _is_expression(text: str) -> bool:
    """A bare formula clause: names, numbers and operators only, with × * ÷ or / in it."""
    try:
        toks = _tokens(text)
    except _NoFormula:
        return False
    return any(k == "op" and str(v) in "×*÷/" for k, v in toks) and any(k == "num" for k, _ in toks) \
        and any(k == "x" for k, _ in toks)


def _band(clause: str) -> tuple[_NumCond, re.Match[str]] | None:
    """"占比高于60%,得2分" / "平均每专业低于1个校外实习基地不得分" → (condition, outcome match)."""
    clause = re.sub(r"^(?:其中[:：]?)?(?:若|如果|如)?", "", clause)
    try:
        found = _find_cond(clause, allow_bare=False)
    except _Unreadable:
        return None
    if found is None:
        return None
    cond, subject, rest = found
    if re.search(r"\d", subject) or cond.eq or (cond.lo is None) == (cond.hi is None):
        return None
    om = re.search(r"(?:的|者|时)?[,，]?(?:不扣分|得满分|不得分|得\d[\d.]*分|按\d[\d.]*分计算|"
                   r"(?:采用|按)(?:比率法|公式)(?:计分|计算|得分))$", rest)
    if om is None:
        return None
    noun = rest[: om.start()]
    if len(noun) > 12 or re.search(r"\d", noun) or _NOT_A_NOUN.search(noun):
        return None
    m = _OUT_RE.match(rest[om.start():])
    return (cond, m) if m is not None else None


def _clauses(norm: str) -> list[str]:
    """Clauses of the text; "X小于70%时:得分=…" splits at the colon; a band's condition and its
    outcome written in two clauses ("达到12000元/人,得2分") join."""
    parts = [p.strip() for p in re.split(r"[;；。，,\n]+", norm) if p.strip()]
    out: list[str] = []
    for p in parts:
        cm = re.match(r"^(?P<pre>[^:：=]+?时)[:：](?P<post>.+)$", p) or re.match(
            r"^(?P<pre>(?:以|按|按照)[^:：=\d]{2,20}?(?:考核|计分|评分|考评))[:：](?P<post>.+)$", p)  # a heading (r73)
        # "批退率=退货批数÷交货总批数得分=30×(1-批退率)" (fresh78 CL7-2, r73): a definition and the formula whose
        # line break was joined — two clauses
        dm = re.match(r"^(?P<pre>[^=]+=[^=]+?)(?P<post>得分=[^=]+)$", p)
        if cm is not None:
            out += [cm["pre"], cm["post"]]
        elif dm is not None and _DEFINITION_RE.match(dm["pre"]):
            out += [dm["pre"], dm["post"]]
        elif re.match(r"^(?:不扣分|得满分|不得分|得\d[\d.]*分|按\d[\d.]*分计算)$", p) and out:
            out[-1] += "," + p
        else:
            out.append(p)
    return out


def read_formula(norm: str, weight: Decimal | None) -> FormulaReading | None:
    """The rule for a normalised text holding one score formula and its bands, or ``None``."""
    if weight is None or weight <= 0:
        return None
    try:
        return _read(norm, weight)
    except _NoFormula:
        return None


def _read(norm: str, weight: Decimal) -> FormulaReading:  # noqa: C901 - one pass over the clauses
    w = Fraction(weight)
    formula: str | None = None
    region: _NumCond | None = None
    bands: list[tuple[_NumCond, Fraction, str]] = []
    notes: list[str] = []
    said_where: list[str] = []  # the clauses with a band or the formula's range: what they compare
    for clause in _clauses(norm):
        lm = _LHS_RE.match(clause)
        if lm is not None or (formula is None and _is_expression(clause)):
            if formula is not None:
                raise _NoFormula  # two formulas
            formula = (lm["expr"] or lm["named"] or lm["quoted"]) if lm is not None else clause
            # "得分=30分×(1-批退率)" (fresh78 CL7-2, r73): the points written after a number before an operator;
            # "…×40=分" (CL8-1): the printed form's blank for the result
            formula = re.sub(r"=_*分?$", "", re.sub(r"(?<=\d)分(?=[×*÷/])", "", formula))
            # "得分=10×[1+(实际值-5%)/8%]" (fresh65 BZ6-3, r51): square brackets group as round ones
            formula = formula.replace("[", "(").replace("]", ")")
            continue
        if _DEFINITION_RE.match(clause) or _HEADING_RE.match(clause):
            notes.append(described(clause))
            continue
        if (cap := _CAP_RE.match(clause)) is not None:
            if Fraction(cap["n"]) != w:
                raise _NoFormula
            notes.append(f"“{clause}”：最高得分即分值")
            continue
        if _REST_RE.match(clause):
            notes.append(f"“{clause}”：其余业绩值按公式计分")
            continue
        if clause.endswith("时"):  # "设施负荷率小于70%时" (the formula follows)
            found = _find_cond(clause[:-1], allow_bare=False)
            if found is None or found[2] or re.search(r"\d", found[1]) or region is not None:
                raise _NoFormula
            region = found[0]
            said_where.append(clause)
            continue
        band = _band(clause)
        if band is None:
            raise _NoFormula
        cond, om = band
        said_where.append(clause)
        if om["f"]:
            if region is not None:
                raise _NoFormula
            region = cond
            continue
        pts = w if om["full"] else Fraction(0) if om["zero"] else Fraction(om["n"] or om["m"])
        if pts > w:
            raise _NoFormula
        bands.append((cond, pts, clause))
    if formula is None:
        raise _NoFormula
    pct = any(c.pct for c, _, _ in bands) or (region is not None and region.pct)
    if not bands and region is None:
        # the formula alone (r51: "得分=10×[1+(实际值-5%)/8%]", fresh65 BZ6-3; "100-年度赔付额/100", fresh66 CA4-4): no
        # band to agree with — its value is what it names (never a target), clamped to [0, 分值] by the rule
        if _TARGET_IN_NAME_RE.search(_value_name(formula)) or w not in {Fraction(n) for n in re.findall(rf"{NUM}(?![%‰\d.])", formula)}:
            raise _NoFormula  # (the 分值 must be printed in the formula: "10×[…]" on an 8-point row is another row's)
        notes.append("只有得分公式、没有分档：得分按公式计算，低于0按0分、高于分值按分值计")
    elif not _value_fits(_value_name(formula), pct, said_where):
        raise _NoFormula
    return _compile(formula, region, bands, notes, w)


#: names of "the row's value" in a formula that fit any band ("本校实际值÷合格标准值×…", fresh7 T3)
_GENERIC_VALUE = re.compile(r"^(?:本校|本单位|全年)?(?:实际值|实际完成值|完成值|业绩值|实际数|实际完成数)$")


def _value_fits(name: str, pct: bool, band_clauses: list[str]) -> bool:
    """The formula's value is the one the bands compare: a generic name, a ratio "A/B", a share's name
    (…率/…比例/…度) beside bands in %, or a name the bands themselves use ("半年累计负荷", AD13-1).

    >>> _value_fits("完成数", True, ["完成率低于50%不得分"])  # a count beside bands in %
    False
    >>> _value_fits("半年累计负荷", True, ["设施半年累计负荷率70%以上不扣分"])
    True
    >>> _value_fits("实际完成值/目标值", True, ["低于60%不得分"])
    False
    """
    if _TARGET_IN_NAME_RE.search(name):
        return False  # "实际完成值/目标值": the row's target T is compared by the target readers, not here
    if _GENERIC_VALUE.match(name) or "/" in name:
        return True
    if pct and re.search(r"(?:率|比|比例|占比|比重|度)$", name):
        return True
    return any(name in clause for clause in band_clauses)


def _num(v: Fraction, pct: bool) -> str:
    d = Decimal(v.numerator) / Decimal(v.denominator)
    if Fraction(d) != v:
        raise _NoFormula  # not a terminating decimal: the rule cannot print it exactly
    return _fmt_point(d, pct) if pct else fmt_decimal(d)


def _compile(formula: str, region: _NumCond | None, bands: list[tuple[_NumCond, Fraction, str]],
             notes: list[str], w: Fraction) -> FormulaReading:
    pct = any(c.pct for c, _, _ in bands) or (region is not None and region.pct) or (
        bool(re.search("[%‰]", formula)) and not _COUNT_NAME_RE.search(_value_name(formula)))
    units = {c.unit for c, _, _ in bands} | ({region.unit} if region is not None else set())
    if len(units) > 1:
        raise _NoFormula
    full = [(c, s) for c, p, s in bands if p == w]
    if len(full) > 1:
        raise _NoFormula
    top = full[0][0] if full else None
    edge = (top.lo or top.hi) if top is not None else None
    top_text = f"{top.to_condition()}: W" if top is not None else ""
    t = Fraction(edge.value) if edge is not None else None
    f = _parse(_tokens(formula), w, t)
    if f.a == 0:
        raise _NoFormula
    pct = pct or (not bands and region is None and _on_fraction_scale(_value_name(formula), f.a, f.b, w))
    if not pct and _no_scale(_value_name(formula), f.a, f.b, w):
        raise _NoFormula
    others = [(c, p, s) for c, p, s in bands if p != w]
    rising = f.a > 0
    if top is not None and (top.lo is not None) != rising:
        raise _NoFormula  # full marks on the side where the formula falls
    said = [f"得分公式：{formula}（业绩值为公式中的“{_value_name(formula)}”，得分不超过分值、不低于0）"]
    clauses: list[str] = []
    step_unit = Fraction(1, 100) if pct else Fraction(1)
    if rising:
        if edge is None:
            h = (w - f.b) / f.a  # where the formula climbs to the 分值
            if h <= 0 or region is not None:
                # "低于90%时,得分=5×完成率/90%" alone: what 90% and above score is not written
                raise _NoFormula
            clauses.append(f">={_num(h, pct)}: W")
            said.append(f"公式在 {_num(h, pct)} 达到分值：此后得满分")
            h_closed = True
        else:
            h = Fraction(edge.value)
            if f.a * h + f.b != w:
                raise _NoFormula  # the formula does not meet the full-marks band
            clauses.append(top_text)
            h_closed = edge.closed
        if region is not None and (region.hi is None or Fraction(region.hi.value) != h):
            raise _NoFormula
        for c, p, s in others:
            if c.hi is None or Fraction(c.hi.value) > h:
                raise _NoFormula  # only cut-offs below the formula's range
            _edge(c, c.hi, f, p, s, said)
            clauses.append(f"{c.to_condition()}: {_num(p, False)}")
        below = f"<{_num(h, pct)}" if h_closed else f"<={_num(h, pct)}"
        if f.b == 0 and f.a * h == w:
            clauses.append(f"{below}: prop")
            said.append(f"{below} → 得分 = 分值 × 业绩值 ÷ {_num(h, pct)}")
        else:
            clauses.append(f"{below}: W - {_num(f.a * step_unit, False)} per {_num(step_unit, pct)}")
    else:
        if edge is not None:
            h = Fraction(edge.value)
            if f.a * h + f.b != w:
                raise _NoFormula
            clauses.append(top_text)
            start = f">{_num(h, pct)}" if edge.closed else f">={_num(h, pct)}"
        elif f.b == w:
            h, start = Fraction(0), "*"
        else:
            raise _NoFormula  # a falling formula that does not start from the 分值
        if region is not None and (region.lo is None or Fraction(region.lo.value) != h):
            raise _NoFormula
        for c, p, s in others:
            if c.lo is None or Fraction(c.lo.value) < h:
                raise _NoFormula
            _edge(c, c.lo, f, p, s, said)
            clauses.append(f"{c.to_condition()}: {_num(p, False)}")
        clauses.append(f"{start}: W - {_num(-f.a * step_unit, False)} per {_num(step_unit, pct)}")
    rule = parse_rule("; ".join(clauses))
    return FormulaReading(rule, notes + said)


def _edge(c: _NumCond, b: _Bound, f: _Affine, pts: Fraction, src: str, said: list[str]) -> None:
    """A cut-off band's end point: written 以下/以上 it includes the number (民法典 第一千二百五十九条),
    where the formula gives another score — the higher wins, with a warning; the band scoring more
    than the formula there is refused (the score would rise as the value worsens)."""
    at = f.a * Fraction(b.value) + f.b
    if not b.closed or at == pts:
        return
    if at < pts:
        raise _NoFormula
    if b.explicit:
        return  # "(含)": the band keeps its end point as written
    b.closed = False
    said.append(f"歧义：{_fmt_point(b.value, c.pct)}既在“{src}”内又在公式的范围内，按得分较高的公式计；"
                "若该点应按该档计分，请写明“(含)”")


#: the row's target named in the formula's value — the reader's target words, and "目标数" / "计划户数" / "任务量" after a
#: "/" ("考核得分=(实际完成数÷目标数)×10", test_r8's near miss): the target readers compare with T, not this one
_TARGET_IN_NAME_RE = re.compile(rf"{_TARGET_RE.pattern}|/[^/]*(?:目标|计划|任务)")

#: a value that is a share: a rate by name, or one count over another ("进料逾期批/总进料批数批")
#: a value that is a count, not a share: "得分=(1-投诉次数×10%)×30" (r76) — the % there is the price of one complaint, the
#: value typed is a number of complaints (was written ``*: W - 0.03 per 1%``, a count typed "2%" scored 29.94)
#: — also any name ending in 数 / 量 / 次 that is no ratio word ("投诉数", "差错数", "投诉量", "投诉件次": r79, each written
#: on the % scale as before r76's list)
_COUNT_NAME_RE = re.compile(r"(?:(?<![指系分倍参函基均])数|(?<![质含流比])量|[件人户]?次)$")

_SHARE_NAME_RE = re.compile(r"(?:率|比例|占比|比重)$|^[^\d/]+/[^\d/]+$")


def _on_fraction_scale(name: str, a: Fraction, b: Fraction, w: Fraction) -> bool:
    """True when a formula alone scores a share (:data:`_SHARE_NAME_RE`) on the scale of a fraction — it reaches the
    分值 or 0 at a share of at most 1 (100 %): "得分=30分×(1—批退率)" is 0 at 批退率 1 (fresh78 CL7-2, CL8-2). The rule is
    then written in % (``*: W - 0.3 per 1%``), so "10%" typed in its row scores 27, as the collector labelled, where
    ``*: W - 30 per 1`` left the row without a unit and "10%" refused (the lead, session 40). A formula whose share is
    in points ("得分=完成率×0.2" on 20: the 分值 at 100) stays as it is.

    >>> _on_fraction_scale("批退率", Fraction(-30), Fraction(30), Fraction(30))
    True
    >>> _on_fraction_scale("进料逾期批/总进料批数批", Fraction(-30), Fraction(30), Fraction(30))
    True
    >>> _on_fraction_scale("完成率", Fraction(1, 5), Fraction(0), Fraction(20))  # the 分值 at 100: points
    False
    >>> _on_fraction_scale("年度赔付额", Fraction(-1, 100), Fraction(100), Fraction(100))  # no share
    False
    """
    if not _SHARE_NAME_RE.search(name):
        return False
    at = (w - b) / a if a > 0 else -b / a  # where it reaches the 分值 (rising) or 0 (falling)
    return 0 < at <= 1


def _no_scale(name: str, a: Fraction, b: Fraction, w: Fraction) -> bool:
    """True when a share's formula fits neither scale: it reaches the 分值 (rising) or 0 (falling) above 1 (100 % as a
    fraction: never reached) but below 50 (as the share's points: full marks, or none, at a share under 50 %) —
    "得分=40×合格率-10" on 40 (r76: read ``>=1.25: W``, a 合格率 typed "95" scored 40, "95%" 28).

    >>> _no_scale("合格率", Fraction(40), Fraction(-10), Fraction(40))
    True
    >>> _no_scale("完成率", Fraction(1, 5), Fraction(0), Fraction(20)), _no_scale("批退率", Fraction(-30), Fraction(30), Fraction(30))
    (False, False)
    """
    if not _SHARE_NAME_RE.search(name):
        return False
    at = (w - b) / a if a > 0 else -b / a
    return 1 < at < 50


def _value_name(formula: str) -> str:
    return next((str(v) for k, v in _tokens(formula) if k == "x"), "")
