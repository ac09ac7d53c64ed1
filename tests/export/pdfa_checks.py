"""PDF/A-2b preconditions checked with pikepdf (no PDF/A validator can be installed from PyPI or Debian here).

Each check returns a list of problems as text, so a failing test says what is wrong, not just "False".
"""

from __future__ import annotations

import re
from pathlib import Path

import pikepdf

_CMYK_OPS = re.compile(rb"(?:^|\s)(?:[\d.]+\s+){4}[kK](?:\s|$)")


def _fonts(pdf: pikepdf.Pdf) -> list[pikepdf.Dictionary]:
    return [o for o in pdf.objects if isinstance(o, pikepdf.Dictionary) and o.get("/Type") == pikepdf.Name.Font]


def _content_streams(pdf: pikepdf.Pdf) -> list[bytes]:
    out = []
    for obj in pdf.objects:
        if isinstance(obj, pikepdf.Stream):
            subtype = obj.get("/Subtype")
            if "/Type" not in obj or subtype == pikepdf.Name.Form:
                try:
                    out.append(obj.read_bytes())
                except pikepdf.PdfError:
                    continue
    return out


def pdfa_problems(path: Path) -> list[str]:
    problems: list[str] = []
    raw = path.read_bytes()
    if not re.match(rb"%PDF-1\.[0-7]\r?\n%[\x80-\xff]{4}", raw):
        problems.append("header is not %PDF-1.n followed by a binary comment")
    with pikepdf.open(path) as pdf:
        root = pdf.Root
        if pdf.is_encrypted:
            problems.append("encrypted")
        if "/ID" not in pdf.trailer:
            problems.append("no trailer /ID")
        meta_stream = root.get("/Metadata")
        if meta_stream is None:
            problems.append("no XMP metadata")
        else:
            if "/Filter" in meta_stream:
                problems.append("XMP metadata stream is compressed")
            xmp = meta_stream.read_bytes()
            if b"<?xpacket begin=" not in xmp:
                problems.append("XMP has no xpacket header")
            meta = pdf.open_metadata()
            if str(meta.get("pdfaid:part")) != "2" or str(meta.get("pdfaid:conformance")) != "B":
                problems.append(f"pdfaid is {meta.get('pdfaid:part')}/{meta.get('pdfaid:conformance')}, not 2/B")
            info = pdf.docinfo
            if "/Producer" in info and str(info["/Producer"]) != str(meta.get("pdf:Producer", "")):
                problems.append("info /Producer differs from XMP pdf:Producer")
            if "/Title" in info and str(info["/Title"]) not in str(meta.get("dc:title", "")):
                problems.append("info /Title differs from XMP dc:title")
            if "/Trapped" in info:
                problems.append("info /Trapped not mirrored in XMP")
        intents = root.get("/OutputIntents")
        if not intents:
            problems.append("no OutputIntent")
        else:
            dest = [i for i in intents if i.get("/S") == "/GTS_PDFA1"]
            if len(dest) != 1:
                problems.append("not exactly one GTS_PDFA1 OutputIntent")
            else:
                icc = dest[0].get("/DestOutputProfile")
                data = icc.read_bytes() if icc is not None else b""
                if data[36:40] != b"acsp" or data[16:20] != b"RGB " or int(icc.get("/N", 0)) != 3:
                    problems.append("OutputIntent profile is not an RGB ICC profile with /N 3")
        if "/Lang" not in root:
            problems.append("no /Lang")
        for font in _fonts(pdf):
            if font.get("/Subtype") in ("/Type3",):
                continue
            descriptor = font.get("/FontDescriptor")
            if font.get("/Subtype") == "/Type0":
                descriptor = font.DescendantFonts[0].get("/FontDescriptor")
            if descriptor is None or not any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3")):
                problems.append(f"font {font.get('/BaseFont')} not embedded")
        names: dict[str, int] = {}
        for font in _fonts(pdf):
            base = str(font.get("/BaseFont", ""))
            if "+" in base:
                names[base] = names.get(base, 0) + 1
        problems += [f"subset name {n} used by {c} different fonts" for n, c in names.items() if c > 1]
        for stream in _content_streams(pdf):
            if _CMYK_OPS.search(stream):
                problems.append("DeviceCMYK colour (k/K) used with an sRGB OutputIntent")
                break
            if re.search(rb"/DeviceCMYK", stream):
                problems.append("DeviceCMYK colour space used")
                break
        for obj in pdf.objects:
            if isinstance(obj, pikepdf.Dictionary) and obj.get("/S") == pikepdf.Name.JavaScript:
                problems.append("JavaScript action")
            if isinstance(obj, pikepdf.Stream) and obj.get("/Filter") == pikepdf.Name.LZWDecode:
                problems.append("LZW compression")
            if isinstance(obj, pikepdf.Dictionary) and obj.get("/Type") == pikepdf.Name.Annot:
                flags = int(obj.get("/F", 0))
                if obj.get("/Subtype") != "/Popup" and not flags & 4:
                    problems.append(f"annotation {obj.get('/Subtype')} without the Print flag")
                if flags & (1 | 2 | 32 | 256):
                    problems.append(f"annotation {obj.get('/Subtype')} hidden/invisible/noview")
                rect = [float(v) for v in obj.get("/Rect", [0, 0, 0, 0])]
                has_area = rect[2] > rect[0] and rect[3] > rect[1]
                if has_area and "/AP" not in obj:
                    problems.append(f"annotation {obj.get('/Subtype')} without an appearance stream")
        if "/EmbeddedFiles" in root.get("/Names", {}):
            problems.append("embedded files (not allowed in PDF/A-2 unless PDF/A themselves)")
    return problems


def outline_titles(path: Path) -> list[tuple[str, int]]:
    """(title, 1-based page) of every top-level bookmark."""
    with pikepdf.open(path) as pdf:
        pages = {p.objgen: i for i, p in enumerate(pdf.pages, 1)}
        with pdf.open_outline() as outline:
            return [(item.title, pages.get(item.destination[0].objgen, 0)) for item in outline.root]
