"""assessment (욕구·위기도 조사): histories, obstacles, crisis checklist, need details, monthly budget

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-01 11:50:00

Issue 11, assessment part. ``assessment`` gains 가족력 and 개인력, the obstacles beside the strengths (개인·가족·지역사회)
and the scores of the 위기도 조사 checklist (JSON: item -> 0..3, see :mod:`caseapp.domain.crisis_scale`).
``needrating`` gains whom the need concerns, its cause and its 우선순위. A new table ``budgetline`` holds the monthly
income and expense lines of an assessment (whole won). Existing rows keep every value and get empty new ones; the
search index is rebuilt so the new text is found.

The downgrade keeps every row: it refuses, before changing anything, while any value 0004 has no place for is held;
otherwise it drops the new columns in place.
"""

from __future__ import annotations

import sqlalchemy as sa
import sqlmodel
from alembic import op

from caseapp.storage.downgrade_guard import Held, drop_columns, not_empty, not_null, refuse_if_held

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None

ASSESSMENT_TEXT = ('family_history', 'personal_history', 'obstacles_personal', 'obstacles_family',
                   'obstacles_community')


def upgrade() -> None:
    with op.batch_alter_table('assessment', schema=None) as batch_op:
        for name in ASSESSMENT_TEXT:
            batch_op.add_column(sa.Column(name, sqlmodel.sql.sqltypes.AutoString(), nullable=False,
                                          server_default=''))
        batch_op.add_column(sa.Column('crisis_scores', sa.JSON(), nullable=False, server_default='{}'))
    with op.batch_alter_table('needrating', schema=None) as batch_op:
        batch_op.add_column(sa.Column('concerns', sqlmodel.sql.sqltypes.AutoString(), nullable=False,
                                      server_default=''))
        batch_op.add_column(sa.Column('cause', sqlmodel.sql.sqltypes.AutoString(), nullable=False,
                                      server_default=''))
        batch_op.add_column(sa.Column('priority', sa.Integer(), nullable=True))
    op.create_table(
        'budgetline',
        sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column('updated_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column('assessment_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column('item', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column('amount', sa.Integer(), nullable=True),
        sa.Column('note', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.ForeignKeyConstraint(['assessment_id'], ['assessment.id'], ),
        sa.PrimaryKeyConstraint('id'),
        sa.UniqueConstraint('assessment_id', 'item'),
    )
    with op.batch_alter_table('budgetline', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_budgetline_assessment_id'), ['assessment_id'], unique=False)
    # The search index is rebuilt once, by 0008, after every new text column of this release exists.


# What 0004 has no place for: a downgrade that would drop any of it refuses before changing the file.
HELD = (
    Held('budgetline', '1', '월 소득·지출', 'monthly income and expense lines'),
    Held('assessment', not_empty(*ASSESSMENT_TEXT) + " OR COALESCE(crisis_scores, '{}') NOT IN ('{}', '')",
         '사정의 가족력·개인력·장애물·위기도 점수', "assessments' histories, obstacles and crisis scores"),
    Held('needrating', not_empty('concerns', 'cause') + " OR " + not_null('priority'),
         '욕구 영역의 대상·원인·우선순위', "need areas' whom, cause and priority"),
)


def downgrade() -> None:
    bind = op.get_bind()
    refuse_if_held(bind, revision, HELD)
    op.drop_table('budgetline')  # its index goes with it
    # In place, not a batch copy: a copy of assessment ends in DROP TABLE assessment, which needrating refuses.
    drop_columns(bind, 'needrating', ('priority', 'cause', 'concerns'))
    drop_columns(bind, 'assessment', ('crisis_scores', *reversed(ASSESSMENT_TEXT)))
