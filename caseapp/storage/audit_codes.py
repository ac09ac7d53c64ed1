"""The audit trail's ``action`` and ``entity_type`` stored as small integer codes (migration 0027), read back as
the names every hash covers.

At 10,000 cases the two columns are ~12 bytes of text in each of 430,000 rows, and ``action`` again in the
``(action, at)`` index. Each name in the frozen tables below is stored as its position (1 byte; the first two take
none: SQLite stores the integers 0 and 1 in the row header alone). A name not in a table (an action added by a
later caseapp, the empty entity type, a hand-edited row) is stored as the text it is and read as it always was, so
such a row still verifies and reads exactly as before. An integer that is no code (only a hand-edited row has one)
reads as its digits, which no hash covers: verification reports that row as altered.

The tables are frozen: every stored code depends on a name's position. A new action or table is never added here
(it is stored as text); reordering or editing an entry would change what existing rows read as. A test pins them.
"""

from __future__ import annotations

from typing import Any

# The most frequent first (0 and 1 cost no bytes); then the rest. Never edit, reorder or append.
ACTIONS: tuple[str, ...] = (
    "create", "sign", "update", "addendum", "view", "search", "unlock", "lock", "export", "delete", "stage",
    "check", "uncheck", "reorder", "done", "snooze", "disclose", "export_withdrawn", "unlock_failed", "backup",
    "restore", "destroy", "settings", "review", "reveal", "print", "letter", "report", "init", "import", "recover",
    "change_passphrase", "new_recovery_key", "rekey", "revoke", "destroy_backups", "retention_dates",
    "changes_missing", "sync_export", "sync_import", "sync_pair", "sync_unpair", "sync_resolve", "hub_join",
    "hub_release",
)
ENTITY_TYPES: tuple[str, ...] = (
    "ecorelation", "consent", "serviceentry", "goal", "plantask", "referral", "householdmember", "assessment",
    "monitoringreview", "caseconference", "client", "case", "supervisorconfirmation", "caseselection",
    "planagreement", "supervisionrecord", "followup", "termination", "addendum", "resource", "signingidentity",
    "caseapp", "accessnote", "agency", "budgetline", "casenumberalias", "checklistcheck", "conferenceattendee",
    "consentscan", "correctionrequest", "destructionlog", "disclosure", "exportrecord", "goalscore", "meta",
    "needrating", "practitioner", "reviewgoalchange", "reviewservicerating", "stagetransition",
    "terminationgoaloutcome", "trustedcertificate", "syncpeer", "hub", "sync", "report",
)

_CODES = {table: {name: code for code, name in enumerate(table)} for table in (ACTIONS, ENTITY_TYPES)}


def stored(table: tuple[str, ...], name: Any) -> Any:
    """The code of ``name`` in ``table`` (ACTIONS or ENTITY_TYPES); any other value unchanged."""
    return _CODES[table].get(name, name) if isinstance(name, str) else name


def read(table: tuple[str, ...], value: Any) -> Any:
    """The name a stored value stands for: a code's name, text as it is."""
    if isinstance(value, int):
        return table[value] if 0 <= value < len(table) else str(value)
    return value


def case_sql(table: tuple[str, ...], column: str) -> str:
    """SQL giving ``column``'s stored code (the migration's rewrite in one statement): the same rule as
    :func:`stored` for text values (names are quoted constants from the tables above, never user input)."""
    whens = " ".join(f"WHEN '{name}' THEN {code}" for code, name in enumerate(table))
    return f"CASE WHEN typeof({column}) = 'text' THEN (CASE {column} {whens} ELSE {column} END) ELSE {column} END"


def name_sql(table: tuple[str, ...], column: str) -> str:
    """SQL giving the name a stored ``column`` value reads as (:func:`read`): the downgrade's rewrite."""
    whens = " ".join(f"WHEN {code} THEN '{name}'" for code, name in enumerate(table))
    return (f"CASE WHEN typeof({column}) = 'integer' THEN (CASE {column} {whens} ELSE CAST({column} AS TEXT) END) "
            f"ELSE {column} END")
