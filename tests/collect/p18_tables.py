"""Published 自评表 the city path had never seen (task p18), typed as printed.

Found with the search tool's "pages" corpus; none of the URLs or unit names was in tests/ before
(grep). Each comment gives the source and the HAND RESULT — what a careful scorer expects from the
printed numbers alone, written before any run of ``templates new`` / ``distribute`` / ``collect``.
Only what the stored text shows is typed; where it stops, the table stops.
"""

from __future__ import annotations

from tests.selfeval.tables import Table

# ---------------------------------------------------------------------------
# 1. Yunnan 市级 A/B form: 预算执行情况（万元）（20分）| 预算数（A）| 执行数（B）| 执行率（B/A）|
#    得分（20分*执行率）; 年度绩效目标（80分）with 一级 labels “产出指标（60分）”“效益指标（10分）”
#    “满意度指标（10分）”; NO 分值 column (the rows' weights are not printed); 总分（100分）| 100 |
#    自评等级 | 优. Complete.
#    Source: 保山市退役军人事务局《2022年度项目支出绩效自评表》（填报日期 2023年4月6日）“春节走访慰问
#    经费”, https://alkalih2o.com/info/7798/9446904.htm (a copy of the bureau's 附件1).
#    HAND (before any run):
#    - 34.64 ÷ 34.64 = 100% → 20 × 1 = 20 = printed.
#    - Rows: 20 + 20 + 20 (产出 60) + 10 (效益) + 10 (满意度) = 80; with the budget 20 → 100 = printed
#      总分 100 → 优 = printed. No slip in the table.
#    - As a template source: the rows print no 分值 → a template cannot score them until the author
#      gives each row its weight (效益 and 满意度 have one row each: 10 = the label; 产出 60 over three
#      rows is not printed per row). Expected: `templates new` names the rows without a weight and
#      writes no spec; with the weights typed in the review sheet (20/20/20/10/10, as the scores
#      show every row met in full) it writes one.
#    - Targets: “100%” (bare: 正向 or 反向 not printed), “按时限完成” (定性), “小于5次” (反向, <5次).
# ---------------------------------------------------------------------------
BAOSHAN = Table(
    source="保山市退役军人事务局 2022年度项目支出绩效自评表（填报日期 2023年4月6日）春节走访慰问经费，"
           "https://alkalih2o.com/info/7798/9446904.htm",
    layout="Yunnan A/B form, 得分（20分*执行率）, 年度绩效目标（80分）, no 分值 column, 总分 + 自评等级",
    rows=[
        ["2022年度项目支出绩效自评表"],
        ["单位名称：保山市退役军人事务局", None, None, None, "填报日期：2023年4月6日"],
        ["项目名称", "春节走访慰问经费"],
        ["主管部门", "保山市退役军人事务局", None, "项目实施单位", "保山市退役军人事务局"],
        ["项目类别", "1、部门预算项目 R 2、市直专项 □ 3、市对下转移支付项目 □"],
        ["项目属性", "1、持续性项目 R 2、新增性项目 □"],
        ["预算执行情况（万元）（20分）", None, "预算数（A）", "执行数（B）", "执行率（B/A）", "得分（20分*执行率）"],
        [None, "年度财政资金总额", 34.64, 34.64, "100%", 20],
        ["年度绩效目标（80分）", "一级指标", "二级指标", "三级指标", "年初目标值（A）", "实际完成值（B）", "得分"],
        [None, "产出指标（60分）", "数量指标",
         "慰问伤残军人50人；革命烈士遗属50人；因公牺牲和病故军人家属、在乡老复员军人等重点优抚对象50人；"
         "烈士家庭6户；市直企业军转干部101人；驻保部队8家；边海防官兵320人。", "100%", "100%", 20],
        [None, None, "质量指标", "补助经费足额拨付率", "100%", "100%", 20],
        [None, None, "时效指标", "春节前完成走访慰问", "按时限完成", "100%", 20],
        [None, "效益指标（10分）", "社会效益指标", "全市重点优抚对象、企业军转干部总体保持稳定，年内无群体性事件发生",
         "小于5次", "无上访", 10],
        [None, "满意度指标（10分）", "服务对象满意度指标", "重点优抚对象、企业军转干部、驻保部队、边海防官兵满意率",
         "100%", "100%", 10],
        ["总分（100分）", 100, None, "自评等级", "优"],
        ["偏差大或目标未完成原因分析", "无"],
        ["改进措施及结果应用方案", "无"],
    ],
    merged=["A7:B7", "A9:A14", "B10:B12"],
)

# ---------------------------------------------------------------------------
# 2. Anhui 部门整体支出绩效自评表 (national lines: 预算资金（万元）| 年初预算数 | 全年预算数 | 全年执行数 |
#    分值 | 执行率 | 得分), the 三级 names numbered “指标1：…”, the 年度资金总额 line's 得分 EMPTY,
#    execution above 100 %. Cut: the stored text stops at “成本指标 | 指标1：”.
#    Source: 金寨县茶谷和美丽乡村建设服务中心《部门整体支出绩效自评表（2023年度）》,
#    https://www.ahjinzhai.gov.cn/public/6624963/37545031.html
#    HAND (before any run):
#    - 338.31 ÷ 329.77 = 1.025896… → 102.59% = printed (both lines). 得分 = 执行率 × 分值, not above
#      分值 → min(10, 10.26) = 10; printed: blank → score missing (not 0, not 10).
#    - Rows: 数量 10 × 4 (≤4 → 4: met; ≥200 → 202; ≥2000 → 3061; ≥10 → 10), 质量 5 × 2 (100% ≥ 95%),
#      时效 5 × 2 (“9月前” → 7月, “11月前” → 10月: 定性, met) — every row full: 40 + 10 + 10 = 60.
#    - Cut inside 成本指标 and before 效益/满意度: no 总分, no grade.
#    - As a template source: a cut table: 分值 10 + 60 = 70 — a city must not hand it out as a
#      100-point table; expected: `templates new` says the weights add to 70, not 100.
# ---------------------------------------------------------------------------
JINZHAI = Table(
    source="金寨县茶谷和美丽乡村建设服务中心 部门整体支出绩效自评表（2023年度），"
           "https://www.ahjinzhai.gov.cn/public/6624963/37545031.html",
    layout="Anhui 部门整体 (national lines), 指标1：/指标2： names, budget 得分 empty, 102.59%, cut at 成本",
    rows=[
        ["部门整体支出绩效自评表"],
        ["（2023年度）"],
        ["部门", "金寨县茶谷和美丽乡村建设服务中心"],
        ["预算资金 （万元）", None, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
        [None, "年度资金总额", 329.77, 329.77, 338.31, 10, "102.59%"],
        [None, "其中：当年财政拨款", 329.77, 329.77, 338.31, "—", "102.59%", "—"],
        [None, "上年结转资金", None, None, None, "—", None, "—"],
        [None, "其他资金", None, None, None, "—", None, "—"],
        ["年度总体目标", "预期目标", None, None, None, "实际完成情况"],
        [None, "1.建设徽风皖韵美丽乡村；2.整治美丽宜居自然村庄；3.推进农村改厕提质增效；4.深入开展村庄清洁行动；"
               "5.促进茶谷果岭融合发展。", None, None, None,
         "1.启动燕子河镇龙马村、花石乡大湾村等4个精品示范村建设；2.整治美丽宜居自然村庄202个；"
         "3.完成农村户用卫生厕所改造3061户；4.全面完成2022年度10个省级中心村各项建设任务，并顺利通过省级验收；"
         "加快2023年度10个省级中心村任务，确保2024年通过各级验收。"],
        ["绩效指标", "一级指标", "二级指标", "三级指标", "年度 指标值", "实际 完成值", "分值", "得分",
         "偏差原因分析及改进措施"],
        [None, "产出指标", "数量指标", "指标1：开展精品示范村建设数量", "≤4", 4, 10, 10],
        [None, None, None, "指标2：建设美丽宜居自然村庄数量", "≥200", 202, 10, 10],
        [None, None, None, "指标3：完成农村户用卫生厕所改造数量", "≥2000", 3061, 10, 10],
        [None, None, None, "指标4：新建省级中心村数量", "≥10", 10, 10, 10],
        [None, None, "质量指标", "指标1：美丽宜居自然村庄验收通过率", "≥95%", "100%", 5, 5],
        [None, None, None, "指标2：户用卫生厕所改造验收通过率", "≥95%", "100%", 5, 5],
        [None, None, "时效指标", "指标1：完成美丽宜居自然村庄验收时间", "9月前", "7月", 5, 5],
        [None, None, None, "指标2：完成户用卫生厕所改造验收时间", "11月前", "10月", 5, 5],
        [None, None, "成本指标", "指标1："],
    ],
    merged=["A4:A8", "A9:A10", "A11:A20", "B12:B20", "C12:C15", "C16:C17", "C18:C19"],
)

# ---------------------------------------------------------------------------
# 3. Fujian 市级 2024 self-evaluation printed as a LIST in the report text (no grid): each line
#    “名称（单位），目标值X，完成值Y，分值W，得分S”, grouped under (一)产出 (二)成本 (三)效益. Typed here
#    into the national 自评表 columns in the order printed (成本 before 产出, as the report prints it);
#    the 目标值 carry no ≥/≤ (as printed). Cut: the text stops at “3、” under 效益指标; no budget
#    line is printed in the part shown. The report states “绩效自评得分100分，等级为优，设置绩效目标11个”.
#    Source: 莆田市市场监督管理局《2024年度市级预算项目绩效自评报告（标准化工作专项补助经费）》
#    (2025-05-12), https://scjgj.putian.gov.cn/xxgk/czzj/zxzj/202505/t20250512_1994584.htm
#    HAND (before any run):
#    - 10 of the 11 targets shown: 分值 10 + 6+6+6 + 6+8 + 8 + 10+10+10 = 80; 得分 the same 80; every
#      完成值 ≥ 目标值 (200/200, 2/2, 5/5, 2/2, 17/17, 7/7, 100/90, 350/300, 24/4, 2500/2200).
#    - The stated 100 is not the sum of what is shown (80, one target and 20 points not shown):
#      no total, no grade from the rows.
#    - As a template source: targets without ≥/≤ — 正向 or 反向 is not printed; a careful author
#      writes ≥ (all are counts or rates to reach) — the tool must not guess; weights add to 80.
# ---------------------------------------------------------------------------
PUTIAN = Table(
    source="莆田市市场监督管理局 2024年度市级预算项目绩效自评报告（标准化工作专项补助经费），"
           "https://scjgj.putian.gov.cn/xxgk/czzj/zxzj/202505/t20250512_1994584.htm",
    layout="report list typed into national columns; bare 目标值; cut at 效益 “3、”; stated 100 优",
    rows=[
        ["2024年度市级预算项目绩效自评（标准化工作专项补助经费）"],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
        ["成本指标", "经济成本指标", "获得补助企事业单位获得补助金额（万元）", 200, 200, 10, 10],
        ["产出指标", "数量指标", "主导制修订国家标准的项目数量（项）", 2, 2, 6, 6],
        [None, None, "主导制修订行业标准项目数量（项）", 5, 5, 6, 6],
        [None, None, "参与制修订国家标准项目数量（项）", 2, 2, 6, 6],
        [None, "质量指标", "获得标准化工作项目补助奖励的单位数量（家）", 17, 17, 6, 6],
        [None, None, "主导制修订项目数量（项）", 7, 7, 8, 8],
        [None, "时效指标", "项目完成及时率（%）", 90, 100, 8, 8],
        ["效益指标", "社会效益指标", "标准文本宣传和解读（份）", 300, 350, 10, 10],
        [None, None, "奖励制修订标准项目（项）", 4, 24, 10, 10],
        [None, None, "强化社会公众的标准化意识（人）", 2200, 2500, 10, 10],
    ],
    merged=["A4:A9", "B4:B6", "B7:B8", "A10:A12", "B10:B12"],
)
