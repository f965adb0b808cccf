"""Build 评分表 workbooks from indicator specs (XlsxWriter).

Two flavours of the same sheet:

* ``portable`` (.xlsx): every rule compiled to native Excel-2010 formulas
  (:mod:`jixiao.rules.excel`); works in Excel, WPS and LibreOffice with no Python
  and no macros.
* ``udf`` (.xlsm): 得分 cells call ``SCORE_RANGE`` / ``EXEC_RATE`` / ``GRADE``
  (xlwings UDFs) and a button runs the whole-sheet validation.

Both read the inputs their native formulas use (portable: all; udf: checklist items,
定性 answers, 定量 target values, split-source amounts) through the hidden helper sheet
``计算辅助`` (:mod:`cell_text`), which reads a cell as the engine does.

Both carry correct cached values (computed with the core engine, the same
engine the UDFs and validation use) and ``fullCalcOnLoad``, so previews never
show stale zeros. Input cells are unlocked and tinted; the sheet is protected
without a password.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

import xlsxwriter
from xlsxwriter.utility import xl_rowcol_to_cell

from jixiao._version import __version__
from jixiao.errors import InputError, RuleGapError
from jixiao.formula_key import formulas_digest
from jixiao.grading import NOT_GRADED, parse_scheme, scheme_text
from jixiao.grading import grade as core_grade
from jixiao.io.load import TEMPLATE_PROPERTY
from jixiao.numbers import is_not_applicable, normalise_text, parse_number
from jixiao.ratios import exec_rate
from jixiao.rules.excel import (
    GAP_TEXT,
    NOT_NUMBER_TEXT,
    grade_formula,
    rule_formula,
)
from jixiao.rules.grammar import parse_rule
from jixiao.rules.model import Rule, Text, fmt_decimal
from jixiao.rules.target import (
    TIME_UNITS,
    amount_row_text,
    fraction_points_row,
    fraction_scale,
    in_row_unit,
    percent_row,
    percent_text_reason,
    row_unit,
    scored_unit,
    signed_percent_row,
    typed_input_reason,
    typed_suffix,
    unit_against_percent,
    unit_against_row,
    unitless_row,
    whole_count_row,
)
from jixiao.templates import cell_text
from jixiao.templates.spec import (
    IndicatorSpec,
    TemplateSpec,
    spec_hash,
)
from jixiao.udf_support import error_text

#: the 业绩值 prompt of a row without a unit on whole numbers (:meth:`_Writer._numeric_validation` ``no_percent``)
NO_PERCENT_PROMPT = ("填写数字，不带“%”（本行不按百分比计分）；不适用填“缺省”。"
                     "填了百分比的，表中得分不准确（表格无法识别百分比格式），须经 jixiao 校验，以校验结果为准。")
#: the 业绩值 prompt of a row counted in a time unit (天, 月, 分钟 …: :data:`~jixiao.rules.target.TIME_UNITS`): a date
#: typed there ("2024/6/30") is stored as its serial number (45473), which collect, validate and SCORE_RANGE refuse
#: but the portable sheet cannot tell from a number of days — it sees no format, as with % (p38, p40)
TIME_PROMPT = ("填写以“{unit}”计的数字（如 25），不要填日期；不适用填“缺省”。"
               "填了日期的（单元格显示为日期），表中得分不准确（表格无法识别日期格式），须经 jixiao 校验，以校验结果为准。")

SHEET = "评分表"
GUIDE = "填表说明"
FLAVOURS = ("portable", "udf")
#: custom document properties (validation reads them to detect edits)
PROP_ID = TEMPLATE_PROPERTY
PROP_VERSION = "jixiao_template_version"
PROP_HASH = "jixiao_spec_hash"
PROP_FLAVOUR = "jixiao_flavour"
PROP_TOOL = "jixiao_version"
PROP_BUREAU = "jixiao_bureau"
PROP_YEAR = "jixiao_year"
#: digest of the 评分表's formulas as written (jixiao.formula_key.formulas_digest): collect compares
#: a return with the formulas archived under it (issued/<id>/formulas/<digest>.json)
PROP_FORMULAS = "jixiao_formulas_hash"
#: the grade scheme the 等级 formula uses ("90:优;80:良;60:中;0:差"): validate grades by it when the
#: spec is not at hand, and reports a scheme the sheet's text states otherwise (an edited note)
PROP_SCHEME = "jixiao_grade_scheme"
#: fixed creation date so that rebuilding gives the same content
CREATED = dt.datetime(2026, 1, 1, 0, 0, 0)
CHECK_OK = "✓"
#: what a gate item of a checklist says (满足①…否则此指标不得分); validation reads it
GATE_NOTE = "否则此指标不得分"
YES, NO = "是", "否"
PASS, FAIL, NA = "符合", "不符合", "缺省"

BASE_COLUMNS = ("序号", "一级指标", "二级指标", "三级指标", "指标值", "评分标准", "分值", "业绩值", "得分")
WIDTHS = {"序号": 5, "一级指标": 11, "二级指标": 11, "三级指标": 18, "指标值": 26, "评分标准": 40,
          "分值": 6, "业绩值": 12, "得分": 8, "得分率": 8, "评分过程": 22, "指标解释": 22,
          "计分规则": 26, "校验": 10}
TITLE_ROW, INFO_ROW, HEADER_ROW = 0, 1, 2  # 0-based rows
#: columns whose text decides a row's printed height
PRINT_WIDTH_COLUMNS = frozenset({"一级指标", "二级指标", "三级指标", "指标值", "评分标准",
                                 "评分过程", "指标解释"})


def _lines(text: str, width: float) -> int:
    """Printed lines of ``text`` in a wrapped column ``width`` characters wide (CJK = 2)."""
    total = 0
    for part in text.split("\n"):
        units = sum(1.8 if ord(ch) > 0x2E80 else 1.0 for ch in part)
        total += max(1, math.ceil(units / max(1.0, width - 1)))
    return total
FIRST_DATA_ROW = 3


#: the note on the 得分 header of the 宏版 (what an English error in a score cell means)
UDF_NOTE = (
    "宏版：得分由 Python（jixiao + xlwings）计算，需启用宏。若得分显示英文错误"
    "（如 File not found: xlwings64-….dll）或“xlwings 版本不符”，说明本机尚未安装或版本不对："
    "请运行 jixiao excel install，再用 jixiao excel doctor 检查。详见“填表说明”第6条。"
)


def file_name(spec: TemplateSpec, flavour: str) -> str:
    """``<id>.xlsx`` (portable) or ``<id>.xlsm`` (udf)."""
    return f"{spec.id}.{'xlsm' if flavour == 'udf' else 'xlsx'}"


def columns_for(spec: TemplateSpec) -> list[str]:
    """The published column order plus 得分率/评分过程 where the source has them, then ours."""
    from jixiao.templates.selfeval_rows import is_selfeval, selfeval_columns

    if is_selfeval(spec):  # 自评表: split target cells, 实际完成值
        return selfeval_columns()
    cols = list(BASE_COLUMNS)
    for extra in ("得分率", "评分过程", "指标解释"):
        if extra in spec.extra_columns:
            cols.append(extra)
    cols += ["计分规则", "校验"]
    return cols


@dataclass
class Filled:
    """Inputs to pre-fill, keyed by the row's spec path (``IndicatorSpec.path``).

    value: 业绩值 (number/text); for checklist a list of 是/否; for ratio a mapping
    ``{"numerator": ..., "denominator": ..., "carryover": ...}``; for judgement the
    score itself.
    """

    values: dict[str, Any] = field(default_factory=dict)
    bureau: str | None = None
    year: str | None = None


def example_inputs(spec: TemplateSpec) -> Filled:
    """Inputs taken from the seed report's own values (``example.input`` or ``value``)."""
    filled = Filled()
    for ind in spec.indicators():
        ex = ind.example
        if ex is None:
            continue
        if ind.scoring.kind == "judgement":
            if ex.score is not None:
                filled.values[ind.path] = ex.score
            continue
        v = ex.input if ex.input is not None else ex.value
        if v is None:
            continue
        if ind.scoring.kind == "rule" and isinstance(v, str) and not _typable(v, ind):
            continue  # prose such as "超过90%" is not something to type into a number cell
        filled.values[ind.path] = v
    return filled


def example_number(ind: IndicatorSpec) -> Decimal | None:
    """The seed's example 业绩值 of a row as a number (``example.input`` first), if it is one."""
    ex = ind.example
    for v in ((ex.input, ex.value) if ex is not None else ()):
        if isinstance(v, int | float | Decimal | str) and not isinstance(v, bool):
            try:
                d = parse_number(v)
            except ValueError:
                continue
            if d is not None:
                return d
    return None


#: Excel keeps a list validation's items in one string of at most 255 characters, comma-separated
LIST_LIMIT = 255


def level_choices(rule: Rule) -> list[str] | None:
    """The drop-down of a row scored by named levels: each level as written, then 缺省.

    ``None`` when Excel cannot hold it as a list (a name with a comma or a quotation mark, or more
    than 255 characters in all): the cell then takes any text, and the formula scores it.

    >>> level_choices(parse_rule('"好": W; "较好": 0.8W; *: 0'))
    ['好', '较好', '缺省']

    Also ``None`` beside numeric bands (a veto typed as text, the value otherwise a number):

    >>> level_choices(parse_rule('"发生伪造": 0; <=5%: 2; >5%: 0')) is None
    True
    """
    if rule.compares_numbers:
        return None
    names = [c.condition.text for c in rule.clauses if isinstance(c.condition, Text)]
    names = [*dict.fromkeys(names), NA]
    if any("," in n or '"' in n for n in names) or len(",".join(names)) > LIST_LIMIT:
        return None
    return names


def rule_target(ind: IndicatorSpec) -> Decimal | None:
    """The row's 指标值 as a number when its rule refers to it (``T``): "≥90%" → 0.9, "6" → 6 — read as scoring
    reads it (``Rule.target_number``: a "≤" target on a rule that gives full marks at ``>=T`` is an error); the
    spec refuses a row whose target does not read so (``spec._rule_target``)."""
    text = ind.scoring.rule
    if ind.scoring.kind != "rule" or not text or not (rule := parse_rule(text)).uses_target:
        return None
    return rule.target_number(ind.target)


def on_scale_target(ind: IndicatorSpec) -> Any:
    """The row's 指标值 (``rules.target.Target``) when its numeric rule compares 业绩值 with it (``T``) and it reads
    as one: 业绩值 is then put on its scale (``cell_text.on_scale_formulas``), as validate and collect do."""
    from jixiao.rules.target import parse_target

    if rule_target(ind) is None or parse_rule(ind.scoring.rule or "").is_qualitative:
        return None
    return parse_target(ind.target)


def _typable(v: str, ind: IndicatorSpec) -> bool:
    if is_not_applicable(v):
        return True
    try:
        return parse_number(v) is not None
    except ValueError:
        return bool(ind.scoring.rule) and parse_rule(ind.scoring.rule).is_qualitative


# ---------------------------------------------------------------------------
# cached values: the core engine computes what each formula shows
# ---------------------------------------------------------------------------


def _cached_score(flavour: str, compute: Callable[[], Decimal]) -> Any:
    try:
        return float(compute())
    except RuleGapError as e:
        return GAP_TEXT if flavour == "portable" else error_text(e.message_zh, e.message_en)
    except InputError as e:
        if flavour == "portable":
            return NOT_NUMBER_TEXT
        return error_text(e.message_zh, e.message_en)


def _blank(v: Any) -> bool:
    return cell_text.is_blank_input(v)


def _helper_cached(v: Any) -> Any:
    """The cached value of a helper value cell (what cell_text's formulas compute)."""
    if v is None or v == "":
        return ""
    if isinstance(v, bool):
        return NOT_NUMBER_TEXT
    if isinstance(v, int | float | Decimal):
        return NOT_NUMBER_TEXT if abs(v) > 1e15 else float(v)
    text = normalise_text(str(v))
    try:
        d = parse_number(text)
    except ValueError:
        return text
    return text if d is None else float(d)


def checklist_answer(v: Any) -> Any:
    """A checklist cell as its formulas read it: ``None`` when blank (or only spaces),
    the normalised, trimmed text ("是 " → 是), or the value itself (numbers, TRUE)."""
    if _blank(v):
        return None
    return normalise_text(v) if isinstance(v, str) else v


def checklist_cached(items: Any, weight: Decimal, answers: list[Any]) -> tuple[Any, str]:
    """(得分, 业绩值 "k/n项") the checklist formulas show for the cell values ``answers``:
    blank until every item has an answer; a gate item not 是 → 0; capped at 分值."""
    read = [checklist_answer(a) for a in answers[:len(items)]]
    read += [None] * (len(items) - len(read))
    if any(a is None for a in read):
        return "", ""
    total, gate_failed = Decimal(0), False
    for item, a in zip(items, read, strict=True):
        if a == YES:
            total += item.value(weight)
        elif item.gate:
            gate_failed = True
    met = sum(1 for a in read if a == YES)
    return float(min(weight, Decimal(0) if gate_failed else total)), f"{met}/{len(items)}项"


def row_check_cached(score: Any, weight: Decimal) -> str:
    """What a row's 校验 formula shows for the 得分 cell value ``score`` (TRUE is not a number)."""
    if score == "" or score is None:
        return "待填写"
    if isinstance(score, float | int) and not isinstance(score, bool):
        return CHECK_OK if 0 <= score <= float(weight) else "超出分值"
    return "得分有误"


def _cell_input(v: Any) -> Any:
    """What we type into an input cell: numbers as float, percent text as number."""
    if isinstance(v, Decimal):
        return float(v)
    if isinstance(v, str) and not is_not_applicable(v):
        try:
            d = parse_number(v)
        except ValueError:
            return v
        return v if d is None else float(d)
    return v


class _Styles:
    def __init__(self, wb: xlsxwriter.Workbook) -> None:
        base = {"font_name": "宋体", "font_size": 10, "border": 1, "valign": "vcenter",
                "text_wrap": True}
        inp = {"bg_color": "#FFF2CC", "locked": False}
        calc = {"bg_color": "#F2F2F2"}
        self.title = wb.add_format({"font_name": "黑体", "font_size": 16, "bold": True,
                                    "align": "center", "valign": "vcenter"})
        self.info_label = wb.add_format({"font_name": "宋体", "font_size": 10, "align": "right",
                                         "valign": "vcenter"})
        self.info_input = wb.add_format({**base, **inp})
        self.header = wb.add_format({**base, "bold": True, "align": "center",
                                     "bg_color": "#D9E1F2"})
        self.text = wb.add_format(base)
        self.center = wb.add_format({**base, "align": "center"})
        self.weight = wb.add_format({**base, "align": "center", "num_format": "0.##"})
        self.input_pct = wb.add_format({**base, **inp, "num_format": "0.00%"})
        self.input_num = wb.add_format({**base, **inp, "num_format": "#,##0.00"})
        self.input_general = wb.add_format({**base, **inp, "num_format": "General"})
        self.input_text = wb.add_format({**base, **inp, "align": "center"})
        self.input_long = wb.add_format({**base, **inp})
        self.input_score = wb.add_format({**base, **inp, "num_format": "0.00"})
        self.target_pct = wb.add_format({**base, "align": "center", "num_format": "0%"})
        self.calc_pct = wb.add_format({**base, **calc, "num_format": "0.00%"})
        self.calc_score = wb.add_format({**base, **calc, "num_format": "0.00"})
        self.calc_text = wb.add_format({**base, **calc, "align": "center"})
        self.rule = wb.add_format({**base, **calc, "font_name": "Consolas", "font_size": 9})
        self.total_label = wb.add_format({**base, "bold": True, "align": "center"})
        self.total_score = wb.add_format({**base, **calc, "bold": True, "num_format": "0.00"})
        self.total_weight = wb.add_format({**base, "bold": True, "align": "center",
                                           "num_format": "0.##"})
        self.check = wb.add_format({**base, **calc, "align": "center", "font_size": 9})
        self.bad = wb.add_format({"bg_color": "#FFC7CE", "font_color": "#9C0006"})
        self.good = wb.add_format({"font_color": "#006100"})
        #: the grade scheme under the table (printed, no border: not a table row)
        self.note = wb.add_format({"font_name": "宋体", "font_size": 10, "text_wrap": True,
                                   "valign": "top"})
        self.guide_title = wb.add_format({"font_name": "黑体", "font_size": 14, "bold": True})
        self.guide_text = wb.add_format({"font_name": "宋体", "font_size": 10, "text_wrap": True,
                                         "valign": "top"})
        self.swatch_input = wb.add_format({"bg_color": "#FFF2CC", "border": 1})
        self.swatch_calc = wb.add_format({"bg_color": "#F2F2F2", "border": 1})
        self.swatch_bad = wb.add_format({"bg_color": "#FFC7CE", "border": 1})


@dataclass
class BuildResult:
    path: Path
    total: float | str
    grade: str
    #: (sheet row 1-based, spec path, score cell A1) of every indicator row
    rows: list[tuple[int, str, str]]
    #: the 评分表's formulas as written (A1 -> text without "=") and their digest
    formulas: dict[str, str] = field(default_factory=dict)
    formulas_digest: str = ""


class _SheetWriter:
    """Writes the 评分表 sheet row by row and records every cached value it writes."""

    def __init__(self, wb: xlsxwriter.Workbook, spec: TemplateSpec, flavour: str,
                 filled: Filled) -> None:
        self.wb, self.spec, self.flavour, self.filled = wb, spec, flavour, filled
        self.ws = wb.add_worksheet(SHEET)
        #: every formula written to the 评分表 (A1 -> text without "="), for PROP_FORMULAS
        self.formulas: dict[str, str] = {}
        self.st = _Styles(wb)
        self.cols = columns_for(spec)
        self.c = {name: i for i, name in enumerate(self.cols)}
        self.row = FIRST_DATA_ROW
        self.cached: dict[tuple[int, str], Any] = {}
        self.lines: dict[int, int] = {}
        self.indicator_rows: list[tuple[int, str, str]] = []
        # both flavours: a hidden sheet reads input cells as the engine does (cell_text);
        # the 宏版 uses it for the rows its UDFs do not read (checklist, 定性, 定量 target)
        self.helper = wb.add_worksheet(cell_text.HELPER_SHEET)
        self.helper.hide()
        self.helper.protect("")

    # -- helpers -------------------------------------------------------------
    def ref(self, row: int, col: str) -> str:
        return xl_rowcol_to_cell(row, self.c[col])

    def put(self, row: int, col: str, value: Any, fmt: Any) -> None:
        if isinstance(value, str) and col in PRINT_WIDTH_COLUMNS:
            self.lines[row] = max(self.lines.get(row, 1), _lines(value, WIDTHS.get(col, 10)))
        if value is None or value == "":
            self.ws.write_blank(row, self.c[col], None, fmt)
        else:
            self.ws.write(row, self.c[col], value, fmt)
        self.cached[(row, col)] = value

    def read_input(self, row: int, col: str = "业绩值") -> str:
        """The helper-sheet reference holding input cell ``(row, col)`` as the engine reads it.

        ``row`` is 0-based.
        """
        source = f"'{SHEET}'!{xl_rowcol_to_cell(row, self.c[col], True, True)}"
        formulas = cell_text.helper_formulas(source, row + 1)
        cached = _helper_cached(self.cached.get((row, col)))
        for i, f in enumerate(formulas):
            last = i == len(formulas) - 1
            self.helper.write_formula(row, i, "=" + f, None, cached if last else "")
        return cell_text.helper_value_ref(row + 1)

    def read_on_scale(self, row: int, target: Any) -> str:
        """:meth:`read_input` of 业绩值, then put on the 指标值 ``target``'s scale (``cell_text.on_scale_formulas``):
        the helper reference the score formula of a row on its own 指标值 reads. ``row`` is 0-based."""
        self.read_input(row)
        source = f"'{SHEET}'!{xl_rowcol_to_cell(row, self.c['业绩值'], True, True)}"
        formulas = cell_text.on_scale_formulas(source, row + 1, target)
        read = _helper_cached(self.cached.get((row, "业绩值")))
        cached = cell_text.on_scale_cached(self.cached.get((row, "业绩值")), target, read)
        for i, (f, c) in enumerate(zip(formulas, cached, strict=True)):
            self.helper.write_formula(row, len(cell_text.COLUMNS) + i, "=" + f, None, c)
        return cell_text.on_scale_value_ref(row + 1)

    def read_row_unit(self, row: int, rule: Rule, unit: str) -> str:
        """:meth:`read_input` of 业绩值 in a row whose unit (no percentage) decides how text is read: "150万元" in a
        万元 row is 150, "150元" the core's reason (``cell_text.row_unit_formulas``, helper columns K and L, p24): the
        reference its score formula reads. ``row`` is 0-based."""
        self.read_input(row)
        value = self.cached.get((row, "业绩值"))
        cached = cell_text.row_unit_cached(value, _helper_cached(value), rule, unit)
        for i, (f, c) in enumerate(zip(cell_text.row_unit_formulas(row + 1, unit, rule), cached, strict=True)):
            self.helper.write_formula(row, len(cell_text.COLUMNS) + i, "=" + f, None, c)
        return cell_text.on_scale_value_ref(row + 1)

    def read_percent_points(self, row: int) -> str:
        """:meth:`read_input` of 业绩值 in a row whose rule is on % bands, a number above the core's bound read as
        percent points, text typed with a unit that is no percentage ("95分") the core's reason instead
        (``cell_text.percent_unit_formulas``, helper columns K and L): the reference its score formula reads.
        ``row`` is 0-based."""
        self.read_input(row)
        # unqualified references to the helper's own row, as on_scale_formulas writes them (a copy of the pair follows)
        value = self.cached.get((row, "业绩值"))
        cached = cell_text.percent_unit_cached(value, _helper_cached(value))
        for i, (f, c) in enumerate(zip(cell_text.percent_unit_formulas(row + 1), cached, strict=True)):
            self.helper.write_formula(row, len(cell_text.COLUMNS) + i, "=" + f, None, c)
        return cell_text.on_scale_value_ref(row + 1)

    def formula(self, row: int, col: str, text: str, fmt: Any, cached: Any) -> None:
        cached = "" if cached is None else cached
        self.write_formula(row, self.c[col], text, fmt, cached)
        self.cached[(row, col)] = cached

    def write_formula(self, row: int, col: int, text: str, fmt: Any, cached: Any) -> None:
        """Every formula of the 评分表 is written here (and recorded)."""
        self.ws.write_formula(row, col, "=" + text, fmt, cached)
        self.formulas[xl_rowcol_to_cell(row, col)] = text

    def blank_row_cells(self, r: int, cols: tuple[str, ...]) -> None:
        for col in cols:
            if col in self.c:
                self.put(r, col, None, self.st.text)

    # -- layout --------------------------------------------------------------
    def header(self) -> None:
        ws, st = self.ws, self.st
        last = self.c["计分规则"] - 1  # the printed columns
        ws.merge_range(TITLE_ROW, 0, TITLE_ROW, last,
                       self.spec.title_for(self.filled.bureau, self.filled.year), st.title)
        ws.set_row(TITLE_ROW, 30)
        ws.write(INFO_ROW, 1, "填报单位：", st.info_label)
        ws.merge_range(INFO_ROW, 2, INFO_ROW, 4, self.filled.bureau or "", st.info_input)
        ws.write(INFO_ROW, 5, "评价年度：", st.info_label)
        ws.write(INFO_ROW, 6, self.filled.year or "", st.info_input)
        self.wb.define_name("单位名称", f"='{SHEET}'!$C${INFO_ROW + 1}")
        self.wb.define_name("评价年度", f"='{SHEET}'!$G${INFO_ROW + 1}")
        from jixiao.templates.selfeval_rows import HEADER_TEXT
        from jixiao.templates.selfeval_rows import WIDTHS as SELFEVAL_WIDTHS

        selfeval = "指标性质" in self.c
        for name, i in self.c.items():
            ws.write(HEADER_ROW, i, HEADER_TEXT.get(name, name) if selfeval else name, st.header)
            width = SELFEVAL_WIDTHS.get(name) if selfeval else None
            ws.set_column(i, i, width or WIDTHS.get(name, 10))
        ws.set_row(HEADER_ROW, 24)

    def indicator(self, ind: IndicatorSpec, seq_text: Any) -> None:
        """Write one indicator row (plus its sub-rows)."""
        top = self.row
        st = self.st
        self.put(top, "序号", seq_text, st.center)
        self.put(top, "三级指标", ind.name, st.text)
        self.put(top, "指标值", ind.target, st.text)
        self.put(top, "评分标准", ind.standard, st.text)
        self.put(top, "分值", float(ind.weight), st.weight)
        if "评分过程" in self.c:
            self.put(top, "评分过程", None, st.input_long)
        if "指标解释" in self.c:
            self.put(top, "指标解释", ind.explanation, st.text)
        given = self.filled.values.get(ind.path)
        from jixiao.templates import selfeval_rows as SE

        SE.blank_split_cells(self, top, ind)
        handler = {
            "rule": self._rule_row, "passfail": self._rule_row, "ratio": self._ratio_row,
            "checklist": self._checklist_row, "judgement": self._judgement_row,
            "target": lambda i, t, g: SE.target_row(self, i, t, g),
            "qualitative": lambda i, t, g: SE.qualitative_row(self, i, t, g),
        }[ind.scoring.kind]
        handler(ind, top, given)
        score = self.cached.get((top, "得分"), "")
        if "得分率" in self.c:
            s, g = self.ref(top, "得分"), self.ref(top, "分值")
            rate = score / float(ind.weight) if isinstance(score, float) and ind.weight else ""
            self.formula(top, "得分率", f'IF(ISNUMBER({s}),{s}/{g},"")', st.calc_pct, rate)
        if ind.scoring.kind != "qualitative":  # 定性 rows write their own band check
            self._row_check(top, score, ind.weight)
        self.indicator_rows.append((top + 1, ind.path, self.ref(top, "得分")))
        self.row += 1

    def _value_format(self, ind: IndicatorSpec) -> Any:
        unit = ind.scoring.unit
        rule = ind.scoring.rule
        if unit == "%" or (unit is None and rule and parse_rule(rule).reads_percent):
            return self.st.input_pct
        return self.st.input_general

    def _numeric_validation(self, row: int, col: str, no_percent: bool = False, unit: Any = None) -> None:
        """The 业绩值 cell takes a number or “缺省”. ``no_percent``: a row without a unit whose rule counts whole
        things (``>=90: W``, :func:`~jixiao.rules.target.fraction_scale` false): “95%” typed there is refused by
        collect and validate, but the sheet cannot see the cell's % format (no formula every client evaluates
        does: docs/notes/p38.md) and shows the score of 0.95 — the prompt says so (:data:`NO_PERCENT_PROMPT`).
        ``unit``: the row's (or its 指标值's) unit — in a time unit a date's serial number is no count of days, and
        the prompt says so (:data:`TIME_PROMPT`, p40)."""
        cell = self.ref(row, col)
        time_unit = row_unit(unit) in TIME_UNITS
        prompt = NO_PERCENT_PROMPT if no_percent else TIME_PROMPT.format(unit=row_unit(unit)) if time_unit else \
            "填写数字或百分比；不适用填“缺省”。"
        self.ws.data_validation(row, self.c[col], row, self.c[col], {
            "validate": "custom", "value": f'=OR(ISNUMBER({cell}),{cell}="{NA}")',
            "error_title": "请输入数字", "error_type": "stop",
            "error_message": "此处应填写数字（百分比可直接输入如 96.87%），不适用时填“缺省”。",
            "input_title": "业绩值", "input_message": prompt,
        })

    def _list_validation(self, row: int, col: str, options: list[str], title: str) -> None:
        self.ws.data_validation(row, self.c[col], row, self.c[col], {
            "validate": "list", "source": options, "error_type": "stop",
            "error_title": title, "error_message": "请从下拉列表中选择：" + "、".join(options),
        })

    def _rule_text(self, ind: IndicatorSpec) -> str:
        if ind.scoring.kind == "passfail":
            return f'"{PASS}": W; *: 0'
        assert ind.scoring.rule is not None
        return str(parse_rule(ind.scoring.rule))

    def _score_formula(self, top: int, rule_text: str, value_input: bool = True,
                       target: Decimal | None = None, typed: bool = False, unit: str = "", name: str = "",
                       standard: str | None = None) -> str:
        """``target``: the row's own 指标值 as a number, for a rule that refers to it (``T``);
        such a row is scored by a native formula in both flavours (SCORE_RANGE takes no target).
        ``typed``: 业绩值 is typed by the bureau (not a computed 执行率): on % bands a number above the core's bound is
        percent points (:meth:`read_percent_points`; the 宏版's SCORE_RANGE decides the same in the core).
        ``unit``: the row's unit where it decides how typed text is read (``rules.target.scored_unit``, p24):
        SCORE_RANGE's fourth argument; the portable helper's :meth:`read_row_unit` (or p22's reading in a % row).
        ``name``: the indicator's name where it decides that a % row scores a negative 业绩值 (a change, 增长率 …,
        ``rules.target.signed_percent_row``, p28): SCORE_RANGE's fifth argument; the portable formula leaves out
        its negative check. ``standard``: the 评分标准, where it decides that a row without a unit counts whole things
        (its step names a count word, ``rules.target.count_word``, p30): SCORE_RANGE's sixth argument; the portable
        formula's check of fractions."""
        value_ref, weight_ref = self.ref(top, "业绩值"), self.ref(top, "分值")
        raw_ref = value_ref
        rule = parse_rule(rule_text)
        by_name = typed and (percent_row(rule, unit) and signed_percent_row(rule, name) and not signed_percent_row(rule)
                             or amount_row_text(rule, unit, name) != amount_row_text(rule, unit))  # p37
        by_standard = typed and not scored_unit(rule, unit) and whole_count_row(rule, unit, standard)
        if self.flavour == "udf" and target is None:
            args = [unit] if unit or by_name or by_standard else []
            args += [name if by_name else ""] if by_name or by_standard else []
            args += [standard or ""] if by_standard else []
            extra = "".join(f",{cell_text.quoted(a)}" for a in args)
            return f"SCORE_RANGE({value_ref},{self.ref(top, '计分规则')},{weight_ref}{extra})"
        on_bands = typed and rule.reads_percent and not rule.uses_target
        if on_bands or unit == "%":  # on % bands and in a % row: 75 is 75 % (p31: whatever the rule), as the core
            # reads it; "95分" in a % row: the reason
            value_ref = self.read_percent_points(top)
        elif unit:  # "150万元" in a 万元 row: 150; "150元": the reason
            value_ref = self.read_row_unit(top, rule, unit)
        elif typed and unitless_row(rule, unit):  # no unit: "2次" is 2, "2024年" the reason (p35)
            value_ref = self.read_row_unit(top, rule, "")
        elif value_input:  # a typed 业绩值: read through the helper sheet
            value_ref = self.read_input(top)
        t = None if target is None else fmt_decimal(target)
        formula = rule_formula(rule, value_ref, weight_ref, t)
        if typed and percent_row(rule, unit):  # "0.95" typed as text: 95 % or 0.95 %? no score if they differ (p31)
            formula = cell_text.percent_text_first(value_ref, raw_ref, top + 1,
                                                   lambda ref: rule_formula(rule, ref, weight_ref, t))
        if typed and fraction_points_row(rule, unit):  # "85" beside ">=0.9: W": 85 or 85 %? (p37)
            formula = cell_text.fraction_points_first(value_ref, raw_ref, top + 1,
                                                      lambda ref: rule_formula(rule, ref, weight_ref, t))
        if value_input:  # "√" in a row of named levels, −1 or 1.5 in a count row, −5% on % bands: the core's
            # reason, as collect (p27, p28)
            formula = cell_text.input_refusal_first(value_ref, raw_ref, rule, formula, unit if typed else "",
                                                    name if typed else None, cell_text.helper_text_ref(top + 1),
                                                    standard if typed else None, top + 1)
        if rule.is_qualitative:  # a flagged value (TRUE, > 10^15) is not a text answer
            formula = cell_text.reason_first(value_ref, formula)
        elif on_bands or unit or (typed and unitless_row(rule, unit)):  # "95分": the helper's reason ("单位不符：…",
            # as SCORE_RANGE and collect), not "业绩值不是数字"
            formula = cell_text.unit_reason_first(value_ref, formula)
        return formula

    def _score(self, top: int, rule_text: str, value: Any, weight: Decimal, value_input: bool = True,
               target: Decimal | None = None, on_scale: Any = None, typed: bool = False,
               rate: bool = False, unit: Any = None, name: str = "", standard: str | None = None) -> None:
        """``on_scale``: the row's 指标值 (``rules.target.Target``) when its rule compares with it (``T``): 业绩值 is
        read on its scale, text that cannot be put there shows a prompt (``selfeval_rows.on_scale_score``).
        ``rate``: 业绩值 is the row's computed 执行率: its error text (金额为负 …) is the score cell's too."""
        rule = parse_rule(rule_text)
        unit = scored_unit(rule, unit) if typed else ""  # the row's unit, where it decides (p24)
        why = typed_input_reason(value, rule, unit, name=name, standard=standard, weight=weight) \
            if typed and not rule.uses_target else None
        # 75 on % bands: 75 %; "150万元" in a 万元 row: 150 (SCORE_RANGE too)
        read = value if why or not typed else in_row_unit(value, rule, unit)
        cached = "" if _blank(value) else _cached_score(self.flavour, lambda: rule.score(read, weight, target))
        if why:  # "95分" on % bands: the core's reason in both flavours (the helper's / SCORE_RANGE's text)
            cached = f"{cell_text.ERROR_MARK} {why}"
        if on_scale is not None:
            from jixiao.templates.selfeval_rows import negative_on_scale_cached, on_scale_score

            formula = on_scale_score(self, top, rule, on_scale, fmt_decimal(target), name)
            cached = negative_on_scale_cached(value, on_scale, name, cached)
        else:
            formula = self._score_formula(top, rule_text, value_input, target, typed, unit, name, standard)
        if rate:
            formula = cell_text.rate_reason_first(self.ref(top, "业绩值"), formula)
            cached = cell_text.rate_reason_cached(value, cached)
        self.formula(top, "得分", formula, self.st.calc_score, cached)

    def _rule_row(self, ind: IndicatorSpec, top: int, given: Any) -> None:
        rule_text = self._rule_text(ind)
        self.put(top, "计分规则", rule_text, self.st.rule)
        rule = parse_rule(rule_text)
        # "95分" prefilled into a row on % bands stays as typed: the sheet says why it is not scored, as collect;
        # "150万元" in a 万元 row too (the sheet reads it as 150, p24)
        unit = scored_unit(rule, ind.scoring.unit)
        own_unit = unit not in ("", "%") and isinstance(given, str) and bool(typed_suffix(given))
        refused = unit_against_percent(given, rule) or unit_against_row(given, rule, unit) \
            or percent_text_reason(given, rule, ind.weight, unit)  # "0.95" in a % row: stays text, as typed (p31)
        v = given if refused or own_unit else _cell_input(given)
        target = rule_target(ind)
        t = on_scale_target(ind)
        from jixiao.templates.selfeval_rows import cell_number, prefilled_on_scale

        if t is not None and cell_number(given) is not None:
            v = prefilled_on_scale(given, t)  # "95万元" beside "≥90万元" is 95 (the 指标值's unit), not 950000
        if ind.scoring.kind == "passfail":
            self.put(top, "业绩值", v, self.st.input_text)
            self._list_validation(top, "业绩值", [PASS, FAIL, NA], "请选择")
        elif rule.is_qualitative:  # the named levels, not a number
            self.put(top, "业绩值", v, self.st.input_text)
            levels = level_choices(rule)
            if levels is not None:
                self._list_validation(top, "业绩值", levels, "请选择等级")
        else:
            fmt = self.st.input_pct if t is not None and t.is_percent else self._value_format(ind)
            self.put(top, "业绩值", v, fmt)
            # "95%" in a row without a unit on whole numbers: refused by collect, the sheet cannot tell (p36, p38)
            self._numeric_validation(top, "业绩值", fmt is self.st.input_general and unitless_row(rule, ind.scoring.unit)
                                    and not fraction_scale(rule), ind.scoring.unit or (t.unit if t is not None else None))
        self._score(top, rule_text, v, ind.weight, target=target, on_scale=t, typed=True, unit=ind.scoring.unit,
                    name=ind.name, standard=ind.standard)

    def _sub_row(self, label: str) -> int:
        self.row += 1
        r = self.row
        self.put(r, "三级指标", label, self.st.text)
        self.blank_row_cells(r, ("序号", "指标值", "评分标准", "分值", "得分", "得分率",
                                 "评分过程", "指标解释", "计分规则", "校验", "指标性质", "度量单位"))
        return r

    def _ratio_row(self, ind: IndicatorSpec, top: int, given: Any) -> None:
        sc = ind.scoring
        if sc.sources:  # 转移支付区域表: 中央资金 / 地方资金 lines under the total
            from jixiao.templates.selfeval_rows import sourced_ratio_row

            sourced_ratio_row(self, ind, top, given)
            return
        rule_text = self._rule_text(ind)
        self.put(top, "计分规则", rule_text, self.st.rule)
        given = given if isinstance(given, Mapping) else {}
        refs: dict[str, str] = {}
        amounts: dict[str, Any] = {}
        for key, label in (("numerator", sc.numerator or "实际支出"),
                           ("denominator", sc.denominator or "预算数"),
                           ("carryover", sc.carryover)):
            if label is None:
                continue
            r = self._sub_row(f"　其中：{label}")
            amount = _cell_input(given.get(key))
            self.put(r, "业绩值", amount, self.st.input_num)
            self._numeric_validation(r, "业绩值")
            refs[key] = self.ref(r, "业绩值")
            amounts[key] = amount
        rate = self.rate_cell(top, refs, amounts)
        self._score(top, rule_text, rate, ind.weight, value_input=False, rate=True)

    def rate_cell(self, row: int, refs: Mapping[str, str], amounts: Mapping[str, Any]) -> Any:
        """执行率 = numerator ÷ (denominator + carryover) in ``row``'s 业绩值, by formula;
        returns the engine's rate (what the formula shows)."""
        num, den, carry = (amounts.get(k) for k in ("numerator", "denominator", "carryover"))
        if self.flavour == "portable":
            return self._portable_rate(row, refs, num, den, carry)
        args = [refs["numerator"], refs["denominator"]]  # udf
        if "carryover" in refs:
            args.append(refs["carryover"])
        rate_formula = f'IF(OR({args[0]}="",{args[1]}=""),"",EXEC_RATE({",".join(args)}))'
        rate: Any = ""
        if any(is_not_applicable(x) for x in (num, den, carry)):
            rate = cell_text.NOT_APPLICABLE  # as EXEC_RATE answers: the row gets full marks
        elif not _blank(num) and not _blank(den):
            try:
                rate = exec_rate(num, den, 0 if _blank(carry) else carry)
            except InputError as e:
                rate = error_text(e.message_zh, e.message_en)
        self.formula(row, "业绩值", rate_formula, self.st.calc_pct,
                     float(rate) if isinstance(rate, Decimal) else rate)
        return rate

    def _portable_rate(self, row: int, refs: Mapping[str, str],
                       num: Any, den: Any, carry: Any) -> Any:
        """预算执行率 from the amounts as the helper sheet reads them (缺省 → 缺省, no #VALUE!)."""
        from xlsxwriter.utility import xl_cell_to_rowcol

        helper = {k: self.read_input(xl_cell_to_rowcol(ref)[0]) for k, ref in refs.items()}
        rate = cell_text.rate_value(num, den, carry if "carryover" in refs else None)
        self.formula(row, "业绩值",
                     cell_text.rate_formula(helper["numerator"], helper["denominator"],
                                            helper.get("carryover")),
                     self.st.calc_pct, float(rate) if isinstance(rate, Decimal) else rate)
        return rate

    def _checklist_row(self, ind: IndicatorSpec, top: int, given: Any) -> None:
        items = ind.scoring.items
        answers = [a if checklist_answer(a) in (YES, NO) else None for a in (given or [])] \
            if isinstance(given, list | tuple) else []
        answers += [None] * (len(items) - len(answers))
        weight_ref = self.ref(top, "分值")
        terms, gates, reads = [], [], []
        circled = "①②③④⑤⑥⑦⑧⑨⑩"
        for k, item in enumerate(items):
            pts = item.value(ind.weight)
            mark = circled[k] if k < len(circled) else f"({k + 1})"
            r = self._sub_row(f"{mark}{item.text}")
            rule_note = GATE_NOTE if item.gate else "否则不得分"
            self.put(r, "评分标准", f"是得{fmt_decimal(pts)}分，{rule_note}", self.st.text)
            self.put(r, "业绩值", answers[k], self.st.input_text)
            self._list_validation(r, "业绩值", [YES, NO], "请选择 是/否")
            self.put(r, "计分规则", f'"{YES}": {fmt_decimal(pts)}; *: 0', self.st.rule)
            # the helper sheet's reading ("是 ", "　是" → 是; whitespace → blank)
            read = self.read_input(r)
            reads.append(read)
            pts_xl = (f"{fmt_decimal(item.share)}*{weight_ref}" if item.share is not None
                      else fmt_decimal(pts))
            terms.append(f'IF({read}="{YES}",{pts_xl},0)')
            if item.gate:
                gates.append(f'{read}="{YES}"')
        n = len(items)
        # the helper rows are consecutive, as the sub-rows
        span = f"{reads[0]}:{reads[-1].split('!')[1]}"
        filled = f'SUMPRODUCT(({span}<>"")*1)'
        met_xl = f'SUMPRODUCT(({span}="{YES}")*1)'
        body = "+".join(terms)
        if gates:
            body = f"IF(AND({','.join(gates)}),{body},0)"
        score, met = checklist_cached(items, ind.weight, answers)
        self.formula(top, "得分", f'IF({filled}<{n},"",MIN({weight_ref},{body}))',
                     self.st.calc_score, score)
        self.formula(top, "业绩值", f'IF({filled}<{n},"",{met_xl}&"/{n}项")',
                     self.st.calc_text, met)
        self.put(top, "计分规则", None, self.st.rule)

    def _judgement_row(self, ind: IndicatorSpec, top: int, given: Any) -> None:
        score = _cell_input(given)
        self.put(top, "业绩值", None, self.st.input_long)
        self.put(top, "得分", score, self.st.input_score)
        self.ws.data_validation(top, self.c["得分"], top, self.c["得分"], {
            "validate": "decimal", "criteria": "between", "minimum": 0,
            "maximum": float(ind.weight), "error_type": "stop", "error_title": "得分超出范围",
            "error_message": f"此项为酌情评分，得分应在 0～{fmt_decimal(ind.weight)} 之间。",
            "input_title": "酌情评分", "input_message": "按评分标准酌情填写得分。",
        })
        self.put(top, "计分规则", None, self.st.rule)
        if not isinstance(score, float | int):
            self.cached[(top, "得分")] = ""

    def _row_check(self, top: int, score: Any, weight: Decimal) -> None:
        s, g = self.ref(top, "得分"), self.ref(top, "分值")
        f = (f'IF({s}="","待填写",IF(AND(ISNUMBER({s}),NOT(ISLOGICAL({s}))),IF(AND({s}>=0,{s}<={g}),"{CHECK_OK}",'
             f'"超出分值"),"得分有误"))')
        self.formula(top, "校验", f, self.st.check, row_check_cached(score, weight))

    # -- totals ----------------------------------------------------------------
    def _sum_cached(self, refs_rows: list[int], col: str) -> Any:
        vals = [self.cached.get((r, col)) for r in refs_rows]
        nums = [v for v in vals if isinstance(v, float | int) and not isinstance(v, bool)]
        if col == "得分" and not nums:
            return ""
        return float(sum(Decimal(str(v)) for v in nums))

    def subtotal(self, label_rows: tuple[int, int], score_rows: list[int]) -> int:
        r = self.row
        st = self.st
        first, last = label_rows
        self.ws.merge_range(r, self.c["二级指标"], r, self.c["评分标准"], "小计", st.total_label)
        self.put(r, "序号", None, st.text)
        g1, g2 = self.ref(first, "分值"), self.ref(last, "分值")
        s1, s2 = self.ref(first, "得分"), self.ref(last, "得分")
        self.formula(r, "分值", f"SUM({g1}:{g2})", st.total_weight,
                     self._sum_cached(score_rows, "分值"))
        self.put(r, "业绩值", None, st.text)
        cached = self._sum_cached(score_rows, "得分")
        self.formula(r, "得分", f'IF(COUNT({s1}:{s2})=0,"",SUM({s1}:{s2}))', st.total_score,
                     cached)
        self._total_rate(r, cached)
        self.blank_row_cells(r, ("评分过程", "指标解释", "计分规则"))
        sub = self.ref(r, "得分")
        check = (f'IF(ISNUMBER({sub}),IF(ABS({sub}-SUM({s1}:{s2}))<0.005,"{CHECK_OK}",'
                 f'"小计不符"),"待填写")')
        self.formula(r, "校验", check, st.check, "待填写" if cached == "" else CHECK_OK)
        self.row += 1
        return r

    def _total_rate(self, r: int, cached: Any) -> None:
        if "得分率" in self.c:
            s, g = self.ref(r, "得分"), self.ref(r, "分值")
            wt = self.cached.get((r, "分值"))
            rate = cached / wt if isinstance(cached, float) and wt else ""
            self.formula(r, "得分率", f'IF(ISNUMBER({s}),{s}/{g},"")', self.st.calc_pct, rate)

    def grand_total(self, subtotal_rows: list[int]) -> tuple[int, Any, str]:
        r = self.row
        st = self.st
        self.ws.merge_range(r, 0, r, self.c["评分标准"], "合计", st.total_label)
        g_refs = ",".join(self.ref(x, "分值") for x in subtotal_rows)
        s_refs = ",".join(self.ref(x, "得分") for x in subtotal_rows)
        self.formula(r, "分值", f"SUM({g_refs})", st.total_weight,
                     self._sum_cached(subtotal_rows, "分值"))
        self.put(r, "业绩值", None, st.text)
        total = self._sum_cached(subtotal_rows, "得分")
        self.formula(r, "得分", f'IF(COUNT({s_refs})=0,"",SUM({s_refs}))', st.total_score, total)
        self._total_rate(r, total)
        self.blank_row_cells(r, ("评分过程", "指标解释", "计分规则"))
        full = fmt_decimal(self.spec.full)
        g = self.ref(r, "分值")
        self.formula(r, "校验", f'IF({g}={full},"{CHECK_OK}","分值合计≠{full}")', st.check,
                     CHECK_OK if self.cached[(r, "分值")] == float(self.spec.full)
                     else f"分值合计≠{full}")
        total_cell = f"'{SHEET}'!${xl_rowcol_to_cell(r, self.c['得分'], True, True)}"
        self.wb.define_name("总分", "=" + total_cell.replace("!$$", "!$"))
        self.wb.define_name("JX_TOTAL", "=" + total_cell.replace("!$$", "!$"))
        # 等级 row
        self.row += 1
        gr = self.row
        self.ws.merge_range(gr, 0, gr, self.c["评分标准"], "等级", st.total_label)
        tref = self.ref(r, "得分")
        scheme = self.spec.grade_scheme
        withheld = self.spec.grade_withheld
        if withheld is not None:  # full marks other than 100 and no scheme of its own: no grade (p20)
            grade_cached = f"{NOT_GRADED}：{withheld}"
            gformula = f'"{grade_cached}"'
        else:
            arg = f',"{scheme}"' if scheme else ""
            gformula = f'IF(ISNUMBER({tref}),GRADE({tref}{arg}),"")' if self.flavour == "udf" \
                else grade_formula(tref, scheme)
            grade_cached = self._grade_cached(total, scheme)
        c1, c2 = self.c["分值"], self.c["得分"]
        self.ws.merge_range(gr, c1, gr, c2, "", st.total_label)
        self.write_formula(gr, c1, gformula, st.total_label, grade_cached)
        grade_cell = xl_rowcol_to_cell(gr, c1, True, True)
        self.wb.define_name("等级", f"='{SHEET}'!{grade_cell}")
        self.wb.define_name("JX_GRADE", f"='{SHEET}'!{grade_cell}")
        for col in self.cols[c2 + 1:]:
            self.put(gr, col, None, st.text)
        self.row += 1
        self.scheme_note()
        return r, total, grade_cached

    def scheme_note(self) -> None:
        """The grade scheme in words under the 等级 row, across the printed columns: a reader of the
        page knows it, and validate reads these words back (:mod:`jixiao.reading.statements`)."""
        r = self.row
        last = self.c["计分规则"] - 1
        withheld = self.spec.grade_withheld
        text = (scheme_text(self.spec.grade_scheme) if withheld is None else
                f"等级：本表{withheld}，未写本表的等级方案；财预〔2020〕10号的等级（90/80/60分）"
                "按百分制划分，不能用于本表，故不评等级。")
        self.ws.merge_range(r, 0, r, last, text, self.st.note)
        width = sum(WIDTHS.get(col, 10) for col in self.cols[:last + 1])
        self.ws.set_row(r, 13.5 * _lines(text, width) + 3)
        self.row += 1

    def _grade_cached(self, total: Any, scheme: str | None) -> str:
        if not isinstance(total, float):
            return ""
        try:
            return core_grade(total, scheme, self.spec.full)
        except InputError as e:  # e.g. a total above full marks
            if self.flavour == "udf":
                return error_text(e.message_zh, e.message_en)
            return parse_scheme(scheme).grade(Decimal(str(total)))  # what the IFs show

    # -- sheet-wide ------------------------------------------------------------
    def finish(self, last_row: int) -> None:
        ws = self.ws
        for r, n in self.lines.items():
            if n > 1:
                ws.set_row(r, min(409, 13.5 * n + 3))
        check_col = self.c["校验"]
        ws.conditional_format(FIRST_DATA_ROW, check_col, last_row, check_col, {
            "type": "cell", "criteria": "==", "value": f'"{CHECK_OK}"', "format": self.st.good})
        ws.conditional_format(FIRST_DATA_ROW, check_col, last_row, check_col, {
            "type": "formula",
            "criteria": f'=AND({xl_rowcol_to_cell(FIRST_DATA_ROW, check_col)}<>"",'
                        f'{xl_rowcol_to_cell(FIRST_DATA_ROW, check_col)}<>"{CHECK_OK}",'
                        f'{xl_rowcol_to_cell(FIRST_DATA_ROW, check_col)}<>"待填写")',
            "format": self.st.bad})
        sc = self.c["得分"]
        ws.conditional_format(FIRST_DATA_ROW, sc, last_row, sc, {
            "type": "formula",
            "criteria": f'=LEFT({xl_rowcol_to_cell(FIRST_DATA_ROW, sc)},8)="#JIXIAO!"',
            "format": self.st.bad})
        ws.set_landscape()
        ws.set_paper(9)  # A4
        ws.set_margins(left=0.4, right=0.4, top=0.6, bottom=0.6)
        ws.repeat_rows(HEADER_ROW)
        ws.fit_to_pages(1, 0)
        # print the published columns only (计分规则/校验 are ours, for screen and checks)
        ws.print_area(0, 0, last_row, self.c["计分规则"] - 1)
        ws.set_footer("&C第 &P 页，共 &N 页")
        ws.freeze_panes(FIRST_DATA_ROW, 0)
        ws.protect("", {"format_columns": True, "format_rows": True,
                        "select_locked_cells": True, "select_unlocked_cells": True})


def _guide(wb: xlsxwriter.Workbook, st: _Styles, spec: TemplateSpec, flavour: str) -> None:
    ws = wb.add_worksheet(GUIDE)
    ws.set_column(0, 0, 4)
    ws.set_column(1, 1, 100)
    ws.write(0, 1, f"填表说明：{spec.title_for()}", st.guide_title)
    lines = [
        "1. 只需填写浅黄色单元格：表头的“填报单位”“评价年度”，以及每行的“业绩值”。",
        "   · 比率类指标直接输入百分数（如 96.87%）；若单元格已设为百分比格式，输入 96.87 即为 96.87%。",
        "   · 资金类指标在“其中：实际支出 / 预算数 / 结转结余”子行填写金额（元），执行率自动计算。",
        "   · 清单类指标（①②③）逐项在下拉框选“是/否”；符合性指标选“符合/不符合”。",
        "   · 不适用的指标填“缺省”，按评分标准得满分；酌情评分的指标直接在“得分”栏填分。",
        "2. 灰色单元格由公式自动计算（得分、小计、合计、等级），已锁定，请勿改写。",
        "3. “校验”列：✓ 表示通过；红色表示有问题（超出分值、小计不符、得分有误等）。",
        "4. 工作表已保护（无密码），以防误改公式；如需调整格式：审阅 → 撤销工作表保护。",
        "   注意：改动分值、评分标准或公式后，汇总时会被标记为“模板被修改”。",
        "5. 计分规则列是评分标准的机器写法（如 >=95%: 5; <95%: 5 - 1 per 1% ceil），"
        "与评分标准原文一一对应，供核对。",
    ]
    if flavour == "udf":
        lines += udf_guide_lines()
    else:
        lines += [
            "6. 本文件为“通用版”(.xlsx)：全部用 Excel 2010 自带函数计算，"
            "Excel、WPS、LibreOffice 均可直接使用，无需宏或 Python。",
            "   整表校验可由汇总单位运行：jixiao validate 文件名.xlsx",
        ]
    for i, line in enumerate(lines, start=2):
        ws.write(i, 1, line, st.guide_text)
    base = len(lines) + 3
    ws.write(base, 1, "颜色说明：", st.guide_title)
    for k, (swatch, text) in enumerate([(st.swatch_input, "浅黄色：需要填写的单元格"),
                                        (st.swatch_calc, "灰色：公式自动计算，已锁定"),
                                        (st.swatch_bad, "红色：校验发现问题")]):
        ws.write_blank(base + 1 + k, 0, None, swatch)
        ws.write(base + 1 + k, 1, text, st.guide_text)
    ws.set_landscape()
    ws.set_paper(9)
    ws.fit_to_pages(1, 0)


def udf_guide_lines() -> list[str]:
    """填表说明 of the 宏版: what the macros need and how to install it (Chinese)."""
    from jixiao.vba.pin import XLWINGS_VERSION

    return [
        "6. 本文件为“宏版”(.xlsm)：得分由 jixiao 自定义函数（SCORE_RANGE 等，已写在本文件的宏里）"
        "计算，“校验整表”按钮运行整表校验。打开时请点“启用内容”（启用宏）；"
        "无需“导入函数”，也无需“信任对 VBA 工程对象模型的访问”。",
        f"   本机需要一次性安装：① 安装 Python 3.11（python.org）；② 在 jixiao 源码目录运行 "
        f"pip install .[udf]（含 xlwings {XLWINGS_VERSION}，版本必须一致）；"
        "③ 运行 jixiao excel install（写入 Python 路径、复制 jixiao.xlam 加载项）；",
        "   ④ Excel：文件→选项→加载项→“Excel 加载项”转到，勾选 jixiao，功能区出现“绩效评分”选项卡。"
        "运行 jixiao excel doctor 可检查缺少什么。",
        f"   若得分显示英文错误（如 File not found: xlwings64-{XLWINGS_VERSION}.dll）"
        "或“xlwings 版本不符”，说明本机尚未按上述步骤安装。WPS 与未装 Python 的电脑请改用“通用版”(.xlsx)。",
    ]


def build_workbook(spec: TemplateSpec, flavour: str, out: str | Path,
                   filled: Filled | None = None) -> BuildResult:
    """Write the template (or a filled copy) of ``spec`` in ``flavour`` to ``out``.

    Args:
        spec: the indicator spec.
        flavour: "portable" (.xlsx, native formulas) or "udf" (.xlsm, UDFs + button).
        out: target path (the caller makes it atomic if needed).
        filled: inputs to pre-fill (bureau, year, values); None for a blank template.
    """
    if flavour not in FLAVOURS:
        msg = f"未知的模板类型 {flavour!r}（应为 portable 或 udf）"
        raise ValueError(msg)
    filled = filled or Filled()
    out = Path(out)
    wb = xlsxwriter.Workbook(str(out), {"strings_to_numbers": False,
                                        "strings_to_formulas": False})
    wb.set_calc_mode("auto")
    w = _SheetWriter(wb, spec, flavour, filled)
    w.header()
    subtotal_rows: list[int] = []
    seq_counter = 0
    for section in spec.sections:
        sec_first = w.row
        score_rows: list[int] = []
        for group in section.groups:
            grp_first = w.row
            for ind in group.indicators:
                seq_counter += 1
                score_rows.append(w.row)
                w.indicator(ind, ind.seq if ind.seq is not None else seq_counter)
            _merge_label(w, grp_first, w.row - 1, "二级指标", group.name)
        sec_last = w.row - 1
        sub = w.subtotal((sec_first, sec_last), score_rows)
        subtotal_rows.append(sub)
        label = section.name
        if section.weight is not None:
            label = f"{section.name} ({fmt_decimal(section.weight)}分)"
        _merge_label(w, sec_first, sub, "一级指标", label)
    total_row, total, grade_text = w.grand_total(subtotal_rows)
    w.finish(w.row - 1)
    _guide(wb, w.st, spec, flavour)
    digest = formulas_digest(w.formulas)
    _properties(wb, spec, flavour, filled, digest)
    if flavour == "udf":
        from jixiao.vba import add_vba_to_workbook, insert_validate_button

        add_vba_to_workbook(wb)
        insert_validate_button(w.ws, xl_rowcol_to_cell(INFO_ROW, w.c["得分"]))
        w.ws.write_comment(HEADER_ROW, w.c["得分"], UDF_NOTE,
                           {"x_scale": 2.2, "y_scale": 2.2, "font_name": "宋体"})
    wb.close()
    return BuildResult(out, total, grade_text, w.indicator_rows, dict(w.formulas), digest)


def _merge_label(w: _SheetWriter, first: int, last: int, col: str, text: str) -> None:
    c = w.c[col]
    if last > first:
        w.ws.merge_range(first, c, last, c, text, w.st.center)
    else:
        w.ws.write(first, c, text, w.st.center)


def _properties(wb: xlsxwriter.Workbook, spec: TemplateSpec, flavour: str,
                filled: Filled, digest: str) -> None:
    wb.set_properties({
        "title": spec.title_for(filled.bureau, filled.year), "subject": "绩效评价评分表", "author": "jixiao",
        "company": "", "comments": f"模板 {spec.id} 第{spec.version}版，由 jixiao 生成",
        "created": CREATED,
    })
    wb.set_custom_property(PROP_ID, spec.id)
    wb.set_custom_property(PROP_VERSION, str(spec.version))
    wb.set_custom_property(PROP_HASH, spec_hash(spec))
    wb.set_custom_property(PROP_FLAVOUR, flavour)
    wb.set_custom_property(PROP_FORMULAS, digest)
    wb.set_custom_property(PROP_SCHEME, str(parse_scheme(spec.grade_scheme)))
    wb.set_custom_property(PROP_TOOL, __version__)
    if filled.bureau:
        wb.set_custom_property(PROP_BUREAU, filled.bureau)
    if filled.year:
        wb.set_custom_property(PROP_YEAR, str(filled.year))


def default_out_dir() -> Path:
    """``<repo>/workbook_templates`` (next to the specs)."""
    from jixiao.templates.spec import default_specs_dir

    return default_specs_dir().parent


def build_all(out_dir: str | Path | None = None,
              specs: list[TemplateSpec] | None = None) -> list[Path]:
    """Build both flavours of every spec plus the ribbon add-in, atomically; return the paths."""
    from jixiao.io import atomic_output
    from jixiao.templates.spec import load_all_specs
    from jixiao.vba.addin import build_addin

    out = Path(out_dir) if out_dir is not None else default_out_dir()
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for spec in specs if specs is not None else load_all_specs():
        for flavour in FLAVOURS:
            target = out / file_name(spec, flavour)
            with atomic_output(target) as tmp:  # the temp name keeps the suffix
                build_workbook(spec, flavour, tmp)
            written.append(target)
    addin = out / "jixiao.xlam"
    with atomic_output(addin) as tmp:
        build_addin(tmp)
    written.append(addin)
    return written
