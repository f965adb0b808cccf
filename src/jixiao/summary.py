"""The summary workbook (汇总表) of a collection, written with XlsxWriter, atomically.

Sheets:

* 汇总 — one row per file: 单位名称, 年度, 模板, 总分, 等级, 错误数, 警告数, 提示数, 状态, 文件;
* 指标得分 — indicator scores, one row per bureau, one column per indicator
  (template order); one such sheet per template when several are mixed;
* 等级分布 — files per grade, with a pie chart and a column chart;
* 得分分布 — files per 10-point band of the total, with a column chart (histogram);
* 问题清单 — every finding: 文件, 单位名称, 工作表, 单元格, 检查项, 严重程度, 说明, 应为, 实际;
* 无法读取 — files that could not be read (and files skipped), with the reason.

Every table has Chinese headers, an autofilter, a frozen header row, fitted
column widths, and prints on A4 landscape, one page wide, header repeated.
The workbook carries the custom property ``jixiao_summary`` so that a later
``jixiao collect`` over the same folder skips it.
"""

from __future__ import annotations

import datetime as dt
import os
import statistics
from collections import Counter
from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

import xlsxwriter

from jixiao.collect import (
    SUMMARY_PROPERTY,
    CollectResult,
    display_path,
    status,
)
from jixiao.validation.findings import CATALOGUE, Severity
from jixiao.validation.report import Report

__all__ = ["SHEETS", "write_summary"]

SHEETS = ("汇总", "指标得分", "等级分布", "得分分布", "问题清单", "无法读取")
SUMMARY_HEADERS = ("单位名称", "年度", "模板", "总分", "等级", "错误数", "警告数", "提示数", "状态",
                   "文件")
ISSUE_HEADERS = ("文件", "单位名称", "工作表", "单元格", "检查项", "检查项名称", "严重程度", "说明",
                 "应为", "实际")
UNREADABLE_HEADERS = ("文件", "原因", "处理")
NO_TEMPLATE = "（非模板文件）"
NO_GRADE = "（无总分）"
_SEV_RANK = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}
_MAX_WIDTH = {"说明": 70, "原因": 70, "文件": 45, "单位名称": 28}


def _width(v: Any) -> float:
    s = "" if v is None else str(v)
    return sum(2.0 if ord(ch) > 0x2E80 else 1.1 for ch in s)


class _Fmt:
    def __init__(self, wb: xlsxwriter.Workbook) -> None:
        base = {"font_name": "宋体", "font_size": 10, "valign": "vcenter"}
        self.header = wb.add_format({**base, "bold": True, "bg_color": "#D9E1F2", "border": 1,
                                     "align": "center", "text_wrap": True})
        self.title = wb.add_format({**base, "bold": True, "font_size": 12})
        self.label = wb.add_format({**base, "bold": True, "bg_color": "#D9E1F2", "border": 1})
        self.text = wb.add_format(base)
        self.wrap = wb.add_format({**base, "text_wrap": True})
        self.int = wb.add_format({**base, "num_format": "0"})
        self.center = wb.add_format({**base, "align": "center"})
        self.year = wb.add_format({**base, "align": "center", "num_format": "0"})
        self.score = wb.add_format({**base, "num_format": "0.00"})
        self.pct = wb.add_format({**base, "num_format": "0.0%"})
        self.bad = wb.add_format({"bg_color": "#FFC7CE", "font_color": "#9C0006"})
        self.warn = wb.add_format({"bg_color": "#FFEB9C", "font_color": "#9C5700"})
        self.good = wb.add_format({"font_color": "#006100"})


class _Table:
    """Writes one table (header row + rows) and remembers column widths."""

    def __init__(self, ws: Any, fmt: _Fmt, headers: Sequence[str], top: int = 0) -> None:
        self.ws, self.fmt, self.headers, self.top = ws, fmt, list(headers), top
        self.widths = [max(6.0, _width(h) + 2) for h in headers]
        self.row = top + 1
        for c, h in enumerate(headers):
            ws.write_string(top, c, h, fmt.header)

    def add(self, values: Sequence[Any], formats: Sequence[Any] | None = None) -> None:
        for c, v in enumerate(values):
            f = formats[c] if formats is not None and formats[c] is not None else self.fmt.text
            if v is None or v == "":
                self.ws.write_blank(self.row, c, None, f)
            elif isinstance(v, bool):
                self.ws.write_string(self.row, c, "是" if v else "否", f)
            elif isinstance(v, int | float):
                self.ws.write_number(self.row, c, v, f)
            else:
                self.ws.write_string(self.row, c, str(v), f)
            w = _width(f"{v:.2f}" if isinstance(v, float) else v) + 2
            if w > self.widths[c]:
                self.widths[c] = w
        self.row += 1

    def finish(self, freeze_cols: int = 0, header_height: float | None = None) -> None:
        ws = self.ws
        last_row = max(self.row - 1, self.top)
        last_col = len(self.headers) - 1
        ws.autofilter(self.top, 0, last_row, last_col)
        ws.freeze_panes(self.top + 1, freeze_cols)
        for c, h in enumerate(self.headers):
            ws.set_column(c, c, min(self.widths[c], _MAX_WIDTH.get(h, 40)))
        if header_height:
            ws.set_row(self.top, header_height)
        _page_setup(ws, self.top)


def _page_setup(ws: Any, header_row: int | None) -> None:
    ws.set_landscape()
    ws.set_paper(9)  # A4
    ws.set_margins(left=0.4, right=0.4, top=0.6, bottom=0.6)
    ws.fit_to_pages(1, 0)
    if header_row is not None:
        ws.repeat_rows(0, header_row)
    ws.set_footer("&C第 &P 页，共 &N 页")


def _num(v: Decimal | float | None) -> float | None:
    return None if v is None else float(v)


def _year(v: str | None) -> Any:
    if v is None:
        return None
    s = str(v).strip()
    return int(s) if s.isdigit() and len(s) <= 4 else s


def _bureau(r: Report, shown: str) -> str:
    return r.bureau or Path(shown).stem


def _sorted_reports(result: CollectResult) -> list[Report]:
    """Readable files by 模板, 单位名称, 年度, 文件; unreadable ones last."""
    root = result.root

    def key(r: Report) -> tuple[Any, ...]:
        shown = display_path(r.path, root)
        return (r.error is not None, r.template_id or "\uffff", _bureau(r, shown).casefold(),
                str(r.year or ""), shown.casefold())

    return sorted(result.reports, key=key)


def write_summary(result: CollectResult, out: str | os.PathLike[str]) -> Path:
    """Write the summary workbook of ``result`` to ``out`` (.xlsx), atomically; return the path."""
    from jixiao.io import atomic_output

    target = Path(out)
    with atomic_output(target) as tmp:
        _write(result, tmp)
    return target


def _write(result: CollectResult, path: Path) -> None:
    wb = xlsxwriter.Workbook(str(path), {"strings_to_numbers": False, "strings_to_formulas": False,
                                         "strings_to_urls": False})
    wb.set_properties({"title": "绩效评分表汇总", "subject": "绩效评价评分表汇总",
                       "author": "jixiao", "created": dt.datetime.now().replace(microsecond=0)})
    wb.set_custom_property(SUMMARY_PROPERTY, "1")
    fmt = _Fmt(wb)
    reports = _sorted_reports(result)
    readable = [r for r in reports if r.error is None]
    _summary_sheet(wb, fmt, reports, result.root)
    _indicator_sheets(wb, fmt, readable, result.root)
    _grade_sheet(wb, fmt, readable)
    _score_sheet(wb, fmt, readable)
    _issues_sheet(wb, fmt, readable, result.root)
    _unreadable_sheet(wb, fmt, reports, result)
    wb.worksheets()[0].activate()
    wb.close()


# --------------------------------------------------------------------------- 汇总


def _summary_sheet(wb: Any, fmt: _Fmt, reports: list[Report], root: str) -> None:
    ws = wb.add_worksheet("汇总")
    t = _Table(ws, fmt, SUMMARY_HEADERS)
    formats = [None, fmt.year, None, fmt.score, fmt.center, fmt.int, fmt.int, fmt.int, fmt.center,
               None]
    for r in reports:
        shown = display_path(r.path, root)
        if r.error is not None:
            t.add([Path(shown).stem, None, None, None, None, None, None, None, status(r), shown],
                  formats)
            continue
        c = r.counts
        t.add([_bureau(r, shown), _year(r.year), r.template_id or NO_TEMPLATE, _num(r.total),
               r.grade, c[Severity.ERROR.value], c[Severity.WARNING.value],
               c[Severity.INFO.value], status(r), shown], formats)
    last = max(t.row - 1, 1)
    col = SUMMARY_HEADERS.index("状态")
    for text, f in (("无法读取", fmt.bad), ("有问题", fmt.bad), ("通过", fmt.good)):
        ws.conditional_format(1, col, last, col, {"type": "cell", "criteria": "==",
                                                  "value": f'"{text}"', "format": f})
    err = SUMMARY_HEADERS.index("错误数")
    ws.conditional_format(1, err, last, err, {"type": "cell", "criteria": ">", "value": 0,
                                              "format": fmt.bad})
    t.finish(freeze_cols=1)


# --------------------------------------------------------------------------- 指标得分


def _indicator_groups(reports: list[Report]) -> dict[str, list[Report]]:
    groups: dict[str, list[Report]] = {}
    for r in reports:
        if r.tables:
            groups.setdefault(r.template_id or NO_TEMPLATE, []).append(r)
    return groups


def _keyed(indicators: Sequence[tuple[str, Any, Any]]) -> list[tuple[tuple[str, int], Any, Any]]:
    """((name, occurrence), weight, score): names repeated in one table stay apart."""
    seen: Counter[str] = Counter()
    out = []
    for name, weight, score in indicators:
        out.append(((name, seen[name]), weight, score))
        seen[name] += 1
    return out


def _indicator_sheets(wb: Any, fmt: _Fmt, reports: list[Report], root: str) -> None:
    from jixiao.validation.template_checks import known_specs

    groups = _indicator_groups(reports)
    if not groups:
        groups = {NO_TEMPLATE: []}
    specs = known_specs()
    for k, (tid, members) in enumerate(groups.items()):
        ws = wb.add_worksheet("指标得分" if k == 0 else f"指标得分{k + 1}")
        columns: dict[tuple[str, int], Any] = {}  # key -> weight, in template order
        spec = specs.get(tid)
        title = f"模板：{tid}"
        if spec is not None:
            title = f"模板：{spec.id}（第{spec.version}版）{spec.title}"
            seen: Counter[str] = Counter()
            for ind in spec.indicators():
                columns[(ind.name, seen[ind.name])] = ind.weight
                seen[ind.name] += 1
        for r in members:
            for key, weight, _score in _keyed(r.tables[0].indicators):
                columns.setdefault(key, weight)
        ws.write_string(0, 0, title, fmt.title)
        names = [f"{name}\n（{_fmt_weight(w)}分）" if w is not None else name
                 for (name, _i), w in columns.items()]
        headers = ["单位名称", "年度", *names, "总分", "等级", "文件"]
        t = _Table(ws, fmt, headers, top=1)
        for c in range(2, 2 + len(names)):  # wrapped names: keep the columns narrow
            t.widths[c] = 10
        index = {key: i for i, key in enumerate(columns)}
        for r in members:
            shown = display_path(r.path, root)
            scores: list[Any] = [None] * len(columns)
            for key, _w, score in _keyed(r.tables[0].indicators):
                scores[index[key]] = _num(score)
            t.add([_bureau(r, shown), _year(r.year), *scores, _num(r.total), r.grade, shown],
                  [None, fmt.int, *([fmt.score] * len(columns)), fmt.score, None, None])
        for c in range(2, 2 + len(names)):
            t.widths[c] = 10
        t.finish(freeze_cols=1, header_height=48)


def _fmt_weight(w: Any) -> str:
    from jixiao.rules.model import fmt_decimal

    try:
        return fmt_decimal(Decimal(str(w)))
    except Exception:  # noqa: BLE001 - display only
        return str(w)


# --------------------------------------------------------------------------- 等级分布


def _grade_order(reports: list[Report]) -> list[str]:
    """Grade labels: the schemes' bands, highest first, then any other stated label."""
    from jixiao.grading import parse_scheme
    from jixiao.validation.template_checks import known_specs

    specs = known_specs()
    order: list[str] = []
    schemes = {specs[r.template_id].grade_scheme if r.template_id in specs else None
               for r in reports}
    for scheme in sorted(schemes, key=lambda s: (s is not None, s or "")):
        try:
            bands = parse_scheme(scheme).bands
        except ValueError:  # InputError is a ValueError
            continue
        order += [label for _low, label in bands if label not in order]
    means: dict[str, list[float]] = {}
    for r in reports:
        if r.grade and r.grade not in order:
            means.setdefault(r.grade, []).append(float(r.total) if r.total is not None else 0.0)
    order += sorted(means, key=lambda g: -statistics.fmean(means[g]))
    return order


def _grade_sheet(wb: Any, fmt: _Fmt, reports: list[Report]) -> None:
    ws = wb.add_worksheet("等级分布")
    counts = Counter(r.grade or NO_GRADE for r in reports)
    labels = _grade_order(reports)
    if counts.get(NO_GRADE):
        labels.append(NO_GRADE)
    total = sum(counts.values())
    t = _Table(ws, fmt, ("等级", "文件数", "占比"))
    for g in labels:
        n = counts.get(g, 0)
        t.add([g, n, (n / total) if total else 0.0], [None, fmt.int, fmt.pct])
    t.add(["合计", total, 1.0 if total else 0.0], [None, fmt.int, fmt.pct])
    t.finish()
    n = len(labels)
    if n == 0:
        return
    pie = wb.add_chart({"type": "pie"})
    pie.add_series({
        "name": "等级分布",
        "categories": ["等级分布", 1, 0, n, 0],
        "values": ["等级分布", 1, 1, n, 1],
        "data_labels": {"category": True, "value": True, "percentage": True,
                        "separator": "\n", "position": "best_fit"},
    })  # fmt: skip
    pie.set_title({"name": "各等级文件数"})
    pie.set_legend({"position": "right"})
    ws.insert_chart(1, 4, pie, {"x_scale": 1.1, "y_scale": 1.1})
    col = wb.add_chart({"type": "column"})
    col.add_series({
        "name": "文件数",
        "categories": ["等级分布", 1, 0, n, 0],
        "values": ["等级分布", 1, 1, n, 1],
        "data_labels": {"value": True},
    })  # fmt: skip
    col.set_title({"name": "等级分布"})
    col.set_legend({"none": True})
    col.set_y_axis({"name": "文件数", "min": 0, "major_gridlines": {"visible": True}})
    ws.insert_chart(18, 4, col, {"x_scale": 1.1, "y_scale": 1.1})


# --------------------------------------------------------------------------- 得分分布


def score_bins(totals: Sequence[float], width: int = 10,
               top: float = 100) -> list[tuple[str, float | None, float | None, int]]:  # fmt: skip
    """(label, low, high, count) per ``width``-point band; the last band includes ``top``.

    >>> [b[0] for b in score_bins([95, 100, 59.99])][-2:], score_bins([100])[-1][3]
    (['80–90', '90–100'], 1)
    """
    edges = list(range(0, int(top), width))
    bins: list[tuple[str, float | None, float | None, int]] = []
    below = sum(1 for x in totals if x < 0)
    above = sum(1 for x in totals if x > top)
    if below:
        bins.append(("<0", None, 0.0, below))
    for i, lo in enumerate(edges):
        hi = min(lo + width, top)
        last = i == len(edges) - 1
        n = sum(1 for x in totals if lo <= x < hi or (last and x == hi))
        bins.append((f"{lo}–{hi:g}", float(lo), float(hi), n))
    if above:
        bins.append((f">{top:g}", float(top), None, above))
    return bins


def _score_sheet(wb: Any, fmt: _Fmt, reports: list[Report]) -> None:
    ws = wb.add_worksheet("得分分布")
    totals = [float(r.total) for r in reports if r.total is not None]
    bins = score_bins(totals)
    t = _Table(ws, fmt, ("分数段", "下限（含）", "上限", "文件数"))
    for label, lo, hi, n in bins:
        t.add([label, lo, hi, n], [None, fmt.score, fmt.score, fmt.int])
    stats_row = t.row + 1
    stats: list[tuple[str, float | int | None]] = [("有总分的文件数", len(totals))]
    if totals:
        stats += [("平均分", statistics.fmean(totals)), ("中位数", statistics.median(totals)),
                  ("最高分", max(totals)), ("最低分", min(totals))]
        if len(totals) > 1:
            stats.append(("标准差", statistics.stdev(totals)))
    t.widths[0] = max(t.widths[0], *(_width(label) + 3 for label, _v in stats))
    for i, (label, v) in enumerate(stats):
        ws.write_string(stats_row + i, 0, label, fmt.label)
        if v is not None:
            ws.write_number(stats_row + i, 1, v, fmt.int if isinstance(v, int) else fmt.score)
    t.finish()
    n = len(bins)
    chart = wb.add_chart({"type": "column"})
    chart.add_series({
        "name": "文件数",
        "categories": ["得分分布", 1, 0, n, 0],
        "values": ["得分分布", 1, 3, n, 3],
        "gap": 5,
        "data_labels": {"value": True},
        "fill": {"color": "#4472C4"},
    })  # fmt: skip
    chart.set_title({"name": "总分分布（每10分一段）"})
    chart.set_legend({"none": True})
    chart.set_x_axis({"name": "总分"})
    chart.set_y_axis({"name": "文件数", "min": 0, "major_gridlines": {"visible": True}})
    ws.insert_chart(1, 5, chart, {"x_scale": 1.3, "y_scale": 1.2})


# --------------------------------------------------------------------------- 问题清单 / 无法读取


def _issues_sheet(wb: Any, fmt: _Fmt, reports: list[Report], root: str) -> None:
    ws = wb.add_worksheet("问题清单")
    t = _Table(ws, fmt, ISSUE_HEADERS)
    for r in reports:
        shown = display_path(r.path, root)
        bureau = _bureau(r, shown)
        for f in sorted(r.findings, key=lambda f: _SEV_RANK.get(f.severity, 3)):
            title = CATALOGUE[f.check][1] if f.check in CATALOGUE else ""
            t.add([shown, bureau, f.sheet, f.cell, f.check, title, f.severity.value, f.message,
                   f.expected, f.actual])
    last = max(t.row - 1, 1)
    col = ISSUE_HEADERS.index("严重程度")
    ws.conditional_format(1, col, last, col, {"type": "cell", "criteria": "==",
                                              "value": '"错误"', "format": fmt.bad})
    ws.conditional_format(1, col, last, col, {"type": "cell", "criteria": "==",
                                              "value": '"警告"', "format": fmt.warn})
    t.finish()


def _unreadable_sheet(wb: Any, fmt: _Fmt, reports: list[Report], result: CollectResult) -> None:
    ws = wb.add_worksheet("无法读取")
    t = _Table(ws, fmt, UNREADABLE_HEADERS)
    for r in reports:
        if r.error is not None:
            t.add([display_path(r.path, result.root), r.error, "无法读取，请重新提交"])
    for path, why in result.skipped:
        t.add([display_path(path, result.root), why, "已跳过"])
    t.finish()
