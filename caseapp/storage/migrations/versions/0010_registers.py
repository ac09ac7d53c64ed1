"""registers: 파기 대장, 제3자 제공 대장 and correction requests

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-01 11:45:00

Three new tables; no existing row changes. ``destructionlog`` and ``disclosure`` hold no client's name or details,
so they stay after a case is destroyed; ``correctionrequest`` goes with its case.
"""

from __future__ import annotations

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None

_STR = sqlmodel.sql.sqltypes.AutoString


def _row_columns() -> list[sa.Column]:
    return [sa.Column('id', _STR(length=36), nullable=False), sa.Column('created_at', sa.DateTime(), nullable=False),
            sa.Column('updated_at', sa.DateTime(), nullable=False)]


def upgrade() -> None:
    op.create_table(
        'destructionlog', *_row_columns(),
        sa.Column('case_id', _STR(), nullable=False), sa.Column('case_number', _STR(), nullable=False),
        sa.Column('destroyed_at', sa.DateTime(), nullable=False), sa.Column('actor', _STR(), nullable=False),
        sa.Column('reason', _STR(), nullable=False), sa.Column('kinds', sa.JSON(), nullable=True),
        sa.Column('method', _STR(), nullable=False), sa.Column('backups', sa.JSON(), nullable=True),
        sa.PrimaryKeyConstraint('id'))
    op.create_index('ix_destructionlog_case_id', 'destructionlog', ['case_id'])
    op.create_table(
        'disclosure', *_row_columns(),
        sa.Column('case_id', _STR(), nullable=True), sa.Column('case_number', _STR(), nullable=False),
        sa.Column('kind', _STR(), nullable=False), sa.Column('disclosed_at', sa.DateTime(), nullable=False),
        sa.Column('recipient', _STR(), nullable=False), sa.Column('items', _STR(), nullable=False),
        sa.Column('basis', _STR(), nullable=False), sa.Column('consent_id', _STR(), nullable=True),
        sa.Column('consent_purpose', _STR(), nullable=False),
        sa.Column('consent_covered', sa.Boolean(), nullable=False),
        sa.Column('reason', _STR(), nullable=False), sa.Column('export_id', _STR(), nullable=False),
        sa.Column('actor', _STR(), nullable=False),
        sa.PrimaryKeyConstraint('id'))
    op.create_index('ix_disclosure_case_id', 'disclosure', ['case_id'])
    op.create_table(
        'correctionrequest', *_row_columns(),
        sa.Column('case_id', _STR(), nullable=False), sa.Column('received_on', sa.Date(), nullable=False),
        sa.Column('due_on', sa.Date(), nullable=False), sa.Column('request', _STR(), nullable=False),
        sa.Column('outcome', _STR(), nullable=False), sa.Column('outcome_on', sa.Date(), nullable=True),
        sa.Column('outcome_note', _STR(), nullable=False),
        sa.ForeignKeyConstraint(['case_id'], ['case.id']),
        sa.PrimaryKeyConstraint('id'))
    op.create_index('ix_correctionrequest_case_id', 'correctionrequest', ['case_id'])


def downgrade() -> None:
    op.drop_index('ix_correctionrequest_case_id', 'correctionrequest')
    op.drop_table('correctionrequest')
    op.drop_index('ix_disclosure_case_id', 'disclosure')
    op.drop_table('disclosure')
    op.drop_index('ix_destructionlog_case_id', 'destructionlog')
    op.drop_table('destructionlog')
