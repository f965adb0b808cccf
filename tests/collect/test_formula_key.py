"""jixiao.formula_key: equal for what a spreadsheet program rewrites on save, different for
every real change (the cases are written by hand; the LibreOffice ones as LibreOffice 7.4
saved our templates, see tests/collect/test_resaved_returns.py)."""

from __future__ import annotations

import pytest

from jixiao.formula_key import formula_key

SAME = [
    # LibreOffice drops the quotes of a sheet name that does not need them
    ("=IF(ISNUMBER('计算辅助'!$J$18),'计算辅助'!$J$18,\"\")",
     "=IF(ISNUMBER(计算辅助!$J$18),计算辅助!$J$18,\"\")"),
    # LibreOffice spells a number out
    ("=IF(ABS(I5)>1E+15,A5,I5)", "=IF(ABS(I5)>1000000000000000,A5,I5)"),
    ("=A1*0.5", "=A1*.5"),
    ("=A1*0.5", "=A1*5E-1"),
    # LibreOffice writes the constants TRUE / FALSE as functions
    ("=IF(ISERROR(FIND(\",\",G5)),TRUE,FALSE)", "=IF(ISERROR(FIND(\",\",G5)),TRUE(),FALSE())"),
    # case of names and references, Excel's function prefixes, spaces between tokens
    ("=SUM(A1:B2)", "=sum(a1:b2)"),
    ("=IFS(A1>0,1)", "=_xlfn.IFS(A1>0,1)"),
    ("=A1+1", "= A1 + 1 "),
    ("=A1+1", "A1+1"),
]

#: differ only in a text literal's spaces or case: lost in an old (squashed) archive
TEXT_CASE_OR_SPACE = [
    ("=SUBSTITUTE(A1,\" \",\"\")", "=SUBSTITUTE(A1,\"\",\"\")"),
    ("=IF(A1=\"a\",1,0)", "=IF(A1=\"A\",1,0)"),
]
DIFFERENT = [
    ("=IF(A1=\"达成\",1,0)", "=IF(A1=\"未达成\",1,0)"),  # text
    ("=计算辅助!$J$18", "=计算辅助!J18"),  # absolute → relative
    ("=计算辅助!$J$18", "=评分表!$J$18"),  # another sheet
    ("=A1*0.5", "=A1*0.50001"),
    ("=A1+1", "=A1-1"),
    ("=A1+1", "=(A1+1)+1"),  # a constant added
    ("=MIN(A1,B1/C1)", "=MIN(A1,C1/B1)"),
    ("=SUM(A1:B2 B1:C2)", "=SUM(A1:B2,B1:C2)"),  # intersection (a space) vs union
    ("=IF(A1,TRUE,FALSE)", "=IF(A1,FALSE,TRUE)"),
]


@pytest.mark.parametrize(("a", "b"), SAME)
def test_rewrites_on_save_compare_equal(a: str, b: str) -> None:
    assert formula_key(a) == formula_key(b)


@pytest.mark.parametrize(("a", "b"), DIFFERENT)
def test_real_changes_compare_different(a: str, b: str) -> None:
    assert formula_key(a) != formula_key(b)
    assert formula_key(a, squash_strings=True) != formula_key(b, squash_strings=True)


@pytest.mark.parametrize(("a", "b"), TEXT_CASE_OR_SPACE)
def test_text_case_and_spaces_count_except_against_an_old_archive(a: str, b: str) -> None:
    assert formula_key(a) != formula_key(b)
    assert formula_key(a, squash_strings=True) == formula_key(b, squash_strings=True)


def test_an_old_archive_is_compared_with_its_text_squashed() -> None:
    """Archives before format 2 hold the formula upper-cased without spaces, text included."""
    archived = "IF('计算辅助'!$J$12=0,\"#JIXIAO!实际值为0，无法按比例计分\",F12/'计算辅助'!$J$12)"
    resaved = "=IF(计算辅助!$J$12=0,\"#JIXIAO! 实际值为0，无法按比例计分\",F12/计算辅助!$J$12)"
    assert formula_key(resaved, squash_strings=True) == formula_key(archived, squash_strings=True)
    assert formula_key(resaved) != formula_key(archived)
    edited = resaved.replace("F12/", "F12*")
    assert formula_key(edited, squash_strings=True) != formula_key(archived, squash_strings=True)
