"""Rule engine speed: a parsed rule vs a hand-written if-chain for the same rule.

Both sides do the same exact Decimal arithmetic on the same 100,000 values (the
hand chain is what a careful programmer would write for seed 000's C32 rule).
Prints both rates and the ratio. Targets: >= 300,000 scores/s, ratio <= 5.
"""

from __future__ import annotations

import random
import time
from decimal import ROUND_UP, Decimal

from jixiao import parse_rule

RULE = "[95%,100%]: 4; (100%,105%]: 3.6; >105%: 3.6 - 0.6 per 1% ceil; <95%: 4 - 0.4 per 1% ceil"
N = 100_000

D0, D4, D36 = Decimal(0), Decimal(4), Decimal("3.6")
P95, P100, P105, PP = Decimal("0.95"), Decimal(1), Decimal("1.05"), Decimal("0.01")
S04, S06 = Decimal("0.4"), Decimal("0.6")


def hand_chain(value: float, w: Decimal = D4) -> Decimal:
    x = Decimal(repr(value))
    if P95 <= x <= P100:
        s = D4
    elif P100 < x <= P105:
        s = D36
    elif x > P105:
        s = D36 - S06 * ((x - P105) / PP).to_integral_value(rounding=ROUND_UP)
    else:
        s = D4 - S04 * ((P95 - x) / PP).to_integral_value(rounding=ROUND_UP)
    return min(max(s, D0), w)


def main() -> None:
    rng = random.Random(20261126)
    values = [round(rng.uniform(0.5, 1.3), 4) for _ in range(N)]
    scorer = parse_rule(RULE).scorer(4)

    t0 = time.perf_counter()
    ours = [scorer(v) for v in values]
    t_rule = time.perf_counter() - t0

    t0 = time.perf_counter()
    theirs = [hand_chain(v) for v in values]
    t_hand = time.perf_counter() - t0

    assert ours == theirs, "engine and hand chain disagree"
    print(f"规则引擎 rule engine : {N / t_rule:>12,.0f} scores/s")
    print(f"手写判断 hand chain  : {N / t_hand:>12,.0f} scores/s")
    print(f"ratio engine/hand    : {t_rule / t_hand:>12.2f}x   (target <= 5x, >= 300,000/s)")


if __name__ == "__main__":
    main()
