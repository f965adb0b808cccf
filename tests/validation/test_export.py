"""No text read from a workbook becomes a formula in our CSV or annotated copy."""

import csv
import io

import openpyxl
import pytest
from click.testing import CliRunner

from jixiao.cli import cli
from jixiao.export import csv_safe

EVIL = "=cmd|' /C calc'!A0"


@pytest.mark.parametrize(("raw", "safe"), [("=1+1", "'=1+1"), ("+1", "'+1"), ("-2", "'-2"),
                                           ("@SUM(A1)", "'@SUM(A1)"), ("\t=1", "'\t=1"),
                                           ("符合", "符合"), (3.5, 3.5), ("", "")])
def test_csv_safe(raw, safe):
    assert csv_safe(raw) == safe


def test_evil_value_stays_text_in_csv_and_copy(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "评分表"
    ws.append(["序号", "一级指标", "三级指标", "评分标准", "分值", "业绩值", "得分", "计分规则"])
    ws.append([1, "产出 (100分)", "a", "x", 100, "x", "y", ">=95%: 100; *: 0"])
    ws["F2"].value = EVIL
    ws["F2"].data_type = "s"
    ws["G2"].value = "=1+1"
    ws["G2"].data_type = "s"
    src = tmp_path / "evil.xlsx"
    wb.save(src)
    out = tmp_path / "out"
    res = CliRunner().invoke(cli, ["validate", str(src), "--csv", str(tmp_path / "f.csv"),
                                   "--out", str(out)])
    assert res.exit_code == 1, res.output
    rows = list(csv.reader(io.StringIO((tmp_path / "f.csv").read_text("utf-8-sig"))))
    cells = [c for r in rows[1:] for c in r]
    assert not any(c.startswith(("=", "+", "@")) for c in cells)
    assert "'=1+1" in cells  # the score-not-number finding's actual value, neutralised
    copy = openpyxl.load_workbook(out / "evil.校验.xlsx")["校验结果"]
    for row in copy.iter_rows():
        for c in row:
            assert c.data_type != "f", c.coordinate
