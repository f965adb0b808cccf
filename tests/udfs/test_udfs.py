"""The xlwings wrappers: called directly (xlwings' decorators are no-ops off Windows)."""

import inspect
import io

import jixiao_udfs as udfs
import pytest
from hypothesis import given

from tests.strategies import excel_inputs
from tests.udfs.xlwings_vba import xlwings_windows_udfs

C11 = ">=95%: 5; <95%: 5 - 1 per 1% ceil"


def test_score_range_scalar_and_column():
    assert udfs.SCORE_RANGE(0.94, C11, 5) == 4.0  # 94% → 1 pp → 5 - 1
    # one call per column: xlwings passes a column as a 2-D list with ndim=2
    out = udfs.SCORE_RANGE([[0.94], ["89.5%"], [None], ["缺省"], ["abc"]], C11, 5)
    assert [row[0] for row in out[:2]] == [4.0, 0.0]
    assert out[2][0].startswith("#JIXIAO!") and "未填写" in out[2][0]
    assert out[3][0] == 5.0
    assert out[4][0].startswith("#JIXIAO!") and "abc" in out[4][0]
    # a 1-D list (xlwings default for a column) works too
    assert udfs.SCORE_RANGE([0.94, 0.95], C11, 5) == [[4.0], [5.0]]


def test_exec_rate_and_grade():
    assert abs(udfs.EXEC_RATE(1012.41, 1060) - 0.955104) < 1e-6  # 001
    assert abs(udfs.EXEC_RATE(2949.56, 2401, 4380.91) - 0.434916) < 1e-6  # 004 附件2
    err = udfs.EXEC_RATE(1, 0)
    assert err.startswith("#JIXIAO!") and "预算数" in err
    assert udfs.GRADE(93.99) == "优"
    assert udfs.GRADE(96, "90:好;80:较好;60:一般;0:差") == "好"
    assert udfs.GRADE(101).startswith("#JIXIAO!")


def test_rule_check():
    assert udfs.RULE_CHECK(C11) == "OK"
    msg = udfs.RULE_CHECK(">=95%: 5; <95% 3")
    assert msg.startswith("#JIXIAO!") and "第2条子句" in msg


def test_internal_errors_do_not_leak_tracebacks(monkeypatch):
    def boom(*a):
        raise RuntimeError("secret traceback detail")

    monkeypatch.setattr(udfs.jixiao, "score_range", boom)
    out = udfs.SCORE_RANGE(0.9, C11, 5)
    assert out.startswith("#JIXIAO! 内部错误") and "secret" not in out


@given(excel_inputs, excel_inputs, excel_inputs)
def test_udfs_never_raise(a, b, c):
    for result in (
        udfs.SCORE_RANGE(a, b, c), udfs.SCORE_RANGE(a, C11, c), udfs.EXEC_RATE(a, b, c),
        udfs.EXEC_RATE(a, b), udfs.GRADE(a, b), udfs.GRADE(a), udfs.RULE_CHECK(a),
    ):
        _assert_excel_value(result)


def _assert_excel_value(result):
    if isinstance(result, list):
        for row in result:
            for v in row:
                _assert_excel_value(v)
        return
    assert result is not None
    assert type(result) in (float, int, str, bool), type(result)
    if isinstance(result, float):
        assert result == result and abs(result) != float("inf")
    if isinstance(result, str):
        assert len(result) < 255


def test_signatures_fit_xlwings_limits():
    for name in ("SCORE_RANGE", "EXEC_RATE", "GRADE", "RULE_CHECK"):
        f = getattr(udfs, name)
        sig = inspect.signature(f)
        kinds = {p.kind for p in sig.parameters.values()}
        assert kinds <= {inspect.Parameter.POSITIONAL_OR_KEYWORD}, name
        first_line = f.__doc__.strip().splitlines()[0]
        assert any("\u4e00" <= ch <= "\u9fff" for ch in first_line), name


@pytest.fixture
def xlwings_windows_decorators():
    """Import xlwings' real UDF machinery with the Windows-only modules stubbed."""
    with xlwings_windows_udfs() as pair:
        yield pair


def test_xlwings_generates_vba_declarations(xlwings_windows_decorators):
    xl_udfs, module = xlwings_windows_decorators

    class FakeBook:
        Name = "评分表.xlsm"

    out = io.StringIO()
    xl_udfs.generate_vba_wrapper("jixiao_udfs", module, out, FakeBook())
    vba = out.getvalue()
    assert "Function SCORE_RANGE(value, rule, weight, Optional unit, Optional name, Optional standard)" in vba  # unit (p24), name (p28), 评分标准 (p30)
    assert "Function EXEC_RATE(actual, budget, Optional carryover)" in vba
    assert "Function GRADE(total, Optional scheme)" in vba
    assert "Function RULE_CHECK(rule)" in vba
    assert 'XLPy.CallUDF("jixiao_udfs", "SCORE_RANGE"' in vba
    assert "Application.Volatile" not in vba  # never volatile
    assert module.SCORE_RANGE.__xlfunc__["args"][0]["options"].get("ndim") == 2


def test_wrong_xlwings_version_answers_a_chinese_message(monkeypatch):
    from jixiao.vba.pin import XLWINGS_VERSION, version_problem

    monkeypatch.setattr(udfs, "VERSION_PROBLEM", version_problem("0.31.0"))
    for out in (udfs.SCORE_RANGE(0.94, C11, 5), udfs.EXEC_RATE(1, 2), udfs.GRADE(90),
                udfs.RULE_CHECK(C11)):
        assert out.startswith("#JIXIAO! xlwings 版本不符") and "0.31.0" in out, out
        assert XLWINGS_VERSION in out and len(out) < 255


@pytest.mark.parametrize("huge", [1e30, 1.79e308, -1e16, 10**20])
def test_huge_numbers_get_a_specific_message(huge):
    # 10^15 is the plausibility limit of parse_number (text and numbers alike)
    for out in (udfs.SCORE_RANGE(huge, C11, 5), udfs.SCORE_RANGE(0.94, C11, huge),
                udfs.EXEC_RATE(huge, 1), udfs.GRADE(huge), udfs.SCORE_RANGE([[huge]], C11, 5)):
        text = out if isinstance(out, str) else out[0][0]
        assert text.startswith("#JIXIAO!") and "数值过大" in text, text


def test_exec_rate_not_applicable_amount_scores_full_marks():
    # 缺省 typed into an amount sub-row (its prompt invites it): 缺省, then full marks
    assert udfs.EXEC_RATE(" 缺省", 1060) == "缺省"
    assert udfs.EXEC_RATE(1012.41, 1060, "缺省\u3000") == "缺省"
    assert udfs.SCORE_RANGE(udfs.EXEC_RATE("缺省", 1060), C11, 5) == 5.0


def test_score_range_refuses_a_unit_that_is_no_percentage():
    # p22: "95分" / "95万元" typed as a 业绩值 on % bands was 95 % / 9 500 000 % → 5; now the reason the template's
    # portable formula and collect give (C11: 95 % → 5; 93 % → 2 pp → 3 — a count row still reads "3次" as 3)
    fen = "#JIXIAO! 单位不符：该行按百分比计分，填的是“95分”（单位“分”），无法计分，请改填百分比"
    assert udfs.SCORE_RANGE("95分", C11, 5) == fen
    out = udfs.SCORE_RANGE([["95分"], ["95万元"], ["95%"], ["93"], ["95个百分点"]], C11, 5)
    assert [row[0] for row in out] == [
        fen, "#JIXIAO! 单位不符：该行按百分比计分，填的是“95万元”（单位“万元”），无法计分，请改填百分比", 5.0, 3.0, 5.0]
    assert udfs.SCORE_RANGE("3次", "*: W - 1 per 1", 5) == 2.0
