"""Eight published 自评表 the checker had never seen (task p16), typed as printed.

Found with the search tool's "pages" corpus (none of the URLs was in tests/ before). Each
comment gives the source and the HAND FINDINGS — what a careful checker finds from the
printed numbers alone — written before any run of validate. Only what the stored text shows
is typed; where it stops, the table stops (a cell not shown is blank = unknown, never 0).
Cells that an OCR'd text garbles are typed as stored unless the form makes the reading
certain (said at each table).
"""

from __future__ import annotations

from tests.selfeval.tables import Table

# ---------------------------------------------------------------------------
# 1. Yunnan national form, TWO-ROW indicator header (年度指标值 over 指标性质 | 指标值 | 度量单位,
#    as tables.py §11 LIJIANG), amounts in 元, 年初预算数 left blank, the 指标性质 printed “≧”
#    (U+2267) and “═” (U+2550, a box-drawing sign standing for =), a 总分 row with the grade
#    “优” in the 偏差原因 column. Complete (总分 row shown).
#    Source: 临沧市永德县明朗中学《2022年度项目支出绩效自评表》(公开14表) “义务教育营养改善计划
#    专项资金”, https://www.yongde.gov.cn/info/3003/116104.htm
#    HAND (before any run):
#    - 387664.62 ÷ 387664.62 = 100% → 10 × 1 = 10 = printed; 其中 line = the total line.
#    - 分值 10 (budget) + 9 rows × 10 = 100 = 总分 分值 100.
#    - 得分 10 + 10+10+7+10+10+9+10+10+10 = 96 = printed 96; 96 ≥ 90 → 优 = printed 优.
#    - 资金到位及时率: target ≧100%, actual 100% (met) but scored 7 of 10, no reason printed —
#      by the national rule (财预〔2020〕10号: 完成 → full marks) 10; the form prints no rule → a
#      warning, not an error.
#    - 政策知晓率: “═100%”, actual 98% → 98 ÷ 100 × 10 = 9.8, printed 9 (same: a warning).
#      With both as the default gives, the total would be 99.8 — still 优.
#    - No error: total 96, grade 优 both right.
# ---------------------------------------------------------------------------
YONGDE = Table(
    source="临沧市永德县明朗中学 2022年度项目支出绩效自评表 义务教育营养改善计划专项资金，"
           "https://www.yongde.gov.cn/info/3003/116104.htm",
    layout="Yunnan national, two-row indicator header, 元, “≧”/“═” signs, 总分 row with grade",
    rows=[
        ["2022年度项目支出绩效自评表"],
        ["部门：临沧市永德县明朗中学", None, None, None, None, None, None, None, None, "公开14表"],
        ["项目名称", "义务教育营养改善计划专项资金"],
        ["主管部门", "永德县教育体育局", None, None, "实施单位", "永德县明朗中学"],
        ["项目资金\n（元）", None, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
        [None, "年度资金总额", None, 387664.62, 387664.62, 10, "100%", 10],
        [None, "其中：当年财政拨款", None, 387664.62, 387664.62, "—"],
        [None, "上年结转资金", None, None, None, "—"],
        [None, "其他资金", "—", "—", "—", "—"],
        ["年度总体目标", "预期目标", None, None, None, "实际完成情况"],
        [None, "确保每一个学生都能享受到国家政策福利，改善学生体质", None, None, None,
         "确保每一个学生都能享受到国家政策福利，改善学生体质"],
        ["绩效指标", None, None, "年度指标值", None, None, "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
        ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位"],
        ["产出指标", "数量指标", "学生受资助人数", "≧", 735, "人次", 735, 10, 10],
        [None, "质量指标", "营养改善计划覆盖率", "≧", 100, "%", "100%", 10, 10],
        [None, "时效指标", "资金到位及时率", "≧", 100, "%", "100%", 10, 7],
        [None, "成本指标", "生均补助标准达标率", "═", 100, "%", "100%", 10, 10],
        ["效益指标", "经济效益指标", "减轻贫困学生家庭经济负担", None, "有效", None, "有效", 10, 10],
        [None, "社会效益指标", "政策知晓率", "═", 100, "%", "98%", 10, 9],
        [None, "生态效益指标"],
        [None, "可持续影响指标", "促进学校教育事业健康发展", "≧", 100, "%", "100%", 10, 10],
        ["满意度指标", "服务对象满意度指标等", "学生满意度", "≧", 95, "%", "100%", 10, 10],
        [None, None, "家长满意度", "≧", 95, "%", "100%", 10, 10],
        ["其他需要说明事项", "无"],
        ["总分", None, None, None, None, None, None, 100, 96, "优"],
    ],
    merged=["A1:J1", "A5:A9", "A10:A11", "A12:C12", "D12:F12", "G12:G13", "H12:H13", "I12:I13",
            "J12:J13", "A14:A17", "A18:A21", "A22:A23", "B22:B23", "B24:J24", "A25:G25"],
)

# ---------------------------------------------------------------------------
# 2. Yunnan national form (one-row header), 年初预算数 blank, the 其中 line repeating the total
#    line's 分值 / 执行率 / 得分, the 二级 name printed on each row. Cut: the text stops at the
#    满意度 row's name (“受益农户满意度”), its values not shown.
#    Source: 临沧市临翔区林业和草原局《2023年马鹿坑国有林场新建野生动物收容所建设项目支出绩效
#    自评表》(2023-12-01), https://www.ynlx.gov.cn/info/2431/148733.htm
#    HAND (before any run):
#    - 31.69 ÷ 32.4 = 0.978086… → 97.81 % at the printed 2 decimals; printed 97.80 % (cut, not
#      rounded): a 0.01 slip (rate-mismatch G6, and G7 on the 其中 line).
#    - 得分 10 × 0.978086 = 9.78; printed 9 → budget-score slip at H6 (and H7, the 其中 line
#      prints the same 分值 10 / 得分 9).
#    - Rows: 10+10+15+15+10+10+10 = 80, each met and scored full (完工 2023年10月 before the
#      2023年12月 target; 8400元 = ≥8400元; 5个 = ≥5个; 15年 = ≥15年).
#    - 分值 shown 10 + 80 = 90; the 满意度 row's 分值/得分 cut → no total, no grade.
# ---------------------------------------------------------------------------
LINXIANG = Table(
    source="临沧市临翔区林业和草原局 2023年马鹿坑国有林场新建野生动物收容所建设项目支出绩效自评表，"
           "https://www.ynlx.gov.cn/info/2431/148733.htm",
    layout="Yunnan national, 年初 blank, 其中 line with its own 分值/得分, cut at 满意度",
    rows=[
        ["项目支出绩效自评表"],
        ["（ 2023年度）"],
        ["项目名称", "2023年马鹿坑国有林场新建野生动物收容所建设项目"],
        ["主管部门", "临沧市临翔区林业和草原局", None, None, "实施单位", "临沧市临翔区林业和草原局"],
        ["项目资金 （万元）", None, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
        [None, "年度资金总额", None, 32.4, 31.69, 10, "97.80%", 9],
        [None, "其中：当年财政拨款", None, 32.4, 31.69, 10, "97.80%", 9],
        ["年度 总体 目标", "预期目标", None, None, None, "实际完成情况"],
        [None, "支持欠发达国有林场基础设施建设，补齐必要的配套基础设施建设短板，有效保护管理好马鹿坑国有林场的"
               "野生动物资源，及时有效救助各类受到伤害的野生动物，新建马鹿坑国有林场临时野生动物收容所1间200平方米，"
               "钢结构圈养围栏120米，能同时收容近百头（只）野生动物。", None, None, None,
         "完成马鹿坑国有林场临时野生动物收容所1间200平方米，钢结构圈养围栏120米，能同时收容近百头（只）野生动物。"],
        ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
        [None, "产出指标", "数量指标", "野生动物收容所", "≥200平方米", "204.46平方米", 10, 10, "无"],
        [None, None, "数量指标", "钢结构圈养围栏", "≥120米", "121.5米", 10, 10, "无"],
        [None, None, "时效指标", "项目完工时限", "2023年12月", "2023年10月", 15, 15, "无"],
        [None, None, "质量指标", "项目竣工验收率", "100%", "100%", 15, 15, "无"],
        [None, "效益指标", "经济效益指标", "务工人员年人均增收", "≥8400元", "8400元", 10, 10, "无"],
        [None, None, "社会效益指标", "提供务工岗位", "≥5个", "5个", 10, 10, "无"],
        [None, None, "可持续影响指标", "项目建成后可持续影响年限", "≥15年", "15年", 10, 10, "无"],
        [None, "满意度指标", "服务对象满意度指标", "受益农户满意度"],
    ],
    merged=["A1:I1", "A2:I2", "A5:A7", "A8:A9", "A10:A18", "B11:B14", "B15:B17"],
)

# ---------------------------------------------------------------------------
# 3. National form (Wuhan 2020 — older than the 2022–2025 asked for: the only complete 区-level
#    文化 table found), unused form lines (“指标1：”, “指标2：”) left in, 总分 row. The stored text
#    is a .docx extraction with the cells run together; split by the form's columns:
#    total line “30 30 10 100%” has one amount less than its 其中 line “30 30 30 100%” — typed
#    with 年初预算数 blank (as the other forms of this shape leave it) and NO 得分 (none printed);
#    the 三级 names “更新剧团老化、损坏的音” (cut) and “望新点胸艮必具” (garbled) typed as stored;
#    “演出设备成本件/件2万元2万元2018” read as 演出设备成本件/件 | 2万元 | 2万元 | 20 | 18.
#    Source: 新洲区楚剧团《项目支出绩效自评表（2020年度）》“演出设备更新专项经费”(实施单位 新洲区
#    文化和旅游局机关), https://m.taowenge.com/p-96795578.html (first of the document's tables).
#    HAND (before any run):
#    - Budget 30 ÷ 30 = 100% → 10 × 1 = 10, but the 得分 cell is EMPTY (score missing).
#    - 分值: rows 20 × 5 = 100, plus the budget's 10 = 110 ≠ 总分 分值 100 (total-weight slip:
#      the 总分 leaves the budget line out, or the row weights are wrong — no single correction).
#    - 得分: rows 20 + 20 + 20 + 18 + 20 = 98 = 总分 98 (the empty budget score adds nothing).
#    - 演出设备成本 2万元 → 2万元 (met) scored 18 of 20: the default rule gives 20 (warning).
#    - No grade printed; 98 would be 优 — but the table's weights are 110, so the 98 is of
#      110 points: a checker states the weight error and does not vouch for a grade.
# ---------------------------------------------------------------------------
XINZHOU = Table(
    source="新洲区楚剧团 项目支出绩效自评表（2020年度）演出设备更新专项经费，https://m.taowenge.com/p-96795578.html",
    layout="national, 年初 blank, budget 得分 empty, unused 指标1/指标2 lines, 总分 row 100/98",
    rows=[
        ["项目支出绩效自评表"],
        ["（2020 年度）"],
        ["项目名称", "演出设备更新专项经费"],
        ["主管部门", "新洲区楚剧团", None, None, "实施单位", "新洲区文化和旅游局机关"],
        ["项目资金 （万元）", None, "年初预算数", "全年预算数", "全年执行", "分值", "执行率", "得分"],
        [None, "年度资金总额", None, 30, 30, 10, "100%"],
        [None, "其中：当年财政拨款", 30, 30, 30, None, "100%"],
        [None, "上年结转资金"],
        [None, "其他资金"],
        ["年度 总体 目标", "预期目标", None, None, None, "实际完成情况"],
        [None, "更新剧团老化、损坏的音响、灯光、道具、服装等设备， 并添置一些新剧目所必需的演出设备。", None, None,
         None, "已完成"],
        ["绩 效 指 标", "一级指标", "二级指标", "三级指标", "年度 指标值", "实际 完成值", "分 值", "得 分",
         "偏差原因分析 及改进措施"],
        [None, "产出指标", "数量指标", "更新剧团老化、损坏的音", "50件", "50件", 20, 20],
        [None, None, None, "望新点胸艮必具", "100件", "100件", 20, 20],
        [None, None, "质量指标", "音响、灯光、道具、服装 质量等", "合格", "合格", 20, 20],
        [None, None, None, "指标2："],
        [None, None, "时效指标", "指标1："],
        [None, None, None, "指标2："],
        [None, None, "成本指标", "演出设备成本件/件", "2万元", "2万元", 20, 18],
        [None, None, None, "指标2："],
        [None, "效益指标", "经济效益 指标", "指标1："],
        [None, None, None, "指标2："],
        [None, None, "社会效益 指标", "指标1："],
        [None, None, None, "指标2："],
        [None, "满意度 指标", "服务对象 满意度指 标", "演出人员满意度", "100%", "100%", 20, 20],
        [None, None, None, "指标2："],
        ["总分", None, None, None, None, None, 100, 98],
    ],
    merged=["A1:I1", "A2:I2", "A5:A9", "A10:A11", "A12:A26", "B13:B20", "C13:C14", "C15:C16",
            "C17:C18", "C19:C20", "B21:B24", "C21:C22", "C23:C24", "B25:B26", "C25:C26", "A27:F27"],
)

# ---------------------------------------------------------------------------
# 4. A/B form (Yunnan 2022, as the Hubei A/B tables of tables.py §4/§9/§19): 预算执行情况（万元）
#    （20分）| 预算数(A) | 执行数(B) | 执行率(B/A) | 得分(20分*执行率); 年度绩效目标(80分) with NO
#    分值 column (only “产出指标(40分)” carries a weight); 执行率 printed as a bare 20. Cut: the
#    text stops at the 种母猪 row's 实际完成值 (its 得分 not shown) — no 总分 row in what is shown.
#    Source: 昌宁县供销合作社联合社《2022年度项目支出绩效自评表》(附件3, 填报日期 2023年4月15日)
#    “昌宁县昌龙鸿运牧业专业合作社生猪养殖场建设项目”, https://yncn.gov.cn/info/5102/8340150.htm
#    HAND (before any run):
#    - 10 ÷ 50 = 20% → 20 × 0.2 = 4 = printed; the 执行率 cell “20” is 20 (%), not 2000%.
#    - Rows: no 分值 column → no row can be checked against a weight; every shown target met.
#    - Scores shown 1+3+3+3+2+2+2+1+1+1+1+2+1+1+1+1+1+2 = 29 of 产出 40 (种母猪 and the rest cut).
#    - No 总分 row: budget 4 + 29 = 33 is a PARTIAL sum (effect and satisfaction rows cut) —
#      a checker gives no total and no grade (33 would be 差: a wrong grade).
# ---------------------------------------------------------------------------
CHANGNING = Table(
    source="昌宁县供销合作社联合社 2022年度项目支出绩效自评表（附件3）昌宁县昌龙鸿运牧业专业合作社生猪养殖场建设项目，"
           "https://yncn.gov.cn/info/5102/8340150.htm",
    layout="A/B style, no 分值 column, 执行率 printed as bare 20, cut inside 产出 (no 总分)",
    rows=[
        ["附件3："],
        ["2022年度项目支出绩效自评表"],
        ["单位名称：昌宁县供销合作社联合社", None, None, None, "填报日期：2023年4月15日"],
        ["项目名称", "昌宁县昌龙鸿运牧业专业合作社生猪养殖场建设项目"],
        ["主管部门", "昌宁县供销合作社联合社", None, "项目实施单位", "昌宁县昌龙鸿运牧业专业合作社"],
        ["项目类别", "1、部门预算项目 □ 2、县直专项 ☑ 3、省市对下转移支付项目 □"],
        ["项目属性", "1、持续性项目 ☑ 2、新增性项目 □"],
        ["预算执行情况(万元)\n(20分)", None, "预算数(A)", "执行数(B)", "执行率(B/A)", "得分\n(20分*执行率)"],
        [None, "年度财政资金总额", 50, 10, 20, 4],
        ["年度绩效目标\n(80分)", "一级指标", "二级指标", "三级指标", "年初目标值(A)", "实际完成值(B)", "得分"],
        [None, "产出指标(40分)", "数量指标", "公猪舍(≥**平方米)", 22.8, 22.8, 1],
        [None, None, None, "母猪、保育猪舍(≥**平方米)", 180, 180, 3],
        [None, None, None, "育肥猪舍(≥**平方米)", 180, 180, 3],
        [None, None, None, "周转猪舍(≥**平方米)", 180, 180, 3],
        [None, None, None, "隔离舍(≥**平方米)", 54, 54, 2],
        [None, None, None, "仓库(≥**平方米)", 104, 104, 2],
        [None, None, None, "管理用房及消通道(≥**平方米)", 76.44, 76.44, 2],
        [None, None, None, "化粪池(≥**立方米)", 63, 63, 1],
        [None, None, None, "堆粪房(≥**平方米)", 29.6, 29.6, 1],
        [None, None, None, "消毒池(≥**平方米)", 14, 14, 1],
        [None, None, None, "排污沟(≥米)", 50, 50, 1],
        [None, None, None, "场地硬化(≥**平方米)", 230, 230, 2],
        [None, None, None, "粉碎拌合机(11kw)(≥台)", 1, 1, 1],
        [None, None, None, "产床(全复合双体产床)(≥套)", 2, 2, 1],
        [None, None, None, "保育栏(≥套)", 4, 4, 1],
        [None, None, None, "消毒机(≥台)", 1, 1, 1],
        [None, None, None, "冲洗机(≥台)", 1, 1, 1],
        [None, None, None, "种公猪(≥头)", 2, 2, 2],
        [None, None, None, "种母猪(≥头)", 20, 20],
    ],
    merged=["A2:G2", "A8:A9", "A10:A29", "B11:B29", "C11:C29"],
)

# ---------------------------------------------------------------------------
# 5. Anhui 衔接资金 绩效目标自评表 (as tables.py §12 ZHONGJIANG: 分值 BEFORE 年度指标值), the 其中
#    line printing its own 分值/执行率/得分, ★ indicator rows each followed by “其中…” part rows
#    WITHOUT 分值 or 得分 (parts of the ★ row's target), letter-stacked 一级 labels
#    “产 出 指 标 (50分)”, “……” form lines. Cut: the text stops at “满意” (the 满意度 block).
#    Source: 张庄寨镇人民政府《绩效目标自评表（2023年度）》“河西村特色种养补贴到户项目”(主管部门 县农业
#    农村局), https://www.ahxx.gov.cn/grassroots/279/158998981.html
#    HAND (before any run):
#    - 9.48 ÷ 9.48 = 100% → 10 = printed (total line and 其中 line).
#    - 产出 20 + 10 + 10 + 5 + 5 = 50 = label (50分); 效益 20 + 10 = 30 = label (30分).
#    - Parts: 1.5 + 5 + 20 + 3 = 29.5亩 = the ★ row's 29.5亩; 180 + 12 = 192 (只/头 as printed).
#    - Every target met (养殖成活率 100% ≥ 95%; 12万元 ≥ 11.376万元), every score full.
#    - No slip. The “其中” part rows are not indicators: no 分值, so no missing score. The 满意度
#      block is cut: 分值 shown 10 + 50 + 30 = 90 → no total, no grade.
# ---------------------------------------------------------------------------
HEXI = Table(
    source="张庄寨镇人民政府 绩效目标自评表（2023年度）河西村特色种养补贴到户项目，"
           "https://www.ahxx.gov.cn/grassroots/279/158998981.html",
    layout="分值 before 年度指标值, ★ rows with “其中” part rows (no 分值), cut at 满意度",
    rows=[
        ["绩效目标自评表"],
        ["(2023年度)"],
        ["项目名称", "河西村特色种养补贴到户项目", None, None, "项目负责人及电话", "李宁0557-5788003"],
        ["主管部门", "县农业农村局", None, None, "实施单位", "张庄寨镇人民政府"],
        ["资金情况 (万元)", None, "全年预算数(A)", "全年执行数(B)", "分值", "执行率(B/A)", "得分"],
        [None, "年度资金总额:", 9.48, 9.48, 10, "100%", 10],
        [None, "其中:本年财政拨款", 9.48, 9.48, 10, "100%", 10],
        [None, "其他资金", "-", "-"],
        ["年度总体目标", "年初设定目标", None, None, "年度总体目标完成情况综述"],
        [None, "落实39户特色种养业奖补政策,增加脱贫户家庭收入", None, None, "落实39户特色种养业奖补政策,增加脱贫户家庭收入"],
        ["绩效指标", "一级 指标", "二级指标", "三级指标", "分值", "年度指标值", "全年实际值", "得分",
         "未完成原因及拟采取的改进措施"],
        [None, "产 出 指 标 (50分)", "数量指标", "★补助各类瓜果蔬菜种植面积", 20, "29.5亩", "29.5亩", 20],
        [None, None, None, "其中桃树种植面积", None, "1.5亩", "1.5亩"],
        [None, None, None, "其中苹果树种植面积", None, "5亩", "5亩"],
        [None, None, None, "其中露天蔬菜", None, "20亩", "20亩"],
        [None, None, None, "其中大棚蔬菜", None, "3亩", "3亩"],
        [None, None, None, "★补助鱼塘面积", 10, "3亩", "3亩", 10],
        [None, None, None, "其中鱼塘养殖面积", None, "3亩", "3亩"],
        [None, None, None, "★补助家畜家禽养殖数量", 10, "192只", "192只", 10],
        [None, None, None, "其中羊养殖数量", None, "180只", "180只"],
        [None, None, None, "其中猪养殖数量", None, "12头", "12头"],
        [None, None, "质量指标", "种植作物成活率", 5, "95%", "95%", 5],
        [None, None, None, "养殖家畜家禽成活率", 5, "95%", "100%", 5],
        [None, None, None, "……"],
        [None, "效 益 指 标 (30分)", "经济效益 指标", "特色产业带动增加受益农户收入(总收入)", 20, "≥11.376万元", "12万元", 20],
        [None, None, "社会效益 指标", "受益人口数量", 10, "90人", "90人", 10],
        [None, None, "生态效益 指标"],
        [None, None, "可持续影响指标"],
        [None, None, None, "……"],
    ],
    merged=["A1:I1", "A2:I2", "A5:A8", "A9:A10", "A11:A29", "B12:B24", "C12:C21", "C22:C24",
            "B25:B29"],
)

# ---------------------------------------------------------------------------
# 6. 银川市本级 项目支出绩效自评表 (2021; 市本级, a school) — a 评分表-shaped 自评表: 一级
#    项目决策（10分）/ 项目管理（25分）/ 项目产出（30分）/ 项目效益（35分）, the weight column
#    headed “参考分值” (printed vertically; the OCR reads “考值参分”), 自评得分 98 in the header
#    block, the budget as a plain amounts line (no 分值 on it; 预算执行率 is a row of 项目管理).
#    Source: 《银川市本级部门项目支出绩效自评表》(2021年) “初中公用经费”, 银川市第六中学,
#    https://m.yzwku.com/doc/476505.html — OCR text: “IO” read 10, “M.8万元” read 14.8万元 (the
#    actual beside it prints 14.8万元), “项Fl” 项目; other garbles typed as stored. Cut: the text
#    stops at the 服务对象满意度指标（10分）row's name (“学生和老…”): that row is not typed.
#    HAND (before any run):
#    - 64.8 ÷ 64.8 = 100%.
#    - 分值 by block: 4+2+2+2 = 10; 10+7+2+6 = 25; 10+5+5+(4+3+3) = 30 (二级 labels 10/5/5/10
#      hold); 效益 15 + 10 shown + 满意度 (10分, cut) = 35. All labels hold.
#    - 得分 shown 10 + 24 + 29 + 13 + 8 = 84; 满意度 ≤ 10 → at most 94 < the stated 自评得分 98.
#      Either the 98 is a slip or the OCR misread 13/8 (15/10 would give exactly 98 with a full
#      满意度). Not decidable from this text: the rows are cut, so a checker does NOT compare 98
#      with a sum, and gives no grade from the 84 (良 would be wrong either way).
#    - 预算执行率 100% scored 9 of 10; 公用经费完成时间 met, 4 of 5 (default rule: warnings).
# ---------------------------------------------------------------------------
YINCHUAN = Table(
    source="银川市第六中学 银川市本级部门项目支出绩效自评表（2021年）初中公用经费，https://m.yzwku.com/doc/476505.html",
    layout="决策/管理/产出/效益 with a “参考分值” column, 自评得分 in the header, cut at 满意度",
    rows=[
        ["银川市本级部门项目支出绩效自评表（2021年）"],
        ["项目名称", "初中公用经费", None, "主管部门", "银川市教育局"],
        ["实施单位", "银川市第六中学", None, "自评得分", 98, "财政审核评分"],
        ["项目资金（万元）", None, "年初预算数", "调整预算数（A）", "全年执行数（B）", "执行率（B/A）"],
        [None, "年度资金总额", 64.8, 64.8, 64.8, "100%"],
        ["年度总体目标", "年初设定目标", None, "年度总体目标完成情况"],
        [None, "保障学校正常工作运行"],
        ["一级指标", "二级指标", "三级指标", "参考分值", "指标值（A）", "全年实际值（B）", "得分", "未完成原因分析及改进措施"],
        ["项目决策（10分）", "项目目标", "完整性", 4, "—", "目标明确、内容细化、目标量化", 4],
        [None, "项目立项", "相关性", 2, "—", "按照学校管理标准对学校进行管理", 2],
        [None, None, "可行性", 2, None, "实际工作需求", 2],
        [None, None, "适当性", 2, None, "有资金测第标准", 2],
        ["项目管理（25分）", "投入管理", "预算执行率", 10, "—", "100%", 9],
        [None, "财务管理", "财务管理制度有效性", 7, "—", "财务制度健全，严格执行制度，会计核算规范", 7],
        [None, "项目实施", "绩效监控有效性", 2, "—", "持续有效", 2],
        [None, None, "管理制度有效性", 6, "-", "严格执行相关管理制度", 6],
        ["项目产出（30分）", "数量指标（10分）", "保障人数", 10, "2370人", "2370人", 10],
        [None, None, "指标2："],
        [None, "质量指标（5分）", "公用经费标准", 5, "符合相关文件要求", "符合相关文件要求", 5],
        [None, None, "指标2："],
        [None, "时效指标（5分）", "公用经费完成时间", 5, "2021年12月完成", "2021年12月完成", 4],
        [None, None, "指标2："],
        [None, "成本指标（10分）", "办公所需成本", 4, "15万元", "15万元", 4],
        [None, None, "维修（维护）所需成本", 3, "35万元", "35万元", 3],
        [None, None, "绿化、水电费等成本", 3, "14.8万元", "14.8万元", 3],
        ["项目效益（35分）", "经济效益指标", "指标1："],
        [None, None, "指标2："],
        [None, "社会效益指标", "效果显著", 15, "改善学校的办学条件", "改善学校的办学条件", 13],
        [None, "生态效益指标", "指标1："],
        [None, "可持续影响指标", "使学生和老师行个更好的学习和工作环境，做到", 10, "社会认可的办学环境。",
         "社会认可的办学环境。", 8],
    ],
    merged=["A1:H1", "A4:A5", "A6:A7", "A9:A12", "B10:B12", "A13:A16", "B15:B16", "A17:A25", "B17:B18",
            "B19:B20", "B21:B22", "B23:B25", "A26:A30", "B26:B27"],
)

# ---------------------------------------------------------------------------
# 7. Sichuan 部门预算项目支出绩效自评表 (as tables.py §2 QINGSHEN, 2023; 市 level) with the
#    amounts block printed over merged gap cells (预算执行数 spans three columns), the 总额 line's
#    得分 EMPTY. Text from an image (OCR by the hosting site); cut after the first indicator's
#    完成值 (“会议培训举办次数(次) | ≥ | 1 | 次 | 1”): that row's 权重/得分 not shown.
#    Source: 南充市林业局《部门预算项目支出绩效自评表(2023年度)》“退耕还林工程建设专项工作经费”,
#    https://m.bidcenter.com.cn/newsrili-1-317588907.html
#    HAND (before any run):
#    - 5.00 ÷ 5.00 = 100% = printed; 权重 10 → 得分 10 expected, the cell is EMPTY (missing).
#    - 财政资金 5.00 = 总额; 财政专户/单位资金 0.00 (0.00% printed for 0 ÷ 0: nothing to check).
#    - Cut: no total, no grade; the first indicator's score not shown.
# ---------------------------------------------------------------------------
NANCHONG = Table(
    source="南充市林业局 部门预算项目支出绩效自评表（2023年度）退耕还林工程建设专项工作经费，"
           "https://m.bidcenter.com.cn/newsrili-1-317588907.html",
    layout="权重 style (Sichuan), 预算执行数 over merged gap columns, 总额 得分 empty, cut",
    rows=[
        ["部门预算项目支出绩效自评表(2023年度)"],
        ["项目名称", None, "51130021T000000229367-退耕还林工程建设专项工作经费"],
        ["主管部门", None, "南充市林业", None, None, None, None, "实施单位(盖章)", "南充市林业局"],
        ["项目基本情况", "1.项目年度目标完成情况", "项目年度目标", None, None, None, None, "年度目标完成情况"],
        [None, None, "实施新一轮退耕还林，规划设计、组织管理、检查验收等，督促兑付退耕还林补助资金。协助完成国家林业局"
                     "对我市2018年度新一轮退耕还林检查验收，以会代训开展退耕还林业务培训，对新从业人员进行培训等。",
         None, None, None, None,
         "实施新一轮退耕还林，规划设计、组织管理、检查验收等，督促兑付退耕还林补助资金。以会代训开展退耕还林业务培训，"
         "对新从业人员进行培训等。"],
        [None, "2.项目实施内容及过程概述", "实施新一轮退耕还林，规划设计、组织管理、检查验收等，督促兑付退耕还林补助资金。"],
        ["预算执行情况(10分)", "年度预算数(万元)", "年初预算", "调整后预算数", "预算执行数", None, None, "预算执行率",
         "权重", "得分", "原因"],
        [None, "总额", 5.00, 5.00, 5.00, None, None, "100.00%", 10],
        [None, "其中：财政资金", 5.00, 5.00, 5.00, None, None, "100.00%", "/", "/"],
        [None, "财政专户管理资金", 0.00, 0.00, 0.00, None, None, "0.00%", "/", "/"],
        [None, "单位资金", 0.00, 0.00, 0.00, None, None, "0.00%", "/", "/"],
        [None, "其他资金", None, None, None, None, None, None, "/", "/"],
        ["绩效指标(90分)", "一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "完成值", "权重", "得分",
         "未完成原因分析"],
        [None, "产出指标", "数量指标", "会议培训举办次数(次)", "≥", 1, "次", 1],
    ],
    merged=["A1:K1", "A2:B2", "C2:K2", "A3:B3", "C3:G3", "I3:K3", "A4:A6", "B4:B5", "C4:G4", "H4:K4",
            "C5:G5", "H5:K5", "C6:K6", "A7:A12", "E7:G7", "E8:G8", "E9:G9", "E10:G10", "E11:G11",
            "E12:G12", "A13:A14"],
)

# ---------------------------------------------------------------------------
# 8. National form used for a 部门整体支出绩效自评表 (Hunan 2021, the form of tables.py §14 LINGLING,
#    another unit): 年度预算申请 block with the 按收入性质分 / 按支出性质分 breakdown in two
#    parallel columns, amounts as numbers. Cut: the stored text stops inside the 年度总体目标
#    (“4:进一步减少结核病感染…”) — NO indicator row is shown. OCR marks in the goals (“接种率290%”
#    for ≥90%) typed as stored.
#    Source: 永州市零陵区疾病预防控制中心《部门整体支出绩效自评表（2021年度）》,
#    https://m.yzwku.com/doc/292440.html
#    HAND (before any run):
#    - 2456.18 ÷ 2456.18 = 100% → 10 = printed.
#    - 一般公共预算 2456.18 = total; 基本支出 2299.98 + 项目支出 156.2 = 2456.18 = total.
#    - Only the budget line's 10 of 100 points is shown: no total, and above all NO grade (10/10
#      graded 差 would be wrong; tables.py §20 SUIYANG was once graded that way).
# ---------------------------------------------------------------------------
LINGLING_CDC = Table(
    source="永州市零陵区疾病预防控制中心 部门整体支出绩效自评表（2021年度），https://m.yzwku.com/doc/292440.html",
    layout="national form for 部门整体 (Hunan), 按收入性质分/按支出性质分 columns, cut before the indicators",
    rows=[
        ["部门整体支出绩效自评表"],
        ["（2021年度）"],
        ["区级预算单位名称", "永州市零陵区疾病预防控制中心"],
        ["年度预算申请\n（万元）", None, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
        [None, "年度资金总额", 2456.18, 2456.18, 2456.18, 10, "100%", 10],
        [None, "按收入性质分：", 2456.18, "按支出性质分：", 2456.18],
        [None, "其中：一般公共预算：", 2456.18, "其中：基本支出：", 2299.98],
        [None, "政府性基金拨款：", None, "项目支出：", 156.2],
        [None, "纳入专户管理的非税收入拨款："],
        [None, "其他资金："],
        ["年度总体目标", "预期目标", None, None, None, "实际完成情况"],
        [None, "1：适龄儿童国家免疫规划接种率290%。2：减少艾滋病新发感染，降低艾滋病病死率，暗娼、男性同性性行为人群"
               "艾滋病检测比例70%o3：加强传染病疫情监测、流行病学调查和疫情分析研判，及时处置暴发疫情，逐步降低重点传染病"
               "的危害，完成率280%。4：进一步减少结核病感染"],
    ],
    merged=["A1:H1", "A2:H2", "A4:A10", "A11:A12"],
)

P16_TABLES = {
    "永德": YONGDE, "临翔": LINXIANG, "新洲": XINZHOU, "昌宁": CHANGNING, "河西村": HEXI,
    "银川": YINCHUAN, "南充": NANCHONG, "零陵疾控": LINGLING_CDC,
}
