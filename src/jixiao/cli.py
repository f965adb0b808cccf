"""The `jixiao` command line. Results to stdout, diagnostics and progress to stderr.

Exit codes: 0 clean, 1 error findings, 2 usage error, 3 an input unreadable,
4 internal error, 130 interrupted.
"""

from __future__ import annotations

import sys

import click

from jixiao._version import __version__


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="jixiao")
def cli() -> None:
    """jixiao 绩效评分表工具：计分规则、模板生成、整表校验与汇总。"""


@cli.command()
@click.option("--out", "out_dir", default="demo_out", show_default=True,
              type=click.Path(file_okay=False), help="演示文件的输出目录")
def demo(out_dir: str) -> None:
    """演示：用种子000报告自己的数据重算 C31/C32，再对按报告录入的评分表做整表校验。"""
    from jixiao.demo import recompute_seed000, validate_seed000

    recompute_seed000(sys.stdout)
    validate_seed000(out_dir, sys.stdout)


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


@rule.command("explain")
@click.argument("text")
@click.option("--weight", "-w", default=None, help="分值（满分），如 5")
def rule_explain_cmd(text: str, weight: str | None) -> None:
    """解读已发布的评分标准 TEXT（中文），给出规范计分规则和试算表；读不懂时退出码为 1。"""
    from jixiao import InputError
    from jixiao.rules.chinese import read_rule_text, sample_values
    from jixiao.rules.model import fmt_decimal

    reading = read_rule_text(text, weight)
    kinds = {"rule": "计分规则", "checklist": "分项清单", "passfail": "达标/不达标",
             "judgement": "人工评分", "unreadable": "未能读懂"}
    click.echo(f"类型：{kinds.get(reading.kind, reading.kind)}（{reading.kind}）")
    if reading.rule is not None:
        click.echo(f"规范写法：{reading.rule}")
    else:
        why = "含有读不懂的内容" if reading.unread else "此类评分标准不写成公式"
        click.echo(f"规范写法：无（{why}）")
    if reading.max_points is not None:
        click.echo(f"最高得分：{fmt_decimal(reading.max_points)}")
    click.echo("读懂的内容：")
    for note in reading.understood:
        if not note.startswith("未能读懂"):
            click.echo(f"  ✓ {note}")
    if reading.unread:
        click.echo("未能读懂：")
        for frag in reading.unread:
            click.echo(f"  ✗ {frag}")
        for note in reading.understood:
            if note.startswith("未能读懂"):
                click.echo(f"    原因：{note}")
    if reading.rule is not None and weight is not None:
        click.echo(f"试算（分值 {weight}）：")
        click.echo("  业绩值\t得分")
        scorer = reading.rule
        for v in sample_values(reading.rule):
            try:
                click.echo(f"  {v}\t{fmt_decimal(scorer.score(v, weight))}")
            except InputError as e:
                click.echo(f"  {v}\t{e.message_zh}")
    elif reading.rule is not None:
        click.echo("（给出 --weight 可打印试算表）")
    sys.exit(0 if reading.kind != "unreadable" else 1)


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

EXIT_CLEAN, EXIT_FINDINGS, EXIT_USAGE, EXIT_UNREADABLE, EXIT_INTERNAL = 0, 1, 2, 3, 4
WORKBOOK_SUFFIXES = (".xlsx", ".xlsm", ".xls")


def _expand(paths: tuple[str, ...]) -> list[str]:
    """Files as given; directories expanded to the workbooks inside (sorted)."""
    import os

    out: list[str] = []
    for p in paths:
        if os.path.isdir(p):
            for root, _dirs, files in sorted(os.walk(p)):
                out += [os.path.join(root, f) for f in sorted(files)
                        if f.lower().endswith(WORKBOOK_SUFFIXES) and not f.startswith("~$")]
        else:
            out.append(p)
    return out


def _finding_line(path: str, f: object) -> str:
    where = f"{f.sheet}!{f.cell}" if f.sheet else "（文件）"  # type: ignore[attr-defined]
    return f"{path}  {where}  [{f.check}]  {f.message}"  # type: ignore[attr-defined]


@cli.command()
@click.argument("files", nargs=-1, required=True)
@click.option("--json", "as_json", is_flag=True, help="以 JSON 输出（含每个文件的结论与问题清单）")
@click.option("--out", "out_dir", type=click.Path(file_okay=False), default=None,
              help="为每个文件写一份带“校验结果”页的批注副本 <名称>.校验.xlsx 到此目录")
@click.option("--strict", is_flag=True, help="警告也视为不通过（退出码 1）")
def validate(files: tuple[str, ...], as_json: bool, out_dir: str | None, strict: bool) -> None:
    """整表校验 FILES（可为文件或文件夹）：每个问题一行“文件 工作表!单元格 [检查项] 说明”。

    退出码：0 通过；1 有错误；2 用法错误；3 有文件无法读取；4 内部错误。
    """
    import json

    from jixiao.errors import WorkbookError
    from jixiao.io import load_workbook, read_file_once
    from jixiao.io.safety import DEFAULT_LIMITS
    from jixiao.validation import Report, validate_loaded
    from jixiao.validation.annotate import write_annotated_copy

    paths = _expand(files)
    if not paths:
        raise click.UsageError("没有找到要校验的工作簿（.xlsx/.xlsm/.xls）")
    results = []
    unreadable = with_errors = clean = 0
    for path in paths:
        try:
            lw = load_workbook(path)
            report = validate_loaded(lw)
        except WorkbookError as e:
            unreadable += 1
            report = Report(path=path, error=e.message_zh)
            results.append(report)
            if not as_json:
                click.echo(f"{path}  （文件）  [unreadable]  无法读取：{e.message_zh}")
            continue
        except Exception as e:  # noqa: BLE001 - one bad file never stops the run
            unreadable += 1
            report = Report(path=path, error=f"内部错误：{type(e).__name__}: {e}")
            results.append(report)
            click.echo(f"{path}：内部错误 {type(e).__name__}: {e}", err=True)
            continue
        results.append(report)
        failing = report.errors or (strict and report.findings)
        with_errors += bool(failing)
        clean += not failing
        if not as_json:
            for f in report.findings:
                click.echo(_finding_line(path, f))
        if out_dir:
            try:
                data = read_file_once(path, DEFAULT_LIMITS.max_file_bytes)
                copy = write_annotated_copy(data, report, out_dir, lw)
                click.echo(f"批注副本：{copy}", err=True)
            except Exception as e:  # noqa: BLE001 - the copy is a convenience; say why
                click.echo(f"{path}：批注副本写入失败：{type(e).__name__}: {e}", err=True)
    if as_json:
        doc = {"files": [r.to_dict() for r in results],
               "summary": {"checked": len(results), "passed": clean,
                           "with_errors": with_errors, "unreadable": unreadable}}
        click.echo(json.dumps(doc, ensure_ascii=False, indent=2, default=str))
    click.echo(f"已检查 {len(results)} 个文件：{clean} 通过，{with_errors} 有问题，"
               f"{unreadable} 无法读取", err=True)
    if unreadable:
        sys.exit(EXIT_UNREADABLE)
    if with_errors:
        sys.exit(EXIT_FINDINGS)


def main() -> None:
    """Console-script entry point."""
    try:
        cli.main(standalone_mode=True)
    except KeyboardInterrupt:
        click.echo("已中断", err=True)
        sys.exit(130)


if __name__ == "__main__":
    main()
