"""The sync protocol's data, shared by every transport (a bundle file on a USB stick, later an agency hub).

A *change* is one write to one row, recorded in the same transaction as the write: which device made it, that
device's sequence number, a hybrid logical clock, the table and row, the new values of the fields it set, the
clock of the field versions it was based on, and who did it. Two installations converge by exchanging the changes
the other lacks (known from version vectors: device → highest sequence seen) and applying them with the same rules.

Pure data and pure functions: no SQL, no files, no Qt.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass, field
from enum import Enum
from typing import Any

FORMAT = "caseapp-sync/1"

# --- hybrid logical clock ---------------------------------------------------------------------------------------
# Encoded as "<wall ms, 13 digits>.<counter, 4 digits>.<device>" so that string order is clock order, with the
# device id as the final tie-breaker: two changes never carry the same clock.

_HLC = re.compile(r"^(\d{13})\.(\d{4})\.([0-9a-f]{12})$")
MAX_COUNTER = 9999


@dataclass(frozen=True, order=True)
class Hlc:
    wall_ms: int
    counter: int
    device: str

    def encode(self) -> str:
        return f"{self.wall_ms:013d}.{self.counter:04d}.{self.device}"

    @classmethod
    def decode(cls, text: str) -> "Hlc":
        match = _HLC.match(text)
        if not match:
            raise ValueError(f"not a clock: {text!r}")
        return cls(int(match.group(1)), int(match.group(2)), match.group(3))


def hlc_tick(last: Hlc | None, device: str, now_ms: int | None = None) -> Hlc:
    """The clock for a new local change: after both the wall clock and the last clock this device saw."""
    wall = int(time.time() * 1000) if now_ms is None else now_ms
    if last is None or wall > last.wall_ms:
        return Hlc(wall, 0, device)
    if last.counter >= MAX_COUNTER:  # the encoding has four counter digits: move on by a millisecond
        return Hlc(last.wall_ms + 1, 0, device)
    return Hlc(last.wall_ms, last.counter + 1, device)


def hlc_receive(last: Hlc | None, remote: Hlc, device: str, now_ms: int | None = None) -> Hlc:
    """The local clock after seeing ``remote``: later than both, so a later local edit orders after it."""
    wall = int(time.time() * 1000) if now_ms is None else now_ms
    candidates = [(wall, -1), (remote.wall_ms, remote.counter)]
    if last is not None:
        candidates.append((last.wall_ms, last.counter))
    top_wall = max(w for w, _ in candidates)
    top_counter = max(c for w, c in candidates if w == top_wall)
    if top_counter >= MAX_COUNTER:
        return Hlc(top_wall + 1, 0, device)
    return Hlc(top_wall, top_counter + 1, device)


# --- changes ----------------------------------------------------------------------------------------------------

class Op(str, Enum):
    INSERT = "insert"   # a new row: ``fields`` holds every column
    UPDATE = "update"   # some fields of an existing row
    DELETE = "delete"   # an explicit deletion (never inferred from a missing row)
    DESTROY = "destroy"  # 파기 of a whole case: ``row_id`` is the case id


@dataclass(frozen=True)
class Change:
    device: str                 # 12 hex digits, services.access_log.device_id()
    seq: int                    # per-device, from 1, no gaps
    hlc: str                    # Hlc.encode()
    table: str                  # SQL table name
    row_id: str
    op: Op
    fields: dict[str, Any] = field(default_factory=dict)  # column → new value, JSON-ready
    base: dict[str, str] = field(default_factory=dict)    # column → clock of the version this change replaced
    actor: str = ""
    case_id: str | None = None  # the case the row belongs to (None for installation-wide rows)

    def to_json(self) -> dict[str, Any]:
        return {"dv": self.device, "sq": self.seq, "c": self.hlc, "t": self.table, "r": self.row_id,
                "op": self.op.value, "f": self.fields, "b": self.base, "a": self.actor, "k": self.case_id}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> "Change":
        return cls(device=str(data["dv"]), seq=int(data["sq"]), hlc=str(data["c"]), table=str(data["t"]),
                   row_id=str(data["r"]), op=Op(data["op"]), fields=dict(data.get("f") or {}),
                   base={str(k): str(v) for k, v in (data.get("b") or {}).items()}, actor=str(data.get("a") or ""),
                   case_id=data.get("k"))


# --- version vectors --------------------------------------------------------------------------------------------

VersionVector = dict[str, int]  # device → highest sequence number held (all lower ones held too)


def missing_from(have: VersionVector, change: Change) -> bool:
    """Whether a holder of ``have`` still lacks ``change``."""
    return change.seq > have.get(change.device, 0)


def merged(a: VersionVector, b: VersionVector) -> VersionVector:
    return {device: max(a.get(device, 0), b.get(device, 0)) for device in {*a, *b}}


# --- what an import shows and did -------------------------------------------------------------------------------

@dataclass(frozen=True)
class Preview:
    """Counted before anything is written; the GUI and ``sync import`` without ``--yes`` show exactly this."""

    new_records: int = 0        # rows this file does not have yet
    changed_records: int = 0    # rows that change without conflict
    conflicts: int = 0          # fields edited on both sides since their common base
    deletions: int = 0
    destructions: int = 0       # whole cases destroyed (파기) on the other machine
    already_held: int = 0       # changes this file had applied before (a bundle imported twice)
    case_numbers: tuple[str, ...] = ()  # cases the import touches, for the preview's list

    @property
    def nothing_new(self) -> bool:
        return not (self.new_records or self.changed_records or self.conflicts or self.deletions
                    or self.destructions)


@dataclass(frozen=True)
class ApplyResult:
    preview: Preview                     # what was applied, counted the same way
    conflict_ids: tuple[str, ...] = ()   # the conflicts this import opened
    destroyed_case_ids: tuple[str, ...] = ()  # cases destroyed by this import (see sync_apply.after_commit)


@dataclass(frozen=True)
class ConflictView:
    """A field edited on both machines since their common base; both values kept until the practitioner picks."""

    id: str
    case_id: str | None
    case_number: str
    table: str
    row_id: str
    field: str
    label: str            # the field's label from domain/forms.py (Korean/English by the caller's language)
    mine: Any
    theirs: Any
    mine_device: str
    theirs_device: str
    mine_at: str          # clocks (Hlc.encode())
    theirs_at: str


class Keep(str, Enum):
    MINE = "mine"
    THEIRS = "theirs"
    EDIT = "edit"         # a third value typed on the conflict screen


@dataclass(frozen=True)
class PeerView:
    device: str
    name: str             # a label the practitioner recognises (e.g. "사무실 PC"), set at pairing
    practitioner: str
    paired_at: str        # ISO timestamps, "" when never
    last_export_at: str
    last_import_at: str
