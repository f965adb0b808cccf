"""Recogniser: a task done or not, with the task named in the sentence (r54, issue 11).

"此项指标完成目的任务得基本分,完不成目的不得分" (fresh67 CB12-1): the row's task is done (the 基本分 — in these tables the
row's 分值 — or 满分) or not (0). The task is the row's own ("目的任务" / "目标任务" / "年度任务" / "任务"), no number
is compared with a target, so the two levels are the words "完成" and the negation as printed ("完不成" / "未完成" /
"没有完成"). The "目的" after the negation is the task ("完不成目的" = the aim not reached), never a name ending in "目".

>>> from decimal import Decimal
>>> str(read_task_done("此项指标完成目的任务得基本分,完不成目的不得分。", Decimal(8)))
'"完成": W; "完不成": 0'
>>> str(read_task_done("完成年度任务的,得满分;未完成年度任务的,不得分", Decimal(3)))
'"完成": W; "未完成": 0'
>>> str(read_task_done("协助完成当年度下达的危房改造任务。没有年度任务的按缺项考核计分,没有完成年度任务的不得分。", Decimal(3)))
'"完成": W; "没有完成": 0'
>>> read_task_done("完成当年度下达的危房改造任务。没有完成年度任务的扣1分", Decimal(3)) is None  # 1 of 3
True
>>> read_task_done("完成任务得基本分,完不成的按比例得分", Decimal(8)) is None  # a share, not 0
True
>>> read_task_done("完成任务得基本分,超额完成加2分,完不成不得分", Decimal(8)) is None  # a bonus clause
True
"""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.rules.grammar import parse_rule
from jixiao.rules.model import Rule

#: the row's task, as the sentence names it
_TASK = r"(?:目的任务|目标任务|年度任务|全年任务|工作任务|任务|目的|目标)"

_TASK_DONE_RE = re.compile(
    rf"^(?:此项指标|该项指标|本项指标|此项|该项|本项)?[,，]?(?:全面)?完成{_TASK}(?:的)?[,，]?得(?P<pts>基本分|满分)[,，;；]"
    rf"(?P<neg>完不成|未完成|没有完成|没完成){_TASK}?(?:的)?[,，]?不得分[。；;]?$")

#: the same as a requirement without points, then only the failing clause — "协助…完成当年度下达的…任务。没有年度任务的
#: 按缺项考核计分,没有完成年度任务的不得分" (fresh67 CB1-6): a row with no task that year is 缺项 (a note: the row is left
#: out, not scored), else 完成 → 分值, 没有完成 → 0
_REQUIRED_TASK_RE = re.compile(
    r"^(?P<req>[^\d%。；;分]{0,80}?完成[^\d%。；;分]{0,60}?任务)[。；;]"
    r"(?:(?P<gap>没有(?:年度|当年度)?任务的?[,，]?按缺项(?:考核)?(?:计分|处理))[,，;；])?"
    rf"(?P<neg>没有完成|未完成|完不成|没完成)(?:年度|当年度)?{_TASK}?的?[,，]?不得分[。；;]?$")

#: what the reading tells the user
NOTE = "完成本行任务得满分，未完成得0分：业绩值填“完成”或原文的否定词（如“完不成”）"
#: said when the points are the 基本分
BASIC_NOTE = "“基本分”即本行分值"


def read_task_done(norm: str, weight: Decimal | None) -> Rule | None:
    """``"完成": W; "<negation>": 0`` for "完成…任务得基本分/满分, 完不成/未完成…不得分", or ``None``."""
    m = _TASK_DONE_RE.match(norm.strip()) or _REQUIRED_TASK_RE.match(norm.strip())
    if m is None or weight is None:
        return None
    return parse_rule(f'"完成": W; "{m["neg"]}": 0')


def task_done_notes(norm: str) -> list[str]:
    """The notes of a reading by :func:`read_task_done`."""
    notes = [NOTE] + ([BASIC_NOTE] if "基本分" in norm else [])
    m = _REQUIRED_TASK_RE.match(norm.strip())
    if m is not None:
        notes.insert(0, f"说明（不参与计分）：{m['req']}（要求）")
        if m["gap"]:
            notes.append(f"“{m['gap']}”：当年没有任务时本行按缺项处理（不计分），不在规则内，请在表中按缺项处理")
    return notes
