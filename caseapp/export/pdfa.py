"""Turning ReportLab's output into PDF/A-2b before it is signed (pikepdf).

Why PDF/A-2b and not PDF/A-3b with the case data embedded as JSON: a record or letter often leaves the agency
(court, partner, archive) as a redacted or narrowed copy; an attachment is invisible on paper and in most viewers,
so it would be easy to hand over more than the pages show. The pages and their extractable text are the record.

What is added here (ReportLab already embeds every font as a subset and writes the trailer /ID):
- XMP metadata with ``pdfaid:part=2``/``conformance=B`` mirroring the document information dictionary;
- an sRGB OutputIntent (resources/icc/sRGB.icc), which makes every DeviceRGB/DeviceGray colour sRGB;
- ``/Lang`` on the catalogue; ``/Trapped``, ``/Producer`` and empty info entries are dropped (XMP and the info
  dictionary must agree, also after pyHanko names itself as producer when signing).
The signature that follows is an incremental update; pyHanko keeps XMP and the info dictionary in step.
"""

from __future__ import annotations

import io
import re
import secrets
import string

import pikepdf

from caseapp import paths

OUTPUT_CONDITION = "sRGB IEC61966-2.1"
_SUBSET_TAG = re.compile(r"^/?([A-Z]{6})\+(.+)$")


def _output_intent(pdf: pikepdf.Pdf) -> pikepdf.Dictionary:
    icc = pikepdf.Stream(pdf, paths.srgb_profile().read_bytes())
    icc["/N"] = 3
    return pdf.make_indirect(pikepdf.Dictionary(
        Type=pikepdf.Name.OutputIntent, S=pikepdf.Name("/GTS_PDFA1"),
        OutputConditionIdentifier=pikepdf.String(OUTPUT_CONDITION), Info=pikepdf.String(OUTPUT_CONDITION),
        RegistryName=pikepdf.String("http://www.color.org"), DestOutputProfile=icc))


def _clean_docinfo(pdf: pikepdf.Pdf) -> None:
    info = pdf.docinfo
    for key in list(info.keys()):
        value = info[key]
        # No /Producer: pyHanko writes its own into the XMP when signing and would then disagree with ours.
        if key in ("/Trapped", "/Producer") or (isinstance(value, pikepdf.String) and not str(value)):
            del info[key]


def retag_subsets(pdf: pikepdf.Pdf) -> None:
    """Give every embedded font subset its own six-letter tag (ReportLab restarts at AAAAAA in every document).

    Two different subsets under one name (e.g. the signature stamp's ``AAAAAA+NanumGothicBold`` next to the
    record's) make viewers and validators mix up their glyphs.
    """
    for font in _fonts(pdf):
        descriptor = font.get("/FontDescriptor")
        base = str(font.get("/BaseFont", ""))
        match = _SUBSET_TAG.match(base)
        if match is None:
            continue
        tag = "".join(secrets.choice(string.ascii_uppercase) for _ in range(6))
        name = pikepdf.Name(f"/{tag}+{match.group(2)}")
        font["/BaseFont"] = name
        if descriptor is not None:
            descriptor["/FontName"] = name


def _fonts(pdf: pikepdf.Pdf) -> list[pikepdf.Dictionary]:
    seen: dict[tuple[int, int], pikepdf.Dictionary] = {}
    for obj in pdf.objects:
        if isinstance(obj, pikepdf.Dictionary) and obj.get("/Type") == pikepdf.Name.Font and obj.is_indirect:
            seen[obj.objgen] = obj
    return list(seen.values())


def retag_font_subsets(data: bytes) -> bytes:
    """:func:`retag_subsets` on PDF bytes (the signature stamp, before it is imported into a record)."""
    with pikepdf.open(io.BytesIO(data)) as pdf:
        retag_subsets(pdf)
        out = io.BytesIO()
        pdf.save(out)
        return out.getvalue()


def to_pdfa(data: bytes, language: str, retag: bool = False) -> bytes:
    """PDF/A-2b bytes of a ReportLab document (``language``: "ko" or "en", for /Lang and the XMP)."""
    with pikepdf.open(io.BytesIO(data)) as pdf:
        _clean_docinfo(pdf)
        if retag:
            retag_subsets(pdf)
        pdf.Root.OutputIntents = pikepdf.Array([_output_intent(pdf)])
        pdf.Root.Lang = pikepdf.String("ko-KR" if language == "ko" else "en")
        with pdf.open_metadata(set_pikepdf_as_editor=False) as meta:
            meta.load_from_docinfo(pdf.docinfo)
            meta["pdfaid:part"] = "2"
            meta["pdfaid:conformance"] = "B"
        out = io.BytesIO()
        pdf.save(out, fix_metadata_version=False, min_version="1.7")
        return out.getvalue()
