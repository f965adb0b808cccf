"""The summary workbook (汇总表) a chief reads, written with XlsxWriter from the collection's frames.

Sheets:

* 汇总 — title (template title, year, counts), then one row per return ranked by
  核定总分: 排名, 单位名称, 年度, 核定总分/等级 beside 自报总分/等级 (differences
  highlighted), 状态, 报送情况, 错误数, 警告数, 文件;
* 指标得分 — the matrix: one row per bureau (rank order), one column per indicator
  (核定得分, template order), then 平均得分 / 得分率 / 最低 rows with weak
  indicators (得分率 below 80 %) highlighted; prints landscape across as many
  A4 pages as it needs, bureau columns and headers repeated (never shrunk to one);
* 等级分布 — bureaus per 核定等级 (each bureau once), pie and column charts;
* 得分分布 — histogram of 核定总分 with bins chosen from the data;
* 报送情况 — the roster: 已报送 / 未报送 / 重复报送, and returns outside the roster;
* 问题清单 — findings sorted by severity, file, cell, with Chinese check names;
  a note that is the same for many files (template-level) is shown once;
* 无法读取 — files that could not be read or were skipped, with the reason.

Every table has Chinese headers, an autofilter and frozen headers, and prints on
A4 landscape with its headers repeated. The workbook carries the custom property
``jixiao_summary`` so a later ``jixiao collect`` over the same folder skips it.
"""

from __future__ import annotations

import datetime as dt
import math
import os
import statistics
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import xlsxwriter

from jixiao.bureaus import SAME_BUREAU_RULE, several_returns
from jixiao.collect import STATUS_OK, STATUS_WARNING, STATUSES, SUMMARY_PROPERTY, display_path

if TYPE_CHECKING:
    from jixiao.collect import CollectResult
    from jixiao.frames import Collection

__all__ = ["SHEETS", "WEAK_RATE", "score_bins", "write_summary"]

SHEETS = ("汇总", "指标得分", "等级分布", "得分分布", "报送情况", "问题清单", "无法读取")
SUMMARY_HEADERS = ("排名", "单位名称", "年度", "核定总分", "核定等级", "自报总分", "自报等级",
                   "差异", "状态", "报送情况", "错误数", "警告数", "未核定原因", "文件")
ISSUE_HEADERS = ("严重程度", "单位名称", "工作表", "单元格", "检查项", "说明", "应为", "实际", "文件")
UNREADABLE_HEADERS = ("文件", "原因", "处理")
#: an indicator whose average 得分率 is below this is highlighted as weak
WEAK_RATE = 0.8
NO_GRADE = "（无核定等级）"
#: a 核定得分 cell of a row whose input cannot be scored (the reason: 汇总's 未核定原因)
UNVERIFIED = "无法核定"
_SEV_RANK = {"错误": 0, "警告": 1, "提示": 2}
_MAX_WIDTH = {"说明": 60, "原因": 70, "文件": 40, "单位名称": 24, "未核定原因": 60}
TOL = 0.005


def _width(v: Any) -> float:
    s = "" if v is None else str(v)
    return sum(2.0 if ord(ch) > 0x2E80 else 1.1 for ch in s)


class _Fmt:
    def __init__(self, wb: xlsxwriter.Workbook) -> None:
        base = {"font_name": "宋体", "font_size": 10, "valign": "vcenter"}
        self.base = base
        self.header = wb.add_format({**base, "bold": True, "bg_color": "#D9E1F2", "border": 1,
                                     "align": "center", "text_wrap": True})
        self.title = wb.add_format({**base, "bold": True, "font_size": 16, "align": "center"})
        self.subtitle = wb.add_format({**base, "font_size": 10, "align": "center"})
        self.label = wb.add_format({**base, "bold": True, "bg_color": "#D9E1F2", "border": 1})
        self.text = wb.add_format(base)
        self.wrap = wb.add_format({**base, "text_wrap": True})
        self.int = wb.add_format({**base, "num_format": "0", "align": "center"})
        self.center = wb.add_format({**base, "align": "center"})
        self.score = wb.add_format({**base, "num_format": "0.00"})
        self.pct = wb.add_format({**base, "num_format": "0.0%"})
        bad = {"bg_color": "#FFC7CE", "font_color": "#9C0006"}
        warn = {"bg_color": "#FFEB9C", "font_color": "#9C5700"}
        self.bad = wb.add_format({**base, **bad, "align": "center"})
        self.bad_score = wb.add_format({**base, **bad, "num_format": "0.00"})
        self.warn = wb.add_format({**base, **warn, "align": "center"})
        self.warn_score = wb.add_format({**base, **warn, "num_format": "0.00"})
        self.warn_pct = wb.add_format({**base, **warn, "num_format": "0.0%"})
        self.warn_header = wb.add_format({**base, **warn, "bold": True, "border": 1,
                                          "align": "center", "text_wrap": True})
        self.good = wb.add_format({**base, "font_color": "#006100", "align": "center"})
        self.stat_label = wb.add_format({**base, "bold": True, "bg_color": "#F2F2F2", "border": 1})


class _Table:
    """Writes one table (header row + rows) and remembers column widths."""

    def __init__(self, ws: Any, fmt: _Fmt, headers: Sequence[str], top: int = 0,
                 header_formats: Sequence[Any] | None = None) -> None:
        self.ws, self.fmt, self.headers, self.top = ws, fmt, list(headers), top
        self.widths = [max(6.0, _width(h) + 2) for h in headers]
        self.row = top + 1
        for c, h in enumerate(headers):
            f = header_formats[c] if header_formats is not None else fmt.header
            ws.write_string(top, c, h, f)

    def add(self, values: Sequence[Any], formats: Sequence[Any] | None = None) -> None:
        for c, v in enumerate(values):
            f = formats[c] if formats is not None and formats[c] is not None else self.fmt.text
            _cell(self.ws, self.row, c, v, f)
            w = _width(f"{v:.2f}" if isinstance(v, float) else v) + 2
            if w > self.widths[c]:
                self.widths[c] = w
        self.row += 1

    def finish(self, freeze_cols: int = 0, header_height: float | None = None,
               fit_width: bool = True) -> None:
        ws = self.ws
        last_row = max(self.row - 1, self.top)
        ws.autofilter(self.top, 0, last_row, len(self.headers) - 1)
        ws.freeze_panes(self.top + 1, freeze_cols)
        for c, h in enumerate(self.headers):
            ws.set_column(c, c, min(self.widths[c], _MAX_WIDTH.get(h, 40)))
        if header_height:
            ws.set_row(self.top, header_height)
        _page_setup(ws, self.top, fit_width=fit_width)


def _cell(ws: Any, r: int, c: int, v: Any, f: Any) -> None:
    if v is None or v == "" or (isinstance(v, float) and math.isnan(v)):
        ws.write_blank(r, c, None, f)
    elif isinstance(v, bool):
        ws.write_string(r, c, "是" if v else "否", f)
    elif isinstance(v, int | float):
        ws.write_number(r, c, v, f)
    else:
        ws.write_string(r, c, str(v), f)


def _page_setup(ws: Any, header_row: int | None, fit_width: bool = True) -> None:
    ws.set_landscape()
    ws.set_paper(9)  # A4
    ws.set_margins(left=0.4, right=0.4, top=0.6, bottom=0.6)
    if fit_width:
        ws.fit_to_pages(1, 0)
    if header_row is not None:
        ws.repeat_rows(0, header_row)
    ws.set_footer("&C第 &P 页，共 &N 页")


def _value(v: Any) -> Any:
    """pandas' NaN / NA as None; numpy scalars as Python numbers."""
    if v is None:
        return None
    try:
        import pandas as pd

        if pd.isna(v):
            return None
    except (TypeError, ValueError):
        pass
    if hasattr(v, "item"):
        return v.item()
    return v


def _records(df: Any) -> list[dict[str, Any]]:
    return [{k: _value(v) for k, v in row.items()} for row in df.to_dict("records")]


# --------------------------------------------------------------------------- entry point


def write_summary(result: CollectResult | Collection, out: str | os.PathLike[str]) -> Path:
    """Write the summary workbook of ``result`` to ``out`` (.xlsx), atomically; return the path."""
    from jixiao.frames import Collection, frames_of
    from jixiao.io import atomic_output

    col = result if isinstance(result, Collection) else frames_of(result)
    target = Path(out)
    with atomic_output(target) as tmp:
        _write(col, tmp)
    return target


def _write(col: Collection, path: Path) -> None:
    wb = xlsxwriter.Workbook(str(path), {"strings_to_numbers": False, "strings_to_formulas": False,
                                         "strings_to_urls": False, "nan_inf_to_errors": True})
    title = heading(col)
    wb.set_properties({"title": title, "subject": "绩效评价评分表汇总",
                       "author": "jixiao", "created": dt.datetime.now().replace(microsecond=0)})
    wb.set_custom_property(SUMMARY_PROPERTY, "1")
    fmt = _Fmt(wb)
    ranked = ranked_bureaus(col)
    _summary_sheet(wb, fmt, col, ranked, title)
    _matrix_sheets(wb, fmt, col, ranked, title)
    _grade_sheet(wb, fmt, col, ranked)
    _score_sheet(wb, fmt, ranked)
    _roster_sheet(wb, fmt, col)
    _issues_sheet(wb, fmt, col)
    _unreadable_sheet(wb, fmt, col)
    wb.worksheets()[0].activate()
    wb.close()


def heading(col: Collection) -> str:
    """"<年度+模板标题>汇总" from the most common template and year among the counted returns."""
    from jixiao.templates.spec import issued_spec, render_title

    b = col.bureaus
    ok = b[b["reason"].isna()] if len(b) else b
    tpl = ok["template"].dropna()
    years = ok["year"].dropna()
    year = str(years.astype(str).mode().iloc[0]) if len(years) else None
    base = "绩效评价评分表"
    if len(tpl):
        tid = tpl.mode().iloc[0]
        versions = ok[ok["template"] == tid]["version"].dropna()
        spec = issued_spec(tid, versions.mode().iloc[0]) if len(versions) else None
        if spec is not None:
            pattern = spec.title.replace("{单位名称}", "")
            if year is None:
                import re

                pattern = re.sub(r"\{年度\}\s*年?度?", "", pattern)
            elif "{年度}" not in pattern:
                pattern = f"{year}年{pattern}"
            base = render_title(pattern, None, year).strip(" ＿")
    elif year:
        base = f"{year}年{base}"
    return f"{base}汇总"


def ranked_bureaus(col: Collection) -> list[dict[str, Any]]:
    """Bureau rows: counted returns with a 核定总分 by rank (ties share a rank), then the rest."""
    rows = _records(col.bureaus)
    scored = sorted((r for r in rows if r["counted"] and r["verified_total"] is not None),
                    key=lambda r: (-r["verified_total"], str(r["bureau"])))
    for r in scored:
        r["rank"] = 1 + sum(1 for x in scored if x["verified_total"] > r["verified_total"] + 1e-9)
    order = {s: i for i, s in enumerate(STATUSES)}
    rest = sorted((r for r in rows if not (r["counted"] and r["verified_total"] is not None)),
                  key=lambda r: (not r["counted"], order.get(r["status"], 9), str(r["bureau"])))
    for r in rest:
        r["rank"] = None
    return scored + rest


# --------------------------------------------------------------------------- 汇总


def _title_rows(ws: Any, fmt: _Fmt, title: str, line: str, last_col: int) -> None:
    ws.merge_range(0, 0, 0, last_col, title, fmt.title)
    ws.set_row(0, 28)
    ws.merge_range(1, 0, 1, last_col, line, fmt.subtitle)


def counts_line(col: Collection) -> str:
    """"共 N 份：x 通过，…；名单 M 个单位：…" (the line under the title)."""
    c = Counter(col.bureaus["status"]) if len(col.bureaus) else Counter()
    parts = "，".join(f"{c[s]} {s}" for s in reversed(STATUSES) if c[s])
    line = f"共收到 {len(col.bureaus)} 份" + (f"：{parts}" if parts else "")
    if col.roster is not None:
        rc = Counter(col.roster["status"])
        line += (f"；名单 {len(col.roster)} 个单位：{rc['已报送'] + rc['重复报送']} 已报送，"
                 f"{rc['未报送']} 未报送，{rc['重复报送']} 重复报送")
        outside = int((col.bureaus["roster_status"] == "名单外").sum())
        if outside:
            line += f"，{outside} 份不在名单内"
    elif len(col.bureaus):  # no roster: one bureau's several returns are said, its newest ranked (p41, p42)
        b = col.bureaus[col.bureaus["status"] != "无法读取"]
        many = several_returns(zip(b["bureau"].where(b["bureau"].notna(), None), b["file"], strict=True))
        if many:
            line += f"；同一单位多份（未给名单，{SAME_BUREAU_RULE}）：" + "、".join(
                f"{k} {len(v)} 份" for k, v in many.items())
    return line + f"（{dt.date.today():%Y年%m月%d日}汇总）"


def _summary_sheet(wb: Any, fmt: _Fmt, col: Collection, ranked: list[dict[str, Any]],
                   title: str) -> None:
    ws = wb.add_worksheet("汇总")
    headers = list(SUMMARY_HEADERS)
    if col.roster is None and not col.bureaus["roster_status"].notna().any():  # no roster, no bureau twice
        headers.remove("报送情况")
    _title_rows(ws, fmt, title, counts_line(col), len(headers) - 1)
    t = _Table(ws, fmt, headers, top=2)
    for r in ranked:
        diff = None
        if r["reported_total"] is not None and r["verified_total"] is not None:
            diff = round(r["reported_total"] - r["verified_total"], 6)
        differs = (diff is not None and abs(diff) > TOL) or (
            r["reported_total"] is not None and r["verified_total"] is None
            and r["status"] not in ("未填写", "不完整"))
        grade_differs = r["reported_grade"] is not None and r["verified_grade"] is not None and \
            r["reported_grade"] != r["verified_grade"]
        status = r["status"]
        values = {
            "排名": r["rank"], "单位名称": r["bureau"], "年度": r["year"],
            "核定总分": r["verified_total"], "核定等级": r["verified_grade"],
            "自报总分": "（公式未计算）" if r["computed"] else r["reported_total"],
            "自报等级": r["reported_grade"],
            "差异": diff, "状态": status, "报送情况": r["roster_status"],
            "错误数": r["errors"] if r["reason"] is None else None,
            "警告数": r["warnings"] if r["reason"] is None else None,
            "未核定原因": r.get("unverified"), "文件": r["file"],
        }  # fmt: skip
        formats = {
            "排名": fmt.int, "年度": fmt.center, "核定总分": fmt.score, "核定等级": fmt.center,
            "自报总分": fmt.bad_score if differs else fmt.score,
            "自报等级": fmt.bad if grade_differs else fmt.center,
            "差异": fmt.bad_score if differs else fmt.score,
            "状态": (fmt.good if status == STATUS_OK else fmt.warn if status == STATUS_WARNING
                   else fmt.bad),
            "报送情况": fmt.bad if r["roster_status"] in ("重复报送", "名单外") else fmt.center,
            "错误数": fmt.bad if r["errors"] else fmt.int, "警告数": fmt.int,
        }  # fmt: skip
        t.add([values[h] for h in headers], [formats.get(h) for h in headers])
    t.finish(freeze_cols=2)


# --------------------------------------------------------------------------- 指标得分


def _matrix_sheets(wb: Any, fmt: _Fmt, col: Collection, ranked: list[dict[str, Any]],
                   title: str) -> None:
    s = col.scores
    counted = s[s["counted"]] if len(s) else s
    groups = list(dict.fromkeys(counted["template"].fillna(""))) if len(counted) else [""]
    for k, tid in enumerate(groups):
        ws = wb.add_worksheet("指标得分" if k == 0 else f"指标得分{k + 1}")
        part = counted[counted["template"].fillna("") == tid] if len(counted) else counted
        _matrix(ws, fmt, part, ranked, title)


def _matrix(ws: Any, fmt: _Fmt, part: Any, ranked: list[dict[str, Any]], title: str) -> None:
    from jixiao.rules.model import fmt_decimal

    cols: dict[int, tuple[str, float | None]] = {}
    for r in _records(part):
        cols.setdefault(r["order"], (r["indicator"], r["weight"]))
    orders = sorted(cols)
    by_file: dict[str, dict[int, Any]] = {}
    noted: set[tuple[str, int]] = set()
    for r in _records(part):
        # a row whose input cannot be scored says so (its file has no 核定总分: not in the statistics below)
        by_file.setdefault(r["file"], {})[r["order"]] = UNVERIFIED if r.get("unverified") else r["verified"]
        if r.get("note"):  # a typed 得分 kept beside a 业绩值 of another unit (p38): shown, marked 待核实
            noted.add((r["file"], r["order"]))
    # statistics over the complete returns (those with a 核定总分); 未填写 ones are left out
    complete = {r["file"] for r in ranked if r["rank"] is not None}
    shown = [r for r in ranked if r["file"] in by_file and r["status"] != "未填写"]
    stats = {}
    for o in orders:
        vals = [v[o] for f, v in by_file.items() if f in complete and v.get(o) is not None]
        w = cols[o][1]
        mean = statistics.fmean(vals) if vals else None
        stats[o] = (mean, (mean / w) if mean is not None and w else None,
                    min(vals) if vals else None)
    weak = {o for o in orders if stats[o][1] is not None and stats[o][1] < WEAK_RATE}
    names = [f"{cols[o][0]}\n（{fmt_decimal_safe(cols[o][1], fmt_decimal)}分）" for o in orders]
    headers = ["排名", "单位名称", *names, "核定总分", "核定等级"]
    last = len(headers) - 1
    _title_rows(ws, fmt, f"{title}：各指标核定得分",
                f"每行一个单位（按核定总分排名，不完整的列在后面，未填写的不列）；底部为有核定总分的"
                f"单位各指标的平均得分、得分率、最低分，得分率低于{WEAK_RATE:.0%}的指标标黄"
                + ("；单位行中标黄的得分为保留的自报得分（业绩值与指标值单位不同，待核实）" if noted else ""),
                min(last, 12))
    hf = [fmt.header, fmt.header, *(fmt.warn_header if o in weak else fmt.header for o in orders),
          fmt.header, fmt.header]
    t = _Table(ws, fmt, headers, top=2, header_formats=hf)
    for r in shown:
        scores = [by_file[r["file"]].get(o) for o in orders]
        t.add([r["rank"], r["bureau"], *scores, r["verified_total"], r["verified_grade"]],
              [fmt.int, None, *(fmt.warn_score if (r["file"], o) in noted else fmt.score for o in orders),
               fmt.score, fmt.center])
    last_data = t.row - 1
    for label, i, f, wf in (("平均得分", 0, fmt.score, fmt.warn_score),
                            ("得分率", 1, fmt.pct, fmt.warn_pct),
                            ("最低", 2, fmt.score, fmt.warn_score)):
        ws.write_string(t.row, 0, "", fmt.stat_label)
        ws.write_string(t.row, 1, label, fmt.stat_label)
        for j, o in enumerate(orders):
            _cell(ws, t.row, 2 + j, stats[o][i], wf if o in weak else f)
        t.row += 1
    ws.autofilter(2, 0, max(last_data, 2), last)
    ws.freeze_panes(3, 2)
    ws.set_column(0, 0, 5)
    ws.set_column(1, 1, min(max(t.widths[1], 10), _MAX_WIDTH["单位名称"]))
    ws.set_column(2, 1 + len(orders), 9)
    ws.set_column(2 + len(orders), last, 9)
    ws.set_row(2, 84)
    # print: landscape A4, as many pages across as needed (never shrunk to one), the title
    # rows and the 排名/单位名称 columns repeated on every page
    _page_setup(ws, 2, fit_width=False)
    ws.repeat_columns(0, 1)
    ws.set_print_scale(85)


def fmt_decimal_safe(w: Any, fmt_decimal: Any) -> str:
    from decimal import Decimal

    if w is None:
        return "—"
    return fmt_decimal(Decimal(str(w)))


# --------------------------------------------------------------------------- 等级分布


def grade_order(grades: Sequence[str], means: dict[str, float]) -> list[str]:
    """Known grade words best first (优 良 中 差 / 好 较好 一般 差), then others by mean score."""
    from jixiao.grading import parse_scheme

    order: list[str] = []
    for scheme in (None, "90:好;80:较好;60:一般;0:差"):
        order += [label for _lo, label in parse_scheme(scheme).bands
                  if label in grades and label not in order]
    order += sorted((g for g in set(grades) if g not in order), key=lambda g: -means.get(g, 0))
    return order


def _grade_sheet(wb: Any, fmt: _Fmt, col: Collection, ranked: list[dict[str, Any]]) -> None:
    ws = wb.add_worksheet("等级分布")
    counted = [r for r in ranked if r["counted"] and r["reason"] is None]
    counts = Counter(r["verified_grade"] or NO_GRADE for r in counted)
    means: dict[str, list[float]] = {}
    for r in counted:
        if r["verified_grade"]:
            means.setdefault(r["verified_grade"], []).append(r["verified_total"] or 0.0)
    labels = grade_order([g for g in counts if g != NO_GRADE],
                         {g: statistics.fmean(v) for g, v in means.items()})
    if counts.get(NO_GRADE):
        labels.append(NO_GRADE)
    total = sum(counts.values())
    ws.merge_range(0, 0, 0, 3, "核定等级分布（每个单位计一次）", fmt.title)
    t = _Table(ws, fmt, ("核定等级", "单位数", "占比", "单位"), top=1)
    for g in labels:
        n = counts.get(g, 0)
        who = "、".join(str(r["bureau"]) for r in counted if (r["verified_grade"] or NO_GRADE) == g)
        t.add([g, n, (n / total) if total else 0.0, who], [fmt.center, fmt.int, fmt.pct, fmt.wrap])
    t.add(["合计", total, 1.0 if total else 0.0, ""], [fmt.label, fmt.int, fmt.pct, None])
    t.widths[3] = 50
    t.finish()
    n = len([g for g in labels if g != NO_GRADE])
    if n == 0:
        return
    pie = wb.add_chart({"type": "pie"})
    pie.add_series({
        "name": "核定等级分布",
        "categories": ["等级分布", 2, 0, 1 + n, 0],
        "values": ["等级分布", 2, 1, 1 + n, 1],
        "data_labels": {"category": True, "value": True, "percentage": True,
                        "separator": "\n", "position": "best_fit"},
    })  # fmt: skip
    pie.set_title({"name": "各等级单位数"})
    pie.set_legend({"position": "right"})
    ws.insert_chart(n + 5, 0, pie, {"x_scale": 1.0, "y_scale": 1.0})
    colc = wb.add_chart({"type": "column"})
    colc.add_series({
        "name": "单位数",
        "categories": ["等级分布", 2, 0, 1 + n, 0],
        "values": ["等级分布", 2, 1, 1 + n, 1],
        "data_labels": {"value": True},
    })  # fmt: skip
    colc.set_title({"name": "核定等级分布"})
    colc.set_legend({"none": True})
    colc.set_y_axis({"name": "单位数", "min": 0, "major_gridlines": {"visible": True}})
    ws.insert_chart(n + 5, 3, colc, {"x_scale": 1.0, "y_scale": 1.0})


# --------------------------------------------------------------------------- 得分分布


def score_bins(totals: Sequence[float], target: int = 6
               ) -> list[tuple[str, float, float, int]]:  # fmt: skip
    """(label, low, high, count): about ``target`` equal bins of a "nice" width (1, 2, 2.5, 5,
    10 … points, at least 1) covering the data; each bin holds low <= x < high, the last one
    also its high.

    >>> [(b[0], b[3]) for b in score_bins([61.5, 70, 74.2, 88, 93.67])]
    [('60–70', 1), ('70–80', 2), ('80–90', 1), ('90–100', 1)]
    >>> [(b[0], b[3]) for b in score_bins([91.2, 92.5, 93, 94.9, 95.5, 96])]
    [('91–92', 1), ('92–93', 1), ('93–94', 1), ('94–95', 1), ('95–96', 2)]
    >>> score_bins([])
    []
    """
    if not totals:
        return []
    lo, hi = min(totals), max(totals)
    raw = (hi - lo) / target
    width = 1.0
    if raw > 1:
        mag = 10 ** math.floor(math.log10(raw))
        width = next(m * mag for m in (1, 2, 2.5, 5, 10) if m * mag >= raw - 1e-12)
    start = math.floor(lo / width) * width
    steps = (hi - start) / width
    n = math.floor(steps + 1e-9) + 1
    if n > 1 and abs(steps - round(steps)) < 1e-9:
        n -= 1  # the top value sits on an edge: the last bin includes its upper edge
    counts = [0] * n
    for x in totals:
        counts[min(n - 1, max(0, math.floor((x - start) / width + 1e-9)))] += 1
    edges = [start + k * width for k in range(n + 1)]
    return [(f"{edges[k]:g}–{edges[k + 1]:g}", float(edges[k]), float(edges[k + 1]), counts[k])
            for k in range(n)]


def _score_sheet(wb: Any, fmt: _Fmt, ranked: list[dict[str, Any]]) -> None:
    ws = wb.add_worksheet("得分分布")
    totals = [r["verified_total"] for r in ranked if r["counted"] and r["verified_total"] is not None]
    bins = score_bins(totals)
    ws.merge_range(0, 0, 0, 3, "核定总分分布（每个单位计一次）", fmt.title)
    t = _Table(ws, fmt, ("分数段", "下限（含）", "上限", "单位数"), top=1)
    for label, lo, hi, n in bins:
        t.add([label, lo, hi, n], [fmt.center, fmt.score, fmt.score, fmt.int])
    stats_row = t.row + 1
    stats: list[tuple[str, float | int | None]] = [("有核定总分的单位数", len(totals))]
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
    if not n:
        return
    chart = wb.add_chart({"type": "column"})
    chart.add_series({
        "name": "单位数",
        "categories": ["得分分布", 2, 0, 1 + n, 0],
        "values": ["得分分布", 2, 3, 1 + n, 3],
        "gap": 5,
        "data_labels": {"value": True},
        "fill": {"color": "#4472C4"},
    })  # fmt: skip
    width = bins[0][2] - bins[0][1]
    chart.set_title({"name": f"核定总分分布（每{width:g}分一段）"})
    chart.set_legend({"none": True})
    chart.set_x_axis({"name": "核定总分"})
    chart.set_y_axis({"name": "单位数", "min": 0, "major_gridlines": {"visible": True}})
    ws.insert_chart(stats_row + len(stats) + 1, 0, chart, {"x_scale": 1.2, "y_scale": 1.1})


# --------------------------------------------------------------------------- 报送情况


def _roster_sheet(wb: Any, fmt: _Fmt, col: Collection) -> None:
    ws = wb.add_worksheet("报送情况")
    if col.roster is None:
        t = _Table(ws, fmt, ("单位名称", "报送情况", "文件数", "计入的文件"))
        t.add(["（未提供名单：jixiao collect --roster 名单.xlsx 可列出未报送的单位）", None, None,
               None])
        t.finish()
        return
    order = {"未报送": 0, "重复报送": 1, "已报送": 2}
    rows = sorted(_records(col.roster), key=lambda r: order.get(r["status"], 3))
    t = _Table(ws, fmt, ("单位名称", "报送情况", "文件数", "计入的文件"))
    for r in rows:
        f = fmt.bad if r["status"] == "未报送" else fmt.warn if r["status"] == "重复报送" else \
            fmt.good
        t.add([r["bureau"], r["status"], r["files"], r["file"]], [None, f, fmt.int, None])
    b = col.bureaus
    for r in _records(b[b["roster_status"].isin(["重复报送", "名单外"])]):
        why = "较早的重复报送（未计入）" if r["roster_status"] == "重复报送" else "名单外（未计入）"
        t.add([r["bureau"], why, None, r["file"]], [None, fmt.warn, None, None])
    t.finish()


# --------------------------------------------------------------------------- 问题清单 / 无法读取


def _issues_sheet(wb: Any, fmt: _Fmt, col: Collection) -> None:
    ws = wb.add_worksheet("问题清单")
    rows = _records(col.findings)
    # a note many files share word for word (about the template, not the bureau): once
    def key_of(r: dict[str, Any]) -> tuple[str, str, str, str]:
        return (r["check"], r["sheet"], r["cell"], r["message"])

    def shareable(r: dict[str, Any]) -> bool:
        return not r["cell"] or r["severity"] == "提示"

    shared = Counter(key_of(r) for r in rows if shareable(r))
    seen: set[tuple[str, str, str, str]] = set()
    items = []
    for r in rows:
        key = key_of(r)
        if shareable(r) and shared[key] > 1:
            if key in seen:
                continue
            seen.add(key)
            r = {**r, "bureau": f"（{shared[key]} 个文件）", "file": "（多个文件相同，只列一次）"}
        items.append(r)
    items.sort(key=lambda r: (_SEV_RANK.get(r["severity"], 3), str(r["file"]),
                              _cell_key(r["cell"])))
    t = _Table(ws, fmt, ISSUE_HEADERS)
    for r in items:
        sev = r["severity"]
        f = fmt.bad if sev == "错误" else fmt.warn if sev == "警告" else fmt.center
        t.add([sev, r["bureau"], r["sheet"], r["cell"], r["check_name"], r["message"],
               r["expected"], r["actual"], r["file"]], [f, None, None, fmt.center, None, fmt.wrap,
                                                        None, None, None])
    t.widths[ISSUE_HEADERS.index("说明")] = 60
    t.finish()


def _cell_key(ref: str | None) -> tuple[int, int]:
    """"H12" → (12, 8); a Word cell "第12行 得分列" → (12, 0); else (0, 0)."""
    import re

    from jixiao.grid import parse_a1

    word = re.match(r"第(\d+)行", ref or "")
    if word:
        return (int(word.group(1)), 0)
    try:
        r, c = parse_a1(ref or "")
    except ValueError:
        return (0, 0)
    return (r, c)


def _unreadable_sheet(wb: Any, fmt: _Fmt, col: Collection) -> None:
    ws = wb.add_worksheet("无法读取")
    t = _Table(ws, fmt, UNREADABLE_HEADERS)
    for r in _records(col.bureaus):
        if r["reason"] is not None:
            t.add([r["file"], r["reason"], "无法读取，请重新提交"])
    for path, why in col.raw.skipped:
        t.add([display_path(path, col.raw.root), why, "已跳过"])
    t.finish()
