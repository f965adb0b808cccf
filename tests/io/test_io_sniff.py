"""Format sniffing by magic bytes and refusal reasons for non-workbooks."""

from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.errors import WorkbookUnreadable
from jixiao.io import load_workbook, sniff_format
from jixiao.io.safety import OLE_MAGIC


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (b"", "empty"),
        (b"PK\x03\x04\x14\x00", "zip"),
        (b"PK\x05\x06" + b"\0" * 18, "zip"),
        (OLE_MAGIC + b"\0" * 100, "ole"),
        (b"<html><body><table>", "html"),
        ("\ufeff<!DOCTYPE html><html>".encode(), "html"),
        ("<table><tr><td>得分</td></tr></table>".encode("gbk"), "html"),
        (b'<?xml version="1.0"?><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet">', "xml2003"),
        ("序号,一级指标,得分\n1,产出,5\n".encode("gbk"), "csv"),
        ("序号\t得分\n1\t5\n".encode("utf-8"), "csv"),
        (b"hello world", "text"),
        (b"%PDF-1.7\n", "other:这是PDF文件，不是Excel文件"),
        (bytes(range(256)), "unknown"),
    ],
    ids=["empty", "zip", "empty-zip", "ole", "html", "html-bom", "html-gbk", "xml2003",
         "csv-gbk", "tsv", "text", "pdf", "binary"],
)  # fmt: skip
def test_sniff(data: bytes, kind: str) -> None:
    assert sniff_format(data) == kind


def test_extension_is_ignored(tmp_path: Path) -> None:
    p = tmp_path / "评分表.xls"
    p.write_text("序号,得分\n1,5\n", encoding="utf-8")
    with pytest.raises(WorkbookUnreadable, match="CSV"):
        load_workbook(p)


def test_damaged_ole_and_foreign_ole(tmp_path: Path) -> None:
    p = tmp_path / "坏.xls"
    p.write_bytes(OLE_MAGIC + b"\0" * 600)
    with pytest.raises(WorkbookUnreadable, match="损坏"):
        load_workbook(p)


def test_too_large_is_refused_before_reading(tmp_path: Path) -> None:
    from jixiao.io import Limits

    p = tmp_path / "big.xlsx"
    p.write_bytes(b"PK\x03\x04" + b"\0" * 5000)
    with pytest.raises(WorkbookUnreadable, match="文件过大"):
        load_workbook(p, limits=Limits(max_file_bytes=1000))


def test_max_cells(tmp_path: Path) -> None:
    from tests.hostile.make_corpus import scoring_workbook

    p = tmp_path / "a.xlsx"
    scoring_workbook().save(p)
    with pytest.raises(WorkbookUnreadable, match="单元格过多"):
        load_workbook(p, max_cells=10)
    assert load_workbook(p, max_cells=1000).sheets[0].values


def test_values_only_mode(tmp_path: Path) -> None:
    from tests.hostile.make_corpus import scoring_workbook

    p = tmp_path / "a.xlsx"
    scoring_workbook().save(p)
    g = load_workbook(p, need_formulas=False).sheets[0]
    assert g.formulas == {} and g.values[(2, 1)] == "序号"
    assert (3, 2, 5, 2) in g.merged
