"""smaller change log: no syncrow for a row at its insert's clock, the log indexed by row instead of by case;
vacuumed

Revision ID: 0021
Revises: 0020
Create Date: 2026-12-02 01:00:00

Issue 14 (file size): on the 10,000-case file every record had a ``syncrow`` of ``{"*": <its insert's clock>}``
with its primary key and case index entries (28 KB per case), although that clock is in the log already, on the
record's insert. Now a row without ``syncrow`` has the clocks its newest insert implies
(:func:`caseapp.services.sync_log.stored_clocks`, through the new index ``ix_syncchange_row`` on ``(tbl,
row_id)``), so each ``syncrow`` that says just that is deleted: the clocks, case id and "not deleted" the row
answers are the same. A row with no ``syncrow`` whose newest insert did not set its clocks (a received insert that
was refused, scrubbed or of an unknown table) gets the marker ``clocks = ''``, so it answers what it answered
before (the genesis clock, or none). ``ix_syncchange_case_id`` (4.7 KB per case) served the scrub of a destroyed
case's changes, now a scan of the log (~0.1-0.6 s at 10,000 cases) beside that destruction's VACUUM of the file.
Nothing is lost: every clock the file held is still answered; the downgrade writes the implied ``syncrow`` back.

One transaction: a killed migration leaves the file at 0020. Then the file is vacuumed.
"""

from __future__ import annotations

from alembic import op

from caseapp.storage.migrate import VACUUM_AFTER  # read by migrate.upgrade after the commit

revision = '0021'
down_revision = '0020'
branch_labels = None
depends_on = None

GENESIS_KEY = "sync_genesis_clock"  # services.sync_log.GENESIS_KEY
_GENESIS = f"coalesce((SELECT value FROM meta WHERE key = '{GENESIS_KEY}'), '')"
# Each row's newest insert (bare case_id from the row where max() is) and the clocks JSON it implies.
_NEWEST = ("CREATE TEMP TABLE newest_0021 AS SELECT tbl, row_id, max(hlc) AS hlc, case_id FROM syncchange "
           "WHERE op = 'insert' GROUP BY tbl, row_id")
_IMPLIED = """'{"*":"' || n.hlc || '"}'"""


def upgrade() -> None:
    op.execute("CREATE INDEX ix_syncchange_row ON syncchange (tbl, row_id)")
    op.execute("DROP INDEX IF EXISTS ix_syncchange_case_id")
    op.execute(_NEWEST)
    op.execute("CREATE UNIQUE INDEX temp.newest_0021_key ON newest_0021 (tbl, row_id)")
    # A row that had no syncrow and whose newest insert is not the genesis: pinned at "no clocks", as before.
    op.execute(f"INSERT INTO syncrow (tbl, row_id, case_id, clocks, deleted) SELECT n.tbl, n.row_id, NULL, '', 0 "
               f"FROM newest_0021 n WHERE n.hlc != {_GENESIS} AND NOT EXISTS "
               f"(SELECT 1 FROM syncrow s WHERE s.tbl = n.tbl AND s.row_id = n.row_id)")
    # A syncrow that says what the newest insert implies (a genesis insert implies no case id) goes.
    op.execute(f"DELETE FROM syncrow WHERE rowid IN (SELECT s.rowid FROM syncrow s JOIN newest_0021 n "
               f"ON n.tbl = s.tbl AND n.row_id = s.row_id WHERE s.deleted = 0 AND s.clocks = {_IMPLIED} AND "
               f"s.case_id IS (CASE WHEN n.hlc = {_GENESIS} THEN NULL ELSE n.case_id END))")
    op.execute("DROP TABLE newest_0021")
    op.get_context().config.attributes[VACUUM_AFTER] = True


def downgrade() -> None:
    op.execute(_NEWEST)
    op.execute("CREATE UNIQUE INDEX temp.newest_0021_key ON newest_0021 (tbl, row_id)")
    op.execute(f"INSERT INTO syncrow (tbl, row_id, case_id, clocks, deleted) SELECT n.tbl, n.row_id, n.case_id, "
               f"{_IMPLIED}, 0 FROM newest_0021 n WHERE n.hlc != {_GENESIS} AND NOT EXISTS "
               f"(SELECT 1 FROM syncrow s WHERE s.tbl = n.tbl AND s.row_id = n.row_id)")
    op.execute("DELETE FROM syncrow WHERE clocks = ''")  # "no clocks": no syncrow, as 0020 read it
    op.execute("DROP TABLE newest_0021")
    op.execute("CREATE INDEX ix_syncchange_case_id ON syncchange (case_id)")
    op.execute("DROP INDEX ix_syncchange_row")
