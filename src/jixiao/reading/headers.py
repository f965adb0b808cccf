"""Column headers of a 评分表: synonyms → field names, and header-row detection.

Headers are compared after :func:`normalise_header` (NFKC, no spaces or line
breaks, no "（分）" / "(%)" unit suffix), so "分 值（分）", "一级\\n指标" and
"得分(分)" all match.

Fields: ``seq`` 序号, ``level1`` 一级指标, ``level2`` 二级指标, ``level3`` 三级指标,
``target`` 指标值, ``standard`` 评分标准, ``rule`` 计分规则, ``weight`` 分值,
``value`` 业绩值, ``score`` 得分, ``rate`` 得分率, ``process`` 评分过程,
``explain`` 指标解释; ``level1_weight`` / ``level2_weight`` for a 分值 column printed right
after the 一级/二级 column (see :func:`level_weight_columns`).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from typing import Any

#: field → header texts (already normalised) that name it
FIELD_SYNONYMS: dict[str, tuple[str, ...]] = {
    "seq": ("序号", "编号", "序"),
    # 考核表 (a bureau's 考核细则 pasted whole: 考核项目 | 考核内容 | 考核办法 | 分值 | 考核情况 | 考评分, p21)
    "level1": ("一级指标", "一级指标名称", "一级", "考核项目", "考评项目", "检查项目"),
    "level2": ("二级指标", "二级指标名称", "二级"),
    "level3": ("三级指标", "三级指标名称", "三级"),
    "target": (
        "指标值", "标准值", "目标值", "全年指标值", "年度指标值", "绩效目标", "年度目标值",
        "预期指标值", "指标目标值", "绩效指标值", "年初目标值", "年度绩效指标值", "年初指标值",
    ),
    # a target adjusted during the year (重庆 部门整体绩效自评表: 年初指标值 | 调整指标值): when
    # a row fills it, it is the row's target
    "target_adjusted": ("调整指标值", "调整后指标值", "全年(调整)指标值"),
    "standard": ("评分标准", "评分规则", "评价标准", "评分细则", "评分办法", "计分标准",
                 "得分计算方法", "计分方法", "评分方法", "评价标准及依据",
                 "考核办法", "考评办法", "考核方法", "扣分标准", "扣分办法", "评分方式", "考核评分标准",
                 "考评办法与评分标准", "考核记分办法", "考核方法及扣分",
                 # 河长考评标准 (CA9: 考评项目 | 考评内容 | 考评标准 | 标准分数(分)), 脱贫销号核查表 (CA5: … | 分值 |
                 # 验收量分标准 | 市州核查得分), p25
                 "考评标准", "验收量分标准", "量分标准"),
    "rule": ("计分规则", "机器规则", "计分公式"),
    "weight": ("分值", "权重", "权重分值", "标准分值", "分数", "权重分", "标准分", "满分", "指标权重",
               "执行率权重", "参考分值", "基本分", "应得分数", "标准分数"),
    "value": (
        "业绩值", "实际完成值", "完成情况", "实际完成情况", "完成值", "实际值",
        "全年实际值", "实际完成", "年度实际完成值", "全年完成值", "全年实际完成值",
    ),
    "score": ("得分", "自评得分", "评价得分", "实际得分", "考核得分", "指标得分", "执行率得分",
              "自评分", "考评分", "考核分", "评比得分", "实得分数", "自查分", "自查得分", "核查得分", "市州核查得分"),
    # 得分 ÷ 分值: "得分系数（%）" in the 重庆 form is the same quantity
    "rate": ("得分率", "得分系数"),
    "process": ("评分过程", "扣分原因", "得分说明", "扣分说明", "评分说明", "得分情况说明",
                "偏差原因分析及改进措施", "原因分析", "未完成原因分析", "偏差原因分析",
                "未完成原因和改进措施", "偏差大或目标未完成原因分析",
                "未完成原因及拟采取的改进措施", "扣分原因和其他说明", "扣分原因及说明",
                "考核情况", "考核记录", "检查情况", "督查结果", "落实情况", "落实情况(提供数据)"),
    "explain": ("指标解释", "指标说明", "指标内涵", "指标定义"),
    # self-evaluation tables (项目支出绩效自评表): target split into 性质/值/单位 …
    "nature": ("指标性质",),
    "unit": ("度量单位", "计量单位"),
    "remedy": ("改进措施",),
    # … and the budget block (项目资金 / 预算执行情况)
    "budget_initial": ("年初预算数", "年初预算"),
    "budget": ("全年预算数", "调整后预算数", "预算数", "调整后预算", "全年(调整)预算数"),
    "executed": ("全年执行数", "预算执行数", "执行数"),
    "exec_rate": ("执行率", "预算执行率"),
}

#: header texts that name one of two fields: the first while the row names no column of it
#: ("评分依据" is the 评分标准 when the table has none — 中央级行政经费项目支出考评计分办法 — and
#: otherwise the reasons for the score, beside a 评分标准 column)
#: "考核标准" is the scoring rule in most 考核表 (考核项目 | 考核内容 | 考核标准) and the requirement beside a
#: separate rule column in others (安全生产月: 考核标准 | 分值 | 评分方式 — "1.成立专门活动组织机构" | 1 |
#: "未落实的不得分。"), p21
#: "评分" is the score column, or the 扣分 text beside a 得分 column (作业检查标准: 项目 | 标准（分值） | 评分 |
#: 得分 — "(分值20分) 缺一种扣5分。" under 评分, p23)
EITHER_HEADERS: dict[str, tuple[str, str]] = {"评分依据": ("standard", "process"),
                                              "考核标准": ("standard", "level3"),
                                              "评分": ("score", "standard")}

#: fields that make a header row a budget block (项目资金 …) rather than an indicator table
BUDGET_FIELDS = frozenset({"budget_initial", "budget", "executed", "exec_rate"})

#: header texts that name the indicator only when no 三级指标 column is present
LEVEL3_FALLBACK: tuple[str, ...] = ("指标名称", "具体指标", "指标", "绩效指标名称",
                                    "考核内容", "考评内容", "项目内容", "检查内容", "标准(分值)",
                                    "考核评比内容")
#: the name headers that, merged over two columns, print two levels of the name (the part | the item); never the
#: 内容 headers (财务审计部: 项目内容 over the item | its content — the item names the row)
NAME_OVER_TWO: tuple[str, ...] = ("指标名称", "绩效指标名称", "指标")
#: … and these only when none of those is present either (广水 自评表: 项目权重 | 评价内容 | 分值 | 自评分;
#: 宁晋's 评价指标 | 评价内容 | 指标名称 keeps 指标名称; p38: 序号 | 项目名称 | 评分标准 | 分值 | 得分 named no row — a
#: 自评表's preamble "项目名称 | …" names no 分值/得分, so it is no header row either way)
LEVEL3_LAST_RESORT: tuple[str, ...] = ("评价内容", "项目名称")
#: a bare "项目" names the 一级 column only in a row that is a header without it (作业检查标准: 项目 | 标准（分值） |
#: 评分 | 得分); "项目 | 分值 | 得分" alone is no header
LEVEL1_WEAK: tuple[str, ...] = ("项目",)
_LEVELS = ("level1", "level2", "level3")

#: normalised header text → field
HEADER_SYNONYMS: dict[str, str] = {
    text: name for name, texts in FIELD_SYNONYMS.items() for text in texts
}

#: a header row needs this many known columns …
MIN_KNOWN_HEADERS = 3
#: … and at least one of these
REQUIRED_ANY = frozenset({"weight", "score"})

_SPACE_RE = re.compile(r"\s+")
# unit suffixes dropped from header text: "分值（分）", "得分(分)", "权重(%)", "得分率（%）",
# and the self-evaluation forms' letters and formulas: "年度指标值（A）", "执行率（B/A）",
# "得分（20分*执行率）" (the weight in such a suffix is read by :func:`header_weight`),
# "预算执行率（B/A×100%）", a weight stated in the header: "分值（10分）", and an issued form's
# "三级指标(可调整)" / "分值(可调整)"
_SUFFIX_RE = re.compile(
    r"\((?:分|%|％|百分比|元|千元|万元|亿元|人|个|可调整|[A-Z]|[A-Z]/[A-Z](?:[*×xX]100%)?|\d+(?:\.\d+)?分"
    r"|\d+(?:\.\d+)?分[*×xX][^()]{1,8})\)$"
)
_HEADER_WEIGHT_RE = re.compile(r"\((?P<w>\d+(?:\.\d+)?)分[*×xX]")
# longest header text worth normalising (longer cells are never headers)
_MAX_HEADER_LEN = 24


def normalise_header(text: Any) -> str:
    """Header text in comparable form: NFKC, no whitespace, no "(分)" suffix.

    >>> normalise_header("分 值\\n（分）")
    '分值'
    """
    if text is None:
        return ""
    t = unicodedata.normalize("NFKC", str(text))
    t = _SPACE_RE.sub("", t)
    t = t.rstrip(":：")
    prev = None
    while prev != t:
        prev = t
        t = _SUFFIX_RE.sub("", t)
    return t


def header_weight(text: Any) -> Any:
    """The weight a header states in its formula suffix: "得分（20分*执行率）" → Decimal 20.

    >>> header_weight("得分（20分*执行率）")
    Decimal('20')
    >>> header_weight("得分") is None
    True
    """
    from decimal import Decimal

    if not isinstance(text, str):
        return None
    m = _HEADER_WEIGHT_RE.search(unicodedata.normalize("NFKC", _SPACE_RE.sub("", text)))
    return Decimal(m.group("w")) if m else None


#: the unit a value/target column's header prints ("金额（万元）", "完成数（个）", "比例(%)", "实际完成值（%）"): the
#: unit of that column's numbers (p31) — of the suffixes :func:`normalise_header` drops, those that are a unit of
#: the quantity (not 分, which names a score, nor the letters and formulas of the self-evaluation forms)
_UNIT_SUFFIX_RE = re.compile(r"\((?P<u>%|百分比|元|千元|万元|亿元|人|个)\)$")


def header_unit(text: Any) -> str | None:
    """The unit a header prints in its suffix ("实际完成值（万元）" → "万元", "比例(%)" → "%", "完成数（个）" → "个");
    ``None`` when it prints none ("得分（分）" names the score's unit, not a quantity's).

    >>> header_unit("实际完成值（万元）"), header_unit("比例(％)"), header_unit("业绩值")
    ('万元', '%', None)
    """
    if not isinstance(text, str) or len(text) > _MAX_HEADER_LEN:
        return None
    m = _UNIT_SUFFIX_RE.search(unicodedata.normalize("NFKC", _SPACE_RE.sub("", text)).rstrip(":："))
    return None if m is None else "%" if m.group("u") == "百分比" else m.group("u")


def field_for_header(text: Any) -> str | None:
    """The field a header text names ("自评得分" → "score"), or ``None``.

    The level-3 fallbacks ("指标名称", "具体指标") are not resolved here; see
    :func:`match_header_row`.
    """
    if not isinstance(text, str) or len(text) > _MAX_HEADER_LEN:
        return None
    return HEADER_SYNONYMS.get(normalise_header(text))


def match_header_cells(cells: Iterable[tuple[int, Any]]) -> dict[str, int]:
    """Map the known header texts among ``(column, value)`` pairs to fields.

    The first (leftmost) column wins when a field is named twice. "指标名称" /
    "具体指标" become ``level3`` only when no 三级指标 column is present.
    """
    columns: dict[str, int] = {}
    fallback: int | None = None
    last_resort: int | None = None
    weak: int | None = None
    either: list[tuple[int, tuple[str, str]]] = []
    weights: list[int] = []
    named_again: list[int] = []  # a level column named a second time (考核项目 merged over two columns)
    unknown: dict[int, str] = {}
    norms: dict[int, str] = {}
    for col, value in sorted(cells, key=lambda cv: cv[0]):
        if not isinstance(value, str) or len(value) > _MAX_HEADER_LEN:
            continue
        norm = norms[col] = normalise_header(value)
        name = HEADER_SYNONYMS.get(norm)
        if name == "weight":
            weights.append(col)
        if name is not None:
            if name not in columns and col not in columns.values():
                columns[name] = col
            elif name in _LEVELS and col not in columns.values():
                named_again.append(col)
            elif name == "standard" and columns.get(name) == col - 1:
                # 评分标准 merged over two columns (影像诊断报告: the item | its 扣分 rule): the rule is the
                # right one, the left one names the row
                named_again.append(col - 1)
                columns[name] = col
        elif norm in EITHER_HEADERS:
            either.append((col, EITHER_HEADERS[norm]))
        elif norm in LEVEL3_FALLBACK and fallback is None:
            fallback = col
        elif norm in NAME_OVER_TWO and fallback == col - 1 and norms.get(col - 1) == norm:
            # 指标名称 merged over two columns (脱贫销号核查表: the part | the item): two levels of the name, as a level
            # header merged over two (p25; the item column was lost and every row was named by its part)
            named_again.append(col)
        elif norm in LEVEL3_LAST_RESORT and last_resort is None:
            last_resort = col
        elif norm in LEVEL1_WEAK and weak is None:
            weak = col
        elif norm:
            unknown[col] = norm
    fallback = fallback if fallback is not None else last_resort
    if fallback is not None and "level3" not in columns and fallback not in columns.values():
        columns["level3"] = fallback
    for col, fields in either:
        name = next((f for f in fields if f not in columns), None)
        if name is not None and col not in columns.values():
            columns[name] = col
    if weak is not None and "level1" not in columns and is_header(columns):
        columns["level1"] = weak
    # a group column printed with its own 分值 left of a level column that has one too (乡镇农业产业化:
    # 目标管理事项 | 分值 | 一级指标 | 分值 | 评分标准): the unknown header is the group above the levels
    groups = [c for c in unknown if c + 1 in weights and any(columns.get(f, 0) > c + 1 for f in _LEVELS)] \
        if len(weights) > 1 else []
    if named_again or groups:
        columns = _relevel(columns, named_again + groups)
    levels = level_weight_columns(columns, weights) if len(weights) > 1 else None
    if levels is not None:
        del columns["weight"]
        columns.update(levels)
    return columns


def _relevel(columns: dict[str, int], more: list[int]) -> dict[str, int]:
    """Name columns again from left to right as 一级/二级/三级 when the header has a level column more than the map
    names: a level header merged over two columns (安全生产月: 考核项目 over the part and the group, then 考核标准 —
    the row) or a group column left of the levels (目标管理事项 | 分值 | 一级指标 | 分值). Two level columns are the
    group and the row (一级, 三级); three are 一级, 二级, 三级; more are left as they were (which is which is a guess).

    >>> _relevel({"level1": 1, "level3": 3, "weight": 4}, [2])
    {'level1': 1, 'level2': 2, 'level3': 3, 'weight': 4}
    >>> _relevel({"weight": 2, "level1": 3, "standard": 4}, [1])
    {'level1': 1, 'weight': 2, 'level3': 3, 'standard': 4}
    """
    cols = sorted([columns[f] for f in _LEVELS if f in columns] + more)
    if len(cols) > 3:
        return columns
    names = ("level1", "level3") if len(cols) == 2 else _LEVELS
    out = {f: c for f, c in columns.items() if f not in _LEVELS}
    out.update(zip(names, cols, strict=True))
    return dict(sorted(out.items(), key=lambda fc: fc[1]))


def level_weight_columns(columns: dict[str, int], weights: list[int]) -> dict[str, int] | None:
    """A 分值 column printed right after each level column (项目绩效评价表: 一级指标 | 分值 | 二级指标 |
    分值 | 三级指标 | 分值 | …). The one after the deepest level column is the row's 分值 (``weight``);
    the others are the 一级/二级 weights (``level1_weight`` / ``level2_weight``) — never a row's 分值.
    ``None`` when the repeated 分值 columns are not laid out so (the leftmost is kept then).

    >>> level_weight_columns({"level1": 1, "weight": 2, "level2": 3, "level3": 5}, [2, 4, 6])
    {'level1_weight': 2, 'level2_weight': 4, 'weight': 6}
    >>> level_weight_columns({"level1": 1, "weight": 2, "level2": 3, "level3": 5}, [2, 4])
    {'level1_weight': 2, 'level2_weight': 4}
    >>> level_weight_columns({"level3": 1, "weight": 2}, [2, 5]) is None
    True
    """
    after = {columns[f] + 1: f for f in ("level1", "level2", "level3") if f in columns}
    if not all(w in after for w in weights):
        return None
    deepest = max(("level1", "level2", "level3"), key=lambda f: columns.get(f, 0))
    out = {}
    for w in weights:
        out["weight" if after[w] == deepest else f"{after[w]}_weight"] = w
    return out


def unplaced_weight_columns(cells: Iterable[tuple[int, Any]], columns: dict[str, int]) -> list[int]:
    """分值/权重 columns of a header row that its column map does not use: the row names the 分值
    twice and not as :func:`level_weight_columns` lays it out, so which one is the row's is unknown.

    >>> cells = [(1, "三级指标"), (2, "权重"), (3, "分值"), (4, "得分")]
    >>> unplaced_weight_columns(cells, match_header_cells(cells))
    [3]
    """
    used = set(columns.values())
    return sorted(c for c, v in cells if isinstance(v, str) and len(v) <= _MAX_HEADER_LEN
                  and HEADER_SYNONYMS.get(normalise_header(v)) == "weight" and c not in used)


def is_header(columns: dict[str, int]) -> bool:
    """A header row names ≥ 3 known columns, including 分值/权重 or 得分."""
    return len(columns) >= MIN_KNOWN_HEADERS and not REQUIRED_ANY.isdisjoint(columns)


def match_header_row(cells: Iterable[tuple[int, Any]]) -> dict[str, int] | None:
    """The column map of a header row, or ``None`` when the row is not a header.

    >>> match_header_row([(1, "序号"), (2, "三级指标"), (3, "权重"), (4, "自评得分")])
    {'seq': 1, 'level3': 2, 'weight': 3, 'score': 4}
    >>> match_header_row([(1, "分值"), (2, "得分")]) is None
    True
    """
    columns = match_header_cells(cells)
    return columns if is_header(columns) else None
