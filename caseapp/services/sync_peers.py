"""Paired devices and the key they share (issue 17).

Every installation of one practitioner that was set up from another's bundle (``caseapp init --from-bundle``), or
from one of those, holds the same *bundle key* (32 random bytes, in ``Meta`` inside the encrypted file) and the same
*circle* id. A bundle that decrypts under that key comes from a device of the circle: the first one read from a
device pairs it (its signing root is pinned in :class:`~caseapp.storage.models.SyncPeer`); later bundles from that
device must be signed by a certificate from the pinned root.
"""

from __future__ import annotations

import base64
import json
import socket
import uuid
from datetime import datetime, timezone

from sqlmodel import Session, select

from caseapp.domain.sync_protocol import PeerView, VersionVector, merged
from caseapp.errors import NotFound
from caseapp.services import meta_values
from caseapp.services.vault import Vault
from caseapp.storage.models import SyncPeer, utcnow

KEY = "sync.bundle_key"      # base64 of the shared AES-256 key
CIRCLE = "sync.circle"       # random id naming the practitioner's set of paired devices
DEVICE_NAME = "sync.device_name"


def shared_key(s: Session) -> tuple[bytes, str] | None:
    """(bundle key, circle id), or None before this file's first export or pairing."""
    raw, circle = meta_values.meta_text(s, KEY), meta_values.meta_text(s, CIRCLE)
    return (base64.b64decode(raw), circle) if raw and circle else None


def ensure_shared_key(s: Session) -> tuple[bytes, str]:
    """The circle's key, made on the first export of a file that was never paired (write session)."""
    found = shared_key(s)
    if found is not None:
        return found
    # Imported here: the main window's status bar reads the peers at every unlock, and sync_seal's cryptography
    # (X.509, RSA, AES-GCM) adds 6.6 MB resident that only a bundle's export or import needs.
    from caseapp.services import sync_seal
    key, circle = sync_seal.new_key(), uuid.uuid4().hex
    adopt_shared_key(s, key, circle)
    return key, circle


def adopt_shared_key(s: Session, key: bytes, circle: str) -> None:
    meta_values.put_meta_text(s, KEY, base64.b64encode(key).decode("ascii"))
    meta_values.put_meta_text(s, CIRCLE, circle)


def device_name(s: Session) -> str:
    """What the other machines call this one: set with ``sync export --name``, else the computer's host name."""
    return meta_values.meta_text(s, DEVICE_NAME) or socket.gethostname() or "caseapp"


def set_device_name(s: Session, name: str) -> None:
    meta_values.put_meta_text(s, DEVICE_NAME, name.strip())


def peer(s: Session, device: str) -> SyncPeer | None:
    return s.get(SyncPeer, device)


def find_peer(s: Session, text: str) -> SyncPeer:
    """A paired device by its id, the start of its id, or its name (``--to``)."""
    wanted = text.strip()
    rows = list(s.exec(select(SyncPeer)))
    exact = [r for r in rows if r.device == wanted.lower() or r.name == wanted]
    matches = exact or [r for r in rows if len(wanted) >= 4 and r.device.startswith(wanted.lower())]
    if len(matches) == 1:
        return matches[0]
    known = ", ".join(f"{r.name} ({r.device})" for r in rows) or "-"
    if matches:
        raise NotFound(f"'{text}'에 해당하는 기기가 여럿입니다. 기기 번호로 지정하세요: {known}",
                       f"More than one paired device matches '{text}'; give its device id: {known}")
    raise NotFound(f"짝지어진 기기 중 '{text}'가 없습니다. 짝지어진 기기: {known}",
                   f"No paired device '{text}'. Paired devices: {known}")


def vector_of(row: SyncPeer) -> VersionVector:
    return {str(k): int(v) for k, v in json.loads(row.vector or "{}").items()}


def lowest_common(rows: list[SyncPeer]) -> VersionVector:
    """What every one of ``rows`` holds (for a bundle any paired device may read): the per-device minimum."""
    if not rows:
        return {}
    vectors = [vector_of(r) for r in rows]
    devices = set().union(*vectors)
    return {d: min(v.get(d, 0) for v in vectors) for d in devices}


def note_import(s: Session, device: str, name: str, practitioner: str, root_pem: bytes,
                vector: VersionVector) -> tuple[SyncPeer, bool]:
    """Record what a bundle from ``device`` said it holds; pair it when it is new. Returns (row, newly paired)."""
    row = s.get(SyncPeer, device)
    new = row is None
    if row is None:
        row = SyncPeer(device=device, root_pem=root_pem)
    row.name, row.practitioner = name, practitioner
    row.vector = json.dumps(merged(vector_of(row), vector), sort_keys=True)  # an older bundle never lowers it
    row.last_import_at = utcnow()
    s.add(row)
    return row, new


def forget_replaced(s: Session, devices: tuple[str, ...], sender: str) -> list[str]:
    """Unpair the devices ``sender`` wrote as before a restore gave it a new id: they never send again, and a bundle
    for every peer would otherwise keep carrying what they lack. Returns the ids unpaired."""
    gone = [row for row in (s.get(SyncPeer, d) for d in devices if d != sender) if row is not None]
    for row in gone:
        s.delete(row)
    return [row.device for row in gone]


def note_export(s: Session, rows: list[SyncPeer]) -> None:
    now = utcnow()
    for row in rows:
        row.last_export_at = now
        s.add(row)


def peers(vault: Vault) -> list[PeerView]:
    """Paired devices with the last exchange each way, oldest pairing first."""
    with vault.session() as s:
        rows = list(s.exec(select(SyncPeer).order_by(SyncPeer.paired_at)))  # type: ignore[arg-type]
    return [PeerView(device=r.device, name=r.name, practitioner=r.practitioner, paired_at=_iso(r.paired_at),
                     last_export_at=_iso(r.last_export_at), last_import_at=_iso(r.last_import_at)) for r in rows]


def _iso(value: datetime | None) -> str:
    """UTC with its offset (SQLite hands the stored time back without one)."""
    if value is None:
        return ""
    return (value if value.tzinfo else value.replace(tzinfo=timezone.utc)).isoformat(timespec="seconds")
