"""the case list's joins read no table row: client (id, name, phone) in an index, casesummary without a rowid

Revision ID: 0029
Revises: 0028
Create Date: 2026-12-02 16:30:00

The case list (``services.cases.list_cases``) joins every case to its client and its summary by their text ids.
Each join was two B-tree descents per case: the id's automatic index, then the table row by its rowid, 40,000 at
10,000 cases. ``ix_client_list`` holds the id with the two columns the list reads (UNIQUE because the id is; the
hub, which builds its tables from the models, leaves unique indexes out), so the client's join is one descent; the
list names it (``INDEXED BY``: without statistics SQLite prefers the id's own unique index). ``casesummary``, derived
data read only by case id, becomes a WITHOUT ROWID table keyed by it: one descent, and its automatic index is gone.
On the 10,000-case file the list's query took 72/80 → 54/63 ms CPU (min/median, at load ~5).

One transaction, as every migration: killed at any moment, the file is at 0028 or at 0029. The downgrade makes the
rowid table again with its 0028 text and drops the index; every summary row is kept. The pages of the old summary
table and its index (~5 MB at 10,000 cases) are left free for later writes: no vacuum after.
"""

from __future__ import annotations

from alembic import op

revision = '0029'
down_revision = '0028'
branch_labels = None
depends_on = None

INDEX = "ix_client_list"  # kept equal to the Index declaration at the end of storage/models.py
_COLUMNS = "case_id, basis, next_due, deadlines"
# The table's text as 0011 made it (the downgrade gives it back byte for byte); 0029 adds WITHOUT ROWID.
_TABLE = ("CREATE TABLE casesummary (\n\tcase_id VARCHAR(36) NOT NULL, \n\tbasis VARCHAR NOT NULL, \n\t"
          "next_due DATE, \n\tdeadlines VARCHAR NOT NULL, \n\tPRIMARY KEY (case_id)\n)")


def _rebuild(create: str) -> None:
    """casesummary made again with ``create`` and every row copied (the old one renamed first, so the new one's
    text is exactly ``create``: a rename would rewrite it)."""
    op.execute("ALTER TABLE casesummary RENAME TO casesummary_0029")
    op.execute(create)
    op.execute(f"INSERT INTO casesummary ({_COLUMNS}) SELECT {_COLUMNS} FROM casesummary_0029")
    op.execute("DROP TABLE casesummary_0029")


def upgrade() -> None:
    op.create_index(INDEX, "client", ["id", "name", "phone"], unique=True)
    _rebuild(_TABLE + " WITHOUT ROWID")


def downgrade() -> None:
    _rebuild(_TABLE)
    op.drop_index(INDEX, table_name="client")
