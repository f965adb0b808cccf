"""r60: red team 8 — the paths session 36 added (issue 11, reader).

r56's named completion share ("按实际完成值占目标值的比重计算得分", "得分=(A/B)×分值", "按年度计划完成比例计分", "按总任务量
折算得分", "全部…否则按比例扣分"), its foreign base and the denied requirement; r58's listed items ("…、…、…,每项计N分",
"抽查12项"), joined awards ("每配合、落实一个得0.5,最高得4分") and ``refusals.only_cap``.

The generator (tests/rules_chinese/r60_edits.py) edits the corpus sentences read through those paths and sentences
written here; the hand-written sentences below carry their scores worked out by hand (in the comments) before the reader
ran. Wrong readings found and fixed (each must stay refused — see docs/notes/r60.md):

1. a named share turned round or of what is not done, or a base that is no task or another task, read as W × the share
   done: "按目标任务数占实际完成任务数的比重", "按未完成数占目标任务数的比重", "按差额占…", "按未培训人数占总任务数比重*25
   计分", "按年度计划未完成比例计分", "占目标人群总数", "完成省定任务…占市定目标", "按上年度计划完成比例"
   (completionshare.share_terms_why);
2. "完成率达到90%的得10分,未达到的按实际完成值占目标值的比重计算得分" read ``>=90%: 10; <90%: prop`` (W × v ÷ 90 %)
   while the share named is the 完成率 itself (W × v): which is meant is not written — refused; so is an amount to reach
   ("完成50个以上得满分": is the 目标数 the 50?) (completionshare.named_share_beside_threshold);
3. things listed that are lacking ("库房缺少空调、去湿机、除湿器,每项计1分") or a list ending in 等 (the count open) read as
   n things met (listeditems, peritem);
4. "每完成1个得0.5分,最高得4分,未按时报送的不得分" (and CD5-1's joined award with "注:未按时报送的不得分") read without the
   late-failing veto (perunit._ZERO_RE took it for "nothing done").
"""

from __future__ import annotations

import doctest

import pytest

from jixiao.rules.chinese import completionshare, listeditems, read_rule_text
from tests.rules_chinese import r60_edits
from tests.rules_chinese.corpus import judge, load, read_ids
from tests.rules_chinese.test_r51 import _refused  # refused, and why in Chinese
from tests.rules_chinese.test_r57 import _assert_scores  # scores to 6 places
from tests.rules_chinese.test_r57 import test_hostile_sentences_are_refused as _refused_and_why

_BY_ID = {e["id"]: e for e in load()[1]}

# ---- the corpus sentences read through the paths ------------------------------------------------------------------

#: judged read today (hand scores in test_r56 / test_r58 and the corpus labels)
PATH_IDS = ("V17-1", "AQ6-1", "AQ6-2", "BA1-1", "BC6-2", "BG7-2",  # named share (r56)
            "W1-4", "X15-6", "AB10-5", "AY2-1", "AY11-3", "BU7-4",  # unnamed completion share (s25, r56)
            "CD2-1", "CD2-2", "CD2-3", "CD2-4", "CD2-5", "CD2-6", "CD2-7",  # listed items (r58)
            "CD5-1")  # joined award (r58)


@pytest.mark.parametrize("sid", PATH_IDS)
def test_the_path_sentences_are_read_today(sid: str) -> None:
    assert judge(_BY_ID[sid]) == ("read", "")


# ---- the generator ------------------------------------------------------------------------------------------------

#: the corpus sentences whose edits found the wrong readings fixed here (each stays in the sample)
PINNED = ("AQ6-1", "AQ6-2", "BG7-2", "CD2-1", "CD2-2", "CD2-3", "CD2-5", "CD5-1")


def _tuned(split: str) -> bool:
    """The splits measured before r60 (fresh … fresh70, dev, tuned, held): later ones are measured blind by the lead."""
    return not split.startswith("fresh") or int(split[5:] or 1) <= 70


def _sample() -> list[dict]:
    """Every read corpus sentence that takes an edit (about 25 in session 37) — and the pinned ones."""
    entries = [e for e in load()[1] if _tuned(e["split"]) and e["id"] in read_ids() and r60_edits.edits_for(e)]
    assert set(PINNED) <= {e["id"] for e in entries}
    return entries


#: sentences written here to carry the edits where the corpus has few
WRITTEN = [
    {"id": "w-list", "text": "配有计算机、复印机、照相机,每项计2分", "w": 6},
    {"id": "w-list-given", "text": "档案整理规范,抽查10项,每项计1分。", "w": 10},
    {"id": "w-share-all", "text": "全部参与得10分,否则按比例扣分。", "w": 10},
    {"id": "w-share-named", "text": "完成目标任务得满分,未完成的按实际完成数占目标任务数的比重计算得分。", "w": 10},
    {"id": "w-share-times", "text": "实际完成数达到年度目标的得20分;未达到的,按实际完成数占年度目标任务数比重*20计分。", "w": 20},
    {"id": "w-joined", "text": "每转发、落实一个得0.5,最高得3分。", "w": 3},
    {"id": "w-joined-note", "text": "每配合、落实一个得1,最高得5分。注:文件需当年发布。", "w": 5},
]


@pytest.mark.parametrize("entry", _sample() + WRITTEN, ids=lambda e: e["id"])
def test_edits_of_the_session_36_paths_meet_their_expectation(entry: dict) -> None:
    bad = [(edit.kind, edit.text, why) for edit in r60_edits.edits_for(entry)
           if (why := r60_edits.check(entry, edit)) is not None]
    assert not bad, bad


def test_every_written_base_takes_edits_and_reads() -> None:
    for entry in WRITTEN:
        assert r60_edits.edits_for(entry), entry["id"]


def test_generator_doctests() -> None:
    assert doctest.testmod(r60_edits).failed == 0


def test_module_doctests() -> None:
    assert doctest.testmod(completionshare).failed == 0
    assert doctest.testmod(listeditems).failed == 0


# ---- hand-written hostile sentences ---------------------------------------------------------------------------------

#: must be refused (each: why the text does not settle the score)
MUST_REFUSE = [
    # -- the share turned round / of what is not done / of no task (fix 1) --
    # task ÷ done: at 80 % done the text gives W × 1.25 (more than done in full) — no completion share
    ("完成目标任务得满分,未完成的按目标任务数占实际完成任务数的比重计算得分", 10),
    ("完成目标值得满分;没有完成的,按目标值占实际完成值的比重计算得分", 10),
    ("实际培训人数达到年度培训目标的得25分;未达到的,按总任务数占实际培训人数比重*25计分。", 25),
    # the share of what is NOT done: 80 % done → 20 % → 2 (literal), never 8
    ("完成目标任务得满分,未完成的按未完成数占目标任务数的比重计算得分", 10),
    ("完成目标任务得满分,未完成的按未完成任务数占目标任务数的比重计算得分", 10),
    ("完成目标任务的得10分,未完成的按差额占目标任务数的比重计算得分", 10),
    ("实际培训人数达到年度培训目标的得25分;未达到的,按未培训人数占总任务数比重*25计分。", 25),
    ("制定年度计划并按计划实施的,计5分;未完成的,按年度计划未完成比例计分。", 5),
    # a base that is no task (the people aimed at, the staff): 100 % of it is not the task
    ("完成任务得满分,未完成的按实际参加人数占目标人群总数的比重计算得分", 10),
    ("完成任务得满分,未完成的按实际参加人数占总人数的比重计算得分", 10),
    ("完成任务的得满分,未完成的按实际完成数占职工总数的比例计分", 10),
    ("达到目标任务要求得20分,未完成目标任务的按总人数进行折算得分。", 20),
    # the base names another task than the one met: 100 % of 市定目标 is not the 省定任务 done; last year's plan
    ("完成省定任务得满分,未完成的按实际完成数占市定目标的比重计算得分", 10),
    ("制定年度计划并按计划实施的,计5分;未完成的,按上年度计划完成比例计分。", 5),
    ("完成年度计划得满分,未完成的按实际完成数占上年完成数的比重计算得分", 10),
    # formulas turned round or changed
    ("得分=(目标任务数/实际完成目标任务数)×分值", 10),
    ("完成目标任务得满分,未完成的按比例得分。得分=(目标任务数/实际完成目标任务数)×分值", 10),
    ("完成目标任务得满分,未完成的按比例得分。得分=(实际完成数/目标任务数)×分值×0.5", 10),
    ("完成目标任务得满分,未完成的按比例得分。得分=(实际完成数/目标任务数)×分值/2", 10),
    # -- full marks at a printed rate below 100 % beside a named share (fix 2, the lead's question) --
    # W × 完成率 (85 % → 8.5) or W × 完成率 ÷ 90 % (85 % → 9.44)?
    ("完成率达到90%的得10分,未达到的按实际完成值占目标值的比重计算得分", 10),
    ("完成率达到90%以上的得10分,低于90%的按实际完成值占目标值的比重计算得分", 10),
    ("覆盖率达到90%的得10分,未达到的按实际覆盖人数占应覆盖人数的比重计算得分", 10),
    ("完成率达到90%的得10分,未达到的按实际人数占职工总数的比重计算得分", 10),
    ("完成率达到90%的得10分,未达到的按目标值占实际值的比重计算得分", 10),
    ("完成率达到95%的得8分,未达到的按实际完成数占计划数的比重计算得分", 8),
    # an amount to reach: is the 目标数 the 50? W × v ÷ 50 or W × v ÷ 目标数
    ("完成50个以上得满分,未完成的按实际完成数占目标数的比重计算得分", 10),
    ("完成率90%以上得满分,90%以下按实际完成值占目标值的比重计算得分", 10),
    ("达到目标值的90%得满分,未达到的按实际完成值占目标值的比重计算得分", 10),
    # a threshold in words or as a bare number (fix 5b): 90 % → 10 by the text, 9 by ">=100%: W; *: prop"
    ("完成率达到百分之九十的得10分,未达到的按实际完成值占目标值的比重计算得分", 10),
    ("完成率达到九成的得10分,未达到的按实际完成值占目标值的比重计算得分", 10),
    ("完成率达到百分之九十的得10分,未达到的按比例计分", 10),
    ("完成率达到0.9的得10分,未达到的按实际完成值占目标值的比重计算得分", 10),  # W·v or W·v ÷ 0.9?
    ("完成五十个以上得满分,未完成的按实际完成数占目标数的比重计算得分", 10),
    ("完成率达到90%的得满分,未达到的按实际完成值占目标值的比重计算得分", 10),
    ("完成率≥90%的得10分,<90%的按实际完成值占目标值的比重计算得分", 10),
    ("完成率达到90%的得10分,未达到的按比例计分。得分=(实际完成值/目标值)×分值", 10),
    # -- other points or scoring beside the share (refused before r60; kept) --
    ("实际培训人数达到年度培训目标的得25分;未达到的,按实际培训人数占总任务数比重*20计分。", 25),  # ×20 ≠ 分值
    ("实际培训人数达到年度培训目标的得20分;未达到的,按实际培训人数占总任务数比重*25计分。", 25),  # full marks 20 ≠ 25
    ("完成目标值得满分;没有完成的,按实际完成值占目标值的比重计算得分,超额完成的加1分", 10),
    ("完成目标值得满分,超额完成的另加2分;没有完成的,按实际完成值占目标值的比重计算得分", 10),
    ("完成目标值得满分;没有完成的,按实际完成值占目标值的比重的一半计算得分", 10),
    ("制定年度计划并按计划实施的,计4分;未完成的,按年度计划完成比例计分。", 5),
    ("达到目标任务要求得20分,未完成目标任务的按总任务量的一半进行折算得分。", 20),
    ("达到目标任务要求得20分,未完成目标任务的按总任务量进行折算得分,每少1项扣2分。", 20),
    ("达到目标任务要求得20分,超额完成的加2分,未完成目标任务的按总任务量进行折算得分。", 20),
    ("全部参与得10分,否则按比例扣分,最多扣5分。", 10),
    ("全部参与得10分,否则按未参与比例扣分。", 10),
    ("全部参与得10分,否则按比例加分。", 10),
    ("全部完成得满分,部分完成的按比例计分,未开展的扣2分。", 10),
    ("完成任务得满分,完不成任务的按比例计分,超额完成加1分", 10),
    ("完成任务得满分,超额完成的按比例加分", 10),
    ("全面完成退耕还林抚育任务得10分,未完成按未抚育率扣分;", 10),
    # -- listed things (fix 3 and r58's checks) --
    ("库房缺少空调、去湿机、除湿器,每项计1分", 3),  # a point per thing lacking, or per thing had?
    ("库房缺空调、去湿机、除湿器的,每项计1分", 3),
    ("库房不具备空调、去湿机、除湿器,每项计1分", 3),
    ("库房未配备空调、去湿机、除湿器,每项计1分", 3),
    ("配有计算机、复印机、照相机等,每项计1分", 3),  # 等: more things may count
    ("档案室配有计算机、复印机、照相机、扫描仪等,每项计2分", 8),
    ("配有计算机、复印机、照相机,每项计2分", 5),  # 3 × 2 = 6 ≠ 5
    ("配有计算机、复印机或照相机,每项计2分", 6),  # "复印机或照相机" one thing: 2 × 2 = 4 ≠ 6
    ("建立了收文和发文登记簿、借阅登记簿、销毁清册,每项计1分", 3),  # 和 parts: 4 things ≠ 3
    ("配有计算机、复印机、照相机,每项计2分,最高得4分", 4),  # 3 × 2 = 6: the cap 4 cuts the list
    ("配有计算机、复印机、照相机,每项计1分,满分5分", 5),
    ("配有计算机、复印机、照相机,每项计1分,合计5分", 3),
    ("配有计算机、复印机,每项计1分;照相机计2分", 4),  # things with different points
    ("配有计算机、复印机、照相机,每项计1分,其中计算机计2分", 3),
    ("配有计算机(2分)、复印机、照相机,每项计1分", 4),
    ("配有计算机、复印机、照相机,每项计1分,缺一项扣1分", 3),
    ("配有计算机、复印机、照相机,每项计1分,每少一台扣0.5分", 3),
    ("档案室配有计算机、复印机,库房配有空调、去湿机,每项计1分", 2),  # 4 things ≠ 2
    ("归档文件材料收集齐全,抽查10项,每项计2分", 24),  # 10 × 2 = 20 ≠ 24
    ("归档文件材料收集齐全,抽查12项,每项计2分,最高得20分", 20),  # 12 × 2 = 24 ≠ 20
    ("抽查12项,每项计2分,不合格的每项扣2分", 24),
    ("抽查12项,不合格的每项计2分", 24),  # points for a failing?
    ("抽查12项,每项不合格计2分", 24),
    ("抽查12项中的6项,每项计2分", 12),
    ("配有计算机及其配套设备、复印机、照相机,每项计1分", 3),  # 及 parts: 4 things ≠ 3
    ("配有计算机、复印机、照相机,每项计1分,每人最高得2分", 3),  # a cap per person
    ("配有计算机、复印机、照相机,每项计1分,每个科室最高得3分", 3),
    ("配有计算机、复印机、照相机,每项计1分;未配备的不得分", 3),
    ("配有计算机、复印机、照相机,每项计1分,配备不全的不得分", 3),  # a veto: 2 things → 0 or 2?
    ("配有计算机、复印机、照相机,每项计1分,以上均需正常使用", 3),
    ("建立收文和发文登记制度、借阅制度,每项计1分", 2),  # 和 parts: 3 things ≠ 2
    ("配有计算机、复印机、照相机、扫描仪中的任意两种,每项计1分", 2),
    ("配有计算机、复印机、照相机之一的,每项计1分", 1),
    ("配有计算机、复印机、照相机其中一项,每项计1分", 1),
    # -- joined awards / a bare award before a cap (fix 4 and r58's checks) --
    ("每配合、落实一个得0.5分", 4),  # no cap: the sum is not bounded by the text
    ("每配合、落实一个得0.5,最高得6分", 4),  # cap above the 分值
    ("每配合、落实一个得0.5,最高得3分", 4),  # cap below it
    ("每配合、落实一个得0.5,每个部门最高得2分", 4),  # a cap per department
    ("每配合、落实一个得0.5,县级最高得2分", 4),
    ("每配合、落实一个得0.5,最高得4分,乡镇最高得2分", 4),
    ("每配合、落实一个得0.5,最高得4分,其中配合最高得2分", 4),
    ("每转载一篇得0.5,最高得4分,每人最高得2分", 4),
    ("每配合一个得0.5、落实一个得1分,最高得4分", 4),  # different points per doing
    ("每配合、落实一个得0.5,最高得4分;未配合的扣1分", 4),
    ("每配合、落实一个得0.5,最高得4分。注:未按时报送的扣1分", 4),
    ("每配合、落实一个得0.5,最高得4分。注:未按时报送的不得分", 4),  # late → 0 whatever the count
    ("每配合、落实一个得0.5,最高得4分。注:逾期报送的不得分", 4),
    ("每配合、落实一个得0.5,最高得4分。未按时报送的不得分", 4),
    ("每完成1个得0.5分,最高得4分。注:未按时报送的不得分", 4),
    ("每完成1个得0.5分,最高得4分,未按时报送的不得分", 4),
    ("每完成1个得1分,最高得5分,未及时落实的不得分", 5),
    ("每完成1个得0.5分,最高得4分,未按要求报送的不得分", 4),
    ("每配合、落实一个得0.5,最高得4分,未规范落实的不得分", 4),
    ("每配合、落实一个得0.5,最高得4分,满分5分", 5),
    ("每配合、落实一个得0.5,最高得4分", 5),  # the cap is not the 分值 5
    ("每配合、落实一个得0.5,最高得4分,不足一个不得分", 4),
    ("每配合、落实两个得0.5,最高得4分", 4),
    ("每配合、落实一个得0.5%,最高得4分", 4),
    ("每配合、落实一个得0.5,最高得4分,配合、落实同一文件的计1个", 4),
    ("每配合、落实一个得0.5,最高得4分,最低得1分", 4),  # a floor: 0 → 1?
    ("每配合、落实一个得0.5,最高得4分,未配合、落实的扣1分", 4),
    ("每配合、落实一个得0.5,最高得4分,另有表彰的加1分", 4),
    ("每配合、落实一个得0.5,最高得4分,配合的另加0.5分", 4),
    # -- a floor or another scoring beside a count or a share --
    ("配有计算机、复印机、照相机,每项计1分,最低得1分", 3),
    ("配有计算机、复印机、照相机,每项计1分,全部配齐的加1分", 3),
    ("抽查12项,每项计2分,最低得4分", 24),
    ("完成目标任务得满分,未完成的按实际完成数占目标任务数的比重计算得分,最低得2分", 10),  # max(2, 10·s)?
    ("全部参与得10分,否则按比例扣分,扣完为止,最低得2分", 10),
    ("全部参与得10分,否则按比例扣分,每人最多扣5分", 10),
    ("全部参与得10分,否则按比例扣分,参与率低于50%的不得分", 10),
    ("全部参与得10分,否则按比例扣分,未参与的单位每家扣1分", 10),
    # -- the fixes in 繁体, full-width stops and spaces (context) --
    ("完成目標任務得滿分,未完成的按目標任務數佔實際完成任務數的比重計算得分", 10),
    ("完成目標任務得滿分,未完成的按未完成數占目標任務數的比重計算得分", 10),
    ("完成率達到90%的得10分,未達到的按實際完成值占目標值的比重計算得分", 10),
    ("完成率达到90％的得10分，未达到的按实际完成值占目标值的比重计算得分。", 10),
    ("完成目标任务得满分,未完成的按比例得分。得分=（目标任务数/实际完成目标任务数）×分值", 10),
    ("完成目标任务得满分, 未完成的按 目标任务数占实际完成任务数的比重计算得分", 10),
    ("庫房缺少空調、去濕機、除濕器,每項計1分", 3),
    ("配有計算機、複印機、照相機等,每項計1分", 3),
    ("每完成1個得0.5分,最高得4分,未按時報送的不得分", 4),
    # -- only_cap: the cap the only points (a judgement, never a rule) --
    ("积极参加相关活动,最高得12分", 10),
    ("积极参加相关活动,最高得10分", 10),
    ("有年度计划,积极参加相关活动,满分10分", 10),
    ("每参加一次得0.5,最高得4分", 4),
    ("配合、落实一个得0.5,最高得4分", 4),
]


@pytest.mark.parametrize(("text", "w"), MUST_REFUSE)
def test_hostile_sentences_are_refused(text: str, w: float) -> None:
    _refused_and_why(text, w)  # (test_r57's check: not read, a reason in Chinese)


@pytest.mark.parametrize(("text", "w", "why"), [
    ("完成目标任务得满分,未完成的按目标任务数占实际完成任务数的比重计算得分", 10, "不是实际完成占目标"),
    ("完成目标任务得满分,未完成的按未完成数占目标任务数的比重计算得分", 10, "“未完成数”占“目标任务数”"),
    ("完成任务得满分,未完成的按实际参加人数占目标人群总数的比重计算得分", 10, "目标人群总数"),
    ("覆盖率达到90%的得10分,未达到的按实际覆盖人数占应覆盖人数的比重计算得分", 10, "分值×完成率÷90%"),
    ("完成率达到90%的得10分,未达到的按实际完成值占目标值的比重计算得分", 10, "分值×完成率÷90%"),
    ("配有计算机、复印机、照相机等,每项计1分", 3, "“等”结尾"),
    ("完成省定任务得满分,未完成的按实际完成数占市定目标的比重计算得分", 10, "不是同一个目标"),
    ("完成50个以上得满分,未完成的按实际完成数占目标数的比重计算得分", 10, "目标是否就是50个"),
])
def test_the_fixed_refusals_say_why(text: str, w: float, why: str) -> None:
    assert any(why in u for u in _refused(text, w))


#: read, with these scores (hand arithmetic in the comments) — these are read today and must stay right
READ_AS = [
    # W × share done: 100 % → 10, 50 % → 5, 0 → 0
    ("完成目标任务得满分,未完成的按实际完成数占目标任务数的比重计算得分", 10, {"100%": 10, "50%": 5, "0%": 0}),
    ("完成目标任务得满分,未完成的按完成数占目标任务量的比重计算得分", 10, {"100%": 10, "50%": 5}),
    ("完成目标任务得满分,未完成的按完成数占任务数的比例计分", 10, {"100%": 10, "30%": 3}),
    ("完成年度计划得满分,未完成的按完成数占年度计划数的比例计分", 10, {"100%": 10, "50%": 5}),
    # 25 × 80 % = 20
    ("实际培训人数达到年度培训目标的得25分;未达到的,按实际培训人数占总任务数比重*25计分。", 25, {"100%": 25, "80%": 20}),
    # 5 × 80 % = 4
    ("制定年度计划并按计划实施的,计5分;未完成的,按年度计划完成比例计分。", 5, {"100%": 5, "80%": 4}),
    # 20 × 80 % = 16
    ("达到目标任务要求得20分,未完成目标任务的按总任务量进行折算得分。", 20, {"100%": 20, "80%": 16}),
    ("完成目标任务得满分,未完成的按比例得分。得分=(实际完成数/目标任务数)×分值", 10, {"100%": 10, "50%": 5}),
    # at 100 % both readings of a threshold agree: 10 × 80 % = 8
    ("完成率达到100%的得10分,未达到的按实际完成值占目标值的比重计算得分", 10, {"100%": 10, "80%": 8}),
    # 2 × 50 % = 1; 10 × 50 % = 5 ("扣完为止" changes nothing: the share never goes below 0)
    ("全部参与得2分,否则按比例扣分。", 2, {"100%": 2, "50%": 1}),
    ("全部参与得10分,否则按比例扣分,扣完为止。", 10, {"100%": 10, "50%": 5}),
    # listed things: min(W, N × things met)
    ("配有计算机、复印机、照相机,每项计2分", 6, {"3": 6, "2": 4, "0": 0}),
    ("配有计算机、复印机或照相机,每项计2分", 4, {"2": 4, "1": 2}),  # 或 joins one thing: 2 things
    ("配有计算机、复印机和照相机,每项计2分", 6, {"3": 6, "2": 4}),  # 和 parts: 3 things
    ("配有计算机、复印机、照相机,每项计2分,最高得6分", 6, {"3": 6, "2": 4}),
    ("配有计算机、复印机、照相机,每项计1分,共计3分", 3, {"3": 3, "1": 1}),
    ("档案室配有计算机、复印机,库房配有空调、去湿机,每项计1分", 4, {"4": 4, "3": 3}),
    ("抽查12项,每项计2分", 24, {"12": 24, "6": 12}),
    ("配有计算机、复印机、照相机,每项各计1分", 3, {"3": 3, "1": 1}),
    # "各2台" says what one thing met is (two of it): 3 things, 1 each
    ("配有计算机、复印机、照相机各2台,每项计1分", 3, {"3": 3, "1": 1}),
    # nothing done scores nothing — what the count gives at 0 (perunit's "未开展的不得分")
    ("每完成1个得0.5分,最高得4分,未开展的不得分", 4, {"8": 4, "2": 1, "0": 0}),
    # a failing counted: 24 − 2 per item failed
    ("归档文件材料收集齐全,抽查12项,每项扣2分", 24, {"0": 24, "1": 22, "12": 0}),
    ("配有计算机、复印机、照相机,每缺一项扣1分", 3, {"0": 3, "1": 2, "3": 0}),
    # joined awards: min(W, 0.5 × count)
    ("每配合、落实一个得0.5,最高得4分", 4, {"8": 4, "2": 1, "0": 0}),
    ("每配合、落实一个得0.5,最多得4分", 4, {"8": 4, "2": 1}),
    ("每配合、每落实一个得0.5,最高得4分", 4, {"8": 4, "2": 1}),
    ("每转载一篇得0.5,最高得4分", 4, {"8": 4, "2": 1}),
    ("每配合、落实一个得0.5,最高得4分。注:文件需2023年发布", 4, {"8": 4, "2": 1}),
    ("每配合、落实、转载一个得0.5,最高得4分", 4, {"8": 4, "2": 1}),  # three doings, each counted
    ("完成全部任务得满分,否则按比例计分", 10, {"100%": 10, "50%": 5}),
    ("统一完成任务得满分,否则按比例计分", 10, {"100%": 10, "50%": 5}),  # 统一 is no number
    ("完成率达到百分之百的得10分,未达到的按实际完成值占目标值的比重计算得分", 10, {"100%": 10, "80%": 8}),
    # no share named: the threshold is the base (W × v ÷ 50): 50 → 10, 25 → 5
    ("完成五十个以上得满分,否则按比例计分", 10, {"50": 10, "25": 5}),
    ("完成目標任務得滿分,未完成的按實際完成數占目標任務數的比重計算得分", 10, {"100%": 10, "50%": 5}),
    # "超过100%的按100%计": the share capped — what W × share at most W gives already
    ("全部参与得10分,否则按比例计分,超过100%的按100%计", 10, {"100%": 10, "50%": 5}),
    # a deduction per unit up to the 分值: 4 − 0.5 × 2 = 3
    ("每配合、落实一个扣0.5分,最高扣4分", 4, {"0": 4, "2": 3, "8": 0}),
]


@pytest.mark.parametrize(("text", "w", "scores"), READ_AS)
def test_read_with_hand_scores(text: str, w: float, scores: dict) -> None:
    r = read_rule_text(text, w)
    assert r.ok and r.rule is not None, r.understood
    _assert_scores(r, w, scores)
