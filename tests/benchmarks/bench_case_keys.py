"""Migration 0030 (the case tables' UUID keys as 16 bytes): its time and what it saves, and the reads it touches.

    # the migration, on a COPY of a 0029 folder (it is migrated in place):
    PYTHONPATH=. python3 tests/benchmarks/bench_case_keys.py migrate --data-dir /tmp/NAME-copy/data
    # the reads, CPU min/median; run it with the old code's tree first on the path for the baseline:
    PYTHONPATH=/work/main python3 tests/benchmarks/bench_case_keys.py reads --data-dir /tmp/NAME-old/data
    PYTHONPATH=. python3 tests/benchmarks/bench_case_keys.py reads --data-dir /tmp/NAME-new/data

``migrate`` opens the file without the vault, runs the pending migrations (0030) with ``migrate.upgrade`` (its
VACUUM included) and prints the CPU and wall time and the file's size per case before and after. ``reads`` opens
the vault (which must need no migration: the reads are timed, not the open) and times, as this process's CPU
(``time.process_time``), the case list, a whole case (the busiest of ``bench.json``), a search and the case
filter. Uses whatever ``caseapp`` is on the path, so the same script measures old and new code. Asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

PASSPHRASE = os.environ.get("CASEAPP_PASSPHRASE", "benchmark passphrase 벤치마크")


def _size(data_dir: Path) -> tuple[int, int, int]:
    """(file bytes with its -wal, used bytes, cases)."""
    from caseapp import paths
    from caseapp.storage.engine import raw_connect
    from caseapp.storage.keystore import KeyFile
    paths.set_data_dir(data_dir)
    key = KeyFile.load(paths.key_file()).unwrap_with_passphrase(PASSPHRASE)
    conn = raw_connect(paths.database_file(), key)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        page = int(conn.execute("PRAGMA page_size").fetchone()[0])
        used = int(conn.execute("PRAGMA page_count").fetchone()[0]) - int(
            conn.execute("PRAGMA freelist_count").fetchone()[0])
        cases = int(conn.execute('SELECT count(*) FROM "case"').fetchone()[0]) or 1
    finally:
        conn.close()
    db = paths.database_file()
    wal = db.with_name(db.name + "-wal")
    return db.stat().st_size + (wal.stat().st_size if wal.exists() else 0), used * page, cases


def migrate_copy(data_dir: Path) -> None:
    from caseapp import paths
    from caseapp.storage import migrate
    from caseapp.storage.engine import make_engine
    from caseapp.storage.keystore import KeyFile
    before, used_before, cases = _size(data_dir)
    key = KeyFile.load(paths.key_file()).unwrap_with_passphrase(PASSPHRASE)
    engine = make_engine(paths.database_file(), key, pool_size=1)
    try:
        with engine.connect() as conn:
            revision = migrate.current_revision(conn)
        cpu, wall = time.process_time(), time.perf_counter()
        migrate.upgrade(engine)
        cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
    finally:
        engine.dispose()
    after, used_after, _ = _size(data_dir)
    print(f"{revision} -> {migrate.HEAD_REVISION} over {cases:,} cases: {cpu:.1f} s CPU, {wall:.1f} s wall")
    print(f"file {before / cases / 1000:.1f} -> {after / cases / 1000:.1f} KB/case "
          f"({(before - after) / cases / 1000:.1f} less); used pages {used_before / cases / 1000:.1f} -> "
          f"{used_after / cases / 1000:.1f} KB/case")


def _timed(fn: Callable[[], Any], repeat: int) -> tuple[float, float]:
    fn()  # warm: the page cache and the first-call imports are not what is compared
    runs = []
    for _ in range(repeat):
        start = time.process_time()
        fn()
        runs.append((time.process_time() - start) * 1000)
    return min(runs), statistics.median(runs)


def reads(data_dir: Path, repeat: int) -> None:
    from caseapp import paths
    from caseapp.services import cases, search
    from caseapp.services.vault import Vault
    paths.set_data_dir(data_dir)
    bench = json.loads((data_dir.parent / "bench.json").read_text()) if (data_dir.parent / "bench.json").exists() \
        else {}
    vault = Vault.open(PASSPHRASE)
    try:
        listed = cases.list_cases(vault)
        busy = bench.get("busy_case_id") or listed[0].case_id
        name = listed[len(listed) // 2].client_name
        rows = {
            "list_cases": lambda: cases.list_cases(vault),
            "snapshot (busiest case)": lambda: cases.snapshot(vault, busy),
            "search 주거": lambda: search.search(vault, "주거"),
            f"search_cases {name}": lambda: search.search_cases(vault, name),
        }
        import caseapp
        print(f"code: {Path(caseapp.__file__).parent.parent}  cases: {len(listed):,}  repeat: {repeat}")
        for label, fn in rows.items():
            low, mid = _timed(fn, repeat)
            print(f"{label:<32} CPU min {low:8.1f} ms  median {mid:8.1f} ms")
    finally:
        vault.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("mode", choices=("migrate", "reads"))
    parser.add_argument("--data-dir", type=Path, required=True)
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    if args.mode == "migrate":
        migrate_copy(args.data_dir)
    else:
        reads(args.data_dir, args.repeat)


if __name__ == "__main__":
    sys.exit(main())
