"""Access-log (접속기록) benchmark: a month listed from a large file, and what recording a view adds to opening a case.

    cd /work/wt/hN && PYTHONPATH=. python3 tests/benchmarks/bench_access_log.py --cases 10000 [--per-month 3000]
    cd /work/wt/hN && PYTHONPATH=. python3 tests/benchmarks/bench_access_log.py --data-dir FOLDER  # an existing file

Builds N demo cases in a throwaway encrypted file (or copies ``--data-dir``'s file there; its passphrase from
``CASEAPP_PASSPHRASE``, default the benchmark's), then appends two years of realistic access records (views,
searches, exports, unlocks and locks in office hours, ``--per-month`` of them a month) with one bulk append. Prints
min and median over ``--runs`` runs (≥ 5) of: listing one month (:func:`access_log.month_records`) against the same
query forced past the (action, at) index (a full scan of the audit table); and the CPU time of recording a view
(:func:`access_log.record_view`, a committed write; each run's median over ``--repeat`` cases) against the bare
floor, the same chained row and head written by hand on the raw connection in one light transaction. Opening the
case (:func:`cases.snapshot`) is timed beside it for scale. Not collected by pytest (``--ignore=tests/benchmarks``);
it prints numbers, it asserts nothing.
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


def min_median(values: list[float]) -> str:
    return f"{min(values):7.2f} / {statistics.median(values):7.2f}"


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
    from caseapp.storage.compact_values import micros_stored
    first, after = month_bounds(month)
    start = micros_stored(datetime.combine(first, clock(0)).astimezone())  # the stored time (migration 0024)
    end = micros_stored(datetime.combine(after, clock(0)).astimezone())
    from caseapp.storage import audit_codes
    marks = ", ".join(str(audit_codes.stored(audit_codes.ACTIONS, a)) for a in ACCESS_ACTIONS)  # codes (0027)
    with vault.engine.connect() as conn:
        rows = conn.execute(text(f"SELECT a.*, c.case_number FROM auditevent a NOT INDEXED LEFT JOIN \"case\" c "
                                 f"ON c.id = a.case_id WHERE a.action IN ({marks}) AND a.at >= :s AND a.at < :e "
                                 f"ORDER BY a.at"), {"s": start, "e": end}).all()
    return len(rows)


def bare_view_record(vault: Any, case_id: str) -> None:
    """The floor of one access record: the chained row and the head written by hand on the raw connection in one
    light transaction (what any implementation has to do), with the same hash."""
    import hashlib
    import uuid

    from caseapp.services import audit
    from caseapp.storage import audit_codes
    from caseapp.storage.compact_values import micros_stored, uuid_stored
    with vault.engine.connect() as conn:
        raw = conn.connection.driver_connection
        raw.execute("PRAGMA synchronous = NORMAL")
        try:
            raw.execute("BEGIN IMMEDIATE")
            seq_text, _, prev = raw.execute("SELECT value FROM meta WHERE key = 'audit_head'").fetchone()[0] \
                .partition(":")
            now = datetime.now(timezone.utc)
            seq, row_id = int(seq_text) + 1, str(uuid.uuid4())
            parts = [str(seq), row_id, now.isoformat(), vault.actor, "view", "", "", case_id, "dv=000000000000", prev]
            digest = hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()
            raw.execute("INSERT INTO auditevent (seq, id, at, actor, action, entity_type, entity_id, case_id, detail, "
                        "hash) VALUES (?, ?, ?, ?, ?, '', '', ?, 'dv=000000000000', ?)",  # 0019: 32-byte hash
                        (seq, uuid_stored(row_id), micros_stored(now), vault.actor,  # 0022
                         audit_codes.stored(audit_codes.ACTIONS, "view"), uuid_stored(case_id),  # 0027: a code
                         bytes.fromhex(digest)))
            raw.execute("UPDATE meta SET value = ? WHERE key = ?", (f"{seq}:{digest}", audit.HEAD_KEY))
            raw.execute("COMMIT")
        finally:
            raw.execute("PRAGMA synchronous = FULL")


def cpu_ms(fn: Callable[[], Any]) -> float:
    start = time.process_time()
    fn()
    return (time.process_time() - start) * 1000


def open_file(data: Path, source: Path | None, cases_n: int) -> tuple[Any, float]:
    """The vault of a fresh demo file of ``cases_n`` cases, or of a copy of ``source``; and the build seconds."""
    from caseapp import paths
    from caseapp.services import demo_data
    from caseapp.services.setup import initialise
    from caseapp.services.vault import Vault
    paths.set_data_dir(data)
    start = time.perf_counter()
    if source is not None:
        shutil.copytree(source, data, ignore=shutil.ignore_patterns("backups", "logs"))
        return Vault.open(os.environ.get("CASEAPP_PASSPHRASE", PASSPHRASE)), time.perf_counter() - start
    vault, _recovery = initialise(PASSPHRASE, "김사회", "행복종합사회복지관")
    demo_data.generate(vault, cases_n, seed=1)
    return vault, time.perf_counter() - start


def run(cases_n: int, per_month: int, workdir: Path, repeat: int, runs: int, source: Path | None) -> None:
    from sqlalchemy import text

    from caseapp.domain.access import previous_month
    from caseapp.services import access_log, audit, cases
    from caseapp.services.vault import Vault

    data = workdir / "data"
    vault, t_build = open_file(data, source, cases_n)
    listed = cases.list_cases(vault)
    ids = [c.case_id for c in listed]
    added = add_history(vault, ids, per_month)
    vault.close()
    vault = Vault.open(os.environ.get("CASEAPP_PASSPHRASE", PASSPHRASE) if source else PASSPHRASE)
    with vault.engine.connect() as conn:
        audit_rows = conn.execute(text("SELECT count(*) FROM auditevent")).scalar_one()

    month = previous_month(date.today())
    listing, listing_cpu, scans = [], [], []
    for _ in range(runs):
        _first, warm, warm_cpu, entries = median_ms(lambda: access_log.month_records(vault, month), 3)
        _b_first, b_warm, _b_cpu, b_rows = median_ms(lambda: full_scan_month(vault, month), 3)
        listing.append(warm)
        listing_cpu.append(warm_cpu)
        scans.append(b_warm)

    sample = [ids[i] for i in range(0, len(ids), max(1, len(ids) // repeat))][:repeat]
    access_log.record_view(vault, sample[0])  # warm the statement caches of both paths
    bare_view_record(vault, sample[0])
    snaps, ours, bare = [], [], []
    for _ in range(runs):
        run_snap, run_ours, run_bare = [], [], []
        for case_id in sample:
            t0 = time.perf_counter()
            cases.snapshot(vault, case_id)
            run_snap.append((time.perf_counter() - t0) * 1000)
            run_ours.append(cpu_ms(lambda: access_log.record_view(vault, case_id)))
            run_bare.append(cpu_ms(lambda: bare_view_record(vault, case_id)))
        snaps.append(statistics.median(run_snap))
        ours.append(statistics.median(run_ours))
        bare.append(statistics.median(run_bare))
    with vault.session() as s:
        chain = audit.verify_chain(s)
    vault.close()
    size = sum(p.stat().st_size for p in data.iterdir() if p.is_file())

    what = f"a copy of {source}" if source else f"{cases_n} demo cases (built in {t_build:.1f} s)"
    print(f"\n== {what} + {added:,} access records over 24 months; {audit_rows:,} audit rows, {size / 1e6:.1f} MB")
    print(f"  load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores; min / median of {runs} runs")
    print(f"  list one month ({len(entries)} records), wall ms          {min_median(listing)}   "
          f"(CPU {min_median(listing_cpu)})")
    print(f"  baseline: same rows, no index ({b_rows}), wall ms         {min_median(scans)}   "
          f"baseline / ours = {statistics.median(scans) / statistics.median(listing):5.1f}x")
    print(f"  open a case (snapshot), wall ms, n={len(sample)}            {min_median(snaps)}")
    print(f"  + access record (record_view), CPU ms, n={len(sample)}      {min_median(ours)}")
    print(f"  bare floor: the row and head by hand, CPU ms     {min_median(bare)}   "
          f"ours / bare = {statistics.median(ours) / statistics.median(bare):4.2f}x")
    print(f"  audit chain after the run: {'intact' if not chain else f'{len(chain)} problems'}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=1000)
    parser.add_argument("--data-dir", type=Path, help="copy this data folder's file instead of building one")
    parser.add_argument("--per-month", type=int, default=3000, help="access records a month (default 3000)")
    parser.add_argument("--repeat", type=int, default=20, help="cases opened per run")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    os.environ.setdefault("CASEAPP_KDF_COST", "14")  # the benchmark times the log, not the key derivation
    # Scratch space inside the checkout's ignored out/ folder, not /tmp (house rule for anything case-like).
    workdir = Path(__file__).resolve().parents[2] / "out" / "bench-access-log"
    shutil.rmtree(workdir, ignore_errors=True)
    workdir.mkdir(parents=True)
    try:
        run(args.cases, args.per_month, workdir, args.repeat, max(args.runs, 5), args.data_dir)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
