"""The record's table cells as ReportLab paragraphs, made and laid out with less repeated work.

A 500-entry record has some 4,500 cells. A plain ``Paragraph`` runs its XML parser for every one (the text here is
plain: escaped, no markup) and breaks its lines again each time a table asks for its size (two or three times per
cell). ``cell_paragraph`` gives the same paragraph — the same fragments the parser would make, so the same PDF —
without the parser for one-line text with no character to escape, and each paragraph breaks its lines once per width.
"""

from __future__ import annotations

from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph
from reportlab.platypus.paragraph import cleanBlockQuotedText
from reportlab.platypus.paraparser import ParaParser


class CellParagraph(Paragraph):
    """A paragraph that remembers its line breaking for the last width it was wrapped at."""

    _wrapped: tuple[float, float, float, Any] | None = None  # (available width, width, height, its line breaks)
    plain: str | None = None  # the text as drawn, when it has no markup and no line break (see plain_cells)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803 - ReportLab's names
        done = self._wrapped
        # split() drops or replaces blPara (a paragraph pushed to the next page): then break the lines again
        if done is not None and done[0] == availWidth and self.__dict__.get("blPara") is done[3]:
            self.width, self.height = done[1], done[2]
            return done[1], done[2]
        width, height = super().wrap(availWidth, availHeight)
        self._wrapped = (availWidth, width, height, self.__dict__.get("blPara"))
        return width, height


_PLAIN = frozenset("&<>")  # characters that escape() turns into entities
_templates: dict[int, tuple[ParagraphStyle, Any]] = {}  # id(style) -> (style kept alive, the parser's plain frag)


def _template(style: ParagraphStyle) -> Any:
    held = _templates.get(id(style))
    if held is None or held[0] is not style:
        _style, frags, _bullets = ParaParser().parse("x", style)
        held = (style, frags[0])
        _templates[id(style)] = held
    return held[1]


def cell_paragraph(text: str, style: ParagraphStyle) -> Paragraph:
    """``Paragraph(escape(text) with <br/> for newlines, style)``, the parser skipped for one-line text."""
    if "\n" in text or "\r" in text or not _PLAIN.isdisjoint(text):  # the parser splits at line breaks, entities
        return CellParagraph(escape(text).replace("\n", "<br/>"), style)
    plain = cleanBlockQuotedText(text)  # what Paragraph does to its text before parsing (runs of spaces → one)
    if not plain:
        return CellParagraph("", style)
    frag = _template(style).clone(text=plain)
    cell = CellParagraph(escape(plain), style, frags=[frag])
    cell.plain = plain
    return cell
