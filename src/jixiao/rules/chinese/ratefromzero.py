"""Recogniser: a rate counted from 0 with no threshold — "超审限案件每一个百分点扣0.4分" (fresh65 BZ1-1), "每有一个百分点扣2分
(以二审改判案件为标准,1个发回重审案件折合0.6个改判案件,…)" (fresh65 BZ2-1). No direction word (每低 / 每降 / 每超 …) and no
threshold is printed: every percentage point of the rate the row names costs N, from the 分值 at 0 % (``*: W - N per 1%``,
the value is the rate itself; floor 0). The thing counted must be a failing (超审限, 改判发回 …), never a rate whose full
value is 100 % (完成率, 合格率 … — :data:`ratestart.FULL_RATES`: "完成率每个百分点扣1分" says nothing readable). A bracket
after it may only say how the rate is counted (折合 / 为标准), with no score.

>>> str(read_rate_from_zero("超审限案件每1个百分点扣0.4分。", Decimal(4))[0])
'*: W - 0.4 per 1%'
>>> str(read_rate_from_zero("每有1个百分点扣2分(以二审改判案件为标准,1个发回重审案件折合0.6个改判案件)。", Decimal(5))[0])
'*: W - 2 per 1%'
>>> read_rate_from_zero("超审限案件每低1个百分点扣0.4分。", Decimal(4)) is None  # a direction word: from a standard
True
>>> read_rate_from_zero("超审限案件超过2%的,每1个百分点扣0.4分。", Decimal(4)) is None  # a threshold is printed
True
>>> read_rate_from_zero("结案完成率每1个百分点扣0.4分。", Decimal(4)) is None  # a rate whose full value is 100 %
True
"""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.rules.chinese._base import CONTINUOUS_PP_NOTE, NUM, described
from jixiao.rules.chinese.ratestart import FULL_RATES
from jixiao.rules.grammar import parse_rule
from jixiao.rules.model import Rule

#: "<what>每(有)1个百分点扣N分[,扣完为止](<how the rate is counted>)": nothing else in the text
_FROM_ZERO_RE = re.compile(
    rf"^(?P<what>[^\d%，,。；;:：()≥≤<>]{{0,40}}?)每(?:有)?(?:1|一)个百分点扣(?P<p>{NUM})分"
    r"(?:[,，]?(?:扣完为止|扣完即止|扣到0分为止))?(?:\((?P<how>[^()]{2,80})\))?[。；;]?$")

#: a bracket that says how the rate is counted: "以二审改判案件为标准,1个发回重审案件折合0.6个改判案件"
_HOW_COUNTED_RE = re.compile(r"折合|为标准|为准|计算|计入")
_HOW_NOT_RE = re.compile(r"分|扣|得|加|减|%|以上|以下|超过|低于|不足|否则")

#: what the text counts must not be a good thing (合格 / 完成 …), unless named as its failing (不合格 / 未完成)
_GOOD_RE = re.compile(rf"(?<![不未没无超违])(?:{'|'.join(FULL_RATES)})|满意|好|优|增长|提高")


def read_rate_from_zero(norm: str, weight: Decimal | None) -> tuple[Rule, list[str]] | None:
    """``*: W - N per 1%`` for a rate counted from 0 with no threshold or direction, and its notes; or ``None``."""
    m = _FROM_ZERO_RE.match(norm)
    if m is None or weight is None or weight <= 0 or _GOOD_RE.search(m["what"]):
        return None
    notes = []
    if m["how"] is not None:
        if not _HOW_COUNTED_RE.search(m["how"]) or _HOW_NOT_RE.search(m["how"]):
            return None
        notes.append(described(m["how"], "比率的计算口径"))
    what = m["what"] if m["what"].endswith("率") else f"{m['what']}的比率" if m["what"] else "本行所考核的比率"
    said = [f"业绩值为{what}（百分数，从0%起算）：每1个百分点扣{m['p']}分，0%得满分，扣完为止", CONTINUOUS_PP_NOTE]
    return parse_rule(f"*: W - {m['p']} per 1%"), said + notes


def rate_from_zero_notes(rule: Rule, weight: Decimal | None) -> list[str]:
    """What :func:`read_rate_from_zero` read (said with the text's own words in its notes)."""
    return ["业绩值填比率本身：没有写起算阈值或“每低/每超”，按从0%起算，每个百分点扣分"]
