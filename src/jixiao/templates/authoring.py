"""Bring your own 评分表: a published table (.xlsx / .docx) → spec YAML + review workbook.

``jixiao templates new 评分表.docx`` reads the table with the sheet reader (Word tables
through :mod:`jixiao.reading.docx`), reads every 评分标准 with the Chinese rule reader and
writes

* ``<id>.yaml`` — the indicator spec (the stored, diffable form; ``templates build`` uses it);
* ``<id>.审核表.xlsx`` — the **review workbook**: one row per indicator with the source text,
  the rule it was read as, trial scores at the rule's edges and a 状态:
  已读懂 / 有歧义 / 读不懂——请填写计分规则 / 酌情评分.

Nothing unread is guessed: a 评分标准 the reader cannot read becomes a judgement row (得分
typed by hand, range-checked only) until the author fills its 计分规则 in the review
workbook and feeds the workbook back (``jixiao templates new 审核表.xlsx``).

Checks run each time (:func:`check_draft`), each naming the row: weights that do not add
up (``weight-sum``), a rule whose best score is not the row's weight (``rule-max-weight``),
the same indicator twice in one 二级 group (``duplicate-name``), bands with gaps
(``rule-gap``), a missing weight (``weight-missing``), a 计分规则 that does not parse
(``rule-syntax``). What the published table really says is written into the spec's
``known_issues`` so the spec loads; nothing is fixed silently.
"""

from __future__ import annotations

import hashlib
import os
import re
import unicodedata
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

import yaml

from jixiao.errors import InputError, JixiaoError, LayoutNotRecognised, RuleGapError, SpecError
from jixiao.grading import NOT_GRADED, grade_withheld
from jixiao.grid import Grid, a1
from jixiao.numbers import round_half_up
from jixiao.reading import ScoringTable, parse_level_name, read_tables
from jixiao.rules.chinese import ReadingContext, read_rule_text, sample_values
from jixiao.rules.grammar import parse_rule
from jixiao.rules.model import HUNDRED, Rule, Text, fmt_decimal
from jixiao.rules.target import default_rule, parse_target
from jixiao.templates.build import _lines
from jixiao.templates.selfeval_rows import cell_number
from jixiao.templates.spec import TemplateSpec, parse_spec

__all__ = [
    "KIND_LABELS",
    "STATUS_AMBIGUOUS",
    "STATUS_JUDGEMENT",
    "STATUS_OK",
    "STATUS_UNREAD",
    "Draft",
    "DraftRow",
    "NewResult",
    "Problem",
    "check_draft",
    "draft_from_table",
    "draft_to_yaml",
    "new_template",
    "read_review_workbook",
    "read_source_tables",
    "write_review_workbook",
]

STATUS_OK = "已读懂"
STATUS_AMBIGUOUS = "有歧义"
STATUS_UNREAD = "读不懂——请填写计分规则"
STATUS_JUDGEMENT = "酌情评分"
#: spec kind → what the review workbook's 计分方式 column says
KIND_LABELS = {"rule": "计分规则", "checklist": "分项清单", "passfail": "符合性",
               "judgement": "酌情评分", "ratio": "执行率×分值", "target": "自评定量（默认规则）",
               "qualitative": "自评定性（手填得分）"}
_LABEL_KINDS = {v: k for k, v in KIND_LABELS.items()}
#: kinds offered only for a self-evaluation table (the national default rules)
_SELFEVAL_KINDS = frozenset({"ratio", "target", "qualitative"})
REVIEW_SHEET = "审核表"
META_SHEET = "规格"
PROBLEM_SHEET = "检查结果"
HELP_SHEET = "填写说明"
REVIEW_PROPERTY = "jixiao_review_of"
#: checks that excuse a spec row / level at load time (recorded as known_issues)
_KNOWN_ISSUE_CHECKS = frozenset({"rule-max-weight", "weight-sum", "rule-gap", "duplicate-name"})
_NEUTRAL_PREFIX = "{年度}年{单位名称}"
_DEFAULT_TITLE = "绩效评价评分表"
_ITEM_RE = re.compile(
    r"^\s*(?:[①-⑳]|\d+\s*[.、)）])?\s*(?P<text>.+?)\s*[:：]\s*(?P<n>\d+(?:\.\d+)?)\s*"
    r"(?P<unit>分|%|％)\s*(?P<gate>[（(]前提[)）])?\s*$"
)
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
#: the Chinese reader's note when "200万元" became 2000000
_SCALED_RE = re.compile(r"数值以“(?P<unit>[万亿][^”]*)”写出，已换算")


# ---------------------------------------------------------------------------
# data
# ---------------------------------------------------------------------------


@dataclass
class Problem:
    """One thing the author must look at, at a place in the source (or review) table."""

    check: str
    where: str
    message: str
    row: DraftRow | None = None


@dataclass
class DraftRow:
    """One indicator as read, before it becomes a spec row."""

    where: str  # "评分表!第15行" — the source row, for messages
    section: str
    section_weight: Decimal | None
    group: str
    group_weight: Decimal | None
    name: str
    weight: Decimal | None
    kind: str = "judgement"
    rule: str | None = None
    items: list[tuple[str, Decimal, bool]] = field(default_factory=list)  # (text, points, gate)
    status: str = STATUS_UNREAD
    notes: list[str] = field(default_factory=list)
    seq: int | None = None
    target: str | None = None
    standard: str | None = None
    explanation: str | None = None
    unit: str | None = None  # 业绩值 unit when the reading depends on it ("元" after 万元 → 元)
    standard_ref: str | None = None
    weight_ref: str | None = None
    name_ref: str | None = None
    section_ref: str | None = None
    group_ref: str | None = None
    known: list[tuple[str, str]] = field(default_factory=list)  # (check, note) for the spec

    def parsed_rule(self) -> Rule | None:
        return parse_rule(self.rule) if self.rule else None


@dataclass
class Draft:
    """A whole table as read: metadata, rows, and what the checks found."""

    id: str
    title: str
    source: str
    rows: list[DraftRow]
    version: int = 1
    full: Decimal | None = None
    full_ref: str | None = None
    grade_scheme: str | None = None
    extra_columns: list[str] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    spec_known: list[tuple[str, str]] = field(default_factory=list)
    read_from: str = ""  # which table(s) of the source were read
    not_read: list[str] = field(default_factory=list)  # the other tables found (for --table)
    selfeval: bool = False  # read from a 项目支出绩效自评表 (a 100-point table by the national form)


@dataclass
class NewResult:
    """What ``templates new`` wrote and found."""

    draft: Draft
    spec_path: Path | None
    review_path: Path | None
    spec: TemplateSpec | None
    spec_error: str | None = None


# ---------------------------------------------------------------------------
# small helpers
# ---------------------------------------------------------------------------


def _clean(text: Any) -> str | None:
    if text is None:
        return None
    t = str(text).strip()
    return t or None


def _seq(v: Any) -> int | None:
    """序号 as an integer (1, 1.0, "1", "１"), else None ("一", "（一）", blank)."""
    d = cell_number(v)
    return int(d) if d is not None and d == d.to_integral_value() and 0 < d < 10_000 else None


def _one_line(text: str) -> str:
    return re.sub(r"\s*\n\s*", "", text).strip()


def neutral_title(title: str | None) -> str:
    """A title with the year and bureau left as placeholders for ``distribute``.

    >>> neutral_title("附件1：2023年华宁县城镇职工基本医疗保险项目评分表")
    '{年度}年{单位名称}城镇职工基本医疗保险项目评分表'
    >>> neutral_title("项目支出绩效自评表 (2022年度)")
    '{年度}年{单位名称}项目支出绩效自评表'
    >>> neutral_title(None)
    '{年度}年{单位名称}绩效评价评分表'
    """
    t = unicodedata.normalize("NFKC", _one_line(title or ""))
    t = re.sub(r"^(?:附件|附表)\s*\d*\s*[:：、.]?\s*", "", t)
    t = re.sub(r"^表\s*[\d\-—]+\s*", "", t)
    t = re.sub(r"^\d{4}\s*年度?", "", t)
    t = re.sub(r"\s*[(（]\s*\d{4}\s*年度?\s*[)）]", "", t)
    t = re.sub(r"^[\u4e00-\u9fff]{1,7}?(?:自治区|省|市|自治州|州|盟|县|区|旗)(?:（本级）|\(本级\))?", "", t)
    t = t.strip(" ：:")
    if not t:
        t = _DEFAULT_TITLE
    elif not t.endswith(("表", "情况", "体系")):
        t += "评分表"
    return _NEUTRAL_PREFIX + t


def default_id(data: bytes) -> str:
    """``table-`` + 8 hex digits of the source's sha256 (ids are ASCII: ``[a-z0-9-]``)."""
    return "table-" + hashlib.sha256(data).hexdigest()[:8]


# ---------------------------------------------------------------------------
# reading a published table
# ---------------------------------------------------------------------------


def _grids_of(path: str | os.PathLike[str]) -> list[Grid]:
    from jixiao.reading.docx import docx_grids, is_docx

    if is_docx(path):
        return docx_grids(path)
    from jixiao.io import load_workbook

    return load_workbook(path, need_formulas=False).sheets


def _tables_in(grids: list[Grid], sheet: str | None, path: object) -> list[ScoringTable]:
    if sheet is not None:
        names = [g.name for g in grids]
        grids = [g for g in grids if g.name == sheet]
        if not grids:
            msg = f"{path}：没有名为“{sheet}”的工作表（有：{'、'.join(names)}）"
            raise InputError(msg, f"no sheet {sheet!r}")
    return [t for g in grids for t in read_tables(g)]


def read_source_tables(path: str | os.PathLike[str], sheet: str | None = None
                       ) -> list[ScoringTable]:
    """Every 评分表 in an .xlsx/.xlsm/.xls workbook or a .docx document (Word tables are
    named 表1, 表2, … and may be chosen with ``sheet``).

    Raises:
        WorkbookUnreadable: the file cannot be read.
        InputError: ``sheet`` does not exist.
    """
    return _tables_in(_grids_of(path), sheet, path)


def _status_of_reading(row: DraftRow, reading: Any) -> None:
    """Fill kind / rule / items / status of ``row`` from a Chinese reading."""
    w = row.weight
    notes = [n for n in reading.understood if not n.startswith("未能读懂")]
    if reading.kind == "judgement":
        row.kind, row.status = "judgement", STATUS_JUDGEMENT
        row.notes.append("评分标准要求人工评分，得分手填（只检查 0~分值）")
        return
    if reading.kind == "checklist" and any(it.rule is not None for it in reading.items):
        # an item with its own rule ("(3分,少一次扣1分)", r7) scores between 0 and its points; the template's
        # 是/否 cells cannot hold it: the row is scored by hand (0～分值), each item's rule listed in the notes
        row.kind, row.status = "judgement", STATUS_JUDGEMENT
        row.notes.extend(notes)
        row.notes.append("分项自带计分规则（是/否 不能表示部分得分）：按各分项规则算出后手填得分（只检查 0~分值）")
        return
    if reading.kind == "checklist" and reading.items:
        row.kind, row.status = "checklist", STATUS_OK
        row.items = [(it.label, it.points, False) for it in reading.items]
        row.notes.extend(notes)
        return
    if reading.rule is not None and not reading.unread and reading.rule.uses_target:
        # "完成得基本分，未完成的不得分": scored against the row's 指标值 — missing, not a number, or its sign
        # against the rule's direction ("≤5%" where full marks go at >=T): the author writes the rule
        try:
            reading.rule.target_number(row.target)
        except JixiaoError as e:
            row.kind, row.status = "judgement", STATUS_UNREAD
            row.notes.append(f"评分标准按指标值计分（读作 {reading.rule}），但本行指标值“{row.target or ''}”"
                             f"不能用于计分（{e.message_zh}）：请在计分规则中写明数值（如 >=90%: W; *: 0）")
            return
    if reading.rule is not None and not reading.unread:
        rule: Rule = reading.rule
        if reading.kind == "passfail" and w is not None and rule.max_points(w) == w:
            row.kind = "passfail"
        else:
            row.kind, row.rule = "rule", str(rule)
        row.status = STATUS_OK
        row.notes.extend(notes)
        # "注意：原文档位未覆盖 低于0%", "歧义：原文未说明不满1个百分点时怎样扣分…" (reading.warnings)
        if getattr(reading, "warnings", None) or any(n.startswith(("注意", "歧义")) for n in notes):
            row.status = STATUS_AMBIGUOUS
        for n in notes:
            m = _SCALED_RE.search(n)
            if m is not None:  # "200万元" read as 2000000: the 业绩值 must be typed in 元
                row.unit = m["unit"][1:] or None
                row.status = STATUS_AMBIGUOUS
                row.notes.append(f"注意：业绩值须按“{row.unit or '个'}”填写（评分标准中的"
                                 f"“{m['unit']}”已换算），或改写计分规则")
        return
    row.kind, row.status = "judgement", STATUS_UNREAD
    why = [n for n in reading.understood if n.startswith("未能读懂")]
    row.notes.append("未读懂的内容：" + ("；".join(reading.unread) or "（全文）"))
    row.notes.extend(why)


def _rows_of(tables: list[ScoringTable]) -> list[tuple[ScoringTable, Any, Any, Any]]:
    """(table, row, 一级 source, 二级 source) for every row; a continuation table (Word tables
    split over pages) whose first rows have blank 一级/二级 cells continues the labels above."""
    out: list[tuple[ScoringTable, Any, Any, Any]] = []
    prev = None
    for t in tables:
        for r in t.rows:
            if r.without_points:  # "—" for 分值 (and 得分): no indicator to issue, as validate reads it (p25)
                continue
            l1 = r if r.level1 is not None or prev is None or "level1" not in t.columns else prev[2]
            l2 = r if r.level2 is not None or prev is None or l1 is r or "level2" not in t.columns \
                else prev[3]
            prev = (t, r, l1, l2)
            out.append(prev)
    return out


def _is_selfeval(table: ScoringTable) -> bool:
    """A 项目支出绩效自评表 (its own targets and actuals beside a budget block or a split
    指标性质 column): rows without a printed rule are scored by the national default, as
    ``validate`` reads them (the same test as ``validation.checks.group_items``)."""
    return "target" in table.columns and "value" in table.columns and (
        table.budget is not None or "nature" in table.columns)


def _selfeval_kind(row: DraftRow, r: Any) -> None:
    """Kind of a self-evaluation row with no printed rule (财预〔2020〕10号 填表说明):
    the budget row 得分 = 执行率 × 分值; a target with ≥/≤/= → the default rule on it
    (``kind: target``, the target written with its sign and unit, as the template prints it);
    a target that is no number (“有效”“2023年12月”) → 定性 (达成/部分达成/未达成, 得分手填);
    a bare number (“100%”“735”): 正向 or 反向 is not printed — not guessed, left to the author."""
    if r.kind == "budget":
        row.kind, row.rule, row.status = "ratio", "*: prop", STATUS_OK
        row.target = "100%"
        row.notes.append("预算执行率：得分 = 执行率 × 分值（执行率 = 全年执行数 ÷ 全年预算数，不超过分值）")
        return
    raw = r.target.raw if r.target is not None else None
    target = parse_target(raw, r.nature.raw if r.nature is not None else None,
                          r.unit.raw if r.unit is not None else None,
                          percent_cell=bool(r.target is not None and r.target.is_percent_format))
    if target is None:
        if row.target is None:
            row.notes.append("自评表本行没有指标值，也没有评分标准：请在审核表写明计分规则")
            return
        row.kind, row.status = "qualitative", STATUS_OK
        row.notes.append("定性指标（指标值不是数字）：选 达成/部分达成/未达成，得分手填，"
                         "分别在分值的 80%～100%/50%～80%/0～50%")
        return
    if not target.stated_op:
        row.notes.append(f"指标值“{row.target}”没有写明 ≥/≤/=，正向还是反向指标不明：请在审核表"
                         "写明计分规则（或在指标值前加 ≥/≤）")
        return
    row.target = str(target)
    row.kind, row.rule, row.status = "target", str(default_rule(target)), STATUS_OK
    row.notes.append(f"定量指标，按全国默认规则计分：{default_rule(target)}（T = 指标值 {target}）")


def draft_from_table(table: ScoringTable | list[ScoringTable], *, spec_id: str,
                     source: str) -> Draft:
    """Read every row of ``table`` (or of a table and its continuations) into a
    :class:`Draft`, each 评分标准 through the Chinese reader ("下同" carried down)."""
    tables = table if isinstance(table, list) else [table]
    ctx = ReadingContext()
    rows: list[DraftRow] = []
    for t, r, l1, l2 in _rows_of(tables):
        sheet = t.sheet
        weight = r.weight.number if r.weight is not None else None
        name = _clean(r.level3) or _clean(r.level2) or _clean(r.level1) or f"第{r.row}行"
        row = DraftRow(
            where=f"{sheet}!第{r.row}行",
            section=_clean(l1.level1) or "评分指标",
            section_weight=l1.level1_weight,
            group=_clean(l2.level2) or _clean(l1.level1) or "评分指标",
            group_weight=l2.level2_weight if l2.level2 else l1.level1_weight,
            name=_one_line(name),
            weight=weight if weight is not None and weight > 0 else None,
            seq=_seq(r.seq),
            target=_clean(r.target.raw) if r.target is not None else None,
            standard=_clean(r.standard),
            explanation=_clean(r.explain),
            standard_ref=f"{sheet}!{r.standard_ref}" if r.standard_ref else None,
            weight_ref=f"{sheet}!{r.weight.ref}" if r.weight is not None else None,
            name_ref=f"{sheet}!{r.level3_ref}" if r.level3_ref else None,
            section_ref=f"{t.sheet}!{l1.level1_ref}" if l1.level1_ref else None,
            group_ref=f"{t.sheet}!{l2.level2_ref}" if l2.level2_ref else None,
        )
        if row.target is not None and not isinstance(r.target.raw, str):
            row.target = str(r.target.raw)
        if r.rule:  # the table has a 计分规则 column: the author's rule wins
            row.rule, row.kind, row.status = r.rule, "rule", STATUS_OK
            row.notes.append("按表中“计分规则”列")
        elif row.standard is None and _is_selfeval(t):
            _selfeval_kind(row, r)
        elif row.standard is None:
            row.notes.append("评分标准为空")
        else:
            reading = read_rule_text(row.standard, row.weight, ctx)
            ctx = reading.context_out
            _status_of_reading(row, reading)
        rows.append(row)
    full = None
    full_ref = None
    last = tables[-1]
    total = last.total
    if total is not None and total.weight is not None and total.weight.number is not None:
        full, full_ref = total.weight.number, f"{last.sheet}!{total.weight.ref}"
    extra = []
    cols = tables[0].columns
    for fld, label in (("rate", "得分率"), ("process", "评分过程"), ("explain", "指标解释")):
        if fld in cols:
            extra.append(label)
    return Draft(id=spec_id, title=neutral_title(tables[0].title), source=source, rows=rows,
                 full=full, full_ref=full_ref, extra_columns=extra,
                 selfeval=any(_is_selfeval(t) for t in tables))


def _selfeval_title(grid: Grid | None, table: ScoringTable) -> str | None:
    """The line that names a published 自评表 ("2022年度项目支出绩效自评表", "部门整体支出绩效自评表"): the
    nearest line above its budget block and header that is one text alone and says 自评. The sheet reader
    looks for a title only a few rows above the indicator header; a 自评表 prints its 项目名称/主管部门 lines and
    its budget block between the two (保山 2022, 金寨 2023, 天长 2022 …), so ``table.title`` is empty."""
    if grid is None:
        return None
    top = min(r for r in (table.header_row, table.budget.header_row if table.budget else None) if r)
    lines: dict[int, list[Any]] = {}
    for (r, _c), v in grid.values.items():
        if r < top:
            lines.setdefault(r, []).append(v)
    for r in sorted(lines, reverse=True):
        (text, *more) = lines[r]
        if more or not isinstance(text, str):
            continue
        norm = re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))
        norm = re.sub(r"^(?:附件|附表)\d*[:、.]?", "", norm)  # "附件1：…自评表" names it; "单位名称：…" does not
        if "自评" in norm and len(norm) <= 80 and ":" not in norm:
            return _one_line(text)
    return None


def _label_of(run: list[ScoringTable], grids: dict[str, Grid]) -> str:
    """"表1、表2（title）": the Word tables (or sheets) the run was read from — a 评分表 split over Word tables
    at a page break is one grid (``Grid.continued`` names its later parts)."""
    parts: list[str] = []
    for t in run:
        grid = grids.get(t.sheet)
        parts += [t.sheet, *(name for _row, name in (grid.continued if grid is not None else ()))]
    names = "、".join(dict.fromkeys(parts))
    title = run[0].title
    return names + (f"（{_one_line(title)}）" if title else "")


# ---------------------------------------------------------------------------
# checks
# ---------------------------------------------------------------------------


def _target_number(row: DraftRow) -> Decimal | None:
    """The row's 指标值 as a number ("95%" → 0.95, "≤90万元" → 90), for rules that compare with
    ``T``: read by ``parse_target``, as the built template reads it."""
    target = parse_target(row.target) if row.target else None
    return target.value if target is not None else None


def _trial_values(rule: Rule, target: Decimal | None, limit: int = 14) -> list[str]:
    """Values to try: the named grades of a qualitative rule (plus 缺省), else the edges."""
    if rule.is_qualitative:
        labels = [c.condition.text for c in rule.clauses if isinstance(c.condition, Text)]
        return [*labels, "缺省"]
    return sample_values(rule, limit=limit, target=target)


def _gaps(rule: Rule, weight: Decimal, target: Decimal | None = None) -> list[str]:
    """Values at the rule's edges (and between them) that no clause covers."""
    if rule.is_qualitative or (rule.uses_target and target is None):
        return []  # a named grade outside the list is a typing slip, not a gap
    out = []
    for v in sample_values(rule, limit=40, target=target):
        try:
            rule.score(v, weight, target)
        except RuleGapError:
            out.append(v)
        except InputError:
            continue
    return out


def _rule_max(row: DraftRow) -> Decimal | None:
    w = row.weight
    if w is None:
        return None
    if row.kind == "checklist":
        return sum((p for _, p, _g in row.items), Decimal(0))
    if row.kind == "rule" and row.rule:
        return parse_rule(row.rule).max_points(w)
    return None


def check_draft(draft: Draft) -> list[Problem]:
    """Run the authoring checks; set statuses and ``known_issues``; return the problems."""
    problems: list[Problem] = []
    for row in draft.rows:
        row.known = []

    def add(check: str, where: str, msg: str, row: DraftRow | None = None,
            known: list[tuple[str, str]] | None = None) -> None:
        problems.append(Problem(check, where, msg, row))
        if known is not None:
            known.append((check, msg))
        if row is not None and row.status == STATUS_OK:
            row.status = STATUS_AMBIGUOUS

    # rows: weight, rule syntax, maximum, gaps
    for row in draft.rows:
        where = row.weight_ref or row.where
        if row.weight is None:
            add("weight-missing", where, f"“{row.name}”没有分值（或分值不是正数），请在审核表填写", row)
            continue
        if row.kind == "rule" and row.rule:
            try:
                rule = parse_rule(row.rule)
            except InputError as e:
                add("rule-syntax", row.standard_ref or row.where,
                    f"“{row.name}”的计分规则“{row.rule}”写法有误：{e.message_zh}", row)
                row.kind, row.status = "judgement", STATUS_UNREAD
                row.rule = None
                continue
            gaps = _gaps(rule, row.weight, _target_number(row))
            if gaps:
                add("rule-gap", row.standard_ref or row.where,
                    f"“{row.name}”的评分标准在 {'、'.join(gaps[:4])} 处没有得分档"
                    "（原文如此；业绩值落在这里时模板会提示“规则未覆盖”）", row, row.known)
        best = _rule_max(row)
        if best is not None and best != row.weight:
            add("rule-max-weight", row.standard_ref or row.where,
                f"“{row.name}”的评分标准最高得 {fmt_decimal(best)} 分，分值为 "
                f"{fmt_decimal(row.weight)} 分（原文如此，请核对）", row, row.known)

    # duplicates within one 二级 group
    seen: dict[tuple[str, str, str], DraftRow] = {}
    for row in draft.rows:
        key = (row.section, row.group, row.name)
        if key in seen:
            add("duplicate-name", row.name_ref or row.where,
                f"三级指标“{row.name}”在“{row.section}／{row.group}”下出现两次"
                f"（另见 {seen[key].name_ref or seen[key].where}）", row, row.known)
        else:
            seen[key] = row

    # stated weights of groups / sections / the whole table
    weights_ok = all(r.weight is not None for r in draft.rows)
    draft.spec_known = []
    if weights_ok:
        for level, key in (("二级指标", "group"), ("一级指标", "section")):
            blocks: dict[tuple[str, ...], list[DraftRow]] = {}
            for row in draft.rows:
                k = (row.section,) if key == "section" else (row.section, row.group)
                blocks.setdefault(k, []).append(row)
            for k, rs in blocks.items():
                stated = rs[0].section_weight if key == "section" else rs[0].group_weight
                if key == "group" and rs[0].group == rs[0].section:
                    continue  # no 二级 column: the group is the section
                total = sum((r.weight for r in rs), Decimal(0))  # type: ignore[misc]
                if stated is not None and stated != total:
                    ref = (rs[0].section_ref if key == "section" else rs[0].group_ref) or rs[0].where
                    add("weight-sum", ref,
                        f"{level}“{k[-1]}”标明 {fmt_decimal(stated)} 分，其下各行分值合计 "
                        f"{fmt_decimal(total)} 分（原文如此，请核对）", None,
                        rs[0].known)  # carried to the level by draft_to_dict
                    rs[0].known[-1] = (f"{key}:weight-sum", rs[0].known[-1][1])
        rows_total = sum((r.weight for r in draft.rows), Decimal(0))  # type: ignore[misc]
        if draft.full is None and draft.selfeval and rows_total != HUNDRED:
            # a 自评表 is a 100-point table (财预〔2020〕10号); without a 总分 row, rows adding to less
            # (or more) are a cut or mistyped table: graded on 90/80/60 it would grade wrong (金寨 2023: 70)
            add("weight-sum", draft.rows[-1].weight_ref or draft.rows[-1].where,
                f"表中没有总分行，各行分值（含预算执行率）合计 {fmt_decimal(rows_total)} 分，不是 100 分："
                "表可能不完整（被截断或漏行）。按它下发，总分和等级都会出错；请核对原表，补齐指标后再生成模板")
        elif draft.full is None:
            draft.full = rows_total
        elif draft.full != rows_total:
            add("weight-sum", draft.full_ref or "合计",
                f"{'满分' if (draft.full_ref or '').startswith(META_SHEET) else '合计行分值'} "
                f"{fmt_decimal(draft.full)} 分，各行分值合计 {fmt_decimal(rows_total)} 分"
                "（原文如此，请核对）", None, draft.spec_known)
        if draft.full is not None and (why := grade_withheld(draft.full, draft.grade_scheme)) is not None:
            # 90/80/60 are points out of 100: an 80-point table graded on them grades wrong (莆田 2024: 80)
            full = fmt_decimal(draft.full)
            told = "" if draft.full_ref else f"分值合计 {full} 分，表中未写总分；"
            add("grade-withheld", draft.full_ref or draft.rows[-1].weight_ref or draft.rows[-1].where,
                f"{told}满分 {full} 分，不是 100 分：财预〔2020〕10号的等级（90、80、60分）按百分制划分，不能用于本表。"
                f"模板的等级格将显示“{NOT_GRADED}：{why}”，核定也不评等级。如原表满分确为 {full} 分，请在“规格”页"
                "填写按本表分值划分的等级方案（如按满分的 90%、80%、60%）；如表不完整（截断或漏行），请补齐指标")
        sections: dict[str, Decimal | None] = {}
        for row in draft.rows:
            sections.setdefault(row.section, row.section_weight)
        stated = list(sections.values())
        if stated and all(s is not None for s in stated):
            ssum = sum(stated, Decimal(0))  # type: ignore[arg-type]
            note = (f"一级指标标明的分值合计 {fmt_decimal(ssum)} 分，满分 {fmt_decimal(draft.full)} 分"
                    "（原文如此，请核对）")
            explained = any(p.check == "weight-sum" and p.message.startswith("一级指标")
                            for p in problems)
            if ssum != draft.full and explained:
                draft.spec_known.append(("weight-sum", note))  # already reported at the 一级 label
            elif ssum != draft.full and not draft.spec_known:
                add("weight-sum", draft.full_ref or draft.rows[0].where, note, None,
                    draft.spec_known)
    draft.problems = problems
    return problems


# ---------------------------------------------------------------------------
# draft → spec YAML
# ---------------------------------------------------------------------------


def _num(d: Decimal) -> int | float:
    return int(d) if d == d.to_integral_value() else float(d)


def _issues(pairs: list[tuple[str, str]]) -> list[dict[str, str]]:
    return [{"check": c, "note": n} for c, n in pairs]


def draft_to_dict(draft: Draft) -> dict[str, Any]:
    """The spec document (plain YAML-ready data) of a checked draft."""
    sections: list[dict[str, Any]] = []
    for row in draft.rows:
        if not sections or sections[-1]["name"] != row.section:
            sections.append({"name": row.section, "weight": None, "known_issues": [],
                             "groups": []})
            if row.section_weight is not None:
                sections[-1]["weight"] = _num(row.section_weight)
        sec = sections[-1]
        if not sec["groups"] or sec["groups"][-1]["name"] != row.group:
            gw = row.group_weight if row.group != row.section else None
            sec["groups"].append({"name": row.group, "weight": None if gw is None else _num(gw),
                                  "known_issues": [], "indicators": []})
        grp = sec["groups"][-1]
        known = []
        for check, note in row.known:
            if check == "section:weight-sum":
                sec["known_issues"].append({"check": "weight-sum", "note": note})
            elif check == "group:weight-sum":
                grp["known_issues"].append({"check": "weight-sum", "note": note})
            else:
                known.append((check, note))
        scoring: dict[str, Any] = {"kind": row.kind}
        if row.kind == "rule":
            scoring["rule"] = row.rule
            if row.unit:
                scoring["unit"] = row.unit
        elif row.kind == "ratio":
            scoring.update({"rule": row.rule or "*: prop", "numerator": "全年执行数",
                            "denominator": "全年预算数"})
        elif row.kind == "checklist":
            scoring["items"] = [
                {"text": t, "points": _num(p), **({"gate": True} if g else {})}
                for t, p, g in row.items
            ]
        ind: dict[str, Any] = {"seq": row.seq, "name": row.name}
        if row.target is not None:
            ind["target"] = row.target
        if row.explanation is not None:
            ind["explanation"] = row.explanation
        ind["standard"] = row.standard
        ind["weight"] = _num(row.weight) if row.weight is not None else None
        ind["scoring"] = scoring
        if known:
            ind["known_issues"] = _issues(known)
        grp["indicators"].append(ind)
    for sec in sections:
        if not sec["known_issues"]:
            del sec["known_issues"]
        for grp in sec["groups"]:
            if not grp["known_issues"]:
                del grp["known_issues"]
    doc: dict[str, Any] = {
        "id": draft.id,
        "version": draft.version,
        "title": draft.title,
        "source": draft.source,
        "full": _num(draft.full) if draft.full is not None else None,
        "grade_scheme": draft.grade_scheme,
    }
    if draft.extra_columns:
        doc["extra_columns"] = list(draft.extra_columns)
    if draft.spec_known:
        doc["known_issues"] = _issues(draft.spec_known)
    doc["sections"] = sections
    return doc


_HEADER_COMMENT = (
    "# 由 jixiao templates new 生成。请不要手改此文件：在审核表里修改后运行\n"
    "#   jixiao templates new <审核表.xlsx>\n"
    "# 再运行 jixiao templates build 生成模板。title 里的 {年度}/{单位名称} 由 distribute 填写。\n"
)


def draft_to_yaml(draft: Draft) -> str:
    """The spec YAML text of a checked draft (validated by the spec loader before return).

    Raises:
        SpecError: the draft is not yet a valid spec (e.g. a row without a weight).
    """
    text = _HEADER_COMMENT + yaml.safe_dump(draft_to_dict(draft), allow_unicode=True,
                                            sort_keys=False, width=1000)
    parse_spec(text, f"{draft.id}.yaml")
    return text


# ---------------------------------------------------------------------------
# trial scores
# ---------------------------------------------------------------------------


def trial_text(row: DraftRow) -> str:
    """"业绩值 → 得分" lines at the rule's edges, for a person to confirm the reading."""
    w = row.weight
    if w is None:
        return ""
    wf = fmt_decimal(w)
    if row.kind == "judgement":
        return f"得分手填，只检查 0~{wf}"
    if row.kind == "passfail":
        return f"符合 → {wf}\n不符合 → 0\n缺省 → {wf}"
    if row.kind == "qualitative":
        return (f"达成 → {fmt_decimal(w * Decimal('0.8'))}~{wf}（手填）\n"
                f"部分达成 → {fmt_decimal(w * Decimal('0.5'))}~{fmt_decimal(w * Decimal('0.8'))}\n"
                f"未达成 → 0~{fmt_decimal(w * Decimal('0.5'))}")
    if row.kind == "checklist":
        total = sum((p for _, p, _g in row.items), Decimal(0))
        lines = [f"全部“是” → {fmt_decimal(min(total, w))}", "全部“否” → 0"]
        if len(row.items) > 1:
            first = row.items[0][1]
            lines.insert(1, f"只有第1项“是” → {fmt_decimal(min(first, w))}")
        return "\n".join(lines)
    try:
        rule = parse_rule(row.rule or "")
    except InputError:
        return ""
    lines = []
    target = _target_number(row)
    for v in _trial_values(rule, target):
        try:
            lines.append(f"{v} → {fmt_decimal(round_half_up(rule.score(v, w, target)))}")
        except RuleGapError:
            lines.append(f"{v} → 无得分档（规则未覆盖）")
        except InputError as e:
            lines.append(f"{v} → {e.message_zh}")
    return "\n".join(lines)


def _items_text(items: list[tuple[str, Decimal, bool]]) -> str:
    return "\n".join(
        f"{_CIRCLED[i] if i < len(_CIRCLED) else str(i + 1) + '.'}{t}：{fmt_decimal(p)}分"
        + ("（前提）" if g else "")
        for i, (t, p, g) in enumerate(items)
    )


def _parse_items(text: str, weight: Decimal | None) -> list[tuple[str, Decimal, bool]]:
    items = []
    for line in text.splitlines():
        if not line.strip():
            continue
        m = _ITEM_RE.match(line)
        if m is None:
            msg = f"清单项“{line.strip()}”应写成“①项目内容：2分”或“①项目内容：25%”"
            raise InputError(msg, "checklist item must be 'text: N分' or 'text: N%'")
        n = Decimal(m["n"])
        if m["unit"] != "分":
            if weight is None:
                raise InputError("按权重比例（%）写的清单项需要先有分值", "share needs a weight")
            n = n / 100 * weight
        items.append((m["text"].strip(), n, bool(m["gate"])))
    if not items:
        raise InputError("分项清单没有任何项目", "empty checklist")
    return items


# ---------------------------------------------------------------------------
# the review workbook
# ---------------------------------------------------------------------------

REVIEW_COLUMNS = ("原表位置", "一级指标", "二级指标", "序号", "三级指标", "指标值", "评分标准（原文）",
                  "分值", "计分方式", "计分规则", "业绩值单位", "试算（业绩值 → 得分）", "状态", "说明")
_WIDTHS = {"原表位置": 12, "一级指标": 12, "二级指标": 12, "序号": 5, "三级指标": 18, "指标值": 16,
           "评分标准（原文）": 40, "分值": 6, "计分方式": 10, "计分规则": 30, "业绩值单位": 7,
           "试算（业绩值 → 得分）": 22, "状态": 13, "说明": 34}
_EDITABLE = frozenset({"分值", "计分方式", "计分规则", "业绩值单位"})
META_KEYS = (("id", "模板编号（英文小写、数字、连字符）"), ("version", "版本"), ("title", "标题"),
             ("source", "来源"), ("full", "满分"), ("grade_scheme", "等级方案（空 = 财预〔2020〕10号）"))
_HELP = (
    "怎样审核：",
    "1. 逐行看“状态”：已读懂 = 规则已读出，请看“试算”一列是否符合评分标准原意；",
    "   有歧义 = 读出了规则，但与分值不符、有没有覆盖的区间或重名等（见“说明”和“检查结果”页）；",
    "   读不懂——请填写计分规则 = 评分标准读不懂，请在黄色的“计分规则”格填写规则；不填就按“酌情评分”手填得分；",
    "   酌情评分 = 原文要求人工评分，得分手填，只检查 0~分值。",
    "2. 只需改黄色格：分值、计分方式、计分规则、业绩值单位。“规格”页可改模板编号、标题、满分、等级方案。",
    "3. 计分规则写法（子句用 ; 分隔，自上而下第一个成立的子句给分）：",
    "   >=95%: 5; <95%: 5 - 1 per 1% ceil      ≥95%得5分，每低1个百分点扣1分，不满1个百分点按1个百分点算",
    "   [90%,100%]: 2; [80%,90%): 1; <80%: 0   分档；[ ] 含端点，( ) 不含",
    "   *: prop                                按完成比率得分（分值 × 业绩值）",
    "   *: W - 25%W per 1                      每发现1处扣25%权重分，扣完为止",
    "   \"符合\": W; \"基本符合\": 0.5W; *: 0        定性指标（W = 分值）",
    "4. 分项清单：计分规则格每行一项，写成“①项目内容：2分”或“①项目内容：25%”（占分值的比例）。",
    "5. 保存后运行：jixiao templates new 本文件.xlsx  → 更新规格；再运行 jixiao templates build 生成模板。",
)


def write_review_workbook(draft: Draft, path: str | os.PathLike[str]) -> Path:
    """Write the review workbook of ``draft`` to ``path`` (XlsxWriter; atomically)."""
    import xlsxwriter

    from jixiao.io import atomic_output

    target = Path(path)
    with atomic_output(target) as tmp:
        wb = xlsxwriter.Workbook(str(tmp), {"strings_to_numbers": False,
                                            "strings_to_formulas": False,
                                            "strings_to_urls": False})
        base = {"font_name": "宋体", "font_size": 10, "border": 1, "valign": "top",
                "text_wrap": True}
        f_text = wb.add_format(base)
        f_edit = wb.add_format({**base, "bg_color": "#FFF2CC"})
        f_head = wb.add_format({**base, "bold": True, "align": "center", "valign": "vcenter",
                                "bg_color": "#D9E1F2"})
        f_title = wb.add_format({"font_name": "黑体", "font_size": 14, "bold": True})
        f_note = wb.add_format({"font_name": "宋体", "font_size": 10, "font_color": "#595959"})
        status_fmt = {
            STATUS_OK: wb.add_format({"bg_color": "#C6EFCE", "font_color": "#006100"}),
            STATUS_AMBIGUOUS: wb.add_format({"bg_color": "#FFEB9C", "font_color": "#9C5700"}),
            STATUS_UNREAD: wb.add_format({"bg_color": "#FFC7CE", "font_color": "#9C0006"}),
            STATUS_JUDGEMENT: wb.add_format({"bg_color": "#EDEDED", "font_color": "#404040"}),
        }
        ws = wb.add_worksheet(REVIEW_SHEET)
        ws.write(0, 0, f"评分表审核：{draft.title}", f_title)
        counts = {s: sum(r.status == s for r in draft.rows) for s in status_fmt}
        summary = "，".join(f"{s} {n} 行" for s, n in counts.items())
        ws.write(1, 0, f"共 {len(draft.rows)} 行：{summary}；检查发现 {len(draft.problems)} 个问题。"
                       "只改黄色格，改完保存后运行 jixiao templates new 本文件（见“填写说明”页）。", f_note)
        header_row = 2
        for c, name in enumerate(REVIEW_COLUMNS):
            ws.write(header_row, c, name, f_head)
            ws.set_column(c, c, _WIDTHS[name])
        col = {n: i for i, n in enumerate(REVIEW_COLUMNS)}
        for i, row in enumerate(draft.rows):
            r = header_row + 1 + i
            rule_text = _items_text(row.items) if row.kind == "checklist" else (row.rule or "")
            sec = row.section if row.section_weight is None else \
                f"{row.section} ({fmt_decimal(row.section_weight)}分)"
            grp = row.group if row.group_weight is None or row.group == row.section else \
                f"{row.group} ({fmt_decimal(row.group_weight)}分)"
            values = {
                "原表位置": row.where, "一级指标": sec, "二级指标": grp, "序号": row.seq,
                "三级指标": row.name, "指标值": row.target, "评分标准（原文）": row.standard,
                "分值": float(row.weight) if row.weight is not None else None,
                "计分方式": KIND_LABELS[row.kind], "计分规则": rule_text, "业绩值单位": row.unit,
                "试算（业绩值 → 得分）": trial_text(row), "状态": row.status,
                "说明": "\n".join(row.notes + [p.message for p in draft.problems if p.row is row]),
            }
            for name, v in values.items():
                fmt = f_edit if name in _EDITABLE else f_text
                if v is None or v == "":
                    ws.write_blank(r, col[name], None, fmt)
                else:
                    ws.write(r, col[name], v, fmt)
            lines = max(_lines(str(v), _WIDTHS[name]) for name, v in values.items()
                        if v is not None)
            ws.set_row(r, min(409, 13.5 * lines + 2))
        last = header_row + len(draft.rows)
        if draft.rows:
            kinds = [k for k in KIND_LABELS if draft.selfeval or k not in _SELFEVAL_KINDS]
            ws.data_validation(header_row + 1, col["计分方式"], last, col["计分方式"], {
                "validate": "list", "source": [KIND_LABELS[k] for k in kinds]})
            ws.data_validation(header_row + 1, col["分值"], last, col["分值"], {
                "validate": "decimal", "criteria": ">", "value": 0,
                "error_message": "分值应为正数"})
            for s, fmt in status_fmt.items():
                ws.conditional_format(header_row + 1, col["状态"], last, col["状态"], {
                    "type": "cell", "criteria": "==", "value": f'"{s}"', "format": fmt})
        ws.freeze_panes(header_row + 1, col["三级指标"] + 1)
        ws.autofilter(header_row, 0, max(last, header_row), len(REVIEW_COLUMNS) - 1)
        ws.set_landscape()
        ws.set_paper(9)
        ws.fit_to_pages(1, 0)
        ws.repeat_rows(header_row)

        ps = wb.add_worksheet(PROBLEM_SHEET)
        for c, (name, width) in enumerate((("位置", 16), ("检查项", 16), ("说明", 90))):
            ps.write(0, c, name, f_head)
            ps.set_column(c, c, width)
        for i, p in enumerate(draft.problems, start=1):
            ps.write_row(i, 0, [p.where, p.check, p.message], f_text)
        if not draft.problems:
            ps.write(1, 0, "未发现问题", f_text)

        ms = wb.add_worksheet(META_SHEET)
        ms.set_column(0, 0, 34)
        ms.set_column(1, 1, 70)
        ms.write_row(0, 0, ["项目", "内容"], f_head)
        meta = {"id": draft.id, "version": draft.version, "title": draft.title,
                "source": draft.source,
                "full": float(draft.full) if draft.full is not None else None,
                "grade_scheme": draft.grade_scheme}
        for i, (key, label) in enumerate(META_KEYS, start=1):
            ms.write(i, 0, label, f_text)
            v = meta[key]
            if v is None:
                ms.write_blank(i, 1, None, f_edit)
            else:
                ms.write(i, 1, v, f_edit)

        hs = wb.add_worksheet(HELP_SHEET)
        hs.set_column(0, 0, 120)
        for i, line in enumerate(_HELP):
            hs.write(i, 0, line)
        wb.set_custom_property(REVIEW_PROPERTY, draft.id)
        wb.set_properties({"title": f"审核表 {draft.id}", "author": "jixiao"})
        wb.close()
    return target


def is_review_workbook(grids: list[Grid]) -> bool:
    names = {g.name for g in grids}
    return REVIEW_SHEET in names and META_SHEET in names


def _header_map(grid: Grid) -> tuple[int, dict[str, int]]:
    for r in range(1, min(grid.max_row, 20) + 1):
        found = {}
        for c in range(1, grid.max_col + 1):
            v = grid.values.get((r, c))
            if isinstance(v, str) and v.strip() in REVIEW_COLUMNS:
                found[v.strip()] = c
        if "三级指标" in found and "计分规则" in found and "分值" in found:
            return r, found
    msg = f"审核表“{grid.name}”找不到表头（需要“三级指标”“分值”“计分规则”等列）"
    raise LayoutNotRecognised(msg, "review sheet header not found")


def read_review_workbook(grids: list[Grid], source_name: str) -> Draft:
    """The draft an author edited in the review workbook (rules they filled in win).

    Raises:
        LayoutNotRecognised: the 审核表 sheet has no header row.
    """
    by_name = {g.name: g for g in grids}
    grid = by_name[REVIEW_SHEET]
    hr, cols = _header_map(grid)

    def cell(r: int, name: str) -> Any:
        c = cols.get(name)
        return None if c is None else grid.values.get((r, c))

    meta: dict[str, Any] = {}
    labels = {label: key for key, label in META_KEYS}
    mg = by_name[META_SHEET]
    for r in range(1, mg.max_row + 1):
        label = mg.values.get((r, 1))
        if isinstance(label, str) and label.strip() in labels:
            meta[labels[label.strip()]] = mg.values.get((r, 2))
    rows: list[DraftRow] = []
    sec_name, sec_w, grp_name, grp_w = "评分指标", None, "评分指标", None
    for r in range(hr + 1, grid.max_row + 1):
        name = _clean(cell(r, "三级指标"))
        if name is None:
            continue
        s = _clean(cell(r, "一级指标"))
        if s is not None:
            sec_name, sec_w = parse_level_name(s)
            sec_name = sec_name or "评分指标"
            grp_name, grp_w = sec_name, sec_w
        g = _clean(cell(r, "二级指标"))
        if g is not None:
            grp_name, grp_w = parse_level_name(g)
            grp_name = grp_name or sec_name
        here = f"{REVIEW_SHEET}!第{r}行"
        weight = cell_number(cell(r, "分值"))
        row = DraftRow(
            where=_clean(cell(r, "原表位置")) or here, section=sec_name, section_weight=sec_w,
            group=grp_name, group_weight=grp_w if grp_name != sec_name else sec_w,
            name=_one_line(name), weight=weight if weight is not None and weight > 0 else None,
            seq=_seq(cell(r, "序号")),
            target=_clean(cell(r, "指标值")), standard=_clean(cell(r, "评分标准（原文）")),
            unit=_clean(cell(r, "业绩值单位")),
            standard_ref=f"{REVIEW_SHEET}!{a1(r, cols['计分规则'])}",
            weight_ref=f"{REVIEW_SHEET}!{a1(r, cols['分值'])}",
            name_ref=f"{REVIEW_SHEET}!{a1(r, cols['三级指标'])}",
            section_ref=here, group_ref=here,
        )
        label = _clean(cell(r, "计分方式")) or ""
        kind = _LABEL_KINDS.get(label, "")
        text = _clean(cell(r, "计分规则"))
        old_status = _clean(cell(r, "状态"))
        if kind == "checklist":
            try:
                row.items = _parse_items(text or "", row.weight)
                row.kind, row.status = "checklist", STATUS_OK
            except InputError as e:
                row.kind, row.status = "judgement", STATUS_UNREAD
                row.notes.append(f"分项清单写法有误：{e.message_zh}")
        elif kind == "passfail" and not text:
            row.kind, row.status = "passfail", STATUS_OK
        elif kind in ("target", "qualitative"):  # the default rule on the row's own 指标值
            row.kind, row.status = kind, STATUS_OK
            row.rule = text if kind == "target" else None
        elif kind == "ratio":
            row.kind, row.rule, row.status = "ratio", text or "*: prop", STATUS_OK
        elif text:  # a rule typed in (also when 计分方式 still says 酌情评分)
            row.kind, row.rule, row.status = "rule", text, STATUS_OK
            if old_status == STATUS_UNREAD:
                row.notes.append("计分规则由审核人填写")
        elif kind == "judgement" and old_status == STATUS_JUDGEMENT:
            row.kind, row.status = "judgement", STATUS_JUDGEMENT
        else:
            row.kind, row.status = "judgement", STATUS_UNREAD
            row.notes.append("计分规则为空：按酌情评分（得分手填）")
        rows.append(row)

    def meta_text(key: str, default: str) -> str:
        v = meta.get(key)
        return str(v).strip() if v is not None and str(v).strip() else default

    version = cell_number(meta.get("version"))
    extra = []
    return Draft(
        id=meta_text("id", "table-review"),
        title=meta_text("title", _NEUTRAL_PREFIX + _DEFAULT_TITLE),
        source=meta_text("source", source_name),
        rows=rows,
        version=int(version) if version is not None and version >= 1 else 1,
        full=cell_number(meta.get("full")),
        full_ref=f"{META_SHEET}!B5",
        grade_scheme=_clean(meta.get("grade_scheme")),
        extra_columns=extra,
        selfeval=any(r.kind in _SELFEVAL_KINDS for r in rows),
    )


# ---------------------------------------------------------------------------
# the command
# ---------------------------------------------------------------------------


def new_template(source: str | os.PathLike[str], out_dir: str | os.PathLike[str],
                 *, spec_id: str | None = None, sheet: str | None = None,
                 table_no: int | None = None) -> NewResult:
    """Read ``source`` (a published table or an edited review workbook) and write the
    spec YAML and a review workbook into ``out_dir``; the input is never modified.

    Raises:
        WorkbookUnreadable / LayoutNotRecognised: the source cannot be read / has no table.
        InputError: a bad ``spec_id`` or ``table_no``.
    """
    from jixiao.io import read_file_once, write_atomically
    from jixiao.io.safety import DEFAULT_LIMITS
    from jixiao.reading.docx import is_docx

    src = Path(source)
    if spec_id is not None and not re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", spec_id):
        msg = f"--id“{spec_id}”只能由小写字母、数字和连字符组成（如 my-county-2024）"
        raise InputError(msg, "bad id")
    data = read_file_once(src, DEFAULT_LIMITS.max_file_bytes)
    grids = _grids_of(src)
    draft: Draft | None = None
    if not is_docx(src) and is_review_workbook(grids):
        draft = read_review_workbook(grids, src.name)
        if spec_id is not None:
            draft.id = spec_id
    if draft is None:
        tables = [t for t in _tables_in(grids, sheet, src.name) if t.rows]
        if not tables:
            msg = f"{src.name}：未找到评分表（需要“三级指标/指标名称”“分值/权重”“评分标准”等列的表头）"
            raise LayoutNotRecognised(msg, "no scoring table found")
        # one run per table: a 评分表 split over Word tables at a page break is already one grid
        # (the docx loader joins it by `reading.sheet.continues_table`, the one rule for both
        # validate and templates new)
        runs = [[t] for t in tables]
        if table_no is not None:
            if not 1 <= table_no <= len(runs):
                msg = f"--table {table_no} 超出范围：{src.name} 中找到 {len(runs)} 张评分表"
                raise InputError(msg, "table number out of range")
            run = runs[table_no - 1]
        else:  # the indicator table, not a summary: the one with most rows
            run = max(runs, key=lambda r: sum(len(t.rows) for t in r))
        by_name = {g.name: g for g in grids}
        where = _label_of(run, by_name)
        draft = draft_from_table(run, spec_id=spec_id or default_id(data),
                                 source=f"jixiao templates new 读取 {src.name} 的 {where}")
        if draft.selfeval and "自评" not in (run[0].title or ""):
            named = _selfeval_title(by_name.get(run[0].sheet), run[0])
            if named is not None:
                draft.title = neutral_title(named)
        draft.read_from = where
        draft.not_read = [f"第{i}张 {_label_of(r, by_name)}" for i, r in enumerate(runs, 1) if r is not run]
    check_draft(draft)
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    spec_path: Path | None = out / f"{draft.id}.yaml"
    review_path: Path | None = out / f"{draft.id}.审核表.xlsx"
    spec: TemplateSpec | None = None
    error = None
    try:
        text = draft_to_yaml(draft)
        spec = parse_spec(text, spec_path.name)  # type: ignore[union-attr]
    except SpecError as e:
        error, spec_path = e.message_zh, None
    if spec_path is not None:
        write_atomically(spec_path, text.encode("utf-8"))
    if review_path is not None and review_path.resolve() == src.resolve():
        review_path = None  # never overwrite the input
    if review_path is not None:
        write_review_workbook(draft, review_path)
    return NewResult(draft, spec_path, review_path, spec, error)
