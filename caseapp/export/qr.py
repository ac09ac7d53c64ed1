"""The QR code that ties a paper copy to its logged export (drawn as vector shapes: no fonts, no images).

Made to survive paper: the text uses only QR "alphanumeric" characters (0-9, A-Z, space, $%*+-./:), which need
5.5 bits each instead of 8, so a record's code stays at version 4 (33 modules) with error correction M; each
module is drawn at least 0.85 mm wide (the quiet zone of four modules included), so a 150 dpi scan gives every
module five pixels even after blur, a slight rotation and heavy JPEG compression.

Record / letter: ``CASEAPP/R/<export id>/<first 32 hex digits of the content SHA-256>[/<case number>]``.
Blank form:      ``CASEAPP/F/<form key>/<language>``.
The old long form (``caseapp:record;case=…;export=…;sha256=…``) printed on earlier copies is still understood.
"""

from __future__ import annotations

import functools
import re

import qrcode
from qrcode.constants import ERROR_CORRECT_H, ERROR_CORRECT_M
from qrcode.util import MODE_ALPHA_NUM, QRData
from typing import Any

from reportlab.graphics.shapes import Drawing, Rect
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Table

from caseapp.export.layout import CONTENT_W

PREFIX = "CASEAPP"
SHA_DIGITS = 32  # 128 bits of the content hash: plenty to tell exports apart, half the modules of 64 digits
MODULE = 0.85 * mm
QUIET_MODULES = 4
SHORT_TEXT = 40
_ALNUM = re.compile(r"[0-9A-Z $%*+\-./:]*")
_LEGACY = "caseapp:record;"


def payload(case_number: str, export_id: str, content_sha256: str) -> str:
    """The QR text of a record or letter; the case number is left out if it has characters QR cannot pack."""
    text = f"{PREFIX}/R/{export_id.upper()}/{content_sha256[:SHA_DIGITS].upper()}"
    case = case_number.strip().upper()
    if case and _ALNUM.fullmatch(case) and "/" not in case:
        text += f"/{case}"
    return text


def form_payload(form_key: str, language: str) -> str:
    """The QR text on a blank form, so a filled-in sheet scanned later says which form (and version) it is."""
    return f"{PREFIX}/F/{form_key.upper().replace('_', '-')}/{language.upper()}"


def parse_payload(text: str) -> dict[str, str]:
    """The fields of a scanned record/letter QR (case, export, sha256 — the printed prefix); {} if not ours."""
    text = text.strip()
    if text.startswith(_LEGACY):
        fields = dict(part.split("=", 1) for part in text.split(";")[1:] if "=" in part)
        return {k: fields[k] for k in ("case", "export", "sha256") if k in fields}
    parts = text.split("/")
    if len(parts) < 4 or parts[0] != PREFIX or parts[1] != "R":
        return {}
    out = {"export": parts[2].lower(), "sha256": parts[3].lower()}
    if len(parts) > 4 and parts[4]:
        out["case"] = parts[4]
    return out


def qr_matrix(text: str) -> list[list[bool]]:
    """Dark/light modules including the quiet zone; alphanumeric mode whenever the text allows it.

    Short texts (blank forms) get level H and at least version 3: the extra modules cost little there, and a
    version-1 or -2 code has too few modules for zbar to find it reliably on a noisy scan.
    """
    return [list(row) for row in _matrix(text)]


@functools.lru_cache(maxsize=16)
def _matrix(text: str) -> tuple[tuple[bool, ...], ...]:
    # Choosing the mask tries all eight (~50 ms); a record draws its code twice and sizes its column from it too.
    short = len(text) <= SHORT_TEXT
    code = qrcode.QRCode(version=3 if short else None, error_correction=ERROR_CORRECT_H if short else ERROR_CORRECT_M,
                         border=QUIET_MODULES)
    if _ALNUM.fullmatch(text):
        code.add_data(QRData(text, mode=MODE_ALPHA_NUM))
    else:
        code.add_data(text)
    code.make(fit=True)
    return tuple(tuple(row) for row in code.get_matrix())


def qr_drawing(text: str, module: float = MODULE) -> Drawing:
    """The code as rectangles (one per horizontal run of dark modules), ``module`` points per module."""
    matrix = _matrix(text)
    n = len(matrix)
    d = Drawing(n * module, n * module)
    for row, cells in enumerate(matrix):
        y = (n - 1 - row) * module
        col = 0
        while col < n:
            if not cells[col]:
                col += 1
                continue
            start = col
            while col < n and cells[col]:
                col += 1
            # a hair taller than a module, so anti-aliased rows never show a light seam between them
            d.add(Rect(start * module, y - 0.05, (col - start) * module, module + 0.05, fillColor=colors.black,
                       strokeColor=None, strokeWidth=0))
    return d


def qr_size(text: str, module: float = MODULE) -> float:
    """Width (= height) of :func:`qr_drawing` for ``text``, for laying out the column it goes in."""
    return len(_matrix(text)) * module


def qr_table(text: str, beside: Any, width: float | None = None) -> Table:
    """The code at the left with ``beside`` (a flowable, e.g. the explanation) filling the rest of ``width``."""
    side = qr_size(text) + 2 * mm
    table = Table([[qr_drawing(text), beside]], colWidths=[side, (width or CONTENT_W) - side], hAlign="LEFT")
    table.setStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LEFTPADDING", (0, 0), (0, 0), 0),
                    ("RIGHTPADDING", (0, 0), (0, 0), 0)])
    return table
