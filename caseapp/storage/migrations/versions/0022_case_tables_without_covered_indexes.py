"""case tables: no index another index of its table already leads with; vacuumed

Revision ID: 0022
Revises: 0021
Create Date: 2026-12-02 01:00:00

Issue 14 (file size): each index below holds one column (its table's row id beside it), and the same table has
another index whose first column is that column: the UNIQUE constraint's index (``needrating (assessment_id,
area)``, ``budgetline (assessment_id, item)``, ``checklistcheck (case_id, stage, item_key)``, ``case
(case_number)``) or migration 0016's statistics index (``stagetransition`` and ``caseselection`` by ``case_id``,
``goalscore`` by ``termination_id``, ``serviceentry`` by ``occurred_on``). SQLite seeks that column through the
wider index in the same way (the same lookups and ranges, the foreign-key checks of a parent's delete too), so
every query keeps an index; the 10,000-case file is 20 MB (2.0 KB per case) smaller after VACUUM. Kept:
``ix_assessment_case_id`` and ``ix_termination_case_id`` (0.9 MB), which the deadline facts of every case scan
whole (``SELECT case_id ... FROM assessment``): through the wider statistics index that scan took 1.1-1.2x the
CPU. Indexes only: no row changes. The file is vacuumed after the migrations (the pages are given back).
"""

from __future__ import annotations

from alembic import op

from caseapp.storage.migrate import VACUUM_AFTER  # read by migrate.upgrade after the commit

revision = '0022'
down_revision = '0021'
branch_labels = None
depends_on = None

# (index, table, column, the index that leads with the column and stays); the models declare only the latter.
COVERED: tuple[tuple[str, str, str, str], ...] = (
    ("ix_needrating_assessment_id", "needrating", "assessment_id", "UNIQUE (assessment_id, area)"),
    ("ix_budgetline_assessment_id", "budgetline", "assessment_id", "UNIQUE (assessment_id, item)"),
    ("ix_checklistcheck_case_id", "checklistcheck", "case_id", "UNIQUE (case_id, stage, item_key)"),
    ("ix_case_case_number", "case", "case_number", "UNIQUE (case_number)"),
    ("ix_stagetransition_case_id", "stagetransition", "case_id", "ix_stagetransition_stats"),
    ("ix_caseselection_case_id", "caseselection", "case_id", "ix_caseselection_stats"),
    ("ix_goalscore_termination_id", "goalscore", "termination_id", "ix_goalscore_stats"),
    ("ix_serviceentry_occurred_on", "serviceentry", "occurred_on", "ix_serviceentry_stats"),
)


def upgrade() -> None:
    for name, table, _column, _kept in COVERED:
        op.drop_index(name, table_name=table)
    op.get_context().config.attributes[VACUUM_AFTER] = True


def downgrade() -> None:
    for name, table, column, _kept in reversed(COVERED):
        op.create_index(name, table, [column], unique=False)
