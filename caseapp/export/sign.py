"""PAdES signing with pyHanko (subfilter ETSI.CAdES.detached), visible Korean stamp or invisible.

pyHanko's own text stamps need uharfbuzz to embed a CJK font; instead the stamp's appearance is a tiny one-page PDF
drawn by ReportLab in NanumGothic (embedded subset) and imported as the signature widget's background
(``StaticStampStyle``), so the stamp stays Korean and every font stays embedded.
"""

from __future__ import annotations

import binascii
import io
import uuid
from dataclasses import dataclass
from datetime import datetime, timezone

from asn1crypto import x509 as asn1_x509
from cryptography.hazmat.primitives.serialization import Encoding
from pyhanko.keys import load_private_key_from_pemder_data
from pyhanko.pdf_utils.content import ImportedPdfPage
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.layout import BoxConstraints
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign import fields, signers
from pyhanko.stamp import StaticStampStyle
from pyhanko_certvalidator.registry import SimpleCertificateStore
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas as rl_canvas

from caseapp.export import fonts, pki
from caseapp.export.layout import STAMP_BOX, glyph_safe
from caseapp.export.styles import ACCENT, INK, MUTED

FIELD_NAME = "caseapp-signature"


@dataclass(frozen=True)
class StampText:
    title: str  # e.g. "전자서명"
    lines: tuple[str, ...]


def stamp_text(identity: pki.Identity, agency: str, when: datetime, lang: str) -> StampText:
    signer = pki.subject_text(identity.certificate).split(",")[0]
    local = when.astimezone()
    if lang == "ko":
        return StampText("전자서명 (PAdES)", (f"서명자: {signer}", f"기관: {agency}",
                                           f"서명 일시: {local:%Y-%m-%d %H:%M:%S %z}",
                                           "이 문서가 서명 뒤 바뀌면 서명 검증이 실패합니다."))
    return StampText("Digital signature (PAdES)", (f"Signed by: {signer}", f"Agency: {agency}",
                                                   f"Signed at: {local:%Y-%m-%d %H:%M:%S %z}",
                                                   "Any change after signing makes verification fail."))


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
        xobj = w.import_page_as_xobject(PdfFileReader(io.BytesIO(self._data)), page_ix=0)
        resource_name = b"/Import" + binascii.hexlify(uuid.uuid4().bytes)
        self.resources.xobject[resource_name.decode("ascii")] = xobj
        x1, y1, x2, y2 = xobj.get_object()["/BBox"]
        self.box = BoxConstraints(width=abs(x1 - x2), height=abs(y1 - y2))
        return resource_name + b" Do"


def _signer(identity: pki.Identity) -> signers.SimpleSigner:
    cert = asn1_x509.Certificate.load(identity.certificate.public_bytes(Encoding.DER))
    chain = [asn1_x509.Certificate.load(c.public_bytes(Encoding.DER)) for c in identity.chain]
    key = load_private_key_from_pemder_data(identity.key_pem, passphrase=None)
    return signers.SimpleSigner(signing_cert=cert, signing_key=key,
                                cert_registry=SimpleCertificateStore.from_certs([cert] + chain))


def sign_pdf(pdf: bytes, identity: pki.Identity, *, agency: str, lang: str, visible: bool = True,
             reason: str = "", location: str = "") -> bytes:
    """Sign ``pdf`` (bytes) and return the signed bytes; the stamp goes on the last page inside STAMP_BOX."""
    reader_pages = PdfFileReader(io.BytesIO(pdf)).root["/Pages"]["/Count"]
    writer = IncrementalPdfFileWriter(io.BytesIO(pdf), strict=False)
    meta = signers.PdfSignatureMetadata(
        field_name=FIELD_NAME, md_algorithm="sha256", subfilter=fields.SigSeedSubFilter.PADES,
        reason=reason or None, location=location or None, name=pki.subject_text(identity.certificate).split(",")[0],
    )
    if visible:
        stamp = _ImportedPdfBytes(_stamp_pdf(stamp_text(identity, agency, datetime.now(timezone.utc), lang)))
        style = StaticStampStyle(background=stamp, border_width=0, background_opacity=1.0)
        spec = fields.SigFieldSpec(FIELD_NAME, on_page=int(reader_pages) - 1, box=STAMP_BOX)
        pdf_signer = signers.PdfSigner(meta, signer=_signer(identity), stamp_style=style, new_field_spec=spec)
        out = io.BytesIO()
        pdf_signer.sign_pdf(writer, output=out)
    else:
        spec = fields.SigFieldSpec(FIELD_NAME, on_page=int(reader_pages) - 1)  # no box: invisible
        pdf_signer = signers.PdfSigner(meta, signer=_signer(identity), new_field_spec=spec)
        out = io.BytesIO()
        pdf_signer.sign_pdf(writer, output=out)
    return out.getvalue()
