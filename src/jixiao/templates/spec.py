"""Declarative indicator specs (评分表模板, YAML): load, validate, hash.

A spec describes one published 评分表: its 一级 sections, 二级 groups and 三级
rows (one row = one :class:`IndicatorSpec`), with each row's verbatim 评分标准,
weight, machine scoring (:class:`Scoring`), the problems found in the published
text (:class:`KnownIssue`, recorded, never fixed) and what the source report
printed for that row (:class:`Example`). The schema is documented in
``workbook_templates/specs/README.md``.

Loading validates everything and raises :class:`jixiao.errors.SpecError`
whose message names the file, the path inside the document (for example
``sections[2].groups[0].indicators[1].weight``) and the problem, in Chinese.

Only ``yaml.safe_load`` is used. Rule texts are checked with ``jixiao.rules.grammar``.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

import yaml

from jixiao.errors import InputError, JixiaoError, ScoringError, SpecError
from jixiao.grading import NOT_GRADED, grade, grade_withheld, parse_scheme
from jixiao.rules.grammar import parse_rule
from jixiao.rules.model import Rule

__all__ = [
    "ChecklistItem",
    "Example",
    "Group",
    "IndicatorSpec",
    "KnownIssue",
    "Scoring",
    "Section",
    "TemplateSpec",
    "default_specs_dir",
    "load_all_specs",
    "load_spec",
    "issued_spec",
    "parse_grade_scheme",
    "record_issue",
    "render_title",
    "rules_fingerprint",
    "spec_hash",
    "spec_to_dict",
]

KINDS = ("rule", "checklist", "passfail", "judgement", "ratio", "target", "qualitative")
EXTRA_COLUMNS = ("得分率", "评分过程", "指标解释")
#: known_issue checks that excuse a checklist whose items do not add up to the weight,
#: or a rule whose best outcome is not the weight
MAX_WEIGHT_CHECKS = frozenset({"rule-max-weight"})
#: known_issue check that excuses a section/group/spec whose weight is not the sum of its rows
WEIGHT_SUM_CHECK = "weight-sum"

_ID_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_CHECK_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_ENV_DIR = "JIXIAO_SPECS_DIR"


# ---------------------------------------------------------------------------
# data classes
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class KnownIssue:
    """A problem in the published table, recorded as found (not fixed)."""

    check: str
    note: str


@dataclass(frozen=True)
class ChecklistItem:
    """One item of a checklist: absolute ``points`` or a ``share`` of the weight.

    ``gate``: the item is a precondition (满足①得20%权重分，否则此指标不得分):
    when it is not met the whole row scores 0.
    """

    text: str
    points: Decimal | None = None
    share: Decimal | None = None
    gate: bool = False

    def value(self, weight: Decimal) -> Decimal:
        """Points this item is worth on a row of ``weight``."""
        if self.points is not None:
            return self.points
        assert self.share is not None
        return self.share * weight


@dataclass(frozen=True)
class Scoring:
    """How a row is scored; exactly one ``kind`` of :data:`KINDS`."""

    kind: str
    rule: str | None = None
    items: tuple[ChecklistItem, ...] = ()
    numerator: str | None = None
    denominator: str | None = None
    carryover: str | None = None
    unit: str | None = None
    #: ratio rows of a 转移支付区域表: fund sources (中央资金, 地方资金) laid out under the total
    sources: tuple[str, ...] = ()


@dataclass(frozen=True)
class Example:
    """What the seed report printed for this row.

    ``value``: 业绩值 as printed (text, list for checklists, mapping for ratios);
    ``input``: what to type as 业绩值 when the printed value is prose (derived from
    the printed text, e.g. 未发现 → 0); ``score``: 得分 as printed.
    """

    value: Any = None
    score: Decimal | None = None
    source: str = ""
    input: Any = None


@dataclass(frozen=True)
class IndicatorSpec:
    """A 三级指标: one row of the table."""

    name: str
    weight: Decimal
    scoring: Scoring
    seq: int | None = None
    code: str | None = None
    target: str | None = None
    standard: str | None = None
    explanation: str | None = None
    known_issues: tuple[KnownIssue, ...] = ()
    example: Example | None = None
    #: where the row is in the document, e.g. "sections[0].groups[1].indicators[0]"
    path: str = ""
    section: str = ""
    group: str = ""

    def has_issue(self, *checks: str) -> bool:
        return any(k.check in checks for k in self.known_issues)


@dataclass(frozen=True)
class Group:
    """A 二级指标 and its rows."""

    name: str
    indicators: tuple[IndicatorSpec, ...]
    weight: Decimal | None = None
    known_issues: tuple[KnownIssue, ...] = ()


@dataclass(frozen=True)
class Section:
    """A 一级指标 and its groups."""

    name: str
    groups: tuple[Group, ...]
    weight: Decimal | None = None
    known_issues: tuple[KnownIssue, ...] = ()

    def indicators(self) -> Iterator[IndicatorSpec]:
        for g in self.groups:
            yield from g.indicators

    def row_sum(self) -> Decimal:
        return sum((i.weight for i in self.indicators()), Decimal(0))


@dataclass(frozen=True)
class TemplateSpec:
    """One published 评分表."""

    id: str
    version: int
    title: str
    source: str
    full: Decimal
    sections: tuple[Section, ...]
    grade_scheme: str | None = None
    extra_columns: tuple[str, ...] = ()
    known_issues: tuple[KnownIssue, ...] = ()
    path: Path | None = field(default=None, compare=False)

    def indicators(self) -> Iterator[IndicatorSpec]:
        """All rows in table order."""
        for s in self.sections:
            yield from s.indicators()

    def rows(self) -> Iterator[tuple[Section, Group, IndicatorSpec]]:
        """(一级, 二级, 三级) for every row in table order."""
        for s in self.sections:
            for g in s.groups:
                for i in g.indicators:
                    yield s, g, i

    def grades(self) -> tuple[tuple[Decimal, str], ...]:
        """The grade bands, highest first: ((90, "优"), (80, "良"), ...)."""
        return parse_grade_scheme(self.grade_scheme)

    @property
    def grade_withheld(self) -> str | None:
        """Why this table's totals get no grade (full marks other than 100 and no scheme of its own),
        or ``None`` (:func:`jixiao.grading.grade_withheld`)."""
        return grade_withheld(self.full, self.grade_scheme)

    def grade(self, total: Any) -> str:
        """The grade label for a total score (:func:`jixiao.grading.grade` with this scheme).

        Raises:
            ScoringError: no grade on this table's base (:attr:`grade_withheld`), or the total is out of range.
        """
        why = self.grade_withheld
        if why is not None:
            raise ScoringError(f"{NOT_GRADED}：{why}", f"not graded: full marks {self.full}, no grade scheme")
        return grade(total, self.grade_scheme, self.full)

    def title_for(self, bureau: str | None = None, year: Any = None) -> str:
        """The title with ``{单位名称}`` / ``{年度}`` filled (:func:`render_title`)."""
        return render_title(self.title, bureau, year)


# ---------------------------------------------------------------------------
# title patterns
# ---------------------------------------------------------------------------

#: placeholders a spec title may hold
TITLE_FIELDS = ("年度", "单位名称")
#: what an unfilled placeholder shows in a blank template
TITLE_BLANK = {"年度": "＿＿＿＿", "单位名称": "＿＿＿＿＿＿"}
_PLACEHOLDER = re.compile(r"\{([^{}]*)\}")


def title_problem(pattern: str) -> str | None:
    """Why ``pattern`` is not a valid title pattern (Chinese), or None.

    >>> title_problem("{年度}年{单位名称}评分表") is None, title_problem("{单位}评分表")
    (True, '标题中的占位符“{单位}”无效，只能用 {年度}、{单位名称}')
    """
    for name in _PLACEHOLDER.findall(pattern):
        if name not in TITLE_FIELDS:
            return f"标题中的占位符“{{{name}}}”无效，只能用 {{年度}}、{{单位名称}}"
    if "{" in _PLACEHOLDER.sub("", pattern) or "}" in _PLACEHOLDER.sub("", pattern):
        return "标题中的花括号不成对（占位符写作 {年度}、{单位名称}）"
    return None


def year_text(year: Any) -> str | None:
    """"2024" from 2024, 2024.0, "2024年", "2024年度"; other text as given; None when blank.

    >>> year_text(2024.0), year_text(" 2024年度 "), year_text(""), year_text("二〇二四")
    ('2024', '2024', None, '二〇二四')
    """
    if year is None:
        return None
    if isinstance(year, float) and year.is_integer():
        year = int(year)
    t = " ".join(str(year).split())
    if not t:
        return None
    m = re.fullmatch(r"(\d{4})(?:\.0+)?\s*年?度?", t)
    return m.group(1) if m else t


def render_title(pattern: str, bureau: str | None = None, year: Any = None) -> str:
    """Fill ``{单位名称}`` and ``{年度}``; blanks (a blank template) show as ＿＿.

    >>> render_title("{年度}年{单位名称}评分表", "红塔区医疗保障局", "2024年")
    '2024年红塔区医疗保障局评分表'
    >>> render_title("{年度}年{单位名称}评分表")
    '＿＿＿＿年＿＿＿＿＿＿评分表'
    """
    given = {"年度": year_text(year), "单位名称": (" ".join(str(bureau).split()) if bureau else None)}
    return _PLACEHOLDER.sub(lambda m: given.get(m.group(1)) or TITLE_BLANK.get(m.group(1), ""),
                            pattern)


# ---------------------------------------------------------------------------
# grade schemes
# ---------------------------------------------------------------------------

#: 财预〔2020〕10号: 优 ≥ 90, 良 80–90, 中 60–80, 差 < 60
def parse_grade_scheme(text: str | None) -> tuple[tuple[Decimal, str], ...]:
    """Parse "90:好;80:较好;60:一般;0:差" (lower bounds, highest first); None → national.

    The one grade-scheme reader is :func:`jixiao.grading.parse_scheme`; a spec is
    stricter: no repeated bounds, and the lowest band starts at 0.

    Raises:
        ValueError: the text is not of that form (message in Chinese).
    """
    try:
        bands = parse_scheme(text).bands
    except InputError as e:
        raise ValueError(e.message_zh) from None
    lows = [b[0] for b in bands]
    written = [label for part in str(text or "").split(";") if ":" in part
               for label in [part.split(":", 1)[1].strip()]]
    if len(set(lows)) != len(lows) or (written and written != [b[1] for b in bands]):
        raise ValueError("等级下限应从高到低严格递减")
    if lows[-1] != 0:
        raise ValueError("最后一个等级的下限应为 0")
    return bands


# ---------------------------------------------------------------------------
# validation helpers
# ---------------------------------------------------------------------------


class _Ctx:
    """Carries the file name for error messages."""

    def __init__(self, file: str) -> None:
        self.file = file

    def fail(self, path: str, problem_zh: str, problem_en: str = "") -> SpecError:
        where = f"{self.file}：{path}" if path else self.file
        en = f"{self.file}: {path}: {problem_en}" if problem_en else ""
        return SpecError(f"指标规格文件 {where}：{problem_zh}", en)


def _type_name(v: Any) -> str:
    if v is None:
        return "空值"
    if isinstance(v, bool):
        return "逻辑值"
    if isinstance(v, int | float):
        return f"数字 {v!r}"
    if isinstance(v, str):
        return f"文字“{v}”"
    if isinstance(v, list):
        return "列表"
    if isinstance(v, dict):
        return "映射"
    return type(v).__name__


def _join(path: str, key: str | int) -> str:
    if isinstance(key, int):
        return f"{path}[{key}]"
    return f"{path}.{key}" if path else key


def _mapping(ctx: _Ctx, v: Any, path: str, required: set[str], optional: set[str]) -> dict:
    if not isinstance(v, dict):
        raise ctx.fail(path, f"应为映射（键: 值），实际为{_type_name(v)}", "expected a mapping")
    for k in v:
        if not isinstance(k, str):
            raise ctx.fail(path, f"键 {k!r} 不是文字", "non-string key")
        if k not in required and k not in optional:
            allowed = "、".join(sorted(required | optional))
            raise ctx.fail(
                _join(path, k), f"未知的键“{k}”（允许的键：{allowed}）", f"unknown key {k!r}"
            )
    missing = [k for k in sorted(required) if k not in v]
    if missing:
        raise ctx.fail(
            _join(path, missing[0]), f"缺少必需的键“{missing[0]}”", f"missing key {missing[0]!r}"
        )
    return v


def _str(ctx: _Ctx, v: Any, path: str, *, nullable: bool = False, nonempty: bool = True) -> Any:
    if v is None and nullable:
        return None
    if not isinstance(v, str):
        raise ctx.fail(path, f"应为文字，实际为{_type_name(v)}", "expected a string")
    if nonempty and not v.strip():
        raise ctx.fail(path, "不能为空文字", "must not be empty")
    return v


def _num(ctx: _Ctx, v: Any, path: str, *, nullable: bool = False, positive: bool = False) -> Any:
    if v is None and nullable:
        return None
    if isinstance(v, bool) or not isinstance(v, int | float):
        raise ctx.fail(path, f"应为数字，实际为{_type_name(v)}", "expected a number")
    d = Decimal(repr(v)) if isinstance(v, float) else Decimal(v)
    if not d.is_finite():
        raise ctx.fail(path, "应为有限数字", "expected a finite number")
    if d < 0 or (positive and d == 0):
        raise ctx.fail(path, f"应为{'正数' if positive else '非负数'}，实际为 {v}", "out of range")
    return d


def _int(ctx: _Ctx, v: Any, path: str, *, nullable: bool = False) -> Any:
    if v is None and nullable:
        return None
    if isinstance(v, bool) or not isinstance(v, int):
        raise ctx.fail(path, f"应为整数，实际为{_type_name(v)}", "expected an integer")
    return v


def _list(ctx: _Ctx, v: Any, path: str, *, nonempty: bool = True) -> list:
    if not isinstance(v, list):
        raise ctx.fail(path, f"应为列表，实际为{_type_name(v)}", "expected a list")
    if nonempty and not v:
        raise ctx.fail(path, "列表不能为空", "list must not be empty")
    return v


def _fmt(d: Decimal) -> str:
    if d == d.to_integral_value():
        return str(d.quantize(Decimal(1)))
    return format(d.normalize(), "f")


# ---------------------------------------------------------------------------
# building
# ---------------------------------------------------------------------------


def _known_issues(ctx: _Ctx, v: Any, path: str) -> tuple[KnownIssue, ...]:
    if v is None:
        return ()
    out = []
    for i, item in enumerate(_list(ctx, v, path, nonempty=False)):
        p = _join(path, i)
        m = _mapping(ctx, item, p, {"check", "note"}, set())
        check = _str(ctx, m["check"], _join(p, "check"))
        if not _CHECK_RE.match(check):
            raise ctx.fail(
                _join(p, "check"),
                f"检查名“{check}”只能由小写字母、数字和连字符组成（如 rule-gap）",
                "bad check name",
            )
        out.append(KnownIssue(check=check, note=_str(ctx, m["note"], _join(p, "note"))))
    return tuple(out)


def _parse_rule(ctx: _Ctx, text: str, path: str) -> Rule:
    """Parse a spec's rule text; a SpecError names the path when it does not parse."""
    try:
        return parse_rule(text)
    except Exception as e:  # RuleSyntaxError and anything the grammar raises
        raise ctx.fail(path, f"规则文本“{text}”无法解析：{e}", f"rule does not parse: {e}") from None


def _scoring(ctx: _Ctx, v: Any, path: str, weight: Decimal, issues: tuple[KnownIssue, ...]) -> Scoring:
    if not isinstance(v, dict):
        raise ctx.fail(path, f"应为映射，实际为{_type_name(v)}", "expected a mapping")
    kind = v.get("kind")
    if kind not in KINDS:
        raise ctx.fail(
            _join(path, "kind"),
            f"计分方式“{kind}”无效，应为 {' | '.join(KINDS)} 之一",
            "invalid kind",
        )
    optional = {"unit"}
    required = {"kind"}
    if kind == "rule":
        required |= {"rule"}
    elif kind == "ratio":
        required |= {"rule"}
        optional |= {"numerator", "denominator", "carryover", "sources"}
    elif kind == "checklist":
        required |= {"items"}
    m = _mapping(ctx, v, path, required, optional)
    unit = _str(ctx, m.get("unit"), _join(path, "unit"), nullable=True)
    max_excused = any(k.check in MAX_WEIGHT_CHECKS for k in issues)

    if kind in ("rule", "ratio"):
        rule_text = _str(ctx, m["rule"], _join(path, "rule"))
        rule = _parse_rule(ctx, rule_text, _join(path, "rule"))
        best = rule.max_points(weight)
        if best != weight and not max_excused:
            raise ctx.fail(
                _join(path, "rule"),
                f"规则最高得分 {_fmt(best)} 与分值 {_fmt(weight)} 不符；"
                "若原文如此，请在 known_issues 中记录 rule-max-weight",
                "rule maximum differs from the weight",
            )
        return Scoring(
            kind=kind,
            rule=rule_text,
            numerator=_str(ctx, m.get("numerator"), _join(path, "numerator"), nullable=True),
            denominator=_str(ctx, m.get("denominator"), _join(path, "denominator"), nullable=True),
            carryover=_str(ctx, m.get("carryover"), _join(path, "carryover"), nullable=True),
            unit=unit,
            sources=tuple(_str(ctx, x, _join(_join(path, "sources"), i))
                          for i, x in enumerate(_list(ctx, m.get("sources", []),
                                                      _join(path, "sources"), nonempty=False))),
        )
    if kind == "checklist":
        items = []
        for i, it in enumerate(_list(ctx, m["items"], _join(path, "items"))):
            p = _join(_join(path, "items"), i)
            im = _mapping(ctx, it, p, {"text"}, {"points", "share", "gate"})
            text = _str(ctx, im["text"], _join(p, "text"))
            has_p, has_s = "points" in im, "share" in im
            if has_p == has_s:
                raise ctx.fail(
                    p, "每个清单项须且只能写 points（分）或 share（权重比例）之一",
                    "exactly one of points/share",
                )
            points = _num(ctx, im["points"], _join(p, "points")) if has_p else None
            share = _num(ctx, im["share"], _join(p, "share")) if has_s else None
            if share is not None and share > 1:
                raise ctx.fail(
                    _join(p, "share"), f"share 是权重比例（0~1），实际为 {_fmt(share)}",
                    "share must be within 0..1",
                )
            gate = im.get("gate", False)
            if not isinstance(gate, bool):
                raise ctx.fail(_join(p, "gate"), f"应为 true/false，实际为{_type_name(gate)}",
                               "expected a boolean")
            items.append(ChecklistItem(text=text, points=points, share=share, gate=gate))
        total = sum((it.value(weight) for it in items), Decimal(0))
        if total != weight and not max_excused:
            raise ctx.fail(
                _join(path, "items"),
                f"清单各项合计 {_fmt(total)} 分，与分值 {_fmt(weight)} 不符；"
                "若原文如此，请在 known_issues 中记录 rule-max-weight",
                "checklist items do not add up to the weight",
            )
        return Scoring(kind=kind, items=tuple(items), unit=unit)
    return Scoring(kind=kind, unit=unit)


def _example(ctx: _Ctx, v: Any, path: str) -> Example | None:
    if v is None:
        return None
    m = _mapping(ctx, v, path, {"source"}, {"value", "score", "input"})
    value = m.get("value")
    if not (value is None or isinstance(value, str | int | float | list | dict)) or isinstance(
        value, bool
    ):
        raise ctx.fail(_join(path, "value"), f"类型不支持：{_type_name(value)}", "bad value type")
    return Example(
        value=value,
        score=_num(ctx, m.get("score"), _join(path, "score"), nullable=True),
        source=_str(ctx, m["source"], _join(path, "source")),
        input=m.get("input"),
    )


def _indicator(ctx: _Ctx, v: Any, path: str, section: str, group: str) -> IndicatorSpec:
    m = _mapping(
        ctx, v, path,
        {"name", "weight", "scoring"},
        {"seq", "code", "target", "standard", "explanation", "known_issues", "example"},
    )
    weight = _num(ctx, m["weight"], _join(path, "weight"), positive=True)
    issues = _known_issues(ctx, m.get("known_issues"), _join(path, "known_issues"))
    scoring = _scoring(ctx, m["scoring"], _join(path, "scoring"), weight, issues)
    if scoring.kind == "target":
        scoring = _target_scoring(ctx, m.get("target"), _join(path, "target"), scoring)
    if scoring.kind in ("rule", "ratio") and scoring.rule and parse_rule(scoring.rule).uses_target:
        _rule_target(ctx, parse_rule(scoring.rule), m.get("target"), _join(path, "target"), scoring.kind)
    return IndicatorSpec(
        name=_str(ctx, m["name"], _join(path, "name")),
        weight=weight,
        scoring=scoring,
        seq=_int(ctx, m.get("seq"), _join(path, "seq"), nullable=True),
        code=_str(ctx, m.get("code"), _join(path, "code"), nullable=True),
        target=_str(ctx, m.get("target"), _join(path, "target"), nullable=True),
        standard=_str(ctx, m.get("standard"), _join(path, "standard"), nullable=True),
        explanation=_str(ctx, m.get("explanation"), _join(path, "explanation"), nullable=True),
        known_issues=issues,
        example=_example(ctx, m.get("example"), _join(path, "example")),
        path=path,
        section=section,
        group=group,
    )


def target_unit(target: Any) -> str | None:
    """The unit of a 指标值 printed with 千/万/亿 ("≥90万元" → "万元"), else ``None``. A rule on the row's own 指标值
    compares with ``Rule.target_number`` (in that unit: 90), in the template, ``templates new`` and collect alike;
    this is the scale a 业绩值 typed as text with its own unit ("95万元", read by ``parse_number`` as 950000) must be
    put on (``numbers.number_in_unit``)."""
    from jixiao.numbers import unit_multiplier
    from jixiao.rules.target import parse_target

    pt = parse_target(target) if isinstance(target, str) else None
    return pt.unit if pt is not None and unit_multiplier(pt.unit)[0] else None


def _rule_target(ctx: _Ctx, rule: Rule, target: Any, path: str, kind: str) -> None:
    """A rule that refers to the row's own 指标值 (``T``, "达到目标值得满分") needs one that reads as a
    number ("≥90%", "6") the way the rule compares it; the template puts that number into the score formula."""
    shown = target if target is not None else ""
    if kind == "ratio":
        raise ctx.fail(path, f"计分规则引用了本行指标值 T（比率行不支持），指标值“{shown}”；请改写计分规则",
                       "a ratio rule cannot refer to T")
    try:
        rule.target_number(target)
    except JixiaoError as e:
        raise ctx.fail(path, f"计分规则引用了本行指标值 T，但指标值“{shown}”不能用于计分：{e.message_zh}"
                             "（应如“≥90%”“6”）；请改正指标值，或把数值写进计分规则",
                       "the rule refers to T but the row's target cannot be used") from None


def _target_scoring(ctx: _Ctx, target: Any, path: str, scoring: Scoring) -> Scoring:
    """A ``target`` row (self-evaluation 定量): its target text gives the default rule."""
    from jixiao.rules.target import default_rule, parse_target

    t = parse_target(target) if isinstance(target, str) else None
    if t is None or not t.stated_op:
        raise ctx.fail(path, f"kind: target 的行须有带比较符的指标值（如“≥95%”“≤90万元”“=100%”），"
                             f"实际为“{target}”", "a target row needs a target such as ≥95%")
    unit = scoring.unit if scoring.unit is not None else ("%" if t.is_percent else t.unit)
    return Scoring(kind="target", rule=str(default_rule(t)), unit=unit or None)


def _check_sum(
    ctx: _Ctx, path: str, what: str, stated: Decimal | None, rows: Decimal,
    issues: tuple[KnownIssue, ...],
) -> None:
    if stated is None or stated == rows:
        return
    if any(k.check == WEIGHT_SUM_CHECK for k in issues):
        return
    raise ctx.fail(
        _join(path, "weight"),
        f"{what}标明 {_fmt(stated)} 分，但其下各行分值合计 {_fmt(rows)} 分；"
        f"若原文如此，请在该层 known_issues 中记录 {WEIGHT_SUM_CHECK}",
        "stated weight differs from the sum of its rows",
    )


def _build(ctx: _Ctx, doc: Any) -> TemplateSpec:
    m = _mapping(
        ctx, doc, "",
        {"id", "version", "title", "source", "full", "sections"},
        {"grade_scheme", "extra_columns", "known_issues"},
    )
    sid = _str(ctx, m["id"], "id")
    if not _ID_RE.match(sid):
        raise ctx.fail("id", f"id“{sid}”只能由小写字母、数字和连字符组成", "bad id")
    version = _int(ctx, m["version"], "version")
    if version < 1:
        raise ctx.fail("version", f"版本号应为正整数，实际为 {version}", "version must be >= 1")
    full = _num(ctx, m["full"], "full", positive=True)
    grade_scheme = _str(ctx, m.get("grade_scheme"), "grade_scheme", nullable=True)
    try:
        parse_grade_scheme(grade_scheme)
    except ValueError as e:
        raise ctx.fail("grade_scheme", str(e), "bad grade scheme") from None
    extra = m.get("extra_columns")
    extra_cols: tuple[str, ...] = ()
    if extra is not None:
        cols = []
        for i, c in enumerate(_list(ctx, extra, "extra_columns", nonempty=False)):
            c = _str(ctx, c, _join("extra_columns", i))
            if c not in EXTRA_COLUMNS:
                raise ctx.fail(
                    _join("extra_columns", i),
                    f"附加列“{c}”无效，应为 {'、'.join(EXTRA_COLUMNS)} 之一",
                    "unknown extra column",
                )
            if c in cols:
                raise ctx.fail(_join("extra_columns", i), f"附加列“{c}”重复", "duplicate column")
            cols.append(c)
        extra_cols = tuple(cols)
    spec_issues = _known_issues(ctx, m.get("known_issues"), "known_issues")

    sections = []
    for si, sv in enumerate(_list(ctx, m["sections"], "sections")):
        sp = _join("sections", si)
        sm = _mapping(ctx, sv, sp, {"name", "groups"}, {"weight", "known_issues"})
        sname = _str(ctx, sm["name"], _join(sp, "name"))
        sweight = _num(ctx, sm.get("weight"), _join(sp, "weight"), nullable=True, positive=True)
        sissues = _known_issues(ctx, sm.get("known_issues"), _join(sp, "known_issues"))
        groups = []
        for gi, gv in enumerate(_list(ctx, sm["groups"], _join(sp, "groups"))):
            gp = _join(_join(sp, "groups"), gi)
            gm = _mapping(ctx, gv, gp, {"name", "indicators"}, {"weight", "known_issues"})
            gname = _str(ctx, gm["name"], _join(gp, "name"))
            gweight = _num(ctx, gm.get("weight"), _join(gp, "weight"), nullable=True, positive=True)
            gissues = _known_issues(ctx, gm.get("known_issues"), _join(gp, "known_issues"))
            rows = tuple(
                _indicator(ctx, iv, _join(_join(gp, "indicators"), ii), sname, gname)
                for ii, iv in enumerate(_list(ctx, gm["indicators"], _join(gp, "indicators")))
            )
            group = Group(name=gname, indicators=rows, weight=gweight, known_issues=gissues)
            _check_sum(ctx, gp, f"二级指标“{gname}”", gweight,
                       sum((r.weight for r in rows), Decimal(0)), gissues)
            groups.append(group)
        section = Section(name=sname, groups=tuple(groups), weight=sweight, known_issues=sissues)
        _check_sum(ctx, sp, f"一级指标“{sname}”", sweight, section.row_sum(), sissues)
        sections.append(section)

    rows_total = sum((s.row_sum() for s in sections), Decimal(0))
    if rows_total != full and not any(k.check == WEIGHT_SUM_CHECK for k in spec_issues):
        raise ctx.fail(
            "full",
            f"满分为 {_fmt(full)} 分，但全部行分值合计 {_fmt(rows_total)} 分；"
            f"若原文如此，请在顶层 known_issues 中记录 {WEIGHT_SUM_CHECK}",
            "full differs from the sum of all rows",
        )
    stated = [s.weight for s in sections]
    if all(w is not None for w in stated):
        ssum = sum(stated, Decimal(0))  # type: ignore[arg-type]
        if ssum != full and not any(k.check == WEIGHT_SUM_CHECK for k in spec_issues):
            raise ctx.fail(
                "sections",
                f"一级指标分值合计 {_fmt(ssum)} 分，与满分 {_fmt(full)} 分不符",
                "section weights do not add up to full",
            )

    title = _str(ctx, m["title"], "title")
    if (why := title_problem(title)) is not None:
        raise ctx.fail("title", why, "bad title placeholder")
    return TemplateSpec(
        id=sid,
        version=version,
        title=title,
        source=_str(ctx, m["source"], "source"),
        full=full,
        sections=tuple(sections),
        grade_scheme=grade_scheme,
        extra_columns=extra_cols,
        known_issues=spec_issues,
    )


# ---------------------------------------------------------------------------
# public API
# ---------------------------------------------------------------------------


def parse_spec(text: str, file: str = "<文本>") -> TemplateSpec:
    """Validate and build a spec from YAML text (``file`` names it in error messages)."""
    ctx = _Ctx(file)
    try:
        doc = yaml.safe_load(text)
    except yaml.YAMLError as e:
        raise ctx.fail("", f"YAML 语法错误：{e}", f"YAML syntax error: {e}") from None
    return _build(ctx, doc)


def load_spec(path: str | os.PathLike[str]) -> TemplateSpec:
    """Load and validate one spec file; its name must be ``<id>.yaml``.

    Raises:
        SpecError: the file cannot be read or is invalid (message names file and path).
    """
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        raise SpecError(f"指标规格文件 {p} 无法读取：{e}", f"cannot read {p}: {e}") from None
    spec = parse_spec(text, p.name)
    if p.suffix in (".yaml", ".yml") and p.stem != spec.id:
        raise _Ctx(p.name).fail(
            "id", f"文件名应为“{spec.id}.yaml”（与 id 一致）", "file name must be <id>.yaml"
        )
    return _replace_path(spec, p)


def _replace_path(spec: TemplateSpec, p: Path) -> TemplateSpec:
    from dataclasses import replace  # noqa: PLC0415

    return replace(spec, path=p)


def default_specs_dir() -> Path:
    """$JIXIAO_SPECS_DIR, else ``<repo>/workbook_templates/specs`` found from this package."""
    env = os.environ.get(_ENV_DIR)
    if env:
        return Path(env)
    return _shipped_specs_dir()


@functools.lru_cache(maxsize=1)
def _shipped_specs_dir() -> Path:
    """The shipped folder, found once per process (``known_specs`` asks for every checked table)."""
    here = Path(__file__).resolve()
    for parent in here.parents:
        cand = parent / "workbook_templates" / "specs"
        if cand.is_dir():
            return cand
    return here.parents[3] / "workbook_templates" / "specs"


def use_specs_dir(path: str | os.PathLike[str]) -> None:
    """Look up templates and their issued versions in ``path`` (``--specs`` of validate and
    collect: the folder given to ``templates build --specs``), in this process and in the worker
    processes it starts (they inherit the environment)."""
    os.environ[_ENV_DIR] = str(Path(path).resolve())


def load_all_specs(dir: str | os.PathLike[str] | None = None) -> list[TemplateSpec]:  # noqa: A002
    """Load every ``*.yaml`` in ``dir`` (default :func:`default_specs_dir`), sorted by id.

    Raises:
        SpecError: a file is invalid, or two files share an id.
    """
    d = Path(dir) if dir is not None else default_specs_dir()
    if not d.is_dir():
        raise SpecError(f"指标规格目录 {d} 不存在", f"spec directory {d} does not exist")
    specs: list[TemplateSpec] = []
    seen: dict[str, Path] = {}
    for p in sorted(d.glob("*.yaml")) + sorted(d.glob("*.yml")):
        spec = load_spec(p)
        if spec.id in seen:
            raise SpecError(
                f"指标规格文件 {p.name}：id“{spec.id}”与 {seen[spec.id].name} 重复",
                f"{p.name}: duplicate id {spec.id!r}",
            )
        seen[spec.id] = p
        specs.append(spec)
    return sorted(specs, key=lambda s: s.id)


def _jsonable(v: Any) -> Any:
    if isinstance(v, Decimal):
        return _fmt(v)
    if isinstance(v, tuple | list):
        return [_jsonable(x) for x in v]
    if isinstance(v, dict):
        return {k: _jsonable(x) for k, x in v.items()}
    return v


def spec_to_dict(spec: TemplateSpec, *, examples: bool = True) -> dict[str, Any]:
    """A plain, JSON-ready dict of the spec's content (numbers as decimal text)."""

    def issues(ks: tuple[KnownIssue, ...]) -> list[dict[str, str]]:
        return [{"check": k.check, "note": k.note} for k in ks]

    def scoring(s: Scoring) -> dict[str, Any]:
        d: dict[str, Any] = {"kind": s.kind}
        for key in ("rule", "numerator", "denominator", "carryover", "unit"):
            val = getattr(s, key)
            if val is not None:
                d[key] = val
        if s.sources:
            d["sources"] = list(s.sources)
        if s.items:
            d["items"] = [
                {"text": it.text, "points": it.points, "share": it.share, "gate": it.gate}
                for it in s.items
            ]
        return d

    def row(i: IndicatorSpec) -> dict[str, Any]:
        d: dict[str, Any] = {
            "seq": i.seq, "code": i.code, "name": i.name, "target": i.target,
            "standard": i.standard, "explanation": i.explanation, "weight": i.weight,
            "scoring": scoring(i.scoring), "known_issues": issues(i.known_issues),
        }
        if examples:
            e = i.example
            d["example"] = None if e is None else {
                "value": e.value, "score": e.score, "source": e.source, "input": e.input,
            }
        return d

    out = {
        "id": spec.id, "version": spec.version, "title": spec.title, "source": spec.source,
        "full": spec.full, "grade_scheme": spec.grade_scheme,
        "extra_columns": list(spec.extra_columns), "known_issues": issues(spec.known_issues),
        "sections": [
            {
                "name": s.name, "weight": s.weight, "known_issues": issues(s.known_issues),
                "groups": [
                    {
                        "name": g.name, "weight": g.weight, "known_issues": issues(g.known_issues),
                        "indicators": [row(i) for i in g.indicators],
                    }
                    for g in s.groups
                ],
            }
            for s in spec.sections
        ],
    }
    return _jsonable(out)


def spec_hash(spec: TemplateSpec) -> str:
    """sha256 (hex) of the canonical JSON of the spec's content, examples excluded."""
    data = spec_to_dict(spec, examples=False)
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


# ---------------------------------------------------------------------------
# issued versions: what was handed out, kept so returns are scored by the rules AS ISSUED
# ---------------------------------------------------------------------------

#: sub-folder of the specs folder holding the text of every issued version:
#: ``issued/<id>/v<version>.yaml``
ISSUED_DIR = "issued"
_VERSION_LINE = re.compile(r"^version:[ \t]*\d+[ \t]*(#.*)?$", re.M)


def rules_fingerprint(spec: TemplateSpec) -> str:
    """sha256 of what decides a score: full marks, grade scheme, every row's weight and scoring.

    Titles, texts, examples and known issues are left out: changing them does not
    make a new version.
    """
    d = spec_to_dict(spec, examples=False)
    rows = [(i.path, i.weight, spec_to_dict_scoring(i.scoring)) for i in spec.indicators()]
    data = {"full": d["full"], "grade_scheme": d["grade_scheme"], "rows": _jsonable(rows)}
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def spec_to_dict_scoring(s: Scoring) -> dict[str, Any]:
    """The scoring of one row as a plain dict (part of :func:`rules_fingerprint`)."""
    out: dict[str, Any] = {"kind": s.kind, "rule": s.rule, "numerator": s.numerator,
                           "denominator": s.denominator, "carryover": s.carryover}
    out["items"] = [[it.text, it.points, it.share, it.gate] for it in s.items]
    if s.sources:  # only when present: fingerprints of specs without sources stay as they were
        out["sources"] = list(s.sources)
    return _jsonable(out)


def _issued_root(spec_dir: str | os.PathLike[str] | None) -> Path:
    return (Path(spec_dir) if spec_dir is not None else default_specs_dir()) / ISSUED_DIR


def issued_versions(template_id: str,
                    spec_dir: str | os.PathLike[str] | None = None) -> dict[int, Path]:
    """version -> archived spec file, for every issued version of ``template_id``."""
    d = _issued_root(spec_dir) / template_id
    out: dict[int, Path] = {}
    if d.is_dir():
        for p in d.glob("v*.yaml"):
            if p.stem[1:].isdigit():
                out[int(p.stem[1:])] = p
    return out


_ISSUED_CACHE: dict[tuple[str, str, str], TemplateSpec | None] = {}


def issued_spec(template_id: str, version: Any,
                spec_dir: str | os.PathLike[str] | None = None) -> TemplateSpec | None:
    """The spec of ``template_id`` as issued in ``version`` (current spec or archive), or None."""
    key = (str(spec_dir if spec_dir is not None else default_specs_dir()), template_id,
           str(version))
    if key in _ISSUED_CACHE:
        return _ISSUED_CACHE[key]
    found: TemplateSpec | None = None
    try:
        v = int(str(version).strip())
    except ValueError:
        v = None
    if v is not None and _ID_RE.match(template_id or ""):
        archived = issued_versions(template_id, spec_dir).get(v)
        current = Path(spec_dir) if spec_dir is not None else default_specs_dir()
        cur_file = current / f"{template_id}.yaml"
        try:
            if archived is not None:
                found = parse_spec(archived.read_text(encoding="utf-8"), archived.name)
            elif cur_file.is_file():
                spec = load_spec(cur_file)
                found = spec if spec.version == v else None
        except (OSError, UnicodeDecodeError, SpecError):
            found = None
    _ISSUED_CACHE[key] = found
    return found


def record_issue(spec: TemplateSpec) -> TemplateSpec:
    """Archive ``spec`` as issued; bump its version first when its rules or weights changed.

    The newest archived version of the id is compared by :func:`rules_fingerprint`.
    When the rules differ and the spec's version is not above it, the spec file's
    ``version:`` line is rewritten to the next number. Returns the spec as issued.
    """
    if spec.path is None:
        return spec
    src = Path(spec.path)
    versions = issued_versions(spec.id, src.parent)
    text = src.read_text(encoding="utf-8")
    if versions:
        latest = max(versions)
        old = parse_spec(versions[latest].read_text(encoding="utf-8"), versions[latest].name)
        if rules_fingerprint(old) == rules_fingerprint(spec):
            return spec
        if spec.version <= latest:
            text = _VERSION_LINE.sub(f"version: {latest + 1}", text, count=1)
            from jixiao.io import write_atomically

            write_atomically(src, text.encode("utf-8"))
            spec = load_spec(src)
    target = _issued_root(src.parent) / spec.id / f"v{spec.version}.yaml"
    if not target.exists():
        from jixiao.io import write_atomically

        target.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(target, text.encode("utf-8"))
    _ISSUED_CACHE.clear()
    return spec
