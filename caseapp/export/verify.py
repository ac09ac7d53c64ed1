"""Checking a signed caseapp PDF with pyHanko: who signed, when, intact, whole file covered, trusted.

Trust comes from the roots the caller passes: normally this installation's own root plus partner roots imported
into the case file (``services.signing.trusted_roots``); a partner without a case file passes the exported root
certificate instead (``caseapp verify FILE --trust ROOT.pem``).
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives.serialization import Encoding
from pyhanko.pdf_utils.misc import PdfError
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko.sign.validation.status import SignatureCoverageLevel
from pyhanko_certvalidator import ValidationContext


@dataclass(frozen=True)
class SignatureReport:
    field: str
    signer: str
    signed_at: datetime | None
    intact: bool  # the signed bytes hash to what was signed, and the signature over them checks out
    whole_file: bool  # nothing was appended after signing
    trusted: bool  # the signer chains to one of the trusted roots
    problem: str = ""

    @property
    def ok(self) -> bool:
        return self.intact and self.whole_file and self.trusted


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


def verify_pdf(data: bytes, trusted_roots: Sequence[x509.Certificate]) -> VerifyReport:
    try:
        reader = PdfFileReader(io.BytesIO(data), strict=False)
        embedded = list(reader.embedded_signatures)
    except (PdfError, ValueError, KeyError, TypeError, IndexError) as exc:
        return VerifyReport((), error=f"{type(exc).__name__}: {exc}")
    reports = []
    for sig in embedded:
        context = ValidationContext(trust_roots=[_asn1(c) for c in trusted_roots], allow_fetching=False,
                                    revocation_mode="soft-fail")
        try:
            status = validate_pdf_signature(sig, signer_validation_context=context)
        except Exception as exc:  # noqa: BLE001 - any failure to validate means "not valid", reported as text
            reports.append(SignatureReport(sig.field_name, "", None, False, False, False,
                                           problem=f"{type(exc).__name__}: {exc}"))
            continue
        signer = _person(status.signing_cert.subject.native) if status.signing_cert else ""
        problem = ""
        if status.trust_problem_indic is not None:
            problem = str(status.trust_problem_indic)
        reports.append(SignatureReport(
            field=sig.field_name, signer=signer, signed_at=status.signer_reported_dt,
            intact=bool(status.intact and status.valid),
            whole_file=status.coverage == SignatureCoverageLevel.ENTIRE_FILE,
            trusted=bool(status.trusted), problem=problem))
    return VerifyReport(tuple(reports))
