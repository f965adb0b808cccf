"""Numbers in a 评分标准 that are not the measured value, recognised by what the words around them say (r39, issue 11).

A refused sentence often holds a number that no rule compares with: the year in a document's title, the date of a
deadline, a document number, the size of the sample an evaluator checks, the letter (A. B. C.) labelling a band.
The reader could not tell such a number from the value the row measures ("条件前的文字含有数字，无法确定比较对象").
Each function here recognises one kind by its words — never by its position — and takes it out of the way:

* :func:`drop_dates` — a year inside 《…》, a document number 〔2019〕3号, the year of a deadline "在2017年6月30日以前"
  (a rewrite of :mod:`~jixiao.rules.chinese.rewrites`: the reading is accepted only when every check there holds);
* :func:`drop_sample_size` — the number checked, "随机抽查10%(不足4所,以4所计算)学校", before a per-finding deduction
  (also a rewrite);
* :func:`option_labels` — band options lettered A. B. C. …, each a band of numbers, glued to the points before them
  (character clean-up in :mod:`~jixiao.rules.chinese.normalise`: "(20分)B.3%-5%(15分)" parts two bands).

A year that dates the measured value itself ("2018年末耕地面积大于或等于规划下达的耕地保有量") is NOT dropped: the
comparison with a planned quantity is a target, which the reader must refuse (fresh19 AF5-1).
"""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.rules.chinese._base import NUM
from jixiao.rules.chinese.lexicon import COUNT

#: a calendar year: four digits 19xx / 20xx and 年 (never "3年", a duration)
_YEAR = r"(?<![\d.])(?:19|20)\d{2}\s*年"

#: a document's title holding a year or another number: 《产业结构调整指导目录(2005年)》
_TITLE_RE = re.compile(r"《[^《》]*?\d[^《》]*》")

#: a document number: "(沪经信节〔2024〕463号)", "皖财企〔2019〕395号"
_DOC_NO_RE = re.compile(r"[(（]?[\u4e00-\u9fff]{0,8}[〔\[［]\s*(?:19|20)\d{2}\s*[〕\]］]\s*\d{1,4}\s*号[)）]?")

#: the year of a deadline: "在2017年6月30日以前" (the year before a month), "2017年底前" (before the year's end)
_DEADLINE_YEAR_RE = re.compile(rf"{_YEAR}(?=\s*(?:1[0-2]|0?[1-9])\s*月)|(?<![\d.])(?:19|20)\d{{2}}\s*(?=年(?:底|末)(?:以|之)?前)")


def drop_dates(text: str, weight: Decimal | None) -> str | None:
    """Drop the numbers of a date or a document's name: the number inside 《…》 (the title is kept, its number goes),
    a document number 〔YYYY〕N号, the year of a deadline before its month or 年底前.

    >>> drop_dates("根据《产业结构调整指导目录(2005年)》要求,全部落实到位得5分", None)
    '根据《产业结构调整指导目录》要求,全部落实到位得5分'
    >>> drop_dates("在2017年6月30日以前完成划定的计2分,未按时完成的计0分", None)
    '在6月30日以前完成划定的计2分,未按时完成的计0分'
    >>> drop_dates("按(皖财企〔2019〕395号)要求制定政策的,得6分", None)
    '按要求制定政策的,得6分'
    >>> drop_dates("2018年末耕地面积大于或等于规划下达的耕地保有量的,得3分", None) is None  # the measured value's year
    True

    Why the meaning is kept: a title names a document, a document number files it, the year of a deadline says
    which year the date falls in — none is a value the row measures or a threshold it compares with (the evaluator
    judges whether the deadline was met, as for "在8月30日之前", README "要求里的期限"). A year that dates the measured
    value, or one compared with (比/较/与2018年), stays: it is not one of these words.
    Seen: fresh25 AL1-4 "…《产业结构调整指导目录(2005年)》等一系列指示精神,…每少关停一家扣1分", fresh23 AJ11-3 "在2017年6月30日以前".
    """
    t = _TITLE_RE.sub(lambda m: re.sub(r"[(（][^()（）]*\d[^()（）]*[)）]|\d+", "", m.group(0)), text)
    t = _DOC_NO_RE.sub("", t)
    t = _DEADLINE_YEAR_RE.sub("", t)
    t = re.sub(r"[(（]\s*[)）]", "", t)
    return t if t != text and t.strip() else None


#: what a sample is counted in: schools, households, people, copies … or a share ("抽查10%")
_SAMPLE_UNIT = rf"(?:%|{COUNT}|所|名)"

#: "随机抽查10%(不足4所,以4所计算)", "抽取20名以上", "抽检5户(含…)": the sampling verb, the size, its notes
_SAMPLE_RE = re.compile(rf"(?P<verb>抽查|抽取|抽检|抽样|抽看)\s*{NUM}\s*{_SAMPLE_UNIT}(?:及?以上|左右)?"
                        r"(?:\s*[(（](?:不足|不够|少于|含|包括)[^()（）]{0,20}[)）])?")

#: the row scores per finding among the checked: "每1所学校不合格,扣1分", "发现一处…扣0.5分", "每人扣1分"
_PER_FINDING_RE = re.compile(rf"(?:每|发现|出现|有)[^。；;]{{0,24}}?(?:扣|减)\s*{NUM}\s*分|每{COUNT}\s*扣\s*{NUM}\s*分")


def drop_sample_size(text: str, weight: Decimal | None) -> str | None:
    """Drop the size of the sample an evaluator checks, when the row then deducts per finding.

    >>> drop_sample_size("在各地随机抽查10%(不足4所,以4所计算)学校材料,每1所学校不合格,扣1分。", None)
    '在各地随机抽查学校材料,每1所学校不合格,扣1分。'
    >>> drop_sample_size("抽查3次以上得5分", None) is None  # times of checking: what is measured
    True
    >>> drop_sample_size("抽查10户,合格率达到90%得5分", None) is None  # no deduction per finding
    True

    Why the meaning is kept: "抽查10%(不足4所,以4所计算)" says how many the evaluator looks at; the score counts the
    failings found among them ("每1所学校不合格,扣1分"), never the number looked at. Only a sample counted in things
    (所/户/名/份 …) or a share, never in times or days (抽查3次 may be the measured work), and only when the row
    deducts per finding after it.
    Seen: fresh8 U8-5 "在各地随机抽查10%(不足4所,以4所计算)学校材料,每1所学校不合格,扣1分"; read before without this:
    fresh13 Z23-2 "抽查10名流动人口,…发现一处不一致,扣0.5分", fresh27 AN4-6 "随机抽取20名在岗职工…每出现1名不合格者扣1分".
    """
    ms = list(_SAMPLE_RE.finditer(text))
    if len(ms) != 1 or re.search(r"[次天日月年]", ms[0].group(0)):
        return None
    m = ms[0]
    if not _PER_FINDING_RE.search(text, m.end()):
        return None
    return text[:m.start()] + m["verb"] + text[m.end():]


#: an option letter opening a band: "A.5%以上(20分)", "B.25%(含)-30%(16分)" — at the start, after a line break,
#: a space or the points before it, and right before a number
_OPTION_RE = re.compile(r"(?:(?<=^)|(?<=[\s)）分。；;]))(?P<l>[A-Fa-f])\s*[.．、](?=\s*\d)")

#: any option letter opening a clause (whether a number follows or not)
_ANY_OPTION_RE = re.compile(r"(?:(?<=^)|(?<=[\s)）分。；;]))[A-Fa-f]\s*[.．、]")


def option_labels(text: str) -> str:
    """Band options lettered A. B. C. … in order, every one before a number, become clauses: the letters go, each
    band after the first is parted from the points before it by "；".

    >>> option_labels("A.5%以上(20分)B.3%-5%(15分)C.3%以下(0分)")
    '5%以上(20分)；3%-5%(15分)；3%以下(0分)'
    >>> option_labels("A.1项Ⅰ类(30分)\\nB.2项Ⅱ类(12分)\\nC.没有(0分)")  # C. is no band: left as printed
    'A.1项Ⅰ类(30分)\\nB.2项Ⅱ类(12分)\\nC.没有(0分)'

    Why the meaning is kept: a letter with a dot before each band labels the band (as "①" or "(1)" would); it is no
    number and no value. Only letters that run A, B, C … from A, all of them before a number (a lettered option
    without a number is a level, which the levels' own readers keep with its letter), at least two.
    Seen: fresh53 BN7-2 "A.5%以上(20分)B.3%-5%(15分)C.2%-3%(10分)…", BN14-1 "…分檔評價\\nA.30%(含)以上(20分)\\nB.…".
    """
    ms = list(_OPTION_RE.finditer(text))
    letters = [m["l"].upper() for m in ms]
    if len(ms) < 2 or letters != [chr(ord("A") + i) for i in range(len(ms))] \
            or len(_ANY_OPTION_RE.findall(text)) != len(ms):
        return text
    out, last = [], 0
    for m in ms:
        out.append(text[last:m.start()].rstrip())
        if out[-1]:
            out.append("；")
        last = m.end()
    out.append(text[last:])
    return "".join(out)
