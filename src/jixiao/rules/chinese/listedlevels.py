"""Recogniser: levels named in one list, then their points in a second list in the same order —
"群众对禁毒工作的整体评价按满意、较满意、一般、较差、差5档划分,计分为5分、4分、3分、2分、1分"
(fresh8 U9-8, 禁毒 考核) — and ranks with their points in order: "在全市排名1-5名的依次赋予20分、19分、
18分、17分、16分" (fresh7 T9-4). The names (or ranks) and the points must be as many (and as the stated
number of 档), the names all different, no point above the 分值 and the top one the 分值; otherwise
``None`` (the other recognisers, or a refusal). A rank beyond the listed ones is a rule gap, never 0.

>>> from decimal import Decimal
>>> str(read_listed_levels("群众评价按满意、较满意、一般、较差、差5档划分,计分为5分、4分、3分、2分、1分。", Decimal(5)))
'"满意": W; "较满意": 4; "一般": 3; "较差": 2; "差": 1'
>>> str(read_listed_levels("计算编制总量项得分,在全市排名1-5名的依次得20分、19分、18分、17分、16分", Decimal(20)))
'=1: W; =2: 19; =3: 18; =4: 17; =5: 16'
>>> read_listed_levels("按满意、一般、差3档划分,计分为5分、3分", Decimal(5)) is None  # 3 names, 2 points
True
>>> read_listed_levels("按满意、一般、差划分,计分为4分、3分、1分", Decimal(5)) is None  # top ≠ 分值
True
"""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.rules.chinese._base import NUM, _Unreadable, dec
from jixiao.rules.chinese.lexicon import TOGETHER
from jixiao.rules.grammar import parse_rule
from jixiao.rules.model import Rule, fmt_decimal, quoted

#: (the first "、" may have become ";": normalise splits "得20分、19分" as bands joined by "、")
_POINTS_LIST = rf"(?P<pts>{NUM}分(?:[、;]{NUM}分){{1,9}})"

#: "…按满意、较满意、一般、较差、差5档划分,计分(标准)为5分、4分、…"
_NAMED_RE = re.compile(
    r"^[^。；;\d]{0,40}?按(?P<names>(?:(?!划分|分档|评定)[^，,。；;\d、]){1,8}(?:、(?:(?!划分|分档|评定)[^，,。；;\d、]){1,8}){1,9})"
    r"(?:(?P<n>\d{1,2})[档级类等])?(?:划分|分档|评定)?[,，]?"
    rf"(?:计分标准(?:为|得)|计分(?:为|得)|分别计|分别得|依次计|依次得|分别为|依次为|得分分别为|得分依次为){_POINTS_LIST}[。；;]?$")

#: "…在全市排名1-5名的依次赋予20分、19分、…"
_RANK_RE = re.compile(
    r"^[^。；;\d]{0,40}?排名(?:第)?(?P<a>\d{1,2})-(?:第)?(?P<b>\d{1,2})名的?"
    rf"(?:依次|分别)(?:赋予|得|计|记|为){_POINTS_LIST}[。；;]?$")


def read_listed_levels(norm: str, weight: Decimal | None) -> Rule | None:
    """``"name1": W; "name2": p2; …`` (or ``=1: W; =2: p2; …`` for ranks), or ``None``."""
    if weight is None:
        return None
    m = _NAMED_RE.match(norm)
    r = _RANK_RE.match(norm) if m is None else None
    if m is None and r is None:
        return None
    pts = [dec(p) for p in re.findall(NUM, (m or r)["pts"])]  # type: ignore[index]
    if m is not None:
        names = m["names"].split("、")
        if len(set(names)) != len(names) or (m["n"] is not None and int(m["n"]) != len(names)):
            return None
        conds = [quoted(n) for n in names]
    else:
        a, b = int(r["a"]), int(r["b"])  # type: ignore[index]
        if b <= a:
            return None
        conds = [f"={k}" for k in range(a, b + 1)]
    if len(conds) != len(pts) or max(pts) != weight or any(p < 0 for p in pts):
        return None
    if any(x <= y for x, y in zip(pts, pts[1:], strict=False)) and any(x >= y for x, y in zip(pts, pts[1:], strict=False)):
        return None  # points neither falling nor rising along the list: not one scale
    return parse_rule("; ".join(f"{c}: {'W' if p == weight else fmt_decimal(p)}" for c, p in zip(conds, pts, strict=True)))


def listed_levels_notes(rule: Rule, weight: Decimal | None) -> list[str]:
    """What :func:`read_listed_levels` read: one note per level (its points named for the points guard)."""
    w = weight if weight is not None else Decimal(0)
    notes = ["所列等级（或名次）与所列分数依次对应；业绩值填原文的等级（或名次），未列出的报“规则有缺口”"]
    for c in rule.clauses:
        notes.append(f"等级：{c.condition} → 得{fmt_decimal(c.outcome.amount.points(w))}分")  # type: ignore[union-attr]
    return notes


# ---- places (tiers) named in running text, their points listed after in the same order (r59) ----

#: the tiers a place name ends with, highest first (国家 > 省 > 市 > 县/区 > 乡镇 > 村): "国家级", "省", "江山市" …
_PLACE_TIERS: tuple[tuple[str, ...], ...] = (
    ("国际", "世界", "全球"),
    ("国家", "全国", "中央", "部"),
    ("省",),
    # (地: a prefecture, printed bare in a list "国家、省、地、市级", fresh77 CK1-3, r73)
    ("市", "地区", "地市", "地"),
    ("县", "区"),
    ("乡镇", "镇", "乡", "街道"),
    ("村", "社区"),
)

#: what may stand right before the first place of a list in running text ("被镇、…", "在市级、…", "获得市、…")
_BEFORE_PLACE_RE = re.compile(r"(?:^|[,，。；;:：()（）“”\"]|被|在|获|获得|受到|得到|经|由|于|为|的|和|或|及|向|到|至|上)$")

#: words a bare one-character tier begins that are no tier ("市场", "市民", "省份", "区域", "村民" …)
_NO_TIER_AFTER = "场民长政容值份域属委直方面点形"

#: the points listed in order: "(1、3、5分)" or "2分、4分、8分、10分" (each 分 but the last may be left out)
ORDER_POINTS = rf"{NUM}分?(?:、{NUM}分?){{1,9}}(?<=分)"

#: places in running text, then their points in brackets after the sentence — "…在市级、省级、国家级杂志上发表。(1、3、5分)"
#: (fresh61 BV12-2/3) — or after "分别/依次 加(得、计、记、给)" — "被镇、江山市、衢州市、省级以上推广…的,分别加2分、4分、8分、10分"
#: (fresh51 BL9-1)
_PLACES_THEN_POINTS_RE = re.compile(
    # (a bonus named without points before the list — "受到上级表彰的委员给予加分,国家、省、地、市级分别加10分、8分…", fresh77
    # CK1-3, r73 — is no points: 分 after 加 with no number)
    rf"^(?P<body>(?:[^\d分]|(?<=[^\d]加)分){{4,120}}?)(?:[。.]?\s*[(（](?P<pa>{ORDER_POINTS})[)）]"
    # (normalise may write the first "、" after "得1分" as ";", as _POINTS_LIST above)
    rf"|[,，]?\s*(?:分别|依次)(?:加|得|计|记|给|赋予)?(?P<pb>{NUM}分?(?:[、;]{NUM}分?){{1,9}}(?<=分)))[。；;]?$")

_TOGETHER_RE = re.compile(TOGETHER)
#: points per time or per item before the list ("…报道的,每次分别加1分、3分、5分", r65's near miss): reports add up, the
#: score is no one tier's — not this reader's (r73's optional comma before 分别 had let it in)
_PER_TIME_BODY_RE = re.compile(r"每|/次|按次")
#: a count of the things listed by place ("表彰数量", "发表篇数", r74): how many, not which tier — the points may add up
_COUNTED_BODY_RE = re.compile(r"数量|个数|次数|篇数|项数|人次|数目")

#: what the places are named for that is no merit (r65): a negation ("未在市级、省级…发表") or a penalty ("被…通报批评",
#: "在…检查中被通报", 处分 / 问责 / 约谈 / 曝光 …) — points beside a failing or a penalty are as likely a deduction as an award
_NOT_MERIT_RE = re.compile(r"未|没有|没|无|不|批评|通报(?!表扬|表彰|肯定)|处分|处罚|问责|约谈|曝光|警告|督办|挂牌|点名|"
                           r"事故|违规|违纪|违法|投诉|整改|否决|扣|问题|靠后|落后|末位|倒数|反面|退回|撤销|取消|摘牌|失败|"
                           # (r69: "被市级、省级、国家级列为警示教育典型" / "作为负面典型报道" — a 典型 that is no merit)
                           r"警示|负面|不良|黑名单|失信|负向|教训|检讨")
#: ... and they must be named for a merit: published, presented, honoured, adopted, reported ("在市级…杂志上发表", "获得市、
#: 省、国家表彰", "被镇、…推广使用的或媒体宣传的"); "在市级、省级、国家级检查中排名靠后的" is no merit (r65)
_MERIT_RE = re.compile(r"发表|交流|表彰|表扬|奖|推广|采用|采纳|转发|刊登|刊发|登载|报道|宣传|肯定|示范|评为|命名|认定|入选|"
                       r"授予|立项|推介|录用|发言|展示|先进|优秀|典型|经验")


def place_tier(name: str, inner: bool = True) -> int | None:
    """The tier of a place name (0 = 国际, 1 = 国家, 2 = 省, 3 = 市, 4 = 县/区, 5 = 乡镇, 6 = 村), ``None`` when it is
    none: a tier word with 级 and 以上 after it, or (``inner``: only where the list's "、" bound it on both sides) a
    proper name of 2–4 characters before 省/市/县/区/镇/乡 ("江山市").

    >>> place_tier("国家级"), place_tier("省"), place_tier("省级以上"), place_tier("江山市"), place_tier("江山市", False)
    (1, 2, 2, 3, None)
    >>> place_tier("在市"), place_tier("社区"), place_tier("市场")
    (None, 6, None)
    """
    bare = re.sub(r"级?(?:及以上|以上)?$", "", name)
    for rank, words in enumerate(_PLACE_TIERS):
        for w in words:
            if bare == w or bare == f"全{w}":
                return rank
            if inner and bare.endswith(w) and len(w) == 1 and 2 <= len(bare) - 1 <= 4 and w in "省市县区镇乡" \
                    and not bare.endswith("社区") and place_tier(bare[:-1]) is None:
                return rank
    return None


def _first_place(segment: str) -> str | None:
    """The tier word the first part of a "、" list ends with, where the words before it end (a stop, 被/在/获得 …).
    A proper name ("江山市") only inside the list: at its edge where the name begins is not clear ("被评为先进市").

    >>> _first_place("家庭教育论文(文章)或研究成果在市级"), _first_place("被镇"), _first_place("家长学校获得市")
    ('市级', '镇', '市')
    >>> _first_place("被江山市") is None, _first_place("被评为先进市") is None
    (True, True)
    """
    for k in range(1, min(len(segment), 9) + 1):
        name = segment[-k:]
        if place_tier(name, inner=False) is not None and _BEFORE_PLACE_RE.search(segment[:-k]):
            return name
    return None


def _last_place(segment: str) -> str | None:
    """The tier word the last part of a "、" list begins with: the longest ("国家级杂志上发表" → "国家级", "省级以上推广…"
    → "省级以上"); a bare tier never begins another word ("市场监管部门" → ``None``); no proper name (as the first).

    >>> _last_place("国家级杂志上发表或会议上交流"), _last_place("省级以上推广使用的"), _last_place("国家表彰")
    ('国家级', '省级以上', '国家')
    >>> _last_place("市场监管部门") is None, _last_place("衢州市推广") is None
    (True, True)
    """
    for k in range(min(len(segment), 9), 0, -1):
        name = segment[:k]
        if place_tier(name, inner=False) is not None:
            rest = segment[k:]
            if len(name) == 1 and rest[:1] and rest[0] in _NO_TIER_AFTER:
                return None
            return name
    return None


def read_places_in_order(norm: str, weight: Decimal | None) -> tuple[Rule, list[str]] | None:
    """Places (tiers) listed with "、" in running text, then as many points in the same order: the level reached
    (one picked, never added: the highest is worth the 分值, the points together more than it). ``None`` when the text
    is not of this shape; a refusal naming both counts when the places and the points are not as many.

    >>> from decimal import Decimal
    >>> str(read_places_in_order("研究成果在市级、省级、国家级杂志上发表或会议上交流。(1、3、5分)", Decimal(5))[0])
    '"国家级": W; "省级": 3; "市级": 1'
    >>> str(read_places_in_order("做法被镇、江山市、衢州市、省级以上推广使用的,分别加2分、4分、8分、10分。", Decimal(10))[0])
    '"省级以上": W; "衢州市": 8; "江山市": 4; "镇": 2'
    >>> read_places_in_order("获得市、省、国家表彰。(3、5分)", Decimal(5))
    Traceback (most recent call last):
    ...
    jixiao.rules.chinese._base._Unreadable: 列出3个级别（市、省、国家），却只写了2个分数（3、5分）：对应关系不明，未作推测
    >>> read_places_in_order("被市、省、国家级媒体报道的,每次分别加1分、3分、5分", Decimal(5)) is None  # per time: they add up
    True
    >>> read_places_in_order("被市级、省级、国家级通报批评。(1、3、5分)", Decimal(5))  # a penalty: award or deduction? (r65)
    Traceback (most recent call last):
    ...
    jixiao.rules.chinese._base._Unreadable: 所列级别写的是“通报”（未做到或受到处理），不是取得的成绩：其后的分数是加分还是扣分、从几分扣起，原文未写明，未作推测
    >>> read_places_in_order("获县、市、省级表彰数量(1、3、5分)", Decimal(5))  # how many, or the highest? (r74)
    Traceback (most recent call last):
    ...
    jixiao.rules.chinese._base._Unreadable: 所列级别后写的是“数量”：按所获（发表）的个数逐个按级别计分相加，还是只计最高一级，原文未写明，未作推测
    """
    m = _PLACES_THEN_POINTS_RE.match(norm)
    if m is None or weight is None or _TOGETHER_RE.search(m["body"]) or _PER_TIME_BODY_RE.search(m["body"]):
        return None
    if ((bad := _NOT_MERIT_RE.search(m["body"])) is not None or not _MERIT_RE.search(m["body"])) \
            and _places_listed(m["body"]):
        what = f"写的是“{bad[0]}”（未做到或受到处理）" if bad is not None else "没写取得了什么（发表、表彰、推广等）"
        raise _Unreadable(m["pa"] or m["pb"], f"所列级别{what}，不是取得的成绩：其后的分数是加分还是扣分、从几分扣起，"
                                               "原文未写明，未作推测")
    if (counted := _COUNTED_BODY_RE.search(m["body"])) is not None and _places_listed(m["body"]):
        # "获县、市、省级表彰数量(1、3、5分)" (r71's doubt, r74): a number of commendations — each scored by its tier and
        # added, or the highest tier only? read as the level reached before, 数量 ignored
        raise _Unreadable(m["pa"] or m["pb"], f"所列级别后写的是“{counted[0]}”：按所获（发表）的个数逐个按级别计分相加，"
                                               "还是只计最高一级，原文未写明，未作推测")
    clauses = [c for c in re.split(r"[,，。；;]", m["body"]) if "、" in c]
    if len(clauses) != 1:
        return None
    parts = clauses[0].split("、")
    first, last = _first_place(parts[0]), _last_place(parts[-1])
    names = [first, *parts[1:-1], last]
    if first is None or last is None or any(place_tier(n) is None for n in parts[1:-1]):
        return None
    printed = dict(zip(_shared_tier_word(names)[0], names, strict=True))  # type: ignore[arg-type]
    names, shared = _shared_tier_word(names)  # type: ignore[arg-type]
    listed = m["pa"] or m["pb"]
    pts = [dec(p) for p in re.findall(NUM, listed)]
    shown = "、".join(fmt_decimal(p) for p in pts)
    if len(names) != len(pts):
        raise _Unreadable(listed, f"列出{len(names)}个级别（{'、'.join(names)}），却只写了{len(pts)}个分数（{shown}分）："
                                    "对应关系不明，未作推测" if len(pts) < len(names) else
                          f"列出{len(names)}个级别（{'、'.join(names)}），却写了{len(pts)}个分数（{shown}分）："
                          "对应关系不明，未作推测")
    tiers = [place_tier(n) for n in names]
    order = sorted(zip(pts, tiers, names, strict=True), key=lambda x: x[0], reverse=True)
    if len(set(names)) != len(names) or len(set(pts)) != len(pts) or min(pts) <= 0 or max(pts) != weight \
            or sum(pts) <= weight:  # (points adding up to the 分值 may be items to add: not this reader's)
        return None
    ranks = [t for _, t, _ in order]
    if any(a > b for a, b in zip(ranks, ranks[1:], strict=False)) or ranks[0] == ranks[-1]:  # type: ignore[operator]
        return None  # more points for a lower tier: not one scale of places
    # (the name as printed too, when the shared 级 was added to it: a typed "省" is the "省级" of "国家、省、地、市级", r73)
    rule = parse_rule("; ".join(f"{quoted(a)}: {'W' if p == weight else fmt_decimal(p)}" for p, _, n in order
                                for a in dict.fromkeys((n, printed[n]))))
    said = ["原文先列出各级别（地域层级），其后按同样次序列出各级的分数：互斥的档，按达到的最高一级计分，不相加（最高一级即分值）",
            *shared,
            *(f"业绩值为“{n}” → 得{fmt_decimal(p)}分" for n, p in zip(names, pts, strict=True)),
            "业绩值须填上面的级别之一，填其他内容时报“规则有缺口”"]
    return rule, said


def _shared_tier_word(names: list[str]) -> tuple[list[str], list[str]]:
    """The list's names with the "级" printed once, after the last, given to each bare tier before it ("市、省、国家级领导
    批示肯定的" → 市级, 省级, 国家级: r65 read the levels "市"/"省", a typed "省级" was a gap), and the note saying so; the
    names as printed when the last does not end in "级" or one before it is a proper name ("江山市") or has 级 already.

    >>> _shared_tier_word(["市", "省", "国家级"])
    (['市级', '省级', '国家级'], ['“级”只写在最后一个级别后（市、省、国家级），各级共用：市级、省级、国家级'])
    >>> _shared_tier_word(["市", "省", "国家"])[0], _shared_tier_word(["镇", "江山市", "省级"])[0]
    (['市', '省', '国家'], ['镇', '江山市', '省级'])
    """
    *before, last = names
    if not last.endswith("级") or not all(place_tier(n, inner=False) is not None and not n.endswith("级")
                                          and place_tier(f"{n}级", inner=False) == place_tier(n, inner=False)
                                          for n in before):
        return names, []
    out = [f"{n}级" for n in before] + [last]
    return out, [f"“级”只写在最后一个级别后（{'、'.join(names)}），各级共用：{'、'.join(out)}"]


def _places_listed(body: str) -> bool:
    """Whether ``body`` lists places with "、" (one clause, a tier word at both ends) — the shape read above."""
    clauses = [c for c in re.split(r"[,，。；;]", body) if "、" in c]
    if len(clauses) != 1:
        return False
    parts = clauses[0].split("、")
    return _first_place(parts[0]) is not None and _last_place(parts[-1]) is not None


#: a tier's points per time: "国家级5分/次", "省级3分/次" (fresh57 BR1-1)
_PER_TIME_TIER_RE = re.compile(rf"(?P<name>[\u4e00-\u9fff]{{1,4}}?)(?:得|加)?(?P<p>{NUM})分/(?:次|篇|项|个)")


def refuse_per_time_tiers(norm: str, weight: Decimal | None) -> None:
    """Several tiers each worth points per time ("国家级5分/次,省级3分/次,市级2分/次", fresh57 BR1-1): several reports add up
    (at most the 分值 — no cap is printed, the 分值 would be it), so the score depends on how many of each tier; the value
    of one rule is one level or one count, never both — refused, saying so (a levels reading would score two 省级 reports
    3, where the text gives 5). ``None`` when the text is not of this shape.

    >>> refuse_per_time_tiers("被社会媒体报道,国家级5分/次,省级3分/次,市级2分/次,校级1分/次。", Decimal(5))
    Traceback (most recent call last):
    ...
    jixiao.rules.chinese._base._Unreadable: 各级别按次计分（国家级5分/次、省级3分/次、市级2分/次、校级1分/次）：多次相加、最高为分值5分，得分取决于各级别各有几次，一条规则（业绩值只填一个级别或一个次数）无法表达，未作推测
    >>> refuse_per_time_tiers("国家级5分,省级3分,市级2分", Decimal(5)) is None  # one level picked: the grades reader's
    True
    """
    found = [(m["name"], m["p"]) for m in _PER_TIME_TIER_RE.finditer(norm)]
    tiers = [(_tier_word(n), p) for n, p in found]
    if len(found) < 2 or any(t is None for t, _ in tiers) or len({p for _, p in found}) < 2:
        return None
    listed = "、".join(f"{t}{p}分/次" for t, p in tiers)
    w = f"{fmt_decimal(weight)}分" if weight is not None else ""
    raise _Unreadable(found[0][0] + found[0][1] + "分/次", f"各级别按次计分（{listed}）：多次相加、最高为分值{w}，得分取决于"
                      "各级别各有几次，一条规则（业绩值只填一个级别或一个次数）无法表达，未作推测")


def _tier_word(words: str) -> str | None:
    """The tier word a few words end with ("…,国家级" → "国家级"; "校级" too: a school's own level), else ``None``."""
    for k in range(1, len(words) + 1):
        name = words[-k:]
        if place_tier(name, inner=False) is not None or name in ("校级", "院级"):
            return name
    return None
