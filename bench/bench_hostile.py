"""Time and peak memory of ``jixiao validate`` on every hostile kind (rounds one and two).

    .venv/bin/python bench/bench_hostile.py [--keep DIR]

Each kind is checked by a fresh ``jixiao validate FILE --json`` process (so the
peak resident memory of that process and its isolated worker is measured alone,
via ``RUSAGE_CHILDREN``); wall time includes interpreter start-up, which is
measured separately on an empty folder and printed as the baseline. Bounds the
issue asks for: each kind under 10 s, under 1.5 GiB.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from tests.hostile.make_corpus import make_corpus  # noqa: E402
from tests.hostile.make_round2 import make_round2  # noqa: E402


def measure_tree(args: list[str]) -> tuple[float, int, int]:
    """(seconds, peak RSS in MiB, exit code) of one jixiao process and its isolated worker."""
    wrapper = (
        "import resource, subprocess, sys, json\n"
        "r = subprocess.run([sys.executable, '-c', 'import sys; from jixiao.cli import main; "
        "sys.argv = [\"jixiao\"] + sys.argv[1:]; main()', *sys.argv[1:]],"
        " stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)\n"
        "print(json.dumps([r.returncode, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss]))\n"
    )
    t0 = time.perf_counter()
    out = subprocess.run([sys.executable, "-c", wrapper, *args], capture_output=True, text=True,
                         timeout=120)  # fmt: skip
    dt = time.perf_counter() - t0
    import json

    code, peak_kib = json.loads(out.stdout)
    return dt, peak_kib // 1024, code


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--keep", default=None)
    opts = ap.parse_args()
    root = Path(opts.keep or tempfile.mkdtemp(prefix="jixiao-hostile-"))
    kinds = {f"r1:{k}": p for k, p in make_corpus(root / "r1", use_soffice=False).items()}
    kinds |= {f"r2:{k}": p for k, p in make_round2(root / "r2").items()}
    empty = root / "empty"
    empty.mkdir(exist_ok=True)
    base_t, base_mb, _ = measure_tree(["validate", "--json", str(root / "r1" / "missing.xlsx")])
    print(f"{'baseline (start-up, missing file)':44s} {base_t:6.2f} s {base_mb:6d} MiB")
    worst_t = worst_m = 0.0
    for kind, path in kinds.items():
        if kind.endswith(":directory"):
            continue
        dt, mb, code = measure_tree(["validate", "--json", str(path)])
        worst_t, worst_m = max(worst_t, dt), max(worst_m, mb)
        print(f"{kind:44s} {dt:6.2f} s {mb:6d} MiB  exit {code}")
    print(f"worst: {worst_t:.2f} s, {worst_m:.0f} MiB (bounds: 10 s, 1536 MiB)")


if __name__ == "__main__":
    main()
