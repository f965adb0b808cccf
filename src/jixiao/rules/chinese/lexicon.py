"""The reader's word classes, written from the language rather than grown from the corpus (r12): the Chinese
count classifiers (个体量词 and the compound 复合量词 of counted events), the verbs of a deduction and of an
award, and the words meaning "otherwise". Every recogniser that needs one of these classes builds its pattern
from here, so a table using a member the corpus never showed ("每出现1名不合格者扣1分", "有1位吸烟成员扣1分")
reads as its sibling with 个 does.

Units with a scale or a category of their own (%, 个百分点, 万元, 天, 个月, 公斤 …) are not here: they stay in
``_base`` with their scale. A count word is category "count" and never scaled.

Several classifiers are also the first character of a word that is no count after a number or after 每 (名次 and
位次 are ranks, 1次性 is "once for all", 个月 a time, 台账 a ledger, 每处理 / 每种植 / 每节约 verbs): each such member
carries a look-ahead that keeps the word out. A noun after the classifier is what is counted ("1个项目", "3所学校").

>>> import re
>>> [m[0] for m in re.finditer(rf"\\d{COUNT}", "3名 2位 5人次 1个项目 2名次 4台账 1次性 6名单 9个月 前3名 第1位")]
['3名', '2位', '5人次', '1个']
>>> bool(re.fullmatch(DEDUCT, "扣除")), bool(re.fullmatch(DEDUCT, "减少"))
(True, False)
"""

from __future__ import annotations

import re

#: compound classifiers of counted events (人次 = persons × times): matched before their first character
_COMPOUND = ("人次", "户次", "车次", "场次", "批次", "架次", "班次", "台次", "件次", "例次", "家次", "艘次", "起次")

#: individual classifiers used with a count of people, things, events, documents and places, each with the
#: words it must not start (a noun or verb that begins with the same character)
_SINGLE: dict[str, str] = {
    "个": "百分|月|工作日",  # 个百分点 / 个月 / 个工作日 keep their own units
    "名": "单|称|额|次",  # 名单 名称 名额; 名次 is a rank
    "位": "于|置|次|一体|数",  # 位于 位置; 位次 is a rank; 三位一体 an idiom (fresh23 AJ11-1); 两位数 a number of digits
    "人": "均",  # 每人均
    "项": "",
    "处": "理|置|罚",  # 每处理1件 … is a verb
    "例": "如",
    "家": "长",
    "次": "性",  # 1次性 is "once for all"
    "场": "",
    "期": "",
    "份": "额",
    "件": "",
    "户": "",
    "条": "件",
    "篇": "",
    "种": "植|养|类",  # 每种植1亩 … is a verb
    "类": "别|型",
    "所": "属|有|在",
    "座": "谈",
    "台": "账|帐",
    "辆": "",
    "艘": "",
    "架": "设",
    "批": "准|复",
    "起": "诉|码|步",
    "宗": "",
    "本": "",
    "册": "",
    "部": "",
    "套": "",
    "张": "贴",
    "块": "",
    "株": "",
    "棵": "",
    "头": "",
    "只": "有|要|能|是",
    "匹": "配",
    "间": "",
    "栋": "",
    "幢": "",
    "段": "",
    "道": "",
    "门": "",
    "支": "出|付|持",
    "队": "",
    "组": "织",
    "届": "",
    "轮": "流|换",
    "笔": "",
    "盏": "",
    "枚": "",
    "节": "约|能|省|点",  # 每节约1万元 … is a verb
    "堂": "",
    "层": "面|次|级",  # "每少一层管理扣3分" (fresh30 AQ2-1, r18); 层面 层次 层级 are other words
}

#: every count classifier, longest first (a regex alternative is tried in order)
COUNT_WORDS: tuple[str, ...] = (*_COMPOUND, *_SINGLE)


#: 名 and 位 after 前 / 第 / 后 and a number are a rank, never a count ("排名前3名得5分", "第1位")
_RANK_WORDS = ("名", "位")
_NOT_A_RANK = "".join(rf"(?<!{w}\d)(?<!{w}\d\d)" for w in ("前", "第", "后"))


def _alternatives(words: tuple[str, ...]) -> str:
    parts = []
    for w in words:
        not_after = _SINGLE.get(w, "")
        rank = _NOT_A_RANK if w in _RANK_WORDS else ""
        parts.append(f"{rank}{w}(?!{not_after})" if not_after else f"{rank}{w}")
    return "|".join(parts)


#: a count word (no group): "名", "位", "人次" …, never the start of 名单 / 名次 / 位于 / 次性 / 台账 …
COUNT = rf"(?:{_alternatives(COUNT_WORDS)})"

#: classifiers a Chinese numeral becomes a digit before ("每出现一名" → "每出现1名"): the count words without
#: those whose numeral + word is mostly another word — 一起 (together), 一条 (a level name "满足一条", read by the
#: finding verbs before it), 一期 / 二期 (a project phase), 一类 (a class of water or area), 一部 / 一段 / 一道 /
#: 一门 / 一头 / 一块 / 一本 / 一支 / 一队 / 一组 / 一节 / 一间 / 一轮 / 一届 / 一只 / 一种 (a / one kind of), 人手一册 (an
#: idiom, fresh21 AH4-1)
_NOT_AFTER_CN_NUMERAL = {"起", "条", "期", "类", "部", "段", "道", "门", "头", "块", "本", "支", "队", "组", "节", "间",
                         "轮", "届", "只", "种", "堂", "批", "架", "匹", "册"}
COUNT_AFTER_CN_NUMERAL = rf"(?:{_alternatives(tuple(w for w in COUNT_WORDS if w not in _NOT_AFTER_CN_NUMERAL))})"

#: the verbs of a deduction before its points ("扣除1-10分", "扣减0.5分", "扣罚2分", "减去1分", "减1分"), the
#: canonical one first; 减少 / 减半 are not among them (a fall of the value, a half)
DEDUCT_VERBS = ("扣", "扣除", "扣减", "扣罚", "减去", "减")
#: (减 alone not before 少 / 半 / 免)
DEDUCT = rf"(?:{'|'.join(v + ('(?![少半免])' if v == '减' else '') for v in sorted(DEDUCT_VERBS, key=len, reverse=True))})"

#: the verbs of an award before its points ("计3分", "记2分", "给予1分", "赋5分", "计入2分"): normalise turns them into 得
#: before a number of points (记/计 not in 合计 / 总计 / 累计 …: a total, not a score)
AWARD_VERBS = ("得", "计", "记", "给", "给予", "赋", "赋予", "计入", "记为", "计为", "可得", "得分为")
#: the verbs of a bonus ("每篇加0.1分", "每项奖1分"): they add to a score, so they are read as an award only where the row
#: is a sum of per-unit awards (perunit, peritem), never as 得 before a band's points
BONUS_VERBS = ("加", "奖", "奖励")
#: the one-character award or bonus verb right before the points of a per-unit award ("每次得0.5分", "每篇加0.1分")
AWARD_EACH = rf"(?:{'|'.join(v for v in (*AWARD_VERBS, *BONUS_VERBS) if len(v) == 1)})"
#: the one-character award verb of a score (no bonus): "…得2分" / "计2分"
AWARD = rf"(?:{'|'.join(v for v in AWARD_VERBS if len(v) == 1)})"

#: the words meaning "in every other case": 否则 and its synonyms; ``OTHERWISE`` matches the synonyms, which normalise
#: writes as 否则 (the word every recogniser reads)
OTHERWISE_WORDS = ("否则", "反之", "不然", "要不然", "其他情况", "其余情况", "其它情况", "其他情形", "其余")
OTHERWISE = rf"(?:{'|'.join(sorted(OTHERWISE_WORDS[1:], key=len, reverse=True))})"

#: the words of a bound a row must reach or stay within, before its number: at least ("不少于3次", "≥95%"), at most
#: ("不超过5%", "控制在2%"), and beyond it ("超过10天", "低于90%")
AT_LEAST_WORDS = ("≥", ">=", "至少", "不少于", "不低于", "不得少于", "不得低于", "不小于", "达到", "达")
AT_MOST_WORDS = ("≤", "<=", "不超过", "不高于", "不得超过", "不得高于", "不大于", "不多于", "控制在")
ABOVE_WORDS = ("超过", "超出", "高于", "大于", "多于")
BELOW_WORDS = ("低于", "少于", "小于", "不足")
BEYOND_WORDS = (*ABOVE_WORDS, *BELOW_WORDS)
AT_LEAST = rf"(?:{'|'.join(sorted(AT_LEAST_WORDS, key=len, reverse=True))})"
AT_MOST = rf"(?:{'|'.join(sorted(AT_MOST_WORDS, key=len, reverse=True))})"
BEYOND = rf"(?:{'|'.join(sorted(BEYOND_WORDS, key=len, reverse=True))})"

#: words that let several scored lines co-exist — items to add (under a cap or not), never one level picked from several
#: (r37): 累计 / 累加 / 分别 / 同时 …, and 最高 / 最多 only before points or a cap ("最高3分" caps, "当时世界最高科技水平"
#: grades)
TOGETHER = (r"累计|累加|叠加|分别|同时|兼得|可加|相加|合计|总计|上限|封顶|不超过|[加得]满为止|满分为止"
            r"|(?:最高|最多)(?:得|计|记|加|可得|不得?超过)?\s*(?:\d|分)")

#: the verbs of doing what a row requires, whose negation "未V…" names a failing and whose object is the thing required
#: ("未实施多杆合一建设" → 未实施; "未制定方案" → 方案): shortnames and deductionlist read the same list
ACTION_VERBS = ("实施", "举办", "设立", "设置", "成立", "开展", "建立", "制定", "制订", "落实", "公示", "公开", "公布", "召开",
                "组织", "组建", "配备", "配置", "签订", "上报", "报送", "提交", "出台", "印发", "建成", "安装", "执行", "编制",
                "聘请", "参加", "张贴", "悬挂", "实行", "推行", "健全")
ACTION_VERB = "|".join(ACTION_VERBS)

#: the words of a failure (r33: one class, read by failures and by normalise's points-per-unit notation): a breach
#: (违规 / 逾期 …), a thing in a failed state with no negation word ("损坏", "缺失", "失控", r11), and any failure — a
#: negation, a breach, a failed state or an accident that happened
BREACH = "违规|违反|逾期|超期"
FAILED_STATE = "损坏|破损|缺失|丢失|失控|失效|过期"
#: an event that is a failure when it happens: "发生安全事故", "信息报送出现差错" (r78: 出现…差错 was no failing word — "出现" was
#: taken for "per finding", fragments) — 发生/出现 then, within the clause, the mishap; never a count between them
#: ("出现3次差错", "出现多次失误": how many, read elsewhere or refused) nor a bare 问题 ("出现问题的扣1分": which problems?)
FAILED_EVENT = r"(?:发生|出现)(?:[^，,;；。\d次处起多]{0,12}?)(?:事故|事件|案件|差错|失误|错误|错漏|纰漏)"
FAILURE_WORD = rf"无|未|没有|没|不|缺|{BREACH}|{FAILED_STATE}|{FAILED_EVENT}"

#: the negation of a failing that its done form drops (没有 one word, before 没 alone: never a negation here)
_NOT_DONE_RE = re.compile(r"没有|未|不|无")
#: "fewer / lower than": a failing without a negation says it so ("每月少于两次督促")
_FEWER_RE = re.compile(r"少于|低于")


def said_as_done(failing: str, had: bool = False) -> str | None:
    """The failing said as what was done — the reader's one form of it (numericfailings names a masked failing's passing
    item so, shortnames a level's short passing name): its one negation dropped ("街道督办责任人每月未带队检查" →
    "街道督办责任人每月带队检查", "满意率达不到90%" → "满意率达到90%"); with no negation, its one "少于/低于" said
    "不少于/不低于"; ``None`` when neither is one. ``had``: a 没有/无 before what is had (not before an action verb) says 有
    ("无计划" → "有计划"; "没有开展活动" → "开展活动"), as a level's name does — without it the negation is only dropped.

    >>> said_as_done("街道督办责任人每月未带队检查"), said_as_done("每月少于两次督促"), said_as_done("未按时未报送")
    ('街道督办责任人每月带队检查', '每月不少于两次督促', None)
    >>> said_as_done("无计划"), said_as_done("无计划", had=True), said_as_done("没有开展活动", had=True)
    ('计划', '有计划', '开展活动')

    (Not the answer "a named level not met" of validation — ``jixiao.rules.target.NOT_MET_RE`` drops one leading
    不/未/没/无 character only: "没有计划" → "有计划" there, "计划" here; r36 checked — one helper would change what one
    of them accepts.)
    """
    negs = list(_NOT_DONE_RE.finditer(failing))
    if len(negs) == 1:
        neg, rest = negs[0], failing[negs[0].end():]
        has = "有" if had and neg[0] in ("没有", "无") and not re.match(ACTION_VERB, rest) else ""
        return failing[:neg.start()] + has + rest
    fewer = list(_FEWER_RE.finditer(failing))
    if not negs and len(fewer) == 1:
        return failing[:fewer[0].start()] + "不" + failing[fewer[0].start():]
    return None

_CN_DIGITS = "一二三四五六七八九十"
_BRACKETED_NO = rf"[(（]\s*(?:\d{{1,2}}|[{_CN_DIGITS}]{{1,3}})\s*[)）]|[①-⑳]"
#: an item number opening a row's text or one of its items (r23: the one pattern of failures' row number and
#: rewrites' dropped item number): "1、" "1." "1．" "1)" "（1）" "（一）" "一、" "①", spaces allowed inside ("(2 )",
#: "1 ."); never a decimal or a section number — no digit right after ("1.5", "1.2.1…", "2.2项"). The corpus opens
#: rows with each form: "（一）按照规定的项目…" (Q12-1, AO2-1), "1)乡镇党政领导班子…" (AX9-1)
ITEM_NO = rf"(?:\d{{1,2}}\s*[、.．)）](?!\d)|[{_CN_DIGITS}]{{1,3}}\s*、|{_BRACKETED_NO})"

#: a later item number: a bracketed or circled one anywhere ("…台账(2)按月报送"), any other form opening a clause —
#: after a stop, a comma, a space, 分 or a closing bracket ("…扣1分;2、…", "(1分)2)…", "…\n3.…"), not inside a word
#: ("统一、规范")
_LATER_ITEM_NO_RE = re.compile(rf"{_BRACKETED_NO}|(?:(?<=[。；;，,\s分）)])|(?<=分\.))\s*{ITEM_NO}")  # "…扣1分.2.…": a
# half-width stop glued to the next number once the spaces are repaired (fresh4 P3-1 printed with half-width stops)


def lone_item_number(text: str) -> re.Match[str] | None:
    """The item number that opens ``text`` (with the spaces around it), when no other item number opens a later
    clause — a row's own number, context that never changes the score; several numbers mark items (``None``).

    >>> [lone_item_number(t)[0] for t in ("1、建立台账", "（一）建立台账", "1)建立台账", "(2 )建立台账", "① 建立台账")]
    ['1、', '（一）', '1)', '(2 )', '① ']
    >>> [lone_item_number(t) for t in ("1、建立台账;2、按月报送", "1.5分", "1.2.1改厕到位率", "第1项")]
    [None, None, None, None]
    """
    m = re.match(rf"\s*{ITEM_NO}\s*", text)
    if m is None or _LATER_ITEM_NO_RE.search(text, m.end()):
        return None
    return m


#: words that add up or average grades given several times ("按季度考核,优10分;良6分;差0分,全年累计", "取平均"): the row's
#: score is then no one grade picked (r65's "、" parting, normalise; r68's levels check, mismatch.refuse_added_grades)
ADDED_UP = r"累计|累加|叠加|相加|合计|总计|平均"
#: words that say grades are given per period and then summed ("…,全年汇总", "年终求和", "按月考核", r69) — with
#: :data:`ADDED_UP` the one word list of mismatch.refuse_added_grades (normalise's "、" parting uses both too)
#: words that give a period grades or steps repeat in ("按季度统计", "每月评定"): levels._PERIOD_RE, targets' other-base
#: check (with 半年 and 其中) and :data:`PER_PERIOD` (r69)
PERIODS = r"季度|月度|按月|逐月|每月|每半年"
PER_PERIOD = r"汇总|求和|之和|加总|总和|" + PERIODS


#: a rank of one award or contest: "一等奖" / "特等奖", "金奖" / "银奖", "第一名" (r86's report to r84: "获奖10分:一等奖6分,
#: 二等奖4分" was read as 6 + 4 — ranks of one award are alternatives, never items to add)
RANK_RE = re.compile(r"[一二三四五六七八九十特\d]等奖|[金银铜]奖|第[一二三四五六七八九十\d]{1,2}名"
                     # a name that is only a tier or a grade: "省级" / "市县级", "甲级" / "二等", "A类" (r86: "省级6分,市级4分"
                     # and "甲级6分,乙级4分" were read as 6 + 4)
                     r"|^(?:国家|省|市|县|区|市县|县市|县区|乡镇|镇|村|校|院)级$|^[一二三四五六七八九十甲乙丙丁][级等类档]$"
                     r"|^[A-DＡ-Ｄ][级等类档]$")

#: why tiers or ranks of one thing are not read as items to add (levels._read_cumulative, guard.refuse_grades_as_items)
TIERS_WHY = "各条是同一事项的不同等级或名次（如省级/市级、一等奖/二等奖），是互斥的档还是可相加的分项原文未说明，未作推测"

#: "…,可累加" / "可累计": the text says tiers add up
SAID_CUMULATIVE_RE = re.compile(r"(?<!不)(?:可|可以)(?:累加|累计|叠加)")

#: a tier word inside a name: "省级媒体报道" / "市级媒体报道", "国家级刊物" / "省级刊物", "甲级…" (r88)
_TIER_IN_NAME_RE = re.compile(r"(?:国家|省部|省|地市|市|县|区|市县|县市|县区|乡镇|镇|村|校|院)级|[甲乙丙丁][级等类]")


def tiers_of_one(names: list[str]) -> bool:
    """Two or more names that are one thing at different tiers — the same words once the tier word is taken out
    (r84's doubt, r88: "省级媒体报道6分,市级媒体报道4分" was read as items 6 + 4; the tiers are alternatives unless the
    text says "可累加"). Names without a tier word, or with different words around it, are items as before.

    >>> tiers_of_one(["省级媒体报道", "市级媒体报道"]), tiers_of_one(["获国家级表彰", "获省级表彰"])
    (True, True)
    >>> tiers_of_one(["省级示范点建设", "台账资料"]), tiers_of_one(["省级报刊发表", "市级会议交流"])
    (False, False)
    """
    rest = [_TIER_IN_NAME_RE.sub("", n, count=1) for n in names if _TIER_IN_NAME_RE.search(n)]
    return len(rest) >= 2 and len(set(rest)) < len(rest) and all(rest)
