"""case tables: their UUID keys (``id`` and the ``*_id`` columns) as 16 bytes; vacuumed

Revision ID: 0030
Revises: 0029
Create Date: 2026-12-02 16:00:00

Issue 14 (file size). Every primary and foreign key of the case tables was 36 characters of UUID text, again in
each index over it (the primary key's, the UNIQUE constraints', the foreign keys' indexes): ~7.8 KB/case of raw
values at 10,000 cases. Each canonical UUID is now stored as its 16 bytes (:mod:`caseapp.storage.case_keys`); the
models (``UuidText``) read it back as the same text, and every raw statement binds and reads through
``case_keys``, so the change log, bundles, the hub, exports and hashes see the text they saw. A value that is not a
canonical UUID (an empty ``export_id``) stays the text it is.

Rewritten in place, one ``UPDATE`` per table: the columns keep their declared type (a VARCHAR column stores a blob
as a blob; SQLite applies no text affinity to one), so no table is rebuilt, and SQLite streams each statement (no
rows in Python memory, hence no batches). A parent's key and its children's change in the same transaction, so the
foreign keys are checked at its commit (``defer_foreign_keys``). One transaction: a killed migration leaves the
file at 0029. Then the file is vacuumed (the indexes are written anew, densely). The downgrade writes the text back.
"""

from __future__ import annotations

from collections.abc import Callable

from alembic import op

from caseapp.storage.case_keys import key_sql, text_sql
from caseapp.storage.migrate import VACUUM_AFTER  # read by migrate.upgrade after the commit

revision = '0030'
down_revision = '0029'
branch_labels = None
depends_on = None

# Frozen: the key columns at 0030 (caseapp.storage.case_keys.KEY_COLUMNS may grow with later migrations).
COLUMNS: dict[str, tuple[str, ...]] = {
    "practitioner": ("id",), "agency": ("id",), "resource": ("id",), "client": ("id",),
    "householdmember": ("id", "client_id"), "case": ("id", "client_id", "practitioner_id"),
    "stagetransition": ("id", "case_id"), "checklistcheck": ("id", "case_id"), "consent": ("id", "case_id"),
    "consentscan": ("id", "consent_id", "case_id"), "assessment": ("id", "case_id"),
    "needrating": ("id", "assessment_id"), "budgetline": ("id", "assessment_id"),
    "ecorelation": ("id", "case_id", "resource_id"), "goal": ("id", "case_id", "parent_id"),
    "plantask": ("id", "case_id", "goal_id", "resource_id"), "caseconference": ("id", "case_id"),
    "caseselection": ("id", "case_id", "conference_id"),
    "serviceentry": ("id", "case_id", "goal_id", "resource_id"), "addendum": ("id", "case_id", "target_id"),
    "monitoringreview": ("id", "case_id"), "termination": ("id", "case_id", "closing_assessment_id"),
    "goalscore": ("id", "goal_id", "review_id", "termination_id"), "followup": ("id", "case_id"),
    "referral": ("id", "case_id", "resource_id"), "planagreement": ("id", "case_id"),
    "conferenceattendee": ("id", "conference_id"), "reviewgoalchange": ("id", "review_id", "goal_id"),
    "reviewservicerating": ("id", "review_id", "task_id"),
    "terminationgoaloutcome": ("id", "termination_id", "goal_id"),
    "supervisionrecord": ("id", "case_id"), "supervisorconfirmation": ("id", "case_id", "termination_id"),
    "correctionrequest": ("id", "case_id"), "disclosure": ("id", "case_id", "consent_id", "export_id"),
    "exportrecord": ("id", "case_id"),
    "signingidentity": ("id", "practitioner_id"), "trustedcertificate": ("id",), "draft": ("id",),
    "destructionlog": ("id",), "syncconflict": ("id",), "casenumberalias": ("id", "case_id"),
    "casesummary": ("case_id",),
}


def _rewrite(convert: Callable[[str], str]) -> None:
    op.execute("PRAGMA defer_foreign_keys = ON")  # parents and children change in this one transaction
    for table, columns in COLUMNS.items():
        op.execute(f'UPDATE "{table}" SET ' + ", ".join(f'"{c}" = {convert(_quoted(c))}' for c in columns))


def _quoted(column: str) -> str:
    return f'"{column}"'


def upgrade() -> None:
    _rewrite(key_sql)
    op.get_context().config.attributes[VACUUM_AFTER] = True


def downgrade() -> None:
    _rewrite(text_sql)
    op.get_context().config.attributes[VACUUM_AFTER] = True
