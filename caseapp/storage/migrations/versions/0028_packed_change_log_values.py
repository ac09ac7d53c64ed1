"""sync change log's fields and base packed (DEFLATE with a frozen preset dictionary) where that is shorter;
vacuumed when that frees 1 MB

Revision ID: 0028
Revises: 0027
Create Date: 2026-12-02 16:00:00

Issue 14 (file size). A change made through the app copies the raw stored values of its row into ``fields`` (~32
KB/case of JSON text on a demo file written through the app): the same column names, dates and codes in every row.
Each ``fields`` and ``base`` text is rewritten in place, as :func:`caseapp.storage.compact_log.json_stored` writes
them since this revision: a BLOB of :mod:`caseapp.storage.packed_json` where that is shorter, else the text it was
(NULL for ``'{}'`` and the empty text of a genesis insert stay as they are). Every value reads back as the text it
was (``compact_log.json_read``), so what a bundle or the hub carries is unchanged.

The rows are read and rewritten in rowid chunks, all in the migration's one transaction: a killed migration leaves
the file at 0027 with every text as it was. Then the file is vacuumed (the pages the texts freed) when they shrank
by 1 MB or more. The downgrade writes every packed value back as its text.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from alembic import op

from caseapp.storage import compact_log as cl
from caseapp.storage.migrate import VACUUM_AFTER  # read by migrate.upgrade after the commit

revision = '0028'
down_revision = '0027'
branch_labels = None
depends_on = None

CHUNK = 5000  # rows read (by rowid) per step
VACUUM_FROM = 1 << 20  # bytes the texts shrank by: below it (a file written by the demo generator's bulk path, whose
# inserts hold no values) the vacuum's rewrite of the whole file costs more than the pages it gives back


def _rewrite(kind: str, convert: Callable[[Any], Any]) -> int:
    """Rewrite every ``fields``/``base`` whose SQLite type is ``kind`` (other than the empty text) through
    ``convert``, in rowid chunks; returns how many bytes the stored values shrank by."""
    dbapi = op.get_bind().connection
    cur = dbapi.cursor()
    after, shrank = -1, 0
    while True:
        rows = cur.execute(
            "SELECT id, fields, base FROM syncchange WHERE id > ? AND ((typeof(fields) = ? AND fields != '') OR "
            "(typeof(base) = ? AND base != '')) ORDER BY id LIMIT ?", (after, kind, kind, CHUNK)).fetchall()
        if not rows:
            break
        updates = []
        for id_, fields, base in rows:
            new_fields = convert(fields) if fields is not None and fields != "" else fields
            new_base = convert(base) if base is not None and base != "" else base
            if (new_fields, new_base) != (fields, base):
                updates.append((new_fields, new_base, id_))
                shrank += _size(fields) + _size(base) - _size(new_fields) - _size(new_base)
        cur.executemany("UPDATE syncchange SET fields = ?, base = ? WHERE id = ?", updates)
        after = rows[-1][0]
    cur.close()
    return shrank


def _size(value: Any) -> int:
    return len(value.encode("utf-8")) if isinstance(value, str) else len(value or b"")


def _packed(value: Any) -> Any:
    return cl.json_stored(value) if isinstance(value, str) else value


def _text(value: Any) -> Any:
    return cl.json_read(value) if isinstance(value, bytes) else value


def upgrade() -> None:
    if _rewrite("text", _packed) >= VACUUM_FROM:
        op.get_context().config.attributes[VACUUM_AFTER] = True


def downgrade() -> None:
    _rewrite("blob", _text)
