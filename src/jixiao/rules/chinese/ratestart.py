"""Recogniser: steps down on a rate with no start printed — "量化分级率每下降10%扣0.5分，扣完为止"
(fresh16 AC5-6), "居民健康知识入户率每下降5个百分点扣1分" (fresh8 U7-2). A rate (…率) that "drops" (下降 /
降低 / 减少) by steps drops from its full value, 100 %: the steps run below 100 % from the 分值
(``>=100%: W; <100%: W - N per 10% floor``). Only when the fragment names the rate right before 每, the
verb is a drop (每低… is lower than some standard: refused), and no other fragment names a target, a plan,
last year or an average to count from; the reading warns that a row whose target is below 100 % counts
from its target instead (a rule to write by hand).

>>> from jixiao.rules.chinese import read_rule_text
>>> read_rule_text("量化分级率每下降10%扣0.5分，扣完为止。", 2).canonical
'>=100%: W; <100%: W - 0.5 per 10% floor'
>>> read_rule_text("知晓率每下降5%扣1分,扣完为止。", 3).canonical  # a survey rate: from the row's target (r63)
'>=T: W; <T: W - 1 per 5% floor'
>>> read_rule_text("合格率每低5%扣1分。", 5).canonical  # lower than a standard: the row's target (r63)
'>=T: W; <T: W - 1 per 5% floor'
>>> read_rule_text("GDP增长率每下降1个百分点扣2分", 10).kind  # a growth rate has no full value
'unreadable'
>>> read_rule_text("完成率未达到目标值的，每下降1%扣0.3分", 3).canonical  # from the target (r63)
'>=T: W; <T: W - 0.3 per 1%'
"""

from __future__ import annotations

import re

from jixiao.rules.chinese._base import _Bound, _Frag, _NumCond
from jixiao.rules.model import ONE

#: the rate named right before the drop: "…改厕到位率每下降10%扣2分" (a leading section number "1.2.1" allowed)
_RATE_DROP_RE = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2}){1,3})?[^\d%，,。；;:：]{0,30}?(?<!不)(?:" + "|".join(FULL_RATES := (
    # rates whose full value is 100 % (a share of what should be done): never a growth rate, an incidence or a
    # failure rate ("GDP增长率每下降1个百分点" from 100 % would be absurd; found by trying variants in r1)
    # (not 知晓率 / 满意率: rates of a sample of people's answers, whose requirement is below 100 % as a rule —
    # "知晓率每下降5%扣1分" beside "知晓率达90%以上" in another column, fresh27 AN4-5, was read from 100 %)
    "覆盖", "到位", "合格", "达标", "完成", "执行", "入户", "分级", "参与", "接种", "普及", "落实", "及时",
    "准确", "规范", "建档", "受理", "办结", "回复", "上报", "报告", "检测", "处理", "收集", "登记", "签约", "参保", "征收",
    "兑现", "随访", "整改", "审核", "配备", "完好", "出勤", "验收", "合规", "正确", "完整", "到岗", "持证", "培训", "改厕",
    "公开", "录入", "归档", "办理", "反馈", "巡查", "核查", "匹配", "使用", "利用", "开通", "安装")) + r")率每(?:下降|降低|减少)\d")

#: anything else to count from: a target, a plan, last year, an average, a standard
_OTHER_START_RE = re.compile(r"目标|指标|计划|任务|上年|去年|上一年|同期|同比|基数|平均|标准|要求|未达到|未完成|达不到")


def ratestart_drop(src: str) -> bool:
    """True when ``src`` begins with a drop this module counts from 100 % ("量化分级率每下降10%…"): the bare-step
    reader (targets.read_bare_target_steps, r63) leaves it here."""
    return _RATE_DROP_RE.match(src) is not None


def full_rate_start(f: _Frag, frags: list[_Frag]) -> _NumCond | None:
    """``<100%`` for a drop in steps on a named rate with no start, or ``None``."""
    if f.deduct is None or not f.deduct.below or f.cond is not None:
        return None
    if _RATE_DROP_RE.match(f.src) is None or any(_OTHER_START_RE.search(g.src) for g in frags):
        return None
    return _NumCond(None, _Bound(ONE, False, True), False, "pct", True, f.src)


#: what the reading says about its start
FULL_RATE_NOTES = ("未写起算点：比率每下降…按从100%（比率的满值）起算，100%得满分",
                   "歧义：原文未写从多少起算下降。按从100%起算读；若本行目标值低于100%、应从目标值起算，"
                   "请手写计分规则（如 <T: W - 1 per 5% floor）")
