"""sync peers: the devices this installation exchanges bundles with

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-01 15:00:00

``syncpeer`` holds one row per paired device of the same practitioner (issue 17): the label the practitioner knows
it by, the certificate root pinned at pairing, what that device holds (its version vector as last read from one of
its bundles) and when this machine last exchanged with it. A new table only: no existing value changes.
"""

from __future__ import annotations

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = '0014'
down_revision = '0013'  # main's rule is '0011'; merged with h5's 0013 the chain goes through it
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'syncpeer',
        sa.Column('device', sqlmodel.sql.sqltypes.AutoString(length=12), nullable=False),
        sa.Column('name', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column('practitioner', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column('root_pem', sa.LargeBinary(), nullable=False),
        sa.Column('vector', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column('paired_at', sa.DateTime(), nullable=False),
        sa.Column('last_export_at', sa.DateTime(), nullable=True),
        sa.Column('last_import_at', sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint('device'),
    )


def downgrade() -> None:
    op.drop_table('syncpeer')
