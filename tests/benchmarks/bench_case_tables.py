"""The case tables' reads on two copies of a file, before and after an index change: plans and CPU time per statement.

    cd /work/wt/h3 && PYTHONPATH=. python3 tests/benchmarks/bench_case_tables.py \
        --old /tmp/h3-vac/bench-issue14-10000-s7-r0020 --new /tmp/h3-bnew/bench-issue14-10000-s7-r0021

Both are ``bench_file`` folders (``bench.json`` beside ``data``). This code opens ``--new`` and records every
statement (SQLite's trace, parameters bound) of what reads the case tables: the case list and today's deadlines,
opening the benchmark's three cases and 30 others, a year's statistics, the deadline facts of every case and of a
few, the check of destroyed cases on open. Each distinct read is then planned (EXPLAIN QUERY PLAN) on both files
through raw connections; a read whose plan differs is run ``--repeat`` times on each, old and new interleaved, and
its CPU time printed (min/median, ms) beside the ratio. Asserts nothing; changes neither file.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics as stats_mod
import sys
import time
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "benchmarks"))

PASSPHRASE = os.environ.get("CASEAPP_PASSPHRASE", "benchmark passphrase 벤치마크")


def workload(folder: Path) -> list[str]:
    """The statements the case tables' readers run on ``folder``'s file, in order, parameters bound."""
    from sqlalchemy import event, select

    from caseapp import paths
    from caseapp.domain.statistics import Period
    from caseapp.services import case_facts, cases, destruction, statistics
    from caseapp.services.vault import Vault
    from caseapp.storage.models import Case
    paths.set_data_dir(folder / "data")
    bench = json.loads((folder / "bench.json").read_text(encoding="utf-8"))
    vault = Vault.open(PASSPHRASE)
    ran: list[str] = []
    event.listen(vault.engine.pool, "checkout", lambda dbapi, _rec, _proxy: dbapi.set_trace_callback(ran.append))
    try:
        listed = cases.list_cases(vault)
        cases.upcoming_deadlines(vault, listed=listed)
        for case_id in [bench["busy_case_id"], bench["small_case_id"], bench["implementation_case_id"],
                        *[c.case_id for c in listed[::max(1, len(listed) // 30)]]]:
            cases.snapshot(vault, case_id)
        cases.find_case(vault, listed[len(listed) // 2].case_number)
        statistics.statistics(vault, Period.year(date.today().year))
        destruction.keep_destroyed(vault)
        with vault.session() as s:
            case_facts.all_facts(s)
            case_facts.all_facts(s, [c.case_id for c in listed[:40]])
            s.exec(select(Case.id).where(Case.case_number == listed[0].case_number)).all()
    finally:
        vault.close()
    return ran


def plan(conn: Any, sql: str) -> str | None:
    try:
        return " | ".join(str(r[-1]) for r in conn.execute("EXPLAIN QUERY PLAN " + sql).fetchall())
    except Exception:  # noqa: BLE001 - a temp table of the statistics, a pragma: not a read of the file's tables
        return None


def cpu_ms(conn: Any, sql: str, repeat: int) -> list[float]:
    out = []
    for _ in range(repeat):
        start = time.process_time()
        conn.execute(sql).fetchall()
        out.append((time.process_time() - start) * 1000)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--old", type=Path, required=True)
    parser.add_argument("--new", type=Path, required=True)
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    from bench_file_size import open_raw
    statements = workload(args.new)
    reads = list(dict.fromkeys(s for s in statements if s.lstrip().upper().startswith(("SELECT", "WITH"))))
    old, new = open_raw(args.old / "data", PASSPHRASE), open_raw(args.new / "data", PASSPHRASE)
    differ = []
    planned = 0
    for sql in reads:
        before, after = plan(old, sql), plan(new, sql)
        if before is None or after is None:
            continue
        planned += 1
        if before != after:
            differ.append((sql, before, after))
    print(f"{len(statements)} statements, {len(reads)} distinct reads, {planned} planned on both files, "
          f"{len(differ)} with another plan")
    for sql, before, after in differ:
        cpu_old, cpu_new = [], []
        for _ in range(args.repeat):  # interleaved, so the machine's load falls on both alike
            cpu_old += cpu_ms(old, sql, 1)
            cpu_new += cpu_ms(new, sql, 1)
        print(f"\n{sql[:300]}\n  old: {before}\n  new: {after}\n  CPU ms old {min(cpu_old):.2f}/"
              f"{stats_mod.median(cpu_old):.2f}, new {min(cpu_new):.2f}/{stats_mod.median(cpu_new):.2f} "
              f"(new/old median {stats_mod.median(cpu_new) / max(stats_mod.median(cpu_old), 1e-9):.2f})")
    old.close()
    new.close()


if __name__ == "__main__":
    main()
