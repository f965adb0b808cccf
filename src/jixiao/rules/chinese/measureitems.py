"""Recogniser: several measures, each with its own bound and its own points — a checklist (r39, issue 11).

"初信初访化解率达到90%(7分)、重信重访化解率达到80%(7分)、信访历史积案化解率达到70%(6分)" (fresh10 W7-1, 20 分): three
different rates, each met or not; the points of those met add up. The numbers are the bounds of three measures, not
one value's bands (read as bands, "≥90%: 7; [80%,90%): 7; [70%,80%): 6" would score one rate for all three).

Only when every clause is "<subject><达到/不低于/≥ …>N%<以上>" with its points, the subjects all differ, there are two or
more, none is worth the whole row and they add up to the 分值; else ``None`` (bands of one measure — a subject left out
or repeated — are read by the band readers).

>>> from decimal import Decimal
>>> r = read_measure_items("初信初访化解率达到90%,7分、重信重访化解率达到80%,7分、信访历史积案化解率达到70%,6分。", Decimal(20), [])
>>> [(i.text, str(i.points)) for i in r.items]
[('初信初访化解率达到90%', '7'), ('重信重访化解率达到80%', '7'), ('信访历史积案化解率达到70%', '6')]
>>> read_measure_items("出勤率达到95%得5分;出勤率达到90%得3分", Decimal(5), []) is None  # one measure: bands
True
>>> read_measure_items("出勤率达到95%得5分;达到90%得3分", Decimal(5), []) is None  # the subject left out: tiers
True
>>> read_measure_items("完成率达到90%得3分;满意度达到80%得3分", Decimal(5), []) is None  # 6 ≠ 5
True
"""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.rules.chinese._base import NUM, ChecklistItem, Reading, dec
from jixiao.rules.chinese.lexicon import AT_LEAST
from jixiao.rules.model import ZERO, fmt_decimal

#: one measure, its lower bound and its points: "初信初访化解率达到90%,7分" / "满意度不低于80%得3分" / "…≥95%(2分)"
_ITEM_RE = re.compile(rf"(?P<subj>[\u4e00-\u9fff]{{2,20}}?)(?P<bound>{AT_LEAST}\s*{NUM}%(?:及以上|以上)?)"
                      rf"(?:的|者)?[,，]?(?:得|计|记)?(?P<p>{NUM})分")


def read_measure_items(norm: str, weight: Decimal | None, notes: list[str]) -> Reading | None:
    """The checklist of measures each with its own bound and points in ``norm`` (normalised text), or ``None``."""
    segs = [s.strip() for s in re.split(r"(?<=分)[、,，;；。]", norm.strip().rstrip("。；;")) if s.strip()]
    if weight is None or len(segs) < 2:
        return None
    found = [_ITEM_RE.fullmatch(s) for s in segs]
    if any(m is None for m in found):
        return None
    subjects = [m["subj"] for m in found]  # type: ignore[index]
    if len(set(subjects)) != len(subjects):
        return None
    items = [ChecklistItem(m["subj"] + m["bound"], dec(m["p"])) for m in found]  # type: ignore[index]
    total = sum((i.points for i in items), ZERO)
    if total != weight or any(i.points >= weight or i.points == 0 for i in items):
        return None
    understood = [*notes, "几项指标各有门槛和分数：分别判断是否达到，得分相加（累加项），不是同一指标的分档"]
    understood += [i.note() for i in items]
    understood.append(f"合计最高 {fmt_decimal(total)} 分")
    return Reading(None, "checklist", understood, [], items, total)
