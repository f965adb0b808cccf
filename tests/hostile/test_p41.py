"""Red team p41: the WORKBOOK a bureau sends back, not the values typed into it.

Built from the shipped template seed003 (南京 部门整体, portable), filled with drawn values whose hand total is
computed independently (tests/collect/helpers.draw_filled), then changed as a bureau's Excel, LibreOffice, a script or
a careless clerk leaves it. Each input is written with its expected outcome BEFORE any run (commit "p41: hostile
returns with expected outcomes, written before any run"):

- ``Total(hand)``: collect 核定s the hand total (the change does not touch the scores); a finding may say the change.
- ``Total(hand, cell=…)``: as above, and an error or warning names that cell.
- ``Refuse(cell)``: no 核定 total; an error names that cell (or the file when ``cell`` is None).
- ``Unreadable(word)``: 无法读取, the reason contains ``word``.
- ``Skipped(word)``: listed as skipped with a reason containing ``word``.

A wrong total, a crash/traceback, a silent skip, a changed input file or collect and validate disagreeing (collect
refuses a row at a cell, validate says nothing there) is a failure. Every case runs through ``jixiao collect`` (one
folder, JSON) and ``jixiao validate`` (every file, JSON), and the input bytes are hashed before and after.
"""

from __future__ import annotations

import hashlib
import json
import random
import re
import shutil
import zipfile
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any, Callable

import openpyxl
import pytest
from click.testing import CliRunner
from openpyxl.cell.cell import MergedCell
from openpyxl.formula.tokenizer import Token, Tokenizer
from openpyxl.utils import column_index_from_string, get_column_letter

from jixiao.bureaus import SAME_BUREAU_RULE
from jixiao.cli import cli
from jixiao.templates.build import Filled, build_workbook
from jixiao.templates.spec import load_all_specs
from tests import lo
from tests.collect.helpers import draw_filled

SPEC = next(s for s in load_all_specs() if s.id == "seed003-nanjing-bumen")
SHEET, HELPER = "评分表", "计算辅助"
#: seed003 as built: 36.医保事业培训 row 65 (`>=20: W; <20: prop`, 分值 2), 37.医保事业宣传 row 66 (`>=5: W; <5: prop`,
#: 分值 2); 合计 I75; 14.预决算信息公开度 row 29 with its items at rows 30–31 ("是": 0.5 each).
TRAIN, PUBLICITY, TOTAL_ROW = 65, 66, 75


@dataclass(frozen=True)
class Total:
    delta: Decimal = Decimal(0)  # hand total + delta (a value changed by the case, scored by hand)
    cell: str | None = None


@dataclass(frozen=True)
class Refuse:
    cell: str | None


@dataclass(frozen=True)
class Either:
    """The hand total, or no total with an error saying why — never another total."""


@dataclass(frozen=True)
class Unreadable:
    word: str


@dataclass(frozen=True)
class Skipped:
    word: str


# --------------------------------------------------------------------------------------------- Excel-like edits
def _shift(ref: str, own: bool, rows: Callable[[int], int | None], cols: Callable[[int], int]) -> str:
    """A reference into 评分表 as Excel rewrites it after rows/columns moved (``None``: the row is gone → #REF!)."""
    sheet, _, cells = ref.rpartition("!")
    if (sheet.strip("'") != SHEET) if sheet else not own:
        return ref
    out = []
    for part in cells.split(":"):
        m = re.fullmatch(r"(\$?)([A-Z]{1,3})?(\$?)(\d+)?", part)
        if m is None:
            return ref
        col = m[2] and get_column_letter(cols(column_index_from_string(m[2])))
        row = m[4] and rows(int(m[4]))
        if m[4] and row is None:
            return (sheet + "!" if sheet else "") + "#REF!"
        out.append(f"{m[1]}{col or ''}{m[3]}{row or ''}")
    return (sheet + "!" if sheet else "") + ":".join(out)


def _rewrite_formulas(wb: Any, rows: Callable[[int], int | None] = lambda r: r,
                      cols: Callable[[int], int] = lambda c: c) -> None:
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                if c.data_type == "f" and isinstance(c.value, str):
                    tok = Tokenizer(c.value)
                    for t in tok.items:
                        if t.type == Token.OPERAND and t.subtype == Token.RANGE:
                            t.value = _shift(t.value, ws.title == SHEET, rows, cols)
                    c.value = tok.render()


def _merged(ws: Any) -> list[tuple[int, int, int, int]]:
    out = [(m.min_row, m.min_col, m.max_row, m.max_col) for m in ws.merged_cells.ranges]
    for m in list(ws.merged_cells.ranges):
        ws.unmerge_cells(str(m))
    return out


def insert_column_before_score(src: Path, dst: Path) -> Path:
    """A column inserted before 得分 (I) in Excel: I… move right, formulas follow, merges widen."""
    return insert_column(src, dst, 9)


def insert_column(src: Path, dst: Path, at: int) -> Path:
    """A column inserted at ``at`` in Excel, headed 备注."""
    wb = openpyxl.load_workbook(src)
    _rewrite_formulas(wb, cols=lambda c: c + (c >= at))
    ws = wb[SHEET]
    merged = _merged(ws)
    ws.insert_cols(at)
    for r1, c1, r2, c2 in merged:
        ws.merge_cells(start_row=r1, start_column=c1 + (c1 >= at), end_row=r2, end_column=c2 + (c2 >= at))
    ws.cell(3, at).value = "备注"
    wb.save(dst)
    return dst


def delete_column(src: Path, dst: Path, at: int) -> Path:
    """Column ``at`` deleted as a script does (formulas not rewritten)."""
    wb = openpyxl.load_workbook(src)
    ws = wb[SHEET]
    merged = _merged(ws)
    ws.delete_cols(at)
    for r1, c1, r2, c2 in merged:
        if not c1 == c2 == at:
            ws.merge_cells(start_row=r1, start_column=c1 - (c1 > at), end_row=r2, end_column=c2 - (c2 >= at))
    wb.save(dst)
    return dst


def move_row(src: Path, dst: Path, last_col: int = 0) -> Path:
    """Row 66 (宣传) cut and inserted above row 65 (培训) in Excel: the two rows change places, every reference follows
    its cell (计算辅助 reads the moved 业绩值 where it now is)."""
    wb = openpyxl.load_workbook(src)
    _rewrite_formulas(wb, rows=lambda r: {TRAIN: PUBLICITY, PUBLICITY: TRAIN}.get(r, r))
    ws = wb[SHEET]
    for col in range(1, (last_col or ws.max_column) + 1):
        a, b = ws.cell(TRAIN, col), ws.cell(PUBLICITY, col)
        if isinstance(a, MergedCell) or isinstance(b, MergedCell):  # 二级指标 merged over both rows: moves with them
            continue
        a.value, b.value = b.value, a.value
    wb.save(dst)
    return dst


def delete_item_row(src: Path, dst: Path) -> Path:
    """Row 31 (②预决算公开的内容和时限符合, an item of 14.预决算信息公开度) deleted in Excel."""
    wb = openpyxl.load_workbook(src)
    _rewrite_formulas(wb, rows=lambda r: None if r == 31 else r - (r > 31))
    ws = wb[SHEET]
    merged = _merged(ws)
    ws.delete_rows(31)
    for r1, c1, r2, c2 in merged:
        ws.merge_cells(start_row=r1 - (r1 > 31), start_column=c1, end_row=r2 - (r2 >= 31), end_column=c2)
    wb.save(dst)
    return dst


def _edit(src: Path, dst: Path, fn: Callable[[Any], None]) -> Path:
    wb = openpyxl.load_workbook(src)
    fn(wb)
    wb.save(dst)
    return dst


def _cells(**cells: Any) -> Callable[[Any], None]:
    def put(wb: Any) -> None:
        for ref, v in cells.items():
            wb[SHEET][ref] = v
    return put


def _unmerge_label(wb: Any) -> None:
    wb[SHEET].unmerge_cells("C9:C13")


def _merge_values(wb: Any) -> None:
    wb[SHEET].merge_cells("H9:H10")  # 业绩值 of 3. and 4. merged: H10's 缺省 is gone


def _rename(wb: Any) -> None:
    wb[SHEET].title = "Sheet1"


def _reorder(wb: Any) -> None:
    wb.move_sheet("填表说明", offset=-2)


def _second_copy(wb: Any) -> None:
    cp = wb.copy_worksheet(wb[SHEET])
    cp.title = "评分表 (2)"
    cp[f"H{PUBLICITY}"] = 5  # the copy says otherwise: it must not be the one scored
    wb.move_sheet(cp.title, offset=-(len(wb.sheetnames) - 1))


def _hide_row(wb: Any) -> None:
    wb[SHEET].row_dimensions[PUBLICITY].hidden = True
    wb[SHEET].row_dimensions[TRAIN].hidden = True


def _lock_structure(wb: Any) -> None:
    from openpyxl.workbook.protection import WorkbookProtection

    wb.security = WorkbookProtection(workbookPassword="bureau", lockStructure=True)


def _far_cell(wb: Any) -> None:
    wb[SHEET]["XFD1048576"] = " "


def _xml(src: Path, dst: Path, edit: Callable[[str], str], part: str = "xl/worksheets/sheet1.xml") -> Path:
    """Rewrite one part of the package as a script does (cached values kept or forged, nothing recalculated)."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == part:
                new = edit(data.decode("utf-8"))
                assert new != data.decode("utf-8"), f"nothing edited in {part}"
                data = new.encode("utf-8")
            zout.writestr(item, data)
    return dst


def _cached(text: str, ref: str, value: str, kind: str = "n") -> str:
    """Set the cached value of ``ref`` (its formula, if any, kept)."""
    pat = re.compile(rf'<c r="{ref}"([^>]*?)(/>|>(.*?)</c>)', re.S)
    m = pat.search(text)
    assert m is not None, ref
    attrs = re.sub(r'\st="[^"]*"', "", m[1])
    inner = re.sub(r"<v>.*?</v>", "", m[3] or "")
    t = "" if kind == "n" else f' t="{kind}"'
    return text[:m.start()] + f'<c r="{ref}"{attrs}{t}>{inner}<v>{value}</v></c>' + text[m.end():]


# --------------------------------------------------------------------------------------------- the cases
#: name → (build from (openpyxl-built base, LibreOffice-calculated base or None, dst), expected)
#: Hand arithmetic for the deltas: 37.医保事业宣传 `>=5: W; <5: prop`, 分值 2, drawn 业绩值 0 → 0; 5 → 2 (+2).
#: 36.医保事业培训 `>=20: W; <20: prop`, 分值 2, drawn 4 → 2 × 4 / 20 = 0.4.
Build = Callable[[Path, "Path | None", Path], "Path | None"]
CASES: dict[str, tuple[Build, Any]] = {
    "base_uncalculated.xlsx": (lambda b, _c, d: shutil.copy(b, d) and d, Total()),
    # written Total(cell="I3"); before p41: the total right by luck (the 业绩值 column H is left of the insert) and
    # 100+ findings (“计分规则与下发的模板不同” at every J, “未填写得分”), none naming the column; inserted before H the
    # same noise and no total. Now one finding at the inserted column and no 核定 (changed after the run, said).
    "column_before_score.xlsx": (lambda b, _c, d: insert_column_before_score(b, d), Refuse("I3")),
    # written Total(cell="A65") (scored by name); before p41 collect gave 56.61 (hand 55.41: each value scored by the
    # other row's rule); now refused at the moved names — a refusal, not a wrong score (changed after the run, said)
    "row_moved.xlsx": (lambda b, _c, d: move_row(b, d), Refuse(f"D{TRAIN}")),
    "item_row_deleted.xlsx": (lambda b, _c, d: delete_item_row(b, d), Refuse(None)),
    "label_unmerged.xlsx": (lambda b, _c, d: _edit(b, d, _unmerge_label), Total()),
    "values_merged.xlsx": (lambda b, _c, d: _edit(b, d, _merge_values), Refuse("H10")),
    "sheet_renamed.xlsx": (lambda b, _c, d: _edit(b, d, _rename), Total()),
    "sheets_reordered.xlsx": (lambda b, _c, d: _edit(b, d, _reorder), Total()),
    "second_copy.xlsx": (lambda b, _c, d: _edit(b, d, _second_copy), Total()),
    "rows_hidden.xlsx": (lambda b, _c, d: _edit(b, d, _hide_row), Total()),
    # typed 得分 = the rule's score (0.4) in I65; typed 2 in I66 where the rule gives 0; typed 100 in the 合计
    "score_typed_right.xlsx": (lambda b, _c, d: _edit(b, d, _cells(I65=0.4)), Total(cell="I65")),
    "score_typed_wrong.xlsx": (lambda b, _c, d: _edit(b, d, _cells(I66=2)), Total(cell="I66")),
    "total_typed.xlsx": (lambda b, _c, d: _edit(b, d, _cells(I75=100)), Total(cell="I75")),
    "value_error.xlsx": (lambda b, _c, d: _edit(b, d, _cells(H65="#VALUE!")), Refuse("H65")),
    "structure_locked.xlsx": (lambda b, _c, d: _edit(b, d, _lock_structure), Total()),
    "far_cell.xlsx": (lambda b, _c, d: _edit(b, d, _far_cell), Total()),
    # a script changed 宣传's 业绩值 0 → 5 in the XML and kept every cached value (I66 still shows 0)
    "stale_cache.xlsx": (lambda _b, c, d: c and _xml(c, d, lambda t: _cached(t, f"H{PUBLICITY}", "5")),
                         Total(Decimal(2), cell=f"I{PUBLICITY}")),
    # Excel showed #DIV/0! in a 得分 (cached error), the 业绩值 fine
    "score_cached_error.xlsx": (lambda _b, c, d: c and _xml(c, d, lambda t: _cached(t, f"I{TRAIN}", "#DIV/0!", "e")),
                                Total(cell=f"I{TRAIN}")),
    "libreoffice_saved.xlsx": (lambda _b, c, d: c and shutil.copy(c, d) and d, Total()),
    # the same return saved by LibreOffice as .xls (collect reads .xls) and as .ods (not read: said, with the fix)
    "libreoffice_saved.xls": (lambda _b, c, d: c and _lo_convert(c, d, "xls"), Either()),
    "libreoffice_saved.ods": (lambda _b, c, d: c and _lo_convert(c, d, "ods"), Unreadable("xlsx")),
    # the same bureau (填报单位 甲, as every case here) once more, its 宣传 5: with the others, 甲 returned many times
    "same_bureau_again.xlsx": (lambda b, _c, d: _edit(b, d, _cells(**{f"H{PUBLICITY}": 5})), Total(Decimal(2))),
    # -- second batch, tried first as a probe (expectations written after seeing it, said in docs/notes/p41.md)
    "column_at_H.xlsx": (lambda b, _c, d: insert_column(b, d, 8), Refuse("H3")),  # before the 业绩值 itself
    "column_E_deleted.xlsx": (lambda b, _c, d: delete_column(b, d, 5), Refuse("E3")),  # 指标值 deleted
    "column_after_table.xlsx": (lambda b, _c, d: insert_column(b, d, 12), Total()),  # right of 校验: harmless
    # the bureau swapped 业绩值 … 得分 (A–I) of rows 65/66, leaving the 计分规则 column: names no longer where issued
    "cells_swapped.xlsx": (lambda b, _c, d: move_row(b, d, last_col=9), Refuse(f"D{TRAIN}")),
    # a formula typed as 业绩值, the file saved by a script (no result stored): before p41 不完整, no cell named
    "value_formula.xlsx": (lambda b, _c, d: _edit(b, d, _cells(H65="=2*2")), Refuse("H65")),
    "empty.xlsx": (lambda _b, _c, d: d.write_bytes(b"") and d or d, Unreadable("")),
    "not_a_workbook.xlsx": (lambda _b, _c, d: _zip_of_text(d), Unreadable("")),
    "encrypted.xlsx": (lambda b, _c, d: _encrypt(b, d), Unreadable("密码")),
    "~$base_uncalculated.xlsx": (lambda _b, _c, d: d.write_bytes(b"\x05jixiao" + b"\x00" * 160) and d, Skipped("锁定")),
}


def _lo_convert(c: Path, d: Path, fmt: str) -> Path:
    out = lo.convert(c, d.parent.parent / f"lo-{fmt}", fmt, d.parent.parent / "lo-work")
    shutil.copy(out, d)
    return d


def _zip_of_text(d: Path) -> Path:
    with zipfile.ZipFile(d, "w") as z:
        z.writestr("readme.txt", "这不是工作簿")
    return d


def _encrypt(b: Path, d: Path) -> Path | None:
    try:
        from msoffcrypto.format.ooxml import OOXMLFile
    except ImportError:  # pragma: no cover
        return None
    with open(b, "rb") as src, open(d, "wb") as dst:
        OOXMLFile(src).encrypt("bureau2024", dst)
    return d


def _digest(p: Path) -> str:
    return hashlib.sha256(p.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def returns(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    tmp = tmp_path_factory.mktemp("p41")
    values, total = draw_filled(SPEC, random.Random(3))
    assert values[next(i.path for i in SPEC.indicators() if i.name == "医保事业宣传")] == 0
    base = tmp / "base.xlsx"
    build_workbook(SPEC, "portable", base, Filled(values, "甲", "2024"))
    calc = lo.recalc(base, tmp / "lo") if lo.SOFFICE else None
    inbox = tmp / "收回"
    inbox.mkdir()
    made: dict[str, Any] = {}
    for name, (build, want) in CASES.items():
        if build(base, calc, inbox / name) is not None and (inbox / name).exists():
            made[name] = want
    hashes = {p.name: _digest(p) for p in inbox.iterdir()}
    out = tmp / "out"
    out.mkdir()
    res = CliRunner().invoke(cli, ["collect", str(inbox), "--out", str(out / "汇总.xlsx"), "--json", "-"])
    col = CliRunner().invoke(cli, ["validate", str(inbox), "--json"])
    return {"total": total, "made": made, "inbox": inbox, "hashes": hashes, "collect": res, "validate": col,
            "out": out}


def _files(res: Any) -> dict[str, dict[str, Any]]:
    text = res.stdout
    doc = json.loads(text[text.index("{"):])
    return {Path(f["path"]).name: f for f in doc["files"]} | {
        Path(s["path"]).name: {"skipped": s["reason"]} for s in doc.get("skipped", [])}


def _cells_said(f: dict[str, Any]) -> set[str]:
    return {x.get("cell") or "" for x in f.get("findings", []) if x.get("severity") in ("错误", "警告")}


def test_no_crash_and_exit_codes(returns: dict[str, Any]) -> None:
    for res in (returns["collect"], returns["validate"]):
        assert res.exception is None or isinstance(res.exception, SystemExit), res.exception
        assert "Traceback" not in res.output and "内部错误" not in res.output
    assert returns["collect"].exit_code == 3  # unreadable files among them
    assert returns["validate"].exit_code == 3


def test_inputs_unchanged_and_output_atomic(returns: dict[str, Any]) -> None:
    inbox = returns["inbox"]
    assert {p.name: _digest(p) for p in inbox.iterdir()} == returns["hashes"]
    assert sorted(p.name for p in returns["out"].iterdir()) == ["汇总.xlsx"]


def _named(cell: str, said: set[str]) -> bool:
    return any(c == cell or c.split(":")[0] == cell for c in said)


def _outcome(f: dict[str, Any], hand: Decimal, want: Any) -> str | None:
    """None if the collected file ``f`` is as expected, else what went wrong."""
    if isinstance(want, Skipped):
        return None if want.word in (f.get("skipped") or "∅") else f"not skipped: {f}"
    if isinstance(want, Unreadable):
        return None if f.get("status") == "无法读取" and want.word in (f.get("error") or "") else \
            f"not unreadable: {f.get('status')} {f.get('error')}"
    got = (f.get("verified") or {}).get("total")
    said = _cells_said(f)
    if isinstance(want, Either) and got is None:
        return None if any(x.get("severity") == "错误" for x in f.get("findings", [])) or f.get("error") else \
            "no total and no error"
    if isinstance(want, Refuse):
        if got is not None:
            return f"scored {got} (must refuse)"
        return None if want.cell is None or _named(want.cell, said) else f"refused, {want.cell} not named"
    delta = getattr(want, "delta", Decimal(0))
    if got is None or abs(Decimal(str(got)) - (hand + delta)) > Decimal("0.0001"):
        return f"total {got}, hand {hand + delta}; {(f.get('verified') or {}).get('why')}"
    cell = getattr(want, "cell", None)
    return None if cell is None or _named(cell, said) else f"{cell} not named: {sorted(said)}"


def test_collect_as_by_hand(returns: dict[str, Any]) -> None:
    files = _files(returns["collect"])
    wrong = {name: _outcome(files.get(name, {}), returns["total"], want) for name, want in returns["made"].items()}
    assert {k: v for k, v in wrong.items() if v} == {}


def test_validate_names_what_collect_refuses(returns: dict[str, Any]) -> None:
    """Where collect refuses a row at a cell, validate says something at that cell too (the clients agree)."""
    col, val = _files(returns["collect"]), _files(returns["validate"])
    gaps = {}
    for name, want in returns["made"].items():
        if isinstance(want, Refuse) and want.cell:
            if not _named(want.cell, _cells_said(val.get(name, {}))):
                gaps[name] = sorted(_cells_said(val.get(name, {})))
        if isinstance(want, Unreadable) and val.get(name, {}).get("error") is None:
            gaps[name] = "validate read it"
    assert gaps == {}, (gaps, {n: col.get(n, {}).get("status") for n in gaps})


def test_the_same_bureau_many_times_is_said(returns: dict[str, Any]) -> None:
    """Without a roster a bureau (甲) returning many files is said (p41); its newest return alone is ranked (p42,
    tests/hostile/test_p42.py)."""
    res = returns["collect"]
    # (written: a line with "重复" and "甲"; the line says "同一单位多份" — 重复报送 is the roster's word, newest counts)
    assert any("同一单位多份：甲" in ln for ln in res.stderr.splitlines()), res.stderr[-2000:]
    same = json.loads(res.stdout[res.stdout.index("{"):])["summary"]["same_bureau"]
    assert same.keys() == {"甲"} and len(same["甲"]) > 20
    line = openpyxl.load_workbook(returns["out"] / "汇总.xlsx")["汇总"]["A2"].value  # the 汇总 workbook agrees
    assert f"同一单位多份（未给名单，{SAME_BUREAU_RULE}）：甲 {len(same['甲'])} 份" in line, line  # p42: newest ranked
