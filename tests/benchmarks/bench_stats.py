"""Statistics benchmark: a year's figures (and a year's XLSX report) over a demo file, against the raw aggregate.

    cd /work/main && PYTHONPATH=. python3 tests/benchmarks/bench_stats.py --cases 10000

The demo file is built once into the user cache folder (platformdirs ``user_cache_dir("caseapp")``), one per case
count, seed and schema revision, and reused while the schema is unchanged (``--rebuild`` forces a new one). Prints
min and median of ``--repeat`` runs (≥ 5) of ``statistics.statistics()`` (every figure plus the monthly series;
held in ``statistics.warm_cache()`` as the Statistics window holds it, and without), the first one after opening,
of the whole XLSX report (figures, tables, openpyxl), and of the raw aggregate query
``SELECT count(*), sum(duration_min) FROM serviceentry WHERE occurred_on BETWEEN …`` in the same run, with the ratio
ours / raw, wall and CPU time (the CPU time leaves out waiting for a core on a loaded machine). Not collected by
pytest (``--ignore=tests/benchmarks``); it prints numbers, it asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import statistics as stats_mod
import sys
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

PASSPHRASE = os.environ.get("CASEAPP_PASSPHRASE", "bench passphrase 1234")  # an existing --data-dir: its own
TARGET_SECONDS = 1.0  # the goal for a year's report over 10,000 cases


def timings(fn: Callable[[], Any], repeat: int) -> tuple[float, float, float]:
    """min and median wall time, and median CPU time of this process (what a shared machine's load leaves out)."""
    fn()  # warm SQLCipher's page cache and SQLAlchemy's statement cache; not counted
    times, cpu = [], []
    for _ in range(repeat):
        start, start_cpu = time.perf_counter(), time.process_time()
        fn()
        times.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
    return min(times), stats_mod.median(times), stats_mod.median(cpu)


def cache_folder(cases: int, seed: int) -> Path:
    from platformdirs import user_cache_dir

    from caseapp.storage.migrate import HEAD_REVISION
    return Path(user_cache_dir("caseapp", appauthor=False)) / f"bench-stats-{cases}-s{seed}-r{HEAD_REVISION}"


def open_or_build(folder: Path, cases: int, seed: int, rebuild: bool) -> Any:
    import shutil

    from caseapp import paths
    from caseapp.services.vault import Vault
    if rebuild:
        shutil.rmtree(folder, ignore_errors=True)
    paths.set_data_dir(folder)
    if Vault.exists():
        print(f"reusing {folder}")
        return Vault.open(PASSPHRASE)
    from caseapp.services import demo_data
    from caseapp.services.setup import initialise
    vault, _recovery = initialise(PASSPHRASE, "김사회", "행복종합사회복지관")
    start = time.perf_counter()
    demo_data.generate(vault, cases, seed=seed)
    print(f"built {cases:,} demo cases in {time.perf_counter() - start:.1f}s into {folder}")
    return vault


def print_per_source(vault: Any, period: Any, repeat: int) -> None:
    """Each source's figures computed alone (``compute(sources={key})``): which source to attack first."""
    from caseapp.domain.statistics import SOURCES
    from caseapp.services.statistics import compute
    print(f"\n{'per source':<28}{'min ms':>10}{'median ms':>11}{'CPU ms':>9}")
    total = 0.0
    with vault.session() as s:
        for key in SOURCES:
            lo, mid, cpu = timings(lambda: compute(s, period, sources={key}), repeat)
            total += cpu
            print(f"{key:<28}{lo * 1000:>10.1f}{mid * 1000:>11.1f}{cpu * 1000:>9.1f}")
    print(f"{'sum of sources':<28}{'':>10}{'':>11}{total * 1000:>9.1f}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=10000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--year", type=int, default=date.today().year)
    parser.add_argument("--data-dir", type=Path, help="use this folder instead of the cache folder")
    parser.add_argument("--rebuild", action="store_true", help="build the demo file again")
    parser.add_argument("--per-source", action="store_true",
                        help="also time each source of the figures on its own (where the time goes)")
    args = parser.parse_args(argv)
    repeat = max(args.repeat, 5)

    os.environ.setdefault("CASEAPP_KDF_COST", "10")  # fast key derivation: we measure counting, not unlocking
    from caseapp.domain.statistics import Period
    from caseapp.services import reports, statistics
    folder = args.data_dir or cache_folder(args.cases, args.seed)
    vault = open_or_build(folder, args.cases, args.seed, args.rebuild)
    period = Period.year(args.year)
    try:
        with vault.session() as s:
            cursor = s.connection().connection.cursor()
            services, minutes = cursor.execute(
                "SELECT count(*), sum(duration_min) FROM serviceentry WHERE occurred_on BETWEEN ? AND ?",
                (period.start.isoformat(), period.end.isoformat())).fetchone()

            def raw() -> Any:
                return cursor.execute("SELECT count(*), sum(duration_min) FROM serviceentry "
                                      "WHERE occurred_on BETWEEN ? AND ?",
                                      (period.start.isoformat(), period.end.isoformat())).fetchone()

            raw_min, raw_median, raw_cpu = timings(raw, repeat)
        start_cpu = time.process_time()
        statistics.statistics(vault, period)  # the first report after opening the file: every page decrypted
        first_cpu = time.process_time() - start_cpu
        cold_min, cold_median, cold_cpu = timings(lambda: statistics.statistics(vault, period), repeat)
        with statistics.warm_cache(vault):  # as the Statistics window holds it while shown
            ours_min, ours_median, ours_cpu = timings(lambda: statistics.statistics(vault, period), repeat)
        report_min, report_median, report_cpu = timings(
            lambda: reports.render(reports.report_doc(vault, period, lang="ko"), "xlsx"), repeat)
        figures = statistics.statistics(vault, period).figures
        print(f"\nyear {args.year}: {services:,} services ({minutes or 0:,} min), "
              f"{figures['cases.served']:,} cases served, {len(figures)} figures")
        print(f"{'':<28}{'min ms':>10}{'median ms':>11}{'× raw (median)':>16}{'CPU ms':>9}{'× raw (CPU)':>13}")
        for name, lo, mid, cpu in (("raw aggregate query", raw_min, raw_median, raw_cpu),
                                   ("statistics() all figures", ours_min, ours_median, ours_cpu),
                                   ("  without warm_cache()", cold_min, cold_median, cold_cpu),
                                   ("XLSX report end to end", report_min, report_median, report_cpu)):
            print(f"{name:<28}{lo * 1000:>10.1f}{mid * 1000:>11.1f}{mid / max(raw_median, 1e-9):>16.1f}"
                  f"{cpu * 1000:>9.1f}{cpu / max(raw_cpu, 1e-9):>13.1f}")
        print(f"first statistics() after opening the file: {first_cpu * 1000:.1f} ms CPU")
        if args.per_source:
            print_per_source(vault, period, repeat)
        verdict = "within" if ours_median <= TARGET_SECONDS else "OVER"
        print(f"\nstatistics() median {ours_median:.3f}s: {verdict} the {TARGET_SECONDS:.0f} s goal "
              f"({args.cases:,} cases; the machine's load counts too)")
    finally:
        vault.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
