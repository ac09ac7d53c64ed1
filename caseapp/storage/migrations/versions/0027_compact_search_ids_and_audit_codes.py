"""search documents' ids as 16 bytes; the audit trail's action and entity type as codes; vacuumed

Revision ID: 0027
Revises: 0026
Create Date: 2026-12-02 16:00:00

Issue 14 (file size). ``searchdoc`` keeps two UUIDs per record as 36 characters of text (its ``entity_id``, also in
its unique index, and its case's ``case_id``, also in the ``(case_id, chunk)`` index); each canonical one becomes
its 16 bytes (:func:`caseapp.storage.compact_values.uuid_stored`), read back as the same text. The FTS tables are
contentless and keyed by rowid (they hold tokens, no id) and are not touched; every row keeps its rowid (its rank),
entity type, packed text and chunk, so every query returns the same hits in the same order with the same snippets.

``auditevent``'s ``action`` and ``entity_type`` (12 bytes of text per row, ``action`` again in the ``(action, at)``
index) become the frozen codes of :mod:`caseapp.storage.audit_codes` (0–1 byte); a name not in its table stays
text. Their columns are declared BLOB, so SQLite keeps an integer an integer and a text a text (a VARCHAR column
would turn the code into its digits). The models read both back as the names every hash covers: verification
reports exactly what it did. Every other column is copied as it is.

Both tables are rebuilt with their rows copied in rowid order, a chunk per statement, in SQL (no row passes through
Python), their indexes made again. One transaction: a killed migration leaves the file at 0026. Then the file is
vacuumed. The downgrade writes the text forms back.
"""

from __future__ import annotations

from alembic import op

from caseapp.storage.audit_codes import ACTIONS, ENTITY_TYPES, case_sql, name_sql
from caseapp.storage.compact_values import uuid_stored_sql, uuid_text_sql
from caseapp.storage.migrate import (
    VACUUM_AFTER,  # read by migrate.upgrade after the commit
)

revision = '0027'
down_revision = '0026'
branch_labels = None
depends_on = None

CHUNK = 50_000  # rows copied per statement

_SEARCH_COLUMNS = "rowid, entity_type, entity_id, case_id, text, chunk"
_SEARCH_LAYOUT = ("rowid INTEGER NOT NULL, entity_type VARCHAR NOT NULL, entity_id {id_type} NOT NULL, "
                  "case_id {id_type}, text BLOB NOT NULL, chunk INTEGER DEFAULT '0' NOT NULL, PRIMARY KEY (rowid)")
_SEARCH_INDEXES = ("CREATE UNIQUE INDEX ix_searchdoc_entity_id ON searchdoc (entity_id)",
                   "CREATE INDEX ix_searchdoc_case_id_chunk ON searchdoc (case_id, chunk)")

_AUDIT_COLUMNS = "seq, id, at, actor, action, entity_type, entity_id, case_id, detail, prev_hash, hash"
_AUDIT_LAYOUT = ("seq INTEGER NOT NULL, id BLOB NOT NULL, at INTEGER NOT NULL, actor VARCHAR NOT NULL, "
                 "action {code_type} NOT NULL, entity_type {code_type} NOT NULL, entity_id BLOB NOT NULL, "
                 "case_id BLOB, detail VARCHAR NOT NULL, prev_hash VARCHAR, hash BLOB NOT NULL, PRIMARY KEY (seq)")
_AUDIT_INDEXES = ("CREATE INDEX ix_auditevent_action_at ON auditevent (action, at)",
                  "CREATE INDEX ix_auditevent_case_id ON auditevent (case_id)")


def _rebuild(table: str, key: str, layout: str, columns: str, select: str, indexes: tuple[str, ...]) -> None:
    """``table`` again in ``layout``, each row as ``select`` gives it (in ``key`` order, a chunk at a time)."""
    for sql in indexes:
        op.execute(f"DROP INDEX IF EXISTS {sql.split(' ON ')[0].split()[-1]}")
    new = f"{table}_0027"
    op.execute(f"CREATE TABLE {new} ({layout})")
    conn = op.get_bind().connection  # DB-API: 330,000 and 430,000 rows at 10,000 cases
    cursor = conn.cursor()
    last = None
    while True:
        where = "" if last is None else f"WHERE {key} > ?"
        cursor.execute(f"INSERT INTO {new} ({columns}) SELECT {select} FROM {table} {where} "
                       f"ORDER BY {key} LIMIT {CHUNK}", () if last is None else (last,))
        if cursor.rowcount < CHUNK:
            break
        last = cursor.execute(f"SELECT max({key}) FROM {new}").fetchone()[0]
    cursor.close()
    op.execute(f"DROP TABLE {table}")
    op.execute(f"ALTER TABLE {new} RENAME TO {table}")
    for sql in indexes:
        op.execute(sql)


def _search(compact: bool) -> None:
    ids = uuid_stored_sql if compact else uuid_text_sql
    _rebuild("searchdoc", "rowid", _SEARCH_LAYOUT.format(id_type="BLOB" if compact else "VARCHAR"), _SEARCH_COLUMNS,
             f"rowid, entity_type, {ids('entity_id')}, {ids('case_id')}, text, chunk", _SEARCH_INDEXES)


def _audit(compact: bool) -> None:
    names = case_sql if compact else name_sql
    _rebuild("auditevent", "seq", _AUDIT_LAYOUT.format(code_type="BLOB" if compact else "VARCHAR"), _AUDIT_COLUMNS,
             f"seq, id, at, actor, {names(ACTIONS, 'action')}, {names(ENTITY_TYPES, 'entity_type')}, entity_id, "
             "case_id, detail, prev_hash, hash", _AUDIT_INDEXES)


def upgrade() -> None:
    _search(compact=True)
    _audit(compact=True)
    op.get_context().config.attributes[VACUUM_AFTER] = True


def downgrade() -> None:
    _search(compact=False)
    _audit(compact=False)
