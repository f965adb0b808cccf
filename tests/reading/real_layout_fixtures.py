"""Real published 评分表 / 得分表 from outside the seeds, laid out as the pages print them.

Every table names its source page (found with the search tool, corpus "pages"). Only what the stored
page shows is typed: where an excerpt stops the table stops, and a block label whose rows are cut off
is given without its weight (said next to it). Texts are copied as printed (half-width punctuation,
line breaks inside cells, "≦").

Above each table, "hand:" lists what a careful checker finds from the printed numbers alone, written
BEFORE the reader or validate was run on it (weights add up?, 得分 ≤ 分值?, subtotals and 总分 = sums?,
grade per 财预〔2020〕10号 from the total, and the deserved score where the 评分标准 is a plain formula
with a printed value). The tests in test_real_layouts.py compare the reader and validate with it.
"""

from __future__ import annotations

from tests.selfeval.tables import Table

#: a real table laid out as printed (the self-evaluation tests' ``Table``: source, rows, merged A1 ranges,
#: ``save``); ``layout`` says what is particular in it
Layout = Table


# ---------------------------------------------------------------------------------------------
# 1. 岳阳市科技局 整体支出绩效评价评分表 (附件2 of its 部门整体支出绩效自评报告)
#    source: http://yueyang.gov.cn/zwgk/62389/62391/content_1344912.html
#    layout: "附件2" line, title line, then 一级指标 | 二级指标 | 三级指标 | 评分标准 | 分值 | 自评得分 |
#    扣分原因和其他 说明 (the last header printed with a space); 一级/二级 merged, their weight printed in
#    the label on a second line ("投 入\n(15分)"). The stored page stops inside 过程 → 预算管理 (in the
#    资金使用合规性 standard): rows from there on are not typed, 过程 "(40分)" and 预算管理 "(15分)"
#    are given without their weight.
#
#    hand (printed numbers only):
#    - 投入(15分) = 预算配置(15分) = 5 + 5 + 5 = 15 ✓; scores 5 + 5 + 5 = 15.
#    - 预算执行(15分) = 3 + 3 + 3 + 6 = 15 ✓; scores 3 + 3 + 2 + 6 = 14.
#    - every 自评得分 ≤ its 分值 ✓. 资金结余 scored 2 of 3: "有结余,但不超过上年结转,2分" is a printed
#      level and the 扣分原因 says "有结余" — consistent (no 业绩值 column, nothing more to compute).
#    - the 扣分原因 text of 资金结余 belongs to that row (column "扣分原因和其他 说明").
#    - no 合计 / 总分 / 等级 in the excerpt: nothing to say of the total; the typed weights add up to
#      33, so a sheet ending here has weights ≠ 100 (true of the excerpt, not a slip of the report).
#    - slips: none.
# ---------------------------------------------------------------------------------------------
KEJI = Layout(
    layout="附件2 + title lines; 一级/二级 merged with “(15分)” on a second line; 扣分原因和其他 说明",
    sheet="评分表",
    source="http://yueyang.gov.cn/zwgk/62389/62391/content_1344912.html — 科技局整体支出绩效评价评分表（附件2）",
    rows=[
        ["附件2"],
        ["科技局整体支出绩效评价评分表"],
        ["一级指标", "二级指标", "三级指标", "评分标准", "分值", "自评得分", "扣分原因和其他 说明"],
        ["投 入\n(15分)", "预算配置\n(15分)", "财政供养人员\n控制率",
         "以100%为标准。在职人员控制率≦100%,计5分;每超过一个百分点扣0.5分,扣完为止。", 5, 5, None],
        [None, None, "“三公经费”\n变动率",
         "“三公经费”变动率≦0,计5分;“三公经费”>0,每超过一个百分点扣0.5分,扣完为止。", 5, 5, None],
        [None, None, "重点支出\n安排率",
         "重点支出安排率≥90%,计5分;80%(含)-90%,计4分;70%(含)-80%,计3分;60%(含)-70%,计2分;"
         "低于60%不得分。", 5, 5, None],
        ["过 程", "预算执行\n(15分)", "预算调整率",
         "预算调整率=0,计3分;0-10%(含),计2分;10-20%(含),计1分;20-30%(含),计0.5分;大于30%不得分。",
         3, 3, None],
        [None, None, "支付进度",
         "春节前下达专项资金的50%;6月底前专项资金指标全部下达完。每出现一个专项未按进度完成资金下达扣0.5分,"
         "扣完为止。", 3, 3, None],
        [None, None, "资金结余", "无结余,3分;有结余,但不超过上年结转,2分;结余超过上年结转,不得分。", 3, 2,
         "有结余,根据工作实际及指标下达时间不可能没有结余。"],
        [None, None, "“三公经费”\n控制率",
         "以100%为标准。三公经费控制率≦100%,计6分; 每超过一个百分点扣1分,扣完为止。", 6, 6, None],
        [None, "预算管理", "管理制度\n健全性",
         "①已制定或具有预算资金管理办法,内部财务管理制度、会计核算制度等管理制度,1分; "
         "②相关管理制度合法、合规、完整,1分; ③相关管理制度得到有效执行,1分。", 3, 3, None],
    ],
    merged=["A1:G1", "A2:G2", "A4:A6", "B4:B6", "A7:A11", "B7:B10"],
)

# ---------------------------------------------------------------------------------------------
# 2. 2017年部门整体支出绩效评价得分表 (四川 form; weights printed inside every label, NO 分值 column)
#    source: https://wanglu.net/thread/t12-491155-4.html (same form, blank: http://nyj.dazhou.gov.cn/xxgk-show-16453.html)
#    layout: 一级指标 | 二级指标 | 三级指标 | 得分; "部门决策(25分)" / "目标任务(15分)" / "相关性(5分)".
#    The stored page stops inside 综合管理 ("中央专款分配合规……"): typed up to the end of 部门决策.
#
#    hand:
#    - 目标任务(15分) = 5 + 5 + 5 ✓ (三级 weights from their labels); scores 5 + 5 + 5 = 15 ≤ 15.
#    - 预算编制(10分) = 5 + 5 ✓; scores 2 + 4 = 6.
#    - 部门决策(25分) = 15 + 10 ✓; scores 21.
#    - every 得分 ≤ the weight in its own label ✓ (测算依据 2 ≤ 5, 目标管理 4 ≤ 5).
#    - no 合计 in the excerpt (the report's text says 自评得分 90 分; not in the table part shown).
#    - slips: none. A reader that keeps "(5分)" inside the name has no 分值 for any row, so it cannot
#      see a 得分 above its 三级 weight (e.g. 测算依据 typed 6 with 目标管理 4: 10 ≤ 预算编制's 10).
# ---------------------------------------------------------------------------------------------
BUMEN_DEFEN = Layout(
    layout="no 分值 column: the weight inside every label, 三级 too (“相关性(5分)”)",
    sheet="评分表",
    source="https://wanglu.net/thread/t12-491155-4.html — 2017年部门整体支出绩效评价得分表",
    rows=[
        ["2017 年部门整体支出绩效评价得分表"],
        ["一级指标", "二级指标", "三级指标", "得分"],
        ["部门决策(25分)", "目标任务(15分)", "相关性(5分)", 5],
        [None, None, "明确性(5分)", 5],
        [None, None, "合理性(5分)", 5],
        [None, "预算编制(10分)", "测算依据(5分)", 2],
        [None, None, "目标管理(5分)", 4],
    ],
    merged=["A1:D1", "A3:A7", "B3:B5", "B6:B7"],
)

# ---------------------------------------------------------------------------------------------
# 3. 项目支出绩效评价得分表 of the same report (四川 form: 一级指标 | 二级指标 | 三级指标 | 分值 | 得分)
#    source: https://wanglu.net/thread/t12-491155-4.html (blank form: http://nyj.dazhou.gov.cn/xxgk-show-16453.html)
#    layout: the weight printed on the line ABOVE the name in the 一级/二级 cells ("(20分)\n项目决策",
#    "(10)\n绩效目标" without 分); the text layer prints it before the name and the blank form shows only
#    "(20分)" / "(10)". The 项目效益 (50分) rows are garbled in the text layer (optional rows, weights
#    unclear): typed up to the end of 项目完成, so "(特性指标70分)\n项目绩效" is given without its weight.
#
#    hand:
#    - 项目决策(20分) = 科学决策(10分) + 绩效目标(10) = (5 + 5) + (5 + 5) = 20 ✓; scores 20.
#    - 项目管理(10分) = 资金管理(7分) + 项目执行(3分) = (3 + 4) + 3 = 10 ✓; scores 3 + 4 + 2 = 9.
#    - 项目完成(20) = 5 + 5 + 5 + 5 = 20 ✓; scores 5 + 4 + 5 + 5 = 19.
#    - every 得分 ≤ 分值 ✓. No 总分 typed (the printed 总分 row follows the garbled 效益 rows).
#    - slips: none.
# ---------------------------------------------------------------------------------------------
XIANGMU_DEFEN = Layout(
    layout="the weight on the line above the 一级/二级 name (“(20分)” then “项目决策”)",
    sheet="评分表",
    source="https://wanglu.net/thread/t12-491155-4.html — 项目支出绩效评价得分表",
    rows=[
        ["一级指标", "二级指标", "三级指标", "分值", "得分"],
        ["(20分)\n项目决策", "(10分)\n科学决策", "必要性\n(政策依据)", 5, 5],
        [None, None, "可行性\n(政策完善)", 5, 5],
        [None, "(10)\n绩效目标", "明确性", 5, 5],
        [None, None, "合理性", 5, 5],
        ["(10分)\n项目管理", "(7分)\n资金管理", "资金分配", 3, 3],
        [None, None, "资金使用", 4, 4],
        [None, "(3分)\n项目执行", "执行规范", 3, 2],
        ["项目绩效", "(20)\n项目完成", "完成数量", 5, 5],
        [None, None, "完成质量", 5, 4],
        [None, None, "完成时效", 5, 5],
        [None, None, "完成成本", 5, 5],
    ],
    merged=["A2:A5", "B2:B3", "B4:B5", "A6:A8", "B6:B7", "A9:A12", "B9:B12"],
)

# ---------------------------------------------------------------------------------------------
# 4. 池州市贵池区棠溪镇人民政府 项目支出绩效自评表（2022年度）"村级补助及运转经费"
#    source: http://www.anthempetcare.com/upload_cz/download?id=502367&siteId=2 (a copy of the attachment;
#    the same form as the 委托业务项目 table of tests/selfeval/tables.py TANGXI, another project)
#    layout: national 项目资金 block + 绩效指标 with "产出指标(50分)" labels. The excerpt stops inside
#    效益指标 (可持续影响…): typed up to 社会效益, 效益指标 given without its weight.
#
#    hand:
#    - 年度资金总额 printed 0 / 0 / 0 over 其中：本年财政拨款 202.64 / 132.912 / 132.912 → the total line
#      is not the sum of its parts (SLIP); its 执行率 0 and 得分 0 follow from nothing: by the parts
#      132.912 ÷ 132.912 = 100 %, the national 得分 = 执行率 × 分值 = 10.
#    - 产出指标(50分) = 8 + 8 + 8 + 8 + 8 + 10 = 50 ✓; scores 50.
#    - targets met as printed: =8个 / 8; =42个 / 42; ≤202.6万元 / 132.9 → full marks ✓.
#    - every 得分 ≤ 分值 ✓.
#    - (text, not the table) the planned parts 400000 + 252000 + 28000 + 960000 + 100000 = 1740000, not
#      the 2026400 stated; the spent parts do add up to 1329120.67. Free text: not a table check.
#    (The 年度总体目标 rows were left out of the first transcription and added before any test was
#    written; without them the row "其他资金" sits right above the 绩效指标 header.)
# ---------------------------------------------------------------------------------------------
CUNJI = Layout(
    layout="national 自评表 (项目资金 block, 年度总体目标, 一级 “(N分)”)",
    source="http://www.anthempetcare.com/upload_cz/download?id=502367&siteId=2 — 棠溪镇 项目支出绩效自评表"
           "（2022年度）村级补助及运转经费",
    sheet="自评表",
    rows=[
        ["项目支出绩效自评表"],
        ["（2022年度）"],
        ["项目名称", "村级补助及运转经费"],
        ["主管部门", "219-池州市贵池区棠溪镇人民政府", None, None, "实施单位", "219001-池州市贵池区棠溪镇人民政府"],
        ["项目资金\n（万元）", None, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
        [None, "年度资金总额：", 0, 0, 0, 10, 0, 0],
        [None, "其中：本年财政拨款", 202.64, 132.912, 132.912],
        [None, "上年结转资金"],
        [None, "其他资金"],
        ["年度总体目标", "预期目标", None, None, None, "实际完成情况"],
        [None, "本项目共申请预算资金2026400元,其中村级组织运转400000元,村民组长,党小组长基本报酬252000元,"
               "村民监督委员会 工资28000元,村级事务补助960000元,村级工作目标奖励100000元。", None, None, None,
         "本项目共完成预算资金1329120.67元,其中村级组织运转439120.67元,村民组长,党小组长基本报酬152000元,"
         "村民监督委员会 工资28000元,村级事务补助660000元,村级工作目标奖励50000元。"],
        ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
         "偏差原因分析及改进措施"],
        [None, "产出指标(50分)", "数量指标", "补助村(社区)数量", "=8个", 8, 8, 8],
        [None, None, None, "保障村干部人数", "=42个", 42, 8, 8],
        [None, None, "质量指标", "补助资格合规性", "合规", "达成预期指标", 8, 8],
        [None, None, None, "经费审批流程规范性", "严格执行相关制度规定", "达成预期指标", 8, 8],
        [None, None, "时效指标", "补助经费到位及时性", "及时", "达成预期指标", 8, 8],
        [None, None, "成本指标", "项目总成本", "≤202.6万元", 132.9, 10, 10],
        [None, "效益指标", "经济效益指标", "对保障村(社区)两委机构正常运行的影响程度", "效果明显", "达成预期指标",
         10, 10],
        [None, None, "社会效益指标", "提高村(社区)干部工作积极性的影响程度", "效果明显", "达成预期指标", 10, 10],
    ],
    merged=["A5:A9", "A10:A11", "B10:E10", "F10:I10", "B11:E11", "F11:I11", "A12:A20", "B13:B18", "C13:C14",
            "C15:C16", "B19:B20"],
)

# ---------------------------------------------------------------------------------------------
# 5. 项目绩效评价表 (附件2, a grant programme's form): a 分值 column after EVERY level
#    source: https://haowendang.cn/c1d28o5nseg565jb3urou8mpoj7oc3w00znw_1.html
#    layout: 一级指标 | 分值 | 二级指标 | 分值 | 三级指标(可调整) | 分值(可调整) | 指标解释 | 评价标准(可调整) | 得分
#    — the form as issued, 得分 blank. The text layer is garbled after 决策程序 (资金分配 weights not
#    legible): typed up to 决策程序; 项目决策's printed 20 is typed (its cell is printed).
#
#    hand:
#    - 三级 weights 4, 3, 5; 二级 项目目标 4 = 4 ✓, 决策过程 8 = 3 + 5 ✓ (项目决策 20: rows cut off).
#    - each 评价标准's points add up to its 三级 分值: 1 + 1 + 2 = 4 ✓, 2 + 1 = 3 ✓, 2 + 3 = 5 ✓.
#    - 得分 blank everywhere (the issued form): every row's 得分 is missing, nothing else.
#    - the row 分值 is the one after 三级指标; the 一级's 20 is NOT a row's 分值.
# ---------------------------------------------------------------------------------------------
FENZHI_PER_LEVEL = Layout(
    layout="a 分值 column after every level column; 得分 blank (the issued form)",
    sheet="评分表",
    source="https://haowendang.cn/c1d28o5nseg565jb3urou8mpoj7oc3w00znw_1.html — 项目绩效评价表（附件2）",
    rows=[
        ["附件2"],
        ["项目绩效评价表"],
        ["一级指标", "分值", "二级指标", "分值", "三级指标(可调整)", "分值(可调整)", "指标解释", "评价标准(可调整)",
         "得分"],
        ["项目决策", 20, "项目目标", 4, "目标内容", 4, "目标是否明确、细化、量化",
         "目标明确(1分),目标细化(1分),目标量化(2分)", None],
        [None, None, "决策过程", 8, "决策依据", 3,
         "项目是否符合经济社会发展规划和部门年度工作计划;是否根据需要制定中长期实施规划",
         "项目符合经济社会发展规划和部门年度工作计划(2分),根据需要制定中长期实施规划(1分)", None],
        [None, None, None, None, "决策程序", 5,
         "项目是否符合申报条件;申报、批复程序是否符合相关管理办法;项目调整是否履行相应手续",
         "项目符合申报条件(2分),申报、批复及项目实施调整是否符合相关管理办法和程序(3分)", None],
    ],
    merged=["A1:I1", "A2:I2", "A4:A6", "B4:B6", "C5:C6", "D5:D6"],
)

# ---------------------------------------------------------------------------------------------
# 6. 财政部 中央级行政经费项目支出考评计分办法（附2）: 指标名称 | 分值 | 评分依据 | 实际得分
#    source: http://www.lygzb.net/html/text/chl/509/50957_3.html
#    layout: "评分依据" holds the scoring standard (there is no 评分标准 column), 实际得分 blank (the
#    办法 as issued). The stored page stops inside 三、项目完成质量: typed its weight, standard cut.
#
#    hand:
#    - weights 15, 10, 15 (table cut: no 合计).
#    - 评分依据 is the standard: "实际完成情况与计划每相差3%,扣1分,扣满15分为止" (15 points) ✓.
#    - 实际得分 blank everywhere.
# ---------------------------------------------------------------------------------------------
XINGZHENG = Layout(
    layout="指标名称 | 分值 | 评分依据 | 实际得分 (评分依据 = the standard)",
    sheet="评分表",
    source="http://www.lygzb.net/html/text/chl/509/50957_3.html — 中央级行政经费项目支出考评计分办法（附2）",
    rows=[
        ["附2：       中央级行政经费项目支出考评计分办法"],
        ["指标名称", "分值", "评分依据", "实际得分"],
        ["一、项目完成工作量", 15,
         "根据项目工作量完成情况评分,如大型修缮项目已完成的工程量占计划的百分比,大型购置项目已完成的采购数量占计划的"
         "百分比,大型会议的人数、天数等是否超过计划及超过多少等。\n实际完成情况与计划每相差3%,扣1分,扣满15分为止。",
         None],
        ["二、项目完成进度", 10,
         "根据项目完成时间进度计分,在计划时间内完成的,得满分,超过计划时间的,除政策性原因或特殊原因外,应根据超计划"
         "时间占计划完成时间百分比扣分。\n实际完成情况与计划每相差4%,扣1分,扣满10分为止。", None],
        ["三、项目完成质量", 15,
         "根据项目完成的质量计分,大型修缮和大型购置项目根据验收是否合格计分,大型会议根据是否完成会议的各项议程而计分",
         None],
    ],
    merged=["A1:D1"],
)


# ---------------------------------------------------------------------------------------------
# 7. 亚洲开发银行贷款四川资阳绿色转型和发展项目 绩效评价结果 (四川省财政厅 2024, 评价: 四川省财政投资评审中心,
#    《国际金融组织和外国政府贷款赠款项目绩效评价管理办法》财国合〔2019〕18号)
#    source: https://0477ly.com/newsdetail/news587336.html — the stored page is a traditional-character
#    rendering; typed as stored.
#    layout: 评价准则 | 权重(%) | 评价分值(百分制) | 加权平均得分 | 绩效等级; a 项目绩效 total row (100% | / | 82.68);
#    the 等级 column holds a word per criterion, not a grade of a scheme.
#
#    hand (written before any run, docs/notes/p11.md):
#    - 加权平均得分 = 权重 × 评价分值: 20% × 100.00 = 20.00; 50% × 77.39 = 38.695 → 38.70; 20% × 73.90 = 14.78;
#      10% × 92.00 = 9.20 — as printed.
#    - 权重 20 + 50 + 20 + 10 = 100% (printed 100%); 20.00 + 38.70 + 14.78 + 9.20 = 82.68 = printed total.
#    - no scheme stated: 绩效等级 not checkable. slips: none.
#    - trap: 评价分值（百分制） is a score out of 100, not a weight; Σ of it (343.29) is no 分值 total.
# ---------------------------------------------------------------------------------------------
ZIYANG = Layout(
    layout="评价准则｜权重(%)｜评价分值(百分制)｜加权平均得分｜绩效等级; 项目绩效 total row; traditional characters",
    sheet="評價結果",
    source="https://0477ly.com/newsdetail/news587336.html — 亞洲開發銀行貸款四川資陽綠色轉型和發展項目績效評價結果",
    rows=[
        ["評價準則", "權重(%)", "評價分值(百分制)", "加權平均得分", "績效等級"],
        ["相關性", "20%", 100.00, 20.00, "高度相關"],
        ["效率", "50%", 77.39, 38.70, "效率一般"],
        ["效果", "20%", 73.90, 14.78, "比較滿意"],
        ["可持續性", "10%", 92.00, 9.20, "高度可持續"],
        ["項目績效", "100%", "/", 82.68, "實施比較順利"],
    ],
)

# ---------------------------------------------------------------------------------------------
# 8. 广水市财政预算支出项目绩效目标自评表 2019 “办公局域网维护费” (项目主管单位 广水市纪委监委)
#    source: https://pdf.chddh.cn/archives/48n5zg2zkkb6327q6rjv.html (“2019年度市纪委办公局域网维护项目绩效
#    自评表.pdf”; PDF text, cells out of order, put back by the form's order).
#    layout: “自评总分: 69” in the header line (填报日期 … 自评总分 … 单位领导审签); 项目权重 | 评价内容 | 分值 |
#    自评分 | 复核分 | 评价标准及依据, the 一级 weight printed in the label (“项目决策 2 分”). The 项目资金 block
#    (which of 中央/省/本级/其他 holds 5.5 is not readable) is left out; the 项目绩效 85 分 part (a second header:
#    年初指标值 | 年终完成值 | 自评分 | 复核分) is cut after its first line in the stored text: not typed.
#
#    hand (written before any run, docs/notes/p11.md):
#    - 项目决策 2 分 = 2; 项目管理 13 分 = 3 + 2 + 4 + 4 = 13; 自评分 2; 3, 2, 3, 4, each ≤ its 分值.
#    - 运行监管 3 of 4: the standard (记录 3 分, 监控表 1 分) needs facts not printed: not checkable.
#    - header 自评总分 69: the rows typed give 14 of 15 points, 项目绩效 85 分 is cut: the 69 cannot be
#      compared with anything — nothing to say. slips: none.
# ---------------------------------------------------------------------------------------------
GUANGSHUI = Layout(
    layout="自评总分 in the header line; 项目权重｜评价内容｜分值｜自评分｜复核分｜评价标准及依据; cut at 项目绩效",
    sheet="自评表",
    source="https://pdf.chddh.cn/archives/48n5zg2zkkb6327q6rjv.html — 广水市财政预算支出项目绩效目标自评表（2019 办公局域网维护费）",
    rows=[
        ["广水市财政预算支出项目绩效目标自评表"],
        ["填报日期:2020 年 2 月 18 日", None, "自评总分:", 69, None, "单位领导审签:"],
        ["项目名称", "办公局域网维护费", None, "项目实施单位", None, "广水市城投公司"],
        ["项目主管单位", "广水市纪委监委", None, "项目负责人", None, "彭炜"],
        ["项目年度目标", "1. 对机关局域网络改造升级,提高信息化办公速度。"],
        ["项目权重", "评价内容", "分值", "自评分", "复核分", "评价标准及依据"],
        ["项目决策\n2 分", "决策依据", 2, 2, None, "有项目年度工作计划或有上级文件或审批报告计 2 分,没有不得分。"],
        ["项目管理\n13 分", "财务制度", 3, 3, None,
         "1、单位财务管理制度 1 分;2、项目管理制度 1 分;3、有制度执行佐证资料 1 分。没有不得分。"],
        [None, "组织机构", 2, 2, None, "有明确的绩效管理机构或专人负责 2 分。没有不得分"],
        [None, "运行监管", 4, 3, None, "1、运行监管记录 3 分;2、填报《项目支出绩效监控表》1 分。没有不得分。"],
        [None, "目标申报", 4, 4, None,
         "1、项目绩效目标全申报的 1 分,缺一项扣 0.5 分,扣完为止;2、绩效目标规范 1 分,不规范扣 0.5 分;"
         "3、按时申报绩效目标计 2 分,逾期扣 1 分。"],
    ],
    merged=["A1:F1", "B5:F5", "A8:A11"],
)

ALL = {"keji": KEJI, "bumen_defen": BUMEN_DEFEN, "xiangmu_defen": XIANGMU_DEFEN, "cunji": CUNJI,
       "fenzhi_per_level": FENZHI_PER_LEVEL, "xingzheng": XINGZHENG, "guangshui": GUANGSHUI}
# ZIYANG is not in ALL: it is refused (no 分值/得分 header the reader knows), see test_real_layouts.py
