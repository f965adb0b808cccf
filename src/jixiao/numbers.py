"""Reading numbers the way people type them in 评分表 (number parsing).

``parse_number("96.87%")`` → ``Decimal("0.9687")``; "4,306,084.38元" → 4306084.38;
"1060万元" → 10600000; full-width "４３．４９％" → 0.4349; "—" / blank → None.
Anything else raises :class:`jixiao.errors.NumberFormatError` (a ``ValueError``)
whose message quotes the text and says why, in Chinese.
"""

from __future__ import annotations

import datetime
import math
import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Any

from jixiao.errors import NumberFormatError

#: texts that mean "nothing entered"
EMPTY_MARKS = frozenset({"", "—", "——", "-", "--", "－", "/", "无数据", "N/A", "n/a"})
#: text meaning "not applicable, full marks" (缺省)
NOT_APPLICABLE = "缺省"

# units people write after counts and amounts; a 万/亿 multiplier may precede them
_UNITS = (
    "人次|元|人|户|个|件|次|家|份|天|日|月|年|项|处|例|所|名|张|笔|台|套|条|篇|场|批|"
    "小时|分钟|岁|床|间|本|册|平方米|公里|米|吨|元/人|分"
)
_NUMBER_RE = re.compile(
    r"^(?P<sign>[+\-−])?"
    r"(?P<num>(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+)"
    r"\s*(?P<mult>万|亿|千)?"
    r"\s*(?P<unit>%|‰|个百分点|(?:" + _UNITS + r"))?$",
    re.ASCII,  # [0-9] digits and ASCII spaces only, as the template formulas
)
_MULT = {"万": Decimal(10000), "亿": Decimal(100000000), "千": Decimal(1000)}
_SCALE = {"%": Decimal("0.01"), "‰": Decimal("0.001"), "个百分点": Decimal("0.01")}

_HUGE = Decimal("1e15")
#: magnitudes below 10^-20 count as zero (a cached 1E-300 stays computable)
_MIN_EXPONENT = 20


#: the one text normalisation of cell values, shared with the template formulas
#: (jixiao.templates.cell_text writes the same mapping as nested SUBSTITUTEs): full-width
#: digits and ．％，＋－／（）：；！？, the minus sign U+2212, and the spaces below -> ASCII;
#: quotation marks removed; then leading/trailing " " are removed. Nothing else is changed (no full NFKC:
#: "①" or "Ａ" are not numbers in a spreadsheet formula either, so both flag them).
SPACE_CHARS = "\t\n\v\f\r\u00a0\u3000"
WIDTH_MAP: dict[str, str] = {chr(0xFF10 + i): str(i) for i in range(10)}
WIDTH_MAP.update({"．": ".", "％": "%", "，": ",", "＋": "+", "－": "-", "／": "/", "\u2212": "-"})
#: full-width brackets and punctuation inside a text answer: "有科室（含兼职）" typed or pasted from the
#: printed table matches the level "有科室(含兼职)" in the engine and in the template formula alike
WIDTH_MAP.update({"（": "(", "）": ")", "：": ":", "；": ";", "！": "!", "？": "?"})
#: quotation marks are never part of a value (nor of a level's name): removed, as the formulas do
QUOTE_CHARS = "“”\"‘’「」『』"
_TRANSLATE = str.maketrans({**WIDTH_MAP, **{ch: " " for ch in SPACE_CHARS}, **dict.fromkeys(QUOTE_CHARS)})
#: units and number suffixes the reader accepts after a number (also used by the formulas)
UNITS = tuple(_UNITS.split("|"))
#: power of ten each percent-like suffix applies
SUFFIX_EXPONENT = {"%": -2, "‰": -3, "个百分点": -2}
#: power of ten of each multiplier
MULT_EXPONENT = {"千": 3, "万": 4, "亿": 8}


_FORMAT_LITERALS_RE = re.compile(r'"[^"]*"|\\.')


def shows_percent(number_format: Any) -> bool:
    """True when an Excel number format shows the value as a percentage (×100): a "%" outside quoted text and not
    escaped — ``0"%"`` and ``0\\%`` print a literal % after the number as stored (95 shows "95%", 0.95 "0.95%"), so
    the cell holds what it shows before the sign (p35: the reader, collect and validate decide from this).

    >>> shows_percent("0.00%"), shows_percent('0"%"'), shows_percent("0\\%"), shows_percent(None)
    (True, False, False, False)
    """
    return bool(number_format) and "%" in _FORMAT_LITERALS_RE.sub("", str(number_format))


def percent_shown(value: Any, number_format: Any) -> str | None:
    """The text a number shows in a cell whose format prints a "%" (p36): under a percentage format
    (:func:`shows_percent`) the number × 100 and "%" — what typing "95%" stores (0.95); under a literal "%"
    (``0"%"``) the number as stored and "%" — 95 shows "95%", 0.95 "0.95%". ``None`` for text, a logical value and
    a format without a "%". A row that reads the typed text "95%" reads the formatted number by this text.

    >>> percent_shown(0.95, "0%"), percent_shown(95, '0"%"'), percent_shown(0.95, "General"), percent_shown("95%", "0%")
    ('95%', '95%', None, None)
    >>> percent_shown(25, '0;-0;0;@"%"'), percent_shown(-0.05, "0%;[Red]-0%")
    (None, '-5%')
    """
    if "%" not in str(number_format or "") or (number := _finite_number(value)) is None:
        return None
    section = number_section(str(number_format), number)  # p39: a "%" only in the text section shows on no number
    if "%" not in section:
        return None
    shown = number * 100 if shows_percent(section) else number
    return f"{format(shown.normalize(), 'f')}%"


#: a format section's date or time codes outside quotes and brackets (a date is read as a datetime, not here)
_DATE_CODES_RE = re.compile(r"[yYdDhHsS]|[mM](?![^\[]*\])")
_LAST_PLACEHOLDER_RE = re.compile(r"[0#?](?=[^0#?]*$)|General(?=(?:(?!General).)*$)", re.I)


def unit_shown(value: Any, number_format: Any) -> str | None:
    """The text a number shows in a cell whose format prints a literal word after it (p39): ``#,##0"元"`` — 150 shows
    "150元", ``0"天"`` 25 "25天", ``0.00"万元"``, ``0\\户`` — the number as stored and the words quoted or escaped after
    its last digit placeholder in the format's first section; ``None`` for text, a logical value, a format without
    such a word, a % format (:func:`percent_shown` reads those) and a date or time format. A row reads the number as
    this typed text (a unit the row has not is refused, as typed).

    >>> unit_shown(150, '#,##0"元"'), unit_shown(25, '0"天"'), unit_shown(150, "0.00"), unit_shown(0.5, '0"%"')
    ('150元', '25天', None, None)
    >>> unit_shown(25, 'yyyy"年"m"月"'), unit_shown(3, 'General"户"'), unit_shown("3", '0"户"'), unit_shown(7, '"共"0')
    (None, '3户', None, None)
    """
    if not number_format or (number := _finite_number(value)) is None:
        return None
    first = number_section(str(number_format), number)
    bare = _FORMAT_LITERALS_RE.sub("", first)
    if "%" in first or _DATE_CODES_RE.search(re.sub(r"\[[^\]]*\]", "", bare)):
        return None
    last = _LAST_PLACEHOLDER_RE.search(first)
    if last is None:
        return None
    words = "".join(m.group(0).strip('"').lstrip("\\") for m in _FORMAT_LITERALS_RE.finditer(first[last.end():]))
    words = normalise_text(words)
    return f"{format(number.normalize(), 'f')}{words}" if words else None


def prints_words(number_format: Any) -> bool:
    """True when a number format prints a "%" or a word after the number (:func:`percent_shown`,
    :func:`unit_shown`): the formats that change how a number is read, which the loader reads (``io.load``).

    >>> prints_words("0%"), prints_words('#,##0"元"'), prints_words("0.00"), prints_words('yyyy"年"')
    (True, True, False, False)
    """
    return "%" in str(number_format or "") or unit_shown(1, number_format) is not None


def _finite_number(value: Any) -> Decimal | None:
    """A number cell's value as a finite ``Decimal``; ``None`` for text, a logical value, NaN and infinities."""
    if isinstance(value, bool) or not isinstance(value, int | float | Decimal):
        return None
    try:
        number = Decimal(str(value))
    except ArithmeticError:
        return None
    return number if number.is_finite() else None


def number_section(number_format: str, number: Decimal) -> str:
    """The section of a number format that shows ``number``: the first; the second for a negative, the third for
    zero where the format has them (the fourth is for text, never a number's).

    >>> number_section('0%;[Red]-0%', Decimal(-1)), number_section('0;-0;"无";@"%"', Decimal(0))
    ('[Red]-0%', '"无"')
    """
    sections = _sections(number_format)
    if number < 0 and len(sections) > 1:
        return sections[1]
    if number == 0 and len(sections) > 2:
        return sections[2]
    return sections[0]


def _sections(number_format: str) -> list[str]:
    """A number format's sections (split on ";" outside quotes)."""
    out, cur, quoted = [], "", False
    for ch in number_format:
        if ch == '"':
            quoted = not quoted
        if ch == ";" and not quoted:
            out.append(cur)
            cur = ""
        else:
            cur += ch
    return [*out, cur]


def normalise_text(text: str) -> str:
    """The normalised form of a cell's text (see ``_TRANSLATE``), trimmed of spaces."""
    return text.translate(_TRANSLATE).strip(" ")


def trimmed_text(text: str) -> str:
    """A typed text as a reason quotes it and the sheet shows it after Excel's TRIM: :func:`normalise_text`, runs of
    spaces one.

    >>> trimmed_text("  ４   %  ")
    '4 %'
    """
    return " ".join(part for part in normalise_text(text).split(" ") if part)


def _normalise(text: str) -> str:
    return normalise_text(text)


def parse_number(value: Any) -> Decimal | None:
    """Read a number as people type it; return a ``Decimal`` or ``None`` when empty.

    Args:
        value: a number (int, float, Decimal) or text such as "96.87%", "1060万元",
            "４３．４９％", "—".

    Returns:
        The exact value as ``Decimal`` (percentages as fractions), or ``None`` for
        blank, "—" and similar "nothing entered" marks.

    Raises:
        NumberFormatError: (a ``ValueError``) the text is not a number; the message
            quotes it and says why.

    >>> parse_number("96.87%")
    Decimal('0.9687')
    >>> parse_number("1060万元")
    Decimal('10600000')
    """
    if value is None:
        return None
    if isinstance(value, bool):
        msg = f"“{'TRUE' if value else 'FALSE'}”是逻辑值，不是数字"
        raise NumberFormatError(msg, f"{value!r} is a boolean, not a number")
    if isinstance(value, Decimal):
        if not value.is_finite():
            msg = f"“{value}”不是有限数字"
            raise NumberFormatError(msg, f"{value!r} is not finite")
        return _bounded(value, value)
    if isinstance(value, int):
        if value.bit_length() > 64:  # before Decimal(): a 10^4000 int is slow to convert
            raise _too_large(value)
        return _bounded(Decimal(value), value)
    if isinstance(value, float):
        if math.isnan(value) or math.isinf(value):
            msg = f"“{value}”不是有限数字"
            raise NumberFormatError(msg, f"{value!r} is not finite")
        # repr gives the shortest text that round-trips: 0.94 -> "0.94", not 0.9399999...
        return _bounded(Decimal(repr(value)), value)
    if isinstance(value, datetime.date | datetime.time | datetime.timedelta):  # a cell formatted as a date
        msg = f"“{value}”是日期或时间，不是数字；单元格可能被设成了日期格式"
        raise NumberFormatError(msg, f"{value} is a date or time, not a number")
    if not isinstance(value, str):
        msg = f"“{value!r}”的类型 {type(value).__name__} 无法当作数字"
        raise NumberFormatError(msg, f"cannot read a {type(value).__name__} as a number")
    text = _normalise(value)
    if text in EMPTY_MARKS:
        return None
    if text == NOT_APPLICABLE:
        msg = f"“{value}”表示缺省（不涉及），不是数字；计分时按满分处理"
        raise NumberFormatError(msg, f"{value!r} means not applicable, not a number")
    m = _NUMBER_RE.match(text)
    if m is None:
        raise NumberFormatError(_why(value, text), f"{value!r} is not a number")
    try:
        num = Decimal(m.group("num").replace(",", ""))
    except InvalidOperation:  # pragma: no cover - regex guarantees digits
        raise NumberFormatError(_why(value, text), f"{value!r} is not a number") from None
    if m.group("sign") in ("-", "−"):
        num = -num
    if m.group("mult"):
        num *= _MULT[m.group("mult")]
    unit = m.group("unit")
    if unit in _SCALE:
        num *= _SCALE[unit]
    if abs(num) > _HUGE:
        raise _too_large(value)
    if num == num.to_integral_value():
        return num.quantize(Decimal(1))
    return _bounded(num, value)


def unit_multiplier(unit: str | None) -> tuple[int, str]:
    """The power of ten a printed unit's leading 千/万/亿 stands for, and the unit without it.

    >>> unit_multiplier("万元"), unit_multiplier("亿元"), unit_multiplier("个"), unit_multiplier("千克")
    ((4, '元'), (8, '元'), (0, '个'), (0, '千克'))
    """
    u = normalise_text(unit or "")
    if u[:1] in MULT_EXPONENT and (u[1:] == "" or u[1:] in UNITS):
        return MULT_EXPONENT[u[0]], u[1:]
    return 0, u


def number_in_unit(text: str, unit: str | None) -> Decimal | None:
    """A number typed as text *with its own unit*, expressed in ``unit`` (a row's 度量单位 or the unit of its
    指标值, when that unit carries 千/万/亿). ``parse_number`` reads "95万元" as 950000 (元); beside a 指标值 of
    "≤90万元" (90, in 万元) it is 95. ``None`` when there is nothing to convert: ``unit`` has no multiplier, the
    text names neither a multiplier nor the same base unit (a bare "95" is already in ``unit``), or its unit is
    of another kind ("95万人" beside 万元), or it is not a number.

    >>> number_in_unit("95万元", "万元"), number_in_unit("950000元", "万元"), number_in_unit("0.95亿元", "万元")
    (Decimal('95'), Decimal('95'), Decimal('9500'))
    >>> number_in_unit("95", "万元") is None, number_in_unit("95万人", "万元") is None
    (True, True)
    """
    exp, base = unit_multiplier(unit)
    parts = typed_unit(text)
    if exp == 0 or parts is None:
        return None
    mult, typed = parts
    if typed not in ("", base) or not (mult or typed):
        return None
    num = parse_number(text)
    return None if num is None else num / (Decimal(10) ** exp)


def typed_unit(text: Any) -> tuple[str, str] | None:
    """The multiplier and unit a number typed as text carries ("95万元" → ("万", "元"), "96%" → ("", "%"),
    "52" → ("", "")); ``None`` when ``text`` is not text the reader takes as a number.

    >>> typed_unit("95万元"), typed_unit("2.5天"), typed_unit("约95%") is None
    (('万', '元'), ('', '天'), True)
    """
    m = _NUMBER_RE.match(normalise_text(text)) if isinstance(text, str) else None
    return None if m is None else (m.group("mult") or "", m.group("unit") or "")


def _too_large(original: Any) -> NumberFormatError:
    shown = original if not isinstance(original, str | int) or len(str(original)) <= 40 else (
        f"{str(original)[:20]}…（共 {len(str(original))} 位）")
    msg = f"“{shown}”数值过大（超过 10^15），请检查是否多输了位数"
    return NumberFormatError(msg, "implausibly large number")


def _bounded(num: Decimal, original: Any) -> Decimal:
    """``num`` when it is within ±10^15 with at most 28 significant digits after rounding.

    Every number jixiao computes with stays inside the default Decimal context
    (28 digits), so quantize/round never raise ``InvalidOperation``.
    """
    if abs(num) > _HUGE:
        raise _too_large(original)
    if num and num.adjusted() < -_MIN_EXPONENT:
        return Decimal(0)  # below 10^-20: zero for every scoring purpose
    if len(num.as_tuple().digits) > 28:
        num = +num  # round to the context's 28 significant digits
    return num


#: what Excel, WPS and LibreOffice show for a formula that failed (#DIV/0!, #N/A, #REF!, #VALUE!, #NAME?, …)
EXCEL_ERROR_RE = re.compile(r"^#(?:DIV/0!|N/A|REF!|VALUE!|NAME\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA)$", re.I)


#: a number written with 十万/百万/千万 ("1.5百万元", "3千万"): refused (no unit of the product converts them — p36), the
#: reason says it in 万 (p40)
_COMPOUND_WAN = {"十": Decimal(10), "百": Decimal(100), "千": Decimal(1000)}
_COMPOUND_WAN_RE = re.compile(r"^([-+]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)([十百千])万(\D*)$")


#: a plain number + 百万/千万 (+元), p44: "1.5百万元" is 1 500 000 元 — converted only in a row whose unit is 元/万元/亿元
#: (``rules.target.in_row_unit``; the sheet's helper column L the same: ``templates.cell_text.row_unit_formulas``);
#: everywhere else refused with p40's hint. No sign, no thousands separators, no space, no 余/数: refused as before
MILLION_EXPONENT = {"百万": 6, "千万": 7}
_MILLION_RE = re.compile(r"^(\d+(?:\.\d+)?)(百万|千万)(元?)$", re.ASCII)


def million_yuan(text: Any) -> Decimal | None:
    """The 元 a plain number + 百万/千万 (+元) typed as text stands for ("1.5百万元" → 1500000, "0.2千万" → 2000000);
    ``None`` for anything else, and beyond 10^15 元 (refused as too large, as the sheet).

    >>> million_yuan("1.5百万元"), million_yuan("０.２千万"), million_yuan("数百万元"), million_yuan("-1百万元")
    (Decimal('1.5E+6'), Decimal('2E+6'), None, None)
    """
    m = _MILLION_RE.match(normalise_text(text)) if isinstance(text, str) else None
    if m is None:
        return None
    num = Decimal(m.group(1)).scaleb(MILLION_EXPONENT[m.group(2)])
    return None if num > _HUGE else num


def _why(original: str, text: str) -> str:
    """A Chinese explanation of why ``text`` is not a number."""
    if EXCEL_ERROR_RE.match(original.strip()):
        return f"“{original.strip()}”是公式的错误值（公式出错或引用失效），不是数字"
    if any(w in text for w in ("约", "近", "余", "多", "左右", "以上", "以下", "超过")):
        return f"“{original}”是约数或范围（含“约/余/以上”等字样），请填写确切数字"
    if any(ch in text for ch in "≥≤<>～~") or re.search(r"\d%?\s*[-~～]\s*\d", text):
        return f"“{original}”是条件或区间，不是一个数字"
    if not re.search(r"\d", text):
        return f"“{original}”不含数字"
    if text.count(".") > 1:
        return f"“{original}”含有多个小数点"
    if (m := _COMPOUND_WAN_RE.match(text.replace(" ", ""))) is not None:  # "1.5百万元" (p40): said, never converted
        wan = fmt_decimal(Decimal(m.group(1).replace(",", "")) * _COMPOUND_WAN[m.group(2)])
        return f"“{original}”无法识别为数字：“{m.group(2)}万”的写法不换算，请换算后填写，如“{wan}万{m.group(3)}”"
    return f"“{original}”无法识别为数字（只接受如 96.87%、1,060万元、46万人 的写法）"


def require_number(value: Any, label_zh: str, label_en: str) -> Decimal:
    """``parse_number`` for a field that must hold a number: blanks and text are errors.

    Raises:
        ScoringError: names the field (e.g. “分值未填写”, “业绩值无法识别：…”).
    """
    from jixiao.errors import ScoringError

    try:
        d = parse_number(value)
    except ValueError as e:
        msg = f"{label_zh}无法识别：{getattr(e, 'message_zh', e)}"
        raise ScoringError(msg, f"{label_en} {value!r} is not a number") from None
    if d is None:
        msg = f"{label_zh}未填写"
        raise ScoringError(msg, f"{label_en} is blank")
    return d


def is_not_applicable(value: Any) -> bool:
    """True when the value is the text 缺省 (not applicable → full marks)."""
    return isinstance(value, str) and _normalise(value) == NOT_APPLICABLE


def round_half_up(value: Decimal, places: int = 2) -> Decimal:
    """Round like Excel's ROUND (half away from zero)."""
    q = Decimal(1).scaleb(-places)
    return value.quantize(q, rounding=ROUND_HALF_UP)


def fmt_decimal(d: Decimal) -> str:
    """Plain decimal text without exponent or trailing zeros: 0.950 -> "0.95", 1E+1 -> "10"."""
    try:
        if d == d.to_integral_value():
            return str(d.quantize(Decimal(1)))
        return format(d.normalize(), "f")
    except InvalidOperation:  # beyond the context precision (a typo such as 1e26): show as is
        return str(d)
