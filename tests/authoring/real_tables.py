"""Real published 指标体系 / 评分表 from outside the seeds, transcribed cell by cell.

Each table names its source (URL and title, found with the search tool, corpus "pages").
Texts are copied as published (full-width/half-width punctuation, line breaks inside cells,
"≦" and all); only the part of a table that the stored page shows is transcribed, and where
a block is cut off its stated weight is left off (said next to it).
"""

from __future__ import annotations

from typing import Any

# ---------------------------------------------------------------------------------------
# 岳阳市某局 部门整体支出绩效自评 评分表
# source: https://glj.yueyang.gov.cn/6173/6181/content_1705915.html
# columns: 一级指标 | 二级指标 | 三级指标 | 评分标准 | 分值 | 自评得分 | 扣分原因和其他说明
# The stored page ends inside 过程 → 预算管理 (after 资金使用合规性); 过程 "(40分)" and
# 预算管理 "(15分)" cover rows not shown, so those two labels are given without their weight.
# ---------------------------------------------------------------------------------------
YUEYANG_TITLE = "部门整体支出绩效评价评分表"
YUEYANG_HEADER = ["一级指标", "二级指标", "三级指标", "评分标准", "分值", "自评得分", "扣分原因和其他说明"]
YUEYANG_ROWS: list[list[Any]] = [
    ["投 入\n(15分)", "预算配置\n(15分)", "财政供养人员\n控制率",
     "以100%为标准。在职人员控制率≦100%,计5分;每超过一个百分点扣0.5分,扣完为止。", 5, 5, None],
    [None, None, "“三公经费”\n变动率",
     "“三公经费”变动率≦0,计5分;\n“三公经费”>0,每超过一个百分点扣0.5分,扣完为止。", 5, 5, None],
    [None, None, "重点支出\n安排率",
     "重点支出安排率≥90%,计5分;80%(含)-90%,计4分;70%(含)-80%,计3分;60%(含)-70%,计2分;"
     "低于60%不得分。", 5, 5, None],
    ["过 程", "预算执行\n(15分)", "预算调整率",
     "预算调整率=0,计3分;0-10%(含),计2分;10-20%(含),计1分;20-30%(含),计0.5分;大于30%不得分。",
     3, 3, None],
    [None, None, "支付进度",
     "春节前下达全部专项资金的50%;6月底前所有专项资金指标全部下达完。\n"
     "每出现一个专项未按进度完成资金下达扣0.5分,扣完为止。", 3, 3, None],
    [None, None, "资金结余",
     "无结余,3分;有结余,但不超过上年结转,2分;结余超过上年结转,不得分。", 3, 3, None],
    [None, None, "“三公经费”\n控制率",
     "以100%为标准。三公经费控制率≦100%,计6分;\n每超过一个百分点扣1分,扣完为止。", 6, 6, None],
    [None, "预算管理", "管理制度\n健全性",
     "①已制定或具有预算资金管理办法,内部财务管理制度、会计核算制度等管理制度,1分;\n"
     "②相关管理制度合法、合规、完整,1分;\n③相关管理制度得到有效执行,1分。", 3, 3, None],
    [None, None, "资金使用\n合规性",
     "①支出符合国家财经法规和财务管理制度规定以及有关专项资金管理办法的规定;\n"
     "②资金拨付有完整的审批程序和手续;\n③项目支出按规定经过评估论证;\n"
     "④支出符合部门预算批复的用途;\n⑤资金使用无截留、挤占、挪用、虚列支出等情况。\n"
     "以上情况每出现一例不符合要求的扣1分,扣完为止。", 3, 3, None],
]
#: merged 一级/二级 cells (0-based rows of YUEYANG_ROWS, column), first..last
YUEYANG_MERGES = [(0, 2, 0), (0, 2, 1), (3, 8, 0), (3, 6, 1), (7, 8, 1)]

# ---------------------------------------------------------------------------------------
# 池州市贵池区棠溪镇人民政府 项目支出绩效自评表（2022年度）"委托业务项目"
# source: http://www.anthempetcare.com/upload_cz/download?id=502364&siteId=2
# the national 自评表 layout: 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 |
# 得分 | 偏差原因分析及改进措施 — no 评分标准 at all. Transcribed: the 产出 and 效益 blocks
# (the page stops inside 满意度指标); "经济效益指标" is printed as an empty 二级 row.
# ---------------------------------------------------------------------------------------
GUICHI_TITLE = "项目支出绩效自评表 (2022年度)"
GUICHI_HEADER = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
                 "偏差原因分析及改进措施"]
GUICHI_ROWS: list[list[Any]] = [
    ["产出指标(50分)", "数量指标", "基建工程委托业务项目数量", "≥50个", 50, 8, 8, None],
    [None, "质量指标", "委托业务报告合格率", "≥100百分比", 100, 8, 8, None],
    [None, None, "经费支出合规性", "严格执行相关制度规定", "达成预期指标", 8, 8, None],
    [None, "时效指标", "提交报告及时性", "在项目计划完成时间内完成", "达成预期指标", 8, 8, None],
    [None, "成本指标", "项目总成本", "≤90万元", 90, 8, 8, None],
    [None, None, "单项业务成本", "符合相关规定", "达成预期指标", 10, 10, None],
    ["效益指标(30分)", "社会效益指标", "对维护基建市场公平的影响程度", "效果明显", "达成预期指标",
     10, 10, None],
    [None, "生态效益指标", "对控制基建项目成本影响程度", "效果明显", "达成预期指标", 10, 10, None],
    [None, "可持续影响指标", "对推动基建项目“四项制度”健全和落实的持续性影响", "效果明显",
     "达成预期指标", 10, 10, None],
    [None, "经济效益指标", None, None, None, None, None, None],
]
GUICHI_MERGES = [(0, 5, 0), (1, 2, 1), (4, 5, 1), (6, 9, 0)]

# ---------------------------------------------------------------------------------------
# 2019年度宁晋县高中助学金项目绩效评价指标表（宁晋县教育局，决算信息）
# source: https://www.ningjin.gov.cn/content/26279.html
# columns: 评价指标 | 评价内容 | 指标名称 | 指标说明 | 目标值 | 分值 | 备注 ; 总分 100
# ---------------------------------------------------------------------------------------
NINGJIN_TITLE = "2019年度宁晋县高中助学金项目绩效评价指标表"
NINGJIN_HEADER = ["评价指标", "评价内容", "指标名称", "指标说明", "目标值", "分值", "备注"]
NINGJIN_ROWS: list[list[Any]] = [
    ["项目年度绩效目标(定量指标)", "制度指标", "规章制度", "建立与否", None, 20, None],
    [None, "产出数量指标", "享受资助人数", "达到预计值", 2100, 10, None],
    [None, None, "资金支出率", "达到目标值", "95%", 10, None],
    [None, "质量指标", "建档立卡学生全面覆盖", None, "100%", 10, None],
    [None, None, "资助对象满意度", "达到目标值", "95%以上", 10, None],
    [None, "时效指标", "及时发放率", "达到目标值", "100%", 20, None],
    [None, "成本指标", "资助标准达标率", None, "100%", 20, None],
    ["总分", None, None, None, None, 100, None],
]
NINGJIN_MERGES = [(0, 6, 0), (1, 2, 1), (3, 4, 1)]

TABLES = {
    "yueyang": (YUEYANG_TITLE, YUEYANG_HEADER, YUEYANG_ROWS, YUEYANG_MERGES),
    "guichi": (GUICHI_TITLE, GUICHI_HEADER, GUICHI_ROWS, GUICHI_MERGES),
    "ningjin": (NINGJIN_TITLE, NINGJIN_HEADER, NINGJIN_ROWS, NINGJIN_MERGES),
}
