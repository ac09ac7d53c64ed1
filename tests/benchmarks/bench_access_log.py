"""Access-log (접속기록) benchmark: a month listed from a large file, and what recording a view adds to opening a case.

    cd /work/wt/hN && PYTHONPATH=. python3 tests/benchmarks/bench_access_log.py --cases 10000 [--per-month 3000]

Builds N demo cases in a throwaway encrypted file, then appends two years of realistic access records (views,
searches, exports, unlocks and locks in office hours, ``--per-month`` of them a month) with one bulk append. Prints
the median time of listing one month (:func:`access_log.month_records`) against the same query forced past the
(action, at) index (a full scan of the audit table, the baseline), and the median time of opening a case
(:func:`cases.snapshot`) with and without the access record (:func:`access_log.record_view`, a committed write).
Not collected by pytest (``--ignore=tests/benchmarks``); it prints numbers, it asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import sys
import time
from collections.abc import Callable
from datetime import date, datetime, time as clock, timedelta, timezone
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

PASSPHRASE = "bench passphrase 1234"
MIX = (("view", 70), ("search", 15), ("unlock", 6), ("lock", 5), ("export", 4))


def median_ms(fn: Callable[[], Any], repeat: int) -> tuple[float, float, float, Any]:
    """(first call, median of the next ``repeat``, median CPU time of this process) in milliseconds, and the last
    result. The CPU time leaves out waiting for a core on a shared machine (and for the disk)."""
    start = time.perf_counter()
    result = fn()
    first = (time.perf_counter() - start) * 1000
    times, cpu = [], []
    for _ in range(repeat):
        start, start_cpu = time.perf_counter(), time.process_time()
        result = fn()
        times.append((time.perf_counter() - start) * 1000)
        cpu.append((time.process_time() - start_cpu) * 1000)
    return first, statistics.median(times), statistics.median(cpu), result


def add_history(vault: Any, case_ids: list[str], per_month: int, months: int = 24) -> int:
    """``months`` months of access records up to last month, ``per_month`` each, in office hours."""
    from caseapp.services import access_log, audit
    rng = random.Random(12)
    kinds = [k for k, w in MIX for _ in range(w)]
    from caseapp.domain.access import previous_month
    starts = [previous_month(date.today())]
    while len(starts) < months:
        starts.append(previous_month(starts[-1]))
    events = []
    for month_start in reversed(starts):
        for _ in range(per_month):
            day = month_start + timedelta(days=rng.randrange(28))
            at = datetime.combine(day, clock(9, 0)).astimezone() + timedelta(minutes=rng.randrange(480))
            kind = rng.choice(kinds)
            case_id = rng.choice(case_ids) if kind in ("view", "export") else None
            facts = {"n": rng.randrange(1, 40), "c": rng.randrange(1, 20)} if kind == "search" else {}
            if kind == "export":
                facts = {"sha256": "0" * 64, "r": "service"}
            events.append((kind, "exportrecord" if kind == "export" else "", "", case_id,
                           access_log.access_detail(facts), at.astimezone(timezone.utc)))
    with vault.session(write=True) as s:
        audit.record_many(s, vault.actor, events)
    return len(events)


def full_scan_month(vault: Any, month: date) -> int:
    """The baseline: the same month's access rows read past the index (what a table without it costs)."""
    from sqlalchemy import text

    from caseapp.domain.access import month_bounds
    from caseapp.services.access_log import ACCESS_ACTIONS
    first, after = month_bounds(month)
    start = datetime.combine(first, clock(0)).astimezone().astimezone(timezone.utc).strftime("%Y-%m-%d %H:%M:%S")
    end = datetime.combine(after, clock(0)).astimezone().astimezone(timezone.utc).strftime("%Y-%m-%d %H:%M:%S")
    marks = ", ".join(f"'{a}'" for a in ACCESS_ACTIONS)
    with vault.engine.connect() as conn:
        rows = conn.execute(text(f"SELECT a.*, c.case_number FROM auditevent a NOT INDEXED LEFT JOIN \"case\" c "
                                 f"ON c.id = a.case_id WHERE a.action IN ({marks}) AND a.at >= :s AND a.at < :e "
                                 f"ORDER BY a.at"), {"s": start, "e": end}).all()
    return len(rows)


def run(cases_n: int, per_month: int, workdir: Path, repeat: int) -> None:
    from caseapp import paths
    from caseapp.domain.access import previous_month
    from caseapp.services import access_log, cases, demo_data
    from caseapp.services.setup import initialise
    from caseapp.services.vault import Vault

    data = workdir / f"data-{cases_n}"
    paths.set_data_dir(data)
    vault, _recovery = initialise(PASSPHRASE, "김사회", "행복종합사회복지관")
    start = time.perf_counter()
    demo_data.generate(vault, cases_n, seed=1)
    t_demo = time.perf_counter() - start
    listed = cases.list_cases(vault)
    ids = [c.case_id for c in listed]
    added = add_history(vault, ids, per_month)
    vault.close()
    vault = Vault.open(PASSPHRASE)
    with vault.engine.connect() as conn:
        from sqlalchemy import text
        audit_rows = conn.execute(text("SELECT count(*) FROM auditevent")).scalar_one()

    month = previous_month(date.today())
    cold, warm, warm_cpu, entries = median_ms(lambda: access_log.month_records(vault, month), repeat)
    b_cold, b_warm, b_cpu, b_rows = median_ms(lambda: full_scan_month(vault, month), repeat)

    sample = [ids[i] for i in range(0, len(ids), max(1, len(ids) // repeat))][:repeat]
    snap_times, record_times, record_cpu = [], [], []
    for case_id in sample:
        t0 = time.perf_counter()
        cases.snapshot(vault, case_id)
        t1, c1 = time.perf_counter(), time.process_time()
        access_log.record_view(vault, case_id)
        t2, c2 = time.perf_counter(), time.process_time()
        snap_times.append((t1 - t0) * 1000)
        record_times.append((t2 - t1) * 1000)
        record_cpu.append((c2 - c1) * 1000)
    vault.close()
    size = sum(p.stat().st_size for p in data.iterdir() if p.is_file())

    print(f"\n== {cases_n} demo cases (demo-data {t_demo:.1f} s) + {added:,} access records over 24 months; "
          f"{audit_rows:,} audit rows, {size / 1e6:.1f} MB")
    print(f"  load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    print(f"  list one month ({len(entries)} records)   first {cold:7.1f} ms   median {warm:7.1f} ms   "
          f"CPU {warm_cpu:7.1f} ms")
    print(f"  baseline: same rows, no index ({b_rows})   first {b_cold:7.1f} ms   median {b_warm:7.1f} ms   "
          f"CPU {b_cpu:7.1f} ms   baseline / ours = {b_warm / warm:5.1f}x")
    print(f"  open a case (snapshot), n={len(sample)}        median {statistics.median(snap_times):7.2f} ms")
    print(f"  + access record (committed), n={len(sample)}  median {statistics.median(record_times):7.2f} ms   "
          f"CPU {statistics.median(record_cpu):6.2f} ms   max {max(record_times):.2f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=1000)
    parser.add_argument("--per-month", type=int, default=3000, help="access records a month (default 3000)")
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    os.environ.setdefault("CASEAPP_KDF_COST", "14")  # the benchmark times the log, not the key derivation
    # Scratch space inside the checkout's ignored out/ folder, not /tmp (house rule for anything case-like).
    workdir = Path(__file__).resolve().parents[2] / "out" / "bench-access-log"
    shutil.rmtree(workdir, ignore_errors=True)
    workdir.mkdir(parents=True)
    try:
        run(args.cases, args.per_month, workdir, args.repeat)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
