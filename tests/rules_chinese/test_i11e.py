"""i11e: the wrong readings and refusal families of the held-out split fresh4 (now tuned-on).

Sentences are the corpus entries named (tests/rules_chinese/corpus.yaml, source P* there);
expected scores are hand-computed in the comments.
"""

from decimal import Decimal as D

from jixiao.rules.chinese import read_rule_text


def _scores(r, values, w, target=None):
    return [r.rule.score(v, w, target) for v in values]


# ---- 1. the three wrong readings -------------------------------------------------------------

def test_p2_5_a_computed_share_is_not_a_pass_condition():
    # P2-5 (W 3): "根据…占计划的比重计算得分(3分)" was read as "符合": 3 — a ratio as pass/fail
    # now read as 分值 × the share: 80% → 3 × 0.8 = 2.4; 50% → 1.5; 0% → 0
    r = read_rule_text("根据项目实际到位资金占计划的比重计算得分(3分)", 3)
    assert r.ok and _scores(r, ["100%", "80%", "50%", "0%"], 3) == [3, D("2.4"), D("1.5"), 0]
    # the bracketed points are not this row's 分值 (5): refused, not guessed
    assert read_rule_text("根据项目实际到位资金占计划的比重计算得分(3分)", 5).rule is None
    # the same path, other wordings: never a level
    for t in ("按照资金到位比例计算得分(3分)", "依据完成数占计划数的比重计分,3分",
              "按实际完成量占比折算得分(3分)", "资金到位比重计算后得3分", "以到位资金占比核定,得3分"):
        assert read_rule_text(t, 3).kind != "passfail", t


def test_p3_4_partial_deduction_inside_a_checklist_item_is_refused():
    # P3-4 (W 3): item 2 (2分) loses 0.5 per finding, at most 2 — partial credit an item cannot hold
    r = read_rule_text("1.各地区相关部门按规定时间报送中央和省级专项资金申请材料的,得1分;延期报送不得分。 "
                       "2.报送的基础数据资料完整真实准确的,得2分;基础数据资料不完整或不准确的,"
                       "每认定1项扣0.5分,最多扣2分。", 3)
    assert r.kind == "unreadable" and "每认定1项扣0.5分" in "".join(r.unread)
    # a deduction equal to each item's points is the item itself (N5-3 shape): still a checklist
    ok = read_rule_text("1.制度健全,得1分;2.执行有效,得1分;3.资料齐全,得1分。每少1项扣1分,扣完为止。", 3)
    assert ok.kind == "checklist" and ok.max_points == 3


def test_p10_3_each_of_listed_items():
    # P10-3 (W 5): five items joined by 、 "各占1分": 5 × 1 = 5 → a checklist of five
    t = "全科医学科独立设置、有全科诊疗科目、承担全科培训任务、与相关科室和基层基地密切配合、指导基层基地各占1分"
    r = read_rule_text(t, 5)
    assert r.kind == "checklist" and [i.points for i in r.items] == [D(1)] * 5
    # 5 × 1 ≠ 4, 5 × 1 ≠ 6: refused, never "符合": 1
    assert read_rule_text(t, 4).kind == "unreadable"
    assert read_rule_text(t, 6).kind == "unreadable"
    # other verbs: 各得 / 各计 — 3 × 2 = 6
    r = read_rule_text("制度健全、执行有效、资料齐全各得2分", 6)
    assert r.kind == "checklist" and r.max_points == 6


# ---- 2. refusal families of fresh4, with wordings beyond the exact sentence ---------------------

def test_counts_without_mei():
    # P10-1 (W 3): "缺1个科室，扣1分，直至扣完" — the value counts missing 科室: 0 → 3, 1 → 2, 3 → 0, 5 → 0
    for t in ("均符合标准，得满分\n缺1个科室，扣1分，直至扣完", "均符合标准，得满分；缺1个科室，扣1分，扣完为止",
              "均符合标准,得满分;少1个科室,扣1分,扣完为止"):
        r = read_rule_text(t, 3)
        assert r.ok and _scores(r, ["0", "1", "3", "5"], 3) == [3, 2, 0, 0], t
    # P10-4 (W 3): "有1项未落实，扣1分": 1 → 2, 3 → 0
    r = read_rule_text("均落实，得满分\n有1项未落实，扣1分", 3)
    assert r.ok and _scores(r, ["0", "1", "3"], 3) == [3, 2, 0]
    # P10-8 (W 3): "有1项不符合要求，不得分": any one → 0
    for t in ("符合要求，得满分\n有1项不符合要求，不得分", "符合要求,得满分;有1项不符合要求的,不得分"):
        r = read_rule_text(t, 3)
        assert r.ok and _scores(r, ["0", "1", "2"], 3) == [3, 0, 0], t
    # never a level to type: "有1项…" with another outcome wording is a count or refused
    r = read_rule_text("符合要求；得满分；有1项不符合要求；不得分", 3)
    assert not r.ok or _scores(r, ["0", "1"], 3) == [3, 0]


def test_base_stated_as_no_deduction():
    # P7-1 (W 15): "95%(含95%)不扣分,…,每低一个百分点扣1分": 94% → 14; 90% → 10; 80% → 0
    for t in ("符合政策生育率 95%(含 95%)不扣分,可进入先进单位评选,每低一个百分点扣 1 分;",
              "生育率95%(含)以上不扣分，每低1个百分点扣1分。"):
        r = read_rule_text(t, 15)
        assert r.ok and _scores(r, ["100%", "95%", "94%", "90%", "80%"], 15) == [15, 15, 14, 10, 0], t
    # P7-2 (W 15): "…的65%征收到位记满分,每欠1%扣1分": 64% → 14; 55% → 5; 50% → 0
    for t in ("按年初分配的征收任务和期内出现违法生育的应征收金额的 65%征收到位记满分,每欠 1%扣 1 分;",
              "征收到位率达到65%记满分，每欠1%扣1分。"):
        r = read_rule_text(t, 15)
        assert r.ok and _scores(r, ["70%", "65%", "64%", "55%", "50%"], 15) == [15, 15, 14, 5, 0], t


def test_unnumbered_items_with_their_own_points():
    # P8-2 (W 1): 0.3 + 0.5 + 0.2 = 1, "0. 5分" as printed
    r = read_rule_text("防洪排涝设施建设完善得0.3分;应急避难场所人均面积达1.5平方米得0. 5分;建立消防机制及消防队伍得0.2分", 1)
    assert r.kind == "checklist" and [i.points for i in r.items] == [D("0.3"), D("0.5"), D("0.2")]
    # items that do not add up to the 分值 (0.3 + 0.5 ≠ 1), or two numbers on one measure: refused
    assert read_rule_text("设施建设完善得0.3分;人均面积达1.5平方米得0.5分", 1).kind != "checklist"
    r = read_rule_text("执行率≥90%得3分;执行率<90%得2分", 5)
    assert r.kind != "checklist"


def test_items_whose_failure_deducts_their_points():
    # P3-1 (W 2): each item 1 point, its failing case "扣1分": 1 + 1 = 2
    r = read_rule_text("1.按时间要求及时报送年度目标任务的得1分,超出时间报送的扣1分。 "
                       "2.所报数字准确无误的得1分,出现统计错误等情况的扣1分。", 2)
    assert r.kind == "checklist" and r.max_points == 2
    # a failing case deducting more or less than the item is worth: refused
    r = read_rule_text("1.按时报送的得1分,超出时间报送的扣0.5分。2.数字准确的得1分,出现错误的扣1分。", 2)
    assert r.kind == "unreadable"


def test_target_row_with_basic_points():
    # P5-4 (W 10, target 6 座 printed in the row): 6 → 10; 7 → 10; 5 → 0
    r = read_rule_text("完成得基本分,未完成的不得分。", 10)
    assert r.ok and _scores(r, ["6", "7", "5", "0"], 10, "6") == [10, 10, 0, 0]
    # 正向 is assumed: the reading warns that a 反向 (≤T) row needs <=T (validation: rule-ambiguous)
    assert len(r.warnings) == 1 and "<=T: W; *: 0" in r.warnings[0]
    # bonus points above the 分值 (P5-1): refused, our scores never pass the 分值
    r = read_rule_text("完成得基本分;大于目标值的,每增加1%加1分,最高加2分;小于目标值的,每少1%扣1分,"
                       "扣分至基本分值扣完为止。", 5)
    assert r.rule is None


def test_tick_box_point_ranges_are_judgement():
    # P12-2 (W 10): a range per grade — the expert picks the score
    r = read_rule_text("A. 全面完成 □9.0-10分\nB. 较好完成 □7.0-8.9分\nC. 存在一定差距 □4.0-6.9分\n"
                       "D. 存在较大差距 □0-3.9分", 10)
    assert r.kind == "judgement"


def test_worded_levels_with_bracket_points():
    # P4-1 (W 1): 1 / 0.5 / 0, named as printed
    r = read_rule_text("项目目的明确,确定了一定时期的工作边界(1分);项目目的含糊,工作边界界定模糊(0.5分);"
                       "未明确项目目的(0分)。", 1)
    assert r.ok
    assert [r.rule.score(v, 1) for v in ("项目目的明确,确定了一定时期的工作边界", "项目目的含糊,工作边界界定模糊",
                                          "未明确项目目的")] == [1, D("0.5"), 0]
    # items to add up (1 + 1.5 + 1.5 = 4, P2-1) are no levels
    assert read_rule_text("目标明确(1分),目标细化(1.5分),目标量化(1.5分)", 4).kind == "checklist"
    # points that do not fall from the 分值 to 0: not levels
    assert not read_rule_text("目的明确(1分);目的含糊(0.5分)", 1).ok


def test_pass_fail_with_both_sides_named():
    # P9-1 (W 0.5): "资料齐全得0.5分,无资料映证扣0.5分" → the table's words are the levels (and 符合)
    r = read_rule_text("核查文件及会议记录,资料齐全得0.5分,无资料映证扣0.5分。", D("0.5"))
    assert r.ok and [r.rule.score(v, D("0.5")) for v in ("资料齐全", "符合", "无资料映证")] == [D("0.5"), D("0.5"), 0]
    # P3-3 (W 2): the deduction's own words name the failing level
    r = read_rule_text("根据本地区商品住房库存情况,合理确定棚改安置方式的得2分。因棚改安置方式不合理,导致棚户区居民没有"
                       "及时安置或发生群体性信访投诉,产生恶劣影响的,扣2分。", 2)
    assert r.ok and [r.rule.score(v, 2) for v in ("合理确定棚改安置方式", "产生恶劣影响")] == [2, 0]


def test_colon_between_clauses_and_ocr_one():
    # P6-2 (W 1): "…的得1分:否则不得分"
    r = read_rule_text("将社会救助(收入核对)工作纳入本地区经济、社会发展计划的得1分:否则不得分。", 1)
    assert r.ok and [r.rule.score(v, 1) for v in ("符合", "不符合")] == [1, 0]
    # "得l分" (OCR of 1): the 1-point clause is used, never dropped (it was silently left out before:
    # P6-1 read as "符合": 2; *: 0 with the middle level lost)
    r = read_rule_text("建立机制且有文件,得2分;建立机制但无文件得l分: 无机制的不得分。", 2)
    assert r.rule is None or r.rule.score("建立机制但无文件", 2) == 1
    # an "l" elsewhere is no digit: "l分" only right after a score verb
    assert read_rule_text("达标得l0分", 10).rule is None  # "l0" is not guessed to be 10
    r = read_rule_text("达标得l分，否则不得分", 1)
    assert r.ok and r.rule.score("达标", 1) == 1


def test_top_tier_at_100_percent():
    # P10-6 (W 3): 100% → 3; [90%, 100%) → 1; < 90% → 0
    r = read_rule_text("培训率为100%，得满分\n培训率≥90%，得1分\n培训率＜90%，不得分", 3)
    assert r.ok and _scores(r, ["100%", "99.9%", "90%", "89.9%"], 3) == [3, 1, 1, 0]


def test_cumulative_items_above_the_weight_are_refused():
    # found by the composed-variants test: four items × 5 = 20 on a 10-point row — never a
    # checklist worth twice the row
    r = read_rule_text("绩效目标编制格式规范，5分;内容完整，5分;根据资料充足，5分;绩效指标设计合理，5分。", 10)
    assert r.kind != "checklist" or r.max_points == 10
    # adding up to the 分值: still a checklist (2.5 × 4 = 10)
    r = read_rule_text("绩效目标编制格式规范得2.5分,内容完整得2.5分,根据资料充足得2.5分,绩效指标设计合理得2.5分。", 10)
    assert r.kind == "checklist" and r.max_points == 10


# ---- fresh5's single run (lead, session 17): its two wrong readings, refused since ------------

def test_q19_1_a_share_clause_without_points_is_never_a_note():
    # fresh5 Q19-1 (W 20, 甘肃 食品快检季度考核 得分说明): "未完成任务按完成百分比计算得数" scores
    # (20 × the share done: 90% → 18) but holds no "N分"; it was taken as a note and the row read
    # as "符合": 20 — every unfinished task scored as a text gap. Now refused, naming the clause.
    # (i11f: now read as 20 × the share done, capped at 20: 90% → 18; 45% → 9; 120% → 20 —
    # tests/rules_chinese/test_i11f.py; a share clause the reader cannot place stays refused:)
    r = read_rule_text("完成任务满分20分。未完成任务按完成百分比计算得数。", 20)
    assert r.ok and [r.rule.score(v, 20, None) for v in ("90%", "45%", "120%")] == [18, 9, 20]
    r = read_rule_text("完成任务满分20分。其余情况按完成百分比计算得数。", 20)
    assert r.rule is None and any("按完成百分比计算得数" in u for u in r.unread)
    for t in ("完成任务得满分。未完成的按完成比例计算得分。", "完成得满分,未完成按完成占比折算。"):
        assert read_rule_text(t, 20).kind != "passfail", t


def test_q8_1_a_single_deduction_that_repeats_is_not_one_level():
    # fresh5 Q8-1 (W 3, 内部控制报告自查评分表): "未落实一类要素的扣1分,扣完为止" — 扣完为止 says the
    # deduction repeats (by element type: 1 → 2, 3 → 0); it was read as one flat level
    # ("未落实一类要素", 2), so 2 types missing scored 2 instead of 1. Refused here; (i11g: now read
    # as the count it is, tests/rules_chinese/test_i11g.py) never one level again:
    for t in ("未落实一类要素的扣1分,扣完为止;", "未落实一类要素的扣1分,最多扣3分;"):
        assert read_rule_text(t, 3).kind != "passfail" and "未落实一类要素" not in str(read_rule_text(t, 3).rule)
    # a one-off deduction without 扣完为止 stays a level: "未成立自评工作小组扣8分;组成人员不符合要求的扣5分"
    r = read_rule_text("未成立自评工作小组扣8分;组成人员不符合要求的扣5分。", 8)
    assert r.canonical == '"符合": W; "未成立自评工作小组": 0; "未成立": 0; "组成人员不符合要求": 3'  # 未成立: r3


# ---- fresh6's single run (lead, session 17): its wrong reading, fixed ----------------------------

def test_r8_1_points_per_item_done_are_not_a_band_at_one():
    # fresh6 R8-1 (W 2, 贵池区双拥合格单位考评细则): "每做到一项得0.5分" was read as "=1: 0.5" (一项 as
    # a band at 1; 0 and 3 items were rule gaps). Score = min(W, 0.5 × items done), by hand:
    # 0 → 0; 1 → 0.5; 3 → 1.5; 4 → 2; 6 → 2 (never above 分值)
    r = read_rule_text("每做到一项得0.5分。", 2)
    assert r.ok and _scores(r, ["0", "1", "3", "4", "6"], 2) == [0, D("0.5"), D("1.5"), 2, 2]
    # W not a whole number of items (2 ÷ 0.6), or a cap other than 分值: refused, never "=1"
    for t, w in (("每做到一项得0.6分。", 2), ("每完成1项计1分,最高2分", 3), ("每有1人次参加得1分", 3)):
        r = read_rule_text(t, w)
        assert r.rule is None and r.kind == "unreadable", (t, r.canonical)
