"""What 16-byte keys would save in the case tables: each table and its indexes built twice, UUID text and 16 bytes.

    cd /work/wt/h3 && PYTHONPATH=. python3 tests/benchmarks/bench_uuid_keys.py --data-dir /tmp/h3-vac/.../data

For a later round (issue 14's file size): the primary and foreign keys are 36-character UUID text. Inside one
transaction that is rolled back, every case table (not the change log, the search index or the audit trail, which
are measured apart) is copied twice with ``CREATE TABLE ... AS SELECT``: as stored, and with every value that is a
UUID's text turned into its 16 bytes (``unhex``); then each copy gets the table's indexes (the automatic ones of its
PRIMARY KEY and UNIQUE constraints as plain indexes over the same columns). The pages each copy took are counted,
so both sides are built the same way (densely, as VACUUM leaves a file). Prints MB per table and the total; asserts
nothing; the file is not changed (work on a copy: the rollback still writes the journal).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "benchmarks"))

UUID_LIKE = "'________-____-____-____-____________'"
LEFT_OUT = ("sync", "search", "audit", "accessnote", "alembic", "sqlite_", "meta")


def _used(conn: Any) -> int:
    return int(conn.execute("PRAGMA page_count").fetchone()[0]) - int(conn.execute("PRAGMA freelist_count").fetchone()[0])


def _index_columns(conn: Any, table: str) -> list[tuple[bool, list[str]]]:
    out = []
    for _seq, name, unique, _origin, _partial in conn.execute(f'PRAGMA index_list("{table}")').fetchall():
        if conn.execute("SELECT sql FROM sqlite_master WHERE name = ? AND sql LIKE '% WHERE %'", (name,)).fetchone():
            continue  # a partial index (the destroyed cases): a handful of entries
        out.append((bool(unique), [r[2] for r in conn.execute(f'PRAGMA index_info("{name}")').fetchall()]))
    return out


def _build(conn: Any, table: str, columns: list[str], keys: set[str], as_bytes: bool,
           times: frozenset[str] | set[str] = frozenset()) -> int:
    """Pages a copy of ``table`` (with its indexes) takes, its UUID columns as text or as 16 bytes, and its
    ``times`` (DATETIME columns) as integer microseconds since 1970 instead of 26-character text."""
    def value(c: str) -> str:
        if c in times:  # the size of the integer, not the exact value (julianday is a double)
            return f'CAST((julianday("{c}") - 2440587.5) * 86400000000 AS INTEGER) AS "{c}"'
        if c in keys and as_bytes:
            return (f'CASE WHEN length("{c}") = 36 AND "{c}" LIKE {UUID_LIKE} THEN unhex(replace("{c}", \'-\', \'\')) '
                    f'ELSE "{c}" END AS "{c}"')
        return f'"{c}"'
    before = _used(conn)
    conn.execute(f'CREATE TABLE h3_probe AS SELECT {", ".join(value(c) for c in columns)} FROM "{table}" '
                 "ORDER BY rowid")
    for i, (_unique, cols) in enumerate(_index_columns(conn, table)):
        conn.execute(f'CREATE INDEX h3_probe_{i} ON h3_probe ({", ".join(chr(34) + c + chr(34) for c in cols)})')
    grown = _used(conn) - before
    conn.execute("DROP TABLE h3_probe")
    return grown


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", type=Path, required=True)
    args = parser.parse_args()
    from bench_file_size import open_raw
    conn = open_raw(args.data_dir, os.environ.get("CASEAPP_PASSPHRASE", "benchmark passphrase 벤치마크"))
    page = int(conn.execute("PRAGMA page_size").fetchone()[0])
    cases = int(conn.execute('SELECT count(*) FROM "case"').fetchone()[0]) or 1
    tables = [t for (t,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE "
                                         "'CREATE VIRTUAL%' ORDER BY name").fetchall() if not t.startswith(LEFT_OUT)]
    total_text = total_bytes = total_times = cells = 0
    print(f"{'table':<26}{'rows':>9}{'UUID values':>13}{'text MB':>9}{'16-byte MB':>11}{'saved MB':>10}"
          f"{'+ times MB':>11}")
    conn.execute("BEGIN")
    try:
        for table in tables:
            info = conn.execute(f'PRAGMA table_info("{table}")').fetchall()
            columns = [r[1] for r in info]
            times = {r[1] for r in info if str(r[2]).upper() == "DATETIME"}
            counts = conn.execute("SELECT count(*), " + ", ".join(
                f'coalesce(sum(length("{c}") = 36 AND "{c}" LIKE {UUID_LIKE}), 0)' for c in columns)
                + f' FROM "{table}"').fetchone()
            rows, per_column = int(counts[0]), dict(zip(columns, counts[1:]))
            keys = {c for c, n in per_column.items() if n}
            if not rows:
                continue
            text, packed = _build(conn, table, columns, keys, False), _build(conn, table, columns, keys, True)
            both = _build(conn, table, columns, keys, True, times)
            total_text, total_bytes, total_times = total_text + text, total_bytes + packed, total_times + both
            cells += sum(int(n) for n in per_column.values())
            print(f"{table:<26}{rows:>9,}{sum(int(n) for n in per_column.values()):>13,}{text * page / 1e6:>9.2f}"
                  f"{packed * page / 1e6:>11.2f}{(text - packed) * page / 1e6:>10.2f}{both * page / 1e6:>11.2f}")
    finally:
        conn.execute("ROLLBACK")
    saved = (total_text - total_bytes) * page
    print(f"case tables: {total_text * page / 1e6:.1f} MB as text keys, {total_bytes * page / 1e6:.1f} MB as 16-byte "
          f"keys: {saved / 1e6:.1f} MB less ({saved / cases / 1000:.1f} KB/case over {cases:,} cases; "
          f"{cells:,} UUID values in the tables); with the timestamps as 8-byte integers too: "
          f"{total_times * page / 1e6:.1f} MB ({(total_text - total_times) * page / cases / 1000:.1f} KB/case less)")
    conn.close()


if __name__ == "__main__":
    main()
