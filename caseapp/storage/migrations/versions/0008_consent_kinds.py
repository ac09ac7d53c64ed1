"""consents by kind, consent scans, monitoring interval from the agency's rules

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-01 11:50:00

- ``consent`` gains what a statutory consent form states (purpose, items, recipients, retention period, the
  consequence of refusing) and who consented (본인 / 법정대리인 with name and relation). Existing rows keep every
  value, and signed ones keep their content hash (services/records.ADDED_LATER); their purpose codes already
  name the kinds (personal_info = 일반 개인정보, sensitive_info = 민감정보,
  sharing = 제3자 제공; service and photos stay as they are). A consent given "by guardian" (method) is recorded as
  consented by the legal representative; the others were not recorded and stay empty rather than guessed.
- ``consentscan`` holds the scanned signed copy of a consent (BLOB, encrypted with the file).
- ``case.monitoring_interval_days`` 0 now means "not set for this case: the agency's interval for its selection
  level" (domain/deadlines.py). Every existing case keeps its number, so nothing changes for them. (The column stays
  NOT NULL: making it nullable would rebuild ``case``, which the foreign keys pointing at it do not allow here.)
The search index is rebuilt so the new consent text is found.
"""

from __future__ import annotations

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None

CONSENT_TEXT_COLUMNS = ('purpose_detail', 'items', 'recipients', 'retention', 'refusal_consequence',
                        'guardian_name', 'guardian_relation')


def upgrade() -> None:
    with op.batch_alter_table('consent', schema=None) as batch_op:
        for name in CONSENT_TEXT_COLUMNS:
            batch_op.add_column(sa.Column(name, sqlmodel.sql.sqltypes.AutoString(), nullable=False,
                                          server_default=''))
        batch_op.add_column(sa.Column('consented_by', sqlmodel.sql.sqltypes.AutoString(), nullable=True))
    op.execute("UPDATE consent SET consented_by = 'guardian' WHERE method = 'guardian'")
    op.create_table(
        'consentscan',
        sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.Column('updated_at', sa.DateTime(), nullable=False),
        sa.Column('consent_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column('case_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column('file_name', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column('media_type', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column('size', sa.Integer(), nullable=False),
        sa.Column('sha256', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column('data', sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(['case_id'], ['case.id']),
        sa.ForeignKeyConstraint(['consent_id'], ['consent.id']),
        sa.PrimaryKeyConstraint('id'),
    )
    op.create_index(op.f('ix_consentscan_case_id'), 'consentscan', ['case_id'], unique=False)
    op.create_index(op.f('ix_consentscan_consent_id'), 'consentscan', ['consent_id'], unique=False)
    # Derived data only; imported here so loading this file stays cheap.
    from caseapp.services.search import rebuild_index
    rebuild_index(op.get_bind())


def downgrade() -> None:
    op.drop_index(op.f('ix_consentscan_consent_id'), table_name='consentscan')
    op.drop_index(op.f('ix_consentscan_case_id'), table_name='consentscan')
    op.drop_table('consentscan')
    op.execute("UPDATE \"case\" SET monitoring_interval_days = 30 WHERE monitoring_interval_days = 0")
    with op.batch_alter_table('consent', schema=None) as batch_op:
        batch_op.drop_column('consented_by')
        for name in reversed(CONSENT_TEXT_COLUMNS):
            batch_op.drop_column(name)
