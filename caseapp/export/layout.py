"""Page furniture shared by every caseapp PDF: A4 frames, header, "page X of Y" footer, the signature-stamp box.

"Page X of Y" needs the total before the first page is finished, so :class:`NumberedCanvas` holds each page's state
and draws the header/footer for all pages at the end (ReportLab's two-pass-free recipe).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from caseapp.export import fonts
from caseapp.export.styles import MUTED, RULE

PAGE_W, PAGE_H = A4
MARGIN_X = 18 * mm
MARGIN_TOP = 24 * mm
MARGIN_BOTTOM = 20 * mm
CONTENT_W = PAGE_W - 2 * MARGIN_X

# Where the visible digital-signature stamp goes on the closing page (PDF user space, points: x1, y1, x2, y2).
# The closing page's frame stops above it, so no content is ever drawn underneath.
STAMP_BOX = (MARGIN_X, MARGIN_BOTTOM + 2 * mm, MARGIN_X + 92 * mm, MARGIN_BOTTOM + 36 * mm)
CLOSING_FRAME_BOTTOM = STAMP_BOX[3] + 4 * mm

_GLYPH_SUBSTITUTES = str.maketrans({"\u2212": "-", "\u2713": "\u221a", "\u2714": "\u221a", "\u2610": "\u25a1"})


def glyph_safe(text: str) -> str:
    """Swap the few characters NanumGothic lacks (U+2212 minus, check marks) for ones it has."""
    return text.translate(_GLYPH_SUBSTITUTES)


@dataclass(frozen=True)
class PageFurniture:
    header_left: str
    header_right: str
    footer_left: str  # e.g. "내용 해시 1a2b3c4d5e6f"
    page_format: str  # e.g. "{page} / {total} 쪽"


class Bookmark(Flowable):
    """An outline (bookmark) entry pointing at where this zero-size flowable lands, e.g. one per stage section."""

    def __init__(self, title: str, level: int = 0) -> None:
        super().__init__()
        self.title, self.level = title, level

    def wrap(self, avail_w: float, avail_h: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        _x, y = self.canv.absolutePosition(0, 0)
        add = getattr(self.canv, "add_bookmark", None)
        if add is not None:
            add(self.title, self.level, y + 16)


def numbered_canvas(furniture: PageFurniture) -> type[rl_canvas.Canvas]:
    class NumberedCanvas(rl_canvas.Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._saved_pages: list[dict[str, Any]] = []
            self._page_bookmarks: list[tuple[str, int, float]] = []

        def add_bookmark(self, title: str, level: int, top: float) -> None:
            # Pages are only handed to the PDF at save(): the destination must be made then, on its own page.
            self._page_bookmarks.append((glyph_safe(title), level, top))

        def showPage(self) -> None:  # noqa: N802 (ReportLab API)
            self._saved_pages.append(dict(self.__dict__))
            self._page_bookmarks = []
            self._startPage()

        def save(self) -> None:
            total = len(self._saved_pages)
            marks = 0
            for state in self._saved_pages:
                self.__dict__.update(state)
                self._draw_furniture(total)
                for title, level, top in self._page_bookmarks:
                    marks += 1
                    key = f"section{marks}"
                    self.bookmarkPage(key, fit="XYZ", left=0, top=min(top, PAGE_H))
                    self.addOutlineEntry(title, key, level=level, closed=False)
                super().showPage()
            if marks:
                self.showOutline()
            super().save()

        def _draw_furniture(self, total: int) -> None:
            self.saveState()
            self.setStrokeColor(RULE)
            self.setLineWidth(0.5)
            self.setFillColor(MUTED)
            top = PAGE_H - 14 * mm
            self.setFont(fonts.BOLD, 8.5)
            self.drawString(MARGIN_X, top, glyph_safe(furniture.header_left))
            self.setFont(fonts.REGULAR, 8.5)
            self.drawRightString(PAGE_W - MARGIN_X, top, glyph_safe(furniture.header_right))
            self.line(MARGIN_X, top - 2.5 * mm, PAGE_W - MARGIN_X, top - 2.5 * mm)
            bottom = 11 * mm
            self.line(MARGIN_X, bottom + 4 * mm, PAGE_W - MARGIN_X, bottom + 4 * mm)
            self.setFont(fonts.REGULAR, 7.5)
            self.drawString(MARGIN_X, bottom, glyph_safe(furniture.footer_left))
            self.drawRightString(PAGE_W - MARGIN_X, bottom,
                                 furniture.page_format.format(page=self._pageNumber, total=total))
            self.restoreState()

    return NumberedCanvas


def make_doc(target: Any, title: str, author: str, subject: str,
             on_closing_page: Callable[[rl_canvas.Canvas, Any], None] | None = None) -> BaseDocTemplate:
    """A4 document with a 'body' template and a 'closing' template that keeps STAMP_BOX free."""
    fonts.install()
    doc = BaseDocTemplate(target, pagesize=A4, leftMargin=MARGIN_X, rightMargin=MARGIN_X, topMargin=MARGIN_TOP,
                          bottomMargin=MARGIN_BOTTOM, title=title, author=author, subject=subject,
                          creator="caseapp", lang="ko-KR")
    body = Frame(MARGIN_X, MARGIN_BOTTOM, CONTENT_W, PAGE_H - MARGIN_TOP - MARGIN_BOTTOM, id="body",
                 leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    closing = Frame(MARGIN_X, CLOSING_FRAME_BOTTOM, CONTENT_W, PAGE_H - MARGIN_TOP - CLOSING_FRAME_BOTTOM,
                    id="closing", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([
        PageTemplate(id="body", frames=[body]),
        PageTemplate(id="closing", frames=[closing], onPage=on_closing_page or (lambda _c, _d: None)),
    ])
    return doc
