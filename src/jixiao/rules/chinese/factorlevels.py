"""Recogniser: worded levels whose points are a factor P of the 分值 — "已明确,本年度就网络安全工作作出批示或主持召开专题会议,
P = 1 ;已明确,本年度未就…,P = 0.5 ;尚未明确,P = 0。" (fresh71 CF2-1; the table's header says 得分 = 权重 V × P). Each
level scores P × 分值, named as printed; P must lie in [0, 1] and the levels fall from P = 1 (the 分值) as every other
worded scale (levels.falling_levels: names differ, no number tells them apart, …) — else ``None`` (r61).

>>> from decimal import Decimal
>>> str(read_factor_levels("制度健全,P = 1 ;制度基本健全,P = 0.5 ;无制度,P = 0。", Decimal(4)))
'"制度健全": W; "制度基本健全": 2; "无制度": 0'
>>> read_factor_levels("制度健全,P = 1.2 ;无制度,P = 0。", Decimal(4)) is None  # a factor above 1: above the 分值
True
>>> read_factor_levels("制度健全,P = 1 ;无制度,P = 0。", None) is None  # no 分值: no points
True
>>> read_factor_levels("存在重大问题,P = 1 ;存在一般问题,P = 0.5 ;无问题,P = 0。", Decimal(4))  # P counts problems (r65)
Traceback (most recent call last):
...
jixiao.rules.chinese._base._Unreadable: P = 1 的一档写的是存在问题（“存在重大问题”）：P 像是扣分（问题）系数，不是得分系数，得分 = 分值 × P 还是 分值 × (1 − P) 原文未写明，未作推测
"""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.rules.chinese._base import NUM, _Unreadable
from jixiao.rules.chinese.levels import falling_levels
from jixiao.rules.model import Rule

#: one level: its words, then "P = x" (spaces and a full-width ＝ allowed)
_FACTOR_LEVEL_RE = re.compile(rf"(?P<name>[^;；。]{{2,80}}?)\s*[,，]\s*P\s*[=＝]\s*(?P<p>{NUM})\s*")

#: a problem named in a level (r65): the level P = 1 may not name one it does not deny — "存在重大问题,P = 1" says P
#: weighs the problems (a deduction factor), not what is done
_PROBLEM_RE = re.compile(r"问题|隐患|违规|违纪|违法|事故|差错|失误|投诉|缺陷|漏洞|错误|不合格|不达标|不规范|不到位")
_DENIED_RE = re.compile(r"无|未|没有|不存在|杜绝|零")

#: what the reading says
FACTOR_LEVELS_NOTE = "各档的 P 是分值的系数（得分 = 分值 × P）：各档按原文措辞为等级名，得分 = P × 分值"


def read_factor_levels(text: str, weight: Decimal | None) -> Rule | None:
    """The levels rule for "描述,P = x;…" (one level a clause, x in [0, 1], falling from 1 to the last), or ``None``."""
    if weight is None or not re.search(r"P\s*[=＝]", text):
        return None
    segs = [s.strip(" ，,") for s in re.split(r"[;；。]", text) if s.strip(" ，,")]
    levels: list[tuple[str, Decimal]] = []
    for s in segs:
        m = _FACTOR_LEVEL_RE.fullmatch(s)
        if m is None:
            return None
        p = Decimal(m["p"])
        if not 0 <= p <= 1:
            return None
        levels.append((m["name"].strip(" ，,").replace('"', ""), p * weight))
    top = max(levels, key=lambda lv: lv[1])[0]
    if _PROBLEM_RE.search(top) and not _DENIED_RE.search(top.replace("不合格", "").replace("不达标", "")
                                                         .replace("不规范", "").replace("不到位", "")):
        raise _Unreadable(top, f"P = 1 的一档写的是存在问题（“{top}”）：P 像是扣分（问题）系数，不是得分系数，"
                               "得分 = 分值 × P 还是 分值 × (1 − P) 原文未写明，未作推测")
    if re.match(r"(?:尚未|未|没有|没|无|不)(?!发生|出现|存在|发现)", top) and not _PROBLEM_RE.search(top):
        # "未整改,P = 1 ;部分整改,P = 0.5 ;全部整改,P = 0" (r69: read 未整改 → the 分值): the full factor for what is not
        # done — P weighs the failing
        raise _Unreadable(top, f"P = 1 的一档写的是没有做到（“{top}”）：P 像是扣分系数，不是得分系数，"
                               "得分 = 分值 × P 还是 分值 × (1 − P) 原文未写明，未作推测")
    # (listed from P = 0 up — "无制度,P = 0 ;…;制度健全,P = 1" — the same levels: the order of the clauses is no score, r65)
    return falling_levels(sorted(levels, key=lambda lv: lv[1], reverse=True), weight)
