"""i11j: a pass/fail reading names the printed wording as levels (``printednames.py``).

"成立了…协调机构的得3分,未成立的不得分" was read ``"符合": 3; *: 0``: a person who typed (or picked) the
table's own words scored 0 under ``*``. Now the passing description and the failing one are levels too:
``"符合": 3; "成立了…协调机构": 3; "未成立": 0; *: 0``.

Sources (tests/rules_chinese/corpus.yaml ``sources:``):
* Y8 — https://haowendang.cn/c7q9hh76td45o77k30e8m0fvqu4yw2700pfw_1.html, 农产品质量安全监管工作考核办法和细则;
* T6 — https://www.1mishu.com/article/xzgaoshou/gongzhuo/200809/95075.html, 旅游责任制考核方案;
* T9 — GitHub file id 13905969512 (nima001/syqdemo), 某市区县机构编制资源使用效益评估 评分方法;
* V16 — http://www.fymate.net/html/text/lar/169373/16937391.html, 汕尾市2007年社会保险扩面征缴考核奖惩意见;
* Y7 — https://www.xiaomilidoc.com/p-10768084.html, 2013年度海口市基本公共卫生服务项目绩效考核标准(试行);
* Y16 — https://m.jinchutou.com/p-40445892.html, 2011年春玉米生产育苗考核评分标准;
* X15 — https://www.sgf2.com/37584/38137/content_1451852.html, 嶽陽縣…貧困村出列驗收標準 (繁体);
* T7 — http://www.kleyou.com/html/text/lar/171309/17130935_2.html, 某地旅游工作考核评分表;
* V24 — http://fanwen.cn/article/wytg/wangyoutg/201923205819.asp, XX县城镇公厕建设改造工程考核评分标准;
* Z6 — https://renrendoc.com/paper/346679430.html, 学校安全工作考核指标与评分标准(试行);
* seed 000 / 003 (tests/data/seeds/), the 评分标准 quoted in tests/rules_chinese/seed_rules.py.
Every expected score is the points the sentence prints beside the wording (the pass side) or 0 (the
failing side, "不得分" / "0分" / "扣" the whole 分值).
"""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal as D

import pytest
from hypothesis import given
from hypothesis import strategies as st

from jixiao.errors import JixiaoError
from jixiao.rules.chinese import read_rule_text
from jixiao.rules.chinese.normalise import to_simplified
from jixiao.rules.chinese.printednames import NAMED_NOTE
from jixiao.rules.model import QUOTES_RE, Text
from tests.rules_chinese.corpus import load, read_ids
from tests.rules_chinese.test_variants import TRANSFORMS


def _scores(text, w, values):
    r = read_rule_text(text, w)
    assert r.ok and r.kind == "passfail", (text, r.kind, r.canonical, r.unread)
    return [r.rule.score(v, w) for v in values]


# ---- the corpus sentences -----------------------------------------------------------------------

@pytest.mark.parametrize(("text", "w", "values", "expect"), [
    # Y8-1 (W 3): 成立了… → 3; 未成立 → 0; 符合 → 3
    ("成立了由县(市、区)政府牵头的农产品质量安全协调机构的得3分,未成立的不得分;", 3,
     ["成立了由县(市、区)政府牵头的农产品质量安全协调机构", "未成立", "符合"], [3, 0, 3]),
    # Y8-4 (W 5)
    ("县(市、区)政府将农产品质量安全纳入科学发展综合考核的得5分,未纳入的不得分;", 5,
     ["县(市、区)政府将农产品质量安全纳入科学发展综合考核", "未纳入"], [5, 0]),
    # T6-2 (W 4): both sides described in full
    ("旅游业纳入政府年度重点工作且有专题部署,得4分,没有纳入且没有专题部署的不得分。", 4,
     ["旅游业纳入政府年度重点工作且有专题部署", "没有纳入且没有专题部署"], [4, 0]),
    # T6-6 (W 5): the trailing 的 is no part of the name
    ("县(市)旅游业发展总体规划及时修编并组织实施的,得5分,未修编的不得分。", 5,
     ["县(市)旅游业发展总体规划及时修编并组织实施", "未修编"], [5, 0]),
    # T9-2 (W 1): list marker "2." dropped, the comma inside the description kept; "扣1分" on a 1-point
    # row is the whole 分值; the failing side lists two alternatives ("…的，或…的"), each a level
    ("2.根据近三年学生数的增减情况，实行动态调整的，得1分；未实行动态调整的，或“逆向”减少中小学教职工编制的，扣1分。", 1,
     ["根据近三年学生数的增减情况，实行动态调整", "未实行动态调整", "“逆向”减少中小学教职工编制"], [1, 0, 0]),
    # V16-3 (W 10): the passing side holds a number (100%) — not a name; the failing side is
    ("各项社会保险待遇按时足额发放,且实现离退休人员养老金社会化发放率100%,得10分,达不到要求的不得分。", 10,
     ["符合", "达不到要求"], [10, 0]),
    # Y7-3 / Y7-4 (W 0.5): lettered options with bare points
    ("A. 制订了工作制度和工作流程 0.5分B. 既未制订工作制度又无工作流程 0 分", 0.5,
     ["制订了工作制度和工作流程", "既未制订工作制度又无工作流程"], [D("0.5"), 0]),
    ("A. 配备人员,且接受过专业培训 0.5分B. 未配备人员 0分", 0.5,
     ["配备人员,且接受过专业培训", "未配备人员"], [D("0.5"), 0]),
    # Y16-1 (W 5): "否则" is no level name; spaces around the digit
    ("有正式文件的得 5 分,否则,不得分", 5, ["有正式文件", "否则"], [5, 0]),
    # X15-5 (W 10, 繁体): the names stay as printed
    ("建檔立卡貧困戶住房問題全部解決的計10分,未完成計0分。", 10,
     ["建檔立卡貧困戶住房問題全部解決", "未完成"], [10, 0]),
])
def test_corpus_sentences_name_the_printed_wording(text, w, values, expect):
    assert _scores(text, w, values) == expect


def test_other_text_is_still_the_failing_side():
    # Y8-2 (W 3): a value that is none of the levels falls under "否则" (*: 0), as before
    t = "以县(市、区)政府名义制定农产品质量安全监管工作计划或工作意见的得3分;未制定的不得分;"
    assert _scores(t, 3, ["以县(市、区)政府名义制定农产品质量安全监管工作计划或工作意见", "未制定", "已报"]) == [3, 0, 0]


# ---- seeds (hand-checked canonicals in seed_rules.py): the printed words, as a user types them ---

def test_seed_000_a11_description_typed_as_printed():
    # seed 000 A11 (W 5): the name is the printed sentence without the PDF extraction's space after the
    # comma ("一致, 无违反"); typed with "，" or "," it scores 5. Values are compared as before (NFKC, quotes
    # and ends stripped — what a template's native formula compares too), so the extraction's ", " is 0.
    t = "本统筹区制定的政策与中央、省委省政府决策保持一致, 无违反上位文件出台相关政策的情况得5分。否则不得分。"
    base = "本统筹区制定的政策与中央、省委省政府决策保持一致{}无违反上位文件出台相关政策的情况"
    assert _scores(t, 5, [base.format("，"), base.format(","), " 符合 ", "否则", base.format(", ")]) == [5, 5, 5, 0, 0]


def test_seed_003_question_clause_is_not_the_level():
    # seed 003 预算编制规范性 (W 2): "预算编制流程是否科学规范，" says what is checked; the level is the rest
    t = "预算编制流程是否科学规范，遵循两上两下机制，经局办公会审议得2分；未执行编制流程，不得分。"
    r = read_rule_text(t, 2)
    assert not r.rule.names_text("预算编制流程是否科学规范，遵循两上两下机制，经局办公会审议")
    assert _scores(t, 2, ["遵循两上两下机制，经局办公会审议", "未执行编制流程"]) == [2, 0]


def test_seed_003_failing_alternatives():
    # seed 003 年度目标明确性 (W 2): "不明确或不符合，得0分" — the whole, and 不明确 on its own (不符合 is the
    # templates' own word, left to "*")
    t = "部门年度工作目标明确，符合中长期目标得2分；不明确或不符合，得0分。"
    assert _scores(t, 2, ["部门年度工作目标明确，符合中长期目标", "不明确或不符合", "不明确", "不符合"]) == [2, 0, 0, 0]


# ---- wording variants (each a variant of the corpus id named) -----------------------------------

_Y8 = ["成立了协调机构", "未成立"]


@pytest.mark.parametrize("text", [
    "成立了协调机构的得3分,未成立的不得分;",            # Y8-1 as printed (shortened)
    "成立了协调机构的，得3分；未成立的，不得分。",       # full-width punctuation
    "成立了协调机构的,记3分;未成立的,不记分",            # 记 / 不记分
    "成立了协调机构的计3分,未成立的计0分",               # 计 / 计0分
    "成立了协调机构的，赋3分；未成立的，0分",             # 赋 / bare 0分
    "成立了协调机构，记为3分。未成立，该项不得分",        # 记为; 该项不得分; 。 between the sides
    "成立了协调机构得３分，未成立得０分",                # full-width digits, no 的
    "对成立了协调机构的,赋3分;\n未成立的,该项不得分",     # a leading 对; a line break
    "凡成立了协调机构的得3分，未成立的扣3分",            # a leading 凡; 扣 the whole 分值
    "成立了“协调机构”的得3分，未成立的不得分",           # quotation marks are no part of the name
    "成立了协调机构的得满分，未成立的不得分",             # 满分
    "B. 成立了协调机构 3分C. 未成立 0分",                # lettered options (as Y7-3)
])
def test_variants_of_y8_1(text):
    assert _scores(text, 3, _Y8) == [3, 0]


@pytest.mark.parametrize("text", [
    "A. 有会议记录和领导签批 2.5分B. 无会议记录 0分",      # variant of AA13-4 as lettered options
    "有会议记录和领导签批的,记2.5分;无会议记录的,不记分。",  # AA13-4 with a failing side written out
    "(1)有会议记录和领导签批的得2.5分,无会议记录的不得分",  # a leading (1)
])
def test_variants_of_aa13_4(text):
    assert _scores(text, 2.5, ["有会议记录和领导签批", "无会议记录", "符合"]) == [D("2.5"), 0, D("2.5")]


@pytest.mark.parametrize(("text", "name"), [
    ("如期完成年度建设任务的得3分，未完成的不得分", "如期完成年度建设任务"),   # 如期 is a word, not "如…"
    ("对照标准开展自查的得3分，未开展的不得分", "对照标准开展自查"),         # 对照 is a word, not "对…"
    ("如按时报送年度报告的得3分，未报送的不得分", "按时报送年度报告"),         # a lead-in 如 is dropped
])
def test_lead_in_words_only_when_they_are_lead_ins(text, name):
    # variants of Y8-1 (W 3)
    assert _scores(text, 3, [name]) == [3]


def test_traditional_characters_name_as_printed():
    # variant of Y8-1 printed in 繁体 (as X15-5): read in 简体, named with the printed characters
    t = "成立了協調機構的得3分，未成立的不得分"
    assert _scores(t, 3, ["成立了協調機構", "未成立"]) == [3, 0]


# ---- described levels: the whole printed description names the level too (name_whole_descriptions) ----

def _levels(text, w, values):
    r = read_rule_text(text, w)
    assert r.ok and r.kind == "rule", (text, r.kind, r.canonical, r.unread)
    return [r.rule.score(v, w) for v in values]


def test_t7_2_whole_descriptions():
    # T7-2 (W 20): each level described in several clauses → 20 / 10 / 0
    t = ("成立旅游质监所(旅游执法大队),有正式机构编制,配备专职人员,旅游市场规范有序得20分;有兼职的旅游执法队伍,有检查,"
         "有成果得10分;没有开展旅游质监工作不得分。")
    assert _levels(t, 20, ["成立旅游质监所(旅游执法大队),有正式机构编制,配备专职人员,旅游市场规范有序",
                           "有兼职的旅游执法队伍,有检查,有成果", "没有开展旅游质监工作"]) == [20, 10, 0]


@pytest.mark.parametrize("text", [
    "成立质监所,市场规范有序得20分;有兼职队伍,有成果得10分;没有开展工作不得分",          # variant of T7-2
    "成立质监所，市场规范有序，记20分；有兼职队伍，有成果，记10分；没有开展工作，不记分。",  # full-width, 记
    "成立质监所,市场规范有序的,得20分;\n有兼职队伍,有成果的,得10分;\n没有开展工作的,得0分",
])
def test_variants_of_t7_2(text):
    assert _levels(text, 20, ["成立质监所,市场规范有序", "有兼职队伍,有成果", "没有开展工作"]) == [20, 10, 0]


def test_v24_3_partial_deduction_described_whole():
    # V24-3 (W 3): 未制定… 扣3分 → 0; "制定了…,但是任务不明确,责任为落实到部门" 扣2分 → 3 − 2 = 1
    t = "未制定工作方案或工作计划的,扣3分;制定了工作方案或计划,但是任务不明确,责任为落实到部门的,扣2分。"
    assert _levels(t, 3, ["未制定工作方案或工作计划", "制定了工作方案或计划,但是任务不明确,责任为落实到部门",
                          "符合"]) == [0, 1, 3]


def test_failing_level_keeps_no_check_note():
    # variant of fresh13 Z10-1: "检查…文本," says how it is checked: the failing level is only "未编制"
    r = read_rule_text("检查城市照明专项规划文本,未编制的扣3分", 3)
    assert r.ok and not r.rule.names_text("检查城市照明专项规划文本,未编制")


@pytest.mark.parametrize(("text", "acts"), [
    ("迟报扣2分,漏报、瞒报、谎报的扣3分。", ["漏报", "瞒报", "谎报"]),      # Z6-4 (W 3)
    ("迟报的扣2分；漏报、瞒报的扣3分", ["漏报", "瞒报"]),                  # variant of Z6-4
    ("遲報扣2分,漏報、瞞報、謊報的扣3分。", ["漏報", "瞞報", "謊報"]),      # variant of Z6-4 in 繁体
])
def test_z6_4_failing_acts_one_by_one(text, acts):
    # each act alone zeroes the 3-point row (扣3分); 迟报 leaves 3 − 2 = 1
    assert _levels(text, 3, [*acts, text[:2]]) == [0] * len(acts) + [1]


def test_negated_list_is_not_split_into_acts():
    # "上报、备案不及时": 不及时 covers both — "上报" alone is no failing level (a gap, not 2)
    r = read_rule_text("上报、备案不及时的扣1分，未上报的扣3分", 3)
    assert r.ok and not r.rule.names_text("上报")


# ---- near misses: no name is guessed -----------------------------------------------------------

def _names(text, w):
    r = read_rule_text(text, w)
    return [u for u in r.understood if u.startswith(NAMED_NOTE)], r


def test_two_awards_name_nothing():
    # variant of Y8-1 with a second award: not a pass/fail — its reading names its own levels, never
    # through printednames
    names, r = _names("成立了协调机构的得3分，成立了领导小组的得1分，未成立的不得分", 3)
    assert names == [] and r.kind != "passfail"


def test_a_number_in_the_description_is_no_name():
    # variant of V16-3: "发放率100%" — the passing side holds a number, so only the failing side is named
    names, r = _names("养老金社会化发放率100%,得10分,达不到要求的不得分。", 10)
    assert r.rule is not None and not r.rule.names_text("养老金社会化发放率100%")
    assert [n for n in names if "100" in n] == []


def test_no_failing_clause_names_nothing():
    # variant of Y8-1 without the failing side: a gap reading stays as it was (no names, no 0)
    names, r = _names("成立了协调机构的得3分。", 3)
    assert names == []
    with pytest.raises(JixiaoError):
        r.rule.score("未成立", 3)


def test_otherwise_is_no_level_name():
    # variant of Y16-1: "否则" is what is left, never a level the table names
    r = read_rule_text("有正式文件的得5分，否则不得分", 5)
    assert str(r.rule) == '"符合": 5; "有正式文件": 5; *: 0'


def test_a_very_long_description_is_no_name():
    # variant of Y8-1 with a 90-character passing description: a native template formula holds each name
    # as an Excel string literal (≤ 255 characters); names stop at MAX_NAME (80) — the reading is unchanged
    desc = "成立了由县政府牵头的农产品质量安全协调机构" * 4 + "并定期召开会议"  # 21 × 4 + 7 = 91 characters
    r = read_rule_text(f"{desc}的得3分,未成立的不得分", 3)
    assert len(desc) == 91 and r.ok and not r.rule.names_text(desc)
    assert r.rule.score("未成立", 3) == 0 and r.rule.score("符合", 3) == 3


def test_extra_points_clause_stays_refused():
    # variant of Y8-1 with a bonus the reading would drop: refused (or judged), never a pass/fail with names
    r = read_rule_text("成立了协调机构的得3分,未成立的不得分,另有加分2分", 3)
    assert not (r.ok and r.kind == "passfail")


def test_partial_deduction_is_not_pass_fail():
    # variant of Y8-1 with "扣2分" on a 3-point row: the failing side is worth 1, not 0 — levels, not named 0
    r = read_rule_text("成立了协调机构的得3分,未成立的扣2分", 3)
    assert r.kind != "passfail"
    if r.ok:
        assert r.rule.score("未成立", 3) == 1  # 3 − 2


def test_failing_side_without_a_negation_is_not_named():
    # variant of Q12-1: the failing side is a list of misdeeds with no 未/无/不 — not named (refused as a name)
    names, _r = _names("按规定征收的,计4分;擅自设立项目,执收已停征的项目的,计0分。", 4)
    assert all("擅自" not in n for n in names)


# ---- every name is printed: corpus × the variants' transforms ------------------------------------

def _flat(s: str) -> str:
    return re.sub(r"\s+", "", QUOTES_RE.sub("", unicodedata.normalize("NFKC", s)))


_READ = [e for e in load()[1] if e["id"] in read_ids()]


def _mixed_script(name: str, text: str) -> bool:
    """A transform wrote a 简体 verb into a 繁体 text ("統計人員…得5分" → "…计5分", fresh30 AQ7-1): a character printed
    both ways cannot go back to one printing (normalise.printed_chars leaves it out), so the name is the text's words
    with that character in 简体 — the same words, not a name the text lacks."""
    return _flat(to_simplified(name)) in _flat(to_simplified(text)) and any(
        to_simplified(c) == c and any(to_simplified(t) == c != t for t in text) for c in set(name))


@pytest.mark.parametrize("name", sorted(TRANSFORMS))
def test_every_printed_name_is_in_the_printed_text(name):
    # the names printednames adds are words of the text itself (whatever the printing), each scoring the
    # points the pass side prints or 0 — checked for every read corpus sentence under every transform
    bad = []
    for e in _READ:
        text = TRANSFORMS[name](e["text"])
        r = read_rule_text(text, e["w"])
        named = [u[len(NAMED_NOTE):].rsplit("”", 1)[0] for u in r.understood if u.startswith(NAMED_NOTE)]
        if not named:
            continue
        # the scores the reading gives without the printed names: 0 and each level the reader named itself
        own = {D(0)} | {r.rule.score(c.condition.text, e["w"]) for c in r.rule.clauses
                        if isinstance(c.condition, Text) and c.condition.text not in named}
        bad += [(e["id"], n, text) for n in named
                if (_flat(n) not in _flat(text) and not _mixed_script(n, text)) or r.rule.score(n, e["w"]) not in own]
    assert bad == []


# ---- property: any description, any verb and punctuation ------------------------------------------

_WORDS = st.sampled_from(["建立", "健全", "管理", "制度", "机构", "落实", "责任", "开展", "培训", "工作",
                          "方案", "检查", "台账", "资料", "会议", "报告", "农产品", "监督"])


@given(words=st.lists(_WORDS, min_size=2, max_size=6), verb=st.sampled_from(["得", "记", "计", "赋", ""]),
       sep=st.sampled_from([",", "，", ";", "；", "。"]), de=st.sampled_from(["的", ""]),
       zero=st.sampled_from(["不得分", "不计分", "得0分", "计0分", "0分"]),
       pts=st.sampled_from(["1", "2", "3", "0.5", "5"]), neg=st.sampled_from(["未", "没有", "无"]))
def test_generated_pass_fail_sentences(words, verb, sep, de, zero, pts, neg):
    desc = "".join(words)
    failing = neg + words[0]
    text = f"{desc}{de}{verb}{pts}分{sep}{failing}{de}{zero}"
    r = read_rule_text(text, pts)
    if not (r.ok and r.kind == "passfail"):
        return  # a refusal is never wrong
    w = D(pts)
    # hand-computed: the printed passing description scores the printed points, the failing side 0,
    # the templates' 符合 the points, any other text 0 (the rule's 否则)
    assert r.rule.score(desc, w) == w
    assert r.rule.score(failing, w) == 0
    assert r.rule.score("符合", w) == w
    assert r.rule.score("另一种说法", w) == 0


# ---- a real client: the native formula of a reading with printed names, run by the `formulas` engine ---

@pytest.mark.parametrize(("value", "expected"), [
    ("成立了由县(市、区)政府牵头的农产品质量安全协调机构", 3),  # the printed passing wording → its 3 points
    ("未成立", 0),                                          # the printed failing wording → 0
    ("符合", 3),                                            # the templates' own word → 3
    ("已报", 0),                                            # any other text → 否则 0
])
def test_native_formula_scores_the_printed_wording(value, expected):
    # Y8-1 (W 3): the rule read from the text, compiled to the native Excel formula (rules/excel.py) and
    # evaluated by the `formulas` engine (an independent client), gives the printed points
    import formulas
    import numpy as np

    from jixiao.rules.excel import rule_formula

    r = read_rule_text("成立了由县(市、区)政府牵头的农产品质量安全协调机构的得3分,未成立的不得分;", 3)
    func = formulas.Parser().ast("=" + rule_formula(r.rule, "A1", "B1"))[1].compile()
    assert float(np.asarray(func(value, 3.0)).ravel()[0]) == expected
