"""Recogniser: one failing named as printed that costs the whole 分值, and level names as printed with their spaces
(r25, issue 11 — deduction lists of named failures).

* "發現施工現場材料亂堆亂放,影響車輛通行扣5分。" (fresh34 AU9-3, 5-point row), "在外电架空线路正下方施工、建造临时设施
  或堆放材料物品 扣10分" (fresh36 AW3-2, 10-point row), "堵塞不得分。" (fresh35 AV10-7), "没有明确的功能分区不得分"
  (fresh38 AY5-1): one failing — what was found ("发现…"), or a state or act that is not allowed — whose deduction is
  the 分值: ``"符合": W; "<the failing as printed>": 0``. The commas inside a found failing belong to it ("材料乱堆乱放,
  影响车辆通行" is one finding: the first clause is no note); a measure beside a negation only defines the failing
  ("安装高度低于2.4m未使用安全电压供电的,扣10分", fresh36 AW2-7). Not this shape
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

* Level names as printed: a reading names its levels by the normalised text ("缺1999年表"), while the table prints
  "缺 1999 年表" (PDF extraction puts spaces beside digits and inside words: "科办同 意"). A value copied from the
  table must match its level, so the printed form is kept as a second name of the same level
  (:func:`with_printed_spacing`).
"""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.numbers import normalise_text
from jixiao.rules.chinese._base import NUM, _dec
from jixiao.rules.chinese.failures import FAILED_STATE
from jixiao.rules.chinese.lexicon import COUNT
from jixiao.rules.grammar import parse_rule
from jixiao.rules.model import Clause, Rule, Text, quoted

#: one failing and its deduction: "发现…,…扣5分" / "…物品扣10分" / "发现…的,不得分"
_WHOLE_FAILING_RE = re.compile(rf"^(?P<found>(?:经)?(?:检查|查)?发现)?(?P<what>[^;；。:：]{{2,80}}?)(?:的|者)?[,，]?"
                               rf"(?:扣(?P<p>{NUM})分|不得分)[。；;]?$")

#: a measure that only defines the failing, beside a negation: "安装高度低于2.4m未使用安全电压供电" (fresh36 AW2-7)
_MEASURE_RE = re.compile(rf"(?:低于|高于|超过|大于|小于|不足){NUM}(?:mm|cm|m|毫米|厘米|米|吨|千克|公斤)(?![A-Za-z])")

#: what a failing may not hold: numbers, a count, a comparison, a score word, a per-unit 每, an "otherwise"
_NOT_A_FAILING_RE = re.compile(rf"\d|[一二两三四五六七八九十]{COUNT}|每|%|[≥≤<>]|以上|以下|以内|不足|低于|高于|超过|少于|"
                               r"多于|大于|小于|达到|达不到|得分|满分|分值|扣|否则|其他|其余|反之|按|视|酌情|加")


def read_whole_failing(norm: str, weight: Decimal | None) -> Rule | None:
    """``"符合": W; "<failing>": 0`` for one printed failing that costs the 分值 (see the module docstring)."""
    if weight is None or weight <= 0:
        return None
    m = _WHOLE_FAILING_RE.match(norm.strip())
    if m is None or (m["p"] is not None and _dec(m["p"]) != weight):
        return None
    what = m["what"]
    if re.search(r"未|没有|无|不", _MEASURE_RE.sub("", what)):  # a measure beside a negation defines the failing
        what = _MEASURE_RE.sub("", what)
    if _NOT_A_FAILING_RE.search(what) or what.startswith("发生") or (m["found"] is None and re.search(r"[,，]", what)):
        # ("发生变化不得分": an event is the count readers' — with nothing to count it stays refused, test_r3)
        return None
    if m["found"] is None and m["p"] is None and not re.search(rf"未|没有|没|无|缺|(?<!不断)不(?!断)|{FAILED_STATE}|堵塞|乱", what):
        # "符合要求的不得分", "工作不断完善的不得分" (test_s23): without 扣 nothing printed says a failing — never a level
        # (without "发现" one clause only: "要求…,未…的,不得分" is the pass/fail readers' — a requirement, then its failing)
        return None
    return parse_rule(f'"符合": W; {quoted(m["what"].strip("，, "))}: 0')


def with_printed_spacing(rule: Rule, printed: str) -> Rule:
    """``rule`` with every level whose name the table prints with spaces in it ("缺 1999 年表", "科办同 意") named a
    second time as printed, worth the same; the rule unchanged when no name is printed so.

    >>> str(with_printed_spacing(parse_rule('"符合": W; "缺1999年表": 0'), "缺 1999 年表的扣5 分"))
    '"符合": W; "缺1999年表": 0; "缺 1999 年表": 0'
    >>> str(with_printed_spacing(parse_rule('"符合": W; "缺年表,无台账": 0'), "缺年表, 无台账的扣5分"))  # layout
    '"符合": W; "缺年表,无台账": 0'
    """
    text = normalise_text(printed)
    if not re.search(r"\s", text):
        return rule
    clauses: list[Clause] = []
    for c in rule.clauses:
        clauses.append(c)
        if not isinstance(c.condition, Text) or len(c.condition.text) < 2 or c.condition.text == "符合":
            continue
        name = normalise_text(c.condition.text)
        spaced = re.search(r"[ \t\u3000]*".join(re.escape(ch) for ch in name if not ch.isspace()), text)
        if spaced is None or not re.search(r"\s", spaced[0]):
            continue
        # (a space beside punctuation, "一致, 无违反", is layout: only a space between two word characters is kept)
        alias = re.sub(r"\s*(?=[^\w\s])|(?<=[^\w\s])\s*", "", re.sub(r"\s+", " ", spaced[0]))
        if " " in alias and not rule.names_text(alias):
            clauses.append(Clause(Text(alias), c.outcome))
    return rule if len(clauses) == len(rule.clauses) else Rule(tuple(clauses), rule.round_places)
