"""Registers as PDF/A (파기 대장, 제3자 제공 대장): a title, a few lines of context and one table, signed by the
caller through :func:`caseapp.export.sign.sign_pdf` like every other caseapp PDF (same page furniture)."""

from __future__ import annotations

import hashlib
import io
import json
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.platypus import NextPageTemplate, Paragraph, Spacer, Table

from caseapp.export.layout import CONTENT_W, PageFurniture, make_doc, numbered_canvas
from caseapp.export.pdfa import to_pdfa
from caseapp.export.styles import grid, make_styles, para


@dataclass(frozen=True)
class TableDocument:
    title: str
    agency: str
    author: str
    intro: tuple[str, ...]  # short paragraphs above the table
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    widths_mm: tuple[float, ...]  # one per column; the last takes what is left
    empty: str  # shown instead of the table when there are no rows
    language: str = "ko"


def content_hash(doc: TableDocument) -> str:
    data = {"title": doc.title, "header": doc.header, "rows": doc.rows, "intro": doc.intro}
    return hashlib.sha256(json.dumps(data, ensure_ascii=False, sort_keys=True).encode("utf-8")).hexdigest()


def render_table_document(doc: TableDocument) -> tuple[bytes, str]:
    """(PDF/A bytes, SHA-256 of the content)."""
    st = make_styles()
    sha = content_hash(doc)
    story: list = [Paragraph(doc.title, st.title_left), Spacer(1, 3 * mm)]
    story += [para(line, st.body) for line in doc.intro]
    story.append(Spacer(1, 3 * mm))
    if doc.rows:
        fixed = sum(doc.widths_mm[:-1]) * mm
        widths = [w * mm for w in doc.widths_mm[:-1]] + [CONTENT_W - fixed]
        cells = [[para(h, st.head) for h in doc.header]] + [[para(c, st.cell) for c in row] for row in doc.rows]
        table = Table(cells, colWidths=widths, repeatRows=1)
        table.setStyle(grid(header_rows=1))
        story.append(table)
    else:
        story.append(para(doc.empty, st.muted))
    story = [NextPageTemplate("closing")] + story  # the signature stamp goes on the last page, kept free
    buf = io.BytesIO()
    pdf = make_doc(buf, title=doc.title, author=doc.author, subject=f"{doc.agency} {doc.title}")
    ko = doc.language == "ko"
    furniture = PageFurniture(header_left=doc.agency, header_right=doc.title,
                              footer_left=(f"내용 해시 {sha[:16]}" if ko else f"Content hash {sha[:16]}"),
                              page_format="{page} / {total} 쪽" if ko else "page {page} of {total}")
    pdf.pageTemplates.insert(0, pdf.pageTemplates.pop(1))  # every page keeps the stamp box free (stamp on the last)
    pdf.build(story, canvasmaker=numbered_canvas(furniture))
    return to_pdfa(buf.getvalue(), doc.language), sha


def rows_of(items: Sequence[Sequence[str]]) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(str(c) for c in row) for row in items)
