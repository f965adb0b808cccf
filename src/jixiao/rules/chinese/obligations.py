"""Recogniser (r74, issue 11): obligations whose numbers say when something is due, then a deduction per time it was not
done — "严格执行请假制度,村支书、主任出乡或副职出乡2天以上的须向乡书记或乡长请假,其他干部出乡2天内的向村支书请假,一次未
请假扣2分" (fresh77 CK3-2, 党建工作 150). The value is the number of times the thing was not done (未请假次数): ``*: W -
2 per 1`` (0 → 150; 1 → 148; 5 → 140). The numbers (2天以上, 2天内) only say when leave must be asked — no score depends
on them — so they are read as what the obligation is, never as bands.

Read only when every clause but the deduction is an obligation that ends with the very act the deduction counts as not
done ("…向村支书请假" / "一次未请假"), or a clause without any number naming it ("严格执行请假制度"); no clause but the
deduction speaks of points, and one act is counted.

>>> from decimal import Decimal
>>> r, said = read_obligations("严格执行请假制度,出乡2天以上的须向乡长请假,一次未请假扣2分。", Decimal(150))
>>> str(r), said[1]
('*: W - 2 per 1', '文中的数值只说明何时须请假（出乡2天以上的须向乡长请假），不参与计分')
>>> str(read_obligations("外出3天以上的须书面报告,未报告的每次扣1分", Decimal(5))[0])
'*: W - 1 per 1'
>>> read_obligations("出乡2天以上的须向乡长请假,完成率达到90%,一次未请假扣2分", Decimal(150)) is None  # a rate to reach
True
>>> read_obligations("出乡2天以上的须向乡长请假,一次未请假扣2分,出乡5天以上未请假扣5分", Decimal(150)) is None
True
"""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.rules.chinese._base import NUM, dec
from jixiao.rules.grammar import parse_rule
from jixiao.rules.model import Rule

#: the deduction per time the act was not done: "一次未请假扣2分" / "未报告的每次扣1分" / "每次未请假扣2分"
_DEDUCT_RES = (re.compile(rf"^(?:每|)(?:一|1)?次未(?P<v>[\u4e00-\u9fff]{{2,6}}?)(?:的)?扣(?P<p>{NUM})分$"),
               re.compile(rf"^未(?P<v>[\u4e00-\u9fff]{{2,6}}?)的(?:,)?每次扣(?P<p>{NUM})分$"))
_SCORE_WORDS_RE = re.compile(r"分|扣|得|每|%|率|不少于|不低于|至少|以上得|达到")


def read_obligations(norm: str, weight: Decimal | None) -> tuple[Rule, list[str]] | None:
    """``*: W - p per 1`` for obligations with numbers and a deduction per time not done, or ``None``."""
    if weight is None:
        return None
    joined = re.sub(r"(?<=的),(?=每次扣)", "", norm.strip().rstrip("。;,"))
    parts = [p for p in re.split(r"[,;。]", joined) if p]
    found = [(i, m) for i, p in enumerate(parts) for r in _DEDUCT_RES if (m := r.match(p)) is not None]
    if len(found) != 1 or found[0][0] != len(parts) - 1 or len(parts) < 2:
        return None
    verb, per = found[0][1]["v"], dec(found[0][1]["p"])
    if not 0 < per <= weight:
        return None
    due = []
    for p in parts[:-1]:
        if _SCORE_WORDS_RE.search(p):
            return None  # a clause that speaks of points, a rate or a count to reach: not only an obligation
        if re.search(r"\d", p):
            if not p.endswith(verb):
                return None  # a number that says something else than when the act is due
            due.append(p)
        elif verb not in p:
            return None
    if not due:
        return None  # no numbers in the obligations: the other readers' case
    return parse_rule(f"*: W - {found[0][1]['p']} per 1"), [
        f"业绩值填“未{verb}”的次数：每次扣{found[0][1]['p']}分，扣完为止",
        "文中的数值只说明何时须" + verb + "（" + "；".join(due) + "），不参与计分"]
