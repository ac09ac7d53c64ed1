"""Consistent encrypted copies of the case file with SQLite's online backup API."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import sqlcipher3

from caseapp.storage.atomic import fsync_dir
from caseapp.storage.connect import raw_connect


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


def snapshot_copy(source: Path, key: bytes, dest: Path) -> bool:
    """A byte-for-byte copy of ``source`` taken while no write can happen, when that is possible; False (nothing
    written) when it is not, and the caller makes the page-by-page copy instead.

    For the backup taken before every sync import: re-encrypting every page through the backup API and reading them
    all back for ``integrity_check`` cost ~2 s of CPU on an 85 MB file, more than the import. Here the WAL is first
    checkpointed into the file and truncated; then, holding the write lock (so no connection can add a frame or
    checkpoint), the file's bytes are copied and hashed, read back from the copy and compared, and the copy is
    opened with the key. The source was checked when it was opened, so an identical copy is as sound as it is; the
    read-back catches a short or garbled write."""
    conn = raw_connect(source, key)
    try:
        busy, _log, _done = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        if busy:
            return False  # a reader holds an older snapshot: the WAL cannot be emptied now
        conn.execute("BEGIN IMMEDIATE")
        try:
            wal = Path(f"{source}-wal")
            if wal.exists() and wal.stat().st_size > 0:
                return False  # another connection wrote between the checkpoint and the lock
            dest.parent.mkdir(parents=True, exist_ok=True)
            tmp = dest.with_name(f".{dest.name}.partial-s{os.getpid()}")
            try:
                written = _copy_hashed(source, tmp)
                if _digest(tmp) != written:
                    raise sqlcipher3.DatabaseError("the copy reads back differently from the case file")
            except BaseException:
                tmp.unlink(missing_ok=True)
                raise
        finally:
            conn.rollback()
    finally:
        conn.close()
    try:
        out = raw_connect(tmp, key)  # opens page 1 with the key (its HMAC checked)
        try:
            out.execute("PRAGMA journal_mode = DELETE")  # one self-contained file, no -wal beside it
        finally:
            out.close()
        os.replace(tmp, dest)
    except BaseException:
        for leftover in (tmp, Path(f"{tmp}-wal"), Path(f"{tmp}-shm")):
            leftover.unlink(missing_ok=True)
        raise
    fsync_dir(dest.parent)
    return True


_CHUNK = 1 << 20


def _copy_hashed(source: Path, dest: Path) -> bytes:
    digest = hashlib.sha256()
    with open(source, "rb") as src, open(dest, "wb") as out:
        while chunk := src.read(_CHUNK):
            digest.update(chunk)
            out.write(chunk)
        out.flush()
        os.fsync(out.fileno())
    return digest.digest()


def _digest(path: Path) -> bytes:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        while chunk := fh.read(_CHUNK):
            digest.update(chunk)
    return digest.digest()


def verify_copy(path: Path, key: bytes) -> None:
    conn = raw_connect(path, key)
    try:
        result = conn.execute("PRAGMA integrity_check").fetchone()
        if not result or result[0] != "ok":
            raise sqlcipher3.DatabaseError(f"integrity_check: {result}")
    finally:
        conn.close()
