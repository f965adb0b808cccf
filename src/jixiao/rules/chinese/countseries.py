"""Recogniser: a free allowance of times, then the deduction at the next two counts and "以此类推" — "迟到:①迟到两次内不扣分;
②迟到三次扣20分;③迟到四次扣30分,以此类推" (fresh78 CL6-1, r73, a company's 考勤 on 出勤 100 分). The value is the number
of times; up to the allowance nothing is deducted, at the first count past it the first amount, and each further time
adds the difference of the two printed amounts (以此类推 continues the series the two printed counts begin):
``<=2: W; =3: 80; =4: 70; >=5: 60 - 10 per 1`` on 100 (3 → 80, 4 → 70, 5 → 60 … 0 from 11; the printed counts are
levels of their own, so each printed amount is in the rule).

"迟到三次扣20分" names the count reached (being late three times costs 20 in all), not the third time's own price ("第三次扣
20分" — is it added to the earlier ones? — is no such total: not read here). The counts must follow one another (allowance
n, then n + 1, then n + 2), the amounts rise, and one thing is counted throughout (the same word, or none, before each).

>>> from decimal import Decimal
>>> str(read_count_series("迟到:①迟到2次内不扣分;②迟到3次扣20分;③迟到4次扣30分,以此类推。", Decimal(100)))
'<=2: W; =3: 80; =4: 70; >=5: 60 - 10 per 1'
>>> str(read_count_series("早退1次以内不扣分,2次扣2分,3次扣5分,依此类推", Decimal(20)))
'<=1: W; =2: 18; =3: 15; >=4: 12 - 3 per 1'
>>> read_count_series("迟到2次内不扣分;迟到4次扣20分;迟到5次扣30分,以此类推", Decimal(100)) is None  # 3 not printed
True
>>> read_count_series("迟到2次内不扣分;第3次扣20分;第4次扣30分,以此类推", Decimal(100)) is None  # each time's own price
True
>>> read_count_series("迟到2次内不扣分;迟到3次扣20分;早退4次扣30分,以此类推", Decimal(100)) is None  # two things counted
True
"""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.rules.chinese._base import _CIRCLED, NUM, dec
from jixiao.rules.grammar import parse_rule
from jixiao.rules.model import Rule, fmt_decimal

_SEP = r"[,，;；。]\s*"
_ITEM = rf"(?:[{_CIRCLED}]|\d[.、])?\s*"
_SERIES_RE = re.compile(
    rf"^(?:(?P<head>[\u4e00-\u9fff]{{1,8}})[:：]\s*)?{_ITEM}(?P<w0>[\u4e00-\u9fff]{{0,6}}?)(?P<n0>\d{{1,2}})次(?:以内|之内|内)(?:的)?"
    rf"[,，]?(?:不扣分|得满分){_SEP}"  # (r85: normalise writes "N次以内不扣分" as 得满分)
    rf"{_ITEM}(?P<w1>[\u4e00-\u9fff]{{0,6}}?)(?P<n1>\d{{1,2}})次(?:的)?[,，]?扣(?:除)?(?P<a>{NUM})分{_SEP}"
    rf"{_ITEM}(?P<w2>[\u4e00-\u9fff]{{0,6}}?)(?P<n2>\d{{1,2}})次(?:的)?[,，]?扣(?:除)?(?P<b>{NUM})分[,，;；]?\s*"
    rf"(?:以此|依此|依次)类推[。；;]?$")


def read_count_series(norm: str, weight: Decimal | None) -> Rule | None:
    """``<=n: W; =n+1: W - a; =n+2: W - b; >=n+3: W - b - (b - a) per 1``, or ``None`` (not this shape)."""
    m = _SERIES_RE.match(norm.strip())
    if m is None or weight is None:
        return None
    words = {m["w0"], m["w1"] or m["w0"], m["w2"] or m["w0"]}
    if len(words) != 1 or any(w.startswith("第") for w in words):
        return None
    if m["head"] is not None and m["w0"] and m["head"] != m["w0"]:
        return None  # a heading naming another thing than the one counted
    n0, n1, n2 = int(m["n0"]), int(m["n1"]), int(m["n2"])
    a, b = dec(m["a"]), dec(m["b"])
    if not (n1 == n0 + 1 and n2 == n1 + 1 and Decimal(0) < a < b <= weight):
        return None
    return parse_rule(f"<={n0}: W; ={n1}: {fmt_decimal(weight - a)}; ={n2}: {fmt_decimal(weight - b)}; "
                      f">={n2 + 1}: {fmt_decimal(max(weight - b - (b - a), Decimal(0)))} - {fmt_decimal(b - a)} per 1")


def count_series_notes(rule: Rule, weight: Decimal | None) -> list[str]:
    """What :func:`read_count_series` read (the printed amounts named: the points guard finds them)."""
    m = re.search(r"<=(?P<n0>\d+): W; =(?P<n1>\d+): (?P<p1>\S+); =(?P<n2>\d+): (?P<p2>\S+); >=\d+: \S+ - (?P<d>\S+) per 1",
                  str(rule))
    assert m is not None and weight is not None
    return [f"业绩值为次数：{m['n0']}次以内不扣分，得满分",
            f"扣分情形：{m['n1']}次扣{fmt_decimal(weight - dec(m['p1']))}分，{m['n2']}次扣"
            f"{fmt_decimal(weight - dec(m['p2']))}分；“以此类推”：此后每多1次再扣{m['d']}分（两档之差），扣到0分为止"]
