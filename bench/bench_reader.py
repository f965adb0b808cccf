"""Chinese rule reader on the corpus of real 评分标准 sentences: read % and wrong count.

    python bench/bench_reader.py

Prints, per split (held = tables the reader was not written against, measured before any change
for them; held2 = the follow-up's new tables, measured once before any change for them and then
used to tune; fresh = tables never tuned on, measured only with --final at the end (then tuned on:
see the note); fresh2 = unseen rows added after that, measured once with --final; fresh3 = the
second follow-up's held-out tables, decided before any change and measured once with --final; fresh4 /
fresh5 = the third follow-up's held-out tables, collected by engineers who did not work on the reader and
committed unrun, each measured once with --final (--final fresh4 / --final fresh5 measures only that one); tuned =
tables first measured as held, then used to tune; dev = tables looked at while writing it), how many sentences were read with every hand-computed score right, refused,
and read WRONG (the target is 0 wrong and >= 85 % read on held). Exit 1 on any wrong reading.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.rules_chinese.corpus import load, measure, read_rate  # noqa: E402


def main() -> int:
    sources, entries = load()
    m = measure()
    print(f"corpus: {len(entries)} sentences from {len(sources)} published tables")
    wrong = 0
    final = "--final" in sys.argv
    fresh = sorted((k for k in m if k.startswith("fresh")), reverse=True)  # fresh6, fresh5, …, fresh
    hidden = tuple(fresh)
    only = [a for a in sys.argv[1:] if a in hidden]  # --final fresh4: measure that split only
    for split in (*fresh, "held2", "held", "tuned", "dev"):
        s = m.get(split)
        if not s:
            continue
        if split in hidden and (not final or (only and split not in only)):  # run once, at the end (--final); never tuned on
            print(f"  {split}: {s['n']} sentences (not shown: bench --final measures them once)")
            continue
        wrong += s["wrong"]
        print(f"  {split}: {s['n']} sentences; read {s['read']} ({read_rate(s):.0%} of those to read); "
              f"refused {s['refused']}; correctly refused {s['refused-ok']}; WRONG {s['wrong']}")
        if split not in ("held", *hidden) or "--show-held" in sys.argv:  # held failures stay unseen while tuning
            for d in s["details"]:
                print(f"    {d}")
        else:  # a wrong reading is always shown: it must be fixed
            for d in s["details"]:
                if " wrong: " in d:
                    print(f"    {d}")
            print("    (refused sentences not listed: --show-held lists them)")
    print(f"wrong readings: {wrong}")
    linear_check()
    return 1 if wrong else 0


def linear_check() -> None:
    """Regexes stay linear-time: one 1,990-character hostile text vs ten 199-character ones."""
    import time

    from jixiao.rules.chinese import read_rule_text

    for unit in ("1", "1.1", "每低1个百分点", "≥1", "该指标"):
        long_text = (unit * 2000)[:1990]
        short_text = long_text[:199]
        t0 = time.perf_counter()
        read_rule_text(long_text, 5)
        t1 = time.perf_counter()
        for _ in range(10):
            read_rule_text(short_text, 5)
        t2 = time.perf_counter()
        ratio = (t1 - t0) / max(t2 - t1, 1e-9)
        print(f"  {unit!r:>10} x1990 vs 10 x199: {t1 - t0:.4f}s / {t2 - t1:.4f}s = {ratio:.2f} (linear ~ 1)")


if __name__ == "__main__":
    raise SystemExit(main())
