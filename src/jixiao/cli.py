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


@cli.group()
def templates() -> None:
    """评分表模板：由指标规格生成通用版 (.xlsx) 与宏版 (.xlsm)。"""


@templates.command("build")
@click.option("--out", "out_dir", type=click.Path(file_okay=False), default=None,
              help="输出目录（默认 workbook_templates/）")
@click.option("--specs", "specs_dir", type=click.Path(exists=True, file_okay=False), default=None,
              help="指标规格目录（默认 workbook_templates/specs/）")
def templates_build(out_dir: str | None, specs_dir: str | None) -> None:
    """按全部指标规格重新生成模板和 jixiao.xlam 加载项。"""
    from jixiao.errors import SpecError
    from jixiao.templates.build import build_all
    from jixiao.templates.spec import load_all_specs

    try:
        specs = load_all_specs(specs_dir)
    except SpecError as e:
        click.echo(f"指标规格有误：{e.message_zh}", err=True)
        sys.exit(2)
    for path in build_all(out_dir, specs):
        click.echo(str(path))


@templates.command("list")
def templates_list() -> None:
    """列出可用的模板（规格 id、版本、标题）。"""
    from jixiao.templates.spec import load_all_specs

    for spec in load_all_specs():
        click.echo(f"{spec.id}\tv{spec.version}\t{spec.title}")


def main() -> None:
    """Console-script entry point."""
    try:
        cli.main(standalone_mode=True)
    except KeyboardInterrupt:
        click.echo("已中断", err=True)
        sys.exit(130)


if __name__ == "__main__":
    main()
