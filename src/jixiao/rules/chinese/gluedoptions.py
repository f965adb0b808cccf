"""Recogniser: exclusive options each closed by its points in brackets, run together with no stop between — a table
cell's lines flattened (r87, issue 11; the narrower successor of r82's ``repairs._glued_options``, taken out after
session 43's CI A):

* "未按时完成(O分)按时完成(15分)" (fresh84 CR3-4, 15): two states, printed from 0 up — the letter O is a 0;
* "满意率50%以下(3分)满意率80%以下(5分)满意率80%以上(10分)" (fresh84 CR3-3, 10): bands of one measure.

The text is parted by "；" after each "(N分)" and read again (``reread``, the whole reader); the reading stands only
when it is a rule with one clause per option, each clause a fixed number of points, and those points are the options'
points. Parted only when the options cannot be items to add up:

* the top option is the row's 分值 (with another option above 0, adding would pass the 分值: alternatives) — so
  "资料齐全(4分)资料基本齐全(3分)资料不全(0分)" on 5 is not parted (test_r26: the top is not the 分值);
* the options' points all differ, and either one of them is 0 (no item is worth 0 — a level is) or every option
  prints a number (bands of one measure); "完成相关许可认证(10分)经努力可在近期完成(6分)近期完成有困难(3分)" (no 0, no
  number in the names) is left as it was (test_r26: a gap below the last level);
* no option after a bracket begins with words that go on with the item before ("(2分)的单位…", "(5分)以上", "或…":
  inlinepoints.GOES_ON), none is numbered ("①…", "1.…", a checklist's steps), none says 每/扣/减/加 (per-unit points
  or deductions are no option's fixed points).

>>> from decimal import Decimal
>>> parted_options("未按时完成(O分)按时完成(15分)", Decimal(15))
('未按时完成(0分)；按时完成(15分)', ['0', '15'])
>>> parted_options("资料齐全(4分)资料基本齐全(3分)资料不全(0分)", Decimal(5)) is None  # the top is not the 分值
True
>>> parted_options("成立领导小组(2分)的单位制定工作方案(3分)", Decimal(3)) is None  # "的" goes on with the item
True
"""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal

from jixiao.rules.chinese._base import NUM, Reading, dec
from jixiao.rules.chinese.inlinepoints import GOES_ON
from jixiao.rules.model import Points

#: one option: its words, then its points in brackets — a number or the letter O printed for 0 ("(O分)")
_OPTION_RE = re.compile(rf"(?P<name>[^()（）;；。，,、:：\n]{{1,40}}?)\s*[(（]\s*(?P<p>{NUM}|[Oo])\s*分\s*[)）]")
#: an option numbered as a step or an item: "①…", "1.…", "1、…", "一、…" (never "1.5万以下"), or labelled by a letter the
#: normaliser left (notvalues.option_labels takes away only a run A, B, C …: "A.5%以上(20分)C.3%-5%(15分)…", test_r39)
_NUMBERED_RE = re.compile(r"^\s*(?:[①-⑳]|\d{1,2}[.．、](?!\d)|[一二三四五六七八九十]{1,2}、|[A-Za-z][.．、])")
#: per-unit points, deductions, bonuses: no option's fixed points
_NOT_AN_OPTION_RE = re.compile(r"每|扣|减|加分|另加|不超过|最高|最多|累计|合计|共")
#: a number in an option's words (a band of the measure)
_NUMBER_RE = re.compile(r"\d")

GLUED_NOTE = "各档以“(N分)”结尾、连写无标点：每个“(N分)”后分档，最高一档即分值（各档互斥，不相加）"
LETTER_ZERO_NOTE = "括号中的字母“O分”按0分读"


def parted_options(text: str, weight: Decimal | None) -> tuple[str, list[str]] | None:
    """The options of ``text`` parted by "；" (the letter O in "(O分)" written 0) and their points as printed, when the
    whole text is such options and they can only be alternatives (see the module); else ``None``.

    >>> parted_options("满意率50%以下(3分)满意率80%以下(5分)满意率80%以上(10分)", Decimal(10))[0]
    '满意率50%以下(3分)；满意率80%以下(5分)；满意率80%以上(10分)'
    >>> parted_options("完成相关许可认证(10分)经努力可在近期完成(6分)近期完成有困难(3分)", Decimal(10)) is None
    True
    """
    s = text.strip().rstrip(" 。.；;")
    if weight is None or not 2 <= len(s) <= 200:
        return None
    options = list(_OPTION_RE.finditer(s))
    if not 2 <= len(options) <= 6 or options[0].start() != 0 or options[-1].end() != len(s) \
            or any(a.end() != b.start() for a, b in zip(options, options[1:], strict=False)):
        return None
    names = [m["name"].strip() for m in options]
    if any(_NUMBERED_RE.match(n) or _NOT_AN_OPTION_RE.search(n) for n in names) \
            or any(re.match(rf"(?:{GOES_ON})", n) for n in names[1:]):
        return None
    points = ["0" if m["p"] in "Oo" else m["p"] for m in options]
    values = [dec(p) for p in points]
    if max(values) != weight or len(set(values)) != len(values) \
            or not (min(values) == 0 or all(_NUMBER_RE.search(n) for n in names)):
        return None
    parted = "；".join(f"{n}({p}分)" for n, p in zip(names, points, strict=True))
    return parted, points


def read_glued_options(text: str, weight: Decimal | None, reread: Callable[[str], Reading]) -> Reading | None:
    """The reading of ``text``'s glued options parted (:func:`parted_options`), when it is a rule with one fixed-points
    clause per option whose points are the options' own; else ``None`` (the refusal stands).

    >>> from jixiao.rules.chinese import read_rule_text
    >>> read_rule_text("未按时完成(O分)按时完成(15分)", 15).canonical
    '"未按时完成": 0; "按时完成": 15'
    """
    found = parted_options(text, weight)
    if found is None or weight is None:
        return None
    parted, points = found
    r = reread(parted)
    if not r.ok or r.kind != "rule" or r.rule is None or r.items or len(r.rule.clauses) != len(points):
        return None
    got = [c.outcome.amount for c in r.rule.clauses if isinstance(c.outcome, Points)]
    if len(got) != len(points) or sorted(a.points(weight) for a in got) != sorted(dec(p) for p in points):
        return None
    r.understood[0:0] = [GLUED_NOTE] + ([LETTER_ZERO_NOTE] if re.search(r"[(（]\s*[Oo]\s*分", text) else [])
    return r


__all__ = ["GLUED_NOTE", "LETTER_ZERO_NOTE", "parted_options", "read_glued_options"]
