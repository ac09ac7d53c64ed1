"""search documents: title, text and 초성 packed into one compressed value; vacuumed

Revision ID: 0023
Revises: 0022
Create Date: 2026-12-02 01:00:00

Issue 14 (file size). ``searchdoc`` kept each record's title, text and 초성 as three text columns for snippets: 7.9
KB per case at 10,000 cases (78 MB), in a table of 139 MB. They become one BLOB ``text``
(:func:`caseapp.storage.packed_text.pack`: DEFLATE with a preset dictionary of caseapp's own titles and labels),
about half the bytes. The rows are rewritten in place, each with its rowid (its rank), case, chunk and entity
unchanged, so every query returns the same hits in the same order with the same snippets; the FTS tables are not
touched. The two indexes are made again as they were.

One transaction: a killed migration leaves the file at 0022. Then the file is vacuumed (``VACUUM_AFTER``).
The downgrade unpacks every value back into the three columns.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from alembic import op

from caseapp.storage.migrate import VACUUM_AFTER  # read by migrate.upgrade after the commit
from caseapp.storage.packed_text import pack, unpack

revision = '0023'
down_revision = '0022'
branch_labels = None
depends_on = None

_KEYS = ("rowid INTEGER NOT NULL, entity_type VARCHAR NOT NULL, entity_id VARCHAR NOT NULL, case_id VARCHAR")
_PACKED = f"{_KEYS}, text BLOB NOT NULL, chunk INTEGER DEFAULT '0' NOT NULL, PRIMARY KEY (rowid)"
_UNPACKED = (f"{_KEYS}, title VARCHAR NOT NULL, body VARCHAR NOT NULL, chosung VARCHAR NOT NULL, "
             "chunk INTEGER DEFAULT '0' NOT NULL, PRIMARY KEY (rowid)")
_INDEXES = ("CREATE UNIQUE INDEX ix_searchdoc_entity_id ON searchdoc (entity_id)",
            "CREATE INDEX ix_searchdoc_case_id_chunk ON searchdoc (case_id, chunk)")
BATCH = 5000  # rows converted per executemany: the whole table is never held in memory


def _batches(cursor: Any, select: str) -> Iterator[list[tuple[Any, ...]]]:
    cursor.execute(select)
    while batch := cursor.fetchmany(BATCH):
        yield batch


def _rewrite(columns: str, select: str, insert: str,
             convert: Callable[[tuple[Any, ...]], tuple[Any, ...]]) -> None:
    """searchdoc again in the layout ``columns``, every row converted by ``convert``, its indexes made again."""
    dbapi = op.get_bind().connection  # DB-API calls: 330,000 rows at 10,000 cases
    reader, writer = dbapi.cursor(), dbapi.cursor()
    op.execute("DROP INDEX IF EXISTS ix_searchdoc_entity_id")
    op.execute("DROP INDEX IF EXISTS ix_searchdoc_case_id_chunk")
    op.execute(f"CREATE TABLE searchdoc_0023 ({columns})")
    for batch in _batches(reader, select):
        writer.executemany(insert, [convert(row) for row in batch])
    reader.close()
    writer.close()
    op.execute("DROP TABLE searchdoc")
    op.execute("ALTER TABLE searchdoc_0023 RENAME TO searchdoc")
    for sql in _INDEXES:
        op.execute(sql)


def upgrade() -> None:
    _rewrite(_PACKED, "SELECT rowid, entity_type, entity_id, case_id, title, chosung, body, chunk FROM searchdoc "
             "ORDER BY rowid",
             "INSERT INTO searchdoc_0023 (rowid, entity_type, entity_id, case_id, text, chunk) "
             "VALUES (?, ?, ?, ?, ?, ?)",
             lambda r: (*r[:4], pack(r[4], r[5], r[6]), r[7]))
    op.get_context().config.attributes[VACUUM_AFTER] = True


def downgrade() -> None:
    _rewrite(_UNPACKED, "SELECT rowid, entity_type, entity_id, case_id, text, chunk FROM searchdoc ORDER BY rowid",
             "INSERT INTO searchdoc_0023 (rowid, entity_type, entity_id, case_id, title, chosung, body, chunk) "
             "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
             lambda r: (*r[:4], *unpack(r[4]), r[5]))
