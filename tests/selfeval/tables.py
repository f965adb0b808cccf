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
