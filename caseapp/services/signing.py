"""The practitioner's signing identity and the trusted roots, kept inside the encrypted case file.

``ensure_identity`` runs at setup (``initialise``): it creates this installation's root CA and a signing certificate
for the current practitioner. ``import_pkcs12`` replaces it with an organisation's own identity; ``import_trusted_cert``
adds a partner agency's root so their signed records verify here.
"""

from __future__ import annotations

import os
from pathlib import Path

from cryptography import x509
from sqlmodel import Session, select

from caseapp.errors import NotFound
from caseapp.export import pki
from caseapp.services import audit
from caseapp.services.vault import Vault
from caseapp.storage.models import Agency, Practitioner, SigningIdentity, TrustedCertificate


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


def ensure_identity(vault: Vault) -> None:
    """Create the local root CA and signing certificate unless an active identity already exists."""
    with vault.session() as s:
        if _active_row(s) is not None:
            return
        practitioner = _current_practitioner(s)
        agency = _agency_name(s)
    # Tests ask for 2048-bit keys to stay fast; anything else unexpected falls back to the 3072-bit default.
    bits = 2048 if os.environ.get("CASEAPP_SIGNING_KEY_BITS") == "2048" else pki.KEY_BITS
    identity, root_pem = pki.create_local_identity(practitioner.name, agency or practitioner.name, key_bits=bits)
    root = x509.load_pem_x509_certificate(root_pem)
    with vault.session(write=True) as s:
        s.add(TrustedCertificate(subject=pki.subject_text(root), cert_pem=root_pem, own=True))
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
