"""What the change log costs a write and a sync on the 10,000-case file (issue 14, migration 0021), old and new code.

    CASEAPP_BENCH_CODE=/work/main  python3 tests/benchmarks/bench_change_log.py --data-dir OLD/data --json
    CASEAPP_BENCH_CODE=/work/wt/h1 python3 tests/benchmarks/bench_change_log.py --data-dir NEW/data --json

``CASEAPP_BENCH_CODE`` names the tree whose ``caseapp`` runs (default: this file's), so the same script times the
code before and after a change; run the two alternately on copies of the file (it writes to it). In one process,
after a warm-up of each measure, ``--repeat`` times each, CPU time of this process (the machine is shared):

- add: adding a service entry to the case with 500 entries (``bench.json``'s ``busy_case_id``);
- baseline: the same INSERT of the entry's row with plain SQL in a transaction of its own (no log, no index
  upkeep beyond the table's own), measured in the same run between the adds;
- export: the changes a peer lacks when it misses this device's last ``--changes`` changes
  (:func:`sync_log.changes_missing`, what a bundle carries);
- import: applying ``--changes`` new service entries of another device to the busy case
  (:func:`sync_apply.preview`: the whole apply in a savepoint that is rolled back, so every run finds them new).

Prints min/median and the ratios to the baseline; asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
import uuid
from pathlib import Path
from typing import Any

CODE = Path(os.environ.get("CASEAPP_BENCH_CODE") or Path(__file__).resolve().parents[2])
sys.path.insert(0, str(CODE))

PASSPHRASE = "benchmark passphrase 벤치마크"


def cpu(fn: Any) -> float:
    start = time.process_time()
    fn()
    return time.process_time() - start


def spread(values: list[float]) -> str:
    return f"{min(values) * 1000:.1f}/{statistics.median(values) * 1000:.1f} ms"


def foreign_entries(vault: Any, case_id: str, count: int) -> list[Any]:
    """``count`` inserts of new service entries in the case, as another device would send them."""
    from caseapp.domain.sync_protocol import Change, Op
    from caseapp.services import sync_log
    with vault.session() as s:
        cur = sync_log.cursor(s)
        [row_id] = cur.execute("SELECT id FROM serviceentry WHERE case_id = ? LIMIT 1", (case_id,)).fetchone()
        template = sync_log.read_row(cur, "serviceentry", row_id) or {}
        template.pop("id", None)
        last = sync_log.last_clock(cur)
    device = "e" * 12
    wall = (last.wall_ms if last else int(time.time() * 1000)) + 1000
    return [Change(device=device, seq=i + 1, hlc=f"{wall + i:013d}.0000.{device}", table="serviceentry",
                   row_id=str(uuid.uuid4()), op=Op.INSERT, fields={**template, **_spread_in_time(i),
                                                                    "text": f"다른 기기 기록 {i}"},
                   case_id=case_id) for i in range(count)]


def _spread_in_time(i: int) -> dict[str, str]:
    """Entries of different days and times, as real work is (the search index slots a record by its time)."""
    day = f"2026-{1 + i // 28 % 12:02d}-{1 + i % 28:02d}"
    return {"occurred_on": day, "created_at": f"{day} {9 + i % 8:02d}:{i * 7 % 60:02d}:{i % 60:02d}.000000",
            "updated_at": f"{day} {9 + i % 8:02d}:{i * 7 % 60:02d}:{i % 60:02d}.000000"}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", type=Path, required=True)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--changes", type=int, default=300)
    parser.add_argument("--json", action="store_true", help="one JSON line of the runs at the end")
    args = parser.parse_args()
    from caseapp import paths
    from caseapp.services import entries, sync_apply, sync_log
    from caseapp.services.vault import Vault
    import caseapp
    paths.set_data_dir(args.data_dir)
    info = json.loads((args.data_dir.parent / "bench.json").read_text(encoding="utf-8"))
    busy = info["busy_case_id"]
    vault = Vault.open(PASSPHRASE)
    runs: dict[str, list[float]] = {"add": [], "baseline": [], "export": [], "import": []}
    try:
        with vault.session() as s:
            cur = sync_log.cursor(s)
            me = sync_log.this_device()
            vector = sync_log.local_vector(s)
            [template] = cur.execute("SELECT * FROM serviceentry WHERE case_id = ? LIMIT 1", (busy,)).fetchall()
            names = [d[0] for d in cur.description]
        have = {**vector, me: max(0, vector.get(me, 0) - args.changes)}
        incoming = foreign_entries(vault, busy, args.changes)

        def add() -> None:
            entries.add_service_entry(vault, busy, "counselling", "전화 상담. 다음 주 방문 약속.", contact_mode="phone",
                                      duration_min=30)

        def bare() -> None:
            values = dict(zip(names, template))
            values["id"] = str(uuid.uuid4())
            with vault.engine.begin() as conn:
                conn.exec_driver_sql(f"INSERT INTO serviceentry ({', '.join(names)}) VALUES "
                                     f"({', '.join('?' * len(names))})", tuple(values[n] for n in names))

        def export() -> None:
            with vault.session() as s:
                changes = sync_log.changes_missing(s, have)
                json.dumps([c.to_json() for c in changes], ensure_ascii=False)

        def import_() -> None:
            with vault.session(write=True) as s:
                sync_apply.preview(s, incoming)

        for fn in (add, bare, export, import_):  # warm-up: statements compiled, pages read once
            fn()
        for _ in range(args.repeat):
            runs["add"].append(cpu(add))
            runs["baseline"].append(cpu(bare))
            runs["export"].append(cpu(export))
            runs["import"].append(cpu(import_))
    finally:
        vault.close()
    base = statistics.median(runs["baseline"])
    print(f"code {Path(caseapp.__file__).parents[1]}, file {args.data_dir}, load {os.getloadavg()[0]:.1f}")
    for name, values in runs.items():
        print(f"  {name:8} {spread(values):>20}   {statistics.median(values) / base:6.1f}x the bare insert")
    if args.json:
        print(json.dumps({"code": str(CODE), **runs}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
