"""sync change log stored compactly: (device, seq) as one integer key, clocks as integers, tables and operations as
codes, UUIDs as 16 bytes; vacuumed

Revision ID: 0025
Revises: 0024
Create Date: 2026-12-02 05:00:00

Issue 14 (file size). The change log was 22.8 KB per case at 10,000 cases: ~90 rows a case, each with its device
(12 characters) and sequence as a primary key with its own index, its clock as 31 characters (the device again at
its end), its table and operation by name, its row and case as 36-character UUIDs, ``'{}'`` for an empty base. The
table is rebuilt as :mod:`caseapp.storage.compact_log` describes: ``id INTEGER PRIMARY KEY`` = the device's code in
the new ``syncdevice`` << 40 | seq (the rowid: no separate index; a device's changes are one rowid range), ``hlc``
an integer where it is a canonical clock of the row's device, ``tbl``/``op`` frozen codes, ``row_id``/``case_id``
16 bytes where canonical, NULL for ``'{}'``. Anything else stays the text it was; everything reads back as that
text, so what a bundle or the hub carries is unchanged. ``ix_syncchange_row (tbl, row_id)`` is made again.

The mixed columns are declared without a type (no affinity): a text that looks like a number stays text.

One transaction: a killed migration leaves the file at 0024. Then the file is vacuumed. The downgrade writes the
0024 table back, row for row.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from alembic import op

from caseapp.storage import compact_log as cl
from caseapp.storage.migrate import VACUUM_AFTER  # read by migrate.upgrade after the commit

revision = '0025'
down_revision = '0024'
branch_labels = None
depends_on = None

BATCH = 5000
_OLD_COLUMNS = "device, seq, hlc, tbl, row_id, op, fields, base, actor, case_id, scrubbed"
_NEW_COLUMNS = "id, hlc, tbl, row_id, op, fields, base, actor, case_id, scrubbed"
_TABLE_0024 = ("CREATE TABLE syncchange_0025 (\n\tdevice VARCHAR(12) NOT NULL, \n\tseq INTEGER NOT NULL, \n\t"
               "hlc VARCHAR NOT NULL, \n\ttbl VARCHAR NOT NULL, \n\trow_id VARCHAR NOT NULL, \n\top VARCHAR NOT NULL, "
               "\n\tfields VARCHAR NOT NULL, \n\tbase VARCHAR NOT NULL, \n\tactor VARCHAR NOT NULL, \n\t"
               "case_id VARCHAR, \n\tscrubbed BOOLEAN NOT NULL, \n\tPRIMARY KEY (device, seq)\n)")
_TABLE_0025 = ("CREATE TABLE syncchange_0025 (id INTEGER PRIMARY KEY, hlc NOT NULL, tbl NOT NULL, row_id NOT NULL, "
               "op NOT NULL, fields VARCHAR, base VARCHAR, actor VARCHAR NOT NULL, case_id, "
               "scrubbed BOOLEAN NOT NULL)")
_DEVICES = "CREATE TABLE syncdevice (code INTEGER PRIMARY KEY, device VARCHAR NOT NULL UNIQUE)"
_INDEX = "CREATE INDEX ix_syncchange_row ON syncchange (tbl, row_id)"


def _batches(cursor: Any, sql: str) -> Iterator[list[tuple[Any, ...]]]:
    cursor.execute(sql)
    while batch := cursor.fetchmany(BATCH):
        yield batch


def _swap(dbapi: Any) -> None:
    dbapi.execute("DROP INDEX IF EXISTS ix_syncchange_row")
    dbapi.execute("DROP TABLE syncchange")
    dbapi.execute("ALTER TABLE syncchange_0025 RENAME TO syncchange")
    dbapi.execute(_INDEX)


def upgrade() -> None:
    dbapi = op.get_bind().connection  # DB-API calls: ~900,000 rows at 10,000 cases
    reader, writer = dbapi.cursor(), dbapi.cursor()
    writer.execute(_DEVICES)
    writer.execute("INSERT INTO syncdevice (device) SELECT DISTINCT device FROM syncchange ORDER BY device")
    codes = {str(d): int(c) for c, d in writer.execute("SELECT code, device FROM syncdevice").fetchall()}
    writer.execute(_TABLE_0025)
    marks = ", ".join("?" for _ in _NEW_COLUMNS.split(","))
    for batch in _batches(reader, f"SELECT {_OLD_COLUMNS} FROM syncchange ORDER BY device, seq"):
        rows = []
        for device, seq, hlc, tbl, row_id, op_, fields, base, actor, case_id, scrubbed in batch:
            rows.append((cl.change_id(codes[device], int(seq)), cl.hlc_stored(hlc, device), cl.table_stored(tbl),
                         cl.id_stored(row_id), cl.op_stored(op_), cl.json_stored_0025(fields),
                         cl.json_stored_0025(base),
                         actor, cl.id_stored(case_id), scrubbed))
        writer.executemany(f"INSERT INTO syncchange_0025 ({_NEW_COLUMNS}) VALUES ({marks})", rows)
    reader.close()
    _swap(writer)
    writer.close()
    op.get_context().config.attributes[VACUUM_AFTER] = True


def downgrade() -> None:
    dbapi = op.get_bind().connection
    reader, writer = dbapi.cursor(), dbapi.cursor()
    devices = {int(c): str(d) for c, d in writer.execute("SELECT code, device FROM syncdevice").fetchall()}
    writer.execute(_TABLE_0024)
    marks = ", ".join("?" for _ in _OLD_COLUMNS.split(","))
    for batch in _batches(reader, f"SELECT {_NEW_COLUMNS} FROM syncchange ORDER BY id"):
        rows = []
        for id_, hlc, tbl, row_id, op_, fields, base, actor, case_id, scrubbed in batch:
            device = devices[cl.code_of(id_)]
            rows.append((device, cl.seq_of(id_), cl.hlc_read(hlc, device), cl.table_read(tbl), cl.id_read(row_id),
                         cl.op_read(op_), cl.json_read(fields), cl.json_read(base), actor, cl.id_read(case_id),
                         scrubbed))
        writer.executemany(f"INSERT INTO syncchange_0025 ({_OLD_COLUMNS}) VALUES ({marks})", rows)
    reader.close()
    _swap(writer)
    writer.execute("DROP TABLE syncdevice")
    writer.close()
