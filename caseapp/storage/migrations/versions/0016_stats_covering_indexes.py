"""statistics: covering indexes for the rows a period's figures read

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-01 18:30:00

Issue 13: a year's statistics over 10,000 cases in under 1 s. The figures join every service, referral and need
rating of the period to its case (and assessment, termination, stage history) by UUID key; through the tables' own indexes
each such lookup reads the index and then the whole row's page, and the pages those rows sit on are more than the
connection's page cache holds, so SQLCipher decrypts them again on every report. Each index below holds exactly
the columns the statistics read of its table (in the order they are looked up by), so the queries are answered
from the index alone: fewer, denser pages. The file grows by about 25 MB (2%) at 10,000 cases. Indexes only: no row changes.
"""

from __future__ import annotations

from alembic import op

revision = '0016'
down_revision = '0015'  # branched from 0014 beside h1's 0015; chained after it at merge
branch_labels = None
depends_on = None

# (index, table, columns): kept equal to the Index declarations at the end of caseapp/storage/models.py
INDEXES: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("ix_case_stats", "case", ("id", "destroyed_at", "practitioner_id", "client_id", "opened_on", "closed_on")),
    ("ix_serviceentry_stats", "serviceentry",
     ("occurred_on", "case_id", "goal_id", "practice_type", "contact_mode", "duration_min")),
    ("ix_needrating_stats", "needrating", ("assessment_id", "area", "level")),
    ("ix_assessment_stats", "assessment", ("case_id", "kind", "assessed_on", "id")),
    ("ix_termination_stats", "termination", ("case_id", "terminated_on", "id", "reason", "closing_assessment_id")),
    ("ix_stagetransition_stats", "stagetransition", ("case_id", "moved_on", "to_stage", "from_stage")),
    ("ix_referral_stats", "referral", ("sent_on", "case_id", "resource_id", "status", "accepted_on")),
    ("ix_goalscore_stats", "goalscore", ("termination_id", "goal_id", "score")),
    ("ix_caseselection_stats", "caseselection", ("case_id", "decided_on", "level")),
)


def upgrade() -> None:
    for name, table, columns in INDEXES:
        op.create_index(name, table, list(columns), unique=False)


def downgrade() -> None:
    for name, table, _columns in reversed(INDEXES):
        op.drop_index(name, table_name=table)
