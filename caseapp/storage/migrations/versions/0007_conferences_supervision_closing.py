"""conferences, supervision, monitoring detail, closing outcomes, follow-up

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-01 11:40:00

What the 통합사례관리 사례회의록, 슈퍼비전 기록, 모니터링, 종결 평가서 and 사후관리 기록지 hold beyond 0003:

* conference: case summary, practitioner's view, plan change; attendees as rows (name, organisation, role);
* supervision records and a supervisor's confirmation of a plan or a closing (tables of their own);
* monitoring: before/after per goal and 잘됨/보통/미흡 per service row (child tables of the review);
* termination: outcome per goal (child table), the follow-up contact plan as numbers, an emergency contact;
* follow-up: observed change, satisfaction; eco relations: the phase (intake map / closing map).

Recoded codes (:data:`caseapp.domain.vocab.CONFERENCE_KIND_0007`, ``TERMINATION_REASON_0007``): conference kind
``expert`` -> ``solution``, ``family`` -> ``internal``; termination reason ``client_request`` -> ``refused``. The code a
row had is kept in ``kind_before_0007`` / ``reason_before_0007`` (shown in the record, and hashed in place of the new
code so an entry signed before stays verifiable). ReviewDecision keeps its codes (only labels changed, ``refer`` is
new). Existing eco relations are the intake map. The search index is rebuilt for the new text.

The downgrade keeps every row: it refuses, before changing anything, while any value 0006 has no place for is held;
otherwise it gives back the recoded codes and drops the new columns in place.
"""

from __future__ import annotations

import sqlalchemy as sa
import sqlmodel
from alembic import op

from caseapp.storage.downgrade_guard import Held, drop_columns, not_empty, not_null, refuse_if_held

revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None

TEXT = sqlmodel.sql.sqltypes.AutoString
# Kept here, not imported, so this script keeps meaning what it meant when the vocabulary changes later.
CONFERENCE_KIND = {"expert": "solution", "family": "internal"}
TERMINATION_REASON = {"client_request": "refused"}


def _text_column(name: str) -> sa.Column:
    return sa.Column(name, TEXT(), nullable=False, server_default='')


def _row_columns() -> list[sa.Column]:
    return [sa.Column('id', TEXT(length=36), nullable=False),
            sa.Column('created_at', sa.DateTime(), nullable=False),
            sa.Column('updated_at', sa.DateTime(), nullable=False)]


def _add_columns() -> None:
    with op.batch_alter_table('caseconference', schema=None) as batch_op:
        for name in ('case_summary', 'practitioner_view', 'plan_change', 'kind_before_0007'):
            batch_op.add_column(_text_column(name))
    with op.batch_alter_table('termination', schema=None) as batch_op:
        batch_op.add_column(sa.Column('follow_up_every_months', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('follow_up_count', sa.Integer(), nullable=True))
        batch_op.add_column(_text_column('emergency_contact'))
        batch_op.add_column(_text_column('reason_before_0007'))
    with op.batch_alter_table('followup', schema=None) as batch_op:
        batch_op.add_column(_text_column('observed_change'))
        batch_op.add_column(_text_column('satisfaction'))
    with op.batch_alter_table('ecorelation', schema=None) as batch_op:
        batch_op.add_column(sa.Column('phase', TEXT(), nullable=False, server_default='intake'))


def _create_tables() -> None:
    op.create_table(
        'conferenceattendee', *_row_columns(),
        sa.Column('conference_id', TEXT(), nullable=False), sa.Column('position', sa.Integer(), nullable=False),
        _text_column('name'), _text_column('organisation'), _text_column('role'),
        sa.ForeignKeyConstraint(['conference_id'], ['caseconference.id']), sa.PrimaryKeyConstraint('id'))
    op.create_index('ix_conferenceattendee_conference_id', 'conferenceattendee', ['conference_id'])
    op.create_table(
        'reviewgoalchange', *_row_columns(),
        sa.Column('review_id', TEXT(), nullable=False), sa.Column('goal_id', TEXT(), nullable=False),
        _text_column('before'), _text_column('after'),
        sa.ForeignKeyConstraint(['review_id'], ['monitoringreview.id']),
        sa.ForeignKeyConstraint(['goal_id'], ['goal.id']), sa.PrimaryKeyConstraint('id'))
    op.create_index('ix_reviewgoalchange_review_id', 'reviewgoalchange', ['review_id'])
    op.create_index('ix_reviewgoalchange_goal_id', 'reviewgoalchange', ['goal_id'])
    op.create_table(
        'reviewservicerating', *_row_columns(),
        sa.Column('review_id', TEXT(), nullable=False), sa.Column('task_id', TEXT(), nullable=False),
        sa.Column('performance', TEXT(), nullable=False), _text_column('note'),
        sa.ForeignKeyConstraint(['review_id'], ['monitoringreview.id']),
        sa.ForeignKeyConstraint(['task_id'], ['plantask.id']), sa.PrimaryKeyConstraint('id'))
    op.create_index('ix_reviewservicerating_review_id', 'reviewservicerating', ['review_id'])
    op.create_index('ix_reviewservicerating_task_id', 'reviewservicerating', ['task_id'])
    op.create_table(
        'terminationgoaloutcome', *_row_columns(),
        sa.Column('termination_id', TEXT(), nullable=False), sa.Column('goal_id', TEXT(), nullable=False),
        sa.Column('outcome', TEXT(), nullable=False), _text_column('note'),
        sa.ForeignKeyConstraint(['termination_id'], ['termination.id']),
        sa.ForeignKeyConstraint(['goal_id'], ['goal.id']), sa.PrimaryKeyConstraint('id'))
    op.create_index('ix_terminationgoaloutcome_termination_id', 'terminationgoaloutcome', ['termination_id'])
    op.create_index('ix_terminationgoaloutcome_goal_id', 'terminationgoaloutcome', ['goal_id'])
    op.create_table(
        'supervisionrecord', *_row_columns(),
        sa.Column('signed_at', sa.DateTime(), nullable=True), sa.Column('signed_by', TEXT(), nullable=True),
        sa.Column('content_hash', TEXT(), nullable=True),
        sa.Column('case_id', TEXT(), nullable=False), sa.Column('held_on', sa.Date(), nullable=False),
        _text_column('supervisor'), _text_column('topic'), _text_column('content'), _text_column('agreed_actions'),
        sa.ForeignKeyConstraint(['case_id'], ['case.id']), sa.PrimaryKeyConstraint('id'))
    op.create_index('ix_supervisionrecord_case_id', 'supervisionrecord', ['case_id'])
    op.create_table(
        'supervisorconfirmation', *_row_columns(),
        sa.Column('case_id', TEXT(), nullable=False), sa.Column('target', TEXT(), nullable=False),
        sa.Column('termination_id', TEXT(), nullable=True), sa.Column('confirmed_by', TEXT(), nullable=False),
        sa.Column('confirmed_on', sa.Date(), nullable=False), _text_column('note'),
        sa.ForeignKeyConstraint(['case_id'], ['case.id']),
        sa.ForeignKeyConstraint(['termination_id'], ['termination.id']), sa.PrimaryKeyConstraint('id'))
    op.create_index('ix_supervisorconfirmation_case_id', 'supervisorconfirmation', ['case_id'])


def _recode(table: str, column: str, keep: str, mapping: dict[str, str]) -> None:
    for old, new in mapping.items():
        op.execute(sa.text(f'UPDATE {table} SET {keep} = :old, {column} = :new WHERE {column} = :old')
                   .bindparams(old=old, new=new))


def upgrade() -> None:
    _add_columns()
    _create_tables()
    _recode('caseconference', 'kind', 'kind_before_0007', CONFERENCE_KIND)
    _recode('termination', 'reason', 'reason_before_0007', TERMINATION_REASON)
    # The search index is rebuilt once, by 0008, after every new text column of this release exists.


NEW_TABLES = ('supervisorconfirmation', 'supervisionrecord', 'terminationgoaloutcome', 'reviewservicerating',
              'reviewgoalchange', 'conferenceattendee')
# What 0006 has no place for: a downgrade that would drop any of it refuses before changing the file. (The codes
# recoded by the upgrade are not lost: ``*_before_0007`` gives them back.)
HELD = (
    Held('supervisionrecord', '1', '슈퍼비전 기록', 'supervision records'),
    Held('supervisorconfirmation', '1', '슈퍼바이저 확인', "supervisors' confirmations"),
    Held('conferenceattendee', '1', '사례회의 참석자', 'conference attendees'),
    Held('reviewgoalchange', '1', '모니터링의 목표별 변화', "reviews' change per goal"),
    Held('reviewservicerating', '1', '모니터링의 서비스 수행 정도', "reviews' service ratings"),
    Held('terminationgoaloutcome', '1', '종결의 목표별 성과', "closings' outcome per goal"),
    Held('caseconference', not_empty('case_summary', 'practitioner_view', 'plan_change'),
         '사례회의의 개요·사례관리자 의견·계획 변경', "conferences' summary, view and plan change"),
    Held('termination', not_empty('emergency_contact') + " OR "
         + not_null('follow_up_every_months', 'follow_up_count'), '종결의 사후관리 계획·비상 연락처',
         "closings' follow-up plan and emergency contact"),
    Held('followup', not_empty('observed_change', 'satisfaction'), '사후관리의 관찰된 변화·만족도',
         "follow-ups' observed change and satisfaction"),
    Held('ecorelation', "phase != 'intake'", '종결 생태도', 'closing eco-map relations'),
)


def downgrade() -> None:
    bind = op.get_bind()
    refuse_if_held(bind, revision, HELD)
    for table, column, keep in (('caseconference', 'kind', 'kind_before_0007'),
                                ('termination', 'reason', 'reason_before_0007')):
        op.execute(sa.text(f"UPDATE {table} SET {column} = {keep} WHERE {keep} != ''"))
    for table in NEW_TABLES:
        op.drop_table(table)
    # In place, not batch copies: a copy of termination or caseconference ends in DROP TABLE, which the foreign keys
    # of followup, goalscore and caseselection refuse on a file with rows.
    drop_columns(bind, 'ecorelation', ('phase',))
    drop_columns(bind, 'followup', ('satisfaction', 'observed_change'))
    drop_columns(bind, 'termination', ('reason_before_0007', 'emergency_contact', 'follow_up_count',
                                       'follow_up_every_months'))
    drop_columns(bind, 'caseconference', ('kind_before_0007', 'plan_change', 'practitioner_view', 'case_summary'))
