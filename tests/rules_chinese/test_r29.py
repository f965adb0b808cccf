"""r29 (issue 11): a base score at a base value, then steps both ways — added per step above, deducted per step below.

Sources (tests/rules_chinese/corpus.yaml): fresh44 BE3-2, BE3-3, BE3-4, BE1-2; fresh24 AK9-1; fresh9 V14-1, V14-2; near misses fresh7 T6-5,
fresh13 Z5-3, fresh4 P5-1. Recogniser: src/jixiao/rules/chinese/basesteps.py. Expected scores are worked out by hand from
the sentence (arithmetic in the comments), never copied from a run.
"""

from __future__ import annotations

import pytest

from jixiao.rules.chinese import read_rule_text
from tests.rules_chinese.corpus import judge, load
from tests.rules_chinese.test_r10 import _refused, _score_all

_BY_ID = {e["id"]: e for e in load()[1]}


@pytest.mark.parametrize("sid", ["BE3-2", "BE3-3", "BE3-4", "BE1-2", "AK9-1", "V14-1", "V14-2", "V14-3"])
def test_corpus_labels_read(sid: str) -> None:
    assert judge(_BY_ID[sid]) == ("read", "")


@pytest.mark.parametrize("sid", ["BE13-1", "BE13-2", "R4-5", "BH5-1", "AR8-3", "BE6-1", "BD11-1"])
def test_corpus_refusals_stay(sid: str) -> None:
    """Labelled refuse: the base at the 分值 with an uncapped bonus (BE13), a bonus item beside the base (R4-5), a count
    step beside a rate base (BH5-1), steps in brackets after the points (AR8-3), against a plan/target (BE6-1, BD11-1)."""
    assert judge(_BY_ID[sid]) == ("refused-ok", "")


CORPUS = [
    # fresh44 BE3-2 (w 4): value = growth on last year (上年水平 = 0%); 2 + 0.1 per whole 2 points, capped at 4:
    # 0% → 2; 2% → 2.1; 3% → 2.1 (a part of a step adds nothing); 10% → 2.5; 40% → 2 + 20 × 0.1 = 4; 50% → 4;
    # -2% → 1.9; -3% → 1.9; -20% → 1; -40% → 0; -50% → 0
    ("园区工业固定资产投资达到上年水平得2分,每增长(减少)2个百分点加(减)0.1分,4分封顶。", 4,
     {"0%": 2, "2%": 2.1, "3%": 2.1, "10%": 2.5, "40%": 4, "50%": 4, "-2%": 1.9, "-3%": 1.9, "-20%": 1, "-40%": 0,
      "-50%": 0}),
    # fresh44 BE3-3 (w 5): 3 at 60%, ± 0.1 per 2 points: 62% → 3.1; 70% → 3.5; 100% → 3 + 20 × 0.1 = 5;
    # 58% → 2.9; 40% → 2; 0% → 3 - 30 × 0.1 = 0
    ("园区主导产业现代装备制造、战略新材料、大健康产业总产值占比达到60%得3分。每增长(减少)2个百分点加(减)0.1分,5分封顶。", 5,
     {"60%": 3, "62%": 3.1, "70%": 3.5, "100%": 5, "58%": 2.9, "40%": 2, "0%": 0}),
    # fresh44 BE3-4 (w 3): 0% → 2; 10% → 2.5; 20% → 3; 40% → 3 (cap); -10% → 1.5; -40% → 2 - 2 = 0
    ("园区企业技改投资额达到上年水平得2分,每增长(减少)2个百分点加(减)0.1分,3分封顶。", 3,
     {"0%": 2, "10%": 2.5, "20%": 3, "40%": 3, "-10%": 1.5, "-40%": 0}),
    # fresh24 AK9-1 (w 5): 3 at 50%, ± 1 per whole 10 points, the 分值 caps: 60% → 4; 70% → 5; 90% → 5; 40% → 2;
    # 20% → 0; 10% → 0 (not below 0); 65% → 4 (a part of a step adds nothing)
    ("大型零售企业(从业人员300人以上或营业收入2亿元以上)占本地区承办企业总数的比重,以50%基准分3分为标准,"
     "每提高(减少)10个百分点增减1分。", 5,
     {"50%": 3, "60%": 4, "65%": 4, "70%": 5, "90%": 5, "40%": 2, "20%": 0, "10%": 0}),
    # fresh44 BE1-2 (w 8): below 96% nothing, 2 per point above 96%, up to 8: 95% → 0; 96% → 0; 97% → 2; 98% → 4;
    # 100% → 8; 97.5% → 3 (a step of 1 point is continuous, warned)
    ("节水设备、器具数量占总用水设备、器具数量的比例低于96%不得分, 每高1个百分点得2分,满分8分。", 8,
     {"95%": 0, "96%": 0, "97%": 2, "97.5%": 3, "98%": 4, "100%": 8}),
    # fresh9 V14-1 (w 20): 10 at 20%, ± 1 per 2 points as a proportion (按…的比例: continuous), capped at 20:
    # 50% → 20; 40% → 10 + 20 ÷ 2 = 20; 38% → 19; 30% → 15; 25% → 12.5 (a part of a step, in proportion); 24% → 12;
    # 10% → 5; 0% → 0
    ("当年平均主营业务销售收入增长率达到20%,得10分,再按升降2个百分点1分的比例计加减分,最高得分20分。", 20,
     {"50%": 20, "40%": 20, "38%": 19, "30%": 15, "25%": 12.5, "24%": 12, "20%": 10, "10%": 5, "0%": 0}),
    # fresh9 V14-2 (w 20): 10 at 30%, ± 1 a point: 45% → 20; 40% → 20; 39% → 19; 35% → 15; 25% → 5; 20% → 0
    ("当年平均总产值增长率达到30%,得10分,再按上下1个百分点加减1分的比例计加减分,最高得分20分。", 20,
     {"45%": 20, "40%": 20, "39%": 19, "35%": 15, "30%": 10, "25%": 5, "20%": 0}),
]

VARIANTS = [
    # 完成率 3 at 100%, ± 0.5 a point, cap 5 = 分值: top 100 + 2 ÷ 0.5 = 104%; 102% → 4; 104% → 5; 110% → 5;
    # 98% → 2; 99.5% → 2.75 (continuous); 94% → 0; 90% → 0
    ("完成率达到100%得3分,每超过1个百分点加0.5分,每低1个百分点扣0.5分,最高5分。", 5,
     {"100%": 3, "102%": 4, "104%": 5, "110%": 5, "98%": 2, "99.5%": 2.75, "94%": 0, "90%": 0}),
    # 与上年持平 = growth 0%; ± 0.5 a point; cap 5: 2% → 4; 4% → 5; 10% → 5; -2% → 2; -6% → 0; -10% → 0
    ("产值与上年持平得3分,每增减1个百分点相应加减0.5分,5分封顶。", 5,
     {"0%": 3, "2%": 4, "4%": 5, "10%": 5, "-2%": 2, "-6%": 0, "-10%": 0}),
    # commas inside the clauses, 加满为止 (the 分值), 最低为零分: 60% → 3; 62% → 4; 64% → 5; 70% → 5; 58% → 2; 54% → 0
    ("占比达到60%,得3分;每增加1个百分点,加0.5分,加满为止;每减少1个百分点,扣0.5分,最低为零分。", 5,
     {"60%": 3, "62%": 4, "64%": 5, "70%": 5, "58%": 2, "54%": 0, "40%": 0}),
    # 繁体 of BE3-3: 62% → 3.1; 100% → 5; 58% → 2.9
    ("占比達到60%得3分,每增長(減少)2個百分點加(減)0.1分,5分封頂。", 5, {"60%": 3, "62%": 3.1, "100%": 5, "58%": 2.9}),
    # money (T6-5's wording on an 8-point row, cap 8 = 分值): top 2 + 2 × 0.5 = 3 (亿元); 2.5 → 7; 2.7 → 7 (whole
    # steps); 3 → 8; 4 → 8; 1.5 → 5; 1.2 → 5 (0.8 is one whole step); 0.5 → 3; 0 → 2
    ("当年实际投入达2亿元,得6分。每增加0.5亿元加1分,不到2亿元的每减少0.5亿元扣1分。总分最高不超过8分。", 8,
     {"2": 6, "2.5": 7, "2.7": 7, "3": 8, "4": 8, "1.5": 5, "1.2": 5, "0.5": 3, "0": 2}),
    # a cut-off below the deduction: 60% → 3; 100% → 5; 59% → 2.8; 55% → 2; 50% → 3 - 10 × 0.2 = 1; 49% → 0
    ("占比达到60%得3分,每增长2个百分点加0.1分,5分封顶,每降低1个百分点扣0.2分,低于50%不得分。", 5,
     {"60%": 3, "100%": 5, "59%": 2.8, "55%": 2, "50%": 1, "49%": 0}),
    # a cut-off at the base, no deduction: 60% → 3; 61% → 3 (half a step); 62% → 3.1; 100% → 5; 59% → 0
    ("占比达到60%得3分,每增长2个百分点加0.1分,5分封顶,低于60%不得分。", 5,
     {"60%": 3, "61%": 3, "62%": 3.1, "100%": 5, "59%": 0}),
    # BE1-2's shape with a count: below 5 times nothing, 1 a time above 5, up to 3: 4 → 0; 5 → 0; 6 → 1; 8 → 3; 10 → 3
    ("全年开展活动少于5次不得分,每多1次得1分,满分3分。", 3, {"4": 0, "5": 0, "6": 1, "8": 3, "10": 3}),
    # 以…为基准得3分: top 80 + 2 × 5 = 90%; 85% → 4; 87% → 4 (whole steps); 90% → 5; 75% → 2; 70% → 1; 65% → 0
    ("以80%为基准得3分,每提高(减少)5个百分点增减1分。", 5,
     {"80%": 3, "85%": 4, "87%": 4, "90%": 5, "95%": 5, "75%": 2, "70%": 1, "65%": 0}),
    # Z5-3's wording on an 8-point row with a bonus that reaches it: base score and base value apart (基准6分 … 240天不扣分);
    # top 240 + (8 - 6) ÷ 1 × 10 = 260: 250 → 7; 255 → 7 (whole steps); 260 → 8; 300 → 8; 230 → 4.5; 225 → 4.5;
    # 200 → 6 - 4 × 1.5 = 0; 179 → 0 (cut-off)
    ("单项基准为6分,全年运营240天不扣分,每少10天扣1.5分,240天以上每多10天加分1分,低于180天该项不得分。", 8,
     {"240": 6, "250": 7, "255": 7, "260": 8, "300": 8, "230": 4.5, "225": 4.5, "200": 0, "179": 0}),
    # a physical quantity: top 100 + 4 × 10 = 140 (公顷): 120 → 6; 125 → 6; 140 → 8; 90 → 3; 60 → 0; 50 → 0
    ("新增造林面积达到100公顷得4分,每增加10公顷加1分,每减少10公顷扣1分。", 8,
     {"100": 4, "120": 6, "125": 6, "140": 8, "150": 8, "90": 3, "60": 0, "50": 0}),
    # the proportion wording with 增减 and 满分: 6 at 50%, ± 1 per 5 points in proportion, cap 10: top 50 + 4 × 5 = 70%;
    # 52% → 6.4; 60% → 8; 70% → 10; 80% → 10; 45% → 5; 47.5% → 5.5; 20% → 0
    ("资源回收率达到50%的,得6分,再按增减5个百分点1分的比例计加减分,满分10分。", 10,
     {"50%": 6, "52%": 6.4, "60%": 8, "70%": 10, "80%": 10, "45%": 5, "47.5%": 5.5, "20%": 0}),
]

REFUSED = [
    # fresh7 T6-5: the printed cap 16 is above the 分值 12 (the engine caps at the 分值)
    ("当年旅游景区建设(不含农家乐)实际投入达2亿元,得12分。每增加0.5亿元加1分,不到2亿元的每减少0.5亿元扣1分。总分最高不超过16分。", 12),
    # fresh13 Z5-3: the base is the 分值 and a bonus is printed above it (no cap): the bonus would pass the 分值
    ("单项基准为6分,全年运营240天不扣分,240天-180天,每少10天扣1.5分,240天以上每多10天加分1.5分,低于于180天该项不得分。", 6),
    # fresh4 P5-1: against the target (目标值), and 最高加2分 above the 分值
    ("完成得基本分;大于目标值的,每增加1%加1分,最高加2分;小于目标值的,每少1%扣1分,扣分至基本分值扣完为止。", 5),
    # a step without a base score
    ("每增长2个百分点加0.1分,5分封顶。", 5),
    # what scores below the base is not said
    ("占比达到60%得3分,每增长2个百分点加0.1分,5分封顶。", 5),
    # the base is a target the row does not print
    ("达到年度目标值得3分,每增长(减少)2个百分点加(减)0.1分,5分封顶。", 5),
    # the base is an average the row does not print
    ("达到全市平均水平得3分,每高(低)1个百分点加(减)0.5分,5分封顶。", 5),
    # the bonus does not land on the 分值 in whole steps: (5 - 3) ÷ 0.15
    ("占比达到60%得3分,每增长(减少)2个百分点加(减)0.15分,5分封顶。", 5),
    # a cap above the 分值
    ("占比达到60%得3分,每增长(减少)2个百分点加(减)0.1分,6分封顶。", 5),
    # 最高加3分: 3 + 3 = 6 above the 分值
    ("占比达到60%得3分,每增长1个百分点加0.5分,最高加3分,每降低1个百分点扣0.5分。", 5),
    # a base score with no value it is earned at
    ("基础分3分,每增加2个百分点加0.1分,每减少2个百分点扣0.1分,5分封顶。", 5),
    # no cap at all
    ("占比达到60%得3分,每增长(减少)2个百分点加(减)0.1分,不设上限。", 5),
    # a condition before the steps ("超额完成的,"), not a subject: which values the step holds for is not the base's
    ("超额完成的,每增加1个百分点加0.5分,达到100%得3分,每减少1个百分点扣0.5分。", 5),
    ("未完成的,达到60%得3分,每增长2个百分点加0.1分,每降低1个百分点扣0.2分。", 5),
    # fresh6 R4-5 (labelled refuse): the base is the 分值, then a bonus (加分项) above it
    ("与上年度相比持平得15分,每下降一个百分点扣7.5分;加分项:每上升一个百分点加1分;", 15),
    # the proportion with nothing below said about another base: "按升降" from a target
    ("完成目标任务得10分,再按升降2个百分点1分的比例计加减分,最高得分20分。", 20),
    ("占比达到60%得3分,每增长(减少)2个百分点加(减)0.1分,不封顶。", 5),
    # the step in another unit than the base
    ("当年实际投入达2亿元,得6分。每增加1000万元加1分,不到2亿元的每减少0.5亿元扣1分。", 8),
    # a step from another base than the one scored
    ("当年实际投入达2亿元,得6分。每增加0.5亿元加1分,不到3亿元的每减少0.5亿元扣1分。", 8),
]


@pytest.mark.parametrize("text, w, values", CORPUS)
def test_corpus_sentences(text: str, w: float, values: dict[str, float]) -> None:
    _score_all(text, w, values)


@pytest.mark.parametrize("text, w, values", VARIANTS)
def test_variants(text: str, w: float, values: dict[str, float]) -> None:
    _score_all(text, w, values)


@pytest.mark.parametrize("text, w", REFUSED)
def test_near_misses_refused(text: str, w: float) -> None:
    _refused(text, w)


def test_notes_say_the_value_and_the_partial_steps() -> None:
    r = read_rule_text("园区企业技改投资额达到上年水平得2分,每增长(减少)2个百分点加(减)0.1分,3分封顶。", 3)
    assert any("比上年增长率" in u for u in r.understood)
    assert any("只算整档" in u for u in r.understood)
    r = read_rule_text("节水设备、器具数量占总用水设备、器具数量的比例低于96%不得分, 每高1个百分点得2分,满分8分。", 8)
    assert r.warnings and "不满1个百分点" in r.warnings[0]
