"""Six real published 评分表 as Word documents (sources and the hand list: docs/notes/p10.md).

The cells are the printed ones (the older .xlsx fixtures type the same tables; their rows are reused here,
never their expected findings). What is Word-specific is added as Word writes it: the title lines become
paragraphs above the table (the last one is the caption), the report's text before and after the table,
vertical merges (vMerge) and column spans (gridSpan), and numbers as text — a Word cell is always text —
some printed with "分" or padded with spaces ("3.6 分", " 10 ").
"""

from __future__ import annotations

from typing import Any

from reading_fixtures import SEED002_SUMMARY, seed000_rows
from real_layout_fixtures import BUMEN_DEFEN, KEJI, XIANGMU_DEFEN
from word_docs import WordTable

from jixiao.grid import a1, parse_a1
from tests.selfeval.tables import LINGLING, TANGXI


def _text(v: Any) -> Any:
    """A number as Word shows it: text ("93.99"), never a float; other cells unchanged."""
    if isinstance(v, float):
        return f"{v:g}"
    if isinstance(v, int) and not isinstance(v, bool):
        return str(v)
    return v


def from_sheet(source: str, rows: list[list[Any]], merged: list[str], *, title_rows: int,
               before: list[str] = (), after: list[str] = (),
               changes: dict[str, str] | None = None) -> WordTable:
    """A sheet transcription as a Word table: its first ``title_rows`` rows become paragraphs.

    ``changes``: sheet-A1 cell → the text Word prints there ("3.6 分").
    """
    rows = [list(r) for r in rows]
    for ref, text in (changes or {}).items():
        r, c = parse_a1(ref)
        rows[r - 1][c - 1] = text
    titles = [str(r[0]) for r in rows[:title_rows] if r and r[0]]
    body = [[_text(v) for v in r] for r in rows[title_rows:]]
    width = max(len(r) for r in body)
    body = [r + [None] * (width - len(r)) for r in body]
    spans = []
    for rng in merged:
        a, b = rng.split(":")
        (r1, c1), (r2, c2) = parse_a1(a), parse_a1(b)
        if r1 > title_rows:
            spans.append(f"{a1(r1 - title_rows, c1)}:{a1(r2 - title_rows, c2)}")
    return WordTable(source=source, caption=titles[-1] if titles else "", rows=body, merged=spans,
                     before=[*before, *titles[:-1]], after=list(after))


def _tuples_to_a1(merged: list[tuple[int, int, int, int]]) -> list[str]:
    return [f"{a1(r1, c1)}:{a1(r2, c2)}" for r1, c1, r2, c2 in merged]


# W1. seed 000 (云南华宁): 17 rows; 得分 of 收入预算完成 "3.6 分", 合计 " 93.99 " (Word text)
_rows, _merged = seed000_rows()
_rows = [r for r in _rows if r != []]  # the blank line under the title is a paragraph gap in Word
W1 = from_sheet(
    "seed 000 (华宁县医疗保障局 绩效评价报告, lines 441-461)", _rows,
    _tuples_to_a1([(r1 - (r1 > 2), c1, r2 - (r2 > 2), c2) for r1, c1, r2, c2 in _merged]),
    title_rows=1, before=["附件1"], after=["注：评分依据见正文第四部分。"],
    changes={"H13": "3.6 分", "H20": " 93.99 "})

# W2. seed 002 (江西南昌青云谱): 得分一览表; weights printed "5分" in two rows
W2 = from_sheet(
    "seed 002 (青云谱区医疗保障局 部门整体支出绩效评价报告, lines 287-306)",
    [["南昌市青云谱区医疗保障局部门整体支出绩效评价得分一览表"], *SEED002_SUMMARY], [],
    title_rows=1,
    before=["（一）评价得分情况", "最终评分结果：部门整体总得分为 88.8 分，绩效评级为“良”。"],
    after=["(二) 评价总体结论"],
    changes={"C3": "5分", "C6": " 10 分"})
W2.merged = ["A2:A4", "A5:A9", "A10:A13", "A14:A18", "A19:B19"]

# W3. wanglu.net t12-491155 (四川 form): the 项目支出 得分表 and the 部门整体 得分表, one document
W3_XIANGMU = from_sheet(XIANGMU_DEFEN.source, [["项目支出绩效评价得分表"], *XIANGMU_DEFEN.rows], [],
                        title_rows=1, before=["2.项目支出绩效自评开展情况。"],
                        after=["3.部门整体支出绩效自评开展情况。按照预算绩效管理要求，本部门对2017年整体支出开展绩效"
                               "自评，自评得分90分。"])
W3_XIANGMU.merged = list(XIANGMU_DEFEN.merged)  # typed without a title row: already table rows
W3_BUMEN = from_sheet(BUMEN_DEFEN.source, BUMEN_DEFEN.rows, BUMEN_DEFEN.merged, title_rows=1)

# W4. 池州 棠溪镇 委托业务项目 (安徽, national 自评表)
W4 = from_sheet(TANGXI.source, TANGXI.rows, TANGXI.merged, title_rows=2)

# W5. 岳阳市科技局 附件2 (湖南)
W5 = from_sheet(KEJI.source, KEJI.rows, KEJI.merged, title_rows=2,
                before=["四、自评结论"], after=["填表人：            审核人："])

# W6. 零陵区林业局 (湖南, national form for 部门整体)
W6 = from_sheet(LINGLING.source, LINGLING.rows, LINGLING.merged, title_rows=2)

#: file name → tables of that document
DOCUMENTS: dict[str, list[WordTable]] = {
    "W1_华宁.docx": [W1],
    "W2_青云谱.docx": [W2],
    "W3_四川得分表.docx": [W3_XIANGMU, W3_BUMEN],
    "W4_棠溪镇.docx": [W4],
    "W5_岳阳科技局.docx": [W5],
    "W6_零陵林业局.docx": [W6],
}
