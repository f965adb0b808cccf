"""Differential test: the portable templates' formulas (recalculated by LibreOffice) vs the engine.

Random numeric and text inputs go into every input cell of every portable template: the
业绩值 of rule and 符合/不符合 rows, the amount sub-rows (实际支出/预算数/结转结余) of ratio
rows and the 中央资金/地方资金 amounts of a split-source ratio (selfeval-transfer), the
实际完成值 of 定量 target rows, the 达成/部分达成/未达成 answer and hand-typed 得分 of 定性
rows, the 是/否 cells of checklists and the hand-typed 得分 of 酌情 rows. The text forms
include what bureaus paste: stray spaces (ASCII, ideographic, tab, no-break), full-width
digits and ％，．, "95%", thousands separators (right and wrong), units and 万/亿, 缺省 with
spaces, 符合/不符合, "是 ", marks such as "—", logical values, and numbers beyond 10^15;
the numbers include every rule bound and step edge (± 10^-k).

LibreOffice recalculates every copy (one soffice run converts all of them); each formula an
input feeds (得分, 预算执行率, 合计, the checklist's "k/n项", 校验) must equal what the engine
gives for the cell values as LibreOffice read them (``Rule.score``; ``cell_text.rate_value``;
``selfeval_rows.target_cached`` / ``qualitative_check``; ``build.checklist_cached`` /
``row_check_cached``): the same number (to 1e-9) or the same text or both blank.
0 mismatches over >= 20,000 inputs.
"""

from __future__ import annotations

import math
import random
import subprocess
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from openpyxl.utils import column_index_from_string
from python_calamine import CalamineWorkbook

from jixiao.errors import InputError, RuleGapError
from jixiao.rules.excel import GAP_TEXT, NOT_NUMBER_TEXT
from jixiao.rules.grammar import parse_rule
from jixiao.rules.model import Compare, Interval, Linear, Rule
from jixiao.rules.target import (
    Target,
    in_row_unit,
    input_refusal,
    parse_target,
    percent_text_reason,
    unit_against_percent,
    unit_against_row,
)
from jixiao.templates import cell_text
from jixiao.templates.build import (
    SHEET,
    build_workbook,
    checklist_cached,
    columns_for,
    row_check_cached,
)
from jixiao.templates.selfeval_rows import cell_number, qualitative_check, target_cached
from jixiao.templates.spec import load_all_specs
from tests import lo

pytestmark = pytest.mark.libreoffice

MIN_INPUTS = 20_000
SEED = 20261203
FULL = str.maketrans("0123456789.%,+-/", "０１２３４５６７８９．％，＋－／")
SPACES = (" ", "  ", "\u3000", "\t", "\u00a0", "\n")


# ---------------------------------------------------------------------------
# inputs
# ---------------------------------------------------------------------------

def _edges(rule: Rule) -> list[float]:
    """Every bound of the rule and every step edge of its linear deductions."""
    out: list[Decimal] = []
    for clause in rule.clauses:
        cond, outcome = clause.condition, clause.outcome
        if isinstance(cond, Compare):
            out.append(cond.bound.value)
        elif isinstance(cond, Interval):
            out += [b.value for b in (cond.lo, cond.hi) if b is not None]
        if isinstance(outcome, Linear) and out:
            unit = outcome.unit.value
            out += [out[-1] + k * unit for k in range(-6, 7)]
    return [float(d) for d in out] or [0.0, 1.0]


def _number(rng: random.Random, edges: list[float]) -> float:
    e = rng.choice(edges)
    pick = rng.random()
    if pick < 0.35:
        return e
    if pick < 0.75:
        # LibreOffice compares numbers within 2^-48 (~3.6e-15) of each other as equal
        # (rtl::math::approxEqual); the engine compares exactly. Offsets stay >= 1e-13
        # relative to the edge, i.e. inside the 15 digits a spreadsheet keeps.
        offset = max(10.0 ** -rng.randint(1, 13), abs(e) * 1e-13)
        return e + rng.choice((-1, 1)) * offset
    scale = max(abs(x) for x in edges) or 1.0
    return round(rng.uniform(-0.2 * scale, 1.5 * scale), rng.randint(0, 6))


def _decimal_text(x: float, places: int) -> str:
    return f"{x:.{places}f}".rstrip("0").rstrip(".") if places else f"{x:.0f}"


def _with_commas(t: str, rng: random.Random) -> str:
    sign = "-" if t.startswith("-") else ""
    t = t.lstrip("-")
    whole, _, frac = t.partition(".")
    if rng.random() < 0.8:
        grouped = f"{int(whole):,}" if whole else whole
    else:  # wrong grouping: parse_number and the formulas must both refuse it
        grouped = ",".join(whole[i:i + 2] for i in range(0, len(whole), 2))
    return sign + grouped + ("." + frac if frac else "")


def _text_form(x: float, rng: random.Random, percent: bool) -> str:
    places = rng.randint(0, 6)
    if percent and rng.random() < 0.7:
        num, suffix = _decimal_text(x * 100, places), rng.choice(("%", "%", " %", "个百分点"))
    elif rng.random() < 0.15:
        num, suffix = _decimal_text(x * 1000, places), "‰"
    else:
        num, suffix = _decimal_text(x, places), ""
        if rng.random() < 0.3:
            suffix = rng.choice(("元", "人", "人次", "万", "万元", " 万 元", "亿", "千", "元/人",
                                 "平方米", "个"))
    if rng.random() < 0.3 and abs(float(num)) >= 100:
        num = _with_commas(num, rng)
    t = num + suffix
    if rng.random() < 0.25:
        t = t.translate(FULL)
    if rng.random() < 0.1:
        t = t.replace("-", "\u2212")
    if rng.random() < 0.1 and not t.startswith(("-", "\u2212", "－")):
        t = "+" + t
    if rng.random() < 0.4:
        t = rng.choice(SPACES) + t
    if rng.random() < 0.4:
        t += rng.choice(SPACES)
    if "\n" in t and "\t" in t:
        # LibreOffice keeps a cell with a line break as rich text, and there a tab reads
        # as U+0001 in formulas (CODE(RIGHT(A1,1)) = 1 for "\n100%\t"): a LibreOffice
        # quirk, not a difference of semantics, so that one combination is not generated
        t = t.replace("\t", " ")
    return t


ODD_TEXTS = (
    "缺省", " 缺省 ", "\u3000缺省", "缺省\t", "缺 省", "缺省%", "符合", " 符合 ", "不符合", "符合\u3000",
    "匹配", "匹配性不足", "明确 ", "明确性不足", "—", "-", "N/A", "/", "", "  ", "\u3000",
    "abc", "1..2", "5%%", "--5", "+-5", "- 5", "１２", ".5", "5.", "1,2345", "12,345.", "1,234,",
    ",123", "TRUE", "9 5", "95 %", "95  %", "95% ", "%", "万", "5%万", "5万万", "5 人 次",
    "999999999999999", "1000000000000000", "1000000000000001", "0.0000000000000001",
    "99999999999亿", "1e5", "(5)", "5,000,000,000,000,000", "①", "Ａ", "٥",
    "0,000,000,000,000,001", "0.11111111111111111111", "1,000,000,000,000,000,000",
)


def _input(rng: random.Random, rule: Rule, percent: bool) -> object:
    pick = rng.random()
    if pick < 0.3:
        return _number(rng, _edges(rule))
    if pick < 0.75:
        return _text_form(_number(rng, _edges(rule)), rng, percent)
    if pick < 0.92:
        return rng.choice(ODD_TEXTS)
    if pick < 0.96:
        return rng.choice((True, False, 1e16, -2e15, 1e15, 1.79e308))
    return None


def _amount(rng: random.Random) -> object:
    pick = rng.random()
    x = round(rng.uniform(0, 5e6), rng.randint(0, 2))
    if pick < 0.45:
        return x
    if pick < 0.8:
        return _text_form(x, rng, percent=False)
    if pick < 0.9:
        return rng.choice(("缺省", " 缺省", "0", 0, "", "—", "abc", "１，０００", True, 1e16))
    return None


# ---------------------------------------------------------------------------
# the engine's answer
# ---------------------------------------------------------------------------

def _engine_score(rule: Rule, value: object, weight: Decimal, read: object = None) -> object:
    """The engine's score of the cell value ``value``, scored as ``read`` when given."""
    if cell_text.is_blank_input(value):
        return ""
    try:
        return float(rule.score(value if read is None else read, weight))
    except RuleGapError:
        return GAP_TEXT
    except InputError:
        return NOT_NUMBER_TEXT


def _same(lo_value: object, expected: object) -> bool:
    if lo_value is None:
        lo_value = ""
    if isinstance(expected, float) or isinstance(expected, Decimal):
        return (isinstance(lo_value, int | float) and not isinstance(lo_value, bool)
                and math.isclose(float(lo_value), float(expected), rel_tol=1e-12, abs_tol=1e-9))
    return lo_value == expected


# ---------------------------------------------------------------------------
# the other input cells: 定量 targets, 定性 answers, checklists, typed scores
# ---------------------------------------------------------------------------

ANSWER_TEXTS = ("达成", "部分达成", "未达成", " 达成", "达成 ", "\u3000部分达成", "未达成\t", "达 成",
                "达成预期指标", "基本达成", "部分达成预期指标", "未达成 目标", "达成率80%", "是", "", " ", None, 1, True)
CHECK_TEXTS = ("是", "否", " 是", "是 ", "\u3000是", "是\t", "\n否", "否\u00a0", "是否", "YES", "√",
               "", "  ", None, 1, 0, True, False, "是。", "1")


def _target_input(rng: random.Random, target: Target) -> object:
    t = float(target.value)
    edges = [t, 0.0, t / 2, t * 2, t + 1, t - 1, 1.0] if t else [0.0, 1.0, -1.0, 100.0]
    pick = rng.random()
    if pick < 0.35:
        return _number(rng, edges)
    if pick < 0.8:
        return _text_form(_number(rng, edges), rng, target.is_percent)
    if pick < 0.95:
        return rng.choice(ODD_TEXTS)
    return rng.choice((True, 1e16, None))


def _score_input(rng: random.Random, weight: Decimal) -> object:
    """A hand-typed 得分: around the bands 0 / 50 % / 80 % / 100 % of 分值, text, TRUE."""
    w = float(weight)
    pick = rng.random()
    if pick < 0.6:
        edge = w * rng.choice((0, 0.5, 0.8, 1, 1.2, -0.1))
        return edge + rng.choice((0, 0, 0.01, -0.01, 0.5, -0.5))
    if pick < 0.8:
        return round(rng.uniform(0, w), 2)
    return rng.choice(("5", " ", "", None, True, "满分", "3分"))


def _layout(ind) -> dict[str, object]:
    """The input cells of an indicator row, as (offset below the top row, column key)."""
    kind, sc = ind.scoring.kind, ind.scoring
    if kind == "ratio" and sc.sources:
        # (合计 numerator, 合计 denominator), then per source: numerator, denominator, rate
        return {"cells": [(3 + 3 * i + j, "业绩值") for i in range(len(sc.sources)) for j in (0, 1)]}
    if kind == "ratio":
        return {"cells": [(1 + j, "业绩值") for j in range(3 if sc.carryover else 2)]}
    if kind == "checklist":
        return {"cells": [(1 + j, "业绩值") for j in range(len(sc.items))]}
    if kind == "qualitative":
        return {"cells": [(0, "业绩值"), (0, "得分")]}
    if kind == "judgement":
        return {"cells": [(0, "得分")]}
    return {"cells": [(0, "业绩值")]}  # rule, passfail, target


def _fill(rng: random.Random, ind) -> list[object]:
    kind = ind.scoring.kind
    n = len(_layout(ind)["cells"])
    if kind == "ratio":
        return [_amount(rng) for _ in range(n)]
    if kind == "checklist":
        return [rng.choice(CHECK_TEXTS) for _ in range(n)]
    if kind == "qualitative":
        return [rng.choice(ANSWER_TEXTS), _score_input(rng, ind.weight)]
    if kind == "judgement":
        return [_score_input(rng, ind.weight)]
    if kind == "target":
        target = parse_target(ind.target)
        assert target is not None
        return [_target_input(rng, target)]
    rule = parse_rule(_rule_text(ind))
    return [_input(rng, rule, percent=rule.uses_percent)]


def _expected(ind, cell, r: int, col) -> list[tuple[str, object, object]]:
    """(where, LibreOffice's value, the engine's value) of every formula an input feeds."""
    kind, sc = ind.scoring.kind, ind.scoring
    out = []
    v, s = col["业绩值"], col["得分"]
    if kind == "checklist":
        answers = [cell(r + 1 + j, v) for j in range(len(sc.items))]
        score, met = checklist_cached(sc.items, ind.weight, answers)
        return [(f"得分 {answers!r}", cell(r, s), score), (f"业绩值 {answers!r}", cell(r, v), met)]
    if kind == "qualitative":
        answer, score = cell(r, v), cell(r, s)
        return [(f"校验 {answer!r} {score!r}", cell(r, col["校验"]),
                 qualitative_check(ind.weight, answer, score))]
    if kind == "judgement":
        score = cell(r, s)
        return [(f"校验 {score!r}", cell(r, col["校验"]), row_check_cached(score, ind.weight))]
    if kind == "target":
        value = cell(r, v)
        return [(f"得分 {value!r}", cell(r, s), target_cached(ind, value))]
    if kind == "ratio" and sc.sources:
        per = [[cell(r + 3 + 3 * i + j, v) for j in (0, 1)] for i in range(len(sc.sources))]
        for i, (num, den) in enumerate(per):
            out.append((f"{sc.sources[i]}执行率 {num!r} {den!r}", cell(r + 5 + 3 * i, v),
                        cell_text.rate_value(num, den)))
        for j in (0, 1):
            nums = [x for x in (cell_number(p[j]) for p in per) if x is not None]
            out.append((f"合计 {[p[j] for p in per]!r}", cell(r + 1 + j, v),
                        sum(nums, Decimal(0)) if nums else ""))
        totals = [cell(r + 1, v), cell(r + 2, v)]
        value = cell_text.rate_value(*totals)
        out.append((f"执行率 {totals!r}", cell(r, v), value))
        value = cell(r, v)
    elif kind == "ratio":
        amounts = [cell(r + 1 + j, v) for j in range(3 if sc.carryover else 2)]
        out.append((f"执行率 {amounts!r}", cell(r, v), cell_text.rate_value(*amounts)))
        value = cell(r, v)
    else:
        value = cell(r, v)
    rule = parse_rule(_rule_text(ind))
    # a typed 业绩值 on % bands as the core reads a cell: above PERCENT_POINTS_ABOVE, percent points (p15); typed with
    # a unit that is no percentage ("95分"), the core's reason in the score cell (p22); text in the row's unit is its
    # number there ("150万元" in a 万元 row: 150), another unit the core's reason (p24)
    unit = sc.unit if kind == "rule" else None
    # a 业绩值 the engine would score but the core refuses ("√" in a row of named levels, −1 in a count row), unless
    # the helper flags it first (TRUE, a number beyond 10^15: "业绩值不是数字"), the core's reason too (p27)
    # (rule and pass/fail rows: "√" under "符合": W; *: 0 too); 1.5 in a count row, −5% in a % row (p28)
    flagged = isinstance(value, bool) or (isinstance(value, int | float) and abs(value) > 1e15)
    typed = kind in ("rule", "passfail") and not rule.uses_target
    why = (unit_against_percent(value, rule) or unit_against_row(value, rule, unit)) \
        if kind == "rule" and not rule.uses_target else None
    why = why or (input_refusal(value, rule, unit, ind.name, ind.standard) if typed and not flagged else None)
    # "0.95" typed as text in a % row whose two readings score differently (p31) — after the core's refusals (p30)
    why = why or (percent_text_reason(value, rule, ind.weight, unit) if kind == "rule" and typed else None)
    read = in_row_unit(value, rule, unit) if kind == "rule" and why is None else value
    expected = "" if value == "" else _engine_score(rule, value, ind.weight, read)
    if why is not None:
        expected = f"{cell_text.ERROR_MARK} {why}"
    if kind == "ratio":  # a 执行率 that cannot be computed: its text is the score cell's too (p20)
        expected = cell_text.rate_reason_cached(value, expected)
    out.append((f"得分 {value!r}", cell(r, s), expected))
    return out


# ---------------------------------------------------------------------------
# the test
# ---------------------------------------------------------------------------

def _letters(spec) -> dict[str, str]:
    """Column letters by column key."""
    return {c: openpyxl.utils.get_column_letter(i + 1) for i, c in enumerate(columns_for(spec))}


def _convert_all(paths: list[Path], out_dir: Path, work: Path) -> None:
    """LibreOffice recalculates and saves every workbook: two soffice processes (own
    profiles) share the files, one per core."""
    procs = []
    for i in range(2):
        prof = lo._profile(work / f"lo{i}")
        cmd = [lo.SOFFICE, "--headless", "--norestore", f"-env:UserInstallation=file://{prof}",
               "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", str(out_dir),
               *map(str, paths[i::2])]
        procs.append(subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
    for p in procs:
        try:
            p.wait(timeout=900)
        except subprocess.TimeoutExpired:
            p.kill()
            p.wait()


def _copy_pair(wb, k: int, columns: set[str]):
    """A copy of 评分表 and of its hidden helper sheet, their formulas pointing at each other.

    Cell contents only (formats do not change what a formula computes) and, of 评分表, only
    ``columns`` (分值, 指标值, 业绩值, 得分, 校验: all the score, rate and check formulas
    read): the formulas are the template's own text with the two sheet names changed.
    """
    main, helper = wb.create_sheet(f"S{k}"), wb.create_sheet(f"H{k}")
    main["A1"] = "copy"  # the used range starts at A1, so read-back indices are cell indices
    for src, dst, old, new in ((wb[SHEET], main, cell_text.HELPER_SHEET, helper.title),
                               (wb[cell_text.HELPER_SHEET], helper, SHEET, main.title)):
        for row in src.iter_rows():
            for c in row:
                v = c.value
                if v is None or type(c).__name__ == "MergedCell":
                    continue
                if src is wb[SHEET] and c.column_letter not in columns:
                    continue
                if isinstance(v, str) and v.startswith("="):
                    v = v.replace(f"'{old}'!", f"'{new}'!")
                dst.cell(c.row, c.column, v)
    return main


@pytest.mark.skipif(lo.SOFFICE is None, reason="LibreOffice not installed")
def test_formulas_and_engine_agree_on_random_inputs(tmp_path: Path) -> None:
    rng = random.Random(SEED)
    plans = [(spec, list(spec.indicators())) for spec in load_all_specs()]
    plans = [(spec, inds) for spec, inds in plans if inds]
    # sheet pairs per template workbook: >= MIN_INPUTS inputs without counting the typed
    # scores of 酌情 rows (a third of all cells, read by one 校验 formula each)
    per_copy = sum(len(_layout(i)["cells"]) for _, inds in plans for i in inds
                   if i.scoring.kind != "judgement")
    copies = math.ceil(MIN_INPUTS / per_copy)
    jobs = []  # (path, spec, rows, inds)
    inputs = 0
    for spec, inds in plans:
        blank = tmp_path / f"{spec.id}-blank.xlsx"
        result = build_workbook(spec, "portable", blank)
        top = {p: r for r, p, _ in result.rows}
        col = _letters(spec)
        keep = {col[c] for c in ("分值", "指标值", "业绩值", "得分", "校验") if c in col}
        wb = openpyxl.load_workbook(blank)
        for k in range(copies):
            ws = _copy_pair(wb, k, keep)
            for ind in inds:
                r = top[ind.path]
                for (dr, key), value in zip(_layout(ind)["cells"], _fill(rng, ind), strict=True):
                    ws[f"{col[key]}{r + dr}"].value = value
                    inputs += 1
        path = tmp_path / "in" / f"{spec.id}.xlsx"
        path.parent.mkdir(exist_ok=True)
        wb.save(path)
        jobs.append((path, spec, top, inds))
    assert inputs >= MIN_INPUTS, inputs

    out_dir = tmp_path / "out"
    _convert_all([j[0] for j in jobs], out_dir, tmp_path)

    mismatches: list[str] = []
    kinds = {"number": 0, "text": 0, "blank": 0}
    seen: dict[str, int] = {}
    for path, spec, top, inds in jobs:
        out = out_dir / path.name
        assert out.exists(), f"LibreOffice did not convert {path.name}"
        book = CalamineWorkbook.from_path(str(out))  # LibreOffice's computed values
        col = _letters(spec)
        idx = {key: column_index_from_string(letter) - 1 for key, letter in col.items()}
        for k in range(copies):
            grid = book.get_sheet_by_name(f"S{k}").to_python()

            def cell(r: int, c: int, grid=grid) -> object:
                return grid[r - 1][c] if r - 1 < len(grid) and c < len(grid[r - 1]) else ""

            for ind in inds:
                r = top[ind.path]
                kind = ind.scoring.kind
                for what, got, expected in _expected(ind, cell, r, idx):
                    if what.startswith("得分"):
                        kinds["number" if isinstance(expected, float | Decimal) else
                              "blank" if expected == "" else "text"] += 1
                    key = f"{kind} {what.split()[0]} {expected!r}"[:60]
                    seen[key] = seen.get(key, 0) + 1
                    if not _same(got, expected):
                        mismatches.append(f"{spec.id} S{k} row {r} {kind} {what}: "
                                          f"LibreOffice {got!r}, engine {expected!r}")
    by_kind: dict[str, list[str]] = {}
    for m in mismatches:
        by_kind.setdefault(m.split(" row ")[1].split()[1], []).append(m)
    assert mismatches == [], f"{len(mismatches)} mismatches, e.g. " + "\n".join(
        m for ms in by_kind.values() for m in ms[:4])
    # the inputs exercised every outcome: scores, #JIXIAO! texts and blanks …
    assert kinds["number"] > 0.3 * sum(kinds.values()), kinds
    assert kinds["text"] > 0.05 * sum(kinds.values()), kinds
    assert kinds["blank"] > 0, kinds
    # … and every answer of the checks of 定性, checklist and typed-score rows
    for answer in ("✓", "超出范围", "请选择完成情况", "得分有误", "待填写", "超出分值"):
        assert any(key.endswith(repr(answer)) for key in seen), (answer, seen)
    for kind in ("checklist 得分", "checklist 业绩值", "target 得分", "qualitative 校验",
                 "judgement 校验", "ratio 合计", "ratio 中央资金执行率"):
        assert sum(n for key, n in seen.items() if key.startswith(kind)) >= copies, (kind, seen)
    assert any(key.startswith("checklist 得分 0.0") for key in seen)


def _rule_text(ind) -> str:
    if ind.scoring.kind == "passfail":
        return '"符合": W; *: 0'
    return str(parse_rule(ind.scoring.rule))
