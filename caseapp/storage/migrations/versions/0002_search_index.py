"""search index: FTS5 table of character bigrams over searchdoc, filled from existing rows

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-24 06:20:00

``searchdoc`` (from 0001) keeps each record's text; ``search_fts`` indexes it as character bigrams with the
``unicode61`` tokenizer (a trigram index cannot match two-syllable words such as 주거 or 우울). The table is
contentless (the text lives in ``searchdoc``) with ``contentless_delete`` so single rows can be removed, and
``contentless_unindexed`` so the UNINDEXED ranking columns are stored and readable without touching ``searchdoc``.

The index is derived data: this migration fills it with :func:`caseapp.services.search.rebuild_index`, which reads
rows with ``SELECT *`` so it does not depend on columns added by later migrations. A later migration that changes
what is indexed calls it again.
"""

from __future__ import annotations

from alembic import op

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None

CREATE_FTS = (
    "CREATE VIRTUAL TABLE search_fts USING fts5("
    "own, ctx, case_id UNINDEXED, rank_group UNINDEXED, sort_key UNINDEXED, "
    "tokenize = 'unicode61 remove_diacritics 0', content = '', contentless_delete = 1, contentless_unindexed = 1)"
)


def upgrade() -> None:
    op.execute(CREATE_FTS)
    # Derived data only (see the module docstring); imported here so loading this file stays cheap.
    from caseapp.services.search import rebuild_index
    rebuild_index(op.get_bind())


def downgrade() -> None:
    op.execute("DROP TABLE IF EXISTS search_fts")
    op.execute("DELETE FROM searchdoc")
