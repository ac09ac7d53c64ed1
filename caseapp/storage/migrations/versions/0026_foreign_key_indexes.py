"""three foreign keys get an index: serviceentry.goal_id, termination.closing_assessment_id,
caseselection.conference_id

Revision ID: 0026
Revises: 0025
Create Date: 2026-12-02 05:00:00

No index led by these columns, so every delete of a goal, an assessment or a conference (and every lookup of the
rows that point at one) read its child table whole: SQLite's foreign-key check of a parent's delete is a
``SELECT ... WHERE child.fk = ?`` like any other. Each index holds only the rows that name a parent (``WHERE col IS
NOT NULL``: a service entry without a goal is never looked up by it); the check and the lookups use such an index,
as ``col = ?`` implies the column is not NULL. Indexes only: no row changes, so the downgrade drops them and keeps
every row. Creating them frees no pages: no vacuum after.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0026'
down_revision = '0025'
branch_labels = None
depends_on = None

# (index, child table, foreign-key column); kept equal to the Index declarations at the end of storage/models.py
INDEXES: tuple[tuple[str, str, str], ...] = (
    ("ix_serviceentry_goal_id", "serviceentry", "goal_id"),
    ("ix_termination_closing_assessment_id", "termination", "closing_assessment_id"),
    ("ix_caseselection_conference_id", "caseselection", "conference_id"),
)


def upgrade() -> None:
    for name, table, column in INDEXES:
        op.create_index(name, table, [column], unique=False, sqlite_where=sa.text(f'"{column}" IS NOT NULL'))


def downgrade() -> None:
    for name, table, _column in reversed(INDEXES):
        op.drop_index(name, table_name=table)
