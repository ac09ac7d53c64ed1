"""intake facts, household member details, case selection (대상자 선정)

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01 11:50:00

The 초기상담지 keeps more than 0001 did: the referral route as a code (the free-text ``referral_source`` stays as its
detail), household type, housing type and tenure, the public-assistance status (a list: the four basic livelihood
benefits each, near poverty, or general) and the registered address beside the one the client lives at. Household
members gain disability, education, occupation, health and their own problem, wanted support and priority. The
agency says whether it uses the 집중 (intensive) level, and ``caseselection`` keeps every dated selection decision.

Existing rows keep every value; new columns start empty. Where today's ``referral_source`` text plainly names a
route (e.g. "행정복지센터 의뢰") the route code is set from it; anything unclear is left empty for a person to pick.
The search index is rebuilt so the new text columns are found.

The downgrade keeps every row: it refuses, before changing anything, while any value 0003 has no place for is
held (a selection decision, an intake fact, a member's detail, the intensive setting, a route chosen by hand);
otherwise it drops the new columns in place.
"""

from __future__ import annotations

import sqlalchemy as sa
import sqlmodel
from alembic import op

from caseapp.storage.downgrade_guard import Held, drop_columns, not_empty, not_null, refuse_if_held

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None

CLIENT_TEXT = ('registered_address', 'household_type', 'housing_type', 'tenure', 'referral_route')
MEMBER_TEXT = ('disability_type', 'disability_degree', 'education', 'occupation', 'health', 'problem',
               'wanted_support')

# (route code, words that name it) — checked in this order, first match wins; only unambiguous wording.
ROUTE_WORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ('internal', ('기관 내', '기관내', '관내 부서', '내부 의뢰')),
    ('community_centre', ('행정복지센터', '주민센터', '동사무소', '읍사무소', '면사무소', '맞춤형복지')),
    ('tongjang_ijang', ('통장', '이장')),
    ('outreach', ('아웃리치', '발굴')),
    ('self', ('본인',)),
    ('family_neighbour', ('가족', '이웃', '어머니', '아버지', '아들', '배우자')),
    ('other_agency', ('센터 의뢰', '기관 의뢰', '병원', '학교', '복지관', '경찰')),
)


def route_from_text(text: str) -> str:
    """The route code the free text clearly names, or ``''``."""
    squeezed = ' '.join((text or '').split())
    if not squeezed:
        return ''
    for code, words in ROUTE_WORDS:
        if any(w in squeezed for w in words):
            return code
    return ''


def upgrade() -> None:
    with op.batch_alter_table('client', schema=None) as batch_op:
        for name in CLIENT_TEXT:
            batch_op.add_column(sa.Column(name, sqlmodel.sql.sqltypes.AutoString(), nullable=False,
                                          server_default=''))
        batch_op.add_column(sa.Column('livelihood', sa.JSON(), nullable=False, server_default='[]'))
    with op.batch_alter_table('householdmember', schema=None) as batch_op:
        for name in MEMBER_TEXT:
            batch_op.add_column(sa.Column(name, sqlmodel.sql.sqltypes.AutoString(), nullable=False,
                                          server_default=''))
        batch_op.add_column(sa.Column('priority', sa.Integer(), nullable=True))
    with op.batch_alter_table('agency', schema=None) as batch_op:
        batch_op.add_column(sa.Column('uses_intensive_level', sa.Boolean(), nullable=False,
                                      server_default=sa.false()))
    op.create_table(
        'caseselection',
        sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column('updated_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column('case_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column('decided_on', sa.Date(), nullable=False),
        sa.Column('level', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column('conference_id', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column('reason', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.ForeignKeyConstraint(['case_id'], ['case.id'], ),
        sa.ForeignKeyConstraint(['conference_id'], ['caseconference.id'], ),
        sa.PrimaryKeyConstraint('id'),
    )
    with op.batch_alter_table('caseselection', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_caseselection_case_id'), ['case_id'], unique=False)

    bind = op.get_bind()
    for client_id, source in bind.execute(sa.text("SELECT id, referral_source FROM client")).all():
        code = route_from_text(source or '')
        if code:
            bind.execute(sa.text("UPDATE client SET referral_route = :code WHERE id = :id"),
                         {"code": code, "id": client_id})
    # The search index is rebuilt once, by 0008, after every new text column of this release exists.


# What 0003 has no place for: a downgrade that would drop any of it refuses before changing the file.
HELD = (
    Held('caseselection', '1', '대상자 선정 결정', 'selection decisions'),
    Held('client', not_empty('registered_address', 'household_type', 'housing_type', 'tenure')
         + " OR COALESCE(livelihood, '[]') NOT IN ('[]', '')", '대상자의 초기상담 정보(가구·주거·생활 구분·등본 주소)',
         "clients' intake facts (household, housing, livelihood, registered address)"),
    Held('householdmember', not_empty(*MEMBER_TEXT) + " OR " + not_null('priority'), '가구원 상세 정보',
         "household members' details"),
    Held('agency', 'uses_intensive_level', '집중사례 구분 사용 설정', 'the intensive case level setting'),
)


def _routes_typed_by_hand(bind: sa.Connection) -> int:
    """Clients whose route code is not the one the upgrade reads from their referral text (a person chose it):
    a route the upgrade sets again is not lost."""
    rows = bind.execute(sa.text("SELECT referral_source, referral_route FROM client WHERE referral_route != ''"))
    return sum(1 for source, route in rows if route != route_from_text(source or ''))


def downgrade() -> None:
    bind = op.get_bind()
    refuse_if_held(bind, revision, HELD,
                   [('직접 고른 접수 경로', 'referral routes chosen by hand', _routes_typed_by_hand(bind))])
    op.drop_table('caseselection')  # its index goes with it
    # In place, not a batch copy: a copy of client ends in DROP TABLE client, which the foreign keys of case refuse.
    drop_columns(bind, 'agency', ('uses_intensive_level',))
    drop_columns(bind, 'householdmember', ('priority', *reversed(MEMBER_TEXT)))
    drop_columns(bind, 'client', ('livelihood', *reversed(CLIENT_TEXT)))
