"""A rate to reach for the points, then its failing side named by the rate's own verb (r3).

"凡交办信访事项按时化解率达100%的,得5分。未化解不得分。" (fresh10 W6-1): the rate reaching 100 % earns
the 分值; "未化解" (not resolved: the verb of 化解率) is the rate falling short — not a second, unrelated
failure. Read as the band, its complement, and the printed wording as levels:
``>=100%: W; <100%: 0; "符合": W; "未化解": 0`` (a value typed as the rate or as the printed words).

Only when: one rate ("…率达/达到/≥ N%(以上)"), its points are the 分值, and the failing clause is 未 + the
verb the rate is named by (two or more characters of the words before 率: 化解率 / 未化解, 办结率 / 未按时
办结, 建有率 / 未建有). A failing clause about something else ("未建立台账不得分") is another failure — a
veto beside the band — and is not read here.

>>> from jixiao.rules.chinese import read_rule_text
>>> read_rule_text("区县公共体育“一场两馆”建有率达100%以上,得1分,未建有,不得分。", 1).canonical
'>=100%: W; <100%: 0; "符合": W; "未建有": 0'
>>> read_rule_text("凡交办信访事项按时化解率达100%的,得5分。未建立台账不得分。", 5).kind
'unreadable'

The same with a count of 1 to reach: "每年提供科技稿件1篇以上记2分,不投稿不得分" → ``>=1: W; <1: 0`` (the value is
the count; not doing it at all is fewer than 1). A count above 1 says nothing of 1 done ("2次以上…,未开展不得分"):
not read here.
"""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.rules.chinese.lexicon import COUNT
from jixiao.rules.grammar import parse_rule
from jixiao.rules.model import Rule

_N = r"\d{1,3}(?:\.\d{1,2})?"

_RATE_FAIL_RE = re.compile(
    rf"^(?P<req>[^。；;，,]*?(?P<stem>[\u4e00-\u9fff]{{2,8}})率(?:达到|达|≥)(?P<n>{_N})%(?:及?以上|\(含\))?的?)"
    rf"[,，]?(?:得|计|记)(?P<pts>{_N})分[。；;,，]\s*"
    r"(?P<fail>未(?P<how>按时|及时|按期)?(?P<verb>[\u4e00-\u9fff]{2,4}?))(?:的|者)?[,，]?不得分[。；;]?$")


_COUNT_FAIL_RE = re.compile(
    rf"^(?P<req>[^。；;，,]*?[\u4e00-\u9fff])1(?P<unit>{COUNT})(?:及)?以上的?"
    rf"[,，]?(?:得|计|记)(?P<pts>{_N})分[。；;,，]\s*"
    r"(?P<fail>(?:未|不|没有)[\u4e00-\u9fff]{1,8}?)(?:的|者)?[,，]?不得分[。；;]?$")


def read_rate_failing(norm: str, weight: Decimal | None) -> Rule | None:
    """The rule of "X率达N%,得W分。未X不得分" or "…1次以上得W分,未…不得分" (see the module docstring), or None.

    >>> str(read_rate_failing("全年开展培训1次以上得2分,未开展不得分", Decimal(2)))
    '>=1: W; <1: 0; "未开展": 0'
    >>> read_rate_failing("全年开展培训2次以上得2分,未开展不得分", Decimal(2)) is None  # and 1 done?
    True

    >>> str(read_rate_failing("各单位办结率达100%的得5分。未按时办结不得分。", Decimal(5)))
    '>=100%: W; <100%: 0; "符合": W; "未按时办结": 0'
    >>> read_rate_failing("办结率达100%的得3分。未按时办结不得分。", Decimal(5)) is None  # points below the 分值
    True
    """
    c = _COUNT_FAIL_RE.match(norm.strip())
    if c is not None and weight is not None and Decimal(c["pts"]) == weight:
        return parse_rule(f'>=1: W; <1: 0; "{c["fail"]}": 0')
    m = _RATE_FAIL_RE.match(norm.strip())
    if m is None or weight is None or Decimal(m["pts"]) != weight or m["verb"] not in m["stem"]:
        return None
    return parse_rule(f'>={m["n"]}%: W; <{m["n"]}%: 0; "符合": W; "{m["fail"]}": 0')
