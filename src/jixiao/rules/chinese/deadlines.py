"""Recogniser: a deadline or a minimum duration written inside a requirement — "收到上级批复文件后在15个
工作日内通知各村的,得2分" / "在8月30日之前分派完毕,得5分,未分派完毕不得分" / "公示时间不得少于7天,得5分"
(耕地地力保护补贴项目专项支出绩效评分细则 G1, 省级部门专项资金竞争性分配工作考核评分表 G2).

The number there is part of the requirement the scorer checks (met / not met, or the count of items not
met), not the row's value: the phrase becomes a word without digits ("按期" / "达到规定时长") and the rest
of the text is read as usual (pass/fail, failure counts). Only when the text holds exactly ONE such
phrase and no other number of days / months: "15个工作日内得2分，30个工作日内得1分" or "…，超过15天不得分"
score the time itself (bands on a number of days) and are left to the other recognisers (or refused).

>>> mask_deadline("在8月30日之前分派完毕,得5分,未分派完毕不得分。")
('按期分派完毕,得5分,未分派完毕不得分。', ['期限“在8月30日之前”是达标条件的一部分：由评分人判断是否满足，不按日期或天数计分'])
>>> mask_deadline("公示时间不得少于7天,得5分;未达要求的,不得分。")[0]
'公示时间达到规定时长,得5分;未达要求的,不得分。'
>>> mask_deadline("15个工作日内完成得2分,30个工作日内完成得1分")[0]
'15个工作日内完成得2分,30个工作日内完成得1分'
>>> mask_deadline("案件处理时限为2个工作日,按时办结率=(按时办结案件数量/办结案件数量)×150分")[0]
'案件处理按规定时限,按时办结率=(按时办结案件数量/办结案件数量)×150分'
>>> mask_deadline("15天内完成得2分,超过15天不得分")[0]
'15天内完成得2分,超过15天不得分'
"""

from __future__ import annotations

import re

_TIME = r"(?:个工作日|工作日|个自然日|自然日|日|天|周|个月)"

#: (pattern, the word put in its place)
_DEADLINES = (
    # within N days: "在15个工作日内" / "于10日内" / "30天以内"
    (re.compile(rf"(?:在|于)?\d{{1,3}}{_TIME}(?:之内|以内|内)"), "按期"),
    # before a date: "在8月30日之前" / "于2018年6月底前" / "11月15日前"
    (re.compile(r"(?:在|于)?(?:\d{4}年)?\d{1,2}月(?:\d{1,2}日|\d{1,2}号|底|末|上旬|中旬|下旬)?(?:之前|以前|前)"), "按期"),
    # a time limit stated: "案件处理时限为2个工作日" (fresh7 T5-2, r38) — what "按时" means for the rate after it
    (re.compile(rf"(?:时限|期限)(?:为|是)\d{{1,3}}{_TIME}(?:之内|以内|内)?"), "按规定时限"),
    # a minimum duration: "不得少于7天" / "不少于5个工作日"
    (re.compile(rf"(?:不得|不)少于\d{{1,3}}{_TIME}"), "达到规定时长"),
)

#: any other number of days / months left in the text: the time itself may be what is scored
_OTHER_TIME_RE = re.compile(rf"\d{_TIME}|\d{{1,2}}月|\d年")


def mask_deadline(norm: str) -> tuple[str, list[str]]:
    """``norm`` with its one deadline phrase replaced, and the note saying so; unchanged otherwise."""
    found = [(m, word) for pat, word in _DEADLINES for m in pat.finditer(norm)]
    if len(found) != 1:
        return norm, []
    m, word = found[0]
    masked = norm[: m.start()] + word + norm[m.end():]
    if _OTHER_TIME_RE.search(masked):
        return norm, []
    return masked, [f"期限“{m.group(0)}”是达标条件的一部分：由评分人判断是否满足，不按日期或天数计分"]
