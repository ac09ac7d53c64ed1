"""plan and service record: 장기/단기 goals, service-row details, the client's agreement, contact target and content

Revision ID: 0006
Revises: 0003
Create Date: 2026-12-01 11:50:00

Goals gain ``term`` and ``parent_id``: every existing goal becomes a 장기 (long-term) goal with no children, so a
plan keeps its goals, numbers and GAS scores exactly as before and the outcome statistics (which count 장기 goals)
do not change. Plan tasks gain the columns of the 서비스 제공 계획서 (target person, person in charge, start and
end, frequency as a number and a unit, priority); the free-text ``frequency`` stays as the detail. Service entries
gain 접촉 대상 (empty for older entries: it was never recorded) and 내용 구분 (an empty list). The client's agreement
to the plan gets a table of its own, with the signature drawn on screen as a PNG. Existing rows keep every value;
the search index is rebuilt so the new text is found.
"""

from __future__ import annotations

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = '0006'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    text = sqlmodel.sql.sqltypes.AutoString
    with op.batch_alter_table('goal', schema=None) as batch_op:
        batch_op.add_column(sa.Column('term', text(), nullable=False, server_default='long'))
        batch_op.add_column(sa.Column('parent_id', text(), nullable=True))
        batch_op.create_index(batch_op.f('ix_goal_parent_id'), ['parent_id'], unique=False)
        batch_op.create_foreign_key('fk_goal_parent_id_goal', 'goal', ['parent_id'], ['id'])
    with op.batch_alter_table('plantask', schema=None) as batch_op:
        batch_op.add_column(sa.Column('target_person', text(), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('person_in_charge', text(), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('starts_on', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('ends_on', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('frequency_count', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('frequency_unit', text(), nullable=True))
        batch_op.add_column(sa.Column('priority', sa.Integer(), nullable=True))
    with op.batch_alter_table('serviceentry', schema=None) as batch_op:
        batch_op.add_column(sa.Column('contact_target', text(), nullable=True))
        batch_op.add_column(sa.Column('content_kinds', sa.JSON(), nullable=False, server_default='[]'))
    op.create_table(
        'planagreement',
        sa.Column('id', text(length=36), nullable=False),
        sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column('updated_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column('case_id', text(), nullable=False),
        sa.Column('agreed_on', sa.Date(), nullable=False),
        sa.Column('method', text(), nullable=False),
        sa.Column('guardian_name', text(), nullable=False),
        sa.Column('guardian_relation', text(), nullable=False),
        sa.Column('notes', text(), nullable=False),
        sa.Column('signature_png', sa.LargeBinary(), nullable=True),
        sa.ForeignKeyConstraint(['case_id'], ['case.id'], ),
        sa.PrimaryKeyConstraint('id'),
    )
    with op.batch_alter_table('planagreement', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_planagreement_case_id'), ['case_id'], unique=False)
    # Derived data only; imported here so loading this file stays cheap.
    from caseapp.services.search import rebuild_index
    rebuild_index(op.get_bind())


def downgrade() -> None:
    with op.batch_alter_table('planagreement', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_planagreement_case_id'))
    op.drop_table('planagreement')
    with op.batch_alter_table('serviceentry', schema=None) as batch_op:
        batch_op.drop_column('content_kinds')
        batch_op.drop_column('contact_target')
    with op.batch_alter_table('plantask', schema=None) as batch_op:
        for name in ('priority', 'frequency_unit', 'frequency_count', 'ends_on', 'starts_on', 'person_in_charge',
                     'target_person'):
            batch_op.drop_column(name)
    with op.batch_alter_table('goal', schema=None) as batch_op:
        batch_op.drop_constraint('fk_goal_parent_id_goal', type_='foreignkey')
        batch_op.drop_index(batch_op.f('ix_goal_parent_id'))
        batch_op.drop_column('parent_id')
        batch_op.drop_column('term')
