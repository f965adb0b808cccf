"""The collection as pandas DataFrames (the analyst's API) and as CSV files.

pandas is imported here only — never by ``jixiao validate``, the UDFs or the
rest of the core — so importing :mod:`jixiao` stays light.

    import jixiao
    result = jixiao.collect("收回/", roster="名单.xlsx")
    result.bureaus    # one row per return: bureau, year, template, status, reported/verified totals …
    result.scores     # long form: bureau, indicator, weight, reported, verified (one row per row)
    result.findings   # one row per finding, check names in Chinese
    result.roster     # one row per roster bureau: 已报送 / 未报送 / 重复报送 (None without roster)
    result.raw        # the CollectResult behind them

The summary workbook (:mod:`jixiao.summary`) is written from these frames.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pandas as pd

    from jixiao.collect import CollectResult

__all__ = ["BUREAU_COLUMNS", "Collection", "collect", "frames_of", "write_csvs"]

BUREAU_COLUMNS = {
    "bureau": "单位名称", "year": "年度", "template": "模板", "version": "版本",
    "title": "标题", "status": "状态", "roster_status": "报送情况", "counted": "计入统计",
    "reported_total": "自报总分", "verified_total": "核定总分",
    "reported_grade": "自报等级", "verified_grade": "核定等级",
    "errors": "错误数", "warnings": "警告数", "infos": "提示数", "computed": "公式由jixiao计算",
    "basis": "核定依据", "reason": "无法读取原因", "file": "文件", "unverified": "未核定原因",
}  # fmt: skip
SCORE_COLUMNS = {
    "bureau": "单位名称", "file": "文件", "template": "模板", "order": "行序",
    "code": "指标代码", "indicator": "指标", "weight": "分值", "reported": "自报得分",
    "verified": "核定得分", "cell": "单元格", "counted": "计入统计", "unverified": "未核定原因",
    "note": "待核实",
}  # fmt: skip
FINDING_COLUMNS = {
    "file": "文件", "bureau": "单位名称", "sheet": "工作表", "cell": "单元格", "check": "检查项",
    "check_name": "检查项名称", "severity": "严重程度", "message": "说明", "expected": "应为",
    "actual": "实际",
}  # fmt: skip
ROSTER_COLUMNS = {"bureau": "单位名称", "status": "报送情况", "files": "文件数", "file": "计入的文件"}


@dataclass
class Collection:
    """What :func:`collect` returns: DataFrames plus the :class:`CollectResult` behind them."""

    bureaus: pd.DataFrame
    scores: pd.DataFrame
    findings: pd.DataFrame
    roster: pd.DataFrame | None
    raw: CollectResult

    @property
    def exit_code(self) -> int:
        return self.raw.exit_code


def collect(folder: str | os.PathLike[str], roster: str | os.PathLike[str] | None = None,
            jobs: int = 0) -> Collection:
    """Check and verify every return under ``folder`` (see ``jixiao collect``); DataFrames out.

    Args:
        folder: the folder of returns (sub-folders included), or one file.
        roster: the 名单 (.xlsx/.xls/.csv with a 单位名称 column), or None.
        jobs: worker processes (0 = one per CPU).
    """
    from jixiao.collect import collect as run
    from jixiao.roster import read_roster

    r = read_roster(roster) if roster is not None else None
    exclude = [roster] if roster is not None else []
    return frames_of(run(folder, jobs=jobs, roster=r, exclude=exclude))


def _f(x: Any) -> float | None:
    return None if x is None else float(x)


def _year(v: Any) -> str | None:
    from jixiao.templates.spec import year_text

    return year_text(v)


def frames_of(result: CollectResult) -> Collection:
    """The DataFrames of a :class:`~jixiao.collect.CollectResult` (columns: the *_COLUMNS keys)."""
    import pandas as pd

    from jixiao.collect import display_path
    from jixiao.roster import DUPLICATE
    from jixiao.validation.findings import CATALOGUE, Severity

    m = result.roster
    bureau_of = m.bureau_of() if m is not None else {}
    older = result.older()  # without a roster: a bureau's returns but its newest (p42)
    b_rows, s_rows, f_rows = [], [], []
    for r in result.reports:
        shown = display_path(r.path, result.root)
        v = result.verified.get(r.path)
        bureau = bureau_of.get(r.path) or (v.bureau if v else None) or r.bureau or Path(shown).stem
        counted = result.counts_for_bureau(r)
        c = r.counts if r.error is None else {}
        # formulas saved without results: the file reports no total of its own
        reported = r.error is None and not (v is not None and v.computed)
        b_rows.append({
            "bureau": bureau, "year": _year(r.year), "template": r.template_id,
            "version": r.template_version, "title": v.title if v else None,
            "status": result.status(r),
            "roster_status": m.path_status(r.path) if m is not None else DUPLICATE if r.path in older else None,
            "counted": counted, "reported_total": _f(r.total) if reported else None,
            "verified_total": _f(v.total) if v else None,
            "reported_grade": r.grade if reported else None,
            "verified_grade": v.grade if v else None,
            "errors": c.get(Severity.ERROR.value, 0), "warnings": c.get(Severity.WARNING.value, 0),
            "infos": c.get(Severity.INFO.value, 0), "computed": bool(v and v.computed),
            "basis": v.basis if v else None, "reason": r.error, "file": shown,
            "unverified": (v.why or None) if v else None,
        })  # fmt: skip
        for k, row in enumerate(v.rows if v else []):
            s_rows.append({"bureau": bureau, "file": shown, "template": r.template_id,
                           "order": k + 1, "code": row.code, "indicator": row.name,
                           "weight": _f(row.weight), "reported": _f(row.reported),
                           "verified": _f(row.verified), "cell": row.cell, "counted": counted,
                           "unverified": row.why or None, "note": row.note or None})
        for f in r.findings:
            f_rows.append({"file": shown, "bureau": bureau, "sheet": f.sheet, "cell": f.cell,
                           "check": f.check, "check_name": CATALOGUE.get(f.check, ("", f.check))[1],
                           "severity": f.severity.value, "message": f.message,
                           "expected": f.expected, "actual": f.actual})
    roster_df = None
    if m is not None:
        roster_df = pd.DataFrame(
            [{"bureau": row.bureau, "status": m.status(row.bureau),
              "files": len(m.returns.get(row.bureau, [])),
              "file": (display_path(m.returns[row.bureau][0], result.root)
                       if m.returns.get(row.bureau) else None)} for row in m.roster.rows],
            columns=list(ROSTER_COLUMNS))
    return Collection(
        bureaus=pd.DataFrame(b_rows, columns=list(BUREAU_COLUMNS)),
        scores=pd.DataFrame(s_rows, columns=list(SCORE_COLUMNS)),
        findings=pd.DataFrame(f_rows, columns=list(FINDING_COLUMNS)),
        roster=roster_df, raw=result)


def _safe_frame(df: pd.DataFrame, names: dict[str, str]) -> pd.DataFrame:
    """Chinese headers; every text cell made formula-injection safe."""
    from pandas.api.types import is_numeric_dtype

    from jixiao.export import csv_safe

    out = df.rename(columns=names)
    for col in out.columns:
        if not is_numeric_dtype(out[col]):  # object or pandas' str dtype
            out[col] = out[col].map(csv_safe)
    return out


def write_csvs(result: CollectResult | Collection, out_dir: str | os.PathLike[str]) -> list[Path]:
    """单位.csv, 得分.csv, 问题.csv (and 名单.csv with a roster) in ``out_dir``: UTF-8 with BOM."""
    from jixiao.io import write_atomically

    col = result if isinstance(result, Collection) else frames_of(result)
    d = Path(out_dir)
    d.mkdir(parents=True, exist_ok=True)
    parts = [("单位.csv", col.bureaus, BUREAU_COLUMNS), ("得分.csv", col.scores, SCORE_COLUMNS),
             ("问题.csv", col.findings, FINDING_COLUMNS)]
    if col.roster is not None:
        parts.append(("名单.csv", col.roster, ROSTER_COLUMNS))
    written = []
    for name, df, names in parts:
        text = _safe_frame(df, names).to_csv(index=False, lineterminator="\r\n")
        write_atomically(d / name, ("\ufeff" + text).encode("utf-8"))
        written.append(d / name)
    return written
