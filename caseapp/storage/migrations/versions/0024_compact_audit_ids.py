"""audit trail: its UUIDs as 16 bytes and its times as integers; vacuumed

Revision ID: 0024
Revises: 0023
Create Date: 2026-12-02 01:10:00

Issue 14 (file size). At 10,000 cases the audit trail is 140 MB (14 KB/case, 422,000 rows): each row keeps three
UUIDs as 36 characters of text (its own ``id``, ``entity_id``, ``case_id``, the last also in an index) and its
time as 26 characters (also in the ``(action, at)`` index). ``auditevent`` is rebuilt with each canonical UUID as
its 16 bytes and each time as microseconds since 1970 UTC (:mod:`caseapp.storage.compact_values`); the models read
them back as the same text and aware datetime, so every hash, computed over those text forms, is unchanged and
``check`` reports exactly what it did. A value that is not canonical (an empty entity id, a hand-edited id or time)
stays the text it was and is read as before. ``seq``, ``hash``, ``prev_hash`` and the other columns are copied as
they are; the two query indexes are made again.

One transaction: a killed migration leaves the file at 0023. Then the file is vacuumed. The downgrade writes the
text forms back.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from alembic import op

from caseapp.storage.compact_values import micros_from_text, micros_to_text, uuid_read, uuid_stored
from caseapp.storage.migrate import VACUUM_AFTER  # read by migrate.upgrade after the commit

revision = '0024'
down_revision = '0023'
branch_labels = None
depends_on = None

_COLUMNS = ("seq, id, at, actor, action, entity_type, entity_id, case_id, detail, prev_hash, hash")
_COMPACT = ("seq INTEGER NOT NULL, id BLOB NOT NULL, at INTEGER NOT NULL, actor VARCHAR NOT NULL, "
            "action VARCHAR NOT NULL, entity_type VARCHAR NOT NULL, entity_id BLOB NOT NULL, case_id BLOB, "
            "detail VARCHAR NOT NULL, prev_hash VARCHAR, hash BLOB NOT NULL, PRIMARY KEY (seq)")
_TEXT = ("seq INTEGER NOT NULL, id VARCHAR NOT NULL, at DATETIME NOT NULL, actor VARCHAR NOT NULL, "
         "action VARCHAR NOT NULL, entity_type VARCHAR NOT NULL, entity_id VARCHAR NOT NULL, case_id VARCHAR, "
         "detail VARCHAR NOT NULL, prev_hash VARCHAR, hash BLOB NOT NULL, PRIMARY KEY (seq)")
_INDEXES = ("CREATE INDEX ix_auditevent_action_at ON auditevent (action, at)",
            "CREATE INDEX ix_auditevent_case_id ON auditevent (case_id)")
BATCH = 5000


def _at_compact(value: Any) -> Any:
    found = micros_from_text(value) if isinstance(value, str) else None
    return value if found is None else found


def _at_text(value: Any) -> Any:
    return micros_to_text(value) if isinstance(value, int) else value


def _compact(row: tuple[Any, ...]) -> tuple[Any, ...]:
    seq, id_, at, actor, action, entity_type, entity_id, case_id, detail, prev_hash, digest = row
    return (seq, uuid_stored(id_), _at_compact(at), actor, action, entity_type, uuid_stored(entity_id),
            uuid_stored(case_id), detail, prev_hash, digest)


def _text(row: tuple[Any, ...]) -> tuple[Any, ...]:
    seq, id_, at, actor, action, entity_type, entity_id, case_id, detail, prev_hash, digest = row
    return (seq, uuid_read(id_), _at_text(at), actor, action, entity_type, uuid_read(entity_id), uuid_read(case_id),
            detail, prev_hash, digest)


def _batches(cursor: Any) -> Iterator[list[tuple[Any, ...]]]:
    cursor.execute(f"SELECT {_COLUMNS} FROM auditevent ORDER BY seq")
    while batch := cursor.fetchmany(BATCH):
        yield batch


def _rebuild(columns: str, convert: Callable[[tuple[Any, ...]], tuple[Any, ...]]) -> None:
    dbapi = op.get_bind().connection  # DB-API calls: 422,000 rows at 10,000 cases
    reader, writer = dbapi.cursor(), dbapi.cursor()
    op.execute("DROP INDEX IF EXISTS ix_auditevent_action_at")
    op.execute("DROP INDEX IF EXISTS ix_auditevent_case_id")
    op.execute(f"CREATE TABLE auditevent_0024 ({columns})")
    marks = ", ".join("?" for _ in _COLUMNS.split(","))
    for batch in _batches(reader):
        writer.executemany(f"INSERT INTO auditevent_0024 ({_COLUMNS}) VALUES ({marks})", [convert(r) for r in batch])
    reader.close()
    writer.close()
    op.execute("DROP TABLE auditevent")
    op.execute("ALTER TABLE auditevent_0024 RENAME TO auditevent")
    for sql in _INDEXES:
        op.execute(sql)


def upgrade() -> None:
    _rebuild(_COMPACT, _compact)
    op.get_context().config.attributes[VACUUM_AFTER] = True


def downgrade() -> None:
    _rebuild(_TEXT, _text)
