"""Bad cells in a self-evaluation table never crash the reader or the checks (property)."""

from hypothesis import given, settings
from hypothesis import strategies as st

from jixiao.grid import Grid
from jixiao.reading import read_tables
from jixiao.rules.target import parse_target
from jixiao.validation.validate import validate_table

cells = st.one_of(
    st.none(), st.integers(-10**12, 10**12), st.floats(allow_nan=True, allow_infinity=True),
    st.sampled_from(["", "/", "-", "—", "0.00%", "100%", "≥95%", "≤0次", "=0", "达成预期指标", "部分达成",
                     "#DIV/0!", "缺省", "10万", "1e400", "≥", "%", "≤-5万元", "0", "9" * 40]),
    st.text(max_size=12),
)

HEAD_BUDGET = ["项目资金（万元）", None, "年初预算数", "全年预算数（A）", "全年执行数（B）", "分值", "执行率（B/A）", "得分"]
HEAD_IND = ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "得分计算方法"]


@settings(max_examples=150, deadline=None)
@given(budget=st.lists(st.lists(cells, min_size=8, max_size=8), min_size=1, max_size=3),
       rows=st.lists(st.lists(cells, min_size=9, max_size=9), min_size=1, max_size=4))
def test_reader_and_checks_never_raise(budget, rows):
    for r in budget:
        r[1] = "年度资金总额" if r is budget[0] else "其中：中央资金"
    for r in rows:
        r[3] = r[3] if isinstance(r[3], str) and r[3].strip() else "指标"
    grid = Grid.from_rows("自评表", [HEAD_BUDGET, *budget, HEAD_IND, *rows, ["总分", *[None] * 5, 100, 99]])
    for table in read_tables(grid):
        validate_table(table, grid)


@given(text=cells, nature=cells, unit=cells, pct=st.booleans())
def test_parse_target_never_raises(text, nature, unit, pct):
    t = parse_target(text, nature, unit, percent_cell=pct)
    assert t is None or t.op in (">=", ">", "<=", "<", "=")
