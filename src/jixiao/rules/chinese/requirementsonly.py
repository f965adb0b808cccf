"""A text of requirements only — no points, no deduction, no rate: the scorer judges it (r64, r66; one module since r67).

"把创建活动纳入重要议事日程,有健全的组织机构和工作机制,并由主要领导担任创建活动领导小组组长。" (fresh39 AZ1-2), "对创建活动的开展
做到有计划、有方案、有部署…" (AZ1-3), "加强对村级重大事项民主决策的监督(6分)。参与…决策过程,及时纠正…,督促…" (fresh58 BS4-4),
"渠道工程管理目标明确、制度健全、责任到人、措施得力。(5分)" (fresh35 AV8-2): the row says what is wanted and nothing about how
points are given or lost. The corpus labels such rows manual (the scorer decides, as for "酌情" / "适当扣分"); the reader
refused them as if a scoring wording had not been recognised ("没有找到计分方法"): the row is a judgement, with why.

Only where the reader refused the text (reader.py: mostly ``assemble.NO_METHOD``, "没有找到计分方法"; for measures, a
count the conditions did not use), and only when the text holds nothing but requirements. The row's 分值 may be
printed once ("(10分)", "(分值5分)", "本项满分2分", "。总分3分。", a heading "…的监督(6分)。" — each the row's 分值);
item numbers are taken off. The rest must hold none of:

* one number to reach (Arabic, or a Chinese count: "一名", "两次") or a comparison (以上, 不少于, 至少, 每, %, ≥ …): a
  target, and what a shortfall scores (nothing, a share, the scorer's call) is not written — fresh42 BC2-6
  "完成经营收入65万元(30分)" is labelled refuse for that. Measures of two kinds or more ("2 次人工呼吸，每次持续 1 秒…小于
  10 秒", fresh73 CH5-2) are the requirements' own: no one value of a row holds them (:func:`_own_measures`);
* a scoring word (扣, 得分, 分值, 满分, 按比例, 计算, 平均 …), points in another notation ("(4')", "| 90", "x60") or a grade
  (档, 等级, 合格, 优秀, a grade letter "为A");
* a rule or a standard printed elsewhere (见附表, 上述, 细则, 规定, 条例, 办法, 为准, 考核, 评价 …), a condition (否则, 若, 凡,
  不予), a question (是否 / 有无: seed 000 D11 — its evaluators scored it by a rate), "all" (所有 / 全部: a share to reach,
  seed 004's 评分标准), a judge's word (酌, 视情, 适当: refusals.py reads those with their own note);
* a failing ("未建立工作台账", "没有…", "缺…": a failing with no consequence — points cut off, or unstated.py's) or a clause
  ending in 的/者 ("资料齐全的": a condition whose points are missing — test_r23's wording refusal).

And the house convention (session 25, the corpus's relabels of BB10-2, BD4-1, BQ8-1): one or two requirements with the
points printed beside them are a pass/fail ("建立台账,按月报送(5分)" reads so) — with a printed 分值, three or more
requirements are needed here (clauses parted by commas, stops or 、: AV8-2's four 、-parted requirements are the lead's
example of "three or more"). Fewer stay refused: fresh74 CI6-2 "作业批改及时。作业订正及时。(10分)" is labelled manual, the
convention says pass/fail — the text does not settle which (docs/notes/r67.md).

>>> requirements_only("有本地政府数字化转型年度工作计划,明确具体工作任务、分管领导和联系人", Decimal(2))
'只写了要达到的要求，没有写怎样给分（做到几项、缺一项得几分都未写明）：由评分人判断（满分2分）'
>>> [requirements_only(t, Decimal(5)) is not None for t in ("1、建立健全工作台账,按月报送统计报表,档案管理规范。(分值5分)",
...     "渠道工程管理目标明确、制度健全、责任到人、措施得力。(5分)", "領導重視,組織健全,職責明確。", "按时完成,资料归档,总结上报。总分5分。")]
[True, True, True, True]

Not this shape (``None``):

>>> [requirements_only(t, Decimal(5)) for t in (
...     "制度健全,台账规范,资料完整。(10分)",     # a 分值 that is not the row's
...     "作业批改及时。作业订正及时。(5分)",      # two requirements and the points: the convention's, not settled
...     "有1名副职以上领导分管", "有一名副职以上领导分管", "培训不少于两次", "每季度召开一次例会",  # numbers to reach
...     "建立台账,未建立的扣分", "建立台账,否则不予认可", "未建立台账", "资料齐全的",  # a deduction, a condition, a failing
...     "符合上述标准为A", "由市委组织部制定考核标准,并组织考核", "以实际评定的综合值为准", "按群众满意度平均值计算",
...     "项目实施后, 是否有效保障参保人员基本医疗水平", "落实政府信息公开相关规定", "主动公开所有文件,有效办理信息公开申请",
...     "制定质监制度(5分);制定工作程序(5分)", "列入縣級財政預算(4')。", "大于等于30000萬元 | 90",
... )]
[None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None]
"""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.rules.chinese._base import NUM, dec
from jixiao.rules.chinese.lexicon import ITEM_NO
from jixiao.rules.chinese.normalise import to_simplified
from jixiao.rules.model import fmt_decimal

#: the row's 分值 printed in the text: "(10分)", "(分值5分)", "（本项满分2分）", "本项满分2分", "分值为3分", "。总分3分。"
_PRINTED_WEIGHT_RE = re.compile(
    rf"[(（]\s*(?:(?:本项|该项|此项)?(?:满分|分值|总分|共)(?:为|是)?[:：]?\s*)?(?P<n>{NUM})\s*分\s*[)）]"
    rf"|(?:本项|该项|此项)?(?:满分|分值|总分|共计)(?:为|是)?[:：]?\s*(?P<m>{NUM})\s*分")

#: an item number opening the text or a line or sentence of it: "1.", "2、", "（一）", "①" (lexicon's one pattern)
_ITEM_NO_RE = re.compile(rf"(?:^|(?<=[\n。；;]))\s*{ITEM_NO}(?=\s*[\u4e00-\u9fff])")

#: a number in words with what it counts: "一名", "两次", "三项", "十个" (a number to reach, as a digit is)
_CN_COUNT_RE = re.compile(r"[一二两三四五六七八九十百千万半几][个個项項次名人件篇天日月年周份家所户戶类類种種条條处處套本期批台辆輛座间間把位级級档檔]")

#: a number with what it measures: "2 次", "1 秒", "5 厘米", "一名", "三分之一", a ratio "30:2"
_MEASURE_RE = re.compile(
    # (a number matched only from its first digit, possessively: a run of digits is one try, never one per digit)
    r"(?:(?<![0-9.])\d++(?:\.\d++)?|(?<![一二两三四五六七八九十百千万半几])[一二两三四五六七八九十百千万半几]++)\s*(?P<u>分之|[:：]\s*\d+|%|％|‰|个百分点|分钟|小时|厘米|毫米|公里|平方米|"
    r"[个個项項次名人件篇天日月年周份家所户戶类類种種条條处處套本期批台辆輛座间間把位级級秒米])")

#: a comparison or a step per unit (with one number to reach, a target; with measures of several kinds, their own)
_COMPARISON_RE = re.compile(r"[≥≤<>＜＞%％‰]|以上|以下|以内|不少于|不低于|不超过|不高于|至少|至多|最多|最少|超过|低于|高于|少于|"
                            r"多于|不足|每")

#: what makes the text more than requirements (each read — or refused — by its own reader)
_NOT_ONLY_REQUIREMENTS_RE = re.compile(
    # a scoring word (the verbs with or without 分, the points' words, a share, a formula), points in a table or as a
    # prime ("(4')", fresh12 Y17) or a product ("好路率x60", fresh34 AU6-2)
    r"扣|罚|奖|加分|减分|[得计記记评打给赋积]分|分值|满分|零分|总分|分数|按比例|比例[计扣得折]|比重|折算|系数|平均|"
    r"公式|计算|[=＝×÷|｜′']|"
    # a grade or a level word (a grade letter alone: "符合上述4项标准为A", fresh37 AX7-1)
    r"档次|分档|档位|[一二两三四五六]档|等级|等次|评为|定为|合格|达标|优秀|良好|较好|一般|较差|(?<![A-Za-z\-])[A-D]#?(?![A-Za-z\-])|"
    # a rule, a standard or a scorer elsewhere ("由市委组织部制定考核标准", fresh34 AU1-1; "以实际评定的综合值为准", AU6-3;
    # "落实政府信息公开相关规定", seed 004 — its rule is in the report body, its author's row; "依据《条例》…", fresh71 CF4-6)
    r"(?<!意)见(?!效)|附件|附表|上述|下列|左列|右列|前述|如下|细则|办法|规定|条例|另行|另定|为准|考核|考评|测评|评价|评估|评定|"
    r"评比|评审|"
    # a condition or an exemption
    r"否则|反之|如果|若(?!干)|凡|除外|不予|一票|否决|"
    # a question of what the work achieved (seed 000 D11 "项目实施后, 是否有效保障参保人员基本医疗水平": its evaluators scored it
    # by a rate, 84.70 % × 10; seed 002 资产管理规范性 "…是否经审批"): what is asked may be measured
    r"是否|有无|有没有|"
    # "all of them" is a share to reach (100 %): "主动公开所有“主动公开”文件" (seed 004's standard, a pass/fail by its author)
    r"所有|全部|"
    # a judge's words (refusals.py reads them as a judgement with their own note)
    r"酌|视情|适当")

#: a clause stating a failing — "未建立台账", "没有方案", "缺…" — or, opening the text, "无台账" / "不按时上报" (later in a
#: list "无违规经营和乱收费" is a requirement of its own, fresh58 BS2-4; "不断提高…" is no failing)
_FAILING_RE = re.compile(r"(?:^|[，,。；;、:：\s])(?:未|没有|没|缺)|^\s*(?:无|少|不(?!断|仅|但))")

def _own_measures(rest: str) -> bool:
    """Whether the numbers and comparisons of ``rest`` (none, or measures of two kinds or more) are the requirements' own.

    One number to reach — "有一名副职以上领导分管", "每年培训不少于两次", "完成经营收入65万元(30分)" (fresh42 BC2-6, labelled refuse:
    "未完成时得几分（不得分还是按比例）没写") — may be the row's value, a target whose shortfall the text does not score:
    ``False``. Measures of several kinds — "至少每分钟 100 次…至少 5 厘米…在 10 秒或更短时间内" (fresh73 CH5-1, a skill exam's
    操作要点), "培训不得少于1次,参加人员不得少于在编人员三分之一" (fresh45 BF16-2) — are no one value a row could hold: how they
    are met is the scorer's to weigh. A number measuring nothing ("1200 20", a table's points) is never a requirement's.

    >>> [_own_measures(t) for t in ("建立台账", "2 次人工呼吸，每次持续 1 秒", "培训不少于1次,参加人员不少于三分之一")]
    [True, True, True]
    >>> [_own_measures(t) for t in ("有一名副职以上领导分管", "每年培训不少于两次", "培训2次,会议3次", "面积 1200 20", "每季度召开")]
    [False, False, False, False, False]
    """
    if not re.search(r"[0-9０-９]", rest) and not _CN_COUNT_RE.search(rest):
        return _COMPARISON_RE.search(rest) is None
    kinds = {re.sub(r"[:：]\s*\d+", ":", m["u"]) for m in _MEASURE_RE.finditer(rest)}
    return len(kinds) >= 2 and not re.search(r"[0-9０-９]", _MEASURE_RE.sub("", rest))


WHY = "只写了要达到的要求，没有写怎样给分（做到几项、缺一项得几分都未写明）：由评分人判断（满分{w}分）"


def requirements_only(text: str, weight: Decimal | None) -> str | None:
    """Why a text of requirements only is a judgement (Chinese), or ``None`` when it is not one (see the module)."""
    if weight is None or not text.strip():
        return None
    simple = to_simplified(text)
    printed = list(_PRINTED_WEIGHT_RE.finditer(simple))
    if len(printed) > 1 or any(dec(m["n"] or m["m"]) != weight for m in printed):
        # another 分值 than the row's, or points for several parts ("制定质监制度(1分);制定工作程序(1分)" on 1): items
        return None
    rest = _ITEM_NO_RE.sub("，", _PRINTED_WEIGHT_RE.sub("，", simple))
    if _NOT_ONLY_REQUIREMENTS_RE.search(rest) or _FAILING_RE.search(rest.strip()) or not _own_measures(rest):
        return None
    clauses = [c for c in re.split(r"[，,。；;、\n]+", rest) if re.search(r"[\u4e00-\u9fff].*[\u4e00-\u9fff]", c)]
    if any(re.search(r"[的者]\s*$", c) for c in clauses):
        # "资料齐全的" / "…,具有一定特色的。" (fresh14 AA6-4): a condition whose points are not there (lost, or in another
        # cell) — a wording refusal, never a judgement
        return None
    if not clauses or (printed and len(clauses) < 3):
        # one or two requirements and the points printed after them: a pass/fail by the house convention, which
        # assemble.py reads where it can ("建立台账,按月报送(5分)") — never a judgement here
        return None
    return WHY.format(w=fmt_decimal(weight))
