"""Checking a signed caseapp PDF with pyHanko: who signed, when, intact, whole file covered, trusted, not revoked.

Trust comes from the roots the caller passes: normally this installation's own root plus partner roots imported
into the case file (``services.signing.trusted_roots``); a partner without a case file passes the exported root
certificate instead (``caseapp verify FILE --trust ROOT.pem``). Revocation is checked against the CRLs in the PDF's
DSS plus any the caller adds (a case file's own, newer CRL); nothing is fetched from a network.

Every problem comes back as a sentence in Korean and English (:class:`Problem`); pyHanko's own log output (which
includes tracebacks on tampered files) is kept off the terminal while checking.
"""

from __future__ import annotations

import io
import logging
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime

from asn1crypto import crl as asn1_crl
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.serialization import Encoding
from pyhanko.pdf_utils.misc import PdfError
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.ades.report import AdESFailure, AdESIndeterminate
from pyhanko.sign.fields import MDPPerm
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko.sign.validation.dss import DocumentSecurityStore
from pyhanko.sign.validation.errors import NoDSSFoundError
from pyhanko.sign.diff_analysis import ModificationLevel
from pyhanko.sign.validation.status import SignatureCoverageLevel
from pyhanko_certvalidator import ValidationContext


@dataclass(frozen=True)
class Problem:
    code: str  # stable identifier, e.g. "revoked"
    ko: str
    en: str

    def text(self, language: str) -> str:
        return self.ko if language == "ko" else self.en


P_DAMAGED = Problem("damaged", "서명 데이터가 손상되어 검증할 수 없습니다.",
                    "The signature data is damaged and cannot be checked.")
P_CHANGED = Problem("changed", "서명한 뒤 문서 내용이 바뀌었습니다.", "The document was changed after it was signed.")
P_APPENDED = Problem("appended", "서명한 뒤 파일에 허용되지 않은 내용이 덧붙었습니다.",
                     "Something that is not allowed was added to the file after signing.")
P_UNTRUSTED = Problem("untrusted", "서명자 인증서가 신뢰하는 루트 인증서로 이어지지 않습니다.",
                      "The signer's certificate does not lead to a trusted root certificate.")
P_REVOKED = Problem("revoked", "서명자 인증서가 폐지되었습니다(분실·유출 신고).",
                    "The signer's certificate has been revoked (reported lost or compromised).")
P_EXPIRED = Problem("expired", "서명자 인증서의 유효기간이 지났거나 아직 시작되지 않았습니다.",
                    "The signer's certificate has expired or is not yet valid.")
P_REVINFO = Problem("revocation_unknown", "인증서 폐지 여부를 확인할 자료가 없거나 오래되었습니다.",
                    "There is no (current) revocation information to check the signer's certificate.")
P_USAGE = Problem("key_usage", "서명자 인증서가 문서 서명용이 아닙니다.",
                  "The signer's certificate is not meant for signing documents.")
P_CERT = Problem("certificate", "서명자 인증서를 확인하지 못했습니다.", "The signer's certificate could not be checked.")

_TRUST_PROBLEMS = {
    AdESFailure.REVOKED: P_REVOKED, AdESIndeterminate.REVOKED_NO_POE: P_REVOKED,
    AdESIndeterminate.REVOKED_CA_NO_POE: P_REVOKED,
    AdESIndeterminate.EXPIRED: P_EXPIRED, AdESIndeterminate.NOT_YET_VALID: P_EXPIRED,
    AdESFailure.NOT_YET_VALID: P_EXPIRED, AdESIndeterminate.OUT_OF_BOUNDS_NO_POE: P_EXPIRED,
    AdESIndeterminate.OUT_OF_BOUNDS_NOT_REVOKED: P_EXPIRED,
    AdESIndeterminate.NO_CERTIFICATE_CHAIN_FOUND: P_UNTRUSTED,
    AdESIndeterminate.CHAIN_CONSTRAINTS_FAILURE: P_UNTRUSTED,
    AdESIndeterminate.CERTIFICATE_CHAIN_GENERAL_FAILURE: P_UNTRUSTED,
    AdESIndeterminate.TRY_LATER: P_REVINFO, AdESIndeterminate.REVOCATION_OUT_OF_BOUNDS_NO_POE: P_REVINFO,
    AdESIndeterminate.SIG_CONSTRAINTS_FAILURE: P_USAGE,
}


@dataclass(frozen=True)
class SignatureReport:
    field: str
    signer: str
    signed_at: datetime | None
    intact: bool  # the signed bytes hash to what was signed, and the signature over them checks out
    whole_file: bool  # nothing was appended after signing
    trusted: bool  # the signer chains to one of the trusted roots (and is not revoked)
    problem: str = ""  # the problems below as one line in the report's language ("" if none)
    fingerprint: str = ""  # SHA-256 of the signer's certificate (a look-alike signer has another)
    trust_anchor: str = ""  # the trusted root that vouched for the signer, as people read it
    trust_anchor_fingerprint: str = ""
    certified: bool = False  # a certification (DocMDP) signature: the author's, fixing what may change
    allowed_changes: str = ""  # for certification: "none" or "form filling and signing"
    later_changes_allowed: bool = True  # what was added after this signature is only what it permits
    revocation_checked: bool = False  # a CRL from the signer's issuer was available and consulted
    problems: tuple[Problem, ...] = ()

    @property
    def ok(self) -> bool:
        return self.intact and (self.whole_file or self.later_changes_allowed) and self.trusted


@dataclass(frozen=True)
class VerifyReport:
    signatures: tuple[SignatureReport, ...]
    error: str = ""  # the file could not be read as a PDF at all

    @property
    def ok(self) -> bool:
        return not self.error and bool(self.signatures) and all(s.ok for s in self.signatures)


def _asn1(cert: x509.Certificate) -> asn1_x509.Certificate:
    return asn1_x509.Certificate.load(cert.public_bytes(Encoding.DER))


def _person(subject: dict[str, str]) -> str:
    """A signer as people read it, e.g. 김사회 (행복종합사회복지관)."""
    name, org = subject.get("common_name", ""), subject.get("organization_name", "")
    return f"{name} ({org})" if name and org else name or org or ", ".join(subject.values())


@contextmanager
def _quiet_pyhanko() -> Iterator[None]:
    """pyHanko logs validation errors (with tracebacks) through ``logging``; the report says it in words.

    Its module loggers (``pyhanko.sign.validation…``) propagate to the package loggers: a handler that swallows
    the records there, with propagation stopped, keeps them off stderr (Python's last-resort handler).
    """
    sink = logging.NullHandler()
    loggers = [logging.getLogger(name) for name in ("pyhanko", "pyhanko_certvalidator")]
    before = [lg.propagate for lg in loggers]
    for lg in loggers:
        lg.addHandler(sink)
        lg.propagate = False
    try:
        yield
    finally:
        for lg, propagate in zip(loggers, before):
            lg.removeHandler(sink)
            lg.propagate = propagate


def _carried_crls(reader: PdfFileReader) -> list[asn1_crl.CertificateList]:
    try:
        dss = DocumentSecurityStore.read_dss(reader)
    except NoDSSFoundError:
        return []
    return [asn1_crl.CertificateList.load(ref.get_object().data) for ref in dss.crls]


def _context(reader: PdfFileReader, roots: list[asn1_x509.Certificate], crls: list[asn1_crl.CertificateList],
             require_revocation: bool) -> ValidationContext:
    """Offline context from the DSS; "require" when a CRL of the signer's issuer is at hand, since caseapp's
    certificates name no distribution point and other modes would then skip the CRL altogether."""
    kwargs = {"trust_roots": roots, "allow_fetching": False, "crls": list(crls),
              "revocation_mode": "require" if require_revocation else "soft-fail"}
    try:
        return DocumentSecurityStore.read_dss(reader).as_validation_context(kwargs)
    except NoDSSFoundError:
        return ValidationContext(**kwargs)


def verify_pdf(data: bytes, trusted_roots: Sequence[x509.Certificate], extra_crls: Sequence[bytes] = (),
               language: str = "ko") -> VerifyReport:
    with _quiet_pyhanko():
        return _verify(data, trusted_roots, extra_crls, language)


def _verify(data: bytes, trusted_roots: Sequence[x509.Certificate], extra_crls: Sequence[bytes],
            language: str) -> VerifyReport:
    try:
        reader = PdfFileReader(io.BytesIO(data), strict=False)
        embedded = list(reader.embedded_signatures)
    except (PdfError, ValueError, KeyError, TypeError, IndexError) as exc:
        return VerifyReport((), error=f"{type(exc).__name__}: {exc}")
    roots = [_asn1(c) for c in trusted_roots]
    by_fingerprint = {c.fingerprint(hashes.SHA256()).hex(): c for c in trusted_roots}
    crls = [asn1_crl.CertificateList.load(c) for c in extra_crls]
    all_crls = crls + _carried_crls(reader)
    reports = []
    for sig in embedded:
        try:
            issuer = sig.signer_cert.issuer
            checkable = any(c.issuer == issuer for c in all_crls)
            context = _context(reader, roots, crls, require_revocation=checkable)
            status = validate_pdf_signature(sig, signer_validation_context=context)
        except Exception:  # noqa: BLE001 - whatever a damaged signature makes pyHanko raise means "cannot be checked"
            reports.append(SignatureReport(sig.field_name, "", None, False, False, False,
                                           problem=P_DAMAGED.text(language), problems=(P_DAMAGED,)))
            continue
        reports.append(_report(sig, status, by_fingerprint, all_crls, language))
    return VerifyReport(tuple(reports))


def _ends_at_last_revision(sig) -> bool:  # type: ignore[no-untyped-def]
    """Nothing but whitespace after the file's last %%EOF (garbage there belongs to no revision)."""
    data = sig.reader.stream.getvalue() if hasattr(sig.reader.stream, "getvalue") else b""
    end = data.rfind(b"%%EOF")
    return end >= 0 and not data[end + 5:].strip()


def _report(sig, status, by_fingerprint: dict[str, x509.Certificate],  # type: ignore[no-untyped-def]
            crls: list[asn1_crl.CertificateList], language: str) -> SignatureReport:
    cert = status.signing_cert
    signer = _person(cert.subject.native) if cert is not None else ""
    intact = bool(status.intact and status.valid)
    whole = status.coverage == SignatureCoverageLevel.ENTIRE_FILE
    # After a signature only whole revisions may follow (bytes after the last %%EOF are not one), and only what
    # its DocMDP level permits: DSS updates, and for a P=2 certification, further (approval) signatures.
    later_revision = sig.signed_revision < sig.reader.xrefs.total_revisions - 1
    level = getattr(status.diff_result, "modification_level", None)
    later_ok = whole or (later_revision and bool(status.docmdp_ok) and level is not None
                         and level <= ModificationLevel.FORM_FILLING
                         and status.coverage == SignatureCoverageLevel.ENTIRE_REVISION
                         and _ends_at_last_revision(sig))
    problems: list[Problem] = []
    if not intact:
        problems.append(P_CHANGED)
    if not later_ok:
        problems.append(P_APPENDED)
    if status.trust_problem_indic is not None:
        problems.append(_TRUST_PROBLEMS.get(status.trust_problem_indic, P_CERT))
    elif not status.trusted:
        problems.append(P_UNTRUSTED)
    anchor, anchor_fpr = "", ""
    path = status.validation_path
    if status.trusted and path is not None:
        root = path.first
        if root is not None:
            anchor_fpr = root.sha256.hex()
            known = by_fingerprint.get(anchor_fpr)
            anchor = _person(root.subject.native) if known is None else _person(_asn1(known).subject.native)
    issuer = cert.issuer if cert is not None else None
    revocation_checked = issuer is not None and any(c.issuer == issuer for c in crls)
    docmdp = sig.docmdp_level
    return SignatureReport(
        field=sig.field_name, signer=signer, signed_at=status.signer_reported_dt, intact=intact, whole_file=whole,
        trusted=bool(status.trusted), problem=" ".join(p.text(language) for p in problems),
        fingerprint=cert.sha256.hex() if cert is not None else "", trust_anchor=anchor,
        trust_anchor_fingerprint=anchor_fpr, certified=docmdp is not None,
        allowed_changes="" if docmdp is None else ("none" if docmdp == MDPPerm.NO_CHANGES else "form_filling"),
        later_changes_allowed=later_ok, revocation_checked=revocation_checked, problems=tuple(problems))
