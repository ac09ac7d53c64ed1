"""The monthly review of the access records (접속기록 점검): a signed "reviewed on ..." entry in the audit chain.

The entry's detail names the month, how many records and flags the reviewer saw, when, and the signing certificate
(a fingerprint prefix); its signature (the practitioner's signing key, the one that signs PDFs) covers the actor and
that detail, so :func:`reviews` notices an edited entry even where the chain was recomputed.
"""

from __future__ import annotations

import base64
from dataclasses import dataclass
from datetime import date, datetime, timezone
from typing import TYPE_CHECKING

from sqlmodel import Session, col, select

from caseapp.domain.access import AccessKind, MonthSummary, decode_detail, month_bounds, previous_month, summarise
from caseapp.errors import ValidationError
from caseapp.services import audit
from caseapp.services.access_log import access_detail, month_records
from caseapp.storage.models import AuditEvent, SigningIdentity

if TYPE_CHECKING:
    from caseapp.services.vault import Vault

REVIEW_STATEMENT = "caseapp access-log review"


@dataclass(frozen=True)
class Review:
    month: date
    seq: int
    actor: str
    at: datetime
    count: int
    flagged: int
    verified: bool  # the signature checks against the practitioner's certificate


def _flag_count(summary: MonthSummary) -> int:
    return (len(summary.night) + len(summary.bulk_export_days) + len(summary.unusual_days)
            + summary.failed_unlocks)


def _statement(actor: str, detail_without_sig: str) -> bytes:
    return "\x1f".join([REVIEW_STATEMENT, actor, detail_without_sig]).encode("utf-8")


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode("ascii").rstrip("=")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def record_review(vault: "Vault", month: date, summary: MonthSummary | None = None) -> Review:
    """A signed "reviewed on ..." entry for ``month``: the count and flags seen, signed with the practitioner's
    signing key (the same one that signs PDFs), in the audit chain."""
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa

    from caseapp.export import pki
    from caseapp.services import signing
    first, _after = month_bounds(month)
    if first > date.today().replace(day=1):
        raise ValidationError("아직 오지 않은 달은 점검할 수 없습니다.", "A month that has not begun cannot be reviewed.")
    summary = summary if summary is not None else summarise(month_records(vault, first))
    identity = signing.active_identity(vault)
    key = serialization.load_pem_private_key(identity.key_pem, password=None)
    now = datetime.now(timezone.utc).replace(microsecond=0)
    base = access_detail({"m": first.strftime("%Y-%m"), "n": summary.total, "fl": _flag_count(summary),
                          "t": now.strftime("%Y%m%dT%H%M%SZ"), "fp": pki.fingerprint(identity.certificate)[:32]})
    message = _statement(vault.actor, base)
    if isinstance(key, rsa.RSAPrivateKey):
        signature = key.sign(message, padding.PKCS1v15(), hashes.SHA256())
    elif isinstance(key, ec.EllipticCurvePrivateKey):
        signature = key.sign(message, ec.ECDSA(hashes.SHA256()))
    else:
        raise ValidationError("이 서명 키로는 점검 기록에 서명할 수 없습니다.", "This signing key cannot sign the review.")
    with vault.session(write=True) as s:
        event = audit.record(s, vault.actor, AccessKind.REVIEW.value, "", "", None,
                             detail=f"{base};sig={_b64(signature)}")
    with vault.session() as s:
        verified = _verify(s, event)  # read back as ``reviews`` will: the certificate on file checks it
    return Review(first, event.seq or 0, vault.actor, event.at.astimezone(), summary.total, _flag_count(summary),
                  verified)


def _verify(s: Session, event: AuditEvent) -> bool:
    from cryptography import x509
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa

    from caseapp.export import pki
    base, sep, sig = event.detail.rpartition(";sig=")
    if not sep:
        return False
    fp = decode_detail(base).get("fp", "")
    for pem in s.exec(select(SigningIdentity.cert_pem)).all():
        cert = x509.load_pem_x509_certificate(bytes(pem))
        if not fp or not pki.fingerprint(cert).startswith(fp):
            continue
        public = cert.public_key()
        try:
            if isinstance(public, rsa.RSAPublicKey):
                public.verify(_unb64(sig), _statement(event.actor, base), padding.PKCS1v15(), hashes.SHA256())
            elif isinstance(public, ec.EllipticCurvePublicKey):
                public.verify(_unb64(sig), _statement(event.actor, base), ec.ECDSA(hashes.SHA256()))
            else:
                return False
        except (InvalidSignature, ValueError):
            return False
        return True
    return False


def reviews(vault: "Vault") -> list[Review]:
    """Every recorded review, newest first, each with its signature checked."""
    out = []
    with vault.session() as s:
        for event in s.exec(select(AuditEvent).where(AuditEvent.action == AccessKind.REVIEW.value)
                            .order_by(col(AuditEvent.seq).desc())):
            detail = decode_detail(event.detail)
            try:
                month = datetime.strptime(detail.get("m", ""), "%Y-%m").date()
            except ValueError:
                continue
            out.append(Review(month, event.seq or 0, event.actor, event.at.astimezone(), int(detail.get("n", 0)),
                              int(detail.get("fl", 0)), _verify(s, event)))
    return out


def unreviewed_last_month(vault: "Vault", today: date | None = None) -> date | None:
    """Last month, when no review of it is recorded yet (the 오늘 view's reminder); else None."""
    month = previous_month(today or date.today())
    if any(r.month == month for r in reviews(vault)):
        return None
    return month
