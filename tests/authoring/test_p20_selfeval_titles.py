"""A published 自评表 keeps its own name as the template's title (p20, case 2).

A 自评表 prints its name at the top ("2022年度项目支出绩效自评表", "部门整体支出绩效自评表" over "（2023年度）"), then
项目名称/主管部门 lines and the budget block, then the indicator header: the sheet reader looks for a title only a few
rows above that header, so ``templates new`` gave every one the generic "{年度}年{单位名称}绩效评价评分表".

Now the nearest line above the table that is one text alone and says 自评 is the title, with the year and the
bureau left as placeholders (``neutral_title``: a leading "2022年度", a "(2023年度)", a county name go).
Expected titles are the printed lines by hand. Tables (typed as printed, sources in their modules):

* 保山 2022 (p18, https://alkalih2o.com/info/7798/9446904.htm): "2022年度项目支出绩效自评表", "单位名称：…" below;
* 金寨 2023 (p18, https://www.ahjinzhai.gov.cn/public/6624963/37545031.html): "部门整体支出绩效自评表" / "（2023年度）";
* 青神 2023 (https://www.scqs.gov.cn/info/13206/211004.htm) and 大英 2023 (https://dyxrmt.cn/article-157795-21.html),
  both found again with the search tool's pages corpus this session: "部门预算项目支出绩效自评表(2023年度)";
* 棠溪 2022 (http://www.anthempetcare.com/upload_cz/download?id=502364&siteId=2, also in the pages corpus):
  "项目支出绩效自评表" over "（2022年度）";
* 昌宁 2022 (p16): "附件3：" above "2022年度项目支出绩效自评表" (the annex line is not the name);
* 长江禁捕 2020: "2020年度长江禁捕项目自评表" (a project's own name); 稷山 2020: "稷山县项目支出绩效自评表" (the county
  goes: the bureau is filled in by distribute).
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from jixiao.templates.authoring import new_template
from jixiao.templates.build import Filled, build_workbook
from tests.collect.p18_tables import BAOSHAN, JINZHAI
from tests.selfeval.p16_tables import CHANGNING
from tests.selfeval.tables import CHANGJIANG, DAYING, JISHAN, QINGSHEN, TANGXI

P = "{年度}年{单位名称}"
CASES = {
    "baoshan": (BAOSHAN, P + "项目支出绩效自评表"),
    "jinzhai": (JINZHAI, P + "部门整体支出绩效自评表"),
    "qingshen": (QINGSHEN, P + "部门预算项目支出绩效自评表"),
    "daying": (DAYING, P + "部门预算项目支出绩效自评表"),
    "tangxi": (TANGXI, P + "项目支出绩效自评表"),
    "changning": (CHANGNING, P + "项目支出绩效自评表"),
    "changjiang": (CHANGJIANG, P + "长江禁捕项目自评表"),
    "jishan": (JISHAN, P + "项目支出绩效自评表"),
}


@pytest.mark.parametrize("key", list(CASES))
def test_the_draft_takes_the_line_that_names_the_table(key: str, tmp_path: Path) -> None:
    table, want = CASES[key]
    res = new_template(table.save(tmp_path / f"{key}.xlsx"), tmp_path / "out", spec_id=key)
    assert res.draft.selfeval
    assert res.draft.title == want  # was "{年度}年{单位名称}绩效评价评分表" for every one


def test_the_built_template_prints_it_with_the_bureau_and_year(tmp_path: Path) -> None:
    """青神's spec (90 + 10 = 100 points with the budget row, 合计 100) built for a bureau: the printed name."""
    res = new_template(QINGSHEN.save(tmp_path / "qingshen.xlsx"), tmp_path / "out", spec_id="qingshen")
    assert res.spec is not None, res.spec_error
    book = tmp_path / "q.xlsx"
    build_workbook(res.spec, "portable", book, Filled({}, "青神县发展和改革局", "2024"))
    assert openpyxl.load_workbook(book)["评分表"]["A1"].value == "2024年青神县发展和改革局部门预算项目支出绩效自评表"


def test_without_a_line_naming_it_the_title_stays_generic(tmp_path: Path) -> None:
    """保山 without its name line (A1 blanked): the nearer "单位名称：保山市退役军人事务局 … 填报日期：…" line has a colon
    and a second cell, "项目名称 | 春节走访慰问经费" two cells — none names the table: the generic title, no guess."""
    src = BAOSHAN.save(tmp_path / "b.xlsx", changes={"A1": None})
    res = new_template(src, tmp_path / "out", spec_id="b")
    assert res.draft.title == P + "绩效评价评分表"


def test_an_annex_label_before_the_name_is_not_a_colon_line(tmp_path: Path) -> None:
    """棠溪's printed attachment reads "附件: 项目支出绩效自评表 (2022年度)" on one line (the stored page text): the annex
    label goes (``neutral_title``), the colon after it does not make it a "label：value" line."""
    src = TANGXI.save(tmp_path / "t.xlsx", changes={"A1": "附件: 项目支出绩效自评表 (2022年度)"})
    res = new_template(src, tmp_path / "out", spec_id="t")
    assert res.draft.title == P + "项目支出绩效自评表"
