"""search index: FTS5 table of character bigrams over searchdoc, filled from existing rows

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-24 06:20:00

``searchdoc`` (from 0001) keeps each record's text; ``search_fts`` indexes it as character bigrams with the
``unicode61`` tokenizer (a trigram index cannot match two-syllable words such as 주거 or 우울), and
``search_case_fts`` holds one row per case with the text of all its records (the case-list filter). Both tables are
contentless (the text lives in ``searchdoc``) with ``contentless_delete`` so single rows can be removed, and
``contentless_unindexed`` so the UNINDEXED columns are stored and readable without touching ``searchdoc``.

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

FTS_OPTIONS = ("tokenize = 'unicode61 remove_diacritics 0', content = '', contentless_delete = 1, "
               "contentless_unindexed = 1")
CREATE_TABLES = (
    # one row per record (rowid = searchdoc.rowid, which encodes the rank): its own text and its case's client
    # name / 초성 / case number
    f"CREATE VIRTUAL TABLE search_fts USING fts5(own, ctx, case_id UNINDEXED, {FTS_OPTIONS})",
    # one row per case (rowid = searchdoc.rowid of the case's own row): the text of all its records
    f"CREATE VIRTUAL TABLE search_case_fts USING fts5(own, case_id UNINDEXED, {FTS_OPTIONS})",
)
FTS_TABLES = ("search_fts", "search_case_fts")


def upgrade() -> None:
    for statement in CREATE_TABLES:
        op.execute(statement)
    # Derived data only (see the module docstring); imported here so loading this file stays cheap.
    from caseapp.services.search import rebuild_index
    rebuild_index(op.get_bind())


def downgrade() -> None:
    for table in FTS_TABLES:
        op.execute(f"DROP TABLE IF EXISTS {table}")
        # SQLite 3.53 leaves the %_content shadow table of a contentless_unindexed table behind on DROP
        op.execute(f"DROP TABLE IF EXISTS {table}_content")
    op.execute("DELETE FROM searchdoc")
