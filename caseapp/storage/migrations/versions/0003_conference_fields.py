"""case conferences: kind of meeting, discussion and next steps

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-01 08:40:00

A case conference recorded from the window holds what the practice writes down: the kind of meeting (internal,
integrated, expert consultation, with the family), what was discussed and the next steps, beside the attendees,
agenda and decisions that 0001 already had. Existing rows keep empty values. The search index is rebuilt so the new
text columns are found (:func:`caseapp.services.search.rebuild_index` reads rows with ``SELECT *``).
"""

from __future__ import annotations

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('caseconference', schema=None) as batch_op:
        batch_op.add_column(sa.Column('kind', sqlmodel.sql.sqltypes.AutoString(), nullable=True))
        batch_op.add_column(sa.Column('discussion', sqlmodel.sql.sqltypes.AutoString(), nullable=False,
                                      server_default=''))
        batch_op.add_column(sa.Column('next_steps', sqlmodel.sql.sqltypes.AutoString(), nullable=False,
                                      server_default=''))
    # Derived data only; imported here so loading this file stays cheap.
    from caseapp.services.search import rebuild_index
    rebuild_index(op.get_bind())


def downgrade() -> None:
    with op.batch_alter_table('caseconference', schema=None) as batch_op:
        batch_op.drop_column('next_steps')
        batch_op.drop_column('discussion')
        batch_op.drop_column('kind')
