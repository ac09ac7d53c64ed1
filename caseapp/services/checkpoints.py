"""Monthly signed checkpoints of the audit head, kept beside the backups (and in the user's second backup folder).

A checkpoint is a small JSON file, ``audit-checkpoint-YYYY-MM-<root8>.json``: the anchor (see
:mod:`caseapp.services.anchors`), when it was written, the signing certificate and an RSA signature over both made
with the practitioner's signing key. The first backup of each month writes one into each backup folder; ``caseapp
check`` reads every checkpoint it finds there and reports a trail that no longer contains one.

A restore legitimately puts the trail back to an older state: checkpoints written before the newest restore that the
restored trail does not contain are reported as information (the restore itself is in the trail), not as a rewrite.
"""

from __future__ import annotations

import base64
import hashlib
import json
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING

from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from cryptography.hazmat.primitives.serialization import Encoding, load_pem_private_key
from sqlmodel import col, select

from caseapp import settings as settings_mod
from caseapp.services import anchors, backup_catalogue, signing
from caseapp.services.integrity import ERROR, INFO, WARNING, Problem
from caseapp.storage.atomic import write_bytes_atomic
from caseapp.storage.models import AuditEvent, SigningIdentity

if TYPE_CHECKING:
    from caseapp.services.vault import Vault

FORMAT = "caseapp-audit-checkpoint/1"


@dataclass(frozen=True)
class Checkpoint:
    path: Path
    anchor: anchors.Anchor
    written_at: datetime
    cert_pem: bytes
    signature_ok: bool


def _signed_bytes(anchor_text: str, written_at: str) -> bytes:
    return json.dumps({"format": FORMAT, "anchor": anchor_text, "written_at": written_at},
                      sort_keys=True, ensure_ascii=True).encode("ascii")


def _file_name(anchor: anchors.Anchor, when: datetime) -> str:
    return f"audit-checkpoint-{when:%Y-%m}-{anchor.root[:8]}.json"


def write_due(vault: "Vault", targets: list[Path], now: datetime | None = None) -> list[Path]:
    """Write this month's checkpoint into each folder of ``targets`` that has none yet; returns what was written.

    A folder that cannot be written (USB stick gone, read-only) is skipped: the backup it rides along with has
    already reported on that folder."""
    now = now or datetime.now(timezone.utc)
    anchor = anchors.current(vault)
    due = [folder / _file_name(anchor, now.astimezone()) for folder in targets]
    due = [p for p in due if p.parent.is_dir() and not p.exists()]
    if not due or anchor.seq == 0:
        return []
    identity = signing.active_identity(vault)
    key = load_pem_private_key(identity.key_pem, password=None, unsafe_skip_rsa_key_validation=True)
    if not isinstance(key, rsa.RSAPrivateKey):
        return []  # an organisation's non-RSA key: PDFs still carry anchors
    written_at = now.astimezone(timezone.utc).isoformat(timespec="seconds")
    body = _signed_bytes(anchor.text(), written_at)
    signature = key.sign(body, padding.PKCS1v15(), hashes.SHA256())
    data = json.dumps({"format": FORMAT, "anchor": anchor.text(), "written_at": written_at,
                       "certificate": identity.cert_pem.decode("ascii"),
                       "signature": base64.b64encode(signature).decode("ascii")}, indent=1).encode("ascii")
    written = []
    for path in due:
        try:
            write_bytes_atomic(path, data)
            written.append(path)
        except OSError:
            continue
    return written


def read(path: Path) -> Checkpoint | None:
    """A checkpoint file, its signature checked against the certificate it names (None if unreadable)."""
    try:
        data = json.loads(path.read_text(encoding="ascii"))
        anchor = anchors.Anchor.parse(str(data["anchor"]))
        written_at = datetime.fromisoformat(str(data["written_at"]))
        cert_pem = str(data["certificate"]).encode("ascii")
        signature = base64.b64decode(str(data["signature"]), validate=True)
        if data.get("format") != FORMAT or anchor is None:
            return None
    except (OSError, ValueError, KeyError, TypeError, UnicodeError):
        return None
    try:
        public = x509.load_pem_x509_certificate(cert_pem).public_key()
        assert isinstance(public, rsa.RSAPublicKey)
        public.verify(signature, _signed_bytes(anchor.text(), str(data["written_at"])), padding.PKCS1v15(),
                      hashes.SHA256())
        ok = True
    except (InvalidSignature, ValueError, AssertionError):
        ok = False
    return Checkpoint(path, anchor, written_at, cert_pem, ok)


def _fingerprint(cert_pem: bytes) -> str:
    try:
        return hashlib.sha256(x509.load_pem_x509_certificate(cert_pem).public_bytes(Encoding.DER)).hexdigest()
    except ValueError:
        return ""


def _own_fingerprints(vault: "Vault") -> set[str]:
    with vault.session() as s:
        return {_fingerprint(bytes(pem)) for pem in s.exec(select(SigningIdentity.cert_pem))}


def last_restore(vault: "Vault") -> datetime | None:
    """When the trail was last put back to a backup (the "restore" audit row), as aware UTC."""
    with vault.session() as s:
        at = s.exec(select(AuditEvent.at).where(AuditEvent.action == "restore")
                    .order_by(col(AuditEvent.seq).desc())).first()
    return None if at is None else anchors.as_utc(at)


def check_all(vault: "Vault", settings: settings_mod.Settings | None = None) -> list[Problem]:
    """``check``'s view of every checkpoint in the backup folders."""
    problems: list[Problem] = []
    own = _own_fingerprints(vault)
    restored = last_restore(vault)
    for path in backup_catalogue.checkpoint_files(settings):
        point = read(path)
        if point is None:
            problems.append(Problem(WARNING, "checkpoint_unreadable",
                                    f"감사기록 기준점 파일을 읽을 수 없습니다: {path}",
                                    f"An audit checkpoint file cannot be read: {path}"))
            continue
        problems += _judge(vault, point, own, restored)
    return problems


def _judge(vault: "Vault", point: Checkpoint, own: set[str], restored: datetime | None) -> list[Problem]:
    where = point.path
    if not point.signature_ok:
        return [Problem(ERROR, "checkpoint_forged", f"감사기록 기준점 파일의 서명이 맞지 않습니다(변조됨): {where}",
                        f"An audit checkpoint's signature does not match (altered): {where}")]
    comparison = anchors.compare(vault, point.anchor)
    if comparison.ok:
        return []
    if _fingerprint(point.cert_pem) not in own:
        return [Problem(INFO, "checkpoint_foreign", f"다른 설치본의 감사기록 기준점은 건너뜁니다: {where}",
                        f"An audit checkpoint of another installation was skipped: {where}")]
    if restored is not None and anchors.predates_restore(point.written_at, restored):
        written = anchors.as_utc(point.written_at)
        return [Problem(INFO, "checkpoint_before_restore",
                        f"{written.astimezone():%Y-%m-%d}의 기준점(№{point.anchor.seq})은 {restored.astimezone():%Y-%m-%d} "
                        f"복원 전에 만든 것이라 복원된 감사기록에 없습니다(복원 때문이면 정상): {where}",
                        f"The checkpoint of {written.astimezone():%Y-%m-%d} (№{point.anchor.seq}) predates the "
                        f"restore of {restored.astimezone():%Y-%m-%d}, so the restored trail does not hold it "
                        f"(expected after a restore): {where}")]
    return [Problem(ERROR, f"checkpoint_{comparison.status}", f"{comparison.ko} (기준점 파일: {where})",
                    f"{comparison.en} (checkpoint file: {where})")]
