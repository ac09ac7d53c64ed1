"""Keys and certificates for signing exports (``cryptography``; no database access here).

At setup each installation gets its own root CA and a practitioner certificate issued by it. The root's certificate
can be handed to partner agencies (``export-cert``) so they can check signed records; an organisation that already has
a PKCS#12 identity can import it instead.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from caseapp.errors import UserError

KEY_BITS = 3072
ROOT_YEARS = 20
SIGNING_YEARS = 10


class CertificateError(UserError):
    """A certificate or key file the user gave cannot be used."""


@dataclass(frozen=True)
class Identity:
    """A signing key with its certificate and the chain above it (root last), all PEM."""

    key_pem: bytes
    cert_pem: bytes
    chain_pem: bytes  # issuing certificates, concatenated PEM (may be empty)

    @property
    def certificate(self) -> x509.Certificate:
        return x509.load_pem_x509_certificate(self.cert_pem)

    @property
    def chain(self) -> list[x509.Certificate]:
        return x509.load_pem_x509_certificates(self.chain_pem) if self.chain_pem.strip() else []


def _name(common_name: str, organisation: str) -> x509.Name:
    attrs = [x509.NameAttribute(NameOID.COUNTRY_NAME, "KR"), x509.NameAttribute(NameOID.COMMON_NAME, common_name)]
    if organisation.strip():
        attrs.insert(1, x509.NameAttribute(NameOID.ORGANIZATION_NAME, organisation.strip()))
    return x509.Name(attrs)


def _key_pem(key: rsa.RSAPrivateKey) -> bytes:
    # Unencrypted PEM is fine: it only ever lives inside the SQLCipher-encrypted case file.
    return key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                             serialization.NoEncryption())


def cert_pem(cert: x509.Certificate) -> bytes:
    return cert.public_bytes(serialization.Encoding.PEM)


@dataclass(frozen=True)
class LocalCA:
    """This installation's root: its key signs the signing certificates and the revocation lists (CRLs)."""

    key_pem: bytes
    cert_pem: bytes

    @property
    def certificate(self) -> x509.Certificate:
        return x509.load_pem_x509_certificate(self.cert_pem)

    @property
    def key(self) -> rsa.RSAPrivateKey:
        key = serialization.load_pem_private_key(self.key_pem, password=None)
        assert isinstance(key, rsa.RSAPrivateKey)
        return key


@dataclass(frozen=True)
class Revoked:
    serial: int
    revoked_at: datetime
    reason: x509.ReasonFlags = x509.ReasonFlags.key_compromise


def create_root(agency: str, *, key_bits: int = KEY_BITS, now: datetime | None = None) -> LocalCA:
    now = now or datetime.now(timezone.utc)
    start = now - timedelta(minutes=5)  # tolerate small clock differences between machines
    root_key = rsa.generate_private_key(public_exponent=65537, key_size=key_bits)
    root_name = _name(f"{agency} caseapp 루트 인증서", agency)
    root = (x509.CertificateBuilder().subject_name(root_name).issuer_name(root_name)
            .public_key(root_key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(start).not_valid_after(start + timedelta(days=365 * ROOT_YEARS))
            .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
            .add_extension(x509.KeyUsage(digital_signature=False, content_commitment=False, key_encipherment=False,
                                         data_encipherment=False, key_agreement=False, key_cert_sign=True,
                                         crl_sign=True, encipher_only=False, decipher_only=False), critical=True)
            .add_extension(x509.SubjectKeyIdentifier.from_public_key(root_key.public_key()), critical=False)
            .sign(root_key, hashes.SHA256()))
    return LocalCA(_key_pem(root_key), cert_pem(root))


def issue_signing_identity(ca: LocalCA, practitioner: str, agency: str, *, key_bits: int = KEY_BITS,
                           now: datetime | None = None) -> Identity:
    """A practitioner's signing key and certificate from ``ca``.

    No CRL distribution point: there is no address to fetch from, and pyHanko (like other validators) then demands
    revocation data inside the CMS, where PAdES does not put it. The CRL travels in every signed PDF's DSS and
    validators that read the DSS check it (tests: revocation mode "require").
    """
    now = now or datetime.now(timezone.utc)
    start = now - timedelta(minutes=5)
    root = ca.certificate
    root_ski = root.extensions.get_extension_for_class(x509.SubjectKeyIdentifier).value
    key = rsa.generate_private_key(public_exponent=65537, key_size=key_bits)
    not_after = min(start + timedelta(days=365 * SIGNING_YEARS), root.not_valid_after_utc)
    cert = (x509.CertificateBuilder().subject_name(_name(practitioner, agency)).issuer_name(root.subject)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(start).not_valid_after(not_after)
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .add_extension(x509.KeyUsage(digital_signature=True, content_commitment=True, key_encipherment=False,
                                         data_encipherment=False, key_agreement=False, key_cert_sign=False,
                                         crl_sign=False, encipher_only=False, decipher_only=False), critical=True)
            .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.EMAIL_PROTECTION]), critical=False)
            .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
            .add_extension(x509.AuthorityKeyIdentifier.from_issuer_subject_key_identifier(root_ski), critical=False)
            .sign(ca.key, hashes.SHA256()))
    return Identity(_key_pem(key), cert_pem(cert), ca.cert_pem)


def create_local_ca_identity(practitioner: str, agency: str, *, key_bits: int = KEY_BITS,
                             now: datetime | None = None) -> tuple[LocalCA, Identity]:
    ca = create_root(agency, key_bits=key_bits, now=now)
    return ca, issue_signing_identity(ca, practitioner, agency, key_bits=key_bits, now=now)


def create_local_identity(practitioner: str, agency: str, *, key_bits: int = KEY_BITS,
                          now: datetime | None = None) -> tuple[Identity, bytes]:
    """A new root CA for this installation and the practitioner's signing certificate issued by it.

    Returns (signing identity, root certificate PEM); the root's key is dropped (no CRLs: see
    :func:`create_local_ca_identity`).
    """
    ca, identity = create_local_ca_identity(practitioner, agency, key_bits=key_bits, now=now)
    return identity, ca.cert_pem


CRL_DAYS = 30


def issue_crl(ca: LocalCA, revoked: list[Revoked], number: int, *, now: datetime | None = None,
              days: int = CRL_DAYS) -> x509.CertificateRevocationList:
    """A complete CRL of ``ca`` listing ``revoked``; ``number`` must grow with every new list."""
    now = now or datetime.now(timezone.utc)
    root = ca.certificate
    root_ski = root.extensions.get_extension_for_class(x509.SubjectKeyIdentifier).value
    builder = (x509.CertificateRevocationListBuilder().issuer_name(root.subject)
               .last_update(now - timedelta(minutes=5)).next_update(now + timedelta(days=days))
               .add_extension(x509.CRLNumber(number), critical=False)
               .add_extension(x509.AuthorityKeyIdentifier.from_issuer_subject_key_identifier(root_ski),
                              critical=False))
    for entry in revoked:
        builder = builder.add_revoked_certificate(
            x509.RevokedCertificateBuilder().serial_number(entry.serial).revocation_date(entry.revoked_at)
            .add_extension(x509.CRLReason(entry.reason), critical=False).build())
    return builder.sign(ca.key, hashes.SHA256())


def load_pkcs12(data: bytes, password: str) -> Identity:
    """An organisation's own identity from a PKCS#12 (.p12/.pfx) file; clear errors for a wrong password."""
    try:
        key, cert, extra = pkcs12.load_key_and_certificates(data, password.encode("utf-8") if password else None)
    except ValueError:
        raise CertificateError(
            "PKCS#12 파일을 열 수 없습니다. 암호가 틀렸거나 PKCS#12 파일이 아닙니다.",
            "Cannot open the PKCS#12 file: the password is wrong or it is not a PKCS#12 file.") from None
    if key is None or cert is None:
        raise CertificateError("PKCS#12 파일에 서명용 개인키와 인증서가 모두 있어야 합니다.",
                               "The PKCS#12 file must hold both a private key and its certificate.")
    if not isinstance(key, rsa.RSAPrivateKey):
        raise CertificateError("RSA 키만 지원합니다.", "Only RSA keys are supported.")
    if key.public_key().public_numbers() != cert.public_key().public_numbers():  # type: ignore[union-attr]
        raise CertificateError("PKCS#12 파일의 개인키와 인증서가 짝이 맞지 않습니다.",
                               "The private key and certificate in the PKCS#12 file do not match.")
    chain = b"".join(cert_pem(c) for c in extra or [])
    return Identity(_key_pem(key), cert_pem(cert), chain)


def load_certificate(data: bytes) -> x509.Certificate:
    """A partner's root certificate, PEM or DER."""
    try:
        if b"-----BEGIN" in data:
            return x509.load_pem_x509_certificate(data)
        return x509.load_der_x509_certificate(data)
    except ValueError:
        raise CertificateError("인증서 파일(PEM 또는 DER)이 아닙니다.",
                               "This is not a certificate file (PEM or DER).") from None


def load_crl(data: bytes) -> bytes:
    """A revocation list (PEM or DER) as DER; a clear error for anything else."""
    try:
        crl = x509.load_pem_x509_crl(data) if b"-----BEGIN" in data else x509.load_der_x509_crl(data)
    except ValueError:
        raise CertificateError("인증서 폐지 목록(CRL, PEM 또는 DER) 파일이 아닙니다.",
                               "This is not a certificate revocation list (CRL, PEM or DER).") from None
    return crl.public_bytes(serialization.Encoding.DER)


def subject_text(cert: x509.Certificate) -> str:
    """The subject as a person reads it: common name, then organisation."""
    cn = cert.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
    org = cert.subject.get_attributes_for_oid(NameOID.ORGANIZATION_NAME)
    parts = [str(a.value) for a in cn + org]
    return ", ".join(parts) if parts else cert.subject.rfc4514_string()


def fingerprint(cert: x509.Certificate) -> str:
    return cert.fingerprint(hashes.SHA256()).hex()
