"""The audit chain finds an edited row, a deleted row in the middle and a deleted tail (rows changed with raw SQL)."""

from __future__ import annotations

from caseapp.services import audit, entries


def _write_some(vault, case) -> None:  # type: ignore[no-untyped-def]
    for i in range(4):
        entries.add_service_entry(vault, case.id, "information", f"안내 {i}")


def _problems(vault) -> list[audit.ChainProblem]:  # type: ignore[no-untyped-def]
    with vault.session() as s:
        return audit.verify_chain(s)


def _max_seq(vault) -> int:  # type: ignore[no-untyped-def]
    with vault.engine.connect() as conn:
        return int(conn.exec_driver_sql("SELECT max(seq) FROM auditevent").scalar_one())


def test_untouched_chain_is_clean(vault, case) -> None:
    _write_some(vault, case)
    assert _problems(vault) == []


def test_edited_row_is_found(vault, case) -> None:
    _write_some(vault, case)
    with vault.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE auditevent SET actor = 'someone else' WHERE seq = 3")
    problems = _problems(vault)
    assert [p.seq for p in problems] == [3]
    assert "altered" in problems[0].en


def test_deleted_middle_row_is_found(vault, case) -> None:
    _write_some(vault, case)
    with vault.engine.begin() as conn:
        conn.exec_driver_sql("DELETE FROM auditevent WHERE seq = 4")
    problems = _problems(vault)
    assert problems and all(p.seq == 5 for p in problems)
    assert any("deleted" in p.en for p in problems)


def test_deleted_tail_is_found(vault, case) -> None:
    _write_some(vault, case)
    last = _max_seq(vault)
    with vault.engine.begin() as conn:
        conn.exec_driver_sql("DELETE FROM auditevent WHERE seq >= ?", (last - 1,))
    problems = _problems(vault)
    assert len(problems) == 1 and problems[0].seq is None
    assert str(last) in problems[0].en


def test_rewritten_hash_does_not_hide_an_edit(vault, case) -> None:
    """Recomputing one row's own hash is not enough: the next row still points at the old one."""
    _write_some(vault, case)
    with vault.session(write=True) as s:
        from caseapp.storage.models import AuditEvent
        from sqlmodel import select
        event = s.exec(select(AuditEvent).where(AuditEvent.seq == 2)).one()
        event.detail = "rewritten"
        previous = s.exec(select(AuditEvent.hash).where(AuditEvent.seq == 1)).one()
        event.hash = audit._digest(event, previous)
        s.add(event)
    assert [p.seq for p in _problems(vault)] == [3]
