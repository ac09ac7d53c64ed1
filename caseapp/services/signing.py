"""The practitioner's signing identity and the trusted roots, kept inside the encrypted case file.

``ensure_identity`` runs at setup (``initialise``): it creates this installation's root CA and a signing certificate
for the current practitioner. ``import_pkcs12`` replaces it with an organisation's own identity; ``import_trusted_cert``
adds a partner agency's root so their signed records verify here.

The local CA's key stays in the case file (``Meta``, like the signing key: encrypted with it) so it can issue
revocation lists: ``revoke_certificate`` (``caseapp revoke-cert``) puts a lost laptop's signing certificate on the
CRL — and when that certificate is this installation's own, a new one is issued at once. Every signed export then
carries the chain and a fresh CRL (``validation_data``). Case files made before CRLs existed have no CA key: their
exports carry the chain only.
"""

from __future__ import annotations

import json
import os
import weakref
from dataclasses import dataclass, replace
from datetime import datetime, timedelta, timezone
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives.serialization import Encoding
from sqlmodel import Session, select

from caseapp.errors import NotFound, UserError
from caseapp.export import pki
from caseapp.export.sign import PreparedSigner, ValidationData, prepare_signer
from caseapp.services import anchors, audit
from caseapp.services.meta_values import meta_text, put_meta_text  # this module's callers keep the names
from caseapp.services.vault import Vault
from caseapp.storage.models import Agency, Practitioner, SigningIdentity, TrustedCertificate

CA_KEY = "pki.ca_key_pem"
CA_CERT = "pki.ca_cert_pem"
REVOKED = "pki.revoked"  # JSON list of {"serial": "<decimal>", "revoked_at": ISO, "fingerprint": hex}
CRL_NUMBER = "pki.crl_number"


def _current_practitioner(s: Session) -> Practitioner:
    p = s.exec(select(Practitioner).where(Practitioner.is_current == True)).first()  # noqa: E712
    if p is None:
        raise NotFound("사례관리자 정보가 없습니다.", "No practitioner is set up.")
    return p


def _agency_name(s: Session) -> str:
    agency = s.exec(select(Agency)).first()
    return agency.name if agency else ""


def _active_row(s: Session) -> SigningIdentity | None:
    return s.exec(select(SigningIdentity).where(SigningIdentity.active == True)  # noqa: E712
                  .order_by(SigningIdentity.created_at.desc())).first()  # type: ignore[union-attr]


def _key_bits() -> int:
    # Tests ask for 2048-bit keys to stay fast; anything else unexpected falls back to the 3072-bit default.
    return 2048 if os.environ.get("CASEAPP_SIGNING_KEY_BITS") == "2048" else pki.KEY_BITS


def ensure_identity(vault: Vault) -> None:
    """Create the local root CA and signing certificate unless an active identity already exists."""
    with vault.session() as s:
        if _active_row(s) is not None:
            return
        practitioner = _current_practitioner(s)
        agency = _agency_name(s)
    ca, identity = pki.create_local_ca_identity(practitioner.name, agency or practitioner.name,
                                                key_bits=_key_bits())
    root = ca.certificate
    with vault.session(write=True) as s:
        s.add(TrustedCertificate(subject=pki.subject_text(root), cert_pem=ca.cert_pem, own=True))
        put_meta_text(s, CA_KEY, ca.key_pem.decode("ascii"))
        put_meta_text(s, CA_CERT, ca.cert_pem.decode("ascii"))
        row = SigningIdentity(practitioner_id=practitioner.id, key_pem=identity.key_pem, cert_pem=identity.cert_pem,
                              chain_pem=identity.chain_pem, source="local")
        s.add(row)
        s.flush()
        audit.record(s, vault.actor, "create", "signingidentity", row.id, detail=pki.fingerprint(identity.certificate))


def local_ca(vault: Vault) -> pki.LocalCA | None:
    """This installation's CA with its key (None for case files made before CRLs, or without a local root)."""
    with vault.session() as s:
        key, cert = meta_text(s, CA_KEY), meta_text(s, CA_CERT)
    return pki.LocalCA(key.encode("ascii"), cert.encode("ascii")) if key and cert else None


def _revoked(s: Session) -> list[dict[str, str]]:
    raw = meta_text(s, REVOKED)
    return json.loads(raw) if raw else []


def current_crl(vault: Vault) -> x509.CertificateRevocationList | None:
    """A fresh CRL of the local CA (None without one); cached per open case file until the list changes."""
    with vault.session() as s:  # one session for the CA and the list (every signed export asks)
        key, cert = meta_text(s, CA_KEY), meta_text(s, CA_CERT)
        if not (key and cert):
            return None
        revoked = _revoked(s)
        number = int(meta_text(s, CRL_NUMBER) or "1")
    ca = pki.LocalCA(key.encode("ascii"), cert.encode("ascii"))
    cached = _crl_cache.get(vault)  # signing a CRL costs an RSA signature; one a day is fresh enough
    now = datetime.now(timezone.utc)
    if cached is not None and cached[0] == number and now - cached[1].last_update_utc < timedelta(days=1):
        return cached[1]
    crl = pki.issue_crl(ca, [pki.Revoked(int(r["serial"]), datetime.fromisoformat(r["revoked_at"]))
                             for r in revoked], number, now=now)
    _crl_cache[vault] = (number, crl)
    return crl


_crl_cache: "weakref.WeakKeyDictionary[Vault, tuple[int, x509.CertificateRevocationList]]" = \
    weakref.WeakKeyDictionary()
_signer_cache: "weakref.WeakKeyDictionary[Vault, PreparedSigner]" = weakref.WeakKeyDictionary()


def signer(vault: Vault) -> PreparedSigner:
    """The active identity ready to sign: its key is parsed once per unlocked case file, not once per export."""
    try:
        identity = active_identity(vault)
    except NotFound:  # none yet (or every one revoked): make it, as at setup
        ensure_identity(vault)
        identity = active_identity(vault)
    cached = _signer_cache.get(vault)
    if cached is None or cached.identity != identity:
        cached = prepare_signer(identity)
        _signer_cache[vault] = cached
    # Every signed PDF carries the audit head of the moment it is signed (services.anchors).
    return replace(cached, anchor=anchors.current(vault).text())


def validation_data(vault: Vault) -> ValidationData:
    """What a signed export carries for offline validation: the chain and the local CA's current CRL."""
    crl = current_crl(vault)
    return ValidationData(crls=(crl.public_bytes(Encoding.DER),) if crl is not None else ())


def crl_pem(vault: Vault) -> bytes:
    """The local CA's current CRL as PEM, for partners who verify with ``--trust ROOT.pem --crl FILE``."""
    crl = current_crl(vault)
    if crl is None:
        raise UserError("이 사례 파일에는 폐지 목록을 발급할 자체 인증기관 키가 없습니다.",
                        "This case file has no local CA key to issue a revocation list.")
    return crl.public_bytes(Encoding.PEM)


@dataclass(frozen=True)
class Revocation:
    serial: int
    fingerprint: str  # "" when only the serial was known
    subject: str
    replaced: bool  # the revoked certificate was this installation's own: a new one was issued


def revoke_certificate(vault: Vault, which: str) -> Revocation:
    """Put a signing certificate of the local CA on its CRL, by serial (decimal or 0x-hex) or SHA-256 fingerprint.

    Revoking this installation's own active certificate (a restored backup after a laptop was lost) issues a
    new signing certificate at once, so the next export is signed with a key the thief does not have.
    """
    ca = local_ca(vault)
    if ca is None:
        raise UserError("이 사례 파일에는 인증서를 폐지할 수 있는 자체 인증기관 키가 없습니다.",
                        "This case file has no local CA key that could revoke certificates.")
    needle = which.strip().lower().replace(":", "")
    with vault.session() as s:
        rows = list(s.exec(select(SigningIdentity)))
        known = [(x509.load_pem_x509_certificate(bytes(r.cert_pem)), r) for r in rows]
        revoked = _revoked(s)
    match = None
    for cert, row in known:
        if needle in (pki.fingerprint(cert), str(cert.serial_number), f"0x{cert.serial_number:x}",
                      f"{cert.serial_number:x}"):
            match = (cert, row)
    serial: int | None = match[0].serial_number if match else _parse_serial(needle)
    if serial is None:
        raise UserError(f"이 일련번호나 지문의 인증서를 찾을 수 없습니다: {which}",
                        f"No certificate with this serial number or fingerprint: {which}")
    if match is not None and match[0].issuer != ca.certificate.subject:
        raise UserError("이 인증서는 이 설치본의 인증기관이 발급하지 않아 여기서 폐지할 수 없습니다.",
                        "This certificate was not issued by this installation's CA, so it cannot be revoked here.")
    if any(int(r["serial"]) == serial for r in revoked):
        raise UserError("이미 폐지된 인증서입니다.", "This certificate is already revoked.")
    fpr = pki.fingerprint(match[0]) if match else ""
    own_active = match is not None and match[1].active and match[1].source == "local"
    with vault.session(write=True) as s:
        entries = _revoked(s) + [{"serial": str(serial), "revoked_at": datetime.now(timezone.utc).isoformat(),
                                  "fingerprint": fpr}]
        put_meta_text(s, REVOKED, json.dumps(entries))
        put_meta_text(s, CRL_NUMBER, str(int(meta_text(s, CRL_NUMBER) or "1") + 1))
        if match is not None:
            match[1].active = False
            s.add(match[1])
        audit.record(s, vault.actor, "revoke", "signingidentity", match[1].id if match else "",
                     detail=f"serial={serial};sha256={fpr}")
    if own_active:
        _issue_replacement(vault, ca)
    return Revocation(serial, fpr, pki.subject_text(match[0]) if match else "", own_active)


def _parse_serial(text: str) -> int | None:
    try:
        return int(text, 16) if text.startswith("0x") else int(text)
    except ValueError:
        return None


def _issue_replacement(vault: Vault, ca: pki.LocalCA) -> None:
    with vault.session() as s:
        practitioner = _current_practitioner(s)
        agency = _agency_name(s)
    identity = pki.issue_signing_identity(ca, practitioner.name, agency or practitioner.name, key_bits=_key_bits())
    with vault.session(write=True) as s:
        row = SigningIdentity(practitioner_id=practitioner.id, key_pem=identity.key_pem, cert_pem=identity.cert_pem,
                              chain_pem=identity.chain_pem, source="local")
        s.add(row)
        s.flush()
        audit.record(s, vault.actor, "create", "signingidentity", row.id, detail=pki.fingerprint(identity.certificate))


def active_identity(vault: Vault) -> pki.Identity:
    with vault.session() as s:
        row = _active_row(s)
    if row is None:
        raise NotFound("서명용 인증서가 없습니다. 'caseapp import-pkcs12'로 가져오거나 설정을 다시 하세요.",
                       "There is no signing certificate. Import one with 'caseapp import-pkcs12'.")
    return pki.Identity(bytes(row.key_pem), bytes(row.cert_pem), bytes(row.chain_pem or b""))


def import_pkcs12(vault: Vault, path: str | os.PathLike[str], password: str) -> x509.Certificate:
    """Use an organisation's PKCS#12 identity from now on; its chain's root becomes trusted."""
    data = _read(path)
    identity = pki.load_pkcs12(data, password)
    with vault.session(write=True) as s:
        practitioner = _current_practitioner(s)
        for old in s.exec(select(SigningIdentity).where(SigningIdentity.active == True)):  # noqa: E712
            old.active = False
            s.add(old)
        row = SigningIdentity(practitioner_id=practitioner.id, key_pem=identity.key_pem, cert_pem=identity.cert_pem,
                              chain_pem=identity.chain_pem, source="pkcs12")
        s.add(row)
        s.flush()
        # The top of the supplied chain (or a self-signed certificate itself) is what verifiers must trust.
        top = identity.chain[-1] if identity.chain else identity.certificate
        if top.issuer == top.subject:
            _add_trusted(s, top, own=True)
        audit.record(s, vault.actor, "import", "signingidentity", row.id,
                     detail=pki.fingerprint(identity.certificate))
    return identity.certificate


def _add_trusted(s: Session, cert: x509.Certificate, own: bool) -> TrustedCertificate:
    pem = pki.cert_pem(cert)
    for existing in s.exec(select(TrustedCertificate)):
        if bytes(existing.cert_pem) == pem:
            return existing
    row = TrustedCertificate(subject=pki.subject_text(cert), cert_pem=pem, own=own)
    s.add(row)
    s.flush()
    return row


def import_trusted_cert(vault: Vault, path: str | os.PathLike[str]) -> x509.Certificate:
    """Trust a partner agency's root certificate (from their ``caseapp export-cert``)."""
    cert = pki.load_certificate(_read(path))
    with vault.session(write=True) as s:
        row = _add_trusted(s, cert, own=False)
        audit.record(s, vault.actor, "import", "trustedcertificate", row.id, detail=pki.fingerprint(cert))
    return cert


def trusted_roots(vault: Vault) -> list[x509.Certificate]:
    with vault.session() as s:
        rows = list(s.exec(select(TrustedCertificate)))
    return [x509.load_pem_x509_certificate(bytes(r.cert_pem)) for r in rows]


def own_root_pem(vault: Vault) -> bytes:
    """This installation's root certificate (what a partner imports to trust our records)."""
    with vault.session() as s:
        rows = list(s.exec(select(TrustedCertificate).where(TrustedCertificate.own == True)  # noqa: E712
                           .order_by(TrustedCertificate.created_at.desc())))  # type: ignore[union-attr]
    if not rows:
        raise NotFound("이 설치본의 루트 인증서가 없습니다.", "This installation has no root certificate.")
    return bytes(rows[0].cert_pem)


def _read(path: str | os.PathLike[str]) -> bytes:
    try:
        return Path(path).read_bytes()
    except OSError as exc:
        raise pki.CertificateError(f"파일을 읽을 수 없습니다: {path} ({exc.strerror})",
                                   f"Cannot read the file: {path} ({exc.strerror})") from None
