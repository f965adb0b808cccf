"""The `jixiao` command line. Results to stdout, diagnostics and progress to stderr.

Exit codes: 0 clean, 1 error findings, 2 usage error, 3 an input unreadable,
4 internal error, 130 interrupted.
"""

from __future__ import annotations

import sys

import click

from jixiao import __version__


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="jixiao")
def cli() -> None:
    """jixiao 绩效评分表工具：计分规则、模板生成、整表校验与汇总。"""


@cli.command()
def demo() -> None:
    """演示：用种子000报告自己的数据重算 C31/C32 与等级。"""
    from jixiao.demo import recompute_seed000

    recompute_seed000(sys.stdout)


@cli.group()
def rule() -> None:
    """计分规则：检查写法、试算得分。"""


@rule.command("check")
@click.argument("text")
def rule_check_cmd(text: str) -> None:
    """检查计分规则 TEXT 的写法，打印规范写法。"""
    from jixiao import RuleSyntaxError, parse_rule

    try:
        r = parse_rule(text)
    except RuleSyntaxError as e:
        click.echo(f"规则有误：{e}", err=True)
        sys.exit(1)
    click.echo(str(r))


@rule.command("score")
@click.argument("text")
@click.argument("weight")
@click.argument("values", nargs=-1, required=True)
def rule_score_cmd(text: str, weight: str, values: tuple[str, ...]) -> None:
    """按规则 TEXT、分值 WEIGHT 试算各 VALUES 的得分。"""
    from jixiao import InputError, parse_rule

    try:
        r = parse_rule(text)
    except InputError as e:
        click.echo(f"规则有误：{e}", err=True)
        sys.exit(1)
    for v in values:
        try:
            click.echo(f"{v}\t{r.score(v, weight)}")
        except InputError as e:
            click.echo(f"{v}\t{e.message_zh}")


def main() -> None:
    """Console-script entry point."""
    try:
        cli.main(standalone_mode=True)
    except KeyboardInterrupt:
        click.echo("已中断", err=True)
        sys.exit(130)


if __name__ == "__main__":
    main()
