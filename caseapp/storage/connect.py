"""Plain SQLCipher connections to the case file: raw-key open, WAL, foreign keys, durable commits.

Below :mod:`caseapp.storage.engine` (which hands these connections to SQLAlchemy) and free of SQLAlchemy itself, so
the open checks (:mod:`caseapp.services.integrity`) and a command that only reads
(:mod:`caseapp.services.read_vault`) open the file without importing the ORM (~0.4 s of a CLI command).
"""

from __future__ import annotations

import os
from pathlib import Path

import sqlcipher3

from caseapp.errors import CorruptDatabase, StorageUnavailable

# SQLCipher decrypts every page it reads, so a page cache saves most of the read cost after the first touch; but
# each connection grows its own cache up to its limit, and a 10,000-case file is ~700 MB. An engine's pooled
# connections share one budget (CACHE_BUDGET_KIB / pool size each): a case's rows and the list's hot pages fit,
# the file does not have to. Bulk work (demo data, index rebuilds) raises its connection to the ceiling meanwhile.
CACHE_CEILING_KIB = 256 * 1024
CACHE_BUDGET_KIB = 8 * 1024  # issue 14: 32 MiB made ~20 MB of the GUI's resident size; a case's rows still fit
CACHE_FLOOR_KIB = 4 * 1024
BUSY_TIMEOUT_MS = 10_000


def _key_pragma(key: bytes) -> str:
    return f"PRAGMA key = \"x'{key.hex()}'\""


def raw_connect(path: Path, key: bytes, *, check: bool = True,
                cache_kib: int | None = None) -> sqlcipher3.Connection:
    """Open ``path`` with the raw database key and apply caseapp's pragmas; raise a clear error if it is unreadable.
    ``cache_kib``: this connection's page cache limit (default: sized from the file, up to the ceiling)."""
    try:
        conn = sqlcipher3.connect(str(path), check_same_thread=False, timeout=BUSY_TIMEOUT_MS / 1000)
    except sqlcipher3.OperationalError as exc:
        raise StorageUnavailable(f"사례 파일을 열 수 없습니다: {path}", f"Cannot open the case file: {path}") from exc
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")  # damage is reported as one clear error, not stderr noise
        conn.execute(_key_pragma(key))
        conn.execute("PRAGMA cipher_memory_security = OFF")
        if check:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA temp_store = MEMORY")  # no plaintext temp files on disk
        conn.execute("PRAGMA synchronous = FULL")  # a committed entry survives power loss, not only kill -9
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute(f"PRAGMA cache_size = -{cache_kib or _cache_kib(path)}")
        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()
        if mode is None or str(mode[0]).lower() != "wal":
            raise sqlcipher3.DatabaseError(f"journal_mode={mode}")
    except sqlcipher3.OperationalError as exc:  # cannot open, lock or write: a folder problem, not damage
        conn.close()
        if "locked" in str(exc).lower() or "busy" in str(exc).lower():
            raise StorageUnavailable("다른 작업이 사례 파일을 사용 중입니다. 잠시 후 다시 시도하세요.",
                                     "Another task is using the case file. Try again in a moment.") from exc
        raise StorageUnavailable(f"사례 파일을 열 수 없습니다(폴더가 읽기 전용이거나 접근할 수 없음): {path.parent}",
                                 f"Cannot open the case file (the folder is read-only or unreachable): {path.parent}",
                                 ) from exc
    except sqlcipher3.DatabaseError as exc:
        conn.close()
        raise unreadable_error() from exc
    return conn


def read_only_connect(path: Path, key: bytes, *, cache_kib: int | None = None) -> sqlcipher3.Connection:
    """Open for reading only, creating nothing beside the file (no -wal, no -shm): for a disk with no space left.
    Only valid while no -wal holds changes (the file alone is then the whole truth)."""
    try:
        conn = sqlcipher3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True, check_same_thread=False)
    except sqlcipher3.OperationalError as exc:
        raise StorageUnavailable(f"사례 파일을 열 수 없습니다: {path}", f"Cannot open the case file: {path}") from exc
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(_key_pragma(key))
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA temp_store = MEMORY")
        conn.execute(f"PRAGMA cache_size = -{cache_kib or _cache_kib(path)}")
    except sqlcipher3.DatabaseError as exc:
        conn.close()
        raise unreadable_error() from exc
    return conn


LOW_SPACE_BYTES = 256 * 1024  # below this SQLite cannot even make the -shm and first -wal frames it needs to open


def disk_full(folder: Path) -> bool:
    try:
        st = os.statvfs(folder)
    except (OSError, AttributeError):  # AttributeError: no statvfs on Windows
        return False
    return st.f_bavail * st.f_frsize < LOW_SPACE_BYTES


def unreadable_error() -> CorruptDatabase:
    return CorruptDatabase(
        "사례 파일을 읽을 수 없습니다(손상되었거나 키가 맞지 않음). 최근 백업에서 복원할 수 있습니다.",
        "The case file cannot be read (damaged, or it does not match the key file). "
        "You can restore the newest backup.")


def _cache_kib(path: Path, ceiling: int = CACHE_CEILING_KIB) -> int:
    try:
        size_kib = path.stat().st_size // 1024
    except OSError:
        size_kib = 0
    return max(min(CACHE_FLOOR_KIB * 2, ceiling), min(ceiling, int(size_kib * 1.25)))


def pooled_cache_kib(path: Path, pool_size: int) -> int:
    """One pooled connection's share of the engine's cache budget (less for a small file)."""
    return max(CACHE_FLOOR_KIB, _cache_kib(path, CACHE_BUDGET_KIB // max(1, pool_size)))
