"""Unit tests of the round-two bounds: worker isolation, linear formula scanning, bounded
numbers, output targets and printable names (issue 15)."""

from __future__ import annotations

import os
import re
import signal
import threading
import time
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from hypothesis import example, given, settings
from hypothesis import strategies as st

from jixiao.cli import cli
from jixiao.errors import NumberFormatError, RuleSyntaxError
from jixiao.io import file_fingerprint
from jixiao.io.formulas import _external_reference, _strip_strings, formula_links
from jixiao.io.outputs import OutputPathError, annotated_names, check_output, safe_text
from jixiao.isolation import run_isolated
from jixiao.numbers import parse_number, round_half_up
from tests.hostile.make_corpus import _save, scoring_workbook

posix_only = pytest.mark.skipif(not hasattr(os, "fork"), reason="worker isolation needs fork")


def guarded(fn: Any, guard: float = 10) -> Any:
    box: dict[str, Any] = {}
    t = threading.Thread(target=lambda: box.setdefault("r", fn()), daemon=True)
    t.start()
    t.join(guard)
    assert not t.is_alive(), "did not finish within the hang guard"
    return box["r"]


# --------------------------------------------------------------------------- isolation


def _why(_arg: object, reason: str) -> str:
    return f"失败：{reason}"


@posix_only
def test_worker_result_comes_back() -> None:
    assert run_isolated(lambda s: {"n": len(s)}, "评分表", _why) == {"n": 3}


@posix_only
def test_abort_panic_memory_and_timeout_become_chinese_reasons() -> None:
    assert "中止" in run_isolated(lambda _a: os.abort(), None, _why)

    class PanicException(BaseException):  # what pyo3 raises: not an Exception
        pass

    def panic(_a: object) -> None:
        raise PanicException("called `Option::unwrap()` on a `None` value")

    assert "读取程序内部出错" in run_isolated(panic, None, _why)

    def hog(_a: object) -> int:
        blocks = [bytearray(64 << 20) for _ in range(64)]  # 4 GiB > the 768 MiB limit
        return len(blocks)

    assert "内存不足" in run_isolated(hog, None, _why, memory_bytes=768 << 20)

    t0 = time.monotonic()
    reason = run_isolated(lambda _a: time.sleep(60), None, _why, time_limit_s=1)
    assert "超时" in reason and time.monotonic() - t0 < 10

    assert "SIGSEGV" not in run_isolated(lambda _a: os.kill(os.getpid(), signal.SIGSEGV), None,
                                         _why)  # a Chinese reason, not the signal name


@posix_only
def test_one_worker_serves_many_files_and_is_replaced_after_a_failure() -> None:
    from jixiao.isolation import Worker

    def job(x: int) -> int:
        if x == 3:
            os.abort()
        if x == 5:
            time.sleep(60)
        return os.getpid()

    w = Worker(job, time_limit_s=2, max_calls=200)
    try:
        first = [w.call(i, _why) for i in (0, 1, 2)]
        assert len(set(first)) == 1 and first[0] != os.getpid()  # one child, not this process
        assert "中止" in w.call(3, _why)
        after_abort = w.call(4, _why)
        assert isinstance(after_abort, int) and after_abort != first[0]  # a fresh child
        assert "超时" in w.call(5, _why)
        assert isinstance(w.call(6, _why), int)
    finally:
        w.close()
    short = Worker(job, max_calls=2)
    try:
        pids = [short.call(i, _why) for i in (0, 1, 2)]
        assert pids[0] == pids[1] != pids[2]  # recycled after max_calls
    finally:
        short.close()


@posix_only
def test_exception_in_worker_is_an_internal_error_reason() -> None:
    def boom(_a: object) -> None:
        raise ValueError("x")

    assert run_isolated(boom, None, _why) == "失败：检查时出现内部错误（ValueError），请将此文件报告给维护人员"


# --------------------------------------------------------------------------- formulas

_OLD_EXTREF = re.compile(r"'?([A-Za-z]:\\|\\\\|file:|https?:)[^!]*\[[^\]]+\][^!]*'?!", re.I)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="C:\\file'[]!ab\"", max_size=30))
@example("C:\\[!]!")  # CI at 35f6f60: a "!" inside the book name's brackets (the scan split there)
@example("'C:\\[a!b.xlsx]S'!A1")
def test_external_reference_agrees_with_the_old_regex(text: str) -> None:
    """The linear scan finds a reference exactly when the old (cubic) regex does."""
    bare = _strip_strings(text)
    old = _OLD_EXTREF.search(bare)
    new = _external_reference(bare)
    assert (old is None) == (new is None), (bare, old, new)
    if old is not None:
        assert new == old.group(0).rstrip("!")


@given(st.text(alphabet='a"b', max_size=20))
def test_strip_strings_keeps_exactly_the_text_outside_literals(text: str) -> None:
    if text.count('"') % 2:
        return  # an unterminated literal: Excel would not have saved it
    assert (_strip_strings(text).replace('"', "")
            == re.sub(r'"(?:[^"]|"")*"', "", text).replace('"', ""))


def test_long_formulas_are_scanned_in_linear_time() -> None:
    for text in ("=" + "file:[a]" * 20_000, "=" + '"' * 80_001 + "a" * 80_000,
                 "=" + "HYPERLINK(" * 20_000, "=" + "a" * 200_000 + "|"):  # fmt: skip
        guarded(lambda t=text: formula_links(t), guard=5)
    assert formula_links("=" + "a" * 200_000 + "|")  # still DDE


def test_outward_functions_are_links() -> None:
    assert formula_links('=_xlfn.WEBSERVICE("http://x/")')
    assert formula_links('=FILTERXML(A1,"//a")') and formula_links('=RTD("s",,"t")')
    assert formula_links('=CALL("kernel32","WinExec","JCJ","calc",0)')
    assert formula_links('=IF(A1="WEBSERVICE(",1,0)') == []  # text inside a string literal
    assert formula_links("=MYRTD(A1)") == []


# --------------------------------------------------------------------------- numbers


@given(st.one_of(st.floats(allow_nan=False, allow_infinity=False), st.integers(),
                 st.decimals(allow_nan=False, allow_infinity=False)))  # fmt: skip
def test_any_number_that_parses_is_finite_and_bounded(value: Any) -> None:
    try:
        d = parse_number(value)
    except NumberFormatError as e:
        assert "过大" in e.message_zh
        return
    assert d is not None and d.is_finite() and abs(d) <= Decimal("1e15")
    round_half_up(d, 2)  # never InvalidOperation
    (d * 100).quantize(Decimal("0.01"))


@pytest.mark.parametrize("value", [1e30, 1.79e308, 10**60, "1" * 60, "7" * 32767,
                                   Decimal("1e400")])  # fmt: skip
def test_huge_numbers_are_refused_in_chinese(value: Any) -> None:
    with pytest.raises(NumberFormatError, match="数值过大"):
        parse_number(value)


def test_tiny_and_long_fractions_stay_computable() -> None:
    assert parse_number(1e-300) == 0
    d = parse_number("0." + "1" * 60)
    assert d is not None and round_half_up(d, 2) == Decimal("0.11")


@pytest.mark.parametrize("text", ["≥⑴:满分", "≥⑴:10", "≥" + "9" * 40 + ":10", "≥1e30:10"])
def test_rule_grammar_refuses_odd_digits(text: str) -> None:
    from jixiao import parse_rule

    with pytest.raises(RuleSyntaxError):
        parse_rule(text)


def test_chinese_reader_refuses_overlong_text_quickly() -> None:
    from jixiao.rules.chinese import MAX_RULE_TEXT, read_rule_text

    r = guarded(lambda: read_rule_text("9" * 32767, 5), guard=5)
    assert r.kind == "unreadable" and "过长" in " ".join(r.understood)
    # just under the cap, the slowest shape seen (a digit run) still finishes quickly
    guarded(lambda: read_rule_text("≥" + "9" * (MAX_RULE_TEXT - 10) + "%得满分", 5), guard=5)
    assert read_rule_text("≥95%得满分", 5).kind != "unreadable"
    assert MAX_RULE_TEXT >= 200  # the longest published standard in the specs is 151


# --------------------------------------------------------------------------- names


def test_safe_text_escapes_controls_newlines_and_bytes() -> None:
    assert safe_text("甲\n乙") == "甲\\n乙"
    assert safe_text("\x1b[2J") == "\\x1b[2J"
    assert safe_text("a\u202eb") == "a\\u202eb"  # right-to-left override
    assert safe_text(os.fsdecode(b"\xcf\xd8")) == "\\xcf\\xd8"
    assert safe_text("县 医保局（2024）评分表.xlsx") == "县 医保局（2024）评分表.xlsx"


def test_annotated_names_are_unique_clean_and_short() -> None:
    long = "县" * 84 + ".xlsx"  # 252 + 5 bytes
    names = annotated_names(["甲/评分表.xlsx", "乙/评分表.xlsx", "乙/评分表.xls",
                             "a\x1b[31m\n.xlsx", long, os.fsdecode(b"\xcf\xd8.xlsx")])  # fmt: skip
    got = list(names.values())
    assert len(set(got)) == len(got)
    assert got[:3] == ["评分表.校验.xlsx", "评分表（乙）.校验.xlsx", "评分表（乙）（2）.校验.xlsx"]
    assert got[3] == "a_[31m_.校验.xlsx"
    assert len(got[4].encode()) <= 255 and got[4].endswith(".校验.xlsx")
    assert got[5] == "县.校验.xlsx"  # b"\xcf\xd8" is 县 in GBK


# --------------------------------------------------------------------------- output targets


@pytest.fixture()
def inbox(tmp_path: Path) -> Path:
    d = tmp_path / "收回"
    _save(scoring_workbook(), d / "甲县" / "评分表.xlsx")
    _save(scoring_workbook(), d / "乙县" / "评分表.xlsx")
    return d


def _hashes(d: Path) -> dict[Path, Any]:
    return {p: file_fingerprint(p) for p in d.rglob("*") if p.is_file()}


def test_outputs_naming_an_input_are_refused(inbox: Path, tmp_path: Path) -> None:
    before = _hashes(inbox)
    a = inbox / "甲县" / "评分表.xlsx"
    r = CliRunner()
    for args in (["collect", str(a), "--out", str(a)],
                 ["collect", str(inbox), "--out", str(tmp_path / "s.xlsx"), "--json", str(a)],
                 ["validate", str(a), "--csv", str(a)],
                 ["validate", str(inbox), "--out", str(inbox)],
                 ["validate", str(inbox), "--out", str(inbox / "甲县")],
                 ["collect", str(inbox), "--out", str(inbox / "汇总.xlsx")]):  # fmt: skip
        res = r.invoke(cli, args)
        assert res.exit_code == 2, (args, res.output)
        assert "用法错误" in res.stderr and ("输入文件" in res.stderr or "文件夹" in res.stderr)
    link = tmp_path / "链接.xlsx"
    os.symlink(a, link)  # the same file under another name
    res = r.invoke(cli, ["validate", str(a), "--csv", str(link)])
    assert res.exit_code == 2 and "输入文件" in res.stderr
    assert _hashes(inbox) == before


def test_same_named_inputs_get_distinct_annotated_copies(inbox: Path, tmp_path: Path) -> None:
    out = tmp_path / "批注"
    res = CliRunner().invoke(cli, ["validate", str(inbox), "--out", str(out)])
    assert res.exit_code in (0, 1), res.output
    # natural order: 乙县 (U+4E59) comes before 甲县 (U+7532) and keeps the plain name
    assert sorted(p.name for p in out.iterdir()) == ["评分表.校验.xlsx", "评分表（甲县）.校验.xlsx"]


def test_collect_skips_annotated_copies(inbox: Path, tmp_path: Path) -> None:
    res = CliRunner().invoke(cli, ["validate", str(inbox / "甲县"), "--out", str(tmp_path / "o")])
    assert res.exit_code in (0, 1)
    (tmp_path / "o" / "评分表.校验.xlsx").rename(inbox / "甲县" / "评分表.校验.xlsx")
    res = CliRunner().invoke(cli, ["collect", str(inbox), "--out", str(tmp_path / "汇总.xlsx"),
                                   "--json", "-"])
    assert res.exit_code in (0, 1), res.output
    assert "批注副本" in res.stderr and "评分表.校验.xlsx" in res.stderr
    assert "评分表.校验.xlsx" not in res.stdout.split('"skipped"')[0]  # not among the files


def test_output_target_problems_are_chinese_usage_errors(inbox: Path, tmp_path: Path) -> None:
    r = CliRunner()
    a = str(inbox / "甲县" / "评分表.xlsx")
    ro = tmp_path / "只读"
    ro.mkdir()
    ro.chmod(0o555)
    ro_file = tmp_path / "只读.csv"
    ro_file.write_text("x")
    ro_file.chmod(0o444)
    try:
        cases = [
            (["validate", a, "--csv", str(tmp_path / "无此文件夹" / "c.csv")], "不存在"),
            (["collect", str(inbox), "--out", str(tmp_path / "s.xlsx"), "--json", str(tmp_path)],
             "是文件夹"),
            (["validate", a, "--out", str(ro)], "只读"),
            (["validate", a, "--out", str(ro_file)], "是文件"),
            (["validate", a, "--csv", str(ro_file)], "只读"),
            (["collect", str(inbox), "--out", str(ro / "s.xlsx")], "只读"),
            (["collect", str(tmp_path / "无此文件夹"), "--out", str(tmp_path / "s.xlsx")], "找不到"),
        ]
        for args, word in cases:
            res = r.invoke(cli, args)
            assert res.exit_code == 2, (args, res.output)
            assert word in res.stderr and "Traceback" not in res.output, (args, res.stderr)
            assert not res.stdout  # refused before any work
    finally:
        ro.chmod(0o755)


def test_check_output_accepts_a_fresh_target(tmp_path: Path) -> None:
    check_output(tmp_path / "新" / "更深", "--out", kind="dir")
    check_output(tmp_path / "汇总.xlsx", "--out", inputs=[tmp_path / "a.xlsx"])
    with pytest.raises(OutputPathError):
        check_output(tmp_path / "a" / "b.xlsx", "--out", input_dirs=[tmp_path / "a"])


@pytest.mark.parametrize(("err", "word"), [("EIO", "输入/输出错误"), ("ELOOP", "符号链接循环"),
                                           ("ENAMETOOLONG", "过长"), ("EXDEV", "系统错误 EXDEV")])
def test_operating_system_errors_are_said_in_chinese(monkeypatch: pytest.MonkeyPatch,
                                                     err: str, word: str) -> None:
    import errno

    from jixiao.errors import WorkbookUnreadable
    from jixiao.io import load_workbook, safety

    def broken_stat(_p: object) -> None:
        raise OSError(getattr(errno, err), os.strerror(getattr(errno, err)))

    monkeypatch.setattr(safety.os, "stat", broken_stat)
    with pytest.raises(WorkbookUnreadable) as exc:
        load_workbook("/mnt/网络盘/评分表.xlsx")
    assert word in exc.value.message_zh
    assert os.strerror(getattr(errno, err)) not in exc.value.message_zh  # no English text


@pytest.mark.parametrize(("args", "word"), [((1e30, "≥95%:10", 10), "数值过大"),
                                            ((1.79e308, "≥95%:10", 10), "数值过大"),
                                            ((0.96, "≥⑴:10", 10), "此处应为数字"),
                                            ((0.96, "≥95%:10", 10**60), "分值无法识别")])
def test_udfs_answer_huge_numbers_with_a_specific_message(args: tuple, word: str) -> None:
    import jixiao_udfs  # udfs/ is on sys.path (tests/conftest.py)

    out = jixiao_udfs.SCORE_RANGE(*args)
    assert out.startswith("#JIXIAO!") and word in out and "内部错误" not in out


def test_sheet_scans_are_linear_on_crafted_tags() -> None:
    """Tags with 50,000 repeated type attributes, cells never closed: each scan is one pass."""
    from jixiao.io.safety import _ERROR_CELL_RE, _S_CELL_RE, _S_CELL_V_RE

    for pat, t in ((_S_CELL_RE, b"s"), (_S_CELL_V_RE, b"s"), (_ERROR_CELL_RE, b"e")):
        evil = b"<c " + (b't="' + t + b'" ') * 50_000 + b"/>" + b'<c r="A1" t="e">' * 20_000
        guarded(lambda p=pat, e=evil: p.findall(e), guard=5)
    ok = b'<c r="A2" s="1" t="s" ><v> 12 </v></c><c r="C1" st="s"><v>9</v></c><c t="s"/>'
    assert _S_CELL_V_RE.findall(ok) == [b"12"] and len(_S_CELL_RE.findall(ok)) == 1
