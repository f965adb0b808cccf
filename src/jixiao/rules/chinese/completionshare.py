"""Recogniser: the task done in full scores the 分值, short of it "按比例" (lead s25, issue 11) — the value is the share of
the task done (完成比例, 100 % = done in full), the score W × that share, at most W: ``>=100%: W; *: prop``.

Seen in five splits: "完成镇交任务及通过验收的计满分,完不成任务的按比例计分" (fresh38 AY2-1), "全面完成退耕还林抚育任务得10分,
未完成按抚育率得分" (AY11-3), "…做到应保尽保、应兜尽兜的计10分,未达到的按比例相应扣分" (fresh11 X15-6), "按政策全额征收上交记
15分。降低比例的按比例记分。该征收不去征收的,不记分" (fresh10 W1-4, fresh15 AB10-5 in 繁体).

Read on the normalised text (normalise writes "按比例计分" as 〔PROP〕, "按…率得分" as 〔WX〕, "未达到的按比例扣分" as
"否则〔PROP〕"):

>>> from decimal import Decimal
>>> str(read_completion_share("完成镇交任务及通过验收的得满分,完不成任务的〔PROP〕。", Decimal(30)))
'>=100%: W; *: prop'
>>> str(read_completion_share("全面完成退耕还林抚育任务得10分,未完成〔WX〕;", Decimal(10)))
'>=100%: W; *: prop'
>>> str(read_completion_share("依法催收…,按政策全额征收上交得15分。降低比例的〔PROP〕。该征收不去征收的不得分。", Decimal(15)))
'>=100%: W; *: prop'

Not when the full-marks clause compares with a number or a target (达到目标值/90%: the base of 按比例 is then that
number — README: "未达到按比例" is refused), when the points are not the 分值, or when anything else scores:

>>> read_completion_share("达到目标值得满分,未达到的〔PROP〕。", Decimal(10)) is None
True
>>> read_completion_share("完成率达到90%得满分,未完成的〔PROP〕。", Decimal(10)) is None
True
>>> read_completion_share("完成任务得8分,未完成的〔PROP〕。", Decimal(10)) is None
True
>>> read_completion_share("完成任务得满分,未完成的〔PROP〕,每少1项扣1分。", Decimal(10)) is None
True
"""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.rules.chinese._base import NUM, _dec
from jixiao.rules.chinese.normalise import PROP_TOKEN, WX_TOKEN
from jixiao.rules.grammar import parse_rule
from jixiao.rules.model import Rule

_SEP = r"[,，。；;]"
_SHARE = rf"(?:{re.escape(PROP_TOKEN)}|{re.escape(WX_TOKEN)})"

_COMPLETION_SHARE_RE = re.compile(
    # the task done in full: a doing word, no number (a number or a target is another base)
    rf"^(?P<req>[^\d%<>≥≤=]{{0,60}}?(?:完成|全额|做到|落实)[^\d%<>≥≤=，,。；;]{{0,40}}?)(?:的|者)?{_SEP}?"
    rf"得(?:满分|(?P<n>{NUM})分){_SEP}+"
    # the rest: short of it (未完成 / 完不成 / 未达到 / 降低比例 …, or 否则), then the share
    rf"(?:否则|(?P<short>(?:未|没有|没)(?:完成|达到)|完不成|达不到|降低比例)[^\d%，,。；;]{{0,12}}?(?:的|者)?{_SEP}?){_SHARE}"
    # what is not done at all scores 0 (what the share gives at 0 % as well)
    rf"(?:{_SEP}+(?P<zero>[^\d%，,。；;]{{2,24}}?)(?:的|者)?{_SEP}?不得分)?{_SEP}*$")

#: words that name another base for the share: a target, a plan's number, a standard
_OTHER_BASE_RE = re.compile(r"目标值|指标值|计划数|标准值|任务数|目标数|基数")


def read_completion_share(norm: str, weight: Decimal | None) -> Rule | None:
    """``>=100%: W; *: prop`` for "完成…得满分(得W分),未完成的按比例计分", or ``None``."""
    m = _COMPLETION_SHARE_RE.match(norm.strip())
    if m is None or weight is None or _OTHER_BASE_RE.search(norm):
        return None
    if m["n"] is not None and _dec(m["n"]) != weight:
        return None
    return parse_rule(">=100%: W; *: prop")


def completion_share_notes(rule: Rule, weight: Decimal | None) -> list[str]:
    """What :func:`read_completion_share` read."""
    return ["业绩值为任务完成比例（完成率）：全部完成即100%，得满分",
            "未全部完成：得分 = 分值 × 完成比例（“按比例”的基数按全部任务读）",
            "歧义：“按比例”的基数原文未写明，按完成比例（全部完成 = 100%）读；若另有基数，请改写计分规则"]
