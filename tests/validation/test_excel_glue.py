"""The Excel entry points, driven through a stand-in with xlwings' Book API subset.

No Excel exists here; the stand-in reads a real workbook with openpyxl and
records what the glue writes, so we test our glue's logic, not xlwings.
"""

import openpyxl
import pytest

from jixiao.examples import published_table
from jixiao.excel_glue import validate_book
from jixiao.templates.spec import load_all_specs


class FakeRange:
    def __init__(self, sheet, ref):
        self.sheet, self.ref = sheet, ref

    @property
    def value(self):
        return None

    @value.setter
    def value(self, rows):
        self.sheet.written[self.ref] = rows

    def add_hyperlink(self, address, text, tip):
        self.sheet.links[self.ref] = (address, text)


XL_ERRORS = ("#VALUE!", "#NAME?", "#DIV/0!", "#N/A", "#REF!", "#NUM!", "#NULL!")


class FakeUsed:
    """xlwings' Range subset. Like xlwings, error cells read as None unless err_to_str=True."""

    def __init__(self, ws, formulas):
        self.ws, self.f = ws, formulas
        self.row = self.column = 1
        self.err_to_str = False

    def options(self, ndim, err_to_str=False):
        self.err_to_str = err_to_str
        return self

    @property
    def value(self):
        def read(v):
            return None if v in XL_ERRORS and not self.err_to_str else v

        return [[read(c.value) for c in r] for r in self.ws.iter_rows()]

    @property
    def formula(self):
        return [[c.value if isinstance(c.value, str) else "" for c in r]
                for r in self.f.iter_rows()]


class FakeSheet:
    def __init__(self, name, ws=None, fws=None):
        self.name, self.ws, self.fws = name, ws, fws
        self.written, self.links, self.active = {}, {}, False

    @property
    def used_range(self):
        return FakeUsed(self.ws, self.fws)

    def range(self, ref):
        return FakeRange(self, ref)

    def clear(self):
        self.written.clear()

    def activate(self):
        self.active = True


class FakeSheets(list):
    def __getitem__(self, k):
        if isinstance(k, str):
            return next(s for s in self if s.name == k)
        return list.__getitem__(self, k)

    def add(self, name, after=None):
        s = FakeSheet(name)
        self.append(s)
        return s


class FakeBook:
    def __init__(self, path):
        values = openpyxl.load_workbook(path, data_only=True)
        forms = openpyxl.load_workbook(path)
        self.sheets = FakeSheets(FakeSheet(n, values[n], forms[n]) for n in values.sheetnames)
        self.name = self.fullname = str(path)
        self.names = []


@pytest.fixture
def book(tmp_path):
    spec = next(s for s in load_all_specs() if s.id == "seed000-huaning-zhigong")
    return FakeBook(published_table(spec, tmp_path / "改名后的 评分表.xlsx"))


def test_button_validates_the_calling_book_and_writes_result_sheet(book):
    report = validate_book(book)
    assert [(f.cell, f.check) for f in report.errors] == [("I16", "score-mismatch")]
    result = book.sheets["校验结果"]
    assert result.active
    rows = result.written["A1"]
    assert rows[0][:2] == ["文件", "改名后的 评分表.xlsx"]
    assert rows[4][:3] == ["序号", "严重程度", "检查项"]
    assert any(r[2] == "score-mismatch" and r[5] == "I16" for r in rows[5:])
    assert ("#'评分表'!I16", "I16") in result.links.values()
    # the user's sheet was only read: nothing written into it
    assert book.sheets["评分表"].written == {}


def test_second_run_rewrites_the_result_sheet(book):
    validate_book(book)
    validate_book(book)
    assert [s.name for s in book.sheets].count("校验结果") == 1


def test_error_values_are_read_as_errors_like_jixiao_validate(tmp_path):
    from jixiao.collect import check_one  # the `jixiao validate` path

    spec = next(s for s in load_all_specs() if s.id == "seed000-huaning-zhigong")
    path = published_table(spec, tmp_path / "评分表.xlsx")
    wb = openpyxl.load_workbook(path)
    ws = wb["评分表"]
    # three score cells of seed 000 (I5, I6, I7 are 得分 of its first indicators)
    cells = {"I5": "#VALUE!", "I6": "#NAME?", "I7": "#DIV/0!"}
    for ref, err in cells.items():
        assert isinstance(ws[ref].value, int | float), ref  # a score is there
        ws[ref].value = err  # openpyxl writes these as error cells (t="e")
    wb.save(path)
    book = FakeBook(path)
    report = validate_book(book)
    found = {(f.cell, f.check) for f in report.errors}
    assert {(ref, "score-not-number") for ref in cells} <= found
    # the file path says the same
    file_errors = {(f.cell, f.check) for f in check_one(path).report.errors}
    assert {(ref, "score-not-number") for ref in cells} <= file_errors
    # negative control: xlwings' default (errors read as blanks) would have missed them
    old = FakeUsed.options
    try:
        FakeUsed.options = lambda self, ndim, err_to_str=False: old(self, ndim, False)
        missed = {(f.cell, f.check) for f in validate_book(FakeBook(path)).errors}
    finally:
        FakeUsed.options = old
    assert not {(ref, "score-not-number") for ref in cells} & missed


def test_wrong_xlwings_version_stops_with_a_chinese_message():
    from jixiao.excel_glue import XlwingsVersionError, xlwings_checked
    from jixiao.vba.pin import XLWINGS_VERSION

    xlwings_checked()  # the installed (pinned) version passes
    with pytest.raises(XlwingsVersionError) as e:
        xlwings_checked("0.30.0")
    msg = str(e.value)
    assert "0.30.0" in msg and XLWINGS_VERSION in msg and f"xlwings=={XLWINGS_VERSION}" in msg
