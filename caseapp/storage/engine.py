"""SQLCipher connections for SQLAlchemy: the pool and its page-cache budget, immediate and light transactions
(the connections themselves: :mod:`caseapp.storage.connect`)."""

from __future__ import annotations

import threading
import weakref
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import sqlcipher3
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import QueuePool

from caseapp.storage.connect import (  # re-exported: the connection layer's names stay reachable from here
    BUSY_TIMEOUT_MS, CACHE_BUDGET_KIB, CACHE_CEILING_KIB, CACHE_FLOOR_KIB, LOW_SPACE_BYTES, disk_full,
    pooled_cache_kib, raw_connect, read_only_connect, unreadable_error,
)

__all__ = ["BUSY_TIMEOUT_MS", "CACHE_BUDGET_KIB", "CACHE_CEILING_KIB", "CACHE_FLOOR_KIB", "LOW_SPACE_BYTES",
           "MAX_CONNECTIONS", "POOL_SIZE", "cache_held", "disk_full", "immediate", "light", "make_engine",
           "pooled_cache_kib", "raised_cache", "raw_connect", "read_only_connect", "unreadable_error"]

POOL_SIZE = 1  # kept open between sessions (one page cache); more are opened when sessions overlap, closed after use
MAX_CONNECTIONS = 8
# While something holds the raised cache (:func:`raised_cache`: the Statistics window open, a benchmark), the pool
# keeps a raised connection's pages when its session ends, so the next report reads them without decrypting again.
_holds: "weakref.WeakKeyDictionary[Any, int]" = weakref.WeakKeyDictionary()  # pool -> holds open on it
_holds_lock = threading.Lock()


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
