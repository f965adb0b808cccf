"""Red team p33 (issue 11, product): the unit / % / target paths of collect, validate and SCORE_RANGE, attacked as a
bureau would by accident — full-width digits, signs and spaces, "约", "以上", ranges, Chinese numerals, commas that
are no thousands grouping, a unit column typed in full-width, Excel number formats that print a "%" without scaling.

Every expected value below was written by hand before any run (分值 5 unless said; ``None`` = must refuse, whatever
the reason; a number = the score a careful human scorer gives). The arithmetic is in the comment of each case.
"A wrong score is worse than a refusal": where the typed text does not say one value (约, 以上, a range, two readings),
the expected answer is a refusal even where a human could guess.

Rules (``W`` = 5):

- SHARE ``*: prop`` unit %: the score is 5 × the rate (95 % → 4.75).
- BANDS ``>=90%: 5; <90%: 0`` unit %.
- MONEY ``>200: W; <=200: prop`` unit 万元: 150 万元 → 150 ÷ 200 × 5 = 3.75.
- COUNT ``*: W - 1 per 1`` unit 次: 2 次 → 5 − 2 = 3.
- UCOUNT ``*: W - 0.2 per 1`` without a unit, 评分标准 "每发现一例扣0.2分" (p30: counts 例, whole numbers).
- LEVELS ``"优秀": W; >=90%: 0.8W; *: 0`` (p30: text levels beside % bands): 95 % → 0.8 × 5 = 4.
- 自评表 定量 rows on their own 指标值 (default ``>=T: W; <T: prop`` / ``<=T: W; >T: invprop``).
"""

from __future__ import annotations

import shutil
from decimal import Decimal
from pathlib import Path
from typing import Any

import jixiao_udfs as udfs
import openpyxl
import pytest

from jixiao.collect import check_one
from jixiao.validation import validate_workbook
from tests import lo
from tests.templates.product_path import cached, score_cells
from tests.templates.typed_units import Case, build_books, rule_rows, score_ok, wrong_collected
from tests.templates.typed_units import name as label

SHARE = ("*: prop", "%")
BANDS = (">=90%: 5; <90%: 0", "%")
MONEY = (">200: W; <=200: prop", "万元")
COUNT = ("*: W - 1 per 1", "次")
UCOUNT = ("*: W - 0.2 per 1", "")
LEVELS = ('"优秀": W; >=90%: 0.8W; *: 0', "")
PER_LI = "每发现一例扣0.2分"
REFUSE = None

#: ((rule, unit), 业绩值, expected, 评分标准) — written before the first run
ROWS: list[tuple[tuple[str, str], Any, Any, str]] = [
    # --- % rows, *: prop ------------------------------------------------------------------------------------------
    (SHARE, "95％", 4.75, "测试"),  # 0  full-width ％ is a percent sign: 0.95 × 5
    (SHARE, "９５%", 4.75, "测试"),  # 1  full-width digits: 95 %
    (SHARE, "95 %", 4.75, "测试"),  # 2  a space before %
    (SHARE, "95%\u3000", 4.75, "测试"),  # 3  a trailing full-width space
    (SHARE, "约95%", REFUSE, "测试"),  # 4  about 95 %: not a measured value (4.7…4.8)
    (SHARE, "95%以上", REFUSE, "测试"),  # 5  at least 95 %: anything 4.75…5
    (SHARE, "≥95%", REFUSE, "测试"),  # 6  a bound, not a value
    (SHARE, "90%-95%", REFUSE, "测试"),  # 7  a range: 4.5…4.75
    (SHARE, "\u22125%", REFUSE, "测试"),  # 8  U+2212 minus: −5 %, negative (p28); 5 % would be 0.25 — wrong
    (SHARE, "\uff0d5%", REFUSE, "测试"),  # 9  full-width hyphen: −5 %
    (SHARE, "(5%)", REFUSE, "测试"),  # 10 accounting negative (−5 %), or 5 %: refuse
    (SHARE, "百分之九十五", REFUSE, "测试"),  # 11 no digits: ask for them
    (SHARE, 0.95, 4.75, "测试"),  # 12 the number 0.95 of a general-format copy of a % row: 95 %
    (SHARE, "0.95", REFUSE, "测试"),  # 13 the same typed as text: 95 % (4.75) or 0.95 % (0.0475) — p31
    (SHARE, "９５", 4.75, "测试"),  # 14 full-width "95", no %: above 10 → 95 % (p31)
    (SHARE, "95.0%", 4.75, "测试"),  # 15
    (SHARE, "9,5%", REFUSE, "测试"),  # 16 a decimal comma: 9.5 % (0.475) or 95 % (4.75)
    (SHARE, "95．5%", 4.775, "测试"),  # 17 full-width full stop as the decimal point: 0.955 × 5; 955 % → 5 is wrong
    # --- % rows, bands ----------------------------------------------------------------------------------------------
    (BANDS, "90％", 5, "测试"),  # 18 90 % ≥ 90 %
    (BANDS, "89.9%", 0, "测试"),  # 19
    (BANDS, "约90%", REFUSE, "测试"),  # 20 about 90 %: 5 or 0
    (BANDS, "0.9", REFUSE, "测试"),  # 21 text: 90 % (5) or 0.9 % (0) — p31
    (BANDS, "８９", 0, "测试"),  # 22 full-width 89 → 89 % < 90 %
    # --- money rows -------------------------------------------------------------------------------------------------
    (MONEY, "1.5万", 0.0375, "测试"),  # 23 "万" in a 万元 row: 1.5 万元 ÷ 200 × 5
    (MONEY, "１５０", 3.75, "测试"),  # 24 full-width 150 万元
    (MONEY, "150 万元", 3.75, "测试"),  # 25 a space before the unit
    (MONEY, "1，500，000元", 3.75, "测试"),  # 26 full-width thousands commas: 150 万元
    (MONEY, "150,5", REFUSE, "测试"),  # 27 no thousands grouping: 150.5 or 1505
    (MONEY, "壹佰", REFUSE, "测试"),  # 28 capital numeral: ask for digits
    (MONEY, "约150", REFUSE, "测试"),  # 29 about 150
    (MONEY, "150万元以上", REFUSE, "测试"),  # 30 at least 150: 3.75…5
    (MONEY, "1.5亿", 5, "测试"),  # 31 1.5 亿元 = 15 000 万元 > 200 (any reading of 亿 is > 200)
    (MONEY, "150美元", REFUSE, "测试"),  # 32 another currency
    (MONEY, "1.5亿元", 5, "测试"),  # 33 a 万元 row typed in 亿元: 15 000 万元
    (MONEY, "0.015亿元", 3.75, "测试"),  # 34 150 万元
    # --- count rows -------------------------------------------------------------------------------------------------
    (COUNT, "２次", 3, "测试"),  # 35 full-width 2: 5 − 2
    (COUNT, "2.0", 3, "测试"),  # 36 2.0 is a whole 2
    (COUNT, "1.5次", REFUSE, "测试"),  # 37 a count has no fraction (p28)
    (COUNT, "两次", REFUSE, "测试"),  # 38 Chinese numeral: ask for digits
    (COUNT, "2-3次", REFUSE, "测试"),  # 39 a range: 2…3
    (COUNT, "约2次", REFUSE, "测试"),  # 40
    (COUNT, "\u22121", REFUSE, "测试"),  # 41 U+2212 minus: a negative count (p26); 1 would give 4 — wrong
    (COUNT, "2次以上", REFUSE, "测试"),  # 42 at least 2: 0…3
    (COUNT, "1．5", REFUSE, "测试"),  # 43 full-width full stop: 1.5, a fraction; 15 would give 0 — wrong
    # --- count rows without a unit (p30's count word) ---------------------------------------------------------------
    (UCOUNT, "１.５", REFUSE, PER_LI),  # 44 full-width 1.5 例: a fraction
    (UCOUNT, "1．5", REFUSE, PER_LI),  # 45 full-width stop: 1.5 例; 15 → 5 − 3 = 2 would be wrong
    (UCOUNT, "２", 4.6, PER_LI),  # 46 2 例: 5 − 0.4
    # --- text levels beside % bands ---------------------------------------------------------------------------------
    (LEVELS, "优秀 95%", REFUSE, "测试"),  # 47 a level and a number: 5 or 4
    (LEVELS, "优秀（95%）", REFUSE, "测试"),  # 48
    (LEVELS, "\u22125%", REFUSE, "测试"),  # 49 negative (p30)
    (LEVELS, "９５%", 4, "测试"),  # 50 95 % ≥ 90 %: 0.8 × 5
    (LEVELS, "良好", REFUSE, "测试"),  # 51 no such level (p26)
    (LEVELS, "95%", 4, "测试"),  # 52 (added after the first run showed 50 scored 0 — by hand: 0.8 × 5) ASCII text
    (LEVELS, "95％", 4, "测试"),  # 53 full-width percent sign
    (LEVELS, "89%", 0, "测试"),  # 54 89 % < 90 %: the 否则
    # --- the unit as a template author may write it -----------------------------------------------------------------
    (("*: prop", "％"), 95, 4.75, "测试"),  # 55 full-width ％ as the row's unit: 95 → 95 % (p31), not 9500 % → 5
    (("*: prop", "百分比"), 95, 4.75, "测试"),  # 56 百分比 = % (p31)
]
CASES: list[Case] = [(rule, unit, v, want) for (rule, unit), v, want, _s in ROWS]


rule_row = rule_rows([standard for _r, _v, _w, standard in ROWS])


#: 自评表 定量 rows: (指标值, 业绩值, expected, name)
TARGETS: list[tuple[str, Any, Any, str]] = [
    ("≥95%", "\u22125%", REFUSE, "验收合格率"),  # 0 U+2212: −5 % (p30); 5 % → 5 × 0.05 ÷ 0.95 = 0.26 is wrong
    ("≥95%", "(5%)", REFUSE, "验收合格率"),  # 1
    ("≥95%", "９６%", 5, "验收合格率"),  # 2 96 % ≥ 95 %
    ("≥95%", "约96%", REFUSE, "验收合格率"),  # 3
    ("≥95%", "90%以上", REFUSE, "验收合格率"),  # 4 at least 90 %: 4.74…5
    ("≥50个", -5, REFUSE, "培训场次"),  # 5 a negative count beside a count target (p30 left it: 0)
    ("≤90万元", "1,000,000元", 4.5, "运行成本"),  # 6 100 万元 > 90: invprop 5 × 90 ÷ 100
    ("≥50个", 45.5, REFUSE, "培训场次"),  # 7 a count with a fraction
    ("≥50个", "４５", 4.5, "培训场次"),  # 8 full-width 45: 5 × 45 ÷ 50
    # added after the first run (found reading selfeval-national: its 安全事故发生次数 "≤0次"), by hand before running:
    ("≤0次", -1, REFUSE, "安全事故发生次数"),  # 9 a count is never negative; "<=T: W" would give −1 full marks
    ("≤0次", 0, 5, "安全事故发生次数"),  # 10 0 ≤ 0: full marks
    ("≤0次", 2, 0, "安全事故发生次数"),  # 11 invprop 5 × 0 ÷ 2 = 0
    ("≤0次", "0.5", REFUSE, "安全事故发生次数"),  # 12 half an accident
]
TARGET_CASES: list[Case] = [(t, "", v, want) for t, v, want, _n in TARGETS]


def target_label(k: int) -> str:
    return f"指标{k:02d}{TARGETS[k][3]}"


def target_row(_k: int, case: Case) -> dict[str, Any]:
    return {"target": case[0], "scoring": {"kind": "target"}}


# ---------------------------------------------------------------------------------------------------------------------
# hand tables: the unit in a 度量单位 column or a header, Excel number formats (collect and validate)
# ---------------------------------------------------------------------------------------------------------------------

HAND = ["三级指标", "评分标准", "度量单位", "分值", "业绩值", "得分"]
RATE_TEXT = "得分=完成率×分值"
MONEY_TEXT = "完成200万元及以上得满分，未完成按完成比例得分"

#: (header of the 业绩值 column, 度量单位, 评分标准, 业绩值, its number format, typed 得分, expected) — by hand:
HANDS: list[tuple[str, str | None, str, Any, str | None, Any, Any]] = [
    # 0 full-width ％ in the 度量单位: 95 is 95 % → 4.75 (9500 % → 5 would be wrong)
    ("业绩值", "％", RATE_TEXT, 95, None, 4.75, 4.75),
    # 1 the header says 亿元, the rule 万元: 0.015 亿元 = 150 万元 → 150 ÷ 200 × 5 = 3.75
    ("完成值（亿元）", None, MONEY_TEXT, 0.015, None, 3.75, 3.75),
    # 2 header 万元, 度量单位 亿元: which is it? refuse
    ("完成值（万元）", "亿元", MONEY_TEXT, 150, None, 3.75, REFUSE),
    # 3 a custom format that prints a literal % without scaling: the cell shows "95%", holds 95 → 4.75
    ("业绩值", "%", RATE_TEXT, 95, '0"%"', 4.75, 4.75),
    # 4 the same format on 0.95: the cell shows "0.95%" — the bureau sees 0.95 %, the value reads 95 %: refuse
    ("业绩值", "%", RATE_TEXT, 0.95, '0.00"%"', 4.75, REFUSE),
    # 5 a real % format: the cell holds 0.95 and shows 95 % → 4.75
    ("业绩值", "%", RATE_TEXT, 0.95, "0%", 4.75, 4.75),
    # 6 a full-width ％ in the header, no 度量单位: 95 → 95 % → 4.75
    ("实际完成值（％）", None, RATE_TEXT, 95, None, 4.75, 4.75),
    # 7 度量单位 万元, "1.5亿" typed: 15 000 万元 ≥ 200 万元 → 5
    ("业绩值", "万元", MONEY_TEXT, "1.5亿", None, 5, 5),
]


def hand_table(path: Path, case: tuple[str, str | None, str, Any, str | None, Any, Any]) -> Path:
    header, unit, standard, value, fmt, typed, _want = case
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "评分表"
    ws.append(["评分表"])
    ws.append(HAND[:4] + [header, HAND[5]])
    ws.append(["完成率", standard, unit, 5, value, typed])
    ws.append(["合计", None, None, 5, None, typed])
    if fmt:
        ws["E3"].number_format = fmt
    wb.save(path)
    return path


# ---------------------------------------------------------------------------------------------------------------------
# what each client did on the first run (before the fixes), and what is left
# ---------------------------------------------------------------------------------------------------------------------

#: rule cases a client scores otherwise than by hand, left (a refusal where a human scores: never a wrong score) —
#: none since p35 ("1.5亿" in a 万元 row, p33's left case 31, is 1.5 亿元 = 15 000 万元 → 5 in every client)
LEFT_RULE: set[int] = set()
#: as built, the build does not prefill a 业绩值 it cannot put on the 指标值's scale ("(5%)", "约96%", "90%以上"
#: beside "≥95%"): the cell and its score stay blank (templates.selfeval_rows.prefilled_on_scale) — no score
BUILT_BLANK_TARGETS = {1, 3, 4}


def _numeric_text(v: Any, _want: Any = None) -> bool:
    """Not the `formulas` engine's run: it compares numeric text with numbers as text (p22's note; "１５０", "2.0",
    "２" come out wrong or refused there, and LibreOffice — the sheet a bureau opens — reads them as the core does)."""
    return isinstance(v, str) and any(ch.isdigit() for ch in v.translate(_FULL_DIGITS)) \
        and v.translate(_FULL_DIGITS).replace(".", "", 1).isdigit()


_FULL_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")


@pytest.fixture(scope="module")
def books(tmp_path_factory: pytest.TempPathFactory) -> dict[Any, Any]:
    return build_books(tmp_path_factory.mktemp("p33"), "p33-redteam", "测试（p33 红队：单位、百分比、指标值）", CASES,
                       label, rule_row)


@pytest.fixture(scope="module")
def targets(tmp_path_factory: pytest.TempPathFactory) -> dict[Any, Any]:
    return build_books(tmp_path_factory.mktemp("p33t"), "p33-targets", "测试（p33 红队：自评表定量行）", TARGET_CASES,
                       target_label, target_row)


def _wrong(value_of: Any, book: Path, cases: list[Case], lab: Any, left: set[int], skip: Any = None) -> list[str]:
    """Each case but those ``left`` (and ``skip(value, want)``) whose 得分 cell is not the hand score."""
    cells = score_cells(book)
    bad = []
    for k, (_r, _u, v, want) in enumerate(cases):
        if k in left or (skip is not None and skip(v, want)):
            continue
        got = value_of(book, cells[lab(k)][1])
        if not score_ok(got, want):
            bad.append(f"{k} {v!r}: 得分 {got!r}（应为 {want!r}）")
    return bad


@pytest.mark.parametrize("flavour", ["portable", "udf"])
def test_as_built(books: dict[Any, Any], targets: dict[Any, Any], flavour: str) -> None:
    assert _wrong(cached, books["built", flavour], CASES, label, LEFT_RULE) == []
    built_targets = [(t, u, v, "" if k in BUILT_BLANK_TARGETS else w) for k, (t, u, v, w) in enumerate(TARGET_CASES)]
    assert _wrong(cached, targets["built", flavour], built_targets, target_label, set()) == []


@pytest.mark.parametrize("flavour", ["portable", "udf"])
def test_formulas_engine(books: dict[Any, Any], targets: dict[Any, Any], flavour: str) -> None:
    from tests.formulas_eval import evaluate

    for book, cases, lab, left in ((books, CASES, label, LEFT_RULE), (targets, TARGET_CASES, target_label, set())):
        values = evaluate(book["typed", flavour])
        assert _wrong(lambda _b, cell, v=values: v[f"评分表!{cell}"], book["typed", flavour], cases, lab, left,
                      _numeric_text) == []


@pytest.mark.libreoffice
@pytest.mark.skipif(lo.SOFFICE is None, reason="LibreOffice not installed")
def test_libreoffice(books: dict[Any, Any], targets: dict[Any, Any], tmp_path: Path) -> None:
    copies = [tmp_path / "rules.xlsx", tmp_path / "targets.xlsx"]
    shutil.copy(books["typed", "portable"], copies[0])
    shutil.copy(targets["typed", "portable"], copies[1])
    done = lo.recalc_many(copies, tmp_path / "lo")
    assert _wrong(cached, done[copies[0]], CASES, label, LEFT_RULE) == []
    assert _wrong(cached, done[copies[1]], TARGET_CASES, target_label, set()) == []


def test_collect(books: dict[Any, Any], targets: dict[Any, Any]) -> None:
    assert wrong_collected(books, CASES, label) == []
    assert wrong_collected(targets, TARGET_CASES, target_label) == []


def test_score_range() -> None:
    bad = []
    for k, ((rule, unit), v, want, standard) in enumerate(ROWS):
        if k in LEFT_RULE:
            continue
        got = udfs.SCORE_RANGE(v, rule, 5, unit or None, label(k), standard)
        column = udfs.SCORE_RANGE([[v], [v]], rule, 5, unit or None, label(k), standard)
        if not (score_ok(got, want) and all(score_ok(c[0], want) for c in column)):
            bad.append(f"{k} {rule} {unit} {v!r}: {got!r} / {column!r}（应为 {want!r}）")
    assert bad == []


def _findings(path: Path) -> list[Any]:
    return list(validate_workbook(path).findings)


def test_validate_says_the_count_target_reasons(targets: dict[Any, Any], tmp_path: Path) -> None:
    """validate alone on the uncalculated return (spec known): the 自评 count rows' refusals at the 业绩值, 错误."""
    saved = tmp_path / "uncalculated.xlsx"
    openpyxl.load_workbook(targets["typed", "portable"]).save(saved)
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("JIXIAO_SPECS_DIR", str(targets["spec"].parent))
        found = _findings(saved)
    cells = score_cells(targets["typed", "portable"])
    for k in (5, 7, 9, 12):  # −5 / 45.5 beside ≥50个, −1 / "0.5" beside ≤0次
        value_cell = cells[target_label(k)][0]
        said = [f for f in found if f.cell == value_cell and f.severity.value == "错误"]
        assert [f.check for f in said] == ["value-refused"], (TARGETS[k], [(f.check, f.message) for f in found
                                                                            if f.cell == value_cell])


def test_count_target_reasons_read() -> None:
    from jixiao.rules.target import negative_on_target_reason, parse_target

    assert negative_on_target_reason(-1, Decimal(-1), parse_target("≤0次"), "安全事故发生次数") \
        == "业绩值“-1”为负数：指标值按“次”计数，个数不能为负，无法计分"
    assert negative_on_target_reason(-5, Decimal(-5), parse_target("≥50个"), "培训场次") \
        == "业绩值“-5”为负数：指标值按“个”计数，个数不能为负，无法计分"
    assert negative_on_target_reason("45.5", Decimal("45.5"), parse_target("≥50个")) \
        == "次数应为整数：填的是“45.5”，该行单位为“个”，个数不能有小数，无法计分，请填写整数"
    # a change may be negative, never a fraction of a count; money and % targets as before
    assert negative_on_target_reason(-5, Decimal(-5), parse_target("≥50个"), "培训场次增减") is None
    # money without a name that says a balance or a profit: refused since p34 (was scored by the default)
    assert negative_on_target_reason(-10, Decimal(-10), parse_target("≤90万元")) \
        == "业绩值“-10”为负数：指标值以“万元”计，指标名称未写明结余、利润、增减等可为负的金额，无法计分"
    assert negative_on_target_reason(-10, Decimal(-10), parse_target("≤90万元"), "资金结余") is None
    assert negative_on_target_reason(45, Decimal(45), parse_target("≥50个")) is None


# ---------------------------------------------------------------------------------------------------------------------
# hand tables
# ---------------------------------------------------------------------------------------------------------------------

#: hand cases collect refuses although a human scores them (never a wrong score) — none since p35 (5: collect reads
#: the "0%" format where the styles declare a percentage, 4.75 as validate; 7: "1.5亿" in a 万元 row is 1.5 亿元)
LEFT_HAND: set[int] = set()


@pytest.mark.parametrize("k", range(len(HANDS)))
def test_hand_table_collect(tmp_path: Path, k: int) -> None:
    case = HANDS[k]
    c = check_one(hand_table(tmp_path / f"hand{k}.xlsx", case))
    assert c.verified is not None
    (row,) = c.verified.rows
    want = case[6]
    if want is None or k in LEFT_HAND:
        assert row.verified is None and row.why, row
    else:
        assert row.verified == Decimal(str(want)), row


@pytest.mark.parametrize("k", [k for k, h in enumerate(HANDS) if h[6] is not None])
def test_hand_table_validate_finds_no_mismatch_where_a_human_scores(tmp_path: Path, k: int) -> None:
    found = _findings(hand_table(tmp_path / f"hand{k}.xlsx", HANDS[k]))
    assert not [f.message for f in found if f.check in ("score-mismatch", "implausible-value")]
