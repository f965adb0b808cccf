"""Findings: problems found in a user's workbook (values, never exceptions).

Every check has a stable kebab-case id, a severity (错误/警告/提示) and a Chinese
title. A :class:`Finding` points at one cell and carries the expected and
actual value as display text.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict, dataclass
from decimal import Decimal
from enum import Enum
from typing import Any

from jixiao.rules.model import fmt_decimal


class Severity(str, Enum):
    ERROR = "错误"
    WARNING = "警告"
    INFO = "提示"


#: check id -> (severity, 中文名称, what it means)
CATALOGUE: dict[str, tuple[Severity, str, str]] = {
    "score-over-weight": (Severity.ERROR, "得分超出分值", "得分大于分值或小于0"),
    "weight-not-number": (Severity.ERROR, "分值不是数字",
                          "分值栏是文字、负数或错误值（如“三十”“/”“-5”），该行得分无法核对"),
    "score-missing": (Severity.WARNING, "得分未填写", "有分值的指标没有得分"),
    "score-not-number": (Severity.ERROR, "得分不是数字", "得分栏是文字或错误值（如 #DIV/0!）"),
    "udf-error": (Severity.ERROR, "计分函数报错", "得分公式返回了 #JIXIAO! 错误说明"),
    "weights-sum": (Severity.ERROR, "分值合计不符", "下级指标分值之和不等于上级注明的分值"),
    "total-weight": (Severity.ERROR, "总分值不等于满分", "各指标分值之和不等于满分（通常100）"),
    "total-sum": (Severity.ERROR, "合计/小计不符", "合计或小计不等于所含各行得分之和"),
    "total-carried": (Severity.WARNING, "合计另有扣分",
                      "合计小于各行得分之和，表下注明“扣完后不足部分在总分中扣除”：差额无法从表中核对"),
    "score-rate-mismatch": (Severity.WARNING, "得分率不符", "得分率不等于 得分÷分值"),
    "grade-mismatch": (Severity.ERROR, "等级不符",
                       "表中等级与总分按等级方案（表中写明的等级标准优先）应得的等级不同"),
    "grade-scheme-edited": (Severity.ERROR, "等级标准被改动",
                            "表中写明的等级标准与模板（下发）的不同；等级按模板的标准核对，不按改动后的文字"),
    "stated-total": (Severity.ERROR, "表外总分不符",
                     "表头或表下文字写明的总分（“自评总分 97.6”“综合得分为88.5分”）与评分表的合计不同"),
    "score-mismatch": (Severity.ERROR, "得分与规则不符", "得分与按计分规则和业绩值算出的得分不同"),
    "score-unreachable": (Severity.WARNING, "得分不是按次数可得的分数",
                          "没有业绩值的按次扣分指标，得分不是 分值 − 每次扣分 × 整数次数"),
    "rule-max-weight": (Severity.WARNING, "规则满分与分值不符",
                        "按评分标准最多只能得到的分数不等于该行分值"),
    "rule-gap": (Severity.WARNING, "评分标准有缺口", "业绩值落在评分标准未覆盖的区间"),
    "rule-unreadable": (Severity.INFO, "未能读懂评分标准", "没有机器计分规则，得分只做范围检查"),
    "rule-ambiguous": (Severity.WARNING, "评分标准有歧义",
                       "评分标准可有两种读法（如两档共用端点、未说明取整），已按约定读法计分，请核对"),
    "rate-mismatch": (Severity.ERROR, "比率不符", "表中比率与按表内金额计算的比率不同"),
    "value-unreadable": (Severity.WARNING, "业绩值无法识别", "业绩值不是可计算的数字"),
    "value-not-comparable": (Severity.WARNING, "业绩值与指标值单位不同",
                             "评分标准未能读懂（或未写）的行，业绩值与指标值的单位不同或无法比较（如“950人”对“≥1000户”）；"
                             "得分保留单位自报的，请核实"),
    "value-refused": (Severity.ERROR, "业绩值不能计分",
                      "评分标准不给该业绩值计分：按次数计的行填了负数或小数，按百分比计分的行填了负数"
                      "（评分标准未写负值、指标名称也不是增长率、变动率等）；该行得分无法核对，汇总时无法核定"),
    "implausible-value": (Severity.WARNING, "业绩值数量级可疑",
                          "如在百分比单元格输入 96.87 得到 9687%"),
    "na-full-marks": (Severity.INFO, "缺省得满分", "业绩值为“缺省”，按规定得满分"),
    "unit-converted": (Severity.INFO, "业绩值单位已换算",
                       "业绩值所填金额单位（元、万元、亿元）与该行单位不同，已按十进制换算后计分（如“1,500,000元”按150万元计）"),
    "unit-conflict": (Severity.WARNING, "单位矛盾",
                      "该行度量单位与表头标明的单位（如“实际完成值（万元）”）不同，无法确定业绩值的单位，得分未核对"),
    "formula-replaced": (Severity.ERROR, "公式被改写", "模板中的计算公式被常数覆盖"),
    "template-modified": (Severity.WARNING, "模板被修改", "分值、规则或行与下发的模板版本不同"),
    "helper-deleted": (Severity.WARNING, "辅助计算表被删除",
                       "下发模板的隐藏工作表“计算辅助”被删除，评分表内的公式无法计算（Excel 中显示 #REF! 等错误值）；"
                       "汇总时为错误，核定分按填报值重算"),
    "macro-unknown": (Severity.WARNING, "含有未知宏", "文件含有不是本模板的宏，未运行"),
    "external-link": (Severity.WARNING, "含有外部链接", "文件链接到其他文件或DDE，未跟随"),
    # self-evaluation tables (项目支出绩效自评表)
    "budget-score": (Severity.ERROR, "预算执行得分不符",
                     "预算执行率得分不等于 执行率×分值（按表内金额计算的执行率，不超过分值）"),
    "fund-sum": (Severity.ERROR, "资金合计不符", "年度资金总额不等于其中各项资金之和"),
    "rate-zero-budget": (Severity.WARNING, "预算数为0",
                         "预算数为 0，执行率无法计算（表中却填了执行率）"),
    "selfeval-default": (Severity.WARNING, "与自评默认规则不符",
                         "表中未写评分规则，得分与全国自评默认规则（达到指标值得满分，否则按比例）不一致"),
    "total-incomplete": (Severity.INFO, "合计无法核对", "有指标未填写得分，未填写不按0分计，合计未核对"),
    # 核定 (jixiao collect): recomputed by the rules as issued
    "issued-changed": (Severity.ERROR, "与下发模板不同",
                       "分值、计分规则或公式与下发的模板版本不同；已按下发规则核定"),
    "issued-unknown": (Severity.ERROR, "无下发记录",
                       "文件声明的模板版本没有下发记录，无法按下发规则核定"),
    "word-return": (Severity.INFO, "Word 文档",
                    "Word 文档不记录下发模板的编号、版本和公式，无法核对是否为下发的评分表；按表内分值和计分规则核定"),
    "issued-formulas-unarchived": (Severity.WARNING, "下发公式无存档",
                                   "文件记录的下发公式在规格目录中没有存档，公式只能与本版 jixiao 生成的模板比对"),
    "issued-formulas-unknown": (Severity.WARNING, "下发公式不明",
                                "文件未记录下发公式的编号，其公式与已知的各套下发公式都不完全相同：可能是"
                                "下发时的 jixiao 版本不同，也可能被改动；存档下发原件后可确定"),
    "issued-sheet-ambiguous": (Severity.ERROR, "评分表不唯一",
                               "工作簿中有多张与下发评分表格式相同的工作表，无法确定填报的是哪一张，未核定"),
    "extra-sheet-ignored": (Severity.INFO, "另有工作表", "下发的评分表之外另有表格，未检查，得分按评分表核定"),
    "verified-differs": (Severity.ERROR, "得分与核定不符", "表中得分与按下发规则核定的得分不同"),
    "grade-withheld": (Severity.ERROR, "不评等级",
                       "各指标分值（或得分）合计与表中总分的分值不符，总分是多少分中的得分无法确定，不评等级"),
    "row-unverified": (Severity.ERROR, "无法核定",
                       "某行的业绩值或金额无法读取，或其单位与本行不符（百分比指标填“95分”）：该行无法核定，"
                       "汇总时本表不给出核定总分和核定等级，表中总分仅作单位自报"),
    "qualitative-band": (Severity.ERROR, "定性得分超出区间",
                         "定性指标的得分不在所选完成情况（达成/部分达成/未达成）按下发规则对应的区间内，该行不核定"),
    "verify-error": (Severity.ERROR, "核定出错", "核定得分时出现内部错误，未给出核定得分"),
    "udf-not-run": (Severity.ERROR, "宏版计分函数未运行",
                    "宏版的得分显示 #NAME?/#VALUE!：文件在没有 jixiao 计分函数的程序中保存"
                    "（WPS、LibreOffice 或禁用宏的 Excel），表中得分不可用"),
    "formulas-uncalculated": (Severity.INFO, "公式未计算",
                              "文件中的公式没有计算结果（由程序保存或未重新计算），已由 jixiao 计算"),
}


@dataclass(frozen=True)
class Finding:
    """One problem at one cell.

    Attributes:
        check: stable id from :data:`CATALOGUE` ("score-mismatch").
        severity: 错误 / 警告 / 提示.
        sheet: sheet name ("" for file-level findings).
        cell: A1 address ("I29"; "" for file-level findings).
        message: Chinese message saying where, what, expected vs actual.
        expected / actual: display text ("" when not applicable).
        cells: other cells the finding is about, when there are some (the score cells a total
            could not be checked for); the message names at most five of them.
    """

    check: str
    severity: Severity
    sheet: str
    cell: str
    message: str
    expected: str = ""
    actual: str = ""
    cells: tuple[str, ...] = ()

    def as_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["severity"] = self.severity.value
        del d["cells"]  # the JSON shape stays as documented; the message names the cells
        return d


def finding(check: str, sheet: str, cell: str, message: str, expected: Any = "",
            actual: Any = "", cells: Iterable[str] = ()) -> Finding:
    """Make a finding with the catalogue's severity."""
    severity = CATALOGUE[check][0]
    return Finding(check, severity, sheet, cell or "", message, _show(expected), _show(actual),
                   tuple(cells))


def _show(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, Decimal):
        return fmt_decimal(v.quantize(Decimal("0.000001")).normalize()) if v == v else str(v)
    return str(v)
