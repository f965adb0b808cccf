"""r43: notations the reader did not know (issue 11, reader).

Three notations, each seen in tables the reader was not written against, each a small recogniser:

* a range of points the scorer picks from — "每次加1-3分", "較高4~2分", "为0~3分", "扣量化分0.5—1分", "优秀9—8分",
  "(3分到0分)" (more spellings for unstated.py's range of points, r14 — a judgement, as "扣除1-10分" already was):
  fresh41 BB1, fresh43 BD9, fresh54 BO5, fresh55 BP5/BP6/BP12;
* levels written points first — "評分標準: 100 分:…; 60 分:…; 0 分:…" (scorefirst.py, on the characters): fresh59 BT1,
  BT5 (two tables of one document: the 百分制 sub-scale of each 三级指标);
* a threshold met "不扣分" — "達60%(含)以上的不扣分,60%以下的扣2分" (normalise._no_deduction: the 分值, unless another
  score to start from or points added are named): fresh58 BS1; before r43 only "(含)以上不扣分" right after the number
  (fresh4 P7-1).

Each with its corpus sentence(s) (ids from tests/rules_chinese/corpus.yaml), wordings of our own (hand arithmetic in
the comments) and near misses that must stay refused.
"""

from jixiao.rules.chinese import read_rule_text
from jixiao.rules.chinese.scorefirst import score_first
from jixiao.rules.chinese.unstated import unstated_amount
from tests.rules_chinese.test_i11k import _refused, _scores


def _judged(text, w, said):
    r = read_rule_text(text, w)
    assert r.kind == "judgement", (text, r.kind, r.canonical, r.understood)
    assert any(f"“{said}”" in u and "由评分人判断" in u for u in r.understood), r.understood
    return r


# ---- a range of points the scorer picks from ----

def test_bd9_3_points_added_within_a_range():
    # BD9-3 (fresh43, W 20): "每次加1-3分" — 1, 2 or 3 points each time: the scorer picks
    _judged("积极为办事群众提供上门服务或节假日加班服务的,为企业或群众提供特事特办的,每次加1-3分", 20, "加1-3分")


def test_bo5_2_and_bp5_3_grade_then_a_range_without_a_verb():
    # BO5-2 (fresh54, W 5): 高 5; 較高 anything from 4 to 2; 一般 1 — the middle grade is the scorer's
    _judged("高5分,較高4~2分,一般1分", 5, "4-2分")
    # BP5-3 (fresh55, W 9): every grade a range
    _judged("评分者视情节打分:\n优秀9—8分较好7—5分一般4—3分", 9, "9-8分")


def test_bp6_and_bp12_ranges_after_other_verbs():
    # BP6-2 (fresh55, W 10): "可以视情节加1-4分"; BP6-5 (W 4): "为0~3分"; BP12-2 (W 10): "扣量化分0.5—1分"
    _judged("会议记录本按时完成并且上交的班级可得基础分6分。会议记录本记录认真并且详细的班级可以视情节加1-4分。"
            "未写记录本的为0分。迟交记录本5分。", 10, "加1-4分")
    _judged("a.无任何准备的为0分。\nb.有道具,设施的,(如音像、小红旗、荧光棒等)为0~3分。\nc.配合道具、设施且整体效果好的为4分。",
            4, "为0-3分")
    _judged("能及时而且按照要求上交者满分,上交不及时或不全面细致者扣量化分0.5—1分,未上交者扣量化分2分。", 10,
            "扣量化分0.5-1分")


def test_bb1_range_down_to_zero_in_brackets():
    # BB1-4 (fresh41, W 5): the last level "(2分到0分)" is any of 2, 1, 0 (the normaliser writes its 0分 as 不得分)
    _judged("完成(5分)完成80%以上(4分)完成60%以上(3分)完成50%及以下(2分到0分)", 5, "(2分到不得分)")
    _judged("全面完成质量标准(5分)较好完成质量标准(4分)完成情况一般(2分)完成情况较差(1分到0分)", 5, "(1分到不得分)")


def test_point_range_variants_of_our_own():
    # our own (W 10): each innovation adds 2, 3 or 4 points — how many is the scorer's
    _judged("工作有创新的,每项加2-4分", 10, "加2-4分")
    # our own (W 5): 齐全 5, 较齐全 3 or 4, 不齐全 0 — the middle grade is a range
    _judged("资料齐全5分,较齐全3~4分,不齐全0分", 5, "3-4分")
    # our own (W 10): every grade a range, written with long dashes
    _judged("优秀10—9分,良好8—6分,一般5—3分", 10, "10-9分")
    # our own (W 6): a range given by 赋 ("赋2至4分"), from the higher end ("扣3-1分")
    _judged("材料翔实的赋2至4分", 6, "得2-4分")  # (the normaliser writes 赋 as 得)
    _judged("资料不全的扣3-1分", 6, "扣3-1分")


def test_point_range_near_misses():
    # near miss: a step whose minus sign was lost ("每降低1—1分" = 1 point off per point lower, AW7-6 fresh36): the two
    # ends are equal and 每 stands before them — no range; the text stays refused (not a judgement)
    r = _refused("两票合格率为100%,合格率每降低1—1分", 10)
    assert r.kind == "unreadable"
    # near miss: a band of the score compared, not points given ("得分为80-90分", "总分为60-80分的")
    assert unstated_amount("考核得分为80-90分,评为良好", 100) is None
    assert unstated_amount("总分为60-80分的为合格", 100) is None
    # near miss: a bonus by rank ("依排序另加5-1分") is no range to pick from
    assert unstated_amount("依排序另加5-1分", 100) is None
    # and one amount, no range: read as before — 90% → 5; 85% → 0
    assert _scores("达到90%得5分,否则不得分", 5, ["90%", "85%"]) == {"90%": 5, "85%": 0}


# ---- levels written points first ----

def test_bt1_score_first_levels():
    # BT1-1 (fresh59, W 100): 相符 100; 基本相符 60; 不相符 0
    t = "評分標準: 100 分:實際支出與預算相符; 60 分:實際支出與預算基本相符; 0 分:實際支出與預算不相符。"
    # (the levels are named as printed, 繁体)
    assert _scores(t, 100, ["實際支出與預算相符", "實際支出與預算基本相符", "實際支出與預算不相符"]) == {
        "實際支出與預算相符": 100, "實際支出與預算基本相符": 60, "實際支出與預算不相符": 0}


def test_bt1_score_first_bands():
    # BT1-3 (fresh59, W 100): ≥ 80% → 100; [60%, 80%) → 60; < 60% → 0
    t = "評分標準: 100 分:資金到位率 80%以上的; 60 分:資金到位率 60%~80%的; 0 分:資金到位率低于 60%的。"
    assert _scores(t, 100, ["100%", "80%", "79.9%", "60%", "59.9%"]) == {
        "100%": 100, "80%": 100, "79.9%": 60, "60%": 60, "59.9%": 0}
    # BT1-4 (W 100): ≥ 95% → 100; [80%, 95%) → 60; < 80% → 0
    t = "評分標準: 100 分: 95%以上 ; 60 分: 80%— 95%; 0 分: 80%以下 。"
    assert _scores(t, 100, ["95%", "94.9%", "80%", "79.9%"]) == {"95%": 100, "94.9%": 60, "80%": 60, "79.9%": 0}


def test_score_first_variants_of_our_own():
    # our own (W 10): 健全 10; 基本健全 6; 无制度 0
    t = "评分标准: 10 分:制度健全; 6 分:制度基本健全; 0 分:无制度。"
    assert _scores(t, 10, ["制度健全", "制度基本健全", "无制度"]) == {"制度健全": 10, "制度基本健全": 6, "无制度": 0}
    # our own (W 5): ≥ 90% → 5; [80%, 90%) → 3; < 80% → 0 (90% is 以上: 5)
    t = "5分:90%以上; 3分:80%-90%; 0分:80%以下"
    assert _scores(t, 5, ["95%", "90%", "85%", "80%", "70%"]) == {"95%": 5, "90%": 5, "85%": 3, "80%": 3, "70%": 0}
    # an item number before the head, full-width colons
    assert score_first("2、评分标准：4分：按时报送；0分：未报送") == "按时报送得4分；未报送得0分"


def test_score_first_near_misses():
    # near miss: a heading over items ("总分10分:其中制度5分;台账5分") is not a list of levels — not rewritten
    assert score_first("总分10分:其中制度5分;台账5分") is None
    # near miss: two things each worth 10 on a 10-point row are no levels of one scale: not rewritten, refused
    assert score_first("10分:制度健全;10分:台账齐全") is None
    _refused("10分:制度健全;10分:台账齐全", 10)
    # near miss: "满分10分:" first — the row's full points, then one level: not rewritten
    assert score_first("满分10分:制度健全;6分:基本健全") is None
    # near miss: one level alone is not a list (the points of a described requirement)
    assert score_first("5分:制度健全") is None


# ---- a threshold met "不扣分" ----

def test_bs1_threshold_met_no_deduction():
    # BS1-1 (fresh58, W 2): ≥ 60% → 2 (no deduction); < 60% → 2 - 2 = 0
    t = "【招聘滿足率】見習學員招聘滿 足率達60% (含)以上的不扣分, 60%以下的扣2分。"
    assert _scores(t, 2, ["80%", "60%", "59%", "30%"]) == {"80%": 2, "60%": 2, "59%": 0, "30%": 0}
    # BS1-6 (W 3): ≥ 60% → 3; below, 2 off per whole 10 points lower: 50% → 1; 45% → 1 (not a whole step more)
    t = "【崗位運作率】見習崗位運作率 達60% (含)以上的不扣分,60% 以下的每減少10%扣2分。"
    assert _scores(t, 3, ["90%", "60%", "50%"]) == {"90%": 3, "60%": 3, "50%": 1}


def test_no_deduction_variants_of_our_own():
    # our own (W 3): ≥ 95% → 3; < 95% → 3 - 3 = 0
    assert _scores("及时率达95%以上的不扣分,95%以下的扣3分", 3, ["99%", "95%", "94%"]) == {
        "99%": 3, "95%": 3, "94%": 0}
    # our own (W 5): ≥ 90% → 5; below, 1 off per point: 88% → 3; 85% → 0; 80% → 0 (floor)
    assert _scores("合格率90%(含)以上者不扣分,低于90%的每降低1个百分点扣1分", 5, ["92%", "90%", "88%", "85%", "80%"]) == {
        "92%": 5, "90%": 5, "88%": 3, "85%": 0, "80%": 0}


def test_no_deduction_near_misses():
    # near miss: beside a base score and points added, "不扣分" keeps the base (3 of 5), not the 分值 — never read as
    # "≥60% → 5"; refused
    _refused("基础分3分,完成率60%以上的不扣分,每增加1%加0.5分", 5)
    # near miss: "不扣分" for a cause (not a threshold met) beside a per-day deduction: refused
    _refused("每延误1天扣1分，因不可抗力导致延误5天以上的不扣分", 5)


def test_bp6_1_range_explained_by_a_note_is_not_judged():
    # near miss BP6-1 (fresh55, W 4, labelled 0 → 0, 1 person → 2, 2 → 4): "为0-4分" is explained by the note after it —
    # no range for the scorer to pick in; it stays refused (unread), never a judgement
    t = "a.无蹲点党员和老师参加的为0分。\nb.有蹲点党员或老师参加的为0-4分。(注:来一个的为2分,两个的为4 分)"
    assert _refused(t, 4).kind == "unreadable"
