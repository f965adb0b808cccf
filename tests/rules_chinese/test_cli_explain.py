"""`jixiao rule explain`: kind, canonical rule, notes, sample table; exit 1 when unreadable."""

from click.testing import CliRunner

from jixiao.cli import cli


def _run(*args):
    return CliRunner().invoke(cli, ["rule", "explain", *args])


def test_explain_reads_and_prints_samples():
    r = _run("≥95%得5分, 每低1个百分点扣1分, 扣完为止。(不满1个百分点按1个百分点算, 下同)", "--weight", "5")
    assert r.exit_code == 0, r.output
    assert "规范写法：>=95%: 5; <95%: 5 - 1 per 1% ceil" in r.output
    assert "≥95% → 得5分" in r.output
    # band edge ±0.5pp: 94.5% → 5 - 1*ceil(0.5) = 4; 95% → 5
    assert "94.5%\t4" in r.output
    assert "95%\t5" in r.output


def test_explain_unreadable_exits_1_and_names_the_fragment():
    r = _run("≥95斤得5分, 否则不得分", "-w", "5")
    assert r.exit_code == 1
    assert "✗ ≥95斤得5分" in r.output
    assert "斤" in r.output  # a unit the reader does not know (公斤 is known since i11b)


def test_explain_checklist_and_judgement_exit_0():
    r = _run("①甲得2分；②乙得1分", "-w", "3")
    assert r.exit_code == 0
    assert "checklist" in r.output and "分项：甲 — 2分" in r.output
    r = _run("根据实际情况酌情扣分")
    assert r.exit_code == 0
    assert "judgement" in r.output


def test_explain_gap_is_visible():
    r = _run("①满意度≥90%, 得5分; ②80%<满意度<90%, 得3分; ③70%<满意度<80%, 得2分; ④满意度<70%, 不得分", "-w", "5")
    assert r.exit_code == 0
    assert "未覆盖 70%、80%" in r.output
    assert "80%\t业绩值 80% 不在评分标准的任何区间内" in r.output


def test_explain_shows_ambiguity_warnings():
    r = _run("80%以下不得分，80%-90%得3分，90%以上得5分", "-w", "5")
    assert r.exit_code == 0, r.output
    assert "有歧义" in r.output
    assert "⚠ 80%既在“80%以下”内又在“80%-90%”内" in r.output
    assert "✓ 歧义" not in r.output
    # documented reading: the shared point takes the higher score
    assert "80%\t3" in r.output and "90%\t5" in r.output


def test_explain_rounds_trial_scores_to_two_decimals():
    # <90%: W × x on a 7-point row: 89.5% → 7 × 0.895 = 6.265 → 6.27 (half up)
    r = _run("执行率达到90%以上的得满分，低于90%的按执行率×分值计分", "-w", "7")
    assert r.exit_code == 0, r.output
    assert "89.5%\t6.27" in r.output
    lines = [ln for ln in r.output.splitlines() if ln.startswith("  ") and "\t" in ln]
    for ln in lines[1:]:
        score = ln.split("\t")[1]
        assert len(score.partition(".")[2]) <= 2, ln


def test_rule_errors_are_chinese_only():
    from click.testing import CliRunner

    r = CliRunner().invoke(cli, ["rule", "check", ">=95%: 5; <95: x"])
    assert r.exit_code == 1
    assert "第2条子句" in r.output
    assert "clause" not in r.output and "char" not in r.output
    r = CliRunner().invoke(cli, ["rule", "score", ">=95%: 5; bad", "5", "90%"])
    assert r.exit_code == 1 and "clause" not in r.output
    r = _run("≥95斤得5分, 否则不得分", "-w", "5")
    assert not any(ch.isascii() and ch.isalpha() for ch in r.output.split("原因：", 1)[-1])


def test_explain_target_rule_needs_a_target_for_trials():
    text = "完成值达到指标值的，记满分；未达到的，按完成值/指标值×分值记分"
    r = _run(text, "-w", "5")
    assert r.exit_code == 0, r.output
    assert "规范写法：>=T: W; <T: prop" in r.output and "--target" in r.output
    r = _run(text, "-w", "5", "-t", "90%")
    assert r.exit_code == 0, r.output
    assert "80%\t4.44" in r.output  # 5 × 0.80 ÷ 0.90 = 4.444… → 4.44
    assert "90%\t5" in r.output
