"""The printed wording of a pass/fail reading as its level names (i11j).

A pass/fail sentence is read ``"符合": W; *: 0``. A person who types (or picks) the table's own
words — the passing description, or the failing one — must get the printed score too, not fall
under ``*``. So besides "符合" the reading names:

* the passing description as printed, whole (commas kept: "配备人员,且接受过专业培训"), without a
  list marker ("A." "(1)" "2." "①"), a leading 凡/对/如/若, a trailing 的/者, quotation marks, or
  a leading question ("预算编制流程是否科学规范，…" is what is checked, not the level);
* each failing description before a zero mark (不得分 / 0分 / 扣全分 / 扣W分), whole, and when it
  lists alternatives ("不明确或不符合"), each alternative that is a failure on its own.

Named only when the printed text is unambiguous: exactly one award mark, worth the pass points;
every other mark a zero; no digits in a name (a number in a description is a condition on a
value, never a level to type); the passing description ends with what the reader took as the
passing condition; a failing description says no (无/未/没/不/缺). Otherwise the reading is left
as it was — a name is only ever added, never guessed.

>>> from jixiao.rules.chinese import read_rule_text
>>> read_rule_text("成立了由县(市、区)政府牵头的农产品质量安全协调机构的得3分,未成立的不得分;", 3).canonical
'"符合": 3; "成立了由县(市、区)政府牵头的农产品质量安全协调机构": 3; "未成立": 0; *: 0'
>>> read_rule_text("A. 配备人员,且接受过专业培训 0.5分B. 未配备人员 0分", 0.5).canonical  # 未配备: shortnames (r3)
'"符合": 0.5; "配备人员,且接受过专业培训": 0.5; "未配备人员": 0; "未配备": 0; *: 0'
>>> read_rule_text("有正式文件的得 5 分,否则,不得分", 5).canonical
'"符合": 5; "有正式文件": 5; *: 0'
>>> read_rule_text("部门年度工作目标明确，符合中长期目标得2分；不明确或不符合，得0分。", 2).canonical
'"符合": 2; "部门年度工作目标明确,符合中长期目标": 2; "不明确或不符合": 0; "不明确": 0; *: 0'
"""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal

from jixiao.rules.chinese._base import Described
from jixiao.rules.chinese.failures import _NEGATION, _failing_parts
from jixiao.rules.chinese.failures import LEAD_RE as _LEAD_RE
from jixiao.rules.chinese.levels import LEVEL_RE
from jixiao.rules.chinese.lexicon import DEDUCT
from jixiao.rules.chinese.normalise import _CIRCLED, _normalise, printed_chars, to_simplified
from jixiao.rules.model import (
    QUOTES_RE,
    ZERO,
    Amount,
    Any_,
    Clause,
    Num,
    Points,
    Rule,
    Text,
    fmt_decimal,
)

#: what the reader notes as the passing condition of a pass/fail reading (assemble.py)
PASS_NOTE = "达标条件（定性）："

#: the note of each name taken from the printed wording
NAMED_NOTE = "业绩值填原文“"

_N = r"\d{1,3}(?:\.\d{1,2})?"

#: a score verb: 得 / 记 / 计 / 给 / 赋 / 为 / 记为 / 可得 (繁体 too)
_VERB = r"(?:可得|[记计评評記計]为|[得记计给赋为記計給賦])"

#: a score mark as printed: a zero (不得分, 得0分, 0 分, 扣全分, 扣N分) or an award (得N分, 记满分, 0.5分)
_MARK_RE = re.compile(
    rf"(?P<zero>(?:不|无)[得记计给赋記計給賦]分|{_VERB}?\s*(?<![\d.])0\s*分|"
    rf"{DEDUCT}\s*(?:全分|全部分数?|满分|本项分|该项分|此项分|(?P<ded>{_N})\s*分))"
    rf"|(?P<award>{_VERB}?\s*(?:满分|全分|(?P<pts>{_N})\s*分)|得分(?=\s*[,，。；;]|\s*$))")

#: where a description begins: a sentence end, a colon, a line break
_BOUNDARY_RE = re.compile(r"[。；;:：\n!！?？]|(?<![\dA-Za-z])\.(?!\d)")

#: a leading clause saying what is checked or how, not the level: "…是否科学规范，" / "核查文件及会议记录，"
_CHECKED_RE = re.compile(r"是否|^(?:核查|检查|查看|查阅|查验|查(?!处))|^提供相关")

#: the longest name taken from the printed wording: a native template formula compares the value with
#: the name as an Excel string literal (at most 255 characters); longer descriptions are left unnamed
MAX_NAME = 80

#: words that make a stretch no description: points, deductions, "otherwise"
_NOT_A_NAME_RE = re.compile(r"\d|分值|基准分|扣|每|否则|反之|其他|其它|其余")


#: a one-character grade ("…以检查表为依据,优30分、良20分…", fresh74 CI6-1, r62): the clauses before it say how the grade
#: is found, they never describe the grade — no whole description is named for it
_GRADE_CHAR_RE = re.compile(r"[优良中差好]")


#: "所有对象完全公示" beside "发现有1个对象未公示": the failing side's one is "any one" of the passing side's all
_ALL_RE = re.compile(r"所有|全部|全体|每个|每一个|均|都")
_ONE_OF_RE = re.compile(r"^(?:发现)?(?:有|任何|任一)?1(?P<unit>[个名人户家项])(?P<noun>[\u4e00-\u9fff]{1,6}?)(?:未|没有|不)")


def any_one_of_all(passing: str, failing: str) -> bool:
    """Whether the failing side counts one of what the passing side says all of: "所有对象完全公示得1分,
    发现有1个对象未公示,不得分" (fresh14 AA2-6, r4) — one not done is the complement of all done, nothing
    between; the noun after the count must be printed on the passing side, and no other number may appear.

    >>> any_one_of_all("所有对象完全公示", "发现有1个对象未公示"), any_one_of_all("所有对象完全公示", "有3个对象未公示")
    (True, False)
    >>> any_one_of_all("对象完全公示", "发现有1个对象未公示"), any_one_of_all("所有对象完全公示", "有1个单位未公示")
    (False, False)
    """
    m = _ONE_OF_RE.match(failing)
    return (m is not None and _ALL_RE.search(passing) is not None and m["noun"] in passing
            and len(re.findall(r"\d+", failing)) == 1 and not re.search(r"\d", passing))


def _normalise_width(text: str) -> str:
    """Full-width digits and punctuation as half-width (NFKC per character), keeping ①②③."""
    return "".join(ch if ch in _CIRCLED else unicodedata.normalize("NFKC", ch) for ch in text)


def _bare(s: str) -> str:
    """Words only (punctuation and a joining 且 left out), to compare a name with the reader's condition."""
    return re.sub(r"[\s,，、;；。.且]", "", s)


def _trim(desc: str) -> str:
    """The description as a level name: no list marker, lead-in, trailing 的, quotes or spaces
    next to Chinese characters.

    >>> _trim("A. 制订了工作制度和工作流程 "), _trim("2.根据近三年学生数的增减情况，实行动态调整的，")
    ('制订了工作制度和工作流程', '根据近三年学生数的增减情况,实行动态调整')
    >>> _trim("， 预算编制流程是否科学规范，遵循两上两下机制，经局办公会审议")
    '遵循两上两下机制,经局办公会审议'
    >>> _trim("(一)按照规定的项目和标准征收的"), _trim("核查文件及会议记录,资料齐全"), _trim("达不到的,该项")
    ('按照规定的项目和标准征收', '资料齐全', '达不到')
    >>> _trim("对按时报送的"), _trim("如期完成的"), _trim("对照标准开展自查的")
    ('按时报送', '如期完成', '对照标准开展自查')
    >>> _trim("资料齐全的均"), _trim("高于全省平均")
    ('资料齐全', '高于全省平均')
    """
    s = QUOTES_RE.sub("", _normalise_width(desc))
    s = re.sub(r"\s+(?=[^\x00-\x7f])|(?<=[^\x00-\x7f])\s+", "", s).strip()
    while True:
        t = s.strip(" ,，、.。")
        t = _LEAD_RE.sub("", t, count=1).strip(" ,，、")
        # (r76: "资料齐全的均得5分" named nothing — the pass typed fell under 否则, 0; not 平均/人均)
        t = re.sub(r"(?:的|者|该项|此项|本项|该指标|此指标|(?<![平人])均|一律)$", "", t).rstrip(" ,，、")
        parts = re.split(r"(?<=[,，])", t)
        if len(parts) > 1 and _CHECKED_RE.search(parts[0]):  # "…是否科学规范，" / "核查文件及会议记录，"
            t = "".join(parts[1:])
        if t == s:
            return s if len(s) <= MAX_NAME else ""
        s = t


def _failing_names(name: str) -> list[str]:
    """The names of a failing description: the whole, and each alternative that fails on its own;
    clauses listed as alternatives ("…的，或…的") are named one by one, not as a whole.

    >>> _failing_names("不明确或不符合"), _failing_names("未按照规定上报、备案"), _failing_names("已完成")
    (['不明确或不符合', '不明确'], ['未按照规定上报、备案'], [])
    >>> _failing_names("未实行动态调整的,或逆向减少中小学教职工编制")
    ['未实行动态调整', '逆向减少中小学教职工编制']
    """
    clauses = [_trim(p) for p in re.split(r"[,，]\s*或(?:者|是)?", name)]
    if len(clauses) > 1:
        return [c for c in clauses if c and not _NOT_A_NAME_RE.search(c) and c not in ("符合", "不符合")]
    if not _NEGATION.search(name):
        return []
    return [n for n in [name, *_failing_parts(name)] if n not in ("符合", "不符合")]


#: a heading restating the row's points, not a mark: "共2分," / "本项满分4分。" (r3, fresh17 AD3-2)
_HEADING_RE = re.compile(rf"^\s*(?:本项|该项|此项)?(?:满分|分值|共计?|合计|总分)(?:为|是)?\s*{_N}\s*分$")


def _marks(text: str) -> list[tuple[str, str, Decimal | None]]:
    """(kind, description as printed, points) for every score mark of ``text``, in order; a leading
    heading "共2分," is no mark.

    >>> [k for k, _, _ in _marks("共2分,未建立不得分,已建立得2分。")]
    ['zero', 'award']
    """
    out = []
    start = 0
    for m in _MARK_RE.finditer(text):
        b = [x.end() for x in _BOUNDARY_RE.finditer(text, start, m.start())]
        desc = text[(b[-1] if b else start): m.start()]
        if not out and m["award"] is not None and _HEADING_RE.match(desc + m.group(0)):
            start = m.end()
            continue
        if m["zero"] is not None:
            out.append(("zero", desc, Decimal(m["ded"]) if m["ded"] else None))
        else:
            out.append(("award", desc, Decimal(m["pts"]) if m["pts"] else None))
        start = m.end()
    return out


def name_printed_levels(rule: Rule, understood: list[str], text: str, weight: Decimal | None) -> Rule:
    """``rule`` (a pass/fail reading of ``text``) with the printed descriptions named as levels;
    a note for each name added is appended to ``understood``.

    >>> from jixiao.rules.grammar import parse_rule
    >>> str(name_printed_levels(parse_rule('"符合": 4; *: 0'), ["达标条件（定性）：有专题部署 → 得4分"],
    ...                         "有专题部署的得4分，没有专题部署的不得分", Decimal(4)))
    '"符合": 4; "有专题部署": 4; "没有专题部署": 0; *: 0'
    >>> str(name_printed_levels(parse_rule('"符合": 4; *: 0'), ["达标条件（定性）：有专题部署 → 得4分"],
    ...                         "有专题部署的得4分，另有调研的得2分，没有的不得分", Decimal(4)))  # two awards
    '"符合": 4; *: 0'
    """
    qual = next((u[len(PASS_NOTE):].rsplit(" → ", 1)[0] for u in understood if u.startswith(PASS_NOTE)), None)
    passing = [c for c in rule.clauses if isinstance(c.condition, Text) and c.condition.text == "符合"]
    others = [c for c in rule.clauses if isinstance(c.condition, Any_) and isinstance(c.outcome, Points)]
    if qual is None or len(passing) != 1 or len(others) != 1 or weight is None \
            or others[0].outcome.amount.points(weight) != ZERO:  # type: ignore[union-attr]
        return rule
    pts = passing[0].outcome.amount.points(weight)  # type: ignore[union-attr]
    back = printed_chars(text)  # a text printed in 繁体 is read in 简体, its names given back as printed
    marks = _marks(to_simplified(_normalise_width(text)))
    awards = [m for m in marks if m[0] == "award"]
    if len(awards) != 1 or (awards[0][2] is not None and awards[0][2] != pts) or len(marks) < 2 \
            or any(k == "zero" and d is not None and d != weight for k, _, d in marks):
        return rule
    names: list[tuple[str, Decimal]] = []
    for kind, desc, _ in marks:
        name = _trim(desc)
        if not name or name in ("符合", "不符合") or (
                _NOT_A_NAME_RE.search(name) and not (kind == "zero" and any_one_of_all(qual, name))):
            continue
        if kind == "award":
            last = re.split(r"[,，]", name)[-1]
            if LEVEL_RE.match(last) and last == qual or not _bare(_normalise(name)[0]).endswith(_bare(_trim(qual))):
                continue  # "…，完成得满分": the level word is the name (the reader names it)
            names.append((name, pts))
            names += [(n, pts) for n in _lead_in_dropped(name, qual, understood)]
        else:
            names += [(n, ZERO) for n in _failing_names(name)]
    names = [("".join(back.get(ch, ch) for ch in n), p) for n, p in names]
    clauses = list(rule.clauses)
    at = clauses.index(passing[0]) + 1
    for name, p in names:
        if rule.names_text(name) or any(isinstance(c.condition, Text) and c.condition.text == name
                                        for c in clauses):
            continue
        understood.append(f"{NAMED_NOTE}{name}”得{fmt_decimal(p)}分")
        if p:
            clauses.insert(at, Clause(Text(name), passing[0].outcome))
            at += 1
        else:
            clauses.insert(clauses.index(others[0]), Clause(Text(name), Points(Amount(Num(ZERO)))))
    return Rule(tuple(clauses))


#: a lead-in saying how the row is checked, not what it requires: "视检查情况" / "根据检查情况" / "经检查" / "按季度检查"
_HOW_CHECKED_RE = re.compile(r"^(?:视|根据|依据|按照?|经|通过|对照)[^,，]{0,8}(?:情况|检查|抽查|核查|考核|查看|督查)$")


def _lead_in_dropped(name: str, qual: str, understood: list[str]) -> list[str]:
    """The passing condition alone when the printed passing description is the reader's descriptions then it
    ("视检查情况,建立" with "视检查情况" noted as a description and "建立" the condition, r71): a person types the
    condition ("建立"), and it must score the pass, not fall under ``*`` (it scored 0). None otherwise.

    >>> from jixiao.rules.chinese._base import described
    >>> _lead_in_dropped("视检查情况,建立", "建立", [described("视检查情况")])
    ['建立']
    >>> _lead_in_dropped("配备人员,且接受过专业培训", "接受过专业培训", [described("配备人员")])  # a requirement
    []
    >>> _lead_in_dropped("建立台账,按月报送", "按月报送", [described("建立台账")]), _lead_in_dropped("建立", "建立", [])
    ([], [])
    """
    *lead, last = re.split(r"[,，]", name)
    dropped = {_bare(to_simplified(u.fragment)) for u in understood if isinstance(u, Described) and u.label == "说明"}
    if not lead or _bare(last) != _bare(_trim(qual)) \
            or not all(_bare(c) in dropped and _HOW_CHECKED_RE.search(c) for c in lead if _bare(c)):
        return []
    return [last.strip()]


def without_printed_names(rule: Rule, understood: list[str]) -> Rule:
    """``rule`` without the names :func:`name_printed_levels` took from the printed wording (the rule
    a differently printed text of the same meaning reads to).

    >>> from jixiao.rules.chinese import read_rule_text
    >>> r = read_rule_text("有正式文件的得5分,否则不得分", 5)
    >>> str(without_printed_names(r.rule, r.understood))
    '"符合": 5; *: 0'
    """
    named = {u[len(NAMED_NOTE):].rsplit("”", 1)[0] for u in understood if u.startswith(NAMED_NOTE)}
    return Rule(tuple(c for c in rule.clauses if not (isinstance(c.condition, Text) and c.condition.text in named)))


def name_whole_descriptions(rule: Rule, understood: list[str], text: str, weight: Decimal | None) -> Rule:
    """``rule`` (levels named by their last words: "有成果": 10) with each level's whole printed
    description named too ("有兼职的旅游执法队伍,有检查,有成果": 10), and the acts of a failing list
    with no negation in any of them ("漏报、瞒报、谎报的扣3分": 漏报 / 瞒报 / 谎报) one by one.

    Every score mark of the text must find its level — the level's name ends the mark's description
    and scores the mark's points (得N分; 不得分 0; 扣N分 W − N) — or nothing is added.

    >>> from jixiao.rules.chinese import read_rule_text
    >>> read_rule_text("有专职队伍,有成果得10分;有兼职队伍,有检查得5分;没有开展工作不得分。", 10).canonical
    '"有成果": 10; "有专职队伍,有成果": 10; "有检查": 5; "有兼职队伍,有检查": 5; "没有开展工作": 0'
    >>> read_rule_text("迟报扣2分,漏报、瞒报、谎报的扣3分。", 3).canonical
    '"符合": W; "漏报、瞒报、谎报": 0; "漏报": 0; "瞒报": 0; "谎报": 0; "迟报": 1'
    """
    if weight is None:
        return rule
    levels = {c.condition.text: c for c in rule.clauses if isinstance(c.condition, Text)}
    back = printed_chars(text)
    marks = _marks(to_simplified(_normalise_width(text)))
    if not marks:
        return rule
    added: list[tuple[str, Clause]] = []
    for kind, desc, n in marks:
        pts = (weight - n if n is not None else ZERO) if kind == "zero" else (n if n is not None else weight)
        whole = _trim(desc)
        found = [c for name, c in levels.items() if name != "符合" and _bare(whole).endswith(_bare(to_simplified(name)))
                 and c.outcome.amount.points(weight) == pts]  # type: ignore[union-attr]
        if not whole or len(found) != 1:
            return rule
        if pts and re.search(r"[,，]", whole) and not _NOT_A_NAME_RE.search(whole) \
                and not _GRADE_CHAR_RE.fullmatch(to_simplified(found[0].condition.text)):  # type: ignore[union-attr]
            # a level worth points, described in several clauses; a failing level's clauses before it
            # are what is required or how it is checked ("各村设立…,未落实" / "检查…文本,未编制"): not named
            added.append((whole, found[0]))
        parts = re.split(r"、", whole)
        # (only when the level is the whole list: "有制度上墙、签订责任状、年度发生事故不计分" names the last member, the
        # earlier ones are requirements, never failing acts — fresh24 AK14-1, r15)
        if kind == "zero" and len(parts) > 1 and not any(_NEGATION.search(p) for p in parts) \
                and not _NOT_A_NAME_RE.search(whole) \
                and _bare(to_simplified(found[0].condition.text)) == _bare(whole):  # type: ignore[union-attr]
            added += [(p, found[0]) for p in parts if p]
    clauses: list[Clause] = []
    for c in rule.clauses:
        clauses.append(c)
        for name, level in added:
            name = "".join(back.get(ch, ch) for ch in name)
            if level is not c or name in levels or any(isinstance(x.condition, Text) and x.condition.text == name
                                                       for x in clauses):
                continue
            understood.append(f"{NAMED_NOTE}{name}”得{fmt_decimal(c.outcome.amount.points(weight))}分")  # type: ignore[union-attr]
            clauses.append(Clause(Text(name), c.outcome))
    return Rule(tuple(clauses))
