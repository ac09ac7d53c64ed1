"""case list summary table; index on auditevent.case_id

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-01 12:00:00

``casesummary`` holds each case's deadlines as the case list shows them (derived data: every value can be computed
again from the case's records). It starts empty: the first open after this migration fills it with the code of that
caseapp (:func:`caseapp.services.case_summaries.refresh_stale`), so later migrations that add facts are in place
first. ``ix_auditevent_case_id`` lets a case's history read its own events instead of the whole audit table.
"""

from __future__ import annotations

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = '0011'
down_revision = '0010'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'casesummary',
        sa.Column('case_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column('basis', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column('next_due', sa.Date(), nullable=True),
        sa.Column('deadlines', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.PrimaryKeyConstraint('case_id'),
    )
    op.create_index('ix_auditevent_case_id', 'auditevent', ['case_id'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_auditevent_case_id', table_name='auditevent')
    op.drop_table('casesummary')
