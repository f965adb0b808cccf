"""Published 评分标准 sentences → canonical rules, never a guess (``read_rule_text``).

``read_rule_text("≥95%得5分, 每低1个百分点扣1分, 扣完为止。(不满1个百分点按1个百分点算, 下同)", 5)``
gives ``>=95%: 5; <95%: 5 - 1 per 1% ceil`` plus Chinese notes of what was read.

One small recogniser per shape, each module with its examples (doctests, run by
``tests/rules_chinese/test_recognisers.py``):

* :mod:`.normalise` — text clean-up, notes, 〔PROP〕/〔WX〕 tokens, ± bands;
* :mod:`.conditions` — numeric conditions; :mod:`.fragments` — outcomes and deductions;
* :mod:`.checklist` — ①②③ items; :mod:`.levels` — qualitative / conditional levels, cumulative items;
* :mod:`.bands` — tiers, shared end points (ambiguity warnings), overlaps, gaps;
* :mod:`.refusals` — judgement and target-relative texts; :mod:`.guard` — all or nothing;
* :mod:`.unstated` — a scoring verb whose amount is not stated (missing, a range, impossible for the row): judged (r14);
* :mod:`.countlevels` — levels by the number of times done (开展一次/二次/未开展, i11f);
* :mod:`.failcount` — a standard with its numbers, then a deduction per failure (i11f);
* :mod:`.listedlevels` — levels (or ranks) listed, then their points in the same order (i11k);
* :mod:`.assemble` — clauses into one Rule; :mod:`.reader` — the entry point; :mod:`.samples`.

How it reads (table-driven, no regex soup):

1. **Normalise**: NFKC, LaTeX/HTML remnants out, ≧/>= → ≥, 一/两/三… → digits only before
   a measure word (每低一个百分点, 发现一例), known phrases become tokens (按完成比率得分 →
   ``〔PROP〕``), notes are taken out and remembered (扣完为止, 不满1个百分点按1个百分点算,
   下同, 最高不得超过分值上限).
2. **Checklist?** Items marked ①②③ or "1. 2. 3." that carry their own points or shares (and
   no per-finding deduction) make a checklist: items and points, no rule.
3. **Fragments**: split on 。；;，, and read each with the pattern tables below: a numeric
   condition (≥95%, 低于80%, 90%(含)~100%, 80%<…<90%, 15篇以上, 不低于360万人), an outcome
   (得5分, 得满分, 得80%权重分, 不得分, 〔PROP〕), a deduction (每低1个百分点扣1分, 每发现1处扣25%权重分,
   各扣1分), a start (从4分起算), a formula/definition (notes), or qualitative text.
4. **Assemble** clauses in text order, resolve band edges, check overlaps, build the canonical
   text and ``parse_rule`` it, so the result is always a valid :class:`Rule`.

Band edges (documented choice; README "读中文评分标准"):

* a bound marked ``(含)`` / ``≥`` / ``≤`` / 不低于 / 不高于 / 达到 / 为 is *explicit* and wins;
* 以上 / 以下 / 以内 include the number (民法典 第一千二百五十九条), and so do unmarked range ends
  (``100%-105%``). A point two bands claim by default goes to the band that scores it **higher**,
  whatever the order they are listed in, and ``Reading.warnings`` names both readings (validation:
  ``rule-ambiguous``). So "95%-100%得4分, 100%-105%得3.6分" gives ``[95%,100%]: 4; (100%,105%]: 3.6``
  and "80%以下不得分，80%-90%得3分" puts 80% in the 3-point band. Equal scores: no warning.
* nested one-sided bands are tiers ("达到100%得20分，达到90%得10分" → ``>=100%: 20; [90%,100%): 10``).
* explicit strict bounds are kept: "80%<…<90%" and "70%<…<80%" leave 80% and 70% uncovered
  (reported in ``understood``, and :class:`RuleGapError` when scored) — never filled in.
* two bands that overlap over a stretch (or both claim the same point explicitly) with
  different scores are contradictory: unreadable.

All or nothing: every fragment that awards or deducts points is used or the reading is refused
(never a "说明（不参与计分）"), and every "N分" of the text is a number the reading uses
(:mod:`.guard`). Target-relative texts (达到目标值/指标值…) are refused until the rule language can
hold a target.

Deductions: "每低1个百分点扣1分" is continuous unless the text (or an earlier row's 下同)
says 不满1个百分点按1个百分点算 (``ceil``); a step of N>1 units ("每减少5%扣1分", "每超过5%扣10%权重分")
counts whole steps only (``floor``). "每发现1处…扣25%权重分" counts findings: ``*: W - 25%W per 1``.
The deduction starts from the points of the band it leaves (≥95%得5分 → 5) unless 从N分起算 says.

If any meaningful fragment is not understood the reading is ``unreadable`` (rule None) and the
fragment is listed verbatim in ``unread``.
"""

from jixiao.rules.chinese._base import ChecklistItem, Reading, ReadingContext
from jixiao.rules.chinese.guard import MAX_RULE_TEXT
from jixiao.rules.chinese.reader import read_rule_text
from jixiao.rules.chinese.samples import sample_values

__all__ = ["MAX_RULE_TEXT", "ChecklistItem", "Reading", "ReadingContext", "read_rule_text", "sample_values"]
