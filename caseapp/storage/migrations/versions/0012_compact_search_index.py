"""compact search index: 40-bit rank rowids, the case-list filter's index in chunks; the file vacuumed

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-01 15:00:00

What changes (issue 14: file size, and adding an entry to a big case):

* ``searchdoc`` rowids (the rank, mirrored by ``search_fts``) shrink from 63 to 52 bits: FTS5 stores each token's
  rows as rowid deltas, and the 27 hash bits below the day made the index a fifth bigger.
* ``search_case_fts`` (the case-list filter) holds each case's records in chunks of 16 (``searchdoc.chunk``) instead
  of one row with the whole case, so writing a record rebuilds one small chunk, not the case; it no longer stores
  ``case_id`` (a chunk's rowid leads to its case's own document). The index on ``searchdoc(case_id)`` becomes one on
  ``(case_id, chunk)``.
* Everything is derived data: :func:`caseapp.services.search.rebuild_index` fills both indexes again from the rows,
  and :func:`caseapp.storage.migrate.upgrade` runs ``VACUUM`` once the migration has committed (asked for through
  ``VACUUM_AFTER``), so the pages the old index held are given back to the disk.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from caseapp.storage.migrate import VACUUM_AFTER  # read by migrate.upgrade after the commit

revision = '0012'
down_revision = '0011'
branch_labels = None
depends_on = None

FTS_OPTIONS = ("tokenize = 'unicode61 remove_diacritics 0', content = '', contentless_delete = 1, "
               "contentless_unindexed = 1")


def _recreate_case_index(columns: str) -> None:
    op.execute("DROP TABLE IF EXISTS search_case_fts")
    op.execute("DROP TABLE IF EXISTS search_case_fts_content")  # SQLite 3.53 may leave it behind (see 0002)
    op.execute(f"CREATE VIRTUAL TABLE search_case_fts USING fts5({columns}, {FTS_OPTIONS})")


def upgrade() -> None:
    op.add_column('searchdoc', sa.Column('chunk', sa.Integer(), nullable=False, server_default='0'))
    op.drop_index('ix_searchdoc_case_id', table_name='searchdoc')
    op.create_index('ix_searchdoc_case_id_chunk', 'searchdoc', ['case_id', 'chunk'], unique=False)
    _recreate_case_index("own")
    from caseapp.services.search import rebuild_index  # derived data only; imported here to keep loading cheap
    rebuild_index(op.get_bind())
    op.get_context().config.attributes[VACUUM_AFTER] = True


def downgrade() -> None:
    # the 0011 layout; its rows come back with the next full rebuild of the index (as after a restore)
    _recreate_case_index("own, case_id UNINDEXED")
    op.drop_index('ix_searchdoc_case_id_chunk', table_name='searchdoc')
    op.create_index('ix_searchdoc_case_id', 'searchdoc', ['case_id'], unique=False)
    op.drop_column('searchdoc', 'chunk')
    op.execute("DELETE FROM searchdoc")
    op.execute("INSERT INTO search_fts (search_fts) VALUES ('delete-all')")
