"""The audit trail: an append-only, hash-chained log of every create/update/sign/export/restore.

Each row's hash covers the previous row's hash and its own fields, and the newest (seq, hash) is kept in ``Meta``
so that ``check`` finds an edited row, a deleted row in the middle, and a deleted tail. The previous hash is not
stored with a row (migration 0019; ``prev_hash`` is NULL): it is the ``hash`` of the row before, so a row whose
neighbour was removed or rewritten no longer hashes to its own value. Hashes are stored as 32 bytes and handled as
hex text; the row's UUIDs as 16 bytes and its time as microseconds (migration 0024), its action and entity type as
frozen codes (migration 0027, :mod:`caseapp.storage.audit_codes`), read back as the text and datetime the hash
covers.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from types import SimpleNamespace
from typing import TYPE_CHECKING, Any

from caseapp.storage import audit_codes
from caseapp.storage.compact_values import micros_stored, uuid_stored
from caseapp.storage.ids import new_id, utcnow

if TYPE_CHECKING:
    from sqlmodel import Session

    from caseapp.services.vault import Vault
    from caseapp.storage.models import AuditEvent

# The ORM (SQLAlchemy, SQLModel, the table models: ~0.6 s to import) is imported by the functions that use it:
# append_plain writes an access record without it, for a command that only reads (services/read_vault.py).

GENESIS = "0" * 64
HEAD_KEY = "audit_head"


def _digest(event: AuditEvent, prev_hash: str) -> str:
    """The row's hash: the same canonical text as before migration 0019, with ``prev_hash`` (hex) last."""
    at = event.at.isoformat() if event.at else ""
    parts = [str(event.seq), event.id, at, event.actor, event.action, event.entity_type, event.entity_id,
             event.case_id or "", event.detail, prev_hash]
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()


def _head(session: Session) -> tuple[int, str]:
    from sqlmodel import col, select

    from caseapp.storage.models import AuditEvent, Meta
    meta = session.get(Meta, HEAD_KEY)
    if meta and meta.value:
        seq, _, digest = meta.value.partition(":")
        return int(seq), digest
    last = session.exec(select(AuditEvent.seq, AuditEvent.hash).order_by(col(AuditEvent.seq).desc())).first()
    return (last[0] or 0, last[1]) if last else (0, GENESIS)


def record(session: Session, actor: str, action: str, entity_type: str = "", entity_id: str = "",
           case_id: str | None = None, detail: str = "") -> AuditEvent:
    """Append one event inside the caller's (write) transaction, so the change and its audit row commit together."""
    from caseapp.storage.models import AuditEvent, Meta
    seq, prev = _head(session)
    event = AuditEvent(seq=seq + 1, at=utcnow(), actor=actor, action=action, entity_type=entity_type,
                       entity_id=entity_id, case_id=case_id, detail=detail, hash="")
    event.hash = _digest(event, prev)
    session.add(event)
    meta = session.get(Meta, HEAD_KEY) or Meta(key=HEAD_KEY)
    meta.value = f"{event.seq}:{event.hash}"
    session.add(meta)
    session.info[HEAD_KEY] = event.seq  # read after the commit by services.commit_mark
    return event


def _values(seq: int, prev: str, actor: str, action: str, entity_type: str, entity_id: str, case_id: str | None,
            detail: str, at: datetime) -> dict[str, object]:
    """One chained row's columns, its hash computed over them and the previous row's hash."""
    values: dict[str, object] = {"seq": seq, "id": new_id(), "at": at, "actor": actor, "action": action,
                                 "entity_type": entity_type, "entity_id": entity_id, "case_id": case_id,
                                 "detail": detail}
    values["hash"] = _digest(SimpleNamespace(**values), prev)  # type: ignore[arg-type]
    return values


def record_many(session: Session, actor: str,
                events: Iterable[tuple[str, str, str, str | None, str] |
                                 tuple[str, str, str, str | None, str, datetime | None]]) -> int:
    """Append many events (action, entity_type, entity_id, case_id, detail[, at]) with one head update: the same
    chain as :func:`record`, written with one bulk insert for imports such as demo data. ``at`` (default now) lets
    an import stamp an event with the time the record describes. Returns the number appended."""
    from sqlalchemy import insert

    from caseapp.storage.models import AuditEvent, Meta
    seq, prev = _head(session)
    rows = []
    for action, entity_type, entity_id, case_id, detail, *when in events:
        seq += 1
        at = when[0] if when and when[0] is not None else utcnow()
        values = _values(seq, prev, actor, action, entity_type, entity_id, case_id, detail, at)
        prev = str(values["hash"])
        rows.append(values)
    if rows:
        session.execute(insert(AuditEvent), rows)
        meta = session.get(Meta, HEAD_KEY) or Meta(key=HEAD_KEY)
        meta.value = f"{seq}:{prev}"
        session.add(meta)
        session.info[HEAD_KEY] = seq
    return len(rows)


# A row written around the ORM is stored as the ORM stores it (storage/compact_values.py: UUIDs as 16 bytes, the
# time as microseconds; storage/audit_codes.py: action and entity type as codes), so it reads back as the same
# text and aware datetime its hash was computed over.
_INSERT_SQL = ("INSERT INTO auditevent (seq, id, at, actor, action, entity_type, entity_id, case_id, detail, hash) "
               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")


def append_plain(cursor: Any, actor: str, action: str, entity_type: str = "", entity_id: str = "",
                 case_id: str | None = None, detail: str = "") -> int:
    """:func:`record` on a DB-API cursor inside the caller's write transaction (BEGIN IMMEDIATE taken): the same
    chained row and head, without an ORM session (its set-up and flush cost more than the one row for an access
    record of a read). Never mix with ORM audit writes in one transaction: the session's cached head would go
    stale. Returns the row's sequence number."""
    row = cursor.execute("SELECT value FROM meta WHERE key = ?", (HEAD_KEY,)).fetchone()
    if row and row[0]:
        head_seq, _, prev = str(row[0]).partition(":")
        seq = int(head_seq)
    else:  # a file from before the stored head: the newest row is the head
        last = cursor.execute("SELECT seq, hash FROM auditevent ORDER BY seq DESC LIMIT 1").fetchone()
        seq, prev = (int(last[0] or 0), bytes(last[1]).hex()) if last else (0, GENESIS)
    values = _values(seq + 1, prev, actor, action, entity_type, entity_id, case_id, detail, utcnow())
    cursor.execute(_INSERT_SQL, (values["seq"], uuid_stored(str(values["id"])), micros_stored(values["at"]),  # type: ignore[arg-type]
                                 actor, audit_codes.stored(audit_codes.ACTIONS, action),
                                 audit_codes.stored(audit_codes.ENTITY_TYPES, entity_type), uuid_stored(entity_id),
                                 uuid_stored(case_id), detail, bytes.fromhex(str(values["hash"]))))
    cursor.execute("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                   (HEAD_KEY, f"{values['seq']}:{values['hash']}"))
    return int(values["seq"])  # type: ignore[call-overload]


def record_standalone(vault: "Vault", action: str, entity_type: str, entity_id: str, case_id: str | None = None,
                      detail: str = "") -> None:
    with vault.session(write=True) as s:
        record(s, vault.actor, action, entity_type, entity_id, case_id, detail)


@dataclass
class ChainProblem:
    seq: int | None
    ko: str
    en: str


def verify_chain(session: Session) -> list[ChainProblem]:
    from sqlmodel import col, select

    from caseapp.storage.models import AuditEvent, Meta
    problems: list[ChainProblem] = []
    prev_hash, expected_seq = GENESIS, 1
    for event in session.exec(select(AuditEvent).order_by(col(AuditEvent.seq))):
        gap = event.seq != expected_seq
        if gap:
            problems.append(ChainProblem(event.seq, f"감사기록 {expected_seq}–{(event.seq or 1) - 1}번이 삭제되었습니다",
                                         f"audit rows {expected_seq}–{(event.seq or 1) - 1} were deleted"))
        link = prev_hash if event.prev_hash is None else event.prev_hash  # stored only where it did not match
        broken = link != prev_hash or (gap and event.prev_hash is None)  # after a gap the predecessor is gone
        if broken:
            problems.append(ChainProblem(event.seq, f"감사기록 {event.seq}번의 연결이 끊어졌습니다",
                                         f"audit row {event.seq} does not chain to the row before it"))
        if _digest(event, link) != event.hash and not (gap and event.prev_hash is None):
            problems.append(ChainProblem(event.seq, f"감사기록 {event.seq}번이 변경되었습니다",
                                         f"audit row {event.seq} was altered"))
        prev_hash, expected_seq = event.hash, (event.seq or 0) + 1
    meta = session.get(Meta, HEAD_KEY)
    if meta and meta.value:
        head_seq, _, head_hash = meta.value.partition(":")
        if not head_seq.isdigit() or int(head_seq) != expected_seq - 1 or head_hash != prev_hash:
            problems.append(ChainProblem(None, f"마지막 감사기록(№{head_seq})이 삭제되었거나 변경되었습니다",
                                         f"the newest audit rows (up to №{head_seq}) were deleted or altered"))
    elif expected_seq > 1:  # every append writes the head: without it a deleted tail would go unseen
        problems.append(ChainProblem(None, "감사기록의 마지막 위치 기록(head)이 없어졌습니다",
                                     "the stored head of the audit trail is missing"))
    return problems


def history(session: Session, case_id: str, limit: int = 1000) -> list[AuditEvent]:
    from sqlmodel import col, select

    from caseapp.storage.models import AuditEvent
    return list(session.exec(select(AuditEvent).where(AuditEvent.case_id == case_id)
                             .order_by(col(AuditEvent.seq).desc()).limit(limit)))


def head(session: Session) -> tuple[int, str]:
    """The newest (sequence number, hash) of the trail: what signed PDFs and checkpoints anchor outside the file."""
    return _head(session)


def hash_at(session: Session, seq: int) -> str | None:
    """The stored hash of audit row ``seq`` (None if there is no such row)."""
    from sqlmodel import select

    from caseapp.storage.models import AuditEvent
    row = session.exec(select(AuditEvent.hash).where(AuditEvent.seq == seq)).first()
    return str(row) if row is not None else None
