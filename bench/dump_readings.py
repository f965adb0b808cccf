"""Dump every reading of the corpus and seed texts, to prove a change of the reader behaviour-identical (r21).

For every corpus sentence (tests/rules_chinese/corpus.yaml) and every seed rule text (tests/rules_chinese/seed_rules.py),
at the weights None, 1, 2, 3, 5, 10, 36, 100 and its own 分值: kind, canonical, understood, unread, warnings, max_points and the
checklist items. Run it before and after a change and compare the two files:

    .venv/bin/python bench/dump_readings.py /tmp/before.json
    .venv/bin/python bench/dump_readings.py /tmp/after.json --compare /tmp/before.json

``--compare`` prints each text whose reading changed (weight, text, field: before → after) and ends with the count.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT)]

from jixiao.rules.chinese import read_rule_text  # noqa: E402
from tests.rules_chinese.corpus import load  # noqa: E402
from tests.rules_chinese.seed_rules import OTHER, QUANT  # noqa: E402

WEIGHTS = (None, 1, 2, 3, 5, 10, 36, 100)
FIELDS = ("kind", "canonical", "understood", "unread", "warnings", "max_points", "items")


def texts() -> dict[str, list[object]]:
    """The corpus sentences then the seed rule texts, each once, in order, with the weights to read them at:
    :data:`WEIGHTS` and the text's own 分值 (a corpus entry's ``w``, a seed row's 分值) — a change that shows only at
    a text's own weight (4, 6.25 …) must not pass unseen (lead s25: a header regex broke fresh5 Q9-8 at w 4 while the
    dump at the fixed weights stayed identical)."""
    _, sentences = load()
    out: dict[str, list[object]] = {}
    for t, w in [(e["text"], e["w"]) for e in sentences] + [(row[2], row[1]) for row in QUANT + OTHER]:
        weights = out.setdefault(t, list(WEIGHTS))
        if w not in weights:
            weights.append(w)
    return out


def dump() -> dict[str, list[object]]:
    out: dict[str, list[object]] = {}
    for t, weights in texts().items():
        for w in weights:
            r = read_rule_text(t, w)
            out[f"{w}|{t}"] = [r.kind, r.canonical, r.understood, r.unread, r.warnings, str(r.max_points),
                               [[i.text, str(i.points)] for i in r.items]]
    return out


def compare(before: dict[str, list[object]], after: dict[str, list[object]]) -> int:
    """Print each changed reading; the number of changed (weight, text) pairs."""
    changed = 0
    for key in sorted(set(before) | set(after)):
        a, b = before.get(key), after.get(key)
        if a == b:
            continue
        changed += 1
        print(f"== {key}")
        for name, x, y in zip(FIELDS, a or [None] * len(FIELDS), b or [None] * len(FIELDS), strict=True):
            if x != y:
                print(f"   {name}: {json.dumps(x, ensure_ascii=False)}\n   {' ' * len(name)}→ {json.dumps(y, ensure_ascii=False)}")
    print(f"readings compared: {len(after)}; changed: {changed}")
    return changed


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", help="where to write the dump (JSON)")
    ap.add_argument("--compare", help="an earlier dump to compare with")
    args = ap.parse_args()
    out = dump()
    Path(args.out).write_text(json.dumps(out, ensure_ascii=False, indent=0), encoding="utf-8")
    if args.compare:
        return 1 if compare(json.loads(Path(args.compare).read_text(encoding="utf-8")), out) else 0
    print(f"readings dumped: {len(out)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
