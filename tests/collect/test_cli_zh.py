"""click's own English shown in Chinese; templates list -v / show; "did you mean"; progress
on stderr when it is not a terminal."""

from __future__ import annotations

import random
from pathlib import Path

import openpyxl
from click.testing import CliRunner

from jixiao.cli import cli
from jixiao.templates.build import Filled, build_workbook
from jixiao.templates.spec import load_all_specs
from tests.collect.helpers import draw_filled

ENGLISH = ("Usage:", "Options:", "Error:", "Missing option", "Missing argument", "[required]",
           "[default:", "Show this message", "No such", "Try '", "Commands:", " TEXT",
           "INTEGER", "DIRECTORY", "FILE|", "PATH")


def _no_english(text: str) -> None:
    for word in ENGLISH:
        assert word not in text, (word, text)


def test_help_pages_are_chinese() -> None:
    runner = CliRunner()
    for args in ([], ["collect"], ["distribute"], ["validate"], ["templates"], ["templates", "list"],
                 ["templates", "archive"]):
        res = runner.invoke(cli, [*args, "--help"], prog_name="jixiao")
        assert res.exit_code == 0, res.output
        assert res.output.startswith("用法：jixiao"), res.output
        assert "选项：" in res.output
        _no_english(res.output)
    res = runner.invoke(cli, ["distribute", "--help"], prog_name="jixiao")
    assert "[必填]" in res.output and "[默认：portable]" in res.output


def test_usage_errors_are_chinese_and_exit_2(tmp_path: Path) -> None:
    runner = CliRunner()
    cases = {
        ("distribute", "--roster", "x.xlsx", "--out", str(tmp_path)): "缺少选项 --template（必填）",
        ("collect",): "缺少参数 FOLDER（必填）",
        ("collect", str(tmp_path), "--out", "a.xlsx", "--bogus"): "没有选项 --bogus",
        ("templatez",): "您是否要用“templates”？",
        ("distribute", "--template", "t", "--roster", "r", "--out", "o", "--flavour", "z"):
            "--flavour 应为 portable、udf 之一",
        ("collect", str(tmp_path), "--out", "a.xlsx", "-j", "-3"): "超出允许范围",
    }
    for args, words in cases.items():
        res = runner.invoke(cli, list(args), prog_name="jixiao")
        assert res.exit_code == 2, (args, res.output)
        assert "用法：jixiao" in res.stderr and "错误：" in res.stderr, res.stderr
        assert words in res.stderr, (args, res.stderr)
        _no_english(res.stderr)
        assert "None" not in res.stderr
    res = runner.invoke(cli, ["collect", str(tmp_path / "nope"), "--out", "a.xlsx"])
    assert res.exit_code == 2 and "找不到要汇总的文件夹" in res.stderr  # the CLI's own check
    _no_english(res.stderr)


def test_templates_list_verbose_and_show_list_roster_columns() -> None:
    runner = CliRunner()
    res = runner.invoke(cli, ["templates", "list", "-v"])
    assert res.exit_code == 0
    # seed000's two ratio rows: 决算收入/预算收入 and 决算支出/预算支出 (spec scoring labels)
    assert "名单列：单位名称（必填）、年度、决算收入、预算收入、决算支出、预算支出" in res.output
    res = runner.invoke(cli, ["templates", "show", "seed004-hongsibao-jiuzhu"])
    assert res.exit_code == 0
    assert "上年滚存结余及利息收入" in res.output  # the carry-over column can be pre-filled
    res = runner.invoke(cli, ["templates", "show", "seed000-huaning-zhigng"], prog_name="jixiao")
    assert res.exit_code == 2
    assert "您是否要用“seed000-huaning-zhigong”？" in res.stderr


def test_unmatched_roster_column_gets_did_you_mean(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    wb.active.append(["单位名称", "年度", "预算收入数", "联系人"])
    wb.active.append(["甲区医疗保障局", 2024, 100, "张三"])
    roster = tmp_path / "名单.xlsx"
    wb.save(roster)
    res = CliRunner().invoke(cli, ["distribute", "--template", "seed000-huaning-zhigong",
                                   "--roster", str(roster), "--out", str(tmp_path / "out")])
    assert res.exit_code == 0, res.output
    assert "预算收入数（是否应为“预算收入”？）" in res.stderr
    assert "联系人" in res.stderr and "联系人（是否" not in res.stderr


def test_progress_lines_on_stderr_when_not_a_terminal(tmp_path: Path) -> None:
    spec = next(s for s in load_all_specs() if s.id == "seed000-huaning-zhigong")
    inbox = tmp_path / "in"
    inbox.mkdir()
    for i in range(3):
        build_workbook(spec, "portable", inbox / f"{i}.xlsx",
                       Filled(draw_filled(spec, random.Random(i))[0], f"{i}区", "2024"))
    res = CliRunner().invoke(cli, ["collect", str(inbox), "--out", str(tmp_path / "s.xlsx")])
    assert "检查中：共 3 个文件" in res.stderr
    assert "检查中：3/3" in res.stderr


def test_interrupt_exits_130(monkeypatch, tmp_path: Path) -> None:  # noqa: ANN001
    import jixiao.collect

    def interrupted(*_a: object, **_k: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(jixiao.collect, "collect", interrupted)
    (tmp_path / "in").mkdir()
    res = CliRunner().invoke(cli, ["collect", str(tmp_path / "in"), "--out",
                                   str(tmp_path / "s.xlsx")])
    assert res.exit_code == 130 and "已中断" in res.stderr


def test_sourced_ratio_amounts_are_not_offered_as_roster_columns() -> None:
    # selfeval-transfer: 预算执行率 per fund source (中央资金/地方资金); its (合计) lines are formulas
    res = CliRunner().invoke(cli, ["templates", "show", "selfeval-transfer"])
    assert "名单列（jixiao distribute --roster）：单位名称（必填）、年度\n" in res.output
