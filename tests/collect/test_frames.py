"""jixiao.collect(folder, roster=None) -> DataFrames; --csv; pandas stays off the validate path."""

from __future__ import annotations

import csv
import random
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest
from click.testing import CliRunner

import jixiao
from jixiao.cli import cli
from jixiao.templates.build import Filled, build_workbook
from jixiao.templates.spec import TemplateSpec, load_all_specs
from tests.collect.helpers import draw_filled, expected_grade, expected_score

SPEC = "seed000-huaning-zhigong"


def _spec() -> TemplateSpec:
    return next(s for s in load_all_specs() if s.id == SPEC)


@pytest.fixture(scope="module")
def inbox(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, dict]]:
    d = tmp_path_factory.mktemp("frames")
    spec = _spec()
    filled = {}
    for i, name in enumerate(["甲区医疗保障局", "乙区医疗保障局", "=HYPERLINK(\"x\")局"]):
        values, total = draw_filled(spec, random.Random(100 + i))
        build_workbook(spec, "portable", d / f"{i}.xlsx", Filled(values, name, "2024"))
        filled[name] = {"values": values, "total": total, "file": f"{i}.xlsx"}
    (d / "名单.csv").write_text("单位名称\n甲区医疗保障局\n乙区医疗保障局\n丙区医疗保障局\n",
                                encoding="utf-8")
    return d, filled


def test_collect_returns_dataframes(inbox: tuple[Path, dict[str, dict]]) -> None:
    import pandas as pd

    d, filled = inbox
    res = jixiao.collect(d, roster=d / "名单.csv")
    assert isinstance(res.bureaus, pd.DataFrame) and isinstance(res.scores, pd.DataFrame)
    assert isinstance(res.findings, pd.DataFrame) and isinstance(res.roster, pd.DataFrame)
    spec = _spec()
    assert list(res.scores.columns[:0]) == []  # columns named below
    assert {"bureau", "indicator", "weight", "reported", "verified"} <= set(res.scores.columns)
    b = res.bureaus.set_index("bureau")
    for name, f in filled.items():
        assert abs(Decimal(str(b.loc[name, "verified_total"])) - f["total"]) < Decimal("1e-6")
        assert b.loc[name, "verified_grade"] == expected_grade(spec, f["total"])
        rows = res.scores[res.scores["bureau"] == name]
        assert len(rows) == len(list(spec.indicators()))
        for ind in spec.indicators():  # long form: one row per indicator, 核定 from the values
            r = rows[rows["indicator"] == ind.name].iloc[0]
            assert r["weight"] == float(ind.weight)
            assert abs(Decimal(str(r["verified"])) - expected_score(ind, f["values"][ind.path])) \
                < Decimal("1e-9")
    roster = res.roster.set_index("bureau")["status"].to_dict()
    assert roster == {"甲区医疗保障局": "已报送", "乙区医疗保障局": "已报送", "丙区医疗保障局": "未报送"}
    assert b.loc["=HYPERLINK(\"x\")局", "roster_status"] == "名单外"
    assert res.exit_code == 1  # 丙区 未报送


def test_csv_is_formula_injection_safe(inbox: tuple[Path, dict[str, dict]], tmp_path: Path) -> None:
    d, _filled = inbox
    out = tmp_path / "csv"
    res = CliRunner().invoke(cli, ["collect", str(d), "--roster", str(d / "名单.csv"), "--out",
                                   str(tmp_path / "s.xlsx"), "--csv", str(out)])
    assert res.exit_code == 1, res.output
    assert sorted(p.name for p in out.iterdir()) == ["单位.csv", "名单.csv", "得分.csv", "问题.csv"]
    raw = (out / "单位.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # Excel opens UTF-8 with BOM as Chinese
    rows = list(csv.DictReader(raw.decode("utf-8-sig").splitlines()))
    assert set(rows[0]) >= {"单位名称", "核定总分", "自报总分", "核定等级", "状态", "报送情况"}
    names = {r["单位名称"] for r in rows}
    assert "'=HYPERLINK(\"x\")局" in names  # neutralised
    assert not any(v.startswith(("=", "+", "@")) for r in rows for v in r.values() if v)
    scores = list(csv.DictReader((out / "得分.csv").read_text(encoding="utf-8-sig").splitlines()))
    assert set(scores[0]) >= {"单位名称", "指标", "分值", "自报得分", "核定得分"}


def test_pandas_is_not_imported_by_validate_or_the_udfs(tmp_path: Path) -> None:
    spec = _spec()
    p = tmp_path / "a.xlsx"
    build_workbook(spec, "portable", p, Filled(draw_filled(spec, random.Random(1))[0], "甲", "2024"))
    code = (
        "import sys\n"
        "from click.testing import CliRunner\n"
        "import jixiao, jixiao.udf_support\n"
        "from jixiao.cli import cli\n"
        f"r = CliRunner().invoke(cli, ['validate', {str(p)!r}])\n"
        "assert r.exit_code in (0, 1), r.output\n"
        "assert 'pandas' not in sys.modules, 'pandas imported'\n"
        "print('ok')\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert out.returncode == 0 and out.stdout.strip() == "ok", out.stderr


def test_csv_folder_inside_the_inputs_is_refused(inbox: tuple[Path, dict[str, dict]],
                                                 tmp_path: Path) -> None:
    d, _filled = inbox
    res = CliRunner().invoke(cli, ["collect", str(d), "--out", str(tmp_path / "s.xlsx"),
                                   "--csv", str(d / "csv")])
    assert res.exit_code == 2, res.output
    assert not (d / "csv").exists() and not (tmp_path / "s.xlsx").exists()
