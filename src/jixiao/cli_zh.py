"""click's own words in Chinese: 用法/选项/命令, [必填], [默认：…], and the usage errors.

Only click's public API is used: a :class:`click.HelpFormatter` subclass (usage prefix,
section titles, help-text tags), a :class:`click.Context` subclass naming it, the
``options_metavar`` / ``subcommand_metavar`` attributes, and a :class:`click.Group`
whose ``main`` runs click in non-standalone mode and shows every
:class:`click.UsageError` / :class:`click.ClickException` itself, in Chinese
(message built from the exception's public attributes).

    @click.group(cls=ChineseGroup)
    def cli(): ...         # ChineseGroup.main localises every command before parsing
"""

from __future__ import annotations

import difflib
import re
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

import click

__all__ = ["ChineseGroup", "localise", "zh_error"]

SECTIONS = {"Options": "选项", "Commands": "命令", "Arguments": "参数"}
_TAGS = (
    (re.compile(r"\[required\]"), "[必填]"),
    (re.compile(r"\[default: ([^\]]*)\]"), r"[默认：\1]"),
    (re.compile(r"Show this message and exit\."), "显示此帮助并退出。"),
    (re.compile(r"Show the version and exit\."), "显示版本并退出。"),
)
#: click's English type errors -> Chinese (the value/path is kept)
_MESSAGES = (
    (re.compile(r"(?:File|Path|Directory) '?(.*?)'? does not exist\.?"), r"“\1”不存在"),
    (re.compile(r"File '?(.*?)'? is a directory\.?"), r"“\1”是文件夹，应为文件"),
    (re.compile(r"Directory '?(.*?)'? is a file\.?"), r"“\1”是文件，应为文件夹"),
    (re.compile(r"(?:File|Path|Directory) '?(.*?)'? is not (readable|writable)\.?"),
     r"“\1”没有读写权限"),
    (re.compile(r"'?(.*?)'? is not a valid integer(?: range)?\.?"), r"“\1”不是整数"),
    (re.compile(r"'?(.*?)'? is not a valid float(?: range)?\.?"), r"“\1”不是数字"),
    (re.compile(r"'?(.*?)'? is not in the range (.*?)\.?$"), r"“\1”超出允许范围（\2）"),
    (re.compile(r"Got unexpected extra arguments? \((.*)\)"), r"多余的参数：\1"),
    (re.compile(r"Option '(.*?)' requires an argument\.?"), r"选项 \1 需要一个值"),
    (re.compile(r"Option '(.*?)' does not take a value\.?"), r"选项 \1 不接受值"),
)


def _zh_tags(text: str) -> str:
    for pattern, repl in _TAGS:
        text = pattern.sub(repl, text)
    return text


class ChineseFormatter(click.HelpFormatter):
    """用法： prefix, Chinese section titles, [必填] / [默认：…] tags."""

    def write_usage(self, prog: str, args: str = "", prefix: str | None = None) -> None:
        super().write_usage(prog, args, prefix="用法：")

    def write_heading(self, heading: str) -> None:
        self.write(f"{'':>{self.current_indent}}{heading}：\n")

    @contextmanager
    def section(self, name: str) -> Iterator[None]:
        with super().section(SECTIONS.get(name, name)):
            yield

    def write_dl(self, rows: Sequence[tuple[str, str]], col_max: int = 30,
                 col_spacing: int = 2) -> None:
        super().write_dl([(a, _zh_tags(b)) for a, b in rows], col_max, col_spacing)


class ChineseContext(click.Context):
    formatter_class = ChineseFormatter


def _hint(param: click.Parameter | None) -> str:
    if param is None:
        return "参数"
    if isinstance(param, click.Option):
        return "/".join(param.opts)
    return (param.human_readable_name or param.name or "参数").upper()


def zh_error(e: click.ClickException) -> str:
    """The Chinese text of a click error (ours are Chinese already and pass through)."""
    if isinstance(e, click.MissingParameter):
        what = "选项" if isinstance(e.param, click.Option) else "参数"
        return f"缺少{what} {_hint(e.param)}（必填）"
    if isinstance(e, click.NoSuchOption):
        text = f"没有选项 {e.option_name}"
        if e.possibilities:
            text += f"；您是否要用：{'、'.join(sorted(e.possibilities))}？"
        return text
    if isinstance(e, click.BadParameter):
        param = e.param
        if param is not None and isinstance(param.type, click.Choice):
            return f"{_hint(param)} 应为 {'、'.join(map(str, param.type.choices))} 之一"
        return f"{_hint(param)} 的值无效：{_zh_message(e.message)}"
    msg = e.format_message()
    m = re.match(r"No such command '(.*?)'\.", msg)
    if m:
        ctx = getattr(e, "ctx", None)
        names = ctx.command.list_commands(ctx) if ctx is not None and isinstance(
            ctx.command, click.Group) else []
        near = difflib.get_close_matches(m.group(1), names, 1, 0.5)
        return f"没有命令“{m.group(1)}”" + (f"；您是否要用“{near[0]}”？" if near else "")
    return _zh_message(msg)


def _zh_message(msg: str) -> str:
    for pattern, repl in _MESSAGES:
        if pattern.fullmatch(msg.strip()):
            return pattern.sub(repl, msg.strip())
    return msg


class ChineseGroup(click.Group):
    """A group whose errors are shown in Chinese (exit 2 for usage errors, as click)."""

    context_class = ChineseContext
    subcommand_metavar = "命令 [参数]..."
    options_metavar = "[选项]"

    def main(self, args: Sequence[str] | None = None, prog_name: str | None = None,
             complete_var: str | None = None, standalone_mode: bool = True,
             **extra: Any) -> Any:
        localise(self)  # every command, however late it was added
        if not standalone_mode:
            return super().main(args, prog_name, complete_var, False, **extra)
        try:
            rv = super().main(args, prog_name, complete_var, False, **extra)
        except click.UsageError as e:
            _show_usage_error(e)
            sys.exit(e.exit_code)
        except click.ClickException as e:
            click.echo(f"错误：{zh_error(e)}", err=True)
            sys.exit(e.exit_code)
        except click.Abort:  # Ctrl-C (click turns KeyboardInterrupt into Abort): exit 130
            click.echo("已中断", err=True)
            sys.exit(130)
        sys.exit(rv if isinstance(rv, int) else 0)


def _show_usage_error(e: click.UsageError) -> None:
    ctx = e.ctx
    no_args = getattr(click.exceptions, "NoArgsIsHelpError", None)
    if no_args is not None and isinstance(e, no_args) and ctx is not None:
        click.echo(ctx.get_help(), err=True)
        return
    if ctx is not None:
        click.echo(ctx.get_usage(), err=True)
        names = ctx.help_option_names
        if ctx.command.get_help_option(ctx) is not None and names:
            click.echo(f"输入“{ctx.command_path} {names[0]}”查看帮助。", err=True)
        click.echo(err=True)
    click.echo(f"错误：{zh_error(e)}", err=True)


def _metavar(param: click.Parameter) -> str | None:
    """A Chinese metavar for an option's value (文件, 文件夹, 整数 …), None to keep click's."""
    t = param.type
    if isinstance(t, click.Path):
        return "文件夹" if not t.file_okay else "文件" if not t.dir_okay else "路径"
    if isinstance(t, click.types.IntParamType):
        return "整数"
    if isinstance(t, click.types.FloatParamType):
        return "数字"
    if isinstance(t, click.types.StringParamType):
        return "文字"
    return None


def localise(cmd: click.Command) -> None:
    """Chinese help for ``cmd`` and every sub-command (call once all commands are added)."""
    cmd.context_class = ChineseContext
    cmd.options_metavar = "[选项]"
    for param in cmd.params:
        if isinstance(param, click.Option) and param.metavar is None and not param.is_flag:
            param.metavar = _metavar(param)
    if isinstance(cmd, click.Group):
        cmd.subcommand_metavar = "命令 [参数]..."
        for sub in cmd.commands.values():
            localise(sub)
