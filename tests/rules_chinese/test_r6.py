"""r6 (issue 11): one rule inside requirement text — the points stated once, then the deduction or pass/fail.

Sources (tests/rules_chinese/corpus.yaml): fresh21 AH4-3, AH14-1, AH14-2, AH7-1, AH1-6; fresh19 AF5-3, AF1-3;
tuned S8-3. Expected scores are worked out by hand from the sentence (arithmetic in the comments).

GENERALISATION: 14 sentences and 5 near-misses written before the reader was changed, in the style of published
tables. The session-start reader (main a89c8e7) read 4 of the 14 right (0 wrong, 10 refused) and refused the 5
near-misses.
"""

from __future__ import annotations

import pytest

from jixiao.rules.chinese import read_rule_text
from tests.rules_chinese.test_r4 import _scores


def _refused(text: str, w: float) -> None:
    r = read_rule_text(text, w)
    assert not r.ok and r.rule is None, (text, r.canonical)


#: own sentences of the family, value → score by hand. (text, 分值, {value: score})
GENERALISATION = [
    # a schedule, the points after the requirement, then a deduction per miss: value = meetings missed;
    # 4 - 2n: 1 → 2; 2 → 0
    ("每半年召开一次安全生产专题会议,会议记录齐全4分,缺一次扣2分。", 4, {"0": 4, "1": 2, "2": 0}),
    # points and deduction in brackets after the requirement: value = checks missed; 4 - n: 1 → 3; 4 → 0
    ("每季度开展一次消防安全检查并留存记录(4分,少一次扣1分)。", 4, {"0": 4, "1": 3, "4": 0}),
    # the same in brackets with findings: 3 - 0.5n: 2 → 2; 6 → 0
    ("建立健全财务管理制度并严格执行(3分,发现一处不符合扣0.5分)。", 3, {"0": 3, "2": 2, "6": 0}),
    # pass/fail, then the 分值 restated as a trailing total: 符合 → 2; otherwise 0
    ("按时报送年度决算报表的,得2分,否则不得分。本项满分2分。", 2, {"符合": 2, "不符合": 0}),
    # a requirement with a threshold and no points, then the total: ≥ 90% → 3; below → 0
    ("项目资金拨付率不低于90%。总分3分。", 3, {"95%": 3, "90%": 3, "89%": 0}),
    # 繁体, a monthly schedule in brackets: value = meetings missed; 6 - 0.5n: 2 → 5; 12 → 0
    ("每月召開一次工作例會,並有會議紀錄(6分,缺一次扣0.5分)。", 6, {"0": 6, "2": 5, "12": 0}),
    # the points after a comma, then a semicolon and the deduction per finding: 3 - 0.5n: 1 → 2.5; 6 → 0
    ("档案整理规范,归档及时,3分;每发现一处不规范扣0.5分。", 3, {"0": 3, "1": 2.5, "6": 0}),
    # a quarterly schedule, the deduction, then the total in brackets: 4 - n: 1 → 3; 4 → 0
    ("每季度向主管部门报送一次项目进展情况,少报一次扣1分。(总分4分)", 4, {"0": 4, "1": 3, "4": 0}),
    # pass/fail, then a bracketed scope note (no points): 符合 → 2; otherwise 0
    ("单位内部控制制度健全并有效执行,得2分,否则不得分。(含制度的制定、修订和执行情况)", 2, {"符合": 2, "不符合": 0}),
    # a deduction per finding, then a bracketed note on whose score is cut: 5 - n: 2 → 3; 5 → 0
    ("设立项目公示牌,有一处未设立扣1分。(包括新建和改建项目,由乡镇具体实施的,扣乡镇的分)", 5, {"0": 5, "2": 3, "5": 0}),
    # 繁体 pass/fail with the total restated: 符合 → 3; otherwise 0
    ("完成年度植樹造林任務的,得3分,否則不得分。本項滿分3分。", 3, {"符合": 3, "不符合": 0}),
    # 一次性 is "all at once", not a count: months late; 3 - n: 1 → 2; 4 → 0
    ("项目资金一次性拨付到位的得满分;每延迟一个月扣1分,扣完为止。", 3, {"0": 3, "1": 2, "4": 0}),
    # points per report with the total as the cap: min(5, n): 3 → 3; 7 → 5
    ("每次报送信息1分,合计5分。", 5, {"0": 0, "3": 3, "7": 5}),
    # a minimum count in the requirement, points and deduction in brackets: value = trainings HELD (as W8-1):
    # ≥ 4 → 4; 3 → 3; 1 → 1; 0 → 0
    ("全年开展不少于4次业务培训(4分,少一次扣1分)。", 4, {"5": 4, "4": 4, "3": 3, "1": 1, "0": 0}),
]

#: near-misses that look alike but must be refused. (text, 分值)
NEAR_MISSES = [
    # a count and a one-off veto in the same brackets: two things to judge
    ("每季度召开一次专题会议(3分,少一次扣1分,未建立制度扣3分)。", 3),
    # the trailing total is not the row's 分值
    ("资金到位率不低于90%。总分5分。", 4),
    # a number to reach, then a deduction per one short: done or missing? (as fresh13 Z19-2)
    ("办好10件实事(10分,少一件扣1分)。", 10),
    # a bracket after the rule with points of its own is no note
    ("设立项目公示牌,有一处未设立扣1分。(包括新建项目,每处另扣0.5分)", 5),
    # the points in the brackets are not the 分值 and nothing says where the rest comes from
    ("每季度开展一次检查(2分,少一次扣0.5分)。", 4),
]


@pytest.mark.parametrize("text, w, values", GENERALISATION)
def test_generalisation_sentences(text: str, w: float, values: dict[str, float]) -> None:
    _scores(text, w, values)


@pytest.mark.parametrize("text, w", NEAR_MISSES)
def test_generalisation_near_misses_are_refused(text: str, w: float) -> None:
    _refused(text, w)
