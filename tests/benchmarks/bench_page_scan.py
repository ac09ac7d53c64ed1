"""The full page scan (``integrity.scan_pages``: quick_check, then every page's HMAC, free pages included) against
a bare ``PRAGMA quick_check`` on the same file (the scan before free pages were read), interleaved, CPU seconds.

    CASEAPP_BENCH_CACHE=/tmp/x python3 tests/benchmarks/bench_page_scan.py --cases 10000 --runs 5
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.benchmarks.bench_file import PASSPHRASE, open_or_build  # noqa: E402


def bare_quick_check(db: Path, key: bytes) -> None:
    import sqlcipher3
    conn = sqlcipher3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True)
    try:
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        assert [r[0] for r in conn.execute("PRAGMA quick_check")] == ["ok"]
    finally:
        conn.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", type=int, default=10000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    bench = open_or_build(args.cases, args.seed)
    from caseapp import paths
    from caseapp.services import integrity
    from caseapp.storage.keystore import KeyFile
    paths.set_data_dir(bench.folder)
    db = paths.database_file()
    key = KeyFile.load(paths.key_file()).unwrap_with_passphrase(PASSPHRASE)
    bare_quick_check(db, key)  # warm the OS cache
    times: dict[str, list[float]] = {"bare quick_check": [], "scan_pages": []}
    for _ in range(args.runs):
        for name, run in (("bare quick_check", bare_quick_check), ("scan_pages", integrity.scan_pages)):
            start = time.process_time()
            run(db, key)
            times[name].append(time.process_time() - start)
    size_mb = db.stat().st_size / 1e6
    bare = statistics.median(times["bare quick_check"])
    for name, values in times.items():
        print(f"{name:18s} min {min(values):6.2f} s  median {statistics.median(values):6.2f} s CPU "
              f"({statistics.median(values) / bare:.2f}x bare; {size_mb:.0f} MB)")


if __name__ == "__main__":
    main()
