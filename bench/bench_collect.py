"""Speed of ``jixiao collect`` against a bare ``openpyxl.load_workbook`` loop.

    .venv/bin/python bench/bench_collect.py [--n 1000] [--keep DIR] [--template ID] [--jobs 0]

1. Generates N filled workbooks of one template (default seed002, 40 rows of every
   kind) the way ``jixiao distribute`` writes them, with varied values: every
   indicator's value is drawn over its range (percent rules 50%–110%, counts
   0–4, amounts around the example, checklists and 符合/不符合 at random, judgement
   scores 0–weight), about 5% of values 缺省, and about 2% of the files broken
   (half not a zip, half truncated). Generation is not timed.
2. Times, in the same run and over the same files (broken ones included in
   BOTH loops: openpyxl raises on them quickly, collect reports them):
   (a) a bare ``openpyxl.load_workbook(path)`` loop (one process, default options,
       nothing else done with the workbook);
   (b) ``jixiao.collect.collect`` with its parallelism (the function the CLI
       calls), and (b+) the same plus writing the summary workbook;
   (s) ``collect`` with ``jobs=1`` (serial), for reference.
   Prints files/s of each and the ratio (b)/(a) (time; lower is better).
3. Times validating ONE workbook (load + all checks, as collect does) against
   ``openpyxl.load_workbook`` of it: median of 30 runs each, and the ratio.

4. Times the per-return roster answers of a collect result (``counts_for_bureau`` and
   ``file_dict`` of every return, as the summary and ``--json`` ask them) for 250 and
   2,500 returns (no files; ``--roster-only`` runs just this) and prints the ratio of
   the CPU time per return: about 1 when linear, about 10 if it were quadratic.

Targets: (b) of 1,000 files under 30 s on 2 cores, (b)/(a) <= 1.3, single-file ratio <= 1.5,
roster per-return ratio (2,500 vs 250) <= 2.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
import warnings
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

from jixiao.rules.grammar import parse_rule
from jixiao.templates.build import Filled, build_workbook, example_number
from jixiao.templates.spec import IndicatorSpec, TemplateSpec

TEMPLATE = "seed002-qingyunpu-bumen"
BROKEN_SHARE = 0.02


# --------------------------------------------------------------------------- generation


def rule_value(ind: IndicatorSpec, rng: random.Random) -> Any:
    """A 业绩值 drawn over the rule's range (or 缺省 now and then)."""
    if rng.random() < 0.05:
        return "缺省"
    if ind.scoring.kind == "passfail":
        return rng.choices(["符合", "不符合", "缺省"], weights=[80, 15, 5])[0]
    rule = parse_rule(ind.scoring.rule or "*: 0")
    if rule.is_qualitative:
        from jixiao.rules.model import Text

        texts = [c.condition.text for c in rule.clauses if isinstance(c.condition, Text)]
        return rng.choice([*texts, "其他情况"])
    if rule.uses_percent:
        return round(rng.uniform(0.5, 1.1), 4)
    base = example_number(ind)
    if base is None or base == 0:
        return rng.randint(0, 4)  # findings / occurrences
    return round(float(base) * rng.uniform(0.5, 1.5), 2)


def filled_values(spec: TemplateSpec, rng: random.Random) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for ind in spec.indicators():
        kind = ind.scoring.kind
        if kind in ("rule", "passfail"):
            values[ind.path] = rule_value(ind, rng)
        elif kind == "checklist":
            values[ind.path] = [rng.choices(["是", "否"], weights=[75, 25])[0]
                                for _ in ind.scoring.items]
        elif kind == "ratio":
            den = round(rng.uniform(1e5, 1e7), 2)
            amounts = {"numerator": round(den * rng.uniform(0.6, 1.08), 2), "denominator": den}
            if ind.scoring.carryover:
                amounts["carryover"] = round(den * rng.uniform(0, 0.2), 2)
            values[ind.path] = amounts
        else:  # judgement: the score itself, 0..weight in steps of 0.1
            values[ind.path] = round(rng.uniform(0, float(ind.weight)) * 10) / 10
    return values


def _build_one(args: tuple[str, str, int, int]) -> str:
    template, out_dir, i, seed = args
    from jixiao.distribute import bureau_file_name, find_spec

    spec = find_spec(template)
    rng = random.Random(seed * 100_003 + i)
    bureau = f"第{i:04d}县医疗保障局"
    path = Path(out_dir) / bureau_file_name(bureau, spec.id)
    build_workbook(spec, "portable", path,
                   Filled(values=filled_values(spec, rng), bureau=bureau, year="2023"))
    return str(path)


def generate(out_dir: Path, n: int, template: str, seed: int = 20240601) -> tuple[list[Path], int]:
    """Write n workbooks (about 2% broken) to out_dir; return (paths, broken count)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    with ProcessPoolExecutor() as ex:
        paths = [Path(p) for p in ex.map(_build_one, [(template, str(out_dir), i, seed)
                                                        for i in range(1, n + 1)], chunksize=8)]
    rng = random.Random(seed)
    broken = rng.sample(range(n), max(1, round(n * BROKEN_SHARE))) if n >= 10 else []
    for k, i in enumerate(broken):
        p = paths[i]
        if k % 2 == 0:
            p.write_bytes(bytes(rng.randrange(256) for _ in range(4096)))  # not a zip
        else:
            data = p.read_bytes()
            p.write_bytes(data[: len(data) // 2])  # truncated upload
    return paths, len(broken)


#: hand-table rows (三级指标, 评分标准, 度量单位, 分值, a value drawn by the rng): a % row every third
_HAND_ROWS = [
    ("完成率", "得分=完成率×分值", "%", 5, lambda rng: round(rng.uniform(0.6, 1.0), 4)),
    ("完成数量", "达到90及以上得满分，低于90不得分", "个", 5, lambda rng: rng.randint(80, 100)),
    ("完成投资", "完成200万元及以上得满分，未完成按完成比例得分", "万元", 5, lambda rng: round(rng.uniform(100, 260), 2)),
]


def hand_table(path: Path, rng: random.Random, percent: bool, rows: int = 30) -> None:
    """A hand-made 评分表 (no template property) of ``rows`` rows; ``percent``: its % rows' 业绩值 cells formatted
    "0.00%" (the styles then declare a percentage: collect reads formats, p35), else every cell General."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "评分表"
    ws.append(["评分表"])
    ws.append(["三级指标", "评分标准", "度量单位", "分值", "业绩值", "得分"])
    for k in range(rows):
        label, text, unit, weight, draw = _HAND_ROWS[k % len(_HAND_ROWS)]
        value = draw(rng)
        ws.append([f"{label}{k + 1}", text, unit, weight, value if percent or unit != "%" else round(value * 100, 2),
                   None])
        if percent and unit == "%":
            ws.cell(row=ws.max_row, column=5).number_format = "0.00%"
    ws.append(["合计", None, None, rows * 5, None, None])
    wb.save(path)


def generate_hand(out_dir: Path, n: int, percent: bool, seed: int = 20240601) -> list[Path]:
    """Write n hand tables (with or without % styles) to out_dir."""
    out_dir.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    paths = []
    for i in range(1, n + 1):
        p = out_dir / f"第{i:04d}县{'百分比' if percent else '常规'}自评表.xlsx"
        hand_table(p, rng, percent)
        paths.append(p)
    return paths


# --------------------------------------------------------------------------- timing


def time_openpyxl(paths: list[Path]) -> tuple[float, int]:
    import openpyxl

    failed = 0
    t0 = time.perf_counter()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for p in paths:
            try:
                openpyxl.load_workbook(p)
            except Exception:  # noqa: BLE001 - broken files count, as in collect
                failed += 1
    return time.perf_counter() - t0, failed


def time_collect(root: Path, jobs: int, summary: Path | None) -> tuple[float, Any]:
    from jixiao.collect import collect
    from jixiao.summary import write_summary

    t0 = time.perf_counter()
    result = collect(root, jobs=jobs)
    if summary is not None:
        write_summary(result, summary)
    return time.perf_counter() - t0, result


def median_ms(fn: Any, runs: int = 30) -> float:
    fn()  # warm up (imports, spec cache)
    ts = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        ts.append(time.perf_counter() - t0)
    return statistics.median(ts) * 1000


def time_roster_answers(n_returns: int) -> float:
    """Seconds per return for every return's roster answers (one bureau per two returns)."""
    from jixiao.collect import CollectResult
    from jixiao.roster import Roster, RosterMatch, RosterRow
    from jixiao.validation.report import Report

    bureaus = [f"单位{k:05d}" for k in range(n_returns // 2)]
    m = RosterMatch(roster=Roster(path="名单.csv", sheet="名单", rows=[RosterRow(b) for b in bureaus]),
                    returns={b: [f"{b}_新.xlsx", f"{b}_旧.xlsx"] for b in bureaus})
    result = CollectResult(root=".", roster=m,
                           reports=[Report(path=p) for ps in m.returns.values() for p in ps])
    # CPU time of this process, not wall time (p42): the step is single-threaded CPU work without I/O, and on the
    # shared 2-core machine (load average 10–15) a 30 ms run of 2,500 returns is preempted while a 3 ms run of 250
    # often is not — wall time gave ratios of 0.7 to 6.7 for the same code (cProfile: nothing grows with n)
    t0 = time.process_time()
    for r in result.reports:
        result.counts_for_bureau(r)
        result.file_dict(r)
    return (time.process_time() - t0) / n_returns


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=1000, help="number of workbooks (default 1000)")
    ap.add_argument("--keep", type=Path, default=None,
                    help="generate into (and keep) this folder; reused if it already has files")
    ap.add_argument("--template", default=TEMPLATE, help=f"template id (default {TEMPLATE})")
    ap.add_argument("--jobs", type=int, default=0, help="collect's --jobs (0 = one per CPU)")
    ap.add_argument("--no-serial", action="store_true", help="skip the jobs=1 reference run")
    ap.add_argument("--roster-only", action="store_true", help="only the roster answers (step 4)")
    ap.add_argument("--hand", choices=["plain", "percent"], default=None,
                    help="hand tables instead of a template: without any %% style, or with 0.00%% 业绩值 cells")
    args = ap.parse_args(argv)
    if args.roster_only:
        return _roster_line()

    tmp = None
    if args.keep is not None:
        root = args.keep
    else:
        tmp = Path(tempfile.mkdtemp(prefix="jixiao-bench-collect-"))
        root = tmp / "in"
    try:
        existing = sorted(root.glob("*.xlsx")) if root.exists() else []
        t0 = time.perf_counter()
        if len(existing) == args.n:
            paths, n_broken = existing, -1
            print(f"reusing {len(paths)} files in {root}")
        elif args.hand is not None:
            paths, n_broken = generate_hand(root, args.n, args.hand == "percent"), 0
            print(f"generated {len(paths)} hand tables ({args.hand}) in {time.perf_counter() - t0:.1f} s -> {root}")
        else:
            paths, n_broken = generate(root, args.n, args.template)
            print(f"generated {len(paths)} workbooks of {args.template} ({n_broken} broken) "
                  f"in {time.perf_counter() - t0:.1f} s -> {root}")
        n = len(paths)
        print(f"cpus: {os.cpu_count()}, python {sys.version.split()[0]}")

        ta, failed = time_openpyxl(paths)
        print(f"(a) openpyxl.load_workbook loop : {ta:7.2f} s  {n / ta:7.1f} files/s  "
              f"({failed} raised)")
        summary = root.parent / "summary_bench.xlsx" if tmp else Path(tempfile.mkdtemp()) / "s.xlsx"
        tb, res = time_collect(root, args.jobs, None)
        c = res.counts()
        print(f"(b) collect (jobs={args.jobs or os.cpu_count()})       : {tb:7.2f} s  "
              f"{n / tb:7.1f} files/s  ({c['passed']} 通过, {c['with_errors']} 有问题, "
              f"{c['unreadable']} 无法读取)")
        tbs, _ = time_collect(root, args.jobs, summary)
        print(f"(b+) collect + summary workbook : {tbs:7.2f} s  {n / tbs:7.1f} files/s")
        if not args.no_serial:
            ts, _ = time_collect(root, 1, None)
            print(f"(s) collect serial (jobs=1)     : {ts:7.2f} s  {n / ts:7.1f} files/s  "
                  f"ratio (s)/(a) = {ts / ta:.2f}")
        print(f"ratio (b)/(a) = {tb / ta:.2f}   (b+)/(a) = {tbs / ta:.2f}   "
              f"[targets: (b) < 30 s, ratio <= 1.3]")

        import openpyxl

        from jixiao.collect import check_one

        good = next(p for p in paths if check_one(p).report is not None
                    and check_one(p).report.error is None)  # type: ignore[union-attr]
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            t_opx = median_ms(lambda: openpyxl.load_workbook(good))
        t_val = median_ms(lambda: check_one(good))
        print(f"one file ({good.name}): validate {t_val:.1f} ms vs openpyxl load {t_opx:.1f} ms "
              f"(median of 30); ratio = {t_val / t_opx:.2f}  [target <= 1.5]")
        _roster_line()
    finally:
        if tmp is not None:
            shutil.rmtree(tmp, ignore_errors=True)
    return 0


def _roster_line() -> int:
    small = min(time_roster_answers(250) for _ in range(5))
    large = min(time_roster_answers(2500) for _ in range(5))
    print(f"roster answers per return (CPU time), 250: {small * 1e6:.1f} µs, 2,500: {large * 1e6:.1f} µs; "
          f"ratio = {large / small:.2f}  [linear ~1, quadratic ~10; target <= 2]")
    return 0


if __name__ == "__main__":
    sys.exit(main())
