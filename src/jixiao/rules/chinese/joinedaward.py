"""Recogniser: an award per unit for two (or more) doings joined by "、", up to the 分值 — "每配合、落实1个得0.5,最高得4分"
(fresh69 CD5-1, 信用体系建设 考核, r58): each thing 配合 or 落实 counts one, the value is their number, the score
min(W, N × count) as :func:`perunit.read_per_unit_award` reads "每完成1个得0.5分,最高得4分" (that reader checks the words
around it). The points may lack their "分" only where the cap right after them is in 分 ("得0.5,最高得4分"); a closing
"注:…" that holds no score word (a year is no score: "注:文件需2023年发布的…") is a note.

>>> from decimal import Decimal
>>> str(read_joined_award("每配合、落实1个得0.5,最高得4分。", Decimal(4))[0])
'>=8: W; <8: W - 0.5 per 1'
>>> str(read_joined_award("每转载、落实1个得0.5分,最高得4分。注:文件需2023年发布。", Decimal(4))[0])
'>=8: W; <8: W - 0.5 per 1'
>>> str(read_joined_award("每落实1个得0.5,最高得4分。", Decimal(4))[0])  # one doing, the points without 分
'>=8: W; <8: W - 0.5 per 1'
>>> read_joined_award("每配合、落实1个得0.5,最高得3分。", Decimal(4)) is None  # a cap other than the 分值
True
>>> read_joined_award("每配合、落实1个得0.5,另加1分。", Decimal(4)) is None  # no cap in 分 after the bare points
True
"""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.rules.chinese._base import NUM
from jixiao.rules.chinese.perunit import read_per_unit_award
from jixiao.rules.model import Rule

#: "每配合、落实1个得0.5" then "最高得4分" (looked at, not taken): two or more doings joined by "、"
_JOINED_AWARD_RE = re.compile(
    rf"每(?P<verbs>[\u4e00-\u9fff]{{2,4}}(?:、[\u4e00-\u9fff]{{2,4}})*)(?:1|一)(?P<mu>个|项|件|份|篇)(?:得|计|记)"
    rf"(?P<p>{NUM})(?P<fen>分)?(?=[,，;；](?:最高|最多)(?:得|计)?(?P<cap>{NUM})分)")

#: a closing note without a score word, one sentence: "注:文件需2023年发布的正式盖章复函及制度文件等。"
_CLOSING_NOTE_RE = re.compile(r"(?<=[。；;])\s*注[:：](?P<note>[^分扣得加减%≥≤<>()（）。；;]{2,80}?)[。；;]?\s*$")


def read_joined_award(norm: str, weight: Decimal | None) -> tuple[Rule, list[str]] | None:
    """The rule of :func:`perunit.read_per_unit_award` for the award with its doings joined by "、" (each counted), and
    what was read besides (the count's object, the bare points, the closing note); else ``None``."""
    m = _JOINED_AWARD_RE.search(norm)
    if m is None or weight is None or ("、" not in m["verbs"] and m["fen"] is not None):
        return None  # (one doing with its 分: perunit.py's)
    rest, notes = norm, []
    nm = _CLOSING_NOTE_RE.search(norm)
    if nm is not None and nm.start() > m.end():
        rest = norm[: nm.start()]
        notes.append(f"注（不参与计分）：{nm['note']}")
    found = read_per_unit_award(f"{rest[: m.start()]}每完成1{m['mu']}得{m['p']}分{rest[m.end():]}", weight)
    if found is None:
        return None
    rule, said = found
    verbs = m["verbs"].split("、")
    each = f"（{'或'.join(verbs)}1{m['mu']}各计1{m['mu']}）" if len(verbs) > 1 else ""
    head = [f"计数对象：{m['verbs']}的{m['mu']}数{each}"]
    if m["fen"] is None:
        head.append(f"原文“得{m['p']}”未写“分”：与其后“最高得{m['cap']}分”同为分")
    return rule, head + said + notes
