"""Recogniser: a fixed number of points for each completed item — "每项措施各1.5分,完成计满分,没有完成计0分"
(N4, 2005-2007年 环境保护目标考核 计分办法). The value is the number of items completed; with the
row's 分值 W the number of items is W ÷ N (it must come out whole), and the score is N per item:
``>=n: W; <n: W - N per 1`` (each item short of n costs N; 0 items → 0). Without W the number of
items is unknown → ``None`` (refused by the caller's other recognisers).

>>> from decimal import Decimal
>>> str(read_per_item("每项措施各1.5分,完成计满分,没有完成计0分", Decimal(6)))
'>=4: W; <4: W - 1.5 per 1'
>>> read_per_item("每项措施各1.5分,完成计满分,没有完成计0分", Decimal(5)) is None  # 5 ÷ 1.5 not whole
True
>>> read_per_item("每项措施各1.5分,完成计满分,没有完成计0分", None) is None
True
"""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.rules.chinese._base import NUM, _dec
from jixiao.rules.grammar import parse_rule
from jixiao.rules.model import Rule, fmt_decimal

_PER_ITEM_RE = re.compile(
    rf"^每项(?P<what>措施|任务|工作|内容|指标)?各(?P<p>{NUM})分[,，;；]"
    r"(?:完成(?:的)?(?:计|得)满分|完成(?:的)?(?:计|得)该项分数?)[,，;；]"
    r"(?:没有|未)完成(?:的)?(?:计0分|得0分|不得分|不计分)[。；;]?$")


def read_per_item(norm: str, weight: Decimal | None) -> Rule | None:
    """``>=n: W; <n: W - N per 1`` for "每项…各N分,完成计满分,没有完成计0分", or ``None``."""
    m = _PER_ITEM_RE.match(norm)
    if m is None or weight is None:
        return None
    each = _dec(m["p"])
    if each <= 0:
        return None
    n = weight / each
    if n != n.to_integral_value() or n < 1:
        return None
    return parse_rule(f">={fmt_decimal(n)}: W; <{fmt_decimal(n)}: W - {fmt_decimal(each)} per 1")
