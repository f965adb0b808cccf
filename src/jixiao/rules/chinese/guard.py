"""All or nothing: a fragment that awards or deducts points is never a note, and every "N分" of
the text must be a number the reading uses — otherwise the reading is refused, naming the clause.

>>> from jixiao.rules.chinese import read_rule_text
>>> read_rule_text("≥95%得5分，得3分", 5).kind  # "得3分" belongs to no band: refused
'unreadable'
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from dataclasses import replace
from decimal import Decimal

from jixiao.rules.chinese._base import (
    NUM,
    WORDING,
    Described,
    Noted,
    Reading,
    ReadingContext,
    _Unreadable,
    dec,
    described,
    unreadable,
)
from jixiao.rules.chinese.deductionlist import FULL_MARKS_NOTE
from jixiao.rules.chinese.grades import grade_above
from jixiao.rules.chinese.lexicon import (
    AT_LEAST,
    AT_MOST,
    BEYOND,
    COUNT,
    DEDUCT,
    ITEM_NO,
    SAID_CUMULATIVE_RE,
    TIERS_WHY,
    tiers_of_one,
)
from jixiao.rules.chinese.mismatch import (
    refuse_added_grades,
    refuse_count_as_rate,
    refuse_cut_off_in_another_unit,
    refuse_dead_deduction,
    refuse_deduction_below_low_rate,
    refuse_deduction_down_to_none,
    refuse_deduction_on_good_side,
    refuse_deduction_on_top,
    refuse_each_as_one,
    refuse_equal_levels,
    refuse_first_time_only,
    refuse_inverse_proportion,
    refuse_items_off_weight,
    refuse_levels_above_weight,
    refuse_points_below_gap,
)
from jixiao.rules.chinese.normalise import (
    PROP_TOKEN,
    RATE_DEFINED_RE,
    WX_TOKEN,
    _normalise,
    _normalise_chars,
)
from jixiao.rules.chinese.partsteps import proportional_steps
from jixiao.rules.chinese.printednames import NAMED_NOTE
from jixiao.rules.chinese.refusals import BEYOND_RULE_RE, judge_word
from jixiao.rules.model import (
    ONE,
    ZERO,
    Amount,
    Any_,
    Clause,
    Compare,
    Interval,
    Linear,
    Num,
    Points,
    Rule,
    Text,
    fmt_decimal,
)

#: words that award or deduct points: a fragment holding one is never a mere note
_SCORING_RE = re.compile(rf"{NUM}分(?!钟|之)|满分|不得分|[计记扣]分(?!析)|得分|按比例|{re.escape(PROP_TOKEN)}|"
                         rf"{re.escape(WX_TOKEN)}|[×*]|分值|权重分|"
                         # a score computed from a share: "按完成百分比计算得数" (fresh5 Q19-1)
                         r"得数|计算得|按[^，。；]{0,12}(?:百分比|比例|比重|占比)|"
                         # "部分完成扣一半分" (r41: a note beside "完成得满分…", the level dropped): a share deducted
                         r"[扣减](?:除|去)?(?:一半|半数)|"
                         # "请假每天扣0.5分,病假减半" (r76: read 0.5 per day of any leave, the half dropped as a note):
                         # a deduction halved or doubled for a kind
                         r"减半|(?:加倍|双倍|翻倍)(?:扣|计)?|"
                         # ("统计分析" is no 计分: fresh49 BJ7-1, r32)
                         # points whose 分 was lost at the clause's end: "逾期上报的该项计2" (lead s23, from r20's note: was
                         # a note beside "上报及时的计3分", the late case left a rule gap) — never a note
                         rf"(?<![合总累小共统估设会审])[计记扣]\s*{NUM}$")

#: one kind counted at a share of the others — "请假每天扣0.5分,病假按一半计算" / "病假按半天计" / "病假2天折算1天" (r79: each
#: was a note, a sick day deducted the whole 0.5); not a rounding of parts ("不足半天按半天计算": the caller's 不足 test),
#: nor a whole number of days ("每月按30天计", fresh… 出勤情况: what a month is)
_COUNTED_AS_SHARE_RE = re.compile(rf"(?:按|以)(?:一半|二分之一|2分之一|半数|半天|0\.\d+天?|{NUM}%)(?:计|算)"
                                  r"|计(?:一半|半天|0\.\d+天)|折算|折半|折合")


def _describe(understood: list[str], q: str, what: str = "说明") -> None:
    """Record a fragment as a note (``what``: 说明, or 达标内容 for what a level such as 全部达到 is made of) that
    carries no points — or refuse it if it does.

    >>> try:
    ...     _describe([], "低于90%的〔WX〕")
    ... except _Unreadable as e:
    ...     print(e.why)
    这一条计分，但未能读成规则的一部分（不能当作说明略过）
    """
    if _SCORING_RE.search(q) or (_COUNTED_AS_SHARE_RE.search(q) and not re.search(r"不(?:足|满|到|够)", q)):
        if _SCORE_ELSEWHERE_RE.search(q):
            # "班级常规管理.（8分）按学校日常检查打分结果折算" (test_r44, r85): its 折算 is no share of a kind of day —
            # the score is taken from another evaluation, the reason refuse_scoring_notes gives such a note
            raise _Unreadable(q, _SCORE_ELSEWHERE_WHY)
        raise _Unreadable(q, "这一条计分，但未能读成规则的一部分（不能当作说明略过）", WORDING)
    understood.append(described(q, what))


#: words that change a score without a number — a bonus, a veto, no cap or no floor, a judge's grade, a rank:
#: a clause holding one is never a note. "…每低1个百分点扣0.5分，一票否决" was read with "说明（不参与计分）：一票否决",
#: "完成得满分，未完成不得分，另行加分" without its bonus (found by appending such clauses to every read corpus
#: sentence: tests/rules_chinese/test_i11n_notes.py)
_SCORE_CHANGING_RE = re.compile(BEYOND_RULE_RE.pattern + r"|加分|评定|等次|档次|排名|名次|"
                                r"满分|(?<!不设)上限|下限|分数|得分|扣分|分值|"
                                # "完成目的任务得基本分,基本完成的得一半分,…" (r57) was read with "…得基本分" as a note
                                # and "符合" at half the points: getting the base / basic score is points (the name
                                # alone — "该单项基准分", fresh13 Z5-1's 扣完为止 — is not)
                                r"(?:得|计|记|给)(?:基本分|基础分|基准分|基準分|基礎分)|"
                                # "有一次扣1分,以此类推递增" / "每次扣1分,逐次递增" (r65) were read 1 per time, the
                                # note dropped: a step that grows is no step of one amount
                                r"递增|递加|累进|翻番|倍增|逐次增加|依次增加|"
                                # (r69: "每次扣1分,逐次加重", "…以此类推,逐级加码")
                                r"加重|加码|逐次加|依次加|逐级加|逐次翻|递进|成倍|"
                                # "每查实一起扣2分,每起涉及多人的按人数计" (r65): the count is another one ("…以人数计算",
                                # "…按人次计", r69)
                                r"[按以](?:人|户|次|处|件|项|个|人次|起|例|家)数?(?:计|算)|涉及多人|多人的")
#: a note that takes all the points: "全部扣完" / "扣光" / "全部扣除" / "全扣" (扣完为止 is taken out by normalise before:
#: a 扣完 left in a note is no floor)
_ALL_TAKEN_RE = re.compile(r"扣(?:完|光|尽)(?!为止|即止)|(?:全部|全额|一律|(?<!安)全)扣(?:除)?|扣除全部")
#: until the points are gone — a floor ("直至本项目分扣完", fresh5 Q4-3), not a veto
_UNTIL_RE = re.compile(r"直至|直到|扣至|扣到|为止")
#: a score taken from another evaluation: "按班级文化建设观摩评分为准" / "以年度考评成绩计入" / "按…打分结果折算"
_SCORE_ELSEWHERE_RE = re.compile(r"(?:评分|打分|成绩)(?:结果)?(?:为准|计入|折算|确定)")
_SCORE_ELSEWHERE_WHY = "得分取自另一次评比或考核的评分，那份分数不在本行：本行给不出分，未作推测"
#: the score set by a table printed elsewhere (r89): "按表4、2、3的规则评分" (fresh87 CU3-2, first run: read as "符合": 6),
#: "按附表1打分", "详见表2", "按附件3的标准评分" — the table's levels are not in the sentence
_TABLE_ELSEWHERE_RE = re.compile(
    r"(?:按照?|依照?|依据|根据|参照|对照)\s*(?:附表|附件\s*[\dA-Za-z一二三四五六七八九十]|表\s*[\dA-Za-z一二三四五六七八九十])"
    r"[^，,。；;]{0,24}?(?:评分|打分|计分|记分|赋分|给分|扣分|评定|计算得分|执行)"
    r"|(?:详见|参见|见)\s*(?:附表|表\s*[\dA-Za-z一二三四五六七八九十])")
_TABLE_ELSEWHERE_WHY = "得分按另一张表的规则评定，那张表的分档没有印在这一句里：本行给不出分，未作推测"
#: notes that only restate the row (its heading, its 分值) and may name points
_ROW_NOTES = ("考核内容", "本项满分即分值", "分值")
#: words that do not change the score in some notes (r6): in what a level is made of, a grade reached is a condition
#: ("各县地面测报综合评定达甲等,…,全部达到的,得1分", fresh19 AF1-3); in a scope note, whose score is cut
#: ("(包括…,对相关街道予以扣分)", fresh21 AH7-1) — the amount stays the rule's
_NOT_SCORING_IN = {"达标内容": re.compile(r"评定(?:达|为)[^，,。；;]{1,6}"),
                   "适用范围": re.compile(r"(?:对|由)[^，,。；;]{1,12}?(?:予以)?扣分|扣[^，,。；;]{1,8}?的分")}
#: a score in proportion ("按比例计分", "按完成比例扣分"): a rule without a proportional part leaves it out
_PROPORTION_RE = re.compile(r"按[^，,。；;]{0,8}比例|"
                            # "按完成率给分，最高4分" (fresh66 CA8-6, session 34: kept as a note, "最高" read as a pass
                            # condition): points given by a rate are a share too
                            r"(?:按|依|根据)[^，,。；;]{0,8}率(?:给|給|计|計|记|記|得)分")
#: a number the row must reach or stay within: "至少2种", "不低于90%", "3次以上", "≥95%"
#: (the bound words of lexicon: the same ones reader._THRESHOLD_RE finds a requirement by, r12)
_THRESHOLD_RE = re.compile(rf"(?:{AT_LEAST}|{AT_MOST}|{BEYOND})\s*\d|"
                           r"\d+(?:\.\d+)?\s*\S{0,3}(?:以上|以下|以内)|[≥≤<>]\s*\d")



def refuse_scoring_notes(reading: Reading, text: str) -> Reading:
    """A reading that keeps, as a note, a clause that changes the score — or that leaves out a word such as
    不封顶, 一票否决, 加倍 (:data:`refusals.BEYOND_RULE_RE`), which no rule of the language holds — is
    refused, naming the clause. Checked once, on every reading, whichever recogniser made it. A note kept as carrying
    no points is read from its record (:class:`_base.Described`: label, fragment), never from its text (r36).

    >>> from jixiao.rules.chinese import read_rule_text
    >>> read_rule_text("完成得满分，未完成不得分，另行加分。", 5).unread
    ['另行加分']
    >>> read_rule_text("(1)开立独立银行账户5分(2)违规开立私人账户0分，实行倒扣法。", 5).unread
    ['实行倒扣法']
    >>> read_rule_text("完成得满分，未完成不得分。以验收报告为准。", 5).kind
    'rule'
    """
    if reading.kind in ("judgement", "unreadable"):
        return reading
    norm = _normalise(_normalise_chars(text))[0]
    for note in reading.understood:
        if not isinstance(note, Described):
            continue
        what, said = note.label, note.fragment
        scored = _NOT_SCORING_IN[what].sub("", said) if what in _NOT_SCORING_IN else said
        if what not in _ROW_NOTES and _ALL_TAKEN_RE.search(scored) and not _UNTIL_RE.search(scored):
            # "未开展安全工作每次扣0.5分;发生安全责任事故,全部扣完" (fresh62 BW4-4, first run of session 32: read as
            # 10 − 0.5n, "全部扣完" kept as a note): a case that takes all the points is a veto, never a floor
            return _refuse(reading, "“全部扣完”说的是出现所写情形即扣光本项分（否决），不是扣完为止；"
                                    "它和读出的规则是两样，一个业绩值给不出，未作推测", said, note, said)
        if what not in _ROW_NOTES and _SCORE_ELSEWHERE_RE.search(scored):
            # "班容班貌.(10分)按班级文化建设观摩评分为准" (fresh61 BV1-6, first run of session 32: read as
            # "符合": 10): the score is taken from another evaluation, which this row does not hold
            return _refuse(reading, _SCORE_ELSEWHERE_WHY, said, note, said)
        if what not in _ROW_NOTES and _TABLE_ELSEWHERE_RE.search(said):
            # "合理开发利用地下空间 评价总分值为6分。按表4、2、3的规则评分" (fresh87 CU3-2, first run: read as "符合": 6,
            # the table named kept as a note): the levels are in a table this row does not hold (r89)
            return _refuse(reading, _TABLE_ELSEWHERE_WHY, said, note, said)
        if what not in _ROW_NOTES and _SCORE_CHANGING_RE.search(scored):
            return _refused_clause(reading, said, note)
        if what == "说明" and _THRESHOLD_RE.search(said):
            # "…进行宣传。(5分)至少2种宣传方式,否则不得分" (fresh24 AK6-6, first run at the end of session 21): the
            # threshold was kept as a note and the rest read as pass/fail — 2 ways scored 0
            return _refuse(reading, "这一句写了数量或比率的要求，却没有用进读出的规则，未作推测", said, note, said)
    bm = BEYOND_RULE_RE.search(norm)
    if bm is None and reading.rule is not None and not _proportional(reading.rule):
        norm = _normalise_chars(text)  # before 按比例 becomes a token
        # "…扣完为止，按比例计分": a share the rule does not hold ("不足2场的按比例扣分": a step's part the rule holds, r52)
        bm = None if proportional_steps(reading.rule, norm) else _PROPORTION_RE.search(norm)
    if bm is not None:
        return _refused_clause(reading, _clause_around(norm, bm.start(), bm.end()).strip(), None)
    return reading


def _proportional(rule: Rule) -> bool:
    """A part in proportion: ``prop`` / ``invprop``, or W × x written from a threshold (``100%W - W per 100%``,
    bands._abs_prop_below: "全部…得4分，未完成按…完成比例扣分", fresh19 AF3-4, r8)."""
    w_per_whole = (Amount(Num(ONE), of_weight=True), Num(ONE, True))
    return "prop" in str(rule) or any(isinstance(c.outcome, Linear) and not c.outcome.rounding
                                      and ((c.outcome.step, c.outcome.unit) == w_per_whole or _line_to_zero(c, rule))
                                      for c in rule.clauses)


def _line_to_zero(clause: Clause, rule: Rule) -> bool:
    """``clause`` is the straight line of interpolate.read_line_between: ``W - W per d`` from a threshold t, reaching 0
    at t ± d exactly where the rule's 0-band starts ("…>50个工作日为0分,25-50个工作日按比例减分": ``>25: W - W per 25``
    beside ``>50: 0``, r38) — a proportion the rule holds.

    >>> from jixiao.rules.grammar import parse_rule
    >>> r = parse_rule("<=25: W; >50: 0; >25: W - W per 25")
    >>> _line_to_zero(r.clauses[2], r), _line_to_zero(r.clauses[2], parse_rule("<=25: W; >60: 0; >25: W - W per 25"))
    (True, False)
    """
    out, cond = clause.outcome, clause.condition
    full = Amount(Num(ONE), of_weight=True)
    if not isinstance(out, Linear) or out.start != full or out.step != full or not isinstance(cond, Compare) \
            or not isinstance(cond.bound, Num) or cond.op not in (">", "<"):
        return False
    end = cond.bound.value + out.unit.value if cond.op == ">" else cond.bound.value - out.unit.value
    return any(isinstance(c.outcome, Points) and c.outcome.amount.points(ONE) == ZERO and isinstance(c.condition, Compare)
               and isinstance(c.condition.bound, Num) and c.condition.bound.value == end
               and c.condition.op[0] == cond.op[0] for c in rule.clauses)


def refuse_items_as_levels(reading: Reading, text: str, weight: Decimal | None) -> Reading:
    """Levels whose first is worth the 分值 and whose others, all above 0, add up to it are a heading and its
    items ("④社会救助办公场所建设计2分。有组织领导计0.5分,有宣传窗计0.5分,有公开栏计0.5分,有电脑设备并联网计0.5分",
    fresh23 AJ1-3, first run: read as five exclusive levels) — refused, never read as alternatives.

    >>> from jixiao.rules.chinese import read_rule_text
    >>> read_rule_text("场所建设计2分,有组织领导计1分,有宣传窗计1分。", 2).kind
    'unreadable'

    (With a full stop after the heading the text is read as the checklist it is before any level reading — r11,
    ``reader._heading_then_items``: ``read_rule_text("场所建设计2分。有组织领导计1分,有宣传窗计1分。", 2).kind`` is
    'checklist'.)
    >>> read_rule_text("好 3分 较好 2分 一般 1分", 3).canonical
    '"好": 3; "较好": 2; "一般": 1'
    """
    if reading.rule is None or weight is None or not reading.rule.is_qualitative:
        return reading
    pts = [c.outcome.amount.points(weight) for c in reading.rule.clauses
           if isinstance(c.condition, Text) and isinstance(c.outcome, Points) and c.condition.text != "符合"]
    rest = pts[1:]
    # "好 3分 较好 2分 一般 1分" (fresh19 AF7-1) adds up too: two unequal lower levels stay levels
    if pts and pts[0] == weight and all(p > 0 for p in rest) and sum(rest, ZERO) == weight and (
            len(rest) >= 3 or (len(rest) == 2 and rest[0] == rest[1])):
        return _refuse(reading, "第一档等于分值，其余各档相加也等于分值——可能是标题加分项（应相加），不是互斥的档，"
                                "未作推测", text.strip())
    return reading


#: what follows a subject two items share when the second is a lesser grade of the first ("项目目的明确" / "项目目的含糊")
_LESSER_RE = re.compile(r"^(?:不|未|没有|无|基本|较|部分|一般|含糊|模糊)")
#: … when both are failings, only a degree word tells a lesser grade (r90)
_LESSER_DEGREE_RE = re.compile(r"^(?:基本|较|部分|一般|含糊|模糊)")


#: (r86) an item named by a kind of points — a base, a bonus, a deduction — is a way of scoring, not a thing done or
#: not: "其中基础分6分,加分4分" / "总分10分:基本分6分,奖励分4分" were read as a checklist 6 + 4 (a bonus of 2 could not
#: be given; how the bonus is earned is not printed)
_POINTS_KIND_ITEM_RE = re.compile(r"^(?:其中)?(?:基础|基本|加|奖励|附加|扣|减|倒扣|考核|评价|综合)分(?:项|值|部分)?$")


def refuse_points_kinds_as_items(reading: Reading, text: str) -> Reading:
    """Checklist items that are kinds of points (基础分, 加分, 奖励分) are refused (r86).

    >>> from jixiao.rules.chinese import read_rule_text
    >>> read_rule_text("总分10分:基本分6分,奖励分4分", 10).kind
    'unreadable'
    >>> read_rule_text("共10分,其中:上半年5分,下半年5分", 10).kind
    'checklist'
    """
    if reading.kind != "checklist":
        return reading
    for i in reading.items:
        if _POINTS_KIND_ITEM_RE.match(i.text.strip()):
            return _refuse(reading, f"分项“{i.text}”是一种分数（基础分、加分等），不是可判断做到与否的事项；"
                                    "怎样得这部分分原文未写明，未作推测", text.strip())
    return reading


def refuse_grades_as_items(reading: Reading, text: str) -> Reading:
    """Checklist items that are two grades of one subject ("项目目的明确(0.6分);项目目的含糊(0.4分)": 明确 or 含糊, not
    both) are alternatives, not items to add — refused (r7's note: it read as items 0.6 + 0.4).

    >>> from jixiao.rules.chinese import read_rule_text
    >>> read_rule_text("项目目的明确(0.6分);项目目的含糊(0.4分)", 1).kind
    'unreadable'
    >>> read_rule_text("目标明确(1分),目标细化(1.5分),目标量化(1.5分)", 4).kind  # fresh4 P2-1: items
    'checklist'
    """
    if reading.kind != "checklist":
        return reading
    names = [i.text for i in reading.items]
    if tiers_of_one(names) and not SAID_CUMULATIVE_RE.search(text):
        # "省级媒体报道6分,市级媒体报道4分" (r84's doubt, r88): one thing at two tiers — as RANK_RE's ranks, never added
        return _refuse(reading, TIERS_WHY, text.strip())
    standard = any(u.startswith(FULL_MARKS_NOTE) for u in reading.understood)
    for k, a in enumerate(names):
        for b in names[k + 1:]:
            n = len(os.path.commonprefix([a, b]))
            # two breaches of a printed full-mark standard, of one subject ("窗台上有物品" / "窗台不干净", r90): a negation is
            # the failing itself, not a lesser grade (a failing that is a lesser level of another's absence is refused by
            # deductionlist.lesser_level); elsewhere, as before ("漏项,内容不完整、表述不清楚…等,每项扣1分": an open list)
            lesser = _LESSER_DEGREE_RE if standard and all(i.failing for i in reading.items) else _LESSER_RE
            if n >= 2 and (lesser.match(b[n:]) or lesser.match(a[n:])):
                return _refuse(reading, f"“{a}”与“{b}”是同一件事的两档（互斥），不是相加的分项，未作推测", text.strip())
    return reading


#: a passing condition that says the duty was NOT done: "未建立…领导小组,得2分", "未达到要求的得1分"
_FAILED_DUTY_RE = re.compile(r"^(?:未|没有|没|不)(?:能)?(?:达到|达标|完成|建立|制定|落实|开展|按时|按期|及时|上报|报送|设立|成立|"
                             r"配备|签订|明确|实现|通过|符合|执行|健全|印发|组织|召开)")


#: (r86) a passing condition that is a deduction's verb: "扣除分值", "扣考核分", "扣当月考核分", "罚", "减分"
_DEDUCTION_AS_PASS_RE = re.compile(r"(?<![不未没无免])(?:量化)?(?:扣|减|罚)(?:除|减|罚)?(?:[\u4e00-\u9fff]{0,6}?(?:分值|得分|分数|分))?$")


def refuse_failed_duty_as_pass(reading: Reading, text: str) -> Reading:
    """A reading whose passing condition is a duty not done ("未建立政府主要领导为组长的领导小组,得2分" was read as
    "符合": 2 — found by negating the passing clause of read corpus sentences, lead i11n) is refused: points for a
    failing, with nothing else said, is a slip of the table or of its copy. "未发生安全事故的得5分" (a bad event that
    did not happen) still reads. The passing condition is read from the note's record (``label`` 达标条件, r36).

    >>> from jixiao.rules.chinese import read_rule_text
    >>> read_rule_text("未建立领导小组,得2分。", 2).kind
    'unreadable'
    >>> read_rule_text("未发生安全事故的得5分", 5).canonical
    '"符合": 5'
    >>> read_rule_text("迟到的,扣除分值1分", 100).kind
    'unreadable'
    """
    for note in reading.understood:
        if isinstance(note, Noted) and note.label == "达标条件" and _DEDUCTION_AS_PASS_RE.search(note.fragment):
            # "迟到的,扣除分值1分" / "扣考核分1分" / "罚1分" / "减分1分" (r86: read "符合": 1 on a 100-point row — the
            # deduction's verb taken for the passing condition)
            return _refuse(reading, f"“{note.fragment}”后的分数是扣分，不是达标时的得分：从几分扣起、扣的是哪一项分数，"
                                    "未作推测", text.strip())
        if isinstance(note, Noted) and note.label == "达标条件" and _FAILED_DUTY_RE.match(note.fragment):
            return _refuse(reading, f"达标条件“{note.fragment}”写的是没有做到，却给分（疑为笔误或漏字），未作推测",
                           text.strip())
    return reading


def refuse_targets_as_exact_bands(reading: Reading, text: str) -> Reading:
    """A rule made only of exact values ("=N"), none of them 0, that are not the counts 1, 2, 3 … in turn — one target
    ("完成经营收入65万元(30分)" read as ``=650000: 30``) or targets of different things ("送播报道20条(15分);开办栏目4个
    (10分);…" read as ``=20: 15; =4: 10; =30: 10``, "播发舆论监督报道15条(5分);播发正能量报道25条(10分)" as
    ``=15: 5; =25: 10`` — items, each with its own number: fresh42 BC2-1/2/5/6, first run) — is refused: the printed
    numbers are targets, not values that score exactly. Exact counts with a 0 ("开展一次的,得50%;开展二次的,得满分;
    未开展的,则不得分"), ranks (=1 … =5) and a rate of exactly 100 % ("100%得满分", seed 004) are read.

    >>> from jixiao.rules.chinese import read_rule_text
    >>> read_rule_text("完成经营收入65万元(30分)。", 30).kind
    'unreadable'
    >>> read_rule_text("在省级以上媒体送播报道20条(15分);开办重点挂牌栏目4个(10分)。", 25).kind
    'unreadable'
    >>> read_rule_text("计算编制总量项得分,在全市排名1-5名的依次赋予20分、19分、18分、17分、16分", 20).canonical
    '=1: W; =2: 19; =3: 18; =4: 17; =5: 16'
    >>> read_rule_text("开展一次的,得50%;开展二次的,得满分;未开展的,则不得分。", 2).canonical
    '=2: W; =1: 50%W; =0: 0'
    """
    rule = reading.rule
    if rule is None or not all(isinstance(c.condition, Compare) and c.condition.op == "="
                               and isinstance(c.condition.bound, Num) for c in rule.clauses):
        return reading
    bounds = [c.condition.bound for c in rule.clauses]  # type: ignore[union-attr]
    if any(b.value == 0 or (b.pct and b.value == 1) for b in bounds):
        return reading
    if sorted(b.value for b in bounds) != list(range(1, len(bounds) + 1)) or len(bounds) == 1:
        return _refuse(reading, "写的是要完成的数量（目标），不是恰好等于该数才得分的档；未完成时怎样计分未写明"
                                "（几项各有自己的数量时，是分项），未作推测", text.strip())
    return reading


def judged_in_note(reading: Reading) -> Reading:
    """A reading that keeps a judge's word as a note — any note, the row's heading (考核内容) too — leaves the row to a
    person: "业绩最优得3分，其余酌情打分(但不得高于3分)" (fresh82 CP1-4, first blind run of session 42: read as "符合": 3
    with "业绩最优得3分,其余酌情打分" kept as the row's heading and the bracket read as the rule) — how many points the
    rest get is the scorer's, never dropped (r80). The reading becomes a judgement (人工评分), its notes kept.

    >>> from jixiao.rules.chinese import read_rule_text
    >>> read_rule_text("业绩最优得3分，其余酌情打分(但不得高于3分)", 3).kind
    'judgement'
    >>> read_rule_text("资料齐全得3分(不全的不得分)", 3).kind  # no judge's word in the heading
    'rule'
    """
    if reading.kind in ("judgement", "unreadable"):
        return reading
    for note in reading.understood:
        if isinstance(note, Described) and (jm := judge_word(note.fragment)) is not None:
            kept = [u for u in reading.understood if isinstance(u, Described)]  # what the row is about, not the rule
            return Reading(None, "judgement", [*kept, f"需人工评分（“{jm}”），不能写成公式"], [], [],
                           reading.max_points, reading.context_out)
    return reading


#: a level name that counts failings: "有一条不满足", "出现2处偏离", "1项不合格", "有两条未达到" — a number of things
#: found wanting (a finding verb or the number first, a count word, then a failing word)
_COUNTED_FAILINGS_RE = re.compile(rf"(?:^|[,，;；])(?:如|若)?(?:有|出现|发现|存在|其中)?(?:任何|任)?"
                                  rf"(?:[1-9]\d?|[一二两三四五六七八九十])\s*{COUNT}(?:及?以上)?"
                                  r"(?:不|未|没有|无|缺|偏离|违)")


#: (r86) a level named by a count of requirements MET: "满足以下要求中有一条" / "…中任一条" (the count at the name's end
#: after 有/任) or
#: none met "一条都不满足" — the value is a count too
_COUNTED_MET_RE = re.compile(rf"(?:(?:有(?:任何|任)?|任(?:何|意)?)(?:[1-9]\d?|[一二两三四五六七八九十])\s*{COUNT}(?:及?以上)?$"
                             rf"|(?:[1-9]\d?|[一二两三四五六七八九十])\s*{COUNT}(?:也|都)(?:不|未|没有))")
_CN_COUNT = {"一": 1, "两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
_FAILING_COUNT_RE = re.compile(rf"(?P<n>[1-9]\d?|[一二两三四五六七八九十])\s*{COUNT}(?P<more>及?以上)?")


def _last_count_priced_alone(rule: Rule) -> str | None:
    """The name of the level for the most failings when it scores points but says nothing of more failings: "…得基本分
    40分,有一条不满足扣1分" read as levels, "有一条不满足": 39 (r86) — two failings have no level and the text does not
    say whether each one deducts (38) or one deduction covers them all (39); None when the last count says 及以上 or
    scores 0 (more failings cannot score more than nothing)."""
    counted = []
    for c in rule.clauses:
        if isinstance(c.condition, Text) and _COUNTED_FAILINGS_RE.search(c.condition.text) \
                and (m := _FAILING_COUNT_RE.search(c.condition.text)) is not None:
            counted.append((int(m["n"]) if m["n"].isdigit() else _CN_COUNT[m["n"]], m["more"] is not None, c))
    if not counted:
        return None
    _, more, last = max(counted, key=lambda k: k[0])
    zero = isinstance(last.outcome, Points) and last.outcome.amount.coef.value == 0
    return None if more or zero else last.condition.text  # type: ignore[union-attr]


def refuse_counted_level_names(reading: Reading) -> Reading:
    """A level named by a count of failings beside an "otherwise" (``*``) is refused: "…得基本分40分,有一条不满足得0分"
    (fresh82 CP1-5, first blind run of session 42) was read as levels named by text, "有一条不满足": 0; *: 0 — the scorer
    types how many requirements fail, and 0 fell to ``*`` and scored 0 (r80). The value of such a row is a count, never
    a text; without ``*`` a typed count is reported as a rule gap, so only a rule with ``*`` is refused. Run once, after
    the printed names are added (reader.read_rule_text: the whole-text names are where the count shows).

    >>> from jixiao.rules.grammar import parse_rule
    >>> refuse_counted_level_names(Reading(parse_rule('"符合": W; "有两条不满足": 0; *: 0'), "passfail")).kind
    'unreadable'
    >>> refuse_counted_level_names(Reading(parse_rule('"符合": W; "满足一条": 1; *: 0'), "passfail")).kind
    'passfail'
    """
    rule = reading.rule
    if reading.kind == "unreadable" or rule is None:
        return reading
    if (alone := _last_count_priced_alone(rule)) is not None:
        reading = replace(reading, understood=[u for u in reading.understood if not u.startswith(NAMED_NOTE)])
        return _refuse(reading, f"等级名“{alone}”写的是不达标的条数，只写了这一条数的得分：更多条不满足时每条都扣还是只扣一次，"
                                "原文未写明，未作推测", alone)
    if not any(isinstance(c.condition, Any_) for c in rule.clauses):
        return reading
    for c in rule.clauses:
        if isinstance(c.condition, Text) and _COUNTED_MET_RE.search(c.condition.text):
            reading = replace(reading, understood=[u for u in reading.understood if not u.startswith(NAMED_NOTE)])
            return _refuse(reading, f"等级名“{c.condition.text}”写的是满足要求的条数：业绩值应填条数，不是文字，"
                                    "按文字等级读会把填的条数当作“其他”，未作推测", c.condition.text)
        if isinstance(c.condition, Text) and _COUNTED_FAILINGS_RE.search(c.condition.text):
            # (the printed names added to the rule go with it: no rule, no level to type)
            reading = replace(reading, understood=[u for u in reading.understood if not u.startswith(NAMED_NOTE)])
            return _refuse(reading, f"等级名“{c.condition.text}”写的是不达标的条数：业绩值应填条数，不是文字，"
                                    "按文字等级读会把填的条数当作“其他”，未作推测", c.condition.text)
    return reading


def check_reading(reading: Reading, text: str, weight: Decimal | None, ctx: ReadingContext) -> Reading:
    """The checks every reading passes, whichever recogniser made it, in order; the first that fails refuses."""
    reading = _guard_points(reading, text, weight, ctx)
    for check in (judged_in_note, lambda r: refuse_scoring_notes(r, text), lambda r: refuse_items_as_levels(r, text, weight),
                  lambda r: refuse_grades_as_items(r, text), lambda r: refuse_points_kinds_as_items(r, text),
                  lambda r: refuse_failed_duty_as_pass(r, text),
                  lambda r: refuse_points_in_item_names(r, text), lambda r: refuse_targets_as_exact_bands(r, text),
                  lambda r: refuse_inverted_scale(r, text, weight),
                  # r41: items off the 分值, levels that all score the same, "分别得N分" read once
                  lambda r: refuse_items_off_weight(r, text, weight), lambda r: refuse_equal_levels(r, text, weight),
                  # r68: levels printed above the 分值, grades added up over the year, only the first time priced
                  lambda r: refuse_levels_above_weight(r, text, weight), lambda r: refuse_added_grades(r, text),
                  lambda r: refuse_first_time_only(r, text),
                  lambda r: refuse_each_as_one(r, text), lambda r: refuse_inverse_proportion(r, text),
                  lambda r: refuse_dead_deduction(r, text), lambda r: refuse_deduction_below_low_rate(r, text),
                  lambda r: refuse_points_below_gap(r, text, weight), lambda r: refuse_count_as_rate(r, text),
                  lambda r: refuse_deduction_on_good_side(r, text, weight),
                  lambda r: refuse_deduction_down_to_none(r, text, weight),
                  lambda r: refuse_cut_off_in_another_unit(r, text), lambda r: refuse_deduction_on_top(r, text),
                  lambda r: refuse_points_after_zero(r, text, weight),
                  lambda r: refuse_items_before_total(r, text, weight), lambda r: refuse_bare_range(r, text),
                  lambda r: refuse_negated_level_above(r, text, weight),
                  # (refuse_cap_as_level runs once, after the printed names are added: reader.read_rule_text, r52)
                  lambda r: refuse_points_first(r, text), lambda r: refuse_capped_checklist(r, text),
                  lambda r: refuse_failing_level_above(r, text, weight)):
        if reading.kind == "unreadable":
            break
        reading = check(reading)
    return reading


#: a zero with points right after it: "否则不得分（2分）" / "超過不計分3分"
_POINTS_AFTER_ZERO_RE = re.compile(r"不(?:得|计|記|记|計|给|給)分\s*[(（]?\s*(?P<n>\d+(?:\.\d+)?)\s*分\s*[)）]?(?P<rest>.*)", re.S)


def refuse_points_after_zero(reading: Reading, text: str, weight: Decimal | None) -> Reading:
    """Refused: "不得分" with points right after it — "…达20家得1分,否则不得分（2分）" read "其他情况 → 得2分" (r45: fresh40
    BA6-2 with its 分值 in a bracket at the end; the bracket's points became the zero's). Only the row's own 分值 closing
    the text is a restatement (repairs._restated_total takes it out before reading); anything else is refused.

    >>> from jixiao.rules.chinese import read_rule_text
    >>> read_rule_text("达20家得1分,否则不得分（2分）", 3).kind
    'unreadable'
    >>> read_rule_text("达20家得1分,否则不得分（1分）", 1).canonical  # the 分值 restated: as without it
    '>=20: 1; *: 0'
    """
    m = _POINTS_AFTER_ZERO_RE.search(text)
    if not reading.ok or m is None or dec(m["n"]) == 0:
        return reading
    if weight is not None and dec(m["n"]) == weight and re.fullmatch(r"[\s。.；;]*", m["rest"]):
        return reading  # the 分值 restated at the end (taken out by the repair)
    printed = text[m.start(): m.start("rest")].strip()
    return _refuse(reading, f"“{printed}”：不得分之后紧跟着分数，得0分还是这个分数，未作推测", printed)


#: points printed BEFORE what they score (r49): "（5分）…" / "(5分)…" / "【5分】…" / "5分：…" — at the very start of the text
#: (after an item number) or after a clause end (。；; or a line break), with a comma, colon or stop after them
POINTS_FIRST_RE = re.compile(rf"(?:^|(?<=[。；;\n]))(?P<no>\s*(?:{ITEM_NO}\s*)?)(?:[（(【\[]\s*(?P<a>\d{{1,4}}(?:\.\d{{1,2}})?)\s*分"
                             r"\s*[）)】\]]|(?P<b>\d{1,4}(?:\.\d{1,2})?)\s*分\s*[:：])\s*[，,:：。]?\s*")


def refuse_points_first(reading: Reading, text: str) -> Reading:
    """Refused: points printed before the text that repairs._points_first did not place — "（3分）…" on a 5-point row
    (a part of the row: which part, and what earns the rest?), "（5分）建立台账；按月报送得5分" on a 10-point row (the
    bracket may hold the whole text or its first clause). Until r49 "（5分）每缺一项扣1分" on a 10-point row read
    "*: W - 1 per 1", the bracket taken for words of the thing counted.

    >>> from jixiao.rules.chinese import read_rule_text
    >>> read_rule_text("（5分）每缺一项扣1分，扣完为止", 10).kind
    'unreadable'
    >>> read_rule_text("（5分）每缺一项扣1分，扣完为止", 5).canonical  # the 分值 first: as without it
    '*: W - 1 per 1'
    """
    m = POINTS_FIRST_RE.match(text)
    if m is None or not (reading.ok or reading.kind == "checklist"):
        return reading
    printed = m.group(0).strip("，,:：。 ")
    return _refuse(reading, f"开头的“{printed}”不是本行分值，是哪一部分的分数、其余分数怎么得，原文未说清，未作推测", printed)


#: the 分值 in a bracket closing the text, and bare item points before it: "有活动室(4)寝室(4)…(30分)" / "…制度 1 …制度 1（3分）"
_CLOSING_TOTAL_RE = re.compile(r"[(（]\s*(?P<n>\d+(?:\.\d+)?)\s*分\s*[)）][\s。.；;]*$")
_BARE_ITEM_POINTS_RE = re.compile(r"[(（]\s*\d+(?:\.\d+)?\s*[)）]|(?<=[\u4e00-\u9fff。，,；;)）])\s*\d+(?:\.\d+)?(?=\s|[(（]|$)")


def refuse_items_before_total(reading: Reading, text: str, weight: Decimal | None) -> Reading:
    """Refused unless a checklist adding up to the 分值: items each printed with bare points, then the 分值 in a bracket —
    "有活动室(4)寝室(4)…科学发现室(6) 少一室扣该室分值（30分）" was read "符合": 30 (a missing room scored 0, not 30 − 4)
    and "健全工程、财务管理制度 1 健全廉政建设制度 1 …（3分）" "符合": 3 (r45: fresh32 AS3-2 / fresh49 BK14-2 with their 分值
    in a bracket after the text); the bracket is the items' total, how each item scores is not read.

    >>> from jixiao.rules.chinese import read_rule_text
    >>> read_rule_text("有活动室(4)寝室(4)盥洗室(2) 少一室扣该室分值（10分）", 10).kind
    'unreadable'
    >>> read_rule_text("建立台账,按月报送（3分）", 3).canonical  # no item points: the requirement and its 分值
    '"符合": 3'
    """
    m = _CLOSING_TOTAL_RE.search(text)
    if not reading.ok or reading.kind == "checklist" or m is None or weight is None or dec(m["n"]) != weight \
            or len(_BARE_ITEM_POINTS_RE.findall(text[: m.start()])) < 2:
        return reading
    return _refuse(reading, f"括号里的{m['n']}分是各项分数的合计，各项（带着各自的分数）怎样计分未能读懂，未作推测",
                   text[: m.start()].strip())


def _level_points(rule: Rule, weight: Decimal | None) -> list[tuple[str, Decimal]]:
    """(name, score) of every text level with fixed points, in the rule's order; a level the rule cannot score is
    left out (no evidence either way)."""
    out = []
    for c in rule.clauses:
        if isinstance(c.condition, Text) and isinstance(c.outcome, Points):
            try:
                out.append((c.condition.text, rule.score(c.condition.text, weight)))
            except Exception:  # noqa: BLE001 — a level the rule cannot score is no evidence either way
                continue
    return out


def refuse_inverted_scale(reading: Reading, text: str, weight: Decimal | None) -> Reading:
    """Levels named by the words of one grade scale (优秀 / 良好 / 合格 …) whose points rise as the grade falls
    ("优秀得3分，良好得4分，合格得5分", r40: read as written, 合格 scoring more than 优秀) — a slip of the table, or the
    points listed in the other order: refused.

    >>> from jixiao.rules.chinese import read_rule_text
    >>> read_rule_text("优秀得3分，良好得4分，合格得5分", 5).kind
    'unreadable'
    >>> read_rule_text("优秀得5分，良好得4分，合格得3分，不合格不得分", 5).canonical
    '"优秀": 5; "良好": 4; "合格": 3; "不合格": 0'
    """
    worse = _above_scoring_less(reading, weight, grade_above)
    if worse is None:
        return reading
    return _refuse(reading, f"等级“{worse[0]}”得分低于较低的等级“{worse[1]}”，与等级高低相反（疑为笔误），未作推测",
                   text.strip())


def _above_scoring_less(reading: Reading, weight: Decimal | None,
                        above: Callable[[str, str], bool]) -> tuple[str, str] | None:
    """The first two text levels (a, b) of a read rule where ``above(a, b)`` but a scores less than b, or ``None``."""
    if not reading.ok or reading.rule is None:
        return None
    graded = _level_points(reading.rule, weight)
    return next(((a, b) for a, pa in graded for b, pb in graded if pa < pb and above(a, b)), None)


#: points followed by more words inside an item's name ("有控烟考评奖惩办法2分并有记录"), or a deduction the item does not hold as its
#: own rule ("…调查处理,出现1例未处理扣10分" as a yes/no item, fresh19 AF2-6)
#: (also a whole score word: "…属行政机构编制得满分,属事业编制" was one item worth 15 — r45, fresh10 T7-1 with its 20 printed
#: as 满分)
_POINTS_MID_NAME_RE = re.compile(r"(?<![扣减\d.])\d+(?:\.\d+)?分(?=[,，、]?[\u4e00-\u9fff])|[扣减]\d+(?:\.\d+)?分"
                                 r"|[得计记给]满分")


def item_with_points_in_name(reading: Reading) -> str | None:
    """The name of a checklist item that keeps points inside it (a lost item or a lost own rule), or ``None``."""
    if reading.kind != "checklist":
        return None
    # (an item with its own rule, r7's itemrules, keeps its deduction in its text: "…出现一例未处理扣10分")
    # ("…参保人数不低于856.37万人，得2分" as an item's whole clause, seed 003, keeps its points at the end: read)
    return next((i.text for i in reading.items if i.rule is None and _POINTS_MID_NAME_RE.search(i.text)), None)


def refuse_points_in_item_names(reading: Reading, text: str) -> Reading:
    """A checklist whose item keeps a number of points in its name lost an item
    ("2.有控烟考评奖惩办法(2分)并有记录(1分)" was one item worth 1, the total 3 on a 5-point row — fresh27 AN3-2, first
    run at the end of session 21; the same at its start) — refused. (Since r16 the items are read with their points
    moved in place, placedpoints.py, when they add up to the 分值; here 2 + 2 + 1 = 5 on a 6-point row.)

    >>> from jixiao.rules.chinese import read_rule_text
    >>> read_rule_text("1.医院制定控烟制度(2分)2.有控烟考评奖惩办法(2分)并有记录(1分)", 6).kind
    'unreadable'
    >>> read_rule_text("1.医院制定控烟制度(2分)2.有控烟考评奖惩办法(3分)", 5).kind
    'checklist'
    """
    named = item_with_points_in_name(reading)
    if named is None:
        return reading  # (items adding up to less or more than the 分值 are read: validation flags the table's slip)
    return _refuse(reading, f"分项“{named}”里还有分数，可能漏读了分项，未作推测", text.strip())


def _clause_around(text: str, start: int, end: int) -> str:
    """The clause of ``text`` (between ，。； or line breaks) that holds ``text[start:end]``."""
    first = max(text.rfind(ch, 0, start) for ch in "，,。；;\n") + 1
    last = min([i for i in (text.find(ch, end) for ch in "，,。；;\n") if i >= 0] or [len(text)])
    return text[first:last]


# (a requirement the reading noted, "达标要求：…", and a description are read from the notes' records:
# Reading.requirements, Reading.descriptions)

#: an exception that qualifies the clause before it ("…,无特殊情况超过半年的"): the two clauses are one failing
_EXCEPTION_NEXT_RE = r"\s*[,，]\s*(?:无特殊情况|無特殊情況|无正当理由|無正當理由|无故|無故|非因)"


def refuse_described_levels(reading: Reading, text: str, weight: Decimal | None) -> Reading:
    """A reading that names, as a level scoring less than the 分值, a clause it noted as the passing requirement
    ("已建的绿色通道弱树枯苗及时更新、缺株补栽,不完善的不得分": the requirement named as a 0-level — meeting it scored 0), or
    a description that an exception right after it qualifies ("應建未建黨組織,無特殊情況超過半年的扣3分;…" (fresh47 BH2-1,
    lead s25, end-of-session blind run): "應建未建黨組織" named 0 — less than half a year would have scored 0; the two clauses
    are one failing) — contradicts itself: refused. Run after the printed names are added (reader.read_rule_text).

    >>> from jixiao.rules.chinese import read_rule_text
    >>> read_rule_text("应建未建党组织,无特殊情况超过半年的扣3分;设置不合理的扣1分。", 3).kind
    'unreadable'
    >>> read_rule_text("管理体制不顺畅,管理权限不明确的扣20分; 无水库管理机构的,此项不得分;", 40).kind  # alternatives
    'rule'
    """
    if reading.rule is None or weight is None:
        return reading
    required = set(reading.requirements)
    descriptions = set(reading.descriptions)
    for c in reading.rule.clauses:
        if not isinstance(c.condition, Text) or not isinstance(c.outcome, Points):
            continue
        name = c.condition.text
        if (name in required and c.outcome.amount.points(weight) < weight) or (
                name in descriptions and re.search(re.escape(name) + _EXCEPTION_NEXT_RE, text)):
            return _refuse(reading, "这句话既被当作要求（或说明），又被当作扣分的一档：可能与后面的情形是同一件事，未作推测",
                           name, quoted=name)
    return reading


def _refuse(reading: Reading, why: str, unread: str, note: str | None = None, quoted: str | None = None) -> Reading:
    """``reading`` refused: its notes (less ``note``, the one being refused) then ``why`` (of ``quoted``, if given:
    :func:`_base.cannot_read`); ``unread`` named."""
    return unreadable([u for u in reading.understood if u != note], [unread], why, quoted,
                      context_out=reading.context_out)


def _refused_clause(reading: Reading, clause: str, note: str | None) -> Reading:
    return _refuse(reading, "这一条影响计分（加分、否决、不封顶、加倍、评定等次等），规则里没有它，不能当作说明略过，"
                            "未作推测", clause, note, clause)


#: longer texts are refused outright (a 评分标准 cell is a few hundred characters)
MAX_RULE_TEXT = 2000


#: a number of points as printed: "5分", "0.5 分", "(1分)"; not 分钟 / 分之 / 百分点
_POINTS_NUM_RE = re.compile(r"(?<![\d.])(\d+(?:\.\d+)?)分(?!钟|之|位|数|制(?!度))")


def _rule_point_values(rule: Rule, weight: Decimal | None, capped: bool = False,
                       bonus_capped: bool = False) -> set[Decimal]:
    """Every number of points a rule can state: fixed points, starts, steps, and W."""
    vals: set[Decimal] = set()
    if weight is not None:
        vals.add(weight)
    for c in rule.clauses:
        out = c.outcome
        amounts = [out.amount] if isinstance(out, Points) else (
            [out.start, out.step] if isinstance(out, Linear) else [])
        for a in amounts:
            if not a.of_weight:
                vals.add(a.coef.value)
            elif weight is not None:
                vals.add(a.coef.value * weight)
    # a capped deduction ("最多扣3分") shows as start − floor points: the cap is their difference
    starts = [c.outcome.start.points(weight) for c in rule.clauses
              if isinstance(c.outcome, Linear) and weight is not None]
    fixed = [c.outcome.amount.points(weight) for c in rule.clauses
             if isinstance(c.outcome, Points) and weight is not None]
    if capped:
        vals.update(s - f for s in starts for f in fixed if s > f)
    if bonus_capped and weight is not None:
        # a capped bonus on a base ("得5分;每办1件加1分(最多加5分)", r30) shows as the base and W: the cap is their difference
        vals.update(weight - f for f in fixed if weight > f)
    return vals


def _guard_points(reading: Reading, text: str, weight: Decimal | None,
                  ctx: ReadingContext) -> Reading:
    """All or nothing: every "N分" of the text is a number the reading uses, else refused.

    A rule that drops a clause awarding or deducting points would score some values wrongly;
    the clause holding the unused number is named. Judgement and refused readings pass as they are.
    """
    if reading.kind in ("judgement", "unreadable"):
        return reading
    norm = _normalise_chars(text)  # (繁体 "扣滿10分止" is the same cap as "扣满10分止", r18)
    # (what a rate counts, "满意度(授课评价≥20分的比例)≥90%": its "20分" is a mark on another scale, no points — r67)
    norm = RATE_DEFINED_RE.sub("", norm)
    if reading.rule is not None:
        used = _rule_point_values(reading.rule, weight, bool(re.search(rf"(?:最多|最高){DEDUCT}|扣[满完]\d", norm)),
                                  bool(re.search(r"(?:最多|最高)(?:加|奖)\d", norm)))
        # a flat deduction read as a level (W − N): N is used; "每完成1个百分点得0.1分" read as W × x: 0.1 is
        for note in reading.understood:
            # (r88: "年度内累计扣分超过5分的取消评优" — the points deducted that withdraw an honour, normalise.HONOUR_NOTE)
            # (r88: "迟到1次扣1分,2次扣2分,以此类推" read as 每次扣1分 — normalise.COUNTED_SERIES_NOTE names the printed amounts)
            if note.startswith(("扣分情形", "计分单位", "取消评优评先资格", "逐次扣分")):
                used.update(dec(x) for x in _POINTS_NUM_RE.findall(note))
    else:
        used = {i.points for i in reading.items}
        used.add(sum(used, ZERO))
        for i in reading.items:  # an item's own rule uses its numbers: "每2年组织…,得3分" among ways to pick (r16)
            if i.rule is not None:
                used |= _rule_point_values(i.rule, i.points)
        for note in reading.understood:  # deductions inside an item are judged with the item; an item made of parts
            if note.startswith(("分项内扣分", "分项构成")):
                used.update(dec(x) for x in _POINTS_NUM_RE.findall(note))
        if weight is not None:
            used.add(weight)
    for m in _POINTS_NUM_RE.finditer(norm):
        n = dec(m.group(1))
        if n in used or n == 0:
            continue
        clause = _clause_around(norm, m.start(), m.end()) or m.group(0)
        return _refuse(reading, f"其中的“{m.group(0)}”没有用在读出的规则里（读出的规则会漏掉这一条计分），未作推测",
                       clause, quoted=clause)
    return reading


#: a bare range "1-5" with nothing after it but the bracketed points or the end: no unit, no measure
_BARE_RANGE_RE = re.compile(r"(?<![\d.%])(?P<lo>\d+(?:\.\d+)?)\s*[-~～—–至到]\s*(?P<hi>\d+(?:\.\d+)?)\s*"
                            r"(?=[(（]\s*\d+(?:\.\d+)?\s*分\s*[)）]|[。.；;]?\s*$)")


def refuse_bare_range(reading: Reading, text: str) -> Reading:
    """One band of bare numbers with no unit and no measure ("房屋整治方案 1-5（5分）", r45's rewrite of fresh54 BO9-1,
    read as ``[1,5]: 5``: any value from 1 to 5 scored 5) — "1-5" under a 分值 of 5 is the points range a judge gives
    (BO9-1 is labelled so), or a count of something the text does not name: refused. A band with a unit ("完成1-5个
    （5分）") or a percentage is read as before. (r68: where the range ends at the 分值 and names what is judged, the
    reader then hands the row to the scorer — pointranges.py: "房屋整治方案 1-5（5分）" is a judgement.)

    >>> from jixiao.rules.chinese import read_rule_text
    >>> read_rule_text("整改方案 1-3（5分）", 5).kind
    'unreadable'
    >>> read_rule_text("房屋整治方案 1-5（5分）", 5).kind
    'judgement'
    >>> read_rule_text("完成1-5个（5分）", 5).canonical
    '[1,5]: 5'
    """
    rule = reading.rule
    if not reading.ok or rule is None or len(rule.clauses) != 1:
        return reading
    cond = rule.clauses[0].condition
    if not (isinstance(cond, Interval) and isinstance(cond.lo, Num) and isinstance(cond.hi, Num)
            and not cond.lo.pct and not cond.hi.pct):
        return reading
    if any(u.startswith("业绩值单位") for u in reading.understood):
        return reading
    m = _BARE_RANGE_RE.search(text)
    if m is None:
        return reading
    return _refuse(reading, f"“{m['lo']}-{m['hi']}”没有单位，也没写是什么的数量：可能是由评分人在此范围内给的分数，"
                            "也可能是某个数值的区间，未作推测", text.strip())


_NEGATED_RE = re.compile(r"^(?:未|没有|没|不)")


def refuse_negated_level_above(reading: Reading, text: str, weight: Decimal | None) -> Reading:
    """A level named "未X…" (not done) scoring more than the level "X" (done), its points those of a bracket closing
    the text ("达到标准的计2分,未达到标准不能被表彰（16分）", r45's rewrite of fresh40 BA12-2: the restated 分值 16 taken as
    the failing level's points, 未达到 → 16, 达到 → 2) — refused. A failing level at 0 under a closing 分值 is read as
    before; a negated level that is the good one ("不发生事故得5分") never takes its points from the closing bracket.

    >>> from jixiao.rules.chinese import read_rule_text
    >>> read_rule_text("建立制度得2分,未建立制度（5分）", 5).kind
    'unreadable'
    >>> read_rule_text("建立制度得2分,未建立制度不得分（2分）", 2).canonical
    '"建立制度": 2; "未建立制度": 0; "未建立": 0'
    """
    closing = _CLOSING_TOTAL_RE.search(text)
    if not reading.ok or reading.rule is None or closing is None:
        return reading
    points = dict(_level_points(reading.rule, weight))
    for neg, got in points.items():
        m = _NEGATED_RE.match(neg)
        if m is None or got != Decimal(closing["n"]):
            continue
        done = next((p for p, s in points.items() if p != neg and not _NEGATED_RE.match(p)
                     and neg[m.end():].startswith(p) and s < got), None)
        if done is not None:
            return _refuse(reading, f"“{neg}”（未做到）得分高于“{done}”（做到）：句末括号里的{closing['n']}分疑为本行分值，"
                                    "不是这一档的得分，未作推测", text.strip())
    return reading


#: a level whose name ends in a cap word: "资料齐全，最高得4分" is "up to 4", not "4"
_CAP_WORD_RE = re.compile(r"(?:最高|最多|至多|上限)\W*$")


def refuse_cap_as_level(reading: Reading, text: str, weight: Decimal | None) -> Reading:
    """A level named by the words before "最高得N分" ("资料齐全，最高得4分；资料不全不得分", session 34: read as
    "资料齐全,最高": 4) — "最高" makes the points a ceiling, how much of it is given is the scorer's call: refused.

    >>> from jixiao.rules.chinese import read_rule_text
    >>> read_rule_text("资料齐全，最高得4分；资料不全不得分。", 4).kind
    'unreadable'
    >>> read_rule_text("资料齐全得4分；资料不全不得分。", 4).canonical
    '"符合": 4; "资料齐全": 4; "资料不全": 0; *: 0'
    """
    if not reading.ok or reading.rule is None:
        return reading
    capped = next((name for name, _ in _level_points(reading.rule, weight) if _CAP_WORD_RE.search(name)), None)
    if capped is None:
        return reading
    return _refuse(reading, f"“{capped}”后面的分数是上限（最高得几分），做到时得几分由评分人评定，不是固定得分，未作推测",
                   text.strip())


#: a cap on what is deducted: "最多扣5分", "最高扣4分", "累计扣分不超过4分", "扣满4分为止"
_DEDUCTION_CAP_RE = re.compile(r"(?:(?:最多|最高|至多|累计|合计|共计?|总计)可?扣除?|扣分?(?:最多|最高|不超过|不得超过|上限为?)|"
                               r"扣满)(?P<n>\d+(?:\.\d+)?)分")


def refuse_capped_checklist(reading: Reading, text: str) -> Reading:
    """A checklist (items each keeping their own points, the missing ones lost) beside a cap on what is deducted that is
    less than the items' total ("存放无序扣5分;未及时归档扣5分,最多扣5分" on 10 points, r50: read as items 5 + 5 — both
    failings scored 0 where the cap leaves 5; "…工作计划、工作目标、工作措施不明确的,每少1项扣2分,最多扣4分"): the items
    cannot say the cap, and whether it caps one list or the whole row is not always said — refused.

    Failings all worth the same under a cap closing the text are a count (cappedlist.py, r52) — this refuses the rest.

    >>> from jixiao.rules.chinese import read_rule_text
    >>> read_rule_text("存放无序扣5分;未及时归档扣3分,最多扣5分", 8).kind
    'unreadable'
    >>> read_rule_text("存放无序扣5分;未及时归档扣5分,最多扣10分", 10).kind  # the cap is the whole: nothing lost
    'checklist'
    """
    if reading.kind != "checklist" or not reading.items or any(i.rule is not None for i in reading.items):
        return reading  # (a cap inside an item's own rule is that item's)
    total = sum((i.points for i in reading.items), Decimal(0))
    m = next((m for t in (text, _normalise_chars(text)) for m in _DEDUCTION_CAP_RE.finditer(t) if dec(m["n"]) < total),
             None)
    if m is None:
        return reading
    return _refuse(reading, f"写了扣分上限“{m.group(0)}”，少于各分项合计{fmt_decimal(total)}分：分项相加无法表达这个上限"
                            "（上限管一组还是整行也不确定），未作推测", text.strip())


#: what a level done well says: its negation ("介绍不完整", "未达到标准") is the failing level
_GOOD_WORD_RE = re.compile(r"完整|齐全|完善|健全|合格|达标|符合|及时|规范|明确|完成|达到|到位|落实|建立|制定|按时|准确|满足|开展|"
                           r"有效|全面|充分")
#: a negation inserted into a level's name
_NEGATION_RE = re.compile(r"不|未|没有|没|无")


def _negation_of(neg: str, done: str) -> bool:
    """Whether ``neg`` is ``done`` with one negation word put in ("介绍不完整的" / "介绍完整的", "未达到标准" / "达到标准").

    >>> _negation_of("介绍不完整的", "介绍完整的"), _negation_of("未达到标准", "达到标准"), _negation_of("较完整", "完整")
    (True, True, False)
    """
    neg, done = neg.rstrip("的者 "), done.rstrip("的者 ")
    return any(neg[: m.start()] + neg[m.end():] == done for m in _NEGATION_RE.finditer(neg))


def refuse_failing_level_above(reading: Reading, text: str, weight: Decimal | None) -> Reading:
    """A level that is the negation of another level done well scoring more than it ("详细介绍…. 2(换行)介绍不完整的. 1
    (换行)介绍完整的. 0", r50's edit of fresh50 BK1-2: 介绍完整 → 0, 介绍不完整 → 1; "达到标准的计2分,未达到标准的计16分") —
    the levels are swapped or a line slipped: refused. The negation of something not good in itself may score more
    ("未发放股东贷款 12 … 发放股东贷款,…备案 6", fresh46 BG8-1; "不发生事故得5分"): read as printed.

    >>> from jixiao.rules.chinese import read_rule_text
    >>> read_rule_text("达到标准的计2分,未达到标准的计16分", 16).kind
    'unreadable'
    >>> read_rule_text("达到标准的计16分,未达到标准的计2分", 16).canonical
    '"达到标准": 16; "未达到标准": 2'
    """
    found = _above_scoring_less(reading, weight,
                                lambda done, neg: bool(_GOOD_WORD_RE.search(done)) and _negation_of(neg, done))
    if found is None:
        return reading
    return _refuse(reading, f"“{found[1]}”（未做到）得分高于“{found[0]}”（做到），与常理相反（疑为两档写反或错行），未作推测",
                   text.strip())
