"""Paragraph and table styles, all in NanumGothic (see :mod:`fonts`)."""

from __future__ import annotations

from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, TableStyle

from caseapp.export import fonts

INK = colors.HexColor("#1d2733")
MUTED = colors.HexColor("#5b6675")
RULE = colors.HexColor("#9aa5b1")
HEAD_BG = colors.HexColor("#e6edf4")
LABEL_BG = colors.HexColor("#f3f6f9")
ACCENT = colors.HexColor("#2f5d8a")
SIGNED = colors.HexColor("#2e6b3a")


@dataclass(frozen=True)
class Styles:
    title: ParagraphStyle
    title_left: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    h3: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    head: ParagraphStyle
    head_center: ParagraphStyle
    muted: ParagraphStyle
    signed: ParagraphStyle
    center: ParagraphStyle
    right: ParagraphStyle


def make_styles() -> Styles:
    fonts.install()
    r, b = fonts.REGULAR, fonts.BOLD
    body = ParagraphStyle("body", fontName=r, fontSize=9.5, leading=14, textColor=INK)
    return Styles(
        title=ParagraphStyle("title", fontName=b, fontSize=22, leading=30, textColor=INK, alignment=TA_CENTER,
                             spaceAfter=6),
        title_left=ParagraphStyle("title_left", fontName=b, fontSize=20, leading=26, textColor=INK),
        h1=ParagraphStyle("h1", fontName=b, fontSize=14, leading=19, textColor=ACCENT, spaceBefore=8, spaceAfter=6,
                          keepWithNext=1),
        h2=ParagraphStyle("h2", fontName=b, fontSize=11.5, leading=16, textColor=INK, spaceBefore=8, spaceAfter=4,
                          keepWithNext=1),
        h3=ParagraphStyle("h3", fontName=b, fontSize=10, leading=14, textColor=INK, spaceBefore=6, spaceAfter=3,
                          keepWithNext=1),
        body=body,
        small=ParagraphStyle("small", parent=body, fontSize=8, leading=11),
        cell=ParagraphStyle("cell", fontName=r, fontSize=8.5, leading=12, textColor=INK),
        cell_bold=ParagraphStyle("cell_bold", fontName=b, fontSize=8.5, leading=12, textColor=INK),
        head=ParagraphStyle("head", fontName=b, fontSize=8.5, leading=12, textColor=INK),
        head_center=ParagraphStyle("head_center", fontName=b, fontSize=8, leading=10, textColor=INK,
                                   alignment=TA_CENTER),
        muted=ParagraphStyle("muted", parent=body, fontSize=8.5, leading=12, textColor=MUTED),
        signed=ParagraphStyle("signed", parent=body, fontSize=8, leading=11, textColor=SIGNED),
        center=ParagraphStyle("center", parent=body, alignment=TA_CENTER),
        right=ParagraphStyle("right", parent=body, alignment=TA_RIGHT, fontSize=8.5),
    )


def para(text: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph of user text: escaped, line breaks kept."""
    return Paragraph(escape(text).replace("\n", "<br/>"), style)


def grid(header_rows: int = 0, label_column: bool = False) -> TableStyle:
    cmds: list[tuple] = [
        ("FONT", (0, 0), (-1, -1), fonts.REGULAR, 8.5),
        ("GRID", (0, 0), (-1, -1), 0.4, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if header_rows:
        cmds += [("BACKGROUND", (0, 0), (-1, header_rows - 1), HEAD_BG),
                 ("FONT", (0, 0), (-1, header_rows - 1), fonts.BOLD, 8.5)]
    if label_column:
        cmds += [("BACKGROUND", (0, header_rows), (0, -1), LABEL_BG)]
    return TableStyle(cmds)
