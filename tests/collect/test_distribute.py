"""``jixiao distribute``: roster reading, errors and exit codes."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner

from jixiao.cli import cli
from jixiao.distribute import RosterError, read_roster
from jixiao.io import load_workbook
from jixiao.templates.spec import load_all_specs

#: one ratio row: 实际支出 / 财政补助收入 / 上年滚存结余及利息收入
TEMPLATE = "seed004-hongsibao-jiuzhu"


def _spec():  # type: ignore[no-untyped-def]
    return next(s for s in load_all_specs() if s.id == TEMPLATE)


def _roster(path: Path, rows: list[list[object]]) -> Path:
    wb = openpyxl.Workbook()
    for r in rows:
        wb.active.append(r)
    wb.save(path)
    return path


def test_missing_bureau_column_is_a_usage_error(tmp_path: Path) -> None:
    roster = _roster(tmp_path / "r.xlsx", [["名称", "年度"], ["甲县", 2023]])
    res = CliRunner().invoke(cli, ["distribute", "--template", TEMPLATE, "--roster", str(roster),
                                   "--out", str(tmp_path / "out")])
    assert res.exit_code == 2
    assert "找不到“单位名称”列" in res.stderr
    assert "名称、年度" in res.stderr  # says what the first row holds
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())


def test_unreadable_roster_exits_3(tmp_path: Path) -> None:
    roster = tmp_path / "名单.xlsx"
    roster.write_bytes(b"\x00\x01not a workbook" * 50)
    res = CliRunner().invoke(cli, ["distribute", "--template", TEMPLATE, "--roster", str(roster),
                                   "--out", str(tmp_path / "out")])
    assert res.exit_code == 3
    assert res.stderr.startswith("名单无法读取：")
    assert "不是Excel文件" in res.stderr


def test_unknown_template_lists_the_known_ones(tmp_path: Path) -> None:
    roster = _roster(tmp_path / "r.xlsx", [["单位名称"], ["甲县"]])
    res = CliRunner().invoke(cli, ["distribute", "--template", "nope", "--roster", str(roster),
                                   "--out", str(tmp_path / "out")])
    assert res.exit_code == 2
    assert "没有模板“nope”" in res.stderr
    assert TEMPLATE in res.stderr


def test_empty_roster_is_a_usage_error(tmp_path: Path) -> None:
    roster = _roster(tmp_path / "r.xlsx", [["单位名称", "年度"], [None, 2023]])
    with pytest.raises(RosterError, match="没有任何单位"):
        read_roster(roster, _spec())


def test_csv_roster_gbk_with_units_and_year_text(tmp_path: Path) -> None:
    roster = tmp_path / "名单.csv"
    roster.write_bytes("单位名称,评价年度,实际支出（万元）,财政补助收入,上年滚存结余及利息收入,备注\n"
                       "红寺堡区医保局,2023年,2949.56,5000,1781.91,x\n"
                       ",2023,1,2,3,空行\n".encode("gb18030"))
    r = read_roster(roster, _spec())
    assert [row.bureau for row in r.rows] == ["红寺堡区医保局"]
    row = r.rows[0]
    assert row.year == "2023"
    assert row.amounts == {"实际支出": "2949.56", "财政补助收入": "5000",
                           "上年滚存结余及利息收入": "1781.91"}
    assert r.ignored_columns == ["备注"]


def test_udf_flavour_writes_xlsm_with_prefilled_amounts(tmp_path: Path) -> None:
    roster = _roster(tmp_path / "r.xlsx", [
        ["单位名称", "年度", "实际支出", "财政补助收入", "上年滚存结余及利息收入"],
        ["红寺堡区医保局", 2023, 2949.56, 5000, 1781.91],
    ])  # fmt: skip
    out = tmp_path / "out"
    res = CliRunner().invoke(cli, ["distribute", "--template", TEMPLATE, "--roster", str(roster),
                                   "--out", str(out), "--flavour", "udf"])
    assert res.exit_code == 0, res.output
    target = out / "红寺堡区医保局_2023年城乡医疗救助补助资金绩效评价指标体系得分及完成情况.xlsm"
    assert res.stdout.splitlines() == [f"{target}  红寺堡区医保局（预填 3 项金额）"]
    assert res.stderr.strip().splitlines()[-1].startswith("已生成 1 个文件")
    lw = load_workbook(target, need_formulas=False)
    assert lw.file_format == "xlsm"
    values = set(lw.sheets[0].values.values())
    assert {2949.56, 5000, 1781.91} <= values
    # 执行率 = 2949.56 / (5000 + 1781.91) = 43.49% (seed 004 附件2), cached by the builder
    rates = [v for v in values if isinstance(v, float) and 0.4349 <= v < 0.4350]
    assert rates
