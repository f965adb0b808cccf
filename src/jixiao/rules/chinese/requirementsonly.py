"""Requirements only: the text says what must be done and nothing about how the points are given (r66).

A 评分标准 cell that lists what the unit must do or have — "有本地政府数字化转型年度工作计划,明确具体工作任务、分管领导和联系人",
"对创建活动的开展做到有计划、有方案、有部署…", "加强对…的监督(6分)。参与…决策过程,及时纠正…,督促…,有效防止…" — with no amount, no deduction and no rate, leaves
the points to the person who checks: how much a partly met list earns is not written. Such a row is a judgement
(需人工评分), never a refusal as if a scoring wording had not been recognised, and never a pass/fail (the text does not
say the row scores 0 when a requirement is missed).

``requirements_only(text, weight)`` returns the Chinese note saying so, or ``None`` when the text is anything else. Only
the row's 分值 may be printed ("(10分)", "(分值5分)", "本项满分2分", a heading "…的监督(6分)。" — each must be the row's
分值); the rest must hold no number (Arabic or a Chinese count: "一名副职"), no comparison (以上, 不少于, ≥ …), no scoring
word (扣, 得分, 分值, 按比例, 合格, 档 …), no failing or condition (未建立…, 否则, 若, a clause ending in 的/者 with no points after it), no grade letter and no reference to a
standard printed elsewhere (见附表, 上述, 细则, 考核标准 …) and no question (是否…: what is asked may be measured, as
seed 000 D11's evaluators did by a rate): every one of those is a rule (or a refusal) of its own.

>>> requirements_only("有本地政府数字化转型年度工作计划,明确具体工作任务、分管领导和联系人", Decimal(2))
'只写了要达到的要求，没有写怎样给分（做到几项、缺一项得几分都未写明）：由评分人判断（满分2分）'
>>> requirements_only("对创建活动的开展做到有计划、有方案、有部署、有专栏、有检查、有成效、有总结。", Decimal(8)) is not None
True
>>> requirements_only("加强对村级重大事项民主决策的监督(6分)。参与村级重大事项的决策过程,及时纠正违反民主决策程序的行为。",
...                   Decimal(6)) is not None
True

Not when the printed 分值 is not the row's, nor one or two requirements with the points printed after them (a
pass/fail by the house convention, as "建立台账,按月报送(5分)" reads), nor when anything but requirements is written:

>>> [requirements_only(t, Decimal(5)) for t in (
...     "制度健全,台账规范,资料完整。(10分)",     # a 分值 that is not the row's
...     "作业批改及时。作业订正及时。(5分)",      # two requirements and the points
...     "有1名副职以上领导分管",                   # a number to reach
...     "有一名副职以上领导分管",                  # the same in words
...     "培训不少于两次",                         # a comparison
...     "建立台账,未建立的扣分",                   # a deduction (unstated amount: unstated.py's)
...     "建立台账,否则不予认可",                   # a condition
...     "未建立台账的",                           # a failing
...     "资料齐全的",                             # a condition whose points are not there
...     "符合上述标准为A",                        # a grade and a rule printed elsewhere
...     "由市委组织部制定考核标准,并组织考核",       # the standard is set elsewhere
...     "按群众满意度平均值计算",                  # a formula
...     "项目实施后, 是否有效保障参保人员基本医疗水平",  # a question of what was achieved (seed 000 D11)
...     "落实政府信息公开相关规定",                  # the requirement is set in rules elsewhere (seed 004)
...     "主动公开所有文件,有效办理信息公开申请",       # "all" is a share to reach (seed 004's standard)
... )]
[None, None, None, None, None, None, None, None, None, None, None, None, None, None, None]
"""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.rules.chinese._base import NUM
from jixiao.rules.chinese.lexicon import ITEM_NO
from jixiao.rules.chinese.normalise import to_simplified
from jixiao.rules.model import fmt_decimal

#: the row's 分值 printed in the text: "(10分)", "(分值5分)", "（本项满分2分）", "本项满分2分", "分值为3分"
_PRINTED_WEIGHT_RE = re.compile(
    rf"[(（]\s*(?:(?:本项|该项|此项)?(?:满分|分值)(?:为|是)?[:：]?\s*)?(?P<n>{NUM})\s*分\s*[)）]"
    rf"|(?:本项|该项|此项)?(?:满分|分值)(?:为|是)?[:：]?\s*(?P<m>{NUM})\s*分")

#: an item number opening the text: "1.", "2、", "（一）", "①" (lexicon's one pattern)
_ITEM_NO_RE = re.compile(rf"^\s*{ITEM_NO}")

#: a number in words with what it counts: "一名", "两次", "三项", "十个" (a number to reach — not a requirement only)
_CN_COUNT_RE = re.compile(r"[一二两三四五六七八九十百千万半几][个個项項次名人件篇天日月年周份家所户戶类類种種条條处處套本期批台辆輛座间間把位级級档檔]")

#: what makes the text more than requirements: a comparison, a scoring word, a grade, a failing or a condition, a rule or
#: standard printed elsewhere, a scorer named (each read — or refused — by its own reader)
_NOT_ONLY_REQUIREMENTS_RE = re.compile(
    # a comparison or a rate's unit
    r"[≥≤<>%‰＜＞]|以上|以下|以内|不少于|不低于|不超过|不高于|超过|低于|高于|少于|多于|不足|每|"
    # a scoring word (the verbs with or without 分, the points' words, a share, a formula)
    r"扣|罚|奖|加分|减分|[得计記记评打给赋积]分|分值|满分|零分|总分|分数|按比例|比例|比重|折算|系数|平均|公式|计算|[=＝×÷]|"
    # a grade or a level word
    r"档次|分档|档位|等次|等级|评为|定为|合格|优秀|良好|较好|一般|较差|[A-Za-z]|"
    # a rule, a standard or a scorer elsewhere
    # ("落实政府信息公开相关规定", seed 004's 推进医保政府信息公开 row: what is required is set in the rules it names — its spec
    # took the rule from the report body; it stays unreadable)
    r"见|附件|附表|上述|下列|左列|右列|前述|如下|细则|办法|规定|条例|另行|另定|为准|考核|考评|测评|评价|评估|评定|评比|评审|"
    # a condition or an exemption
    r"否则|如果|若|凡|除外|不予|一票|否决|"
    # a question of what the work achieved ("项目实施后, 是否有效保障参保人员基本医疗水平", seed 000 D11 — its evaluators
    # scored it by a rate, 84.70% × 10): what is asked may be measured — not a list of requirements
    r"是否|"
    # "all of them" is a share to reach (100 %): "主动公开所有“主动公开”文件，有效办理信息公开申请" (seed 004 推进医保政府信息公开,
    # its spec a pass/fail by the author) — what was reached may be measured, as the question above
    r"所有|全部|"
    # a judge's words (refusals.py reads them as a judgement with their own note)
    r"酌|视情|适当")

#: a clause stating a failing: "未建立台账", "没有方案", "缺…", "不按时…" (a failing with no amount is unstated.py's or a
#: refusal, never a requirement)
_FAILING_CLAUSE_RE = re.compile(r"(?:^|[，,。；;、:：\s])(?:未|没有|没|无|缺|不|少)")


def requirements_only(text: str, weight: Decimal | None) -> str | None:
    """Why a text of requirements only is a judgement (Chinese), or ``None`` when it is not one (see the module)."""
    if weight is None:
        return None
    simple = to_simplified(text)
    printed = [Decimal(m["n"] or m["m"]) for m in _PRINTED_WEIGHT_RE.finditer(simple)]
    if any(p != weight for p in printed):
        return None
    rest = _ITEM_NO_RE.sub("", _PRINTED_WEIGHT_RE.sub("，", simple))
    if re.search(r"[0-9０-９]", rest) or _CN_COUNT_RE.search(rest) or _NOT_ONLY_REQUIREMENTS_RE.search(rest) \
            or _FAILING_CLAUSE_RE.search(rest):
        return None
    clauses = [c for c in re.split(r"[，,。；;\n]+", rest) if re.search(r"[\u4e00-\u9fff].*[\u4e00-\u9fff]", c)]
    if any(re.search(r"[的者]\s*$", c) for c in clauses):
        # "资料齐全的" / "…,具有一定特色的。": a condition whose points are not there (lost, or in another cell) — a
        # wording refusal, never a judgement
        return None
    if not clauses or (printed and len(clauses) < 3):
        # one or two requirements and the points printed after them are a pass/fail by the house convention (session
        # 25: "一两项要求后写分数即通过/不通过"; assemble.py reads "建立台账,按月报送(5分)" so) — not a judgement here
        return None
    return f"只写了要达到的要求，没有写怎样给分（做到几项、缺一项得几分都未写明）：由评分人判断（满分{fmt_decimal(weight)}分）"
