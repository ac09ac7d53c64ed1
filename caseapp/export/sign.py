"""PAdES signing with pyHanko (subfilter ETSI.CAdES.detached), visible Korean stamp or invisible.

pyHanko's own text stamps need uharfbuzz to embed a CJK font; instead the stamp's appearance is a tiny one-page PDF
drawn by ReportLab in NanumGothic (embedded subset) and imported as the signature widget's background
(``StaticStampStyle``), so the stamp stays Korean and every font stays embedded. Its font subsets get their own
tags first, so they never share a name with the record's.

A record's signature is a certification (DocMDP): P=1, no changes at all, or P=2 (filling in and signing only)
where the agency wants its supervisor to co-sign later with an approval signature (:func:`cosign_pdf`).

Offline long-term validation: before signing, the document security store (DSS) gets the signer's chain and the
local CA's current CRL, in the same revision as the signature, so the signature covers them and a validator given
only the root certificate can check revocation without a network. (No timestamp authority is reachable offline,
so the level is B-B with LT validation data, not B-LT in the strict sense.)
"""

from __future__ import annotations

import binascii
import functools
import io
import threading
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any

from asn1crypto import crl as asn1_crl
from asn1crypto import tsp
from asn1crypto import x509 as asn1_x509
from cryptography.hazmat.primitives.asymmetric import padding as asym_padding
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.serialization import Encoding, load_pem_private_key
from pyhanko.keys import load_private_key_from_pemder_data
from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.content import ImportedPdfPage
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.layout import BoxConstraints
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign import fields, signers
from pyhanko.sign.attributes import CMSAttributeProvider, SignedAttributeProviderSpec
from pyhanko.sign.general import as_signing_certificate_v2, get_pyca_cryptography_hash
from pyhanko.sign.fields import MDPPerm
from pyhanko.sign.validation.dss import DocumentSecurityStore
from pyhanko.stamp import StaticStampStyle
from pyhanko_certvalidator.registry import SimpleCertificateStore
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas as rl_canvas

from caseapp.export import fonts, pki
from caseapp.export.end_page_writer import EndPageWriter
from caseapp.export.layout import STAMP_BOX, glyph_safe
from caseapp.export.pdfa import retag_font_subsets
from caseapp.export.styles import ACCENT, INK, MUTED

FIELD_NAME = "caseapp-signature"
COSIGN_FIELD = "caseapp-cosignature"
ANCHOR_KEY = "/CaseappAuditAnchor"  # document information entry holding the audit head (services.anchors)


@dataclass(frozen=True)
class PreparedSigner:
    """An identity with its key parsed and pyHanko's signer built: made once, reused for every export."""

    identity: pki.Identity
    signer: signers.SimpleSigner
    certs: tuple[asn1_x509.Certificate, ...]  # signer first, then its chain
    anchor: str = ""  # the audit head at the time it was handed out (see services.anchors)


@dataclass(frozen=True)
class ValidationData:
    """Revocation data to carry in the DSS (DER CRLs); the chain comes from the signer itself."""

    crls: tuple[bytes, ...] = ()


class _LoadedKeySigner(signers.SimpleSigner):
    """pyHanko's SimpleSigner re-parses the private key for every signature (twice per PDF: once to size the
    signature placeholder) and ``cryptography`` checks an RSA key on each load, ~0.5 s for 3072 bits. This one
    holds the loaded key, and answers the sizing dry run without signing at all."""

    def __init__(self, key: rsa.RSAPrivateKey, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._key = key

    async def async_sign_raw(self, data: bytes, digest_algorithm: str, dry_run: bool = False) -> bytes:
        if dry_run:
            return bytes(self._key.key_size // 8)  # an RSA signature is exactly the modulus size
        return self.sign_raw(data, digest_algorithm)

    def sign_raw(self, data: bytes, digest_algorithm: str) -> bytes:
        mechanism = self.get_signature_mechanism_for_digest(digest_algorithm)
        if mechanism.signature_algo != "rsassa_pkcs1v15":
            return super().sign_raw(data, digest_algorithm)
        return self._key.sign(data, asym_padding.PKCS1v15(), get_pyca_cryptography_hash(digest_algorithm))


class _FixedAttribute(CMSAttributeProvider):
    """A signed attribute whose value is the same for every signature of one signer."""

    def __init__(self, attribute_type: str, value: Any) -> None:
        self.attribute_type = attribute_type
        self._value = value

    async def build_attr_value(self, dry_run: bool = False) -> Any:
        return self._value


class _PadesSignedAttributes(SignedAttributeProviderSpec):
    """What pyHanko's PAdES default (``CAdESSignedAttributeProviderSpec`` with ``is_pades``) adds besides the
    content type and the digest: the signing-certificate-v2 attribute (no signing time: PAdES forbids it), here
    made and serialised once per signer. Built afresh inside the attribute set, asn1crypto spent ~5 ms a
    signature re-encoding it (a quarter of the signing)."""

    def __init__(self, cert: asn1_x509.Certificate) -> None:
        value = tsp.SigningCertificateV2.load(as_signing_certificate_v2(cert).dump())
        self._providers = (_FixedAttribute("signing_certificate_v2", value),)

    def signed_attr_providers(self, data_digest: bytes, digest_algorithm: str) -> Iterator[CMSAttributeProvider]:
        yield from self._providers


def prepare_signer(identity: pki.Identity) -> PreparedSigner:
    cert = asn1_x509.Certificate.load(identity.certificate.public_bytes(Encoding.DER))
    chain = [asn1_x509.Certificate.load(c.public_bytes(Encoding.DER)) for c in identity.chain]
    key = load_private_key_from_pemder_data(identity.key_pem, passphrase=None)
    # The key comes out of the encrypted case file, where only caseapp put it (made here, or checked against its
    # certificate when imported): re-checking the RSA key costs most of a second at 3072 bits.
    loaded = load_pem_private_key(identity.key_pem, password=None, unsafe_skip_rsa_key_validation=True)
    # The registry holds the chain only: pyHanko adds the signing certificate itself, so listing it here too put
    # it into the CMS twice.
    registry = SimpleCertificateStore.from_certs(chain)
    if isinstance(loaded, rsa.RSAPrivateKey):
        signer: signers.SimpleSigner = _LoadedKeySigner(loaded, signing_cert=cert, signing_key=key,
                                                        cert_registry=registry)
    else:
        signer = signers.SimpleSigner(signing_cert=cert, signing_key=key, cert_registry=registry)
    signer.signed_attr_prov_spec = _PadesSignedAttributes(cert)
    return PreparedSigner(identity, signer, tuple([cert] + chain))


@dataclass(frozen=True)
class StampText:
    title: str  # e.g. "전자서명"
    lines: tuple[str, ...]


def stamp_text(identity: pki.Identity, agency: str, when: datetime, lang: str) -> StampText:
    signer = pki.subject_text(identity.certificate).split(",")[0]
    local = when.astimezone()
    if lang == "ko":
        return StampText("전자서명 (PAdES)", (f"서명자: {signer}", f"기관: {agency}",
                                           f"서명 일시: {local:%Y-%m-%d %H:%M %z}",
                                           "이 문서가 서명 뒤 바뀌면 서명 검증이 실패합니다."))
    return StampText("Digital signature (PAdES)", (f"Signed by: {signer}", f"Agency: {agency}",
                                                   f"Signed at: {local:%Y-%m-%d %H:%M %z}",
                                                   "Any change after signing makes verification fail."))


@functools.lru_cache(maxsize=8)
def _stamp_appearance(text: StampText) -> bytes:
    """The stamp PDF with its own font-subset tags; the stamp shows the minute (the signature holds the exact
    time), so a batch export draws it once a minute instead of once per record."""
    return retag_font_subsets(_stamp_pdf(text))


def _stamp_pdf(text: StampText) -> bytes:
    fonts.install()
    x1, y1, x2, y2 = STAMP_BOX
    w, h = x2 - x1, y2 - y1
    buf = io.BytesIO()
    c = rl_canvas.Canvas(buf, pagesize=(w, h))
    c.setStrokeColor(ACCENT)
    c.setLineWidth(1.2)
    c.roundRect(1, 1, w - 2, h - 2, 4, stroke=1, fill=0)
    c.setFillColor(ACCENT)
    c.setFont(fonts.BOLD, 10)
    c.drawString(4 * mm, h - 6.5 * mm, glyph_safe(text.title))
    c.setFillColor(INK)
    c.setFont(fonts.REGULAR, 8)
    y = h - 12 * mm
    for i, line in enumerate(text.lines):
        if i == len(text.lines) - 1:
            c.setFillColor(MUTED)
            c.setFont(fonts.REGULAR, 6.8)
        c.drawString(4 * mm, y, glyph_safe(line))
        y -= 4.6 * mm
    c.showPage()
    c.save()
    return buf.getvalue()


class _ImportedPdfBytes(ImportedPdfPage):
    """pyHanko's ImportedPdfPage reads a file; this one reads bytes, so no temporary file is needed."""

    def __init__(self, data: bytes) -> None:
        super().__init__(file_name="", page_ix=0)
        self._data = data

    def render(self) -> bytes:
        w = self._ensure_writer
        with _stamp_lock:  # one parsed stamp shared by exports that may run on two worker threads
            xobj = w.import_page_as_xobject(_stamp_reader(self._data), page_ix=0)
        resource_name = b"/Import" + binascii.hexlify(uuid.uuid4().bytes)
        self.resources.xobject[resource_name.decode("ascii")] = xobj
        x1, y1, x2, y2 = xobj.get_object()["/BBox"]
        self.box = BoxConstraints(width=abs(x1 - x2), height=abs(y1 - y2))
        return resource_name + b" Do"


@functools.lru_cache(maxsize=8)
def _stamp_reader(data: bytes) -> PdfFileReader:
    """The stamp PDF parsed once (its embedded font made parsing it ~2 ms of every visible signature)."""
    return PdfFileReader(io.BytesIO(data))


_stamp_lock = threading.Lock()


def _as_prepared(signer: PreparedSigner | pki.Identity) -> PreparedSigner:
    return signer if isinstance(signer, PreparedSigner) else prepare_signer(signer)


def _supply_dss(writer: IncrementalPdfFileWriter, prepared: PreparedSigner, validation: ValidationData) -> None:
    DocumentSecurityStore.supply_dss_in_writer(
        writer, None, certs=list(prepared.certs), crls=[asn1_crl.CertificateList.load(c) for c in validation.crls])


def _write_anchor(writer: IncrementalPdfFileWriter, anchor: str) -> None:
    """The audit head goes into the document information of the revision being signed, so the signature covers it
    (a private key without an XMP counterpart, which PDF/A-2 allows)."""
    info = writer.trailer_view.get("/Info")
    if info is None:
        return
    info = info.get_object()
    info[generic.NameObject(ANCHOR_KEY)] = generic.TextStringObject(anchor)
    writer.update_container(info)


def read_anchor(pdf: bytes) -> str:
    """The audit anchor a caseapp-signed PDF carries ("" if none)."""
    info = PdfFileReader(io.BytesIO(pdf), strict=False).trailer_view.get("/Info")
    if info is None:
        return ""
    value = info.get_object().get(ANCHOR_KEY)
    return str(value) if value is not None else ""


def _sign(pdf: bytes, prepared: PreparedSigner, meta: signers.PdfSignatureMetadata, *, field: str,
          stamp: StampText | None, validation: ValidationData, anchor: str = "") -> bytes:
    writer = EndPageWriter(io.BytesIO(pdf), strict=False)
    pages = int(writer.root["/Pages"]["/Count"])
    _supply_dss(writer, prepared, validation)
    if anchor:
        _write_anchor(writer, anchor)
    if stamp is not None:
        background = _ImportedPdfBytes(_stamp_appearance(stamp))
        style = StaticStampStyle(background=background, border_width=0, background_opacity=1.0)
        spec = fields.SigFieldSpec(field, on_page=pages - 1, box=STAMP_BOX)
        pdf_signer = signers.PdfSigner(meta, signer=prepared.signer, stamp_style=style, new_field_spec=spec)
    else:
        spec = fields.SigFieldSpec(field, on_page=pages - 1)  # no box: invisible
        pdf_signer = signers.PdfSigner(meta, signer=prepared.signer, new_field_spec=spec)
    out = io.BytesIO()
    # A fixed reservation spares pyHanko building a throw-away CMS just to measure it (half the signing time).
    pdf_signer.sign_pdf(writer, output=out, bytes_reserved=_reserve(prepared))
    return out.getvalue()


def _reserve(prepared: PreparedSigner) -> int:
    """Room for the CMS (hex-encoded in the file): the certificates, signed attributes, the signature, slack."""
    certs = sum(len(c.dump()) for c in prepared.certs)
    return 2 * (certs + 4096)


def sign_pdf(pdf: bytes, signer: PreparedSigner | pki.Identity, *, agency: str, lang: str, visible: bool = True,
             reason: str = "", location: str = "", allow_cosign: bool = False,
             validation: ValidationData | None = None, anchor: str | None = None) -> bytes:
    """Certify ``pdf`` (bytes) and return the signed bytes; the stamp goes on the last page inside STAMP_BOX.

    ``allow_cosign``: certify with P=2 so a supervisor's approval signature can follow; otherwise P=1.
    ``anchor`` (default: the one the prepared signer carries) is the case file's audit head, written into the
    signed revision so that ``caseapp check --against`` can later prove the trail still contains it.
    """
    prepared = _as_prepared(signer)
    identity = prepared.identity
    meta = signers.PdfSignatureMetadata(
        field_name=FIELD_NAME, md_algorithm="sha256", subfilter=fields.SigSeedSubFilter.PADES,
        reason=reason or None, location=location or None, name=pki.subject_text(identity.certificate).split(",")[0],
        certify=True, docmdp_permissions=MDPPerm.FILL_FORMS if allow_cosign else MDPPerm.NO_CHANGES,
    )
    stamp = stamp_text(identity, agency, datetime.now(timezone.utc), lang) if visible else None
    return _sign(pdf, prepared, meta, field=FIELD_NAME, stamp=stamp, validation=validation or ValidationData(),
                 anchor=prepared.anchor if anchor is None else anchor)


def cosign_pdf(pdf: bytes, signer: PreparedSigner | pki.Identity, *, reason: str = "",
               validation: ValidationData | None = None) -> bytes:
    """Add an approval signature (e.g. the supervisor's) to a record certified with co-signing allowed.

    Invisible (the closing page has room for one stamp); each co-signature gets its own field.
    """
    prepared = _as_prepared(signer)
    existing = {s.field_name for s in PdfFileReader(io.BytesIO(pdf), strict=False).embedded_signatures}
    n = 1
    while f"{COSIGN_FIELD}-{n}" in existing:
        n += 1
    field = f"{COSIGN_FIELD}-{n}"
    meta = signers.PdfSignatureMetadata(
        field_name=field, md_algorithm="sha256", subfilter=fields.SigSeedSubFilter.PADES, reason=reason or None,
        name=pki.subject_text(prepared.identity.certificate).split(",")[0])
    return _sign(pdf, prepared, meta, field=field, stamp=None, validation=validation or ValidationData())
