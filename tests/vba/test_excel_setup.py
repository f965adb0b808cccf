"""``jixiao excel install`` / ``doctor`` against a made-up Windows user folder (no Windows here)."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from jixiao.cli import cli
from jixiao.excel_setup import (
    Environment,
    apply_install,
    doctor,
    plan_install,
    read_conf,
)
from jixiao.vba.pin import DLL_NAMES, XLWINGS_VERSION

ROOT = Path(__file__).resolve().parents[2]
ADDIN = ROOT / "workbook_templates" / "jixiao.xlam"


@pytest.fixture
def env(tmp_path: Path) -> Environment:
    # a python.org install under a Chinese user name, python not on PATH
    home = tmp_path / "Users" / "张三"
    py = home / "AppData" / "Local" / "Programs" / "Python" / "Python311"
    py.mkdir(parents=True)
    for exe in ("python.exe", "pythonw.exe", DLL_NAMES[0]):
        (py / exe).write_bytes(b"")
    return Environment(windows=True, home=home, appdata=home / "AppData" / "Roaming",
                       python=py / "python.exe", prefix=py, udfs_dir=ROOT / "udfs",
                       addin_source=ADDIN, xlwings_version=XLWINGS_VERSION, encoding="gbk")


def test_install_copies_the_addin_and_writes_the_xlwings_settings(env: Environment) -> None:
    conf = env.conf_path
    conf.parent.mkdir(parents=True)
    # a setting of the user's own is kept; an old interpreter is replaced
    conf.write_bytes('"CONDA PATH","D:\\conda"\r\n"INTERPRETER_WIN","python"\r\n'.encode("gbk"))
    plan = plan_install(env)
    assert plan.problems == []
    assert all(not s.done for s in plan.steps)
    apply_install(env, plan)
    assert all(s.done for s in plan.steps)
    assert (env.appdata / "Microsoft" / "AddIns" / "jixiao.xlam").read_bytes() == ADDIN.read_bytes()
    # VBA's `Input #` reads "KEY","value" pairs in the ANSI code page (GBK on Chinese Windows)
    lines = conf.read_bytes().decode("gbk").split("\r\n")
    pythonw = env.python.with_name("pythonw.exe")
    assert f'"INTERPRETER_WIN","{pythonw}"' in lines  # pythonw: no console window
    assert '"CONDA PATH","D:\\conda"' in lines
    assert '"UDF_MODULES","jixiao_udfs"' in lines
    settings = read_conf(conf, "gbk")
    assert str(ROOT / "udfs") in settings["PYTHONPATH"].split(";")
    assert "张三" in settings["INTERPRETER_WIN"]
    assert all(c.ok for c in doctor(env)), [c.what for c in doctor(env) if not c.ok]


def test_doctor_names_each_missing_piece(env: Environment) -> None:
    (env.python.parent / DLL_NAMES[0]).unlink()
    env.xlwings_version = "0.30.0"
    failed = [c for c in doctor(env) if not c.ok]
    text = "\n".join(f"{c.what} {c.fix}" for c in failed)
    assert f"0.30.0（需要 {XLWINGS_VERSION}）" in text
    assert f'pip install "xlwings=={XLWINGS_VERSION}"' in text
    assert DLL_NAMES[0] in text
    assert "INTERPRETER_WIN：未设置" in text and "jixiao excel install" in text
    assert "jixiao.xlam 不存在" in text
    assert len(failed) == 5


def test_install_refuses_with_a_wrong_xlwings_or_missing_dll(env: Environment) -> None:
    env.xlwings_version = None
    (env.python.parent / DLL_NAMES[0]).unlink()
    problems = plan_install(env).problems
    assert any("xlwings 版本为 未安装" in p for p in problems)
    assert any(DLL_NAMES[0] in p for p in problems)


def test_cli_off_windows_is_a_dry_run_that_writes_nothing(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("USERPROFILE", str(tmp_path / "home"))
    monkeypatch.setenv("APPDATA", str(tmp_path / "appdata"))
    result = CliRunner().invoke(cli, ["excel", "install"])
    assert result.exit_code == 0, result.output
    assert "dry run" in result.output and "将复制加载项" in result.output
    assert "INTERPRETER_WIN" in result.output
    assert list(tmp_path.iterdir()) == []  # nothing created
    result = CliRunner().invoke(cli, ["excel", "doctor"])
    assert result.exit_code == 1
    assert "✗ 加载项" in result.output and "运行 jixiao excel install" in result.output
