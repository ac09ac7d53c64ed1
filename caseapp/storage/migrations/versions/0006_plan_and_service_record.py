"""plan and service record: 장기/단기 goals, service-row details, the client's agreement, contact target and content

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-01 11:50:00

Goals gain ``term`` and ``parent_id``: every existing goal becomes a 장기 (long-term) goal with no children, so a
plan keeps its goals, numbers and GAS scores exactly as before and the outcome statistics (which count 장기 goals)
do not change. Plan tasks gain the columns of the 서비스 제공 계획서 (target person, person in charge, start and
end, frequency as a number and a unit, priority); the free-text ``frequency`` stays as the detail. Service entries
gain 접촉 대상 (empty for older entries: it was never recorded) and 내용 구분 (an empty list). The client's agreement
to the plan gets a table of its own, with the signature drawn on screen as a PNG. Existing rows keep every value;
the search index is rebuilt so the new text is found.

The downgrade keeps every row: it refuses, before changing anything, while any 단기 goal, plan agreement or value
of the new service-row and service-entry columns is held (dropping them lost these silently); otherwise it drops
the new columns in place.
"""

from __future__ import annotations

import sqlalchemy as sa
import sqlmodel
from alembic import op

from caseapp.storage.downgrade_guard import Held, drop_columns, not_empty, not_null, refuse_if_held

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMN, not a batch copy: other tables point at goal (plantask, goalscore, serviceentry), and
    # SQLite refuses to drop a referenced table while foreign keys are on.
    text = sqlmodel.sql.sqltypes.AutoString
    op.add_column('goal', sa.Column('term', text(), nullable=False, server_default='long'))
    op.execute('ALTER TABLE goal ADD COLUMN parent_id VARCHAR REFERENCES goal (id)')  # Alembic: no FK on ADD
    op.create_index(op.f('ix_goal_parent_id'), 'goal', ['parent_id'], unique=False)
    op.add_column('plantask', sa.Column('target_person', text(), nullable=False, server_default=''))
    op.add_column('plantask', sa.Column('person_in_charge', text(), nullable=False, server_default=''))
    op.add_column('plantask', sa.Column('starts_on', sa.Date(), nullable=True))
    op.add_column('plantask', sa.Column('ends_on', sa.Date(), nullable=True))
    op.add_column('plantask', sa.Column('frequency_count', sa.Integer(), nullable=True))
    op.add_column('plantask', sa.Column('frequency_unit', text(), nullable=True))
    op.add_column('plantask', sa.Column('priority', sa.Integer(), nullable=True))
    op.add_column('serviceentry', sa.Column('contact_target', text(), nullable=True))
    op.add_column('serviceentry', sa.Column('content_kinds', sa.JSON(), nullable=False, server_default='[]'))
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
    # The search index is rebuilt once, by 0008, after every new text column of this release exists.


# What 0005 has no place for: a downgrade that would drop any of it refuses before changing the file.
HELD = (
    Held('planagreement', '1', '계획 동의', 'agreements to the plan'),
    Held('goal', "term != 'long' OR " + not_null('parent_id'), '단기 목표', 'short-term goals'),
    Held('plantask', not_empty('target_person', 'person_in_charge', 'frequency_unit')
         + " OR " + not_null('starts_on', 'ends_on', 'frequency_count', 'priority'),
         '서비스 제공 계획의 대상자·담당자·기간·빈도·우선순위', "service rows' target, person in charge, dates, "
                                                 "frequency and priority"),
    Held('serviceentry', not_empty('contact_target') + " OR COALESCE(content_kinds, '[]') NOT IN ('[]', '')",
         '서비스 제공 기록의 접촉 대상·내용 구분', "service entries' contact and content kinds"),
)


def downgrade() -> None:
    bind = op.get_bind()
    refuse_if_held(bind, revision, HELD)  # dropping would lose them silently (it did before this check)
    # SQLite 3.35+ drops a column in place (no table copy, so the foreign keys into goal are no obstacle).
    op.drop_index(op.f('ix_planagreement_case_id'), table_name='planagreement')
    op.drop_table('planagreement')
    op.drop_index(op.f('ix_goal_parent_id'), table_name='goal')
    drop_columns(bind, 'serviceentry', ('content_kinds', 'contact_target'))
    drop_columns(bind, 'plantask', ('priority', 'frequency_unit', 'frequency_count', 'ends_on', 'starts_on',
                                    'person_in_charge', 'target_person'))
    drop_columns(bind, 'goal', ('parent_id', 'term'))
