"""Find and read 评分表 (scoring tables) in sheets, with the source cell of every value.

>>> from jixiao.grid import Grid
>>> g = Grid.from_rows("评分表", [["序号", "三级指标", "分值", "得分"], [1, "参保率", 5, 4.5]])
>>> t = read_tables(g)[0]
>>> t.rows[0].score.number, t.rows[0].score.ref
(Decimal('4.5'), 'D2')
"""

from jixiao.reading.headers import (
    FIELD_SYNONYMS,
    HEADER_SYNONYMS,
    field_for_header,
    match_header_row,
    normalise_header,
)
from jixiao.reading.model import CellValue, Group, IndicatorRow, ScoringTable, Section, TotalRow
from jixiao.reading.sheet import (
    NO_TABLE_MESSAGE,
    parse_level_name,
    read_scoring_table,
    read_tables,
    read_workbook_tables,
)

__all__ = [
    "FIELD_SYNONYMS",
    "HEADER_SYNONYMS",
    "NO_TABLE_MESSAGE",
    "CellValue",
    "Group",
    "IndicatorRow",
    "ScoringTable",
    "Section",
    "TotalRow",
    "field_for_header",
    "match_header_row",
    "normalise_header",
    "parse_level_name",
    "read_scoring_table",
    "read_tables",
    "read_workbook_tables",
]
