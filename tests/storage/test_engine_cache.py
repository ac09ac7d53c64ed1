"""Memory of the open file: the engine's connections share one page-cache budget, and few stay open."""

from __future__ import annotations

import threading

from sqlalchemy import text

from caseapp.storage import engine as engine_mod


def _cache_kib(conn) -> int:  # type: ignore[no-untyped-def]
    return -int(conn.exec_driver_sql("PRAGMA cache_size").scalar())


def test_pooled_connections_share_the_budget_and_bulk_work_gives_its_raise_back(vault) -> None:  # type: ignore[no-untyped-def]
    share = engine_mod.pooled_cache_kib(vault.db_path, engine_mod.POOL_SIZE)
    assert share * engine_mod.POOL_SIZE <= engine_mod.CACHE_BUDGET_KIB
    with vault.engine.connect() as conn:
        assert _cache_kib(conn) == share
        conn.exec_driver_sql(f"PRAGMA cache_size = -{engine_mod.CACHE_CEILING_KIB}")  # as demo data does
    with vault.engine.connect() as conn:  # the same pooled connection, back to its share
        assert _cache_kib(conn) == share


def test_a_held_raised_cache_keeps_its_raise_until_the_hold_ends(vault) -> None:  # type: ignore[no-untyped-def]
    share = engine_mod.pooled_cache_kib(vault.db_path, engine_mod.POOL_SIZE)
    with engine_mod.raised_cache(vault.engine):
        assert engine_mod.cache_held(vault.engine)
        with vault.engine.connect() as conn:
            conn.exec_driver_sql(f"PRAGMA cache_size = -{engine_mod.CACHE_CEILING_KIB}")  # as a report does
        with vault.engine.connect() as conn:  # the next report: same connection, its pages still there
            assert _cache_kib(conn) == engine_mod.CACHE_CEILING_KIB
    assert not engine_mod.cache_held(vault.engine)
    with vault.engine.connect() as conn:  # after the hold: back to its share before anything else runs
        assert _cache_kib(conn) == share
    with vault.engine.connect() as conn:
        assert _cache_kib(conn) == share


def test_a_big_file_gets_the_budget_not_a_cache_per_connection_as_large_as_the_file(tmp_path) -> None:  # type: ignore[no-untyped-def]
    big = tmp_path / "big.db"
    with open(big, "wb") as fh:
        fh.truncate(700 * 1024 * 1024)  # sparse: a 10,000-case file's size
    assert engine_mod.pooled_cache_kib(big, engine_mod.POOL_SIZE) == engine_mod.CACHE_BUDGET_KIB // engine_mod.POOL_SIZE


def test_connections_opened_for_a_burst_of_jobs_are_closed_after_it(vault) -> None:  # type: ignore[no-untyped-def]
    pool = vault.engine.pool
    start, release = threading.Barrier(5), threading.Event()

    def job() -> None:
        with vault.engine.connect() as conn:
            conn.execute(text("SELECT count(*) FROM \"case\"")).scalar()
            start.wait(timeout=30)
            release.wait(timeout=30)

    threads = [threading.Thread(target=job) for _ in range(4)]
    for t in threads:
        t.start()
    start.wait(timeout=30)  # four connections open at once (more than the pool keeps)
    assert pool.checkedout() == 4
    release.set()
    for t in threads:
        t.join(timeout=30)
    assert pool.checkedout() == 0 and pool.checkedin() <= engine_mod.POOL_SIZE
