"""Lead, session 36: full marks given for a task NOT done is no completion share (issue 11).

test_r42's swap edit (达到 → 未达到) of fresh42 BC6-2 after r56 read "未达到目标任务要求得20分,未完成目标任务的按总任务量进行
折算得分" as ``>=100%: W; *: prop`` (100 % → 20): the full-marks clause denies the task, so the text does not say what 100 %
scores — refused. The older unnamed share (session 25) had the same gap ("没有完成任务的得10分,否则按比例计分").
Expected outcomes are from the sentence text: a denied requirement cannot be the share's 100 %.
"""

import pytest

from jixiao.rules.chinese import read_rule_text


@pytest.mark.parametrize(("text", "w"), [
    ("分值为20分,根据目标任务的完成情况进行考评,未达到目标任务要求得20分,未完成目标任务的按总任务量进行折算得分。", 20),
    ("未达到目标任务要求得20分,未完成目标任务的按总任务量进行折算得分。", 20),
    ("没有完成任务的得10分,否则按比例计分", 10),
    ("未完成得满分,未完成的按比例计分", 10),
    ("不完成任务的得满分，否则按比例计分", 10),
    ("完成不了的得10分，否则按比例计分", 10),
    ("达不到计划要求的得满分;否则按实际完成数占计划数的比例计分", 10),
])
def test_denied_requirement_with_full_marks_is_refused(text, w):
    r = read_rule_text(text, w)
    assert not r.ok, r.canonical


@pytest.mark.parametrize(("text", "w", "scores"), [
    # fresh42 BC6-2 as printed: 100 % → 20, 80 % → 16 (20 × 0.8), 0 → 0
    ("分值为20分,根据目标任务的完成情况进行考评,达到目标任务要求得20分,未完成目标任务的按总任务量进行折算得分。", 20,
     {"100%": 20, "80%": 16, "0%": 0}),
    # unnamed share: 100 % → 10, 75 % → 7.5
    ("全部完成得满分,未完成的按比例计分", 10, {"100%": 10, "75%": 7.5}),
])
def test_the_share_as_printed_still_reads(text, w, scores):
    r = read_rule_text(text, w)
    assert r.ok and r.rule is not None
    for value, score in scores.items():
        assert float(r.rule.score(value, w)) == pytest.approx(score)
