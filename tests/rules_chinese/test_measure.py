"""The share of quantitative seed rules read, and read correctly (against the hand table).

Run ``pytest tests/rules_chinese/test_measure.py -s`` to see the numbers.
"""

from jixiao.rules.chinese import ReadingContext, read_rule_text
from tests.rules_chinese.seed_rules import ANY_CEIL, OTHER, QUANT

CEIL_CTX = ReadingContext("ceil", "不满1个百分点按1个百分点算，下同")


def measure():
    read = correct = scored = scored_ok = 0
    misses = []
    for rid, weight, text, canonical, value, expected, ctx in QUANT:
        r = read_rule_text(text, weight, CEIL_CTX if ctx == ANY_CEIL else None)
        if r.ok:
            read += 1
        if (canonical is None and r.rule is None) or (canonical is not None and r.ok
                                                      and str(r.rule) == canonical):
            correct += 1
        else:
            misses.append(rid)
        if r.ok and value is not None and expected is not None:
            scored += 1
            scored_ok += r.rule.score(value, weight) == expected
        if not r.ok:
            misses.append(f"{rid}: unread {r.unread}")
    other_ok = sum(read_rule_text(t, w).kind == k for _, w, t, k, _, _ in OTHER)
    return {"quantitative": len(QUANT), "read": read, "correct": correct, "scored": scored,
            "scored_ok": scored_ok, "other": len(OTHER), "other_kind_ok": other_ok,
            "misses": misses}


def test_measure(capsys):
    m = measure()
    with capsys.disabled():
        print(f"\nquantitative seed rules: {m['quantitative']}; read {m['read']} "
              f"({m['read'] / m['quantitative']:.0%}); correct {m['correct']} "
              f"({m['correct'] / m['quantitative']:.0%}); hand scores reproduced "
              f"{m['scored_ok']}/{m['scored']}; other rows with the expected kind "
              f"{m['other_kind_ok']}/{m['other']}")
        for miss in m["misses"]:
            print("  not read:", miss)
    assert m["correct"] == m["quantitative"]
    assert m["scored_ok"] == m["scored"]
    assert m["other_kind_ok"] == m["other"]
