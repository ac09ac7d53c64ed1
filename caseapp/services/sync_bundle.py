"""Sync by file: writing a ``.casesync`` bundle for the practitioner's other machines and reading one from them.

A bundle carries the changes the receiving side has not acknowledged yet (what its own last bundle said it holds),
this file's version vector and its view of the recipient's. It is sealed by :mod:`caseapp.services.sync_seal`.
Reading it (:func:`read_bundle`) checks everything before anything is written: the file's frame, the format, the
sender's signature (by the certificate root pinned at pairing, or for a device not yet paired the one it carries),
the recipient, the practitioner's circle, and the key. :func:`import_bundle` then backs the file up and applies the
changes in one transaction (:mod:`caseapp.services.sync_apply`), recording what the sender holds; a kill at any
point leaves the file as it was before or as it is after, never between.

An export made with the passphrase (``sync export`` without ``--to``) also carries the circle's key wrapped by
scrypt of that passphrase: that is the bundle ``caseapp init --from-bundle`` sets up a second machine from.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from cryptography import x509
from cryptography.exceptions import InvalidSignature, UnsupportedAlgorithm
from sqlmodel import select

from caseapp.domain.sync_protocol import FORMAT, ApplyResult, Change, Preview, VersionVector
from caseapp.errors import NotFound
from caseapp.services import (access_log, agency_profile, audit, backup, outputs, signing, sync_peers, sync_restore,
    sync_seal)
from caseapp.services.sync_seal import BundleRefused, damaged, refused
from caseapp.services.vault import Vault
from caseapp.storage.keystore import Envelope, kdf_cost, normalise_passphrase
from caseapp.storage.models import SyncPeer

__all__ = ["BundleRefused", "IncomingBundle", "export_bundle", "import_bundle", "preview_bundle", "read_bundle"]

SUFFIX = ".casesync"


@dataclass(frozen=True)
class IncomingBundle:
    """A bundle read and verified, not applied yet."""

    path: Path
    sender_device: str
    sender_name: str
    practitioner: str
    agency: str
    recipient: str | None
    created_at: str
    changes: tuple[Change, ...]
    vector: VersionVector          # what the sender held when it wrote the bundle
    acks: VersionVector            # what the sender knew this file held
    root_pem: bytes                # the sender's signing root (pinned when this bundle pairs it)
    new_peer: bool                 # importing pairs the sender with this machine
    circle: str = ""
    key: bytes = b""               # the circle's key (only kept for a setup from this bundle)
    replaces: tuple[str, ...] = ()  # device ids the sender wrote under before a restore (see sync_restore)


def _practitioner_and_agency(vault: Vault) -> tuple[str, str]:
    practitioner = agency_profile.current_practitioner(vault)
    if practitioner is None:
        raise NotFound("사례관리자 정보가 없습니다.", "No practitioner is set up.")
    return practitioner.name, agency_profile.get_agency(vault).name


# --- writing ----------------------------------------------------------------------------------------------------

def export_bundle(vault: Vault, path: str | os.PathLike[str], to: str | None = None, *,
                  passphrase: str | None = None, device_name: str | None = None, everything: bool = False) -> int:
    """Write the changes ``to`` (a paired device's id or name) lacks, or with ``to=None`` those some paired device
    lacks (every change before any pairing, or with ``everything``); return how many. ``passphrase`` (this file's,
    checked) adds the circle's key wrapped by it when the bundle holds every change: such a bundle can set up a new
    machine (an export of only the recent changes derives no key).
    ``device_name`` renames this machine for its peers from now on. The target is refused when it is one of
    caseapp's own files."""
    from caseapp.services import sync_log  # the engine (h5): imported when used
    signing.ensure_identity(vault)
    identity = signing.active_identity(vault)
    target = outputs.guard(path)
    practitioner, agency = _practitioner_and_agency(vault)
    with vault.session(write=True) as s:
        if device_name is not None and device_name.strip():
            sync_peers.set_device_name(s, device_name)
        key, circle = sync_peers.ensure_shared_key(s)
        if to is not None:
            recipients = [sync_peers.find_peer(s, to)]
        else:
            recipients = list(s.exec(select(SyncPeer)))
        have = {} if everything else sync_peers.lowest_common(recipients)
        changes = sync_log.changes_missing(s, have)
        header: dict[str, Any] = {
            "protocol": FORMAT, "circle": circle, "created_at": datetime.now(timezone.utc).isoformat(),
            "sender": {"device": access_log.device_id(), "name": sync_peers.device_name(s),
                       "practitioner": practitioner, "agency": agency},
            "to": recipients[0].device if to is not None else None,
            "cert": identity.cert_pem.decode("ascii"), "root": _root_pem(identity).decode("ascii"),
            "pairing": None if have else _pairing_envelope(vault, key, circle, passphrase),
            "complete": not have,  # every change this file holds: enough to set up a new machine
            "replaces": list(sync_restore.retired_devices()),
        }
        payload = {"changes": [c.to_json() for c in changes], "vector": sync_log.local_vector(s),
                   "acks": have if to is not None else {}}
        staged = outputs.stage(target, sync_seal.seal(header, payload, key, identity.key_pem))
        try:
            sync_peers.note_export(s, recipients)
            audit.record(s, vault.actor, "sync_export", "syncpeer", header["to"] or "",
                         detail=f"changes={len(changes)}")
            s.flush()
            staged.publish()  # inside the transaction: a file that could not be written is not noted as sent
        except BaseException:
            staged.discard()
            raise
    return len(changes)


def _root_pem(identity: Any) -> bytes:
    chain = identity.chain
    top = chain[-1] if chain else identity.certificate
    from caseapp.export.pki import cert_pem
    return cert_pem(top)


def _pairing_envelope(vault: Vault, key: bytes, circle: str, passphrase: str | None) -> dict[str, object] | None:
    if passphrase is None:
        return None
    vault.keyfile.unwrap_with_passphrase(passphrase)  # a wrong one raises WrongPassphrase: nothing is written
    return Envelope.seal(_envelope_name(circle), normalise_passphrase(passphrase), key, kdf_cost()).to_json()


def _envelope_name(circle: str) -> str:
    return f"sync-bundle-key:{circle}"


# --- reading ----------------------------------------------------------------------------------------------------

def read_file(path: str | os.PathLike[str]) -> bytes:
    try:
        return Path(path).read_bytes()
    except IsADirectoryError:
        raise refused(f"폴더가 아니라 .casesync 파일을 지정하세요: {path}.",
                      f"Give a .casesync file, not a folder: {path}.") from None
    except OSError as exc:
        raise refused(f"동기화 파일을 읽을 수 없습니다: {path} ({exc.strerror}).",
                      f"Cannot read the sync file: {path} ({exc.strerror}).") from None


@dataclass(frozen=True)
class _Header:
    device: str
    name: str
    practitioner: str
    agency: str
    recipient: str | None
    circle: str
    created_at: str
    cert: x509.Certificate
    root_pem: bytes
    pairing: dict[str, Any] | None
    replaces: tuple[str, ...] = ()


def _parse_header(sealed: sync_seal.Sealed) -> _Header:
    h = sealed.header
    try:
        sender = h["sender"]
        recipient = h.get("to")
        return _Header(device=str(sender["device"]), name=str(sender.get("name") or ""),
                       practitioner=str(sender.get("practitioner") or ""), agency=str(sender.get("agency") or ""),
                       recipient=str(recipient) if recipient else None, circle=str(h["circle"]),
                       created_at=str(h.get("created_at") or ""),
                       cert=x509.load_pem_x509_certificate(str(h["cert"]).encode("ascii")),
                       root_pem=str(h["root"]).encode("ascii"), pairing=h.get("pairing") or None,
                       replaces=sync_restore.valid_ids(h.get("replaces")))
    except (KeyError, TypeError, ValueError, AttributeError):
        raise damaged() from None


def verified(data: bytes, pinned_root: bytes | None = None) -> tuple[sync_seal.Sealed, _Header]:
    """Frame, format and signature: the sender's certificate must come from ``pinned_root`` (a paired device) or,
    for a device not paired yet, from the root it carries; the signature must cover every byte."""
    sealed = sync_seal.unpack(data)
    sync_seal.check_format(sealed)
    header = _parse_header(sealed)
    sync_seal.verify_signature(sealed, header.cert)  # any flipped byte fails here: the signature covers them all
    try:
        root = x509.load_pem_x509_certificate(pinned_root or header.root_pem)
    except ValueError:
        raise damaged() from None
    try:
        header.cert.verify_directly_issued_by(root)
    except (InvalidSignature, UnsupportedAlgorithm, ValueError, TypeError) as exc:  # not issued by it / no root
        if pinned_root is not None:
            raise refused(f"이 동기화 파일의 서명 인증서가 짝지은 기기({header.name}, {header.device})의 인증서가 "
                          "아닙니다.",
                          f"This sync file is not signed with a certificate of the paired device ({header.name}, "
                          f"{header.device}).") from exc
        raise damaged() from exc
    return sealed, header


def read_bundle(vault: Vault, path: str | os.PathLike[str]) -> IncomingBundle:
    """Read and verify a bundle for this file; raises :class:`BundleRefused` (nothing changed) when it cannot be
    used here."""
    data = read_file(path)
    first = sync_seal.unpack(data)
    sync_seal.check_format(first)
    sender = _parse_header(first).device
    me = access_log.device_id()
    practitioner, _agency = _practitioner_and_agency(vault)
    with vault.session() as s:
        known = sync_peers.peer(s, sender)
        pinned = bytes(known.root_pem) if known is not None else None
        found = sync_peers.shared_key(s)
    sealed, header = verified(data, pinned)
    if header.device == me:
        raise refused("이 컴퓨터에서 만든 동기화 파일입니다. 다른 컴퓨터에서 가져오세요.",
                      "This sync file was made on this computer; import it on the other one.")
    if header.recipient is not None and header.recipient not in (me, *sync_restore.retired_devices()):
        raise refused(f"다른 기기({header.recipient})에 보내려고 만든 동기화 파일입니다. 이 기기({me})용으로 다시 "
                      "내보내세요.",
                      f"This sync file was made for another device ({header.recipient}). Export one for this "
                      f"device ({me}).")
    if found is None or header.circle != found[1]:
        if header.practitioner != practitioner:
            raise refused(f"다른 사례관리자({header.practitioner})의 동기화 파일입니다. 가져올 수 없습니다.",
                          f"This sync file belongs to another practitioner ({header.practitioner}); it cannot "
                          "be imported.")
        raise _unpaired(header)
    payload = sync_seal.open_payload(sealed, found[0])
    if payload is None:
        raise damaged() if known is not None else _unpaired(header)
    return _incoming(Path(path), header, payload, new_peer=known is None)


def _unpaired(header: _Header) -> BundleRefused:
    return refused(f"짝지어지지 않은 기기({header.name}, {header.device})의 동기화 파일입니다. 두 번째 컴퓨터는 "
                   "'caseapp init --from-bundle'로 이 컴퓨터의 동기화 파일에서 설정해야 짝지어집니다.",
                   f"This sync file comes from a device that is not paired ({header.name}, {header.device}). A "
                   "second computer is paired by setting it up from this computer's sync file with 'caseapp init "
                   "--from-bundle'.")


def _incoming(path: Path, header: _Header, payload: dict[str, Any], *, new_peer: bool,
              key: bytes = b"") -> IncomingBundle:
    try:
        changes = tuple(Change.from_json(c) for c in payload["changes"])
        vector = {str(k): int(v) for k, v in dict(payload.get("vector") or {}).items()}
        acks = {str(k): int(v) for k, v in dict(payload.get("acks") or {}).items()}
    except (KeyError, TypeError, ValueError, AttributeError):
        raise damaged() from None
    return IncomingBundle(path=path, sender_device=header.device, sender_name=header.name,
                          practitioner=header.practitioner, agency=header.agency, recipient=header.recipient,
                          created_at=header.created_at, changes=changes, vector=vector, acks=acks,
                          root_pem=header.root_pem, new_peer=new_peer, circle=header.circle, key=key,
                          replaces=header.replaces)


def open_for_setup(path: str | os.PathLike[str], passphrase: str) -> IncomingBundle:
    """A bundle for ``init --from-bundle``: verified by its own signature, its key unwrapped with the sending
    machine's passphrase (a wrong one, or a bundle made without one, is refused before anything is created)."""
    data = read_file(path)
    sealed, header = verified(data)
    if header.pairing is None:
        raise refused("이 동기화 파일로는 새 컴퓨터를 설정할 수 없습니다. 사례 파일이 있는 컴퓨터에서 "
                      "'caseapp sync export --all -o 파일'로 만든 파일을 쓰세요.",
                      "This sync file cannot set up a new computer. Use one made with "
                      "'caseapp sync export --all -o FILE' on a computer that has the case file.")
    if not sealed.header.get("complete"):
        raise refused("이 동기화 파일에는 지난 교환 이후의 변경만 있어 새 컴퓨터를 설정할 수 없습니다. 첫 컴퓨터에서 "
                      "'caseapp sync export --all -o 파일'로 전체를 내보내세요.",
                      "This sync file holds only the changes since the last exchange, so it cannot set up a new "
                      "computer. On the first computer export everything with 'caseapp sync export --all -o FILE'.")
    try:
        envelope = Envelope.from_json(header.pairing)
    except (KeyError, TypeError, ValueError):
        raise damaged() from None
    key = envelope.open(_envelope_name(header.circle), normalise_passphrase(passphrase))
    if key is None:
        raise BundleRefused("첫 컴퓨터의 암호가 올바르지 않습니다. 이 동기화 파일을 만든 컴퓨터의 암호를 입력하세요. 아무것도 "
                            "만들지 않았습니다.",
                            "Wrong passphrase for the first computer. Enter the passphrase of the computer that made "
                            "this sync file. Nothing was created.", exit_code=2)
    payload = sync_seal.open_payload(sealed, key)
    if payload is None:
        raise damaged()
    return _incoming(Path(path), header, payload, new_peer=True, key=key)


# --- applying ---------------------------------------------------------------------------------------------------

def preview_bundle(vault: Vault, incoming: IncomingBundle) -> Preview:
    """What importing would do, counted without writing anything."""
    from caseapp.services import sync_apply
    with vault.session() as s:
        return sync_apply.preview(s, list(incoming.changes))


def import_bundle(vault: Vault, incoming: IncomingBundle) -> ApplyResult:
    """Back the file up, then in one transaction apply the changes, record what the sender holds (pairing it when
    new) and audit. A bundle with nothing new from a paired device changes nothing at all."""
    from caseapp.services import sync_apply
    with vault.session() as s:  # a gap is refused, and a bundle held already ends here, before any backup
        fresh = sync_apply.fresh_changes(s, list(incoming.changes))
    if not fresh and not incoming.new_peer:
        return ApplyResult(Preview(already_held=len(incoming.changes)))
    vault.require_writable()
    backup.create_backup(vault, "pre-sync")
    try:
        with vault.session(write=True) as s:
            result = sync_apply.apply(s, list(incoming.changes), source_device=incoming.sender_device)
            if result.preview.nothing_new and not incoming.new_peer:
                raise _NothingNew(result)  # rolled back: the file stays exactly as it was
            _, new = sync_peers.note_import(s, incoming.sender_device, incoming.sender_name, incoming.practitioner,
                                            incoming.root_pem, incoming.vector)
            if new:
                audit.record(s, vault.actor, "sync_pair", "syncpeer", incoming.sender_device,
                             detail=f"root sha256={_fingerprint(incoming.root_pem)}")
            for old in sync_peers.forget_replaced(s, incoming.replaces, incoming.sender_device):
                audit.record(s, vault.actor, "sync_unpair", "syncpeer", old,
                             detail=f"restored and now writing as {incoming.sender_device}")
    except _NothingNew as nothing:
        return ApplyResult(nothing.result.preview)
    return result


class _NothingNew(Exception):
    """Changes not held yet that change nothing here (all of them about records gone here): not applied, as a
    bundle with nothing new changes nothing. Carries the counted result out of the rolled-back session."""

    def __init__(self, result: ApplyResult) -> None:
        super().__init__("nothing new")
        self.result = result


def _fingerprint(pem: bytes) -> str:
    from caseapp.export.pki import fingerprint
    return fingerprint(x509.load_pem_x509_certificate(pem))
