"""Migration 0019 stores the audit hashes as 32 bytes and drops the stored previous hash: a 0016 file's chain comes
through it with every hash and the head unchanged and still verifies; a row changed before or after the upgrade is
still found; a migration that fails half-way leaves the file as it was (at 0018)."""

from __future__ import annotations

import pytest
from alembic import command
from sqlmodel import col, select

from caseapp.domain.sync_protocol import Change, Op
from caseapp.services import audit, entries, sync_log
from caseapp.storage import case_keys, migrate
from caseapp.storage.models import AuditEvent


def _to(vault, revision: str) -> None:  # type: ignore[no-untyped-def]
    with vault.engine.begin() as conn:
        command.downgrade(migrate.alembic_config(conn), revision)


def _sql(vault, sql: str, *params: object) -> list[tuple]:  # type: ignore[no-untyped-def, type-arg]
    with vault.engine.begin() as conn:
        result = conn.exec_driver_sql(sql, params) if params else conn.exec_driver_sql(sql)
        return [tuple(r) for r in result] if result.returns_rows else []


def _chain(vault) -> tuple[list[tuple[int, str]], tuple[int, str], list[audit.ChainProblem]]:  # type: ignore[no-untyped-def]
    with vault.session() as s:
        rows = [(int(seq or 0), digest) for seq, digest in
                s.exec(select(AuditEvent.seq, AuditEvent.hash).order_by(col(AuditEvent.seq)))]
        return rows, audit.head(s), audit.verify_chain(s)


@pytest.fixture
def written(vault, case):  # type: ignore[no-untyped-def]
    for i in range(5):
        entries.add_service_entry(vault, case.id, "counselling", f"{i + 1}회기 상담")
    return vault


def test_a_0016_chain_comes_through_unchanged_and_verifies(written) -> None:  # type: ignore[no-untyped-def]
    rows, head, problems = _chain(written)
    assert problems == [] and len(rows) > 5
    _to(written, "0018")
    old = _sql(written, "SELECT seq, prev_hash, hash FROM auditevent ORDER BY seq")
    assert [(s, h) for s, _p, h in old] == rows  # the downgrade wrote the earlier layout back: hex text
    assert [p for _s, p, _h in old] == ["0" * 64] + [h for _s, _p, h in old[:-1]]
    migrate.upgrade(written.engine)
    assert _sql(written, "SELECT DISTINCT typeof(hash), length(hash) FROM auditevent") == [("blob", 32)]
    assert _sql(written, "SELECT count(*) FROM auditevent WHERE prev_hash IS NOT NULL") == [(0,)]  # all derived
    assert _sql(written, "PRAGMA freelist_count") == [(0,)]  # vacuumed after the rebuild
    assert _chain(written) == (rows, head, [])
    entries.add_service_entry(written, case_keys.key_text(_sql(written, 'SELECT id FROM "case"')[0][0]), "information",
                              "안내")
    assert _chain(written)[2] == []  # and it goes on growing


def test_a_row_changed_after_the_upgrade_is_found(written) -> None:  # type: ignore[no-untyped-def]
    _to(written, "0018")
    migrate.upgrade(written.engine)
    _sql(written, "UPDATE auditevent SET detail = 'rewritten' WHERE seq = 3")
    problems = _chain(written)[2]
    assert [p.seq for p in problems] == [3] and "altered" in problems[0].en


def test_a_chain_broken_before_the_upgrade_stays_broken(written) -> None:  # type: ignore[no-untyped-def]
    _to(written, "0018")
    _sql(written, "UPDATE auditevent SET prev_hash = ? WHERE seq = 3", "f" * 64)  # a forged link
    _sql(written, "UPDATE auditevent SET hash = 'not a digest' WHERE seq = 5")  # a hash that is not hex
    migrate.upgrade(written.engine)
    problems = _chain(written)[2]
    assert [p.seq for p in problems] == [3, 3, 5, 6]  # row 6 follows a row whose hash was replaced
    assert "does not chain" in problems[0].en and "altered" in problems[1].en
    # kept where they do not match: the forged link, and row 6's link to row 5's hash as it was
    assert _sql(written, "SELECT seq FROM auditevent WHERE prev_hash IS NOT NULL") == [(3,), (6,)]


def test_a_migration_that_fails_half_way_leaves_the_file_as_it_was(written) -> None:  # type: ignore[no-untyped-def]
    rows, head, _ = _chain(written)
    _to(written, "0018")
    before = _sql(written, "SELECT * FROM auditevent ORDER BY seq")
    # its last step fails (the index it drops is gone), after the audit table was rebuilt and renamed in place
    _sql(written, "DROP INDEX ix_syncchange_hlc")
    with pytest.raises(Exception, match="no such index"):
        migrate.upgrade(written.engine)
    with written.engine.connect() as conn:
        assert migrate.current_revision(conn) == "0018"
    assert _sql(written, "SELECT * FROM auditevent ORDER BY seq") == before
    assert "prev_hash" in {r[1] for r in _sql(written, "PRAGMA table_info(auditevent)")}
    _sql(written, "CREATE INDEX ix_syncchange_hlc ON syncchange (hlc)")
    migrate.upgrade(written.engine)
    assert _chain(written) == (rows, head, [])


def test_the_newest_clock_is_found_without_the_clock_index(written) -> None:  # type: ignore[no-untyped-def]
    """sync_log.last_clock reads each device's last change: the same clock as max(hlc) over the whole log."""
    with written.engine.begin() as conn:
        cur = conn.connection.cursor()
        for device, seq, hlc, row_id in (("f" * 12, 1, "9999999999999.0000." + "f" * 12, "x"),
                                         ("0" * 12, 7, "0000000000001.0000." + "0" * 12, "y")):
            sync_log.store(cur, Change(device=device, seq=seq, hlc=hlc, table="case", row_id=row_id, op=Op.UPDATE))

        def newest() -> str:
            return max(c[2] for c in sync_log.stored_changes(cur))
        assert newest().endswith("ffffffffffff") and sync_log.last_clock(cur).encode() == newest()  # type: ignore[union-attr]
        cur.execute("DELETE FROM syncchange WHERE id = ?", (sync_log.change_id(cur, "f" * 12, 1),))  # now this device's own is the newest
        assert newest().endswith(sync_log.this_device()) and sync_log.last_clock(cur).encode() == newest()  # type: ignore[union-attr]
        assert not cur.execute("SELECT 1 FROM sqlite_master WHERE name = 'ix_syncchange_hlc'").fetchone()
