"""One text semantics for a template's input cells, in Excel-2010 formulas.

What a bureau types or pastes into a 业绩值 / amount cell is read by the portable
template's formulas exactly as :func:`jixiao.numbers.parse_number` reads it:

* the same normalisation (:data:`jixiao.numbers.WIDTH_MAP`, :data:`SPACE_CHARS`):
  full-width digits and ．％，＋－／（）：；！？, the minus sign, tabs, line breaks,
  no-break and ideographic spaces; quotation marks removed; then trimmed;
* the same number shape: sign, digits with correct thousands separators, one
  decimal point, optional 千/万/亿, optional unit
  (%, ‰, 个百分点, 元, 人, …: :data:`jixiao.numbers.UNITS`), spaces only between
  number, multiplier and unit; magnitude at most 10^15 (text with more than
  15 significant digits: Excel keeps 15 (truncating), LibreOffice rounds to a
  double, the engine keeps 28 — the clients differ there, so agreement is
  promised up to 15 significant digits);
* 缺省 (after normalisation) is "not applicable", blank/whitespace is blank;
  everything else stays text (so 符合/不符合 match after trimming) and a logical
  value or a number above 10^15 becomes ``#JIXIAO! 业绩值不是数字``.

Excel 2010 has no LET and no regular expressions, so the reading is spread over
the ten columns of one row of the hidden sheet :data:`HELPER_SHEET`
(one helper row per input cell, at the input cell's own row). Column
:data:`VALUE_COL` holds the value the score formulas use: a number, ``""``,
``"缺省"``, other text, or the ``#JIXIAO!`` flag. ``tests/templates/
test_differential.py`` checks it against the engine with LibreOffice.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Any

from jixiao.numbers import (
    MILLION_EXPONENT,
    MULT_EXPONENT,
    QUOTE_CHARS,
    SPACE_CHARS,
    SUFFIX_EXPONENT,
    UNITS,
    WIDTH_MAP,
    million_yuan,
    unit_multiplier,
)
from jixiao.rules.excel import NOT_NUMBER_TEXT, SMALL_PERCENT_TEXT, unit_text
from jixiao.rules.model import fmt_decimal

if TYPE_CHECKING:
    from jixiao.rules.target import Target

HELPER_SHEET = "计算辅助"
#: helper columns, in order (A..J)
COLUMNS = ("T", "ULEN", "BEFORE_UNIT", "SIGNED", "UNSIGNED", "EXP", "INT", "OK", "NUM", "V")
VALUE_COL = COLUMNS.index("V")
HUGE = "1E+15"
#: commas checked in a thousands-separated integer part (more is far above 10^15)
MAX_GROUPS = 8


def quoted(s: str) -> str:
    """``s`` as an Excel string literal ("" for each quotation mark)."""
    return '"' + s.replace('"', '""') + '"'


_q = quoted


def _char(ch: str) -> str:
    # control characters as CHAR(n) (code page independent below 128); others literal
    return f"CHAR({ord(ch)})" if ord(ch) < 32 else _q(ch)


def _normalised(v: str) -> str:
    expr = v
    for src, dst in WIDTH_MAP.items():
        expr = f"SUBSTITUTE({expr},{_char(src)},{_q(dst)})"
    for ch in SPACE_CHARS:
        expr = f'SUBSTITUTE({expr},{_char(ch)}," ")'
    for ch in QUOTE_CHARS:
        expr = f'SUBSTITUTE({expr},{_q(ch)},"")'
    return f"TRIM({expr})"


def _suffixes() -> tuple[str, str]:
    """Array constants of every unit-like suffix and its power of ten (longest match wins)."""
    pairs = [(u, SUFFIX_EXPONENT.get(u, 0)) for u in (*SUFFIX_EXPONENT, *UNITS)]
    names = "{" + ",".join(_q(u) for u, _ in pairs) + "}"
    exps = "{" + ",".join(str(e) for _, e in pairs) + "}"
    return names, exps


def _strip_chars(expr: str, chars: str) -> str:
    for ch in chars:
        expr = f'SUBSTITUTE({expr},{_q(ch)},"")'
    return expr


def helper_formulas(value_ref: str, row: int) -> list[str]:
    """The ten formulas (without "=") of helper row ``row`` (1-based) reading ``value_ref``.

    ``value_ref`` is the input cell, sheet-qualified (e.g. ``'评分表'!$H$5``).
    """
    c = {name: f"{chr(ord('A') + i)}{row}" for i, name in enumerate(COLUMNS)}
    t, ulen, before, signed, unsigned, exp, int_part, ok, num = (
        c[k] for k in COLUMNS[:-1])
    names, exps = _suffixes()
    nn = _q(NOT_NUMBER_TEXT)
    v = value_ref
    mult = "{" + ",".join(_q(m) for m in MULT_EXPONENT) + "}"
    mult_exp = "{" + ",".join(str(e) for e in MULT_EXPONENT.values()) + "}"
    digits_only = _strip_chars(unsigned, "0123456789,.")
    n_digits = f'LEN(SUBSTITUTE(SUBSTITUTE({unsigned},",",""),".",""))'
    n = f"LEN({int_part})"
    k = f'({n}-LEN(SUBSTITUTE({int_part},",","")))'
    # thousands separators exactly every 3 digits from the right (up to MAX_GROUPS commas)
    at = ",".join(
        f'IF({k}>={j + 1},MID({int_part},{n}-{3 + 4 * j},1)=",",TRUE)' for j in range(MAX_GROUPS))
    groups = (
        f'IF(ISERROR(FIND(",",{int_part})),TRUE,IF({n}-4*{k}>=1,AND({n}-4*{k}<=3,'
        f"{k}<={MAX_GROUPS},{at}),FALSE))"
    )
    fraction_ok = (
        f'IF(ISERROR(FIND(".",{unsigned})),LEN({int_part})>0,'
        f'AND(LEN({unsigned})>LEN({int_part})+1,'
        f'ISERROR(FIND(",",MID({unsigned},LEN({int_part})+2,99)))))'
    )
    return [
        # T: numbers pass (logical values and |x| > 10^15 are flagged), text is normalised
        f"IF(ISLOGICAL({v}),{nn},IF(ISNUMBER({v}),IF(ABS({v})>{HUGE},{nn},{v}),"
        f"{_normalised(v)}))",
        # ULEN: length of the longest unit suffix
        f"IF(ISNUMBER({t}),0,SUMPRODUCT(MAX((RIGHT({t},LEN({names}))={names})"
        f"*LEN({names}))))",
        # BEFORE_UNIT
        f'IF(ISNUMBER({t}),"",TRIM(LEFT({t},LEN({t})-{ulen})))',
        # SIGNED: without a 千/万/亿 multiplier
        f"IF(ISNUMBER(MATCH(RIGHT({before},1),{mult},0)),"
        f"TRIM(LEFT({before},LEN({before})-1)),{before})",
        # UNSIGNED
        f'IF(OR(LEFT({signed},1)="+",LEFT({signed},1)="-"),MID({signed},2,99),{signed})',
        # EXP: power of ten of the unit and the multiplier
        f"SUMPRODUCT((RIGHT({t},LEN({names}))={names})*(LEN({names})={ulen})*{exps})"
        f"+SUMPRODUCT((RIGHT({before},1)={mult})*{mult_exp})",
        # INT: digits before the decimal point
        f'LEFT({unsigned},IFERROR(FIND(".",{unsigned}),LEN({unsigned})+1)-1)',
        # OK: the number shape of parse_number
        f'AND(NOT(ISNUMBER({t})),{unsigned}<>"",LEN({digits_only})=0,'
        f'LEN({unsigned})-LEN(SUBSTITUTE({unsigned},".",""))<=1,'
        f"{n_digits}>=1,{fraction_ok},{groups})",
        # NUM: the number (its decimal text and exponent, read once by VALUE)
        f'IF(ISNUMBER({t}),{t},IF({ok},IF(LEFT({signed},1)="-",-1,1)*'
        f'VALUE("0"&SUBSTITUTE({unsigned},",","")&"E"&{exp}),{t}))',
        # V: numeric text beyond 10^15 stays text (parse_number refuses it; a 符合 rule's
        # "*" clause still matches it as text, as in the engine)
        f"IF(ISNUMBER({num}),IF(ABS({num})>{HUGE},{t},{num}),{num})",
    ]


def helper_value_ref(row: int) -> str:
    """The sheet-qualified absolute reference of helper row ``row``'s value (column J)."""
    return f"'{HELPER_SHEET}'!${chr(ord('A') + VALUE_COL)}${row}"


# ---------------------------------------------------------------------------
# a 业绩值 on its row's 指标值 scale (定量 target rows, rules on the row's own 指标值 T)
# ---------------------------------------------------------------------------

#: two more helper columns (K, L) of such a row: the power of ten that puts text typed with its own unit on the
#: 指标值's scale (or the prompt why not), and the value the score formula reads
SCALE_COLUMNS = ("SHIFT", "ON_SCALE")


def on_scale_value_ref(row: int) -> str:
    """The sheet-qualified reference of helper row ``row``'s value on its 指标值's scale (column L)."""
    return f"'{HELPER_SHEET}'!${chr(ord('A') + len(COLUMNS) + 1)}${row}"


def on_scale_formulas(value_ref: str, row: int, target: Target) -> list[str]:
    """The formulas (without "=") of helper row ``row``'s columns K and L: a number cell passes as read (column J);
    text read as a number ("95万元", "96%", "40人") is put on ``target``'s scale as the core decides
    (:func:`jixiao.rules.target.text_scales`, from :func:`~jixiao.rules.target.on_target_scale`), or K and L hold
    the prompt (:func:`jixiao.rules.excel.unit_text`, :data:`~jixiao.rules.excel.SMALL_PERCENT_TEXT`) and the row
    shows no score. A shifted value is read again from its digits with the exponent shifted ("95" and −2 →
    VALUE("095E-2")), not multiplied (0.29 × 100 is 28.999999999999996 in binary), so it is the double nearest the
    exact decimal, as the engine's ``float(Decimal)``; unshifted, it is the helper's reading (column J)."""
    from jixiao.rules.target import AMBIGUOUS_UP_TO, text_scales

    c = {name: f"{chr(ord('A') + i)}{row}" for i, name in enumerate((*COLUMNS, *SCALE_COLUMNS))}
    t, ulen, before, signed, unsigned, exp, v, shift = (
        c[k] for k in ("T", "ULEN", "BEFORE_UNIT", "SIGNED", "UNSIGNED", "EXP", "V", "SHIFT"))
    key = f'"#"&IF(LEN({before})>LEN({signed}),RIGHT({before},1),"")&RIGHT({t},{ulen})'
    groups: dict[Any, list[str]] = {}
    for suffix, sc in text_scales(target).items():
        groups.setdefault((sc.shift, sc.small_refused), []).append("#" + suffix)
    small = f"AND({v}<>0,ABS({v})<={fmt_decimal(AMBIGUOUS_UP_TO)})"

    def outcome(o: tuple[int | None, bool]) -> str:
        shift_, small_refused = o
        if shift_ is None:
            return _q(unit_text(target))
        return f"IF({small},{_q(SMALL_PERCENT_TEXT)},{shift_})" if small_refused else str(shift_)

    order = sorted(groups, key=lambda o: len(groups[o]))  # the largest group is the last "else"
    chooser = outcome(order[-1])
    for o in reversed(order[:-1]):
        keys = "{" + ",".join(_q(k) for k in groups[o]) + "}"
        chooser = f"IF(ISNUMBER(MATCH({key},{keys},0)),{outcome(o)},{chooser})"
    plain = percent_points_formula(v) if target.is_percent else v
    return [
        f'IF(AND(ISNUMBER({v}),ISTEXT({value_ref})),{chooser},"")',
        f'IF(ISNUMBER({shift}),IF({shift}=0,{v},{_shifted(signed, unsigned, exp, shift)}),'
        f'IF({shift}="",{plain},{shift}))',
    ]


def _shifted(signed: str, unsigned: str, exp: str, shift: str) -> str:
    """The helper's number read again from its digits with its exponent shifted by ``shift`` ("95" and −2 →
    VALUE("095E-2")): the double nearest the exact decimal, as the engine's ``float(Decimal)``."""
    return f'IF(LEFT({signed},1)="-",-1,1)*VALUE("0"&SUBSTITUTE({unsigned},",","")&"E"&({exp}+{shift}))'


def _reason(template: str, fields: dict[str, str], text: dict[str, str] | None = None, *,
            joined: bool = False) -> str:
    """A formula giving ``ERROR_MARK`` + " " + the core's ``template`` (read by ``string.Formatter``: the text is not
    written twice), each field the formula expression ``fields[name]`` or the text ``text[name]``.

    Two spellings of the same text, kept as the shipped formulas have them (their digests): each piece of the template
    its own string constant (the unit reasons, p22/p24); ``joined``: the mark, the template's text and the ``text``
    fields between two expressions one string constant, cut in pieces of at most :data:`_LITERAL_MAX` (the reasons of
    :func:`input_refusal_first`, p27)."""
    from string import Formatter

    pieces: list[tuple[bool, str]] = [(False, ERROR_MARK + " ")]  # (an expression, its text)
    for literal, field, _spec, _conversion in Formatter().parse(template):
        if literal:
            pieces.append((False, literal))
        if field is not None and field in (text or {}):
            pieces.append((False, (text or {})[field]))
        elif field:
            pieces.append((True, fields[field]))
    if not joined:
        return "&".join(p if expr else _q(p) for expr, p in pieces)
    runs: list[tuple[bool, str]] = []
    for expr, p in [*pieces, (False, "")]:  # (a last text, "" after a last expression)
        if not expr and runs and not runs[-1][0]:
            runs[-1] = (False, runs[-1][1] + p)
        else:
            runs.append((expr, p))
    return "&".join(p if expr else _long_text(p) for expr, p in runs)


def _typed_suffix_formula(c: dict[str, str]) -> str:
    """千/万/亿 + the longest unit suffix of the helper's text, as ``rules.target.typed_suffix`` ("" for a bare number)."""
    mult = f'IF(LEN({c["BEFORE_UNIT"]})>LEN({c["SIGNED"]}),RIGHT({c["BEFORE_UNIT"]},1),"")'
    return f'{mult}&RIGHT({c["T"]},{c["ULEN"]})'


def row_unit_formulas(row: int, unit: str, rule: Any = None) -> list[str]:
    """The formulas (without "=") of helper row ``row``'s columns K and L in a row whose unit ``unit`` (no percentage)
    decides how a 业绩值 typed as text is read (p24): K the typed 千/万/亿 + unit ("150万元" → "万元"; "" for numbers
    and bare numbers); L the value the score formula reads — the helper's reading for "", the number in the row's
    unit for a suffix the core accepts (:func:`~jixiao.rules.target.row_unit_suffixes`: "150万元" in a 万元 row → 150,
    read again from its digits), else the core's reason (:data:`~jixiao.rules.target.UNIT_AGAINST_ROW`,
    "#JIXIAO! 单位不符：…"). IF/AND/ISNUMBER/ISTEXT/MATCH/RIGHT/LEN/LEFT/VALUE/SUBSTITUTE only: Excel 2010.

    ``unit`` "": a row without a unit whose rule scores numbers (:func:`~jixiao.rules.target.unitless_row`, p35): L
    the helper's reading for a bare number or a count word (:func:`~jixiao.rules.target.unitless_suffixes`), else
    :data:`~jixiao.rules.target.UNIT_NOT_IN_ROW` ("2024年" under ``>=90: W``; "95%" too: ``rule``'s numbers are no
    fractions, :func:`~jixiao.rules.target.fraction_scale`)."""
    from jixiao.rules.target import (
        MILLION_ROW_UNITS,
        UNIT_AGAINST_ROW,
        UNIT_NOT_IN_ROW,
        row_unit_suffixes,
        unitless_suffixes,
    )

    c = {name: f"{chr(ord('A') + i)}{row}" for i, name in enumerate((*COLUMNS, *SCALE_COLUMNS))}
    t, signed, unsigned, exp, v, key = (c[k] for k in ("T", "SIGNED", "UNSIGNED", "EXP", "V", "SHIFT"))
    suffixes = row_unit_suffixes(unit) if unit else dict.fromkeys(sorted(unitless_suffixes(rule=rule)), 0)
    accepted = [_q(k) for k in suffixes if k]  # none in a 百万元 or 美元 row (p39: "{}" is no formula Excel opens)
    shifts = set(suffixes.values()) - {0}
    assert len(shifts) <= 1, suffixes  # one power of ten per row: its unit's 千/万/亿
    read = _shifted(signed, unsigned, exp, str(shifts.pop())) if shifts else v
    reason = _reason(UNIT_AGAINST_ROW, {"value": t, "unit": key, "row_unit": _q(unit)}) if unit else \
        _reason(UNIT_NOT_IN_ROW, {"value": t, "unit": key})
    plain = _million_or(t, v, unit_multiplier(unit)[0]) if unit in MILLION_ROW_UNITS else v
    return [
        f'IF(AND(ISNUMBER({v}),ISTEXT({t})),{_typed_suffix_formula(c)},"")',
        f'IF({key}="",{plain},{_accepted_or(key, accepted, read, reason)})',
    ]


def _million_or(t: str, v: str, row_exp: int) -> str:
    """The helper's reading ``v``, but for text ``t`` that is a plain number + 百万/千万 (+元) (p44,
    :func:`~jixiao.numbers.million_yuan`: digits with at most one inner decimal point — no sign, comma or space) its
    number in the row's unit, whose power of ten is ``row_exp`` ("1.5百万元" in a 万元 row → VALUE("01.5E2"), read
    again from its digits as :func:`_shifted`); beyond 10^15 元 ``v`` (the text: refused, as the core). Nested IF
    (AND evaluates every argument): only text reaches RIGHT/LEFT.

    >>> _million_or("T3", "J3", 4).count("VALUE("), len(_million_or("T3", "J3", 4)) < 8192
    (8, True)
    """
    chooser = v
    for suffix, exp in reversed([(m + y, e) for y in ("元", "") for m, e in MILLION_EXPONENT.items()]):
        digits = f"LEFT({t},LEN({t})-{len(suffix)})"
        plain = (f'AND(LEN({digits})>0,LEN({_strip_chars(digits, "0123456789.")})=0,'
                 f'LEN({digits})-LEN(SUBSTITUTE({digits},".",""))<=1,LEFT({digits},1)<>".",RIGHT({digits},1)<>".")')
        yuan, in_row = (f'VALUE("0"&{digits}&"E{e}")' for e in (exp, exp - row_exp))
        chooser = (f'IF(RIGHT({t},{len(suffix)})={_q(suffix)},IF({plain},IF({yuan}>{HUGE},{v},{in_row}),{v}),'
                   f'{chooser})')
    return f"IF(ISTEXT({t}),{chooser},{v})"


def _accepted_or(key: str, accepted: list[str], read: str, reason: str) -> str:
    """``read`` where the typed suffix in ``key`` is one of ``accepted`` (quoted), else ``reason``; a row that accepts
    no suffix (a unit the core converts into no other: 百万元, 美元 — p39) has no array to match against (an empty
    array constant ``{}`` is a syntax error in Excel and in the `formulas` engine).

    >>> _accepted_or("K3", ['"万元"', '"元"'], "V3", "R"), _accepted_or("K3", [], "V3", "R")
    ('IF(ISNUMBER(MATCH(K3,{"万元","元"},0)),V3,R)', 'R')
    """
    if not accepted:
        return reason
    return f'IF(ISNUMBER(MATCH({key},{{{",".join(accepted)}}},0)),{read},{reason})'



def row_unit_cached(value: Any, read: Any, rule: Any, unit: str) -> tuple[Any, Any]:
    """What :func:`row_unit_formulas` compute (K, L) for the cell value ``value``, whose helper reading is ``read``
    (the core's :func:`~jixiao.rules.target.unit_against_row` and :func:`~jixiao.rules.target.in_row_unit`)."""
    from jixiao.rules.target import MILLION_ROW_UNITS, in_row_unit, typed_suffix, unit_against_row

    if unit in MILLION_ROW_UNITS and typed_suffix(value) is None and million_yuan(value) is not None:
        return "", float(in_row_unit(value, rule, unit))  # "1.5百万元" in a 万元 row: 150 (p44)
    key = typed_suffix(value) if isinstance(value, str) and isinstance(read, float) else None
    if not key:
        return "", read
    why = unit_against_row(value, rule, unit)
    if why:
        return key, f"{ERROR_MARK} {why}"
    return key, float(in_row_unit(value, rule, unit)) if unit else read  # no unit: "2次" is the helper's 2 (p35)


def percent_points_formula(v: str) -> str:
    """The helper reading ``v`` of a 业绩值 in a percent row, with a number above
    :data:`~jixiao.rules.target.PERCENT_POINTS_ABOVE` read as percent points whatever the cell's format (95 → 95 %),
    as the core decides. Nested IF, not AND: AND evaluates ABS of a prompt text to #VALUE!. Read again from its
    digits ("95" → VALUE("95E-2"), the double nearest 0.95, as the engine's ``float(Decimal)``); from 1E15 on a
    number's text has an exponent ("1E+16"), so it is divided (written out: the `formulas` engine does not parse
    1E15)."""
    from jixiao.rules.target import PERCENT_POINTS_ABOVE

    bound = fmt_decimal(PERCENT_POINTS_ABOVE)
    return f'IF(ISNUMBER({v}),IF(ABS({v})>{bound},IF(ABS({v})<1000000000000000,VALUE({v}&"E-2"),{v}/100),{v}),{v})'


def percent_unit_formulas(row: int) -> list[str]:
    """The formulas (without "=") of helper row ``row``'s columns K and L in a row on % bands: K the unit that is no
    percentage typed with the number ("95分" → "分", "95万元" → "万元", "95万" → "万"; else ""), as the core's
    :func:`~jixiao.rules.target.wrong_percent_unit` reads it from the helper's columns (the longest unit suffix,
    the multiplier before it); L the value the score formula reads — the core's reason
    (:data:`~jixiao.rules.target.UNIT_AGAINST_PERCENT`, "#JIXIAO! 单位不符：…") when K names a unit, else
    :func:`percent_points_formula` of the helper's reading (on % bands, and in a row whose unit is "%" whatever its
    rule: 95 in a ``*: prop`` % row is 95 %, p31). IF/AND/ISERROR/MATCH/RIGHT/LEN only: Excel 2010, WPS, LibreOffice."""
    from jixiao.rules.target import UNIT_AGAINST_PERCENT

    c = {name: f"{chr(ord('A') + i)}{row}" for i, name in enumerate((*COLUMNS, *SCALE_COLUMNS))}
    t, ulen, before, signed, v, unit = (c[k] for k in ("T", "ULEN", "BEFORE_UNIT", "SIGNED", "V", "SHIFT"))
    percent = "{" + ",".join(_q(u) for u in SUFFIX_EXPONENT) + "}"
    mult = f'IF(LEN({before})>LEN({signed}),RIGHT({before},1),"")'
    wrong = (f"IF(AND({ulen}>0,ISERROR(MATCH(RIGHT({t},{ulen}),{percent},0))),"
             f"{mult}&RIGHT({t},{ulen}),{mult})")
    reason = _reason(UNIT_AGAINST_PERCENT, {"value": t, "unit": unit})
    return [
        f'IF(AND(ISNUMBER({v}),ISTEXT({t})),{wrong},"")',
        f'IF({unit}<>"",{reason},{percent_points_formula(v)})',
    ]


def percent_unit_cached(value: Any, read: Any) -> tuple[Any, Any]:
    """What :func:`percent_unit_formulas` compute (K, L) for the cell value ``value``, whose helper reading is
    ``read`` (the core's :func:`~jixiao.rules.target.wrong_percent_unit` and reason)."""
    from jixiao.rules.target import percent_unit_reason, wrong_percent_unit

    why = percent_unit_reason(value) if isinstance(value, str) and isinstance(read, float) else None
    if why is None:
        return "", percent_points_cached(read)
    return wrong_percent_unit(value), f"{ERROR_MARK} {why}"


def percent_points_cached(read: Any) -> Any:
    """What :func:`percent_points_formula` computes over the helper reading ``read`` (the core's
    :func:`~jixiao.rules.target.percent_points`)."""
    from jixiao.rules.target import percent_points

    if isinstance(read, int | float) and not isinstance(read, bool):
        x = Decimal(str(read))
        if percent_points(x):  # 95 in a percent row, whatever the cell's format: 95 %
            return float(x / 100)
    return read


def on_scale_cached(value: Any, target: Target, read: Any) -> tuple[Any, Any]:
    """What :func:`on_scale_formulas` compute (K, L) for the cell value ``value``, whose helper reading is
    ``read``: the core's :func:`~jixiao.rules.target.on_target_scale` (text in the cell; a number passes)."""
    from jixiao.numbers import parse_number, typed_unit
    from jixiao.rules.target import on_target_scale, text_scales

    if not (isinstance(value, str) and isinstance(read, float)):
        return "", percent_points_cached(read) if target.is_percent else read
    number = parse_number(value)
    mult, unit = typed_unit(value) or ("", "")
    x, _why = on_target_scale(value, number, target)
    sc = text_scales(target)[mult + unit]
    if x is not None:
        assert sc.shift is not None
        return sc.shift, float(x)
    prompt = unit_text(target) if sc.shift is None else SMALL_PERCENT_TEXT
    return prompt, prompt


# ---------------------------------------------------------------------------
# 预算执行率 from three amount cells (their helper values)
# ---------------------------------------------------------------------------

RATE_NOT_NUMBER = "#JIXIAO! 金额不是数字"
RATE_ZERO = "#JIXIAO! 预算数为0，无法计算执行率"
#: a negative amount: -95 ÷ -100 is no 95 % (the core's ``ratios.exec_rate`` refuses it too)
RATE_NEGATIVE = "#JIXIAO! 金额为负，请核对"
NOT_APPLICABLE = "缺省"


def rate_formula(actual: str, budget: str, carryover: str | None = None) -> str:
    """预算执行率 over helper values: blank → "", any 缺省 → "缺省" (the row scores full
    marks, as 缺省 typed into the 业绩值 of a rule row), text → RATE_NOT_NUMBER, a negative amount →
    RATE_NEGATIVE, zero denominator → RATE_ZERO, else actual ÷ (budget + carryover). Never #VALUE!.
    Only IF/OR/AND/ISNUMBER/SUM/ROUND/LOG10/INT/ABS: Excel 2010, WPS and LibreOffice evaluate it alike."""
    na = _q(NOT_APPLICABLE)
    cells = [actual, budget] + ([carryover] if carryover else [])
    any_na = "OR(" + ",".join(f"{x}={na}" for x in cells) + ")"
    numbers = [f"ISNUMBER({actual})", f"ISNUMBER({budget})"]
    if carryover:
        numbers.append(f'OR({carryover}="",ISNUMBER({carryover}))')
    den = f"({budget}+SUM({carryover}))" if carryover else budget  # SUM: "" counts 0
    negative = [f"{actual}<0", f"{budget}<0"] + ([f"SUM({carryover})<0"] if carryover else [])
    return (
        f'IF(OR({actual}="",{budget}=""),"",IF({any_na},{na},'
        f"IF(NOT(AND({','.join(numbers)})),{_q(RATE_NOT_NUMBER)},"
        f"IF(OR({','.join(negative)}),{_q(RATE_NEGATIVE)},"
        f"IF({den}=0,{_q(RATE_ZERO)},{significant_15(f'{actual}/{den}')})))))"
    )


#: what every error text a template shows starts with (the rate texts above, EXEC_RATE's, the rules')
ERROR_MARK = "#JIXIAO!"


def reason_first(ref: str, score_formula: str) -> str:
    """A 得分 formula that shows the error text in ``ref`` instead of scoring it: a ratio row's 执行率 cell (金额为负,
    预算数为0, 金额不是数字; the 宏版's EXEC_RATE text, p20), the helper's reading of a 业绩值 on % bands typed with
    a unit that is no percentage ("单位不符：…", p22) — the rule formula alone would say only "业绩值不是数字".
    LEFT/IF only: Excel 2010, WPS and LibreOffice evaluate it alike.

    >>> reason_first("H5", "X")
    'IF(LEFT(H5,8)="#JIXIAO!",H5,X)'
    """
    return f'IF(LEFT({ref},{len(ERROR_MARK)})={_q(ERROR_MARK)},{ref},{score_formula})'


def rate_reason_first(rate_ref: str, score_formula: str) -> str:
    """:func:`reason_first` of a ratio row's 执行率 cell (p20)."""
    return reason_first(rate_ref, score_formula)


def unit_reason_first(value_ref: str, score_formula: str) -> str:
    """:func:`reason_first` of the helper's reading of a 业绩值 on % bands (:func:`percent_unit_formulas`, p22)."""
    return reason_first(value_ref, score_formula)


def rate_reason_cached(rate: object, cached_score: object) -> object:
    """The engine's mirror of :func:`rate_reason_first` for the cached value."""
    return rate if isinstance(rate, str) and rate.startswith(ERROR_MARK) else cached_score


def significant_15(quotient: str) -> str:
    """``quotient`` rounded to 15 significant digits (0 stays 0), as Excel shows a number.

    Amounts with 角分 are decimal; the clients divide in binary: 900.18 ÷ 1000.20 is exactly 90 %, but the double
    quotient is 0.8999999999999999 — below a "≥90%" band in a client that compares exactly (the ``formulas``
    engine; LibreOffice's comparison happens to tolerate it). The error of a quotient of two typed amounts is a few
    units in the 16th-17th significant digit, less than half a unit of the 15th, so rounding there gives the double
    nearest the exact decimal rate — the value the engine (Decimal) scores, and equal to the band edge as written
    (``0.9``). Two exact rates of real amounts never differ within 15 digits (that would take denominators above
    10^13), so no true difference is rounded away (p1, ``tests/templates/test_ratio_cent_edges.py``)."""
    digits = f"14-INT(LOG10(ABS({quotient})))"
    return f"IF({quotient}=0,0,ROUND({quotient},{digits}))"


def rate_value(actual: object, budget: object, carryover: object = None) -> object:
    """The engine's reading of the same three cells (what :func:`rate_formula` shows)."""
    from decimal import Decimal

    from jixiao.numbers import is_not_applicable, parse_number

    blank = is_blank_input
    if blank(actual) or blank(budget):
        return ""
    if any(is_not_applicable(x) for x in (actual, budget, carryover)):
        return NOT_APPLICABLE
    try:
        a, b = parse_number(actual), parse_number(budget)
        c = Decimal(0) if blank(carryover) else parse_number(carryover)
    except ValueError:
        return RATE_NOT_NUMBER
    if a is None or b is None or c is None:
        return RATE_NOT_NUMBER
    if a < 0 or b < 0 or c < 0:
        return RATE_NEGATIVE
    if b + c == 0:
        return RATE_ZERO
    return a / (b + c)


_SPACES = str.maketrans({ch: " " for ch in SPACE_CHARS})


def is_blank_input(x: object) -> bool:
    """Blank as the helper formulas see it: empty, or only spaces after normalisation."""
    return x is None or (isinstance(x, str) and not x.translate(_SPACES).strip(" "))


# ---------------------------------------------------------------------------
# 业绩值 the engine would score but collect and SCORE_RANGE refuse (rules.target.input_refusal, p26 → p27)
# ---------------------------------------------------------------------------

#: Excel keeps a string constant in a formula to 255 characters: longer text is joined from pieces
_LITERAL_MAX = 250


def _long_text(s: str) -> str:
    """``s`` as a formula expression: one string constant, or pieces of at most :data:`_LITERAL_MAX` joined by &."""
    pieces = [s[i:i + _LITERAL_MAX] for i in range(0, len(s), _LITERAL_MAX)] or [""]
    return "&".join(_q(p) for p in pieces)


def _said(template: str, value: str, **fields: str) -> str:
    """``"#JIXIAO! " + template`` as a formula, ``{value}`` the expression ``value``, the other fields text (the core's
    own wording; :func:`_reason`, joined)."""
    return _reason(template, {"value": value}, fields, joined=True)


def helper_text_ref(row: int) -> str:
    """The sheet-qualified reference of helper row ``row``'s column T: the 业绩值 as the helper reads its text
    (normalised, runs of spaces one) or the number — as the core's reasons quote it (``rules.target._shown``)."""
    return f"'{HELPER_SHEET}'!$A${row}"


def percent_text_first(value_ref: str, raw_ref: str, row: int, score_of: Any) -> str:
    """A 得分 formula that shows the core's :data:`~jixiao.rules.target.PERCENT_TEXT_AMBIGUOUS` for a bare number
    typed as text in a % row (no unit, no "%": the helper's column ULEN is 0; not 0, at most
    :data:`~jixiao.rules.target.PERCENT_POINTS_ABOVE`) whose two readings score differently — as the core's
    :func:`~jixiao.rules.target.percent_text_reason` (p31): ``score_of(ref)`` is the rule formula on a reading,
    ``value_ref`` the reading the rule scores (column L: "0.95" → 0.95), ``raw_ref`` the 业绩值 cell, ``row`` the
    helper row (1-based), whose column V (the number read from the text) decides the size. Nested IF (AND would evaluate ABS of text): Excel 2010, WPS and LibreOffice alike."""
    from jixiao.rules.target import PERCENT_POINTS_ABOVE, PERCENT_TEXT_AMBIGUOUS

    ulen, v = (f"'{HELPER_SHEET}'!${chr(ord('A') + COLUMNS.index(c))}${row}" for c in ("ULEN", "V"))
    bound = fmt_decimal(PERCENT_POINTS_ABOVE)  # on the helper's reading V (L is already 0.95 for "95")
    bare = f"IF(ISTEXT({raw_ref}),IF({ulen}=0,IF(ISNUMBER({v}),IF({v}<>0,ABS({v})<={bound},FALSE),FALSE),FALSE),FALSE)"
    as_given, as_points = score_of(value_ref), score_of(f"({v}/100)")
    said = _said(PERCENT_TEXT_AMBIGUOUS, helper_text_ref(row))
    return f"IF({bare},IF({as_given}={as_points},{as_given},{said}),{as_given})"


def fraction_points_first(value_ref: str, raw_ref: str, row: int, score_of: Any) -> str:
    """A 得分 formula that shows the core's :data:`~jixiao.rules.target.FRACTION_POINTS_AMBIGUOUS` for a bare number
    above :data:`~jixiao.rules.targetscale.POINTS_ABOVE` in a row without a unit whose rule is on a fraction's scale
    (:func:`~jixiao.rules.target.bare_fraction_points`, p37: "85" beside ``>=0.9: W`` — 85 or 85 %?) when its two
    readings score differently, as the core's :func:`~jixiao.rules.target.percent_text_reason`: ``score_of(ref)``
    is the rule formula on a reading, ``value_ref`` the helper's reading, ``raw_ref`` the 业绩值 cell (text: no unit,
    the helper's column ULEN 0), ``row`` the helper row (1-based). Nested IF: Excel 2010, WPS and LibreOffice."""
    from jixiao.rules.target import FRACTION_POINTS_AMBIGUOUS, POINTS_ABOVE

    ulen = f"'{HELPER_SHEET}'!${chr(ord('A') + COLUMNS.index('ULEN'))}${row}"
    bare = f"IF(ISNUMBER({value_ref}),IF(IF(ISTEXT({raw_ref}),{ulen}=0,TRUE),ABS({value_ref})>{fmt_decimal(POINTS_ABOVE)}," \
        "FALSE),FALSE)"
    as_given, as_points = score_of(value_ref), score_of(f"({value_ref}/100)")
    said = _said(FRACTION_POINTS_AMBIGUOUS, helper_text_ref(row))
    return f"IF({bare},IF({as_given}={as_points},{as_given},{said}),{as_given})"


def date_first(value_ref: str, raw_ref: str, row: int, formula: str, unit: str) -> str:
    """``formula``, or the core's :data:`~jixiao.rules.target.DATE_IN_TIME` when the helper's reading ``value_ref`` of
    the 业绩值 ``raw_ref`` — a number in its cell, or text without a unit (the helper's column ULEN 0) — reads as a year
    and a month (:func:`~jixiao.rules.target.date_like`: 2024.6) in a row or beside a 指标值 in time ``unit`` (p37).
    ``row``: the helper row (1-based). Nested IF/ISNUMBER/ISTEXT/INT/ROUND: Excel 2010, WPS and LibreOffice."""
    from jixiao.rules.target import DATE_IN_TIME

    x, ulen = value_ref, f"'{HELPER_SHEET}'!${chr(ord('A') + COLUMNS.index('ULEN'))}${row}"
    m1, m2 = f"ROUND(({x}-INT({x}))*10,6)", f"ROUND(({x}-INT({x}))*100,6)"
    month = f"OR(AND({m1}=INT({m1}),{m1}>=1),AND({m2}=INT({m2}),{m2}>=1,{m2}<=12))"
    dated = f"IF(ISNUMBER({x}),IF(IF(ISTEXT({raw_ref}),{ulen}=0,TRUE),IF({x}>=1900,IF({x}<2100,{month},FALSE),FALSE)," \
        "FALSE),FALSE)"
    return f"IF({dated},{_said(DATE_IN_TIME, helper_text_ref(row), unit=unit)},{formula})"


def negative_first(value_ref: str, formula: str, text_ref: str, reason: str | None = None) -> str:
    """``formula``, or the core's ``reason`` (default :data:`~jixiao.rules.target.NEGATIVE_PERCENT`; ``{value}``
    the helper's column T ``text_ref``) when the helper's reading ``value_ref`` is a negative number — a % row that
    does not admit negatives (:func:`~jixiao.rules.target.negative_percent_reason`, p28), a row on its own % or
    count 指标值 (:func:`~jixiao.rules.target.negative_target_text`, p30, p32). IF/ISNUMBER only."""
    from jixiao.rules.target import NEGATIVE_PERCENT

    said = _said(reason or NEGATIVE_PERCENT, text_ref)
    return f"IF(IF(ISNUMBER({value_ref}),{value_ref}<0,FALSE),{said},{formula})"


def count_first(value_ref: str, formula: str, text_ref: str, unit: str, negatives: bool = True) -> str:
    """``formula``, or the core's reason when the helper's reading ``value_ref`` beside a count 指标值 in ``unit`` is
    no whole number (:data:`~jixiao.rules.target.COUNT_NOT_WHOLE`) or, while ``negatives``, below 0
    (:data:`~jixiao.rules.target.NEGATIVE_ON_COUNT`) — :func:`~jixiao.rules.target.negative_on_target_reason`
    (p33). IF/ISNUMBER/ISTEXT/INT only (ISTEXT: the `formulas` engine's ISNUMBER is TRUE for numeric text, which
    Excel's helper never leaves in ``value_ref``)."""
    from jixiao.rules.target import COUNT_NOT_WHOLE, NEGATIVE_ON_COUNT

    fraction = f"IF(IF(ISNUMBER({value_ref}),IF(ISTEXT({value_ref}),FALSE,{value_ref}<>INT({value_ref})),FALSE)," \
        f"{_said(COUNT_NOT_WHOLE, text_ref, unit=unit)},{formula})"
    if not negatives:
        return fraction
    return f"IF(IF(ISNUMBER({value_ref}),{value_ref}<0,FALSE),{_said(NEGATIVE_ON_COUNT, text_ref, unit=unit)},{fraction})"


def input_refusal_first(value_ref: str, raw_ref: str, rule: Any, score_formula: str, unit: str = "",
                        name: str | None = None, text_ref: str = "", standard: str | None = None, row: int = 0) -> str:
    """A 得分 formula that shows the core's reason (:func:`jixiao.rules.target.input_refusal`) instead of the score
    of a 业绩值 collect and SCORE_RANGE refuse; ``score_formula`` unchanged for a rule that refuses none.
    ``value_ref``: the helper's reading (column J or L); ``raw_ref``: the 业绩值 cell as typed (the text quoted);
    ``unit``: the row's unit where it decides (``rules.target.scored_unit``); ``name``: the indicator's name
    (``None``: a 业绩值 not typed, no check of counts or signs); ``text_ref``: the helper's column T
    (:func:`helper_text_ref`), quoted by the p28 reasons; ``standard``: the 评分标准, which makes a row without a
    unit count whole things where its step names a count word (``rules.target.count_word``, p30).

    * a rule of text levels with a 否则 (:func:`~jixiao.rules.target.level_answer_reason`): a value that is no
      level's name, no named level's negation (one leading 不/未/没/无, the rest a name) and no number the rule
      compares → :data:`~jixiao.rules.target.LEVEL_ANSWER` — "√", "是", "（明确）" are no longer 0 under 否则;
    * a count deduction rule (:func:`~jixiao.rules.target.counts_down`): a negative number →
      :data:`~jixiao.rules.target.NEGATIVE_COUNT` — −1 is no longer full marks;
    * a row counted in whole things (:func:`~jixiao.rules.target.whole_count_row`): a number with a fraction →
      :data:`~jixiao.rules.target.COUNT_NOT_WHOLE` (p28);
    * a % row whose rule and name do not admit negatives (:func:`~jixiao.rules.target.percent_row`, not
      :func:`~jixiao.rules.target.signed_percent_row`): a negative number →
      :data:`~jixiao.rules.target.NEGATIVE_PERCENT` (p28) — a rule of text levels with % bands beside them too
      (p30: the check wraps the level check);
    * a rule row in money or time whose rule and name do not admit negatives
      (:func:`~jixiao.rules.target.amount_row_text`): a negative number → its reason (p37: "-3天" under
      ``<=30: W; *: 0`` was full marks); in time a number that reads as a year and a month (:func:`date_first`,
      ``row`` the helper row).

    Blank and 缺省 pass (the score formula shows "" and full marks). IF/OR/AND/LEFT/MID/TRIM/SUBSTITUTE/ISNUMBER/INT
    only: Excel 2010, WPS and LibreOffice evaluate it alike."""
    from jixiao.rules.target import (
        COUNT_NOT_WHOLE,
        COUNT_NOT_WHOLE_STEP,
        NEGATIVE_COUNT,
        TIME_UNITS,
        amount_row_text,
        count_word,
        counts_down,
        percent_row,
        scored_unit,
        signed_percent_row,
        whole_count_row,
    )

    v = value_ref
    signs = name is not None and percent_row(rule, unit) and not signed_percent_row(rule, name)
    amount = amount_row_text(rule, unit, name) if name is not None else None
    if rule.is_qualitative and rule.has_otherwise:
        formula = _level_answer_first(v, raw_ref, rule, score_formula)
        return negative_first(v, formula, text_ref) if signs else formula
    formula = score_formula
    if signs:
        formula = negative_first(v, formula, text_ref)
    if amount is not None:
        formula = negative_first(v, formula, text_ref, amount)
    if name is not None and row and scored_unit(rule, unit) in TIME_UNITS:  # "2024.6" in a 天 row (p37)
        formula = date_first(v, raw_ref, row, formula, scored_unit(rule, unit))
    if name is not None and whole_count_row(rule, unit, standard):
        said = COUNT_NOT_WHOLE if scored_unit(rule, unit) else COUNT_NOT_WHOLE_STEP
        formula = f"IF(IF(ISNUMBER({v}),INT({v})<>{v},FALSE),{_said(said, text_ref, unit=count_word(rule, unit, standard))}," \
                  f"{formula})"
    if counts_down(rule):
        formula = f"IF(IF(ISNUMBER({v}),{v},0)<0,{_said(NEGATIVE_COUNT, v)},{formula})"
    return formula


def _level_answer_first(v: str, raw_ref: str, rule: Any, score_formula: str) -> str:
    """The score formula of a rule of text levels with a 否则, or :data:`~jixiao.rules.target.LEVEL_ANSWER` for a
    value that is none of its answers (:func:`input_refusal_first`'s first case, p27)."""
    from jixiao.rules.model import Text, text_key
    from jixiao.rules.target import LEVEL_ANSWER, NOT_MET_CHARS, level_names

    names = list(dict.fromkeys(text_key(c.condition.text) for c in rule.clauses if isinstance(c.condition, Text)))
    rest = f"TRIM(MID({v},2,LEN({v})))"
    negated = "OR(" + ",".join(f"LEFT({v},1)={_q(ch)}" for ch in NOT_MET_CHARS) + ")"
    answers = [f'{v}=""', f"{v}={_q(NOT_APPLICABLE)}", *(f"{v}={_q(n)}" for n in names),
               f"AND({negated},OR({','.join(f'{rest}={_q(n)}' for n in names)}))"]
    if rule.compares_numbers:
        answers.append(f"ISNUMBER({v})")
    raw = raw_ref
    for ch in SPACE_CHARS:
        raw = f'SUBSTITUTE({raw},{_char(ch)}," ")'
    shown = f"IF(ISNUMBER({raw_ref}),{raw_ref},TRIM({raw}))"
    reason = _said(LEVEL_ANSWER, shown, names=level_names(rule))
    return f"IF(OR({','.join(answers)}),{score_formula},{reason})"
