"""access records: a month of 접속기록 listed by index, and their free text kept outside the chain

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-01 11:40:00

Access records are audit-chain rows (see caseapp.services.access_log). The index on (action, at) lets
``caseapp access-log`` and the review screen read one month of access kinds without scanning the whole audit table
(tens of thousands of create/update rows in a large file). ``accessnote`` holds the free text typed with an access
(a search query, a reason's words) by audit sequence number; the chained row keeps only its hash. Existing rows are
untouched.
"""

from __future__ import annotations

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index('ix_auditevent_action_at', 'auditevent', ['action', 'at'], unique=False)
    op.create_table('accessnote',
                    sa.Column('seq', sa.Integer(), nullable=False),
                    sa.Column('text', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
                    sa.PrimaryKeyConstraint('seq'))


def downgrade() -> None:
    op.drop_table('accessnote')
    op.drop_index('ix_auditevent_action_at', table_name='auditevent')
