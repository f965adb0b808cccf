"""Test helpers: bureau inputs drawn at random, and their expected scores computed
independently of the template builder (straight from the spec with the core
functions ``score_range`` / ``exec_rate`` / ``grade`` and hand arithmetic).
"""

from __future__ import annotations

import random
from decimal import Decimal
from typing import Any

from jixiao import RuleGapError, exec_rate, grade, score_range
from jixiao.rules.grammar import parse_rule
from jixiao.rules.target import count_target, parse_target
from jixiao.templates.build import example_number
from jixiao.templates.spec import IndicatorSpec, TemplateSpec

NA = "缺省"
RATIO_KEYS = ("numerator", "denominator", "carryover")


def ratio_label(ind: IndicatorSpec, key: str) -> str | None:
    sc = ind.scoring
    return {"numerator": sc.numerator or "实际支出", "denominator": sc.denominator or "预算数",
            "carryover": sc.carryover}[key]


def _target(ind: IndicatorSpec) -> Decimal | None:
    t = parse_target(ind.target) if ind.target else None
    return t.value if t is not None else None


def draw_amounts(ind: IndicatorSpec, rng: random.Random) -> dict[str, Any]:
    if getattr(ind.scoring, "sources", ()):  # 转移支付区域表: one pair of amounts per fund source
        return {"sources": {name: _pair(rng) for name in ind.scoring.sources}}
    return _pair(rng, ind.scoring.carryover is not None)


def _pair(rng: random.Random, carry: bool = False) -> dict[str, float]:
    den = round(rng.uniform(1e4, 5e6), 2)
    out = {"numerator": round(den * rng.uniform(0.6, 1.0), 2), "denominator": den}
    if carry:
        out["carryover"] = round(den * rng.uniform(0, 0.2), 2)
    return out


def draw_value(ind: IndicatorSpec, rng: random.Random) -> Any:
    kind = ind.scoring.kind
    if kind == "passfail":
        return rng.choice(["符合", "不符合", NA])
    if kind == "checklist":
        return [rng.choice(["是", "否"]) for _ in ind.scoring.items]
    if kind == "judgement":
        return round(rng.uniform(0, float(ind.weight)), 1)
    if kind == "qualitative":  # 达成 80–100 %, 部分达成 50–80 %, 未达成 0–50 % of the weight
        answer, lo, hi = rng.choice([("达成", 0.8, 1.0), ("部分达成", 0.5, 0.8), ("未达成", 0.0, 0.5)])
        return {"value": answer,
                "score": round(float(ind.weight) * rng.uniform(lo + 0.01, hi - 0.01), 2)}
    if kind == "target":  # 实际完成值 around the row's own target
        t = _target(ind)
        # a count target ("≥50个") takes whole numbers: 44.72 个 is refused since p33 (same draws, rounded)
        whole = ind.target is not None and (pt := parse_target(ind.target)) is not None and count_target(pt)
        return round(float(t or 1) * rng.uniform(0.6, 1.3), None if whole else 4) if t else rng.randint(0, 3)
    if rng.random() < 0.08:
        return NA
    rule = ind.scoring.rule or ""
    levels = _levels(rule)
    if levels:  # a rule of text levels ("明确": 2; "明确性不足": 1; *: 0): a level's name or its negation, as typed
        return rng.choice(levels)
    from jixiao.rules.target import whole_count_row

    # a count row ("*: W - 25%W per 1", 处) draws whole numbers: 1.5 处 is refused since p28 (same draws, rounded)
    whole = bool(rule) and whole_count_row(parse_rule(rule), ind.scoring.unit)
    if "%" in rule:
        x = rng.uniform(0.5, 1.1)
        return round(x * 5) if whole else round(x, 4)
    base = example_number(ind)
    if base is None or base == 0:
        return rng.randint(0, 5)
    return round(float(base) * rng.uniform(0.5, 1.5), None if whole else 2)


def _levels(rule: str) -> list[str]:
    """The answers a rule of text levels only scores: its levels' names and, under its 否则, "不" + the first."""
    from jixiao.rules.model import Text

    r = parse_rule(rule) if rule else None
    if r is None or not r.is_qualitative or r.compares_numbers:
        return []
    names = [c.condition.text for c in r.clauses if isinstance(c.condition, Text)]
    return names + (["不" + names[0]] if r.has_otherwise else [])


def expected_score(ind: IndicatorSpec, value: Any) -> Decimal:
    """The row's score from the spec, by hand or with the core functions."""
    sc, w = ind.scoring, ind.weight
    if sc.kind == "judgement":
        return Decimal(str(value))
    if sc.kind == "qualitative":  # the typed score (drawn inside its answer's band)
        return Decimal(str(value["score"]))
    if sc.kind == "target":  # the national default rule on the row's target T
        return parse_rule(sc.rule).score(value, w, _target(ind))
    if sc.kind == "passfail":  # 符合得满分，否则不得分; 缺省 → full marks
        return w if value in ("符合", NA) else Decimal(0)
    if sc.kind == "checklist":
        if any(item.gate and a != "是" for item, a in zip(sc.items, value, strict=True)):
            return Decimal(0)  # 满足①…否则此指标不得分
        got = sum((item.points if item.points is not None else item.share * w
                   for item, a in zip(sc.items, value, strict=True) if a == "是"), Decimal(0))
        return min(w, got)
    if sc.kind == "ratio" and "sources" in value:  # the (合计) lines add the sources up
        num = sum(Decimal(str(v["numerator"])) for v in value["sources"].values())
        den = sum(Decimal(str(v["denominator"])) for v in value["sources"].values())
        return score_range(exec_rate(num, den), sc.rule, w)
    if sc.kind == "ratio":
        rate = exec_rate(value["numerator"], value["denominator"], value.get("carryover", 0))
        return score_range(rate, sc.rule, w)
    if value == NA:  # 本项指标按缺省处理，得满分
        return w
    return score_range(value, sc.rule, w)


def draw_filled(spec: TemplateSpec, rng: random.Random,
                amounts: dict[str, dict[str, float]] | None = None
                ) -> tuple[dict[str, Any], Decimal]:
    """Values for every row (no rule gaps) and the expected total."""
    values: dict[str, Any] = {}
    total = Decimal(0)
    for ind in spec.indicators():
        for _attempt in range(50):
            if ind.scoring.kind == "ratio":
                v: Any = (amounts or {}).get(ind.path) or draw_amounts(ind, rng)
            else:
                v = draw_value(ind, rng)
            try:
                s = expected_score(ind, v)
            except RuleGapError:  # a gap in the published bands: draw again
                if amounts and ind.path in amounts:
                    amounts.pop(ind.path)
                continue
            break
        else:  # pragma: no cover
            msg = f"no gap-free value for {ind.path}"
            raise AssertionError(msg)
        values[ind.path] = v
        total += s
    return values, total


def expected_grade(spec: TemplateSpec, total: Decimal) -> str:
    return grade(total, spec.grade_scheme, spec.full)


def distribute_roster(wb: Any, base: Any, template: str) -> tuple[Any, Any]:
    """Save roster workbook ``wb`` as base/名单.xlsx and run ``jixiao distribute`` into base/收回."""
    from click.testing import CliRunner

    from jixiao.cli import cli

    roster = base / "名单.xlsx"
    wb.save(roster)
    inbox = base / "收回"
    res = CliRunner().invoke(cli, ["distribute", "--template", template, "--roster", str(roster),
                                   "--out", str(inbox)])
    assert res.exit_code == 0, res.output
    return roster, inbox


def specs_copy(tmp_path: Any, monkeypatch: Any, spec_id: str) -> Any:
    """A specs folder holding a copy of one shipped spec, used by validate and collect (as
    ``--specs`` would); the cache of known specs emptied. Returns the folder."""
    import shutil

    import jixiao.validation.template_checks as tc
    from jixiao.templates.spec import default_specs_dir

    d = tmp_path / "specs"
    d.mkdir()
    shutil.copyfile(default_specs_dir() / f"{spec_id}.yaml", d / f"{spec_id}.yaml")
    monkeypatch.setenv("JIXIAO_SPECS_DIR", str(d))
    monkeypatch.setattr(tc, "_SPECS", {})
    return d
