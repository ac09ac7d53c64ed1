"""Where the bytes of a case file are (issue 14's file-size row): pages per table and per index, and column bytes.

    cd /work/wt/h3 && CASEAPP_PASSPHRASE='benchmark passphrase 벤치마크' PYTHONPATH=. \
        python3 tests/benchmarks/bench_file_size.py --data-dir /tmp/h3-bench/.../data [--columns auditevent,syncchange]

This SQLCipher build has no ``dbstat``, so each object is measured by what dropping it frees: inside one
transaction that is rolled back at the end, every index is dropped (each one's freed pages counted), then every
table (the freed pages are the table with its automatic indexes; an FTS5 table is counted with its shadow tables).
The file is not changed (the transaction is rolled back), but work on a copy anyway: the rollback still writes the
journal. The automatic (PRIMARY KEY / UNIQUE) indexes are sized apart by building the same index in the same
transaction. Prints KB per case and MB per object; asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))


def open_raw(data_dir: Path, passphrase: str) -> Any:
    """The file's connection without opening the vault (which would migrate it)."""
    from caseapp import paths
    from caseapp.storage.engine import raw_connect
    from caseapp.storage.keystore import KeyFile
    paths.set_data_dir(data_dir)
    key = KeyFile.load(paths.key_file()).unwrap_with_passphrase(passphrase)
    conn = raw_connect(paths.database_file(), key)
    conn.isolation_level = None
    conn.execute("PRAGMA foreign_keys = OFF")  # dropping a parent table must not run its cascades
    return conn


def used_pages(conn: Any) -> int:
    return int(conn.execute("PRAGMA page_count").fetchone()[0]) - int(conn.execute("PRAGMA freelist_count").fetchone()[0])


def freed_by(conn: Any, sql: str) -> int:
    """Pages the statement gave back (negative: pages it took, from the free list or by growing the file)."""
    before = used_pages(conn)
    conn.execute(sql)
    return before - used_pages(conn)


def automatic_indexes(conn: Any, table: str) -> list[tuple[str, list[str]]]:
    found = []
    for _seq, name, _unique, origin, _partial in conn.execute(f'PRAGMA index_list("{table}")').fetchall():
        if origin in ("pk", "u") and str(name).startswith("sqlite_autoindex"):
            cols = [r[2] for r in conn.execute(f'PRAGMA index_info("{name}")').fetchall()]
            found.append((str(name), cols))
    return found


def breakdown(conn: Any) -> tuple[int, int, int, list[tuple[str, str, int]]]:
    page_size = int(conn.execute("PRAGMA page_size").fetchone()[0])
    pages = int(conn.execute("PRAGMA page_count").fetchone()[0])
    free = int(conn.execute("PRAGMA freelist_count").fetchone()[0])
    rows: list[tuple[str, str, int]] = []
    conn.execute("BEGIN")
    try:
        objects = conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall()
        virtual = {n for t, n, _tb, sql in objects if t == "table" and sql and sql.upper().startswith("CREATE VIRTUAL")}
        shadow = {n for t, n, _tb, _s in objects if t == "table" and any(n.startswith(v + "_") for v in virtual)}
        for kind, name, table, sql in objects:
            if kind == "index" and sql and table not in shadow:
                rows.append(("index", f"{table}.{name}", freed_by(conn, f'DROP INDEX "{name}"')))
        for kind, name, _table, sql in objects:
            if kind != "table" or name in shadow or name.startswith("sqlite_"):
                continue
            for auto, cols in automatic_indexes(conn, name):  # measured by building the same index once more
                quoted = ", ".join(f'"{c}"' for c in cols)
                grown = -freed_by(conn, f'CREATE INDEX "h3_size_probe" ON "{name}" ({quoted})')
                conn.execute('DROP INDEX "h3_size_probe"')
                rows.append(("autoindex", f"{name}.{auto}({', '.join(cols)})", grown))
            for view in [n for t, n, tb, _s in objects if t == "view"]:
                conn.execute(f'DROP VIEW IF EXISTS "{view}"')
            rows.append(("fts" if name in virtual else "table", name, freed_by(conn, f'DROP TABLE "{name}"')))
    finally:
        conn.execute("ROLLBACK")
    return page_size, pages, free, rows


def column_bytes(conn: Any, table: str) -> list[tuple[str, int, int]]:
    """Stored bytes per column: text as its UTF-8 bytes (``length()`` of text counts characters, a Korean
    syllable is 3 bytes), numbers as their text."""
    cols = [r[1] for r in conn.execute(f'PRAGMA table_info("{table}")').fetchall()]
    count = conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
    sums = conn.execute("SELECT " + ", ".join(f'coalesce(sum(length(CAST("{c}" AS BLOB))), 0)' for c in cols)
                        + f' FROM "{table}"').fetchone() if cols else []
    return [(c, int(s), int(count)) for c, s in zip(cols, sums)]


UUID_LIKE = "'________-____-____-____-____________'"


def uuid_cells(conn: Any) -> tuple[int, int]:
    """How many stored values (in tables, and in index entries) are 36-character UUID text: what 16-byte keys would
    shrink by 20 bytes each. FTS shadow tables are left out."""
    in_tables = in_indexes = 0
    for (table,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                                 "AND sql NOT LIKE 'CREATE VIRTUAL%' AND name NOT LIKE 'search_%'").fetchall():
        cols = [r[1] for r in conn.execute(f'PRAGMA table_info("{table}")').fetchall()]
        counts = dict(zip(cols, conn.execute("SELECT " + ", ".join(
            f'sum(length("{c}") = 36 AND "{c}" LIKE {UUID_LIKE})' for c in cols) + f' FROM "{table}"').fetchone()))
        in_tables += sum(int(v or 0) for v in counts.values())
        for _seq, index, *_rest in conn.execute(f'PRAGMA index_list("{table}")').fetchall():
            in_indexes += sum(int(counts.get(r[2]) or 0) for r in conn.execute(f'PRAGMA index_info("{index}")'))
    return in_tables, in_indexes


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", type=Path, required=True)
    parser.add_argument("--columns", default="auditevent,syncchange,syncrow,accessnote",
                        help="tables whose column bytes are summed (comma-separated)")
    args = parser.parse_args()
    conn = open_raw(args.data_dir, os.environ.get("CASEAPP_PASSPHRASE", "benchmark passphrase 벤치마크"))
    cases = int(conn.execute('SELECT count(*) FROM "case"').fetchone()[0]) or 1
    page_size, pages, free, rows = breakdown(conn)
    mb = page_size / 1e6
    print(f"file: {pages * mb:.1f} MB ({pages * page_size / cases / 1000:.1f} KB/case over {cases:,} cases), "
          f"free pages {free} ({free * mb:.1f} MB), page size {page_size}")
    print(f"{'kind':<10} {'object':<70} {'MB':>8} {'KB/case':>8}")
    for kind, name, freed in sorted(rows, key=lambda r: -r[2]):
        if freed:
            print(f"{kind:<10} {name:<70} {freed * mb:8.2f} {freed * page_size / cases / 1000:8.2f}")
    measured = sum(r[2] for r in rows if r[0] != "autoindex")
    print(f"sum of objects {measured * mb:.1f} MB; schema and rest {(pages - free - measured) * mb:.1f} MB")
    in_tables, in_indexes = uuid_cells(conn)
    print(f"UUID text values: {in_tables:,} in tables, {in_indexes:,} in index entries; as 16-byte keys they would "
          f"take ~{(in_tables + in_indexes) * 20 / 1e6:.0f} MB less ({(in_tables + in_indexes) * 20 / cases / 1000:.1f} "
          f"KB/case) before page overhead")
    for table in [t for t in args.columns.split(",") if t]:
        for column, total, count in column_bytes(conn, table):
            print(f"  {table}.{column}: {total / 1e6:.2f} MB over {count:,} rows ({total / max(count, 1):.1f} B/row)")
    conn.close()


if __name__ == "__main__":
    main()
