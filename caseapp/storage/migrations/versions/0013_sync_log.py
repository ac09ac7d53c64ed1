"""sync: change log, field clocks, conflicts, case number aliases (issue 17)

Revision ID: 0013
Revises: 0011
Create Date: 2026-12-01 15:00:00

``syncchange`` is the append-only change log two installations exchange, ``syncrow`` each synced row's field
clocks, ``syncconflict`` the values received while this file held another version, ``casenumberalias`` the numbers
cases had before sync reconciled two machines' cases of the same number. Every row the file already holds is logged
once as an insert of this device (:func:`caseapp.services.sync_log.record_existing`; the values are read when the
change is sent, not copied, so the file does not double), and the first bundle to a new machine carries the whole
file. Nothing existing changes.
"""

from __future__ import annotations

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = '0013'
down_revision = '0012'
branch_labels = None
depends_on = None

_text = sqlmodel.sql.sqltypes.AutoString


def upgrade() -> None:
    op.create_table(
        'syncchange',
        sa.Column('device', _text(length=12), nullable=False),
        sa.Column('seq', sa.Integer(), nullable=False),
        sa.Column('hlc', _text(), nullable=False),
        sa.Column('tbl', _text(), nullable=False),
        sa.Column('row_id', _text(), nullable=False),
        sa.Column('op', _text(), nullable=False),
        sa.Column('fields', _text(), nullable=False),
        sa.Column('base', _text(), nullable=False),
        sa.Column('actor', _text(), nullable=False),
        sa.Column('case_id', _text(), nullable=True),
        sa.Column('scrubbed', sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint('device', 'seq'),
    )
    op.create_index('ix_syncchange_hlc', 'syncchange', ['hlc'])
    op.create_index('ix_syncchange_case_id', 'syncchange', ['case_id'])
    op.create_table(
        'syncrow',
        sa.Column('tbl', _text(), nullable=False),
        sa.Column('row_id', _text(length=36), nullable=False),
        sa.Column('case_id', _text(), nullable=True),
        sa.Column('clocks', _text(), nullable=False),
        sa.Column('deleted', sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint('tbl', 'row_id'),
    )
    op.create_index('ix_syncrow_case_id', 'syncrow', ['case_id'])
    op.create_table(
        'syncconflict',
        sa.Column('id', _text(length=36), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.Column('updated_at', sa.DateTime(), nullable=False),
        sa.Column('tbl', _text(), nullable=False),
        sa.Column('row_id', _text(), nullable=False),
        sa.Column('field', _text(), nullable=False),
        sa.Column('case_id', _text(), nullable=True),
        sa.Column('theirs', _text(), nullable=False),
        sa.Column('theirs_clock', _text(), nullable=False),
        sa.Column('theirs_device', _text(), nullable=False),
        sa.Column('signed', sa.Boolean(), nullable=False),
        sa.Column('closed_at', sa.DateTime(), nullable=True),
        sa.Column('closed_by', _text(), nullable=False),
        sa.PrimaryKeyConstraint('id'),
    )
    op.create_index('ix_syncconflict_tbl', 'syncconflict', ['tbl'])
    op.create_index('ix_syncconflict_row_id', 'syncconflict', ['row_id'])
    op.create_index('ix_syncconflict_case_id', 'syncconflict', ['case_id'])
    op.create_table(
        'casenumberalias',
        sa.Column('id', _text(length=36), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.Column('updated_at', sa.DateTime(), nullable=False),
        sa.Column('case_id', _text(), nullable=False),
        sa.Column('number', _text(), nullable=False),
        sa.PrimaryKeyConstraint('id'),
    )
    op.create_index('ix_casenumberalias_case_id', 'casenumberalias', ['case_id'])
    op.create_index('ix_casenumberalias_number', 'casenumberalias', ['number'])
    from caseapp.storage.migrations.legacy_sync_log import record_existing  # 0013-0024 layout
    record_existing(op.get_bind())


def downgrade() -> None:
    for index, table in (('ix_casenumberalias_number', 'casenumberalias'),
                         ('ix_casenumberalias_case_id', 'casenumberalias'),
                         ('ix_syncconflict_case_id', 'syncconflict'), ('ix_syncconflict_row_id', 'syncconflict'),
                         ('ix_syncconflict_tbl', 'syncconflict'), ('ix_syncrow_case_id', 'syncrow'),
                         ('ix_syncchange_case_id', 'syncchange'),
                         ('ix_syncchange_hlc', 'syncchange')):
        op.drop_index(index, table_name=table)
    for table in ('casenumberalias', 'syncconflict', 'syncrow', 'syncchange'):
        op.drop_table(table)
