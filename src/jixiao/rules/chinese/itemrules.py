"""Recogniser: a checklist read clause by clause, each item a requirement with its points — "…(2分)", "…,得2分",
"…2分" — and, sometimes, its own small rule: "(3分,少一次扣1分)", "得5分,每少一次扣0.5分", "出现1例未处理扣2分(5分)",
"得5分,不足按比例计分" (r7).

An item's own rule is read by the whole reader on the item's text with the item's points as its 分值, so the item
scores between 0 and its points and its deduction never reaches another item; the scorer enters the item's own
业绩值 (the count or rate its rule names). The items must add up to the 分值. Tried only where the other readings
refuse (or leave the row to a person), on the normalised text.

>>> r = read_items_with_rules("建立台账2分;参加会议,得3分,每少1次扣1分", Decimal(5), [])
>>> [(i.text, str(i.points), str(i.rule)) for i in r.items]
[('建立台账', '2', 'None'), ('参加会议', '3', '*: 3 - 1 per 1')]
>>> read_items_with_rules("建立台账2分;参加会议,得3分,每少1次扣1分", Decimal(6), []) is None  # 5 ≠ 6
True
"""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.rules.chinese._base import NUM, ChecklistItem, Reading, dec, unreadable
from jixiao.rules.chinese.checklist import NOT_BONUS, item_name_refusal
from jixiao.rules.chinese.lexicon import COUNT
from jixiao.rules.chinese.normalise import PROP_TOKEN, WX_TOKEN
from jixiao.rules.grammar import parse_rule
from jixiao.rules.model import ZERO, Linear, Rule, Text, fmt_decimal

#: an item's points in brackets with its own rule after them: "(3分,每少1次扣1分)" (fresh19 AF2-1)
_BRACKET_RULE_RE = re.compile(rf"\((?P<p>{NUM})分[,，](?P<rest>[^()]*?)\)")

#: an item number: "2." / "2、" / "2)" at the start or after a stop or a closing bracket
_NUMBER_RE = re.compile(r"(?:^|(?<=[。；;，,)\s]))\d{1,2}(?:[.、]|\))(?!\d)")

#: the item's points at the end of a piece: "…,得2分" / "…计2分" / "…有公章2分"
_WORTH_RE = re.compile(rf"^(?P<name>[^扣]*?)(?:(?:[得计记占])|(?<=[\u4e00-\u9fff)》>〕”])(?<![扣减每]){NOT_BONUS})(?P<p>{NUM})分$")

#: a deduction, then the item's points: "出现1例未处理扣2分5分" (the brackets of "(5分)" are dropped)
_RULE_WORTH_RE = re.compile(rf"^(?P<rule>.*扣{NUM}分)(?P<p>{NUM})分$")

#: a piece that belongs to an item's own rule — a deduction, a share, or the floor of a band scoring nothing ("低于80%不得分"
#: after "≥90%得5分,每低5%扣1分", fresh73 CH1-7: inside a numbered item it is that item's, as a deduction is)
_RULE_PIECE_RE = re.compile(rf"扣|不足|按比例|{re.escape(PROP_TOKEN)}|^(?:低于|少于|小于|不到|[<＜])\s*{NUM}%(?:以下)?(?:的)?[,，]?不得分$")

#: (r71) a floor that may be the whole row's, not the rate item's: "…；低于80%的，该指标不得分" (该指标 / 本项 / 全项 — the
#: normaliser drops the word, so it is looked for in the text as printed) or a floor on a line of its own after the items
#: ("…扣1分↵低于80%不得分"): at 79 % does the row score 0, or the item? not guessed
_ROW_FLOOR_RE = re.compile(
    rf"(?:(?:低于|少于|小于|不到|[<＜])\s*{NUM}\s*[%％](?:以下)?(?:的)?[,，]?\s*"
    rf"(?:本项|该项|此项|该指标|本指标|此指标|全项|整项|本栏|该栏|本条|该条)[^,，;；。\n]{{0,4}}不得分)"
    rf"|(?:\n\s*(?:低于|少于|小于|不到|[<＜])\s*{NUM}\s*[%％](?:以下)?(?:的)?[,，]?\s*不得分)")


def floor_of_the_row(text: str) -> str | None:
    """The printed floor that may be the whole row's rather than a rate item's (see :data:`_ROW_FLOOR_RE`), or ``None``.

    >>> floor_of_the_row("3.满意度≥90%得5分，每低5%扣1分；低于80%的，该指标不得分")
    '低于80%的，该指标不得分'
    >>> floor_of_the_row("1.有计划得2分\\n2.满意度≥90%得5分，每低5%扣1分\\n低于80%不得分")
    '低于80%不得分'
    >>> floor_of_the_row("3.满意度≥90%得5分，每低5%（不足5%按5%计）扣1分；低于80%不得分") is None  # fresh73 CH1-7: the item's
    True
    """
    m = _ROW_FLOOR_RE.search(text)
    return None if m is None else m[0].strip()


#: the normaliser's rounding of a step of N (the flag "ceilstep:5%" of "每低5%(不足5%按5%计)扣1分"): put back into the one
#: item whose own rule steps by that N, so the item's rule reads it (never a floor where the text says ceil)
_CEIL_FLAG_RE = re.compile(rf"^ceilstep:(?P<n>{NUM})(?P<pct>%?)$")

#: the item's failing said again: "否则不得分" (nothing to add: a 是/否 item scores 0 when not met)
_ZERO_PIECE_RE = re.compile(r"^(?:否则|反之)?(?:不得分|得0分|不计分)$")

#: the item's failing said again with its verb: "未完成不得分", "未上报的不得分" (fresh25 AL1-3)
_FAILED_PIECE_RE = re.compile(r"^(?:未|没有)(?P<what>[\u4e00-\u9fff]{2,6}?)(?:的|者)?[,，]?(?:不得分|得0分|不计分)$")

#: verbs that say an item was not done whatever it is
_DONE_VERBS = ("完成", "做到", "达到", "落实", "实现", "开展", "执行")


def _failing_restated(piece: str, name: str) -> bool:
    """Whether ``piece`` says the item before fails and scores 0 — "未完成不得分" (any item), "未上报不得分" after
    "…上报工作…" (its own verb) — and names nothing else.

    >>> _failing_restated("未完成不得分", "制定年度计划"), _failing_restated("未上报不得分", "做好定期上报工作")
    (True, True)
    >>> _failing_restated("未整改不得分", "建立台账")  # another requirement: not the item's failing
    False
    """
    m = _FAILED_PIECE_RE.match(piece)
    return m is not None and (m["what"] in _DONE_VERBS or m["what"] in name)


#: what a name may hold besides words: document names and numbers (《…》, <…>, 〔…〕, 88号, 2019年) and a
#: bracketed note without a band ("(每天24个时次)", fresh19 AF1-4)
_DOC_RE = re.compile(r"《[^》]*》|<[^>]*>|〔[^〕]*〕|\d+(?:号|年)|\([^()%≥≤<>分]*\)")

#: every item missing scores 0, said once after the last item: "未制定的不得分" (fresh20 AG6-2) — agrees with
#: adding the items up when every item needs what it names
_NONE_DONE_RE = re.compile(r"^(?:未|没有|无)(?P<what>[^，,；;。\d分]{1,12}?)(?:的|者)?(?:不得分|得0分|不计分)$")

#: a count to reach, written without 达: "采用8条的" before "不足按比例" (fresh20 AG14-7) — 不足 says it is a floor
_BARE_COUNT_RE = re.compile(rf"(?<![达到少于上过≥>])(?=\d+(?:\.\d+)?{COUNT}的?$)")

#: where a measure's band starts in an item's name: "资料上传到报率≥95.0%" → "资料上传到报率"
_BAND_START_RE = re.compile(r"[≥≤<>]|\d|达到|不低于|不高于|低于|高于|超过")


def _pieces(norm: str) -> list[tuple[str, bool, bool]] | None:
    """The text's comma pieces, items numbered or in brackets parted by ";", each with whether a "；"/"。"
    comes before it, and whether that stop is a plain one inside a numbered item (not an item number: "1.…得12分;每少1个
    方面扣2分\n2.…", fresh73 CH1-3 — the deduction is still item 1's, r62).

    >>> [p for p, _, inside in _pieces("1.涵盖6个方面得12分;每少1个扣2分;2.有计划得2分") if inside]
    ['每少1个扣2分']
    """
    if WX_TOKEN in norm:
        return None
    text = _BRACKET_RULE_RE.sub(lambda m: f",得{m['p']}分,{m['rest']};", norm)
    numbered = _NUMBER_RE.match(text) is not None
    text = _NUMBER_RE.sub("\x01", text)
    out = []
    seps = re.split(r"([。；;\x01]+)", text)
    for j in range(0, len(seps), 2):
        seg = seps[j]
        inside = numbered and j > 0 and "\x01" not in seps[j - 1]
        # "…得0.5分、…得0.5分" (fresh20 AG6-2): a "、" right after an item's "得N分" parts items (bare "甲2分、乙2分"
        # says nothing of how each is scored: refused, test_i11c)
        seg = re.sub(rf"((?:得|计|记){NUM}分)、", r"\1,", seg)
        parts = [p.strip() for p in re.split(r"[，,]+", seg) if p.strip()]
        out += [(p, k == 0, inside and k == 0) for k, p in enumerate(parts)]
    return out


def _own_rule(name: str, points: Decimal, rules: list[str], one_rate: bool = False) -> tuple[Rule, list[str]] | None:
    """The item's own rule read on its own text with its points as the 分值 (a count, rate or 按比例 —
    a worded failing is a level of its own, not the item's count), or ``None``. A step per percentage point only when
    ``one_rate`` (no other item of the row has one: the scorer enters that one rate)."""
    from jixiao.rules.chinese.reader import read_rule_text  # the whole reader, on one item

    said = ",".join(rules).replace(PROP_TOKEN, "按比例计分")
    if said.startswith("不足"):
        name = _BARE_COUNT_RE.sub("达", name, count=1)
    r = read_rule_text(f"{name},得{fmt_decimal(points)}分,{said}", points)
    if not r.ok or r.kind != "rule" or r.rule is None:
        return None
    if any(isinstance(c.condition, Text) for c in r.rule.clauses) or r.rule.max_points(points) != points:
        return None
    if any(isinstance(c.outcome, Linear) and c.outcome.unit.pct for c in r.rule.clauses) and not one_rate:
        # "成活率在90%以上得15分,每下降一个百分点扣0.5分;保存率在90%以上得15分,…" (fresh12 Y5-2, fresh7 T9-6):
        # two rates each with its own scale are labelled "refuse" in the corpus (one 业绩值 per row) — kept refused;
        # one rate among items met or not is read (fresh73 CH1-7, fresh18 AE10-5: "1.…得2分 2.…得2分 3.满意度≥90%得5分,
        # 每低5%…扣1分" — labelled a checklist 2 + 2 + 5)
        return None
    return r.rule, [u for u in r.understood if not u.startswith(("说明", "“"))]  # (its 歧义 lines too)


def _met_or_not(name: str, points: Decimal) -> bool:
    """Whether the whole reader reads an item with a number in its words as met or not (是/否) — "…定期研究会商,
    每年至少召开2次会议" — and not as a band on a measure (then its own rule scores it)."""
    from jixiao.rules.chinese.reader import read_rule_text  # the whole reader, on one item

    r = read_rule_text(f"{name},得{fmt_decimal(points)}分,否则不得分", points)
    return r.ok and r.kind == "passfail"


def _parts_of_items(items: list[dict]) -> list[dict] | None:
    """Items after "其中" that make up the item before them ("村建立群众工作组记2分,其中,明确有信访专干的记1分,报酬落实的
    记1分", fresh21 AH15-2) take its place, named after it; they must add up to its points exactly, else ``None``.

    >>> [(i["name"], i["p"]) for i in _parts_of_items([{"name": "建立工作组", "p": 2, "rules": []},
    ...     {"name": "其中,明确专干", "p": 1, "rules": []}, {"name": "报酬落实", "p": 1, "rules": []}])]
    [('建立工作组：明确专干', 1), ('建立工作组：报酬落实', 1)]
    """
    out: list[dict] = []
    k = 0
    while k < len(items):
        item = items[k]
        head = re.match(r"^其中[,:：]?", item["name"])
        if head is None:
            out.append(item)
            k += 1
            continue
        if not out or out[-1]["rules"] or re.match(r"^其中", out[-1]["name"]):
            return None
        parent, total = out.pop(), ZERO
        parts: list[dict] = []
        while k < len(items) and total < parent["p"]:
            name = items[k]["name"][head.end():] if not parts else items[k]["name"]
            parts.append({**items[k], "name": f"{parent['name']}：{name}"})
            total += items[k]["p"]
            k += 1
        if total != parent["p"] or len(parts) < 2:
            return None  # parts that do not make up the item: items inside items, not guessed
        parent["parts"] = [p["name"] for p in parts]
        out += [{**p, "of": parent} for p in parts]
    return out


#: what may differ between two ways of doing one thing: how often or how many ("每年组织1次" / "每2年组织1次")
_HOW_OFTEN_RE = re.compile(r"\d+(?:\.\d+)?|[一二两三四五六七八九十半]")


def _alternatives_of_one(items: list[dict]) -> list[dict]:
    """Items in one sentence that are one thing done more or less often — the same words but for their numbers —
    are ways to pick from, not items to add: "每年组织一次健康体检,得4分,每两年组织一次健康体检,得3分。" (fresh27 AN5-5)
    becomes one item worth the most (4), scored by which way was done.

    >>> [(i["name"], i["p"], len(i.get("alts", []))) for i in _alternatives_of_one([
    ...     {"name": "每年组织1次体检", "p": 4, "rules": [], "zero": None, "opens": True},
    ...     {"name": "每2年组织1次体检", "p": 3, "rules": [], "zero": None, "opens": False},
    ...     {"name": "制定健康计划", "p": 4, "rules": [], "zero": None, "opens": True}])]
    [('每年组织1次体检／每2年组织1次体检', 4, 2), ('制定健康计划', 4, 0)]
    """
    out: list[dict] = []
    for item in items:
        prev = out[-1] if out else None
        if prev is not None and not item["opens"] and not item["rules"] and not prev["rules"] \
                and not item["zero"] and not prev["zero"] and item["p"] != prev["p"] \
                and re.search(r"\d", item["name"]) \
                and _HOW_OFTEN_RE.sub("", item["name"]) == _HOW_OFTEN_RE.sub("", prev.get("alts", [prev])[0]["name"]):
            alts = prev.get("alts", [dict(prev)]) + [item]
            out[-1] = {**prev, "name": "／".join(a["name"] for a in alts), "p": max(a["p"] for a in alts), "alts": alts}
            continue
        out.append(item)
    return out


def _ceil_to_its_item(items: list[dict], flags: frozenset[str]) -> bool:
    """Put the normaliser's rounding of a percentage step ("(不足5%按5%计)", taken out of the text as the flag
    "ceilstep:5%") back into the one item whose own rule steps by that many points; ``False`` when it is no item's
    alone (two items step by 5 %, none does, a rounding of days or counts — whose? not guessed).

    >>> items = [{"rules": []}, {"rules": ["每低5%扣1分", "低于80%不得分"]}]
    >>> _ceil_to_its_item(items, frozenset({"ceilstep:5%"})), items[1]["rules"][0]
    (True, '每低5%(不足5%按5%计)扣1分')
    >>> _ceil_to_its_item([{"rules": ["每低5%扣1分"]}, {"rules": ["每低5%扣2分"]}], frozenset({"ceilstep:5%"}))
    False
    """
    ceil = [m for f in flags if (m := _CEIL_FLAG_RE.match(f)) is not None]
    if not ceil:
        return True
    if len(ceil) > 1 or not ceil[0]["pct"]:
        return False
    n = ceil[0]["n"]
    step = re.compile(rf"每[^,，;；扣]{{0,8}}?{re.escape(n)}(?:%|个百分点)")
    owners = [i for i in items if any(step.search(r) for r in i["rules"])]
    if len(owners) != 1:
        return False
    owners[0]["rules"] = [step.sub(lambda m: f"{m.group(0)}(不足{n}%按{n}%计)", r, count=1) for r in owners[0]["rules"]]
    return True


def _measure(name: str) -> str:
    """The words before an item's band ("有人自动站资料上传到报率≥95%" → "有人自动站资料上传到报率")."""
    m = _BAND_START_RE.search(name)
    return name[: m.start()] if m else name


def read_items_with_rules(norm: str, weight: Decimal | None, notes: list[str],
                          flags: frozenset[str] = frozenset()) -> Reading | None:
    """Items each ending in its points, some with their own rule after (or a deduction before) the points,
    adding up to the 分值 — a checklist whose items with a rule are scored by it. ``None`` when the text is
    not such items (a piece after the last item, an item without points, a name that is a level or holds a
    number outside a document name, an own rule that does not read, points not adding up to the 分值);
    an ``unreadable`` Reading when the items add up but one is another's lesser level.

    >>> r = read_items_with_rules("统计站单独建制,有牌子、有公章1分;统计经费列入镇(区)财政预算3分", Decimal(4), [])
    >>> [(i.text, str(i.points)) for i in r.items]
    [('统计站单独建制,有牌子、有公章', '1'), ('统计经费列入镇(区)财政预算', '3')]
    >>> r = read_items_with_rules("打击违法行为,出现1例未处理扣2分5分;划定管理范围5分", Decimal(10), [])
    >>> [(i.text, str(i.points), str(i.rule)) for i in r.items]
    [('打击违法行为', '5', '*: 5 - 2 per 1'), ('划定管理范围', '5', 'None')]
    >>> read_items_with_rules("≥90%得3分;≥80%得2分", Decimal(5), []) is None  # bands on one measure
    True
    """
    pieces = _pieces(norm)
    if weight is None or not pieces:
        return None
    items: list[dict] = []
    pending: list[str] = []  # words of the next item
    early: list[str] = []  # a rule written before the next item's points
    in_brackets = [m["rest"] for m in _BRACKET_RULE_RE.finditer(norm)]
    opens = True  # whether the next item starts after a "；"/"。" (or the text)
    for piece, stop_before, inside_item in pieces:
        rw = _RULE_WORTH_RE.match(piece)
        wm = None if rw is not None else _WORTH_RE.match(piece)
        if not pending and not early:
            opens = stop_before or not items
        if rw is not None or wm is not None:
            m = rw or wm
            name = pending + ([] if rw is not None or not wm["name"] else [wm["name"]])  # type: ignore[index]
            rules = early + ([rw["rule"]] if rw is not None else [])
            items.append({"name": ",".join(name), "p": dec(m["p"]), "rules": rules, "zero": None,  # type: ignore[index]
                          "opens": opens, "after": False})
            pending, early = [], []
        elif items and not pending and not items[-1]["zero"] and (_ZERO_PIECE_RE.match(piece)
                                                                 or _failing_restated(piece, items[-1]["name"])):
            items[-1]["zero"] = piece
        elif _RULE_PIECE_RE.search(piece):
            outside = not any(piece in b for b in in_brackets)
            if not pending and items and stop_before and outside and not inside_item:
                # "A 2分;B 3分;每少一项扣1分": after a stop a deduction may be the whole row's — not guessed (a stop inside a
                # numbered item before the next number keeps the deduction the item's: "1.…得12分;每少1个方面扣2分\n2.…")
                return None
            (early if pending or not items else items[-1]["rules"]).append(piece)
            if items and not pending:
                items[-1]["after"] = items[-1]["after"] or outside
        else:
            pending.append(piece)
    none_done = None
    if pending and len(pending) == 1 and (nd := _NONE_DONE_RE.match(pending[0])) is not None \
            and all(nd["what"] in i["name"] for i in items):
        none_done, pending = pending[0], []
    if pending or early or len(items) < 2:
        return None
    made_up = _parts_of_items(items)
    if made_up is None:
        return None
    items = _alternatives_of_one(made_up)
    if not _ceil_to_its_item(items, flags):
        return None
    rated = [i for i in items if any(re.search(r"%|百分点", r) for r in i["rules"])]
    if items[-1]["after"] and not items[-1]["opens"]:
        return None  # "A 2分,B 3分,每发现一处问题扣1分": the last item's, or the whole row's? not guessed
    last = items[-1]["rules"]
    if any(re.search(r"[每少缺][一1]?项", r) and not any(r in b for b in in_brackets) for r in last):
        return None  # "…;B,得3分,每少一项扣1分": per item of the whole list, or of B's own? not guessed
    total = sum((i["p"] for i in items), ZERO)
    if total != weight or any(i["p"] >= weight or i["p"] <= 0 or not i["name"] for i in items):
        return None
    names = [i["name"] for i in items]
    understood = [*notes, "各条分别计分、得分相加（累加项）"]
    for parent in {id(i["of"]): i["of"] for i in items if "of" in i}.values():
        understood.append(f"分项构成：“{parent['name']}”{fmt_decimal(parent['p'])}分由其中{len(parent['parts'])}项组成，"
                          "按这几项分别计分")
    out = []
    banded = [_measure(i["name"]) for i in items if not i["rules"] and re.search(r"\d|[%≥≤<>]", _DOC_RE.sub("", i["name"]))]
    if any(not a or b in a for j, a in enumerate(banded) for b in banded[:j] + banded[j + 1:]):
        return None  # "≥90%得3分;≥80%得2分": bands on one measure are levels, never items to add
    for k, item in enumerate(items):
        bare = _DOC_RE.sub("", item["name"])
        if "alts" in item:
            if any(item_name_refusal(a["name"], []) for a in item["alts"]):  # ("每2年" is no year number)
                return None
            rule = parse_rule("; ".join(f'"{a["name"]}": {fmt_decimal(a["p"])}' for a in item["alts"]) + "; *: 0")
            out.append(ChecklistItem(item["name"], item["p"], rule))
            understood.append(out[-1].note())
            understood.append(f"分项内择一：第{k + 1}项是同一件事的几种做法（" + "；".join(
                f"{a['name']} {fmt_decimal(a['p'])}分" for a in item["alts"]) + f"），按所做的一种计分，不相加：{rule}")
            continue
        banded_item = not item["rules"] and re.search(r"\d|[%≥≤<>]", bare)
        if banded_item and _met_or_not(item["name"], item["p"]):
            banded_item = None  # "…每年至少召开2次会议;1分" (fresh26 AM1-1): a requirement met or not, as the reader reads it
        if not item["rules"] and not banded_item:
            why = item_name_refusal(bare, names)
            if why == "level":
                return None  # a level: not an item to add
            if why:
                return unreadable(understood, [norm], why)
            out.append(ChecklistItem(item["name"], item["p"]))
            understood.append(out[-1].note())
        else:
            # "资料上传到报率≥95.0%,得1分;否则不得分" (fresh19 AF1-4): an item with a band is scored by it
            own = _own_rule(item["name"], item["p"],
                            item["rules"] + [item["zero"]] if item["zero"] else item["rules"] or ["否则不得分"],
                            one_rate=rated == [item])
            if own is None:
                return None
            rule, said = own
            out.append(ChecklistItem(item["name"], item["p"], rule))
            understood.append(out[-1].note())
            own_words = f"自带计分规则“{','.join(item['rules'])}”" if item["rules"] else "按所写数值要求计分"
            understood.append(f"分项内扣分：第{k + 1}项{own_words}，按本项{fmt_decimal(item['p'])}分"
                              f"计：{rule}（{'；'.join(u for u in said if not u.startswith('歧义'))}；本项得分在0～"
                              f"{fmt_decimal(item['p'])}分之间，不影响其他分项）")
            understood += [f"歧义：第{k + 1}项：{u[3:]}" for u in said if u.startswith("歧义：")]
        if item["zero"]:
            understood.append(f"分项不满足时：{item['zero']}")
    if none_done:
        understood.append(f"分项均未做到时：{none_done}（与逐项相加一致：各项都不满足得0分）")
    understood.append(f"合计最高 {fmt_decimal(total)} 分")
    return Reading(None, "checklist", understood, [], out, total)
