"""A demo file's change log as the app would have written it (issue 14, file size): every genesis insert gets the
values of its row, as :mod:`caseapp.services.sync_log` copies them into an insert made through the services.

    cd /work/wt/hN && CASEAPP_PASSPHRASE='benchmark passphrase 벤치마크' PYTHONPATH=. \
        python3 tests/benchmarks/app_written_log.py --data-dir /tmp/hN-copy/data

``caseapp demo-data`` inserts its rows in bulk and logs each as a *genesis* insert (``fields`` empty text: the row
is read when it is sent), so a demo file, and the benchmark file built from it, hold no values in the log. A file
a practitioner wrote through the app holds each record's values in its insert. This rewrites a COPY of a demo file
into that form (the insert's values are the row as it is now, which is what it would hold had it never changed
since, read by :func:`sync_log.read_row`) as text, as a file before migration 0028 holds them (opening the file
then migrates it: that is the migration to time), then vacuums. Work on a copy: it changes the file.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from bench_file_size import open_raw


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", type=Path, required=True)
    args = parser.parse_args()
    from caseapp.services import sync_log
    from caseapp.storage import compact_log
    conn = open_raw(args.data_dir, os.environ.get("CASEAPP_PASSPHRASE", "benchmark passphrase 벤치마크"))
    cur = conn.cursor()
    started = time.perf_counter()
    cur.execute("BEGIN")
    rows = cur.execute("SELECT id, tbl, row_id FROM syncchange WHERE fields = ''").fetchall()
    done = 0
    for id_, tbl, row_id in rows:
        table, key = compact_log.table_read(tbl), compact_log.id_read(row_id)
        values = sync_log.read_row(cur, table, str(key))
        if values is None:
            continue
        values.pop("id", None)
        text = json.dumps(values, ensure_ascii=False, sort_keys=True, separators=(",", ":"))  # as sync_log writes
        cur.execute("UPDATE syncchange SET fields = ? WHERE id = ?", (compact_log.json_stored_0025(text), id_))
        done += 1
    cur.execute("COMMIT")
    cur.execute("VACUUM")
    print(f"{done:,} of {len(rows):,} genesis inserts given their row's values in {time.perf_counter() - started:.1f} s")


if __name__ == "__main__":
    main()
