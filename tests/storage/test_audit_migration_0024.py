"""Migration 0024 stores the audit trail's UUIDs as 16 bytes and its times as integers: a 0023 file's chain comes
through with every value, hash and the head as they were, and every verification outcome (intact, an edited row, a
deleted row, a deleted tail, a hand-edited id or time) is exactly what it was; the downgrade writes the text back."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from alembic import command
from sqlmodel import col, select

from caseapp.services import access_log, audit, entries
from caseapp.storage import migrate
from caseapp.storage.models import AuditEvent


def _to(vault: Any, revision: str) -> None:
    with vault.engine.begin() as conn:
        command.downgrade(migrate.alembic_config(conn), revision)


def _sql(vault: Any, sql: str, *params: object) -> list[tuple[Any, ...]]:
    with vault.engine.begin() as conn:
        result = conn.exec_driver_sql(sql, params) if params else conn.exec_driver_sql(sql)
        return [tuple(r) for r in result] if result.returns_rows else []


def _state(vault: Any) -> tuple[Any, ...]:
    """Every audit row as the code reads it, the head, what verification reports, a case's history."""
    with vault.session() as s:
        rows = [(e.seq, e.id, e.at, e.actor, e.action, e.entity_type, e.entity_id, e.case_id, e.detail, e.prev_hash,
                 e.hash) for e in s.exec(select(AuditEvent).order_by(col(AuditEvent.seq)))]
        problems = [(p.seq, p.ko, p.en) for p in audit.verify_chain(s)]
        return rows, audit.head(s), problems


def _history(vault: Any, case_id: str) -> list[int | None]:
    """A case's history as the code reads it (by the index, with the id stored as 16 bytes)."""
    with vault.session() as s:
        return [e.seq for e in audit.history(s, case_id)]


@pytest.fixture
def written(vault: Any, case: Any) -> Any:
    for i in range(5):
        entries.add_service_entry(vault, case.id, "counselling", f"{i + 1}회기 상담")
    return vault


TAMPERING: dict[str, Callable[[Any], None]] = {
    "intact": lambda v: None,
    "edited": lambda v: _sql(v, "UPDATE auditevent SET detail = 'rewritten' WHERE seq = 3"),
    "deleted": lambda v: _sql(v, "DELETE FROM auditevent WHERE seq = 4"),
    "truncated": lambda v: _sql(v, "DELETE FROM auditevent WHERE seq >= (SELECT max(seq) - 1 FROM auditevent)"),
    "upper-case id": lambda v: _sql(v, "UPDATE auditevent SET id = upper(id) WHERE seq = 2"),
    "other uuid": lambda v: _sql(v, "UPDATE auditevent SET entity_id = ? WHERE seq = 5",
                                 "00000000-0000-0000-0000-000000000000"),
    "time without microseconds": lambda v: _sql(v, "UPDATE auditevent SET at = substr(at, 1, 19) WHERE seq = 6"),
    "time moved": lambda v: _sql(v, "UPDATE auditevent SET at = '2020-01-01 00:00:00.000001' WHERE seq = 2"),
}


@pytest.mark.parametrize("tampering", list(TAMPERING))
def test_a_0023_chain_migrates_with_every_value_and_outcome_unchanged(written: Any, tampering: str) -> None:
    _to(written, "0023")
    assert _sql(written, "SELECT DISTINCT typeof(id), typeof(at), typeof(case_id) FROM auditevent "
                         "WHERE case_id IS NOT NULL") == [("text", "text", "text")]
    TAMPERING[tampering](written)
    before = _state(written)
    assert (before[2] == []) == (tampering == "intact")  # each tampering is found at 0023

    migrate.upgrade(written.engine)
    stored = _sql(written, "SELECT typeof(id), length(id), typeof(at), typeof(entity_id), typeof(case_id) "
                           "FROM auditevent WHERE seq > 1")
    compact = [r for r in stored if r[:4] == ("blob", 16, "integer", "blob") and r[4] in ("blob", "null")]
    assert len(compact) >= len(stored) - 1 and any(r[4] == "blob" for r in compact)  # all but a hand-edited one
    assert _sql(written, "PRAGMA freelist_count") == [(0,)]  # vacuumed after the rebuild
    assert _state(written) == before
    case_id = next(r[7] for r in before[0] if r[7])
    assert _history(written, case_id) == [r[0] for r in reversed(before[0]) if r[7] == case_id]

    _to(written, "0023")  # and back: the text it was
    assert _state(written) == before
    migrate.upgrade(written.engine)
    assert _state(written) == before


def test_the_trail_goes_on_and_is_read_by_time_and_case(written: Any, case: Any) -> None:
    """Rows written after the upgrade, through the ORM and around it (an access record), chain and verify; the
    access log finds them by time range and case, with the case number."""
    _to(written, "0023")
    migrate.upgrade(written.engine)
    entries.add_service_entry(written, case.id, "information", "안내")
    access_log.record_access(written, access_log.AccessKind.VIEW, case_id=case.id)
    with written.session() as s:
        assert audit.verify_chain(s) == []
        newest = s.exec(select(AuditEvent).order_by(col(AuditEvent.seq).desc())).first()
    assert newest is not None and newest.case_id == case.id and newest.at.tzinfo is not None
    assert _sql(written, "SELECT typeof(id), typeof(at), typeof(case_id) FROM auditevent WHERE seq = ?",
                newest.seq) == [("blob", "integer", "blob")]
    day = newest.at.astimezone().date()
    found = access_log.list_records(written, day, day, case_id=case.id)
    assert found and found[-1].seq == newest.seq and found[-1].case_number == case.case_number
    assert access_log.list_records(written, day.replace(year=day.year - 1), day.replace(year=day.year - 1)) == []
