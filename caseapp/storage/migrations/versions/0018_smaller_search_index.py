"""smaller search index: dense rank rowids, no case id inside the index, index pages that fit a database page

Revision ID: 0018
Revises: 0016
Create Date: 2026-12-01 21:40:00

Issue 14 (file size). Measured on the 10,000-case benchmark file, the search index was 427 MB of 1,561 MB
(``search_fts`` 174 MB with its shadow tables, ``search_case_fts`` 95 MB, ``searchdoc`` 159 MB with its indexes).
What changes:

* ``searchdoc`` rowids (the rank, mirrored by both FTS tables) lose the 16 hash bits below the time of day: FTS5
  stores each token's rows as rowid deltas, and those bits made every delta two bytes longer. Ties (two records of
  the same date written in the same second) now go to the record written first; see ``search.preferred_rowid``.
* ``search_fts`` no longer keeps ``case_id`` (an UNINDEXED column stored in its own ``_content`` table, 17 MB):
  queries read it from ``searchdoc`` by rowid.
* Both FTS tables write index pages of ``PGSZ`` bytes: FTS5's default (4,050) is more than a SQLCipher page holds
  (4,096 less 80 reserved bytes), so every index page spilled into a second, mostly empty database page.

Everything here is derived data: :func:`caseapp.services.search.rebuild_index` fills both tables again from the
rows, inside the migration's transaction (a killed migration leaves the file at 0016 with its old index), and
:func:`caseapp.storage.migrate.upgrade` runs ``VACUUM`` after the commit (``VACUUM_AFTER``).
"""

from __future__ import annotations

from alembic import op

from caseapp.storage.migrate import VACUUM_AFTER  # read by migrate.upgrade after the commit

revision = '0018'
down_revision = '0016'
branch_labels = None
depends_on = None

FTS_OPTIONS = "tokenize = 'unicode61 remove_diacritics 0', content = '', contentless_delete = 1"
# An FTS5 leaf is written once it reaches pgsz and may overshoot it by one entry; SQLCipher leaves 4,016 bytes of
# each 4,096-byte page, of which a table row may keep at most 3,981 on the page itself.
PGSZ = 3900


def _recreate(table: str, columns: str, options: str) -> None:
    op.execute(f"DROP TABLE IF EXISTS {table}")
    op.execute(f"DROP TABLE IF EXISTS {table}_content")  # SQLite 3.53 may leave it behind (see 0002)
    op.execute(f"CREATE VIRTUAL TABLE {table} USING fts5({columns}, {options})")


def upgrade() -> None:
    _recreate("search_fts", "own, ctx", FTS_OPTIONS)
    _recreate("search_case_fts", "own", FTS_OPTIONS)
    for table in ("search_fts", "search_case_fts"):
        op.execute(f"INSERT INTO {table} ({table}, rank) VALUES ('pgsz', {PGSZ})")
    from caseapp.services.search import rebuild_index  # derived data only; imported here to keep loading cheap
    rebuild_index(op.get_bind())
    op.get_context().config.attributes[VACUUM_AFTER] = True


def downgrade() -> None:
    # the 0016 layout; its rows come back with the next full rebuild of the index (as after a restore)
    _recreate("search_fts", "own, ctx, case_id UNINDEXED", FTS_OPTIONS + ", contentless_unindexed = 1")
    _recreate("search_case_fts", "own", FTS_OPTIONS + ", contentless_unindexed = 1")
    op.execute("DELETE FROM searchdoc")
