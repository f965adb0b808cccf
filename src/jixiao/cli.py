"""The `jixiao` command line. Results to stdout, diagnostics and progress to stderr.

Exit codes: 0 clean, 1 error findings, 2 usage error, 3 an input unreadable,
4 internal error, 130 interrupted.
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Iterator
from typing import Any

import click

from jixiao._version import __version__
from jixiao.cli_zh import ChineseGroup


@click.group(cls=ChineseGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="jixiao", message="%(prog)s 版本 %(version)s",
                      help="显示版本并退出。")
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
        click.echo(f"规则有误：{e.message_zh}", err=True)
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
        click.echo(f"规则有误：{e.message_zh}", err=True)
        sys.exit(1)
    for v in values:
        try:
            click.echo(f"{v}\t{r.score(v, weight)}")
        except InputError as e:
            click.echo(f"{v}\t{e.message_zh}")


@rule.command("explain")
@click.argument("text")
@click.option("--weight", "-w", default=None, help="分值（满分），如 5")
@click.option("--target", "-t", "target", default=None, help="本行的目标值（指标值），如 95%；规则引用 T 时试算用")
def rule_explain_cmd(text: str, weight: str | None, target: str | None = None) -> None:
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
        if not note.startswith(("未能读懂", "歧义：")):
            click.echo(f"  ✓ {note}")
    if reading.unread:
        click.echo("未能读懂：")
        for frag in reading.unread:
            click.echo(f"  ✗ {frag}")
        for note in reading.understood:
            if note.startswith("未能读懂"):
                click.echo(f"    原因：{note}")
    if reading.warnings:
        click.echo("有歧义（已按约定读，请核对）：")
        for w in reading.warnings:
            click.echo(f"  ⚠ {w}")
    t_value = None
    if target is not None:  # as the row prints it: "95%", "≥90%", "6座" (what a template's 指标值 holds)
        from jixiao.rules.target import parse_target

        parsed = parse_target(target)
        if parsed is None:
            click.echo(f"目标值有误：“{target}”不是数字（应如 95%、≥90%、6）", err=True)
            sys.exit(2)
        t_value = parsed.value
        if reading.rule is not None and reading.rule.uses_target:
            try:  # "≤90%" beside a rule giving full marks at >=T: said once, not on every trial line
                reading.rule.target_number(target)
            except InputError as e:
                click.echo(f"目标值有误：{e.message_zh}", err=True)
                sys.exit(2)
    needs_target = reading.rule is not None and reading.rule.uses_target and t_value is None
    if needs_target:
        click.echo("（规则引用本行的目标值 T：给出 --target 可打印试算表）")
    elif reading.rule is not None and weight is not None:
        shown = f"，目标值 {target}" if t_value is not None else ""
        click.echo(f"试算（分值 {weight}{shown}）：")
        click.echo("  业绩值\t得分")
        scorer = reading.rule
        for v in sample_values(reading.rule, target=t_value,
                               target_pct=bool(target and target.strip().endswith(("%", "％")))):
            try:
                click.echo(f"  {v}\t{_two_decimals(scorer.score(v, weight, target if t_value is not None else None))}")
            except InputError as e:
                click.echo(f"  {v}\t{e.message_zh}")
    elif reading.rule is not None:
        click.echo("（给出 --weight 可打印试算表）")
    sys.exit(0 if reading.kind != "unreadable" else 1)


def _two_decimals(d: Any) -> str:
    """A trial score rounded half-up to 2 decimals, without trailing zeros: 1.8923 → 1.89."""
    from decimal import Decimal

    from jixiao.numbers import round_half_up
    from jixiao.rules.model import fmt_decimal

    return fmt_decimal(round_half_up(Decimal(d)))


@cli.group()
def templates() -> None:
    """评分表模板：由指标规格生成通用版 (.xlsx) 与宏版 (.xlsm)。"""


@templates.command("build")
@click.option("--out", "out_dir", type=click.Path(file_okay=False), default=None,
              help="输出目录（默认 workbook_templates/）")
@click.option("--specs", "specs_dir", type=click.Path(exists=True, file_okay=False), default=None,
              help="指标规格目录（默认 workbook_templates/specs/）")
def templates_build(out_dir: str | None, specs_dir: str | None) -> None:
    """按全部指标规格重新生成模板和 jixiao.xlam 加载项。

    计分规则或分值改动过的规格自动升版本号（改写规格文件的 version 行），
    每个下发的版本存档于规格目录的 issued/<模板>/v<版本>.yaml，供汇总时按下发规则核定。
    """
    from jixiao.errors import SpecError
    from jixiao.io.outputs import check_output
    from jixiao.templates.build import build_all
    from jixiao.templates.spec import load_all_specs, record_issue

    if out_dir:
        _refuse_output(lambda: check_output(out_dir, "--out", kind="dir"))
    try:
        specs = load_all_specs(specs_dir)
        issued = [record_issue(s) for s in specs]
    except SpecError as e:
        click.echo(f"指标规格有误：{e.message_zh}", err=True)
        sys.exit(2)
    for old, new in zip(specs, issued, strict=True):
        if new.version != old.version:
            click.echo(f"{new.id}：计分规则或分值已改动，版本号 {old.version} → {new.version}", err=True)
    specs = issued
    from jixiao.templates.build import file_name
    from jixiao.verify import archive_formulas

    with _write_errors_said("--out", out_dir or "workbook_templates"):
        written = build_all(out_dir, specs)
    for spec in specs:  # the formulas as issued, kept beside the archived spec
        built = {fl: p for fl in ("portable", "udf") for p in written if p.name == file_name(spec, fl)}
        archive_formulas(spec, built)
    for path in written:
        click.echo(str(path))


@templates.command("new")
@click.argument("source", type=click.Path(dir_okay=False))
@click.option("--id", "spec_id", default=None, help="模板编号（英文小写、数字、连字符）；默认由文件内容生成")
@click.option("--sheet", default=None, help="只读这个工作表（.xlsx）")
@click.option("--table", "table_no", type=int, default=None,
              help="第几张评分表（默认取行数最多的一张）")
@click.option("--out", "out_dir", type=click.Path(file_okay=False), default=".", show_default=True,
              help="输出目录：<id>.yaml（指标规格）和 <id>.审核表.xlsx")
def templates_new(source: str, spec_id: str | None, sheet: str | None, table_no: int | None,
                  out_dir: str) -> None:
    """由已有评分表（.xlsx/.docx）或改好的审核表生成指标规格和审核表。

    每个有问题的行一行“位置  [检查项]  说明”，读不懂的行一行“位置  读不懂  指标”。
    退出码：0 通过；1 检查发现问题或规格未能写出；2 用法错误；3 文件无法读取。
    """
    from jixiao.errors import InputError, WorkbookError
    from jixiao.io.outputs import check_output
    from jixiao.templates.authoring import STATUS_UNREAD, new_template

    _refuse_output(lambda: check_output(out_dir, "--out", kind="dir", inputs=[source]))
    try:
        with _write_errors_said("--out", out_dir):
            res = new_template(source, out_dir, spec_id=spec_id, sheet=sheet, table_no=table_no)
    except WorkbookError as e:
        click.echo(f"{source}  （文件）  [unreadable]  无法读取：{e.message_zh}", err=True)
        sys.exit(3)
    except InputError as e:
        raise click.UsageError(e.message_zh) from None
    d = res.draft
    if d.read_from:
        click.echo(f"读取：{d.read_from}", err=True)
    if d.not_read:
        click.echo(f"另有 {len(d.not_read)} 张表未读（用 --table N 选择）：{'；'.join(d.not_read)}",
                   err=True)
    for p in d.problems:
        click.echo(f"{p.where}  [{p.check}]  {p.message}")
    for row in d.rows:
        if row.status == STATUS_UNREAD:
            click.echo(f"{row.standard_ref or row.where}  [读不懂]  {row.name}："
                       + "；".join(row.notes))
    counts = {}
    for row in d.rows:
        counts[row.status] = counts.get(row.status, 0) + 1
    summary = "，".join(f"{k} {v}" for k, v in counts.items())
    if res.spec_path is not None:
        click.echo(f"指标规格：{res.spec_path}", err=True)
    else:
        click.echo(f"指标规格未写出：{res.spec_error}", err=True)
    if res.review_path is not None:
        click.echo(f"审核表：{res.review_path}", err=True)
    else:
        click.echo("审核表未改写（它就是本次的输入文件）", err=True)
    click.echo(f"共 {len(d.rows)} 行：{summary}；检查发现 {len(d.problems)} 个问题", err=True)
    if res.spec_path is not None:
        click.echo(f"下一步：核对审核表后运行 jixiao templates build --specs {out_dir}", err=True)
    sys.exit(1 if d.problems or res.spec_path is None else 0)


@templates.command("list")
@click.option("-v", "--verbose", is_flag=True, help="同时列出名单可预填的列（单位名称、年度、金额列）")
def templates_list(verbose: bool) -> None:
    """列出可用的模板（规格 id、版本、标题）。"""
    from jixiao.templates.spec import load_all_specs

    for spec in load_all_specs():
        click.echo(f"{spec.id}\t第{spec.version}版\t{spec.title_for()}")
        if verbose:
            click.echo(f"    名单列：{'、'.join(roster_columns(spec))}")


def roster_columns(spec: Any) -> list[str]:
    """The roster headers ``spec`` can prefill: 单位名称（必填）, 年度, each ratio amount label."""
    from jixiao.roster import ratio_labels

    return ["单位名称（必填）", "年度", *ratio_labels(spec).values()]


@templates.command("show")
@click.argument("template_id")
def templates_show(template_id: str) -> None:
    """显示模板 TEMPLATE_ID：标题、版本、指标行，以及名单可预填的列。"""
    from jixiao.distribute import find_spec
    from jixiao.errors import InputError

    try:
        spec = find_spec(template_id)
    except InputError as e:
        raise click.UsageError(e.message_zh) from None
    click.echo(f"模板：{spec.id}（第{spec.version}版）")
    click.echo(f"标题：{spec.title}")
    click.echo(f"满分：{spec.full}；指标行：{len(list(spec.indicators()))}")
    click.echo(f"名单列（jixiao distribute --roster）：{'、'.join(roster_columns(spec))}")
    kinds = {"rule": "计分规则", "ratio": "比率", "checklist": "分项清单", "passfail": "达标/不达标",
             "judgement": "酌情评分"}
    for ind in spec.indicators():
        code = f"{ind.code} " if ind.code else ""
        click.echo(f"  {code}{ind.name}（{ind.weight}分，{kinds.get(ind.scoring.kind, '')}）")


def _specs_option(f: Any) -> Any:
    """``--specs``: the folder of one's own templates (``templates build --specs``), whose issued
    versions validate and collect check returned workbooks against."""
    def use(_ctx: Any, _param: Any, value: str | None) -> str | None:
        if value is not None:
            from jixiao.templates.spec import use_specs_dir

            use_specs_dir(value)
        return value

    return click.option("--specs", "specs_dir", type=click.Path(exists=True, file_okay=False),
                        default=None, expose_value=False, callback=use, is_eager=True,
                        help="自建模板的指标规格目录（即 templates build --specs 用的目录），"
                             "按其中的下发记录核对；默认 workbook_templates/specs/")(f)


def _expand(paths: tuple[str, ...]) -> list[str]:
    """Files as given; folders expanded to the workbooks inside (as `collect` finds them). A file of a folder
    that is not checked (a .csv, a lock file) is named on stderr with the reason, never left out unseen."""
    import os

    from jixiao.collect import EXTENSIONS, WORD_EXTENSIONS, find_workbooks
    from jixiao.io.outputs import safe_text

    out: list[str] = []
    seen: dict[str, str] = {}  # real path -> the name it was first given by
    for p in paths:
        if os.path.isdir(p):
            found, skipped = find_workbooks(p, extensions=EXTENSIONS + WORD_EXTENSIONS)
            for path, why in skipped:
                click.echo(f"已跳过 {safe_text(path)}：{why}", err=True)
        else:
            found = [p]
        for f in map(str, found):
            real = os.path.realpath(f)
            if real in seen:  # the same file given twice (or also inside a folder given): checked once
                same = "重复给出" if f == seen[real] else f"与 {safe_text(seen[real])} 是同一个文件"
                click.echo(f"已跳过 {safe_text(f)}：{same}，只检查一次", err=True)
                continue
            seen[real] = f
            out.append(f)
    return out


@templates.command("archive")
@click.argument("paths", nargs=-1, required=True, metavar="文件或文件夹…")
@_specs_option
def templates_archive(paths: tuple[str, ...]) -> None:
    """存档下发原件的公式：下发时留存的未填写文件（或其文件夹）。

    早于公式编号的 jixiao 下发的文件不记录其公式的编号；存档其原件后，collect 把收回文件的公式与这些存档
    比对：与其中一套相同即未改动，不同之处报“公式与下发的模板不同”。存档写入规格目录的
    issued/<模板>/formulas/。退出码：0 全部存档；1 有文件未存档；2 用法错误。
    """
    from jixiao.errors import JixiaoError
    from jixiao.verify import archive_distributed_copy

    files = _expand(paths)
    if not files:
        raise click.UsageError("没有找到工作簿")
    failed = 0
    for path in files:
        try:
            _digest, line = archive_distributed_copy(path)
        except (JixiaoError, OSError) as e:
            failed += 1
            msg = e.message_zh if isinstance(e, JixiaoError) else _error_zh(e)
            click.echo(f"{path}：{msg}", err=True)
            continue
        click.echo(f"{path}：{line}")
    sys.exit(1 if failed else 0)


def _finding_line(path: str, f: Any) -> str:
    """``文件  工作表!单元格  [检查项]  说明（应为 …，实际 …）`` — one greppable line.

    Control characters, line breaks and undecodable bytes (in the file name or
    in text quoted from the workbook) are shown escaped, so one finding is one line.
    """
    from jixiao.io.outputs import safe_text as t

    where = "（文件）" if not f.sheet else f"{t(f.sheet)}!{f.cell}" if f.cell.isascii() \
        else f"{t(f.sheet)} {t(f.cell)}"  # a Word table: "表2 第5行 得分列"
    parts = [f"应为 {t(f.expected)}" if f.expected else "",
             f"实际 {t(f.actual)}" if f.actual else ""]  # fmt: skip
    tail = "，".join(x for x in parts if x)
    return f"{t(path)}  {where}  [{f.check}]  {t(f.message)}" + (f"（{tail}）" if tail else "")


def _unreadable_line(path: str, reason: str) -> str:
    from jixiao.io.outputs import safe_text as t

    return f"{t(path)}  （文件）  [unreadable]  无法读取：{t(reason)}"


def _json_safe(obj: Any) -> Any:
    """Strings with undecodable bytes (surrogates) escaped, so the JSON is valid UTF-8."""
    from jixiao.io.outputs import safe_text

    if isinstance(obj, str):
        return safe_text(obj) if any(0xD800 <= ord(c) <= 0xDFFF for c in obj) else obj
    if isinstance(obj, dict):
        return {_json_safe(k): _json_safe(v) for k, v in obj.items()}
    if isinstance(obj, list | tuple):
        return [_json_safe(v) for v in obj]
    return obj


@contextlib.contextmanager
def _write_errors_said(option: str, target: str) -> Iterator[None]:
    """An OSError while writing the outputs (a folder that cannot be made, a full disk, a file system that says
    no even to root) ends the command with a Chinese message naming the target, exit 2 — not a traceback.
    Outputs are written atomically: what was written before stays whole, nothing half-written is left."""
    from jixiao.io.outputs import safe_text

    try:
        yield
    except OSError as e:
        where = safe_text(e.filename) if getattr(e, "filename", None) else safe_text(target)
        click.echo(f"用法错误：{option} 无法写入 {where}：{_error_zh(e)}", err=True)
        sys.exit(2)


def _refuse_output(check: Any) -> None:
    """Run an output-target check; a problem is a usage error (exit 2) said in Chinese."""
    from jixiao.io.outputs import OutputPathError

    try:
        check()
    except OutputPathError as e:
        click.echo(f"用法错误：{e.message_zh}", err=True)
        sys.exit(2)


@cli.command()
@click.argument("files", nargs=-1, required=True)
@click.option("--json", "as_json", is_flag=True, help="以 JSON 输出（含每个文件的结论与问题清单）")
@click.option("--out", "out_dir", default=None,
              help="为每个文件写一份带“校验结果”页的批注副本 <名称>.校验.xlsx 到此目录（Word 文档不生成）")
@click.option("--csv", "csv_path", default=None,
              help="把全部问题另存为 CSV（UTF-8，已防公式注入）")
@click.option("--strict", is_flag=True, help="警告也视为不通过（退出码 1）")
@_specs_option
def validate(files: tuple[str, ...], as_json: bool, out_dir: str | None, csv_path: str | None,
             strict: bool) -> None:
    """整表校验 FILES（可为文件或文件夹；Excel 工作簿或 Word 文档 .docx）：每个问题一行
    “文件 工作表!单元格 [检查项] 说明”（Word 文档为“文件 表2 第5行 得分列 [检查项] 说明”）。

    退出码：0 通过；1 有错误；2 用法错误；3 有文件无法读取；4 内部错误。
    """
    import json
    import os

    from jixiao.collect import CollectResult
    from jixiao.io.outputs import annotated_names, check_output, safe_text
    from jixiao.isolation import check_one_isolated as check_one
    from jixiao.reading.docx import is_docx
    from jixiao.validation.annotate import write_annotated_copy

    paths = _expand(files)
    if not paths:
        raise click.UsageError("没有找到要校验的工作簿（.xlsx/.xlsm/.xls）或 Word 文档（.docx）")
    dirs = [f for f in files if os.path.isdir(f)]
    names = annotated_names(paths)
    if out_dir:
        _refuse_output(lambda: check_output(out_dir, "--out", kind="dir", inputs=paths,
                                            input_dirs=dirs))
        for p in paths:  # an existing copy name that is itself an input
            target = os.path.join(out_dir, names[p])
            if os.path.exists(target):
                _refuse_output(lambda t=target: check_output(t, "--out", inputs=paths))
    if csv_path:
        _refuse_output(lambda: check_output(csv_path, "--csv", inputs=paths, input_dirs=dirs))
    result = CollectResult(root=".", strict=strict)
    for path in paths:
        checked = check_one(path)  # never raises: an unreadable file is a report with a reason
        if checked.report is None:
            result.skipped.append((safe_text(path), checked.skipped or ""))
            click.echo(f"已跳过 {safe_text(path)}：{checked.skipped}", err=True)
            continue
        report = checked.report
        result.reports.append(report)
        if not as_json:
            if report.error is not None:
                click.echo(_unreadable_line(path, report.error))
            for f in report.findings:
                click.echo(_finding_line(path, f))
        if out_dir and report.error is None and is_docx(path):
            click.echo(f"{safe_text(path)}：Word 文档不生成批注副本（批注副本只支持 Excel 工作簿），"
                       "请按问题清单中的表号、行号和列名在 Word 中核对", err=True)
        elif out_dir and report.error is None:
            try:
                copy = write_annotated_copy(report, out_dir, names[path])
                click.echo(f"批注副本：{safe_text(copy)}", err=True)
            except Exception as e:  # noqa: BLE001 - the copy is a convenience; say why
                click.echo(f"{safe_text(path)}：批注副本写入失败（{_error_zh(e)}）", err=True)
        report.path = safe_text(path)  # CSV / JSON get the printable name
    from jixiao.isolation import close_workers

    close_workers()
    if csv_path:
        from jixiao.export import write_findings_csv

        write_findings_csv(result.reports, csv_path)
    if as_json:
        click.echo(json.dumps(_json_safe(result.to_dict()), ensure_ascii=False, indent=2,
                              default=str))
    click.echo(result.summary_line(), err=True)
    sys.exit(result.exit_code)


def _error_zh(e: Exception) -> str:
    from jixiao.io.safety import os_error_zh

    return os_error_zh(e) if isinstance(e, OSError) else f"内部错误：{type(e).__name__}"


@cli.command()
@click.option("--template", "template", required=True,
              help="模板 id（见 jixiao templates list），或指标规格文件 .yaml")
@click.option("--roster", "roster_path", required=True, type=click.Path(dir_okay=False),
              help="名单工作簿（.xlsx/.xls/.csv）：单位名称（必填）、年度、金额列（如 预算数）")
@click.option("--out", "out_dir", required=True, type=click.Path(file_okay=False),
              help="输出目录（不存在则创建）")
@click.option("--flavour", type=click.Choice(["portable", "udf"]), default="portable",
              show_default=True, help="portable = 通用版 .xlsx；udf = 宏版 .xlsm")
def distribute(template: str, roster_path: str, out_dir: str, flavour: str) -> None:
    """下发：按名单为每个单位生成一份预填的评分表（文件名 <单位名称>_<年度+标题>.xlsx）。

    退出码：0 成功；1 有单位的同名文件已存在（已填写或不是未填写的下发模板，如收回的报送文件），未覆盖；
    2 用法错误（模板不存在、名单缺“单位名称”列、输出目录无法写入）；3 名单无法读取。
    """
    from jixiao.distribute import RosterError, find_spec, iter_distribute, read_roster
    from jixiao.errors import InputError, WorkbookError
    from jixiao.io.outputs import check_output

    _refuse_output(lambda: check_output(out_dir, "--out", kind="dir", inputs=[roster_path]))
    try:
        spec = find_spec(template)
    except InputError as e:
        raise click.UsageError(e.message_zh) from None
    try:
        roster = read_roster(roster_path, spec)
    except RosterError as e:
        raise click.UsageError(e.message_zh) from None
    except WorkbookError as e:
        click.echo(f"名单无法读取：{e.message_zh}", err=True)
        sys.exit(3)
    if roster.amount_columns:
        pairs = "、".join(f"{h}→{label}" for h, label in roster.amount_columns.items())
        click.echo(f"预填金额列：{pairs}", err=True)
    rows_of: dict[tuple[str, str | None], list[int]] = {}
    for r in roster.rows:
        rows_of.setdefault((r.bureau, r.year), []).append(r.row)
    for (bureau, _year), at in rows_of.items():
        if len(at) > 1:  # each gets a file ("名(2).xlsx"); collect will list both returns as 重复报送
            click.echo(f"警告：名单中“{bureau}”出现 {len(at)} 次（第{'、'.join(map(str, at))}行），"
                       "各生成一份；请核对名单", err=True)
    if roster.ignored_columns:
        shown = [f"{h}（是否应为“{roster.suggestions[h]}”？）" if h in roster.suggestions else h
                 for h in roster.ignored_columns]
        click.echo(f"未使用的列：{'、'.join(shown)}", err=True)
    n = kept = 0
    with _write_errors_said("--out", out_dir):
        for d in iter_distribute(spec, roster, out_dir, flavour):
            if d.kept:
                kept += 1
                click.echo(f"未覆盖：{d.note}", err=True)
                continue
            n += 1
            extra = f"（预填 {d.prefilled} 项金额）" if d.prefilled else ""
            click.echo(f"{d.path}  {d.bureau}{extra}")
            if d.note:
                click.echo(f"警告：{d.note}", err=True)
    click.echo(f"已生成 {n} 个文件：模板 {spec.id} 第{spec.version}版，输出到 {out_dir}"
               + (f"；{kept} 个单位的同名文件已存在，未覆盖" if kept else ""), err=True)
    sys.exit(1 if kept else 0)


class _PlainProgress:
    """Progress on stderr when it is not a terminal (a log, CI): one line every few seconds."""

    EVERY = 5.0

    def __init__(self) -> None:
        self.total = 0
        self.done = 0
        self.last = 0.0

    def start(self, total: int) -> None:
        import time

        self.total, self.done, self.last = total, 0, time.monotonic()
        click.echo(f"检查中：共 {total} 个文件", err=True)

    def advance(self) -> None:
        import time

        if not self.total:
            return
        self.done += 1
        now = time.monotonic()
        if now - self.last >= self.EVERY or self.done == self.total:
            self.last = now
            click.echo(f"检查中：{self.done}/{self.total}", err=True)


@cli.command()
@click.argument("folder")
@click.option("--out", "out_path", required=True,
              help="汇总工作簿（.xlsx），原子写入")
@click.option("--json", "json_out", default=None, metavar="文件|-",
              help="另存 JSON（每个文件的结论与问题清单）；- 表示输出到标准输出")
@click.option("--jobs", "-j", type=click.IntRange(min=0), default=0, show_default=True,
              help="并行进程数（0 = 按CPU数；少于40个文件时总是逐个检查）")
@click.option("--roster", "roster_path", default=None, type=click.Path(dir_okay=False),
              help="名单（.xlsx/.xls/.csv，含“单位名称”列）：列出已报送、未报送、重复报送、名单外")
@click.option("--csv", "csv_dir", default=None, type=click.Path(file_okay=False),
              help="另存 CSV 到此文件夹：单位.csv、得分.csv、问题.csv（UTF-8，已防公式注入）")
@_specs_option
def collect(folder: str, out_path: str, json_out: str | None, jobs: int,
            roster_path: str | None, csv_dir: str | None) -> None:
    """汇总：检查 FOLDER 下（含子文件夹）全部 .xlsx/.xlsm/.xls 和 Word .docx，核定得分，写出汇总工作簿。

    核定：按下发的模板版本的规则，由业绩值和金额重新计算每行得分、总分和等级（不采信表中缓存值）。
    每个文件的状态：通过、有警告、有错误、不完整（部分业绩值未填）、未填写、无法读取。
    标准输出每个错误一行“文件 工作表!单元格 [检查项] 说明”（Word 文档：“文件 表2 第5行 得分列 …”）。
    Word 文档不记录下发模板的编号和公式，无法核对是否为下发的评分表，按表内分值和计分规则核定（提示一行）；
    .doc 须另存为 .docx。

    \b
    退出码：0 全部通过或仅有警告；
            1 有文件有错误、不完整或未填写，或（给出名单时）有单位未报送或重复报送；
            2 用法错误；3 有文件无法读取（优先于1）。
    """
    import json
    import os

    from jixiao.bureaus import SAME_BUREAU_RULE
    from jixiao.collect import collect as collect_files
    from jixiao.collect import display_path
    from jixiao.io.outputs import check_output, safe_text
    from jixiao.summary import write_summary

    if not os.path.exists(folder):
        click.echo(f"用法错误：找不到要汇总的文件夹：{safe_text(folder)}", err=True)
        sys.exit(2)
    if not out_path.lower().endswith(".xlsx"):
        msg = f"--out 应为 .xlsx 文件：{safe_text(out_path)}"
        raise click.UsageError(msg)
    ins, dirs = ([], [folder]) if os.path.isdir(folder) else ([folder], [])
    _refuse_output(lambda: check_output(out_path, "--out", inputs=ins, input_dirs=dirs))
    if json_out and json_out != "-":
        _refuse_output(lambda: check_output(json_out, "--json", inputs=ins + [out_path],
                                            input_dirs=dirs))
    if csv_dir:
        _refuse_output(lambda: check_output(csv_dir, "--csv", kind="dir", inputs=ins,
                                            input_dirs=dirs))
    exclude = [out_path] + ([json_out] if json_out and json_out != "-" else [])
    roster = None
    if roster_path:
        from jixiao.errors import WorkbookError
        from jixiao.roster import RosterError, read_roster

        try:
            roster = read_roster(roster_path)
        except RosterError as e:
            raise click.UsageError(e.message_zh) from None
        except WorkbookError as e:
            click.echo(f"名单无法读取：{e.message_zh}", err=True)
            sys.exit(3)
        exclude.append(roster_path)
    progress = None
    task = None
    plain = _PlainProgress()

    def on_start(total: int) -> None:
        nonlocal progress, task
        if total and sys.stderr.isatty():
            from rich.console import Console
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeRemainingColumn

            progress = Progress("检查中", BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                                console=Console(file=sys.stderr), transient=True)
            progress.start()
            task = progress.add_task("collect", total=total)
        elif total:
            plain.start(total)

    def on_result(_i: int, _c: object) -> None:
        if progress is not None and task is not None:
            progress.advance(task)
        else:
            plain.advance()

    try:
        result = collect_files(folder, jobs=jobs, exclude=exclude, on_result=on_result,
                               on_start=on_start, roster=roster)
    finally:
        if progress is not None:
            progress.stop()
    if not result.reports:
        msg = f"{safe_text(folder)} 中没有找到工作簿或 Word 文档（.xlsx/.xlsm/.xls/.docx）"
        raise click.UsageError(msg)
    for r in result.reports:  # summary, JSON and lines get printable names
        r.path = safe_text(r.path)
    result.skipped = [(safe_text(p), why) for p, why in result.skipped]
    result.root = safe_text(result.root)
    result.verified = {safe_text(p): v for p, v in result.verified.items()}
    if result.roster is not None:  # the roster's paths follow the reports' printable names
        m = result.roster
        m.returns = {b: [safe_text(p) for p in ps] for b, ps in m.returns.items()}
        m.outside = [safe_text(p) for p in m.outside]
    try:
        write_summary(result, out_path)
    except OSError as e:
        msg = f"无法写入汇总表 {safe_text(out_path)}：{_error_zh(e)}"
        raise click.UsageError(msg) from None
    doc = None
    if json_out:
        doc = json.dumps(_json_safe(result.to_dict()), ensure_ascii=False, indent=2, default=str)
    if json_out == "-":
        click.echo(doc)
    else:
        if json_out:
            from jixiao.io import write_atomically

            write_atomically(json_out, (doc or "").encode("utf-8"))
        for r in result.reports:
            shown = display_path(r.path, result.root)
            if r.error is not None:
                click.echo(_unreadable_line(shown, r.error))
                continue
            for f in r.errors:
                click.echo(_finding_line(shown, f))
    for path, why in result.skipped:
        click.echo(f"已跳过 {display_path(path, result.root)}：{why}", err=True)
    if csv_dir:
        from jixiao.frames import write_csvs

        for p in write_csvs(result, csv_dir):
            click.echo(f"CSV：{safe_text(p)}", err=True)
    if result.roster is not None:
        m = result.roster
        if m.missing:
            click.echo(f"未报送（{len(m.missing)}）：{'、'.join(map(safe_text, m.missing))}", err=True)
        for bureau, paths in m.duplicates.items():
            shown = "、".join(display_path(p, result.root) for p in paths)
            click.echo(f"重复报送：{safe_text(bureau)}（以最新的为准）：{shown}", err=True)
        for p in m.outside:
            click.echo(f"名单外：{display_path(p, result.root)}", err=True)
    for bureau, paths in result.same_bureau().items():
        shown = "、".join(display_path(p, result.root) for p in paths)
        counted = next(display_path(p, result.root) for p in paths if p not in result.older())
        click.echo(f"同一单位多份：{safe_text(bureau)}（{len(paths)} 份，未给名单，{SAME_BUREAU_RULE}；"
                   f"计入的是 {counted}）：{shown}", err=True)
    json_note = f"；JSON：{safe_text(json_out)}" if json_out not in (None, "-") else ""
    click.echo(f"汇总表：{safe_text(out_path)}{json_note}", err=True)
    click.echo(result.summary_line(), err=True)
    sys.exit(result.exit_code)


@cli.group()
def excel() -> None:
    """Excel 宏版的安装与检查（Windows）。"""


@excel.command("install")
@click.option("--dry-run", is_flag=True, help="只列出将要做的事，不改动任何文件")
def excel_install(dry_run: bool) -> None:
    """复制 jixiao.xlam 到加载项目录，写入 xlwings 设置（解释器路径、PYTHONPATH），检查 xlwings 版本与 DLL。"""
    from jixiao.excel_setup import apply_install, current_environment, plan_install

    env = current_environment()
    plan = plan_install(env)
    if not env.windows and not dry_run:
        click.echo("当前不是 Windows：只演示将要做的事（dry run），不改动任何文件。")
        dry_run = True
    for problem in plan.problems:
        click.echo(f"✗ {problem}", err=True)
    if not dry_run and not plan.problems:
        apply_install(env, plan)
    for step in plan.steps:
        click.echo(("✓ 已" if step.done else "· 将") + step.what)
    if plan.problems:
        sys.exit(1)
    if not dry_run:
        click.echo("完成。请打开 Excel：文件 → 选项 → 加载项 → 管理“Excel 加载项”→ 转到，"
                   "勾选 jixiao；打开宏版评分表时点“启用内容”。")


@excel.command("doctor")
def excel_doctor() -> None:
    """检查 Excel 宏版需要的一切（xlwings 版本、DLL、解释器设置、PYTHONPATH、加载项），列出缺什么。"""
    from jixiao.excel_setup import current_environment, doctor

    checks = doctor(current_environment())
    for c in checks:
        click.echo(("✓ " if c.ok else "✗ ") + c.what + ("" if c.ok or not c.fix else f" —— {c.fix}"))
    sys.exit(0 if all(c.ok for c in checks) else 1)


def main() -> None:
    """Console-script entry point."""
    try:
        cli.main(standalone_mode=True)
    except KeyboardInterrupt:
        click.echo("已中断", err=True)
        sys.exit(130)


if __name__ == "__main__":
    main()
