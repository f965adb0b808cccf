"""Recogniser (r29, issue 11): a base score at a base value, then steps both ways — added per step above, deducted per step below.

"园区企业技改投资额达到上年水平得2分,每增长(减少)2个百分点加(减)0.1分,3分封顶" (fresh44 BE3-4), "…占比达到60%得3分。
每增长(减少)2个百分点加(减)0.1分,5分封顶" (BE3-3), "…比重,以50%基准分3分为标准,每提高(减少)10个百分点增减1分" (fresh24
AK9-1), "…比例低于96%不得分,每高1个百分点得2分,满分8分" (BE1-2: the base is the cut-off, worth 0). The sentence is read
clause by clause (a subject, the base, the steps, the cap, the floor, a cut-off — in any order), and written in the
rule language with the per-step rules it already has, from where the 分值 is reached (top = base + (分值 − 基础分) ÷
每档加分 × 步长) and from the base downward:

``>=top: W; [<cut: 0;] <base: B - down per step [floor]; <top: W - up per step [ceil]``

- the base value and its score must be printed ("达到60%得3分", "以50%基准分3分为标准", "基础分3分,占比60%不扣分",
  "达到上年水平得2分" — the value is
  then the growth on last year, 上年水平 = 0%; or a cut-off "低于96%不得分" with the steps above it: the base is the cut-off
  and scores 0);
- the side below the base follows the text's words only: a deduction per step, or a cut-off at the base; neither → no
  reading (never a guess);
- the cap is the 分值: a printed cap ("N分封顶", "最高N分", "满分N分", "加满为止") must be the 分值 ("最高加N分" = base + N
  must be too — and is still refused by the reader's check that every printed "N分" is in the rule), and the
  bonus must land on it in whole steps; a base at the 分值 with a bonus (the bonus would pass the 分值), a cap above
  the 分值, a base or a step against a target/plan/average, or any other clause → no reading;
- partial steps (README): a step of 1 is continuous (warned for percentage points), a longer step counts whole steps only;
  "按升降2个百分点1分的比例计加减分" (fresh9 V14-1) is a proportion: continuous whatever the step.

>>> from decimal import Decimal
>>> str(read_base_steps("园区企业技改投资额达到上年水平得2分,每增长(减少)2个百分点加(减)0.1分,3分封顶。", Decimal(3)))
'>=20%: W; <0%: 2 - 0.1 per 2% floor; <20%: W - 0.1 per 2% ceil'
>>> str(read_base_steps("占比达到60%得3分。每增长(减少)2个百分点加(减)0.1分,5分封顶。", Decimal(5)))
'>=100%: W; <60%: 3 - 0.1 per 2% floor; <100%: W - 0.1 per 2% ceil'
>>> str(read_base_steps("比例低于96%不得分,每高1个百分点得2分,满分8分。", Decimal(8)))
'>=100%: W; <96%: 0; <100%: W - 2 per 1%'
>>> str(read_base_steps("投入达2亿元得6分,每增加0.5亿元加1分,不到2亿元的每减少0.5亿元扣1分。", Decimal(8)))
'>=3: W; <2: 6 - 1 per 0.5 floor; <3: W - 1 per 0.5 ceil'
>>> read_base_steps("投入达2亿元得12分,每增加0.5亿元加1分,不到2亿元的每减少0.5亿元扣1分。总分最高不超过16分。",
...                 Decimal(12)) is None  # the cap above the 分值
True
>>> read_base_steps("占比达到60%得3分,每增长2个百分点加0.1分,5分封顶。", Decimal(5)) is None  # below 60%: not said
True
>>> read_base_steps("每增长2个百分点加0.1分,5分封顶。", Decimal(5)) is None  # a step without a base score
True
"""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.rules.chinese._base import CONTINUOUS_PP_NOTE, NUM, QTY_WORDS, dec
from jixiao.rules.chinese.lexicon import COUNT, DEDUCT
from jixiao.rules.grammar import parse_rule
from jixiao.rules.model import Compare, Linear, Rule, fmt_decimal

#: the unit of a base value and of its steps: a share, money, time, a physical quantity or a count word (the two must agree,
#: never scaled: "达2亿元…每增加1000万元" is no reading) — _base's unit words without ‰ / 个百分比
_UNIT = rf"(?:%|个百分点|万人次|万人|万元|亿元|分钟|小时|个月|{QTY_WORDS}|元|天|{COUNT})"
#: a rise / a fall of the value
_UP = r"(?:增长|增加|提高|上升|升高|超出|超过|高出|多|高|增)"
DOWN = r"(?:减少|降低|下降|低于|少于|减|少|低|降)"
_AWARD = r"(?:加分|加计|增加|奖励|加|得|增)"

#: the one comparison with last year this shape reads: the base "达到上年水平" / "与上年持平" (the value is the growth)
_LAST_YEAR_BASE = r"(?:达到|达)上年(?:度)?水平|与上年(?:度)?持平"
#: the base: "…达到60%得3分" / "…达2亿元得12分" / "…达到上年水平得2分" / "…以50%基准分3分为标准"
_BASE_RE = re.compile(rf"(?P<subj>.*?)(?:(?:(?:达到|达|为)?(?P<b>{NUM})(?P<u>{_UNIT})|(?P<ly>{_LAST_YEAR_BASE}))"
                      rf"(?:的)?(?:得|计|记|给)(?:基本分|基础分|基准分)?(?:为)?(?P<B>{NUM})分"
                      rf"|以(?P<b2>{NUM})(?P<u2>%)(?:为)?基准(?:分)?(?:为|得)?(?P<B2>{NUM})分(?:为标准|为基准)?)")
#: the base score and the base value in two clauses: "基础分3分" … "占比60%不扣分" / "达到60%得基础分"
_BASE_SCORE_RE = re.compile(rf"(?:单项|本项|该项)?(?:基础分|基准分|基本分|基准)(?:为|得)?(?P<B>{NUM})分")
_BASE_VALUE_RE = re.compile(rf"(?P<subj>.*?)(?:达到|达|为)?(?P<b>{NUM})(?P<u>{_UNIT})(?:的)?"
                            rf"(?:不扣分|不加分|不加不扣|不加分也不扣分|得基础分|得基本分|得基准分)")
#: a cut-off: "…低于96%不得分" / "低于180天该项不得分"
_CUT_RE = re.compile(rf"(?P<subj>.*?)(?:低于|不足|少于|小于|<)(?P<c>{NUM})(?P<u>{_UNIT})(?:的)?(?:该项|本项)?"
                     rf"(?:不得分|得0分|为0分)")
#: the words before a step that restate the base: "不到2亿元的每减少…" / "240天以上每多…" / "在此基础上每增加…"
_BEFORE = rf"(?:(?:在)?此基础上|(?:超过|高于|超出|不到|低于|少于|不足|未达到)?(?P<pb>{NUM})(?P<pu>{_UNIT})(?:以上|以下)?(?:的|部分)?)?"
#: both ways in one: "每增长(减少)2个百分点加(减)0.1分" / "每提高(减少)10个百分点增减1分"
_BOTH_RE = re.compile(rf"每(?:{_UP}\({DOWN}\)|{_UP}或{DOWN}|增减|升降)(?P<s>{NUM})(?P<u>{_UNIT})(?:相应)?"
                      rf"(?:加\({DEDUCT}\)|加或{DEDUCT}|增减|增扣|加减|加扣)(?P<p>{NUM})分")
#: both ways as a proportion: "再按升降2个百分点1分的比例计加减分" / "再按上下1个百分点加减1分的比例计加减分" (fresh9 V14) —
#: continuous (按…的比例), whatever the step
_RATIO_RE = re.compile(rf"(?:再)?按(?:升降|上下|增减|高低)(?P<s>{NUM})(?P<u>{_UNIT})(?:加减|增减|加扣|增扣)?(?P<p>{NUM})分的比例"
                       rf"(?:计)?(?:加减分|增减分|加扣分|增扣分)?")
_UP_RE = re.compile(rf"{_BEFORE}每{_UP}(?P<s>{NUM})(?P<u>{_UNIT})(?:的)?{_AWARD}(?P<p>{NUM})分")
_DOWN_RE = re.compile(rf"{_BEFORE}每{DOWN}(?P<s>{NUM})(?P<u>{_UNIT})(?:的)?{DEDUCT}(?P<p>{NUM})分")
#: the cap: "3分封顶" / "最高不超过16分" / "满分8分" / "以3分为限"; "最高加2分" adds to the base
_CAP_RE = re.compile(rf"(?:(?P<c>{NUM})分封顶|(?:总分|总得分|得分|本项|该项)?(?:最高|最多|上限)(?:不超过)?(?:为|得分为|得分|得|可得|加到)?"
                     rf"(?P<c2>{NUM})分|满分(?:为)?(?P<c3>{NUM})分|以(?P<c4>{NUM})分为限|(?:最高|最多)加(?P<a>{NUM})分|(?P<full>加满为止|加(?:至|到)满分为?止?))")
#: the floor, already the engine's: "扣完为止" / "最低为0分" / "直至扣完"
_FLOOR_RE = re.compile(r"(?:扣完为止|扣完即止|直至扣完(?:为止)?|最低(?:为|得)?(?:0|零)分|最低不得分|扣至0分为止|直至0分)")
#: words that make the base or a step a comparison with a figure the row does not hold
#: ("平均" only as a figure to reach — "全市平均水平", "平均值" —, not in a value's name: "当年平均总产值增长率达到30%", V14-2)
#: ("目标达成率95%,得基准分80分" (fresh68 CC1-1, r53): a rate of reaching the target is the value itself, its base printed)
ELSEWHERE_RE = re.compile(r"(?:目标|计划|任务)(?!(?:达成|完成|执行)率)|指标值|标准值|平均(?:水平|值|数|线|增幅|增速)|比上年|较上年|同比|与上年")
_LAST_YEAR_BASE_RE = re.compile(_LAST_YEAR_BASE)
#: the comma between a base value and its score: "占比达到60%,得3分" is "占比达到60%得3分"
_SCORE_AFTER_COMMA_RE = re.compile(rf",(?=(?:得|计|记|给)(?:基本分|基础分|基准分)?(?:为)?{NUM}分)")
#: a clause ends at , ; 。 outside brackets
_CLAUSE_END = ",;。"


def _clauses(text: str) -> list[str]:
    """The clauses of ``text``: split at , ; 。 outside round brackets; a step parted from its points ("每增加0.1万人,加0.5分")
    and a value parted from its score ("达到60%,得3分") are joined again."""
    out, depth, cur = [], 0, ""
    for ch in _SCORE_AFTER_COMMA_RE.sub("", text):
        depth += ch == "("
        depth -= ch == ")" and depth > 0
        if ch in _CLAUSE_END and depth == 0:
            out.append(cur)
            cur = ""
        else:
            cur += ch
    out.append(cur)
    parts = [c.strip() for c in out if c.strip()]
    joined: list[str] = []
    for c in parts:
        if joined and joined[-1].startswith("每") and not re.search(r"\d分", joined[-1]):
            joined[-1] += c
        else:
            joined.append(c)
    return joined


def _subject_ok(subj: str) -> bool:
    """A subject before the base or the cut-off: words, numbers only in brackets ("(从业人员300人以上…)"), no score and
    no condition ("未完成的", "超额完成的", "如…" would say which values the clause after it holds for)."""
    bare = re.sub(r"\([^()]*\)", "", subj)
    return not re.search(r"\d|分|每|未|不|没|无|超|如|若|凡|否则|以上|以下|以内", bare) and not bare.endswith("的")


def _same_unit(step_u: str, base_u: str) -> bool:
    if base_u == "%":
        return step_u in ("%", "个百分点")
    return step_u == base_u


def read_base_steps(norm: str, weight: Decimal | None) -> Rule | None:
    """The rule for a base score at a base value with steps up (and down, or a cut-off below), or ``None``."""
    text = norm.strip()
    if weight is None or weight <= 0 or not text or ELSEWHERE_RE.search(_LAST_YEAR_BASE_RE.sub("", text)):
        return None
    base = cut = up = down = cap = bscore_apart = bvalue_apart = None
    last_year = False
    for i, c in enumerate(_clauses(text)):
        if i == 0 and _subject_ok(c) and not re.search(r"得|扣|加", c):
            continue  # the subject: "大型零售企业(…)占本地区承办企业总数的比重"
        if (m := _BASE_RE.fullmatch(c)) and base is None and _subject_ok(m["subj"]):
            last_year = m["ly"] is not None
            b = "0" if last_year else (m["b"] or m["b2"])
            base = (dec(b), "%" if last_year else (m["u"] or m["u2"]), dec(m["B"] or m["B2"]))
        elif (m := _BASE_SCORE_RE.fullmatch(c)) and bscore_apart is None:
            bscore_apart = dec(m["B"])
        elif (m := _BASE_VALUE_RE.fullmatch(c)) and bvalue_apart is None and _subject_ok(m["subj"]):
            bvalue_apart = (dec(m["b"]), m["u"])
        elif (m := _CUT_RE.fullmatch(c)) and cut is None and _subject_ok(m["subj"]):
            cut = (dec(m["c"]), m["u"])
        elif (m := _BOTH_RE.fullmatch(c)) and up is None and down is None:
            up = down = (dec(m["s"]), m["u"], dec(m["p"]), None, False)
        elif (m := _RATIO_RE.fullmatch(c)) and up is None and down is None:
            up = down = (dec(m["s"]), m["u"], dec(m["p"]), None, True)
        elif (m := _UP_RE.fullmatch(c)) and up is None:
            up = (dec(m["s"]), m["u"], dec(m["p"]), (m["pb"], m["pu"]), False)
        elif (m := _DOWN_RE.fullmatch(c)) and down is None:
            down = (dec(m["s"]), m["u"], dec(m["p"]), (m["pb"], m["pu"]), False)
        elif (m := _CAP_RE.fullmatch(c)) and cap is None:
            cap = m
        elif _FLOOR_RE.fullmatch(c):
            continue
        else:
            return None  # a clause this shape does not know: never dropped
    if (bscore_apart is None) != (bvalue_apart is None) or (bscore_apart is not None and base is not None):
        return None  # "基础分3分" with no value it is earned at (or two bases)
    if bscore_apart is not None:  # "基础分3分,占比60%不扣分" (the two apart)
        base = (bvalue_apart[0], bvalue_apart[1], bscore_apart)  # type: ignore[index]
    if up is None:
        return None  # no bonus: the other shapes read a base with deductions only
    if base is None:
        if cut is None or down is not None:
            return None  # a step without a base score
        base = (cut[0], cut[1], Decimal(0))  # "低于96%不得分,每高1个百分点得2分": at the cut-off, 0
    b, bu, bscore = base
    if not 0 <= bscore < weight:
        return None  # a base at (or above) the 分值 with a bonus: the bonus would pass the 分值
    for step in (up, down):
        if step is None:
            continue
        s, su, p, before, _ratio = step
        if s <= 0 or p <= 0 or not _same_unit(su, bu):
            return None
        if before is not None and before[0] is not None and (dec(before[0]) != b or before[1] != bu):
            return None  # "不到3亿元的每减少…" beside a base of 2亿元: which base, never a guess
    if cut is not None and (cut[1] != bu or cut[0] > b or (cut[0] == b and down is not None)
                            or (cut[0] < b and down is None)):
        return None  # a cut-off above the base, or a gap between the cut-off and the base
    if down is None and cut is None:
        return None  # what scores below the base is not said
    if last_year and bu != "%":
        return None  # "达到上年水平" with steps of an amount: the value would be a difference the row does not hold
    if cap is not None:
        top_score = (weight if cap["full"] else bscore + dec(cap["a"]) if cap["a"]
                     else dec(cap["c"] or cap["c2"] or cap["c3"] or cap["c4"]))
        if top_score != weight:
            return None  # a cap above (or below) the 分值: the rule language caps at the 分值 only
    s_up, _su, p_up, _, ratio = up
    steps = (weight - bscore) / p_up
    if steps != steps.to_integral_value():
        return None  # the bonus does not land on the 分值 in whole steps: where it stops would be a guess
    u = "%" if bu == "%" else ""
    top = b + steps * s_up
    clauses = [f">={fmt_decimal(top)}{u}: W"]
    if cut is not None:
        clauses.append(f"<{fmt_decimal(cut[0])}{u}: 0")
    if down is not None:
        s_dn, _, p_dn, _, _ = down
        whole = "" if s_dn == 1 or ratio else " floor"  # only whole steps below: a part of a step costs nothing
        if cut is None or cut[0] < b:
            clauses.append(f"<{fmt_decimal(b)}{u}: {fmt_decimal(bscore)} - {fmt_decimal(p_dn)} per {fmt_decimal(s_dn)}{u}{whole}")
    if down is None and bscore > 0:
        clauses.append(f"={fmt_decimal(b)}{u}: {fmt_decimal(bscore)}")  # the base score printed (as r10's "=50: 5")
    whole = "" if s_up == 1 or ratio else " ceil"  # counted down from the top: a part of a step above the base adds nothing
    clauses.append(f"<{fmt_decimal(top)}{u}: W - {fmt_decimal(p_up)} per {fmt_decimal(s_up)}{u}{whole}")
    return parse_rule("; ".join(clauses))


def base_steps_notes(rule: Rule, weight: Decimal | None) -> list[str]:
    """What :func:`read_base_steps` read, in words (the value, the base, the top, the partial steps)."""
    top = str(rule.clauses[0].condition).lstrip(">=")
    lower = [c for c in rule.clauses[1:-1] if isinstance(c.outcome, Linear)]
    said = []
    base_cond = (lower[0].condition if lower else rule.clauses[-2].condition)
    if isinstance(base_cond, Compare) and base_cond.bound.pct and base_cond.bound.value == 0:
        said.append("业绩值填比上年增长率（%）：达到上年水平即增长0%")
    said.append(f"达到基数得基础分，往上每一档加所写的分、加到分值为止（{top} 及以上得满分），"
                "往下按原文每一档扣分（或原文写的不得分），扣完为止")
    steps = [c.outcome for c in rule.clauses if isinstance(c.outcome, Linear)]
    rounding = {s.rounding for s in steps}
    if rounding - {""}:
        said.append("步长不是1的只算整档：不满一档的部分不加分、不扣分")
    if any(s.rounding == "" and s.unit.value * (100 if s.unit.pct else 1) != 1 for s in steps):
        said.append("原文写“按…的比例计加减分”：按实际差距连续计算，不满一档按比例加减")
    elif "" in rounding and rule.uses_percent:
        said.append(CONTINUOUS_PP_NOTE.replace("扣分", "加分或扣分").replace("扣一半", "加或扣一半"))
    return said
