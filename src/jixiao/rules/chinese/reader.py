"""The entry point ``read_rule_text``: length cap, refusals, checklist or fragments, assembly,
the points guard, warnings, and the unread fragments quoted as printed.

>>> r = read_rule_text("80%以下不得分，80%-90%得3分，90%以上得5分", 5)
>>> r.canonical, len(r.warnings)
('<80%: 0; [80%,90%): 3; >=90%: 5', 2)
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from decimal import Decimal
from typing import Any

from jixiao.errors import JixiaoError
from jixiao.rules.chinese._base import (
    MEANING,
    NUM,
    WORDING,
    Reading,
    ReadingContext,
    _Unreadable,
    dec,
    described,
    parse_weight,
    retold,
    unreadable,
)
from jixiao.rules.chinese.assemble import NO_METHOD, _assemble, _ctx_out, _reading
from jixiao.rules.chinese.basesteps import base_steps_notes, read_base_steps
from jixiao.rules.chinese.bonus import (
    capped_excess_notes,
    read_bonus_items,
    read_capped_excess,
    read_per_time_bonus,
)
from jixiao.rules.chinese.checklist import (
    _SHARE_EACH_RE,
    _read_checklist,
    read_bare_items,
    read_each_listed,
    read_items_on_facts,
    read_missing_items,
    read_questions,
    read_scored_items,
)
from jixiao.rules.chinese.completionshare import (
    completion_share_notes,
    foreign_share_base,
    named_share_beside_threshold,
    named_share_notes,
    read_completion_share,
    read_named_share,
    share_terms_why,
)
from jixiao.rules.chinese.conjoined import mask_bracket_standards, mask_conjoined
from jixiao.rules.chinese.countlevels import (
    count_deduction_notes,
    read_count_deductions,
    read_count_levels,
)
from jixiao.rules.chinese.countseries import count_series_notes, read_count_series
from jixiao.rules.chinese.deadlines import mask_deadline
from jixiao.rules.chinese.deductionlist import read_deduction_list, read_under_full_marks
from jixiao.rules.chinese.edgebands import edge_bands_notes, read_edge_bands
from jixiao.rules.chinese.enumerated import read_enumerated
from jixiao.rules.chinese.factorlevels import FACTOR_LEVELS_NOTE, read_factor_levels
from jixiao.rules.chinese.factorvalue import read_factor_value
from jixiao.rules.chinese.failcount import read_failure_count
from jixiao.rules.chinese.failures import _CHECK_NOTE, read_failure_only
from jixiao.rules.chinese.firstfew import first_few_notes, read_first_few
from jixiao.rules.chinese.formulas import read_formula
from jixiao.rules.chinese.fragments import _read_fragment
from jixiao.rules.chinese.gluedoptions import read_glued_options
from jixiao.rules.chinese.guard import (
    MAX_RULE_TEXT,
    check_reading,
    item_with_points_in_name,
    refuse_cap_as_level,
    refuse_counted_level_names,
    refuse_described_levels,
)
from jixiao.rules.chinese.headedparts import (
    counted_items_mismatch,
    heading_as_level,
    read_headed_count,
    read_headed_parts,
    read_named_parts,
)
from jixiao.rules.chinese.inlinepoints import (
    LOST_NUMBER_RE,
    each_of_total_notes,
    read_each_of_total,
    read_inline_levels,
    read_inline_points,
)
from jixiao.rules.chinese.interpolate import read_interpolation, read_line_between
from jixiao.rules.chinese.itemrules import floor_of_the_row, read_items_with_rules
from jixiao.rules.chinese.joinedaward import read_joined_award
from jixiao.rules.chinese.levels import (
    OPTIONS_BY_NUMBER_NOTE,
    OPTIONS_BY_NUMBER_WHY,
    described_levels_notes,
    options_by_number,
    read_bracket_levels,
    read_described_levels,
    read_options_by_number,
)
from jixiao.rules.chinese.lexicon import AT_LEAST, AT_MOST, COUNT
from jixiao.rules.chinese.listedfindings import read_listed_findings
from jixiao.rules.chinese.listeditems import read_listed_items
from jixiao.rules.chinese.listedlevels import (
    ORDER_POINTS,
    listed_levels_notes,
    read_listed_levels,
    read_places_in_order,
    refuse_per_time_tiers,
)
from jixiao.rules.chinese.measureitems import read_measure_items
from jixiao.rules.chinese.mismatch import deduction_limit_refusal
from jixiao.rules.chinese.namedfailures import read_whole_failing
from jixiao.rules.chinese.normalise import (
    CAP_HUNDRED_NOTE,
    HIGHEST_ONLY_NOTE,
    NO_BONUS_NOTE,
    PRINTED_TIMES_NOTE,
    PRINTED_TIMES_RE,
    PROP_TOKEN,
    ROUND_NOTE,
    _normalise,
    _normalise_chars,
    _split,
    printed_chars,
    to_simplified,
)
from jixiao.rules.chinese.nounquantity import mask_noun_quantities
from jixiao.rules.chinese.numericfailings import read_numeric_failings
from jixiao.rules.chinese.obligations import read_obligations
from jixiao.rules.chinese.pairedlists import read_paired_lists
from jixiao.rules.chinese.passfailitems import read_pass_fail_items
from jixiao.rules.chinese.periodcount import other_count_refusal, reset_count_refusal
from jixiao.rules.chinese.peritem import (
    PER_AWARD_RE,
    per_point_notes,
    read_headed_per_unit,
    read_per_item,
    read_per_point,
)
from jixiao.rules.chinese.perunit import (
    counting_note,
    per_copy_total_notes,
    per_unit_award_notes,
    per_unit_in_parts_notes,
    read_listed_per_item,
    read_per_copy_total,
    read_per_unit_award,
    read_per_unit_in_parts,
)
from jixiao.rules.chinese.placedpoints import each_listed, read_placed_items
from jixiao.rules.chinese.pointranges import point_ranges
from jixiao.rules.chinese.pointsrule import points_then_rule
from jixiao.rules.chinese.printednames import name_printed_levels, name_whole_descriptions
from jixiao.rules.chinese.printedstart import read_printed_limit, read_printed_start
from jixiao.rules.chinese.printedstates import parted_grades, read_printed_states
from jixiao.rules.chinese.rankings import (
    RANK_FALLING_RE,
    rank_list_notes,
    rank_steps_notes,
    read_rank_list,
    read_rank_steps,
    read_top_ranks,
    top_ranks_notes,
)
from jixiao.rules.chinese.ratefail import read_rate_failing
from jixiao.rules.chinese.ratefromzero import rate_from_zero_notes, read_rate_from_zero
from jixiao.rules.chinese.refusals import (
    _TARGET_FORMULA_RE,
    _TARGET_RE,
    TARGET_WORDS,
    bonus_above_weight,
    judgement_match,
)
from jixiao.rules.chinese.repairs import damage_refusal, points_first, repair_extraction
from jixiao.rules.chinese.requirementsonly import requirements_only
from jixiao.rules.chinese.rewrites import read_rewritten
from jixiao.rules.chinese.shortfall import read_shortfall, shortfall_notes
from jixiao.rules.chinese.shortnames import dropped_manner_refusal, name_short_forms
from jixiao.rules.chinese.standardrules import read_standard_rules
from jixiao.rules.chinese.standardsteps import read_standard_steps, standard_steps_notes
from jixiao.rules.chinese.stepbands import read_step_bands, step_bands_notes
from jixiao.rules.chinese.steps import (
    base_bonus_notes,
    rate_steps_notes,
    read_base_bonus,
    read_rate_steps,
)
from jixiao.rules.chinese.tablelevels import NOTE as TABLE_NOTE
from jixiao.rules.chinese.tablelevels import TableLevels, TableRefusal, read_table_levels
from jixiao.rules.chinese.targets import (
    bare_steps_other_base,
    read_bare_target_steps,
    read_basic_target,
    read_target,
    read_target_steps,
)
from jixiao.rules.chinese.taskdone import read_task_done, task_done_notes
from jixiao.rules.chinese.tiers import deduction_tiers_notes, read_deduction_tiers
from jixiao.rules.chinese.unstated import unstated_amount
from jixiao.rules.model import (
    HUNDRED,
    Any_,
    Clause,
    Compare,
    Interval,
    Linear,
    Num,
    Points,
    Rule,
    Text,
    fmt_decimal,
)

#: a list of 得分要素 without points, then the rule on the share of them met (S25-3)
_FACTORS_RE = re.compile(r"^得分要素[:：](?P<list>(?:\d{1,2}[.、][^。；;\d分]{1,40}[；;]){1,11}\d{1,2}[.、][^。；;\d分]{1,40})。"
                         r"(?P<rest>业绩值.+)$")


#: the row's name with its own 分值 in brackets before the scoring text: "2.绩效目标编报质量(10分)。"
_HEADER_RE = re.compile(r"^\s*(?:\d{1,2}[.、．]\s*)?"
                        # (a name may hold a short bracket without digits: "足额落实村(居)、组干部报酬…(1分)。", AJ4-1, r10)
                        r"(?:[^。；;，,:：\d()（）]|[(（][^。；;，,:：\d()（）分]{1,4}[)）]){1,40}[(（]\s*(?P<n>\d{1,3}(?:\.\d{1,2})?)\s*分\s*[)）]"
                        # (a comma only before the score formula: "信访部门及时受理率(5分),得分=…" (fresh21 AH13, r8) —
                        # "明确(5分),基本明确(3分)" are levels)
                        r"\s*(?:[。:：]|[,，](?=\s*[^，,。；;\d]{0,12}?得分\s*(?:=|为|是)))")


#: "本项满分4分。" before the scoring text (F1, 环境保护目标责任书 计分方法)
_FULL_MARKS_RE = re.compile(r"^\s*(?:本项目|该项目|本项|该项|此项|本指标|该指标)?(?:满分|分值|权重分?|共计?|合计|总分)(?:为|是)?"
                            r"(?P<n>\d{1,3}(?:\.\d{1,2})?)分\s*[。,，;；:：]")

#: a comparison with the row's target inside a condition: "小于或等于年度目标值" / "达到目标值" / "大于目标值"
# (up to 8 characters between: "完成项目总投资各季度任务" — fresh42 BC5-4, first run: read as "符合": 5)
#: (实现 as 达到: "未实现基准点不得分,实现基准点得5分", r45 — fresh17 AD3-5 printed with 实现)
_TARGET_COMPARED_RE = re.compile(r"(?:小于|大于|等于|达到|达不到|未达到|实现|低于|高于|超过|不低于|不高于|不超过|完成|[≥≤<>])"
                                 r"[^，,。；;]{0,8}?(?:年度|本年|当年)?(?:" + TARGET_WORDS + ")")

#: points printed after a sentence's full stop, then the next sentence: "…累计进度目标。(60分)未完成…" (fresh20 AG11-1)
_POINTS_AFTER_STOP_RE = re.compile(rf"。\s*[(（]\s*{NUM}\s*分\s*[)）]\s*[;；]?\s*(?=[\u4e00-\u9fff])")

#: a level joining two conditions: "未完成年度计划目标,但完成累计降低进度目标" / "完成年度计划目标及累计降低进度目标"
_TWO_CONDITIONS_RE = re.compile(r"且|但|[,，]并|[^,，普涉危波顾企]及(?![时格早])[^,，]")

#: a deduction per sub-item inside one item of a list: "（2）NH3-N或TP不达标每一项扣4分" (fresh17 AD13-2)
_PER_ITEM_IN_ITEM_RE = re.compile(rf"每[一1]?{COUNT}扣")

#: an "item" that is only a cap word: "…得20分,最多得80分" (r1)
_CAP_ITEM_RE = re.compile(r"^(?:累计)?(?:最多|最高|上限|封顶)(?:可|为|不超过)?$")

#: the rule in brackets at the end (or the whole text in brackets), after what is checked
#: (what is checked may hold one short bracket of words when it is a few words without a stop, a comma or a "、":
#: "被抽查场(户)评价5分(好5分,较好4分,一般3分)", fresh8 U17-2, r59)
_RULE_IN_BRACKETS_RE = re.compile(r"(?P<what>[^()]{0,200}?|[^()，,;；。、]{1,40}?\([^()\d分，,;；。、]{1,4}\)[^()，,;；。、]{0,40}?)"
                                  r"\((?P<rule>[^()]{4,300})\)[。.；;]?")

#: a cap in brackets after points per unit — "每办1件加1分(最多加5分)" (fresh42 BC3-7, r30): the award's cap, no rule of its
#: own (as a bracket saying only how to count, perunit.counting_note)
_CAP_WORDS_RE = re.compile(r"(?:最多|最高|累计|上限|合计|共计|总计)")

#: the row's points then its deduction in brackets after the requirement: "班子成员轮流参与信访接待(2分,缺一个领导扣0.5分)。"
#: (fresh21 AH14-2) — read as "…得2分,缺一个领导扣0.5分" when the points are the 分值
_POINTS_THEN_RULE_RE = re.compile(r"(?P<what>[^()]{2,200}?)\((?P<n>\d{1,3}(?:\.\d{1,2})?)分[,，;；](?P<rule>[^()]{2,120})\)[。.；;]?")

#: one threshold to reach in a requirement: "完成率不低于50%" / "拨付率达到90%以上" / "≥95%"
#: (the bound words of lexicon, as guard._THRESHOLD_RE, r12)
_THRESHOLD_RE = re.compile(rf"(?:{AT_LEAST}|{AT_MOST}){NUM}%?|{NUM}%?(?:及以上|以上|以内)")

#: a scope note in brackets after the last sentence, with no number: "…有1件被纠错的扣1分。(包括区政府作为被复议人,但涉及
#:行为是相关街道具体实施的,对相关街道予以扣分)。" (fresh21 AH7-1) — says what counts (and whose score is cut), no points
_TRAILING_NOTE_RE = re.compile(r"(?<=[。.；;])\s*\((?P<note>(?:包括|含|不含|不包括|注[:：]|说明[:：])[^()\d]{2,150})\)[\s。.；;]*$")

#: what the score is judged on, after the rule: "…未组建的不得分,以会议记录为准。" (fresh24 AK5-1), "…反之不得分。以落实和
#: 资金到帐为依据。" (fresh26 AM9-1), "…扣完为止(以环保局审批项目为准)" (fresh25 AL1-6) — r15; no number, no score word
_EVIDENCE_NOTE_RE = re.compile(r"(?<=[^，,。；;\s(（])\s*(?:[，,。；;]\s*(?P<a>以[^，,。；;()（）\d分扣得]{2,24}?为(?:准|依据|凭))"
                               # (r17) a stop before the bracket too: "…扣2分。(以现场检查为准)"
                               r"|[，,。；;.]?\s*[(（](?P<b>以[^，,。；;()（）\d分扣得]{2,24}?为(?:准|依据|凭))[)）])[\s。；;.]*$")

#: when a failure is taken to hold, in brackets after the rule: "…未落实包干责任的扣2分。(相关资料必须报乡禁烧办留存,否则视为责任
#: 落实不到位)。" (fresh9 V10-3, r15) — defines the failure, gives no points
_DEEMED_NOTE_RE = re.compile(r"(?<=[。；;，,])\s*[(（](?P<note>[^()（）\d分扣得]{2,60}?视为[^()（）\d分扣得]{2,30})[)）][\s。；;.]*$")

#: a comparison with last year's figure: "与上年相比" / "较上年" / "比上年" / "同比"; or with a named year's: "与2018年相比"
#: (r39: the year is the base of the steps, not the value — read as a count of "与2018年相比" before)
_LAST_YEAR_RE = re.compile(r"与(?:上年|去年|上一年|(?:19|20)\d{2}\s*年)(?:度)?(?:相比|比较|同期)|[较比](?:上年|去年|上一年|(?:19|20)\d{2}\s*年)"
                           r"|同比(?:增加|减少|上升|下降)")

#: a topic heading before the rule: "能源管理体系建设情况：" / "2024年节能月报上报情况：" (fresh7 T4)
_TOPIC_HEAD_RE = re.compile(r"^[^，,。；;:：%]{2,24}?(?:情况|要求|内容|方面)[:：]")

#: "针对网格内纳税人申报情况进行考核，满分20分，…" (fresh15 AB8): what is checked (words, no number), then the
#: row's 分值 restated — the restatement is taken out when it equals the 分值, the words stay (a note)
_DESC_FULL_MARKS_RE = re.compile(r"^(?P<desc>[^，,。；;:：\d%()（）]{2,40}[，,。；;])\s*(?:本项|该项|此项)?满分(?:为|是)?"
                                 r"(?P<n>\d{1,3}(?:\.\d{1,2})?)分\s*[。,，;；]")

#: a quality the row scores, then its 分值, before the scoring text: "完整性,3分。完整率达100%,得3分;…" / "准确性,1分。…"
#: (fresh45 BF15-1/2, 电子政务考核, lead s25) — a name ending in 性 (完整性, 准确性, 及时性, 规范性 …) is no level to type
#: (matched after _normalise_chars, which writes the bare ",3分" as ",得3分")
#: — a short name (not "有针对性", "不强": a level's words), and a full stop or colon after the points ("…有针对性，得4分；…"
#: is a level, fresh5 Q9-8)
_QUALITY_HEADER_RE = re.compile(r"^\s*(?:\d{1,2}[.、．]\s*)?(?![有无不没较很])[\u4e00-\u9fff]{1,4}性\s*[,，:：]?\s*(?:得)?[(（]?"
                                r"(?P<n>\d{1,3}(?:\.\d{1,2})?)\s*分\s*[)）]?\s*[。:：]")

#: restatements of the row's 分值 taken off the front when they equal it
_HEADERS = ((_HEADER_RE, "指标名称及分值"), (_QUALITY_HEADER_RE, "指标名称及分值"), (_FULL_MARKS_RE, "本项满分即分值"))

#: the row's 分值 in brackets after the last sentence: "…每缺一项扣0.75分。(1分)" (fresh6 R7-1), or as a worded total
#: "…,否则不得分。本项满分1分。" (fresh19 AF5-3) / "…完成率不低于50%。总分2分。" (fresh21 AH1-6) / "…。(总分4分)" (r6)
_TRAILING_WEIGHT_RE = re.compile(
    r"(?:(?<=[。.；;!！\n])|(?<=分[)）])|(?<=分\s[)）]))\s*(?:[(（]\s*(?:本项|该项|此项)?(?:基本分|满分|分值|总分|合计|共计)?(?:为)?\s*(?P<n>\d{1,3}(?:\.\d{1,2})?)\s*分\s*[)）]"
    r"|(?:本项|该项|此项|本指标|该指标)?(?:满分|分值|总分|合计|共计)(?:为)?\s*(?P<m>\d{1,3}(?:\.\d{1,2})?)\s*分)[\s。.；;]*$")


#: the last option says the row does not apply, worth the 分值: "4.如当年没有符合绩效目标申报项目的得6分。" (held S29-4)
_NOT_APPLICABLE_RE = re.compile(rf"(?<=[。；;])\s*(?:\d{{1,2}}[.、]\s*)?(?:如|若|如果)(?:当年|本年度?|该年度?|当期)?"
                                rf"(?P<what>(?:没有|无)[^，,。；;\d]{{2,30}}?)的?[,，]?(?:得|计|记)(?P<n>{NUM})分[。；;]?\s*$")


#: whole-text shapes read in one piece (each its own recogniser module), with what the reading means (words, or a function
#: of the rule and the 分值). A recogniser returns its rule — or its rule and the notes its text says beside it, read in the
#: same pass (the value's unit or how to count of a per-unit award, the weighting of a rank), said after the meaning
_WHOLE_TEXT_RULES = (
    (lambda norm, _w: read_factor_value(norm), "业绩值 = 具备的得分要素数 × 每个要素的值（由填表人算出）"),
    # "档案室配有计算机、复印机、…,每项计1分" (fresh69 CD2, r58): the things listed counted, their count × N the 分值
    (read_listed_items, lambda _rule, _w: []),
    (read_per_item, "业绩值为完成的项数：每完成1项得该项分数，相加"),
    (read_headed_per_unit, lambda _rule, _w: []),  # "培植种粮大户计2分,…种粮大户的每户计1分" (fresh74 CI3-1, r62)
    (read_per_unit_award, per_unit_award_notes),  # "每宣传一次得0.5分,最高得1分" (r1); its text's notes (r30)
    (read_joined_award, per_unit_award_notes),  # "每配合、落实1个得0.5,最高得4分" (fresh69 CD5-1, r58)
    (read_first_few, first_few_notes),  # "辦理前2場次各得分3分，辦理第3場得分2分，本項最高得分8分" (fresh66 CA8-8, r52)
    (read_per_copy_total, per_copy_total_notes),  # "满分40分(5分/份×8)" (r5)
    (read_listed_findings, "业绩值为发现的问题数：每发现1项按所写扣分，扣完为止；所列问题中的数值（如超过25mm）只界定问题，"
                           "不参与计分"),  # "…栅距过大(超过25mm)、未清理垃圾的，发现一项扣1分" (r1)
    (read_per_point, per_point_notes),
    (read_rate_from_zero, rate_from_zero_notes),  # "超审限案件每一个百分点扣0.4分" (fresh65 BZ1-1, r51)
    (read_count_levels, "业绩值为开展的次数：按所写次数得分，未写的次数报“规则有缺口”"),
    (read_count_deductions, count_deduction_notes),
    (read_failure_count, "业绩值为不合格（未达标）的次数，每次按所写扣分，扣完为止；文中的数值是考核标准"
                         "（界定一次不合格），不参与计分"),
    (read_rank_steps, rank_steps_notes),  # "第一名50分,按名次依次递减2分" (fresh21 AH5-1, r8)
    (read_rank_list, rank_list_notes),  # "第一名10分,第二名8分,第三名6分,其余4分" (r8)
    (read_top_ranks, top_ranks_notes),  # "排名前3名得满分;其他依次递减0.2分" (fresh23 AJ7-2, r10), its bracket's note
    (read_base_bonus, base_bonus_notes),  # "达到50个得5分,此基础上每增加1个加0.1分" (fresh22 AI8-1, r10)
    (read_base_steps, base_steps_notes),  # "达到上年水平得2分,每增长(减少)2个百分点加(减)0.1分,4分封顶" (fresh44 BE3-2, r29)
    (read_capped_excess, capped_excess_notes),  # "超额完成…,每超额完成1人加0.1分,30分封顶" (fresh30 AQ6-3, r24)
    (read_per_time_bonus, per_unit_award_notes),  # "培训一次加1分,最高得分2分" (fresh33 AT8-6, r24); its text's notes (r36)
    (read_deduction_tiers, deduction_tiers_notes),  # "未全面完成任务的扣2分,完成率低于90%的不得分" (fresh28 AO1-8, r24)
    (read_rate_steps, rate_steps_notes),  # "每增0.01次/車,扣5分" (fresh22 AI1-1, r10)
    (read_step_bands, step_bands_notes),  # "95%以上每低1%扣0.5分，85%-95%每低1%扣1分，低于85%不得分" (fresh78 CL1-1, r74)
    # "标准价格对应分数为20分。每高于标准价格1%,标准分扣2分,每低于标准价格1%,标准分加2分" (fresh78 CL7-1, r74)
    (read_standard_steps, standard_steps_notes),
    (read_edge_bands, edge_bands_notes),  # "请假一天以上两天以内扣除20分(包括两天)…" (fresh78 CL6-2, r74)
    (read_obligations, lambda _rule, _w: []),  # "…出乡2天以上的须向乡长请假,…一次未请假扣2分" (fresh77 CK3-2, r74)
    # "目标完成 100/90/80/70/60%，得分 5/4/3/2/1，60% 以下 0 分" (fresh82 CP2-2, r82): floors and points paired in order
    (read_paired_lists, lambda _rule, _w: []),
    (read_listed_levels, listed_levels_notes),  # "按满意、较满意…5档划分,计分为5分、4分…" (i11k)
    (read_places_in_order, lambda _rule, _w: []),  # "在市级、省级、国家级杂志上发表。(1、3、5分)" (fresh61 BV12-2, r59)
    (refuse_per_time_tiers, lambda _rule, _w: []),  # "国家级5分/次,省级3分/次…" (fresh57 BR1-1, r59): refused, said why
    (read_rate_failing, "业绩值填该比率（或原文的等级）：达到所写比率得满分，未达到（原文“未…”）不得分"),  # r3
    (read_each_of_total, each_of_total_notes),  # "(1个0.5分,共3分)" (fresh34 AU12-1, r25)
    (read_completion_share, completion_share_notes),  # "完成…计满分,完不成任务的按比例计分" (fresh38 AY2-1, lead s25)
)


#: words parted by spaces only, as pages flattened from table cells print them ("水源充足 通风良好得 1 分 供电稳定得 1 分")
_SPACED_RE = re.compile(r"(?<=[\u4e00-\u9fff])[ \t\u3000]+(?=[\u4e00-\u9fff])")


def read_rule_text(text: str, weight: Any = None, context: ReadingContext | None = None) -> Reading:
    """Read a published 评分标准 sentence into a canonical :class:`Rule` — or say why not.

    A text the reader refuses whose words are parted by spaces is read once more with each such space as a comma
    (pages flattened from table cells part clauses by spaces; PDF extraction also puts spaces inside words — "否 则" in
    seed 002 — so the spaces are dropped first and parted only when that reads nothing). Lead, session 21: the commonest
    surface shape among the unseen refusals of fresh24/25; measured on fresh26/27.

    >>> read_rule_text("水源充足 通风良好得 1 分 供电稳定得 1 分", 2).kind
    'checklist'

    Args:
        text: the 评分标准 cell text as printed.
        weight: the row's 分值 (满分 = weight); needed for 权重分 shares in checklists and for
            ``max_points``.
        context: "下同" state from earlier rows (``previous.context_out``).

    Returns:
        A :class:`Reading`; ``reading.ok`` when a rule was read with nothing left unread.
        Never raises for any text.
    """
    repairs: list[str] = []
    printed = text  # (as printed: the repairs take a restated 分值 or a bare number away)
    w = parse_weight(weight)
    table: TableLevels | TableRefusal | None = None
    tr: Reading | None = None
    if isinstance(text, str) and len(text) <= MAX_RULE_TEXT:
        # levels printed as a flattened table ("…贷款 12(换行)…备案 6(换行)…", tablelevels.py, r31): read before the
        # repairs, which join the space between a level's words and its bare points — but after the one repair that takes
        # away the row's item number or "（W分）" opening the text (repairs.points_first, r52): never a level
        lead, lead_notes = points_first(text, w)
        table = read_table_levels(lead, w, lambda t: read_rule_text(t, weight, context))
        if isinstance(table, TableLevels):
            table.notes[0:0] = lead_notes
        if isinstance(table, TableLevels) and not ((tr := _table_reading(table, lead, w, context)).ok
                                                   or tr.kind == "checklist"):  # (items adding up, r46)
            tr = None
        # extraction damage repaired first (repairs.py, r13): spaces inside numbers, a lost superscript or character,
        # the 分值 restated — each repair a note of the reading
        text, repairs = repair_extraction(text, w)
    reading = _read_rule_text(text, weight, context)
    if isinstance(text, str) and len(text) > MAX_RULE_TEXT:
        return reading  # refused as too long (guard.MAX_RULE_TEXT): no later reader runs over it (each is linear at best)
    if reading.kind == "unreadable" and isinstance(text, str) and _SPACED_RE.search(text):
        parted = _read_rule_text(_SPACED_RE.sub("，", text), weight, context)
        if parted.ok or parted.kind == "checklist":
            parted.understood.insert(0, "原文用空格分句：空格按逗号读")
            reading = parted
    if reading.kind == "unreadable" and isinstance(text, str):
        # exclusive options each closed by "(N分)", run together: "未按时完成(O分)按时完成(15分)" (fresh84 CR3-4, r87) —
        # parted and read again; only a rule with one fixed-points clause per option stands (gluedoptions.py)
        reading = read_glued_options(text, w, lambda t: _read_rule_text(t, weight, context)) or reading
    if reading.kind == "unreadable" and isinstance(text, str) and (pg := parted_grades(text, w)) is not None \
            and (again := read_rule_text(pg, weight, context)).ok:
        # grades whose cells ran together, "优良,2分一般,1分较差,0分" (fresh87 CU7-5, r89): parted and read again
        again.understood.insert(0, f"原文各档连在一起（“{text.strip()}”）：按“{pg}”读")
        reading = again
    if reading.kind == "unreadable":  # meaning-preserving rewrites, all agreeing (rewrites.py, r20)
        reading = read_rewritten(text, w, reading, lambda t: _read_rule_text(t, weight, context)) or reading
    if reading.kind == "unreadable":  # a failing with a number in a list of fixed deductions (numericfailings.py, r27):
        # the masked text is read the whole way (its failings hold no number, so this step does not run again)
        reading = read_numeric_failings(text, w, lambda t: read_rule_text(t, weight, context)) or reading
    if reading.kind == "unreadable" and isinstance(text, str):  # closed by its full-mark standard (r90, fresh86 CT2-4):
        # read without it, the pass level named by the standard's words
        reading = read_under_full_marks(text, w, lambda t: read_rule_text(t, weight, context)) or reading
    if tr is not None and tr.rule is not None and reading.ok \
            and _agrees(reading.rule, tr.rule, w):  # type: ignore[arg-type]
        # the other readers read the same score for every printed level (by name or by 否则: a pass/fail's "符合"): their
        # reading stands — with each printed level named, when the text is printed as a table ("是4;否0": 否 too)
        if isinstance(table, TableLevels) and table.printed:
            reading.rule, notes = _with_names(reading.rule, tr.rule)  # type: ignore[arg-type]
            reading.understood += notes
    elif tr is not None:
        # the table's levels — the other readers' names for the same levels kept ("资料齐全" is also "齐全"); two readings
        # that score the printed levels differently are refused, never one chosen
        reading, repairs = _table_or_refusal(reading, tr, w), []
    if reading.kind == "unreadable" and reading.refused_for == WORDING and isinstance(table, TableRefusal):
        # a table of levels the other readers did not recognise at all: the table's own why, with its fragment (a
        # refusal for a meaning — items adding up past the 分值 … — says more and stands)
        back = printed_chars(text)  # (the table is read in 简体: the fragment quoted as printed)
        fragment = "".join(back.get(ch, ch) for ch in table.fragment)
        return unreadable([TABLE_NOTE], [fragment], table.why, fragment, context_out=reading.context_out)
    if reading.kind == "checklist" and HIGHEST_ONLY_NOTE in reading.understood:
        # "…不累计加分,只计最高分" beside items read as adding up (r32): the text says they do not
        return unreadable(reading.understood, [text], "原文写明各档不累计、只计最高一档，却读成相加的分项", None,
                          context_out=reading.context_out)
    if reading.kind == "unreadable" and isinstance(text, str) \
            and (why := bare_steps_other_base(_normalise(_normalise_chars(text))[0])) is not None:
        # "与2023年相比,每下降1个百分点扣0.5分" (r69: read from the row's target before): refused by every reader — why
        reading = unreadable([], [text], why, None, context_out=reading.context_out)
    if reading.kind == "unreadable" and isinstance(printed, str) and (why := requirements_only(printed, w)) is not None:
        # "有本地政府数字化转型年度工作计划,明确…" (fresh45 BF16-1), "对创建活动的开展做到有计划、有方案…" (AZ1-3): only
        # what must be done, no word on how the points are given — a person scores it (requirementsonly.py, r64/r66/r67:
        # the refusal was one of wording, assemble.NO_METHOD, or of the requirements' own measures, "2 次人工呼吸…1 秒",
        # fresh73 CH5-2); where no scoring clause was found the reading's notes are kept (the refusal line replaced by
        # why) — a refusal of another kind cut the text where it failed, and its notes would mislead
        kept = [u for u in reading.understood if not u.startswith("未能读懂")] \
            if any(NO_METHOD in u for u in reading.understood) else []
        reading = Reading(None, "judgement", [*kept, why], [], [], w, reading.context_out)
    if reading.kind == "unreadable" and isinstance(printed, str) \
            and (why := point_ranges(to_simplified(printed), w)) is not None:
        # points as ranges only — "房屋整治方案 1-5", three levels "…较高18-20 / …一般10-17 / …缺乏0-9" (pointranges.py,
        # r68): the scorer gives points within the range
        reading = Reading(None, "judgement", [why], [], [], w, reading.context_out)
    if reading.kind == "unreadable" and isinstance(printed, str) and (sr := read_standard_rules(printed, w)) is not None:
        # "评价总分值为10分,按下列规则分别评分并累计:\n1 …,得5分;\n2 …,得5分。" (fresh85 CS3-x, r87): the national 评价标准's
        # numbered rules under a heading that says they add up (standardrules.py)
        sr.context_out = reading.context_out
        reading = sr
    if reading.kind == "unreadable" and isinstance(printed, str) and (ps := read_printed_states(printed, w)) is not None:
        # "a.供电系统…应按区域分别计算,主要区域安装得3分,全部安装得5分" (fresh87 CU5-2, r89): a requirement, then the
        # states it may be found in with their points — levels to pick one of (printedstates.py)
        ps.context_out = reading.context_out
        reading = ps
    if reading.kind == "unreadable" and isinstance(printed, str) \
            and (hp := read_headed_parts(re.sub(r"\s+", "", to_simplified(printed)), w, [])) is not None:
        # "设备和环境清洁整齐记5分:设备整洁3分,环境整洁2分" (fresh51 BL11-6, r81): a heading worth the 分值, its parts after
        # ":" or "其中" adding up to it (headedparts.py) — read from the printed text: the normaliser turns that colon
        # into "；" and the clause reader refuses a line worth the whole row beside others
        hp.context_out = reading.context_out
        reading = hp
    if reading.kind == "unreadable" and isinstance(printed, str) and (hc := read_headed_count(
            re.sub(r"\s+", "", to_simplified(printed)), w, lambda t: _read_rule_text(t, weight, context))) is not None:
        # "…充分发挥其作用(6分)。每项2分。" (fresh57 BR9-2, r84): a requirement with its points = the 分值, then only
        # how they are given per unit (headedparts.read_headed_count)
        hc.context_out = reading.context_out
        reading = hc
    if reading.kind == "unreadable" and isinstance(printed, str) \
            and (nm := read_named_parts(re.sub(r"\s+", "", to_simplified(printed)), w)) is not None:
        # "…上交初稿计10分,…上交修改反馈稿和领导审定稿分别计5分。合计为20分。" (fresh48 BI10-1, r84): parts named together
        # "分别计N分" beside others, adding up to the 分值; a stated total other than their sum is refused, both named
        nm.context_out = reading.context_out
        reading = nm
    if isinstance(printed, str) and (why := heading_as_level(re.sub(r"\s+", "", to_simplified(printed)), w, reading)):
        # "安全生产10分:无一般事故6分,无较大事故4分" read as levels with the heading one of them (r86's report to r84)
        reading = unreadable([], [printed], why, None, context_out=reading.context_out)
    if reading.kind == "unreadable" and isinstance(printed, str) \
            and (why := counted_items_mismatch(re.sub(r"\s+", "", to_simplified(printed)), w)) is not None:
        # "操作间共12项,每项1分" on a 10-point row (r84): the count and the 分值 disagree — said so, both numbers named
        reading = unreadable([], [printed], why, None, context_out=reading.context_out)
    if reading.kind == "unreadable" and isinstance(printed, str) \
            and (above := bonus_above_weight(to_simplified(printed), w)) is not None:
        # a bonus on top of a base worth the whole 分值 ("得全部基本分。每超出…再加1分,最高加分不超过30分", fresh74 CI8-1):
        # refused whichever reader failed — the reason is that the text scores above the 分值 (r67)
        kept = [u for u in reading.understood if not u.startswith("未能读懂")]
        reading = unreadable(kept, [above[1]], above[0], above[1], context_out=reading.context_out)
    if reading.ok and isinstance(text, str) \
            and (why := dropped_manner_refusal(_normalise(_normalise_chars(text))[0], reading.rule)) is not None:  # type: ignore[arg-type]
        # "及时上报或报备的得5分,否则不得分" (r70's open case, r74): "报备" typed scored 0 by 否则 — or 5
        reading = unreadable([], [text], why, None, context_out=reading.context_out)
    if reading.ok and isinstance(text, str) \
            and (why := reset_count_refusal(_normalise(_normalise_chars(text))[0], reading.rule)) is not None:  # type: ignore[arg-type]
        # "缺勤一次扣2分,每月累计3次及以上不得分" (r79: 3 absences in three months scored 0, the text 4 of 10)
        reading = unreadable([], [text], why, None, context_out=reading.context_out)
    if reading.ok and isinstance(text, str) \
            and (why := other_count_refusal(_normalise(_normalise_chars(text))[0], reading.rule)) is not None:  # type: ignore[arg-type]
        # "迟到一次扣2分,早退累计3次及以上不得分" (r86: 3 late arrivals scored 0, the text 4 of 10)
        reading = unreadable([], [text], why, None, context_out=reading.context_out)
    if repairs:
        reading.understood[0:0] = repairs
        reading.warnings[0:0] = [u[3:] for u in repairs if u.startswith("歧义：")]
    return reading


def _agrees(rule: Rule, levels: Rule, w: Decimal | None) -> bool:
    """True when ``rule`` is ``levels``, or gives every level of ``levels`` its points (by its name, or by 否则)."""
    if str(rule) == str(levels):
        return True
    names = [c.condition.text for c in levels.clauses if isinstance(c.condition, Text)]
    try:
        return len(names) == len(levels.clauses) and all(rule.score(n, w) == levels.score(n, w) for n in names)
    except JixiaoError:
        return False


def _with_names(rule: Rule, levels: Rule) -> tuple[Rule, list[str]]:
    """``rule`` with the levels of ``levels`` it does not name (scored the same by its 否则, :func:`_agrees`) named
    before its 否则, and a note for each."""
    missing = [c for c in levels.clauses if isinstance(c.condition, Text) and not rule.names_text(c.condition.text)]
    if not missing:
        return rule, []
    at = next((i for i, c in enumerate(rule.clauses) if isinstance(c.condition, Any_)), len(rule.clauses))
    notes = [f"业绩值填原文“{c.condition.text}”得{fmt_decimal(c.outcome.amount.coef.value)}分"  # type: ignore[union-attr]
             if not c.outcome.amount.of_weight else f"业绩值填原文“{c.condition.text}”得满分"  # type: ignore[union-attr]
             for c in missing]
    return Rule((*rule.clauses[:at], *missing, *rule.clauses[at:]), rule.round_places), notes


def _table_or_refusal(reading: Reading, table: Reading, w: Decimal | None) -> Reading:
    """The table's reading of its levels (``table``) where the other readers' ``reading`` did not read the text, or read
    the same levels under other names too (kept, :func:`_other_names`); a refusal when both read it and disagree.

    >>> from jixiao.rules.grammar import parse_rule
    >>> t = Reading(parse_rule('"全部完成": W; "部分完成": 5; "未完成": 0'), "rule", [], [])
    >>> _table_or_refusal(Reading(None, "unreadable", [], ["…"]), t, Decimal(10)) is t
    True
    >>> r = _table_or_refusal(Reading(parse_rule('"全部完成": W; "部分完成": 3; "未完成": 0'), "rule", [], []), t, Decimal(10))
    >>> r.kind, r.understood[-1][:20]
    ('unreadable', '未能读懂：按表格各档读与按文字读得分不同')
    """
    if not reading.ok:
        return table
    if table.rule is None:  # the table's items adding up (r46), the text read as one rule
        return unreadable([], [reading.canonical or ""], f"按表格读是相加的分项，按文字读是一条规则（{reading.canonical}），"
                          "未作推测", context_out=reading.context_out)
    named = _other_names(reading.rule, table.rule, w)  # type: ignore[arg-type]
    if named is None:
        return unreadable([], [reading.canonical or "", table.canonical or ""],
                          f"按表格各档读与按文字读得分不同（{table.canonical}；{reading.canonical}），未作推测",
                          context_out=reading.context_out)
    table.rule, notes = named
    table.understood += notes
    return table


def _other_names(rule: Rule, levels: Rule, w: Decimal | None) -> tuple[Rule, list[str]] | None:
    """``levels`` with the names ``rule`` gives the same levels besides — when both are named levels only, as many, with
    the same points one by one ("资料齐全": W beside "齐全": 5 on a 5-point row) — and a note for each; else ``None``."""
    if not all(isinstance(c.condition, Text) for c in (*rule.clauses, *levels.clauses)) \
            or len(rule.clauses) != len(levels.clauses):
        return None
    clauses, notes = [], []
    try:
        for other, own in zip(rule.clauses, levels.clauses, strict=True):
            name, printed = other.condition.text, own.condition.text  # type: ignore[union-attr]
            if rule.score(name, w) != levels.score(printed, w):
                return None
            clauses.append(own)
            if not levels.names_text(name):
                clauses.append(Clause(other.condition, own.outcome))
                notes.append(f"“{printed}”也可填“{name}”")
    except JixiaoError:
        return None
    return Rule(tuple(clauses)), notes


def _table_reading(table: TableLevels, text: str, w: Decimal | None, context: ReadingContext | None) -> Reading:
    """The reading of a flattened table's levels (tablelevels.py): the bands as the whole reader read them, or the worded
    levels through the checks every reading passes (guard.py; a level compared with the target is refused)."""
    if table.reading is not None:
        table.reading.understood[0:0] = table.notes
        return table.reading
    ctx = context or ReadingContext()
    reading = _levels_reading(table.rule, w, table.notes, set(), ctx)
    reading = refuse_counted_level_names(refuse_cap_as_level(check_reading(reading, text, w, ctx), text, w))
    # (no printed names to add here)
    return _as_printed(_refuse_level_against_target(reading, text), text)


def _read_rule_text(text: Any, weight: Any, context: ReadingContext | None) -> Reading:
    ctx = context or ReadingContext()
    try:
        text = text if isinstance(text, str) else str(text)
        if len(text) > MAX_RULE_TEXT:
            return unreadable([], [text[:40]], f"评分标准过长（{len(text)}字，上限{MAX_RULE_TEXT}字），请拆分后再读",
                              context_out=ctx)
        w = parse_weight(weight)
        reading = _refuse_level_against_target(_read(text, w, ctx), text)
        if reading.rule is not None and w is not None and reading.max_points is not None and reading.max_points < w \
                and any(u.startswith("指标名称及分值") for u in reading.understood):
            # "不超过年度计划目标(15分)。超过年度计划目标10%以下(10分)。…" (a variant of fresh20 AG12-2, r9) was read as the
            # row's name and 分值, then bands never reaching the 分值: the "name" was the top level — refused
            return _refused("开头的“…(N分)”等于分值，其余各档都达不到分值：开头一句是最高一档还是指标名称，未作推测",
                            text, [], set(), ctx)
        if reading.kind == "checklist" and any(_CAP_ITEM_RE.match(i.text) for i in reading.items):
            # "每开展一类活动并有详细活动记录,得20分,最多得80分" on a 100-point row was read as items 20 + "最多" 80
            # (found in r1): a cap is never an item
            return _refused("“最多/最高得N分”是上限，不是分项；上限与分值不一致，未作推测", text, [], set(), ctx)
        if reading.kind == "checklist" and any(i.rule is not None for i in reading.items) \
                and (floor := floor_of_the_row(to_simplified(text))) is not None:
            # "…每低5%扣1分；低于80%的，该指标不得分" (r71): the items' reader took the floor for the rate item's
            return _refused(f"“{floor}”：是该分项不得分还是整个指标不得分，原文未写明，未作推测", text, [], set(), ctx)
        if (reading.ok or reading.kind == "checklist") and reading.max_points is not None and reading.max_points != w \
                and _without_restated_weight(text, w) != text:
            # "…达标的得2分,否则不得分。合计3分。" (r6): the total restated beside a rule that never reaches it
            return _refused(f"写明合计/满分为{fmt_decimal(w)}分，但规则最高{fmt_decimal(reading.max_points)}分，未作推测",  # type: ignore[arg-type]
                            text, [], set(), ctx)
        reading = check_reading(reading, text, w, ctx)  # guard.py: the same checks for every reading
        reading = _as_printed(reading, text)
        printed, text = text, _without_restated_weight(text, w)  # the level names come from the scoring text only
        if reading.kind == "passfail" and reading.ok:  # the printed wording names the levels too (i11j)
            reading.rule = name_printed_levels(reading.rule, reading.understood, text, w)  # type: ignore[arg-type]
        elif reading.kind == "rule" and reading.ok and reading.rule.is_qualitative:  # type: ignore[union-attr]
            reading.rule = name_whole_descriptions(reading.rule, reading.understood, text, w)  # type: ignore[arg-type]
        if reading.kind in ("passfail", "rule") and reading.ok and reading.rule.is_qualitative:  # type: ignore[union-attr]
            reading.rule = name_short_forms(reading.rule, reading.understood, text, w)  # type: ignore[arg-type]  # r3
            reading = refuse_described_levels(reading, text, w)  # a requirement named as a lesser level (lead s25)
        # a level named by the words before "最高得N分" — with the printed names just added ("资料齐全,最高", lead s34):
        # once, for every reading (r52: it ran in check_reading too)
        reading = refuse_counted_level_names(refuse_cap_as_level(reading, printed, w))  # (r80: a count as a name)
        if reading.rule is not None and CAP_HUNDRED_NOTE in reading.understood and _bounds_above_hundred(reading.rule):
            # "超过100%按100%计" beside a band above 100% (r8): which one holds there? never a guess
            return _refused("写了“超过100%按100%计算”，但规则在100%以上另有档位，未作推测", text, [], set(), ctx)
        if reading.ok and NO_BONUS_NOTE in reading.understood and (
                reading.rule is None or w is None or reading.rule.max_points(w) != w):
            # "超额部分不加分" says the top is the 分值: a reading that tops elsewhere (or items) is not the text (r88)
            return _refused("写了“超额部分不加分”，但读出的规则最高分不是分值，未作推测", text, [], set(), ctx)
        rn = next((u for u in reading.understood if _ROUNDED_RE.fullmatch(u)), None)
        if reading.rule is not None and rn is not None:  # "(计分取小数点后两位,四舍五入)" (fresh20 AG2-1, r8)
            reading.rule = replace(reading.rule, round_places=int(_ROUNDED_RE.fullmatch(rn).group(1)))  # type: ignore[union-attr]
        if reading.ok and PRINTED_TIMES_RE.search(text):  # "得分=及时受理率 c 5分" (fresh21 AH13, r8)
            reading.understood.append(PRINTED_TIMES_NOTE)
        reading.warnings = [u[3:] for u in reading.understood if u.startswith("歧义：")]
        reading.unread = [_verbatim(u, text) for u in reading.unread]
        return reading
    except _Unreadable as e:
        return unreadable([], [e.fragment], e.why, refused_for=e.kind, context_out=ctx)
    except Exception as e:  # noqa: BLE001 — a reader of free text must never raise
        return unreadable([f"内部错误，未能读取：{type(e).__name__}"], [text], context_out=ctx)


#: the rounding note of normalise (ROUND_NOTE)
_ROUNDED_RE = re.compile(re.escape(ROUND_NOTE).replace(re.escape("{}"), "([0-6])"))


def _bounds_above_hundred(rule: Rule) -> bool:
    """True when a clause compares with a number other than a share up to 100 % (or with ``T``)."""
    for c in rule.clauses:
        cond = c.condition
        bounds = [cond.bound] if isinstance(cond, Compare) else [cond.lo, cond.hi] if isinstance(cond, Interval) else []
        if any(b is not None and not (isinstance(b, Num) and b.pct and b.value <= 1) for b in bounds):
            return True
    return False


def _refuse_level_against_target(reading: Reading, text: str) -> Reading:
    """A reading that names the level "符合" while the text compares with the row's target, or names a level
    that is such a comparison ("达到基准点"), is refused:
    a comparison with the target (目标值、指标值、计划数 …) is never a level to type (issue 11's first
    wrong reading). Checked once, on every reading, on the normalised text (繁体 目標值 too).

    "年度取水总量小于或等于年度目标值,得10分;大于目标值,不得分" (fresh9 V13-1) and "未完成计划数的扣3分"
    (fresh18 AE3-1, first run) were both read as "符合": W:

    >>> read_rule_text("未完成計劃數的扣3分。", 3).kind
    'unreadable'
    """
    if reading.rule is None:
        return reading
    named = [_normalise(_normalise_chars(c.condition.text))[0] for c in reading.rule.clauses
             if isinstance(c.condition, Text)]
    if len(named) >= 3 and not reading.rule.names_text("符合") and sum(1 for n in named if _TWO_CONDITIONS_RE.search(n)) >= 2:
        # "完成年度计划目标及累计降低进度目标(35分);未完成年度计划目标,但完成累计降低进度目标(20分);…" (fresh20 AG12-1,
        # r9): the levels join two conditions (two targets, or a target and another check): no one ">=T" can write
        # it — the printed levels are the rule
        return reading
    if not any(_TARGET_COMPARED_RE.search(n) for n in named) and not (
            reading.rule.names_text("符合") and _TARGET_COMPARED_RE.search(_normalise(_normalise_chars(text))[0])):
        return reading  # no level is, and no "符合" stands for, a comparison with the target
    notes = [u for u in reading.understood if "不参与计分" in u]
    return unreadable(notes, [text.strip()], "与目标值（指标值、计划数）比较计分，本行须有目标值；请写成计分规则，"
                                             "如 >=T: W; *: 0（反向指标为 <=T: W; *: 0）", context_out=reading.context_out)


def _as_printed(reading: Reading, text: str) -> Reading:
    """A text printed in 繁体 is read in 简体 (normalise.to_simplified); the level names, checklist
    items and quoted clauses (“…”) of the reading go back to the characters as printed, so a value
    copied from the table matches its level.

    >>> read_rule_text("工程未達到進度要求的扣2分", 10).canonical
    '"符合": W; "工程未達到進度要求": 8'
    """
    back = printed_chars(text)
    if not back:
        return reading

    def restore(s: str) -> str:
        return "".join(back.get(ch, ch) for ch in s)
    if reading.rule is not None and reading.rule.is_qualitative:
        reading.rule = Rule(tuple(Clause(Text(restore(c.condition.text)), c.outcome)
                                  if isinstance(c.condition, Text) else c for c in reading.rule.clauses))
    reading.items = [replace(i, text=restore(i.text)) for i in reading.items]
    reading.understood = [retold(u, _quoted_as_printed(u, restore)) for u in reading.understood]
    return reading


def _quoted_as_printed(note: str, restore: Callable[[str], str]) -> str:
    """``note`` with the stretches that quote the text (:data:`_QUOTED_RES`) restored as printed."""
    for quoted in _QUOTED_RES:
        note = quoted.sub(lambda m: restore(m[0]), note)
    return note


#: where the reader's messages quote the text: “…”, the count's objects, a checklist item, a note
_QUOTED_RES = (re.compile(r"(?<=“)[^“”]{1,200}(?=”)"), re.compile(r"(?<=计数对象：)[^（）]{1,200}(?=）)"),
               re.compile(r"(?<=^分项：).{1,200}?(?= — )"), re.compile(r"(?<=（不参与计分）：).{1,400}$"))


def _levels_reading(levels: Rule, weight: Decimal | None, notes: list[str], flags: set[str],
                    ctx: ReadingContext) -> Reading:
    """The reading of described levels (:func:`levels.read_described_levels`), with one note per level."""
    return _reading(levels, "rule", notes + described_levels_notes(levels), weight, flags, ctx)


#: what a reading of levels with their points in brackets says (levels.read_bracket_levels, inlinepoints.read_inline_levels)
_BRACKET_LEVELS_NOTE = "各档文字后为该档的固定得分：业绩值填所符合的档（原文文字）"


def _refused(why: str, text: str, notes: list[str], flags: set[str], ctx: ReadingContext) -> Reading:
    """A refusal of the whole ``text`` with the reason ``why`` (after the notes read so far)."""
    return unreadable(notes, [text.strip()], why, context_out=_ctx_out(flags, ctx))


def _verbatim(fragment: str, original: str) -> str:
    """The stretch of ``original`` that a normalised ``fragment`` came from (as printed)."""
    pieces = [(m.start(), m.end(), _normalise(m.group(0))[0])
              for m in re.finditer(r"[^。；;，,\n]+", original)]
    best: tuple[int, int, int] | None = None  # (length, start, end)
    run: list[tuple[int, int, str]] = []
    for piece in [*pieces, (0, 0, "")]:
        norm = piece[2].strip("。；;，,")
        if norm and norm in fragment:
            run.append(piece)
            continue
        if run:
            size = sum(len(p[2]) for p in run)
            if best is None or size > best[0]:
                best = (size, run[0][0], run[-1][1])
            run = []
    if best is None:  # (a fragment rewritten from several clauses keeps its tokens: quote the whole text, r8)
        return original.strip() if "〔" in fragment else fragment
    return original[best[1]: best[2]].strip()


def _without_restated_weight(text: str, weight: Decimal | None) -> str:
    """``text`` without the row's 分值 restated after its last sentence (:data:`_TRAILING_WEIGHT_RE`), when it is the
    分值 and something is left.

    >>> _without_restated_weight("完成得1分,否则不得分。本项满分1分。", Decimal(1))
    '完成得1分,否则不得分。'
    >>> _without_restated_weight("完成得1分,否则不得分。本项满分2分。", Decimal(1))  # not the 分值: stays
    '完成得1分,否则不得分。本项满分2分。'
    """
    simple = to_simplified(text)  # (a 繁体 "本項滿分3分。" — same length: the cut falls at the same place as printed)
    tw = _TRAILING_WEIGHT_RE.search(simple) if len(simple) == len(text) else None
    if tw is None or weight is None or dec(tw["n"] or tw["m"]) != weight or not text[: tw.start()].strip():
        return text
    return text[: tw.start()]


#: a bracket that only names the 分值: "(分值3分)" / "(本项满分5分)"
_WEIGHT_ONLY_RE = re.compile(rf"\s*(?:本项|该项|此项)?(?:满分|分值)(?:为)?[:：]?\s*({NUM})\s*分\s*")


def _requirements_then_weight(what: str, bracket: str, weight: Decimal | None) -> str | None:
    """Three or more requirements followed by a bracket that only names the 分值 — "(分值3分)", "(本项满分5分)" — as
    "…得N分"; ``None`` otherwise (one or two requirements keep the bracket reading: a pass/fail).

    >>> _requirements_then_weight("熟悉辖区道路交通安全状况,有道路隐患排查台帐,有隐患上报记录整治建议", "分值3分", Decimal(3))
    '熟悉辖区道路交通安全状况,有道路隐患排查台帐,有隐患上报记录整治建议得3分'
    >>> _requirements_then_weight("建立台账,按月报送", "分值3分", Decimal(3)) is None  # two: a pass/fail
    True
    """
    m = _WEIGHT_ONLY_RE.fullmatch(bracket)
    what = what.strip(" 。.，,")
    if m is None or weight is None or dec(m[1]) != weight or len([p for p in re.split(r"[，,；;]", what) if p]) < 3:
        return None
    return f"{what}得{m[1]}分"


def _one_requirement(text: str) -> bool:
    """True when ``text`` is one threshold, or the work then the rate of it with no subject of its own.

    >>> _one_requirement("开展室藏保管期限30年(长期)以上特种载体档案数字化工作,完成率不低于50%")
    True
    >>> _one_requirement("建立工作台账,资金拨付率达到90%以上")  # two requirements: each may be worth a part
    False
    """
    cut = max(text.rfind(ch) for ch in ",，。；;")
    return cut < 0 or bool(re.match(r"[\u4e00-\u9fff]{1,2}率", text[cut + 1:])
                           and re.fullmatch(r"[^,，。；;]{2,60}(?:工作|任务|项目|建设|计划)", text[:cut]))


#: a topic heading worth points, ended by a full stop or colon: "②低保动态管理计2分。" / "2、宣传工作得2分:" (r11)
_ITEM_HEADING_RE = re.compile(
    r"^\s*(?:[①-⑳]|\d{1,2}[.、．]|[(（][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}、)?\s*"
    r"(?P<topic>[^。；;:：\d()（）%≥≤<>]{2,80}?)(?:计|得|记|为|共)\s*(?P<n>\d{1,3}(?:\.\d{1,2})?)\s*分\s*[。:：]")


#: a failing or a lesser level in a heading ("基本完成…计2分" is a level, not the row's topic; "永久基本农田" is a topic)
_LESSER_OR_FAILING_RE = re.compile(r"未|不|没|无|否|扣|(?:基本|部分|较)(?=[完符达健合满到规齐落明好差])")


def _heading_then_items(text: str, weight: Decimal | None, ctx: ReadingContext) -> Reading | None:
    """A topic heading worth the 分值, then items that add up to it: "②低保动态管理计2分。入户率100%计0.5分,
    按规定时间申报计0.5分,低保对象有进有出计0.5分,来信来访登记齐全并及时处理计0.5分。" (fresh23 AJ1-1) — the heading
    restates the row (a note), the items are the checklist. ``None`` (not this shape) when the heading is not the
    分值, names a failing or a level (未/不/没/无/否/扣/基本/部分/较), what follows deducts (扣), or it is no checklist
    adding up to it (then the whole text is read as before: a heading worth the 分值 beside levels is refused there).

    >>> r = _heading_then_items("③档案管理计2分。有专人管理计1分,查阅登记齐全计1分。", Decimal(2), ReadingContext())
    >>> r.kind, [str(i.points) for i in r.items]
    ('checklist', ['1', '1'])
    >>> _heading_then_items("③档案管理计2分。有专人管理计1分,查阅登记齐全计1分。", Decimal(3), ReadingContext()) is None
    True
    >>> _heading_then_items("档案管理计2分。有专人管理计0.5分,查阅登记齐全计1分。", Decimal(2), ReadingContext()) is None
    True
    """
    m = _ITEM_HEADING_RE.match(_normalise_chars(text))
    if m is None or weight is None or dec(m["n"]) != weight or re.search(_LESSER_OR_FAILING_RE, m["topic"]):
        return None
    rest = _normalise_chars(text)[m.end():]
    if not rest.strip() or "扣" in rest:
        # "⑥救助档案管理计2分。申报对象档案资料不齐扣1分,档案管理不规范的扣1分。" (fresh23 AJ1-5): deductions under the
        # heading are findings counted against the 分值 (同额扣分并入次数), not items — left to the whole-text reading
        return None
    sub = _read(rest, weight, ctx)
    if sub.kind != "checklist" or sub.max_points != weight or len(sub.items) < 2:
        return None
    sub.understood.insert(0, described(m.group(0).strip('。:：,， '), "指标名称及分值"))
    return sub


def _read(text: str, weight: Decimal | None, ctx: ReadingContext) -> Reading:
    if not text.strip():
        return unreadable(["评分标准为空"], [], context_out=ctx)
    damaged = damage_refusal(text)
    if damaged is not None:  # "扣02分", "扣 分" (repairs.py, r21): refused before any reading is made
        return unreadable([], [damaged[1]], damaged[0], context_out=_ctx_out(_normalise(text)[2], ctx))
    items = _heading_then_items(text, weight, ctx)
    if items is not None:
        return items
    whole = _normalise(text)[0]
    if (each := each_listed(whole, weight)) is not None:
        # "1、有健全的理事會、常務理事會(2分,每項1分)" (fresh31 AR4-1, first run: read as a number of items done — the
        # same scores, but the table names its items): the things listed, each an item
        listed = read_placed_items(whole, weight, [], each)
        if listed is not None and listed.kind == "checklist":
            return listed
    headers = []
    # (not when each sentence's points are printed after its full stop: "完成…目标。(35分)未完成…。(20分)…。(0分)"
    # (fresh20 AG12-1, r9) begins with a level, not the row's name — normalise puts those points before the "。")
    levels_first = _POINTS_AFTER_STOP_RE.search(text) is not None
    # headers are matched on the character-normalised text ("本项满分 4 分." as "本项满分4分。")
    text = _normalise_chars(text)
    for head_re, what in _HEADERS:
        hm = head_re.match(text)
        if hm is not None and weight is not None and dec(hm["n"]) == weight and text[hm.end():].strip() \
                and not levels_first:
            # "2.绩效目标编报质量(10分)。…" (fresh3 G2-2, read as an item worth 10 beside the real
            # items) / "本项满分4分。…" (F1): the row's own 分值 restated, not a scoring clause
            headers.append(described(hm.group(0).strip('。:：,，;； '), what))
            text = text[hm.end():]
        elif hm is not None and head_re is _FULL_MARKS_RE and weight is not None and text[hm.end():].strip():
            # "本项满分4分。每发现一处问题扣1分" on a 5-point row (r40's open case: read from 4, "*: 4 - 1 per 1"):
            # the 满分 printed is not the row's 分值 — which one holds is never a guess (as a bracket's 分值, r40)
            return _refused(f"写明满分{hm['n']}分，与本行分值{fmt_decimal(weight)}分不同，未作推测", text, [], set(), ctx)
    dm = _DESC_FULL_MARKS_RE.match(text)
    if dm is not None and weight is not None and dec(dm["n"]) == weight and text[dm.end():].strip():
        headers.append(described(f"满分{dm['n']}分", "本项满分即分值"))
        text = dm["desc"] + text[dm.end():]
    na = _NOT_APPLICABLE_RE.search(text)
    if na is not None and weight is not None and dec(na["n"]) == weight and text[: na.start()].strip():
        # "…3.未及时进行绩效目标申报的,不得分。4.如当年没有符合绩效目标申报项目的得6分。" (held S29-4, r9): the row
        # does not apply — the value "缺省" scores the 分值; not a level beside the others
        headers.append(f"不涉及的（{na['what']}）：业绩值填“缺省”得满分")
        text = text[: na.start()]
    scoring = _without_restated_weight(text, weight)
    if scoring != text:
        # "…每缺一项扣0.75分。(1分)" / "…否则不得分。本项满分1分。": the row's own 分值 restated after the text, not a
        # scoring clause; another number than the 分值 stays in the text (and the guard refuses what it cannot place)
        headers.append(described(text[len(scoring):].strip('。.；; '), "分值"))
        text = scoring
        if not re.search(r"\d分|满分|得分|计分|记分|评分|扣|否则|按比例|[得记计]\d", text) \
                and len(_THRESHOLD_RE.findall(text)) == 1 and _one_requirement(text.rstrip("。.；; ")):
            # "…,完成率不低于50%。总分2分。" (fresh21 AH1-6) / "项目资金拨付率不低于90%。总分3分。": only a threshold to
            # reach, then the 分值 — met, the 分值; not met, nothing (no partial score is printed). A worded
            # requirement alone ("成立领导小组,制定实施方案。(3分)") may be scored in parts: left refused
            headers.append("只写了要求和分值：达到要求得满分，未达到不得分（原文未写部分得分）")
            text = text.rstrip("。.；; ")
            cut = max(text.rfind(ch) for ch in ",，。；;")
            if cut > 0:  # "开展…数字化工作,完成率不低于50%" (AH1-6): the work, then the rate of it
                headers.append(described(text[:cut], "考核内容"))
                text = text[cut + 1:]
            text += "的,得满分,否则不得分"
    nm = _TRAILING_NOTE_RE.search(text)
    if nm is not None and text[: nm.start()].strip() and not re.search(r"不得分|满分|得分|加分|扣完|不扣", nm["note"]):
        headers.append(described(nm['note'], "适用范围"))
        text = text[: nm.start()]
    deemed = _DEEMED_NOTE_RE.search(text)
    if deemed is not None and re.search(r"不得分|不计分|扣", text[: deemed.start()]):
        headers.append(described(deemed['note'], "认定说明"))
        text = text[: deemed.start()]
    ev = _EVIDENCE_NOTE_RE.search(text)
    # (only after a failure's consequence: "年内召开专题会议1次以上记0.3分(以会议记录为准)" on a 3-point row stays refused —
    # fresh10 W10-1, whose one award contradicts the 分值)
    if ev is not None and re.search(r"不得分|不计分|扣|否则|反之", text[: ev.start()]):
        headers.append(described(ev['a'] or ev['b'], "评分依据"))
        text = text[: ev.start()]
    if (pr := points_then_rule(text, weight)) is not None:
        # "…(2分)(每少一个扣1分)" / "…标准。3分(…扣2分;…不得分)" (r24): the points and their rule printed apart
        text = pr
    bm = _POINTS_THEN_RULE_RE.fullmatch(text.strip())
    if bm is not None and weight is not None and dec(bm["n"]) == weight and re.search(r"扣|不得分", bm["rule"]) \
            and not re.search(rf"得{NUM}分|得满分|[:：]", bm["rule"]) and not re.search(r"分|是否", bm["what"]):
        # "每季度召开一次…专题听取信访工作汇报(2分,少一次扣0.5分)。" (fresh21 AH14-1): the requirement is worth the
        # 分值, the deduction follows it — one rule, read clause by clause as "…得2分,少一次扣0.5分"
        text = f"{bm['what']}得{bm['n']}分,{bm['rule']}。"
    pm = _RULE_IN_BRACKETS_RE.fullmatch(text.strip())
    if pm is not None and re.search(r"\d分|不得分|不给分", pm["rule"]) \
            and not re.fullmatch(ORDER_POINTS, pm["rule"].strip()) \
            and not re.search(r"不得分|否则|扣|满分|[≥≤<>]", pm["what"]) \
            and not (re.search(r"[×*]|得分\s*[=＝]", pm["what"]) and _WEIGHT_ONLY_RE.fullmatch(pm["rule"]) is None) \
            and not (re.search(r"\d分", pm["what"]) and re.match(rf"{NUM}分", pm["rule"])) \
            and not (re.search(r"每[^()]{0,24}\d分", pm["what"])
                     and (_CAP_WORDS_RE.match(pm["rule"]) or counting_note(pm["rule"]) is not None)):
        # (what comes before is no rule of its own — no points either: "建立台账2分;报送报表(3分,每少一项扣1分)", r7 —
        # "…≤3条,得1分;否则不得分(考核时段:全年得分不超过1分)" was read as the
        # bracket's "全年得分不超过": 1 with the bands dropped as 考核内容 — found in r5)
        # "项目预定目标是否明确(明确:3分,基本明确:2分,不明确:0分)。" (fresh9 V2) / "…。(未明确的扣4分;…)" (V3):
        # what is checked, then the rule in brackets
        if (wo := _WEIGHT_ONLY_RE.fullmatch(pm["rule"])) is not None and weight is not None and dec(wo[1]) != weight:
            # "有制度,有台账,有总结(分值2分)" on a 3-point row (r40: read as "符合": 2 with the condition "分值"): the
            # bracket names a 分值 that is not the row's — a restated 分值 that disagrees is refused everywhere else
            return _refused(f"括号里写的分值{wo[1]}分与本行分值{fmt_decimal(weight)}分不同，未作推测", text, [], set(), ctx)
        if wo is not None and re.search(r"[×*=＝÷/]|得分|[计记]分", pm["what"]):
            # "得分=执行率×20(分值20分)" (r41: read as "符合": 20, the formula taken for a requirement): what comes
            # before the restated 分值 is the rule itself
            headers.append(described(f"{wo[1]}分", "分值"))
            text = pm["what"]
        elif (req := _requirements_then_weight(pm["what"], pm["rule"], weight)) is not None:
            # "熟悉…状况,有…台帐,有…建议(分值3分)。" (fresh56 BQ9-4, first run: read as "符合": 3 with the three
            # requirements as 考核内容): the bracket is the 分值, the requirements are the rule — read as "…得3分"
            # (three or more requirements without a failure are a judgement; one or two a pass/fail)
            text = req
        else:
            if pm["what"].strip(" 。.，,"):
                headers.append(described(pm['what'].strip(' 。.，,'), "考核内容"))
            text = pm["rule"]
        lead = re.match(rf"\s*({NUM})分\s*[,，]\s*", text)
        if lead is not None and weight is not None and dec(lead[1]) == weight and re.search(r"\d分", text[lead.end():]):
            # "(2分, 1个部门0.5分,满分2分)" (fresh14 AA12-1, r6): the 分值 first, then how it is earned
            headers.append(described(f"{lead[1]}分", "分值"))
            text = text[lead.end():]
    tm = _TOPIC_HEAD_RE.match(text)
    if tm is not None and text[tm.end():].strip():
        # "能源管理体系建设情况：开展…的，得1分；…" (fresh7 T4): what the row is about, then its rule
        headers.append(described(tm.group(0).rstrip(':：'), "考核内容"))
        text = text[tm.end():]
    cm = _CHECK_NOTE.match(text)
    if cm is not None and text[cm.end():].strip():
        # "查资料和现场。" (how the row is checked, 煤矿安全生产标准化 tables): a note, never part of a
        # level's name ("查资料和现场。未进行验收的，不得分" named the level "查资料和现场,未进行验收")
        headers.append(described(text[: cm.end()].rstrip('。.，,'), "检查方式"))
        text = text[cm.end():]
    if (why := deduction_limit_refusal(_normalise_chars(text))) is not None:  # r41: a cap per kind, a floor above 0
        return _refused(why, text, [], set(), ctx)
    norm, notes, flags = _normalise(text)
    norm, deadline_notes = mask_deadline(norm)
    norm, conjoined_notes = mask_conjoined(norm)  # "合同签定率达100%、代管率达100%…" (fresh11 X7-1, r38)
    norm, standard_notes = mask_bracket_standards(norm)  # "实行夜间巡逻(不少于3小时),10分" (fresh46 BG4-3, r38)
    norm, quantity_notes = mask_noun_quantities(norm)  # "配备1名以上综治社工,5分" (fresh46 BG4-1, r83)
    notes = [*headers, *notes, *deadline_notes, *conjoined_notes, *standard_notes, *quantity_notes]
    jm = judgement_match(norm, text)
    facts = read_items_on_facts(norm, weight, notes, text)
    if facts is not None:  # "A,得10分;B,得10分,按实际情况评分" (fresh6 R3-1): items, then how to check
        facts.context_out = _ctx_out(flags, ctx)
        return facts
    # (r14: "达不到扣分", "扣除1-10分", "扣25分" in a 20-point row — the amount is not stated; said beside a judge's word)
    why = [f"需人工评分（“{jm.group(0)}”），不能写成公式"] if jm is not None else []
    why += [u] if (u := unstated_amount(norm, weight)) is not None else []
    if why:
        pts = [dec(p) for p in re.findall(rf"[得计记]({NUM})分", norm)]
        return Reading(None, "judgement", notes + why, [], [], max(pts) if pts else weight, _ctx_out(flags, ctx))
    bl = read_bracket_levels(text, weight)
    if bl is not None:  # "项目目的明确(1分);项目目的含糊(0.5分);未明确项目目的(0分)" (fresh4 P4)
        return _reading(bl, "rule", notes + [_BRACKET_LEVELS_NOTE], weight, flags, ctx)
    fl = read_factor_levels(text, weight)
    if fl is not None:  # "已明确,…,P = 1 ;已明确,…未…,P = 0.5 ;尚未明确,P = 0。" (fresh71 CF2-1, r61)
        return _reading(fl, "rule", notes + [FACTOR_LEVELS_NOTE], weight, flags, ctx)
    if "按缺省处理" in norm:
        return unreadable([*notes, "“按缺省处理”是评分过程而非评分标准：业绩值填“缺省”即得满分"], [text.strip()],
                          context_out=ctx)
    bt = read_basic_target(norm)
    if bt is not None:
        return _reading(bt, "rule", notes + ["完成（达到本行目标值T）得基本分（分值），未完成得0分",
                                             "本行须填目标值（指标值），得分按本行目标计算",
                                             "歧义：“完成”按正向指标读（≥T 得基本分：>=T: W; *: 0）；"
                                             "若本行是反向指标（≤T），应为 <=T: W; *: 0"], weight, flags, ctx)
    td = read_task_done(norm, weight)
    if td is not None:  # "此项指标完成目的任务得基本分,完不成目的不得分" (fresh67 CB12-1, r54)
        return _reading(td, "rule", notes + task_done_notes(norm), weight, flags, ctx)
    ns = read_named_share(text, norm, weight)
    if ns is not None:  # "完成…目标值得基本分;没有完成的,按实际完成值占目标值的比重计算得分" (fresh46 BG7-2, r56)
        return _reading(ns, "rule", notes + named_share_notes(ns, weight), weight, flags, ctx)
    if (why := foreign_share_base(text) or share_terms_why(text)) is not None \
            and read_completion_share(norm, weight) is not None:
        return _refused(why, text, notes, flags, ctx)  # the share's base named, and no task (r56), or turned round (r60)
    if PROP_TOKEN in norm and (why := named_share_beside_threshold(text)) is not None:
        return _refused(why, text, notes, flags, ctx)  # "达到90%得满分, 未达到按实际占目标的比重": which share? (r60)
    ts = read_target_steps(norm, flags) or read_bare_target_steps(norm, flags)
    if ts is not None:  # "投放准确率不达标, 每降低1%,扣2分" (fresh20 AG18-1, r8); "每低于1个百分点扣0.5分" (CG7-2, r61)
        return _reading(ts[0], "rule", notes + ts[1], weight, flags, ctx)
    tm = _TARGET_RE.search(norm)
    if tm is not None and not re.search(r"\d", _TARGET_FORMULA_RE.sub("", norm)):
        tr = read_target(norm)
        if tr.rule is None:
            return _refused(tr.why, text, notes, flags, ctx)
        return _reading(tr.rule, "rule", notes + [tr.why, "本行须填目标值（指标值），得分按本行目标计算"],
                        weight, flags, ctx)
    if options_by_number(norm):  # "①计满分，②计4分，③不得分" (fresh66 CA5-5, r51; read as "①": W; "②": 4; "③": 0 since r54)
        ob = read_options_by_number(norm, weight)
        if ob is None:
            return _refused(OPTIONS_BY_NUMBER_WHY, text, notes, flags, ctx)
        return _reading(ob, "rule", [*notes, OPTIONS_BY_NUMBER_NOTE], weight, flags, ctx)
    if re.match(r"^(?:1(?:、|\.(?!\d))|①)", norm) and (dl := read_described_levels(norm, weight)) is not None \
            and weight is not None and dl.max_points(weight) == weight \
            and (sum(c.outcome.amount.points(weight) for c in dl.clauses  # type: ignore[union-attr]
                     if isinstance(c.outcome, Points)) > weight
                 or sum(1 for c in dl.clauses if isinstance(c.outcome, Points)
                        and c.outcome.amount.points(weight) > 0) == 1):  # type: ignore[union-attr]
        # "(1)有独立办公用房15分(2)与其他单位共用办公用房9分(3)无办公用房0分" (fresh14 AA3): numbered options
        # with falling points from the 分值 are levels to pick, not items to add
        return _levels_reading(dl, weight, notes, flags, ctx)
    if (cs := read_count_series(norm, weight)) is not None:
        # "迟到两次内不扣分;迟到三次扣20分;迟到四次扣30分,以此类推" (fresh78 CL6-1, r73): before the item readers take
        # ①②③ for items
        return _reading(cs, "rule", notes + count_series_notes(cs, weight), weight, flags, ctx)
    for items_reading in (read_enumerated(norm, weight, notes), read_pass_fail_items(norm, weight, notes)):
        if items_reading is not None:
            items_reading.context_out = _ctx_out(flags, ctx)
            return items_reading
    pu = read_per_unit_in_parts(norm, weight)
    if pu is not None:  # "每个主题活动2分,其中…1分,…1分,11项活动共计22分" (fresh21 AH6-2, r6)
        return _reading(pu, "rule", notes + per_unit_in_parts_notes(norm, pu), weight, flags, ctx)
    for recognise, how in _WHOLE_TEXT_RULES:
        found = recognise(norm, weight)
        if found is not None:
            whole, from_text = found if isinstance(found, tuple) else (found, [])
            said = how(whole, weight) if callable(how) else [how]
            return _reading(whole, "rule", notes + said + from_text, weight, flags, ctx)
    if RANK_FALLING_RE.search(norm):  # "第一名50分,按名次依次递减。" (r8): never "符合": 50
        return _refused("按名次递减计分，但未能读出各名次的得分（第1名须为分值、写明每名递减几分），未作推测",
                        text, notes, flags, ctx)
    fm = _FACTORS_RE.match(norm)
    if fm is not None:  # "得分要素:1.有绩效目标;2.…。业绩值为100%得满分…" (S25-3): what the value counts
        notes = notes + [f"得分要素（决定业绩值，不参与计分）：{fm['list']}"]
        norm = fm["rest"]
    share = None
    sm = _SHARE_EACH_RE.search(norm)
    if sm is not None and "、" not in sm["list"]:
        share = dec(sm["list"].rstrip("%")) / HUNDRED
    # items with their points in brackets right after each (inlinepoints.py, r25) are read where the other readings
    # refuse (:func:`_or_items_with_rules`) — here first only when the items' numbers were lost ("%1…(3分);%1…(1分)",
    # fresh35 AV1-2: the other item readers take "%1" for words)
    cl = ((read_inline_points(text, weight, notes) if LOST_NUMBER_RE.search(text) else None)
          or read_bonus_items(norm, weight, notes)  # "有年度工作计划的1.5分,有…计划加0.5分" (fresh31 AR9-5, r24)
          or read_each_listed(norm, weight, notes) or read_listed_per_item(norm, weight, notes)
          or _read_checklist(norm, weight, notes)
          or read_measure_items(norm, weight, notes)  # "A率达到90%(7分)、B率达到80%(7分)…" (fresh10 W7-1, r39)
          or read_bare_items(norm, weight, notes)
          or read_scored_items(norm, weight, notes) or read_missing_items(norm, weight, notes)
          or read_questions(norm, weight, notes))
    # numbered failings whose clauses are parted by ";" (fresh17 AD13-6) are no items with points: a deduction list
    listed_failings = (cl is None or cl.kind == "unreadable") \
        and (dl_read := read_deduction_list(norm, weight, notes, text)) is not None
    cl = dl_read if listed_failings else cl
    if cl is not None and cl.kind == "checklist" and weight is not None and cl.max_points is not None \
            and cl.max_points > weight:
        dl = read_described_levels(norm, weight)
        if dl is not None:  # numbered options worth falling points from the 分值 (fresh14 AA3): levels
            return _levels_reading(dl, weight, notes, flags, ctx)
        # "①未及时备案的扣5分;②未及时公开的扣5分;…⑤…再扣5分" on a 10-point row (fresh9 V4-2) was read
        # as items worth 25: items never add up to more than the 分值
        return _refused(f"各项相加 {fmt_decimal(cl.max_points)} 分，超过分值 {fmt_decimal(weight)}"
                        "（疑为按次扣分或互斥的档），未作推测", text, notes, flags, ctx)
    if cl is not None and cl.kind == "checklist" and _PER_ITEM_IN_ITEM_RE.search(norm) and not listed_failings:
        # (a deduction list names each failing of "无计划、无检查、无总结,每项扣1分" as an item of its own)
        # "（1）CODCr不达标扣7分；（2）NH3-N或TP不达标每一项扣4分" (fresh17 AD13-2, first run) was read as
        # items worth 7 + 4: an item that deducts per sub-item has no single worth — refused
        return _refused("分项内又按项扣分（每一项扣），分项分值无法确定，未作推测", text, notes, flags, ctx)
    if cl is not None:
        cl.context_out = _ctx_out(flags, ctx)
        return _or_items_with_rules(cl, norm, text, weight, notes, flags)
    li = read_interpolation(norm)
    if li is not None:
        return _reading(li, "rule", notes + ["两个阈值之间按直线插值：下限得0分，上限得满分"], weight, flags, ctx)
    lb = read_line_between(norm, weight)
    if lb is not None:  # "≤25个工作日得满分6分,>50个工作日为0分,25-50个工作日按比例减分" (fresh52 BM1-2, r38)
        return _reading(lb[0], "rule", notes + lb[1], weight, flags, ctx)
    fo = read_failure_only(norm, weight, notes)
    if fo is not None:
        return _reading(fo.rule, "rule", notes + fo.understood, weight, flags, ctx)
    pa = PER_AWARD_RE.search(norm)
    if pa is not None:  # "每做到一项得0.6分" on a 2-point row: points per item, not a band at "=1"
        return unreadable([*notes, "按项累加得分（“每…一项得N分”），但分值不是每项分数的整数倍，或另有其他计分：无法写成一条规则"],
                          [pa.group(0)], context_out=_ctx_out(flags, ctx))
    frags = []
    for piece in _split(norm):
        if sm is not None and _SHARE_EACH_RE.fullmatch(piece):
            notes = notes + [f"每项占比：{sm['list']}"]
            continue
        try:
            frags.append(_read_fragment(piece, weight, share))
        except _Unreadable as e:
            if (items := _or_items_with_rules(_refused(e.why, text, [], set(), ctx), norm, text, weight, notes,
                                              flags)).kind == "checklist":
                return items
            if (wf := _whole_failing(norm, weight, notes, flags, ctx)) is not None:
                return wf
            if (ps := _printed_start(norm, weight, notes, flags, ctx)) is not None:
                return ps
            raise
    try:
        reading = _assemble(frags, weight, ctx, flags, notes, share)
    except _Unreadable as e:
        if (items := _or_items_with_rules(_refused(e.why, text, [], set(), ctx), norm, text, weight, notes,
                                          flags)).kind == "checklist":
            return items
        if (ps := _printed_start(norm, weight, notes, flags, ctx)) is not None:
            return ps
        raise
    if reading.rule is not None and _LAST_YEAR_RE.search(norm) and any(
            isinstance(c.outcome, Linear) for c in reading.rule.clauses):
        # "各类事故起数与上年相比，每增加1起扣2分" (fresh15 AB2-3): the steps count from last year's figure,
        # which the row does not hold — two values for one row (as fresh6 R4-4/R4-5)
        return _refused("按与上年比较的差数扣分，本行没有上年数（一行两个数），未作推测", text, notes, flags, ctx)
    if reading.kind == "judgement" or (reading.kind == "unreadable" and any(
            "不能与其他条相加" in u or "超过分值" in u for u in reading.understood)):
        dl = read_described_levels(norm, weight)
        if dl is not None:  # "有评价方案，且记录详实，得2分；仅有…，得1分；均无，不得分" (fresh5 Q9)
            return _levels_reading(dl, weight, notes, flags, ctx)
    if reading.rule is None and reading.kind == "unreadable" \
            and (fr := read_formula(norm, weight)) is not None:
        # "得分=70×实际达标率-63;最高分为7分,低于90%为0分" (fresh N4-2): a score formula and its bands,
        # tried only where the clause-by-clause reading refused (no reading it gave changes)
        return _reading(fr.rule, "rule", notes + fr.understood, weight, flags, ctx)
    if reading.rule is None and reading.kind == "unreadable" \
            and (wf := _whole_failing(norm, weight, notes, flags, ctx)) is not None:
        return wf
    if reading.rule is None and reading.kind == "unreadable" \
            and (ps := _printed_start(norm, weight, notes, flags, ctx)) is not None:
        return ps
    if reading.rule is None and reading.kind == "unreadable" \
            and (sf := read_shortfall(norm, weight)) is not None:
        # "比下达任务低5%以内(含5%)的扣2分,低5%-10%的扣4分,…" (fresh18 AE2-1): bands on the shortfall
        return _reading(sf, "rule", notes + shortfall_notes(norm), weight, flags, ctx)
    if reading.rule is not None and sum(isinstance(c.condition, Any_) for c in reading.rule.clauses) > 1:
        # "资料上传率≥95%,得1分;否则不得分。报送及时率≥90%,得1分;否则不得分" was read as one rule with two 否则
        # (`>=95%: 1; *: 0; [90%,95%): 1; *: 0`, found in r7): two items on two measures, never one rule
        reading = _refused("两处“否则”，各管一项（不同的指标），一条分档规则无法表达", text, notes, flags, ctx)
    if reading.unread == ["（全文）"]:
        reading.unread = [text.strip()]
    if reading.rule is None and reading.kind == "unreadable":
        reading.context_out = _ctx_out(flags, ctx)
    return _or_items_with_rules(reading, norm, text, weight, notes, flags)


def _whole_failing(norm: str, weight: Decimal | None, notes: list[str], flags: set[str],
                   ctx: ReadingContext) -> Reading | None:
    """One printed failing costing the 分值 ("發現施工現場材料亂堆亂放,影響車輛通行扣5分", fresh34 AU9-3, r25) as its level —
    tried only where the clause-by-clause reading refused (its names and counts stand: "发生责任事故不得分")."""
    wf = read_whole_failing(norm, weight)
    if wf is None:
        return None
    return _reading(wf, "rule", notes + ["只写了一种不达标情形，扣分即分值：业绩值填“符合”得满分，填原文所写情形得0分"],
                    weight, flags, ctx)


def _printed_start(norm: str, weight: Decimal | None, notes: list[str], flags: set[str],
                   ctx: ReadingContext) -> Reading | None:
    """A start printed in the text with a deduction per unit short of it ("安排对接经费20万元的得满分,每少安排1万元的减0.5分",
    fresh41 BB6-6, r59) — tried only where the clause-by-clause reading refused (no reading it gave changes)."""
    # (r88: a time limit with the 分值 at it and a deduction per unit beyond — "故障响应时间2小时得满分,每延长1小时扣1分")
    ps = read_printed_start(norm, weight) or read_printed_limit(norm, weight)
    return None if ps is None else _reading(ps[0], "rule", notes + ps[1], weight, flags, ctx)


def _or_items_with_rules(reading: Reading, norm: str, text: str, weight: Decimal | None, notes: list[str],
                         flags: set[str]) -> Reading:
    """``reading``, or — where it refuses or leaves the row to a person — the items read clause by clause with
    their points and their own rules (itemrules.py, r7): "…(1分);…(3分,少一次扣1分)" (fresh19 AF2-1). Not when
    the normaliser took out a cap or a rounding ("最多扣5分": whose cap, the row's or an item's?), nor where the
    reading was refused as "items or alternatives?" ("内容完整得2分;内容较完整得1分" on a 3-point row), nor where a
    person judges (:func:`refusals.judgement_match` on ``norm`` and ``text``, the text before normalising)."""
    judged = judgement_match(norm, text) is not None
    items = _items_with_rules(reading, norm, text, weight, notes, flags, judged)
    if items.kind in ("unreadable", "judgement") and reading.kind in ("unreadable", "judgement") and not judged \
            and not flags - {"bare_prop"}:
        # "召开会员代表大会(5分)重大事项表决通过(5分)", "…上墙。(2.5)…职责。(2.5)…" (r25): each item's points in
        # brackets right after it, adding up to the 分值 — on the text before normalising (which drops the brackets);
        # levels printed so, from the 分值 down ("完成…(10分)经努力可在近期完成(6分)…(0分)", fresh41 BB1-3, r26)
        inline = read_inline_points(text, weight, notes)
        if inline is None and (lv := read_inline_levels(text, weight)) is not None:
            inline = _reading(lv, "rule", notes + [_BRACKET_LEVELS_NOTE], weight, flags, reading.context_out)
        if inline is not None:
            inline.context_out = reading.context_out
            return inline
    return items


def _items_with_rules(reading: Reading, norm: str, text: str, weight: Decimal | None, notes: list[str],
                      flags: set[str], judged: bool) -> Reading:
    """The body of :func:`_or_items_with_rules` before r25's inline points."""
    if item_with_points_in_name(reading) is not None and not judged and not flags - {"bare_prop"}:
        # "2.有控烟考评奖惩办法(2分)并有记录(1分)" (fresh27 AN3-2): an item's name kept another item's points (the guard
        # refuses that) — the items with their own rules (fresh19 AF2-6: "…调查处理,出现一例未处理扣10分(20分)") or with
        # their points moved in place, if they add up (r16)
        placed = read_placed_items(norm, weight, notes)
        if placed is None or placed.kind != "checklist":
            placed = read_items_with_rules(norm, weight, notes)
        return placed if placed is not None and placed.kind == "checklist" else reading
    ceil = {f for f in flags if f.startswith("ceilstep:")}  # (a rounding of one item's step: itemrules puts it back)
    if reading.kind not in ("unreadable", "judgement") or judged or flags - {"bare_prop"} - ceil \
            or any("互斥" in u for u in reading.understood):
        return reading  # (items or levels? — a refusal that says so stands)
    items = read_items_with_rules(norm, weight, notes, frozenset(ceil)) if ceil else \
        read_items_with_rules(norm, weight, notes) or read_placed_items(norm, weight, notes)
    if items is not None and items.kind == "unreadable" and reading.kind == "unreadable":
        whys = [u for u in items.understood[len(notes):] if u.startswith("未能读懂")]
        reading.understood += whys  # (r16)
        if whys and items.refused_for == MEANING:
            reading.refused_for = MEANING
    if items is None or items.kind != "checklist":
        return reading
    items.context_out = reading.context_out
    return items
