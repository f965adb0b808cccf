"""Recogniser: checklists whose items carry their points inline, in brackets right after each item, with nothing else
between the items (r25, issue 11) — the places tables print them:

* no stop between the items: "按章程规定的时限、条件和程序召开会员代表大会(5分)重大事项表决通过(5分)" (fresh31 AR5-1),
  "民生问题明显改善(4分) 街道、社区党组织在创建中得到加强,…(4分) 辖区内…成功率高(4分)" (fresh39 AZ2-1);
* the points after the item's stop, without 分: "建立完善的安全生产责任制度,做到制度上墙。(2.5)企业主要负责人…职责。(2.5)…"
  (fresh36 AW10-1), "有活动室(4)寝室(4)盥洗室(4)…科学发现室(6) 少一室扣该室分值" (fresh32 AS3-2: one room missing
  costs that room's points — what adding the items gives);
* after a comma, before the next item: "…的工作机制,(1分)每年至少召开3次工作会议研究解决有关问题,(1分)年初有计划、年底有
  总结。(1分)" (fresh37 AX9-1);
* each item opened by a number the text layer lost ("①" printed as "%1"): "%1未擅自调整项目计划…(3分);%1县有项目工程
  管护制度…(1分)" (fresh35 AV1-2).

* the points after the item's stop, written by the normaliser as the next item's number ("…部署。(2)建立…" →
  "…部署。2、建立…"): "…同步部署。(2)建立创建活动领导机构…。(4)…。(4)…落实到位。(6)" (fresh36 AW10-2,
  :func:`_closing_numbers`);
* the opening bracket lost: "…担任主任(组长)(2分)。把精神文明创建工作列入重要议程,2分)。" (fresh37 AX4-3), and a note
  after the last item's points: "…创建工作经费落实(2分),使创建活动经常化、制度化、规范化。" (the same row, :func:`_note`).

Every item must be a requirement (no score word, deduction, band, lesser level — :func:`checklist.item_name_refusal`;
a count it requires, "每年至少召开3次", is part of its words, not a number in brackets: "明确牵头部门(5人)"; its brackets
closed: in "资料齐全(其中台账,2分)" the points belong to what the bracket says), no item after the first may begin with
words that go on with the clause before ("达到90%(5分)以上", "(2分)的" — :data:`GOES_ON`), the text must end with the
last item's points (or a note, items not done scoring 0, one thing missing costing its points), and the points must
add up to the 分值 (no item worth the whole row; without a 分值, the points "(N分)" are read as items only when they
do not fall all the way from the first to the last and no name holds a lesser word — "建立…体系。(2分)…纵向不到底…(1分)"
are levels — and their sum is the row's total, as for any checklist read without one); else ``None`` and the other
readings' refusal stands.
Bare numbers without 分 are taken as points only when they add up to the 分值 and end the text (or one thing missing
costs its points: no note after them), and never when they are whole numbers going up by one (a numbering:
"建立台账。(2)按时报送。(3)"). A bare number before %, a digit or a count word ("(2)次") is no points.

Levels printed the same way, from the 分值 down — "完成相关许可认证(10分)经努力可在近期完成(6分)…(0分)" (fresh41
BB1-3) — are :func:`read_inline_levels`.

>>> from decimal import Decimal
>>> r = read_inline_points("召开会员代表大会(5分)重大事项表决通过(5分)", Decimal(10), [])
>>> [(i.text, str(i.points)) for i in r.items]
[('召开会员代表大会', '5'), ('重大事项表决通过', '5')]
>>> read_inline_points("召开会员代表大会(5分)重大事项表决通过(4分)", Decimal(10), []) is None  # 9 ≠ 10
True
>>> read_inline_points("制度健全(5分)制度基本健全(3分)制度不健全(2分)", Decimal(10), []) is None  # levels
True
>>> read_inline_points("建立台账(2)按时报送(3)归档(4)", Decimal(9), []) is None  # 2, 3, 4: a numbering
True

"(1个0.5分,共3分)" after the things to do (fresh34 AU12-1) is points per thing done, up to the 分值:
:func:`read_each_of_total`.
"""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.rules.chinese._base import NUM, ChecklistItem, Reading, dec, described
from jixiao.rules.chinese.checklist import _ITEMS_ZERO_RE, item_name_refusal
from jixiao.rules.chinese.guard import _SCORING_RE
from jixiao.rules.chinese.levels import _LESSER_WORD_RE, read_bracket_levels
from jixiao.rules.chinese.lexicon import COUNT, ITEM_NO
from jixiao.rules.grammar import parse_rule
from jixiao.rules.model import ZERO, Rule, fmt_decimal

#: an item's points in brackets: "(5分)" / "(2.5)" (not before %, a digit or a count word: "(2)次" says how often) —
#: or with the opening bracket lost: "…有总结1分)" (fresh18 AE7-1)
_MARK_RE = re.compile(rf"\(\s*(?P<p>{NUM})\s*(?:(?P<f>分)\s*\)|\)(?!\s*(?:%|[\d.]|{COUNT})))"
                      rf"|(?<=[\u4e00-\u9fff,，])\s*(?P<q>{NUM})\s*(?P<g>分)\s*\)")

#: words that go on with the clause after bracketed points ("(5分)以上", "(2分)的", "(3分)为止", "(2分)或…"): no new
#: item there — not a word that only begins with such a character ("及时上报", "下发文件", "以党委文件下发")
GOES_ON = r"的|者|或|以[上下内外前后]|为止|为准|之[内外间前后上下]|及以[上下]|[上下内外前后](?![\u4e00-\u9fff])"

#: a whole number in brackets opening a clause, as the normaliser writes it: "。(2)建立…" → "。2、建立…"
_OPENING_NUMBER_RE = re.compile(r"(?<=[。；;,，:：])(\d{1,2})、")

#: an item number the text layer lost: "①" printed as "%1" at an item's start
LOST_NUMBER_RE = re.compile(r"(?:^|(?<=[;；。,，\s]))%\d(?=[^\d.%])")

#: an item number at an item's start: the lexicon's ("1)" "1." "1、" "(1)" "（一）" "一、" "①") or a letter "a."
_ITEM_NUMBER_RE = re.compile(rf"^(?:{ITEM_NO}|[a-z][.、)])\s*")

#: a count an item requires ("每年至少召开3次", "1次以上") or how often ("每2年召开…"): part of its words
_REQUIRED_COUNT_RE = re.compile(rf"\d{{1,3}}{COUNT}|每\d{{1,2}}个?(?:月|季度|年|周)")

#: what an item may not hold besides (checklist.item_name_refusal): a rate, a bonus, a total, a judge's word
_NOT_AN_ITEM_RE = re.compile(r"\d|%|[≥≤<>]|(?<!参)加分|再加|另加|得分|分值|满分|共计|合计|总分|最高|最多|酌情|视情|"
                             r"按(?:比例|实际|完成|情况)|计分|评分|打分")

#: after the last item: one thing missing costs its own points ("少一室扣该室分值") — what adding the items gives
_OWN_POINTS_RE = re.compile(r"^(?:每)?(?:少|缺)(?:1|一)(?P<u>[\u4e00-\u9fff])扣(?:该|此)(?P=u)(?:的)?分值?$")

#: what a note after the last item's points may not hold besides an item's (:data:`_NOT_AN_ITEM_RE`) and a scoring
#: clause's words (guard's): a lack, a negation, a deduction
_NOT_A_NOTE_RE = re.compile(r"[不未没无缺少差扣减]|否则")


def read_inline_points(text: str, weight: Decimal | None, notes: list[str]) -> Reading | None:
    """A checklist of the items before each bracketed points (see the module docstring), or ``None``."""
    s = _without_item_numbers(_closing_numbers(LOST_NUMBER_RE.sub("", text.strip())))
    marks = list(_MARK_RE.finditer(s))
    kinds = {bool(m["f"] or m["g"]) for m in marks}
    if len(marks) < 2 or len(kinds) != 1:
        return None
    bare = kinds == {False}
    if bare and weight is None:
        return None
    tail = s[marks[-1].end():].strip(" 。.；;，,")
    said = list(notes)
    zero = _ITEMS_ZERO_RE.fullmatch(tail)
    if zero is not None and not zero["what"]:
        said.append(f"分项均不满足时：{tail}（与逐项相加一致：各项都不满足得0分）")
    elif tail and _OWN_POINTS_RE.fullmatch(tail) is not None:
        said.append(f"按分项计分：{tail}（缺一项即扣该项分数，与逐项相加一致）")
    elif tail and not bare and _note(s[marks[-1].end():]):
        said.append(described(tail))
    elif tail:
        return None
    names, points = [], []
    start = 0
    for m in marks:
        gap = s[start: m.start()]
        name = _ITEM_NUMBER_RE.sub("", gap.strip(" ,，;；。.")).strip(" ,，;；。.")
        if (start and re.match(rf"[ \t\u3000,，]*(?:{GOES_ON})", gap)) or name.count("(") != name.count(")"):
            return None  # "(5分)以上…" goes on with its clause; "资料齐全(其中台账,2分)": the points are the bracket's
        start = m.end()
        if len(name) < 2 or not re.search(r"[\u4e00-\u9fff]", name) or re.search(r"\([^()]*\d", name) \
                or _NOT_AN_ITEM_RE.search(_REQUIRED_COUNT_RE.sub("", name)):
            return None
        names.append(name)
        points.append(dec(m["p"] or m["q"]))
    total = sum(points, ZERO)
    if any(p <= 0 for p in points) or len(set(names)) != len(names) or any(item_name_refusal(n, names) for n in names) \
            or (bare and _numbering(points)):
        return None
    if (total != weight or any(p >= weight for p in points)) if weight is not None else _maybe_levels(names, points):
        return None
    items = [ChecklistItem(n, p) for n, p in zip(names, points, strict=True)]
    said.append("各项要求后括号内为该项分数：分别判断是否做到，得分相加（累加项）")
    said += [i.note() for i in items]
    said.append(f"合计最高 {fmt_decimal(total)} 分")
    return Reading(None, "checklist", said, [], items, total)


def _maybe_levels(names: list[str], points: list[Decimal]) -> bool:
    """Without a 分值 to add up to, items could be levels: True when the points fall from one to the next (levels fall
    from the top one) or a name holds a lesser word (未/不/无/基本/较 …, :data:`levels._LESSER_WORD_RE`).

    >>> _maybe_levels(["建立体系", "体系纵向不到底"], [Decimal(2), Decimal(1)])
    True
    >>> _maybe_levels(["完成认证", "经努力可在近期完成"], [Decimal(10), Decimal(6)])
    True
    >>> _maybe_levels(["成立小组", "制定计划"], [Decimal(3), Decimal(4)])  # items (0 or 3, plus 0 or 4)
    False
    """
    return all(a > b for a, b in zip(points, points[1:], strict=False)) or any(_LESSER_WORD_RE.search(n) for n in names)


def _numbering(numbers: list[Decimal]) -> bool:
    """Whole numbers each one more than the one before: a list's numbering, not points.

    >>> _numbering([Decimal(2), Decimal(3), Decimal(4)]), _numbering([Decimal(2), Decimal(4), Decimal(4), Decimal(6)])
    (True, False)
    """
    return all(a == a.to_integral_value() and b == a + 1 for a, b in zip(numbers, numbers[1:], strict=False))


def _closing_numbers(text: str) -> str:
    """``text`` with the normaliser's item numbers back in brackets when the text ends with one — "…部署。2、建立…实施。4、"
    (printed "…部署。(2)建立…实施。(4)", fresh36 AW10-2): an item number opens an item and never ends a text, so the
    bracketed numbers after the stops closed the items before them; else ``text`` as it is.

    >>> _closing_numbers("建立台账。2、按时报送。3、归档。5、")
    '建立台账。(2)按时报送。(3)归档。(5)'
    >>> _closing_numbers("1、建立台账。2、按时报送。")  # numbers opening items
    '1、建立台账。2、按时报送。'
    """
    if not re.search(r"[。；;,，:：]\d{1,2}、\s*$", text):
        return text
    return _OPENING_NUMBER_RE.sub(r"(\1)", text)


def _note(after: str) -> bool:
    """True when ``after`` (what follows the last item's points) is a clause of its own that scores nothing: after a
    stop or a comma, no number, no score or judge's word, nothing lacking or negated, not going on with the clause
    before (:data:`GOES_ON`) — "(2分),使创建活动经常化、制度化、规范化。" (fresh37 AX4-3).

    >>> _note(",使创建活动经常化、制度化、规范化。"), _note(",没有计划不得分"), _note("以上"), _note(",以上各项每项1分")
    (True, False, False, False)
    """
    m = re.match(r"[ \t\u3000,，。；;]+(?P<note>.+?)[ \t\u3000。.；;，,]*$", after)
    return m is not None and not re.match(GOES_ON, m["note"]) \
        and not any(r.search(m["note"]) for r in (_NOT_AN_ITEM_RE, _SCORING_RE, _NOT_A_NOTE_RE))


def read_inline_levels(text: str, weight: Decimal | None) -> Rule | None:
    """Levels whose points follow each in brackets with nothing between them — "完成相关许可认证(10分)经努力可在近期完成
    (6分)近期完成有困难(3分)近期完成的可能性不大(0分)" (fresh41 BB1-3) — read as :func:`levels.read_bracket_levels`
    reads them parted by "；" (from the 分值 down to 0, or lesser levels above 0, named as printed); else ``None``.

    >>> str(read_inline_levels("资料齐全(5分)资料基本齐全(3分)资料不全(0分)", Decimal(5)))
    '"资料齐全": W; "资料基本齐全": 3; "资料不全": 0'
    >>> read_inline_levels("建立台账(5分)按时报送(3分)", Decimal(8)) is None  # items adding up to the 分值
    True
    >>> read_inline_levels("完成率达到95%(5分)以上(3分)", Decimal(5)) is None  # "以上" goes on with the clause
    True
    """
    s = text.strip().rstrip(" 。.；;，,")
    marks = list(_MARK_RE.finditer(s))
    if len(marks) < 2 or any(not m["f"] for m in marks) or marks[-1].end() != len(s):
        return None
    parts, start = [], 0
    for m in marks:
        gap = s[start: m.start()]
        if start and re.match(rf"[ \t\u3000,，]*(?:{GOES_ON})", gap):
            return None
        parts.append(gap.strip(" \t\u3000,，") + m.group(0))
        start = m.end()
    return read_bracket_levels("；".join(parts), weight)


def _without_item_numbers(text: str) -> str:
    """``text`` without the bracketed item numbers "(1)…(3分)(2)…(2分)" — bare numbers in brackets that run 1, 2, 3…
    from the start while the points carry 分 — or as it is.

    >>> _without_item_numbers("(1)成立小组(3分)(2)制定计划(2分)"), _without_item_numbers("有会议室(2)档案室(2)")
    ('成立小组(3分)制定计划(2分)', '有会议室(2)档案室(2)')
    """
    first = re.match(r"1[、.](?!\d)", text)  # the normaliser writes a first "(1)" as "1、"
    if first is not None:
        text = text[first.end():]
    bare = list(re.finditer(r"\((\d{1,2})\)", text))
    start = 2 if first is not None else 1
    if not bare or (first is None and bare[0].start() != 0) \
            or [int(m[1]) for m in bare] != list(range(start, start + len(bare))) or not re.search(rf"\({NUM}分\)", text):
        return text if first is None else first.group(0) + text
    for m in reversed(bare):
        text = text[: m.start()] + text[m.end():]
    return text


#: points per thing done and the total: "1个0.5分,共3分" (the things listed before it, fresh34 AU12-1)
_EACH_OF_TOTAL_RE = re.compile(rf"^(?:每(?:1|一)?|1|一)(?P<u>{COUNT})(?:得|计)?(?P<n>{NUM})分[,，]\s*(?:共|满分|最高|合计|总分)"
                               rf"(?:为|得)?(?P<m>{NUM})分[。]?$")


def read_each_of_total(norm: str, weight: Decimal | None) -> Rule | None:
    """``>=k: W; <k: W - N per 1`` (k = 分值 ÷ N, the value the number of things done) for "1个N分,共M分" where M is the
    分值 and a whole number of things reaches it; else ``None``.

    >>> str(read_each_of_total("1个0.5分,共3分", Decimal(3)))
    '>=6: W; <6: W - 0.5 per 1'
    >>> read_each_of_total("1个0.5分,共3分", Decimal(4)) is None  # the total is not the 分值
    True
    >>> read_each_of_total("1个0.4分,共1分", Decimal(1)) is None  # 2.5 things
    True
    """
    m = _EACH_OF_TOTAL_RE.match(norm.strip())
    if m is None or weight is None or dec(m["m"]) != weight:
        return None
    each = dec(m["n"])
    if each <= 0 or each >= weight or (weight / each) % 1 != 0:
        return None
    k = int(weight / each)
    return parse_rule(f">={k}: W; <{k}: W - {fmt_decimal(each)} per 1")


def each_of_total_notes(rule: Rule, weight: Decimal | None) -> list[str]:
    """What the reading of "1个N分,共M分" means."""
    return ["业绩值为做到的个数：每做到1个得该分数，合计不超过分值（“共M分”即本行分值）"]
