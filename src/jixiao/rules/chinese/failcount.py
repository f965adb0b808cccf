"""Recogniser: a standard stated with its numbers, then a deduction per time it is not met —
"污泥含水率不高于60%，得5分，未达标每次扣0.5分，扣完为止" (fresh5 Q10, 污水处理 PPP 绩效考核),
"…均应达到…6倍以上(且均不低于8万元)。凡未达到原则或不贯彻的，查实一例，扣1分" (fresh5 Q11).
The value is the number of failures; the standard's numbers (60%, 132mg/L, 8万元) only define a
failure: ``*: W - N per 1``. Strict, else ``None`` (the general reader decides):

* exactly one deduction, per time (每次 / 1次不合格 / 查实1例 / 每发现1次), with a failure word
  (未达标 / 不达标 / 不合格 / 未达到 / 不贯彻) in it or in the clause before it;
* the 分值 stated once or more ("得5分", "满分10分", "1、最高支付限额4分"), each equal to the row's 分值;
* no other points, deduction, 每 or score word anywhere (a second outcome is another shape), except
  a money cut without points ("同时并扣罚…服务费").

>>> from decimal import Decimal
>>> str(read_failure_count("4.污泥含水率不高于60%,得5分,未达标每次扣0.5分。", Decimal(5)))
'*: W - 0.5 per 1'
>>> read_failure_count("4.污泥含水率不高于60%,得5分,未达标每次扣0.5分。", Decimal(6)) is None
True
>>> str(read_failure_count("1次不合格扣2分,满分30分。同时并扣罚未达标天数的污水处理服务费", Decimal(30)))
'*: W - 2 per 1'
>>> read_failure_count("1次不合格扣2分,满分30分。同时扣罚2分", Decimal(30)) is None  # points, not money
True
>>> read_failure_count("含水率不高于60%,得5分,每次扣0.5分。", Decimal(5)) is None  # failing what?
True
>>> read_failure_count("含水率不高于60%得3分,未达标每次扣0.5分。", Decimal(5)) is None
True
"""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.rules.chinese._base import NUM, dec
from jixiao.rules.grammar import parse_rule
from jixiao.rules.model import Rule, fmt_decimal

_DEDUCT_RE = re.compile(
    rf"^(?:未达标|不达标)?(?:每次|1次不合格|每发现1次|发现1次|查实1例|每查实1例)(?:的)?扣(?P<n>{NUM})分$")
_FAIL_WORDS = re.compile(r"未达标|不达标|不合格|未达到|不贯彻")
_FULL_RES = (
    re.compile(rf"^(?:\d{{1,2}}[、.])?[^，,。；;\d%<>≥≤扣每]{{0,20}}?(?:得)?(?P<w>{NUM})分$"),
    re.compile(rf"^满分(?P<w>{NUM})分(?:\([^()]{{0,30}}\))?$"),
    re.compile(rf"^达到[^，,。；;\d]{{0,10}}要求(?:的)?得(?P<w>{NUM})分$"),
)
_SCORE_WORDS = re.compile(r"\d\s*分|得分|满分|不得分|扣|每|加分")
#: a money cut beside the points, no points in it: "同时并扣罚未达标天数的污水处理服务(费)" (fresh5 Q10-1)
_MONEY_RE = re.compile(r"^(?:同时)?(?:并)?扣罚[^\d分]{0,30}?(?:服务费?|费用|资金|款项?)$")


def read_failure_count(norm: str, weight: Decimal | None) -> Rule | None:
    """``*: W - N per 1`` for a standard then a per-failure deduction, or ``None``."""
    if weight is None:
        return None
    pieces = [p.strip() for p in re.split(r"[。；;，,\n]+", norm) if p.strip()]
    deductions = [i for i, p in enumerate(pieces) if _DEDUCT_RE.match(p)]
    if len(deductions) != 1:
        return None
    d = deductions[0]
    if not (_FAIL_WORDS.search(pieces[d]) or (d > 0 and _FAIL_WORDS.search(pieces[d - 1]))):
        return None
    full = 0
    for i, p in enumerate(pieces):
        if i == d:
            continue
        m = next((m for r in _FULL_RES if (m := r.match(p)) is not None), None)
        if m is not None:
            if dec(m["w"]) != weight:
                return None
            full += 1
        elif _SCORE_WORDS.search(p) and not _MONEY_RE.match(p):
            return None
    if not full:
        return None
    n = dec(_DEDUCT_RE.match(pieces[d])["n"])  # type: ignore[index]
    if n <= 0 or n > weight:
        return None
    return parse_rule(f"*: W - {fmt_decimal(n)} per 1")
