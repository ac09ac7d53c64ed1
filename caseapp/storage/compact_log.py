"""Compact stored forms of the sync change log's values (migration 0025), and the values they read back as.

Before 0025 each ``syncchange`` row kept its device (12 characters) and sequence number as a two-column primary key
with an index of its own, its clock as 31 characters (``"1796185635773.0000.ca43bf3762e2"``: wall ms, counter and
the device once more), its table and operation by name, and its row and case as 36-character UUIDs. Now:

- ``id``, the INTEGER PRIMARY KEY (the table's rowid, so no index besides the table), is the device's code
  (``syncdevice``, one row per device the log ever held) shifted by :data:`SEQ_BITS`, plus the sequence number: a
  device's changes are one rowid range, sought like the old primary key was;
- ``hlc`` is ``wall_ms * 10000 + counter`` when it is a canonical clock of the row's own device, else the text it is;
- ``tbl`` and ``op`` are small integers from frozen mappings (:data:`TABLE_CODES`, :data:`OP_CODES`; a test pins
  them), a name they do not know (a table of a newer caseapp) stays its text;
- ``row_id`` and ``case_id`` are 16 bytes where they are canonical UUIDs (:mod:`caseapp.storage.compact_values`),
  else the text they are;
- ``fields`` and ``base`` are NULL where they are ``'{}'``; since migration 0028 any other JSON text is stored
  packed (a BLOB, :mod:`caseapp.storage.packed_json`) where that is shorter, else as the text it is. The empty
  text of a genesis insert stays itself.

Every value reads back exactly as the text it was, so bundles, peers and the hub see what they saw. A name added to
:data:`TABLE_CODES` later needs a migration that rewrites that name's text rows into the code (lookups compare the
stored form).
"""

from __future__ import annotations

import re
from typing import Any

from caseapp.storage import packed_json
from caseapp.storage.compact_values import uuid_read, uuid_stored

SEQ_BITS = 40  # 1.1e12 changes per device; device codes up to 2**23
SEQ_MASK = (1 << SEQ_BITS) - 1
MAX_DEVICE_CODE = (1 << (63 - SEQ_BITS)) - 1
EMPTY_JSON = "{}"  # fields/base stored as NULL

# Frozen: stored in files. Append only (never renumber or reuse a code); see the module docstring.
TABLE_CODES: dict[str, int] = {
    "syncsetting": 1, "practitioner": 2, "agency": 3, "resource": 4, "client": 5, "householdmember": 6, "case": 7,
    "stagetransition": 8, "checklistcheck": 9, "consent": 10, "consentscan": 11, "assessment": 12,
    "needrating": 13, "budgetline": 14, "ecorelation": 15, "goal": 16, "plantask": 17, "caseconference": 18,
    "caseselection": 19, "serviceentry": 20, "addendum": 21, "monitoringreview": 22, "termination": 23,
    "goalscore": 24, "followup": 25, "referral": 26, "planagreement": 27, "conferenceattendee": 28,
    "reviewgoalchange": 29, "reviewservicerating": 30, "terminationgoaloutcome": 31, "supervisionrecord": 32,
    "supervisorconfirmation": 33, "correctionrequest": 34, "disclosure": 35, "exportrecord": 36,
}
OP_CODES: dict[str, int] = {"insert": 0, "update": 1, "delete": 2, "destroy": 3}  # 0 and 1 take no bytes
_TABLE_NAMES = {code: name for name, code in TABLE_CODES.items()}
_OP_NAMES = {code: name for name, code in OP_CODES.items()}

_HLC = re.compile(r"^(\d{13})\.(\d{4})\.(.+)$")
COUNTER_SPAN = 10000  # the clock's four counter digits


def change_id(device_code: int, seq: int) -> int:
    if not 0 < device_code <= MAX_DEVICE_CODE or not 0 <= seq <= SEQ_MASK:
        raise ValueError(f"change number out of range: device {device_code}, sequence {seq}")
    return (device_code << SEQ_BITS) | seq


def device_range(device_code: int) -> tuple[int, int]:
    """The ids of every change of a device: ``id BETWEEN low AND high``."""
    return device_code << SEQ_BITS, (device_code << SEQ_BITS) | SEQ_MASK


def seq_of(change_id_: int) -> int:
    return change_id_ & SEQ_MASK


def code_of(change_id_: int) -> int:
    return change_id_ >> SEQ_BITS


def hlc_stored(hlc: str, device: str) -> int | str:
    """The integer of a canonical clock of ``device``; any other text unchanged."""
    match = _HLC.match(hlc)
    if match is None or match.group(3) != device:
        return hlc
    return int(match.group(1)) * COUNTER_SPAN + int(match.group(2))


def hlc_read(value: Any, device: str) -> str:
    if isinstance(value, int):
        wall, counter = divmod(value, COUNTER_SPAN)
        return f"{wall:013d}.{counter:04d}.{device}"
    return value


def table_stored(name: str) -> int | str:
    return TABLE_CODES.get(name, name)


def table_read(value: Any) -> str:
    return _TABLE_NAMES[value] if isinstance(value, int) else value


def op_stored(name: str) -> int | str:
    return OP_CODES.get(name, name)


def op_read(value: Any) -> str:
    return _OP_NAMES[value] if isinstance(value, int) else value


def json_stored(text: str) -> bytes | str | None:
    """``fields``/``base`` as stored: NULL for ``'{}'``, the empty text of a genesis insert as it is, else the text
    packed where that is shorter (migration 0028)."""
    if text == EMPTY_JSON:
        return None
    return packed_json.pack(text) if text else text


def json_read(value: bytes | str | None) -> str:
    """The JSON text a stored ``fields``/``base`` stands for (exactly the text :func:`json_stored` was given)."""
    return EMPTY_JSON if value is None else packed_json.unpack(value)


def json_stored_0025(text: str) -> str | None:
    """``fields``/``base`` as migration 0025 stored them (no packing): what that migration writes."""
    return None if text == EMPTY_JSON else text


def id_stored(text: str | None) -> bytes | str | None:
    return uuid_stored(text)


def id_read(value: Any) -> str | None:
    return uuid_read(value)
