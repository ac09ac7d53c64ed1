"""Foundation timings, printed as ratios against a bare baseline measured in the same run.

    python3 tests/benchmarks/bench_foundation.py [--cases 200] [--big 0]

Baseline: the same number of rows inserted with raw sqlcipher3 (same key, WAL, synchronous=FULL, one transaction),
and plain sqlite3 for comparison. Measured: ``init`` (key derivation at the real cost), ``demo-data``, listing the
cases, one whole-case snapshot, and one search. Not collected by pytest (see pyproject ``--ignore``); it asserts
nothing, it prints.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

PASSPHRASE = "benchmark passphrase"


def timed(fn: Callable[[], Any]) -> tuple[float, Any]:
    start = time.perf_counter()
    result = fn()
    return time.perf_counter() - start, result


def baseline_rows(path: Path, rows: int, *, encrypted: bool) -> float:
    """Insert ``rows`` rows of realistic width (uuid, dates, ~150 characters of Korean text) in one transaction."""
    import uuid
    if encrypted:
        import sqlcipher3
        conn = sqlcipher3.connect(str(path))
        conn.execute(f"PRAGMA key = \"x'{os.urandom(32).hex()}'\"")
    else:
        conn = sqlite3.connect(str(path))
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("CREATE TABLE entry (id TEXT PRIMARY KEY, case_id TEXT, occurred_on TEXT, kind TEXT, text TEXT)")
    conn.execute("CREATE INDEX ix_entry_case ON entry(case_id)")
    text = "퇴거 통보 확인. 긴급 주거 지원 요건을 함께 확인하고 오늘 바로 신청하기로 함. " * 3
    data = [(str(uuid.uuid4()), str(uuid.uuid4()), "2026-05-01", "counselling", text) for _ in range(rows)]
    start = time.perf_counter()
    conn.execute("BEGIN")
    conn.executemany("INSERT INTO entry VALUES (?, ?, ?, ?, ?)", data)
    conn.execute("COMMIT")
    elapsed = time.perf_counter() - start
    conn.close()
    return elapsed


def row_count(vault: Any) -> int:
    from sqlalchemy import text
    total = 0
    with vault.engine.connect() as conn:
        for (name,) in conn.execute(text("SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE "
                                         "'search_fts%' AND name NOT LIKE 'sqlite_%'")).all():
            total += conn.execute(text(f'SELECT count(*) FROM "{name}"')).scalar_one()
    return total


def run(cases_n: int, workdir: Path) -> None:
    from caseapp import paths
    from caseapp.services import cases, demo_data, search
    from caseapp.services.setup import initialise
    from caseapp.services.vault import Vault

    os.environ.pop("CASEAPP_KDF_COST", None)  # the real key-derivation cost
    data = workdir / f"data-{cases_n}"
    paths.set_data_dir(data)
    t_init, (vault, _recovery) = timed(lambda: initialise(PASSPHRASE, "김사회", "행복종합사회복지관"))
    t_demo, _ = timed(lambda: demo_data.generate(vault, cases_n, seed=1))
    rows = row_count(vault)
    vault.close()
    t_open, vault = timed(lambda: Vault.open(PASSPHRASE))
    t_list, listed = timed(lambda: cases.list_cases(vault))
    t_list2, _ = timed(lambda: cases.list_cases(vault))
    busiest = max(listed, key=lambda c: c.days_in_stage())
    t_show, _ = timed(lambda: cases.snapshot(vault, busiest.case_id))
    t_show2, _ = timed(lambda: cases.snapshot(vault, listed[len(listed) // 2].case_id))
    t_search, hits = timed(lambda: search.search(vault, "주거", limit=50))
    vault.close()

    t_cipher = baseline_rows(workdir / f"baseline-{cases_n}.db", rows, encrypted=True)
    t_sqlite = baseline_rows(workdir / f"plain-{cases_n}.db", rows, encrypted=False)
    size = sum(p.stat().st_size for p in data.iterdir() if p.is_file())

    print(f"\n== {cases_n} demo cases: {rows:,} rows (without the search index), {size / 1e6:.1f} MB on disk")
    print(f"  init (scrypt 2^17, identity)   {t_init:8.3f} s")
    print(f"  open (passphrase + migrate)    {t_open:8.3f} s")
    print(f"  demo-data                      {t_demo:8.3f} s   {t_demo / cases_n * 1000:6.1f} ms/case")
    print(f"  baseline raw sqlcipher3 insert {t_cipher:8.3f} s   demo-data / baseline = {t_demo / t_cipher:6.1f}x")
    print(f"  baseline plain sqlite3 insert  {t_sqlite:8.3f} s   sqlcipher / sqlite   = {t_cipher / t_sqlite:6.1f}x")
    print(f"  cases listing (cold / warm)    {t_list * 1000:8.1f} / {t_list2 * 1000:.1f} ms")
    print(f"  show one case (cold / warm)    {t_show * 1000:8.1f} / {t_show2 * 1000:.1f} ms")
    print(f"  search '주거' ({len(hits)} hits)        {t_search * 1000:8.1f} ms")
    print(f"  per-row cost vs. baseline      {t_demo / rows * 1e6:8.1f} µs vs {t_cipher / rows * 1e6:.1f} µs")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=200)
    parser.add_argument("--big", type=int, default=0, help="also run with this many cases (e.g. 10000)")
    args = parser.parse_args()
    # Scratch space inside the checkout's ignored out/ folder, not /tmp (house rule for anything case-like).
    workdir = Path(__file__).resolve().parents[2] / "out" / "bench-foundation"
    shutil.rmtree(workdir, ignore_errors=True)
    workdir.mkdir(parents=True)
    try:
        run(args.cases, workdir)
        if args.big:
            run(args.big, workdir)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
