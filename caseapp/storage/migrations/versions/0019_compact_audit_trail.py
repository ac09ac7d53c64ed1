"""compact audit trail: hashes as 32 bytes, no stored previous hash, no index on the audit row's UUID; no index on
the change log's clock; vacuumed

Revision ID: 0019
Revises: 0018
Create Date: 2026-12-01 21:30:00

Issue 14 (file size): on the 10,000-case file the audit trail was ~20 KB per case. Each row kept its SHA-256 as 64
hex characters, the previous row's hash again as 64 more (``prev_hash``), and a UNIQUE index on its random UUID
``id`` that no query reads. ``auditevent`` is rebuilt with ``prev_hash`` NULL wherever it equals the row before's
``hash`` (always, unless someone changed it; a link that does not match is kept, so verification still reports
it), with ``hash`` as its 32 bytes and without the UNIQUE index; its two query indexes are made again. The hash of
every row stays what it was, computed over the same canonical text. A hash that is not hex (a tampered row) is
kept as the text it was, so verification still reports it.

``ix_syncchange_hlc`` (~4 KB per case) served one query, the newest clock of the log; each device's changes carry
rising clocks in sequence order, so :func:`caseapp.services.sync_log.last_clock` now reads each device's last
change through the primary key instead.

One transaction: a killed migration leaves the file at 0018. Then the file is vacuumed.
"""

from __future__ import annotations

from alembic import op

from caseapp.storage.migrate import VACUUM_AFTER  # read by migrate.upgrade after the commit

revision = '0019'
down_revision = '0018'
branch_labels = None
depends_on = None

_COLUMNS = ("seq INTEGER NOT NULL, id VARCHAR NOT NULL, at DATETIME NOT NULL, actor VARCHAR NOT NULL, "
            "action VARCHAR NOT NULL, entity_type VARCHAR NOT NULL, entity_id VARCHAR NOT NULL, case_id VARCHAR, "
            "detail VARCHAR NOT NULL")
_KEPT = "seq, id, at, actor, action, entity_type, entity_id, case_id, detail"
GENESIS = "0" * 64  # services.audit.GENESIS: the link of row 1
_INDEXES = ("CREATE INDEX ix_auditevent_action_at ON auditevent (action, at)",
            "CREATE INDEX ix_auditevent_case_id ON auditevent (case_id)")


def _rebuild(columns: str, select: str) -> None:
    op.execute("DROP INDEX IF EXISTS ix_auditevent_action_at")
    op.execute("DROP INDEX IF EXISTS ix_auditevent_case_id")
    op.execute(f"CREATE TABLE auditevent_0019 ({columns}, PRIMARY KEY (seq))")
    op.execute(f"INSERT INTO auditevent_0019 SELECT {select} FROM auditevent ORDER BY seq")
    op.execute("DROP TABLE auditevent")
    op.execute("ALTER TABLE auditevent_0019 RENAME TO auditevent")
    for sql in _INDEXES:
        op.execute(sql)


def upgrade() -> None:
    derived = f"lag(hash, 1, '{GENESIS}') OVER (ORDER BY seq)"  # what verification derives the link from
    _rebuild(f"{_COLUMNS}, prev_hash VARCHAR, hash BLOB NOT NULL",
             f"{_KEPT}, CASE WHEN prev_hash = {derived} THEN NULL ELSE prev_hash END, coalesce(unhex(hash), hash)")
    op.drop_index('ix_syncchange_hlc', table_name='syncchange')
    op.get_context().config.attributes[VACUUM_AFTER] = True


def downgrade() -> None:
    op.create_index('ix_syncchange_hlc', 'syncchange', ['hlc'], unique=False)
    hex_hash = "CASE WHEN typeof(hash) = 'blob' THEN lower(hex(hash)) ELSE hash END"
    _rebuild(f"{_COLUMNS}, prev_hash VARCHAR NOT NULL, hash VARCHAR NOT NULL, UNIQUE (id)",
             f"{_KEPT}, coalesce(prev_hash, lag({hex_hash}, 1, '{GENESIS}') OVER (ORDER BY seq)), {hex_hash}")
