"""Access records of reads are written in plain SQL (issue 12: opening a case must stay cheap). The chain they
make must be the one `check` verifies, interleaved with ORM writes, and a failed write must lose nothing."""

from __future__ import annotations

from datetime import timezone

import pytest
import sqlcipher3
from sqlmodel import select

from caseapp.domain.access import AccessKind
from caseapp.services import access_log, audit, entries
from caseapp.storage.models import AccessNote, AuditEvent, Meta


def _chain_problems(vault) -> list[str]:  # type: ignore[no-untyped-def]
    """What `check` reports of the audit trail and the texts kept beside access records."""
    with vault.session() as s:
        chain = [p.en for p in audit.verify_chain(s)]
    return chain + [f"note {seq} altered" for seq in access_log.altered_notes(vault)]


def _head(vault) -> tuple[int, str]:  # type: ignore[no-untyped-def]
    with vault.session() as s:
        return audit.head(s)


def test_many_views_and_searches_between_orm_writes_keep_the_chain_check_verifies(vault, case) -> None:  # type: ignore[no-untyped-def]
    start, _ = _head(vault)
    for i in range(12):
        access_log.record_view(vault, case.id)
        if i % 4 == 0:
            access_log.record_search(vault, f"김민수 {i}", hits=i, cases=1)
            entries.add_service_entry(vault, case.id, "counselling", f"{i}회기 상담")  # an ORM write between
    assert _chain_problems(vault) == []
    seq, digest = _head(vault)
    with vault.session() as s:
        rows = list(s.exec(select(AuditEvent).where(AuditEvent.seq > start).order_by(AuditEvent.seq)))
        notes = {n.seq: n.text for n in s.exec(select(AccessNote))}
    assert [r.seq for r in rows] == list(range(start + 1, seq + 1))  # no gap, no duplicate number
    assert rows[-1].hash == digest and all(audit._digest(b, a.hash) == b.hash for a, b in zip(rows, rows[1:]))
    views = [r for r in rows if r.action == "view"]
    assert len(views) == 12 and {r.case_id for r in views} == {case.id}
    assert all(r.at.tzinfo is not None and r.at.utcoffset() == timezone.utc.utcoffset(None) for r in views)
    assert sorted(notes.values()) == sorted(f"김민수 {i}" for i in (0, 4, 8))
    listed = [e for e in access_log.list_records(vault, case_id=case.id) if e.kind is AccessKind.VIEW]
    assert len(listed) == 12 and listed[0].case_number == case.case_number


def test_an_access_record_with_its_act_commits_or_rolls_back_with_it(vault, case) -> None:  # type: ignore[no-untyped-def]
    before = _head(vault)
    with pytest.raises(RuntimeError), vault.session(write=True) as s:
        access_log.record_access(vault, AccessKind.EXPORT, case.id, facts={"sha256": "0" * 64}, session=s)
        raise RuntimeError("the export failed after its record was written")
    assert _head(vault) == before  # the record went with the act
    with vault.session(write=True) as s:
        seq = access_log.record_access(vault, AccessKind.EXPORT, case.id, note="상급기관 보고", session=s)
    access_log.record_view(vault, case.id)  # a plain-SQL record right after an ORM one
    assert _head(vault)[0] == (seq or 0) + 1 == before[0] + 2
    assert _chain_problems(vault) == []


def test_a_file_without_a_stored_head_chains_on_its_newest_row(vault, case) -> None:  # type: ignore[no-untyped-def]
    newest = _head(vault)
    with vault.session(write=True) as s:
        s.delete(s.get(Meta, audit.HEAD_KEY))
    access_log.record_view(vault, case.id)
    with vault.session() as s:
        row = s.exec(select(AuditEvent).order_by(AuditEvent.seq.desc())).first()  # type: ignore[union-attr]
    assert row.seq == newest[0] + 1 and audit._digest(row, newest[1]) == row.hash  # chained on the newest row
    assert _head(vault) == (row.seq, row.hash) and _chain_problems(vault) == []


def test_a_failed_plain_write_leaves_no_half_record_and_keeps_the_view_for_later(vault, case,
                                                                                monkeypatch) -> None:  # type: ignore[no-untyped-def]
    before = _head(vault)
    real = audit.append_plain

    def full_disk_after_the_row(cursor, *args, **kwargs):  # type: ignore[no-untyped-def]
        real(cursor, *args, **kwargs)
        raise sqlcipher3.OperationalError("database or disk is full")

    monkeypatch.setattr(audit, "append_plain", full_disk_after_the_row)
    access_log.record_view(vault, case.id)  # the case still opens
    assert _head(vault) == before  # rolled back: no row without its head
    assert access_log.paths.pending_access_file().exists()
    monkeypatch.setattr(audit, "append_plain", real)
    assert access_log.flush_pending(vault) == 1
    views = [e for e in access_log.list_records(vault, case_id=case.id) if e.kind is AccessKind.VIEW]
    assert len(views) == 1 and _chain_problems(vault) == []
