"""A unit typed where a percent is due gives no score anywhere — the sheet, SCORE_RANGE and collect say the same (p22).

Before: in a template's rule row on % bands ("≥90%得5分；80%-90%得3分；70%-80%得2分；低于70%不得分"), "95分" typed as the
业绩值 showed 5 in the bureau's own sheet — the portable formula (the helper reads 95 分 as 95, and 95 in a % row is
95 %), the 宏版's SCORE_RANGE and the `formulas` / LibreOffice recalculation alike — while collect refused the row since
p19. So did "95万元" (950 000 → 9 500 000 %), "95人", "95天" … ; "95万" and "95万%" were scored 5 by collect too.
Now every client shows the core's reason "#JIXIAO! 单位不符：该行按百分比计分，填的是“95分”（单位“分”），无法计分，请改填百分比"
(collect: the same text as the row's 未核定原因) and no score.

Expected values by hand from the rule: 95 % ≥ 90 % → 5; 85 % in (80 %, 90 %) → 3; 95‰ = 9.5 % < 70 % → 0; a count
row "每出现1次扣1分" (分值 5) with 3 → 5 − 3 = 2. Text that is no number ("95%以上", "约95%", "三次") is refused by every
client as before (each in its own words). Numeric text ("95", "0.95") is left out of the `formulas` runs: that engine
compares the text "150" with numbers as text (LibreOffice and Excel read it as a number, p22's note).
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

from tests import lo
from tests.templates.product_path import cached
from tests.templates.typed_units import Case, build_books, wrong_collected, wrong_scores
from tests.xlsx_edit import set_texts

PCT = ">=90%: 5; (80%,90%): 3; (70%,80%): 2; <70%: 0", "%"
COUNT = "*: W - 1 per 1", "次"


def said(value: str, unit: str) -> str:
    return f"单位不符：该行按百分比计分，填的是“{value}”（单位“{unit}”），无法计分，请改填百分比"


#: ((rule, unit), 业绩值, expected): a number is the score; a str the reason (after "#JIXIAO! "); None: no score
ROWS: list[tuple[tuple[str, str], Any, Any]] = [
    (PCT, "95分", said("95分", "分")),
    (PCT, "95 分", said("95 分", "分")),
    (PCT, "９５分", said("95分", "分")),  # full-width digits: quoted as the sheet normalises them
    (PCT, "85分", said("85分", "分")),
    (PCT, "95万元", said("95万元", "万元")),
    (PCT, "95元", said("95元", "元")),
    (PCT, "95天", said("95天", "天")),
    (PCT, "95个", said("95个", "个")),
    (PCT, "95人", said("95人", "人")),
    (PCT, "95次", said("95次", "次")),
    (PCT, "95件", said("95件", "件")),
    (PCT, "95项", said("95项", "项")),
    (PCT, "95万", said("95万", "万")),  # 950 000 % was 5 in collect too
    (PCT, "95万%", said("95万%", "万")),
    (PCT, "95%", 5),
    (PCT, "９５％", 5),
    (PCT, "95个百分点", 5),
    (PCT, "85%", 3),
    (PCT, "95‰", 0),
    (PCT, 95, 5),  # a number: percent points in a % row (p15)
    (PCT, 0.95, 5),
    (PCT, "95%以上", None),
    (PCT, "约95%", None),
    (PCT, "99999999999亿", None),  # beyond 10^15: no number (the unit is not the reason)
    (COUNT, "3次", 2),
    (COUNT, "3处", 2),
    (COUNT, 3, 2),
    (COUNT, "三次", None),
]


CASES: list[Case] = [(rule, unit, v, want) for (rule, unit), v, want in ROWS]


@pytest.fixture(scope="module")
def books(tmp_path_factory: pytest.TempPathFactory) -> dict[Any, Any]:
    return build_books(tmp_path_factory.mktemp("p22-units"), "p22-units", "测试（单位与百分比）", CASES)


def _wrong(value_of: Any, book: Path, skip_numeric_text: bool = False) -> list[str]:
    def numeric_text(v: Any, want: Any) -> bool:
        return skip_numeric_text and isinstance(v, str) and want is not None and not isinstance(want, str)

    return wrong_scores(value_of, book, CASES, numeric_text)


@pytest.mark.parametrize("flavour", ["portable", "udf"])
def test_as_built_the_score_cell_says_the_unit(books: dict[str, Any], flavour: str) -> None:
    # prefilled values: "95分" stays text in the cell (it was written as the number 95 before) and the cached 得分 is
    # the reason; "95%" and "９５％" are written as 0.95
    assert _wrong(cached, books["built", flavour]) == []


@pytest.mark.libreoffice
@pytest.mark.skipif(lo.SOFFICE is None, reason="LibreOffice not installed")
def test_libreoffice_recalculation_says_the_unit(books: dict[str, Any], tmp_path: Path) -> None:
    done = lo.recalc_many([books["typed", "portable"], books["built", "portable"]], tmp_path / "lo")
    assert _wrong(cached, done[books["typed", "portable"]]) == []
    assert _wrong(cached, done[books["built", "portable"]]) == []


@pytest.mark.parametrize("flavour", ["portable", "udf"])
def test_formulas_engine_says_the_unit(books: dict[str, Any], flavour: str) -> None:
    from tests.formulas_eval import evaluate

    values = evaluate(books["typed", flavour])
    assert _wrong(lambda _b, cell: values[f"评分表!{cell}"], books["typed", flavour], skip_numeric_text=True) == []


def test_collect_refuses_with_the_same_text(books: dict[str, Any]) -> None:
    assert wrong_collected(books, CASES) == []


@pytest.mark.parametrize("flavour", ["portable", "udf"])
def test_the_shipped_seed000_says_the_unit_for_95_fen(tmp_path: Path, flavour: str) -> None:
    # p20's reproduction: seed000's 满意度 row (H37, ≥90% 得 5 分), "95分" typed → I37 was 5; "95%" is still 5
    from jixiao.templates.build import file_name
    from jixiao.templates.spec import load_all_specs
    from tests.formulas_eval import evaluate

    spec = next(s for s in load_all_specs() if s.id == "seed000-huaning-zhigong")
    shipped = Path(__file__).parents[2] / "workbook_templates" / file_name(spec, flavour)
    got = {}
    for k, text in enumerate(("95分", "95%")):
        book = tmp_path / f"seed000_{k}{shipped.suffix}"
        shutil.copy(shipped, book)
        set_texts(book, {"H37": text})
        got[text] = evaluate(book)["评分表!I37"]
    assert got == {"95分": f"#JIXIAO! {said('95分', '分')}", "95%": 5}
