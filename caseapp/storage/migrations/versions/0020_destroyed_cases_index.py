"""destruction: a partial index of the destroyed cases

Revision ID: 0020
Revises: 0019
Create Date: 2026-12-01 21:40:00

Every open checks that the cases destroyed in the file are in the destruction registry
(``services.destruction.keep_destroyed``). With no index led by ``destroyed_at`` that read every entry of the case
table's widest index: at 10,000 cases ~5.5 ms CPU and 30-45 ms wall on a cold page cache, on the unlock path, to
find what is usually no case at all. This index holds only the destroyed cases (almost always none or a few), so
the check reads one or two pages. Index only: no row changes.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0020'
down_revision = '0019'
branch_labels = None
depends_on = None

# kept equal to the Index declaration at the end of caseapp/storage/models.py
NAME, TABLE, WHERE = "ix_case_destroyed", "case", "destroyed_at IS NOT NULL"


def upgrade() -> None:
    op.create_index(NAME, TABLE, ["destroyed_at"], unique=False, sqlite_where=sa.text(WHERE))


def downgrade() -> None:
    op.drop_index(NAME, table_name=TABLE)
