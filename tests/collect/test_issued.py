"""Issued versions: `templates build` bumps the version when rules or weights change and keeps
every issued version, and collect scores a return by the rules of ITS version."""

from __future__ import annotations

import random
import re
from decimal import Decimal
from pathlib import Path

import pytest
from click.testing import CliRunner

from jixiao import score_range
from jixiao.cli import cli
from jixiao.errors import SpecError
from jixiao.templates.build import PROP_FORMULAS, Filled, build_workbook
from jixiao.templates.spec import (
    default_specs_dir,
    issued_spec,
    load_spec,
    parse_spec,
    render_title,
    rules_fingerprint,
)
from tests.collect.helpers import draw_filled, specs_copy
from tests.xlsx_edit import set_custom_property, set_formula

SPEC = "seed000-huaning-zhigong"
#: C21 缴费基数做实率 (5 分): ">=80%: 5; <80%: 5 - 1 per 1% ceil"
OLD_RULE = ">=80%: 5; <80%: 5 - 1 per 1% ceil"
NEW_RULE = ">=85%: 5; <85%: 5 - 1 per 1% ceil"


@pytest.fixture
def specs_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    return specs_copy(tmp_path, monkeypatch, SPEC)


def _build(specs: Path, out: Path) -> None:
    res = CliRunner().invoke(cli, ["templates", "build", "--specs", str(specs), "--out", str(out)])
    assert res.exit_code == 0, res.output


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")


def test_build_archives_then_bumps_only_when_rules_change(specs_dir: Path, tmp_path: Path) -> None:
    yaml = specs_dir / f"{SPEC}.yaml"
    _build(specs_dir, tmp_path / "out1")
    assert (specs_dir / "issued" / SPEC / "v1.yaml").is_file()
    assert load_spec(yaml).version == 1
    _edit(yaml, "城镇职工基本医疗保险项目评分表", "城镇职工基本医疗保险基金绩效评价评分表")
    _build(specs_dir, tmp_path / "out2")  # a title is not a rule: same version
    assert load_spec(yaml).version == 1
    assert not (specs_dir / "issued" / SPEC / "v2.yaml").exists()
    _edit(yaml, f'rule: "{OLD_RULE}"', f'rule: "{NEW_RULE}"')
    _build(specs_dir, tmp_path / "out3")
    spec = load_spec(yaml)
    assert spec.version == 2
    assert re.search(r"^version: 2$", yaml.read_text(encoding="utf-8"), re.M)
    assert (specs_dir / "issued" / SPEC / "v2.yaml").is_file()
    v1, v2 = issued_spec(SPEC, 1), issued_spec(SPEC, "2")
    assert v1 is not None and v2 is not None
    assert rules_fingerprint(v1) != rules_fingerprint(v2)
    from jixiao.io import load_workbook

    props = load_workbook(tmp_path / "out3" / f"{SPEC}.xlsx").properties
    assert props["jixiao_template_id"] == SPEC and props["jixiao_template_version"] == "2"
    assert issued_spec(SPEC, 3) is None


def test_a_v1_return_is_scored_by_v1_rules_after_v2(specs_dir: Path, tmp_path: Path) -> None:
    from jixiao.collect import collect

    yaml = specs_dir / f"{SPEC}.yaml"
    _build(specs_dir, tmp_path / "out1")
    v1 = load_spec(yaml)
    values, _t = draw_filled(v1, random.Random(5))
    c21 = next(i for i in v1.indicators() if i.code == "C21")
    values[c21.path] = 0.82  # v1 (80%): 5; v2 (85%): 5 - 3 = 2
    inbox = tmp_path / "in"
    inbox.mkdir()
    build_workbook(v1, "portable", inbox / "a.xlsx", Filled(values, "甲区医疗保障局", "2024"))
    _edit(yaml, f'rule: "{OLD_RULE}"', f'rule: "{NEW_RULE}"')
    _build(specs_dir, tmp_path / "out2")
    result = collect(inbox)
    v = result.verified[str(inbox / "a.xlsx")]
    row = next(r for r in v.rows if r.code == "C21")
    assert row.verified == Decimal(5) == score_range("82%", OLD_RULE, 5)
    assert v.basis == "按下发的第1版规则"


def test_unknown_version_is_refused(specs_dir: Path, tmp_path: Path) -> None:
    from jixiao.collect import collect

    v1 = load_spec(specs_dir / f"{SPEC}.yaml")
    inbox = tmp_path / "in"
    inbox.mkdir()
    from dataclasses import replace

    build_workbook(replace(v1, version=7), "portable", inbox / "a.xlsx",
                   Filled(draw_filled(v1, random.Random(1))[0], "甲区", "2024"))
    result = collect(inbox)
    r = result.reports[0]
    assert "issued-unknown" in [f.check for f in r.errors]
    assert result.verified[r.path].total is None  # no 核定 without the issued rules
    assert result.status(r) == "有错误"


def test_title_placeholders() -> None:
    assert render_title("{年度}年{单位名称}评分表", "红塔区医疗保障局", 2024.0) == \
        "2024年红塔区医疗保障局评分表"
    text = (default_specs_dir() / f"{SPEC}.yaml").read_text(encoding="utf-8")
    bad = re.sub(r"^title: .*$", 'title: "{年份}年{单位名称}评分表"', text, count=1, flags=re.M)
    with pytest.raises(SpecError, match="占位符"):
        parse_spec(bad)
    bad = re.sub(r"^title: .*$", 'title: "{年度年评分表"', text, count=1, flags=re.M)
    with pytest.raises(SpecError, match="花括号"):
        parse_spec(bad)


def test_formulas_as_issued_are_accepted_after_jixiao_writes_them_differently(
        specs_dir: Path, tmp_path: Path) -> None:
    """A return keeps the formula text of the jixiao that issued it; a later jixiao writing the
    same rule differently must not call it changed (the archive of issued formulas says so)."""
    import json

    from jixiao.collect import check_one
    from jixiao.verify import _ARCHIVED

    _build(specs_dir, tmp_path / "out")
    spec = load_spec(specs_dir / f"{SPEC}.yaml")
    archive = specs_dir / "issued" / SPEC / "v1.formulas.json"
    doc = json.loads(archive.read_text(encoding="utf-8"))
    cell = "I19"  # B31's score: "*: 5 - 1 per 1"
    old = doc["portable"][cell]
    # what an older jixiao might have written for the same rule: same value, other text
    issued_text = f"({old})"
    assert issued_text != old
    p = tmp_path / "a.xlsx"
    build_workbook(spec, "portable", p, Filled(draw_filled(spec, random.Random(2))[0], "甲", "2024"))
    set_formula(p, cell, issued_text)
    set_custom_property(p, PROP_FORMULAS, None)  # that jixiao recorded no digest of its formulas
    _ARCHIVED.clear()
    findings = check_one(p).report.findings
    assert not [f for f in findings if f.check == "issued-changed"]
    # not in the archive: changed, or written by a build nobody archived — one warning names it
    assert [f.cells for f in findings if f.check == "issued-formulas-unknown"] == [(cell,)]
    doc["portable"][cell] = issued_text
    archive.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    _ARCHIVED.clear()
    assert not [f for f in check_one(p).report.findings if f.check == "issued-changed"]
