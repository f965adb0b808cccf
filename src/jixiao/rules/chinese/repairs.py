"""Repairs of extraction damage, run once on the text as printed before it is read (r13).

Published tables reach the reader through web pages and PDFs that damage the text: spaces inside numbers and
units, a superscript lost ("40m²" → "40m2"), a character lost to a "?", and the row's 分值 restated in many
positions. Each repair here changes only what cannot change a score, and says what it did (a note of the reading):

* spaces next to a number — "扣0.2 分" / "扣 1 分( 4 分)" / "40平方米 以上" (fresh25 AL5-1, AL8-5, fresh24 AK11-2);
* a lost superscript of a unit after a number — "40m2" / "40m²" / "40㎡" → "40平方米" (AK11-2);
* a standard's code in brackets after its title — "《防洪标准》（GB 50201-2014）" (fresh25 AL5-2, AL5-3);
* a middle dot for a decimal point in points — "(0・5分)" (fresh35 AV1-1, lead s23): only between digits right before 分;
* a "?" standing for a lost character between words — "登记?低收入农户收入测算表?5分" (fresh24 AK5-5);
* the 分值 restated after the rule — "…扣0.5分。(共 2分)" / "…扣 0.5 分( 4 分)" (AL8-1, AL8-5) and
  "N分扣完为止" / "扣完N分为止" with N the 分值 (AL5-1): the row's own total, the same as 扣完为止; "5分全扣" on a
  5-point row (fresh27 AN7-2): all of it, 不得分; "该项分值为0.6分" inside the text (fresh10 W11-2);
* and one rule that is no repair: a deduction POOL larger than the row ("扣完20分为止" on a 6-point row, fresh24
  AK6-1) is read as 扣完为止 (the row's score never falls below 0) with a warning naming both readings. A pool
  smaller than the 分值 is left as printed (the reader's cap: "扣满7分为止" on a 10-point row deducts at most 7).

Damage no repair can undo refuses the text before it is read (:func:`damage_refusal`, r21 — until then the guard
refused it after a reading was made): points written with a leading 0 ("扣02分") and a deduction whose number was
lost ("扣 分", "扣 ;").

>>> repair_extraction("每发现一处扣0.2 分，1 分扣完为止", Decimal(1))[0]
'每发现一处扣0.2分，扣完为止'
>>> repair_extraction("活动每少一次扣 0.5 分( 4 分)", Decimal(4))[0]  # the reader then takes "(4分)" for the 分值
'活动每少一次扣0.5分。(4分)'
>>> repair_extraction("活动每少一次扣 0.5 分( 4 分)", Decimal(5))[0]  # not the 分值: stays (the reader refuses it)
'活动每少一次扣0.5分(4分)'
>>> repair_extraction("每减少 2m2扣 1 分", Decimal(2))[0]
'每减少2平方米扣1分'
>>> repair_extraction("逐户上门调查登记?低收入农户收入测算表?5分。", Decimal(5))[0]
'逐户上门调查登记低收入农户收入测算表5分。'
>>> text, notes = repair_extraction("每缺少一项扣2分,扣完20分为止。", Decimal(6))
>>> text, notes[-1].startswith("歧义：")
('每缺少一项扣2分,扣完为止。', True)
>>> repair_extraction("每起扣2分,扣满7分为止。", Decimal(10))[0]  # a pool below the 分值: the reader's cap, as printed
'每起扣2分,扣满7分为止。'
"""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal

from jixiao.rules.chinese._base import described, parse_weight
from jixiao.rules.chinese.guard import POINTS_FIRST_RE, _clause_around
from jixiao.rules.chinese.lexicon import lone_item_number
from jixiao.rules.model import fmt_decimal

#: blanks a flattened table cell or a PDF line puts between tokens (not a line break: that ends a clause)
_BLANK = r"[ \t\u00a0\u3000]+"

#: units and measure words printed right after a number
_AFTER_NUMBER = (r"分|%|‰|个百分点|百分点|\.\d|\d|[)）]|以上|以下|以内|及以上|及以下|"
                 r"平方米|立方米|米|公里|千米|亩|吨|公斤|千克|元|万元|亿元|m|㎡|㎥|"
                 r"[个次项处人户家件篇名位份起例条天日周月年台宗种所场组]")

#: spaces inside a number and around it: "0. 5" / "0.2 分" / "扣 1 分" / "( 4 分 )" / "40平方米 以上"
_SPACE_REPAIRS = (
    re.compile(rf"(?<=[\d.]){_BLANK}(?=(?:{_AFTER_NUMBER}))"),
    re.compile(rf"(?<=[\u4e00-\u9fff(（≥≤<>=~-]){_BLANK}(?=\d)"),
    re.compile(rf"(?<=分){_BLANK}(?=[()（）])|(?<=[(（]){_BLANK}(?=[\d共合总满])"),
    re.compile(rf"(?<=[米亩吨元%个次项处人户家件]){_BLANK}(?=以上|以下|以内|及以上|及以下)"),
)

#: a unit whose superscript the extraction lost (NFKC also turns "m²" into "m2"): after a number only
_SUPERSCRIPT_RE = re.compile(r"(?<=\d)(?:[mM](?P<a>[2²])|㎡|[mM](?P<b>[3³])|㎥)(?![A-Za-z0-9])")

#: a "?" (or the replacement character) standing for a lost character (《》、“” …) between words, or between a word
#: and the points closing its clause — not in a question (是否/有无/吗 …: a "?" there is a question mark)
_LOST_CHAR_RE = re.compile(r"(?:(?<=^)|(?<=[\u4e00-\u9fff]))[?\ufffd](?=[\u4e00-\u9fff]|\d{1,3}(?:\.\d{1,2})?分[。；;，,]?)")
_QUESTION_RE = re.compile(r"是否|有无|有没有|是不是|能否|可否|吗|如何|怎样|怎么|多少|哪")

#: the 分值 restated at the end in a bracket the reader does not take for it: after a full stop with 共/本项 ("…。(共 2分)")
#: or right after a clause's own points with no full stop ("…扣 0.5 分( 4 分)" / "…扣0.5分(总分3分)")
_TRAILING_TOTAL_RE = re.compile(r"(?:(?<=[。；;.])\s*[(（]\s*(?P<word>共|本项)\s*(?:为)?|(?:(?<=\d分)|(?<=不得分)|(?<=不[计計]分))\s*[(（]\s*"
                                r"(?:共计|共|合计|总分|满分|分值|本项)?)\s*"
                                r"(?P<n>\d{1,3}(?:\.\d{1,2})?)\s*分\s*[)）](?P<end>[\s。.；;]*)$")

#: the 分值 named inside the text: "…,该项分值为0.5分每少一人扣0.1分" / "该项根基分值为0.6分未达成…的村" (fresh10 W11-2)
_NAMED_WEIGHT_RE = re.compile(r"(?:该项|本项|此项|该指标|本指标)[^\d,，。；;:：]{0,4}?(?:分值|满分|总分)(?:为|是)?\s*"
                              r"(?P<n>\d{1,3}(?:\.\d{1,2})?)\s*分[,，。；;]?")

#: a total of deductions: "扣完20分为止" / "扣满10分为止" / "1分扣完为止" / "扣完1分即止"
_POOL_RE = re.compile(r"(?:扣(?:完|满)\s*(?P<a>\d{1,3}(?:\.\d{1,2})?)\s*分\s*(?:为止|即止)|"
                      r"(?<![\d.扣减得加])(?P<b>\d{1,3}(?:\.\d{1,2})?)\s*分\s*扣完(?:为止|即止))")

#: all of the row's points deducted, the 分值 restated: "无工作网络资料,5分全扣" (fresh27 AN7-2) / "全扣5分"
_ALL_DEDUCTED_RE = re.compile(r"(?<![\d.])(?P<a>\d{1,3}(?:\.\d{1,2})?)\s*分\s*全(?:部)?扣(?:除|完)?|全(?:部)?扣(?:除)?\s*"
                              r"(?P<b>\d{1,3}(?:\.\d{1,2})?)\s*分")

#: a standard's code in brackets right after its title: "《防洪标准》（GB 50201-2014）" / "（GB/T 50805-2012）" — which document,
#: never a number to compare (fresh25 AL5-2, AL5-3)
_STANDARD_CODE_RE = re.compile(r"(?<=》)\s*[(（]\s*(?P<code>[A-Z]{1,5}(?:/[A-Z])?\s*\d{1,6}(?:\.\d{1,3})?"
                               r"(?:\s*[-—–]\s*\d{2,4})?)\s*[)）]")

REPAIR_PREFIX = "原文修复（不影响计分）："


def _spaces(text: str, _w: Decimal | None) -> tuple[str, list[str]]:
    """Spaces next to a number joined: the text reads as if printed without them.

    >>> _spaces("扣 1 分( 4 分)，40平方米 以上", None)[0]
    '扣1分(4分)，40平方米以上'
    >>> _spaces("需要 每头", None)[0]  # a space between two words parts clauses: left to the reader
    '需要 每头'
    """
    out = text
    for pat in _SPACE_REPAIRS:
        out = pat.sub("", out)
    return out, ([f"{REPAIR_PREFIX}数字、单位、“分”与括号之间的空白（排版留下的）已去掉"] if out != text else [])


def _superscripts(text: str, _w: Decimal | None) -> tuple[str, list[str]]:
    """"m2" / "m²" / "㎡" after a number → 平方米 ("m3" → 立方米).

    >>> _superscripts("占地40m2以上，每减少2m²扣1分，容积5m3", None)[0]
    '占地40平方米以上，每减少2平方米扣1分，容积5立方米'
    >>> _superscripts("型号m2以上", None)[0]  # no number before it: not a unit
    '型号m2以上'
    """
    out = _SUPERSCRIPT_RE.sub(lambda m: "平方米" if m["a"] or m[0] == "㎡" else "立方米", text)
    return out, ([f"{REPAIR_PREFIX}“m2/m3”（上标丢失）按平方米/立方米读"] if out != text else [])


#: a middle dot (katakana ・, Latin ·, bullet •) printed for the decimal point of points: "(0・5分)" — only between digits
#: right before 分 ("3·15" / "5·12" name days, never points)
_DOT_DECIMAL_RE = re.compile(r"(?<=\d)[・·•‧](?=\d{1,2}\s*分)")


def _dot_decimals(text: str, _w: Decimal | None) -> tuple[str, list[str]]:
    """"0・5分" → "0.5分".

    >>> _dot_decimals("有专家评估论证意见(0・5分);有申请报告(0·5分)", None)[0]
    '有专家评估论证意见(0.5分);有申请报告(0.5分)'
    >>> _dot_decimals("开展3·15宣传活动得2分", None)[0]  # a day's name, no 分 after it: left as printed
    '开展3·15宣传活动得2分'
    """
    out = _DOT_DECIMAL_RE.sub(".", text)
    return out, ([f"{REPAIR_PREFIX}分数中的“・”按小数点读"] if out != text else [])


#: a comma or 、 between a scoring verb and its points: "没有指定负责统计工作的部门扣,1分,无统计员的不得分" (fresh75 CJ6-2,
#: r64) — the verb and its amount are one word ("扣1分"); the points must end their clause (not "扣,1分钟", not "扣,1分以上"),
#: only after 扣 ("参加,1分" / "合计,1分" / "获得,1分" may end a clause with the next clause's points)
_STRAY_STOP_RE = re.compile(r"(?P<v>扣除|扣减|扣)\s*[,，、]\s*(?=\d{1,3}(?:\.\d{1,2})?\s*分(?:[,，。；;]|$))")


def _stray_stops(text: str, _w: Decimal | None) -> tuple[str, list[str]]:
    """"扣,1分" → "扣1分": a stop typed between a scoring verb and its points (r64).

    >>> _stray_stops("没有指定负责统计工作的部门扣,1分,无统计员的不得分。", None)[0]
    '没有指定负责统计工作的部门扣1分,无统计员的不得分。'
    >>> _stray_stops("未建立台账的扣，2分。", None)[0]
    '未建立台账的扣2分。'
    >>> _stray_stops("迟到的扣,1分钟以内不扣分", None)[0]  # minutes, not points: left as printed
    '迟到的扣,1分钟以内不扣分'
    >>> _stray_stops("积极参加,1分;", None)[0]  # not after 扣: left as printed
    '积极参加,1分;'
    """
    out = _STRAY_STOP_RE.sub(r"\g<v>", text)
    return out, ([f"{REPAIR_PREFIX}计分动词与分数之间的标点（“扣,1分”）已去掉"] if out != text else [])


def _lost_chars(text: str, _w: Decimal | None) -> tuple[str, list[str]]:
    """A "?" for a lost character between words is taken out.

    >>> _lost_chars("?低收入户申请书?资料完整", None)[0]
    '低收入户申请书资料完整'
    >>> _lost_chars("是否建立制度?是得2分", None)[0]  # a question: left as printed
    '是否建立制度?是得2分'
    >>> _lost_chars("达到?90%得2分", None)[0]  # before a number it may be a lost ≥ or ≤: left as printed
    '达到?90%得2分'
    """
    if _QUESTION_RE.search(text):
        return text, []
    out = _LOST_CHAR_RE.sub("", text)
    return out, ([f"{REPAIR_PREFIX}词语之间的“?”（网页转码丢失的字，如《》、）已去掉"] if out != text else [])


#: an item number glued to its item's first word at the start of a sentence: "。2分工明确,…" (fresh83 CQ4-1)
#: (not before a count word or a unit: "1个,1分;2个,1.5分" counts 1, 2, 3 — r82's own dump caught it)
_GLUED_NUMBER_RE = re.compile(r"(?:^|(?<=[。；;]))\s*(?P<n>[1-9])(?![个项次家人名件篇场户条期批元万亿千百十天日月年周号级类种所座台辆例起处]|分钟)"
                              r"(?=[\u4e00-\u9fff])")


def _glued_item_numbers(text: str, _w: Decimal | None) -> tuple[str, list[str]]:
    """Items numbered 1, 2, 3 … with no "、" or "." after the number, each sentence starting with its number ("1按标准…,
    得4分。2分工明确,责任落实,得4分。3有考核细则…,得2分。", fresh83 CQ4-1: "2分工" is item 2's 分工, not 2 points): "、"
    after each number — only when every sentence opens so and the numbers run 1, 2, 3 … in order.

    >>> _glued_item_numbers("1有制度,得4分。2分工明确,得4分。3有考核细则,得2分。", None)[0]
    '1、有制度,得4分。2、分工明确,得4分。3、有考核细则,得2分。'
    >>> _glued_item_numbers("1有制度,得4分。3分工明确,得4分。", None)[0]  # not 1, 2: left as printed
    '1有制度,得4分。3分工明确,得4分。'
    >>> _glued_item_numbers("1个,1分;2个,1.5分;3个,2分。", None)[0]  # counts, not item numbers
    '1个,1分;2个,1.5分;3个,2分。'
    """
    found = list(_GLUED_NUMBER_RE.finditer(text))
    sentences = [x for x in re.split(r"[。；;]", text) if x.strip()]
    if len(found) < 2 or len(found) != len(sentences) or [int(m["n"]) for m in found] != list(range(1, len(found) + 1)):
        return text, []
    out = _GLUED_NUMBER_RE.sub(lambda m: f"{m[0]}、", text)
    return out, [f"{REPAIR_PREFIX}各句开头的序号后没有顿号（“2分工明确”）：序号后按“、”读"]


def _standard_codes(text: str, _w: Decimal | None) -> tuple[str, list[str]]:
    """A standard's code in brackets after its title is taken out (a note names it).

    >>> _standard_codes("未达到《防洪标准》（GB 50201-2014）、《规范》(GB/T 50805-2012)等要求的", None)
    ('未达到《防洪标准》、《规范》等要求的', ['原文修复（不影响计分）：引用的标准编号（GB 50201-2014；GB/T 50805-2012）不是计分条件'])
    >>> _standard_codes("未达到《规范》(3分)要求的", None)[0]  # points in the bracket: left as printed
    '未达到《规范》(3分)要求的'
    """
    codes = [m["code"] for m in _STANDARD_CODE_RE.finditer(text)]
    if not codes:
        return text, []
    return _STANDARD_CODE_RE.sub("", text), [f"{REPAIR_PREFIX}引用的标准编号（{'；'.join(codes)}）不是计分条件"]


#: an example bracket inside another bracket (fresh80 CN3-1, r77): "(…背对孩子做其他事(如吃早餐、准备教具,备课等)一次扣0.5分)"
_NESTED_EXAMPLE_RE = re.compile(r"(?<=[\u4e00-\u9fff])[(（](?P<what>(?:如|例如|比如|诸如)(?![^()（）]*(?:未|不|没|也|则|可))"
                                r"[^()（）\d分扣得加减。；;]{1,40})[)）]"
                                r"(?=[^()（）]*[)）])")


#: a clock time (fresh79 CM3-1, r77): a time of day before the hour, or minutes after it, or 以后/以前/之前/之后 right after
#: the hour — never "做到以下3点", "3个百分点"
_CLOCK_RE = re.compile(r"(?:(?<=上午|下午|早上|晚上|中午|早晨|凌晨|傍晚)|(?<=[^\d.百]))(?P<h>[01]?\d|2[0-4])\s*[点时]"
                       r"(?:(?P<m>[0-5]?\d)\s*分(?!值|数|制|以上|以下|钟)|(?P<half>半)|整)?")
_TIME_WORD_RE = re.compile(r"上午|下午|早上|晚上|中午|早晨|凌晨|傍晚")


def _clock_times(text: str, _w: Decimal | None) -> tuple[str, list[str]]:
    """A clock time "8点30分" is written "8:30": 分 there is minutes, never points (a note says so). Only beside a time of
    day (上午/下午…), or with its minutes, or with 以后/以前/之前/之后 right after the hour.

    >>> _clock_times("上午8点30分以后、9点及以前到岗的,视为迟到,扣1分", None)
    ('上午8:30以后、9:00及以前到岗的,视为迟到,扣1分', ['原文修复（不影响计分）：时刻（8点30分；9点）写作“时:分”（如8:30）：时刻里的“分”是分钟，不是得分'])
    >>> _clock_times("做到以下3点,得2分", None)[0]  # points of a list: left as printed
    '做到以下3点,得2分'
    >>> _clock_times("每低1个百分点扣1分", None)[0]
    '每低1个百分点扣1分'
    """
    said: list[str] = []

    def clock(m: re.Match[str]) -> str:
        timed = _TIME_WORD_RE.search(text[max(0, m.start() - 2): m.start()]) is not None
        after = text[m.end(): m.end() + 3]
        if not (timed or m["m"] or m["half"] or re.match(r"及?以[后前]|之[后前]", after)):
            return m.group(0)
        said.append(m.group(0))
        return f"{m['h']}:{int(m['m'] or (30 if m['half'] else 0)):02d}"

    out = _CLOCK_RE.sub(clock, text)
    if not said:
        return text, []
    return out, [f"{REPAIR_PREFIX}时刻（{'；'.join(said)}）写作“时:分”（如8:30）：时刻里的“分”是分钟，不是得分"]


def _points_after_score_word(text: str, _w: Decimal | None) -> tuple[str, list[str]]:
    """"量化扣分1分" / "扣分2分" → "扣1分" (fresh79 CM3-1, r77): the verb written with its noun before the points
    ("迟到的,扣分1分" was read as a pass/fail worth 1, 扣分 taken for its condition).

    >>> _points_after_score_word("视为迟到,量化扣分1分,扣出勤奖金10元", None)[0]
    '视为迟到,扣1分,扣出勤奖金10元'
    >>> _points_after_score_word("视为旷工半天,量化扣分两分", None)[0]
    '视为旷工半天,扣两分'
    >>> _points_after_score_word("扣分项,每次扣1分", None)[0]  # no points right after 扣分: left as printed
    '扣分项,每次扣1分'
    """
    # (r86) a Chinese numeral too: "量化扣分一分" (CM3-1 with 一 for 1) was read "符合": 1 on a 100-point row
    out = re.sub(r"(?:量化)?扣分\s*(?=(?:\d+(?:\.\d+)?|[一二两三四五六七八九十半]{1,3})\s*分)", "扣", text)
    return out, ([f"{REPAIR_PREFIX}“扣分N分”读作“扣N分”"] if out != text else [])


def _nested_examples(text: str, _w: Decimal | None) -> tuple[str, list[str]]:
    """Examples in a bracket inside another bracket are taken out (a note keeps them): the examples say what the counted
    failing covers — never a score (no number, 分 or score verb in them) — and the outer bracket holds the rule, which
    reads as one bracket only without the inner one (the next bracket after the examples must close, not open).

    >>> _nested_examples("入园,(不在门口迎接家长一次扣0.5分,背对孩子做其他事(如吃早餐、准备教具,备课等)一次扣0.5分)。", None)
    ('入园,(不在门口迎接家长一次扣0.5分,背对孩子做其他事一次扣0.5分)。', ['举例（不参与计分）：如吃早餐、准备教具,备课等'])
    >>> _nested_examples("背对孩子做其他事(如吃早餐)一次扣0.5分", None)[0]  # not inside another bracket: left as printed
    '背对孩子做其他事(如吃早餐)一次扣0.5分'
    >>> _nested_examples("(做其他事(如迟到2次)扣1分)", None)[0]  # a number in the examples: left as printed
    '(做其他事(如迟到2次)扣1分)'
    """
    found = [m["what"] for m in _NESTED_EXAMPLE_RE.finditer(text)]
    if not found:
        return text, []
    return _NESTED_EXAMPLE_RE.sub("", text), [described(w, "举例") for w in found]


def _restated_total(text: str, w: Decimal | None) -> tuple[str, list[str]]:
    """The 分值 restated in a bracket at the end is written as the reader reads a restated 分值: "。(N分)" (it then
    takes it out with the note "分值（不参与计分）", reader._without_restated_weight).

    >>> _restated_total("每少一项扣0.5分。(共2分)", Decimal(2))[0]
    '每少一项扣0.5分。(2分)'
    >>> _restated_total("活动每少一次扣0.5分(4分)", Decimal(4))[0]
    '活动每少一次扣0.5分。(4分)'
    >>> _restated_total("每少一项扣0.5分。(共3分)", Decimal(2))[0]  # not the 分值: stays
    '每少一项扣0.5分。(共3分)'
    >>> _restated_total("达20家得1分,否则不得分（1分）", Decimal(1))[0]  # after a zero (r45, fresh40 BA6-2 + its 分值)
    '达20家得1分,否则不得分。(1分)'
    >>> _restated_total("建立台账(2分)", Decimal(2))[0]  # an item's points after its words: stays
    '建立台账(2分)'
    """
    m = _TRAILING_TOTAL_RE.search(text)
    if m is None or w is None or Decimal(m["n"]) != w or not text[: m.start()].strip():
        return text, []
    stop = "" if m["word"] else "。"  # (after a clause's points: a full stop ends the rule before the 分值)
    return (f"{text[: m.start()]}{stop}({m['n']}分){m['end']}",
            [f"{REPAIR_PREFIX}句末“{m.group(0).strip('。.；; ')}”是重述的本行分值"
             + ("" if stop else "（紧跟在末句的分数之后，不是另一条计分）")])


def _named_weight(text: str, w: Decimal | None) -> tuple[str, list[str]]:
    """"该项分值为N分" inside the text (words before and after it), N the 分值: taken out (a clause break is left where
    it stood).

    >>> _named_weight("达成任务数,该项根基分值为0.6分未达成任务数的村,每少一人扣0.2分。", Decimal("0.6"))[0]
    '达成任务数,未达成任务数的村,每少一人扣0.2分。'
    >>> _named_weight("达成任务数,该项分值为1分,每少一人扣0.2分。", Decimal("0.6"))[0]  # not the 分值: stays
    '达成任务数,该项分值为1分,每少一人扣0.2分。'
    """
    said: list[str] = []

    def one(m: re.Match[str]) -> str:
        if w is None or Decimal(m["n"]) != w or not re.search(r"[\u4e00-\u9fff]", m.string[: m.start()]) \
                or not re.search(r"[\u4e00-\u9fff]", m.string[m.end():]):
            return m.group(0)  # (at the start or the end the reader takes the 分值 out itself, with its own note)
        said.append(f"{REPAIR_PREFIX}“{m.group(0).rstrip(',，。；;')}”即本行分值，不是计分条件")
        before = m.string[: m.start()].rstrip()
        return "" if not before or before[-1] in ",，。；;" or m.end() == len(m.string) else "，"
    return _NAMED_WEIGHT_RE.sub(one, text), said


def _pools(text: str, w: Decimal | None) -> tuple[str, list[str]]:
    """"扣完N分为止" / "N分扣完为止": N the 分值 → 扣完为止; N above it → 扣完为止 with a warning; N below it stays.

    >>> _pools("每处扣0.2分，1分扣完为止", Decimal(1))[0]
    '每处扣0.2分，扣完为止'
    >>> _pools("每处扣1分，扣完10分为止", Decimal(5))[1][0][:3]
    '歧义：'
    >>> _pools("每处扣1分，扣完3分为止", Decimal(5))[0]
    '每处扣1分，扣完3分为止'
    """
    if w is None:
        return text, []
    notes: list[str] = []

    def one(m: re.Match[str]) -> str:
        n = Decimal(m["a"] or m["b"])
        if n < w:
            return m.group(0)
        if n == w:
            notes.append(f"{REPAIR_PREFIX}“{m.group(0)}”中的{fmt_decimal(n)}分即本行分值：扣完为止（最低0分）")
        else:
            notes.append(f"歧义：“{m.group(0)}”的{fmt_decimal(n)}分大于本行分值{fmt_decimal(w)}分（多行共用的扣分总额）："
                         f"按本行扣完为止读（最低0分）；若超出本行的扣分要从别的行扣，请手写计分规则")
        return "扣完为止"
    return _POOL_RE.sub(one, text), notes


def _all_deducted(text: str, w: Decimal | None) -> tuple[str, list[str]]:
    """"N分全扣" / "全扣N分" with N the 分值 → 扣全分 (normalise reads it as 不得分); another N stays as printed.

    >>> _all_deducted("无工作网络资料,5分全扣。", Decimal(5))[0]
    '无工作网络资料,扣全分。'
    >>> _all_deducted("无工作网络资料,2分全扣。", Decimal(5))[0]  # not the 分值: which 2 points? left as printed
    '无工作网络资料,2分全扣。'
    """
    if w is None:
        return text, []
    said: list[str] = []

    def one(m: re.Match[str]) -> str:
        if Decimal(m["a"] or m["b"]) != w:
            return m.group(0)
        said.append(f"{REPAIR_PREFIX}“{m.group(0)}”中的{m['a'] or m['b']}分即本行分值：扣全分（不得分）")
        return "扣全分"
    return _ALL_DEDUCTED_RE.sub(one, text), said


def points_first(text: str, w: Decimal | None) -> tuple[str, list[str]]:
    """The same rule laid out with its points FIRST, or with the row's item number first, written as the reader reads
    it without them (r49; r45's rewrites weight_front / number_dot / number_paren / number_circled found 0 of 108 texts
    read with a leading "（5分）" and 46–93 refused once "1." / "（1）" / "①" opened them):

    * the row's own item number opening the text, when no other item number follows (lexicon.lone_item_number) —
      it labels the row, never a value or points: dropped;
    * ONE "（N分）" / "【N分】" / "N分：" opening the text, N the row's 分值: the 分值 restated (dropped) — another N
      is left as printed (a part of the row? the guard refuses it: guard.refuse_points_first);
    * every clause opening with its points ("（3分）建立台账；（2分）按月报送"): each clause's points written after it,
      as tables print items ("建立台账（3分）；按月报送（2分）") — only when EVERY clause opens so and none prints points
      of its own (then which points hold is not said).

    >>> points_first("（5分）完成得5分，否则不得分", Decimal(5))[0]
    '完成得5分，否则不得分'
    >>> points_first("5分：1、每缺一项扣1分，扣完为止", Decimal(5))[0]
    '每缺一项扣1分，扣完为止'
    >>> points_first("（1）【2分】完成得2分", Decimal(2))[0]
    '完成得2分'
    >>> points_first("（3分）建立台账；（2分）按月报送。", Decimal(5))[0]
    '建立台账（3分）；按月报送（2分）。'
    >>> points_first("（5分）建立台账；按月报送得5分", Decimal(10))[0]  # a part beside another: left (refused)
    '（5分）建立台账；按月报送得5分'
    >>> points_first("1、建立台账;2、按月报送", Decimal(2))[0]  # a numbered list: the numbers mark items, kept
    '1、建立台账;2、按月报送'
    >>> points_first("一、二级医院均建立台账得2分", Decimal(2))[0]  # numerals listed, no item number
    '一、二级医院均建立台账得2分'
    """
    notes: list[str] = []
    for _ in range(2):  # "1.（5分）…" / "（5分）1.…": the number and the 分值 in either order
        no = lone_item_number(text)
        if no is not None and no.end() < len(text) and not re.match(r"[一二三四五六七八九十两]", text[no.end():]):
            # (not "一、二级医院": a list of numerals)
            notes.append(described(no[0].strip(), "本行序号"))  # (the note failures.py writes for it, r23)
            text = text[no.end():]
        hits = list(POINTS_FIRST_RE.finditer(text))
        if not hits or hits[0].start() != 0:
            break
        n = Decimal(hits[0]["a"] or hits[0]["b"])
        if len(hits) == 1 and not hits[0]["no"].strip():
            if w is None or n != w or not text[hits[0].end():].strip():
                break
            notes.append(f"{REPAIR_PREFIX}开头的“{hits[0].group(0).strip('，,:：。 ')}”是本行分值")
            text = text[hits[0].end():]
            continue
        if len(hits) == 1:
            break
        ends = [h.start() for h in hits[1:]] + [len(text)]
        bodies = [text[h.end(): e] for h, e in zip(hits, ends, strict=True)]
        if any(not b.strip("，,；;。\n ") or re.search(r"\d\s*分", b) for b in bodies):
            break  # a clause with no words, or with points of its own: which points hold is not said
        parts = []
        for h, b in zip(hits, bodies, strict=True):
            core = b.rstrip("，,；;。\n ")
            parts.append(f"{h['no']}{core}（{h['a'] or h['b']}分）{b[len(core):]}")
        notes.append(f"{REPAIR_PREFIX}各条的分数写在条前，按写在条后读")
        return "".join(parts), notes
    return text, notes


#: the repairs in order (codes first: their inner spaces are no damage; then spaces: the others are written for text without them)
_REPAIRS: tuple[Callable[[str, Decimal | None], tuple[str, list[str]]], ...] = (
    _standard_codes, _glued_item_numbers, _nested_examples, _clock_times, _points_after_score_word, _spaces, _stray_stops, _dot_decimals, _superscripts, _lost_chars, points_first, _restated_total, _named_weight,
    _pools, _all_deducted)


def repair_extraction(text: str, w: Decimal | None = None) -> tuple[str, list[str]]:
    """``text`` with the extraction damage repaired, and one note per repair that changed something
    (a warning, "歧义：…", for a deduction pool larger than the row); ``w``: the row's 分值 as the reader parsed it
    (:func:`~jixiao.rules.chinese._base.parse_weight`)."""
    notes: list[str] = []
    for repair in _REPAIRS:
        text, said = repair(text, w)
        notes.extend(said)
    return text, notes


def repair_counts(text: str, weight: object = None) -> dict[str, bool]:
    """Which repairs change ``text`` (each on its own, on the text the earlier ones left): for the measurement."""
    w = parse_weight(weight)
    changed: dict[str, bool] = {}
    for repair in _REPAIRS:
        new, _said = repair(text, w)
        changed[repair.__name__.strip("_")] = new != text
        text = new
    return changed


#: points written with a leading 0 — "每超出1人扣02分" (fresh28 AO8-4, an OCR text layer; first run: read as 2 points):
#: 0.2 with its point lost, or 2?
_LEADING_ZERO_RE = re.compile(r"(?<![\d.])0\d+(?:\.\d+)?分")

#: a deduction whose amount the text layer lost: "…树挂垃圾扣 分,每发觉一处湖岸坡垃圾拾捡不到位扣 ;…扣 2 分" (fresh33 AT3-1,
#: first run: read as 2 per finding from the one clause that kept its number)
_LOST_AMOUNT_RE = re.compile(r"(?<!全)扣(?:\s+分|\s*[;；,，。]|\s*$)")
#: a per-count step whose deduction was lost — "每缺1 ,扣完为止" (fresh38 AY4-1, lead s23: read as "符合": W): "每缺/每少 N"
#: then a break with no 扣/得/分 before it
_LOST_STEP_RE = re.compile(r"每[缺少漏差]\s*\d{1,3}\s*(?:[个项处次张份]\s*)?"
                           # (the points may follow in the next clause: "每少 1 次,扣 0.5 分", fresh31 AR6-6 — not lost)
                           r"(?=[;；,，。]\s*(?:扣完|扣满|[^扣得减加计记\d\s])|[;；,，。]?\s*$)")


def damage_refusal(text: str) -> tuple[str, str] | None:
    """Why ``text`` (repaired) is refused before it is read (the reader says "未能读懂：why", _base.cannot_read), and the
    damaged clause — damage no repair undoes, whatever a reading would make of it — or ``None``: points written with a leading 0 ("扣02分": 0.2 or 2?), a deduction with
    a blank where its points were ("扣 分", "扣 ;").

    >>> damage_refusal("达到目标值得2分,每超出1人扣02分,扣完为止。")
    ('分数“02分”以0开头（疑为识别错误，如0.2分或2分），未作推测', '每超出1人扣02分')
    >>> damage_refusal("每发现一处垃圾扣 分,每发现一处卫生死角扣2分。")
    ('“每发现一处垃圾扣 分”扣几分没有写出（原文此处缺数字），未作推测', '每发现一处垃圾扣 分')
    >>> damage_refusal("每处不到位扣 ;每处死角扣2分")[1]
    '每处不到位扣 '
    >>> damage_refusal("全部符合要求满分;每缺1 ,扣完为止。")[1]  # the step's points lost (fresh38 AY4-1)
    '每缺1 '
    >>> damage_refusal("每超出1人扣0.2分,扣完为止。") is None, damage_refusal("未完成的全扣。") is None
    (True, True)
    """
    m = _LEADING_ZERO_RE.search(text)
    if m is not None:
        return (f"分数“{m.group(0)}”以0开头（疑为识别错误，如0.{m.group(0)[1:-1]}分或{m.group(0)[1:-1]}分），"
                "未作推测", _clause_around(text, m.start(), m.end()))
    m = _LOST_AMOUNT_RE.search(text) or _LOST_STEP_RE.search(text)
    if m is not None:
        clause = _clause_around(text, m.start(), m.start() + 1)  # (the stop after "扣 ;" ends the clause: not in it)
        return f"“{clause}”扣几分没有写出（原文此处缺数字），未作推测", clause
    return None
