"""Real published self-evaluation tables (项目支出绩效自评表), typed into sheets as printed.

Each table names its source (found with the search tool's "pages" corpus). Only
what the published text shows is typed; where an excerpt stops, the table stops,
and a cell the text does not show is left blank (and must then be treated as
unknown, never as 0). Each ``Table`` lists its printed slips and the corrected
value of each slip's cell.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import openpyxl

Rows = list[list[Any]]


@dataclass
class Table:
    source: str
    layout: str
    rows: Rows
    merged: list[str] = field(default_factory=list)
    #: cell → value that corrects a slip printed in the published table
    corrections: dict[str, Any] = field(default_factory=dict)
    #: the findings (cell, check) the slips must raise, as printed
    slips: list[tuple[str, str]] = field(default_factory=list)
    #: the sheet's name in the saved workbook
    sheet: str = "自评表"

    def save(self, path: Path, *, corrected: bool = False,
             changes: dict[str, Any] | None = None) -> Path:
        wb = openpyxl.Workbook()
        ws = wb.active
        ws.title = self.sheet
        for r, row in enumerate(self.rows, start=1):
            for c, v in enumerate(row, start=1):
                if v is not None:
                    ws.cell(r, c, v)
        for rng in self.merged:
            ws.merge_cells(rng)
        for ref, v in {**(self.corrections if corrected else {}), **(changes or {})}.items():
            ws[ref] = v
        wb.save(path)
        return path


# ---------------------------------------------------------------------------
# 1. National layout (财预〔2020〕10号 附件): 项目资金 block + 年度总体目标 + 绩效指标 with
#    "产出指标(50分)" labels. Source: 池州市贵池区棠溪镇人民政府《项目支出绩效自评表（2022年度）》
#    项目“委托业务项目”, http://www.anthempetcare.com/upload_cz/download?id=502364&siteId=2
#    (a copy of the published attachment). The excerpt ends inside the 满意度指标 block
#    ("公众满…"): that row's cells are not shown, so they are blank here, and there is
#    no 总分 row in what is typed.
#    Printed slip: 年度资金总额 printed as 0 / 0 / 0 over 其中：本年财政拨款 90 / 89.974 /
#    89.974 (so its 执行率 0 and 得分 0 follow from nothing).
# ---------------------------------------------------------------------------
TANGXI = Table(
    source="池州市贵池区棠溪镇人民政府 项目支出绩效自评表（2022年度）委托业务项目，"
           "http://www.anthempetcare.com/upload_cz/download?id=502364&siteId=2",
    layout="national (项目资金 block, 一级 “(N分)” labels, no 总分 row in the excerpt)",
    rows=[
        ["项目支出绩效自评表"],
        ["（2022年度）"],
        ["项目名称", "委托业务项目"],
        ["主管部门", "219-池州市贵池区棠溪镇人民政府", None, None, "实施单位", "219001-池州市贵池区棠溪镇人民政府"],
        ["项目资金\n（万元）", None, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
        [None, "年度资金总额：", 0, 0, 0, 10, 0, 0],
        [None, "其中：本年财政拨款", 90, 89.974, 89.974],
        [None, "上年结转资金"],
        [None, "其他资金"],
        ["年度总体目标", "预期目标", None, None, None, "实际完成情况"],
        [None, "本项目共申请预算资金90万元。其中：30万元用于基建工程项目预算编制；30万元用于基建工程项目审计；"
               "30万元用于基建工程项目设计、规划、测绘。", None, None, None,
         "本项目共完成预算资金89.97万元。其中：30万元用于基建工程项目预算编制；30万元用于基建工程项目审计；"
         "29.99万元用于基建工程项目设计、规划、测绘。"],
        ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
         "偏差原因分析及改进措施"],
        [None, "产出指标(50分)", "数量指标", "基建工程委托业务项目数量", "≥50个", 50, 8, 8],
        [None, None, "质量指标", "委托业务报告合格率", "≥100百分比", 100, 8, 8],
        [None, None, None, "经费支出合规性", "严格执行相关制度规定", "达成预期指标", 8, 8],
        [None, None, "时效指标", "提交报告及时性", "在项目计划完成时间内完成", "达成预期指标", 8, 8],
        [None, None, "成本指标", "项目总成本", "≤90万元", 90, 8, 8],
        [None, None, None, "单项业务成本", "符合相关规定", "达成预期指标", 10, 10],
        [None, "效益指标(30分)", "社会效益指标", "对维护基建市场公平的影响程度", "效果明显", "达成预期指标", 10, 10],
        [None, None, "生态效益指标", "对控制基建项目成本影响程度", "效果明显", "达成预期指标", 10, 10],
        [None, None, "可持续影响指标", "对推动基建项目“四项制度”健全和落实的持续性影响", "效果明显",
         "达成预期指标", 10, 10],
        [None, None, "经济效益指标"],
        [None, "满意度指标(10分)", "满意度指标", "公众满意度"],
    ],
    merged=["A1:I1", "A2:I2", "A5:A9", "A10:A11", "A12:A23", "B13:B18", "C14:C15", "C17:C18",
            "B19:B22"],
    # corrected: the 其中 line's amounts in the total line; 89.974 ÷ 89.974 = 100% → 10 × 1 = 10
    corrections={"C6": 90, "D6": 89.974, "E6": 89.974, "G6": "100%", "H6": 10},
    slips=[("C6", "fund-sum"), ("D6", "fund-sum"), ("E6", "fund-sum")],
)

# ---------------------------------------------------------------------------
# 2. 权重 style (Sichuan 部门预算项目支出绩效自评表): 预算执行情况（10分）block with
#    年初预算 / 调整后预算数 / 预算执行数 / 预算执行率 / 权重 / 得分 and 其中 lines; indicators
#    with split targets 指标性质 | 指标值 | 度量单位 | 完成值 | 权重 | 得分; 合计 row.
#    Source: 青神县发展和改革局 部门预算项目支出绩效自评表（2023年度）“工资性支出”,
#    https://www.scqs.gov.cn/info/13206/211004.htm — published with every 完成值 and
#    得分 blank (an unfilled form): blank scores are 未填写, the 合计 has no score, no grade.
#    No slip printed.
# ---------------------------------------------------------------------------
QINGSHEN = Table(
    source="青神县发展和改革局 部门预算项目支出绩效自评表（2023年度）工资性支出，"
           "https://www.scqs.gov.cn/info/13206/211004.htm",
    layout="权重 style (split targets, 预算执行情况 block, blank scores, 合计 with weight only)",
    rows=[
        ["部门预算项目支出绩效自评表(2023年度)"],
        ["项目名称", "51000021R000000019951-工资性支出"],
        ["主管部门", "青神县发展和改革局本级", None, None, "实施单位 (盖章)", "青神县发展和改革局"],
        ["项目基本情况", "1.项目年度目标完成情况", "项目年度目标", None, None, "年度目标完成情况"],
        [None, None, "严格执行相关政策，保障工资及时、足额发放或社保及时、足额缴纳，预算编制科学合理，减少结余资金。",
         None, None, "对照年度目标，说明相关任务目标的完成情况（100字以内）"],
        [None, "2.项目实施内容及过程概述"],
        ["预算执行情况（10分）", "年度预算数（万元）", "年初预算", "调整后预算数", "预算执行数", "预算执行率",
         "权重", "得分", "原因"],
        [None, "总额", 238.93, 251.89, 251.89, "100.00%", 10, None,
         "1.预算执行率=预算执行数/调整后预算数，预算执行率未达到90%的需说明原因（100字以内）"],
        [None, "其中：财政资金", 238.93, 251.89, 251.89, "100.00%", "/", "/"],
        [None, "财政专户管理资金", 0, 0, 0, "0.00%", "/", "/"],
        [None, "单位资金", 0, 0, 0, "0.00%", "/", "/"],
        [None, "其他资金", None, None, None, None, "/", "/"],
        ["绩效指标（90分）", "一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "完成值", "权重",
         "得分", "未完成原因分析"],
        [None, "产出指标", "数量指标", "发放（缴纳）覆盖率", "=", 100, "%", None, 60, None],
        [None, "效益指标", "社会效益指标", "足额保障率（参保率）", "=", 100, "%", None, 30, None],
        ["合计", None, None, None, None, None, None, None, 100],
        ["评价结论", "结合自评情况，说明项目自评总分，说明项目实施取得的成效或成果。（200字以内）"],
    ],
    merged=["A7:A12", "A13:A15", "A16:H16"],
)

# ---------------------------------------------------------------------------
# 3. 权重 style whose 年初预算 is 0 and 调整后预算数 is not: the rate's denominator must be
#    the one the table defines (调整后预算数). Source: 大英县司法局 部门预算项目支出绩效
#    自评表（2023年度）“2023年全县安可替代补助资金项目”, https://dyxrmt.cn/article-157795-21.html
#    The excerpt stops after the first indicator's 指标值 (= 100): the rest of that row is
#    blank here. No slip printed (the 0.00% over 0 ÷ 0 lines is reported as a warning).
# ---------------------------------------------------------------------------
DAYING = Table(
    source="大英县司法局 部门预算项目支出绩效自评表（2023年度）2023年全县安可替代补助资金项目，"
           "https://dyxrmt.cn/article-157795-21.html",
    layout="权重 style with 年初预算 0 (denominator 调整后预算数), 0 ÷ 0 printed as 0.00%",
    rows=[
        ["部门预算项目支出绩效自评表(2023年度)"],
        ["项目名称", "51092324T000010263357-2023年全县安可替代补助资金项目"],
        ["主管部门", "大英县司法局部门", None, None, "实施单位", "大英县司法局"],
        ["项目基本情况", "1.项目年度目标完成情况", "项目年度目标", None, None, "年度目标完成情况"],
        [None, None, "根据要求购买安可设备，并完成项目资金支付。", None, None, "完成"],
        [None, "2.项目实施内容及过程概述", "2023年购买13台安可电脑，并于12月前完成资金支付。"],
        ["预算执行情况(10分)", "年度预算数(万元)", "年初预算", "调整后预算数", "预算执行数", "预算执行率", "权重",
         "得分", "原因"],
        [None, "总额", "0.00", "3.36", "3.36", "100.00%", 10, 10,
         "1.预算执行率=预算执行数/调整后预算数，预算执行率未达到90%的需说明原因(100字以内)"],
        [None, "其中:财政资金", "0.00", "3.36", "3.36", "100.00%", "/", "/"],
        [None, "财政专户管理资金", "0.00", "0.00", "0.00", "0.00%", "/", "/"],
        [None, "单位资金", "0.00", "0.00", "0.00", "0.00%", "/", "/"],
        [None, "其他资金", None, None, None, None, "/", "/"],
        ["绩效指标(90分)", "一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "完成值", "权重",
         "得分", "未完成原因分析"],
        [None, "产出指标", "质量指标", "完成安可产品购买并按要求支付资金", "=", 100],
    ],
    merged=["A7:A12", "A13:A14"],
)

# ---------------------------------------------------------------------------
# 4. "A/B" style (Hubei 2020): 预算数(A) | 执行数(B) | 执行率(B/A) | 得分(20分*执行率), then
#    年初目标值(A) | 实际完成值(B) | 得分 with no per-row weight; 总分 row.
#    Source: 《2020年度长江禁捕项目自评表》(渔业成品油价格改革补贴), 单位名称：农业工作科,
#    https://1wenmi.com/doc/330418.html — text from a scan (OCR): the rows are read as
#    补贴渔船数 6 / 6 → 20; 渔船补贴发放率 100% / 100% → 10; 时效 "12月底之前完成"
#    100% / 100% → 10 (the "10 / 0%" split across the page break); 服务对象满意度
#    (退捕渔民抽样调查满意度) ≥90% / 90% → 40; 预算执行 1.56 / 1.56 / 1 → 20; 总分 100
#    (20 + 20 + 10 + 10 + 40 = 100). No slip printed.
# ---------------------------------------------------------------------------
CHANGJIANG = Table(
    source="2020年度长江禁捕项目自评表（渔业成品油价格改革补贴），https://1wenmi.com/doc/330418.html",
    layout="A/B style (20分*执行率 header, no per-row weight, 总分 row)",
    rows=[
        ["2020年度长江禁捕项目自评表"],
        ["单位名称：农业工作科", None, None, "填报日期："],
        ["项目名称", "渔业成品油价格改革补贴", None, "主管部门", "区市场监督管理局"],
        ["预算执行情况（万元）（20分）", None, "预算数（A）", "执行数（B）", "执行率（B/A）", "得分（20分*执行率）"],
        [None, "年度财政资金总额", 1.56, 1.56, 1, 20],
        ["年度绩效目标", "一级指标", "二级指标", "三级指标", "年初目标值（A）", "实际完成值（B）", "得分"],
        [None, "产出指标", "数量指标", "补贴渔船数", 6, 6, 20],
        [None, None, "质量指标", "渔船补贴发放率", "100%", "100%", 10],
        [None, None, "时效指标", "12月底之前完成", "100%", "100%", 10],
        [None, "效益指标", "满意度指标", "退捕渔民抽样调查满意度", "≥90%", "90%", 40],
        ["总分", None, None, None, None, None, 100],
        ["偏差大或目标未完成原因分析", "无"],
    ],
    merged=["A4:A5", "A6:A10", "B7:B9", "A11:F11"],
)

# ---------------------------------------------------------------------------
# 5. "A/B" style with two target blocks, each under its own repeated header labelled
#    "年度绩效目标1（40分）" / "年度绩效目标2（40分）"; 总分 99.6.
#    Source: 《2020年度水土保持监测项目绩效自评表》, 单位名称：黄冈市水土保持与农田水利科研所,
#    填报日期：2021年3月10日 (document-sharing page; the pages corpus gives no address).
#    20 + 10 + 10 + 19.6 + 20 + 20 = 99.6. No slip printed.
# ---------------------------------------------------------------------------
HUANGGANG = Table(
    source="2020年度水土保持监测项目绩效自评表，黄冈市水土保持与农田水利科研所（填报日期 2021年3月10日）",
    layout="A/B style, two target blocks with repeated header, 总分 row",
    rows=[
        ["2020年度水土保持监测项目绩效自评表"],
        ["单位名称：黄冈市水土保持与农田水利科研所", None, None, "填报日期：2021年3月10日"],
        ["项目名称", "水土保持监测", None, "主管部门", "黄冈市水利和湖泊局"],
        ["预算执行情况（万元）（20分）", None, "预算数（A）", "执行数（B）", "执行率（B/A）", "得分（20分*执行率）"],
        [None, "年度财政资金总额", 10, 10, "100%", 20],
        ["年度绩效目标1（40分）", "一级指标", "二级指标", "三级指标", "年初目标值（A）", "实际完成值（B）", "得分"],
        [None, "产出指标", "质量指标", "监测数据必须合格", "100%", "100%", 10],
        [None, None, "进度指标", "取得2018-2022监测资料", "100%", "100%", 10],
        [None, "效益指标", "服务对象满意度指标", "整编资料审核", "98%", "98%", 19.6],
        ["年度绩效目标2（40分）", "一级指标", "二级指标", "三级指标", "年初目标值（A）", "实际完成值（B）", "得分"],
        [None, "产出指标", "质量指标", "监测数据资料整编", "100%", "100%", 20],
        [None, None, "进度指标", "完成年度资料上报", "100%", "100%", 20],
        [None, "效益指标", "社会效益指标"],
        [None, None, "满意度指标"],
        ["总分", None, None, None, None, None, 99.6],
    ],
    merged=["A4:A5", "A6:A9", "A10:A14", "A15:F15"],
)

# ---------------------------------------------------------------------------
# 6. No 分值 and no 得分 at all: 全年预算数(A) | 全年执行数(B) | 执行率(B/A) and indicators
#    年度指标值 | 全年完成值 only. There is nothing to score: the reader must refuse.
#    Source: 衡山县《2020年度县级专项资金绩效目标自评表》县级储备粮,
#    https://taowenge.com/p-72820237.html
# ---------------------------------------------------------------------------
HENGSHAN = Table(
    source="衡山县 2020年度县级专项资金绩效目标自评表（县级储备粮），https://taowenge.com/p-72820237.html",
    layout="amounts and targets only (no 分值/得分): not a scoring table",
    rows=[
        ["2020年度县级专项资金绩效目标自评表"],
        ["专项资金名称", "县级储备粮", None, "负责人及电话", "旷建成、向建军"],
        ["项目资金（万元）", None, "全年预算数（A）", "全年执行数（B）", "执行率（B/A）"],
        [None, "年度资金总额", 194.9, 194.9, "100%"],
        [None, "其中：中央、省、市补助县级资金", 194.9, 194.9, "100%"],
        [None, "其他资金"],
        ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "全年完成值", "未完成原因和改进措施"],
        [None, "产出指标", "数量指标", "5000吨稻谷、500吨成品粮储备到位率", "100%", "100%"],
        [None, None, None, "库存数量真实率", "100%", "100%"],
    ],
)

# ---------------------------------------------------------------------------
# 7. National layout with "(A)/(B)" suffixes (全年预算数(A) | 全年执行数(B) | 执行率(B/A)),
#    一级 cells printed as "(50分)" under a vertical name, the form's unused lines
#    ("指标2：", "……", "指标1：/ / /") left in, 总分 row. Source: 天长市水利局水旱灾害防御股
#    项目支出绩效自评表（2022年度）“水旱灾害防御经费” (published 2023-12-05; the pages
#    corpus gives no address). The 执行率 cell of 年度资金总额 is blank as printed
#    ("880 880 880 10 10"). The 一级 names (产出指标/效益指标) are lost in the text
#    extraction and typed from the form. 10 + 50 + 30 + 10 = 100. No slip printed.
# ---------------------------------------------------------------------------
TIANCHANG = Table(
    source="天长市水利局水旱灾害防御股 项目支出绩效自评表（2022年度）水旱灾害防御经费（发布 2023-12-05）",
    layout="national with (A)/(B) suffixes, unused form lines, 总分 row",
    rows=[
        ["项目支出绩效自评表"],
        ["(2022年度)"],
        ["项目名称", "水旱灾害防御经费"],
        ["主管部门", None, None, None, "实施单位", "天长市水利局"],
        ["项目资金\n(万元)", None, "年初预算数", "全年预算数(A)", "全年执行数(B)", "分值", "执行率(B/A)", "得分"],
        [None, "年度资金总额:", 880, 880, 880, 10, None, 10],
        [None, "其中:本年财政拨款", 880, 880, 880, None, "-", "-"],
        [None, "上年结转资金", None, None, None, None, "-", "-"],
        [None, "其他资金", None, None, None, None, "-", "-"],
        ["年度总体目标完成情况", "预期目标", None, None, None, "实际完成情况"],
        [None, "完成年度防汛工作，完成中型灌区节水改造项目和农业综合水价改革项目。", None, None, None,
         "完成年度目标。"],
        ["年度绩效指标完成情况", "一级\n指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
         "偏差原因分析及改进措施"],
        [None, "产出指标\n(50分)", "数量指标", "指标1:完成中型灌区节水改造项目数量", 1, 1, 10, 10],
        [None, None, None, "指标2:完成农业综合水价改革项目", 1, 1, 10, 10],
        [None, None, None, "……"],
        [None, None, "质量指标", "指标1:工程质量合格", None, None, 10, 10],
        [None, None, None, "指标2:"],
        [None, None, None, "……"],
        [None, None, "时效指标", "指标1:年度资金支付完成率100%", None, None, 10, 10],
        [None, None, None, "指标2:"],
        [None, None, "成本指标", "指标1:资金执行在预算范围内", None, None, 10, 10],
        [None, None, None, "指标2:"],
        [None, "效益指标\n(30分)", "经济效益\n指标", "指标1:全市安全度汛", None, None, 10, 10],
        [None, None, None, "指标2:"],
        [None, None, "社会效益\n指标", "指标1:保护全市人口财产不受损失", None, None, 10, 10],
        [None, None, None, "指标2:"],
        [None, None, "生态效益\n指标", "指标1:/", "/", "/"],
        [None, None, None, "指标2:"],
        [None, None, "可持续影\n响指标", "指标1:已建工程良性运行", None, None, 10, 10],
        [None, None, None, "指标2:"],
        [None, "满意度指标\n(10分)", "服务对象\n满意度指标", "指标1:服务对象满意度", "90%", "100%", 10, 10],
        [None, None, None, "指标2:"],
        ["总分", None, None, None, None, None, 100, 100],
    ],
    merged=["A5:A9", "A10:A11", "A12:A32", "B13:B22", "B23:B30", "B31:B32", "A33:F33"],
)

# ---------------------------------------------------------------------------
# 8. National layout (2019), no 总分 row in what is published, unused form lines left in.
#    Source: 廊坊市食品工程学校 项目支出绩效自评表（2019年度）“办公宿舍楼、食堂及餐厅暖通改造经费”,
#    http://www.lfsp.cn/newsinfo/1158053.html
#    Printed slip: 预算执行率 37.24 ÷ 43.2 = 86.20…% (printed 86%, correct at 0 decimals)
#    scored 9, a proportional score rounded up to a whole point: 10 × 0.8620 = 8.62.
#    Scores 9 + (9+10+10+10+10) + (10+10+10) + 10 = 98 as printed, 97.62 corrected.
#    (工程资金金额 43.2 → 37.24 scored 9 of 10: the default 10 × 37.24/43.2 = 8.62 differs,
#    a warning only — the table prints no rule.)
# ---------------------------------------------------------------------------
LANGFANG = Table(
    source="廊坊市食品工程学校 项目支出绩效自评表（2019年度）办公宿舍楼、食堂及餐厅暖通改造经费，"
           "http://www.lfsp.cn/newsinfo/1158053.html",
    layout="national, no 总分 row, unused form lines",
    rows=[
        ["项目支出绩效自评表"],
        ["(2019年度)"],
        ["项目名称", "办公宿舍楼、食堂及餐厅暖通改造经费"],
        ["主管部门", "廊坊市发改委", None, None, "实施单位", "廊坊市食品工程学校"],
        ["项目资金\n(万元)", None, "年初\n预算数", "全年\n预算数", "全年\n执行数", "分值", "执行率", "得分"],
        [None, "年度资金总额", 43.2, 43.2, 37.24, 10, "86%", 9],
        [None, "其中:当年财政拨款", 43.2, 43.2, 37.24],
        [None, "上年结转资金"],
        [None, "其他资金"],
        ["年度总体目标", "预期目标", None, None, None, "实际完成情况"],
        [None, 43.2, None, None, None, 37.24],
        [None, "一级指标", "二级指标", "三级指标", "年度\n指标值", "实际\n完成值", "分值", "得分",
         "偏差原因分析及改进措施"],
        [None, "产出指标", "数量指标", "指标1工程资金金额", 43.2, 37.24, 10, 9,
         "已完工，剩余3%尾款未付，且最高限价低于预算金额。提高预算准确度。"],
        [None, None, None, "指标2"],
        [None, None, None, "……"],
        [None, None, "质量指标", "指标1工程完工率", 100, 100, 10, 10],
        [None, None, None, "指标2工程验收合格率", 100, 100, 10, 10],
        [None, None, None, "……"],
        [None, None, "时效指标", "指标1项目完成及时率", 100, 100, 10, 10],
        [None, None, None, "指标2"],
        [None, None, "成本指标", "指标1成本控制率", 100, 100, 10, 10],
        [None, None, None, "指标2"],
        [None, "效益指标", "经济效益\n指标", "指标1安全率", 100, 100, 10, 10, 0],
        [None, None, None, "指标2"],
        [None, None, "社会效益\n指标", "指标1学校发展能力", 100, 100, 10, 10, 0],
        [None, None, "生态效益\n指标", "指标1"],
        [None, None, "可持续影响\n指标", "指标1长期使用性", 100, 100, 10, 10],
        [None, "满意度\n指标", "服务对象满意度指标", "指标1学生满意度", 100, 100, 10, 10, 0],
    ],
    merged=["A5:A9", "A10:A11", "B13:B22", "B23:B27"],
    # 10 × 37.24 ÷ 43.2 = 8.6203… → 8.62
    corrections={"H6": 8.62},
    slips=[("H6", "budget-score")],
)

SCORED = [TANGXI, QINGSHEN, DAYING, CHANGJIANG, HUANGGANG, TIANCHANG, LANGFANG]

# ---------------------------------------------------------------------------
# 9. "A/B" style (the Hubei form of tables 4–5) with 一级 labels "产出指标（60分）" /
#    "效益指标（40分）" under a block labelled "年度绩效目标（80分）", no per-row 分值, 总分 row.
#    Source: 区商务局《2020年市级服务贸易发展资金项目自评表》(填报日期 2021年4月22日; 项目实施单位
#    投资促进中心), https://www.kunmingchi.com/archives/973rxnk2je7n4oep6ym4.html
#    ("【市财政局、市商务局拨付2020年市级服务贸易发展资金的通知】项目自评表.doc").
#    The page text is a PDF extraction whose cells are out of order: the rows and their
#    values are in print order; the 二级 name of each row (数量 / 质量 / 时效) is
#    reconstructed from the order of the 二级 names in the text.
#    Printed slips (both real, no single correction follows from the text, so the table is
#    tested as printed only): the 一级 labels 60 + 40 = 100 and the row scores
#    10×6 + 20 + 20 = 100 under "年度绩效目标（80分）"; 总分 100, while the budget score 20
#    plus the rows' 100 is 120 (the 总分 leaves out the budget row or the 80 is wrong).
# ---------------------------------------------------------------------------
SHANGWU = Table(
    source="区商务局 2020年市级服务贸易发展资金项目自评表（填报日期 2021年4月22日），"
           "https://www.kunmingchi.com/archives/973rxnk2je7n4oep6ym4.html",
    layout="A/B style, 一级 “(N分)” labels under a “年度绩效目标（80分）” block, 总分 row",
    rows=[
        ["2020年市级服务贸易发展资金项目自评表"],
        ["单位名称：区商务局", None, None, "填报日期：2021年4月22日"],
        ["项目名称", "2020年市级服务贸易发展资金", None, "主管部门", "区商务局"],
        ["项目实施单位", "投资促进中心"],
        ["预算执行情况（万元）（20分）", None, "预算数（A）", "执行数（B）", "执行率（B/A）", "得分（20分*执行率）"],
        [None, "年度财政资金总额", 285.84, 285.84, "100%", 20],
        ["年度绩效目标（80分）", "一级指标", "二级指标", "三级指标", "年初目标值（A）", "实际完成值（B）", "得分"],
        [None, "产出指标（60分）", "数量指标", "服务外包在岸（万美元）", 20000, 23333.56, 10],
        [None, None, None, "服务外包离岸（万美元）", 4500, 4557.51, 10],
        [None, None, None, "支持服务贸易、服务外包企业数量", 3, 3, 10],
        [None, None, "质量指标", "企业国际质量提升", "获得目的国（地区）受众欢迎", "受目的国受众欢迎显著", 10],
        [None, None, "时效指标", "预算资金执行率", "90%", "100%", 10],
        [None, None, None, "资金拨付及时性", "98%以上", "100%", 10],
        [None, "效益指标（40分）", "社会效益指标", "企业把握政治导向和文化方向情况",
         "企业把握正确政治导向和文化方向情况的评价", "企业较好把握正确政治导向和文化方向情况的评价", 20],
        [None, None, "可持续影响指标", "推动企业走出去方面发挥的作用", "是否利于企业走出去", "有利于推动企业走出去", 20],
        ["总分", None, None, None, None, None, 100],
        ["偏差大或目标未完成原因分析"],
        ["改进措施及结果应用方案"],
    ],
    merged=["A5:A6", "A7:A15", "B8:B13", "C8:C10", "C12:C13", "B14:B15", "A16:F16"],
    slips=[("A7", "weights-sum"), ("G16", "total-sum")],
)

# ---------------------------------------------------------------------------
# 10. The 转移支付 区域 form: 资金情况 block with 其中：中央财政资金 / 地方资金 / 其他资金 lines,
#     年度指标值 | 全年实际完成值 | 未完成原因和改进措施 — published as a blank form (no
#     amounts) and, like the national 区域绩效自评表, with no 分值 and no 得分 column.
#     Source: 《2022年度中央引导地方科技发展资金区域绩效目标自评表》,
#     http://m.cornels-photography.com/paper/263603984.html (document-sharing copy; the
#     indicator rows print only their units “个 / 个”). Nothing to score: refused.
# ---------------------------------------------------------------------------
KEJI_QUYU = Table(
    source="2022年度中央引导地方科技发展资金区域绩效目标自评表（空白表），"
           "http://m.cornels-photography.com/paper/263603984.html",
    layout="转移支付区域表 (中央财政资金/地方资金/其他资金 lines, no 分值/得分)",
    rows=[
        ["2022年度中央引导地方科技发展资金区域绩效目标自评表"],
        ["填写日期：", None, None, "项目承担单位：（盖章）"],
        ["专项名称", "□自由探索类基础研究 □科技创新基地建设 □科技成果转移转化 □区域创新体系建设"],
        ["项目名称", None, None, "归口管理部门"],
        ["资金情况（万元）", None, "全年预算数（A）", "全年执行数（B）", "预算执行率（B/A）"],
        [None, "年度资金总额："],
        [None, "其中：中央财政资金"],
        [None, "地方资金"],
        [None, "其他资金"],
        ["总体目标完成情况", "总体目标", None, None, "全年实际完成情况"],
        ["绩效指标", "一级指标", "二级指标", "三级指标", "指标值", "全年实际完成值", "未完成原因和改进措施"],
        [None, "产出指标", "数量指标", "支持自由探索类基础研究项目数量", "个", "个"],
        [None, None, None, "支持建设科技创新基地项目数量", "个", "个"],
    ],
    merged=["A5:A9", "B3:G3", "A11:A13", "B12:B13", "C12:C13"],
)

# ---------------------------------------------------------------------------
# 11. Yunnan national form with a TWO-ROW indicator header: row 1 “绩效指标 | 年度指标值 |
#     实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施”, row 2 “一级指标 | 二级指标 | 三级指标 |
#     指标性质 | 指标值 | 度量单位” — 年度指标值 is split over three columns (not the issue's
#     原因分析 | 改进措施 split, which no search found; this is the same layout in substance:
#     a header whose meaning is only complete across two rows). Merges as the printed grid
#     shows them (绩效指标 over the three 级 columns, 年度指标值 over its three parts, the
#     other row-1 headers spanning both rows).
#     Source: 丽江市古城区自然资源局《2020年省级自然资源卫片执法补助经费支出绩效自评表》
#     (2020年度项目支出绩效自评表; 主管部门 丽江市自然资源和规划局), mirrored 2021-06-28 at
#     http://m.jjiadianqingjie.com.cn/changyong/13241.html — the mirror shows the text in
#     traditional characters (a site conversion); typed here in simplified characters as the
#     bureau prints them. The 指标性质 “﹦” (U+FE66) is typed as printed. The stored text
#     stops inside the 满意度 row after its 分值 10.00: that row's 得分 (and any 总分 row) is
#     not shown, so it is blank here (未填写; no total, no grade).
#     Arithmetic: 分值 10 (budget) + 10 + 20 + 20 + 30 + 10 = 100; 7.29 ÷ 7.29 = 100% → 10.
#     Each 定量 row meets its target yet is scored below 分值 (9/10, 19/20, 19/20, 27/30):
#     the table prints no rule, so that is the selfeval-default WARNING, not an error.
#     No slip printed.
# ---------------------------------------------------------------------------
LIJIANG = Table(
    source="丽江市古城区自然资源局 2020年省级自然资源卫片执法补助经费支出绩效自评表，"
           "http://m.jjiadianqingjie.com.cn/changyong/13241.html",
    layout="two-row header: 年度指标值 over 指标性质 | 指标值 | 度量单位 (Yunnan)",
    rows=[
        ["2020年度项目支出绩效自评表"],
        ["项目名称", "2020年省级自然资源卫片执法补助经费支出绩效自评表"],
        ["主管部门", "丽江市自然资源和规划局", None, None, "实施单位", "丽江市古城区自然资源局"],
        ["项目资金\n（万元）", None, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
        [None, "年度资金总额", 7.29, 7.29, 7.29, 10, "100%", 10],
        [None, "其中：当年财政拨款", 7.29, 7.29, 7.29, None, "100%"],
        [None, "上年结转资金"],
        [None, "其他资金"],
        ["年度总体目标", "预期目标", None, None, None, "实际完成情况"],
        [None, "自然资源卫片执法补助经费", None, None, None, "自然资源卫片执法补助经费"],
        ["绩效指标", None, None, "年度指标值", None, None, "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
        ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位"],
        ["产出指标", "数量指标", "卫片执法补助经费", "﹦", 72890, "元", 72890, 10, 9],
        [None, "质量指标", "项目验收合格率", "﹦", 100, "%", 100, 20, 19],
        [None, "时效指标", "项目完成及时率", "﹦", 100, "%", 100, 20, 19],
        ["效益指标", "社会效益指标", "违法行为责停率", "≥", 95, "%", 95, 30, 27],
        ["满意度指标", "服务对象满意度指标", "满意度", "≥", 95, "%", 95, 10],
    ],
    merged=["A1:J1", "A4:A8", "A9:A10", "A11:C11", "D11:F11", "G11:G12", "H11:H12", "I11:I12",
            "J11:J12", "A13:A15"],
)

# ---------------------------------------------------------------------------
# 12. Sichuan 衔接资金 绩效目标自评表: 资金情况 block 全年预算数(A) | 全年执行数(B) | 分值 |
#     执行率(B/A) | 得分; indicators with 分值 BEFORE the target: 一级 | 二级 | 三级 | 分值 |
#     年度指标值 | 全年实际值 | 得分 | 未完成原因及拟采取的改进措施; 一级 “(N分)” labels; 总分 row.
#     Source: 中江县水利局《绩效目标自评表（2022年度）》“中江县农业水价综合改革精准补贴和节水奖励项目
#     小型水库水标尺制作安装项目”, attachment of “2022年财政衔接资金实施项目绩效自评表”
#     (2022-12-30), https://chacewang.com/newsdetail/news242266.html — the stored text runs
#     the cells together ("202010100.00%10", "20100%100%20", "1020万元20万元10"); they are
#     split here by the form's column order (全年预算数 20 | 全年执行数 20 | 分值 10 | 100.00% | 10;
#     分值 20 | 100% | 100% | 20; 分值 10 | 20万元 | 20万元 | 10). The 年度总体目标 text is split
#     where its repeated sentence starts. The printed footnote (“一级指标分值统一设置为：产出指标
#     50分、效益指标30分…”, “3.定量指标若为正向…”) is cut off in the stored text and not typed.
#     Printed slips (both real): 总分 分值 100 and 得分 100, while the 分值 are 10 (budget) +
#     70 (10+10+20+10+10+10, = its label “(70分)”) + 20 (10+10, = “(20分)”) + 10 = 110 and
#     every row scores full marks, so the scores also add up to 110. No single correction
#     follows (the footnote fixes 产出 50 / 效益 30, so the labels and rows, not the 总分,
#     are off): tested as printed only.
# ---------------------------------------------------------------------------
ZHONGJIANG = Table(
    source="中江县水利局 绩效目标自评表（2022年度）农业水价综合改革精准补贴和节水奖励项目小型水库水标尺制作安装项目，"
           "https://chacewang.com/newsdetail/news242266.html",
    layout="分值 before 年度指标值, 一级 “(N分)” labels, 总分 row (Sichuan 衔接资金)",
    rows=[
        ["绩效目标自评表"],
        ["（2022年度）"],
        ["项目名称", "中江县农业水价综合改革精准补贴和节水奖励项目小型水库水标尺制作安装项目"],
        ["项目负责人及电话", "谢凯13990260322(办公)"],
        ["主管部门", "中江县水利局", None, None, "实施单位", "中江县水利局"],
        ["资金情况（万元）", None, "全年预算数（A）", "全年执行数（B）", "分值", "执行率（B/A）", "得分"],
        [None, "年度资金总额：", 20, 20, 10, "100.00%", 10],
        [None, "其中：本年财政拨款", 20, 20],
        [None, "其他资金"],
        ["年度总体目标", "年初设定目标", None, None, None, "年度总体目标完成情况综述"],
        [None, "对农村地区供水计量设施设备进行改进，对项目区农业用水计量，为项目区农业生产夯实基础，", None, None,
         None, "对项目区农业用水计量，为项目区农业生产夯实基础，"],
        ["绩效指标", "一级指标", "二级指标", "三级指标", "分值", "年度指标值", "全年实际值", "得分",
         "未完成原因及拟采取的改进措施"],
        [None, "产出指标（70分）", "数量指标", "安装坡面水标尺", 10, "≥266米", "≥266米", 10],
        [None, None, None, "水标尺宽度", 10, "≥50厘米", "≥50厘米", 10],
        [None, None, "质量指标", "项目（工程）验收合格率", 20, "100%", "100%", 20],
        [None, None, "时效指标", "及时（按期）开工率", 10, "≥90%", "≥90%", 10],
        [None, None, None, "及时（按期）完工率", 10, "≥90%", "≥90%", 10],
        [None, None, "成本指标", "项目计划总投资", 10, "20万元", "20万元", 10],
        [None, "效益指标（20分）", "经济效益指标"],
        [None, None, "社会效益指标", "受益脱贫（含监测对象）户人口数", 10, "≥1000人", "≥1000人", 10],
        [None, None, None, "群众生产生活条件改善状况", 10, "显著提升", "显著提升", 10],
        [None, "满意度指标（10分）", "服务对象满意度指标", "受益脱贫（含监测对象）户满意度", 10, "≥95%", "≥95%", 10],
        [None, None, None, "……"],
        ["总分", None, None, None, 100, None, None, 100],
    ],
    merged=["A1:I1", "A2:I2", "A6:A9", "A10:A11", "A12:A23", "B13:B18", "C13:C14", "C16:C17",
            "B19:B21", "C20:C21", "B22:B23", "A24:D24"],
    slips=[("E24", "weights-sum"), ("H24", "total-sum")],
)

# LIJIANG is in SCORED (appended below, after JISHAN): its 满意度 row's 得分 is not shown while
# its 指标值/实际完成值 are. collect's 核定 once called that 已填写; a value with neither a score
# nor a readable rule to score it by now makes the return 不完整 (tests/collect/test_verify.py).
# LIJIANG also has its own tests in test_real_tables.py.

# ---------------------------------------------------------------------------
# 13. National layout (Shanxi, 2020), 一级 “(N分)” labels, 总分 row.
#     Source: 稷山县医疗保障局《稷山县项目支出绩效自评表（2020年度）》“建档立卡个人缴费县级配套资金”
#     (实施单位 稷山县医疗保险服务中心), file “建档立卡个人缴费县级配套绩效自评表.xlsx” at
#     https://keke.chddh.cn/archives/bqg98jldqdz7y2xm7pe6.html — the stored text is a PDF
#     extraction with the cells out of order; rows are put back by the form's order (the
#     values “75元 75元 10 10” / “95% 95% 30 27” / “95% 95% 10 9” / “100 94” follow the
#     时效 row, their names come later in the text). The budget line prints only TWO amounts
#     (65.66 65.07) under 年初预算数 | 全年预算数 | 全年执行数: which of the first two is blank
#     cannot be read; typed as 全年预算数 65.66 / 全年执行数 65.07 (the rate is 65.07 ÷ 65.66
#     either way, the only budget amount being its denominator).
#     Printed slips (both real): the budget score 9, while 65.07 ÷ 65.66 = 99.10…% (printed
#     99%, correct at 0 decimals) gives 10 × 0.99101 = 9.91 under the national rule; and the
#     总分 94, while the printed scores add up to 9 + 13 + 15 + 10 + 10 + 27 + 9 = 93 (with
#     9.91 the sum is 93.91 — the 94 looks computed from 9.91 and rounded). Corrected: 9.91 and
#     93.91. (全县参合人数 8676 of 8755 scored 13 of 15: the bare target has no direction, so no
#     default is applied; 27/30 and 9/10 at target are selfeval-default warnings.)
# ---------------------------------------------------------------------------
JISHAN = Table(
    source="稷山县医疗保障局 稷山县项目支出绩效自评表（2020年度）建档立卡个人缴费县级配套资金，"
           "https://keke.chddh.cn/archives/bqg98jldqdz7y2xm7pe6.html",
    layout="national, 一级 “(N分)” labels, 总分 row; budget score rounded down",
    rows=[
        ["稷山县项目支出绩效自评表"],
        ["（2020年度）"],
        ["项目名称", "建档立卡个人缴费县级配套资金"],
        ["主管部门", "稷山县医疗保障局", None, None, "实施单位", "稷山县医疗保险服务中心"],
        ["项目资金\n（万元）", None, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
        [None, "年度资金总额", None, 65.66, 65.07, 10, "99%", 9],
        [None, "其中：当年财政拨款", None, 65.66, 65.07, "—", "99%", "—"],
        [None, "上年结转资金", None, None, None, None, "—", "—"],
        [None, "其他资金", None, None, None, None, "—", "—"],
        ["年度总体目标", "预期目标", None, None, None, "实际完成情况"],
        [None, "提高医疗保障水平，推进因病致贫问题的根本性解决", None, None, None,
         "提高医疗保障水平，推进了因病致贫问题的基本性解决"],
        ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
         "偏差原因分析及改进措施"],
        [None, "产出指标（50分）", "数量指标", "指标1：全县参合人数", 8755, 8676, 15, 13,
         "建档立卡中有新增死亡人员，导致有偏差"],
        [None, None, "质量指标", "指标1：资金是否全部纳入医保统筹", "100%", "100%", 15, 15],
        [None, None, "时效指标", "指标1：资金是否全部及时纳入", "100%", "100%", 10, 10],
        [None, None, "成本指标", "指标1：配套资金每人每年", "75元", "75元", 10, 10],
        [None, "效益指标（30分）", "社会效益指标", "指标1：是否解决建档立卡人员看病难贵问题", "95%", "95%", 30, 27],
        [None, "满意度指标（10分）", "服务对象满意度指标", "指标1：是否满意", "95%", "95%", 10, 9],
        ["总分", None, None, None, None, None, 100, 94],
    ],
    merged=["A1:I1", "A2:I2", "A5:A9", "A10:A11", "A12:A18", "B13:B16", "A19:F19"],
    # 10 × 65.07 ÷ 65.66 = 9.9101… → 9.91; 9.91 + 13 + 15 + 10 + 10 + 27 + 9 = 93.91
    corrections={"H6": 9.91, "H19": 93.91},
    slips=[("H6", "budget-score"), ("H19", "total-sum")],
)

SCORED.append(JISHAN)
SCORED.append(LIJIANG)  # printed score of 满意度 cut off in the stored page: collect says 不完整

# ---------------------------------------------------------------------------
# 14. National layout used for a 部门整体支出绩效自评表 (Hunan, 2021): 年度预算申请 block whose
#     amounts carry their unit ("4753.66万元"), the 其中 breakdowns written as text in two
#     parallel columns (按收入性质分 / 按支出性质分, "其中：一般公共预算：1873.66万元"), the
#     偏差原因分析及改进措施 header printed broken over three lines, 一级 "产出指标（50）" without
#     "分". Source: 零陵区林业局《部门整体支出绩效自评表（2021年度）》(2022-04-07),
#     http://admin.yzcity.gov.cn:8888/llqlinyj/gknb/202204/cd04d310d5364b2f9983a7843fb6a17d.shtml
#     The stored text loses the first character of several cells ("级预算单位名称", " 陵区林业局",
#     "2021年度)", "效益指标 30分)", "育补助"): restored where the form makes it certain (一级, 零,
#     （, （); "育补助" is typed as printed (probably 抚育补助). The text stops at the 二级 name
#     "生态…" of the next 效益 row: the 生态 rows and the 满意度 block are NOT shown, so the
#     typed sheet lacks 12 of the 效益 block's 30 points and its 满意度 10 — two errors that
#     come from the cut, not from the bureau (B23 weights-sum 18 ≠ 30, total-weight 78 ≠ 100).
#     Printed slip (real): 全年执行数 3824.26 of 全年预算数 4753.66 = 80.4487…% printed as
#     执行率 100% and scored 10; from the amounts: 80% at the printed 0 decimals, and
#     10 × 0.804487 = 8.04. Corrected: "80%", 8.04.
# ---------------------------------------------------------------------------
LINGLING = Table(
    source="零陵区林业局 部门整体支出绩效自评表（2021年度），"
           "http://admin.yzcity.gov.cn:8888/llqlinyj/gknb/202204/cd04d310d5364b2f9983a7843fb6a17d.shtml",
    layout="national form for 部门整体, amounts with 万元 in the cell, 执行率 printed 100% over 80%",
    rows=[
        ["部门整体支出绩效自评表"],
        ["（2021年度）"],
        ["一级预算单位名称", "零陵区林业局"],
        ["年度预算申请\n（万元）", None, "年初\n预算数", "全年预算数", "全年\n执行数", "分值", "执行率", "得分"],
        [None, "年度资金总额", "4753.66万元", "4753.66万元", "3824.26万元", 10, "100%", 10],
        [None, "按收入性质分：", None, "按支出性质分："],
        [None, "其中：一般公共预算：1873.66万元", None, "其中：基本支出：1768.16万元"],
        [None, "政府性基金拨款：", None, "项目支出：2985.5万元"],
        [None, "纳入专户管理的非税收入拨款："],
        [None, "其他资金：2880万元"],
        ["年度总体目标", "预期目标", None, None, None, "实际完成情况"],
        [None, "目标1：造林1.2万亩，\n目标2森林经营16.3万亩\n目标3：病虫害防治3.45万亩", None, None, None,
         "目标1：造林1.2万亩，\n目标2森林经营16.3万亩\n目标3：病虫害防治3.45万亩"],
        ["绩效指标", "一级指标", "二级指标", "三级指标", "年度\n指标值", "实际\n完成值", "分值", "得分",
         "偏差原因\n分析及\n改进措施"],
        [None, "产出指标\n（50）", "数量\n指标", "造林面积", "1.2万亩", "1.2万亩", 10, 10],
        [None, None, None, "病虫害防治面积", "3.45万亩", "3.45万亩", 7, 7],
        [None, None, None, "森林经营面积", "16.3万亩", "16.3万亩", 7, 7],
        [None, None, "质量\n指标", "造林成活率", "85%", "85%", 7, 7],
        [None, None, None, "……"],
        [None, None, "时效\n指标", "当期完成", "90%", "100%", 7, 7],
        [None, None, None, "……"],
        [None, None, "成本\n指标", "造林补助", "每亩300", "每亩300", 6, 6],
        [None, None, None, "育补助", "每亩100", "每亩100", 6, 6],
        [None, "效益指标\n（30分）", "经济效\n益指标", "木材销售收入", "1100万元", "1093万元", 6, 5],
        [None, None, None, "林产品收入", "2.6亿元", "2.45亿元", 6, 5],
        [None, None, "社会效\n益指标", "提高就业率", "显著", "显著", 6, 6],
        [None, None, None, "……"],
        [None, None, "生态"],
    ],
    merged=["A1:I1", "A2:I2", "A4:A10", "B6:C6", "D6:H6", "B7:C7", "D7:H7", "B8:C8", "D8:H8", "B9:C9",
            "B10:C10", "A11:A12", "A13:A27", "B14:B22", "C14:C16", "C17:C18", "C19:C20", "C21:C22",
            "B23:B27", "C23:C24", "C25:C26"],
    # 3824.26 ÷ 4753.66 = 0.804487… → "80%" (0 decimals), 10 × 0.804487 = 8.04
    corrections={"G5": "80%", "H5": 8.04},
    slips=[("G5", "rate-mismatch"), ("H5", "budget-score")],
)

# ---------------------------------------------------------------------------
# 15. A FILLED 转移支付 form (the 区域 layout's 资金投入情况 block with 中央财政资金 / 地方资金
#     lines), no 分值 and no 得分: not scored (refused), but its lines are checked.
#     Source: 霍山县医疗保障局《医疗救助补助资金转移支付项目绩效目标自评表（2024年度）》,
#     https://www.ahhuoshan.gov.cn/public/6596221/37950404.html — amounts printed with “万”
#     in the cell as shown. Typed down to the first indicator row (the 资金管理情况 and
#     总体目标 rows between are typed with their text shortened to the first cell).
#     Arithmetic: 829.3万 + 0 + 2530.32万 = 3359.62万 (年度资金总额 matches); every rate
#     100% matches its amounts — except 彩票公益金用于医疗救助 0 ÷ 0 printed “100%”: a real
#     slip, said as rate-zero-budget (warning) at E8.
# ---------------------------------------------------------------------------
HUOSHAN = Table(
    source="霍山县医疗保障局 医疗救助补助资金转移支付项目绩效目标自评表（2024年度），"
           "https://www.ahhuoshan.gov.cn/public/6596221/37950404.html",
    layout="转移支付 form, filled: 中央财政资金/彩票公益金/地方资金 lines, no 分值/得分",
    rows=[
        ["医疗救助补助资金转移支付项目绩效目标自评表"],
        ["（2024年度）"],
        ["转移支付（项目）名称", "医疗救助补助资金"],
        ["中央主管部门", "医疗保障局"],
        ["资金投入情况（万元）", None, "全年预算数（A）", "全年执行数（B）", "预算执行率（B/A×100%）"],
        [None, "年度资金总额：", "3359.62万", "3359.62万", "100%"],
        [None, "其中：中央财政资金", "829.3万", "829.3万", "100%"],
        [None, "彩票公益金用于医疗救助", 0, 0, "100%"],
        [None, "地方资金", "2530.32万", "2530.32万", "100%"],
        [None, "其他资金"],
        ["资金管理情况", None, "情况说明", None, "存在问题和改进措施"],
        [None, "分配科学性", "资金分配科学", None, "暂无"],
        ["总体目标完成情况", "总体目标", None, None, "全年实际完成情况"],
        ["绩效指标", "一级指标", "二级指标", "三级指标", "指标值", "全年实际完成值", "未完成原因和改进措施"],
        [None, "产出指标", "数量指标", "享受医疗救助人次", "≥50000人次", 110406],
    ],
    merged=["A1:G1", "A2:G2", "A5:A10", "A11:A12", "A14:A15"],
)


# ===========================================================================
# p8: six tables the checker had never seen (found with the search tool's "pages" corpus).
# Each comment lists, BEFORE any run, what a careful checker finds from the printed numbers
# alone: 执行率 = 执行数 ÷ 预算数 and its score, the 得分 against the printed 总分, any 得分
# above its 分值, and the national default (rules/target.py DEFAULT_NAME) where a printed
# 得分 differs from it.
# ===========================================================================

# ---------------------------------------------------------------------------
# 16. Shanghai 财政项目支出绩效自评表 with amounts in 元 (“项目资金（元）”), the 执行数 printed
#     with a thousands separator (“215,457.6”), ASCII operators (“=100%”, “>=90%”), no 一级
#     “(N分)” labels, 总分 row. Source: 上海市普陀区体育事业管理中心《2022年度项目自评价》,
#     table 1 “普陀体育中心与委托运营方结算费用”, https://pdf.chddh.cn/archives/48n5zg2zkkjxn27q6rjv.html
#     (PDF text extraction; cells put back in the form's order — the labels come after their
#     values in the text). The 预期目标 cell is not in the text: blank.
#     By hand: 215457.6 ÷ 250000 = 0.8618304 → 86.18% at the printed 2 decimals; printed
#     86.19% — a real slip (rate-mismatch). Score 10 × 0.8618304 = 8.618 → 8.62 = printed.
#     其中 250000 + 0 + 0 = 250000 (年初, 全年) and 215457.6 = 215457.6 (执行): fund-sum holds.
#     分值 10 + 10 + 20 + 20 + 30 + 10 = 100; 得分 8.62 + 10 + 20 + 20 + 30 + 10 = 98.62 = 总分.
#     No 得分 above 分值; every quantitative row at its target (=100% → 100%, >=90% → 100%):
#     the default gives full marks, as printed. Corrected: G6 “86.18%”.
# ---------------------------------------------------------------------------
PUTUO_A = Table(
    source="上海市普陀区体育事业管理中心 财政项目支出绩效自评表（2022年度）普陀体育中心与委托运营方结算费用，"
           "https://pdf.chddh.cn/archives/48n5zg2zkkjxn27q6rjv.html",
    layout="national (Shanghai), amounts in 元 with a thousands separator, ASCII >=, 总分 row",
    rows=[
        ["财政项目支出绩效自评表"],
        ["（2022年度）"],
        ["项目名称", "普陀体育中心与委托运营方结算费用"],
        ["主管部门", "上海市普陀区体育局", None, None, "实施单位", "上海市普陀区体育事业管理中心"],
        ["项目资金\n（元）", None, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
        [None, "年度资金总额", 250000, 250000, "215,457.6", 10, "86.19%", 8.62],
        [None, "其中：当年财政拨款", 250000, 250000, 215457.6, "—"],
        [None, "上年结转资金", 0, 0, None, "—"],
        [None, "其他资金", 0, 0, None, "—"],
        ["年度总体目标", "预期目标", None, None, None, "实际完成情况"],
        [None, None, None, None, None, "已完成普陀体育中心与委托运营方费用结算。"],
        ["绩效指标", "一级指标", "二级指标", "三级指标", "年度\n指标值", "实际\n完成值", "分值", "得分",
         "偏差原因分析及\n改进措施"],
        [None, "产出指标", "数量指标", "与委托运营方结算完成率", "=100%", "100%", 10, 10],
        [None, None, "质量指标", "合同结算条款完成率", "=100%", "100%", 20, 20],
        [None, None, "时效指标", "费用结算及时性", "及时", "及时", 20, 20],
        [None, "效益指标", "社会效益指标", "与委托运营方合同完成率", "=100%", "100%", 30, 30],
        [None, "满意度指标", "服务对象满意度指标", "场馆开放满意度", ">=90%", "100%", 10, 10],
        ["总分", None, None, None, None, None, 100, 98.62],
    ],
    merged=["A1:I1", "A2:I2", "A5:A9", "A10:A11", "A12:A17", "B13:B15", "A18:F18"],
    corrections={"G6": "86.18%"},
    slips=[("G6", "rate-mismatch")],
)

# ---------------------------------------------------------------------------
# 17. The same publication, table 2 “援滇对口支援及结对帮扶经费” (same source). The stored text
#     stops at the indicator header's “年度指标值”: the five indicator names are shown, their
#     targets, values, 分值 and 得分 are not (blank here), and so is the 总分 row's.
#     By hand: 9034 ÷ 20000 = 0.4517 → 45.17% = printed; 10 × 0.4517 = 4.517 → 4.52 = printed.
#     The three 其中 lines print “0 0 —” each (其中：当年财政拨款 0 / 0, 上年结转资金 0 / 0,
#     其他资金 0 / 0) under 年度资金总额 20000 / 20000: 0 + 0 + 0 ≠ 20000 in both 年初预算数 and
#     全年预算数 — a real slip (fund-sum at C6 and D6). The 其中 lines print no 全年执行数, so
#     the 9034 is not compared (unknown, not 0). Corrected: the 当年财政拨款 line carries the
#     money: 20000 / 20000 / 9034.
# ---------------------------------------------------------------------------
PUTUO_B = Table(
    source="上海市普陀区体育事业管理中心 财政项目支出绩效自评表（2022年度）援滇对口支援及结对帮扶经费，"
           "https://pdf.chddh.cn/archives/48n5zg2zkkjxn27q6rjv.html",
    layout="national (Shanghai), 其中 lines all 0 under a 20000 total, indicators cut after their names",
    rows=[
        ["财政项目支出绩效自评表"],
        ["（2022年度）"],
        ["项目名称", "援滇对口支援及结对帮扶经费"],
        ["主管部门", "上海市普陀区体育局", None, None, "实施单位", "上海市普陀区体育事业管理中心"],
        ["项目资金\n（元）", None, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
        [None, "年度资金总额", 20000, 20000, "9,034", 10, "45.17%", 4.52],
        [None, "其中：当年财政拨款", 0, 0, None, "—"],
        [None, "上年结转资金", 0, 0, None, "—"],
        [None, "其他资金", 0, 0, None, "—"],
        ["年度总体目标", "预期目标", None, None, None, "实际完成情况"],
        [None, None, None, None, None, "已完成援滇人员相关经费支付。"],
        ["绩效指标", "一级指标", "二级指标", "三级指标", "年度\n指标值", "实际\n完成值", "分值", "得分",
         "偏差原因分析及\n改进措施"],
        [None, "产出指标", "数量指标", "经费使用率"],
        [None, None, "质量指标", "经费完成情况"],
        [None, None, "时效指标", "经费完成进度"],
        [None, "效益指标", "社会效益指标", "经费使用完成情况"],
        [None, "满意度指标", "服务对象满意度指标", "满意度"],
        ["总分"],
    ],
    merged=["A1:I1", "A2:I2", "A5:A9", "A10:A11", "A12:A17", "B13:B15", "A18:F18"],
    corrections={"C7": 20000, "D7": 20000, "E7": 9034},
    slips=[("C6", "fund-sum"), ("D6", "fund-sum")],
)

# ---------------------------------------------------------------------------
# 18. Hubei national form whose budget line carries 分值 100 and 得分 98 (the table's total
#     put in the budget row), amounts written “150万” in a “（万元）” block, the form's empty
#     lines left in (a 时效指标 with no indicator). Source: 鄂州市行政审批局《项目支出绩效自评表
#     （2021年度）》“市民中心运行维护费” (发布 2022-11-04),
#     https://zwfwzx.ezhou.gov.cn/zwgk/fdzdgknr/sgjfxx/202211/t20221108_506320.html — the stored
#     page stops at the 社会效益指标 row (“岗…”): that row and the 满意度 block are not typed.
#     By hand: 125.25 ÷ 150 = 83.5% = printed. Under the national rule the budget score is
#     分值 × 执行率 = 100 × 0.835 = 83.5, printed 98 — a real slip (budget-score at H6).
#     分值: 100 (budget) + 20 + 10 + 10 + 10 + 10 + 10 = 170 already > 100 whatever the cut rows
#     hold — a real slip (total-weight). The 预算执行率 indicator (100% → 83.5%, 18 of 20):
#     if 正向, the default gives 20 × 0.835 = 16.7; the bare “100%” prints no direction, so
#     nothing can be said from the numbers alone. Every other row at its target, full marks.
#     No correction follows from the text (10 and 8.35 are the form's, not the bureau's):
#     tested as printed.
# ---------------------------------------------------------------------------
EZHOU = Table(
    source="鄂州市行政审批局 项目支出绩效自评表（2021年度）市民中心运行维护费，"
           "https://zwfwzx.ezhou.gov.cn/zwgk/fdzdgknr/sgjfxx/202211/t20221108_506320.html",
    layout="national (Hubei), budget row 分值 100 / 得分 98, amounts “150万”, empty form lines",
    rows=[
        ["项目支出绩效自评表"],
        ["（ 2021 年度）"],
        ["项目名称", "市民中心运行维护费"],
        ["主管部门", None, None, None, "实施单位"],
        ["项目资金 （万元）", None, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
        [None, "年度资金总额", "150万", "150万", "125.25万", 100, "83.5%", 98],
        [None, "其中：当年财政拨款", "150万", "150万", "125.25万", "—", None, "—"],
        [None, "上年结转资金", 0, 0, 0, "—", None, "—"],
        [None, "其他资金", 0, 0, 0, "—", None, "—"],
        ["年度总体目标", "预期目标", None, None, None, "实际完成情况"],
        [None, "为更好的建设行政服务大厅窗口建设和全市行政服务工作的组织协调、业务指导及督办检查；"
               "市政务服务大厅及周边设施日常维修升级改造费用。", None, None, None,
         "本年度财政拨款为150万元：执行数为125.25万元，完成预算的83.50%。"],
        ["绩 效 指 标", "一级指标", "二级指标", "三级指标", "年度 指标值", "实际 完成值", "分值", "得分",
         "偏差原因分析及改进措施"],
        [None, "产出指标", "数量指标", "预算执行率", "100%", "83.5%", 20, 18],
        [None, None, None, "预算资金拨款率", "100%", "100%", 10, 10],
        [],
        [None, None, "质量指标", "政务服务工作办结率", "100%", "100%", 10, 10],
        [None, None, None, "大厅业务日常考核结果", "100%", "100%", 10, 10],
        [],
        [None, None, "时效指标"],
        [],
        [],
        [None, None, "成本指标", "市民中心运行维护费", "150万", "150万", 10, 10],
        [],
        [],
        [None, "效益指标", "经济效益 指标", "大厅运行正常率", "100%", "100%", 10, 10],
    ],
    merged=["A5:A9", "A10:A11", "A12:A25", "B13:B24", "C13:C15", "C16:C18", "C19:C21", "C22:C24"],
    slips=[("H6", "budget-score")],  # and total-weight (170 > 100), cell as the checker names it
)

# ---------------------------------------------------------------------------
# 19. Hubei A/B form (as tables 4, 5, 9) with the 项目类别/项目属性/项目类型 tick-box lines, amounts
#     in 亿元/万元 inside the targets. Source: 襄阳市中心医院《2021年度财政项目绩效自评表》
#     (填报日期 2022年3月18日) “东津院区建设补助”, https://taowenge.com/d-68000429.html
#     (document-sharing copy; the block label prints as “度效标80> 年绩目1分” in the extraction,
#     typed “年度绩效目标（80分）” as the form reads). The text stops inside the 可持续性 row
#     (“服务范…”): its 实际完成值 and 得分 are blank here.
#     By hand: 1000 ÷ 1000 = 100% → 20 × 1 = 20 = printed. Row scores 10 × 5 = 50 (+ the cut
#     row) ≤ 80. 1000万元 → 1000万元 at target. 5亿元 → 6.47亿元 scored 10: above a bare target
#     (no ≥ printed), so the direction is not printed; nothing to say. No slip; the cut row's
#     score is unknown (no total, no grade).
# ---------------------------------------------------------------------------
XIANGYANG = Table(
    source="襄阳市中心医院 2021年度财政项目绩效自评表（填报日期 2022年3月18日）东津院区建设补助，"
           "https://taowenge.com/d-68000429.html",
    layout="A/B style (Hubei) with 项目类别/属性/类型 lines, 年度绩效目标（80分）block, 亿元 targets",
    rows=[
        ["2021年度财政项目绩效自评表"],
        ["单位名称：襄阳市中心医院", None, None, "填报日期：2022年3月18日"],
        ["项目名称", "东津院区建设补助", None, "主管部门", "襄阳市卫生健康委"],
        ["项目实施单位", "襄阳市中心医院"],
        ["项目类别", "1、部门预算项目√  2、财政专项□  3、市对下转移支付项目□"],
        ["项目属性", "1、持续性项目□  2、新增性项目□"],
        ["项目类型", "1、常年性项目□  2、延续性项目√  3、一次性项目□"],
        ["预算执行情况（万元）（20分）", None, "预算数（A）", "执行数（B）", "执行率（B/A）", "得分（20分*执行率）"],
        [None, "年度财政资金总额", 1000, 1000, "100%", 20],
        ["年度绩效目标（80分）", "一级指标", "二级指标", "三级指标", "年初目标值（A）", "实际完成值（B）", "得分"],
        [None, "产出指标", "数量指标", "成本控制", "不超过预算", "不超过预算", 10],
        [None, None, "质量指标", "保证财政建设补助专款专用", "专款专用", "专款专用", 10],
        [None, None, "成本", "每年财政补助1000万元", "1000万元", "1000万元", 10],
        [None, None, "时效", "1年", "1年", "1年", 10],
        [None, "效益指标", "经济效益", "完成东津院区建设，医院东津医疗收入达到5亿元", "5亿元", "6.47亿元", 10],
        [None, None, "可持续性", "院区建成后，可持续为周边群众提供医疗服务", "服务范围扩大"],
    ],
    merged=["A8:A9", "A10:A16", "B11:B14", "B15:B16"],
)

# ---------------------------------------------------------------------------
# 20. Guizhou 部门整体支出绩效自评表: budget block 资金来源 | 年初预算数（A）| 全年执行数（B）|
#     分值（10分）| 得分 | 得分计算方法 — NO 执行率 column, a printed method “执行率*该指标分值，
#     最高不得超过分值上限。”, and 分值/得分 printed again on the 基本支出 / 项目支出 lines (no
#     “其中” before them). Source: 绥阳县太白镇人民政府《部门整体支出绩效自评表》(填报日期
#     2022年2月3日), https://www.suiyang.gov.cn/xzjd_5682378/tbz_5682388/zfxxgk_5682340/fdzdgknr_5682343/czyjs_5865203/202208/t20220824_76240024.html
#     The stored page stops at the indicator header (“…分值 | 得分计算…”): no indicator row
#     is shown; the 年度总体目标 texts are shortened to their first clause.
#     By hand: 1268.72 ÷ 1172.55 = 108.20% → 10 × min(1, 1.0820) = 10 = printed (capped).
#     985.19 + 187.36 = 1172.55 and 914.97 + 353.75 = 1268.72: the lines add up.
#     基本支出 914.97 ÷ 985.19 = 92.87% → by the printed method 10 × 0.92872 = 9.29, printed 10;
#     项目支出 353.75 ÷ 187.36 = 188.81% → 10 (capped) = printed. Whether the lines' own 分值/得分
#     count is not said by the form (the 年度资金总额 line carries the 10 of “分值（10分）”); a
#     careful checker says the 基本支出 10 does not follow from its amounts, not a total of 30.
# ---------------------------------------------------------------------------
SUIYANG = Table(
    source="绥阳县太白镇人民政府 部门整体支出绩效自评表（填报日期 2022年2月3日），"
           "https://www.suiyang.gov.cn/xzjd_5682378/tbz_5682388/zfxxgk_5682340/fdzdgknr_5682343/"
           "czyjs_5865203/202208/t20220824_76240024.html",
    layout="部门整体 (Guizhou): no 执行率 column, 得分计算方法 column, 分值 on each 资金来源 line",
    rows=[
        ["部门整体支出绩效自评表"],
        ["单位（盖章）：绥阳县太白镇人民政府", None, None, None, "填报日期：2022年2月3日"],
        ["部门（单位）名称", "绥阳县太白镇人民政府"],
        ["部门（单位）总体 资金（万元）", "资 金 来 源", "年初预算数（A）", "全年执行数（B）", "分值（10分）", "得分",
         "得分计算方法"],
        [None, "年度资金总额：", 1172.55, 1268.72, 10, 10, "执行率*该指标分值，最高不得超过分值上限。"],
        [None, "基本支出", 985.19, 914.97, 10, 10],
        [None, "项目支出", 187.36, 353.75, 10, 10],
        [None, "其他"],
        ["年度总体目标", "年初设定目标", None, None, "年度总体目标完成情况"],
        [None, "(1)制定和组织实施经济、科技和社会发展计划……", None, None, "(1)积极履职，强化管理，较好地完成本年工作任务。……"],
        ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值（A）", "全年实际值（B）", "分值", "得分计算方法"],
    ],
    merged=["A4:A8", "G5:G8", "A9:A10"],
)

# ---------------------------------------------------------------------------
# 21. Chongqing 部门整体绩效自评表: 自评总分 printed in the HEADER (“自评总分（分） 97.6”), budget
#     line 年初预算数 | 全年（调整）预算数 | 全年执行数 | 执行率（%）| 执行率权重 | 执行率得分（分）,
#     indicators 指标名称 | 计量单位 | 指标性质 | 年初指标值 | 调整指标值 | 全年完成值 | 得分系数（%）|
#     指标权重（分）| 指标得分（分）| 是否核心指标. Source: 《部门整体绩效自评表》(西部（重庆）科学城
#     融媒体中心 2021, 部门联系人 曾雪莲), https://m.yzwku.com/doc/98587.html — text from a scan
#     (OCR): the budget amounts are lost (“O”), so they are blank; the rows are typed down to
#     固定资产利用率 (the rows after have OCR-damaged targets: “26次”, “到0次”, “第O份”); the
#     “三公”经费 rows print no target or value.
#     By hand: 76% × 10 = 7.6 = printed (the amounts behind the 76% are not legible). Each row:
#     得分 = 得分系数 × 权重 (100% × 2 = 2, 100% × 1 = 1, 100% × 3 = 3, 100% × 5 = 5). 政府采购
#     执行率 100% → 72.74% with 系数 100%: if 正向, the default gives 2 × 0.7274 = 1.45; the bare
#     “100%” prints no direction, so not decidable. 控制率/调整率/结余率 rows are at or under
#     their target (≤ kind). 权重 typed: 10 + 2+2+1+2+2+2+2+2+2+3+5+1+2+2 = 40 of 100, 得分 37.6
#     of the printed 97.6 — the rest is cut: no total check.
# ---------------------------------------------------------------------------
CHONGQING = Table(
    source="西部（重庆）科学城融媒体中心 部门整体绩效自评表（2021年度），https://m.yzwku.com/doc/98587.html",
    layout="部门整体 (Chongqing): 自评总分 in the header, 执行率权重/执行率得分, 得分系数 | 指标权重 | 指标得分",
    rows=[
        ["部门整体绩效自评表"],
        ["主管部门", None, None, "财政处室", None, "自评总分（分）", 97.6],
        ["部门联系人", "曾雪莲", None, "联系电话"],
        ["部门预算执行情况（万元）", None, "年初预算数", "全年（调整）预算数", "全年执行数", "执行率（%）", "执行率权重",
         "执行率得分（分）"],
        [None, None, None, None, None, "76%", 10, 7.6],
        ["当年绩效目标", "年初绩效目标", None, None, "全年（调整）绩效目标", None, "全年目标实际完成情况"],
        [None, "通过整合各级各类媒体、户外广告载体、宣传宣讲活动等，为建设成渝地区双城经济圈和西部（重庆）科学城营造良好氛围。",
         None, None, "无", None, "中心2021年较好地完成了履职任务。"],
        ["绩效指标", "指标名称", "计量单位", "指标性质", "年初指标值", "调整指标值", "全年完成值", "得分系数（%）",
         "指标权重（分）", "指标得分（分）", "是否核心指标"],
        [None, "财政供养人员控制率", "%", "定量指标", "100%", None, "92%", "100%", 2, 2, "否"],
        [None, "“三公”经费变动率", "%", None, None, None, None, "100%", 2, 2, "否"],
        [None, "基础信息完善", "%", None, "100%", None, "100%", "100%", 1, 1, "否"],
        [None, "预算完成率", "%", None, "70%", None, "76%", "100%", 2, 2, "是"],
        [None, "预算调整率", "%", None, "3%", None, 0, "100%", 2, 2, "否"],
        [None, "结转结余率", "%", None, "2%", None, 0, "100%", 2, 2, "是"],
        [None, "公用经费控制率", "%", None, "100%", None, "97%", "100%", 2, 2, "是"],
        [None, "“三公”经费控制率", "%", None, None, None, None, "100%", 2, 2, "否"],
        [None, "政府采购执行率", "%", None, "100%", None, "72.74%", "100%", 2, 2, "是"],
        [None, "管理制度健全性", None, "定性指标", "高", None, "高", "100%", 3, 3, "否"],
        [None, "资金使用合规性", None, None, "好", None, "好", "100%", 5, 5, "否"],
        [None, "预决算信息公开性", None, None, "高", None, "高", "100%", 1, 1, "否"],
        [None, "资产管理安全", None, None, "好", None, "好", "100%", 2, 2, "否"],
        [None, "固定资产利用率", "%", "定量指标", "90%", None, "100%", "100%", 2, 2, "否"],
    ],
    merged=["A4:B5", "A6:A7", "A8:A22", "D9:D17", "D18:D21"],
)

P8_TABLES = [PUTUO_A, PUTUO_B, EZHOU, XIANGYANG, SUIYANG, CHONGQING]
SCORED += [PUTUO_A, PUTUO_B]  # corrected, each validates with no error
