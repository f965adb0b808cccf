"""List the corpus sentences the reader refuses though they are labelled to be read, and group them by reason.

    .venv/bin/python bench/refusals.py OUT.txt [--splits fresh56 fresh57]

Writes OUT.txt (id, split, weight, text, label, the judge's detail) and prints the groups: the reader's last
"未能读懂…" note with quoted fragments and numbers blanked, largest first. Used to pick a reader family or to see
why a blind split was refused (session 30; before, an ad-hoc script under /work/notes each session).
"""

from __future__ import annotations

import argparse
import collections
import re
import sys
from pathlib import Path

sys.path[:0] = [str(Path(__file__).resolve().parents[1] / "src"), str(Path(__file__).resolve().parents[1])]

from jixiao.rules.chinese import read_rule_text  # noqa: E402
from tests.rules_chinese import corpus  # noqa: E402

LABELS = ("scores", "levels", "checklist", "manual", "target")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out")
    ap.add_argument("--splits", nargs="*", help="only these splits (default: all)")
    args = ap.parse_args()
    groups: dict[str, list[str]] = collections.defaultdict(list)
    lines: list[str] = []
    for e in corpus.load()[1]:
        if args.splits and e["split"] not in args.splits:
            continue
        status, detail = corpus.judge(e)
        if status != "refused":
            continue
        label = {k: e[k] for k in LABELS if k in e}
        lines.append(f"{e['id']} [{e['split']}] w={e['w']}\n  {e['text']}\n  label: {label}\n  reason: {detail}\n")
        r = read_rule_text(e["text"], e["w"])
        why = [str(u) for u in r.understood if "未能" in str(u) or "不能" in str(u)]
        key = why[-1] if why else (detail or r.kind)
        groups[re.sub(r"[0-9.]+", "N", re.sub(r"“[^”]*”", "“…”", key))[:80]].append(e["id"])
    Path(args.out).write_text("\n".join(lines), encoding="utf-8")
    print(f"{len(lines)} refused sentences → {args.out}")
    for key, ids in sorted(groups.items(), key=lambda kv: -len(kv[1])):
        print(f"{len(ids):4d} {key}  {' '.join(ids[:12])}{' …' if len(ids) > 12 else ''}")


if __name__ == "__main__":
    main()
