"""Windows-safe file names for distributed workbooks (table of nasty names, by hand)."""

from __future__ import annotations

import pytest

from jixiao.distribute import MAX_STEM_BYTES, bureau_file_name, plan_names, safe_filename

CASES = [
    # (given, expected): written by hand from the Windows naming rules
    ("华宁县医疗保障局", "华宁县医疗保障局"),
    ('某县/医保局: "2023"?', "某县医保局 2023"),
    ("a<b>c|d*e?f", "abcdef"),
    ("back\\slash", "backslash"),
    ("tab\there\nnewline", "tab here newline"),
    ("bell\x07nul\x00del\x7f", "bellnuldel"),
    ("trailing dots...", "trailing dots"),
    ("trailing spaces   ", "trailing spaces"),
    ("  leading", "leading"),
    (".hidden", "hidden"),
    ("CON", "CON_"),
    ("con", "con_"),
    ("nul.txt", "nul_.txt"),
    ("COM1", "COM1_"),
    ("LPT9", "LPT9_"),
    ("COM10", "COM10"),  # only COM1-COM9 are reserved
    ("CONSOLE", "CONSOLE"),
    ("", "未命名单位"),
    ("   ", "未命名单位"),
    ("..", "未命名单位"),
    ("<>:\"/\\|?*", "未命名单位"),
    ("全角／斜杠：可以", "全角／斜杠：可以"),  # full-width forms are legal on Windows
    ("多个   空格　全角空格", "多个 空格 全角空格"),
]


@pytest.mark.parametrize(("given", "expected"), CASES, ids=[repr(c[0])[:20] for c in CASES])
def test_safe_filename(given: str, expected: str) -> None:
    assert safe_filename(given) == expected


def test_long_names_are_cut_in_characters_and_utf8_bytes() -> None:
    name = safe_filename("医" * 500)
    assert len(name.encode("utf-8")) <= MAX_STEM_BYTES
    assert set(name) == {"医"}
    latin = safe_filename("x" * 500)
    assert 0 < len(latin) <= 80


def test_bureau_file_name_is_never_reserved_nor_hidden() -> None:
    assert bureau_file_name("CON", "t1") == "CON_t1.xlsx"
    assert bureau_file_name("..", "t1", ".xlsm") == "未命名单位_t1.xlsm"
    assert bureau_file_name("A局", "seed000-huaning-zhigong") == "A局_seed000-huaning-zhigong.xlsx"


def test_collisions_are_numbered_case_insensitively() -> None:
    from jixiao.distribute import RosterRow
    from jixiao.templates.spec import load_all_specs

    spec = load_all_specs()[0]
    assert spec.id == "seed000-huaning-zhigong"
    rows = [RosterRow(b) for b in ("A局", "a局", "A局", "A/局", "B局")]
    names = plan_names(spec, rows, "portable")
    # seed000's title "{年度}年{单位名称}城镇职工…评分表" without a year: the 年度 part is dropped
    sid = "城镇职工基本医疗保险项目评分表"
    assert names == [f"A局_{sid}.xlsx", f"a局_{sid}(2).xlsx", f"A局_{sid}(3).xlsx",
                     f"A局_{sid}(4).xlsx", f"B局_{sid}.xlsx"]
    assert len({n.casefold() for n in names}) == len(names)


def test_file_name_carries_bureau_year_and_title() -> None:
    from jixiao.distribute import RosterRow, title_stem
    from jixiao.templates.spec import load_all_specs

    specs = {s.id: s for s in load_all_specs()}
    zhigong = specs["seed000-huaning-zhigong"]
    assert plan_names(zhigong, [RosterRow("红塔区医疗保障局", "2024")], "portable") == [
        "红塔区医疗保障局_2024年城镇职工基本医疗保险项目评分表.xlsx"]
    # a title without {年度}: the year leads it
    assert title_stem(specs["seed004-hongsibao-jiuzhu"], "2024年度") == \
        "2024年城乡医疗救助补助资金绩效评价指标体系得分及完成情况"
