"""Recogniser: the first few times worth N each, the next one worth less, up to the 分值 — "辦理前2場次各得分3分，辦理第3場得分2分，
本項最高得分8分" (fresh66 CA8-8, r52).

The value is the number of times done; the points add up time by time — 0 → 0, 1 → 3, 2 → 6, 3 or more → 8 — as count
levels ``=0: 0; =1: 3; =2: 6; >=3: W``. Read only when the text leaves nothing open: the next time is the one right after
the first few (第k+1), and the first few plus it make up the cap, which is the 分值 (a cap above or below it, or a
"第3场起每场…" going on, is another rule: not read here).

>>> from decimal import Decimal
>>> str(read_first_few("办理说明会:办理前2场次各得3分,办理第3场得2分,本项最高8分。", Decimal(8))[0])
'=0: 0; =1: 3; =2: 6; >=3: W'
>>> read_first_few("前2场各得3分,第4场得2分,最高8分", Decimal(8)) is None  # the third is not said
True
>>> read_first_few("前2场各得3分,第3场得2分,最高8分", Decimal(10)) is None  # the cap is not the 分值
True
"""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.rules.chinese._base import NUM, dec, described
from jixiao.rules.chinese.lexicon import AWARD_EACH, COUNT
from jixiao.rules.chinese.perunit import _cap_wording
from jixiao.rules.grammar import parse_rule
from jixiao.rules.model import Rule, fmt_decimal

#: "(what:)(办理)前2场次各得3分,(办理)第3场得2分,(本项)最高8分" — in the wording perunit._cap_wording writes the cap in
_FIRST_FEW_RE = re.compile(
    rf"^(?:(?P<what>[^:：;；。,，\d]{{2,80}})[:：,，])?(?P<verb>[\u4e00-\u9fff]{{0,4}}?)前(?P<k>[1-9])(?P<mu>{COUNT})次?各"
    rf"(?:{AWARD_EACH})?(?P<a>{NUM})分[,，;；](?P=verb)第(?P<next>[1-9]\d?)(?P=mu)次?(?:{AWARD_EACH})?(?P<b>{NUM})分[,，;；]"
    rf"(?:本项|此项|该项)?(?:最高|最多)(?:{AWARD_EACH})?(?P<cap>{NUM})分[。；;]?$")


def read_first_few(norm: str, weight: Decimal | None) -> tuple[Rule, list[str]] | None:
    """``=0: 0; =1: a; …; =k: k·a; >=k+1: W`` for the first k times at a each and the (k+1)-th at b, k·a + b the cap and
    the 分值, with the notes of the text (what is done, the 分值 restated); ``None`` otherwise."""
    if weight is None:
        return None
    worded, notes = _cap_wording(norm, weight)
    m = _FIRST_FEW_RE.match(worded)
    if m is None:
        return None
    k, a, b, cap = int(m["k"]), dec(m["a"]), dec(m["b"]), dec(m["cap"])
    if int(m["next"]) != k + 1 or cap != weight or k * a + b != cap or a <= 0 or b <= 0:
        return None
    levels = [f"={i}: {fmt_decimal(i * a)}" for i in range(k + 1)]
    if m["what"]:
        notes.insert(0, described(m["what"], "计数对象"))
    return parse_rule("; ".join([*levels, f">={k + 1}: W"])), notes


def first_few_notes(rule: Rule, weight: Decimal | None) -> list[str]:
    """What :func:`read_first_few` read, in words."""
    k = len(rule.clauses) - 2  # (=0 … =k, then >=k+1)
    a = rule.clauses[1].outcome.amount.coef.value  # type: ignore[union-attr]
    last = f"第{k + 1}次得{fmt_decimal(weight - k * a)}分，" if weight is not None else ""
    # ("计分单位" — the guard then knows the (k+1)-th time's points: guard._guard_points)
    return ["业绩值为完成的次数（须为整数）",
            f"计分单位：前{k}次每次得{fmt_decimal(a)}分，{last}合计最高为分值（{k + 1}次及以上得满分）"]
