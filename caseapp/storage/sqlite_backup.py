"""Consistent encrypted copies of the case file with SQLite's online backup API."""

from __future__ import annotations

import os
from pathlib import Path

import sqlcipher3

from caseapp.storage.atomic import fsync_dir
from caseapp.storage.engine import raw_connect


def copy_database(source: Path, key: bytes, dest: Path, *, new_key: bytes | None = None) -> None:
    """Write an encrypted, integrity-checked copy of ``source`` to ``dest`` atomically, under the same key or under
    ``new_key`` (rekey: SQLCipher re-encrypts every page as the backup API writes it).

    The copy is made page by page while other connections may keep writing (the API restarts as needed), written to
    a temporary name, reopened and checked with ``PRAGMA integrity_check`` before it replaces ``dest``.
    """
    dest_key = new_key or key
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_name(f".{dest.name}.partial-{os.getpid()}")
    tmp.unlink(missing_ok=True)
    src = raw_connect(source, key)
    try:
        out = sqlcipher3.connect(str(tmp))
        try:
            out.execute(f"PRAGMA key = \"x'{dest_key.hex()}'\"")
            src.backup(out)
            out.execute("PRAGMA journal_mode = DELETE")  # a backup is one self-contained file, no -wal beside it
            out.commit()
        finally:
            out.close()
    finally:
        src.close()
    verify_copy(tmp, dest_key)
    with open(tmp, "rb+") as fh:
        os.fsync(fh.fileno())
    os.replace(tmp, dest)
    fsync_dir(dest.parent)


def verify_copy(path: Path, key: bytes) -> None:
    conn = raw_connect(path, key)
    try:
        result = conn.execute("PRAGMA integrity_check").fetchone()
        if not result or result[0] != "ok":
            raise sqlcipher3.DatabaseError(f"integrity_check: {result}")
    finally:
        conn.close()
