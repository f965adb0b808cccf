"""The one xlwings version jixiao's VBA is made for.

The template VBA (``xlwings.bas``, data) and the ribbon add-in (xlwings'
``quickstart_addin_ribbon.xlam``) load ``xlwings64-<version>.dll`` /
``xlwings32-<version>.dll`` from the Python folder, which ``pip install
xlwings==<version>`` puts there. Any other xlwings version has a DLL of another
name, so every UDF and button would fail with an English "Could not load …dll".

``pyproject.toml`` pins ``xlwings==XLWINGS_VERSION`` in the ``udf`` and
``test`` extras (a test checks that they agree with this constant); the
builder refuses VBA sources of another version; ``excel_glue``, the UDF module
and ``jixiao excel doctor`` call :func:`version_problem`. Pure Python: importing
this module does not import xlwings.
"""

from __future__ import annotations

XLWINGS_VERSION = "0.37.8"
DLL_NAMES = (f"xlwings64-{XLWINGS_VERSION}.dll", f"xlwings32-{XLWINGS_VERSION}.dll")
PIP_FIX = f'pip install "xlwings=={XLWINGS_VERSION}"'


def version_problem(installed: str | None) -> str | None:
    """A Chinese message when ``installed`` (xlwings.__version__) is not the pinned version."""
    if installed == XLWINGS_VERSION:
        return None
    have = f"本机安装的是 {installed}" if installed else "本机未安装 xlwings"
    return (
        f"xlwings 版本不符：jixiao 的宏和加载项需要 xlwings {XLWINGS_VERSION}，{have}。"
        f"请在命令行运行 {PIP_FIX}，再运行 jixiao excel install，然后重新打开 Excel。"
    )


def installed_xlwings_version() -> str | None:
    """The installed xlwings version from package metadata (does not import xlwings)."""
    from importlib import metadata

    try:
        return metadata.version("xlwings")
    except metadata.PackageNotFoundError:
        return None


def bas_version(text: str) -> str | None:
    """The ``XLWINGS_VERSION`` constant declared in an xlwings VBA module."""
    import re

    m = re.search(r'(?m)^Public Const XLWINGS_VERSION As String = "([^"]+)"', text)
    return m.group(1) if m else None
