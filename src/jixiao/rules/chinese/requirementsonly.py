"""A text of requirements only — no points, no deduction, no rate: the scorer judges it (r64, issue 11).

"作业批改及时。作业订正及时。(10分)" (fresh74 CI6-2), "1.使用 E-C 手法压紧球囊面罩\\n2.2 次人工呼吸，每次持续 1 秒并看到胸廓起伏…"
(fresh73 CH5-2, a hospital skill-exam form: the 操作要点 of a 20-point step), "把创建活动纳入重要议事日程,有健全的组织机构和工作机制…"
(fresh39 AZ1-2), "依据《条例》…编制完善,…内容规范,更新及时" (fresh71 CF4-6): the row says what is wanted and nothing about
how points are given or lost. The corpus labels such rows manual (the scorer decides, as for "酌情" / "适当扣分"), and the
reader refused them ("没有找到计分方法"): the row is now a judgement, with why.

Only when the reader found no rule at all (the refusal is one of wording), and the text holds no scoring word: no points
("2分", "(10分)" — unless the bracket restates the 分值), no score verb (扣 / 得分 / 加分 / 评分 …), no 满分 / 分值 / 否则,
no share (%, ‰, 比例 after 按 — "按压速率" is a technique, "知晓率" with no % scores nothing), no step (每少 / 每缺 …).
Nor a rule written elsewhere or computed ("…为准", "…计算", "考核标准"), a target amount (万, 元), grades
without points ("为A"), a condition cut off before its outcome ("资料齐全的"), nor points in another notation (a bare number in brackets or
ending a line, table cells, a product "x60"). Numbers that are the requirement's own ("2 次人工呼吸", "在 10 秒内") stay
in it: with no points anywhere they cannot be bands.

>>> requirements_only("按时完成项目验收。总分3分。", Decimal(3)) is not None  # (r6's "可能分项计分": the scorer's call)
True
>>> requirements_only("作业批改及时。作业订正及时。(10分)", Decimal(10))
'只写了要求，没有给分或扣分的标准（得几分、扣几分都没写）：由评分人判断'
>>> requirements_only("1.使用 E-C 手法压紧球囊面罩\\n2.2 次人工呼吸，每次持续 1 秒并看到胸廓起伏", Decimal(20)) is not None
True

Not this shape (``None``): any scoring word, or a bracket of points other than the 分值:

>>> [requirements_only(t, Decimal(10)) for t in ("作业批改及时(5分)", "作业批改不及时扣分", "批改率达到90%",
...                                              "按时完成得满分", "每少一次作业批改", "作业批改及时,否则不得分")]
[None, None, None, None, None, None]
>>> requirements_only("资料齐全的", Decimal(2)), requirements_only("本项计0", Decimal(2))  # cut off; points without 分
(None, None)
>>> [requirements_only(t, Decimal(1)) for t in ("制定质监制度(1分);制定工作程序(1分)", "列入縣級財政預算(4')。", "好路率X120。")]
[None, None, None]
>>> [requirements_only(t, Decimal(30)) for t in ("由市委组织部制定考核标准,并组织考核。", "以实际评定的综合值为准。",
...                                              "完成经营收入65万元(30分)。", "符合上述4项标准为A;符合3项标准为B;其余情形为C。")]
[None, None, None, None]
>>> [requirements_only(t, Decimal(20)) for t in ("书写工整。(10)\\n记录详细。(10)", "室外活动场地使用面积\\n1200 20\\n1000 15",
...                                              "以实际评定的好路率x60", "大于等于30000萬元 | 90")]
[None, None, None, None]
"""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.rules.chinese._base import NUM, dec

#: the 分值 restated in a bracket or as 满分/总分 N 分 — taken off before looking for scoring words
_RESTATED_RE = re.compile(rf"[(（]\s*(?:共|满分|总分|本项)?\s*(?P<n>{NUM})\s*分\s*[)）]"
                          rf"|(?<=[。；;])\s*(?:本项|该项)?(?:总分|满分|共)(?:为)?\s*(?P<m>{NUM})\s*分[。.]?\s*$")

#: any word of scoring: points, a score verb, 满分 / 分值, 否则, a rate or share, a step per unit short or over
_SCORING_RE = re.compile(rf"{NUM}\s*分(?!钟)|[扣得计记加减给赋打评]\s*分|[扣得计记加减给]\s*{NUM}|扣|满分|分值|分数|否则|反之|%|％|‰|按比例|比重|"
                         r"每(?:少|缺|漏|多|超|低|高|增|减|差|降|发现|出现|有)|酌情|视情|档|等级|等次|优秀|合格|达标")

#: points in another notation: a prime for 分 ("(4')", fresh12 Y17), a bare number in brackets ("书面整洁。(10)", fresh55 BP4-2) or ending a line ("1200 20",
#: fresh54 BO10-1), table cells ("| 90"), a product ("好路率x60", fresh34 AU6-2) — a table or a formula, not requirements
#: (and a bare range, "房屋整治方案 1-5": points or a band without a unit — guard.refuse_bare_range says so, session 33)
_BARE_POINTS_RE = re.compile(r"[(（]\s*\d+(?:\.\d+)?\s*[)）]|(?:^|[\s/])\d+(?:\.\d+)?\s*$|[|｜]|[xX×＊*]\s*\d|\d\s*['′’]|"
                             r"\d\s*[-~～—至到]\s*\d", re.M)

#: a rule that is written elsewhere or computed, a target, grades without points — refused, never the scorer's call (the
#: corpus labels them refuse): "由市委组织部制定考核标准" (fresh34 AU1-1), "以实际评定的综合值为准" (AU6-3), "按成效系数法计算"
#: (fresh63 BX11-2), "完成经营收入65万元(30分)" (fresh42 BC2-6; "…目标分解指标 5", fresh44 BE4-4, ends with its bare
#: points — not "目标明确": a requirement, fresh35 AV8-2), "符合上述4项标准为A"
#: (fresh37 AX7-1), "…考核结果为极佳" (fresh68 CC6-1); and a question ("项目实施后,是否有效保障参保人员基本医疗水平", seed 000 D11;
#: seed 002 资产管理规范性 "①对外投资行为是否经审批…"): the seeds keep it refused (no scoring method); rules named
#: elsewhere ("落实政府信息公开相关规定", seed 004 附件3 — its rule is in the report body; "依据《条例》…", fresh71 CF4-6 —
#: session 38 lead, as r66 decided: the seed stays unread for its author); "all" (所有/全部: "主动公开所有“主动公开”文件",
#: seed 004's 评分标准 — met or not, a pass/fail the text does not price, r66); an equation or a
#: comparison sign ("…,P = 0.5", test_r65: factor levels out of range stay refused)
_NOT_JUDGED_RE = re.compile(r"[=＝≥≤<>]|是否|有无|有没有|为准|计算|公式|系数|考核标准|评分标准|细则|考核结果|规定|条例|所有|全部|"
                            r"\d\s*(?:[千万亿])?元|\d\s*[万亿]|"
                            r"(?<![A-Za-z\-])[A-D]#?(?![A-Za-z\-])")

#: a condition whose outcome is cut off: "资料齐全的" (…的 / …者 waits for its points) — refused, never judged (not
#: 时: "更新及时")
_CUT_RE = re.compile(r"(?:的|者)[。.，,；;\s]*$")

WHY = "只写了要求，没有给分或扣分的标准（得几分、扣几分都没写）：由评分人判断"


def requirements_only(text: str, weight: Decimal | None) -> str | None:
    """The reason a text of requirements only is a judgement, or ``None`` (it holds a scoring word)."""
    if weight is None or not text.strip():
        return None
    restated = list(_RESTATED_RE.finditer(text))
    if len(restated) > 1:  # points for several parts ("制定质监制度(1分);制定工作程序(1分)" on 1): items, never the 分值 twice
        return None
    bare = text
    for m in restated:
        if dec(m["n"] or m["m"]) != weight:
            return None
        bare = bare.replace(m.group(0), "")
    if _SCORING_RE.search(bare) or _BARE_POINTS_RE.search(bare) or _CUT_RE.search(bare) or _NOT_JUDGED_RE.search(bare):
        return None
    return WHY
