"""The case tables' keys as stored (migration 0030): 16 bytes where a key is a canonical UUID, read back as its text.

Issue 14 (file size): every ``id`` and ``*_id`` column of the case tables (:data:`KEY_COLUMNS`) kept 36 characters
of text per value, again in each index over it. The ORM's :class:`caseapp.storage.models.UuidText` converts both
ways (binds, comparisons and results), so ORM code sees the text it always saw. Raw SQL does not: a text id bound
against a column that holds bytes silently matches nothing. Every raw statement that binds, compares or returns a
key of these tables goes through this module:

- bind :func:`key` (one id) or :func:`keys` (a list) instead of the text;
- ``IN (SELECT value FROM json_each(?))`` becomes ``IN ({KEYS_IN_JSON})`` (json_each yields text only);
- a row read raw (``SELECT *``) goes through :func:`texts` before it leaves storage (the sync log, the search
  index, a bundle and the hub keep the text form: nothing outside the file sees the change);
- a row received as text goes through :func:`stored_row` before it is written;
- in SQL, :func:`key_sql` turns a text expression into the stored form, :func:`text_sql` a stored one into text
  (to compare with a column that keeps text ids, e.g. ``draft.case_id``).

A value that is not a canonical UUID (an empty ``export_id``, a hand-edited row) is stored as the text it is, so it
compares and reads exactly as before. Free of SQLAlchemy: the ORM-free reads (services/read_vault.py) use it too.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from caseapp.storage.compact_values import uuid_read, uuid_stored

# Frozen with migration 0030 (tests/storage/test_case_keys.py keeps it equal to the models' UuidText columns).
KEY_COLUMNS: dict[str, tuple[str, ...]] = {
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
    # not synced, but keyed like the rows they point at (a foreign key, a join) or by the shared Row model
    "signingidentity": ("id", "practitioner_id"), "trustedcertificate": ("id",), "draft": ("id",),
    "destructionlog": ("id",), "syncconflict": ("id",), "casenumberalias": ("id", "case_id"),
    "casesummary": ("case_id",),
}

# A canonical UUID text (what str(uuid.UUID) gives) as a GLOB pattern: compact_values.uuid_stored in SQL.
_CANONICAL_GLOB = "-".join("[0-9a-f]" * n for n in (8, 4, 4, 4, 12))


def key(text: str | None) -> bytes | str | None:
    """The stored form of one key, to bind in raw SQL."""
    return uuid_stored(text)


def keys(texts: Iterable[str | None]) -> list[bytes | str | None]:
    return [uuid_stored(t) for t in texts]


def key_text(value: Any) -> Any:
    """The text a stored key stands for (anything that is not 16 bytes is returned as it is)."""
    if value.__class__ is bytes and len(value) == 16:  # what SQLite gives: the list reads 10,000 of these
        h = value.hex()
        return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"
    return uuid_read(value) if isinstance(value, (bytearray, memoryview)) and len(value) == 16 else value


def is_key_column(name: str) -> bool:
    return name == "id" or name.endswith("_id")


def texts(row: Mapping[str, Any]) -> dict[str, Any]:
    """A raw row (column -> stored value) with its keys as text: what ``SELECT *`` gave before 0030. By column
    name, so it serves any table (only ``id``/``*_id`` columns hold 16-byte keys; other blobs are left alone)."""
    return {name: key_text(v) if is_key_column(name) else v for name, v in row.items()}


def stored_row(table: str, row: Mapping[str, Any]) -> dict[str, Any]:
    """A row's values (text keys, as a change carries them) in the form ``table`` stores."""
    compact = KEY_COLUMNS.get(table, ())
    return {name: uuid_stored(v) if name in compact and isinstance(v, str) else v for name, v in row.items()}


def stored_value(table: str, column: str, value: Any) -> Any:
    return uuid_stored(value) if isinstance(value, str) and column in KEY_COLUMNS.get(table, ()) else value


def key_sql(expr: str) -> str:
    """SQL: the stored form of the text key ``expr`` (a canonical UUID as its 16 bytes, else as it is)."""
    return (f"CASE WHEN typeof({expr}) = 'text' AND {expr} GLOB '{_CANONICAL_GLOB}' "
            f"THEN unhex(replace({expr}, '-', '')) ELSE {expr} END")


def text_sql(expr: str) -> str:
    """SQL: the text of the stored key ``expr`` (16 bytes as the lower-case canonical UUID, else as it is)."""
    h = f"lower(hex({expr}))"
    return (f"CASE WHEN typeof({expr}) = 'blob' AND length({expr}) = 16 THEN substr({h}, 1, 8) || '-' || "
            f"substr({h}, 9, 4) || '-' || substr({h}, 13, 4) || '-' || substr({h}, 17, 4) || '-' || "
            f"substr({h}, 21, 12) ELSE {expr} END")


KEYS_IN_JSON = f"SELECT {key_sql('value')} FROM json_each(?)"  # ``col IN (KEYS_IN_JSON)`` with a JSON list of texts

# A file of any revision (a backup before 0030, read before it is migrated): ``col IN (EITHER_FORM_IN_JSON)`` bound
# with the JSON list twice, ``col IN (?, ?)`` bound with :func:`either`; read what it gives with :func:`key_text`.
EITHER_FORM_IN_JSON = f"SELECT value FROM json_each(?) UNION ALL {KEYS_IN_JSON}"


def either(text: str) -> tuple[str, bytes | str | None]:
    """A key in both forms, for ``col IN (?, ?)`` on a file that may be older than 0030."""
    return text, uuid_stored(text)
