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
>>> bool(_JUDGEMENT_RE.search("A.全面完成□9.0-10分B.较好完成□7.0-8.9分"))
True
>>> bool(_JUDGEMENT_RE.search("林木管护落实管护单位。按落实情况计分,不落实管护主体不得分"))
True
>>> bool(_JUDGEMENT_RE.search("根据排查情况、通报率、挂牌督办率、整改率、达标率、评估情况得分,满分3分"))
True
>>> bool(_JUDGEMENT_RE.search("按实际完成率得分"))
False
>>> [bool(_JUDGEMENT_RE.search(t)) for t in ("视主要工作的完成情况进行评分", "逾期视同未报送情况扣2分")]
[True, False]
>>> [bool(_JUDGEMENT_RE.search(t)) for t in ("视情扣2分", "资料不全的酌减", "视情节轻重扣1分", "视情节严重程度")]
[True, True, True, False]
>>> bool(_JUDGEMENT_RE.search("完成率(80-90)得3分"))
False
>>> bool(_JUDGEMENT_RE.search("运行管理机构未配置或不健全的,扣0.5分至1分")), bool(_JUDGEMENT_RE.search("扣2分,至扣完为止"))
(True, False)
>>> bool(HIGH_LOW_RE.search("按照店堂整洁程度不同,最高的8分,最低的0分")), bool(HIGH_LOW_RE.search("最高8分"))
(True, False)
>>> only_cap("有年度计划,积极参加相关活动,最高得10分。").group(0), only_cap("每次得0.5分,最高得1分")
('最高得10分', None)
>>> bool(_TARGET_RE.search("达到目标值得满分，未达到不得分"))
True
>>> bool(_DISTANCE_RE.search("与目标值每偏离1个百分点扣0.5分")), bool(_DISTANCE_RE.search("每低1个百分点扣1分"))
(True, False)
"""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.rules.chinese._base import NUM, dec
from jixiao.rules.chinese.normalise import _normalise, _normalise_chars
from jixiao.rules.model import fmt_decimal

_JUDGEMENT_RE = re.compile(
    r"酌情|视情况|视具体情况|"
    # the short forms of the same adverbs: "视情扣分", "酌减", "视情节轻重扣分" (r14: the closed list of discretion words)
    r"视情(?=[扣减给得计评打定酌])|"
    # "据熟练程度适当扣分" (fresh73 CH2-5, r64) / "部分分开,适当扣分" (fresh52 BM6-4): "as fits" — how much is the scorer's,
    # beside fixed deductions too (not "适当的长度", "以适当方式": 适当 before a scoring verb only)
    r"适当(?:[扣减给加]分|扣减|减分|加分)|"
    # "景區內有水文化遺產可適當提高分值" (fresh54 BO5-8, r70): raised by how much is the judge's
    r"适当(?:提高|降低|增加|减少|调高|调低)(?:分值|得分|分数)|(?:视|根据|按|依)情节轻重|酌[减扣给定]|综合评定(?!达|为)|综合评判|综合考评|综合评价|综合打分|专家评议|合理确定得分|[得扣]\d+(?:\.\d+)?[-~至]\d+(?:\.\d+)?分|"
    # (not a rating already given, as a condition: "各县地面测报综合评定达甲等,且…,全部达到的,得1分" — fresh19 AF1-3, r6)
    # "由省局根据检查面、检查效果…进行综合考核,评估定分" (fresh21 AH12-2, first run: the deduction after it was
    # read as the whole rule): the points are set by a judge
    r"评估定分|评定给分|综合考核[,，]?(?:评估|评定)?(?:定分|打分|评分)|"
    # a panel or the work's quality sets the points: "由考核组评定等次", "专家打分", "按完成质量评分" (lead, i11n:
    # appended to read sentences, they were dropped)
    r"(?:专家|考核组|评审组|评委|考评组|检查组|评价组)[^，,。；;]{0,6}(?:打分|评分|评定|评议|定分|给分)|评定等次|评定等级|"
    r"(?:按|视|根据|依据)[^，,。；;]{0,10}(?:质量|实绩|效果|表现|成效)[^，,。；;]{0,4}(?:评分|打分|计分|给分|赋分|评定)|"
    # ... and 得分 after the quality: "根据总结质量得分" (fresh51 BL7-3, r68: the last item of a list, judged); not after a
    # rate ("按实际完成率得分" is in proportion) — the basis must be a quality word
    r"(?:按|视|根据|依据)[^，,。；;\d%]{0,10}质量(?:好坏|高低|优劣)?得分|"
    # the degree alone, nothing named: "按程度進行計分" (fresh17 AD4-3, r68) — how far the requirement is met, judged;
    # not "按实现程度计分" (fresh tuned S15-5: the degree of the items listed after it, a checklist) nor "按完成程度"
    r"(?:按|根据|依据|视)(?:其)?程度(?:进行|予以)?(?:评分|打分|计分|记分|给分|赋分|扣分|评定)|"
    # "扣0.5分至1分" (fresh17 AD12-8, r4): a deduction the scorer picks within a range
    r"[得扣]\d+(?:\.\d+)?分(?:至|到)\d+(?:\.\d+)?分|"
    # a deduction the assessor may waive: "每起投诉事件扣2分,如果事件处理的能够让群众满意,此事件可以不扣分" (fresh66
    # CA9-4, r54): "may" — whether to deduct is the assessor's call
    r"(?<!不)(?:可以|可)(?:不扣分|不予扣分|免于扣分|免扣)|"
    # a point range in brackets after a level: "一级:…显著的经济效益.(8-10分)" (S24); "到位率在75%以上(10分到13分)",
    # "(6分到0分)" (fresh41 BB1-1,科技项目验收评分, first run: refused as unread — a range is the judge's)
    r"\(\d+(?:\.\d+)?分?[-~～—至到]\d+(?:\.\d+)?分\)|"
    # a point range after a tick box: "A.全面完成 □9.0-10分 B.较好完成 □7.0-8.9分" (fresh4 P12, i11e)
    r"[□☐■▢]\d+(?:\.\d+)?[-~至]\d+(?:\.\d+)?分|"
    # "根据工作落实情况打分" / "按落实情况计分" (fresh5 Q16-1): the scorer weighs the situation; 得分 and a list of
    # what is weighed ("根据排查情况、通报率、…、评估情况得分", fresh12 Y13-1, r14); 视 is one of the same basis words
    # ("(視主要工作的完成情況進行評分)", fresh45 BF13-4, r66 — the branch below has had 视 all along), not 视为/视同/视作
    r"(?:根据|按照|按|视(?![为同作]))[^，,。；;]{0,30}情况[^，,。；;]{0,6}(?:评分|打分|扣分|给分|赋分|评定|计分|记分|得分)|"
    # bare point ranges in brackets after each tier, the top tier in 分: "全部完成(60分)完成80%以上
    # (41-59)完成60%及以上(21-40)" (软科学项目绩效评价评分表, fresh3 F2; tuned-on after its one run)
    r"\d分[^()]{0,30}\(\d+(?:\.\d+)?-\d+(?:\.\d+)?\)[^()]{0,30}\(\d+(?:\.\d+)?-\d+(?:\.\d+)?\)|"
    # the same without a top tier in 分 — tiers in bare brackets, one of them a range, ending the text: "完成50%及以上(5)
    # 完成30%及以上(4)完成10%及以上(3)完成10%以下(0-2)", "…(IO)完成30%以上(8-9)完成10%及以上(6-7)完成10%以下(0-5)" (fresh41
    # BB3-1/BB3-2, 科技项目中期评估, first run); a range followed by 得/分/% is a condition ("完成率(80-90)得3分")
    r"\)[^()]{1,30}\(\d+(?:\.\d+)?-\d+(?:\.\d+)?\)\s*[。.；;]?\s*$"
)


#: a highest and a lowest score, the scorer picks between: "按照店堂整洁程度不同,最高的8分,最低的0分" (fresh29 AP6-6,
#: first run: read as pass/fail 8 or 0). Searched on the text before normalising ("最低为0分" becomes a floor there;
#: the characters' normalising writes "最低的0分" as "最低的不得分").
HIGH_LOW_RE = re.compile(r"(?:最高|最多)(?:的|为|得|可得)?\d+(?:\.\d+)?分[,，、;；]?(?:最低|最少)(?:的|为|得)?"
                         r"(?:\d+(?:\.\d+)?分|不得分)")


#: the row's only points are a cap: "…积极参加招商引资相关活动,最高得10分。" (fresh33 AT5-3, first run: read as pass/fail
#: "符合": 10) — how the points are given is not written: the scorer judges; the same with 满分 as the only points:
#: "…是否协助开展…建设工作…,满分2.5分。" (fresh43 BD12-1/BD12-3, first run: read as pass/fail "符合": 2.5)
_ONLY_CAP_RE = re.compile(r"(?:最高|最多|满分)[,，]?(?:可?得|为|是|计)?[,，]?\d+(?:\.\d+)?分(?=[。.；;]?$)")


#: an award per unit whose points lost their 分 right before the cap: "每配合、落實一個得0.5,最高得4分" (fresh69 CD5-1, r58) —
#: the cap is not the only points (joinedaward.py reads it)
_BARE_AWARD_BEFORE_CAP_RE = re.compile(r"每[^，,。；;]{1,12}(?:1|一)[个個项項件篇份][得计計记記]\d+(?:\.\d+)?[,，]\s*(?:最高|最多)")


def only_cap(text: str) -> re.Match[str] | None:
    """The cap, when it is the row's only points ("…,最高得10分。"), else ``None``.

    >>> only_cap("积极参加相关活动,最高得10分。").group(0)
    '最高得10分'
    >>> only_cap("每配合、落實一個得0.5,最高得4分。") is None  # the award's points lost their 分 (r58)
    True
    """
    if text.replace("满分", "").count("分") != 1 or _BARE_AWARD_BEFORE_CAP_RE.search(text):
        return None
    return _ONLY_CAP_RE.search(text)


#: the judgement phrase (r24), a word class: a basis word (根据/依据/按照/参照/结合/视 …, or an assessment 评估/评价 …
#: then 并/后, or an agent 由…) + what is weighed + a scoring verb with no amount (打分/评分/赋分/评定分数/酌情给分 …).
#: "根据管理办法的规范性和可操作性程度打分" (fresh31 AR10-1), "根据配套的生活保障打分" (AR10-4), "对照…实施方案,逐项评估具体
#: 创建任务完成情况,并评分" (fresh34 AU10-1), "由所在单位打分"
_JUDGE_VERB = r"(?:进行|予以|酌情)?(?:打分|评分|赋分|评定分数|评定得分|[给扣计评打]分)"
_JUDGED_RE = re.compile(
    rf"(?:(?:根据|依据|按照|依照|参照|结合|视)(?P<what>(?:[^，,。；;()]|\([^()]*\)){{1,40}}?)"
    rf"|(?:评估|评价|考评|衡量)(?P<assessed>[^。；;]{{1,40}}?)[,，]?(?:并|后|再)"
    rf"|由(?P<who>[^，,。；;]{{1,16}}?)(?:对[^，,。；;]{{1,16}}?)?)"
    rf"{_JUDGE_VERB}(?=\s*(?:[，,。；;.]|$))")
#: what the points are weighed on must not be a rule written elsewhere (标准, 细则, 办法, 文件 …), a result or rank
#: handed in (结果, 排名), nor a rate or share (按知晓率打分 = in proportion, fresh20 AG17-5)
_NOT_WEIGHED = re.compile(r"(?:标准|细则|附表|办法|规定|文件|方案|要求|结果|公式|得分|分数|等次|等级|档次)(?:的|等)?$|"
                          r"率|比例|比重|占|排名|名次|排位|位次|\d")
#: a scoring amount or another scoring word elsewhere: the phrase is then one part of a rule, left to the readers
#: ("根据记录评分,少一次扣1分" is a rule — fresh23 AJ8-2)
_OTHER_SCORING = re.compile(r"\d\s*分|不得分|满分|零分|扣|[得计记]分|加分|减分|分值|最高|最多|封顶")


def judged_phrase(norm: str) -> re.Match[str] | None:
    """The judgement phrase that is the row's only scoring words, or ``None`` (r24).

    >>> judged_phrase("根据管理办法的规范性和可操作性程度打分。").group(0)
    '根据管理办法的规范性和可操作性程度打分'
    >>> judged_phrase("根据配套制度的数量、质量(如规范性、可操作性程度等)打分。") is not None
    True
    >>> judged_phrase("对照城市创建实施方案,逐项评估具体创建任务完成情况,并评分。") is not None
    True
    >>> judged_phrase("由服务对象打分。") is not None, judged_phrase("依据群众满意程度赋分") is not None
    (True, True)

    Not when the basis is a rule elsewhere, a rate or a rank, nor beside amounts (a rule with a note):

    >>> [judged_phrase(t) for t in ("根据省农联【2017】117号文件标准评分", "按知晓率打分", "按排位打分",
    ...                             "根据记录评分,少一次扣1分", "按考核结果打分", "根据工作质量打分,最高得10分")]
    [None, None, None, None, None, None]
    """
    for m in _JUDGED_RE.finditer(norm):
        what = re.sub(r"\([^()]*\)", "", m["what"] or m["assessed"] or m["who"] or "").strip()
        if not what or _NOT_WEIGHED.search(what):
            continue
        if _OTHER_SCORING.search(norm[: m.start()] + norm[m.end():]):
            return None
        return m
    return None


def judgement_match(norm: str, text: str) -> re.Match[str] | None:
    """What leaves the row to a person, or ``None``: a judge's word or a point range in the normalised text
    (:data:`_JUDGEMENT_RE`), a highest and a lowest score (:data:`HIGH_LOW_RE`) or a cap as the only points
    (:func:`only_cap`) in ``text`` before normalising (the normaliser rewrites "最低为0分" as a floor). The one test of
    judgement for every place that asks (r21: the items reader asked the first alone).

    >>> judgement_match("专业能力较强,得10-15分", "专业能力较强,得10-15分").group(0)
    '得10-15分'
    >>> judgement_match("按店堂整洁程度不同,最高的8分,最低的不得分", "按店堂整洁程度不同,最高的8分,最低的0分").group(0)
    '最高的8分,最低的0分'
    >>> judgement_match("积极参加相关活动,最高得10分。", "积极参加相关活动,最高得10分。").group(0)
    '最高得10分'
    >>> judgement_match("完成得2分,否则不得分", "完成得2分,否则不得分") is None
    True
    """
    return _JUDGEMENT_RE.search(norm) or HIGH_LOW_RE.search(text) or only_cap(text) or judged_phrase(norm)


def judge_word(fragment: str) -> str | None:
    """The judge's word in a fragment a reading keeps as a note ("其余酌情打分", "视情扣分", "由考核组评定等次"), or
    ``None`` (r80): :data:`_JUDGEMENT_RE` on the normalised fragment — not the cap or high/low tests of
    :func:`judgement_match` (a heading restates the 分值: "满分10分").

    >>> judge_word("业绩最优得3分,其余酌情打分"), judge_word("满分10分"), judge_word("按实际完成率得分")
    ('酌情', None, None)
    """
    m = _JUDGEMENT_RE.search(_normalise(_normalise_chars(fragment))[0])
    return m.group(0) if m is not None else None


#: words that change how the score is computed, whichever recogniser read the rest of the text: deductions
#: below 0 (不封顶, 倒扣, 负分 — but not "不出现负分"), doubled points, a bonus beyond the rule (另加), a veto
#: (一票否决), scores above the 分值. No read corpus sentence holds one; appended to read sentences they were
#: dropped (test_i11n_notes.py), as "不封顶" and "实行倒扣法" were on fresh21's first run.
_BELOW_ZERO = r"不封顶|不设上限|倒扣|(?<!不)(?<!不出现)(?<!不计)(?<!不得为)(?<!不得出现)(?<!无)负分"
#: the deductions go below 0: "每一台设备扣1分,直至负分" (fresh11 X3-5), "出现一例扣3分,不封顶" (fresh21 AH4-6)
BELOW_ZERO_RE = re.compile(_BELOW_ZERO)
BEYOND_RULE_RE = re.compile(_BELOW_ZERO + r"|双倍|加倍|翻倍|另加|另行加分|否决|(?:可|可以|允许)超过满分|不受[^，,。；;]{0,8}限制|"
                            # "每完成…1个项目得10分,基本分50分,多超多得" (fresh71 CF1-1, r61): above the 分值 too
                            r"多超多得|"
                            # scored by rank, where the reading has no ranks
                            r"按(?:排名|名次)(?:先后)?(?:计分|评分|打分|赋分|给分|得分)")


#: the scoring compares against a per-row target (达到指标值得满分，未达到按完成值/指标值×分值):
#: refused until the rule language has targets (issue 10). Only when no number is written —
#: "完成率≥90%得5分（完成率=实际数/计划数）" is an ordinary band on the rate.
TARGET_WORDS = (r"目标值|指标值|预期值|计划值|目标任务|计划任务|年度目标|预期目标|年度任务|标准值|计划数|任务数|计划目标|"
                # "达到镇考核指标得满分" (fresh15 AB11-1)
                r"考核指标|考核目标|任务指标|下达指标|下达任务|"
                # "未达到基准点不得分,达到基准点得5分" (fresh17 AD3-5): each 县's own figure
                r"基准点|基准值|"
                # "达不到下限标准不得分" (fresh36 AW11-3, lead s23: read as a level "达不到下限标准"): a lower or upper
                # limit is a number set elsewhere — a comparison with it, never a level to type
                r"下限标准|上限标准|下限值|上限值|"
                # "达到市政府下达的年度责任指标得满分" (fresh39 AZ4-3, lead s23): a figure handed down elsewhere
                r"责任指标|责任目标|下达的(?:年度)?[^，,。；;\d]{0,4}?(?:指标|任务|目标)|"
                # "完成项目总投资各季度任务及投资完成率,5分" (fresh42 BC5-4, first run: read as "符合": 5): a task of
                # each quarter / month is a figure set elsewhere, like 年度任务
                r"(?:季度|月度|半年|阶段)(?:目标)?任务")
#: the words that name the row's target (one list: also reader._TARGET_COMPARED_RE)
_TARGET_RE = re.compile(TARGET_WORDS)


_TARGET_FORMULA_RE = re.compile(r"×100%|\*100%")


#: a deduction per unit of distance from a target or plan — "与目标值每偏离1个百分点扣0.5分", "实际完成
#:情况与计划每相差3%,扣1分" (S5), "未完成年度目标任务的,每差1个百分点扣0.25分" (S27): the rule
#: language can write ``>=T: W; <T: W - 0.25 per 1%``, but the text does not say whether the row's
#: target is a percentage (a pp distance from "1000户" is meaningless), nor, for 相差/偏离, whether
#: being above the target also costs points. Refused with this reason (i11d).
_DISTANCE_RE = re.compile(r"每(?:相差|偏离|差距|差)|(?:低于|高于|偏离|相差|差距)(?:年度)?(?:目标值|指标值|目标|计划)")

DISTANCE_WHY = ("按与目标值（计划）的差距扣分：未写明目标值是否为百分比、高于目标是否也扣分，未作推测"
                "（本行有目标值时可手写规则，如 >=T: W; <T: W - 0.5 per 1%）")


#: a base that is all the row's points, then a bonus on top of it: "完成…增长8%的目标任务,得全部基本分。每超出目标数1个
#: 百分点再加1分,最高加分不超过30分" (fresh74 CI8-1, 基本分 100 → up to 130), "…得10分,基本分50分,多超多得" (fresh71 CF1-1)
_FULL_BASE_RE = re.compile(rf"得(?:全部|全)基本分|基本分(?:为)?(?P<b>{NUM})分")
_BONUS_ON_TOP_RE = re.compile(rf"每[^，,。；;]{{0,14}}超[^，,。；;]{{0,14}}?加{NUM}分|多超多得")
_BONUS_CAP_RE = re.compile(rf"(?:最高|最多)(?:加分|加)?(?:不超过|不得超过|为)?(?P<m>{NUM})分")


def bonus_above_weight(text: str, weight: Decimal | None) -> tuple[str, str] | None:
    """Why a text whose bonus comes on top of a base worth the whole 分值 is refused, and the bonus clause — or ``None``.
    The text settles scores above the row's 分值 (CI8-1: 38 % growth → 130 on a 100-point row); a rule never scores above
    it, and a capped reading would score those rows wrongly (r67: the reason said, in place of another reader's).

    >>> bonus_above_weight("完成增长8%的目标任务,得全部基本分。每超出目标数1个百分点再加1分,最高加分不超过30分", Decimal(100))[0]
    '基本分之外另有加分（最高加30分）：得分可超过基本分，规则的得分不超过本行分值100分，未作推测'
    >>> bonus_above_weight("每完成牵线落实1个项目得10分,基本分50分,多超多得", Decimal(50))[1]
    '多超多得'
    >>> bonus_above_weight("基本分40分,每超出1个百分点加1分,最高加10分", Decimal(50)) is None  # the bonus fills the 分值
    True
    """
    base = _FULL_BASE_RE.search(text)
    bonus = _BONUS_ON_TOP_RE.search(text)
    if weight is None or base is None or bonus is None or (base["b"] is not None and dec(base["b"]) != weight):
        return None
    cap = _BONUS_CAP_RE.search(text, bonus.start())
    how = f"最高加{cap['m']}分" if cap is not None else "多超多得" if "多超多得" in bonus[0] else "加分不封顶"
    return (f"基本分之外另有加分（{how}）：得分可超过基本分，规则的得分不超过本行分值{fmt_decimal(weight)}分，未作推测",
            bonus[0])
