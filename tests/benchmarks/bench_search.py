"""Search benchmark: build N demo cases in a throwaway encrypted file, then time search against a plain LIKE scan.

    cd /work/main && PYTHONPATH=. python3 tests/benchmarks/bench_search.py --cases 10000
    CASEAPP_PASSPHRASE=... PYTHONPATH=. python3 tests/benchmarks/bench_search.py --existing DATA_DIR  # a copy

Prints, per query, the median and 95th-percentile time of ``search()`` (ranked hits, limit 50), of ``search_cases()`` (the GUI case-list
filter) and of a bare ``LIKE '%word%'`` scan over the same ``searchdoc`` texts (unpacked into a temporary table in
memory) in the same run, with the ratio baseline / ours (> 1 means the index is faster). Not collected by pytest (``--ignore=tests/benchmarks``); it prints
numbers, it asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

QUERIES = ("주거", "우울", "김", "ㄱㅁ", "김민", "병원 동행", "5678", "정신건강복지센터", "주거 우울")
PASSPHRASE = "bench passphrase 1234"


def timed_ms(fn: Callable[[], Any], repeat: int) -> tuple[float, float, Any]:
    """(median, 95th percentile) of the CPU time of ``repeat`` calls in ms, and the last result."""
    result = fn()  # first call warms SQLCipher's page cache; not counted
    times = []
    for _ in range(repeat):
        start = time.process_time()
        result = fn()
        times.append((time.process_time() - start) * 1000)
    p95 = statistics.quantiles(times, n=20)[-1] if len(times) > 1 else times[0]
    return statistics.median(times), p95, result


def build(cases: int, seed: int) -> Any:
    from caseapp.services.setup import initialise
    vault, _recovery = initialise(PASSPHRASE, "김사회", "행복종합사회복지관")
    start = time.perf_counter()
    try:
        from caseapp.services import demo_data
    except ImportError:  # the demo generator ships with the CLI; fall back to a small one of our own
        demo_data = None
    if demo_data is not None:
        demo_data.generate(vault, cases, seed=seed)
    else:
        quick_cases(vault, cases, seed)
    print(f"built {cases:,} cases in {time.perf_counter() - start:.1f}s")
    return vault


def quick_cases(vault: Any, cases: int, seed: int) -> None:
    import random
    from caseapp.services import cases as case_service, entries
    rng = random.Random(seed)
    surnames, given = "김이박최정강조윤장임", ["민수", "영희", "지훈", "서연", "현우", "수빈", "도윤", "하은"]
    notes = ["월세 체납으로 주거 불안", "우울 증상으로 상담 연계", "병원 동행 지원", "기초생활수급 신청 안내",
             "정신건강복지센터 의뢰", "자녀 돌봄 문제로 가족 상담"]
    for i in range(cases):
        case = case_service.open_case(vault, {"name": rng.choice(surnames) + rng.choice(given),
                                              "phone": f"010-{rng.randrange(10000):04d}-{rng.randrange(10000):04d}"},
                                      {"presenting_request": rng.choice(notes)})
        for _ in range(5):
            entries.add_service_entry(vault, case.id, "information", rng.choice(notes) + f" ({i})")


def plain_texts(cursor: Any) -> None:
    """The baseline's rows: every document's text as plain text in a temporary table (in memory), as ``searchdoc``
    held it before migration 0023 packed it, so the LIKE scan reads the same text it always did."""
    cursor.execute("CREATE TEMP TABLE plain_doc (rowid INTEGER PRIMARY KEY, case_id VARCHAR, body VARCHAR)")
    if "text" not in {r[1] for r in cursor.execute("PRAGMA table_info(searchdoc)")}:
        cursor.execute("INSERT INTO temp.plain_doc SELECT rowid, case_id, body FROM searchdoc")
        return
    from caseapp.storage.packed_text import unpack
    rows = cursor.execute("SELECT rowid, case_id, text FROM searchdoc").fetchall()
    cursor.executemany("INSERT INTO temp.plain_doc VALUES (?, ?, ?)", [(r, c, unpack(t)[2]) for r, c, t in rows])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--data-dir", type=Path, default=Path.cwd() / "bench-data" / "search",
                        help="throwaway data directory (deleted first and afterwards unless --keep)")
    parser.add_argument("--keep", action="store_true")
    parser.add_argument("--existing", type=Path,
                        help="measure this data folder as it is (a copy: nothing is rebuilt, nothing deleted); "
                             "its passphrase from CASEAPP_PASSPHRASE")
    args = parser.parse_args(argv)

    os.environ.setdefault("CASEAPP_KDF_COST", "10")  # fast key derivation: we measure search, not unlocking
    from caseapp import paths
    from caseapp.services import search
    if args.existing is not None:
        from caseapp.services.vault import Vault
        args.keep = True
        os.environ["CASEAPP_DATA_DIR"] = str(args.existing)
        paths.set_data_dir(args.existing)
        vault = Vault.open(os.environ.get("CASEAPP_PASSPHRASE", PASSPHRASE))
    else:
        shutil.rmtree(args.data_dir, ignore_errors=True)
        os.environ["CASEAPP_DATA_DIR"] = str(args.data_dir)
        paths.set_data_dir(args.data_dir)
        vault = build(args.cases, args.seed)
    try:
        if args.existing is None:
            start = time.perf_counter()
            docs = search.reindex_all(vault)
            print(f"reindex_all: {docs:,} documents in {time.perf_counter() - start:.1f}s")
        with vault.session() as s:
            cursor = s.connection().connection.cursor()
            plain_texts(cursor)

            def like_hits(query: str) -> list[Any]:
                words = query.split()
                where = " AND ".join("body LIKE ?" for _ in words)
                return cursor.execute(f"SELECT rowid FROM temp.plain_doc WHERE {where}",
                                      [f"%{w}%" for w in words]).fetchall()

            def like_cases(query: str) -> list[Any]:
                words = query.split()
                sql = " INTERSECT ".join("SELECT case_id FROM temp.plain_doc WHERE body LIKE ?" for _ in words)
                return cursor.execute(sql, [f"%{w}%" for w in words]).fetchall()

            print("CPU ms of the process, median / p95")
            print(f"\n{'query':<14}{'search':>12}{'hits':>6}{'LIKE':>9}{'ratio':>7}   "
                  f"{'cases':>12}{'found':>7}{'LIKE':>9}{'ratio':>7}")
            for query in QUERIES:
                ours, ours95, hits = timed_ms(lambda: search.search(vault, query), args.repeat)
                base, _b95, _rows = timed_ms(lambda: like_hits(query), max(3, args.repeat // 4))
                ours_c, ours_c95, case_ids = timed_ms(lambda: search.search_cases(vault, query), args.repeat)
                base_c, _c95, _ids = timed_ms(lambda: like_cases(query), max(3, args.repeat // 4))
                print(f"{query:<14}{ours:>6.1f}/{ours95:<5.1f}{len(hits):>6}{base:>9.1f}{base / max(ours, 1e-3):>7.1f}   "
                      f"{ours_c:>6.1f}/{ours_c95:<5.1f}{len(case_ids):>7}{base_c:>9.1f}{base_c / max(ours_c, 1e-3):>7.1f}")
        print("\nLIKE cannot match 초성 (ㄱㅁ) or phone digits without hyphens, so its hit counts differ there.")
    finally:
        vault.close()
        if not args.keep:
            shutil.rmtree(args.data_dir, ignore_errors=True)
            try:
                args.data_dir.parent.rmdir()  # the default bench-data/ folder, when nothing else is in it
            except OSError:
                pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
