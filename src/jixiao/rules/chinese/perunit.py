"""Recogniser: points for every time (item) done, up to the 分值 — "每宣传一次得0.5分,最高得1分",
"每召开一次加0.3分,最高2分", "有会议记录得2分/次,无会议记录不得分", "…给予加分,每项任务加3分".

The value is the number of times done (x); the score is min(W, N × x). With n the smallest whole number of
times that reaches the 分值 (n = ⌈W ÷ N⌉) this is ``>=n: W; <n: n·N - N per 1`` (below n the line runs
through 0 at x = 0, so n·N is no printed start but N × x written from the threshold). The words around
the award may only describe what is done (no other number, score, deduction or comparison); a zero for
nothing done ("无会议记录不得分") agrees with it. A written cap must be the 分值.
:func:`peritem.read_per_item` reads the wordings it knows first; this one takes any verb after 每
(宣传、召开、开展 …) and non-whole W ÷ N.

>>> from decimal import Decimal
>>> str(read_per_unit_award("电视、报刊和网站每宣传1次得0.5分,最高得1分。", Decimal(1))[0])  # fresh18 AE3-4
'>=2: W; <2: W - 0.5 per 1'
>>> str(read_per_unit_award("并做好记录。(每召开1次加0.3分,最高2分", Decimal(2))[0])  # fresh18 AE7-2: ⌈2 ÷ 0.3⌉ = 7
'>=7: W; <7: 2.1 - 0.3 per 1'
>>> str(read_per_unit_award("有会议记录得2分/次,无会议记录不得分。", Decimal(12))[0])  # fresh16 AC6-4
'>=6: W; <6: W - 2 per 1'
>>> str(read_per_unit_award("每开展一类活动并有详细活动记录,得20分,最多得100分", Decimal(100))[0])  # fresh18 AE11-7
'>=5: W; <5: W - 20 per 1'
>>> str(read_per_unit_award("接受委托补充耕地的单位,每完成1000亩,加0.1分,以3分为限。", Decimal(3))[0])  # fresh8 U11-2
'>=30000: W; <30000: W - 0.1 per 1000 ceil'
>>> str(read_per_unit_award("板报内容定期更新,1年不少于4次,每出1期得0.5分。", Decimal(2))[0])  # fresh13 Z2-2
'>=4: W; <4: W - 0.5 per 1'
>>> read_per_unit_award("每宣传1次得0.5分,最高得3分。", Decimal(1)) is None  # a cap other than the 分值
True
>>> read_per_unit_award("每少1次扣0.5分", Decimal(2)) is None  # a deduction, not an award
True
>>> read_per_unit_award("有计划和总结每项得1.5分", Decimal(3)) is None  # two listed items worth 1.5 each
True
>>> read_per_unit_award("①有计划;②有总结;③有台账。每项得1分", Decimal(3)) is None  # a checklist
True
>>> read_per_unit_award("每做到1项得0.6分。", Decimal(2)) is None  # items of a list not making up the 分值
True
"""

from __future__ import annotations

import re
from decimal import ROUND_CEILING, Decimal

from jixiao.rules.chinese._base import ITEM_NUMBER, NUM, Reading, dec, described
from jixiao.rules.chinese.checklist import read_each_listed
from jixiao.rules.chinese.lexicon import AWARD, AWARD_EACH, BONUS_VERBS, COUNT
from jixiao.rules.chinese.refusals import TARGET_WORDS
from jixiao.rules.grammar import parse_rule
from jixiao.rules.model import Rule, fmt_decimal

#: what is counted: every count word of the lexicon but those of people (not 人次: "每有1人次参加得1分" is refused,
#: test_i11e R8-1; nor 人 / 名 / 位)
_MU = rf"(?<!人)(?!人|名|位){COUNT}"

#: quantities counted in steps of N (money is _MONEY: the value in the step's own unit, r30)
_QTY = rf"(?:亩|公顷|吨|公斤|千克|平方米|立方米|公里|千米|小时|学时|课时|{_MU})"  # (hours: "每100小时得1分", fresh51 BL12-4, r52)  # (no people: "每有1人次参加得1分" stays refused, test_i11e)

#: the verb of an award: 得/计/记/给/赋 or a bonus 加/奖/奖励 ("每增加一件奖励5分", fresh47 BH3-4, r30)
_EACH_VERB = rf"(?:奖励|{AWARD_EACH})"

#: amounts counted in steps of N: quantities, and money (r30: "每获得30万元融资得1分", fresh22 AI8-5 — the value is written
#: in the step's own unit, and no other amount of money may stand in another unit)
_MONEY = r"(?:万元|亿元|元)"

#: "每宣传一次得0.5分" / "每项任务加3分" / "得2分/次", then an optional cap "最高得1分" / "最多2分"; the cap may follow a full stop
#: or stand in brackets ("。此项最高计1分", "(最多加5分)", "(累计不超过20分)", r30), or be a number of times to reach
#: that makes up its points ("每次7.5分,不低于4次,计30分", fresh47 BH3-1, r30)
_AWARD_RE = re.compile(
    rf"(?:每(?P<verb>[\u4e00-\u9fff]{{0,4}}?)(?:1|一)?(?P<mu>{_MU})(?:\((?P<alt>{_MU})\))?(?P<obj>[\u4e00-\u9fff]{{0,16}}?)(?:的)?[,，]?"
    # (the verb may be left out: "每次报送信息1分,合计5分" — r6; "每次(条)计0.05分": a second count word in brackets, r30)
    rf"可?(?P<v>{_EACH_VERB})?(?P<p>{NUM})分"
    rf"|(?<![\d.])(?P<v2>{_EACH_VERB})(?P<p2>{NUM})分/(?P<mu2>{_MU})"
    # "每完成1000亩,加0.1分" (fresh8 U11-2): per N of a quantity (whole steps); "纳税额每满3万元得1分" (fresh22 AI8-6, r30) —
    # any doing verb before the amount (获得/取得/满 …, r30), never a shortfall or a period (_NOT_DOING_RE)
    rf"|每(?P<qverb>[\u4e00-\u9fff]{{0,3}}?)(?P<qn>{NUM})(?P<qu>{_QTY}|{_MONEY})(?P<qobj>[\u4e00-\u9fff]{{0,6}}?)"
    rf"[,，]?(?P<v3>{_EACH_VERB})(?P<p3>{NUM})分)"
    rf"(?:[,，;；。]?\s*(?P<open>\()?(?:此项|本项|该项|此条)?(?:(?:最高|最多|上限)可?(?P<capv>{_EACH_VERB})?(?:不超过)?"
    rf"(?P<cap>{NUM})分(?:为止|封顶|为限)?"
    rf"|以(?P<cap2>{NUM})分为限"
    # "每建立一种渠道加20分,直到满分100为止" (fresh20 AG16-1, r5)
    rf"|直到满分(?P<cap3>{NUM})分?为止"
    # "每次报送1分,合计6分" (fresh21 AH6-1, r6) / "1个部门0.5分,满分2分" (fresh14 AA12-1): the total is the cap
    rf"|(?:合计|共计|总计|共|满分)(?P<cap4>{NUM})分"
    # "有一篇加0.1分,但累计不超过2分" (fresh26 AM9-7, r12)
    rf"|(?:但)?(?:累计|合计|总计|共计)(?:最高|最多)?(?:不超过|不得超过)(?P<cap5>{NUM})分"
    # "不低于4次,计30分" (fresh47 BH3-1, r30): the times to reach and their points — the cap when times × N = points
    rf"|(?:不低于|不少于|至少|达到)(?P<times>\d{{1,3}})(?P<tmu>{_MU})(?:及以上|以上)?[,，]?{AWARD}?(?P<cap6>{NUM})分"
    rf")(?(open)\)))?")

#: one unit named at the start of a clause with its points: "1个部门0.5分" = "每个部门0.5分" (fresh14 AA12-1, r6)
_ONE_UNIT_RE = re.compile(rf"(?:(?<=^)|(?<=[,，;；]))有?(?:1|一)(?P<mu>{_MU})(?P<obj>[^\d,，;；。未不没无缺少扣以及]{{1,8}}?)"
                          rf"(?={AWARD}?{NUM}分)")

#: a verb then one unit with its points and no 每: "…作业,查核1次0.5分,最高得2分" (fresh66 CA8-5, r51) = "每查核次0.5分" — never
#: an ordinal, a first few or a total (第1次 / 前1次 / 共1次 / 满1次 …)
_VERB_ONE_UNIT_RE = re.compile(rf"(?:(?<=^)|(?<=[,，;；]))(?P<verb>(?:(?![第前后首共满超累计合总近每仅只])[\u4e00-\u9fff]){{1,4}}?)"
                               rf"(?:1|一)(?P<mu>{_MU})(?={AWARD}?{NUM}分)")

#: the cap of an award in the other wordings (r51: one place for them — "本项得分最高以5分计" (fresh66 CA8-3), "本项最高得分8分"
#: (CA8-8), "本项最高限分6分", "总分2分" (fresh55 BP2-1), "15分封顶" / "封顶15分"): written as "最高N分", the wording
#: _AWARD_RE reads (its cap must still be the 分值)
_CAP_WORDING_RE = re.compile(
    rf"(?P<scope>此项|本项|该项|此条|本指标|该指标)?(?:得分)?(?:最高(?:限分|得分|以|为)(?P<a>{NUM})分(?:计|为限|封顶)?"
    rf"|总分(?P<b>{NUM})分|(?P<c>{NUM})分封顶|封顶(?P<d>{NUM})分)")

#: a subject before the cap, the thing the row scores: "…每1个项目加2分,学院最多不超过10分" (fresh51 BL11-7, r52) — a short noun
#: after a break, never a share per head or per unit (每人/各村/单项/人均 …: a cap per person is another rule); taken out with
#: a note, and the cap must still be the 分值 (_AWARD_RE's reading checks it). Never a person or a household ("教师最多不超过
#: 10分", "学生最高…", "农户…", r57): in a row scoring a unit that is a cap per head — which one the row scores is not said
_CAP_SUBJECT_RE = re.compile(rf"(?<=[,，;；。])(?P<subj>(?![每各单个人均此本该])[\u4e00-\u9fff]{{2,4}}?)(?<![师生员人者民工户])"
                             rf"(?=(?:最多|最高)(?:可?{_EACH_VERB})?(?:不超过|不得超过)?{NUM}分[。；;]?$)")

#: the points written "得分N分" ("每正确上传1次得分0.5分", fresh66 CA8-3) = "得N分"
_SCORE_WORD_RE = re.compile(rf"(?<=[\u4e00-\u9fff\d])得分(?={NUM}分)")

#: a bracket of words between the doing and the count: "每正确上传(无再修改)1次" (fresh66 CA8-3) — which times count
_ASIDE_RE = re.compile(rf"(?P<pre>每[\u4e00-\u9fff]{{1,4}})\((?P<a>[^()\d分扣得加减奖%]{{1,12}})\)(?=(?:1|一)?{_MU})")

#: the 分值 restated as a share of the whole table after the last sentence: "…本项得分最高以5分计。(5%)" on a 5-point row
#: (fresh66 CA8, whose rows total 100) — taken out only when it is the 分值
_WEIGHT_PERCENT_RE = re.compile(rf"\((?P<n>{NUM})%\)(?P<end>[。；;]?)$")

#: a requirement before the award whose only numbers are its deadline: "于每月25日前自行于…系统建立前1个月之稽查单…;"
#: (fresh66 CA8-3) — when to do it, not a count: said as a note
_DEADLINE_RE = re.compile(r"(?:每月|每年|每季度?)?\d{1,2}日(?:之前|以前|前)|前\d{1,2}个月|\d{1,2}月\d{1,2}日(?:之前|以前|前)")
_REQUIREMENT_HEAD_RE = re.compile(r"^(?P<req>[^;；。]{4,120})[;；。]$")


def _cap_wording(norm: str, weight: Decimal) -> tuple[str, list[str]]:
    """``norm`` with its cap, its points and its restated 分值 in the wordings :data:`_AWARD_RE` reads, and notes.

    >>> _cap_wording("每正确上传(无再修改)1次得分0.5分,本项得分最高以5分计。(5%)", Decimal(5))[0]
    '每正确上传1次得0.5分,本项最高5分。'
    >>> _cap_wording("每次1分,总分4分", Decimal(4))[0]
    '每次1分,最高4分'
    >>> _cap_wording("每次1分,最高5分。(4%)", Decimal(5))[0]  # (4%) is not this row's 分值: kept
    '每次1分,最高5分。(4%)'
    >>> _cap_wording("每1个项目加2分,学院最多不超过10分。", Decimal(10))[0]  # fresh51 BL11-7: the cap's subject (r52)
    '每1个项目加2分,最多不超过10分。'
    >>> _cap_wording("每1个项目加2分,每人最多不超过10分。", Decimal(10))[0]  # per head: kept (refused later)
    '每1个项目加2分,每人最多不超过10分。'
    >>> _cap_wording("每1个项目加2分,教师最多不超过10分。", Decimal(10))[0]  # a person: per head? kept (refused later, r57)
    '每1个项目加2分,教师最多不超过10分。'
    """
    notes: list[str] = []
    wp = _WEIGHT_PERCENT_RE.search(norm)
    if wp is not None and dec(wp["n"]) == weight and wp.start() > 0 and norm[wp.start() - 1] in "。；;分":
        notes.append(described(wp[0].rstrip("。；;"), "分值（占总分的百分比）"))
        norm = norm[: wp.start()] + wp["end"]
    subj = _CAP_SUBJECT_RE.search(norm)
    if subj is not None:  # "学院最多不超过10分": the subject of the cap is the row's own (r52)
        notes.append(described(subj["subj"], "上限所指的对象（本行考核对象）"))
        norm = norm[: subj.start()] + norm[subj.end():]
    norm = _CAP_WORDING_RE.sub(lambda c: f"{c['scope'] or ''}最高{c['a'] or c['b'] or c['c'] or c['d']}分", norm)
    norm = _SCORE_WORD_RE.sub("得", norm)

    def aside(a: re.Match[str]) -> str:
        notes.append(described(a["a"], "计数对象的界定"))
        return a["pre"]
    return _ASIDE_RE.sub(aside, norm), notes


def _deadline_requirement(head: str) -> tuple[str, str | None]:
    """``head`` without a requirement sentence whose only numbers are its deadline, and that requirement (``None`` when
    there is none).

    >>> _deadline_requirement("于每月25日前于系统建立前1个月之稽查单;")
    ('', '于每月25日前于系统建立前1个月之稽查单')
    >>> _deadline_requirement("每月至少上传2次;")[1] is None  # a count to reach, not a deadline
    True
    """
    m = _REQUIREMENT_HEAD_RE.match(head)
    if m is None or not _DEADLINE_RE.search(m["req"]):
        return head, None
    left = _DEADLINE_RE.sub("", m["req"])
    if re.search(r"\d|[①-⑩]|[得扣加减计记满]分|分值|扣|奖|%|以上|以下|不少于|至少|不低于|超过|低于|每|否则", left):
        return head, None
    return "", m["req"]


#: a count of times making up the total: "基础数据半年报送1次共2次,动态数据每季度报送1次共4次" (fresh21 AH6-1)
_TIMES_IN_ALL_RE = re.compile(r"[^，,。；;()]*共(?P<k>\d{1,3})次[^，,。；;()]*")

#: periods in a year: "半年报送1次共2次" is 1 × 2 (a schedule must make up its own total)
_PER_YEAR = {"半年": 2, "季度": 4, "季": 4, "月": 12, "年": 1}


def _schedule_makes(t: re.Match[str]) -> bool:
    """True when the times per period in ``t`` ("动态数据每季度报送1次共4次") make up its total (1 × 4 = 4); a clause
    with no period or other numbers is no such schedule.

    >>> ok, bad = "动态数据每季度报送1次共4次", "动态数据每季度报送2次共4次"
    >>> _schedule_makes(_TIMES_IN_ALL_RE.search(ok)), _schedule_makes(_TIMES_IN_ALL_RE.search(bad))
    (True, False)
    """
    m = re.fullmatch(rf"[^\d]*?(?P<period>半年|季度|季|月|年)[^\d]*?(?P<n>{NUM})次共(?P<k>\d{{1,3}})次[^\d]*", t[0])
    return m is not None and dec(m["n"]) * _PER_YEAR[m["period"]] == dec(m["k"])


#: a count to reach that the award makes up exactly: "一年不少于4次,每出一期得0.5分" on a 2-point row (fresh13 Z2-2)
_TO_REACH_RE = re.compile(rf"(?:(?:1|一)年|全年|每年|年度)?(?:不少于|至少)(?P<k>\d{{1,3}}){COUNT}(?:以上)?")

#: a schedule of times per period making up the year's count: "坚持每季召开工会班子会议(学习)1次以上" (fresh23 AJ16-1, r30) is
#: 4 × 1 times a year
_SCHEDULE_RE = re.compile(r"(?:坚持)?每(?:个)?(?P<period>半年|季度|季|月)[^,，。;；\d]{0,24}?(?:不少于|至少)?(?P<n>\d{1,2})次"
                          r"(?:以上|及以上)?")


def _times_to_reach(rest: str, each: Decimal, weight: Decimal) -> tuple[str, str | None]:
    """``rest`` without the count to reach that the award makes up exactly ("一年不少于4次" / "每季…1次以上" at N each =
    the 分值), and that count in words (``None`` when there is none).

    >>> _times_to_reach("坚持每季召开会议1次以上,", Decimal(1), Decimal(4))
    (',', '全年4次（每季1次）')
    >>> _times_to_reach("坚持每季召开会议1次以上,", Decimal(1), Decimal(5))[1] is None  # 4 × 1 ≠ 5
    True
    """
    said = None
    for t in _TO_REACH_RE.finditer(rest):
        if dec(t["k"]) * each == weight:
            rest, said = rest.replace(t[0], "", 1), f"{t['k']}次"
    for t in _SCHEDULE_RE.finditer(rest):
        k = dec(t["n"]) * _PER_YEAR[t["period"]]
        if k * each == weight:
            rest, said = rest.replace(t[0], "", 1), f"全年{fmt_decimal(k)}次（每{t['period']}{t['n']}次）"
    return rest, said


#: repeated events (not items of a fixed list): min(W, N × x) even when N does not divide the 分值
_EVENTS = ("次", "场", "期", "篇")

#: the verb after 每 is a doing, never a shortfall (每少一次扣…), a failure or a period (每年 / 每季度)
_NOT_DOING_RE = re.compile(r"[少缺低降减差欠超扣漏未不无错违误]|^(?:年|月|季|周|天|日|半年|学期)")

#: items listed before the award: ①… / 1、… / (1)… / clauses split by ；
_LISTED_RE = re.compile(r"[①-⑩]|(?:^|[。；;，,])\s*(?:\d{1,2}[、.)](?!\d)|\(\d{1,2}\))|[；;]")

#: nothing done scores nothing: "无会议记录不得分" / "没有不得分" / "未开展的不得分"
#: — not a failing of how or when ("未按时报送的不得分", "未及时落实的不得分": done late still scores nothing — a veto
#: beside the count, not the count at 0; r60)
_ZERO_RE = re.compile(r"[^，,。；;\d%]{0,20}?(?:无|没有|未)"
                      r"(?![^，,。；;\d%]{0,20}?(?:按时|及时|按期|如期|按规定|按要求|规范|准确|完整|真实|达标|合格|到位))"
                      r"[^，,。；;\d%]{0,20}?(?:不得分|得0分|不计分|不给分)")

#: what may remain beside the award: words only (no number, score, deduction or comparison)
_SCORING_LEFT_RE = re.compile(r"\d|[得计记扣加减]分|分值|满分|权重|扣|%|以上|以下|以内|低于|高于|超过|不足|[≥≤<>]|"
                              r"比例|酌情|奖")


#: a base for none done before the award: "年度未接受法援案件指派任务的得5分;每办1件加1分" (fresh42 BC3-7, r30) — the
#: clause names nothing done (未/无/没有), its points are what a count of 0 scores
_BASE_RE = re.compile(rf"^(?P<what>[^,，;；。\d]{{0,40}}?(?:未|无|没有)[^,，;；。\d]{{1,30}}?)(?:的)?[,，]?{AWARD}"
                      rf"(?P<b>{NUM})分[,，;；。]\s*$")

#: the count starts later: "从第2件起,每增加一件奖励5分" (fresh47 BH3-4, r30) — the first k − 1 score nothing
_START_RE = re.compile(rf"从第(?P<k>\d{{1,2}})(?P<mu>{_MU})(?:开始|起)(?:算|计)?[,，]?$")

#: a bracket after the award saying only how to count: "(重复播发按一次计分,负面报道不计分)" (fresh46 BG10-2, r30)
_COUNT_NOTE_RE = re.compile(r"\((?P<note>[^()]{2,60})\)")
#: how a repeat is counted: "重复播发按1次计分" / "同一事项只计1次" / "不重复计分"
_HOW_COUNTED_RE = re.compile(r"[^,，;；\d]{0,12}?(?:按(?:1|一)次计(?:分|算)?|(?:只|仅)计(?:1|一)次(?:分)?|不重复计(?:分|算))")
#: what is not counted: "负面报道不计分" — a thing named (no 有/出现/未/不 …: "有负面报道的不得分" is a veto, "不投稿不得分" none
#: done — never a note)
_NOT_COUNTED_RE = re.compile(r"(?P<what>[^有无未没不的被凡如若现生在,，;；\d]{2,10})(?:不得分|不计分|不计算|不计入)")

#: a count against a figure the row does not print: "完成年度目标任务的,每多完成1件加1分" (r30 near-miss, read before as
#: min(W, 1 × x) — more than the target, or from 0?)
_AGAINST_RE = re.compile(rf"{TARGET_WORDS}|目标|计划|上年|去年|同期|基数|基准")

#: a sentence after the award saying what counts, with no number or score: "新开工建设亿元以上项目必须进入…项目库,考核时以…
#: 为标准" (fresh41 BB6-4, r30)
_SCOPE_WORDS_RE = re.compile(r"必须|须|应当|为标准|为准|为依据")
_SCOPE_NOT_RE = re.compile(r"\d|分|扣|得|加|减|奖|罚|否则|不|未|无|没|%|比例|满|最|超")


def _counting_notes(tail: str) -> tuple[str, list[str]] | None:
    """``tail`` without a bracket that only says how to count, and the bracket's parts in words; ``None`` when a bracket
    says more (a veto, a score).

    >>> _counting_notes("。(重复播发按1次计分,负面报道不得分)")
    ('。', ['计数说明（不参与计分）：重复播发按1次计分', '不计入的（只界定计数对象，不另扣分）：负面报道'])
    >>> _counting_notes("(有负面报道的不得分)") is None  # a veto: the whole row scores 0
    True
    """
    notes: list[str] = []
    for b in _COUNT_NOTE_RE.finditer(tail):
        said = counting_note(b["note"])
        if said is None:
            return None
        notes += said
    return _COUNT_NOTE_RE.sub("", tail), notes


def counting_note(note: str) -> list[str] | None:
    """The parts of a bracketed ``note`` in words when each only says how to count ("重复播发按1次计分") or what is not
    counted ("负面报道不得分"), else ``None``.

    >>> counting_note("转载不得分")
    ['不计入的（只界定计数对象，不另扣分）：转载']
    >>> counting_note("最多加5分") is None
    True
    """
    notes: list[str] = []
    for part in re.split(r"[,，;；]", note):
        if _HOW_COUNTED_RE.fullmatch(part):
            notes.append(described(part, "计数说明"))
        elif (nc := _NOT_COUNTED_RE.fullmatch(part)) is not None:
            notes.append(f"不计入的（只界定计数对象，不另扣分）：{nc['what']}")
        else:
            return None
    return notes


def _scope_notes(rest: str) -> tuple[str, list[str]]:
    """``rest`` without its sentences that only say what counts ("…项目必须进入…项目库"), and those sentences."""
    kept, notes = [], []
    for sentence in re.split(r"(?<=。)", rest):
        words = sentence.strip("，,。 ")
        if words and _SCOPE_WORDS_RE.search(words) and not _SCOPE_NOT_RE.search(words):
            notes.append(described(words, "计数范围"))
        else:
            kept.append(sentence)
    return "".join(kept), notes


def read_per_unit_award(norm: str, weight: Decimal | None) -> tuple[Rule, list[str]] | None:
    """``>=n: W; <n: n·N - N per 1`` (min(W, N × times)) for an award per time done, with what the text says beside the
    award (the value's unit, a base, a start, how to count — read in the same pass), or ``None``. Widened in r30:
    a cap after a full stop or in brackets, a number of times to reach, a start, a base for none done, money.

    >>> str(read_per_unit_award("消息,每条(次)得0.02分。此项最高得0.4分。", Decimal("0.4"))[0])  # fresh46 BG10-3
    '>=20: W; <20: W - 0.02 per 1'
    >>> str(read_per_unit_award("履职活动,每次7.5分,不低于4次,得30分。", Decimal(30))[0])  # fresh47 BH3-1
    '>=4: W; <4: W - 7.5 per 1'
    >>> str(read_per_unit_award("提案被立案的,从第2件起,每增加1件奖励5分(累计不超过20分)。", Decimal(20))[0])  # BH3-4
    '>=5: W; <5: W - 5 per 1'
    >>> str(read_per_unit_award("年度未接受法援案件指派任务的得5分;每办1件加1分(最多加5分)。", Decimal(10))[0])  # BC3-7
    '=0: 5; >=5: W; <5: W - 1 per 1'
    >>> str(read_per_unit_award("纳税额每满3万元得1分。", Decimal(8))[0])  # fresh22 AI8-6
    '>=24: W; <24: W - 1 per 3 ceil'
    >>> read_per_unit_award("达到目标值的得5分;每办1件加1分(最多加5分)。", Decimal(10)) is None  # a base at a target
    True
    """
    if weight is None or weight <= 0:
        return None
    norm = _ONE_UNIT_RE.sub(lambda u: f"每{u['mu']}{u['obj']}", norm)
    if "每" not in norm:
        norm = _VERB_ONE_UNIT_RE.sub(lambda u: f"每{u['verb']}{u['mu']}", norm)
    norm, worded = _cap_wording(norm, weight)
    found = list(_AWARD_RE.finditer(norm))
    if len(found) != 1:
        return None
    m = found[0]
    if _AGAINST_RE.search(norm):
        return None
    if m["qverb"] and _NOT_DOING_RE.search(m["qverb"]):
        return None  # "每减少1000亩" (a shortfall) / "每年1000亩" (a period)
    if m["p"] is not None:
        if _NOT_DOING_RE.search(m["verb"]) or _NOT_DOING_RE.search(m["obj"]) or m["obj"].startswith("百分点") \
                or re.search(r"年|月|季|周|天|日", m["verb"] + m["mu"] + m["obj"][:1]):
            # "每完成1个百分点得0.5分" (a share, peritem.read_per_point) / "每个月报送1次" (a period)
            return None
    # the row's own item number before it ("1.公安报刊发消息,每次(条)…", "(2)…"): no list of items (r30 context)
    head = re.sub(rf"^\s*{ITEM_NUMBER}\s*", "", norm[: m.start()])
    head, deadline = _deadline_requirement(head)
    if deadline is not None:
        worded.append(described(deadline, "要求（期限）"))
    bm = _BASE_RE.match(head)
    base = dec(bm["b"]) if bm is not None else Decimal(0)
    head = "" if bm is not None else head
    sm = _START_RE.search(head)
    shift = int(sm["k"]) - 1 if sm is not None and sm["mu"] == m["mu"] and m["p"] is not None else 0
    if sm is not None and shift < 1:
        return None  # "从第1件起" says nothing; "从第2次起,每件…": two count words — never a guess
    head = head[: sm.start()] if sm is not None else head
    each = dec(m["p"] or m["p2"] or m["p3"])
    # "实验室安全管理的要求共25项(详见附件2),每项2分,共50分" (fresh45 BF11-1, r30): the items are counted before the award
    # and make up the 分值 at N each — what "每项" counts is named (the list is kept elsewhere: "(详见附件2)")
    km = re.search(rf"共(?P<k>\d{{1,3}}){m['mu']}(?:\((?:详见|见)附件\d{{1,2}}\))?", head) if m["mu"] else None
    named = km is not None and dec(km["k"]) * each == weight
    head = head.replace(km[0], "") if named else head  # type: ignore[index]
    if _LISTED_RE.search(head) or m["p"] is not None and not named and (
            not m["verb"] and not m["obj"] and m["mu"] not in _EVENTS and m["alt"] not in _EVENTS):
        # "有计划和总结每项得1.5分" (fresh18 AE8-2) / "①有计划;②有总结;③有台账。每项得1分": the items are
        # listed — a checklist (read by the checklist readers), not a count; a bare "每项得N分" names nothing
        # done, so it is left to peritem.py and the checklist readers ("…的，每次加3分" names it before)
        return None
    verb = m["v"] or m["v2"] or m["v3"]
    cap = m["cap"] or m["cap2"] or m["cap3"] or m["cap4"] or m["cap5"] or m["cap6"]
    if each <= 0 or m["cap6"] is not None and (m["tmu"] != m["mu"] or dec(m["times"]) * each != dec(m["cap6"])):
        return None  # "每次7.5分,不低于4次,计30分": the times to reach must make up their points at N each
    if bm is not None and (verb not in BONUS_VERBS or cap is None or not 0 < base < weight
                           or not set(re.split(r"未|无|没有", bm["what"])[-1]) & set(m["verb"] + m["mu"] + m["obj"])):
        # a base for none done, then a bonus per unit: only with a written cap (a bonus above the 分值 is refused), and
        # only when the base names what is counted ("未接受…案件…的得5分;每办1件": 件) — "无违规记录的得2分;每获表彰1次加…"
        # is a base on another thing (a unit with violations and commendations: not a count of one)
        return None
    # the cap of the bonus ("最多加5分") adds to the base; any other cap is the whole score
    total = None if cap is None else dec(cap) + (base if m["capv"] in BONUS_VERBS else 0)
    if total is not None and total != weight:
        return None
    tail = norm[m.end():]
    head, reach_said = _times_to_reach(head, each, weight)
    if m["p"] is not None and m["v"] is None and (cap is None and reach_said is None and not named
                                                  or re.search(r"按|递|依次", m["obj"] + tail)):
        # without 得/计/加 only with its total: "每次报送信息1分,合计5分" or a count to reach making it up ("每季…1次以上,
        # 每次1分", r30); "每位次按0.25分递减" (fresh F3-1) is a rank
        return None
    counted = _counting_notes(tail)
    if counted is None:
        return None
    tail, said = counted
    rest = _ZERO_RE.sub("", head + "，" + tail)
    if not re.search(r"[\u4e00-\u9fff]", head):
        # "每完成一项得2分,反之,不得分" (fresh26 AM9-3, r12): none done scores 0 — what the award gives already (only
        # when nothing comes before the award: "全部完成的每项得2分,否则不得分" is refused as before)
        rest = re.sub(r"^[,，;；。]*否则不得分", "", rest.lstrip("，"))
    rest = re.sub(r"(?:给予|予以)加分", "", rest)
    rest, reached = _times_to_reach(rest, each, weight)
    reach_said = reach_said or reached
    in_all = list(_TIMES_IN_ALL_RE.finditer(rest))
    if in_all and sum(dec(t["k"]) for t in in_all) * each == weight and all(_schedule_makes(t) for t in in_all):
        rest = _TIMES_IN_ALL_RE.sub("", rest)  # the times to do, making up the 分值 at N each: what is counted
    rest, scope = _scope_notes(rest)
    if named and (full := _ALL_DONE_RE.search(rest)) is not None:
        # "操作間共10項,每項1分,全部達到要求的得滿分" (fresh49 BJ12-2, r84): all K items done is K × N = the 分值 — the
        # count's own top, said again
        rest = rest[: full.start()] + rest[full.end():]
        said.append(f"“{full[0].strip('，,。；;')}”：{km['k']}{m['mu']}全部做到即{km['k']} × {fmt_decimal(each)} = "  # type: ignore[index]
                    f"{fmt_decimal(weight)}分，是满分的重述")
    if _SCORING_LEFT_RE.search(rest):
        return None
    if m["qu"] is not None and re.fullmatch(_MONEY, m["qu"]):
        if set(re.findall(rf"{NUM}({_MONEY})", norm)) != {m["qu"]}:
            return None  # amounts in two units of money: the value's unit would be a guess
        said.insert(0, f"业绩值以“{m['qu']}”计（填{m['qn']}即{m['qn']}{m['qu']}）")
    n = ((weight - base) / each).to_integral_value(rounding=ROUND_CEILING)
    per = dec(m["qn"]) if m["qn"] is not None else Decimal(1)
    if per <= 0:
        return None
    start = base + n * each
    if start != weight and cap is None and verb not in BONUS_VERBS and (m["mu"] or m["mu2"]) not in _EVENTS \
            and m["alt"] not in _EVENTS:
        # "每做到一项得0.6分" on a 2-point row (test_i11e R8-1): items of a fixed list that do not make up the
        # 分值 — something else scores too; repeated events (次/场), a bonus (加) or a written cap say min(W, N × x)
        return None
    top = "W" if start == weight else fmt_decimal(start)
    reach = fmt_decimal(n * per + shift)
    steps = f"per {fmt_decimal(per)} ceil" if per != 1 else "per 1"  # whole steps of N done: the shortfall rounds up
    if bm is not None:
        said.append(f"基础分：{bm['what']}（0{m['mu']}）得{bm['b']}分，此基础上每{m['mu']}加{fmt_decimal(each)}分")
    if reach_said is not None and reach_said.startswith("全年"):
        said.append(f"歧义：要求按{reach_said}读，做满即得满分；若按每期分别考核，请手写规则")
    if named:
        said.append(f"项数：{km['k']}{m['mu']}（{km[0]}），每{m['mu']}{fmt_decimal(each)}分，合计为分值")  # type: ignore[index]
    if shift:
        said.append(f"从第{sm['k']}{m['mu']}起计分：前{shift}{m['mu']}不得分")  # type: ignore[index]
    # (a base is written as its own clause for none done: its points are printed, so the rule shows them)
    zero = f"=0: {fmt_decimal(base)}; " if bm is not None else ""
    return parse_rule(f"{zero}>={reach}: W; <{reach}: {top} - {fmt_decimal(each)} {steps}"), worded + said + scope


def per_unit_award_notes(rule: Rule, weight: Decimal | None) -> list[str]:
    """What :func:`read_per_unit_award` read, in words."""
    reach, lin = rule.clauses[-2].condition.bound.value, rule.clauses[-1].outcome  # type: ignore[union-attr]
    step = fmt_decimal(lin.step.coef.value)  # type: ignore[union-attr]
    n = fmt_decimal(reach)
    per = lin.unit.value  # type: ignore[union-attr]
    if per != 1:
        return [f"业绩值为完成的数量：每满{fmt_decimal(per)}得{step}分（只算整档），最高为分值（{n}及以上得满分）"]
    if weight is None or len(rule.clauses) > 2 \
            or lin.start.points(weight) != lin.step.points(weight) * reach:  # type: ignore[union-attr]
        # a base for none done, or a start after the first few (r30): the base and the start are said from the text
        return [f"业绩值为完成的次数（项数）：每次得{step}分，最高为分值（{n}次及以上得满分）"]
    return [f"业绩值为完成的次数（项数）：每次得{step}分，得分 = {step} × 次数，最高为分值（{n}次及以上得满分）"]


#: "全部達到要求的得滿分" after "共K项,每项N分" making up the 分值 (r84): the top of the count, said again
_ALL_DONE_RE = re.compile(r"[,，;；。]?(?:全部|均|都|各项均?)(?:达到|符合|满足|完成)[^，,。；;\d]{0,6}?的?(?:得|计|记)满分[。；;]?")


#: "每个主题活动2分,其中A1分,B1分,11项活动共计22分" (fresh21 AH6-2, r6): N per unit, the N made up of parts, k units
#: making up the 分值
_PER_UNIT_IN_PARTS_RE = re.compile(
    rf"^每(?:1|一)?(?P<mu>{_MU})(?P<obj>[\u4e00-\u9fff]{{1,8}}?){AWARD}?(?P<p>{NUM})分[,，]其中"
    rf"(?P<parts>[^。；;\d]{{2,60}}?{NUM}分(?:[,，][^。；;\d]{{2,60}}?{NUM}分){{1,4}})[,，]"
    rf"(?:全年|共|合计)?(?P<k>\d{{1,3}}){_MU}[\u4e00-\u9fff]{{0,8}}?(?:共计|合计|总计|共)(?P<w>{NUM})分[。；;]?$")


def read_per_unit_in_parts(norm: str, weight: Decimal | None) -> Rule | None:
    """``>=k: W; <k: W - N per 1`` for N points per unit made up of parts (the parts add up to N) and k units making up the
    分值 (k × N = W), or ``None``. The value is the units done; a unit with only some parts done counts as the share of
    N those parts are worth (1 of 2 points: 0.5) — the line has no whole steps.

    >>> str(read_per_unit_in_parts("每个主题活动2分,其中组织、指导工作情况1分,资料报送1分,11项活动共计22分", Decimal(22)))
    '>=11: W; <11: W - 2 per 1'
    >>> read_per_unit_in_parts("每个主题活动2分,其中组织工作1分,资料报送0.5分,11项活动共计22分", Decimal(22)) is None  # 1.5 ≠ 2
    True
    >>> read_per_unit_in_parts("每个主题活动2分,其中组织工作1分,资料报送1分,10项活动共计22分", Decimal(22)) is None  # 20 ≠ 22
    True
    >>> read_per_unit_in_parts("每场培训3分,其中方案1分,签到1分,总结1分,2场培训共计6分", Decimal(6)) is None  # 1 ÷ 3 of a 场
    True
    """
    m = _PER_UNIT_IN_PARTS_RE.match(norm)
    if m is None or weight is None:
        return None
    each, k = dec(m["p"]), int(m["k"])
    parts = [dec(x) for x in re.findall(rf"({NUM})分", m["parts"])]
    if each <= 0 or sum(parts) != each or dec(m["w"]) != weight or each * k != weight \
            or re.search(r"扣|每|不得分|得满分|以上|以下|低于|超过|%", m["parts"]):
        return None
    if any((x / each * 100) % 1 for x in parts):
        return None  # a part worth 1 of 3 points would be 0.333… of a unit: no value scores it exactly
    return parse_rule(f">={k}: W; <{k}: W - {fmt_decimal(each)} per 1")


def per_unit_in_parts_notes(norm: str, rule: Rule) -> list[str]:
    """What :func:`read_per_unit_in_parts` read in ``norm``, in words (the parts quoted: their points are used)."""
    m = _PER_UNIT_IN_PARTS_RE.match(norm)
    assert m is not None
    each = rule.clauses[1].outcome.step.coef.value  # type: ignore[union-attr]
    step = fmt_decimal(each)
    k = fmt_decimal(rule.clauses[0].condition.bound.value)  # type: ignore[union-attr]
    first = dec(re.findall(rf"({NUM})分", m["parts"])[0])
    return [f"计分单位（每{m['mu']}{m['obj']}{step}分的组成，不另计分）：{m['parts']}",
            f"业绩值为完成的{m['obj']}数：每{m['mu']}{step}分，{k}{m['mu']}得满分；只完成其中一部分的，按该部分分数÷{step}"
            f"折算（如只得{fmt_decimal(first)}分的记{fmt_decimal(first / each)}{m['mu']}）"]


#: items joined by 和/及/、 then "每项得N分": "有计划和总结每项得1.5分" (fresh18 AE8-2, labelled a checklist)
_LISTED_EACH_RE = re.compile(rf"^(?P<list>[^，,。；;:：\d每()（）]{{2,80}}?)[,，]?每(?:项|条)各?[,，]?(?:得|计|记|给|赋)?(?P<p>{NUM})分[。；;]?$")


def read_listed_per_item(norm: str, weight: Decimal | None, notes: list[str]) -> Reading | None:
    """A checklist of N each for items joined by 和/及/、 before "每项得N分" — the same as "A、B各占N分"
    (:func:`checklist.read_each_listed`, which checks that the items make up the 分值); a leading 有 belongs to each
    item ("有计划和总结" → 有计划、有总结).

    >>> r = read_listed_per_item("有计划和总结每项得1.5分", Decimal(3), [])
    >>> r.kind, [(i.text, str(i.points)) for i in r.items]
    ('checklist', [('有计划', '1.5'), ('有总结', '1.5')])
    >>> read_listed_per_item("计划、总结每项1.5分", Decimal(5), []).kind  # 2 × 1.5 ≠ 5: refused
    'unreadable'
    >>> read_listed_per_item("有计划每项得1.5分", Decimal(3), []) is None  # nothing listed
    True
    """
    m = _LISTED_EACH_RE.match(norm)
    if m is None or not re.search(r"[和及、]", m["list"]):
        return None
    names = [x for x in re.split(r"[和及、]", m["list"]) if x]
    if len(names) < 2 or any(len(x) < 2 and not names[0].startswith("有") for x in names):
        return None
    if names[0].startswith("有"):
        names = [names[0]] + [x if x.startswith(("有", "无", "没")) else f"有{x}" for x in names[1:]]
    return read_each_listed(f"{'、'.join(names)}各占{m['p']}分", weight, notes)


#: "满分40分(5分/份×8)": the 分值 as so many points per copy times the copies due (fresh20 AG20-3, r5)
_PER_COPY_TOTAL_RE = re.compile(rf"满分(?P<w>{NUM})分\((?P<p>{NUM})分/(?P<mu>{_MU}|份)[×*](?P<k>\d{{1,3}})\)[。；;]?$")


def read_per_copy_total(norm: str, weight: Decimal | None) -> Rule | None:
    """``>=k: W; <k: W - N per 1`` for "满分W分(N分/份×k)" when N × k = W = the row's 分值; what comes before may only
    say what is counted (no score, deduction or comparison words), or ``None``.

    >>> str(read_per_copy_total("包括1、2、4、5、7、8、10、11月八个月,满分40分(5分/份×8)。", Decimal(40)))  # AG20-3
    '>=8: W; <8: W - 5 per 1'
    >>> read_per_copy_total("满分40分(5分/份×8)。", Decimal(30)) is None  # not the 分值
    True
    >>> read_per_copy_total("迟报扣2分,满分40分(5分/份×8)。", Decimal(40)) is None  # another score beside it
    True
    """
    m = _PER_COPY_TOTAL_RE.search(norm)
    if m is None or weight is None:
        return None
    each, k = dec(m["p"]), int(m["k"])
    if each <= 0 or k < 1 or dec(m["w"]) != weight or each * k != weight:
        return None
    if re.search(r"分|扣|得|%|[≥≤<>]|以上|以下|低于|超过|不足|每", norm[: m.start()]):
        return None
    return parse_rule(f">={k}: W; <{k}: W - {fmt_decimal(each)} per 1")


def per_copy_total_notes(rule: Rule, weight: Decimal | None) -> list[str]:
    """What :func:`read_per_copy_total` read, in words."""
    lin = rule.clauses[1].outcome
    n = fmt_decimal(rule.clauses[0].condition.bound.value)  # type: ignore[union-attr]
    return [f"业绩值为报送的份数（次数）：每份得{fmt_decimal(lin.step.coef.value)}分，{n}份得满分"]  # type: ignore[union-attr]
