"""Recogniser: one failing named as printed that costs the whole 分值 (r25, issue 11 — deduction lists of named
failures).

* "發現施工現場材料亂堆亂放,影響車輛通行扣5分。" (fresh34 AU9-3, 5-point row), "在外电架空线路正下方施工、建造临时设施
  或堆放材料物品 扣10分" (fresh36 AW3-2, 10-point row), "堵塞不得分。" (fresh35 AV10-7), "没有明确的功能分区不得分"
  (fresh38 AY5-1): one failing — what was found ("发现…"), or a state or act that is not allowed — whose deduction is
  the 分值: ``"符合": W; "<the failing as printed>": 0``. The commas inside a found failing belong to it ("材料乱堆乱放,
  影响车辆通行" is one finding: the first clause is no note). Not this shape
  (``None``): a deduction less than the 分值 ("发现…扣2分": per finding or once? — left to the other readers), a
  count ("发现一处…扣5分", "每发现…"), a number or a comparison in the failing (a band on a measured value:
  "电缆线长度超过30米,扣4分"), a score word, or more than one deduction.

>>> from decimal import Decimal
>>> str(read_whole_failing("发现施工现场材料乱堆乱放,影响车辆通行扣5分。", Decimal(5)))
'"符合": W; "施工现场材料乱堆乱放,影响车辆通行": 0'
>>> read_whole_failing("发现施工现场材料乱堆乱放,影响车辆通行扣2分。", Decimal(5)) is None  # per finding or once?
True
>>> read_whole_failing("发现一处材料乱堆乱放扣5分。", Decimal(5)) is None  # a count: the count readers
True
"""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.rules.chinese._base import NUM, dec
from jixiao.rules.chinese.failures import FAILED_STATE
from jixiao.rules.chinese.lexicon import COUNT
from jixiao.rules.grammar import parse_rule
from jixiao.rules.model import Rule, quoted

#: one failing and its deduction: "发现…,…扣5分" / "…物品扣10分" / "发现…的,不得分"
_WHOLE_FAILING_RE = re.compile(rf"^(?P<found>(?:经)?(?:检查|查)?发现)?(?P<what>[^;；。:：]{{2,80}}?)(?:的|者)?[,，]?"
                               rf"(?:扣(?P<p>{NUM})分|不得分)[。；;]?$")

#: what a failing may not hold: numbers, a count, a comparison, a score word, a per-unit 每, an "otherwise"
_NOT_A_FAILING_RE = re.compile(rf"\d|[一二两三四五六七八九十]{COUNT}|每|%|[≥≤<>]|以上|以下|以内|不足|低于|高于|超过|少于|"
                               r"多于|大于|小于|达到|达不到|得分|满分|分值|扣|否则|其他|其余|反之|按|视|酌情|加")


def read_whole_failing(norm: str, weight: Decimal | None) -> Rule | None:
    """``"符合": W; "<failing>": 0`` for one printed failing that costs the 分值 (see the module docstring)."""
    if weight is None or weight <= 0:
        return None
    m = _WHOLE_FAILING_RE.match(norm.strip())
    if m is None or (m["p"] is not None and dec(m["p"]) != weight):
        return None
    what = m["what"]
    if _NOT_A_FAILING_RE.search(what) or what.startswith("发生") or (m["found"] is None and re.search(r"[,，]", what)):
        # ("发生变化不得分": an event is the count readers' — with nothing to count it stays refused, test_r3)
        return None
    if m["found"] is None and m["p"] is None and not re.search(rf"未|没有|没|无|缺|(?<!不断)不(?!断)|{FAILED_STATE}|堵塞|乱", what):
        # "符合要求的不得分", "工作不断完善的不得分" (test_s23): without 扣 nothing printed says a failing — never a level
        # (without "发现" one clause only: "要求…,未…的,不得分" is the pass/fail readers' — a requirement, then its failing)
        return None
    return parse_rule(f'"符合": W; {quoted(m["what"].strip("，, "))}: 0')
