"""i11f: refusal families of fresh5 (source Q* in tests/rules_chinese/corpus.yaml, now tuned-on).

Expected scores are hand-computed in the comments (from the sentence and the row's 分值).
"""

from decimal import Decimal as D

import pytest

from jixiao.errors import RuleGapError
from jixiao.rules.chinese import read_rule_text
from jixiao.rules.chinese.failcount import read_failure_count


def _scores(text, w, values):
    r = read_rule_text(text, w)
    assert r.ok, (text, r.unread)
    return [r.rule.score(v, w, None) for v in values]


def test_q12_deduct_until_the_basic_points_are_gone():
    # Q12-2 (W 4): "扣完该项基本分为止" = 扣完为止; findings 1 → 4 - 1 = 3; 3 → 1; 5 → 0
    assert _scores("(二)按规定向缴款义务人及时足额收取非税收入款项,不擅自缓减免征的,计4分。擅自缓减免征的,"
                   "每发现一次扣1分,扣完该项基本分为止。", 4, [0, 1, 3, 5]) == [4, 3, 1, 0]
    # Q12-3 (W 2): 0.5 per finding: 1 → 1.5; 3 → 0.5; 6 → 0
    assert _scores("(三)执收工作程序规范、资料完备的,计2分。否则,每发现一次扣0.5分,扣完该项基本分为止。",
                   2, [0, 1, 3, 6]) == [2, D("1.5"), D("0.5"), 0]
    # other wordings of the same note
    for t in ("每发现1次扣1分,扣完本项基本分为止", "每发现1次扣1分，扣完此项基本分为止。"):
        assert _scores(t, 4, [1, 9]) == [3, 0], t


def test_q5_days_missed_are_counted():
    # Q5-1 (W 16): days missed 1 → 15; 10 → 6; 16 → 0
    assert _scores("每少上一天班扣1分,连接7天不上班向纪委报告", 16, [0, 1, 10, 16]) == [16, 15, 6, 0]
    # Q5-2 (W 4): 0.2 per day not signed: 1 → 3.8; 5 → 3; 20 → 0
    assert _scores("上班不签到且能提供证据的每少签到一天扣0.2分", 4, [0, 1, 5, 20]) == [4, D("3.8"), 3, 0]
    # 天 after a word that counts nothing is no count: not read as one per day
    r = read_rule_text("提前1天完成扣1分", 16)
    assert not (r.ok and r.rule.score(3, 16, None) == 13)


def test_q18_a_percent_deduction_is_a_share_of_the_row():
    # Q18-2 (W 6.25): 10% of 6.25 = 0.625 per finding: 1 → 5.625; 2 → 5; 10 → 0
    assert _scores("，答复推诿、答复不及时，回复质量差,每发现一项扣10%分，扣完为止。", D("6.25"),
                   [0, 1, 2, 10]) == [D("6.25"), D("5.625"), 5, 0]
    # Q18-1 (W 12.5): two findings at 10% (1.25) each add: 4 → 12.5 - 5 = 7.5; 11 → 0
    assert _scores("办事指南要素类别缺失的，每发现一项扣10%分，扣完为止；\n办事指南要素内容不准确的，"
                   "每发现一项扣10%分，扣完为止。", D("12.5"), [0, 1, 4, 11]) == [D("12.5"), D("11.25"), D("7.5"), 0]
    # read without a 分值, the rule keeps the share of W: at W 20 one finding costs 2 → 18
    r = read_rule_text("每发现一项扣10%分，扣完为止。")
    assert r.ok and r.rule.score(1, 20, None) == 18


def test_q11_one_per_case_found_without_mei():
    # Q11-2's scoring clause (W 4): "查实一例,扣1分" = 1 per case found: 1 → 3; 4 → 0
    assert _scores("凡未达到原则或不贯彻旳,查实一例,扣1分。", 4, [0, 1, 4]) == [4, 3, 0]
    # the full Q11-2/Q11-3 texts (the standard with its numbers first): failcount, test below


def test_q17_2_full_marks_in_points_and_one_missing_item():
    # Q17-2 (W 1): devices missing 0 → 1; 1 → 0; 3 → 0
    assert _scores("满足要求，得1分；缺1项，不得分", 1, [0, 1, 3]) == [1, 0, 0]
    # 得1分 on a 2-point row is not full marks: refused (what do 0 findings score? 1 or 2?)
    assert read_rule_text("满足要求，得1分；缺1项，不得分", 2).rule is None


def test_q4_1_items_written_by_what_each_missing_one_costs():
    # Q4-1 (W 5): 组织机构 3 + 专人负责 2 = 5 (both missing: 5 - 3 - 2 = 0)
    r = read_rule_text("1、领导机构5分,无组织机构扣3分,无专人负责扣2分;", 5)
    assert r.kind == "checklist" and r.max_points == 5
    assert [(i.text, i.points) for i in r.items] == [("组织机构", 3), ("专人负责", 2)]
    # costs adding up to less than the 分值 (3 + 1 ≠ 5), or a heading with another 分值: not guessed
    assert read_rule_text("无组织机构扣3分,无专人负责扣1分", 5).kind != "checklist"
    assert read_rule_text("领导机构4分,无组织机构扣3分,无专人负责扣2分", 5).kind != "checklist"


def test_q7_1_item_points_after_a_bracketed_alternative():
    # Q7-1 (W 4, traditional characters as published): four items of 1 point each → 4
    r = read_rule_text("本單位應啟動內部控制建設,成立內部控制領導小組(1分),由單位主要負責人擔任組長(1分),"
                       "建立內部控制聯席工作機制并開展工作(1分),明確內部控制牽頭部門(或崗位)(1分)。", 4)
    assert r.kind == "checklist" and r.max_points == 4 and [i.points for i in r.items] == [1, 1, 1, 1]
    # a bracket holding a number before the points is not an alternative: not dropped into the name
    assert "5" not in "".join(i.text for i in read_rule_text(
        "成立领导小组(1分),明确牵头部门(5人)(1分)。", 2).items)


def test_q19_1_full_marks_when_done_else_the_share_done():
    # Q19-1 (W 20): 20 × the share done, capped at 20: 90% → 18; 45% → 9; 120% → 20
    assert _scores("完成任务满分20分。未完成任务按完成百分比计算得数。", 20,
                   ["120%", "100%", "90%", "45%"]) == [20, 20, 18, 9]
    assert _scores("完成任务得满分，未完成任务的按完成率计分。", 20, ["90%"]) == [18]
    # "满分20分" on a 10-point row: the text's full marks are not the row's — refused
    assert read_rule_text("完成任务满分20分。未完成任务按完成百分比计算得数。", 10).rule is None


def test_q18_3_levels_by_the_number_of_times_done():
    # Q18-3 (W 6.25): 0 → 0; 1 → 50% of 6.25 = 3.125; 2 → 6.25
    r = read_rule_text("开展一次的，得50%；\n开展二次的，得满分；\n未开展的，则不得分。", D("6.25"))
    assert r.ok and [r.rule.score(v, D("6.25"), None) for v in (0, 1, 2)] == [0, D("3.125"), D("6.25")]
    # 3 times is not printed: a rule gap when scored, never a guess
    with pytest.raises(RuleGapError):
        r.rule.score(3, D("6.25"), None)
    # the top level must be the row's 分值: "得2分" as the top on a 3-point row is refused
    assert read_rule_text("召开1次得1分;召开2次得2分;未召开不得分", 3).rule is None


def test_q16_1_scored_by_the_situation_is_a_judgement():
    # Q16-1 (W 15): "按落实情况计分" — the scorer weighs how far it is done: a judgement, no rule
    r = read_rule_text("2、管护主体(15分)。林木管护落实管护单位(个人),签订管护合同,落实管护责任。"
                       "按落实情况计分,不落实管护主体不得分。", 15)
    assert r.kind == "judgement" and r.rule is None


def test_q10_q11_a_standard_then_a_deduction_per_failure():
    # Q10-3 (W 5): failed checks 1 → 5 - 0.5 = 4.5; 4 → 3; 11 → 0 (60% only defines a failure)
    assert _scores("4.污泥含水率不高于60%， 得5分， 未达标每次扣0.5分， 扣完为止。(协议约定乙方免贵情况除外)。",
                   5, [0, 1, 4, 11]) == [5, D("4.5"), 3, 0]
    # Q10-5 (W 10): months not met 1 → 5; 2 → 0; 3 → 0
    assert _scores("将尾水由一级A 排放标准提高到地表水准IV类标准(具体标准详见6.11) 。某一项月平均值不达标为该月不达标，"
                   "每次扣5分， 满分10分， 扣完为止（协议约定乙方免贵情况除外）。", 10, [0, 1, 2, 3]) == [10, 5, 0, 0]
    # Q11-2 (W 4): cases found 1 → 3; 4 → 0
    assert _scores("1、最高支付限额(4分),均应达到本地居民年人均可支配收入旳6倍以上(且均不低于8万元,未成年居民不低于10万元)。"
                   "凡未达到原则或不贯彻旳,查实一例,扣1分。", 4, [0, 1, 4]) == [4, 3, 0]
    # the heading's 分值 must be the row's: "(4分)" on a 5-point row is refused
    assert read_rule_text("1、最高支付限额(4分),均应达到收入的6倍以上。凡未达到的,查实一例,扣1分。", 5).rule is None
    # a second outcome beside the standard (bands on it) is another shape: not read as a count
    r = read_rule_text("含水率不高于60%得5分,不高于70%得3分,未达标每次扣0.5分。", 5)
    assert not (r.ok and r.canonical == "*: W - 0.5 per 1")
    # Q10-1 (W 30): failing days 1 → 28; 10 → 10; 15 → 0 — the money cut (扣罚…服务费) carries no points
    assert _scores("1.出水排放执行《城镇污水处理厂污染物排放标准》(GB I891 8-2002) 一级标准的A 标准。检测方法与上述标准一致，"
                   " 按日为单位进行考， 当日不合格记录一次不合格。一次不合格扣2分， 满分30 分，扣完为止。"
                   "同时并扣罚未达标天数的污水处理服务", 30, [0, 1, 10, 15, 20]) == [30, 28, 10, 0, 0]
    # a second cut written in points is another deduction: not this recogniser's shape
    assert read_failure_count("含水率不高于60%,得5分,未达标每次扣0.5分,同时扣罚1分。", D(5)) is None


def test_a_share_outcome_inside_a_condition_is_never_one_pass_level():
    # a composed variant of Q18-3 ("，"→"；", 得→赋) was read as "符合": W; *: 0 — "开展1次，赋50%，
    # 开展2次" glued into one pass condition. Now: the count levels read it; glued, it is refused.
    r = read_rule_text("开展一次的；赋50%；\n开展二次的；得满分；\n未开展的；则不得分。", D("6.25"))
    assert r.canonical == "=2: W; =1: 50%W; =0: 0"
    assert read_rule_text("开展一次，赋50%，开展二次，得满分。", D("6.25")).kind != "passfail"
