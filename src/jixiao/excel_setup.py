"""``jixiao excel install`` / ``jixiao excel doctor``: make the Excel side work on a Windows PC.

What the templates' VBA and the ribbon add-in need (facts from ``xlwings.bas`` 0.37.8):

* **The interpreter.** ``XLPyLoadDLL``/``RunPython`` read ``INTERPRETER_WIN`` from the
  xlwings settings; without it they run ``python``/``pythonw`` from PATH, which the
  python.org installer leaves off by default. Settings are read from
  ``%USERPROFILE%\\.xlwings\\xlwings.conf`` (lines ``"KEY","value"``, read with VBA
  ``Input #``, so in the ANSI code page).
* **The DLL.** ``xlwings64-<version>.dll`` (``xlwings32-…`` for 32-bit Office) is loaded
  from the interpreter's folder or its parent (virtualenv); ``pip install
  xlwings==<pin>`` puts it in ``sys.prefix``.
* **The Python modules.** The UDF declarations call ``jixiao_udfs`` (``udfs/`` of the
  jixiao source) and the buttons ``import jixiao``: ``PYTHONPATH`` in the settings.
* **The add-in file.** ``jixiao.xlam`` in ``%APPDATA%\\Microsoft\\AddIns``, then ticked
  once in 文件 → 选项 → 加载项 → Excel 加载项 → 转到.

:func:`plan_install` works out every step from an :class:`Environment` (the real one
by default, or a made-up one in tests), :func:`apply_install` carries them out,
:func:`doctor` reports what is missing. Off Windows ``jixiao excel install`` only prints
the plan (dry run). Pure Python: no xlwings import.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import sys
from dataclasses import dataclass, field
from pathlib import Path

from jixiao.vba.pin import DLL_NAMES, PIP_FIX, XLWINGS_VERSION, installed_xlwings_version

ADDIN_NAME = "jixiao.xlam"
UDF_MODULE = "jixiao_udfs"
#: keys jixiao writes into xlwings.conf (others already there are kept)
CONF_KEYS = ("INTERPRETER_WIN", "PYTHONPATH", "UDF_MODULES")


@dataclass
class Environment:
    """Where things are on this machine (every path overridable for tests)."""

    windows: bool
    home: Path  # %USERPROFILE%
    appdata: Path  # %APPDATA%
    python: Path  # the interpreter running jixiao (python.exe)
    prefix: Path  # sys.prefix: where pip puts xlwings' DLLs
    udfs_dir: Path | None  # the folder holding jixiao_udfs.py
    addin_source: Path | None  # the built jixiao.xlam to install
    xlwings_version: str | None
    encoding: str = "mbcs"  # VBA reads the settings file in the ANSI code page

    @property
    def conf_path(self) -> Path:
        return self.home / ".xlwings" / "xlwings.conf"

    @property
    def addins_dir(self) -> Path:
        return self.appdata / "Microsoft" / "AddIns"

    @property
    def interpreter(self) -> Path:
        """pythonw.exe next to python.exe (no console window), else python.exe itself."""
        w = self.python.with_name("pythonw.exe")
        return w if w.exists() or not self.python.exists() else self.python


def _repo_root() -> Path:
    return Path(__file__).resolve().parents[2]


def current_environment() -> Environment:
    """This machine, as jixiao sees it."""
    windows = os.name == "nt"
    home = Path(os.environ.get("USERPROFILE") or Path.home())
    appdata = Path(os.environ.get("APPDATA") or home / "AppData" / "Roaming")
    udfs = _repo_root() / "udfs"
    addin = _repo_root() / "workbook_templates" / ADDIN_NAME
    return Environment(
        windows=windows, home=home, appdata=appdata, python=Path(sys.executable),
        prefix=Path(sys.prefix),
        udfs_dir=udfs if (udfs / f"{UDF_MODULE}.py").is_file() else None,
        addin_source=addin if addin.is_file() else None,
        xlwings_version=installed_xlwings_version(),
        encoding="mbcs" if windows else "utf-8",
    )


@dataclass
class Step:
    """One thing install does (or would do), said in Chinese."""

    what: str
    done: bool = False


@dataclass
class Plan:
    steps: list[Step] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    settings: dict[str, str] = field(default_factory=dict)


def wanted_settings(env: Environment) -> dict[str, str]:
    paths = [str(env.udfs_dir)] if env.udfs_dir else []
    src = _repo_root() / "src"
    if (src / "jixiao" / "__init__.py").is_file():
        paths.append(str(src))
    return {
        "INTERPRETER_WIN": str(env.interpreter),
        "PYTHONPATH": ";".join(paths),
        "UDF_MODULES": UDF_MODULE,
    }


def dll_problems(env: Environment) -> list[str]:
    """Missing DLLs of the pinned xlwings next to the interpreter or in the venv root."""
    folders = {env.python.parent, env.python.parent.parent, env.prefix}
    if any((f / DLL_NAMES[0]).is_file() or (f / DLL_NAMES[1]).is_file() for f in folders):
        return []
    where = "、".join(sorted(str(f) for f in folders))
    return [f"找不到 {DLL_NAMES[0]}（或 {DLL_NAMES[1]}）：应在 {where} 之一。"
            f"请运行 {PIP_FIX}。"]


def plan_install(env: Environment) -> Plan:
    plan = Plan(settings=wanted_settings(env))
    if env.xlwings_version != XLWINGS_VERSION:
        have = env.xlwings_version or "未安装"
        plan.problems.append(f"xlwings 版本为 {have}，需要 {XLWINGS_VERSION}：请先运行 {PIP_FIX}")
    if env.windows:
        plan.problems += dll_problems(env)
    if env.udfs_dir is None:
        plan.problems.append(f"找不到 {UDF_MODULE}.py（jixiao 源码的 udfs 目录）：请在 jixiao 源码目录中运行 "
                             "pip install -e .[udf]")
    if env.addin_source is None:
        plan.problems.append(f"找不到 {ADDIN_NAME}：请先运行 jixiao templates build")
    else:
        plan.steps.append(Step(f"复制加载项 {env.addin_source} → {env.addins_dir / ADDIN_NAME}"))
    for key, value in plan.settings.items():
        plan.steps.append(Step(f"写入 xlwings 设置 {env.conf_path}：{key} = {value}"))
    return plan


def read_conf(path: Path, encoding: str) -> dict[str, str]:
    """xlwings.conf as a dict (lines ``"KEY","value"``); missing file → {}."""
    out: dict[str, str] = {}
    try:
        text = path.read_text(encoding=encoding, errors="replace")
    except OSError:
        return out
    for line in text.splitlines():
        parts = [p.strip().strip('"') for p in line.split('","', 1)]
        if len(parts) == 2 and parts[0]:
            out[parts[0]] = parts[1]
    return out


def write_conf(path: Path, settings: dict[str, str], encoding: str) -> None:
    """Update (or create) xlwings.conf atomically, keeping keys jixiao does not own."""
    from jixiao.io import atomic_output

    merged = read_conf(path, encoding)
    for key in list(merged):
        if key.upper() in settings:
            del merged[key]
    merged.update(settings)
    body = "".join(f'"{k}","{v}"\r\n' for k, v in merged.items())
    path.parent.mkdir(parents=True, exist_ok=True)
    with atomic_output(path) as tmp:
        Path(tmp).write_bytes(body.encode(encoding, errors="strict"))


def apply_install(env: Environment, plan: Plan) -> None:
    """Carry out the plan (copy the add-in, write the settings); mark each step done."""
    if env.addin_source is not None:
        env.addins_dir.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(env.addin_source, env.addins_dir / ADDIN_NAME)
    write_conf(env.conf_path, plan.settings, env.encoding)
    for step in plan.steps:
        step.done = True


@dataclass
class Check:
    ok: bool
    what: str
    fix: str = ""


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def doctor(env: Environment) -> list[Check]:
    """Everything the Excel side needs, each checked; ``fix`` says what to do in Chinese."""
    checks: list[Check] = []
    v = env.xlwings_version
    checks.append(Check(v == XLWINGS_VERSION, f"xlwings 版本：{v or '未安装'}（需要 {XLWINGS_VERSION}）",
                        PIP_FIX))
    if env.windows:
        missing = dll_problems(env)
        checks.append(Check(not missing, f"xlwings DLL（{DLL_NAMES[0]}）",
                            missing[0] if missing else ""))
    else:
        checks.append(Check(True, "xlwings DLL：非 Windows 系统，不适用"))
    conf = read_conf(env.conf_path, env.encoding)
    interp = conf.get("INTERPRETER_WIN", "")
    checks.append(Check(bool(interp) and Path(interp).is_file(),
                        f"解释器设置 INTERPRETER_WIN：{interp or '未设置'}（{env.conf_path}）",
                        "运行 jixiao excel install"))
    pypath = [p for p in conf.get("PYTHONPATH", "").split(";") if p]
    has_udfs = any((Path(p) / f"{UDF_MODULE}.py").is_file() for p in pypath)
    checks.append(Check(has_udfs, f"PYTHONPATH 含 {UDF_MODULE}.py：{';'.join(pypath) or '未设置'}",
                        "运行 jixiao excel install"))
    installed = env.addins_dir / ADDIN_NAME
    if not installed.is_file():
        checks.append(Check(False, f"加载项 {installed} 不存在", "运行 jixiao excel install"))
    elif env.addin_source is not None and _sha(installed) != _sha(env.addin_source):
        checks.append(Check(False, f"加载项 {installed} 不是当前版本", "运行 jixiao excel install"))
    else:
        checks.append(Check(True, f"加载项 {installed}；请确认已在 文件→选项→加载项 中勾选"))
    return checks
