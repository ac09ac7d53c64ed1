"""The QR code that ties a paper copy to its logged export (drawn as vector shapes: no fonts, no images)."""

from __future__ import annotations

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing


def payload(case_number: str, export_id: str, content_sha256: str) -> str:
    return f"caseapp:record;case={case_number};export={export_id};sha256={content_sha256}"


def parse_payload(text: str) -> dict[str, str]:
    """The fields of a scanned QR text (case, export, sha256); empty dict if it is not ours."""
    if not text.startswith("caseapp:record;"):
        return {}
    fields = dict(part.split("=", 1) for part in text.split(";")[1:] if "=" in part)
    return {k: fields[k] for k in ("case", "export", "sha256") if k in fields}


def qr_drawing(text: str, size: float) -> Drawing:
    widget = QrCodeWidget(text, barLevel="M")
    x1, y1, x2, y2 = widget.getBounds()
    d = Drawing(size, size, transform=[size / (x2 - x1), 0, 0, size / (y2 - y1), 0, 0])
    d.add(widget)
    return d
