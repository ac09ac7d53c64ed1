"""Compact stored forms of the audit trail's UUIDs and times (migration 0024), and the values they read back as.

A UUID in its canonical text (36 lower-case characters) is stored as its 16 bytes; a time as whole microseconds
since 1970-01-01 UTC (an 8-byte integer instead of 26 characters). Both read back exactly as the text and the aware
UTC datetime they were, so the audit chain's hashes, computed over the text forms, do not change. Anything else (an
empty id, a value that is not canonical, a time in another text form: only a hand-edited row has one) is stored as
the text it is and read as it always was, so verification reports such a row as before.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone
from typing import Any

_CANONICAL = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")  # what str(uuid.UUID) gives
EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)
MICROSECOND = timedelta(microseconds=1)
TEXT_FORMAT = "%Y-%m-%d %H:%M:%S.%f"  # how SQLAlchemy's SQLite DateTime stored the time before 0024


def uuid_stored(text: str | None) -> bytes | str | None:
    """The 16 bytes of a canonical UUID text; any other value unchanged."""
    if text is None or len(text) != 36 or _CANONICAL.fullmatch(text) is None:
        return text
    return bytes.fromhex(text.replace("-", ""))  # uuid.UUID(text).bytes, without its parse (~4x faster)


def uuid_read(value: Any) -> str | None:
    """The text a stored id stands for."""
    if value.__class__ is bytes and len(value) == 16:  # what SQLite gives: one test instead of three (a case's
        h = value.hex()                                 # open reads ~1,500 ids)
        return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"
    if isinstance(value, (bytes, bytearray, memoryview)):
        raw = bytes(value)
        if len(raw) != 16:
            return raw.hex()  # not 16 bytes: never written so
        h = raw.hex()  # str(uuid.UUID(bytes=raw)), ~4x faster (the change log reads two per change it ships)
        return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"
    return value


def micros_stored(value: datetime) -> int:
    """Microseconds since the epoch of an aware datetime (naive ones are refused, as SQLModel's UTCDateTime did)."""
    if value.utcoffset() is None:
        raise ValueError("Datetime values must have timezone information.")
    return (value - EPOCH) // MICROSECOND


def micros_read(value: int) -> datetime:
    return EPOCH + value * MICROSECOND


def micros_from_text(text: str) -> int | None:
    """The stored integer for a time kept as text before 0024, when it stands for exactly that time (else None)."""
    try:
        parsed = datetime.strptime(text, TEXT_FORMAT).replace(tzinfo=timezone.utc)
    except ValueError:
        return None
    micros = micros_stored(parsed)
    return micros if micros_read(micros).strftime(TEXT_FORMAT) == text else None


def micros_to_text(micros: int) -> str:
    return micros_read(micros).strftime(TEXT_FORMAT)


# The same rule in SQL, for a migration's rewrite of a whole table in one statement (migration 0027: searchdoc).
_HEX = "[0-9a-f]"
_CANONICAL_GLOB = "-".join(_HEX * n for n in (8, 4, 4, 4, 12))  # GLOB is case-sensitive and matches the whole text


def uuid_stored_sql(column: str) -> str:
    """SQL giving what :func:`uuid_stored` gives for ``column``'s value."""
    return (f"CASE WHEN typeof({column}) = 'text' AND {column} GLOB '{_CANONICAL_GLOB}' "
            f"THEN unhex(replace({column}, '-', '')) ELSE {column} END")


def uuid_text_sql(column: str) -> str:
    """SQL giving what :func:`uuid_read` gives for ``column``'s value."""
    h = f"lower(hex({column}))"
    groups = ((1, 8), (9, 4), (13, 4), (17, 4), (21, 12))
    dashed = " || '-' || ".join(f"substr({h}, {start}, {n})" for start, n in groups)
    return (f"CASE WHEN typeof({column}) = 'blob' THEN (CASE WHEN length({column}) = 16 THEN {dashed} ELSE {h} END) "
            f"ELSE {column} END")
