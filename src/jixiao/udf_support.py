"""The guard between Excel and the core: UDFs never raise, never return None/NaN/Decimal.

``excel_safe`` turns an :class:`~jixiao.errors.InputError` into the text
``#JIXIAO! <中文> | <English>`` (under 255 characters, the xlwings limit) and any
other exception into ``#JIXIAO! 内部错误，详见日志 | internal error, see log``
with the traceback written to the log, never to the cell. Pure Python: no xlwings.
"""

from __future__ import annotations

import functools
import inspect
import logging
import math
from collections.abc import Callable
from decimal import Decimal
from typing import Any, TypeVar

from jixiao.errors import InputError

logger = logging.getLogger("jixiao.udf")

PREFIX = "#JIXIAO!"
MAX_TEXT = 250
INTERNAL = f"{PREFIX} 内部错误，详见日志 | internal error, see log"

F = TypeVar("F", bound=Callable[..., Any])


def error_text(zh: str, en: str = "") -> str:
    """``#JIXIAO! zh | en`` cut to fit an Excel cell result (< 255 characters)."""
    text = f"{PREFIX} {zh}" + (f" | {en}" if en else "")
    if len(text) > MAX_TEXT:
        text = text[: MAX_TEXT - 1] + "…"
    return text


def to_excel(value: Any) -> Any:
    """A result Excel can show: Decimal → float (rounded to 10 places); None/NaN → error text."""
    if isinstance(value, bool):
        return value
    if isinstance(value, Decimal):
        return float(round(value, 10))
    if isinstance(value, float):
        if math.isnan(value) or math.isinf(value):
            return error_text("结果不是有限数字", "result is not finite")
        return value
    if isinstance(value, int | str):
        return value
    if value is None:
        return error_text("无结果", "no result")
    if isinstance(value, list):
        return [to_excel(v) for v in value]
    return error_text("结果类型无法显示", f"cannot show {type(value).__name__}")


def excel_safe(f: F) -> F:
    """Decorator: call ``f`` and turn every exception into ``#JIXIAO!`` text."""

    sig = inspect.signature(f)

    @functools.wraps(f)
    def guarded(*args: Any) -> Any:
        try:
            sig.bind(*args)
        except TypeError:  # Excel and the VBA declarations fix the count; a stale declaration may not
            return error_text(_arity_zh(f.__name__, sig, len(args)), "wrong number of arguments")
        try:
            return to_excel(f(*args))
        except InputError as e:
            return error_text(e.message_zh, e.message_en)
        except Exception:  # RecursionError included
            logger.exception("UDF %s failed", f.__name__)
            return INTERNAL

    return guarded  # type: ignore[return-value]


def _arity_zh(name: str, sig: inspect.Signature, given: int) -> str:
    params = list(sig.parameters.values())
    need = sum(p.default is inspect.Parameter.empty for p in params)
    count = f"{need}" if need == len(params) else f"{need}～{len(params)}"
    return f"参数个数不对：{name} 需要 {count} 个参数，实际给了 {given} 个"


def scalar(value: Any, name: str) -> Any:
    """Unwrap a 1×1 range; a larger range where one value is expected is an InputError."""
    while isinstance(value, list | tuple):
        if len(value) != 1:
            msg = f"参数 {name} 应为单个单元格，实际为 {len(value)} 个值的区域"
            raise InputError(msg, f"{name} must be a single cell")
        value = value[0]
    return value


def column(value: Any) -> list[Any] | None:
    """A column range as a flat list (None when ``value`` is a single value).

    Accepts a 1-D list (xlwings default for one column) or a 2-D list with one
    column; a multi-column range is an InputError.
    """
    if not isinstance(value, list | tuple):
        return None
    if len(value) == 1 and not isinstance(value[0], list | tuple):
        return None
    out = []
    for item in value:
        if isinstance(item, list | tuple):
            if len(item) != 1:
                msg = f"业绩值区域应为单列，实际为 {len(item)} 列"
                raise InputError(msg, "value range must be one column")
            item = item[0]
            if isinstance(item, list | tuple):
                raise InputError("业绩值区域嵌套过深", "value range nested too deeply")
        out.append(item)
    return out
