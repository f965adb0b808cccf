"""Shorter printed names of a text level (r3): the words a person types for a level are often a part
of the printed description, not all of it.

A qualitative reading names each level by its printed description ("市本级防艾办未实体化": 0). The
table's own shorter wording must score the same, so the reading also names, for each level:

* the level without a trailing bracket: "入选省级(含推荐到国家评审项目)" → "入选省级";
* each alternative of a level worth points, "A或B" → A, B (no negation in either: either one earns
  the points); and of a failing level when each alternative fails on its own ("未悬挂名称牌匾或牌匾
  与名称不符" → both);
* each comma clause of a failing description when every clause fails on its own
  ("记录不完整,不齐全扣1分" → "记录不完整", "不齐全");
* the negated part of a failing description that has a subject before its 未/没有
  ("市本级防艾办未实体化" → "未实体化"; "符合标准但未设立科室" → "未设立科室"), and "未" with its
  verb when an object follows ("未实施多杆合一建设" → "未实施"; only the verbs of ``_VERBS``);
* when the text has exactly one failing description and it scores 0 (the row is pass/fail), its
  positive form worth the pass: "未开展" → "开展", "没有开展活动" → "开展活动", and "已成立" when
  "已成立" is printed — when nothing else fails under "否则", or the printed pass is that form and an
  object only ("已成立卫生应急办公室" against "未成立").

Every name added is printed in the text (a part of it); "无计划" gives no "有计划" unless printed.

A shorter name is added only when no level of the reading has that name already and no other level
gives it another score; a name with a digit or a deduction word is never added. Scores of every other
value stay as they were: a name is only ever added.

>>> from jixiao.rules.chinese import read_rule_text
>>> read_rule_text("未开展的扣20分", 20).canonical
'"符合": W; "开展": W; "未开展": 0; "不符合": 0'
>>> read_rule_text("市本级防艾办未实体化扣10分", 10).canonical
'"符合": W; "实体化": W; "市本级防艾办未实体化": 0; "未实体化": 0; "不符合": 0'
>>> read_rule_text("无记录扣全分,记录不完整,不齐全扣1分。", 5).canonical  # fresh11 X3-6
'"符合": W; "无记录": 0; "不齐全": 4; "记录不完整": 4; "记录不完整,不齐全": 4'
"""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal

from jixiao.rules.chinese.failures import _NEGATION
from jixiao.rules.chinese.lexicon import ACTION_VERB, said_as_done
from jixiao.rules.chinese.normalise import printed_chars, to_simplified
from jixiao.rules.chinese.printednames import (
    _NOT_A_NAME_RE,
    NAMED_NOTE,
    _bare,
    _marks,
    _normalise_width,
    _trim,
)
from jixiao.rules.model import QUOTES_RE, ZERO, Any_, Clause, Points, Rule, Text, fmt_decimal

#: verbs whose negation "未V" names a failing level on its own ("未实施多杆合一建设" → "未实施")
_VERBS = ACTION_VERB  # the one list deductionlist reads too (r12)

#: a time before a failing ("…重点时期", "汛期期间", "检查时", "年底前"): when the failing is looked for (r64)
_WHEN_RE = re.compile(r"(?:时期|期间|时|之前|以前|前)$")

#: a negation that starts the failing part of a description, after its subject
_NEGATED_TAIL_RE = re.compile(r"(?<=.)(?:未|没有)(?=.)")

#: (with the manner it was to be done in: "未按要求建立…监控系统" → "未按要求建立", fresh26 AM2-4, r15)
_NEGATED_VERB_RE = re.compile(rf"^未(?:按(?:要求|规定|时|期|计划)|及时)?(?:{_VERBS})(?=.)")

#: the positive form of a negated description: 未X → X, 没有X / 无X → 有X
#: the negation a failing description opens with, whose passing form is a short name
_OPENING_NEGATION_RE = re.compile(r"未|没有|无")

_NOT_FORMS = ("符合", "不符合")


def _flat(s: str) -> str:
    """``s`` as compared for "is this name printed": NFKC, no quotes, no spaces."""
    return re.sub(r"\s+", "", QUOTES_RE.sub("", unicodedata.normalize("NFKC", s)))


def _trailing_bracket(name: str) -> list[str]:
    """ "入选省级(含推荐到国家评审项目)" → ["入选省级"]; brackets inside a name are kept.

    >>> _trailing_bracket("入选省级(含推荐到国家评审项目)"), _trailing_bracket("县(市、区)政府牵头")
    (['入选省级'], [])
    """
    m = re.fullmatch(r"(.{2,}?)[(（][^()（）]+[)）]", name)
    return [m[1]] if m else []


def _alternatives(name: str, failing: bool) -> list[str]:
    """The alternatives of "A或B" in one clause (no comma): for a level worth points each, when none is
    negated — either one alone earns the points, so each is a name ("资料齐全或完整的得5分,否则不得分": "完整"
    typed is the pass, not "否则"; r70 — before, only the first was named and the others fell under 否则, 0);
    a later one is named as printed, its verb or subject shared with the first left out ("悬挂于显著位置或公共位置"
    → "公共位置"); for a failing level each, when each is negated.

    >>> _alternatives("悬挂于办公场显著位置或公共为止", False), _alternatives("资料齐全或者完整", False)
    (['悬挂于办公场显著位置', '公共为止'], ['资料齐全', '完整'])
    >>> _alternatives("未悬挂名称牌匾或牌匾与名称不符", True), _alternatives("没有或不符合要求", False)
    (['未悬挂名称牌匾', '牌匾与名称不符'], [])
    >>> _alternatives("有相关文件或书面材料,且严格执行", False)
    []
    >>> _alternatives("未开展的或未通过验收", True)
    ['未开展', '未通过验收']
    >>> _alternatives("有制度或无制度但有措施", False), _alternatives("按时或未按时完成", False)
    (['有制度', '无制度但有措施'], ['按时'])
    >>> _alternatives("未擅自调整项目计划或变更项目建设内容", False)
    []
    >>> _alternatives("按期完成或提前完成", False), _alternatives("按时上报或提前报备", False)
    (['按期完成', '提前完成'], ['按时上报', '提前报备'])

    A later alternative that would drop a manner the first one asks (及时, 按时, 按规定 … before it) is not named:
    "及时来办理变更或注销手续" — "注销手续" alone does not say 及时 (the first stays the only short name, as before).

    >>> _alternatives("及时来办理《记录簿》和IC卡变更或注销手续", False)
    ['及时来办理《记录簿》和IC卡变更']
    """
    parts = re.split(r"或(?:者|是)?", name)
    if len(parts) < 2 or re.search(r"[,，;；]", name) or any(len(p) < 2 for p in parts):
        return []
    negated = [bool(_NEGATION.search(p)) for p in parts]
    if failing:  # "未開展的或未通過部、省驗收" (fresh23 AJ15-1, r11): "未開展的" is named "未開展"
        return [re.sub(r"(?<=.{2})(?:的|者)$", "", p) for p in parts] if all(negated) else []
    if negated[0]:
        # "未擅自调整项目计划或变更项目建设内容" (the dump, r76): the first negation may reach over every alternative
        # ("变更项目建设内容" alone is the failing) — none named, as before
        return []
    if any(negated):
        # (r76) some negated — "有制度或无制度但有措施", "及时报送或未及时报送但说明原因": either one earns the points;
        # naming none left the first alternative typed under 否则 (0 of 3). A negated one is named only with what
        # redeems it (但/且/已/经 …): "按时或未按时完成" (every case passes — a slip?) names "按时" alone (r70's near miss)
        parts = [p for p, n in zip(parts, negated, strict=True) if not n or _REDEEMED_RE.search(p)]
    manner = _MANNER_FIRST_RE.match(parts[0])
    # (the manner may be the first alternative itself, "按时或提前完成": then each is one; or each later one may carry a
    # manner of its own for the same event's time, "按期完成或提前完成", "按时上报或提前报备" (r85): 提前 is no slip of 按期)
    return parts if manner is None or manner[0] == parts[0] or all(manner[0] in p for p in parts[1:]) \
        or (_WHEN_MANNER_RE.fullmatch(manner[0]) and all(_WHEN_MANNER_RE.match(p) for p in parts[1:])) else parts[:1]


#: what redeems a negated alternative of a pass: "无制度但有措施", "未及时报送但说明原因", "不健全但已整改"
_REDEEMED_RE = re.compile(r"但|且|已|经|并")

#: a manner the first alternative asks, which a later one printed without it would drop
_MANNER_FIRST_RE = re.compile(r"及时|按时|按期|如期|按规定|按要求|严格|足额|全额|规范")


#: manners that are alternatives of one event — when it happens: "按期完成或提前完成", "按时上报或提前报备" (r85); each
#: later alternative that begins with one carries its own (逾期/延期 are failings, not among them)
_WHEN_MANNER_RE = re.compile(r"按时|按期|如期|准时|及时|提前")


#: "及时上报或报备": a manner, the first alternative, 或, a later one printed without the manner (r74)
_MANNER_THEN_OR_RE = re.compile(r"(?P<m>及时|按时|按期|如期|按规定|按要求)(?P<a>[^,，;；。、或的]{1,12})或(?:者|是)?"
                                r"(?P<b>[^,，;；。、或的得计记]{1,12})")


def dropped_manner_refusal(norm: str, rule: Rule) -> str | None:
    """Why a reading with a catch-all (否则 → ``*``) is refused when a later alternative drops the first one's manner
    (r70's open case, r74): "及时上报或报备的得5分,否则不得分" names "及时上报或报备" and "及时上报" — "报备" typed went to
    否则 (0), but the text may mean "(及时上报)或(报备)" (5) as well as "及时(上报或报备)" (0 when late): two scores for
    one typed value. Without a catch-all "报备" is a gap (no score), as before; a later alternative that is named too, or
    carries the manner ("按时上报或按时报备"), or is a failing ("未…"), is no such case.

    >>> from jixiao.rules.grammar import parse_rule
    >>> dropped_manner_refusal("及时上报或报备的得5分,否则不得分", parse_rule('"符合": 5; "及时上报": 5; *: 0')) is not None
    True
    >>> dropped_manner_refusal("及时上报或报备的得5分", parse_rule('"符合": 5')) is None  # no catch-all: a gap
    True
    >>> dropped_manner_refusal("按时上报或按时报备的得5分,否则不得分", parse_rule('"符合": 5; *: 0')) is None
    True
    >>> dropped_manner_refusal("未及时上报或报备的不得分", parse_rule('"符合": 5; *: 5')) is None  # a failing
    True
    """
    named = {c.condition.text for c in rule.clauses if isinstance(c.condition, Text)}
    if not named or not any(isinstance(c.condition, Any_) for c in rule.clauses):
        return None  # no named level beside a catch-all (a count of failings "未及时记录或上报1次扣2分" is no such case)
    for m in _MANNER_THEN_OR_RE.finditer(norm):
        later = m["b"]
        if m["m"] in later or _NEGATION.search(later) or later in named \
                or re.search(r"[未没不无非]有?$", norm[max(0, m.start() - 2): m.start()]):
            continue  # (a failing: "未按规定延期或注销的", "没有及时安置或发生…" — the negation holds both)
        return (f"“{m.group(0)}”：“{later}”前没有“{m['m']}”，可读作“{m['m']}{m['a']}”或“{later}”（{later}得分），"
                f"也可读作“{m['m']}”管到两者（不{m['m']}的{later}按“否则”计分）：填“{later}”时两种读法得分不同，未作推测")
    return None


def _negated_tail(name: str, zero: bool) -> list[str]:
    """The failing part of a failing description after its subject (only for a level worth 0: a
    subject such as "部分环节" may be what makes a level worth more), and 未 with its verb; nothing
    when the failing part holds a second negation.

    >>> _negated_tail("市本级防艾办未实体化", True), _negated_tail("新改扩建道路未实施多杆合一建设", True)
    (['未实体化'], ['未实施多杆合一建设', '未实施'])
    >>> _negated_tail("未举办老干部读书班", False), _negated_tail("未按规定上报", True)
    (['未举办'], [])
    >>> _negated_tail("部分环节没有按程序办理", False), _negated_tail("既未制订工作制度又无工作流程", True)
    ([], [])
    >>> _negated_tail("未按要求建立工资支付监控系统", True)
    ['未按要求建立']

    A time before the failing ("秸秆禁烧重点时期未按要求设立检查站", fresh75 CJ3-1, r64) says when it is looked for, not
    how much of it failed: the failing part names the level whatever it is worth.

    >>> _negated_tail("秸秆禁烧重点时期未按要求设立检查站", False), _negated_tail("部分环节没有按程序办理", False)
    (['未按要求设立检查站', '未按要求设立'], [])
    """
    out = []
    m = _NEGATED_TAIL_RE.search(name)
    tail = name
    if m is not None and not _NEGATION.search(name[: m.start()]) and not re.search(r"[,，、或]", name):
        if not zero and not _WHEN_RE.search(name[: m.start()]):
            return []
        tail = name[m.start():]
        out.append(tail)
    lead = re.match(r"未|没有|无", tail)
    if _NEGATION.search(tail[lead.end():] if lead else tail):
        return []
    v = _NEGATED_VERB_RE.match(tail)
    if v is not None:
        out.append(v[0])
    return out


def _had_tail(name: str, names: list[str]) -> list[str]:
    """The "有X" at the end of a passing description after its subject, when another level is "无X" / "没有X"
    (the same X): "质量工作在政府工作报告中有体现" beside "无体现" → "有体现" (fresh20 AG7-1, r5).

    >>> _had_tail("质量工作在政府工作报告中有体现", ["体现不充分", "无体现"])
    ['有体现']
    >>> _had_tail("质量工作在政府工作报告中有体现", ["体现不充分"])  # no "无体现" printed
    []
    >>> _had_tail("没有出现问题", ["没有出现问题", "出现一般问题"])  # 没有 is no subject then 有 (r69)
    []
    """
    # (r69: not the 有 of a negation — "没有出现问题" named "有出现问题" at the 分值)
    m = re.search(r"(?<=[^没])有(?=[^有]{1,12}$)", name)
    if m is None or re.search(r"[,，、或;；]", name[m.start():]):
        return []
    rest = name[m.end():]
    return [name[m.start():]] if any(n in ("无" + rest, "没有" + rest) for n in names) else []


def _parallel_head(name: str, others: list[str]) -> list[str]:
    """The words of a level up to the verb another level ends with, when the other level is that verb after its own
    modifier and this one goes on with the verb's object (r89, fresh87 CU5-1): "系统建立能耗设备分类台帐得4分,局部建立得2分" —
    "局部建立" leaves the 台帐 out, so "系统建立" is what a person types for the first.

    >>> _parallel_head("系统建立能耗设备分类台帐", ["系统建立能耗设备分类台帐", "局部建立"])
    ['系统建立']
    >>> _parallel_head("建立能耗设备分类台帐", ["局部建立"])  # no modifier of its own before the verb: nothing shorter
    []
    >>> _parallel_head("系统建立台帐,按月报送", ["局部建立"])  # more than one requirement
    []
    >>> _parallel_head("领导小组成员已变动", ["无领导小组"]), _parallel_head("有评价记录无方案", ["有方案无记录"])
    ([], [])
    """
    # (neither level negated: "无领导小组" beside "领导小组成员已变动…" is an absence and a defect, no parallel states)
    if re.search(r"[\W\d]|[不未没无非]", name):
        return []
    out: list[str] = []
    for other in others:
        if other == name or not 4 <= len(other) <= 6 or re.search(r"[\W\d]|[不未没无非]", other):
            continue
        verb = other[-2:]
        i = name.find(verb)
        if 2 <= i <= 4 and i + 2 < len(name) and name[: i + 2] != other:
            out.append(name[: i + 2])
    return out


def _leading_verb(name: str) -> list[str]:
    """The verb that starts the one passing description of a pass/fail row, when only its object follows
    (no comma, 且/并/和/或, no "…的" modifier): "完成年度下达补充耕地任务的,得1分,否则不得分" → "完成"
    (fresh19 AF5-3, r6) — the word a person types for "done".

    >>> _leading_verb("完成年度下达补充耕地任务"), _leading_verb("成立领导小组")
    (['完成'], ['成立'])
    >>> _leading_verb("完成任务且资料齐全"), _leading_verb("按时完成任务"), _leading_verb("完成"), _leading_verb("完成率达标")
    ([], [], [], [])
    >>> _leading_verb("建立健全采购管理制度"), _leading_verb("编制发布年度监测报告"), _leading_verb("上报及时")  # more than "done"
    ([], [], [])
    """
    m = re.match(rf"(?:完成|{_VERBS})(?![率度数量])(?!{_VERBS}|{_MANNER})(?=.{{4,}})", name)
    if m is None or re.search(rf"[,，;；、且并和的或]|{_MANNER}", name[m.end():]) or _NEGATION.search(name):
        return []
    return [m[0]]


#: words that say how well something is done: a description holding one is more than its verb ("上报及时")
_MANNER = "发布|健全|完善|规范|及时|完整|齐全|到位|准确|合格|有效|明确|合理|按时|按期|按要求|按规定"


def _passing_tail(name: str, names: list[str], failing: list[str]) -> list[str]:
    """The passing description without its subject (r9):

    * a negated predicate after the subject when a failing level names the same thing happening: "所属气象台站的探测
      环境未受到破坏" beside "保护不力遭受破坏" → "未受到破坏" (fresh19 AF1-5);
    * the verb the other levels start with, and what follows it: "质量发展目标纳入地区国民经济和社会发展规划" beside
      "纳入部门规划" / "未纳入规划" → "纳入地区国民经济和社会发展规划" (fresh20 AG6-1).

    >>> _passing_tail("所属气象台站的探测环境未受到破坏", [], ["保护不力遭受破坏"])
    ['未受到破坏']
    >>> _passing_tail("所辖水库未发生垮坝事故", [], ["管理不善发生垮坝"])
    ['未发生垮坝事故']
    >>> _passing_tail("绩效目标纳入部门预算", ["纳入部门计划", "未纳入"], ["纳入部门计划", "未纳入"])
    ['纳入部门预算']
    >>> _passing_tail("所属台站的环境未受到破坏", [], ["保护不力"]), _passing_tail("目标纳入预算", ["编入计划"], ["编入计划"])
    ([], [])
    >>> _passing_tail("未发生泄密", ["发生一般泄密", "发生重大泄密"], ["发生一般泄密", "发生重大泄密"])  # the 未 stays (r69)
    []
    """
    out = []
    m = _NEGATED_TAIL_RE.search(name)
    if m is not None and not _NEGATION.search(name[: m.start()]) and not re.search(r"[,，、或]", name):
        tail = name[m.start():]
        said = [tail[i: i + 2] for i in range(2, len(tail) - 1)]  # two characters of what did not happen
        if len(tail) >= 4 and any(w in f and not re.search(r"未|没|无|不", f[max(0, f.find(w) - 3): f.find(w)])
                                  for w in said for f in failing):  # the failing level says it happened ("遭受破坏")
            out.append(tail)
    others = [re.sub(r"^(?:未|不|没有)", "", n) for n in names if n != name]
    head = others[0][:2] if others and len(others[0]) >= 2 else ""
    if re.fullmatch(r"[\u4e00-\u9fff]{2}", head) and all(o.startswith(head) for o in others) \
            and any(not re.match(r"未|不|没有", n) for n in names if n != name):
        k = name.find(head)
        # (r69: never after a negation — "未发生泄密" beside "发生一般泄密" / "发生重大泄密" named "发生泄密" at the 分值)
        if k > 0 and len(name) - k >= 4 and not re.search(r"[,，、]", name[k:]) and not _NEGATION.search(name[:k]):
            out.append(name[k:])
    return out


def _failing_clauses(desc: str) -> list[str]:
    """The comma clauses of a failing description when each fails on its own.

    >>> _failing_clauses("管理体制不顺畅,管理权限不明确"), _failing_clauses("各村设立保洁人员,未落实")
    (['管理体制不顺畅', '管理权限不明确'], [])

    "既不防疫,也不填表" (fresh24 AK1-5, r15) is one state of two duties, not two failings: "既不防疫" alone is also
    the state "只填表,不防疫", worth more:

    >>> _failing_clauses("既不防疫,也不填表")
    []
    """
    parts = [p for p in re.split(r"[,，]\s*(?:或(?:者|是)?)?", desc) if p]
    if any(re.match(r"既|也|又|只|仅", p) for p in parts):
        return []
    return parts if len(parts) > 1 and all(_NEGATION.search(p) for p in parts) else []


def _passing_names(tail: str, text: str) -> list[str]:
    """The passing form of the one failing description that opens with its negation (未 / 没有 / 无), said as done
    (:func:`lexicon.said_as_done`: "未开展" → "开展", "没有专项资金" → "有专项资金", "没有开展活动" → "开展活动"), and
    "已成立" when printed; none for a tail with more than the one negation, a list or a choice.

    >>> _passing_names("未开展", "未开展的扣20分"), _passing_names("未成立", "已成立应急办得4分,未成立不得分")
    (['开展'], ['成立', '已成立'])
    >>> _passing_names("无计划", "无计划不得分"), _passing_names("没有开展活动", ""), _passing_names("没有或不符合要求", "")
    (['有计划'], ['开展活动'], [])
    """
    neg = _OPENING_NEGATION_RE.match(tail)
    rest = tail[neg.end():] if neg is not None else ""
    if neg is None or len(rest) < 2 or _NEGATION.search(rest) or re.search(r"[,，、或]", rest):
        return []
    done = said_as_done(tail, had=True)
    return [done] + (["已" + rest] if neg[0] == "未" and "已" + rest in text else [])  # type: ignore[list-item]


def _only_object(positive: str, passing: str) -> bool:
    """True when the printed passing description is ``positive`` (or 已 + it) and an object, with no
    further condition (a comma, 且/并/和, a "…的" modifier): then the positive form of the one failing
    description is the pass itself, even where other failures fall under "否则".

    >>> _only_object("成立", "已成立卫生应急办公室"), _only_object("纳入", "纳入财政预算")
    (True, True)
    >>> _only_object("配备人员", "配备人员,且接受过专业培训"), _only_object("成立", "成立了由政府牵头的协调机构")
    (False, False)
    """
    for head in (positive, "已" + positive):
        if passing.startswith(head) and not re.search(r"[,，;；、且并和的]", passing[len(head):]):
            return True
    return False


def name_short_forms(rule: Rule, understood: list[str], text: str, weight: Decimal | None) -> Rule:
    """``rule`` (a qualitative reading of ``text``) with the shorter printed names of its levels added
    (see the module docstring); a note for each name added is appended to ``understood``.

    >>> from jixiao.rules.grammar import parse_rule
    >>> str(name_short_forms(parse_rule('"入选省级(含推荐)": 1; "获批国家级": W'), [],
    ...                      "获批国家级得2分，入选省级（含推荐）得1分", Decimal(2)))
    '"入选省级(含推荐)": 1; "入选省级": 1; "获批国家级": W'
    """
    if weight is None or not all(isinstance(c.condition, (Text, Any_)) and isinstance(c.outcome, Points)
                                 for c in rule.clauses):
        return rule
    printed = to_simplified(_normalise_width(text))
    back = printed_chars(text)  # names found in the 简体 reading go back to the characters as printed

    def restore(s: str) -> str:
        return "".join(back.get(ch, ch) for ch in s)
    levels = [c for c in rule.clauses if isinstance(c.condition, Text) and c.condition.text not in _NOT_FORMS]

    def points(c: Clause) -> Decimal:
        return c.outcome.amount.points(weight)  # type: ignore[union-attr]

    top = max(points(c) for c in rule.clauses)  # the pass: the 分值, or 1 of a 2-point row (seed 003)

    found: list[tuple[str, Clause]] = []
    for c in levels:
        name = to_simplified(c.condition.text)  # type: ignore[union-attr]  # read in 简体, named as printed
        failing = points(c) < top
        found += [(n, c) for n in _trailing_bracket(name) + _alternatives(name, failing)]
        if not failing:
            others = [to_simplified(x.condition.text) for x in levels]  # type: ignore[union-attr]
            found += [(n, c) for n in _had_tail(name, others)]
            found += [(n, c) for n in _passing_tail(name, others, [to_simplified(x.condition.text)  # type: ignore[union-attr]
                                                                   for x in levels if points(x) < top])]
        found += [(n, c) for n in _parallel_head(name, [to_simplified(x.condition.text)  # type: ignore[union-attr]
                                                         for x in levels if points(x) != points(c)])]
        if failing:
            found += [(n, c) for n in _negated_tail(name, points(c) == ZERO)]
            for _kind, desc, _ in _marks(printed):
                whole = _trim(desc)
                if whole and _bare(whole).endswith(_bare(name)):
                    found += [(n, c) for n in _failing_clauses(whole)]
    fails = [c for c in levels if points(c) < top]
    passes = [c for c in rule.clauses if isinstance(c.condition, Text) and points(c) == top]
    if len(fails) == 1 and points(fails[0]) == ZERO and passes and all(
            points(c) in (ZERO, top) for c in rule.clauses):
        name = to_simplified(fails[0].condition.text)  # type: ignore[union-attr]
        m = _NEGATED_TAIL_RE.search(name)
        tail = name[m.start():] if m is not None and not _NEGATION.search(name[: m.start()]) else name
        described = [to_simplified(c.condition.text) for c in passes  # type: ignore[union-attr]
                     if c.condition.text not in _NOT_FORMS]  # type: ignore[union-attr]
        otherwise = any(isinstance(c.condition, Any_) for c in rule.clauses)
        found += [(n, passes[0]) for n in _passing_names(tail, printed)
                  if not otherwise or any(_only_object(n, d) for d in described)]
    described_passes = [c for c in passes if c.condition.text not in _NOT_FORMS]  # type: ignore[union-attr]
    if len(described_passes) == 1 and all(points(c) in (ZERO, top) for c in rule.clauses) \
            and any(points(c) == ZERO for c in rule.clauses):  # a pass/fail row: "完成X的得1分,否则不得分"
        found += [(n, described_passes[0])
                  for n in _leading_verb(to_simplified(described_passes[0].condition.text))]  # type: ignore[union-attr]
    scores: dict[str, set[Decimal]] = {}
    for n, c in found:
        scores.setdefault(n, set()).add(points(c))
    flat = _flat(text)
    clauses = list(rule.clauses)
    last: dict[int, Clause] = {}  # the clause each source level's names go after
    for n, c in found:
        if len(scores[n]) != 1 or not n or n in _NOT_FORMS or _NOT_A_NAME_RE.search(n):
            continue
        n = restore(n)
        if _flat(n) not in flat or any(isinstance(x.condition, Text) and _bare(x.condition.text) == _bare(n)
                                       for x in clauses):
            continue
        understood.append(f"{NAMED_NOTE}{n}”得{fmt_decimal(points(c))}分")
        new = Clause(Text(n), c.outcome)
        clauses.insert(clauses.index(last.get(id(c), c)) + 1, new)
        last[id(c)] = new
    return Rule(tuple(clauses))
