"""A range of points the scorer picks from: "每次加1-3分", "较高4~2分", "为0~3分", "扣量化分0.5—1分" (r43, issue 11).

A clause that gives a range of points ("N-M分", "N~M分", "N至M分", "N分到M分") instead of one amount leaves the points
to a person: the rule language has one score per value, and nothing in the text says where in the range a case
falls. The reader already knew some of these spellings (``refusals._JUDGEMENT_RE``: "得10-15分", "扣0.5分至1分",
"(8-10分)", "□9.0-10分"); unseen tables print the range after other verbs (加/减/为/给/赋, "扣量化分"), straight after a
grade word with no verb ("优秀9—8分较好7—5分", "較高4~2分") and, in brackets, down to a 0 the normaliser writes as
不得分 ("(3分到0分)" → "(3分到不得分)"). Seen in six tables of four splits: fresh41 BB1-2/BB1-4/BB1-5, fresh43 BD9-3,
fresh54 BO5-2, fresh55 BP5-3/BP6-2/BP6-5/BP12-2.

Not a range of points (left to the other readers):

* a band of the value written in 分 — a score compared, not given: "得分为80-90分的评为良好", "总分在60-80分之间";
* a step with a lost minus sign: "合格率每降低1—1分" (the two ends equal, and 每 before them);
* a per-unit deduction "1-2分/处" (a slash after the range).

>>> point_range("积极为办事群众提供上门服务的,每次加1-3分").group(0)
'加1-3分'
>>> point_range("高5分,较高4-2分,一般1分").group(0)
'较高4-2分'
>>> point_range("评分者视情节打分:优秀9-8分较好7-5分一般4-3分").group(0)
'优秀9-8分'
>>> point_range("上交不及时者扣量化分0.5-1分,未上交者扣量化分2分").group(0)
'扣量化分0.5-1分'
>>> point_range("整体完成情况不理想(3分到不得分)").group(0)
'(3分到不得分)'
>>> [point_range(t) for t in ("得分为80-90分的评为良好", "总分在60-80分之间为合格", "合格率每降低1-1分",
...                           "每处扣1-2分/处", "达到90%得5分", "考核得分为80-90分,评为良好")]
[None, None, None, None, None, None]
"""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.rules.chinese._base import NUM

_CJK = r"\u4e00-\u9fff"
#: the two ends of a range: "1-3分", "4~2分", "0.5至1分", "3分到2分"
_ENDS = rf"(?P<a>{NUM})\s*分?\s*(?:-|~|至|到)\s*(?P<b>{NUM})\s*分"
#: what makes "N-M分" a band of a score compared, or a per-unit amount, when it follows the range
_NOT_GIVEN_AFTER = r"(?!\s*(?:/|以|的|之|者|区间|范围|时|为|及|内|或))"

#: after a scoring verb: "加1-3分", "为0-3分", "扣量化分0.5-1分", "赋2至4分"
_VERB_RE = re.compile(rf"(?P<verb>[得扣加减为给计记赋](?:量化分|基础分|分)?)\s*{_ENDS}{_NOT_GIVEN_AFTER}")
#: straight after a grade word at a clause's start, no verb: "较高4-2分", "优秀9-8分"
_GRADE_RE = re.compile(rf"(?:(?<=^)|(?<=[，,；;。:：、\s]))(?P<grade>[{_CJK}]{{1,6}}){_ENDS}{_NOT_GIVEN_AFTER}")
#: in brackets down to no points: "(3分到不得分)", "(2分-不得分)" — the normaliser's 不得分 for a printed 0分
_TO_NONE_RE = re.compile(rf"\(\s*{NUM}\s*分?\s*(?:-|~|至|到)\s*不得分\s*\)")

#: a grade word that is a step or a score, not a grade: "每降低", "得分", "总分"
_NOT_A_GRADE = re.compile(r"每|降|增|减|少|超|多|低于|高于|分|率|数|在|为")
#: before 为/在: the range is a score compared ("得分为80-90分")
_SCORE_BEFORE = re.compile(r"(?:得分|分数|总分|评分|成绩|分值)\s*$")


def point_range(norm: str) -> re.Match[str] | None:
    """The first range of points given in ``norm`` (the normalised text), or ``None``: two different ends, after a
    scoring verb (not a score compared: "得分为80-90分"), after a grade word (no step or score word in it), or in
    brackets down to 不得分."""
    for m in _VERB_RE.finditer(norm):
        if Decimal(m["a"]) != Decimal(m["b"]) and not (m["verb"] == "为" and _SCORE_BEFORE.search(norm[:m.start()])):
            return m
    for m in _GRADE_RE.finditer(norm):
        if Decimal(m["a"]) != Decimal(m["b"]) and not _NOT_A_GRADE.search(m["grade"]):
            return m
    return _TO_NONE_RE.search(norm)
