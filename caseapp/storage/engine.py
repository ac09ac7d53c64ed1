"""SQLCipher connections for SQLAlchemy: raw-key open, WAL, foreign keys, durable commits."""

from __future__ import annotations

import os
import threading
import weakref
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import sqlcipher3
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import QueuePool

from caseapp.errors import CorruptDatabase, StorageUnavailable

# SQLCipher decrypts every page it reads, so a page cache saves most of the read cost after the first touch; but
# each connection grows its own cache up to its limit, and a 10,000-case file is ~700 MB. An engine's pooled
# connections share one budget (CACHE_BUDGET_KIB / pool size each): a case's rows and the list's hot pages fit,
# the file does not have to. Bulk work (demo data, index rebuilds) raises its connection to the ceiling meanwhile.
CACHE_CEILING_KIB = 256 * 1024
CACHE_BUDGET_KIB = 8 * 1024  # issue 14: 32 MiB made ~20 MB of the GUI's resident size; a case's rows still fit
CACHE_FLOOR_KIB = 4 * 1024
POOL_SIZE = 1  # kept open between sessions (one page cache); more are opened when sessions overlap, closed after use
MAX_CONNECTIONS = 8
BUSY_TIMEOUT_MS = 10_000
# While something holds the raised cache (:func:`raised_cache`: the Statistics window open, a benchmark), the pool
# keeps a raised connection's pages when its session ends, so the next report reads them without decrypting again.
_holds: "weakref.WeakKeyDictionary[Any, int]" = weakref.WeakKeyDictionary()  # pool -> holds open on it
_holds_lock = threading.Lock()


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


def make_engine(path: Path, key: bytes, *, pool_size: int = POOL_SIZE, read_only: bool = False) -> Engine:
    """An Engine on the encrypted file. Sessions that write should use :func:`immediate` so they take the write
    lock up front (no lost-update races with a CLI process writing at the same time). ``read_only``: see
    :func:`read_only_connect`. At most ``MAX_CONNECTIONS`` at once; ``pool_size`` of them stay open between
    sessions, the page cache budget split between them."""

    def creator() -> Any:
        cache = pooled_cache_kib(path, pool_size)
        conn = read_only_connect(path, key, cache_kib=cache) if read_only else raw_connect(path, key, cache_kib=cache)
        conn.isolation_level = None  # SQLAlchemy's begin hook below issues BEGIN itself
        return conn

    # module=: SQLAlchemy then wraps sqlcipher3's own exceptions (OperationalError, DatabaseError) like sqlite3's.
    engine = create_engine("sqlite://", module=sqlcipher3.dbapi2, creator=creator, poolclass=QueuePool,
                           pool_size=pool_size, max_overflow=max(0, MAX_CONNECTIONS - pool_size),
                           pool_pre_ping=False)

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        options = conn.get_execution_options()
        if options.get("caseapp_light"):  # the level may not change inside a transaction: set it first
            conn.exec_driver_sql("PRAGMA synchronous = NORMAL")
            conn.connection.info["caseapp_light"] = True
        if options.get("caseapp_immediate"):
            conn.exec_driver_sql("BEGIN IMMEDIATE")
        else:
            conn.exec_driver_sql("BEGIN")

    pooled_pragma = f"PRAGMA cache_size = -{pooled_cache_kib(path, pool_size)}"

    @event.listens_for(engine.pool, "checkin")
    def _checkin(dbapi_conn: Any, record: Any) -> None:
        if dbapi_conn is None:
            return
        if record.info.pop("caseapp_light", False):
            dbapi_conn.execute("PRAGMA synchronous = FULL")  # every other commit stays durable
        if _holds.get(engine.pool, 0):
            record.info["caseapp_kept"] = True  # kept raised while held (see raised_cache)
            return
        try:  # back to its share if bulk work raised it (a larger limit would keep the pages it filled)
            dbapi_conn.execute(pooled_pragma)
        except sqlcipher3.Error:
            pass  # a connection the pool is about to discard

    @event.listens_for(engine.pool, "checkout")
    def _checkout(dbapi_conn: Any, record: Any, _proxy: Any) -> None:
        if record.info.get("caseapp_kept") and not _holds.get(engine.pool, 0):
            record.info.pop("caseapp_kept")
            dbapi_conn.execute(pooled_pragma)  # the hold has ended: back to its share before any other use

    return engine


def immediate(engine: Engine) -> Engine:
    return engine.execution_options(caseapp_immediate=True)


def light(engine: Engine) -> Engine:
    """Write transactions committed without waiting for the disk (WAL, ``synchronous = NORMAL``): they survive a
    crash or kill of the program but a power cut may drop the newest of them. For access records of acts that
    only read (a case viewed, a search), which would otherwise cost a disk flush each (~10 ms)."""
    return engine.execution_options(caseapp_immediate=True, caseapp_light=True)


@contextmanager
def raised_cache(engine: Engine) -> Iterator[None]:
    """While this is held, a pooled connection whose cache a session raised (the statistics raise theirs to the
    ceiling) keeps it, and its pages, when the session ends: a later report of the same window reads them without
    decrypting them again. Memory stays bounded: at most the ceiling per kept connection, and only while held; after
    the last hold, the connection's next checkout gives it its share back (nothing is opened here: the engine may
    be disposed meanwhile, e.g. the file locked)."""
    pool = engine.pool
    with _holds_lock:
        _holds[pool] = _holds.get(pool, 0) + 1
    try:
        yield
    finally:
        with _holds_lock:  # get(): a hold collected with its window at exit may outlive the pool's entry
            left = _holds.get(pool, 1) - 1
            if left:
                _holds[pool] = left
            else:
                _holds.pop(pool, None)


def cache_held(engine: Engine) -> bool:
    """Whether a :func:`raised_cache` is held on ``engine`` now."""
    return bool(_holds.get(engine.pool, 0))
