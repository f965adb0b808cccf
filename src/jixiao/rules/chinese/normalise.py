"""Normalising a 评分标准 text: NFKC, LaTeX/HTML remnants, Chinese numerals before measure words,
"±10%以内" → a range, notes taken out (扣完为止, 不满1个百分点按1个百分点算, 满分为止 …), and the
phrases meaning "W × ratio" turned into tokens (〔PROP〕 relative to a threshold, 〔WX〕 W × x).

>>> _normalise("每降低0.5扣除权重分的1/4，每降低1%扣权重分的1%")[0]
'每降低0.5扣除25%权重分,每降低1%扣1%权重分'
>>> _normalise("≧９５％得５分，每低一个百分点扣一分，扣完为止")[0]
'≥95%得5分,每低1个百分点扣1分'
>>> _normalise("发现一起未执行环评要求者扣1分,一起研究")[0]
'发现1起未执行环评要求者扣1分,一起研究'
>>> _normalise("凡未达到原则或不贯彻的,查实一例,扣1分。")[0]  # fresh5 Q11: one per case found
'凡未达到原则或不贯彻的,查实1例扣1分。'
>>> _normalise("成立领导小组(1分),明确牵头部门(或岗位)(1分)。")[0]  # fresh5 Q7-1
'成立领导小组1分,明确牵头部门或岗位1分。'
>>> _normalise("控制率在±10%以内得5分")[0]
'控制率-10%~10%得5分'
>>> _normalise("低于90%的按执行率×分值计分")[0]
'低于90%〔WX〕'

Wording variants of the same shape become the one wording the recognisers read (see _SYNONYMS):

>>> _normalise_chars("完成率≥90%，给5分；80%至90%，记为3分；低于80%的，该项不计分.")
'完成率≥90%,得5分;80%-90%,得3分;低于80%的不得分。'
>>> _normalise_chars("每下降一个百分点扣减0.5分，未按时报送的，此项为0。二、资料齐全计全分")
'每下降1个百分点扣0.5分,未按时报送的不得分。2、资料齐全得满分'
>>> _normalise_chars("每发现一项扣10%分，扣完该项基本分为止")  # fresh5 Q18-1, Q12-2
'每发现1项扣10%权重分,扣完为止'
>>> _normalise_chars("完成任务满分20分。未完成任务按完成百分比计算得数。")  # fresh5 Q19-1
'满分20分。按完成率计分。'
>>> _normalise_chars("登记率95%或以下为零分，15%或以上得零分")  # fresh15 AB8
'登记率95%及以下不得分,15%及以上不得分'
>>> _normalise_chars("每一处逻辑审核错误扣1分;有五处及以上逻辑审核错误,不得分。")  # fresh15 AB9-3
'每1处逻辑审核错误扣1分;5处及以上不得分。'
>>> _normalise_chars("召开综治委全体会议少于2次的，每少1次扣2.5分")  # fresh15 AB2-1: the number done
'召开综治委全体会议2次以上得满分,每少1次扣2.5分'
>>> _normalise_chars("召开2次以上专题会议研究民政工作,少一次扣2.5分")  # fresh14 AA2-1
'召开专题会议研究民政工作2次以上得满分,每少1次扣2.5分'
>>> _normalise_chars("≥90分得满分，＜60分不得分")  # fresh15 AB7-4: a value in 分 after the sign
'≥90得满分,<60不得分'
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from decimal import Decimal
from functools import lru_cache

from jixiao.rules.chinese._base import _CIRCLED, BAND_UNIT, DELAY_VERBS, NUM, described
from jixiao.rules.chinese.levels import LEVEL_WORD
from jixiao.rules.chinese.lexicon import (
    ABOVE_WORDS,
    ADDED_UP,
    AT_LEAST,
    AT_MOST,
    AWARD_VERBS,
    BEYOND,
    COUNT,
    COUNT_AFTER_CN_NUMERAL,
    DEDUCT,
    DEDUCT_VERBS,
    FAILURE_WORD,
    OTHERWISE,
    PER_PERIOD,
)
from jixiao.rules.chinese.notvalues import option_labels
from jixiao.rules.chinese.partsteps import take_partial_steps
from jixiao.rules.chinese.scorefirst import score_first
from jixiao.rules.model import fmt_decimal

_CN_DIGIT = {"零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
             "八": 8, "九": 9, "十": 10}


#: Chinese numerals become digits only right before one of these measure words
_CN_NUMERAL_RE = re.compile(
    # (not the adverb 十分 "very" before a quality: "十分干净", "十分整洁" — r90, fresh86 CT2-1)
    rf"(?<![第统唯])(?!十分(?:干净|整洁|整齐|清洁|认真|严格|明显|严重|满意|重视|突出|规范|完善|及时))"
    rf"([一二两三四五六七八九十]{{1,3}})(?=个百分点|个百分比|个|{COUNT_AFTER_CN_NUMERAL}|分|年|天|周|日)")


#: a Chinese numeral right after a bound sign or word is a count, also before 条 / 起 / 种 / 批 (kept as words elsewhere):
#: "审核错情累计条数每年≤三条,得一分" (r45: fresh19 AF1-2 "≤3条" printed in words was read as a pass/fail requirement)
_CN_BOUND_NUMERAL_RE = re.compile(r"(?:(?<=[≤≥<>])|(?<=不超过|不多于|不少于|不低于|不高于)|(?<=不足|少于|多于|低于|高于|超过|至少))"
                                  r"([一二两三四五六七八九十]{1,3})(?=条|起|种|批)")


#: "发现一起…扣1分" (F1, fresh3's wrong reading): 一起 is "one case" only after 发现/出现/存在/每
#: or 发生 ("每发生一起负面舆情事件扣1分") (elsewhere it means "together"); "缺一条扣0.5分；发现一条扣0.5分" (fresh6 R5-2): 一条 likewise, only
#: after a finding verb or 缺/少 ("满足一条计1分" is a level name, S20-1)
_ONE_CASE_RE = re.compile(r"(?:(?<=发现|出现|存在|缺少|发生)|(?<=[每缺少]))一(?=起|条)"
                          # "每缺一种—1分" (fresh36 AW7-1, lead s23): after 每缺 / 每少 / 每漏 a "one kind (book, group …)"
                          # is one of a count — the words kept from digits elsewhere (lexicon._NOT_AFTER_CN_NUMERAL)
                          r"|(?<=每[缺少漏])一(?=[种类本册组块支项门间批套])"
                          # "缺一种扣5分" (p23, 作业检查 BV4, session 34: read as the level "缺一种"): after a bare 缺 / 漏 too
                          # (not 少: "至少一种")
                          r"|(?<!每)(?<=[缺漏])一(?=[种类本册组块支门间批套])"
                          # "教室門前每發現一紙片扣1分" (fresh74 CI5-4, r62): after 每发现 / 每出现 / 每查出 / 每查实 a bare noun
                          # after 一 is one of a count (fragments._COUNT_RE reads "每发现1纸片扣1分"); not the words 一 makes
                          # with the character after it ("每发现一般问题": 一般 is "ordinary")
                          r"|(?<=每发现|每出现|每查出|每查实)一(?=[\u4e00-\u9fff])(?![般些律旦并致定直切经样同共下再半贯体览揽])(?!系列|部分)"
                          # "要素不规范的每一小点扣1分" (fresh10 W3-5), "每一专业不达标减5分" (fresh51 BL3-1): after a bare 每
                          # only when the noun (and its failing) is right before 扣 / 减; never a period (每一年度 …)
                          r"|(?<=每)一(?=[\u4e00-\u9fff]{1,4}(?:不达标|不合格|未达标)?[,，]?[扣减])"
                          r"(?![般些律旦并致定直切经样同共下再年月日天周季])")


#: a failing that doubles the one fixed deduction before it: "发生失、泄密情况的，扣0.5分，被上级通报的，加倍扣分" (fresh79 CM7-1,
#: r77) — the first clause one failing and its points, no 每/次 (a count), the second a failing then 加倍扣分, nothing after
_DOUBLED_RE = re.compile(rf"^(?P<first>[^，,;；。每次\d]{{2,40}}?(?:的|者)?[,，]?扣(?P<n>{NUM})分)(?P<sep>[,，;；])"
                         r"(?P<who>[^，,;；。每次\d]{2,20}?)(?:的|者)[,，]?(?P<word>加倍扣分|加倍扣除|扣分加倍|双倍扣分)(?=[,，;；。]?$)")


#: the note for a sanction beside the points (a 处分 or 通报批评: no score)
SANCTION_NOTE = "另给予的处分、处理或批评不是得分（不参与计分）"


#: the note for money taken beside the points (a bonus or pay withheld, a fine: no score), with the clause as printed
MONEY_NOTE = "另扣的奖金、工资或罚款是钱，不是得分（不参与计分）：{}"

#: what money is withheld from: a bonus, pay, an allowance
_MONEY_WORDS = (r"奖金|奖励金|绩效工资|绩效奖金|绩效奖|绩效考核金|考核奖金|考核奖|考核金|出勤奖|全勤奖|工资|薪酬|薪金|津贴|补贴|"
                r"补助|误工补助|报酬")

#: a money sanction clause beside the points: "视为迟到,量化扣分1分,扣出勤奖金10元" (fresh79 CM3-1, r78), "扣发当月绩效工资
#: 100元", "并处罚款50元", "处200元罚款" — an amount of money (元/万元) withheld from a named bonus or pay, or a fine; a whole
#: clause, after points in the text (money_sanctions). "扣10元" (from what?) and "扣发、缓发救助金" (the failing itself:
#: no amount, no clause of its own) are not this
_MONEY_SANCTION_RE = re.compile(
    rf"(?P<sep>[,，;；。])(?:并|同时|另|另行|且|还)?(?P<what>"
    rf"(?:扣发|扣除|扣减|扣罚|扣)(?:当月|当季|当年|全年|本月|本季度|本人|个人|其)?[^，,;；。\d分、]{{0,6}}?(?:{_MONEY_WORDS})"
    rf"{NUM}(?:万元|元)"
    rf"|(?:处以?|给予|并处)?(?:罚款|罚金|经济处罚){NUM}(?:万元|元)"
    rf"|(?:处以?|给予)?{NUM}(?:万元|元)(?:的)?(?:罚款|罚金|经济处罚))"
    r"(?=[,，;；。]|$)")


def money_sanctions(t: str, notes: list[str]) -> str:
    """Money beside the points taken out of the text, each named in a note (r78: "扣出勤奖金10元" was dropped without a
    word on the levels path — a reading names every clause it does not score). Only after points ("N分") earlier in the
    text: the sanction stands beside a score; a text that prices only money is left as printed (refused or read as before).

    >>> notes = []
    >>> money_sanctions("视为迟到,扣1分,扣出勤奖金10元;", notes), notes
    ('视为迟到,扣1分;', ['另扣的奖金、工资或罚款是钱，不是得分（不参与计分）：扣出勤奖金10元'])
    >>> money_sanctions("迟到1次扣1分,并处200元罚款", []), money_sanctions("迟到1次扣10元,扣1分", [])
    ('迟到1次扣1分', '迟到1次扣10元,扣1分')
    >>> money_sanctions("迟到的扣1分,扣10元", [])  # from what? stays (refused)
    '迟到的扣1分,扣10元'
    """
    def take(m: re.Match[str]) -> str:
        if not re.search(rf"{NUM}分(?!钟)", m.string[: m.start()]):
            return m.group(0)
        notes.append(MONEY_NOTE.format(m["what"]))
        return ""
    return _MONEY_SANCTION_RE.sub(take, t)


#: money in a bracket right after the points: "迟到一次扣1分(扣款50元)" (r86's LOSS row, r88) — 扣款/罚款 an amount, nothing else
_BRACKET_MONEY_RE = re.compile(rf"(?<=分)[(](?:并|另)?(?P<what>(?:扣款|罚款|扣罚|处罚款|扣发){NUM}(?:万元|元))[)]")

#: the note for a withdrawn honour beside the points (no score): "…,累计3次及以上取消评优资格"
HONOUR_NOTE = "取消评优评先资格是另给的处理，不是得分（不参与计分）：{}"

#: a withdrawn honour: "取消评优资格", "取消年度评优评先资格", "取消当年评先选优资格"
_HONOUR = r"取消(?:其|本人)?(?:当年度?|本年度|年度|全年)?(?:评优评先|评先评优|评先选优|评优|评先|各类评优)(?:资格)?"

#: a withdrawn honour as a clause of its own after points (r88, r86's LOSS rows): on the points deducted ("年度内累计扣分超过5分
#: 的取消评优") or on a count (``count``: "累计3次及以上取消评优资格"), the clause's end at a stop or the text's end
_HONOUR_CLAUSE_RE = re.compile(
    rf"(?P<sep>[,，;；。])(?P<what>(?:(?:年度内|全年|本年度|考核期内|考核年度内)?累计扣分(?:超过|达到|满|超|高于){NUM}分(?:以上|及以上)?"
    rf"|(?P<count>(?:年度内|全年|本年度)?累计(?:[\u4e00-\u9fff]{{0,4}}?){NUM}(?:次|天|日)(?:及以上|以上)))(?:的|者)?[,，]?(?:将|予以|则)?{_HONOUR})"
    r"(?=[,，;；。]|$)[。]?")

#: a per-time deduction: every count is priced by it, so a sanction at a count band leaves the points as they are
_PER_TIME_DEDUCTION_RE = re.compile(rf"(?:每|(?<![\d.])1)(?:次|天|日|例|起|人次)[^，,;；。]{{0,4}}?扣{NUM}分|每[^,，;；。\d]{{1,10}}?扣{NUM}分")


def honour_sanctions(t: str, notes: list[str]) -> str:
    """A withdrawn honour (取消评优资格) or money in a bracket after the points taken out of the text, each named in a note
    (r88: r86's LOSS rows) — the points are scored as printed without it. A count band whose ONLY consequence is the
    honour is taken out only after a per-time deduction (the deduction prices every count); alone it stays (refused: the
    band has no score). A clause on the points deducted ("累计扣分超过5分的") is about the score itself, never a band of the
    value.

    >>> notes = []
    >>> honour_sanctions("无故缺勤1次扣2分,累计3次及以上取消评优资格", notes), notes[0][-13:]
    ('无故缺勤1次扣2分', '累计3次及以上取消评优资格')
    >>> honour_sanctions("未按时上报扣2分。年度内累计扣分超过5分的取消评优", [])
    '未按时上报扣2分'
    >>> honour_sanctions("迟到1次扣1分(扣款50元)", [])
    '迟到1次扣1分'
    >>> honour_sanctions("出勤率100%得10分,累计缺勤3次以上取消评优资格", [])  # no per-time deduction: the band has no score
    '出勤率100%得10分,累计缺勤3次以上取消评优资格'
    """
    def take(m: re.Match[str]) -> str:
        before = m.string[: m.start()]
        if not re.search(rf"{NUM}分(?!钟)", before) or (m["count"] and not _PER_TIME_DEDUCTION_RE.search(before)):
            return m.group(0)
        notes.append(HONOUR_NOTE.format(m["what"]))
        return ""

    def money(m: re.Match[str]) -> str:
        notes.append(MONEY_NOTE.format(m["what"]))
        return ""
    return _BRACKET_MONEY_RE.sub(money, _HONOUR_CLAUSE_RE.sub(take, t))


#: bands on "规定数的N%": the value is the share reached, never the count itself
SHARE_OF_REQUIRED_NOTE = ("业绩值填达到规定数的比例（实际数÷规定数，如规定50例、完成45例填90%），不是实际数量本身："
                          "填数量会被当作百分比")

#: literal replacements applied after NFKC
_CHAR_MAP = [
    ("\\geq", "≥"), ("\\leq", "≤"), ("\\ge", "≥"), ("\\le", "≤"), ("\\%", "%"),
    ("\\times", "×"), ("\\cdot", "×"), ("$", ""),
    (">=", "≥"), ("<=", "≤"), ("≧", "≥"), ("≦", "≤"), ("⩾", "≥"), ("⩽", "≤"),
    ("—", "-"), ("–", "-"), ("−", "-"), ("～", "~"), ("〜", "~"),
    ("…", ""), ("⋯", ""),
    # "毎缺一级扣1分" (fresh65 BZ5-1, r51): the Japanese form of 每 (OpenCC leaves it), as the other variant characters
    ("毎", "每"),
    ("按不得分", "不得分"), ("个百分比", "个百分点"),
    # "不足一个千分点" (fresh39 AZ9-2, lead s23): a thousandth, as printed with ‰
    ("个千分点", "‰"), ("千分点", "‰"),
    # "90%(含本数)以上" / "(不含本数)": the same as "(含)" / "(不含)"
    ("(含本数)", "(含)"), ("(不含本数)", "(不含)"),
    # "大于等于3%得0分" (fresh11 X2-1, read as "=3%"): the symbol
    ("大于或等于", "≥"), ("大于等于", "≥"), ("高于或等于", "≥"), ("高于等于", "≥"),
    ("小于或等于", "≤"), ("小于等于", "≤"), ("低于或等于", "≤"), ("低于等于", "≤"),
]


#: phrases meaning "score = W × ratio" (按比例); become the token 〔按比例〕
_PROP_PHRASES = [
    r"按照?实际业绩值与标准值的比值[，,]?(?:乘以|×)权重分?(?:计分|得分|记分)",
    r"按照?完成率与目标值的比重(?:乘以|×)权重分?(?:得分|计分|记分)",
    r"按B/A或A/B[*×]该指标分值(?:记分|计分|得分)",
    r"按照?(?:实际)?(?:完成|执行|支出)?比[率例](?:得分|计分|记分|计算得分|计算)",
    # "按实际完成百分比计分,完成80%计为80分" (fresh84 CR4-1, r82): the method opening the text, no threshold before it
    # (W × 完成率) — "低于40%按百分比得分" stays refused: W × x or W × x ÷ 40%? (fresh32 AS1-2)
    r"^按照?(?:实际)?完成百分比(?:得分|计分|记分|计算得分|计算)",
    # "不到30%按相应比例折算" (fresh24 AK10-3, r38): 折算 / 换算 = 计分
    r"按(?:相应)?比例(?:折算|换算)(?:得分|计分|记分)?",
    r"按比例(?:得分|计分|记分)?",
    # "增幅低于26%的,按目標完成比例計分" (fresh20 AG2-1, r8): the share of the threshold reached
    r"按照?目标完成比[例率](?:得分|计分|记分)",
    # "根据项目实际到位资金占计划的比重计算得分(3分)" (fresh4 P2-5, i11e): 分值 × the share; the
    # bracketed points stay in the text, so the guard refuses them unless they are the 分值
    r"(?:根据|依据|按照?)[^，,。；;\d%<>≥≤]{0,30}?占[^，,。；;\d%<>≥≤]{0,20}?的?比重(?:计算)?(?:得分|计分)",
]


PROP_TOKEN = "〔PROP〕"


#: phrases meaning "score = W × the value itself" (执行率×分值): become 〔WX〕. Unlike 〔PROP〕
#: under a threshold ("≥20得满分，否则按比例": W × x ÷ 20) this never divides by the threshold:
#: "低于90%的按执行率×分值计分" is W × x (written ``<90%: 90%W - W per 100%``).
_WX_PHRASES = [
    r"(?:(?:结果|评价指标|指标)?得分|得分值)=[^，,。；;\d%<>≥≤]{0,20}?[率例度](?:\([^()]{0,16}\))?[*×]"
    r"(?:该(?:项)?指标分值|(?:该项|本项)?分值|指标分值|指标权重分?|权重分?)",
    r"[^，,。；;\d%<>≥≤()分]{0,12}?[率例度](?:\([^()]{0,16}\))?[*×](?:该(?:项)?指标分值|指标分值|指标权重分|"
    r"(?:该项|本项)?分值|权重分|权重)(?:=得分|计算得分|计分|得分|记分|计算)?",
    r"按[^，,。；;\d%<>≥≤]{0,10}?[率例度]计(?:算)?得分",
    # "按完成率计分" / "按实际执行率得分" (i11d): W × the rate — a rate (…率), never 比例/比率 (〔PROP〕)
    r"按(?:照)?(?!比)[^，,。；;\d%<>≥≤比]{0,8}?率(?:计分|得分|记分|打分|评分)",
]


WX_TOKEN = "〔WX〕"


#: "得分=完成率×10分,超过100%的按100%计" / "(超过100%以100%计算)": the value stops at 100 % (the reader refuses
#: it beside bands above 100 %: reader.read_rule_text)
CAP_HUNDRED_NOTE = "超过100%按100%计算（得分不超过分值）"

#: "完成率90%得5分,每少1%扣0.5分,超额部分不加分" (r85's leftover, r88): nothing above the 分值 — consistent only with a rule
#: whose top is the 分值 (reader.read_rule_text checks it, else refuses)
NO_BONUS_NOTE = "超额部分不加分（得分不超过分值）"

#: "(计分取小数点后两位,四舍五入)" / "(四舍五入保留两位小数)" (fresh20 AG2-1, r8): the score rounded half up — the reader
#: adds "round N" to the rule (reader.read_rule_text)
_ROUND_NOTE_RE = re.compile(r"[(]?(?:计分|得分|分数|评分结果|结果)?(?:取|保留|精确到)(?:到)?小数点后(?P<a>[1-3一二两三])位(?:小数)?"
                            r"(?:数字)?[,，]?(?:第[二三四]位)?四舍五入[)]?|"
                            r"[(]?(?:计分|得分|分数)?四舍五入(?:后)?(?:保留|取)(?:到)?(?:小数点后)?(?P<b>[1-3一二两三])位(?:小数)?[)]?")
ROUND_NOTE = "得分四舍五入，保留{}位小数"

#: "备注:上述指标不累计加分,只计最高分" (fresh49 BJ13-1, r32): the bands are exclusive — only the one reached counts;
#: a reading that adds items up beside it is refused (reader.read_rule_text)
HIGHEST_ONLY_NOTE = "各档不累计，只计达到的最高一档（各档互斥）"

#: a band of the measured value, a comma, then its deduction: the comma is punctuation only (normalise)
_BAND_COMMA_DEDUCTION_RE = re.compile(
    rf"(?:(?<=^)|(?<=[,，;；。]))([^,，;；。\d]{{0,12}}(?:{NUM}(?:{BAND_UNIT})?-{NUM}(?:{BAND_UNIT})?(?:之间|以内|之内|内)?"
    rf"|{NUM}(?:{BAND_UNIT})?(?:及以上|以上|及以下|以下|以内|之内|内|以外|外)))[，,](?=扣{NUM}分(?:[,，;；。]|$))")

#: notes taken out of the text before reading: (pattern, note, flag)
_NOTE_PATTERNS = [
    # "旷工一天扣5分,并视情节轻重给予相应纪律处分" (fresh80 CN2-2, r77): a sanction beside the points — a 处分, a 处理, a
    # 通报批评 — is no score; 视情节轻重 weighs the sanction, not the points (a named sanction only: "视情节轻重扣1-3分"
    # and "视情节轻重给予扣分" stay the judge's)
    (r"[,，;；。]?(?:并|同时|另|另行)?(?:视情节轻重|视情节|视其情节|视情况)?(?:给予|予以|给以|作出)(?:相应的?|必要的?)?"
     r"(?:党纪政纪处分|纪律处分|党纪处分|政纪处分|行政处分|处分|组织处理|通报批评|批评教育|诫勉谈话)(?=[,，;；。]|$)[。]?",
     SANCTION_NOTE, ""),
    # "累计3次及以上该项不得分并通报批评" (r88, r86's LOSS row): the same sanction joined by 并 right after the score words
    (r"(?:(?<=不得分)|(?<=[0-9]分))[,，]?(?:并|同时)(?:予以|给予)?通报批评(?=[,，;；。]|$)", SANCTION_NOTE, ""),
    (r"[,，。；;]?(?:备注[:：])?(?:上述|以上|各档|各项)?(?:指标|档次|分值|得分|分数)?不(?:累计|累加|重复)(?:加分|计分|得分)?"
     r"[,，]?(?:只|仅)(?:计|取|按)最高(?:分|一档|档)(?:计分|计算)?[。]?", HIGHEST_ONLY_NOTE, ""),
    # "…(4分);品牌创立时间50年以上(5分)。不重复得分。" (fresh53 BN13-1, r38): a last sentence of its own after the points —
    # one band only, the same note (items read as adding up beside it are refused, reader._checked)
    (r"(?<=[分)])[。；;](?:各档|上述|以上)?不重复(?:得分|计分)[。]?$", HIGHEST_ONLY_NOTE, ""),
    (r"[,，]?[(]?(?:[^，,。；;()\d%]{0,8}?率)?(?:超过|高于|大于|超出)100%(?:的)?(?:部分)?(?:按|以)100%(?:计算|计|算)(?:得分)?[)]?",
     CAP_HUNDRED_NOTE, ""),
    (r"[,，;；。]?[(]?(?:超额|超出|超过)(?:完成)?(?:任务|目标)?(?:的)?(?:部分)?(?<=部分|完成)不(?:再|另|额外)?加分[)]?[。]?",
     NO_BONUS_NOTE, ""),
    (r"[(]?不(?:满|足|到)[1一](?:个百分点|%)(?:的)?(?:按|以)[1一](?:个百分点|%)(?:计算|计|算|扣分|扣)?[,，]?(下同)?[)]?",
     "不满1个百分点按1个百分点算（按整百分点向上取整）", "ceil"),
    (r"[(]?下同[)]?", "“下同”：本条的取整说明沿用到下面各行", "same"),
    # "扣完本项分为止" (fresh17 AD3-4) / "以该项分数扣完为止" (fresh8 U4-1) / "扣完该项分值为止" (r1): the same
    (r"[,，]?(?:以)?(?:该项|本项|此项)?(?:分数|分值)?扣完(?:本项|该项|此项)(?:分|分值|分数|基本分)?为止", "扣完为止（最低0分）", ""),
    (r"[,，]?以(?:该项|本项|此项)(?:分数|分值)扣完为止", "扣完为止（最低0分）", ""),
    # "(各项累计分扣完为止)" (fresh67 CB4-1, r53): the deductions of all items add up, down to 0 — the same note
    (r"[,，。]?[(](?:各项|各条|以上各项)?累计(?:分|扣分)?扣完为止[)]", "扣完为止（最低0分）", ""),
    (r"[,，]?扣完为止", "扣完为止（最低0分）", ""),
    # "…每漏报1次扣1分,直至不得分" (fresh10 W9): the same as 扣完为止
    (r"[,，]?(?:直至|直到|扣至|扣到)(?:不得分|0分(?:为止)?)", "扣完为止（最低0分）", ""),
    (r"[,，]?扣(?:完|满)\d+(?:\.\d+)?分为止", "扣完为止（最低0分）", ""),
    (r"[,，]?满分为止\.?", "最高不超过分值（得分自动封顶）", ""),
    # "每次扣2分,月度内类似事件累计记分,10分扣完为止" (fresh48 BI2-1, r33): the deductions of a period add up — what 每次
    # counts already says (a clause of its own, no number: "累计扣分不超过10分" is a cap, read above)
    (r"[,，](?:[^，,。；;\d]{0,10}?(?:类似|同类|相同)[^，,。；;\d]{0,6}?)?累计(?:记分|计分|扣分)(?=[,，;；。]|$)",
     "同类情形累计计数（业绩值填累计次数）", ""),
    # "每处残留扣1分，最低0分" / "最多扣完" / "可累计扣完" (N7, N10): the same as 扣完为止
    (r"[,，]?(?:最低(?:为|得)?(?:0分|不得分)|最多扣完|可累计扣完)", "扣完为止（最低0分）", ""),
    # (also "行政区内没有建制村的,该项指标默认满分", fresh8 U13)
    (r"[,，。]?(?:没有|无)[^，,。；;\d]{0,20}?的?(?:部门|单位|项目)?(?:按满分计算|按满分计|不扣分)[。]?",
     "不涉及的（如没有该类项目）：业绩值填“缺省”得满分", ""),
    (r"[,，。]?(?:[^，,。；;\d]{0,8}?(?=没有|无))?(?:没有|无)[^，,。；;\d]{0,20}?的?[,，]?(?:该项指标|该指标|该项|此项|本项)?"
     r"(?:默认满分|默认得满分|视为满分)[。]?",
     "不涉及的（如没有该类项目）：业绩值填“缺省”得满分", ""),
    # "自愈覆盖率100%(含新增线路)得30分" (GitHub file id 69379419657, 经营业绩考核): what the rate covers,
    # in brackets after the number — not an inclusive end ("(含)" / "(含90%)" / "(含本数)" stay)
    # (never a bracket naming the ends — "(不含两端)" / "(含端点)" / "(不含上限)" (r40: "-10%~10%(不含两端)" was read
    # as the closed band [-10%,10%])
    (r"(?<=[\d%])[(](?:含|包括|包含|不含)(?!本数|该数|此数)(?![^()]*(?:两端|端点|边界|上限|下限|临界|界值|两头))"
     r"[^()\d%]{2,16}[)]",
     "数字后括号里的范围说明（不参与计分）", ""),
    # "流调率达到100%(当年报告的艾滋病病毒感染者和首次报告即是艾滋病病人的个案流调率)。每降低10%扣0.02分" (fresh16
    # AC1-4, r2): what the rate is, in a long bracket after the number — no numbers, no score words
    (r"(?<=%)[(](?![含不包])[^()\d%分扣得计记]{12,80}[)]", "数字后括号里的指标解释（不参与计分）", ""),
    # "…,5分(由区六合、沿江分局评分)" (fresh46 BG4-2, r38): who scores the row, not how (a panel's marks — 专家 / 考核组 …
    # 打分 — stay the judgement reader's)
    (r"[(]由(?![^()]*(?:专家|考核组|评审|评委|考评组|检查组|评价组))[^()，,。；;\d]{2,20}?(?:评分|打分)[)]",
     "括号内写明由哪个单位评分（不参与计分）", ""),
    # "未按要求设立检查站(按七个一标准)的扣5分" (fresh75 CJ3-1, r64): which standard the failing is judged by, in brackets —
    # its numbers name the standard ("七个一"), never a band or a count; no score words in it
    # (r69: nor a start, a rate, a count per unit or another base — "(按90%标准)", "(按每村1人标准)", "(按上年标准)",
    # "(按全省平均水平标准)", "(按要求不少于3次)" are conditions of the scoring, not the name of a standard)
    (r"[(](?:按|按照|依|依照|依据|参照|对照|执行)(?![^()]*(?:%|‰|每|上年|去年|上一年|前一年|同期|同比|环比|基数|基期|平均|均值|"
     r"以上|以下|以内|不少于|不低于|不高于|不超过|不足|至少|最少|最多|[<>≥≤=]))"
     r"[^()，,。；;分扣得]{1,20}?(?:标准|要求|规定|规范|办法|细则)[)]",
     "括号内写明依照的标准（不参与计分）", ""),
    (r"[,，]?(?:但)?(?:最高|最多)不(?:得)?超过(?:该指标|该项|本项|本指标)?(?:分值|满分)(?:上限)?",
     "最高不超过分值（得分自动封顶）", ""),
]


def _longest_first(words: Iterable[str]) -> str:
    return "|".join(sorted(words, key=len, reverse=True))


#: the award verbs other than 得, which normalise to 得 before their points: those of 记/计 apart (合计 / 总计 … are totals;
#: 设计 is a design — but "建设记为2分" is a score: 记为 may follow 设; "…作业设计为10分" is 设计 + 为 (fresh38 AY11-6
#: variant, lead s23), so 计为 may not)
_JI_AWARD = _longest_first(v for v in AWARD_VERBS if v[0] in "记计" and not v.endswith("为"))
_OTHER_AWARD = _longest_first(v for v in AWARD_VERBS if v[0] not in "记计" and v != "得")

#: the deduction verbs of two characters or more, which normalise to 扣 before their points
_OTHER_DEDUCT = "|".join(v for v in DEDUCT_VERBS if len(v) > 1)

#: one bound a clause is written against: its kind ("<=" upper, ">=" lower), from the words before / after the number
_UPPER_BOUND_RE = re.compile(rf"(?:{AT_MOST}|<){NUM}|{NUM}[^,，;；。\d]{{0,4}}?(?:及以下|以下|以内|之内)")
_LOWER_BOUND_RE = re.compile(rf"(?:{AT_LEAST}|>){NUM}|{NUM}[^,，;；。\d]{{0,4}}?(?:及以上|以上)")


def _otherwise_after_bound(m: re.Match[str]) -> str:
    """"…≤155名得3分,超过不得分" → "…≤155名得3分,否则不得分": a bare 超过 (or 低于 / 未达到 after a lower bound) right after
    the one clause with a number and one bound means every other value. Anything else stays as printed.

    >>> _normalise_chars("编外人数小于或等于155名计3分,超过不计分")
    '编外人数≤155名得3分,否则不得分'
    >>> _normalise_chars("达到90%得5分,超过不得分")  # 超过 after a lower bound: not the other side — as printed
    '达到90%得5分,超过不得分'
    """
    band = m["band"]
    numbers = re.findall(r"\d+(?:\.\d+)?", re.sub(rf"得{NUM}分", "", band))
    upper, lower = _UPPER_BOUND_RE.search(band), _LOWER_BOUND_RE.search(band)
    if len(numbers) != 1 or not re.search(rf"得(?:{NUM}分|满分)", band) or bool(upper) == bool(lower):
        return m[0]
    beyond = m["w"] in ABOVE_WORDS
    if beyond != bool(upper):
        return m[0]
    return f"{band}{m['sep']}否则"


#: wording variants real tables use for the same meaning → the wording the recognisers read.
#: Each replacement keeps every number (the points guard checks each "N分" of the text), and only
#: words whose meaning is fixed are mapped (score verbs before "N分", zero, full marks, deduction
#: verbs, range words between two numbers, Chinese list numbering, a sentence-ending ".").
_SYNONYMS: list[tuple[re.Pattern[str], str | Callable[[re.Match[str]], str]]] = [
    # a half-width "." ending a sentence (not a decimal point, not "1." numbering): "…不得分."
    (re.compile(r"(?<![\d.])\.(?![\d.])|(?<=\d分)\.(?=\d{1,2}[.、(])"), "。"),
    # "N分值" printed for "N分" (r70, r69's 38 rewrites: "得5分值", "扣2分值", "(3分值)"): the points, not the row's
    # 分值 — not "5分值的80%" / "10分值×…" (a share of a base), nor "分值5分" (no number before it)
    (re.compile(r"(?<![\d.%])(\d+(?:\.\d+)?)\s*分值(?![的之×*/\d.])"), r"\1分"),
    # "低于90%的按0分计" (r76's loss, r78: read "…不得分计", a tail not understood): scored as 0 → 不得分
    (re.compile(r"(?:按|以)(?:0|零)分(?:计算|计|算)(?=[,，。;；)]|$)"), "不得分"),
    # zero: 不计分 / 不给分 / 得0分 / 计0分 / 该项不得分 / 此项为0 → 不得分
    # ("该项"/"此指标" before it stays: "否则此指标不得分" is read as a whole by the checklist)
    # ("为零分" / "得零分" / "计零分", fresh15 AB8: the zero written as a word)
    # (not 计 of a word: "无设计0分" is 设计 + 0分, fresh38 AY11-6 variant — the same words kept as before a 计N分 award)
    (re.compile(r"不(?:计|记|给|赋)分|不得分值|(?:得|(?<!设)(?:计|计为)|记|给|赋|记为|评为|为|得分为)"
                r"(?:0(?:\.0{1,3})?|零)分|"
                r"(?:(?<=[该此本]项)|(?<=[该此本]指标))(?:得分)?为0(?=[,，。;；]|$)"),
     "不得分"),
    # all points deducted: "未真实上报事故扣全分" (fresh11 X3-4, the clause was dropped) → 不得分
    (re.compile(r"扣(?:除)?(?:全分|全部分值|全部分数|该项全部分值|本项全部分值|该项分值|本项分值|满分)"), "不得分"),
    # "…的全扣" / "分数全部扣除" (fresh25 AL4-2, r15): all of the row's points → 不得分; "5分全扣" (fresh27 AN7-1)
    # names the points deducted, kept as "扣5分" (the 分值: 不得分; fewer: a deduction that must be placed)
    (re.compile(rf"(?P<n>{NUM})分(?:全扣|全部扣除)"), r"扣\g<n>分"),
    # (only after a clause's end or 的/者: in "资料不全扣5分" / "台账不全扣完该项分数" 全 ends 不全 — fresh19 AF6-3, r11)
    (re.compile(r"(?:(?<=[的者,，;；。])|^)(?:(?:该|本|此)项)?(?:分数|分值|得分)?(?:全扣|全部扣除)(?!\s*\d|完)"), "不得分"),
    # the row's points taken away in other words: "取消该项得分", "得分为0" (no 分 after the 0) — r15
    (re.compile(r"取消(?:该|本|此)项(?:得分|分数|分值)|(?<![\d.])得分为(?:0|零)(?![\d.分])"), "不得分"),
    # an adverb before the zero says nothing more: "未成立的,一律不得分" / "…的,即不得分" → "…的,不得分" (r15)
    (re.compile(r"(?<=[的者,，])(?:一律|即)(?=不得分)"), ""),
    # "不合要求扣完此项分数" (fresh22 AI6-3, 繁体 扣完此項分數): all of this row's points → 不得分 (not "…为止", r11)
    (re.compile(r"扣(?:完|除)(?:该|本|此)项(?:全部)?(?:分数|分值)(?!为止)"), "不得分"),
    # full marks: 得全分 / 计全分 / 得满分值 / 得该项分值 / 给满分 / 全额得分 → 得满分
    (re.compile(r"(?:得|计|记|给|赋)(?:全分|满分值|满分|全部分值|该项(?:全部)?分值|本项(?:全部)?分值)|全额得分"),
     "得满分"),
    # "该项/此项/本指标" before an outcome says only "this row": "低于60%该项不得分" → "低于60%不得分"
    # (not after 否则: "否则此指标不得分" in a checklist zeroes the whole row, read as a whole there)
    (re.compile(rf"(?<!否则)(?:该|此|本)(?:项|指标)(?=的?[,，]?(?:不得分|得满分|得{NUM}分|扣{NUM}分))"), ""),
    # "扣完即止" / "直至扣完" / "扣至0分为止" / "扣完本项分值为止": the same as 扣完为止
    # ("扣完止" without 为, r22 — moved here from r20's rewrite 补全“为止”, as "扣满6分止" is read by the cap words)
    (re.compile(r"(?:(?:直至|直到)?扣完(?:本项|该项|此项)?(?:全部)?(?:分值|基本分|得分)为止)|扣完即?止|(?:直至|直到)扣完(?:为止)?|扣(?:至|到)0分(?:为止)?|扣光为止"), "扣完为止"),
    # "90%以上(含)" / "90%(含90%)以上" / "90%以上(含90%)" → "90%(含)以上"
    (re.compile(rf"(?P<n>{NUM}%?)(?P<w>及以上|以上|及以下|以下)?\((?P<neg>不)?含(?:(?P=n))?\)(?P<w2>(?(w)|(?:及以上|以上|及以下|以下)?))"),
     r"\g<n>(\g<neg>含)\g<w>\g<w2>"),
    # … after a unit word: "5分钟以上(含)15分钟以下" (fresh50 BK12-1, r38) → "5分钟(含)以上15分钟以下"
    (re.compile(rf"(?P<n>{NUM})(?P<u>{BAND_UNIT})(?P<w>及以上|以上|及以下|以下)\((?P<neg>不)?含(?:(?P=n)(?P=u)?)?\)"),
     r"\g<n>\g<u>(\g<neg>含)\g<w>"),
    # … the bracket before 以上/以下, naming the number with its unit: "达到15条(含15条)以上的,计50分" (fresh71 CF3-1,
    # r61) → "15条(含)以上" (as "90%(含90%)以上"; a bracket naming another number stays as printed)
    (re.compile(rf"(?P<n>{NUM})(?P<u>{BAND_UNIT})\((?P<neg>不)?含(?P=n)(?P=u)\)(?P<w>及以上|以上|及以下|以下)"),
     r"\g<n>\g<u>(\g<neg>含)\g<w>"),
    # a range with its inclusive end named in a bracket after it: "60%-80%(含60%)" (fresh17 AD7-1) →
    # "60%(含)-80%"; "60%-80%(含80%)" → "60%-80%(含)" (a bracket naming neither end stays as printed)
    (re.compile(rf"(?P<a>{NUM})(?P<u>%?)-(?P<b>{NUM})(?P=u)\((?P<neg>不)?含(?P=a)(?P=u)\)"),
     r"\g<a>\g<u>(\g<neg>含)-\g<b>\g<u>"),
    (re.compile(rf"(?P<a>{NUM})(?P<u>%?)-(?P<b>{NUM})(?P=u)\((?P<neg>不)?含(?P=b)(?P=u)\)"),
     r"\g<a>\g<u>-\g<b>\g<u>(\g<neg>含)"),
    # "完畢率到達100%旳得滿分" (fresh12 Y10-1, r2): 到达 before a number is 达到, and 旳 after a number is
    # 的 (elsewhere it stays: "绩效目旳" is a level's printed name, fresh3 G2-1)
    (re.compile(r"到达(?=\d)"), "达到"),
    # "建设率实现100%" / "培训数量实现上述人员编制数量之和的30%得2分" (r45: fresh45 BC4-4, fresh40 BA6-6 with 达到 printed as
    # 实现 — read "=30%", so 50 % scored 0): 实现 before a percentage (up to 20 characters on, no clause break) is 达到
    # — not a second requirement joined by 且/并 ("…按时足额发放,且实现…发放率100%,得10分", fresh9 V16-3: a pass/fail of
    # both, read as printed)
    # (nor after a negation: "年度目标未实现100%的得5分" stays refused as r42 decided — a refusal, never a wrong score)
    (re.compile(r"(?<![且并未没])实现(?=[^，,。；;:：\d%]{0,20}?\d+(?:\.\d+)?%)"), "达到"),
    (re.compile(r"(?<=[\d%])旳"), "的"),
    # "反之不得分" / "其他情况不得分" / "不然扣2分": the same as 否则 (lexicon.OTHERWISE_WORDS)
    (re.compile(rf"(?:(?<=^)|(?<=[,，;；。])){OTHERWISE}(?=[,，]?(?:不得分|得|扣))"), "否则"),
    # "每完成一项得2分,反之,不得分" (fresh26 AM9-3, r12): the comma after 否则 is punctuation only
    (re.compile(r"(?<=否则)[,，](?=不得分|得|扣)"), ""),
    # "每少 1 次,扣 0.5 分" (fresh31 AR6-6, r18): a comma (and 的) between a per-count step and its deduction is
    # punctuation only — "每少1次扣0.5分" (not after a period or a minimum: "每季度不少于1次,扣1分" stays as printed)
    (re.compile(rf"(?<=每)(?P<step>(?:(?!不少于|不低于|至少|不超过|季|月|年|周|天|日)[\u4e00-\u9fff]){{1,6}}?"
                rf"{NUM}[\u4e00-\u9fff%‰]{{0,4}}?)的?[,，](?={DEDUCT}{NUM}分)"), r"\g<step>"),
    # a bare "0分" right after words: "不符合要求0分" → 不得分 (not "低于60%0分": digits run together)
    (re.compile(r"(?<=[\u4e00-\u9fff”》])(?<![扣减每至])0(?:\.0{1,3})?分"), "不得分"),
    # score verbs before "N分" / "N-M分": 给 / 给予 / 赋 / 记为 / 计为 / 得分为 / 可得 / 计入 → 得
    # (not 合计/总计/累计/小计/共计 … N分: a total, not a score)
    # (lexicon.AWARD_VERBS; 记/计 words not after 合/总/累/小/共/统/估/设/会/审: a total, an estimate, not a score)
    (re.compile(rf"(?:{_OTHER_AWARD}|(?<![合总累小共统估设会审])计为|记为|(?<![合总累小共统估设会审])(?:{_JI_AWARD}))(?=-?{NUM}(?:-{NUM})?(?:分|%(?:的)?权重分))"),
     "得"),
    # "编外人数≤155名计3分,超过不计分" (fresh27 AN1-5, r12): a bare "beyond" right after a clause with one bound
    # is every other value — 否则 (超过 after an upper bound, 低于 / 未达到 after a lower one)
    (re.compile(rf"(?:(?<=^)|(?<=[,，;；。]))(?P<band>[^,，;；。]*?)(?P<sep>[,，;；])(?P<w>{BEYOND}|未达到|达不到|未达标)"
                r"(?:的|者)?[,，]?(?=不得分|扣\d|得\d)"), _otherwise_after_bound),
    # bare points after a comma close the clause before them: "完成100%，20分,每减少…" (S7-4 written
    # as tables print it) / "有，且严格落实，2分" → "，得N分" (not "扣完20分为止" / "满分20分": words first)
    (re.compile(rf"(?<=[,，])(?={NUM}分(?:[,，。;；\n]|$))"), "得"),
    # a comma between a bare number condition and its points is punctuation only: "完成100%，得20分,
    # 每减少1个百分点扣1分" reads as "完成100%得20分,…" (the 100% is the band the steps start from)
    # (only before steps from that band: "污泥含水率不高于60%，得5分，未达标每次扣0.5分" stays a standard
    # with a deduction per failure, fresh5 Q10-3)
    (re.compile(rf"(?<=[\d%])[,，](?=得(?:{NUM}分|满分)[,，;；]?每(?:减少|降低|下降|低|少|差|相差))"), ""),
    # a share of the row's 分值: "得80%分值" / "得分值的80%" / "按满分的80%计分" → 得80%权重分
    (re.compile(rf"得(?P<n>{NUM})%(?:的)?(?:该项|本项)?(?:分值|满分|权重分值)"), r"得\g<n>%权重分"),
    (re.compile(rf"(?:得|按)(?:该项|本项)?(?:分值|满分|权重分值|权重分)的(?P<n>{NUM})%(?:计分|得分|计算|计)?"),
     r"得\g<n>%权重分"),
    # "80%≤满意度<90%为3分" / "≥90%为满分" → 得 (not "满分为5分" / "分值为5分" / "权重为5分": the row's 分值)
    # (not "结果为90分以上": a value written in 分, refused by the points guard as before)
    (re.compile(rf"(?<![分值重数率])为(?=满分|{NUM}分)(?!{NUM}分(?:及|以上|以下|-|~|至|到|以内))"), "得"),
    # a grade label between a condition and its points: "90%以上为优，得5分" → "90%以上，得5分"
    (re.compile(r"为(?:优秀|优|良好|良|中等|中|合格|及格|一般|较差|差|不合格)(?=[,，]?(?:得|不得分))"), ""),
    # … in quotes, with or without 为: "达到12000元/人为“合格”，得2分" / "低于30%“不合格”，得0分" (fresh7 T3)
    (re.compile(r"为?[“\"](?:优秀|优|良好|良|中等|中|合格|及格|一般|较差|差|不合格)[”\"](?=[,，]?(?:得|不得分))"), ""),
    # a bare "满分" ending a clause after its condition: "90%以上满分" → 得满分
    (re.compile(r"(?<=[%\d上下的者可])满分(?=[,，。;；]|$)"), "得满分"),
    # deduction verbs: 扣减 / 扣除 / 扣罚 / 减去 / 减 (lexicon.DEDUCT_VERBS) before a number → 扣 (not before a range
    # "扣除1-10分": the judgement reader (refusals) quotes the printed words, r14)
    (re.compile(rf"(?:{_OTHER_DEDUCT}|(?<![扣每])减)(?={NUM}(?:分|%(?:的)?权重分))"), "扣"),
    # "…将扣2分" (r12): "will" / "shall" before a deduction of one number adds nothing
    (re.compile(rf"(?:将|将会|予以|应予|应当|应)(?=扣{NUM}(?:分|%(?:的)?权重分))"), ""),
    # "无工作网络资料,5分全扣" (fresh27 AN7-2, r12): those points all deducted → 扣5分; "…未整改到位的全扣" (fresh25
    # AL4-2): all the row's points → 不得分
    (re.compile(rf"(?P<n>{NUM})分(?:全扣|全部扣除|全部扣减|全扣除)"), r"扣\g<n>分"),
    (re.compile(r"(?:全扣|全部扣除|全部扣减|全扣除)(?![\d除减])"), "不得分"),
    # "每发现一项扣10%分" (fresh5 Q18-1): "N%分" is N % of the row's 分值 → 扣N%权重分
    (re.compile(rf"(?:扣减|扣除|(?<![扣每])减|扣)(?P<n>{NUM})%分"), r"扣\g<n>%权重分"),
    # a bare share after 扣 / 得 ending its clause is a share of the row's 分值 (r80): "每低5%扣15%", "每出现1次失职扣30%",
    # "单项达标得50%" (fresh82 CP2-6/CP2-7/CP2-8, CP2-4) → 扣15%权重分 / 得50%权重分 — what else is there to deduct or
    # earn in a 评分标准? (not after 获/取/赢…: "获得90%" is a value reached; not before 以上/的…: a band or a base)
    (re.compile(rf"(?<![获取赢值记懂觉晓使显])(?P<v>扣|得)(?P<n>{NUM})%(?=[,，;；。\n]|$)"), r"\g<v>\g<n>%权重分"),
    # "完成任务满分20分。未完成任务按完成百分比计算得数" (fresh5 Q19-1): full marks when done, else
    # 分值 × the share done — the same as "按完成率计分" (capped at the 分值); "满分N分" stays for the
    # points guard (N must be the row's 分值)
    (re.compile(rf"(?:(?<=^)|(?<=[。；;，,]))(?:全部)?完成(?:任务)?(?:的)?[，,]?(?:(?P<m>满分{NUM}分)|得满分)"
                r"(?P<p>[。；;，,])未完成(?:任务)?(?:的)?[，,]?按(?:实际)?完成(?:百分比|率)计(?:算)?(?:得数|得分|分)"),
     lambda m: f"{m['m']}{m['p']}按完成率计分" if m["m"] else "按完成率计分"),
    # "否则按到位率×2计算得分" (N the row's 分值, checked where W × N is read): the same as "得分=到位率×2"
    # ("以实际完成率×10计分" / "以…率×N计算": 以 as 按, lead s23 after fresh34 AU6-1)
    (re.compile(rf"(?:按(?:照)?|以)(?P<r>[^，,。；;\d%<>≥≤()=]{{0,12}}?[率例])[*×](?P<n>{NUM})分?(?:计算得分|计算|计分|得分|记分)"
                r"(?=[,，。;；]|$)"),
     r"得分=\g<r>×\g<n>"),
    # "无方案、记录、结果及总结分别扣2分" / "…各扣1分" (fresh9 V23-3): so much for each one missing
    (re.compile(rf"(?:分别|各)扣(?={NUM}分)"), "每项扣"),
    # "合法率达92%(12分),下降1个百分点扣1分" (fresh10 W1-2): the points in brackets right after a band are
    # its points, and a step right after them is per point (每)
    (re.compile(rf"(?<=[%\d次项个人户天篇场])\((?P<n>{NUM})分\)(?=[,，;；])"), r"得\g<n>分"),
    # … or run together with the %: "合法率達92%12分,下降1個百分點扣1分" (fresh15 AB10-1)
    # (also closing the text or a sentence: "50%以上3分,30~50%2分,10~30%1分.附出口证明材料", fresh52 BM4-2, r38)
    (re.compile(rf"(?<=\d%)(?P<n>{NUM})分(?=[,，;；。.]|$)"), r"得\g<n>分"),
    # … or run together with the next band, which names the text's measure again: "完成率在90以上20分完成率在85以上10分
    # 完成率低于80为0分" (fresh88 CV1-4, r90) → "…90以上得20分;完成率在85以上得10分;…" (only when the words after the
    # points are the words the text opens with: "90以上20分钟内…" or "…以上20分以下" are not a band's points)
    (re.compile(rf"(?<=以上|以下|以内)(?P<n>{NUM})分(?=(?P<next>[\u4e00-\u9fff]{{2}}))"),
     lambda m: f"得{m['n']}分;" if m.string.lstrip().startswith(m["next"]) else m.group(0)),
    (re.compile(r"(?<=分[,，;；])(?:下降|降低|减少|少)(?=1个百分点扣)"), "每降低"),
    # an item's points written after its ";": "1、…范畴;(3分)2、…;(2分)" (fresh12 Y4-1) → "1、…范畴(3分);2、…"
    # (only in a numbered list: "…;(1分)" at the end of an unnumbered text restates the 分值, fresh6 R7-1)
    (re.compile(rf"[;；]\s*\((?P<n>{NUM})分\)(?=\s*(?:\d{{1,2}}[、.]|$))"),
     lambda m: f"({m['n']}分);" if re.search(r"(?:^|[;；)])\s*[2-9][、.]", m.string) else m.group(0)),
    # numbered options run together: "(1)有独立办公用房15分(2)与其他单位共用…9分(3)…" (fresh14 AA3) → "；2、…"
    (re.compile(r"(?<=分)\s*\((?P<n>[1-9])\)"), r";\g<n>、"),
    # lettered options: "A. 制订了…0.5分B. 既未…0 分" (fresh12 Y7-3) → one clause per option
    (re.compile(r"^\s*A[.．、。]\s*"), ""),
    (re.compile(r"(?<=分)\s*[B-F][.．、。]\s*"), ";"),
    # "(4')" — a prime for 分 in brackets (fresh12 Y17, 浙江 防汛 考核)
    (re.compile(rf"\((?P<n>{NUM})[′'’]\)"), r"(\g<n>分)"),
    # "得总分值" (fresh12 Y5-1): full marks
    (re.compile(r"得(?:该项)?总分值|得总分"), "得满分"),
    # bands joined by "、": "完成80%以上得2分、60%以上得1分、60%以下不得分" (fresh12 Y9-2) — only between a
    # band's points and the next number (items "甲2分、乙2分" stay joined, and refused)
    (re.compile(rf"(?P<pts>得{NUM}分|不得分)、(?=\d)"), r"\g<pts>;"),
    # "最多扣分不超过10分" / "扣分不超过10分" (fresh13 Z1): a cap on the deductions — 最多扣10分
    (re.compile(rf"(?:最多|最高)?扣分(?:最多|最高)?不超过(?P<n>{NUM})分"), r"最多扣\g<n>分"),
    # "一处不符要求-5分" (fresh13 Z8): a minus sign before the points after words is a deduction
    (re.compile(rf"(?<=[\u4e00-\u9fff])[-－](?P<n>{NUM})分"), r"扣\g<n>分"),
    # "每一处逻辑审核错误扣1分;有五处及以上逻辑审核错误,不得分" (fresh15 AB9-3/AB9-6): the count band names
    # again what the deduction counts — the same count, so "…;5处及以上不得分" (another noun stays, and is refused)
    (re.compile(rf"(?P<u>{COUNT})(?P<what>[\u4e00-\u9fff]{{1,12}})扣(?P<p>{NUM})分"
                r"(?P<sep>[;；,，。])(?:有|出现|发现|存在)?(?P<n>\d{1,3})(?P=u)(?P<w>及以上|以上)(?P=what)(?:的)?[,，]?"
                r"(?=不得分)"),
     r"\g<u>\g<what>扣\g<p>分\g<sep>\g<n>\g<u>\g<w>"),
    # "每迟报半天扣0.5分" (fresh14 AA6-1): half a day / month / year of delay is 0.5 of it
    # (and time short: "营业时间每少半小时,扣2分" (fresh29 AP6-4, r18))
    (re.compile(rf"(?<=每)(?P<v>{DELAY_VERBS}|少|缺)半(?P<mu>天|日|个月|年|小时)(?=[,，]?扣)"),
     r"\g<v>0.5\g<mu>"),
    # one short with its verb inside: "至少提交3篇调研报告，少提交1篇扣2分" / "全年召开12次例会，缺席1次扣1分" (lead s34:
    # read as the count of misses beside the number to reach, while "少1篇" read the count done — r48's decision) → "少1篇"
    (re.compile(rf"(?<![至不减])(?P<s>每?(?:少|缺))(?:提交|报送|上报|完成|开展|召开|参加|举办|组织|发表|撰写|培训|检查|席)"
                rf"(?=1{COUNT})"), r"\g<s>"),
    # a count to reach, then "(每)少1次扣N分" (the value is the number done, README "不少于N次…少一次扣"):
    # "不少于15天的得10分,少于15天的每少1天扣1分" (fresh8 U15-1): the "少于15天的" only restates where the steps run
    # (and "学员数在5人(含)以上的不扣分,5人以下 每少1人扣1分" (fresh58 BS1-5, r48): "N以上" without a word before it)
    # (and "≥15名得满分,15名以下的每減少3名扣2分" (fresh58 BS1-3, r52): "大于等于" is "≥" by now)
    (re.compile(rf"(?P<band>(?P<kw>不少于|不低于|达到|≥)?(?<![\d.])(?P<n>\d{{1,4}})(?P<u>{COUNT}|天)(?:\(含\))?(?(kw)(?:以上)?|以上)"
                rf"[^，,；;。\d]{{0,4}}?得(?:{NUM}分|满分)[,，;；])(?:(?:少于|不足|低于)(?P=n)(?P=u)|(?P=n)(?P=u)以下)的?[,，;；]?"
                r"(?=每(?:少|缺|减少|缺少)(?:1|[2-9]|[1-9]\d)(?P=u)扣)"),
     r"\g<band>"),
    # "全年不少于4次,少1次扣1分" (fresh18 AE8-3, r1): right after a count to reach, 少 one is per missing one
    (re.compile(r"(?:(?<=不少于\d次)|(?<=不少于\d\d次))(?P<sep>[,，])(?:少|缺)1次(?=扣)"), r"\g<sep>每少1次"),
    # "召开综治委全体会议少于2次的，每少1次扣2.5分" (fresh15 AB2-1): no points written for reaching 2 — the steps run
    # below it and come off the 分值 (README: steps with no written start), so "2次以上得满分，每少1次扣2.5分"
    # (also "少于 4 次每次扣 1 分" (fresh57 BR10-3, r48): each time short of 4 — "每次" below a count to reach)
    (re.compile(r"(?:(?<=^)|(?<=[，,；;。]))(?P<what>[^，,；;。\d]{0,24}?)(?<!不)(?:少于|不足|低于)(?P<n>\d{1,4})"
                rf"(?P<u>{COUNT}|天)的?[,，;；]?每(?:(?:少|缺)1)?(?P=u)(?=扣)"),
     r"\g<what>\g<n>\g<u>以上得满分,每少1\g<u>"),
    # (not "不少于": "每年不少于4次,每少1次扣1分" became "每年不得满分4次以上得满分", found in r1)
    # "每年不少于4次,每少1次扣1分" / "全年至少4次,少1次扣1分" (fresh18 AE8-3, r1): the same, the count written as a minimum
    (re.compile(r"(?:(?<=^)|(?<=[，,；;。]))(?P<what>[^，,；;。\d]{0,24}?)(?<!季度)(?<!季)(?<!月)(?<!半年)(?<![周天日人户村家校])(?:不少于|不低于|至少)(?P<n>\d{1,4})"
                rf"(?P<u>{COUNT}|天)(?:以上)?的?[,，;；]?(?=每(?:少|缺|减少|缺少)(?:1|[2-9]|[1-9]\d)(?P=u)扣)"),
     # (not per head / per village: "每人每年不少于2次" counts per person — left as printed, refused)
     lambda m: m[0] if re.search(r"每[人户村家个校所]", m["what"]) else f"{m['what']}{m['n']}{m['u']}以上得满分,"),
    # "召开2次以上专题会议研究民政工作,少一次扣2.5分" (fresh14 AA2-1) / "每年召开2次以上…会议(1分),少1次扣1分"
    # (fresh13 Z21-2): the count to reach inside what is done, then one off per missing one
    # (also "全年开展不少于4次业务培训(4分,少一次扣1分)" — r6, the points then read as "…得4分"; not per period or
    # per head: "每季度不少于1次" stays as printed)
    (re.compile(r"(?:(?<=^)|(?<=[，,；;。]))(?P<pre>[^，,；;。\d]{0,8}?)(?P<min>不少于|至少)?(?P<n>\d{1,4})"
                rf"(?P<u>{COUNT})(?(min)(?:以上)?|以上)"
                rf"(?P<what>[\u4e00-\u9fff]{{2,20}}?)(?:\((?P<p>{NUM})分\)|得(?P<q>{NUM})分)?[,，](?:每)?少1(?P=u)(?=扣)"),
     lambda m: m[0] if m["min"] and "每" in m["pre"] else (
         f"{m['pre']}{m['what']}{m['n']}{m['u']}以上得{(m['p'] or m['q']) + '分' if m['p'] or m['q'] else '满分'},"
         f"每少1{m['u']}")),
    # "4篇以上记2分(完不成的按比例扣分)" (fresh10 W1-4 / W10-4): short of the band, scored in proportion —
    # the same as "否则按比例得分" (the base is the band's number; 按比例 without a base stays refused)
    (re.compile(r"[(（]?(?:完不成|未完成|完成不了|达不到|未达到)(?:的)?[,，]?按比例(?:相应)?扣分[)）]?"), ",否则按比例得分"),
    # "≥90分得满分，≥80分得3分…＜60分不得分" (fresh15 AB7-4, the value a score from another sheet): a number in 分
    # right after a comparison sign is the value compared, never points — "≥90得满分"
    (re.compile(rf"(?<=[≥≤<>])(?P<n>{NUM})分(?=的?[,，]?(?:得|不得分|扣))"), r"\g<n>"),
    # "该项分值为0.5分每少一人扣0.1分" (fresh10 W11-1): a clause's points run into the next clause's 每 — a new clause
    (re.compile(r"(?<=\d分)(?=每(?:少|缺|低|降|减|超|增|发现|出现|有|迟|晚|延|逾))"), ","),
    # "95%或以下" / "15%或以上" / "5次或以上" (fresh15 AB8): the same as 及以下 / 及以上 (the number included)
    (re.compile(r"(?<=[\d%次项个人处天件户篇例起])或(?=以上|以下)"), "及"),
    # "交付率低于100%每1%扣2分" (fresh78 CL2-2, r73): right after a bound, "每1%" steps away from it — the bound's
    # direction ("…低于100%,每低1%扣2分"; "超过5%的,每1个百分点扣1分" → 每超)
    (re.compile(rf"(?P<b>(?P<lo>低于|不足|少于|未达到|未达)|高于|超过|超出)(?P<n>{NUM})(?P<u>%|个百分点)(?P<s>的?[,，]?)"
                rf"每(?={NUM}(?:%|个百分点)[,，]?扣)"),
     lambda m: f"{m['b']}{m['n']}{m['u']}{m['s']}每{'低' if m['lo'] else '超'}"),
    # "每降1%扣0.5分" (fresh8 U2-3): the same as 每降低
    (re.compile(r"每降(?![低])(?=\d)"), "每降低"),
    # "培训3次以上得15分,少一次扣5分" (fresh8 U16-4/5): right after a count band, 少/缺 one is per missing one
    # (any counted thing of lexicon.COUNT: "展板4处以上(4分,少1处扣1分)", fresh27 AN3-6 — not 种 / 类: kinds done or
    # missing, AN6-4)
    (re.compile(rf"(?<=分[,，;；])(?:少|缺)1(?P<u>(?![种类]){COUNT}|天)(?=扣)"), r"每少1\g<u>"),
    # "逾期每天扣0.2分" / "延迟的，每1个月扣1分": the same as "每逾期1天扣0.2分"
    (re.compile(r"(?P<v>延迟|延期|滞后|推迟|逾期|超期|迟报|晚报)(?:的)?[,，]?每1?(?P<mu>个工作日|工作日|天|日|周|个月|月|年)"
                r"(?=扣)"),
     r"每\g<v>1\g<mu>"),
    # "旷工,每天扣10分" / "病,事假,每天扣2分" (fresh78 CL5-2/CL5-3, r73): after a word of absence or leave, 每天 is
    # per day absent — "旷工1天扣10分", as "缺勤1天扣5分" reads (a 每天 after anything else — "值班每天扣2分" — stays as
    # printed: daily, refused)
    (re.compile(r"(?P<v>旷工|缺勤|请假|事假|病假|缺岗|脱岗|离岗)(?:的)?[,，]?每(?:1|一)?[天日](?=扣)"), r"\g<v>1天"),
    # "每天旷工扣10分" (r76's loss, r78): 每天 before the absence word — the same per day absent
    (re.compile(r"每(?:1|一)?[天日](?P<v>旷工|缺勤|请假|事假|病假|缺岗|脱岗|离岗)(?:的)?[,，]?(?=扣)"),
     r"\g<v>1天"),
    # "遲報一天扣0.5分" (fresh20 AG9-1): one unit of delay with its deduction, without 每, is per unit of delay
    # (the only reading that scores 2 days); not when another delay with a number follows ("延期1个月扣2分,
    # 延期3个月不得分" stays as written)
    # (never the 迟 inside "每延迟1天" / "每推迟1周": "每延每迟1天" lost the unit, r40)
    (re.compile(rf"(?<![每\d延推])(?P<v>{DELAY_VERBS})1(?P<mu>个工作日|工作日|天|日|周|个月|月)"
                rf"(?=[,，]?扣\d)(?!.*(?:{DELAY_VERBS})\d)"),
     r"每\g<v>1\g<mu>"),
    # "完成率乘以分值" → "完成率×分值"
    (re.compile(r"乘以|乘上"), "×"),
    # a range between two numbers: 80%至90% / 80%到90% / 80%～90% → 80%-90%
    # (not after a minus sign: "-10%~10%" of a ± band keeps its "~")
    (re.compile(rf"(?<![\d.-])({NUM}%?)(?:至|到|~)(?=\d)"), r"\1-"),
    (re.compile(rf"(?:在|介于)(?P<a>{NUM}%?)(?:与|和|至|到)(?P<b>{NUM}%?)(?:之间|区间)"), r"\g<a>-\g<b>"),
    # list numbering "(1)" at the start of a sentence or clause → "1、" (as the checklist reads it)
    (re.compile(r"(?:(?<=^)|(?<=[。；;,，:：]))\((\d{1,2})\)(?![\d%分])"), r"\1、"),
    # a clause that is only its outcome after ";": "…符合要求的;计2分" / "每减少5%;扣1分" → ","
    (re.compile(rf"(?<=[的者时])[;；](?=[得扣]{NUM}分)|(?<=[%\d项处次例人个])[;；](?=扣{NUM}分)"), ","),
    # "未按规定报告的，不得分" → "未按规定报告的不得分" (的/者 ends the condition; the comma adds nothing)
    (re.compile(rf"(?<=[的者])[,，](?=不得分|得满分|得{NUM}分|扣{NUM}分)"), ""),
    # a base stated as "不扣分": "95%(含95%)不扣分，…，每低一个百分点扣1分" (fresh4 P7-1) → 95%(含)以上得满分
    (re.compile(rf"(?P<n>{NUM}%)\(含\)(?:以上)?(?=[,，]?不扣分)"), r"\g<n>(含)以上"),
    # "…以上的不扣分" (fresh58 BS1-1/2/5/6, r43: "滿足率達60%(含)以上的不扣分,60%以下的扣2分"): see _no_deduction
    (re.compile(rf"(?P<pre>以上|≥{NUM}%?(?:{COUNT})?)(?:的|者)?[,，]?不扣分"), lambda m: _no_deduction(m)),
    # (r85) the same within a band of times or days: "迟到2次以内不扣分,3次以上不得分", "请假1天以内(含)不扣分;…" (r79's and
    # r76's LOSS rows) — never before a step off the band ("15%以内不扣分,此后每增加1%扣1分": _NO_DEDUCTION_BAND_RE's)
    (re.compile(rf"(?<=\d)(?P<pre>(?:{COUNT}|%|个?(?:工作)?(?:天|日|小时|月|周)|年)?(?:以内|之内|以下|及以下|内)(?:\(含\))?)(?:的|者)?[,，]?不扣分"
                r"(?![,，;；]?(?:此后|之后|以后|超过部分|超出部分)?[,，]?每)"), lambda m: _no_deduction(m)),
    # "每欠1%扣1分" (fresh4 P7-2): the same as 每低
    (re.compile(r"每欠(?=\d|一个)"), "每低"),
    # "应征收金额的65%征收到位记满分" (fresh4 P7-2): the share comes first, what it counts after it
    (re.compile(rf"(?<=的)(?P<n>{NUM}%)(?P<v>[\u4e00-\u9fff]{{0,6}}(?:到位|完成|达标))(?=得满分)"),
     r"\g<v>达到\g<n>"),
    # "全面完成新造林面积得总分值,少一个百分点扣1分" (fresh12 Y5-1): done is 100% of the task when the steps are
    # percentage points below it — "新造林面积完成达到100%得满分,每降低1个百分点扣1分"
    (re.compile(r"(?:(?<=^)|(?<=[,，;；。]))(?:全面|全部|全额)?完成(?P<what>[^，,；;。\d%]{0,16}?)的?"
                r"(?=得满分[,，;；](?:每)?(?:少|低|降低|下降|减少)1个百分点扣)"),
     r"\g<what>完成达到100%"),
    # Chinese list numbering at the start of a sentence: 一、二、 → 1、2、
    (re.compile(r"(?:(?<=^)|(?<=[。；;，,:：]))([一二三四五六七八九])、"), "〔CN\\1〕"),
    # "任何機構未按時下達任務的扣1分,扣完為止" (fresh18 AE1-3, r3): with 扣完为止 any one unit that fails
    # costs the points, per unit ("每个机构…扣1分"); before 不得分 one such unit is enough ("有1个县没有文件
    # 不得分"); without 扣完为止 a deduction may be once for all: left as printed
    (re.compile(r"(?:(?<=^)|(?<=[,，;；。]))任何(?:一个|1个)?(?P<rest>[^，,；;。\d]{1,30}?(?:未|没有|无|不)"
                r"[^，,；;。\d]{1,30}?的?[,，]?)(?P<end>扣\d{1,3}(?:\.\d{1,2})?分[,，]?(?=扣完为止|扣完為止|直至扣完)"
                r"|不得分)"),
     lambda m: ("每个" if m["end"].startswith("扣") else "有1个") + m["rest"] + m["end"]),
    # "成本下降≥5%得满分，每少1%扣2分，未下降不得分" (fresh18 AE9-6, r3): "未下降" after a band on the
    # decline itself is a decline of 0 or less — "下降≤0%不得分" (a cut-off the band reader places)
    (re.compile(rf"(?P<head>(?P<v>下降|降低|增长|提高|增加|减少|上升)(?:幅度|率)?(?:≥|达到|达){NUM}%"
                r"[^。；;]*?[,，])未(?P=v)(?=的?[,，]?不得分)"), r"\g<head>\g<v>≤0%"),
]


#: a score the deductions start from other than the 分值, or points added: then "不扣分" keeps that score, not the 分值
_OTHER_START_RE = re.compile(r"基础分|基本分|基准分|基准为|起评分|起始分|加分|加\d|加至|加到")


def _no_deduction(m: re.Match[str]) -> str:
    """A threshold met "不扣分" → "得满分": "95%(含)以上不扣分" (fresh4 P7-1), "達60%(含)以上的不扣分,60%以下的扣2分"
    (fresh58 BS1, r43) — no deduction from the 分值 is the 分值. Left as printed (and read by the base-score readers)
    when the text names another score to start from or adds points: "基础分3分,占比60%以上不扣分,每增加1%加0.5分".

    >>> _synonyms("满足率达60%(含)以上的不扣分,60%以下的扣2分")
    '满足率达60%(含)以上得满分,60%以下的扣2分'
    >>> _synonyms("基础分3分,占比60%以上的不扣分,每增加1%加0.5分")
    '基础分3分,占比60%以上的不扣分,每增加1%加0.5分'
    """
    return m.group(0) if _OTHER_START_RE.search(m.string) else f"{m['pre']}得满分"


def _synonyms(t: str) -> str:
    for pat, rep in _SYNONYMS:  # rep: a replacement string or a function of the match
        t = pat.sub(rep, t)
    return re.sub(r"〔CN([一二三四五六七八九])〕", lambda m: f"{_CN_DIGIT[m[1]]}、", t)


_HTML_TAG_RE = re.compile(r"</?(?:p|br|span|div|b|i|u|strong|em|sup|sub|font|td|tr|th|li|ul|ol)"
                          r"(?:\s[^<>]{0,60})?/?>", re.IGNORECASE)


def cn_to_int(s: str) -> int:
    """A Chinese numeral's value: 两 → 2, 十二 → 12 (also used by validation for counts typed in words)."""
    if s == "十":
        return 10
    if "十" in s:
        a, _, b = s.partition("十")
        return (_CN_DIGIT.get(a, 1) if a else 1) * 10 + (_CN_DIGIT.get(b, 0) if b else 0)
    value = 0
    for ch in s:
        value = value * 10 + _CN_DIGIT[ch]
    return value


@lru_cache(maxsize=1)
def _t2s() -> Callable[[str], str] | None:
    """OpenCC's 繁体 → 简体 converter ("t2s"), made once on first use; ``None`` when the library is
    missing (繁体 texts then stay unread, as before)."""
    try:
        import opencc  # imported here: only a text with a non-ASCII character needs it
    except ImportError:  # pragma: no cover — a declared dependency
        return None
    return opencc.OpenCC("t2s").convert


def to_simplified(text: str) -> str:
    """Traditional characters as simplified ones (OpenCC t2s, character for character in this
    wording); simplified text is returned unchanged (checked on every corpus and seed sentence).

    >>> to_simplified("未實現河長全覆蓋,缺一條扣0.5分;聯系方式不通的每處扣0.5分。")
    '未实现河长全覆盖,缺一条扣0.5分;联系方式不通的每处扣0.5分。'
    >>> to_simplified("每低1个百分点扣1分,扣完为止")
    '每低1个百分点扣1分,扣完为止'
    """
    if text.isascii():
        return text
    convert = _t2s()
    return convert(text) if convert is not None else text


def printed_chars(text: str) -> dict[str, str]:
    """Simplified character → the traditional one printed in ``text``, to quote level names and
    clauses as printed after reading them in simplified characters. A simplified character that is
    also printed as itself, or that two printed characters share (乾/幹 → 干), is left out.

    >>> printed_chars("每缺一項扣0.5分。")
    {'项': '項'}
    >>> printed_chars("河長公示牌設立不規范"), printed_chars("每缺一项扣0.5分")
    ({'长': '長', '设': '設', '规': '規'}, {})
    """
    if text.isascii() or to_simplified(text) == text:
        return {}
    back: dict[str, set[str]] = {}
    plain: set[str] = set()
    for ch in dict.fromkeys(text):
        s = to_simplified(ch)
        if s == ch:
            plain.add(ch)
        elif len(s) == 1:
            back.setdefault(s, set()).add(ch)
    return {s: next(iter(t)) for s, t in back.items() if len(t) == 1 and s not in plain}


#: "得分=及时受理率 c 5分": a "c" standing for the printed × (see _normalise_chars; the reader warns)
PRINTED_TIMES_RE = re.compile(rf"(?P<f>得分\s*=\s*[^\s，,。；;\d=]{{1,24}}?[率例度])[ \t\u3000]+[cC][ \t\u3000]+"
                               rf"(?={NUM}\s*分?\s*(?:[。；;，,\n]|$))")


#: "好路率X120" / "完成率x10分": a Latin x for × right after a rate, before the number that ends the clause
_LATIN_TIMES_RE = re.compile(rf"(?<=[率例度])\s*[xX]\s*(?={NUM}\s*分?\s*(?:计分|计算|计)?\s*(?:[。；;，,\n]|$))")


PRINTED_TIMES_NOTE = "歧义：原文“得分=…率 c N分”中的“c”按乘号“×”读（网页把×印成了c）；如不是乘号，请手写计分规则"


#: "%1" where a circled item number stood: at the text's start or after a clause mark, "%" then one digit (r22)
_PERCENT_MARK_RE = re.compile(r"(?:(?<=^)|(?<=[。；;，,\s]))%(?P<d>[1-9])")


#: an example list in brackets — "背对孩子做其他事(如吃早餐、准备教具,备课等)一次扣0.5分" (fresh80 CN3-1, r77): a comma
#: inside "(如…)" / "(例如…)" / "(比如…)" lists one more example, it does not end the clause (the bracket was cut in two:
#: "背对孩子做其他事(如吃早餐、准备教具" a note, "备课等)" the thing counted). No number, 分 or score verb inside, so the
#: bracket can never hold a clause of its own: "(如未完成,扣2分)" stays as it is; the list ends in 等 and holds no negation
#: or modal — "(如未设定预算绩效目标，也可考核其他工作任务目标)" is a case and what to do then, not examples
_EXAMPLE_BRACKET_RE = re.compile(r"\((?:如|例如|比如|诸如)(?![^()]*(?:未|不|没|也|则|可))[^()\d分扣得加减,，。；;]{1,30}[,，]"
                                 r"[^()\d分扣得加减。；;]{1,30}等\)")


def _normalise_chars(text: str) -> str:
    """Character-level clean-up only (no notes, no tokens): what the points guard scans."""
    # per character, keeping ①②③ (NFKC would turn them into plain digits)
    t = "".join(ch if ch in _CIRCLED else unicodedata.normalize("NFKC", ch) for ch in text)
    t = to_simplified(t)  # "每缺一項扣0.5分" (繁体, pages copied from HK/TW mirrors) → "每缺一项扣0.5分"
    # <p>, </p>, <br/>, <span …> — real tags only: "5%<结余率≤10%得2分;结余率>10%" is two conditions
    # (the old "<[^<>]{0,20}>" removed the 2-point band between them; found by reasoning in i11d)
    t = _HTML_TAG_RE.sub("", t)
    # band options lettered "A.5%以上(20分)B.3%-5%(15分)…" (fresh53 BN7, BN14, r39): the letters label the bands, no value
    t = option_labels(t)
    # levels written points first, "100 分:实际支出与预算相符; 60 分:…; 0 分:…" (fresh59 BT1, r43) → "…相符得100分；…"
    t = score_first(t) or t
    # "%1" opening a clause is a circled item number lost in a PDF's text layer (r22): "%1未擅自调整…(3分);%1县有…(1分)"
    # (fresh35 AV1-2) → "①未擅自调整…;②县有…" — a per cent sign follows its number, it never opens a clause before one;
    # the marks are numbered in order (the layer prints ①②… alike, all "%1")
    marks = iter(range(20))
    t = _PERCENT_MARK_RE.sub(lambda m: chr(0x2460 + min(next(marks), 19)), t)
    t = re.sub(r"\\text\{([^{}]*)\}", r"\1", t)
    t = re.sub(r"\\frac\{([^{}]*)\}\{([^{}]*)\}", r"(\1)/(\2)", t)
    for a, b in _CHAR_MAP:
        t = t.replace(a, b)
    # a line break after a clause's points ends the clause: "均符合标准，得满分\n缺1个科室，扣1分" (fresh4 P10)
    t = re.sub(r"(?<=分)[ \t\u3000]*\n\s*(?=\S)", "；", t)
    # points printed after each level's full stop: "…累计进度目标。(60分)未完成…。(55分)…。(0分)" (fresh20 AG11-1, r9) —
    # the points close the sentence before them ("…目标(60分)。未完成…"); only when some "。(N分)" is followed by
    # words (one "。(1分)" at the end restates the 分值, fresh6 R7-1, and stays)
    if re.search(rf"。\(\s*{NUM}\s*分\s*\)\s*[;；]?\s*(?=[\u4e00-\u9fff])", t) and not re.match(rf"\s*\(\s*{NUM}\s*分", t):
        t = re.sub(rf"。\s*(\(\s*{NUM}\s*分\s*\))", r"\1。", t)
    # a line break before the definition of a rate ends the clause: "上报得分=上报率×540\n上报率=实际…/应报单位"
    # (fresh20 AG20-2, r8) — the definition is a note, the formula before it is read on its own
    t = re.sub(r"[ \t\u3000]*\n\s*(?=[^\s，,。；;\d=]{1,20}[率例度]\s*=)", "；", t)
    # the printed × came out as a Latin "c" between spaces: "得分=及时受理率 c 5分" (fresh21 AH13, r8) — only right
    # after a rate named in "得分=…" and before the points ending the clause (nothing else can be meant there)
    t = PRINTED_TIMES_RE.sub(r"\g<f>×", t)
    # a Latin x typed for × between a rate and the number ending the clause: "以实际评定的好路率X120" (fresh34 AU6-1,
    # lead s23) — a letter cannot stand there for anything else (no quantity is named "x")
    t = _LATIN_TIMES_RE.sub("×", t)
    # the next numbered item glued to an item's bracketed points: "…工作群（3分）2.单位领导班子…" (fresh19 AF2-1, r5)
    t = re.sub(r"(?<=分[)）])(?=\d{1,2}[.、．](?!\d))", "；", t)
    # levels parted by spaces only: "好 3分 较好 2分 一般 1分" (fresh19 AF7-1, r5) — a space after a clause's
    # points before a word ends the clause, as the line break above
    t, parted = re.subn(r"(?<=\d分)[ \t\u3000]+(?=[\u4e00-\u9fff])", "；", t)
    if parted:
        # … and a space between two words of such a cell parts its clauses too: "净道与污道分开 不交叉 未区分扣2分 存在交叉扣1分"
        # (fresh24 AK11-5, r13) — as the reader's second try parts a cell's spaces (reader.read_rule_text)
        t = re.sub(r"(?<=[\u4e00-\u9fff])[ \t\u3000]+(?=[\u4e00-\u9fff])", "，", t)
    t = re.sub(r"\s+", "", t)
    t = _EXAMPLE_BRACKET_RE.sub(lambda m: re.sub(r"[,，]", "、", m.group(0)), t)
    # OCR "得l分" (a lower-case L or capital I for 1) right between a score verb and 分 (fresh4 P6-1)
    t = re.sub(r"(?<=[得扣计记])[lI](?=分)", "1", t)
    # "每缺乙個轄區單位扣1分" (fresh8 U9-2, a 繁体 page): 乙 is the formal "one" of Taiwanese writing — only
    # right after 每缺/每少/每漏 and before a measure word (elsewhere 乙 is "B", a party or a grade)
    t = re.sub(rf"(?<=每[缺少漏])乙(?={COUNT})", "1", t)
    # a colon after a clause's points separates clauses: "…得1分:否则不得分" (fresh4 P6-2)
    t = re.sub(r"(?<=\d分)[:：](?=[\u4e00-\u9fff])", "；", t)
    # "0. 5分" (a space inside a decimal, fresh4 P8-2) is joined by the whitespace removal above
    # "正负5%" / "+/-5%" are ±5% (r41: "偏差在正负5%以内得5分" was read as "<=5%", −6% scoring 5)
    t = re.sub(rf"(?:正负|\+/-|\+-)(?={NUM})", "±", t)
    # "±10%以内" is the band [-10%, 10%] (以内 includes the number)
    # — "±10%以内(不含10%)" excludes both ends (r40: read as [-10%,10%), -10% scoring 5): ± names one distance both ways
    t = re.sub(rf"(?:在)?[±](?P<n>{NUM})(?P<u>%|个百分点)?(?:以内|之内|内)?(?P<x>[(（]不(?:含|包括|包含)(?:[±]?(?P=n)(?P=u)?)?[)）])?",
               lambda m: (f"-{m['n']}{m['u'] or ''}(不含)~{m['n']}{m['u'] or ''}(不含)" if m["x"]
                          else f"-{m['n']}{m['u'] or ''}~{m['n']}{m['u'] or ''}"), t)
    # outcome words in other printed forms, a minus for 扣, a clause glued to the points before it (lead s23)
    for pat, rep in _OUTCOME_FORMS:
        t = pat.sub(rep, t)
    t = _MINUS_POINTS_RE.sub("扣", t)
    t = _DEDUCT_NO_FEN_RE.sub(r"\g<n>分", t)  # "(少1个班扣0.5)" (r33): 分 left out
    t = re.sub(r"、(?=扣\d)", "，", t)  # "标志缺、漏、模糊不清、—1分/处" (AW7-4): a 、 before the deduction ends the list
    # "领导机构少一个扣0.2分、责任落实不明确的扣0.2分,扣完为止" (fresh67 CB11-1, r53): a 、 after a deduction's points,
    # before a failing that costs the same, in a text that deducts down to 0, parts two clauses of one count. Not
    # otherwise: "没有专人指挥不得分、未设置警示标识扣1分、没有安检员监督扣1分" (fresh N2-16) and "无标志扣2分、无人管理扣1分"
    # (fresh53 BN1-2) list faults as items
    if "扣完为止" in t:
        t = re.sub(rf"(扣(?P<n>{NUM})分)、(?=[^，,。；;、\d]{{1,30}}扣(?P=n)分)", r"\1，", t)
    # "发现一级政府未将…纳入预算扣0.2分" (fresh67 CB11-6, r53): 一级 before 政府 is one level of government, a count —
    # elsewhere 一级 is a grade ("一级隐患") and stays
    t = re.sub(r"(?<=发现|每有)一级(?=(?:人民)?政府)", "1个", t)
    t = _GLUED_CLAUSE_RE.sub(lambda m: m.group(0) + "，", t)
    if not re.search(r"[两二三四五六七八九十2-9]次", t):
        # "开展…活动的,一次3分" (fresh39 AZ6-5, lead s23: read as "=1: 3"): a clause that begins with 一次 and its points,
        # no other number of times beside it, is per time (每次) — never "exactly once"
        t = re.sub(rf"(?<=[,，])一次(?={NUM}分)", "每次", t)
    t = _ONE_CASE_RE.sub("1", t)
    t = _CN_NUMERAL_RE.sub(lambda m: str(cn_to_int(m.group(1))), t)
    t = _CN_BOUND_NUMERAL_RE.sub(lambda m: str(cn_to_int(m.group(1))), t)
    return _synonyms(t)


#: which of the counted days (times …) are not counted, at the end: "…，因故停减产程序符合要求的天数不扣分" — what the
#: value counts, never a score (no number in it)
#: what a per-time (per-day) deduction does not count, in brackets right after it: "缺勤每天扣2分(因公外出除外)" (r76's loss,
#: r78) — no number, score word or clause break inside; the value counts the rest
_EXCEPT_RE = re.compile(r"(?<=\d分)[(](?P<what>[^()\d分扣得%，,;；。]{2,16}?)(?:的)?除外[)](?=[,，;；。]|$)")

_NOT_COUNTED_RE = re.compile(r"[,，。；;](?P<what>(?:但)?[^，,。；;\d%]{2,30}?的(?:天数|次数|件数|起数|户数|人数|处数))"
                             r"不(?:扣分|计入扣分|计算扣分)[。；;]?$")


#: the period a row covers, in brackets: "(考核时段为上年10月至当年9月)" — no points, no comparison in it
_PERIOD_NOTE_RE = re.compile(r"\((?P<what>(?:考核|统计|评价|检查)(?:时段|期间|周期|时间)为?[^()分%<>≥≤以]{1,30})\)")


#: a count per period before a per-missing deduction: "每季度不少于1次,少1次扣1分" — over the year 4 times
_PERIODS_PER_YEAR = {"季度": 4, "个季度": 4, "季": 4, "月": 12, "个月": 12, "半年": 2}
_PERIOD_COUNT_RE = re.compile(r"每(?P<per>个季度|季度|季|个月|月|半年)(?:不少于|至少|不低于)(?P<n>[1-9])次(?=[,，]?(?:每)?[少缺]1次扣)")


#: the start of steps down printed as "N%起": "合格人数占总人数比例 100%起,每降低 5%,扣 5 分" (fresh34 AU11-2, lead s23) —
#: the 分值 at N % and above, the steps off it below: the same as "达到N%得满分，每降低…" (no start to guess)
_STATED_START_RE = re.compile(rf"(?:从|自)?(?P<n>{NUM})%(?:起算?|为起点)[,，]?(?=每(?:下降|降低|减少)\s*{NUM}\s*(?:%|个百分点))")

#: the note for a start printed as "N%起"
STATED_START_NOTE = "起算点：原文“{}%起”即达到{}%得满分，低于它逐档扣分"


#: outcome words in other printed forms (lead s23, seen in fresh36/37's first run), each the same outcome:
#: "本项即不得分" (AX5-1, AX5-3) — 即 ("then") before the outcome; "直至本项分值扣完" (AX5-2) — 扣完为止;
#: "如出现任一系统未能正常运行,则扣1分" (fresh45 BF9-2, lead s25) — 如/若/如果 … ,则 is the case and its outcome, read as
#: "出现任一系统未能正常运行扣1分" (如实/如期/如数/如约 are words of their own); "未开展的,则不得分" (fresh5 Q18-3) — 则 after 的/者
_OUTCOME_FORMS = (
    (re.compile(r"(?<=本项|该项|此项)即(?=不得分|扣|得|计)|(?<=[，,])即(?=不得分)"), ""),
    (re.compile(r"(?:(?<=^)|(?<=[，,。；;]))(?:如果|假如|若|如(?![实期数约]))(?P<case>[^，,。；;]{2,40})[，,]则"
                r"(?=扣|不得分|得|本项|该项|此项)"), r"\g<case>"),
    (re.compile(r"(?<=[的者])[，,]则(?=扣|不得分|得\d)"), "，"),
    (re.compile(r"直(?:至|到)(?:本项|该项|此项)?(?:分值|分数|得分)?扣完(?:(?:本项|该项|此项)?(?:分值|分数|得分)?为止)?"),
     "扣完为止"),
)

#: a minus sign for 扣 before a clause's points: "每缺一种—1分" / "迟报(2天以上)—0.5分/次" (fresh36 AW7, 供电所考核; — is
#: "-" after _CHAR_MAP) — only after a word or a bracket, never after a digit (a range "1-3分")
_MINUS_POINTS_RE = re.compile(rf"(?<=[\u4e00-\u9fff)）、])\s*-\s*(?={NUM}\s*分)")

#: the dashes _CHAR_MAP turns into "-"
_CHAR_MINUS_RE = re.compile("|".join(re.escape(a) for a, b in _CHAR_MAP if b == "-"))

#: the note for a minus read as 扣
MINUS_POINTS_NOTE = "原文“-N分”（减号）按“扣N分”读"

#: a deduction whose 分 is left out, in brackets or at a clause end: "每个班配有钢琴或电子琴(少1个班扣0.5)" (fresh49 BJ3-2,
#: r33) — a bare number after 扣 is points (a rate or a count carries its own unit: "扣0.5%权重分", "扣1个百分点")
_DEDUCT_NO_FEN_RE = re.compile(rf"(?<=扣)(?P<n>{NUM})(?=[)）,，;；。]|$)")

#: the note for a deduction read with its 分
NO_FEN_NOTE = "原文“扣N”没写“分”：按扣N分读"

#: a clause glued to the points before it with no mark: "每缺少一张扣6分缺少10张以上此项不得分" (fresh36 AW8-1) — a
#: comma is put back after "扣/得N分" when a new clause (a word that is no unit, cap or end word) follows at once
_GLUED_CLAUSE_RE = re.compile(rf"(?<=[扣得]){NUM}分(?=(?!为止|为限|封顶|以上|以下|以内|及以上|及以下|的|者|起|止|值|数|制|至|到|或|和|及|"
                              r"/|后|计|合计|满|左右|[，,。；;:：)）\s])[\u4e00-\u9fff])")


#: a rounding note for steps of N (other than the 1 个百分点 of _NOTE_PATTERNS): "不足5%按5%计" / "不足1天按1天计"
_CEIL_STEP_RE = re.compile(rf"[(]?不(?:满|足|到)(?P<n>{NUM})(?P<u>个百分点|%|天|日|个月|小时|{COUNT})(?:的)?(?:按|以)(?P=n)(?P=u)"
                           r"(?:计算|计|算|扣分|扣)?[)]?")


#: the scope of a count in brackets after it: "10例以上(含简易案件)" — words only (no number, no 分, not "(含)")
_WITHIN_COUNT_RE = re.compile(r"(?<=[例件起次篇项人户家处份场个](?:以上|以下))\((?P<what>(?:含|包括)[^()\d%<>≥≤分本]{2,12})\)")

#: what a rate counts, in brackets after its name and before its band: "住院医师满意度（授课评价≥20分的比例）≥90%得5分"
#: (fresh73 CH1-7), "满意度(选择好或同意及以上的比例)≥90%" (fresh18 AE10-5) — the measure's definition; a number in it
#: (a mark on another scale, "≥20分") is no band and no points of the row
RATE_DEFINED_RE = re.compile(r"(?<=[率度])\((?P<what>[^()]{2,30}?(?:的|所占|之)(?:比例|比率|比重))\)"
                              r"(?=\s*(?:[≥≤<>]|达到|不低于|不少于|高于|低于))")

#: "…得分为数据上传率与4之乘积" (fresh20 AG14-2, r8): the product in words → "得分=数据上传率×4"
_PRODUCT_WORDS_RE = re.compile(rf"得分(?:为|是)(?P<r>[^，,。；;\d%<>≥≤=与]{{1,24}}?[率例度])与(?P<n>{NUM})(?:分)?之?(?:乘积|积)")

#: "全部水库实现人放天养，得4分，未完成按水库退养完成比例扣分" (fresh19 AF3-4, r8): all done (100 %) scores the 分值,
#: otherwise the share done × 分值 (the unfinished share is deducted)
_ALL_DONE_SHARE_RE = re.compile(
    rf"(?:(?<=^)|(?<=[,，;；。]))(?P<all>(?:全部|全面)[^,，;；。\d%]{{0,16}}?(?:完成|实现|落实)[^,，;；。\d%]{{0,12}}?)"
    rf"(?P<mid>[,，]?得{NUM}分[,，;；])未(?:完成|实现|落实|全部完成)(?:的)?[,，]?按(?:照)?(?P<what>[^，,。；;\d%]{{0,12}}?)"
    r"完成(?:比例|比率|率)(?:扣分|计分|得分)(?=[。；;]?$)")


#: "基本完成分为1分。增幅低于26%的,按目标完成比例计分": the score for reaching the threshold the next clause names
_BASIC_DONE_RE = re.compile(rf"基本(?:完成)?分(?:为|是)(?P<n>{NUM})分[。；;,，](?P<rest>[^,，。；;\d%]{{0,12}}?低于(?P<t>{NUM}%)的?[,，]?"
                            rf"{re.escape(PROP_TOKEN)})(?=[。；;]?$)")


#: "扣0.5分/人" / "扣0.3分/人次" (r10): N points per unit, the unit after — at a clause end only, no 每 before it
_DEDUCTION_PER_UNIT_AFTER_RE = re.compile(
    rf"(?<![每\d])扣(?P<n>{NUM})分/(?P<u>{COUNT})(?P<end>[,，;；。]|$)")


#: "缺勤满2次及以上的,每人扣0.2分": times (or days) of a person, then a deduction per person — the times define who counts
_WHO_COUNTS_RE = re.compile(r"(?P<q>(?:满|超过|达到|达)?[1-9]\d?(?:次|天|日|个月|小时|学时|课时)(?:及|或)?以上)(?:的)?[,，]?"
                            r"(?=每(?:人次|人|名)扣)")

#: "迟报(2天以上)—0.5分/次" (fresh36 AW7-5, r33): how late (long) an event must be to count, in brackets after it, then a
#: deduction per time — a duration defines which times count (never a number of times: "超过2次的,每次扣1分" is a start)
_WHICH_TIMES_COUNT_RE = re.compile(r"\((?P<q>(?:满|超过|达到|达)?[1-9]\d?(?:天|日|个工作日|个月|小时)(?:及|或)?以上)\)"
                                   r"(?=每次扣)")


#: points per unit with no verb, the unit after: "不按规定开关灯 1分/处/次", "…或路灯成片不亮的 5分/次" (fresh48 BI8-3,
#: BI8-4, r33) — "扣1分/处" with 扣 left out (as "—1分/处" is with a minus, fresh36 AW7); a second unit ("/处/次": per
#: place and per time) counts places × times. Read so only after a failing (_bare_per_unit) and never after a verb of its
#: own ("得2分/次" is perunit's award, "扣1分/处" the rewrite below)
_BARE_PER_UNIT_RE = re.compile(
    rf"(?<=[\u4e00-\u9fff),，;；])(?<![得计记给赋加奖扣减罚每])(?P<n>{NUM})分/(?P<u>{COUNT})(?:/(?P<u2>{COUNT}))?(?=[,，;；。]|$)")

#: a failing named before per-unit points (lexicon.FAILURE_WORD)
_FAILURE_WORD_RE = re.compile(FAILURE_WORD)

#: the note for a per-unit notation read as a deduction
BARE_PER_UNIT_NOTE = "原文“N分/{u}”写在未做到的情形后：按每{u}扣N分读（业绩值填{what}）"

#: a step closed by "计算" / "类推计算" ("每少一项扣1分计算", "每少10%扣0.5分类推计算", fresh49 BJ3-3…BJ3-6, r33): the
#: step is the whole rule — "(依此)类推" only says it repeats; read only in a clause that gives its step (每…扣N分), never
#: "依次类推" after levels ("90%得9分,80%得8分,依次类推" stays refused)
_STEP_CLOSED_RE = re.compile(rf"(?P<step>每[^,，;；。]{{0,30}}?扣{NUM}分)(?:(?:依此|以此|依次)?类推)?计算(?=[,，;；。)]|$)")

#: a band that deducts nothing before a step off it: "上浮15%以内不扣分,此后每增加1%,扣1分" (fresh48 BI1-6, r33) — within
#: the band the row keeps its 分值 (得满分), the step counts from the band's end (此后 = beyond it)
#: "(份量短缺达到…总量5%以上,有一次扣5分,以此类推,15分扣完为止)" (fresh74 CI1-5, r62): one time's deduction, then "so on"
#: — the same deduction each time; a bound just before says which times count ("…5%以上的每次扣5分", read as before)
_ONE_TIME_ONWARD_RE = re.compile(rf"(?P<bound>(?:以上|以下|以内)(?:\(含\))?)?[,，](?:有|发现|出现|发生)?1(?P<w>次|起|例|处)(?:的)?[,，]?"
                                 rf"(?P<d>{DEDUCT}{NUM}分)[,，](?:以此|依此|依次)类推(?=[,，;；。)]|$)")
ONE_TIME_ONWARD_NOTE = "原文“有一次扣N分，以此类推”：按每次扣N分读"


def _each_time(m: re.Match[str]) -> str:
    """The replacement of :data:`_ONE_TIME_ONWARD_RE`: "每次扣N分" (after "…的" when a bound names the times counted).

    >>> _ONE_TIME_ONWARD_RE.sub(_each_time, "短缺达到总量5%以上,有1次扣5分,以此类推)")
    '短缺达到总量5%以上的每次扣5分)'
    >>> _ONE_TIME_ONWARD_RE.sub(_each_time, "送货不及时,发现1次扣2分,依此类推。")
    '送货不及时,每次扣2分。'
    """
    return f"{m['bound']}的每{m['w']}{m['d']}" if m["bound"] else f",每{m['w']}{m['d']}"


#: the deductions at counts 1, 2 (, 3 …) in a row, then "以此类推": "迟到一次扣1分,两次扣2分,以此类推" (r86's LOSS row, r88) —
#: counted from the first time (never 第N次: the Nth time's own price), one thing (the later counts name it again or nothing)
_COUNTED_SERIES_RE = re.compile(
    rf"(?P<pre>^|[,，;；。])(?P<what>[^,，;；。\d第每]{{0,12}}?)(?<![第每])1次(?:的)?[,，]?扣(?P<a>{NUM})分"
    rf"(?P<rest>(?:[,，;；][^,，;；。\d第每]{{0,12}}?(?<![第每])[2-9]次(?:的)?[,，]?扣{NUM}分)+)"
    r"[,，;；](?:以此|依此|依次)类推(?=[,，;；。)]|$)")
_COUNTED_STEP_RE = re.compile(rf"[,，;；](?P<what>[^,，;；。\d]*?)(?P<k>[2-9])次(?:的)?[,，]?扣(?P<p>{NUM})分")
COUNTED_SERIES_NOTE = "逐次扣分：原文“{}”所写各次数的扣分正好是次数×{}分，按每次扣{}分读"


def _counted_series(m: re.Match[str]) -> str:
    """The replacement of :data:`_COUNTED_SERIES_RE`: "每次扣N分" when every printed count k deducts exactly k × N (the
    series continues one way only); else the text as printed (refused: "1次扣1分,2次扣3分,以此类推" — by what rule?).

    >>> _COUNTED_SERIES_RE.sub(_counted_series, "迟到1次扣1分,2次扣2分,以此类推")
    '迟到每次扣1分'
    >>> _COUNTED_SERIES_RE.sub(_counted_series, "缺勤1次扣2分,缺勤2次扣4分,缺勤3次扣6分,依此类推")
    '缺勤每次扣2分'
    >>> _COUNTED_SERIES_RE.sub(_counted_series, "迟到1次扣1分,2次扣3分,以此类推")  # 1, 3, … : +2 each or doubling?
    '迟到1次扣1分,2次扣3分,以此类推'
    >>> _COUNTED_SERIES_RE.sub(_counted_series, "迟到1次扣1分,早退2次扣2分,以此类推")  # two things counted
    '迟到1次扣1分,早退2次扣2分,以此类推'
    """
    a = Decimal(m["a"])
    steps = list(_COUNTED_STEP_RE.finditer(m["rest"]))
    if a <= 0 or [int(s["k"]) for s in steps] != list(range(2, len(steps) + 2)) \
            or any(Decimal(s["p"]) != a * int(s["k"]) or s["what"] not in ("", m["what"]) for s in steps):
        return m.group(0)
    return f"{m['pre']}{m['what']}每次扣{m['a']}分"


#: "做到以下3点,每点得2分" (r85's leftover, r88): 以下 before a count and 点/项/条, then 每 the same word — "the following K",
#: never "K or fewer" (that is "3点以下"); read as perunit's "共K项,每项N分" (which checks K × N = the 分值, else refuses)
_FOLLOWING_COUNT_RE = re.compile(
    rf"(?:做到|落实|达到|满足|符合|完成|具备)?(?<![\d.])以下(?P<k>[1-9]\d?)(?P<mu>[点项条])(?:要求|内容|工作|标准|措施)?(?:的)?[,，:：]?(?=每(?P=mu)(?:得|计|记|给)?{NUM}分)")
FOLLOWING_COUNT_NOTE = "“以下{k}{mu}”读作下面所列的{k}{mu}（不是“{k}{mu}以下”），业绩值为做到的{mu}数"


def _following_count(t: str, notes: list[str]) -> str:
    """:data:`_FOLLOWING_COUNT_RE` rewritten as "共K项,每项", the note added.

    >>> _following_count("做到以下3点,每点得2分", [])
    '共3项,每项得2分'
    >>> _following_count("完成3点以下,每点得2分", [])  # 3 or fewer
    '完成3点以下,每点得2分'
    >>> _following_count("做到以下3点,每项得2分", [])  # another word counted
    '做到以下3点,每项得2分'
    """
    m = _FOLLOWING_COUNT_RE.search(t)
    if m is None:
        return t
    notes.append(FOLLOWING_COUNT_NOTE.format(k=m["k"], mu=m["mu"]))
    rest = t[m.end():].replace("每" + m["mu"], "每项", 1)
    return f"{t[: m.start()]}共{m['k']}项,{rest}"


#: who loses the points, between 扣 and the points: "每次扣村支书、主任和相关人员扣1分" (fresh77 CK3-5, r73), "每次扣该单位1分"
#: — persons or a unit, joined by 、/和/及/与; never a number or a clause break inside
#: the persons or units who may lose points (the end of a "who" between 扣 and the points)
WHO_NOUN = r"(?:人员|成员|负责人|责任人|当事人|干部|领导|主任|书记|支书|单位|部门|科室|个人|本人|集体)"
_WHO_LOSES_RE = re.compile(
    rf"扣(?P<who>(?:该|本|相关|责任|所在)?[\u4e00-\u9fff、]{{0,16}}?{WHO_NOUN})(?=扣?{NUM}分)"
    rf"(?![^,，;；。]*?[、和及与][\u4e00-\u9fff]{{0,8}}{NUM}分)"
    # another person or unit with points of its own later (r76: "每次扣主要负责人1分,分管负责人0.5分" read 0.5 − 1 per
    # time on 10 — the second person's 0.5 taken for the score with nothing found): two payers, stays as printed
    rf"(?![^。]*?{WHO_NOUN}[^,，;；。]{{0,4}}?{NUM}分)")


_NO_DEDUCTION_BAND_RE = re.compile(
    rf"(?P<band>{NUM}(?:%|个百分点)?(?:以内|之内|以下|及以下))(?:的)?[,，]?不扣分(?P<sep>[,，;；])(?:此后|之后|以后|超过部分|超出部分)?[,，]?"
    rf"(?=每[^,，;；。]{{0,12}}?(?:增加|增|上升|提高|超过|超出|多){NUM}(?:%|个百分点)[,，]?扣{NUM}分)")


#: a case named as deducted, with no amount, right before the step that gives it: "项目公司原因造成扣分,对应施工计划每
#: 延期一次,扣2分" (fresh48 BI1-3, r33) — the case says which events the step counts; never a way of deducting (按/依/根据
#: 比例 …, a formula), a discretion (酌情/视情) or no deduction (不扣分/免予扣分); the step counts events or days (每延期一次,
#: 每延期1天), never a share of a target ("没有完成的扣分,每低于目标值2%扣1分", fresh46 BG7-1, stays refused)
_DEDUCTED_CASE_RE = re.compile(
    rf"(?:(?<=^)|(?<=[,，;；。]))(?P<case>[^,，;；。\d]{{2,24}}?)(?:的|者)?(?<![不免无予])扣分[,，:：]"
    rf"(?=[^。%]{{0,30}}?每[^,，;；。\d%]{{0,12}}?\d{{0,3}}(?:{COUNT}|天|日|个月|小时)[^,，;；。%]{{0,12}}?扣{NUM}分)")
_NOT_A_CASE_RE = re.compile(r"按|依|根据|比例|酌情|视|否则|加")


def _bare_per_unit(m: re.Match[str]) -> str:
    """"…不亮的5分/次" → "…不亮的扣5分/次" when a failing stands before the points (since the last points or the start)
    and the clause says no 每 of its own; the second unit of "1分/处/次" goes (the count is places × times)."""
    before = m.string[: m.start()]
    last_points = max(before.rfind("分"), -1)
    clause_start = max(before.rfind(ch) for ch in ",，;；。")
    if not _FAILURE_WORD_RE.search(before[last_points + 1:]) or "每" in before[clause_start + 1:]:
        return m.group(0)
    return f"扣{m['n']}分/{m['u']}"


def _per_unit_first(m: re.Match[str]) -> str:
    """"扣0.5分/人" → "每人扣0.5分", unless the clause already says per what (每…): then left as printed."""
    clause_start = max(m.string.rfind(ch, 0, m.start()) for ch in ",，;；。")
    if "每" in m.string[clause_start + 1: m.start()]:
        return m.group(0)
    return f"每{m['u']}扣{m['n']}分{m['end']}"


#: levels joined by "、", each a bare level word with its points: "…,优30分、良20分、达标10分、不达标0分" (fresh74 CI6-1, r62)
#: — the first level opens a clause; "甲2分、乙2分" (items, not level words) stays one clause (refused as items)
_JOINED_LEVELS_RE = re.compile(rf"(?:(?<=^)|(?<=[,，;；。:：]))(?:{LEVEL_WORD})(?:{NUM}分|不得分)"
                               rf"(?:、(?:{LEVEL_WORD})(?:{NUM}分|不得分))+(?=[,，;；。]|$)")


def _part_joined_levels(t: str) -> str:
    """Levels joined by "、" parted as clauses (:data:`_JOINED_LEVELS_RE`).

    >>> _part_joined_levels("以检查表为依据,优30分、良20分、达标10分、不达标0分。")
    '以检查表为依据,优30分；良20分；达标10分；不达标0分。'
    >>> _part_joined_levels("台账2分、制度2分")
    '台账2分、制度2分'
    >>> _part_joined_levels("按季度考核,优10分、良6分、差0分,全年累计")  # grades added up or averaged: no one level (r65)
    '按季度考核,优10分、良6分、差0分,全年累计'
    """
    if _ADDED_GRADES_RE.search(t):
        return t
    return _JOINED_LEVELS_RE.sub(lambda m: m.group(0).replace("、", "；"), t)


#: grades that are added up or averaged over several checks ("…,全年累计", "(每季度评定一次,取平均)"): the score is no
#: one level picked (r65)
_ADDED_GRADES_RE = re.compile(f"{ADDED_UP}|{PER_PERIOD}|每项|每次")  # (r69: "…,全年汇总", "年终求和", "各季度得分之和")


#: the row's own item number printed before its items numbered ①②…: "2、①…", "（一）①…", "二、①…" (r70, r69's rewrites
#: of fresh73 CH6-2) — the outer number says which row, the items are numbered inside it
_OUTER_NUMBER_RE = re.compile(r"^\s*(?:\d{1,2}[、.．]|\(\s*[一二三四五六七八九十\d]{1,3}\s*\)|[一二三四五六七八九十]{1,3}、)\s*(?=①)")


def _normalise(text: str) -> tuple[str, list[str], set[str]]:
    t = _OUTER_NUMBER_RE.sub("", _part_joined_levels(_normalise_chars(text)))
    notes: list[str] = []
    flags: set[str] = set()
    # ("扣满7分为止" on a 10-point row, fresh17 AD1-3, r1: the same cap; 扣满 the 分值 stops nowhere before 0;
    # "扣满6分止" without 为, fresh31 AR11-1, r18: the same words)
    # ("每次扣5分,10分扣完為止", fresh48 BI2-2, r33: the points before 扣完 are the same cap)
    cap = re.search(rf"[,，]?(?:(?:最多|最高){DEDUCT}({NUM})分(?:为止)?|扣(?:满|完)({NUM})分为?止|({NUM})分扣(?:满|完)为?止)", t)
    if cap is not None:  # "最多扣3分": the deduction stops at 3 points (see bands._apply_cap)
        most = next(g for g in cap.groups() if g)
        flags.add(f"cap:{most}")
        notes.append(f"扣分上限：最多扣{most}分")
        t = t[: cap.start()] + t[cap.end():]
    rn = _ROUND_NOTE_RE.search(t)
    if rn is not None:  # "(计分取小数点后两位,四舍五入)" (fresh20 AG2-1, r8)
        places = rn["a"] or rn["b"]
        notes.append(ROUND_NOTE.format(_CN_DIGIT.get(places, places)))
        t = t[: rn.start()] + t[rn.end():]
    rm = _WITHIN_COUNT_RE.search(t)
    if rm is not None:  # "查处非法捕捞案件10例以上（含简易案件）" (fresh19 AF2-4, r8): what is counted, no number in it
        notes.append(described(rm['what'], "计数范围"))
        t = t[: rm.start()] + t[rm.end():]
    dm = RATE_DEFINED_RE.search(t)
    if dm is not None:  # "住院医师满意度(授课评价≥20分的比例)≥90%" (fresh73 CH1-7, r67): what the rate counts
        notes.append(described(dm["what"], "比率口径"))
        t = t[: dm.start()] + t[dm.end():]
    for pat, note, flag in _NOTE_PATTERNS:
        def take(m: re.Match[str], note: str = note, flag: str = flag) -> str:
            if note not in notes:
                notes.append(note)
            if flag:
                flags.add(flag)
            if flag == "ceil" and m.group(1):
                flags.add("same")
                same = "“下同”：本条的取整说明沿用到下面各行"
                if same not in notes:
                    notes.append(same)
            return ""
        t = re.sub(pat, take, t)
    t = money_sanctions(t, notes)  # "…,扣1分,扣出勤奖金10元" (fresh79 CM3-1, r78): money, named in a note
    t = honour_sanctions(t, notes)  # "…,累计3次及以上取消评优资格" / "扣1分(扣款50元)" (r88): no score, named in a note
    dm = _DOUBLED_RE.match(t)
    if dm is not None and len(re.findall(r"扣|减|得|分", dm["first"])) == 2:
        # "发生失、泄密情况的，扣0.5分，被上级通报的，加倍扣分" (fresh79 CM7-1, r77): one more failing at twice the one
        # fixed deduction before it (never after a per-time step — "每发现一次扣0.25分,被上级检查发现的,加倍扣分",
        # CM7-3: the same count priced by who finds it — nor beside a second amount)
        twice = fmt_decimal(Decimal(dm["n"]) * 2)
        notes.append(f"“{dm['who']}的，{dm['word']}”按前一情形扣分（{dm['n']}分）的两倍读：扣{twice}分")
        t = f"{dm['first']}{dm['sep']}{dm['who']}的扣{twice}分{t[dm.end():]}"
    pm = _PERIOD_NOTE_RE.search(t)
    if pm is not None:  # "否则不得分(考核时段为上年10月至当年9月)" (fresh19 AF1-2, r5): when, not how, it is scored
        notes.append(described(pm['what'], "考核时段"))
        t = t[: pm.start()] + t[pm.end():]
    em = _EXCEPT_RE.search(t)
    if em is not None and re.search(r"每|\d(?:天|日|次)扣", t[: em.start()]):  # "缺勤每天扣2分(因公外出除外)" (r78)
        notes.append(f"不计入扣分（业绩值不计这些）：{em['what']}")
        t = t[: em.start()] + t[em.end():]
    xm = _NOT_COUNTED_RE.search(t)
    if xm is not None:  # "…每增加1天扣1分，因故停减产程序符合要求的天数不扣分" (fresh17 AD12-1, r1)
        notes.append(f"不计入扣分（业绩值不计这些）：{xm['what']}")
        t = t[: xm.start()] + t[xm.end():]
    pm = _PERIOD_COUNT_RE.search(t)
    if pm is not None:  # "每季度不少于1次,少1次扣1分" (fresh18 AE8-3, r1): the count over the year
        k = _PERIODS_PER_YEAR[pm["per"]] * int(pm["n"])
        notes.append(f"歧义：“{pm.group(0)}”按全年考核读作全年不少于{k}次（业绩值填全年次数）；"
                     "考核期不是一年时请改写")
        t = f"{t[: pm.start()]}全年{k}次以上得满分{t[pm.end():]}"
    if _MINUS_POINTS_RE.search(_CHAR_MINUS_RE.sub("-", text)):  # (read as 扣 in _normalise_chars)
        notes.append(MINUS_POINTS_NOTE)
    if _DEDUCT_NO_FEN_RE.search(text):  # (read as 扣N分 in _normalise_chars)
        notes.append(NO_FEN_NOTE)
    sm = _STATED_START_RE.search(t)
    if sm is not None:  # "100%起,每降低5%扣5分" (fresh34 AU11-2, lead s23)
        notes.append(STATED_START_NOTE.format(sm["n"], sm["n"]))
        t = f"{t[: sm.start()]}达到{sm['n']}%得满分，{t[sm.end():]}"
    rm = _CEIL_STEP_RE.search(t)
    if rm is not None:  # "每低5%(不足5%按5%计)扣1分" / "每缺1天（不足1天按1天计）扣1分" (fresh18 AE10, r1)
        pct = rm["u"] in ("%", "个百分点")
        flags.add(f"ceilstep:{rm['n']}{'%' if pct else ''}")
        notes.append(f"不满{rm['n']}{'个百分点' if pct else rm['u']}按{rm['n']}{'个百分点' if pct else rm['u']}算（每档向上取整）")
        t = t[: rm.start()] + t[rm.end():]
    t = take_partial_steps(t, flags, notes)  # "不足3名的不扣分" / "只算整档" / "不足3名按比例扣分" (partsteps.py, r52)
    if cap is not None or "扣完为止（最低0分）" in notes:
        # "单起受害面积30亩以上的扣10分,扣完为止" (fresh6 R6-1): with 扣完为止 / 最多扣N分 the deduction
        # repeats, once per single event (单起/单宗) of that kind — the same as 每起
        t = re.sub(r"(?:(?<=^)|(?<=[,，;；。]))单(?=起|宗)", "每", t)
    # "扣权重分的1%" / "扣除权重分的1/4" (S25) → "扣1%权重分" / "扣除25%权重分"
    t = re.sub(rf"权重分的({NUM})%", r"\1%权重分", t)
    t = re.sub(r"权重分的([1-9])/([1-9]|10|20|25|50|100)(?!\d)",
               lambda m: (f"{fmt_decimal(Decimal(m[1]) / Decimal(m[2]) * 100)}%权重分"
                          if (Decimal(m[1]) / Decimal(m[2]) * 100) == (Decimal(m[1]) / Decimal(m[2]) * 100)
                          .to_integral_value() else m[0]), t)
    t = _PRODUCT_WORDS_RE.sub(r"得分=\g<r>×\g<n>", t)
    am = _ALL_DONE_SHARE_RE.search(t)
    if am is not None:
        notes.append(f"“{am['all']}”即完成比例100%；未完成按{am['what']}完成比例计分：得分 = 分值 × 完成比例"
                     "（业绩值填完成比例）")
        t = f"{t[: am.start()]}完成达到100%{am['mid']}否则按完成率计分{t[am.end():]}"
    if re.search(r"按(?:相应)?比例(?:得分|计分|记分|扣分|折算|换算)?(?:[，,。；;)]|$)", t):
        flags.add("bare_prop")
    for pat in _WX_PHRASES:
        t = re.sub(pat, WX_TOKEN, t)
    for pat in _PROP_PHRASES:
        t = re.sub(pat, PROP_TOKEN, t)
    bm = _BASIC_DONE_RE.search(t)
    if bm is not None:  # "基本完成分为1分。增幅低于26%的,按目标完成比例计分" (fresh20 AG2-1, r8)
        notes.append(f"“基本完成分为{bm['n']}分”：达到{bm['t']}（完成）得{bm['n']}分")
        t = f"{t[: bm.start()]}{bm['t']}以上得{bm['n']}分;{bm['rest']}{t[bm.end():]}"
    # per-unit notations (r33): "…不亮的5分/次" (扣 left out after a failing), "(少1个班扣0.5)" (分 left out),
    # "每少一项扣1分计算" (a step closed by 计算), "15%以内不扣分,此后每增加1%扣1分" (a band keeping the 分值, then steps)
    bare = _BARE_PER_UNIT_RE.search(t)
    if bare is not None and (t2 := _BARE_PER_UNIT_RE.sub(_bare_per_unit, t)) != t:
        notes.append(BARE_PER_UNIT_NOTE.format(u=bare["u"], what=f"{bare['u']}{bare['u2'] or ''}数"))
        t = t2
    t = _STEP_CLOSED_RE.sub(r"\g<step>", t)
    t2 = _ONE_TIME_ONWARD_RE.sub(_each_time, t)
    if t2 != t:  # "…5%以上,有一次扣5分,以此类推" (fresh74 CI1-5, r62)
        notes.append(ONE_TIME_ONWARD_NOTE)
        t = t2
    t = _following_count(t, notes)  # "做到以下3点,每点得2分" (r88)
    cm = _COUNTED_SERIES_RE.search(t)
    if cm is not None and (each := _counted_series(cm)) != cm.group(0):  # "迟到一次扣1分,两次扣2分,以此类推" (r88)
        notes.append(COUNTED_SERIES_NOTE.format(cm.group(0).lstrip(",，;；。"), cm["a"], cm["a"]))
        t = t[: cm.start()] + each + t[cm.end():]
    t = _NO_DEDUCTION_BAND_RE.sub(r"\g<band>得满分\g<sep>", t)
    wm = _WHO_LOSES_RE.search(t)
    if wm is not None and not _WHO_LOSES_RE.search(t, wm.end()):
        # "每次扣村支书、主任和相关人员扣1分" (fresh77 CK3-5, r73) / "每次扣该单位1分": who loses the points, between 扣
        # and the points — the row is scored for the one assessed (two such — "扣单位1分、扣责任人2分" — stay as printed)
        notes.append(f"原文“扣{wm['who']}…”：写的是由谁承担，按被考核的一方的次数读")
        t = t[: wm.start()] + "扣" + t[wm.end("who"):].removeprefix("扣")
    dc = _DEDUCTED_CASE_RE.search(t)
    if dc is not None and not _NOT_A_CASE_RE.search(dc["case"]):
        notes.append(f"扣分情形（只界定计数对象，不另扣分）：{dc['case']}")
        t = t[: dc.start()] + t[dc.end():]
    # "未按时提交材料的,扣0.5分/人" (r10, fresh23 AJ7-3) → "…每人扣0.5分": the unit after the points is the same
    # per-unit deduction written the other way round (only a deduction; "得2分/次" is perunit's award)
    t = _DEDUCTION_PER_UNIT_AFTER_RE.sub(_per_unit_first, t)
    # "缺勤满2次及以上的,每人扣0.2分" (fresh23 AJ7-3, r10): the count of times only says which persons are counted
    qm = _WHO_COUNTS_RE.search(t)
    if qm is not None:
        notes.append(described("业绩值填这样的人数", f"“{qm['q']}”界定计入的人"))
        t = t[: qm.start()] + t[qm.end():]
    qm = _WHICH_TIMES_COUNT_RE.search(t)
    if qm is not None:
        notes.append(described("业绩值填这样的次数", f"“{qm['q']}”界定计入的次数"))
        t = t[: qm.start()] + t[qm.end():]
    # "…5分钟以上(含)15分钟以下延误事件的,每起减5分" (fresh50 BK12-1, r38): a comma between a number that names what is
    # counted and its per-count deduction is punctuation only → "…延误事件的每起扣5分" (only a bound then the events'
    # noun: "缺勤满2次及以上的,每次扣0.2分" — whose count? — stays refused, test_r10; "窗口
    # 卫生不整洁,办公用品摆放不整齐的,每人次扣0.5分" keeps its clauses, each a counted failing)
    t = re.sub(rf"(?:(?<=^)|(?<=[,，;；。]))(?P<c>[^,，;；。]*?\d[^,，;；。]*?(?:以上|以下|以内|之间)(?:\(含\))?[\u4e00-\u9fff]{{2,12}}的)"
               rf"[,，](?=每(?:1|一)?{COUNT}{DEDUCT}{NUM}分)",
               r"\g<c>", t)
    # "每减少5%, 扣1分" → one fragment
    t = re.sub(r"(每[^，,。；;]{0,30}?)[，,]((?:扣|减))", r"\1\2", t)
    # "故障率3%~6%，扣1分" (fresh17 AD14-3, r2): a range and its deduction → one fragment, as "5%以内扣1分"
    # (any unit, and one-sided bands: "产值600~800万元,扣2分;产值200万元以下,扣15分", fresh48 BI6-2, r32)
    t = _BAND_COMMA_DEDUCTION_RE.sub(r"\1", t)
    # "发现1处不符合质量要求的,扣0.5分" (S23-1) → one fragment, as "每…，扣"
    # ("凡是发生1起违法违规…的行为(…),扣0.5分,扣满10分为止", fresh17 AD1-2, r1: 发生1起 likewise)
    t = re.sub(rf"((?:发现|出现|存在|查实|查出|发生)1{COUNT}[^，,。；;\d]{{0,30}}?)[，,]((?:扣|减))",
               r"\1\2", t)
    # "缺1个科室，扣1分" / "有1项未落实，扣1分" (fresh4 P10, i11e): a count without 每, at a clause start
    t = re.sub(rf"((?:(?<=^)|(?<=[，,；;。]))(?:有|缺|少|缺少)1{COUNT}[^，,。；;\d]{{0,30}}?)[，,](扣)",
               r"\1\2", t)
    t = re.sub(r"\(\)", "", t)
    t = re.sub(r"\((〔(?:PROP|WX)〕)\)", r"\1", t)
    # "…比重计算得分(3分)": the row's 分值 after the formula (the points guard checks it is the 分值)
    t = re.sub(rf"(〔(?:PROP|WX)〕)\({NUM}分\)", r"\1", t)
    # "…30%以上的(10分)(不到30%〔PROP〕)" (fresh24 AK10-3, r38): a bracket after the points holding the band below
    # the threshold with its own outcome is a clause of its own → "…30%以上的(10分),不到30%〔PROP〕"
    t = re.sub(rf"(?<=分\))\(((?:不到|不足|低于|少于|未达到|达不到){NUM}%[^()]{{0,6}}?〔PROP〕)\)", r",\1", t)
    t = re.sub(rf"(?<=[\u4e00-\u9fff])\(({NUM}分)\)", r"\1", t)  # "设有目标(1分)" → an item worth 1
    # "明确牵头部门(或岗位)(1分)" (fresh5 Q7-1): the same after bracketed words without numbers
    # → "明确牵头部门或岗位1分"
    # (not "(含)": "品牌创立时间在30-40年(含)(3分)" (fresh53 BN13-1, r38) is a band's closed end, kept for the band)
    t = re.sub(rf"(?<=[\u4e00-\u9fff])\((?!不?含\))([^()\d分]{{1,10}})\)\(({NUM}分)\)", r"\1\2", t)
    # "执行率≥90%(5分);80%-90%(3分)" → "≥90%,5分": the points of a band in brackets after its condition
    t = re.sub(rf"(?<=[%\d])\(({NUM}分)\)", r",\1", t)
    # … after the band's closed end: "30-40年(含)(3分)" → "30-40年(含),3分" (fresh53 BN13-1, r38)
    t = re.sub(rf"(?<=\(含\))\(({NUM}分)\)", r",\1", t)
    if re.search(rf"完成(?:率|数量|(?:年度)?[^,，;；。\d未不]{{0,4}}?计划数量)?(?:达到)?{NUM}%", t):
        # "全部完成的，得5分；完成80%(含)以上的，得3分": beside bands on the completed share, 全部完成 is 100%
        # ("完成任务得满分,完成80%以上得2分、60%以上得1分" (fresh12 Y9-2): 完成任务 likewise; "完成年度编制计划,
        # 得分为80分;…完成年度编制计划数量60%-80%(含60%)…" (fresh17 AD7-1): 完成…计划 likewise, r2)
        t = re.sub(r"(?:(?<=^)|(?<=[,，;；。]))(?:(?:全部|全面|全额)完成|完成(?:全部|年度)?(?:任务|目标任务)|"
                   r"完成(?:全部|年度)?[^,，;；。\d未不]{0,4}?计划)"
                   r"(?=的?[,，]?(?:得|不得分))", "完成达到100%", t)
    # "≥规定数的85%，＜90%，得1分" (fresh5 Q9-2): a lower and an upper bound in two clauses before one
    # outcome are one range → "85%≤值<90%" (the double inequality the conditions read)
    t = re.sub(rf"(?:(?<=^)|(?<=[,，;；。]))(?P<s>[^,，;；。\d]{{0,12}}?)(?P<lo>≥|>)(?P<a>(?:规定数的?)?{NUM}%?)[,，]"
               rf"(?P<hi><|≤)(?P<b>(?:规定数的?)?{NUM}%?)(?=[,，]?(?:得|不得分))",
               lambda m: f"{m['s']}{m['a']}{'≤' if m['lo'] == '≥' else '<'}值{m['hi']}{m['b']}", t)
    vm = re.search(rf"(下降|增长|提高|减少|降低)(?:率|幅度)?(?:≥|达到|不低于){NUM}%", t)
    if vm is not None:
        # "成本下降≥5%得满分，每少1%扣2分，未下降不得分" (fresh18 AE9-6, r2): the value is the fall, and
        # "未下降" beside it is a fall of 0% or less (the same verb only)
        t = re.sub(rf"(?:(?<=^)|(?<=[,，;；。]))未{vm[1]}(?=的?[,，]?不得分)", f"{vm[1]}≤0%", t)
    if len(re.findall(rf"规定数的?{NUM}%", t)) >= 2:
        # "门急诊量≥规定数的80%，得2分；…；＜规定数60%，不得分" (fresh15 AB7-6, fresh5 Q9-2): the value is the
        # share of the 规定数, and "达到要求/符合要求" beside those bands is reaching it — 100% (r2)
        t = re.sub(rf"规定数的?(?={NUM}%)", "", t)
        # (r74/r78: a bare count typed there — "45" of a 规定数 50 — is taken as 45 %: the reading says what to type)
        notes.append(SHARE_OF_REQUIRED_NOTE)
        t = re.sub(r"(?:(?<=^)|(?<=[,，;；。]))[^,，;；。\d未不没无但]{0,12}?(?:达到|符合)要求(?=的?[,，]?(?:得|不得分))",
                   "达到100%", t)
    return t, notes, flags


def _split(text: str) -> list[str]:
    parts = re.split(r"[。；;，,\n]+", text)
    return [p for p in (x.strip() for x in parts) if p]
